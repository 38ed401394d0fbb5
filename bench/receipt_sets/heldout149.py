"""heldout149: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a bakery and confectionery chain's day in 2026 (Orange City Bakes, the trade name, run by
Santra Confections Pvt Ltd, with its central kitchen at MIDC Hingna, Nagpur and outlets in Nagpur, Raipur, Bhopal,
Jabalpur, Amravati, Akola, Chandrapur and Wardha), told by the proofs of payment it receives (walk-in customers' UPI
seen from the customer's app and from the outlet's merchant app, the counters' card, meal-card, wallet and QR slips,
custom-cake advances and balances on the outlet's own order receipts and its payment links, corporate clients' and
caterers' transfers and their payment advices net of TDS, the food-delivery platforms' weekly payouts) and those it
makes (the flour mills', dairies', sugar, chocolate and egg suppliers' bills, the packaging and cold-chain vendors,
commercial LPG cylinders and equipment repairs, the outlets' rent and electricity, FSSAI licence, trade licence, GST
and TDS payments, the POS, online-store and office software, refunds for wrong orders). One payment per page.

* ``counter_upi``: a walk-in customer's UPI at an outlet's counter: five of the customer's app (PhonePe, Paytm,
  Google Pay, BHIM, CRED; heldout125's result screen, the chain (Orange City Bakes, Orange City Bakes - <locality> or
  Santra Confections Pvt Ltd, in capitals on some) under Paid to / To / Sent to (Paying to / Payment to on a failure
  or a wait), the app's own id on some, a Note / Message / Remarks (Black forest 1/2 kg, Veg puffs x4, Khari & toast)
  on most; Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment Failed /
  Transaction failed / Payment declined / Payment Pending / Payment processing / Transaction pending) and three of
  the outlet's merchant app (PhonePe Business, BharatPe, Paytm for Business: the app on its band, the outlet under
  Business name / Store / Outlet, beside Business / Store / Outlet or alone, Payment received / Money received /
  Received successfully, the sum large, from <NAME> / Received from <name> / From <handle>, Received via / Payment
  mode UPI, QR / Collected at (Counter 2 soundbox), Customer note on some, UPI Ref. No. / UTR / Bank reference no. /
  RRN and Transaction ID / Txn ID / Order ID, Received on / Date & time, Settled to / Settlement account).
* ``counter_card``: an outlet's counter terminal (Pine Labs, Paytm EDC, HDFC Bank, ICICI Bank, Mswipe, SBI Payments,
  Razorpay POS; monospace): the maker on top on some, the outlet in capitals (ORANGE CITY BAKES, ORANGE CITY BAKES -
  <LOCALITY> or SANTRA CONFECTIONS PVT LTD), its locality and town, SALE / CARD SALE / CONTACTLESS SALE / WALLET SALE
  / MEAL CARD SALE / UPI QR SALE, DATE <day>  TIME <hour> on one row, TXN DATE: and TXN TIME: or DATE/TIME:, MERCHANT
  ID: / MID:, TERMINAL ID: / TID:, BATCH:, ROC: / INVOICE: / BILL NO:, a card's CARD NUM: / CARD:, EXP: **/**, CARD
  TYPE:, ENTRY:, TC: on some, APPR CODE: / AUTH NO: and RRN: / REF NUM:, a meal card's CARD: PLUXEE MEAL CARD /
  ZAGGLE ZINGER MEAL / HDFC FOODPLUS CARD with CARD NO: and CARD TYPE: RUPAY PREPAID, a wallet's WALLET: PAYTM
  WALLET, MOBILE:, ORDER ID: and WALLET TXN ID:, a QR's MODE: UPI, PAYER VPA: and QR TXN ID:; AMOUNT: / SALE AMOUNT:
  / TOTAL: (INR, RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED with RC 55 -
  INCORRECT PIN / RC 51 - INSUFFICIENT FUNDS / RC 05 - DO NOT HONOUR / RC 54 - EXPIRED CARD / PAYMENT PENDING with
  CHECK APP BEFORE HANDING OVER THE ORDER.
* ``cake_orders``: custom-cake bookings (serif): the outlet's CAKE ORDER - ADVANCE RECEIPT / CUSTOM CAKE BOOKING
  (three: the chain on top, Order No. / Booking No., Order date / Date, Customer, Mobile, Pickup on / Delivery on
  <day, hour>, Cake (Belgian chocolate truffle, 2 kg), Shape, Eggless, Message on cake, the lines (<cake> - 2 kg x
  1100, Photo print on cake, Fondant topper - cartoon, Home delivery), Total order value (incl. GST) / Order value
  (incl. GST), Advance received / Advance paid, Balance due at pickup, the sum in words, Mode / Paid by and its
  reference; ADVANCE RECEIVED - ORDER CONFIRMED / ORDER BOOKED and the outlet's rubber stamp), its BALANCE RECEIPT -
  CAKE ORDER / CAKE DELIVERY - FINAL RECEIPT (two: Order No., Date / Delivered on, Customer, Cake, Total order value,
  Less: Advance paid (Rcpt <n> on <day>), Balance received / Amount received now; PAID IN FULL / BALANCE RECEIVED -
  THANK YOU) and the payment link it sends for the advance (three: Razorpay, PayU and Cashfree Payments hosted pages
  on the customer's phone, the link in the title: the chain on top, its locality and town, Payment successful /
  Payment completed / Payment failed / Payment processing, the sum large, Custom cake advance / Cake booking advance,
  Order ref (CK-OCB4-25-26-6702), Paid by / Customer, Mobile, Payment method / Paid using, Payment ID (pay_...,
  CF...) / Transaction ID (PayU's digits), UPI Ref No., Paid on / Attempted on / Initiated on, Secured by <gateway>).
* ``corporate_orders``: corporate clients and caterers paying for bulk and party orders: the client's bank after an
  NEFT, RTGS or IMPS (five: Kotak Biz, Axis Corporate Internet Banking, SBI Corporate Internet Banking, ICICI
  InstaBIZ, bob World Business; heldout124's page, the chain's company (in capitals on some) under Beneficiary /
  Vendor name / Pay to / Credit to, the account and IFSC, the mode, UTR / UTR No. / IMPS Ref No / RRN and the bank's
  Bank Ref No. / Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration / Purpose
  (Diwali hampers - 240 boxes, Event desserts - 450 pax, or "Inv OCB/26-27/0416 less TDS"), Debit account name /
  Remitter, Created by / Maker and Approved by / Checker on the web pages; Transaction Successful / Funds transferred
  successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer
  failed / Pending at beneficiary bank / <mode> under process / Transaction in process) or its accounts team's
  PAYMENT ADVICE / Remittance Advice / Vendor Payment Advice e-mail (three: the client on top, Dear Sir / Madam,
  Vendor / Payee / Paid to the company, Vendor code / Supplier code, PO No. on some, the invoices paid (Inv
  OCB/26-27/0416 dt <day>, or Supply of bakery items with no number), Gross invoice value / Total invoice amount,
  Less: TDS u/s 194C @ 2% / 194C @ 1% (a catering contract) or u/s 194Q @ 0.1% (a purchase of goods) on the value
  before GST, Net amount paid / Amount remitted / Net payment, Payment mode / Mode, Credited to and IFSC, UTR No. /
  UTR / IMPS Ref No. and Payment doc No. / Payment voucher No., Payment date / Value date, Status Paid / Processed /
  Remitted).
* ``aggregator_payouts``: the food-delivery platforms' weekly payouts to an outlet (Swiggy and Zomato by e-mail, on
  the partner dashboard in a browser and in the partner app (Swiggy Partner, Zomato Partner, the sum large);
  magicpin's dashboard; Mystore's e-mail for ONDC orders): the platform on top, Restaurant partner payouts / Zomato
  for restaurants / Partner dashboard - settlements / Seller payouts on ONDC, Weekly payout / Payout summary /
  Settlement advice, Restaurant / Outlet / Store / Paid to the outlet, Res ID / Outlet ID / Store ID, Payout for week
  / Orders between / Settlement cycle, Orders delivered, Customer payable (food + packaging) / Order value, Less:
  Commission (n%), Less: Payment mechanism fee (1.8% / 1.5%), Less: Merchant-funded discounts and Less: Customer
  refunds (n orders) on some, Less: GST @ 18% on service fees, Less: TDS u/s 194-O (0.1%), Less: TCS u/s 52 (0.5%) on
  some, Net payout / Payout amount / Amount settled, Bank account / Settled to, Mode (NEFT, IMPS), Payout ID /
  Settlement ID (PO..., SWSTL..., ZOSTL..., MASTL..., MYSTL...), UTR / IMPS Ref No., Payout date / Settled on /
  Credited on / Failed on / Expected on; Payout credited / Paid / Settled / Payout failed - bank account details
  mismatch / Payout processing / Payout initiated - awaiting bank credit.
* ``ingredient_bills``: the central kitchen's suppliers' paper (the supplier on top): the flour mills' TAX INVOICE /
  BILL OF SUPPLY (Maida - 50 kg bag n x rate, Atta (whole wheat), Sooji, Wheat bran; GST Nil (HSN 1101, 50 kg bags)),
  the dairies' TAX INVOICE / DELIVERY CHALLAN CUM INVOICE (White butter (unsalted) - kg, Fresh cream 35% - 1 L, Toned
  milk - L, Cheese block, Skimmed milk powder; GST at 12%, 5% and nil), the sugar trader's CASH MEMO / TAX INVOICE,
  the chocolate and ingredients distributors' TAX INVOICE and the egg supplier's CASH MEMO / DELIVERY BILL: Invoice
  No. / Bill No. / Memo No., Date / Invoice date, Buyer / Bill to / Consignee M/s Santra Confections Pvt Ltd (Central
  kitchen, MIDC Hingna), GSTIN, Vehicle No. and E-way bill No. on some, the lines, Taxable value / Sub total, CGST,
  SGST, Round off, Invoice total / Bill total / Total, Less: TDS u/s 194Q @ 0.1% on the mills' NEFT and RTGS bills,
  Amount received (net of TDS) / Amount received / Received / Paid, Mode / Paid by and its reference, or Amount due /
  Balance payable with Payment attempted UPI - declined, or Cheque received with Cheque No. and Bank; PAID / RECEIVED
  WITH THANKS / PAYMENT RECEIVED / UPI DECLINED - BILL UNPAID / CHEQUE RECEIVED - SUBJECT TO REALISATION.
* ``packaging_coldchain``: the packaging vendors (cake boxes 1 kg and 1/2 kg, cake boards, pastry boxes, printed
  carry bags, butter paper, cookie jars) and the cold-chain vendors (reefer van trips from the central kitchen to the
  outlets, local outlet runs, cold room pallets, temperature logger reports): the vendor's TAX INVOICE / TAX INVOICE
  CUM RECEIPT (three: the vendor on top, Invoice No. / Bill No., Date / Invoice date, Bill to / Buyer M/s the
  company, Ship to the central kitchen, the lines, Taxable value / Sub total, CGST and SGST @ 9% / @ 6% or IGST @ 18%
  / @ 12% from another state, Round off, Invoice total / Total, Amount received / Received and the way, or Amount due
  / Balance payable with Payment attempted UPI - declined; PAID / PAYMENT RECEIVED - THANK YOU / UPI DECLINED - BILL
  UNPAID), the cold-chain vendor's PAYMENT RECEIPT / Payment acknowledgement e-mail (two: the vendor on top, Received
  from M/s the company, Against invoice(s) FL/25-26/665 dt <day>, the lines, GST @ 12%, Amount received / Received,
  Mode, NEFT UTR / UPI Ref No., Receipt No., Date of receipt / Received on, Status Received / Credited) or the
  company's own bank after the transfer to the vendor (three: HDFC Bank SmartHub Vyapar, ICICI and Axis Corporate
  Internet Banking; heldout124's page, the vendor (in capitals on some) under Beneficiary / Payee / Vendor /
  Beneficiary name, Remarks / Narration (Cake boxes & boards, Reefer trips Mar-26), Debit account name, Created by /
  Maker, Approved by / Checker on the web pages; the transfers' words as in ``corporate_orders``).
* ``gas_repairs``: commercial LPG and equipment repairs: the gas distributor's CASH MEMO / TAX INVOICE CUM CASH MEMO
  (three: the distributor on top, Distributor: Indane - IndianOil / HP Gas - HPCL / Bharatgas - BPCL under it, Cash
  Memo No. / Bill No., Date, Customer (M/s the company, its central kitchen or an outlet), Consumer No., Commercial
  LPG 19 kg n x rate and 47.5 kg on some (rates with GST), Taxable value, CGST and SGST @ 9%, Delivery charges on
  some, Round off, Total, Empty cylinders returned, Amount received / Received, the way; PAID / RECEIVED WITH
  THANKS), the company's Google Pay paying a distributor (one: heldout125's result screen, the distributor under To /
  Paying to / Payment to, Note Comm cyl 19 kg x n; Payment Failed / Transaction failed / Payment declined), the
  repairers' SERVICE INVOICE / SERVICE REPORT CUM BILL / TAX INVOICE (three: the repairer on top (Bakeserve Equipment
  Services, CoolFix Refrigeration Works, Prime Bakery Machines), Invoice No. / Bill No., Job card No., Date / Invoice
  date, Customer, Machine (Rotary rack oven (36 trays), Display chiller 6 ft), Service visit charges, the work (Deck
  oven - heating element (2 nos), Gas charging R-404A (kg)), Labour charges on some, Taxable value, CGST and SGST @
  9%, Round off, Total / Bill total, Amount received / Received, the way; PAID / RECEIVED WITH THANKS / PAYMENT
  RECEIVED) and a repairer's Razorpay payment link on the company's phone (one: the repairer on top, Payment
  processing, the sum large, Service bill - <machine> / Repair & spares payment, Paid by the company, Payment method
  UPI, Payment ID, Initiated on, Secured by Razorpay).
* ``rent_power``: the outlets' rent and electricity: a landlord's RENT RECEIPT / SHOP RENT RECEIPT (two: Receipt No.
  / No., Date, "Received from M/s Santra Confections Pvt Ltd (Orange City Bakes, <locality> outlet) the rent for the
  shop premises at <address> for the month of <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% / Less: TDS
  194-I (10%) on most, Net amount received / Amount received, the sum in words, Paid by / Mode of payment (Cheque No.
  n dt <day>, IMPS, NEFT) and its reference, RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri / Smt. on some),
  PAN of landlord, [ Revenue stamp ]), the company's bank after the NEFT or IMPS to a landlord (two: HDFC Bank
  Enterprise NetBanking, ICICI InstaBIZ; heldout124's page, the landlord under Beneficiary / Payee / Beneficiary
  name, Remarks / Narration (Shop rent Mar-26 - Pandri), Debit account name, Created by / Approved by on the web
  page), electricity through Bharat Connect (three: Kotak Biz and Paytm on a phone with the outcome and the sum
  large, HDFC Bank NetBanking's BillPay - Payment Receipt / Bharat Connect - Transaction Receipt in a browser with
  Payment status / Status: Biller name / Electricity board / Billed by (CSPDCL, MPMKVVCL, MPPoKVVCL or the long
  name), Business Partner No. / IVRS No., Customer name / Consumer name the company in capitals, Tariff, Sanctioned
  load, Units consumed, Bill month / Billing month, Due date, Bill amount, Prompt payment discount and Amount paid on
  some, Paid using / Payment mode (UPI, Current A/c <masked>), B-Connect Txn ID / BBPS Txn Ref, UPI Ref No.,
  Transaction ID on some, Paid on / Payment date / Attempted on / Initiated on; Bill payment successful / Paid to
  biller / Bill payment failed / Bill payment pending) or MSEDCL's own online payment receipt in a browser (one: the
  board on top (Maharashtra State Electricity Distribution Co. Ltd, MSEDCL or MAHAVITARAN), Consumer No., Consumer
  name, BU, Bill month, Amount / Bill amount, Payment mode, Transaction ID, Payment date, Status Pending - awaiting
  confirmation from bank).
* ``govt_fees``: the chain's dues to the state: FSSAI licence fees on FoSCoS in a browser (two: FoSCoS - Food Safety
  Compliance System on top, Payment Receipt - Licence Renewal / Fee Payment Acknowledgement, Licensing authority /
  Fee payable to (Food and Drug Administration, Maharashtra; Food Safety Administration, Madhya Pradesh), Application
  No., Licence No., Name of FBO, Premises, Kind of business, Licence category, Licence fee n yr x rate, Late fee
  (renewal after expiry) on some, Total fee / Amount paid, Payment mode, Transaction ID / SBIePay Ref ID, Bank Ref
  No., Payment date / Attempted on; Payment successful / Fee paid successfully / Payment failed - declined by bank),
  outlets' trade licence renewals (two: Nagar Nigam Raipur - e-Nagar Sewa in a browser with ULB / Payable to Raipur
  Municipal Corporation under it, or Amravati Municipal Corporation's counter receipt printed with the corporation on
  top: Trade Licence - Renewal Receipt / Trade licence fee - Payment receipt, Licence No. / TL No., Trade,
  Establishment, Licensee, Licence valid upto, Trade licence fee, Sanitation fee, Fire NOC fee, Late fee, Total /
  Amount paid, Mode of payment / Mode (UPI, Cash at counter), Receipt No. / e-Receipt No., Transaction ID, UPI Ref
  No., Payment date / Receipt date; Payment Successful / Paid / Status Paid), GST on the GST portal's Payment Receipt
  - Form GST PMT-06 / Challan Payment Receipt in a browser or printed (two: Goods and Services Tax on top, CPIN and
  Challan generated on, GSTIN, Legal name, Trade name, Return period / Tax period, CGST (0005) / SGST (0006) / IGST
  (0008) Tax and Interest, Total challan amount / Total amount, Mode of payment / Payment mode (E-Payment (Net
  Banking), NEFT / RTGS), Bank / Bank name, CIN, BRN / Bank Reference No. (BRN), Date of deposit / Payment date, Time
  / Deposit time, Initiated on; Paid / Payment successful / Awaiting credit from RBI - NEFT / RTGS) and the TDS it
  deducted (two: ITNS 281 on the e-filing portal's e-Pay Tax - Challan Receipt (Income Tax Department, Government of
  India on top) or Bank of Maharashtra's Direct Tax (ITNS 281) - Taxpayer's Counterfoil, both in a browser: TAN,
  Name, Assessment Year, Major Head (0020) Corporation Tax, Minor Head (200), Nature of Payment (194-I(b), 194C,
  194J(b), 192, 194Q), Amount (in Rs.), Amount (in words), CRN / Challan Reference Number (CRN), Payment mode / Paid
  from, Bank, BSR Code, Challan Sr. No., CIN, BRN / Bank Reference Number, Date of deposit / Paid on, the Tax Breakup
  (A Tax ... F Fee u/s 234E, Total (A+B+C+D+E+F)); Payment Successful / Challan paid).
* ``software_subs``: the chain's software (Petpooja's POS, UrbanPiper, TallyPrime, Zoho Books, Google Workspace and
  Canva in rupees, Shopify's online cake store and Mailchimp in US dollars; the vendor's e-mail, its billing page in
  a browser or Canva's app screen with the sum large): the product on top and its tagline or company line, Payment
  receipt / Invoice paid / Receipt / Billing - transaction details / Payment status, Bill to / Account / Customer the
  company, GSTIN, Account ID / Customer ID or Store (orangecitybakes.myshopify.com), Plan, Billing period, the lines
  (POS licence (per billing point) 9 x 10,000, Outlets 8 x 1,500, Users 12 x 136.80, Basic plan $39.00, Cake Builder
  app $14.99), Subtotal / Sub total, CGST and SGST @ 9% / IGST @ 18% / GST @ 18% or Tax $0.00 with "Reverse charge:
  the customer accounts for IGST on this import of services", Amount paid / Total charged / Total / Amount due,
  Payment method / Paid with (Visa / Mastercard ending n, UPI AutoPay (<vpa>), Net banking - <bank>), Invoice # /
  Invoice No., Payment ID (pay_..., ch_...) / Transaction ID (TXN..., Google's nnnn-nnnn-nnnn-nnnn), Bank Ref No.,
  Auth code, UPI Ref No, Charged on / Payment date / Paid on / Attempted on / Initiated on, Next charge on / Renews
  on; Status: Paid / Payment successful / Payment failed - card declined / Payment processing - awaiting bank
  confirmation.
* ``wrong_order_refunds``: the chain refunding customers for wrong orders (Wrong flavour delivered, Wrong name
  written on the cake, Cake weight short, Missing items, Duplicate payment at counter): an outlet's REFUND VOUCHER /
  CASH REFUND VOUCHER and CREDIT NOTE CUM REFUND / CREDIT NOTE - REFUND (two, paper: the chain on top, Voucher No. /
  Refund voucher No. / Credit note No., Date, Refund to / Customer / Paid to, Against bill No. / Original invoice,
  Reason, Bill amount, Less: items retained by customer on some, Refund amount / Amount refunded / Net refund, the
  sum in words, Mode / Paid by and its reference; REFUNDED / REFUND PAID; Customer's signature), its gateway's refund
  page (two: Razorpay, Cashfree Payments in a browser; the company | Live under the gateway, Refund details / Refund
  status, the refund large, Customer / Refunded to, Order, Payment amount / Original amount, Reason, Refund to Source
  - card / UPI, Refund ID, the original Payment ID, Initiated on / Attempted on; Refund in progress / Refund failed -
  customer's UPI ID is inactive), the outlet's merchant app (two: PhonePe Business, Paytm for Business; Refund
  successful / Refund completed, the sum large, Refunded to / Customer and the customer's handle, Original payment,
  Reason, Refund mode UPI - to source, Refund Ref No. / UPI Ref No., Original transaction ID, Refunded on / Date &
  time), the company's Kotak Biz app (one: Transfer successful / Money sent, Paid to / Beneficiary the customer, A/c
  No. and IFSC, Mode IMPS, Remarks (Refund - wrong order), IMPS Ref No and Transaction ID, Date & Time, Debited from)
  or its e-mail to the customer (one: Refunded to / Beneficiary, Reason, Order value, Amount refunded, Mode NEFT, To
  account, UTR, Refunded on, Status Refund processed).

Outcomes: six successes, a failed and a pending page in every family (the merchant apps' receipts, the cake receipts,
the payment advices, the cold-chain receipts, the gas memos, the repairers' bills, the rent receipts and transfers,
the trade licence and TDS receipts and the refund vouchers, credit notes and e-mails are successes). Absent fields:
each family leaves out the id on one page (no UTR, UPI reference, RRN, IMPS reference, approval or auth code, bank
reference, B-Connect / BBPS reference, BRN, transaction, payment, payout, settlement, order, wallet, QR or refund id,
CIN, CPIN, CRN, order, booking, receipt, invoice, bill, memo, voucher, credit note, ROC or payment document number,
no invoice number in an advice, a remark, a deduction or an acknowledgement, no advance's receipt number, no PO or
e-way bill number, no job card number; MID, TID, BATCH, card, account, mobile and cheque numbers, UPI IDs, GSTIN,
IFSC, PAN, TAN, BSR codes, outlet, restaurant, store, account and customer ids, vendor and supplier codes, consumer,
IVRS and business partner numbers, application and licence numbers and vehicle numbers stay) and the day on one (no
date anywhere: no invoice, pickup, delivery, advance, validity, due or next-charge day, no bill, rent or service
month, no billing period, payout week or settlement cycle, no financial, assessment or return period, no year in a
document's or an order's number, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI
reference stands in), no CIN or CPIN (both spell the year), no app id that carries one; a slip's TIME, a challan's
Time and a phone's clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs /
none on slips, $ / US$ / USD on Shopify's and Mailchimp's; lakh grouping on most, western and plain on some. Days:
dd/mm/yyyy, dd-mm-yyyy, d Month yyyy, dd.mm.yy, dd Mon yyyy, Mon d, yyyy, dd-Mon-yy and yyyy-mm-dd on paper and
e-mails, heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DD MON YYYY, DDMONYY and
DD.MM.YY on slips (the hour on the same row under DATE .. TIME or DATE/TIME, or under TXN TIME). Faces: heldout119's
lists (SLIP_FACES for the counters' slips, BILL_FACES for the cake orders, PAPER_FACES for the suppliers', packaging,
cold-chain, gas and repair paper, PAGE_FACES for the payouts, rent and power, the dues to the state and the refunds,
SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the cake receipts). Seeds
``heldout149-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the chain (Orange City Bakes, Orange City Bakes - <locality> or Santra
  Confections Pvt Ltd, in capitals on some) on customers' UPI screens (Paid to / To / Sent to), in capitals on its
  slips (never the terminal maker above it, nor the meal card's or wallet's name), on top of its own cake receipts
  and on its payment links' pages (never the Customer / Paid by, nor the gateway at the foot), under Beneficiary /
  Vendor name / Pay to / Credit to on a client's transfer (never the Debit account name / Remitter); the supplier,
  vendor, gas distributor and repairer on top of its paper; the board under Biller name / Electricity board / Billed
  by (never the app, the bank, Bharat Connect or the Customer / Consumer name); the software product on top (never
  the company line or tagline under it, the card or the company under Bill to / Account / Customer). Never a bank,
  app, terminal maker, gateway, platform, portal or the payer. *settled*: an outlet's merchant app's payment received
  pays the outlet named on it (Business name / Store / Outlet, or alone), never the customer under from / Received
  from (heldout145's merchant app). *settled*: a client's payment advice pays the company under Vendor / Payee / Paid
  to, never the client on top of its own advice nor its mail's sender. *settled*: a platform's payout pays the outlet
  under Restaurant / Outlet / Store / Paid to, never the platform on top or in the app's title (Swiggy Partner,
  Zomato Partner). *settled*: a gas distributor's memo pays the distributor on top, never the oil company's brand
  under it (Distributor: Indane - IndianOil); the company's Google Pay pays the distributor under To / Paying to.
  *settled*: a cold-chain vendor's payment receipt e-mail pays the vendor on top, never M/s the company under
  Received from; the company's transfer to a vendor or a landlord pays the one under Beneficiary / Payee / Vendor /
  Beneficiary name, never the company under Debit account name. *settled*: a rent receipt pays the landlord under
  Landlord / Owner / Lessor (Shri and Smt. are no part of the name, heldout142). *settled*: MSEDCL's own receipt pays
  the board as its top line prints it (Maharashtra State Electricity Distribution Co. Ltd, MSEDCL or MAHAVITARAN).
  *settled*: an FSSAI licence fee on FoSCoS pays the authority under Licensing authority / Fee payable to (Food and
  Drug Administration, Maharashtra; Food Safety Administration, Madhya Pradesh), never FoSCoS on top; a trade licence
  fee pays the municipal corporation under ULB / Payable to on the portal (never Nagar Nigam Raipur - e-Nagar Sewa on
  top) or on top of its own counter receipt (Amravati Municipal Corporation, in capitals on some); a GST challan and
  an income-tax (TDS) challan name no payee (heldout137, heldout144: the Goods and Services Tax and Income Tax
  Department headings are the portals', the bank on a counterfoil is not paid either). *settled*: a refund for a
  wrong order is a payment the chain makes: its payee is the customer under Refund to / Customer / Paid to / Refunded
  to / Beneficiary (heldout137, heldout140), never the chain on top of its voucher, credit note or e-mail, the
  gateway or the company under it, nor the outlet in the merchant app's foot.
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount /
  Amount (INR) or sum large; a slip's AMOUNT / SALE AMOUNT / TOTAL. *settled*: a cake advance receipt's Advance
  received / Advance paid (and a payment link's sum large, the advance), never the Total order value (incl. GST), a
  line or the Balance due at pickup; a balance receipt's Balance received / Amount received now (the order value less
  the advance paid before), never the Total order value or the advance. *settled*: a payment advice's Net amount paid
  / Amount remitted / Net payment (the invoices less the TDS u/s 194C or 194Q), never an invoice's sum or the Gross
  invoice value / Total invoice amount. A platform's Net payout / Payout amount / Amount settled or the sum large
  (after the commission, the payment mechanism fee, discounts, refunds, GST on the fees, TDS u/s 194-O and TCS u/s
  52), never the Customer payable / Order value. A supplier's, vendor's, distributor's or repairer's Amount received
  (net of TDS) where the company deducted TDS u/s 194Q, else Amount received / Received / Paid, or Amount due /
  Balance payable, or Cheque received (the rounded Invoice total / Bill total / Total; never the Taxable value, a
  line or the Total when TDS is deducted); a cold-chain receipt e-mail's Amount received / Received. A rent receipt's
  Net amount received / Amount received (after TDS u/s 194-I(b) where deducted), never the Monthly rent / Rent; a
  transfer's sum. A Bharat Connect page's Amount paid after a Prompt payment discount (the sum large on a phone), the
  Bill amount where no discount is printed (heldout144); MSEDCL's Amount / Bill amount. *settled*: an FSSAI fee
  page's Total fee / Amount paid (every year's fee and the late fee), a trade licence's Total / Amount paid (every
  head), never the Trade licence fee or Licence fee alone. A GST challan's Total challan amount / Total amount (every
  head); a TDS challan's Amount (in Rs.) (the same as Total (A+B+C+D+E+F)), never A Tax alone. A subscription's
  Amount paid / Total charged / Total / Amount due or sum large. *settled*: a refund's Refund amount / Amount
  refunded / Net refund or sum large (the bill less the items the customer kept on a partial one), never the Bill
  amount / Payment amount / Original amount / Original payment / Order value. Currency INR everywhere but on two
  software pages. *settled*: Shopify's and Mailchimp's Total / Amount paid / Amount due in US dollars ($ / US$ /
  USD): USD (heldout142's SketchUp, heldout144's Calendly), Tax 0.00 and the reverse-charge note adding nothing.
* status: as printed (the words listed with each family above). *settled*: a merchant app's Payment received / Money
  received / Received successfully is a success; a slip's PAYMENT PENDING (CHECK APP BEFORE HANDING OVER THE ORDER)
  pending; ADVANCE RECEIVED - ORDER CONFIRMED, ORDER BOOKED, PAID IN FULL and BALANCE RECEIVED - THANK YOU successes;
  a payment link's Payment processing pending; a payment advice's Status Paid / Processed / Remitted a success;
  Payout processing and Payout initiated - awaiting bank credit pending, Payout failed - bank account details
  mismatch failed; a supplier's or vendor's UPI DECLINED - BILL UNPAID failed and CHEQUE RECEIVED - SUBJECT TO
  REALISATION pending; a cold-chain receipt's Status Received / Credited a success; MSEDCL's Pending - awaiting
  confirmation from bank pending; Bill payment pending pending; Payment failed - declined by bank failed; Awaiting
  credit from RBI - NEFT / RTGS (a GST challan's NEFT / RTGS mandate generated, the bank's credit not yet reported)
  pending; Payment failed - card declined failed and Payment processing - awaiting bank confirmation pending; Refund
  in progress pending and Refund failed - customer's UPI ID is inactive failed; REFUNDED / REFUND PAID, Refund
  successful / Refund completed and Refund processed successes.
* date: the day paid (a receipt's, memo's, invoice's, voucher's, credit note's or slip's Date / Invoice date / Order
  date / Delivered on / Receipt date / DATE / TXN DATE / DATE/TIME; Paid on, Payment date, Value date, Date & Time,
  Transaction Date, Transferred on, Received on, Date of receipt, Payout date, Settled on, Credited on, Charged on,
  Date of deposit, Refunded on; Attempted on, Failed on, Initiated on and a payout's Expected on on the failures and
  the waits). *settled*: never an invoice's day in a payment advice, a remark or an acknowledgement (Against
  invoice(s) .. dt <day>), an advance's day on a balance receipt (Less: Advance paid .. on <day>), a cake's Pickup on
  / Delivery on, a cheque's (dt <day>), a licence's validity (Licence valid upto), a Next charge on / Renews on,
  Challan generated on, a Bill month / Billing month / Due date, a rent's month, a Payout for week / Orders between /
  Settlement cycle, a Billing period (even where it starts on the day paid), an Assessment Year or a Return period /
  Tax period.
* payment_method: UPI, card (a slip's card, a meal card (PLUXEE MEAL CARD, RuPay prepaid), a card on a page, a refund
  to a card's source), cash (By cash, Cash at counter), cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and
  a current account debited, wallet for a slip's PAYTM WALLET. *settled*: a slip's MODE: UPI with a PAYER VPA is UPI;
  UPI AutoPay on a subscription is UPI; a platform's payout by NEFT / IMPS and a payment advice's NEFT / RTGS / IMPS
  are "netbanking"; a GST challan's NEFT / RTGS mandate and E-Payment (Net Banking) are "netbanking"; a supplier's or
  vendor's failed UPI names UPI (Payment attempted UPI - declined) and its Cheque received names cheque; a refund's
  Source - card / UPI and UPI - to source are its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference (a merchant app's Bank
  reference no. is its UPI reference; a refund's Refund Ref No. / UPI Ref No.), then a bank reference (Bank Ref No.,
  Bank Ref. No., Bank Reference, Reference No., Txn Ref No., BRN, Bank Reference Number; a B-Connect Txn ID / BBPS
  Txn Ref, heldout137), then a transaction / payment id (Transaction ID, Txn ID, Payment ID pay_... / ch_... / CF...,
  TXN..., SBIePay Ref ID, an app's own id, a Payout ID / Settlement ID, a Refund ID, a slip's QR TXN ID and WALLET
  TXN ID, a GST or TDS challan's CIN), then an approval code (APPR CODE / AUTH NO on a slip, Auth code), then an
  order's number (a merchant app's or a slip's Order ID / ORDER ID; *settled*: a payment link's Order ref, below its
  Payment ID), then a document's own number (Invoice No. / Bill No. / Memo No. / Cash Memo No., Receipt No. /
  e-Receipt No. / No., Voucher No. / Refund voucher No. / Credit note No., Invoice # on a subscription, ROC / INVOICE
  / BILL NO on a slip, a GST challan's CPIN, a TDS challan's CRN (heldout144); *settled*: a cake receipt's Order No.
  / Booking No. is its own number; a payment advice's Payment doc No. / Payment voucher No.). *settled*: never an
  invoice number in a payment advice, a remark or an acknowledgement, an advance's receipt number on a balance
  receipt (Rcpt <n>), a PO No., an E-way bill No., a Job card No., the original Payment ID or Original transaction ID
  on a refund page, Against bill No. / Original invoice on a refund voucher, a slip's TC, a BSR Code or Challan Sr.
  No. (the bank's serial; the BSR code, the day and it make up the CIN), an Application No. or Licence No. / TL No.,
  a PAN or TAN, a Res ID / Outlet ID / Store ID, an Account ID / Customer ID, a Vendor code / Supplier code, a
  Consumer No. (the electricity board's or the gas distributor's), IVRS or Business Partner No., MID, TID, BATCH, a
  card, mobile or cheque number, a UPI ID, GSTIN, IFSC or a vehicle number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout149_families import (
    aggregator_payouts,
    cake_orders,
    compose,
    corporate_orders,
    counter_card,
    counter_upi,
    gas_repairs,
    govt_fees,
    ingredient_bills,
    packaging_coldchain,
    rent_power,
    software_subs,
    wrong_order_refunds,
)

SPLIT = "heldout149"

FAMILIES: list[Family] = [
    ("counter_upi", counter_upi, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("cake_orders", cake_orders, BILL_FACES),
    ("corporate_orders", corporate_orders, SCREEN_FACES),
    ("aggregator_payouts", aggregator_payouts, PAGE_FACES),
    ("ingredient_bills", ingredient_bills, PAPER_FACES),
    ("packaging_coldchain", packaging_coldchain, PAPER_FACES),
    ("gas_repairs", gas_repairs, PAPER_FACES),
    ("rent_power", rent_power, PAGE_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("software_subs", software_subs, SCREEN_FACES),
    ("wrong_order_refunds", wrong_order_refunds, PAGE_FACES),
]


def make_heldout149_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout149 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

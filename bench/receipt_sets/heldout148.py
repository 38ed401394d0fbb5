"""heldout148: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a dry-cleaning and laundry service's day in 2026 (a counter outlet and a central washing
plant in each of Nagpur, Coimbatore, Lucknow, Visakhapatnam, Dehradun, Mangaluru, Guwahati and Ludhiana, a trade name
and the company or LLP that runs it), told by the proofs of payment it receives (customers' UPI at the counter seen
from the customer's app and from the outlet's merchant app, the counter's card, wallet and Bharat QR slips, pickup
orders and prepaid packages paid in its own app and website, hotels' and hospitals' monthly linen contracts paid by
NEFT / RTGS / IMPS and their payment advices net of TDS, the aggregators' payouts and the merchant apps'
settlements, its own cash memos, booking and delivery receipts) and those it makes (the detergent, solvent and
packing suppliers, boiler fuel, water tankers, the machines' service contracts, the delivery riders' weekly payouts,
the outlets' rent, electricity and water bills, refunds and compensation for damaged garments, its laundry
software, GST and the TDS it deducted). One payment per page.

* ``counter_upi``: a customer's UPI at the counter or to the rider at the door: five of the customer's app (Google
  Pay, Paytm, BHIM, Amazon Pay, Navi; dark on some: heldout125's result screen, the outlet (its company on some)
  under Paid to / To / Sent to (To / Paying to / Payment to on a failure or a wait), the app's own id on some, a
  Note / Message / Remarks (Dry cleaning, Saree dry clean, Wash & fold 6 kg) on most; Payment Successful / Paid
  successfully / Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined /
  Payment Pending / Payment processing / Transaction pending) and three of the outlet's merchant app (PhonePe
  Business, BharatPe, Paytm for Business: the outlet under Outlet / Your store / Business or alone, Payment received
  / Money received / Amount credited, the sum large, Received from <name> / From <handle> / by <NAME>, Paid via /
  Mode UPI, QR / Collected at (Counter 1 - soundbox), UPI Ref. No. / UTR / RRN and Transaction ID / Order ID,
  Received on / Date & time, Settled to / Settlement account).
* ``counter_slip``: the counter's terminal slip for a garment bill (Pine Labs, HDFC Bank, Paytm EDC, ICICI Bank,
  Ezetap, Mosambee, Axis Bank, Worldline; monospace): the maker on top on some and POWERED BY <maker> at the foot on
  some, the outlet in capitals (its company on some), its locality and town, SALE / CARD SALE / CONTACTLESS SALE /
  WALLET SALE / BHARAT QR SALE, DATE <day>  TIME <hour> on one row, TXN DATE: and TXN TIME: or DATE/TIME:, MID: /
  MERCHANT ID:, TID: / TERMINAL ID:, BATCH NO: / BATCH:, INVOICE NO: / BILL NO: / ROC:, POS BILL: / ITEMS: (DRY
  CLEAN 7 PCS, SAREE ROLL PRESS X3), CARD NO: / CARD:, EXP: **/**, CARD TYPE:, ENTRY:, APPR CODE: / AUTH CODE:, RRN: /
  RRN NO:, or WALLET: PAYTM WALLET / AMAZON PAY BAL / MOBIKWIK with MOBILE: and WALLET TXN ID:, or PAY MODE: BHARAT
  QR - UPI with CUSTOMER VPA: and QR REF NO:; AMOUNT: / SALE AMT: / TOTAL: (INR, RS., Rs or none; western grouping or
  plain); APPROVED / TXN APPROVED / DECLINED with RC 55 - INCORRECT PIN / RC 51 - INSUFFICIENT FUNDS / RC 91 - ISSUER
  DOWN / RC 05 - DO NOT HONOUR / UPI TXN PENDING with CHECK APP / SOUNDBOX BEFORE HANDING OVER GARMENTS.
* ``app_orders``: a customer's pickup-and-delivery order or prepaid package paid online: four of the laundry's own
  app (its brand on its band, Order paid / Payment successful / Order confirmed - paid / Payment failed - order not
  placed, the sum large, Outlet / Store / Serviced by the laundry (its company on some), Order ID, Pickup slot /
  Delivery by, the garments (Shirt - wash & iron 6 x 35, Saree (silk) - dry clean & roll press), Express (same day)
  +50%, Pickup & delivery, Coupon FIRST20, Item total / Subtotal, GST @ 18%, To pay / Order total / Amount paid, Paid
  using / Payment method (UPI (Google Pay), a card, Paytm Wallet / Amazon Pay balance, the laundry's own <brand> Cash
  (wallet) with its Wallet balance), Payment ID (pay_...), UPI Ref No., Paid on / Attempted on); Razorpay's payment
  receipt mail to the customer (one: Razorpay on top, Paid to / Merchant the laundry's company, Amount paid, Method,
  Payment ID, Order / Order no. (#KSL-279077), Paid on / Date, Email, Status Captured); the laundry's website checkout
  status in a browser (one: the laundry on top, Online orders - secured by PayU, Payment pending - confirming with
  your bank, Amount, Payment mode UPI, Txn ID / PayU ID, Order ID, Initiated on) and its prepaid package tax invoice
  by mail (two: TAX INVOICE - PREPAID PACKAGE / PACKAGE PURCHASE RECEIPT, Invoice No., Invoice date / Paid on,
  Customer / Billed to, Customer ID, Package (Dry Clean Gold - 25 garments / 90 days), Package price, CGST @ 9% +
  SGST @ 9% / GST @ 18%, Amount paid / Total paid, Wallet credit added, Package valid till, Payment mode, Payment ID,
  UPI Ref No., Payment status Paid).
* ``linen_contract``: a hotel or hospital paying the laundry's company for the month's linen: its bank after the
  NEFT, RTGS or IMPS (four: Canara Bank Corporate Net Banking, bob World Business, IndusInd Indie for Business, Union
  Bank Corporate Internet Banking; heldout124's page, the company under Beneficiary / Vendor / Pay to / Beneficiary
  name, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and the bank's Bank Ref No. / Reference No. /
  Transaction ID on some, the day, the debit account, Remarks / Narration / Purpose (Linen charges less TDS, Linen
  Feb-26 less TDS 194C), Debit account name / Remitter and Created by / Maker, Approved by / Checker on the web
  pages) or its accounts team's PAYMENT ADVICE / Vendor Payment Intimation / Remittance Details e-mail (four: the
  client on top, Vendor / Beneficiary / Paid to the company, Vendor code, the bills settled (Linen processing Dec -
  Bill VFF/500, or Linen processing bill (wards) with no number) and a linen count, Gross bill value / Total bills,
  Less: TDS u/s 194C @ 2%, Less: Damaged / lost linen recovery (n x rate) on some, Net amount released / Amount
  credited / Net paid, Mode / Payment mode, Bank, UTR / UTR No. / IMPS Ref No. and Payment voucher No. / Doc No.,
  Value date / Paid on, Status Released / Credited / Paid); Transaction Successful / Funds transferred successfully
  / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed / Pending
  at beneficiary bank / <mode> under process / Transaction in process.
* ``aggregator_payouts``: the aggregators and listing apps paying the outlet for the orders they brought (magicpin
  by mail and its partner dashboard, Laundrokart's partner dashboard and mail, Pick My Laundry's partner app) and the
  merchant apps settling a day's collections (Justdial's JD Pay by mail, PhonePe Business and Paytm for Business in
  the app): the platform on top, Partner payouts / Merchant partners / JD Pay for business, Payout statement /
  Partner payout / Settlement advice / Settlement details, Partner / Store / Merchant / Settled to / Business name
  the outlet (its company on some), Partner ID / Store ID / MID, Orders between / Payout cycle / Collections of,
  Vouchers redeemed (n) / Orders delivered (n), Less: Platform commission (n%), Less: GST @ 18% on commission, Less:
  TDS u/s 194-O (0.1%), Less: TCS u/s 52 (0.5%) on some, or Collections (n payments), of which cards, Less: MDR on
  cards (1.8%), Less: GST on MDR, Less: Soundbox rent; Net payout / Amount transferred / Settlement amount / Amount
  settled (the sum large on the apps), Bank account / Settled to account, Mode (NEFT, IMPS), Payout ID (po_...,
  PO...) / Settlement ID (STL...), UTR / IMPS Ref No., Paid on / Credited on / Settled on / Failed on / Scheduled
  for; Paid / Payout credited / Settled / Payout failed - bank account inactive / Settlement scheduled / Settlement
  in progress.
* ``laundry_memo``: the laundry's own paper (serif): CASH MEMO / LAUNDRY BILL CUM RECEIPT (paid in full), DELIVERY
  RECEIPT / DELIVERY CHALLAN CUM RECEIPT (the balance at delivery), BOOKING RECEIPT / ORDER BOOKING SLIP (an advance)
  and a business customer's MONTHLY BILL - UNIFORMS & LINEN (the laundry on top, its company on some): Memo No. /
  Bill No. / Order No. / Booking No., Date / Delivery date / Booking date / Bill date, Customer / Name (M/s a salon or
  a restaurant on the monthly bill) and Mobile, For the month of, Tag No. / Tags (7541 to 7549), Delivery on, the
  garments (Shirt - laundry & press 13 x 30, Saree (silk) - DC & roll press), Express charges (+50%), Discount (10%)
  / Less: Discount, Sub total, CGST @ 9%, SGST @ 9%, Round off, Bill total / Net amount; Amount paid / Received, or
  Less: Advance paid (Booking No. n dt <day>) and Balance received / Balance paid at delivery / Balance due, or
  Advance received with Balance due at delivery, or Cheque received with Cheque No. / Chq. No. and Bank; the sum in
  words; Paid by / Mode (Cash at counter, UPI (counter QR), a card, Paytm Wallet) and its reference, or Payment
  attempted UPI - failed at counter; PAID / RECEIVED WITH THANKS / DELIVERED - PAID / ADVANCE RECEIVED / CHEQUE
  RECEIVED - SUBJECT TO REALISATION / UPI PAYMENT FAILED - GARMENTS HELD in a row and in the laundry's rubber stamp
  (PAID / CHQ RECEIVED / PAYMENT FAILED).
* ``chemical_suppliers``: the detergent, solvent and packing suppliers' TAX INVOICE / TAX INVOICE CUM RECEIPT with
  the payment on it (five: the supplier on top, Invoice No. / Bill No. / Challan cum Bill No., Date / Invoice date,
  Buyer / Bill to / To M/s the laundry's company, Ship to (the central plant), Perchloroethylene (perc) 35 kg drum n
  drums x rate, Hydrocarbon solvent 200 L barrel, Liquid detergent (neutral) 50 L can, Alkali booster, Oxygen bleach,
  Fabric softener, Sour / neutraliser, Spotting kit, Ironing starch, Wire hangers (500 pcs), Poly garment covers
  roll, Barcode tag rolls, Freight & handling on some, Taxable value / Sub total, CGST and SGST @ 9%, Round off,
  Invoice total / Total / Bill amount, Amount received / Received / Paid and the way (NEFT, UPI, a card) with its
  reference, or Cheque received with its number and bank; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE
  RECEIVED - AWAITING CLEARANCE) or the laundry's bank after the transfer to a supplier (three: ICICI Bank CIB, Kotak
  Biz, HDFC Bank SmartHub Vyapar; heldout124's page, the supplier under Beneficiary / Payee / Vendor / Beneficiary
  name, Remarks (Perc & detergent purchase, Inv n dt <day>), Debit account name and Maker / Checker on the web
  page); the transfers' words as in ``linen_contract``.
* ``plant_upkeep``: the central plant's boiler fuel, water and machines: the briquette, pellet and LDO suppliers'
  TAX INVOICE / DELIVERY CHALLAN CUM BILL (three: Biomass briquettes (groundnut shell) n MT x rate, Wood pellets
  (boiler grade), Light diesel oil (LDO) - boiler n L x rate, Unloading charges, Vehicle No. / Lorry No., GST @ 5% or
  18%), the water tankers' CASH BILL / TANKER SUPPLY BILL (one: Tanker 10,000 L (borewell water) n trips x rate,
  Tanker No., no GST, paid in cash) or the laundry's UPI to a tanker owner (two: PhonePe, Google Pay; heldout125's
  result screen, the tanker firm under Paid to / To / Sent to, Note / Message Water tanker n trips - plant), and the
  machine service contracts' TAX INVOICE - AMC / SERVICE INVOICE (one: AMC - washer extractor 25 kg (quarter), AMC -
  dry cleaning machine 12 kg (quarter), AMC - flatwork ironer, Spares - door gasket, Boiler annual inspection
  support, Visit charges, Machine Sr. No., Less: TDS u/s 194C @ 2%, Received (net of TDS) / Amount received (after
  TDS)) or the laundry's bank after the NEFT to the boiler service firm (one: Axis Bank Corporate iConnect,
  heldout124's page); the paper's words as in ``chemical_suppliers``, the UPI screens' as in ``counter_upi``.
* ``rider_payouts``: the laundry paying its pickup-and-delivery riders for the week: RazorpayX Payouts and Cashfree
  Payouts in a browser (three: the product on top and the laundry's company | Live under it, Payout details /
  Transfer details, Processed / Reversed / Queued, Amount, Contact / Beneficiary / Payee the rider, Fund account (a
  UPI handle, or a masked account with its IFSC), Mode (IMPS, UPI), Purpose (payout, salary, vendor bill), Payout ID
  (pout_...) / Transfer ID (RIDER...), UTR, Reference ID (RDR-nnn), Processed on / Created on / Reversed on / Queued
  on), the laundry's bank app after the IMPS (two: YONO Business, FedBiz; heldout124's page, the rider under
  Beneficiary / Pay to / Payee, Remarks Rider payout wk n), its weekly payout statement mailed to the rider (one:
  RIDER PAYOUT STATEMENT / WEEKLY PAYOUT - DELIVERY PARTNER) and its cash voucher (one: CASH PAYOUT VOUCHER / RIDER
  PAYMENT VOUCHER): the laundry on top, Statement No. / Voucher No., Rider / Paid to / Payee, Rider ID, Week,
  Pickups & deliveries (n x 30), Distance allowance (n km x 3.5), Express order incentive, Rain / peak-hour bonus,
  Less: Advance recovered, Less: Damaged garment recovery, Less: TDS u/s 194C @ 1%, Net payout / Amount paid, Paid by
  / Mode (UPI, Cash), To <handle>, UPI Ref No., Paid on / Date, PAID / PAID IN CASH; or the laundry's Paytm UPI to a
  rider (one: heldout125's screen, Note / Remarks Rider weekly payout).
* ``rent_utilities``: the outlets' rent and the electricity and water bills: a landlord's RENT RECEIPT / SHOP RENT
  RECEIPT (two: Receipt No. / No., Date, "Received from M/s <company> (<outlet>) the rent of Shop No. n, <locality>
  for <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% / Less: TDS 194-I (10%) where the rent is over Rs
  50,000, Net received / Amount received, the sum in words, Paid by / Mode of payment (NEFT, Cheque No. n dt <day>)
  and its reference, Drawn on, RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri or Sardar on some), PAN, [
  Revenue stamp ]) or the laundry's bank after the NEFT to a landlord firm (one: IDBI Bank Corporate Net Banking,
  heldout124's page, Remarks Shop rent <Mon-yy> / Shop rent less TDS); electricity through Bharat Connect (three:
  Paytm and Amazon Pay on a phone with the outcome and the sum large, ICICI Bank Corporate Internet Banking's Bill
  Payment - Receipt / Bharat Connect - Payment Receipt in a browser with Payment status / Status: Biller / Electricity
  board / Biller name (TNPDCL, APEPDCL, APDCL or its long name), Service No. / Unique Service No. / Consumer No.,
  Consumer name the company in capitals, Category (LT-V Commercial), Bill month, Due date, Bill amount, Early payment
  rebate and Amount paid on some, Paid using / Payment mode (UPI, Amazon Pay balance, Current A/c <masked>),
  B-Connect Txn ID / BBPS Ref No., UPI Ref No., Order ID on some, Paid on / Attempted on / Initiated on; Bill paid /
  Payment successful / Bill payment failed / Payment awaiting biller confirmation); the water bill (two: Lucknow's
  Jal Kal Vibhag on e-Nagar Sewa - Uttar Pradesh in a browser, Mangaluru City Corporation's Citizen Service Centre
  receipt printed: the portal or counter on top, Department / Payable to / ULB the water body, Water Charges -
  Payment Receipt / Water Bill Receipt, Connection No. / RR No., Property ID, Consumer name, Connection type, Bill
  period, Water charges, Sewer charges, Arrears and Surcharge on some, Total paid / Amount paid, Payment mode (UPI,
  Cash at counter), Receipt No. / e-Receipt No., Transaction ID, UPI Ref No., Paid on / Receipt date, Payment
  Successful / Paid / Status Paid).
* ``garment_refunds``: the laundry paying a customer back for a damaged garment: its COMPENSATION VOUCHER / DAMAGE
  CLAIM SETTLEMENT (two, paper: the laundry on top, Voucher No., Date, Customer / Refund to / Paid to the customer,
  Bill No. / Tag No., Garment (Silk saree (Kanjeevaram)), Damage (Colour bleed after dry clean), Cleaning charge,
  Declared value of garment, Compensation as per policy (10 x charge, max 50% of value), Add: Cleaning charge
  refunded on some, Total paid / Amount paid, the sum in words, Mode / Paid by (UPI, a cheque) and its reference;
  SETTLED / COMPENSATION PAID), its apology mail (two: Dear <name>, we are sorry ..., Refunded to / Beneficiary, the
  same lines, Amount refunded, Mode, To, UTR / UPI Ref No., Refunded on, Status Refund processed), its bank app after
  the IMPS (one: Axis neo for business, heldout124's page, the customer under Beneficiary / Pay to, Remarks
  Compensation - damaged saree; Transfer failed / Returned by beneficiary bank), its PhonePe UPI to the customer (one:
  heldout125's screen, Note Compensation - <garment>) and its gateway's refund page for an app order (two: Razorpay,
  Cashfree Payments: the laundry's company | Live under the gateway, Refund details / Refund status, the refund
  large, Customer / Refunded to, Reason (Garment damaged - partial refund), Payment amount, Refund to Source - card /
  UPI, Refund ID (rfnd_..., CF...), ARN / RRN, Payment ID, Processed on / Initiated on; Refund processed / Refund in
  progress).
* ``software_taxes``: the laundry's software (three: QDC Laundry Software billed in rupees in a browser, CleanCloud
  in US dollars by mail, Vyapar in rupees on a phone with UPI AutoPay: the product on top and its company line or
  tagline, Subscription receipt / Payment receipt / Billing history, Bill to / Account / Business the laundry's
  company, GSTIN, Account ID / Store ID, Plan, Billing period, the lines (Premium plan - per store 3 x 7,960, Grow
  plan $99.00, Additional store 2 x $49.00, Vyapar Gold licence), Subtotal / Sub total, IGST @ 18% / GST @ 18% or Tax
  0.00 with "Reverse charge: IGST payable by the recipient on import of services", Total / Amount paid / Total
  charged or the sum large, Paid with / Payment method (Visa / Mastercard ending n, UPI AutoPay (<vpa>)), Invoice
  No. / Receipt #, Payment ID (ch_...) / Transaction ID (TXN...), Auth code, UPI Ref No., Charged on / Paid on /
  Attempted on, Next renewal; Status Paid / Payment successful / AutoPay debit failed - insufficient balance), GST
  on the GST portal's GST PMT-06 - Payment Receipt / Receipt of Payment (GST PMT-06) / e-Challan Receipt (three, two
  in a browser and one printed: Goods and Services Tax on top, CPIN and Created on, GSTIN, Taxpayer name / Legal
  name, Trade name, Tax period / Return period, CGST - Tax, SGST - Tax, CGST / SGST - Interest and Late fee and IGST
  - Tax on some, Total amount / Grand total, the sum in words, Mode of payment / Payment mode (E-Payment (Net
  Banking), Credit / Debit Card, NEFT / RTGS), Bank / Bank name, CIN, BRN, Deposit date / Date of payment and Time,
  or Challan date on the wait; Paid / Payment successful / Challan generated - NEFT / RTGS payment awaited from bank)
  and the TDS it deducted (two: ITNS 281 on the e-filing portal's e-Pay Tax - Challan Receipt in a browser (Income
  Tax Department, Government of India on top) and IDFC FIRST Bank Business's Direct Tax Payment screen with the sum
  large: TAN, Name, Assessment Year, Major Head, Minor Head (200) TDS/TCS Payable by Taxpayer, Nature of Payment
  (194C, 194-I(b), 194J(b), 192), Amount (in Rs.), Amount (in words), CRN / Challan Reference Number (CRN) and CRN
  valid till, Payment mode / Paid from / Paid using, Bank, BSR Code, Challan Sr. No., CIN, BRN / Bank Reference
  Number, UPI Ref No., Date of deposit / Paid on, the Tax Breakup (A Tax ... F Fee u/s 234E, Total (A+B+C+D+E+F));
  Payment Successful / Challan paid).

Outcomes: six successes, a failed and a pending page in every family (the payment advices, the package invoices, the
rent receipts, the water bills, the rider statements and vouchers, the compensation vouchers and mails, the TDS
challans and Razorpay's receipt mail are successes). Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, IMPS reference, ARN, approval or auth code, bank reference, B-Connect / BBPS reference, BRN,
transaction, payment, payout, settlement, order, wallet, QR, refund or charge id, CIN, CPIN, CRN, the app's own id,
receipt, invoice, bill, memo, booking, statement, voucher, ROC or payment document number, no bill number in an
advice; MID, TID, BATCH, card, account, mobile and cheque numbers, UPI IDs, tag numbers, customer, rider, partner,
store, account and vendor codes, consumer, service, connection and property numbers, machine serials, vehicle and
tanker numbers, GSTIN, IFSC, PAN, TAN and BSR codes stay) and the day on one (no date anywhere: no invoice, booking,
delivery, pickup, cheque, validity, due, renewal or created day, no bill, rent, service or contract month, no week,
payout cycle, collection day, billing or bill period, no financial, assessment, tax or return period, no year in a
document's number, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in),
no CIN or CPIN (both spell the day), no app id that carries one (PhonePe's T...); an e-mail's hour, a slip's TIME and
a phone's clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on
slips, $ / US$ / USD on CleanCloud's; lakh grouping on most, western and plain on some. Days: dd/mm/yyyy,
dd-mm-yyyy, d Month yyyy, dd.mm.yyyy, dd Mon yyyy, Mon d, yyyy, dd-Mon-yyyy and yyyy-mm-dd on paper and e-mails,
heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DD MON YYYY, DDMONYY and DD.MM.YY on
slips (the hour on the same row under DATE .. TIME or DATE/TIME, or under TXN TIME). Faces: heldout119's lists
(SLIP_FACES for the counter's slips, BILL_FACES for the laundry's memos and receipts, PAPER_FACES for the suppliers'
and the plant's bills, PAGE_FACES for the payouts, the riders, the rent and utilities, the refunds, the software and
the challans, SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the
laundry's memos and receipts). Seeds ``heldout148-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the outlet (its company on some) on customers' UPI screens (Paid to / To /
  Sent to / Paying to / Payment to) and on the outlet's merchant app (Outlet / Your store / Business or alone above
  the outcome; never the customer under Received from / From / by), in capitals on its slips (never the terminal
  maker above or below it), on top of its own memos and receipts (never the Customer / Name); the supplier, fuel,
  tanker or service firm on top of its bill (never M/s the laundry's company under Buyer / Bill to / To); the
  software product on top (never its company line or tagline, the card or the laundry's company under Bill to /
  Account / Business); the board under Biller / Electricity board / Biller name (never the app, the bank, Bharat
  Connect or the Consumer name). Never a bank, app, terminal maker, gateway, platform, portal or the payer.
  *settled*: the laundry's own app pays the laundry under Outlet / Store / Serviced by (its brand on the band adds
  nothing), and Razorpay's receipt mail pays the company under Paid to / Merchant, never Razorpay on top; the website
  checkout pays the laundry on top (PayU in the line under it is the gateway); a prepaid package's invoice pays the
  laundry on top (never the Customer / Billed to). *settled*: a linen client's transfer pays the company under
  Beneficiary / Vendor / Pay to / Beneficiary name (never the Debit account name / Remitter), and its payment advice
  pays the company under Vendor / Beneficiary / Paid to, never the hotel or hospital on top of its own advice nor its
  mail's sender. *settled*: an aggregator's payout and a merchant app's settlement pay the outlet under Partner /
  Store / Merchant / Settled to / Business name, never the platform on top (heldout146's booking platforms).
  *settled*: the laundry's transfers to its suppliers, the boiler service firm, a landlord firm, a rider or a
  customer pay the one under Beneficiary / Payee / Vendor / Pay to / Beneficiary name, never the laundry's company
  under Debit account name; a UPI screen of the laundry's pays the one under Paid to / To. *settled*: a rider's payout
  is a payment the laundry makes: its payee is the rider under Contact / Beneficiary / Payee / Rider / Paid to, never
  RazorpayX or Cashfree Payments on top, the laundry's company | Live under it, or the laundry on top of its
  statement or voucher. *settled*: a landlord's rent receipt pays the landlord under Landlord / Owner / Lessor (Shri
  and Sardar are no part of the name, heldout142). *settled*: a water bill pays the water body under Department /
  Payable to / ULB (Jal Kal Vibhag, Lucknow Nagar Nigam; Mangaluru City Corporation), never the portal or the
  counter's line on top (e-Nagar Sewa - Uttar Pradesh; Mangaluru City Corporation - Citizen Service Centre).
  *settled*: a refund or a compensation for a damaged garment is a payment the laundry makes: its payee is the
  customer under Customer / Refund to / Paid to / Refunded to / Beneficiary / Pay to (heldout137, heldout140), never
  the laundry on top of its voucher or mail, the gateway or the company under it. *settled*: a GST challan and an
  income-tax (TDS) challan name no payee (heldout137, heldout144: the Goods and Services Tax and Income Tax Department
  headings are the portals', the bank on an app is not paid either).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount /
  Amount (INR) or sum large; a slip's AMOUNT / SALE AMT / TOTAL. *settled*: an app order's sum large (the same as its
  To pay / Order total / Amount paid: the garments with express, pickup, coupon and GST), never a garment's line, the
  Item total / Subtotal or the Wallet balance; a package invoice's Amount paid / Total paid (the package with GST),
  never the Package price or the Wallet credit added. *settled*: a payment advice's Net amount released / Amount
  credited / Net paid (the bills less TDS u/s 194C and the linen recovery), never a bill or the Gross bill value /
  Total bills. A platform's Net payout / Amount transferred / Settlement amount / Amount settled or the sum large
  (after commission, GST on it, TDS u/s 194-O, TCS u/s 52, MDR, GST on MDR and the soundbox rent), never the Orders
  delivered, Vouchers redeemed, Collections or of which cards. *settled*: a memo's Amount paid / Received; a delivery
  receipt's Balance received / Balance paid at delivery (the Bill total less the Advance paid at booking), never the
  Bill total or the advance, and on the failure its Balance due; a booking receipt's Advance received, never the
  Bill total or the Balance due at delivery; the monthly bill's Cheque received. A supplier's or a plant vendor's
  Amount received / Received / Paid (the rounded Invoice total / Total / Bill amount), Received (net of TDS) / Amount
  received (after TDS) where the laundry deducted TDS u/s 194C, or Cheque received; never the Taxable value, a line
  or the total when TDS is deducted. *settled*: a rider's Amount (RazorpayX, Cashfree), sum large or Net payout /
  Amount paid (the week's trips, distance and incentives less the advance and damage recovered and TDS u/s 194C @
  1%), never a line. A rent receipt's Net received / Amount received (after TDS u/s 194-I(b) where the rent is over
  Rs 50,000), never the Monthly rent; a Bharat Connect page's Amount paid after an Early payment rebate (the sum large
  on a phone), the Bill amount where no rebate is printed; a water bill's Total paid / Amount paid (every head).
  *settled*: a compensation's Total paid / Amount paid / Amount refunded (the Compensation as per policy with the
  Cleaning charge refunded where added), never the Declared value of garment, the Cleaning charge or the compensation
  alone where the charge is added; a gateway refund's sum large, never the Payment amount. A subscription's Total /
  Amount paid / Total charged or sum large. A GST challan's Total amount / Grand total (every head); a TDS challan's
  Amount (in Rs.) (the same as Total (A+B+C+D+E+F), the sum large on the app), never A Tax alone. Currency INR
  everywhere but on CleanCloud's receipt. *settled*: CleanCloud's Total / Amount paid / Total charged in US dollars
  ($ / US$ / USD): USD (heldout146's OfficeRnD), its Tax 0.00 and the reverse-charge note adding nothing.
* status: as printed (the words listed with each family above). *settled*: a merchant app's Payment received / Money
  received / Amount credited is a success; a slip's UPI TXN PENDING (CHECK APP / SOUNDBOX BEFORE HANDING OVER
  GARMENTS) pending; Payment failed - order not placed failed and Payment pending - confirming with your bank
  pending; Razorpay's Status Captured a success; a payment advice's Status Released / Credited / Paid a success;
  Payout failed - bank account inactive failed, Settlement scheduled and Settlement in progress pending; a memo's
  DELIVERED - PAID and ADVANCE RECEIVED successes, CHEQUE RECEIVED - SUBJECT TO REALISATION pending (heldout146's
  cheque deposited) and UPI PAYMENT FAILED - GARMENTS HELD failed; a supplier's CHEQUE RECEIVED - AWAITING CLEARANCE
  pending; RazorpayX's and Cashfree's Processed a success, Reversed failed and Queued pending; PAID IN CASH a success;
  Payment awaiting biller confirmation pending; SETTLED / COMPENSATION PAID and Refund processed successes, Refund in
  progress pending; AutoPay debit failed - insufficient balance failed; Challan generated - NEFT / RTGS payment
  awaited from bank (the GST challan's NEFT / RTGS mandate, the bank's credit not yet reported) pending.
* date: the day paid (a memo's, receipt's, voucher's, bill's, invoice's or slip's Date / Invoice date / Bill date /
  Delivery date / Booking date / DATE / TXN DATE / DATE/TIME; Paid on, Payment date, Value date, Date & Time,
  Transaction Date, Transferred on, Received on, Credited on, Settled on, Processed on, Created on, Charged on,
  Refunded on, Receipt date, Deposit date, Date of payment, Date of deposit; Attempted on, Failed on, Initiated on,
  Queued on, Reversed on, Challan date and a settlement's Scheduled for on the failures and the waits). *settled*:
  RazorpayX's Created on is the payout's day (the same day as its processing here). *settled*: never an invoice's
  day in a remark, a booking's in a delivery receipt's Advance paid line, a cheque's (dt <day>), a Pickup slot /
  Delivery by / Delivery on, a Package valid till / CRN valid till, a Next renewal, a CPIN's Created on, a Bill month
  / Due date / Bill period, a For the month of / Week / Orders between / Payout cycle / Collections of / Billing
  period (even where it starts on the day paid), an Assessment Year or a Tax period / Return period.
* payment_method: UPI (a customer's app, a merchant app's UPI, a slip's BHARAT QR - UPI, UPI AutoPay, a UPI refund to
  source, a failed UPI at the counter or a declined UPI collect), card (a slip's card, a card on a page, a refund to
  a card, Credit / Debit Card on GST), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank
  account debited (Current A/c <masked>), wallet (Paytm Wallet, Amazon Pay balance, MobiKwik, the laundry's own
  <brand> Cash). *settled*: a platform's payout and a merchant app's settlement by NEFT / IMPS are "netbanking"; a
  GST challan's NEFT / RTGS mandate is "netbanking"; a rider's payout names its Mode (IMPS "netbanking", UPI).
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Reference No., BRN, Bank Reference
  Number; a B-Connect Txn ID / BBPS Ref No., heldout137), then a transaction / payment id (Transaction ID, Txn ID,
  PayU ID, Payment ID pay_... / ch_..., TXN..., an app's own id, a Payout ID (po_..., pout_...), a Transfer ID, a
  Settlement ID, a Refund ID, a slip's QR REF NO and WALLET TXN ID, a page's Wallet Txn ID, a GST or TDS challan's
  CIN), then an approval code (APPR CODE / AUTH CODE on a slip, Auth Code, Approval Code, Auth code), then an order's
  number (Order ID, Order / Order no., Paytm for Business's Order ID; heldout125, heldout143), then a document's own
  number (Memo No. / Bill No. / Order No. / Booking No. on the laundry's memos, Invoice No. / Bill No. / Challan cum
  Bill No., Statement No., Voucher No., Receipt No. / e-Receipt No. / No., Invoice No. / Receipt # on a
  subscription, INVOICE NO / BILL NO / ROC on a slip, a GST challan's CPIN, a TDS challan's CRN (heldout144);
  *settled*: a payment advice's Payment voucher No. / Doc No.). *settled*: never a bill number in a payment advice, a
  remark or an Advance paid line, a Bill No. / Tag No. on a compensation, RazorpayX's and Cashfree's Reference ID, the
  original Payment ID on a refund page, a Tag No., a BSR Code or Challan Sr. No. (the bank's serial; the BSR code,
  the day and it make up the CIN), a PAN or TAN, a Customer ID / Rider ID / Partner ID / Store ID / Account ID / MID
  / Vendor code, a service, consumer, connection or property number, a Machine Sr. No., a vehicle, lorry or tanker
  number, a cheque number, TID, BATCH, a card or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout148_families import (
    aggregator_payouts,
    app_orders,
    chemical_suppliers,
    compose,
    counter_slip,
    counter_upi,
    garment_refunds,
    laundry_memo,
    linen_contract,
    plant_upkeep,
    rent_utilities,
    rider_payouts,
    software_taxes,
)

SPLIT = "heldout148"

FAMILIES: list[Family] = [
    ("counter_upi", counter_upi, SCREEN_FACES),
    ("counter_slip", counter_slip, SLIP_FACES),
    ("app_orders", app_orders, SCREEN_FACES),
    ("linen_contract", linen_contract, SCREEN_FACES),
    ("aggregator_payouts", aggregator_payouts, PAGE_FACES),
    ("laundry_memo", laundry_memo, BILL_FACES),
    ("chemical_suppliers", chemical_suppliers, PAPER_FACES),
    ("plant_upkeep", plant_upkeep, PAPER_FACES),
    ("rider_payouts", rider_payouts, PAGE_FACES),
    ("rent_utilities", rent_utilities, PAGE_FACES),
    ("garment_refunds", garment_refunds, PAGE_FACES),
    ("software_taxes", software_taxes, PAGE_FACES),
]


def make_heldout148_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout148 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

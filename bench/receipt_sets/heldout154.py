"""heldout154: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a neighbourhood grocery and kirana chain's day in 2026 (Nukkad Daily Needs, one store in
each of Kanpur, Thane, Madurai, Bhubaneswar, Jodhpur, Kozhikode, Patna and Warangal; Nukkad Retail Pvt Ltd runs the
Thane, Bhubaneswar and Patna stores, a proprietor's firm runs each of the other five as a franchisee: Shukla Provision
Stores, Sri Meenakshi Traders, Marudhar General Stores, Kallai Provision Stores, Sri Kakatiya Kirana & General
Stores; the Kanpur and Jodhpur firms are composition dealers), told by the proofs of payment it receives (customers'
UPI at the counter from their apps and on the store's merchant app, the counter's card terminal slips, the store's own
cash memos, khata receipts, home-delivery bills and bulk-order advance receipts, the quick-commerce, ONDC and online
store platforms' settlements and customers' orders through them) and those it makes (the FMCG distributors' and a
grain wholesaler's bills with credit notes adjusted, their salesmen's collection receipts and a cheque return memo,
stock bought on the B2B apps and by business banking, the shops' rent and the staff's wages, electricity, water and
broadband, the billing, POS and online-store software, refunds to customers, GST, advance tax, TDS and profession
tax, and the FSSAI, trade licence and legal metrology fees). One payment per page.

* ``counter_upi``: five of a customer's UPI app paying a store (PhonePe, Google Pay, CRED, Paytm, MobiKwik; dark on
  some): heldout125's result screen, the store (Nukkad Daily Needs, Nukkad Daily Needs - <locality> or the firm that
  runs it, in capitals on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the
  app's own id on some, a Note / Message / Remarks (Atta + dal, Khata balance, Oil tin 15L) on most; and three of the
  store's merchant app (HDFC Bank's SmartHub Vyapar, Google Pay for Business, SBI's YONO Merchant: the app on its band,
  Credited to your account / Payment collected / You received a payment, the sum large, Shop name / Merchant name /
  Store, Customer / Paid by / Payer (a name or a handle), Mode UPI / UPI QR / UPI - Soundbox, Collected at (Soundbox -
  Counter 1, Static QR at billing desk), UPI RRN / Customer RRN / UPI Ref ID and Merchant Txn ID / Txn ID on some,
  Credited on / Time of payment / Collected on, Settlement, Settlement UTR on some, Settled to / Bank account);
  Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment Failed / Transaction failed /
  Payment declined / Payment Pending / Payment processing / Transaction pending.
* ``counter_card``: the counter's card terminal slip (Worldline, Ezetap, Bank of Baroda, Getepay, Federal Bank, IDFC
  FIRST Bank, ICICI Bank, Payswiff; monospace): the maker on top on some, the store in capitals, its locality and
  town, SALE / CHARGE SLIP / SALE + CASH / BHARAT QR - UPI, DT: <day>  TM: <hour> on one row or DATE : and TIME :,
  MID :, TID :, BATCH NO :, INV NO : / BILL NO :, CARD NO : XXXXXXXXXXXX<n>, CARD TYPE :, EXP DT : XX/XX, ENTRY MODE :
  CHIP / CONTACTLESS / SWIPE, AID : on a chip, APPR CODE : / AUTH CODE :, RRN :, SIGN : ____ on the swiped card, MODE :
  BHARAT QR (UPI) with CUSTOMER VPA : and TXN REF : on the QR; AMOUNT : / AMT : / TXN AMT :, and SALE AMT :, CASH AMT :
  and TOTAL AMT : on the cash-at-POS sale (CASH WITHDRAWAL AT POS - CASH HANDED OVER; INR, RS, Rs. or none; western
  grouping or plain); APPROVED / TXN SUCCESSFUL / DECLINED 51-INSUFFICIENT FUNDS (55-INCORRECT PIN, 91-ISSUER NOT
  AVAILABLE, 05-DO NOT HONOUR) / UPI STATUS : PENDING with CONFIRM CREDIT IN APP BEFORE RELEASING GOODS.
* ``store_bills``: the store's own paper: four counter bills on a thermal roll (the store on top, its address, GSTIN,
  the composition dealer's line "Composition taxable person, not eligible to collect tax on supplies" on the
  franchisees' BILL OF SUPPLY, TAX INVOICE / CASH MEMO / RETAIL INVOICE otherwise; Bill No. / Inv No. / Bill #, Date
  and Time or Dt: <day>  Tm: <hour>, Cashier (Ravi / Counter 2), the lines (Aashirvaad Atta 5kg 1 x 279, the item over
  its quantity where the row is narrow), Items: n  Qty: n, Total MRP / MRP value and You saved / Your savings, GST
  incl.: CGST 2.5% and SGST 2.5% on some, Round off, NET AMOUNT / Net Payable / Bill Amount / Grand Total, Paid by
  Cash with Cash tendered / Cash received and Change returned / Balance returned, or UPI (its UPI Ref No. / UPI RRN),
  or a card (its Appr code / Auth code), Payment status PAID / Received / PENDING with "UPI not yet confirmed by bank -
  verify credit before handing over goods"), two KHATA PAYMENT RECEIPT / CREDIT ACCOUNT - PAYMENT RECEIPT / RECEIPT -
  MONTHLY ACCOUNT (Receipt No. / Rcpt No., Date, Received from, Khata No. / A/c No., Flat / House, Account for
  <month>, Outstanding as per khata / Dues as per khata, Amount received / Received, Balance outstanding, or Cheque
  amount with Chq. No., Chq. dt., Drawn on and Return reason; RECEIVED WITH THANKS / KHATA PAYMENT RECEIVED / CHEQUE
  RETURNED UNPAID, the store's rubber stamp), a HOME DELIVERY - BILL CUM RECEIPT / DELIVERY BILL / RECEIPT (Order
  No., Bill No., Date, Customer, Deliver to, Ordered via, the lines, Delivery charges / Free, Total payable / Bill
  total, Paid on delivery UPI and its UPI Ref No., Delivered by, Payment status Paid on delivery) and an ADVANCE
  RECEIPT - BULK ORDER (Receipt No. / Adv. Rcpt No., Date, Received from (M/s Vedanta Infotech Pvt Ltd, Shri Ram
  Mandir Trust), Order (Diwali gift hampers 60 x 650), Delivery on, Order value, Advance received / Advance paid,
  Balance payable on delivery, the sum in words, NEFT and its UTR or bank reference; ADVANCE RECEIVED - ORDER
  CONFIRMED / ADVANCE RECEIVED).
* ``app_payouts``: the platforms settling a store's orders (JioMart Partner's e-mail and app, magicpin's seller app,
  Amazon Seller Central's Local Shops payments page, mystore's e-mail, DotPe's merchant dashboard in a browser: the
  platform on top and its line (Kirana partner payments, Seller app - ONDC), Settlement statement / Payout details /
  Disbursement summary, Seller / Store / Partner store / Disbursed to, Seller ID / Store code, Settlement cycle,
  Orders delivered, Order value / Gross sales, Less: Commission @ n%, Less: Payment gateway fee / Collection fee,
  Less: Delivery charges (n x 20), Less: GST @ 18% on fees, Less: TCS u/s 52 CGST Act (0.5%), Less: TDS u/s 194-O
  (0.1%), Net settlement / Amount disbursed / Settlement amount / Net amount payable (the sum large on the app), Bank
  account / Settled to, Mode NEFT / IMPS, Settlement ID / Disbursement ID / Payout ref, UTR / IMPS Ref No., Settled on
  / Disbursed on / Transferred on / Failed on / Expected on / Scheduled for, Status on the mails; Settled / Disbursed /
  Transferred to bank / Settlement failed - bank account details mismatch / Settlement scheduled / Processing) and two
  customers' orders through them (JioMart's e-mail, Amazon's order details page: Order placed / Your order has been
  delivered / Order summary, Sold by / Seller / Store, the lines (Red Label Tea 500g x 2), Item total, Delivery fee /
  FREE, Handling charge, Coupon discount / Discount, Order total / Amount paid / Grand total, Payment method / Paid
  via, Order ID / Order # and Payment ref / Transaction ID, Ordered on / Paid on, Delivered on, Payment status Paid /
  Payment received).
* ``distributor_bills``: the distributors' and a grain wholesaler's paper (Gangotri Agencies for Hindustan Unilever,
  Sai Ganesh Distributors for ITC, Vaigai Marketing, Utkal Consumer Agencies, Marwar Trade Links, Malabar Foods
  Distribution, Pataliputra Enterprises, Kakatiya Trading Company; the distributor on top, in capitals on some, and
  what it distributes): three TAX INVOICE / INVOICE CUM RECEIPT (Inv No. / Invoice No., Date / Inv. date, Retailer /
  Bill to M/s <firm> or the store, Retailer GSTIN, Beat / Salesman / Route, the cases (Surf Excel Easy Wash 1kg (cs
  20) 2 x 2450), Less: Scheme discount / Trade scheme, Taxable value / Sub total, CGST @ n% + SGST @ n% by rate, Round
  off, Invoice total / Bill total, Less: Credit note CN/26-27/0118 (expiry return, damaged in transit, rate
  difference, scheme claim) and Net payable on most, Amount received / Received, the sum in words, Mode / Paid by and
  its UTR, UPI Ref No. or IMPS RRN; PAID / PAYMENT RECEIVED WITH THANKS), three salesmen's COLLECTION RECEIPT printed
  on a handheld (via Bizom, FieldAssist, Salesforce Consumer Goods Cloud, Botree DMS: Receipt No., Date / Date/Time,
  Retailer, Outlet code, Salesman (Mon beat), Against invoices (INV/25-26/6195 and its sum), Outstanding, Amount
  collected / Collected, Mode Cash / UPI and its UPI Ref No. / Cheque with Cheque No., Bank and Cheque date;
  COLLECTED / PAYMENT COLLECTED / CHEQUE RECEIVED - SUBJECT TO REALISATION), the wholesaler's CASH MEMO / ESTIMATE
  CUM CASH MEMO, and a CHEQUE RETURN MEMO / INTIMATION - CHEQUE DISHONOURED (Memo No., Date, To, "Your cheque No. n
  dated <day> drawn on <bank> ... has been returned unpaid by our bank", Cheque amount, Return reason, Bank charges
  (debited to you); CHEQUE RETURNED UNPAID).
* ``b2b_buys``: six orders paid on the B2B apps (HUL's Shikhar, ITC UNNATI, udaan, LOTS Wholesale and Ninjacart on a
  phone, Jumbotail's order page in a browser: the app on top, Order placed - paid / Payment successful / Payment
  failed / Payment pending - confirming with bank, the sum large on the apps, Distributor / Sold by / Seller /
  Supplier, Deliver to, the cases (with GST), Scheme discount / App discount, Delivery Free, Amount paid / Order total
  in the browser, Payment mode / Paid via, Order ID / Order No. and Payment ID / Txn ID, UPI Ref No. / Bank Ref No. /
  Auth code on a success, Paid on / Ordered on / Attempted on / Initiated on, Expected delivery) and two transfers to
  the mills by business banking (PNB Corporate Internet Banking's NEFT, ICICI InstaBIZ's IMPS; heldout124's page, the
  mill under Beneficiary / Payee / Pay to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and Reference No. /
  Transaction ID on some, the day, the debit account, Remarks (Dal & oil stock - bill 2281), Debit account name,
  Maker and Checker on the web page; Transaction Successful / Funds transferred successfully / <mode> transfer
  successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed).
* ``rent_wages``: two landlords' RENT RECEIPT / SHOP RENT RECEIPT ("Received with thanks from M/s <firm> (<store>) the
  monthly rent of Shop No. n, ground floor, <locality> for <month>", Receipt No. / No., Date, Monthly rent / Rent,
  Less: TDS u/s 194-I @ 10% where the company pays more than Rs 50,000 a month, Amount received / Net amount
  received / Received, the sum in words, the cheque and its day or UPI and its reference, RECEIVED WITH THANKS,
  Landlord / Owner / Received by (Shri on some), PAN, [ Revenue stamp ]), two landlords paid from the bank (IDBI Bank
  Corporate Net Banking's NEFT, IndusMobile's IMPS), two cash WAGES PAYMENT VOUCHER / CASH VOUCHER - WAGES (the store
  or its firm on top, Voucher No. / V. No., Date, Paid to / Name of employee / Pay to, Designation, Wage month / For
  the month of, Days present n of 30 @ rate, Overtime (n hrs), Less: Advance recovered, Net paid / Amount paid, the sum
  in words, Paid by Cash, PAID, [ Revenue stamp ] from Rs 5,000, Received payment), a salary's IMPS from Union Bank
  Vyom and wages sent by BHIM UPI (heldout125's screen, a Note / Remarks (Salary April - Raju)); the transfers' words
  as in ``b2b_buys``.
* ``utilities``: five electricity payments on Bharat Connect (PhonePe for KESCo, Paytm for TPCODL, Amazon Pay for
  JdVVNL, Freecharge for TGNPDCL, a MobiKwik Wallet recharge of SBPDCL's smart prepaid meter: the app on its band,
  Bill paid / Payment to biller successful / Recharge successful / Bill payment unsuccessful / Awaiting biller
  confirmation, the sum large, Electricity board / Biller / Operator (the short or long name), Account No. / Consumer
  No. / K No. / CA Number / Unique Service No., Name as per bill / Consumer name, Bill No., Bill date and Due date,
  Bill amount, or Meter No. and Balance after recharge, Paid from / Payment mode, Bharat Connect Ref ID / BBPS Ref No.
  / Biller Txn Ref, UPI Ref No., Order ID / Transaction ID on some, Paid on / Payment date / Recharged on / Attempted
  on / Initiated on) and three billers' own receipts in a browser (Thane Municipal Corporation's water bill, ACT
  Fibernet's broadband, KSEB's Quick Pay: the biller on top and its line, Payment successful / Payment received,
  Connection No. / Account ID / Consumer No., Name, Ward / Plan / Section, Bill period, Water charges, Meter rent,
  Arrears / Plan charges and GST @ 18% / Current charges and Fixed charges, Total paid / Amount paid, Payment mode /
  Paid using, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date / Paid on).
* ``store_software``: the billing, POS and online-store software (Vyapar's app screen, myBillBook's, Loyverse POS's
  and GoFrugal's billing pages, Shopify's, Marg ERP 9+'s, Odoo's and Epos Now's e-mails): the product on top and its
  line or company, Payment receipt / Billing history / Receipt / Payment update, Billed to / Business / Organisation
  the firm, GSTIN, Store ID / Business ID / Account no., Subscription, Service period, the lines (Users 4 x EUR 14.80,
  POS billing counters 3 x 4,500), Subtotal, GST @ 18% / IGST @ 18% or Tax / VAT / GST 0.00 with "Import of services:
  tax 0.00 - the recipient pays IGST under reverse charge", Total paid / Amount charged / Grand total / Amount due or
  the sum large, Paid using, Invoice no. / Order #, Payment ref / Transaction ref / Charge ID, Bank Ref No., Auth code,
  UPI Ref No., Renewed on / Payment received on / Charged on / Declined on / Initiated on, Next renewal, Status;
  Subscription renewed / Payment received - thank you / Payment declined - card not authorised / Payment awaiting bank
  confirmation.
* ``customer_refunds``: the stores refunding customers: two GOODS RETURN - REFUND VOUCHER / REFUND NOTE (the store or
  its firm on top, Voucher No. / Refund note No., Date, Refund to / Customer / Paid to, Against bill No. or Against
  bill customer's copy seen, the items returned (Amul Ghee 1L (seal broken) 1 x 610) or a bulk order's Advance
  received (bulk order) and Less: Cancellation charges, Refund amount / Amount refunded, the sum in words, Mode /
  Refunded by, REFUNDED / REFUND PAID), SmartHub Vyapar's refund screen (Refund initiated / Refund in process, the
  sum large, Refund to, Mode UPI - to source account, Original payment, Original RRN, Refund ref ID, Initiated on),
  two gateways' refund pages (PayU, Easebuzz: <firm> | Live mode, Refund details / Refund summary, Refund processed /
  Refunded, the refund large, Customer / Refunded to, Order ref, Payment amount / Original amount, Refund reason,
  Refund to Source - card / UPI, Refund ID, ARN / Bank RRN, Refunded on / Processed on), two of the store's e-mails
  (Refunded to / Beneficiary, Items not delivered / Bulk order cancelled, Amount refunded, Mode, To, UPI Ref No. /
  UTR, Refunded on, Status Completed) and Kotak FYN's IMPS (heldout124's page, the customer under Beneficiary / Payee
  / Beneficiary name; Transaction Failed / Returned by beneficiary bank / IMPS transfer failed).
* ``tax_challans``: the GST portal's Form GST PMT-06 receipts (four, in a browser or printed: CPIN and Challan created
  on, GSTIN, Name of taxpayer / Legal name (the proprietor or the company), Trade name, Purpose Form GST CMP-08
  (composition) with its quarter's Return period or Monthly return - GSTR-3B with its Tax period, CGST (0005) Tax, SGST
  (0006) Tax, IGST (0008) Tax and Interest, Total amount / Total challan amount, Mode of payment (E-Payment (Net
  Banking), NEFT / RTGS, Credit / Debit Card, UPI), Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of
  deposit / Payment date and Time or Initiated on; Payment successful / Paid / Pending - NEFT / RTGS mandate
  generated), income-tax challans (three: a proprietor's advance tax, ITNS 280, on the e-filing portal; the company's
  TDS, ITNS 281, 194-I(b) or 192, on Indian Bank's and PNB's Taxpayer's Counterfoil: PAN / TAN, Name, Assessment
  Year, Major Head, Minor Head, Nature of Payment, Amount (in Rs.), CRN and CRN valid till, Paid through / Payment
  mode, Bank, BSR Code, Challan No., CIN, BRN / Bank Reference Number, Date of deposit / Tender date, the Tax Breakup
  A to F) and Maharashtra's GRAS e-challan for profession tax (MTR Form Number-6: GRN, Department, Type of payment
  PTRC, PTRC No., Period, Name, Office, Location, 0028 - Profession tax (employees), Total amount, Payment mode, Bank,
  Bank CIN, Payment date / Attempted on; Payment successful / Payment failed - declined by bank).
* ``licence_fees``: the stores' licences and scales: FSSAI's FoSCoS receipts (two: a state licence's renewal for n
  years, a late fee), the municipalities' trade licence fees (Thane Municipal Corporation, Bhubaneswar Municipal
  Corporation and Kozhikode Corporation's K-SMART online, Patna Municipal Corporation's printed receipt: Trade licence
  fee (FY 2026-27), Solid waste user charge, Signboard / advertisement fee, Late fine) and the legal metrology
  departments' verification and stamping fees (Tamil Nadu's printed receipt, Telangana's online: Electronic weighing
  scale 30 kg (Class III) 2 x 300, Platform scale 300 kg, Adjustment charges): the authority on top (in capitals on
  some paper) and its line, Payment receipt / Fee receipt / Payment status / FEE RECEIPT / RECEIPT, Application No. /
  Application reference, Licence No. / Trade licence No. / Registration No., Name of business / Applicant / Trade name,
  Premises, Kind of business, the fees, Total fee / Amount paid / Total amount, Payment mode / Mode of payment, Receipt
  No., Transaction ID / Payment ref, UPI Ref No. / Bank Ref No., Payment date / Paid on / Date / Attempted on /
  Initiated on, Valid up to / Next verification due, Status Paid / Fee received on paper; Payment successful / Fee paid
  / Payment received / Payment failed - card declined / Payment pending - status awaited from bank.

Outcomes: six successes, a failed and a pending page in every family (the merchant apps' credits, the cash khata
receipt, the delivery bill and the advance receipt, the customers' orders, the invoices and the cash memo, the rent and wage
receipts, the billers' own receipts, the refund vouchers, gateway pages and e-mails, the income-tax challans and the
printed licence receipts are successes). Absent fields: each family leaves out the id on one page (no UPI reference,
UTR, RRN, IMPS reference, ARN, approval or auth code, bank reference, BRN, Bharat Connect reference, CIN, transaction,
payment, settlement, disbursement, refund, charge, order or app id, TXN REF, bill, invoice, receipt, voucher, memo,
CPIN, CRN or GRN number, and no credit note's number; MID, TID, BATCH, AID, card, account, consumer, connection,
meter and cheque numbers, UPI IDs, GSTIN, IFSC, PAN, TAN, BSR codes, store, seller, outlet and khata numbers,
application, licence and registration numbers stay) and the day on one (no date anywhere: no invoice, cheque,
delivery, bill, due, validity, renewal or service day, no settlement cycle, no rent, wage, account or bill month, no
bill or service period, no financial, assessment or return period, no year in a document's number, no CPIN or CIN,
no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in); an e-mail's hour, a
slip's TM and a phone's clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS /
Rs. / none on slips, $ / US$ / USD on Shopify's and Loyverse's, € / EUR on Odoo's, £ / GBP on Epos Now's; lakh
grouping on most, western and plain on some. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns,
this set's DAY_PATS and the slips' and memos' own. Faces: heldout119's lists (SLIP_FACES for the counter's slips,
PAPER_FACES for the store's bills and the distributors' paper, PAGE_FACES for the platforms' pages, the rent and wages,
the refunds, the tax challans and the licence fees, SCREEN_FACES for the UPI screens, the B2B buys, the utilities and
the software). Frames: heldout152's ``compose`` (heldout121's frames and marks, heldout129's rubber stamp on the khata
receipts). Seeds ``heldout154-<i>``.

Truth conventions (README "Receipt fields", as heldout152 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the store (the trade name, the store's name with its locality or the firm
  that runs it) on a customer's UPI screen (Paid to / To / Sent to), in capitals on its slips (never the terminal's
  maker or bank), on top of its own memos, khata, delivery and advance receipts (never the Received from / Customer);
  the distributor on top of its bill, collection receipt or cheque return memo (never M/s the store under Retailer /
  Bill to / To); the mill under Beneficiary / Payee / Pay to (never the Debit account name); the landlord under
  Landlord / Owner / Received by (Shri is no part of the name, heldout142) or, paid from the bank, under Beneficiary /
  Payee / Beneficiary name; the board under Electricity board / Biller
  / Operator; the biller on top of its own receipt (never the company line under ACT Fibernet); the software product
  on top (never its company line or tagline, nor the firm under Billed to / Business / Organisation). Never a bank,
  app, terminal maker, gateway, platform or the payer. *settled*: the store's merchant app (SmartHub Vyapar, Google
  Pay for Business, YONO Merchant) pays the store under Shop name / Merchant name / Store, never the customer under
  Customer / Paid by / Payer nor the app or its bank. *settled*: a platform's settlement pays the store under Seller /
  Store / Partner store / Disbursed to, never the platform on top; a customer's order through a platform pays the
  store under Sold by / Seller / Store (heldout152's tickets). *settled*: a salesman's collection receipt pays the
  distributor on top, never the DMS it was printed from (via Bizom); a cheque return memo's payee is the distributor
  the returned cheque was meant for. *settled*: a B2B app's order pays the party under Distributor / Sold by / Seller
  / Supplier (the town's distributor on Shikhar and ITC UNNATI, LOTS Wholesale Solutions Pvt Ltd on LOTS Wholesale's),
  never the app on top nor the store under Deliver to. *settled*: a wage voucher, a salary's transfer and wages sent
  by UPI pay the worker under Paid to / Name of employee / Pay to / Beneficiary / Payee / Beneficiary name as printed,
  never the store on top of its voucher nor the Debit account name. *settled*: a refund's payee is the customer under
  Refund to / Customer / Paid to / Refunded to / Beneficiary / Beneficiary name (heldout137, heldout152), never the
  store on top of its voucher or e-mail, the gateway or the firm under it. *settled*: a licence or verification fee
  pays the authority on top as printed (Food Safety and Standards Authority of India, Thane Municipal Corporation,
  Legal Metrology Department, Legal Metrology Department, Telangana), never the line under it (FoSCoS - Food Safety
  Compliance System, K-SMART - trade licence (D & O), Government of Tamil Nadu - Madurai) nor the store under Name of
  business / Applicant / Trade name. A GST challan and an income-tax challan name no payee (heldout137, heldout144);
  *settled*: nor does Maharashtra's profession tax e-challan (Government of Maharashtra on top is the treasury's
  portal, as the GST and income-tax portals are).
* amount / currency: the sum this payment moved. A UPI screen's and a merchant app's sum large; a transfer's Amount
  / Amount (INR) or sum large. *settled*: a cash-at-POS slip's TOTAL AMT (the sale with the cash handed over: the sum
  the card was charged), never the SALE AMT or the CASH AMT. *settled*: a counter bill's NET AMOUNT / Net Payable /
  Bill Amount / Grand Total (after Round off), never the Cash tendered / Cash received, the Change returned / Balance
  returned, the Total MRP / MRP value or the saving; a delivery bill's Total payable / Bill total (with the delivery
  charge). *settled*: a khata receipt's Amount received / Received or, on the returned cheque, its Cheque amount,
  never the Outstanding as per khata or the Balance outstanding. *settled*: an advance receipt's Advance received /
  Advance paid, never the Order value or the Balance payable on delivery. A settlement's Net settlement / Amount
  disbursed / Settlement amount / Net amount payable or the sum large (after the commission, the gateway or collection
  fee, delivery, GST on the fees, TCS u/s 52 and TDS u/s 194-O), never the Order value / Gross sales; an order's
  Order total / Amount paid / Grand total (with the delivery fee and handling charge, less the discount), never the
  Item total. *settled*: a distributor's invoice counts the Amount received / Received (the Net payable after a credit
  note), never the Invoice total / Bill total, the credit note or the scheme discount; a collection receipt counts the
  Amount collected / Collected, never the Outstanding or an invoice's sum; a cheque return memo counts the Cheque
  amount, never the Bank charges. A B2B order's sum large or Amount paid / Order total (the cases with GST, less the
  discount). A rent receipt's Amount received / Received / Net amount received (after TDS u/s 194-I where the company
  deducted it). *settled*: a wage voucher's Net paid / Amount paid (the days' wage and overtime less the advance
  recovered), never the days' wage alone. A Bharat Connect page's sum large (the Bill amount); *settled*: a smart
  prepaid meter's recharge is its sum large, never the Balance after recharge. A biller's own receipt's Total paid /
  Amount paid. A subscription's Total paid / Amount charged / Grand total / Amount due or sum large. *settled*: a
  refund's Refund amount / Amount refunded or sum large (the items returned, or the advance less the cancellation
  charges), never the Original payment / Payment amount / Original amount or the Advance received. A GST challan's
  Total amount / Total challan amount; an income-tax challan's Amount (in Rs.); the profession tax's Total amount; a
  licence's Total fee / Amount paid / Total amount (every fee head). Currency INR everywhere but on four software
  pages: *settled*: Shopify's and Loyverse POS's in US dollars: USD; Odoo's in euros: EUR; Epos Now's in pounds: GBP
  (heldout152), the Tax / VAT / GST 0.00 and the reverse-charge line adding nothing.
* status: as printed (the words listed with each family above). *settled*: a merchant app's Credited to your account /
  Payment collected / You received a payment is a success; a slip's UPI STATUS : PENDING pending and DECLINED <code>
  failed; a counter bill's Payment status PAID / Received a success and PENDING pending; a khata receipt's CHEQUE
  RETURNED UNPAID failed; Paid on delivery a success; ADVANCE RECEIVED - ORDER CONFIRMED a success; Settlement failed
  - bank account details mismatch failed, Settlement scheduled and Processing pending; a collection receipt's CHEQUE
  RECEIVED - SUBJECT TO REALISATION pending and COLLECTED a success; a cheque return memo's CHEQUE RETURNED UNPAID
  failed; Payment pending - confirming with bank pending; Recharge successful a success, Bill payment unsuccessful
  failed and Awaiting biller confirmation pending; Payment declined - card not authorised failed and Payment awaiting
  bank confirmation pending; Refund initiated / Refund in process pending; a GST challan's Pending - NEFT / RTGS
  mandate generated pending; Payment failed - declined by bank failed; Payment pending - status awaited from bank
  pending; a printed licence receipt's Status Paid / Fee received a success.
* date: the day paid (a bill's, receipt's, voucher's, memo's or slip's Date / DATE : / DT: / Dt:, Date/Time; Paid on,
  Payment date, Credited on, Time of payment, Collected on, Date & Time, Transaction Date, Transferred on, Settled on,
  Disbursed on, Ordered on, Renewed on, Payment received on, Charged on, Recharged on, Refunded on, Processed on, Date
  of deposit, Tender date; Attempted on, Failed on, Declined on, Initiated on and a settlement's Expected on /
  Scheduled for on the failures and the waits). *settled*: a cheque return memo's Date (the day the return was told),
  never the day of the cheque in its sentence. *settled*: never a Settlement cycle, a Delivered on / Expected delivery
  / Delivery on, an invoice's day (in a collection receipt's invoice numbers or a cheque's), a Cheque date / Chq. dt.,
  a Bill date / Due date / Bill period, a Service period / Next renewal, a Valid up to / Next verification due, an
  Account for / Wage month / For the month of / a rent's month, a Challan created on / CRN valid till, a Return period
  / Tax period / Period, an Assessment Year, a licence fee's FY, or the Settlement UTR's day.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited, wallet for MobiKwik Wallet. *settled*: a slip's MODE : BHARAT QR (UPI) is UPI and a cash-at-POS sale card;
  a counter bill's Paid by UPI (scan & pay) / UPI - dynamic QR is UPI; a collection receipt's cheque and a cheque
  return memo are cheque; a platform's settlement by NEFT / IMPS is "netbanking"; a GST challan's NEFT / RTGS mandate
  is "netbanking"; a refund's Source - card / UPI and UPI - to source account are its way.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No., UPI RRN, Customer RRN, UPI Ref ID, RRN :, IMPS RRN, a card refund's ARN, a gateway's Bank RRN), then a bank
  reference (Bank Ref No., Bank Ref. No., Bank Reference, Reference No. / Txn Ref No. on a transfer, BRN, Bank Reference No. (BRN),
  Bharat Connect Ref ID / BBPS Ref No. / Biller Txn Ref), then a transaction / payment id (Transaction ID, Txn ID,
  Merchant Txn ID, the app's own id, Payment ID, Payment ref, Transaction ref, Charge ID, Settlement ID / Disbursement
  ID / Payout ref, Refund ID / Refund ref ID, a slip's TXN REF :, a challan's CIN or Bank CIN), then an approval code
  (APPR CODE : / AUTH CODE : / Appr code / Auth code), then an order's number (Order ID / Order # / Order No.), then a
  document's own number (Bill No. / Inv No. / Bill # / Invoice No. / Invoice no., Receipt No. / Rcpt No. / Adv. Rcpt
  No., Voucher No. / V. No. / Refund note No., Memo No., INV NO : / BILL NO : on a slip, a GST challan's CPIN, an
  income-tax challan's CRN, a GRAS challan's GRN). *settled*: never a merchant app's Settlement UTR (the day's
  settlement to the bank, not this payment), a refund screen's Original RRN, a gateway refund's Order ref, the invoice
  numbers a collection receipt settles, an Against bill No., a credit note's number, a Bharat Connect page's Bill No.
  (the board's bill), a bulk order's or a transfer's remark, an Application No. / Application reference, a Licence No. /
  Trade licence No. / Registration No., a PTRC No., a BSR Code or Challan No., a Store ID / Business ID / Account no.,
  a Seller ID / Store code, an Outlet code, a Khata No. / A/c No., a Meter No., an Account No. / Consumer No. / K No. /
  CA Number / Unique Service No. / Connection No. / Account ID, a cheque number, MID, TID, BATCH, AID, a card or mobile
  number, a UPI ID, PAN, TAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout154_families import (
    app_payouts,
    b2b_buys,
    compose,
    counter_card,
    counter_upi,
    customer_refunds,
    distributor_bills,
    licence_fees,
    rent_wages,
    store_bills,
    store_software,
    tax_challans,
    utilities,
)

SPLIT = "heldout154"

FAMILIES: list[Family] = [
    ("counter_upi", counter_upi, SCREEN_FACES),
    ("counter_card", counter_card, SLIP_FACES),
    ("store_bills", store_bills, PAPER_FACES),
    ("app_payouts", app_payouts, PAGE_FACES),
    ("distributor_bills", distributor_bills, PAPER_FACES),
    ("b2b_buys", b2b_buys, SCREEN_FACES),
    ("rent_wages", rent_wages, PAGE_FACES),
    ("utilities", utilities, SCREEN_FACES),
    ("store_software", store_software, SCREEN_FACES),
    ("customer_refunds", customer_refunds, PAGE_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
]


def make_heldout154_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout154 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

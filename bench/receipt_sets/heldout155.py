"""heldout155: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a florist and plant nursery business's day in 2026 (Gulnaar Florists, the trade name of
its flower shops in Kolkata, Bengaluru, Chandigarh, Ahmedabad, Panaji, Thane and Chennai, and Gulnaar Nursery, its
wholesale nursery at Kadiyam in the Godavari delta; all run by the partnership firm Sabharwal & Reddy Horticulture),
told by the proofs of payment it receives (customers' UPI for bouquets, garlands and plants and its online store's
order e-mails, wedding and event clients' bank transfers, hotels' and event companies' vendor payment advices net of
TDS, the shops' card slips, the gifting platforms' payouts and two export buyers' wires, its own decoration invoices,
bills of supply and advance receipts) and those it makes (growers, flower market traders, a reefer transporter, an
air cargo agent and a growers' producer company, electricity, municipal water and water tankers, greenhouse, florist
and packaging supplies, its software, ads and a floristry course, refunds of cancelled bookings and orders, rent, a
mall kiosk's licence fee, a farm lease, trade licences, GST, TDS and West Bengal's profession tax). One payment per
page.

* ``order_upi``: a customer's UPI app paying a shop (Google Pay, PhonePe, WhatsApp Pay, MobiKwik, Paytm; dark on
  some): heldout125's result screen, the shop (Gulnaar Florists, with its town or locality on some: Gulnaar Florists
  Thane / Gulnaar Florists - Campal; the firm on a few) under Paid to / To / Sent to (To / Paying to / Payment to on a
  failure or a wait), its UPI ID, the app's own id on some, a Note / Message / Purpose / Comment (24 red roses, Pooja
  garlands x6, Wreath - condolence) on most; or the online store's order confirmation e-mail (three: paid through
  Razorpay, PayU, Easebuzz; the store on top, Thank you for your order! / Your order is confirmed / Order placed
  successfully, Hi <buyer>, Order No. / Order ID / Order number GFnnnnn, Placed on / Order date / Ordered on, Deliver
  to / Recipient, Delivery on, Slot (Midnight (11 PM - 12 AM)), Message card, the bouquet x n and add-ons (Ferrero
  Rocher 16 pcs (add-on)), Subtotal, Delivery charge / Shipping (or Free), Discount (BLOOM10), Total paid / Amount paid
  / Order total, Payment method / Paid via (UPI via Razorpay, a card), Payment ID pay_... / PayU ID / Easepay ID, UPI
  Ref No. / UTR or Auth code, Payment status Paid / Success); Payment Successful / Paid successfully / Transaction
  Successful / Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending / Payment
  processing / Transaction pending.
* ``decor_transfer``: wedding and event clients paying for flowers and decoration from their bank (five: YES ONLINE
  and Bank of India StarConnect in a browser, AU 0101, RBL MoBank and SIB Mirror+ on a phone; heldout124's page, the
  firm or the shop under Beneficiary Name / Payee / Transfer to / Beneficiary, the account and IFSC, RTGS / NEFT /
  IMPS, UTR / UTR No. / UTR Number / IMPS Ref No / RRN and the bank's Bank Ref No. / Reference No. / Transaction ID on
  some, the day, the debit account, Remarks / Narration / Purpose (Wedding decor advance - Sen, Car decoration +
  jaimala), Remitter / Remitter name on the web pages) or a hotel's, banquet's or event company's vendor payment
  advice e-mail (three: the payer on top, VENDOR PAYMENT ADVICE / Payment Advice - Vendor / Remittance Intimation,
  Dear Vendor, Vendor name / Beneficiary / Paid to the firm, Vendor ID, PAN, the bills (Bill KOL/25-26/0nn dt <day> -
  Floral decor, <event>), Total of bills / Bills total, Less: TDS u/s 194C @ 2%, Less: Advance paid earlier on some,
  Net amount paid / Amount credited / Net paid, Payment mode / Mode NEFT / RTGS, Beneficiary bank / Credited to, IFSC,
  UTR / UTR No. and Voucher No. / Payment voucher, Value date / Payment date, Status Credited / Paid / Processed);
  Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction Failed / Returned
  by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in
  process.
* ``counter_pos``: the shops' and the nursery's card terminal slip (Mswipe, Bank of Baroda, IDBI Bank, Federal Bank,
  AU Small Finance Bank, Canara Bank, Paytm EDC, Union Bank of India; monospace): the maker on top on some, the shop
  in capitals (with its town on some, the firm on a few), its locality and town, SALE / CARD SALE / SALE WITH OFFER /
  UPI COLLECT, DATE: and TIME: or DT/TM: or DATE TIME:, MID: / TID: / BATCH NO:, INVOICE NO: / BILL NO:, ITEM: / DESC:
  (ROSES 50 STEMS BOUQUET, GENDA TORAN 6 FT, BONSAI FICUS 8 YRS), CARD NO:, CARD: <scheme> DEBIT / CREDIT, EXP DT:
  XX/XX, ENTRY:, APPR CODE: / AUTH CODE:, RRN: / REF NO:; two bank-offer slips (BILL AMT:, INSTANT DISC (10%):, NET
  AMT: / AMOUNT CHARGED:, OFFER: BOB / AU CARDS 10% OFF (MAX 1000)); a UPI collect request sent from the terminal on
  the wait (MODE: UPI COLLECT REQUEST, PAYER VPA:, COLLECT REQ ID:); TOTAL: / AMOUNT: / SALE AMT: on the rest (INR,
  RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED / TXN DECLINED with RESP nn - <reason> /
  AWAITING CUSTOMER APPROVAL (DO NOT HAND OVER GOODS UNTIL APPROVED).
* ``gifting_payouts``: the gifting platforms paying the shops for the orders they delivered (six: Ferns N Petals'
  partner hub, Interflora India's member remittance and OyeGifts' seller central in a browser, IGP's and FlowerAura's
  e-mails, the Winni Partner app; the platform on top, Payout summary / Settlement statement / Remittance advice,
  Partner / Vendor / Seller / Florist partner / Member florist / Payee the shop or the firm, Partner ID / Vendor code /
  Member code, Payout cycle / Orders between, Orders delivered (n) / Fill orders (n), Add: Delivery charges
  reimbursed (n x 49) on some, Less: Commission (n%), Less: GST @ 18% on commission, Less: Late delivery penalty (n
  orders) on some, Less: TDS u/s 194-O (0.1%), Net payout / Amount transferred / Net payable to partner / Payout
  amount (the sum large on the app), Settled to / Bank account, Mode NEFT / IMPS, Payout ID / Settlement ref, UTR /
  IMPS Ref No., Paid on / Transferred on / Credited on / Failed on / Scheduled for) and two export buyers' wires to
  the nursery (HDFC Bank's credit advice e-mail in US dollars from a Dubai importer, State Bank of India's advice page
  in euros from a Dutch grower; the bank on top, Inward Remittance - Credit Advice / Foreign Inward Remittance
  Advice, Beneficiary name / Beneficiary the firm, Beneficiary account, Remitter / Ordering customer, Remitter's
  country, Remitting bank / Sender's bank, Purpose code P0102 - Realisation of export bills, Goods, Export invoice,
  Remittance amount, Exchange rate, INR equivalent, Less: Bank charges (incl. GST), Less: GST on currency conversion,
  Amount credited (INR), Credited by SWIFT wire to current account, Inward ref No. / Transaction reference, Value date
  / Credited on, Status Credited); Paid / Payout credited / Transferred / Payout failed - beneficiary account
  inactive / Payout scheduled / Under process.
* ``shop_bills``: the business's own paper (serif; the trade name on top, with its town or locality on some, the
  firm's on a few, "(A unit of Sabharwal & Reddy Horticulture)" under a trade name on some, GSTIN and the firm's PAN):
  three TAX INVOICE / TAX INVOICE - DECORATION SERVICES / INVOICE CUM RECEIPT for an event's flowers (Invoice No. /
  Inv. No., Date / Invoice date, Bill to / Client / Billed to (a person, or M/s a hotel with its Client GSTIN), Event /
  Occasion, Event date, Venue, Mandap decoration - orchids & carnations, Stage backdrop (20 ft) - roses & gypsophila,
  Entrance arch, Car decoration, Jaimala pair, Rose petals (kg) n x rate, Table centrepieces (nos), Labour, transport
  & dismantling, Taxable value, CGST and SGST (UTGST in Chandigarh) @ 9% or IGST @ 18%, Invoice total / Total (incl.
  GST), Less: Advance received (Rcpt ADV/...) on some, Less: TDS u/s 194C @ 2% on a company's, Balance received /
  Received (net of TDS) / Amount received / Received, or Cheque amount on the returned cheque, the sum in words, Mode /
  Received by / Payment mode and its reference, or Cheque No. / Chq. No., Cheque date and Drawn on; PAID / RECEIVED
  WITH THANKS / PAYMENT RECEIVED / CHEQUE DISHONOURED - BALANCE OUTSTANDING with its Return reason), three BILL OF
  SUPPLY / BILL OF SUPPLY (EXEMPT GOODS) / CASH BILL - BILL OF SUPPLY for plants or cut flowers (Bill No. / Bill of
  supply No., Date / Bill date, Sold to / Buyer / Customer, Site on a builder's, Areca palm 5 ft n x rate, Lawn grass
  - Mexican (sq ft), Dutch roses - red (bunch of 20), Rajnigandha (kg), Packing & loading on some, Round off, Bill
  total / Total, Amount received / Received / Paid, the way, "Exempt supply: live plants and fresh flowers (HSN 0602
  / 0603) - no GST charged"; PAID / RECEIVED WITH THANKS) and two ADVANCE RECEIPT / ADVANCE RECEIPT - EVENT DECOR
  BOOKING ("Received with thanks from <client> a sum of <words> as advance for the floral decoration of the
  <occasion> at <venue> on <day>", Estimate value, Advance received / Amount received, or Cheque amount with
  Post-dated cheque No., Cheque date and Drawn on, Balance payable before the event; ADVANCE RECEIVED / RECEIVED WITH
  THANKS / POST-DATED CHEQUE - TO BE PRESENTED ON ITS DATE); the business's rubber stamp on all.
* ``growers_transport``: the business paying for its flowers and plants and their carriage: its business banking
  after an IMPS or NEFT to a rose grower, a tissue-culture lab or a gerbera grower (three: YES BIZ and DCB Business
  on a phone, Karnataka Bank Corporate Net Banking in a browser; heldout124's page, the grower under Beneficiary /
  Payee / Beneficiary name / Pay to, Remarks / Narration (Dutch roses - week 12 supply, Tissue culture plantlets -
  Anthurium), Debit account name, Initiated by / Maker, Authorised by / Checker on the web page), the flower market
  traders' CASH MEMO / BILL OF SUPPLY / FLOWER PURCHASE BILL (two: K.R. Market, Mullick Ghat; the trader on top, no
  GSTIN, Bill No. / Memo No., Date, Buyer, the flowers by bunch or kg, Hamali & packing (n boxes), Total, Amount paid
  / Received, Mode / Paid by cash or UPI; PAID / RECEIVED), a reefer transporter's FREIGHT BILL / LORRY RECEIPT CUM
  FREIGHT BILL (Bill No., Date, LR No., Consignor (a growers' producer company), Consignee M/s the firm, From - To,
  Vehicle No., Goods, Reefer freight (14 ft, 2-8 deg C), Loading & unloading, Toll charges, Total, the reverse-charge
  note, Amount received / Received, Received by NEFT and its reference; RECEIVED WITH THANKS), an air cargo agent's
  AIR FREIGHT INVOICE / TAX INVOICE (Invoice No., Date, AWB No. 312-nnnnnnnn, Flight 6E nnnn BLR - AMD, Flight date,
  Consignee, Commodity Fresh cut flowers (PER), Pieces, Air freight n kg x rate, Fuel surcharge, Perishable handling,
  X-ray screening, Agent's service charge, Taxable value, CGST and SGST @ 9%, Round off, Invoice total, Amount paid /
  Received, Paid by UPI; PAID) and a growers' producer company's BILL OF SUPPLY for roses (Bill No., Date, Buyer,
  Total, Amount received / Received, NEFT and its UTR; PAYMENT RECEIVED); the banks' words as in ``decor_transfer``.
* ``utilities``: electricity and municipal water through Bharat Connect (six: JioFinance, Axis Mobile, Freecharge,
  Google Pay and Navi on a phone, Indian Bank's bill payment receipt in a browser; the board or corporation (CESC,
  BESCOM, CPDL, Torrent Power, Electricity Dept - Goa, TMC Water or the long name: Bangalore Electricity Supply
  Company Ltd, Thane Municipal Corporation - Water ...) under Biller / Biller name / Board / Billed by, Customer ID /
  Account ID / Account No. / Service No. / Consumer No. / Connection No., Consumer name / Customer name the firm,
  Category, Units / Consumption (kL), Bill date, Due date, Bill amount, Early payment rebate and Amount paid on some,
  Paid using / Payment mode (UPI, a current account, Freecharge wallet), Bharat Connect Ref ID / BBPS Txn Ref, UPI Ref
  No., Order ID / Transaction ID on some, Paid on / Payment date / Attempted on / Initiated on; Bill paid / Payment
  successful / Bill payment successful / Bill payment failed / Payment declined by bank / Payment pending with biller
  / Awaiting biller confirmation) and water tankers paid by UPI (two: BHIM at the nursery, Paytm at the Chennai shop;
  heldout125's screen, the supplier under Paid to / To / Sent to, Note / Message Tanker 12000 L x 2 trips).
* ``nursery_supplies``: the vendors' paper (the vendor on top, in capitals on some): TAX INVOICE / INVOICE from a
  florist sundries wholesaler (Floral foam bricks (box of 20), Cellophane sheets, Satin ribbon, Bouquet sleeves), a
  greenhouse film and net maker (UV poly film 200 micron (kg), Shade net 50% (sq m), Insect net 40 mesh), a potting
  media maker (Cocopeat block 5 kg, Grow bags, Perlite, Vermicompost), an agro dealer (NPK 19:19:19, Calcium nitrate,
  Neem oil), a drip irrigation dealer, a planters' maker and a packaging wholesaler (Korean wrapping paper, Organza
  ribbon, Kraft paper roll, Round hat boxes), and a glassware shop's CASH MEMO / BILL for vases: Invoice No. / Bill No.
  / Memo No., Date / Invoice date, Buyer / Bill to M/s the firm or the trade name, the lines, Taxable value, CGST and
  SGST (UTGST) @ 2.5% or 9%, Round off, Invoice total / Total, Amount received / Received / Paid, Mode / Paid by and
  its reference, or Balance due / Amount due with Paid by NEFT (returned), Returned UTR and Return reason, or Cheque
  amount with Cheque No. and Bank; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / NEFT RETURNED - AMOUNT STILL DUE /
  CHEQUE RECEIVED - CREDIT AFTER CLEARANCE.
* ``saas_bills``: the business's software, ads and a course (Shopify's billing page and Later's e-mail in US dollars,
  Priva Compass's greenhouse climate-computer support e-mail in euros, McQueens Flower School's membership e-mail in
  pounds, Vyapar's app screen, Interakt's billing page, GoDaddy's e-mail and Google Ads' billing page in rupees): the
  product on top and its tagline or company line, Receipt / Invoice paid / Billing - transaction details / Payment
  status, Bill to / Account / Customer / Billed to the firm, GSTIN on the rupee pages, Account ID / Store ID /
  Customer No., Plan, Billing period, the lines (Basic plan, Extra users 2 x $5.00, Professional Email (5 users) 5 x
  Rs.189.00, Advertising prepayment), Subtotal / Sub total, IGST / GST @ 18% or Tax / VAT (0%) with the reverse-charge
  note, Amount paid / Total charged / Total / Amount due or the sum large, Payment method / Paid with, Invoice # /
  Invoice No., Payment ID ch_... / pay_... / Transaction ID, Bank Ref No., Auth code, UPI Ref No., Charged on /
  Payment date / Paid on / Attempted on / Initiated on, Renews on, Status; Paid / Payment successful / Charge failed -
  card declined / Payment processing - awaiting bank confirmation.
* ``refunds``: the business paying money back: its REFUND VOUCHER / REFUND VOUCHER - BOOKING CANCELLED (paper; Voucher
  No. / Refund voucher No., Date, Pay to / Refund to, Booking (<occasion> decor - cancelled), Advance received (Rcpt
  ADV/...), Less: Cancellation charge (n% of advance), Less: Imported orchids already procured, Less: Site visit &
  mock-up, Refund amount / Net refund, the way; REFUNDED / REFUND PAID), its CREDIT NOTE CUM REFUND / CREDIT NOTE -
  REFUND for wilted flowers (Credit note No., Date, Customer, Against bill, Bill amount, Refund for, Refund amount,
  Paid by Cash; REFUNDED IN CASH / REFUND PAID), its e-mail (two: Refund issued to / Customer, Advance received, the
  charges, Refund amount, Mode, Credited to, UTR / UPI Ref No., Refund date, Status Refund processed), its business
  banking app (two: YONO Business, Union Bank Vyom; the sum large, Paid to / Beneficiary, A/c No., IFSC, Mode, Remarks
  (Refund - decor booking cancelled), IMPS Ref No / UTR and Transaction ID, Date & Time / Initiated on; Transfer
  successful / Money sent / Transfer in process) or its gateway's refund page for an online order (two: Easebuzz,
  CCAvenue; the firm | Live / Production under the gateway, Refund details / Refund status, the refund large,
  Customer / Refunded to, Order, Reason, Payment amount / Original amount, Refund to Source - UPI / card, Refund ID,
  RRN / ARN, Original payment ID, Processed on / Refunded on / Attempted on; Refund processed / Refunded / Refund
  rejected by issuing bank).
* ``rent_licences``: the premises and the permissions: the shops' landlords' RENT RECEIPT / SHOP RENT RECEIPT (two:
  Receipt No. / No., Date, "Received from M/s <firm> (<shop>), the monthly rent of the shop at <address> for
  <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% on some, Net amount received / Amount received, Paid by
  / Mode of payment (a cheque with its day, UPI), RECEIVED WITH THANKS, Landlord / Owner / Received by (Shri / Smt. on
  some), PAN of landlord, [ Revenue stamp ]), a mall company's TAX INVOICE - KIOSK LICENCE FEE / TAX INVOICE
  (LICENCE FEE & CAM) (Invoice No., Invoice date, Licensee M/s the firm (Gulnaar Florists kiosk), Kiosk, Licence
  period, Licence fee, CAM charges, Marketing fund, Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s
  194-I(b) @ 10%, Amount received (net of TDS) / Received (after TDS), NEFT and its UTR; PAYMENT RECEIVED / PAID), a
  farmer's LEASE RENT RECEIPT / RECEIPT - LAND LEASE RENT for the nursery's land (Receipt No., Date, "Received from
  M/s <firm> (Gulnaar Nursery) the lease rent for n acres of land in Sy. No. ..., Burrilanka village, for the first /
  second half of the lease", Lease rent (n acres x rate / 2), Paid by Cash, RECEIVED, Lessor (Sri on some), Aadhaar
  XXXX XXXX nnnn), the firm's bank after a rent transfer to a landlord (Kalupur Bank Net Banking; heldout124's page,
  the landlord under Beneficiary / Payee name, Remarks / Narration Shop rent - <month>, Debit account name; the
  transfer's words as in ``decor_transfer``) and the municipal corporations' trade licence fees (three: Municipal
  Corporation Chandigarh and the Corporation of the City of Panaji online, Thane Municipal Corporation's receipt
  printed; the corporation on top and its line, Payment receipt / e-Payment acknowledgement / RECEIPT, Licensee /
  Applicant / Trade name, Licence No., Trade, Licence period / For year, Trade licence fee, Signboard fee, Solid waste
  user charges, Late fee on some, Total / Amount paid / Total amount, Payment mode, Receipt No., Transaction ID / Txn
  ID, UPI Ref No. / Auth code, Payment date / Paid on / Initiated on; Payment successful / Paid / Payment pending -
  awaiting bank confirmation).
* ``tax_payments``: the firm's GST for its registrations (four: the GST portal's Payment Receipt (Form GST PMT-06) /
  Challan - Payment Receipt in a browser, on a phone after UPI (the sum large) and printed; CPIN, Challan created on,
  GSTIN, Legal name / Taxpayer name, Trade name, Tax period / Return period, CGST (0005) / SGST (0006) / UTGST (0007)
  / IGST (0008) - Tax / Interest / Fee, Total challan amount / Total amount paid, Mode of payment / Payment mode, Bank
  / Bank name, CIN, BRN / Bank reference No., UPI Ref No., Date of deposit / Payment date, Time / Deposit time,
  Initiated on; Paid / Payment successful / Awaiting credit from RBI - NEFT / RTGS), the TDS it deducted (three:
  ITNS 281 on the e-filing portal's Challan Receipt in a browser or printed and Indian Bank's Taxpayer's Counterfoil;
  TAN, Name, Assessment Year, Major Head (0021), Minor Head (200), Nature of Payment 194C / 194-I(b) / 194J(b) / 192,
  Amount (in Rs.), CRN / Challan Reference Number (CRN), CRN valid till, Payment mode / Paid from, Bank, BSR Code,
  Challan No., CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Tender date / Attempted on, the Tax
  Breakup; Payment Successful / Tax paid / Payment failed) and West Bengal's profession tax for the Kolkata shop
  through GRIPS (one: Government of West Bengal on top, GRIPS - Government Receipt Portal System, e-Challan - Payment
  acknowledgement, Department Directorate of Commercial Taxes - Profession Tax, Depositor the firm, EC No. / RC No.,
  Period, Head of account, Profession tax - employees (n x 200), Enrolment - firm (annual) on some, Total amount,
  Payment mode, Bank, GRN, BRN, Payment date / Bank date; Success / Payment successful).

Outcomes: six successes, a failed and a pending page in every family (the store's order e-mails, the vendor payment
advices, the wires, the bills of supply and the cash advance receipt, the traders', transporter's, cargo agent's and
producer company's bills, the tankers' and refund e-mails and vouchers, the credit note, the rent and lease receipts
and the kiosk invoice are successes). Absent fields: each family leaves out the id on one page (no UTR, UPI
reference, RRN, IMPS reference, ARN, approval or auth code, bank reference, Bharat Connect or BBPS reference, BRN,
transaction, payment, payout, settlement, collect request, refund, order or the app's own id, CIN, CPIN, CRN, GRN,
receipt, invoice, bill, memo, voucher, credit note, challan or bill-of-supply number, no bill number in an advice's
lines, INVOICE NO / BILL NO on a slip; MID, TID, BATCH NO, card, account and cheque numbers, UPI IDs and VPAs, GSTIN,
IFSC, PAN, TAN, Aadhaar, BSR codes, vendor, partner, member, store and customer ids and codes, consumer, connection and
service numbers, LR and AWB numbers, vehicle and flight numbers, survey, licence, EC and RC numbers stay) and the day
on one (no date anywhere: no invoice, bill, due, event, delivery, flight, cheque, validity, renewal, billing-period or
challan-creation day, no payout cycle, no rent, licence, bill or tax month or period, no assessment or licence year, no
year in a document's number, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference
stands in), no CIN or CPIN, no app id that carries one; an e-mail's hour, a slip's TIME: and a phone's clock at most).
Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips, $ / US$ / USD on
Shopify's and Later's pages and HDFC Bank's wire advice, € / EUR on Priva Compass's e-mail and State Bank of India's
wire advice, £ / GBP on McQueens Flower School's; lakh grouping on most, western and plain on some. Days: dd/mm/yyyy,
dd-mm-yyyy, d Month yyyy, dd Mon yyyy, dd.mm.yyyy, Mon d, yyyy, dd-Mon-yyyy and d.m.yyyy on paper and e-mails,
heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DDMONYY, DD.MM.YYYY, MON DD YYYY and
DD/MM/YY on slips (under DATE: with the hour under TIME:, or with the hour under DT/TM: or DATE TIME:). Faces:
heldout119's lists (SLIP_FACES for the card slips, BILL_FACES for the business's own invoices, bills and receipts,
PAPER_FACES for the suppliers' bills, PAGE_FACES for the payouts and wires, the growers' and transporters' pages, the
refunds, the rent and licence pages and the tax pages, SCREEN_FACES for the rest). Frames: heldout153's ``compose``
(heldout121's, with heldout129's rubber stamp on the business's own invoices, bills and receipts). Seeds
``heldout155-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; as heldout152 and heldout153 keep them;
*settled* where this set chose):

* merchant_name: the one paid, as printed: the shop or the firm on UPI screens (Paid to / To / Sent to) and
  transfers (Beneficiary Name / Payee / Transfer to / Beneficiary; never the Remitter), in capitals on its slips
  (never the terminal maker), on top of its own invoices, bills of supply and advance receipts (never the Bill to /
  Client / Sold to / Buyer / Customer or the one in "Received with thanks from"); the vendor, trader, transporter,
  cargo agent and producer company on top of their bills (never M/s the firm or the shop under Buyer / Bill to /
  Consignee, nor the producer company named as Consignor on a freight bill); the board or corporation under Biller /
  Biller name / Board / Billed by; the software product on top (never the tagline or company line under it, nor the
  firm under Bill to / Account / Customer / Billed to). Never a bank, app, terminal maker, gateway, platform or the
  payer. *settled*: where a screen, a slip or the business's own paper prints the trade name with its town or
  locality on one line (Gulnaar Florists Thane, Gulnaar Florists - Campal, GULNAAR NURSERY KADIYAM) that line is the
  name, town and all (heldout153); a slip's locality and town on the row under the name are not; "(A unit of
  Sabharwal & Reddy Horticulture)" under a trade name on top is no part of it. *settled*: the online store's order
  e-mail pays the store on top (Gulnaar Florists), never the gateway in Paid via (Razorpay, PayU, Easebuzz), the
  recipient under Deliver to / Recipient or the buyer greeted. *settled*: a hotel's or event company's vendor payment
  advice pays the firm under Vendor name / Beneficiary / Paid to, never the payer on top nor its mail's sender
  (heldout152, heldout153). *settled*: a gifting platform's payout pays the shop or the firm under Partner / Vendor /
  Seller / Florist partner / Member florist / Payee, never the platform on top (Ferns N Petals, IGP, FlowerAura,
  Winni Partner, Interflora India, OyeGifts). *settled*: a bank's inward remittance advice pays the firm under
  Beneficiary name / Beneficiary, never the bank on top nor the Remitter / Ordering customer or the Remitting bank.
  *settled*: a water tanker paid by UPI pays the supplier under Paid to / To / Sent to. *settled*: a rent receipt pays
  the landlord under Landlord / Owner / Received by and a land lease receipt the farmer under Lessor (Shri, Smt. and
  Sri are no part of the name, heldout142, heldout152); the mall company on top of its kiosk licence fee invoice is
  the payee, never M/s the firm under Licensee. *settled*: a trade licence fee pays the corporation on top (Municipal
  Corporation Chandigarh, Corporation of the City of Panaji, Thane Municipal Corporation), never the line under it
  nor the shop or firm under Licensee / Applicant / Trade name. A refund is a payment the business makes: its payee is
  the customer or client under Pay to / Refund to / Refund issued to / Customer / Paid to / Beneficiary / Refunded to
  (heldout137, heldout146), never the business on top of its voucher, credit note or e-mail, the gateway or the firm
  under it. A GST challan and an income-tax (TDS) challan name no payee (heldout137, heldout144); *settled*: West
  Bengal's profession tax e-challan through GRIPS names none either (a tax, like them), never Government of West
  Bengal on top nor the Directorate under Department.
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount /
  Amount (INR) or sum large. *settled*: the store's order e-mail counts the Total paid / Amount paid / Order total
  (the bouquet and add-ons with the delivery charge, less the discount), never the Subtotal or a line. *settled*: a
  bank-offer slip counts the NET AMT / AMOUNT CHARGED (the card was charged the bill less the bank's instant
  discount), never the BILL AMT or the discount. A slip's TOTAL / AMOUNT / SALE AMT. An advice's Net amount paid /
  Amount credited / Net paid (after TDS u/s 194C and an advance paid earlier), never a bill's sum or the Total of
  bills. A platform's Net payout / Amount transferred / Net payable to partner / Payout amount or the sum large (the
  orders delivered and delivery charges reimbursed, less commission, GST on it, penalties and TDS u/s 194-O), never
  the Orders delivered or Fill orders value. *settled*: an export buyer's wire counts the Remittance amount in the
  currency remitted (USD, EUR), never the INR equivalent or the Amount credited (INR) after the bank's charges (as a
  spend alert counts the currency charged, heldout153). The business's decoration invoice counts the Balance received
  where an advance is adjusted, the Received (net of TDS) where a company deducted TDS u/s 194C, else the Amount
  received / Received, or the Cheque amount on the dishonoured cheque; never the Taxable value or the Invoice total
  then. A bill of supply's Amount received / Received / Paid (its rounded total). *settled*: an advance receipt's
  Advance received / Amount received, or the post-dated cheque's Cheque amount, never the Estimate value or the
  Balance payable before the event. A trader's, transporter's, cargo agent's or producer company's Amount paid /
  Amount received / Received. A Bharat Connect page's Amount paid after an Early payment rebate, else the Bill amount.
  A tanker's sum large. A vendor's Amount received / Received / Paid, or Balance due / Amount due on the returned
  NEFT, or the Cheque amount on the wait. A subscription's Amount paid / Total charged / Total / Amount due or sum
  large. *settled*: a refund voucher's, e-mail's or app's Refund amount / Net refund / sum large (the advance less
  the cancellation charge and what was already spent), never the Advance received; a credit note's Refund amount,
  never the Bill amount; a gateway's refund large (the whole Payment amount or a part), never the Payment amount. A
  rent receipt's Net amount received / Amount received (after TDS u/s 194-I(b) where deducted); the kiosk invoice's
  Amount received (net of TDS) / Received (after TDS); *settled*: a land lease receipt's Lease rent (n acres x rate /
  2), the half year's rent the cash paid. A licence fee's Total / Amount paid / Total amount. A GST challan's Total
  challan amount / Total amount paid or sum large; a TDS challan's Amount (in Rs.); the profession tax's Total amount.
  Currency INR everywhere but six pages: Shopify's and Later's and the Dubai importer's wire in US dollars: USD;
  Priva Compass's and the Dutch grower's wire in euros: EUR; McQueens Flower School's in pounds: GBP (heldout146,
  heldout152, heldout153), VAT (0%) / Tax 0.00 and the reverse-charge note adding nothing.
* status: as printed (the words listed with each family above). *settled*: the store's Thank you for your order! /
  Your order is confirmed / Order placed successfully are successes; an advice's Status Credited / Paid / Processed,
  a wire's Status Credited successes; a slip's AWAITING CUSTOMER APPROVAL (DO NOT HAND OVER GOODS UNTIL APPROVED) on a
  UPI collect request pending and TXN DECLINED failed; Payout failed - beneficiary account inactive failed, Payout
  scheduled / Under process pending; the business's CHEQUE DISHONOURED - BALANCE OUTSTANDING failed and POST-DATED
  CHEQUE - TO BE PRESENTED ON ITS DATE pending (a cheque not yet presented, heldout110); a vendor's NEFT RETURNED -
  AMOUNT STILL DUE failed and CHEQUE RECEIVED - CREDIT AFTER CLEARANCE pending; Payment pending with biller and
  Awaiting biller confirmation pending; Charge failed - card declined failed and Payment processing - awaiting bank
  confirmation pending; Transfer in process pending and Refund rejected by issuing bank failed; a licence's Payment
  pending - awaiting bank confirmation pending; Awaiting credit from RBI - NEFT / RTGS pending; REFUNDED IN CASH, the
  traders' RECEIVED and the lease's RECEIVED successes.
* date: the day paid (a receipt's, invoice's, bill's, memo's, voucher's, credit note's or slip's Date / Invoice date
  / Bill date / DATE: / DT/TM: / DATE TIME:; Placed on, Order date, Ordered on, Paid on, Payment date, Value date,
  Credited on, Transferred on, Date & Time, Transaction Date, Charged on, Refund date, Refunded on, Processed on,
  Date of deposit, Tender date, Bank date; Attempted on, Failed on, Initiated on and Scheduled for on the failures and
  the waits). *settled*: never a Delivery on or Slot, an Event date or an advance receipt's "on <day>", a post-dated
  cheque's Cheque date (the receipt's Date is the day it was received), a cheque's Cheque date / "dt" on a rent
  receipt, a Flight date, a bill's day inside an advice's lines or a payout's Payout cycle / Orders between, a Bharat
  Connect page's Bill date / Due date, a Billing period / Renews on, a rent month or Licence period / For year, the
  profession tax's Period, a Challan created on / CRN valid till, a Tax period / Return period or an Assessment Year.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited or credited, wallet for the Freecharge wallet. *settled*: a slip's UPI COLLECT REQUEST is UPI and a
  bank-offer slip card; the store's UPI via Razorpay / Easebuzz is UPI; a post-dated cheque and a vendor's cheque
  received are cheque; a vendor's NEFT (returned) is "netbanking"; an export buyer's SWIFT wire credited to the current
  account is "netbanking" (a bank account credited); a platform's payout by NEFT / IMPS and an advice's NEFT / RTGS
  are "netbanking"; a GST challan's NEFT / RTGS mandate is "netbanking"; a refund's Source - UPI / card is its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference (a card refund's ARN), then
  a bank reference (Bank Ref No., Bank Ref., Bank Reference No., Reference No., Txn Ref No., BRN, Bank reference No.,
  Bank Reference Number; a Bharat Connect Ref ID / BBPS Txn Ref; *settled*: a wire advice's Inward ref No. /
  Transaction reference, the bank's own reference), then a transaction / payment id (Transaction ID, Txn ID, Payment
  ID pay_... / ch_..., PayU ID, Easepay ID, Payout ID, Settlement ref, Refund ID, an app's own id, a GST or TDS
  challan's CIN; *settled*: a slip's COLLECT REQ ID), then an approval code (APPR CODE / AUTH CODE, Approval No.,
  Auth ID, Auth code), then an order's number (the store's Order No. / Order ID / Order number, a Bharat Connect
  page's Order ID), then a document's own number (Invoice No. / Inv. No. / Bill No. / Bill of supply No. / Memo No. /
  Receipt No. / Rcpt. No. / Voucher No. / Refund voucher No. / Credit note No. / No., INVOICE NO / BILL NO on a slip,
  Invoice # on a subscription, a licence fee's Receipt No., a GST challan's CPIN, a TDS challan's CRN; *settled*: an
  advice's Voucher No. / Payment voucher, the profession tax's GRN). *settled*: never an LR No., AWB No., Vehicle No.
  or Flight, a bill number inside an advice's lines or an advance's Rcpt number (Advance received (Rcpt ADV/...)), a
  credit note's Against bill, a wire's Export invoice or Purpose code, a refund page's Order or Original payment ID,
  a Licence No., Sy. No., Aadhaar, EC No. / RC No. or Head of account, a Vendor ID / Vendor code / Partner ID / Member
  code / Account ID / Store ID / Customer No., a consumer, connection, service or account number, a BSR Code or
  Challan No. on a TDS challan, a slip's MID, TID or BATCH NO, a PAN, TAN, GSTIN or IFSC, a cheque number, a card or
  mobile number, a UPI ID or VPA.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout155_families import (
    compose,
    counter_pos,
    decor_transfer,
    gifting_payouts,
    growers_transport,
    nursery_supplies,
    order_upi,
    refunds,
    rent_licences,
    saas_bills,
    shop_bills,
    tax_payments,
    utilities,
)

SPLIT = "heldout155"

FAMILIES: list[Family] = [
    ("order_upi", order_upi, SCREEN_FACES),
    ("decor_transfer", decor_transfer, SCREEN_FACES),
    ("counter_pos", counter_pos, SLIP_FACES),
    ("gifting_payouts", gifting_payouts, PAGE_FACES),
    ("shop_bills", shop_bills, BILL_FACES),
    ("growers_transport", growers_transport, PAGE_FACES),
    ("utilities", utilities, SCREEN_FACES),
    ("nursery_supplies", nursery_supplies, PAPER_FACES),
    ("saas_bills", saas_bills, SCREEN_FACES),
    ("refunds", refunds, PAGE_FACES),
    ("rent_licences", rent_licences, PAGE_FACES),
    ("tax_payments", tax_payments, PAGE_FACES),
]


def make_heldout155_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout155 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

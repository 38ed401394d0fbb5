"""heldout293: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kotpad handloom's year of 2026 in Kotpad, Koraput district, Odisha (Kotpad Aal
Bunakar Udyog, Shri Ghasiram Mirgan's proprietary firm, GSTIN 21AXQPM6137K1ZR, Udyam UDYAM-OD-12-0047318, with
his daughter-in-law Sasmita Mirgan, who keeps the web shop and its accounts: the Mirgan weavers of Mirgan
Sahi, Dambaru, Jayaram, Kamala, Lachhman, Padma, Bhagaban, Sukri and Hari Mirgan, soak their cotton yarn for
weeks in castor oil and ash, dye it with the bark of the aal root (Morinda) that Bhatra and Dhurua women dig
in the forests round Kotpad, in madder reds from a bright red to a maroon and, with iron, a brown-black, and
weave it on their pit looms into the unbleached cream cloth of Kotpad with its kumbha (temple-spire) borders
and its extra-weft fish, axes, crabs, temples and tortoises; its sarees with kumbha and deula borders, stoles,
dupattas, gamchhas, shawls, men's towels (tuval), cushion covers, table runners and yardage; its looms and dye
yard at Mirgan Sahi, Aal Tanta Ghar; its shop on Main Road, Jeypore, Kotpad Aal Kutir, with stall 128 in the
handloom pavilion of Cuttack's Bali Jatra; the web shop kotpadaal.in; Boyanika, Fabindia, Jaypore, TRIBES
India, a Mumbai loom studio, a Bhubaneswar resort, a Delhi textile studio and a Koraput women's society at
home, and natural-dye studios, shops and galleries in Britain, Sweden, Mexico, Australia, Singapore, Canada,
Hungary and America abroad), told by the proofs of payment it receives (buyers' Google Pay, Jupiter,
super.money, Kotak811, Freecharge, iMobile Pay and MobiKwik screens and BharatPe for Business on the shop's
phone; Boyanika's payment advice under its Odia name, Fabindia's remittance advice, RazorpayX's payout mail
for Jaypore, a Mumbai loom studio's NEFT returned on HDFC Bank's ENet, a Bhubaneswar resort's Odoo vendor
payment, TRIBES India's bill payment under process, a Delhi studio's Zoho Books payment made and a Koraput
women's society's Odia debit voucher; Barclays, Handelsbanken, BBVA México, Westpac, OCBC, TD Canada Trust,
OTP Bank and Citi for buyers in Bath, Gothenburg, Oaxaca, Fremantle, Singapore, Toronto, Budapest and
Asheville in pounds, kronor, pesos, Australian, Singapore and Canadian dollars, forint and US dollars; the
shop's tax invoice, the web shop's WooCommerce mail, PayU's failed page, the shop's Dukaan order, its order
slip for a wedding saree, Cashfree's pending payment link, the Bali Jatra stall's cash memo and the firm's
myBillBook payment receipt) and those it makes (an aal root gatherer's account in an Odia hand, the National
Handloom Development Corporation's yarn indent, a Jeypore oil mill's bill, a Bargarh loom fittings house's
invoice, Delhivery's booking, India Post's Speed Post counter receipt, IndiaMART's declined payment and a
Jeypore cloth bag maker's bill of supply; Canara ai1, Indian Bank's IndOASIS, Kotak, Central Bank's Cent
Mobile, Yes Bank's IRIS, IDBI Bank's GO Mobile+, FedMobile and Utkal Grameen Bank's debit advice for the loom
fittings house, the yarn corporation, the loom carpenter, the bag maker, the spinning mill, the oil mill, the
printer and the transporter; its weavers' wage book in Odia, RazorpayX Payroll's payslip, Bajaj Finserv, Union
Bank's Vyom, a dyeing master's receipt with its revenue stamp, IDFC FIRST Bank, Khatabook and a Dussehra bonus
voucher; Bharatkosh for the Textiles Committee, VAHAN's road tax, Kotpad Notified Area Council's trade
licence, the Divisional Forest Office's transit fee for the aal roots, ESIC, the Labour & ESI Department on
Odisha One, Koraput's District Administration's Parab stall and the Geographical Indications Registry; United
India's, Niva Bupa's, TATA AIG's, ACKO's, SBI Life's, National's, Care Health's and Cholamandalam MS's
premiums; cards on the shop's State Bank of India terminal, the Jatra stall's Paytm card machine and the
shop's Razorpay POS and the firm's card at a Koraput hotel, a Jeypore coffee house, a Berhampur dyes store, a
Borigumma dhaba and a Visakhapatnam packaging mart; TP Southern Odisha Distribution, Vi, Indane through
IndianOil ONE, the Public Health Engineering Organisation's water charges, Dish TV, Ortel, IDFC FIRST Bank's
FASTag and Tata Play; the banks' SMS, Utkal Grameen Bank's SMS in Odia, Kotak's mail, Federal Bank's alert in
a mail app's inbox and Yes Bank's alert on a smartwatch). One payment per page. Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout290's or heldout291's; where a kind of paper is one they also drew (a shop's tax invoice, a festival
stall's cash memo, a payslip, a share card, a bank's SMS in the region's language, a mail), it is drawn here
for another issuer in this set's own labels and marks; the families' docstrings list each one's labels). This
set draws kinds of row and page heldout290 and heldout291 do not: Odia lines in Noto Sans Oriya shaped by
Raqm, as a name over its English, a heading, a bank's SMS and an Odia hand's lines, sums and "received" or
"paid"; a form's field in a ruled box across the page, its English name small in the box's top left corner,
its Odia name small in its top right and the value under them (printed, or written by hand); a panel of Kotpad
cloth as a letterhead's emblem (the cream cotton woven with kumbha along its top and its foot in the aal red
and the iron's brown-black, two extra-weft motifs between them, a fish, an axe, a crab, a temple or a
tortoise, built pick by pick); a kumbha border as a divider; an outcome's ring drawn in a thin stroke with a
tick, a cross or an hourglass inside it (broken in dashes for a wait); a mail app's inbox rows (a badge with
the sender's initial, the sender, the hour, the subject, the preview) with a bank's alert among them; a
smartwatch's screen in its case with its crown and strap; the aal dye's stains in a page's margins; a page
photographed lying on a Kotpad saree. They draw beside them heldout269's to heldout289's rows (striped tables,
tables ruled on every side, dot leaders, shaded labels, labels against a gutter, hairline rows, tinted outcome
bands, tiles, tiles two to a row, values over their labels, copyable fields, notice boxes, a payment's stages
across the page, chat bubbles and a chat's day divider, hand-written fills and columns on a ruled page, sums
in boxes, a box for a thumb's impression (inked in violet, as heldout290's and heldout291's), oval stamps, a
revenue stamp, signatures, a torn roll).

* ``buyer_upi``: Google Pay's Completed under a ring's tick (the sum, "To" the payee over its UPI ID, the day
  and hour; labels small over their values: UPI transaction ID, From, Google transaction ID); Jupiter's
  Payment successful ("Today, <hour>"; "Paid to" over the payee; UPI Ref ID, Paid from as label and value on a
  line; no day); super.money's "money sent" in lower case ("sent to <payee>", "on <12 March 2026> at <hour>";
  tiles: UPI reference no., super.money txn ID); Kotak811's shared card (a ring's tick, Payment done, the sum,
  "to <payee>", the day and hour, "Paid via UPI"; no reference); Freecharge's Payment failed on a tinted band
  (the reason in a notice; a table ruled on every side: Freecharge Txn ID, UPI Ref No., Date, Paid from);
  ICICI's iMobile Pay Transaction successful (a striped table: Paid to, Amount, Transaction Date, UPI Ref.
  No., Remarks, Debit A/c); MobiKwik's Payment processing under a ring broken in dashes ("to <payee>", a
  warning's notice; labels small over their values two to a row: MobiKwik Txn ID, UPI Ref No.; Initiated on);
  BharatPe for Business on the shop's phone (the shop under the app, Payment Received, "from <buyer>"; shaded
  labels: UPI Ref No, Received on, Settlement). All new here.
* ``buyer_advices``: Boyanika's PAYMENT ADVICE under its Odia name (Advice No. beside Date, Supplier; a
  striped table GRN No. | GRN Date | Pieces | Value with its Less: TDS 194Q and Net payable; "The net amount
  of Rs. x has been credited to your account by RTGS (or NEFT), UTR ..., on <day>."); Fabindia's Remittance
  Advice mailed from its payables desk (Payment Number, Payment Date, Supplier Name, Supplier Number, Payment
  Method, Bank Reference in columns; a table ruled on every side Invoice Number | Invoice Date | Invoice
  Amount | TDS | Amount Paid; Total Amount Paid); RazorpayX's payout mail for Jaypore (Payout processed;
  Beneficiary, Amount, Mode, Payout ID, UTR, Purpose in dot leaders; no day); HDFC Bank's ENet with a Mumbai
  loom studio's NEFT failed on a tinted band (a table ruled on every side: Transaction Ref No., UTR,
  Beneficiary Name, Beneficiary A/c, Amount, Value Date, Status Returned, Return Reason); a Bhubaneswar
  resort's Vendor Payment in Odoo (the payment's stages across the page: Draft, In Process, Paid; shaded
  labels: Vendor, Amount, Date, Journal, Payment Method, Status, Bank Reference, Memo); TRIBES India's bill
  payment under process under a ring broken in dashes (a notice; Vendor, Bill No., Bill Amount, TDS, Net
  Amount, Mode, e-Payment ID, Released on in dot leaders); a Delhi studio's PAYMENT MADE printed from Zoho
  Books (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through as label and value on a
  line; Amount Paid large; Bill Number | Bill Date | Bill Amount | Payment Amount on hairline rows); a Koraput
  women's society's DEBIT VOUCHER under its Odia name (No. left blank; each field in a ruled box, its English
  name small at the left and its Odia at the right, the value written by hand: Date / ତାରିଖ, Paid to / ପ୍ରାପକ,
  Towards / ବିବରଣୀ, Amount / ରାଶି; "ନଗଦ ଦିଆଗଲା" (paid in cash) in an Odia hand; no reference). All new here.
* ``export_wires``: Barclays' International payment sent in pounds under a ring's tick ("to <beneficiary>",
  "Today, <hour>"; labels small over their values: Reference, Payment type, Fee; no day); Handelsbanken's
  Utlandsbetalning in kronor the Swedish way (Betalningen är genomförd / Payment completed on a tinted band;
  shaded labels in Swedish and English: Mottagare / Beneficiary, Belopp / Amount, Betalningsdag / Payment date
  year first, Referens / Reference, Avgift / Charges); BBVA México's transferencia internacional en proceso in
  pesos (a ring broken in dashes, "para / to <beneficiary>", a notice in Spanish and English; Fecha / Date,
  Folio, Tipo / Type as label and value on a line); Westpac's payment confirmation in Australian dollars (a
  tile's tick; Amount, Paid to, Bank, SWIFT code, Payment date, Receipt number in columns); OCBC's Overseas
  Funds Transfer successful in Singapore dollars (each value over its label: Transfer to, Transaction date,
  Transaction reference, Charges); TD Canada Trust's Global Money Transfer unsuccessful in Canadian dollars on
  a tinted band (the reason in a notice; Recipient, Amount sent, Date, Confirmation #, Transfer type in dot
  leaders); OTP Bank's shared card in forint (Átutalás teljesítve / Transfer completed, the sum,
  Kedvezményezett / To, Dátum / Date year first with dots; no reference); Citi's Global Transfer completed in
  US dollars (labels set to the right against a gutter: Amount, Recipient, Recipient Bank, SWIFT/BIC, Transfer
  Date month first, Reference Number, Fee). All new here.
* ``own_receipts``: Kotpad Aal Kutir's TAX INVOICE under a Kotpad cloth panel, its Odia name and a kumbha
  border (Invoice No. beside Date, Bill to; a table ruled on every side with CGST 2.5% and SGST 2.5%; Invoice
  Total; "Received: Rs. x by UPI (Ref ...)"); the web shop's WooCommerce mail ("Your order has been received",
  "[Order #n] (<day>)"; Product | Quantity | Price on hairline rows; Subtotal, Shipping, Payment method,
  Total; "Payment received via PayU"); PayU's Payment Failed for the web shop under a ring's cross (the reason
  in a notice; shaded labels: Merchant, Amount, Transaction ID, Order ID, Payment mode, Date & Time); the
  shop's order in Dukaan on its phone (the shop under the app, Order #, Payment received, the sum, "Paid
  online via UPI", UPI Ref, "Yesterday, <hour>"; no day); the shop's ORDER SLIP for a wedding saree under its
  Odia name (each field in a ruled box, its English name small at the left and its Odia at the right, the
  value written by hand: Order No. / ଅର୍ଡର ନଂ., Date / ତାରିଖ, Customer / ଗ୍ରାହକ, Saree / ଶାଢ଼ୀ, Advance
  received / ଅଗ୍ରିମ with its UPI Ref, Balance on delivery / ବାକି); Cashfree's payment link for the web shop
  with the payment pending under a ring broken in dashes (its sentence; Link ID, Amount, Payment method,
  Cashfree reference, Attempted on in dot leaders); the Bali Jatra stall's CASH MEMO under the shop's Odia
  name, photographed lying on a Kotpad saree (Date and Name written in, Item | Qty | Rs. written in its
  columns, Total, "ନଗଦ ପାଇଲି" (received in cash) in an Odia hand; no reference); the firm's PAYMENT RECEIPT
  from myBillBook (Payment In # beside Date, Received From; Amount Received, Payment Mode, Reference No.,
  Against Invoice in shaded labels; the sum in words). All new here.
* ``supplier_invoices``: An aal root gatherer's account written in an Odia hand in a ruled notebook (her name
  in Latin letters, ତାରିଖ and the day, the roots by the kilogram and the cleaned bark with their sums, ମୋଟ
  (total), "ନଗଦ ପାଇଲି" (received in cash), her thumb's impression in its box; no reference); the National
  Handloom Development Corporation's yarn indent with the payment under verification under a ring broken in
  dashes (a notice; a table ruled on every side: Indent No., Depot, Yarn, Amount, Mode, UTR, Submitted on,
  Status); a Jeypore oil mill's CASH / CREDIT BILL from its pad with its number printed (Date written in; the
  castor, til or mustard oil written in its columns, Total, "Paid by PhonePe, UTR ..." written in pen); a
  Bargarh loom fittings house's TAX INVOICE (Invoice No. beside its earlier Invoice Date; a striped table of
  reeds, healds, shuttles and bobbins with CGST 6% and SGST 6%; Total; "Paid by NEFT, UTR ..., on <day>");
  Delhivery's booking on the firm's phone (Booking confirmed, the sum, "Paid to" over Delhivery Ltd., Paid via
  UPI, "Yesterday, <hour>"; AWB, UPI Ref, From, To as label and value on a line; no day); India Post's SPEED
  POST counter receipt on a torn roll (Article No., Booking Date, Weight, Tariff, GST 18%, Total, Paid by UPI,
  RRN); IndiaMART's payment failed for dyeing vessels on a tinted band (the reason in a notice; Sold by, Order
  ID, Amount, Paid with, Payment ID, Attempted on in dot leaders); a Jeypore cloth bag maker's BILL OF SUPPLY
  (a composition dealer's note; Bill No. beside Date; Item | Qty | Rate | Amount on hairline rows; Total;
  "Received with thanks by UPI, Ref ..."). All new here.
* ``vendor_transfers``: Canara ai1's IMPS failed under a ring's cross ("to <payee>", the reason in a notice;
  IMPS Ref. No., Date & Time, From Account, Remarks as label and value on a line); Indian Bank's IndOASIS NEFT
  Transaction Successful (a table ruled on every side: Transaction Reference No., UTR, Beneficiary Name,
  Beneficiary Account, IFSC, Amount, Charges, Date, Status Processed); Kotak's UPI payment successful to the
  loom carpenter (a tile's tick; labels small over their values: Paid to, UPI ID, UPI Ref No., Date & time,
  From); Central Bank of India's Cent Mobile IMPS Transaction successful ("Today, <hour>"; shaded labels:
  Beneficiary, Amount, IMPS Ref No, Debit A/c; no day); Yes Bank's IRIS RTGS pending at the beneficiary's bank
  under a ring broken in dashes (a warning's notice; Beneficiary, Amount, UTR No., Initiated on, Mode in dot
  leaders); IDBI Bank's GO Mobile+ NEFT confirmation (labels set to the right against a gutter: Reference
  Number, UTR Number, Beneficiary, Amount, Transaction Date, Mode, Status); Federal Bank's FedMobile UPI
  receipt (the payee under Paid to; two to a row: UPI Ref No, Date; Remarks, From); Utkal Grameen Bank's DEBIT
  ADVICE printed at the branch in its printer's face under its Odia name (A/c Name, A/c No., Date, Particulars
  "NEFT TO <PAYEE>", Amount, Charges, Total Debited; "We have debited your account as above."; no reference).
  All new here.
* ``worker_pay``: The wage book written in an Odia hand in a ruled notebook (ମଜୁରି ଖାତା, ତାରିଖ and the day,
  the weaver's name in Latin letters, the sarees, wraps, yarn dyed and gamchhas with their sums, ମୋଟ (total),
  "ନଗଦ ଦେଲି" (paid in cash), the aal dye's stains; no reference); RazorpayX Payroll's payslip for the shop's
  staff (shaded labels: Employee, Employee ID, Designation, Pay period; Earnings | Amount | Deductions |
  Amount on hairline rows; Net Pay in a box; "Salary credited on <day> by NEFT, UTR ..."); Bajaj Finserv's UPI
  Payment Successful to a weaver (the payee under Paid to; tiles: UPI Ref No., Date; From); Union Bank's Vyom
  UPI payment pending under a ring broken in dashes ("to <weaver>", a warning's notice; a table ruled on every
  side: UPI Ref No, Transaction ID, Date & Time, Account); a dyeing master's RECEIPT typed on the firm's paper
  with a revenue stamp signed across ("Received from ... the sum of Rs. x/- ... for dyeing ... with aal root,
  paid by NEFT, UTR ..., on <day>."); IDFC FIRST Bank's UPI transfer failed to a weaver on a tinted band (the
  reason in a notice; each value over its label: UPI Ref No., Date, From account); Khatabook's entry on the
  firm's phone (the weaver under the app, "You gave" the sum, "Today, <hour> | Paid online (UPI)", UPI Ref; no
  day); a DUSSEHRA BONUS VOUCHER under the firm's Odia name and its Kotpad cloth panel (each field in a ruled
  box, its English name small at the left and its Odia at the right, the value written by hand: Voucher No. /
  ଭାଉଚର ନଂ., Date / ତାରିଖ, Paid to / ପ୍ରାପକ, Amount / ରାଶି, Paid by / ମାଧ୍ୟମ "UPI, Ref ..."; the weaver's
  thumb's impression). All new here.
* ``govt_fees``: Bharatkosh's e-receipt for the Textiles Committee's India Handloom Brand registration fee
  (Transaction Ref. No., Purpose, Controller, Depositor, Amount, Payment Mode, Payment Date, Status in a table
  ruled on every side); VAHAN's road tax for the firm's van failed on a tinted band (the reason in a notice;
  Application No., Vehicle No., Tax Mode, Amount, Bank Ref No., Transaction ID, Payment Mode, Date as label
  and value on a line); Kotpad Notified Area Council's trade licence receipt from its book under its Odia name
  (No. left blank; each field in a ruled box, its English name small at the left and its Odia at the right,
  the value written by hand: Date / ତାରିଖ, Received from / ଠାରୁ, On account of / ବାବଦ, Amount / ରାଶି; "ନଗଦ
  ପାଇଲି" (received in cash) in an Odia hand; an oval stamp; no reference); the Divisional Forest Office,
  Jeypore's MONEY RECEIPT for the transit permit of the aal roots (Receipt No. beside Date, Received from, the
  forest produce and its weight; Transit permit fee, Mode UPI, UPI Ref in dot leaders); ESIC's challan paid
  (shaded labels: Employer Code, Contribution Period, Challan No., Amount, Transaction Status, Bank
  Transaction No., Challan Submitted Date); the Labour & ESI Department's shop registration renewal in the
  Odisha One app ("Today, <hour>"; Payment successful, the sum; Application Ref, Bank Ref. No., Paid via; no
  day); Koraput's District Administration's Parab stall fee with the payment awaiting confirmation under a
  ring broken in dashes (a notice; a striped table: Stall No., Allottee, Period, Stall fee, Mode, Transaction
  ID, Initiated on); the Geographical Indications Registry's e-receipt for an authorised user of Kotpad
  Handloom Fabric (labels set to the right against a gutter: Receipt No., Form, GI Application No., Applicant,
  Fee, Payment mode, Bank Reference, Date). All new here.
* ``insurer_receipts``: United India Insurance's PREMIUM RECEIPT for the loom shed's Bharat Sookshma Udyam
  Suraksha policy (a table ruled on every side two fields to a row: Receipt No., Receipt Date; Policy No.,
  Period; Insured, Product; Premium, CGST 9%; SGST 9%, Total; "Received by NEFT, UTR ..."); Niva Bupa's
  renewal with the payment under verification under a ring broken in dashes (a notice; Proposal No., Premium,
  Payment mode, Transaction ID, Initiated on as label and value on a line); TATA AIG's van policy renewed (a
  tile's tick; tiles: Vehicle, Policy No.; copyable UPI Ref No and Payment ID; the day and hour); ACKO's
  payment failed for the shop's policy on a tinted band (the reason in a notice; each value over its label:
  Premium, Order ID, Card, Attempted on); SBI Life's mail of a premium received (its sentence; shaded labels:
  Policy No., Premium Due Date, Amount Received, Receipt No., Date of Payment, Mode, Transaction Ref No.);
  National Insurance's agent's receipt from his book under its Odia heading (No. left blank; each field in a
  ruled box, its English name small at the left and its Odia at the right, the value written by hand; "ନଗଦ
  ପାଇଲି" (received in cash) in an Odia hand; no reference); Care Health's PREMIUM RECEIPT (Receipt No.,
  Receipt Date, Policy, Insured, Net Premium, GST 18% in dot leaders; Total Premium; "Paid by Credit Card,
  Approval Code ..."); Cholamandalam MS's renewal in its app ("Today, <hour>"; Policy renewed, the sum, Policy
  No., Transaction ID, Paid via; no day). All new here.
* ``card_slips``: State Bank of India's slip at the shop (SALE; DATE, TIME, MID, TID, BATCH NO, INV NO, CARD,
  CARD TYPE, AUTH CODE, RRN, AMOUNT each a label and dots to its value; APPROVED; MERCHANT COPY); Paytm's card
  machine's print at the Bali Jatra stall in the Jatra's days (Card Sale, Date & Time, TID, Card, Auth Code,
  RRN, Amount, Transaction Successful); Kotak Mahindra Bank's slip at a Koraput hotel DECLINED (51
  INSUFFICIENT FUNDS); Federal Bank's slip at a Jeypore coffee house with its discount (BILL AMT, DISCOUNT,
  NET AMT, AUTH, RRN, APPROVED); Union Bank of India's slip at a Berhampur dyes and chemicals store (CARD
  SALE, DT/TM, TID / MID on a line, APPR CD, REF NO, TXN AMT, TRANSACTION APPROVED); a Borigumma dhaba's bill
  written by hand under its Odia name (Date written in; Item | Qty | Rs. in its columns, Total; "Card" and
  "ପେମେଣ୍ଟ ହେଲା" (paid) in an Odia hand; no reference); Razorpay POS on the shop's phone (the shop under the
  app, Card payment successful, the sum, the card, "Just now"; Auth code, RRN, Payment ID as label and value
  on a line; no day); BharatPe's slip at a Visakhapatnam packaging mart with the response timed out (TXN
  STATUS: PENDING, DO NOT REPEAT THIS TRANSACTION, CHECK WITH YOUR BANK BEFORE PAYING AGAIN). All new here.
* ``utility_bills``: TP Southern Odisha Distribution's quick pay receipt (a ring's tick; shaded labels:
  Consumer No., Consumer Name, Bill Month, Amount Paid, Transaction ID, Payment Mode, Payment Date); Vi's
  postpaid payment failed on a tinted band ("for <biller>", the reason in a notice; each value over its label:
  Vi number, Transaction ID, Card, Attempted on); IndianOil ONE's Indane refill paid ("to <biller>"; tiles:
  Booking No., Distributor; copyable UPI Ref No and Order ID; the day and hour); the Public Health Engineering
  Organisation's water charges receipt from its book under its Odia name (No. left blank; each field in a
  ruled box, its English name small at the left and its Odia at the right, the value written by hand: Date /
  ତାରିଖ, Connection / ସଂଯୋଗ, Period / ଅବଧି, Amount / ରାଶି; "ନଗଦ ପାଇଲି" (received in cash) in an Odia hand; no
  reference); Dish TV's recharge pending under a ring broken in dashes ("for <biller>", a notice; VC No.,
  Amount, Order ID, Initiated on, Mode in dot leaders); Ortel's mail of a broadband payment received (its
  sentence; a table ruled on every side: Customer ID, Plan, Receipt No., Payment Date, Mode, Transaction
  Ref.); IDFC FIRST Bank's FASTag recharged ("Today, <hour>"; Vehicle No., Tag Account, Transaction ID, Paid
  via as label and value on a line; no day); Tata Play's recharge receipt (labels set to the right against a
  gutter: Subscriber ID, Pack, Amount, Recharge Date, Payment Mode, Transaction ID, Auth Code). All new here.
* ``bank_alerts``: Utkal Grameen Bank's SMS in Odia in its messages thread under its day divider ("ପ୍ରିୟ
  ଗ୍ରାହକ, ଆପଣଙ୍କ ଖାତା XX1234 ରୁ ଟ.x UPI ମାଧ୍ୟମରେ <PAYEE> କୁ <dd-mm-yyyy> ରେ ଡେବିଟ୍ ହୋଇଛି। ସନ୍ଦର୍ଭ ସଂ. <ref>।
  ..."); SMS in Indian Bank's ("A/c *1234 debited Rs. x on <dd-Mon-yy> to <PAYEE> via NEFT. UTR ..."), Bank of
  India's ("Your RTGS txn of INR x to <PAYEE> on <dd/mm/yyyy> is under process at the beneficiary bank. UTR:
  ... Please do not repeat."), Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234 on
  <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y"; no reference) and IDBI Bank's ("IMPS
  transaction of Rs.x to <PAYEE> from A/c XXX1234 on <dd-mm-yyyy> has FAILED. Ref No ... Any amount debited
  will be reversed.") wordings; Kotak's mail ("Your account xx1234 has been debited with INR x on
  <dd-Mon-yyyy> towards IMPS to <PAYEE>. IMPS Ref No: ..."); Federal Bank's alert in a mail app's inbox among
  the morning's other mails (a badge with the sender's initial, the sender, the hour, the subject and the
  preview: "Rs.x debited from your A/c XX1234 on <dd-mm-yyyy> to <PAYEE> via UPI. UPI Ref ..."); Yes Bank's
  alert on a smartwatch ("Yes Bank" and "now"; "Rs.x debited from A/c XX1234 via UPI to <PAYEE>. UPI Ref ...";
  no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Oriya (regular and bold,
fonts-noto-core) for the Odia lines, labels and hand, an upright FreeSans for an Odia hand's figures and Latin
letters, an italic for the hand (``heldout293_families.PENS``) and a fixed-width face of the page's own
(``heldout293_families.TYPES``). The Bali Jatra stall's cash memo and card slip are drawn in the Jatra's days
(24 to 30 November 2026), the Parab stall's fee in the fortnight before Koraput Parab (10 December 2026), the
Dussehra bonus in the days before Dussehra (8 to 18 October 2026) and Citi's page on a day after the 12th; the
other days anywhere in 2026. GST is 5% on the cloth (CGST 2.5% and SGST 2.5%), 12% on the loom fittings (CGST
6% and SGST 6%) and 18% on the post and the premiums.

Truth conventions (heldout291's, heldout290's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  Google Pay's "To" (never its UPI ID), under Jupiter's "Paid to", after super.money's "sent to", after "to"
  on Kotak811, Freecharge and MobiKwik, iMobile Pay's Paid to; the shop, the firm, the proprietor's account as
  a bank's field cuts it where so printed (GHASIRAM MIRGAN PROP KOTPA); never the app, the payer, a UPI ID or
  "from <buyer>". *settled* (heldout268 to heldout291): a receiving business's own app pays the business named
  under the app, here the shop under BharatPe for Business. *settled* (heldout167 to heldout291): a payer's
  advice pays the one it pays, never the payer on top or a salutation; here Boyanika's Supplier (never
  Boyanika or its Odia name), Fabindia's Supplier Name (never its Supplier Number), RazorpayX's Beneficiary
  (never Jaypore or RazorpayX), HDFC ENet's Beneficiary Name (never the loom studio in its head), Odoo's
  Vendor (never the resort on top), TRIBES India's Vendor, Zoho Books' Paid To (never the studio on top), the
  society's Paid to / ପ୍ରାପକ written in (never the society or its Odia name). *settled* (heldout155 to
  heldout291): an inward wire pays the firm, here the name after "to" on Barclays, under OCBC's value over
  Transfer to, Handelsbanken's Mottagare / Beneficiary, after BBVA's "para / to", Westpac's Paid to, TD's
  Recipient, under OTP's Kedvezményezett / To, Citi's Recipient, never the remitter, its Betalare / Payer or
  the bank on top. *settled* (heldout175 to heldout291): the firm's own paper pays its shop or itself on top,
  here Kotpad Aal Kutir on its tax invoice (never its Odia line or the firm it is a unit of), its WooCommerce
  mail, its order slip and its Jatra cash memo (never the stall's line), the shop named as PayU's Merchant
  (never PayU), on top of Cashfree's link (never Cashfree), under Dukaan's bar, the firm on its myBillBook
  receipt (never Received From). A name in Odia over its English: the English line, never the Odia (*settled*,
  as heldout291's Hindi and heldout287's Bodo and Assamese). *settled* (heldout187 to heldout291): a
  supplier's name on top of its own paper, here the gatherer's name written in Latin letters on her account
  (never its Odia lines), the National Handloom Development Corporation, SRI LAXMI OIL MILL (never its M/s.),
  SAMBALPURI TANT SAMAGRI (never its Buyer), Delhivery Ltd. under Delhivery's "Paid to", INDIA POST on top of
  its roll, the seller after IndiaMART's Sold by (never IndiaMART), JEYPORE CLOTH BAG CENTRE. *settled*
  (heldout179 to heldout291): a banking page pays the payee, here after "to" on Canara ai1, IndOASIS'
  Beneficiary Name, the Beneficiary on Cent Mobile, IRIS and GO Mobile+, under Kotak's and FedMobile's Paid to
  (never the UPI ID), the debit advice's Particulars after "NEFT TO" (never its A/c Name). *settled*
  (heldout150 to heldout291): a pay slip pays the worker, here the Name written in the wage book (never its
  Odia heading), RazorpayX Payroll's Employee, under Bajaj Finserv's Paid to, after "to" on Vyom and IDFC
  FIRST Bank, the weaver under Khatabook's bar (never the firm beside the app), the voucher's Paid to / ପ୍ରାପକ
  written in (never the firm on top); *settled* (heldout284) a payee's own paper pays its writer, here the
  dyeing master whose name stands under his signature on his receipt (never the firm he received it from).
  *settled* (heldout153 to heldout291): a fee page pays the authority as printed, here Bharatkosh's Controller
  (never Bharatkosh or the Depositor), the Transport Department, Government of Odisha under VAHAN (never
  VAHAN), KOTPAD NOTIFIED AREA COUNCIL under its Odia name (never Received from), the Divisional Forest Office
  on top (never its Odia line), ESIC, the Labour & ESI Department named under Odisha One's bar (never Odisha
  One), the District Administration under its Odia name (never the Allottee), the Geographical Indications
  Registry (never its Applicant). *settled* (heldout199 to heldout291): an insurer's receipt pays the insurer
  on top (full or short as printed) or after "to" and "paid to" on an app, never Received from, the Insured or
  a salutation; here Niva Bupa, ACKO and Cholamandalam MS named under their bars. A slip's counter name line
  as printed (the shop, the Jatra stall, the hotel, the coffee house, the dyes store, the packaging mart),
  never *settled* the terminal's brand over it (STATE BANK OF INDIA, Paytm, KOTAK MAHINDRA BANK, FEDERAL BANK,
  UNION BANK OF INDIA, BharatPe); the shop under Razorpay POS; the dhaba on top of its bill (never its Odia
  line). A utility's biller: TPSODL on top, after "for" on Vi and Dish TV, after "to" on IndianOil ONE
  (Indane, never its Distributor), the Public Health Engineering Organisation under its Odia line, Ortel and
  Tata Play on top, IDFC FIRST Bank FASTag under the bank's bar. An SMS, mail, notification or inbox alert's
  payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop, read
  across its lines where it wraps): Indian Bank's "to <PAYEE> via", Bank of India's "to <PAYEE> on", Canara's
  "towards NEFT to <PAYEE>.", IDBI's "to <PAYEE> from", Kotak's "towards IMPS to <PAYEE>.", the inbox
  preview's "to <PAYEE> via", the watch's "via UPI to <PAYEE>."; *settled* (new here) the Odia SMS' "<PAYEE>
  କୁ" (to <PAYEE>), because Odia sets its case ending after the name as Hindi sets को after it (heldout291's
  "<PAYEE> को").

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout291): a payer's advice counts its net sum, here Boyanika's Net payable (its sentence the same;
  never a GRN's Value or its Less: TDS 194Q), Fabindia's Total Amount Paid (never an Invoice Amount or its
  TDS), RazorpayX's Amount, HDFC ENet's Amount, Odoo's Amount, TRIBES India's Net Amount (never its Bill
  Amount or TDS (194Q)), Zoho Books' Amount Paid (never a Bill Amount), the society's Amount / ରାଶି written
  in. *settled* (heldout155 to heldout291): an inward wire's foreign sum, here pounds (the pound's sign or
  GBP), kronor the Swedish way (60 640,00 SEK is 60640.00, *settled* heldout240 and heldout243), pesos with
  the dollar's sign and MXN ($67,150.00 MXN is 67150.00 MXN, never US dollars: heldout50's Mexican "$" is
  MXN), Australian dollars (A$ / AUD), Singapore dollars (S$ / SGD), Canadian dollars (C$ / CAD), forint whole
  with spaces between the thousands and Ft after it or HUF before it (1 839 000 Ft is 1839000.00 HUF,
  heldout16's "Ft" HUF), US dollars ($x USD or USD x); never Barclays' or Citi's Fee. *settled* (heldout175 to
  heldout291): a receipt counts the sum received, here the tax invoice's Invoice Total (never CGST 2.5% or
  SGST 2.5%), WooCommerce's Total (never Subtotal or Shipping), PayU's Amount, Dukaan's sum, Cashfree's
  Amount, the cash memo's Total written in, the myBillBook receipt's Amount Received; the order slip's Advance
  received, never its Balance on delivery (*settled* heldout289's advance receipt and heldout290's money
  receipt: only the advance changed hands that day). A whole sum closed with /- is that sum in whole rupees
  (heldout259). *settled* (heldout187 to heldout291): a supplier's paper counts the sum paid, here the
  gatherer's ମୋଟ (total) written in (never a line's sum), NHDC's Amount, the oil mill's Total written in, the
  loom fittings house's Total (never CGST 6% or SGST 6%), Delhivery's sum, India Post's Total (never Tariff or
  GST 18%), IndiaMART's Amount, the bag maker's Total. A banking page's sum; never IndOASIS' Charges or the
  debit advice's Charges or Total Debited (its Amount the transfer's). *settled* (heldout167 to heldout291): a
  pay slip's net sum, here the wage book's ମୋଟ written in, RazorpayX Payroll's Net Pay (never Gross, a
  deduction or its Total), the sums on Bajaj Finserv, Vyom, IDFC FIRST Bank and Khatabook (never its Balance
  due), the Rs. x/- in the dyeing master's sentence, the voucher's Amount / ରାଶି written in. A fee page's
  Amount, the sum large, Transit permit fee, Stall fee, Fee. An insurer's premium with its GST (*settled*),
  here United India's Total (never Premium, CGST 9% or SGST 9%), Care Health's Total Premium (never Net
  Premium or GST 18%), the sums on Niva Bupa, TATA AIG, ACKO and Cholamandalam MS, SBI Life's sum in its
  sentence (its Amount Received the same), National's Premium / ରାଶି written in. A slip's AMOUNT, Amount, TXN
  AMT, the dhaba's Total written in, Razorpay POS' sum large; a slip with a discount counts its NET AMT, never
  its BILL AMT or the DISCOUNT (as heldout262's BASE AMT: and TIP:, *settled*). A utility's Amount Paid, the
  sums large, the water receipt's Amount / ରାଶି written in, Dish TV's Amount, the sum in Ortel's sentence,
  Tata Play's Amount. An alert's sum debited as worded (grouped the Indian or the English way or not at all),
  never an Avl Bal or a Total Avail.bal. Currency INR but on the wires.

* status: as printed. Google Pay's Completed, Jupiter's Payment successful, super.money's "money sent",
  Kotak811's Payment done, iMobile Pay's Transaction successful, BharatPe's Payment Received successes;
  MobiKwik's Payment processing pending; Freecharge's Payment failed failed. A payer's own record of the
  payment made (*settled*, as heldout287's Tally voucher): Odoo's Status Paid with its stages, Zoho Books'
  PAYMENT MADE, the society's "ନଗଦ ଦିଆଗଲା" (paid in cash); Boyanika's "has been credited to your account",
  Fabindia's "the payment made to your bank account", RazorpayX's Payout processed (as heldout290's Status
  Processed) successes; TRIBES India's "Payment under process with the bank" pending (as heldout290's GeM and
  heldout289's PFMS); HDFC ENet's Transaction Failed (Status Returned) failed. A wire's Payment sent,
  Betalningen är genomförd / Payment completed, "Your international payment has been sent", Transfer
  successful, Átutalás teljesítve / Transfer completed, Transfer completed successes; BBVA's En proceso / In
  process pending; TD's Transfer unsuccessful (returned) failed. A receipt's "Received: ... by UPI", "Payment
  received via PayU", Dukaan's Payment received, the order slip's Advance received "by UPI, Ref", "ନଗଦ ପାଇଲି"
  (received in cash, as heldout291's "नकद प्राप्त"), the myBillBook receipt's Amount Received successes;
  Cashfree's Payment pending pending; PayU's Payment Failed failed. A supplier's "ନଗଦ ପାଇଲି", "Paid by
  PhonePe" written in, "Paid by NEFT", Delhivery's Booking confirmed, India Post's PAYMENT RECEIVED, "Received
  with thanks by UPI" successes; NHDC's Payment under verification pending (as heldout290's SBI General);
  IndiaMART's Payment failed failed. A banking page's Payment successful, Transaction successful (Status
  Processed), "NEFT request processed" (Status Success) successes; *settled* (new here) the branch's printed
  DEBIT ADVICE ("We have debited your account as above.") a success, because it reports the debit made for the
  transfer as a bank's debit alert does (*settled*: a debit alert a success); IRIS' Pending at beneficiary
  bank pending; Canara ai1's Transaction Failed failed. A pay slip's "ନଗଦ ଦେଲି" (paid in cash), "Salary
  credited on <day> by NEFT", Bajaj Finserv's Payment Successful, the dyeing master's "Received from ... paid
  by NEFT", Khatabook's "You gave" (a payer's own record, *settled*), the voucher's Paid by "UPI, Ref"
  successes; Vyom's Payment pending pending; IDFC FIRST Bank's Transfer failed failed. A fee page's Status
  Success, "ନଗଦ ପାଇଲି", the money receipt (a receipt with its Mode UPI and UPI Ref, as heldout290's Tourism
  receipt), Transaction Status Paid, Payment successful, the e-Receipt (a receipt with its bank's reference,
  as heldout288's Legal Metrology e-Receipt) successes; the Parab stall's Payment awaiting confirmation
  pending; VAHAN's Transaction Failed failed. An insurer's "Received by NEFT", Policy renewed, "We have
  received", "ନଗଦ ପାଇଲି", Care Health's "Paid by Credit Card, Approval Code" successes; Niva Bupa's Payment
  under verification pending; ACKO's Payment failed failed. A slip's APPROVED, Transaction Successful,
  TRANSACTION APPROVED, Card payment successful, the dhaba's "ପେମେଣ୍ଟ ହେଲା" (payment made) in the hand
  successes; DECLINED (51 INSUFFICIENT FUNDS) failed; BharatPe's RESPONSE TIMED OUT with its TXN STATUS:
  PENDING and DO NOT REPEAT THIS TRANSACTION pending (as heldout291's Ezetap HOST TIMEOUT and heldout290's TXN
  IN PROCESS). A utility's "Payment received. Thank you!", "Refill booked and paid", "ନଗଦ ପାଇଲି", Ortel's
  sentence, Recharge successful successes; Dish TV's Recharge pending pending; Vi's Payment failed failed.
  *settled*: an SMS, mail, business message or notification's debit alert a success whatever its bank's
  wording (here in Odia too, "ଡେବିଟ୍ ହୋଇଛି", has been debited); *settled* (new here) a bank's alert on a
  smartwatch is such an alert, because the watch only shows the phone's notification of the bank's message;
  *settled* (new here) a mail app's inbox row previewing a bank's alert mail is that alert, its sender the
  bank, and the inbox's other rows carry no fact, because each row is a mail of its own and only the bank's
  names a payment; Bank of India's "is under process at the beneficiary bank. ... Please do not repeat."
  pending (as heldout291's PNB "is awaiting settlement"); IDBI Bank's "has FAILED. ... Any amount debited will
  be reversed." failed.

* date: the day paid. A UPI screen's day and hour under Google Pay's payee, super.money's "on <day> at
  <hour>", Kotak811's, Freecharge's Date, iMobile Pay's Transaction Date, MobiKwik's Initiated on, BharatPe's
  Received on; Jupiter's "Today, <hour>" prints no day (*settled*). A payer's Date: at the head of Boyanika's
  advice (its sentence's "on <day>" the same; never a GRN Date), Fabindia's Payment Date (never an Invoice
  Date), HDFC ENet's Value Date, Odoo's Date, TRIBES India's Released on, Zoho Books' Payment Date (never a
  Bill Date), the society's Date / ତାରିଖ written in; RazorpayX's mail, its hour alone, prints no day
  (*settled*: never an e-mail's hour). A wire's Betalningsdag / Payment date year first (2026-04-09, as
  heldout270's Hana Bank year first), BBVA's Fecha / Date, Westpac's Payment date, OCBC's Transaction date,
  TD's Date (Sep 16, 2026), OTP's Dátum / Date year first with dots (2026.10.28. is 2026-10-28, *settled* (new
  here) its closing dot no part of the day, because Hungarian closes a date's figures with a full stop as it
  closes an ordinal; as heldout270's Hana Bank 2026.01.28), Citi's Transfer Date month first (10/19/2026 is
  2026-10-19, *settled* heldout272, drawn only on a day after the 12th); Barclays' "Today, <hour>" prints no
  day (*settled*). A receipt's Date:, WooCommerce's "[Order #n] (<day>)", PayU's Date & Time, the order slip's
  Date / ତାରିଖ written in, Cashfree's Attempted on, the cash memo's Date written in, the myBillBook receipt's
  Date; Dukaan's "Yesterday, <hour>" prints no day (*settled* heldout289's "Yesterday"). A supplier's ତାରିଖ
  written on the gatherer's account, NHDC's Submitted on, the oil mill's Date written in, the day in the loom
  fittings house's "Paid by NEFT ... on <day>" (never its Invoice Date, *settled* heldout284's Marg), India
  Post's Booking Date, IndiaMART's Attempted on, the bag maker's Date; Delhivery's "Yesterday, <hour>" prints
  no day. A banking page's Date & Time, Date, Date & time, Initiated on, Transaction Date, the debit advice's
  Date; Cent Mobile's "Today, <hour>" prints no day. A pay slip's ତାରିଖ in the wage book, the day in "Salary
  credited on <day>" (never its Pay period), Bajaj Finserv's Date, Vyom's Date & Time, the day in the dyeing
  master's "on <day>", IDFC FIRST Bank's Date, the voucher's Date / ତାରିଖ written in; Khatabook's "Today,
  <hour>" prints no day. A fee page's Payment Date, Date, the Date / ତାରିଖ written in, the money receipt's
  Date:, ESIC's Challan Submitted Date (never its Contribution Period), the Parab stall's Initiated on (never
  the Parab's Period), the e-Receipt's Date; Odisha One's "Today, <hour>" prints no day. An insurer's Receipt
  Date (never United India's Period), Initiated on, the day and hour on TATA AIG, Attempted on, Date of
  Payment (never SBI Life's Premium Due Date), the Date / ତାରିଖ written in; Cholamandalam MS's "Today, <hour>"
  prints no day. A slip's DATE, Date & Time, DT:, the dhaba's Date written in; Razorpay POS' "Just now" prints
  no day (*settled* heldout291's SmartHub Vyapar). A utility's Payment Date (never a Bill Month), Attempted
  on, the day and hour on IndianOil ONE, the Date / ତାରିଖ written in (never the water receipt's Period),
  Initiated on, Payment Date, Recharge Date; IDFC FIRST Bank's FASTag "Today, <hour>" prints no day. The
  alerts' "<dd-mm-yyyy> ରେ" (on <day>, in Latin figures as the bank sends them, as heldout291's Hindi "को"),
  "on <dd-Mon-yy>", "on <dd/mm/yyyy>", "on <dd-mm-yyyy>", Kotak's "on <dd-Mon-yyyy>", the inbox preview's "on
  <dd-mm-yyyy>" (the inbox's hours the mails' own); the watch's "now" prints no day (*settled* heldout279).
  All numeric days here are day first (heldout251, heldout259) but Handelsbanken's and OTP's year first and
  Citi's month first. *settled*: never a Period, a Pay period, a Contribution Period, a Bill Month, a Due
  date, an invoice's, a bill's or a GRN's day, an e-mail's or an inbox's hour, the day inside a UTR
  (heldout210) or inside an app's, a portal's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Boyanika's NEFT or RTGS, Fabindia's EFT (NEFT),
  RazorpayX's IMPS, HDFC ENet's NEFT, Odoo's Manual (NEFT), TRIBES India's NEFT, Zoho Books' Bank Transfer
  (NEFT); the myBillBook receipt's NEFT; NHDC's and the loom fittings house's NEFT; the banking pages but
  Kotak's and FedMobile's UPI; RazorpayX Payroll's and the dyeing master's NEFT; Bharatkosh's, ESIC's and the
  GI Registry's Net Banking; United India's NEFT, SBI Life's and Cholamandalam MS's Net Banking; Ortel's Net
  Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way (*settled*: Barclays' International
  payment (SWIFT), Handelsbanken's Delad / Shared (SHA), BBVA's Tipo / Type SWIFT, Westpac's SWIFT code,
  OCBC's Shared (SHA) via SWIFT, TD's Wire (SWIFT), OTP's SWIFT / nemzetközi átutalás, Citi's transfer to the
  Recipient Bank). UPI for the UPI screens, BharatPe's "from <buyer> (<UPI ID>)", the tax invoice's "by UPI",
  WooCommerce's UPI (PayU), Dukaan's "Paid online via UPI", the order slip's "by UPI", Cashfree's UPI; the oil
  mill's "by PhonePe" (*settled* heldout276), Delhivery's, India Post's UPI (QR) and the bag maker's UPI;
  Kotak's and FedMobile's UPI; Bajaj Finserv, Vyom, IDFC FIRST Bank, Khatabook's "Paid online (UPI)" and the
  voucher's UPI; the forest office's, Odisha One's and the Parab stall's UPI; Niva Bupa's and TATA AIG's UPI;
  TPSODL's, IndianOil ONE's, Dish TV's and the FASTag's UPI; the UPI alerts. Card for PayU's Credit Card,
  IndiaMART's Debit card, VAHAN's Debit Card (SBI ePay), ACKO's and Care Health's credit cards, the slips,
  Razorpay POS and the dhaba's "Card" written in, Vi's Debit card and Tata Play's Credit card. Cash for the
  society's "ନଗଦ ଦିଆଗଲା", the cash memo's, the gatherer's, the Notified Area Council's, the agent's and the
  water receipt's "ନଗଦ ପାଇଲି", the wage book's "ନଗଦ ଦେଲି".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout291): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay's UPI transaction ID, Jupiter's UPI Ref ID, super.money's
  UPI reference no., Freecharge's UPI Ref No., iMobile Pay's UPI Ref. No., MobiKwik's UPI Ref No., BharatPe's
  UPI Ref No, a UTR in a sentence, Fabindia's Bank Reference, RazorpayX's UTR, HDFC ENet's UTR, Odoo's Bank
  Reference, Zoho Books' Reference Number, the tax invoice's Ref, Dukaan's UPI Ref, the order slip's Ref, the
  myBillBook receipt's Reference No., the oil mill's UTR in pen, NHDC's UTR, Delhivery's UPI Ref, India Post's
  RRN, the bag maker's Ref, the banking pages' IMPS Ref. No., UTR, UPI Ref No., IMPS Ref No, UTR No., UTR
  Number, the payslip's UTR, the UPI Ref Nos, Khatabook's UPI Ref, the voucher's Ref, the forest office's UPI
  Ref, United India's UTR, TATA AIG's UPI Ref No, a slip's RRN or REF NO, IndianOil ONE's UPI Ref No, the
  alerts' ସନ୍ଦର୍ଭ ସଂ. (reference no.), UTR, UTR:, Ref No, IMPS Ref No:, UPI Ref), then a bank reference (HDFC
  ENet's Transaction Ref No. (below its UTR), Barclays' Reference, Handelsbanken's Referens / Reference,
  BBVA's Folio (the bank's own number for the transfer, as a bank reference), Westpac's Receipt number, OCBC's
  Transaction reference, Citi's Reference Number, IndOASIS' Transaction Reference No., IDBI's Reference
  Number, VAHAN's Bank Ref No., ESIC's Bank Transaction No., Odisha One's Bank Ref. No., the GI Registry's
  Bank Reference), then a transaction / payment id (Google transaction ID, Freecharge Txn ID, MobiKwik Txn ID,
  super.money txn ID, TRIBES India's e-Payment ID, TD's Confirmation # (as heldout290's Confirmation number),
  PayU's Transaction ID, Cashfree reference, IndiaMART's Payment ID, Vyom's Transaction ID, Bharatkosh's
  Transaction Ref. No., VAHAN's Transaction ID, the Parab stall's Transaction ID, Niva Bupa's, TATA AIG's
  Payment ID, SBI Life's Transaction Ref No., Cholamandalam MS's Transaction ID, Razorpay POS' Payment ID,
  TPSODL's, Vi's, Ortel's Transaction Ref., the FASTag's and Tata Play's Transaction ID; *settled* (new here)
  RazorpayX's Payout ID (pout_...), because it numbers the payout itself, as heldout291's Settlement ID
  numbers a disbursement), then an approval code (AUTH CODE, Auth Code, AUTH, APPR CD, Auth code, Care
  Health's Approval Code, Tata Play's Auth Code), then an order's number (WooCommerce's Order #, PayU's Order
  ID, Dukaan's Order #, NHDC's Indent No., IndiaMART's Order ID, ACKO's Order ID, IndianOil ONE's Booking No.
  (*settled* heldout280) and Order ID, Dish TV's Order ID; *settled* (new here) Cashfree's Link ID, because
  the payment link stands for the web shop's order it collects), then a document's own number (Boyanika's
  Advice No. (*settled*, a Payment advice No.), Fabindia's Payment Number and Odoo's PBNK1/... (*settled*
  heldout281's Payment Number), Zoho Books' Payment#, the tax invoice's Invoice No., the order slip's Order
  No., the myBillBook receipt's Payment In #, the oil mill's No. printed, the loom fittings house's Invoice
  No., the bag maker's Bill No., the voucher's Voucher No., the forest office's Receipt No., ESIC's Challan
  No., Odisha One's Application Ref, the GI Registry's Receipt No., United India's, SBI Life's and Care
  Health's Receipt No., Ortel's Receipt No., a slip's INV NO / INVOICE / INV / INVOICE NO). *settled*: never a
  card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, a
  Policy No., Proposal No., Consumer No. (the water receipt's Connection as one), VC No. (as a Smart Card
  No.), Subscriber ID, Customer ID, Tag Account, Vehicle No., Employee ID, Employer Code, an Application No.
  (VAHAN's, the GI Application No.), a Stall No., a slip's TID / MID / BATCH NO, a No. left blank, a bill or
  document named on an advice or a receipt (Fabindia's Invoice Number, Zoho Books' Bill Number, TRIBES India's
  Bill No., the myBillBook receipt's Against Invoice), a Supplier Number (as a vendor number), Delhivery's AWB
  and India Post's Article No. (as an AWB, *settled* heldout274), an agent's Code (as heldout291's Oriental
  agent's); *settled* (new here) never Boyanika's GRN No., because it numbers the goods receipt note of the
  cloth it took in, not the payment (a treasury's GRN, *settled*, numbers the payment itself)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout293_families import (
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
    check_faces,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout293"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout290's and heldout291's: the screens in
# Liberation Sans (liberation2), Noto Sans Display, DejaVu Sans, FreeSans and Noto Sans; the pages in Noto
# Serif, DejaVu Sans Condensed, Liberation Serif (liberation), FreeSerif, Liberation Sans (liberation) and
# Noto Sans Display; the firm's, its suppliers' and its people's papers in DejaVu Serif, Liberation Sans
# (liberation2), Noto Serif Display, FreeSerif and Liberation Sans Narrow; the slips in four monos; beside
# them Noto Sans Oriya (regular and bold, fonts-noto-core) for the Odia lines, labels and hand, an upright
# FreeSans for an Odia hand's figures, a pen's italic (``heldout293_families.PENS``) and a page's own
# fixed-width face (``heldout293_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout293_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout293 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

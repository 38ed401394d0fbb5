"""heldout291: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a khatwa (appliqué patchwork) workshop's year of 2026 in Phulwari Sharif, Patna,
Bihar (Phulwari Khatwa Shilp Udyog, Smt. Sarita Devi's proprietary firm, GSTIN 10AQZPD4827L1Z6, Udyam
UDYAM-BR-26-0072314, with her daughter Nandini Kumari, who keeps the web shop and its accounts: its women,
Rubi Khatoon, Meena Devi, Shabnam Parveen, Pushpa Kumari, Lalita Devi, Gudiya Kumari, Tarannum Ara and Sunaina
Devi, with its master cutter Md. Ishtiyaq Ansari, fold and cut shapes of trees, birds, fish, elephants and
lotuses from coloured cotton in the old way of Bihar's tent makers, lay them on a ground cloth of madder red,
indigo, turmeric, leaf green or unbleached cream and hem every edge down by hand; its shamiana canopies with
the tree of life, qanat panels with elephants, wall hangings (the tree of life, a Chhath ghat), bedcovers with
birds and lotuses, cushion covers, table runners with peacocks, dupattas with an appliqué border, tote bags
and coasters; its workshop at Issopur, Khatwa Silai Ghar; its shop on Budh Marg, Patna, Khatwa Kala Kunj, with
stall 22 at the Rajgir Mahotsav's Shilp Haat; the web shop khatwakalakunj.in; tent houses, decorators, a
hotel, a temple trust, Bihar Museum through GeM, a Delhi furnishing house and a Kolkata export house at home,
and shops and collectors in Mauritius, Trinidad, South Africa, Japan, Switzerland, New Zealand, Germany and
America abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm, BHIM, Amazon Pay, CRED,
Navi and YONO SBI screens and Paytm for Business on the shop's phone; a Delhi furnishing house's SAP payment
advice, a Bodh Gaya hotel's QuickBooks bill payment, a Patna tent house's NEFT rejected on SBI's corporate
banking, a Patna decorator's Vyapar payment-out, GeM's payment status for Bihar Museum, Amazon Seller
Central's disbursement, Shri Mahavir Mandir Nyas' bilingual voucher and a Kolkata export house's TallyPrime
payment advice; MCB, Wells Fargo, SMBC, Zürcher Kantonalbank, Republic Bank, Kiwibank, FNB and Sparkasse
KölnBonn for buyers in Port Louis, Edison, Kyoto, Zurich, Chaguanas, Auckland, Durban and Cologne in Mauritian
rupees, US dollars, yen, Swiss francs, Trinidad and Tobago dollars, New Zealand dollars, rand and euros; the
shop's tax invoice, the Mahotsav stall's cash memo, the web shop's Shopify mail, Instamojo's failed page, the
shop's GoFrugal bill, its WhatsApp Business chat, CCAvenue's awaited payment and the firm's money receipt for
a tent house's canopy) and those it makes (a Patna cloth merchant's rough bill in Hindi with its cutting of
cloth, a thread house's Swipe invoice, udaan's order under confirmation, a Bhagalpur weavers' invoice, Amazon
Business' declined checkout, Blue Dart's counter receipt, a sewing machine dealer's WhatsApp Business chat and
Vistaprint's mail; OnlineSBI, PNB ONE, BOI Mobile, Dakshin Bihar Gramin Bank's passbook, HDFC Bank
MobileBanking, UCO mBanking Plus, IndusMobile and mBandhan for the thread house, the cloth merchant, the
weavers, the transporter, the press, the sewing machine dealer, the packaging house and the web studio; its
artisans' wage packet, greytHR's payslip, Airtel Thanks, a bilingual wage receipt, bob World, slice, a
WhatsApp payment and a Chhath festival advance receipt; Patna Municipal Corporation's holding tax, the Labour
Resources Department's shop registration, EPFO on UMANG, the Income Tax Department's advance tax, Bihar
Bhumi's land rent, the GST portal, the Department of Tourism's Mahotsav stall and Nagar Parishad Phulwari
Sharif's trade licence; Digit's, Star Health's, New India's, HDFC ERGO's, LIC's, Oriental's, ICICI Lombard's
and SBI General's premiums; cards on the shop's Pine Labs, the Mahotsav stall's Ezetap and the shop's SmartHub
Vyapar and the firm's card at a Bodh Gaya hotel, a Patna fabric mall, a restaurant, a hardware store and a
sweet shop; SBPDCL, BSNL Bharat Fibre, Jio, a drinking water supplier's card, Sun Direct, SBI FASTag, Airtel
and Bharat Gas; the banks' SMS, Dakshin Bihar Gramin Bank's SMS in Hindi, HDFC Bank's mail, ICICI Bank's
business message and Axis Bank's heads-up notification). One payment per page. Each family: six successes, one
failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout288's or heldout289's, near ones noted: Airtel's postpaid bill in the Airtel Thanks app, where
heldout288 drew Airtel DTH's recharge in that app; WhatsApp Business chats and a WhatsApp payment card, where
heldout288 and heldout289 drew Federal Bank's WhatsApp banking; Axis Bank's heads-up notification, where
heldout289 drew Axis Bank's mail; the families' docstrings list each one's labels). This set draws kinds of
row and page heldout288 and heldout289 do not: Hindi lines in Noto Sans and Noto Serif Devanagari shaped by
Raqm (heldout287's), as a name over its English, a heading, a bank's SMS and a Hindi hand's lines, sums and
"received" or "paid"; a bilingual field's Hindi label over its English small at the left, its value at the
right (printed, or written by hand) with dot leaders between; a municipal council's Urdu name (heldout277's);
khatwa's tree of life as a letterhead's emblem (a trunk and branches, pointed leaves, a flower at its top and
two birds at its foot cut from cloths of other colours on a square of the ground with its border, every piece
hemmed down with running stitches); a shamiana's jhalar as a divider (a band of the ground and its hanging
scallops in two cloths, a white flower laid on each, stitched); an outcome's round icon (a tick, a cross or a
clock's hands) at the left of its words; a wage packet of brown kraft paper with its flap folded down in a V;
a pinked cutting of the cloth bought stapled to a bill; a thumb's inked impression in its box; a page
photographed lying on a khatwa bedcover; a business message's rich card with its suggested replies; a heads-up
notification over a gallery of khatwa photographs; a passbook page in its printer's face with its B/F and C/F
lines; a receipt book's receipt and its counterfoil either side of the perforation; a payment tracker's stops
down the page; a month's days in boxes with the jars left each day; a table ruled on every side two fields to
a row; labels small over their values two to a row; a rectangular PAID stamp and a round rubber stamp. They
draw beside them heldout269's to heldout287's rows (striped tables, tables ruled on every side, dot leaders,
hairline rows, rounded cards, tiles two to a row, notice boxes, outcome tiles, copyable fields, chat bubbles
and a chat's day divider, hand-written fills and columns on a ruled page, sums in boxes, signatures, a torn
roll).

* ``buyer_upi``: PhonePe's Transaction Successful at the left under its bar (the hour "on" the day; "Paid to"
  over the payee and the sum on one line; Transfer Details: Transaction ID, Debited from, "UTR:"); Paytm's
  Paid Successfully under the sum ("To:" the payee, the day and hour; "UPI Ref. No: ... | Order ID: ..." run
  together on one small line; From); BHIM's share image (the outcome, the sum, "Paid to", the day and hour,
  "Sent with BHIM UPI"; no reference); Amazon Pay's Payment pending ("Paying to", a warning's notice; a table
  ruled on every side: Amazon Pay Txn ID, UPI Ref No, Initiated on); CRED's dark "payment successful" in lower
  case ("to <payee>"; labels small over their values two to a row: cred txn id, utr; paid via); Navi's Payment
  failed (the reason in a notice; Transaction ID, UPI Ref No, Date & time, Paid from as label and value on a
  line); YONO SBI's "Your transaction is successful" (a table ruled on every side: Beneficiary Name, Amount,
  Transaction Reference Number, Date & Time, Debit Account, Remarks); Paytm for Business on the shop's phone
  (the shop under the app, Payment Received, "from <buyer>", "Today, <hour>"; UPI Ref. No., Order ID, Settles
  to; no day). All new here.
* ``buyer_advices``: A Delhi furnishing house's PAYMENT ADVICE NOTE mailed from SAP (its sentence; Payment
  Document, Posting Date, Vendor, Payment Method, Bank Reference in columns; a table ruled on every side
  Invoice Ref. | Inv. Date | Gross | TDS 194Q | Net; Net Amount Paid); a Bodh Gaya hotel's BILL PAYMENT from
  QuickBooks (Payee, Payment date, Payment account, Method, Ref no. as label and value on a line; Bill no. |
  Due date | Original amount | Payment on hairline rows; Total); SBI's Corporate Internet Banking with a tent
  house's NEFT rejected by the beneficiary's bank (the outcome at the left; a table ruled on every side under
  its heading: Reference No., UTR No., Beneficiary, Account No., Amount, Date, Status Returned, Reason); a
  Patna decorator's Payment-Out shared from Vyapar ("Paid to" over the payee, "2 days ago"; Receipt No.,
  Payment Type, Ref No., Description; no day); GeM's payment status for Bihar Museum's order (a striped table:
  Order ID, Buyer Organisation, Seller, Invoice No., Amount Paid, Payment Date, UTR, Payment Status); Amazon
  Seller Central's disbursement processing (the outcome at the left, a notice; Seller, Settlement ID,
  Settlement period, Disbursement amount, Initiated on, Deposit to in dot leaders); a temple trust's PAYMENT
  VOUCHER under its Hindi name (each field's Hindi label over its English at the left, the value written by
  hand at the right: दिनांक / Date, भुगतान पाने वाला / Paid to, विवरण / Towards, राशि / Amount; "नकद भुगतान
  किया" (paid in cash) in a Hindi hand; no reference); a Kolkata export house's Payment Advice printed from
  TallyPrime (To, the firm; "We have made a payment of Rs. x through NEFT, UTR ..., on <day> against the bills
  below."; Bill Ref. | Bill Date | Amount on hairline rows; Total). All new here.
* ``export_wires``: MCB Juice's Transfer successful in Mauritian rupees (the outcome at the left, "to
  <beneficiary>", "Today, <hour>"; labels small over their values: Beneficiary bank, Transfer type, Reference,
  Charges; no day); Wells Fargo's wire in review in US dollars (a notice; Amount, Recipient, Recipient bank,
  SWIFT/BIC, Send on month first, Tracking ID, Wire fee as label and value on a line); SMBC's OVERSEAS
  REMITTANCE RECEIPT (REMITTER'S COPY) in yen (a table ruled on every side two fields to a row: Remittance
  No., Value Date year first; Remitter, Currency / Amount; Beneficiary, Charges; Beneficiary Bank, Commission;
  "We have remitted the amount above by SWIFT as instructed."); Zürcher Kantonalbank's eBanking
  Zahlungsbestätigung in Swiss francs the Swiss way (Ausgeführt / Executed; German and English labels in
  columns: Betrag / Amount, Begünstigter / Beneficiary, Bank, Ausführungsdatum / Execution date, Referenz /
  Reference, Spesen / Charges); Republic Bank's share card in Trinidad and Tobago dollars (Transfer complete,
  the sum, "to <beneficiary>", "on <14th August 2026>"; no reference); Kiwibank's international payment
  tracker in New Zealand dollars (the sum, Credited to the beneficiary, the payment's stops down the page:
  Sent from Kiwibank, Passed on by JPMorgan Chase, Credited by State Bank of India; Sent on, Kiwibank
  reference, UETR, Payment type); FNB's international payment unsuccessful in rand the South African way (the
  reason in a notice; Date year first, Reference, Payment type); Sparkasse KölnBonn's Auslandsüberweisung
  ausgeführt in euros the German way (Empfänger, Bank des Empfängers, Betrag, Ausführungstag, Referenz,
  Entgelt in dot leaders). All new here.
* ``own_receipts``: Khatwa Kala Kunj's TAX INVOICE under a khatwa tree of life, its Hindi name and a
  shamiana's jhalar (Invoice No. beside Date, Customer; a striped table with CGST 2.5%, SGST 2.5%; Grand
  Total; "Payment: UPI, Ref ..."); the Rajgir Mahotsav stall's CASH MEMO from its book under the shop's Hindi
  name, photographed lying on a khatwa bedcover (Date and Name written in, Item | Qty | Rs. written in its
  columns, Total, "नकद प्राप्त" (cash received) in a Hindi hand; no reference); the web shop's Shopify order
  confirmation mail (Order #, "placed on <day>", the pieces on hairline rows, Subtotal, Shipping, Total,
  Payment method, Payment status Paid); Instamojo's Payment Failed for the web shop (the reason in a notice;
  Amount, Payment ID, Payment method, Date & time as label and value on a line); the shop's bill on a thermal
  roll from GoFrugal (Bill No, Date, Item | Qty | Amt, TOTAL, CARD, APPR, "PAID BY CARD"); the shop's WhatsApp
  Business chat with a buyer (Business account, a "Today" divider, its message bubble: Payment received, the
  sum "for order #n", UPI Ref; no day); CCAvenue's Payment awaited for the web shop (its sentence; a table
  ruled on every side: Merchant, Order No., Tracking ID, Amount, Payment mode, Date & time); the firm's MONEY
  RECEIPT from its book with its counterfoil (No., Date, From / Received from, Rs. / the sum of Rs., By / by
  NEFT, UTR, For / towards written in on both sides of the perforation; Rs. in a box). All new here.
* ``supplier_invoices``: A Patna cloth merchant's कच्चा बिल (rough bill) on its printed pad, written in a
  Hindi hand (दिनांक and the day, the malmal, poplin, cambric, latha, khadi and casement by the metre with
  their sums, कुल (total), "नकद प्राप्त" (cash received)), a cutting of the poplin stapled to it; no
  reference); a thread house's TAX INVOICE made in Swipe (Invoice # beside its earlier Invoice Date and Place
  of Supply in columns; a table ruled on every side; GST 5%; Total; "Amount received: Rs. x by UPI on <day>,
  UTR ..."); udaan's order with the payment under confirmation (the outcome at the left, Sold by, a warning's
  notice; labels small over their values two to a row: Order ID, Amount; Payment mode, UPI Ref; Initiated); a
  Bhagalpur weavers' INVOICE under its Hindi name (Bill No. beside its earlier Date; a table ruled on every
  side; Total; "Received by NEFT, UTR ..., on <day>" written in pen; a rectangular PAID stamp); Amazon
  Business's payment declined (the reason in a notice; Sold by, Order, Order total, Paid with, Attempted on in
  dot leaders); Blue Dart's counter receipt on a torn roll (AWB NO, PICKUP DATE, ORIGIN, DESTN, PCS, CHRG WT,
  FREIGHT, FSC, GST 18%, TOTAL AMT, MODE UPI, TXN REF, PAYMENT RECEIVED); a Patna sewing machine dealer's
  WhatsApp Business chat (Business account, a "Yesterday" divider, its message bubble: Payment received with
  thanks, the sum "for invoice ...", UPI Ref; no day); Vistaprint's order confirmation mail (Order number,
  Order date, Payment, the hang tags and cards on hairline rows, GST 18%, Total). All new here.
* ``vendor_transfers``: OnlineSBI's NEFT e-Receipt (the outcome at the left; a table ruled on every side under
  its heading: Reference No., UTR No., Debit Account, Beneficiary Name, Beneficiary Bank / IFSC, Amount,
  Commission, Transaction Date, Payment Mode, Status Completed); PNB ONE's IMPS failed (the reason in a
  notice; IMPS Ref No., Transaction Date, From A/c, Remarks as label and value on a line); BOI Mobile Omni
  Neo's RTGS processed (labels small over their values: Beneficiary, Amount and Mode two to a row, UTR No.,
  Date & Time); Dakshin Bihar Gramin Bank's passbook page printed in its printer's face under the bank's Hindi
  name (DATE, PARTICULARS, WITHDRAWAL, DEPOSIT, BALANCE with its B/F line, the "NEFT-<PAYEE>" line and the C/F
  line; no reference); HDFC Bank MobileBanking's Transaction successful ("Today, <hour>"; "to <payee>";
  Reference No., Debited from, Remarks; no day); UCO mBanking Plus' UPI Payment Successful ("Paid to" over the
  payee and its UPI ID; UPI Ref No, Date, From in dot leaders); IndusMobile's NEFT under process (a warning's
  notice; a table ruled on every side: Beneficiary, Amount, Mode, Reference No., Initiated on); mBandhan's
  Fund transfer successful under a tile ("to <payee>"; labels small over their values two to a row: IMPS Ref,
  Date; From A/c). All new here.
* ``worker_pay``: A wage packet of brown kraft paper under Khatwa Silai Ghar's Hindi name (मजदूरी / WAGES;
  each field's Hindi label over its English at the left, the value written by hand at the right: नाम / Name,
  काम / Work, दिनांक / Date, राशि / Amount; "नकद प्राप्त किया" (received in cash) in a Hindi hand; a box for
  her thumb's impression; no reference); greytHR's payslip for the shop's staff (a table ruled on every side
  two fields to a row; Earnings | Amount | Deductions | Amount; Net Pay; the sum in words; "Paid on <day> by
  NEFT, UTR ..."); Airtel Thanks' UPI payment failed to an artisan (the reason in a notice; UPI Ref. No.,
  Date, From as label and value on a line); a bilingual WAGE RECEIPT (मजदूरी रसीद) under the firm's Hindi name
  and its tree of life, photographed lying on a khatwa bedcover (each field's Hindi label over its English,
  the value written by hand: रसीद सं. / Receipt No., दिनांक / Date, प्राप्तकर्ता / Received by, काम / For,
  राशि / Amount, भुगतान / Paid by "UPI, Ref ..."; the box for her thumb's impression); bob World's UPI
  transaction pending (a warning's notice; a table ruled on every side: UPI Ref No, Transaction ID, Date &
  Time, Account); slice's payment to an artisan under a tile (labels small over their values: UPI transaction
  ID, slice txn id, paid from); a WhatsApp chat with an artisan (a "Today" divider, her message in a bubble;
  the payment card at the right of the thread: "Payment to <artisan>", the sum, "Paid", UPI Ref; no day); a
  typed CHHATH FESTIVAL ADVANCE RECEIPT signed by an artisan ("Received from ... the sum of Rs. x/- ... paid
  by NEFT, UTR ...", Name under her signature). All new here.
* ``govt_fees``: Patna Municipal Corporation's holding tax pending under its Hindi name (the outcome at the
  left, a warning's notice; Holding No., Ward, Owner, Financial Year, Amount, Payment Mode, Transaction ID,
  Initiated on in dot leaders); the Labour Resources Department's receipt for the shop's registration renewal
  under the Bihar Shops and Establishments Act (ONLINE PAYMENT RECEIPT; a table ruled on every side two fields
  to a row: Registration No., Establishment; Fee, GRN (OGRAS); Bank Ref No., Payment Date; Mode, Status);
  UMANG's EPFO challan paid ("Today, <hour>"; TRRN, Bank Ref. No., Wage month, Paid via; no day); the Income
  Tax Department's Challan Receipt for advance tax (PAN, Name, Assessment Year, Major Head, Minor Head,
  Amount, Amount in words, CIN, Mode of Payment, Bank Name, Bank Reference Number, Date of Deposit in
  columns); Bihar Bhumi's land rent receipt (लगान रसीद) under the Revenue and Land Reforms Department's Hindi
  name (each field's Hindi label over its English, the value printed at the right: रसीद सं. / Receipt No.,
  रैयत / Raiyat, मौजा / Mauza, खाता / खेसरा / Khata / Khesra, वर्ष / Year, राशि / Amount, भुगतान तिथि /
  Payment date, लेनदेन सं. / Transaction No., माध्यम / Mode, स्थिति / Status); the GST portal's payment failed
  (the reason in a notice; a striped table: GSTIN, CPIN, Amount, Mode, Date of attempt); the Department of
  Tourism's STALL FEE RECEIPT for stall 22 at the Rajgir Mahotsav (Receipt No., Stall No., Allotted to,
  Period, Fee, Paid on, Mode, UPI Ref as label and value on a line; PAID; a round rubber stamp); Nagar
  Parishad Phulwari Sharif's receipt from its book under its Hindi and Urdu names (No. left blank; Date,
  Received from, On account of written in; Rs. in a box; "नकद प्राप्त" (received in cash) in a Hindi hand; no
  reference). All new here.
* ``insurer_receipts``: Digit Insurance's shop policy payment failed (the reason in a notice; labels small
  over their values two to a row: Premium, Policy; Transaction ID, Payment mode, Attempted on as label and
  value on a line); Star Health's renewal paid ("paid to <insurer>", "Today, <hour>"; Policy No., Payment ID,
  Paid via; no day); New India Assurance's PREMIUM RECEIPT for the shop's shopkeeper's policy (Receipt No.,
  Receipt Date, Received from, Policy, Policy No., Net Premium, CGST 9%, SGST 9% on hairline rows; Total
  Premium; Instrument; "Received with thanks."); HDFC ERGO's mail of a health renewal's premium received (its
  sentence; Policy No., Receipt No., Payment date, Payment mode, Transaction reference in columns); LIC's
  PREMIUM RECEIPT under its Hindi name printed in its printer's face (Receipt No, Date, Policy No, Name,
  Plan/Term, Due, Premium, Late Fee, Total Amount, Mode); the Oriental Insurance agent's receipt written in
  his book (No. left blank; each field's Hindi label over its English, the value written by hand at the right;
  "नकद प्राप्त" (cash received) in a Hindi hand; no reference); ICICI Lombard's IL TakeCare with the van's
  policy renewed (tiles: Vehicle, Policy; copyable UPI Ref No and Payment ID; the day and hour); SBI General's
  payment under process (a warning's notice; a table ruled on every side: Quote No., Product, Premium, Payment
  mode, Transaction ID, Initiated on). All new here.
* ``card_slips``: HDFC Bank's Pine Labs CHARGE SLIP at the shop (each field "LABEL:" and its value on a line:
  DATE, TIME, MID, TID, BATCH NUM, INVOICE, CARD NUM, CARD TYPE, APPR CODE, RRN, AMOUNT; APPROVED, PIN
  VERIFIED OK; CUSTOMER COPY); Ezetap's slip at the Rajgir Mahotsav stall in the Mahotsav's days with the host
  timed out (DATE, TIME, TID, CARD, AMOUNT, TXN ID; HOST TIMEOUT, STATUS: AWAITING HOST RESPONSE, DO NOT RETRY
  UNTIL CONFIRMED); Axis Bank's slip at a Bodh Gaya hotel (TXN TYPE, DT and TM on a line, TID and INV on a
  line, CARD, AUTH ID, RRN, TOTAL, APPROVED); HDFC Bank's SmartHub Vyapar screen on the shop's phone (the shop
  under the app, Card payment received, the sum, the card, "Just now"; Approval code, RRN as label and value
  on a line; no day); Canara Bank's slip at a Patna fabric mall DECLINED (05 DO NOT HONOUR); Yes Bank's slip
  at a Patna restaurant with a tip (BASE AMOUNT, TIP, TOTAL); Mosambee's slip at a Patna hardware store (SALE,
  DATE/TIME, CARD, APPR, RRN, NET AMOUNT, TXN SUCCESSFUL); a Phulwari sweet shop's bill under its Hindi name,
  written by hand (दिनांक and the day written in; Item | Qty | Rs. written in its columns, Total; "कार्ड से
  भुगतान" (paid by card) in a Hindi hand; a PAID stamp; no reference). All new here.
* ``utility_bills``: South Bihar Power Distribution Company's Quick Pay pending under its Hindi name (the
  outcome at the left, a warning's notice; Consumer No., Consumer Name, Bill Month, Amount, Transaction ID,
  Payment Mode, Initiated on in columns); BSNL's mail of a Bharat Fibre payment received (its sentence; a
  table ruled on every side: Account No., Telephone No., Receipt No., Payment Date, Payment Mode, Bank Ref.
  No.); MyJio's postpaid bill paid (the outcome at the left, "to <biller>", the day and hour; tiles: Jio
  number, Bill month; copyable Transaction ID and UPI Ref No); a drinking water supplier's MONTHLY CARD for
  its 20 litre jars (Month and Customer written in; the month's days in boxes, the jars left each day written
  in them; Jars, Rs. in a box; "Paid cash on <day>" written in; no reference); Sun Direct's recharge mail (its
  sentence; Smart Card No., Pack, Recharge date, Valid till, Transaction ID, Payment mode in columns); SBI
  FASTag's recharge successful for the firm's van ("5 mins ago"; Vehicle No., Tag ID, Transaction ID, Paid via
  in dot leaders; no day); Airtel Thanks' postpaid bill paid ("to <biller>"; labels small over their values
  two to a row: Mobile, Plan; Transaction ID, Paid via as label and value on a line); HelloBPCL's Bharat Gas
  refill payment failed (the reason in a notice; a table ruled on every side: Booking No., Distributor,
  Consumer No., Transaction ID, Payment mode, Attempted on). All new here.
* ``bank_alerts``: Dakshin Bihar Gramin Bank's SMS in Hindi in its messages thread under its day divider
  ("प्रिय ग्राहक, आपके खाते XX1234 से रु.x UPI द्वारा <PAYEE> को <dd-mm-yyyy> को डेबिट किए गए हैं। संदर्भ सं.
  <ref>। ..."); SMS in SBI's ("Dear Customer, your A/c X1234 has been debited by Rs.x on <dd-Mon-yy> towards
  NEFT to <PAYEE>. ..."; no reference), PNB's ("Your RTGS request of Rs x to <PAYEE> dated <dd/mm/yyyy> is
  awaiting settlement. UTR ... Do not re-initiate."), UCO Bank's ("IMPS txn of Rs.x to <PAYEE> from A/c XX1234
  on <dd.mm.yyyy> FAILED. Ref ... Amount, if debited, will be credited back.") and Central Bank of India's
  ("Your a/c XX1234 is debited for Rs.x on <dd-mm-yy> NEFT-<UTR>-<PAYEE>. Avl Bal Rs.y") wordings; HDFC Bank's
  mail ("Rs.x has been debited from account **1234 to VPA <UPI ID> <PAYEE> on <dd-mm-yy>. Your UPI transaction
  reference number is ..."); ICICI Bank's business message in the messages app, a rich card (Debit alert; "INR
  x debited from A/c XX1234", "NEFT to <PAYEE>", "on <dd-Mon-yyyy>", "UTR: ...") with its suggested replies
  under it; Axis Bank's heads-up notification over the shop's gallery of khatwa photographs ("now"; "Rs.x paid
  to <PAYEE> from A/c XX1234 via UPI. UPI Ref ..."; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, an upright DejaVu Serif for a Hindi
hand's figures, Noto Nastaliq Urdu for a council's Urdu name, an italic for the hand
(``heldout291_families.PENS``) and a fixed-width face of the page's own (``heldout291_families.TYPES``). The
Rajgir Mahotsav stall's cash memo and card slip are drawn in the Mahotsav's days (24 to 27 November 2026), the
stall's fee paid in the fortnight before them and the Chhath advance in the days before Chhath (2 to 9
November 2026); the other days anywhere in 2026. GST is 5% on the khatwa, the cloth and the threads, 18% on
the courier, the printing and the premiums.

Truth conventions (heldout289's, heldout288's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  PhonePe's "Paid to" (the name before its sum on the line), after Paytm's "To:", under BHIM's "Paid to",
  under Amazon Pay's "Paying to", after "to" on CRED and Navi, YONO SBI's Beneficiary Name; the shop, the
  firm, the registered name cut short where so printed (PHULWARI KHATWA SHILP UD) or the name with its town
  (KHATWA KALA KUNJ PATNA); never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout268 to
  heldout289): a receiving business's own app pays the business named under the app, here the shop under Paytm
  for Business. *settled* (heldout167 to heldout289): a payer's advice pays the one it pays, never the payer
  on top or a salutation; here SAP's Vendor (the name after its vendor number, never the number or the
  furnishing house on top), QuickBooks' Payee (never the hotel), SBI's Beneficiary (never the tent house in
  its head), under Vyapar's "Paid to" (never the decorator under the app), GeM's Seller (never its Buyer
  Organisation), Amazon Seller Central's Seller (never Amazon), the trust's भुगतान पाने वाला / Paid to written
  in (never the trust or its Hindi name), the Kolkata house's addressee after "To," (*settled* heldout281 and
  heldout285). *settled* (heldout155 to heldout289): an inward wire pays the firm, here the name after "to" on
  MCB Juice, Republic Bank and FNB, Wells Fargo's Recipient, SMBC's Beneficiary (never its Remitter), Zürcher
  Kantonalbank's Begünstigter / Beneficiary, the name after Kiwibank's "Payment to", Sparkasse's Empfänger,
  never the remitter, its Auftraggeber or the bank on top. *settled* (heldout175 to heldout289): the firm's
  own paper pays its shop or itself on top, here KHATWA KALA KUNJ on its tax invoice (never its Hindi line or
  the firm it is a unit of), its Mahotsav cash memo (never the stall's line), its Shopify mail and its
  GoFrugal bill, the shop named on Instamojo's page and as CCAvenue's Merchant (never Instamojo or CCAvenue),
  the firm on its money receipt (never Received from); *settled* (new here) a business's chat on WhatsApp
  Business is its own page, the payee the business named on its Business account line (the shop's, the sewing
  machine dealer's), never the buyer it thanks, because the messages are the business's own. A name in Hindi
  or Urdu over its English: the English line, never the Hindi or the Urdu (*settled*, as heldout287's Bodo and
  Assamese). *settled* (heldout187 to heldout289): a supplier's name on top of its own paper, here GANGA CLOTH
  STORE (never its कच्चा बिल heading), MAA TARA THREAD HOUSE (never its Bill To), the seller under udaan's
  "Sold by" and after Amazon Business' Sold by (never the marketplace; never the town under it), BHAGALPUR
  HANDLOOM WEAVERS (never its Hindi line, its To: or its PAID stamp), BLUE DART on top of its roll (never Blue
  Dart Express Ltd.'s line under it), Vistaprint (never Cimpress India at its foot). *settled* (heldout179 to
  heldout289): a banking page pays the payee, here OnlineSBI's Beneficiary Name, the name after "to" on PNB
  ONE, HDFC Bank MobileBanking and mBandhan, BOI Mobile's Beneficiary, under UCO's "Paid to" (never its UPI
  ID), IndusMobile's Beneficiary, the passbook's PARTICULARS after "NEFT-" (as heldout287's passbook; never
  the account holder, the B/F or the C/F line). *settled* (heldout150 to heldout289): a pay slip pays the
  worker, here the नाम / Name written on the wage packet (never Khatwa Silai Ghar on top), greytHR's Employee
  Name, the name after "to" on Airtel Thanks, bob World and slice, the प्राप्तकर्ता / Received by written on
  the wage receipt (never the firm on top), "Payment to <artisan>" on the chat's payment card; *settled*
  (heldout284) a payee's own paper pays its writer, here the artisan whose Name stands under her signature on
  her advance receipt (never the firm she received it from). *settled* (heldout153 to heldout289): a fee page
  pays the authority as printed, here Patna Municipal Corporation under its Hindi name (never its Owner), the
  Labour Resources Department (never the Establishment), the Employees' Provident Fund Organisation named
  under UMANG's bar (never UMANG), the Income Tax Department (never the Name under PAN), the Revenue and Land
  Reforms Department under its Hindi name (never Bihar Bhumi or the Raiyat), Goods and Services Tax on the GST
  portal's page, the Department of Tourism under its Hindi name (never Allotted to), NAGAR PARISHAD PHULWARI
  SHARIF under its Hindi and Urdu names (never Received from). *settled* (heldout199 to heldout289): an
  insurer's receipt pays the insurer on top (full or short as printed) or after "to" and "paid to" on an app,
  never Received from, the Insured or a salutation; here Go Digit General Insurance named under Digit's bar,
  Star Health and Allied Insurance Co. Ltd. after "paid to", LIC under its Hindi name. A slip's counter name
  line as printed (KHATWA KALA KUNJ, the hotel, the fabric mall, the restaurant, the hardware store), never
  *settled* the terminal's brand over it (HDFC BANK, Ezetap, AXIS BANK, CANARA BANK, YES BANK, Mosambee); the
  shop under SmartHub Vyapar; the sweet shop on top of its bill (never its Hindi line). A utility's biller:
  SBPDCL's English name under its Hindi, BSNL's name on top (full or short as printed), after "to" on MyJio,
  Airtel Thanks and HelloBPCL (Bharat Gas, never its Distributor, as heldout289's HP Gas), the water supplier
  on top of its card (never its Customer), Sun Direct on top, SBI FASTag on top (never State Bank of India's
  line under it). An SMS, mail, business message or notification's payee as the bank sends it (*settled*, the
  truncated name as printed, without the sentence's full stop, read across its lines where it wraps): the
  Hindi SMS' "<PAYEE> को" (to <PAYEE>, as heldout289's Gujarati "<PAYEE> ને"), SBI's "towards NEFT to
  <PAYEE>.", PNB's "to <PAYEE> dated", UCO's "to <PAYEE> from", Central Bank's "NEFT-<UTR>-<PAYEE>." (the name
  after the UTR, *settled* heldout283's "NEFT-<UTR>-<PAYEE>"), HDFC Bank's "to VPA <UPI ID> <PAYEE> on" (the
  name after the UPI ID, *settled* heldout262), the rich card's "NEFT to <PAYEE>", the notification's "paid to
  <PAYEE> from".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's sum beside
  the payee (its Debited from line the same). *settled* (heldout152 to heldout289): a payer's advice counts
  its net sum, here SAP's Net Amount Paid (never a Gross or its TDS 194Q), QuickBooks' Total (never an
  Original amount), SBI's Amount, Vyapar's sum, GeM's Amount Paid, Amazon's Disbursement amount, the trust's
  राशि / Amount written in, the Rs. x in the Kolkata house's sentence (its Total the same). *settled*
  (heldout155 to heldout289): an inward wire's foreign sum, here US dollars ($x USD or USD x), yen whole with
  JPY or the yen's sign (JPY 513,000 is 513000 JPY, *settled* heldout202 and heldout255), Swiss francs the
  Swiss way (CHF 4'230.00 is 4230.00, *settled* heldout269), rand the South African way (R 38 411,16 / ZAR 38
  411,16 is 38411.16, as the Swedish way, *settled* heldout240 and heldout243), euros the German way (1.940,00
  EUR / 1.940,00 € is 1940.00, as the Danish and Dutch ways, *settled* heldout245 and heldout255); *settled*
  (new here) Mauritian rupees with MUR before or after the sum, Trinidad and Tobago dollars with TT$ or TTD
  and New Zealand dollars with NZ$ or NZD are those currencies (never Indian rupees, never US dollars),
  because each page names its currency by its code or its own mark; never Wells Fargo's Wire fee or SMBC's
  Commission. *settled* (heldout175 to heldout289): a receipt counts the sum received, here the tax invoice's
  Grand Total (never CGST 2.5% or SGST 2.5%), the cash memo's Total written in (never a piece's sum),
  Shopify's Total (never Subtotal or Shipping), Instamojo's Amount, the GoFrugal bill's TOTAL, the sum in the
  shop's chat, CCAvenue's Amount, the money receipt's "the sum of Rs." (its Rs. in a box the same). A whole
  sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout289): a
  supplier's paper counts the sum paid, here the rough bill's कुल (total) written in (never a line's sum), the
  thread house's Total (never GST 5%), udaan's Amount, the weavers' Total (rounded) (never GST 5%), Amazon
  Business' Order total, Blue Dart's TOTAL AMT (never FREIGHT, FSC or GST 18%), the sum in the dealer's chat,
  Vistaprint's Total (never GST 18%). A banking page's sum; the passbook's WITHDRAWAL (never a balance); never
  OnlineSBI's Commission. *settled* (heldout167 to heldout289): a pay slip's net sum, here the packet's राशि /
  Amount written in, greytHR's Net Pay (never an earning, a deduction or Gross Earnings), the sums on Airtel
  Thanks, bob World, slice and the chat's payment card, the wage receipt's राशि / Amount written in, the Rs.
  x/- in the advance receipt's sentence. A fee page's Amount, Fee, the sum large, Amount (in Rs.) (its words
  the same), राशि / Amount, Rs. in a box. An insurer's premium with its GST (*settled*), here New India's
  Total Premium (never Net Premium, CGST 9% or SGST 9%), LIC's Total Amount (never Premium or Late Fee), the
  sums on Digit, Star Health and ICICI Lombard, HDFC ERGO's sum in its sentence, Oriental's राशि / Premium
  written in, SBI General's Premium. A slip's AMOUNT: / TOTAL / AMOUNT / NET AMOUNT, the SmartHub screen's sum
  large, the sweet shop's Total written in; a slip with a tip counts its TOTAL, never its BASE AMOUNT or the
  TIP alone (*settled* heldout263). A utility's Amount, the sums in BSNL's and Sun Direct's sentences, the
  sums large, the water card's Rs. in its box (never its Jars line or a day's jars). An alert's sum debited as
  worded (grouped the Indian or the English way or not at all), never an Avl Bal. Currency INR but on the
  wires.

* status: as printed. PhonePe's Transaction Successful, Paytm's Paid Successfully, BHIM's Payment Successful,
  CRED's "payment successful", YONO SBI's "Your transaction is successful", Paytm for Business' Payment
  Received successes; Amazon Pay's Payment pending pending; Navi's Payment failed failed. A payer's own record
  of the payment made (*settled*, as heldout287's Tally voucher): QuickBooks' BILL PAYMENT with its Method,
  Vyapar's Payment-Out Paid, the trust's "नकद भुगतान किया" (paid in cash); SAP's "we have today paid", GeM's
  Payment Status Paid, the Kolkata house's "we have made a payment" successes; *settled* (new here) Amazon
  Seller Central's Disbursement processing with its "We have sent the amount to your bank" pending, because
  the sum has left the payer and not yet reached the account (as heldout289's PFMS "Sent to bank, credit
  awaited", *settled* heldout274's IREPS); SBI's "Rejected by beneficiary bank" (Status Returned) failed. A
  wire's Transfer successful, SMBC's "We have remitted the amount above by SWIFT" (as heldout287's "We have
  today remitted"), Ausgeführt / Executed and Auftrag ausgeführt (as heldout276's PostFinance Ausgeführt,
  *settled*), Republic Bank's Transfer complete, Kiwibank's Credited to the beneficiary successes; *settled*
  (heldout289, new there) a payment's stages carry no fact of their own, here Kiwibank's tracker's stops down
  the page; Wells Fargo's In review with its notice pending (as heldout287's HSBC In progress); FNB's Payment
  unsuccessful (returned) failed. A receipt's "Payment: UPI, Ref", "नकद प्राप्त" (cash received, as
  heldout289's "રોકડા મળ્યા"), Shopify's Payment status Paid, PAID BY CARD, the chat's Payment received, the
  money receipt (a receipt with its "by NEFT, UTR") successes; CCAvenue's Payment awaited pending; Instamojo's
  Payment Failed failed. A supplier's "नकद प्राप्त", "Amount received ... by UPI", "Received by NEFT" in pen,
  Blue Dart's PAYMENT RECEIVED, the chat's "Payment received with thanks", Vistaprint's "We've received your
  order and your payment" successes; udaan's Payment under confirmation pending; Amazon Business' Payment
  declined failed. A banking page's Transaction successful with its Status Completed, RTGS processed
  successfully, the passbook's debit line (*settled*: a printed debit entry a success), Payment Successful,
  Fund transfer successful under a tile successes; IndusMobile's Transfer under process pending (as
  heldout289's Canara "Transaction under process"); PNB ONE's Transaction Failed failed. A pay slip's "नकद
  प्राप्त किया" (received in cash) on the packet, greytHR's "Paid on <day> by NEFT", the wage receipt's भुगतान
  / Paid by "UPI, Ref", slice's "paid successfully", the chat's payment card's "Paid", the advance receipt's
  "Received from ... paid by NEFT" successes; bob World's Transaction pending pending; Airtel Thanks' Payment
  failed failed. A fee page's Status Success, Payment successful, the challan receipt (a receipt with its
  bank's reference, as heldout288's Legal Metrology e-Receipt), स्थिति / Status Paid, PAID, "नकद प्राप्त"
  successes; Patna Municipal Corporation's Payment pending pending; the GST portal's Payment failed failed. An
  insurer's Payment successful, "Received with thanks.", HDFC ERGO's "We have received your payment", "Premium
  received with thanks.", "नकद प्राप्त", Policy renewed successes; SBI General's Payment under process
  pending; Digit's Payment failed failed. A slip's APPROVED, Card payment received, TXN SUCCESSFUL, the sweet
  shop's "कार्ड से भुगतान" (paid by card) successes; DECLINED (05 DO NOT HONOUR) failed; Ezetap's HOST TIMEOUT
  with its STATUS: AWAITING HOST RESPONSE pending (as heldout288's Worldline TXN TIMED OUT and heldout289's
  RESPONSE NOT RECEIVED). A utility's BSNL and Sun Direct sentences, Payment successful, Recharge successful,
  Bill paid, the water card's "Paid cash on <day>" successes; SBPDCL's Payment pending pending; HelloBPCL's
  Payment failed failed. *settled*: an SMS, mail, business message or notification's debit alert a success
  whatever its bank's wording (here in Hindi too, "डेबिट किए गए हैं", have been debited); *settled* (new here)
  a bank's rich card in the messages app (its "Debit alert") is such an alert, because it is the bank's
  message sent through another channel, its suggested replies no fact; UCO Bank's "FAILED. Amount, if debited,
  will be credited back." failed; PNB's "is awaiting settlement. ... Do not re-initiate." pending (as
  heldout288's Kerala Bank's "is PENDING with the bank").

* date: the day paid. A UPI screen's "<hour> on <day>", the day and hour under Paytm's payee and BHIM's,
  Amazon Pay's Initiated on, CRED's day in lower case, Navi's Date & time, YONO SBI's Date & Time; Paytm for
  Business' "Today, <hour>" prints no day (*settled*). A payer's SAP Posting Date (*settled* (new here): a
  payment document's Posting Date is the day paid, because the payment is posted on the day it is made, never
  an Inv. Date), QuickBooks' Payment date (never a Due date), SBI's Date, GeM's Payment Date, Amazon's
  Initiated on (never its Settlement period), the trust's दिनांक / Date written in, the Kolkata house's Dated
  (its sentence's "on <day>" the same); Vyapar's "2 days ago" prints no day (*settled*: an age names no
  calendar day). A wire's Send on month first on Wells Fargo's page (04/18/2026 is 2026-04-18, *settled*
  heldout272, drawn only on a day after the 12th), SMBC's Value Date and FNB's Date year first with slashes
  (*settled* heldout272's Cathay), Ausführungsdatum / Execution date and Ausführungstag (dd.mm.yyyy), Republic
  Bank's "on <11th May 2026>" (an ordinal day, *settled* heldout255), Kiwibank's Sent on; MCB Juice's "Today,
  <hour>" prints no day (*settled*). A receipt's Date:, the cash memo's Date written in, Shopify's "Placed on
  <day>", Instamojo's Date & time, the GoFrugal bill's Date, CCAvenue's Date & time, the money receipt's Date
  (its counterfoil's the same); the shop's chat under its "Today" divider prints no day (*settled*, as Today).
  A supplier's दिनांक written on the rough bill, the day in the thread house's "Amount received ... on <day>"
  (never its Invoice Date, *settled* heldout284's Marg), udaan's Initiated, the day in the weavers' "Received
  by NEFT ... on <day>" (never its Date:), Amazon Business' Attempted on, Blue Dart's PICKUP DATE,
  Vistaprint's Order date; the dealer's chat under its "Yesterday" divider prints no day (*settled*
  heldout289's Tata Play "Yesterday"). A banking page's Transaction Date, Date & Time, the passbook's DATE in
  the debit's line (never the B/F line's), Date, Initiated on; HDFC Bank MobileBanking's "Today, <hour>"
  prints no day. A pay slip's दिनांक / Date written on the packet, the day in greytHR's "Paid on <day>" (never
  its month), Airtel Thanks' Date, the wage receipt's दिनांक / Date written in, bob World's Date & Time,
  slice's day in lower case, the advance receipt's Date:; the chat's payment card under its "Today" divider
  prints no day. A fee page's Initiated on (never the Financial Year), Payment Date, Date of Deposit, भुगतान
  तिथि / Payment date, Date of attempt, Paid on (never the Mahotsav's Period), the Date written in; UMANG's
  "Today, <hour>" prints no day. An insurer's Attempted on, Receipt Date, Payment date, Date, the दिनांक /
  Date written in, the day and hour on ICICI Lombard, Initiated on; Star Health's "Today, <hour>" prints no
  day. A slip's DATE: / DATE / DT: / DATE/TIME, the sweet shop's दिनांक written in; SmartHub Vyapar's "Just
  now" prints no day (*settled*, as heldout279's "now"). A utility's Initiated on (never a Bill Month),
  Payment Date, the day and hour on MyJio and Airtel Thanks, the day in the water card's "Paid cash on <day>"
  (never its Month), Sun Direct's Recharge date (never its Valid till, a day to come), Attempted on; SBI
  FASTag's "5 mins ago" prints no day (*settled*, an age). The alerts' "<dd-mm-yyyy> को" (on <day>, in Latin
  figures as the bank sends them, as heldout289's Gujarati "ના રોજ"), "on <dd-Mon-yy>", "dated <dd/mm/yyyy>",
  "on <dd-mm-yy>", "on <dd.mm.yyyy>", the rich card's "on <dd-Mon-yyyy>" (its day divider the same); the
  heads-up notification's "now" prints no day (*settled* heldout279). All numeric days here are day first
  (heldout251, heldout259) but Wells Fargo's month first and SMBC's and FNB's year first. *settled*: never a
  Period, a settlement period, a month, a Bill Month, a wage month, a Due, a Due date or a Valid till, a
  Financial Year, an invoice's, a bill's or a document's day, the day inside a UTR (heldout210), a CIN
  (heldout268) or an app's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (SAP's NEFT, QuickBooks' Bank transfer (IMPS), SBI's
  NEFT, Vyapar's Bank (IMPS), GeM's UTR, the Kolkata house's NEFT; the money receipt's NEFT; the weavers'
  NEFT; the banking pages but UCO's UPI; greytHR's and the advance receipt's NEFT; the Labour Resources
  Department's, UMANG's, the Income Tax Department's and the GST portal's net banking; New India's NEFT, HDFC
  ERGO's Net Banking; Sun Direct's Net Banking; the NEFT, RTGS and IMPS alerts); *settled* (new here) Amazon
  Seller Central's deposit to the firm's current account netbanking, because a disbursement reaches the
  account by a bank transfer; a SWIFT transfer either way (MCB's International transfer (SWIFT), Wells Fargo's
  wire to the recipient's bank, SMBC's and Zürcher Kantonalbank's SHA, Republic Bank's International wire
  transfer, Kiwibank's SWIFT gpi, FNB's SWIFT, Sparkasse's Entgelt SHA). UPI for the UPI screens, the tax
  invoice's "Payment: UPI", Shopify's UPI (Razorpay), the chats' UPI Ref, CCAvenue's UPI, the thread house's,
  udaan's and Blue Dart's UPI; UCO's UPI, Airtel Thanks, the wage receipt's UPI, bob World, slice and the
  chat's payment card; Patna Municipal Corporation's, Bihar Bhumi's and the Department of Tourism's UPI; Star
  Health's, LIC's and ICICI Lombard's UPI; SBPDCL's, MyJio's and SBI FASTag's UPI; the UPI alerts. Card for
  Instamojo's Debit card (RuPay), the GoFrugal bill's CARD, Amazon Business' credit card, Vistaprint's Visa,
  Digit's Credit card, SBI General's Debit card, the slips and SmartHub Vyapar, the sweet shop's "कार्ड से
  भुगतान" (by card), BSNL's Debit card, Airtel's Credit card and HelloBPCL's Debit card. Cash for the trust's
  "नकद" (cash), the cash memo's, the rough bill's, the wage packet's, the Nagar Parishad's and Oriental's "नकद
  प्राप्त", the water card's "Paid cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout289): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe's "UTR:", Paytm's UPI Ref. No (run together with its Order
  ID on one line), Amazon Pay's UPI Ref No, CRED's utr, Navi's UPI Ref No, YONO SBI's Transaction Reference
  Number (a UPI reference, as heldout288's SIB Mirror+ Transaction Reference), Paytm for Business' UPI Ref.
  No., SAP's Bank Reference, QuickBooks' Ref no., SBI's UTR No., Vyapar's Ref No., GeM's UTR, a UTR in a
  sentence, the tax invoice's UPI Ref, the chats' UPI Ref, the money receipt's UTR, the thread house's UTR,
  udaan's UPI Ref, the weavers' UTR in pen, Blue Dart's TXN REF, the banking pages' UTR No., IMPS Ref No.,
  Reference No. (an IMPS reference), UPI Ref No, IMPS Ref, greytHR's UTR, Airtel Thanks' UPI Ref. No., the
  wage receipt's "UPI, Ref", bob World's UPI Ref No, slice's UPI transaction ID, the chat card's UPI Ref, the
  advance receipt's UTR, the Department of Tourism's UPI Ref, New India's UTR, LIC's "UPI Ref", ICICI
  Lombard's UPI Ref No, a slip's RRN, MyJio's UPI Ref No, the alerts' संदर्भ सं. (reference no.), UTR, Ref,
  UPI transaction reference number, UTR:, UPI Ref, the UTR in Central Bank's "NEFT-<UTR>-<PAYEE>"), then a
  bank reference (SBI's Reference No. (below its UTR No.), OnlineSBI's Reference No., MCB's Reference, Zürcher
  Kantonalbank's Referenz, Kiwibank's reference, FNB's Reference, Sparkasse's Referenz, SMBC's Remittance No.
  (*settled* (new here), as a bank reference, because it is the remitting bank's own number for the
  remittance, as heldout289's :20: Sender's Reference), IndusMobile's Reference No., the Labour Resources
  Department's Bank Ref No. (above its GRN), UMANG's Bank Ref. No., the Income Tax Department's Bank Reference
  Number (as the PMT-06's BRN, *settled* heldout262 and heldout274), BSNL's Bank Ref. No.), then a transaction
  / payment id (PhonePe's Transaction ID, Amazon Pay Txn ID, Navi's Transaction ID, Wells Fargo's Tracking ID
  (as heldout289's Confirmation number), Instamojo's Payment ID (*settled* heldout247), CCAvenue's Tracking
  ID, Amazon Seller Central's Settlement ID (*settled* (new here), as a transaction id, because it numbers the
  disbursement itself), bob World's Transaction ID, slice txn id, Patna Municipal Corporation's Transaction
  ID, the GRN (OGRAS) (*settled*, a treasury's GRN), the Income Tax challan's CIN (as the PMT-06's CIN,
  *settled* heldout262), Bihar Bhumi's लेनदेन सं. / Transaction No., Digit's, Star Health's, HDFC ERGO's,
  ICICI Lombard's and SBI General's transaction ids, Ezetap's TXN ID, SBPDCL's, MyJio's, Sun Direct's, SBI
  FASTag's, Airtel's and HelloBPCL's Transaction ID), then an approval code (APPR CODE:, AUTH ID, Approval
  code, APPR CODE, APPR, the GoFrugal bill's APPR), then an order's number (Shopify's ORDER #, CCAvenue's
  Order No., udaan's Order ID, Amazon Business' Order, Vistaprint's Order number, GeM's Order ID, HelloBPCL's
  Booking No. (*settled* heldout280)), then a document's own number (SAP's Payment Document, Vyapar's Receipt
  No., the tax invoice's Invoice No., the GoFrugal bill's Bill No, the money receipt's No., the thread house's
  Invoice #, the weavers' Bill No., the wage receipt's रसीद सं. / Receipt No., the advance receipt's No.,
  UMANG's TRRN (*settled*, EPFO's TRRN, heldout161), the GST portal's CPIN (*settled* heldout278's CPIN, the
  challan's own number made before its payment), Bihar Bhumi's रसीद सं. / Receipt No., the Department of
  Tourism's Receipt No., New India's, HDFC ERGO's and LIC's Receipt No., a slip's INVOICE: / INV / INVOICE NO,
  BSNL's Receipt No.); *settled* (new here) a receipt book's counterfoil repeats its receipt: the facts are
  the receipt's, right of the perforation, and the counterfoil's short forms (From Anand Tent, For Canopy)
  carry none of their own, because the counterfoil is the book's copy of the same receipt. *settled*: never a
  card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, a
  Policy No., Quote No., Consumer No., Smart Card No., Tag ID, Account No., Telephone No., Registration No., a
  Holding No., Employee No., a vehicle's number, a slip's TID / MID / BATCH NUM, a No. left blank, a bill or
  document named on an advice (SAP's Invoice Ref., QuickBooks' Bill no., GeM's Invoice No., the Kolkata
  house's Bill Ref.), a vendor number, Blue Dart's AWB NO (as an AWB, *settled* heldout274), a UETR
  (*settled*), the invoice named in a chat; *settled* (new here) never Bihar Bhumi's खाता / खेसरा (Khata /
  Khesra), because they number the land the rent is paid on, not the payment (as heldout288's Survey No.)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout291_families import (
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

SPLIT = "heldout291"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout288's and heldout289's: the screens in
# Noto Sans, DejaVu Sans Condensed, Liberation Sans (liberation), Noto Sans Display and FreeSans; the pages
# in DejaVu Serif Condensed, Liberation Sans (liberation2), Noto Serif Display, FreeSerif, Noto Sans and
# DejaVu Sans; the firm's, its suppliers' and its people's papers in Liberation Serif (liberation2), Noto
# Serif, DejaVu Sans Condensed, FreeSans and Liberation Sans Narrow; the slips in four monos; beside them
# Noto Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines, labels and hand, Noto Nastaliq
# Urdu (heldout277's) for a municipal council's Urdu name, a pen's italic (``heldout291_families.PENS``) and
# a page's own fixed-width face (``heldout291_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout291_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout291 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

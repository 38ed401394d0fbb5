"""heldout290: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Molela terracotta votive plaque workshop's year of 2026 in Molela, Rajsamand
district, Rajasthan (Banas Mati Kala Udyog, a proprietorship, GSTIN 08BQXPK4173L1ZF, Udyam
UDYAM-RJ-28-0041926, its proprietor Shri Gopilal Kumhar and his son Naresh: a Kumhar family of Molela on the
Banas who model the votive plaques of Molela in the village pond's clay mixed with donkey dung and rice husk,
building each deity up by hand on its flat tile, fire them in an open kiln of wood and cow-dung cakes and
paint them, for the Bhil, Gameti, Gadri and Garasia devotees whose bhopas (priests) come each Magh to take
home Devnarayan ji on his horse, Dharmraj ji, Kala-Gora Bheruji, Nagdev, Chamunda Mata and Ganesh ji; its
horse-and-rider figures, terracotta murals, wall tiles of Mewar motifs and clay diyas for hotels, galleries
and homes; its workshop and showroom in Kumharwada, Molela Mitti Kala Kendra, with its studio for visitors,
Mitti Ghar Clay Studio, where they model a plaque of their own; stall 9 at the crafts bazaar of the
Kumbhalgarh Festival under the fort; the web shop molelamittikala.in; buyers at home and abroad), told by the
proofs of payment it receives (buyers' PhonePe, Paytm, BHIM, CRED, Amazon Pay, Fi and Navi screens and PhonePe
Business on the workshop's phone; Rajasthali's consignment advice, a Gurugram interior studio's NetSuite
payment forwarded by the proprietor's son, an Udaipur hotel company's ERPNext Payment Entry, GeM for the
Rajasthan Tourism Development Corporation, a lake hotel's WhatsApp Business message, a Mumbai decor store's
NEFT rejected on Standard Chartered's Straight2Bank, a Khamnor school's cash voucher under its Hindi name and
Pay Manager for Jawahar Kala Kendra; Bank of America, Lloyds Bank, Deutsche Bank, Emirates NBD, UBS, ANZ, MUFG
and Maybank for buyers in Santa Fe, Bristol, Cologne, Dubai, Geneva, Auckland, Kyoto and Kuala Lumpur in US
dollars, pounds, euros, dirhams, Swiss francs, New Zealand dollars, yen and ringgit; the web shop's Shopify
mail, a Razorpay page for a mural's booking, the workshop's tax invoice, a receipt from its book at the Magh
fair, the studio's workshop ticket, PhonePe's failed checkout, a money receipt for a resort's mural instalment
and a Swipe invoice) and those it makes (a clay carter's chit in a Hindi hand, an Udaipur mineral colours
house's invoice, Industrybuying's failed checkout, a fuel depot's OkCredit, Shiprocket's wallet, GoDaddy's
receipt, udaan's order awaiting the bank and a Nathdwara press's bill; OnlineSBI, Baroda Connect, Rajasthan
Gramin Bank's app in Hindi, PNB ONE, AU 0101, the Udaipur Urban Co-operative Bank's mini statement, HDFC Bank
NetBanking and IndusMobile for the colours house, the packaging house, the press, the kiln brick works, the
transporter, the fuel depot, the web studio and the electrician; its modellers', clay workers', kiln firers',
painters' and staff's wage account, greytHR's payslip, Airtel Thanks, WhatsApp, a wage receipt with a thumb's
impression, Groww, YONO SBI and a Diwali bonus receipt; Molela Gram Panchayat's house tax, e-GRAS for the
royalty on clay, an e-Mitra kiosk for the Shops Act, the Pollution Control Board's consent fee for the kiln,
e-Pay Tax, the GST portal's PMT-06, the Trade Marks Registry and the Department of Tourism's stall fee; New
India's, ICICI Lombard's, HDFC ERGO's, LIC's, Digit's, SBI General's, Oriental's and IFFCO-Tokio's premiums;
cards on the workshop's Pine Labs, its festival stall's Mosambee and its Plutus Smart terminals and the firm's
card at an Udaipur hotel, a Nathdwara filling station, an Udaipur packaging mart, a Jodhpur mineral house and
a Nathdwara sweet shop; AVVNL, BSNL, Jio, Bharatgas, Airtel through CRED, d2h, the village water committee and
RailWire; the banks' SMS, Rajasthan Gramin Bank's SMS in Hindi, AU's mail, a notification history and ICICI
Bank's RCS message). One payment per page. Each family: six successes, one failure, one wait; one page prints
no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout288's or heldout289's; where a kind of paper is one they also drew (a tax invoice, a receipt book's
page, a payslip, a thermal roll, a bank's SMS, a chat, a mail), it is drawn here for another issuer in this
set's own labels and marks; the families' docstrings list each one's labels). This set draws kinds of row and
page heldout288 and heldout289 do not: Hindi lines in Noto Sans and Noto Serif Devanagari shaped by Raqm, as a
name over its English, a heading, a soundbox's announcement, a bank's SMS, a receipt book's fields with each
label in Hindi and English with a slash between them and the value written by hand (or printed) on a dotted
line that runs to the margin (on the line under the label where the label leaves it no room), a Hindi hand's
lines and sums, a figure in it struck through and written again; a Molela votive plaque as a letterhead's
emblem (an arched tile of fired clay, a deity on horseback in relief under a parasol, painted dots, two clay
lamps lit at its feet); a mandana as a divider (a band of geru with a lime-white zigzag, dots and squares); a
guilloche band at a page's head; an outcome's disc (a tick with confetti thrown round it, an !, a spinner's
open arc); fields in pale pills; three fields to a row between hairlines; a section's head with its chevron; a
forwarded mail's quoted lines beside their bar; a chat's suggested replies in chips; a phone's notification
history; a ticket with its notches and tear line; a left thumb's impression in violet in its box; a potter's
clay fingerprints in the margins; and a page photographed lying on a floor plastered with geru and painted
with mandana. They draw beside them heldout269's to heldout287's rows (striped tables, tables ruled on every
side, dot leaders, labels against a gutter, hairline rows, rounded cards, values over their labels, notice
boxes, chat bubbles and a chat's day divider, hand-written fills and columns on a ruled page, oval stamps,
signatures, a torn roll).

* ``buyer_upi``: PhonePe's Transaction Successful under a confetti disc (the day and hour; the sum; sections
  Paid to and Transfer Details, fields in pills: Transaction ID, UTR, Debited from); Paytm's "Paid
  Successfully to" (three fields to a row: UPI Ref. No., Date, Time; pills: Paytm Order ID, From); BHIM's
  Transaction Successful with the hour alone (a section Transaction details, pills: Paid to, UPI Transaction
  ID, From, Remarks; no day); CRED's dark "payment failed" under a red disc ("to <payee>", the reason in a
  notice; pills: upi txn id, attempted on, bank); Amazon Pay's Payment successful (Paid to over the payee;
  each value over its label: UPI transaction ID, Amazon Pay reference, Payment date, Paid using); Fi's share
  card (the sum, "paid to <payee>", "on <day>"; no reference); Navi's Payment in progress under a spinner's
  disc ("to <payee>", a warning's notice; pills: UPI Ref No, Initiated, Paid from); PhonePe Business on the
  workshop's phone (the workshop under the app, the speaker's Hindi announcement, Payment received, "from
  <buyer>"; three fields to a row: UPI Ref No, Received on, Settles to). All new here.
* ``buyer_advices``: Rajasthali's (the Rajasthan Small Industries Corporation's) PAYMENT ADVICE for plaques
  sold on consignment under its Hindi name and a guilloche band (Advice No. beside Date; Supplier Code,
  Supplier Name, Bank A/c in dot leaders; a striped table Consignment Note | Sale period | Sale value |
  Commission 20% | Payable with its total; "A sum of Rs. x has been remitted to your account through NEFT vide
  UTR ... dated <day>."); a Gurugram interior studio's Bill Payment from NetSuite, forwarded by the
  proprietor's son with a line of his own (quoted lines: From, Subject, Bill Payment #, Payee, Date, Payment
  Method, Reference #, Amount, the bill it settles); an Udaipur hotel company's Payment Entry printed from
  ERPNext (the ACC-PAY number large; Posting Date, Party Type, Party, Mode of Payment, Paid Amount,
  Cheque/Reference No, Cheque/Reference Date in columns; a table ruled on every side of the invoices it
  settles); GeM's payment status for the Rajasthan Tourism Development Corporation waiting on the bank (a
  spinner's disc; a table ruled on every side: Contract No., Seller, Invoice No., Amount, Payment Mode,
  Payment Ref. No., Initiated on, Status); a lake hotel's accounts desk's WhatsApp Business message in a chat
  bubble with its hour (Payment released, Payee, Amount, Mode, UTR, the bill; no day); Standard Chartered's
  Straight2Bank enquiry of a Mumbai decor store's NEFT rejected (a red disc; three fields to a row: Payment
  type, Value date, Status; labels against a gutter: Customer Reference, Bank Reference, Beneficiary Name,
  Beneficiary Account, Amount; the reason in a notice); a Khamnor school's CASH VOUCHER under its Hindi name
  (क्रमांक / No. left blank; each field's label in Hindi and English with a slash between them and the value
  written by hand on a dotted line: दिनांक / Date, प्राप्तकर्ता / Paid to, विवरण / Towards, राशि / Amount;
  "नकद भुगतान किया" (paid in cash) in a Hindi hand; no reference); Pay Manager's (the Rajasthan treasury's)
  payment status for Jawahar Kala Kendra (a table ruled on every side: Bill No., Token No., Payee Name, Net
  Amount, Payment Mode, UTR No., Payment Date, Status Paid). All new here.
* ``export_wires``: Bank of America's international wire confirmation in US dollars under a confetti disc
  (three fields to a row: Amount, Send date month first the American way, Fee; labels against a gutter:
  Recipient, Recipient's bank, SWIFT code, Purpose, Confirmation number); Lloyds Bank's International payment
  sent in pounds (the sum, "to <beneficiary>"; a section Payment details, pills: Date, Payment type,
  Reference, Charges); Deutsche Bank's Auslandsüberweisung, Auftrag ausgeführt, in euros the German way (three
  fields to a row: Betrag, Ausführungsdatum, Status; labels against a gutter: Empfänger, IBAN / Konto, BIC,
  Verwendungszweck, Referenz, Entgelte); Emirates NBD's transfer in progress in dirhams under a spinner's disc
  (the sum, "to <beneficiary>"; pills: Date, Reference, Transfer type; a notice); UBS e-banking's payment
  executed in Swiss francs with apostrophes (a section Payment, dot leaders: Beneficiary, Beneficiary's bank,
  Amount, Execution date, Charges option, UBS reference); ANZ's overseas transfer unsuccessful in New Zealand
  dollars under a red disc (the reason in a notice; pills: Date, Reference, Type); MUFG Bank's summary of a
  remittance completed in yen (the sum, "to <beneficiary>", "on <day>"; no reference); Maybank2u's Foreign
  Telegraphic Transfer successful in ringgit ("Today, <hour>"; pills: Reference No., Transfer type, Recipient
  bank; no day). All new here.
* ``own_receipts``: The web shop's Shopify mail under a plaque's emblem ("Order #n placed on <day>"; a section
  Order summary, the plaques on hairline rows, Subtotal, Shipping, Taxes (included), Total; "Paid by UPI via
  Razorpay"); Razorpay's payment page for a mural's booking with the payment processing under a spinner's disc
  (three fields to a row: Amount, Method, Initiated; pills: Payment ID, Order ID; a warning's notice); the
  workshop's TAX INVOICE to a Delhi designer under its Hindi name and a mandana band (Invoice No. beside Date,
  Buyer with its GSTIN; a table ruled on every side with IGST 5% and Total; "Received via UPI, Ref ..., on
  <day>"; its oval stamp); a RECEIPT from its book at the Magh fair for a devotee's plaque under its Hindi
  name, a potter's clay fingerprints on it, photographed lying on the workshop's mandana floor (रसीद; क्रमांक
  / No. left blank; each field's label in Hindi and English with a slash between them, the value written by
  hand on a dotted line: दिनांक / Date, नाम / Name, गाँव / Village, मूर्ति / Plaque, राशि / Amount; "नकद
  प्राप्त किए" (received in cash) in a Hindi hand; no reference); the studio's WORKSHOP TICKET with its
  notches and tear line (Ticket No., the persons and their sums, Total, "Paid by card"; its stub; no day);
  PhonePe's payment gateway with the web shop's payment failed under a red disc (Merchant, Amount, Merchant
  Transaction ID, PhonePe Transaction ID, Payment mode, Date in dot leaders; a notice); the firm's MONEY
  RECEIPT typed on its letterhead for a resort's mural instalment ("Received with thanks from ... the sum of
  Rupees ... (Rs. x/-) by RTGS, UTR ..., dated <day>, being the second instalment ... (order value Rs. y/-)",
  its oval stamp); an invoice in the Swipe app on the workshop's phone (the workshop under the app, Invoice #;
  a section Items, each in a pill; three fields to a row: Invoice date, Paid via Cash, Status Paid). All new
  here.
* ``supplier_invoices``: A clay carter's chit written in a Hindi hand in a ruled notebook (श्री, his name in
  Latin letters, "दि." and the day, the pond's clay, donkey dung and rice husk with their sums, कुल (total)
  first written wrong, struck through and written again beside it, "नकद मिले" (received in cash); no
  reference); an Udaipur mineral colours house's TAX INVOICE (Invoice No. beside its earlier Invoice Date,
  Buyer; a striped table of geru, ramraj, khadia and kajal with CGST 9% and SGST 9%; Total; "PAYMENT RECEIVED:
  NEFT, UTR ..., on <day>" in a rounded box); Industrybuying's checkout with the payment failed under a red
  disc (Sold by:; three fields to a row: Order ID, Amount, Attempted; pills: Transaction ID, Paid with; a
  notice); a Khamnor fuel depot's OkCredit on its own phone (the depot under the app, Payment received, "from
  <the workshop>"; pills: Mode, UPI Ref No, Date, Balance due); Shiprocket's wallet recharge receipt (Recharge
  successful; Recharge amount, Transaction ID, Payment mode, UPI Ref No, Date, Wallet balance in dot leaders);
  GoDaddy's mailed receipt for the web shop's domain (Order #, Order date, Payment method in columns; the
  renewal, GST 18%, Total; "Your payment has been received."); udaan's order with the payment pending under a
  spinner's disc (Seller:; pills: Order ID, Amount, Payment mode, UPI Ref, Initiated on; a notice); a
  Nathdwara press's BILL from its pad (Bill No. printed, its Date left blank, the printing written in its
  columns, Total, "Paid by PhonePe, Ref ..." written in; no day). All new here.
* ``vendor_transfers``: OnlineSBI's NEFT e-Receipt under a confetti disc (a table ruled on every side:
  Reference No., UTR, Debit Account, Beneficiary Name, Beneficiary Account, IFSC, Amount, Transaction Date,
  Purpose); Bank of Baroda's Baroda Connect RTGS (a section Transaction summary; three fields to a row:
  Payment mode, Value date, Status Processed; Bank Ref. No., UTR No., Beneficiary, Account, Amount in dot
  leaders); Rajasthan Gramin Bank's app under its Hindi "भुगतान सफल" (payment successful) (each field's label
  in Hindi and English with a slash between them, its value printed on a dotted line: प्राप्तकर्ता / Paid to,
  यूपीआई संदर्भ सं. / UPI Ref No., दिनांक / Date, खाता / From); PNB ONE's IMPS under process under a spinner's
  disc ("to <payee>"; pills: IMPS Ref No, Date & time, From A/c; a notice); AU 0101's transfer failed under a
  red disc ("to <payee>", the reason in a notice; pills: IMPS Ref No, Date, From); the Udaipur Urban
  Co-operative Bank's app's mini statement (Avl Bal; Date | Narration | Amount on hairline rows, the
  "NEFT/<PAYEE>" debit among the credits; no reference); HDFC Bank NetBanking's IMPS confirmation (three
  fields to a row: Mode, Amount, Date; labels against a gutter: Beneficiary, Beneficiary A/c, IMPS Reference
  No., Remarks); IndusInd Bank's IndusMobile "Money sent!" ("Today, <hour>"; pills: UTR, Mode, From; no day).
  All new here.
* ``worker_pay``: The wage account written in a Hindi hand in a ruled notebook with a potter's clay
  fingerprints on it (मजदूरी हिसाब, "दि." and the day, "नाम:" and the worker's name, the work with its sums,
  कुल (total), "नकद दिए" (paid in cash), the worker's name signed; no reference); greytHR's payslip for the
  web shop's staff (three fields to a row: Employee, Employee No., Designation; earnings and deductions side
  by side on hairline rows; Net Pay; "Net pay credited on <day> by NEFT, UTR ..."); Airtel Thanks' UPI Payment
  Successful to a painter (Paid to over the payee; three fields to a row: UPI Ref No, Date, Time; a pill:
  From); WhatsApp's payment failed to a kiln firer under a red disc ("to <worker>", the reason in a notice;
  pills: UPI transaction ID, Date, Bank); a WAGE RECEIPT from the workshop's pad under its Hindi name, the
  worker's left thumb's impression in its box (Voucher No.; each field's label in Hindi and English with a
  slash between them, the value written by hand on a dotted line: दिनांक / Date, प्राप्तकर्ता / Received by,
  काम / Work, राशि / Amount; "नकद प्राप्त किए" (received in cash) in a Hindi hand); Groww's UPI "Paid
  successfully" ("Today, <hour>"; pills: UPI Ref No, From; no day); YONO SBI's payment pending under a
  spinner's disc ("to <worker>"; pills: UPI Ref No, Initiated on, Debit A/c; a notice); a DIWALI BONUS RECEIPT
  typed on the firm's paper and signed by a modeller (No. beside Date:, "I, <worker>, modeller, have received
  from ... the sum of Rs. x/- (...) as Diwali bonus for 2026, by NEFT, UTR ..., on <day>."). All new here.
* ``govt_fees``: Molela Gram Panchayat's house tax receipt from its book under its Hindi name (No. left blank;
  each field's label in Hindi and English with a slash between them, the value written by hand on a dotted
  line: दिनांक / Date, नाम / Name, विवरण / For, राशि / Amount; "नकद प्राप्त" (received in cash) in a Hindi
  hand; its oval stamp; no reference); e-GRAS Rajasthan's challan for the royalty on the pond's clay under its
  Hindi heading (a section Challan details; a table ruled on every side: GRN, Department, Office, Budget Head,
  Remitter, Amount, Bank, Bank Ref No., Payment Date, Status); an e-Mitra kiosk's receipt for the shop's
  registration under the Shops Act printed on its roll in a fixed-width face (Kiosk, Service, Department on
  two lines, Transaction ID, Amount, Mode Cash, Date, Status SUCCESS); the Rajasthan State Pollution Control
  Board's consent fee for the open kiln waiting on the bank (a spinner's disc, a notice; Application No.,
  Unit, Category, Fee, Transaction ID, Payment mode, Initiated on in dot leaders); the Income Tax Department's
  e-Pay Tax failed under a red disc (three fields to a row: CRN, Amount, Date; PAN, Assessment Year, Type of
  payment, Payment mode in dot leaders; the reason in a notice); the GST portal's PMT-06 payment receipt (a
  striped table of CGST and SGST, Tax | Interest | Total, Total challan amount; a table ruled on every side:
  GSTIN, Name, CPIN, CIN, BRN, Deposit date, Mode, Bank); the Trade Marks Registry's e-filing fee "paid today
  at <hour>" (Form, Application No., Fee, Transaction ID, Payment mode in pills; no day); the Department of
  Tourism's receipt for stall 9 at the Kumbhalgarh Festival under its Hindi name (labels against a gutter:
  Receipt No., Receipt Date, Exhibitor, Stall, Fee, GST 18%, Total, Mode, UPI Ref. No.). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT for the kiln shed's fire policy printed in a
  dot-matrix printer's fixed-width face (RECEIPT NO, DATE, RECEIVED FROM, POLICY NO, PREMIUM, CGST 9%, SGST
  9%, TOTAL, MODE NEFT, UTR; "RECEIVED WITH THANKS"); ICICI Lombard's mail of a health premium received (its
  sentence; a section Payment details, pills: Policy No., Transaction ID, Payment date, Payment mode); HDFC
  ERGO's payment failed under a red disc ("to <insurer>", the reason in a notice; pills: Proposal No.,
  Premium, Transaction ID, Attempted on, Mode); LIC's premium paid acknowledgement (a table ruled on every
  side: Policy No., Name, Due month, Premium, GST, Total, Transaction No., Bank Ref No., Date of payment,
  Mode); Digit's "Payment done" for the tempo's policy ("Yesterday, <hour>"; pills: Policy No., Transaction
  ID, Paid via; no day); SBI General's group accident premium under verification under a spinner's disc (three
  fields to a row: Premium, Mode, Initiated; pills: Proposal No., Payment Ref.; a notice); the Oriental
  Insurance agent's receipt from his book (No. left blank; each field's label in Hindi and English with a
  slash between them, the value written by hand on a dotted line; "नकद प्राप्त" (received in cash) in a Hindi
  hand; no reference); IFFCO-Tokio's PREMIUM RECEIPT under a guilloche band (labels against a gutter: Receipt
  No., Receipt Date, Policy, Insured, Premium, GST 18%, Total Premium, Mode, UPI Ref. No.). All new here.
* ``card_slips``: Pine Labs' SALE at the workshop in dot leaders (DATE, TIME, TID, MID, BATCH NO, INVOICE NO,
  CARD, EXP, CARD TYPE, APPR CODE, RRN, AMOUNT; APPROVED; SIGNATURE NOT REQUIRED); HDFC Bank's slip at an
  Udaipur hotel with a tip (DATE/TIME, TID, BATCH/INV, CARD, AUTH, RRN, BASE AMT, TIP, TOTAL; TRANSACTION
  APPROVED); ICICI Bank's slip at a Nathdwara filling station (PRODUCT, RATE, VOLUME, VEHICLE, the card, APPR,
  RRN, SALE AMOUNT; APPROVED); Axis Bank's slip at an Udaipur packaging mart DECLINED (RESP CODE 05, DO NOT
  HONOUR); Mosambee's CARD SALE at the Kumbhalgarh Festival stall in the festival's days (DATE, TIME, TID,
  INVOICE, CARD, AUTH CODE, RRN, TOTAL, SALE SUCCESSFUL); Bank of Baroda's slip at a Jodhpur mineral house
  with the transaction in process (TXN IN PROCESS, DO NOT RETRY, CHECK WITH YOUR BANK); a Nathdwara sweet
  shop's CASH MEMO under its Hindi name, written by hand (Date written in; Item | Qty | Rs. written in its
  columns, Total, "कार्ड से भुगतान" (paid by card) in a Hindi hand; no reference); Pine Labs' Plutus Smart
  screen at the workshop (the workshop under the app, a confetti disc, APPROVED, the sum, the card and the
  hour alone; pills: Auth Code, RRN, Invoice; no day). All new here.
* ``utility_bills``: AVVNL's quick pay receipt under its Hindi name (three fields to a row: K No., Bill month,
  Due date; pills: Amount paid, Transaction ID, Bank Ref No., Payment date, Mode, Status Success); BSNL's mail
  of a Bharat Fibre payment received (its sentence; Account No., Payment date, Receipt No., Transaction ID,
  Payment mode in columns); MyJio's recharge failed under a red disc ("for <biller>", the reason in a notice;
  pills: Mobile number, Plan, Transaction ID, Attempted on, Paid via); HelloBPCL's Bharatgas refill paid under
  a confetti disc ("to <biller>"; three fields to a row: Booking No., Paid on, Mode; pills: UPI Ref No,
  Distributor); CRED's dark "recharge successful" for the workshop's Airtel phone ("for <biller>", "just now";
  pills: transaction id, paid via; no day); d2h's recharge pending under a spinner's disc ("for <biller>", a
  notice; pills: Subscriber ID, Amount, Transaction ID, Initiated on, Mode); the village water and sanitation
  committee's receipt from its book under its Hindi name (No. left blank; each field's label in Hindi and
  English with a slash between them, the value written by hand on a dotted line: दिनांक / Date, नाम / Name,
  अवधि / Period, राशि / Amount; "नकद प्राप्त" (received in cash) in a Hindi hand; no reference); RailWire's
  broadband payment receipt (Receipt No., Subscriber, Plan, Amount, Payment date, Payment mode, Transaction
  ID, Status in dot leaders). All new here.
* ``bank_alerts``: Rajasthan Gramin Bank's SMS in Hindi in its messages thread under its day divider ("प्रिय
  ग्राहक, आपके खाते XX1234 से रु.x UPI द्वारा <PAYEE> को दिनांक <dd-mm-yyyy> को डेबिट किए गए। संदर्भ सं.
  <ref>। ..."); SMS in SBI's ("Dear UPI user A/C X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno
  ..."), Bank of Baroda's ("Rs.x transfer from A/c ...1234 to <PAYEE> by IMPS on <dd/mm/yyyy> has failed.
  Amount will be reversed if debited. Ref ..."), PNB's ("A/c XX1234 debited INR x Dt <dd-mm-yy> <hh:mm> thru
  NEFT to <PAYEE> UTR ... Bal INR y") and Union Bank's ("A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by NEFT to
  <PAYEE>. Avl Bal Rs:y"; no reference) wordings; HDFC Bank's alert in the phone's notification history
  ("now"; "Rs.x sent to <PAYEE> from HDFC Bank A/c **1234 via UPI. Ref ..."; no day); AU Small Finance Bank's
  mail ("Your RTGS of INR x to <PAYEE>, initiated on <dd-Mon-yyyy>, is being processed. UTR ... Please do not
  re-initiate."); ICICI Bank's RCS business message with its verified badge and suggested replies ("ICICI Bank
  Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited. UPI:..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, an upright Liberation Serif
(liberation2) for a Hindi hand's figures and Latin letters, an italic for the hand
(``heldout290_families.PENS``) and a fixed-width face of the page's own (``heldout290_families.TYPES``). The
Kumbhalgarh Festival stall's card slip is drawn in the festival's days (1 to 3 December 2026) and its stall
fee receipt in the month before it, the Magh fair receipt in the fair's days (19 to 25 January 2026), the
Diwali bonus in the days before Diwali (26 October to 6 November 2026) and Bank of America's page on a day
after the 12th; the other days anywhere in 2026. GST is 5% on the plaques, tiles and murals (IGST 5% to
Delhi), 18% on the mineral colours (CGST 9% and SGST 9%), the domain, the stall fee and the premiums.

Truth conventions (heldout289's, heldout288's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  PhonePe's Paid to section (never its UPI ID), under Paytm's "Paid Successfully to", BHIM's Paid to pill,
  after "to" on CRED and Navi, under Amazon Pay's "Paid to", under Fi's "paid to"; the proprietor's account as
  a bank's field cuts it where so printed (GOPILAL KUMHAR PROP BANAS), the firm's name (BANAS MATI KALA
  UDYOG); never the app, the payer or "from <buyer>". *settled* (heldout268 to heldout289): a receiving
  business's own app pays the business named under the app, here the workshop under PhonePe Business (never
  its Hindi announcement) and the fuel depot under OkCredit (never "from <the workshop>"). *settled*
  (heldout167 to heldout289): a payer's advice pays the one it pays, never the payer on top or a salutation;
  here Rajasthali's Supplier Name (never its Supplier Code or the corporation on top), ERPNext's Party (never
  its Party Type or the hotel company on top), GeM's Seller (never the Buyer), the Payee: in the lake hotel's
  message (never the hotel over the chat), Straight2Bank's Beneficiary Name (never the decor store), the
  school's प्राप्तकर्ता / Paid to written in (never the school or its Hindi name), Pay Manager's Payee Name
  (never the office); *settled* (new here) a forwarded mail's quoted advice pays its quoted Payee: (never the
  son who forwarded it nor the studio at the head of the quote), because the forward only carries the payer's
  advice on unchanged, as a photocopy carries its page. *settled* (heldout155 to heldout289): an inward wire
  pays the firm, here Bank of America's Recipient, the name after "to" on Lloyds, Emirates NBD, ANZ, MUFG and
  Maybank, Deutsche Bank's Empfänger, UBS' Beneficiary, never the remitter or the bank on top. *settled*
  (heldout175 to heldout289): the workshop's own paper pays itself, its studio or its firm on top, here Molela
  Mitti Kala Kendra on its Shopify mail, its Razorpay page, its tax invoice (never its Hindi line), its Magh
  fair receipt and its Swipe invoice, Mitti Ghar Clay Studio on its ticket (never the workshop's line under
  it), the workshop after PhonePe PG's Merchant (never PhonePe), the firm on its money receipt (never the
  resort it was received from). A name in Hindi over its English: the English line, never the Hindi
  (*settled*, as heldout289's Gujarati). *settled* (heldout187 to heldout289): a supplier's name on top of its
  own paper, here the carter's name written in Latin letters on his chit (never the श्री over it or his
  signature), SHREE GANGA MINERALS & COLOURS (never its Buyer), the seller after Industrybuying's "Sold by:"
  and udaan's "Seller:" (never the marketplace or the town under it), Shiprocket, GoDaddy, SHRINATH OFFSET
  PRINTERS (never M/s.). *settled* (heldout179 to heldout289): a banking page pays the payee, here OnlineSBI's
  Beneficiary Name, Baroda Connect's Beneficiary, the Hindi page's प्राप्तकर्ता / Paid to, the name after "to"
  on PNB ONE, AU 0101 and IndusMobile, HDFC's Beneficiary, the mini statement's Narration after "NEFT/" (as
  heldout289's statement's "NEFT DR/"; never a Cr line's name). *settled* (heldout150 to heldout289): a pay
  slip pays the worker, here the name after "नाम:" in the wage account (never the firm), greytHR's Employee,
  under Airtel Thanks' "Paid to", after "to" on WhatsApp, Groww and YONO SBI, the wage receipt's प्राप्तकर्ता
  / Received by written in, the name after "I," in the bonus receipt (never the firm it was received from).
  *settled* (heldout153 to heldout289): a fee page pays the authority as printed, here GRAM PANCHAYAT MOLELA
  under its Hindi name (never the Name written in or its stamp), e-GRAS' Department (never e-GRAS or the
  Remitter, *settled* heldout287), the e-Mitra roll's DEPT (never e-Mitra or the kiosk, *settled* heldout275),
  the Rajasthan State Pollution Control Board (never the Unit), the Income Tax Department (never the PAN),
  Goods and Services Tax on the PMT-06 (never its Name, *settled* heldout262), the Trade Marks Registry (never
  IP India or the CGPDTM's office under it), the Department of Tourism under its Hindi name (never the
  Exhibitor). *settled* (heldout199 to heldout289): an insurer's receipt pays the insurer on top (full or
  short as printed) or after "to" on an app (HDFC ERGO General Insurance, Go Digit General Insurance Ltd.;
  never the app's bar), never RECEIVED FROM, Received from, the Insured or a salutation. A slip's counter name
  line as printed (the workshop, the hotel, the filling station, the packaging mart, the festival stall, the
  mineral house), never *settled* the terminal's brand over it (PINE LABS, HDFC BANK, ICICI BANK, AXIS BANK,
  MOSAMBEE, BANK OF BARODA); the workshop under Plutus Smart; the sweet shop on top of its cash memo (never
  its Hindi line). A utility's biller: AVVNL's English name under its Hindi (never the app's bar or the K
  No.), BSNL on top, after "for" on MyJio, CRED and d2h, after "to" on HelloBPCL (Bharatgas, never its
  Distributor), the water committee on top of its receipt (never its Hindi line), RailWire on top. An SMS,
  mail, notification or RCS alert's payee as the bank sends it (*settled*, the truncated name as printed,
  without the sentence's full stop or comma, read across its lines where it wraps): the Hindi SMS' "<PAYEE>
  को" (to <PAYEE>, as heldout289's Gujarati "<PAYEE> ને"), SBI's "trf to <PAYEE> Refno", Bank of Baroda's "to
  <PAYEE> by IMPS", PNB's "thru NEFT to <PAYEE> UTR", Union Bank's "by NEFT to <PAYEE>.", the notification's
  "sent to <PAYEE> from", AU's "to <PAYEE>, initiated", ICICI's "; <PAYEE> credited." (as heldout208's ICICI
  wording).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout289): a payer's advice counts its net sum, here Rajasthali's Payable total (its sentence the same;
  never a Sale value or the Commission 20%), the forwarded NetSuite payment's Amount: (never a bill's sum
  after "Applied to bill"), ERPNext's Paid Amount (its Total Allocated the same; never a Grand Total), GeM's
  Amount, the lake hotel's Amount:, Straight2Bank's Amount, the school's राशि / Amount written in, Pay
  Manager's Net Amount. *settled* (heldout155 to heldout289): an inward wire's foreign sum, here US dollars
  ($x, USD x or US$x), pounds (£), euros the German way (4.350,00 EUR or 4.350,00 € is 4350.00, as the Dutch
  and the Danish ways, *settled* heldout245 and heldout255), dirhams (AED), Swiss francs with apostrophes
  between the thousands (CHF 4'350.00 is 4350.00, *settled* heldout260), yen whole (¥530,000 or JPY 530,000,
  heldout240), ringgit (RM or MYR, *settled* heldout216); *settled* (new here) NZ$x or NZD x as New Zealand
  dollars (NZD), because NZ$ is the mark New Zealand's banks give their own dollar and NZD its code (as A$ and
  AUD name Australia's, *settled* heldout155 to heldout289); never Bank of America's Fee (as heldout289's
  Chase's Wire fee). *settled* (heldout175 to heldout289): a receipt counts the sum received, here Shopify's
  Total (never Subtotal, Shipping or Taxes (included)), Razorpay's Amount, the tax invoice's Total (never IGST
  5%), the Magh receipt's राशि / Amount written in, the ticket's Total (never its Persons line), PhonePe PG's
  Amount, the Swipe invoice's Total (incl. GST) (never an item's pill); the money receipt's Rs. x/- received,
  never its order value (*settled* heldout289's advance receipt: only the instalment changed hands that day).
  A whole sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout289): a
  supplier's paper counts the sum paid, here the chit's कुल (total) written again after the figure struck
  through beside it (*settled* heldout275: the correction stands; never the struck figure or a line's sum),
  the colours' Total (never CGST 9% or SGST 9%), Industrybuying's Amount, OkCredit's sum large (never Balance
  due), Shiprocket's Recharge amount (never its Wallet balance, as an Avl Bal), GoDaddy's Total (never GST
  18%), udaan's Amount, the press's Total written in. A banking page's sum; the mini statement's Dr sum (never
  a Cr line or the Avl Bal). *settled* (heldout167 to heldout289): a pay slip's net sum, here the wage
  account's कुल written in, greytHR's Net Pay (never Gross earnings, a deduction or Total deductions), the
  sums on Airtel Thanks, WhatsApp, Groww and YONO SBI, the wage receipt's राशि / Amount written in, the bonus
  receipt's Rs. x/-. A fee page's राशि / Amount written in, e-GRAS' Amount, the e-Mitra roll's AMOUNT, the
  Pollution Control Board's Fee, e-Pay Tax's Amount, the PMT-06's Total challan amount (*settled* heldout262;
  never a head's row), the Registry's Fee, the Tourism receipt's Total (never its Fee or GST 18%). An
  insurer's premium with its GST (*settled*), here New India's TOTAL (never PREMIUM, CGST 9% or SGST 9%),
  LIC's Total (never Premium or GST), IFFCO-Tokio's Total Premium (never Premium or GST 18%), the sums on HDFC
  ERGO, Digit and SBI General and in ICICI Lombard's sentence, the agent's राशि / Premium written in. A slip's
  AMOUNT, SALE AMOUNT, TOTAL or TOTAL: with the tip (never BASE AMT: or TIP:, *settled* heldout262), never a
  filling station's RATE or VOLUME, the cash memo's Total written in, the Plutus screen's sum large. A
  utility's Amount paid, the sum in BSNL's sentence, the sums large, d2h's Amount, the water committee's राशि
  / Amount written in, RailWire's Amount; never MyJio's Plan. An alert's sum debited as worded (grouped the
  Indian or the English way or not at all; SBI's "debited by 16560.0" with one figure after the point is
  16560.00), never an Avl Bal or a Bal. Currency INR but on the wires.

* status: as printed. PhonePe's and BHIM's Transaction Successful, Paytm's "Paid Successfully to", Amazon
  Pay's Payment successful, Fi's "paid to" under its tick's disc (*settled*, as heldout289's Kotak811's large
  tick), PhonePe Business' Payment received successes; Navi's Payment in progress pending; CRED's "payment
  failed" failed. A payer's own record of the payment made (*settled*, as heldout289's Busy voucher):
  ERPNext's Payment Entry with its Mode of Payment, the forwarded Bill Payment with its Payment Method NEFT,
  the lake hotel's "Payment released" (as heldout272's resort's "released today"), the school's "नकद भुगतान
  किया" (paid in cash); Rajasthali's "has been remitted", Pay Manager's Status Paid successes; GeM's "Payment
  initiated, awaiting bank confirmation" pending (as heldout289's PFMS); Straight2Bank's Payment rejected
  (returned: the name does not match) failed. A wire's "Your international wire has been sent.", Lloyds'
  International payment sent, Deutsche Bank's "Ihr Auftrag wurde ausgeführt." and its Status Ausgeführt
  (executed, *settled* heldout276's PostFinance), UBS' Payment executed, MUFG's Remittance completed,
  Maybank's Successful successes; Emirates NBD's Transfer in progress pending; ANZ's Payment unsuccessful
  (returned) failed. A receipt's "Paid by UPI via Razorpay", "Received via UPI", "नकद प्राप्त किए" (received
  in cash), the ticket's "Paid by card", the money receipt's "Received with thanks", Swipe's Status Paid
  successes; Razorpay's Payment processing pending; PhonePe PG's Payment Failed failed. A supplier's "नकद
  मिले" (received in cash), PAYMENT RECEIVED, OkCredit's Payment received, Shiprocket's Recharge successful,
  GoDaddy's "Your payment has been received.", the press's "Paid by PhonePe" written in successes; udaan's
  Payment pending pending; Industrybuying's Payment Failed failed. A banking page's "Your NEFT transaction is
  successful.", Status Processed (as heldout288's FedCorp), "भुगतान सफल" / Payment successful, the mini
  statement's debit row (*settled*: a printed debit entry a success), "Funds transferred successfully", "Money
  sent!" successes; PNB ONE's Transaction under process pending; AU 0101's Transfer failed failed. A pay
  slip's "नकद दिए" (paid in cash), greytHR's "Net pay credited ... by NEFT", Airtel's Payment Successful, the
  wage receipt's "नकद प्राप्त किए", Groww's Paid successfully, the bonus receipt's "have received" successes;
  YONO SBI's Payment pending pending; WhatsApp's Payment failed failed. A fee page's "नकद प्राप्त", e-GRAS'
  Status Success, the e-Mitra roll's STATUS : SUCCESS, the PMT-06's "Payment successful.", the Registry's
  Payment successful, the Tourism receipt (a receipt with its Mode UPI and UPI Ref. No., as heldout288's Legal
  Metrology e-Receipt) successes; the Pollution Control Board's Payment pending pending; e-Pay Tax's Payment
  Failed failed. An insurer's RECEIVED WITH THANKS, "We have received ...", LIC's "Your premium has been
  received.", Digit's Payment done, "नकद प्राप्त", IFFCO-Tokio's receipt with its Mode and UPI Ref. No.
  successes; SBI General's Payment under verification pending (as heldout288's IndiaMART); HDFC ERGO's Payment
  failed failed. A slip's APPROVED, TRANSACTION APPROVED, SALE SUCCESSFUL, the memo's "कार्ड से भुगतान" (paid
  by card) in the hand, the Plutus screen's APPROVED successes; DECLINED (RESP CODE 05: DO NOT HONOUR) failed;
  TXN IN PROCESS with its DO NOT RETRY pending (as heldout289's RESPONSE NOT RECEIVED, *settled* heldout274
  and heldout281). A utility's Status Success, "Thank you for your payment ... It has been received", "Refill
  booked and paid", "recharge successful", "नकद प्राप्त", RailWire's Status Paid successes; d2h's Payment
  pending pending; MyJio's Recharge failed failed. *settled*: an SMS, mail, notification or RCS debit alert a
  success whatever its bank's wording (here in Hindi too, "डेबिट किए गए", debited; ICICI's "<PAYEE>
  credited"); Bank of Baroda's "has failed. Amount will be reversed if debited." failed; AU's "is being
  processed. ... Please do not re-initiate." pending (as heldout289's Federal Bank "is in process").

* date: the day paid. A UPI screen's day after PhonePe's "<hour> on", Paytm's Date in its row of three, CRED's
  attempted on in lower case, Amazon Pay's Payment date, Fi's "on <day>", Navi's Initiated, PhonePe Business'
  Received on; BHIM's hour alone prints no day (*settled* heldout285's Mswipe). A payer's Date: at the head of
  Rajasthali's advice (its sentence's "dated <day>" the same), the forward's quoted Date: (never a bill's day
  after "of"), ERPNext's Posting Date (its Cheque/Reference Date the same; never a Purchase Invoice's Posting
  Date), GeM's Initiated on, Straight2Bank's Value date, the school's दिनांक / Date written in, Pay Manager's
  Payment Date; the lake hotel's message under no day divider, its hour alone, prints no day (*settled*, as
  BHIM's). A wire's Send date month first the American way (07/24/2026 is 2026-07-24, *settled* heldout272:
  drawn only on a day after the 12th), Lloyds' Date, Deutsche Bank's Ausführungsdatum (27.09.2026), Emirates
  NBD's Date, UBS' Execution date (06.06.2026), ANZ's Date, MUFG's "on <day>"; Maybank's "Today, <hour>"
  prints no day (*settled*). A receipt's "placed on <day>", Razorpay's Initiated, the tax invoice's Date: (its
  "on <day>" the same), the Magh receipt's दिनांक / Date written in, PhonePe PG's Date, the money receipt's
  Date: (its "dated <day>" the same), Swipe's Invoice date; the studio's ticket prints no day. A supplier's
  "दि. <day>" written on the chit, the day in PAYMENT RECEIVED's "on <day>" (never the colours' Invoice Date,
  *settled* heldout284's Marg), Industrybuying's Attempted, OkCredit's Date, Shiprocket's Date, GoDaddy's
  Order date, udaan's Initiated on; the press's bill leaves its Date blank and so prints no day (*settled*
  heldout270 to heldout289). A banking page's Transaction Date, Value date, the Hindi page's दिनांक / Date,
  Date & time, Date, the mini statement's day in its debit's row (never a Cr row's); IndusMobile's "Today,
  <hour>" prints no day. A pay slip's "दि. <day>" in the wage account, the day in greytHR's "Net pay credited
  on <day>" (never its Payslip for <month>), Airtel's Date, WhatsApp's Date, the wage receipt's दिनांक / Date
  written in, YONO SBI's Initiated on, the bonus receipt's Date: (its "on <day>" the same); Groww's "Today,
  <hour>" prints no day. A fee page's दिनांक / Date written in, e-GRAS' Payment Date, the e-Mitra roll's DATE,
  the Pollution Control Board's Initiated on, e-Pay Tax's Date (never its Assessment Year), the PMT-06's
  Deposit date, the Tourism receipt's Receipt Date; the Registry's "paid today at <hour>" prints no day
  (*settled*, as Today). An insurer's DATE, Payment date, Attempted on, Date of payment (never LIC's Due
  month), Initiated, the दिनांक / Date written in, Receipt Date; Digit's "Yesterday, <hour>" prints no day
  (*settled* heldout289's Tata Play). A slip's DATE, DATE/TIME, the memo's Date written in; the Plutus
  screen's hour alone prints no day (*settled* heldout285 and heldout289). A utility's Payment date, Attempted
  on, Paid on, Initiated on, the दिनांक / Date written in (never AVVNL's Bill month or Due date, or the water
  committee's अवधि / Period); CRED's "just now" prints no day (*settled* heldout279). The alerts' "दिनांक
  <dd-mm-yyyy> को" (on <day>, in Latin figures as the bank sends them, as heldout289's Gujarati "ના રોજ"),
  SBI's "on date <ddMonyy>" run together (02Jul26 is 2026-07-02, as heldout209's SBI), "on <dd/mm/yyyy>",
  PNB's "Dt <dd-mm-yy> <hour>", "on <dd-mm-yyyy>", "initiated on <dd-Mon-yyyy>", ICICI's "on <dd-Mon-yy>" (its
  day divider the same); the notification history's "now" prints no day (*settled* heldout279). All numeric
  days here are day first (heldout251, heldout259) but Bank of America's Send date. *settled*: never a Period,
  a Sale period, a pay month, a Bill month, a Due month or a Due date, an Assessment Year, a Financial Year,
  an invoice's, a bill's or a document's day, an e-mail's hour, the day inside a UTR (heldout210) or inside an
  app's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Rajasthali's NEFT, the forwarded payment's NEFT,
  ERPNext's Wire Transfer, GeM's NEFT, the lake hotel's NEFT, Straight2Bank's NEFT, Pay Manager's e-Payment
  (NEFT); the money receipt's RTGS; the colours' NEFT; the banking pages but the Hindi page's UPI; greytHR's
  NEFT, the bonus receipt's NEFT; e-GRAS' Net Banking, the Pollution Control Board's and e-Pay Tax's Net
  Banking, the PMT-06's E-Payment; New India's NEFT, LIC's Net Banking, SBI General's NEFT; BSNL's Net
  Banking; the NEFT, IMPS and RTGS alerts); a SWIFT transfer either way (Bank of America's international wire
  to the recipient's bank, Lloyds' International (SWIFT), Deutsche Bank's Entgelte SHA (geteilt), Emirates
  NBD's SWIFT, UBS' Charges option Shared (SHA), ANZ's Overseas transfer (SWIFT), MUFG's Overseas remittance
  (SWIFT), Maybank's Foreign Telegraphic Transfer). UPI for the UPI screens, PhonePe Business' "from <buyer>
  (<UPI ID>)", Shopify's "UPI via Razorpay", Razorpay's Method UPI, the tax invoice's "Received via UPI",
  OkCredit's, Shiprocket's and udaan's UPI, the press's "by PhonePe" (*settled* heldout276), the Hindi bank
  page's UPI, Airtel Thanks, WhatsApp, Groww and YONO SBI, the Registry's and the Tourism receipt's UPI, HDFC
  ERGO's, Digit's and IFFCO-Tokio's UPI, AVVNL's, MyJio's, HelloBPCL's, CRED's and d2h's UPI, the UPI alerts;
  card for the ticket's "Paid by card", PhonePe PG's Visa, Industrybuying's Credit card, GoDaddy's Visa, ICICI
  Lombard's Credit card, the slips and the Plutus screen, the memo's "कार्ड से भुगतान" (by card), RailWire's
  Debit card; cash for the school's "नकद भुगतान किया" (paid in cash), the Magh receipt's and the wage
  receipt's "नकद प्राप्त किए", Swipe's Paid via Cash, the chit's "नकद मिले", the wage account's "नकद दिए", the
  panchayat's, the agent's and the water committee's "नकद प्राप्त", the e-Mitra roll's MODE : CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout289): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe's UTR (above its Transaction ID), Paytm's UPI Ref. No.,
  BHIM's UPI Transaction ID, CRED's upi txn id, Amazon Pay's UPI transaction ID, Navi's and PhonePe Business'
  UPI Ref No, a UTR in a sentence, the forward's Reference #, ERPNext's Cheque/Reference No, the lake hotel's
  UTR:, Pay Manager's UTR No., the tax invoice's UPI Ref, the money receipt's UTR, the colours' UTR,
  OkCredit's and Shiprocket's UPI Ref No, udaan's UPI Ref, the press's Ref in pen, OnlineSBI's UTR (above its
  Reference No.), Baroda Connect's UTR No. (above its Bank Ref. No.), the Hindi page's यूपीआई संदर्भ सं. / UPI
  Ref No., IMPS Ref No, HDFC's IMPS Reference No., IndusMobile's UTR, greytHR's UTR, Airtel's UPI Ref No,
  WhatsApp's UPI transaction ID, Groww's and YONO SBI's UPI Ref No, the bonus receipt's UTR, the Tourism
  receipt's UPI Ref. No., New India's UTR, IFFCO-Tokio's UPI Ref. No., a slip's RRN, HelloBPCL's UPI Ref No,
  the alerts' संदर्भ सं. (reference no.), Refno, Ref, UTR, UPI:), then a bank reference (Straight2Bank's Bank
  Reference (above its Customer Reference), Lloyds' Reference, Deutsche Bank's Referenz, Emirates NBD's
  Reference, the UBS reference, ANZ's Reference, Maybank's Reference No., e-GRAS' Bank Ref No. (above its GRN,
  *settled* heldout287's e-GRAS), the PMT-06's BRN (*settled* heldout262 and heldout274), LIC's Bank Ref No.,
  AVVNL's Bank Ref No.), then a transaction / payment id (PhonePe's Transaction ID, the Amazon Pay reference,
  GeM's Payment Ref. No., Bank of America's Confirmation number (as heldout289's Chase), Razorpay's Payment
  ID, PhonePe PG's PhonePe Transaction ID, Industrybuying's and Shiprocket's Transaction ID, e-GRAS' GRN
  (*settled*, a treasury's GRN), the e-Mitra roll's TXN ID, the Pollution Control Board's and the Registry's
  Transaction ID, the PMT-06's CIN (*settled* heldout262), ICICI Lombard's, HDFC ERGO's and Digit's
  Transaction ID, SBI General's Payment Ref., LIC's Transaction No., the bills' Transaction ID), then an
  approval code (APPR CODE, AUTH, APPR, AUTH CODE, Auth Code), then an order's number (the Paytm Order ID,
  Shopify's Order #, Razorpay's Order ID, PhonePe PG's Merchant Transaction ID (the web shop's own order's
  number), Industrybuying's Order ID, GoDaddy's Order #, udaan's Order ID, HelloBPCL's Booking No. (*settled*
  heldout280's Booking No.)), then a document's own number (Rajasthali's Advice No. (*settled*, a Payment
  advice No.), the forward's Bill Payment # (as a Payment#), ERPNext's ACC-PAY number (*settled* heldout281's
  Payment Number), the tax invoice's Invoice No., the ticket's Ticket No., the money receipt's No., Swipe's
  Invoice #, the colours' Invoice No., the press's Bill No. printed, the wage receipt's Voucher No., the bonus
  receipt's No., e-Pay Tax's CRN and the PMT-06's CPIN (*settled* heldout278's CPIN, the challan's own number
  made before its payment), the Tourism receipt's Receipt No., New India's RECEIPT NO, IFFCO-Tokio's Receipt
  No., a slip's INVOICE NO / INV / INVOICE / BATCH/INV's invoice / INV NO / Invoice, BSNL's and RailWire's
  Receipt No.). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, GSTIN, PAN, an Udyam
  number, a Policy No., a Proposal No., a K No. (as a Consumer No.), a Subscriber ID or Subscriber, an Account
  No., an Application No., an Employee No., a vehicle's number, a slip's TID / MID / BATCH, a No. left blank,
  a bill or document named on an advice (Rajasthali's Consignment Note, the forward's bill, ERPNext's Purchase
  Invoice, GeM's Invoice No., the lake hotel's bill, Pay Manager's Bill No.), a treasury's Token No.
  (heldout270), a Supplier Code; *settled* (new here) never GeM's Contract No., because it numbers the buyer's
  contract for the goods on the marketplace (its purchase order), not the payment (as a PO No., heldout272 and
  heldout274)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout290_families import (
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

SPLIT = "heldout290"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout288's and heldout289's: the screens in
# five sans faces, the pages in six serif and sans faces, the workshop's, its suppliers' and its people's
# papers in five, the slips in four monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold,
# fonts-noto-core) for the Hindi lines, labels and hand, an upright Liberation Serif (liberation2) for a Hindi
# hand's figures, a pen's italic (``heldout290_families.PENS``) and a page's own fixed-width face
# (``heldout290_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
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


def make_heldout290_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout290 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

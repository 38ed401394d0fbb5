"""heldout292: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a mandana workshop's year of 2026 in Kundera on the Ranthambhore road, Sawai
Madhopur, Rajasthan (Geru Khadia Kala Udyog, Smt. Kamla Devi Meena's proprietary firm, GSTIN 08DQKPM7319N1Z4,
Udyam UDYAM-RJ-27-0063815, with her son Rakesh Meena, who takes the murals on hotels' walls, and her
daughter-in-law Seema Meena, who keeps the gallery's web shop and its accounts: its Meena women, Gyarsi Bai,
Bhoori Devi, Sugna, Kanta Bai, Dhapu Devi, Santosh, Ramkanya and Lado Bai, plaster a board, a wall or a floor
with geru (red earth, hirmich) and draw on it in khadia (lime white), with a twist of cotton, a date-palm twig
or a finger, the mandana the Meena women of Sawai Madhopur and Bundi paint on their houses' floors and walls
before Diwali: chowks of squares within squares, peacocks, Lakshmi's footprints, the tiger of Ranthambhore,
vines and lotuses; its mandana panels on board, framed paintings on Sanganer's handmade paper, painted
terracotta tiles, clay wall plates, wooden trays, coasters, greeting cards and Diwali stencil kits, and its
murals in geru and khadia on the walls of the resorts round the tiger reserve and of havelis in Jaipur and
Kota; its courtyard workshop, Lipai Aangan, whose floor the mason Ramphool Meena plasters afresh with clay and
dung; its gallery at Hammir Circle, Mandana Ghar; stall 14 at the Bundi Utsav's Shilpgram; the web shop
mandanaghar.in; resorts, interior firms, a Delhi gallery, the Rajasthan Lalit Kala Akademi, a Mumbai home
store, a Kota decorator and a Jaipur boutique at home, and shops and galleries in Toronto, Melbourne,
Singapore, Stockholm, Krakow, Doha, Hong Kong and Seoul abroad), told by the proofs of payment it receives
(buyers' Google Pay, MobiKwik, super.money, Kotak811, Jupiter, iMobile Pay and Freecharge screens and BharatPe
for Business on the gallery's phone; a Ranthambhore resort's Zoho Books payment, HDFC Bank's ENet advice for a
Jaipur interiors firm, a Delhi gallery's RazorpayX payout reversed, the Rajasthan Lalit Kala Akademi's payment
advice for a workshop's honorarium, a Mumbai home store's Odoo vendor payment, a resort's NEFT in process on
YES BANK's YES CONNECT, a Kota decorator's Khatabook and a Jaipur boutique's Instagram message; TD Canada
Trust, Westpac, OCBC, SEB, PKO Bank Polski, the Commercial Bank of Qatar, Hang Seng Bank and Shinhan Bank for
buyers in Toronto, Melbourne, Singapore, Stockholm, Krakow, Doha, Hong Kong and Seoul in Canadian, Australian
and Singapore dollars, Swedish kronor, zloty, Qatari riyals, Hong Kong dollars and won; the gallery's
myBillBook tax invoice, Townscript's booking for a mandana morning, the web shop's WooCommerce mail, PayU's
failed page, the Utsav stall's carbon memo, Easebuzz's payment link in process, the firm's cash receipt for a
resort's mural advance and a thank-you card in a parcel) and those it makes (a Bundi mineral house's
dot-matrix bill for geru and khadia, a Sanganer paper mill's invoice, Moglix's order pending, Flipkart's
failed checkout, DTDC's counter receipt, Printo's mail, a framer's Google Pay for Business and a potter's memo
in Hindi; Canara ai1, Union Bank Vyom, Kotak Net Banking, Bank of Baroda's pay-in slip, IDFC FIRST Bank,
FedMobile, IndOASIS and Axis Bank's statement for the mineral house, the framer, the paper mill, the potter,
the transporter, the printers, the board house and the packaging house; its painters' attendance card, Zoho
Payroll's payslip, PayZapp, Tata Neu, the mason's account in Hindi, iris by YES BANK, a wage voucher and Axis
Mobile; Nagar Parishad Sawai Madhopur's UD tax, the Bundi Utsav Samiti's stall receipt, ESIC's challan, the
DGFT's IEC fee, the Copyright Office's fee, Vahan's road tax, a traffic e-challan and the Export Promotion
Council for Handicrafts' membership; United India's, Niva Bupa's, TATA AIG's, Care Health's, Cholamandalam
MS's, ACKO's, National Insurance's and Royal Sundaram's premiums; cards on the gallery's Bank of Baroda
terminal, the stall's BharatPe swipe machine and the gallery's Razorpay POS and the firm's card at a
restaurant, an art store, a fuel point, a dhaba and a paint house; JVVNL, Vi, Indane, the PHED, Dish TV,
Excitel, a news agency and ICICI Bank FASTag; the banks' SMS, Canara Bank's SMS in Hindi, YES BANK's mail and
IndusInd Bank's alert in a mail app's inbox). One payment per page. Each family: six successes, one failure,
one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout290's or heldout291's; where a kind of paper is one they also drew (a tax invoice, a receipt book's
page, a payslip, a wage voucher, a thermal roll, a bank's SMS in Hindi, a chat, a mail), it is drawn here for
another issuer in this set's own labels and marks, and near ones are noted: Bank of Baroda's pay-in slip and
card slip, where heldout290 drew Baroda Connect; Axis Bank's statement and Axis Mobile, where heldout291 drew
Axis Bank's heads-up notification; HDFC Bank's ENet advice and PayZapp, where heldout290 drew HDFC Bank
NetBanking and heldout291 HDFC Bank MobileBanking and HDFC Bank's mail; ICICI Bank's iMobile Pay, slip and
FASTag, where heldout290 and heldout291 drew ICICI Bank's business messages and heldout291 SBI FASTag; Canara
Bank's ai1 and SMS, where heldout291 drew Canara Bank's slip; YES BANK's YES CONNECT, iris and mail, where
heldout291 drew Yes Bank's slip; Union Bank's SMS of an RTGS under process, where heldout290 drew Union Bank's
debit SMS; IndusInd Bank's alert mail, where heldout290 drew IndusMobile; Bank of India's SMS, where
heldout291 drew BOI Mobile; Nagar Parishad Sawai Madhopur's online UD tax receipt, where heldout291 drew Nagar
Parishad Phulwari Sharif's receipt book; the Bundi Utsav Samiti's stall receipt, where heldout290 and
heldout291 drew the Department of Tourism's stall fees; the families' docstrings list each one's labels). This
set draws kinds of row and page heldout290 and heldout291 do not: a mandana chowk as a letterhead's emblem (a
geru square, a khadia border and a dotted one, a square turned on its corner, a smaller square, a lotus of
eight petals, a triangle in each corner, each line a little uneven as a hand leaves it); a mandana bel as a
divider (a geru band, a khadia vine waving along it, a leaf where it crosses the middle and three dots by each
crest); a bank's name in Arabic in Noto Naskh Arabic shaped by Raqm over its English; days worked kept in
tally marks; a mail app's inbox with an alert among other mails (each a round badge, the sender and the hour,
the subject, two lines of the opening cut with an ellipsis); a digital receipt's card with its foot cut in
teeth; a PAID ribbon across a page's corner; a page photographed lying on a charpai of woven niwar; and beside
them heldout269's to heldout289's rows (a dot-matrix printer's greenbar stationery, a carbon copy, a spiral
pad, a bahi's red rules, a highlighter's stroke, a numbering machine's red number, a revenue stamp signed
across, round and oval rubber stamps, a sum with its paise raised, a payment's stages left to right and
across, large outcome marks, tiles and scalloped badges, capsules, spinners, avatars, striped tables, tables
ruled on every side, tables whose labels are shaded, labels against a gutter, dot leaders, hairline rows,
notice boxes, copyable fields, values over their labels, chat bubbles and a day divider, hand-written fills
and columns on a ruled page, Hindi lines and a Hindi hand, signatures, a torn roll).

* ``buyer_upi``: Google Pay's payment details (the payee's round badge, "To <payee>" over its UPI ID, the sum,
  Completed in a capsule, the day and hour; UPI transaction ID, To, From, Google transaction ID with each
  label small over its value); MobiKwik's Payment Processing under a large clock (the sum, "to <payee>", a
  warning's notice; Transaction ID, UPI Ref. No., Date, Paid from at the left and the right with a hairline
  under each); super.money's dark "payment done" capsule (the sum, "paid to <payee>", the day in lower case;
  each value over its label small: upi reference no., super.money id, paid from); BharatPe's business app on
  the shop's phone (the shop under the app, Payment received on a band, the sum, "from <buyer>", "Today at
  <hour>"; UPI Ref No and Settlement side by side, Transaction ID; no day); Kotak811's Payment Successful
  under a tile (the sum, "Paid to" over the payee; UPI Reference No., Date & Time, Debited from, Remarks in a
  table whose labels are shaded); Jupiter's share card (a scalloped badge, Payment sent, the sum, "to" over
  the payee, the day and hour, "Shared via Jupiter"; no reference); iMobile Pay's Transaction Failed on a band
  (the reason in a notice; Transaction ID, UPI Ref No, Date, From A/c in dot leaders); Freecharge's Payment
  Successful on a digital receipt's toothed card (the sum, "Paid to", the UPI ID; Transaction ID, UPI Ref.
  No., Date & Time, Paid using). All new here.
* ``buyer_advices``: a Ranthambhore resort's PAYMENTS MADE printed from Zoho Books (Payment#, Payment Date,
  Reference Number, Paid To, Payment Mode, Paid Through in columns; Amount Paid on a tinted band; Bill Number
  | Bill Date | Bill Amount | Payment Amount in a table ruled on every side); HDFC Bank's ENet payment advice
  mailed for a Jaipur interiors firm (its sentence "We have been instructed by ... to make the following
  payment"; Beneficiary Name, Beneficiary Account No., IFSC, Amount, Payment Mode, UTR No., Value Date,
  Remarks in a table ruled on every side); RazorpayX's payout Reversed for a Delhi gallery (a capsule, the sum
  with its paise raised, the reason in a notice; Payout ID, Contact, Fund account, Mode, UTR, Created on in a
  table whose labels are shaded); Rajasthan Lalit Kala Akademi's typed PAYMENT ADVICE under its Hindi name for
  a workshop's honorarium (Letter No. beside Dated; To, the firm; its sentence; Honorarium, Less TDS u/s 194J,
  Net amount paid, UTR, Date of payment in dot leaders); a Mumbai home store's Vendor Payment from Odoo with a
  PAID ribbon across its corner (Vendor Payment and its number; two fields to a row: Date:, Partner:; Method:,
  Amount:; Memo: with its UTR; Invoice Date | Invoice Number | Amount Paid on hairline rows); YES BANK's YES
  CONNECT enquiry of a resort's NEFT In Process (a capsule, a notice; Transaction Ref No., Payment Type,
  Beneficiary Name, Beneficiary A/c, Amount, Value Date, Status on a striped table); Khatabook on a Kota
  decorator's phone (the party's badge and name, the sum, "You gave", the day and hour; Payment mode Cash,
  Note; no reference); a Jaipur boutique's message on Instagram Direct under a "Today" divider ("Paid Rs. x to
  Mandana Ghar by IMPS just now.", "Ref ..."; no day). All new here.
* ``export_wires``: TD Canada Trust's Global Money Transfer in Canadian dollars (its stages across the page;
  "Your transfer has been sent."; Confirmation #, Recipient, Recipient's bank, Amount sent, Transfer date
  month first in words, Fee against a gutter); Westpac's international payment Processing in Australian
  dollars (a capsule, the sum, "to <beneficiary>", a notice; Payment reference and Date side by side, SWIFT
  code and Fee as label and value on a line); OCBC's transfer successful in Singapore dollars under a tile
  (the sum, "to <beneficiary>"; Transfer date and Transfer type in two tiles; a copyable Reference number);
  SEB's Utlandsbetalning genomförd in Swedish kronor the Swedish way ("Idag <hour>"; each value over its
  label: Mottagare, Mottagarens bank, Referens, Avgift; no day); PKO Bank Polski's foreign transfer executed
  in zloty the Polish way (Polish and English labels on a striped table: Kwota / Amount, Odbiorca /
  Beneficiary, Bank odbiorcy / Beneficiary's bank, Data realizacji / Execution date, Numer referencyjny /
  Reference, Koszty / Charges); the Commercial Bank of Qatar's outward transfer rejected in Qatari riyals
  under its Arabic name (the reason in a notice; Transaction reference, Date, Amount, Beneficiary, Beneficiary
  bank, Charges in a table whose labels are shaded); Hang Seng Bank's share card in Hong Kong dollars
  (Remittance completed, the sum, "to <beneficiary>", "on <day>"; no reference); Shinhan Bank's printed
  OUTWARD REMITTANCE CONFIRMATION in won (Remittance No., Remittance Date year first with dots, Remitter,
  Beneficiary, Beneficiary Bank, Amount, Charges (OUR), Status REMITTED in dot leaders). All new here.
* ``own_receipts``: Mandana Ghar's TAX INVOICE made in myBillBook under a mandana chowk, its Hindi name and a
  mandana bel (Invoice No. beside Invoice Date, Bill To; a table ruled on every side with CGST 2.5% and SGST
  2.5%; Total Amount; Received Amount, Balance; "Payment Mode: UPI | UPI Ref ..."); Townscript's booking mail
  for a mandana morning at Lipai Aangan (Organised by Mandana Ghar; Booking ID, Event date, Venue, Tickets,
  Amount paid, Payment, Transaction ID, Booked on in columns; Payment successful); the web shop's WooCommerce
  mail ("[Order #n] (<Month d, yyyy>)", Product | Quantity | Price on hairline rows, Subtotal, Shipping,
  Payment method, Total; "Your payment has been received"); PayU's Transaction Failed for the web shop (the
  outcome on a band, the reason in a notice; Amount, Merchant Txn ID, PayU ID, Payment mode, Date in dot
  leaders); the Bundi Utsav stall's CASH MEMO, the carbon copy from its bill book under the shop's Hindi name
  (No. left blank; Date and M/s. written in; Item | Qty | Rate | Amount written in its columns; Total; "Cash
  received with thanks" in the hand; no reference); Easebuzz's payment link in process under a spinner
  (Payment link from Mandana Ghar, a notice; Amount, Transaction ID, Payment mode, Date & time in a table
  ruled on every side); the firm's RECEIPT for a resort's mural advance in cash (No. struck in red by a
  numbering machine, Date written in, "Received with thanks from ... in cash towards ..." in the hand, Rs. in
  a box; a one-rupee revenue stamp signed across); a thank-you card tucked in a parcel under a mandana chowk
  (written by hand: "We received Rs. x by UPI (Ref ...)."; no day). All new here.
* ``supplier_invoices``: a Bundi mineral house's bill printed by its dot-matrix printer on continuous
  stationery (BILL NO and DATE on a line, the geru, khadia, multani mitti and gond by the bag with their sums,
  TOTAL, "CASH RECEIVED WITH THANKS"); a Sanganer handmade paper mill's TAX INVOICE with a PAID ribbon across
  its corner (Invoice No. and Invoice Date, Buyer in columns; the sheets in a table ruled on every side with
  CGST 2.5% and SGST 2.5% and its total; a Payment Details table: Mode | UTR | Date | Amount); Moglix's order
  with the payment pending under a spinner (Sold by, the order's stages left to right, a notice; Order ID,
  Amount, Payment mode, UPI Ref, Initiated on at the left and the right with a hairline under each);
  Flipkart's payment failed for picture frames (the outcome on a band, the reason in a notice; Order ID, Item,
  Amount, Payment method, Attempted on in a table whose labels are shaded); DTDC's counter receipt on a torn
  roll (RECEIPT NO, CONSIGNMENT NO, BOOKING DATE, ORIGIN, DEST, WEIGHT, FREIGHT, FUEL SURCHARGE, GST 18%,
  TOTAL, MODE UPI, UPI REF, PAID); Printo's order confirmation mail for the greeting cards (Order ID, Order
  date, Paid with in columns; the prints on hairline rows, GST 18%, Total paid); a Sawai Madhopur framer's
  Google Pay for Business on its own phone (the framer under the app, Payment received, "from <the firm>",
  "Yesterday, <hour>"; UPI transaction ID; no day); a potter's memo pad under its printed name, photographed
  lying on a charpai, written in a Hindi hand on its red rules (दि. and the day, the plates, tiles and diyas
  with their sums, कुल (total), "नकद प्राप्त" (cash received); no reference). All new here.
* ``vendor_transfers``: Canara Bank's ai1 with a NEFT successful on a band (a table ruled on every side:
  Beneficiary Name, Account No., IFSC, Amount, UTR No., Transaction Date, Remarks); Union Bank's Vyom with an
  IMPS failed under a large cross (the reason in a notice; IMPS Ref No., Date & Time, From A/c, To A/c in dot
  leaders); Kotak Net Banking's RTGS request successful (Transaction Reference No., UTR Number, Beneficiary
  Name, Beneficiary Account, IFSC, Amount, Value Date, Charges against a gutter); Bank of Baroda's
  PAY-IN-SLIP, the customer's counterfoil of cash paid in to the potter's account (Date, Credit to A/c No.,
  Name, Cash ticked among Cash / Cheque / DD, 500 / 200 / 100 notes and their sums, Total, Rupees in words,
  the cashier's "Recd." in pen under the branch's round stamp; no reference); IDFC FIRST Bank's Money sent
  ("Today, <hour>"; "to <payee>"; Mode and From side by side, a copyable Reference number; no day);
  FedMobile's NEFT successful (Beneficiary, Account, Amount, UTR, Date, Purpose on a striped table); Indian
  Bank's IndOASIS with a NEFT pending (a capsule, a notice; Reference No., Beneficiary, Amount, Initiated on,
  Status at the left and the right with a hairline under each); Axis Bank's statement for the day (Tran Date,
  Chq No, Particulars, Debit, Credit, Balance; the opening balance, the "IMPS/P2A/<ref>/<PAYEE>" row marked by
  a highlighter, the closing balance). All new here.
* ``worker_pay``: Lipai Aangan's ATTENDANCE CARD (हाजरी कार्ड) for a mural job, photographed lying on a
  charpai (No. struck in red; Name and Job written in; the days she worked in tally marks; Rate per day and
  Total written in; "नकद दिए" (paid in cash) in a Hindi hand); Zoho Payroll's payslip for the shop's
  accountant (Employee Name, Employee ID, Pay Period, Pay Date in columns; Employee Net Pay on a tinted band;
  Earnings | Amount | Deductions | Amount in a table ruled on every side; "Paid by bank transfer, UTR ...");
  PayZapp's UPI payment failed to a painter under a large cross (the reason in a notice; a copyable UPI Ref
  No; Date, From as label and value on a line); Tata Neu's UPI payment to a painter ("Today, <hour>"; UPI Ref
  No and Bank side by side; no day); the mason's account of the courtyard's plastering written in a Hindi hand
  on a spiral pad (दि. and the day, the square feet plastered and the dung and clay carted with their sums,
  कुल (total), "नकद प्राप्त किए" (received in cash), his name in English under his signature; no reference);
  iris by YES BANK's payment pending under a spinner (a notice; UPI Ref. No., Date & Time, Paid from in a
  table ruled on every side); the firm's WAGE PAYMENT VOUCHER under a mandana bel (Voucher No. and Date, Paid
  to, Work, Amount, Mode, UPI Ref in columns; Paid; the receiver's signature); Axis Mobile's payment to a
  painter on a digital receipt's toothed card (Payment successful, the sum, "to <painter>"; Transaction ID,
  UPI Ref No, Date, Debited from). All new here.
* ``govt_fees``: Nagar Parishad Sawai Madhopur's UD tax receipt under its Hindi name (URBAN DEVELOPMENT TAX
  RECEIPT; Receipt No., Property ID, Owner, Assessment Year, Amount, Transaction ID, Bank Ref No., Payment
  Date, Mode, Status in a table whose labels are shaded); the Bundi Utsav Aayojan Samiti's receipt from its
  book under its Hindi name for stall 14 (No. left blank; Date, Received from, Stall No., Towards written in;
  Rs. in a box; "Received in cash" in the hand; an oval stamp; no reference); ESIC's employer portal with the
  month's challan paid ("Paid today at <hour>"; Challan No., Transaction No., Contribution Period, Amount,
  Bank, Status in a table ruled on every side; no day); the DGFT's IEC application fee paid (a capsule;
  Application ID, Fee, Bank Transaction ID, Payment Date, Payment Mode on a striped table); the Copyright
  Office's online payment receipt for a mandana series' registration (Application, Fee, Transaction ID,
  Payment Mode, Date, Status in dot leaders); the Rajasthan Transport Department's Vahan e-payment receipt for
  the pickup's road tax under its Hindi name (Receipt No., Vehicle No., Tax Mode, Tax Upto, Amount,
  Transaction No., Bank Ref No., Payment Gateway, Payment Date against a gutter); Rajasthan Police's traffic
  e-challan payment failed (the outcome on a band, the reason in a notice; Challan No., Vehicle No., Offence,
  Amount, Transaction ID, Payment mode, Date of attempt at the left and the right with a hairline under each);
  the Export Promotion Council for Handicrafts' membership fee under verification (a capsule, a notice;
  Application No., Fee, GST 18%, Total, Payment mode, Transaction ID, Submitted on as label and value on a
  line). All new here.
* ``insurer_receipts``: United India Insurance's PREMIUM RECEIPT for the shop's shopkeeper's policy (a table
  ruled on every side two fields to a row: Receipt No., Receipt Date; Policy No., Product; Net Premium, GST
  18%; Total Premium, Mode; its UTR; "Received with thanks ..."); Niva Bupa's renewal with the payment pending
  under a spinner (the sum, "to <insurer>", a notice; Proposal No., Transaction ID, Payment mode, UPI Ref,
  Initiated on at the left and the right with a hairline under each); Tata AIG's mail of the pickup's premium
  paid (its sentence; Policy No., Vehicle, Premium (incl. GST), Transaction No., Payment date, Payment mode in
  columns); Care Health's renewal payment failed (the outcome on a band, the reason in a notice; Proposal No.,
  Premium, Payment ID, Mode, Attempted on in dot leaders); Cholamandalam MS's receipt for the shop's fire
  policy (Receipt Number, Receipt Date, Received From, Policy, Premium (incl. GST), Instrument, UPI Ref on a
  striped table; "Received with thanks."); ACKO's app with the pickup's policy bought ("just now"; Policy and
  Vehicle in two tiles, a copyable Payment ID; no day); National Insurance's agent's receipt from his book for
  the painters' personal accident cover (No. left blank; Date, Received from, Policy written in; Rs. in a box;
  "Recd. in cash" in his hand; no reference); Royal Sundaram's payment receipt for a health policy (each value
  over its label: Receipt No., Policy, Amount, UPI transaction ID, Date). All new here.
* ``card_slips``: Bank of Baroda's slip at Mandana Ghar (DATE and TIME on a line, MID and TID on a line, BATCH
  NO and INVOICE NO on a line, CARD NO, EXP, CARD TYPE, APPR CODE and RRN on a line, AMOUNT; APPROVED, PIN
  VERIFIED OK; CUSTOMER COPY); BharatPe's swipe machine at the Bundi Utsav stall in the Utsav's days with the
  host's answer pending (DT, TM, TID, CARD, AMT, TXN ID; TXN PENDING AT HOST, DO NOT RETRY, CHECK STATUS IN
  APP); Kotak Mahindra Bank's slip at a Ranthambhore restaurant (DATE run together as 14JUL26, TIME, TID, INV
  NO, CARD, AUTH CODE, RRN, BASE AMT, SERVICE CHG, TOTAL; APPROVED); Union Bank of India's contactless slip at
  a Sanganer art store (CONTACTLESS SALE, DATE/TIME, CARD, AUTH CODE, RRN, AMOUNT; PIN NOT REQUIRED; TXN
  APPROVED); IDFC FIRST Bank's slip at a fuel point DECLINED (51 INSUFFICIENT FUNDS); Razorpay POS's Tap to
  Pay on the shop's phone (Payment successful, the sum, the card, "2 min ago"; RRN and Auth code as label and
  value on a line; no day); a Kundera dhaba's guest check written by hand (Date and Table written in; the
  dishes in its columns, Total; Card ticked among Cash / Card / UPI; no reference); ICICI Bank's slip at a
  paint house (SALE, DATE, TIME, BATCH, INV, CARD, APPR, RRN, AMT; APPROVED, THANK YOU). All new here.
* ``utility_bills``: JVVNL's Bijli Mitra with the electricity bill paid under the company's Hindi name (a
  capsule, the sum, "to <biller>"; K No. and Bill month in two tiles; a copyable Transaction ID; Paid on, Mode
  as label and value on a line); the Vi app's postpaid bill payment successful under a large tick (the sum,
  "to <biller>"; Vi number, Bill date, Transaction ID, Payment mode, Paid on at the left and the right with a
  hairline under each); IndianOil ONE's Indane refill payment failed (the outcome on a band, the reason in a
  notice; Booking No., Distributor, Consumer No., Transaction ID, Payment mode, Attempted on in a table ruled
  on every side); the PHED's water bill receipt printed at its counter under its Hindi name (RECEIPT NO,
  CONNECTION ID, BILL PERIOD, AMOUNT, MODE CASH, DATE in its printer's face); Dish TV's recharge mail (its
  sentence; VC No., Pack, Recharge date, Next recharge due, Transaction ID, Payment mode in columns);
  Excitel's broadband bill paid under a tile ("Today, <hour>"; each value over its label: Plan, Transaction
  ID, Paid via; no day); a news agency's monthly slip for the shop's papers written by hand (Month, the papers
  and their sums, Total, "Paid cash, dt. <day>"; no reference); ICICI Bank FASTag's recharge pending for the
  pickup (a capsule, a notice; Vehicle No., Tag ID, Amount, Transaction Ref., Payment mode, Date in dot
  leaders). All new here.
* ``bank_alerts``: Canara Bank's SMS in Hindi in its messages thread under its day divider ("प्रिय ग्राहक,
  आपके खाते XX1234 से <PAYEE> को NEFT द्वारा रु.x दिनांक <dd/mm/yyyy> को भेजे गए। UTR ... - केनरा बैंक"); SMS
  in Kotak's ("Sent Rs.x from Kotak Bank AC X1234 to <PAYEE> (<UPI ID>) on <dd-mm-yy>. UPI Ref ..."), Union
  Bank's ("RTGS of Rs x to <PAYEE> initiated on <dd/mm/yyyy> is under process. UTR ... -Union Bank of India"),
  IDFC FIRST Bank's ("Your IMPS transfer of INR x to <PAYEE> on <dd-Mon-yyyy> has failed. IMPS Ref ... Any
  amount debited will be refunded."), Bank of India's ("Rs.x debited A/cXX1234 on <dd-Mon-yy> for RTGS to
  <PAYEE>. Avl Bal Rs.y"; no reference) and Indian Overseas Bank's ("Your a/c no. XXXX1234 is debited for Rs.x
  on <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...)") wordings; YES BANK's mail ("INR x has been
  debited from your account XXXX1234 on <dd-mm-yyyy> towards NEFT to <PAYEE>. NEFT UTR: ..."); IndusInd Bank's
  alert in a mail app's inbox among other mails (its round badge, the sender and the hour, the subject, two
  lines of its opening: "INR x debited from A/c XX1234 towards IMPS to <PAYEE>. IMPS Ref ..."; no day). All
  new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(regular and bold, fonts-noto-core) for the Hindi lines and hand, heldout287's upright DejaVu Serif for a
Hindi hand's figures, Noto Naskh Arabic (regular and bold, fonts-noto-core) for a Qatari bank's Arabic name,
an italic for the hand (``heldout292_families.PENS``) and a fixed-width face of the page's own
(``heldout292_families.TYPES``). The Bundi Utsav stall's cash memo and card slip are drawn in the Utsav's days
(3 to 5 November 2026), the Samiti's stall receipt in the three weeks before them; the other days anywhere in
2026. GST is 5% on the mandana work and the handmade paper, 18% on the courier, the printing, the premiums and
the Export Promotion Council's fee.

Truth conventions (heldout291's, heldout290's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*):
  Google Pay's "To <payee>" over its UPI ID (never the UPI ID or the badge's initials), after "to" on MobiKwik
  and iMobile Pay, after super.money's "paid to", under Kotak811's and Freecharge's "Paid to", under Jupiter's
  "to"; the gallery, the firm, the registered name cut short where so printed (GERU KHADIA KALA UDYO) or the
  gallery with its town (MANDANA GHAR SAWAI MADHOPUR); never the app, the payer or "from <buyer>". *settled*
  (heldout268 to heldout291): a receiving business's own app pays the business named under the app, here the
  gallery under BharatPe for Business and the framer under Google Pay for Business. *settled* (heldout167 to
  heldout291): a payer's advice pays the one it pays, never the payer on top or a salutation; here Zoho Books'
  Paid To (never the resort on top), ENet's Beneficiary Name (never HDFC Bank or the remitter in its
  sentence), RazorpayX's Contact (never RazorpayX or the gallery under it), the addressee after "To," on the
  Akademi's advice (*settled* heldout281 and heldout285; never the Akademi or its Hindi name), Odoo's Partner:
  (never the home store on top), YES CONNECT's Beneficiary Name (never the resort in its head), the party over
  Khatabook's entry (never Khatabook or the decorator under the app, *settled* heldout270 and heldout281), the
  payee named in the Instagram message ("to <payee>", never the boutique's handle on top, which is the
  sender's, *settled* heldout286). *settled* (heldout155 to heldout291): an inward wire pays the firm, here
  TD's Recipient, the name after "to" on Westpac, OCBC and Hang Seng, SEB's Mottagare, PKO's Odbiorca /
  Beneficiary, the Commercial Bank of Qatar's and Shinhan's Beneficiary, never the remitter, its Zleceniodawca
  / Ordered by or the bank on top; *settled* (new here) a bank's name in Arabic over its English (البنك
  التجاري over Commercial Bank) carries no fact, because it is the remitting bank's name in its own language
  and the bank is not paid, as a name in Hindi or Urdu over its English is never read for its English
  (heldout287, heldout291). *settled* (heldout175 to heldout291): the firm's own paper pays its gallery or
  itself on top, here MANDANA GHAR on its myBillBook invoice (never its Hindi line or the firm it is a unit
  of), the organiser on Townscript's mail ("Organised by Mandana Ghar", never Townscript, as heldout291's
  Instamojo), Mandana Ghar on top of its WooCommerce mail, the shop named on PayU's page (never PayU), Mandana
  Ghar on its Utsav memo (never the stall's line), "Payment link from Mandana Ghar" on Easebuzz (never
  Easebuzz), the firm on its cash receipt (never the resort it received from), the gallery on top of its
  thank-you card. A name in Hindi over its English: the English line, never the Hindi (*settled*). *settled*
  (heldout187 to heldout291): a supplier's name on top of its own paper, here SHRI BALAJI MINERALS on its
  dot-matrix bill (never its PARTY), SANGANER HASTNIRMIT KAGAZ UDYOG (never its Buyer), Moglix's Sold by and
  Flipkart's Seller (never the marketplace), DTDC on top of its roll (never DTDC Express Ltd.'s line, as
  heldout291's Blue Dart), Printo, PRAJAPATI MITTI KALA printed on its memo (never its Hindi line or the firm
  written under the day). *settled* (heldout179 to heldout291): a banking page pays the payee, here Canara's
  and Kotak's Beneficiary Name, the name after "to" on Union Bank Vyom and IDFC FIRST Bank, FedMobile's and
  IndOASIS' Beneficiary, the pay-in slip's Name written in (the account credited, as heldout272's
  pay-in-slip's A/c Name; never the bank on top), the statement's name on the line under its "IMPS/P2A/<ref>/"
  (the name after the reference, read across its lines, as heldout283's "NEFT-<UTR>-<PAYEE>"; never the
  account holder). *settled* (heldout150 to heldout291): a pay slip pays the worker, here the Name written on
  the attendance card (never Lipai Aangan on top), Zoho Payroll's Employee Name, the name after "to" on
  PayZapp, Tata Neu, iris and Axis Mobile, the voucher's Paid to; *settled* (heldout284) a payee's own paper
  pays its writer, here the mason whose name stands under his signature on his account (never the firm written
  at its head). *settled* (heldout153 to heldout291): a fee page pays the authority as printed, here Nagar
  Parishad Sawai Madhopur under its Hindi name (never its Owner), BUNDI UTSAV AAYOJAN SAMITI under its Hindi
  name (never Received from), the Employees' State Insurance Corporation (ESIC where so printed), the
  Directorate General of Foreign Trade (DGFT where so printed), the Copyright Office, the Transport
  Department, Rajasthan under its Hindi name, Rajasthan Police on its e-challan page, the Export Promotion
  Council for Handicrafts (EPCH where so printed). *settled* (heldout199 to heldout291): an insurer's receipt
  pays the insurer on top (full or short as printed) or after "to" and "paid to" on an app, never Received
  from, the Insured or a salutation; here Niva Bupa after "to", ACKO after "paid to", TATA AIG on top of its
  mail, National Insurance on top of its agent's book. A slip's counter name line as printed (MANDANA GHAR,
  its stall's line, the restaurant, the art store, the fuel point, the paint house), never *settled* the
  terminal's brand over it (BANK OF BARODA, BharatPe, KOTAK MAHINDRA BANK, UNION BANK OF INDIA, IDFC FIRST
  BANK, ICICI BANK); the gallery under Razorpay POS; the dhaba on top of its guest check (never its Hindi
  line). A utility's biller: the name after "to" on Bijli Mitra (never JVVNL's Hindi name over it), Vi,
  Excitel and IndianOil ONE ("to Indane", never IndianOil ONE or its Distributor), the PHED's English name
  under its Hindi, Dish TV on top, the news agency on top of its slip (never the Name written in), ICICI Bank
  FASTag on top. An SMS, mail or alert's payee as the bank sends it (*settled*, the truncated name as printed,
  without the sentence's full stop, read across its lines where it wraps): the Hindi SMS' "<PAYEE> को" (to
  <PAYEE>, as heldout291's Dakshin Bihar Gramin Bank), Kotak's "to <PAYEE> (<UPI ID>)" (the name before its
  UPI ID, never the UPI ID, as heldout262's HDFC Bank "to VPA <UPI ID> <PAYEE>"), Union Bank's "to <PAYEE>
  initiated", IDFC FIRST's "to <PAYEE> on", Bank of India's "for RTGS to <PAYEE>.", IOB's "credited to <PAYEE>
  (UPI Ref no", YES BANK's "towards NEFT to <PAYEE>.", the inbox alert's "towards IMPS to <PAYEE>."; *settled*
  (new here) a bank's alert mail seen in a mail app's inbox is read from the opening the inbox shows under its
  sender and subject, and the inbox's other mails, their senders, subjects and hours carry no fact, because
  the inbox row is the bank's own mail cut short after its facts, as heldout278's inbox of notifications is
  the bank's own.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout291): a payer's advice counts its net sum, here Zoho's Amount Paid (its Payment Amount the same,
  never a Bill Amount), ENet's Amount, RazorpayX's sum with its paise raised (₹1,04,720.18 is 104720.18, as
  heldout275's), the Akademi's Net amount paid (never the Honorarium or the Less TDS u/s 194J), Odoo's Amount:
  (its Amount Paid the same), YES CONNECT's Amount, Khatabook's sum, the Rs. x in the Instagram message.
  *settled* (heldout155 to heldout291): an inward wire's foreign sum, here Canadian dollars (C$ or CAD after
  the sum, *settled* heldout259 and heldout272), Australian dollars (A$ or AUD, *settled* heldout256 and
  heldout260), Singapore dollars (SGD or S$, *settled* heldout256 and heldout260), Swedish kronor the Swedish
  way (15 110,00 kr / SEK 15 110,00 is 15110.00, *settled* heldout240 and heldout243), zloty the Polish way
  (17 250,00 PLN is 17250.00, *settled* heldout243), Qatari riyals (QAR or QR before the sum, *settled*
  heldout242), Hong Kong dollars (HK$ or HKD, *settled* heldout266 and heldout271), won whole (KRW 1,641,000
  or the won's sign is 1641000, *settled* heldout248); *settled* (new here) zł after a sum is the zloty (PLN),
  because it is the zloty's own mark as kr is the krona's; never TD's or Westpac's Fee. *settled* (heldout175
  to heldout291): a receipt counts the sum received, here myBillBook's Total Amount (its Received Amount the
  same; never CGST @2.5% or SGST @2.5%), Townscript's Amount paid, WooCommerce's Total: (never Subtotal: or
  Shipping:), PayU's Amount, the memo's Total written in (never a piece's sum), Easebuzz's Amount, the cash
  receipt's Rs. in a box (its words the same), the Rs. x written on the thank-you card. A whole sum closed
  with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout291): a supplier's paper
  counts the sum paid, here the dot-matrix bill's TOTAL (never a bag's sum), the mill's Invoice Total (its
  Payment Details' Amount the same; never CGST 2.5% or SGST 2.5%), Moglix's Amount, Flipkart's Amount, DTDC's
  TOTAL (never FREIGHT, FUEL SURCHARGE or GST 18%), Printo's Total paid (never GST 18%), the framer's sum
  large, the potter's कुल (total) written in. A banking page's sum; the statement's Debit (never a balance);
  never Kotak's Charges. *settled* (heldout167 to heldout291): a pay slip's net sum, here the attendance
  card's Total written in (never its Rate per day or its days in tally marks, as heldout272's FORM XIX's
  rate), Zoho Payroll's Employee Net Pay (its Total Net Payable the same; never an earning, a deduction or
  Gross Earnings), the sums on PayZapp, Tata Neu, iris and Axis Mobile, the mason's कुल written in (never a
  line's sum), the voucher's Amount. A fee page's Amount, Fee, Rs. in a box; the Export Promotion Council's
  Total (never its Fee or GST 18%, as an insurer's premium with its GST). An insurer's premium with its GST
  (*settled*), here United India's Total Premium (never Net Premium or GST 18%), Cholamandalam's Premium
  (incl. GST), TATA AIG's sum in its sentence (its Premium (incl. GST) the same), the sums on Niva Bupa and
  ACKO, Care Health's Premium, National's Rs. in a box, Royal Sundaram's Amount. A slip's AMOUNT / AMT /
  TOTAL, Razorpay POS's sum large, the guest check's Total written in; a slip with a service charge counts its
  TOTAL, never its BASE AMT or SERVICE CHG (as a tip's TOTAL, *settled* heldout263). A utility's sum large,
  the PHED's AMOUNT, the sum in Dish TV's sentence, the news agency's Total written in (never a paper's sum),
  ICICI FASTag's Amount. An alert's sum debited as worded (grouped the Indian or the English way or not at
  all), never an Avl Bal. Currency INR but on the wires.

* status: as printed. Google Pay's Completed, super.money's "payment done", BharatPe's Payment received,
  Kotak811's Payment Successful, Jupiter's Payment sent, Freecharge's Payment Successful successes; MobiKwik's
  Payment Processing pending; iMobile Pay's Transaction Failed failed. A payer's own record of the payment
  made (*settled*, as heldout287's Tally voucher): Zoho's PAYMENTS MADE, Odoo's Vendor Payment (its PAID
  ribbon carries no fact, as heldout289's PAID mark), Khatabook's "You gave" (*settled* heldout270); ENet's
  "We have been instructed ... to make the following payment", the Akademi's "has been released to your
  account by NEFT", the Instagram message's "Paid ... just now" (*settled* heldout286) successes; YES
  CONNECT's In Process pending; RazorpayX's Reversed failed (*settled* heldout285: a reversed payout has come
  back to the payer unpaid). A wire's "Your transfer has been sent." (TD's stages carry no fact of their own,
  *settled* heldout289), OCBC's Transfer successful, SEB's Betalning genomförd, PKO's Zrealizowany / Executed,
  Hang Seng's Remittance completed, Shinhan's Status REMITTED successes; Westpac's Processing with its notice
  pending; the Commercial Bank of Qatar's Outward transfer rejected failed. A receipt's "Payment Mode: UPI |
  UPI Ref" (its Balance nil), Townscript's Payment successful, WooCommerce's "your payment has been received",
  the memo's "Cash received with thanks", "Received with thanks ... in cash", the card's "We received Rs. x by
  UPI" successes; Easebuzz's Payment in process pending; PayU's Transaction Failed failed. A supplier's CASH
  RECEIVED WITH THANKS, the mill's Payment Details (a receipt with its UTR; its PAID ribbon carries no fact),
  DTDC's PAID, Printo's "confirmed and paid", the framer's Payment received, "नकद प्राप्त" (cash received)
  successes; Moglix's Payment pending pending; Flipkart's Payment failed failed. A banking page's Transaction
  Successful, Request successful, the pay-in slip's "Recd. Cashier" in pen (as heldout272's teller's "Cash
  received"), Money sent successfully, NEFT successful, the statement's debit row (*settled*: a printed debit
  entry a success) successes; IndOASIS' Pending pending; Union Bank Vyom's Transaction Failed failed. A pay
  slip's "नकद दिए" (paid in cash), Zoho Payroll's "Paid by bank transfer", Tata Neu's Paid, "नकद प्राप्त किए"
  (received in cash), the voucher's Status Paid, Axis Mobile's Payment successful successes; iris' Payment
  pending pending; PayZapp's Payment failed failed. A fee page's Status Success, "Received in cash", "Paid
  today", Payment Successful, "Payment successful." successes; the Export Promotion Council's Payment under
  verification pending (as heldout290's SBI General); the e-challan's Payment failed failed. An insurer's
  "Received with thanks", "We have received your payment", Payment successful, "Recd. in cash", Payment
  received successes; Niva Bupa's Payment pending pending; Care Health's Payment Failed failed. A slip's
  APPROVED, TXN APPROVED, Payment successful, the guest check's Card ticked (the way paid ticked by hand, as
  heldout269's) successes; DECLINED (51 INSUFFICIENT FUNDS) failed; BharatPe's TXN PENDING AT HOST with its DO
  NOT RETRY pending (as heldout291's Ezetap AWAITING HOST RESPONSE). A utility's Bill paid, Bill payment
  successful, PAYMENT RECEIVED, Dish TV's "we have received your recharge", Payment successful, "Paid cash"
  successes; ICICI FASTag's Recharge pending pending; IndianOil ONE's Payment failed failed. *settled*: an
  SMS, mail or inbox alert's debit a success whatever its bank's wording (here in Hindi too, "भेजे गए", sent;
  Kotak's "Sent", IOB's "is debited ... and credited to"); Union Bank's "is under process. ... Please do not
  re-initiate." pending (as heldout291's PNB "is awaiting settlement"); IDFC FIRST's "has failed. ... Any
  amount debited will be refunded." failed.

* date: the day paid. A UPI screen's day and hour under Google Pay's Completed, MobiKwik's Date, super.money's
  day in lower case, Kotak811's Date & Time, Jupiter's day and hour, iMobile Pay's Date, Freecharge's Date &
  Time; BharatPe's "Today at <hour>" prints no day (*settled*). A payer's Zoho Payment Date (never a Bill
  Date), ENet's Value Date, RazorpayX's Created on, the Akademi's Date of payment (its Dated the same), Odoo's
  Date: (never an Invoice Date), YES CONNECT's Value Date, Khatabook's day and hour; the Instagram chat under
  its "Today" divider prints no day (*settled* heldout286). A wire's Transfer date month first in words ("Nov
  27, 2026", as heldout288's Citibank), Westpac's Date, OCBC's Transfer date, PKO's Data realizacji /
  Execution date (dd.mm.yyyy), the Commercial Bank of Qatar's Date, Hang Seng's "on <day>", Shinhan's
  Remittance Date year first with dots (2026.04.28, *settled* heldout277's Hana Bank); SEB's "Idag <hour>"
  prints no day (*settled* heldout288). A receipt's Invoice Date (the myBillBook invoice's, with its UPI Ref),
  Townscript's Booked on (never its Event date, a day still to come, *settled* heldout285), WooCommerce's
  "(<Month d, yyyy>)" after its order number, PayU's Date, the memo's Date written in, Easebuzz's Date & time,
  the cash receipt's Date written in; the thank-you card prints no day. A supplier's DATE on the dot-matrix
  bill, the Date in the mill's Payment Details (never its Invoice Date, *settled* heldout284's Marg), Moglix's
  Initiated on, Flipkart's Attempted on, DTDC's BOOKING DATE, Printo's Order date, the potter's "दि. <day>"
  written; the framer's "Yesterday, <hour>" prints no day (*settled* heldout289's Tata Play). A banking page's
  Transaction Date, Date & Time, Value Date, the pay-in slip's Date written in (*settled* heldout272),
  FedMobile's Date, IndOASIS' Initiated on, the statement's Tran Date in the payment's row (its Period the
  same day); IDFC FIRST's "Today, <hour>" prints no day. A pay slip's Date written on the attendance card,
  Zoho Payroll's Pay Date (never its Pay Period, *settled* heldout276), PayZapp's Date, the mason's "दि.
  <day>", iris' Date & Time, the voucher's Date, Axis Mobile's Date; Tata Neu's "Today, <hour>" prints no day.
  A fee page's Payment Date (never an Assessment Year), the Samiti's Date written in (never the Utsav's days),
  the DGFT's Payment Date, the Copyright Office's Date, Vahan's Payment Date (never its Tax Upto, a day still
  to come), the e-challan's Date of attempt, the Export Promotion Council's Submitted on; ESIC's "Paid today
  at <hour>" prints no day (*settled*, as Today; never its Contribution Period). An insurer's Receipt Date,
  Initiated on, Payment date, Attempted on, the Date written in, Royal Sundaram's Date; ACKO's "just now"
  prints no day (*settled* heldout279). A slip's DATE: / DT / DATE/TIME / DATE, Kotak's DATE run together
  (11JAN26 is 2026-01-11, as heldout209's SBI), ICICI's DATE (07-MAR-2026), the guest check's Date written in;
  Razorpay POS' "2 min ago" prints no day (*settled*, an age). A utility's Paid on (never Vi's Bill date or
  JVVNL's Bill month), Attempted on, the PHED's DATE (never its BILL PERIOD), Dish TV's Recharge date (never
  its Next recharge due, a day to come), the news agency's "dt. <day>" written (never its Month), ICICI
  FASTag's Date; Excitel's "Today, <hour>" prints no day. The alerts' "दिनांक <dd/mm/yyyy> को" (on <day>, in
  Latin figures as the bank sends them), "on <dd-mm-yy>", "initiated on <dd/mm/yyyy>", "on <dd-Mon-yyyy>", "on
  <dd-Mon-yy>", "on <dd-mm-yyyy>"; the inbox prints only the mail's hour and so no day (the new inbox case
  above). All numeric days here are day first (heldout251, heldout259) but Shinhan's year first with dots and
  Odoo's year first with dashes on some (2026-06-03, *settled* heldout274). *settled*: never a Period, a Pay
  Period, a Contribution Period, a month, a Bill month, a BILL PERIOD, an Assessment Year, an invoice's, a
  bill's or a document's day, a day still to come (an Event date, a Tax Upto, a Next recharge due), the day
  inside a UTR (heldout210) or an app's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Zoho's Bank Transfer, ENet's RTGS, RazorpayX's IMPS,
  the Akademi's NEFT, Odoo's Manual (NEFT), YES CONNECT's NEFT, the Instagram message's IMPS; PayU's Net
  Banking; the mill's NEFT; the banking pages but the pay-in slip's cash; Zoho Payroll's bank transfer; the UD
  tax's Net Banking, ESIC's Internet Banking, the DGFT's Net Banking, the Export Promotion Council's NEFT;
  United India's NEFT, Care Health's Net Banking; Dish TV's Net Banking; the NEFT, RTGS and IMPS alerts); a
  SWIFT transfer either way (TD's Global Money Transfer to the recipient's bank, Westpac's SWIFT code, OCBC's
  SWIFT (SHA), SEB's Avgift Delad (SHA), PKO's Koszty SHA, the Commercial Bank of Qatar's Shared (SHA), Hang
  Seng's Telegraphic transfer (SWIFT), Shinhan's Charges OUR). UPI for the UPI screens and BharatPe,
  myBillBook's Payment Mode UPI, WooCommerce's UPI (Cashfree Payments), Easebuzz's UPI, the thank-you card's
  "by UPI"; Moglix's and DTDC's UPI, the framer's Google Pay for Business; PayZapp, Tata Neu, iris, the
  voucher's UPI and Axis Mobile; the Copyright Office's UPI (BHIM); Niva Bupa's, Cholamandalam's, ACKO's and
  Royal Sundaram's UPI; JVVNL's, IndianOil ONE's, Excitel's and ICICI FASTag's UPI; the UPI alerts. Card for
  Townscript's Card (Visa), Flipkart's Credit card, Printo's Mastercard, Vahan's SBIePay (Debit card), the
  e-challan's Debit card, TATA AIG's Credit card, the slips and Razorpay POS, the guest check's Card ticked,
  Vi's Debit card. Cash for Khatabook's Payment mode Cash, the memo's "Cash received", the receipt's "in
  cash", the dot-matrix bill's CASH RECEIVED, the potter's "नकद प्राप्त", the pay-in slip's Cash ticked (a
  cash deposit into the payee's account, *settled* heldout272), the attendance card's "नकद दिए", the mason's
  "नकद प्राप्त किए", the Samiti's "Received in cash", National's "Recd. in cash", the PHED's MODE CASH, the
  news agency's "Paid cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout291): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay's UPI transaction ID, MobiKwik's UPI Ref. No.,
  super.money's upi reference no., BharatPe's UPI Ref No, Kotak811's UPI Reference No., iMobile Pay's UPI Ref
  No, Freecharge's UPI Ref. No.; Zoho's Reference Number, ENet's UTR No., RazorpayX's UTR, the Akademi's UTR,
  Odoo's Memo "NEFT UTR ...", the Instagram message's Ref; myBillBook's UPI Ref, the thank-you card's Ref; the
  mill's UTR, Moglix's UPI Ref, DTDC's UPI REF, the framer's UPI transaction ID; Canara's UTR No., Union Bank
  Vyom's IMPS Ref No., Kotak's UTR Number, IDFC FIRST's Reference number (an IMPS reference), FedMobile's UTR,
  the reference in the statement's "IMPS/P2A/<ref>/"; Zoho Payroll's UTR, PayZapp's, Tata Neu's, iris' and the
  voucher's UPI Ref, Axis Mobile's UPI Ref No; United India's UTR, Niva Bupa's UPI Ref, Cholamandalam's UPI
  Ref, Royal Sundaram's UPI transaction ID; a slip's RRN; the alerts' UTR, UPI Ref, IMPS Ref, UPI Ref no, NEFT
  UTR:), then a bank reference (YES CONNECT's Transaction Ref No., Westpac's Payment reference, OCBC's
  Reference number, SEB's Referens, PKO's Numer referencyjny / Reference, the Commercial Bank of Qatar's
  Transaction reference, Shinhan's Remittance No. (as heldout291's SMBC Remittance No.), Kotak's Transaction
  Reference No. (above it its UTR Number), IndOASIS' Reference No., the UD tax's Bank Ref No. (above its
  Transaction ID), the DGFT's Bank Transaction ID, Vahan's Bank Ref No.), then a transaction / payment id
  (Google Pay's Google transaction ID, MobiKwik's Transaction ID, the super.money id, BharatPe's Transaction
  ID, iMobile Pay's Transaction ID, Freecharge's Transaction ID; RazorpayX's Payout ID; TD's Confirmation #
  (as heldout290's Bank of America Confirmation number); Townscript's Transaction ID, the PayU ID, Easebuzz's
  Transaction ID; ESIC's Transaction No., the Copyright Office's, the e-challan's and the Export Promotion
  Council's Transaction ID, Vahan's Transaction No.; Niva Bupa's Transaction ID, TATA AIG's Transaction No.,
  Care Health's and ACKO's Payment ID; BharatPe's TXN ID on the stall's slip; JVVNL's, Vi's, IndianOil ONE's,
  Dish TV's and Excitel's Transaction ID, ICICI FASTag's Transaction Ref.), then an approval code (AUTH CODE,
  Auth code, APPR CODE, APPR), then an order's number (WooCommerce's Order #, PayU's Merchant Txn ID (the web
  shop's own order's number, *settled* heldout271), Townscript's Booking ID (*settled* heldout285), Moglix's,
  Flipkart's and Printo's Order ID, IndianOil ONE's Booking No. (*settled* heldout280)), then a document's own
  number (Zoho's Payment# (as heldout290's Bill Payment #), the Akademi's Letter No., Odoo's PBNK1/... number
  (as heldout281's Payment Number), myBillBook's Invoice No., the cash receipt's and the attendance card's No.
  struck in red, the dot-matrix bill's BILL NO, the mill's Invoice No., DTDC's RECEIPT NO, the voucher's
  Voucher No., the UD tax's Receipt No., ESIC's and the e-challan's Challan No. (*settled* heldout278's CPIN,
  the challan's own number made before its payment), Vahan's Receipt No., United India's Receipt No.,
  Cholamandalam's Receipt Number, Royal Sundaram's Receipt No., the PHED's RECEIPT NO, a slip's INVOICE NO /
  INV NO / INVOICE / INV). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, a
  SWIFT/BIC code, GSTIN, PAN, an Udyam number, a Policy No., a Proposal No., an Application ID or Application
  No. (heldout290), a Property ID, a Connection ID, a Consumer No., a K No. (as a Consumer No., heldout290), a
  VC No. (as a Smart Card No., heldout291), a Tag ID, a Vehicle No., an Employee ID, a Vi number, a slip's TID
  / MID / BATCH, a No. left blank, a Credit to A/c No., a bill or document named on an advice (Zoho's Bill
  Number, Odoo's Invoice Number), DTDC's CONSIGNMENT NO (as an AWB, *settled* heldout274)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout292_families import (
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

SPLIT = "heldout292"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout290's and heldout291's: the screens in
# FreeSans, Noto Sans, Liberation Sans (liberation2), Noto Sans Display and DejaVu Sans Condensed; the pages
# in Noto Serif, Liberation Sans (liberation), DejaVu Serif Condensed, FreeSerif, Noto Sans and Liberation
# Serif (liberation2); the firm's, its suppliers' and its people's papers in DejaVu Serif, Liberation Sans
# (liberation2), Noto Serif, FreeSerif and Liberation Sans Narrow; the slips in four monos; beside them Noto
# Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines, labels and hand, Noto Naskh Arabic for a
# Qatari bank's Arabic name, a pen's italic (``heldout292_families.PENS``) and a page's own fixed-width face
# (``heldout292_families.TYPES``).
SCREEN_FACES = [
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
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


def make_heldout292_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout292 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

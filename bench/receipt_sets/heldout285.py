"""heldout285: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Chittara artists' collective's year of 2026 in Sagara, Shivamogga district,
Karnataka (Malenadu Chittara Kalavidara Balaga, a society registered under the Karnataka Societies
Registration Act, Regd. No. SMG-S-214/2015-16, GSTIN 29AAFAM3816J1ZQ, its secretary Smt. Gowri Naik: the
Deewaru women of the villages round Sagara, Soraba and Shikaripura who paint Chittara, the geometric wall and
paper art of Malnad, in four colours ground by hand (the red earth, kemmannu, of the ground, rice paste's
white, the black of burnt rice and the yellow of gurige seeds) with brushes of pundi fibre; its workshop on
Keladi Road, Hase Chittara Mane, where they paint the Hase of a wedding room's wall, the Bhoomanni buttis
(bamboo baskets) of Bhoomi Hunnime, panels on handmade paper and canvas, areca trays, lamp shades, coasters,
diaries and wedding cards, hold weekend workshops and from where they go to paint a wedding home's Hase; its
shop on B.H. Road, Chittara Angadi, with stall 41 at the Mysuru Dasara Exhibition; the web shop
chittaraangadi.in, Jaypore; murals for the Bengaluru airport, Jungle Lodges and a Malnad retreat; buyers
abroad), told by the proofs of payment it receives (buyers' Google Pay, Tata Neu, MobiKwik, Kotak811, Canara
ai1 in Kannada, Jupiter and IDFC FIRST screens and BharatPe for Business on the Angadi's phone; Coupa's
payment for Bangalore International Airport, PFMS' payment for the Development Commissioner (Handicrafts),
Jaypore's payout mail, Ninasam's letter, RazorpayX's reversed payout from a design studio, an interior
designer's WhatsApp message, Jungle Lodges' NetSuite bill payment and an Agumbe retreat's payment voucher;
Mercury, Rabobank, Starling Bank, Kiwibank, Bank Muscat, Swedbank, Maybank2u Biz and Commercial Bank of Qatar
for buyers in Portland, Utrecht, Bristol, Wellington, Muscat, Stockholm, Kuala Lumpur and Doha in US dollars,
euros, pounds, New Zealand dollars, Omani rials, Swedish kronor, ringgit and Qatari riyals; the Angadi's tax
invoice, its WooCommerce order page, the Mane's receipt book, the Dasara stall's cash bill, a Bhoomanni butti
order token, Townscript's booking mail, Easebuzz's failed checkout and a money receipt for a wedding's Hase
paid by cheque) and those it makes (a red earth seller's chit pinned on the cork board, a Shivamogga frame
works' myBillBook invoice, Hobby Ideas' failed checkout, the Medar bamboo workers' bill, a handmade paper
works' payment receipt, Moglix's pending order, a printer's bill spotted with rain and Hostinger's receipt;
Canara Bank's NEFT acknowledgement and its standing instruction executed, KBL Mobile Plus, FedMobile, Bank of
India's StarConnect, Axis Bank's mail, KGB Mobile and JioFinance for the paper works, the frame works, the
auditors, the transporter, the Dasara tent decorator, the web studio, the photographer and the electrician;
its staff's and artists' RazorpayX Payroll run, work slip, super.money, Freecharge and Google Pay screens, a
master artist's honorarium receipt, an advance slip and Keka's payslip; Sagara City Municipal Council's trade
licence fee, the professional tax, Kaveri's registration fee, Heggodu Grama Panchayat's property tax,
e-Karmika's shop renewal, Khajane-II's challan for the Registrar of Societies, the Forest Department's bamboo
permit fee and the Karnataka Lalithakala Academy's entry fee; United India's, ACKO's, National's, Aditya Birla
Health's, Reliance General's, Magma General's, Zuno's and Shriram General's premiums; cards on the Angadi's,
the Dasara stall's and the Mane's terminals and the collective's card at a Shivamogga hotel, a Jog Falls
restaurant, a Sagara bookshop and a Bengaluru art materials shop; MESCOM's, Malnad Broadband's, Vi's, Bharat
Gas', a water supplier's, Sun Direct's, BSNL's and Airtel's bills; the banks' SMS, Canara Bank's SMS in
Kannada, IDBI Bank's app inbox, Central Bank of India's mail and Axis Bank's WhatsApp banking). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set, none of heldout280's or heldout281's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page heldout280 and heldout281 do not: Kannada lines (Sagara's language; heldout271 drew Kannada over English
and beside it after a slash) in Noto Sans and Noto Serif Kannada shaped by Raqm, as a name over its English, a
heading, an app's labels in Kannada over their English with the values at the right, a form's labels in
English over their Kannada with the values written beside them, a receipt's labels in English with their
Kannada in brackets and dot leaders to the values, a hand's lines and sums, a bank's SMS; a Hase Chittara as a
letterhead's emblem (squares within squares on the red earth, a band of white and black triangles, yellow
dots, a lattice or a pavilion of lines at its heart); a Chittara divider (a band of red earth between rice
paste's rules, white and black triangles standing on it, yellow dots); a Chittara border round a page (a band
of red earth with rice paste's rules, a chain of white and black diamonds with yellow dots, a lattice square
at each corner); a Bhoomanni butti (a painted bamboo basket with its lid) as an emblem; an outcome's large
mark with rings spreading round it; an app's details still loading in grey bars; a reward's banner with a gift
box; chips; a folding section's chevron, open or folded; a timeline of a payment's steps with their hours; a
total underlined twice in pen; the blots Malnad's rain leaves on a page; a staple; a lamp's glare across a
photographed screen or page; a chit pinned with a red push pin on a cork board; labels in Dutch beside their
values; a SWIFT MT103 copy in Omani rials. They draw beside them heldout269's to heldout279's rows (shaded
label cells, striped tables, tables ruled on every side, dot leaders, labels against a gutter, boxed fields,
capsules, cards, chat bubbles and day dividers, tabs, avatars, hand-written fills and columns, ticked boxes,
sums in boxes, a number struck in red, rubber stamps, a round seal, a thumb box, torn rolls).

* ``buyer_upi``: Google Pay's receipt under a ringed tick (the sum, "Paid to" over the payee and its UPI ID,
  the day and hour; a folding section "Payment details": UPI transaction ID, Google transaction ID, From, To,
  each label small over its value); Tata Neu's Payment successful capsule (the sum, "Paid to <payee>", chips
  UPI and NeuCoins; shaded label cells: UPI Ref No., Tata Neu Txn ID, Date & time, Paid from); MobiKwik's
  Payment pending under a ringed clock ("to <payee>", its details loading in grey bars; UPI Ref No,
  Initiated); Kotak811's Transaction successful (the sum, "sent to" over the payee, chips, the day over a
  timeline of its hours: Payment started, Debited from Kotak A/c, Credited to the payee's bank; Note; no
  reference); Canara ai1 in Kannada (ವಹಿವಾಟು ಯಶಸ್ವಿ over Transaction successful, the sum, each label in
  Kannada over its English with its value at the right: ಸ್ವೀಕರಿಸುವವರು / Paid to, ಯುಪಿಐ ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ / UPI
  Ref. No., ದಿನಾಂಕ / Date, ಖಾತೆ / Account, ಟಿಪ್ಪಣಿ / Remarks); Jupiter's Payment failed under a ringed cross
  ("to <payee>", the reason, a card: UPI Ref No, Date, From); IDFC FIRST Bank's Money sent under a ringed tick
  ("to <payee>", "Today, <hour>", a reward's banner; UTR, From, Remarks; no day); BharatPe for Business on the
  Angadi's phone (the Angadi under the app, chips Payment received and UPI, the sum, "from <buyer>"; labels
  against a gutter: BharatPe Txn ID, UTR, Received on, Settlement). All new here.
* ``buyer_advices``: Coupa Supplier Portal's payment for Bangalore International Airport (tabs, a Paid
  capsule; Payment Date, Payment Amount, Payment Method, Payment Reference, Supplier, Remit-to beside their
  labels; a table ruled on every side Invoice # | PO # | Amount Paid); PFMS' Know Your Payments for the
  Development Commissioner (Handicrafts) (Agency, Scheme; a table ruled on every side of one row: Beneficiary
  Name | Amount (Rs.) | Status Credited | Credit Date; PFMS Payment ID, Bank Transaction ID (UTR), Beneficiary
  bank); Jaypore's payout mail being processed (its sentence, a striped table Order | Item | Sale | Commission
  | Payout, Net payout; Payout ID, Initiated on, Seller, Bank account); Ninasam's letter under its Kannada
  name ("Heggodu, <day>" at its head, "To, The Secretary, <collective>", "We have today paid Rs. x/- (...) by
  NEFT, UTR ..., towards the two painted Chittara backdrops ..."); RazorpayX's payout Reversed for a Bengaluru
  design studio (a capsule, the reason; labels against a gutter: Payout ID, Contact, Fund account, Amount,
  Mode, UTR, Created at, Purpose); an interior designer's WhatsApp message under the chat's "Today" divider
  ("Namaskara! Sent Rs. x by IMPS to <payee> for the two Hase panels. Ref .... Please confirm."; no day);
  NetSuite's BILL PAYMENT print for Jungle Lodges and Resorts (Bill Payment # beside Date, Payee, Account,
  Amount, Memo "NEFT UTR ...", the bills applied in a table ruled on every side: Bill # | Date Due | Orig.
  Amt. | Payment); an Agumbe retreat's PAYMENT VOUCHER filled in by hand (No. left blank; Date, Paid to,
  Towards written in, Rs. in a box, Cash | Cheque | UPI with Cash ticked, "Received the above amount." and the
  receiver's signature; no reference). All new here.
* ``export_wires``: Mercury's Wire sent in US dollars under a ringed tick ("to <beneficiary>"; Sent on, Wire
  reference, Recipient bank, SWIFT / BIC, Type, Purpose); Rabobank's overboeking naar het buitenland in euros,
  its labels in Dutch on hairline rows ("Uw overboeking is verzonden."; Van rekening, Begunstigde, Bank
  begunstigde, Bedrag, Datum, Omschrijving, Kosten; no reference); Starling Bank's international payment in
  pounds (a Sent capsule, "to <beneficiary>"; Date, Payment type, Starling reference, Recipient's bank, each
  label small over its value); Kiwibank's "We couldn't send this payment" in New Zealand dollars under a
  ringed cross (boxed fields: To, Amount, Date, Kiwibank reference); Bank Muscat's OUTWARD PAYMENT - SWIFT
  MT103 (CUSTOMER COPY) typed in Omani rials (:20:, :23B:, :32A:<yymmdd>OMR<sum>, :50K:, :57A:, :59:, :70:,
  :71A: OUR; AMOUNT and VALUE DATE; "YOUR PAYMENT HAS BEEN SENT AS ABOVE.") under a lamp's glare; Swedbank's
  Payment sent in kronor under a ringed tick ("Today <hour>"; From account, Swedbank reference, Payment type,
  Message; no day); Maybank2u Biz's Foreign Telegraphic Transfer In Progress in ringgit (a capsule, a timeline
  of its hours: Submitted by maker, Approved by authoriser, Sent to beneficiary bank; shaded label cells:
  Reference No., Beneficiary, Amount, Transaction Date, Transfer Mode); Commercial Bank of Qatar's mail of a
  transfer completed in riyals (its sentence, hairline rows: Reference, Beneficiary, Beneficiary bank,
  Transfer amount, Charges, Transfer date, Transfer type). All new here.
* ``own_receipts``: Chittara Angadi's TAX INVOICE under its Kannada name and a Chittara divider (Invoice No.
  beside Date:, Customer, a table ruled on every side # | Description | HSN | Qty | Rate | Amount with CGST
  2.5% and SGST 2.5%, Total; dot leaders: Amount received, Mode, UPI Ref; a Kannada thanks); the web shop's
  WooCommerce order page ("Order #n was placed on <day> and is currently Pending payment.", hairline rows:
  Product | Total, Subtotal, Shipping, Payment method, Total); Hase Chittara Mane's receipt book under its
  Kannada name and a Chittara divider, ರಸೀದಿ / RECEIPT, each label in English over its Kannada and filled in
  by hand (No. printed; Date / ದಿನಾಂಕ, Received from / ಇವರಿಂದ, Rupees / ರೂಪಾಯಿ, Rs. / ರೂ., For / ಬಾಬ್ತು, By /
  ಮೂಲಕ "UPI, Ref ..."); the Dasara stall's CASH BILL from its pad, stapled (No. left blank, Date with its
  month in Roman figures and Name written in, the pieces written on its ruling, Total underlined twice, "ನಗದು
  ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) in a Kannada hand; no reference); a BHOOMANNI BUTTI ORDER TOKEN under a
  painted basket (Token No., Name, Baskets, Ready "two days before Bhoomi Hunnime", "Paid in full: Rs. x/- by
  UPI, Ref ..."; no day); Townscript's booking mail for a workshop (a card: Event, Organiser, Event dates,
  Booking ID, Amount paid, Payment, Paid on); Easebuzz's Transaction failed under a ringed cross ("Merchant:
  <shop>"; dot leaders: Transaction ID, Order ID, Amount, Payment mode, Date & time, Reason); a MONEY RECEIPT
  in a Chittara border under a Hase emblem and the collective's Kannada name (No. beside Date:, "Received with
  thanks from <client> ... a sum of Rupees ... (Rs. x/-) by Cheque No. ... dated ... drawn on ..., towards
  painting the Hase Chittara ...", "Subject to realisation of the cheque."). All new here.
* ``supplier_invoices``: a red earth seller's chit pinned with a push pin on the collective's cork board (his
  name in Latin letters and his village, the sacks of kemmannu and the gurige seeds written in Kannada with
  their sums, ಒಟ್ಟು (total), "GPay ಮೂಲಕ ಪಡೆದಿದೆ" (received by GPay), Ref; no day); SRI RAGHAVENDRA FRAME
  WORKS' TAX INVOICE made in myBillBook (Invoice No. beside its earlier Invoice Date, Bill To, a striped table
  with CGST 9% and SGST 9%, Total; a table ruled on every side "Payment details": Paid on, Mode, Ref No.,
  Balance due); Hobby Ideas' checkout with a Payment failed capsule (the UPI request expired; its lines, Order
  total; Order ID, Payment ID, Method, Attempted on, each label small over its value); the Medar bamboo
  workers' society's BILL under its Kannada name (its No. struck in red, Date and M/s written in, the baskets
  and trays written on its ruling with their sums, Total, "ನಗದು ಪಡೆದಿದೆ" (cash received) in a Kannada hand, a
  signature); KAGAZ HANDMADE PAPER WORKS' PAYMENT RECEIPT (Receipt No. beside Receipt Date, Received from,
  Amount received, Payment mode, Reference (UTR), Against invoice with its earlier day; its RECEIVED stamp);
  Moglix's order with its Payment pending (the sum, "Sold by Moglix", a timeline of its hours: Order placed,
  Payment confirmation, Shipping; Order ID, Items, Payment, UPI Ref, Placed on); SRI DURGA PRINTERS' bill from
  its pad spotted with rain (No. left blank, Date with its month in Roman figures, the cards and tags written
  in with their sums, Total, "Paid cash"; no reference); Hostinger's receipt mailed (Invoice ID, Payment date,
  the hosting and the domain, GST 18%, Total, Paid with Visa, Transaction ID). All new here.
* ``vendor_transfers``: Canara Bank's internet banking acknowledgement of a NEFT ("Transaction processed
  successfully."; dot leaders: Transaction Ref. No., UTR Number, Debit Account, Beneficiary Name, Beneficiary
  Account, IFSC, Amount, Date & Time, Remarks); KBL Mobile Plus' IMPS transfer successful under a ringed tick
  ("to <payee>", chips; IMPS Reference No., From Account, Date & Time, Remarks, each label small over its
  value); Canara Bank's standing instruction executed for the auditors' retainer (shaded label cells: SI No.,
  Beneficiary, Amount, Frequency, Executed on, Next due, Mode, Status Executed; no reference); FedMobile's
  Transaction pending under a ringed clock (the bank's words; IMPS Ref No., Date, From, Remarks); Bank of
  India's StarConnect RTGS status for the Dasara tent decorator in a striped table (Transaction Ref No., UTR,
  Beneficiary Name, Beneficiary A/c, IFSC, Amount, Transaction Date, Status Successful); Axis Bank's mail
  ("IMPS transfer of INR x to <PAYEE> from your A/c no. XX1234 is successful.", a table ruled on every side:
  IMPS Ref No., Date, Beneficiary A/c, Remarks); KGB Mobile's NEFT returned (a Failed capsule, "to <payee>", a
  folding section "Details": Reference No., Mode, Date, Reason); JioFinance's UPI payment Paid under a ringed
  tick ("Today, <hour>"; UPI Ref ID, Paid from, Note; no day). All new here.
* ``worker_pay``: RazorpayX Payroll's salary run Processing (a capsule, a table ruled on every side: Employee
  | Net pay | Bank | Status; dot leaders: Payout ID, Initiated on, Mode); an artist's WORK SLIP under the
  Mane's Kannada name, ಕೆಲಸದ ಚೀಟಿ / WORK SLIP, each label in English over its Kannada and filled in by hand
  (Slip No. printed; Artist / ಕಲಾವಿದೆ, Work / ಕೆಲಸ, Rate / ದರ, Total / ಒಟ್ಟು, Paid by / ಪಾವತಿ, Date / ದಿನಾಂಕ),
  "ಹಣ ಪಡೆದಿದ್ದೇನೆ" (I have received the money) in her hand and her signature; super.money's payment in lower
  case under a ringed tick ("paid to <artist>", "<n> hours ago", chips; upi ref id, paid from, note; no day);
  Freecharge's Payment failed under a ringed cross (the reason, a card: Transaction ID, UPI Ref No, Date); a
  master artist's HONORARIUM RECEIPT under the collective's Kannada name and a Chittara divider ("Received
  from <collective> the sum of Rs. x/- (...) as honorarium for demonstrating Chittara at the Dasara
  Exhibition, Mysuru, from <day> to <day>, by NEFT, UTR ..., on <day>.", her signature over her name); an
  ADVANCE SLIP under its Kannada heading ಮುಂಗಡ ಚೀಟಿ, spotted with rain (Date, Name, Purpose written in, Rs. in
  a box, "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (received in cash) in her hand, a thumb box; no number, no reference); Keka's My
  pay (the employee, tabs, a card: Net pay for <month>, Salary credited; Credited on, Bank, UTR; Earnings and
  Deductions folded under their chevrons); Google Pay's dark payment details to an artist (her initials, "To
  <artist>", the sum, Completed, the day and hour; a card: UPI transaction ID, To, From, Google transaction
  ID). All new here.
* ``govt_fees``: Sagara City Municipal Council's ಉದ್ದಿಮೆ ಪರವಾನಗಿ ಶುಲ್ಕ ರಸೀದಿ / TRADE LICENCE FEE RECEIPT under
  its Kannada name, each label in English with its Kannada in brackets and dot leaders to the value (Receipt
  No. (ರಸೀದಿ ಸಂಖ್ಯೆ), Licence No., Name of trade, Year, Fee (ಶುಲ್ಕ), Mode, UPI Ref., Date (ದಿನಾಂಕ); "Fee
  received."); the Commercial Taxes Department's professional tax e-Payment receipt under its Kannada line (a
  table ruled on every side: Enrolment No. (PTEC), Name, Period, Amount, CRN, Bank Ref. No., Bank, Payment
  date, Status Success); Kaveri Online Services' registration fee Payment pending (a capsule; labels against a
  gutter: Application No., Document, Sub-Registrar Office, Registration fee, Payment mode, Bank reference,
  Initiated on); Heggodu Grama Panchayat's Panchatantra 2.0 TAX COLLECTION RECEIPT under its Kannada name
  (Receipt No. beside Date:, Property ID, a striped table Demand head | Amount (Rs.) with its Total, "Paid by
  UPI (Panchayat QR). Tax collected.", UPI Ref); e-Karmika's Shops and Establishments renewal (a Fee paid
  capsule; Registration No., Establishment, Renewal fee, Valid till, Transaction ID, Payment mode; no day);
  Khajane-II's e-challan for the Registrar of Societies Failed (a capsule, a timeline of its hours: e-Challan
  generated, Payment at bank failed; shaded label cells: CRN, Department, Purpose, Remitter, Amount, Bank,
  Date); the Forest Department's Sagara Range RECEIPT from its book (No. left blank; Date, Received from,
  Towards written in, Rs. in a box, "Received cash", its round seal; no reference); the Karnataka Lalithakala
  Academy's ACKNOWLEDGEMENT OF ENTRY FEE under its Kannada name ("Received entry fee of Rs. x/- for n works of
  <collective> ... by NEFT on <day> (UTR ...).", a striped table Title | Artist | Medium). All new here.
* ``insurer_receipts``: United India's PREMIUM RECEIPT for the Angadi's fire policy, each label set right
  against a gutter (Receipt No., Receipt Date, Received from, Policy No., Premium, GST 18%, Total premium,
  Mode, UTR; "Premium received with thanks."); ACKO's group health top-up Payment failed under a ringed cross
  ("Payment to <insurer>", chips; Order ID, Method, Attempted); National Insurance's mail of a motor premium
  ("We acknowledge with thanks the premium received ...", a striped table of one row Receipt No. | Receipt
  Date | Premium (Rs.) | Mode of payment, Policy); Aditya Birla Health's Policy renewed under a ringed tick
  ("paid to <insurer>", "Today, <hour>"; Policy No., Payment ID, Paid via; no day); Reliance General's Payment
  under verification (a capsule; shaded label cells: Proposal No., Premium, Transaction ID, Mode, Initiated
  on); Magma General's premium receipt on a card (Receipt No., Date, Insured, Plan, Premium (incl. GST), Paid
  via, UPI Ref); Zuno's Policy issued capsule ("paid to <insurer>", chips; Transaction ID, UPI Ref, Paid on,
  Vehicle); Shriram General's POLICY SCHEDULE CUM CERTIFICATE OF INSURANCE (Policy No., Insured, Vehicle,
  Period of insurance, a table ruled on every side Own damage | Third party | GST | Total premium, "Premium
  collected in cash on <day>."; no reference). All new here.
* ``card_slips``: Razorpay POS' (Ezetap's) SALE at the Angadi, label and value on each line (MID, TID, BATCH
  NO, INVOICE NO, CARD TYPE, CARD NO, AUTH CODE, RRN, DATE, TIME, TOTAL AMOUNT, APPROVED); Mswipe's screen on
  the Dasara stall's device under a lamp's glare (the stall under the app, a ringed tick, Txn approved, the
  sum, the hour alone; Card, Auth code, RRN, Mswipe Txn ID; no day); SBI Payments' slip at the Mane, two
  fields to a line (DATE: and TIME:, MID: and TID:, BATCH: and INV:, CARD:, AUTH: and RRN:, SALE AMT, TXN
  SUCCESSFUL); Kotak's slip at a Shivamogga hotel (TRANSACTION TIMED OUT, PLEASE DO NOT RETRY); BharatPe's
  CARD SALE at a Jog Falls restaurant (DATE/TIME, INV, CARD, APPR, RRN, AMOUNT, Payment Successful); a Sagara
  bookshop's BILL under its Kannada name written by hand (Date, the books and their sums, Total, Cash | Card |
  UPI with Card ticked; no number, no reference); IndusInd Bank's slip at a Bengaluru art materials shop
  (DECLINED, 51 INSUFFICIENT FUNDS); PhonePe's POS slip at the Dasara stall (Card payment successful, Amount,
  Card, Approval code, RRN, PhonePe Txn ID, Date & time). All new here.
* ``utility_bills``: MESCOM's online payment Transaction failed under its Kannada name and a ringed cross
  (shaded label cells: Account ID, RR No., Bill amount, Transaction ID, Payment mode, Date & time); Malnad
  Broadband's invoice on its portal (a Paid capsule, a striped table of the plan and its GST 18%, Total;
  Invoice No., Paid on, Payment mode, UPI Ref beside their labels); Vi's Recharge successful under a ringed
  tick ("paid to <biller>", "Just now"; Mobile, Plan, Transaction ID, Paid via; no day); HelloBPCL's Bharat
  Gas refill (a Payment successful capsule, "paid to <biller>"; Booking No., Distributor, Consumer No., UPI
  Ref No, Paid on); a drinking water supplier's receipt book under its Kannada name (No. left blank; Date,
  Name and the cans with their sum written in, "Paid cash"; no reference); Sun Direct's Recharge successful
  capsule ("for <biller>"; Smart card No., Pack, Order ID, Paid by, Date); iMobile Pay's BSNL bill payment in
  progress under a ringed clock (a card: Biller, Account No., Bill amount, Bharat Connect Ref, Initiated, Pay
  using); airtel.in's Xstream Fiber bill paid under a ringed tick ("paid to <biller>"; dot leaders: Account,
  Amount paid, Transaction ID, Payment mode, Date). All new here.
* ``bank_alerts``: Canara Bank's SMS in Kannada in its messages thread under its day divider ("ನಿಮ್ಮ ಖಾತೆ
  XX1234 ರಿಂದ ರೂ.x UPI ಮೂಲಕ <PAYEE> ಅವರಿಗೆ <dd-mm-yyyy> ರಂದು ಡೆಬಿಟ್ ಆಗಿದೆ. ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ <ref>. ... - Canara
  Bank"); SMS in Karnataka Bank's ("Your IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd/mm/yy> is pending with
  the beneficiary bank. Do not retry. Ref ..."), State Bank of India's ("your NEFT of Rs x to <PAYEE> (UTR
  ...) dated <dd-mm-yy> has been returned: account closed. ..."), Indian Overseas Bank's ("IOB: A/c XX1234
  debited by Rs.x for NEFT to <PAYEE> on <dd.mm.yyyy>. Bal Rs.y"; no reference) and HDFC Bank's ("Sent Rs.x
  From HDFC Bank A/C *1234 To <PAYEE> On <dd/mm/yy> Ref ... Not You? ...") wordings; IDBI Bank's GO Mobile+
  inbox with its age ("Debit alert . <n> hrs ago"; "Rs.x debited from A/c XX1234 towards UPI/<ref>/<PAYEE>.
  Avl Bal ..."; no day) over two notices; Central Bank of India's mail ("Your A/c XXXX1234 is debited with INR
  x on <dd-Mon-yyyy> by NEFT to <PAYEE> (UTR ...)."); Axis Bank's WhatsApp banking under the chat's day
  divider ("Rs. x debited from A/c XX1234 on <dd-mm-yy> via UPI to <PAYEE>. UPI Ref ..."). All new here.
The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Kannada and Noto Serif
Kannada (regular and bold, fonts-noto-core) for the Kannada lines, labels and hand, an upright FreeSerif for a
Kannada hand's figures, an italic for the hand (``heldout285_families.PENS``) and a fixed-width face of the
page's own (``heldout285_families.TYPES``). The Dasara stall's cash bill and its card sales are drawn in the
exhibition's days (11 October to 9 December 2026), the tent decorator's RTGS in the days before it and the
master artist's honorarium in the days after her days there; the other days anywhere in 2026. GST is 5% on the
collective's work, 18% on frames, hosting, broadband and premiums.

Truth conventions (heldout281's, heldout280's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Google Pay's "Paid to" (never its UPI ID), after "Paid to" on Tata Neu, after "to" on MobiKwik, Jupiter and
  IDFC FIRST, under Kotak811's "sent to", Canara ai1's ಸ್ವೀಕರಿಸುವವರು / Paid to (its value in Latin letters);
  the registered name cut short where so printed (MALENADU CHITTARA KALAVI); never the app, the payer or "from
  <buyer>". *settled* (heldout268 to heldout281): a receiving business's own app pays the business named under
  the app, here the Angadi under BharatPe for Business. *settled* (heldout167 to heldout281): a payer's advice
  pays the one it pays, never the payer on top or a salutation; here Coupa's Supplier (never the Customer),
  PFMS' Beneficiary Name (never the Agency), Jaypore's Seller (never "Dear Seller,"), RazorpayX's Contact
  (never the studio in its head), NetSuite's Payee (never Jungle Lodges on top), the Paid to written on a
  voucher (never the retreat on top), the addressee after "To, The Secretary," on Ninasam's letter (*settled*
  heldout281's post card; never Ninasam or its Secretary who signs), the payee named in the designer's
  WhatsApp message ("to <payee>"), never the thread's name on top, which is the sender's (as heldout280's
  Google Pay thread's "Payment to <payee>"). *settled* (heldout155 to heldout281): an inward wire pays the
  collective, here the name after "to" on Mercury, Starling and Swedbank, Kiwibank's To, the MT103's :59:
  (*settled* heldout271), Maybank's and CBQ's Beneficiary; *settled* (new here) Rabobank's Begunstigde,
  because it is the Dutch for beneficiary (as heldout280's DNB's Til); never the remitter, Van rekening, :50K:
  or the bank on top. *settled* (heldout175 to heldout281): the collective's own paper pays its unit or itself
  on top, here CHITTARA ANGADI on its invoice, its WooCommerce page and its Dasara stall's cash bill (never
  the stall's line), Easebuzz's "Merchant: <shop>" (as heldout280's PayU), Hase Chittara Mane on its receipt
  book and its basket token, the collective on its money receipt (never the client); *settled* (new here) the
  Organiser Townscript's booking mail names (Hase Chittara Mane), never Townscript, because a ticketing site's
  mail sells the organiser's event (as a Razorpay page pays the business on top). A name in Kannada over its
  English: the English line, never the Kannada (*settled*, as heldout271's Kannada and heldout281's Gujarati).
  *settled* (heldout187 to heldout281): a supplier's name on top of its own paper, here the red earth seller's
  name as he writes it in Latin letters (Manjappa K.; never his village), SRI RAGHAVENDRA FRAME WORKS (never
  Bill To), Hobby Ideas, the Medar society's English name under its Kannada (never M/s), KAGAZ HANDMADE PAPER
  WORKS (never Received from), Moglix after "Sold by" (as heldout281's Flipkart Wholesale's Seller), SRI DURGA
  PRINTERS, Hostinger. *settled* (heldout179 to heldout281): a banking page pays the payee, here Canara Bank's
  Beneficiary Name, the standing instruction's Beneficiary, BOI's Beneficiary Name, the name after "to" on KBL
  Mobile Plus, FedMobile, KGB Mobile and JioFinance, the payee in Axis Bank's sentence. *settled* (heldout150
  to heldout281): a pay slip pays the worker, here the Employee in RazorpayX Payroll's row, the Artist /
  ಕಲಾವಿದೆ written on a work slip (never the Mane on top), "paid to" on super.money, "to" on Freecharge, the
  master artist's name under her signature on an honorarium receipt (never "Received from <collective>" or the
  collective on top), the Name written on an advance slip, the employee's name on Keka, "To <artist>" on
  Google Pay. *settled* (heldout153 to heldout281): a fee page pays the authority as printed, here SAGARA CITY
  MUNICIPAL COUNCIL under its Kannada name, the Commercial Taxes Department, Government of Karnataka under its
  page's title (never Professional Tax, Karnataka, as heldout281's Transport Department under Vahan's title),
  the Department of Stamps and Registration, Karnataka under Kaveri Online Services (never the portal),
  HEGGODU GRAMA PANCHAYAT, the Department of Labour, Government of Karnataka under e-Karmika, Khajane-II's
  Department (Registrar of Societies, Shivamogga; never Khajane-II or the Remitter, as heldout281's Cyber
  Treasury), FOREST DEPARTMENT, SAGARA RANGE (never its seal), the Karnataka Lalithakala Academy. *settled*
  (heldout199 to heldout281): an insurer's receipt pays the insurer on top (full or short as printed) or after
  "Payment to" and "paid to" on an app (ACKO General Insurance Limited, Aditya Birla Health Insurance Co.
  Ltd., Zuno General Insurance Ltd.; never the app's bar, Activ Health or ZUNO), never the Insured, Received
  from or a salutation. A slip's counter name line as printed (CHITTARA ANGADI, CHITTARA ANGADI - DASARA STALL
  41, HASE CHITTARA MANE, the hotel, the restaurant, the art materials shop), never *settled* the terminal's
  brand over it (Razorpay POS, SBI PAYMENTS, KOTAK MAHINDRA BANK, BharatPe, IndusInd Bank, PhonePe), the stall
  under Mswipe on its device's screen, the bookshop on top of its bill. A utility's biller: MESCOM's English
  name under its Kannada, Malnad Broadband on top of its portal, after "paid to" (Vodafone Idea Ltd, never Vi;
  Bharat Gas, never HelloBPCL or its Distributor, as heldout280's Indane; Airtel Xstream Fiber, never airtel
  on top), after "for" (Sun Direct), iMobile Pay's Biller (BSNL), the water supplier on top of its receipt
  book. An SMS, mail, inbox or chat alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): the Kannada SMS' "<PAYEE>
  ಅವರಿಗೆ" (to <PAYEE>), Karnataka Bank's "to <PAYEE> from", SBI's "to <PAYEE> (UTR", IOB's "for NEFT to
  <PAYEE> on", HDFC Bank's "To <PAYEE> On", IDBI Bank's last part of "UPI/<ref>/<PAYEE>." (*settled*
  heldout279's Axis and heldout280's Nainital Bank), Central Bank's "by NEFT to <PAYEE> (UTR", Axis Bank's
  "via UPI to <PAYEE>.".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*); never NeuCoins or
  reward points. *settled* (heldout152 to heldout281): a payer's advice counts its net sum, here Coupa's
  Payment Amount (never an invoice's Amount Paid), PFMS' Amount (Rs.), Jaypore's Net payout (its sentence the
  same; never a Sale or a Commission), the Rs. x/- in Ninasam's sentence, RazorpayX's Amount, the Rs. x in the
  designer's message, NetSuite's Amount (never a bill's line), the voucher's Rs. in its box. *settled*
  (heldout155 to heldout281): an inward wire's foreign sum, here US dollars (US$ / USD), euros the Dutch way
  (€ 2.350,00 or EUR 2.350,00 is 2350.00, *settled* heldout273 and heldout279), pounds (£ / GBP), New Zealand
  dollars (NZ$ / NZD, *settled* heldout274 and heldout279), Omani rials with their code and three decimals
  (OMR 410.000 is 410.00, the third decimal always a zero, *settled* heldout260) and in the raw :32A: field
  (260331OMR410,000: the day as YYMMDD, the code, the sum with a decimal comma and no grouping, *settled*
  heldout255, heldout260 and heldout271), Swedish kronor (4 240,00 kr / SEK 4 240,00 is 4240.00, *settled*
  heldout271, heldout275 and heldout279), ringgit (RM / MYR, *settled* heldout278), Qatari riyals (QAR,
  *settled* heldout260); never CBQ's Charges. *settled* (heldout175 to heldout281): a receipt counts the sum
  received, here the invoice's Total (its Amount received the same; never a line, CGST 2.5% or SGST 2.5%), the
  WooCommerce Total (never Subtotal or Shipping), the receipt book's Rs. / ರೂ. (its Rupees in words the same),
  the cash bill's Total written in (never a piece's sum), the token's "Paid in full" sum (never a basket's
  price each), Townscript's Amount paid, Easebuzz's Amount, the Rs. x/- in the money receipt's sentence. A
  whole sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout281): a
  supplier's paper counts the sum paid, here the chit's ಒಟ್ಟು (total) written in (never a line's sum, as
  heldout281's Gujarati કુલ), the frame works' Total (never CGST 9% or SGST 9%), Hobby Ideas' Order total, the
  Medar bill's Total, the paper works' Amount received, Moglix's sum, the printers' Total, Hostinger's Total
  (never a line or GST 18%). A banking page's sum. *settled* (heldout167 to heldout281): a pay slip's net sum,
  here the Net pay in RazorpayX Payroll's row, the work slip's Total / ಒಟ್ಟು (never its Rate), super.money's,
  Freecharge's and Google Pay's sum, the Rs. x/- in the honorarium's sentence, the advance slip's Rs. in its
  box, Keka's Net pay. A fee page's Fee, Amount, Registration fee, Total (never a cess alone), Renewal fee,
  Rs. in a box, the entry fee in a sentence. An insurer's premium with its GST (*settled*, heldout199 to
  heldout281), here United India's Total premium (never Premium or GST 18%), ACKO's, Aditya Birla's and Zuno's
  sum, National's Premium (Rs.) in its row, Reliance's Premium, Magma's Premium (incl. GST), Shriram's Total
  premium in its row (never Own damage, Third party or GST). A slip's TOTAL AMOUNT / SALE AMT / AMOUNT /
  Amount, a device's sum large, the bookshop's Total. A utility's Bill amount, the portal's Total (never the
  plan's line or GST 18%), the sum large, the cans' sum written after them, Amount paid. An alert's sum
  debited as worded (grouped the Indian or the English way or not at all), never an Avl Bal, Available balance
  or Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's ringed tick over Google Pay's sum (a large tick, *settled* as
  heldout281's POP and slice), Tata Neu's Payment successful capsule, Kotak811's Transaction successful,
  Canara ai1's ವಹಿವಾಟು ಯಶಸ್ವಿ over Transaction successful, IDFC FIRST's Money sent, BharatPe's Payment
  received chip successes; MobiKwik's Payment pending pending; Jupiter's Payment failed failed. A payer's Paid
  capsule, PFMS' Status Credited (as heldout280's IFMS Paid), "We have today paid", the designer's "Sent",
  NetSuite's BILL PAYMENT (a payer's own record of the payment made, *settled* as heldout280's Zoho Books
  PAYMENT MADE), the voucher's "Received the above amount." successes; Jaypore's "is being processed" pending
  (as heldout280's Etsy deposit on its way); *settled* (new here) RazorpayX's Reversed failed, because a
  reversed payout has come back to the payer unpaid (as heldout280's Citi RETURNED). A wire's Wire sent,
  Starling's Sent capsule, "YOUR PAYMENT HAS BEEN SENT AS ABOVE.", Swedbank's Payment sent, CBQ's "has been
  completed" successes; *settled* (new here) Rabobank's "Uw overboeking is verzonden." (your transfer has been
  sent) a success, because the remitter's bank says it has sent the payment (as heldout280's DNB "Betalingen
  er sendt"); Maybank's In Progress (its step Sent to beneficiary bank still under way) pending; Kiwibank's
  "We couldn't send this payment" failed. A receipt's Amount received, the receipt book's "By UPI, Ref", "ನಗದು
  ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) in a Kannada hand (as heldout281's Gujarati hand), "Paid in full",
  Townscript's "Your booking is confirmed", the money receipt's "Received with thanks ... by Cheque ..." with
  "Subject to realisation of the cheque." (*settled* heldout270, heldout276 and heldout282) successes;
  WooCommerce's "is currently Pending payment." pending; Easebuzz's Transaction failed failed. A supplier's
  "GPay ಮೂಲಕ ಪಡೆದಿದೆ" (received by GPay), the frame works' Payment details (Paid on, Mode UPI, Balance due
  0.00), "ನಗದು ಪಡೆದಿದೆ" (cash received), the paper works' Amount received, "Paid cash", Hostinger's "Your
  payment was successful" successes; Moglix's Payment pending pending; Hobby Ideas' Payment failed failed. A
  banking page's "Transaction processed successfully.", IMPS transfer successful, Status Successful, "is
  successful", JioFinance's Paid successes; *settled* (new here) Canara Bank's "Standing instruction
  executed." (Status Executed) a success, because the bank has carried out the transfer the instruction
  orders; FedMobile's Transaction pending pending; KGB Mobile's Failed (the NEFT returned) failed (*settled*,
  heldout278). A pay slip's "Paid by UPI, Ref" with "ಹಣ ಪಡೆದಿದ್ದೇನೆ" (I have received the money),
  super.money's ringed tick, "Received from ... by NEFT", "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (received in cash), Keka's Salary
  credited, Google Pay's Completed successes; RazorpayX Payroll's Processing pending; Freecharge's Payment
  failed failed. A fee page's "Fee received.", Status Success, "Tax collected.", e-Karmika's Fee paid capsule,
  "Received cash", "Received entry fee ... by NEFT" successes; Kaveri's Payment pending pending; Khajane-II's
  Failed (its step Payment at bank failed) failed. An insurer's "Premium received with thanks.", "We
  acknowledge with thanks the premium received", Policy renewed, Magma's receipt Paid via UPI, Policy issued,
  "Premium collected in cash" successes; Reliance's Payment under verification pending; ACKO's Payment failed
  failed. A slip's APPROVED, Txn approved, TXN SUCCESSFUL, Payment Successful, Card payment successful, the
  bookshop's Card ticked successes; DECLINED (51 INSUFFICIENT FUNDS) failed; *settled* (heldout276, heldout278
  and heldout280) TRANSACTION TIMED OUT with its PLEASE DO NOT RETRY pending. A utility's Payment successful,
  Paid capsule, Recharge successful, "Paid cash" successes; iMobile Pay's Bill payment in progress pending;
  MESCOM's Transaction failed failed. *settled*: an SMS, mail, inbox or chat debit alert a success whatever
  its bank's wording (here in Kannada too); SBI's "has been returned: account closed" failed (*settled*,
  heldout278); Karnataka Bank's "is pending with the beneficiary bank. Do not retry." pending (as heldout281's
  IDBI Bank's "is under process. Do not retry.").
* date: the day paid. A UPI screen's day and hour under Google Pay's payee, Date & time, Initiated, ದಿನಾಂಕ /
  Date, Jupiter's Date, Received on; *settled* (new here) Kotak811's day over its timeline of hours, because
  the hours under it are that day's steps; IDFC FIRST's "Today, <hour>" prints no day (*settled*). A payer's
  Payment Date, Credit Date, Initiated on (Jaypore's, a pending's day), Created at, NetSuite's Date (never a
  bill's Date Due), the Date written on a voucher; the letter's "today" is the day at its head ("Heggodu,
  <day>", *settled* heldout281's post card); the WhatsApp thread's "Today" divider prints no day (*settled*,
  as Today). A wire's Sent on (Jul 24, 2026, its month's name first, *settled* heldout278), Datum
  (29-03-2026), Date, the :32A: day (260331 is 2026-03-31, *settled* heldout271) and its VALUE DATE, Maybank's
  Transaction Date (never its timeline's hours), CBQ's Transfer date; Swedbank's "Today <hour>" prints no day.
  A receipt's Date: beside the invoice's number, the day in WooCommerce's "was placed on <day>" (*settled*, as
  heldout281's Placed on), the Date written in the receipt book, the cash bill's Date with its month in Roman
  figures (27/XI/2026, *settled* heldout276), Townscript's Paid on (never its Event dates, a day still to
  come, *settled* heldout280), Easebuzz's Date & time, the money receipt's Date: (never the cheque's dated,
  *settled* heldout272 and heldout282); the basket token prints no day (its Ready names a feast, no calendar
  day). A supplier's Paid on (never its Invoice Date), Attempted on, the Date written on the Medar bill, the
  paper works' Receipt Date (never the day in its Against invoice), Placed on, the printers' Date with its
  month in Roman figures (19-IV-26), Hostinger's Payment date (Nov 5, 2026); the red earth seller's chit
  prints no day. A banking page's Date & Time, the standing instruction's Executed on (*settled* (new here)
  never its Next due, a day still to come, or the day of the month in its Frequency, which names no calendar
  day), FedMobile's Date, BOI's Transaction Date, Axis Bank's Date, KGB Mobile's Date; JioFinance's "Today,
  <hour>" prints no day. A pay slip's Initiated on (never the payroll's month), the Date / ದಿನಾಂಕ written on a
  work slip, Freecharge's Date, the day in the honorarium's "on <day>" (never its "from <day> to <day>", a
  period), the Date written on an advance slip, Keka's Credited on (never its Net pay's month), Google Pay's
  day and hour; super.money's "<n> hours ago" prints no day (*settled*, an age). A fee page's Date (ದಿನಾಂಕ),
  Payment date (never the professional tax's Period), Initiated on, the panchayat's Date: (never its tax's
  year), Khajane-II's Date (never its timeline's hours), the Forest receipt's Date written in, the day in the
  Academy's sentence; e-Karmika prints only its Valid till (*settled*: never a validity day) and so no day. An
  insurer's Receipt Date, Attempted, National's Receipt Date in its row, Reliance's Initiated on, Magma's
  Date, Zuno's Paid on, the day in Shriram's "collected in cash on <day>" (never its Period of insurance);
  Aditya Birla's "Today, <hour>" prints no day. A slip's DATE and TIME, DATE:, DATE/TIME, Date & time, the
  bookshop's Date written in; Mswipe's hour alone prints no day. A utility's Date & time, Paid on (never the
  plan's month), HelloBPCL's Paid on, the water receipt's Date written in, Sun Direct's Date, iMobile Pay's
  Initiated, airtel's Date; Vi's "Just now" prints no day (*settled* heldout278 and heldout279: an age names
  no calendar day). The alerts' "<dd-mm-yyyy> ರಂದು" (on <day>, in Latin figures as the bank sends them,
  *settled* heldout281's Gujarati "ના રોજ"), "on <dd/mm/yy>", "dated <dd-mm-yy>", "on <dd.mm.yyyy>", "On
  <dd/mm/yy>", "on <dd-Mon-yyyy>", "on <dd-mm-yy>" under a chat's day divider (*settled*); IDBI Bank's "<n>
  hrs ago" prints no day. All numeric days here are day first (heldout251, heldout259) but the :32A: field's
  year first. *settled*: never a Due date, a Period, a pay month, a plan's month, a Valid till or Next due
  day, an event's, an invoice's or a cheque's day, a timeline's hour or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's, a terminal's or a bank's transaction id.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (Coupa's NEFT or RTGS, PFMS' UTR, Jaypore's payout to
  the bank account (as heldout280's GoCoop), Ninasam's NEFT, RazorpayX's IMPS, the designer's IMPS, NetSuite's
  NEFT memo; the paper works' NEFT; the banking pages but JioFinance; RazorpayX Payroll's IMPS, the
  honorarium's NEFT, Keka's salary to the Bank; the professional tax's, Kaveri's and Khajane-II's net banking,
  the Academy's NEFT; United India's NEFT, Reliance's Net Banking; the NEFT and IMPS alerts); a SWIFT or other
  bank remittance either way (Mercury's International wire, Rabobank's overboeking naar het buitenland with
  its Kosten Gedeeld (SHA), Starling's International (SWIFT), Kiwibank's overseas payment, the MT103,
  Swedbank's International (SWIFT), Maybank's Foreign Telegraphic Transfer, CBQ's International (SWIFT)). UPI
  for the UPI screens, the invoice's Mode UPI, WooCommerce's UPI (PayU), the receipt book's "By UPI", the
  token's "by UPI", the chit's "GPay ಮೂಲಕ" (*settled* heldout276's "by GPay"), the frame works' Mode UPI,
  Hobby Ideas' UPI (collect request), Moglix's UPI, JioFinance, the work slip's UPI, super.money's upi chip,
  Freecharge and Google Pay, the trade licence's and the panchayat's UPI, e-Karmika's UPI, Aditya Birla's,
  Magma's and Zuno's UPI, Malnad Broadband's, Vi's and HelloBPCL's UPI, iMobile Pay's "Pay using UPI", the UPI
  alerts; card for Townscript's Debit card, Hostinger's Visa, ACKO's Credit card, National's Debit card, the
  slips and the device, the bookshop's Card ticked, MESCOM's Debit card, Sun Direct's Debit card, airtel's
  Credit card; cash for "ನಗದು ಸ್ವೀಕರಿಸಲಾಗಿದೆ", the voucher's Cash ticked, "ನಗದು ಪಡೆದಿದೆ", "Paid cash", "ನಗದು
  ಪಡೆದಿದ್ದೇನೆ", "Received cash", "Premium collected in cash"; cheque for the money receipt's "by Cheque No.
  ..." (*settled* heldout270, heldout276 and heldout282).
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout281): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI Ref. No. / ಯುಪಿಐ ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ,
  UPI Ref No, UTR, Payment Reference, Bank Transaction ID (UTR), a UTR in a sentence, a message's or a chit's
  Ref, Memo's "NEFT UTR", Ref No., UPI Ref, Reference (UTR), UTR Number, IMPS Reference No., IMPS Ref No., upi
  ref id, UPI Ref ID, a slip's RRN, an alert's ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ (reference number), Ref, UTR, UPI/<ref>/, UPI
  Ref), then a bank reference (Mercury's Wire reference, Starling reference, Kiwibank reference, the MT103's
  :20: (*settled* heldout271), Swedbank reference, Maybank's Reference No., CBQ's Reference, Canara Bank's
  Transaction Ref. No., BOI's Transaction Ref No., KGB Mobile's Reference No., the professional tax's Bank
  Ref. No., Kaveri's Bank reference, iMobile Pay's Bharat Connect Ref (*settled* heldout280)), then a
  transaction / payment id (Google transaction ID, Tata Neu Txn ID, BharatPe Txn ID, PFMS Payment ID,
  Jaypore's and RazorpayX's Payout ID, Easebuzz's Transaction ID, Hobby Ideas' Payment ID, Hostinger's
  Transaction ID, Freecharge's Transaction ID, e-Karmika's Transaction ID, Aditya Birla's Payment ID,
  Reliance's and Zuno's Transaction ID, Mswipe Txn ID, PhonePe Txn ID, MESCOM's, Vi's and airtel's Transaction
  ID), then an approval code (AUTH CODE, Auth code, AUTH:, APPR, Approval code), then an order's number
  (WooCommerce's Order #, Easebuzz's, Hobby Ideas', Moglix's and ACKO's Order ID, Booking No., Sun Direct's
  Order ID, the basket token's Token No.; *settled* (new here) Townscript's Booking ID, because a booking is
  an order for a seat), then a document's own number (Invoice No., No. printed, Receipt No., Bill Payment #,
  Slip No., Invoice ID, the Medar bill's No. struck in red (as heldout279's red-numbered book), CRN (the
  challan's own number, as heldout281's e-Challan No.), INVOICE NO, INV, INVOICE, INV:). *settled*: never a
  card, account or mobile number, a UPI ID, IFSC, GSTIN, a Policy No., Proposal No., Licence No., Registration
  No., Application No., Enrolment No., Property ID, Consumer No., Account ID, Smart card No., a vehicle's
  number, a slip's TID / MID / BATCH, a No. left blank, an invoice or bill number named on an advice or
  against a receipt (heldout272), a PO #, a Cheque No. (heldout282); *settled* (new here) never a standing
  instruction's SI No., because it numbers the standing order, not the payment (as a Policy No.), and never
  MESCOM's RR No., the Revenue Register number of the meter's connection (as a Consumer No.)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout285_families import (
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

SPLIT = "heldout285"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (DejaVu Sans and Noto
# Sans Display among them), the pages in Noto Serif, Liberation Serif (liberation2), DejaVu Serif, FreeSerif,
# Noto Serif Display and Liberation Sans, the collective's, its suppliers' and its artists' papers in
# FreeSerif, DejaVu Serif Condensed, Liberation Serif (liberation2), Noto Sans and Liberation Sans Narrow, the
# slips in five monos; beside them Noto Sans and Noto Serif Kannada (regular and bold, fonts-noto-core) for
# the Kannada lines, labels and hand, an upright FreeSerif for a Kannada hand's figures, a pen's italic
# (``heldout285_families.PENS``) and a page's own fixed-width face (``heldout285_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoMono-Regular.ttf",
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


def make_heldout285_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout285 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

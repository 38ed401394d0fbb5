"""heldout276: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pattachitra painters' village co-operative's year of 2026 in Raghurajpur, Puri
district, Odisha (Raghurajpur Chitrakar Samabaya Samiti Ltd, Regd. No. 412/PRI of 1987, P.O. Chandanpur: the
chitrakars of the heritage village, members of the samiti, who paint Jagannath, Balabhadra and Subhadra, the
Thia Badhia (the temple's map), Kanchi Abhijana, Dashavatara, Krishna Leela, Rasa Lila and Gita Govinda on
patta (cotton cloth stiffened with tamarind-seed gum and chalk) and on tussar silk, in natural colours
(hingula red, harital yellow, conch-shell white, lamp black, indigo, bound with kaitha gum) with keya-root and
squirrel-hair brushes, and engrave palm leaves with an iron stylus; the Anasara Pati it paints for the
Jagannath temple before the Rath Yatra; its visitor centre in the village, Raghurajpur Kala Kendra, with its
painting workshops and heritage walks; its Bhubaneswar outlet at Shop 11, Ekamra Haat, Raghurajpur Patta Ghar,
with stall 42 at the Toshali National Crafts Mela on Janata Maidan; the web shop raghurajpurpatta.in; its
buyers in Bhubaneswar, Hyderabad, Mumbai and Kolkata, the state's emporium Utkalika, GoCoop, hotels and
collectors abroad), told by the proofs of payment it receives (buyers' Paytm, Amazon Pay, BHIM, Navi, bob
World and Airtel Thanks screens, PhonePe, and Paytm for Business on the outlet's phone; Utkalika's letter, the
Shree Jagannath Temple Administration's payment advice, a Bhubaneswar hotel's NEFT returned at ICICI Bank,
GoCoop's payout, a Hyderabad studio's reply mail, OTDC's vendor portal, Indian Overseas Bank's credit advice
of a Mumbai firm's NEFT and a Kolkata museum store's Zoho Books; Payoneer, PostFinance, Deutsche Bank, DBS
IDEAL, a Kyoto collector's postcard, CommBank, Emirates NBD and RBC for buyers in Boston, Zurich, Berlin,
Singapore, Kyoto, Melbourne, Dubai and Toronto in US dollars, Swiss francs, euros, Singapore dollars, yen,
Australian dollars, dirhams and Canadian dollars; the outlet's thermal tax invoice, the Kala Kendra's workshop
receipt on a palm leaf, the outlet's memo taped into the file, the web shop's order mail and its expired UPI
request, a gift voucher, a money receipt for a cheque and Vyapar's invoice) and those it makes (a Gopalpur
tussar house's stamped invoice, Puri's colour shop's bill in Odia, Moglix's pending order, DTDC's booking
receipt, GoDaddy's receipt, Flipkart Wholesale's failed payment, a carpenter's bill and a brush maker's bill
of supply; YONO Business, OnlineSBI Corporate, Indian Overseas Bank, Union Bank's Vyom, ICICI's InstaBIZ,
Airtel Payments Bank, Indian Bank's mail and the Puri district co-operative bank's counter copy for the frame
maker, the auditors, the Toshali stall's tent house, the electrician, the photographer, the web studio, the
carrier and the godown's landlady; a chitrakar's work payment receipt, PNB ONE's UPI to a palm-leaf engraver,
Zoho Payroll's payslip, Cashfree's stipend payout, a guide's fee voucher, IndOASIS' failed IMPS to the cook,
slice's UPI to a mask painter and a Raja festival advance; the Odisha Treasury's e-Challan for the audit fee,
the Geographical Indications Registry's fee for Orissa Pattachitra's authorised user, UMANG's Legal Metrology
fee, the Bhubaneswar Municipal Corporation's trade licence, ESIC's contribution, the state's profession tax,
the Chandanpur Gram Panchayat's trade licence and ORMAS' stall rent; New India Assurance's, Oriental's, ICICI
Lombard's, Bajaj Allianz's, IFFCO-TOKIO's, Niva Bupa's, Reliance General's and SBI General's premiums; cards
on the outlet's, the stall's and the Kala Kendra's terminals and the samiti's card at a Puri hotel, a rasagola
shop, an art store, a pump and a bookshop; TPCODL's, a Common Service Centre's, BSNL's, Indane's, Jio's,
Airtel's, WATCO's and Dish TV's bills; the banks' SMS, e-mails, a passbook's page, a notification and a
WhatsApp banking chat). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout274's or heldout275's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: Odia lines in Noto Sans
Oriya over their English (a name, a heading, a greeting, a thanks); labels in English with their Odia in
brackets in small letters on the same line, a colon and the value after them, printed or filled in by hand on
a dotted line; Odia written by hand, slanted, with its sums at the line's right; oval rubber stamps with PAID
and the day on the band across their middle; the outcome's mark in pale rings spreading from it; confetti; a
reward's scratch card; a printed receipt inside an app, its foot cut in a zigzag; a bottom sheet over a dimmed
app; a mail's box with a bar down its left round the payment's details or a quoted mail; a heading painted on
a brush's stroke; a postcard's message side written by hand and its address side under a stamp and a postmark;
a thumb's impression; a Pattachitra's painted border (hingula red, a harital creeper, conch-white temple
teeth); a palm leaf's ground with its fibres, rounded ends and string holes; a spiral binding; a paper clip;
clear tape; a folded corner; days with their month in Roman figures (13.VI.2026), in German (22. September
2026) and with the year's last two digits after the month's name (03-Jul-26); Swiss francs with an apostrophe
between the thousands (2'960.35), euros the German way (6.118,00 EUR), yen whole.

* ``buyer_upi``: Paytm's Paid Successfully (the day and hour on top, confetti, the outcome's mark in its
  rings, "Paid Successfully to" over the payee, UPI ID, the sum, a scratch card won, UPI Ref No, Paytm Txn ID,
  From); Amazon Pay's receipt on a bottom sheet over the dimmed app ("paid to <payee>", "Today at <hour>", UPI
  transaction ID, Amazon Pay transaction ID, Paid using; no day); BHIM's PAYMENT RECEIPT inside the app with a
  zigzag foot (Paid to, Amount, Date, UPI Ref ID, Txn ID, From, Remarks); Navi's Payment in process (its
  details two to a row: Transaction ID, UPI Ref. No., Initiated on, Debited from); bob World's Fund Transfer
  Successful (Beneficiary Name, then two to a row: UPI ID, Mode, Reference No., Date & Time, Remarks, Debit
  A/c); Airtel Thanks' Payment Failed ("Your payment to <payee> could not be completed.", UPI Ref No, Date,
  Payee UPI ID, Paid from); Paytm for Business on the outlet's phone (the outlet under the app, a Payment
  Received capsule, "from <buyer>", Received on, Payment mode, Settlement; no reference); PhonePe's
  Transaction Successful with "<hour> on <day>" on its bar (Paid to, the payee's initials, the payee, its UPI
  ID and Banking Name, Transaction ID, UTR, Debited from). All new here.
* ``buyer_advices``: Utkalika's letter under its Odia name (Letter No. beside its later Dated:, To, The
  Secretary, the samiti, its sentence, a box: Bills, Gross value, Less: TDS @ 1%, Net amount released, UTR
  No., Value date, Mode); the Shree Jagannath Temple Administration's PAYMENT ADVICE under its Odia name on a
  brush's stroke (Advice No., a table ruled on every side: Payee, Work, Sanction Order, Bill amount, Less:
  Security deposit 5%, Net paid, Mode, UTR, Date of payment with its month in Roman figures; an oval PAID
  stamp with the day); ICICI Bank's corporate page of a NEFT returned (a status band, a striped table:
  Transaction Ref. No., Debit Account, Beneficiary, Amount, Product, Value Date, UTR, Return Reason); GoCoop's
  payout (a Settled capsule, the week's orders on a band, Gross sales, GoCoop fee, GST on fee, TCS, Net
  payout, shaded rows: Paid to, Bank account, Settlement ID, UTR, Mode, Settled on); a Hyderabad studio's
  reply mail ("We have transferred <sum> by NEFT on <day> ...", Beneficiary:) over the samiti's quoted mail in
  a box (Balance due, its invoice, its bank; no reference); OTDC's vendor portal (a track: Bill received,
  Verified, Approved, Sent to bank, Credited; shaded rows: Vendor, Vendor code, Invoice No., Invoice amount,
  TDS, Net payable, Mode, Payment reference, Initiated on); Indian Overseas Bank's CREDIT ADVICE (A/c Name,
  A/c No., a table ruled on every side: Remitter, Remitter's bank, Amount, Value date, Mode, UTR, Sender to
  receiver info); Zoho Books' Payment Made ("Yesterday, <hour>"; Paid To, Paid Through, Payment Mode,
  Reference#, Payment #; no day). All new here.
* ``export_wires``: Payoneer's mail ("You've received a payment of <dollars> from <payer>.", Account holder,
  Amount, Payment ID, Payment method, Received on, Description); PostFinance's Zahlung in Bearbeitung /
  Payment being processed (the francs with apostrophes, "an <beneficiary>", "Ausführung / Execution: heute";
  Empfängerbank, Zahlungsart, Referenz, Mitteilung; no day); Deutsche Bank's Zahlungsbestätigung (its later
  letter day, "Ihr Auslandsauftrag wurde am <day> ausgeführt.", a table ruled on every side: Empfänger /
  Payee, Bank des Empfängers, Konto, BIC, Betrag / Amount the German way, Entgelt, Verwendungszweck,
  Auftragsreferenz); DBS IDEAL's telegraphic transfer (a track of its steps, Status: Completed, dot leaders:
  Beneficiary Name, Beneficiary Bank, Amount, Value Date, Payment Type, Bank Reference, Customer Reference); a
  Kyoto collector's postcard ("I sent <yen> by Japan Post Bank remittance on <day>", the samiti's address; no
  reference); CommBank's Transfer sent (When, From, Receipt number, Transfer type, Their bank, Reference);
  Emirates NBD's Transfer failed (Beneficiary, two to a row: Amount, Transfer type, Value date, Reference,
  Beneficiary bank, Purpose); RBC's mail (a striped table: Confirmation #, Date sent, Amount sent, Exchange
  rate, Recipient gets, Recipient, Recipient's bank, Transfer fee, Method). All new here.
* ``own_receipts``: the outlet's TAX INVOICE from a thermal printer on a torn roll under its Odia name (BILL:
  beside the day, TIME, CASHIER, the paintings, TAXABLE, CGST 2.5%, SGST 2.5%, ROUND OFF, TOTAL RS., PAID BY
  UPI (PAYTM), UPI REF, its thanks in Odia); the Kala Kendra's WORKSHOP RECEIPT on a palm leaf's ground
  (Receipt No. beside Date:, Visitor, Workshop, Participants, Total received, Paid in Cash, "Received with
  thanks."); the outlet's CASH / CREDIT MEMO taped into the file ("No." never filled, Date and M/s by hand,
  the paintings and their sums by hand, Total Rs. in a box, "Paid by GPay - recd."; no reference); the web
  shop's order confirmed (its sentence, Total paid, Order number, Order date, Payment, Payment ID); the web
  shop's UPI request expired (Order, Amount, Payment method, Your UPI ID, Request sent); a GIFT VOUCHER in a
  Pattachitra's border (Voucher No., the value large, Valid till, "Received Rs. ... by card (...), appr.
  <code>."; no day); a MONEY RECEIPT for a cheque with its corner folded over (labels in English and Odia:
  Received from, Rupees, By cheque no., Drawn on, Towards; "Subject to realisation of the cheque."); Vyapar's
  Tax Invoice (Invoice No., Date, a table ruled on every side, Sub Total, CGST, SGST, Total, Received,
  Balance, Payment Mode, UPI Ref). All new here.
* ``supplier_invoices``: MAA TARINI TUSSAR BASTRALAYA's TAX INVOICE under its oval PAID stamp with the day
  (Invoice No. beside its earlier Date:, Buyer:, Metres and Rate, CGST 2.5%, SGST 2.5%, Total Rs., "by NEFT,
  UTR ..." written beside the stamp); JAGANNATH RANGA BHANDAR's bill in a spiral-bound book written in Odia
  (Bill No. printed, Date: left blank, the colours with their sums, ମୋଟ (total), ନଗଦ ପାଇଲି (cash received); no
  day); Moglix's Payment pending ("Sold by <seller>", two to a row: Order ID, Payment ID, Paid via,
  Initiated); DTDC's BOOKING RECEIPT on a torn roll (CN NO, DATE, FREIGHT, FUEL SC, GST 18%, TOTAL, PAID :
  UPI, UPI REF); GoDaddy's receipt mail (Receipt #, IGST 18%, Total, Payment method, Amount charged, Order
  date); Flipkart Wholesale's Payment failed (Sold by, Items, Order amount, Payment mode, Transaction ID,
  Attempted on); SAHOO WOOD WORKS' BILL filled in by hand under a paper clip (Date, To, the work and its sums,
  Total Rs. in a box, "Received cash with thanks"; no number; no reference); BANAMALI TULI GHAR's BILL OF
  SUPPLY (Bill No. beside Date:, a table ruled on every side with its Total, "Amount received by UPI
  (PhonePe), UPI Ref. ..."). All new here.
* ``vendor_transfers``: YONO Business' Transaction Successful (the payee in a card: Beneficiary, Account,
  IFSC; IMPS Ref. No., Transaction Date, Mode, Debit Account, Purpose); OnlineSBI Corporate's e-RECEIPT (a
  table ruled on every side: Reference No., UTR No., Debit Account No., Beneficiary Name, Beneficiary Account
  No., Beneficiary IFSC, Amount (INR), Commission (INR), Transaction Type, Transaction Date, Status); Indian
  Overseas Bank's Funds Transfer Acknowledgement in dot leaders (Transaction Id, UTR Number, From Account,
  Payee, Payee Account, Amount, Payment Type, Date, Remarks); Vyom's Transaction Failed (two to a row:
  Reference No., Mode, Date, Debit A/c, Remarks, IFSC); InstaBIZ's NEFT In process (a striped table:
  Transaction ID, Beneficiary A/c, IFSC, Mode, Initiated on, Remarks); Airtel Payments Bank's Money sent on a
  bottom sheet ("Today, <hour>", UPI Ref No, To UPI ID, Paid from, Note; no day); Indian Bank's mail ("The
  NEFT of <sum> ... to <PAYEE> has been credited to the beneficiary's account on <day>."; no reference); the
  Puri district co-operative bank's NEFT - CUSTOMER COPY from its counter printer under its Odia name (DATE,
  TIME, A/C NO, REMITTER, BENE NAME, BENE A/C, IFSC, AMOUNT, CHARGES, UTR, MODE, STATUS). All new here.
* ``worker_pay``: a CHITRAKAR WORK PAYMENT RECEIPT (No. beside Date:, labels in English and Odia filled in by
  hand: Chitrakar, Work, Wages, Less advance, Paid; his Odia line ଉପରୋକ୍ତ ଟଙ୍କା ବୁଝି ପାଇଲି (I have received
  the above money) and his thumb's impression); PNB ONE's Payment Successful to a palm-leaf engraver (boxed
  fields: UPI Ref No., Date & Time, Debited from, Remarks); Zoho Payroll's payslip (Employee, Employee ID,
  Designation, Pay Date, Location, Paid Days, Earnings beside Deductions on a band, Total Net Payable on a
  band, the words, Paid by, UTR); Cashfree's payout PENDING (its steps down the page; shaded rows:
  Beneficiary, Transfer ID, Amount, Mode, Purpose, Bank reference awaited, Initiated on); a GUIDE FEE VOUCHER
  (Date, Paid to, For by hand, the notes counted in a table ruled on every side with their Total, "Paid in
  cash", Received by hand; no reference); IndOASIS' IMPS Failed to the workshop's cook; slice's Money sent to
  a mask painter ("Today, <hour>"; no day); a RAJA PARBA ADVANCE typed (Sl. No., Date with its month in Roman
  figures, Paid to, Member No., Amount, In words, Mode: Cash, the months it is recovered in, "Recd." by hand).
  All new here.
* ``govt_fees``: the Odisha Treasury Portal's e-Challan under its Odia heading (labels in English and Odia:
  GRN, Department, Head of Account, Remitter, Purpose, Amount, Bank, Bank Transaction No., Payment Date,
  Status); the Geographical Indications Registry's E-PAYMENT RECEIPT (a table ruled on every side: CBR No.,
  Date, Received from, Application No., Geographical Indication, Form, Fee, Mode of payment, Bank Ref. No.);
  UMANG's Legal Metrology fee ("paid to <department>", "Today, <hour>", Service, Application ID, Transaction
  ID, Payment mode; no day); the Bhubaneswar Municipal Corporation's trade licence receipt under its Odia name
  (a striped table: Receipt No., Trade Licence No., Trade Name, Licence period, Licence fee, Late fee, Total
  Paid, Transaction ID, Payment Mode, Payment Date, Status); ESIC's Payment status: Pending (shaded rows:
  Employer Code, Contribution period, Amount, Transaction No., Bank, Submitted on); the Commercial Tax and GST
  Organisation's profession tax Payment Failed (dot leaders: Enrolment No. (PTEC), Period, Amount, Payment
  mode, Transaction reference, Attempted on); the Chandanpur Gram Panchayat's RECEIPT under its Odia name (Sl.
  No. left blank, labels in English and Odia filled in by hand: Date with its month in Roman figures, Received
  from, Towards, Rupees; its round seal; no reference); ORMAS' MONEY RECEIPT ("Received with thanks from ... a
  sum of Rs. ... by NEFT, UTR ..., dated <day>."). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT (a table ruled on every side, two fields to a
  row: Receipt No., Date, Insured, Policy, Premium, GST @ 18%, Total, Mode, UTR, Branch); Oriental Insurance's
  typed letter (its later Dt., the cheque's number and day, "received at this office on <day> vide our Receipt
  No. ...", "The cover will commence on realisation of the cheque.", "Received subject to realisation of the
  cheque."); ICICI Lombard's mail (a card of the policy; Premium paid (incl. GST), Payment mode, Transaction
  ID, Payment date); Bajaj Allianz's Caringly Yours ("paid to <insurer>", "Today, <hour>", Policy, Vehicle,
  Payment ID, Paid via; no day); IFFCO-TOKIO's Payment unsuccessful (two to a row: Proposal No., Product,
  Premium payable, Payment mode, Transaction ref., Attempted on); Niva Bupa's renewal letter ("We thank you
  for the renewal premium of <sum> received by NEFT on <day>. The policy is renewed for one year from <day>.",
  Policy No.; no reference); Reliance General's marine cargo receipt in dot leaders (Receipt No., Receipt
  Date, Net premium, IGST @ 18%, Total premium, Payment mode, UPI Ref No.; a QR code); SBI General's counter
  acknowledgement typed at the branch (ACK NO, DATE, PROPOSER, PRODUCT, PREMIUM, MODE, APPR CODE, PREMIUM
  RECEIVED.; its rubber stamp). All new here.
* ``card_slips``: Pine Labs' slip at the outlet (DATE: and TIME: on one line, MID, TID, BATCH NUM beside
  INVOICE, CARD NUM, CARD TYPE, APPR CODE, RRN, TOTAL AMOUNT over the sum, APPROVED, PIN VERIFIED OK); Paytm's
  card machine's screen at the Toshali stall (the stall under the device's name, "Today <hour>", Card, Auth
  Code, RRN, Batch / Invoice; no day); BharatPe Swipe's TXN TIMED OUT, AWAITING BANK RESPONSE at the Kala
  Kendra; HDFC Bank's DECLINED slip at a Puri hotel (55 - INCORRECT PIN; no reference); Razorpay POS's bill of
  sweets settled by card at a rasagola shop (BILL NO, the sweets, TOTAL, CARD PAYMENT, AUTH, RRN); Worldline's
  CONTACTLESS SALE (ROC, AUTH CODE, RRN, AMOUNT, PIN NOT REQUIRED); IndianOil's fuel slip (PUMP / NOZZLE,
  PRODUCT, RATE/L, VOLUME, SALE AMOUNT, APPR, RRN, XTRAREWARDS PTS); Union Bank's slip at a bookshop with its
  fields run together (DT: and TM:, TID: and BATCH:, INV:, AUTH:, RRN:, TOTAL). All new here.
* ``utility_bills``: TPCODL's app (the biller under the app, a capsule, two to a row: Consumer No., Bill
  month, Transaction No., Bank Ref. No., Receipt No., Payment Date, Payment mode, Name); a Common Service
  Centre's Digital Seva BILL PAYMENT RECEIPT for the Kala Kendra's electricity paid in cash (Transaction ID,
  Biller, Service, Consumer No., Consumer Name, Bill Month, Amount, Payment Mode, Date & Time, Status); BSNL's
  Quick Pay under process (dot leaders: Account No., Telephone No., Amount, Payment mode, Order ID, Bank Ref.
  No. awaited, Initiated on); IndianOil ONE's Indane refill (a receipt with a zigzag foot: Order ID, Cylinder,
  UPI Ref, Paid on, Consumer No.); MyJio's postpaid Payment failed; Airtel Thanks' Xstream Fiber bill (the
  bill's card, Transaction ID, UPI Ref, Paid via); WATCO's SMS ("payment of Rs.x received through UPI against
  CAN ... on <dd-mm-yyyy>. ... -WATCO, Govt. of Odisha"; no reference); Paytm's Dish TV recharge from its
  wallet ("Today, <hour>", VC No., Pack, Order ID, Paid from; no day). All new here.
* ``bank_alerts``: SMS in SBI's ("Your A/C XXXXX1234 has been debited by Rs x on <dd-Mon-yy> for NEFT to
  <PAYEE>, UTR ..."), Indian Overseas Bank's ("A/c XX1234 debited INR x on <dd/mm/yy> towards
  NEFT-<utr>-<PAYEE>. Avl Bal ...") and Union Bank's ("Your IMPS transfer of Rs.x to <PAYEE> from A/c ... has
  FAILED on <dd-mm-yyyy>. Ref No ...") wordings; Canara Bank's e-mail ("... debited with INR x on <dd/mm/yyyy>
  by UPI/<PAYEE>/<ref>.", Transaction type, Narration, Available balance); an Odisha Gramya Bank passbook's
  page under its Odia name in its printer's face (B/F, BY CASH, the ticked entry "TO NEFT/<PAYEE>"; no
  reference); ICICI Bank's notification over a WhatsApp message ("now"; no day); Central Bank of India's mail
  ("Your RTGS of Rs.x to <PAYEE> initiated on <dd-mm-yyyy> is in process. UTR ..."); Federal Bank's message in
  its WhatsApp banking chat ("Rs.x has been debited from your account ... towards IMPS to <PAYEE> on
  <dd-mm-yyyy>. IMPS Ref: ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Oriya (regular and
bold, fonts-noto-core) for the Odia lines and labels and, slanted, for the Odia hand, Liberation Sans for the
Odia hand's figures, an italic or oblique for the Latin hand (``heldout276_families.PENS``) and a fixed-width
face of the page's own for its printed lines (``heldout276_families.TYPES``). The Toshali stall's card sale is
drawn in the mela's days (1 to 14 December 2026), its tent house's transfer and its exhibition cover in the
days before them; the temple administration's Anasara Pati in June, the Raja advance in the days before the
festival (8 to 13 June 2026); the other days anywhere in 2026. GST is 5% on the paintings (HSN 9701) and on
tussar silk, 18% on courier, software and premiums; a composition supplier's bill of supply charges none.

Truth conventions (heldout275's, heldout274's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*) under
  Paytm's "Paid Successfully to", after "paid to" and "to" (Amazon Pay, Navi, Airtel's sentence), BHIM's Paid
  to, bob World's Beneficiary Name, PhonePe's name under Paid to (never its Banking Name line, heldout207);
  never the VPA or the app. *settled* (heldout268 to heldout275): a receiving business's own app pays the
  business named under the app, here the outlet under Paytm for Business (never "from <buyer>"). *settled*
  (heldout167 to heldout275): a payer's advice pays the one it pays, never the payer on top or a salutation;
  here the line under "The Secretary," on Utkalika's letter, the temple administration's Payee, ICICI's
  Beneficiary (never the hotel), GoCoop's Paid to, the Beneficiary: line of a reply mail (never the quoted
  mail's sender), OTDC's Vendor, Zoho Books' Paid To; *settled* (new here) a bank's CREDIT ADVICE to its own
  customer pays the customer named as A/c Name (never the Remitter), because it is the payee's bank's record
  of the same inward payment (as heldout274's FIRC). *settled* (heldout155 to heldout275): an inward wire pays
  the samiti, here Payoneer's Account holder, the name after PostFinance's "an" (*settled* (new here): the
  German "to", as Danske's "Til"), Deutsche Bank's Empfänger / Payee, DBS' Beneficiary Name, the name after
  CommBank's "to", Emirates NBD's Beneficiary, RBC's Recipient (never the remitter, "from <payer>", the
  Remitting bank or the bank on top); *settled* (new here) a postcard pays the one it is addressed to on its
  address side, read across its lines (never the writer), as a collector's mail's Beneficiary line. *settled*
  (heldout175 to heldout275): the samiti's own paper pays its unit or itself on top, here the outlet's English
  line under its Odia name, the Kala Kendra, the outlet on its memo, the web shop's name on its mail and its
  checkout, the outlet on its gift voucher, the samiti on its money receipt and beside Tax Invoice on Vyapar's
  invoice (never Bill To, Received from or Visitor). *settled* (heldout187 to heldout275): a supplier's name
  on top of its own paper, here the tussar house (never Buyer:), the colour shop's English name (never its
  Odia line), Moglix's and Flipkart Wholesale's "Sold by" (never the marketplace), DTDC EXPRESS LTD, GoDaddy,
  the carpenter, the brush maker (never Billed to). *settled* (heldout179 to heldout275): a banking page pays
  the payee, here YONO's Beneficiary, OnlineSBI's Beneficiary Name, IOB's Payee, the name after "to" on Vyom,
  InstaBIZ and Airtel, the name in Indian Bank's sentence, the co-operative bank's BENE NAME cut as printed
  (never the REMITTER). *settled* (heldout150 to heldout275): a pay slip pays the worker, here the Chitrakar
  filled in, the name after "to" on PNB ONE, IndOASIS and slice, Zoho's Employee, Cashfree's Beneficiary, a
  voucher's Paid to, a typed slip's Paid to (never the samiti or the Kala Kendra on top). *settled*
  (heldout153 to heldout275): a fee page pays the authority as printed, here the Odisha Treasury's Department
  (Co-operation Department; never the portal or the Remitter), the Geographical Indications Registry,
  *settled* (new here) the department after UMANG's "paid to" (Legal Metrology Department, Odisha; never
  UMANG, because UMANG is the portal that collects), the Bhubaneswar Municipal Corporation under its Odia name
  (never the Trade Name), Employees' State Insurance Corporation, the Commercial Tax and GST Organisation,
  Odisha, CHANDANPUR GRAM PANCHAYAT under its Odia name (never Received from), Odisha Rural Development and
  Marketing Society. *settled* (heldout199 to heldout275): an insurer's receipt pays the insurer on top (full
  or short as printed), or after "paid to" on an app (Bajaj Allianz General Insurance Co. Ltd.; never Caringly
  Yours or the bar); never the Insured, the Proposer or Received from. A slip's counter name line as printed
  (RAGHURAJPUR PATTA GHAR, the stall's line, RAGHURAJPUR KALA KENDRA, the hotel, the rasagola shop, the art
  store, the pump, the bookshop), never *settled* the terminal's brand over it (PINE LABS, Paytm Card Machine,
  BHARATPE SWIPE, HDFC BANK, RAZORPAY POS, WORLDLINE, INDIANOIL, UNION BANK OF INDIA). A utility's biller
  under its app (TP Central Odisha Distribution Ltd; never TPCODL on the bar), *settled* (new here) a Common
  Service Centre's Biller (never Digital Seva, CSC or the VLE, because the centre collects for the biller, as
  heldout275's e-Mitra), BSNL's name on top, after "paid to" (Indane; never IndianOil ONE or the distributor),
  after "to" (Reliance Jio Infocomm Ltd; never MyJio), after "for" (Airtel Xstream Fiber, Dish TV; never
  Airtel Thanks or Paytm), *settled* (heldout274) the authority signing an SMS after its dash (WATCO). An SMS,
  e-mail, passbook, notification or chat alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop): SBI's "for NEFT to <PAYEE>, UTR", IOB's last part of
  "NEFT-<utr>-<PAYEE>.", Union Bank's "to <PAYEE> from", Canara's middle part of "UPI/<PAYEE>/<ref>", a
  passbook's "TO NEFT/<PAYEE>" cut as printed, ICICI's "<PAYEE> credited", Central Bank's "to <PAYEE>
  initiated", Federal Bank's "IMPS to <PAYEE> on".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout275): a payer's advice counts its net sum, here Utkalika's Net amount released (never the Gross
  value or the TDS), the temple administration's Net paid (never the Bill amount or the Security deposit),
  *settled* (new here) GoCoop's Net payout (never Gross sales, the fee, GST on fee or TCS, because those are
  the marketplace's deductions before the transfer), OTDC's Net payable (never the Invoice amount or TDS), the
  sum in a reply mail's sentence (never the quoted Balance due on its own), the credit advice's Amount.
  *settled* (heldout155 to heldout275): an inward wire's foreign sum, here Payoneer's dollars in its sentence
  (its Amount the same), *settled* (new here) Swiss francs with an apostrophe between the thousands (2'960.35
  CHF is 2960.35), because the Swiss print them so, euros the German way (6.118,00 EUR is 6118.00, as
  heldout275's Italian), yen whole (¥248,000 and 248,000 yen are 248000.00), DBS' Singapore dollars,
  CommBank's Australian dollars, Emirates NBD's dirhams, RBC's Amount sent in Canadian dollars (never
  Recipient gets in rupees, the Exchange rate or the Transfer fee); in US dollars, Swiss francs, euros,
  Singapore dollars, yen, Australian dollars, UAE dirhams and Canadian dollars. *settled* (heldout175 to
  heldout275): a receipt counts the sum received, here TOTAL RS. (never TAXABLE or a GST line), Total received
  (never the rate a visitor), the memo's Total Rs. in its box (never a painting's line), Total paid, the
  expired request's Amount, the gift voucher's value (its sentence the same), the money receipt's Rupees,
  Vyapar's Received (its Total the same; never Sub Total or a GST line). A whole sum closed with /- is that
  sum in whole rupees (heldout259). *settled* (heldout187 to heldout275): a supplier's paper counts the sum
  paid, here the tussar house's Total Rs. (never CGST or SGST), ମୋଟ (total) on a bill written in Odia (never a
  colour's line), Moglix's sum large, DTDC's TOTAL (never FREIGHT, FUEL SC or GST 18%), GoDaddy's Amount
  charged (its Total the same; never Subtotal or IGST 18%), Flipkart Wholesale's Order amount, the carpenter's
  Total Rs. in its box, the bill of supply's Total. A banking page's sum, never the Commission or CHARGES.
  *settled* (heldout167 to heldout275): a pay slip's net sum, here the Paid line of a work payment receipt
  (never the Wages or Less advance), Zoho's Total Net Payable (never Gross Earnings or Total Deductions),
  *settled* (new here) a voucher's Total under the notes counted out (never a note's line or its count,
  because each line is only part of the cash handed over), the advance's Amount. A fee page's Amount / Fee /
  Total Paid. An insurer's premium with its GST (*settled*, heldout199 to heldout275), here Total, Premium
  paid (incl. GST), Total premium, PREMIUM, the sum in a letter's sentence (never Premium or GST @ 18% alone,
  never Net premium or IGST). A slip's TOTAL AMOUNT / AMOUNT / TOTAL / SALE AMOUNT, a device's sum large;
  never RATE/L, VOLUME or XTRAREWARDS PTS. A utility's sum large, Amount, the sum in WATCO's SMS; never
  Balance after payment. An alert's sum debited as worded (grouped the Indian or the English way or not at
  all); never Avl Bal, Available balance, a passbook's BALANCE, its B/F or its BY CASH deposit. Currency INR
  but on the wires.
* status: as printed. *settled* (new here): the outcome's mark in its rings (a tick, a cross or three dots in
  a disc) is read with the words under it, as heldout275's large mark: Paid Successfully to, Payment
  successful, Payment Successful, Transfer sent, Transaction Successful, Recharge Successful and "Payment
  successful, policy issued" successes, Payment in process, Zahlung in Bearbeitung (payment being processed),
  Payment pending and Payment under process pending, Payment Failed, Payment failed, Transaction Failed, IMPS
  Failed and UPI request expired failed; Transaction successful, Fund Transfer Successful, Payment Successful,
  Money sent and Payment successful successes; capsules' Payment Received, Settled, PAID and Payment
  Successful successes, Payment in process, In process, PENDING and Payment status: Pending pending, Transfer
  failed and Payment unsuccessful failed. A payer's "has been released to your account", an oval PAID stamp
  with its day, "We have transferred", "Status: Completed", "your account has been credited", "ausgeführt /
  executed" successes, OTDC's Payment in process pending, ICICI's "Returned by the beneficiary's bank" failed.
  A wire's "You've received a payment", "I sent ... " on a postcard successes. A receipt's "PAID BY UPI",
  "Received with thanks.", "Paid by GPay - recd.", "We have received your payment", "Received Rs. ... by
  card", Vyapar's Received with Balance nil successes, *settled* (heldout270) "Subject to realisation of the
  cheque." pending; *settled* (new here) "UPI request expired" failed, because the collect request was never
  approved and no money moved. A supplier's oval PAID stamp (*settled* (new here), as the supplier's own mark
  that the bill is paid), ନଗଦ ପାଇଲି (cash received) written in Odia, PAID : UPI, Amount charged, "Received
  cash with thanks", "Amount received by UPI" successes. A banking page's Transaction Successful, Status
  Completed Successfully, "processed successfully", STATUS : SUCCESS and "has been credited to the
  beneficiary's account" successes. A pay slip's Odia ଉପରୋକ୍ତ ଟଙ୍କା ବୁଝି ପାଇଲି (*settled* (new here): I have
  received the above money, the worker's own receipt), Paid by ..., "Received - <name>", "Recd. Rs. ..."
  successes. A fee page's Status Success, "Received the fee above.", SUCCESS, "Received the above amount.",
  "Received with thanks" successes. An insurer's "Received with thanks the premium above.", "Thank you for
  your payment. Your ... policy has been issued.", "We thank you for the renewal premium ... received",
  "Premium received.", PREMIUM RECEIVED. successes, *settled* (heldout270) a cheque received subject to
  realisation pending. A slip's APPROVED and TRANSACTION APPROVED successes, DECLINED failed; *settled* (new
  here) TXN TIMED OUT, AWAITING BANK RESPONSE pending, because the slip says neither that the card was charged
  nor that it was not (as heldout274's STATUS UNKNOWN). *settled*: an SMS, e-mail, passbook, notification or
  chat debit a success whatever its bank's wording; here Union Bank's "has FAILED" failed, Central Bank's "is
  in process" pending.
* date: the day paid. A UPI screen's day and hour on top (Paytm), Date, Initiated on, Date & Time, Received
  on, "<hour> on <day>" on PhonePe's bar; Amazon Pay's "Today at <hour>" prints no day. A payer's Value date
  (never Utkalika's later Dated:), Date of payment, Settled on (never the week's end it pays for), the day in
  a reply mail's sentence (never the quoted mail's day), Initiated on, the credit advice's Value date;
  *settled* (new here) Zoho's "Yesterday, <hour>" prints no day, because the page does not say which day it
  was shown on (as "Today"). *settled* (new here): a day with its month in Roman figures (13.VI.2026,
  01-X-2026) is that day, day first, as Odisha's offices write it (never a Sanction Order's day). A wire's
  Received on, Value Date, When, Date sent (2026-05-02 year first, *settled* heldout274), the day in Deutsche
  Bank's sentence (*settled* (new here) the German month's name, 22. September 2026, day first; never the
  letter's later "Berlin, <day>"), the day in a postcard's message; PostFinance's "heute" (today) prints no
  day. A receipt's Date / DATE, the date by hand, Order date, Request sent, Date; *settled* (new here) a gift
  voucher's Valid till is never the day paid, because it is the day the voucher lapses (as a Due date), and
  the voucher prints no other. A supplier's *settled* (new here) oval PAID stamp's day (never the invoice's
  earlier Date:, because the stamp is struck when the money comes in), DATE on a roll, Order date, Initiated,
  Attempted on, the Date by hand, Date:; the colour shop's Date: left blank prints no day. A banking page's
  Transaction Date, Date, Initiated on, DATE, the day in Indian Bank's sentence; Airtel's "Today, <hour>"
  prints no day. A pay slip's Date:, Date & Time, Pay Date (never the payslip's month), Initiated on, Date by
  hand, a typed Date with its month in Roman figures; slice's "Today, <hour>" prints no day. A fee page's
  Payment Date, Date, Submitted on, Attempted on, a Date by hand with its month in Roman figures, the day in
  ORMAS' sentence (never a Licence period or a Contribution period); UMANG's "Today, <hour>" prints no day. An
  insurer's Date, the day received in a letter (never its later Dt. or the cheque's dated), Payment date, the
  day in Niva Bupa's sentence (never the renewal's start), Receipt Date, DATE; Bajaj Allianz's "Today, <hour>"
  prints no day. A slip's DATE / DT: (07/12/2026, 18/07/26 day first); a device's "Today <hour>" prints no
  day. A utility's Payment Date, Date & Time, Initiated on, Paid on, Attempted on, the day in WATCO's SMS
  (never a Bill month); Paytm's "Today, <hour>" prints no day. The alerts' "on <dd-Mon-yy>", "on <dd/mm/yy>",
  "on <dd-mm-yyyy>", "on <dd/mm/yyyy>", a passbook entry's DATE (never its B/F's or the deposit's); ICICI's
  "now" prints no day. All numeric days here are day first (heldout251, heldout259) but a year-first ISO day.
  *settled*: never a Due date, a Cheque dt., a Period, an invoice number's financial year or an e-mail's hour,
  the day inside a UTR (heldout210) or inside an app's or a terminal's transaction id, the day inside a file's
  name or a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (here the advices' NEFT and RTGS, GoCoop's NEFT, a
  credit advice's NEFT inward, Zoho's Bank Transfer (IMPS), the banking pages and the NEFT, RTGS and IMPS
  alerts, a fee's Net Banking, a premium's NEFT), a SWIFT or other bank remittance either way (*settled* (new
  here) Payoneer's ACH to its USD receiving account, as heldout275's Skydo; SWIFT-Zahlung, SHA (geteilt), a
  Telegraphic Transfer (TT), CommBank's International (SWIFT), SWIFT, charges SHA, a SWIFT wire, a Japan Post
  Bank remittance); UPI for the UPI screens, PAID BY UPI (PAYTM), *settled* (new here) "Paid by GPay" written
  on a memo (GPay is a UPI app, as a receipt's UPI (PhonePe)), Razorpay - UPI, a UPI collect request, the UPI
  transfers to workers and vendors, a fee's, a premium's and a bill's UPI, WATCO's "received through UPI", the
  UPI alerts; card for the gift voucher's card, GoDaddy's Visa, Flipkart Wholesale's debit card, the
  profession tax's debit card, a premium's credit or POS card, Jio's credit card, the slips and the device;
  cash for Paid in Cash, "Recd. cash", ନଗଦ (cash) written in Odia, a worker's "in cash", a voucher's "Paid in
  cash", a CSC's Cash, a panchayat's "in cash", Mode: Cash; cheque for a cheque received subject to
  realisation; wallet (as the earlier sets) for "Paid from Paytm Wallet".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout275): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) UPI Ref No / UPI transaction ID / UPI Ref ID /
  UPI Ref. No. / UPI reference number / UPI Ref / UTR / UTR No. / UTR Number / IMPS Ref. No. / IMPS Ref No /
  Reference No. of a UPI or IMPS payment, Zoho's Reference#, a Bank Ref. No. of a UPI bill, UPI REF and UTR on
  a roll, a UTR written beside a stamp or in a sentence, the ref inside Canara's UPI/<PAYEE>/<ref> and IOB's
  NEFT-<utr>-<PAYEE>, a slip's RRN), then a bank reference (*settled* (new here) ICICI's Transaction Ref. No.,
  PostFinance's Referenz, Deutsche Bank's Auftragsreferenz, DBS' Bank Reference, CommBank's Receipt number,
  Emirates NBD's Reference, RBC's Confirmation #, OnlineSBI's Reference No., the Odisha Treasury's Bank
  Transaction No., the GI Registry's Bank Ref. No.), then a transaction / payment id (*settled* (new here)
  Paytm Txn ID, Amazon Pay transaction ID, BHIM's Txn ID, PhonePe's Transaction ID, GoCoop's Settlement ID,
  OTDC's Payment reference, Payoneer's Payment ID, the web shop's Payment ID, Moglix's Payment ID, Flipkart
  Wholesale's Transaction ID, IOB's Transaction Id, InstaBIZ's Transaction ID, Cashfree's Transfer ID, the
  Treasury's GRN (*settled*, as a GRN), UMANG's, BMC's, ESIC's Transaction ID / No., the profession tax's
  Transaction reference, ICICI Lombard's Transaction ID, Bajaj Allianz's Payment ID, IFFCO-TOKIO's Transaction
  ref., a CSC's Transaction ID, Jio's and Airtel's Transaction ID), then an approval code (APPR CODE, Auth
  Code, AUTH, AUTH CODE, APPR, appr.), then an order's number (Order, Order ID, Order number), then a
  document's own number (*settled* (new here) an Advice No., BILL:, Receipt No., Voucher No., No. on a money
  receipt or a work payment receipt, Invoice No., Bill No., Receipt #, Payment #, Sl. No., ACK NO, the GI
  Registry's CBR No. (its cash book's number for the fee), a slip's INVOICE / INV NO / INV / ROC / BILL NO).
  *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a Policy No.,
  a Consumer No., a slip's TID / MID / BATCH, a No. left blank, an invoice number named on an advice or in a
  buyer's sentence (heldout272), a Vendor code, an Application No. or ID, a Proposal No., an Employee ID, a
  Member No., a Vehicle, a Customer ID or reference; *settled* (new here) never a Letter No. or a Sanction
  Order's number (the payer's own file numbers for the letter and the order), a CN NO (a courier's consignment
  number, as an AWB), an Employer Code, an Enrolment No. (PTEC), a Trade Licence No., a CAN (a water
  connection's number), a VC No., an Account ID or Telephone No., XTRAREWARDS PTS, a "Bank Ref. No." or "Bank
  reference" printed as awaited."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout276_families import (
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

SPLIT = "heldout276"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (DejaVu Sans
# Condensed and Noto Sans Display among them), the pages in DejaVu Serif, Liberation Serif, Noto Serif
# Display, FreeSerif, Liberation Sans and DejaVu Sans, the co-operative's, its suppliers' and its workers'
# papers in Noto Serif, DejaVu Serif Condensed, Liberation Serif, FreeSerif and Noto Sans Display, the slips
# in five monos; beside them Noto Sans Oriya (regular and bold, fonts-noto-core) for the Odia lines, labels
# and hand, Liberation Sans for an Odia hand's figures, a pen's italic or oblique
# (``heldout276_families.PENS``) and a page's own fixed-width face (``heldout276_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout276_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout276 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout286: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kavad makers' workshop's year of 2026 in Bassi, Chittorgarh district, Rajasthan
(Shri Vishwakarma Kavad Kala Kendra, a partnership firm, GSTIN 08AAKFV4173M1ZP, Udyam UDYAM-RJ-09-0031487, its
managing partner Shri Ramnarayan Jangid: the Jangid (Suthar) carpenters and painters of Bassi who make the
Kavad, the portable wooden shrine of many hinged doors that the Kavadiya Bhats carry from village to village
and open panel by panel as they tell the Ram katha, the Krishna lila and the stories of Mewar's heroes and
saints, cut from ardu wood and painted in hirmich red, ramraj yellow, leaf green and indigo over khadiya's
white, outlined in black; beside the Kavads the Bewans carried to the water at Jal Jhulni Ekadashi,
Isar-Gangaur pairs, painted toys, Ganesh plaques, key holders, photo frames and chaupar boxes; its workshop in
Jangid Mohalla, the Kavad Karkhana, where schools and visitors learn the craft and apprentices train under the
Guru Shishya Hastshilp Prashikshan Programme; its shop in Rana Sanga Market, Chittorgarh, Kavad Ghar, with
stall 57 at the West Zone Cultural Centre's Shilpgram Utsav at Udaipur; the web shop bassikavad.in, Amazon
Karigar and buyers abroad), told by the proofs of payment it receives (buyers' PhonePe, Amazon Pay, BHIM in
Hindi, slice, CRED, POP and Navi screens and Paytm for Business on Kavad Ghar's phone; Rajasthan's Pay Manager
advice for Jawahar Kala Kendra, Amazon Seller Central's dashboard, a Delhi crafts foundation's TallyPrime
payment voucher, a Bengaluru studio's Instagram message, a Udaipur hotel group's Oracle Fusion remittance
advice, a Jaipur architects' HDFC ENet payment returned, a Chittorgarh museum's GeM payment awaiting credit
and SBI's CMP e-Advice for Hindustan Zinc; Bank of America, Crédit Agricole, Lloyds Bank, Rakuten Bank,
PostFinance, Danske Bank's gpi tracker, UOB Infinity and Emirates NBD for buyers in Santa Fe, Aix-en-Provence,
Brighton, Kyoto, Zurich, Aarhus, Singapore and Dubai in US dollars, euros, pounds, yen, Swiss francs, Danish
kroner, Singapore dollars and dirhams; Kavad Ghar's tax invoice, the web shop's Shopify order page,
Instamojo's receipt for a workshop, the Shilpgram stall's bill written in Hindi, Razorpay's payment link
receipt, CCAvenue's failed transaction, a Kavad's certificate of authenticity cum receipt and the Kendra's
receipt for a school's workshop) and those it makes (a pansari's chit for the earth colours forwarded in a
chat, a Chittorgarh hardware store's Vyapar invoice, a Jaipur art store's failed Dukaan checkout, a saw mill's
bill photographed on the workshop's bench, GoDaddy's receipt, Industrybuying's order awaiting the bank, a
transporter's bilty and a courier's roll; OnlineSBI's e-Receipt in Hindi and English, bob World, Union Bank's
Vyom, PSB UnIC, HDFC NetBanking's RTGS, YES BANK's mail, India Post Payments Bank and Rajasthan Marudhara
Gramin Bank's passbook for the hardware store, the pansari, the transporter, the printer, the Shilpgram
stall's decorator, the box maker, the electrician and the timber mart; its artisans' and staff's wage slip,
Paytm, Paybooks, WhatsApp, a Saral PayPack salary slip, an apprentice's stipend receipt, Fi and a Deepawali
bonus receipt; e-GRAS' challan for the Forest Department's transit pass fee, Nagar Parishad Chittorgarh's
trade licence fee, an e-Mitra kiosk's receipt for the Labour Department, BharatKosh's receipt for a Gandhi
Shilp Bazaar stall, EPFO's failed ECR payment, the Pollution Control Board's consent fee, the West Zone
Cultural Centre's stall allotment and Gram Panchayat Bassi's house tax; New India Assurance's, ICICI
Lombard's, Star Health's, Digit's, HDFC ERGO's, IFFCO-Tokio's, LIC's and SBI General's premiums; cards on
Kavad Ghar's and the Shilpgram stall's terminals and the Kendra's card at a Udaipur hotel, a Jaipur art
supplies shop, a Chittorgarh restaurant, a sweet shop and a Jaipur emporium; AVVNL's, JioFiber's, PHED's, Dish
TV's, BSNL's, an Indane distributor's, RailWire's and a cable operator's bills; the banks' SMS, Rajasthan
Marudhara Gramin Bank's SMS in Hindi, YES BANK's mail and Union Bank's notification on a lock screen). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one
no day (truth None for those fields).

Layouts (every one written for this set, none of heldout284's or heldout285's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page heldout284 and heldout285 do not: Hindi lines (Rajasthan's language of papers; heldout275 drew Hindi
labels over their English) in Noto Sans and Noto Serif Devanagari shaped by Raqm, as a name over its English,
a heading, an app's fields with their labels small in Hindi and English side by side over the value, a receipt
book's labels in Hindi with their English after a slash and the values written by hand on dotted lines, a
ruled table's label cells holding the Hindi over its English in small letters, a hand's lines, sums and notes,
a bank's SMS; Mahajani lines (the script Mewar's traders kept their bahis in; its श्री ligature at the head of
a bill) in Noto Sans Mahajani; a Kavad as a letterhead's emblem (the painted shrine on its base with its two
doors swung open, a figure under a cusped arch on each panel, its crown and finial); a Kavad's painted frame
round a page (a hirmich band between ramraj rules, a chain of green leaves with white dots, an arched niche at
each corner); a divider of jharokha arches standing on a rule, a red dot at each arch's point; a band of
leheriya's diagonal waves; the outcome's mark on a starburst (a tick, a cross or an hourglass); a bottom sheet
over the dimmed app; a mail's PDF attachment chip; Instagram's direct messages in their bubbles with the
sender's ringed picture; a SWIFT gpi tracker's stops down the page; sawdust and wood shavings at a paper's
edges; a dog-eared corner; a painter's thumb pressed in hirmich; a page photographed on the workshop's planked
bench beside a carpenter's pencil; a photo forwarded in a chat and opened in its black viewer; a gramin bank's
passbook printed by its passbook printer; a collector's narrow roll from a handheld printer; a lock screen's
notifications under its clock. They draw beside them heldout269's to heldout279's rows (shaded label cells,
striped tables, tables ruled on every side, dot leaders, labels against a gutter, fields two to a row,
capsules, cards, tabs, avatars, chat bubbles and day dividers, hand-written fills and columns, ticked boxes, a
revenue stamp, round seals, QR codes, torn rolls).

* ``buyer_upi``: PhonePe's Transaction Successful on its band with its hour and day ("Paid to", the payee and
  the sum on one row, its UPI ID; Transfer Details: Transaction ID, Debited from, UTR); Amazon Pay's sentence
  ("<sum> paid to <payee>", the day and hour; fields two to a row: Bank reference ID and Paid using, Amazon
  Pay txn ID and Note); BHIM in Hindi under a starburst's cross (भुगतान असफल over Payment failed, the sum, the
  bank's reason in Hindi, each field's label small in Hindi and English side by side over its value:
  प्राप्तकर्ता · To, यूपीआई संदर्भ संख्या · UPI Ref. No., दिनांक · Date, खाता · Account); slice's Payment
  successful under a starburst's tick ("sent to <payee>"; UPI transaction ID, slice txn ID, Paid from); CRED's
  dark payment in progress under a starburst's hourglass ("to <payee>"; UPI ref. no., initiated at, paying
  from); POP's receipt as a bottom sheet over its dimmed list of payees (Payment successful, the sum, "to
  <payee>", "Paid at <hour>"; UPI Ref No, POP txn ID, Paid via; no day); Navi's receipt shared as an image
  (the sum, "Paid to" over the payee, the day and hour; From, Note; no reference); Paytm for Business on Kavad
  Ghar's phone (the shop under the app, a Payment Received capsule, the sum, "from <buyer>"; fields two to a
  row: UPI Ref No. and Paid via, Order ID and Date & Time). All new here.
* ``buyer_advices``: Pay Manager's e-Payment Advice under its Hindi heading (DDO, Payee Name and Bank A/c
  beside their labels, a table ruled on every side Gross Amount | TDS (IT) 2% | TDS (GST) 2% | Net Amount,
  then Token No., Voucher No., e-Payment Date, UTR No., Status); Seller Central's Payments Dashboard (its
  tabs, the Seller, a card: Most recent payment, the sum, "Deposited on <day>", "to your bank account ending
  1234 (bank transfer)"; the Settlement period under it; no reference); TallyPrime's Payment Voucher (No.
  beside Dated, Particulars | Amount on hairlines, Account, the party with its sum, Bank Transaction Details:
  NEFT, its number and day, Through, On Account of, Amount (in words), the total; Receiver's Signature and
  Authorised Signatory); an Instagram chat (the studio's name on top, "Today <hour>" over the bubbles, its
  message "We have paid Rs. x to <payee> by IMPS just now ... Ref ...", the Kendra's reply; no day); Oracle
  Fusion Payables' REMITTANCE ADVICE mailed (its sentence, Payment Number, Payment Date, Payment Method,
  Supplier, Supplier Site, Payment Amount, Bank Reference beside their labels, a table ruled on every side
  Invoice Number | Invoice Date | Amount Paid, a PDF's attachment chip); HDFC Bank ENet's transaction status
  REJECTED (shaded label cells: Transaction Ref No, Debit Account, Beneficiary Name, Beneficiary A/c, Amount,
  Payment Type, Value Date, Status, Reason); GeM's seller dashboard with the payment initiated and awaiting
  credit (a capsule; labels against a gutter: Order ID, Buyer, Seller, Bill ID, Amount, Payment mode, Payment
  Advice No., Initiated on); SBI's CMP e-Advice mailed on behalf of its client (its sentence, a table ruled on
  every side: Beneficiary Name, Beneficiary Account, Amount (INR), Value Date, Payment Mode, UTR, Client
  Reference). All new here.
* ``export_wires``: Bank of America's wire sent in US dollars (its sentence; fields two to a row: Confirmation
  number and Send date, Recipient and Recipient's bank, Amount and Fee, Type and Purpose); Crédit Agricole's
  AVIS D'OPÉRATION in French for a virement international émis in euros the French way (Aix-en-Provence, le
  <later day>, the remitter; Bénéficiaire, Banque du bénéficiaire, Montant, Date d'exécution, Référence de
  l'opération, Frais, Motif in dot leaders); Lloyds Bank's international payment still being checked in pounds
  (a Payment in progress capsule, the sum, "to <beneficiary>", each field's label small over its value: Date,
  Your reference, Lloyds payment ID, Type); Rakuten Bank's overseas remittance completed in yen (a table ruled
  on every side: Remittance No., Remittance date 2026/03/27, Remittance amount, Beneficiary, Beneficiary bank,
  Charges, Purpose); PostFinance's payment rejected in Swiss francs, each label in German with its English
  after a slash on hairline rows (Zahlung abgelehnt / Payment rejected; Begünstigter / Beneficiary, Betrag /
  Amount, Ausführungsdatum / Date, Referenz / Reference, Art / Type, Grund / Reason); Danske Bank's SWIFT gpi
  tracker in Danish kroner (the payment's stops down the page: Danske Bank, the correspondent, SBI's Mumbai
  branch, SBI Chittorgarh credited to the beneficiary; UETR, Amount, Beneficiary, Value date; no reference);
  UOB Infinity's telegraphic transfer successful in Singapore dollars ("Today <hour>"; UOB reference,
  Beneficiary bank, Charges, Purpose; no day); Emirates NBD's mail of a telegraphic transfer processed in
  dirhams (its sentence, a striped table: Reference, Beneficiary, Beneficiary bank, Amount, Charges, Transfer
  date, Mode). All new here.
* ``own_receipts``: Kavad Ghar's TAX INVOICE under its Hindi name and a leheriya band (Invoice No. beside
  Date, Buyer and its state, a table ruled on every side S.No. | Particulars | HSN | Qty | Rate | Amount with
  CGST 2.5% and SGST 2.5%, Total; "Received Rs. x by UPI, Ref ..."; a Hindi welcome); the web shop's Shopify
  order status page (Order #n, "Thank you, <name>!", a Payment pending capsule, "Order placed: <day>", its
  lines, Subtotal, Shipping, Total, Payment method); Instamojo's payment receipt mailed to a workshop's
  learner (Payment successful, "Paid to <Kendra>", Purpose, Amount, Payment ID, Paid on, Payment method, each
  label small over its value); the Shilpgram stall's BILL written by hand in Hindi (its Mahajani श्री and
  Hindi name over KAVAD GHAR, Date and Name written in, the pieces and their sums in a Hindi hand, योग
  (total), "नकद प्राप्त" (cash received); no number, no reference); Razorpay's payment link receipt (a Payment
  successful capsule, the Kendra on top, Payment for, Amount paid, Razorpay Payment ID, Paid on, Method in dot
  leaders); CCAvenue's Transaction Failed page under a starburst's cross ("Merchant: <shop>"; shaded label
  cells: Order No., Tracking ID, Amount, Payment Mode, Date & Time, Status Message); a CERTIFICATE OF
  AUTHENTICITY cum receipt in a Kavad's painted frame under a Kavad and the Kendra's Hindi name (its sentence
  of the Kavad's making, "Price received in full: Rs. x/- by UPI, Ref ..."; no day); the Kendra's RECEIPT on
  its letterhead under a jharokha divider (No. beside Date, "Received with thanks from <school> the sum of
  Rupees ... (Rs. x/-) by NEFT, UTR ..., on <day>, towards a Kavad making workshop ..."). All new here.
* ``supplier_invoices``: a Chittorgarh pansari's chit for the painters' earth colours, photographed and
  forwarded in a chat (its Mahajani श्री, its Hindi name over GOPAL PANSARI BHANDAR, geru, ramraj, khadiya and
  gond written in Hindi with their sums, कुल (total), "PhonePe से मिले" (received by PhonePe), Ref; no day);
  JAIN HARDWARE STORE's TAX INVOICE made in Vyapar (Invoice No. and Invoice Date, Bill To, a striped table of
  the brass hinges and screws with SGST 9% and CGST 9%, Total; a ruled box: Received, Balance, Paid on,
  Payment Mode, UPI Ref); a Jaipur art store's Dukaan checkout with the payment failed (a Payment failed
  capsule, its lines, Order total; Order ID, Payment method, Attempted on in dot leaders); SHRI KRISHNA SAW
  MILL's bill photographed on the workshop's bench among shavings (No. printed; each label in Hindi with its
  English after a slash and the value written by hand: दिनांक / Date, श्रीमान / M/s, विवरण / Particulars, राशि
  / Amount, भुगतान / Paid by); GoDaddy's receipt mailed (Receipt #, Date, Customer #, the domain and the mail
  plan, IGST 18%, Total, Payment Visa); Industrybuying's order with the bank's confirmation awaited (the sum,
  "Sold by Industrybuying", a capsule; Order ID, Items, Payment, Placed on, each label small over its value);
  SHRI RAM ROADLINES' BILTY filled in by hand (Bilty No., Date, From and To, Consignor, Consignee, Packages,
  Freight, Hamali, Bilty charge, Total; To Pay | Paid | TBB with Paid ticked, "Recd. cash"; no reference);
  Shree Maruti Courier's booking receipt on a torn roll (RECEIPT NO, DATE, AWB NO, DEST, WT, CHARGES, GST 18%,
  TOTAL, PAID BY UPI, UPI REF). All new here.
* ``vendor_transfers``: OnlineSBI's NEFT e-Receipt in a table ruled on every side, each label's cell holding
  its Hindi over its English (संदर्भ संख्या / Reference No., यूटीआर / UTR, नामे खाता / Debit Account, लाभार्थी
  का नाम / Beneficiary Name, लाभार्थी खाता / Beneficiary Account, राशि / Amount, दिनांक / Date, स्थिति /
  Status); bob World's IMPS paid (the payee's initials, "Paid to" over the payee, the sum, Transaction
  successful; fields two to a row: IMPS Ref No. and Date & Time, From A/c and Remarks); Union Bank's Vyom with
  an NEFT under process under a starburst's hourglass ("to <payee>"; Transaction Ref. No., Date, Mode,
  Remarks); Punjab & Sind Bank's PSB UnIC with an IMPS failed under a starburst's cross (the reason; Reference
  No., Mode, Date, From, each label small over its value); HDFC Bank NetBanking's RTGS for the Shilpgram
  stall's decorator (its sentence; dot leaders: Reference Number, UTR, Beneficiary, Beneficiary Bank, Amount,
  Transaction Date, Status); YES BANK's mail ("your NEFT of INR x to <PAYEE> has been processed successfully",
  a table ruled on every side of its details); India Post Payments Bank's Transaction successful under a
  starburst's tick ("Paid to" over the payee, "Today, <hour>"; fields two to a row: UPI Ref No and Txn ID,
  Paid from and Mode; no day); Rajasthan Marudhara Gramin Bank's passbook page printed by its passbook printer
  (the bank, its branch, the account's holder, B/F, a credit, the payment's "TO NEFT/<PAYEE>" row with its
  withdrawal and balance; no reference). All new here.
* ``worker_pay``: a WAGE SLIP under the Karkhana's Hindi name, मजदूरी पर्ची, each label in Hindi with its
  English after a slash and the value written by hand (Slip No. printed; कारीगर / Artisan, काम / Work, दर /
  Rate, कुल / Total, भुगतान / Paid by, दिनांक / Date), "रुपये प्राप्त किए" (money received) in the artisan's
  hand and a signature, sawdust at its edges; Paytm's Paid Successfully to an artisan (the sum large; To, UPI
  ID, From, UPI Ref. No., Date & Time); Paybooks' salary transfer in progress (a capsule, a striped table
  Employee | Net salary | Credit status; labels against a gutter: Transfer ID, Initiated on, Debit account);
  WhatsApp's UPI payment failed under a starburst's cross ("to <artisan>", the reason; UPI transaction ID,
  WhatsApp payment ID, Date, Bank); Saral PayPack's Salary Slip for the month (Name and Emp. Code, Designation
  and Days Paid four to a row; a table ruled on every side Earnings | Rs. | Deductions | Rs. with its Net
  Salary; Net Salary (in words); "Credited on <day> to State Bank of India A/c ... by NEFT, UTR ...."); an
  apprentice's STIPEND RECEIPT under the Guru Shishya Hastshilp Prashikshan Programme ("I have received Rs.
  x/- (...) as stipend for <month> from <Kendra> by NEFT, UTR ..., on <day>.", signed across a revenue stamp
  over the apprentice's name); Fi's Money sent under a starburst's tick ("to <artisan>", "2h ago"; UPI
  reference, Fi txn ID, From; no day); a BONUS RECEIPT for Deepawali (No. left blank; नाम / Name, राशि /
  Amount, दिनांक / Date written in, "नकद प्राप्त किए" (received in cash) in a Hindi hand, a thumb box; no
  reference). All new here.
* ``govt_fees``: e-GRAS Rajasthan's e-challan for the Forest Department's transit pass fee on ardu wood under
  its Hindi heading (shaded label cells: GRN, Department, Office, Purpose, Remitter, Amount, Bank, Bank
  Reference No., Payment Date, Status); Nagar Parishad Chittorgarh's TRADE LICENCE FEE RECEIPT under its Hindi
  name, in a table ruled on every side whose label cells hold the Hindi over its English (रसीद संख्या /
  Receipt No., अनुज्ञा पत्र संख्या / Licence No., फर्म / Firm, वर्ष / Year, शुल्क / Fee, भुगतान माध्यम / Mode,
  यूपीआई संदर्भ / UPI Ref., दिनांक / Date; "शुल्क प्राप्त हुआ / Fee received"; its round seal); an e-Mitra
  kiosk's receipt for the Labour Department's shop registration renewal paid in cash (each label at the left
  and its value at the right: Kiosk, Transaction ID, Service, Department, Amount, Payment mode, Date & Time,
  Status); Bharatkosh's transaction receipt for a Gandhi Shilp Bazaar stall fee (labels against a gutter:
  Transaction Reference No., Bank Reference No., Depositor, Purpose, PAO / DDO, Amount, Payment mode,
  Transaction Date, Status); EPFO's ECR payment failed under a starburst's cross (the sum, "Employees'
  Provident Fund Organisation"; TRRN, CRN, Wage month, Bank, Date, each label small over its value); the
  Rajasthan State Pollution Control Board's consent fee waiting on the bank (a capsule; Application No., Fee,
  Payment mode, Transaction ID, Initiated on in dot leaders); the West Zone Cultural Centre's ALLOTMENT CUM
  RECEIPT for the Shilpgram Utsav's stall under its Hindi name (the stall and the Utsav's days, "Received
  stall fee of Rs. x/- by UPI, Ref ...."; no day); Gram Panchayat Bassi's house tax receipt from its book
  under its Hindi name and रसीद / RECEIPT (Receipt No. left blank; नाम / Name, मद / Head, राशि / Amount,
  दिनांक / Date written in, "नकद प्राप्त" (received in cash) by hand, the Sarpanch's round seal; no
  reference). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT for the Karkhana's fire policy typed by a
  dot-matrix (RECEIPT NO, RECEIPT DATE, RECEIVED FROM, POLICY NO, PREMIUM, CGST 9%, SGST 9%, TOTAL, MODE, UTR,
  each label closed by a colon at one place; "RECEIVED WITH THANKS"); ICICI Lombard's payment failed under a
  starburst's cross (the sum, "Payment to <insurer>"; Proposal No., Transaction ID, Payment mode, Attempted
  on); Star Health's renewal mail ("We have received your premium of Rs. x on <day>.", a table ruled on every
  side: Policy No., Premium, Payment ID, Mode; the policy schedule's PDF chip); Digit's Policy purchased under
  a starburst's tick ("paid to <insurer>", "Today, <hour>"; Policy No., Payment ID, Paid via; no day); HDFC
  ERGO's payment under process (a capsule; shaded label cells: Proposal No., Premium, Transaction Ref No.,
  Mode, Initiated on); IFFCO-Tokio's agent's receipt book with its corner dog-eared (No. left blank; Date,
  Received from, Policy, Premium Rs. and By written in; "Received with thanks" and the agent's signature; no
  reference); LIC's RENEWAL PREMIUM RECEIPT (labels and values on either side of a colon: Receipt No., Date,
  Policy No., Plan / Term, Premium, GST, Total Amount, Mode, UPI Ref); SBI General's premium receipt for the
  shop's policy (a striped table: Receipt No., Receipt Date, Insured, Policy, Premium (incl. GST), Mode, UPI
  Ref; "Premium received."). All new here.
* ``card_slips``: HDFC Bank's (Pine Labs') charge slip at Kavad Ghar, two fields to a line where they pair
  (DATE and TIME, MID and TID, BATCH NO and INVOICE NO; CARD NUM, CARD TYPE, APPR CODE, RRN, TOTAL AMOUNT, PIN
  VERIFIED OK, SIGNATURE NOT REQUIRED); Pine Labs' Plutus Smart screen on the Shilpgram stall's device in the
  Utsav's days (the stall under the app, a starburst's tick, Transaction Approved, the sum, the hour alone;
  Card, Approval code, RRN, Invoice; no day); ICICI Bank's slip at a Udaipur hotel (DATE, TIME, BILL NO, the
  card, AUTH CODE, RRN, AMOUNT, APPROVED); Axis Bank's slip at a Jaipur art supplies shop with its status
  unknown (TXN STATUS UNKNOWN, PLEASE CHECK WITH YOUR BANK, DO NOT REPEAT); Bank of Baroda's slip at a
  Chittorgarh restaurant (DATE/TIME, MID/TID, BATCH/INV, CARD, AUTH, RRN, BASE AMT, TIP, TOTAL, APPROVED); a
  sweet shop's bill pad under its Hindi name (Bill No. left blank, Date written in, a ruled head Item | Qty |
  Rate | Amount and the sweets written under it, Total, "कार्ड से भुगतान, XX1234" (paid by card) in a Hindi
  hand; no reference); YES BANK's slip at a Jaipur emporium DECLINED (05 DO NOT HONOUR); Paytm's card
  machine's slip at Kavad Ghar (CARD SALE, TID, BATCH and INV three to a line, the card and CONTACTLESS, the
  day and hour, the sum large, APPROVED, APPR, RRN, ORDER ID, a QR code for the e-receipt). All new here.
* ``utility_bills``: AVVNL's online payment receipt under its Hindi name (its sentence; dot leaders: K Number,
  Bill Month, Amount Paid, Transaction ID, Bank Ref No, Payment Date, Payment Mode); MyJio's JioFiber recharge
  under a starburst's tick ("for JioFiber"; fields two to a row: Plan and Validity, Transaction ID and UPI Ref
  No, Paid via and Date); PHED Rajasthan's water bill payment failed (a Payment failed capsule; shaded label
  cells: Consumer No., Bill amount, Transaction ID, Payment mode, Date & time, Reason); Dish TV's recharge
  successful under a starburst's tick ("paid to <biller>", "5 min ago"; VC No., Pack, Order ID, Paid by; no
  day); BSNL's FTTH bill payment awaiting the bank's confirmation (a capsule; labels against a gutter: Account
  No., Bill amount, Payment Ref No, Mode, Initiated on); an Indane distributor's CASH MEMO for a refill
  delivered (Cash Memo No. beside Date, Consumer No., the refill's price and its GST on hairlines, Total,
  "Paid in cash" by hand, Delivered by); RailWire's mail of a broadband payment received (its sentence;
  Username, Plan, Amount, Transaction ID, Payment mode, Date beside their labels); a cable operator's
  collection slip from its collector's handheld printer on a narrow torn roll (DATE, TIME, NAME, STB NO,
  MONTH, AMOUNT, PAID: CASH, BY; no reference). All new here.
* ``bank_alerts``: Rajasthan Marudhara Gramin Bank's SMS in Hindi in its messages thread under its day divider
  ("आपके खाते XX1234 से रु.x दिनांक <dd-mm-yyyy> को UPI द्वारा <PAYEE> को भेजे गए। संदर्भ संख्या <ref>। ...");
  SMS in Bank of Baroda's ("Rs.x transferred from A/c ...1234 to:IMPS/P2A/<ref>/<PAYEE>. Total Bal:Rs.y CR ...
  (<dd-mm-yyyy hh:mm:ss>) - Bank of Baroda"), AU Small Finance Bank's ("Your IMPS of Rs x to <PAYEE> from A/c
  XX1234 on <dd/mm/yyyy> is under process. Do not retry. IMPS Ref ..."), ICICI Bank's ("ICICI Bank Acct XX123
  debited for Rs x on <dd-Mon-yy>; <PAYEE> credited. UPI:<ref>. ..."), Kotak's ("Your NEFT of Rs.x to <PAYEE>
  (UTR ...) on <dd/mm/yyyy> has been returned by the beneficiary bank. ...") and Punjab National Bank's ("A/c
  XX1234 debited INR x on <dd-mm-yy> thru NEFT to <PAYEE>. UTR:... Bal INR y -PNB") wordings; YES BANK's mail
  ("Your A/c XXXXXXXX1234 has been debited with INR x on <dd-Mon-yyyy> towards NEFT to <PAYEE>."; no
  reference); Union Bank's notification on a phone's lock screen under its clock ("Union Bank of India . 2m
  ago", "A/c *1234 Debited for Rs:x via UPI to <PAYEE>. Ref:... -Union Bank of India", a chat's notification
  under it; no day). All new here.
The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans and Noto Serif
Devanagari (regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, Noto Sans Mahajani for
the traders' lines, an upright Liberation Serif (liberation2) for a Hindi hand's figures, an italic or oblique
for the hand (``heldout286_families.PENS``) and a fixed-width face of the page's own
(``heldout286_families.TYPES``). The Shilpgram stall's bill and its card sale are drawn in the Utsav's days
(21 to 30 December 2026), the stall decorator's RTGS in the days before it and the Deepawali bonus in the week
before 8 November 2026; the other days anywhere in 2026. GST is 5% on the Kendra's work and on the LPG refill,
18% on hardware, the domain and mail, the courier and the premiums, 2.25% on LIC's renewal premium; the
treasury deducts TDS of 2% income tax and 2% GST from Jawahar Kala Kendra's bill.

Truth conventions (heldout285's, heldout284's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name on PhonePe's "Paid to" row (its sum set beside it; never the UPI ID under it), the name in Amazon Pay's
  "<sum> paid to <payee>", BHIM's प्राप्तकर्ता · To (its value in Latin letters), after "sent to" on slice,
  after "to" on CRED and POP, under Navi's "Paid to"; the registered name cut short where so printed (SHRI
  VISHWAKARMA KAVAD K); never the app, the payer or "from <buyer>". *settled* (heldout268 to heldout285): a
  receiving business's own app pays the business named under the app, here Kavad Ghar under Paytm for
  Business. *settled* (heldout167 to heldout285): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here Pay Manager's Payee Name (never the DDO or Jawahar Kala Kendra, as heldout275's
  IFMS), Seller Central's Seller (never Amazon, as heldout284's Flipkart Seller), the party under Account on a
  TallyPrime voucher (never the foundation on top; the name alone, *settled* heldout280), the payee named in
  the Instagram message ("to <payee>"; never the studio's name on top, which is the sender's, as heldout285's
  WhatsApp), Oracle's Supplier (never the hotel group), ENet's Beneficiary Name, GeM's Seller (never its Buyer
  or GeM), the Beneficiary Name in SBI's CMP table (never its client or SBI). *settled* (heldout155 to
  heldout285): an inward wire pays the Kendra, here Bank of America's Recipient, the Bénéficiaire on Crédit
  Agricole's avis (never the remitter the letter is addressed to), the name after "to" on Lloyds and UOB,
  Rakuten's Beneficiary, PostFinance's Begünstigter / Beneficiary (*settled* heldout283's German over
  English), the Beneficiary on Danske's tracker (never a bank on its route), Emirates NBD's Beneficiary; never
  the remitter, a salutation or the bank on top. *settled* (heldout175 to heldout285): the Kendra's own paper
  pays its shop or itself on top, here KAVAD GHAR under its Hindi name on its invoice and on the Shilpgram
  bill (never the Mahajani or Hindi line, or the stall's line), Kavad Ghar on top of its Shopify page, the
  Kendra on top of Razorpay's payment page, on its certificate and on its receipt (never the school),
  "Merchant: Kavad Ghar" on CCAvenue (as heldout285's Easebuzz); *settled* (new here) Instamojo's "Paid to
  <Kendra>" (never Instamojo on top), because the platform collects for the seller it names (as heldout285's
  Townscript Organiser). *settled* (heldout187 to heldout285): a supplier's name on top of its own paper, here
  GOPAL PANSARI BHANDAR under its Hindi name, JAIN HARDWARE STORE (never Bill To), Rangeela Art Store (never
  Dukaan), SHRI KRISHNA SAW MILL under its Hindi name (never श्रीमान / M/s), GoDaddy, Industrybuying after
  "Sold by", SHRI RAM ROADLINES under its Hindi name (never the Consignor or Consignee), SHREE MARUTI COURIER
  on top of its roll (never its franchise line); *settled* (new here) a photo forwarded in a chat is read for
  the page in it, never the viewer's bar (the forwarder's name and the hour it came), because the bar tells
  who sent the photo and when, not who was paid or when. *settled* (heldout179 to heldout285): a banking page
  pays the payee, here OnlineSBI's लाभार्थी का नाम / Beneficiary Name, the name under bob World's and IPPB's
  "Paid to", after "to" on Vyom and PSB UnIC, HDFC's Beneficiary, the payee in YES BANK's sentence, a
  passbook's "TO NEFT/<PAYEE>" cut as printed (*settled* heldout275); never the Debit Account's holder or the
  bank on top. *settled* (heldout150 to heldout285): a pay slip pays the worker, here the कारीगर / Artisan
  written on a wage slip (never the Karkhana on top), Paytm's To, the Employee in Paybooks' row, "to
  <artisan>" on WhatsApp and Fi, the Name on Saral PayPack's slip (never the Kendra on top), the नाम / Name on
  a bonus receipt; *settled* (heldout284) a payee's own receipt pays its signer, here the apprentice whose
  name is under the revenue stamp (never the Kendra in its sentence). *settled* (heldout153 to heldout285): a
  fee page pays the authority as printed, here e-GRAS' Department (Forest Department, Rajasthan; never e-GRAS
  or the Remitter, *settled* heldout275), NAGAR PARISHAD, CHITTORGARH under its Hindi name (never the Firm),
  e-Mitra's Department (Labour Department, Rajasthan; never e-Mitra or the kiosk, *settled* heldout275),
  Employees' Provident Fund Organisation, the Rajasthan State Pollution Control Board, the West Zone Cultural
  Centre, Udaipur under its Hindi name (*settled* heldout275), GRAM PANCHAYAT BASSI under its Hindi name
  (never the Name written in); *settled* (new here) BharatKosh's PAO / DDO (Office of the Development
  Commissioner (Handicrafts), read across its lines), never BharatKosh or the Depositor, because the portal
  collects for the office the fee is credited to (as e-Mitra for its Department). *settled* (heldout199 to
  heldout285): an insurer's receipt pays the insurer on top (full or short as printed) or after "Payment to"
  and "paid to" on an app (ICICI Lombard General Insurance Company Limited, Go Digit General Insurance Ltd;
  never IL TakeCare or Digit Insurance on the bar), never the Insured, Received from or a salutation. A slip's
  counter name line as printed (KAVAD GHAR, the hotel, the art supplies shop, the restaurant, the emporium),
  the stall's line under Pine Labs on its device's screen (KAVAD GHAR - SHILPGRAM STALL 57), the sweet shop on
  top of its bill pad (never its Hindi line); never *settled* the terminal's brand over it (HDFC BANK, ICICI
  BANK, AXIS BANK, BANK OF BARODA, YES BANK, Paytm). A utility's biller: AVVNL's English name under its Hindi
  (*settled* heldout275), after "for" (JioFiber, never MyJio, *settled* heldout275), the Department under the
  water portal's title (Public Health Engineering Department, Rajasthan; never "Water bill payment"), after
  "paid to" (Dish TV India Ltd; never Dish TV on the bar), BSNL on top, RailWire on top (never RailTel in its
  line or the partner in its foot), MEWAR CABLE NETWORK on top of its collector's roll; *settled* (new here)
  the distributor on top of its own cash memo (SHRI SANWARIYA GAS SERVICE; never "Indane distributor" under
  it), because the memo is the distributor's own bill for the refill it delivers and is paid (as a supplier's
  own paper; an app's "paid to Indane" names the brand, as heldout280's). An SMS, mail or notification alert's
  payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop, read
  across its lines where it wraps): the Hindi SMS' "<PAYEE> को" (to <PAYEE>, as heldout284's Bengali "<PAYEE>
  কে"), the last part of Bank of Baroda's to:IMPS/P2A/<ref>/<PAYEE> (*settled* heldout275), AU Bank's "to
  <PAYEE> from", ICICI Bank's "; <PAYEE> credited", Kotak's "to <PAYEE> (UTR", PNB's "thru NEFT to <PAYEE>.",
  YES BANK's "towards NEFT to <PAYEE>.", Union Bank's "via UPI to <PAYEE>.".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's sum on its
  Paid to row (its Debited from row the same), Amazon Pay's sum in its sentence. *settled* (heldout152 to
  heldout285): a payer's advice counts its net sum, here Pay Manager's Net Amount (never the Gross Amount or a
  TDS, *settled* heldout275's IFMS), Seller Central's Most recent payment, the party's sum on a TallyPrime
  voucher (its total the same, its words the same), the Rs. x in the Instagram message, Oracle's Payment
  Amount (its rows' Amount Paid adding to it), ENet's Amount, GeM's Amount, SBI's Amount (INR). *settled*
  (heldout155 to heldout285): an inward wire's foreign sum, here US dollars ($ / US$ / USD; never Bank of
  America's Fee), euros the French way (2 000,00 € / 2 000,00 EUR is 2000.00, *settled* heldout269), pounds (£
  / GBP), the yen whole (¥238,000 / JPY 238,000 is 238000.00, *settled* heldout283), Swiss francs with an
  apostrophe between the thousands (CHF 3'883.14 is 3883.14, *settled* heldout283), Danish kroner the Danish
  way (DKK 5.560,00 is 5560.00, *settled* heldout275), Singapore dollars (S$ / SGD, *settled* heldout284),
  dirhams (AED; never Emirates NBD's Charges). *settled* (heldout175 to heldout285): a receipt counts the sum
  received, here the invoice's Total (its "Received Rs. x" the same; never CGST 2.5% or SGST 2.5%), Shopify's
  Total (never Subtotal or Shipping), Instamojo's Amount, the Hindi bill's योग (total) written (never a line),
  Razorpay's Amount paid, CCAvenue's Amount, the certificate's "Price received in full: Rs. x/-", the Rs. x/-
  in the receipt's sentence (its words the same). A whole sum closed with /- is that sum in whole rupees
  (heldout259). *settled* (heldout187 to heldout285): a supplier's paper counts the sum paid, here the chit's
  कुल (total) written (never a line), the Vyapar invoice's Total (its Received the same; never SGST@9% or
  CGST@9%), Dukaan's Order total, the saw mill's राशि / Amount, GoDaddy's Total (never a line or IGST 18%),
  Industrybuying's sum, the bilty's Total (never Freight, Hamali or the Bilty charge), the courier's TOTAL
  (never CHARGES or GST 18%). A banking page's sum; a passbook's withdrawal (never its B/F, its BY CLG credit
  or its BAL, *settled* heldout275). *settled* (heldout167 to heldout285): a pay slip's net sum, here the wage
  slip's कुल / Total (never its दर / Rate), Paytm's, WhatsApp's and Fi's sum, Paybooks' Net salary in its row,
  Saral PayPack's Net Salary (never an earning or a deduction), the stipend's Rs. x/-, the bonus' राशि /
  Amount. A fee page's Amount, शुल्क / Fee, Consent fee, the stall fee in WZCC's sentence, the sum large, राशि
  / Amount. An insurer's premium with its GST (*settled* heldout199 to heldout285), here New India's TOTAL
  (never PREMIUM, CGST 9% or SGST 9%), the app's sum, the premium in Star Health's sentence (its Premium row
  the same), HDFC ERGO's Premium, the Premium Rs. written in IFFCO-Tokio's receipt, LIC's Total Amount (never
  Premium or GST), SBI General's Premium (incl. GST). A slip's TOTAL AMOUNT / AMOUNT / TOTAL (never BASE AMT
  or TIP, *settled* heldout275's BASE AMT), a device's or a slip's sum large, the sweet shop's Total written.
  A utility's Amount Paid, the sum large, Bill amount, the cash memo's Total (never GST 5% or the refill's
  line), the sum in RailWire's sentence, the roll's AMOUNT. An alert's sum debited as worded (grouped the
  Indian or the English way or not at all), never Total Bal, Avlbl Amt, Available balance or Bal. Currency INR
  but on the wires.
* status: as printed. A UPI screen's Transaction Successful on PhonePe's band, Amazon Pay's, slice's, POP's
  and Navi's Payment successful, Paytm for Business' Payment Received capsule successes; CRED's "payment in
  progress" pending; BHIM's भुगतान असफल over Payment failed failed (the starburst's mark the same in each). A
  payer's Status "Paid - credited to the payee's account" (*settled* heldout275's IFMS), the TallyPrime
  voucher (a payer's own record of the payment made, *settled* heldout270, heldout272, heldout274 and
  heldout280), "We have paid ... just now", "the payment released to your bank account" (*settled*
  heldout275's "Please find below ..."), SBI's "we have credited the amount below" successes; *settled* (new
  here) Seller Central's "Deposited on <day>" a success, because Amazon has paid the sum into the seller's
  bank (as heldout275's Etsy deposit sent); GeM's "Payment initiated - awaiting credit" pending (*settled*
  heldout275's "initiated ... will be credited"); ENet's REJECTED ("Returned by beneficiary bank") failed. A
  wire's "Your wire transfer has been sent.", "Your overseas remittance has been completed.", UOB's Transfer
  successful, Emirates NBD's "has been processed" successes; *settled* (new here) Crédit Agricole's "Virement
  international émis" (international transfer issued) a success, because the remitter's bank says it has sent
  the payment (as heldout285's Rabobank "verzonden"), and Danske's tracker with its last stop "Credited to the
  beneficiary's account" a success, because the beneficiary's bank has credited it; Lloyds' Payment in
  progress ("We're checking this payment") pending; PostFinance's "Zahlung abgelehnt / Payment rejected"
  failed. A receipt's "Received Rs. x by UPI", Instamojo's "Payment successful", नकद प्राप्त (cash received)
  written on a bill (*settled* heldout275), Razorpay's Payment successful, "Price received in full", "Received
  with thanks ... by NEFT" successes; Shopify's Payment pending pending; CCAvenue's Transaction Failed failed.
  A supplier's "PhonePe से मिले" (received by PhonePe; *settled* (new here), as heldout285's "GPay ಮೂಲಕ
  ಪಡೆದಿದೆ"), Vyapar's Received with Balance 0, the saw mill's भुगतान / Paid by "UPI, Ref", GoDaddy's "Your
  payment was received", the bilty's Paid ticked with "Recd. cash", the courier's PAID BY UPI successes;
  Industrybuying's "Awaiting confirmation from your bank" pending (as heldout275's "awaiting confirmation");
  Dukaan's Payment failed failed. A banking page's "completed successfully" with स्थिति / Status Completed
  Successfully, bob World's and IPPB's Transaction successful, HDFC's Status Success, YES BANK's "processed
  successfully" successes, a passbook's debit entry a success (*settled* heldout275); Vyom's "Transaction
  under process" pending; PSB UnIC's Transaction Failed failed. A pay slip's "UPI, Ref" with "रुपये प्राप्त
  किए" (money received) in the artisan's hand, Paytm's Paid Successfully, Saral PayPack's "Credited on <day>
  ... by NEFT", "I have received Rs. x/- ... by NEFT", Fi's Money sent, "नकद प्राप्त किए" (received in cash)
  successes; Paybooks' "Salary transfer in progress" pending (as heldout280's Zoho Payroll "Payment
  initiated"); WhatsApp's Payment failed failed. A fee page's Status Successful, "शुल्क प्राप्त हुआ। / Fee
  received.", e-Mitra's Status SUCCESS, BharatKosh's Status Success, "Received stall fee of Rs. x/-", "नकद
  प्राप्त" successes; the Pollution Control Board's "Payment pending at bank" pending; EPFO's Payment Failed
  failed. An insurer's "RECEIVED WITH THANKS.", "We have received your premium", Digit's Policy purchased
  (*settled* heldout281), "Received with thanks.", LIC's RENEWAL PREMIUM RECEIPT, "Premium received. Your
  policy is in force." successes; HDFC ERGO's "Payment under process" pending (*settled* heldout280's "under
  process"); ICICI Lombard's Payment failed failed. A slip's Transaction Approved, APPROVED, Card Payment
  Successful successes; *settled* (new here) a charge slip's PIN VERIFIED OK with SIGNATURE NOT REQUIRED a
  success, because the terminal prints the customer's charge slip only for an approved sale (a declined one
  prints DECLINED, as YES BANK's here), and the sweet shop's "कार्ड से भुगतान" (paid by card) written on its
  bill a success and card, because it is the seller's note of the way he was paid on the bill itself (as नकद
  प्राप्त); TXN STATUS UNKNOWN with PLEASE CHECK WITH YOUR BANK and DO NOT REPEAT pending (*settled*
  heldout274 and heldout281's STATUS UNKNOWN); DECLINED (05 DO NOT HONOUR) failed. A utility's "Your payment
  has been received.", Recharge successful, "Paid in cash", RailWire's "we have received your payment", the
  roll's PAID: CASH successes; BSNL's "Awaiting bank confirmation" pending; the water portal's Payment failed
  failed. *settled*: an SMS, mail or notification debit alert a success whatever its bank's wording (here in
  Hindi too, "... को भेजे गए" (sent to)); AU Bank's "is under process. Do not retry." pending (*settled*
  heldout281's IDBI Bank); Kotak's "has been returned by the beneficiary bank" failed (*settled* heldout278).
* date: the day paid. A UPI screen's "<hour> on <day>" on PhonePe's band, the day and hour under Amazon Pay's,
  slice's and Navi's sum, दिनांक · Date, "initiated at", Paytm for Business' Date & Time; POP's "Paid at
  <hour>" prints no day (*settled* heldout285: an hour alone names no day). A payer's e-Payment Date
  (*settled* heldout275's IFMS), the day in Seller Central's "Deposited on <day>" (never its Settlement
  period, *settled*: never a Period), a TallyPrime voucher's Dated (13-Apr-26 is 2026-04-13; its Inst. date
  the same, *settled* heldout280), Oracle's Payment Date (never an Invoice Date), ENet's Value Date, GeM's
  Initiated on, SBI's Value Date; Instagram's "Today <hour>" over the bubbles prints no day (*settled*, as
  Today). A wire's Send date (Oct 18, 2026, its month's name first, *settled* heldout278), Date d'exécution
  (never the letter's "Aix-en-Provence, le <later day>", *settled* heldout278's BNP Paribas), Lloyds' Date,
  Rakuten's Remittance date (2026/07/02, year first, *settled* heldout283), PostFinance's Ausführungsdatum /
  Date (27.04.2026), the Value date on Danske's tracker (never its stops' hours), Emirates NBD's Transfer
  date; UOB's "Today <hour> SGT" prints no day. A receipt's Date beside the invoice's number, Shopify's "Order
  placed: <day>" (as heldout285's "was placed on"), Instamojo's Paid on, the Date written on the Shilpgram
  bill, Razorpay's Paid on, CCAvenue's Date & Time, the receipt's Date: (its sentence's "on <day>" the same);
  the certificate prints no day. A supplier's Paid on (the Vyapar invoice's Invoice Date the same day),
  Attempted on, the saw mill's दिनांक / Date written in, GoDaddy's Date (Sep 22, 2026), Placed on, the bilty's
  Date written in, the roll's DATE; the pansari's chit prints no day (the viewer's "Today, <hour>" is not a
  day). A banking page's दिनांक / Date, Date & Time, Date, Transaction Date, a passbook entry's day (09-07-26,
  day first; never its B/F's or its credit's, *settled* heldout275); IPPB's "Today, <hour>" prints no day. A
  pay slip's दिनांक / Date written in, Date & Time, Initiated on (never the salary's month), Date, the day in
  Saral PayPack's "Credited on <day>" (never the slip's month), the day in the stipend's "on <day>" (never the
  month it pays for), the bonus' दिनांक / Date; Fi's "<n>h ago" prints no day (*settled*: an age names no
  calendar day). A fee page's Payment Date, दिनांक / Date, Date & Time, Transaction Date, EPFO's Date (never
  the Wage month), Initiated on, the panchayat's दिनांक / Date written in (never the Head's year); WZCC's
  receipt prints only the Utsav's days (*settled*: never an event's days) and so no day. An insurer's RECEIPT
  DATE, Attempted on, the day in Star Health's sentence, Initiated on, the Date written in, LIC's Date,
  Receipt Date; Digit's "Today, <hour>" prints no day. A slip's DATE: (20/11/26, day first), DATE
  (21-SEP-2026), DATE/TIME, the Date written on the sweet shop's bill, the day over the sum; the Plutus
  screen's hour alone prints no day. A utility's Payment Date (never the Bill Month), MyJio's Date, Date &
  time, Initiated on, the cash memo's Date, RailWire's Date, the roll's DATE (never its MONTH); Dish TV's "5
  min ago" prints no day. The alerts' "दिनांक <dd-mm-yyyy> को" (on <day>, in Latin figures as the bank sends
  them, *settled* heldout281's Gujarati "ના રોજ"), "(<dd-mm-yyyy hh:mm:ss>)" (*settled* heldout275), "on
  <dd/mm/yyyy>", "on <dd-Mon-yy>", "on <dd-Mon-yyyy>", "on <dd-mm-yy>", under a thread's day divider; the lock
  screen's "<n>m ago" prints no day. All numeric days here are day first (heldout251, heldout259) but
  Rakuten's year first. *settled*: never a Due date, a Period, a Settlement period, a pay month, a Bill Month,
  a Year, an event's or an invoice's day, a route's hour or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's, a terminal's or a bank's transaction id.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (Pay Manager's NEFT UTR, Seller Central's bank transfer
  (as heldout280's GoCoop and heldout285's Jaypore), the TallyPrime voucher's NEFT, the Instagram message's
  IMPS, Oracle's Electronic - NEFT/RTGS, ENet's NEFT, GeM's PFMS e-payment to the bank, SBI's NEFT or RTGS;
  CCAvenue's Net Banking, the receipt's NEFT; Industrybuying's Net Banking; the banking pages but IPPB; the
  passbook's NEFT; Paybooks', Saral PayPack's and the stipend's NEFT; e-GRAS', BharatKosh's, EPFO's and the
  Pollution Control Board's net banking; New India's NEFT, HDFC ERGO's Net Banking; the water portal's and
  BSNL's Net Banking; the NEFT and IMPS alerts); a SWIFT or other bank remittance either way (Bank of
  America's International wire (SWIFT), Crédit Agricole's virement international with Frais partagés (SHA),
  Lloyds' International payment (SWIFT), Rakuten's overseas remittance, PostFinance's Auslandzahlung (SWIFT),
  Danske's gpi payment, UOB's telegraphic transfer, Emirates NBD's Telegraphic Transfer (SWIFT)). UPI for the
  UPI screens, the invoice's UPI, Shopify's Razorpay (UPI), Razorpay's UPI, the certificate's "by UPI", the
  chit's "PhonePe से मिले" (*settled* heldout276's "by GPay"), the Vyapar invoice's Payment Mode UPI, Dukaan's
  UPI (collect request), the saw mill's "UPI, Ref", the courier's PAID BY UPI, IPPB's UPI, the wage slip's,
  Paytm's, WhatsApp's and Fi's UPI, the Nagar Parishad's and WZCC's UPI, Star Health's, Digit's, LIC's and SBI
  General's UPI, MyJio's and RailWire's UPI, the UPI alerts; card for Instamojo's Debit card, GoDaddy's Visa,
  ICICI Lombard's Credit card, the slips and the device, the sweet shop's "कार्ड से भुगतान", AVVNL's and Dish
  TV's debit card; cash for "नकद प्राप्त", the bilty's "Recd. cash", e-Mitra's Cash, the panchayat's "नकद
  प्राप्त", the bonus' "नकद प्राप्त किए", IFFCO-Tokio's "By Cash", the cash memo's "Paid in cash", the cable
  roll's PAID: CASH.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout285): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe's UTR, Amazon Pay's Bank reference ID (*settled*
  heldout275's Bank ref. no. of a UPI payment), यूपीआई संदर्भ संख्या · UPI Ref. No., UPI transaction ID, UPI
  ref. no., UPI Ref No, UPI Ref No., Pay Manager's UTR No., the number after NEFT in a TallyPrime voucher's
  Bank Transaction Details (*settled* (new here): its Inst. No., which for an NEFT is its UTR), an Instagram
  message's Ref, Oracle's Bank Reference (an NEFT's UTR; its Payment Number a document's own number), SBI's
  UTR, the invoice's UPI Ref, the certificate's and the receipt's UTR or Ref, a chit's Ref, Vyapar's UPI Ref,
  the saw mill's Ref, the courier's UPI REF, यूटीआर / UTR, IMPS Ref No., HDFC's UTR, YES BANK's UTR, IPPB's
  UPI Ref No, the wage slip's Ref, Saral PayPack's and the stipend's UTR, a slip's RRN, UPI Ref., WZCC's Ref,
  MyJio's UPI Ref No, an alert's संदर्भ संख्या (reference number), the ref inside IMPS/P2A/<ref>/<PAYEE>, IMPS
  Ref, UPI:<ref>, UTR, UTR:, Ref:), then a bank reference (Bank of America's Confirmation number, Crédit
  Agricole's Référence de l'opération, Lloyds payment ID, Rakuten's Remittance No., PostFinance's Referenz /
  Reference, UOB reference, Emirates NBD's Reference, ENet's Transaction Ref No, OnlineSBI's संदर्भ संख्या /
  Reference No., HDFC's Reference Number, Vyom's Transaction Ref. No., PSB UnIC's Reference No., e-GRAS' and
  BharatKosh's Bank Reference No., AVVNL's Bank Ref No), then a transaction / payment id (slice txn ID, POP
  txn ID, Amazon Pay txn ID, GeM's Payment Advice No., Instamojo's Payment ID, Razorpay Payment ID, Paybooks'
  Transfer ID, WhatsApp payment ID, Fi txn ID, e-GRAS' GRN (*settled* heldout275), e-Mitra's Transaction ID
  (*settled* heldout275), BharatKosh's Transaction Reference No., EPFO's CRN (*settled* heldout275), the
  Pollution Control Board's Transaction ID, an insurer's Transaction ID, Payment ID and Transaction Ref No., a
  utility's Transaction ID and Payment Ref No; *settled* (new here) CCAvenue's Tracking ID, the gateway's own
  number for the attempt (as a gateway's Transaction ID), above its Order No.), then an approval code (APPR
  CODE, AUTH CODE, Approval code, AUTH, APPR), then an order's number (Paytm for Business' Order ID, Shopify's
  Order #, Dukaan's Order ID, Industrybuying's Order ID, Dish TV's Order ID, Paytm's ORDER ID), then a
  document's own number (a voucher's No., Oracle's Payment Number, the invoice's Invoice No., the receipt's
  No., Vyapar's Invoice No., the saw mill's No. printed, GoDaddy's Receipt #, RECEIPT NO, the wage slip's Slip
  No., the Nagar Parishad's रसीद संख्या / Receipt No., New India's RECEIPT NO, LIC's and SBI General's Receipt
  No., a slip's INVOICE NO / BILL NO / INVOICE / INV NO / Invoice / INV, the Indane distributor's Cash Memo
  No.). *settled*: never a card, account or mobile number, a UPI ID, IFSC, GSTIN, a Policy No., Proposal No.,
  Licence No., Application No., Consumer No., K Number, VC No., STB NO, Account No., Username, Customer #,
  Emp. Code, a slip's TID / MID / BATCH, a No. left blank, an invoice or bill number named on an advice
  (heldout272), a Bill ID, IFMS' Token No. or Voucher No. (*settled* heldout275; Pay Manager's the same), a
  Client Reference (heldout275's Customer reference), a UETR (*settled* heldout200), a TRRN (*settled*
  heldout275), an AWB NO and a bilty's Bilty No. (*settled* heldout274 and heldout284: a consignment's number,
  as an AWB)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout286_families import (
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

SPLIT = "heldout286"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (DejaVu Sans
# Condensed and Noto Sans Display among them), the pages in Noto Serif, Liberation Serif (liberation2), DejaVu
# Serif Condensed, FreeSerif, Noto Serif Display and DejaVu Sans, the Kendra's, its suppliers' and its
# artisans' papers in Liberation Serif, DejaVu Serif, Noto Sans, FreeSans and Liberation Sans (liberation2),
# the slips in five monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold, fonts-noto-core)
# for the Hindi lines, labels and hand, Noto Sans Mahajani for the traders' lines, an upright Liberation Serif
# for a Hindi hand's figures, a pen's italic or oblique (``heldout286_families.PENS``) and a page's own
# fixed-width face (``heldout286_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout286_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout286 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

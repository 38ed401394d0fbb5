"""heldout297: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a koftgari workshop's year of 2026 in Udaipur and Alwar, Rajasthan (Silehkhana
Koftgari Udyog, Mohd. Rafiq Sikligar's proprietary firm, GSTIN 08ARKPS5273Q1Z4, Udyam UDYAM-RJ-33-0061482,
with his son Salim Sikligar, who takes the export orders and keeps the web shop, and Farzana Bano, who keeps
its accounts: its karigars, Iqbal Hussain, Shabbir Ahmed and Mukesh Lohar at the Udaipur karkhana and Jaipal
Singh Sikligar, Harpal Singh and Aslam Sikligar at the Alwar one, under Ustad Nizamuddin Sikligar, hatch the
steel of a blade, a shield or a box with a fine chisel (the khat, a grid of scratches for the wire to grip),
lay gold and silver wire drawn fine into the hatching along the design, beat it down with a small hammer, warm
the piece over a low fire to set it and burnish the gold bright with an agate stone, the steel round it blued
and blackened in oil: koftgari, the damascening the armourers (sikligars) of Udaipur's and Alwar's old
armouries brought to daggers and shields and now to boxes and ornaments; Rukhsar Bano and Sajida Begum burnish
and pack at home in Hathipole and Ramesh Suthar makes the boxes and stands; its khanjars with velvet sheaths,
talwars with koftgari hilts, dhals (shields) in gold and silver, jewellery boxes, paan-daans, elephants, pen
stands, letter openers, kadas and cufflinks; its karkhana, Silehkhana Karkhana in Sikligar Gali, Hathipole,
and its Alwar karkhana near Hope Circus; its showroom by the City Palace in Jagdish Chowk, Koftgari Kothi;
stall 18 in the crafts bazaar at Company Bagh in Alwar's Matsya Utsav; the web shop koftgarikothi.com; a
Jaipur heritage hotel group, RAJSICO's Rajasthali emporium, a Mumbai design store, a Delhi interiors firm, a
Jodhpur handicraft exporter, an Udaipur boutique hotel, a Gurugram corporate gifting house and an Alwar school
at home, and galleries, antique dealers, collectors and interior houses in Amsterdam, Charleston, Singapore,
Melbourne, Doha, Toronto, Riyadh and Stockholm abroad), told by the proofs of payment it receives (buyers'
Jana Bank, Samsung Wallet, Utkarsh Bank, Jiffy, UPI One World, Saraswat Bank and CSB Mobile+ screens and
JioPay Business on the showroom's phone; a Jaipur hotel group's SAP payment advice, RAJSICO's payment advice
under its Hindi name, Kotak FYN's NEFT rejected for a Mumbai design store, a Delhi interiors firm's Xero
remittance advice, a Jodhpur exporter's BUSY payment voucher in the program's window, GimBooks on an Udaipur
boutique hotel's phone, a Gurugram gifting house's NEFT pending on DCB Bank's business banking and an Alwar
school's accounts in Google Chat; ING, Truist, UOB, CommBank, QNB, RBC, Al Rajhi Bank and Swedbank for buyers
in Amsterdam, Charleston, Singapore, Melbourne, Doha, Toronto, Riyadh and Stockholm in euros, US dollars,
Singapore dollars, Australian dollars, Qatari riyals, Canadian dollars, Saudi riyals and kronor; the
showroom's tax invoice, the web shop's Zoho Commerce mail, Airpay's failed page, a sold piece's swing tag, the
showroom's certificate of authenticity cum receipt, Zaakpay's pending payment link, the firm's typed receipt
and the showroom's reply in Messenger) and those it makes (a Jaipur gold wire drawer's tax invoice, a Khambhat
agate maker's rough bill, JD Mart's pending order, Toolsvilla's failed checkout, Aramex's shipment receipt, a
Jaipur velvet box maker's green-bar bill, an Alwar tool maker's Telegram message and a Jaipur steel trader's
tax invoice; Suryoday Bank, ESAF Bank, J&K Bank's mPay Delight+, India Post Payments Bank's mini statement,
YES Online, Unity Bank, RBL MoBank and Bank of India's RTGS / NEFT counterfoil for the agate maker, the gold
wire drawer, the steel trader, the box maker, the tool maker, the silver wire maker, the carpenter and the
export packers; the karkhana's piece work slip, HROne's payslip, FinoPay, mBandhan, a burnisher's wage diary,
a Diwali bonus voucher, YONO SBI and HDFC Bank MobileBanking; Nagar Nigam Udaipur's trade licence, the Udaipur
Development Authority's lease rent, the Rajasthan State Pollution Control Board's consent fee, the factory
licence on Raj Nivesh, the Matsya Utsav Samiti's stall letter, Sarathi's licence fee on mParivahan, the Trade
Marks Registry's e-receipt and the e-GRAS challan; Zurich Kotak's, Axis Max Life's, Magma's, Shriram's, HDFC
Life's, Tata AIA's, Generali Central's and Liberty's premiums; cards on the showroom's YES BANK terminal and
the Utsav stall's ICICI Bank terminal and the firm's card at a Jaipur hotel, an Udaipur lake restaurant, a
fuel station, a packaging house by Google Wallet, an airline on SBI Card's app and an Udaipur thali house;
AVVNL, Jio AirFiber, Tata Play Fiber, the PHED, Indane, Sun Direct, the FASTag annual pass and RailWire; the
banks' SMS, IDBI Bank's SMS on Truecaller's card, Bandhan Bank's mail, Central Bank of India's SMS in Hindi
and IDFC FIRST Bank's app's notifications). One payment per page. Each family: six successes, one failure, one
wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout294's or heldout295's; where a kind of paper is one they also drew (a shop's tax invoice, a festival
stall's paper, a municipal tax's receipt, a payslip, a festival's bonus voucher, a share card, a card slip
pending at its host, a restaurant's bill settled by card, a courier's roll, a bank's SMS in a regional
language, a mail, a chat, a passbook's or a statement's lines), it is drawn here for another issuer in this
set's own labels and marks, and near ones are noted: RAJSICO's payment advice, where heldout294 drew
Lepakshi's and heldout295 the Central Cottage Industries Corporation's; Xero's remittance advice, where
heldout294 drew Dynamics 365's; BUSY's payment voucher, where heldout295 drew TallyPrime's; GimBooks' Payment
Out, where heldout295 drew Vyapar's and heldout294 OkCredit; Google Chat, where heldout294 drew a Teams chat;
Truist's wire in US dollars, where both drew Chase's; Swedbank's typed advice, where heldout295 drew MUFG
Bank's; the showroom's Messenger reply, where heldout295 drew its WhatsApp Business message; JioPay Business,
where heldout295 drew PhonePe Business and heldout294 ICICI Bank's InstaBIZ; the tool maker's Telegram
message, where heldout295 drew the khaka maker's Paytm for Business; Aramex's roll, where heldout295 drew the
Professional Couriers' and heldout294 APSRTC Logistics'; India Post Payments Bank's mini statement on a
postman's device, where both drew a passbook page; HROne's payslip, where heldout295 drew greytHR's and
heldout294 Keka's; the piece work slip, where heldout295 drew a weekly wage sheet; the Diwali bonus voucher,
where heldout295 drew an eidi voucher and heldout294 a Sankranti bonus voucher; YONO SBI and SBI Card's app,
where heldout295 drew SBI's YONO Business and SMS and heldout294 SBI's SMS and BHIM SBI Pay; HDFC Bank
MobileBanking, where heldout295 drew HDFC Bank NetBanking and its WhatsApp Banking and heldout294 HDFC Bank's
SmartPOS; Nagar Nigam Udaipur's trade licence, where heldout295 drew Nagar Nigam Bareilly's house tax; the
Pollution Control Board's consent fee pending, where heldout295 drew EPFO's challan pending; the e-GRAS
challan, where heldout295's Legal Metrology e-Receipt was paid through U.P.'s e-GRAS; the Matsya Utsav
Samiti's stall letter, where heldout295 drew the Taj Mahotsav Samiti's stall rent receipt and heldout294
Shilparamam's stall rent; ICICI Bank's slip at the Utsav stall with no answer from its host, where heldout295
drew Pine Labs' print pending at its host and heldout294 AU's timed out; Kotak Mahindra Bank's slip declined
at a fuel station, where heldout295 drew Canara Bank's; RBL Bank's slip and RBL MoBank, where heldout294 drew
RBL Bank's mail; Bank of India's counterfoil and SMS, where heldout294 drew Bank of India's Worldline slip;
the thali house's bill settled by card, where heldout295 drew a kabab house's bill and heldout294 a tiffin
centre's written bill; the PHED's counterfoil, where heldout295 drew the Jal Kal Vibhag's water tax receipt;
Indane's WhatsApp message, where heldout295 drew HelloBPCL's Bharatgas refill and heldout294 HP Pay's and
HelloBPCL's; the FASTag annual pass, where heldout295 drew bob FASTag's recharge; Central Bank of India's SMS
in Hindi, where heldout295 drew Bank of Baroda's in Hindi on a keypad phone and heldout294 Andhra Pradesh
Grameena Bank's in Telugu; Bandhan Bank's mail, where heldout295 drew ICICI Bank's and heldout294 RBL Bank's;
IDFC FIRST Bank's notifications in its app, where heldout295 drew UCO Bank's SMS in a notification shade and
heldout294 City Union Bank's heads-up notification; some of this set's issuers were drawn by sets before
heldout294 (heldout290's AVVNL, RailWire, the Trade Marks Registry and e-GRAS; heldout291's SAP, YONO SBI,
HDFC Bank MobileBanking, mBandhan and Sun Direct; heldout292's and heldout293's Kotak, Yes Bank, Bank of
India, Indian Bank, Union Bank of India, IDFC FIRST Bank, Tata Play, the PHED and Indane), and are drawn here
in this set's own labels and arrangements; the families' docstrings list each one's labels). This set draws
kinds of row and page heldout294 and heldout295 do not: a koftgari plaque as a letterhead's emblem (an oval of
blued steel faintly cross-hatched, a gold rosette at its heart and a gold vine scrolling out to each side with
leaves along it, a rim of silver dots inside a thin gold line); a koftgari vine band as a divider (a band of
blued steel, a gold vine waving along it with a leaf at each crest, silver dots along its edges); a seal of
red lac pressed on a certificate (its uneven blob, the brass seal's sunk ring and letters, a glint); a
showroom's swing tag (its brass eyelet and the red string tied through it); snippets of gold and silver wire
in a page's margins; a desktop program's window round a page (its title bar with the program's icon and the
window's buttons, its menus, its status bar of keys); a page photographed lying on the karigar's bench (the
worn wood, a steel plate hatched with a gold vine half laid, a coil of gold wire, a chisel and an agate
burnisher); an Arabic heading in Noto Naskh Arabic shaped by Raqm and set right to left; a ring drawn in pen
round a hand-written sum; Truecaller's transaction card of a bank's SMS; and beside them earlier sets' rows
neither of them draws: heldout289's Gujarati lines, spiral-bound pad and pale watermark word, heldout273's
highlighter's stroke, heldout275's green-bar stationery, ribbon heading, large sum with its paise raised and
passing toast, heldout269's QR code; and heldout269's to heldout289's rows (tables ruled on every side,
striped tables, shaded labels, labels against a gutter, dot leaders, hairline rows, tinted outcome bands,
capsules, tiles two to a row, values over their labels, copyable fields, read-only boxed fields, notice boxes,
a payment's stages left to right and across, large round marks, chat bubbles and a day divider, hand-written
fills and columns on a ruled page, boxes filled in by hand, rectangular and oval stamps, signatures, a torn
roll, a barcode).

* ``buyer_upi``: Buyers paying Koftgari Kothi or the firm: Jana Small Finance Bank's Jana Bank app ("Sent to
  <payee>" over its UPI ID, the sum, Payment successful, the day and hour; in a card each label small over its
  value: UPI reference number, Jana Bank reference, From account); Samsung Wallet's PAYMENT SUCCESSFUL on a
  ribbon (the sum large with its paise raised, "Paid to" over the payee; Transaction ID, UPI Ref. No., Date &
  Time, Debited From in dot leaders); Utkarsh Small Finance Bank's Money sent under a large tick ("Today,
  <hour>", the sum, "to <payee>"; UPI Reference Number, Debited from, To UPI ID in shaded labels; no day);
  NSDL Payments Bank's Jiffy in its dark theme with a payment failed (the sum, "to <payee>", the reason in a
  notice; Payment ID, UPI Ref. No., Tried at, Bank against a gutter); a visitor's UPI One World wallet with a
  Payment successful capsule ("to" over the payee; UPI Ref and Date, From and Note two to a row); Saraswat
  Bank's payment processing under a clock's disc (the stages across the screen; a copyable UPI Ref. No.;
  Started on, Paying from at the left and the right); JioPay Business on the showroom's phone (the showroom
  under the app, the sum large, Payment received, "from <buyer> | <UPI ID>", the day and hour, the
  settlement's toast; no reference); CSB Bank's CSB Mobile+ Payment successful ("Paid to" over the payee; UPI
  Ref No., To UPI ID, Date & Time, Debited from in a table ruled on every side; a reward points line). All new
  here.
* ``buyer_advices``: Payers' advices of what they paid the firm: a Jaipur hotel group's PAYMENT ADVICE from
  SAP (Payment Document and Payment Date, Vendor Code and Vendor Name, Payment Method and Bank Reference (UTR)
  two to a row; Invoice Ref. | Inv. Date | Gross Amt | TDS 194Q | Net Amt on hairline rows; Net Amount Paid as
  a total); RAJSICO's PAYMENT ADVICE for its Rajasthali emporium under its Hindi name (Ref. No. beside Date;
  To, M/s. the firm; its sentence "Payment of Rs. x has been credited to your account through RTGS (NEFT under
  two lakh) vide UTR ... on <day>"; S.No. | PO No. | Bill No. | Bill Amount | TDS | Net Paid in a table ruled
  on every side with its Total Net Paid); Kotak FYN's NEFT Transaction Rejected for a Mumbai design store on a
  tinted band (the reason in a notice; shaded labels: Payment Type, Beneficiary Name, Beneficiary Account,
  IFSC, Amount (INR), Customer Reference, Bank Reference No., Value Date); a Delhi interiors firm's REMITTANCE
  ADVICE mailed from Xero ("To" the firm; its sentence "Please find below details of our payment to you of INR
  x on <day>"; Invoice Date | Reference | Invoice Total | Amount Paid on hairline rows; Total INR; Payment
  reference); a Jodhpur exporter's Payment Voucher in BUSY shown in the program's window (its title bar, menus
  and status bar; Vch No. beside Date; Dr/Cr | Account | Debit | Credit in a table ruled on every side; Short
  Narration "Paid by NEFT, UTR ..."); GimBooks' Payment Out on an Udaipur boutique hotel's phone (Party Name,
  Amount Paid, Payment Date, Payment Mode, Notes each in a read-only box; no reference); DCB Bank's business
  internet banking with a NEFT pending at the beneficiary's bank (a capsule, a notice; Beneficiary, Amount,
  Payment Mode, Transaction Reference, UTR, Initiated On in dot leaders); an Alwar school's accounts writing
  in Google Chat under a "Today" divider (each message under its writer's name and hour: "NEFT done to <payee>
  - Rs. x for the annual day mementos", "UTR ..."; no day). All new here.
* ``export_wires``: Galleries, antique dealers, collectors and interior houses abroad paying the firm for
  koftgari daggers, shields, boxes and plates: ING's international transfer executed in euros the Dutch way
  (Buitenlandse overboeking / International transfer, Status: Uitgevoerd / Executed; Dutch and English labels
  shaded: Begunstigde / Beneficiary, Bedrag / Amount, Uitvoerdatum / Exec. date with dashes, Kenmerk /
  Reference, Kosten / Charges, BIC begunstigde / BIC; Omschrijving); Truist's wire sent in US dollars ("Today,
  <hour> ET"; each value over its label: To, Amount, Recipient bank, SWIFT/BIC, Confirmation number; no day);
  UOB TMRW's overseas funds transfer successful in Singapore dollars under a large tick ("You sent S$x", "to
  <beneficiary>"; Transaction date, Transaction reference, Transfer fee, Charges, Purpose at the left and the
  right); CommBank's International Money Transfer receipt printed from NetBank in Australian dollars (Receipt
  number, Date, From account, To, Bank, SWIFT/BIC, Amount sent, Fee, Status Sent on hairline rows); QNB's
  transfer returned in Qatari riyals on a tinted band (the reason in a notice; Beneficiary, Amount, Transfer
  date, Reference, Charges in dot leaders); RBC Mobile's international money transfer in progress in Canadian
  dollars (a capsule, its stages left to right, a notice; Recipient, Amount, Sent on month first in words,
  Tracking number, Method as label and value on a line); Al Rajhi Bank's shared card in Saudi riyals under its
  Arabic heading (a large tick, Transfer completed, the sum, "to <beneficiary>", "on <day>", International
  transfer (SWIFT); no reference); Swedbank's BETALNINGSBESKED / PAYMENT ADVICE typed in its printer's face in
  kronor the Swedish way (Bokforingsdag / Date year first with dashes, Referens / Reference, Betalare / Payer,
  Mottagare / Beneficiary, Mottagarens bank, BIC, Belopp / Amount, Avgift / Charges, Status Utford /
  Executed). All new here.
* ``own_receipts``: The firm's own papers, its showroom or itself on top: Koftgari Kothi's TAX INVOICE under a
  koftgari plaque, its Hindi name and a koftgari vine band, to a buyer in Maharashtra (Invoice No. and Dated,
  Buyer and Place of Supply two to a row; No. | Description | HSN | Qty | Rate | Amount in a striped table
  with IGST 5%; Grand Total; "Received by UPI, UTR ..."); the web shop's order confirmation mail from Zoho
  Commerce (Order ID, Order Date, Payment Status Paid each label beside its value in bold; Item | Qty | Price
  on hairline rows, Sub Total, Shipping Charges, Payment Method, Total); Airpay's Transaction Failed for the
  web shop under a large cross (the reason in a notice; Airpay Transaction ID, Order ID, Amount, Payment Mode,
  Date each value over its label); the showroom's swing tag on a piece sold, its brass eyelet and red string
  (the showroom, a koftgari vine band, the piece, MRP printed; "SOLD", "Recd. Rs. x/- cash", the day and the
  salesman's initials in the hand; no reference); the showroom's CERTIFICATE OF AUTHENTICITY cum receipt
  between koftgari bands (its sentence; shaded labels: Certificate No., Piece, Karigar, Gold wire, Price paid,
  Paid by, Approval code, Date; a lac seal); Zaakpay's payment pending on the web shop's payment link (a
  capsule, a notice; Zaakpay Txn ID and Amount, Paid via and Initiated two to a row; a copyable UPI Ref); the
  firm's typed RECEIPT on its letterhead (Receipt No. beside Date; "Received with thanks from ... the sum of
  Rupees ... (Rs. x/-) by NEFT, UTR ..., against our invoice ..."; signed for the firm); the showroom's reply
  to a buyer from its page in Messenger under a "Today" divider ("We have received Rs. x by UPI (UTR ...)",
  signed "- Koftgari Kothi, Udaipur"; no day). All new here.
* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Jaipur gold wire drawer's TAX
  INVOICE (Invoice No. beside its earlier Invoice Date, Buyer beside State Code; the 24 carat wire by the gram
  in a table ruled on every side with CGST 1.5% and SGST 1.5%; Grand Total marked over with a highlighter;
  PAYMENT RECEIVED: Mode, UTR, Received on printed under it); a Khambhat agate maker's rough bill under his
  Gujarati name, photographed lying on the karigar's bench (No. left blank; Date written in; the agate
  burnishers in its columns, Total; "Cash recd." in the hand; no reference); JD Mart's order with the payment
  in progress under a clock's disc ("to" the seller, a notice; Order ID, Amount, Paid via, UPI Ref, Initiated
  on in shaded labels); Toolsvilla's payment failed for chisels and a hammer on a tinted band (the reason in a
  notice; Sold by, Items, Order ID, Order total, Payment method, Attempted on in a table ruled on every side);
  Aramex's SHIPMENT RECEIPT on a torn roll (its air waybill's barcode and number; AWB NO, DATE, SHIPPER, DEST,
  PCS / WT, FREIGHT, FUEL SURCHARGE, IGST 18%, TOTAL INR, PAYMENT UPI - RECEIVED, UPI REF); a Jaipur velvet
  box maker's DELIVERY CHALLAN CUM BILL printed on green-bar stationery in its printer's face (No. and Date,
  the boxes in its columns, TOTAL), its rectangular PAYMENT RECEIVED stamp and "by PhonePe, Ref ..." in the
  hand; an Alwar tool maker's message in Telegram under a "Today" divider ("payment mil gaya Rs. x", "UPI Ref
  ...", signed "- LOHAR TOOL WORKS, Alwar"; no day); a Jaipur steel trader's TAX INVOICE (Invoice No., Date,
  Buyer on a line; the sheets and bars by the kilogram in a striped table with CGST 9% and SGST 9%; Total;
  "Payment of Rs. x received by NEFT, UTR ..., on <day>. Thank you." in a notice). All new here.
* ``vendor_transfers``: The firm paying its suppliers from its banks: Suryoday Small Finance Bank's app with
  an IMPS successful (the sum, "to <payee>"; IMPS Ref No., Date & Time, From Account, Beneficiary A/c, IFSC,
  Remarks as label and value on a line); ESAF Small Finance Bank's app with an RTGS in process under a clock's
  disc (a notice; Beneficiary, Amount, UTR, Initiated on, Status each in a read-only box); J&K Bank's mPay
  Delight+ NEFT successful ("Paid to" over the payee; UTR No. and Date, Debit A/c and Purpose two to a row);
  India Post Payments Bank's MINI STATEMENT printed on a postman's doorstep banking device (the postman's name
  and post office, the account's tail; Date | Particulars with each sum set right under its line in its
  printer's face, the payment's "NEFT/<PAYEE>" debit, AVL BAL; no reference); Yes Bank's YES Online with an
  IMPS failed on a tinted band (the reason in a notice; Beneficiary, Amount, IMPS Reference No., Transaction
  Date, Debit Account against a gutter); Unity Small Finance Bank's NEFT successful (a large tick; a striped
  table: Beneficiary, Amount, UTR, Date, Account, Remarks); RBL Bank's MoBank UPI payment to the box maker's
  carpenter ("Today, <hour>"; the sum, "to <payee>"; UPI Ref No. and From in two tiles; no day); Bank of
  India's RTGS / NEFT APPLICATION counterfoil filled in by hand at the branch (Date, Applicant, Beneficiary,
  A/c No., IFSC written in, Rs. in boxes, Mode and UTR written in by the clerk; the branch's rectangular
  PROCESSED stamp). All new here.
* ``worker_pay``: The firm paying its karigars, the women who burnish and pack at home and its staff: the
  karkhana's PIECE WORK SLIP under its Hindi name, wire snippets in its margins (Slip No. printed; Name and
  Date written in; the pieces inlaid, their number and rate written in its columns, Total; "Paid in cash" in
  the hand; the karigar's signature); HROne's payslip for the showroom's salesman (Payslip for the month;
  Employee Name, Designation, Pay Period, Pay Date, Paid Days, Bank Account each a label small over its value
  two to a row; Earnings | Amount | Deductions | Amount on hairline rows; Net Pay on a tinted band; "Paid by
  bank transfer (NEFT), UTR ..."); Fino Payments Bank's FinoPay with a UPI payment failed to a karigar on a
  tinted band (the reason in a notice; UPI Ref No., Date, Paid from, Paid to UPI ID each value over its
  label); Bandhan Bank's mBandhan UPI payment to a karigar under a large tick ("Today, <hour>"; UPI Ref. No.
  copyable; no day); a burnisher's MAJDOORI DIARY on a spiral-bound pad under its Hindi heading (her name,
  Date, Kaam (work) and the sum written in, the sum ringed in pen; "Recd. cash" and her signature; no
  reference); the karkhana's DIWALI BONUS VOUCHER under a koftgari plaque, its Hindi heading and a vine band
  in the days before Diwali (Voucher No., Date, Paid to, Amount, Mode, UTR against a gutter; Shubh Deepavali
  in Hindi; BONUS across it in pale letters; the receiver's signature); YONO SBI with a UPI payment pending to
  a karigar (a capsule, the stages left to right, a notice; UPI Ref No., Initiated at, From at the left and
  the right); HDFC Bank MobileBanking's UPI payment to a karigar (Transaction successful, the sum, "to
  <karigar>"; UPI Ref No. and Date, From and Remarks in tiles two to a row). All new here.
* ``govt_fees``: The firm's fees, taxes and dues: Nagar Nigam Udaipur's online TRADE LICENCE FEE RECEIPT for
  the showroom under its Hindi name (Receipt No., Licence No., Trade, Licensee, Licence Year, Amount Paid,
  Payment Mode, Transaction ID, Bank Ref No., Date in shaded labels); the Udaipur Development Authority's
  lease rent e-receipt under its Hindi name (each value over its label: Challan No., Lease Deed No., Period,
  Amount, Transaction Ref No., Payment Date, Mode; a QR code beside them); the Rajasthan State Pollution
  Control Board's consent fee pending at the bank (a capsule, a notice; Unit ID, Category, Fee Challan No.,
  Amount, Bank, Transaction Date in a table ruled on every side); the Department of Factories and Boilers
  Inspection's factory licence renewal failed on Raj Nivesh on a tinted band (the reason in a notice; Factory
  Licence No., Application Ref. No., Fee, Payment Mode, Transaction ID, Attempted on in dot leaders); the
  Matsya Utsav Samiti's stall allotment letter typed under its Hindi name ("No. MU/2026/______"; "The stall
  fee of Rs. x/- has been received in cash on <day>."; an oval stamp; no reference); mParivahan's Sarathi with
  the karkhana driver's licence renewal fee paid ("Today, <hour>"; the Transport Department under the app, Fee
  paid, the sum; Application No., DL No., Transaction ID, Paid via as label and value on a line; no day); the
  Trade Marks Registry's e-receipt for the showroom's mark (CBR No., CBR Date, Form, Applicant, Trade Mark,
  Class, Fee, Payment Mode, Bank Transaction ID, Status on hairline rows); the Registration and Stamps
  Department's e-GRAS challan for the showroom's lease deed under its Hindi name (GRN, Office, Budget Head,
  Remitter, Amount (Rs.), Bank, Bank Ref No., CIN, Payment Date, Mode, Status against a gutter). All new here.
* ``insurer_receipts``: The firm's premiums: Zurich Kotak General Insurance's PREMIUM RECEIPT for the
  karkhana's Bharat Sookshma Udyam Suraksha policy (Receipt No., Receipt Date, Policy No. in a table ruled on
  every side across the page; Insured, Product, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium on
  hairline rows; "Premium received by NEFT, UTR ..."); Axis Max Life's premium receipt mailed for the
  proprietor's term plan (its sentence; Policy Number, Premium Due Date, Amount Received, Transaction ID,
  Payment Mode, Received On in dot leaders); Magma General's shop insurance payment pending (a capsule, the
  stages across the page, a notice; Proposal No., Premium, Transaction ID, Initiated on, Mode at the left and
  the right); Shriram General's mail of the Alwar karkhana's van policy issued (its sentence; Policy No.,
  Vehicle, Premium (incl. GST), Payment ID, Payment date, Payment mode on hairline rows); HDFC Life's app with
  the proprietor's renewal premium paid ("Today, <hour>"; the insurer under the app, a large tick, the sum;
  Policy No. and UPI Ref No. in tiles; no day); Tata AIA Life's renewal payment failed on a tinted band (the
  reason in a notice; Policy No., Premium, Payment ID, Mode, Attempted on against a gutter); Generali
  Central's COVER NOTE cum PREMIUM RECEIPT from an agent's book (Cover Note No. printed; Date, Insured, Risk,
  Sum Insured and the premium written in; "Recd. Rs. x by UPI, Ref ..." in the agent's hand); Liberty
  General's shared card of the showroom's policy renewed ("<sum> paid on <day>", via UPI; no reference). All
  new here.
* ``card_slips``: Cards on the showroom's terminals and the firm's card elsewhere: YES BANK's slip at Koftgari
  Kothi (SALE; DATE / TIME and BATCH NO / INVOICE NO two to a line; MID, TID, CARD NO, EXPIRY, CARD TYPE,
  ENTRY MODE CHIP, AUTH CODE, RRN, AMOUNT; APPROVED - PIN VERIFIED, CUSTOMER COPY); ICICI Bank's slip at the
  Matsya Utsav stall in the Utsav's days with no answer from the host (DATE, TIME, TID, INVOICE, CARD, AMOUNT;
  RESPONSE NOT RECEIVED, TRANSACTION UNDER PROCESS, CHECK STATUS BEFORE RETRY); IDFC FIRST Bank's CHARGE SLIP
  at a Jaipur hotel (TXN DATE, TXN TIME, MID, TID, BATCH, ROC, CARD, APPROVAL CODE, RRN, SALE AMOUNT; TXN
  APPROVED); RBL Bank's slip at an Udaipur lake restaurant with its EMV lines (APP, AID, TVR, TSI; DATE, TIME,
  CARD, AUTH, RRN, AMT; APPROVED); Kotak Mahindra Bank's slip at a fuel station DECLINED (51 INSUFFICIENT
  FUNDS); Google Wallet's tap paid at an Udaipur packaging house in its dark theme (a large tick, Done, the
  sum, "at <merchant>", the card and Contactless, the day and hour; no reference); SBI Card's app with a spend
  on the firm's card at an airline ("Today, <hour>"; the merchant's line and its town, the sum; Card ending,
  Reference No., Auth code, Category as label and value on a line; no day); an Udaipur thali house's bill from
  its billing program settled by card (Bill No. and Dt on a line, Cashier and Table, the dishes, Sub Total,
  CGST 2.5%, SGST 2.5%, Round off, Grand Total, "Paid: Card (RRN ...)", Powered by Petpooja). All new here.
* ``utility_bills``: The karkhanas' and the showroom's bills: Ajmer Vidyut Vitran Nigam's online payment
  receipt under its Hindi name (a striped table: K. No., Consumer Name, Bill Month, Amount Paid, Receipt No.,
  Transaction ID, Payment Date, Payment Mode); the JioHome app with the showroom's Jio AirFiber bill paid (a
  large tick, the sum, "for Jio AirFiber"; Transaction ID and Paid on, Mode and Account in tiles two to a
  row); Tata Play Fiber's bill payment failed on its site on a tinted band (the reason in a notice; Account
  ID, Amount, Order ID, Payment mode, Attempted on in shaded labels); PHED Rajasthan's water bill's
  counterfoil stamped at an e-Mitra kiosk (K. No., Consumer, Bill Month, Amount in dot leaders; the kiosk's
  oval PAID stamp; "Recd. Rs. x/- cash" and the day written in; no reference); Indane's message on WhatsApp
  under its day divider ("your Indane refill booking no. ... is confirmed. Payment of Rs. x received by UPI,
  Txn ID ... Paid on <day>."); Sun Direct's DTH recharge pending (a capsule, the sum, "for Sun Direct DTH", a
  notice; Smart Card No., Order ID, Payment mode, Initiated on at the left and the right); the Rajmargyatra
  app's FASTag annual pass activated (the authority under the app, "Today, <hour>", the sum; Vehicle No., Pass
  ID, Transaction ID, Paid via each value over its label; no day); RailWire's mail of the karkhana's broadband
  bill paid (its sentence; Account ID, Plan, Invoice No., Transaction ID, Payment date, Payment mode in a
  table ruled on every side). All new here.
* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in Union Bank of India's ("A/c *1234 Debited
  for Rs:x on <dd-mm-yyyy hh:mm:ss> by IMPS to <PAYEE> ref no ... Avl Bal Rs:y ... -Union Bank of India"),
  Indian Bank's ("Your RTGS of Rs.x to <PAYEE> dated <dd/mm/yy>, UTR ..., is under process with RBI. Status
  will be updated shortly. -Indian Bank"), Bank of India's ("Your IMPS txn of Rs.x to <PAYEE> on <dd/mm/yy>
  has failed. Ref No ... Amt debited, if any, will be reversed. -BOI") and DCB Bank's ("INR x debited from
  your A/c XX1234 on <dd-Mon-yy> towards NEFT to <PAYEE>. Avl Bal INR y. -DCB Bank"; no reference) wordings;
  IDBI Bank's SMS as Truecaller's transaction card (the sender and its hour, Verified business | Debit, the
  sum, debited; To, Account, Via, UTR at the left and the right; the SMS's own words small under the card; no
  day); Bandhan Bank's mail ("Rs. x has been debited from your account XX1234 for NEFT transaction to <PAYEE>
  on <dd-Mon-yyyy>. UTR: ..."); Central Bank of India's SMS in Hindi cropped from the phone's screen under its
  sender and hour ("आपके खाते XX1234 से दिनांक <dd/mm/yyyy> को रु.x UPI द्वारा <PAYEE> को भेजे गए। UPI संदर्भ
  सं. ...। -सेंट्रल बैंक ऑफ़ इंडिया"); IDFC FIRST Bank's app's notifications (tabs; the alert's card "Rs.x
  sent to <PAYEE> via UPI on <dd Mon yyyy>. UPI Ref ..."; an e-Statement's card under it). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(heldout287's) for the Hindi lines and the Hindi SMS, Noto Sans and Noto Serif Gujarati (heldout289's) for the
agate maker's name, Noto Naskh Arabic (bold, fonts-noto-core) for Al Rajhi Bank's heading, DejaVu Sans for a
desktop program's window and a lac seal's letters, an italic for the hand (``heldout297_families.PENS``) and a
fixed-width face of the page's own (``heldout297_families.TYPES``). The Matsya Utsav stall's card slip is
drawn in the Utsav's days (24 to 27 November 2026) and the Samiti's stall letter in the weeks before them, the
Diwali bonus in the ten days before Diwali (8 November 2026) and RBC's page on a day after the 12th; the other
days anywhere in 2026. GST is 5% on the koftgari (IGST 5% to a buyer in Maharashtra) and on the thali house's
bill (CGST 2.5% and SGST 2.5%), 3% on the gold wire (CGST 1.5% and SGST 1.5%), 18% on the steel (CGST 9% and
SGST 9%), on the courier's freight (IGST 18%) and on the karkhana's fire policy and the van's premium.

Truth conventions (heldout295's, heldout294's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  Jana Bank's "Sent to" (never its UPI ID), under Samsung Wallet's "Paid to", after "to" on Utkarsh Bank,
  Jiffy and Saraswat Bank, under UPI One World's "to", under CSB Mobile+'s "Paid to"; the showroom, the firm,
  the proprietor's account as a bank's field cuts it (MOHD RAFIQ SIKLIGAR PROP S) or the showroom with its
  town (KOFTGARI KOTHI UDAIPUR); never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout268
  to heldout295): a receiving business's own app pays the business named under the app, here the showroom
  under JioPay Business. *settled* (heldout167 to heldout295): a payer's advice pays the one it pays, never
  the payer on top or a salutation; here SAP's Vendor Name (never the hotel group on top), the firm after
  RAJSICO's "To," as M/s. (*settled* heldout281 and heldout285; never the Corporation or its Hindi name),
  Kotak FYN's Beneficiary Name (never the design store), the firm after Xero's "To:" (never the interiors firm
  on top), BUSY's Dr account (never the ICICI Bank account credited), GimBooks' Party Name (never GimBooks or
  the hotel under the app, *settled* heldout270 and heldout281), DCB Bank's Beneficiary (never the gifting
  house), the payee in the school's Google Chat message ("NEFT done to <payee>", never the writer's name over
  it, *settled* heldout286); *settled* (new here) never the company a desktop program's title bar names
  (BUSY's "BUSY 21 - MARWAR HANDICRAFT EXPORTS - [Payment Voucher]"), because the title bar names whose books
  the program has open, the payer's, as a payer's name on top of its own advice does. *settled* (heldout155 to
  heldout295): an inward wire pays the firm, here ING's Begunstigde / Beneficiary, Truist's To, the name after
  "to" on UOB TMRW and Al Rajhi Bank, CommBank's To, QNB's Beneficiary, RBC's Recipient, Swedbank's Mottagare
  / Beneficiary; never the remitter, its Betalare / Payer, the bank on top or a From account. *settled*
  (heldout175 to heldout295): the firm's own paper pays its showroom or itself on top, here KOFTGARI KOTHI on
  its tax invoice (never its Hindi line or the firm it is a unit of), Koftgari Kothi on top of its Zoho
  Commerce mail, on Airpay's and Zaakpay's pages (never Airpay or Zaakpay), on its swing tag, on its
  certificate, the firm on its typed receipt (never the hotel it received from), the showroom signing its
  Messenger reply ("- Koftgari Kothi, Udaipur": the name before its place, *settled* heldout295); never the
  customer named on top of a chat in the showroom's own page (*settled* heldout295's WhatsApp Business). A
  name in Hindi or Gujarati beside its English: the English line, never the Hindi or the Gujarati (*settled*,
  as heldout291's Hindi and Urdu and heldout289's Gujarati). *settled* (heldout187 to heldout295): a
  supplier's name on top of its own paper, here JAI AMBE GOLD WIRE DRAWERS (never its Buyer), KHAMBHAT AKIK
  BHANDAR under its Gujarati name, the seller after JD Mart's "to" and Toolsvilla's Sold by (never the
  marketplace), ARAMEX on top of its roll (never its SHIPPER), MARUDHAR VELVET BOXES (never its M/s), MAHAVIR
  STEEL & ALLOYS (never its Buyer); *settled* (heldout284) a payee's own paper pays its writer, here the tool
  maker signing his Telegram message ("- LOHAR TOOL WORKS, Alwar": the name before its place; the chat's name
  on top the same). *settled* (heldout179 to heldout295): a banking page pays the payee, here after "to" on
  Suryoday Bank and RBL MoBank, ESAF's and Unity Bank's Beneficiary, under mPay Delight+'s "Paid to", YES
  Online's Beneficiary, the mini statement's "NEFT/<PAYEE>" line cut where its printer cuts it (as
  heldout295's passbook's "TO NEFT/<PAYEE>"; never the postman's name on its head), the Beneficiary's name
  filled in on Bank of India's application counterfoil (never its Applicant, *settled* heldout274). *settled*
  (heldout150 to heldout295): a pay slip pays the worker, here the Name written on the piece work slip (never
  the karkhana on top or its Hindi name), HROne's Employee Name, after "to" on FinoPay, mBandhan, YONO SBI and
  HDFC Bank, the bonus voucher's Paid to; *settled* (heldout284) a payee's own paper pays its writer, here the
  burnisher whose name she wrote at the head of her wage diary. *settled* (heldout153 to heldout295): a fee
  page pays the authority as printed, here Nagar Nigam Udaipur under its Hindi name (never its Licensee), the
  Udaipur Development Authority under its Hindi name, the Rajasthan State Pollution Control Board (RSPCB where
  so printed), the Department of Factories and Boilers Inspection on Raj Nivesh (never the portal), MATSYA
  UTSAV SAMITI, ALWAR under its Hindi name (never the firm it writes to), the Transport Department under
  mParivahan's bar (never the app, *settled* heldout293's Transport Department under VAHAN), the Trade Marks
  Registry (never its Applicant), the Registration and Stamps Department under its Hindi name (never its
  Remitter or Office). *settled* (heldout199 to heldout295): an insurer's receipt pays the insurer on top
  (full or short as printed) or named under its app's bar, never the Insured, the agent or a salutation; here
  HDFC Life named under its app and Liberty General under its card's head. A slip's counter name line as
  printed (KOFTGARI KOTHI, the stall's line, the hotel, the restaurant, the fuel station), never *settled* the
  terminal's brand over it (YES BANK, ICICI BANK, IDFC FIRST BANK, RBL BANK, KOTAK MAHINDRA BANK); the thali
  house on top of its bill; *settled* (new here) a wallet's record of a tap and a card issuer's app pay the
  merchant they name (after Google Wallet's "at", SBI Card's merchant line over its town), never the wallet,
  the card's issuer or the town, because they show the card's spend at the counter as a slip's counter line
  does. A utility's biller: AVVNL on top under its Hindi name, after "for" on JioHome and Sun Direct (Jio
  AirFiber, Sun Direct DTH, never the app), Tata Play Fiber on top, PHED, RAJASTHAN under its Hindi name
  (never the e-Mitra kiosk on its stamp: stamps carry no fact), the Indane its WhatsApp message names ("your
  Indane refill booking", never its Distributor, as heldout295's HelloBPCL), RailWire on top of its mail;
  *settled* (new here) the FASTag annual pass pays the National Highways Authority of India named under
  Rajmargyatra's bar (never the app), because the pass is the Authority's, as a fee page pays the authority
  under its portal's bar. An SMS, mail, notification or chat alert's payee as the bank sends it (*settled*,
  the truncated name as printed, without the sentence's full stop, read across its lines where it wraps):
  Union Bank's "by IMPS to <PAYEE> ref no", Indian Bank's "to <PAYEE> dated", Bank of India's "to <PAYEE> on",
  DCB Bank's "towards NEFT to <PAYEE>.", Bandhan Bank's "transaction to <PAYEE> on", the Hindi SMS' "<PAYEE>
  को" (*settled* heldout291 and heldout292), IDFC FIRST's "sent to <PAYEE> via UPI"; *settled* (new here)
  Truecaller's card of a bank's SMS is that SMS (its To the SMS's payee, its sum the SMS's), its "Verified
  business" line and the app's bar no part of it, because the card lays out the bank's own message, as
  heldout295's keypad phone shows the bank's SMS.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout295): a payer's advice counts its net sum, here SAP's Net Amount Paid (never a Gross Amt or its
  TDS 194Q), the Rs. x in RAJSICO's sentence (its Total Net Paid the same; never a Bill Amount or its TDS),
  Kotak FYN's Amount (INR), the INR x in Xero's sentence (its Total INR the same; never an Invoice Total),
  BUSY's Debit on the Dr line (its Total the same), GimBooks' Amount Paid, DCB Bank's Amount, the Rs. x in the
  school's message. *settled* (heldout155 to heldout295): an inward wire's foreign sum, here euros the Dutch
  way (€ 4.663,11 or EUR 4.663,11 is 4663.11, *settled* heldout248 and heldout273), US dollars ($ or USD),
  Singapore dollars (S$ or SGD, *settled* heldout251), Australian dollars (A$ or AUD, *settled* heldout202),
  Qatari riyals (QAR or QR before the sum, *settled* heldout242), Canadian dollars (C$, CA$ or CAD, *settled*
  heldout262), Saudi riyals (SAR or SR before the sum, *settled* heldout251), kronor the Swedish way (120
  723,66 kr or SEK 120 723,66 is 120723.66, *settled* heldout240 and heldout243); never a Transfer fee, a Fee
  or Charges. *settled* (heldout175 to heldout295): a receipt counts the sum received, here the tax invoice's
  Grand Total (never IGST 5% or a line's Amount), Zoho Commerce's Total (never Sub Total or Shipping Charges),
  Airpay's and Zaakpay's Amount, the certificate's Price paid, the Rs. x/- in the typed receipt (its words the
  same), the Rs. x in the showroom's reply; *settled* (new here) the swing tag's sum written as received
  ("Recd. Rs. x/- cash"), never its printed MRP, because the tag prints the piece's price and the hand what
  was taken for it. A whole sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187
  to heldout295): a supplier's paper counts the sum paid, here the gold wire drawer's Grand Total (never CGST
  1.5% or SGST 1.5%), the rough bill's Total written in (never a line's sum), JD Mart's Amount, Toolsvilla's
  Order total, Aramex's TOTAL INR (never FREIGHT, FUEL SURCHARGE or IGST 18%), the velvet box maker's TOTAL,
  the Rs. x in the tool maker's message, the steel trader's Total (never CGST 9% or SGST 9%). A banking page's
  sum; the mini statement's Dr sum on the payment's line (never a Cr line's, never AVL BAL); the counterfoil's
  Rs. in its boxes. *settled* (heldout167 to heldout295): a pay slip's net sum, here the piece work slip's
  Total written in (never a Rate or a line's Rs.), HROne's Net Pay (never an earning, a deduction or Gross
  Earnings), the sums on FinoPay, mBandhan, YONO SBI and HDFC Bank, the ringed Rs. x/- in the wage diary, the
  bonus voucher's Amount. A fee page's Amount Paid, Amount, the Fee, the Rs. x/- in the Samiti's letter, the
  sum large, the Trade Marks Registry's Fee, e-GRAS' Amount (Rs.). An insurer's premium with its GST
  (*settled*), here Zurich Kotak's Total Premium (never Net Premium, CGST 9%, SGST 9% or Sum Insured), Axis
  Max Life's Amount Received, Magma's Premium, Shriram's Premium (incl. GST), the sum on HDFC Life, Tata AIA's
  Premium, the premium written on Generali Central's cover note (its "Recd. Rs. x" the same; never its Sum
  Insured), the sum in Liberty's "<sum> paid on <day>". A slip's AMOUNT, SALE AMOUNT, AMT, the sums large on
  Google Wallet and SBI Card; the thali bill's Grand Total after its Round off (never Sub Total, CGST 2.5%,
  SGST 2.5% or Round off). A utility's Amount Paid, the sums large, Tata Play Fiber's Amount, the Rs. x/-
  written on the PHED's counterfoil (its printed Amount the same), the Rs. x in Indane's message, the sum in
  RailWire's sentence. An alert's sum debited as worded (grouped the Indian or the English way or not at all),
  never an Avl Bal. Currency INR but on the wires.

* status: as printed. Jana Bank's Payment successful, Samsung Wallet's PAYMENT SUCCESSFUL, Utkarsh Bank's
  Money sent, UPI One World's Payment successful, JioPay Business' Payment received, CSB Mobile+'s Payment
  successful successes; Saraswat Bank's Payment processing pending; Jiffy's Payment failed failed. A payer's
  own record of the payment made (*settled*, as heldout287's Tally voucher): SAP's PAYMENT ADVICE, BUSY's
  Payment Voucher with its "Paid by NEFT, UTR ...", GimBooks' Payment Out (as heldout295's Vyapar
  Payment-Out); RAJSICO's "has been credited to your account", Xero's "details of our payment to you", the
  school's "NEFT done" successes; DCB Bank's Pending with beneficiary bank pending; Kotak FYN's Transaction
  Rejected failed. A wire's Status: Uitgevoerd / Executed, Wire sent, Transfer successful, Status Sent,
  Transfer completed, Status Utford / Executed successes; RBC's In progress with its stages pending; QNB's
  Transfer returned failed. A receipt's "Received by UPI", Zoho Commerce's Payment Status Paid, the swing
  tag's "Recd. ... cash", the typed receipt's "Received with thanks", the reply's "We have received"
  successes; *settled* (new here) the certificate's Price paid with its card and approval code a success,
  because the showroom certifies a piece it has sold and been paid for, the approval code being the card's for
  that sum; Zaakpay's Payment pending pending; Airpay's Transaction Failed failed. A supplier's PAYMENT
  RECEIVED printed under its invoice, "Cash recd.", Aramex's PAYMENT UPI - RECEIVED, the PAYMENT RECEIVED
  stamp with "by PhonePe, Ref ...", the tool maker's "payment mil gaya" (payment received), the steel trader's
  "Payment ... received by NEFT" successes; JD Mart's Payment in progress pending; Toolsvilla's Payment Failed
  failed. A banking page's Transaction successful, NEFT successful, Transfer successful, Payment successful,
  the mini statement's printed debit line (*settled*: a printed debit entry a success), the UTR written in
  under the branch's PROCESSED stamp (*settled* heldout274) successes; ESAF's Transaction in process pending;
  YES Online's IMPS Transaction Failed failed. A pay slip's "Paid in cash", HROne's "Paid by bank transfer
  (NEFT)", mBandhan's and HDFC Bank's successes, the wage diary's "Recd. cash", the bonus voucher (a payer's
  own record with its UTR) successes; YONO SBI's Payment pending pending; FinoPay's Payment Failed failed. A
  fee page's TRADE LICENCE FEE RECEIPT, e-Receipt: Payment Successful, the Samiti's "received in cash",
  Sarathi's Fee paid, the Trade Marks Registry's e-Receipt, e-GRAS' Status Success successes; the Pollution
  Control Board's Pending at bank pending; the factory licence's Payment Failed failed. An insurer's "Premium
  received by NEFT", Axis Max Life's "We have received it", Shriram's "Thank you for your payment", HDFC
  Life's Renewal premium paid, Generali Central's "Recd. ... by UPI", Liberty's Policy renewed successes;
  Magma's Payment pending pending; Tata AIA's Payment failed failed. A slip's APPROVED - PIN VERIFIED, TXN
  APPROVED, APPROVED, Google Wallet's Done, SBI Card's Transaction successful, the thali bill's "Paid: Card"
  successes; Kotak's DECLINED (51 INSUFFICIENT FUNDS) failed; ICICI Bank's RESPONSE NOT RECEIVED with
  TRANSACTION UNDER PROCESS and CHECK STATUS BEFORE RETRY pending (as heldout295's Pine Labs TRANSACTION
  PENDING). A utility's Payment Successful, Payment successful, the PHED counterfoil's "Recd. ... cash",
  Indane's "Payment of Rs. x received", Annual pass activated, RailWire's "we have received your payment"
  successes; Sun Direct's Payment pending pending; Tata Play Fiber's Payment failed failed. *settled*: an SMS,
  mail, notification or chat alert's debit a success whatever its bank's wording (Union Bank's "Debited for",
  DCB Bank's "debited", Bandhan Bank's "has been debited", Truecaller's "debited", the Hindi SMS' "भेजे गए"
  (sent), IDFC FIRST's "sent"); Indian Bank's "is under process with RBI" pending (as heldout292's Union Bank
  "is under process"); Bank of India's "has failed ... will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: Jana Bank's day and hour, Samsung Wallet's Date & Time,
  Jiffy's Tried at, UPI One World's Date, Saraswat Bank's Started on, JioPay Business' day and hour, CSB
  Mobile+'s Date & Time; Utkarsh Bank's "Today, <hour>" prints no day (*settled*). SAP's Payment Date (never
  an Inv. Date), RAJSICO's "on <day>" in its sentence (its Date the same), Kotak FYN's Value Date, Xero's "on
  <day>" (never an Invoice Date), BUSY's Date (its Date-Month-year with two figures, 15-05-26 is 2026-05-15,
  as heldout295's Tally's), GimBooks' Payment Date, DCB Bank's Initiated On; the school's Google Chat under
  its "Today" divider prints no day (*settled* heldout286, never a message's hour). A wire's Uitvoerdatum /
  Exec. date with dashes, UOB's Transaction date, CommBank's Date, QNB's Transfer date, RBC's Sent on month
  first in words (November 19, 2026, *settled* heldout288), Al Rajhi Bank's "on <day>", Swedbank's
  Bokforingsdag / Date year first with dashes (2026-09-27, *settled* heldout270); Truist's "Today, <hour> ET"
  prints no day (*settled*). A receipt's Dated on the tax invoice, Zoho Commerce's Order Date, Airpay's Date,
  the day written on the swing tag, the certificate's Date, Zaakpay's Initiated, the typed receipt's Date; the
  reply in Messenger under "Today" prints no day. A supplier's Received on under the gold wire invoice (never
  its Invoice Date), the rough bill's Date written in, JD Mart's Initiated on, Toolsvilla's Attempted on,
  Aramex's DATE, the velvet box bill's Date (the day it was paid on delivery, as heldout295's carton bill),
  the "on <day>" in the steel trader's notice (never its invoice's Date); the tool maker's message under
  "Today" prints no day (*settled* heldout279). A banking page's Date & Time, ESAF's Initiated on, mPay
  Delight+'s Date, the mini statement's day on the payment's line (never a Cr line's), YES Online's
  Transaction Date, Unity Bank's Date, the Date written on the counterfoil; RBL MoBank's "Today, <hour>"
  prints no day. A pay slip's Date written on the piece work slip, HROne's Pay Date (never its Pay Period or
  the payslip's month), FinoPay's Date, the wage diary's Date written in, the bonus voucher's Date, YONO SBI's
  Initiated at, HDFC Bank's Date; mBandhan's "Today, <hour>" prints no day. A fee page's Date (never a Licence
  Year), the UDA's Payment Date (never its Period), the Pollution Control Board's Transaction Date, the
  factory licence's Attempted on, the "on <day>" in the Samiti's letter (its No. left blank), the Trade Marks
  Registry's CBR Date, e-GRAS' Payment Date; Sarathi's "Today, <hour>" prints no day. An insurer's Receipt
  Date, Received On (never a Premium Due Date), Initiated on, Payment date, Attempted on, the Date written on
  the cover note, the day in Liberty's "paid on <day>"; HDFC Life's "Today, <hour>" prints no day. A slip's
  DATE, TXN DATE, the thali bill's Dt, Google Wallet's day and hour; SBI Card's "Today, <hour>" prints no day.
  A utility's Payment Date (never its Bill Month), Paid on, Attempted on, the day written under the PHED's
  counterfoil's receipt (never its Bill Month), Indane's "Paid on <day>" (its divider's day the same),
  Initiated on, Payment date; Rajmargyatra's "Today, <hour>" prints no day. The alerts' "on <dd-mm-yyyy
  hh:mm:ss>", "dated <dd/mm/yy>", "on <dd/mm/yy>", "on <dd-Mon-yy>", "on <dd-Mon-yyyy>", the Hindi SMS'
  "दिनांक <dd/mm/yyyy> को" (on <day>, in Latin figures as the bank sends them, *settled* heldout292), "on <dd
  Mon yyyy>"; Truecaller's card's hour alone prints no day (*settled*: an SMS's or an e-mail's hour is no
  day). All numeric days here are day first (heldout251, heldout259) but Swedbank's year first with dashes.
  *settled*: never a Period, a Pay Period, a Bill Month, a Licence Year, an Assessment or Financial Year, a
  payslip's month, an invoice's, a bill's or a due day, a browser's print day, an e-mail's or a message's
  hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a terminal's or a bank's transaction
  id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (SAP's NEFT, RAJSICO's RTGS or NEFT, Kotak FYN's NEFT,
  Xero's NEFT, BUSY's NEFT, DCB Bank's NEFT, the school's NEFT; the typed receipt's NEFT; the gold wire
  drawer's RTGS or NEFT, the steel trader's NEFT; the banking pages but RBL MoBank's UPI; HROne's NEFT, the
  bonus voucher's NEFT; Nagar Nigam's Net Banking, the Pollution Control Board's Internet Banking, the factory
  licence's Net Banking (SBI MOPS), the Trade Marks Registry's and e-GRAS' Net Banking; Zurich Kotak's NEFT,
  Magma's Net Banking; Tata Play Fiber's and RailWire's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT
  transfer either way (*settled*: ING's Gedeeld / Shared (SHA), Truist's Recipient bank, UOB's Shared (SHA),
  CommBank's Bank, QNB's Charges OUR, RBC's Wire (SWIFT), Al Rajhi Bank's International transfer (SWIFT),
  Swedbank's SHA (delad)). UPI for the UPI screens, JioPay Business' "from <buyer> | <UPI ID>"; *settled* (new
  here) a visitor's UPI One World wallet's payment is UPI, because the wallet pays through UPI as any UPI app
  does; GimBooks' Payment Mode UPI; the tax invoice's "Received by UPI", Zoho Commerce's UPI, Zaakpay's Paid
  via UPI, the reply's "by UPI"; JD Mart's UPI, Aramex's UPI, the box maker's "by PhonePe", the tool maker's
  UPI Ref; RBL MoBank's UPI; FinoPay, mBandhan, YONO SBI and HDFC Bank; the UDA's UPI, Sarathi's UPI; Axis Max
  Life's UPI Autopay, HDFC Life's UPI Ref No., Generali Central's "by UPI", Liberty's "via UPI"; AVVNL's UPI,
  Indane's "by UPI", Sun Direct's and Rajmargyatra's UPI; the UPI alerts. Card for Airpay's Credit Card, the
  certificate's "Card, <scheme> XX1234", Toolsvilla's Debit card, Shriram's Credit card, Tata AIA's Debit
  card, the slips, Google Wallet's Contactless card, SBI Card's Card ending, the thali bill's "Paid: Card",
  JioHome's Credit card. Cash for the swing tag's "Recd. ... cash", the rough bill's "Cash recd.", the piece
  work slip's "Paid in cash", the wage diary's "Recd. cash", the Samiti's "received in cash" and the PHED
  counterfoil's "Recd. ... cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout295): a UPI
  reference / UTR / RRN / IMPS reference (Jana Bank's UPI reference number, Samsung Wallet's UPI Ref. No.,
  Utkarsh Bank's UPI Reference Number, Jiffy's UPI Ref. No., UPI One World's UPI Ref, Saraswat Bank's UPI Ref.
  No., CSB Mobile+'s UPI Ref No.; SAP's Bank Reference (UTR), RAJSICO's UTR, Kotak FYN's Bank Reference No.,
  Xero's Payment reference, BUSY's UTR, DCB Bank's UTR, the school's UTR; the tax invoice's UTR, Zaakpay's UPI
  Ref, the typed receipt's UTR, the reply's UTR; the gold wire drawer's UTR, JD Mart's UPI Ref, Aramex's UPI
  REF, the box maker's Ref, the tool maker's UPI Ref, the steel trader's UTR; the banking pages' IMPS Ref No.,
  UTR, UTR No., IMPS Reference No. and UPI Ref No., the UTR written on the counterfoil; HROne's UTR,
  FinoPay's, mBandhan's, YONO SBI's and HDFC Bank's UPI Ref, the bonus voucher's UTR; Zurich Kotak's UTR, HDFC
  Life's UPI Ref No., the cover note's Ref; a slip's RRN, the thali bill's RRN; the alerts' ref no, UTR, Ref
  No, UPI संदर्भ सं. and UPI Ref), then a bank reference (DCB Bank's Transaction Reference (under it its UTR),
  ING's Kenmerk / Reference, Truist's Confirmation number, UOB's Transaction reference, CommBank's Receipt
  number, QNB's Reference, Swedbank's Referens / Reference, Nagar Nigam's Bank Ref No. (above its Transaction
  ID), the Trade Marks Registry's Bank Transaction ID, e-GRAS' Bank Ref No. (above its GRN and CIN, as
  heldout295's Legal Metrology e-Receipt)), then a transaction / payment id (Jana Bank's reference, Samsung
  Wallet's Transaction ID, Jiffy's Payment ID, RBC's Tracking number, Airpay's Transaction ID, Zaakpay's Txn
  ID, Nagar Nigam's Transaction ID, the UDA's Transaction Ref No., the factory licence's Transaction ID,
  Sarathi's Transaction ID, e-GRAS' GRN and CIN (*settled*, a treasury's GRN and a challan's CIN), Axis Max
  Life's Transaction ID, Magma's Transaction ID, Shriram's Payment ID, Tata AIA's Payment ID, SBI Card's
  Reference No., AVVNL's, JioHome's, Indane's, Rajmargyatra's and RailWire's Transaction ID), then an approval
  code (AUTH CODE, APPROVAL CODE, AUTH, Auth code, the certificate's Approval code), then an order's number
  (Zoho Commerce's Order ID, Airpay's Order ID, JD Mart's and Toolsvilla's Order ID, Tata Play Fiber's and Sun
  Direct's Order ID, Indane's booking no.), then a document's own number (SAP's Payment Document and Kotak
  FYN's Customer Reference, the remitter's own numbers for the payment it made (*settled* heldout295's ICICI
  CIB Corporate Reference No.), RAJSICO's Ref. No., BUSY's Vch No. (as Tally's voucher No.), the tax invoice's
  Invoice No., the certificate's Certificate No., the typed receipt's Receipt No., the gold wire drawer's and
  the steel trader's Invoice No., the box maker's No., the piece work slip's Slip No., the bonus voucher's
  Voucher No., Nagar Nigam's Receipt No., the UDA's Challan No., the Pollution Control Board's Fee Challan
  No., Zurich Kotak's Receipt No., the cover note's No., AVVNL's Receipt No., a slip's INVOICE NO, INVOICE and
  ROC, the thali bill's Bill No.; *settled* (new here) the Trade Marks Registry's CBR No., because the Cash
  Book Register number is the Registry's own receipt number for the fee, as a receipt's No. is). *settled*:
  never a card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, an AID, TVR or TSI, GSTIN,
  PAN, an Udyam number, a Policy No. or Policy Number, a Proposal No., an Application No. or Application Ref.
  No., a Licence No. or Factory Licence No., a Lease Deed No., a Property, Unit, Account, Subscriber or
  Employer ID, a K. No., a Consumer No., a Smart Card No., a Pass ID, a Vehicle No., a DL No., an IEC, a
  slip's MID / TID / BATCH, a No. left blank, a bill or document named on an advice or a receipt (SAP's and
  Xero's invoices, RAJSICO's PO No. and Bill No., the typed receipt's invoice), a PO No., an air waybill's
  number (Aramex's AWB NO, *settled* heldout274), an e-Statement's card, HSN codes."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout297_families import (
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

SPLIT = "heldout297"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout294's and heldout295's: the screens in
# Noto Sans, Liberation Sans (liberation2), DejaVu Sans Condensed, FreeSans and Noto Sans Display; the pages in
# DejaVu Serif, Liberation Sans (liberation), Noto Serif, FreeSerif, Liberation Serif (liberation2) and DejaVu
# Sans Condensed; the firm's, its suppliers' and its people's papers in Noto Serif Display, DejaVu Sans,
# Liberation Serif (liberation), FreeSerif and Noto Sans; the slips in four monos; beside them Noto Sans and
# Noto Serif Devanagari (heldout287's) for the Hindi lines and the Hindi SMS, Noto Sans and Noto Serif
# Gujarati (heldout289's) for the agate maker's name, Noto Naskh Arabic for Al Rajhi Bank's heading, DejaVu
# Sans for a desktop program's window and a lac seal's letters, a pen's italic
# (``heldout297_families.PENS``) and a page's own fixed-width face (``heldout297_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout297_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout297 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

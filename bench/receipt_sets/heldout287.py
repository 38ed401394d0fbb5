"""heldout287: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bodo handloom weavers' self-help federation's year of 2026 in Kokrajhar,
Bodoland Territorial Region, Assam (Hathorkhi Aronai Weavers' SHG Federation, Regd. No. KJR/SR/112 of 2017-18,
GSTIN 18AAFAH4172M1ZP, its secretary Smt. Mwnshri Basumatary: a federation of the women's self-help groups of
the Bodo weavers of Titaguri, Dotma, Serfanguri and Gossaigaon, who weave on throw-shuttle looms the dokhona
(the Bodo woman's wrap, its borders woven with agor, the woven motifs: pharw megon, the pigeon's eye; hajw
agor, the hills), the aronai (the small woven scarf a guest is honoured with), the jwmgra, the men's gamsa,
stoles of eri silk spun by the spinners' groups round them, table runners and cushion covers; its weaving
centre at Titaguri, Hathorkhi Weaving Centre, where visitors also sit at the looms for a day; its shop on J.D.
Road, Hathorkhi Handloom House, with stall 27 at the Handloom Expo at Srimanta Sankaradeva Kalakshetra,
Guwahati; the web shop hathorkhi.in; the North Eastern Handicrafts and Handlooms Development Corporation's
Purbashree emporia, ARTFED, TRIFED's Tribes India; buyers abroad), told by the proofs of payment it receives
(buyers' Amazon Pay, BHIM, CRED, YONO SBI, Paytm, Union Bank's Vyom and Navi UPI screens and Paytm for
Business on the shop's phone; NEDHDC's Payment Voucher from TallyPrime, ARTFED's typed letter, TRIFED's vendor
portal, a Guwahati hotel's OUTGOING PAYMENT from SAP Business One, a wedding planner's YES BANK iris,
FinAssam's e-payment status for the Directorate of Handloom and Textiles, a Guwahati boutique's Vyapar Payment
Out and the Bodo Sahitya Sabha's typed DEBIT VOUCHER; Wise, a Kurashiki gallery's faxed remittance advice,
Crédit Agricole, PostFinance, Bangkok Bank's Bualuang mBanking, Danske Bank, KB Kookmin Bank and HSBC's SWIFT
gpi tracker for buyers in Madison, Kurashiki, Lyon, Zürich, Chiang Mai, Aarhus, Seoul and Hong Kong in US
dollars, yen, euros, Swiss francs, baht, Danish kroner, won and Hong Kong dollars; the web shop's Shopify
mail, Instamojo's pending page for a day at the looms, the shop's TAX INVOICE, the Expo stall's cash memo, the
Centre's Bodo receipt, a gift voucher, CCAvenue's failed checkout and a member group's SHARE CAPITAL RECEIPT)
and those it makes (an eri spinners' group's chit, a Sualkuchi loom parts shop's Refrens invoice, Amazon
Business' pending order, Snapdeal's failed checkout, a Barpeta Road yarn dealer's invoice, India Post's Speed
Post receipt, Canva's receipt and a Guwahati packaging house's delivery challan cum bill; Assam Gramin Vikash
Bank's NEFT receipt, bob World, Union Bank's Union Virtual Connect, DCB Business Banking, PSB UnIC, India Post
Payments Bank, the Assam Co-operative Apex Bank's passbook and RBL MoBank for the yarn dealers, the loom parts
shop, the transporter, the web studio, the printer, the packaging house and the electrician; its weavers',
spinners' and staff's loom card, greytHR payslip, Airtel Payments Bank, Fi and Groww screens, a textile
designer's bill, a dot-matrix pay slip and a spinner's Assamese receipt; Kokrajhar Municipal Board's signboard
fee, e-GRAS Assam's challan for the Registrar of Societies, the professional tax, the Pollution Control
Board's consent fee, Sewa Setu's shop registration, the Fire and Emergency Services' fee, Titaguri V.C.D.C.'s
building permission and EPFO's challan; New India's, Star Health's, Digit's, ICICI Lombard's, SBI General's,
HDFC ERGO's, Oriental's and IFFCO-Tokio's premiums; cards on the shop's and the Expo stall's terminals and the
stall's phone and the federation's card at a Guwahati hotel, a Bongaigaon dye house, a Kokrajhar filling
station, a Kokrajhar cafe and a Sualkuchi silk emporium; APDCL's bill and its smart prepaid meter, Indane's
refill, JioFiber, a village water and sanitation committee, Dish TV, BSNL and Excitel; the banks' SMS, Assam
Gramin Vikash Bank's SMS in Assamese, YES BANK's mail, a lock screen's notification and North East Small
Finance Bank's app inbox). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout284's or heldout285's, but for a few kinds of paper they also drew (an agent's premium slip, a dealer's
invoice marked paid, a counter's booking roll), drawn here for other issuers in this set's own labels and
marks; the families' docstrings list each one's labels). This set draws kinds of row and page heldout284 and
heldout285 do not: Bodo lines in Devanagari (as the Bodo Sahitya Sabha writes the language) and Assamese lines
in the Bengali script with its own ৰ and ৱ, in Noto Sans and Noto Serif Devanagari and Bengali shaped by Raqm,
as a name over its English, a heading, a greeting, ruled cells with each label's English over its Bodo or
Assamese and the value printed or written beside it, a hand's lines and sums, a bank's SMS; an agor as a
letterhead's emblem (a stepped diamond of square picks round a pigeon's eye, hooks at its points); an aronai
as a divider (its ground, two stripes, stepped diamonds and its loose fringe); a dokhona's woven borders down
a page's two long edges (hills stepped in two colours); a page photographed lying on a dokhona; an outcome's
rounded tile with its soft shadow (a tick with sparkles, a cross or an hourglass); an outcome's scalloped
badge; an app's or a portal's notice box with its round i or !; a value over its small label; fields in pale
tiles two to a row; a copyable field with its copy icon; a bottom sheet with its grab handle over a dimmed
app; a lock screen's padlock and large hour; a Soundbox's loudspeaker line; a fax's transmission line; an oval
rubber stamp; a tea cup's ring; a squared exercise book's ruling; the creases of a page folded in four; a
passbook printer's page with its B/F line; a letter and a voucher typed on a typewriter; a SWIFT gpi tracker's
legs. They draw beside them heldout269's to heldout279's rows (striped tables, tables ruled on every side, dot
leaders, labels against a gutter, hairline rows, rounded cards, chat bubbles and a chat's day divider,
hand-written fills and columns on a ruled page, sums in boxes, signatures, a torn roll).

* ``buyer_upi``: Amazon Pay's Payment successful under a tile with a tick ("Paid to" over the payee and its
  UPI ID; copyable Bank Reference ID and Amazon Pay Transaction ID; tiles: Date, Paid from); BHIM's
  Transaction Pending under an hourglass's tile ("Paying to" over the payee, a warning's notice; each value
  over its label: UPI Ref ID, Date & Time, Debited from); CRED's payment successful in lower case on its dark
  screen ("paid to <payee>", "<day> · <hour>"; copyable UPI transaction ID and CRED txn id, paid from); YONO
  SBI's Transaction Failed under a cross's tile (Beneficiary over the payee, the reason in a notice; tiles:
  Reference No., Date, Debit Account, Mode); Paytm's Paid Successfully under a scalloped badge ("to" over the
  payee and its UPI ID; each value over its label: UPI Reference No., Order ID, Date & Time, From); Union
  Bank's Vyom with its Payment Successful badge ("Paid to <payee>", "Today, <hour>"; tiles: UPI RRN, From;
  Remarks; no day); Navi UPI's share card (the sum, "paid to <payee>", "on <day> at <hour>"; no reference);
  Paytm for Business on the shop's phone (the shop under the app, a Soundbox's announcement, Payment Received,
  "from <buyer>"; each value over its label: UPI Ref. No., Paytm Payment ID; tiles: Received on, Settles to).
  All new here.
* ``buyer_advices``: NEDHDC's Payment Voucher printed from TallyPrime (No. beside Dated, Particulars | Amount:
  Account over the party, Agst Ref, Through, Bank Transaction Details "NEFT UTR ... dated ...", On Account of,
  the total under its rule, the sum in words); ARTFED's letter typed on a typewriter under its printed head
  (its No. and Dated, "To, The Secretary, <federation>", Sub:, "We have remitted Rs. x/- (...) by NEFT, UTR
  ..., to your account ... on <day>."); TRIFED's Tribes India vendor portal (a notice "Payment processed",
  each value over its label: Payment reference (UTR), Amount paid, Vendor; a striped table PO No. | Item | Qty
  | Value; Settlement period; no day); Hotel Luitporia Grand's OUTGOING PAYMENT from SAP Business One (Doc.
  No. beside Posting Date, Vendor Code and Vendor Name, Bank Transfer with its Transfer Date and Reference,
  the invoices paid on hairline rows, Total Amount Paid); YES BANK iris' Transfer failed under a cross's tile
  ("to <payee>", the reason in a notice; copyable IMPS Reference No.; tiles: Date, From) sent by a wedding
  planner; FinAssam's e-Payment status for the Directorate (labels against a gutter: Treasury, Bill No., Token
  No., e-Payment Advice No., Payee, Amount, Advice sent on, Bank reference Awaited, Status "Sent to bank for
  credit"); Aranyak Boutique's Payment Out from Vyapar (Paid To beside Date, Payment Type, Ref No.,
  Description, Amount with its words); the Bodo Sahitya Sabha's DEBIT VOUCHER typed under its Bodo name (No.
  left blank; Date, Head of Account, Paid to, Rupees, Rs.; "Paid in cash."; three signatures; no reference).
  All new here.
* ``export_wires``: Wise's transfer receipt in US dollars ("Your transfer is complete"; tiles: You sent,
  Recipient gets (in rupees); each value over its label: Recipient, Recipient's bank; Sent on, Transfer #,
  Exchange rate, Fee on hairline rows); a Kurashiki gallery's remittance advice faxed in yen (the fax's
  transmission line; "Kurashiki, <day>" at its head, "To: <federation>", "We have today remitted JPY x ...
  through MUFG Bank ..."; no reference); Crédit Agricole's virement international in euros the French way
  ("Votre virement a bien été émis."; tiles: Montant, Date d'exécution; each value over its label:
  Bénéficiaire, Banque du bénéficiaire, Référence de l'opération, Motif; Frais partagés); PostFinance's
  Zahlung ausgeführt in Swiss francs under a tile (tiles: Ausführungsdatum, Spesen; each value over its label:
  Begünstigter, Bank des Begünstigten; a copyable Referenznummer); Bangkok Bank's Bualuang mBanking transfer
  unsuccessful in baht under a cross's tile ("To <beneficiary>", the reason in a notice; tiles: Date,
  Reference no.; Transfer type); Danske Bank's Betaling gennemført in Danish kroner ("til <beneficiary>", "I
  dag kl. <hour>"; Fra konto, Referencenummer, Betalingstype, Tekst on hairline rows; no day); KB Kookmin
  Bank's Outward Remittance Confirmation in won (a table ruled on every side: Remittance No., Date of
  Remittance, Remitter, Beneficiary, Beneficiary Bank, Amount, Charges, Status) under its oval stamp; HSBC
  Hong Kong's SWIFT gpi payment tracker in Hong Kong dollars (a notice "In progress"; Payment reference, UETR,
  Payment date, Amount, Beneficiary beside their labels; a table ruled on every side of its legs: Leg | Bank |
  Status). All new here.
* ``own_receipts``: The web shop's Shopify order confirmation mailed under an agor (Order #, Placed on, the
  pieces on hairline rows, Subtotal, Shipping, Total, Payment Razorpay (UPI) Paid, Transaction ID);
  Instamojo's payment page for a day's weaving workshop at the Centre with the payment pending under an
  hourglass's tile (a warning's notice; each value over its label: Payment ID, Amount, Paid via, Initiated
  on); Hathorkhi Handloom House's TAX INVOICE under its Assamese name and an aronai (ruled cells, each label's
  English over its Assamese: Invoice No., Date, Customer; a table ruled on every side with CGST 2.5%, SGST
  2.5% and Total; "Payment received by card (Visa ...), approval code ..."); the Expo stall's CASH MEMO from
  its pad with a tea cup's ring on it (No. left blank, Date and Name written in, Sl. | Particulars | Qty |
  Rate | Amount ruled down its columns and filled in by hand, Total, the sum in words, "Received cash with
  thanks"; no reference); the Centre's RECEIPT under its Bodo name and an agor (ruled cells, each label's
  English over its Bodo: Date, Name, Amount, For, filled in by hand; "Paid by UPI, Ref ..." written in; a Bodo
  thanks); a GIFT VOUCHER in a dokhona's borders photographed lying on a dokhona (its value large, Voucher
  No., Issued to, "Paid by UPI, Ref ...", Valid till; no day); CCAvenue's Transaction Unsuccessful for the web
  shop under a cross's tile ("Merchant: <shop>", a notice; tiles: Order No., CCAvenue Reference No., Amount,
  Payment mode; Date & time); the federation's SHARE CAPITAL RECEIPT to a member group under its Bodo name
  (Receipt No. beside Date:, "Received from <group> the sum of Rupees ... (Rs. x/-) towards n shares ... by
  NEFT, UTR ..., on <day>.", its oval stamp). All new here.
* ``supplier_invoices``: An eri spinners' group's chit written on a squared exercise book's page (its name in
  Latin letters, Date written in, the yarn written in Assamese with its sums, মুঠ (total), "নগদ টকা পালোঁ"
  (received the money in cash); no reference); SUALKUCHI TAANT SAMAGRI's invoice made in Refrens (Invoice No #
  beside its earlier Invoice Date; tiles: Billed By, Billed To; a striped table of the reeds, heddles and
  shuttles with CGST 6% and SGST 6%, Total (INR); "Payment Record: Rs. x received via UPI on <day>, UTR ...");
  Amazon Business' order with its payment pending under a scalloped badge (Sold by over the seller; each value
  over its label: Order #, Items, Payment method, UPI transaction ID, Order date); Snapdeal's checkout with
  the payment failed under a scalloped badge (Sold by:, a notice; Order ID, Transaction ID, Order total, Paid
  with, Attempted on on hairline rows); A.K. YARN CORNER's TAX INVOICE (Invoice No. beside its earlier Date:,
  Buyer, a table ruled on every side with CGST 2.5%, SGST 2.5% and Total, "Recd. Rs. x/- by NEFT, UTR ..., on
  <day>" written in pen, an oval PAID stamp); India Post's Speed Post booking receipt from the counter's
  printer (OFFICE, DATE, ART NO, DEST, WEIGHT, TARIFF, GST 18%, TOTAL RS, "PAID BY: QR (UPI) - SUCCESS", UPI
  REF); Canva's receipt mailed (Receipt number, Date paid, Canva Pro for a year, GST 18%, Amount paid, Visa);
  MAA KAMAKHYA PACKAGING's DELIVERY CHALLAN CUM BILL (No. printed, its Date left blank, To, the boxes and bags
  written in, Total, "Received Rs. x/- by GPay, Ref ..." written in pen; no day). All new here.
* ``vendor_transfers``: Assam Gramin Vikash Bank's internet banking receipt of an NEFT under its Assamese name
  (a notice of the transfer processed; tiles: Transaction Ref. No., UTR No., Beneficiary, Beneficiary A/c,
  Amount, Date; Remarks); bob World's Transfer Successful under a scalloped badge ("to <payee>"; a copyable
  IMPS Ref. No.; each value over its label: Debited from, Date & time, Remarks); Union Bank's Union Virtual
  Connect RTGS status (labels against a gutter: Transaction ID, UTR, Beneficiary Name, Beneficiary Account,
  IFSC, Amount, Value Date, Status Settled); DCB Business Banking's Transaction under process under an
  hourglass's tile ("to <payee>", a warning's notice; tiles: IMPS Ref No., Initiated; Debit account); PSB
  UnIC's NEFT failed under a cross's tile ("to <payee>", the reason in a notice; each value over its label:
  Reference No., Date, Mode); India Post Payments Bank's Money transferred under a tile ("to <payee>"; IMPS
  Ref No., Date, From, Remarks on hairline rows); the Assam Co-operative Apex Bank's passbook page printed by
  the branch's passbook printer (DATE | PARTICULARS | WITHDRAWAL | DEPOSIT | BALANCE on a ruled page, a B/F
  line and the NEFT debit to the payee; no reference); RBL MoBank's Payment successful under a scalloped badge
  ("to <payee>", "Today, <hour>"; copyable UPI Ref No.; tiles: Paid from, Note; no day). All new here.
* ``worker_pay``: A weaver's LOOM CARD at the Centre under its Bodo name, photographed lying on a dokhona
  (Loom No. printed; ruled cells, each label's English over its Bodo: Weaver, Work, Rate, Amount, Date, filled
  in by hand; "नगद रां मोनदों" (received the money in cash) in a Bodo hand, her signature; no reference);
  greytHR's payslip for the shop's staff (tiles: Employee, Employee No., Designation, Pay period; earnings and
  deductions on hairline rows; Net pay; "Paid on <day> by NEFT, UTR ..."); Airtel Payments Bank's Payment in
  progress to a weaver under an hourglass's tile (a notice; each value over its label: UPI Ref No., Initiated
  on, From); Fi's Payment failed to a weaver under a cross's tile (the reason in a notice; tiles: UPI Ref No.,
  Date; Fi Txn ID); a textile designer's BILL for new agor designs (Bill No. beside Date, To, the work and its
  fee, "Received with thanks by NEFT, UTR ..., on <day>" in pen, her oval stamp); the shop's PAY SLIP printed
  on a dot-matrix for the month (NAME, DESIG., earnings and deductions, NET PAY, "PAID IN CASH", its SLIP NO;
  no day); Groww's UPI payment to a weaver in a bottom sheet over its dimmed app, under a scalloped badge ("to
  <weaver>", "<day>, <hour>"; a copyable UPI Ref No.; tiles: From, Note); a spinner's receipt written in an
  Assamese hand on a page folded in four (ৰচিদ (receipt), what the money was for, "GPay-ৰে পালোঁ" (received by
  GPay), Ref and Date in her hand, her name). All new here.
* ``govt_fees``: Kokrajhar Municipal Board's SIGNBOARD FEE RECEIPT under its Assamese name (ruled cells, each
  label's English over its Assamese: Receipt No., Holding No., Name, Signboard, Fee, Mode, UPI Ref, Date; "Fee
  received."); e-GRAS Assam's challan for the Registrar of Societies (a striped table: GRN, Department, Head
  of account, Remitter, Amount, Payment mode, Bank reference, Payment date, Status); the Taxation Department's
  professional tax e-payment pending under an hourglass's tile (a notice; tiles: Enrolment Certificate No.,
  Period; Transaction ID, Amount, Payment mode, Initiated on on hairline rows); the Pollution Control Board,
  Assam's consent fee failed under a cross's tile (the reason in a notice; each value over its label:
  Application ID, Unit, Consent fee, Transaction ID, Payment mode, Date & time); Sewa Setu's acknowledgement
  for the Labour Welfare Department (Application Reference No., Service, Fee paid, Transaction ID, Payment
  status, Expected delivery beside their labels; no day); the Assam Fire and Emergency Services' e-Receipt for
  the Centre's fire safety certificate (tiles: e-Receipt No., Date; each value over its label: Paid by, Fee,
  UPI Ref No.; "Paid"); Titaguri V.C.D.C.'s RECEIPT from its book under its Assamese name (No. left blank;
  Date, Received from, On account of written in, Rs. in a box, "নগদ পালোঁ" (received in cash) in an Assamese
  hand, its oval stamp; no reference); EPFO's Payment Confirmation Receipt (Establishment, Wage month, TRRN,
  CRN, Bank Ref. No., Total amount, Payment date, Bank on hairline rows). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT for the Centre's looms and yarn (dot leaders:
  Receipt No., Receipt Date, Received from, Policy No., Premium, GST 18%, Total, Mode, UTR; "Received with
  thanks."); Star Health's payment awaiting confirmation under an hourglass's tile ("to <insurer>", a notice;
  each value over its label: Proposal No., Premium, Payment ID, UPI Ref No., Initiated on); Digit's shop
  policy with the payment failed under a cross's tile (the reason in a notice; tiles: Policy, Premium;
  Transaction ID, Payment mode, Attempted on); ICICI Lombard's mail of a group health premium ("We have
  received your premium of Rs. x"; Policy No., Receipt No., Payment date, Payment mode on hairline rows); SBI
  General's e-Receipt for the weavers' group personal accident policy (a table ruled on every side); HDFC
  ERGO's Policy renewed under a scalloped badge ("paid to <insurer>", "Today, <hour>"; each value over its
  label: Policy No., Payment ID, Paid via; no day); Oriental Insurance's PREMIUM COLLECTION SLIP written in
  its agent's book (No. left blank; Date, Received from, Policy, Premium Rs., By written in; "Received with
  thanks"; no reference); IFFCO-Tokio's CERTIFICATE OF INSURANCE CUM POLICY SCHEDULE for the federation's van
  (a striped schedule: Policy No., Insured, Vehicle, Period of insurance, Premium, GST 18%, Total premium;
  "Premium received by UPI ... on <day>."). All new here.
* ``card_slips``: Pine Labs' CHARGE SLIP at the shop (two fields to a line: DATE and TIME, MID and TID, BATCH
  NUM and INVOICE NUM; CARD NUM, CARD TYPE, APPR CODE, RRN, BASE AMOUNT, TOTAL, SALE APPROVED, PIN VERIFIED
  OK); Paytm's card machine's slip at the Expo stall in its days (Card Payment, each field a line of "Label:
  value": Date, Time, Txn ID, Card, Auth Code, RRN, Amount, Status: SUCCESS); HDFC Bank's slip at a Guwahati
  hotel with the host not responding (STATUS UNKNOWN, DO NOT RETRY); ICICI Merchant Services' slip at a
  Bongaigaon dye house DECLINED (05 DO NOT HONOUR); Axis Bank's slip at a Kokrajhar filling station (PRODUCT,
  VOLUME, RATE, the card, APPROVAL CODE, RRN, AMOUNT, APPROVED); a Kokrajhar cafe's GUEST CHECK from its
  waiter's pad written by hand (Date written in, Table and Server; Qty | Item | Amount, Total, "Paid by card";
  no reference); Bank of Baroda's slip at a Sualkuchi silk emporium (SALE, label and value on each line, TXN
  SUCCESSFUL); Airtel Payments Bank's Tap to Pay on the Expo stall's phone (the stall under the app, a tile,
  Payment received, the card contactless, the hour alone; each value over its label: Auth Code, RRN; no day).
  All new here.
* ``utility_bills``: APDCL's online bill payment receipt under its Assamese name (tiles: Consumer No.,
  Consumer name; each value over its label: Amount paid; Transaction ID, Bank reference, Payment date, Mode,
  Status on hairline rows); APDCL's smart prepaid meter recharge in progress under an hourglass's tile ("to
  <biller>", a notice; each value over its label: Meter No., Recharge amount, UPI Ref No., Initiated on);
  IndianOil ONE's Indane refill paid in a bottom sheet over its dimmed app, under a scalloped badge ("paid to
  <biller>"; tiles: Booking No., Distributor; a copyable UPI Ref No.; Paid on); MyJio's JioFiber bill payment
  failed under a cross's tile ("to <biller>", the reason in a notice; each value over its label: Account, Bill
  amount, Transaction ID, Payment mode, Attempted on); Titaguri's village water and sanitation committee's
  WATER USER CHARGE RECEIPT under its Assamese name (No. left blank; Date, Name, Connection, Months written
  in; Rs. in a box; "Received cash"; its oval stamp; no reference); Dish TV's Recharge successful under a
  scalloped badge ("for <biller>", "2 min ago"; each value over its label: VC No., Pack, Transaction ID, Paid
  via; no day); BSNL Selfcare's payment receipt (tiles: Phone number, Account No.; Amount paid, Payment date,
  Transaction ID, Bank Ref No., Mode on hairline rows); Excitel's mail of a payment received ("We have
  received Rs. x ..."; Customer ID, Plan, Invoice No., Payment date, Payment mode, Transaction ID beside their
  labels). All new here.
* ``bank_alerts``: Assam Gramin Vikash Bank's SMS in Assamese in its messages thread under its day divider
  ("আপোনাৰ একাউণ্ট XX1234 ৰ পৰা Rs.x UPI যোগে <PAYEE> লৈ <dd-mm-yyyy> তাৰিখে ডেবিট কৰা হৈছে। ৰেফাৰেন্স <ref>।
  ..."); SMS in Bank of Baroda's ("Rs.x debited from A/c XX1234 on <dd-mm-yy> to <PAYEE> via NEFT. UTR ... Avl
  Bal Rs.y"), Union Bank's ("Your NEFT of Rs x to <PAYEE> dated <dd/mm/yyyy> (UTR ...) has been returned by
  the beneficiary bank: account does not exist. ..."), Punjab & Sind Bank's ("Your IMPS of Rs.x to <PAYEE> on
  <dd.mm.yy> is under process. Do not reinitiate. Ref No ...") and the Assam Co-operative Apex Bank's ("A/c
  XX1234 debited Rs x on <dd-mm-yy> to <PAYEE> by NEFT. Bal Rs y"; no reference) wordings; YES BANK's mail
  ("INR x has been debited from your account XX1234 on <dd-Mon-yy> towards IMPS to <PAYEE>. IMPS Ref No ...");
  India Post Payments Bank's notification on a phone's lock screen under the hour ("now"; "Rs. x debited from
  your IPPB a/c XX1234 by UPI to <PAYEE>. UPI Ref ..."; no day); North East Small Finance Bank's slice app's
  inbox (the alert's day and hour over "Rs.x paid to <PAYEE> via UPI. UPI Ref ...", a notice of the bank's
  under it). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari and
Bengali (regular and bold, fonts-noto-core) for the Bodo and Assamese lines, labels and hand, an upright
DejaVu Serif for a Bodo or Assamese hand's figures, an italic or oblique for the hand
(``heldout287_families.PENS``) and a fixed-width face of the page's own (``heldout287_families.TYPES``). The
Expo stall's cash memo, its card slip and its Tap to Pay are drawn in the Expo's days (20 to 29 November
2026); the other days anywhere in 2026. GST is 5% on the federation's weaving and on yarn, 12% on loom parts,
18% on the courier, design software and the premiums.

Truth conventions (heldout285's, heldout284's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Amazon Pay's "Paid to" (never its UPI ID), under BHIM's "Paying to", after "paid to" on CRED, Vyom and
  Navi's share card, under YONO SBI's "Beneficiary", under Paytm's "to"; the registered name cut short where
  so printed (HATHORKHI ARONAI WEAVERS), the shop's short name (HATHORKHI HANDLOOM KJR); never the app, the
  payer or "from <buyer>". *settled* (heldout268 to heldout285): a receiving business's own app pays the
  business named under the app, here the shop under Paytm for Business (never its Soundbox's line). *settled*
  (heldout167 to heldout285): a payer's advice pays the one it pays, never the payer on top or a salutation;
  here the ARTFED letter's addressee after "To, The Secretary," (*settled* heldout281 and heldout285),
  TRIFED's Vendor (never Tribes India or TRIFED), SAP Business One's Vendor Name (never its Vendor Code or the
  hotel on top), the name after "to" on iris (never the planner in its "Sent by" line), FinAssam's Payee
  (never the drawing office or the Treasury), Vyapar's Paid To (never the boutique on top), the Sabha's typed
  Paid to (never the Sabha or its Bodo name); *settled* (new here) TallyPrime's Payment Voucher pays the party
  under its Account:, never the bank ledger under Through: or the corporation on top, because Tally's voucher
  names the account paid first and the bank the money went through after it. *settled* (heldout155 to
  heldout285): an inward wire pays the federation, here Wise's Recipient, the fax's addressee after "To:"
  (never the gallery on top or its owner who signs), Crédit Agricole's Bénéficiaire, PostFinance's
  Begünstigter, the name after "To" on Bualuang, KB's Beneficiary, HSBC's Beneficiary (never a leg's bank);
  *settled* (new here) the name after "til" on Danske Bank, because til is the Danish for to (as heldout280's
  DNB's Til); never the remitter or the bank on top. *settled* (heldout175 to heldout285): the federation's
  own paper pays its unit or itself on top, here HATHORKHI HANDLOOM HOUSE on its Shopify mail, its tax invoice
  (never its Assamese line), its Expo cash memo (never the stall's line), its gift voucher and after
  "Merchant:" on CCAvenue (as heldout285's Easebuzz), Hathorkhi Weaving Centre on Instamojo's page (never
  Instamojo) and on its Bodo receipt (never its Bodo line or the customer under Name / मुं), the federation on
  its share capital receipt (never the member group it was received from). A name in Bodo or Assamese over its
  English: the English line, never the Bodo or the Assamese (*settled*, as heldout284's Bengali and
  heldout285's Kannada). *settled* (heldout187 to heldout285): a supplier's name on top of its own paper, here
  the spinners' group's name written in Latin letters on its chit (never its village or the Assamese
  signature), SUALKUCHI TAANT SAMAGRI (never its Billed To tile), the seller after "Sold by" on Amazon
  Business and after "Sold by:" on Snapdeal (as heldout284's udaan and heldout281's Flipkart Wholesale; never
  the marketplace), A.K. YARN CORNER (never Buyer: or its oval stamp), INDIA POST on top of its roll, Canva,
  MAA KAMAKHYA PACKAGING (never To). *settled* (heldout179 to heldout285): a banking page pays the payee, here
  AGVB's Beneficiary tile, the name after "to" on bob World, DCB, PSB UnIC, IPPB and RBL MoBank, Union Bank's
  Beneficiary Name, the passbook's PARTICULARS after "NEFT-" (*settled*, as heldout284's West Bengal Gramin
  Bank's narration; never B/F). *settled* (heldout150 to heldout285): a pay slip pays the worker, here the
  Weaver / मुं written on a loom card (never the Centre on top), greytHR's Employee tile, the name after "to"
  on Airtel, Fi and Groww, the NAME on a dot-matrix pay slip; *settled* (heldout284) a payee's own paper pays
  its writer, here the designer on top of her bill (never To:) and the spinner's name written under her
  Assamese receipt. *settled* (heldout153 to heldout285): a fee page pays the authority as printed, here
  KOKRAJHAR MUNICIPAL BOARD under its Assamese name, e-GRAS' Department (the Registrar of Societies, Assam;
  never e-GRAS or the Remitter), the Taxation Department, Government of Assam under the professional tax's
  title (never Professional Tax, Assam), the Pollution Control Board, Assam, the Labour Welfare Department
  under Sewa Setu (never the portal or the Establishment), the Assam Fire and Emergency Services (never Paid
  by), TITAGURI V.C.D.C. under its Assamese name (never Received from or its stamp), the Employees' Provident
  Fund Organisation (never the Establishment). *settled* (heldout199 to heldout285): an insurer's receipt pays
  the insurer on top (full or short as printed) or after "to" and "paid to" on an app (Star Health and Allied
  Insurance Co. Ltd., HDFC ERGO General Insurance Co. Ltd.; never the app's bar), never the Insured, Received
  from or a salutation. A slip's counter name line as printed (HATHORKHI HANDLOOM HOUSE, HATHORKHI HANDLOOM
  HOUSE - EXPO STALL 27, the hotel, the dye house, the filling station, the silk emporium), never *settled*
  the terminal's brand over it (PINE LABS, Paytm, HDFC BANK, ICICI MERCHANT SERVICES, AXIS BANK, BANK OF
  BARODA), the stall under Airtel Payments Bank's Tap to Pay on its phone, the cafe on top of its guest check.
  A utility's biller: APDCL's English name under its Assamese, after "to" on its prepaid recharge, after "paid
  to" (Indane, never IndianOil ONE or its Distributor, as heldout280's Indane), after "to" on MyJio
  (JioFiber), the water and sanitation committee on top of its receipt, after "for" (Dish TV), BSNL and
  Excitel Broadband on top. An SMS, mail, lock screen or inbox alert's payee as the bank sends it (*settled*,
  the truncated name as printed, without the sentence's full stop, read across its lines where it wraps): the
  Assamese SMS' "<PAYEE> লৈ" (to <PAYEE>, as heldout284's Bengali "<PAYEE> কে"), Bank of Baroda's and the Apex
  Bank's "to <PAYEE> via" / "to <PAYEE> by", Union Bank's and Punjab & Sind Bank's "to <PAYEE> dated" / "to
  <PAYEE> on", YES BANK's "towards IMPS to <PAYEE>.", IPPB's "by UPI to <PAYEE>.", the slice inbox's "paid to
  <PAYEE> via".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout285): a payer's advice counts its net sum, here Tally's Amount (its total under the rule the same;
  never an Agst Ref bill's sum), the Rs. x/- in ARTFED's sentence, TRIFED's Amount paid (never a PO's Value),
  SAP Business One's Total Amount Paid (never a document's Total or Paid in its rows), iris' sum, FinAssam's
  Amount, Vyapar's Paid Amount, the Sabha's typed Rs. *settled* (heldout155 to heldout285): an inward wire's
  foreign sum, here US dollars (US$ / USD before or after the sum), yen whole (¥ / JPY: ¥430,000 is 430000,
  *settled* heldout240 and heldout245), euros the French way (1 490,00 € / 1 490,00 EUR is 1490.00, *settled*
  as heldout247's), Swiss francs with an apostrophe between the thousands (CHF 1'810.00 is 1810.00, *settled*
  heldout240 and heldout241), baht with THB before or after the sum (*settled* heldout282), Danish kroner the
  Danish way (kr. 17.280,00 / DKK 17.280,00 is 17280.00, *settled* heldout245 and heldout255), won whole (₩ /
  KRW: ₩2,490,000 is 2490000, *settled* heldout248), Hong Kong dollars (HK$ / HKD, *settled* heldout266 and
  heldout271); never Wise's Recipient gets in rupees, its Exchange rate or its Fee (*settled*: a converted sum
  carries no fact). *settled* (heldout175 to heldout285): a receipt counts the sum received, here Shopify's
  Total (never Subtotal or Shipping), Instamojo's Amount, the tax invoice's Total (never CGST 2.5% or SGST
  2.5%), the cash memo's Total written in (never a piece's sum), the Bodo receipt's Amount / रां, the gift
  voucher's value large, CCAvenue's Amount, the Rs. x/- in the share capital receipt's sentence (never the
  share's Rs. 500 each). A whole sum closed with /- is that sum in whole rupees (heldout259). *settled*
  (heldout187 to heldout285): a supplier's paper counts the sum paid, here the chit's মুঠ (total) written in
  (never a line's sum, as heldout285's Kannada ಒಟ್ಟು), Refrens' Total (INR) (its Payment Record the same;
  never CGST 6% or SGST 6%), Amazon Business' sum, Snapdeal's Order total, A.K. YARN CORNER's Total (rounded)
  (its Recd. in pen the same; never CGST 2.5% or SGST 2.5%), India Post's TOTAL RS (never TARIFF or GST 18%),
  Canva's Amount paid (never GST 18%), the challan's Total written in (its Received in pen the same). A
  banking page's sum; the passbook's WITHDRAWAL (never BALANCE or the B/F line). *settled* (heldout167 to
  heldout285): a pay slip's net sum, here the loom card's Amount / रां (never its Rate / दाम), greytHR's Net
  pay (never an earning or a deduction), the sums on Airtel, Fi and Groww, the designer's Fee, the pay slip's
  NET PAY (never BASIC, D.A. or ADVANCE), the spinner's sum written at the end of her line. A fee page's Fee /
  মাচুল, Amount, Consent fee, Fee paid, Fee, Rs. in a box, EPFO's Total amount. An insurer's premium with its
  GST (*settled*, heldout199 to heldout285), here New India's and SBI General's Total (never Premium or GST
  18%), the sums on Star Health and HDFC ERGO, Digit's Premium tile, the premium in ICICI Lombard's sentence,
  Oriental's Premium Rs., IFFCO-Tokio's Total premium (never Premium or GST 18%). A slip's TOTAL (its BASE
  AMOUNT the same) / Amount / AMOUNT / SALE AMOUNT, never a filling station's RATE or VOLUME, the guest
  check's Total written in, the Tap to Pay screen's sum large. A utility's Amount paid, Recharge amount, the
  sum large, Bill amount, the water receipt's Rs. in its box (never its Months or rate), the sum in Excitel's
  sentence. An alert's sum debited as worded (grouped the Indian or the English way or not at all), never an
  Avl Bal, Bal or Available balance. Currency INR but on the wires.
* status: as printed. Amazon Pay's Payment successful and CRED's payment successful under their tiles, Paytm's
  Paid Successfully and Vyom's Payment Successful under their badges, the tick's tile over "paid to" on Navi's
  share card (*settled*, as a large tick), Paytm for Business' Payment Received successes; BHIM's Transaction
  Pending pending; YONO SBI's Transaction Failed failed. A payer's own record of the payment made (*settled*,
  as heldout285's NetSuite BILL PAYMENT and heldout284's PAYMENT OUT): Tally's Payment Voucher with "Being the
  amount paid by NEFT ...", SAP Business One's OUTGOING PAYMENT with its Total Amount Paid, Vyapar's Payment
  Out with its Paid Amount, the Sabha's "Paid in cash."; ARTFED's "We have remitted", TRIFED's "Payment
  processed" successes; FinAssam's "Sent to bank for credit" pending (*settled* heldout274's IREPS "Sent to
  bank - credit awaited"); iris' Transfer failed (the beneficiary bank rejected the credit) failed. A wire's
  "Your transfer is complete", "We have today remitted", PostFinance's Zahlung ausgeführt (*settled*
  heldout276's Ausgeführt), KB's Status Completed successes; *settled* (new here) Crédit Agricole's "Votre
  virement a bien été émis." (your transfer has been issued) a success, because the remitter's bank says it
  has sent the transfer (as heldout285's Rabobank's "verzonden"); *settled* (new here) Danske Bank's Betaling
  gennemført (payment completed) a success, because the remitter's bank says the payment has gone through (as
  heldout280's DNB's "Betalingen er sendt"); HSBC's gpi "In progress" (its last leg In progress) pending (as
  heldout285's Maybank); Bualuang's Transaction unsuccessful (returned) failed. A receipt's Razorpay (UPI) -
  Paid, "Payment received by card", "Received cash with thanks", the Bodo receipt's "Paid by UPI, Ref" written
  in, the gift voucher's "Paid by UPI, Ref", the share capital receipt's "Received from ... by NEFT"
  successes; Instamojo's Payment pending pending; CCAvenue's Transaction Unsuccessful failed. A supplier's
  "নগদ টকা পালোঁ" (received the money in cash, as heldout284's "টাকা নগদ পেলাম"), Refrens' Payment Record
  "received via UPI", A.K.'s "Recd. ... by NEFT" in pen, India Post's "PAID BY: QR (UPI) - SUCCESS", Canva's
  "thanks for your payment", the challan's "Received Rs. x/- by GPay" successes; Amazon Business' Payment
  pending pending; Snapdeal's Payment failed failed. A banking page's notice of the NEFT processed, Transfer
  Successful, Status Settled (*settled* heldout205), Money transferred, Payment successful and the passbook's
  debit line (*settled*: a printed debit entry a success, as a table debit alert) successes; DCB's Transaction
  under process pending (as heldout281's IDBI Bank's "is under process"); PSB UnIC's NEFT failed (returned:
  invalid account number) failed (*settled*, heldout278). A pay slip's "नगद रां मोनदों" (received the money in
  cash) in a Bodo hand, greytHR's "Paid on <day> by NEFT", "Received with thanks by NEFT", PAID IN CASH,
  Groww's Payment successful, "GPay-ৰে পালোঁ" (received by GPay) in an Assamese hand successes; Airtel's
  Payment in progress pending; Fi's Payment failed failed. A fee page's "Fee received.", e-GRAS' Status
  Success, Sewa Setu's Payment status Successful, the Fire Services' "Paid.", "নগদ পালোঁ" (received in cash)
  in an Assamese hand, EPFO's Status Payment successful successes; the professional tax's Payment pending
  pending; the Pollution Control Board's Payment failed failed. An insurer's "Received with thanks.", "We have
  received your premium", "Premium received with thanks.", HDFC ERGO's Policy renewed, Oriental's "Received
  with thanks" written in, IFFCO-Tokio's "Premium received by UPI" successes; Star Health's Payment awaiting
  confirmation pending (as heldout285's Reliance's Payment under verification); Digit's Payment failed failed.
  A slip's SALE APPROVED, Status: SUCCESS, APPROVED, TXN SUCCESSFUL, the guest check's "Paid by card" written
  in, Tap to Pay's Payment received successes; DECLINED (05 DO NOT HONOUR) failed; *settled* (heldout274 and
  heldout281) HOST NOT RESPONDING with its STATUS UNKNOWN - DO NOT RETRY pending. A utility's Status Payment
  successful, Payment successful, Recharge successful, "Received cash", "Your payment has been received.", "We
  have received" successes; APDCL's Recharge in progress pending; MyJio's Payment failed failed. *settled*: an
  SMS, mail, lock screen or inbox debit alert a success whatever its bank's wording (here in Assamese too,
  "ডেবিট কৰা হৈছে"); Union Bank's "has been returned by the beneficiary bank" failed (*settled* heldout278);
  Punjab & Sind Bank's "is under process. Do not reinitiate." pending (as heldout281's IDBI Bank's).
* date: the day paid. A UPI screen's Date tile, Date & Time, CRED's "<day> · <hour>" in lower case, Paytm's
  Date & Time, Navi's "on <day> at <hour>", Received on; Vyom's "Today, <hour>" prints no day (*settled*). A
  payer's Dated: (Tally's Bank Transaction Details' "dated" the same), ARTFED's Dated: at its head (its
  sentence's "on <day>" the same), SAP Business One's Posting Date (its Transfer Date the same; never a
  document's Date in its rows), iris' Date tile, FinAssam's "Advice sent on" (*settled* heldout274's "Sent to
  bank on"), Vyapar's Date:, the Sabha's typed Date:; TRIFED's page prints only its Settlement period and so
  no day (*settled*: never a Period, as heldout284's Flipkart). A wire's Sent on, the fax's "Kurashiki, <day>"
  at its head for its "today" (*settled* heldout281 and heldout285; the fax's transmission line, year first,
  names the same day), Date d'exécution, Ausführungsdatum (*settled* heldout276), Bualuang's Date tile, KB's
  Date of Remittance (2026-12-12, year first in the ISO way), HSBC's Payment date (never a leg's); Danske's "I
  dag kl. <hour>" (today at) prints no day (*settled*, as Today). A receipt's "Placed on <day>" (*settled*
  heldout281), Initiated on, Date / তাৰিখ, the cash memo's Date written in, Date / तारिख written in,
  CCAvenue's Date & time, the share capital receipt's Date: (its sentence's "on <day>" the same); the gift
  voucher prints only its Valid till (*settled*: never a validity day) and so no day. A supplier's Date
  written on the chit, Refrens' Payment Record day (never its Invoice Date, *settled* heldout284's Marg),
  Amazon Business' Order date, Snapdeal's Attempted on, the day in A.K.'s "Recd. ... on <day>" (never the
  invoice's Date:), India Post's DATE, Canva's Date paid; the packaging house's challan leaves its Date blank
  and so prints no day (*settled* heldout270 to heldout277). A banking page's Date tile, Date & time, Value
  Date, Initiated, Date, the passbook's DATE in its row; RBL MoBank's "Today, <hour>" prints no day. A pay
  slip's Date / तारिख written on a loom card, the day in greytHR's "Paid on <day>" (never its Pay period),
  Initiated on, Fi's Date tile, the day in the designer's "on <day>" (never her bill's Date:), Groww's day and
  hour, the day written under the spinner's Ref; the dot-matrix pay slip prints only its month (*settled*:
  never a pay month) and so no day. A fee page's Date / তাৰিখ, Payment date, Initiated on (never the
  professional tax's Period), Date & time, the Fire Services' Date tile, the V.C.D.C.'s Date written in,
  EPFO's Payment date (never its Wage month); Sewa Setu prints only its Expected delivery, within days to
  come, and so no day (*settled*: never a day still to come). An insurer's Receipt Date, Initiated on,
  Attempted on, Payment date, Oriental's Date written in, the day in IFFCO-Tokio's "received by UPI ... on
  <day>" (never its Period of insurance); HDFC ERGO's "Today, <hour>" prints no day. A slip's DATE: / Date: /
  DATE / DATE/TIME, the guest check's Date written in; the Tap to Pay screen's hour alone prints no day
  (*settled* heldout285's Mswipe). A utility's Payment date, Initiated on, Paid on, Attempted on, the water
  receipt's Date written in (never its Months), BSNL's and Excitel's Payment date; Dish TV's "<n> min ago"
  prints no day (*settled*: an age names no calendar day). The alerts' "<dd-mm-yyyy> তাৰিখে" (on <day>, in
  Latin figures as the bank sends them, *settled* heldout284's Bengali "তারিখে"), "on <dd-mm-yy>", "dated
  <dd/mm/yyyy>", "on <dd.mm.yy>", "on <dd-Mon-yy>", the slice inbox's day and hour over its alert (*settled*
  heldout284's PNB); the lock screen's "now" under the hour prints no day (*settled* heldout279). All numeric
  days here are day first (heldout251, heldout259) but KB's ISO day and the fax's transmission line, year
  first. *settled*: never a Period, a Settlement period, a Pay period, a pay month, a Wage month, Months, a
  Valid till or an Expected delivery, an invoice's or a bill's day, a tracker leg's, a timeline's or an
  e-mail's hour, the day inside a UTR (heldout210) or inside an app's, a terminal's or a bank's transaction
  id.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (Tally's NEFT, ARTFED's NEFT, TRIFED's UTR, SAP Business
  One's Bank Transfer (NEFT), iris' IMPS, FinAssam's e-Payment (NEFT); the share capital's NEFT; A.K.'s NEFT;
  the banking pages but RBL MoBank, the passbook's NEFT- among them; greytHR's NEFT, the designer's NEFT;
  e-GRAS', the professional tax's and EPFO's net banking; New India's and SBI General's NEFT; APDCL's Net
  Banking; the NEFT and IMPS alerts); a SWIFT or other bank remittance either way (Wise's transfer to the
  recipient's bank, the fax's remittance through MUFG Bank, Crédit Agricole's and PostFinance's shared charges
  (SHA), Bualuang's International (SWIFT), Danske's Udlandsbetaling (SWIFT), KB's Charges OUR, HSBC's
  Telegraphic transfer). UPI for the UPI screens, Vyapar's UPI, Shopify's Razorpay (UPI), Instamojo's UPI, the
  Bodo receipt's and the gift voucher's "Paid by UPI", Refrens', Amazon Business' and India Post's UPI, the
  challan's "by GPay" (*settled* heldout276's "by GPay"), RBL MoBank, Airtel, Fi and Groww, the spinner's
  "GPay-ৰে" (by GPay), the Municipal Board's, Sewa Setu's and the Fire Services' UPI, Star Health's, HDFC
  ERGO's and IFFCO-Tokio's UPI, APDCL's prepaid, Indane's, Dish TV's and BSNL's UPI, the UPI alerts; card for
  the tax invoice's "by card", CCAvenue's Credit Card, Snapdeal's Debit card, Canva's Visa, the Pollution
  Control Board's Debit card, Digit's and ICICI Lombard's Credit card, the slips and the Tap to Pay phone, the
  guest check's "Paid by card", MyJio's Credit card, Excitel's Debit card; cash for the Sabha's "Paid in
  cash", the cash memo's "Received cash", the chit's "নগদ" (cash), the loom card's "नगद" (cash), PAID IN CASH,
  the V.C.D.C.'s "নগদ", Oriental's "By Cash", the water receipt's "Received cash".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout285): a UPI
  reference / UTR / RRN / IMPS reference (Amazon Pay's Bank Reference ID, UPI Ref ID, UPI transaction ID,
  YONO's Reference No. tile, UPI Reference No., UPI RRN, UPI Ref. No., Tally's "NEFT UTR", a UTR in a
  sentence, TRIFED's Payment reference (UTR), SAP's Reference, iris' IMPS Reference No., Vyapar's Ref No., the
  receipts' "Paid by UPI, Ref", Refrens' UTR, Amazon Business' UPI transaction ID, A.K.'s UTR in pen, India
  Post's UPI REF, the challan's Ref, AGVB's UTR No., IMPS Ref. No., Union's UTR, IMPS Ref No., UPI Ref No.,
  greytHR's UTR, the spinner's Ref, the Municipal Board's UPI Ref / ইউ পি আই নং, the Fire Services' UPI Ref
  No., New India's and SBI General's UTR, IFFCO-Tokio's Ref, a slip's RRN, the alerts' ৰেফাৰেন্স (reference),
  UTR:, UTR, Ref No, IMPS Ref No, UPI Ref), then a bank reference (Crédit Agricole's Référence de l'opération,
  PostFinance's Referenznummer, Bualuang's Reference no., Danske's Referencenummer, KB's Remittance No.,
  HSBC's Payment reference, PSB UnIC's Reference No., Union's Transaction ID (below its UTR), e-GRAS' Bank
  reference (above its GRN), APDCL's Bank reference, BSNL's Bank Ref No., EPFO's Bank Ref. No. (*settled*
  heldout279)), then a transaction / payment id (Amazon Pay Transaction ID, cred txn id, Paytm Payment ID,
  Wise's Transfer # (*settled* heldout279), Shopify's Transaction ID, Instamojo's Payment ID, CCAvenue
  Reference No., Snapdeal's Transaction ID, Fi Txn ID, e-GRAS' GRN (*settled*, a treasury's GRN), the
  professional tax's, the Pollution Control Board's and Sewa Setu's Transaction ID, EPFO's TRRN (*settled*
  heldout279), Star Health's and HDFC ERGO's Payment ID, Digit's Transaction ID, Paytm's Txn ID on its slip,
  APDCL's, JioFiber's, Dish TV's, BSNL's and Excitel's Transaction ID), then an approval code (the tax
  invoice's approval code, APPR CODE, Auth Code, APPROVAL CODE, AUTH CODE), then an order's number (Paytm's
  Order ID, Shopify's Order #, CCAvenue's Order No., Amazon Business' Order #, Snapdeal's Order ID, Indane's
  Booking No. (*settled* heldout280)), then a document's own number (Tally's No., SAP's Doc. No., FinAssam's
  e-Payment Advice No. (*settled*, a Payment advice No.), the tax invoice's Invoice No., the Bodo receipt's
  No. printed, the gift voucher's Voucher No., the share capital receipt's Receipt No., Refrens' Invoice No #,
  A.K.'s Invoice No., Canva's Receipt number, the challan's No. printed, the pay slip's SLIP NO, the
  designer's Bill No., the Municipal Board's Receipt No., the Fire Services' e-Receipt No., EPFO's CRN (as
  heldout285's CRN), the insurers' Receipt No., INVOICE NUM, INVOICE, INV NO, INVOICE NO, Excitel's Invoice
  No.). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, GSTIN, a Policy No.,
  Proposal No., Consumer No., Meter No., VC No., Customer ID, Holding No. (as a Property ID), Enrolment
  Certificate No., Application ID or Application Reference No., Establishment code, Employee No., a vehicle's
  number, a slip's TID / MID / BATCH, a No. left blank, a PO No., the bills named on an advice (Tally's Agst
  Ref, SAP's documents, FinAssam's Bill No.), a treasury's Token No. (heldout270), a UETR, India Post's ART NO
  (as an AWB, *settled* heldout274); *settled* (new here) never a loom card's Loom No., because it numbers the
  loom the weaver works at, not the payment (as a vehicle's number)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout287_families import (
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

SPLIT = "heldout287"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (FreeSans and DejaVu
# Sans Condensed among them), the pages in Liberation Serif (liberation2), Noto Serif, DejaVu Sans, FreeSerif,
# Noto Sans and Liberation Sans Narrow, the federation's, its suppliers' and its weavers' papers in Noto Serif
# Display, Liberation Serif, DejaVu Serif, Noto Sans Display and FreeSans, the slips in five monos; beside
# them Noto Sans and Noto Serif Devanagari and Bengali (regular and bold, fonts-noto-core) for the Bodo and
# Assamese lines, labels and hand, an upright DejaVu Serif for a Bodo or Assamese hand's figures, a pen's
# italic or oblique (``heldout287_families.PENS``) and a page's own fixed-width face
# (``heldout287_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
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


def make_heldout287_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout287 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

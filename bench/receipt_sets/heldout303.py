"""heldout303: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pembarthi sheet-metal brassware craftsmen's firm's year of 2026 in Jangaon
district, Telangana (Sri Vishwakarma Pembarthi Metal Crafts, Kasoju Brahmanandam's proprietary firm, GSTIN
36AQKPK5291L1ZB, Udyam UDYAM-TS-11-0048273, with his son Kasoju Sai Teja, who takes the export orders and
keeps the web shop, and Chinthala Swapna, who keeps its accounts: the brass and copper sheet comes from a
rolling mill at Jagadhri, Haryana, the lac, rosin, brick powder and linseed oil of the pitch the sheet is
beaten on from a Begum Bazar dealer in Hyderabad, the chasing punches and chisels from K. Sattaiah, the
village blacksmith, the gold and silver plating from an electroplating works in Lad Bazar by the Charminar,
the velvet-lined memento boxes from a box maker at Cherlapally, and the cartons go down to Hyderabad by TGSRTC
Logistics; in the workshop at Pembarthi, Vishwakarma Karyashala, its Vishwabrahmin craftsmen, Ojja Ramachary,
Chilukoju Narsimha Chary, Kasoju Srinivas and Vadla Yadagiri among them, beat the sheet up from the back on a
bed of pitch and chase it from the front into embossed wall plates, Ashtalakshmi panels, vases, kalasams,
deepams, pooja thalis and mementos, and into temple ornaments: silver kavachams, makara thoranams, prabhas,
kireetams and the brass cladding of a dhwaja stambham; Bhoga Sathaiah and Kamsali Ramulu polish them on the
buffing motor, and Rudroju Lakshmi and Malloju Padma finish them at home; its showroom on Gunfoundry Road,
Abids, Pembarthi Brass Gallery, with Syed Imran and Bandari Swathi at its counter; stall B-214 at the All
India Industrial Exhibition (the Numaish), Nampally, from 1 January to 15 February; the web shop
pembarthibrass.in; Golkonda Handicrafts (the Telangana State Handicrafts Development Corporation), the
Vemulawada and Yadagirigutta temples, a Karimnagar temple committee, a Hitec City IT firm, a Genome Valley
pharma company, a Hyderabad events company, a Banjara Hills hotel company and two Bengaluru firms for
corporate gifts at home, and temple stores, gift shops and decorators in Houston, Kuala Lumpur, Durban,
Auckland, Muscat, Wembley, Doha and Lyon abroad), told by the proofs of payment it receives (buyers' PhonePe
set in Telugu, CRED, BHIM, Amazon Pay, ICICI Bank's iMobile Pay, Navi and Fi screens and Paytm for Business on
the showroom's phone; Golkonda Handicrafts' payment advice under its Telugu name, the Vemulawada temple's
payment order under its Telugu name, an IT firm's NetSuite remittance mail, Kotak FYN with a pharma company's
NEFT pending for authorisation, an events company's Zoho Cliq channel, Telangana's IFMIS with the
Yadagirigutta Temple Development Authority's bill paid through e-Kuber, Axis Bank's Corporate iConnect with a
hotel company's RTGS returned and a gifting firm's plain-text advice; Bank of America's CashPro, CIMB
BizChannel, Standard Bank, Kiwibank, Bank Muscat, NatWest Bankline, QNB and Revolut Business for buyers in
Houston, Kuala Lumpur, Durban, Auckland, Muscat, Wembley, Doha and Lyon in US dollars, ringgit, rand, New
Zealand dollars, Omani rials, pounds, Qatari riyals and euros; the showroom's tax invoice under an embossed
brass plate, HDFC Bank's SmartGateway pending, the firm's advance receipt for a temple's order in Telugu,
Instamojo's mail, the Numaish stall's carbon cash memo, Easebuzz's failed payment link, the firm's money
receipt by cheque and Khatabook) and those it makes (the Jagadhri mill's e-invoice with the accountant's
sticky note, the blacksmith's chit in a Telugu hand, TGSRTC Logistics' parcel receipt, IndiaMART's pending
order, the plater's bill under its Urdu name, Flipkart's failed checkout, the box maker's Zoho Invoice payment
receipt and the Begum Bazar dealer's kachcha bill under his Hindi name; TGB mBanking, Union Bank of India's
Vyom, OnlineSBI, Canara ai1, HDFC Bank's MobileBanking, Indian Bank's IndOASIS, the Warangal District
Co-operative Central Bank's form and Axis Mobile's shared receipt for the box maker, the tools dealer, the
mill, the blacksmith, the lac dealer, the plater, the transporter and the polishers; the piece work account on
a sheet of brass, RazorpayX Payroll's payslip, WhatsApp Pay, slice, bob World, POP, a TallyPrime voucher for a
Dasara bonus and a polisher's receipt signed across a revenue stamp; GHMC's trade licence, MeeSeva's receipt
for the Labour Department, the Commercial Taxes Department's profession tax failed, ESIC's challan pending,
the Income Tax Department's challan receipt, Intellectual Property India's trade mark fee, T Wallet's
e-challan and Gram Panchayat Pembarthi's house tax; LIC's, National Insurance's, Star Health's, Digit's, Niva
Bupa's, Bajaj General's, ICICI Prudential Life's and Royal Sundaram's premiums; cards on the showroom's HDFC
Bank terminal and the Numaish stall's Paytm card machine and the firm's cards at a Jagadhri hotel, a
Secunderabad hardware mart, a filling station, in ICICI Bank's SMS of a spend, on OneCard's app at IKEA and on
a Secunderabad restaurant's bill; TGNPDCL, HMWSSB, Bhagyanagar Gas, BSNL, ACT Fibernet, Airtel, an Indane
distributor's cash memo and TGSPDCL; the banks' SMS, Telangana Grameena Bank's SMS in Telugu, Axis Bank's mail
and ICICI Bank's alert in a phone's notification history). One payment per page. Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout300's or heldout301's; where a kind of paper is one they also drew (a receiving business's own app, a
state crafts corporation's advice, an accounting program's remittance, a corporate bank's page with a transfer
waiting or sent back, a chat's message, a payer's mail, a wire's page, a shop's tax invoice, a gateway's
pending or failed page, a web shop's mail, an advance or a money receipt, a festival stall's bill, a
business's own record of money got, a supplier's invoice with its payment noted on it, a supplier's paper in a
regional hand or under a regional name, a carrier's roll, a marketplace's pending or failed order, a bill
corrected or marked by hand, a bank's app, a bank's form filled in by hand, a shared card, a piece work
account on a cloth or a sheet, a payslip, a payer's voucher, a worker's signed paper, a municipal receipt, a
kiosk's roll, a tax or dues page failed or pending, a central tax's receipt, an e-challan, a gram panchayat's
receipt, a premium receipt, an insurer's app, mail or SMS, a card slip approved, pending or declined, a card
issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app or cash memo, a bank's
SMS in the region's language, a mail, a phone's notification), it is drawn here for another issuer in this
set's own labels and marks, and near ones are noted: Paytm for Business on the showroom's phone with its
soundbox's line, where heldout301 drew Google Pay for Business and heldout300 PhonePe Business; PhonePe's own
app set in Telugu, where heldout300 drew PhonePe Business and heldout301 PhonePe's payment gateway; CRED's
payment processing, where both drew super.money's; Amazon Pay's failure in an octagon, where heldout301 drew
YONO SBI's on a tinted band and heldout300 Jupiter's under a scalloped badge; Golkonda Handicrafts' PAYMENT
ADVICE as a letter under its Telugu name, where heldout301 drew CCIC's and heldout300 the H.P. Corporation's;
the Vemulawada temple's PAYMENT ORDER in numbered fields, where heldout300 drew a gompa's letter; NetSuite's
remittance mail, where heldout301 drew SAP's remittance advice and heldout300 Business Central's; Kotak FYN's
NEFT pending for authorisation and Axis Bank's Corporate iConnect with an RTGS returned, where heldout301 drew
ICICI Bank's RTGS rejected and heldout300 IDFC FIRST Bank CONNECT's RTGS in process; Zoho Cliq, where both
drew Microsoft Teams; the gifting firm's plain-text mail, where heldout301 drew a wedding planner's mail and
heldout300 a commission agent's letter; Bank of America's CashPro, where heldout301 drew Chase and heldout300
Wells Fargo; NatWest Bankline, where heldout301 drew Barclays and heldout300 HSBC UK; Revolut Business, where
heldout301 drew Wise; the showroom's tax invoice under an embossed brass plate, where heldout301 drew one
under a gota patti phool and heldout300 one under the Kinnauri cap; HDFC Bank's SmartGateway pending and
Easebuzz's link failed, where heldout301 drew PhonePe's gateway pending and CCAvenue's failed page and
heldout300 PhonePe Payment Gateway's failed page and CCAvenue's pending; the advance receipt for a temple's
order in Telugu numbered fields, where heldout301 drew a bridal booking receipt (and heldout294 a troupe's
advance receipt in the same fields); Instamojo's mail, where heldout301 drew Wix's and heldout300 Dukaan's;
the Numaish stall's carbon cash memo, where heldout300 drew the Lavi fair stall's cash bill on a roll; the
money receipt by cheque, where heldout300 drew a money receipt by NEFT and heldout301 a Refrens receipt;
Khatabook's entry, where heldout301 drew a WhatsApp Business reply and heldout300 a visiting card; the
Jagadhri mill's e-invoice with a sticky note, where heldout301 drew a lace mill's invoice with an accountant's
tick, ring and highlighter and heldout300 a woollen mill's invoice with its payment printed under it; the
blacksmith's chit in a Telugu hand, where heldout301 drew a rangrez's bahi page in a Hindi hand; TGSRTC
Logistics' parcel receipt on a roll, where heldout300 drew HRTC's luggage ticket; IndiaMART's pending order,
where heldout301 drew Bizongo's and heldout300 OfBusiness'; the plater's bill under its Urdu name, where
heldout301 drew a cloth merchant's memo under a Mahajani line; Flipkart's failed checkout, where both drew
Moglix's; Zoho Invoice's payment receipt, where heldout301 drew a myBillBook invoice; the kachcha bill with
the accountant's tick, where heldout301 drew a kinari bill and heldout300 a Panipat store's bill, both
corrected by hand; TGB mBanking (a regional rural bank's app), where heldout300 drew HPSCB mBanking;
OnlineSBI's e-Receipt, where heldout300 drew YONO Business; Canara ai1's UPI with "Today", where heldout301
drew BOI Mobile's and heldout300 Kotak Mobile Banking's; HDFC Bank's NEFT in process, where heldout301 drew
Cent Mobile's and heldout300 BOI Mobile Omni Neo's; the Warangal DCCB's form in Telugu numbered fields, where
heldout301 drew the Jaipur Central Co-operative Bank's form and heldout300 the Kangra Central Co-operative
Bank's counterfoil; Axis Mobile's shared receipt, where heldout301 drew Bandhan Bank's shared card and
heldout300 IDBI Bank's card; the piece work account photographed on a sheet of brass, where heldout301 drew a
wage card on a leheriya and heldout300 a weaving account on a pattu; RazorpayX Payroll's payslip, where both
drew greytHR's; slice's pending payment and POP's failure, where heldout301 drew Airtel Payments Bank's
pending and PayZapp's failure and heldout300 Groww's pending and PayZapp's failure; bob World's "Today", where
heldout301 drew Groww's and heldout300 Cent Mobile's; the TallyPrime voucher for a Dasara bonus, where
heldout301 drew a BUSY voucher for an Eid bonus; the polisher's signed receipt, where heldout300 drew a
weaver's advance in a Hindi hand signed in English; GHMC's trade licence receipt, where heldout301 drew the
Municipal Corporation Jaipur Heritage's; MeeSeva's roll, where heldout301 drew e-Mitra's; the profession tax
failed and ESIC's challan pending, where heldout301 drew EPCH's failure and EPFO's pending and heldout300
EPFO's failure and VAHAN's pending; the Income Tax challan receipt, where both drew the GST portal's PMT-06
receipt; Intellectual Property India's receipt, where heldout301 drew Passport Seva's; T Wallet's e-challan,
where heldout301 drew mParivahan's; Gram Panchayat Pembarthi's receipt book in Telugu, where heldout300 drew
Gram Panchayat Kothi's receipt under its Hindi name; LIC's receipt, where heldout301 drew SBI Life's mail and
heldout300 HDFC Life's receipt; National Insurance's and Royal Sundaram's receipts, where heldout301 drew
IFFCO-Tokio's and United India's and heldout300 United India's and IFFCO-TOKIO's; Star Health's failure, where
heldout301 drew HDFC ERGO's and heldout300 SBI General's; Digit's "Today", where heldout301 drew ACKO's and
heldout300 Care Health's; Niva Bupa's payment in process, where heldout301 drew Care Health's and heldout300
HDFC ERGO's; Bajaj General's marine cargo mail, where heldout301 drew Tata AIG's marine receipt and heldout300
Tata AIG's marine mail; ICICI Prudential Life's SMS, where heldout301 drew Axis Max Life's; HDFC Bank's slip
at the showroom, where heldout301 drew Kotak's and heldout300 Pine Labs'; the Paytm card machine pending at
the Numaish, where heldout301 drew Pine Labs timed out at Dilli Haat and heldout300 BharatPe awaited at the
Lavi fair; Axis Bank's charge slip at a Jagadhri hotel, where heldout301 drew ICICI Bank's at a Surat hotel
and heldout300 Worldline's at a Shimla hotel; Ezetap's slip, where heldout301 drew Mosambee's and heldout300
PhonePe Smart POS'; Bank of Baroda's slip declined at a filling station, where heldout301 drew YES BANK's
declined at a fuel station and heldout300 Kotak's declined at a mill; ICICI Bank's SMS of a card spend, where
heldout300 drew SBI Card's and heldout301 American Express' mail; OneCard's app, where both drew Scapia's; the
restaurant's POSist bill, where heldout301 drew a cafe's Petpooja bill; TGNPDCL's and TGSPDCL's receipts,
where heldout301 drew JVVNL's Bijli Mitra and heldout300 HPSEBL's receipt; HMWSSB's receipt, where heldout301
drew PHED's and heldout300 Jal Shakti Vibhag's; Bhagyanagar Gas, where heldout301 drew Torrent Gas; BSNL's
failure and ACT Fibernet's pending, where heldout301 drew Vi's failure and Excitel's pending and heldout300
HelloBPCL's failure and Freecharge's pending; Airtel Thanks' "Today", where heldout301 drew Tata Play's and
heldout300 the Vi app's; the Indane distributor's cash memo, where heldout301 drew a Bharatgas distributor's;
Telangana Grameena Bank's SMS in Telugu, where heldout301 drew the Jaipur Central Co-operative Bank's in Hindi
and heldout300 Himachal Pradesh Gramin Bank's in Hindi; Axis Bank's mail, where both drew IDFC FIRST Bank's;
ICICI Bank's alert in the notification history, where heldout301 drew RBL Bank's and heldout300 Punjab & Sind
Bank's in a pulled-down shade. Some of this set's issuers and kinds of paper were drawn by sets before
heldout300 (heldout209's SBI UPI SMS, heldout242's Qatari riyals, heldout260's Omani rials, heldout262's and
heldout299's e-invoices, heldout270's, heldout276's and heldout282's money receipts by cheque, heldout272's
American month-first day, heldout277's Urdu lines, heldout278's ringgit and euros the English way,
heldout285's Easebuzz and its money receipt by cheque, heldout287's Paytm for Business, Instamojo and a
soundbox's line, heldout289's Canara ai1, heldout291's rand, heldout294's Telugu lines, hand, numbered fields
and SMS, heldout298's and heldout299's LIC, ESIC, Income Tax challan, OneCard, sticky notes and carbon cash
memos), and are drawn here in this set's own labels and arrangements; the families' docstrings list each one's
labels). This set draws kinds of row and page heldout300 and heldout301 do not: an embossed brass plate as a
letterhead's emblem (a round plate with a rim of raised beads between two ridges, its ground matted with a
punch's dots, a lotus or a kalasam raised in its middle, lit from the upper left and shaded on the lower
right, drawn as a relief); a strip of repousse beading as a divider (raised pearls beaten up between two
ridges, a chased diamond between each two, the brass's sheen along it); brass off-cuts and filings in a page's
margins (curls and slivers of sheet with their bright cut edges, specks of brass dust); a page photographed
lying on a sheet of brass on the workshop's bench (the planishing hammer's dimples lit from the upper left, a
band of half-beaten pearls along its foot, a steel chasing punch beside the page, the page's shadow, the page
a little askew); Telugu lines, sentences, hand and numbered fields in Noto Sans and Serif Telugu
(heldout294's, here for Telangana: a UPI app set in Telugu, a state corporation's, a temple's, a bank's, a
panchayat's and the government's names, a temple order's advance receipt, a blacksmith's chit, a payment
order, a bank's form and its SMS); an Urdu line in Noto Nastaliq Urdu (heldout277's) over an Old City works'
English name; and beside them earlier sets' rows neither of them draws: heldout294's outcome octagon and
progress bar; heldout287's soundbox line and an app's bottom sheet over a dimmed chat; heldout275's chat
payment card and an accountant's sticky note; heldout269's QR code beside an e-invoice's IRN and a plain-text
mail's table of dashes and bars; heldout289's revenue stamp signed across and a carbon copy's violet writing;
heldout271's slip lines each label padded to a column; heldout277's sum set large with its whole units cut,
never rounded; and heldout269's to heldout294's rows (tables ruled on every side, striped tables, shaded
labels, labels against a gutter, labels at the left and values at the right, dot leaders, hairline rows,
tinted outcome bands, capsules, tiles, tiles two to a row, values over their labels, labels over their values
two to a row, copyable fields, read-only fields, notice boxes, a payment's stages left to right and across,
large round marks, scalloped badges, spinners, a day divider, hand-written fills and columns on a ruled page,
a sum in a box, boxes ticked by hand, a bahi's red rules, rectangular, oval and round stamps, a red
numbering-machine number, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Pembarthi Brass Gallery or the firm: Paytm for Business on the showroom's phone
  (the showroom under the app, its soundbox's announcement, a card: Payment Received, the sum large, "from
  <buyer>", UPI Ref. No., the day and hour); PhonePe set in Telugu (a large tick, "లావాదేవీ విజయవంతమైంది"
  (transaction successful), the hour and day; "వీరికి చెల్లించారు" (paid to) over the payee and the sum on a
  line, its UPI ID; "బదిలీ వివరాలు" (transfer details): లావాదేవీ ఐడి (transaction ID), "నుండి డెబిట్ అయింది"
  (debited from), UTR); CRED's dark payment processing (the sum, "paying <payee>", a progress bar, a notice;
  UPI ref no, initiated, paid from at the left and the right); BHIM's Transaction Successful under a large
  tick ("Paid to" over the payee and its UPI ID; UPI Transaction ID, Date, Debited from, Remarks in dot
  leaders); Amazon Pay's Payment failed in an octagon (the sum, "to <payee>", the reason in a notice; UPI Ref.
  No., Date & time, Paid using in shaded labels); ICICI Bank's iMobile Pay Transaction successful under a
  tile's tick (the sum, "to <payee>" over its UPI ID; a copyable UPI Reference Number; Date and Account in
  tiles; Remarks); Navi's Payment successful (a large tick, the sum, "to <payee>", the day and hour; Paid from
  and Note in a card; no reference); Fi's Paid ("Today, <hour>"; the sum large, "to <payee>"; UPI Ref No. and
  From in tiles; no day). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: Golkonda Handicrafts' (the Telangana State
  Handicrafts Development Corporation's) PAYMENT ADVICE under its Telugu name, a letter (Lr. No. and Date on a
  line; To, M/s the firm; Sub:; Bill No. | Bill Date | Bill Amt. | TDS CGST 1% | TDS SGST 1% | Net in a table
  ruled on every side, Net remitted at its foot; "The net amount of Rs. x has been remitted to your account
  with ... by NEFT vide UTR No. ..."; the Manager (Finance)'s signature; its round seal); the Vemulawada
  temple's PAYMENT ORDER under its Telugu name (Rc. No.; numbered fields, each its Telugu name over its
  English, printed: చెల్లింపు పొందువారు / Payee, పని వివరాలు / Work, మొత్తం / Amount, చెల్లింపు విధానం / Mode,
  యూటీఆర్ సంఖ్య / UTR No., చెల్లించిన తేదీ / Date of payment; the Executive Officer's signature); an IT firm's
  Remittance Advice mailed from NetSuite (Payee, Payment #, Payment Date, Payment Method, UTR Reference as
  label and value on a line; Bill # | Bill Date | Amount Due | Payment on hairline rows, Total); Kotak FYN
  with a pharma company's NEFT pending for authorisation (a capsule, its stages across the page, a notice;
  Payment Ref. No., Beneficiary Name, Amount, Payment Mode, Debit Account, Created on in a striped table); an
  events company's admin writing in Zoho Cliq under a "Today" divider ("Paid Rs. x to <payee> via IMPS ...",
  "Ref: ..."; a reaction; no day); Telangana's IFMIS with the Yadagirigutta Temple Development Authority's
  bill paid through e-Kuber (Token No., Bill No., DDO Code, Beneficiary Name, Gross Amount, TDS-GST 2%, Net
  Amount, e-Kuber UTR, Payment Date, Status label and value in a table ruled on every side); Axis Bank's
  Corporate iConnect with a hotel company's RTGS returned on a tinted band (the reason in a notice;
  Transaction ID, Beneficiary, Amount, UTR, Value Date, Return reason against a gutter); a gifting firm's
  PAYMENT ADVICE mailed as plain text (Party, Paid on, Mode; its bills in a table of dashes and bars; Amount
  paid; no reference). All new here.

* ``export_wires``: Temple stores, gift shops and decorators abroad paying the firm for embossed plates,
  panels, kalasams and lamps: Bank of America's CashPro with a wire's payment details in US dollars (a
  Completed capsule; labels small over their values two to a row: Transaction ID and Value Date, Amount and
  Charges, Beneficiary and SWIFT/BIC); CIMB BizChannel's foreign telegraphic transfer pending in ringgit (a
  capsule, a progress bar, a notice; Reference No., Transaction Date, Beneficiary Name, Beneficiary Bank,
  Amount, Charges in dot leaders); Standard Bank's PROOF OF PAYMENT in rand the South African way (its
  sentence; Payment date, Reference, Beneficiary name, Beneficiary bank, SWIFT code, Amount, Charges in a
  table ruled on every side); Kiwibank's app with an overseas transfer sent in New Zealand dollars (a large
  tick, the sum, "to <payee>", "on <day>"; From, Fee, Arrives at the left and the right; no reference); Bank
  Muscat's mBanking with a transfer in Omani rials successful on a scalloped badge (the sum, "to <payee>";
  Reference Number, Date, Debit Account, Purpose each value over its label); NatWest Bankline's international
  payment returned in pounds on a tinted band (the reason in a notice; Payment ID, Beneficiary, Amount,
  Payment date, Return reason in shaded labels); QNB Mobile's transfer completed in Qatari riyals under a
  tile's tick ("Today, <hour>"; the sum, "to <payee>"; Reference and From account in tiles; no day); Revolut
  Business' transfer completed in euros (a Completed capsule, the sum, "To <payee>"; a copyable Transfer ID;
  Date, Sent from, Fee at the left and the right). All new here.

* ``own_receipts``: The firm's own papers, its showroom or itself on top: Pembarthi Brass Gallery's TAX
  INVOICE under an embossed brass plate, its Telugu name and a strip of repousse beading, to a Bengaluru
  company (Invoice No. and Date on a line; Bill to and Place of Supply; Sl. | Description | HSN | Qty | Rate |
  Amount on hairline rows; Taxable Value, IGST 5%, Invoice Total; Amount in words; "Payment received by NEFT,
  UTR ..." under a rectangular PAYMENT RECEIVED stamp); HDFC Bank's SmartGateway on the web shop's checkout
  with the payment pending under a spinner (a notice; Order ID, Transaction ID, Amount, Payment method,
  Initiated on label and value in a table ruled on every side); the firm's ADVANCE RECEIPT for a temple's
  order under its Telugu name and a strip of repousse beading, brass off-cuts in its margins (No. left blank;
  numbered fields, each its Telugu name over its English, written in by hand: తేదీ / Date, ఎవరి నుండి /
  Received from, దేనికి / Towards, ఆర్డర్ విలువ / Order value, అడ్వాన్సు / Advance, బాకీ / Balance; "నగదుగా
  ముట్టినది" (received in cash) in a Telugu hand; no reference); Instamojo's mail of a payment received for
  the web shop (the showroom on top; "You have received a payment of Rs. x"; Payment ID, Buyer, Purpose,
  Amount, Instamojo fees, Payment method, Paid on on hairline rows); the Numaish stall's CASH MEMO from a
  carbon book in the exhibition's days (No. printed; Date and Name written in; the pieces written in ruled
  columns, Total; "Paid by PhonePe, UPI Ref ..." in the hand); Easebuzz's payment link failed for a corporate
  order under a scalloped badge (the reason in a notice; labels small over their values two to a row:
  Transaction ID and Amount, Payment mode and Attempted on, Link ID and Status); the firm's MONEY RECEIPT from
  its book by cheque under an embossed brass plate and a strip of repousse beading, signed across a revenue
  stamp ("Received with thanks from ... the sum of Rupees ... by Cheque No. ... dated ... drawn on ... towards
  ..."; Rs. in a box; "Subject to realisation of the cheque."; Receipt No. struck in red); Khatabook's entry
  of a payment got ("Today, <hour>"; the showroom on top, "You got", the sum large, "from <customer>", "Paid
  by UPI", UPI Ref in a card; Balance due; no day). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Jagadhri brass rolling mill's
  e-invoice (IRN, Ack No. and Ack Date beside its QR code; Invoice No. beside its earlier Date; the sheets by
  the kilogram in a table ruled on every side with IGST 18% and its Total) with the firm's accountant's yellow
  sticky note ("Paid RTGS", "UTR ...", "on <day>"); the village blacksmith's chit for chasing punches in a
  Telugu hand on a ruled page, photographed lying on a sheet of brass, off-cuts in its margins (his name in
  Latin letters at its head; తేదీ (date) and the day, "పెంబర్తి విశ్వకర్మ వారికి" (to the Pembarthi
  Vishwakarmas); ఉలులు (chisels), అచ్చులు (punches) and సుత్తి పిడి (a hammer's handle) by the piece with
  their sums, మొత్తం (total), "నగదు ముట్టింది" (cash received); no reference); TGSRTC Logistics' parcel
  booking receipt on a torn roll (LR NO, DATE, FROM, TO, ARTICLES, WEIGHT, FREIGHT, GST 18%, TOTAL, PAY MODE,
  UPI REF typed in its printer's face); IndiaMART's Pay with IndiaMART with the payment for a buffing motor
  pending confirmation (a capsule, a progress bar, a notice; Order ID, Seller, Item, Amount, Payment,
  Initiated on each value over its label); an Old City electroplating works' BILL under its Urdu name (No. and
  Date written in; the thoranams and frames gold-plated written in ruled columns, Total; "Paid by GPay, UPI
  Ref ..." in the hand); Flipkart's payment failed for a bench grinder on a tinted band (the reason in a
  notice; labels small over their values two to a row: Order ID and Amount, Sold by and Payment, Attempted on
  and Items); a memento box maker's PAYMENT RECEIPT from Zoho Invoice (Payment Date, Reference Number, Payment
  Mode, Amount Received in Words against a gutter; Amount Received on a tinted panel; Invoice Number | Invoice
  Date | Invoice Amount | Payment Amount on hairline rows); a Begum Bazar pitch and lac dealer's KACHCHA BILL
  under his Hindi name (Date left blank; the lac, rosin, brick powder and linseed oil written in ruled
  columns, Total; "Pd. IMPS, Ref ..." in the hand with the accountant's tick; no day). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Telangana Grameena Bank's TGB mBanking
  with an IMPS to the box maker successful under a large tick (the sum, "to <payee>"; Beneficiary, Account
  No., IFSC, IMPS Ref No, Date & Time in a table ruled on every side); Union Bank of India's Vyom with a NEFT
  failed in an octagon (the reason in a notice; Beneficiary, Amount, UTR, Date, Reason in dot leaders);
  OnlineSBI's e-Receipt of an RTGS to the Jagadhri mill (its sentence; Reference No., UTR Number, Debit
  Account, Beneficiary Name, Beneficiary Bank / IFSC, Amount, Commission, Transaction Date, Status in a
  striped table); Canara Bank's Canara ai1 with a UPI to the blacksmith ("Today, <hour>"; a Success capsule,
  the sum, "to <payee>" over his UPI ID; a copyable UPI Ref No.; From; no day); HDFC Bank's MobileBanking with
  a NEFT in process under a spinner (its stages across the screen, a notice; Beneficiary, Amount, Reference
  No., Initiated on, Debit from against a gutter); Indian Bank's IndOASIS with an IMPS to the Old City plater
  successful under a tile's tick (labels small over their values two to a row: Beneficiary and Amount, IMPS
  Ref No. and Date, From A/c and Remarks); the Warangal District Co-operative Central Bank's NEFT / RTGS
  APPLICATION filled in by hand under its Telugu name (the Remitter printed; numbered fields, each its Telugu
  name over its English: తేదీ / Date, లబ్ధిదారు / Beneficiary, ఖాతా సంఖ్య / A/c No., ఐఎఫ్ఎస్సీ / IFSC, మొత్తం
  / Amount; NEFT and RTGS in boxes, NEFT ticked; the branch's rectangular stamp; UTR written in by the
  branch); Axis Mobile's shared receipt of a NEFT to the polishers ("<sum> sent to <payee>", "on <day>", "via
  NEFT"; no reference). All new here.

* ``worker_pay``: The firm paying its craftsmen, its polishers and its showroom's staff: the workshop's PIECE
  WORK ACCOUNT under its Telugu heading "పని లెక్క" (work account), photographed lying on a sheet of brass,
  off-cuts in its margins (Craftsman written in; the days' pieces, their work, number and rate written in its
  ruled columns, Total; "Paid in cash" and "Paid on" written in; his "Recd." and name; no reference);
  RazorpayX Payroll's payslip for the showroom's salesman (Payslip for the month; labels small over their
  values two to a row: Employee ID and Name, Designation and Date of Joining, Bank and UAN; Earnings | Amount
  | Deductions | Amount in a striped table; Net Pay on a tinted panel; "Net pay credited on <day> by NEFT, UTR
  ..."); WhatsApp Pay in a chat with a woman polisher (the chat under its day divider, a payment card; a
  bottom sheet over the dimmed chat: Payment details, the sum large, Completed, To, UPI transaction ID, Date,
  From at the left and the right); slice's UPI payment to a craftsman pending (a capsule, the sum, "to
  <payee>", its stages left to right, a notice; UPI Ref No., Started on, From each in a read-only field's
  box); Bank of Baroda's bob World with a UPI payment successful on a scalloped badge ("Today, <hour>"; the
  sum, "to <payee>"; a copyable UPI Ref No.; From; no day); POP's UPI payment failed on a tinted band (the
  sum, "to <payee>", the reason in a notice; UPI Ref No., Date & time, Paid from in a striped table); the
  firm's PAYMENT VOUCHER printed from TallyPrime for a craftsman's Dasara bonus (No. and Dated on a line;
  Particulars | Amount with his line, Through: Cash and "On Account of: Dasara bonus"; Amount (in words);
  Receiver's Signature and Authorised Signatory); a polisher's RECEIPT typed on the firm's paper and signed
  across a revenue stamp ("Received from ... the sum of Rs. x/- ... towards polishing ... by PhonePe, UPI Ref
  ..."; Date; his signature over his name). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: GHMC's trade licence renewal
  receipt for the showroom under its Telugu name (Receipt No., Trade Licence No., Trade Name, Circle, Licence
  Year, Amount Paid, Payment Mode, Transaction ID, Payment Date as label and value on a line); a MeeSeva
  centre's receipt on its torn roll for the Labour Department's shop registration renewal (MEESEVA CENTRE,
  DEPARTMENT, SERVICE, APPLN NO, DEPT FEE, USER CHARGES, TOTAL, MODE, TXN ID, DATE typed in its printer's
  face); the Commercial Taxes Department's profession tax e-payment failed on a tinted band (the reason in a
  notice; PTEC No., Period, Amount, Transaction Ref. No., Bank, Attempted on in shaded labels); ESIC's
  contribution challan pending at the bank (a capsule, its stages across the page, a notice; labels small over
  their values two to a row: Challan No. and Transaction No., Contribution Period and Amount, Bank and
  Initiated on); the Income Tax Department's Challan Receipt (ITNS 280) for advance tax (PAN, Name, Assessment
  Year, Major Head, Minor Head, Amount, CIN, Bank Reference Number, BSR Code, Challan No., Date of Deposit,
  Mode in dot leaders); Intellectual Property India's payment receipt for the showroom's trade mark (CBR No.,
  Application No., Class, Applicant, Fee, Payment Mode, Bank Transaction Ref., Date in a striped table); T
  Wallet's payment of a Hyderabad Traffic Police e-challan ("Today, <hour>"; the police under the app's bar, a
  large tick, Challan paid, the sum; Challan No., Vehicle No., Violation, Transaction ID, Paid from at the
  left and the right; no day); Gram Panchayat Pembarthi's house tax receipt from its book under its Telugu
  name (No. left blank; numbered fields, each its Telugu name over its English, written in by hand: తేదీ /
  Date, పేరు / Name, ఇంటి నంబరు / House No., సంవత్సరం / Year, మొత్తం / Amount; "నగదు ముట్టింది" (cash
  received) in a Telugu hand; the Panchayat Secretary's oval stamp; no reference). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or named in its message:
  LIC's premium receipt under its Hindi name (Receipt No. and Receipt Date on a line; Policy No., Name, Plan /
  Term, Mode, Due Date, Premium, Late Fee, Total Amount, Mode of Payment, Transaction No. in a table ruled on
  every side); National Insurance's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy
  (Receipt No., Receipt Date, Policy No., Insured, Risk Location, Net Premium, CGST 9%, SGST 9%, Total
  Premium, Payment Mode, UTR against a gutter); Star Health's app with a family floater renewal's card payment
  failed in an octagon (the insurer under the app, the reason in a notice; labels small over their values two
  to a row: Policy No. and Premium, Payment ID and Card, Attempted on and Status); Digit's app with the
  delivery van's motor policy issued ("Today, <hour>"; the insurer under the app, a large tick, Policy issued,
  the sum; Policy No. and Transaction ID in tiles; "Paid via UPI"; no day); Niva Bupa's renewal payment in
  process (a capsule, the sum, "to <insurer>", its stages across the page, a notice; Policy No., Transaction
  ID, Initiated on, Paying via at the left and the right); Bajaj General's mail of a marine cargo premium
  received for an export consignment (its sentence; Policy No., Voyage, Sum Insured, Net Premium, IGST 18%,
  Total Premium, Payment Mode, Transaction ID, Payment Date on hairline rows); ICICI Prudential Life's SMS of
  a premium received ("Dear Customer, we have received Rs x via UPI towards premium for policy no. ... on
  <dd/mm/yyyy>. Thank you for choosing ICICI Prudential Life."; no reference); Royal Sundaram's shopkeeper's
  policy receipt for the showroom (its sentence "Received with thanks from ..."; Receipt No. and Receipt Date,
  Policy No. and Period, Net Premium and GST 18%, Total and Instrument, each label shaded over its value two
  to a row in a table ruled on every side). All new here.

* ``card_slips``: Cards on the showroom's and the stall's terminals and the firm's cards elsewhere: HDFC
  Bank's SALE slip at Pembarthi Brass Gallery (DATE and TIME on a line, MID and TID on a line, BATCH NUM and
  ROC on a line; CARD NUM, CARD TYPE, EXP DATE, APPROVAL CODE, RRN; AMOUNT; APPROVED, PIN VERIFIED OK,
  CUSTOMER COPY); Paytm's card machine at the Numaish stall in the exhibition's days with the card's answer
  awaited (CARD SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN STATUS: PENDING, AWAITING HOST RESPONSE, DO
  NOT RETRY - CHECK STATUS IN APP); Axis Bank's CHARGE SLIP at a Jagadhri hotel (each label padded to a column
  and its value after a colon: DATE, TIME, MID, TID, BATCH, INVOICE, CARD, ENTRY, APPR CODE, RRN, TOTAL;
  APPROVED, MERCHANT COPY); Ezetap's slip at a Secunderabad hardware mart (SALE; Date, Time, Txn ID, Card,
  Auth Code, RRN, Amount; Approved, Ezetap by Razorpay); Bank of Baroda's slip at a filling station DECLINED
  (51 INSUFFICIENT FUNDS, NO AMOUNT DEBITED); ICICI Bank's SMS of a spend on the firm's credit card ("INR x
  spent using ICICI Bank Card XX1234 on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y. If not you, call ..."; no
  reference); OneCard's app with a spend at IKEA ("Today, <hour>"; the merchant's line and its town, the sum,
  Successful; Card, Transaction ID, Category at the left and the right; no day); a Secunderabad restaurant's
  TAX INVOICE from POSist settled by card (Bill No., Date and Covers; the dishes; Sub Total, CGST 2.5%, SGST
  2.5%, Grand Total; "Settled: Card", the card and its Auth). All new here.

* ``utility_bills``: The workshop's and the showroom's bills: TGNPDCL's online payment receipt for the
  workshop under its Telugu name (Unique Service No., Consumer Name, ERO, Bill Month, Amount, Transaction ID,
  Bank Ref. No., Payment Date, Payment Mode in dot leaders); HMWSSB's water bill payment receipt for the
  showroom (CAN No., Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Paid on, Mode in a table
  ruled on every side); Bhagyanagar Gas' piped gas bill payment for the workshop's annealing torch under a
  large tick (the company under the app; labels small over their values two to a row: BP No. and Bill Month,
  Transaction ID and Amount, Payment Date and Mode); BSNL's Bharat Fibre bill payment failed on a tinted band
  (the company under the app, the reason in a notice; Account No., Amount, Order ID, Payment mode, Attempted
  on at the left and the right); ACT Fibernet's renewal pending (a capsule, the sum, "for ACT Fibernet", its
  stages across the screen, a notice; User ID, Plan, Transaction ID, Initiated on, Paying via each value over
  its label); Airtel Thanks' postpaid bill paid under a tile's tick ("Today, <hour>"; the company under the
  app, the sum; Mobile No. and Transaction ID in tiles; Paid via; no day); an Indane distributor's CASH MEMO
  for a commercial cylinder (the distributor under Indane; Memo No. left blank; Date, Consumer No., Cylinder,
  Rate (incl. GST) and Delivery charges written in; Total Rs. in a box; "Recd. cash" and the delivery man's
  initials; no reference); TGSPDCL's payment receipt for the showroom under its Telugu name (USC No., Name,
  Circle, Bill Month, Amount, Receipt No., Transaction ID, Payment Date, Mode against a gutter). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in State Bank of India's ("Dear UPI user A/C
  X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno <ref>. If not u? call 1800111109. -SBI"), Union
  Bank of India's ("Your NEFT request of Rs.x from A/c XXXXX1234 to <PAYEE> on <dd-mm-yyyy> is under process.
  UTR ... -Union Bank of India"), HDFC Bank's ("IMPS of Rs.x to <PAYEE> from A/c XX1234 on <dd-Mon-yy> has
  FAILED. Ref No ... Amount, if debited, will be reversed. -HDFC Bank"), Canara Bank's ("An amount of INR x
  has been DEBITED to your account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y. -
  Canara Bank"; no reference) and Indian Bank's ("A/c *1234 debited Rs. x on <dd-mm-yy> to <PAYEE> UPI Ref no
  ... -Indian Bank") wordings; Telangana Grameena Bank's SMS in Telugu in a card in the phone's messages
  thread under its day divider ("మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న UPI ద్వారా <PAYEE> కు రూ. x డెబిట్
  అయింది. సూచిక సంఖ్య ... -TGB" (from your account XX1234 on <day> Rs. x was debited to <PAYEE> by UPI;
  reference number ...)); Axis Bank's mail ("... has been debited with INR x on <dd-mm-yyyy> at <hour> IST for
  IMPS to <PAYEE>. IMPS Ref No. ..."); ICICI Bank's alert in the phone's notification history ("Last 24
  hours"; "iMobile | now", "Rs x debited from A/c XX1234 for NEFT to <PAYEE>. UTR ..."; other apps' lines
  under it; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Telugu
(heldout294's, regular and bold, fonts-noto-core) for the Telugu lines, fields, hand and SMS, an upright Noto
Sans for a Telugu hand's figures (heldout294's), Noto Sans and Noto Serif Devanagari (heldout287's) for the
Hindi lines, Noto Nastaliq Urdu (heldout277's, fonts-noto-core) for an Urdu line, an italic or oblique for the
hand (``heldout303_families.PENS``) and a fixed-width face of the page's own (``heldout303_families.TYPES``).
The Numaish stall's cash memo and its card slip are drawn in the exhibition's days (1 January to 15 February
2026) and the craftsman's Dasara bonus voucher in the fortnight before Dasara (20 October 2026); the other
days anywhere in 2026. GST is 5% on the firm's brassware (HSN 8306; IGST 5% to a buyer in Karnataka) and on
the restaurant's food (CGST 2.5% and SGST 2.5%), 18% on the brass and copper sheet (HSN 7409, IGST 18% from
Haryana), on the parcel freight and on the workshop's, the showroom's and the export consignment's general
insurance premiums (CGST 9% and SGST 9%, GST 18%, IGST 18%); the life and health premiums carry none and the
delivery van's motor premium prints none. TDS-GST (CGST 1% and SGST 1%, 2% in all) is deducted by the state
corporation and the temple authority's treasury bill, as the law asks of them.

Truth conventions (heldout301's, heldout300's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  BHIM's "Paid to", after "to" on Amazon Pay, iMobile Pay, Navi and Fi; the showroom, the firm, the firm as a
  bank's field cuts it (SRI VISHWAKARMA PEMBARTHI) or the showroom with its town (PEMBARTHI BRASS GALLERY
  HYD); never the app, the payer, a UPI ID or "from <buyer>". *settled* (new here) the name after CRED's
  "paying", because the app words a payment it still waits on as "paying <payee>" where a done one says "paid
  to". *settled* (new here) a UPI app set in Telugu reads as the same app in English: the name under PhonePe's
  "వీరికి చెల్లించారు" (paid to) is the payee, because the app prints the same fields in the language its user
  chose and leaves the names as registered. *settled* (heldout268 to heldout301): a receiving business's own
  app pays the business named under the app, here the showroom under Paytm for Business (never Paytm or its
  soundbox's line). *settled* (heldout167 to heldout301): a payer's advice pays the one it pays, never the
  payer on top or a salutation; here the firm after Golkonda Handicrafts' "To," as M/s. (*settled* heldout281
  and heldout285, as heldout300's gompa's letter; never the Corporation, its Telugu name or Golkonda
  Handicrafts), the Payee (చెల్లింపు పొందువారు) on the temple's payment order (never the Devasthanam, its
  Telugu name or its Executive Officer), NetSuite's Payee (never the IT firm on top), Kotak FYN's Beneficiary
  Name (never Kotak FYN, the bank or the pharma company), the payee in the Zoho Cliq message ("Paid Rs. x to
  <payee> via IMPS", never the writer over it, the channel or the @mention, *settled* heldout286, heldout299
  and heldout301's Teams and Slack), IFMIS' Beneficiary Name (never the Government of Telangana on top, its
  Telugu line or the DDO named by its code), Axis Bank's Beneficiary (never the hotel company or the bank),
  the plain-text advice's Party (never the gifting firm or "Dear Sai Teja garu"). *settled* (heldout155 to
  heldout301): an inward wire pays the firm, here Bank of America's Beneficiary, CIMB's Beneficiary Name,
  Standard Bank's Beneficiary name, the name after "to" on Kiwibank, Bank Muscat and QNB, NatWest's
  Beneficiary, the name after Revolut's "To"; never the remitter, its line or the bank on top. *settled*
  (heldout175 to heldout301): the firm's own paper pays its showroom or itself on top, here PEMBARTHI BRASS
  GALLERY on its tax invoice (never its Telugu line, the firm it is a unit of or its Bill to), the showroom on
  top of HDFC Bank's SmartGateway and Easebuzz's pages and of Instamojo's mail (never the gateway, Instamojo,
  the Buyer or the company the link was sent for), the firm on top of its advance receipt (never its Telugu
  line or the temple committee written in) and of its money receipt (never Received with thanks from), the
  showroom on top of its Numaish cash memo (never the Name written in); *settled* (heldout268 to heldout301)
  the business named on top of Khatabook's entry, as a business's own app (never Khatabook or "from
  <customer>"). A name in Telugu over its English: the English line, never the Telugu (*settled* heldout294);
  in Hindi or Urdu over its English: the English line (*settled* heldout277, heldout295 and heldout296).
  *settled* (heldout187 to heldout301): a supplier's name on top of its own paper, here SHREE GANESH METAL
  ROLLING MILLS (never its Buyer), the blacksmith's name written in Latin letters at his chit's head (K.
  Sattaiah; *settled* heldout294's hide dealer; never its Telugu lines), TGSRTC LOGISTICS on top of its
  receipt (never the Corporation's line under it or its counter, as heldout300's HRTC on top of its ticket),
  IndiaMART's Seller (never IndiaMART), NOORI ELECTROPLATING WORKS under its Urdu name (never its M/s written
  in), Flipkart's Sold by (never Flipkart), DECCAN GIFT BOX INDUSTRIES on top (never its Received From), SHRI
  RAMDEV TRADERS under its Hindi name (never its M/s). *settled* (heldout179 to heldout301): a banking page
  pays the payee, here the name after "to" on TGB mBanking and Canara ai1, Vyom's and IndOASIS' Beneficiary,
  OnlineSBI's Beneficiary Name, HDFC Bank's Beneficiary, the Beneficiary (లబ్ధిదారు) written on the Warangal
  DCCB's form (never its Remitter or the bank's Telugu name), the payee in Axis Mobile's "<sum> sent to
  <payee>". *settled* (heldout150 to heldout301): a pay slip pays the worker, here the Craftsman written on
  the piece work account (never the workshop or its Telugu heading), RazorpayX Payroll's Name (never the firm
  on top), WhatsApp Pay's To in its bottom sheet (the chat's name over it the same), the name after "to" on
  slice, bob World and POP, the craftsman on TallyPrime's Particulars line (*settled* heldout295 and
  heldout301: a payer's voucher pays the party on its line; never the firm on top), the polisher whose name is
  set under his signature on the receipt he signs (*settled* heldout284, heldout299 and heldout300: a worker's
  signed paper pays the worker who signs it; never the firm in its sentence). *settled* (heldout153 to
  heldout301): a fee page pays the authority as printed, here the Greater Hyderabad Municipal Corporation (or
  GHMC as printed) under its Telugu name, MeeSeva's DEPARTMENT (LABOUR DEPARTMENT; *settled* heldout275 and
  heldout301's e-Mitra: never MeeSeva, the centre or the government), the Commercial Taxes Department on top,
  the Employees' State Insurance Corporation (or ESIC) on top, the Income Tax Department on top (*settled*
  heldout299), Intellectual Property India on top (never the Controller General's line under it or the
  Applicant), the police under T Wallet's bar (Hyderabad Traffic Police; *settled* heldout272 and heldout301:
  never the app or the Government of Telangana under it), GRAM PANCHAYAT PEMBARTHI under its Telugu name
  (never the Name written in). *settled* (heldout199 to heldout301): an insurer's receipt pays the insurer on
  top (full or short as printed; LIC under its Hindi name), under its app's bar (Star Health and Allied
  Insurance, Go Digit General Insurance), after "to" (Niva Bupa Health Insurance) or named in its SMS (ICICI
  Prudential Life), never the Insured, the Name, a salutation or the showroom in Royal Sundaram's sentence. A
  slip's counter name line as printed (PEMBARTHI BRASS GALLERY, PEMBARTHI BRASS GALLERY - NUMAISH or its first
  part, the hotel, the hardware mart, the filling station), never *settled* the terminal's brand over it (HDFC
  BANK, Paytm, AXIS BANK, Ezetap, BANK OF BARODA); OneCard's merchant line over its town (*settled* heldout297
  and heldout301's card issuer's app); the restaurant on top of its bill (never POSist); *settled* (new here)
  the name after the "on" that follows the day in ICICI Bank's "... on <dd-Mon-yy> on <MERCHANT>.", because
  ICICI words its card alert with "on" where SBI Card writes "at" (heldout300), the merchant always the name
  after the day. A utility's biller: TGNPDCL's and TGSPDCL's companies on top under their Telugu names (their
  names in full or their short ones as printed; never the Consumer Name or the Name), HMWS&SB on top (never
  the Name), Bhagyanagar Gas under its app's bar, Bharat Sanchar Nigam Limited under BSNL Selfcare's bar and
  Bharti Airtel under Airtel Thanks' bar (*settled* heldout301's Vi: the company, never the app), after "for"
  on ACT (*settled* heldout299 and heldout301), the Indane distributor (*settled* heldout269 and heldout301's
  gas distributor: never Indane). An SMS, mail or notification alert's payee as the bank sends it (*settled*,
  the truncated name as printed, without the sentence's full stop, read across its lines where it wraps):
  SBI's "trf to <PAYEE> Refno" (*settled* heldout209), Union Bank of India's "to <PAYEE> on", HDFC Bank's "to
  <PAYEE> from", Canara Bank's "towards NEFT to <PAYEE>.", Indian Bank's "to <PAYEE> UPI Ref", the Telugu SMS'
  "<PAYEE> కు" (to <PAYEE>, *settled* heldout294), Axis Bank's "IMPS to <PAYEE>.", ICICI Bank's "NEFT to
  <PAYEE>.".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's sum beside
  the payee (its debited line the same). *settled* (heldout152 to heldout301): a payer's advice counts its net
  sum, here Golkonda Handicrafts' Net remitted (its sentence's sum the same; never a Bill Amt. or a TDS CGST
  1% or TDS SGST 1%, *settled* heldout296, heldout298 and heldout301), the temple's మొత్తం / Amount,
  NetSuite's Total (never a bill's Amount Due or Payment where there are several), Kotak FYN's Amount, the Rs.
  x in the Zoho Cliq message, IFMIS' Net Amount (never its Gross Amount or TDS-GST 2%), Axis Bank's Amount,
  the plain-text advice's Amount paid (never a bill's Amount). *settled* (heldout155 to heldout301): an inward
  wire's foreign sum, here US dollars ($, US$ or USD, *settled* heldout282), ringgit (RM or MYR, *settled*
  heldout278), rand the South African way (R 143 210,00 or ZAR 143 210,00 is 143210.00, *settled* heldout291),
  New Zealand dollars (NZ$ or NZD, *settled* heldout274 and heldout291), Omani rials with their code and three
  decimals (OMR 3,737.290 is 3737.29, the third decimal always a zero, *settled* heldout260), pounds (the
  pound's sign or GBP), Qatari riyals (QAR or QR, *settled* heldout242), euros the English way as Revolut
  prints them (4,760.00 EUR or €4,760.00, *settled* heldout278); never a Fee, Charges or Kiwibank's, Revolut's
  or NatWest's charges. *settled* (heldout175 to heldout301): a receipt counts the sum received, here the tax
  invoice's Invoice Total (never the Taxable Value, IGST 5% or a line's Amount), SmartGateway's and Easebuzz's
  Amount, the advance receipt's అడ్వాన్సు / Advance written in (never its ఆర్డర్ విలువ / Order value or బాకీ /
  Balance; *settled* heldout250, heldout252 and heldout301), Instamojo's Amount (never its Instamojo fees, as
  heldout301's Wise fee), the Numaish memo's Total written in (never a line's Rs.), the money receipt's Rs. in
  its box (its words the same), the sum large on Khatabook (never its Balance due). A whole sum closed with /-
  is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout301): a supplier's paper counts
  the sum paid, here the mill's Total (never IGST 18% or a line's Amount), the blacksmith's మొత్తం (total)
  written at its line's end (never a line's figure; *settled* heldout294), TGSRTC Logistics' TOTAL (never
  FREIGHT or GST 18%), IndiaMART's and Flipkart's Amount, the plater's Total written in (never a line's Rs.),
  Zoho Invoice's Amount Received (its words, Invoice Amount and Payment Amount the same), the kachcha bill's
  Total written in (never a line's Rs. or a Rate). A banking page's sum, the Warangal DCCB's మొత్తం / Amount
  written in. *settled* (heldout167 to heldout301): a pay slip's net sum, here the piece work account's Total
  written in (never a Rate or a line's Rs.), RazorpayX Payroll's Net Pay (never Gross Earnings, an earning or
  a deduction), WhatsApp Pay's sum large in its sheet (its card's the same), the sums on slice, bob World and
  POP, TallyPrime's Amount on the craftsman's line (its total and its words the same), the Rs. x/- in the
  polisher's receipt (its words the same). A fee page's Amount Paid, Amount, Fee, the PT page's Amount, ESIC's
  Amount, the Income Tax challan's Amount, T Wallet's sum large, the panchayat's మొత్తం / Amount written in;
  *settled* (new here) MeeSeva's TOTAL, never its DEPT FEE or USER CHARGES alone, because the firm paid the
  centre the department's fee and the centre's charge together in one payment (as a premium counts with its
  GST). An insurer's premium with its GST where it carries one (*settled*), here National Insurance's Total
  Premium and Bajaj General's Total Premium (never Net Premium, CGST 9%, SGST 9%, IGST 18% or the Sum
  Insured), Royal Sundaram's Total (never Net Premium or GST 18%), Star Health's Premium, the sums on Digit
  and Niva Bupa, the Rs x in ICICI Prudential Life's SMS; *settled* (new here) LIC's Total Amount, never its
  Premium or Late Fee alone, because a premium paid after its due day is paid with its late fee in one payment
  (as a premium counts with its GST). A slip's AMOUNT, TOTAL, Amount, the INR x in ICICI Bank's SMS (never its
  Avl Limit), OneCard's sum large, the restaurant's Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5% or
  a dish). A utility's Amount, Amount Paid, the sums large, the cash memo's Total Rs. in its box (never the
  Rate (incl. GST) or the Delivery charges). An alert's sum debited as worded (grouped the Indian or the
  English way or not at all; SBI's "debited by 10345.13" or "2500.0"), never a Total Avail.bal. Currency INR
  but on the wires.

* status: as printed. Paytm for Business' Payment Received, BHIM's Transaction Successful, iMobile Pay's
  Transaction successful, Navi's Payment successful, Fi's Paid successes; *settled* (new here) PhonePe's
  "లావాదేవీ విజయవంతమైంది" (transaction successful) a success, because the Telugu screen prints the English
  screen's outcome word for word (as heldout294's Telugu SMS' "డెబిట్ అయింది" is a debit); CRED's payment
  processing pending; Amazon Pay's Payment failed failed. A payer's own record of the payment made (*settled*,
  as heldout287's, heldout295's and heldout301's vouchers and remittances): NetSuite's Remittance Advice with
  its Payment Method and UTR Reference, the plain-text PAYMENT ADVICE's Amount paid; Golkonda Handicrafts'
  "has been remitted", the temple's payment order with its UTR ("The above payment is released"), the Zoho
  Cliq message's "Paid" successes; *settled* (new here) IFMIS' Status Paid a success, because the treasury
  marks a bill Paid once RBI's e-Kuber has credited the beneficiary (its UTR printed beside it); *settled*
  (new here) Kotak FYN's Pending for authorisation pending, because the payment is made and held at the
  payer's checker before it goes to the bank, a wait and not a failure (as heldout300's IDFC FIRST Bank's In
  Process); Axis Bank's RTGS returned by beneficiary bank failed (as heldout301's ICICI Bank's RTGS Rejected).
  A wire's Completed (Bank of America), Standard Bank's "confirms that the following international payment has
  been made", Kiwibank's Transfer sent, Bank Muscat's Transfer successful, QNB's Transfer completed, Revolut's
  Completed successes; CIMB's Pending Bank Processing pending; NatWest's Payment returned failed. A receipt's
  "Payment received by NEFT" over its PAYMENT RECEIVED stamp, the advance receipt's "నగదుగా ముట్టినది"
  (received in cash) in a Telugu hand (*settled* heldout294's Telugu hand's "received"), Instamojo's "You have
  received a payment", "Paid by PhonePe" written on the Numaish memo, the money receipt's "Received with
  thanks ... by Cheque No. ..." with "Subject to realisation of the cheque." (*settled* heldout270,
  heldout276, heldout282 and heldout285) successes; *settled* (new here) Khatabook's "You got" a success,
  because the ledger app enters money got into the business's own book only once it is received (as a
  receiving business's own app's Received); SmartGateway's Payment pending pending; Easebuzz's Payment failed
  failed. A supplier's "Paid NEFT" or "Paid RTGS" on the accountant's sticky note (*settled*, as heldout298's
  and heldout299's sticky notes), the blacksmith's "నగదు ముట్టింది" (cash received) in a Telugu hand
  (*settled* heldout294), TGSRTC Logistics' receipt with its PAY MODE and UPI REF (*settled* heldout300's HRTC
  ticket: printed only once its fare is paid), "Paid by GPay" written on the plater's bill, Zoho Invoice's
  PAYMENT RECEIPT with its Amount Received, "Pd. IMPS, Ref ..." written on the kachcha bill under the
  accountant's tick successes; IndiaMART's Payment pending confirmation pending; Flipkart's Payment failed
  failed. A banking page's IMPS Transfer Successful, OnlineSBI's "has been processed successfully", Canara
  ai1's Success, IndOASIS' Transfer successful, Axis Mobile's Funds transferred, the UTR written in under the
  branch's TRANSFERRED stamp (*settled* heldout274, heldout296, heldout298 and heldout301) successes; HDFC
  Bank's NEFT in process pending; Vyom's Transaction Failed failed. A pay slip's "Paid in cash" on the piece
  work account, RazorpayX Payroll's "Net pay credited on ... by NEFT", WhatsApp Pay's Completed, bob World's
  Payment Successful, TallyPrime's voucher with "Through: Cash" (a payer's own record of cash paid, as
  heldout301's BUSY voucher), the polisher's "Received from ..." over his signature successes; slice's Payment
  pending pending; POP's Payment failed failed. A fee page's receipt with its Transaction ID (GHMC), MeeSeva's
  receipt with its TXN ID and MODE CASH, the Income Tax challan receipt with its Bank Reference Number
  (*settled* heldout299), Intellectual Property India's receipt with its Bank Transaction Ref., T Wallet's
  Challan paid, the panchayat's "నగదు ముట్టింది" (cash received) successes; ESIC's Pending at bank pending;
  the Commercial Taxes Department's Payment unsuccessful failed. An insurer's premium receipt with its
  Transaction No. (LIC), National Insurance's PREMIUM RECEIPT, Digit's Policy issued (as heldout301's ACKO's
  Policy renewed), Bajaj General's "We have received the premium", ICICI Prudential Life's "we have received",
  Royal Sundaram's "Received with thanks" successes; Niva Bupa's Payment in process pending; Star Health's
  Payment failed failed. A slip's APPROVED, Approved, OneCard's Successful, the restaurant's "Settled: Card"
  with its Auth (*settled* heldout297 and heldout298) successes; ICICI Bank's "INR x spent using ICICI Bank
  Card" a success (*settled* heldout300's SBI Card "spent"); the Paytm card machine's TXN STATUS: PENDING with
  AWAITING HOST RESPONSE and DO NOT RETRY pending (*settled* heldout282, heldout299, heldout300 and
  heldout301); Bank of Baroda's DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's receipt with its
  Transaction ID (TGNPDCL, HMWSSB, TGSPDCL), Bhagyanagar Gas' and Airtel's Payment successful, the cash memo's
  "Recd. cash" successes; ACT Fibernet's Payment pending pending; BSNL's Payment failed failed. *settled*: an
  SMS, mail or notification alert's debit a success whatever its bank's wording (SBI's "debited by", Canara
  Bank's "has been DEBITED", Indian Bank's "debited", the Telugu SMS' "డెబిట్ అయింది" (was debited, *settled*
  heldout294), Axis Bank's "has been debited with", ICICI Bank's "debited"); Union Bank of India's "is under
  process" pending (as heldout301's YES BANK); HDFC Bank's "has FAILED" failed.

* date: the day paid. A UPI screen's day and hour: Paytm for Business' day and hour, PhonePe's "<hour> on
  <day>", CRED's initiated, BHIM's Date, Amazon Pay's Date & time, iMobile Pay's Date, Navi's day and hour;
  Fi's "Today, <hour>" prints no day (*settled*). Golkonda Handicrafts' Date on its Lr. No.'s line (the day it
  remitted), the temple's చెల్లించిన తేదీ / Date of payment, NetSuite's Payment Date (never a Bill Date),
  Kotak FYN's Created on, IFMIS' Payment Date, Axis Bank's Value Date, the plain-text advice's Paid on (never
  a Bill Date); the Zoho Cliq message under its "Today" divider prints no day (*settled* heldout286,
  heldout289, heldout299 and heldout301; never a message's hour). A wire's Value Date month first the American
  way on Bank of America's page (06/19/2026 is 2026-06-19, *settled* heldout272) or in words, CIMB's
  Transaction Date, Standard Bank's Payment date as an ISO day (2026-09-03, *settled* heldout270 and
  heldout271) or in words, Kiwibank's "on <day>", Bank Muscat's Date, NatWest's Payment date, Revolut's Date;
  QNB's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice (the NEFT under it the
  same day), SmartGateway's Initiated on, the advance receipt's తేదీ / Date written in, Instamojo's Paid on,
  the Date written on the Numaish memo, Easebuzz's Attempted on, the money receipt's Date written in (never
  the cheque's dated, *settled* heldout272 and heldout285); Khatabook's "Today, <hour>" prints no day. The day
  on the accountant's sticky note ("on <day>"; never the mill's invoice Date or its e-invoice's Ack Date,
  *settled* heldout295, heldout299 and heldout301), the తేదీ (date) and the day on the blacksmith's chit,
  TGSRTC Logistics' DATE, IndiaMART's Initiated on, the plater's Date written in, Flipkart's Attempted on,
  Zoho Invoice's Payment Date (never the Invoice Date); the kachcha bill's Date left as dots prints no day
  (*settled* heldout289's loom works bill). A banking page's Date & Time, Date, Transaction Date, Initiated
  on, Axis Mobile's "on <day>", the తేదీ / Date written on the Warangal DCCB's form; Canara ai1's "Today,
  <hour>" prints no day. A pay slip's "Paid on" written on the piece work account (never a day in its rows,
  *settled* heldout298 and heldout301), RazorpayX Payroll's "credited on <day>" (never the payslip's month or
  the Date of Joining, *settled* heldout273 and heldout301), the Date in WhatsApp Pay's sheet (the chat's day
  divider the same), slice's Started on, POP's Date & time, TallyPrime's Dated, the Date written on the
  polisher's receipt; bob World's "Today, <hour>" prints no day. A fee page's Payment Date (never GHMC's
  Licence Year), MeeSeva's DATE, the Commercial Taxes Department's Attempted on (never its Period), ESIC's
  Initiated on (never its Contribution Period), the Income Tax challan's Date of Deposit (never its Assessment
  Year or the day inside its CIN), Intellectual Property India's Date, the panchayat's తేదీ / Date written in
  (never its సంవత్సరం / Year); T Wallet's "Today, <hour>" prints no day. An insurer's Receipt Date (never
  LIC's Due Date or Royal Sundaram's Period), Star Health's Attempted on, Niva Bupa's Initiated on, Bajaj
  General's Payment Date, the "on <dd/mm/yyyy>" in ICICI Prudential Life's SMS; Digit's "Today, <hour>" prints
  no day. A slip's DATE (dd/mm/yyyy, dd-mm-yyyy or dd/mm/yy), Date (dd Mon yyyy), the restaurant's Date, the
  "on <dd-Mon-yy>" in ICICI Bank's SMS; OneCard's "Today, <hour>" prints no day. A utility's Payment Date
  (never a Bill Month), Paid on, Attempted on, Initiated on, the cash memo's Date written in; Airtel Thanks'
  "Today, <hour>" prints no day. The alerts' SBI "on date <ddMonyy>" run together (28Oct26 is 2026-10-28,
  *settled* heldout209 and heldout294), "on <dd-mm-yyyy>", "on <dd-Mon-yy>", "on <dd/mm/yyyy>", "on
  <dd-mm-yy>", the Telugu SMS' "<dd-mm-yyyy> న" (on <day>, in Latin figures as the bank sends them, *settled*
  heldout294), Axis Bank's "on <dd-mm-yyyy> at <hour> IST"; the notification history's "now" prints no day
  (*settled* heldout279 and heldout287; never "Last 24 hours"). All numeric days here are day first
  (heldout251, heldout259) but Bank of America's month first and Standard Bank's ISO day. *settled*: never a
  Period, a Bill Month, a Contribution Period, a Licence Year, an Assessment Year, a Year, a payslip's month,
  a Date of Joining, an invoice's, a bill's, an ack's, a due or a cheque's day, an e-mail's or a message's
  hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a bank's, a challan's or a
  terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Golkonda Handicrafts' NEFT or RTGS, the temple's RTGS
  or NEFT, NetSuite's Bank Transfer, Kotak FYN's NEFT, the Zoho Cliq message's IMPS, Axis Bank's RTGS, the
  plain-text advice's NEFT; the tax invoice's NEFT or RTGS, SmartGateway's Net Banking; the sticky note's NEFT
  or RTGS, IndiaMART's Net Banking, Zoho Invoice's Bank Transfer, the kachcha bill's "Pd. IMPS"; the banking
  pages but Canara ai1's UPI, the Warangal DCCB's NEFT ticked; RazorpayX Payroll's NEFT; GHMC's, the
  Commercial Taxes Department's, ESIC's, the Income Tax challan's and Intellectual Property India's Net
  Banking; National Insurance's NEFT, Bajaj General's Net Banking, Royal Sundaram's NEFT; HMWSSB's and BSNL's
  Net Banking; the NEFT and IMPS alerts); *settled* (new here) IFMIS' e-Kuber UTR a bank transfer
  ("netbanking"), because the treasury credits the beneficiary's account through RBI's e-Kuber by NEFT or
  RTGS; a SWIFT transfer either way (*settled*: Bank of America's wire with its Charges OUR, CIMB's and
  Standard Bank's SHA, Kiwibank's and Bank Muscat's overseas transfers, NatWest's Shared charges, QNB's
  international transfer, Revolut Business' transfer out of its EUR account; *settled* heldout279 and
  heldout301). UPI for the UPI screens and Paytm for Business' UPI Ref. No.; Khatabook's "Paid by UPI", the
  Numaish memo's PhonePe; TGSRTC Logistics' PAY MODE UPI, the plater's GPay, Flipkart's UPI; Canara ai1's UPI;
  WhatsApp Pay, slice, bob World, POP and the polisher's PhonePe; LIC's, Digit's, Niva Bupa's and ICICI
  Prudential Life's UPI; TGNPDCL's, ACT Fibernet's and Airtel's UPI; the UPI alerts. Card for Instamojo's
  Debit Card, Easebuzz's Credit Card, Star Health's credit card, the slips, ICICI Bank's SMS of a card spend,
  OneCard, the restaurant's "Settled: Card", Bhagyanagar Gas' Debit Card and TGSPDCL's Credit Card. Cash for
  the advance receipt's "నగదుగా ముట్టినది" (received in cash) and the blacksmith's and the panchayat's "నగదు
  ముట్టింది" (cash received) in a Telugu hand (*settled* heldout294), the piece work account's "Paid in cash",
  TallyPrime's Through: Cash, MeeSeva's MODE CASH, the cash memo's "Recd. cash". Cheque for the money
  receipt's "by Cheque No. ..." (*settled* heldout270). Wallet for T Wallet's "Paid from T Wallet balance",
  the state's prepaid wallet (*settled* heldout275 and heldout276: wallet as the earlier sets).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout301): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref. No., PhonePe's UTR (above its లావాదేవీ
  ఐడి (transaction ID)), CRED's UPI ref no, BHIM's UPI Transaction ID, Amazon Pay's UPI Ref. No., iMobile
  Pay's UPI Reference Number, Fi's UPI Ref No.; Golkonda Handicrafts' UTR No., the temple's యూటీఆర్ సంఖ్య /
  UTR No., NetSuite's UTR Reference, the Zoho Cliq message's Ref (the IMPS reference), IFMIS' e-Kuber UTR,
  Axis Bank's UTR (above its Transaction ID); the tax invoice's UTR, the Numaish memo's and Khatabook's UPI
  Ref; the UTR on the sticky note, TGSRTC Logistics' UPI REF, the plater's UPI Ref, Zoho Invoice's Reference
  Number (the UTR), the kachcha bill's Ref; the banking pages' IMPS Ref No, UTR, UTR Number (above OnlineSBI's
  Reference No.), UPI Ref No., Reference No. (HDFC Bank's UTR), IMPS Ref No., the UTR written on the Warangal
  DCCB's form; RazorpayX Payroll's UTR, WhatsApp Pay's UPI transaction ID, the apps' UPI Ref No., the
  polisher's UPI Ref; National Insurance's UTR, the UTR in Royal Sundaram's Instrument; a slip's RRN; the
  alerts' Refno, UTR, Ref No, UPI Ref no, the Telugu SMS' సూచిక సంఖ్య (reference number), IMPS Ref No.), then
  a bank reference (Bank of America's Transaction ID, CIMB's Reference No., Standard Bank's Reference, Bank
  Muscat's Reference Number, NatWest's Payment ID, QNB's Reference, OnlineSBI's Reference No. (under its UTR),
  the Income Tax challan's Bank Reference Number (above its CIN, *settled* heldout295 and heldout299),
  Intellectual Property India's Bank Transaction Ref., TGNPDCL's Bank Ref. No. (above its Transaction ID, as
  heldout301's JVVNL)), then a transaction / payment id (PhonePe's transaction ID under its UTR, Kotak FYN's
  Payment Ref. No., Revolut's Transfer ID (*settled* heldout279's Wise Transfer #), SmartGateway's Transaction
  ID, Instamojo's Payment ID, Easebuzz's Transaction ID, GHMC's Transaction ID, MeeSeva's TXN ID (*settled*
  heldout275 and heldout301's e-Mitra TXN), the Commercial Taxes Department's Transaction Ref. No., ESIC's
  Transaction No., the Income Tax challan's CIN (*settled* heldout262), T Wallet's Transaction ID, LIC's
  Transaction No., Star Health's Payment ID, Digit's, Niva Bupa's and Bajaj General's Transaction ID, Ezetap's
  Txn ID (under its RRN), OneCard's Transaction ID, HMWSSB's, Bhagyanagar Gas', ACT Fibernet's, Airtel's and
  TGSPDCL's Transaction ID), then an approval code (APPROVAL CODE, APPR CODE, Auth Code, the restaurant's
  Auth), then an order's number (SmartGateway's Order ID under its Transaction ID, IndiaMART's, Flipkart's and
  BSNL's Order ID), then a document's own number (Golkonda Handicrafts' Lr. No. and NetSuite's Payment # (a
  payer's own number for its payment, *settled* heldout281, heldout295 and heldout301), the tax invoice's
  Invoice No., the Numaish memo's No., the money receipt's red Receipt No., the mill's Invoice No., the
  plater's No., TallyPrime's No., GHMC's Receipt No., the Income Tax challan's Challan No. (*settled*
  heldout295), ESIC's Challan No. (under its Transaction No.), T Wallet's Challan No. (*settled* heldout301's
  e-challan's Challan No.), LIC's, National Insurance's and Royal Sundaram's Receipt No., a slip's ROC,
  INVOICE, INVOICE NO, the restaurant's Bill No, HMWSSB's and TGSPDCL's Receipt No.; *settled* (new here)
  Intellectual Property India's CBR No., because the registry's cash book receipt numbers the fee it received
  as a receipt's number does). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, a
  SWIFT/BIC code, GSTIN, PAN, an Udyam number, a UAN, an Employee ID, a Policy No., an Application No.
  (Intellectual Property India's, MeeSeva's APPLN NO; *settled* heldout298), a Trade Licence No., a Unique
  Service No. or USC No., a CAN No., a BP No., a Consumer No., a User ID, an Account No., a Mobile No., a
  Vehicle No., an LR NO (a consignment's number, *settled* heldout274 and heldout299), an IRN or Ack No.
  (*settled* heldout262 and heldout299), a Cheque No. (*settled* heldout282), a BSR Code, a slip's MID / TID /
  BATCH, a No. or Memo No. left blank, the temple's Rc. No. (its file's number, as a letter's Ref., *settled*
  heldout278), a bill or an invoice named on an advice or a receipt (Golkonda Handicrafts', NetSuite's, the
  plain-text advice's and Zoho Invoice's bills); *settled* (new here) never IFMIS' Token No., Bill No. or DDO
  Code, because they number the claim the office sent the treasury and the office itself, not the payment;
  *settled* (new here) never the Commercial Taxes Department's PTEC No., because it is the firm's profession
  tax enrolment's number (as a Licence No. is the licence's); *settled* (new here) never Easebuzz's Link ID,
  because it numbers the payment link sent to the buyer, not the payment tried on it."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout303_families import (
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

SPLIT = "heldout303"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout300's and heldout301's: the screens in
# Liberation Sans (liberation), Noto Sans Display, DejaVu Sans Condensed, Noto Sans and FreeSans; the pages in
# Noto Serif, Liberation Serif (liberation2), DejaVu Serif Condensed, Liberation Sans Narrow, Noto Sans
# Display and FreeSerif; the firm's, its suppliers' and its people's papers in DejaVu Serif, Noto Serif
# Display, Liberation Serif (liberation), FreeSans and DejaVu Sans Condensed; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Telugu (heldout294's) for the Telugu lines, fields, hand
# and SMS, Noto Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines, Noto Nastaliq Urdu
# (heldout277's) for an Urdu line, a pen's italic or oblique (``heldout303_families.PENS``) and a page's own
# fixed-width face (``heldout303_families.TYPES``).
SCREEN_FACES = [
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
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
    ("vendor_transfers", vendor_transfers, SCREEN_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout303_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout303 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

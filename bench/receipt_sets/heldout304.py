"""heldout304: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a durrie weavers' women's co-operative's year of 2026 in Navalgund, Dharwad
district, Karnataka (Navalgund Mahila Jamkhana Sahakara Sangha Ltd., ನವಲಗುಂದ ಮಹಿಳಾ ಜಮಖಾನ ಸಹಕಾರ ಸಂಘ ನಿಯಮಿತ, the
Navalgund women's durrie weavers' co-operative society, GSTIN 29AAKAN7314R1ZP, registered DRD/RCS/WVR/412/
2009-10, with Rehana Begum Nadaf its president, Gangavva Hosamani its secretary, Sunanda Kulkarni its
accountant and Afreen Nadaf, who takes the export orders and keeps the web shop: its weavers, Husenbi Mulla,
Shamshad Shaikh, Yallavva Kalghatgi, Fatima Nadaf, Shantavva Kurahatti, Mehaboobi Kittur, Renuka Badiger and
Savitri Hiremath among them, weave cotton jamkhanas and durries weft-faced on pit looms in the society's hall,
Nekarara Bhavana in Kalmath Oni, and at home, beating each pick down with the claw of a panja: Navalgund's
GI-registered durries of 2 x 3 to 6 x 9 ft with their hamsas, stepped diamonds, lattices (jali) and borders,
prayer mats (janamaz), runners, cushion covers, yoga mats and wall hangings, in madder red, indigo and
turmeric yellow on the cotton's ivory; the warp and weft yarn comes from a spinning mill at Komarapalayam and
a yarn shop in Hubballi's Durgadbail, the dyes from a dye house at Narol, Ahmedabad, the indigo dyeing from a
Navalgund dyer, the loom beams and panja handles from Basappa Badiger, the loom carpenter, the sacks from a
Hubballi trader on udaan and the cartons from Packman, and the bales go by VRL Logistics; its shop on Koppikar
Road, Hubballi, Navalgund Jamkhana Mane, ನವಲಗುಂದ ಜಮಖಾನ ಮನೆ, with Prakash Angadi and Kaveri Patil at its
counter; stall C-27 at the Krishi Mela of the University of Agricultural Sciences, Dharwad, from 19 to 22
September; the web shop navalgunddurries.in and GoCoop; Cauvery (the Karnataka State Handicrafts Development
Corporation), the Siddharoodha Math at Hubballi, a Whitefield IT firm, a Chikkamagaluru resort company, a
Hubballi hotel company, a Dharwad interior studio, a Chickpet wholesaler and a Dharwad architects' studio at
home, and rug shops, galleries and furnishers in Melbourne, Kyoto, Zurich, Stockholm, Copenhagen, Dubai,
Kuwait City and Santa Fe abroad), told by the proofs of payment it receives (buyers' Google Pay set in
Kannada, Kotak811, MobiKwik, Tata Neu, Groww, FamApp and IDFC FIRST Bank screens and BharatPe for Business on
the shop's phone; Cauvery's payment advice under its Kannada name, the Math's letter typed on its typewriter,
an IT firm's Oracle Fusion remittance mail, HSBCnet with a resort company's NEFT pending bank processing,
Indus Direct with a hotel company's RTGS rejected, an interior studio's Google Chat space, a wholesaler's
payment advice printed from Marg ERP and an architects' mail; CommBank's CommBiz, Mizuho's remittance notice,
UBS e-banking, SEB, Danske Bank's District, Mashreq NEO BIZ, NBK and Citi's CitiDirect BE for buyers in
Melbourne, Kyoto, Zurich, Stockholm, Copenhagen, Dubai, Kuwait City and Santa Fe in Australian dollars, yen,
Swiss francs, kronor, kroner, dirhams, Kuwaiti dinars and US dollars; the shop's tax invoice under a durrie,
PayU's pending page, the society's advance receipt in Kannada fields, Shopify's order mail, Stripe's declined
card, the Mela stall's Vyapar roll, GoCoop's seller payout and OkCredit) and those it makes (the spinning
mill's invoice with the accountant's highlighter and note, the loom carpenter's chit in a Kannada hand, VRL
Logistics' booking receipt, udaan's pending order, the dye house's Swipe invoice, Packman's failed checkout,
the dyer's bill under its Urdu name and the yarn shop's WhatsApp Business chat; ICICI Bank's InstaBIZ, PNB
ONE, the Dharwad District Central Co-operative Bank's form, AU 0101, IOB Mobile, Karnataka Grameena Bank's
app, SIB Mirror+ and IndusMobile's shared ticket for the sack trader, the dye house, the mill, the dyer, the
transporter, the yarn shop, the carpenter and a packaging maker; a weaver's weaving account on a jamkhana,
Keka's payslip, JioFinance, Jupiter, a weaver's wage receipt signed by her thumb, Freecharge, a cash voucher
for a festival advance before Ugadi and Ramzan and super.money; HDMC's trade licence in Kannada fields,
Hubballi One's roll, the GST portal's failed payment, the Karnataka Labour Welfare Board's pending
contribution, KSPCB's consent fee, the KSP app's e-challan, the Town Municipal Council's property tax receipt
and Khajane-II's e-challan; New India's, Universal Sompo's, ManipalCigna's, ICICI Lombard's, PNB MetLife's,
Oriental's, Kotak Life's and United India's premiums; cards on the shop's Pine Labs terminal and the Mela
stall's Mswipe terminal, at a Bengaluru hotel's Worldline terminal, at a Hubballi filling station, in IndusInd
Bank's SMS, on IDFC FIRST Bank's app, on a Hubballi restaurant's DotPe bill and for a Star Air flight; HESCOM,
MyJio, Dish TV, HDMC's water charges, IDFC FIRST Bank FASTag, an HP Gas distributor's cash memo, HESCOM's SMS
and Vi; the banks' SMS, Karnataka Grameena Bank's SMS in Kannada, South Indian Bank's mail, AU Bank's WhatsApp
banking and the DCC Bank's SMS in Truecaller). One payment per page. Each family: six successes, one failure,
one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout302's or heldout303's; where a kind of paper is one they also drew (a receiving business's own app, a
UPI app set in a regional language, an app's failure, pending or no-reference page, a state crafts
corporation's advice, a temple's or a Math's letter, an accounting program's remittance, a corporate bank's
page with a transfer waiting or sent back, a chat's message, a payer's mail, a wire's page, a shop's tax
invoice, a gateway's pending or failed page, an advance receipt in a regional language's fields, a web shop's
mail, a festival stall's bill, a ledger app, a supplier's invoice with its payment noted on it, a supplier's
chit in a regional hand, a carrier's paper, a marketplace's pending or failed order, a supplier's invoice
program, a supplier's bill under a regional name, a bank's app, a bank's form filled in by hand, a shared
receipt, a piece work account, a payslip, a worker's paper signed, a payer's voucher, a municipal receipt, a
kiosk's roll, a tax or dues page failed or pending, an e-challan, a local body's receipt book, a treasury's
challan, a premium receipt, an insurer's app, mail or SMS, a card slip approved, pending or declined, a card
issuer's app or message, a restaurant's bill settled by card, an airline's receipt, a utility's receipt, app,
mail, SMS or cash memo, a FASTag's recharge, a bank's SMS in the region's language, a mail, a phone's
messages), it is drawn here for another issuer in this set's own labels and marks, and near ones are noted:
BharatPe for Business on the shop's phone with its tabs, where heldout303 and heldout302 drew Paytm for
Business; Google Pay set in Kannada, where heldout303 drew PhonePe set in Telugu (and heldout285 Canara ai1 in
Kannada); MobiKwik's failure under a pale wave, where heldout303 drew Amazon Pay's in an octagon and
heldout302 Samsung Wallet's on a ribbon; Groww's processing, where heldout303 drew CRED's and heldout302
Jiffy's; FamApp's page with no reference, where heldout303 drew Navi's and heldout302 WhatsApp's card; IDFC
FIRST Bank's "Today", where heldout303 drew Fi's and heldout302 Paytm for Business'; Cauvery's PAYMENT ADVICE
under its Kannada name, where heldout303 drew Golkonda Handicrafts' and heldout302 Lepakshi's; the Math's
typed letter folded in three, where heldout303 drew the Vemulawada temple's payment order and heldout302 the
Simhachalam Devasthanam's letter folded in four; Oracle Fusion's remittance mail, where heldout303 drew
NetSuite's and heldout302 SAP's; HSBCnet's NEFT pending bank processing and Indus Direct's RTGS rejected,
where heldout303 drew Kotak FYN's NEFT pending and Axis Bank's RTGS returned and heldout302 GeM's payment
under process and Easebuzz Payouts' failed payout; Google Chat's space, where heldout303 drew Zoho Cliq's
channel and heldout302 a forwarded WhatsApp message; the Marg ERP advice and the architects' mail, where
heldout303 drew a plain-text mail and heldout302 a wedding planner's mail; CommBank, Mizuho, UBS, SEB, Danske
Bank, Mashreq, NBK and Citi, where heldout303 drew Bank of America, CIMB, Standard Bank, Kiwibank, Bank
Muscat, NatWest, QNB and Revolut and heldout302 OCBC, ABN AMRO, Scotiabank, BNP Paribas, KB Kookmin Bank,
Maybank, Hang Seng and Bank of America; the shop's tax invoice under a durrie, where heldout303 drew one under
an embossed brass plate and heldout302 one under a kundulu; PayU's pending page and Stripe's declined card,
where heldout303 drew SmartGateway's pending page and Easebuzz's failed link and heldout302 NTT DATA's pending
page and PayPal's declined card; the advance receipt in Kannada fields in ruled rows, where heldout303 drew
one in Telugu numbered fields; Shopify's mail, where heldout303 drew Instamojo's and heldout302 Bikayi's; the
Krishi Mela stall's Vyapar roll, where heldout303 drew the Numaish's carbon memo and heldout302 the Surajkund
stall's cash memo; GoCoop's payout, where heldout285 drew Jaypore's; OkCredit, where heldout303 drew
Khatabook; the mill's invoice with a highlighter and a written payment line, where heldout303 drew an
e-invoice with a sticky note and heldout302 a typed receipt line; the carpenter's chit in a Kannada hand,
where heldout303 drew the blacksmith's chit in a Telugu hand and heldout302 a charcoal account in a Telugu
hand; VRL Logistics' booking receipt with its barcode, where heldout303 drew TGSRTC Logistics' roll and
heldout302 Navata's consignment note; udaan's pending order and Packman's failed checkout, where heldout303
drew IndiaMART's and Flipkart's and heldout302 Tata nexarc's and Bizongo's; Swipe's invoice under a PAID
watermark, where heldout303 drew Zoho Invoice's receipt and heldout302 a myBillBook invoice; the dyer's bill
under its Urdu name, where heldout303 drew the plater's; the yarn shop's WhatsApp Business chat, where
heldout302 drew a buyer's WhatsApp chat; InstaBIZ, PNB ONE, AU 0101, IOB Mobile, Karnataka Grameena Bank's app
and SIB Mirror+, where heldout303 drew TGB mBanking, Vyom, OnlineSBI, Canara ai1, HDFC Bank and IndOASIS and
heldout302 VCBL, CSB Mobile+, mBandhan, ESAF Mobile, KVB and DCB Bank; the DCC Bank's RTGS / NEFT form in
Kannada cells with the account and IFSC a box to each character, where heldout303 drew the Warangal DCCB's
form in Telugu numbered fields; IndusMobile's shared ticket, where heldout303 drew Axis Mobile's shared
receipt and heldout302 Jana's card; the weaving account on a jamkhana, where heldout303 drew a piece work
account on a brass sheet and heldout302 a beating tally on a brass tray; Keka's payslip, where heldout303 drew
RazorpayX Payroll's and heldout302 Paybooks'; JioFinance, Jupiter, Freecharge and super.money, where
heldout303 drew WhatsApp Pay, slice, POP and bob World and heldout302 Suryoday, FinoPay and Equitas; the wage
receipt signed by a thumb, where heldout303 drew a polisher's receipt signed across a revenue stamp and
heldout302 a polisher's week in a Telugu hand; the festival advance's cash voucher, where heldout303 drew a
TallyPrime voucher for a Dasara bonus and heldout302 a cash voucher under a revenue stamp; HDMC's trade
licence in Kannada cells, where heldout303 drew GHMC's; Hubballi One's roll, where heldout303 drew MeeSeva's;
the GST portal's failure and the Labour Welfare Board's pending contribution, where heldout303 drew the
profession tax's failure and ESIC's pending challan and heldout302 the Pollution Control Board's failure and
the DGFT's pending fee; KSPCB's fee receipt, where heldout302 drew the Single Desk Portal's; the KSP app's
e-challan, where heldout303 drew T Wallet's and heldout302 the eChallan app's; the Town Municipal Council's
receipt book, where heldout303 and heldout302 drew gram panchayats'; Khajane-II's e-challan, where heldout303
drew Telangana's IFMIS for a payer and heldout285 Khajane-II's failure; New India's, Universal Sompo's, United
India's and Oriental's receipts, where heldout303 drew National Insurance's, Royal Sundaram's, LIC's and Bajaj
General's and heldout302 National Insurance's, Chola MS', ECGC's and Reliance General's; ManipalCigna's
failure, ICICI Lombard's "Today" and PNB MetLife's verification, where heldout303 drew Star Health's, Digit's
and Niva Bupa's and heldout302 Go Digit's, Star Health's and Aditya Birla Health's; Kotak Life's SMS, where
heldout303 drew ICICI Prudential Life's; Pine Labs' slip at the shop, where heldout303 drew HDFC Bank's and
heldout302 Ezetap's; Mswipe's slip pending at the Mela, where heldout303 drew Paytm's card machine and
heldout302 Mosambee's; Worldline's slip at a Bengaluru hotel, where heldout303 drew Axis Bank's at a Jagadhri
hotel and heldout302 Innoviti's; Bank of India's slip declined at a filling station, where heldout303 drew
Bank of Baroda's and heldout302 Equitas'; IndusInd Bank's SMS of a spend, where heldout303 drew ICICI Bank's
and heldout302 RBL Bank's; IDFC FIRST Bank's card app, where heldout303 drew OneCard's and heldout302 the Amex
app; the restaurant's DotPe bill, where heldout303 drew a POSist bill and heldout302 a DBS Bank slip; Star
Air's receipt, where heldout302 drew IndiGo's; HESCOM's receipt with Kannada in brackets, where heldout303
drew TGNPDCL's and heldout302 APEPDCL's; HDMC's water e-receipt, where heldout303 drew HMWSSB's and heldout302
GVMC's; MyJio's "Today", where heldout303 drew Airtel Thanks' and heldout302 Excitel's; Dish TV's failure,
where heldout303 drew BSNL's and heldout302 IndianOil ONE's; IDFC FIRST Bank FASTag's pending recharge, where
heldout302 drew Equitas FASTag's; the HP Gas distributor's cash memo, where heldout303 drew an Indane
distributor's; HESCOM's SMS, where heldout302 drew APEPDCL's; Vi's app, where heldout303 drew Airtel Thanks';
Karnataka Grameena Bank's SMS in Kannada, where heldout303 drew Telangana Grameena Bank's in Telugu and
heldout302 the Srikakulam DCCB's (and heldout285 Canara Bank's in Kannada); South Indian Bank's mail, where
heldout303 drew Axis Bank's and heldout302 CSB Bank's; AU Bank's WhatsApp banking, where heldout289 drew
Federal Bank's; Truecaller's smart card, where heldout303 drew a notification history and heldout302 a lock
screen. Some of this set's issuers and kinds of paper were drawn by sets before heldout302 (heldout271's
Kannada lines, HESCOM, the Hubballi-Dharwad Municipal Corporation and VRL Logistics; heldout285's Kannada
lines, labels, hand and SMS, BharatPe for Business, Tata Neu, Kotak811, Jupiter, Keka and Khajane-II;
heldout277's GoCoop and Urdu lines; heldout287's woven emblem and divider; heldout289's WhatsApp banking;
heldout300's Worldline and Kotak Life; heldout244's Kuwaiti dinars and heldout240's yen and kronor), and are
drawn here in this set's own labels and arrangements; the families' docstrings list each one's labels. This
set draws kinds of row and page heldout302 and heldout303 do not: a Navalgund durrie as a letterhead's emblem
(a small rug woven out pick by pick, its end stripes in three colours, stepped teeth along its top and foot,
two hamsas facing a stepped tree or a lattice of stepped diamonds in its field, the weft-faced weave's ribs,
the warp's knotted fringe at its ends, its shadow on the paper); a strip of durrie weave as a divider (narrow
stripes along its edges, interlocking stepped teeth in two colours along its middle, its ribs); cut ends of
dyed yarn and tufts of cotton lint in a page's margins; a left thumb's impression in a stamp pad's violet ink
(its loops of ridges round a core, pressed a little unevenly) in a ruled box with its caption; a page
photographed lying on a jamkhana spread on a red-oxide floor (its broad stripes and rows of stepped diamonds
woven out pick by pick, its ribs, the light from a window across it, its knotted fringe on the floor, a
weaver's panja (its turned wooden handle and iron claws) beside the page, the page's shadow, the page a little
askew); Kannada lines, a form's rows of two ruled cells (the label's Kannada in bold over its English in a
shaded cell, the value printed or written in beside it), a receipt's English labels with their Kannada in
brackets and dot leaders to the values, a Kannada hand and a bank's SMS in Kannada (heldout285's Kannada runs,
here in Noto Sans and Serif Kannada for Dharwad's Kannada), an app set in Kannada with the month of its day in
Kannada; and beside them earlier sets' rows neither of them draws: heldout269's barcode and a bank form's
boxes for each character; heldout273's contact's initials, a highlighter and a PAID watermark; heldout275's
app tabs and a letter's folds; heldout279's pale wave and a ticket's card with its notches; and heldout269's
to heldout294's rows (tables ruled on every side, striped tables, shaded labels, labels against a gutter,
labels at the left and values at the right, dot leaders, hairline rows, tinted outcome bands, capsules, tiles,
tiles two to a row, values over their labels, labels over their values two to a row, copyable fields,
read-only fields, notice boxes, a payment's stages left to right, across and top to bottom, large round marks,
scalloped badges, octagons, spinners, progress bars, a day divider, a chat's card, chat bubbles, a ribbon,
hand-written fills and columns on a ruled page, a sum in a box, boxes ticked by hand, rectangular and oval
stamps, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Navalgund Jamkhana Mane or the society: BharatPe for Business on the shop's
  phone (the shop under the app, its tabs, a card: the buyer's initials, "Received from <buyer>", the sum
  large, Payment successful; UPI RRN, Date, Paid via at the left and the right; the settlement's line); Google
  Pay set in Kannada (a large tick, the sum, "ಇವರಿಗೆ" (to) over the payee and its UPI ID, "ಪಾವತಿಸಲಾಗಿದೆ"
  (paid), the day with its month in Kannada and the hour; each label in Kannada over its value: UPI ವಹಿವಾಟಿನ
  ಐಡಿ (UPI transaction ID), ಇವರಿಂದ (from), Google ವಹಿವಾಟಿನ ಐಡಿ (Google transaction ID)); Kotak811's payment
  (the payee's initials, "Paid to" over the payee, the sum, a Successful capsule; a copyable UPI Reference
  No.; Date & Time, Debited from, Message at the left and the right); MobiKwik's Payment Failed under a pale
  wave and a large cross (the sum, "to <payee>", the reason in a notice; labels small over their values two to
  a row: UPI Ref No and Date & Time, Paid from and MobiKwik Txn ID); Tata Neu's UPI payment successful (a
  large tick, the sum, "Paid to" over the payee; UPI transaction ID, Date, Paid using in dot leaders;
  NeuCoins); Groww's UPI payment processing under a spinner (the sum, "to <payee>", its stages left to right,
  a notice; UPI Ref. No., Initiated, From at the left and the right); FamApp's Paid successfully (the payee's
  initials, the payee and its UPI ID, the sum set large, the day and hour; Paid from; no reference); IDFC
  FIRST Bank's app with the payment successful under a tile's tick ("Today, <hour>"; the sum set large, "to
  <payee>"; UPI Ref No. and From A/c in tiles; no day). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: Cauvery's (the Karnataka State Handicrafts
  Development Corporation's) PAYMENT ADVICE under its Kannada name, a letter (Ref. and Date on a line; To, M/s
  the society; Sub:; Bill No. | Bill Date | Bill Amount | TDS 194Q | Net Paid on hairline rows, Net Paid under
  a double rule; "... credited to your account ... through NEFT, UTR No. ..."; the Senior Manager (Accounts)'
  signature and its oval stamp); the Siddharoodha Math's letter typed on its typewriter, folded in three (No.
  and Date; To, The Secretary, the society; Sub:; "We have today remitted Rs. x/- ... by RTGS (NEFT under two
  lakh). The UTR of the remittance is ..."; the Manager's rectangular stamp); an IT firm's Remittance Advice
  mailed from Oracle Fusion Cloud (Payment Number and Payment Date, Payment Method and Currency two pairs to a
  row with colons, Supplier, Supplier Site and Bank Reference under them; Invoice Number | Invoice Date |
  Invoice Amount | Amount Paid in a striped table; Payment Amount under a double rule); HSBCnet with a resort
  company's NEFT pending bank processing (a capsule; its stages top to bottom; Customer Reference, HSBC
  Reference, Beneficiary Name, Beneficiary Account, Amount, Payment Type, Value Date in a table ruled on every
  side); IndusInd Bank's Indus Direct with a hotel company's RTGS rejected under a large cross (the reason in
  a notice; Transaction Ref No., UTR, Beneficiary, Amount, Transaction Date, Rejection Reason on hairline
  rows); an interior studio's Google Chat space under a "Today" divider (the sender's name and hour; "@Afreen
  Nadaf Payment done: Rs. x to <payee> by NEFT ...", "UTR: ..."; a PDF's chip; no day); a Bengaluru
  wholesaler's PAYMENT ADVICE printed from Marg ERP 9+ (Party and Date on a line, Mode and Ref. No. on a line;
  Bill No. | Bill Date | Bill Amt. | Paid in a table ruled on every side, Total Paid; "Printed from Marg ERP
  9+"); an architects' studio's payment intimation mailed (its sentence "We have released Rs. x/- ... today,
  <day>, by NEFT"; Payee, Amount, Mode, Released on in a rounded card; no reference). All new here.

* ``export_wires``: Rug shops, galleries and furnishers abroad paying the society for durries, jamkhanas,
  runners and prayer mats: CommBank's CommBiz with an international money transfer sent in Australian dollars
  (Transfer sent; Receipt number, Transfer date, Payee name, Payee bank, SWIFT code, Amount, Fee option,
  Purpose in a table ruled on every side); Mizuho Bank's Overseas Remittance Completion Notice in yen, the
  days year first with slashes (its sentence; Remittance date, Our reference, Remittance amount, Beneficiary,
  Beneficiary bank, Charges on hairline rows); UBS e-banking with a payment to India in progress in Swiss
  francs the Swiss way (a capsule, its stages across the page, a notice; Execution date, Amount, Recipient,
  Recipient's bank, Charges, UBS reference in shaded labels); SEB's app with a Betalning genomförd / Payment
  completed in kronor the Swedish way, the day as an ISO date (a tile's tick, the sum, "till / to <payee>";
  Datum / Date, Referens / Reference, Avgift / Fee, Från / From at the left and the right); Danske Bank's
  District with a payment returned in kroner the Danish way on a tinted band (the reason in a notice; Booking
  date, Amount, Beneficiary, Beneficiary bank, Reference, Reason against a gutter); Mashreq's NEO BIZ with an
  international transfer successful in dirhams under a scalloped badge (the sum, "to <payee>"; labels small
  over their values two to a row: Date and Transfer type, Beneficiary bank and Charges; no reference); NBK's
  app with a transfer completed in Kuwaiti dinars under a tile's tick ("Today, <hour>"; the sum, "to <payee>";
  Reference and From account in tiles; no day); Citi's CitiDirect BE with a cross-border payment processed in
  US dollars, the day month first (a Processed capsule; Payment Reference, Transaction Date, Amount,
  Beneficiary, Beneficiary Bank, SWIFT/BIC, Charges in a striped table). All new here.

* ``own_receipts``: The society's own papers, its shop or itself on top: Navalgund Jamkhana Mane's TAX INVOICE
  under a durrie, its Kannada name and a strip of durrie weave, to a Goa resort (Invoice No. and Invoice Date
  on a line; Billed to and Place of Supply; Item | HSN | Qty | Rate | Amount in a striped table; Taxable
  Value, IGST 5%, Invoice Total in dot leaders; Amount in words; Amount received (IMPS) on a tinted panel, its
  IMPS Ref. No. under it); PayU's checkout for the web shop with the payment pending (a capsule, a notice; Txn
  ID, Merchant Txn ID, Amount, Mode, Date with colons); the society's ADVANCE RECEIPT for a custom jamkhana
  under a durrie and its Kannada name, yarn ends in its margins (No. left blank; each field in a ruled row,
  its Kannada over its English in a shaded cell and the value written in by hand: ದಿನಾಂಕ / Date, ಯಾರಿಂದ /
  Received from, ಯಾವುದಕ್ಕೆ / Towards, ಆದೇಶ ಮೌಲ್ಯ / Order value, ಮುಂಗಡ / Advance, ಬಾಕಿ / Balance; "ನಗದು
  ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) in a Kannada hand; no reference); Shopify's order confirmation mail for the
  web shop (Order number and Order date; the rugs on hairline rows; Subtotal, Shipping, Total; Payment,
  Razorpay Payment ID at the left and the right); Stripe's checkout with a buyer abroad's card declined in US
  dollars (the shop after "Pay", the sum in dollars, a large cross, "Your card was declined.", the reason in a
  notice; Payment ID, Amount, Card, Date in dot leaders); the Krishi Mela stall's CASH BILL (PRICES INCL. GST)
  on a thermal roll printed from Vyapar in the Mela's days (Bill No., Date, the pieces with their counts and
  rates, TOTAL, Received, Mode, UPI Ref typed in its printer's face); GoCoop's seller payout for the society's
  orders (its Seller against a gutter; a Settled capsule; Order ID | Order value | Commission | Net in a
  striped table; Net payout, Settled on, UTR, Bank account against a gutter); OkCredit's entry of a payment
  got ("Today, <hour>"; the shop on top, a card: "<sum> received", "from <customer>", UPI, UPI Ref; Balance;
  no day). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: a Komarapalayam spinning
  mill's TAX INVOICE for warp and weft yarn (Invoice No. beside its earlier Date; Consignee; the counts by the
  kilogram in a table ruled on every side, IGST 5%, Total with the accountant's highlighter over it; "Paid by
  RTGS, UTR ... on <day>" written under it and her tick); the loom carpenter's chit in a Kannada hand,
  photographed lying on a jamkhana, yarn ends in its margins (his name in Latin letters at its head; ದಿನಾಂಕ
  (date) and the day, "ನವಲಗುಂದ ಮಹಿಳಾ ಸಂಘಕ್ಕೆ" (to the Navalgund women's society); ಮಗ್ಗದ ತೊಲೆ (loom beams),
  ಪಂಜಾ ಹಿಡಿ (panja handles) and ಮಗ್ಗ ದುರಸ್ತಿ ಕೂಲಿ (loom repair labour) with their sums, ಒಟ್ಟು (total), "ನಗದು
  ಪಡೆದಿದ್ದೇನೆ" (I have received cash); no reference); VRL Logistics' BOOKING RECEIPT for bales of durries (the
  LR's barcode and number; Booking date, From, To, Consignor, Consignee, Articles, Charged weight, Freight,
  Hamali, Door collection, Total freight, Paid by, UPI Ref in dot leaders); udaan's order of woven sacks with
  the payment awaiting the bank's confirmation in an octagon's three dots (a notice; Order ID, Seller, Item,
  Amount, Payment, Placed on each in a form's rounded box under its small label); an Ahmedabad dye house's TAX
  INVOICE made in Swipe with a PAID watermark across it (Invoice # and Date; the dyes on hairline rows;
  Taxable amount, IGST 18%, Total at the left and the right; Payment received: Amount, Mode, UPI Ref, Received
  on); Packman's checkout with the card payment failed for cartons on a tinted band (the reason in a notice;
  Order No., Items, Amount, Payment method, Attempted on at the left and the right); a Navalgund dyer's BILL
  under its Urdu name (No. printed; Date and M/s written in; the yarn dyed by the colour and the kilogram
  written in ruled columns, Total; "Paid by PhonePe, UPI Ref ..." in the hand); a Hubballi yarn shop's
  WhatsApp Business chat under a "Today" divider (the shop at the chat's head, the society's order in a card
  at the right of the thread, the shop's reply in a bubble: "Payment received <sum>", "UPI Ref ..." and
  thanks; no day). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: ICICI Bank's InstaBIZ with an IMPS to
  the sack seller under a green ribbon (IMPS transfer completed, the sum, "to <payee>"; Beneficiary, A/c No.,
  IFSC, IMPS Ref No, Date & Time, Remarks with colons); PNB ONE with a NEFT to the dye house failed under a
  scalloped badge (the reason in a notice; each value over its label: Beneficiary, Amount, UTR No.,
  Transaction Date, Failure Reason); the Dharwad District Central Co-operative Bank's RTGS / NEFT APPLICATION
  filled in by hand under its Kannada name (the Remitter printed; each field in a ruled row, its Kannada over
  its English in a shaded cell and the value written in: ದಿನಾಂಕ / Date, ಫಲಾನುಭವಿಯ ಹೆಸರು / Beneficiary name,
  ಮೊತ್ತ / Amount, ಬ್ಯಾಂಕ್ ಮತ್ತು ಶಾಖೆ / Bank and branch; the account number and IFSC a box to each character;
  RTGS and NEFT in boxes, RTGS ticked; the branch's rectangular stamp; UTR written in by the branch); AU Small
  Finance Bank's AU 0101 with a UPI payment to the dyer ("Today, <hour>"; a large tick, the sum set large, "to
  <payee>"; labels small over their values two to a row: UPI Ref No. and From; no day); Indian Overseas Bank's
  IOB Mobile with a NEFT pending under a spinner (its stages top to bottom, a notice; Beneficiary, Amount,
  UTR, Initiated on, Debit A/c in dot leaders); Karnataka Grameena Bank's app with an IMPS successful, its
  outcome in Kannada over the English (ವರ್ಗಾವಣೆ ಯಶಸ್ವಿಯಾಗಿದೆ / Transfer successful; each field in a ruled row,
  its Kannada over its English: ಫಲಾನುಭವಿ / Beneficiary, ಮೊತ್ತ / Amount, ಐಎಂಪಿಎಸ್ ಉಲ್ಲೇಖ / IMPS Ref, ದಿನಾಂಕ /
  Date); South Indian Bank's SIB Mirror+ funds transfer receipt (Transaction Status, Reference No., UTR No.,
  Beneficiary Name, Beneficiary A/c, Amount, Transaction Date in a table ruled on every side); IndusInd Bank's
  IndusMobile receipt shared as a ticket with its notches ("<sum> sent to <payee>", "on <day> at <hour>", "via
  NEFT"; no reference). All new here.

* ``worker_pay``: The society paying its weavers and its shop's staff: a weaver's WEAVING ACCOUNT under its
  Kannada heading "ನೇಯ್ಗೆ ಲೆಕ್ಕ" (weaving account), photographed lying on a jamkhana, yarn ends in its margins
  (Weaver written in; the day, the durries she wove, their pieces, square feet and rate and their sums written
  in ruled columns, Total; "Paid by UPI, Ref ..." and Paid on written in); Keka's payslip for the shop's
  salesman (Employee, Designation, Employee No., Location, Pay Days, Bank two pairs to a row in a table ruled
  on every side; Earnings | Amount | Deductions | Amount ruled likewise; Net Pay and its words; Mode, UTR,
  Paid on in a striped table); JioFinance's UPI payment to a weaver (a large tick, Payment successful, the
  sum, "Paid to" over the weaver; UPI Ref. No., Date and time, Paid from on hairline rows); Jupiter's UPI
  payment to a weaver in progress (the sum, "to <payee>", a progress bar, a notice; a copyable UPI Ref No.;
  Started, From at the left and the right); a weaver's WAGE RECEIPT on the society's printed slip under its
  Kannada heading "ಕೂಲಿ ಪಾವತಿ ರಸೀದಿ" (wage payment receipt), written in a Kannada hand ("ರೂ. x/- ನಗದು
  ಪಡೆದಿದ್ದೇನೆ" (I have received Rs. x in cash), the day), her left thumb's impression in violet ink in a box,
  her name written under it in English; no reference); Freecharge's UPI payment to a weaver failed under a
  tile's cross (the sum, "to <payee>", the reason in a notice; UPI Ref No., Attempted on, Paid from in shaded
  labels); the society's CASH VOUCHER for a weaver's festival advance before Ugadi and Ramzan under its
  Kannada heading (Voucher No. struck in red; Date, Paid to, Rupees and Towards written in; Cash ticked among
  Cash, UPI and Cheque; Rs. in a box; the receiver's and the Secretary's signatures); super.money's UPI
  payment to the shop's assistant ("Today, <hour>"; Sent, the sum, "to <payee>"; a copyable UPI Ref No.; From;
  no day). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: the Hubballi-Dharwad
  Municipal Corporation's trade licence renewal receipt for the shop under its Kannada name (each field in a
  ruled row, its Kannada over its English in a shaded cell, the value printed: ರಸೀದಿ ಸಂಖ್ಯೆ / Receipt No.,
  ಉದ್ದಿಮೆ ಪರವಾನಗಿ ಸಂಖ್ಯೆ / Trade Licence No., ಉದ್ದಿಮೆಯ ಹೆಸರು / Trade Name, ಮೊತ್ತ / Amount, ಪಾವತಿ ವಿಧಾನ /
  Payment Mode, ವಹಿವಾಟು ಸಂಖ್ಯೆ / Transaction No., ಪಾವತಿ ದಿನಾಂಕ / Payment Date); the Hubballi One centre's
  receipt on its torn roll for the Labour Department's shop registration renewal (CENTRE, DEPARTMENT, SERVICE,
  APPL NO, SERVICE FEE, CENTRE CHG, TOTAL, MODE, UPI REF, TXN NO, DATE typed in its printer's face); the GST
  portal's payment of the society's GST failed under a large cross (the reason in a notice; CPIN, GSTIN,
  Amount, Mode, Attempted on at the left and the right); the Karnataka Labour Welfare Board's annual
  contribution pending at the bank (a capsule, its stages across the page, a notice; labels small over their
  values two to a row: Establishment No. and Year, Employees and Amount, Transaction ID and Initiated on); the
  Karnataka State Pollution Control Board's consent fee receipt for the society's dye vats (its sentence;
  Application No., Industry, Category, Fee, Payment Mode, Transaction ID, Bank Ref. No., Payment Date in dot
  leaders); the KSP app with a Hubballi-Dharwad traffic e-challan on the society's tempo paid ("Today,
  <hour>"; the police under the app's bar, a scalloped badge, Challan paid, the sum; Challan No., Vehicle No.,
  Offence, Transaction ID, Paid via at the left and the right; no day); the Town Municipal Council of
  Navalgund's property tax receipt from its book under its Kannada name (No. left blank; Date, Name, Property
  No. and Year written in; Rs. in a box; "Recd. in cash"; the revenue section's oval stamp; no reference);
  Khajane-II's e-challan for the Department of Co-operative Audit's audit fee paid (CRN, Department, DDO,
  Purpose, Remitter, Amount, Bank, Bank Reference No., Payment Date, Status in a table ruled on every side).
  All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top, under its app's bar or named in its
  message: New India Assurance's PREMIUM RECEIPT for the weaving hall's Bharat Sookshma Udyam Suraksha policy
  (Receipt No., Receipt Date, Policy No., Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR two
  pairs to a row with colons); Universal Sompo's shopkeeper's policy receipt for the Hubballi shop (Receipt
  No., Receipt Date, Policy No., Insured, Premium, GST 18%, Total, Payment Mode, UPI Ref in dot leaders);
  ManipalCigna's app with a renewal's card payment failed under a tile's cross (the insurer under the app, the
  reason in a notice; each value over its label: Policy No., Premium, Payment ID, Card, Attempted on); ICICI
  Lombard's IL TakeCare app with the society's tempo's motor policy renewed ("Today, <hour>"; the insurer
  under the app, a large tick, Policy renewed, the sum; Policy No. and Transaction ID in tiles; "Paid via
  UPI"; no day); PNB MetLife's group term renewal premium under verification (the insurer under the app, a
  spinner, the sum, a notice; Policy No., Transaction ID, Initiated on, Payment mode against a gutter);
  Oriental Insurance's marine cargo certificate for the Dubai consignment (its sentence; Certificate No.,
  Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment Date in a striped
  table); Kotak Life's SMS of a premium received ("Dear Customer, we have received Rs x towards premium for
  policy ... on <dd-mm-yyyy> via UPI AutoPay. Thank you. -Kotak Life"; no reference); United India Insurance's
  PREMIUM RECEIPT for the weavers' group personal accident policy paid by cheque (Persons | Rate | Premium in
  a table ruled on every side, GST 18%, Total; "Received ... by Cheque No. ... drawn on ..."; "Subject to
  realisation of the cheque"). All new here.

* ``card_slips``: Cards on the shop's and the Krishi Mela stall's terminals and the society's card elsewhere:
  Pine Labs' SALE slip at Navalgund Jamkhana Mane (each label padded to a column of dots: DATE, TIME, MID,
  TID, BATCH NO, INVOICE NO, CARD, CARD TYPE, APPR CODE, RRN, BASE AMOUNT, TOTAL AMOUNT; SIGNATURE NOT
  REQUIRED, CUSTOMER COPY); Mswipe's slip at the Krishi Mela stall in the Mela's days with the bank's answer
  awaited (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TRANSACTION STATUS: PENDING, RESPONSE AWAITED FROM
  BANK, PLEASE DO NOT RETRY); Worldline's slip at a Bengaluru hotel (DATE and TIME on a line, MID and TID on a
  line; CARD, EXPIRY, AUTH CODE, RRN, TXN ID; TOTAL; APPROVED, MERCHANT COPY); Bank of India's slip at a
  Hubballi filling station DECLINED (RESP CODE 05, DO NOT HONOUR, TRANSACTION DECLINED); IndusInd Bank's SMS
  of a spend on the society's credit card ("Your IndusInd Bank Credit Card XX1234 has been used for INR x at
  <MERCHANT> on <dd/mm/yy>. Avl Lmt ..."; no reference); IDFC FIRST Bank's app with a spend at Croma ("Today,
  <hour>"; the merchant's line and its town, the sum, Transaction successful; Card, Reference No., Category at
  the left and the right; no day); a Hubballi restaurant's bill from DotPe settled by card (Bill No., Date,
  Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Paid by Card", the card and its Appr);
  Star Air's booking receipt for the export coordinator's flight paid by card (PNR, Passenger, Flight, Date of
  journey, Base fare, Taxes and fees, Total paid, Card, Transaction ID, Paid on with colons). All new here.

* ``utility_bills``: The weaving hall's and the shop's bills: HESCOM's online payment receipt for the weaving
  hall under its Kannada name (Payment Successful; each label in English with its Kannada after it in
  brackets, dot leaders and the value: Account ID, RR No., Consumer Name, Bill Month, Amount Paid, Receipt
  No., Transaction ID, Payment Date, Mode); MyJio's JioFiber bill paid ("Today, <hour>"; the company under the
  app's bar, a tile's tick, the sum set large; labels small over their values two to a row: JioFiber No. and
  Plan, Transaction ID and Paid via; no day); Dish TV's recharge failed on a tinted band (the company under
  the app, the reason in a notice; VC No., Amount, Order ID, Payment mode, Attempted on each in a form's
  rounded box under its small label); the Hubballi-Dharwad Municipal Corporation's water charges e-receipt for
  the shop under its Kannada name (Receipt No., Connection No., Consumer, Period, Amount, Transaction ID, Paid
  on, Mode in a striped table); IDFC FIRST Bank FASTag's recharge for the society's tempo pending on a
  scalloped badge with a clock's hands (a notice; Vehicle No., Tag ID, Recharge Amount, Transaction Ref.,
  Mode, Initiated on in dot leaders); an HP Gas distributor's CASH MEMO for the dye kitchen's commercial
  cylinder (the distributor under HP Gas; Memo No. left blank; Date, Consumer No., Cylinder, Rate (incl. GST)
  and Delivery written in; Total Rs. in a box; "Recd. cash" and the delivery man's initials; no reference);
  HESCOM's SMS of a payment received for the shop ("Dear Consumer, payment of Rs.x for RR No. ... received
  through UPI on <dd-mm-yyyy>. Receipt No. ... -HESCOM"); the Vi app with the shop's postpaid bill paid (the
  company under the app's bar, a large tick, Payment successful, the sum; Vi number, Transaction ID, Paid on,
  Paid using at the left and the right). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: Karnataka Grameena Bank's SMS in Kannada in a
  card in the phone's messages thread under its day divider ("ರೂ. x ನಿಮ್ಮ ಖಾತೆ XX1234 ಯಿಂದ <PAYEE> ಅವರಿಗೆ UPI
  ಮೂಲಕ ವರ್ಗಾಯಿಸಲಾಗಿದೆ (<dd-mm-yyyy>). ಯುಪಿಐ ಉಲ್ಲೇಖ: ... -ಕರ್ನಾಟಕ ಗ್ರಾಮೀಣ ಬ್ಯಾಂಕ್" (Rs. x was transferred from
  your account XX1234 to <PAYEE> by UPI (<day>); UPI reference: ...)); SMS in Punjab National Bank's ("Your
  NEFT of Rs.x to <PAYEE> from A/c XX1234 on <dd-mm-yy> is in process. UTR ... -PNB"), IDBI Bank's ("IMPS txn
  of INR x from A/c ***1234 to <PAYEE> on <dd.mm.yyyy> failed. Ref no ... Debited amount, if any, will be
  reversed. -IDBI Bank"), Bank of India's ("BOI - Rs.x debited from A/c XX1234 on <dd-Mon-yy> for NEFT to
  <PAYEE>. Avl Bal Rs.y"; no reference) and UCO Bank's ("A/c XX1234 Debited with Rs.x on <dd/mm/yyyy> by UPI
  to <PAYEE>. UPI Ref ... -UCO Bank") wordings; South Indian Bank's mail ("INR x has been debited from your
  account XX1234 on <dd-Mon-yyyy> towards RTGS to <PAYEE>. UTR: ..."); AU Small Finance Bank's WhatsApp
  banking under the chat's day divider ("Rs. x has been debited from your A/c XX1234 on <dd/mm/yy> towards
  IMPS to <PAYEE>. IMPS Ref No ..."); the Dharwad DCC Bank's SMS in Truecaller's messages under a "Today"
  divider (its smart card: Debited, the sum, "to <PAYEE>", A/c, UTR; the message under it without its day; no
  day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Kannada and Noto Serif Kannada
(heldout285's and heldout271's, regular and bold, fonts-noto-core) for the Kannada lines, fields, hand and
SMS, an upright Noto Serif for a Kannada hand's figures, Noto Nastaliq Urdu (heldout277's, fonts-noto-core)
for an Urdu line, an italic or oblique for the hand (``heldout304_families.PENS``) and a fixed-width face of
the page's own (``heldout304_families.TYPES``). The Krishi Mela stall's roll and its card slip are drawn in
the Mela's days (19 to 22 September 2026), the weaver's festival advance in the fortnight before Ugadi and
Ramzan Eid (19 March 2026) and the Labour Welfare Board's yearly contribution in the first half of January;
the other days anywhere in 2026. GST is 5% on the durries, runners, covers and hangings (HSN 5702, 6304, 5805;
IGST 5% to a resort in Goa, included in the Mela stall's prices) and on the cotton yarn (HSN 5205, IGST 5%
from Tamil Nadu), 18% on the dyes and chemicals (IGST 18% from Gujarat) and on the general insurance premiums
(CGST 9% and SGST 9%, GST 18%), 5% on the restaurant's food (CGST 2.5% and SGST 2.5%); the goods transport's
GST is the consignor's under reverse charge; the health and life premiums carry none shown and the tempo's
motor premium prints none. Cauvery deducts TDS under section 194Q (0.1%) from its bills, as a large buyer
must.

Truth conventions (heldout303's, heldout302's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Kotak811's and Tata Neu's "Paid to", after "to" on MobiKwik, Groww and IDFC FIRST Bank, under FamApp's
  initials; the shop, the society as a bank's field cuts it (NAVALGUND MAHILA JAMKHANA) or the shop with its
  town (NAVALGUND JAMKHANA MANE HUBLI); never the app, the payer, a UPI ID or "Received from <buyer>".
  *settled* (heldout303's PhonePe set in Telugu): a UPI app set in Kannada reads as the same app in English,
  the name under Google Pay's "ಇವರಿಗೆ" (to) its payee. *settled* (heldout268 to heldout303): a receiving
  business's own app pays the business named under the app, here the shop under BharatPe for Business (never
  BharatPe or "Received from <buyer>"). *settled* (heldout167 to heldout303): a payer's advice pays the one it
  pays, never the payer on top or a salutation; here the society after Cauvery's "To," as M/s. (never the
  Corporation, its Kannada name or Cauvery), the society after the Math's "To, The Secretary," (never the Math
  or its Trust Committee), Oracle's Supplier (never the IT firm on top or its Supplier Site), HSBCnet's
  Beneficiary Name (never the resort company, HSBC or its Customer Reference), Indus Direct's Beneficiary
  (never the hotel company or the bank), the payee in the Google Chat message ("Payment done: Rs. x to <payee>
  by NEFT", never the sender, the space or the @mention, *settled* heldout286, heldout299, heldout301 and
  heldout303), the Marg ERP advice's Party (never the wholesaler on top), the Payee in the architects' card
  (never the studio or "Dear Madam"). *settled* (heldout155 to heldout303): an inward wire pays the society,
  here CommBank's Payee name, Mizuho's Beneficiary (never the "To: <remitter>" its notice is addressed to),
  UBS' Recipient, the name after SEB's "till / to", Danske Bank's Beneficiary, the name after "to" on Mashreq
  and NBK, Citi's Beneficiary; never the remitter, its line or the bank on top. *settled* (heldout175 to
  heldout303): the society's own paper pays its shop or itself on top, here NAVALGUND JAMKHANA MANE on its tax
  invoice (never its Kannada line, the society it is a unit of or its Billed to), the shop on top of PayU's
  page, of Shopify's mail and of the Mela stall's roll, the society on top of its advance receipt (never its
  Kannada line or the Received from written in); *settled* (heldout302's PayPal) Stripe's checkout pays the
  shop after its "Pay" (never stripe); *settled* (heldout285's Jaypore payout) GoCoop's payout pays its Seller
  (never GoCoop); *settled* (heldout268 to heldout303) the business named on top of OkCredit's entry, as a
  business's own app (never OkCredit or "from <customer>"). A name in Kannada over its English: the English
  line, never the Kannada (*settled* heldout271 and heldout285); in Urdu over its English: the English line
  (*settled* heldout277 and heldout303). *settled* (heldout187 to heldout303): a supplier's name on top of its
  own paper, here SRI KAMAKSHI SPINNING MILLS (never its Consignee), the carpenter's name written in Latin
  letters at his chit's head (Basappa Badiger; *settled* heldout294 and heldout303; never its Kannada lines),
  VRL LOGISTICS LTD. on top (never its Consignor or Consignee), udaan's Seller (never udaan), RANGOLI DYES &
  CHEMICALS on top of its Swipe invoice (never Swipe), Packman Packaging on top of its checkout, RAZAK DYEING
  WORKS under its Urdu name (never its M/s written in); *settled* (new here) a supplier's WhatsApp Business
  chat pays the business named at the chat's head (Hubli Yarn Centre; never WhatsApp or the society's order),
  because the supplier's own account writes there of the money it got, as a supplier's name on top of its own
  paper. *settled* (heldout179 to heldout303): a banking page pays the payee, here the name after "to" on
  InstaBIZ and AU 0101, PNB ONE's and IOB Mobile's Beneficiary, the Beneficiary name written on the DCC Bank's
  form (never its Remitter or the bank's Kannada name), Karnataka Grameena Bank's ಫಲಾನುಭವಿ / Beneficiary, SIB
  Mirror+'s Beneficiary Name, the payee in IndusMobile's "<sum> sent to <payee>". *settled* (heldout150 to
  heldout303): a pay slip pays the worker, here the Weaver written on the weaving account (never the hall or
  its Kannada heading), Keka's Employee (never the society on top), the name under JioFinance's "Paid to",
  after "to" on Jupiter, Freecharge and super.money, the cash voucher's Paid to (*settled* heldout298 and
  heldout302); *settled* (new here) a worker's receipt signed by her thumb's impression pays the worker whose
  name is written under it (never the society on top or its Kannada name), because a thumb's impression signs
  for one who does not write as a signature signs (*settled* heldout284, heldout299, heldout300 and
  heldout303: a worker's signed paper pays the worker who signs it). *settled* (heldout153 to heldout303): a
  fee page pays the authority as printed, here the Hubballi-Dharwad Municipal Corporation (or HDMC as printed)
  under its Kannada name, Hubballi One's DEPARTMENT (LABOUR DEPARTMENT; *settled* heldout275, heldout301 and
  heldout303's kiosks: never the centre), Goods and Services Tax on top of the GST portal (*settled*
  heldout300 and heldout301), the Karnataka Labour Welfare Board on top (never the Establishment, *settled*
  heldout281), the Karnataka State Pollution Control Board (or KSPCB) on top, the police under the KSP app's
  bar (Hubballi-Dharwad City Traffic Police; *settled* heldout272, heldout301 and heldout303: never the app or
  the Karnataka State Police), the TOWN MUNICIPAL COUNCIL, NAVALGUND under its Kannada name (never the Name
  written in), Khajane-II's Department (the Department of Co-operative Audit; *settled* heldout285: never
  Khajane-II, its DDO or the Remitter). *settled* (heldout199 to heldout303): an insurer's receipt pays the
  insurer on top (full or short as printed), under its app's bar (ManipalCigna, ICICI Lombard and PNB MetLife)
  or signing its SMS (Kotak Life), never the Insured, the policy's persons covered or "Received from". A
  slip's counter name line as printed (NAVALGUND JAMKHANA MANE, NAVALGUND JAMKHANA - KRISHI MELA or its first
  part, the hotel, the filling station), never *settled* the terminal's brand or bank over it (pine labs,
  mswipe, Worldline, BANK OF INDIA); IDFC FIRST Bank's merchant line over its town (*settled* heldout297,
  heldout302 and heldout303's card issuers' apps); the restaurant on top of its bill (never DotPe); Star Air
  on top of its receipt (the airline whose fare the card paid, *settled* heldout272, heldout282, heldout300
  and heldout302; never the Passenger); the name after "at" in IndusInd Bank's "has been used for INR x at
  <MERCHANT> on <day>" (*settled* heldout299, heldout300 and heldout302's "at <MERCHANT>"). A utility's
  biller: HESCOM's company on top under its Kannada name (its name in full or HESCOM as printed; never the
  Consumer Name), Reliance Jio Infocomm under MyJio's bar, Dish TV India under its app's bar, Vodafone Idea
  under the Vi app's bar (*settled* heldout285, heldout301 and heldout303: the company, never the app), the
  Hubballi-Dharwad Municipal Corporation on top of its water e-receipt (never the Consumer), IDFC FIRST Bank
  FASTag under its bar (the tag's bank, *settled* heldout295 and heldout302), the HP Gas distributor on top
  (*settled* heldout269, heldout301 and heldout303's gas distributors: never HP Gas), HESCOM signing its SMS
  (*settled* heldout302's APEPDCL). An SMS, mail, chat or messages app's alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines where it
  wraps): the Kannada SMS' "<PAYEE> ಅವರಿಗೆ" (to <PAYEE>, *settled* heldout285), PNB's "to <PAYEE> from", IDBI
  Bank's "to <PAYEE> on", Bank of India's "for NEFT to <PAYEE>.", UCO Bank's "by UPI to <PAYEE>. UPI Ref",
  South Indian Bank's "RTGS to <PAYEE>. UTR", AU Bank's "IMPS to <PAYEE>. IMPS Ref", the Truecaller card's "to
  <PAYEE>" (its message's "NEFT to <PAYEE>. UTR" the same).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), BharatPe's sum large in
  its card. *settled* (heldout152 to heldout303): a payer's advice counts its net sum, here Cauvery's Net Paid
  (its sentence's sum the same; never a Bill Amount or the TDS 194Q, *settled* heldout296, heldout298,
  heldout301 and heldout303: never a TDS), the Math's Rs. x/- (its words the same), Oracle's Payment Amount
  (never an invoice's Amount Paid where there are several), HSBCnet's and Indus Direct's Amount, the Rs. x in
  the Google Chat message, the Marg advice's Total Paid (never a Bill Amt.), the architects' Rs. x/- (its
  card's Amount the same). *settled* (heldout155 to heldout303): an inward wire's foreign sum, here Australian
  dollars (A$ or AUD, *settled* heldout202 and heldout289), yen whole (JPY 879,000 or ¥879,000 is 879000.00,
  *settled* heldout240), Swiss francs with apostrophes between the thousands (CHF 7'609.82 or 7'609.82 CHF is
  7609.82, *settled* heldout243, heldout276 and heldout283), kronor the Swedish way (20 850,00 kr or SEK 20
  850,00 is 20850.00, *settled* heldout240, heldout243 and heldout271), kroner the Danish way (9.550,00 DKK,
  DKK 9.550,00 or kr. 9.550,00 is 9550.00, *settled* heldout245, heldout255 and heldout296), dirhams (AED,
  *settled* heldout205), Kuwaiti dinars with three places (KWD 2,790.730 or KD 2,790.730 is 2790.73, *settled*
  heldout244), US dollars ($ or USD); never a fee or charges. *settled* (heldout175 to heldout303): a receipt
  counts the sum received, here the tax invoice's Invoice Total (never the Taxable Value, IGST 5% or a line's
  Amount; its Amount received panel the same), PayU's Amount, the advance receipt's ಮುಂಗಡ / Advance written in
  (never its ಆದೇಶ ಮೌಲ್ಯ / Order value or ಬಾಕಿ / Balance; *settled* heldout250, heldout252, heldout301 and
  heldout303), Shopify's Total (never its Subtotal or Shipping), the roll's TOTAL (its Received the same;
  never a line's sum), GoCoop's Net payout (never an order's value, Commission or Net; *settled* heldout285's
  Jaypore), OkCredit's "<sum> received" (never its Balance); *settled* (heldout302's PayPal) Stripe's sum in
  US dollars ($391.49 is 391.49 USD), because the buyer abroad pays the web shop in dollars. A whole sum
  closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout303): a supplier's
  paper counts the sum paid, here the mill's Total under the highlighter (never IGST 5% or a line's Amount),
  the carpenter's ಒಟ್ಟು (total) written at its line's end (never a line's figure; *settled* heldout294 and
  heldout303's hands), VRL's Total freight (never Freight, Hamali or Door collection), udaan's and Packman's
  Amount, the Amount under the Swipe invoice's Payment received (its Total the same; never the Taxable amount
  or IGST 18%), the dyer's Total written in (never a line's Rs. or a Rate), the sum in the yarn shop's
  "Payment received <sum>" (never the order's lines). A banking page's sum, the DCC Bank's ಮೊತ್ತ / Amount
  written in. *settled* (heldout167 to heldout303): a pay slip's net sum, here the weaving account's Total
  written in (never a line's Rs., a Rate or the square feet), Keka's Net Pay (never an earning or a deduction;
  its words the same), the apps' sums, the Rs. x/- in the wage receipt's Kannada hand, the cash voucher's Rs.
  in its box (its Rupees in words the same). A fee page's ಮೊತ್ತ / Amount, Amount, Fee, KSP's sum large, the
  Town Municipal Council's Rs. in its box; *settled* (heldout303's MeeSeva) Hubballi One's TOTAL, never its
  SERVICE FEE or CENTRE CHG alone; the Labour Welfare Board's Amount (never the shares each employee and
  employer give). An insurer's premium with its GST where it carries one (*settled*), here New India's Total
  Premium (never Net Premium, CGST 9% or SGST 9%), Universal Sompo's Total (never Premium or GST 18%),
  Oriental's Total Premium (never Premium, GST 18% or the Sum Insured), United India's Total (never a Rate,
  the Premium or GST 18%), ManipalCigna's Premium, the sums on ICICI Lombard and PNB MetLife, the Rs x in
  Kotak Life's SMS. A slip's TOTAL AMOUNT (its BASE AMOUNT the same), AMOUNT, TOTAL, the INR x in IndusInd
  Bank's SMS (never its Avl Lmt), IDFC FIRST Bank's sum large, the restaurant's Grand Total (never the Sub
  Total, CGST 2.5%, SGST 2.5% or a dish), Star Air's Total paid (never its Base fare or Taxes and fees). A
  utility's Amount Paid, the sums large, Dish TV's Amount, the water e-receipt's Amount, the FASTag's Recharge
  Amount, the cash memo's Total Rs. in its box (never the Rate (incl. GST) or the Delivery), the Rs.x in
  HESCOM's SMS. An alert's sum debited or transferred as worded (grouped the Indian or the English way or not
  at all), never an Avl Bal. Currency INR but on the wires and Stripe's page.

* status: as printed. BharatPe's Payment successful, Kotak811's Successful, Tata Neu's Payment successful,
  FamApp's Paid successfully, IDFC FIRST Bank's Payment Successful successes; *settled* (heldout303's PhonePe
  in Telugu) Google Pay's "ಪಾವತಿಸಲಾಗಿದೆ" (paid) a success, the Kannada screen printing the English screen's
  outcome word for word; Groww's Payment processing pending; MobiKwik's Payment Failed failed. A payer's own
  record of the payment made (*settled*, as heldout295's, heldout301's and heldout303's remittances and
  vouchers): Oracle's Remittance Advice with its Payment Method and Bank Reference, the Marg advice's Total
  Paid with its IMPS Ref. No.; Cauvery's "has been credited", the Math's "We have today remitted", the Google
  Chat message's "Payment done", the architects' "We have released" (*settled* heldout299 and heldout302's
  "released") successes; HSBCnet's Pending bank processing pending (as heldout303's Kotak FYN); Indus Direct's
  Transaction Rejected failed (as heldout301's RTGS Rejected and heldout303's RTGS returned). A wire's
  CommBank Transfer sent, Mizuho's "has been executed", SEB's Betalning genomförd / Payment completed,
  Mashreq's Transfer successful, NBK's Transfer completed, Citi's Processed successes; UBS' In progress
  pending; Danske Bank's Payment returned failed. A receipt's Amount received (IMPS) panel under the tax
  invoice, the advance receipt's "ನಗದು ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) in a Kannada hand (*settled* heldout285
  and heldout294's hands' "received"), Shopify's "We have received your payment", the roll's Received,
  GoCoop's Settled, OkCredit's "received" (*settled* heldout303's Khatabook: a ledger app enters money got
  only once it is received) successes; PayU's Transaction pending pending; Stripe's "Your card was declined."
  failed (*settled* heldout302's PayPal). A supplier's "Paid by RTGS" (or NEFT) written under the mill's
  invoice with the accountant's tick (*settled*, as heldout298's, heldout299's and heldout303's notes on a
  supplier's invoice), the carpenter's "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (I have received cash) in a Kannada hand, VRL's Paid
  by UPI with its UPI Ref (*settled* heldout300 and heldout303: a carrier's receipt printed only once its
  freight is paid), the Swipe invoice's Payment received, "Paid by PhonePe" written on the dyer's bill, the
  yarn shop's "Payment received" successes; udaan's Payment awaiting confirmation pending; Packman's Payment
  failed failed. A banking page's IMPS transfer completed under InstaBIZ's TRANSFER SUCCESSFUL ribbon, AU
  0101's Paid, Karnataka Grameena Bank's Transfer successful (its Kannada line the same), SIB Mirror+'s
  Transaction Status Success, IndusMobile's Money sent, the UTR written in under the DCC Bank's PROCESSED
  stamp (*settled* heldout274, heldout296, heldout298, heldout301 and heldout303) successes; IOB Mobile's NEFT
  Pending pending; PNB ONE's Transaction Failed failed. A pay slip's "Paid by UPI, Ref ..." written on the
  weaving account, Keka's payment by bank transfer with its UTR, JioFinance's Payment successful, the wage
  receipt's "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (I have received cash) over her thumb's impression, the cash voucher with Cash
  ticked (a payer's own record of cash paid, *settled* heldout298 and heldout302), super.money's Sent
  successes; Jupiter's Payment in progress pending; Freecharge's Payment failed failed. A fee page's HDMC
  Payment received, Hubballi One's receipt with MODE UPI and its UPI REF, KSPCB's "has been received", KSP's
  Challan paid, the Town Municipal Council's "Recd. in cash", Khajane-II's Status Success successes; the
  Labour Welfare Board's Pending at bank pending; the GST portal's Payment Failed failed. An insurer's New
  India PREMIUM RECEIPT with its UTR, Universal Sompo's receipt with its UPI Ref, ICICI Lombard's Policy
  renewed (as heldout303's Digit's Policy issued), Oriental's "Your payment was received", Kotak Life's "we
  have received", United India's receipt by cheque with "Subject to realisation of the cheque." (*settled*
  heldout270, heldout276, heldout282, heldout285 and heldout303) successes; PNB MetLife's Payment under
  verification pending; ManipalCigna's Payment failed failed. A slip's APPROVED, IDFC FIRST Bank's Transaction
  successful, the restaurant's "Paid by Card" with its Appr (*settled* heldout297, heldout298 and heldout303),
  Star Air's Payment successful successes; *settled* (new here) IndusInd Bank's "has been used for INR x at
  <MERCHANT>" a success, because an issuer reports its card used for a sum only once the merchant's charge is
  authorised, as its "spent" (*settled* heldout300, heldout302 and heldout303); Mswipe's TRANSACTION STATUS:
  PENDING with RESPONSE AWAITED FROM BANK and PLEASE DO NOT RETRY pending (*settled* heldout282 and heldout299
  to heldout303); Bank of India's TRANSACTION DECLINED (RESP CODE 05, DO NOT HONOUR) failed. A utility's
  HESCOM Payment Successful, MyJio's and Vi's Payment successful, the water e-receipt with its Transaction ID,
  the cash memo's "Recd. cash", HESCOM's SMS' "received" successes; IDFC FIRST Bank FASTag's Recharge pending
  pending; Dish TV's Recharge failed failed. *settled*: an SMS, mail, chat or messages app's alert's debit a
  success whatever its bank's wording (the Kannada SMS' "ವರ್ಗಾಯಿಸಲಾಗಿದೆ" (has been transferred), Bank of
  India's "debited", UCO Bank's "Debited with", South Indian Bank's and AU Bank's "has been debited", the
  Truecaller card's Debited); PNB's "is in process" pending (as heldout303's Union Bank of India's "is under
  process"); IDBI Bank's "failed" failed.

* date: the day paid. A UPI screen's day and hour: BharatPe's Date, Kotak811's and MobiKwik's Date & Time,
  Tata Neu's Date, Groww's Initiated, FamApp's day and hour; *settled* (new here) Google Pay's day with its
  month's name in Kannada (18 ಸೆಪ್ಟೆಂಬರ್ 2026 is 2026-09-18), because an app set in Kannada names the month in
  the language its user chose and leaves the day and the year in figures; IDFC FIRST Bank's "Today, <hour>"
  prints no day (*settled*). Cauvery's Date on its Ref.'s line, the Math's Date on its No.'s line, Oracle's
  Payment Date (never an Invoice Date), HSBCnet's Value Date, Indus Direct's Transaction Date, the Marg
  advice's Date (never a Bill Date), the day in the architects' sentence (its Released on the same); the
  Google Chat message under its "Today" divider prints no day (*settled* heldout286, heldout289, heldout299,
  heldout301 and heldout303; never a message's hour). A wire's CommBank Transfer date, Mizuho's Remittance
  date year first with slashes (2026/07/23 is 2026-07-23, *settled* heldout272 and heldout291), UBS' Execution
  date, SEB's Datum / Date as an ISO day (2026-04-10, *settled* heldout270 and heldout271), Danske Bank's
  Booking date, Mashreq's Date, Citi's Transaction Date month first the American way or in words (05/31/2026
  or May 31, 2026, *settled* heldout272); NBK's "Today, <hour>" prints no day (*settled*). A receipt's Invoice
  Date (the IMPS under it the same day), PayU's Date, the advance receipt's ದಿನಾಂಕ / Date written in,
  Shopify's Order date, Stripe's Date, the roll's Date, GoCoop's Settled on (never the orders' month);
  OkCredit's "Today, <hour>" prints no day. The "on <day>" written under the mill's invoice (never its invoice
  Date), the ದಿನಾಂಕ (date) and the day on the carpenter's chit, VRL's Booking date, udaan's Placed on, the
  Swipe invoice's Received on (never its invoice Date), Packman's Attempted on, the dyer's Date written in;
  the yarn shop's chat under its "Today" divider prints no day. A banking page's Date & Time, Transaction
  Date, Initiated on, ದಿನಾಂಕ / Date, the ದಿನಾಂಕ / Date written on the DCC Bank's form, IndusMobile's "on <day>
  at <hour>"; AU 0101's "Today, <hour>" prints no day. A pay slip's Paid on written on the weaving account
  (never a day in its rows, *settled* heldout298, heldout301 and heldout303), Keka's Paid on (never the
  payslip's month), JioFinance's Date and time, Jupiter's Started, the ದಿನಾಂಕ (date) in the wage receipt's
  Kannada hand, Freecharge's Attempted on, the cash voucher's Date written in; super.money's "Today, <hour>"
  prints no day. A fee page's ಪಾವತಿ ದಿನಾಂಕ / Payment Date, Hubballi One's DATE, the GST portal's Attempted on,
  the Labour Welfare Board's Initiated on (never its Year), KSPCB's Payment Date, the Town Municipal Council's
  Date written in (never its Year), Khajane-II's Payment Date (never the year of its Purpose); KSP's "Today,
  <hour>" prints no day. An insurer's Receipt Date, Date, ManipalCigna's Attempted on, PNB MetLife's Initiated
  on, Oriental's Payment Date, the "on <dd-mm-yyyy>" in Kotak Life's SMS; ICICI Lombard's "Today, <hour>"
  prints no day. A slip's DATE (dd/mm/yyyy, dd/mm/yy or dd-MON-yy in capitals), the restaurant's Date, the "on
  <dd/mm/yy>" in IndusInd Bank's SMS, Star Air's Paid on (never its Date of journey); IDFC FIRST Bank's card
  app's "Today, <hour>" prints no day. A utility's Payment Date (never a Bill Month), Attempted on, Paid on
  (never the water e-receipt's Period), Initiated on, the cash memo's Date written in, the "on <dd-mm-yyyy>"
  in HESCOM's SMS; MyJio's "Today, <hour>" prints no day. The alerts' "(<dd-mm-yyyy>)" in the Kannada SMS (in
  Latin figures as the bank sends them, *settled* heldout285 and heldout294), "on <dd-mm-yy>", "on
  <dd.mm.yyyy>", "on <dd-Mon-yy>", "on <dd/mm/yyyy>", "on <dd-Mon-yyyy>", "on <dd/mm/yy>"; Truecaller's card
  under its "Today" divider prints no day (*settled*, as heldout279's and heldout287's "now"). All numeric
  days here are day first (heldout251, heldout259) but Mizuho's year first, SEB's ISO day and Citi's month
  first. *settled*: never a Period, a Bill Month, a Year, a payslip's month, an orders' month, an invoice's, a
  bill's, a journey's or a joining day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or
  inside an app's, a portal's, a bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Cauvery's NEFT or RTGS, the Math's RTGS or NEFT,
  Oracle's EFT, HSBCnet's NEFT, Indus Direct's RTGS, the Google Chat message's NEFT, the Marg advice's IMPS,
  the architects' NEFT; the tax invoice's Amount received (IMPS), GoCoop's payout by UTR; the RTGS or NEFT
  written on the mill's invoice, udaan's Net banking; the banking pages but AU 0101's UPI, the DCC Bank's RTGS
  ticked; Keka's bank transfer (NEFT); HDMC's, the GST portal's, the Labour Welfare Board's, KSPCB's and
  Khajane-II's Net Banking; New India's NEFT, PNB MetLife's and Oriental's Net Banking; HESCOM's Net Banking;
  the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way (*settled*: CommBank's Shared (SHA), Mizuho's
  SHA, UBS' Shared (SHA), SEB's Delad / Shared, Danske Bank's, Mashreq's SWIFT (SHA), NBK's international
  transfer, Citi's SHA; *settled* heldout279, heldout301 and heldout303). UPI for the UPI screens and
  BharatPe's UPI; PayU's UPI collect request, Shopify's UPI (Razorpay), the roll's UPI, OkCredit's UPI; VRL's,
  the Swipe invoice's and the yarn shop's UPI, the dyer's PhonePe; AU 0101's UPI; the weaving account's UPI,
  JioFinance, Jupiter, Freecharge and super.money; Hubballi One's and KSP's UPI; Universal Sompo's, ICICI
  Lombard's and Kotak Life's UPI (AutoPay); MyJio's, the water e-receipt's, the FASTag's and HESCOM's SMS'
  UPI; the UPI alerts. Card for Stripe's Visa, Packman's credit card, ManipalCigna's debit card, the slips,
  IndusInd Bank's SMS, IDFC FIRST Bank's card app, the restaurant's "Paid by Card", Star Air's card, Dish TV's
  debit card and Vi's credit card. Cash for the advance receipt's "ನಗದು ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) and
  the carpenter's and the wage receipt's "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (I have received cash) in a Kannada hand
  (*settled* heldout285 and heldout294), the cash voucher's Cash ticked, the Town Municipal Council's "Recd.
  in cash", the cash memo's "Recd. cash". Cheque for United India's "by Cheque No. ..." (*settled*
  heldout270).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout303): a UPI
  reference / UTR / RRN / IMPS reference (BharatPe's UPI RRN, Google Pay's UPI ವಹಿವಾಟಿನ ಐಡಿ (UPI transaction
  ID, above its Google ವಹಿವಾಟಿನ ಐಡಿ), Kotak811's UPI Reference No., MobiKwik's UPI Ref No (above its MobiKwik
  Txn ID), Tata Neu's UPI transaction ID, Groww's UPI Ref. No., IDFC FIRST Bank's UPI Ref No.; Cauvery's UTR
  No., the Math's UTR, Oracle's Bank Reference, Indus Direct's UTR (above its Transaction Ref No.), the Google
  Chat message's UTR:, the Marg advice's Ref. No. (the IMPS reference); the tax invoice's IMPS Ref. No., the
  roll's UPI Ref, GoCoop's UTR, OkCredit's UPI Ref; the UTR written on the mill's invoice, VRL's UPI Ref, the
  Swipe invoice's UPI Ref, the dyer's and the yarn shop's UPI Ref; the banking pages' IMPS Ref No, UTR No.,
  UPI Ref No., UTR, ಐಎಂಪಿಎಸ್ ಉಲ್ಲೇಖ / IMPS Ref, SIB Mirror+'s UTR No. (above its Reference No.), the UTR
  written on the DCC Bank's form; the weaving account's Ref, Keka's UTR, the apps' UPI Ref; Hubballi One's UPI
  REF (above its TXN NO); New India's UTR, Universal Sompo's UPI Ref; a slip's RRN; the alerts' UTR, Ref no,
  UPI Ref, IMPS Ref No, the Kannada SMS' ಯುಪಿಐ ಉಲ್ಲೇಖ (UPI reference)), then a bank reference (CommBank's
  Receipt number, Mizuho's Our reference, UBS reference, SEB's Referens / Reference, Danske Bank's Reference,
  NBK's Reference, Citi's Payment Reference, the HSBC Reference (above its Customer Reference), KSPCB's Bank
  Ref. No. (above its Transaction ID), Khajane-II's Bank Reference No. (above its CRN)), then a transaction /
  payment id (Google's, MobiKwik's, PayU's Txn ID, Shopify's Razorpay Payment ID, Stripe's Payment ID, HDMC's
  ವಹಿವಾಟು ಸಂಖ್ಯೆ / Transaction No., the Labour Welfare Board's, KSP's and the water e-receipt's Transaction
  ID, Khajane-II's CRN (*settled* heldout302's CFMS Challan No.: a treasury's challan as its GRN),
  ManipalCigna's Payment ID, ICICI Lombard's, PNB MetLife's and Oriental's Transaction ID, Worldline's TXN ID
  (under its RRN), IDFC FIRST Bank's card app's Reference No., Star Air's Transaction ID, HESCOM's, MyJio's
  and Vi's Transaction ID, the FASTag's Transaction Ref.), then an approval code (APPR CODE, AUTH CODE, the
  restaurant's Appr), then an order's number (PayU's Merchant Txn ID (*settled* heldout302's NTT DATA),
  Shopify's Order number, udaan's Order ID, Packman's Order No., Dish TV's Order ID, Star Air's PNR (*settled*
  heldout126)), then a document's own number (Oracle's Payment Number and the Customer Reference on HSBCnet (a
  payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and heldout303), the tax
  invoice's Invoice No., the roll's Bill No., the mill's Invoice No., the Swipe invoice's Invoice #, the
  dyer's No., the cash voucher's Voucher No. (*settled* heldout298 and heldout302), HDMC's ರಸೀದಿ ಸಂಖ್ಯೆ /
  Receipt No., KSP's Challan No. (*settled* heldout302 and heldout303's e-challans), New India's, Universal
  Sompo's and United India's Receipt No., a slip's INVOICE NO, INVOICE and INV NO, the restaurant's Bill No,
  HESCOM's and the water e-receipt's Receipt No., the Receipt No. in HESCOM's SMS (a receipt's own number, as
  the biller's receipt's); *settled* (new here) the GST portal's CPIN, because the portal numbers the challan
  when it is created, before it is paid, as heldout302's e-challan's Challan No.). *settled*: never a card,
  account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, the society's Regd. No., a
  Policy No., an Application No. or APPL NO (*settled* heldout298), an Establishment No., a Trade Licence No.,
  a Property No., an RR No. or Account ID, a Consumer No., a VC No., a Tag ID, a Vehicle No., a Certificate
  No., an Employee No., an LR No. or its barcode (*settled* heldout274, heldout299 and heldout303), a Cheque
  No. (*settled* heldout282), a slip's MID / TID / BATCH NO, a No. or Memo No. left blank, Cauvery's Ref. and
  the Math's No. (a letter's file number, *settled* heldout278 and heldout303's Rc. No.), Khajane-II's DDO
  (*settled* heldout303's IFMIS DDO Code), a bill, an invoice or an order named on an advice or a payout
  (Cauvery's, Oracle's and the Marg advice's bills, GoCoop's orders)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout304_families import (
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

SPLIT = "heldout304"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout302's and heldout303's: the screens in
# Noto Sans, DejaVu Sans, Liberation Sans (liberation2), FreeSans and Noto Sans Display; the pages in DejaVu
# Serif, Noto Serif Display, Liberation Serif (liberation), Noto Sans, FreeSerif and DejaVu Sans Condensed;
# the society's, its suppliers' and its people's papers in Noto Serif, Liberation Serif (liberation2), DejaVu
# Serif Condensed, FreeSans and Liberation Sans Narrow; the slips in four monos in another order; beside them
# Noto Sans and Noto Serif Kannada (heldout285's and heldout271's) for the Kannada lines, fields, hand and
# SMS, an upright Noto Serif for a Kannada hand's figures, Noto Nastaliq Urdu (heldout277's) for an Urdu line,
# a pen's italic or oblique (``heldout304_families.PENS``) and a page's own fixed-width face
# (``heldout304_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout304_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout304 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout316: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Toda embroidery women's society's year of 2026 in the Nilgiris, Tamil Nadu
(Nilgiri Toda Pugur Mahalir Sangam, நீலகிரி தோடர் புகூர் மகளிர் சங்கம், a society registered under the Tamil
Nadu Societies Registration Act (Regd. No. 46/2007, Nilgiris), GSTIN 33AAAAN6213R1ZK, Udyam
UDYAM-TN-29-0031457, with Pothily Kuttan its President, Sinthiya Nerveli its Secretary, who keeps the web shop
and the export orders, K. Manoharan, who keeps its accounts, S. Saraswathi at its showroom's counter and M.
Raju, its helper: its members (Nersamma Pellen, Kasamalli Ayyan, Thesamma Kwasten, Pelvas Muthan, Ivamma
Kuttan, Sinamma Pothan, Ponnamma Tarsh and Evamalli Kwehten among them, paid by the piece) embroider pugur,
the Todas' own embroidery, at home in the munds round Ooty: on a thick unbleached cotton woven with bands of
red and black stripes they darn motifs of red and black wool (a thread of blue now and then) from the cloth's
back, counting the threads of the weave, so that the pattern stands on the front in short upright stitches:
lozenges, buffalo horns, the sun with its rays, steps and crosses, into puthkuli shawls and stoles, table
runners, cushion covers, table mats, shoulder bags, spectacle cases, mobile pouches, bookmarks and wall
hangings; the cotton comes from an Erode handloom cloth merchant, the wool from a Tiruppur yarn dealer, the
needles and notions from an Ooty shop, the bags' linings and zips from an Ooty tailor, the kraft gift boxes
from a Coimbatore packaging seller on Udaan and the cartons from a Coimbatore carton maker, the GI hang tags
and the visiting cards from an Ooty press and PrintStop, and the parcels go by Blue Dart; its office and store
at Kandal Mund; its showroom at Charing Cross, Pugur Kudil, புகூர் குடில் (the hut of pugur); its stall at the
Ooty Flower Show in the Government Botanical Garden; the web shop pugurkudil.in on Easebuzz and Cashfree and
its store on iTokri; TRIFED's Tribes India, a Bengaluru home store, a Coonoor resort, a Coimbatore crafts
retailer, a Bengaluru design studio, a Madurai crafts emporium, a Coonoor tea bungalow and a Mumbai gifting
company at home, and a crafts atelier in Zurich, a textile arts house in Melbourne, a cloth shop in Kyoto, a
craft shop in Bergen, a crafts shop in Aarhus, an interiors house in Doha, a crafts shop in Hong Kong and a
weaving house in Kuala Lumpur abroad), told by the proofs of payment it receives (buyers' HDFC Bank SmartHub
Vyapar on the showroom's phone, Jupiter, CRED, Navi, Union Bank of India's Vyom, Tamilnad Mercantile Bank's
TMB mConnect+, South Indian Bank's SIB Mirror+ and BHIM set in Tamil; TRIFED's payment advice, a home store's
Bill Payment mailed from QuickBooks Online, Kotak Mahindra Bank's Kotak Fyn with a resort's NEFT or RTGS
pending authorisation, a crafts retailer's Outgoing Payment printed from SAP Business One, a design studio's
Zoho Cliq channel, Union Bank of India's Union Digital Corporate with an emporium's NEFT rejected, a tea
bungalow's letter and a gifting company's RazorpayX payout mail; Zürcher Kantonalbank, Westpac, Mizuho Bank,
DNB, Danske Bank, QNB, Hang Seng Bank and Maybank for buyers in Zurich, Melbourne, Kyoto, Bergen, Aarhus,
Doha, Hong Kong and Kuala Lumpur in Swiss francs, Australian dollars, yen, Norwegian kroner, Danish kroner,
Qatari riyals, Hong Kong dollars and ringgit; the showroom's tax invoice under a Toda hut, the Flower Show
stall's cash memo in a Tamil hand lying on a puthkuli, Easebuzz's checkout in progress, Swipe's payment
recorded, a Cashfree link's failed card, the society's receipt in Tamil fields, iTokri's settlement mail and
the showroom's Vasy ERP roll) and those it makes (the cloth merchant's invoice cum receipt, the tailor's bill
in a Tamil hand, Udaan's pending order, the yarn dealer's e-invoice with its payment status, Blue Dart's
counter receipt, PrintStop's failed checkout, the carton maker's SMS and the Ooty press' bill book; HDFC
Bank's MobileBanking, Axis Mobile, Kotak Mahindra Bank's mobile banking, DBS' digibank, Indian Overseas Bank's
IOB Mobile, Equitas Small Finance Bank's Selfe, the Nilgiris District Central Co-operative Bank's NEFT challan
and MobiKwik for the cloth merchant, the yarn dealer, the tailor, Blue Dart, the carton maker, the packaging
seller, the needle shop and the press; a member's embroidery wage account in a Tamil hand, a member's Pongal
advance in a Tamil hand with its Margazhi day, Keka's payslip, Groww, YONO SBI, Ujjivan Small Finance Bank,
OkStaff and a member's wage slip cut from its sheet; Udhagamandalam Municipality's property tax e-receipt
under its Tamil name, the e-Challan app with the van's challan, EPFO's challan pending with the bank, ESIC's
e-challan receipt, the Horticulture Department's Flower Show stall receipt from its book, TNPCB's failed
consent fee, TNREGINET's receipt for the society's annual filing and the GI Registry's receipt; Cholamandalam
MS', ICICI Lombard's, ManipalCigna's, United India's, Aditya Birla Health's, The Oriental Insurance Company's,
HDFC Life's and Reliance General's premiums; cards on the showroom's HDFC Bank terminal and the Flower Show
stall's PhonePe POS, at a Coonoor hotel's IDFC FIRST Bank terminal with a tip, at a Coimbatore wool shop, on
IRCTC for the Nilgiri Mountain Railway, on an Ooty restaurant's Rista bill, in SBI Card's SMS and on the HSBC
India app; TNPDCL's receipt, Vi, HP Pay, TACTV (Arasu Cable), Airtel's mail, TNPDCL's SMS, an Aavin milk
agent's card in a Tamil hand and Sun Direct; Indian Bank's SMS in Tamil, the SMS of HDFC Bank, Axis Bank,
ICICI Bank and Bank of India, City Union Bank's SMS under "Today", IDBI Bank's mail and Indian Bank's IndOASIS
on the lock screen). One payment per page, each drawn from its own seed (heldout316-<i>) in a face the seed
chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so that the set
is drawn the same every time. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout314's or heldout315's,
and nearly all of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they
also drew (Axis Bank, ICICI Bank, Kotak Mahindra Bank, Union Bank of India, Indian Bank, Indian Overseas Bank
and PhonePe among the issuers; a receiving business's own app, a UPI app set in the region's language, an
app's failure, pending, no-reference or "Today" page, a payer's advice, an accounting program's payment, a
corporate bank's page with a transfer waiting or sent back, a channel's message, a payer's letter or mail
naming its day, a payout mail, a wire's page, a shop's tax invoice, a festival stall's memo, a gateway's
pending or failed page, a billing app, a receipt with its number struck in red, a billing roll, a supplier's
paper with its payment on it, a supplier's bill in a regional hand, a carrier's receipt, a marketplace's
pending order, a bank's app, a co-operative bank's form, a shared payment with no reference, a wage account, a
payslip, a festival advance receipt, a municipal receipt in regional labels, a department's app, a challan
pending, a fee failed, a stall fee receipt from a book, a premium receipt, an insurer's app, mail or SMS, a
card slip approved, pending or declined, a fare paid by card, a card issuer's app or SMS, a restaurant's bill
settled by card, a utility's receipt, app, mail or SMS, a hand-written monthly card, a bank's SMS in the
region's language, a bank's mail, a phone's notification), it is drawn here for another issuer in this set's
own labels and marks, and near ones are noted: SmartHub Vyapar on the showroom's phone with its tabs and a
rounded card over hairline rows, where heldout315 drew Paytm for Business under a large round tick with a
table ruled on every side and heldout314 with its soundbox's words against a gutter; CRED's payment with no
reference in a sentence, where heldout315 drew POP's on a scalloped badge and heldout314 Google Pay's chat;
Navi's "Today" with the payee's initials and read-only fields, where heldout315 drew Kotak811's "Today" in an
octagon; Vyom's pending with its stages top to bottom, where heldout315 drew super.money's with its stages
left to right and heldout314 iMobile Pay's over a progress bar; TMB mConnect+'s failure under a tile's cross
in dot leaders, where heldout315 drew BOI Mobile Omni Neo's failure and heldout314 AU 0101's, both on tinted
bands; BHIM set in Tamil with its Tamil labels over their values, where heldout314 drew PhonePe set in Marathi
in bilingual ledger rows (and heldout305 Google Pay set in Tamil); TRIFED's PAYMENT ADVICE on hairline rows,
where heldout315 drew the Central Cottage Industries Corporation's advice with its TDS in a table ruled on
every side and heldout314 the Maharashtra State Handlooms Corporation's intimation in a striped table;
QuickBooks Online's Bill Payment two to a row over a tinted panel, where heldout315 drew NetSuite's Bill
Payment at the left and the right and heldout314 NetSuite's with colons and Tally Prime's voucher; Kotak Fyn's
payment pending authorisation with its stages top to bottom, where heldout315 drew Punjab National Bank's RTGS
awaiting its second approver with an approvals table and heldout314 ICICI Bank's with its stages left to
right; Zoho Cliq's bot card under "Today", where heldout315 and heldout314 drew Slack channels; Union Digital
Corporate's NEFT rejected on a tinted band with its values over their labels, where heldout315 drew bob World
Business' NEFT returned on a tinted band against a gutter and heldout314 Axis Bank neo's in an octagon; the
tea bungalow's letter naming its day, where heldout315 drew the gifting company's mail read in Outlook and
heldout314 the wedding family's WhatsApp message; RazorpayX's payout mail in a striped table, where heldout315
drew Jaypore's payout mail in one (a marketplace's, here a payer's); ZKB's German labels with their English
small under them, where heldout315 drew BNP Paribas' French and English against a gutter and heldout314 in a
table ruled on every side; Westpac's "Today" in an octagon, where heldout315 drew NatWest's "Today" on a
scalloped badge and heldout314 MCB Juice's; Mizuho's remittance awaiting release under a spinner, where
heldout315 drew Bank of America's wire pending approval with its stages and heldout314 Mashreq's pending under
a spinner in shaded labels; DNB's Norwegian and English labels in dot leaders, where heldout315 drew
Handelsbanken's Swedish and English two to a row; Danske Bank's sentence in a rounded card with no reference,
where heldout315 drew UOB's sentence and heldout314 DBS IDEAL's; QNB's transfer returned in an octagon on
hairline rows, where heldout315 drew TD Bank's wire returned and heldout314 ASB's payment returned, both under
red ribbons; Maybank's striped table, where heldout314 drew TD's; the showroom's tax invoice under a Toda hut
on hairline rows with its GI tag, where heldout315 drew the emporium's under a pietra dura medallion and
heldout314 the Dalan's under a peacock, both in tables ruled on every side; the Flower Show stall's memo in a
Tamil hand lying on a puthkuli, where heldout315 drew the Mahotsav stall's memo in a Hindi hand lying on a
marble table top and heldout314 the jatra stall's in a Marathi hand lying on a Paithani; Easebuzz's checkout
in progress over a progress bar, where heldout315 drew PayU's pending under a spinner; Swipe's payment
recorded under "Today", where heldout315 and heldout314 drew Khatabook's; Cashfree's failure on a tinted band
against a gutter, where heldout315 drew Instamojo's failure under a large round cross and heldout314 PayU's;
the society's receipt in this set's bilingual fields with its No. struck in red, where heldout315 drew the
advance receipt in form lines in Hindi and Urdu and heldout314 the Dalan's receipt book on bilingual blanks;
iTokri's settlement mail in dot leaders, where heldout315 drew Jaypore's payout mail and heldout314 Flipkart's
settlement in progress; Vasy ERP's roll, where heldout315 drew LOGIC ERP's; the cloth merchant's invoice cum
receipt with its printed receipt line, where heldout314 drew the zari works' receipt and heldout315 the marble
dealer's invoice with the firm's PAID stamp; the tailor's bill in a Tamil hand on a page folded and opened,
where heldout315 drew the stone slicer's chit in an Urdu hand and heldout314 the dyer's bill in a Marathi
hand; Udaan's pending order with its stages across the page two to a row, where heldout315 drew
IndustryBuying's in a striped table and heldout314 Amazon Business' in dot leaders; Blue Dart's counter
receipt with colons, where heldout315 drew DTDC's receipt two pairs to a row and heldout314 DTDC's app;
PrintStop's failure under a red ribbon over tiles, where heldout315 drew Printo's under a tile's cross and
heldout314 Printo's declined card; the carton maker's SMS under "Today", where heldout315 drew the hardware
shop's WhatsApp Business chat under "Today"; the press' bill book written in ruled columns, where heldout314
drew the carpenter's bill so; Axis Mobile's NEFT in a table ruled on every side, where heldout315 drew PNB
ONE's RTGS in one; Kotak's UPI payment under "Today" with tiles, where heldout315 and heldout314 drew Amazon
Pay's "Today"; digibank's NEFT in progress over a progress bar, where heldout315 drew RBL MoBank's NEFT in
process and heldout314 PNB ONE's, both with their stages; IOB Mobile's values over their labels in an octagon,
where heldout315 drew IRIS' under a capsule; Equitas Selfe's failure on a tinted band two to a row, where
heldout315 drew UCO mBanking Plus' on one with colons and heldout314 IRIS' in an octagon; the co-operative
bank's NEFT challan in this set's bilingual fields with its rectangular stamp, where heldout315 drew Bank of
Baroda's branch receipt typed in its printer's face and heldout314 the Nashik District Central Co-operative
Bank's application on bilingual blanks under its round seal; MobiKwik's receipt shared as a picture with no
reference, where heldout315 drew Freecharge's payment and heldout314 Paytm's shared text; the member's wage
account in a Tamil hand in this set's bilingual fields, where heldout315 drew the karigar's in a Hindi hand
and heldout314 the weaver's in a Marathi hand; the Pongal advance in a Tamil hand with its Margazhi day, where
heldout315 drew the Eid advance in an Urdu hand with its Hijri day and heldout314 the Diwali advance in a
Marathi hand; Keka's payslip with its Net Pay in a box, where heldout315 and heldout314 drew Zoho Payroll's on
tinted panels; Groww's processing with its stages left to right over tiles, where heldout315 drew slice's and
heldout314 Paytm's under a spinner; YONO SBI's IMPS in a table ruled on every side, where heldout315 drew
Canara ai1's in dot leaders and heldout314 Canara ai1's values over their labels; Ujjivan's failure in an
octagon against a gutter, where heldout315 drew Airtel Payments Bank's under a tile's cross and heldout314
Google Pay's under a large round cross; OkStaff's salary paid under "Today", where heldout314 drew PagarBook's
salary payment with its day; the municipality's e-receipt in this set's bilingual fields, where heldout315
drew Agra Nagar Nigam's Hindi labels with their English after a slash and heldout314 Yeola Municipal Council's
bilingual ledger rows (and heldout305 TN Urban e-Sevai's English labels with their Tamil beside them); the
e-Challan app's "Today", where heldout315 drew Nivesh Mitra's "Today" and heldout314 MahaTraffic's challan
paid; EPFO's challan pending with its stages and shaded labels, where heldout315 drew e-GRAS' challan pending
over a progress bar and heldout314 the GST portal's; the Horticulture Department's stall receipt from its book
in this set's bilingual fields, where heldout315 drew the Taj Mahotsav Samiti's and heldout314 the Bhimthadi
Jatra's, all with their No. left blank and an oval stamp; TNPCB's failure on a tinted band two to a row, where
heldout315 drew the GST portal's failure on one against a gutter and heldout314 the Silk Mark Organisation's
in dot leaders; TNREGINET's receipt in a striped table, where heldout315 drew the Labour Department's in one;
the GI Registry's receipt in a table ruled on every side, where heldout315 drew Legal Metrology's in one;
Cholamandalam MS' premium receipt two pairs to a row in a table ruled on every side, where heldout315 drew
Bajaj General's in dot leaders and heldout314 in a striped table; IL TakeCare's "Today", where heldout315 drew
Tata AIG's and heldout314 Niva Bupa's; ManipalCigna's renewal under process with its stages across the page,
where heldout315 and heldout314 drew Star Health's; United India's card declined under a tile's cross, where
heldout315 drew National Insurance's failure on a tinted band and heldout314 Digit's in an octagon; Aditya
Birla Health's SMS, where heldout315 drew Niva Bupa's WhatsApp message and heldout314 Royal Sundaram's SMS;
The Oriental Insurance Company's receipt typed at its branch with its rectangular stamp, where heldout315 drew
Kotak General's typed on its branch's printer; HDFC Life's mail two to a row, where heldout315 drew LIC's mail
in a table ruled on every side and heldout314 Tata AIG's against a gutter; Reliance General's exhibition
floater in a table ruled on every side, where heldout315 drew Royal Sundaram's marine certificate in a striped
table; HDFC Bank's slip with its fields one to a line and their colons in a column, where heldout315 drew Axis
Bank's and heldout314 Worldline's with two fields to a line; PhonePe's Smart POS with its sale pending, where
heldout315 drew Innoviti's response awaited and heldout314 Pine Labs' timeout; IDFC FIRST Bank's slip with a
tip, where heldout315 drew Federal Bank's and heldout314 Mswipe's; Kotak's slip declined (51 INSUFFICIENT
FUNDS), where heldout315 drew Canara Bank's (54 EXPIRED CARD) and heldout314 Axis Bank's (91 ISSUER OR SWITCH
INOPERATIVE); IRCTC's reservation slip in shaded labels, where heldout315 drew IndiGo's itinerary in dot
leaders and heldout314 MSRTC's e-ticket in shaded labels (and heldout305 IRCTC's booking); Rista's bill, where
heldout315 drew Restroworks' and heldout314 POSist's; SBI Card's SMS, where heldout315 and heldout314 drew
ICICI Bank's; the HSBC India app's "Today", where heldout315 and heldout314 drew OneCard's; TNPDCL's receipt
with its Tamil labels and their English over their values in a rounded card, where heldout315 drew Torrent
Power's in dot leaders in a rounded card and heldout314 MSEDCL's bilingual ledger rows (and heldout305
TNPDCL's receipt); Vi's "Today", where heldout315 drew ACT Fibernet's and heldout314 MyJio's; HP Pay's refill
processing under a spinner with read-only fields, where heldout315 drew HelloBPCL's refill pending and
heldout314 HelloBPCL's refill paid; TACTV's failure in an octagon against a gutter, where heldout315 drew BSNL
Selfcare's failure in an octagon with its values over their labels and heldout314 BSNL's on a tinted band
against a gutter; Airtel's mail in a striped table, where heldout315 drew Green Gas' mail in a table ruled on
every side; TNPDCL's SMS, where heldout315 drew Torrent Power's and heldout314 Tata Play's; the Aavin agent's
card in a Tamil hand on squared paper, where heldout315 drew the newspaper hawker's card in an Urdu hand on a
spiral pad and heldout314 the newspaper agency's bill in a Marathi hand; Indian Bank's SMS in Tamil in a
bubble, where heldout315 drew Punjab National Bank's in Hindi and heldout314 the Nashik District Central
Co-operative Bank's in Marathi (and heldout305 Tamil Nadu Grama Bank's in Tamil); the SMS of HDFC Bank, Axis
Bank, ICICI Bank and Bank of India in their own wordings, where heldout315 drew Indian Overseas Bank's, Bank
of Maharashtra's, Kotak Mahindra Bank's and Union Bank of India's and heldout314 Bank of Maharashtra's, Canara
Bank's, Punjab National Bank's and Yes Bank's; City Union Bank's SMS under "Today", where heldout315 drew Bank
of Baroda's; IDBI Bank's mail, where heldout315 drew Federal Bank's and heldout314 Saraswat Bank's; IndOASIS
on the lock screen under its clock, where heldout315 drew Canara Bank's notification and heldout314 Kotak
Mahindra Bank's, both in the pulled-down shade. Jupiter's ribbon over a table ruled on every side, SIB
Mirror+'s tinted panel against a gutter, SAP Business One's outgoing payment, Hang Seng Bank's tiles, the yarn
dealer's e-invoice with its payment status, HDFC Bank's RTGS in a rounded card, the wage slip cut from its
sheet, ESIC's receipt in dot leaders and Sun Direct's recharge two to a row have no near one in either. Some
of this set's issuers and kinds of paper were drawn by sets before heldout314 (heldout273's and heldout305's
Tamil lines, labels, hand and SMS in Noto's Tamil faces; heldout305's TN Urban e-Sevai, TNREGINET, TNPDCL,
Equitas, ManipalCigna, HP Pay, IRCTC, SBI Card and Tamil Nadu Grama Bank; TRIFED from heldout264 to
heldout313; EPFO's TRRN from heldout300; the currencies from heldout202 to heldout313), and are drawn here in
this set's own labels and arrangements; the families' docstrings list each one's labels. This set draws kinds
of row and page heldout314 and heldout315 do not: Tamil in its own script in this set's rows (a society's, a
showroom's, a municipality's, a department's, a bank's and a power company's names, headings, an app set in
Tamil, a stall's cash memo, a tailor's bill, a wage account, a Pongal advance and a milk card in a Tamil hand,
a bank's SMS); this set's bilingual fields (the Tamil label at the left with its English small under it, the
value in a ruled box, printed or written by hand); a Tamil label with its English after a slash small over its
value; a foreign bank's label with its English small under it; a Margazhi day (the Tamil month's day) beside
the Gregorian day; a Toda hut as a letterhead's emblem; a strip of a Toda shawl (its woven stripes and its
pugur) as a divider; the GI tag stitched on a page's corner; skeins of red and black wool and a darning needle
in a page's margins; a page photographed lying on a puthkuli; a supplier's SMS of money received; a supplier's
e-invoice with its QR code and its payment's status printed on it; a wage slip between two lines to cut along;
a letter dated on or after the day it names; a lock screen under its clock; and beside them the rows
heldout269's to heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels
against a gutter, labels at the left and values at the right, dot leaders, hairline rows, labels with colons,
tinted outcome bands, capsules, tiles two to a row, values over their labels, labels over their values two to
a row, read-only fields, a tinted panel, notice boxes, a payment's stages across the page, left to right and
top to bottom, progress bars, spinners, large round marks, octagons, scalloped badges, tile marks, ribbons,
tabs, a day divider, chat bubbles, a round badge of initials, rounded cards, hand-written fills and columns on
a ruled page, a sum in a box, round, oval and rectangular stamps, a red numbering-machine number, signatures,
a torn roll, a barcode, a QR code, squared paper, a page's fold).

* ``buyer_upi``: Buyers paying Pugur Kudil or the society: HDFC Bank's SmartHub Vyapar on the showroom's phone
  (the showroom under the app's bar and its Home, Collections and Settlements tabs; in a rounded card: Payment
  received, the sum set large, "from <buyer>", RRN, Received on and Paid using on hairline rows); Jupiter's
  UPI payment under a green ribbon (PAID; Payment successful, the sum, "Paid to" over the payee; UPI Txn ID,
  Date and From in a table ruled on every side; a note); CRED's UPI payment on its dark screen with no
  reference (a tile's tick, payment successful, "<sum> paid to <payee>", the day and hour; paid from; CRED
  coins; "view receipt"); Navi's UPI payment under "Today" (the payee's initials in a round badge, "Today ·
  <hour>", the sum, "Paid to <payee>", Completed in a capsule; UPI Ref No and Paid from each in a read-only
  field's box; no day); Union Bank of India's Vyom with the payment pending (the sum, "to <payee>"; its stages
  top to bottom: Debited from your account, Awaiting payee's bank, Credited to payee; UPI Ref. No :, Initiated
  :, From : with colons); Tamilnad Mercantile Bank's TMB mConnect+ with the payment failed under a tile's
  cross (the sum, "to <payee>", the reason in a notice; Transaction ID, UPI Ref No, Date and Reason in dot
  leaders); South Indian Bank's SIB Mirror+ (a large round tick, Fund transfer completed; Amount paid on a
  tinted panel; Beneficiary, UPI Ref., Txn. date and Remarks against a gutter); BHIM set in Tamil (a large
  round tick, "பணம் செலுத்தப்பட்டது" (payment made), the sum, "பெறுநர்" (recipient) over the payee; "UPI
  பரிவர்த்தனை எண்" (UPI transaction number), "தேதி" (date, its month's Tamil name) and "வங்கிக் கணக்கு" (bank
  account) each small over its value). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: TRIFED's PAYMENT ADVICE from its Chennai
  regional office for the pugur its Tribes India outlets bought (No. and Dated on a line; "To, The Secretary,"
  and the society; Sub:; Supply Order | Invoice | Amount on hairline rows, Total under a rule and a double
  rule; "An amount of Rs. x has been released to your account ... by NEFT / RTGS, UTR ..."; the Regional
  Manager's signature); a Bengaluru home store's Bill Payment mailed from QuickBooks Online (Payee and Payment
  date, Payment account and Ref no., labels small over their values two to a row; Amount paid on a tinted
  panel; "Memo: NEFT UTR ..."; Bill no. | Due date | Payment on hairline rows); Kotak Mahindra Bank's Kotak
  Fyn with a Coonoor resort's NEFT or RTGS pending authorisation (its stages top to bottom: Created by maker,
  Authoriser 1, Authoriser 2, Sent to beneficiary bank; Transaction Ref No., Beneficiary Name, Amount, Payment
  Type, Value Date in a table ruled on every side under its heading); a Coimbatore crafts retailer's OUTGOING
  PAYMENT printed from SAP Business One (Vendor Code and Doc. No., Vendor Name and Posting Date two pairs to a
  row in a table ruled on every side; Doc. Type | Vendor Ref. | Amount on hairline rows; Transfer Acct,
  Transfer Date, Reference and Total Amount in dot leaders; a signature); a Bengaluru design studio's Zoho
  Cliq channel under its "Today" divider (its Finance Bot's card: Payment sent; Payee, Amount, Mode and UTR at
  the left and the right; a reply; no day); Union Bank of India's Union Digital Corporate with a Madurai
  emporium's NEFT rejected on a tinted band (the reason in a notice; each value over its label: Transaction
  Reference, Beneficiary, Amount, Value Date, Rejection Reason); a Coonoor tea bungalow's letter naming its
  day and no reference (its own date at its head, on or after the transfer's; "We have remitted Rs. x/- to
  <payee> by NEFT / RTGS on <day> ..."; Invoice No. | Invoice Date | Amount in a table ruled on every side;
  the Manager's signature); a Mumbai gifting company's RazorpayX payout mail (Payout processed; its sentence;
  Payout ID, UTR, Beneficiary, Amount, Mode, Processed on, Purpose in a striped table). All new here.

* ``export_wires``: Crafts shops, interiors houses and weavers abroad paying the society for its shawls,
  stoles, runners and hangings: Zürcher Kantonalbank's eBanking with a payment abroad executed in Swiss francs
  (Ausgeführt / Executed; each label in German with its English small under it and the value at the right:
  Referenz, Begünstigter, Betrag, Ausführungsdatum, Spesen); Westpac Live's app with an international payment
  sent in Australian dollars ("Today, <hour>"; an octagon's tick, the sum, "to <payee>"; Westpac reference and
  Fees in tiles; From; no day); Mizuho Business WEB with a remittance in yen awaiting release under a spinner
  (a notice; Remittance No., Beneficiary, Amount, Value Date year first with slashes, Charges in a table ruled
  on every side); DNB's Bedriftsbank with a foreign payment completed in kroner the Norwegian way (Status:
  Utført / Completed; each label in Norwegian and its English after a slash in dot leaders: Mottaker /
  Beneficiary, Beløp / Amount, Betalingsdato / Payment date, Referanse / Reference, Gebyr / Charges); Danske
  Bank's District receipt in kroner the Danish way told in a sentence in a rounded card with no reference
  ("Your payment of <sum> to <payee> was carried out on <day>."; Fee and Account two to a row); QNB Business
  Online with a transfer in riyals returned in an octagon's cross (the reason in a notice; Transfer Ref,
  Beneficiary, Amount, Transfer Date, Charges, Return Reason on hairline rows); Hang Seng Bank's Business
  e-Banking with a telegraphic transfer completed in Hong Kong dollars (a tile's tick; Transaction ref and
  Value date, Beneficiary and Amount in tiles; Charges); Maybank2u Biz' foreign telegraphic transfer in
  ringgit (Successful; Reference No., Beneficiary Name, Beneficiary Bank, Amount, Transaction Date, Charges
  Borne By in a striped table). All new here.

* ``own_receipts``: The society's own papers, its showroom or itself on top: Pugur Kudil's TAX INVOICE under a
  Toda hut, its Tamil name and a strip of a Toda shawl, to a Bengaluru buyer (Invoice No. and Invoice Date on
  a line, Bill to and Place of Supply; Sl. | Description | HSN | Qty | Rate | Value on hairline rows under a
  bold heading; Taxable Value : and IGST @ 5% :, Invoice Value under a rule and a double rule; the sum in
  words; "Paid by UPI - UPI Ref ..."; the GI tag; skeins of wool and a needle in its margins); the Flower Show
  stall's cash memo in the Show's days, photographed lying on a puthkuli (the showroom's Tamil name over its
  English, "மலர்க் கண்காட்சி, தாவரவியல் பூங்கா, ஊட்டி" (Flower Show, Botanical Garden, Ooty), "ரொக்க ரசீது"
  (cash receipt); தேதி / Date and பெயர் / Name in this set's bilingual fields, written in; the pieces written
  in a Tamil hand on ruled lines with their sums, "மொத்தம்" (total), "ரொக்கமாகப் பெற்றோம்" (we received it in
  cash); no reference); Easebuzz's checkout for the web shop with the payment in progress (the showroom on
  top, the sum, a progress bar, a notice; Easebuzz Txn ID, Order No., Payment mode and Initiated at in shaded
  labels); Swipe, the showroom's billing app, with an invoice's payment recorded ("Today, <hour>"; the
  showroom under the app's bar; in a rounded card Invoice # and Customer, Payment received and the sum large;
  Paid via, UTR and Balance at the left and the right; no day); a Cashfree payment link for a hotel's order
  with its card payment failed on a tinted band (the showroom on top, the reason in a notice; Order ID,
  Amount, Card, Failure reason and Attempted on against a gutter); the society's RECEIPT (ரசீது) for a
  commissioned shawl's advance (No. struck in red; this set's bilingual fields written in: தேதி / Date,
  பெற்றது / Received from, தொகை / Amount, விவரம் / Towards, வகை / Mode, குறிப்பு எண் / UPI Ref; the sum in
  words; the society's round seal and the Secretary's signature); iTokri's settlement mail for the showroom's
  store (Settlement paid; its sentence; Seller, Settlement ID, Orders settled, Gross sales, Commission, Net
  payout, UTR, Paid to and Settled on in dot leaders); the showroom's bill from Vasy ERP on a three-inch roll
  (BILL NO and DATE; the pieces, GROSS AMT, CGST 2.5%, SGST 2.5%, NET AMT typed in the printer's face; TENDER
  : UPI and its UPI REF). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: an Erode handloom cloth
  merchant's INVOICE CUM RECEIPT for unbleached and Toda-striped cotton (Invoice No. and its earlier Date on a
  line; Description | HSN | Metres | Rate | Amount in a table ruled on every side; CGST 2.5%, SGST 2.5% and
  Total in dot leaders; its printed receipt "RECEIVED with thanks from ... the sum of Rs. x by NEFT / RTGS,
  UTR ..., on <day>."; for the firm, its signature); an Ooty tailor's bill for the bags' linings and zips in a
  Tamil hand on a page folded in four and opened (her shop's name in Latin letters at its head; "தேதி" (date)
  and the day written at the right; the work by the piece with its sums, "மொத்தம்" (total), "ரொக்கம்
  பெற்றுக்கொண்டேன்" (I received it in cash); no reference); Udaan's order of kraft gift boxes with the UPI
  payment pending (a capsule, its stages across the page, a notice; Order ID and Seller, Items and Order
  value, Payment and Placed on, labels small over their values two to a row); a Tiruppur yarn dealer's
  e-invoice for red, black and blue acrylic wool (its IRN, Ack No. and Ack Date beside its QR code; Invoice
  No. and its earlier Date; Description | HSN | Kg | Rate | Amount in a striped table; CGST 2.5%, SGST 2.5%
  and Grand Total; its printed line "Payment status: Received by IMPS, Ref ..., on <day>."); Blue Dart's
  counter receipt from its Ooty office (its barcode; Waybill No :, Date :, Origin :, Destination :, Product :,
  Weight :, Freight :, Fuel surcharge :, GST 18% :, Total :, Paid by : and UPI Txn Ref : with colons);
  PrintStop's checkout for GI hang tags and visiting cards with the card declined under a red ribbon (PAYMENT
  FAILED; the reason in a notice; Order No. and Amount, Card and Attempted on in tiles; Items); a Coimbatore
  carton maker's SMS of the society's payment in the phone's thread under its "Today" divider ("Dear Customer,
  received Rs.x towards Inv ... via UPI Ref .... Thank you for your business. -SRI MURUGAN CARTONS"; no day);
  an Ooty printing press' bill from its book, filled in by hand (Bill No. struck in red; Date and M/s written
  in; Particulars | Qty | Rate | Amount written in ruled columns, Total; "Recd. by GPay, Ref ..." in the hand;
  a signature). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: HDFC Bank's MobileBanking with an
  RTGS to the cloth merchant on a scalloped badge (RTGS successful, the sum; To, Account, IFSC, UTR No., Value
  date and Remarks at the left and the right in a rounded card); Axis Mobile with a NEFT to the yarn dealer
  under a large round tick (Transaction Successful; Reference No., Paid to, Amount, Date & time and Mode in a
  table ruled on every side under its heading); Kotak Mahindra Bank's mobile banking with a UPI payment to the
  tailor ("Today, <hour>"; a tile's tick, Sent successfully, the sum, "to <payee>"; UPI Ref and From in tiles;
  no day); DBS' digibank with a NEFT to Blue Dart in progress (a capsule, the sum, a progress bar, a notice;
  Beneficiary, Amount, UTR and Initiated on in dot leaders); Indian Overseas Bank's IOB Mobile with an IMPS to
  the carton maker in an octagon (IMPS Transfer Successful, the sum; each value over its label: Beneficiary,
  IMPS Ref No, Transaction Date, Debit A/c); Equitas Small Finance Bank's Selfe with an IMPS to the packaging
  seller failed on a tinted band (the sum, the reason in a notice; Payee and Amount, Reference ID and Date,
  labels small over their values two to a row); the Nilgiris District Central Co-operative Bank's NEFT / RTGS
  challan, the customer's copy, filled in by hand under its Tamil name (this set's bilingual fields: தேதி /
  Date, அனுப்புநர் / Remitter printed, பயனாளி / Beneficiary, வங்கி / IFSC, தொகை / Amount written in; the
  clerk's "Sent, UTR ..."; the branch's rectangular stamp with its day); MobiKwik's payment receipt shared as
  a picture with no reference (a large round tick, Payment Successful, "Paid <sum>", "to <payee>", the day and
  hour; Paid from). All new here.

* ``worker_pay``: The society paying its members (the Toda women who embroider at home, paid by the piece) and
  its staff: a member's embroidery wage account under its Tamil heading "பூத்தையல் கூலி கணக்கு" (embroidery
  wage account) (உறுப்பினர் / Member and மாதம் / Month in this set's bilingual fields, written in; the pieces
  she darned written in a Tamil hand with their counts, rates and sums on ruled lines, "மொத்தம்" (total);
  "Paid by UPI, Ref ..." and "on <day>" written under it; skeins of wool and a needle in its margins); a
  member's Pongal advance receipt in a Tamil hand under a strip of a Toda shawl ("பொங்கல் முன்பணம் ரசீது"
  (Pongal advance receipt); "இன்று மார்கழி <n> ஆம் நாள்" (today, the <n>th of Margazhi), "தேதி" (date) with
  the day written at the right, "பொங்கல் முன்பணமாக" (as the Pongal advance), "ரொக்கம் பெற்றுக்கொண்டேன்" (I
  received it in cash) with the sum written at the right), her signature and her name written under it in
  English; a witness; no reference); Keka's payslip for the showroom's saleswoman (Employee Name and Employee
  No., Designation and Pay Period two pairs to a row in a table ruled on every side; Earnings | Amount |
  Deductions | Amount on hairline rows; Net Pay Rs. in a box and its words; "Credited on <day> to ... by NEFT,
  UTR ..."); Groww's UPI payment to a member processing (a capsule, the sum, "to <payee>", its stages left to
  right, a notice; UPI Ref No. and Started in tiles); YONO SBI with an IMPS to the helper on a scalloped badge
  (Transfer Successful; IMPS Ref. No., Beneficiary, Amount, Date and Remarks in a table ruled on every side);
  Ujjivan Small Finance Bank's app with a UPI payment to a member failed in an octagon's cross (the sum, "to
  <payee>", the reason in a notice; Transaction ID, UPI Ref, Attempted on and From against a gutter); OkStaff
  with the helper's salary paid ("Today, <hour>"; the showroom under the app's bar, the helper's initials in a
  round badge and his name, "Salary for <month>", Paid and the sum on a tinted panel; Mode, UPI Ref and
  Balance at the left and the right; no day); a member's wage slip cut from the society's printed sheet (a
  line to cut along over and under it; WAGE SLIP and its month; Member :, Pieces :, Gross wage :, Less wool
  advance :, Net paid : with colons; its printed line "Credited by IMPS, Ref ..., on <day>."). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: Udhagamandalam
  Municipality's property tax e-receipt from TN Urban e-Sevai under its Tamil name (பணம் செலுத்தப்பட்டது /
  Payment Successful; this set's bilingual fields, printed: ரசீது எண் / Receipt No., மதிப்பீட்டு எண் /
  Assessment No., உரிமையாளர் / Owner, அரையாண்டு / Half Year, தொகை / Amount, செலுத்தும் முறை / Mode, UPI
  குறிப்பு / UPI Ref, தேதி / Date); the e-Challan app with the society's van's parking challan paid ("Today,
  <hour>"; Tamil Nadu Police under the app's bar, a tile's tick, Challan paid, the sum, the offence; Challan
  No. and Transaction ID, Vehicle and Paid via, labels small over their values two to a row; no day); EPFO's
  ECR challan pending with the bank (ECR challan payment; Pending with bank in a capsule, its stages left to
  right, a notice; TRRN, Establishment ID, Wage month, Total amount, Bank and Initiated on in shaded labels);
  ESIC's e-challan receipt (Payment Successful; Challan No., Employer Code, Contribution Period, Amount Paid,
  Transaction No., Bank and Transaction Date in dot leaders); the Department of Horticulture's Flower Show
  stall receipt from its book under its Tamil name (No. left blank; this set's bilingual fields written in:
  தேதி / Date, பெற்றது / Received from, கடை எண் / Stall No.; Rs. in a box; "ரொக்கம்" (cash) in a Tamil hand;
  its oval stamp; the cashier's signature; no reference); the Tamil Nadu Pollution Control Board's OCMMS with
  the society's consent fee failed on a tinted band (the reason in a notice; Application No. and Unit, Fee and
  Mode, Transaction ID and Attempted on, labels small over their values two to a row); TNREGINET's receipt for
  the society's annual filing under the Registration Department's Tamil name (Payment Success; Application
  No., Society, Service, Fee, Bank Ref No., Transaction ID, Mode and Date in a striped table); the
  Geographical Indications Registry's receipt for the society's authorised user renewal (Fee received; Receipt
  No., GI Application No., Authorised User, Fee, Mode, Bank Transaction No. and Date in a table ruled on every
  side). All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top, under its app's bar or signing its SMS:
  Cholamandalam MS' PREMIUM RECEIPT for the showroom's fire and burglary policy (its sentence "Received with
  thanks from ... by NEFT / RTGS ..."; Receipt No. and Receipt Date, Policy No. and Period, Premium and CGST
  9%, SGST 9% and Total Premium, Mode and UTR two pairs to a row in a table ruled on every side; a signature);
  ICICI Lombard's IL TakeCare app with the van's motor policy renewed ("Today, <hour>"; the insurer under the
  app's bar, a large round tick, Policy renewed, the sum; Policy No. and Transaction ID in tiles; Vehicle and
  Paid via; no day); ManipalCigna's portal with the President's health renewal under process (its stages
  across the page, a notice; Policy No., Premium, Transaction ID, Payment mode and Initiated on in dot
  leaders); United India Insurance's portal with the members' group personal accident renewal declined by card
  under a tile's cross (the reason in a notice; Proposal No., Premium, Transaction ID, Card and Attempted on
  at the left and the right); Aditya Birla Health Insurance's SMS of a premium received ("Dear Customer, we
  have received premium of Rs.x for policy no ... on <dd/mm/yyyy> through UPI. Thank you. - Aditya Birla
  Health Insurance"; no reference); The Oriental Insurance Company's PREMIUM RECEIPT printed at its Ooty
  branch (RECEIPT NO, DATE, INSURED, POLICY, SUM INSURED, PREMIUM, GST @18%, TOTAL typed in its printer's
  face; MODE : NEFT and its UTR; the branch's rectangular stamp); HDFC Life's mail of the Secretary's renewal
  premium received (its sentence; Policy number and Premium paid, Receipt number and Payment date, Payment
  mode and Transaction reference, labels small over their values two to a row); Reliance General's exhibition
  floater certificate for the Flower Show stall's stock (its sentence; Certificate No., Event, Sum Insured,
  Premium, GST 18%, Total Premium, Transaction ID and Payment Date in a table ruled on every side; "Paid by
  Net Banking"). All new here.

* ``card_slips``: Cards on the showroom's and the Flower Show stall's terminals and the society's cards
  elsewhere: HDFC Bank's SALE slip at the showroom (DATE, TIME, MID, TID, BATCH, INVOICE, CARD with TAP, AUTH
  CODE, RRN one to a line with their colons in a column; the sum set large; TRANSACTION APPROVED, PIN VERIFIED
  OK, MERCHANT COPY); PhonePe's Smart POS at the Flower Show stall in the Show's days with the sale awaiting
  the host (SALE; DATE, TIME, TID, INVOICE NO, CARD, AMOUNT; TXN PENDING, AWAITING HOST RESPONSE, CHECK STATUS
  BEFORE RETRY); IDFC FIRST Bank's slip at a Coonoor hotel with a tip (SALE; DATE, TIME, TID, BILL NO, CARD,
  APPR CODE, RRN; AMOUNT, TIP and TOTAL; APPROVED); Kotak Mahindra Bank's slip at a Coimbatore wool shop
  declined (TXN DECLINED, 51 INSUFFICIENT FUNDS); IRCTC's reservation slip for the Nilgiri Mountain Railway
  from Mettupalayam to Udagamandalam (PNR and Booking Status, the train and its Date of Journey; Ticket Fare,
  IRCTC Convenience Fee, Total Fare, Payment Mode, Transaction ID and Booked on in shaded labels); an Ooty
  restaurant's bill from Rista settled by card (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST
  2.5%, Grand Total; "Settled: Card", the card and its Auth code); SBI Card's SMS of a spend on the society's
  card ("Rs.x spent on your SBI Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. Trxn. not done by you?
  Report at ..."; no reference); the HSBC India app with a spend at an Ooty bookshop ("Today, <hour>"; the
  merchant over its town, the sum, Approved in a capsule; each value over its label: Card, Transaction ID,
  Category; the reward points; no day). All new here.

* ``utility_bills``: The showroom's and the office's bills: TNPDCL's online payment receipt under its Tamil
  name (Payment Successful; in a rounded card each label in Tamil with its English after a slash small over
  its value: மின் இணைப்பு எண் / Service No., பயனீட்டாளர் / Consumer, கட்டணத் தொகை / Amount Paid, ரசீது எண் /
  Receipt No., வங்கி குறிப்பு எண் / Bank Ref No., செலுத்திய தேதி / Date of Payment, முறை / Mode); the Vi app
  with the showroom's postpaid bill paid ("Today, <hour>"; Vodafone Idea under the app's bar, a scalloped
  badge, Bill paid, the sum; Vi number and Transaction ID in tiles; Paid via; no day); HP Pay with an HP Gas
  refill's payment processing under a spinner (Hindustan Petroleum under the app's bar, a notice; Order No.,
  Amount, Payment mode and Initiated each in a read-only field's box); TACTV's (Arasu Cable's) e-payment
  portal with the showroom's cable subscription failed by card in an octagon's cross (the reason in a notice;
  Subscriber ID, Amount, Transaction ID, Card and Attempted on against a gutter); Airtel's Xstream Fiber
  payment receipt mail for the office (its sentence; Account number, Receipt number, Amount paid, Payment
  date, Payment mode and Transaction ID in a striped table); TNPDCL's SMS of a bill payment received ("Dear
  Consumer, Rs.x received for SC No ... on <dd-mm-yyyy> vide Receipt No ... through UPI. Thank you. -TNPDCL");
  the Aavin milk agent's monthly card in a Tamil hand on squared paper (the agency's name printed on top;
  "மாதம்" (month) and its month written at the right; the milk and the curd with their sums, "மொத்தம்"
  (total), "ரொக்கம் பெற்றேன்" (I received cash) and the day written at the right; the agent's name; no
  reference); Sun Direct's app with the showroom's DTH recharge done (Sun Direct under the app's bar, a large
  round tick, Recharge successful, the sum, "Paid by UPI"; Smart Card No. and Pack, Transaction ID and
  Recharged on, labels small over their values two to a row). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: Indian Bank's SMS in Tamil in a bubble of the
  phone's messages thread under its day divider ("அன்புள்ள வாடிக்கையாளரே, உங்கள் கணக்கு XX1234 இலிருந்து
  <dd-mm-yyyy> அன்று UPI மூலம் <PAYEE> க்கு ரூ. x அனுப்பப்பட்டது. குறிப்பு எண் .... -Indian Bank" (Dear
  customer, Rs. x has been sent from your account XX1234 on <day> by UPI to <PAYEE>; reference number ...));
  SMS in HDFC Bank's ("Sent Rs.x From HDFC Bank A/C x1234 To <PAYEE> On <dd/mm/yy> Ref ... Not You? Call
  ..."), Axis Bank's ("NEFT of INR x to <PAYEE> from A/c no. XX1234 is under process on <dd-mm-yyyy>. UTR ....
  - Axis Bank"), ICICI Bank's ("Your IMPS transaction of Rs x to <PAYEE> on <dd-Mon-yy> could not be
  processed. Amount, if debited, will be credited back to a/c XX1234. Ref .... -ICICI Bank") and Bank of
  India's ("BOI - Rs.x debited from A/c XX1234 on <dd-mm-yyyy> by UPI to <PAYEE>. Avl Bal Rs.y"; no reference)
  wordings; City Union Bank's SMS in the phone's thread under its "Today" divider ("CUB: Rs.x transferred to
  <PAYEE> from a/c XX1234 thru IMPS. Ref No .... Not you? Call ..."; no day); IDBI Bank's mail of a debit
  ("Your account XX1234 has been debited with INR x on <dd/mm/yyyy> towards RTGS to <PAYEE>. UTR: ...");
  Indian Bank's IndOASIS notification on the phone's lock screen under its clock and the day ("IndOASIS ·
  now"; "Rs.x debited from A/c XX1234 on <dd-mm-yy> by NEFT to <PAYEE>. UTR ..."; another notification under
  it). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Tamil and Noto Serif Tamil
(regular and bold, fonts-noto-core; heldout273's and heldout305's faces) for the Tamil lines, fields and SMS,
their Latin runs and figures in the page's own face; Noto Serif Tamil Slanted (heldout273's) for the Tamil
hand, its figures and Latin letters in Noto Serif Italic; an italic or oblique for the hand
(``heldout316_families.PENS``) and a fixed-width face of the page's own (``heldout316_families.TYPES``). The
Flower Show stall's cash memo and its card terminal's sale are drawn in the Ooty Flower Show's days (15 to 19
May 2026), as are a share of the showroom's SmartHub Vyapar and SIB Mirror+ receipts; the Horticulture
Department's stall fee is paid 9 to 20 days before the Show and Reliance General's exhibition floater 2 to 10
days before it; the Pongal advances in the days of Margazhi before Pongal as the society's almanac reckons it
(1 Margazhi on 16 December 2025; the advances paid 2 to 12 January 2026, 18 to 28 Margazhi); the other days
anywhere in 2026. GST is 5% on the society's embroidered pieces (shawls and stoles of HSN 6214, runners,
covers, mats and hangings of HSN 6304, bags, cases, pouches and bookmarks of HSN 6307, every piece within Rs.
2,500; CGST 2.5% and SGST 2.5% to a Tamil Nadu buyer, IGST 5% to Karnataka's), on the cotton cloth (HSN 5208)
and the acrylic wool (HSN 5509) from Tamil Nadu's own dealers (CGST 2.5% and SGST 2.5%) and on the
restaurant's food (CGST 2.5% and SGST 2.5%), and 18% on Blue Dart's freight and fuel surcharge and the general
insurance premiums (CGST 9% and SGST 9% on the showroom's fire and burglary policy, GST 18% beside the group
personal accident's and the exhibition floater's premiums); the health and the life premiums print none, the
motor renewal and United India's declined renewal print theirs inside the sum; the advices, the letter and the
settlement name bills whole; the tailor's bill, the members' accounts and the milk card carry none.

Truth conventions (heldout315's, heldout314's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Jupiter's "Paid to", after "paid to" in CRED's sentence, after "Paid to" on Navi, after "to" on Vyom and TMB
  mConnect+, SIB Mirror+'s Beneficiary; the showroom, the society, the society as a bank's field cuts it
  (NILGIRI TODA PUGUR MAHAL) or the showroom in capitals; never the app, the payer, a UPI ID, the initials in
  a badge or "from <buyer>". *settled* (heldout268 to heldout315): a receiving business's own app pays the
  business named under the app, here the showroom under SmartHub Vyapar's tabs (never HDFC Bank, SmartHub
  Vyapar or "from <buyer>"). *settled* (heldout303's to heldout315's screens set in the region's language,
  heldout305's Google Pay set in Tamil, heldout314's PhonePe set in Marathi): a UPI app set in Tamil reads as
  the same app in English, here the name under BHIM's "பெறுநர்" (recipient). *settled* (heldout167 to
  heldout315): a payer's advice pays the one it pays, never the payer on top or a salutation; here the society
  after TRIFED's "To, The Secretary," (never TRIFED, its long name or the Secretary), QuickBooks' Payee (never
  the home store on top), Kotak Fyn's Beneficiary Name (never the bank or the resort), SAP Business One's
  Vendor Name as it cuts it (never the retailer on top), the Payee on the Zoho Cliq card (never the bot, the
  channel or the studio; *settled* heldout286, heldout299, heldout301 and heldout303 to heldout315's chats and
  channels), Union Digital Corporate's Beneficiary, the payee in the tea bungalow's sentence ("We have
  remitted Rs. x/- to <payee> by NEFT", never the bungalow or "Dear Madam"; *settled* heldout304's,
  heldout307's and heldout309 to heldout315's letters and mails), RazorpayX's Beneficiary (never RazorpayX or
  the gifting company, as heldout275's RazorpayX payout). *settled* (heldout155 to heldout315): an inward wire
  pays the society, here ZKB's Begünstigter / Beneficiary, the name after "to" on Westpac, Mizuho's
  Beneficiary, DNB's Mottaker / Beneficiary, the name after "to" in Danske Bank's sentence, QNB's and Hang
  Seng Bank's Beneficiary, Maybank's Beneficiary Name; never the remitter, its line or the bank on top.
  *settled* (heldout175 to heldout315): the society's own paper pays its showroom or itself on top, here PUGUR
  KUDIL on its tax invoice and its roll (never its Tamil line, "Showroom of <society>" or its Bill to), the
  showroom's English line under its Tamil name on the Flower Show memo (never the பெயர் / Name written in),
  the showroom on top of Easebuzz's checkout and Cashfree's link (never the gateway), the society on top of
  its receipt (never the பெற்றது / Received from written in or its seal); *settled* (heldout268 to heldout315)
  the showroom named under Swipe's bar, as a business's own app (never Swipe or the Customer); *settled*
  (heldout285's, heldout304's, heldout307's and heldout309 to heldout315's payouts and settlements) iTokri's
  settlement pays its Seller (never iTokri). A name in Tamil over its English: the English line, never the
  Tamil (*settled* heldout273 and heldout305, as heldout314's Marathi and heldout315's Hindi and Urdu).
  *settled* (heldout187 to heldout315): a supplier's name on top of its own paper, here SRI KAMATCHI TEXTILES
  on top of its invoice cum receipt (never the society it "RECEIVED with thanks from" or its To, as
  heldout314's zari works' receipt), the tailor's shop written in Latin letters at her bill's head (Selvi
  Tailoring; *settled* heldout294 and heldout303 to heldout315; never the society's name or her name in Tamil
  written in it), Udaan's Seller (*settled* heldout305 to heldout315's marketplaces' sellers; never Udaan),
  VELMURUGAN YARN TRADERS on top of its e-invoice (never its Buyer), BLUE DART on top of its receipt (never
  the company's line under it), PrintStop on top of its checkout, BLUE MOUNTAIN PRINTERS on top of its bill
  (never the M/s written in); *settled* (new here) a supplier's SMS of money received pays the supplier
  signing it (SRI MURUGAN CARTONS; never "Dear Customer" or its sender code), because the SMS is the
  supplier's own receipt for the payment sent as text, as a utility's SMS signed with its name is (heldout302
  to heldout315) and as a supplier's paper names it on top. *settled* (heldout179 to heldout315): a banking
  page pays the payee, here HDFC Bank's To (cut as printed), Axis Mobile's Paid to, the name after "to" on
  Kotak's app, digibank's Beneficiary, the value over IOB Mobile's Beneficiary, Equitas Selfe's Payee, the
  பயனாளி / Beneficiary written on the co-operative bank's challan (never its அனுப்புநர் / Remitter), the name
  after "to" on MobiKwik's shared receipt (*settled* heldout306 to heldout315's shared payments). *settled*
  (heldout150 to heldout315): a pay slip pays the worker, here the உறுப்பினர் / Member written in the wage
  account's field (never the society, its Tamil name or its heading), the name written under the signature on
  the Pongal advance (*settled* heldout307's, heldout309's and heldout313 to heldout315's names under a
  signature; never the society, its Tamil name or the witness after "சாட்சி"), Keka's Employee Name (never the
  society on top), the name after "to" on Groww and Ujjivan, YONO SBI's Beneficiary, the name under OkStaff's
  badge (*settled* heldout314's PagarBook; never the showroom under its bar), the wage slip's Member :.
  *settled* (heldout153 to heldout315): a fee page pays the authority as printed, here Udhagamandalam
  Municipality under its Tamil name (never the உரிமையாளர் / Owner or TN Urban e-Sevai), Tamil Nadu Police
  under the e-Challan app's bar (*settled* heldout272, heldout301 and heldout303 to heldout315: never the
  app), EPFO on top (in full or short as printed), ESIC on top, the Department of Horticulture under its Tamil
  name (never the பெற்றது / Received from written in or its stamp), TNPCB on top (never its Unit), the
  Registration Department under its Tamil name (never TNREGINET or the Society), the Geographical Indications
  Registry on top (never its Authorised User). *settled* (heldout199 to heldout315): an insurer's receipt pays
  the insurer on top (full or short as printed), under its app's bar (ICICI Lombard General Insurance Co.
  Ltd.) or signing its SMS (Aditya Birla Health Insurance), never the Insured, "Received with thanks from" or
  "Dear <name>". A slip's counter name line as printed (PUGUR KUDIL, PUGUR KUDIL - FLOWER SHOW or its first
  part, the hotel, the wool shop), never *settled* the terminal's brand or bank over it (HDFC BANK, PhonePe
  POS, IDFC FIRST BANK, KOTAK BANK); IRCTC on top of its reservation slip (*settled* heldout302 and
  heldout305: the one whose fare the card paid); the name after "at" in SBI Card's "Rs.x spent on your SBI
  Credit Card ending 1234 at <MERCHANT> on <day>" (*settled* heldout299 to heldout315's card SMS: the merchant
  as the bank sends it); the HSBC India app's merchant line over its town (*settled* heldout297 and heldout302
  to heldout315's card issuers' apps); the restaurant on top of its bill (never Rista). A utility's biller:
  TNPDCL's English name under its Tamil (in full or short as printed; never its Consumer), Vodafone Idea Ltd.
  under Vi's bar, Hindustan Petroleum Corporation Ltd. under HP Pay's and Sun Direct TV Pvt. Ltd. under Sun
  Direct's (*settled* heldout285, heldout301 and heldout303 to heldout315: the company, never the app), TACTV
  on top, Bharti Airtel Ltd. on top of its mail, TNPDCL signing its SMS (*settled* heldout302, heldout304,
  heldout307, heldout308, heldout311, heldout313 and heldout315), the Aavin agency on top of its milk card
  (never Aavin alone or the agent's name written under it; *settled* heldout313 to heldout315's hand-written
  monthly cards). An SMS, mail or notification's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): the Tamil SMS' "<PAYEE>
  க்கு" (to <PAYEE>, *settled* heldout305's Tamil SMS), HDFC Bank's "To <PAYEE> On", Axis Bank's "to <PAYEE>
  from A/c", ICICI Bank's "to <PAYEE> on", City Union Bank's "transferred to <PAYEE> from a/c", Bank of
  India's "by UPI to <PAYEE>. Avl Bal" (NILGIRI NEEDLE AND THREA as cut), IDBI Bank's "towards RTGS to
  <PAYEE>. UTR", the lock screen notification's "by NEFT to <PAYEE>. UTR"; *settled* (heldout279, heldout287,
  heldout303, heldout308, heldout311, heldout312, heldout314 and heldout315's notifications) a bank's
  notification reads as the SMS it sends.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), SmartHub Vyapar's sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277 and
  heldout315's Paytm for Business), the sum in CRED's sentence, SIB Mirror+'s Amount paid on its panel.
  *settled* (heldout152 to heldout315): a payer's advice counts its net sum, here TRIFED's Total (its
  sentence's "An amount of Rs. x" the same; never a bill's Amount), QuickBooks' Amount paid on its panel
  (never a bill's Payment where there are several), Kotak Fyn's and Union Digital Corporate's Amount, SAP
  Business One's Total Amount (never a line's Amount), the Amount on the Zoho Cliq card, the Rs. x/- in the
  tea bungalow's letter (never the invoices' table's line), RazorpayX's Amount. *settled* (heldout155 to
  heldout315): an inward wire's foreign sum, here Swiss francs with apostrophes between the thousands (CHF
  3'950.17 is 3950.17, *settled* heldout243, heldout304 and heldout312), Australian dollars (AUD or A$,
  *settled* heldout202, heldout289 and heldout311), yen whole (JPY 1,372,000 or ¥1,372,000 is 1372000.00,
  *settled* heldout240, heldout281, heldout304 and heldout312), Norwegian kroner the Norwegian way with NOK
  before or after (NOK 59 860,00 or 59 860,00 NOK is 59860.00, *settled* heldout227, heldout304, heldout306
  and heldout313), Danish kroner the Danish way (67.830,00 DKK, DKK 67.830,00 or kr. 67.830,00 is 67830.00,
  *settled* heldout245, heldout255, heldout296 and heldout310), Qatari riyals (QAR before or after, *settled*
  heldout213 and heldout312), Hong Kong dollars (HKD or HK$, *settled* heldout201, heldout219 and heldout306),
  ringgit (MYR or RM, *settled* heldout218 and heldout312); never an exchange rate, a Fee or Charges.
  *settled* (heldout175 to heldout315): a receipt counts the sum received, here the tax invoice's Invoice
  Value (never the Taxable Value, its IGST @ 5% or a line's Value), the Flower Show memo's "மொத்தம்" (total)
  written at its line's end (never a line's figure), Easebuzz's sum large, Swipe's sum in its card (never its
  Balance), Cashfree's Amount, the தொகை / Amount written in the receipt's field (its words the same), iTokri's
  Net payout (never its Gross sales or Commission), the roll's NET AMT (never its GROSS AMT, CGST 2.5%, SGST
  2.5% or a line's sum). A whole sum closed with /- is that sum in whole rupees (heldout259). *settled*
  (heldout187 to heldout315): a supplier's paper counts the sum paid, here the cloth merchant's Total (its
  receipt line's sum the same; never CGST 2.5%, SGST 2.5% or a line's Amount), the tailor's "மொத்தம்" (total)
  written at its line's end (never a line's figure; *settled* heldout287, heldout294 and heldout303 to
  heldout315's hands), Udaan's Order value, the yarn dealer's Grand Total (never CGST 2.5%, SGST 2.5% or a
  line's Amount), Blue Dart's Total : (never its Freight :, Fuel surcharge : or GST 18% :), PrintStop's
  Amount, the Rs.x in the carton maker's SMS, the press' Total written in (never a line's Amount). A banking
  page's sum (the "Paid Rs.x" on MobiKwik's receipt, the தொகை / Amount written on the co-operative bank's
  challan). *settled* (heldout167 to heldout315): a pay slip's net sum, here the wage account's "மொத்தம்"
  (total) in the Tamil hand (never a line's figure, its pieces or its rate), the "Rs. x/-" written at the
  right of the Pongal advance's "ரொக்கம் பெற்றுக்கொண்டேன்" (I received it in cash), Keka's Net Pay Rs. in its
  box (never Gross Earnings, Total Deductions, an earning or a deduction; its words the same), the sums on
  Groww, YONO SBI, Ujjivan and on OkStaff's panel, the wage slip's Net paid : (never its Gross wage : or Less
  wool advance :). A fee page's தொகை / Amount, the e-Challan app's sum, EPFO's Total amount, ESIC's Amount
  Paid, the Rs. in the Horticulture Department's box, TNPCB's, TNREGINET's and the GI Registry's Fee. An
  insurer's premium with its GST where it carries one (*settled*), here Cholamandalam MS' Total Premium (never
  its Premium, CGST 9% or SGST 9%), IL TakeCare's sum, ManipalCigna's and United India's Premium, the Rs.x in
  Aditya Birla Health's SMS, The Oriental Insurance Company's TOTAL (never its PREMIUM, GST @18% or SUM
  INSURED), HDFC Life's Premium paid, Reliance General's Total Premium (never its Premium, GST 18% or Sum
  Insured). A slip's sum set large, AMOUNT or TOTAL, the hotel slip's TOTAL (never its AMOUNT or TIP alone,
  *settled* heldout262, heldout273, heldout290, heldout294 and heldout313 to heldout315's tips), IRCTC's Total
  Fare (never its Ticket Fare or IRCTC Convenience Fee), the restaurant's Grand Total (never the Sub Total,
  CGST 2.5%, SGST 2.5% or a dish), the Rs.x in SBI Card's SMS, the HSBC app's sum large. A utility's Amount
  Paid, the sums large, HP Pay's, TACTV's Amount, Airtel's Amount paid, the Rs.x in TNPDCL's SMS, the Aavin
  card's "மொத்தம்" (total) written at the right. An alert's sum debited, sent, transferred or failed as worded
  (grouped the Indian or the English way or not at all), never an Avl Bal. Currency INR but on the wires.

* status: as printed. SmartHub Vyapar's Payment received, Jupiter's Payment successful, CRED's payment
  successful, Navi's Completed, SIB Mirror+'s Fund transfer completed successes; BHIM's "பணம் செலுத்தப்பட்டது"
  (payment made) a success (*settled* heldout312's Paytm set in Telugu, heldout305's Google Pay set in Tamil
  and heldout314's PhonePe set in Marathi: a screen set in the region's language prints the English screen's
  outcome word for word); Vyom's Payment pending pending; TMB mConnect+'s Transaction Failed failed. A payer's
  own record of the payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout315's
  remittances, vouchers and payments): QuickBooks' Bill Payment with its Memo's UTR, SAP Business One's
  Outgoing Payment with its Reference, RazorpayX's Payout processed; TRIFED's "has been released to your
  account" (*settled* heldout304's and heldout307 to heldout315's letters and advices) successes; *settled*
  (heldout286, heldout299, heldout301 and heldout303 to heldout315's chats, messages and letters) the Zoho
  Cliq card's Payment sent and the tea bungalow's "We have remitted" successes; Kotak Fyn's Pending
  authorisation pending (*settled* heldout305, heldout306 and heldout310 to heldout315: a transfer not yet
  sent is a wait); Union Digital Corporate's NEFT rejected failed (as heldout310's to heldout315's NEFT
  failed, rejected and returned). A wire's ZKB Ausgeführt / Executed, Westpac's International payment sent,
  DNB's Utført / Completed, Danske Bank's Payment carried out, Hang Seng Bank's Telegraphic transfer
  completed, Maybank's Successful successes; Mizuho's Awaiting release pending (*settled* heldout250 to
  heldout252 and heldout305 to heldout315: a wire not yet sent is a wait); QNB's Transfer returned failed. A
  receipt's "Paid by UPI - UPI Ref ..." under the tax invoice, the Flower Show memo's "ரொக்கமாகப் பெற்றோம்"
  (we received it in cash) in a Tamil hand (*settled* heldout305's "ரொக்கமாகப் பெற்றுக்கொண்டோம்" and
  heldout303 to heldout315's hands' "received"), Swipe's Payment received (a business's own record of money
  got, *settled* heldout303 to heldout315's ledger and billing apps), the receipt's வகை / Mode UPI written
  with its UPI Ref (a receipt for money got), iTokri's Settlement paid (as heldout311's Etsy's, heldout313's
  Amazon's and heldout315's Jaypore's), the roll's TENDER : UPI with its UPI REF successes; Easebuzz's Payment
  in progress pending; Cashfree's Payment failed failed. A supplier's paper: the cloth merchant's printed
  "RECEIVED with thanks ... by NEFT / RTGS, UTR ..., on <day>" (a supplier's receipt for money got, *settled*
  heldout314's zari works), the tailor's "ரொக்கம் பெற்றுக்கொண்டேன்" (I received it in cash) in a Tamil hand,
  the yarn dealer's printed "Payment status: Received by IMPS" (*settled*, as heldout302's metal dealer's
  typed receipt line: the supplier's own word that it has the money), Blue Dart's Paid by : UPI with its UPI
  Txn Ref (*settled* heldout300 and heldout303 to heldout315: a carrier's receipt printed only once its
  freight is paid), the carton maker's SMS' "received" (*settled* (new here) above: the supplier's own
  receipt), the press' "Recd. by GPay, Ref ..." in the hand successes; Udaan's Payment pending pending;
  PrintStop's PAYMENT FAILED failed. A banking page's HDFC Bank RTGS successful, Axis Mobile's Transaction
  Successful, Kotak's Sent successfully, IOB Mobile's IMPS Transfer Successful, the co-operative bank's
  challan with its clerk's "Sent, UTR ..." (*settled* heldout310's, heldout313's and heldout314's co-operative
  banks' applications), MobiKwik's Payment Successful successes; digibank's In progress pending; Equitas
  Selfe's Transfer failed failed. A pay slip's "Paid by UPI, Ref ..." written on the wage account, the Pongal
  advance's "ரொக்கம் பெற்றுக்கொண்டேன்" (I received it in cash) in a Tamil hand, Keka's "Credited on <day> ...
  by NEFT, UTR ...", YONO SBI's Transfer Successful, OkStaff's Paid, the wage slip's printed "Credited by
  IMPS" (a payer's own record of the wage paid, as heldout281's, heldout295's, heldout313's and heldout314's
  vouchers and PagarBook) successes; Groww's Processing pending; Ujjivan's Payment failed failed. A fee page's
  பணம் செலுத்தப்பட்டது / Payment Successful, the e-Challan app's Challan paid, ESIC's Payment Successful, the
  Horticulture Department's "ரொக்கம்" (cash) written in a Tamil hand on its receipt (a receipt for money got,
  as heldout305's "ரொக்கமாகப் பெறப்பட்டது" on a receipt book's page), TNREGINET's Payment Success, the GI
  Registry's Fee received successes; EPFO's Pending with bank pending; TNPCB's Payment Failed failed. An
  insurer's Cholamandalam MS "Received with thanks", IL TakeCare's Policy renewed, Aditya Birla Health's "we
  have received", The Oriental Insurance Company's PREMIUM RECEIPT with its MODE : NEFT and its UTR, HDFC
  Life's "We have received", Reliance General's "has been received" successes; ManipalCigna's Payment under
  process pending; United India's Transaction Declined failed. A slip's TRANSACTION APPROVED and APPROVED,
  IRCTC's Booking Status: CNF (a confirmed booking, *settled* heldout302 and heldout305), the HSBC app's
  Approved, the restaurant's "Settled: Card" with its Auth code (*settled* heldout297, heldout298 and
  heldout303 to heldout315) successes; *settled* (heldout300, heldout302 to heldout304 and heldout306 to
  heldout315) SBI Card's "spent on your SBI Credit Card" a success; PhonePe POS' TXN PENDING with "AWAITING
  HOST RESPONSE" pending (*settled* heldout282 and heldout299 to heldout315: the terminal got no answer from
  the bank); Kotak's TXN DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's Payment Successful, Vi's Bill
  paid, Airtel's "we have received your payment", TNPDCL's SMS' "received", the Aavin card's "ரொக்கம்
  பெற்றேன்" (I received cash) in a Tamil hand, Sun Direct's Recharge successful successes; HP Pay's Payment
  processing pending; TACTV's Payment Failed failed. *settled*: an SMS, mail or notification's debit a success
  whatever its bank's wording (HDFC Bank's "Sent Rs.x From", City Union Bank's "transferred to", Bank of
  India's "debited from", IDBI Bank's "has been debited with", the notification's "debited from"); *settled*
  (new here) the Tamil SMS' "அனுப்பப்பட்டது" (has been sent) a success, because it is Tamil for what
  heldout315's Hindi SMS says with "भेजे गए" and heldout314's Marathi SMS with "पाठवले आहेत" (have been sent),
  as heldout305's Tamil "பற்று வைக்கப்பட்டது" (has been debited) is; Axis Bank's "is under process" pending
  (as heldout312's and heldout313's "is under process" and heldout315's Bank of Maharashtra's "is in
  process"); ICICI Bank's "could not be processed. Amount, if debited, will be credited back" failed (as
  heldout310's "has failed", heldout313's "could not be completed" and heldout315's Kotak Mahindra Bank's "has
  FAILED").

* date: the day paid. A UPI screen's day and hour: SmartHub Vyapar's Received on, Jupiter's Date, the day and
  hour under CRED's sentence, Vyom's Initiated :, TMB mConnect+'s Date, SIB Mirror+'s Txn. date; BHIM's "தேதி"
  (date) with its month's Tamil name (15 அக்டோபர் 2026 is 2026-10-15, *settled* heldout305's Google Pay set in
  Tamil); Navi's "Today · <hour>" prints no day (*settled*). TRIFED's Dated on its No.'s line (never an
  invoice's "dt."), QuickBooks' Payment date (never a bill's Due date), Kotak Fyn's Value Date (never the
  maker's hour), SAP Business One's Posting Date (its Transfer Date the same), Union Digital Corporate's Value
  Date, RazorpayX's Processed on, the day the tea bungalow's letter names ("by NEFT on <day>", *settled*
  heldout311's, heldout313's and heldout315's messages and mails naming their day); *settled* (new here) never
  the letter's own date at its head ("Coonoor, <day>", the day it was written: the transfer's day or a day or
  two after it), because a letter's date is the day it was written, not the day the money went, as an
  invoice's Date is not its payment's day (heldout314's and heldout315's suppliers' invoices); the Zoho Cliq
  channel under its "Today" divider prints no day (*settled* heldout286, heldout289, heldout299, heldout301
  and heldout303 to heldout315; never a message's hour). A wire's ZKB Ausführungsdatum / Execution date
  (dd.mm.yyyy), Mizuho's Value Date year first with slashes (2026/04/23, *settled* heldout277 and heldout294's
  year-first days with slashes), DNB's Betalingsdato / Payment date (dd.mm.yyyy), the day in Danske Bank's
  sentence, QNB's Transfer Date, Hang Seng Bank's Value date, Maybank's Transaction Date; Westpac's "Today,
  <hour>" prints no day (*settled*). A receipt's Invoice Date on the tax invoice, the தேதி / Date written in
  the Flower Show memo's field, Easebuzz's Initiated at, Cashfree's Attempted on, the தேதி / Date written in
  the receipt's field, iTokri's Settled on, the roll's DATE; Swipe's "Today, <hour>" prints no day. The "on
  <day>" in the cloth merchant's receipt line (never its invoice's Date), the day written at the right of the
  tailor's "தேதி" (date; *settled* heldout305's clay seller's chit), Udaan's Placed on, the "on <day>" in the
  yarn dealer's payment status line (never its invoice's Date or its Ack Date), Blue Dart's Date :,
  PrintStop's Attempted on, the Date written on the press' bill; the carton maker's SMS under its "Today"
  divider prints no day (*settled*, as the chats' "Today" and heldout315's Bank of Baroda's SMS under
  "Today"). A banking page's Value date, Date & time, Initiated on, Transaction Date, Date, the தேதி / Date
  written on the co-operative bank's challan (its stamp's day the same), the day and hour on MobiKwik's
  receipt; Kotak's "Today, <hour>" prints no day. A pay slip's "on <day>" written on the wage account (never
  its மாதம் / Month), Keka's "Credited on <day>" (never its Pay Period or the payslip's month, *settled*
  heldout273 and heldout303 to heldout315), Groww's Started, YONO SBI's Date, Ujjivan's Attempted on, the "on
  <day>" in the wage slip's printed line (never its month); *settled* (new here) the Pongal advance's day is
  the day written in Latin figures at the right of its "தேதி" (date), never its Tamil month's day "இன்று
  மார்கழி <n> ஆம் நாள்" (today, the <n>th of Margazhi), because the advance names one day in two calendars and
  the evaluation's days are the Gregorian calendar's (a Margazhi day another kind of day the page prints
  beside the one it was paid on, as heldout315's Eid advance's Hijri day is); OkStaff's "Today, <hour>" prints
  no day (never its "Salary for <month>"). A fee page's தேதி / Date (never its அரையாண்டு / Half Year), EPFO's
  Initiated on (never its Wage month), ESIC's Transaction Date (never its Contribution Period), the தேதி /
  Date written on the Horticulture Department's receipt, TNPCB's Attempted on, TNREGINET's and the GI
  Registry's Date; the e-Challan app's "Today, <hour>" prints no day. An insurer's Receipt Date,
  ManipalCigna's Initiated on, United India's Attempted on, the "on <dd/mm/yyyy>" in Aditya Birla Health's SMS
  (never the thread's divider), The Oriental Insurance Company's DATE, HDFC Life's Payment date, Reliance
  General's Payment Date; IL TakeCare's "Today, <hour>" prints no day. A slip's DATE (dd/mm/yyyy, dd-mm-yyyy
  or dd/mm/yy), IRCTC's Booked on (never its Date of Journey, *settled* heldout302 and heldout305), the
  restaurant's Date, the "on <dd/mm/yy>" in SBI Card's SMS; the HSBC app's "Today, <hour>" prints no day. A
  utility's Date of Payment, HP Pay's Initiated, TACTV's Attempted on, Airtel's Payment date, the "on
  <dd-mm-yyyy>" in TNPDCL's SMS, the day written at the right of the Aavin card's "ரொக்கம் பெற்றேன்" (never
  the month at the right of its "மாதம்" (month), *settled* heldout315's hawker's card), Sun Direct's Recharged
  on; Vi's "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> அன்று" (on <day>) in the Tamil SMS (in
  Latin figures as the bank sends them, *settled* heldout287, heldout305 and heldout308 to heldout315), "On
  <dd/mm/yy>", "on <dd-mm-yyyy>", "on <dd-Mon-yy>", "on <dd/mm/yyyy>", the notification's "on <dd-mm-yy>"
  (never the lock screen's day or "now"); City Union Bank's SMS under its "Today" divider prints no day
  (*settled* heldout277's and heldout315's SMS under "Today"). All numeric days here are day first
  (heldout251, heldout259) but Mizuho's year first. *settled*: never a Year, a Half Year, a Period, a Month, a
  Wage month, a Pay Period, a payslip's month, a Margazhi day, an invoice's, a bill's, a due or a journey's
  day, an Ack Date, a letter's own date, an e-mail's, a message's or a notification's hour, a chat's divider,
  the day inside a UTR (heldout210) or an app's, a portal's, a bank's, a challan's or a terminal's transaction
  id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (TRIFED's NEFT or RTGS, QuickBooks' NEFT or RTGS Memo,
  Kotak Fyn's Payment Type, SAP Business One's Transfer Acct, the Zoho Cliq card's Mode NEFT, Union Digital
  Corporate's NEFT, the tea bungalow's NEFT or RTGS, RazorpayX's IMPS or NEFT; Easebuzz's Net Banking;
  *settled* (heldout311's Etsy, heldout313's Amazon, heldout314's Flipkart and heldout315's Jaypore) iTokri's
  settlement paid to the showroom's bank account; the cloth merchant's NEFT or RTGS, the yarn dealer's IMPS;
  the banking pages but Kotak's and MobiKwik's UPI; Keka's NEFT, YONO SBI's IMPS, the wage slip's IMPS;
  EPFO's, ESIC's, TNPCB's, TNREGINET's and the GI Registry's Net Banking; Cholamandalam MS' NEFT or RTGS,
  ManipalCigna's and Reliance General's Net Banking, The Oriental Insurance Company's NEFT; TNPDCL's Net
  Banking; the NEFT, IMPS and RTGS alerts); a SWIFT transfer either way (*settled*: ZKB's SHA - geteilt,
  Westpac's Shared (SHA), Mizuho's SHA (shared), DNB's SHA - delt, Danske Bank's SHA - delt, QNB's SHA, Hang
  Seng Bank's Shared (SHA), Maybank's Shared (SHA); *settled* heldout279, heldout301 and heldout303 to
  heldout315). UPI for the UPI screens, SmartHub Vyapar's Paid using <app> (UPI), BHIM's வங்கிக் கணக்கு (bank
  account) on a UPI app (*settled* heldout305's Tamil and heldout314's Marathi screens); the tax invoice's
  "Paid by UPI", Swipe's Paid via UPI, the receipt's வகை / Mode UPI, the roll's TENDER : UPI; Udaan's Payment
  UPI, Blue Dart's Paid by : UPI, the carton maker's "via UPI Ref", the press' "Recd. by GPay" (*settled*
  heldout287's "GPay-ৰে পালোঁ", heldout309's to heldout315's "GPay"); Kotak's and MobiKwik's UPI; the wage
  account's, Groww's, Ujjivan's and OkStaff's UPI; the municipality's and the e-Challan app's UPI; IL
  TakeCare's, Aditya Birla Health's and HDFC Life's UPI; Vi's, HP Pay's, Airtel's, TNPDCL's SMS' and Sun
  Direct's UPI; the UPI alerts. Card for Cashfree's RuPay Debit, PrintStop's Mastercard Debit, United India's
  Visa Credit, the slips, IRCTC's Credit Card, the restaurant's "Settled: Card", SBI Card's SMS, the HSBC app
  and TACTV's RuPay Debit. Cash for the Flower Show memo's "ரொக்கமாகப் பெற்றோம்", the tailor's and the Pongal
  advance's "ரொக்கம் பெற்றுக்கொண்டேன்", the Horticulture Department's "ரொக்கம்" and the Aavin card's "ரொக்கம்
  பெற்றேன்" in a Tamil hand (*settled* heldout287's "নগদ পালোঁ", heldout305's "ரொக்கமாகப் பெற்றுக்கொண்டோம்"
  and heldout303 to heldout315's hands).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout315): a UPI
  reference / UTR / RRN / IMPS reference (SmartHub Vyapar's RRN, Jupiter's UPI Txn ID, Navi's UPI Ref No,
  Vyom's UPI Ref. No :, TMB mConnect+'s UPI Ref No (above its Transaction ID), SIB Mirror+'s UPI Ref., BHIM's
  UPI பரிவர்த்தனை எண் (UPI transaction number); the UTR in TRIFED's sentence, QuickBooks' Memo UTR (above its
  Ref no.), SAP Business One's Reference (above its Doc. No.), the Zoho Cliq card's UTR, RazorpayX's UTR
  (above its Payout ID); the tax invoice's UPI Ref (above its Invoice No.), Swipe's UTR (above its Invoice #),
  the receipt's குறிப்பு எண் / UPI Ref written in (above its No. struck in red), iTokri's UTR (above its
  Settlement ID), the roll's UPI REF (above its BILL NO); the UTR in the cloth merchant's receipt line (above
  its Invoice No.), the IMPS Ref in the yarn dealer's payment status (above its Invoice No.), Blue Dart's UPI
  Txn Ref, the carton maker's UPI Ref, the Ref in the press' "Recd. by GPay, Ref ..." (above its Bill No.
  struck in red); the banking pages' UTR No., Reference No., UPI Ref, UTR, IMPS Ref No, the UTR in the
  co-operative bank's clerk's "Sent, UTR ..."; the wage account's Ref, Keka's UTR, Groww's UPI Ref No., YONO
  SBI's IMPS Ref. No., Ujjivan's UPI Ref (above its Transaction ID), OkStaff's UPI Ref, the wage slip's IMPS
  Ref; the municipality's UPI குறிப்பு / UPI Ref (above its ரசீது எண் / Receipt No.); Cholamandalam MS' UTR
  (above its Receipt No.), The Oriental Insurance Company's UTR (above its RECEIPT NO), HDFC Life's
  Transaction reference (above its Receipt number); a slip's RRN (above its AUTH CODE or APPR CODE and its
  INVOICE or BILL NO); the alerts' குறிப்பு எண் (reference number) in the Tamil SMS, HDFC Bank's Ref, Axis
  Bank's UTR, ICICI Bank's Ref, City Union Bank's Ref No, IDBI Bank's UTR:, the notification's UTR), then a
  bank reference (Kotak Fyn's Transaction Ref No., Union Digital Corporate's Transaction Reference, ZKB's
  Referenz / Reference, Westpac's Westpac reference, Mizuho's Remittance No., DNB's Referanse / Reference,
  QNB's Transfer Ref, Hang Seng Bank's Transaction ref, Maybank's Reference No., TNREGINET's Bank Ref No.
  (above its Transaction ID), the GI Registry's Bank Transaction No. (above its Receipt No.), TNPDCL's வங்கி
  குறிப்பு எண் / Bank Ref No. (above its ரசீது எண் / Receipt No.)), then a transaction / payment id
  (Easebuzz's Txn ID (above its Order No.), Equitas Selfe's Reference ID, the e-Challan app's Transaction ID
  (above its Challan No.), ESIC's Transaction No. (above its Challan No.), TNPCB's Transaction ID, IL
  TakeCare's, ManipalCigna's, United India's and Reliance General's Transaction ID, IRCTC's Transaction ID
  (above its PNR), the HSBC app's Transaction ID, Vi's, TACTV's, Airtel's (above its Receipt number) and Sun
  Direct's Transaction ID), then an approval code (the restaurant's Auth code, above its Bill No.), then an
  order's number (Cashfree's Order ID, Udaan's Order ID, PrintStop's Order No., HP Pay's Order No., IRCTC's
  PNR (*settled* heldout126, heldout302, heldout305 and heldout306)), then a document's own number (EPFO's
  TRRN (*settled* heldout300, heldout302, heldout305 and heldout306: the number of a return's challan), a
  slip's INVOICE NO and INV NO where it prints no RRN (PhonePe POS' and Kotak's), TNPDCL's Receipt No in its
  SMS). *settled*: never a card, account, phone or mobile number (Vi number), a UPI ID, IFSC, GSTIN, an Udyam,
  a Regd. No., a Store ID, an Employee No., a Policy No., a Proposal No., a Certificate No., an Assessment
  No., a Service No. or SC No., a Subscriber ID, a Smart Card No., an Application No., a GI Application No.,
  an Establishment ID, an Employer Code, a Vehicle, a MID / TID / BATCH, a Waybill No. (a consignment's
  number, as an AWB NO, *settled* heldout274, heldout299 and heldout303 to heldout315), an IRN or Ack No.
  (*settled* heldout305), a No. left blank (the Horticulture Department's book), TRIFED's No. (a letter's file
  number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout315), a bill, a supply order
  or an invoice named on an advice, a letter, a mail or a bill (TRIFED's, QuickBooks', SAP Business One's and
  the tea bungalow's; the carton maker's Inv)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout316_families import (
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

SPLIT = "heldout316"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout314's and heldout315's: the screens in
# Noto Sans Display, Liberation Sans (liberation2), DejaVu Sans Condensed, Noto Sans and FreeSans; the pages
# in Noto Serif, DejaVu Serif, Liberation Serif (liberation), FreeSerif, Liberation Sans (liberation) and Noto
# Sans Display; the society's, its suppliers' and its members' papers in DejaVu Serif Condensed, Noto Serif
# Display, Liberation Serif (liberation2), Liberation Sans Narrow and Noto Sans; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Tamil (heldout273's and heldout305's) for the Tamil
# lines, fields and SMS, Noto Serif Tamil Slanted (heldout273's) for the Tamil hand with Noto Serif Italic for
# its figures and Latin letters, a pen's italic or oblique (``heldout316_families.PENS``) and a page's own
# fixed-width face (``heldout316_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
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


def make_heldout316_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout316 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

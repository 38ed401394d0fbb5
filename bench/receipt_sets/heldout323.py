"""heldout323: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a jaapi makers' firm's year of 2026 in Nalbari and Guwahati, Assam (Phulam Jaapi
Shilpa Udyog, in Assamese ফুলাম জাপি শিল্প উদ্যোগ, named for the phulam jaapi, the sun hat dressed in red
cloth with woven flowers that Assam gives its guests, a partnership firm with GSTIN 18AAXFP3872L1ZD and Udyam
UDYAM-AS-20-0004817, its motto "জাপি অসমৰ গৌৰৱ" (the jaapi, the pride of Assam), with Hemanta Kalita its
managing partner, who pays its makers and its bills, Rupjyoti Kalita, who designs its phulam jaapi, Dikshita
Kalita, who keeps the web shop and the orders from abroad, Jayanta Sarma, who keeps its accounts, Pallabi Das
at its counter and Rofiqul Islam, its helper: its makers (Prafulla Baishya, Dipali Deka, Kamaleswar Das, Lakhi
Kalita, Jogen Talukdar, Minoti Baishya, Bhupen Medhi and Nirmali Das among them) split the bamboo, weave the
jaapi's two frames, lay the dried leaves of the tokou palm between them and dress the phulam jaapi's crown in
red velvet or satin with its woven flowers, gold lace, sequins and little mirrors, in the workshop at Jaapi
Para, Bhojkuchi, Nalbari, paid by the jaapi made (the large and the middling phulam jaapi, the sorudoiya for a
wall, the bordoiya, the halua a farmer wears in his field, small gift pairs, wall sets and lampshades); its
showroom on G.S. Road, Ulubari, Guwahati, the Jaapi Bhoral (জাপি ভঁৰাল, the jaapi store), shut on Tuesdays as
the road's craft shops are; its stall at the Latasil field's Rongali Bihu (14 to 20 April 2026); its web shop
phulamjaapi.in on Instamojo and PayU and its Amazon Karigar store; the Assam Tourism Development Corporation,
the Office of the Development Commissioner (Handicrafts) through PFMS, a Guwahati hotel company, a Delhi
wedding planner, a Bengaluru gifting company, a Kolkata décor chain, Oil India and the Latasil Bihu Sanmilan
at home and a Bihu association in Houston, a folk arts shop in London, a Bihu society in Melbourne, a craft
house in Singapore, a hat museum's shop in Geneva, a hat shop in Kyoto, a hat workshop in Berlin and a weaving
house in Kuala Lumpur abroad), told by the proofs of payment it receives (buyers' YONO Merchant on the
Bhoral's phone, Google Pay, BHIM set in Assamese, YONO SBI, PhonePe, Groww, Navi and MobiKwik; the tourism
corporation's advice under its Assamese name, a wedding planner's Slack channel, PFMS' e-payment advice, SBI's
corporate banking with a gifting company's NEFT returned, a décor chain's Tally payment voucher, neo for
corporates with a hotel company's RTGS pending its checker, Oil India's SAP advice in plain text and the Bihu
committee's letter in Assamese; J.P. Morgan Access, HSBCnet, CommBiz, OCBC, UBS, MUFG, Deutsche Bank and
Maybank2u Biz for buyers in Houston, London, Melbourne, Singapore, Geneva, Kyoto, Berlin and Kuala Lumpur in
US dollars, pounds, Australian dollars, Singapore dollars, Swiss francs the Swiss way, yen, euros the German
way and ringgit; the Bhoral's tax invoice under a phulam jaapi, the Bihu stall's cash memo in an Assamese hand
lying on a bamboo mat, the firm's money receipt book on red tabs, Instamojo's pending order, Google Pay for
Business under "Today", PayU's failed card, Amazon's disbursement mail and the Bhoral's QueueBuster roll) and
those it makes (the tokou leaf trader's chit in an Assamese hand, the cane dealer's bill of supply with its
PAID stamp, Amazon Business' pending order, the cloth merchant's invoice with its payment details, DTDC's
booking receipt, the printer's Swipe invoice paid under "Today", Industrybuying's failed order and the mirror
shop's cash memo; PNB ONE, Bandhan Bank's mBandhan, the Assam Co-operative Apex Bank's application filled in
by hand, iMobile Pay, Paytm, BOI Omni Neo, UCO mBanking Plus and YONO Business for the cloth merchant, the
cane dealer, a carpenter, a carton maker, a transporter, the printer and a tailor; a maker's wage account and
an advance in an Assamese hand, BHIM SBI Pay, Zoho Payroll's payslip, a Google Pay chat in Assamese under
"Today", Airtel Payments Bank, the printed wage slip on red tabs and Kotak's UPI to the helper; Guwahati
Municipal Corporation's trade licence receipt under its Assamese name, the GST portal's receipt, Sewa Setu's
registration fee under "Today", the professional tax awaiting the bank, the Forest Department's transit pass
fee, the Kalakshetra's stall receipt across its counterfoil, VAHAN's failed road tax and the Nalbari Municipal
Board's receipt book; National Insurance's, HDFC ERGO's, ICICI Lombard's, Niva Bupa's, Care Health's, Royal
Sundaram's, Shriram General's and New India's premiums; cards on the Bhoral's ICICI Bank terminal and the Bihu
stall's Razorpay POS, on a Guwahati restaurant's POSist bill, at a Fancy Bazar lace shop's Mswipe machine, on
IRCTC, in HDFC Bank's SMS, on the OneCard app and at a Nalbari fuel station's Paytm machine; APDCL's receipt
under its Assamese name, Hello BPCL, the Jal Board's counter, the ward's waste collection slip in an Assamese
hand, Airtel Xstream Fiber's mail, Purba Bharati Gas, Tata Play and MobiKwik's Bharat BillPay; Assam Gramin
Vikash Bank's SMS in Assamese, the SMS of Punjab National Bank, UCO Bank, ICICI Bank and the Apex Bank,
Bandhan Bank's alert in the phone's notification history, Bank of India's mail and Axis Bank's Notifications
tab). One payment per page, each drawn from its own seed (heldout323-<i>) in a face the seed chooses, with its
degraded copy made from the same stream by heldout14_render's ``degrade``, so that the set is drawn the same
every time (no set or hash order is read anywhere). Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields). Each layout is a function of its
own in ``heldout323_families`` (the family's function picks it by the receipt's place in its family), written
by hand for this set.

Layouts (every one written for this set: its labels and its arrangement none of heldout320's or heldout321's,
and nearly all of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they
also drew, it is drawn here in this set's own labels and marks, and near ones are noted): YONO Merchant on the
Bhoral's phone with a wave-edged top, the sum large with its paise raised and its details in a table ruled on
every side, where heldout321 drew BHIM Vyapar's and heldout320 Paytm for Business' details against a gutter;
Google Pay's payment processing under a tile's hourglass with a copyable UPI transaction ID and its values
over their labels, where heldout321 drew Kiwi's under a spinner and heldout320 slice's stages; BHIM set in
Assamese under "আজি" with each value over its label's Assamese and English, near heldout321's Paytm set in
Hindi and heldout320's PhonePe set in Gujarati (and heldout318's BHIM set in Assamese with its Assamese over
its English); YONO SBI's striped table under a capsule; PhonePe's tinted band with its details two to a row;
Groww's failure under a tile on hairline rows, where heldout321 drew IndOASIS' under a red ribbon and
heldout320 Bajaj Finserv's; Navi's payment with no reference in a capsule, where heldout321 drew Tata Neu's
and heldout320 Airtel Payments Bank's; MobiKwik's octagon with dot leaders and a toast; the tourism
corporation's advice under its Assamese name with its TDS in dot leaders, its mode and UTR with colons and its
oval stamp, where heldout321 drew RAJSICO's in a striped table and heldout320 Gurjari's in a ruled one; a
wedding planner's Slack channel under "Today", near heldout321's Teams channel; PFMS' e-payment advice in a
ruled table, near heldout320's NID advice; SBI's NEFT returned under a red ribbon against a gutter, where
heldout321 drew YES CONNECT's on a tinted band and heldout320 ENet's in shaded labels; Tally's payment voucher
in a ruled table with its total, where both drew Zoho Books'; neo for corporates' RTGS pending over a progress
bar two to a row, where heldout321 drew ENet's stages across the page and heldout320 ICICI CIB's top to
bottom; Oil India's SAP advice in plain text with its table of dashes and bars; the Bihu committee's letter
typed in Assamese with no reference, near heldout321's school letter in Hindi and heldout320's school trust's
letter; J.P. Morgan Access' wire in dot leaders, where heldout321 drew Wells Fargo's against a gutter and
heldout320 Bank of America's striped; HSBCnet's payment in progress with its stages left to right, where
heldout320 drew SMBC's under review across a ruled table; CommBiz' tiles two to a row; OCBC's "Today" in an
octagon two to a row, near heldout320's Monzo "Today" and heldout321's Bangkok Bank "Today"; UBS' rejection
under a tile on hairline rows in Swiss francs, where heldout321 drew Barclays' return in an octagon and
heldout320 Emirates NBD's under a red ribbon; MUFG's remittance against a gutter, near heldout321's Wells
Fargo; Deutsche Bank's German sentence with no reference in a rounded card, near heldout321's Emirates NBD and
heldout320's Scotiabank sentences; Maybank2u Biz' tinted band two to a row; the Bhoral's tax invoice under a
phulam jaapi in a ruled table with its Invoice Value in a box, where heldout321 drew the Ghar's under a pair
of kathputlis and heldout320 the Ghar's under a Tangaliya motif in striped tables; the Bihu memo in an
Assamese hand lying on a bamboo mat, near heldout321's Lokrang memo in a Hindi hand on a bandhani odhni and
heldout320's Tarnetar memo in a Gujarati hand on a shawl; the money receipt book on red tabs with a revenue
stamp, where heldout321 drew its receipt book in bilingual cells and heldout320 in bilingual labels;
Instamojo's pending order over a progress bar with colons, near heldout320's CCAvenue checkout over a progress
bar; Google Pay for Business under "Today" in a rounded card, near heldout321's Khatabook in Hindi and
heldout320's Vyapar Payment-In; PayU's failed card on a tinted band with its values over their labels, where
heldout321 drew CCAvenue's failure in a ruled table and heldout320 Razorpay's with colons; Amazon's
disbursement mail in a striped table, near both sets' iTokri payout mails on hairline rows; QueueBuster's torn
roll, near both sets' GoFrugal rolls; the tokou leaf trader's chit in an Assamese hand, near heldout321's
timber merchant's bill in a Hindi hand and heldout320's carpenter's bill in a Gujarati hand; the cane dealer's
bill of supply striped with its rectangular PAID stamp, near heldout320's wool dealer's PAYMENT RECEIVED
stamp; Amazon Business' pending order with its stages across the page, where heldout321 drew IndiaMART's over
a progress bar and heldout320 Flipkart Wholesale's; the cloth merchant's ruled invoice with its PAYMENT
DETAILS with colons, near heldout321's gota merchant's payment details in a rounded card; DTDC's booking
receipt typed at its counter, near heldout321's India Post receipt and heldout320's courier's receipt two to a
row; the printer's Swipe invoice paid under "Today" on hairline rows, near heldout321's Moglix order under
"Today"; Industrybuying's failure under a red ribbon with its values over their labels, where heldout321 drew
Porter's on a tinted band and heldout320 Shopify's in shaded labels; the mirror shop's cash memo written in
its columns on a stapled pad; PNB ONE's NEFT with colons in a rounded card; Bandhan Bank's IMPS under "Today"
with its values over their labels, where heldout321 drew super.money's and heldout320 iris' "Today"; the Apex
Bank's application filled in by hand in letter boxes under its rectangular stamp, near heldout321's Jaipur
co-operative bank's in bilingual cells and heldout320's district co-operative bank's; iMobile Pay's failure
under a red ribbon with a copyable id, near heldout321's PSB UnIC failure with a copyable id; Paytm's payment
with no reference under a badge of initials, where heldout321 drew Amazon Pay's and heldout320 JioFinance's;
BOI Omni Neo's ruled table, near heldout321's DBS and heldout320's IDBI ruled tables; UCO mBanking Plus' NEFT
in process with its stages left to right in dot leaders, near heldout321's KVB DLite stages across the page
against a gutter; YONO Business' shaded labels under a capsule; the maker's wage account in an Assamese hand,
near heldout321's show-fee account in a Hindi hand and heldout320's wage account in a Gujarati hand; the
advance in an Assamese hand with its revenue stamp, near heldout321's Holi advance and heldout320's Diwali
bonus (and heldout318's Bihu advance in an Assamese hand); BHIM SBI Pay's pending payment under a spinner,
where heldout321 drew YONO Lite's over a progress bar and heldout320 Canara ai1's stages; Zoho Payroll's
payslip with its Net Pay on a tinted panel, where both drew greytHR's; the Google Pay chat with its Assamese
messages under "Today", near both sets' PhonePe chats; Airtel Payments Bank's failure in an octagon against a
gutter, near heldout321's IDFC FIRST Bank failure in an octagon two to a row; the printed wage slip on red
tabs with a box for the maker's thumb, where heldout321 drew the salary voucher on dotted lines and heldout320
the wage voucher in bilingual labels; Kotak's UPI on a tinted band with tiles; GMC's trade licence receipt
under its Assamese name in a ruled table with its QR code, near heldout321's heritage corporation's receipt
set in Hindi and heldout320's property tax under its Gujarati name; the GST portal's receipt in dot leaders,
near heldout320's two to a row; Sewa Setu's "Today" with a copyable GRN, near heldout321's RajCop and
heldout320's UMANG "Today"; the professional tax awaiting the bank over a progress bar in dot leaders, where
heldout321 drew EPFO's stages top to bottom and heldout320 the Cyber Treasury's with colons; the Forest
Department's transit pass fee in a striped table; the Kalakshetra's stall receipt across its counterfoil with
its oval stamp and no number, near heldout320's Tarnetar stall rent receipt; VAHAN's failure under a tile in a
ruled table, where heldout321 drew e-Pay Tax' under a red ribbon and heldout320 MCA's under a large round
cross; the municipal board's receipt book filled in by hand with its number struck in red and its oval stamp,
near heldout321's P.H.E.D. receipt typed under its Hindi name; National Insurance's receipt against a gutter;
HDFC ERGO's failed card under a red ribbon in a ruled table, where heldout321 drew Acko's with tiles and
heldout320 Bajaj General's; ICICI Lombard's mail with colons, near heldout320's Tata AIG mail; Niva Bupa's
"Today" under a tile with tiles, where heldout321 drew Zuno's and heldout320 Zurich Kotak's in an octagon;
Care Health's payment under process top to bottom in read-only fields, where heldout321 drew Aditya Birla
Health's across the page and heldout320 Star Health's left to right; Royal Sundaram's striped receipt, near
heldout320's SBI General; Shriram General's SMS with no reference, near heldout321's Liberty General and
heldout320's Go Digit SMS; New India's ruled receipt with its round seal, near heldout320's IFFCO-TOKIO
receipt; ICICI Bank's slip padded to its colons, near heldout320's Axis Bank slip; the restaurant's POSist
bill, near heldout321's DotPe and heldout320's Petpooja bills; Mswipe's declined slip, near heldout321's
BharatPe and heldout320's State Bank of India declined slips; IRCTC's e-ticket two to a row with its fares in
dot leaders, near heldout320's GSRTC e-ticket; HDFC Bank's card SMS with no reference, near heldout321's Kotak
and heldout320's SBI Card SMS; the OneCard app's "Today" with a copyable id, near heldout321's SBI Card app;
Razorpay POS' answer not come, near heldout321's and heldout320's Paytm card machines; Paytm's slip with each
label over its value; APDCL's receipt under its Assamese name on hairline rows, where heldout321 drew JVVNL's
in a ruled table and heldout320 PGVCL's in dot leaders; Hello BPCL's failure on a tinted band, near
heldout321's Freecharge failure; the Jal Board's counter receipt typed with its round seal, near heldout321's
P.H.E.D. counter receipt; the waste collection slip in an Assamese hand, near heldout321's milk account and
heldout320's cable card; Airtel Xstream Fiber's mail on hairline rows, where heldout321 drew Jio's and
heldout320 Gujarat Gas' mails with colons; Purba Bharati Gas' pending payment under a spinner two to a row,
near heldout321's Rajasthan State Gas over a progress bar; Tata Play's "Today" with a copyable id, where both
drew Excitel's; MobiKwik's Bharat BillPay with its values over their labels, near heldout321's Bijli Mitra;
Assam Gramin Vikash Bank's SMS in Assamese in a bubble, near heldout321's Rajasthan Gramin Bank's in Hindi and
heldout320's Bank of Baroda's in Gujarati (and heldout287's Assam Gramin Vikash Bank's); the SMS of Punjab
National Bank, UCO Bank, ICICI Bank and the Apex Bank in their own wordings, where heldout321 drew State Bank
of India's, Bank of Baroda's, the Jaipur co-operative bank's and RBL Bank's and heldout320 Gujarat Gramin
Bank's, Kotak's, Union Bank's and the district co-operative bank's; Bandhan Bank's alert in the phone's
notification history; Bank of India's mail of an RTGS under process, where heldout321 drew HDFC Bank's
InstaAlert; Axis Bank's Notifications tab with no reference, where heldout321 drew Canara Bank's and
heldout320 IDFC FIRST Bank's WhatsApp banking. This set draws kinds of row and page heldout320 and heldout321
do not: Assamese in the Bengali script (a firm's, a shop's, a corporation's, a committee's, a bank's, a
department's, a board's, a trader's and a samiti's names, a motto, headings, an app set in Assamese, a
committee's typed letter, a maker's chat, a bank's SMS) in heldout318's runs of Noto Sans and Noto Serif
Bengali; an Assamese hand in Noto Sans Bengali with its Latin figures in an upright Liberation Sans, sheared
as a gel pen leans; this set's red-tab field (the label on a gamosa-red tab, its Assamese in bold white and
its English small after it, the value on a dotted line after the tab); an app's detail set value first over
its label's Assamese and English; a phulam jaapi as a letterhead's emblem; a strip of gamosa as a divider; a
page photographed lying on a bamboo mat with a tokou leaf beside it; a Slack channel; a plain-text SAP mail; a
bill of supply; the phone's notification history; an app's Notifications tab; and beside them the rows
heldout269's to heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels
against a gutter, labels at the left and values at the right, dot leaders, hairline rows, labels with colons,
tinted outcome bands, capsules, tiles two to a row, values over their labels, labels over their values two to
a row, copyable fields, read-only fields, a tinted panel, notice boxes, stages across the page, left to right
and top to bottom, progress bars, spinners, large round marks, octagons, scalloped badges, tile marks,
ribbons, a wave-edged top, a sum large with its paise raised, a toast, tabs, a day divider, chat bubbles, a
chat's payment card, rounded cards, a round badge of initials, hand-written columns on a ruled page, letter
boxes, tick boxes, a counterfoil's perforation, a sum in a box, round, oval and rectangular stamps, a red
numbering-machine number, revenue stamps, a thumb's box, signatures, a QR code, a staple, a tea cup's ring, a
torn roll, a plain-text table).

* ``buyer_upi``: Buyers paying the Jaapi Bhoral or the firm by UPI: YONO Merchant on the Bhoral's phone (the
  Bhoral under the app's bar; on a pale top with a wave for its lower edge, Payment received, the sum large
  with its paise raised, "from <buyer>"; UPI RRN, Received at, Payer and Credited to in a table ruled on every
  side); Google Pay's payment processing (an hourglass on a rounded tile, Processing, the sum, "To <payee>", a
  notice; a copyable UPI transaction ID; Started on and Paying from, each value over its label); BHIM set in
  Assamese under "আজি, <hour>" (today; a large round tick, "লেনদেন সফল" (transaction successful), the sum,
  "<payee> লৈ" (to <payee>); each value over its label's Assamese and English: UPI প্ৰসংগ নং · UPI Ref No.,
  কোন একাউণ্টৰ পৰা · From account, টোকা · Note; no day); YONO SBI (a Successful capsule, the sum; Paid To, UPI
  Ref. No., Date & Time, Debit A/c and Remarks in a striped table); PhonePe (Transaction Successful on a
  tinted band with the hour and the day under it, "Paid to" over the payee, the sum; Transaction ID and UTR,
  Debited from and Bank two to a row); Groww's failure (a cross on a rounded tile, Payment failed, the sum,
  "to <payee>", the reason in a notice; Transaction ID, Date & time, Reason and From on hairline rows); Navi's
  payment with no reference (a Paid capsule, the sum, "paid to <payee>", "on <day> at <hour>"; Paid from and
  Cashback); MobiKwik (an octagon's tick, Payment Successful, the sum, "to <payee>"; UPI Ref No, Date, Paid
  via and Note in dot leaders; "Receipt saved to gallery" in a toast).

* ``buyer_advices``: Payers' advices of what they paid the firm: the Assam Tourism Development Corporation's
  PAYMENT ADVICE under its Assamese name for the phulam jaapi that welcome its lodges' guests (Advice No. and
  Date; "Payee: M/s <firm>" and the bill it settles; Gross amount, Less TDS (GST) 2% and Net amount paid in
  dot leaders; Mode :, UTR : and Credited to : with colons; its oval stamp; the Manager (Finance)'s
  signature); a Delhi wedding planner's Slack channel under "Today" (the writer's initials in a round badge,
  her name and hour; "Paid ₹x to <payee> via NEFT for the 60 phulam jaapis for the Kapoor wedding's welcome.
  UTR ..."; its replies and reaction; a colleague's reply; no day); PFMS' E-Payment Advice for the Development
  Commissioner (Handicrafts)'s payment (Agency, Sanction No., Payee Name, Bank A/c No., IFSC, Amount (Rs.),
  Payment Date, Bank Ref. No. (UTR) and Status in a table ruled on every side); SBI's corporate internet
  banking with a Bengaluru gifting company's NEFT returned (NEFT RETURNED on a red ribbon, the reason in a
  notice; Reference No., Beneficiary, Amount, Value Date and Return Reason against a gutter); a Kolkata décor
  chain's Payment Voucher from TallyPrime (No. and Dated; Particulars | Amount in a table ruled on every side:
  "Account: M/s <firm>", the bills it settles, "Being paid by NEFT vide UTR ...", its Total; Through; the sum
  in words; Receiver's Signature and Authorised Signatory); neo for corporates with a Guwahati hotel company's
  RTGS pending its checker (a Pending approval capsule over a progress bar, a notice; Transaction ID and
  Amount, Beneficiary and Value date, Payment mode and Created by two to a row); Oil India's vendor payment
  advice mailed in plain text from its SAP (Vendor Code, Vendor Name, Payment Doc No., Payment Date and
  Payment Ref typed with colons; its invoices in a table of dashes and bars; Net Payment); the Latasil Bihu
  Sanmilan's letter typed in Assamese with no reference in the days before Bihu (its Assamese name over its
  English, "ৰঙালী বিহু 2026" and a strip of gamosa; পত্ৰ নং (letter no.) and তাৰিখ (date); "প্ৰতি, অংশীদাৰ,"
  (To, the partner,) and the firm in English; বিষয় (subject); "... ফুলাম জাপিৰ মূল্য বাবদ Rs. x/- <day>
  তাৰিখে NEFT যোগে আপোনাৰ একাউণ্টত জমা কৰা হৈছে।" (the price of the phulam jaapi, Rs. x/-, has been deposited
  in your account by NEFT on <day>); the general secretary's signature over সাধাৰণ সম্পাদক).

* ``export_wires``: Bihu associations, craft shops, a hat museum's shop and a weaving house abroad paying the
  firm for its jaapi: J.P. Morgan Access (Chase) with an international wire in US dollars (a Completed
  capsule; Transaction ID, Beneficiary, Beneficiary bank, Amount, Value date (the day month first or in words)
  and Charges in dot leaders); HSBCnet with a payment in pounds in progress (Submitted, Authorised and Sent
  left to right, a notice; Payment reference, Beneficiary, Amount, Requested date and Charges at the left and
  the right); CommBiz with an international money transfer in Australian dollars (a large round tick; Receipt
  number and Date, Payee and Amount, Fee and Payee's bank in tiles two to a row); OCBC's overseas transfer in
  Singapore dollars under "Today, <hour>" (an octagon's tick, Transfer submitted, the sum, "to <payee>";
  Transaction reference and Fee, From account and Purpose two to a row; no day); UBS e-banking with a payment
  in Swiss francs the Swiss way rejected (a cross on a rounded tile, the reason in a notice; Beneficiary,
  Amount, Execution date (the day first with points), UBS reference and Reason on hairline rows); MUFG
  BizSTATION with a remittance in yen (Remittance No., Beneficiary, Remittance amount, Value date (the year
  first with slashes) and Charges against a gutter); Deutsche Bank's business banking with a transfer in euros
  the German way told in a German sentence with no reference (a tile's tick and Auslandsüberweisung ausgeführt
  (foreign transfer executed) in a rounded card; "Ihre Überweisung über <sum> an <payee> wurde am <dd.mm.yyyy>
  ausgeführt." (your transfer of <sum> to <payee> was executed on <day>); Auftraggeberkonto (debit account)
  and Entgelt (charges)); Maybank2u Biz with a foreign telegraphic transfer in ringgit (Successful on a tinted
  band; Reference number and Transaction date, Recipient and Recipient bank, Amount and Service charge two to
  a row).

* ``own_receipts``: The firm's own papers, its Jaapi Bhoral or itself on top: the Bhoral's TAX INVOICE under a
  phulam jaapi, its Assamese name and a strip of gamosa ("A unit of M/s <firm>"; Invoice No. and Date, Bill to
  and Place of Supply; Sl. | Description | HSN | Qty | Rate | Value in a table ruled on every side with its
  Taxable value; CGST @ 2.5% and SGST @ 2.5% at the left and the right; the Invoice Value in a box; its words;
  "Received by UPI, RRN ..."; "আকৌ আহিব!" (come again!)); the Bihu stall's CASH MEMO in Bihu's days,
  photographed lying on a bamboo mat (the Bhoral's Assamese name over its English, "ৰঙালী বিহু 2026 | লতাশিল,
  গুৱাহাটী", "নগদ মেমো" (cash memo); তাৰিখ / Date and নাম / Name on red tabs written in; the jaapi written in
  an Assamese hand on a ruled page with their sums, "মুঠ" (total); "নগদে পোৱা গ'ল" (received in cash); no
  reference); the firm's money receipt for a hotel's advance, "টকাৰ ৰচিদ / MONEY RECEIPT" (No. struck in red;
  তাৰিখ / Date, কাৰ পৰা / Received from, টকা / Amount, কিহৰ বাবে / Towards, পৰিশোধৰ মাধ্যম / Mode (IMPS) and
  প্ৰসংগ নং / Ref. No. on red tabs written in; the sum in words; a revenue stamp signed across; গ্ৰহণকাৰী /
  Receiver); Instamojo's order page for the web shop pending (the Bhoral on top, Payment pending, the sum over
  a progress bar, a notice; Order ID :, Payment ID :, Payment method : and Date : with colons); Google Pay for
  Business on the Bhoral's phone under its "Today" divider (the Bhoral under the app's bar; the buyer's
  initials, "Received from <buyer>", the sum, Received and the hour, the UPI transaction ID in a rounded card;
  Settles to; no day); PayU's checkout with a debit card failed (the firm on top, Payment Failed on a tinted
  band, the reason in a notice; Transaction ID, PayU ID, Amount, Payment mode and Date, each value over its
  label); Amazon Seller Central's disbursement mail for the jaapi sold under Amazon Karigar (Disbursement
  sent, its sentence; Seller display name, Settlement ID, Settlement period, Amazon fees, Disbursed amount,
  Bank reference (UTR) and Disbursement date in a striped table); the Bhoral's bill from QueueBuster on a torn
  three-inch roll (INV NO, DATE, CASHIER; the jaapi, GROSS, CGST 2.5%, SGST 2.5%, NET PAYABLE typed in the
  printer's face; TENDER : UPI and its RRN).

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a North Lakhimpur tokou leaf
  trader's chit in an Assamese hand with no reference (his Assamese name over his English; "তাৰিখ" (date) and
  the day and "শ্ৰীযুত হেমন্ত কলিতা দেৱ, নলবাৰী" (to Sri Hemanta Kalita, Nalbari) written; the bundles of
  tokou leaves and the truck's fare with their sums on a ruled page, "মুঠ"; "নগদে পালোঁ" (I have received in
  cash); a ring an Assam tea cup left on it); a Barpeta Road cane and bamboo dealer's BILL OF SUPPLY from a
  composition dealer (Invoice No. and its earlier Dated; Description | Qty | Unit | Rate | Amount striped, its
  Total; "Received Rs.x by NEFT (UTR ...) on <dd/mm/yyyy>" typed under it; its rectangular PAID stamp with the
  day); Amazon Business' order of cartons with its payment pending (Ordered, Payment, Shipped and Delivered
  across the page, the Order total, a notice; Order #, Sold by, Payment method, Order placed and Ship to at
  the left and the right); a Fancy Bazar cloth merchant's TAX INVOICE for the red velvet, satin and gold lace
  (Invoice No. and its earlier Date; Item | HSN | Qty | Rate | Amount in a table ruled on every side; CGST
  2.5%, SGST 2.5% and Invoice Total; PAYMENT DETAILS: Paid by :, Ref. : and Paid on : with colons); DTDC's
  booking receipt from its Nalbari franchise typed in the counter printer's face (Receipt No., Consignment
  No., Booked on, Destination, Weight, Freight, GST 18%, Total; Paid by : UPI and its UPI Ref); the Nalbari
  printer's invoice link from Swipe paid under "Today, <hour>" (the printer on top, a Paid capsule, the
  invoice's number; the hang tags, leaflets and stickers on hairline rows, GST 18%, Total; Payment received,
  Mode and UPI Ref; no day); Industrybuying's order of carving tools failed (PAYMENT FAILED on a red ribbon, a
  notice; Order ID, Sold by, Amount, Payment mode and Attempted on, each value over its label); a Fancy Bazar
  mirror and jari shop's CASH MEMO on a stapled pad (its name printed; No., Date and M/s written on dotted
  lines; the mirrors, sequins, lace and tinsel written in its ruled columns with the Total; "Paid by UPI, Ref
  ..." written under it).

* ``vendor_transfers``: The firm paying its suppliers from its banks: PNB ONE's NEFT to the cloth merchant (a
  large round tick, Transaction Successful, the sum; Beneficiary :, Account No. :, UTR No. :, Date : and
  Remarks : with colons in a rounded card); Bandhan Bank's mBandhan with an IMPS to the cane dealer under
  "Today, <hour>" (a tick on a rounded tile, IMPS successful, the sum, "to <payee>"; IMPS Ref No., Beneficiary
  account and Remarks, each value over its label; no day); the Assam Co-operative Apex Bank's RTGS / NEFT
  application under its Assamese name, the customer's copy filled in by hand (NEFT ticked; Date, Beneficiary's
  name, Amount (Rs.) and Remitter on dotted lines, the A/c No. and IFSC in letter boxes; the branch's
  rectangular stamp with its day; "Sent, UTR ..." written under it by its clerk); iMobile Pay's UPI payment to
  a carton maker failed (PAYMENT FAILED on a red ribbon, the sum, "to <payee>", the reason in a notice; a
  copyable Transaction ID; Date and Reason two to a row); Paytm's payment to the transporter with no reference
  (the payee's initials in a round badge, "Paid Successfully to" over the payee, the sum, the day and hour;
  From, Note; View History); BOI Omni Neo's NEFT to the printer (a Transfer Successful capsule; Transaction
  Reference No., Beneficiary Name, Beneficiary A/c, Amount, Transfer Date and Transfer Mode in a table ruled
  on every side); UCO mBanking Plus' NEFT to the tailor in process (In process, the sum, "to <payee>",
  Initiated, At UCO Bank and Credited left to right, a notice; UTR, Initiated on and Debit A/c in dot
  leaders); YONO Business' IMPS to the carpenter (a Success capsule, the sum; Reference No., Beneficiary,
  Account, Amount, Date and Mode in shaded labels).

* ``worker_pay``: The firm paying its makers (by the jaapi made) and its staff: a maker's wage account under
  "জাপি সজাৰ মজুৰিৰ হিচাপ / JAAPI WAGE ACCOUNT" (an account of the wage for jaapi made; শিল্পী / Maker and মাহ
  / Month on red tabs written in; the jaapi made, their counts ("টা") and rates written in an Assamese hand
  with their sums, "মুঠ"; "UPI-ৰে দিয়া হ'ল, Ref ..." (paid by UPI) and "তাৰিখ <day>" written under it; the
  partner's signature); a maker's advance for her house's roof in an Assamese hand under "অগ্ৰিম ৰচিদ"
  (advance receipt; "মই ফুলাম জাপি শিল্প উদ্যোগৰ পৰা / ঘৰৰ চাল মেৰামতিৰ বাবে / টকা x/- নগদ অগ্ৰিম পালোঁ।" (I
  have received from Phulam Jaapi Shilpa Udyog, for repairing my house's roof, Rs. x/- in cash as an advance)
  and "তাৰিখ: <day>" written; a revenue stamp signed across, her name written under it in Latin letters; no
  reference); BHIM SBI Pay's UPI payment to a maker pending (a spinner, Payment pending, the sum, "to
  <maker>", a notice; UPI Ref No., Initiated on and From at the left and the right); Zoho Payroll's payslip
  for the Bhoral's counter ("Payslip for the month of <month>"; Employee Name and Employee ID, Designation and
  UAN two to a row; Earnings | Amount | Deductions | Amount striped; the Net Pay on a tinted panel and its
  words; "Paid by bank transfer on <day>, UTR ..."); Google Pay's chat with a maker under "Today" (the maker
  on top; her message "দাদা, এই মাহৰ মজুৰিখিনি পঠিয়াই দিব নেকি?" (brother, will you send this month's wage?);
  the partner's payment card with the sum, "Paid" and the hour, its UPI Ref; her reply "পালোঁ, ধন্যবাদ"
  (received, thank you); no day); Airtel Payments Bank's UPI payment to a maker failed (an octagon's cross,
  the sum, "to <maker>", the reason in a notice; Transaction ID, Date, Reason and From against a gutter); the
  firm's printed "মজুৰি পৰিশোধ পত্ৰ / WAGE PAYMENT SLIP" under a phulam jaapi and a strip of gamosa (নাম /
  Name, জাপি / Jaapi made, হাৰ / Rate, মুঠ মজুৰি / Total wage, মাধ্যম / Mode, প্ৰসংগ / UTR and তাৰিখ / Date on
  red tabs, their values printed; a box for the maker's signature or thumb); Kotak's UPI to the helper for his
  salary (Money sent on a tinted band, the sum, "to <helper>"; UPI Ref No. and Date, From and Note in tiles).

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Guwahati Municipal
  Corporation's trade licence renewal e-receipt under its Assamese name (Receipt No., Licence No., Trade Name,
  Ward, Financial Year, Amount Paid, Payment Mode, Transaction Ref. (UPI) and Payment Date in a table ruled on
  every side; its QR code); the GST portal's Form GST PMT-06 payment receipt (Goods and Services Tax on top;
  Payment Successful; GSTIN, Name, CPIN, Date of deposit, Mode, Bank, BRN and Amount in dot leaders); Sewa
  Setu with the Bhoral's registration under the Shops and Establishments Act paid under "Today, <hour>" (the
  Labour Welfare Department under the app's bar, a large round tick, Fee paid, the sum; a copyable GRN; Bank
  Ref. No. and Payment mode; Service; no day); the Commissioner of Taxes' professional tax e-payment awaiting
  the bank (Payment status awaited from bank over a progress bar, a notice; Challan No., Enrolment No.,
  Period, Amount, Bank and Initiated on in dot leaders); the Forest Department's e-transit pass fee receipt
  for the bamboo, cane and tokou leaves under its Assamese name (e-Receipt No. and Payment Date; Produce |
  Quantity | Rate | Fee striped, the Total fee; Transit Pass No., Division, Payment mode and UPI Ref. on
  hairline rows); Srimanta Sankaradeva Kalakshetra's receipt for the Bhoral's craft fair stall written across
  its counterfoil (the counterfoil's Stall, Name, Rs. and Date; the receipt's Received from, for Stall No.,
  Rupees, Rs., By (Cash) and Date; its oval stamp; no number, no reference); VAHAN's road tax for the firm's
  pickup van failed (the Transport Department under the portal's name, a cross on a rounded tile, a notice;
  Application No., Vehicle No., Tax Amount, Transaction No., Bank and Date in a table ruled on every side);
  the Nalbari Municipal Board's holding tax receipt from its book under its Assamese name (Receipt No. struck
  in red; Date, Holding No., Received from, Period, Rs., Mode and UPI Ref. written on dotted lines; its oval
  stamp; the tax collector's signature).

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its message:
  National Insurance's PREMIUM RECEIPT for the workshop's fire policy (its sentence; Receipt No., Policy No.,
  Insured, Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR and Receipt Date against a gutter); HDFC ERGO's
  health renewal failed by card (PAYMENT UNSUCCESSFUL on a red ribbon, a notice; Proposal Number, Plan,
  Premium, Payment Reference, Payment Mode and Attempted At in a table ruled on every side); ICICI Lombard's
  mail of the Bhoral's shop insurance renewed (its sentence; Policy No. :, Product :, Premium (incl. GST) :,
  Transaction ID :, Payment Mode : and Payment Date : with colons); Niva Bupa's app with the makers' group
  health cover renewed under "Today, <hour>" (a tick on a rounded tile, Policy renewed, the sum; Policy No.
  and Transaction ID, Paid via and Members in tiles; no day); Care Health's renewal payment under process
  (Payment initiated, Awaiting bank confirmation and Policy issued top to bottom; Application No., Amount,
  Reference ID, Payment method and Started in read-only fields); Royal Sundaram's RECEIPT for the pickup van's
  motor policy (Receipt No., Policy No., Vehicle, Premium (incl. GST), Instrument, UPI Ref. No. and Receipt
  Date in a striped table); Shriram General's SMS with no reference ("Dear Customer, we have received premium
  of Rs.x on <dd/mm/yyyy> towards policy ... paid via UPI. Thank you - Shriram General Insurance"); New
  India's PREMIUM RECEIPT CUM TAX INVOICE for the makers' group personal accident cover (Description | Amount:
  Premium, CGST 9%, SGST 9% in a table ruled on every side with its Total; Instrument :, UPI Ref No. : and
  Receipt Date : with colons; its round seal).

* ``card_slips``: Cards on the Jaapi Bhoral's and the Bihu stall's terminals and the firm's cards elsewhere:
  ICICI Bank's CHARGE SLIP at the Bhoral, each label padded to its colon (DATE, TIME, MID, TID, BATCH NO,
  INVOICE NO, CARD NO, CARD TYPE, AUTH CODE, RRN, SALE AMOUNT; TRANSACTION APPROVED); a Zoo Road restaurant's
  bill from POSist (Bill No., Table and Date; the Assamese dishes; Sub Total, CGST 2.5%, SGST 2.5% and Grand
  Total; "Paid by: Card", its Auth Code); Mswipe's slip at a Fancy Bazar lace shop (SALE; DATE/TIME, TID and
  INVOICE, CARD, AMOUNT; TRANSACTION DECLINED, RESP CODE 51 : INSUFFICIENT FUNDS); IRCTC's Electronic
  Reservation Slip for the partner's Rajdhani to a Delhi crafts fair (PNR and Train, Date of Journey and
  Booking Date, From and To two to a row; Ticket Fare, Convenience Fee and Total Fare in dot leaders; Payment
  Mode and Transaction ID); HDFC Bank's SMS of a spend on the firm's credit card ("Rs.x spent on HDFC Bank
  Card x1234 at <MERCHANT> on <yyyy-mm-dd>:<hh:mm:ss>. Avl Lmt: Rs.y. Not you? ..."; no reference); the
  OneCard app under "Today, <hour>" (the merchant over its town, the sum, an Approved capsule; a copyable
  Transaction ID; Card and Reward points; no day); Razorpay POS at the Bihu stall in Bihu's days (CARD SALE;
  DATE, TIME, TID, TXN ID, CARD, AMOUNT; TXN STATUS : UNKNOWN, DO NOT RETRY - VERIFY IN RAZORPAY POS APP);
  Paytm's card machine at a Nalbari fuel station's service bay, each label over its value (DATE & TIME, MID /
  TID, CARD, APPROVAL CODE, RRN, AMOUNT; APPROVED).

* ``utility_bills``: The workshop's and the Bhoral's bills: APDCL's ONLINE PAYMENT RECEIPT under its Assamese
  name (Consumer No., Consumer Name, Bill Month, Amount Paid, Transaction ID, Payment Date and Payment Mode on
  hairline rows); the Hello BPCL app with the workshop's LPG refill booking failed (Bharat Petroleum under the
  app's bar, Payment Failed on a tinted band, the sum, a notice; Booking No., Consumer No., Transaction ID,
  Paid via and Attempted on at the left and the right); Guwahati Jal Board's water charges receipt typed at
  its Ulubari counter (RECEIPT NO, DATE, CONSUMER ID, NAME, BILL PERIOD, AMOUNT, MODE : CASH, each value at
  the line's right end; its round seal); the ward's door-to-door waste collection slip from the collecting
  samiti's pad (its name in Assamese over its English, "ঘৰে ঘৰে আৱৰ্জনা সংগ্ৰহ" (door-to-door waste
  collection); "নাম", "মাহ" (month), "টকা x/- নগদে পালোঁ" (I have received Rs. x/- in cash) and "তাৰিখ"
  written in an Assamese hand; no reference); Airtel Xstream Fiber's payment mail (its sentence; Account No.,
  Plan, Amount, Payment mode, Transaction ID and Payment date on hairline rows); Purba Bharati Gas' bill
  payment pending (a spinner, the sum, a notice; BP No. and Order ID, Paid via and Initiated on two to a row);
  the Tata Play app with the Bhoral's recharge under "Today, <hour>" (Tata Play Ltd. under the app's bar, a
  large round tick, Recharge successful, the sum; a copyable Transaction ID; Subscriber ID and Paid via; no
  day); MobiKwik paying APDCL through Bharat BillPay (a large round tick, Bill payment successful, the sum;
  Biller, Consumer No., B-Connect Txn ID, Paid via and Payment date, each value over its label).

* ``bank_alerts``: The banks' alerts of the firm's payments: Assam Gramin Vikash Bank's SMS in Assamese in a
  bubble under its day divider ("প্ৰিয় গ্ৰাহক, আপোনাৰ একাউণ্ট XX1234 ৰ পৰা <dd-mm-yyyy> তাৰিখে UPI যোগে টকা x
  <PAYEE> লৈ পঠিওৱা হৈছে। Ref No .... -AGVB" (Dear customer, Rs. x has been sent from your account XX1234 on
  <day> by UPI to <PAYEE>)); Punjab National Bank's SMS ("A/c XX1234 debited INR x on <dd-mm-yy> by NEFT to
  <PAYEE>. UTR .... Not you? Call 18001800 -PNB"); Bandhan Bank's alert in the phone's notification history
  ("Notification history", "Dismissed in the last 24 hours"; mBandhan's entry "<n>m ago": "Rs.x debited from
  A/c XX1234 via IMPS to <PAYEE>. IMPS Ref .... -Bandhan Bank", between WhatsApp's and the clock's; no day);
  UCO Bank's SMS ("Acct XX1234 is debited with Rs.x on <dd.mm.yyyy> for IMPS to <PAYEE>, IMPS Ref .... -UCO
  Bank"); ICICI Bank's SMS of a UPI payment that failed ("Transaction of INR x from Acct XX1234 to <PAYEE> via
  UPI on <dd-Mon-yy> has FAILED. Any amount debited will be credited back. UPI Ref .... -ICICI Bank"); the
  Assam Co-operative Apex Bank's SMS ("Dear Customer, Rs.x debited from your A/c XX1234 on <dd/mm/yyyy> by
  NEFT to <PAYEE>. UTR .... -ACAB"); Bank of India's mail of an RTGS under process ("Your RTGS of Rs.x from
  A/c XX1234 to <PAYEE> dated <dd-mm-yyyy> is under process. UTR ...."); Axis Bank's app with the alert in its
  Notifications tab with no reference (All, Transactions and Offers with Transactions chosen; "INR x debited
  from A/c no. XX1234 on <dd-mm-yyyy> to <PAYEE> via NEFT." in a rounded card with its hour; an offer's card
  under it).

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Bengali and Noto Serif Bengali
(regular and bold, fonts-noto-core; heldout318's runs) for the Assamese lines, the Assamese hand in Noto Sans
Bengali beside an upright Liberation Sans; italics and obliques for the Latin hand
(``heldout323_families.PENS``) and a fixed-width face of the page's own (``heldout323_families.TYPES``).
Assamese on the papers: the firm's, the Bhoral's, the tourism corporation's, the Bihu committee's, GMC's,
APDCL's, the Forest Department's, the municipal board's, the Apex Bank's, the tokou trader's and the waste
samiti's names over their English (ফুলাম জাপি শিল্প উদ্যোগ, জাপি ভঁৰাল, অসম পৰ্যটন উন্নয়ন নিগম লিমিটেড,
লতাশিল বিহু সন্মিলন, গুৱাহাটী পৌৰ নিগম, অসম শক্তি বিতৰণ কোম্পানী লিমিটেড, বন বিভাগ, অসম, নলবাৰী পৌৰসভা, অসম
সমবায় শীৰ্ষ বেংক লিমিটেড, ডলে তকৌ পাত যোগান, উলুবাৰী স্বচ্ছতা সমিতি), the motto, headings (নগদ মেমো, cash
memo; টকাৰ ৰচিদ, money receipt; জাপি সজাৰ মজুৰিৰ হিচাপ, an account of the wage for jaapi made; অগ্ৰিম ৰচিদ,
advance receipt; মজুৰি পৰিশোধ পত্ৰ, wage payment slip; ৰঙালী বিহু, Rongali Bihu; ঘৰে ঘৰে আৱৰ্জনা সংগ্ৰহ,
door-to-door waste collection), labels (তাৰিখ, date; নাম, name; কাৰ পৰা, received from; টকা, rupees or amount;
কিহৰ বাবে, towards; পৰিশোধৰ মাধ্যম and মাধ্যম, mode; প্ৰসংগ নং and প্ৰসংগ, reference; গ্ৰহণকাৰী, receiver;
শিল্পী, maker; মাহ, month; জাপি, jaapi; হাৰ, rate; মুঠ মজুৰি, total wage; UPI প্ৰসংগ নং, UPI reference; কোন
একাউণ্টৰ পৰা, from which account; টোকা, note), a hand's words (মুঠ, total; নগদে পোৱা গ'ল and নগদে পালোঁ,
received in cash; UPI-ৰে দিয়া হ'ল, paid by UPI; টা, pieces; বোজা, bundles; তকৌ পাত, tokou leaves; গাড়ী
ভাড়া, the truck's fare; শ্ৰীযুত ... দেৱ, Sri ...; মই ... নগদ অগ্ৰিম পালোঁ, I have received ... in cash as an
advance; ঘৰৰ চাল মেৰামতিৰ বাবে, for repairing the house's roof; the jaapi's names: ফুলাম জাপি ডাঙৰ and
মজলীয়া, the large and the middling phulam jaapi, সৰুদৈয়া, বৰদৈয়া and হালোৱা জাপি, সৰু জাপি যোৰ, a small
pair, জাপিৰ ছেট, a set, জাপিৰ লেম্প, a lampshade), a letter's words (প্ৰতি, to; অংশীদাৰ, partner; পত্ৰ নং,
letter no.; বিষয়, subject; মহাশয়, sir; জমা কৰা হৈছে, has been deposited; ধন্যবাদেৰে, with thanks; সাধাৰণ
সম্পাদক, general secretary), an app's and a chat's words (লেনদেন সফল, transaction successful; আজি, today;
<payee> লৈ, to <payee>; দাদা, elder brother; পালোঁ, ধন্যবাদ, received, thank you; আকৌ আহিব, come again) and a
bank's SMS (প্ৰিয় গ্ৰাহক, dear customer; আপোনাৰ একাউণ্ট ... ৰ পৰা, from your account ...; <day> তাৰিখে, on
<day>; UPI যোগে, by UPI; টকা x, Rs. x; <PAYEE> লৈ, to <PAYEE>; পঠিওৱা হৈছে, has been sent). The Bihu stall's
memo and its Razorpay POS are drawn in Bihu's days at the Latasil field (14 to 20 April 2026), the committee's
letter in the days before; the Bhoral's counter, its terminal, its roll, its tax invoice, its YONO Merchant
and its Google Pay for Business never take a payment on a Tuesday (one drawn on a Tuesday moves to the Monday
before, its reference made again for that day); the other days anywhere in 2026. GST is 5% on the firm's jaapi
(basketwork and articles of plaiting materials, HSN 4602, since September 2025; CGST 2.5% and SGST 2.5% to an
Assam buyer, the tourism corporation keeping TDS under GST of 2% of the taxable value), 5% on the cloth and
lace and on the restaurant's food, 18% on the printing, the courier's freight, IRCTC's convenience fee and the
general insurance premiums (inside the sum on the shop, motor and group health covers; CGST 9% and SGST 9% on
the fire and the group personal accident policies), none on the partner's family health cover (an individual's
health insurance, exempt since September 2025); the cane dealer is a composition dealer and bills no tax; the
makers' wages, the hand-written chits and the waste collection carry none.

Truth conventions (heldout321's, heldout320's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "To" on Google Pay, "to" on Groww and MobiKwik, "paid to" on Navi, PhonePe's "Paid to" over the payee, YONO
  SBI's Paid To; the Bhoral, the firm, the firm as a bank's field cuts it (PHULAM JAAPI SHILPA UDYO) or its
  short name; never the app, the payer, a UPI ID or the initials in a badge. *settled* (new here): BHIM set in
  Assamese pays the name before its "লৈ" (to): "<payee> লৈ" under the sum, because Assamese puts the one a
  thing goes to before its "লৈ" as Hindi puts it before its "को" (*settled* heldout321's Paytm set in Hindi)
  and the screen names no other payee. *settled* (heldout268 to heldout321): a receiving business's own app
  pays the business named under the app, here the Bhoral under YONO Merchant's bar and under Google Pay for
  Business' (never the app, "from <buyer>" or "Received from <buyer>"). *settled* (heldout167 to heldout321):
  a payer's advice pays the one it pays, never the payer on top or a salutation; here the firm after the
  tourism corporation's "Payee:" (never the corporation or its Assamese name), PFMS' Payee Name (never its
  Agency), SBI's Beneficiary, the party's ledger after "Account:" in the Tally voucher (never the décor chain
  on top), neo's Beneficiary, SAP's Vendor Name (never Oil India), the payee in the Slack message ("Paid ₹x to
  <payee> via NEFT"; never its writer or the channel). *settled* (heldout300): the firm after "M/s" is the
  firm without its "M/s". *settled* (heldout321's school letter): the Bihu committee's letter typed in
  Assamese pays the firm named under its "প্ৰতি, অংশীদাৰ," (To, the partner,), because its sentence says the
  price "আপোনাৰ একাউণ্টত জমা কৰা হৈছে" (has been deposited in your account); never the committee or its সাধাৰণ
  সম্পাদক. *settled* (heldout272, heldout277, heldout287 and heldout303 to heldout321): a name's line in
  Assamese over its English (জাপি ভঁৰাল, ফুলাম জাপি শিল্প উদ্যোগ, অসম পৰ্যটন উন্নয়ন নিগম লিমিটেড and the
  rest) is the name's line in the region's language and never the merchant. *settled* (heldout155 to
  heldout321): an inward wire pays the firm, here J.P. Morgan's, HSBCnet's and UBS' Beneficiary, CommBiz'
  Payee, MUFG's Beneficiary, Maybank's Recipient, the name after "to" on OCBC and after "an" (to) in Deutsche
  Bank's German sentence (*settled* (new here), as an English sentence's "to <payee>"); never the remitter or
  the bank on top. *settled* (heldout175 to heldout321): the firm's own paper pays its Bhoral or itself on
  top, here JAAPI BHORAL on its tax invoice, its roll and its Bihu memo (never its Assamese name, "A unit of",
  its Bill to or the memo's নাম / Name written in), the firm on top of its money receipt (never its কাৰ পৰা /
  Received from), the Bhoral on top of Instamojo's page and the firm on top of PayU's (never the gateway);
  *settled* (the payout mails of heldout285 to heldout321) Amazon's Seller display name. *settled* (heldout187
  to heldout321): a supplier's name on top of its own paper, here DOLEY TOKOU PAAT SUPPLY under its Assamese
  name (never "শ্ৰীযুত হেমন্ত কলিতা দেৱ" written to the firm), BARPETA CANE & BAMBOO HOUSE (never its Buyer),
  MAHALAXMI TEXTILES (never its To), NALBARI OFFSET PRINTERS on top of its Swipe invoice (never Swipe), JYOTI
  MIRROR & JARI STORE (never its M/s written in); Amazon Business' and Industrybuying's Sold by (*settled*
  heldout305 to heldout321's marketplaces' sellers; never the marketplace). *settled* (new here): DTDC's
  booking receipt pays DTDC Express Limited on top, never its franchise's line under it, because the franchise
  books for the courier as a kiosk collects a fee for its department (*settled* heldout321's e-Mitra).
  *settled* (heldout179 to heldout321): a banking page pays the payee, here PNB ONE's Beneficiary :, the name
  after "to" on mBandhan, iMobile Pay and UCO, the name under Paytm's "Paid Successfully to", BOI's
  Beneficiary Name, YONO Business' Beneficiary, the Beneficiary's name written on the Apex Bank's application
  (never its Remitter). *settled* (heldout150 to heldout321): a pay slip pays the worker, here the শিল্পী /
  Maker written on the wage account's red tab, the maker's name written under the revenue stamp on her advance
  (*settled* heldout307 to heldout321's names under a signature), the name after "to" on BHIM SBI Pay, Airtel
  Payments Bank and Kotak, Zoho Payroll's Employee Name, the maker on top of the Google Pay chat (*settled*
  heldout275's and heldout308's to heldout321's chats), the নাম / Name on the printed wage slip. *settled*
  (heldout153 to heldout321): a fee page pays the authority as printed, here Guwahati Municipal Corporation
  (never its Assamese name), Goods and Services Tax on top of the GST portal's receipt (*settled* heldout315
  and heldout320), the Commissioner of Taxes, Assam, FOREST DEPARTMENT, ASSAM, SRIMANTA SANKARADEVA
  KALAKSHETRA SOCIETY (never the Bhoral written in), NALBARI MUNICIPAL BOARD (never নলবাৰী পৌৰসভা). *settled*
  (heldout272, heldout301 and heldout303 to heldout321: never the app): Sewa Setu pays the Labour Welfare
  Department, Assam under its bar and VAHAN the Transport Department, Government of Assam printed under the
  portal's name (never Sewa Setu or VAHAN). *settled* (heldout199 to heldout321): an insurer's receipt pays
  the insurer on top (full or short as printed), under its app's bar (Niva Bupa Health Insurance) or signing
  its message (Shriram General Insurance). A slip's counter name line as printed (JAAPI BHORAL, JAAPI BHORAL -
  BIHU STALL or its first part, HIRA LACE HOUSE, HP AUTO CARE NALBARI), never *settled* the terminal's brand
  or bank over it (ICICI BANK, Mswipe, Razorpay POS, Paytm); the restaurant on top of its bill (never POSist);
  IRCTC on top of its Electronic Reservation Slip (*settled*: the carrier's, as the airline's and the bus
  corporation's, never its Indian Railway Catering and Tourism Corporation line); the name after "at" in HDFC
  Bank's "Rs.x spent on HDFC Bank Card x1234 at <MERCHANT> on <day>" (*settled* heldout299 to heldout321's
  card SMS); the OneCard app's merchant line over its town. A utility's biller as printed: Assam Power
  Distribution Company Ltd. (never its Assamese name; as MobiKwik's Biller, never MobiKwik), Bharat Petroleum
  Corporation Ltd. under Hello BPCL's bar, GUWAHATI JAL BOARD, the waste samiti's name on top (never its নাম
  written in), Airtel Xstream Fiber on top of its mail (*settled* heldout319), Purba Bharati Gas Pvt. Ltd.,
  Tata Play Ltd. under its app's bar. An SMS, mail, notification or app alert's payee as the bank sends it
  (*settled*, the truncated name as printed): Punjab National Bank's "by NEFT to <PAYEE>. UTR", UCO Bank's
  "for IMPS to <PAYEE>, IMPS Ref", ICICI Bank's "to <PAYEE> via UPI", the Apex Bank's "by NEFT to <PAYEE>.
  UTR", Bank of India's "to <PAYEE> dated", Axis Bank's "to <PAYEE> via NEFT", Bandhan Bank's "via IMPS to
  <PAYEE>. IMPS Ref"; Assam Gramin Vikash Bank's Assamese SMS the name before its "লৈ" (as BHIM's above);
  *settled* heldout300's shade and heldout312's to heldout321's notifications: the notification history's
  alert and the app's Notifications tab read as their bank's SMS.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*; YONO Merchant's whole
  rupees large with the paise raised after them read as one sum, *settled* heldout275's raised paise).
  *settled* (heldout152 to heldout321): a payer's advice counts its net sum, here the tourism corporation's
  Net amount paid (never its Gross amount or TDS), PFMS' Amount (Rs.), SBI's and neo's Amount, the Tally
  voucher's Total (its party's line the same; never a bill's Agst Ref), SAP's Net Payment (never an invoice's
  Amount), the ₹x in the Slack message, the Rs. x/- in the Bihu committee's sentence. *settled* (heldout155 to
  heldout321): an inward wire's foreign sum, here US dollars (USD or US$), pounds (GBP or the pound's sign),
  Australian dollars (AUD or A$), Singapore dollars (SGD), yen whole (JPY or the yen's sign), euros the German
  way (1.843,90 EUR is 1843.90, *settled* heldout294), ringgit (MYR or RM); *settled* (new here): Swiss francs
  the Swiss way, an apostrophe between the thousands and a point before the cents (CHF 3'945.95 is 3945.95),
  because that is how a Swiss bank prints a sum, as the French and Swedish spaces and the German points; never
  Charges, a Fee, a Service charge or Entgelt. *settled* (heldout175 to heldout321): a receipt counts the sum
  received, here the tax invoice's Invoice Value in its box (never its Taxable value, CGST or SGST or a line's
  Value), the Bihu memo's "মুঠ" (total) written at its line's end, the money receipt's টকা / Amount written on
  its tab, Instamojo's sum, Google Pay for Business' sum, PayU's Amount, Amazon's Disbursed amount (never its
  Amazon fees), the roll's NET PAYABLE (never its GROSS). A whole sum closed with /- is that sum in whole
  rupees (*settled* heldout259). *settled* (heldout187 to heldout321): a supplier's paper counts the sum paid,
  here the tokou chit's "মুঠ" (never a bundle's or the fare's line), the cane bill's Total (its typed line's
  Rs.x the same), Amazon Business' Order total, the cloth invoice's Invoice Total (never CGST or SGST), DTDC's
  Total (never its Freight or GST 18%), the Swipe invoice's Total (never GST 18%), Industrybuying's Amount,
  the mirror memo's Total. A banking page's sum (the Amount (Rs.) written on the Apex Bank's application).
  *settled* (heldout167 to heldout321): a pay slip's net sum, here the wage account's "মুঠ" (never a line's
  count, rate or sum), the advance's টকা x/- in its sentence (*settled* heldout321's Holi advance), Zoho
  Payroll's Net Pay on its panel (never an earning or a deduction), the wage slip's মুঠ মজুৰি / Total wage
  (never its হাৰ / Rate), the sums on BHIM SBI Pay, Airtel Payments Bank and Kotak and on the chat's payment
  card. A fee page's Amount Paid, Amount, Total fee (never a produce's Fee alone), Tax Amount, the sum large,
  the Rs. written on the Kalakshetra's receipt and the municipal board's book (the counterfoil's the same). An
  insurer's premium with its GST where it carries one (*settled*), here National's Total Premium (never its
  Premium, CGST 9% or SGST 9%), New India's Total, Royal Sundaram's and ICICI Lombard's Premium (incl. GST),
  HDFC ERGO's Premium, Care Health's Amount, Niva Bupa's sum, the Rs.x in Shriram's SMS. A slip's SALE AMOUNT,
  AMOUNT and Grand Total (never the restaurant's Sub Total, CGST, SGST or a dish), IRCTC's Total Fare (never
  its Ticket Fare or Convenience Fee), the Rs.x in HDFC Bank's SMS (never its Avl Lmt), the OneCard app's sum
  large. A utility's Amount Paid, the sums large, AMOUNT, Amount, the waste slip's টকা x/-. An alert's sum
  debited, sent, failed or in process as worded (grouped the Indian or the English way or not at all), the টকা
  x in Assam Gramin Vikash Bank's Assamese SMS. Currency INR but on the wires.

* status: as printed. YONO Merchant's Payment received, YONO SBI's Successful, PhonePe's Transaction
  Successful, Navi's Paid, MobiKwik's Payment Successful successes; *settled* (new here) BHIM's "লেনদেন সফল"
  (transaction successful) a success, because it is the app's own word for a success in Assamese, as
  heldout321's Hindi "भुगतान सफल"; Google Pay's Processing pending; Groww's Payment failed failed. A payer's
  own record of the payment made (*settled*): the tourism corporation's advice with its Mode and UTR, PFMS'
  Status Payment Success, the Tally voucher's Through with its UTR, SAP's advice with its Payment Ref and Net
  Payment successes; *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout321's chats and
  messages) the Slack message's "Paid ₹x ..." a success; *settled* (heldout321's school letter) the Bihu
  committee's "... NEFT যোগে আপোনাৰ একাউণ্টত জমা কৰা হৈছে" (has been deposited in your account by NEFT) a
  success; neo's Pending approval pending (*settled*: a transfer not yet sent is a wait); SBI's NEFT RETURNED
  failed. A wire's J.P. Morgan Completed, CommBiz' International money transfer sent, OCBC's Transfer
  submitted, MUFG's Overseas remittance completed, Deutsche Bank's Auslandsüberweisung ausgeführt (foreign
  transfer executed, the German alone, *settled* heldout321's Swedish alone), Maybank's Successful successes;
  HSBCnet's Payment in progress pending (its stage Sent not yet reached); UBS' Payment rejected failed. A
  receipt's "Received by UPI, RRN ...", the money receipt's পৰিশোধৰ মাধ্যম / Mode IMPS written with its প্ৰসংগ
  নং / Ref. No., Google Pay for Business' Received, Amazon's Disbursement sent, the roll's TENDER : UPI with
  its RRN successes; *settled* (heldout321's "नकद प्राप्त किए") an Assamese hand's "নগদে পোৱা গ'ল" or "নগদে
  পালোঁ" (received in cash) a success paid in cash, on the Bihu memo, the tokou chit and the waste slip,
  because "পোৱা গ'ল" and "পালোঁ" (received) are the receiver's own word that the money came and "নগদে" (in
  cash) the way; Instamojo's Payment pending pending; PayU's Payment Failed failed. A supplier's paper: the
  cane bill's typed "Received Rs.x by NEFT (UTR ...) on <day>" under its PAID stamp, the cloth invoice's
  PAYMENT DETAILS (Paid by, Ref., Paid on), DTDC's Paid by : UPI with its UPI Ref (a counter's receipt printed
  once paid), the Swipe invoice's Paid capsule with its Payment received, the mirror memo's "Paid by UPI, Ref
  ..." written under it successes; Amazon Business' Payment pending pending; Industrybuying's PAYMENT FAILED
  failed. A banking page's PNB ONE Transaction Successful, mBandhan's IMPS successful, the Apex Bank's "Sent,
  UTR ..." written by its clerk (*settled* heldout310's, heldout313's, heldout314's, heldout319's and
  heldout321's co-operative banks), Paytm's Paid Successfully, BOI's Transfer Successful, YONO Business'
  Success successes; UCO's In process pending; iMobile Pay's PAYMENT FAILED failed. A pay slip's *settled*
  (heldout321's "UPI से दिया") "UPI-ৰে দিয়া হ'ল, Ref ..." (paid by UPI) written on the wage account, the
  payer's own word that it paid; the advance's "... নগদ অগ্ৰিম পালোঁ" (I have received ... in cash as an
  advance; *settled* heldout321's Holi advance), Zoho Payroll's "Paid by bank transfer on <day>, UTR ...", the
  chat's Paid card with her reply "পালোঁ, ধন্যবাদ" (received, thank you), the wage slip's মাধ্যম / Mode NEFT
  with its UTR, Kotak's Money sent successes; BHIM SBI Pay's Payment pending pending; Airtel Payments Bank's
  Payment failed failed. A fee page's GMC receipt with its Payment Mode and Transaction Ref., the GST portal's
  Payment Successful, Sewa Setu's Fee paid, the Forest Department's receipt with its Payment mode and UPI
  Ref., the municipal board's Mode UPI with its UPI Ref. successes; *settled* (new here) the Kalakshetra's
  receipt "By Cash" a success paid in cash, because a receipt written for a sum received by cash is the
  receiver's word that it came (as heldout320's stall rent receipt with Cash ticked); the professional tax's
  Payment status awaited from bank pending; VAHAN's Transaction Failed failed. An insurer's National "Received
  with thanks", ICICI Lombard's "Thank you for your payment", Niva Bupa's Policy renewed, Royal Sundaram's
  RECEIPT with its Instrument and UPI Ref. No., Shriram's "we have received premium", New India's receipt with
  its Instrument and UPI Ref No. successes; Care Health's Payment under process pending; HDFC ERGO's PAYMENT
  UNSUCCESSFUL failed. A slip's TRANSACTION APPROVED and APPROVED, the restaurant's "Paid by: Card" with its
  Auth Code, IRCTC's slip with its Payment Mode and Transaction ID, the OneCard app's Approved, HDFC Bank's
  "Rs.x spent" (*settled*) successes; Razorpay POS' TXN STATUS : UNKNOWN with "DO NOT RETRY" pending
  (*settled* heldout282 and heldout299 to heldout321: the terminal got no answer); Mswipe's TRANSACTION
  DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's APDCL receipt, the Jal Board's MODE : CASH with its
  receipt, the waste slip's "নগদে পালোঁ", Airtel's "we have received your payment", Tata Play's Recharge
  successful, MobiKwik's Bill payment successful successes; Purba Bharati Gas' Payment pending pending; Hello
  BPCL's Payment Failed failed. *settled*: an SMS, mail, notification or app alert's debit a success whatever
  its bank's wording (Punjab National Bank's and the Apex Bank's "debited", UCO Bank's "is debited with",
  Bandhan Bank's and Axis Bank's "debited from"); *settled* (new here) Assam Gramin Vikash Bank's Assamese
  "পঠিওৱা হৈছে" (has been sent) a success, as heldout321's Hindi "भेजे गए"; Bank of India's "is under process"
  pending (as heldout280's to heldout321's "in process" or "being processed"); ICICI Bank's "has FAILED. Any
  amount debited will be credited back" failed.

* date: the day paid. A UPI screen's day and hour: YONO Merchant's Received at, Google Pay's Started on, YONO
  SBI's Date & Time, PhonePe's day under its band, Groww's Date & time, Navi's "on <day> at <hour>",
  MobiKwik's Date; *settled* (new here) BHIM's "আজি, <hour>" (today) prints no day, because "আজি" is Assamese
  for today and names no day, as an app's "Today, <hour>" and heldout321's Hindi "आज" (*settled*). The tourism
  corporation's Date: on its Advice No.'s line (never the bill's dated), PFMS' Payment Date, SBI's Value Date,
  the Tally voucher's Dated (never an Agst Ref's day), neo's Value date, SAP's Payment Date (never an
  invoice's Date), the day the Bihu committee's sentence names ("<day> তাৰিখে", on <day>; its পত্ৰ নং line's
  তাৰিখ the same day); the Slack channel under its "Today" divider prints no day (*settled*, the chats'
  "Today"). A wire's J.P. Morgan Value date month first the American way or in words (*settled* heldout272 to
  heldout321's US banks), HSBCnet's Requested date, CommBiz' Date day first, UBS' Execution date day first
  with points, MUFG's Value date year first with slashes (*settled* heldout312's to heldout321's year first),
  the day in Deutsche Bank's sentence ("wurde am <dd.mm.yyyy> ausgeführt", was executed on), Maybank's
  Transaction date; OCBC's "Today, <hour>" prints no day. A receipt's Date on the tax invoice, the তাৰিখ /
  Date written on the Bihu memo's and the money receipt's red tabs, Instamojo's Date :, PayU's Date, Amazon's
  Disbursement date (never its Settlement period), the roll's DATE; Google Pay for Business under its "Today"
  divider prints no day. The তাৰিখ (date) written on the tokou chit, the cane bill's typed "on <dd/mm/yyyy>"
  (never its invoice's Dated; its PAID stamp's day the same), Amazon Business' Order placed, the cloth
  invoice's Paid on : (never its Date), DTDC's Booked on, Industrybuying's Attempted on, the Date written on
  the mirror memo; the Swipe invoice's "Payment received Today, <hour>" prints no day. A banking page's PNB
  ONE Date :, the Date written on the Apex Bank's application (its stamp's day the same), iMobile Pay's Date,
  Paytm's day and hour, BOI's Transfer Date, UCO's Initiated on, YONO Business' Date; mBandhan's "Today,
  <hour>" prints no day. A pay slip's "তাৰিখ <day>" written under the wage account (never its মাহ / Month,
  *settled* heldout273 and heldout303 to heldout321: never a month or a pay period), the advance's তাৰিখ, BHIM
  SBI Pay's Initiated on, Zoho Payroll's "Paid by bank transfer on <day>" (never the payslip's month), Airtel
  Payments Bank's Date, the wage slip's তাৰিখ / Date, Kotak's Date; the Google Pay chat under its "Today"
  divider prints no day. A fee page's GMC Payment Date (never its Financial Year), the GST portal's Date of
  deposit, the professional tax's Initiated on (never its Period), the Forest Department's Payment Date, the
  Date written on the Kalakshetra's receipt (its counterfoil's the same), VAHAN's Date, the Date written in
  the municipal board's book (never its Period); Sewa Setu's "Today, <hour>" prints no day. An insurer's
  Receipt Date, Payment Date, Attempted At, Started, the "on <dd/mm/yyyy>" in Shriram's SMS (never the
  thread's divider); Niva Bupa's "Today, <hour>" prints no day. A slip's DATE, Date, DATE/TIME, DATE & TIME,
  IRCTC's Booking Date (never its Date of Journey, *settled* heldout302 and heldout305 to heldout321), the day
  in HDFC Bank's SMS, *settled* (new here) written year first with its hour run on after a colon ("on
  2026-09-12:17:08:24" is 12 September 2026), because that is how that bank's card SMS prints it, as the year
  first of heldout312's Swedish bank; the OneCard app's "Today, <hour>" prints no day. A utility's APDCL
  Payment Date (never its Bill Month), Hello BPCL's Attempted on, the Jal Board's DATE (never its BILL
  PERIOD), the তাৰিখ written on the waste slip (never its মাহ), Airtel's Payment date, Purba Bharati Gas'
  Initiated on, MobiKwik's Payment date; Tata Play's "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy>
  তাৰিখে" in Assam Gramin Vikash Bank's Assamese SMS (*settled* (new here), the day before its "তাৰিখে" (on
  the date), as heldout321's Hindi "दिनांक <day> को"), "on <dd-mm-yy>", "on <dd.mm.yyyy>", "on <dd-Mon-yy>",
  "on <dd/mm/yyyy>", Bank of India's "dated <dd-mm-yyyy>", Axis Bank's "on <dd-mm-yyyy>"; *settled* (new here)
  the phone's notification history, its alert "<n>m ago" under "Dismissed in the last 24 hours", prints no
  day, because an hour's count back from now names no day, as heldout300's shade's "now" (*settled*). All
  numeric days here are day first (heldout251, heldout259) but J.P. Morgan's month first and MUFG's and HDFC
  Bank's SMS' year first. *settled*: never a Financial Year, a Bill Month, a Month, a মাহ, a Period, a Bill
  Period, a Settlement period, an invoice's, a bill's or a journey's day, a letter's own পত্ৰ নং line when it
  differs (here it never does), an e-mail's or a message's hour, the day inside a UTR (heldout210) or an
  app's, a portal's, a bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the tourism corporation's, PFMS', SBI's, Tally's, neo's
  RTGS, SAP's and the Slack message's NEFT, the Bihu committee's NEFT; the money receipt's IMPS; Amazon's
  disbursement by NEFT (*settled* heldout311 to heldout321's marketplaces' payouts); the cane bill's NEFT, the
  cloth invoice's IMPS; Industrybuying's Net Banking; PNB ONE's, mBandhan's, the Apex Bank's, BOI's, UCO's and
  YONO Business' transfers; Zoho Payroll's bank transfer, the wage slip's NEFT; the GST portal's E-Payment
  (Net Banking), Sewa Setu's Net Banking - SBI, the professional tax's and VAHAN's net banking; National's
  NEFT, Care Health's Net Banking; Purba Bharati Gas' Net Banking; the NEFT, IMPS and RTGS alerts); a SWIFT
  transfer either way (*settled*: J.P. Morgan's SHA (shared), HSBCnet's Shared (SHA), CommBiz' SHA, OCBC's
  SHA, UBS' transfer, MUFG's SHA, Deutsche Bank's SHA (geteilt), Maybank's SHA). UPI for the UPI screens, the
  tax invoice's "Received by UPI", Instamojo's Payment method : UPI, Google Pay for Business, the roll's
  TENDER : UPI; Amazon Business', DTDC's, the Swipe invoice's and the mirror memo's UPI; iMobile Pay's and
  Paytm's UPI; the wage account's "UPI-ৰে দিয়া হ'ল", BHIM SBI Pay's, the chat's, Airtel Payments Bank's and
  Kotak's UPI; GMC's, the Forest Department's and the municipal board's UPI; ICICI Lombard's, Niva Bupa's,
  Royal Sundaram's, Shriram's and New India's UPI; APDCL's, Hello BPCL's, Airtel's, Tata Play's and MobiKwik's
  UPI; the UPI alerts. Card for PayU's debit card, HDFC ERGO's credit card, the slips, the restaurant's "Paid
  by: Card", IRCTC's Credit Card, HDFC Bank's card SMS and the OneCard app. Cash for an Assamese hand's "নগদে
  পোৱা গ'ল" and "নগদে পালোঁ" (the Bihu memo, the tokou chit, the waste slip) and the advance's "নগদ অগ্ৰিম"
  (*settled* (new here), as above), the Kalakshetra's "By Cash", the Jal Board's MODE : CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout321): a UPI
  reference / UTR / RRN / IMPS reference (YONO Merchant's UPI RRN, Google Pay's UPI transaction ID, BHIM's UPI
  প্ৰসংগ নং · UPI Ref No. (*settled* heldout321: a bilingual label read as its English), YONO SBI's UPI Ref.
  No., PhonePe's UTR (above its Transaction ID), MobiKwik's UPI Ref No; the tourism corporation's UTR :, PFMS'
  Bank Ref. No. (UTR), the Slack message's UTR, the Tally voucher's UTR (above its No.), SAP's Payment Ref
  (above its Payment Doc No.); the tax invoice's RRN (above its Invoice No.), the money receipt's প্ৰসংগ নং /
  Ref. No. (above its No. struck in red), Google Pay for Business' UPI transaction ID, Amazon's Bank reference
  (UTR), the roll's RRN (above its INV NO); the cane bill's UTR in its typed line (above its Invoice No.), the
  cloth invoice's Ref. : (above its Invoice No.), DTDC's UPI Ref (above its Receipt No.; never its Consignment
  No.), the Swipe invoice's UPI Ref (above its invoice's number), the mirror memo's Ref written by hand (above
  its No.); the banking pages' UTR No., IMPS Ref No., Transaction Reference No., UTR, Reference No., the
  "Sent, UTR ..." the Apex Bank's clerk wrote; the wage account's Ref written in the Assamese hand, BHIM SBI
  Pay's UPI Ref No., Zoho Payroll's UTR, the chat card's UPI Ref, the wage slip's প্ৰসংগ / UTR, Kotak's UPI
  Ref No.; GMC's Transaction Ref. (UPI) (above its Receipt No.), the Forest Department's UPI Ref. (above its
  e-Receipt No.), the municipal board's UPI Ref. (above its Receipt No. struck in red); National's UTR (above
  its Receipt No.), Royal Sundaram's UPI Ref. No. (above its Receipt No.), New India's UPI Ref No.; a slip's
  RRN (above its AUTH CODE or APPROVAL CODE and its INVOICE NO); the alerts' UTR, IMPS Ref and UPI Ref), then
  a bank reference (SBI's Reference No., neo's Transaction ID (*settled* (new here): a corporate banking
  page's own number for a transfer it has not yet sent, as heldout321's ENet's Transaction Ref), a wire's own
  reference whatever its label (J.P. Morgan's Transaction ID, HSBCnet's Payment reference, CommBiz' Receipt
  number, OCBC's Transaction reference, UBS reference, MUFG's Remittance No., Maybank's Reference number), the
  GST portal's BRN (above its CPIN), Sewa Setu's Bank Ref. No. (above its GRN)), then a transaction / payment
  id (PhonePe's Transaction ID, Groww's Transaction ID, Instamojo's Payment ID (above its Order ID), *settled*
  (new here) PayU's PayU ID (the gateway's payment id) above its Transaction ID (the shop's own number for the
  order, as an Order No.), iMobile Pay's and Airtel Payments Bank's Transaction ID, VAHAN's Transaction No.,
  HDFC ERGO's Payment Reference, ICICI Lombard's and Niva Bupa's Transaction ID, Care Health's Reference ID,
  IRCTC's Transaction ID (above its PNR), the OneCard app's Transaction ID, Razorpay POS' TXN ID, APDCL's,
  Hello BPCL's (above its Booking No.), Airtel's and Tata Play's Transaction ID, MobiKwik's B-Connect Txn ID),
  then an approval code (the restaurant's Auth Code), then an order's number (Amazon Business' Order #,
  Industrybuying's Order ID, Purba Bharati Gas' Order ID, Hello BPCL's Booking No. and IRCTC's PNR (*settled*
  heldout126 to heldout321: a booking's number as an order's)), then a document's own number (the Tally
  voucher's No. and SAP's Payment Doc No. (a payer's own number for its payment, *settled* heldout281,
  heldout295, heldout301 and heldout303 to heldout321), the tax invoice's Invoice No., the money receipt's No.
  struck in red (as heldout306 to heldout321's), the roll's INV NO, the suppliers' Invoice No., DTDC's Receipt
  No., the Swipe invoice's number, the mirror memo's No., the GST portal's CPIN and the professional tax's
  Challan No. (*settled* heldout304 to heldout321's CRN, CPIN and TRRN: a challan numbered when it is
  created), Sewa Setu's GRN (*settled* heldout321's e-GRAS GRN), GMC's Receipt No., the Forest Department's
  e-Receipt No., the municipal board's Receipt No., National's and Royal Sundaram's Receipt No., a slip's
  INVOICE NO and INVOICE, the restaurant's Bill No., the Jal Board's RECEIPT NO). *settled*: never a card,
  account, phone or mobile number, a UPI ID, IFSC, GSTIN, PAN, a Udyam number, a Consumer No., a Consumer ID,
  a BP No., a Subscriber ID, an Account No., a Policy No., a Proposal or Application Number, a Licence No., a
  Holding No., an Enrolment No., a Vehicle No., a Sanction No., a Vendor Code, an Employee ID, a UAN, a
  Settlement ID of a payout mail (*settled* heldout318's GoCoop Settlement ID), a Consignment No. (a
  consignment's number, *settled* heldout274, heldout299 and heldout303 to heldout321's Article No.),
  *settled* (new here) a Transit Pass No. (the permit's own number, as a licence's), a slip's MID / TID /
  BATCH NO, a letter's পত্ৰ নং (its file number, *settled* heldout278, heldout303, heldout304 and heldout306
  to heldout321), the tourism corporation's Advice No. and its bill (as heldout321's RAJSICO's No.), the Tally
  voucher's Agst Ref bills, SAP's invoices."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout323_families import (
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

SPLIT = "heldout323"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout320's and heldout321's: the screens in
# Noto Sans, DejaVu Sans, FreeSans, Liberation Sans (liberation2) and Noto Sans Display; the pages in Noto
# Serif, Liberation Serif (liberation2), FreeSerif, DejaVu Serif, Liberation Sans and Noto Sans; the firm's,
# its suppliers' and its makers' papers in DejaVu Serif, Noto Serif, Liberation Serif, FreeSerif and Noto
# Serif Display; the slips in four monos in another order; the Assamese runs of every page in Noto Sans and
# Noto Serif Bengali (``heldout323_families.SCRIPT_FACES``), beside them a pen's italic or oblique
# (``heldout323_families.PENS``) and a page's own fixed-width face (``heldout323_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
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
    ("vendor_transfers", vendor_transfers, SCREEN_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout323_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout323 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout310: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sabai grass craft producer company's year of 2026 in Mayurbhanj, Odisha
(Simlipal Sabai Craft Producer Company Limited, ଶିମିଳିପାଳ ସାବେଇ କାରୁଶିଳ୍ପ ଉତ୍ପାଦକ କମ୍ପାନୀ, a producer company
owned by the women of the self-help groups of the villages round Bangiriposi (Maa Kichakeswari, Jaher Ayo,
Sidho Kanhu and Maa Ambika Mahila SHGs among them), GSTIN 21AAPCS4816K1ZV, Udyam UDYAM-OD-19-0031847, with
Malati Marandi its chief executive officer, Phulmani Tudu the chairperson of its board, Ritika Panda, who
takes the export orders and keeps the web shop, and Debasish Mohanta, who keeps its accounts: at its common
facility centre at Kendumundi, Bangiriposi, its coilers and weavers, Santal, Kolha, Bhumija and Bathudi women
(Sumitra Hansdah, Basanti Murmu, Jamuna Tudu, Saraswati Soren, Champa Marandi, Lakhimani Hembram, Padmini Naik
and Sukurmani Baskey among them), twist the dried blades of sabai grass into rope, coil it and wrap each coil
to the one under it with a stitch of split grass, some of it dyed magenta, leaf green, turmeric yellow or
maroon, into baskets with lids, round bread baskets, laundry baskets, oval fruit trays, pen stands, coiled
lampshades and peacock wall hangings, plait it into floor mats, table mats and coasters and sew it over cotton
lining into tote bags; the grass comes by the quintal from a Jashipur trader, the acid dyes from a Kolkata dye
house, the twine from a Balasore seller on udaan, the lining cloth and zips from a Baripada tailoring
materials store, the needles from Flipkart and a Jashipur hardware store, the cartons from a Balasore
packaging house, and the parcels go by Blue Dart from Baripada; its shop on Station Road, Baripada, Sabai
Kutir, ସାବେଇ କୁଟୀର, with Rashmita Behera and Ajit Kumar Sahu at its counter; its stall at the Toshali National
Crafts Mela at Bhubaneswar in the first days of December; the web shop simlipalsabai.in on Wix, Cashfree and
the Paytm Payment Gateway, and its seller's account on Flipkart; ORMAS (the Odisha Rural Development and
Marketing Society, for its Adivasi Mela and Sisira Saras), a Bhubaneswar heritage hotel group, a Kolkata home
store, a Bengaluru design studio, a Hyderabad gifting firm, a Mumbai retailer, a Mumbai sustainable-living
store, a Cuttack emporium and the self-help group federations of the block at home, and home stores, fair
trade shops and basket importers in London, Hamburg, Copenhagen, Auckland, Singapore, Toronto, Dubai and
Portland abroad), told by the proofs of payment it receives (buyers' BharatPe for Business on Sabai Kutir's
phone, BHIM set in Odia, Amazon Pay, Navi, ICICI Bank's iMobile Pay, Jupiter, a WhatsApp chat with the shop
and Indian Overseas Bank's IOB Mobile; ORMAS's advice under its Odia name, a hotel group's Outgoing Payment
mailed from SAP Business One, Kotak Mahindra Bank's Kotak FYN with a Kolkata store's NEFT pending
authorisation, the store's Marg ERP payment voucher, a design studio's Google Chat space, RazorpayX with a
gifting firm's payout, ICICI Bank's Corporate Internet Banking with a retailer's NEFT failed and a Mumbai
store's plain mail; HSBCnet, Commerzbank, Danske Bank, BNZ, OCBC Velocity, RBC Express, Emirates NBD and Chase
for buyers in London, Hamburg, Copenhagen, Auckland, Singapore, Toronto, Dubai and Portland in pounds, euros,
Danish kroner, New Zealand dollars, Singapore dollars, Canadian dollars, dirhams and US dollars; Sabai Kutir's
tax invoice under a coiled sabai basket, the Mela stall's cash memo in an Odia hand lying on a sabai mat,
Cashfree's pending checkout, Wix's order mail, Flipkart's settlement mail, the Paytm Payment Gateway's failed
page, OkCredit and the company's money receipt in an Odia table) and those it makes (the grass trader's bill
in an Odia hand, the dye house's invoice pasted in the purchase register, Blue Dart's roll, udaan's failed
checkout, Flipkart's pending order, the tailoring store's estimate, the packaging house's Swipe invoice under
a PAID watermark and the hardware store's cash memo on continuous stationery; Odisha Grameen Bank's app with
its Odia labels, IOB Connect, Fino Payments Bank's app, ICICI Bank's InstaBIZ, the Mayurbhanj Central
Co-operative Bank's NEFT application, AU 0101, Bank of India's internet banking and IndusMobile for the dye
house, the packaging house, the grass trader, the twine seller, the tailoring store, a rope maker, a printer
and the transporter; a coiler's wage account in an Odia hand, Keka's payslip, MobiKwik, a Makar Sankranti
advance receipt in an Odia hand with a thumb's impression, PhonePe, Kotak811, Google Pay and Airtel Thanks;
Baripada Municipality's trade licence receipt from SUJOG in an Odia table, the Odisha Treasury's pending
e-challan, EPFO's failed ECR payment, Bangiriposi Gram Panchayat's haat toll ticket, the Ministry of Corporate
Affairs' receipt, the Bangiriposi Tahasil's rent receipt across its counterfoil, the Labour Directorate's
registration renewal and Parivahan's e-Challan; United India's, Oriental's, ICICI Lombard's, Aditya Birla
Health's, Cholamandalam MS's, PNB MetLife's, Reliance General's and Shriram General's premiums; cards on Sabai
Kutir's Pine Labs terminal and the Mela stall's Worldline terminal, at a Bhubaneswar hotel's Kotak Mahindra
Bank terminal, at a Balasore hardware shop, on IRCTC, in Axis Bank's SMS, on Uni's app and on a Baripada
restaurant's Torqus bill; TPNODL, BSNL, Tata Play, HP Pay, a water jar supplier's card in an Odia hand, MyJio,
PHEO and a Bharatgas cash memo; the banks' SMS, Odisha Grameen Bank's SMS in Odia, SBI's SMS on a smartwatch,
Yes Bank's app inbox and IndusInd Bank's mail). One payment per page. Each family: six successes, one failure,
one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout308's or heldout309's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (BHIM, PhonePe, Google Pay, MobiKwik, Kotak and Canara Bank among the issuers; a receiving business's own
app, a UPI app set in the region's language, an app's failure, pending, no-reference or "Today" page, a state
marketing body's advice, an accounting program's payment, a corporate bank's page with a transfer waiting or
failed, a chat's message, a payer's mail or letter, a payout, a wire's page, a shop's tax invoice, a festival
stall's memo, a gateway's pending or failed page, a web shop's mail, a marketplace's settlement, a business's
own app, a receipt in the region's language, a supplier's invoice with its payment noted on it, a supplier's
bill in a regional hand, a carrier's roll, a marketplace's pending or failed order, a supplier's bill with its
day left out, a bank's app or SMS in the region's language, a bank's form filled in by hand, a shared receipt,
a piece work account, a payslip, a festival advance receipt, a municipal receipt in regional labels, a
treasury's challan, a dues page pending or failed, a receipt book's page, a premium receipt, an insurer's app,
mail or SMS, a marine cargo certificate, a card slip approved, pending or declined, a fare paid by card, a
card issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app or mail, a
refill's cash memo, a hand-written monthly card, a bank's mail, an app's inbox), it is drawn here for another
issuer in this set's own labels and marks, and near ones are noted: BharatPe for Business on Sabai Kutir's
phone, where heldout309 and heldout308 drew Paytm for Business; BHIM set in Odia with its month's Odia name,
where heldout309 drew PhonePe set in Assamese (and BHIM's failure) and heldout308 Google Pay set in Gujarati;
Amazon Pay's pending under a spinner over a progress bar, where heldout309 drew CRED's processing and
heldout308 Freecharge's pending; Navi's "Today at <hour>", where heldout309 drew Tata Neu's "Today" and
heldout308 CRED's "today"; iMobile Pay's table ruled on every side, where heldout309 drew mBandhan's striped
table and heldout308 bob World's failure in such a table; Jupiter's failure on a tinted band, where heldout309
drew super.money's under a tile's cross and heldout308 bob World's under a large round cross; the WhatsApp
chat with no reference (heldout275's chat's payment card under a bubble of the shop's), where heldout309 drew
Google Pay's thread and heldout308 Google Pay's conversation; IOB Mobile's values over their labels, where
heldout309 drew Kotak's app in dot leaders; ORMAS's PAYMENT ADVICE under its Odia name with its bills in a
table ruled on every side and their Total under a double rule, where heldout309 drew the Kalakshetra Society's
under its Assamese name on hairline rows and heldout308 Garvi Gurjari's under its Gujarati name; SAP Business
One's Outgoing Payment in shaded labels, where heldout309 drew Oracle NetSuite's bill payment and heldout308
TallyPrime's payment advice and QuickBooks' bill payment; Kotak FYN's NEFT pending the checker's
authorisation, where heldout309 drew IDFC FIRST Bank's NEFT sent to RBI and heldout308 CitiDirect BE's NEFT
pending bank processing; Marg ERP's payment voucher, where heldout309 drew myBillBook's Payment Out; Google
Chat's space with no reference, where heldout309 drew Zoho Cliq's channel and heldout308 an Instagram thread;
RazorpayX's payout, where heldout308 drew PayU Payouts; ICICI Bank's NEFT failed under an octagon's cross,
where heldout309 drew PNB's NEFT returned and heldout308 Axis Bank's neo's, both on tinted bands; the Mumbai
store's plain mail with no day, where heldout309 drew a school's letter by hand and heldout308 a museum
trust's letter; HSBCnet's pounds with colons, where heldout308 drew NatWest's pounds; Commerzbank's transfer
in process with each label's German and its English in brackets, where heldout309 drew Basler Kantonalbank's
German and English after a slash and heldout308 Zürcher Kantonalbank's order pending; Danske Bank's Danish and
English labels in a table ruled on every side, where heldout309 drew UniCredit's Italian and English in such a
table; BNZ's "Today", where heldout309 drew SOL Global's and heldout308 Bank Muscat's; OCBC Velocity's
transfer rejected under an octagon's cross in read-only fields, where heldout309 drew Handelsbanken's rejected
on a tinted band and heldout308 ING's returned; RBC Express' sentence with no reference, where heldout309 drew
Maybank2u Biz's and heldout308 KCB's; Chase's wire in US dollars with its day month first in a striped table,
where heldout309 and heldout308 drew Bank of America's; Sabai Kutir's tax invoice under a coiled sabai basket,
where heldout309 drew one under a Garuda's mask and heldout308 one under a rogan tree of life; the Mela
stall's cash memo in an Odia hand lying on a sabai mat, where heldout309 drew the Raas stall's memo in an
Assamese hand lying on a dhari and heldout308 the Rann Utsav stall's memo in a Gujarati hand on the painter's
board; Cashfree's pending checkout, where heldout309 drew PayU's and heldout308 Easebuzz's; Wix's order mail,
where both drew Shopify's; Flipkart's settlement mail to a seller, where heldout309 drew Razorpay's settlement
mail; the Paytm Payment Gateway's failed page, where both drew Instamojo's failure; OkCredit's "Today", where
both drew Khatabook's; the money receipt in an Odia table, where heldout309 drew a money receipt in Assamese
labels with dot leaders; the grass trader's bill in an Odia hand, where heldout309 drew the bamboo seller's
chit in an Assamese hand and heldout308 the colour dealer's bahi page and the potter's chit in a Gujarati
hand; the dye house's invoice pasted in the register with the accountant's note and tick, where heldout309
drew the cloth store's invoice under a PAID stamp and heldout308 the oil mill's under a highlighter's stroke;
Blue Dart's roll, where heldout309 drew DTDC's and heldout308 Shree Maruti Courier's; udaan's failed checkout,
where both drew Printo's declined checkout; Flipkart's pending order with its stages top to bottom, where
heldout309 drew Amazon.in's and heldout308 IndiaMART's; the tailoring store's estimate with its Date left as
dots, where heldout309 drew the potter's chit with its date as dots and heldout308 the framer's bill with its
Date blank; Swipe's invoice under a PAID watermark, where heldout309 drew the packaging house's Tally invoice
and heldout308 the cloth merchant's Vyapar invoice; the hardware store's cash memo on continuous stationery,
where heldout309 drew the paint shop's Vyapar roll; Odisha Grameen Bank's app with each label's Odia and its
English after a slash over its value, where heldout309 drew AGVB's app with each label's English over its
Assamese in ruled cells and heldout308 Gujarat Gramin Bank's app in Gujarati and English; IOB Connect's
acknowledgement with colons, where heldout308 drew Baroda Connect's on hairline rows; FinoPay's card with no
reference, where heldout309 drew IPPB's card and heldout308 Canara ai1's bottom sheet; InstaBIZ's IMPS failed
under a tile's cross, where heldout309 drew Canara ai1's NEFT failed in an octagon and heldout308 IndOASIS';
the Mayurbhanj Central Co-operative Bank's NEFT application with the bank's stamp, where heldout308 drew the
Kutch District Central Co-operative Bank's form and heldout309 the Apex Bank's internet banking; AU 0101's
"Today", where heldout309 drew HDFC Bank's and heldout308 MobiKwik's; Bank of India's NEFT under process over
a progress bar, where heldout309 drew the Apex Bank's with its stages top to bottom and heldout308 IDFC FIRST
Bank's; IndusMobile's striped table, where heldout309 drew UCO mBanking Plus'; the coiler's wage account with
her pieces in an Odia hand, where heldout309 drew a mask maker's work account in ruled columns and heldout308
a painter's wage account; Keka's payslip with its Net Pay on a tinted panel, where both drew Zoho Payroll's;
MobiKwik's processing with its stages top to bottom, where heldout309 drew Google Pay's processing and
heldout308 Groww's (and MobiKwik's "Today" for a blacksmith); the Makar Sankranti advance receipt in an Odia
hand with a thumb's impression, where heldout309 drew a Bohag Bihu advance receipt in an Assamese hand and
heldout308 a cash voucher to the rogan boiler; PhonePe's English screen for a coiler, where heldout309 drew
PhonePe set in Assamese for a buyer; Kotak811's labels with colons, where heldout309 drew Kotak's app in dot
leaders for a buyer and YONO SBI's quick transfer; Google Pay's failure under a large round cross, where
heldout309 drew BHIM's failure and heldout308 Paytm's; Airtel Thanks' "Today", where heldout309 drew slice's;
Baripada Municipality's trade licence receipt in an Odia table, where heldout309 drew the Gaon Panchayat's
trade licence receipt in Assamese labels with dot leaders and heldout308 Gram Panchayat Nirona's receipt book;
the Odisha Treasury's pending e-challan, where heldout309 drew e-GRAS Assam's pending challan and heldout308
Cyber Treasury Gujarat's "Today"; EPFO's failed payment, where heldout309 drew the Department of Tourism's
failed stall booking and heldout308 the District Panchayat's failed profession tax and ESIC's challan; the
haat toll ticket from its book, where heldout309 drew the ferry ghat's ticket; the Ministry of Corporate
Affairs' receipt in a striped table, where heldout309 drew the GI Registry's e-receipt and heldout308 the GST
portal's challan receipt; the Tahasil's rent receipt across its counterfoil, where heldout309 drew the Revenue
Circle's receipt from its book; the Labour Directorate's renewal in shaded labels, where heldout308 drew the
Tourism Corporation of Gujarat's stall rent receipt; Parivahan's e-Challan paid by card, where heldout308 drew
Passport Seva; United India's premium receipt on hairline rows, where heldout309 drew Bajaj General's receipt
in a table ruled on every side and heldout308 The New India Assurance's; Oriental's payment under verification
over a progress bar, where heldout309 drew Niva Bupa's under process and heldout308 ICICI Prudential Life's
under verification; ICICI Lombard's failure by card under a large round cross, where heldout309 drew Tata
AIG's failure on a tinted band and heldout308 Star Health's; Aditya Birla Health's "Today", where heldout309
drew Kotak General's and heldout308 Digit's; Cholamandalam MS' marine cargo certificate in dot leaders, where
heldout309 drew National Insurance's against a gutter and heldout308 Tata AIG's; PNB MetLife's SMS, where
heldout309 drew Tata AIA Life's and heldout308 LIC's; Reliance General's mail with a striped table, where
heldout309 drew Royal Sundaram's and heldout308 Bajaj General's; Shriram General's schedule cum receipt two
pairs to a row, where heldout309 drew LIC's roll; Pine Labs' slip with its fields in a colon's column at Sabai
Kutir, where both drew Paytm's card machine at their shops; Worldline's answer awaited at the Mela stall,
where heldout309 drew Mosambee's and heldout308 PhonePe's card machine's; Kotak's slip at a Bhubaneswar hotel
with its sum set large, where heldout309 drew HDFC Bank's and heldout308 Axis Bank's; Union Bank of India's
slip declined, where heldout309 drew Axis Bank's and heldout308 Bank of Baroda's; IRCTC's reservation slip,
where heldout309 drew IndiGo's booking and heldout308 Alliance Air's; Axis Bank's card SMS, where heldout309
drew SBI Card's and heldout308 ICICI Bank's; Uni's app, where both drew OneCard's; Torqus' bill, where both
drew Posist's; TPNODL's receipt under its Odia heading in shaded labels, where heldout309 drew APDCL's in
ruled cells and heldout308 PGVCL's under its Gujarati name; BSNL's mail, where heldout309 drew Airtel's and
heldout308 JioFiber's; Tata Play's pending over a progress bar, where heldout309 drew d2h's pending and
heldout308 GTPL's; HP Pay's failure on a tinted band, where heldout309 drew RailWire's and heldout308 SBI
FASTag's; the water jar supplier's card in an Odia hand on a spiral pad's page, where heldout309 drew the news
agency's bill in an Assamese hand and heldout308 the water tanker's card in a Gujarati hand; MyJio's "Today",
where both drew Vi's; PHEO's water charges in an Odia table, where heldout309 drew PHED's receipt in Assamese
labels with dot leaders; the Bharatgas cash memo, where heldout309 drew the Indane distributor's and
heldout308 IndianOil ONE's refill; Odisha Grameen Bank's SMS in Odia in a bubble, where heldout309 drew AGVB's
SMS in Assamese and heldout308 Gujarat Gramin Bank's in Gujarati; Bank of India's, Union Bank of India's,
Central Bank of India's and Canara Bank's SMS in their own wordings, where heldout309 drew UCO Bank's, SBI's,
PNB's and Indian Bank's and heldout308 SBI's, PNB's and the Kutch district bank's; SBI's SMS on a smartwatch
(heldout293's), where heldout309 drew the Apex Bank's on a feature phone and heldout308 IDFC FIRST Bank's on a
lock screen; Yes Bank's IRIS inbox under "Today", where heldout309 drew Bandhan Bank's inbox and heldout308
Bank of Baroda's heads-up notification; IndusInd Bank's mail, where both drew Axis Bank's. Some of this set's
issuers and kinds of paper were drawn by sets before heldout308 (heldout293's and heldout276's Odia lines,
hand and SMS in Noto Sans Oriya and heldout293's smartwatch; heldout305's IRCTC, Pine Labs, Worldline, Aditya
Birla Health, Reliance General and Shriram General; heldout275's chat payment card and continuous stationery;
heldout277's spiral pad; heldout273's PAID watermark and tinted panel; heldout307's receipt across its
counterfoil and thumb's impression; heldout242's euros the German way, heldout245's kroner the Danish way,
heldout215's New Zealand dollars, heldout289's Singapore dollars, heldout239's Canadian dollars, heldout214's
dirhams), and are drawn here in this set's own labels and arrangements; the families' docstrings list each
one's labels. This set draws kinds of row and page heldout308 and heldout309 do not: a coiled sabai basket as
a letterhead's emblem (seen from the side, its coils of grass stacked from a narrow foot to a wide belly and
in again to the rim, each coil a rounded roll lit along its middle, the wrapping stitches slanting across it,
a band of dyed coils, the domed lid in smaller coils with its knob); a three-strand plait of sabai grass as a
divider (its turns leaning up and down in a herringbone, a turn of dyed grass every few); wisps of sabai
grass, snippets of dyed twine and a loose coil in a page's margins; a page photographed lying on a sabai floor
mat (rows of plaited rope sewn side by side, a dyed row every few, a coiled coaster beside the page); a
supplier's invoice pasted into the purchase register with clear tape across its corners (the register's ruled
page and its red margin round it); an Odia table's rows (the label's Odia, its English small and the value,
each cell ruled, the value printed or written in); a label's Odia with its English after a slash, small, over
its value; Odia lines, an Odia hand and an Odia SMS in Noto Sans Oriya (heldout293's runs, here for
Mayurbhanj's Odia: a UPI app set in Odia with its month's Odia name, a marketing society's, a shop's, the
company's, a bank's, a municipality's, a panchayat's and a tahasil's names, a money receipt's, a trade licence
receipt's and a water receipt's labels, a bank app's labels, a wage account's and a cash memo's headings, a
stall's cash memo, a grass trader's bill, a coiler's pieces, a festival advance and a water jar card in an
Odia hand, a bank's SMS); a thumb's impression inked over its box's caption; a weekly haat toll ticket from
its book; a receipt book's page across its counterfoil and its perforation; continuous stationery printed by a
dot-matrix printer; a PAID watermark under an invoice; a spiral pad's page; a payslip's net pay on a tinted
panel; a slip's fields in a colon's column; an SMS shown on a smartwatch; and beside them earlier sets' rows
(tables ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left and
values at the right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two
to a row, values over their labels, labels over their values two to a row, copyable fields, read-only fields,
notice boxes, a payment's stages left to right, across and top to bottom, progress bars, large round marks,
octagons, scalloped badges, tile marks, spinners, a day divider, chat bubbles, a chat's payment card, rounded
cards, hand-written fills and columns on a ruled page, a sum in a box, round, oval and rectangular stamps, a
red numbering-machine number, an accountant's tick, signatures, a torn roll, a barcode).

* ``buyer_upi``: Buyers paying Sabai Kutir or the company: BharatPe for Business on Sabai Kutir's phone (the
  shop under the app's bar, a rounded card with a large round tick, Payment received, the sum set large, "from
  <buyer>"; UTR:, Date:, Settled to:, Mode: with colons); BHIM set in Odia (a scalloped badge, "ପୈଠ ସଫଳ ହେଲା"
  (payment successful), the sum, "ପ୍ରାପକ" (recipient) over the payee and its UPI ID, the day with its month's
  Odia name and the hour; each label in Odia over its value: "UPI ରେଫରେନ୍ସ ନଂ" (UPI reference No.), "ଡେବିଟ
  ଖାତା" (debit account), "ମନ୍ତବ୍ୟ" (remarks)); Amazon Pay's UPI payment pending under a spinner (the sum, "to
  <payee>", a progress bar, a notice; UPI transaction ID, Initiated, Paying from each in a read-only field's
  box); Navi's UPI payment ("Today at <hour>"; a large round tick, Paid successfully, the sum, "to" over the
  payee; UPI Ref No. and Paid from in tiles; no day); ICICI Bank's iMobile Pay with Payment successful in a
  capsule (the sum; Paid to, UPI Ref. No., Date, Account, Note in a table ruled on every side); Jupiter's
  payment failed on a tinted band (the sum, "to <payee>", the reason in a notice; Transaction ID, Attempted
  on, Paying from against a gutter); a WhatsApp chat with Sabai Kutir (the shop on top and "Business account",
  the day's divider, the shop's message in a bubble, a payment card at the right: "Payment to <payee>", the
  sum, "Paid" and the hour, "UPI | <bank>", a note; no reference); Indian Overseas Bank's IOB Mobile with
  Transaction Successful under a tile's tick (each value over its label: Paid to, Amount, UPI Ref No, Date &
  Time, Debited from). All new here.

* ``buyer_advices``: Payers' advices of what they paid the company: ORMAS's PAYMENT ADVICE for its Adivasi
  Mela and Sisira Saras purchases under its Odia name (Letter No. and Dated on a line; "To, The Chief
  Executive Officer," and the company; Sub:; Sl. | Bill No. | Bill Date | Amount in a table ruled on every
  side with its Total under a double rule; "The above amount of Rs. x/- ... has been released ... by NEFT /
  RTGS, UTR ..."; its round seal; the Deputy General Manager's signature); a Bhubaneswar hotel group's
  Outgoing Payment mailed from SAP Business One (Document No., Posting Date, Vendor Name, Transfer Date,
  Transfer Reference, Means of Payment in shaded labels; A/P Invoice | Vendor Ref. | Date | Amount in a
  striped table; Total Paid under a double rule); Kotak Mahindra Bank's Kotak FYN with a Kolkata store's NEFT
  pending the checker's authorisation (a capsule, its stages left to right, a notice; Transaction Ref. and
  Amount, Beneficiary and Mode, Value Date and Initiated by, labels small over their values two to a row); a
  Kolkata store's PAYMENT VOUCHER printed from Marg ERP (Voucher No. and Date; Paid to, Debit, Credit, Amount,
  Mode, UTR, Narration in a table ruled on every side; the sum in words; Prepared by, Checked by, Authorised
  Signatory); a Bengaluru studio's Google Chat space under its day's divider (the writer, bold, and the hour;
  "Paid Rs. x to <payee> by NEFT for the Diwali hamper baskets", "UTR to follow"; a reply; no reference);
  RazorpayX with a Hyderabad gifting firm's payout processed (a capsule, the sum; Payout ID, Contact, Fund
  account, Mode, UTR, Processed on at the left and the right); ICICI Bank's Corporate Internet Banking with a
  Mumbai store's NEFT failed under an octagon's cross (the reason in a notice; Transaction ID, Beneficiary,
  Amount, Payment Date, Failure reason in dot leaders); a Mumbai store's plain mail ("We have transferred Rs.
  x/- today to <payee> by NEFT, UTR ..."; an e-mail's hour and no day). All new here.

* ``export_wires``: Home stores, fair trade shops and basket importers abroad paying the company for its
  baskets, mats and bags: HSBCnet's international payment completed in pounds (Payment status, Payment
  reference, Ordering customer, Beneficiary, Beneficiary bank, Amount, Value date, Charges with colons);
  Commerzbank's Firmenkunden portal with a foreign transfer in process in euros the German way (In Bearbeitung
  / In process in a capsule, a notice; each label's German with its English in brackets in shaded labels:
  Auftragsnummer (Order no.), Empfänger (Beneficiary), Betrag (Amount), Ausführungsdatum (Execution date),
  Entgelt (Charges)); Danske Bank's District with a payment completed in kroner the Danish way (Betaling
  gennemført / Payment completed; each label's Danish and its English after a slash in a table ruled on every
  side: Referencenr. / Reference no., Modtager / Beneficiary, Beløb / Amount, Dato / Date, Gebyr / Charges);
  BNZ's app with an international payment sent in New Zealand dollars ("Today, <hour>"; a tile's tick, the
  sum, "to <payee>"; a copyable Payment reference; Fee and Type at the left and the right; no day); OCBC
  Velocity's telegraphic transfer rejected in Singapore dollars under an octagon's cross (the reason in a
  notice; Transaction reference, Beneficiary, Amount, Value date each in a read-only field's box); RBC
  Express's wire sent in Canadian dollars (its sentence with the day in words; Beneficiary, Beneficiary bank,
  Amount, Purpose, Charges at the left and the right; no reference); Emirates NBD's smartBUSINESS with a
  telegraphic transfer executed in dirhams (Status and Channel, Reference and Value date, Beneficiary and
  Amount, Charges and Beneficiary bank, labels small over their values two to a row); Chase's international
  wire completed in US dollars, the day month first (Status, Wire reference, Send date, Beneficiary, Amount,
  Fees in a striped table). All new here.

* ``own_receipts``: The company's own papers, Sabai Kutir or itself on top: Sabai Kutir's TAX INVOICE under a
  coiled sabai basket, its Odia name and a plait of sabai grass, to a Cuttack buyer (Invoice No. and Date,
  Buyer and Place of Supply at the left and the right; Description | HSN | Qty | Rate | Amount in a table
  ruled on every side; Taxable Value, CGST 2.5%, SGST 2.5%, Invoice Total in dot leaders; the sum in words;
  "Paid by UPI, Ref ..."; wisps of grass and twine in its margins); the Toshali Mela stall's CASH MEMO in the
  Mela's days, photographed lying on a sabai mat (its Odia name over its English, "ନଗଦ ମେମୋ" (cash memo);
  "ତାରିଖ" (date) and "ନାମ" (name) written in an Odia hand; the baskets written on ruled lines with their sums,
  "ମୋଟ" (total), "ନଗଦ ପାଇଲି" (received cash); no reference); Cashfree's checkout for the web shop with the
  payment pending (the shop on top, the sum, its stages across the page with a dot for each, a notice; Order
  ID, CF Payment ID, Mode, Initiated on in dot leaders); Wix's order confirmation mailed for the web shop
  (Order number, Order date; the baskets on hairline rows, Subtotal, Delivery, Total; Payment: UPI, Paid;
  Transaction ID); Flipkart's settlement mail to the company as a seller (Payment settled; its sentence;
  Seller name, Settlement ref, NEFT UTR, Amount, Settled on, Orders at the left and the right); Paytm Payment
  Gateway's page for a bulk order of coasters with a card payment failed under a tile's cross (the shop on
  top, the reason in a notice; Order ID, Transaction ID, Amount, Payment mode, Attempted on in shaded labels);
  OkCredit on Sabai Kutir's phone with a payment received ("Today, <hour>"; the shop under the app, a
  customer's card: Payment received, the sum, "via UPI", UPI Ref; no day); the company's MONEY RECEIPT (ଟଙ୍କା
  ପ୍ରାପ୍ତି ରସିଦ) for a self-help group federation's advance (No. struck in red; each field a row of a table
  ruled on every side, its Odia, its English and the value written in: ତାରିଖ (Date), ଠାରୁ ପ୍ରାପ୍ତ (Received
  from), ଟଙ୍କା (Rupees), ବାବଦ (Towards), ମାଧ୍ୟମ (Mode), UPI ରେଫରେନ୍ସ (UPI Ref); a plait of sabai grass; the
  CEO's signature). All new here.

* ``supplier_invoices``: The company's suppliers, each on top of its own paper: a Jashipur sabai grass
  trader's bill in an Odia hand on a bill pad's ruled page (his name in Latin letters at its head; "ତାରିଖ"
  (date) and the day; "ସାବେଇ ଘାସ" (sabai grass) by the quintal, "ବନ୍ଧା ଦଉଡ଼ି" (binding rope) and "ଗାଡ଼ି ଭଡ଼ା"
  (lorry hire) with their sums, "ମୋଟ" (total), "ନଗଦ ପାଇଲି" (received cash); no reference); a Kolkata dye
  house's TAX INVOICE for acid dyes pasted into the purchase register with clear tape (Invoice No. beside its
  earlier Date; Description | HSN | Qty | Rate | Amount on hairline rows, IGST 18% and Total; the accountant's
  "Paid by NEFT, UTR ..." and "on <day>" written under it and his tick); Blue Dart's counter receipt on a torn
  roll (AWB NO and its barcode, DATE, ORIGIN, DEST, PCS, WT, FREIGHT, FUEL SURCHG, GST 18%, TOTAL, PAID BY,
  UPI REF typed in its printer's face); udaan's checkout for jute twine with the payment failed under a tile's
  cross (the reason in a notice; Order ID, Seller, Amount, Payment ID, Paid with, Attempted on against a
  gutter); Flipkart's order of bodkin needles and zips with the payment pending (its stages top to bottom, a
  notice; Order ID, Sold by, Amount, Payment method, Ordered on in shaded labels); a Baripada tailoring
  materials shop's ESTIMATE with its Date left as dots (the lining cloth, zips and tape written in columns,
  Total; "Paid by PhonePe, Ref ..." written under it; no day); a Balasore packaging house's TAX INVOICE from
  Swipe under a PAID watermark (Invoice No. and Invoice Date; the cartons on hairline rows, CGST 9%, SGST 9%,
  Total; "Payment received: UPI, Ref ..., on <day>"); a Jashipur hardware store's cash memo printed on a
  dot-matrix printer on continuous stationery (MEMO NO and DATE; the needles, scissors, thread and glue with
  QTY, RATE and AMOUNT; TOTAL; PAID: CASH). All new here.

* ``vendor_transfers``: The company paying its suppliers from its banks: Odisha Grameen Bank's app with an
  IMPS to the dye house (its Odia name, a large round tick, "ସ୍ଥାନାନ୍ତର ସଫଳ ହେଲା" (transfer successful) over
  Transfer successful; the sum; each label in Odia with its English after a slash, small, over its value:
  ହିତାଧିକାରୀ / Beneficiary, IMPS ରେଫରେନ୍ସ / IMPS Ref, ତାରିଖ / Date, ଖାତା / From account); Indian Overseas
  Bank's IOB Connect with a NEFT to the packaging house (Fund Transfer Acknowledgement; Transaction Reference
  No., UTR No., Beneficiary Name, Amount, Transaction Date, Mode, Status with colons); Fino Payments Bank's
  app with a UPI payment to the grass trader in a rounded card ("<sum> sent to <payee>", "on <day>"; From; no
  reference); ICICI Bank's InstaBIZ with an IMPS to the twine seller failed under a tile's cross (the reason
  in a notice; Beneficiary, Amount, Transaction ID, Date, Reason at the left and the right); the Mayurbhanj
  Central Co-operative Bank's NEFT application, the customer's copy filled in by hand (its Odia name; Date,
  Remitter, A/c No., Beneficiary, Beneficiary A/c, IFSC, Amount Rs. on dotted lines; the bank's rectangular
  NEFT SENT stamp with its day; "Sent, UTR ..." written by its clerk); AU Small Finance Bank's AU 0101 with a
  UPI payment to a rope maker ("Today, <hour>"; a scalloped badge, the sum, "Paid to" over the payee; a
  copyable UPI Ref No.; From; no day); Bank of India's internet banking with a NEFT to a Baripada printer
  under process (a capsule, a progress bar, a notice; Reference No., Beneficiary, Amount, Mode, Initiated on
  in a table ruled on every side); IndusInd Bank's IndusMobile with an IMPS to the transporter successful (a
  large round tick; Beneficiary, Amount, IMPS Ref No., Date, Debit A/c in a striped table). All new here.

* ``worker_pay``: The company paying its coilers (women of its self-help groups in the villages round
  Bangiriposi) and its staff: a coiler's wage account under its Odia heading "କାରିଗର ମଜୁରି ହିସାବ" (artisan's
  wage account) (Artisan and Month written in; the baskets, mats and bags she coiled written in an Odia hand
  with their pieces, rates and sums, "ମୋଟ" (total); "Paid by UPI, Ref ..." and "on <day>" written under it;
  wisps of grass and twine in its margins); Keka's payslip for Sabai Kutir's saleswoman (Employee Name,
  Employee No., Designation, Pay Period in a table ruled on every side two pairs to a row; Earnings | Amount |
  Deductions | Amount on hairline rows; Net Pay on a tinted panel; "Paid on <day> by NEFT, UTR ...");
  MobiKwik's UPI payment to a coiler processing (a spinner, the sum, "to <payee>", its stages top to bottom, a
  notice; UPI Ref No. and Started, From and Note, labels small over their values two to a row); a coiler's
  Makar Sankranti advance receipt under a plait of sabai grass, written in an Odia hand ("ମକର ପର୍ବ ଅଗ୍ରିମ
  ରସିଦ" (Makar festival advance receipt); "ଆଜି ତା <day> ରିଖରେ ମକର ପର୍ବ ଅଗ୍ରିମ ବାବଦକୁ" (today, on <day>,
  towards the Makar festival advance), "ଟଙ୍କା x/- ନଗଦ ପାଇଲି।" (received Rs. x in cash)), her left thumb's
  impression and her name written under it in English; no reference); PhonePe's payment to a coiler
  (Transaction Successful, the day and hour; "Paid to" over the payee and the sum on its line; Transaction ID,
  Debited from, UTR); Kotak Mahindra Bank's Kotak811 with an IMPS to the workshop's supervisor (Transfer
  successful, the sum; To:, IMPS Ref:, Date:, From A/c: with colons); Google Pay's payment to a coiler failed
  under a large round cross (the sum, "to <payee>", the reason in a notice; a copyable Google transaction ID;
  Attempted and From in dot leaders); Airtel Thanks' UPI payment to a coiler ("Today, <hour>"; a tile's tick,
  the sum, "paid to <payee>"; UPI Ref No. and From in tiles; no day). All new here.

* ``govt_fees``: The company's fees, taxes and dues, the authority paid as printed: Baripada Municipality's
  trade licence e-receipt from SUJOG under its Odia name (each field a row of a table ruled on every side, its
  Odia, its English and the value: ରସିଦ ନଂ (Receipt No.), ଅନୁଜ୍ଞାପତ୍ର ନଂ (Licence No.), ବ୍ୟବସାୟୀଙ୍କ ନାମ (Name
  of trader), ବର୍ଷ (Year), ଦେୟ ରାଶି (Amount), ପୈଠ ମାଧ୍ୟମ (Mode), UPI ରେଫରେନ୍ସ (UPI Ref), ତାରିଖ (Date)); the
  Odisha Treasury's e-challan for the profession tax pending with the bank (a capsule, its stages left to
  right, a notice; Challan Ref ID, Department, Head of Account, Amount, Bank, Initiated on in a table ruled on
  every side); EPFO's ECR payment failed under a large round cross (the establishment, the reason in a notice;
  TRRN, Wage month, Amount, Transaction ID, Mode, Attempted on at the left and the right); Bangiriposi Gram
  Panchayat's weekly haat toll ticket from its book (its Odia name over its English, No. struck in red, Rs. in
  a printed box, "Received in cash", the stall written in; the collector's signature; no day); the Ministry of
  Corporate Affairs' payment receipt for the producer company's annual return (Payment successful; SRN,
  Service, Company, Amount, Payment mode, Bank reference, Transaction date in a striped table); the
  Bangiriposi Tahasil's land rent receipt from its book across its counterfoil (its Odia name, "ଖଜଣା ରସିଦ"
  (rent receipt); No. left blank; Date, Received from, Khata / Plot and Rs. written on the counterfoil and the
  receipt; "Recd. in cash"; its oval stamp; no reference); the Labour Directorate's registration renewal under
  the Odisha Shops and Commercial Establishments Act paid through SBI ePay (Payment Successful; Application
  No., Establishment, Amount, SBI ePay Ref. No., Mode, Payment Date in shaded labels); the Parivahan e-Challan
  paid by card for the pickup (Payment successful; "Paid to" over the department; Challan No., Vehicle No.,
  Offence, Amount, Mode, Transaction ID, Payment Date in dot leaders). All new here.

* ``insurer_receipts``: The company's premiums, the insurer on top, under its app's bar or signing its SMS:
  United India Insurance's PREMIUM RECEIPT for the common facility centre's Bharat Sookshma Udyam Suraksha
  policy (its sentence "Received with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt
  Date, Policy No., Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR on hairline rows; a signature);
  Oriental Insurance's portal with the shop's policy renewal under verification (a progress bar, a notice;
  Policy No. and Premium, Transaction ID and Paid via, Initiated on and Status, labels small over their values
  two to a row); ICICI Lombard's app with the pickup's motor renewal failed by card under a large round cross
  (the insurer under the app's bar, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted
  on against a gutter); Aditya Birla Health Insurance's app with the staff's health policy renewed ("Today,
  <hour>"; a scalloped badge, Policy renewed, the sum; Policy No. and Payment Ref in tiles; "Paid via UPI"; no
  day); Cholamandalam MS's marine cargo certificate for the Auckland consignment (its sentence; Certificate
  No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment Date in dot
  leaders); PNB MetLife's SMS of a premium received ("Dear Customer, premium of Rs.x for policy no. ...
  received on <dd/mm/yyyy> via NetBanking. ... - PNB MetLife"; no reference); Reliance General's premium
  receipt mailed for the e-rickshaw's policy (its sentence; Receipt No., Policy No., Premium, GST 18%, Total,
  Mode, UPI Ref, Date in a striped table); Shriram General's policy schedule cum receipt for the shop's
  burglary cover (Receipt No. and Receipt Date, Policy No. and Period, Premium and GST 18%, Total and Mode,
  UTR and Branch two pairs to a row in a table ruled on every side). All new here.

* ``card_slips``: Cards on Sabai Kutir's and the Mela stall's terminals and the company's cards elsewhere:
  Pine Labs' charge slip at Sabai Kutir with its fields in a colon's column (DATE, TIME, MID, TID, BATCH NO,
  INVOICE NO, CARD NO, CARD TYPE, APPR CODE, RRN; TOTAL AMT; APPROVED, CUSTOMER COPY); Worldline's terminal at
  the Toshali Mela stall in the Mela's days with the issuer's answer awaited (SALE; DATE, TIME, TID, INVOICE,
  CARD, AMOUNT at the left and the right; TXN PENDING, RESPONSE AWAITED FROM ISSUER, DO NOT RETRY); Kotak
  Mahindra Bank's slip at a Bhubaneswar hotel (SALE; DATE, TIME, MID, TID, INV NO, CARD, AUTH CODE, RRN at the
  left and the right; the sum set large; APPROVED, PIN VERIFIED OK); Union Bank of India's slip at a Balasore
  hardware shop DECLINED (51 INSUFFICIENT FUNDS); IRCTC's Electronic Reservation Slip for the Bhubaneswar -
  New Delhi train to a crafts fair paid by card (PNR, Train, Class, Date of Journey, Booked on, Ticket Fare,
  Convenience Fee, Total Fare, Payment, Transaction ID in a table ruled on every side); Axis Bank's SMS of a
  card spend ("Spent INR x on Axis Bank Credit Card XX1234 at <MERCHANT> on <dd-mm-yy>. Avl Lmt INR y. ...";
  no reference); Uni's app with a card spend at an electronics store ("Today, <hour>"; the merchant's line and
  its town, the sum, Successful; Card and Txn ID in tiles; Category; no day); a Baripada restaurant's bill
  from Torqus settled by card (Bill No., Date, Table, Pax; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand
  Total; "Paid: Card", the card and its Approval No.). All new here.

* ``utility_bills``: The workshop's and Sabai Kutir's bills: TPNODL's online payment receipt for the common
  facility centre under its Odia heading "ବିଦ୍ୟୁତ ବିଲ ପୈଠ ରସିଦ" (electricity bill payment receipt) (Payment
  Successful; Consumer No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Payment Date,
  Mode in shaded labels); BSNL's mail of a payment received for Sabai Kutir's Bharat Fibre (its sentence;
  Account No., Amount, Transaction ID, Payment date, Mode against a gutter); Tata Play's recharge for the
  workshop's television pending under a spinner (the company under the app's bar, a progress bar, a notice;
  each value over its label: Subscriber ID, Amount, Order ID, Paid via, Initiated on); Hindustan Petroleum's
  HP Pay with a commercial cylinder's booking failed on a tinted band (the company under the app's bar, the
  reason in a notice; Consumer No., Cylinder, Amount, Transaction ID, Paid with, Attempted on at the left and
  the right); a water jar supplier's monthly card in an Odia hand on a spiral pad's page (the supplier on top;
  "ମାସ" (month) written in; the jars with their counts, rates and sums, "ମୋଟ" (total), "ନଗଦ ପାଇଲି" (received
  cash) and the day; no reference); MyJio with Sabai Kutir's postpaid bill paid ("Today, <hour>"; Reliance Jio
  Infocomm under the app's bar, a tile's tick, the sum; Mobile No. and Transaction ID in tiles; Paid via; no
  day); PHEO's water charges e-receipt under its Odia heading "ଜଳ କର ରସିଦ" (water charges receipt) (each field
  a row of a table ruled on every side, its Odia, its English and the value: ଗ୍ରାହକ ନଂ (Consumer No.), ଅବଧି
  (Period), ଟଙ୍କା (Amount), ରସିଦ ନଂ (Receipt No.), ତାରିଖ (Date), ମାଧ୍ୟମ (Mode)); the Bharatgas distributor's
  CASH MEMO for the workshop's commercial cylinder printed by its billing system (CASH MEMO NO, DATE, CONSUMER
  NO, CYL, BASE PRICE, GST 18%, DELIVERY, TOTAL, MODE, UPI REF typed in its printer's face). All new here.

* ``bank_alerts``: The banks' alerts of the company's payments: Odisha Grameen Bank's SMS in Odia in a bubble
  of the phone's messages thread under its day divider ("ପ୍ରିୟ ଗ୍ରାହକ, ଆପଣଙ୍କ ଖାତା XX1234 ରୁ <dd/mm/yyyy>
  ତାରିଖରେ UPI ମାଧ୍ୟମରେ <PAYEE> କୁ ଟ. x ପଠାଯାଇଛି। ରେଫରେନ୍ସ ନଂ ...। -OGB" (Dear customer, Rs. x has been sent
  from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in Bank of India's ("BOI -
  Your A/c XX1234 is debited with Rs.x on <dd-mm-yyyy> towards NEFT to <PAYEE>, UTR .... Avl Bal Rs.y"), Union
  Bank of India's ("Your IMPS transaction of Rs x to <PAYEE> on <dd/mm/yy> has failed. The amount will be
  reversed to A/c XX1234. Ref ... -Union Bank of India"), Central Bank of India's ("NEFT of Rs.x from A/c
  XX1234 to <PAYEE> dated <dd.mm.yyyy> is pending for credit at the beneficiary bank. UTR .... -Central Bank
  of India") and Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234 on <dd/mm/yyyy>
  towards NEFT to <PAYEE>. Total Avail.bal INR y. - Canara Bank"; no reference) wordings; SBI's SMS shown on a
  smartwatch (heldout293's watch; "Dear SBI User, your A/c X1234-debited by Rsx on <ddMonyy> transfer to
  <PAYEE> Ref No .... If not done by u, call 1800111109 -SBI", Dismiss); Yes Bank's IRIS app inbox under its
  "Today" heading ("Rs x debited from A/c XX1234 via UPI to <PAYEE>. UPI Ref ..."; no day); IndusInd Bank's
  mail ("Your A/c XX1234 has been debited by INR x on <dd-Mon-yyyy> for IMPS to <PAYEE>. IMPS Ref No.: ...").
  All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Oriya (heldout293's and
heldout276's, regular and bold, fonts-noto-core) for the Odia lines, table rows, hand and SMS, Liberation Sans
(liberation2) for an Odia hand's figures, an italic or oblique for the hand (``heldout310_families.PENS``) and
a fixed-width face of the page's own (``heldout310_families.TYPES``). The Mela stall's cash memo and its card
slip are drawn in the Mela's first days (1 to 6 December 2026), a share of Sabai Kutir's UPI receipts in them
too, the Makar Sankranti advance in the twelve days before Makar Sankranti (14 January 2026); the other days
anywhere in 2026. GST is 5% on the company's work (handcrafted basketwork and mats of sabai grass, HSN 4602
and 4601; CGST 2.5% and SGST 2.5% to an Odisha buyer) and on the restaurant's food (CGST 2.5% and SGST 2.5%),
18% on the dyes (IGST 18% from West Bengal), on the courier's freight and fuel surcharge, on the cartons and
packing (CGST 9% and SGST 9%), on the commercial cylinder and on the general insurance premiums (CGST 9% and
SGST 9% on the fire policy, GST 18% beside the e-rickshaw's, the burglary cover's and the marine cover's
premiums); the health premium and the life premium print none and the pickup's motor premium and the shop
policy's renewal print theirs inside the sum; ORMAS pays its bills whole; the hand-written bills and cards
carry none.

Truth conventions (heldout309's, heldout308's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Navi's "to", after "to" on Amazon Pay and Jupiter, iMobile Pay's Paid to, IOB Mobile's value over its Paid
  to; Sabai Kutir, the company, the company as a bank's field cuts it (SIMLIPAL SABAI CRAFT PRO) or Sabai
  Kutir with its town (SABAI KUTIR BARIPADA); never the app, the payer, a UPI ID or "from <buyer>". *settled*
  (heldout303's to heldout309's screens set in Telugu, Kannada, Tamil, Marathi, Hindi, Gujarati and Assamese):
  a UPI app set in the region's language reads as the same app in English, here the name under BHIM's "ପ୍ରାପକ"
  (recipient). *settled* (heldout268 to heldout309): a receiving business's own app pays the business named
  under the app, here Sabai Kutir under BharatPe for Business (never BharatPe or "from <buyer>"). *settled*
  (heldout275's thread and heldout309's Google Pay thread): a payment card in a chat with the payee pays the
  payee on top of the chat, here Sabai Kutir on top of the WhatsApp chat (never "Business account" or the
  card's "Payment to" line where the card cuts it). *settled* (heldout167 to heldout309): a payer's advice
  pays the one it pays, never the payer on top or a salutation; here the company after ORMAS's "To, The Chief
  Executive Officer," (never ORMAS, its Odia name or the officer), SAP Business One's Vendor Name (never the
  hotel group on top), Kotak FYN's Beneficiary (never the bank or the store), the Marg voucher's Paid to
  (never the store on top or its Debit and Credit), the payee in the Google Chat message ("Paid Rs. x to
  <payee> by NEFT", never the writer, the space or the studio; *settled* heldout286, heldout299, heldout301
  and heldout303 to heldout309's chats), RazorpayX's Contact (the payout's payee; never RazorpayX or the
  gifting firm, as heldout308's PayU Payouts), ICICI Bank's Beneficiary, the payee in the plain mail's
  sentence ("We have transferred Rs. x/- today to <payee>", never the store, its sender or "Dear Ritika";
  *settled* heldout304's, heldout307's and heldout309's letters). *settled* (heldout155 to heldout309): an
  inward wire pays the company, here HSBCnet's Beneficiary:, Commerzbank's Empfänger (Beneficiary), Danske
  Bank's Modtager / Beneficiary, the name after "to" on BNZ and in RBC Express' sentence (its Beneficiary the
  same), OCBC's Beneficiary, Emirates NBD's Beneficiary, Chase's Beneficiary; never the remitter, its line or
  the bank on top. *settled* (heldout175 to heldout309): the company's own paper pays Sabai Kutir or itself on
  top, here SABAI KUTIR on its tax invoice (never its Odia line, the company it is a unit of or its Buyer),
  Sabai Kutir's English line under its Odia name on the Mela memo (never the ନାମ (name) written in), Sabai
  Kutir or the company on top of Cashfree's page, Wix's mail and the Paytm Payment Gateway's page (never the
  gateway or Wix), the company on top of its money receipt (never its ଠାରୁ ପ୍ରାପ୍ତ (Received from) written
  in); *settled* (heldout285's, heldout304's, heldout307's and heldout309's payouts, disbursements and
  settlements) Flipkart's settlement pays its Seller name (never Flipkart); *settled* (heldout268 to
  heldout309) Sabai Kutir named under OkCredit's bar, as a business's own app (never OkCredit or the
  customer). A name in Odia over its English: the English line, never the Odia (*settled* heldout277,
  heldout287 and heldout303 to heldout309's regional lines, heldout293's Odia). *settled* (heldout187 to
  heldout309): a supplier's name on top of its own paper, here BANERJEE DYE-CHEM (never its Buyer or the
  register it is pasted in), the grass trader's name written in Latin letters at his bill's head (Kanhu Charan
  Mahanta; *settled* heldout294 and heldout303 to heldout309; never his Odia lines), Blue Dart on top of its
  roll (BLUE DART EXPRESS LTD or BLUE DART as printed; never its counter), udaan's Seller (*settled*
  heldout305's to heldout309's marketplaces' sellers; never udaan), Flipkart's Sold by (never Flipkart), MAA
  TARINI TAILORING MATERIALS on top of its estimate, UTKAL PACKAGING INDUSTRIES on top of its invoice (never
  its Bill To or Swipe), JASHIPUR HARDWARE STORES on top of its memo. *settled* (heldout179 to heldout309): a
  banking page pays the payee, here Odisha Grameen Bank's ହିତାଧିକାରୀ / Beneficiary (never the bank's Odia
  name), IOB Connect's Beneficiary Name, the payee after FinoPay's "sent to", InstaBIZ's Beneficiary, the
  Beneficiary written on the co-operative bank's NEFT application (never its Remitter), the name under AU
  0101's "Paid to", Bank of India's Beneficiary, IndusMobile's Beneficiary. *settled* (heldout150 to
  heldout309): a pay slip pays the worker, here the Artisan written on the wage account (never the company or
  its Odia heading), Keka's Employee Name (never the company on top), the name after "to" on MobiKwik and
  Google Pay, PhonePe's name under its "Paid to", Kotak811's To:, the name after Airtel Thanks' "paid to", the
  name written under the thumb's impression on the Makar Sankranti advance receipt (*settled* heldout307's
  name under a thumb's impression and heldout309's under a signature; never the company, its Odia name or the
  witness). *settled* (heldout153 to heldout309): a fee page pays the authority as printed, here Baripada
  Municipality under its Odia name (never the ବ୍ୟବସାୟୀଙ୍କ ନାମ (Name of trader)), the Odisha Treasury's
  Department (the Commercial Tax & GST Department; never the treasury or its Head of Account), EPFO on top (in
  full or short as printed), BANGIRIPOSI GRAM PANCHAYAT under its Odia name on its toll ticket, the Ministry
  of Corporate Affairs on top (or MCA as printed), TAHASIL OFFICE, BANGIRIPOSI under its Odia name (never the
  Received from written in or its stamp), the Labour Directorate on top (or the Labour & ESI Department as
  printed), the department under Parivahan's "Paid to" (*settled* heldout272, heldout301 and heldout303 to
  heldout309: never the portal). *settled* (heldout199 to heldout309): an insurer's receipt pays the insurer
  on top (full or short as printed), under its app's bar (ICICI Lombard General Insurance, Aditya Birla Health
  Insurance) or signing its SMS (PNB MetLife), never the Insured, "Received with thanks from" or "Dear
  <shop>". A slip's counter name line as printed (SABAI KUTIR, SABAI KUTIR - TOSHALI MELA or its first part,
  the hotel, the hardware shop), never *settled* the terminal's brand or bank over it (PINE LABS, WORLDLINE,
  KOTAK MAHINDRA BANK, UNION BANK OF INDIA); IRCTC on top of its reservation slip (*settled* heldout302 and
  heldout305's IRCTC: the carrier's booking whose fare the card paid; never the Passenger); the name after
  "at" in Axis Bank's "Spent INR x on Axis Bank Credit Card XX1234 at <MERCHANT> on <day>" (*settled*
  heldout299 to heldout309's card SMS); Uni's merchant line over its town (*settled* heldout297 and heldout302
  to heldout309's card issuers' apps); the restaurant on top of its bill (never Torqus). A utility's biller:
  TPNODL on top (in full or short as printed; never the Consumer Name), BSNL's company on top of its mail
  (Bharat Sanchar Nigam Limited or BSNL as printed), Tata Play Limited under Tata Play's bar, Hindustan
  Petroleum Corporation Ltd. under HP Pay's and Reliance Jio Infocomm Ltd. under MyJio's (*settled*
  heldout285, heldout301 and heldout303 to heldout309: the company, never the app), the water jar supplier on
  top of its card, PHEO on top (in full or short as printed), the Bharatgas distributor on top of its cash
  memo (BHARATGAS - SIMILIPAL GAS AGENCY or SIMILIPAL GAS AGENCY as printed; *settled* heldout304's and
  heldout309's gas distributors' cash memos). An SMS, mail, inbox or watch alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines where it
  wraps): the Odia SMS' "<PAYEE> କୁ" (to <PAYEE>, as heldout309's Assamese "<PAYEE> লৈ"), Bank of India's
  "towards NEFT to <PAYEE>, UTR", Union Bank of India's "to <PAYEE> on", Central Bank of India's "to <PAYEE>
  dated", Canara Bank's "towards NEFT to <PAYEE>. Total", SBI's "transfer to <PAYEE> Ref No", Yes Bank's "via
  UPI to <PAYEE>. UPI Ref", IndusInd Bank's "for IMPS to <PAYEE>. IMPS Ref"; *settled* (heldout293's,
  heldout306's and heldout308's watches and lock screens) an SMS shown on a smartwatch reads as the SMS it
  shows.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), BharatPe's sum set
  large (its paise raised where it has them, *settled* heldout277), the sum in the WhatsApp chat's payment
  card (the shop's message's Total the same). *settled* (heldout152 to heldout309): a payer's advice counts
  its net sum, here ORMAS's "The above amount of Rs. x/-" (its Total the same; never a bill's Amount), SAP
  Business One's Total Paid (never an invoice's Amount), Kotak FYN's, the Marg voucher's, ICICI Bank's and
  RazorpayX's Amount or sum, the Rs. x in the Google Chat message and in the plain mail's sentence. *settled*
  (heldout155 to heldout309): an inward wire's foreign sum, here pounds (GBP or the pound's sign), euros the
  German way (4.160,00 EUR or EUR 4.160,00 is 4160.00, *settled* heldout242), Danish kroner the Danish way
  (64.040,00 DKK, DKK 64.040,00 or kr. 64.040,00 is 64040.00, *settled* heldout245, heldout255 and
  heldout296), New Zealand dollars (NZD or NZ$, *settled* heldout215), Singapore dollars (SGD or S$, *settled*
  heldout289), Canadian dollars (CAD before or after or C$, *settled* heldout239 and heldout271), dirhams (AED
  before the sum, *settled* heldout214), US dollars (USD or $); never a Fee, Fees or Charges (BNZ's Fee,
  Emirates NBD's Charges, Chase's Fees). *settled* (heldout175 to heldout309): a receipt counts the sum
  received, here the tax invoice's Invoice Total (never the Taxable Value, its CGST 2.5% or SGST 2.5% or a
  line's Amount), the Mela memo's "ମୋଟ" (total) written in (never a line's sum), Cashfree's sum large, Wix's
  Total (never its Subtotal, Delivery or a line), Flipkart's settlement Amount (its sentence's sum the same),
  the Paytm Payment Gateway's Amount, OkCredit's sum large (never its Balance due), the money receipt's ଟଙ୍କା
  (Rupees) written in (its words the same). A whole sum closed with /- is that sum in whole rupees
  (heldout259). *settled* (heldout187 to heldout309): a supplier's paper counts the sum paid, here the grass
  trader's "ମୋଟ" (total) written at its line's end (never a line's figure or the lorry's hire alone; *settled*
  heldout287, heldout294 and heldout303 to heldout309's hands), the dye house's Total (never IGST 18% or a
  line's Amount), Blue Dart's TOTAL (never FREIGHT, FUEL SURCHG or GST 18%), udaan's and Flipkart's Amount,
  the estimate's Total written in (never a line's Amount), the packaging house's Total (never CGST 9%, SGST 9%
  or a line's Amount), the hardware store's TOTAL (never a line's AMOUNT). A banking page's sum. *settled*
  (heldout167 to heldout309): a pay slip's net sum, here the wage account's "ମୋଟ" (total) in the Odia hand
  (never a line's figure, its pieces or its rate), Keka's Net Pay (never Gross Earnings, an earning or a
  deduction; its words the same), the sums on MobiKwik, PhonePe, Kotak811, Google Pay and Airtel Thanks, the
  "ଟଙ୍କା x/-" in the Makar Sankranti advance's Odia hand. A fee page's ଦେୟ ରାଶି (Amount) in its table, the
  Odisha Treasury's, EPFO's, the Ministry of Corporate Affairs', the Labour Directorate's and Parivahan's
  Amount, the Rs. in the toll ticket's printed box, the Rs. written on the Tahasil's receipt (its
  counterfoil's the same). An insurer's premium with its GST where it carries one (*settled*), here United
  India's Total Premium (never its Premium, CGST 9% or SGST 9%), Cholamandalam MS' Total Premium (never its
  Premium, GST 18% or the Sum Insured), Reliance General's and Shriram General's Total (never Premium or GST
  18%), Oriental's and ICICI Lombard's Premium, Aditya Birla Health's sum, the Rs.x in PNB MetLife's SMS. A
  slip's TOTAL AMT, AMOUNT, the Kotak slip's sum set large, IRCTC's Total Fare (never its Ticket Fare or
  Convenience Fee), the INR x in Axis Bank's SMS (never its Avl Lmt), Uni's sum large, the restaurant's Grand
  Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish). A utility's Amount Paid, the sum in BSNL's
  sentence (its Amount the same), Tata Play's, HP Pay's and PHEO's Amount / ଟଙ୍କା (Amount), the water jar
  card's "ମୋଟ" (total) written in (never the jars' line or the new jar's deposit alone), MyJio's sum, the
  Bharatgas memo's TOTAL (never its BASE PRICE, GST 18% or DELIVERY). An alert's sum debited, sent or failed
  as worded (grouped the Indian or the English way or not at all), never an Avl Bal, Total Avail.bal or Avl
  Lmt. Currency INR but on the wires.

* status: as printed. BharatPe for Business' Payment received, Navi's Paid successfully, iMobile Pay's Payment
  successful, IOB Mobile's Transaction Successful, the WhatsApp card's Paid (*settled* heldout275's and
  heldout309's threads) successes; *settled* (heldout303 to heldout309's screens set in the region's language)
  BHIM's "ପୈଠ ସଫଳ ହେଲା" (payment successful) a success, the Odia screen printing the English screen's outcome
  word for word; Amazon Pay's Payment pending pending; Jupiter's Payment failed failed. A payer's own record
  of the payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout309's remittances,
  vouchers and Payment Outs): SAP Business One's Outgoing Payment with its Total Paid and its Transfer
  Reference, the Marg voucher with its Mode and UTR; ORMAS's "has been released", the Google Chat message's
  "Paid", the plain mail's "We have transferred ... today" (*settled* heldout304's, heldout307's and
  heldout309's letters), RazorpayX's Processed (*settled* heldout307's Cashfree Payouts and heldout308's PayU
  Payouts) successes; Kotak FYN's Pending authorisation pending (as heldout307's ICICI Bank NEFT pending
  authorisation and heldout309's IDFC FIRST Bank's in progress); ICICI Bank's Transaction failed failed (as
  heldout309's PNB's NEFT returned). A wire's HSBCnet Payment status: Completed, Danske Bank's Betaling
  gennemført / Payment completed, BNZ's International payment sent, RBC Express' Wire payment sent, Emirates
  NBD's Status Executed, Chase's Status Completed successes; Commerzbank's In Bearbeitung / In process pending
  (*settled* heldout250 to heldout252's payments on hold and heldout305, heldout306, heldout308 and
  heldout309's wires awaiting authorisation, processing or review: a wire not yet sent is a wait); OCBC's
  Telegraphic transfer rejected failed. A receipt's "Paid by UPI, Ref ..." under the tax invoice, the Mela
  memo's "ନଗଦ ପାଇଲି" (received cash) in an Odia hand (*settled* heldout287's, heldout303's and heldout306 to
  heldout309's hands' "received"), Wix's "Payment: UPI - Paid", Flipkart's Payment settled (*settled*
  heldout285's, heldout304's, heldout307's and heldout309's payouts, disbursements and settlements), the money
  receipt's ମାଧ୍ୟମ (Mode) UPI written with its UPI Ref (a receipt for money got) successes; *settled*
  (heldout303 to heldout309's ledger apps) OkCredit's Payment received a success; Cashfree's Payment pending
  pending; the Paytm Payment Gateway's Transaction failed failed. A supplier's "Paid by NEFT, UTR ..." (or
  RTGS) written under the dye house's invoice (*settled*, as heldout298's, heldout299's and heldout303 to
  heldout309's notes on a supplier's invoice), the grass trader's "ନଗଦ ପାଇଲି" (received cash) in an Odia hand,
  Blue Dart's PAID BY UPI with its UPI REF (*settled* heldout300 and heldout303 to heldout309: a carrier's
  receipt printed only once its freight is paid), the estimate's "Paid by PhonePe, Ref ..." written under it,
  the packaging house's "Payment received: UPI, Ref ..." under its PAID watermark, the hardware store's PAID :
  CASH successes; Flipkart's Payment pending pending; udaan's Payment failed failed. A banking page's
  "ସ୍ଥାନାନ୍ତର ସଫଳ ହେଲା" / Transfer successful, IOB Connect's Status: Success, FinoPay's "sent to" (*settled*
  heldout306's to heldout309's shared receipts), the co-operative bank's "Sent, UTR ..." written by its clerk
  under its NEFT SENT stamp, AU 0101's Payment successful, IndusMobile's IMPS transfer successful successes;
  Bank of India's Under process pending; InstaBIZ's IMPS failed failed. A pay slip's "Paid by UPI, Ref ..."
  written on the wage account, Keka's "Paid on <day> by NEFT, UTR ...", the Makar Sankranti advance's "ନଗଦ
  ପାଇଲି" (received cash) in an Odia hand, PhonePe's Transaction Successful, Kotak811's Transfer successful,
  Airtel Thanks' payment successful successes; MobiKwik's Payment processing pending; Google Pay's Payment
  failed failed. A fee page's Payment Successful, the toll ticket's "Received in cash" (a ticket torn from its
  book only once paid, as the rolls), the Ministry of Corporate Affairs' Payment successful, the Tahasil's
  "Recd. in cash", the Labour Directorate's Payment Successful, Parivahan's Payment successful successes; the
  Odisha Treasury's Pending at bank pending; EPFO's Payment failed failed. An insurer's United India "Received
  with thanks", Aditya Birla Health's Policy renewed (as heldout306's to heldout309's renewals), Cholamandalam
  MS' "has been received", PNB MetLife's "received", Reliance General's "we have received", Shriram General's
  "Received with thanks" successes; Oriental's Payment under verification pending; ICICI Lombard's Payment
  failed failed. A slip's APPROVED, IRCTC's "Booking confirmed - payment successful", Uni's Successful, the
  restaurant's "Paid: Card" with its Approval No. (*settled* heldout297, heldout298 and heldout303 to
  heldout309) successes; *settled* (heldout300, heldout302 to heldout304 and heldout306 to heldout309) Axis
  Bank's "Spent" a success; Worldline's TXN PENDING with "RESPONSE AWAITED FROM ISSUER" pending (*settled*
  heldout282 and heldout299 to heldout309: the terminal got no answer from the bank); Union Bank of India's
  DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's Payment Successful, BSNL's "we have received your
  payment", MyJio's Bill paid, PHEO's Payment received, the Bharatgas memo's MODE UPI with its UPI REF (a cash
  memo printed only once paid), the water jar card's "ନଗଦ ପାଇଲି" (received cash) in an Odia hand successes;
  Tata Play's Recharge pending pending; HP Pay's Payment failed failed. *settled*: an SMS, mail, inbox or
  watch alert's debit a success whatever its bank's wording (the Odia SMS' "ପଠାଯାଇଛି" (has been sent), Bank of
  India's "is debited with", Canara Bank's "has been DEBITED", SBI's "debited by", Yes Bank's "debited",
  IndusInd Bank's "has been debited by"); Central Bank of India's "is pending for credit at the beneficiary
  bank" pending (as heldout309's Indian Bank's "is under process" and heldout304's PNB's "is in process");
  Union Bank of India's "has failed" failed (as heldout309's PNB's "has been returned").

* date: the day paid. A UPI screen's day and hour: BharatPe's Date:, Amazon Pay's Initiated, iMobile Pay's
  Date, Jupiter's Attempted on, IOB Mobile's Date & Time, the day in the WhatsApp chat's divider over the
  payment's card (*settled* heldout275's and heldout309's threads); *settled* (heldout309's Assamese month)
  BHIM's day with its month's Odia name (13 ଅଗଷ୍ଟ 2026 is 2026-08-13), because an app set in Odia names the
  month in the language its user chose and leaves the day and the year in figures; Navi's "Today at <hour>"
  prints no day (*settled*). ORMAS's Dated on its Letter No.'s line (never a Bill Date), SAP Business One's
  Transfer Date (its Posting Date the same; never an invoice's Date), Kotak FYN's Value Date, the Marg
  voucher's Date, the Google Chat message's day under its divider (the divider's day, as heldout275's
  thread's; never a message's hour), RazorpayX's Processed on, ICICI Bank's Payment Date; *settled* (new here)
  the plain mail's "today" prints no day, because a mail's header prints only its hour (heldout126's mail
  frame) and its sentence names no day, as the Zoho Cliq message under its "Today" divider (*settled*
  heldout286 to heldout309's chats; never the mail's hour). A wire's HSBCnet Value date day first,
  Commerzbank's Ausführungsdatum (Execution date) day first with dots (26.08.2026), Danske Bank's Dato / Date
  day first, OCBC's Value date day first, the day in words in RBC Express' sentence (May 30, 2026 or 30 May
  2026), Emirates NBD's Value date day first, Chase's Send date month first the American way or in words
  (11/01/2026 or Nov 1, 2026, *settled* heldout272, heldout288, heldout292, heldout308 and heldout309); BNZ's
  "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice, the ତାରିଖ (date) written on
  the Mela memo, Cashfree's Initiated on, Wix's Order date, Flipkart's Settled on, the Paytm Payment Gateway's
  Attempted on, the ତାରିଖ (Date) written in the money receipt's table; OkCredit's "Today, <hour>" prints no
  day. The "ତାରିଖ" (date) on the grass trader's bill, the "on <day>" written under the dye house's invoice
  (never its invoice's Date), Blue Dart's DATE, udaan's Attempted on, Flipkart's Ordered on, the "on <day>" on
  the packaging house's payment line (never its Invoice Date), the hardware memo's DATE; the estimate's
  "Date:" left as dots prints no day (*settled* heldout289, heldout303, heldout305, heldout307, heldout308 and
  heldout309). A banking page's ତାରିଖ / Date, Transaction Date, FinoPay's "on <day>", InstaBIZ's Date, the
  Date written on the co-operative bank's NEFT application (its stamp's day the same), Bank of India's
  Initiated on, IndusMobile's Date; AU 0101's "Today, <hour>" prints no day. A pay slip's "on <day>" written
  on the wage account (never its Month), Keka's Paid on (never its Pay Period or the payslip's month,
  *settled* heldout273 and heldout303 to heldout309), MobiKwik's Started, the "ଆଜି ତା <day> ରିଖରେ" (today, on
  <day>) in the Makar Sankranti advance's Odia hand, PhonePe's day under its outcome, Kotak811's Date:, Google
  Pay's Attempted; Airtel Thanks' "Today, <hour>" prints no day. A fee page's ତାରିଖ (Date) in its table (never
  its ବର୍ଷ (Year)), the Odisha Treasury's Initiated on, EPFO's Attempted on (never its Wage month), the
  Ministry of Corporate Affairs' Transaction date, the Date written on the Tahasil's receipt (its
  counterfoil's the same), the Labour Directorate's and Parivahan's Payment Date; the haat toll ticket prints
  no day (*settled* (new here): a toll ticket torn from a panchayat's book carries its number and its sum and
  never a day, valid for the haat day it is sold on). An insurer's Receipt Date, Oriental's Initiated on,
  ICICI Lombard's Attempted on, Cholamandalam MS' Payment Date, the "on <dd/mm/yyyy>" in PNB MetLife's SMS,
  Reliance General's Date, Shriram General's Receipt Date (never its Period); Aditya Birla Health's "Today,
  <hour>" prints no day. A slip's DATE (dd/mm/yyyy, dd/mm/yy, dd-mm-yyyy or dd MON yyyy in capitals), IRCTC's
  Booked on (never its Date of Journey, *settled* heldout302 and heldout305), the "on <dd-mm-yy>" in Axis
  Bank's SMS, the restaurant's Date; Uni's "Today, <hour>" prints no day. A utility's Payment Date (never its
  Bill Month), BSNL's Payment date, Tata Play's Initiated on, HP Pay's Attempted on, the day after the water
  jar card's "ନଗଦ ପାଇଲି" (never its ମାସ (month)), PHEO's ତାରିଖ (Date) (never its ଅବଧି (Period)), the Bharatgas
  memo's DATE; MyJio's "Today, <hour>" prints no day. The alerts' "<dd/mm/yyyy> ତାରିଖରେ" (on <day>) in the
  Odia SMS (in Latin figures as the bank sends them, *settled* heldout287 and heldout309), "on <dd-mm-yyyy>",
  "on <dd/mm/yy>", "dated <dd.mm.yyyy>", "on <dd/mm/yyyy>", SBI's "on <ddMonyy>" run together (05Jul26 is
  2026-07-05, *settled* heldout209's SBI, heldout290 and heldout295), "on <dd-Mon-yyyy>"; Yes Bank's inbox
  under its "Today" heading prints no day (*settled*). All numeric days here are day first (heldout251,
  heldout259) but Chase's month first. *settled*: never a Year, a Period, a Bill Month, a Month, a Wage month,
  a Pay Period, a payslip's month, an invoice's, a bill's, a due or a journey's day, an e-mail's or a
  message's hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a bank's, a challan's or a
  terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (ORMAS's NEFT or RTGS, SAP Business One's Bank Transfer
  (NEFT or RTGS), Kotak FYN's NEFT, the Marg voucher's NEFT or RTGS, the Google Chat message's and the plain
  mail's NEFT, RazorpayX's NEFT or RTGS, ICICI Bank's NEFT; Cashfree's Net Banking, Flipkart's settlement by
  NEFT UTR (*settled* heldout304's, heldout307's and heldout309's payouts by UTR); the dye house's NEFT or
  RTGS written, udaan's and Flipkart's Net Banking; the banking pages but FinoPay's and AU 0101's UPI; Keka's
  NEFT, Kotak811's IMPS; the Odisha Treasury's, EPFO's and the Ministry of Corporate Affairs' Net Banking;
  United India's and Shriram General's NEFT or RTGS, Oriental's, Cholamandalam MS' and PNB MetLife's Net
  Banking; TPNODL's and PHEO's Net Banking; the NEFT and IMPS alerts); a SWIFT transfer either way (*settled*:
  HSBCnet's Shared (SHA), Commerzbank's SHA, Danske Bank's SHA, BNZ's SWIFT (SHA), OCBC's telegraphic
  transfer, RBC Express' wire, Emirates NBD's SWIFT (SHA), Chase's international wire; *settled* heldout279,
  heldout301 and heldout303 to heldout309). UPI for the UPI screens, BharatPe's Mode: UPI, BHIM's UPI ID, the
  WhatsApp card's "UPI | <bank>" (*settled* heldout275's thread); the tax invoice's "Paid by UPI", Wix's
  "Payment: UPI", OkCredit's "via UPI", the money receipt's ମାଧ୍ୟମ (Mode) UPI; Blue Dart's PAID BY UPI, the
  estimate's "Paid by PhonePe" (*settled* heldout287's "GPay-ৰে পালোঁ" and heldout309's "PhonePe-ৰে পালোঁ"),
  the packaging house's "Payment received: UPI"; FinoPay's and AU 0101's UPI; the wage account's UPI,
  MobiKwik, PhonePe, Google Pay and Airtel Thanks; the municipality's and the Labour Directorate's UPI; Aditya
  Birla Health's and Reliance General's UPI; BSNL's, Tata Play's, HP Pay's, MyJio's and the Bharatgas memo's
  UPI; the UPI alerts. Card for the Paytm Payment Gateway's Debit Card, Parivahan's Debit Card, ICICI
  Lombard's card, the slips, IRCTC's Credit Card, Axis Bank's SMS, Uni's app and the restaurant's "Paid:
  Card". Cash for the Mela memo's, the grass trader's, the Makar Sankranti advance's and the water jar card's
  "ନଗଦ ପାଇଲି" (received cash) in an Odia hand (*settled* heldout287's "নগদ পালোঁ" and heldout303 to
  heldout309's hands), the hardware memo's PAID : CASH, the toll ticket's "Received in cash", the Tahasil's
  "Recd. in cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout309): a UPI
  reference / UTR / RRN / IMPS reference (BharatPe's UTR, BHIM's UPI ରେଫରେନ୍ସ ନଂ (UPI reference No.), Amazon
  Pay's UPI transaction ID, Navi's, iMobile Pay's and IOB Mobile's UPI Ref No.; the UTR in ORMAS's sentence,
  SAP Business One's Transfer Reference (above its Document No.), the Marg voucher's UTR (above its Voucher
  No.), RazorpayX's UTR (above its Payout ID), the plain mail's UTR; the tax invoice's Ref (above its Invoice
  No.), Flipkart's NEFT UTR (above its Settlement ref), OkCredit's UPI Ref, the money receipt's UPI ରେଫରେନ୍ସ
  (UPI Ref) (above its No. struck in red); the UTR written under the dye house's invoice (above its Invoice
  No.), Blue Dart's UPI REF, the estimate's Ref written, the packaging house's UPI Ref (above its Invoice
  No.); the banking pages' IMPS ରେଫରେନ୍ସ / IMPS Ref, UTR No (above IOB Connect's Transaction Reference No),
  the UTR written on the NEFT application, UPI Ref No., IMPS Ref No.; the wage account's Ref, Keka's UTR,
  MobiKwik's UPI Ref No., PhonePe's UTR (above its Transaction ID), Kotak811's IMPS Ref, Airtel Thanks' UPI
  Ref No.; the municipality's UPI ରେଫରେନ୍ସ (UPI Ref) (above its ରସିଦ ନଂ (Receipt No.)); United India's and
  Shriram General's UTR (above their receipts' numbers), Reliance General's UPI Ref (above its Receipt No.); a
  slip's RRN; the Bharatgas memo's UPI REF (above its CASH MEMO NO); the alerts' ରେଫରେନ୍ସ ନଂ (reference No.)
  in the Odia SMS, Bank of India's UTR, Union Bank of India's Ref, Central Bank of India's UTR, SBI's Ref No,
  Yes Bank's UPI Ref, IndusInd Bank's IMPS Ref No.), then a bank reference (Kotak FYN's Transaction Ref.,
  HSBCnet's Payment reference, Commerzbank's Auftragsnummer (Order no.), Danske Bank's Referencenr. /
  Reference no., BNZ's Payment reference, OCBC's Transaction reference, Emirates NBD's Reference, Chase's Wire
  reference, IOB Connect's Transaction Reference No., Bank of India's Reference No., the Ministry of Corporate
  Affairs' Bank reference (above its SRN), the Labour Directorate's SBI ePay Ref. No.), then a transaction /
  payment id (Jupiter's, ICICI Bank's, InstaBIZ's and Google Pay's Transaction ID or Google transaction ID,
  RazorpayX's Payout ID, Cashfree's CF Payment ID, Wix's Transaction ID, Flipkart's Settlement ref, the Paytm
  Payment Gateway's Transaction ID, udaan's Payment ID, the Odisha Treasury's Challan Ref ID (*settled*
  heldout302, heldout304, heldout306, heldout307 and heldout309: a treasury's challan as its GRN), EPFO's and
  Parivahan's Transaction ID, Oriental's Transaction ID, ICICI Lombard's Payment ID, Aditya Birla Health's
  Payment Ref, Cholamandalam MS' Transaction ID, IRCTC's Transaction ID (above its PNR), Uni's Txn ID,
  TPNODL's, BSNL's, HP Pay's and MyJio's Transaction ID), then an approval code (APPR CODE, AUTH CODE, the
  restaurant's Approval No.), then an order's number (Cashfree's Order ID (the web shop's own id for the
  order, as heldout309's PayU Txn ID), Wix's Order number, the Paytm Payment Gateway's Order ID, udaan's and
  Flipkart's Order ID, IRCTC's PNR (*settled* heldout126, heldout302 and heldout305), Tata Play's Order ID),
  then a document's own number (SAP Business One's Document No. and the Marg voucher's Voucher No. (a payer's
  own number for its payment, *settled* heldout281, heldout295, heldout301 and heldout303 to heldout309), the
  tax invoice's Invoice No., the money receipt's No. struck in red (as heldout306's to heldout309's), the dye
  house's and the packaging house's Invoice No., the hardware memo's MEMO NO, the municipality's ରସିଦ ନଂ
  (Receipt No.), the toll ticket's No. struck in red, EPFO's TRRN and the Ministry of Corporate Affairs' SRN
  (*settled* heldout304's CPIN and heldout306's, heldout307's and heldout309's CRN: a challan or a return
  numbered when it is created), Parivahan's Challan No., United India's, Reliance General's and Shriram
  General's Receipt No., TPNODL's Receipt No., PHEO's ରସିଦ ନଂ (Receipt No.), the Bharatgas memo's CASH MEMO
  NO, a slip's INVOICE NO, INVOICE, INV NO, BILL NO, the restaurant's Bill No.). *settled*: never a card,
  account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, an Employee
  No., a Policy No., a Certificate No., an Application No., a Licence No., a Consumer No., a Subscriber ID, an
  Account No., a Khata or Plot, a vehicle's number, an AWB NO or its barcode (a consignment's number,
  *settled* heldout274, heldout299 and heldout303 to heldout309), a slip's MID / TID / BATCH NO, a No. left
  blank, ORMAS's Letter No. (a letter's file number, *settled* heldout278, heldout303, heldout304 and
  heldout306 to heldout309), a bill named on an advice or a payment (ORMAS's and SAP Business One's bills, the
  Marg voucher's Narration), a PO's number in a mail's subject."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout310_families import (
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

SPLIT = "heldout310"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout308's and heldout309's: the screens in
# Noto Sans, Liberation Sans (liberation), DejaVu Sans Condensed, FreeSans and Noto Sans Display; the pages in
# Liberation Serif (liberation2), Noto Serif, FreeSerif, DejaVu Serif Condensed, Liberation Sans
# (liberation2) and DejaVu Sans; the company's, its suppliers' and its people's papers in Noto Serif Display,
# DejaVu Serif, Liberation Serif (liberation), Liberation Sans Narrow and Noto Sans; the slips in four monos
# in another order; beside them Noto Sans Oriya (heldout293's and heldout276's) for the Odia lines, table
# rows, hand and SMS, Liberation Sans (liberation2) for an Odia hand's figures, a pen's italic or oblique
# (``heldout310_families.PENS``) and a page's own fixed-width face (``heldout310_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
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


def make_heldout310_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout310 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

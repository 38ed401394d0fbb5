"""heldout318: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a bell metal and brass utensil makers' co-operative's year of 2026 in Sarthebari,
Barpeta district, Assam (Sarthebari Bell Metal & Brass Artisans' Co-operative Society Ltd., সৰ্থেবাৰী
কাঁহ-পিতল শিল্পী সমবায় সমিতি লিঃ, Regd. No. BPT/IND/47 of 1987-88, GSTIN 18AAAAS6213R1ZK, Udyam
UDYAM-AS-04-0018263, with Nareswar Deka its president, Dhruba Jyoti Kalita its secretary, his daughter Trishna
Kalita, who keeps the web shop and the export orders, Pankaj Baishya, who keeps its accounts, and Gunaram Das,
its master kanhar: its member kanhars (Haren Kalita, Bipul Das, Jiten Deka, Mukut Baishya, Bhaben Talukdar,
Kamal Kalita, Ratul Medhi and Dulal Das among them, paid by the kilo of finished ware) melt copper and tin,
with old bell metal bought back as scrap, into kanh over charcoal fires, cast it in clay moulds, beat it on
the anvil, turn it on the lathe and polish it into xorais (Assam's offering tray on its stand), kahis, batis,
lotas, kalahs, taals, ghantas, glasses, and brass botas and diyas; the copper and tin come from a Kolkata
non-ferrous metal merchant on Canning Street, the brass sheets from a Jagadhri sheet maker, the charcoal from
a Barpeta Road seller, the lathe belts and buffing compound from Udaan, the cartons from a Guwahati
corrugator, the GI labels and brochures from Vistaprint and a Barpeta press, the lathe's repairs from a
Barpeta Road mechanic, and the parcels go by Delhivery; its showroom on the Barpeta Road - Sarthebari road,
Kanh Shilpa Bipani, কাঁহ শিল্প বিপণি, with Monoj Deka at its counter and Babul Ali, its helper; its stall at
the Barpeta Satra's Doul Utsav; the web shop sarthebarikanh.in on Easebuzz and Cashfree and its GoCoop store;
the Assam Government Marketing Corporation's Pragjyotika emporia, the Raj Bhavan through the Government
e-Marketplace, a Mumbai restaurant group, a Bengaluru kitchenware store, a Jorhat tea estate's club, a
Guwahati hotel, a Howrah puja committee and another Guwahati hotel at home, and the Assam Association of
Sydney, an interiors shop in Osaka, a design shop in Oslo, a hotel group in Doha, a restaurant in Hong Kong, a
temple store in Kuala Lumpur, a design shop in Copenhagen and a spice and brass emporium in Durban abroad),
told by the proofs of payment it receives (buyers' PhonePe Business on the Bipani's phone, BHIM set in
Assamese, Navi, CRED, Groww, Jupiter, YONO SBI and MobiKwik; the Assam Government Marketing Corporation's
advice under its Assamese name with the TDS it kept, the Government e-Marketplace's payment status for the Raj
Bhavan's order, Kotak Fyn with a restaurant group's RTGS awaiting its checker, a kitchenware store's RazorpayX
payout mail, a tea estate club's Google Chat space, IndusInd Bank's Indus Direct with a hotel's NEFT returned,
a puja committee's letter in its treasurer's hand and a hotel's payment voucher printed from Marg ERP;
Westpac, Mizuho, DNB, QNB, Hang Seng Bank, RHB, Nordea and Standard Bank for buyers in Sydney, Osaka, Oslo,
Doha, Hong Kong, Kuala Lumpur, Copenhagen and Durban in Australian dollars, yen, Norwegian kroner, Qatari
riyals, Hong Kong dollars, ringgit, Danish kroner and rand; the Bipani's tax invoice under a xorai, the Doul
stall's cash memo in an Assamese hand lying on a sheet of hammered brass, Easebuzz' pending checkout,
OkCredit's "Today", Cashfree's failed payment link, the society's money receipt across its counterfoil,
GoCoop's settlement mail and the Bipani's Vyapar roll) and those it makes (the metal merchant's money receipt
filled in by hand, the charcoal seller's chit in an Assamese hand in Assamese figures, Udaan's pending order,
the brass sheet maker's Zoho Invoice payment receipt, Delhivery's app, Vistaprint's declined checkout, the
lathe mechanic's carbon copy memo and the carton maker's myBillBook invoice; OnlineSBI, HDFC Bank's
MobileBanking, Google Pay, Union Bank of India's Vyom, Axis Mobile, Kotak's app, Cent Mobile and PhonePe under
its share sheet for the metal merchant, the brass sheet maker, the charcoal seller, the mechanic, the carton
maker, a scrap dealer, a press and a hardware shop; a kanhar's wage account in an Assamese hand, a Rongali
Bihu advance in an Assamese hand with its day of the Assamese calendar, RazorpayX Payroll's payslip, Groww,
BHIM SBI Pay, Jupiter, a Google Pay thread and the helper's salary voucher in Assamese form lines; Sarthebari
Municipal Board's trade licence e-receipt under its Assamese name, e-GRAS Assam's challan for the co-operative
audit fee, ESIC's challan pending at the bank, Delhi Tourism's failed Dilli Haat stall booking, the Doul
committee's stall receipt from its book, the Labour Department's SMS under "Today", Single Window Clearance
Assam's factory licence receipt and EPFO's challan receipt; The New India Assurance's, ICICI Lombard's, SBI
General's, HDFC ERGO's, The Oriental Insurance's, Care Health's, Cholamandalam MS' and United India's
premiums; cards on the Bipani's State Bank of India terminal and the Doul stall's PhonePe terminal, at a
Guwahati hotel's Kotak Mahindra Bank terminal with a tip, at a Kolkata metal store, on IRCTC, on a Guwahati
restaurant's bill, in Axis Bank's SMS and on HDFC Bank's MyCards; APDCL's receipt under its Assamese name,
Airtel Thanks, IndianOil ONE, Vi, PHED's handheld printer, DishTV's SMS, a tea stall's account in an Assamese
hand and GoDaddy's mail; Bandhan Bank's SMS in Assamese, the SMS of IDBI Bank, UCO Bank, ICICI Bank and Indian
Bank, HDFC Bank's WhatsApp banking under "Today", Axis Bank's mail and Central Bank of India's notification on
the lock screen). One payment per page, each drawn from its own seed (heldout318-<i>) in a face the seed
chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so that the set
is drawn the same every time. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout314's or heldout315's,
and nearly all of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they
also drew (PhonePe, Google Pay, Kotak Mahindra Bank, Axis Bank, ICICI Bank, Bank of Baroda, Indian Bank, Union
Bank of India and e-GRAS among the issuers; a receiving business's own app, a UPI app set in the region's
language, an app's failure, pending, no-reference or "Today" page, a state corporation's advice with its TDS,
a corporate bank's page with a transfer waiting or sent back, a channel's message, a payer's letter naming its
day, an accounting program's voucher, a wire's page, a shop's tax invoice, a festival stall's memo, a
gateway's pending or failed page, a ledger app, a marketplace's settlement mail, a billing roll, a receipt
book's page, a supplier's receipt, a supplier's chit in a regional hand, a carrier's app, a marketplace's
pending or declined order, a supplier's cash bill, a bank's app, a shared payment with no reference, a wage
account in a regional hand, a festival advance with another calendar's day, a payslip, a salary voucher in
regional labels, a municipal receipt in regional labels, a treasury's challan, a fee page pending or failed, a
stall fee receipt from a book, a biller's SMS, a premium receipt, an insurer's app, mail or SMS, a transit
certificate, a card slip approved, pending or declined, a fare paid by card, a card issuer's app or SMS, a
restaurant's bill settled by card, a utility's receipt, app or SMS, a refill pending, a counter's printed
receipt, a hand-written monthly account, a bank's SMS in the region's language, a bank's WhatsApp message, a
bank's mail, a phone's notification), it is drawn here for another issuer in this set's own labels and marks,
and near ones are noted: PhonePe Business on the Bipani's phone under a tile's tick with its details in dot
leaders in a rounded card, where heldout315 drew Paytm for Business in a table ruled on every side and
heldout314 Paytm for Business against a gutter; BHIM set in Assamese with each label's Assamese over its
English at the left and its value at the right, where heldout314 drew PhonePe set in Marathi in bilingual
ledger rows (and heldout309 PhonePe set in Assamese); Navi's failure under a red ribbon in a table ruled on
every side, where heldout315 drew BOI Mobile Omni Neo's and heldout314 AU 0101's failures on tinted bands;
CRED's payment in progress with its stages across the page and its values over their labels, where heldout315
drew super.money's processing with its stages in shaded labels and heldout314 iMobile Pay's over a progress
bar; Groww's payment with its details folded away and no reference, where heldout315 drew POP's payment on a
scalloped badge with none and heldout314 Google Pay's chat with none; Jupiter's scalloped badge over a striped
table, where heldout315 drew POP's payment on a scalloped badge; MobiKwik's capsule and copyable field, where
heldout315 drew Kotak811's and heldout314 Bajaj Finserv's copyable fields; the Assam Government Marketing
Corporation's PAYMENT ADVICE under its Assamese name with its bills and their TDS on hairline rows under a
heading in bold and its round seal, where heldout315 drew the Central Cottage Industries Corporation's under
its Hindi name in a table ruled on every side and heldout314 the Maharashtra State Handlooms Corporation's
under its Marathi name in a striped table with its round seal; Kotak Fyn's RTGS awaiting its checker with its
stages top to bottom and its fields two to a row, where heldout315 drew Punjab National Bank's awaiting its
second approver with an approvals table and heldout314 ICICI Bank's pending for approval with its stages left
to right; RazorpayX' payout mail in a rounded card, where both drew NetSuite's Bill Payment mail; the Google
Chat space under "Today", where both drew Slack's channel; IndusInd Bank's NEFT returned in an octagon with
colons, where heldout315 drew bob World Business' on a tinted band and heldout314 Axis Bank neo's in an
octagon with read-only fields; the puja committee's letter in its treasurer's hand naming its day and no
reference, where heldout315 drew a gifting company's mail read in Outlook and heldout314 a wedding family's
WhatsApp message; the Marg ERP voucher with its Prepared by, Checked by and Authorised by boxes, where
heldout315 drew BUSY's payment advice and heldout314 Tally Prime's voucher; Westpac's payment sent in a
capsule in shaded labels, where heldout314 drew NatWest's payment sent in a capsule against a gutter; Mizuho's
sentence with no reference, where heldout315 drew UOB's and heldout314 DBS IDEAL's; DNB's Norwegian and
English labels in dot leaders, where heldout315 drew Handelsbanken's Swedish and English two to a row and BNP
Paribas' French and English against a gutter; QNB under its Arabic name (in Noto Kufi Arabic) with a transfer
pending authorisation, its stages across the page and its labels with colons, where heldout315 drew Bank of
America's wire pending approval so and Al Rajhi Bank under its Arabic name (in Noto Naskh Arabic) in dot
leaders; Hang Seng Bank's "Today" under a tile's tick with its fields in tiles, where heldout314 drew MCB
Juice's "Today" under a tile's tick with a copyable Reference and heldout315 NatWest's "Today" on a scalloped
badge; RHB's Malay and English labels in a striped table, where heldout314 drew TD's striped table; Nordea's
payment returned on a tinted band in a table ruled on every side, where heldout315 drew TD Bank's wire
returned under a red ribbon in one and heldout314 ASB's under a red ribbon; Standard Bank's NOTIFICATION OF
PAYMENT with colons, where heldout314 drew Bank of America's wire with colons; the Bipani's tax invoice under
a xorai on hairline rows with its GI label, where heldout315 drew one under a pietra dura medallion with its
hologram and heldout314 one under a peacock with the Silk Mark's label, both in tables ruled on every side;
the Doul stall's cash memo in an Assamese hand lying on a sheet of hammered brass, where heldout315 drew the
Mahotsav stall's memo in a Hindi hand lying on a marble table top and heldout314 the jatra stall's memo in a
Marathi hand lying on a Paithani; Easebuzz' pending checkout over a progress bar with its fields two to a row,
where heldout315 drew PayU's pending checkout under a spinner; OkCredit's "Today" in a rounded card, where
both drew Khatabook's "Today"; Cashfree's failure under a large round cross in dot leaders, where heldout315
drew Instamojo's and heldout314 PayU's under large round crosses in shaded labels; the money receipt across
its counterfoil and its perforation with a revenue stamp, where heldout315 drew the advance receipt in form
lines in Hindi and Urdu and heldout314 the receipt book with its No. struck in red; GoCoop's settlement mail
in a table ruled on every side, where heldout315 drew Jaypore's payout mail in a striped table and heldout314
Flipkart Seller Hub's settlement in progress; Vyapar's thermal roll, where heldout315 drew LOGIC ERP's roll;
the metal merchant's printed MONEY RECEIPT filled in by hand with a revenue stamp, where heldout314 drew the
zari works' receipt with its printed sentence; the charcoal seller's chit in an Assamese hand in Assamese
figures, where heldout315 drew the stone slicer's chit in an Urdu hand and heldout314 the dyer's bill in a
Marathi hand; Udaan's pending order with its stages left to right and colons, where heldout315 drew
IndustryBuying's in a striped table and heldout314 Amazon Business' with its stages left to right in dot
leaders; the brass sheet maker's Zoho Invoice payment receipt with its Amount Received on a tinted panel,
where heldout315 drew the crate maker's Refrens invoice with Payment Received on one; Delhivery's "Today" with
its values over their labels, where heldout314 drew DTDC's "Today" with its tiles; Vistaprint's declined card
on a tinted band with its labels over their values two to a row, where heldout314 drew Printo's declined card
so and heldout315 Printo's under a tile's cross; the mechanic's carbon copy memo with its payment written
under it, where heldout314 drew the carpenter's stapled cash bill with no reference; the carton maker's
myBillBook invoice with its Payment History in a striped table, where heldout315 drew the crate maker's
Refrens invoice; OnlineSBI's e-Receipt in shaded labels, where heldout315 drew PNB ONE's RTGS in a table ruled
on every side; HDFC Bank's scalloped badge against a gutter, where heldout314 drew IndusMobile's scalloped
badge in dot leaders; Google Pay's "Today" with a copyable reference, where both drew Amazon Pay's "Today";
Vyom's IMPS in progress under a spinner with its stages across the page in dot leaders, where heldout315 drew
RBL MoBank's NEFT in process and heldout314 PNB ONE's with their stages; Axis Mobile's initials in a round
badge over a striped table, where heldout315 drew Freecharge's initials with no reference; Kotak's failure
under a large round cross with colons, where heldout315 drew UCO mBanking Plus' failure on a tinted band with
colons and heldout314 IRIS' in an octagon; Cent Mobile's capsule over dot leaders, where heldout315 drew IRIS'
capsule over its values over their labels; PhonePe's payment dimmed under its share sheet with no reference,
where heldout315 drew Freecharge's payment with none and heldout314 Paytm's payment shared as text into a
chat; the kanhar's wage account in an Assamese hand with its form lines, where heldout315 drew the karigar's
piece-work account in a Hindi hand and heldout314 the weaver's in a Marathi hand; the Rongali Bihu advance in
an Assamese hand with its day of the Assamese calendar, where heldout315 drew the Eid advance in an Urdu hand
with its Hijri day and heldout314 the Diwali advance in a Marathi hand; RazorpayX Payroll's payslip with its
Net Pay in a box, where both drew Zoho Payroll's; Groww's processing in an octagon with its tiles, where
heldout315 drew slice's with its stages and heldout314 Paytm's under a spinner with its tiles; BHIM SBI Pay's
initials and its sentence, where heldout315 drew Freecharge's initials and "Paid ₹x to"; Jupiter's failure on
a tinted band with its fields two to a row, where heldout315 drew Airtel Payments Bank's under a tile's cross
and heldout314 Google Pay's under a large round cross two to a row; the Google Pay thread with a kanhar under
"Today", where heldout315 drew Paytm's chat under "Today"; the salary voucher in Assamese form lines with a
revenue stamp, where heldout315 drew the salary receipt in form lines in Hindi and Urdu and heldout314
PagarBook's entry; Sarthebari Municipal Board's e-receipt with its bilingual tabs, where heldout315 drew Agra
Nagar Nigam's Hindi labels with their English after a slash and heldout314 Yeola Municipal Council's bilingual
ledger rows; e-GRAS Assam's challan paid in a table ruled on every side, where heldout314 drew GRAS' e-challan
in one and heldout315 e-GRAS Uttar Pradesh's challan pending; ESIC's pending challan over a progress bar on
hairline rows, where heldout315 drew e-GRAS' and heldout314 the GST portal's pending over progress bars in dot
leaders; Delhi Tourism's failure under a tile's cross with its values over their labels, where heldout315 drew
the GST portal's failure and heldout314 the Silk Mark Organisation's on tinted bands; the Doul committee's
stall receipt from its book in Assamese form lines with Cash ticked and a round seal, where heldout315 drew
the Taj Mahotsav Samiti's and heldout314 the Bhimthadi Jatra's stall receipts with their oval stamps; the
Labour Department's SMS under "Today", where heldout315 drew Nivesh Mitra's "Today" and heldout314
MahaTraffic's; the Single Window's receipt with colons, where heldout315 drew EPCH's and heldout314 the Labour
Welfare Board's receipts with colons; The New India Assurance's receipt typed on its branch's printer, where
heldout315 drew Kotak General's typed on one; ICICI Lombard's "Today" on a scalloped badge with its tiles,
where heldout315 drew Tata AIG's "Today" and heldout314 Niva Bupa's; SBI General's mail in a rounded card,
where heldout315 drew LIC's mail in a table ruled on every side and heldout314 Tata AIG's mail against a
gutter; HDFC ERGO's failure under a red ribbon in dot leaders, where heldout315 drew National Insurance's
failure on a tinted band and heldout314 Digit's in an octagon; Oriental's SMS with no reference, where
heldout314 drew Royal Sundaram's SMS and heldout315 Niva Bupa's WhatsApp message with none; Care Health's
processing over a progress bar with its values over their labels, where both drew Star Health's under a
spinner; Cholamandalam MS' transit certificate in a table ruled on every side, where heldout315 drew Royal
Sundaram's marine certificate in a striped table; the State Bank of India's slip with a field to a line, where
heldout315 drew Axis Bank's and heldout314 Worldline's slips two fields to a line; PhonePe's terminal pending
at the Doul stall, where heldout315 drew Innoviti's response awaited at the Mahotsav stall and heldout314 Pine
Labs' timeout at the jatra stall; Kotak Mahindra Bank's slip at a hotel with a tip, where heldout315 drew
Federal Bank's and heldout314 Mswipe's; Bank of Baroda's slip declined (51 INSUFFICIENT FUNDS), where
heldout315 drew Canara Bank's (54 EXPIRED CARD) and heldout314 Axis Bank's (91 ISSUER OR SWITCH INOPERATIVE);
IRCTC's e-ticket in a table ruled on every side, where heldout315 drew IndiGo's itinerary in dot leaders and
heldout314 MSRTC's e-ticket in shaded labels; the restaurant's bill on Petpooja, where heldout315 drew
Restroworks' and heldout314 POSist's; Axis Bank's card SMS, where both drew ICICI Bank's; HDFC Bank MyCards'
"Today", where both drew OneCard's; APDCL's receipt under its Assamese name with each label's Assamese over
its English, where heldout315 drew Torrent Power's under its Hindi name in dot leaders and heldout314 MSEDCL's
under its Marathi name in bilingual ledger rows; Airtel Thanks' "Today" under a large round tick, where
heldout315 drew ACT Fibernet's and heldout314 MyJio's; IndianOil ONE's refill pending with its stages across
the page and colons, where heldout315 drew HelloBPCL's pending over a progress bar two to a row; Vi's failure
on a tinted band in a table ruled on every side, where heldout315 drew BSNL Selfcare's failure in an octagon
and heldout314 BSNL Selfcare's on a tinted band against a gutter; PHED's receipt from its handheld printer,
where heldout315 drew Agra Jal Sansthan's counter receipt with its stamp; DishTV's SMS, where heldout315 drew
Torrent Power's and heldout314 Tata Play's; the tea stall's account in an Assamese hand on a squared page,
where heldout315 drew the newspaper hawker's card in an Urdu hand on a spiral pad's page and heldout314 the
newspaper agency's bill in a Marathi hand; GoDaddy's mail in a striped table, where heldout315 drew Green Gas'
mail in a table ruled on every side and heldout314 Hostinger's processing; Bandhan Bank's SMS in Assamese in a
bubble, where heldout315 drew Punjab National Bank's in Hindi and heldout314 the Nashik District Central
Co-operative Bank's in Marathi (and heldout287 and heldout309 Assam Gramin Vikash Bank's in Assamese); the SMS
of IDBI Bank, UCO Bank, ICICI Bank and Indian Bank in their own wordings, where heldout315 drew Indian
Overseas Bank's, Bank of Maharashtra's, Kotak Mahindra Bank's and Union Bank of India's and heldout314 Bank of
Maharashtra's, Canara Bank's, Punjab National Bank's and Yes Bank's; HDFC Bank's WhatsApp banking under
"Today", where heldout314 drew Indian Overseas Bank's WhatsApp banking and heldout315 Bank of Baroda's SMS
under "Today"; Axis Bank's mail with its IMPS narration, where heldout315 drew Federal Bank's mail and
heldout314 Saraswat Bank's (and Bank of Maharashtra's SMS with its UPI narration); Central Bank of India's
notification on the lock screen under its large hour, where heldout315 drew Canara Bank's and heldout314 Kotak
Mahindra Bank's in the pulled-down shade (and heldout312 Union Bank of India's on the lock screen). Some of
this set's issuers and kinds of paper were drawn by sets before heldout314 (heldout287's and heldout309's
Assamese in the Bengali script, their Assam Gramin Vikash Bank SMS, APDCL, Airtel, Vi, Indane, PHED and e-GRAS
Assam; heldout304's GoCoop; heldout312's lock screen; heldout292's Arabic bank's name; yen, Australian and
Hong Kong dollars, Norwegian and Danish kroner, Qatari riyals, ringgit and rand from heldout201 to
heldout313), and are drawn here in this set's own labels and arrangements; the families' docstrings list each
one's labels. This set draws kinds of row and page heldout314 and heldout315 do not: Assamese in the Bengali
script with its own ৰ and ৱ (a co-operative's, a showroom's, a corporation's, a municipal board's, a festival
committee's and an electricity company's names, headings, an app set in Assamese, a Doul memo, a kanhar's wage
account, a Bihu advance, a tea stall's account and a charcoal seller's chit in an Assamese hand, a bank's SMS)
in this set's runs of Noto Sans and Noto Serif Bengali; an Assamese hand written in Assamese figures; a day of
the Assamese calendar (the day of Chot 1432 of the Bhaskarabda in Assamese figures) beside the Gregorian day;
Assamese form lines (the Assamese label at the left, the value on a solid rule, the label's English small
under the rule at its right end); bilingual tabs (the label's Assamese and its English on a pale tab, the
value under it); an app's details set in Assamese (the Assamese label with its English under it, the value at
the right); a bank's name in Noto Kufi Arabic; a xorai as a letterhead's emblem; a strip of beaten bell metal
as a divider; curls of metal turned off the lathe and a file in a page's margins; a page photographed lying on
a sheet of hammered brass with a bell metal bati beside it; a GI label; a bill spike's hole; a money receipt
across its counterfoil; a supplier's money receipt filled in by hand; a payment dimmed under an app's share
sheet; a lock screen's notification under its large hour; and beside them the rows heldout269's to
heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels against a gutter,
labels at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted outcome
bands, capsules, tiles two to a row, values over their labels, labels over their values two to a row, copyable
fields, a tinted panel, notice boxes, a payment's stages across the page, left to right and top to bottom,
progress bars, spinners, large round marks, octagons, scalloped badges, tile marks, ribbons, a day divider,
chat bubbles, a chat's payment card, rounded cards, a round badge of initials, hand-written fills and columns
on a ruled page, a sum in a box, tick boxes, round stamps, revenue stamps, signatures, a torn roll, a carbon
copy, squared paper, a tea cup's ring).

* ``buyer_upi``: Buyers paying Kanh Shilpa Bipani or the society: PhonePe Business on the Bipani's phone (the
  Bipani under the app's bar; a tile's tick, Money received, the sum set large, "from <buyer>"; Transaction
  ID, UTR, Received on and Credited to in dot leaders in a rounded card); BHIM set in Assamese ("আজি, <hour>"
  (today); a large round tick, "পৰিশোধ সফল হ'ল" (payment successful), the sum, "প্ৰাপক" (recipient) over the
  payee; "লেনদেনৰ বিৱৰণ" (transaction details) with each label's Assamese over its English small and its value
  at the right: UPI সন্দৰ্ভ নং · UPI Ref No., একাউণ্টৰ পৰা · From account, টোকা · Note; no day); Navi's UPI
  payment failed under a red ribbon (the sum, "to <payee>", the reason in a notice; Navi transaction ID, UPI
  Ref No., Attempted on and Account in a table ruled on every side); CRED's payment in progress on its dark
  screen (a spinner, the sum, "to <payee>", its stages across the page, a notice; each value over its label:
  UPI Ref No., Started at, Paying from); Groww's UPI payment with its details folded away (a tile's tick, Paid
  successfully, the sum, "to <payee>", the day and hour, Paid from; "Transaction details" closed; no
  reference); Jupiter's payment on a scalloped badge (Payment successful, the sum, "Paid to" over the payee;
  UPI Ref No, Date & time, Paid from and Note in a striped table); YONO SBI's payment on a tinted band
  (Transaction Successful, the sum; Paid to, UPI Ref. No., Date, From A/c in dot leaders); MobiKwik's payment
  in a capsule (Payment Successful, the sum, "to <payee>"; a copyable UPI Ref. No.; Date and Paid from in
  tiles). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: the Assam Government Marketing
  Corporation's PAYMENT ADVICE under its Assamese name for the bell metal its Pragjyotika emporia bought (Memo
  No. and Dated on a line; "To, The Secretary," and the society; Bill No. | Bill Date | Bill Amount | TDS-GST
  2% | Net on hairline rows between rules in bold, the Net total; "The net amount of Rs. x/- has been released
  to your account ... by NEFT / RTGS vide UTR ..."; the Manager (Accounts)'s signature and the corporation's
  round seal); the Government e-Marketplace's payment status for the Raj Bhavan's order of xorais (Payment
  Status: Paid in a capsule; Order ID, Buyer, Seller, CRAC No., Bill ID, Amount paid, Payment Mode, Payment
  Date, Transaction Ref. (UTR) against a gutter); Kotak Fyn's corporate banking with a Mumbai restaurant
  group's RTGS pending its checker (its stages top to bottom, a notice; labels small over their values two to
  a row: Payment Ref No. and Payment Type, Beneficiary Name and Amount, Value Date and Maker); RazorpayX's
  payout mail from a Bengaluru kitchenware store (its sentence; Payout ID, UTR, Amount, Mode, Beneficiary,
  Processed on, Purpose at the left and the right in a rounded card); a tea estate club's Google Chat space
  under its "Today" divider (the writer, bold, and the hour; "Paid ₹x to <payee> via IMPS against bill ... Ref
  ..."; a reply; no day); IndusInd Bank's Indus Direct with a Guwahati hotel's NEFT returned in an octagon
  (the reason in a notice; Reference No. :, Beneficiary :, Amount :, Payment Date :, Return Reason : with
  colons); a Howrah puja committee's letter written in its treasurer's hand on its printed letterhead (Date
  written; "To, The Secretary," and the society written; "We have today paid Rs. x/- to <payee> by NEFT
  towards ..."; his signature; no reference); a Guwahati hotel's PAYMENT VOUCHER printed from Marg ERP
  (Voucher No. and Date; Paid to; Particulars | Amount in a table ruled on every side; Mode, Bank and UTR /
  Chq. No. in dot leaders; the sum in words; Prepared by, Checked by and Authorised by boxes). All new here.

* ``export_wires``: Assamese associations, restaurants, hotels, temple stores and design shops abroad paying
  the society for its xorais, kahis, bell metal thalis, taals and bells: Westpac Live's receipt of a payment
  to an overseas account in Australian dollars (Sent in a capsule; Receipt number, Payment date, Amount sent,
  Payee, Payee's bank, Charges in shaded labels); Mizuho Business WEB's overseas remittance in yen told in a
  sentence, its day year first with slashes (a large round tick; "Your overseas remittance of <sum> to <payee>
  was completed on <yyyy/mm/dd>."; Remittance charges and Debit account at the left and the right; no
  reference); DNB Bedrift's foreign payment in Norwegian kroner the Norwegian way (Betalt / Paid; each label's
  Norwegian and its English after a slash in dot leaders: Referanse / Reference, Mottaker / Recipient, Beløp /
  Amount, Betalingsdato / Payment date, Gebyr / Charges); QNB Business Online under its Arabic name with a
  transfer in Qatari riyals pending authorisation (a capsule, its stages across the page, a notice;
  Transaction Ref:, Beneficiary:, Amount:, Value Date:, Charges: with colons); Hang Seng Bank's business app
  with a remittance sent in Hong Kong dollars ("Today, <hour>"; a tile's tick, Remittance sent, the sum, "to
  <payee>"; Reference No. and Charges in tiles; From account; no day); RHB Reflex' foreign telegraphic
  transfer in ringgit (each label's Malay and its English after a slash in a striped table: Rujukan /
  Reference, Penerima / Beneficiary, Amaun / Amount, Tarikh / Date, Caj / Charges, Status); Nordea's Netbank
  Erhverv with a payment in Danish kroner the Danish way returned on a tinted band (the reason in a notice;
  Modtager / Beneficiary, Beløb / Amount, Dato / Date, Reference, Årsag / Reason in a table ruled on every
  side); Standard Bank's NOTIFICATION OF PAYMENT in South African rand (its sentence; Date:, Reference
  number:, Beneficiary:, Bank:, Amount:, Charges: with colons; its disclaimer). All new here.

* ``own_receipts``: The society's own papers, its Bipani or itself on top: Kanh Shilpa Bipani's TAX INVOICE
  under a xorai, its Assamese name and a strip of beaten bell metal, to a Guwahati buyer (Invoice No. and
  Date, Billed to and Place of Supply two to a row; Sl. | Description | HSN | Qty | Rate | Amount on hairline
  rows under a heading in bold; Taxable Value, CGST 2.5% and SGST 2.5% at the left and the right, Grand Total
  under a rule and a double rule; the sum in words; "Paid by UPI, UTR ..."; the GI label; curls of metal and a
  file in its margins); the Doul stall's CASH MEMO in the Doul's days, photographed lying on a sheet of
  hammered brass (the Bipani's Assamese name over its English, "বৰপেটা দ'ল উৎসৱ" (Barpeta Doul festival), "নগদ
  মেমো" (cash memo); তাৰিখ (Date) and নাম (Name) on form lines with their English under the rule; the wares
  written in an Assamese hand with their sums, "মুঠ" (total), "নগদ বুজি পালোঁ" (received in cash); no
  reference); Easebuzz' checkout for the web shop with the payment pending (the shop on top, the sum, a
  progress bar, a notice; labels small over their values two to a row: Transaction ID and Order ID, Payment
  mode and Initiated on); OkCredit on the Bipani's phone ("Today, <hour>"; the Bipani under the app's bar, the
  customer, Payment received and the sum in a rounded card, "via UPI", the UPI Ref; Balance due; no day);
  Cashfree's payment link with a card payment failed under a large round cross (the shop on top, the reason in
  a notice; Link ID, Amount, Payment method, Cashfree Ref ID and Attempted on in dot leaders); the society's
  MONEY RECEIPT from its bill book, its counterfoil and its receipt filled in by hand across a perforation
  (No., Date, Received from, the sum, UPI Ref; the sum in words; a revenue stamp signed across); GoCoop's
  settlement mail for the society's orders (Settlement processed, its sentence; Seller, Settlement ID, UTR,
  Net payout, Orders, Commission, Credited on in a table ruled on every side); the Bipani's bill from Vyapar
  on a three-inch thermal roll (Invoice No. and Date; the wares, Sub Total, CGST 2.5%, SGST 2.5%, Total typed
  in the printer's face; Received: UPI and its Ref). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: a Kolkata non-ferrous metal
  merchant's MONEY RECEIPT for the copper and tin the kanhars melt into bell metal, a printed form filled in
  by hand (No. and Date; "Received with thanks from M/s", "the sum of Rupees", "by RTGS No.", "dated" and
  "against Bill No." written on its dotted lines; Rs. in a box; a revenue stamp signed across); a Barpeta Road
  charcoal seller's chit in an Assamese hand written wholly in Assamese figures (his name in Latin letters at
  its head; "তাং" (date) and the day; the sacks of charcoal and the cart's hire with their sums, "মুঠ"
  (total), "নগদ বুজি পালোঁ" (received in cash); a tea cup's ring; no reference); Udaan's order of lathe belts
  and buffing compound with the payment pending (a capsule, its stages left to right, a notice; Order ID:,
  Sold by:, Amount:, Payment:, Ordered on: with colons); a Jagadhri brass sheet maker's PAYMENT RECEIPT from
  Zoho Invoice (Payment # and Payment Date, Reference Number and Payment Mode in dot leaders; Amount Received
  on a tinted panel and its words; Bill To; Invoice Number | Invoice Date | Invoice Amount | Payment Amount in
  a table ruled on every side); Delhivery's app with a parcel booked and paid ("Today, <hour>"; Delhivery
  under the app's bar, a large round tick, Shipment booked, the sum; each value over its label: Waybill,
  Payment ID, Paid via, Pickup; no day); Vistaprint's checkout for the GI labels and brochures with the card
  declined on a tinted band (the reason in a notice; labels small over their values two to a row: Order number
  and Amount, Card and Attempted on); a lathe mechanic's CASH MEMO, the carbon copy from his book (Date and
  M/s written in; the work and parts written in ruled columns, Total; "Recd. by GPay, Ref ..." written under
  it); a Guwahati carton maker's TAX INVOICE from myBillBook marked Paid (Invoice No. and its earlier Invoice
  Date; Item | Qty | Rate | Amount on hairline rows; CGST 9%, SGST 9% and Total in dot leaders; its Payment
  History: Date | Mode | Reference | Amount in a striped table). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: OnlineSBI's e-Receipt of an RTGS to
  the Kolkata metal merchant (its sentence; Reference No., UTR No., Debit Account, Beneficiary Name,
  Beneficiary Account, IFSC, Amount, Commission, Date & Time in shaded labels); HDFC Bank's MobileBanking with
  a NEFT to the brass sheet maker on a scalloped badge (Transaction Successful, the sum; Beneficiary,
  Reference No., Date, From A/c, Remarks against a gutter); Google Pay's payment to the charcoal seller
  ("Today, <hour>"; the sum large, "Paid to" over the payee, Completed; a copyable UPI transaction ID; From;
  no day); Union Bank of India's Vyom with an IMPS to the lathe mechanic in progress (a spinner, the sum, its
  stages across the page, a notice; IMPS Ref No., Beneficiary, Amount, Initiated on in dot leaders); Axis
  Mobile's NEFT to the carton maker (the payee's initials in a round badge, Funds transferred, the sum;
  Beneficiary, UTR, Date, Debited from in a striped table); Kotak Mahindra Bank's app with an IMPS to a scrap
  dealer failed under a large round cross (the sum, the reason in a notice; Beneficiary :, Amount :, Reference
  No. :, Date : with colons); Central Bank of India's Cent Mobile with a NEFT to a Barpeta press in a capsule
  (Transaction successful, the sum; UTR No., Beneficiary, Date, Debit A/c in dot leaders); PhonePe's payment
  to a Guwahati hardware shop under its share sheet (the payment dimmed under the sheet: Paid to, the sum,
  Completed, the day and hour; the sheet's WhatsApp, Gmail, Messages and Copy; no reference). All new here.

* ``worker_pay``: The society paying its kanhars (its member artisans, paid by the kilo of finished ware) and
  its staff: a kanhar's wage account under its Assamese heading "কাঁহাৰৰ মজুৰিৰ হিচাপ" (the kanhar's wage
  account) (কাঁহাৰ (Kanhar) and মাহ (Month) on form lines with their English under the rule, written in; the
  wares he made written in an Assamese hand with their kilos, rates and sums on ruled lines, "মুঠ" (total);
  "Paid by UPI, Ref ..." and "on <day>" written under it; curls of metal and a file in its margins); a
  kanhar's Rongali Bihu advance receipt in an Assamese hand under the society's Assamese name ("ৰঙালী বিহুৰ
  অগ্ৰিম ৰচিদ" (Rongali Bihu advance receipt); "আজি <the day of Chot 1432>" (today, on the day of the Assamese
  calendar), "ইং" (English) with the day written in Latin figures, "বিহুৰ অগ্ৰিম হিচাপে" (as the Bihu
  advance), "টকা x/- নগদ বুজি পালোঁ" (received Rs. x in cash)), his signature and his name written under it in
  English; a witness; no reference); RazorpayX Payroll's payslip for the Bipani's salesman (Employee,
  Designation and Pay period, labels small over their values; Earnings | Amount | Deductions | Amount in a
  table ruled on every side; Net Pay in a box and its words; "Paid on <day> by IMPS, Ref ..."); Groww's UPI
  payment to a kanhar processing in an octagon (the sum, "to <payee>", a notice; UPI Ref No. and Started in
  tiles; From); BHIM SBI Pay's payment to the Bipani's helper (the payee's initials in a round badge, its
  sentence "Paid ₹x to <payee>", Successful; UPI Ref No., Date and Paid from at the left and the right);
  Jupiter's payment to a kanhar failed on a tinted band (the sum, "to <payee>", the reason in a notice; labels
  small over their values two to a row: Transaction ID and Attempted on, UPI Ref and From); Google Pay's
  thread with a kanhar under its "Today" divider (the kanhar on top; a payment card at the right: "You paid",
  the sum, "Completed" and the hour, the UPI transaction ID; his reply in Assamese; no day); the helper's
  SALARY VOUCHER under the society's Assamese name "দৰমহাৰ ৰচিদ" (salary receipt) (Vr. No.; তাৰিখ (Date), নাম
  (Name), মাহ (Month), টকা (Amount), মাধ্যম (Mode) and UPI সন্দৰ্ভ (UPI Ref) on form lines with their English
  under the rule, written in; the sum in words; a revenue stamp signed across). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: Sarthebari Municipal
  Board's trade licence e-receipt for the Bipani under its Assamese name ("পৰিশোধ সফল" / Payment Successful;
  each label's Assamese and its English on a tab with the value under it: ৰচিদ নং · Receipt No., অনুজ্ঞাপত্ৰ
  নং · Licence No., ব্যৱসায়ী · Trader, বৰ্ষ · Year, ধনৰাশি · Amount, মাধ্যম · Mode, UPI সন্দৰ্ভ · UPI Ref,
  তাৰিখ · Date); e-GRAS Assam's challan for the co-operative audit fee paid (Challan paid; GRN, Department,
  Treasury, Head of Account, Amount, Bank, Bank CIN, Payment Date in a table ruled on every side); ESIC's
  contribution challan pending at the bank (a capsule, a progress bar, a notice; Challan No., Employer Code,
  Contribution Period, Amount, Mode, Initiated on on hairline rows); Delhi Tourism's Dilli Haat stall booking
  failed by card under a tile's cross (the reason in a notice; each value over its label: Booking ID, Stall,
  Amount, Card, Attempted on); the Barpeta Satra Doul committee's stall receipt from its book under its
  Assamese name (No. left blank; তাৰিখ (Date), প্ৰাপক (Received from), ষ্টল নং (Stall No.) and টকা (Amount) on
  form lines with their English under the rule, written in; Cash, Cheque and UPI in boxes, Cash ticked; its
  round seal; no reference); the Labour Department's SMS of the Bipani's registration renewal under the
  thread's "Today" ("Dear Employer, Rs.x received through UPI towards renewal of registration under the Assam
  Shops & Establishments Act for <shop>. Receipt No ... -Labour Dept, Assam"; no day); Single Window Clearance
  Assam's receipt for the foundry's factory licence renewal (Payment successful; Application ID:, Service:,
  Amount:, Transaction ID:, Bank Ref No.:, Mode:, Payment Date: with colons); EPFO's ECR challan receipt for
  the staff's provident fund (TRRN, Establishment ID, Wage Month, Total Amount, Bank Ref. (CRN), Bank, Date of
  Credit in dot leaders). All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top, under its app's bar or signing its
  message: The New India Assurance's premium receipt for the foundry's Bharat Sookshma Udyam Suraksha policy
  typed on its Barpeta Road branch's printer (RECEIPT NO, DATE, POLICY NO, INSURED, PREMIUM, CGST 9%, SGST 9%,
  TOTAL, MODE and UTR); ICICI Lombard's app with the pickup's motor policy renewed ("Today, <hour>"; the
  insurer under the app's bar, a scalloped badge, Renewal successful, the sum; Policy No. and Payment ID in
  tiles; Paid via; no day); SBI General's mail acknowledging the kanhars' group personal accident premium (its
  sentence; Policy No., Members, Premium, GST 18%, Total Premium, Mode, UTR, Receipt No., Date at the left and
  the right in a rounded card); HDFC ERGO's health renewal failed by card under a red ribbon (the reason in a
  notice; Proposal No., Premium, Transaction ID, Card, Attempted on in dot leaders); The Oriental Insurance's
  SMS of the Bipani's shopkeeper's policy renewed ("Dear Customer, premium of Rs.x for Policy No. ... received
  on <dd/mm/yyyy> via UPI. Your policy is renewed. -OICL"; no reference); Care Health's app with the
  secretary's family health renewal under process (the insurer under the app's bar, a progress bar, a notice;
  each value over its label: Policy No., Premium, Transaction ID, Paid via, Initiated on); Cholamandalam MS'
  inland transit certificate for a consignment to Dilli Haat (its sentence; Certificate No. | Route | Sum
  Insured | Premium | GST 18% | Total in a table ruled on every side; Paid by NEFT, UTR and Date on a line
  each); United India Insurance's e-receipt for the Bipani's stock policy (Premium Receipt; Receipt No. and
  Date, Policy No. and Premium, Mode and Transaction ID in tiles). All new here.

* ``card_slips``: Cards on the Bipani's and the Doul stall's terminals and the society's cards elsewhere:
  State Bank of India's charge slip at the Bipani (TXN DATE, TIME, MID, TID, CARD NUM, CARD TYPE, TXN TYPE,
  AUTH CODE, RRN, INVOICE NO, each at the left and its value at the right; AMOUNT; TXN APPROVED, CUSTOMER
  COPY); PhonePe's smart POS at the Doul stall in the Doul's days with the sale pending (SALE; DATE, TIME,
  TID, INV, CARD, AMOUNT; TRANSACTION PENDING, DO NOT RETRY, CHECK STATUS AFTER 30 MINUTES); Kotak Mahindra
  Bank's slip at a Guwahati hotel with a tip (SALE; DATE, TIME, TID, BILL NO, CARD, AUTH, RRN; BASE AMT, TIP
  AMT and TOTAL AMT; APPROVED); Bank of Baroda's slip at a Kolkata metal store DECLINED (51 INSUFFICIENT
  FUNDS); IRCTC's e-ticket for the Guwahati - New Delhi Rajdhani to the Dilli Haat stall (PNR and Train over
  the journey's line; Date of Journey, Passengers; Ticket Fare, IRCTC Convenience Fee, Total Fare, Payment
  Mode, Transaction ID, Booking Date in a table ruled on every side); a Guwahati restaurant's bill settled by
  card (Bill No., Date, Table; the Assamese dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled:
  Card", the card and its Auth Code; billed on Petpooja); Axis Bank's SMS of a spend on the society's card
  ("Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy> <hh:mm:ss> IST <MERCHANT> Avl Limit: INR y ..."; no
  reference); HDFC Bank's MyCards app with a spend at a Guwahati packers ("Today, <hour>"; the merchant over
  its town, the sum, Transaction successful; Card, Reference No. and Category at the left and the right; no
  day). All new here.

* ``utility_bills``: The foundry's and the Bipani's bills: APDCL's online payment receipt for the foundry's LT
  industrial connection under its Assamese name (Payment Successful; each label's Assamese with its English
  small under it and the value at the right: গ্ৰাহক নং · Consumer No., বিলৰ মাহ · Bill Month, পৰিশোধ কৰা ধন ·
  Amount Paid, ৰচিদ নং · Receipt No., লেনদেন আইডি · Transaction ID, পৰিশোধৰ তাৰিখ · Payment Date, মাধ্যম ·
  Mode); Airtel Thanks with the Bipani's broadband bill paid ("Today, <hour>"; Bharti Airtel under the app's
  bar, a large round tick, Bill paid, the sum; a copyable Transaction ID; Account and Paid via; no day);
  IndianOil ONE with the foundry's commercial Indane refill pending (Indian Oil under the app's bar, a
  capsule, its stages across the page, a notice; Booking No:, Consumer No:, Distributor:, Amount:, Paid via:,
  Initiated on: with colons); Vi's postpaid bill payment failed by card on a tinted band (Vodafone Idea under
  the app's bar, the reason in a notice; Mobile No., Amount, Transaction ID, Card, Attempted on in a table
  ruled on every side); PHED's water charges receipt from its meter reader's handheld printer (CONSUMER NO,
  NAME, PERIOD, AMOUNT, DATE typed; PAID BY UPI and its UPI REF); DishTV's SMS of a recharge ("Dear
  Subscriber, Rs.x recharge for VC No ... received on <dd/mm/yyyy> through UPI. Txn ID ... -DishTV"); a tea
  stall's monthly account for the kanhars' tea in an Assamese hand on a squared exercise book's page (the
  stall's name in Latin letters on top; "মাহ" (month) and its month; the cups of tea and the pithas with their
  sums, "মুঠ" (total), "নগদ বুজি পালোঁ" (received in cash) and "তাং" (date) with the day; no reference);
  GoDaddy's receipt mail for the web shop's domain and hosting (its sentence; Order # and Paid on, Product |
  Term | Price in a striped table, Total; Payment method). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: Bandhan Bank's SMS in Assamese in a bubble of
  the phone's messages thread under its day divider ("প্ৰিয় গ্ৰাহক, আপোনাৰ একাউণ্ট XX1234ৰ পৰা <dd-mm-yyyy>
  তাৰিখে UPI যোগে <PAYEE> লৈ টকা x পঠিওৱা হৈছে। সন্দৰ্ভ নং ...। -Bandhan Bank" (Dear customer, Rs. x has been
  sent from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in IDBI Bank's ("Your
  IDBI Bank A/c NN1234 is debited for INR x towards NEFT to <PAYEE> on <dd/mm/yy>. UTR .... -IDBI Bank"), UCO
  Bank's ("NEFT of Rs.x to <PAYEE> from A/c ...1234 dated <dd.mm.yyyy> is under process. UTR .... -UCO Bank"),
  ICICI Bank's ("Your IMPS transaction of INR x to <PAYEE> on <dd-Mon-yy> could not be processed. Any amount
  debited will be credited back to A/c XX1234 within 2 working days. Ref ... -ICICI Bank") and Indian Bank's
  ("A/c *1234 debited Rs.x on <dd-mm-yy> to <PAYEE> via UPI. Bal Rs.y -Indian Bank"; no reference) wordings;
  HDFC Bank's WhatsApp banking message under the chat's "Today" (the bank with its verified tick on top; "Rs.x
  debited from A/c XX1234 to <PAYEE> via UPI. UPI Ref ... Not you? Call 18002586161"; no day); Axis Bank's
  debit alert mail ("INR x has been debited from your account no. XX1234 on <dd-mm-yyyy> towards
  IMPS/P2A/<ref>/<PAYEE>."); Central Bank of India's notification on the phone's lock screen under its large
  hour ("Cent Mobile . now"; "Your a/c XX1234 is debited by Rs.x on <dd/mm/yyyy>, credited to <PAYEE> by RTGS.
  UTR ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Bengali and Noto Serif Bengali
(regular and bold, fonts-noto-core; heldout287's and heldout309's faces) for the Assamese lines, labels, tabs,
hand and SMS, their Latin runs and figures in the page's own face; Noto Kufi Arabic (fonts-noto-core) for
QNB's Arabic name; DejaVu Serif for a hand's Latin figures, an italic or oblique for the hand
(``heldout318_families.PENS``) and a fixed-width face of the page's own (``heldout318_families.TYPES``). The
Doul stall's cash memo and its card terminal's sale are drawn in the Barpeta Doul Utsav's days (2 to 6 March
2026), as are a share of the Bipani's PhonePe Business and Jupiter receipts; the Doul committee's stall fee is
paid in the last days of February before it; the Bihu advances in the week before Rongali Bihu (6 to 13 April
2026, the 23rd to the 30th of Chot 1432 of the Bhaskarabda as the society's almanac reckons it, 1 Chot falling
on 15 March 2026 and 1 Bohag, Bihu's first day, on 14 April); the other days anywhere in 2026. GST is 5% on
the society's bell metal and brass ware (HSN 7418, household articles of copper alloy made by hand; CGST 2.5%
and SGST 2.5% to an Assam buyer) and on the restaurant's food (CGST 2.5% and SGST 2.5%), 18% on the cartons
and packing (CGST 9% and SGST 9%), on the foundry's fire policy (CGST 9% and SGST 9%), on the group accident
and the transit premiums (GST 18% beside the premium) and inside the copper and tin the metal merchant's
receipt counts and GoDaddy's total; the health and motor premiums print theirs inside the sum; the Assam
Government Marketing Corporation, a body of the state government, deducts TDS under GST (2% of each bill's
taxable value) and pays the net; the chits, the wage account and the tea stall's account carry none.

Truth conventions (heldout315's, heldout314's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name after "to" on Navi, CRED, Groww and MobiKwik, under Jupiter's "Paid to", YONO SBI's Paid to; the
  Bipani, the society's short name, the society as a bank's field cuts it (SARTHEBARI BELL METAL AN) or the
  Bipani with its town (KANH SHILPA BIPANI SARTHEBARI); never the app, the payer, a UPI ID or "from <buyer>".
  *settled* (heldout268 to heldout315): a receiving business's own app pays the business named under the app,
  here the Bipani under PhonePe Business' bar (never PhonePe or "from <buyer>"). *settled* (heldout303 to
  heldout314's screens set in the region's language, heldout309's PhonePe set in Assamese): a UPI app set in
  Assamese reads as the same app in English, here the name under BHIM's "প্ৰাপক" (recipient). *settled*
  (heldout167 to heldout315): a payer's advice pays the one it pays, never the payer on top or a salutation;
  here the society after the Assam Government Marketing Corporation's "To, The Secretary," (never the
  corporation or its Assamese name), Kotak Fyn's Beneficiary Name (never the bank or the restaurant group),
  the payee in the Google Chat message ("Paid ₹x to <payee> via IMPS", never the writer, the space or the
  club; *settled* heldout286, heldout299, heldout301 and heldout303 to heldout315's chats and channels),
  IndusInd Bank's Beneficiary : (never the hotel), the society written after "To, The Secretary," in the puja
  committee's letter (*settled* heldout304's, heldout307's and heldout309's letters; never the committee or
  its Treasurer), the Marg ERP voucher's Paid to (never the hotel on top); *settled* (new here) the Government
  e-Marketplace's order payment status pays its Seller (never its Buyer, the Raj Bhavan, or GeM), because the
  page is the government buyer's record of what it paid the seller through PFMS, and names its payee as an
  advice does; *settled* (new here) RazorpayX' payout mail pays its Beneficiary (never RazorpayX or the store
  that sent the payout), because it tells the payee of the payer's payout to it, as heldout309's Razorpay
  settlement pays its Merchant and an advice names its payee. *settled* (heldout155 to heldout315): an inward
  wire pays the society, here Westpac's Payee, the name after "to" in Mizuho's sentence and on Hang Seng Bank,
  DNB's Mottaker / Recipient, QNB's Beneficiary:, RHB's Penerima / Beneficiary, Nordea's Modtager /
  Beneficiary, Standard Bank's Beneficiary:; never the remitter, its line, the bank on top or its Arabic name.
  *settled* (heldout175 to heldout315): the society's own paper pays its Bipani or itself on top, here KANH
  SHILPA BIPANI on its tax invoice and its roll (never its Assamese line, "A unit of" or its Billed to), the
  Bipani's English line under its Assamese name on the Doul memo (never the নাম (Name) written in), the Bipani
  or the society on top of Easebuzz' and Cashfree's pages (never the gateway), the society on top of its money
  receipt (never its "Received from" written in); *settled* (heldout268 to heldout315) the Bipani named under
  OkCredit's bar, as a business's own app (never OkCredit or the customer); *settled* (heldout304's GoCoop and
  heldout285 to heldout315's payouts) GoCoop's settlement pays its Seller (never GoCoop). A name in Assamese
  over its English: the English line (*settled* heldout287, heldout309 and heldout303 to heldout315's regional
  lines). *settled* (heldout187 to heldout315): a supplier's name on top of its own paper, here MAHAVIR METAL
  CORPORATION (never the M/s written in its form), the charcoal seller's name written in Latin letters at his
  chit's head (Jayanta Nath; *settled* heldout294 and heldout303 to heldout315; never his Assamese lines),
  Udaan's Sold by: (*settled* heldout305 to heldout315's marketplaces' sellers; never udaan), SHAKTI BRASS
  INDUSTRIES on top of its payment receipt (never its Bill To or Zoho Invoice), Delhivery Ltd. under
  Delhivery's bar (the company, never the app), Vistaprint on top of its checkout, MAA KAMAKHYA ENGINEERING
  WORKS on top of its memo (never the M/s written in), NORTH EAST CORRUGATORS on top of its invoice (never its
  Bill To or myBillBook). *settled* (heldout179 to heldout315): a banking page pays the payee, here
  OnlineSBI's Beneficiary Name, HDFC Bank's Beneficiary, the name under Google Pay's "Paid to", Vyom's
  Beneficiary and Kotak's Beneficiary : (cut as printed), Axis Mobile's Beneficiary (never the initials in its
  badge), Cent Mobile's Beneficiary, the name under PhonePe's "Paid to" dimmed under its share sheet
  (*settled* heldout287's bottom sheet over a dimmed app: the app under the sheet prints what it prints).
  *settled* (heldout150 to heldout315): a pay slip pays the worker, here the কাঁহাৰ (Kanhar) written on the
  wage account's form line and the নাম (Name) on the salary voucher's (never the society or its Assamese
  name), the name written under the signature on the Bihu advance (*settled* heldout306's, heldout307's and
  heldout309 to heldout315's names under a signature; never the society or the witness), RazorpayX Payroll's
  Employee (never the society on top), the name after "to" on Groww and Jupiter and after "Paid ₹x to" on BHIM
  SBI Pay (never the initials in its badge), the kanhar on top of the Google Pay thread whose payment card
  pays him (*settled* heldout275's thread and heldout308 to heldout315's chats; never the card's "You paid").
  *settled* (heldout153 to heldout315): a fee page pays the authority as printed, here Sarthebari Municipal
  Board under its Assamese name (never the ব্যৱসায়ী (Trader)), e-GRAS Assam's Department (the Registrar of
  Co-operative Societies, Assam; never e-GRAS or its Treasury), ESIC on top (in full or short as printed;
  never the Employer Code), Delhi Tourism (DTTDC) on top, SRI SRI BARPETA SATRA DOUL UTSAV SAMITI under its
  Assamese name (never the প্ৰাপক (Received from) written in or its seal), the Labour Department signing its
  SMS (-Labour Dept, Assam; *settled* heldout302, heldout304, heldout307, heldout308, heldout311, heldout313
  and heldout315's SMS signed by the biller), the Directorate of Factories on top (never Single Window
  Clearance Assam over it), EPFO on top. *settled* (heldout199 to heldout315): an insurer's receipt pays the
  insurer on top (full or short as printed), under its app's bar (ICICI Lombard General Insurance Co. Ltd.,
  Care Health Insurance Ltd.) or signing its SMS (OICL); never the Insured, the cover or "Dear <secretary>". A
  slip's counter name line as printed (KANH SHILPA BIPANI, KANH SHILPA BIPANI - DOUL STALL or its first part,
  the hotel, the metal store), never *settled* the terminal's brand or bank over it (STATE BANK OF INDIA,
  PhonePe, KOTAK MAHINDRA BANK, BANK OF BARODA); IRCTC on top of its e-ticket (*settled* heldout272,
  heldout282, heldout300, heldout302 and heldout305 to heldout315: the carrier whose fare the card paid; never
  the train or the passengers); *settled* (new here) the name between the hour's "IST" and "Avl Limit" in Axis
  Bank's card SMS ("Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy> <hh:mm:ss> IST <MERCHANT> Avl Limit: INR
  y ..."), because Axis Bank's SMS names the merchant in that place as heldout299 to heldout315's card SMS
  name theirs after "on" or "at"; HDFC Bank MyCards' merchant line over its town (*settled* heldout297 and
  heldout302 to heldout315's card issuers' apps); the restaurant on top of its bill (never Petpooja). A
  utility's biller: APDCL's English name under its Assamese (in full or APDCL as printed), Bharti Airtel Ltd.
  under Airtel Thanks' bar, Indian Oil Corporation Ltd. under IndianOil ONE's and Vodafone Idea Ltd. under
  Vi's (*settled* heldout285, heldout301 and heldout303 to heldout315: the company, never the app or the
  distributor), PHED ASSAM on top of its handheld receipt (never its scheme's line), DishTV signing its SMS,
  the tea stall's name written in Latin letters on top of its account, GoDaddy on top of its mail. An SMS,
  mail, WhatsApp message or notification's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): the Assamese SMS' "<PAYEE>
  লৈ" (to <PAYEE>, *settled* heldout287 and heldout309), IDBI Bank's "towards NEFT to <PAYEE> on", UCO Bank's
  "to <PAYEE> from A/c", ICICI Bank's "to <PAYEE> on", Indian Bank's "to <PAYEE> via UPI", HDFC Bank's
  WhatsApp message's "to <PAYEE> via UPI" (*settled* heldout307's, heldout311's, heldout312's and heldout314's
  WhatsApp banking: a bank's WhatsApp message reads as the SMS it sends), the name after the reference's slash
  in Axis Bank's mail's "IMPS/P2A/<ref>/<PAYEE>" (*settled* heldout314's "UPI/<ref>/<PAYEE>"), the lock screen
  notification's "credited to <PAYEE> by RTGS" (*settled* heldout279, heldout287, heldout303, heldout308,
  heldout311 and heldout312's notifications: a bank's notification reads as the SMS it sends).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277 and
  heldout312 to heldout315), BHIM's sum under its Assamese outcome. *settled* (heldout152 to heldout315): a
  payer's advice counts its net sum, here the Assam Government Marketing Corporation's Net (its sentence's
  "The net amount of Rs. x/-" the same; never a Bill Amount or its TDS-GST 2%, *settled* heldout269,
  heldout273, heldout275, heldout294, heldout309 and heldout315's advices with their TDS), GeM's Amount paid,
  Kotak Fyn's Amount, RazorpayX' Amount, the ₹x in the Google Chat message, IndusInd Bank's Amount :, the Rs.
  x/- in the puja committee's letter, the Marg ERP voucher's Total (never a Particulars line; its words the
  same). *settled* (heldout155 to heldout315): an inward wire's foreign sum, here Australian dollars (AUD or
  A$, *settled* heldout202, heldout289 and heldout311), yen whole (JPY 979,000 or ¥979,000 is 979000.00,
  *settled* heldout240, heldout283 and heldout309), Norwegian kroner the Norwegian way (NOK 27 152,08 or 27
  152,08 kr is 27152.08, *settled* heldout227, heldout304, heldout306 and heldout313), Qatari riyals (QAR
  before or after, *settled* heldout213 and heldout312), Hong Kong dollars (HKD or HK$, *settled* heldout201,
  heldout219, heldout306 and heldout313), ringgit (MYR or RM, *settled* heldout216, heldout218 and
  heldout309), Danish kroner the Danish way (DKK 53.342,58 or 53.342,58 kr. is 53342.58, *settled* heldout245,
  heldout255 and heldout287), South African rand (ZAR before the figure, *settled* heldout220); *settled* (new
  here) R53,020.00 is 53020.00 ZAR, because the R before the figure on a South African bank's page is the
  rand's sign as the $ is the dollar's on an American one; never an exchange rate, Remittance charges or
  Charges. *settled* (heldout175 to heldout315): a receipt counts the sum received, here the tax invoice's
  Grand Total (never the Taxable Value, its CGST 2.5% or SGST 2.5% or a line's Amount), the Doul memo's "মুঠ"
  (total) written at its line's end (never a line's figure), Easebuzz' sum large, OkCredit's sum in its card
  (never its Balance due), Cashfree's Amount, the sum written on the money receipt (its counterfoil's Rs. and
  its receipt's "the sum of Rs." the same; its words the same), GoCoop's Net payout (never its Commission),
  the roll's Total (never its Sub Total, CGST 2.5%, SGST 2.5% or a line's sum). A whole sum closed with /- is
  that sum in whole rupees (heldout259). *settled* (heldout187 to heldout315): a supplier's paper counts the
  sum paid, here the Rs. written in the metal merchant's box (its "the sum of Rupees" written in words the
  same), the charcoal seller's "মুঠ" (total) written at its line's end (never a line's figure or the cart's
  hire alone); *settled* (new here) a sum written in Assamese figures is that sum (১৭৮৫০/- is 17850.00),
  because Assamese figures are the ten figures written in the Bengali script, as a Devanagari hand's figures
  are the same ten; Udaan's Amount:, the brass sheet maker's Amount Received (its Payment Amount and its words
  the same), Delhivery's sum large, Vistaprint's Amount, the mechanic's Total written in (never a line's
  Amount), the carton maker's Total (its Payment History's Amount the same; never CGST 9%, SGST 9% or a line's
  Amount). A banking page's sum (the ₹x in BHIM SBI Pay's "Paid ₹x to"). *settled* (heldout167 to heldout315):
  a pay slip's net sum, here the wage account's "মুঠ" (total) in the Assamese hand (never a line's figure, its
  kilos or its rate), the "টকা x/-" in the Bihu advance's Assamese hand, RazorpayX Payroll's Net Pay in its
  box (never Gross Earnings, Total Deductions, an earning or a deduction; its words the same), the sums on
  Groww and Jupiter and in the Google Pay thread's card, the টকা (Amount) written on the salary voucher's form
  line (its words the same). A fee page's ধনৰাশি (Amount), e-GRAS Assam's, ESIC's and Delhi Tourism's Amount,
  the টকা (Amount) written on the Doul committee's receipt, the Rs.x in the Labour Department's SMS, the
  Single Window's Amount:, EPFO's Total Amount. An insurer's premium with its GST where it carries one
  (*settled*), here The New India Assurance's TOTAL (never its PREMIUM, CGST 9% or SGST 9%), SBI General's
  Total Premium (never its Premium or GST 18%), Cholamandalam's Total (never its Premium, GST 18% or the Sum
  Insured), ICICI Lombard's sum, HDFC ERGO's, Care Health's and United India's Premium, the Rs.x in Oriental's
  SMS. A slip's AMOUNT, the hotel slip's TOTAL AMT (never its BASE AMT or TIP AMT alone, *settled* heldout262,
  heldout273, heldout290, heldout294 and heldout313 to heldout315's tips), IRCTC's Total Fare (never its
  Ticket Fare or IRCTC Convenience Fee), the restaurant's Grand Total (never the Sub Total, CGST 2.5%, SGST
  2.5% or a dish), the INR x in Axis Bank's SMS (never its Avl Limit), MyCards' sum large. A utility's পৰিশোধ
  কৰা ধন (Amount Paid), Airtel Thanks' sum large, IndianOil ONE's Amount:, Vi's Amount, PHED's AMOUNT, the
  Rs.x in DishTV's SMS, the tea stall's "মুঠ" (total) written in (never a line's figure), GoDaddy's Total
  (incl. GST) (never a Product's Price). An alert's sum debited, sent, failed or in process as worded (grouped
  the Indian or the English way or not at all), never an Avl Bal or a Bal. Currency INR but on the wires.

* status: as printed. PhonePe Business' Money received, Groww's Paid successfully, Jupiter's Payment
  successful, YONO SBI's Transaction Successful, MobiKwik's Payment Successful successes; *settled*
  (heldout303 to heldout314's screens set in the region's language, heldout309's "লেনদেন সফল হ'ল") BHIM's
  "পৰিশোধ সফল হ'ল" (payment successful) a success, the Assamese screen printing the English screen's outcome
  word for word; CRED's payment in progress pending; Navi's PAYMENT FAILED failed. A payer's own record of the
  payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout315's remittances, vouchers
  and payments): the Assam Government Marketing Corporation's "has been released" (*settled* heldout304's and
  heldout307 to heldout315's letters and advices), GeM's Payment Status: Paid, RazorpayX' payout "processed to
  your bank account", the Marg ERP voucher's Mode with its UTR / Chq. No. successes; *settled* (heldout286,
  heldout299, heldout301 and heldout303 to heldout315's chats and messages, heldout309's school letter) the
  Google Chat message's "Paid ₹x ..." and the puja committee's "We have today paid Rs. x/- ..." successes;
  Kotak Fyn's Checker approval awaiting its second user pending (*settled* heldout305, heldout306 and
  heldout310 to heldout315: a transfer not yet sent is a wait); IndusInd Bank's NEFT returned failed (as
  heldout310's to heldout315's NEFT returned). A wire's Westpac Sent, Mizuho's Overseas remittance completed,
  DNB's Betalt / Paid, Hang Seng Bank's Remittance sent, RHB's Berjaya / Successful, Standard Bank's "confirms
  that the payment below was made" successes; QNB's Pending authorisation pending (*settled* heldout250 to
  heldout252 and heldout305 to heldout315: a wire not yet sent is a wait); Nordea's Betalingen er returneret /
  Payment returned failed. A receipt's "Paid by UPI, UTR ..." under the tax invoice, the Doul memo's "নগদ বুজি
  পালোঁ" (received in cash) in an Assamese hand (*settled* heldout287's "নগদ পালোঁ" and heldout303 to
  heldout315's hands' "received"), the money receipt's "by UPI, Ref" written with its UPI Ref (a receipt for
  money got), GoCoop's Settlement processed (*settled* heldout304's GoCoop and heldout311 to heldout315's
  payouts), the roll's Received: UPI with its Ref successes; *settled* (heldout303 to heldout315's ledger
  apps) OkCredit's Payment received a success; Easebuzz' Payment Pending pending; Cashfree's Payment failed
  failed. A supplier's money receipt ("Received with thanks from M/s ... by Cash / Cheque / RTGS (or NEFT) No.
  ..." filled in by hand; *settled* heldout314's zari works' receipt: a supplier's receipt for money got), the
  charcoal seller's "নগদ বুজি পালোঁ" (received in cash) in an Assamese hand, the brass sheet maker's PAYMENT
  RECEIPT with its Amount Received (a supplier's receipt for money got), Delhivery's Shipment booked with its
  sum and Payment ID (*settled* heldout300 and heldout303 to heldout315: a carrier's receipt printed only once
  its freight is paid), the mechanic's "Recd. by GPay, Ref ..." written under his memo (a supplier's receipt
  for money got, as heldout314's carpenter's "Recd. cash with thanks"), the carton maker's PAID with its
  Payment History's row successes; Udaan's Payment pending pending; Vistaprint's Payment declined failed. A
  banking page's OnlineSBI "has been completed successfully", HDFC Bank's Transaction Successful, Google Pay's
  Completed, Axis Mobile's Funds transferred, Cent Mobile's Transaction successful, PhonePe's Completed under
  its share sheet successes; Vyom's Transaction in progress pending; Kotak's Transfer failed failed. A pay
  slip's "Paid by UPI, Ref ..." written on the wage account, the Bihu advance's "টকা x/- নগদ বুজি পালোঁ।"
  (received Rs. x in cash) in an Assamese hand, RazorpayX Payroll's "Paid on <day> by IMPS, Ref ...", BHIM SBI
  Pay's Successful, the Google Pay thread card's Completed, the salary voucher's মাধ্যম (Mode) UPI written
  with its UPI Ref (a payer's own voucher of the wage paid, as heldout281's, heldout295's, heldout313's and
  heldout315's vouchers) successes; Groww's Payment processing pending; Jupiter's Payment failed failed. A fee
  page's "পৰিশোধ সফল · Payment Successful", e-GRAS Assam's Challan paid, the Doul committee's receipt with
  Cash ticked in its boxes (*settled* heldout314's receipt book's UPI ticked in its boxes), the Labour
  Department's "received through UPI", the Single Window's Payment successful, EPFO's Payment confirmed
  successes; ESIC's Pending at bank pending; Delhi Tourism's Payment failed failed. An insurer's New India
  receipt with its MODE and UTR, ICICI Lombard's Renewal successful, SBI General's "we have received the
  premium", Oriental's "received on ... Your policy is renewed", Cholamandalam's "has been received", United
  India's Premium Receipt (a receipt for money got) successes; Care Health's Payment under process pending;
  HDFC ERGO's PAYMENT UNSUCCESSFUL failed. A slip's TXN APPROVED and APPROVED, IRCTC's Booking confirmed,
  MyCards' Transaction successful, the restaurant's "Settled: Card" with its Auth Code (*settled* heldout297,
  heldout298 and heldout303 to heldout315) successes; *settled* (heldout300, heldout302 to heldout304 and
  heldout306 to heldout315's card SMS) Axis Bank's "Spent INR x" a success; PhonePe's TRANSACTION PENDING with
  "DO NOT RETRY WITH THIS CARD" pending (*settled* heldout282 and heldout299 to heldout315: the terminal got
  no answer from the bank); Bank of Baroda's TRANSACTION DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's
  Payment Successful, Airtel Thanks' Bill paid, PHED's PAID BY UPI with its UPI REF (*settled* heldout300 and
  heldout303 to heldout315's receipts printed only once paid), DishTV's "received on", the tea stall's "নগদ
  বুজি পালোঁ" (received in cash) in an Assamese hand, GoDaddy's "Your products are renewed" successes;
  IndianOil ONE's Payment pending pending; Vi's Payment failed failed. *settled*: an SMS, mail, WhatsApp
  message or notification's debit a success whatever its bank's wording (IDBI Bank's "is debited for", Indian
  Bank's "debited", HDFC Bank's "debited from", Axis Bank's "has been debited", Central Bank of India's "is
  debited by ..., credited to"); *settled* (new here) the Assamese SMS' "পঠিওৱা হৈছে" (has been sent) a
  success, because it is Assamese for what heldout313's Nepali SMS says with "पठाइएको छ" and heldout314's
  Marathi SMS with "पाठवले आहेत" (have been sent); UCO Bank's "is under process" pending (as heldout309's,
  heldout313's and heldout315's "is under process" and "is in process"); ICICI Bank's "could not be processed.
  Any amount debited will be credited back" failed (as heldout313's "could not be completed" and heldout315's
  "has FAILED").

* date: the day paid. A UPI screen's day and hour: PhonePe Business' Received on, Navi's Attempted on, CRED's
  started at, the day and hour under Groww's payee, Jupiter's Date & time, YONO SBI's Date, MobiKwik's Date;
  BHIM's "আজি, <hour>" prints no day (*settled* heldout314's Marathi "आज, <hour>": "আজি" is Assamese for the
  "Today" whose screens print no day). The Assam Government Marketing Corporation's Dated on its Memo No.'s
  line (never a Bill Date), GeM's Payment Date, Kotak Fyn's Value Date (never the maker's hour), RazorpayX'
  Processed on, IndusInd Bank's Payment Date :, the puja committee's letter's Date (its "today" the same,
  *settled* heldout309's school letter), the Marg ERP voucher's Date (never a bill's "dt."); the Google Chat
  message under its "Today" divider prints no day (*settled* heldout286, heldout289, heldout299, heldout301
  and heldout303 to heldout315; never a message's hour). A wire's Westpac Payment date, the day in Mizuho's
  sentence year first with slashes (2026/06/05, *settled* heldout277's and heldout309's SMBC), DNB's
  Betalingsdato / Payment date and Nordea's Dato / Date day first with dots (11.01.2026), QNB's Value Date:,
  RHB's Tarikh / Date, Standard Bank's Date: as an ISO day or in words (2026-02-14, *settled* heldout270,
  heldout271, heldout311, heldout313 and heldout314); Hang Seng Bank's "Today, <hour>" prints no day
  (*settled*). A receipt's Date: on the tax invoice, the তাৰিখ (Date) written on the Doul memo's form line,
  Easebuzz' Initiated on, Cashfree's Attempted on, the Date written on the money receipt (its counterfoil's
  the same), GoCoop's Credited on, the roll's Date:; OkCredit's "Today, <hour>" prints no day. The Date
  written on the metal merchant's money receipt (the "dated" written after its RTGS or NEFT No. the same), the
  charcoal seller's "তাং" (date) and its day; *settled* (new here) a day written in Assamese figures is that
  day, read day first (তাং ০৮/০৩/২৬ is 2026-03-08), because Assamese figures are the ten figures written in
  the Bengali script and the hand writes its day as the region's Latin days are written (heldout251,
  heldout259); Udaan's Ordered on:, the brass sheet maker's Payment Date (never its Invoice Date),
  Vistaprint's Attempted on, the Date written on the mechanic's memo, the Date in the carton maker's Payment
  History (never its Invoice Date); Delhivery's "Today, <hour>" prints no day. A banking page's Date & Time,
  Date, Initiated on; Google Pay's "Today, <hour>" prints no day. A pay slip's "on <day>" written on the wage
  account (never its মাহ (Month)), RazorpayX Payroll's "Paid on <day>" (never its Pay period or the payslip's
  month, *settled* heldout273 and heldout303 to heldout315), Groww's Started, Jupiter's Attempted on, BHIM SBI
  Pay's Date, the তাৰিখ (Date) written on the salary voucher's form line (never its মাহ (Month)); *settled*
  (new here) the Bihu advance's day is the day written in Latin figures after its "ইং" (English, the Gregorian
  day), never its day of the Assamese calendar "আজি <n> চ'ত, ১৪৩২ ভাস্কৰাব্দ তাৰিখে" (today, on the <n>th of
  Chot 1432 of the Bhaskarabda) in Assamese figures, because the advance names one day in two calendars and
  the evaluation's days are the Gregorian calendar's (as heldout315's Eid advance's Hijri day; the day of Chot
  is another kind of day the page prints beside the one it was paid on); the Google Pay thread under its
  "Today" divider prints no day (*settled*). A fee page's তাৰিখ (Date) (never its বৰ্ষ (Year)), e-GRAS Assam's
  Payment Date, ESIC's Initiated on (never its Contribution Period), Delhi Tourism's Attempted on, the তাৰিখ
  (Date) written on the Doul committee's receipt, the Single Window's Payment Date:, EPFO's Date of Credit
  (never its Wage Month); the Labour Department's SMS under its thread's "Today" prints no day (*settled*, as
  the threads' "Today"). An insurer's DATE, SBI General's Date, HDFC ERGO's Attempted on, the "received on
  <dd/mm/yyyy>" in Oriental's SMS, Care Health's Initiated on, Cholamandalam's Date, United India's Date;
  ICICI Lombard's "Today, <hour>" prints no day. A slip's TXN DATE and DATE (dd/mm/yyyy, dd-mm-yyyy or
  dd/mm/yy), IRCTC's Booking Date (never its Date of Journey, *settled* heldout302 and heldout305 to
  heldout315), the restaurant's Date, the "<dd-mm-yy>" before the hour in Axis Bank's SMS; MyCards' "Today,
  <hour>" prints no day. A utility's পৰিশোধৰ তাৰিখ (Payment Date) (never its বিলৰ মাহ (Bill Month)), IndianOil
  ONE's Initiated on:, Vi's Attempted on, PHED's DATE (never its PERIOD), the "received on <dd/mm/yyyy>" in
  DishTV's SMS, the day after the tea stall's "তাং" (never the month after its "মাহ" (month)), GoDaddy's Paid
  on; Airtel Thanks' "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> তাৰিখে" (on <day>) in the
  Assamese SMS (in Latin figures as the bank sends them, *settled* heldout287 and heldout309), "on
  <dd/mm/yy>", "dated <dd.mm.yyyy>", "on <dd-Mon-yy>", "on <dd-mm-yy>", "on <dd-mm-yyyy>", the lock screen
  notification's "on <dd/mm/yyyy>" (never the lock screen's hour or its "now"); HDFC Bank's WhatsApp message
  under its chat's "Today" prints no day (*settled*). All numeric days here are day first (heldout251,
  heldout259) but Mizuho's and Standard Bank's year first. *settled*: never a Year, a Period, a Contribution
  Period, a Wage Month, a Bill Month, a Month, a Pay period, a payslip's month, a day of the Assamese
  calendar, an invoice's, a bill's or a journey's day, a message's or a notification's hour, a lock screen's
  hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a bank's, a challan's or a
  terminal's transaction id or CIN.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the Assam Government Marketing Corporation's NEFT or
  RTGS, GeM's PFMS e-payment (NEFT or RTGS), Kotak Fyn's Payment Type, RazorpayX' IMPS, the Google Chat
  message's IMPS, IndusInd Bank's NEFT, the puja committee's NEFT, the Marg ERP voucher's Mode; Easebuzz' Net
  Banking, *settled* (heldout304's GoCoop and heldout311 to heldout315's payouts) GoCoop's settlement credited
  to the society's bank account with its UTR; the metal merchant's RTGS or NEFT written in, the brass sheet
  maker's Bank Transfer (NEFT or RTGS), the carton maker's IMPS; the banking pages but Google Pay's and
  PhonePe's UPI; RazorpayX Payroll's IMPS; e-GRAS Assam's, ESIC's and the Single Window's Net Banking, EPFO's
  Internet Banking; The New India Assurance's and SBI General's NEFT or RTGS, Care Health's Net Banking,
  Cholamandalam's NEFT or RTGS; APDCL's Net Banking; the NEFT, IMPS and RTGS alerts); a SWIFT transfer either
  way (*settled*: Westpac's Shared (SHA), Mizuho's remittance charges (SHA), DNB's Delt (SHA), QNB's SHA -
  shared, Hang Seng Bank's SHA, RHB's SHA, Nordea's foreign payment, Standard Bank's Shared (SHA); *settled*
  heldout279, heldout301 and heldout303 to heldout315). UPI for the UPI screens, PhonePe Business' UTR, BHIM's
  একাউণ্টৰ পৰা (From account) (*settled* heldout314's "खात्यातून"); the tax invoice's "Paid by UPI",
  OkCredit's "via UPI", the money receipt's "by UPI", the roll's Received: UPI; Udaan's Payment: UPI,
  Delhivery's Paid via UPI, the mechanic's "Recd. by GPay" (*settled* heldout309's to heldout315's "GPay" and
  "PhonePe" in a hand); Google Pay's and PhonePe's UPI; the wage account's UPI, Groww, BHIM SBI Pay, Jupiter,
  the Google Pay thread and the salary voucher's মাধ্যম (Mode) UPI; the Municipal Board's মাধ্যম · Mode UPI
  and the Labour Department's "through UPI"; ICICI Lombard's, Oriental's and United India's UPI; Airtel
  Thanks', IndianOil ONE's, PHED's, DishTV's and GoDaddy's UPI; the UPI alerts. Card for Cashfree's Credit
  card, Vistaprint's RuPay Debit, Delhi Tourism's Visa Credit, HDFC ERGO's Mastercard Debit, the slips,
  IRCTC's Credit Card, the restaurant's "Settled: Card", Axis Bank's SMS, MyCards and Vi's Debit Card. Cash
  for the Doul memo's, the charcoal seller's, the Bihu advance's and the tea stall's "নগদ বুজি পালোঁ"
  (received in cash) in an Assamese hand (*settled* heldout287's "নগদ পালোঁ" and heldout303 to heldout315's
  hands), the Doul committee's Cash ticked in its boxes.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout315): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UTR (above its Transaction ID), BHIM's UPI সন্দৰ্ভ
  নং (UPI Ref No.), Navi's UPI Ref No. (above its Navi transaction ID), CRED's UPI Ref No., Jupiter's UPI Ref
  No, YONO SBI's UPI Ref. No., MobiKwik's copyable UPI Ref. No.; the UTR in the Assam Government Marketing
  Corporation's sentence, GeM's Transaction Ref. (UTR) (above its Order ID), RazorpayX' UTR (above its Payout
  ID), the Ref in the Google Chat message, the Marg ERP voucher's UTR / Chq. No. (above its Voucher No.); the
  tax invoice's UTR (above its Invoice No.), OkCredit's UPI Ref, the money receipt's UPI Ref written in (above
  its No.), GoCoop's UTR (above its Settlement ID), the roll's Ref (above its Invoice No.); the UTR written on
  the metal merchant's money receipt (above its No.), the brass sheet maker's Reference Number (above its
  Payment #), the mechanic's Ref written, the carton maker's Payment History Reference (above its Invoice
  No.); the banking pages' UTR No. (above OnlineSBI's Reference No.), HDFC Bank's Reference No. (its NEFT's
  UTR), Google Pay's UPI transaction ID, Vyom's IMPS Ref No., Axis Mobile's UTR, Cent Mobile's UTR No.; the
  wage account's Ref, RazorpayX Payroll's Ref, Groww's and BHIM SBI Pay's UPI Ref No., Jupiter's UPI Ref
  (above its Transaction ID), the Google Pay thread card's UPI transaction ID, the salary voucher's UPI
  সন্দৰ্ভ (UPI Ref) (above its Vr. No.); the Municipal Board's UPI সন্দৰ্ভ · UPI Ref (above its ৰচিদ নং ·
  Receipt No.); The New India Assurance's and SBI General's UTR (above their Receipt No.), Cholamandalam's
  UTR; the State Bank of India's and Kotak Mahindra Bank's slips' RRN (above their AUTH CODE, AUTH, INVOICE NO
  and BILL NO); PHED's UPI REF; the alerts' সন্দৰ্ভ নং (reference No.) in the Assamese SMS, IDBI Bank's and
  UCO Bank's UTR, ICICI Bank's Ref, HDFC Bank's UPI Ref, the reference inside Axis Bank's
  "IMPS/P2A/<ref>/<PAYEE>" (*settled* heldout309's and heldout314's narrations), the lock screen's UTR), then
  a bank reference (Kotak Fyn's Payment Ref No., IndusInd Bank's Reference No. :, Westpac's Receipt number,
  DNB's Referanse / Reference, QNB's Transaction Ref:, Hang Seng Bank's Reference No., RHB's Rujukan /
  Reference, Nordea's Reference, Standard Bank's Reference number:, Kotak's Reference No. :, e-GRAS Assam's
  Bank CIN (above its GRN; *settled* heldout308, heldout311, heldout313 and heldout314: a CIN is the bank's
  number for the tax it received), the Single Window's Bank Ref No.: (above its Transaction ID), EPFO's Bank
  Ref. (CRN) (above its TRRN)), then a transaction / payment id (Navi's transaction ID, Easebuzz' Transaction
  ID, Cashfree's Cashfree Ref ID (above its Link ID), Delhivery's Payment ID, e-GRAS Assam's GRN (*settled*
  heldout302, heldout304 and heldout306 to heldout315: a treasury's challan as its GRN), ICICI Lombard's
  Payment ID, HDFC ERGO's, Care Health's and United India's Transaction ID, IRCTC's Transaction ID (above its
  PNR), MyCards' Reference No. (a card issuer's app's number for the spend), APDCL's লেনদেন আইডি · Transaction
  ID (above its ৰচিদ নং · Receipt No.), Airtel Thanks', Vi's and DishTV's Transaction ID and Txn ID), then an
  approval code (the restaurant's Auth Code; the slips' AUTH CODE and AUTH under their RRN), then an order's
  number (Cashfree's Link ID, Udaan's Order ID:, Vistaprint's Order number, Delhi Tourism's Booking ID,
  IRCTC's PNR (*settled* heldout126, heldout302, heldout305, heldout306, heldout311, heldout313 and
  heldout315), IndianOil ONE's Booking No:, GoDaddy's Order #), then a document's own number (the Marg ERP
  voucher's Voucher No. (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301
  and heldout303 to heldout315), the tax invoice's Invoice No., the money receipt's No. written on its
  counterfoil and its receipt, the roll's Invoice No., the No. written on the metal merchant's money receipt,
  the brass sheet maker's Payment #, the carton maker's Invoice No., the salary voucher's Vr. No., the
  Municipal Board's ৰচিদ নং · Receipt No., ESIC's Challan No. (*settled* heldout304's CPIN and heldout306's,
  heldout307's, heldout309's, heldout313's and heldout315's challans: a challan numbered when it is created),
  EPFO's TRRN (*settled* (new here) the number EPFO gives a return when it is filed, below the bank's CRN, for
  the same reason as a challan's number), the Labour Department's Receipt No in its SMS, The New India
  Assurance's RECEIPT NO, SBI General's Receipt No., United India's Receipt No., the slips' INVOICE NO, INV,
  BILL NO and INVOICE, the restaurant's Bill No., APDCL's ৰচিদ নং · Receipt No.). *settled*: never a card,
  account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam, a Regd. No., a
  Policy No., a Proposal No., a Cert. No., a Licence No., an Application ID, an Employer Code, an
  Establishment ID, a Consumer No., an Account, a VC No., a Waybill (a consignment's number, as an AWB NO,
  *settled* heldout274, heldout299 and heldout303 to heldout315), GeM's CRAC No. and Bill ID (the consignee's
  receipt and the seller's bill for the goods, never the payment), a Memo No. on the corporation's advice (a
  letter's file number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout315), a bill
  named on an advice, a voucher, a receipt or a message (the corporation's, the Marg ERP voucher's, the Google
  Chat message's and the metal merchant's "against Bill No."), a slip's MID / TID, a No. left blank (the Doul
  committee's book)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout318_families import (
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

SPLIT = "heldout318"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout314's and heldout315's: the screens in
# Noto Sans, Liberation Sans (liberation2), DejaVu Sans Condensed, FreeSans and Noto Sans Display; the pages
# in Noto Serif, Liberation Serif (liberation), DejaVu Sans, FreeSerif, Liberation Sans (liberation) and
# DejaVu Serif Condensed; the society's, its suppliers' and its people's papers in DejaVu Serif, Noto Serif
# Display, Liberation Serif (liberation2), Liberation Sans Narrow and Noto Sans; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Bengali (heldout287's and heldout309's) for the Assamese
# lines, labels, hand and SMS, Noto Kufi Arabic (fonts-noto-core) for a Qatari bank's Arabic name, DejaVu
# Serif for a hand's Latin figures, a pen's italic or oblique (``heldout318_families.PENS``) and a page's own
# fixed-width face (``heldout318_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
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


def make_heldout318_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout318 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

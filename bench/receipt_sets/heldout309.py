"""heldout309: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Majuli satra's mask-making workshop's year of 2026 in Assam (Kamalpur Satra
Mukha Shilpa Kendra, কমলপুৰ সত্ৰ মুখা শিল্প কেন্দ্ৰ, the society of the mask makers of Sri Sri Kamalpur Satra,
Regd. No. RS/MJL/243/H/19 of 2014-15, GSTIN 18AABAK4826M1ZQ, Udyam UDYAM-AS-29-0007316, with Kamalakanta
Goswami, the satra's master mask maker, at its head, his daughter Pallabi Goswami, who takes the export orders
and keeps the web shop, and Prasanta Saikia, its secretary, who keeps its accounts: in its workshop in the
satra's compound at Garamur its mask makers, bhakats of the satra and young men and women of the Assamese and
Mising villages round it (Dipen Saikia, Bitupan Pegu, Rupjyoti Bora, Hiranya Kutum, Junmoni Doley, Manash
Payeng, Lakhyajit Das and Ritumoni Taid among them), split jati and bhaluka bamboo and cane into the frame
(kath) of a Samaguri mask, lay strips of cotton cloth soaked in clay over it, coat it in the potters' clay of
Salmora mixed with cow dung, burnish it and paint it in hengul, haital, chalk and lampblack into the face
masks (mukh mukha), the masks with a moving jaw (lotokoi mukha) and the great body masks (cho mukha) of
Garuda, Narasimha, Hanuman, Ravana with his ten heads, Bakasura, Kaliya naag, Surpanakha and Jatayu for the
satras' bhaona theatre and the Raas, and wall masks and miniature sets for homes and collectors; the bamboo
comes from a seller at Kamalabari, the clay by boat from a Salmora potter, the markin and mull from a Jorhat
cloth store, the paints, chalk, lampblack and brushes from a Garamur paint and hardware shop and from
Amazon.in, the tags and leaflets from Printo and the cartons and bubble wrap from a Guwahati packaging house,
and the parcels cross by the ferry from Kamalabari ghat to Neamati to go by DTDC from Jorhat; its sales room
at the satra's gate on the Kamalabari - Garamur road, Kamalpur Mukha Ghar, কমলপুৰ মুখা ঘৰ, with Nabajyoti Bora
and Moromi Hazarika at its counter; its stall at the Raas Mahotsav at Garamur from 23 to 27 November; the web
shop kamalpurmukha.in, its Shopify store and Razorpay settlements; the Srimanta Sankaradeva Kalakshetra
Society's museum, a Guwahati hotel group, a Bengaluru craft marketplace, a Kolkata decor brand, a Jorhat
school, a Delhi theatre repertory, a Shillong cafe group, a Pune theatre foundation and the bhaona committees
of the villages of upper Assam at home, and folk-art galleries, mask museums' shops and carnival mask ateliers
in Kyoto, Melbourne, Basel, Andong, Stockholm, Kuala Lumpur, Santa Fe and Venice abroad), told by the proofs
of payment it receives (buyers' Paytm for Business on the Mukha Ghar's phone, Tata Neu, PhonePe set in
Assamese, CRED, mBandhan, super.money, a Google Pay thread and Kotak screens; the Kalakshetra Society's advice
under its Assamese name, a hotel group's Oracle NetSuite bill payment, IDFC FIRST Bank's corporate banking
with a craft marketplace's NEFT sent to RBI, a decor brand's myBillBook Payment Out, a school's letter written
by its principal's hand, a theatre repertory's OnlineSBI Corporate e-Receipt, a cafe group's NEFT returned on
PNB's corporate banking and a theatre foundation's Zoho Cliq channel; SMBC, NAB Connect, Basler Kantonalbank,
Shinhan's SOL Global, Handelsbanken, Maybank2u Biz, Bank of America and UniCredit for buyers in Kyoto,
Melbourne, Basel, Andong, Stockholm, Kuala Lumpur, Santa Fe and Venice in yen, Australian dollars, Swiss
francs, won, kronor, ringgit, US dollars and euros; the Mukha Ghar's tax invoice under a Garuda's mask, the
Raas stall's cash memo in an Assamese hand, PayU's pending checkout, Shopify's order mail, Razorpay's
settlement mail, Instamojo's failed payment link, Khatabook and the Kendra's money receipt in Assamese labels)
and those it makes (the cloth store's invoice under the accountant's PAID stamp, the bamboo seller's chit in
an Assamese hand, Printo's declined checkout, DTDC's roll, the paint shop's Vyapar bill, Amazon.in's pending
order, the potter's chit in an Assamese hand and the packaging house's Tally invoice; Assam Gramin Vikash
Bank's app with its Assamese labels, UCO mBanking Plus, IPPB, Canara ai1, IndOASIS, HDFC Bank's app, the Assam
Co-operative Apex Bank's internet banking and FedMobile for the paint shop, the cloth store, the bamboo
seller, the packaging house, a tools shop, the potter, a printer and the transporter; a mask maker's work
account, Zoho Payroll's payslip, Google Pay, a Bohag Bihu advance receipt in an Assamese hand, Paytm, YONO
SBI, BHIM and slice; Kamalabari Gaon Panchayat's trade licence receipt in Assamese labels, e-GRAS Assam's
pending challan, the Inland Water Transport's ferry ticket, Paytm's professional tax, the Department of
Tourism's failed stall booking, the Income Tax Department's challan receipt, the Majuli Revenue Circle's land
revenue receipt and the Geographical Indications Registry's e-receipt; LIC's, Bajaj General's, Tata AIG's,
Niva Bupa's, Kotak General's, National Insurance's, Tata AIA Life's and Royal Sundaram's premiums; cards on
the Mukha Ghar's Paytm card machine and the Raas stall's Mosambee terminal, at a Guwahati hotel's HDFC Bank
terminal, at a Jorhat tools shop, on IndiGo, in SBI Card's SMS, on OneCard's app and on a Garamur kitchen's
Posist bill; APDCL, Airtel, d2h, RailWire, an Indane distributor's cash memo, Vi, PHED and a news agency's
bill in an Assamese hand; the banks' SMS, Assam Gramin Vikash Bank's SMS in Assamese, Bandhan Bank's app
inbox, Axis Bank's mail and the Apex Bank's SMS read on a feature phone). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout306's or heldout307's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (PhonePe, Google Pay, Paytm, BHIM, Kotak, SBI, PNB, HDFC Bank, Axis Bank, Indian Bank, Airtel, Amazon,
Razorpay, Zoho and the Income Tax Department among the issuers; a receiving business's own app, a UPI app set
in the region's language, an app's failure, pending, no-reference or "Today" page, a state cultural body's
advice, an accounting program's payment, a corporate bank's page with a transfer waiting or sent back, a
chat's message, a payer's letter, a wire's page, a shop's tax invoice, a festival stall's memo, a gateway's
pending or failed page, a web shop's mail, a business's own app, a receipt in the region's language's labels,
a supplier's invoice with its payment noted on it, a supplier's chit in a regional hand, a carrier's roll, a
marketplace's pending or declined order, a bank's app or page in the region's language, a shared receipt, a
piece work account, a payslip, a festival advance receipt, a municipal or panchayat receipt in regional
labels, a treasury's challan, a tax or dues page pending or failed, an app's fee page, a receipt book's page,
a premium receipt, an insurer's app, mail or SMS, a marine cargo certificate, a card slip approved, pending or
declined, a fare paid by card, a card issuer's app or message, a restaurant's bill settled by card, a
utility's receipt, app or mail, a refill, a hand-written monthly bill, a bank's SMS in the region's language,
a bank's mail, an app's notification), it is drawn here for another issuer in this set's own labels and marks,
and near ones are noted: Paytm for Business on the Mukha Ghar's phone, where heldout307 and heldout306 drew
PhonePe Business; PhonePe set in Assamese with its month's Assamese name, where heldout307 drew Paytm set in
Hindi (and PhonePe's own screen in English) and heldout306 BHIM set in Marathi; CRED's payment processing with
its stages across the page, where heldout307 drew BHIM's pending with its stages and heldout306 PayZapp's in
progress; super.money's failure under a tile's cross, where heldout307 drew PayZapp's under a round cross and
heldout306 Bajaj Finserv's under a large cross; Tata Neu's "Today", where heldout307 drew Airtel Thanks' and
heldout306 Amazon Pay's; the Google Pay thread with no reference (heldout275's thread's payment card), where
heldout307 drew Bajaj Finserv's page with no reference and Google Pay's Completed under the payee's initials
and heldout306 BHIM's page with none; mBandhan's striped table, where heldout306 drew Airtel Payments Bank's;
Kotak's app in dot leaders, where heldout307 drew Kotak Biz' IMPS; the Kalakshetra Society's PAYMENT ADVICE
under its Assamese name with its bills on hairline rows and its net in a box, where heldout307 drew the U.P.
Export Corporation's under its Hindi name and heldout306 MSSIDC's under its Marathi name; Oracle NetSuite's
bill payment, where heldout307 drew Dynamics 365's remittance and both Zoho Books'; IDFC FIRST Bank's NEFT
sent to RBI, where heldout307 drew ICICI Bank's NEFT pending authorisation and heldout306 Open's payout in
process; the school's letter in its principal's hand, where heldout307 drew a boutique's typed letter and
heldout306 a forwarded mail; OnlineSBI Corporate's e-Receipt, where heldout306 drew DBS IDEAL's RTGS completed
and heldout307 SBI's YONO Business with an RTGS rejected; PNB's NEFT returned on a tinted band, where
heldout306 drew YES CONNECT's NEFT returned and heldout307 YONO Business' RTGS rejected; Zoho Cliq's channel,
where heldout307 drew Slack's and heldout306 Microsoft Teams' (and both Zoho Books' mails); NAB Connect's
payment held for review, where heldout307 drew TD's wire pending approval and heldout306 MCB's awaiting
processing; Basler Kantonalbank's German labels with their English after a slash, where heldout306 drew
Sparkasse Nürnberg's; SOL Global's "Today", where heldout307 drew FAB's and heldout306 CBQ's; Handelsbanken's
payment rejected on a tinted band, where heldout306 drew DNB's payment returned on a tinted band and
heldout307 Deutsche Bank's; Maybank2u Biz's sentence with no reference, where heldout307 drew Al Rajhi Bank's
and heldout306 ASB's; Bank of America's wire in US dollars with its day month first, where heldout307 drew
Wells Fargo's; the Mukha Ghar's tax invoice under a Garuda's mask, where heldout307 drew one under a chikan
buti and heldout306 one under a row of Ganjifa cards; the Raas stall's cash memo in an Assamese hand lying on
a dhari, where heldout307 drew the Mahotsav stall's memo in a Hindi hand lying on printed mul and heldout306
the Kala Ghoda stall's carbon copy; PayU's pending checkout and Instamojo's failed payment link, where
heldout307 drew Razorpay's pending checkout and CCAvenue's failed page and heldout306 PhonePe Payment
Gateway's pending checkout and CCAvenue's failure; Shopify's order mail, where both drew WooCommerce's;
Razorpay's settlement mail, where heldout307 drew Amazon Seller Central's disbursement and Razorpay's pending
checkout; Khatabook's "Today", where both drew Dukaan's; the money receipt in Assamese labels with dot
leaders, where heldout306 drew a money receipt in Marathi labels for a cheque and heldout307 an advance
receipt across its counterfoil; the cloth store's invoice under the accountant's PAID stamp with the UTR
written under it, where heldout307 drew a mill's invoice with a note under a paper clip and heldout306 a lac
dealer's with a sticky note; the bamboo seller's chit in an Assamese hand on a squared exercise book's page,
where heldout307 drew a block printer's chit in a Hindi hand and heldout306 a wood seller's in a Marathi hand;
Printo's declined checkout, where heldout307 drew Vistaprint's and heldout306 Industrybuying's; DTDC's roll,
where heldout307 drew Delhivery's and heldout306 India Post's; Amazon.in's pending order, where both drew
Moglix's (and heldout307 Amazon Seller Central and Amazon Pay); the potter's chit with its date left as dots,
where heldout307 drew the dhobi's account and heldout306 the colour shop's bill with theirs; the packaging
house's Tally invoice with its payment typed under it, where heldout306 drew a Busy receipt on continuous
stationery; Assam Gramin Vikash Bank's app with its labels' English over their Assamese, where heldout307 drew
Baroda U.P. Bank's app with its Hindi over its English; UCO mBanking Plus' striped table, where heldout307
drew HDFC Bank's NetBanking's table ruled on every side; IPPB's card with no reference, where heldout307 drew
Cent Mobile's shared receipt and heldout306 BOI Omni Neo's; Canara ai1's NEFT failed in an octagon, where
heldout306 drew IDBI Bank's in an octagon and heldout307 Vyom's on a scalloped badge; IndOASIS' IMPS on a
scalloped badge with its tiles, where heldout307 drew Kotak Biz's; HDFC Bank's app's "Today", where heldout307
drew BOI Mobile Omni Neo's and heldout306 Cosmos Bank's (and heldout307 HDFC Bank's NetBanking); the Apex
Bank's NEFT in process with its stages top to bottom, where heldout306 drew iris' IMPS in process and
heldout307 YES BUSINESS' NEFT; the work account, where heldout307 drew a job card and heldout306 a wage
account; Zoho Payroll's payslip, where both drew greytHR's; Paytm's money sent and YONO SBI's quick transfer
with each value over its label, where heldout307 drew Amazon Pay's payment in shaded labels and heldout306 a
payment voucher; Google Pay's processing and BHIM's failure, where heldout307 drew Navi's progress and iMobile
Pay's failure (and BHIM's pending and Google Pay's Completed for buyers) and heldout306 PhonePe's pending and
Airtel Thanks' failure; the Bohag Bihu advance receipt in an Assamese hand, where heldout307 drew an Eid
advance receipt signed by a thumb and heldout306 a Ganeshotsav advance receipt; slice's "Today", where
heldout306 drew Axis Mobile's and heldout307 a WhatsApp chat's; the Gaon Panchayat's trade licence receipt in
Assamese labels, where heldout307 drew Lucknow Nagar Nigam's house tax receipt in Hindi labels and heldout306
the Sawantwadi Municipal Council's in Marathi labels; e-GRAS Assam's pending challan, where both drew GRAS'
challans paid; the ferry ticket from the ghat's ticket machine, where heldout307 drew a Jan Seva Kendra's
roll; Paytm's professional tax "Today", where heldout307 drew e-Nagar Sewa's and heldout306 UMANG's (and
heldout307 Paytm set in Hindi for a buyer); the Department of Tourism's failed stall booking on a tinted band,
where heldout307 drew the Legal Metrology Department's failed fee and heldout306 MahaTraffic's failed
e-challan; the Income Tax Department's challan receipt, where both drew its advance tax pending; the Revenue
Circle's receipt from its book, where heldout307 drew Nagar Panchayat Kakori's and heldout306 the Forest
Department's; the GI Registry's e-receipt, where heldout306 drew Bharatkosh's; Bajaj General's receipt with
its sentence over a table ruled on every side, where heldout307 drew HDFC ERGO's receipt and heldout306 SBI
General's; Tata AIG's failure, where both drew Care Health's; Niva Bupa's payment under process, where both
drew Axis Max Life's; Kotak General's "Today", where heldout307 drew Acko's and heldout306 ACKO's; National
Insurance's marine cargo certificate, where both drew IFFCO-Tokio's; Tata AIA Life's SMS, where both drew SBI
Life's; Royal Sundaram's mail, where heldout306 drew HDFC Life's; Paytm's card machine's slip at the Mukha
Ghar, where heldout307 drew Razorpay POS' and heldout306 BharatPe's; Mosambee's status awaited at the Raas
stall, where heldout307 drew BharatPe's unknown and heldout306 Razorpay POS' unknown; HDFC Bank's slip at a
Guwahati hotel, where both drew ICICI Bank's at a hotel (and HDFC Bank's card SMS); Axis Bank's slip declined
at a tools shop, where heldout307 drew Canara Bank's and heldout306 State Bank of India's (and Axis Mobile for
a turner); IndiGo's booking, where heldout307 drew Air India Express' and heldout306 MSRTC's; SBI Card's SMS,
where both drew HDFC Bank's card SMS; OneCard's app, where heldout307 drew Scapia's and heldout306 BOBCARD's;
the Posist bill, where both drew Petpooja's; APDCL's receipt in ruled cells with its labels' English over
their Assamese, where heldout306 drew MSEDCL's in Marathi cells and heldout307 MVVNL's with Hindi labels;
Airtel's mail of a fibre bill paid, where heldout306 drew Tata Play's mail and both Airtel Thanks' screens;
d2h's pending recharge and RailWire's failed renewal, where heldout307 drew Green Gas' pending payment and
Airtel Thanks' failure and heldout306 Hello BPCL's pending refill and ICICI Bank FASTag's failure; the Indane
distributor's cash memo, where heldout307 drew IndianOil ONE's booking; Vi's "Today", where heldout307 drew
IndianOil ONE's and heldout306 Airtel Thanks'; PHED's water user charge receipt in Assamese labels, where
heldout307 drew the Jal Kal Vibhag's e-receipt in Hindi labels and heldout306 the Council's water tax roll;
the news agency's bill in an Assamese hand, where heldout307 drew a newspaper hawker's bill card in a Hindi
hand; Assam Gramin Vikash Bank's SMS in Assamese, where heldout307 drew Baroda U.P. Bank's SMS in Hindi and
heldout306 Saraswat Bank's in Marathi; UCO Bank's, SBI's, PNB's and Indian Bank's SMS in their own wordings,
where heldout307 drew SBI's UPI, Kotak's, Bank of Baroda's and Union Bank of India's SMS and Indian Bank's
notification and heldout306 Bank of Maharashtra's, Kotak's, Cosmos Bank's, the Sindhudurg district bank's and
Central Bank of India's; Bandhan Bank's app inbox under "Today", where heldout307 drew HDFC Bank's WhatsApp
banking and heldout306 TJSB's SMS on a smartwatch; Axis Bank's mail, where heldout307 drew ICICI Bank's and
heldout306 YES BANK's; the Apex Bank's SMS on a feature phone, where heldout306 drew TJSB's on a smartwatch
and heldout307 Indian Bank's in the notification shade. Some of this set's issuers and kinds of paper were
drawn by sets before heldout306 (heldout287's Assamese lines, cells, hand and SMS, its Paytm for Business,
CRED, Instamojo, e-GRAS Assam, IPPB, the Apex Bank and Assam Gramin Vikash Bank; heldout275's Google Pay
thread; heldout284's feature phone; heldout274's and heldout276's UPI narrations; heldout248's Swiss francs
and won, heldout240's yen and kronor, heldout216's ringgit, heldout238's euros the Italian way; heldout304's
PayU, super.money and Shopify), and are drawn here in this set's own labels and arrangements; the families'
docstrings list each one's labels. This set draws kinds of row and page heldout306 and heldout307 do not: a
Samaguri mask as a letterhead's emblem (a Garuda's green face and yellow hooked beak, a Narasimha's yellow
face in a flame of red mane with its fangs or a Hanuman's red face with its white brow, great round eyes
ringed in red, a tiered crown with a row of white dots, flared ears); a strip of the mask's bamboo armature
(kath) as a divider (two split-bamboo rails, splints crossing between them in diamonds, jute bound round each
crossing, the rails' nodes); a strip of gamosa as a divider (the white cotton, two red lines along each edge,
a phul and a stepped tree woven in turn between them); flakes of dried clay, strips of cotton cloth, a bamboo
sliver, a brush and dabs of hengul and haital in a page's margins; a page photographed lying on a dhari (a
bamboo mat woven in twill) with a clay bowl of ground hengul and a brush beside it; a bank's SMS read on a
feature phone (its dark body, earpiece, soft keys, navigation key and keypad); a label in Assamese with its
English in brackets, dot leaders and its value at the right; Assamese lines, sentences, a form's ruled cells
with each label's English over its Assamese, an Assamese hand and a bank's SMS in Assamese in Noto Sans and
Serif Bengali (heldout287's Bengali-script rows, here for Majuli's Assamese: a UPI app set in Assamese with
its month's Assamese name, a cultural society's, a shop's, the Kendra's, a bank's, a panchayat's, a revenue
circle's, an electricity company's and a department's names, a money receipt's, a trade licence receipt's, a
water receipt's, a bank app's and an electricity receipt's labels, a work account's and a cash memo's
headings, a bamboo seller's and a potter's chits, a stall's cash memo, a festival advance and a news agency's
bill in an Assamese hand, a bank's SMS); a letter written by hand on a printed letterhead; a ferry ghat's
ticket; a payment gateway's settlement mail; and beside them earlier sets' rows neither of them draws:
heldout287's squared exercise book's page; heldout275's payment card in a chat's thread; and heldout269's to
heldout294's rows (tables ruled on every side, striped tables, shaded labels, labels against a gutter, labels
at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted outcome bands,
capsules, tiles two to a row, values over their labels, labels over their values two to a row, copyable
fields, read-only fields, notice boxes, a payment's stages left to right, across and top to bottom, large
round marks, octagons, scalloped badges, tile marks, spinners, a day divider, chat bubbles, rounded cards,
hand-written fills and columns on a ruled page, a sum in a box, rectangular, round and oval stamps, a red
numbering-machine number, signatures, a torn roll, a barcode).

* ``buyer_upi``: Buyers paying Kamalpur Mukha Ghar or the Kendra: Paytm for Business on the Mukha Ghar's phone
  (the Mukha Ghar under the app's bar, a tile's tick, Payment Received, the sum set large, "from <buyer>"; UPI
  Ref. No. and Received on two to a row, labels small over their values; Settles to and Paid via at the left
  and the right); Tata Neu's NeuPay UPI payment on a scalloped badge ("Paid to" over the payee, "Today,
  <hour>"; a copyable UPI Reference ID; Paid using; no day); PhonePe set in Assamese (a large round tick,
  "লেনদেন সফল হ'ল" (transaction successful), the day with its month's Assamese name and the hour, "প্ৰাপক"
  (recipient) over the payee and the sum on its line, the payee's UPI ID; "লেনদেনৰ বিৱৰণ" (transaction
  details): "লেনদেন আইডি" (transaction ID), "ডেবিট কৰা হৈছে" (debited), UTR); CRED's payment processing on its
  dark screen under a spinner (the sum, "to <payee>", its stages across the page with a dot for each, a
  notice; each value over its label: UPI Ref No, started at, paying from); Bandhan Bank's mBandhan with
  Transaction Successful under a large round tick (the sum; Paid to, UPI Ref No., Date & Time, From A/c,
  Remarks in a striped table); super.money's payment failed under a tile's cross (the sum, "to <payee>", the
  reason in a notice; Transaction ID, Attempted on, Bank account in dot leaders); Google Pay's thread with the
  Mukha Ghar (the payee on top and its UPI ID, the day's divider, a payment card at the right: "Payment to
  <payee>", the sum, "Paid" and the hour, a note; no reference); Kotak's app with Payment successful in a
  capsule (the sum, "Paid to" over the payee; UPI Ref No., Date, From A/c, Remarks in dot leaders). All new
  here.

* ``buyer_advices``: Payers' advices of what they paid the Kendra: the Srimanta Sankaradeva Kalakshetra
  Society's PAYMENT ADVICE for its museum's masks under its Assamese name (Memo No. and Dated on a line; "To,
  The Secretary," and the Kendra; Sub:; Bill No. | Bill Date | Amount | TDS-GST 2% | Net on hairline rows; Net
  paid in a printed box; "The net amount has been credited ... by NEFT, UTR ..."; its round seal; the Accounts
  Officer's signature); a Guwahati hotel group's Bill Payment mailed from Oracle NetSuite (Payment #, Date,
  Payee, Account, Memo with the UTR with colons; Bill # | Date Due | Orig. Amt. | Payment in a striped table;
  Total under a double rule); IDFC FIRST Bank's corporate banking with a Bengaluru craft marketplace's NEFT
  sent to RBI and not yet credited (an In progress capsule, its stages left to right, a notice; Transaction
  Ref. No., Beneficiary, Amount, Mode, Value Date, UTR awaited in shaded labels); a Kolkata decor brand's
  Payment Out from myBillBook (the sum set large, "Paid to" over the payee; Payment No., Payment Date, Payment
  Mode, Reference / UTR, Settled against at the left and the right); a Jorhat school's letter written by its
  principal's hand on its printed letterhead (Date; "To, The Secretary," and the Kendra; Sub:; "we have sent
  Rs. x/- ... by NEFT today ..."; no reference); a Delhi theatre repertory's e-Receipt from OnlineSBI
  Corporate (Transaction Status: Completed Successfully; Reference No., UTR, Beneficiary Name, Amount, Value
  Date, Mode with colons); a Shillong cafe group's NEFT returned on PNB Corporate Internet Banking on a tinted
  band (the reason in a notice; Transaction ID, Beneficiary, Amount, Date, Return reason in a table ruled on
  every side); a Pune theatre foundation's Zoho Cliq channel under a "Today" divider (the writer's name, bold,
  and the hour; "Paid Rs. x to <payee> by IMPS for the Bhaona masks", "IMPS ref ..."; a reply; no day). All
  new here.

* ``export_wires``: Folk-art galleries, mask museums' shops and carnival mask ateliers abroad paying the
  Kendra for its masks: SMBC's overseas remittance completed in yen (Transaction No. and Remittance Date,
  Remitter and Beneficiary, Beneficiary Bank and SWIFT, Remittance Amount and Charges two pairs to a row in a
  table ruled on every side); NAB Connect's international payment held for review in Australian dollars (a
  Held for review capsule, a notice; Payment ID, Payee, Amount, Payment date, Charges against a gutter);
  Basler Kantonalbank's e-banking with a payment executed in Swiss francs with apostrophes (Zahlung ausgeführt
  / Payment executed; each label's German and its English after a slash in dot leaders: Auftragsnummer / Order
  no., Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date, Spesen / Charges);
  Shinhan Bank's SOL Global with an overseas remittance sent in won ("Today, <hour>"; a tile's tick, the sum,
  "to <payee>"; a copyable Remittance No.; Fee and Type at the left and the right; no day); Handelsbanken's
  payment rejected in kronor the Swedish way on a tinted band (the reason in a notice; each value over its
  label: Mottagare / Recipient, Belopp / Amount, Datum / Date, Referens / Reference); Maybank2u Biz's
  telegraphic transfer successful in ringgit (its sentence; Beneficiary, Beneficiary Bank, Amount, Date,
  Purpose at the left and the right; no reference); Bank of America's CashPro with an international wire
  completed in US dollars, the day month first (Status, Payment reference, Value date, Beneficiary,
  Beneficiary bank, Amount, Charges on hairline rows); UniCredit's bonifico estero eseguito in euros the
  Italian way (an Eseguito / Executed capsule; each label's Italian and its English after a slash in a table
  ruled on every side: CRO / Reference, Ordinante / Ordering party, Beneficiario / Beneficiary, Importo /
  Amount, Data valuta / Value date, Spese / Charges). All new here.

* ``own_receipts``: The Kendra's own papers, its Mukha Ghar or itself on top: Kamalpur Mukha Ghar's TAX
  INVOICE under a Garuda's mask, its Assamese name and a strip of bamboo armature, to a Jorhat buyer (Invoice
  No. and Date, Buyer and Place of Supply at the left and the right; Item | HSN | Qty | Rate | Amount in a
  striped table; Taxable Value, CGST 2.5%, SGST 2.5%, Invoice Total in dot leaders; the sum in words; "Paid by
  UPI at the counter, Ref ..."; clay, cloth and paint in its margins); the Raas Mahotsav stall's CASH MEMO in
  the Raas' days, photographed lying on a dhari (its Assamese name over its English, "নগদ মেমো" (cash memo);
  তাৰিখ (Date) and নাম (Name) written in on dot leaders; the masks written in an Assamese hand on ruled lines
  with their sums, "মুঠ" (total), "নগদ পালোঁ" (received cash); no reference); PayU's checkout for the web shop
  with the payment pending (the shop on top, the sum, its stages left to right, a notice; PayU ID, Txn ID,
  Mode, Initiated on in dot leaders); Shopify's order confirmation mailed for the web shop (Order #, Placed
  on; the masks on hairline rows, Subtotal, Shipping, Total; Payment: Razorpay (UPI), Paid; Transaction ID);
  Razorpay's settlement mail to the web shop (Settlement processed; its sentence "Rs. x has been settled to
  your bank account ending ..."; Merchant, Settlement ID, UTR, Amount settled, Settled on, Payments included,
  Fees (incl. GST) at the left and the right); Instamojo's payment link for a commissioned Ravana mask with a
  card payment failed under a tile's cross (the shop on top, the reason in a notice; Payment ID, Amount,
  Payment method, Attempted on in shaded labels); Khatabook on the Mukha Ghar's phone with a payment received
  ("Today, <hour>"; the Mukha Ghar under the app, a customer's entry: Payment received, the sum, "via UPI",
  UPI Ref; no day); the Kendra's MONEY RECEIPT (ধনৰ ৰচিদ) for a bhaona committee's advance (No. struck in red;
  each label in Assamese with its English in brackets, dot leaders and the value written in: তাৰিখ (Date),
  গ্ৰহণ কৰা হ'ল (Received from), টকা (Rupees), বাবদ (Towards), মাধ্যম (Mode), UPI Ref; a strip of gamosa; the
  Secretary's signature). All new here.

* ``supplier_invoices``: The Kendra's suppliers, each on top of its own paper: a Jorhat cloth store's TAX
  INVOICE for markin and mull (Invoice No. and Date; Description | HSN | Metres | Rate | Amount in a table
  ruled on every side, CGST 2.5%, SGST 2.5% and Total under it) with the accountant's rectangular PAID stamp
  and "by NEFT, UTR ..." written under it; a bamboo seller's chit in an Assamese hand on a squared exercise
  book's page (his name in Latin letters at its head; "তাৰিখ" (date) and the day; জাতি বাঁহ and ভলুকা বাঁহ
  (the two bamboos) by the pole and গাড়ী ভাড়া (cart hire) with their sums, "মুঠ" (total), "নগদ পালোঁ"
  (received cash); no reference); Printo's checkout for printed mask tags and leaflets with the card declined
  under an octagon's cross (the reason in a notice; Order ID, Items, Amount, Payment method, Attempted on each
  in a read-only field's box); DTDC's booking receipt from a Jorhat franchise on a torn roll (CONSIGNMENT NO
  and its barcode, DATE, FROM, TO, PCS, WT, FREIGHT, FOV, GST 18%, TOTAL, PAID BY, UPI REF typed in its
  printer's face); a Garamur paint and hardware shop's bill printed from Vyapar on a three-inch roll (Bill
  No., Date; the paints, chalk, lamp black and brushes with Qty, Rate and Amount; Total; Received: UPI and its
  Ref); Amazon.in's order of art colours with the payment pending (its stages across the page with a dot for
  each, a notice; Order ID, Sold by, Amount, Payment method, Ordered on in shaded labels); a Salmora potter's
  chit in an Assamese hand (his name in Latin letters; "তাৰিখ" (date) left as dots; কুমাৰ মাটি (potter's clay)
  by the boat load and নাও ভাড়া (boat hire) with their sums, "মুঠ" (total), "PhonePe-ৰে পালোঁ" (received by
  PhonePe) and its Ref; no day); a Guwahati packaging house's TAX INVOICE printed from Tally (Invoice No.
  beside its earlier Dated; the cartons and bubble wrap on hairline rows, CGST 9% and SGST 9%, Total; "Payment
  Details: IMPS, Ref ..., on <day>" typed under it). All new here.

* ``vendor_transfers``: The Kendra paying its suppliers from its banks: Assam Gramin Vikash Bank's app with an
  IMPS to the paint shop under its Assamese name (a large round tick, "স্থানান্তৰ সফল হ'ল" (transfer
  successful) over Transfer successful; the sum; each field in a form's two ruled cells, its English over its
  Assamese: Beneficiary / হিতাধিকাৰী, IMPS Ref / আইএমপিএছ নং, Date / তাৰিখ, From / একাউণ্ট); UCO Bank's UCO
  mBanking Plus with a NEFT to the Jorhat cloth store (Transaction Successful; Beneficiary, Amount, UTR,
  Transaction Date, Remarks in a striped table); India Post Payments Bank's app with a UPI payment to the
  bamboo seller in a rounded card ("<sum> sent to <payee>", "on <day>"; From; no reference); Canara Bank's
  Canara ai1 with a NEFT to the packaging house failed under an octagon's cross (the reason in a notice;
  Beneficiary, Amount, Reference No., Date, Reason at the left and the right); Indian Bank's IndOASIS with an
  IMPS to a Jorhat tools shop on a scalloped badge (the sum, "to <payee>"; IMPS Ref No. and Date in tiles;
  Remarks); HDFC Bank's app with a UPI payment to the Salmora potter ("Today, <hour>"; a tile's tick, the sum,
  "Paid to" over the payee; a copyable UPI Ref No.; From; no day); the Assam Co-operative Apex Bank's internet
  banking with a NEFT to a Guwahati printer in process (an In process capsule; its stages top to bottom, a
  notice; Beneficiary, Amount, UTR, Initiated on against a gutter); Federal Bank's FedMobile with an IMPS to
  the transporter successful (the sum; Beneficiary and IMPS Ref, Date and Debit A/c, labels small over their
  values two to a row). All new here.

* ``worker_pay``: The Kendra paying its mask makers (bhakats of the satra and young men and women of the
  villages round it) and its staff: a mask maker's work account under its Assamese heading "কামৰ হিচাপ" (work
  account) (Artisan and Month written in; Mask | Stage | Pcs | Rate | Amount written in ruled columns, Total;
  "Paid by UPI, Ref ..." and "on <day>" written under it; clay, cloth and paint in its margins); Zoho
  Payroll's payslip for the Mukha Ghar's salesman (Employee Name, Employee ID, Designation, Pay Period two
  pairs to a row with colons; Earnings | Amount | Deductions | Amount in a striped table; Net Pay under a rule
  and a double rule with its words; "Paid on <day> via NEFT, UTR ..."); Google Pay's payment to a mask maker
  processing under a spinner (the sum, "to <payee>", a notice; UPI transaction ID, Started, From in dot
  leaders); a mask maker's Bohag Bihu advance receipt under a strip of gamosa, written in an Assamese hand
  ("বিহুৰ অগ্ৰিম" (Bihu advance); "আজি <day> তাৰিখে বহাগ বিহুৰ অগ্ৰিম হিচাপে" (today, on <day>, as the Bohag
  Bihu advance), "টকা x/- নগদ পালোঁ।" (received Rs. x in cash)), his signature and his name written under it
  in English; no reference); Paytm's money sent to a mask maker (a large round tick, "<sum> sent to <payee>";
  UPI Ref No., Date & Time, From at the left and the right); YONO SBI's quick transfer to a mask maker
  (Transaction Successful; each value over its label: Beneficiary, Amount, IMPS Ref, Date, Account); BHIM's
  payment to a mask maker failed under a tile's cross (the reason in a notice; Transaction ID, Attempted on,
  Account in shaded labels); slice's UPI payment to a mask maker ("Today, <hour>"; a scalloped badge, the sum,
  "paid to <payee>"; a copyable UPI ref; From; no day). All new here.

* ``govt_fees``: The Kendra's fees, taxes and dues, the authority paid as printed: Kamalabari Gaon Panchayat's
  trade licence e-receipt under its Assamese name (each label in Assamese with its English in brackets, dot
  leaders and the value: ৰচিদ নং (Receipt No.), অনুজ্ঞাপত্ৰ নং (Licence No.), নাম (Name), বছৰ (Year), টকা
  (Amount), মাধ্যম (Mode), ৰেফাৰেন্স (UPI Ref), তাৰিখ (Date)); e-GRAS Assam's challan for the Directorate of
  Cultural Affairs' registration fee pending with the bank (a capsule, its stages across the page with a dot
  for each, a notice; GRN, Department, Treasury, Amount, Mode, Initiated on in a table ruled on every side);
  the Inland Water Transport's ferry ticket from Kamalabari ghat to Neamati ghat for the pickup carrying
  masks, printed by the ghat's ticket machine (TICKET NO, DATE, FROM, TO, VEHICLE, PASSENGERS, VEHICLE FARE,
  PASSENGER FARE, TOTAL, MODE, UPI REF typed in its printer's face); Paytm's Assam professional tax paid
  ("Today, <hour>"; the department under "Paid to", a large round tick, the sum; Enrolment No. and Order ID
  two to a row, labels small over their values; no day); the Department of Tourism's stall booking for the
  Majuli Festival failed by card on a tinted band (the reason in a notice; Booking No., Stall, Amount,
  Transaction ID, Mode, Attempted on in dot leaders); the Income Tax Department's challan receipt of the
  Kendra's TDS (TAN, Name, Nature of Payment, Amount, CRN, Bank, Bank Reference Number, Date of Deposit on
  hairline rows); the Majuli Revenue Circle's land revenue receipt from its book under its Assamese name
  "খাজানাৰ ৰচিদ" (land revenue receipt) (No. left blank; Date, Received from, Dag and Patta written in; Rs. in
  a box; "Recd. in cash"; its oval stamp; no reference); the Geographical Indications Registry's e-receipt of
  the Kendra's authorised user fee for the Majuli masks (Payment successful; CBR No., Application No., Fee,
  Transaction ID, Payment Date, Mode in a striped table). All new here.

* ``insurer_receipts``: The Kendra's premiums, the insurer on top, under its app's bar or signing its SMS:
  LIC's PREMIUM RECEIPT for the mask makers' group term cover printed on its branch's printer (RECEIPT NO,
  DATE, POLICY NO, NAME, PLAN, PREMIUM, GST 18%, TOTAL, MODE, UTR typed in its printer's face); Bajaj
  General's premium receipt for the workshop's Bharat Sookshma Udyam Suraksha policy (its sentence "Received
  with thanks from ... Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy No., Net Premium, GST 18%, Total
  Premium, UTR in a table ruled on every side; a signature); Tata AIG's renewal of the pickup's motor policy
  failed by card on a tinted band (the insurer under the app's bar, the reason in a notice; Policy No.,
  Premium, Payment ID, Card, Attempted on in dot leaders); Niva Bupa's health renewal under process under a
  spinner (the insurer under the app's bar, its stages across the page with a dot for each, a notice; each
  value over its label: Policy No., Premium, Transaction ID, Paid via, Initiated on); Kotak General's app with
  the e-rickshaw's policy renewed ("Today, <hour>"; a scalloped badge, Policy renewed, the sum; Policy No. and
  Payment Ref in tiles; "Paid via UPI"; no day); National Insurance's marine cargo certificate for the Kyoto
  consignment (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment,
  Transaction ID, Payment Date against a gutter); Tata AIA Life's SMS of a premium received ("Dear Customer,
  we have received your premium of Rs.x for Policy No. ... on <dd-Mon-yyyy> by Net Banking. Thank you. - Tata
  AIA Life"; no reference); Royal Sundaram's premium receipt mailed for the Mukha Ghar's shop policy (its
  sentence; Receipt No., Policy No., Premium, GST 18%, Total, Mode, UPI Ref, Date at the left and the right).
  All new here.

* ``card_slips``: Cards on the Mukha Ghar's and the Raas stall's terminals and the Kendra's cards elsewhere:
  Paytm's card machine's SALE slip at Kamalpur Mukha Ghar (DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD,
  APPR CODE, RRN at the left and the right; AMOUNT; APPROVED, CUSTOMER COPY); Mosambee's terminal at the Raas
  stall in the Raas' days with the host's answer awaited (CARD SALE; DATE, TIME, TID, INV, CARD, AMT; STATUS
  AWAITED FROM HOST, DO NOT RETRY THIS CARD FOR 30 MIN); HDFC Bank's slip at a Guwahati hotel (SALE; DATE and
  TIME, MID and TID, BATCH and INVOICE each two to a line; CARD, AUTH CODE, RRN; TOTAL; APPROVED); Axis Bank's
  slip at a Jorhat tools shop DECLINED (05 DO NOT HONOUR); IndiGo's booking for the Jorhat - Delhi flight to a
  crafts fair paid by card (Booking confirmed, Payment successful; PNR, Passenger, Flight, Date of travel,
  Fare, Taxes and fees, Total, Card, Payment ID, Paid on in a table ruled on every side); SBI Card's SMS of a
  spend ("Rs.x spent on your SBI Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. ..."; no reference);
  OneCard's app with a spend at an electronics store ("Today, <hour>"; the merchant's line and its town, the
  sum, Successful; Card and Txn ID in tiles; Category; no day); a Garamur Assamese kitchen's bill from Posist
  settled by card (Bill No., Date, Covers; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled:
  Card", the card and its Auth). All new here.

* ``utility_bills``: The workshop's and the Mukha Ghar's bills: APDCL's online payment receipt for the
  workshop under its Assamese name (Payment Successful; each field in a form's two ruled cells, its English
  over its Assamese: Consumer No. / গ্ৰাহক নং, Consumer Name / গ্ৰাহকৰ নাম, Bill Month / বিলৰ মাহ, Amount Paid
  / পৰিশোধ কৰা ধন, Receipt No. / ৰচিদ নং, Transaction ID / লেনদেন আইডি, Payment Date / পৰিশোধৰ তাৰিখ, Mode /
  মাধ্যম); Airtel's mail of a payment received for the Mukha Ghar's Xstream Fiber (its sentence; Account ID,
  Amount, Transaction ID, Payment date, Mode against a gutter); d2h's recharge for the Mukha Ghar's television
  pending under a spinner (the company under the app's bar, a notice; VC No., Amount, Order ID, Paid via,
  Initiated on in shaded labels); RailWire's broadband renewal failed by card under an octagon's cross (the
  reason in a notice; User ID, Plan, Amount, Transaction ID, Attempted on each in a read-only field's box);
  the Indane distributor's CASH MEMO for the workshop's commercial cylinder printed by its billing system
  (CASH MEMO NO, DATE, CONSUMER NO, CYL, BASE PRICE, GST 18%, DELIVERY, TOTAL, MODE, UPI REF typed in its
  printer's face); Vi's app with the Mukha Ghar's postpaid bill paid ("Today, <hour>"; Vodafone Idea under the
  app's bar, a tile's tick, the sum; Mobile No. and Transaction ID in tiles; Paid via; no day); PHED Assam's
  water user charge e-receipt under its Assamese name (each label in Assamese with its English in brackets,
  dot leaders and the value: গ্ৰাহক নং (Consumer No.), সময়সীমা (Period), টকা (Amount), ৰচিদ নং (Receipt No.),
  তাৰিখ (Date), মাধ্যম (Mode)); a news agency's monthly bill in an Assamese hand (the agency on top; মাহ
  (month) written in; the Assamese and English dailies with their days, rates and sums, "মুঠ" (total), "নগদ
  পালোঁ" (received cash) and the day; no reference). All new here.

* ``bank_alerts``: The banks' alerts of the Kendra's payments: Assam Gramin Vikash Bank's SMS in Assamese in a
  bubble of the phone's messages thread under its day divider ("প্ৰিয় গ্ৰাহক, আপোনাৰ খাতা XX1234ৰ পৰা
  <dd/mm/yyyy> তাৰিখে UPI যোগে <PAYEE> লৈ টকা x পৰিশোধ কৰা হৈছে। ৰেফাৰেন্স নং ...। -AGVB" (Dear customer, Rs.
  x has been paid from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in UCO Bank's
  ("A/c XX1234 debited for Rs x on <dd-Mon-yyyy> by NEFT to <PAYEE>. Avl Bal Rs y. -UCO Bank"; no reference),
  SBI's ("Dear Customer, Rs.x transferred from A/c ...1234 to <PAYEE> on <dd/mm/yy> by IMPS. Ref No ...
  -SBI"), PNB's ("Your NEFT of Rs x to <PAYEE> dated <dd/mm/yyyy> has been returned: beneficiary account
  closed. UTR ... -PNB") and Indian Bank's ("Your IMPS txn of Rs.x to <PAYEE> on <dd.mm.yy> is under process.
  Ref ... Please do not reinitiate. -Indian Bank") wordings; Bandhan Bank's mBandhan inbox under its "Today"
  heading ("Rs.x debited from A/c XX1234 to <PAYEE> via UPI. UPI Ref ..."; no day); Axis Bank's mail ("Rs. x
  has been debited from your A/c no. XX1234 on <dd-mm-yyyy> towards IMPS to <PAYEE>. IMPS Ref: ..."); the
  Assam Co-operative Apex Bank's SMS read on a feature phone (the sender on the screen's bar, "Rs x Dr from
  A/c XX1234 on <dd-mm-yy> UPI/<PAYEE>/<ref>. -Apex Bank", Options and Back over the soft keys). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Bengali and Noto Serif Bengali
(heldout287's, regular and bold, fonts-noto-core) for the Assamese lines, labels, cells, hand and SMS, DejaVu
Serif (heldout287's) for an Assamese hand's figures, an italic or oblique for the hand
(``heldout309_families.PENS``) and a fixed-width face of the page's own (``heldout309_families.TYPES``). The
Raas stall's cash memo and its card slip are drawn in the Raas Mahotsav's days (23 to 27 November 2026), a
share of the Mukha Ghar's UPI receipts in them too, the Bohag Bihu advance in the twelve days before Bohag
Bihu (14 April 2026); the other days anywhere in 2026. GST is 5% on the masks (handcrafted of bamboo, clay and
cloth, HSN 4602; CGST 2.5% and SGST 2.5% to an Assam buyer), on the cotton cloth (HSN 5208) and on the
kitchen's food (CGST 2.5% and SGST 2.5%), 18% on the courier's freight, on the cartons and packing (CGST 9%
and SGST 9%), on the commercial cylinder, on the general insurance premiums and on the group term cover; the
health premium and the life premium print none and the pickup's and the e-rickshaw's motor premiums print
theirs inside the sum; the Kalakshetra Society, a body of the state government, deducts TDS-GST (2% in all)
from its bills, as the law asks of it; the chits and the news agency's bill carry none.

Truth conventions (heldout307's, heldout306's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Tata Neu's and Kotak's "Paid to", after "to" on CRED and super.money, mBandhan's Paid to; the Mukha Ghar,
  the Kendra, the Kendra as a bank's field cuts it (KAMALPUR SATRA MUKHA SHI) or the Mukha Ghar with its town
  (KAMALPUR MUKHA GHAR MAJULI); never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout303's
  to heldout307's screens set in Telugu, Kannada, Tamil, Marathi and Hindi): a UPI app set in the region's
  language reads as the same app in English, here the name under PhonePe's "প্ৰাপক" (recipient) on its sum's
  line. *settled* (heldout268 to heldout307): a receiving business's own app pays the business named under the
  app, here the Mukha Ghar under Paytm for Business (never Paytm or "from <buyer>"). *settled* (heldout275's
  Google Pay thread): a payment card in a UPI app's thread with the payee pays the payee on top of the thread
  (never the card's "Payment to" line where the card cuts it). *settled* (heldout167 to heldout307): a payer's
  advice pays the one it pays, never the payer on top or a salutation; here the Kendra after the Kalakshetra
  Society's "To, The Secretary," (never the Society, its Assamese name or the Secretary), NetSuite's Payee
  (never the hotel group on top), IDFC FIRST Bank's Beneficiary (never the bank or the marketplace), the name
  under myBillBook's "Paid to" (never the decor brand under the app), the Kendra written after "To, The
  Secretary," in the school's letter (*settled* heldout304's and heldout307's letters; never the school or
  "Respected Sir"), OnlineSBI Corporate's Beneficiary Name, PNB's Beneficiary, the payee in the Zoho Cliq
  message ("Paid Rs. x to <payee> by IMPS", never the writer, the channel or the foundation; *settled*
  heldout286, heldout299, heldout301 and heldout303 to heldout307's chats). *settled* (heldout155 to
  heldout307): an inward wire pays the Kendra, here SMBC's Beneficiary, NAB's Payee, Basler Kantonalbank's
  Begünstigter / Beneficiary, the name after "to" on SOL Global and in Maybank2u Biz's sentence,
  Handelsbanken's Mottagare / Recipient, Bank of America's Beneficiary, UniCredit's Beneficiario /
  Beneficiary; never the remitter, its line or the bank on top. *settled* (heldout175 to heldout307): the
  Kendra's own paper pays its Mukha Ghar or itself on top, here KAMALPUR MUKHA GHAR on its tax invoice (never
  its Assamese line, the Kendra it is a unit of or its Buyer), the Mukha Ghar's English line under its
  Assamese name on the Raas memo (never the নাম (Name) written in), the Mukha Ghar on top of PayU's page and
  Shopify's mail (never the gateway or Shopify), the Kendra or the Mukha Ghar on top of Instamojo's payment
  link (never Instamojo), the Kendra on top of its money receipt (never its গ্ৰহণ কৰা হ'ল (Received from)
  written in); *settled* (heldout285's, heldout304's and heldout307's payouts and disbursements) Razorpay's
  settlement pays its Merchant (never Razorpay); *settled* (heldout268 to heldout307) the Mukha Ghar named
  under Khatabook's bar, as a business's own app (never Khatabook or the customer). A name in Assamese over
  its English: the English line, never the Assamese (*settled* heldout277, heldout287 and heldout303 to
  heldout307's regional lines). *settled* (heldout187 to heldout307): a supplier's name on top of its own
  paper, here MAA KAMAKHYA BASTRALAYA (never its Buyer or the PAID stamp on it), the bamboo seller's and the
  potter's names written in Latin letters at their chits' heads (Dilip Kutum, Dulal Kumar; *settled*
  heldout294 and heldout303 to heldout307; never their Assamese lines), Printo on top of its checkout, DTDC on
  top of its roll (never its franchise), RAJ PAINTS & HARDWARE on top of its roll, Amazon.in's Sold by
  (*settled* heldout305's Amazon Business and heldout306's and heldout307's Moglix; never amazon.in),
  BRAHMAPUTRA PACKAGING INDUSTRIES on top of its invoice (never its Buyer). *settled* (heldout179 to
  heldout307): a banking page pays the payee, here Assam Gramin Vikash Bank's Beneficiary / হিতাধিকাৰী (never
  the bank's Assamese name), UCO mBanking Plus' Beneficiary, the payee after IPPB's "sent to", Canara ai1's
  Beneficiary, the name after "to" on IndOASIS, the name under HDFC Bank's "Paid to", the Apex Bank's
  Beneficiary, FedMobile's Beneficiary. *settled* (heldout150 to heldout307): a pay slip pays the worker, here
  the Artisan written on the work account (never the Kendra or its Assamese heading), Zoho Payroll's Employee
  Name (never the Kendra on top), the name after "to" on Google Pay and BHIM, after "sent to" on Paytm, YONO
  SBI's Beneficiary, the name after "paid to" on slice, the name written under the signature on the Bohag Bihu
  advance receipt (*settled* heldout306's advance receipt's Name and heldout307's name under a thumb's
  impression; never the Kendra, its Assamese name or the witness). *settled* (heldout153 to heldout307): a fee
  page pays the authority as printed, here Kamalabari Gaon Panchayat under its Assamese name (never the নাম
  (Name)), e-GRAS Assam's Department (the Directorate of Cultural Affairs; never e-GRAS or its Treasury), the
  Inland Water Transport on top of its ferry ticket (INLAND WATER TRANSPORT, ASSAM or I.W.T. ASSAM as printed;
  *settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to heldout307: the carrier whose
  fare is paid; never the ghat), the department under Paytm's "Paid to" (*settled* heldout272, heldout301 and
  heldout303 to heldout307: never the app), the Department of Tourism on top (or Assam Tourism as printed),
  the Income Tax Department on top, MAJULI REVENUE CIRCLE under its Assamese name (never the Received from
  written in or its stamp), the Geographical Indications Registry on top (or the GI Registry, Chennai as
  printed). *settled* (heldout199 to heldout307): an insurer's receipt pays the insurer on top (full or short
  as printed), under its app's bar (Tata AIG General Insurance, Niva Bupa Health Insurance, Kotak General
  Insurance) or signing its SMS (Tata AIA Life), never the Insured, "Received with thanks from" or "Dear
  <shop>". A slip's counter name line as printed (KAMALPUR MUKHA GHAR, KAMALPUR MUKHA GHAR - RAAS or its first
  part, the hotel, the tools shop), never *settled* the terminal's brand or bank over it (PAYTM, MOSAMBEE,
  HDFC BANK, AXIS BANK); IndiGo on top of its booking (*settled* heldout272, heldout282, heldout300,
  heldout302 and heldout305 to heldout307: the carrier whose fare the card paid; never the Passenger); the
  name after "at" in SBI Card's "Rs.x spent on your SBI Credit Card ending 1234 at <MERCHANT> on <day>"
  (*settled* heldout299, heldout300, heldout302, heldout304, heldout306 and heldout307's card SMS); OneCard's
  merchant line over its town (*settled* heldout297 and heldout302 to heldout307's card issuers' apps); the
  kitchen on top of its bill (never Posist). A utility's biller: APDCL's English name under its Assamese (in
  full or APDCL as printed; never the Consumer Name), Airtel's company on top of its mail (Bharti Airtel Ltd.
  or Airtel as printed), Dish TV India Ltd. (d2h) under d2h's bar and Vodafone Idea Ltd. under Vi's (*settled*
  heldout285, heldout301 and heldout303 to heldout307: the company, never the app), RailWire on top (in full
  or short as printed), the Indane distributor on top of its cash memo (INDANE - MAJULI GAS SERVICE or MAJULI
  GAS SERVICE as printed; *settled* heldout304's gas distributor's cash memo), PHED under its Assamese name
  (in full or short as printed), the news agency on top of its bill. An SMS, mail, inbox or feature phone
  alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full
  stop, read across its lines where it wraps): the Assamese SMS' "<PAYEE> লৈ" (to <PAYEE>, *settled*
  heldout287), UCO Bank's "by NEFT to <PAYEE>. Avl Bal", SBI's "to <PAYEE> on", PNB's "to <PAYEE> dated",
  Indian Bank's "to <PAYEE> on", Bandhan Bank's "to <PAYEE> via UPI", Axis Bank's "towards IMPS to <PAYEE>.
  IMPS Ref", the middle part of the Apex Bank's "UPI/<PAYEE>/<ref>" (*settled* heldout274's and heldout276's
  narrations); *settled* (heldout284's feature phone and heldout306's watch) an SMS read on a feature phone
  reads as the SMS it shows: its sender, sum, payee, reference and debit are the message's.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Paytm for Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277),
  PhonePe's sum on its recipient's line (its Debited line's the same), the sum in the Google Pay thread's
  card. *settled* (heldout152 to heldout307): a payer's advice counts its net sum, here the Kalakshetra
  Society's Net paid in its box (never an Amount or a TDS-GST 2%, *settled* heldout296, heldout298, heldout301
  and heldout303 to heldout307), NetSuite's Total (never a bill's Payment where there are several), IDFC FIRST
  Bank's, OnlineSBI Corporate's and PNB's Amount, myBillBook's sum set large, the Rs. x/- in the school's
  letter (its words the same), the Rs. x in the Zoho Cliq message. *settled* (heldout155 to heldout307): an
  inward wire's foreign sum, here yen whole (JPY 1,055,000 or ¥1,055,000 is 1055000.00, *settled* heldout240
  and heldout283), Australian dollars (AUD or A$, *settled* heldout202 and heldout289), Swiss francs with
  apostrophes between the thousands (CHF 5'235.20 or 5'235.20 CHF is 5235.20, *settled* heldout243 and
  heldout248), won whole (KRW 4,983,000 or the won's sign, *settled* heldout248), kronor the Swedish way
  (91 413,63 SEK or SEK 91 413,63 is 91413.63, *settled* heldout240 and heldout243), ringgit (RM or MYR,
  *settled* heldout216 and heldout278), US dollars (USD or $), euros the Italian way (10.548,46 EUR or EUR
  10.548,46 is 10548.46, *settled* heldout238 and heldout275); never a Fee (SOL Global's Fee) or Charges.
  *settled* (heldout175 to heldout307): a receipt counts the sum received, here the tax invoice's Invoice
  Total (never the Taxable Value, its CGST 2.5% or SGST 2.5% or a line's Amount), the Raas memo's "মুঠ"
  (total) written in (never a line's sum), PayU's sum large, Shopify's Total (never its Subtotal, Shipping or
  a line), Razorpay's Amount settled (its sentence's sum the same; never its Fees (incl. GST)), Instamojo's
  Amount, Khatabook's sum large, the money receipt's টকা (Rupees) written in (its words the same). A whole sum
  closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout307): a supplier's
  paper counts the sum paid, here the cloth store's Total (never CGST 2.5%, SGST 2.5% or a line's Amount), the
  bamboo seller's and the potter's "মুঠ" (total) written at its line's end (never a line's figure or the
  cart's or the boat's hire alone; *settled* heldout287, heldout294 and heldout303 to heldout307's hands),
  Printo's and Amazon.in's Amount, DTDC's TOTAL (never FREIGHT, FOV or GST 18%), the paint shop's Total (never
  a line's sum), the packaging house's Total (never CGST 9%, SGST 9% or a line's Amount). A banking page's
  sum. *settled* (heldout167 to heldout307): a pay slip's net sum, here the work account's Total written in
  (never an Amount, a Rate or the Pcs), Zoho Payroll's Net Pay (never Gross Earnings, an earning or a
  deduction; its words the same), the sums on Google Pay, Paytm, BHIM and slice, YONO SBI's Amount, the "টকা
  x/-" in the Bohag Bihu advance's Assamese hand. A fee page's টকা (Amount) with its dot leaders, e-GRAS
  Assam's Amount, the ferry ticket's TOTAL (never its VEHICLE FARE or PASSENGER FARE), Paytm's sum, the
  Department of Tourism's and the Income Tax Department's Amount, the Rs. in the Revenue Circle's box, the GI
  Registry's Fee. An insurer's premium with its GST where it carries one (*settled*), here LIC's TOTAL (never
  its PREMIUM or GST 18%), Bajaj General's Total Premium (its sentence's sum the same; never Net Premium or
  GST 18%), National Insurance's Total Premium (never its Premium, GST 18% or the Sum Insured), Royal
  Sundaram's Total (never Premium or GST 18%), Tata AIG's and Niva Bupa's Premium, Kotak General's sum, the
  Rs.x in Tata AIA Life's SMS. A slip's AMOUNT, AMT, TOTAL, IndiGo's Total (never its Fare or Taxes and fees),
  the Rs.x in SBI Card's SMS, OneCard's sum large, the kitchen's Grand Total (never the Sub Total, CGST 2.5%,
  SGST 2.5% or a dish). A utility's Amount Paid / পৰিশোধ কৰা ধন, the sum in Airtel's sentence (its Amount the
  same), d2h's and RailWire's Amount, the Indane memo's TOTAL (never its BASE PRICE, GST 18% or DELIVERY),
  Vi's sum, PHED's টকা (Amount), the news agency's "মুঠ" (total) written in (never a paper's sum). An alert's
  sum debited, paid or sent as worded (grouped the Indian or the English way or not at all), never an Avl Bal.
  Currency INR but on the wires.

* status: as printed. Paytm for Business' Payment Received, Tata Neu's and Kotak's Payment successful,
  mBandhan's Transaction Successful, the Google Pay card's Paid (*settled* heldout275's thread) successes;
  *settled* (heldout303 to heldout307's screens set in the region's language) PhonePe's "লেনদেন সফল হ'ল"
  (transaction successful) a success, the Assamese screen printing the English screen's outcome word for word;
  CRED's payment processing pending; super.money's Payment failed failed. A payer's own record of the payment
  made (*settled*, as heldout295's, heldout301's and heldout303 to heldout307's remittances, vouchers and
  Payment Outs): NetSuite's Bill Payment with its Total and its memo's UTR, myBillBook's PAYMENT OUT
  (*settled* heldout287's Vyapar Payment Out); the Kalakshetra Society's "has been credited", the school's "We
  have sent ... by NEFT today" (*settled* heldout304's and heldout307's letters), OnlineSBI Corporate's
  Completed Successfully, the Zoho Cliq message's "Paid" successes; IDFC FIRST Bank's In progress pending (as
  heldout306's Open's payout in process); PNB's Returned failed (as heldout306's YES CONNECT's NEFT returned).
  A wire's SMBC Completed, Basler Kantonalbank's Zahlung ausgeführt / Payment executed, SOL Global's
  Remittance sent, Maybank2u Biz's Successful, Bank of America's Status Completed, UniCredit's Eseguito /
  Executed successes; NAB Connect's Held for review pending (*settled* heldout250 to heldout252's payments on
  hold and heldout305's and heldout306's wires awaiting authorisation or processing: a wire not yet sent is a
  wait); Handelsbanken's Betalningen avvisades / Payment rejected failed. A receipt's "Paid by UPI at the
  counter, Ref ..." under the tax invoice, the Raas memo's "নগদ পালোঁ" (received cash) in an Assamese hand
  (*settled* heldout287's, heldout303's, heldout306's and heldout307's hands' "received"), Shopify's Paid,
  Razorpay's Settlement processed (*settled* heldout285's, heldout304's and heldout307's payouts and
  disbursements), the money receipt's মাধ্যম (Mode) UPI written with its UPI Ref (a receipt for money got)
  successes; *settled* (heldout303 to heldout307's ledger apps) Khatabook's Payment received a success; PayU's
  Payment pending pending; Instamojo's Payment failed failed. A supplier's "by NEFT, UTR ..." (or RTGS)
  written under the accountant's PAID stamp (*settled*, as heldout298's, heldout299's and heldout303 to
  heldout307's notes on a supplier's invoice), the bamboo seller's "নগদ পালোঁ" (received cash) in an Assamese
  hand, DTDC's PAID BY UPI with its UPI REF (*settled* heldout300 and heldout303 to heldout307: a carrier's
  receipt printed only once its freight is paid), the paint shop's "Received: UPI" with its Ref, the potter's
  "PhonePe-ৰে পালোঁ" (received by PhonePe, *settled* heldout287's "GPay-ৰে পালোঁ"), the packaging house's
  "Payment Details: IMPS, Ref ..." typed under its invoice successes; Amazon.in's Payment pending pending;
  Printo's Payment declined failed. A banking page's "স্থানান্তৰ সফল হ'ল" / Transfer successful, UCO mBanking
  Plus' Transaction Successful, IPPB's "sent to" (*settled* heldout306's and heldout307's shared receipts),
  IndOASIS' IMPS transfer successful, HDFC Bank's Payment successful, FedMobile's Transfer successful
  successes; the Apex Bank's In process pending; Canara ai1's NEFT failed failed. A pay slip's "Paid by UPI,
  Ref ..." written on the work account, Zoho Payroll's "Paid on <day> via NEFT, UTR ...", the Bohag Bihu
  advance's "নগদ পালোঁ" (received cash) in an Assamese hand, Paytm's "sent to", YONO SBI's Transaction
  Successful, slice's payment successful successes; Google Pay's Processing pending; BHIM's Transaction Failed
  failed. A fee page's Payment Successful, the ferry ticket's MODE UPI with its UPI REF (*settled* heldout300
  and heldout303 to heldout307's rolls printed only once paid), Paytm's Payment successful, the Income Tax
  Department's Payment successful, the Revenue Circle's "Recd. in cash", the GI Registry's Payment successful
  successes; e-GRAS Assam's Pending with bank pending; the Department of Tourism's Payment failed failed. An
  insurer's LIC receipt with its MODE and UTR (as heldout307's SBI General's), Bajaj General's "Received with
  thanks", Kotak General's Policy renewed (as heldout306's and heldout307's ACKO's), National Insurance's "has
  been received", Tata AIA Life's "we have received", Royal Sundaram's "we have received" successes; Niva
  Bupa's Payment under process pending; Tata AIG's Payment failed failed. A slip's APPROVED, IndiGo's Payment
  successful, OneCard's Successful, the kitchen's "Settled: Card" with its Auth (*settled* heldout297,
  heldout298 and heldout303 to heldout307) successes; *settled* (heldout300, heldout302 to heldout304,
  heldout306 and heldout307) SBI Card's "spent" a success; Mosambee's "STATUS AWAITED FROM HOST" with "DO NOT
  RETRY THIS CARD FOR 30 MIN" pending (*settled* heldout282 and heldout299 to heldout307: the terminal got no
  answer from the bank); Axis Bank's TXN DECLINED (05 DO NOT HONOUR) failed. A utility's Payment Successful,
  Airtel's "we have received your payment", the Indane memo's MODE UPI with its UPI REF (a cash memo printed
  only once paid, as the rolls), Vi's Bill paid, PHED's Payment received, the news agency's "নগদ পালোঁ"
  (received cash) in an Assamese hand successes; d2h's Recharge pending pending; RailWire's Payment failed
  failed. *settled*: an SMS, mail, inbox or feature phone alert's debit a success whatever its bank's wording
  (the Assamese SMS' "পৰিশোধ কৰা হৈছে" (has been paid), UCO Bank's "debited for", SBI's "transferred", Bandhan
  Bank's "debited", Axis Bank's "has been debited", the Apex Bank's "Dr" (a debit)); Indian Bank's "is under
  process" pending (as heldout304's PNB's "is in process" and heldout287's Punjab & Sind Bank's "is under
  process"); PNB's "has been returned" failed (as heldout287's Union Bank's returned NEFT).

* date: the day paid. A UPI screen's day and hour: Paytm for Business' Received on, CRED's started at,
  mBandhan's Date & Time, super.money's Attempted on, Kotak's Date, the day in the Google Pay thread's divider
  over the payment's card (*settled* heldout275's thread); *settled* (new here) PhonePe's day with its month's
  Assamese name (24 নৱেম্বৰ 2026 is 2026-11-24), because an app set in Assamese names the month in the
  language its user chose and leaves the day and the year in figures (as heldout306's Marathi and heldout307's
  Hindi screens); Tata Neu's "Today, <hour>" prints no day (*settled*). The Kalakshetra Society's Dated on its
  Memo No.'s line (never a Bill Date), NetSuite's Date (never a Date Due), IDFC FIRST Bank's Value Date,
  myBillBook's Payment Date, the school letter's Date (its "today" the same), OnlineSBI Corporate's Value
  Date, PNB's Date; the Zoho Cliq message under its "Today" divider prints no day (*settled* heldout286,
  heldout289, heldout299, heldout301 and heldout303 to heldout307; never a message's hour). A wire's SMBC
  Remittance Date year first with slashes (2026/06/19, *settled* heldout277), NAB's Payment date, Basler
  Kantonalbank's Ausführungsdatum / Execution date day first with dots (26.07.2026), the day in Maybank2u
  Biz's sentence, Handelsbanken's Datum / Date as an ISO day (2026-11-21, *settled* heldout270 and
  heldout271), Bank of America's Value date month first the American way or in words (09/13/2026 or Sep 13,
  2026, *settled* heldout272, heldout288 and heldout292), UniCredit's Data valuta / Value date day first; SOL
  Global's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice, the তাৰিখ (Date)
  written on the Raas memo, PayU's Initiated on, Shopify's Placed on, Razorpay's Settled on, Instamojo's
  Attempted on, the তাৰিখ (Date) written on the money receipt; Khatabook's "Today, <hour>" prints no day. The
  "on <day>" written under the cloth store's PAID stamp (never its invoice's Date; the stamp's day the same),
  "তাৰিখ" (date) and the day on the bamboo seller's chit, DTDC's DATE, the paint shop's Date, Amazon.in's
  Ordered on, Printo's Attempted on, the "on <day>" typed under the packaging house's invoice (never its
  Dated); the potter's "তাৰিখ" (date) left as dots prints no day (*settled* heldout289, heldout303, heldout305
  and heldout307). A banking page's Date / তাৰিখ, Transaction Date, IPPB's "on <day>", Canara ai1's and
  IndOASIS' Date, the Apex Bank's Initiated on, FedMobile's Date; HDFC Bank's "Today, <hour>" prints no day. A
  pay slip's "on <day>" written on the work account (never its Month), Zoho Payroll's Paid on (never its Pay
  Period or the payslip's month, *settled* heldout273 and heldout303 to heldout307), Google Pay's Started, the
  "আজি <day> তাৰিখে" (today, on <day>) in the Bohag Bihu advance's Assamese hand, Paytm's Date & Time, YONO
  SBI's Date, BHIM's Attempted on; slice's "Today, <hour>" prints no day. A fee page's তাৰিখ (Date) (never its
  বছৰ (Year)), e-GRAS Assam's Initiated on, the ferry ticket's DATE, the Department of Tourism's Attempted on,
  the Income Tax Department's Date of Deposit, the Date written on the Revenue Circle's receipt, the GI
  Registry's Payment Date; Paytm's "Today, <hour>" prints no day. An insurer's DATE, Receipt Date, Date, Tata
  AIG's Attempted on, Niva Bupa's Initiated on, National Insurance's Payment Date, the "on <dd-Mon-yyyy>" in
  Tata AIA Life's SMS (05-Jun-2026 is 2026-06-05); Kotak General's "Today, <hour>" prints no day. A slip's
  DATE (dd/mm/yyyy, dd-mm-yy or dd MON yy in capitals), IndiGo's Paid on (never its Date of travel, *settled*
  heldout302, heldout305 and heldout306), the "on <dd/mm/yy>" in SBI Card's SMS, the kitchen's Date; OneCard's
  "Today, <hour>" prints no day. A utility's Payment Date / পৰিশোধৰ তাৰিখ (never its Bill Month / বিলৰ মাহ),
  Airtel's Payment date, d2h's Initiated on, RailWire's Attempted on, the Indane memo's DATE, PHED's তাৰিখ
  (Date) (never its সময়সীমা (Period)), the day after the news agency's "নগদ পালোঁ" (never its মাহ (month));
  Vi's "Today, <hour>" prints no day. The alerts' "<dd/mm/yyyy> তাৰিখে" (on <day>) in the Assamese SMS (in
  Latin figures as the bank sends them, *settled* heldout287), "on <dd-Mon-yyyy>", "on <dd/mm/yy>", "dated
  <dd/mm/yyyy>", "on <dd.mm.yy>", "on <dd-mm-yyyy>", "on <dd-mm-yy>"; Bandhan Bank's inbox under its "Today"
  heading prints no day (*settled*). All numeric days here are day first (heldout251, heldout259) but SMBC's
  year first, Handelsbanken's ISO day and Bank of America's month first. *settled*: never a Year, a Tax Year,
  a Period, a Bill Month, a Month, a Pay Period, a payslip's month, an invoice's, a bill's, a due or a
  journey's day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or inside an app's, a
  portal's, a bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the Kalakshetra Society's NEFT or RTGS, NetSuite's
  memo's NEFT or RTGS, IDFC FIRST Bank's NEFT, myBillBook's Bank Transfer (IMPS), the school's NEFT, OnlineSBI
  Corporate's and PNB's NEFT or RTGS, the Zoho Cliq message's IMPS; PayU's Net Banking, Razorpay's settlement
  by UTR (*settled* heldout304's GoCoop and heldout307's Amazon payouts by UTR); the cloth store's NEFT or
  RTGS written, Amazon.in's Net Banking, the packaging house's IMPS; the banking pages but IPPB's and HDFC
  Bank's UPI; Zoho Payroll's NEFT, YONO SBI's IMPS; e-GRAS Assam's, the Income Tax Department's and the GI
  Registry's Net Banking; LIC's and Bajaj General's NEFT or RTGS, Niva Bupa's, National Insurance's and Tata
  AIA Life's Net Banking; APDCL's and PHED's Net Banking; the NEFT and IMPS alerts); a SWIFT transfer either
  way (*settled*: SMBC's, Basler Kantonalbank's and UniCredit's SHA, NAB's Shared (SHA), SOL Global's SWIFT
  (SHA), Handelsbanken's international payment, Maybank2u Biz's telegraphic transfer, Bank of America's
  international wire; *settled* heldout279, heldout301 and heldout303 to heldout307). UPI for the UPI screens,
  Paytm for Business' Paid via UPI, PhonePe's debit from its account, the Google Pay thread's UPI ID
  (*settled* heldout275's thread); the tax invoice's "Paid by UPI at the counter", Shopify's Razorpay (UPI),
  Khatabook's "via UPI", the money receipt's মাধ্যম (Mode) UPI; DTDC's PAID BY UPI, the paint shop's Received:
  UPI, the potter's "PhonePe-ৰে পালোঁ"; IPPB's and HDFC Bank's UPI; the work account's UPI, Google Pay, Paytm,
  BHIM and slice; the Gaon Panchayat's, the ferry ticket's and Paytm's UPI; Kotak General's and Royal
  Sundaram's UPI; Airtel's, d2h's, the Indane memo's and Vi's UPI; the UPI alerts. Card for Instamojo's Credit
  Card, Printo's Debit Card, the Department of Tourism's Credit Card, Tata AIG's card, the slips, IndiGo's
  card, SBI Card's SMS, OneCard's app, the kitchen's "Settled: Card" and RailWire's card. Cash for the Raas
  memo's, the bamboo seller's, the Bohag Bihu advance's and the news agency's "নগদ পালোঁ" (received cash) in
  an Assamese hand (*settled* heldout287's "নগদ পালোঁ" and heldout303 to heldout307's hands), the Revenue
  Circle's "Recd. in cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout307): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref. No., Tata Neu's UPI Reference ID,
  PhonePe's UTR (above its লেনদেন আইডি (transaction ID)), CRED's UPI Ref No, mBandhan's and Kotak's UPI Ref
  No.; the UTR in the Kalakshetra Society's sentence, the UTR in NetSuite's Memo (above its Payment #),
  myBillBook's Reference / UTR (above its Payment No.), OnlineSBI Corporate's UTR (above its Reference No.),
  the Zoho Cliq message's IMPS ref; the tax invoice's Ref (above its Invoice No.), Razorpay's UTR (above its
  Settlement ID), Khatabook's UPI Ref, the money receipt's ৰেফাৰেন্স (UPI Ref) (above its No. struck in red);
  the UTR written under the PAID stamp (above the cloth store's Invoice No.), DTDC's UPI REF, the paint shop's
  Ref (above its Bill No.), the potter's Ref written, the packaging house's IMPS Ref (above its Invoice No.);
  the banking pages' IMPS Ref / আইএমপিএছ নং, UTR, UPI Ref No., IMPS Ref No., IMPS Ref; the work account's Ref,
  Zoho Payroll's UTR, Google Pay's UPI transaction ID, Paytm's UPI Ref No., YONO SBI's IMPS Ref, slice's UPI
  ref; the Gaon Panchayat's ৰেফাৰেন্স (UPI Ref) (above its ৰচিদ নং (Receipt No.)), the ferry ticket's UPI REF
  (above its TICKET NO); LIC's and Bajaj General's UTR (above their receipts' numbers), Royal Sundaram's UPI
  Ref (above its Receipt No.); a slip's RRN; the Indane memo's UPI REF (above its CASH MEMO NO); the alerts'
  ৰেফাৰেন্স নং (reference No.) in the Assamese SMS, SBI's Ref No, PNB's UTR, Indian Bank's Ref, Bandhan Bank's
  UPI Ref, Axis Bank's IMPS Ref, the ref inside the Apex Bank's "UPI/<PAYEE>/<ref>" (*settled* heldout274 and
  heldout276)), then a bank reference (IDFC FIRST Bank's Transaction Ref. No., SMBC's Transaction No., NAB's
  Payment ID, Basler Kantonalbank's Auftragsnummer / Order no., SOL Global's Remittance No., Handelsbanken's
  Referens / Reference, Bank of America's Payment reference, UniCredit's CRO / Reference, Canara ai1's
  Reference No., the Income Tax Department's Bank Reference Number (above its CRN)), then a transaction /
  payment id (PhonePe's লেনদেন আইডি (transaction ID) under its UTR, super.money's, PNB's and BHIM's
  Transaction ID, PayU's PayU ID, Shopify's Transaction ID, Razorpay's Settlement ID, Instamojo's Payment ID,
  e-GRAS Assam's GRN (*settled* heldout302, heldout304, heldout306 and heldout307: a treasury's challan as its
  GRN), the Department of Tourism's and the GI Registry's Transaction ID, Tata AIG's Payment ID, Niva Bupa's
  and National Insurance's Transaction ID, Kotak General's Payment Ref, IndiGo's Payment ID (above its PNR),
  OneCard's Txn ID, APDCL's, Airtel's, RailWire's and Vi's Transaction ID), then an approval code (APPR CODE,
  AUTH CODE, the kitchen's Auth), then an order's number (PayU's Txn ID (the web shop's own id for the order,
  as heldout307's Razorpay Order ID), Shopify's Order #, Printo's and Amazon.in's Order ID, Paytm's Order ID,
  the Department of Tourism's Booking No., d2h's Order ID, IndiGo's PNR and the ferry's TICKET NO (*settled*
  heldout126, heldout302, heldout305 and heldout306's PNR and Ticket No.)), then a document's own number
  (NetSuite's Payment # and myBillBook's Payment No. (a payer's own number for its payment, *settled*
  heldout281, heldout295, heldout301 and heldout303 to heldout307), the tax invoice's Invoice No., the money
  receipt's No. struck in red (as heldout306's and heldout307's), the cloth store's and the packaging house's
  Invoice No., the paint shop's Bill No., the Gaon Panchayat's ৰচিদ নং (Receipt No.), the Income Tax
  Department's CRN (*settled* heldout304's CPIN and heldout306's and heldout307's CRN: a challan numbered when
  it is created), the GI Registry's CBR No. (its cash book's receipt number), LIC's RECEIPT NO, Bajaj
  General's and Royal Sundaram's Receipt No., APDCL's Receipt No. / ৰচিদ নং, PHED's ৰচিদ নং (Receipt No.), the
  Indane memo's CASH MEMO NO, a slip's INVOICE NO, INV, INVOICE, the kitchen's Bill No.). *settled*: never a
  card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, TAN, an Udyam or a
  society's Regd. No., an Employee ID, a Policy No., a Certificate No., an Application No., a Licence No., an
  Enrolment No., a Consumer No., a VC No., a User ID, an Account ID, a Dag / Patta, a vehicle's number, a
  CONSIGNMENT NO or its barcode (a consignment's number, as an AWB NO, *settled* heldout274, heldout299 and
  heldout303 to heldout307), a slip's MID / TID / BATCH NO, a No. left blank, the Kalakshetra Society's Memo
  No. (a letter's file number, *settled* heldout278, heldout303, heldout304, heldout306 and heldout307), a
  bill or a purchase named on an advice or a payment (the Kalakshetra Society's and NetSuite's bills,
  myBillBook's Settled against)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout309_families import (
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

SPLIT = "heldout309"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout306's and heldout307's: the screens in
# DejaVu Sans, Noto Sans, FreeSans, Liberation Sans (liberation2) and Noto Sans Display; the pages in Noto
# Serif, Liberation Serif (liberation), DejaVu Serif, FreeSerif, DejaVu Sans and Liberation Sans
# (liberation); the Kendra's, its suppliers' and its people's papers in Liberation Serif (liberation2), Noto
# Serif Display, DejaVu Serif Condensed, FreeSans and Liberation Sans Narrow; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Bengali (heldout287's) for the Assamese lines, labels,
# cells, hand and SMS, DejaVu Serif (heldout287's) for an Assamese hand's figures, a pen's italic or oblique
# (``heldout309_families.PENS``) and a page's own fixed-width face (``heldout309_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
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


def make_heldout309_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout309 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

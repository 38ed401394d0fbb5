"""heldout313: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Lepcha weavers' co-operative's year of 2026 in Dzongu, North Sikkim (Dzongu
Mayel Lyang Weavers' Co-operative Society Ltd., जोङ्गु मायल ल्याङ तान बुनाइ सहकारी संस्था लि., a co-operative
society of the Lepcha weavers and cane workers of Upper Dzongu, Regd. No. 214/RCS/NSD/2009, GSTIN
11AAAAD6145M1ZQ, Udyam UDYAM-SK-02-0003176, with Pema Ongmu Lepcha its president, Sonam Tshering Lepcha its
secretary, Nimkit Lepcha, who takes the export orders and keeps the web shop, Bikram Chettri, who keeps its
accounts, Ang Doma Lepcha, its master weaver, and Tashi Namgyal Lepcha, who leads its cane workers: at home in
the villages of Dzongu, Lingthem, Lingdem, Hee-Gyathang, Passingdong and Tingvong among them, its weavers
(Dawa Lhamu Lepcha, Karma Ongkit Lepcha, Rinchen Doma Lepcha, Chumkit Lepcha, Lhakit Lepcha, Yangchen Lepcha,
Mingma Doma Lepcha and Ongmit Lepcha among them) weave cotton and wool on backstrap looms, the warp tied to a
post and held taut by a strap round the weaver's back, in narrow widths striped madder red, black and white
with threads of yellow and green, and pick up rows of stepped lozenges in supplementary weft, then sew the
widths into shoulder bags and lined totes, thokro-dum stoles, shawls, table runners, cushion covers, mufflers
and wall hangings, while its cane workers (Ugen Palzor Lepcha, Dorjee Lepcha and Karchung Lepcha) plait split
cane into the domed Lepcha hat, the sumok thyaktuk, with its broad brim and its band of blackened cane; the
cotton yarn comes dyed from a Siliguri yarn dealer, the madder, walnut, indigo and marigold dyeing from a
Kalimpong natural dye house, the cane and bamboo from a cane cutter of Hee-Gyathang under the Forest
Department's transit pass, the beaters, heddle sticks and backstraps from a Mangan carpenter, reed hooks and
scissors from Moglix, labels and hang tags from Vistaprint and the cartons from a Siliguri packaging house,
and the parcels go by Speed Post from the Mangan post office; its shop in the Old Bazaar at Mangan, Mayel
Lyang Loom House, मायल ल्याङ तान घर, with Sangay Lepcha at its counter and Rupa Rai, its helper; its stall at
the Mangan Music Festival in December; the web shop mayellyangweaves.in on CCAvenue and a Razorpay payment
page, and its store on Amazon Karigar; SIMFED (the Sikkim State Co-operative Supply & Marketing Federation),
NEHHDC's Purbashree emporia, TRIFED through the Government e-Marketplace, a Gangtok hotel company, a Bengaluru
design store, a Kolkata studio, a Mumbai home store and a Gangtok hotel's owner at home, and a mingei shop in
Tokyo, a fair trade shop in Basel, a textile gallery in Amsterdam, a craft house in Seoul, a handloom
collective in Melbourne, a Himalayan crafts store in Hong Kong, a folk textiles shop in Santa Fe and a design
store in Oslo abroad), told by the proofs of payment it receives (buyers' PhonePe Business on the Loom House's
phone, Google Pay with its details in a bottom sheet, Paytm with its details folded away, CRED, YONO SBI, HDFC
Bank's PayZapp, Union Bank of India's Vyom and Axis Mobile; SIMFED's advice under its Nepali name, a design
store's Vendor Payment mailed from Odoo, State Bank of India's Corporate Internet Banking with a hotel
company's NEFT pending the authoriser, NEHHDC's letter, a Kolkata studio's Microsoft Teams channel, HDFC
Bank's ENet with a home store's NEFT returned, a hotel owner's mail read in the Gmail app and the Government
e-Marketplace's payment status for TRIFED's order; MUFG Bank's BizSTATION, PostFinance, ABN AMRO, Shinhan
Bank, Bendigo Bank, Hang Seng Bank, Wells Fargo and Nordea for buyers in Tokyo, Basel, Amsterdam, Seoul,
Melbourne, Hong Kong, Santa Fe and Oslo in yen, Swiss francs, euros, won, Australian dollars, Hong Kong
dollars, US dollars and Norwegian kroner; the Loom House's tax invoice under a cane hat, the festival stall's
cash memo in a Nepali hand lying on a Lepcha cloth, CCAvenue's pending checkout, myBillBook's Payment In, the
Razorpay payment page's failure, the society's receipt in bilingual form cells, Amazon Seller Central's
payment mail and the Loom House's GoFrugal roll) and those it makes (the cane cutter's chit in a Nepali hand,
the yarn dealer's invoice with a sticky note on it, Moglix's pending order, the dyer's bill as its carbon
copy, India Post's Speed Post roll, Vistaprint's declined checkout, the carpenter's bill with its Date left
blank and its Total corrected and the packaging house's Zoho invoice; YONO Business, Cent Mobile, BHIM, HDFC
Bank's MobileBanking, IDBI Bank's GO Mobile+, FedMobile, the Sikkim State Co-operative Bank's NEFT / RTGS
application and Google Pay's payment shared as a picture for the yarn dealer, the packaging house, the cane
cutter, the dyer, the carpenter, a printer, the transporter and a tailor; a weaver's wage account under its
Nepali heading, greytHR's payslip, a Tendong Lho Rum Faat advance receipt in a Nepali hand, Navi, IDFC FIRST
Bank, PhonePe, a WhatsApp payment and the helper's salary voucher in bilingual form cells; Mangan Nagar
Panchayat's trade licence e-receipt in bilingual labels, the Forest & Environment Department's e-Transit Pass,
the Sikkim e-challan pending at the bank, the Textiles Committee's India Handloom Brand receipt, the Gram
Panchayat Unit's house tax receipt from its book, the Income Tax Department's failed e-Pay Tax, the
Directorate of Handicrafts & Handloom's stall fee receipt and the Commercial Taxes Division's profession tax
acknowledgement; IFFCO-Tokio's, SBI General's, Care Health's, HDFC ERGO's, Generali Central's, SBI Life's,
Magma General's and The New India Assurance's premiums; cards on the Loom House's Razorpay POS and the
festival stall's Paytm card machine, at a Gangtok hotel's SBI terminal with a tip, at a Siliguri hardware
shop, on SpiceJet, on a Gangtok restaurant's Petpooja bill, in HDFC Bank's SMS and on the SBI Card app; the
Energy & Power Department, Airtel Thanks, DishTV, Vi, the Water Security & PHE Department's receipt book,
IndianOil's SMS, a milkman's card in a Nepali hand and a broadband company's mail; the banks' SMS, the Sikkim
State Co-operative Bank's SMS in Nepali, Axis Bank's rich message, HDFC Bank's mail and IDBI Bank's SMS
forwarded into the society's WhatsApp group). One payment per page. Each family: six successes, one failure,
one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout310's or heldout311's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (Google Pay, Paytm, PhonePe, BHIM, Navi, WhatsApp, Airtel, Razorpay, Amazon, HDFC Bank, Axis Bank, IDFC
FIRST Bank, State Bank of India, Central Bank of India and Union Bank of India among the issuers; a receiving
business's own app, an app's failure, pending, no-reference or "Today" page, a state marketing body's advice,
an accounting program's payment, a corporate bank's page with a transfer waiting or sent back, a chat's or a
channel's message, a payer's mail or letter, a wire's page, a shop's tax invoice, a festival stall's memo, a
gateway's pending or failed page, a ledger app, a marketplace's payout mail, a receipt with its number struck
in red, a billing roll, a supplier's invoice with its payment noted on it, a supplier's chit in a regional
hand, a carrier's roll, a marketplace's pending or declined order, a supplier's bill with its day left out, a
bank's app, a co-operative bank's form filled in by hand, a shared receipt with no reference, a piece work
account, a payslip, a festival advance receipt, a municipal receipt in regional labels, a department's app, a
treasury's pending challan, a dues page failed, a receipt book's page, a premium receipt, an insurer's app,
mail or SMS, a marine cargo certificate, a cover note, a card slip approved, pending or declined, a fare paid
by card, a card issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app, mail
or SMS, a hand-written monthly card, a bank's SMS in the region's language, a bank's mail, a bank's message in
a chat), it is drawn here for another issuer in this set's own labels and marks, and near ones are noted:
PhonePe Business on the Loom House's phone in a ticket's card, where heldout310 and heldout311 drew BharatPe
for Business; Google Pay's payment with its details in a bottom sheet, where heldout310 drew iMobile Pay's
table ruled on every side and heldout311 IndusMobile's details at the left and the right (and both drew Google
Pay's failures to their workers); Paytm's payment with its details folded away and no reference, where
heldout310 drew the WhatsApp chat's payment card and heldout311 WhatsApp's pending bubble with none (and
heldout311 Paytm's "Today" for an embroiderer); CRED's "Today" on its dark screen, where heldout310 drew
Navi's "Today at" and heldout311 Jupiter's "Today" on a pale top; YONO SBI's pending with its stages top to
bottom, where heldout310 drew Amazon Pay's pending under a spinner and heldout311 WhatsApp's pending;
PayZapp's failure under a large round cross with a passing message, where heldout310 drew Jupiter's failure
and heldout311 Amazon Pay's on tinted bands; Vyom's rounded card of labels over their values two to a row,
where heldout311 drew Amazon Pay's labels over their values two to a row and heldout310 IOB Mobile's values
over their labels (and heldout310 Union Bank of India's SMS and declined slip); Axis Mobile's octagon over dot
leaders, where heldout311 drew Fi's scalloped badge over shaded labels (and both drew Axis Bank's card SMS);
SIMFED's PAYMENT ADVICE under its Nepali name on hairline rows with its rectangular stamp, where heldout310
drew ORMAS's under its Odia name and heldout311 PSIEC's under its Punjabi name, both in tables ruled on every
side; Odoo's Vendor Payment with Amount Paid on a tinted panel, where both drew SAP Business One's; State Bank
of India's Corporate Internet Banking with a NEFT pending the authoriser, its stages across the page, where
heldout310 drew Kotak FYN's NEFT pending the checker's authorisation and heldout311 Kotak FYN's awaiting
approval; NEHHDC's letter under a paper clip, where heldout311 drew a knitwear exporter's faxed letter and
heldout310 a store's plain mail; Microsoft Teams' channel under its "Today" divider, where heldout311 drew
Google Chat's space under "Today" and heldout310 Google Chat's space with no reference; HDFC Bank ENet's NEFT
returned under a red ribbon, where heldout310 drew ICICI Bank's NEFT failed under an octagon's cross and
heldout311 ICICI Bank's NEFT rejected on a tinted band; the hotel owner's mail in the Gmail app naming its day
and no reference, where heldout311 drew a boutique's forwarded WhatsApp message naming its day and heldout310
a store's plain mail with no day; the Government e-Marketplace's payment status in a table ruled on every
side, where heldout310 drew ORMAS's advice for a state body's purchases and heldout311 PSIEC's; MUFG Bank's
remittance in a table ruled on every side, where heldout311 drew RBC Royal Bank's in one; PostFinance's
"Today", where heldout310 drew BNZ's and heldout311 OCBC's; ABN AMRO's Dutch and English labels in a striped
table, where heldout310 drew Danske Bank's Danish and English in a table ruled on every side and heldout311
Intesa Sanpaolo's Italian and English in shaded labels; Shinhan Bank's remittance returned in an octagon,
where heldout310 drew OCBC Velocity's rejection under an octagon's cross and heldout311 Chase's wire returned
on a tinted band; Bendigo Bank's sentence with no reference, where heldout310 drew RBC Express' and heldout311
ANZ goMoney's; Hang Seng Bank's read-only fields, where heldout310 drew OCBC Velocity's; Wells Fargo's wire
pending approval, the day month first, with its stages top to bottom, where heldout310 drew Chase's completed
and Commerzbank's in process and heldout311 Chase's returned and Intesa Sanpaolo's in progress; Nordea's
Norwegian and English labels in shaded labels, where heldout311 drew Intesa Sanpaolo's Italian in them; the
Loom House's tax invoice under a cane hat in a striped table with the Craftmark's hang tag, where heldout310
drew one under a coiled sabai basket and heldout311 one under a bagh, both in tables ruled on every side; the
festival stall's cash memo in a Nepali hand lying on a Lepcha cloth, where heldout310 drew the Mela stall's
memo in an Odia hand lying on a sabai mat and heldout311 the Teeyan stall's bill in a Punjabi hand lying on a
bagh; CCAvenue's pending checkout with its stages top to bottom, where both drew Cashfree's; myBillBook's
Payment In under "Today", where both drew OkCredit's; the Razorpay payment page's failure under a tile's
cross, where heldout310 drew the Paytm Payment Gateway's failure under a tile's cross and heldout311 under a
large round cross; the society's receipt in bilingual form cells with its No. struck in red and a revenue
stamp, where heldout310 drew a money receipt in an Odia table and heldout311 a receipt across its counterfoil,
both with their No. struck in red; Amazon Seller Central's payment mail, where heldout310 drew Flipkart's
settlement mail and heldout311 Etsy's deposit mail (and both drew Amazon Pay); the Loom House's GoFrugal roll
typed in its printer's face, where heldout311 drew the Ghar's Marg roll; the cane cutter's chit in a Nepali
hand on squared paper, where heldout310 drew the grass trader's bill in an Odia hand and heldout311 the
weaver's bill and the dyer's chit in a Punjabi hand; the yarn dealer's invoice with a sticky note pressed on
it, where heldout310 drew the dye house's invoice pasted in the register with a note under it and heldout311
the silk yarn dealer's with a ring round its Total; Moglix's pending order over a progress bar, where
heldout310 drew Flipkart's pending order and heldout311 udaan's; the dyer's bill as its carbon copy with its
No. struck in red, where heldout311 drew the block maker's bill from his printed book; India Post's Speed Post
roll, where heldout310 drew Blue Dart's roll and heldout311 Trackon's; Vistaprint's declined checkout in an
octagon, where heldout310 drew udaan's failed checkout under a tile's cross and heldout311 PrintStop's
declined checkout on a tinted band; the carpenter's bill with its Date left blank and its Total struck through
and corrected, where heldout311 drew the block maker's bill with its Date left blank and heldout310 the
estimate with its Date left as dots; the packaging house's Zoho invoice with Payment Made on a tinted panel,
where heldout310 drew the packaging house's Swipe invoice and heldout311 the carton maker's Marg invoice, both
under PAID watermarks; YONO Business under a green ribbon with each value over its label, where heldout310
drew IOB Mobile's values over their labels for a buyer; Cent Mobile's tile's tick over dot leaders, where
heldout310 drew IOB Connect's acknowledgement with colons (and Central Bank of India's SMS); BHIM's "Today",
where heldout310 drew AU 0101's "Today" and heldout311 PhonePe's (and both drew BHIM set in their regions'
languages for buyers); HDFC Bank MobileBanking's NEFT in process over a progress bar, where heldout310 drew
Bank of India's NEFT under process over a progress bar and heldout311 the Patiala Central Co-operative Bank's
in process under a spinner; FedMobile's failure on a tinted band, where heldout310 drew InstaBIZ's under a
tile's cross and heldout311 IOB Mobile's under a large round cross; the Sikkim State Co-operative Bank's NEFT
/ RTGS application with its beneficiary written a letter to a box, where heldout310 drew the Mayurbhanj
Central Co-operative Bank's NEFT application on dotted lines; Google Pay's payment shared as a picture with no
reference, where heldout310 drew FinoPay's card and heldout311 Airtel Payments Bank's rounded card with none;
the weaver's wage account in a Nepali hand, where heldout310 drew the coiler's wage account in an Odia hand
and heldout311 the embroiderer's piece-work account in ruled columns; greytHR's payslip, where both drew
Keka's; the Tendong Lho Rum Faat advance in a Nepali hand signed by the weaver, where heldout310 drew a Makar
Sankranti advance in an Odia hand and heldout311 a Lohri advance in a Punjabi hand, both with a thumb's
impression; Navi's pending with its stages across the page, where heldout310 drew MobiKwik's processing and
heldout311 MobiKwik's pending (and heldout310 Navi's "Today at" for a buyer); IDFC FIRST Bank's IMPS against a
gutter, where heldout311 drew bob World's IMPS in tiles and heldout310 Kotak811's with colons (and heldout311
IDFC FIRST Bank's credit card app); PhonePe's failure in an octagon, where heldout311 drew Google Pay's
failure in an octagon and heldout310 Google Pay's under a large round cross (and heldout310 PhonePe's payment
to a coiler, heldout311 PhonePe's "Today" for the dyer); WhatsApp's payment card to a weaver under "Today",
where heldout310 drew Airtel Thanks' "Today" and heldout311 Paytm's (and heldout310 the WhatsApp chat's
payment card for a buyer); the helper's salary voucher in bilingual form cells, where heldout311 drew the
helper's attendance and wage card; Mangan Nagar Panchayat's trade licence e-receipt in stacked bilingual
labels, where heldout310 drew Baripada Municipality's trade licence receipt in an Odia table and heldout311
the Municipal Corporation Patiala's property tax receipt in Punjabi labels; the e-Transit Pass' "Today", where
heldout311 drew eSewa Punjab's "Today"; the Sikkim e-challan pending at the bank over a progress bar, where
heldout310 drew the Odisha Treasury's pending e-challan and heldout311 IFMS Punjab's pending e-Receipt over a
progress bar; the Textiles Committee's receipt in a table ruled on every side, where heldout311 drew the
Registrar of Co-operative Societies' audit fee receipt in one; the Gram Panchayat Unit's house tax receipt
from its book with its No. left blank and its oval stamp, where heldout311 drew the Department of Tourism's
stall fee receipt from its book and heldout310 the haat toll ticket and the Tahasil's rent receipt; the Income
Tax Department's failed e-Pay Tax on a tinted band, where heldout311 drew the Trade Marks Registry's failure
on one and heldout310 EPFO's failure; the Directorate of Handicrafts & Handloom's stall fee receipt with its
tick boxes, where heldout311 drew the Department of Tourism's stall fee receipt; the profession tax
acknowledgement against a gutter, where heldout311 drew the PSDT acknowledgement with colons; IFFCO-Tokio's
premium receipt two pairs to a row in a table ruled on every side, where heldout310 drew Shriram General's
schedule cum receipt so and United India's on hairline rows and heldout311 The Oriental Insurance's on
hairline rows; SBI General's "Today", where heldout310 drew Aditya Birla Health's and heldout311 Zuno's; Care
Health's verification with its stages across the page, where heldout310 drew Oriental's verification over a
progress bar and heldout311 Kotak Life's under a spinner; HDFC ERGO's failure under a large round cross, where
heldout310 drew ICICI Lombard's and heldout311 ManipalCigna's in an octagon; Generali Central's marine cargo
certificate with colons, where heldout310 drew Cholamandalam MS' in dot leaders and heldout311 Chola MS' in a
striped table; SBI Life's SMS with no reference, where heldout310 drew PNB MetLife's with none and heldout311
Canara HSBC Life's; Magma General's mail in shaded labels, where heldout310 drew Reliance General's mail in a
striped table and heldout311 against a gutter; The New India Assurance's cover note typed on its branch's
printer, where heldout311 drew Universal Sompo's; Razorpay POS' slip with its labels padded by dots, where
heldout310 drew Pine Labs' slip in a colon's column and heldout311 Pine Labs' fields two to a line (and both
drew RazorpayX's payouts); the Paytm card machine's timed out payment at the festival stall, where heldout310
drew Worldline's answer awaited and heldout311 Mswipe's status unknown; State Bank of India's slip at a
Gangtok hotel with a tip, where both drew Kotak's slips at hotels; HDFC Bank's slip declined (55 INCORRECT
PIN), where heldout310 drew Union Bank of India's and heldout311 State Bank of India's declined (51
INSUFFICIENT FUNDS); SpiceJet's booking in a ticket's card, where heldout311 drew Air India's booking receipt
in a striped table and heldout310 IRCTC's reservation slip; Petpooja's bill, where heldout310 drew Torqus' and
heldout311 DotPe's; HDFC Bank's card SMS, where both drew Axis Bank's; the SBI Card app's "Today", where
heldout310 drew Uni's and heldout311 IDFC FIRST Bank's; the Energy & Power Department's receipt in bilingual
form cells, where heldout310 drew TPNODL's receipt under its Odia heading in shaded labels and heldout311
PSPCL's in Punjabi labels; Airtel Thanks' "Today" for the fibre bill, where heldout311 drew BSNL Selfcare's
"Today" and heldout310 MyJio's (and heldout310 Airtel Thanks' "Today" for a coiler); DishTV's pending over a
progress bar, where heldout310 drew Tata Play's pending over a progress bar and heldout311 HP Gas' under a
spinner; Vi's failure under a tile's cross, where heldout310 drew HP Pay's failure on a tinted band and
heldout311 MyJio's under a large round cross; the Water Security & PHE Department's receipt from its book in
stacked bilingual labels, where heldout310 drew PHEO's water charges in an Odia table; IndianOil's SMS, where
heldout311 drew PSPCL's SMS; the milkman's card in a Nepali hand on a spiral pad's page, where heldout310 drew
the water jar card in an Odia hand on a spiral pad's page and heldout311 the news agency's bill in a Punjabi
hand; the broadband company's mail in a table ruled on every side, where heldout311 drew Connect Broadband's
mail in one and heldout310 BSNL's mail; the Sikkim State Co-operative Bank's SMS in Nepali in a bubble, where
heldout310 drew Odisha Grameen Bank's SMS in Odia and heldout311 Punjab Gramin Bank's in Punjabi; State Bank
of India's, Bank of Baroda's, UCO Bank's and Central Bank of India's SMS in their own wordings, where
heldout310 drew Bank of India's, Union Bank of India's, Central Bank of India's and Canara Bank's and
heldout311 State Bank of India's, HDFC Bank's, Canara Bank's and the Patiala Central Co-operative Bank's; Axis
Bank's rich message under "Today", where heldout310 drew Yes Bank's inbox under "Today" and heldout311 Punjab
& Sind Bank's notification in the shade; HDFC Bank's mail, where heldout310 drew IndusInd Bank's and
heldout311 ICICI Bank's (and heldout311 HDFC Bank's SMS); IDBI Bank's SMS forwarded into the society's
WhatsApp group, where heldout311 drew Punjab National Bank's WhatsApp banking message and heldout310 SBI's SMS
on a smartwatch. Some of this set's issuers and kinds of paper were drawn by sets before heldout310
(heldout272's Gangtok and its Nepali lines in Noto Sans Devanagari; heldout275's Hindi in Devanagari, ribbon,
sticky note, corrected sum and passing message; heldout277's bottom sheet and paper clip; heldout279's
ticket's card, Craftmark hang tag, staple and squared paper; heldout289's carbon copy and revenue stamp;
heldout269's tick boxes and boxed letters; heldout290's RCS message, SBI's UPI SMS and a slip's tip;
heldout308's PhonePe's card machine, CRED, Paytm and Vi; heldout309's YONO SBI and CRED; yen, Swiss francs,
won, Hong Kong dollars, Norwegian kroner and euros the Dutch way from heldout306 to heldout309), and are drawn
here in this set's own labels and arrangements; the families' docstrings list each one's labels. This set
draws kinds of row and page heldout310 and heldout311 do not: Nepali in Devanagari in this set's own runs of
Noto Sans and Noto Serif Devanagari (a co-operative's, a shop's, a federation's, a co-operative bank's, a
nagar panchayat's, a gram panchayat unit's, a directorate's and two departments' names, headings, a stall's
cash memo, a cane cutter's chit, a weaver's pieces, a festival advance and a milkman's card in a Nepali hand,
a bank's SMS); bilingual form cells two to a row (each ruled on every side, its Nepali and English small in a
tinted strip at its top, its value printed or written under them); bilingual labels of two lines, the Nepali
over its English with the value at the right, every other one on a pale band; a Lepcha cane hat (sumok
thyaktuk) as a letterhead's emblem (its domed crown plaited of split cane in a twill lit at its left, its band
of blackened cane with a red thread, its broad brim of slats bound at the rim, a knot at its top); a band of
backstrap weaving as a divider (warp stripes of black, madder red and white with threads of yellow and green,
a row of stepped lozenges picked up in supplementary weft in its middle); loose ends of yarn, a bamboo stick
shuttle wound with red and a slip of split cane in a page's margins; a page photographed lying on a length of
Lepcha handwoven cloth with a ball of red yarn and a shuttle beside it; and earlier sets' rows neither of them
draws: heldout279's ticket's card with a notch at each side, Craftmark hang tag, staple and squared paper;
heldout277's bottom sheet over a dimmed screen and paper clip; heldout275's ribbon, sticky note, sum struck
through and corrected, and passing message; heldout289's carbon copy and revenue stamp; heldout269's tick
boxes and a form's boxed letters; and beside them the rows heldout269's to heldout294's sets share (tables
ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left and values at
the right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two to a row,
values over their labels, labels over their values two to a row, copyable fields, read-only fields, a tinted
panel, notice boxes, a payment's stages across the page and top to bottom, progress bars, large round marks,
octagons, scalloped badges, tile marks, a day divider, chat bubbles, a chat's payment card, a Forwarded mark,
a round badge of initials, rounded cards, hand-written fills and columns on a ruled page, a sum in a box,
round, oval and rectangular stamps, a red numbering-machine number, signatures, a torn roll, a barcode, a
spiral pad's page).

* ``buyer_upi``: Buyers paying Mayel Lyang Loom House or the society: PhonePe Business on the Loom House's
  phone (the Loom House under the app's bar; a ticket's card with a notch at each side: Received, the sum set
  large, "from <buyer>", then under its tear UTR, Received on, Payment mode and Settles to at the left and the
  right); Google Pay's payment completed with its details in a bottom sheet over the dimmed screen ("To
  <payee>", the sum, Completed and the day; Transaction details: UPI transaction ID, Google transaction ID,
  From and To at the left and the right); Paytm's payment with its details folded away (a large round tick,
  Paid Successfully, the sum, "to" over the payee, the day; Paid from; Transaction details "Show"; no
  reference); CRED's UPI payment on its dark screen ("Today, <hour>"; a tile's tick, payment successful, the
  sum, "paid to" over the payee; a copyable UTR; paid via; no day); YONO SBI's UPI payment pending (a capsule,
  the sum, "to <payee>", its stages top to bottom; UPI Ref No., Date and From in a table ruled on every side);
  HDFC Bank's PayZapp with the payment failed under a large round cross (the sum, "to <payee>", the reason in
  a notice; Transaction ID:, Date:, Account: with colons; a passing message at the foot); Union Bank of
  India's Vyom on a scalloped badge (Transaction Successful; a rounded card of labels small over their values
  two to a row: Paid to and Amount, UPI Ref No. and Date & Time, Debit A/c and Remarks); Axis Bank's Axis
  Mobile in an octagon (Payment Successful, the sum, "Paid to" over the payee; UPI Reference No., Transaction
  Date, Paid from and Remarks in dot leaders). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: SIMFED's PAYMENT ADVICE for its emporium's
  purchases under its Nepali name (Memo No. and Dated on a line; "To, The Secretary," and the society; Sub:;
  Bill No. | Bill Date | Amount on hairline rows, Total under a rule and a double rule; "The amount of Rs. x/-
  ... has been credited ... by NEFT / RTGS, UTR ..."; its rectangular stamp with the day; the Manager
  (Accounts)' signature); a Bengaluru design store's Vendor Payment mailed from Odoo (its sentence; Amount
  Paid on a tinted panel; Payment:, Vendor:, Journal:, Method:, Memo: and Date: with colons; Bill | Bill Date
  | Amount in a striped table); State Bank of India's Corporate Internet Banking with a Gangtok hotel
  company's NEFT pending the authoriser (a capsule, its stages across the page with a dot for each, a notice;
  Reference No., Beneficiary, Amount, Payment Mode, Value Date, Maker in a table ruled on every side);
  NEHHDC's letter releasing the payment for its Purbashree emporia, a paper clip at its top (No. and Date on a
  line; "To, The Secretary," and the society; Sub:; "... has been released today to your account ... by NEFT
  vide UTR ..."; Yours faithfully and a signature); a Kolkata studio's Microsoft Teams channel under its
  "Today" divider (the writer, bold, and the hour; "Paid Rs. x to <payee> by NEFT for the ...", "UTR ..."; a
  reaction and a reply; no day); HDFC Bank's ENet with a Mumbai home store's NEFT returned under a red ribbon
  (the reason in a notice; labels small over their values two to a row: Transaction Reference and Transaction
  Date, Beneficiary and Amount, Payment Type and Return Reason); a Gangtok hotel owner's mail read in the
  Gmail app (the subject, the sender and the hour; "I have transferred Rs. x to <payee> by IMPS on <day> ...";
  no reference); the Government e-Marketplace's payment status for TRIFED's order (Payment released in a
  capsule; Contract No., Buyer Organisation, Seller, Amount Paid, Payment Mode, UTR No., Payment Date in a
  table ruled on every side). All new here.

* ``export_wires``: Craft shops, fair trade shops, galleries and textile importers abroad paying the society
  for its bags, shawls, runners and cane hats: MUFG Bank's BizSTATION with an overseas remittance completed in
  yen (Transaction No., Remittance Date, Beneficiary, Beneficiary Bank, Remittance Amount, Charges in a table
  ruled on every side); PostFinance's app with a payment executed in Swiss francs ("Today, <hour>"; a tile's
  tick, the sum, "to <payee>"; a copyable Order reference; Type and Fee at the left and the right; no day);
  ABN AMRO's Internet Bankieren Zakelijk with a foreign payment executed in euros the Dutch way (each label's
  Dutch and its English after a slash in a striped table: Referentie / Reference, Begunstigde / Beneficiary,
  Bedrag / Amount, Uitvoerdatum / Execution date, Kosten / Charges); Shinhan Bank's Bizbank with an overseas
  remittance in won returned in an octagon (the reason in a notice; labels small over their values two to a
  row: Remittance No. and Remittance date, Beneficiary and Amount, Charges and Return reason); Bendigo Bank's
  app with an international payment sent in Australian dollars (a scalloped badge; its sentence with the sum,
  the payee and the day; Payment type, Exchange rate and Fee at the left and the right; no reference); Hang
  Seng Bank's Business e-Banking with a telegraphic transfer completed in Hong Kong dollars (Reference No.,
  Beneficiary, Amount, Value Date and Charges each in a read-only field's box); Wells Fargo's Commercial
  Electronic Office with a wire pending approval in US dollars, the day month first (a capsule, its stages top
  to bottom, a notice; Wire ID, Beneficiary, Amount, Value date, Fees in dot leaders); Nordea Business with a
  payment sent in Norwegian kroner (each label's Norwegian and its English after a slash in shaded labels:
  Referanse / Reference, Mottaker / Beneficiary, Beløp / Amount, Dato / Date, Gebyr / Charges). All new here.

* ``own_receipts``: The society's own papers, its Loom House or itself on top: Mayel Lyang Loom House's TAX
  INVOICE under a cane hat, its Nepali name and a band of backstrap weaving, to a Gangtok buyer (Invoice No.
  and Date, Buyer and Place of Supply at the left and the right; Item | HSN | Qty | Rate | Amount in a striped
  table; Taxable Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a rule and a double rule; the
  sum in words; "Paid by UPI, Ref ..."; the Craftmark's hang tag; yarn and a shuttle in its margins); the
  Mangan Music Festival stall's cash memo in the festival's days, photographed lying on a Lepcha cloth (its
  Nepali name over its English, "नगद मेमो" (cash memo); मिति · Date and नाम · Name written in form cells; the
  pieces written in a Nepali hand on ruled lines with their sums, "जम्मा" (total), "नगद पाएँ" (received cash);
  no reference); CCAvenue's checkout for the web shop with the payment pending (the shop on top, the sum, its
  stages top to bottom, a notice; Order No., CCAvenue Reference No., Payment Option and Date & Time in dot
  leaders); myBillBook's Payment In on the Loom House's phone ("Today, <hour>"; the Loom House under the app;
  Payment received, the sum; Payment In No., Party, Payment Mode and UPI Ref at the left and the right; Party
  balance; no day); Razorpay's payment page for a hotel's bulk order with a card payment failed under a tile's
  cross (the shop on top, the reason in a notice; Payment ID and Amount in tiles; Method and Attempted on);
  the society's RECEIPT (रसिद) for a school's, a hotel's or an association's advance (No. struck in red; its
  fields in bilingual form cells two to a row, written in: मिति · Date and रकम · Amount, बाट प्राप्त ·
  Received from, बापत · Towards, तरिका · Mode and सन्दर्भ नं. · UPI Ref; the sum in words; a revenue stamp
  signed across by the Secretary); Amazon Seller Central's mail of a payment sent for the Loom House's Amazon
  Karigar orders (Payment sent, its sentence; Seller, Settlement ID, Amount, Sent to, Sent on, Orders, Fees
  deducted at the left and the right); the Loom House's bill from GoFrugal on a three-inch roll (Bill No. and
  Date; the pieces, Sub Total, CGST 2.5%, SGST 2.5%, Bill Amount typed in the printer's face; Tender: UPI and
  its UPI Ref). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: a Hee-Gyathang cane cutter's
  chit in a Nepali hand on squared paper (his name in Latin letters at its head; "मिति" (date) and the day;
  "बेत" (cane) by the bundle, "बाँस" (bamboo) by the piece and "ढुवानी" (carriage) with their sums, "जम्मा"
  (total), "नगद पाएँ" (received cash); no reference); a Siliguri yarn dealer's TAX INVOICE for dyed cotton
  yarn (Invoice No. beside its earlier Date; Description | HSN | Kg | Rate | Amount on hairline rows; IGST 5%
  and Total in dot leaders) with a yellow sticky note pressed on it in the accountant's hand ("Paid by NEFT",
  "on <day>", "UTR ..."); Moglix's order of reed hooks and scissors with the payment pending (a progress bar,
  a notice; labels small over their values two to a row: Order ID and Ordered on, Sold by and Amount, Items
  and Payment); a Kalimpong natural dyer's BILL from his book as its carbon copy (No. struck in red; Date and
  M/s written in; Particulars | Kg | Rate | Amount written in ruled columns, Total; "Recd. by UPI, Ref ..." in
  the hand); India Post's Speed Post booking receipt from the Mangan post office's counter on a torn roll
  (ARTICLE NO and its barcode, BOOKED, DEST, WEIGHT, TARIFF, GST 18%, TOTAL, PAID BY, UPI REF typed in its
  printer's face); Vistaprint's checkout for woven labels and hang tags with the card payment failed in an
  octagon (the reason in a notice; Order No., Items, Amount, Card, Attempted on in shaded labels); a Mangan
  carpenter's BILL for loom parts, stapled, its Date left blank (M/s written in; Particulars | Nos. | Rate |
  Amount written in ruled columns; its Total struck through and the lower sum written after it with his
  initials; "Paid by GPay, Ref ..." in the hand; no day); a Siliguri packaging house's TAX INVOICE from Zoho
  Invoice (Invoice# and its earlier Invoice Date; # | Item | Qty | Rate | Amount in a table ruled on every
  side; Sub Total and IGST 18% in dot leaders, Total under a rule and a double rule; Payment Made on a tinted
  panel; Payment Mode:, Reference# and Payment Date with colons; Balance Due). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: State Bank of India's YONO Business
  with an IMPS to the yarn dealer under a green ribbon (Funds transferred successfully, the sum; each value
  over its label: Beneficiary, IMPS Ref No., Date, Debit A/c); Central Bank of India's Cent Mobile with a NEFT
  to the packaging house under a tile's tick (Transaction Successful, the sum; Beneficiary, IFSC, UTR, Date,
  Remarks in dot leaders); BHIM with a UPI payment to the cane cutter ("Today, <hour>"; a tile's tick,
  Transaction Successful, the sum, "Paid to" over the payee; a copyable UPI Ref No.; Debited from; no day);
  HDFC Bank's MobileBanking with a NEFT to the Kalimpong dyer in process (a capsule, a progress bar, a notice;
  Beneficiary, Amount, UTR and Initiated on against a gutter); IDBI Bank's GO Mobile+ with an IMPS to the
  carpenter under a large round tick (IMPS successful, the sum; Beneficiary, IMPS Ref No. and Date each in a
  read-only field's box); Federal Bank's FedMobile with an IMPS to a Gangtok printer failed on a tinted band
  (the sum, the reason in a notice; To, Amount, Reference No., Date, Account in shaded labels); the Sikkim
  State Co-operative Bank's NEFT / RTGS application, the customer's copy filled in by hand under its Nepali
  name (NEFT ticked in its boxes; Date and Amount on dotted lines; the Beneficiary's name, account and IFSC
  written a letter to a box; the bank's rectangular stamp with its day; "Sent, UTR ..." written by its clerk);
  Google Pay's payment to a tailor shared as a picture (the payee's initials in a round badge, "Paid to
  <payee>", the sum, Completed and the day and hour; no reference). All new here.

* ``worker_pay``: The society paying its weavers (Lepcha women of Dzongu who weave its cloth at home on their
  backstrap looms) and its staff: a weaver's wage account under its Nepali heading "बुनकरको ज्याला हिसाब"
  (weaver's wage account) (बुनकर · Weaver and महिना · Month written in form cells; the pieces she wove written
  in a Nepali hand with their counts, rates and sums on ruled lines, "जम्मा" (total); "Paid by UPI, Ref ..."
  and "on <day>" written under it; yarn and a shuttle in its margins); greytHR's payslip for the Loom House's
  salesman (Employee Name:, Employee No.:, Designation:, Pay Period: with colons two to a row; Earnings |
  Amount | Deductions | Amount in a table ruled on every side; Net Pay under a rule and a double rule with its
  words; "Paid on <day> by NEFT, UTR ..."); a weaver's Tendong Lho Rum Faat advance receipt under a band of
  backstrap weaving, written in a Nepali hand ("टेन्दोङ ल्हो रुम फात पेश्की रसिद" (Tendong Lho Rum Faat
  advance receipt); "आज मिति <day> मा" (today, on <day>), "रु. x/- नगद पाएँ।" (received Rs. x in cash)), her
  signature and her name written under it in English; a witness; no reference); Navi's UPI payment to a weaver
  pending (a capsule, the sum, "to <payee>", its stages across the page with a dot for each, a notice; UPI Ref
  No. and Started on in tiles; From); IDFC FIRST Bank's app with an IMPS to the Loom House's helper under a
  large round tick (IMPS transfer successful, the sum, "to <payee>"; IMPS Ref No., Date and From against a
  gutter); PhonePe's payment to a weaver failed in an octagon (the sum, "to <payee>", the reason in a notice;
  a copyable Transaction ID; Tried on and Debited from, labels small over their values two to a row; UTR at
  the left and the right); WhatsApp's payment to a weaver in their chat under its "Today" divider (a payment
  card at the right: "Payment to <payee>", the sum, "Paid" and the hour, the UPI transaction ID; no day); the
  helper's SALARY PAYMENT VOUCHER under its Nepali heading "तलब भुक्तानी भौचर" (its fields in bilingual form
  cells two to a row, written in: मिति · Date and भौचर नं. · Voucher No., नाम · Name, महिना · Month and रकम ·
  Amount, तरिका · Mode and सन्दर्भ नं. · UPI Ref; the sum in words; her signature). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: Mangan Nagar Panchayat's
  trade licence renewal e-receipt for the Loom House under its Nepali name (Payment Successful; each field a
  bilingual label of two lines, its Nepali over its English with the value at the right, every other one on a
  pale band: रसिद नं. Receipt No., इजाजत नं. Licence No., व्यापारीको नाम Name of trader, वर्ष Year, रकम
  Amount, भुक्तानी तरिका Mode, सन्दर्भ नं. UPI Ref, मिति Date); the Forest & Environment Department's
  e-Transit Pass app with the cane's transit fee paid ("Today, <hour>"; the department under the app's bar, a
  scalloped badge, Fee paid, the sum, the pass's cane; Permit No. and Transaction ID in tiles; Paid via; no
  day); the Sikkim treasury's e-challan for the society's audit fee pending at the bank (a capsule, a progress
  bar, a notice; Challan No., Department, Head of Account, Amount, Mode, Initiated on in dot leaders); the
  Textiles Committee's India Handloom Brand registration fee receipt (Payment received; Receipt No.,
  Application No., Applicant, Product, Fee, GST 18%, Total, Mode, UTR, Date in a table ruled on every side);
  the Lingthem-Lingdem Gram Panchayat Unit's house tax receipt from its book under its Nepali name (No. left
  blank; मिति · Date, नाम · Name and बापत · Towards written in form cells; Rs. in a box; "Recd. in cash"; its
  oval stamp; no reference); the Income Tax Department's e-Pay Tax for the TDS challan failed on a tinted band
  (the reason in a notice; CRN, TAN, Amount, Payment Mode, Bank, Attempted on in dot leaders); the Directorate
  of Handicrafts & Handloom's stall fee receipt for the Mangan Music Festival from its book under its Nepali
  name (No. struck in red; Date, Received from and Stall No. written in; Rs. in a box; Cash, UPI and DD in
  tick boxes, UPI ticked; UPI Ref written in; its rectangular stamp with the day); the Commercial Taxes
  Division's profession tax e-payment acknowledgement (Payment successful; Registration No., Name, Period,
  Amount, Bank, CIN, Payment date, Mode against a gutter). All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top, under its app's bar or signing its SMS:
  IFFCO-Tokio's PREMIUM RECEIPT for the weaving shed's fire policy (its sentence "Received with thanks from
  ... the sum of Rs. x by NEFT ..."; Receipt No. and Receipt Date, Policy No. and Sum Insured, Premium and
  CGST 9%, SGST 9% and Total Premium, Mode and UTR two pairs to a row in a table ruled on every side; a
  signature); SBI General's app with the Loom House's shopkeeper's policy renewed ("Today, <hour>"; the
  insurer under the app's bar, a tile's tick, Policy renewed, the sum; a copyable Payment Ref; Policy No. and
  Paid via; no day); Care Health's app with the staff's health renewal under verification (the insurer under
  the app's bar, a capsule, its stages across the page with a dot for each, a notice; Proposal No. and
  Transaction ID in tiles; Premium, Paid via and Initiated on); HDFC ERGO's app with the Loom House's
  scooter's motor renewal failed by card under a large round cross (the insurer under the app's bar, the
  reason in a notice; Policy No., Vehicle, Premium, Payment ID, Card, Attempted on against a gutter); Generali
  Central's marine cargo certificate for the Tokyo consignment (its sentence; Certificate No.:, Voyage:, Sum
  Insured:, Premium:, GST 18%:, Total Premium:, Payment:, Transaction ID:, Payment Date: with colons); SBI
  Life's SMS of a renewal premium received ("Dear Customer, we have received Rs.x towards renewal premium of
  policy no. ... on <dd/mm/yyyy> through Net Banking. - SBI Life"; no reference); Magma General's premium
  receipt mail for the Loom House's stock (its sentence; Receipt No., Policy No., Premium, GST 18%, Total,
  Mode, UPI Ref, Date in shaded labels); The New India Assurance's cover note for the pickup typed on its
  Gangtok branch's printer with the premium received in cash (COVER NOTE NO, VEHICLE NO, PERIOD, OD PREMIUM,
  TP PREMIUM, GST 18%, TOTAL, DATE; PREMIUM RECEIVED IN CASH). All new here.

* ``card_slips``: Cards on the Loom House's and the festival stall's terminals and the society's cards
  elsewhere: Razorpay POS's charge slip at the Loom House typed in its printer's face with each label padded
  to a column of dots (DATE, TIME, MID, TID, BATCH, INVOICE, CARD, CARD TYPE, APPR CODE, RRN; AMOUNT;
  APPROVED, CUSTOMER COPY); Paytm's card machine at the Mangan Music Festival stall in the festival's days
  with its status pending (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN TIMED OUT, STATUS PENDING, DO NOT
  RETRY); State Bank of India's slip at a Gangtok hotel with a tip (SALE; DATE, TIME, TID, CARD, AUTH CODE,
  RRN, INVOICE at the left and the right; BASE AMT, TIP and TOTAL; APPROVED, PIN VERIFIED); HDFC Bank's slip
  at a Siliguri hardware shop DECLINED (55 INCORRECT PIN); SpiceJet's booking for the Bagdogra - Delhi flight
  to a crafts bazaar in a ticket's card with a notch at each side (Booking confirmed; PNR, Flight, Date of
  travel and Passenger over its tear, then Base fare, Taxes & fees, Total paid, Paid by, Payment ID, Booked on
  at the left and the right); a Gangtok restaurant's bill from Petpooja settled by card (Bill No., Date,
  Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the card and its Appr.
  code); HDFC Bank's SMS of a spend on the society's card ("Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On
  <dd-mm-yy> ..."; no reference); the SBI Card app with a spend at an office supplies shop ("Today, <hour>";
  the merchant's line and its town, the sum, Transaction approved; Card and Reference No. in tiles; Category;
  no day). All new here.

* ``utility_bills``: The weaving shed's and the Loom House's bills: the Energy & Power Department's online
  bill payment receipt for the shed under its Nepali name (Payment Successful; its fields in bilingual form
  cells two to a row: उपभोक्ता नं. · Consumer No. and बिल महिना · Bill Month, उपभोक्ताको नाम · Consumer Name,
  रकम · Amount and रसिद नं. · Receipt No., कारोबार आईडी · Transaction ID and भुक्तानी मिति · Payment Date,
  तरिका · Mode); Airtel Thanks with the Loom House's Xstream Fiber bill paid ("Today, <hour>"; the company
  under the app's bar, a scalloped badge, Bill paid, the sum; Account and Transaction ID in tiles; Paid via;
  no day); DishTV's recharge for the shed's television pending (the company under the app's bar, a capsule, a
  progress bar, a notice; VC No., Pack, Order ID, Amount, Paid via, Initiated on in shaded labels); Vi's
  postpaid bill payment failed by card under a tile's cross (the company under the app's bar, the reason in a
  notice; each value over its label: Mobile No., Amount, Transaction ID, Paid via, Attempted on); the Water
  Security & PHE Department's water charges receipt from its Mangan office's book under its Nepali name (No.
  struck in red; each field a bilingual label of two lines, its Nepali over its English with the value at the
  right: उपभोक्ता नं. Consumer No., नाम Name, अवधि Period, रकम Amount, मिति Date; "Recd. in cash" in the hand;
  its rectangular stamp with the day); IndianOil's SMS of an Indane refill's payment received ("Dear Customer,
  your Indane refill (booking no. ...) is paid: Rs.x received by UPI on <dd-mm-yyyy>. Txn ID .... It will be
  delivered soon. -IndianOil"); a Mangan milkman's monthly card in a Nepali hand on a spiral pad's page (the
  dairy on top; "महिना" (month) written in; the litres with their rate and sum, "जम्मा" (total), "नगद पाएँ"
  (received cash) and the day; no reference); a Gangtok broadband company's receipt mail (its sentence;
  Account No., Receipt No., Transaction ID, Amount, Payment mode, Payment date in a table ruled on every
  side). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: the Sikkim State Co-operative Bank's SMS in
  Nepali in a bubble of the phone's messages thread under its day divider ("प्रिय ग्राहक, तपाईंको खाता XX1234
  बाट <dd-mm-yyyy> मा UPI मार्फत <PAYEE> लाई रु. x पठाइएको छ। सन्दर्भ नं. ...। -SISCO Bank" (Dear customer,
  Rs. x has been sent from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in State
  Bank of India's ("Dear UPI user A/C X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno .... If not u?
  call 1800111109. -SBI"), Bank of Baroda's ("Your NEFT of Rs.x to <PAYEE> initiated on <dd-mm-yyyy> is under
  process and will be credited to the beneficiary shortly. UTR .... -Bank of Baroda"), UCO Bank's ("IMPS Txn
  of INR x from A/c XX1234 to <PAYEE> on <dd-Mon-yy> could not be completed. Amount debited, if any, will be
  refunded. Ref .... -UCO Bank") and Central Bank of India's ("Rs.x debited from A/c XX1234 on <dd-mm-yy> for
  NEFT to <PAYEE>. Clr Bal Rs.y CR. -Central Bank of India"; no reference) wordings; Axis Bank's rich message
  in the phone's messages app (the bank's name with its verified tick, the "Today" divider, a rounded card:
  "INR x debited from A/c no. XX1234 for IMPS to <PAYEE>. IMPS Ref: ...", its two buttons; no day); HDFC
  Bank's mail of a debit ("Rs.x has been debited from account **1234 to <PAYEE> on <dd-mm-yy> towards NEFT.
  Your UTR is ..."); IDBI Bank's SMS forwarded by the accountant into the society's WhatsApp group (a
  Forwarded mark over it in a bubble, his name and the hour: "Rs.x debited from A/c XX1234 on <dd-Mon-yy> to
  <PAYEE> via UPI. UPI Ref .... -IDBI Bank"). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (regular and bold, fonts-noto-core; heldout272's and heldout275's faces) for the Nepali lines,
cells, labels, hand and SMS, their Latin runs and figures in the page's own face, FreeSerif for a Nepali
hand's figures, an italic or oblique for the hand (``heldout313_families.PENS``) and a fixed-width face of the
page's own (``heldout313_families.TYPES``). The festival stall's cash memo and its card machine's payment are
drawn in the Mangan Music Festival's days (11 to 13 December 2026), as are a share of the Loom House's PhonePe
Business and Paytm receipts; the Directorate of Handicrafts & Handloom's stall fee is paid in the six days
before the festival; the Tendong Lho Rum Faat advances in the ten days before Tendong Lho Rum Faat (8 August
2026); the other days anywhere in 2026. GST is 5% on the society's work (handwoven bags, stoles, shawls,
runners, cushion covers, mufflers and wall hangings, HSN 6307, 6214 and 6304, and the cane hats, HSN 6504,
every piece priced within Rs. 2,500; CGST 2.5% and SGST 2.5% to a Sikkim buyer), on the cotton yarn (IGST 5%
from West Bengal, HSN 5205) and on the restaurant's food (CGST 2.5% and SGST 2.5%), 18% on the cartons and
tissue (IGST 18% from West Bengal), the Speed Post tariff, the India Handloom Brand's fee and the general
insurance premiums (CGST 9% and SGST 9% on the fire policy, GST 18% beside the marine cover's, the stock
policy's and the pickup's premiums); the health and the life premiums print none, the shop policy's renewal
and the scooter's motor renewal print theirs inside the sum; SIMFED, NEHHDC and TRIFED pay the society's bills
whole; the chits, the dyer's and the carpenter's bills and the milkman's card carry none.

Truth conventions (heldout311's, heldout310's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "To" on Google Pay, under Paytm's "to" and CRED's "paid to", after "to" on YONO SBI and PayZapp, Vyom's Paid
  to, under Axis Mobile's "Paid to"; the Loom House, the society, the society as a bank's field cuts it
  (DZONGU MAYEL LYANG WEAVE) or the Loom House in capitals; never the app, the payer, a UPI ID or "from
  <buyer>". *settled* (heldout268 to heldout311): a receiving business's own app pays the business named under
  the app, here the Loom House under PhonePe Business (never PhonePe or "from <buyer>"). *settled* (heldout167
  to heldout311): a payer's advice pays the one it pays, never the payer on top or a salutation; here the
  society after SIMFED's and NEHHDC's "To, The Secretary," (never the federation, its Nepali name, the
  corporation or the Secretary), Odoo's Vendor: (never the design store on top), the State Bank of India's
  Beneficiary (never the bank or the hotel company), the payee in the Teams message ("Paid Rs. x to <payee> by
  NEFT", never the writer, the channel or the studio; *settled* heldout286, heldout299, heldout301 and
  heldout303 to heldout311's chats), HDFC Bank ENet's Beneficiary, the payee in the Gmail message's sentence
  ("I have transferred Rs. x to <payee> by IMPS", never its sender or "Hi Nimkit"; *settled* heldout304's,
  heldout307's and heldout309 to heldout311's letters and messages), the Government e-Marketplace's Seller
  (never GeM, TRIFED or its Buyer Organisation). *settled* (heldout155 to heldout311): an inward wire pays the
  society, here MUFG Bank's, Hang Seng Bank's and Wells Fargo's Beneficiary, the name after "to" on
  PostFinance and in Bendigo Bank's sentence, ABN AMRO's Begunstigde / Beneficiary, Shinhan Bank's
  Beneficiary, Nordea's Mottaker / Beneficiary; never the remitter, its line or the bank on top. *settled*
  (heldout175 to heldout311): the society's own paper pays its Loom House or itself on top, here MAYEL LYANG
  LOOM HOUSE on its tax invoice and its roll (never its Nepali line, the society it is a unit of or its
  Buyer), the Loom House's English line under its Nepali name on the festival memo (never the नाम · Name
  written in), the Loom House or the society on top of CCAvenue's page and the Razorpay payment page (never
  the gateway), the society on top of its receipt (never its बाट प्राप्त · Received from written in);
  *settled* (heldout268 to heldout311) the Loom House named under myBillBook's bar, as a business's own app
  (never myBillBook or the Party); *settled* (heldout285's, heldout304's, heldout307's and heldout309 to
  heldout311's payouts and deposits) Amazon's payment pays its Seller (never Amazon). A name in Nepali over
  its English: the English line, never the Nepali (*settled* heldout272, heldout277, heldout287 and heldout303
  to heldout311's regional lines). *settled* (heldout187 to heldout311): a supplier's name on top of its own
  paper, here SILIGURI YARN EMPORIUM (never its Buyer or the sticky note on it), the cane cutter's name
  written in Latin letters at his chit's head (Phurba Lepcha; *settled* heldout294 and heldout303 to
  heldout311; never his Nepali lines), Moglix's Sold by (*settled* heldout305 to heldout311's marketplaces'
  sellers; never Moglix), HIMALAYAN NATURAL DYE HOUSE on top of its carbon copy (never its M/s written in),
  INDIA POST on top of its roll (never its counter), Vistaprint on top of its checkout, NORBU CARPENTRY WORKS
  on top of its bill (never its M/s or the signer under it), SILIGURI PACK & PRINT on top of its invoice
  (never its Bill To or Zoho). *settled* (heldout179 to heldout311): a banking page pays the payee, here YONO
  Business' value over its Beneficiary, Cent Mobile's Beneficiary, the name under BHIM's "Paid to", HDFC
  Bank's, IDBI Bank's and FedMobile's Beneficiary or To, the Beneficiary written a letter to a box on the
  co-operative bank's application (never its Remitter), the name after Google Pay's "Paid to" on the shared
  picture (*settled* (new here): a payment shared as a picture reads as the app's own receipt it shows, as
  heldout293's, heldout306's, heldout308's and heldout310's watches and lock screens read as the SMS they
  show). *settled* (heldout150 to heldout311): a pay slip pays the worker, here the बुनकर · Weaver written in
  the wage account's cell and the नाम · Name in the salary voucher's (never the society, the Loom House or
  their Nepali headings), greytHR's Employee Name: (never the society on top), the name after "to" on Navi,
  IDFC FIRST Bank and PhonePe, the weaver on top of the WhatsApp chat whose payment card pays her (*settled*
  heldout275's and heldout308's to heldout311's chats; never the card's "Payment to <first name>"), the name
  written under the signature on the Tendong Lho Rum Faat advance (*settled* heldout307's, heldout310's and
  heldout311's names under a thumb's impression and heldout309's under a signature; never the society, its
  Nepali name or the witness). *settled* (heldout153 to heldout311): a fee page pays the authority as printed,
  here Mangan Nagar Panchayat under its Nepali name (never the व्यापारीको नाम · Name of trader), the Forest &
  Environment Department under the e-Transit Pass' bar (*settled* heldout272, heldout301 and heldout303 to
  heldout311: never the app), the e-challan's Department (never the e-Challan portal or its Head of Account),
  the Textiles Committee on top (never its Applicant), LINGTHEM-LINGDEM GRAM PANCHAYAT UNIT under its Nepali
  name (never the नाम · Name written in or its stamp), the Income Tax Department on top (never e-Pay Tax), the
  Directorate of Handicrafts & Handloom under its Nepali name (never Received from or its stamp), the
  Commercial Taxes Division on top (never the Name). *settled* (heldout199 to heldout311): an insurer's
  receipt pays the insurer on top (full or short as printed), under its app's bar (SBI General Insurance
  Company Ltd., Care Health Insurance Ltd., HDFC ERGO General Insurance) or signing its SMS (SBI Life), never
  the Insured, "Received with thanks from" or "Dear <shop>". A slip's counter name line as printed (MAYEL
  LYANG LOOM HOUSE, MAYEL LYANG LOOM HOUSE - MMF STALL or its first part, the hotel, the hardware shop), never
  *settled* the terminal's brand or bank over it (Razorpay POS, Paytm, STATE BANK OF INDIA, HDFC BANK);
  SpiceJet on top of its booking (*settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to
  heldout311: the carrier whose fare the card paid; never the Passenger); the name after "At" in HDFC Bank's
  "Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On <day>" (*settled* heldout299 to heldout311's card SMS);
  the SBI Card app's merchant line over its town (*settled* heldout297 and heldout302 to heldout311's card
  issuers' apps); the restaurant on top of its bill (never Petpooja). A utility's biller: the Energy & Power
  Department's English name under its Nepali (in full or short as printed; never the उपभोक्ताको नाम · Consumer
  Name), Bharti Airtel Ltd. under Airtel Thanks' bar, Dish TV India Ltd. under DishTV's and Vodafone Idea Ltd.
  under Vi's (*settled* heldout285, heldout301 and heldout303 to heldout311: the company, never the app), the
  Water Security & PHE Department under its Nepali name (in full or short as printed), IndianOil signing its
  SMS (*settled* heldout302, heldout304, heldout307, heldout308 and heldout311), the dairy on top of the
  milkman's card, the broadband company on top of its mail (in full or short as printed). An SMS, mail, RCS or
  forwarded alert's payee as the bank sends it (*settled*, the truncated name as printed, without the
  sentence's full stop, read across its lines where it wraps): the Nepali SMS' "<PAYEE> लाई" (to <PAYEE>, as
  heldout310's Odia "<PAYEE> କୁ"), SBI's "trf to <PAYEE> Refno", Bank of Baroda's "to <PAYEE> initiated", UCO
  Bank's "to <PAYEE> on", Central Bank of India's "for NEFT to <PAYEE>. Clr Bal", Axis Bank's "for IMPS to
  <PAYEE>. IMPS Ref", HDFC Bank's "to <PAYEE> on", IDBI Bank's "to <PAYEE> via UPI"; *settled* (heldout290's
  ICICI Bank RCS message) a bank's rich business message reads as the SMS it sends; *settled* (new here) a
  bank's SMS forwarded into a chat reads as the SMS it forwards (never the forwarder, the group or its
  members), because the Forwarded mark carries the bank's own words unchanged as a bank's WhatsApp message
  carries them (heldout307's and heldout311's).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277),
  Vyom's Amount, the sum on Google Pay's shared picture. *settled* (heldout152 to heldout311): a payer's
  advice counts its net sum, here SIMFED's "The amount of Rs. x/-" (its Total the same; never a bill's
  Amount), Odoo's Amount Paid (never a bill's Amount), the State Bank of India's, HDFC Bank ENet's and the
  Government e-Marketplace's Amount or Amount Paid, NEHHDC's "An amount of Rs. x/-" (its words the same), the
  Rs. x in the Teams message and in the Gmail message. *settled* (heldout155 to heldout311): an inward wire's
  foreign sum, here yen whole (JPY 840,000 or ¥840,000 is 840000.00, *settled* heldout240, heldout281,
  heldout283, heldout308 and heldout309), Swiss francs with apostrophes between the thousands (CHF 6'000.00 or
  6'000.00 CHF is 6000.00, *settled* heldout240, heldout243, heldout248 and heldout309), euros the Dutch way
  (EUR 7.650,00 or € 7.650,00 is 7650.00, *settled* heldout273 and heldout308), won whole (KRW 8,400,000 or
  the won's sign, *settled* heldout248 and heldout309), Australian dollars (AUD or A$, *settled* heldout202,
  heldout289 and heldout311), Hong Kong dollars (HKD or HK$, *settled* heldout201, heldout219 and heldout306),
  US dollars (USD or $), Norwegian kroner the Norwegian way with NOK before or after (NOK 53 670,00 or 53
  670,00 NOK is 53670.00, *settled* heldout227, heldout304 and heldout306); never a Fee (PostFinance's CHF
  15.00, Bendigo Bank's AUD 22.00), an exchange rate, Charges or Fees. *settled* (heldout175 to heldout311): a
  receipt counts the sum received, here the tax invoice's Invoice Total (never the Taxable Value, its CGST
  2.5% or SGST 2.5% or a line's Amount), the festival memo's "जम्मा" (total) written at its line's end (never
  a line's figure), CCAvenue's sum large, myBillBook's sum large (never its Party balance), the Razorpay
  payment page's Amount, the रकम · Amount written in the receipt's cell (its words the same), Amazon's Amount
  (its sentence's sum the same; never its Fees deducted), the roll's BILL AMOUNT (never its SUB TOTAL, CGST
  2.5%, SGST 2.5% or a line's sum). A whole sum closed with /- is that sum in whole rupees (heldout259).
  *settled* (heldout187 to heldout311): a supplier's paper counts the sum paid, here the cane cutter's "जम्मा"
  (total) written at the line's end (never a line's figure or the carriage alone; *settled* heldout287,
  heldout294 and heldout303 to heldout311's hands), the yarn dealer's Total (never IGST 5% or a line's
  Amount), Moglix's, Vistaprint's Amount, the dyer's Total written in (never a line's Amount), India Post's
  TOTAL (never its TARIFF or GST 18%), the carpenter's sum written after his struck Total (*settled*
  heldout275: a sum crossed out by hand and the corrected sum written after it with the writer's initials, the
  correction stands; never the struck sum or a line's Amount), the packaging house's Total (its Payment Made
  the same; never its Sub Total, IGST 18% or a line's Amount). A banking page's sum. *settled* (heldout167 to
  heldout311): a pay slip's net sum, here the wage account's "जम्मा" (total) in the Nepali hand (never a
  line's figure, its pieces or its rate), greytHR's Net Pay (never Gross Earnings, Total Deductions, an
  earning or a deduction; its words the same), the sums on Navi, IDFC FIRST Bank and PhonePe and in the
  WhatsApp chat's payment card, the "रु. x/-" in the Tendong Lho Rum Faat advance's Nepali hand, the रकम ·
  Amount written in the salary voucher's cell (its words the same). A fee page's रकम / Amount, the e-Transit
  Pass' sum, the e-challan's, the Income Tax Department's and the Commercial Taxes Division's Amount, the
  Textiles Committee's Total (never its Fee or GST 18%), the Rs. in the Gram Panchayat Unit's and the
  Directorate's boxes. An insurer's premium with its GST where it carries one (*settled*), here IFFCO-Tokio's
  Total Premium (its sentence's sum the same; never its Premium, CGST 9%, SGST 9% or the Sum Insured),
  Generali Central's Total Premium (never its Premium, GST 18% or the Sum Insured), Magma General's Total
  (never Premium or GST 18%), The New India Assurance's TOTAL (never its OD PREMIUM, TP PREMIUM or GST 18%),
  SBI General's sum, Care Health's and HDFC ERGO's Premium, the Rs.x in SBI Life's SMS. A slip's AMOUNT, the
  hotel slip's TOTAL (never its BASE AMT or TIP alone, *settled* heldout262, heldout273, heldout290 and
  heldout294's tips), SpiceJet's Total paid (never its Base fare or Taxes & fees), the restaurant's Grand
  Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish), the Rs.x in HDFC Bank's SMS, the SBI Card app's
  sum large. A utility's रकम · Amount, the sums large, DishTV's, Vi's and the broadband company's Amount (its
  sentence's sum the same), the रकम / Amount written on the water charges receipt, the Rs.x in IndianOil's
  SMS, the milkman's "जम्मा" (total) written in (never the milk's or the curd's line alone). An alert's sum
  debited, sent or failed as worded (grouped the Indian or the English way or not at all; SBI's "debited by
  4448.0" with one figure after the point is 4448.00, *settled* heldout290 and heldout294), never a Clr Bal.
  Currency INR but on the wires.

* status: as printed. PhonePe Business' Received, Google Pay's Completed, Paytm's Paid Successfully, CRED's
  payment successful, Vyom's Transaction Successful, Axis Mobile's Payment Successful successes; YONO SBI's
  Transaction pending pending; PayZapp's Payment failed failed. A payer's own record of the payment made
  (*settled*, as heldout295's, heldout301's and heldout303 to heldout311's remittances, vouchers and Payment
  Outs): Odoo's Vendor Payment with its Method and its UTR; SIMFED's "has been credited", NEHHDC's "has been
  released today" (*settled* heldout304's and heldout307 to heldout311's letters), the Government
  e-Marketplace's Payment released successes; *settled* (heldout286, heldout299, heldout301 and heldout303 to
  heldout311's chats and messages) the Teams message's "Paid Rs. x ..." and the Gmail message's "I have
  transferred Rs. x ..." successes; the State Bank of India's Pending for authorisation pending (*settled*
  heldout305's, heldout306's and heldout311's transfers awaiting authorisation and heldout310's NEFT pending
  the checker's: a transfer not yet sent is a wait); HDFC Bank ENet's "Transaction returned by beneficiary
  bank" under NEFT RETURNED failed (as heldout310's and heldout311's NEFT failed and rejected). A wire's MUFG
  Bank Completed, PostFinance's Payment executed, ABN AMRO's Uitgevoerd / Executed, Bendigo Bank's Payment
  sent, Hang Seng Bank's Completed, Nordea's Betaling sendt / Payment sent successes; Wells Fargo's Pending
  approval pending (*settled* heldout250 to heldout252 and heldout305 to heldout311: a wire not yet sent is a
  wait); Shinhan Bank's Overseas remittance returned failed. A receipt's "Paid by UPI, Ref ..." under the tax
  invoice, the festival memo's "नगद पाएँ" (received cash) in a Nepali hand (*settled* heldout287's,
  heldout303's and heldout306 to heldout311's hands' "received"), the receipt's तरिका · Mode UPI written with
  its UPI Ref (a receipt for money got), Amazon's Payment sent (as heldout311's Etsy's Deposit sent), the
  roll's TENDER : UPI with its UPI REF successes; *settled* (heldout303 to heldout311's ledger apps)
  myBillBook's Payment received a success; CCAvenue's Transaction pending pending; the Razorpay payment page's
  Payment failed failed. A supplier's "Paid by NEFT" written on the sticky note pressed on the yarn dealer's
  invoice (*settled*, as heldout275's sticky note and heldout298's, heldout299's and heldout303 to
  heldout311's notes on a supplier's invoice), the cane cutter's "नगद पाएँ" (received cash) in a Nepali hand,
  the dyer's "Recd. by UPI, Ref ..." and the carpenter's "Paid by GPay, Ref ..." in the hand, India Post's
  PAID BY : UPI with its UPI REF (*settled* heldout300 and heldout303 to heldout311: a carrier's receipt
  printed only once its freight is paid), the packaging house's Payment Made with its Payment Mode and
  Reference# successes; Moglix's Payment pending pending; Vistaprint's Payment failed failed. A banking page's
  Funds transferred successfully under IMPS SUCCESSFUL, Cent Mobile's and BHIM's Transaction Successful, IDBI
  Bank's IMPS successful, the co-operative bank's "Sent, UTR ..." written by its clerk under its NEFT SENT
  stamp (*settled* heldout310's co-operative bank's NEFT application), Google Pay's Completed on the shared
  picture successes; HDFC Bank's In process pending; FedMobile's Transfer failed failed. A pay slip's "Paid by
  UPI, Ref ..." written on the wage account, greytHR's "Paid on <day> by NEFT, UTR ...", the Tendong Lho Rum
  Faat advance's "नगद पाएँ" (received cash) in a Nepali hand, IDFC FIRST Bank's IMPS transfer successful, the
  WhatsApp payment card's "Paid", the salary voucher's तरिका · Mode UPI written with its UPI Ref (a payer's
  own voucher of the wage paid, as heldout281's and heldout295's vouchers) successes; Navi's Payment pending
  pending; PhonePe's Payment Failed failed. A fee page's Payment Successful, the e-Transit Pass' Fee paid, the
  Textiles Committee's Payment received, the Gram Panchayat Unit's "Recd. in cash", the Directorate's
  "Received with thanks" with its UPI ticked and its Ref, the Commercial Taxes Division's Payment successful
  successes; the e-challan's Pending at bank pending; the Income Tax Department's Payment Failed failed. An
  insurer's IFFCO-Tokio "Received with thanks", SBI General's Policy renewed (as heldout306's to heldout311's
  renewals), Generali Central's "has been received", SBI Life's "we have received", Magma General's "we have
  received", The New India Assurance's PREMIUM RECEIVED IN CASH successes; Care Health's Payment under
  verification pending; HDFC ERGO's Payment failed failed. A slip's APPROVED, SpiceJet's Booking confirmed,
  the SBI Card app's Transaction approved, the restaurant's "Settled: Card" with its Appr. code (*settled*
  heldout297, heldout298 and heldout303 to heldout311) successes; *settled* (heldout300, heldout302 to
  heldout304 and heldout306 to heldout311) HDFC Bank's "Spent Rs.x" a success; the Paytm card machine's TXN
  TIMED OUT with "STATUS PENDING - DO NOT RETRY" pending (*settled* heldout282 and heldout299 to heldout311:
  the terminal got no answer from the bank); HDFC Bank's DECLINED (55 INCORRECT PIN) failed. A utility's
  Payment Successful, Airtel Thanks' Bill paid, the water charges receipt's "Recd. in cash", IndianOil's "is
  paid: Rs.x received", the milkman's "नगद पाएँ" (received cash) in a Nepali hand, the broadband company's "we
  have received your payment" successes; DishTV's Recharge pending pending; Vi's Payment failed failed.
  *settled*: an SMS, mail, RCS or forwarded alert's debit a success whatever its bank's wording (SBI's
  "debited by", Central Bank of India's "debited from", Axis Bank's "debited from", HDFC Bank's "has been
  debited", IDBI Bank's "debited from"); *settled* (new here) the Nepali SMS' "पठाइएको छ" (has been sent) a
  success, because it is Nepali for what heldout310's Odia SMS says with "ପଠାଯାଇଛି" (has been sent); Bank of
  Baroda's "is under process and will be credited to the beneficiary shortly" pending (as heldout280's
  Uttarakhand Gramin Bank's and heldout309's Indian Bank's "is under process"); UCO Bank's "could not be
  completed. Amount debited, if any, will be refunded" failed (as heldout310's Union Bank of India's "has
  failed").

* date: the day paid. A UPI screen's day and hour: PhonePe Business' Received on, the day under Google Pay's
  Completed, the day under Paytm's payee, YONO SBI's Date, PayZapp's Date:, Vyom's Date & Time, Axis Mobile's
  Transaction Date; CRED's "Today, <hour>" prints no day (*settled*). SIMFED's Dated on its Memo No.'s line
  (never a Bill Date; its stamp's day the same), Odoo's Date: (never a bill's Bill Date), the State Bank of
  India's Value Date, NEHHDC's Date (its "today" the same), HDFC Bank ENet's Transaction Date, the day the
  Gmail message names ("by IMPS on <day>", *settled* heldout311's forwarded message: the payer states in its
  own words the day it paid; never the mail's hour), the Government e-Marketplace's Payment Date; the Teams
  message under its "Today" divider prints no day (*settled* heldout286, heldout289, heldout299, heldout301
  and heldout303 to heldout311; never a message's hour). A wire's MUFG Bank Remittance Date (an ISO day,
  2026-05-19, *settled* heldout270, heldout271 and heldout311, or in words), ABN AMRO's Uitvoerdatum /
  Execution date day first, Shinhan Bank's Remittance date (an ISO day or in words), the day in Bendigo Bank's
  sentence, Hang Seng Bank's Value Date, Wells Fargo's Value date month first the American way or in words
  (01/11/2026 or Jan 11, 2026, *settled* heldout272, heldout288, heldout292 and heldout308 to heldout311's US
  banks), Nordea's Dato / Date day first with dots; PostFinance's "Today, <hour>" prints no day (*settled*). A
  receipt's Date on the tax invoice, the मिति · Date written in the festival memo's cell, CCAvenue's Date &
  Time, the Razorpay payment page's Attempted on, the मिति · Date written in the receipt's cell, Amazon's Sent
  on, the roll's DATE; myBillBook's "Today, <hour>" prints no day. The "मिति" (date) and the day on the cane
  cutter's chit, the "on <day>" on the sticky note (never the invoice's Date), Moglix's Ordered on, the Date
  written on the dyer's bill, India Post's BOOKED, Vistaprint's Attempted on, the packaging house's Payment
  Date: (never its Invoice Date); the carpenter's Date left blank prints no day (*settled* heldout275's,
  heldout308's and heldout311's bills with their Date left blank). A banking page's Date, YONO Business' Date
  over its label, HDFC Bank's Initiated on, the Date written on the co-operative bank's application (its
  stamp's day the same), the day and hour under Google Pay's Completed on the shared picture; BHIM's "Today,
  <hour>" prints no day. A pay slip's "on <day>" written on the wage account (never its Month), greytHR's
  "Paid on <day>" (never its Pay Period or the payslip's month, *settled* heldout273 and heldout303 to
  heldout311), the "आज मिति <day> मा" (today, on <day>) in the Tendong Lho Rum Faat advance's Nepali hand,
  Navi's Started on, IDFC FIRST Bank's Date, PhonePe's Tried on, the मिति · Date written in the salary
  voucher's cell (never its महिना · Month); the WhatsApp payment under its "Today" divider prints no day
  (*settled*, as heldout311's Google Chat message under its "Today" divider). A fee page's मिति Date (never
  its वर्ष Year), the e-challan's Initiated on, the Textiles Committee's Date, the मिति · Date written in the
  Gram Panchayat Unit's cell (never the year of its house tax), the Income Tax Department's Attempted on, the
  Date written on the Directorate's receipt (its stamp's day the same), the Commercial Taxes Division's
  Payment date (never its Period); the e-Transit Pass' "Today, <hour>" prints no day. An insurer's Receipt
  Date, Care Health's Initiated on, HDFC ERGO's Attempted on, Generali Central's Payment Date:, the "on
  <dd/mm/yyyy>" in SBI Life's SMS, Magma General's Date, The New India Assurance's DATE (never its PERIOD,
  though it starts that day); SBI General's "Today, <hour>" prints no day. A slip's DATE (dd/mm/yyyy, dd/mm/yy
  or dd-mm-yyyy), SpiceJet's Booked on (never its Date of travel, *settled* heldout302 and heldout305 to
  heldout311), the restaurant's Date, the "On <dd-mm-yy>" in HDFC Bank's SMS; the SBI Card app's "Today,
  <hour>" prints no day. A utility's भुक्तानी मिति · Payment Date (never its बिल महिना · Bill Month), DishTV's
  Initiated on, Vi's Attempted on, the मिति Date written on the water charges receipt (never its अवधि Period;
  its stamp's day the same), the "on <dd-mm-yyyy>" in IndianOil's SMS, the day after the milkman's "नगद पाएँ"
  (never its महिना (month)), the broadband company's Payment date; Airtel Thanks' "Today, <hour>" prints no
  day. The alerts' "<dd-mm-yyyy> मा" (on <day>) in the Nepali SMS (in Latin figures as the bank sends them,
  *settled* heldout287 and heldout308 to heldout311), SBI's "on date <ddMonyy>" run together (20Jan26 is
  2026-01-20, *settled* heldout209's SBI, heldout290, heldout294 and heldout310), "initiated on <dd-mm-yyyy>",
  "on <dd-Mon-yy>", "on <dd-mm-yy>", the forwarded SMS' "on <dd-Mon-yy>" (never the chat's divider or the
  forwarder's hour); Axis Bank's rich message under its "Today" divider prints no day (*settled* heldout290's
  RCS message and the chats' "Today"). All numeric days here are day first (heldout251, heldout259) but Wells
  Fargo's month first and the ISO days. *settled*: never a Year, a Period, a Bill Month, a Month, a Pay
  Period, a payslip's month, an invoice's, a bill's or a journey's day, a cover's period, an e-mail's or a
  message's hour, the day inside a UTR (heldout210), a CIN or an app's, a portal's, a bank's, a challan's or a
  terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (SIMFED's, NEHHDC's and Odoo's NEFT or RTGS, the State
  Bank of India's NEFT or RTGS, the Teams message's NEFT, HDFC Bank ENet's NEFT, the Gmail message's IMPS, the
  Government e-Marketplace's PFMS - NEFT; CCAvenue's Net Banking - SBI; *settled* (heldout311's Etsy deposit)
  Amazon's payment sent to the Loom House's bank account; the sticky note's NEFT or RTGS, Moglix's Net
  Banking, the packaging house's IMPS; the banking pages but BHIM's and Google Pay's UPI; greytHR's NEFT, IDFC
  FIRST Bank's IMPS; the e-challan's and the Income Tax Department's Net Banking, the Textiles Committee's
  NEFT or RTGS, the Commercial Taxes Division's Net Banking; IFFCO-Tokio's NEFT or RTGS, Care Health's,
  Generali Central's and SBI Life's Net Banking; the Energy & Power Department's Net Banking; the NEFT and
  IMPS alerts); a SWIFT transfer either way (*settled*: MUFG Bank's SHA (shared), PostFinance's SWIFT payment
  (SHA), ABN AMRO's SHA - gedeeld, Shinhan Bank's SHA, Bendigo Bank's SWIFT (shared), Hang Seng Bank's SHA,
  Wells Fargo's Shared (SHA), Nordea's SHA - delt; *settled* heldout279, heldout301 and heldout303 to
  heldout311). UPI for the UPI screens, PhonePe Business' Payment mode UPI, Google Pay's shared picture (a UPI
  app's receipt); the tax invoice's "Paid by UPI", myBillBook's Payment Mode UPI, the receipt's तरिका · Mode
  UPI, the roll's TENDER : UPI; the dyer's "Recd. by UPI", India Post's PAID BY : UPI, the carpenter's "Paid
  by GPay" (*settled* heldout287's "GPay-ৰে পালোঁ" and heldout309's to heldout311's "GPay" and "PhonePe");
  BHIM's and Google Pay's UPI; the wage account's and the salary voucher's UPI, Navi, PhonePe and the WhatsApp
  payment (a UPI app's payment in its chat, *settled* heldout275's thread and heldout310's and heldout311's
  chats); Mangan Nagar Panchayat's, the e-Transit Pass' and the Directorate's UPI (its UPI ticked in its
  boxes); SBI General's and Magma General's UPI; Airtel Thanks', DishTV's, IndianOil's and the broadband
  company's UPI; the UPI alerts. Card for the Razorpay payment page's Visa Debit Card, Vistaprint's RuPay
  Debit, HDFC ERGO's card, the slips, SpiceJet's Credit Card, the restaurant's "Settled: Card", HDFC Bank's
  SMS, the SBI Card app and Vi's Debit Card. Cash for the festival memo's, the cane cutter's, the Tendong Lho
  Rum Faat advance's and the milkman's "नगद पाएँ" (received cash) in a Nepali hand (*settled* heldout287's
  "নগদ পালোঁ" and heldout303 to heldout311's hands), the Gram Panchayat Unit's and the water charges receipt's
  "Recd. in cash", The New India Assurance's PREMIUM RECEIVED IN CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout311): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UTR, Google Pay's UPI transaction ID (above its
  Google transaction ID), CRED's copyable UTR, YONO SBI's UPI Ref No., Vyom's UPI Ref No., Axis Mobile's UPI
  Reference No.; the UTR in SIMFED's and NEHHDC's sentences, Odoo's Memo: UTR (above its Payment: number), the
  Teams message's UTR, the Government e-Marketplace's UTR No. (above its Contract No.); the tax invoice's UPI
  Ref (above its Invoice No.), myBillBook's UPI Ref (above its Payment In No.), the receipt's सन्दर्भ नं. ·
  UPI Ref written in (above its No. struck in red), the roll's UPI REF (above its BILL NO); the UTR on the
  sticky note, the dyer's Ref written (above his bill's No.), India Post's UPI REF, the carpenter's Ref
  written, the packaging house's Reference# (above its Invoice#); the banking pages' IMPS Ref No., UTR, UPI
  Ref No., the UTR written on the co-operative bank's application; the wage account's Ref, greytHR's UTR,
  Navi's UPI Ref No., IDFC FIRST Bank's IMPS Ref No., PhonePe's UTR (above its Transaction ID), the WhatsApp
  card's UPI txn ID, the salary voucher's सन्दर्भ नं. · UPI Ref (above its भौचर नं. · Voucher No.); Mangan
  Nagar Panchayat's सन्दर्भ नं. UPI Ref (above its रसिद नं. Receipt No.), the Textiles Committee's UTR (above
  its Receipt No.), the Directorate's UPI Ref written (above its No. struck in red); IFFCO-Tokio's UTR (above
  its Receipt No.), Magma General's UPI Ref (above its Receipt No.); a slip's RRN; the alerts' सन्दर्भ नं.
  (reference No.) in the Nepali SMS, SBI's Refno, Bank of Baroda's UTR, UCO Bank's Ref, Axis Bank's IMPS Ref,
  HDFC Bank's UTR, IDBI Bank's UPI Ref), then a bank reference (the State Bank of India's Reference No., HDFC
  Bank ENet's Transaction Reference, MUFG Bank's Transaction No., PostFinance's Order reference, ABN AMRO's
  Referentie / Reference, Shinhan Bank's Remittance No., Hang Seng Bank's Reference No., Wells Fargo's Wire
  ID, Nordea's Referanse / Reference, the Commercial Taxes Division's CIN (*settled* heldout308 and
  heldout311: a CIN is the bank's number for the tax it received)), then a transaction / payment id (PayZapp's
  Transaction ID, CCAvenue's CCAvenue Reference No., the Razorpay payment page's Payment ID, Amazon's
  Settlement ID, FedMobile's Reference No., the e-Transit Pass' Transaction ID, the e-challan's Challan No.
  (*settled* heldout302, heldout304 and heldout306 to heldout311: a treasury's challan as its GRN), SBI
  General's Payment Ref, Care Health's, Generali Central's Transaction ID, HDFC ERGO's Payment ID, SpiceJet's
  Payment ID (above its PNR), the SBI Card app's Reference No., the Energy & Power Department's कारोबार आईडी ·
  Transaction ID (above its रसिद नं. · Receipt No.), Airtel Thanks', Vi's, IndianOil's and the broadband
  company's Transaction ID), then an approval code (APPR CODE, AUTH CODE, the restaurant's Appr. code), then
  an order's number (CCAvenue's Order No., Moglix's Order ID, Vistaprint's Order No., SpiceJet's PNR
  (*settled* heldout126, heldout302, heldout305, heldout306 and heldout311), DishTV's Order ID; *settled* (new
  here) the Government e-Marketplace's Contract No., because a GeM contract is the government buyer's order
  placed on the seller, numbered when the order is placed as an order ID is), then a document's own number
  (Odoo's Payment: number and the salary voucher's भौचर नं. · Voucher No. (a payer's own number for its
  payment, *settled* heldout281, heldout295, heldout301 and heldout303 to heldout311), the tax invoice's
  Invoice No., myBillBook's Payment In No., the receipt's No. struck in red (as heldout306's, heldout307's and
  heldout309 to heldout311's), the roll's BILL NO, the yarn dealer's and the packaging house's Invoice No. and
  Invoice#, the dyer's No. struck in red, the Income Tax Department's CRN (*settled* heldout304's CPIN and
  heldout306's, heldout307's and heldout309's CRN: a challan numbered when it is created), Mangan Nagar
  Panchayat's रसिद नं. Receipt No., the Textiles Committee's and the Directorate's Receipt No. and No.,
  IFFCO-Tokio's and Magma General's Receipt No., The New India Assurance's COVER NOTE NO, the Energy & Power
  Department's रसिद नं. · Receipt No., the water charges receipt's No. struck in red, the broadband company's
  Receipt No., a slip's INVOICE and INVOICE NO, the restaurant's Bill No.). *settled*: never a card, account,
  phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, TAN, an Udyam or a society's Regd.
  No., an Employee No., a Policy No., a Proposal No., a Certificate No., an Application No., a Licence No., a
  Permit No., a Registration No., a Consumer No., a VC No., an Account No., a Vehicle No., an ARTICLE NO or
  its barcode (a consignment's number, as an AWB NO, *settled* heldout274, heldout299 and heldout303 to
  heldout311), a Craftmark tag's number, a slip's MID / TID / BATCH, a No. left blank (the Gram Panchayat
  Unit's book), SIMFED's Memo No. and NEHHDC's No. (a letter's file number, *settled* heldout278, heldout303,
  heldout304 and heldout306 to heldout311), a bill named on an advice (SIMFED's and Odoo's bills)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout313_families import (
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

SPLIT = "heldout313"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout310's and heldout311's: the screens in
# Noto Sans, FreeSans, Liberation Sans (liberation), DejaVu Sans Condensed and Noto Sans Display; the pages in
# Noto Serif, Liberation Serif (liberation2), DejaVu Serif Condensed, FreeSerif, Liberation Sans (liberation)
# and DejaVu Sans; the society's, its suppliers' and its people's papers in DejaVu Serif, Noto Serif Display,
# Liberation Serif (liberation), Liberation Sans (liberation2) and Noto Sans; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Devanagari (heldout272's and heldout275's) for the
# Nepali lines, cells, labels, hand and SMS, FreeSerif for a Nepali hand's figures, a pen's italic or oblique
# (``heldout313_families.PENS``) and a page's own fixed-width face (``heldout313_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout313_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout313 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout326: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Srikalahasti kalamkari artisans' company's year of 2026 in Srikalahasti,
Tirupati district, Andhra Pradesh (Swarnamukhi Kalamkari Producer Company Limited, in Telugu స్వర్ణముఖి
కలంకారీ ప్రొడ్యూసర్ కంపెనీ లిమిటెడ్, named for the Swarnamukhi, the river the cloth is washed in, a producer
company of the town's kalamkari artisans with GSTIN 37AAZCS4182M1Z3, CIN U17299AP2019PTC112746 and Udyam
UDYAM-AP-23-0027461, its motto "కలం గీత, ప్రకృతి రంగులు" (the kalam's line, nature's colours), with Pulicherla
Gurunatham, the master artist who draws its temple hangings, its chairman, Pulicherla Sailaja its CEO, who
pays its artisans and its bills, Mekala Harish, who keeps the web shop and the orders from abroad, Dandu
Murali Krishna, who keeps its accounts, Tatiparthi Nagaveni at its counter and Shaik Babu, its helper: its
artisans, its members (Gandla Subbaramaiah, Pulicherla Rajeswari, Kuppam Chengaiah, Vadde Lakshmamma, Bandi
Venkatesu, Mallela Padmavathi, Yerrabotu Nagaraju and Chilakala Sarojamma among them), soak the cotton in
myrobalan and buffalo milk, draw the outlines freehand with a bamboo kalam in the kasimi black of iron and
jaggery, paint the alum where the madder will take, boil the cloth with the madder roots, wax it and dip it in
indigo, paint the myrobalan's yellow and wash it in the Swarnamukhi at the workshop on its bank at Kothapeta,
paid by the panel drawn and painted, the dupatta drawn, the piece washed and the metre soaked (the Ramayana,
Dasavatara and sthala purana panels, the last telling how the spider, the snake and the elephant, Sri, Kala
and Hasti, worshipped the linga, Tree of Life hangings, the temple chariot's cloths, dupattas, stoles, cushion
covers and table runners); its showroom on Sannidhi Street near the temple's south gopuram, the Rangula Logili
(రంగుల లోగిలి, the courtyard of colours), shut on Tuesdays, its weekly holiday; its stall on the fair ground
of the temple's Maha Shivaratri Brahmotsavam (9 to 21 February 2026); its web shop rangulalogili.in on
Shopify, Razorpay and CCAvenue, and its Amazon Karigar store; the A.P. Bhavan in New Delhi through Andhra
Pradesh's CFMS, Fabindia, a Hyderabad hotel company, a Chennai interior studio, the Dastkar society's bazaar,
a Bengaluru crafts emporium, the Srikalahasti temple and a hotel company on Coupa at home and a museum shop in
Philadelphia, a gallery in Kyoto, an atelier in Ghent, a gallery in Zurich, a batik house in Kuala Lumpur, an
interiors house in Riyadh, a textile shop in Gothenburg and a block printing studio in London abroad), told by
the proofs of payment it receives (buyers' Paytm for Business on the Logili's phone, super.money, PhonePe set
in Telugu, Navi, AP Grameena Bank's app, MobiKwik, Bajaj Finserv and Tata Neu; CFMS' bill status, Fabindia's
payment advice, HDFC Bank ENet with a hotel company's RTGS pending its checker, an interior studio's Zoho Cliq
channel, Cashfree's payout mail, Indian Bank's corporate banking with an emporium's NEFT rejected, the
temple's proceedings in Telugu and the Coupa Supplier Portal; Wells Fargo, SMBC Valuedoor, KBC, Zürcher
Kantonalbank, Maybank2u Biz, Al Rajhi Bank, SEB and Wise for buyers in Philadelphia, Kyoto, Ghent, Zurich,
Kuala Lumpur, Riyadh, Gothenburg and London in US dollars, yen, euros the Belgian way, Swiss francs, ringgit,
riyals, Swedish kronor the Swedish way and pounds; the Logili's tax invoice under Srikalahasti's legend,
Shopify's order, the Brahmotsavam stall's cash memo in a Telugu hand lying on the drawing table, Amazon
Karigar's disbursement mail, the Razorpay link's payment processing, Vyapar's Payment-In under "Today",
CCAvenue's declined card and the counterfoil book's advance receipt) and those it makes (the Erode mill's
invoice with the accountant's sticky note, a bazaar trader's chit in a Telugu hand, the indigo maker's bill
with its total corrected, IndiaMART's failed order, India Post's counter receipt, OfBusiness' order awaiting
its bank, the printer's PayU link paid under "Today" and the packaging supplier's invoice on continuous
stationery; IndOASIS, the Chittoor district co-operative bank's application filled in by hand, BOI Omni Neo,
ICICI Bank's corporate banking, iris, PNB ONE, KVB DLite and CUB All in One for the tailor, the frame maker,
the mill, the trader, the indigo maker, the transporter and the packaging supplier; an artisan's piece wages
and Ugadi advance in a Telugu hand, PhonePe's pending payment, the printed wage voucher, BHIM under "Today",
Axis Mobile's failure, Paybooks' payslip and YONO's IMPS of the helper's salary; Srikalahasti Municipality's
property tax, APPCB's consent fee, EPFO's challan awaiting the bank, the Labour Department's renewal receipt,
PuraSeva's trade licence under "Today", the temple's stall receipt filled in by hand, EPCH's membership
receipt and Passport Seva's failed fee; New India's, Tata AIG's, Bajaj General's, Aditya Birla Health's, HDFC
ERGO's, Go Digit's, ACKO's and SBI Life's premiums; cards on the Logili's Paytm card machine and the
Brahmotsavam stall's Pine Labs terminal, at a Tirupati restaurant through DotPe, on APSRTC and Akasa Air, at a
hardware store's BharatPe machine, in SBI Card's SMS and on SBI Card's app; Airtel Thanks' failed bill,
APSPDCL's receipt, HP Pay, the water tanker's card in a Telugu hand, Vi's mail, JioAirFiber's pending
recharge, IndianOil ONE under "Today" and CRED's Bharat BillPay; AP Grameena Bank's SMS in Telugu, the SMS of
State Bank of India, Karur Vysya Bank, Axis Bank and Equitas, HDFC Bank's alert on the lock screen, Kotak's
mail and Indian Overseas Bank's mail). One payment per page, each drawn from its own seed (heldout326-<i>) in
a face the seed chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``,
so that the set is drawn the same every time (no set or hash order is read anywhere). Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields). Each layout is a function of its own in ``heldout326_families`` (the family's function picks it by
the receipt's place in its family), written by hand for this set.

Layouts (every one written for this set, and nearly all of its apps, banks and issuers none of heldout324's or
heldout325's; those marked (new) new in their arrangement and labels beside every layout heldout324 and
heldout325 drew, and where one is near a kind of page they drew it is said here): Paytm for Business on the
Logili's phone in a ticket's card, where heldout325 drew PhonePe Business' capsule with colons and heldout324
PhonePe Business' scalloped badge with tiles (new); super.money's payment with no reference in a bottom sheet
over its dimmed scan screen, where heldout325 drew Jupiter's tinted panel and heldout324 CRED's rounded card
with no reference (new); PhonePe set in Telugu in this set's bilingual fields, near heldout324's Google Pay
set in Telugu in its tags and heldout325's Google Pay set in Gujarati in its boxed fields; Navi's failure
under a tile's cross with its values over their labels, where heldout325 drew Freecharge's under a red ribbon
and heldout324 Amazon Pay's under a scalloped badge, both in a table ruled on every side (new); AP Grameena
Bank's striped table under a pale wave, where heldout324 drew Telangana Grameena Bank's against a gutter and
heldout325 Vyom's tiles (new); MobiKwik's "Today" with the sum's paise raised and its values over their
labels, where heldout325 drew IDFC FIRST Bank's "Today" with raised paise in shaded labels and heldout324
Paytm's "Today" in shaded labels (new); Bajaj Finserv's payment processing with its stages across the page and
colons, where heldout325 drew Amazon Pay's stages top to bottom and heldout324 JioFinance's left to right
(new); Tata Neu's tinted panel two to a row, where heldout325 drew Jupiter's panel over a rounded card and
heldout324 slice's read-only fields (new); CFMS' bill status with its stages across the page all reached
against a gutter, where heldout325 drew the tourism corporation's striped advice and heldout324 TESCO's (new);
Fabindia's payment advice two to a row over a table ruled on every side, where heldout324 drew Titan's in
shaded labels over a ruled table and heldout325 NetSuite's on hairline rows (new); HDFC Bank ENet's RTGS
pending its checker under a spinner with colons in a rounded card, where heldout325 drew Kotak FYN's stages
across the page and heldout324 IDFC FIRST Bank's stages top to bottom (new); the interior studio's Zoho Cliq
channel under "Today", near heldout325's Google Chat space and heldout324's Telegram group; Cashfree's payout
mail in dot leaders, where heldout325 drew RazorpayX' payout mail two to a row (new); Indian Bank's NEFT
rejected under a red ribbon in a striped table, where heldout325 drew Canara Bank's NEFT returned under a
large round cross in shaded labels and heldout324 Kotak FYN's under an octagon two to a row (new); the
temple's proceedings typed in Telugu with no reference under a kalamkari creeper, near heldout324's temple
letter in Telugu and heldout325's temple trust's letter in Gujarati; the Coupa Supplier Portal's payment with
its invoices on hairline rows and its values over their labels, where both drew GeM's payment status
(heldout325 ruled, heldout324 striped) (new); Wells Fargo's wire against a gutter, where heldout325 drew
Mercury's colons in a rounded card and heldout324 CashPro's read-only fields (new); SMBC Valuedoor's
remittance processing left to right on hairline rows, where heldout325 drew Westpac's spinner with colons and
heldout324 RBC Express' stages across the page over a ruled table (new); KBC's large round tick two to a row,
where heldout325 drew Mashreq's in shaded labels and heldout324 Emirates NBD's with colons in a rounded card
(new); Zürcher Kantonalbank's payment order in dot leaders (new); Maybank2u Biz' transfer unsuccessful under a
tile's cross in shaded labels, where heldout325 drew Rabobank's rejection under a red ribbon with its values
over their labels and heldout324 Lloyds' on a tinted band at the left and the right (new); Al Rajhi Bank's
capsule with a copyable reference at the left and the right (new); SEB's Swedish sentence with no reference in
a rounded card, near heldout325's Nordea Danish sentence in a rounded card and heldout324's DBS plain-text
mail; Wise's "Today" with its steps top to bottom, where heldout325 drew Starling's "Today" under a tile on
hairline rows and heldout324 Revolut's "Today" with tiles (new); the Logili's tax invoice under Srikalahasti's
legend in a table ruled on every side with the Craftmark's hang tag, near heldout325's tax invoice under a
Mata ni pachedi and heldout324's under a Gollabhama; Shopify's order with a Paid capsule on hairline rows,
where heldout325 drew Etsy's deposit mail and heldout324 Flipkart's settlement mail (new); the Brahmotsavam
memo in a Telugu hand lying on the drawing table, near heldout325's Navratri memo lying on a Mata ni pachedi
and heldout324's Expo memo lying across a loom; Amazon Karigar's disbursement mail against a gutter, where
heldout325 drew Etsy's ruled mail and heldout324 Flipkart's dot leaders (new); the Razorpay link's payment
processing under a spinner in dot leaders, where heldout325 drew PhonePe's gateway left to right two to a row
and heldout324 Cashfree's stages top to bottom (new); Vyapar's Payment-In under "Today" with its tabs, a
rounded card and a toast, near heldout324's Dukaan "Today" with its tabs in a rounded card and heldout325's
OkCredit "Today"; CCAvenue's declined card on a tinted band in a table ruled on every side, where heldout325
drew Easebuzz' under a large round cross in shaded labels and heldout324 Easebuzz' under an octagon with
colons (new); the advance receipt across a counterfoil and its perforation, where heldout325 drew its advance
receipt in boxed fields and heldout324 its receipt book in tags (new); the mill's invoice on hairline rows
with the accountant's sticky note of its payment, where heldout325 drew the mill's payment typed under it and
heldout324 NHDC's PAID stamp with the clerk's hand (new); the bazaar trader's chit in a Telugu hand on a
spiral notebook's page, near heldout325's gandhi's chit and heldout324's dyer's bill; the indigo maker's bill
with its total crossed out and corrected by hand, near heldout325's block maker's bill book; IndiaMART's
failure on a tinted band with colons, where heldout325 drew udaan's in an octagon in a striped table and
heldout324 udaan's under a large round cross in dot leaders (new); India Post's counter receipt typed at the
two ends of each line on a torn roll, where heldout325 drew Delhivery's app and heldout324 Delhivery One's
booking two to a row (new); OfBusiness' order awaiting its bank with its stages top to bottom against a
gutter, where heldout325 drew Bizongo's progress bar in read-only fields and heldout324 Moglix' progress bar
with colons (new); the printer's PayU link paid under "Today" under a badge of initials on hairline rows,
where heldout325 drew the printer's Zoho invoice with PAID across it and heldout324 the printer's Razorpay
page with a copyable id (new); the packaging supplier's invoice on continuous stationery (new); IndOASIS'
"Today" under a tile with its values over their labels, where heldout325 drew HDFC Bank's "Today" with raised
paise and colons and heldout324 IDBI GO Mobile+'s "Today" two to a row (new); the district co-operative bank's
application in an Andhra form's numbered fields, near heldout324's apex bank's application in tags and
heldout325's Mercantile bank's in boxed fields; BOI Omni Neo's failed IMPS under an octagon two to a row,
where heldout325 drew bob World's failure on a tinted band and heldout324 IOB Mobile's against a gutter (new);
ICICI Bank's corporate banking in a table ruled on every side, where heldout324 drew HDFC Bank NetBanking's
striped table and heldout325 Kotak's dot leaders (new); iris' payment with no reference against a gutter with
a toast, where heldout325 drew AU 0101's scalloped badge and heldout324 PhonePe's chat (new); PNB ONE's tinted
band at the left and the right, near heldout325's FedMobile panel at the left and the right; KVB DLite's
capsule over dot leaders, where heldout324 drew InstaBIZ' capsule two to a row and heldout325 the Kalupur
bank's hairline rows (new); CUB's NEFT in process under a spinner in a striped table, where heldout324 drew
Cent Mobile's spinner on hairline rows and heldout325 Axis Mobile's stages in shaded labels (new); the
artisan's piece wages in a Telugu hand with this set's bilingual fields, near both sets' wage accounts in a
hand; PhonePe's payment pending with its stages top to bottom in shaded labels, where both drew Paytm's
progress bar (heldout325 with colons, heldout324 striped) (new); the printed wage voucher in numbered fields
with a revenue stamp, where heldout325 drew the wage slip in boxed fields with a thumb's box and heldout324
the typed acknowledgement ruled with a thumb's box (new); BHIM's "Today" on a tinted panel with a copyable
reference, where both drew a WhatsApp chat under "Today" (new); Axis Mobile's failure under a red ribbon with
its values over their labels, where heldout325 drew JioFinance's red ribbon in dot leaders and heldout324
Google Pay's large round cross at the left and the right (new); Paybooks' payslip against a gutter with a
striped table and its Net Pay on a tinted panel, where heldout325 drew Keka's shaded labels with a ruled table
and heldout324 RazorpayX Payroll's two to a row (new); the Ugadi advance in a Telugu hand, near heldout325's
Uttarayan advance and heldout324's Bonalu advance; YONO's IMPS under a large round tick in a table ruled on
every side, where heldout324 drew IndusMobile's large round tick in dot leaders and heldout325 BHIM's badge on
hairline rows (new); the municipality's property tax in this set's bilingual fields with its QR code, near
heldout324's municipality's receipt in tags with its QR code and heldout325's AMC receipt in boxed fields;
APPCB's consent fee against a gutter, where heldout325 drew GPCB's two to a row (new); EPFO's challan awaiting
the bank over a progress bar in dot leaders, where heldout325 drew the GST challan's stages in a ruled table
and heldout324 the professional tax' spinner in a ruled table (new); the Labour Department's striped receipt
with its round seal, where heldout325 drew the Labour Welfare Board's ruled receipt with its QR code and
heldout324 SBI Collect's two to a row (new); PuraSeva's "Today" under a large round tick with a copyable id,
near heldout325's AMC Seva "Today" with a copyable id; the temple's stall receipt filled in by hand in this
set's bilingual fields with its oval stamp, near heldout324's Expo stall receipt filled in by hand; EPCH's
receipt with colons in a rounded card, where heldout324 drew IP India's colons over a ruled table (new);
Passport Seva's failure under a tile's cross in a striped table, where heldout325 drew the e-challan's octagon
in shaded labels and heldout324 the Transport Department's red ribbon in dot leaders (new); New India's
receipt against a gutter with its round seal, where heldout324 drew Oriental's shaded labels with its round
seal and heldout325 Oriental's at the left and the right with a rectangular stamp (new); Tata AIG's failed
card under a red ribbon at the left and the right, where heldout325 drew Reliance General's large round cross
in dot leaders and heldout324 Galaxy's tinted band in dot leaders (new); Bajaj General's capsule with its
values over their labels, where heldout325 drew Cholamandalam MS' capsule over shaded labels (new); Aditya
Birla Health's payment awaited left to right against a gutter, where heldout325 drew Universal Sompo's spinner
and heldout324 SBI General's progress bar, both with colons (new); HDFC ERGO's e-receipt ruled with its QR
code, where heldout325 drew LIC's policy row ruled (new); Go Digit's large round tick two to a row, where
heldout325 drew United India's mail two to a row (new); ACKO's "Today" under a tile on hairline rows, where
heldout325 drew Generali Central's "Today" with tiles and heldout324 Star Health's in shaded labels (new); SBI
Life's SMS, near heldout325's Magma SMS and heldout324's LIC SMS; Paytm's card machine slip with its labels
and values at the two ends of each line, where heldout325 drew Axis Bank's and heldout324 HDFC Bank's two
fields to a line (new); DotPe's restaurant e-bill, near heldout324's Petpooja bill; Pine Labs' answer not
come, near both sets' PhonePe POS; APSRTC's e-ticket two to a row with its fare in dot leaders, where
heldout324 drew TGSRTC's ruled e-ticket (new); Akasa Air's booking in a ticket's card, where heldout325 drew
Air India Express' striped mail and heldout324 Air India Express' two to a row over a ruled table (new);
BharatPe's declined slip, near both sets' declined slips; SBI Card's SMS, near both sets' card SMS; SBI Card's
app "Today" under a badge of initials in shaded labels, where heldout325 drew IDFC FIRST Bank's card app with
tiles and heldout324 Scapia's with its values over their labels (new); Airtel Thanks' failed bill under an
octagon at the left and the right, where heldout325 drew Amazon Pay's failed bill under a large round cross
and heldout324 BSNL's under a tile in a striped table (new); APSPDCL's receipt under its Telugu name in this
set's bilingual fields, near heldout324's TGSPDCL receipt under its Telugu name and heldout325's Torrent
receipt in boxed fields; HP Pay's refill under a large round tick in a table ruled on every side, where
heldout324 drew IndianOil ONE two to a row (new); the water tanker's card in a Telugu hand, near heldout324's
water can card and heldout325's dhobi ghat slip; Vi's mail with its values over their labels, where heldout325
drew ACT's striped mail (new); JioAirFiber's recharge pending with its stages across the page in dot leaders,
where heldout325 drew JioFiber's progress bar with its values over their labels and heldout324 ACT's stages
left to right (new); IndianOil ONE's "Today" with tiles two to a row, where heldout325 drew Adani Total Gas'
"Today" with a copyable id and heldout324 MyJio's "Today" in shaded labels (new); CRED's Bharat BillPay
receipt ruled, where heldout325 drew bob World's in dot leaders and heldout324 PhonePe's with its values over
their labels (new); AP Grameena Bank's SMS in Telugu in a bubble, near heldout324's Telangana Grameena Bank's
and heldout325's Baroda Gujarat Gramin Bank's; the SMS of State Bank of India, Karur Vysya Bank, Axis Bank
with its UPI path and Equitas in their own wordings, near the SMS both drew; HDFC Bank's alert on the lock
screen beside a WhatsApp message, where heldout325 drew a heads-up notification and heldout324 the pulled-down
shade (new); Kotak's mail of a failed IMPS over a striped table, where heldout325 drew IDFC FIRST Bank's ruled
mail and heldout324 Indian Bank's mail (new); Indian Overseas Bank's mail with no reference in a rounded card,
near heldout324's Indian Bank mail with no reference. 68 of the 96 are new in their arrangement and labels.
This set draws kinds of row and page heldout324 and heldout325 do not: this set's bilingual field (the Telugu
label in bold white on an indigo tab with a pointed end, its English small under the tab, the value at a share
of the room on a dotted madder rule); a Telugu hand in Noto Serif Telugu with its Latin figures in an upright
DejaVu Serif, leaning a little back as a fountain pen held low writes; Srikalahasti's legend as a kalamkari
letterhead's emblem; a kalamkari creeper as a divider; a page photographed on the artisans' drawing table
beside a bamboo kalam and a bowl of the black; an Andhra form's numbered fields (heldout294's); a bottom sheet
(heldout287's); a ticket's card with its tear (heldout279's); a counterfoil and its perforation
(heldout271's); a yellow sticky note and a sum crossed out and corrected (heldout275's); continuous stationery
(heldout275's); a spiral notebook's page (heldout289's); the Craftmark's hang tag (heldout279's); a lock
screen (heldout287's); a toast (heldout275's); a Coupa supplier portal; a treasury's bill status; and beside
them the rows heldout269's to heldout294's sets share (tables ruled on every side, striped tables, shaded
labels, labels against a gutter, labels at the left and values at the right, dot leaders, hairline rows,
labels with colons, tinted outcome bands, capsules, tiles two to a row, values over their labels, labels over
their values two to a row, copyable fields, a tinted panel, notice boxes, stages across the page, left to
right and top to bottom, progress bars, spinners, large round marks, octagons, tile marks, ribbons, tabs, a
sum large with its paise raised, a day divider, chat bubbles, rounded cards, round badges of initials,
hand-written columns on a ruled page, tick boxes, a sum in a box, round, oval and rectangular stamps, a red
numbering-machine number, revenue stamps, signatures, QR codes, a torn roll, a wave).

* ``buyer_upi``: Buyers paying the Rangula Logili or the company by UPI: Paytm for Business on the Logili's
  phone (the Logili under the app's bar; in a ticket's card Payment Received, the sum and "from <buyer>" over
  its tear, and UPI Ref No., Date & Time and Paid via at the left and the right under it; Settles to under the
  card); super.money with no reference (its scan screen dimmed under a bottom sheet: a large round tick,
  Payment successful, "Paid to" over the payee, the sum, "on <day> at <hour>"; From); PhonePe set in Telugu (a
  large round tick, "చెల్లింపు పూర్తయింది" (payment completed), the sum, "స్వీకర్త: <payee>" (recipient:
  <payee>); this set's bilingual fields: UTR సంఖ్య / UTR No., తేదీ, సమయం / Date, time and డెబిట్ ఖాతా /
  Debited from); Navi's failure (a cross on a rounded tile, Payment failed, the sum, "to <payee>", a notice;
  each value over its label: Transaction ID, Attempted on, Reason, Paid from); AP Grameena Bank's APGB Mobile
  (its pale top curved in a wave over a Success capsule, the sum and "to <payee>"; UPI Ref No, Date, Debit A/c
  and Remarks striped); MobiKwik under "Today, <hour>" (the sum large with its paise raised, "Paid to
  <payee>"; UPI Ref ID and Paid from, each value over its label; no day); Bajaj Finserv's payment processing
  (the sum; Initiated, Debited and Credited across the page; a notice; UPI Ref No :, Started on : and To :
  with colons); Tata Neu (Paid and the sum on a tinted panel; UPI Ref No. and Date, To and From two to a row;
  the NeuCoins earned).

* ``buyer_advices``: Payers' advices of what they paid the company: CFMS' bill status for the A.P. Bhavan's
  hangings (Submitted, DDO approved, PAO passed and Paid across the page, all reached; Bill ID, Token No.,
  DDO, Beneficiary, Gross Amount, GST TDS (2%), Net Amount, UTR and Paid on against a gutter); Fabindia's
  PAYMENT ADVICE (Payment Doc No. and Payment Date, Vendor and Vendor Code, Mode and UTR two to a row; Invoice
  No. | Invoice Date | Gross | TDS 194Q | Net ruled with its Total); HDFC Bank ENet with a Hyderabad hotel
  company's RTGS pending its checker (a spinner, a notice; Transaction Ref :, Beneficiary :, Amount :, Value
  Date :, Payment Type : and Maker : with colons in a rounded card); a Chennai interior studio's Zoho Cliq
  channel under "Today" (the writer's initials in a round badge, his name and hour; "Paid ₹x to <payee> by
  IMPS for the Tree of Life hangings for the Adyar villa. Ref ..."; a colleague's reply; no day); Cashfree
  Payouts' mail for the Dastkar society's Nature Bazaar (Transfer successful and its sentence; Transfer ID,
  Beneficiary, Amount, Transfer mode, UTR and Processed on in dot leaders); Indian Bank's corporate banking
  with a Bengaluru crafts emporium's NEFT rejected (NEFT REJECTED on a red ribbon, a notice; Txn Reference,
  Beneficiary, Amount, Value Date and Reason striped); the Srikalahasti temple's proceedings typed in Telugu
  after the Brahmotsavam with no reference (its Telugu name over its English and a kalamkari creeper;
  ఆర్.సి.నెం. (file no.) and తేదీ (date); "ప్రతి," (to) and the company in English; విషయం (subject); "...
  కలంకారీ తెరలు మరియు రథం వస్త్రాల కొరకు రూ. x/- లను <day> తేదీన RTGS ద్వారా మీ ఖాతాకు జమ చేయడమైనది." (Rs. x/-
  for the kalamkari hangings and the chariot's cloths has been credited to your account by RTGS on <day>); the
  Executive Officer's signature over కార్యనిర్వహణాధికారి); the Coupa Supplier Portal's payment of a hotel
  company (the supplier's account name; Paid in a capsule; Invoice # | Invoice Date | Amount on hairline rows;
  Payment Date, Payment Reference, Payment Amount and Payment Method, each value over its label).

* ``export_wires``: A museum shop, a gallery, an atelier, an interiors house, a batik house, a textile shop
  and a block printing studio abroad paying the company for its kalamkari: Wells Fargo's Commercial Electronic
  Office with a wire in US dollars (Completed in a capsule; Wire Reference, Beneficiary, Beneficiary Bank,
  Amount, Value Date (month first) and Charges against a gutter); SMBC Valuedoor with a remittance in yen
  processing (Applied, Approved, Sent and Credited left to right, a notice; Remittance No., Beneficiary,
  Amount, Value Date and Charges on hairline rows); KBC Business with a payment in euros the Belgian way (a
  large round tick, Payment executed; Reference and Execution date, Beneficiary and Amount, Charges and From
  account two to a row); Zürcher Kantonalbank's eBanking with a payment order in Swiss francs the Swiss way
  (Order number, Beneficiary, Amount, Execution date (day first with points) and Charges in dot leaders);
  Maybank2u Biz with a transfer in ringgit unsuccessful (a cross on a rounded tile, a notice; Reference No.,
  Beneficiary, Amount, Transaction Date and Reason in shaded labels); Al Rajhi Bank with a transfer in riyals
  (Transfer successful in a capsule, the sum; a copyable Transfer Reference; Beneficiary, Beneficiary bank,
  Transfer date and Charges at the left and the right); SEB with a payment in Swedish kronor the Swedish way
  told in a Swedish sentence with no reference (a tick and Betalningen är genomförd (the payment is completed)
  in a rounded card; "Din utlandsbetalning på <sum> till <payee> genomfördes den <yyyy-mm-dd>." (your foreign
  payment of <sum> to <payee> was completed on <day>); Från konto (from account) and Avgift (charges)); Wise
  Business with a transfer in pounds under "Today, <hour>" (Transfer complete, the sum, "to <payee>"; its four
  steps top to bottom, all done; Transfer ID, Fee and From; no day).

* ``own_receipts``: The company's own papers, its Rangula Logili or itself on top: the Logili's TAX INVOICE
  under Srikalahasti's legend, its Telugu name, its English, the motto and a kalamkari creeper ("A unit of
  <company>"; Invoice No. and Date, Customer and Place of Supply; Sl. | Description | HSN | Qty | Rate |
  Amount ruled with its Taxable value; CGST @ 2.5%, SGST @ 2.5% and Invoice Total (Rs.) in dot leaders; "Paid
  by UPI, UTR ..."; the Craftmark's hang tag; "మళ్ళీ రండి!" (come again!)); Shopify's admin with a web order
  (the Logili on top; Order #RL... and Paid in a capsule; the pieces on hairline rows with Subtotal, Shipping,
  Taxes (included) and Total; Payment (Razorpay, UPI), Transaction ID and Paid on); the Brahmotsavam stall's
  CASH MEMO photographed on the drawing table (the Logili's Telugu name over its English, "మహాశివరాత్రి
  బ్రహ్మోత్సవాలు 2026 | శ్రీకాళహస్తి" and "నగదు మెమో" (cash memo); తేదీ / Date and పేరు / Name written in this
  set's fields; the pieces written in a Telugu hand with their sums, "మొత్తం" (total); "నగదు అందింది" (cash
  received); no reference); Amazon Karigar's disbursement mail (its sentence; Seller, Settlement period,
  Deposit date, Deposit total, Bank account and Trace ID (UTR) against a gutter); the company's Razorpay
  payment link processing (the company on top, a spinner, the sum, a notice; Payment Link, Payment ID, Method
  and Initiated on in dot leaders); Vyapar on the Logili's phone under "Today" (the Logili under the app's
  bar; Sale, Payment-In and Expenses tabs; Receipt No., Party, Received and "UPI | Ref ... | <hour>" in a
  rounded card; the toast "Payment-In saved"; no day); CCAvenue's checkout with a credit card declined (the
  Logili on top; Transaction Declined on a tinted band, the sum, a notice; Order No., Tracking ID, Amount,
  Payment Mode and Date & Time ruled); the company's ADVANCE RECEIPT from its counterfoil book for a hotel's
  Tree of Life hangings (its Telugu name over its English; "అడ్వాన్స్ రశీదు / ADVANCE RECEIPT"; No. struck in
  red; Date, From / Received from, For / Towards, By / By NEFT, UTR and Rs. / Rupees written across the
  counterfoil and the receipt with a perforation between; Rs. and the sum written in a box; a revenue stamp
  signed across).

* ``supplier_invoices``: The company's suppliers, each on top of its own paper: an Erode mill's TAX INVOICE
  for the cotton (Invoice No. and its earlier Invoice Date; Quality | HSN | Metres | Rate | Amount on hairline
  rows; Taxable Value, IGST @ 5% and Invoice Total at the left and the right; the accountant's yellow sticky
  note, "Paid NEFT", "UTR ..." and "on <dd/mm/yy>" with his initials written on it); a bazaar trader's chit in
  a Telugu hand on a spiral notebook's page with no reference (his Telugu name over his English; "తేదీ" and
  the day and "స్వర్ణముఖి కలంకారీ వారికి" (to Swarnamukhi Kalamkari) written; the myrobalans (కరక్కాయ), the
  alum (పటిక), the jaggery (బెల్లం) and the madder roots (మంజిష్ట వేర్లు) with their weights and sums,
  "మొత్తం"; "నగదు అందింది"); a Villupuram indigo maker's BILL (Bill No. struck in red, Date and To written on
  dotted lines; the indigo written in its ruled columns; "Total Rs." printed and crossed out and the lower sum
  written after it with his initials; "Recd. by GPay, Ref ..." written); Pay with IndiaMART's order of a dye
  house's goods failed (Payment failed on a tinted band, the sum, a notice; Order ID :, Seller :, Amount :,
  Payment mode : and Attempted on : with colons); India Post's counter receipt for a Speed Post parcel on a
  torn roll (ARTICLE NO, TO, WEIGHT, TARIFF, GST 18% and TOTAL; MODE UPI, UPI REF and DATE, at the two ends of
  each line); OfBusiness' order of cartons awaiting the bank (Order placed, Payment with your bank and Order
  confirmed top to bottom; a notice; Order ID, Seller, Amount, Payment mode and Placed on against a gutter); a
  Tirupati printer's PayU link paid under "Today, <hour>" (its initials in a round badge and its name, Payment
  successful, the sum; Payment ID, Bank Ref No., Mode and Paid on on hairline rows; no day); a Renigunta
  packaging supplier's invoice printed by a dot-matrix printer on continuous stationery (INV NO and its
  earlier DATE; the cartons, bubble wrap and tissue; TAXABLE, CGST @ 9%, SGST @ 9% and TOTAL; "PAYMENT RECD BY
  NEFT UTR ..." and "ON <dd/mm/yyyy>").

* ``vendor_transfers``: The company paying its suppliers from its banks: Indian Bank's IndOASIS with an IMPS
  to the tailor under "Today, <hour>" (a tick on a rounded tile, IMPS successful, the sum, "to <payee>"; IMPS
  Ref No., Debited from and Remarks, each value over its label; no day); the Chittoor District Co-operative
  Central Bank's RTGS / NEFT application under its Telugu name, filled in by hand in an Andhra form's numbered
  fields (NEFT ticked; 1 తేదీ / Date, 2 లబ్ధిదారు / Beneficiary, 3 ఖాతా నం. / A/c No., 4 IFSC / Bank code, 5
  మొత్తం / Amount Rs.; the branch's rectangular stamp with its day; "Sent, UTR ..." written by its clerk); BOI
  Omni Neo's IMPS to the frame maker failed (an octagon's cross, Transaction failed, the sum, "to <payee>", a
  notice; IMPS Ref No. and Date, Beneficiary A/c and Reason two to a row); ICICI Bank's corporate internet
  banking with an RTGS or NEFT to the mill (Transaction Details; UTR Number, Beneficiary Name, Beneficiary
  A/c, Amount, Value Date, Payment Mode and Status ruled); YES BANK's iris with a UPI payment to the trader
  with no reference (a large round tick, Paid, the sum; To, From and On against a gutter; the toast "Receipt
  saved to gallery"); PNB ONE's NEFT to the indigo maker (Transaction Successful on a tinted band, the sum;
  UTR, Beneficiary, Account, Date and Remarks at the left and the right); KVB DLite's NEFT to the transporter
  (Success in a capsule, the sum; Reference No, Beneficiary, Date, From A/c and Purpose in dot leaders); CUB
  All in One's NEFT to the packaging supplier in process (a spinner, the sum, "to <payee>", a notice;
  Reference No, Initiated on, Debit A/c and Mode striped).

* ``worker_pay``: The company paying its artisans (by the panel drawn and painted, the dupatta drawn, the
  piece washed and the metre soaked) and its staff: an artisan's "పని కూలి లెక్క / PIECE WAGES" (an account of
  piece wages; పేరు / Name and నెల / Month written in this set's fields; the work written in a Telugu hand
  with its counts, rates and sums (పటం గీత, a panel's drawing; పటం రంగులు, a panel's colours; దుపట్టా గీత, a
  dupatta's drawing; ఉతుకు, washing; కరక్కాయ పట్టు, the myrobalan soak), "మొత్తం"; "UPI లో పంపాము, Ref ..."
  (sent by UPI) and "తేదీ <day>" written under it; the CEO's signature); PhonePe's payment to an artisan
  pending (the sum, "to <artisan>"; Debited from your account, Waiting for the receiver's bank and Credited
  top to bottom; a notice; Transaction ID, UTR and Initiated on in shaded labels); the company's printed "కూలి
  చెల్లింపు వోచర్ / WAGE VOUCHER" under Srikalahasti's legend (1 పేరు / Name, 2 పని / Work, 3 రేటు / Rate, 4
  మొత్తం / Total, 5 విధానం / Mode, 6 UTR, 7 తేదీ / Date printed in numbered fields; a revenue stamp signed
  across by the artisan); BHIM's payment to an artisan under "Today, <hour>" (Sent and the sum on a tinted
  panel; a copyable UPI Ref No.; To and From; no day); Axis Mobile's payment to an artisan failed (PAYMENT
  FAILED on a red ribbon, The money was not sent, the sum, "to <artisan>", a notice; UPI Ref No., Date, Reason
  and From, each value over its label); Paybooks' payslip for the Logili's counter ("Payslip for <month>";
  Employee, Employee ID, Designation and Days paid against a gutter; Earnings | Amount | Deductions | Amount
  striped; the Net Pay on a tinted panel; "Paid by NEFT on <day>, UTR ..."); an artisan's Ugadi advance in a
  Telugu hand in the week before Ugadi ("ఉగాది అడ్వాన్స్" (Ugadi advance); "ఉగాది పండుగ సందర్భంగా / రూ. x/-
  నగదు అడ్వాన్సుగా / అందుకున్నాను." (on the occasion of Ugadi I have received Rs. x/- in cash as an advance)
  and "తేదీ: <day>"; the artisan's signature and name written under it; no reference); YONO SBI's IMPS of the
  helper's salary (a large round tick, Transfer successful, the sum, "to <helper>"; IMPS Ref No., Date, From
  A/c and Remarks ruled).

* ``govt_fees``: The company's fees, taxes and dues, the authority paid as printed: Srikalahasti
  Municipality's property tax e-receipt from the CDMA portal under its Telugu name (Payment Successful; రశీదు
  నం. / Receipt No., ఇంటి నం. / Door No., యజమాని పేరు / Owner, కాలం / Period, చెల్లించిన మొత్తం / Amount Paid,
  చెల్లింపు విధానం / Mode, బ్యాంక్ ట్రాన్సాక్షన్ ఐడి / Bank Txn ID and తేదీ / Date in this set's bilingual
  fields; its QR code); APPCB's OCMMS e-receipt for the consent fee of the boiling and washing unit (Receipt
  No., Industry, Category, Fee type, Amount, Payment mode, Bank Ref. No. and Payment Date against a gutter);
  EPFO's ECR challan awaiting the bank (Payment confirmation awaited from bank over a progress bar, a notice;
  TRRN, Establishment ID, Wage month, Amount, Bank and Initiated on in dot leaders); the Labour Department's
  Shops and Establishments renewal receipt, printed and stamped (Application No., Establishment, Registration
  No., Fee, Payment mode, Transaction ID and Payment Date striped; the Assistant Labour Officer's round seal);
  PuraSeva with the Logili's trade licence renewed under "Today, <hour>" (the municipality under the app's
  bar, a large round tick, Payment successful, the sum; a copyable Transaction ID; Trade licence No. and Paid
  via against a gutter; no day); the temple's stall rent receipt for the Brahmotsavam fair filled in by hand,
  with no number and no reference ("దుకాణం అద్దె రశీదు / STALL RENT RECEIPT"; తేదీ / Date, ఎవరి నుండి /
  Received from, దుకాణం నం. / Stall No., మొత్తం / Amount and విధానం / Mode (Cash) written in this set's
  fields; Received with thanks; its oval stamp and the Assistant Executive Officer's signature); EPCH's
  membership fee receipt (Receipt No :, Member :, Membership No :, Period :, Amount :, Payment mode :, Bank
  Ref No : and Date : with colons in a rounded card); Passport Seva's fee for the export manager's passport
  failed (the Ministry of External Affairs under the portal's name, a cross on a rounded tile, a notice; ARN,
  Amount, Transaction ID, Payment mode and Date striped).

* ``insurer_receipts``: The company's premiums, the insurer on top, under its app's bar or signing its
  message: The New India Assurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha
  policy (its sentence; Receipt No., Policy No., Premium, CGST @ 9%, SGST @ 9%, Total Premium, Mode, UTR and
  Receipt Date against a gutter; the divisional office's round seal); Tata AIG's renewal of the CEO's family
  health cover failed by card (PAYMENT FAILED on a red ribbon, Payment unsuccessful, a notice; Proposal No.,
  Premium, Payment Reference, Card, Attempted on and Reason at the left and the right); Bajaj General's goods
  carrier policy for the company's autorickshaw (Policy issued in a capsule; Policy No., Vehicle No., Premium
  (incl. GST), Transaction ID, Payment mode and Payment date, each value over its label); Aditya Birla
  Health's group cover for the artisans with its payment awaited (Proposal, Payment and Policy issued left to
  right, a notice; Proposal No., Amount, Transaction ID, Payment mode and Initiated on against a gutter); HDFC
  ERGO's e-receipt for the Logili's shop policy (Receipt No., Policy No., Product, Premium, GST @ 18%, Total,
  Payment mode, Bank Reference and Receipt Date ruled; its QR code); Go Digit's stock policy for the Logili
  (Go Digit General Insurance under the app's bar, a large round tick, Payment successful, the sum; Policy No.
  and Transaction ID, Paid via and Paid on two to a row); ACKO's group personal accident cover for the
  artisans under "Today, <hour>" (ACKO General Insurance under the app's bar, a tick on a rounded tile,
  Premium paid, the sum; Policy No., Transaction ID, Members and Paid via on hairline rows; no day); SBI
  Life's SMS with no reference ("Dear Customer, premium of Rs.x for Policy No. ... received on <dd/mm/yyyy>
  through UPI. Thank you for choosing SBI Life. -SBI Life Insurance").

* ``card_slips``: Cards on the Logili's and the Brahmotsavam stall's terminals and the company's cards
  elsewhere: Paytm's card machine's SALE slip at the Logili (DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD,
  CARD TYPE, APPR CODE and RRN, each label at the left and its value at the line's right end; AMOUNT;
  APPROVED); a Tirupati restaurant's DotPe e-bill paid by card (Bill No., Table and Date; the dishes on
  hairline rows; Sub Total, CGST @ 2.5%, SGST @ 2.5% and Grand Total in dot leaders; Paid by, Transaction ID
  and Approval Code); Pine Labs' terminal at the Brahmotsavam stall with the host's answer not come (CARD
  SALE; DATE, TIME, TID, BATCH, TXN ID, CARD and AMOUNT; STATUS : HOST NOT RESPONDING, RESULT AWAITED, DO NOT
  RETRY); APSRTC's e-ticket on an Amaravathi coach to a crafts fair in Hyderabad bought by debit card (Ticket
  No. and Booking Date, Service and Date of Journey, From and To two to a row; Basic fare, Reservation
  charges, Toll and Total Fare in dot leaders; Payment and Transaction ID); Akasa Air's booking for the export
  manager's flight to Delhi (Booking confirmed; PNR, Flight and Travel date over a ticket's tear, Base fare,
  Taxes and fees and Total paid under it; Paid by, Payment ID and Booked on); BharatPe's card machine at a
  hardware store with the card declined (SALE; DATE, TIME, TID, BATCH, INVOICE, CARD and AMOUNT with their
  colons in a column; TRANSACTION DECLINED, RESP 51 : INSUFFICIENT FUNDS); SBI Card's SMS with no reference
  ("Rs.x spent on your SBI Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. Trxn. not done by you? Report
  at https://sbicard.com/Dispute"); SBI Card's app under "Today, <hour>" (the merchant's initials in a round
  badge, its name over its town, the sum, Approved; Transaction ID, Card, Category and Reward points in shaded
  labels; no day).

* ``utility_bills``: The workshop's and the Logili's bills: Airtel Thanks with the Logili's Xstream Fiber bill
  failed (Airtel Xstream Fiber under the app's bar, an octagon's cross, Payment failed, the sum, a notice;
  Account ID, Transaction ID, Paid via and Attempted on at the left and the right); APSPDCL's ONLINE PAYMENT
  RECEIPT for the workshop's meter under its Telugu name (సర్వీసు నం. / Service No., వినియోగదారు / Consumer,
  బిల్లు నెల / Bill Month, చెల్లించిన మొత్తం / Amount Paid, లావాదేవీ నం. / Transaction No., చెల్లింపు తేదీ /
  Payment Date and విధానం / Mode in this set's bilingual fields); HP Pay with the workshop's commercial LPG
  refill for its boiling pans (Hindustan Petroleum Corporation Ltd. under the app's bar, a large round tick,
  Payment successful, the sum; Booking No., Consumer No., Transaction ID, Paid via and Paid on ruled); the
  water tanker man's card for the washing water in a Telugu hand with no reference (his Telugu name over his
  English; నెల / Month written in this set's field; "ట్యాంకర్లు" (tankers) with their count and rate,
  "మొత్తం"; "నగదు అందింది" and "తేదీ <day>"); Vi's payment mail for the Logili's postpaid line (its sentence;
  Mobile No., Amount Received, Payment Mode, Transaction ID and Payment Date, each value over its label);
  MyJio with the workshop's JioAirFiber recharge pending (Reliance Jio Infocomm Ltd. under the app's bar, the
  sum; Initiated, Bank and Recharged across the page; a notice; Account No., Plan, Transaction ID, Paid via
  and Initiated on in dot leaders); IndianOil ONE with the Logili's Indane refill under "Today, <hour>"
  (Indian Oil Corporation Ltd. under the app's bar, a tick on a rounded tile, Refill booked and paid, the sum;
  Transaction ID and Booking No., Paid via and Distributor in tiles two to a row; no day); CRED's Bharat
  BillPay receipt for the Logili's APSPDCL meter (Bill paid in a capsule; Biller, Service No., Customer Name,
  Bill Amount, B-Connect Txn ID, Payment mode and Payment date ruled).

* ``bank_alerts``: The banks' alerts of the company's payments: Andhra Pradesh Grameena Bank's SMS in Telugu
  in a bubble under its day divider ("APGB: ప్రియమైన ఖాతాదారా, మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న రూ.x
  <PAYEE> కు UPI ద్వారా డెబిట్ అయ్యింది. UPI Ref ... -APGB" (dear customer, Rs. x has been debited from your
  account XX1234 on <day> to <PAYEE> by UPI)); State Bank of India's SMS ("Dear Customer, your A/c XX1234 is
  debited by Rs.x on <dd-Mon-yy> for NEFT transfer to <PAYEE>. UTR:.... Not you? Call 1800111109 -SBI"); Karur
  Vysya Bank's SMS of an RTGS under process ("Your RTGS request of Rs.x to <PAYEE> from A/c XX1234 on
  <dd/mm/yyyy> is under process. UTR .... -KVB"); HDFC Bank's alert on the phone's lock screen under its hour
  beside a WhatsApp message ("HDFC Bank now"; "Rs.x sent via IMPS to <PAYEE> from A/c **1234. IMPS Ref ....
  -HDFC Bank"; no day); Kotak's mail of a failed IMPS ("Your IMPS transaction of Rs.x to <PAYEE> from A/c
  XX1234 on <dd-Mon-yyyy> has failed. ..."; IMPS Ref, Amount, Beneficiary and Status striped); Axis Bank's SMS
  with its UPI path ("Debit INR x A/c no. XX1234 <dd-mm-yy>, <hh:mm:ss> UPI/P2M/<ref>/<PAYEE> Not you? ...");
  Equitas' SMS ("Rs.x debited from your A/c XX1234 towards NEFT to <PAYEE> on <dd-Mon-yyyy>. UTR No ... -
  Equitas Bank"); Indian Overseas Bank's mail with no reference ("Your account XX1234 has been debited with
  INR x on <dd/mm/yyyy> towards NEFT to <PAYEE>."; Amount, Value date, Beneficiary and Channel at the left and
  the right in a rounded card).

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Telugu and Noto Serif Telugu
(regular and bold, fonts-noto-core; heldout294's runs) for the Telugu lines, the Telugu hand in Noto Serif
Telugu beside an upright DejaVu Serif; italics and obliques for the Latin hand (``heldout326_families.PENS``)
and a fixed-width face of the page's own (``heldout326_families.TYPES``). Telugu on the papers: the company's,
the Logili's, the temple's, the municipality's, the district co-operative bank's, APSPDCL's, the trader's and
the water tanker man's names over their English (స్వర్ణముఖి కలంకారీ ప్రొడ్యూసర్ కంపెనీ లిమిటెడ్, స్వర్ణముఖి
కలంకారీ, రంగుల లోగిలి, శ్రీ కాళహస్తీశ్వర స్వామి వారి దేవస్థానం, శ్రీకాళహస్తి మున్సిపాలిటీ, ది చిత్తూరు జిల్లా
సహకార కేంద్ర బ్యాంకు లి., ఆంధ్రప్రదేశ్ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ, శ్రీ మల్లికార్జున ట్రేడర్స్,
శ్రీనివాస వాటర్ సప్లై), the motto, headings (కార్యనిర్వహణాధికారి వారి కార్యాలయం, the Executive Officer's
office; నగదు మెమో, cash memo; మహాశివరాత్రి బ్రహ్మోత్సవాలు, the Maha Shivaratri Brahmotsavam; అడ్వాన్స్ రశీదు,
advance receipt; పని కూలి లెక్క, an account of piece wages; కూలి చెల్లింపు వోచర్, wage voucher; దుకాణం అద్దె
రశీదు, stall rent receipt; ఉగాది అడ్వాన్స్, Ugadi advance), this set's fields' and the numbered fields' labels
(తేదీ, date; పేరు, name; నెల, month; UTR సంఖ్య, UTR no.; తేదీ, సమయం, date, time; డెబిట్ ఖాతా, debited from;
రశీదు నం., receipt no.; ఇంటి నం., door no.; యజమాని పేరు, owner; కాలం, period; చెల్లించిన మొత్తం, amount paid;
చెల్లింపు విధానం and విధానం, mode; బ్యాంక్ ట్రాన్సాక్షన్ ఐడి, bank transaction id; ఎవరి నుండి, received from;
దుకాణం నం., stall no.; మొత్తం, amount or total; సర్వీసు నం., service no.; వినియోగదారు, consumer; బిల్లు నెల,
bill month; లావాదేవీ నం., transaction no.; చెల్లింపు తేదీ, payment date; లబ్ధిదారు, beneficiary; ఖాతా నం.,
account no.; పని, work; రేటు, rate), a hand's words (మొత్తం, total; నగదు అందింది, cash received; UPI లో
పంపాము, sent by UPI; తేదీ, dated; కిలో, kilos; x, times; పటాలు, panels; దుపట్టాలు, dupattas; ముక్కలు, pieces;
మీటర్లు, metres; ట్యాంకర్లు, tankers; వారికి, to; the goods: కరక్కాయ, myrobalans; పటిక, alum; బెల్లం, jaggery;
మంజిష్ట వేర్లు, madder roots; the work: పటం గీత, a panel's drawing; పటం రంగులు, a panel's colours; దుపట్టా
గీత, a dupatta's drawing; ఉతుకు, washing; కరక్కాయ పట్టు, the myrobalan soak; the pieces: రామాయణం పటం, a
Ramayana panel; జీవవృక్షం పటం, a Tree of Life; దశావతారాల పటం, a Dasavatara panel; స్థలపురాణం పటం, a sthala
purana panel; కలంకారీ దుపట్టా and స్టోల్, a kalamkari dupatta and stole; కుషన్ కవర్లు జత, a pair of cushion
covers; టేబుల్ రన్నర్, a table runner; ఉగాది పండుగ సందర్భంగా, on the occasion of the Ugadi festival; నగదు
అడ్వాన్సుగా అందుకున్నాను, I have received in cash as an advance), a letter's words (ఆర్.సి.నెం., file no.;
ప్రతి, to; విషయం, subject; పై విషయమునకు సంబంధించి, with regard to the above; మీరు సరఫరా చేసిన, that you
supplied; కలంకారీ తెరలు మరియు రథం వస్త్రాల కొరకు, for the kalamkari hangings and the chariot's cloths; <day>
తేదీన, on <day>; ద్వారా, by; మీ ఖాతాకు జమ చేయడమైనది, has been credited to your account; కార్యనిర్వహణాధికారి,
Executive Officer), an app's words (చెల్లింపు పూర్తయింది, payment completed; స్వీకర్త, recipient; మళ్ళీ రండి,
come again) and a bank's SMS (ప్రియమైన ఖాతాదారా, dear customer; మీ ఖాతా ... నుండి, from your account ...;
<day> న, on <day>; రూ.x, Rs. x; <PAYEE> కు, to <PAYEE>; UPI ద్వారా డెబిట్ అయ్యింది, has been debited by UPI).
The Brahmotsavam stall's memo and its Pine Labs terminal are drawn in the festival's days on the temple's fair
ground (9 to 21 February 2026), the temple's stall receipt in the ten days before and its proceedings in the
twelve days after; the Ugadi advance in the week before Ugadi (12 to 18 March 2026); the Logili's counter, its
card machine, its tax invoice, its Paytm for Business and its Vyapar never take a payment on a Tuesday (one
drawn on a Tuesday moves to the Monday before, its reference made again for that day); the other days anywhere
in 2026. GST is 5% on the company's pieces (hand-painted made-ups of cotton, HSN 6304, and dupattas and
stoles, HSN 6214, of up to Rs. 2,500 a piece, since September 2025; CGST 2.5% and SGST 2.5% to an Andhra
buyer, the A.P. Bhavan keeping TDS under GST of 2% of the taxable value and Fabindia TDS under section 194Q),
5% on the mill's cotton (HSN 5208 and 5209, IGST from Tamil Nadu), 18% on the packaging, the Speed Post
tariff, the EPCH fee and the general insurance premiums (inside the sum but on the fire and shop policies'
CGST 9% and SGST 9% or GST 18%), none on the CEO's family health and life policies (an individual's, exempt
since September 2025); the artisans' wages, the hand-written chits and cards, the temple's stall rent and the
indigo maker's bill carry none.

Truth conventions (heldout325's, heldout324's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): "Paid
  to" over the payee on super.money, after "to" on Navi and APGB Mobile, "Paid to <payee>" on MobiKwik, Bajaj
  Finserv's To :, Tata Neu's To; the Logili, the company, the company as a bank's field cuts it (SWARNAMUKHI
  KALAMKARI PR) or its short name; never the app, the payer, a UPI ID or the initials in a badge. *settled*
  (new here): PhonePe set in Telugu pays the name after "స్వీకర్త:" (recipient:), because the app labels the
  payee as its recipient as an English app's "To" does (heldout324's Telugu Google Pay named the payee before
  its "కు", to). *settled* (heldout268 to heldout325): a receiving business's own app pays the business named
  under the app, here the Logili under Paytm for Business' bar and under Vyapar's (never the app, "from
  <buyer>" or the Party). *settled* (heldout167 to heldout325): a payer's advice pays the one it pays, never
  the payer on top or a salutation; here CFMS' Beneficiary (never the DDO or CFMS), Fabindia's Vendor (never
  Fabindia), ENet's and Indian Bank's Beneficiary, Cashfree's Beneficiary (never Cashfree or the Dastkar
  society), the payee in the Cliq message ("Paid ₹x to <payee> by IMPS"; never its writer or the channel), the
  supplier after the Coupa portal's "Supplier:" (never Coupa or its Customer, as GeM's Seller, *settled*
  heldout324 and heldout325); *settled* (heldout300): the company after "M/s" is the company without its
  "M/s"; *settled* (heldout324's temple letter and heldout325's temple trust's letter): the temple's
  proceedings typed in Telugu pay the company named under its "ప్రతి," (to), because its sentence says the sum
  "మీ ఖాతాకు జమ చేయడమైనది" (has been credited to your account); never the temple or its Executive Officer.
  *settled* (heldout272 to heldout325): a name's line in Telugu over its English is the name's line in the
  region's language and never the merchant. *settled* (heldout155 to heldout325): an inward wire pays the
  company as the bank prints it, here the Beneficiary on Wells Fargo, SMBC, KBC, Zürcher Kantonalbank, Maybank
  and Al Rajhi, the name after "to" on Wise and after "till" (to) in SEB's Swedish sentence; never the payer,
  its bank or its town. *settled* (heldout175 to heldout325): the company's own paper pays the Logili or
  itself on top, here RANGULA LOGILI on its tax invoice and its Brahmotsavam memo (never its Telugu name, "A
  unit of", its Customer or the memo's పేరు / Name written in), the Logili on top of Shopify's order and
  CCAvenue's page and the company on top of the Razorpay link and its counterfoil receipt (never the gateway
  or Received from); *settled* (the payout mails of heldout285 to heldout325) Amazon Karigar's Seller as
  printed. *settled* (heldout187 to heldout325): a supplier's name on top of its own paper, here the mill
  (never its Buyer), SRI MALLIKARJUNA TRADERS under its Telugu name (never "స్వర్ణముఖి కలంకారీ వారికి" written
  to the company), NEELAM NATURAL INDIGO WORKS (never its To written in), VARAHI PRINTS over PayU's link, SREE
  LAKSHMI PACKAGING typed on top; IndiaMART's and OfBusiness' Seller (*settled* heldout305 to heldout325's
  marketplaces' sellers); INDIA POST on top of its counter receipt (*settled* heldout323's DTDC receipt: a
  carrier's receipt pays the carrier). *settled* (heldout179 to heldout325): a banking page pays the payee,
  here the name after "to" on IndOASIS, BOI Omni Neo and CUB, ICICI Bank's Beneficiary Name, iris' To, PNB
  ONE's and KVB's Beneficiary, the లబ్ధిదారు / Beneficiary written on the district co-operative bank's
  application (never its Remitter). *settled* (heldout150 to heldout325): a pay slip pays the worker, here the
  పేరు / Name written on the piece wages and printed on the wage voucher, the name after "to" on PhonePe, Axis
  Mobile and YONO, BHIM's To, Paybooks' Employee, the artisan's name written under the signature on the Ugadi
  advance (*settled* heldout307 to heldout325). *settled* (heldout153 to heldout325): a fee page pays the
  authority as printed, here Srikalahasti Municipality (never its Telugu name; under PuraSeva's bar, never the
  app), APPCB, EPFO and the Labour Department on top, EPCH on top, the Ministry of External Affairs printed
  under the Passport Seva portal's name (never Passport Seva, *settled* heldout323's VAHAN and heldout325's
  e-challan); the temple on top of its stall receipt, never the Logili written under its ఎవరి నుండి / Received
  from (*settled* heldout322's MTDC letter and heldout325's committee's letter: the one written to is the
  payer). *settled* (heldout199 to heldout325): an insurer's receipt pays the insurer on top (full or short as
  printed), under its app's bar (Go Digit General Insurance, ACKO General Insurance) or signing its message
  (SBI Life Insurance). A slip's counter name line as printed (RANGULA LOGILI, RANGULA LOGILI - BRAHMOTSAVAM,
  SRI RAMA HARDWARES), never *settled* the terminal's brand over it (Paytm, Pine Labs, BharatPe); the
  restaurant on top of DotPe's e-bill (*settled* heldout325's Dineout: never the app); APSRTC and Akasa Air on
  top (*settled*: the carrier's); the name after "at" in SBI Card's SMS (*settled* heldout299 to heldout325's
  card SMS); SBI Card's app's merchant line over its town. A utility's biller as printed: Airtel Xstream Fiber
  under Airtel Thanks' bar, APSPDCL's English name under its Telugu name, Hindustan Petroleum Corporation Ltd.
  under HP Pay's bar, Reliance Jio Infocomm Ltd. under MyJio's bar, Indian Oil Corporation Ltd. under
  IndianOil ONE's bar (*settled* heldout323's Hello BPCL: a utility's app names its company), Vodafone Idea
  Limited on top of Vi's mail, the water tanker man's name on top, CRED's Biller (APSPDCL, never CRED or
  Bharat BillPay). An SMS, mail or notification's payee as the bank sends it (*settled*, the truncated name as
  printed): State Bank of India's "for NEFT transfer to <PAYEE>.", Karur Vysya Bank's "to <PAYEE> from A/c",
  HDFC Bank's "via IMPS to <PAYEE> from A/c", Kotak's "to <PAYEE> from A/c", Equitas' "towards NEFT to <PAYEE>
  on", Indian Overseas Bank's "towards NEFT to <PAYEE>."; AP Grameena Bank's Telugu SMS the name before its
  "కు" (to, *settled* heldout324's Telangana Grameena Bank); *settled* (new here) Axis Bank's
  "UPI/P2M/<ref>/<PAYEE>" the name after the UPI path's last slash, because the bank's SMS prints the UPI path
  in that order (channel, kind, reference, payee), the reference in it the UPI Ref; *settled* (heldout322's
  lock screen) HDFC Bank's notification on the lock screen reads as the SMS it sends, the hour and the
  WhatsApp message beside it carrying no fact.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*; MobiKwik's whole rupees
  large with the paise raised after them read as one sum, *settled* heldout275's raised paise); Tata Neu's sum
  on its tinted panel (*settled* heldout273's panel); never the NeuCoins. *settled* (heldout152 to
  heldout325): a payer's advice counts its net sum, here CFMS' Net Amount (never its Gross Amount or GST TDS
  (2%)), Fabindia's Total (never a Gross, a TDS 194Q or a Net alone), ENet's, Indian Bank's and Cashfree's
  Amount, the ₹x in the Cliq message, the Rs. x/- in the temple's sentence, Coupa's Payment Amount (never an
  invoice's Amount). *settled* (heldout155 to heldout325): an inward wire's foreign sum, here US dollars (US$
  or USD), yen whole (JPY or the yen's sign, *settled* heldout202 and heldout255), euros the Belgian way as
  the Dutch and German ways (EUR 2.900,00 or 2.900,00 EUR is 2900.00, *settled* heldout273 and heldout294),
  Swiss francs the Swiss way (CHF 3'430.00 is 3430.00, *settled* heldout269), ringgit (RM or MYR, *settled*
  heldout216), riyals (SAR before or after, *settled* heldout205 and heldout216), pounds (the pound's sign or
  GBP); *settled* (new here): Swedish kronor the Swedish way, a space between the thousands and a comma before
  the öre (50 131,74 kr, SEK 50 131,74 or 50 131,74 SEK is 50131.74 SEK), because that is how a Swedish bank
  prints a sum, as heldout236's Norwegian kroner; never Charges, a Fee or Avgift. *settled* (heldout175 to
  heldout325): a receipt counts the sum received, here the tax invoice's Invoice Total (Rs.) (never its
  Taxable value, CGST or SGST or a line's Amount), Shopify's Total (never its Subtotal, Shipping or Taxes
  (included)), the memo's "మొత్తం" (total) written at its line's end, Karigar's Deposit total, the Razorpay
  link's sum, Vyapar's Received, CCAvenue's sum, the counterfoil receipt's sum written in its box (the
  counterfoil's Rs. the same). A whole sum closed with /- is that sum in whole rupees (*settled* heldout259).
  *settled* (heldout187 to heldout325): a supplier's paper counts the sum paid, here the mill's Invoice Total
  (never IGST), the trader's "మొత్తం" (never a line's sum), India Post's TOTAL (never its TARIFF or GST), the
  packaging supplier's TOTAL, IndiaMART's and PayU's sum, OfBusiness' Amount; *settled* (heldout275's
  correction, "the correction stands") the indigo maker's sum written after its crossed-out Total, never the
  Total printed and crossed out. A banking page's sum (the మొత్తం / Amount Rs. written in the co-operative
  bank's numbered field). *settled* (heldout167 to heldout325): a pay slip's net sum, here the piece wages'
  "మొత్తం" (never a line's count, rate or sum), the wage voucher's మొత్తం / Total (never its రేటు / Rate),
  Paybooks' Net Pay on its panel (never an earning or a deduction), the Ugadi advance's రూ. x/- written, the
  sums on PhonePe, BHIM, Axis Mobile and YONO. A fee page's Amount Paid, Amount, Fee, the sum large, the
  మొత్తం / Amount written on the stall receipt, EPCH's Amount (incl. GST). An insurer's premium with its GST
  where it carries one (*settled*), here New India's Total Premium (never its Premium, CGST @ 9% or SGST @
  9%), HDFC ERGO's Total (never its Premium or GST @ 18%), Bajaj General's Premium (incl. GST), Tata AIG's
  Premium, Aditya Birla Health's Amount, the sums large, the Rs.x in SBI Life's SMS. A slip's AMOUNT, DotPe's
  Grand Total (never its Sub Total or GST), APSRTC's Total Fare (never its Basic fare, Reservation charges or
  Toll), Akasa Air's Total paid (never its Base fare or Taxes and fees), the Rs.x in SBI Card's SMS, SBI
  Card's app's sum large. A utility's sums large, Amount Paid (చెల్లించిన మొత్తం), Amount Received, Bill
  Amount, the tanker man's "మొత్తం". An alert's sum debited, sent, failed or in process as worded (grouped the
  Indian or the English way or not at all), the రూ.x in AP Grameena Bank's Telugu SMS. Currency INR but on the
  wires.

* status: as printed. Paytm for Business' Payment Received, super.money's Payment successful, MobiKwik's "Paid
  to", APGB Mobile's Success, Tata Neu's Paid successes; *settled* (new here) PhonePe's Telugu "చెల్లింపు
  పూర్తయింది" (payment completed) a success, because it is the app's own word for a payment done in Telugu, as
  heldout325's Gujarati "ચુકવણી પૂર્ણ થઈ"; Bajaj Finserv's Payment processing pending; Navi's Payment failed
  failed. A payer's own record of the payment made (*settled*): CFMS' Net Amount with its stages to Paid all
  reached, Fabindia's advice with its Mode and UTR, Cashfree's Transfer successful, Coupa's Paid successes;
  *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout325's chats and messages) the Cliq
  message's "Paid ₹x ..." a success; *settled* (heldout324's temple letter) the temple's "... RTGS ద్వారా మీ
  ఖాతాకు జమ చేయడమైనది" (has been credited to your account by RTGS) a success; ENet's Pending for checker
  approval pending (*settled*: a transfer not yet sent is a wait); Indian Bank's NEFT REJECTED failed. A
  wire's Wells Fargo Completed, KBC's Payment executed, Zürcher Kantonalbank's Payment order executed, Al
  Rajhi's Transfer successful, Wise's Transfer complete successes; *settled* (heldout325's Nordea Danish
  alone) SEB's "Betalningen är genomförd" (the payment is completed, the Swedish alone) a success; SMBC's
  Overseas remittance: processing pending; Maybank's Transaction Unsuccessful failed. A receipt's "Paid by
  UPI, UTR ...", Shopify's Paid, Karigar's "Your payment is on its way" (*settled* heldout311 to heldout325's
  marketplaces' payouts), Vyapar's Received (*settled* heldout325's OkCredit "Payment received"), the
  counterfoil receipt's "By NEFT, UTR ..." written successes; *settled* (heldout324's "నగదు ముట్టింది", cash
  received) the memo's "నగదు అందింది" (cash received) a success paid in cash; the Razorpay link's Payment
  processing pending; CCAvenue's Transaction Declined failed. A supplier's paper: the mill's sticky note "Paid
  NEFT" with its UTR (*settled* heldout275's sticky note of a payment on a supplier's bill), the trader's
  "నగదు అందింది", the indigo maker's "Recd. by GPay, Ref ..." written, India Post's receipt with its MODE UPI
  and UPI REF (*settled* heldout320's Shree Maruti: a carrier's booking printed once its fee is paid), PayU's
  Payment successful, the packaging supplier's "PAYMENT RECD BY NEFT UTR ..." successes; OfBusiness' Payment
  awaiting confirmation pending; IndiaMART's Payment failed failed. A banking page's IndOASIS IMPS successful,
  the co-operative bank's "Sent, UTR ..." written by its clerk (*settled* heldout310's to heldout325's
  co-operative banks), ICICI Bank's Status Successful, iris' Paid, PNB ONE's Transaction Successful, KVB's
  Success successes; CUB's Transaction in process pending; BOI Omni Neo's Transaction failed failed. A pay
  slip's "UPI లో పంపాము, Ref ..." (sent by UPI) written on the piece wages (*settled* heldout324's "UPI ద్వారా
  చెల్లించాము"), the wage voucher's విధానం / Mode NEFT with its UTR, BHIM's Sent, Paybooks' "Paid by NEFT on
  <day>, UTR ...", YONO's Transfer successful successes; *settled* (heldout324's Bonalu advance) the Ugadi
  advance's "... నగదు అడ్వాన్సుగా అందుకున్నాను." (I have received in cash as an advance) a success paid in
  cash; PhonePe's Payment pending pending; Axis Mobile's PAYMENT FAILED failed. A fee page's Payment
  Successful, APPCB's e-Payment Receipt (*settled*: a fee's receipt printed once paid), the Labour
  Department's renewal receipt with its Payment mode and Transaction ID (*settled* the same), PuraSeva's
  Payment successful, EPCH's Membership Fee Receipt successes; the temple's stall receipt's "Received with
  thanks." with its విధానం / Mode Cash a success paid in cash (*settled* heldout324's Expo stall receipt);
  EPFO's Payment confirmation awaited from bank pending; Passport Seva's Payment failed failed. An insurer's
  New India "Received with thanks", Bajaj General's Policy issued, HDFC ERGO's e-Receipt with its Payment
  mode, Go Digit's Payment successful, ACKO's Premium paid, SBI Life's "received" successes; Aditya Birla
  Health's Payment awaited pending; Tata AIG's Payment unsuccessful failed. A slip's APPROVED, DotPe's "Paid
  by", APSRTC's e-TICKET with its Payment, Akasa Air's Booking confirmed, SBI Card's "spent" (*settled*) and
  its app's Approved successes; Pine Labs' STATUS : HOST NOT RESPONDING with RESULT AWAITED and DO NOT RETRY
  pending (*settled* heldout282 and heldout299 to heldout325: the terminal got no answer); BharatPe's
  TRANSACTION DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's APSPDCL receipt, HP Pay's Payment
  successful, the tanker man's "నగదు అందింది", Vi's "We have received your payment", IndianOil ONE's Refill
  booked and paid, CRED's Bill paid successes; JioAirFiber's Payment pending pending; Airtel Thanks' Payment
  failed failed. *settled*: an SMS, mail or notification's debit a success whatever its bank's wording (State
  Bank of India's "is debited by", HDFC Bank's "sent via IMPS", Axis Bank's "Debit INR", Equitas' "debited
  from", Indian Overseas Bank's "has been debited with"); AP Grameena Bank's Telugu "డెబిట్ అయ్యింది" (has
  been debited) a success (*settled* heldout324's "బదిలీ అయింది"); Karur Vysya Bank's "is under process"
  pending (as heldout280's to heldout325's "in process"); Kotak's "has failed. The amount, if debited, will be
  credited back" failed.

* date: the day paid. A UPI screen's day and hour: Paytm for Business' Date & Time, super.money's "on <day> at
  <hour>", the Telugu తేదీ, సమయం / Date, time, Navi's Attempted on, APGB Mobile's Date, Bajaj Finserv's
  Started on, Tata Neu's Date; MobiKwik's "Today, <hour>" prints no day (*settled*). CFMS' Paid on (never a
  bill's), Fabindia's Payment Date (never an Invoice Date), ENet's Value Date, Cashfree's Processed on, Indian
  Bank's Value Date, the day the temple's sentence names ("<day> తేదీన", on <day>; its ఆర్.సి.నెం. line's తేదీ
  the same day), Coupa's Payment Date (never an Invoice Date, which the portal prints month first); the Cliq
  channel under its "Today" divider prints no day (*settled*, the chats' "Today"). A wire's Wells Fargo Value
  Date month first (*settled* heldout272 to heldout325: month first the American way or in words), SMBC's
  Value Date in words, KBC's Execution date and Maybank's and Al Rajhi's dates day first, Zürcher
  Kantonalbank's Execution date day first with points; *settled* (new here): the day in SEB's Swedish sentence
  ("genomfördes den <yyyy-mm-dd>", was completed on <day>) year first with dashes, because that is how a
  Swedish bank writes a day and the order year, month, day is never read another way; Wise's "Today, <hour>"
  prints no day. A receipt's Date on the tax invoice, Shopify's Paid on, the తేదీ / Date written in the memo's
  field, Karigar's Deposit date (never its Settlement period), the Razorpay link's Initiated on, CCAvenue's
  Date & Time, the counterfoil receipt's Date written (the counterfoil's the same); Vyapar's entry under its
  "Today" divider prints no day. The mill's sticky note's "on <dd/mm/yy>" (never its Invoice Date), the
  trader's "తేదీ" written, the indigo maker's Date written, IndiaMART's Attempted on, India Post's DATE,
  OfBusiness' Placed on, the packaging supplier's "ON <dd/mm/yyyy>" typed under its payment (never its
  invoice's DATE); PayU's "Paid on Today, <hour>" prints no day. A banking page's తేదీ / Date written in the
  co-operative bank's numbered field (its stamp's day the same), BOI Omni Neo's Date, ICICI Bank's Value Date,
  iris' On, PNB ONE's and KVB's Date, CUB's Initiated on; IndOASIS' "Today, <hour>" prints no day. A pay
  slip's "తేదీ <day>" written under the piece wages (never its నెల / Month, *settled* heldout273 and
  heldout303 to heldout325: never a month or a pay period), the wage voucher's తేదీ / Date, PhonePe's
  Initiated on, Axis Mobile's Date, Paybooks' "Paid by NEFT on <day>" (never the payslip's month), the Ugadi
  advance's "తేదీ: <day>", YONO's Date; BHIM's "Today, <hour>" prints no day. A fee page's తేదీ / Date (never
  its కాలం / Period), APPCB's Payment Date, EPFO's Initiated on (never its Wage month), the Labour
  Department's Payment Date, the stall receipt's తేదీ / Date written, EPCH's Date (never its Period), Passport
  Seva's Date; PuraSeva's "Today, <hour>" prints no day. An insurer's Receipt Date, Attempted on, Payment
  date, Initiated on, Paid on, the "received on <dd/mm/yyyy>" in SBI Life's SMS; ACKO's "Today, <hour>" prints
  no day. A slip's DATE, DotPe's Date, APSRTC's Booking Date (never its Date of Journey, *settled* heldout302
  and heldout305 to heldout325), Akasa Air's Booked on (never its Travel date), the "on <dd/mm/yy>" in SBI
  Card's SMS; SBI Card's app's "Today, <hour>" prints no day. A utility's Attempted on, చెల్లింపు తేదీ /
  Payment Date (never its బిల్లు నెల / Bill Month), Paid on, the tanker man's "తేదీ <day>" (never his నెల),
  Vi's Payment Date, JioAirFiber's Initiated on, CRED's Payment date; IndianOil ONE's "Today, <hour>" prints
  no day. The alerts' "<dd-mm-yyyy> న" in AP Grameena Bank's Telugu SMS (*settled* heldout324), "on
  <dd-Mon-yy>", "on <dd/mm/yyyy>", Kotak's "on <dd-Mon-yyyy>" in its mail, Axis Bank's "<dd-mm-yy>,
  <hh:mm:ss>", Equitas' "on <dd-Mon-yyyy>", Indian Overseas Bank's "on <dd/mm/yyyy>"; HDFC Bank's notification
  on the lock screen prints no day (*settled* heldout322's lock screen). All numeric days here are day first
  (heldout251, heldout259) but Wells Fargo's month first and SEB's year first. *settled*: never a Period, a
  Bill Month, a Month, a నెల, a కాలం, a Wage month, a Settlement period, an invoice's, a bill's, a due or a
  journey's day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or an app's, a portal's, a
  bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (CFMS' UTR, Fabindia's NEFT or RTGS, ENet's RTGS, the
  Cliq message's IMPS, Cashfree's IMPS, Indian Bank's NEFT, the temple's RTGS, Coupa's NEFT or RTGS; Karigar's
  deposit by UTR (*settled* heldout311 to heldout325's marketplaces' payouts), the counterfoil's NEFT; the
  mill's NEFT or RTGS, OfBusiness' Net Banking, the packaging supplier's NEFT; IndOASIS', the co-operative
  bank's, BOI Omni Neo's, ICICI Bank's, PNB ONE's, KVB's and CUB's transfers; the wage voucher's, Paybooks'
  and YONO's NEFT and IMPS; the municipality's, APPCB's, EPFO's, EPCH's and Passport Seva's net banking; New
  India's NEFT, Aditya Birla Health's and HDFC ERGO's Net Banking; Vi's Net Banking; the NEFT, IMPS and RTGS
  alerts); a SWIFT transfer either way (*settled*: Wells Fargo's SHA (shared), SMBC's SHA, KBC's SHA, Zürcher
  Kantonalbank's SHA, Maybank's transfer, Al Rajhi's SHA, SEB's SHA (delad), Wise's SHA fee). UPI for the UPI
  screens, the tax invoice's "Paid by UPI", Shopify's Razorpay (UPI), the Razorpay link's Method UPI, Vyapar's
  UPI; IndiaMART's, the indigo maker's GPay, India Post's, PayU's UPI; iris' UPI; the piece wages' "UPI లో
  పంపాము", PhonePe's, BHIM's and Axis Mobile's UPI; the Labour Department's and PuraSeva's UPI; Bajaj
  General's, Go Digit's, ACKO's and SBI Life's UPI; Airtel's, APSPDCL's, HP Pay's, JioAirFiber's, IndianOil
  ONE's and CRED's UPI; the UPI alerts. Card for CCAvenue's Credit Card, Tata AIG's credit card, the slips,
  DotPe's credit card, APSRTC's Debit Card, Akasa Air's credit card, SBI Card's SMS and app. Cash for a Telugu
  hand's "నగదు అందింది" (the memo, the trader's chit, the tanker man's card, *settled* heldout324's "నగదు
  ముట్టింది"), the Ugadi advance's "నగదు అడ్వాన్సుగా" (*settled* heldout324's Bonalu advance), the stall
  receipt's విధానం / Mode Cash.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout325): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref No., PhonePe's UTR సంఖ్య / UTR No.
  (*settled* heldout321: a bilingual label read as its English), APGB Mobile's UPI Ref No, MobiKwik's UPI Ref
  ID, Bajaj Finserv's and Tata Neu's UPI Ref No.; CFMS' UTR, Fabindia's UTR, the Cliq message's Ref,
  Cashfree's UTR (above its Transfer ID), Coupa's Payment Reference; the tax invoice's UTR (above its Invoice
  No.), Karigar's Trace ID (UTR), Vyapar's Ref (above its Receipt No.), the counterfoil's UTR (above its No.
  struck in red); the mill's UTR on the sticky note, the indigo maker's Ref written (above its Bill No.),
  India Post's UPI REF, PayU's Bank Ref No. (above its Payment ID), the packaging supplier's UTR (above its
  INV NO); the banking pages' IMPS Ref No., UTR Number, UTR, Reference No (KVB's UTR) and the "Sent, UTR ..."
  the co-operative bank's clerk wrote; the piece wages' Ref written in the Telugu hand, the wage voucher's
  UTR, PhonePe's UTR (above its Transaction ID), BHIM's and Axis Mobile's UPI Ref No., Paybooks' UTR, YONO's
  IMPS Ref No.; New India's UTR (above its Receipt No.); a slip's RRN (above its APPR CODE and its INVOICE
  NO); the alerts' UTR, IMPS Ref and UPI Ref, Axis Bank's reference in its UPI path), then a bank reference
  (ENet's Transaction Ref and CUB's Reference No (*settled* heldout323's neo: a bank's own number for a
  transfer it has not yet sent), Indian Bank's Txn Reference, a wire's own reference whatever its label (Wells
  Fargo's Wire Reference, SMBC's Remittance No., KBC's Reference, Zürcher Kantonalbank's Order number,
  Maybank's Reference No., Al Rajhi's Transfer Reference, Wise's Transfer ID), the municipality's బ్యాంక్
  ట్రాన్సాక్షన్ ఐడి / Bank Txn ID (above its Receipt No.), APPCB's and EPCH's Bank Ref. No. (above their
  Receipt No.), HDFC ERGO's Bank Reference (above its Receipt No.)), then a transaction / payment id (Navi's
  Transaction ID, Shopify's Razorpay Transaction ID (above its Order #), the Razorpay link's Payment ID (above
  its Payment Link), CCAvenue's Tracking ID (above its Order No., the shop's own number for the order,
  *settled* heldout323's PayU ID and heldout325's Easebuzz ID), the Labour Department's, PuraSeva's and
  Passport Seva's Transaction ID, Tata AIG's Payment Reference, Bajaj General's, Aditya Birla Health's, Go
  Digit's and ACKO's Transaction ID, Pine Labs' TXN ID, DotPe's Transaction ID (above its Approval Code and
  Bill No.), APSRTC's Transaction ID (above its Ticket No.), Akasa Air's Payment ID (above its PNR), SBI
  Card's app's Transaction ID, Airtel's, APSPDCL's లావాదేవీ నం. / Transaction No., HP Pay's, Vi's,
  JioAirFiber's and IndianOil ONE's Transaction ID, CRED's B-Connect Txn ID), then an approval code (a slip's
  APPR CODE, DotPe's Approval Code), then an order's number (IndiaMART's and OfBusiness' Order ID, APSRTC's
  Ticket No. and Akasa Air's PNR (*settled* heldout126 to heldout325: a booking's number as an order's)), then
  a document's own number (the tax invoice's Invoice No., the counterfoil's No. struck in red, Vyapar's
  Receipt No., the indigo maker's Bill No., the packaging supplier's INV NO, the municipality's, APPCB's,
  EPCH's, New India's and HDFC ERGO's Receipt No., EPFO's TRRN (*settled* heldout304 to heldout325's CPIN: a
  challan numbered when it is created), BharatPe's INVOICE, the Paytm slip's INVOICE NO). *settled*: never a
  card, account, phone or mobile number, a UPI ID, IFSC, GSTIN, PAN, CIN, a Udyam number, a Service No., a
  Consumer No., a Mobile No., an Account No. or Account ID, a Policy No., a Proposal No., an Application No.
  or an ARN (*settled* heldout322's Application ID), a Vehicle No., an Employee ID, a Vendor Code, a
  Membership No., a Settlement or shop's number of a payout mail, a consignment's number (India Post's ARTICLE
  NO, *settled* heldout274, heldout299 and heldout303 to heldout325), a bill of an advice (Fabindia's and
  Coupa's Invoice No. and Invoice #, *settled* heldout322), a slip's MID / TID / BATCH, a letter's ఆర్.సి.నెం.
  (its file number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout325), a refill's
  Booking No. (*settled* heldout324's IndianOil ONE); *settled* (new here) CFMS' Bill ID and Token No. (a
  treasury's numbers for the bill it passes, as an advice's bill No., *settled* heldout322) and Fabindia's
  Payment Doc No. (a payer's own number for its document, never printed above its UTR), because they number
  the bill and the payer's book and not the transfer; *settled* (new here) the municipality's ఇంటి నం. / Door
  No. (a property's number, as heldout325's Tenement No.), the Labour Department's Registration No.,
  PuraSeva's Trade licence No. and EPFO's Establishment ID (an establishment's number in the department's
  books, as heldout324's Employer Code), because they number the property or the taxpayer and not the
  payment."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout326_families import (
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

SPLIT = "heldout326"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout324's and heldout325's: the screens in
# Noto Sans, Liberation Sans (liberation2), DejaVu Sans, FreeSans and Noto Sans Display; the pages in Noto
# Serif, DejaVu Serif, Liberation Serif (liberation2), FreeSerif, Liberation Sans and DejaVu Sans Condensed;
# the company's, its suppliers' and its artisans' papers in DejaVu Serif Condensed, Noto Serif Display,
# FreeSerif, Noto Serif and Noto Sans; the slips in four monos in another order; the Telugu runs of every page
# in Noto Sans and Noto Serif Telugu (``heldout326_families.SCRIPT_FACES``), beside them a pen's italic or
# oblique (``heldout326_families.PENS``) and a page's own fixed-width face (``heldout326_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
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


def make_heldout326_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout326 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout327: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an Athangudi tile makers' year of 2026 in Chettinad, Tamil Nadu (Sri Muthu
Vinayagar Athangudi Tiles, in Tamil ஸ்ரீ முத்து விநாயகர் ஆத்தங்குடி டைல்ஸ், A. Muthuraman's proprietary firm
with GSTIN 33ADQPM4817H1Z3 and Udyam UDYAM-TN-31-0047261, its motto "கண்ணாடி மேல் வார்த்த கலை" (the art cast
on glass), with A. Muthuraman its proprietor, who pays its makers and its bills, his son M. Karthikeyan, who
keeps the web shop and the orders from abroad, S. Lakshmanan, who keeps its accounts, R. Kavitha at its
counter and its makers (K. Murugesan, P. Selvi, A. Karuppaiah, M. Valliammai, S. Ramu, R. Pandiammal, V.
Ayyanar and T. Chinnaponnu among them), who set the brass stencil on a glass plate, pour the iron oxide red,
the yellow ochre, the chromium green and the black mixed into white cement into its compartments, dust the dry
mix over them, fill the mould with the grey cement and sand backing, press it, lift the tile off the glass the
next day and cure it in the yard's water tanks, paid by the tile pressed, the colour poured and the day at the
tanks, in the tile yard on the Kanadukathan Road at Athangudi (the Athangudi kolam, the Chettinad star, the
lotus medallion, the peacock border, the oxide red plain, the black and white check, the jasmine creeper and
the mansion rosette, sold by the square foot); its showroom on Karaikudi's 100 Feet Road, the Chettinad Tile
Mahal (செட்டிநாடு டைல் மஹால்), shut on Tuesdays, the firm's weekly holiday; its stall at the Chithirai
exhibition on Madurai's Tamukkam ground (24 April to 8 May 2026); its web shop tilemahal.in on CCAvenue and
Razorpay's payment links and its IndiaMART listing; its grey and white cement from a Karaikudi dealer, its
oxides from a Chennai pigment dealer, its sand from a Karaikudi supplier, its glass plates from a Karaikudi
glass house, its stencils and moulds from a Karaikudi smith, its catalogues and cartons from a Sivakasi
printer, its water for the curing tanks from a tanker, its parcels by ST Courier and its lorry loads by a
Karaikudi lorry service; Poompuhar, the Public Works Department's restoration of a Pudukkottai museum, a
Kanadukathan heritage hotel company, Chennai architects, a Kottaiyur temple's renovation committee, Bengaluru
interiors, a Kerala resort company and an Auroville builder at home and a floor and tile company in New York,
a heritage interiors house in London, a home studio in Singapore, an interiors house in Kuala Lumpur, a
terrazzo and tile house in Sydney, a tile atelier in Marseille, an interiors house in Abu Dhabi and a tile
works in Zürich abroad), told by the proofs of payment it receives (buyers' Google Pay set in Tamil, PhonePe,
BHIM, Kotak811, BHIM IndPay, KVB DLite, MobiKwik and the Mahal's BharatPe for Business; Poompuhar's payment
advice under its Tamil name, the PWD's IFHRMS advice faxed, HDFC Bank ENet with the hotel company's RTGS
pending with its checker, the architects' Zoho Books mail, the temple committee's letter in Tamil, the
interiors company's Microsoft Teams channel, FedCorp with the resort's NEFT returned and Cashfree Payouts'
mail; Chase, Barclays, OCBC Velocity, Maybank2u Biz, CommBiz, BNP Paribas, ADCB and Zürcher Kantonalbank for
buyers in New York, London, Singapore, Kuala Lumpur, Sydney, Marseille, Abu Dhabi and Zürich in US dollars,
pounds, Singapore dollars, ringgit, Australian dollars, euros the French way, dirhams and Swiss francs the
Swiss way; the Mahal's tax invoice under four Athangudi tiles, the Chithirai stall's cash bill in a Tamil hand
lying on an Athangudi floor, CCAvenue's declined card, IndiaMART's settlement mail, the carbon copy of the
firm's receipt, Khatabook under "Today", a Razorpay link's payment processing and the firm's invoice on
continuous stationery) and those it makes (the cement dealer's invoice with the accountant's sticky note, the
sand supplier's chit in a Tamil hand, the oxide dealer's statement of account, OfBusiness' failed order, ST
Courier's torn roll, the glass house's Refrens page processing, the stencil smith's bill with its Date left
blank and the Sivakasi printer's receipt voucher; IndOASIS, KVB DLite Business, CUB All in One, the Sivaganga
district co-operative bank's application filled in by hand, YONO Business, a Google Pay chat with the smith,
Kotak Biz and FedNet for the cement dealer, the glass house, the oxide dealer, the smith, the lorry service,
the printer and the cement dealer again; a maker's wage account and Pongal advance in a Tamil hand, the
attendance and wage card, Google Pay's payment processing, PagarBook under "Today", Airtel Payments Bank's
failure, Saral PayPack's payslip and the typed wage voucher with a thumb in the red oxide; the Athangudi
village panchayat's house tax, TNPCB's consent fee, TN Urban e-Sevai's trade licence under "Today", EPFO's
challan awaiting the bank, the Labour Welfare Board's receipt, the Chithirai exhibition committee's stall
letter in Tamil, TNREGINET's failure and an Arasu e-Sevai centre's roll; New India's, TATA AIG's, Bajaj
Allianz', Digit's, Aditya Birla Health's, SBI Life's, ICICI Lombard's and Kotak General's premiums; cards on
the Mahal's ICICI Bank terminal and the stall's Paytm card machine, at a Karaikudi Chettinad mess, a Madurai
hardware store's Mswipe machine and an IndianOil pump, on IRCTC, in HDFC Bank's SMS and on OneCard; TNPDCL's
receipt, the water tanker's chit in a Tamil hand, Airtel Thanks' failure, the Karaikudi corporation's water
charges, Paytm's Bharat BillPay, Vi under "Today", TNEB Mobile's payment pending and the Indane distributor's
cash memo; Tamil Nadu Grama Bank's SMS in Tamil, the SMS of Indian Bank, Karur Vysya Bank, Tamilnad Mercantile
Bank and Bank of India, Indian Overseas Bank's alert on the lock screen, City Union Bank's WhatsApp banking
and HDFC Bank's InstaAlert mail). One payment per page, each drawn from its own seed (heldout327-<i>) in a
face the seed chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so
that the set is drawn the same every time (no set or hash order is read anywhere). Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields). Each
layout is a function of its own in ``heldout327_families`` (the family's function picks it by the receipt's
place in its family), written by hand for this set.

Layouts (every one written for this set; those marked (new) new in their arrangement and labels beside every
layout heldout324 and heldout325 drew, and where one is near a kind of page they drew it is said here): Google
Pay set in Tamil in this set's chequered fields, near heldout325's Google Pay set in Gujarati in its boxed
fields and heldout324's Google Pay set in Telugu in its tags; PhonePe's transaction details as a ticket with
its labels over their values under the tear, where heldout325 drew PhonePe Business' capsule with colons and
heldout324 PhonePe Business' tiles (new); BHIM's payment processing in a bottom sheet over the payee's dimmed
page, where heldout325 drew Amazon Pay's stages top to bottom and heldout324 JioFinance's stages left to right
(new); Kotak811's failure under an octagon's cross against a gutter, where heldout325 drew Freecharge's under
a red ribbon and heldout324 Amazon Pay's under a scalloped badge, both in a table ruled on every side (new);
BHIM IndPay under a scalloped badge with its values over their labels, where heldout325 drew Vyom's tiles and
heldout324 slice's read-only fields (new); KVB DLite's payment with no reference under a scalloped badge in a
striped table, where heldout325 drew Jupiter's on a tinted panel and heldout324 CRED's in a rounded card, and
heldout324 BSNL's failure under a tile in a striped table (new); MobiKwik under a tile in dot leaders, where
heldout324 drew IndusMobile's round tick in dot leaders and heldout325 Vyom's round tick over tiles (new);
BharatPe for Business under its Today tab on hairline rows, where heldout325 drew IDFC FIRST Bank's "Today"
and heldout324 Paytm's "Today" in shaded labels and Dukaan's tabs over a rounded card (new); Poompuhar's
payment advice under its Tamil name with its bills in a table ruled on every side, its net printed in a box
and its accounts section's rectangular stamp, where heldout325 drew the tourism corporation's striped bills in
dot leaders under an embossed seal and heldout324 TESCO's striped bills on a tinted panel (new); the PWD's
IFHRMS e-payment advice faxed, its fields typed in a fixed-width face under the fax machine's line, where
heldout324 drew DBS IDEAL's notification mailed in plain text and heldout325 NetSuite's mail (new); HDFC Bank
ENet's RTGS pending with its checker in a capsule over a striped table, where heldout325 drew Kotak FYN's
stages across the page and heldout324 IDFC FIRST Bank's stages top to bottom (new); the architects' Zoho Books
mail with its Amount Paid on a tinted panel, its details against a gutter and its bills on hairline rows,
where heldout325 drew NetSuite's bills on hairline rows under a double rule and heldout324 SAP Business
Network's shaded labels (new); the temple committee's letter typed in Tamil with no reference, near
heldout325's temple trust's letter in Gujarati and heldout324's temple's letter in Telugu; the interiors
company's Microsoft Teams channel under "Today", near heldout325's Google Chat space and heldout324's Telegram
group; FedCorp's NEFT returned on a tinted band with its values over their labels, where heldout325 drew
Canara Bank's under a large round cross in shaded labels and heldout324 Kotak FYN's under an octagon two to a
row (new); Cashfree Payouts' mail in read-only fields, where heldout325 drew RazorpayX' payout mail two to a
row and heldout324 Flipkart's settlement mail in dot leaders (new); Chase's wire completed in a capsule with
its values over their labels, where heldout325 drew Mercury's with colons in a rounded card and heldout324
CashPro's capsule over read-only fields (new); Barclays' payment awaiting release over a progress bar in dot
leaders, where heldout325 drew Westpac's spinner with colons and heldout324 RBC Express' stages across the
page (new); OCBC Velocity under a scalloped badge against a gutter, where heldout325 drew UOB's striped table
and heldout324 DBS IDEAL's plain text (new); Maybank2u Biz' transfer in ringgit as a ticket (new); CommBiz'
payment unsuccessful under an octagon's cross in a striped table, near heldout325's udaan failure in an
octagon in a striped table; BNP Paribas' French sentence with no reference, near heldout325's Nordea Danish
sentence and heldout324's DBS IDEAL plain text; ADCB's "Today" under a large round tick in dot leaders with a
passing message, where heldout325 drew Starling's "Today" under a tile on hairline rows and heldout324
Revolut's "Today" with tiles (new); Zürcher Kantonalbank's capsule two to a row, near heldout324's InstaBIZ
capsule two to a row; the Mahal's tax invoice under four Athangudi tiles with its tiles in a table ruled on
every side, near heldout325's tax invoice under a Mata ni pachedi and heldout324's under a Gollabhama; the
Chithirai stall's cash bill in a Tamil hand lying on an Athangudi floor, near heldout325's Navratri memo lying
on a Mata ni pachedi and heldout324's Expo memo across a loom; CCAvenue's declined card under a tile's cross
in dot leaders, where heldout325 drew Easebuzz' round cross in shaded labels and heldout324 Easebuzz' octagon
with colons (new); IndiaMART's settlement mail with its tiles two to a row, where heldout324 drew Flipkart's
settlement mail in dot leaders and heldout325 Etsy's deposit mail ruled (new); the carbon copy of the firm's
receipt with its values written on dotted lines and its sum in a box, where heldout325 drew the advance
receipt in boxed fields and heldout324 the receipt book in tags (new); Khatabook's entry in a bubble under
"Today", near heldout325's OkCredit "Today" and heldout324's Dukaan "Today"; a Razorpay link's payment
processing under a spinner in dot leaders, where heldout325 drew PhonePe's gateway stages two to a row and
heldout324 Cashfree's stages in shaded labels (new); the firm's invoice typed by a dot-matrix printer on
continuous stationery, where heldout325 drew its e-invoice ruled and heldout324 the Ginesys roll (new); the
cement dealer's invoice on hairline rows with the accountant's sticky note of the payment, where heldout325
drew the mill's typed line under its oval stamp and heldout324 NHDC's PAYMENT RECEIVED stamp (new); the sand
supplier's chit in a Tamil hand, near heldout325's gandhi's chit and heldout324's dyer's bill; the oxide
dealer's statement of account on hairline rows with its payment's row marked by a highlighter (new);
OfBusiness' failure under a red ribbon with its tiles two to a row, where heldout325 drew udaan's octagon over
a striped table and heldout324 udaan's round cross in dot leaders (new); ST Courier's booking receipt torn
from its roll, near heldout324's Ginesys torn roll; the glass house's Refrens page processing under a spinner
with its tiles two to a row, where heldout325 drew Bizongo's progress bar over read-only fields and heldout324
Moglix' progress bar with colons (new); the stencil smith's bill book with its Date left blank, near
heldout325's block maker's bill book; the Sivakasi printer's receipt voucher in a sentence with its sum
printed in a box, where heldout324 drew the graph designer's Zoho receipt with colons over a ruled table and
heldout325 the printer's Zoho invoice under "Today" (new); IndOASIS' NEFT under a tile with its values over
their labels, where heldout325 drew the Kalupur bank's round tick on hairline rows and heldout324 IOB Mobile's
failure against a gutter (new); KVB DLite Business' failure under a scalloped badge's cross two to a row,
where heldout325 drew bob World's failure on a tinted band with tiles and heldout324 IOB Mobile's on a tinted
band (new); CUB All in One's RTGS under process under a tile's hourglass with its stages across the page in
dot leaders, where heldout325 drew Axis Mobile's stages top to bottom and heldout324 Cent Mobile's spinner
(new); the district co-operative bank's application in this set's chequered fields, near heldout325's
Mercantile bank's and heldout324's apex bank's applications; YONO Business' "Today" under a capsule in a
striped table, near heldout324's Paytm "Today" under a capsule; Google Pay's chat with the smith under its day
divider with no reference, near heldout324's PhonePe chat with the dyer; Kotak Biz' tinted panel with a
copyable UTR, near heldout325's FedMobile tinted panel; FedNet's acknowledgement in a table ruled on every
side, near heldout325's RBC Express confirmation ruled; a maker's wage account in a Tamil hand with her thumb
in the red oxide, near heldout325's wage account in a Gujarati hand and heldout324's wage book in a Telugu
hand; the Pongal advance in a Tamil hand, near heldout325's kite-day advance and heldout324's Bonalu advance;
the printed attendance and wage card with the week's days in a table ruled on every side and a box for the
thumb, where heldout325 drew the wage slip in boxed fields and heldout324 the typed wage acknowledgement's
pieces ruled (new); Google Pay's payment processing under a tile's hourglass against a gutter, where
heldout325 drew Paytm's progress bar with colons and heldout324 Paytm's progress bar in a striped table (new);
PagarBook's entry in a rounded card under "Today", near heldout324's Dukaan "Today" and heldout325's OkCredit
"Today"; Airtel Payments Bank's failure under a scalloped badge's cross on hairline rows, where heldout325
drew JioFinance's under a red ribbon in dot leaders and heldout324 Google Pay's under a large round cross at
the left and the right (new); Saral PayPack's payslip two to a row over a striped table with its Net Pay on a
tinted panel, where heldout325 drew Keka's shaded labels over a ruled table with its Net Pay in a box and
heldout324 RazorpayX Payroll's over a ruled table with its Net Pay in a box (new); the wage voucher typed in a
fixed-width face with the maker's thumb in the red oxide, where heldout324 drew the wage acknowledgement ruled
with a box for the thumb (new); the village panchayat's house tax receipt in this set's chequered fields with
its QR code, near heldout325's AMC property tax in boxed fields and heldout324's municipality's in tags with
its QR code; TNPCB's consent fee under an octagon's tick in dot leaders, where heldout325 drew GPCB's two to a
row and heldout324 the Transport Department's ribbon in dot leaders (new); TN Urban e-Sevai's "Today" under a
scalloped badge with its values over their labels, where heldout325 drew AMC Seva's "Today" with a copyable id
and heldout324 T App Folio's "Today" with tiles (new); EPFO's challan awaiting the bank over a progress bar in
a table ruled on every side, where heldout325 drew the GST portal's stages across the page and heldout324 the
profession tax' spinner, both over a ruled table (new); the Labour Welfare Board's receipt against a gutter,
where heldout325 drew the Gujarat board's ruled with its QR code (new); the exhibition committee's stall
letter in Tamil, near heldout325's Navratri committee's letter in Gujarati; TNREGINET's failure under a tile's
cross on hairline rows, where heldout325 drew the e-challan's octagon in shaded labels and heldout324 the
Transport Department's red ribbon in dot leaders (new); the e-Sevai centre's roll with its round seal, near
heldout324's MeeSeva roll; New India's premium receipt in its sentence against a gutter with its round seal,
where heldout325 drew Oriental's at the left and the right with a rectangular stamp and heldout324 Oriental's
shaded labels over a ruled table (new); TATA AIG's mail ruled, near heldout325's Etsy mail ruled; Bajaj
Allianz' failed card under a tile's cross in shaded labels, where heldout325 drew Reliance General's round
cross in dot leaders and heldout324 Galaxy Health's tinted band in dot leaders (new); Digit's payment under
process with its stages left to right in dot leaders, where heldout325 drew Universal Sompo's spinner with
colons and heldout324 SBI General's progress bar with colons (new); Aditya Birla Health's "Today" under a
scalloped badge with its values over their labels, where heldout325 drew Generali Central's "Today" with tiles
and heldout324 Star Health's "Today" in shaded labels (new); SBI Life's SMS with no reference, near
heldout325's Magma SMS and heldout324's LIC SMS; ICICI Lombard's read-only fields, near heldout325's CRED and
heldout324's slice read-only fields; Kotak General's premium as a ticket (new); ICICI Bank's slip with its
labels at the left ends of its lines and its values at the right ends, where heldout325 drew Axis Bank's and
heldout324 HDFC Bank's slips two fields to a line (new); Paytm's card machine's answer not come, near both
sets' PhonePe POS; the Chettinad mess' bill, near heldout324's Petpooja bill; Mswipe's declined slip, near
heldout325's Ezetap and heldout324's State Bank of India declined slips; IRCTC's reservation slip ruled with
its fares in dot leaders, near heldout324's TGSRTC e-ticket; HDFC Bank's card SMS with no reference, near both
sets' Axis Bank card SMS; OneCard's "Today" under a scalloped badge in dot leaders with a passing message,
where heldout325 drew IDFC FIRST Bank's card app's "Today" with tiles and heldout324 Scapia's "Today" with its
values over their labels (new); the IndianOil pump's slip torn from its roll with its colons in a column, near
heldout324's torn roll and heldout325's PhonePe POS; TNPDCL's receipt under its Tamil name in this set's
chequered fields, near heldout325's Torrent receipt in boxed fields and heldout324's TGSPDCL receipt; the
water tanker's chit in a Tamil hand, near heldout324's water can card and heldout325's dhobi ghat slip; Airtel
Thanks' failure under a red ribbon two to a row, where heldout325 drew Amazon Pay's failed bill under a large
round cross and heldout324 BSNL's under a tile in a striped table (new); the Karaikudi corporation's water
charges with colons and its QR code, where heldout325 drew AMC's typed counter receipt and heldout324
MeeSeva's roll (new); Paytm's Bharat BillPay under a large round tick in a striped table, where heldout325
drew bob World's Bharat BillPay in dot leaders and heldout324 PhonePe's with its values over their labels
(new); Vi's "Today" under a capsule against a gutter, where heldout325 drew Adani Total Gas' "Today" with a
copyable id and heldout324 MyJio's "Today" in shaded labels (new); TNEB Mobile's payment pending over a
progress bar two to a row, where heldout325 drew JioFiber's progress bar with its values over their labels and
heldout324 ACT's stages left to right (new); the Indane distributor's cash memo on hairline rows with its
barcode (new); Tamil Nadu Grama Bank's SMS in Tamil in a bubble, near heldout325's Baroda Gujarat Gramin
Bank's Gujarati SMS and heldout324's Telangana Grameena Bank's Telugu SMS; the SMS of Indian Bank, Karur Vysya
Bank, Tamilnad Mercantile Bank and Bank of India in their own wordings, near the SMS both drew; Indian
Overseas Bank's alert on the lock screen, where heldout325 drew Kotak's heads-up notification and heldout324
HDFC Bank's alert in the pulled-down shade (new); City Union Bank's WhatsApp banking, near heldout325's
Mercantile bank's WhatsApp banking and heldout324's Axis Bank's; HDFC Bank's InstaAlert mail with no reference
in dot leaders, where heldout325 drew IDFC FIRST Bank's mail ruled and heldout324 Indian Bank's mail (new). 56
of the 96 are new in their arrangement and labels. This set draws kinds of row and page heldout324 and
heldout325 do not: Tamil (the firm's, the Mahal's, Poompuhar's, the temple committee's, the co-operative
bank's, the village panchayat's, the exhibition committee's, TNPDCL's, the Karaikudi corporation's, the sand
supplier's and the water tanker's names, a motto, headings, an app set in Tamil, chequered fields' labels,
typed letters, a smith's chat, a bank's SMS) in heldout316's runs of Noto Sans and Noto Serif Tamil; a Tamil
hand in Noto Sans Tamil with its Latin figures in an upright FreeSans, sheared as a ball pen leans; this set's
chequered field (the Tamil label in bold over its English small in a cell tinted as the yellow oxide with a
strip of Athangudi's black and white check, the value on a rule of the red oxide); four Athangudi tiles as a
letterhead's emblem; a row of border tiles as a divider; a maker's thumb pressed in the red oxide; a page
photographed lying on an Athangudi floor; a ticket's card and its tear (heldout279's); an app's bottom sheet,
a fax machine's line and a lock screen (heldout287's); an accountant's sticky note, an app's tabs, a passing
message, continuous stationery and a file's punched holes (heldout275's); a carbon copy (heldout289's); a
highlighter's stroke (heldout273's); a statement of account; and beside them the rows heldout269's to
heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels against a gutter,
labels at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted outcome
bands, capsules, tiles two to a row, values over their labels, labels over their values two to a row, copyable
fields, read-only fields, a tinted panel, notice boxes, stages across the page and left to right, progress
bars, spinners, large round marks, octagons, scalloped badges, tile marks, ribbons, a day divider, chat
bubbles, a chat's payment card, rounded cards, round badges of initials, hand-written columns on a ruled page,
tick boxes, a sum in a box, round and rectangular stamps, a red numbering-machine number, a thumb's box,
signatures, QR codes, a barcode, a torn roll).

* ``buyer_upi``: Buyers paying the Chettinad Tile Mahal or the firm by UPI: Google Pay set in Tamil (a large
  round tick, "பணம் செலுத்தப்பட்டது" (payment made), the sum, "<payee> க்கு" (to <payee>); UPI பரிவர்த்தனை ஐடி
  / UPI transaction ID, தேதி, நேரம் / Date and time and கணக்கிலிருந்து / From account in this set's chequered
  fields); PhonePe's transaction details as a ticket (Transaction Successful, the day and hour, "Paid to
  <payee>", the sum; under the tear Transaction ID, UTR and Debited from, each label over its value); BHIM's
  payment processing in a bottom sheet over the payee's dimmed page (the payee's initials in a round badge,
  its name and UPI ID; a spinner, Payment processing, the sum, "to <payee>", a line of advice; UPI Ref No.,
  Initiated and From at the left and the right); Kotak811's failure (an octagon's cross, Payment failed, the
  sum, "to <payee>", the reason in a notice; UPI Ref No., Date, Paid from and Reason against a gutter); BHIM
  IndPay (a scalloped badge, Payment successful, the sum; each value over its label: Paid to, UPI Ref No.,
  Date & time, From); KVB DLite with no reference (a scalloped badge, Transaction Successful, the sum; Paid
  to, Date, From A/c and Remarks in a striped table); MobiKwik (a tick on a rounded tile, Payment Successful,
  the sum, "to <payee>"; UPI Ref. No., MobiKwik Txn ID, Date and Paid via in dot leaders); BharatPe for
  Business on the Mahal's phone under its Today tab (the Mahal under the app's bar; the count of payments;
  "From <buyer>" and "+<sum>", "UTR ..." and the hour on hairline rows; "Received in your bank account | UPI";
  no day).

* ``buyer_advices``: Payers' advices of what they paid the firm: Poompuhar's PAYMENT ADVICE under its Tamil
  name for the tiles of its showrooms (No. and Date; "To," and the firm; Sub:; Sl. | Bill No. | Bill Date |
  Bill Amount | TDS 2% | Net Paid in a table ruled on every side with its Total Net Paid; the net printed in a
  box; "The above amount has been credited to your account by NEFT, UTR ... on <dd-mm-yyyy>."; its accounts
  section's rectangular stamp with the day; the Manager (Finance)' signature); the Public Works Department's
  e-payment advice from IFHRMS for the tiles of the Pudukkottai museum's restoration, faxed (the fax machine's
  line with the day it was faxed; Bill No., Token No., Payee, Bank A/c, Gross Amount, GST TDS 2%, Net Amount,
  Mode, UTR No., Credit Date and Purpose typed with their colons in a column); HDFC Bank ENet with the
  heritage hotel company's RTGS (Pending with checker in a capsule, a notice; Transaction Ref No., Beneficiary
  Name, Beneficiary A/c, Amount, Value Date, Payment Type and Maker striped); the Chennai architects' payment
  mailed from Zoho Books (its sentence; the Amount Paid on a tinted panel; Payment#, Payment Date, Paid To,
  Payment Mode and Reference# against a gutter; Bill# | Bill Date | Amount Paid on hairline rows); the
  Kottaiyur temple committee's letter typed in Tamil with no reference (its Tamil name over its English and a
  row of border tiles; ந.க. எண் (letter no.) and நாள் (date); "பெறுநர், உரிமையாளர் அவர்கள்," (To, the
  proprietor,) and the firm in English; பொருள் (subject); "... ஆத்தங்குடி டைல்ஸ் தொகை Rs. x/- <day> அன்று NEFT
  மூலம் தங்கள் வங்கிக் கணக்கில் வரவு வைக்கப்பட்டுள்ளது ..." (the sum for the Athangudi tiles, Rs. x/-, has
  been credited to your bank account by NEFT on <day>); the secretary's signature over செயலாளர்); the
  Bengaluru interiors company's Microsoft Teams channel under "Today" (the writer's initials in a round badge,
  her name and hour; "Paid Rs.x to <payee> by NEFT for the Athangudi tiles ... UTR ..."; a colleague's reply;
  no day); FedCorp with the Kerala resort company's NEFT returned (NEFT returned on a tinted band, a notice;
  each value over its label: Beneficiary, Amount, Value Date, Transaction Ref No., Return Reason); the
  Auroville builder's payout mailed by Cashfree Payouts (Transfer successful and its sentence; Transfer ID,
  Beneficiary, Amount, Transfer mode, UTR and Processed on in read-only fields).

* ``export_wires``: Interior studios, tile houses and architects abroad paying the firm for its tiles: Chase
  for Business with a wire in US dollars (Completed in a capsule; each value over its label: Amount,
  Recipient, Recipient bank, Send date (in words, month first), Wire reference, Fees); Barclays Business with
  a payment in pounds awaiting release (over a progress bar, a notice; Payment reference, Beneficiary, Amount,
  Payment date and Charges in dot leaders); OCBC Velocity's telegraphic transfer in Singapore dollars (a
  scalloped badge, Transaction successful; Reference No., Beneficiary Name, Beneficiary Bank, Amount, Value
  Date and Charges against a gutter); Maybank2u Biz' transfer in ringgit as a ticket (Successful, the sum, "to
  <payee>"; under the tear Reference number, Beneficiary bank, Date and Charges); CommBiz with a payment in
  Australian dollars unsuccessful (an octagon's cross, a notice; Payment ID, Payee, Amount, Payment date and
  Reason striped); BNP Paribas with a transfer in euros the French way told in a French sentence with no
  reference (Virement exécuté (transfer executed) on a tinted band; "Votre virement international de <sum> au
  profit de <payee> a été exécuté le <dd/mm/yyyy>." (your international transfer of <sum> in favour of <payee>
  was executed on <day>); Compte débité (account debited) and Frais (charges)); ADCB Business with a transfer
  in dirhams under "Today, <hour>" (a large round tick, Transfer successful, the sum, "to <payee>"; Reference,
  Charges and From account in dot leaders; a passing message; no day); Zürcher Kantonalbank's eBanking with a
  payment in Swiss francs the Swiss way (Payment executed in a capsule; Reference and Amount, Beneficiary and
  Execution date, Charges and Debit account two to a row).

* ``own_receipts``: The firm's own papers, its Chettinad Tile Mahal or itself on top: the Mahal's TAX INVOICE
  under four Athangudi tiles, its Tamil name, the motto and a row of border tiles ("A unit of M/s <firm>";
  Invoice No. and Date, Buyer and Place of Supply; Sl. | Description | HSN | Sq.ft | Rate | Amount ruled with
  its Taxable value; CGST @ 9%, SGST @ 9% and Invoice Total (Rs.) at the left and the right; "Paid by UPI, UTR
  ..."; "நன்றி, மீண்டும் வருக!" (thank you, come again!)); the Chithirai stall's cash bill in the exhibition's
  days, photographed lying on an Athangudi floor (the Mahal's Tamil name over its English, "சித்திரைப்
  பொருட்காட்சி 2026 | தமுக்கம் மைதானம், மதுரை", "ரொக்கப் பட்டியல்" (cash bill); தேதி / Date and பெயர் / Name
  written in chequered fields; the coasters, plaques, sample boxes and tiles written in a Tamil hand with
  their sums, "மொத்தம்" (total); "ரொக்கமாகப் பெற்றோம்" (we received it in cash); no reference); CCAvenue's
  checkout with a credit card declined (the Mahal on top; a tile's cross, Transaction Declined, the reason in
  a notice; Order No., CCAvenue Reference No., Amount, Payment mode and Date in dot leaders); IndiaMART's mail
  of an order paid through Pay with IndiaMART settled to the firm (its sentence; Seller and Order ID, Order
  value and Platform fee (2%), Settlement amount and Settlement date, UTR and Mode in tiles two to a row); the
  carbon copy of the firm's "ரசீது / RECEIPT" for a Chettinad mansion's floor (its Tamil name over its English
  and a row of border tiles; No. struck in red; Date, Received with thanks from, the sum of Rupees, by (NEFT),
  UTR and towards written on dotted lines; Rs. written in a box; the writing in the carbon's violet-blue);
  Khatabook on the Mahal's phone under "Today" (the Mahal under the app's bar, the customer over her number;
  Payment received, the sum and "Online - UPI | UPI Ref ..." in a bubble with its hour; Balance; no day); a
  Razorpay payment link's payment processing (the Mahal on top, a spinner, the sum, a notice; Payment ID,
  Payment link, Method and Initiated on in dot leaders); the firm's DELIVERY CHALLAN CUM TAX INVOICE for a
  Chennai builder's lorry load printed by a dot-matrix printer on continuous stationery (INVOICE NO and DATE,
  BUYER and LORRY; the tiles' SQFT, RATE and AMOUNT; TAXABLE VALUE, CGST @ 9%, SGST @ 9% and GRAND TOTAL;
  "RECEIVED BY <NEFT or RTGS> UTR ... ON <dd/mm/yyyy>").

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: the Karaikudi cement dealer's TAX
  INVOICE for the grey and the white cement (Invoice No. and its earlier Invoice Date; Item | HSN | Bags |
  Rate | Amount on hairline rows; Taxable Value, CGST @ 9%, SGST @ 9% and Invoice Total; the accountant's
  sticky note "Paid NEFT", the day and "UTR ..."); the sand supplier's chit in a Tamil hand with no reference
  (his Tamil name over his English; "தேதி" and the day, the firm written to; the loads of river sand, M-sand
  or gravel and the lorry's hire with their sums on a ruled page, "மொத்தம்"; "ரொக்கம் பெற்றுக்கொண்டேன்" (I
  received it in cash)); the Chennai oxide dealer's mail with its statement of account (its thanks; Date |
  Particulars | Debit | Credit on hairline rows: Opening balance, To Sales - <invoice>, By NEFT - <utr> with
  its credit marked by a highlighter; Closing balance); OfBusiness' order of iron oxide failed (a red ribbon,
  a notice; Order ID and Sold by, Amount and Payment mode, Attempted on and Order status in tiles two to a
  row); ST Courier's booking receipt torn from its franchise counter's roll (DATE, CN NO, FROM, TO, PCS,
  WEIGHT, FREIGHT, GST 18%, TOTAL, PAID BY : UPI and UPI REF with their colons in a column); the glass house's
  invoice page from Refrens with the payment processing (the glass house on top, its invoice's number; a
  spinner, the sum; Payment ID and Method, Amount and Initiated on in tiles two to a row); the stencil smith's
  bill from his bill book (Bill No. struck in red; Date printed with nothing written after it; M/s written;
  the brass stencils and the moulds written in its ruled columns, the Total; "Recd. by GPay, Ref ..." written
  and checked off); the Sivakasi printer's RECEIPT VOUCHER printed from Tally (No. and Dated; "Received with
  thanks from M/s <firm>, Athangudi, the sum of Rupees ... only by NEFT, UTR ..., against our Bill No. ...";
  Rs. printed in a box; Authorised Signatory).

* ``vendor_transfers``: The firm paying its suppliers from its banks: Indian Bank's IndOASIS with a NEFT to
  the cement dealer (a tile's tick, Transaction Successful, the sum; each value over its label: Beneficiary,
  UTR No., Date, Debited from); KVB DLite Business' IMPS to the glass house failed (a scalloped badge's cross,
  Transaction Failed, the sum, "to <payee>", a notice; IMPS Ref No. and Date, To A/c and Reason two to a row);
  City Union Bank's CUB All in One with an RTGS to the oxide dealer (a tile's hourglass, RTGS under process,
  the sum; Submitted, Debited, Sent to RBI and Credited across the page; Reference No., Beneficiary, Date and
  Debit A/c in dot leaders); the Sivaganga District Central Co-operative Bank's RTGS / NEFT application under
  its Tamil name, the customer's copy filled in by hand (NEFT ticked; தேதி / Date, பயனாளி / Beneficiary,
  கணக்கு எண் / A/c No., IFSC, தொகை / Amount Rs. and அனுப்புநர் / Remitter written in chequered fields; the
  branch's rectangular stamp with its day; "Sent, UTR ..." written by its clerk); YONO Business' IMPS to the
  lorry service under "Today, <hour>" (Success in a capsule, the sum, "to <payee>"; IMPS Ref No., Beneficiary
  A/c, Remarks and Debit A/c striped; no day); Google Pay's chat with the stencil smith under its day divider
  with no reference (the smith on top; his "அண்ணா, அச்சு பில் அனுப்பியிருக்கேன்" (brother, I have sent the
  stencil bill); the firm's payment card with the sum, Paid and the hour; his reply "கிடைச்சது, நன்றி" (got
  it, thanks)); Kotak Biz' NEFT to the printer (Transfer successful and the sum on a tinted panel; a copyable
  UTR; Beneficiary, Account, Date and Remarks on hairline rows); Federal Bank FedNet's Fund Transfer
  Acknowledgement for the cement dealer's NEFT or RTGS (its sentence; Reference No., Beneficiary Name,
  Beneficiary Account, IFSC, Amount, Transaction Date and Mode ruled).

* ``worker_pay``: The firm paying its makers (by the tile pressed, the colour poured and the day at the tanks)
  and its staff: a maker's "கூலிக் கணக்கு / WAGE ACCOUNT" (பணியாளர் / Maker and மாதம் / Month written in
  chequered fields; the tiles pressed, the colour poured, the days at the tanks or the polishing written in a
  Tamil hand with their counts, rates and sums, "மொத்தம்"; "UPI மூலம் கொடுத்தது, Ref ..." (paid by UPI) and
  "தேதி <day>" written under it; the proprietor's signature; the maker's thumb in the red oxide); a maker's
  Pongal advance in a Tamil hand in the week before Pongal ("பொங்கல் முன்பணம்"; "பொங்கல் பண்டிகைக்காக / ரூ.
  x/- ரொக்கம் / முன்பணமாகப் பெற்றுக்கொண்டேன்." (I received Rs. x/- in cash as an advance for the Pongal
  festival) and "தேதி <day>"; her signature and her name written under it; a file's punched holes; no
  reference); the firm's printed "வருகை மற்றும் கூலி அட்டை / ATTENDANCE & WAGE CARD" under four Athangudi
  tiles (Name and Work; the tiles pressed Monday to Saturday ruled, Tuesday the yard's holiday, with the
  week's total; Rate per tile, Total wage, Paid by, UTR and Paid on at the left and the right; a box for the
  signature or the thumb); Google Pay's payment to a maker processing (a tile's hourglass, Processing, the
  sum, "To <maker>", a notice; UPI transaction ID, Date, To and From against a gutter); PagarBook on the
  proprietor's phone under "Today" (the maker on top over her work; Present days and Balance in tiles;
  Payment, the sum, "Paid via UPI | UPI Ref ..." and the hour in a rounded card; no day); Airtel Payments
  Bank's payment to a maker failed (a scalloped badge's cross, Payment failed, the sum, "to <maker>", a
  notice; Transaction ID, Date, Paid from and Reason on hairline rows); Saral PayPack's payslip for the
  Mahal's counter ("Payslip for <month>"; Employee and Employee No., Designation and Location two to a row;
  the earnings and deductions striped; Net Pay on a tinted panel; "Paid via NEFT on <dd/mm/yyyy>, UTR ...");
  the firm's WAGE VOUCHER typed on its letterhead under a row of border tiles (Voucher No., Date, Paid to,
  Work, Tiles, Rate, Amount, Paid by (IMPS) and IMPS Ref typed with their colons in a column; the maker's
  thumb in the red oxide under Receiver).

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: the Athangudi village
  panchayat's house tax e-receipt under its Tamil name ("பணம் செலுத்தப்பட்டது / Payment Successful"; ரசீது எண்
  / Receipt No., வரி விதிப்பு எண் / Assessment No., உரிமையாளர் / Owner, அரையாண்டு / Half Year, தொகை / Amount,
  முறை / Mode, பரிவர்த்தனை எண் / Transaction ID and தேதி / Date in chequered fields; its QR code); TNPCB's
  OCMMS receipt for the yard's consent renewal (an octagon's tick, Payment Successful; Receipt No., Unit Name,
  Category, Consent Type, Amount, Bank Ref. No., Payment Mode and Payment Date in dot leaders); TN Urban
  e-Sevai's app with the Mahal's trade licence renewed under "Today, <hour>" (the Karaikudi corporation under
  the app's bar, a scalloped badge, the sum; each value over its label: Transaction ID, Licence No., Paid via;
  no day); EPFO's ECR challan awaiting the bank (Payment status: Awaiting confirmation from bank over a
  progress bar, a notice; TRRN, Establishment ID, Wage Month, Total Amount, Bank and Initiated on ruled); the
  Tamil Nadu Labour Welfare Board's receipt for the last year's contribution paid in January (Receipt No.,
  Establishment, Year, Employees, Employee Contribution, Employer Contribution, Total Amount, Payment Mode,
  Bank Ref. No. and Payment Date against a gutter); the Madurai Chithirai exhibition committee's stall letter
  typed in Tamil in the week before the exhibition with no reference (its Tamil name over its English and a
  row of border tiles; ந.க. எண் and நாள்; "பெறுநர், மேலாளர்," (To, the manager,) and the Mahal; பொருள்; "...
  தாங்கள் அரங்கு எண் <n>-க்கான வாடகைத் தொகை Rs. x/- <day> அன்று ரொக்கமாகச் செலுத்தியுள்ளீர்கள் ..." (you have
  paid the rent for stall no. <n>, Rs. x/-, in cash on <day>); the convener's signature over
  ஒருங்கிணைப்பாளர்); TNREGINET's e-payment for an encumbrance certificate of the yard's land failed (the
  Registration Department under the portal's name; a tile's cross, Transaction Failed, a notice; Application
  No., Service, Amount, Transaction ID, Payment mode and Date on hairline rows); an Arasu e-Sevai centre's
  roll for the verification fee of the yard's platform scale (TXN ID, DATE, DEPARTMENT : LEGAL METROLOGY,
  SERVICE, APPLICANT, FEE, SERVICE CHG, TOTAL and MODE : CASH with their colons in a column; its round seal).

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its SMS: the
  New India Assurance Company's PREMIUM RECEIPT for the yard's Standard Fire and Special Perils policy (its
  sentence; Receipt No., Policy No., Premium, CGST @ 9%, SGST @ 9%, Total Premium, Mode, UTR and Receipt Date
  against a gutter; the divisional office's round seal); TATA AIG's mail of the Mahal's shop policy renewed
  (its sentence; Policy No., Product, Premium (incl. GST), Payment Mode, UPI Ref No. and Payment Date ruled);
  Bajaj Allianz' Caringly Yours with the lorry's motor policy renewal failed by card (a tile's cross, Payment
  failed, a notice; Policy No., Vehicle No., Premium, Transaction ID, Card and Attempted on in shaded labels);
  Digit's group personal accident cover for the makers under process (Paid, Bank confirmation and Policy
  issued left to right, Payment under process, the sum, a notice; Proposal No., Transaction ID, Payment mode
  and Initiated on in dot leaders); Aditya Birla Health's Activ Health with the proprietor's family floater
  renewed under "Today, <hour>" (a scalloped badge, Renewal successful, the sum; each value over its label:
  Policy No., Transaction ID, Paid via; no day); SBI Life's SMS with no reference ("Dear Customer, premium of
  Rs.x for policy no. XXXX1234 has been received on <dd/mm/yyyy> through UPI. Thank you. -SBI Life"); ICICI
  Lombard's premium receipt for the Mahal's burglary policy (Premium received; Receipt No., Policy No.,
  Premium (incl. GST), Payment Mode, Transaction Ref. and Receipt Date in read-only fields); Kotak General
  Insurance's premium for the lorry driver's health cover as a ticket (Premium received and the sum; under the
  tear Policy No., Payment ID, Paid via and Date).

* ``card_slips``: Cards on the Mahal's and the Chithirai stall's terminals and the firm's cards elsewhere:
  ICICI Bank's SALE slip at the Mahal, each label at the left end of its line and its value at the right end
  (DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD NO, CARD TYPE, RRN, APPR CODE; SALE AMOUNT; APPROVED, PIN
  VERIFIED OK); Paytm's card machine at the stall in the exhibition's days with the answer not come (CARD
  PAYMENT; DATE, TIME, TID, ORDER ID, CARD, AMOUNT; TXN STATUS : PENDING, DO NOT RETRY); a Karaikudi Chettinad
  mess' bill from its POS (Bill No. and Table, Date; the dishes; Sub Total, CGST 2.5%, SGST 2.5% and Grand
  Total; "Paid: Card (<scheme> XX1234)" and its Appr. Code); Mswipe's slip at a Madurai hardware store
  declined (DATE, TIME, MID, TID and BATCH, INVOICE, the card, AMOUNT; TRANSACTION DECLINED, RESP CODE 51 :
  INSUFFICIENT FUNDS); IRCTC's Electronic Reservation Slip for the proprietor's journey on the Pallavan
  Express (Booking Confirmed; PNR, Train, Class, Date of Journey, Booking Date and From / To ruled; Ticket
  Fare, IRCTC Convenience Fee (incl. GST) and Total Fare in dot leaders; Payment Mode and Transaction ID);
  HDFC Bank's SMS of a spend on the firm's card with no reference ("Thank you for using HDFC Bank Card XX1234
  for Rs. x at <MERCHANT> on <dd-mm-yyyy> <hh:mm:ss>. Not you? ..."); OneCard under "Today, <hour>" (the
  merchant over its town, a scalloped badge, the sum, Successful; Transaction ID, Card and Reward points in
  dot leaders; a passing message; no day); an IndianOil pump's slip for the lorry's diesel torn from its roll
  (DATE, TIME, TID, BATCH, INVOICE, CARD, APPR CODE, RRN, PRODUCT, RATE, VOLUME and AMOUNT with their colons
  in a column; APPROVED).

* ``utility_bills``: The tile yard's and the Mahal's bills: TNPDCL's online payment receipt under its Tamil
  name ("பணம் செலுத்தப்பட்டது / Payment Successful"; மின் இணைப்பு எண் / Service No., பெயர் / Name, கணக்கீட்டு
  மாதம் / Assessment month, செலுத்திய தொகை / Amount Paid, பரிவர்த்தனை எண் / Transaction ID, தேதி / Date and
  முறை / Mode in chequered fields); the water tanker's chit for the curing tanks in a Tamil hand with no
  reference (his Tamil name over his English; "தேதி" and the day, the loads with their count and rate,
  "மொத்தம்"; "ரொக்கம் பெற்றேன்" (I received cash)); Airtel Thanks with the Mahal's Xstream Fiber bill payment
  failed (Bharti Airtel Ltd. under the app's bar, a red ribbon, the sum, a notice; Account No. and Transaction
  ID, Paid via and Attempted on two to a row); the Karaikudi City Municipal Corporation's water charges
  e-receipt under its Tamil name (Payment Successful; Receipt No. :, Assessment No. :, Name :, Period :,
  Amount :, Transaction ID :, Mode : and Date : with colons; its QR code); Paytm's Bharat BillPay receipt for
  the Mahal's meter (a large round tick, Bill payment successful, the sum; Biller, Consumer No., B-Connect Txn
  ID, Order ID, Payment mode and Date striped); the Vi app with the Mahal's postpaid bill under "Today,
  <hour>" (Vodafone Idea Ltd. under the app's bar, Payment successful in a capsule, the sum; Transaction ID,
  Mobile No., Paid via and Plan against a gutter; no day); TNEB Mobile with the Mahal's bill pending (TNPDCL
  under the app's bar, Payment pending, the sum over a progress bar, a notice; Service No. and Amount,
  Transaction ID and Mode, Initiated on two to a row); the Indane distributor's cash memo for the makers'
  canteen's commercial cylinder (INDANE over the distributor; Cash Memo No. and Date, Consumer No.; Product |
  Qty | Rate (incl. GST) | Amount on hairline rows and its Total; "Paid by UPI, Ref ..." typed; its barcode
  and number).

* ``bank_alerts``: The banks' alerts of the firm's payments: Tamil Nadu Grama Bank's SMS in Tamil in a bubble
  under its day divider ("அன்புள்ள வாடிக்கையாளரே, உங்கள் கணக்கு XX1234 இலிருந்து <dd-mm-yyyy> அன்று UPI மூலம்
  <PAYEE> க்கு ரூ.x அனுப்பப்பட்டது. குறிப்பு எண் ... -TNGB" (dear customer, Rs. x was sent from your account
  XX1234 on <day> by UPI to <PAYEE>)); Indian Bank's SMS ("Your A/c XXXXX1234 is debited for Rs.x on
  <dd-Mon-yyyy> towards NEFT to <PAYEE>. UTR No .... Not you? Call ... -Indian Bank"); Indian Overseas Bank's
  alert on the lock screen over a WhatsApp message ("IOB • now", "Rs.x debited from A/c XX1234 by IMPS to
  <PAYEE>. IMPS Ref ... -IOB"; no day); Karur Vysya Bank's SMS ("IMPS of Rs.x from A/c XX1234 to <PAYEE> on
  <dd/mm/yyyy> FAILED. Amount, if debited, will be reversed. Ref ... -KVB"); City Union Bank's WhatsApp
  banking under its day divider ("Your RTGS of Rs.x to <PAYEE> from A/c XX1234 on <dd-mm-yyyy> is under
  process. UTR ...."); HDFC Bank's InstaAlert mail with no reference ("Rs.x has been debited from your account
  XX1234."; Date, To, Mode and Amount in dot leaders); Tamilnad Mercantile Bank's SMS ("Rs.x debited from your
  A/c XXX1234 on <dd-mm-yy> by UPI to <PAYEE>. UPI Ref .... Not you? Call ... -TMB"); Bank of India's SMS
  ("BOI - Rs.x debited via IMPS to <PAYEE> from A/c **1234 on <dd/mm/yyyy>. Ref No .... If not done by you,
  call ...").

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Tamil and Noto Serif Tamil
(regular and bold, fonts-noto-core; heldout316's runs) for the Tamil lines, the Tamil hand in Noto Sans Tamil
beside an upright FreeSans; italics and obliques for the Latin hand (``heldout327_families.PENS``) and a
fixed-width face of the page's own (``heldout327_families.TYPES``). Tamil on the papers: the firm's, the
Mahal's, Poompuhar's, the temple committee's, the co-operative bank's, the village panchayat's, the exhibition
committee's, TNPDCL's, the Karaikudi corporation's, the sand supplier's and the water tanker's names over or
under their English (ஸ்ரீ முத்து விநாயகர் ஆத்தங்குடி டைல்ஸ், செட்டிநாடு டைல் மஹால், தமிழ்நாடு கைத்திறத்
தொழில்கள் வளர்ச்சிக் கழகம், அருள்மிகு கைலாசநாதர் திருக்கோயில் திருப்பணிக் குழு, சிவகங்கை மாவட்ட மத்திய
கூட்டுறவு வங்கி, ஆத்தங்குடி ஊராட்சி, மதுரை சித்திரைப் பொருட்காட்சிக் குழு, தமிழ்நாடு மின் பகிர்மானக் கழகம்,
காரைக்குடி மாநகராட்சி, ஸ்ரீ கருப்பர் மணல் சப்ளை, ஸ்ரீ அய்யனார் தண்ணீர் சப்ளை), the motto, headings (ரொக்கப்
பட்டியல், cash bill; ரசீது, receipt; கூலிக் கணக்கு, wage account; பொங்கல் முன்பணம், Pongal advance; வருகை
மற்றும் கூலி அட்டை, attendance and wage card; பணம் செலுத்தப்பட்டது, payment made; சித்திரைப் பொருட்காட்சி, the
Chithirai exhibition; தமுக்கம் மைதானம், மதுரை, the Tamukkam ground, Madurai), chequered fields' labels (UPI
பரிவர்த்தனை ஐடி, UPI transaction ID; தேதி, நேரம், date, time; கணக்கிலிருந்து, from account; தேதி, date; பெயர்,
name; பணியாளர், maker; மாதம், month; பயனாளி, beneficiary; கணக்கு எண், account no.; தொகை, amount; அனுப்புநர்,
remitter; ரசீது எண், receipt no.; வரி விதிப்பு எண், assessment no.; உரிமையாளர், owner; அரையாண்டு, half year;
முறை, mode; பரிவர்த்தனை எண், transaction no.; மின் இணைப்பு எண், service connection no.; கணக்கீட்டு மாதம்,
assessment month; செலுத்திய தொகை, amount paid), a hand's words (மொத்தம், total; ரொக்கமாகப் பெற்றோம், we
received it in cash; ரொக்கம் பெற்றுக்கொண்டேன், I received it in cash; ரொக்கம் பெற்றேன், I received cash; UPI
மூலம் கொடுத்தது, paid by UPI; தேதி, date; பொங்கல் பண்டிகைக்காக, for the Pongal festival; ரொக்கம், cash;
முன்பணமாகப் பெற்றுக்கொண்டேன், I received it as an advance; லோடு, load; லாரி வாடகை, the lorry's hire; ஆற்று
மணல், river sand; ஜல்லி, gravel; தண்ணீர் லாரி, water lorry; எண், pieces; நாள், days; டைல் அச்சு அடித்தல்,
pressing tiles; வண்ணம் ஊற்றுதல், pouring the colour; தொட்டியில் கியூரிங், curing in the tank; பாலிஷ்,
பேக்கிங், polishing, packing; டைல் கோஸ்டர் செட், a set of tile coasters; சுவர் அலங்கார டைல், a wall tile;
மாதிரி டைல் பெட்டி, a box of sample tiles; கோலம் டைல், a kolam tile; மயில் பார்டர் டைல், a peacock border
tile; முத்து விநாயகர் டைல்ஸ், ஆத்தங்குடி and டைல்ஸ் கம்பெனி, ஆத்தங்குடி, the firm written to), a letter's
words (ந.க. எண், letter no.; நாள், date; பெறுநர், to; உரிமையாளர் அவர்கள், the proprietor; மேலாளர், manager;
பொருள், subject; தொடர்பாக, regarding; அய்யா, sir; அன்று, on the day; மூலம், by; தங்கள் வங்கிக் கணக்கில் வரவு
வைக்கப்பட்டுள்ளது, has been credited to your bank account; அரங்கு எண், stall no.; வாடகைத் தொகை, rent;
ரொக்கமாகச் செலுத்தியுள்ளீர்கள், you have paid in cash; நன்றி, thanks; செயலாளர், secretary; ஒருங்கிணைப்பாளர்,
convener), an app's and a chat's words (பணம் செலுத்தப்பட்டது, payment made; <payee> க்கு, to <payee>; அண்ணா,
அச்சு பில் அனுப்பியிருக்கேன், brother, I have sent the stencil bill; கிடைச்சது, நன்றி, got it, thanks; நன்றி,
மீண்டும் வருக, thank you, come again) and a bank's SMS (அன்புள்ள வாடிக்கையாளரே, dear customer; உங்கள் கணக்கு
... இலிருந்து, from your account ...; <day> அன்று, on <day>; UPI மூலம், by UPI; <PAYEE> க்கு, to <PAYEE>;
ரூ.x, Rs. x; அனுப்பப்பட்டது, was sent; குறிப்பு எண், reference no.). The Chithirai stall's cash bill and its
Paytm card machine are drawn in the exhibition's days on the Tamukkam ground (24 April to 8 May 2026), the
committee's stall letter in the week before (16 to 22 April); the Pongal advance in the week before Pongal (7
to 13 January 2026); the Labour Welfare Board's contribution in January (2 to 30 January); the Mahal's tax
invoice and its ICICI Bank terminal never take a payment on a Tuesday (one drawn on a Tuesday moves to the
Monday before, its reference made again for that day); the other days anywhere in 2026. GST is 18% on the
firm's tiles (articles of cement, HSN 6810; CGST 9% and SGST 9% to a Tamil Nadu buyer, Poompuhar and the PWD
keeping TDS under GST of 2% of each bill's taxable value), 18% on the cement (HSN 2523, since September 2025),
the courier's freight and the general insurance premiums (inside the sum but on the fire policy's CGST 9% and
SGST 9%), 5% on the mess' food, none on the proprietor's family health and life policies (an individual's,
exempt since September 2025); the makers' wages, the hand-written chits, the stall's rent and the welfare fund
carry none.

Truth conventions (heldout325's, heldout324's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): "Paid
  to <payee>" on PhonePe's ticket, "to <payee>" on BHIM's sheet (the payee's name on the dimmed page over it
  the same), Kotak811 and MobiKwik, IndPay's Paid to over its label, KVB DLite's Paid to; the Mahal, the firm,
  the firm as a bank's field cuts it (SRI MUTHU VINAYAGAR ATHAN) or its short name; never the app, the payer,
  a UPI ID or the initials in a badge. *settled* (heldout305's and heldout316's Tamil, as heldout325's
  Gujarati and heldout324's Telugu Google Pay): Google Pay set in Tamil pays the name before its "க்கு" (to),
  "<payee> க்கு" under the sum. *settled* (heldout268 to heldout325): a receiving business's own app pays the
  business named under the app, here the Mahal under BharatPe for Business' bar and under Khatabook's (never
  the app, "From <buyer>" or the customer). *settled* (heldout167 to heldout325): a payer's advice pays the
  one it pays, never the payer on top or a salutation; here the firm under Poompuhar's "To," (never Poompuhar
  or its Tamil name), the PWD advice's typed Payee, ENet's Beneficiary Name and FedCorp's Beneficiary, Zoho
  Books' Paid To (never the architects on top), Cashfree's Beneficiary (never Cashfree or the builder), the
  payee in the Teams message ("Paid Rs.x to <payee> by NEFT"; never its writer or the channel); *settled*
  (heldout300): the firm after "M/s" is the firm without its "M/s"; *settled* (heldout325's temple trust's and
  heldout324's temple's letters): the temple committee's letter typed in Tamil pays the firm named under its
  "பெறுநர், உரிமையாளர் அவர்கள்," (To, the proprietor,), because its sentence says the sum "தங்கள் வங்கிக்
  கணக்கில் வரவு வைக்கப்பட்டுள்ளது" (has been credited to your bank account); never the committee or its
  செயலாளர். *settled* (heldout272, heldout277, heldout287 and heldout303 to heldout325): a name's line in
  Tamil over or under its English (ஸ்ரீ முத்து விநாயகர் ஆத்தங்குடி டைல்ஸ், செட்டிநாடு டைல் மஹால் and the rest)
  is the name's line in the region's language and never the merchant. *settled* (heldout155 to heldout325): an
  inward wire pays the firm as the bank prints it, here Chase's Recipient, Barclays' and OCBC's Beneficiary
  (Name), the name after "to" on Maybank2u Biz and ADCB, CommBiz' Payee, Zürcher Kantonalbank's Beneficiary;
  *settled* (new here) the name after "au profit de" (in favour of) in BNP Paribas' French sentence, because
  it names the transfer's beneficiary as heldout325's Danish "til" (to) does; never the payer, its bank or its
  town. *settled* (heldout175 to heldout325): the firm's own paper pays the Mahal or itself on top, here
  CHETTINAD TILE MAHAL on its tax invoice and its Chithirai cash bill (never its Tamil name, "A unit of", its
  Buyer or the bill's பெயர் / Name written in), the Mahal on top of CCAvenue's and Razorpay's pages (never the
  gateway), the firm on top of its receipt's carbon copy (never Received with thanks from) and typed on top of
  its invoice on continuous stationery (never its BUYER); *settled* (heldout285 and heldout303 to heldout325's
  payout mails) IndiaMART's Seller as printed. *settled* (heldout187 to heldout325): a supplier's name on top
  of its own paper, here SRI RAMANA CEMENT AGENCIES (never its Buyer), SRI KARUPPAR SAND SUPPLY under its
  Tamil name (never the firm written to), VASANTH OXIDES & PIGMENTS on top of its statement of account (never
  the statement's "- <firm>"), ST COURIER PVT LTD on top of its counter's roll (*settled* heldout323's DTDC
  and heldout325's Delhivery: the carrier's), KARAIKUDI GLASS HOUSE on top of its Refrens page (never
  Refrens), SRI MURUGAN ENGINEERING WORKS (never its M/s written in), SIVAKASI ARASAN OFFSET on top of its
  receipt voucher (never "Received with thanks from M/s <firm>"); OfBusiness' Sold by (*settled* heldout305 to
  heldout325's marketplaces' sellers; never the marketplace). *settled* (heldout179 to heldout325): a banking
  page pays the payee, here IndOASIS', CUB's and Kotak Biz' Beneficiary, FedNet's Beneficiary Name, the name
  after "to" on KVB DLite Business and YONO Business, the பயனாளி / Beneficiary written on the co-operative
  bank's application (never its அனுப்புநர் / Remitter), the smith on top of the Google Pay chat (*settled*
  heldout275's and heldout308's to heldout325's chats). *settled* (heldout150 to heldout325): a pay slip pays
  the worker, here the பணியாளர் / Maker written in the wage account's field, the maker's name written under
  her signature on the Pongal advance, the attendance card's Name, the name after "To" or "to" on Google Pay
  and Airtel Payments Bank, the maker on top of PagarBook's page, Saral PayPack's Employee, the wage voucher's
  Paid to. *settled* (heldout153 to heldout325): a fee page pays the authority as printed, here Athangudi
  Village Panchayat (never its Tamil name or உரிமையாளர் / Owner), Tamil Nadu Pollution Control Board (never
  its Unit Name), the Karaikudi City Municipal Corporation under TN Urban e-Sevai's bar (never the app), EPFO
  on top, the TAMIL NADU LABOUR WELFARE BOARD (never its Establishment), the Registration Department printed
  under TNREGINET (*settled* heldout316: never TNREGINET), the e-Sevai roll's DEPARTMENT (*settled* heldout317
  and heldout324's MeeSeva: never e-Sevai); *settled* (heldout325's Navratri committee's letter) the Madurai
  Chithirai Exhibition Committee on top of its stall letter, never the Mahal under its "பெறுநர், மேலாளர்,",
  because its sentence says "தாங்கள் ... ரொக்கமாகச் செலுத்தியுள்ளீர்கள்" (you have paid in cash), the one
  written to being the payer. *settled* (heldout199 to heldout325): an insurer's receipt pays the insurer on
  top (full or short as printed), under its app's bar (Bajaj Allianz General Insurance, Aditya Birla Health
  Insurance Co. Ltd.) or signing its SMS (SBI Life). A slip's counter name line as printed (CHETTINAD TILE
  MAHAL, CHETTINAD TILE MAHAL - EXPO, MEENAKSHI HARDWARES, SRI ANDAVAR FUELS), never *settled* the terminal's
  brand or bank over it (ICICI BANK, Paytm, Mswipe, IndianOil); the Chettinad mess on top of its bill; IRCTC
  on top of its reservation slip (*settled* heldout323: the carrier's); the name after "at" in HDFC Bank's
  card SMS (*settled* heldout299 to heldout325's card SMS); OneCard's merchant line over its town. A utility's
  biller as printed: Tamil Nadu Power Distribution Corporation Ltd. on top of its receipt (never its Tamil
  name), the water tanker's name on top (never the firm written to), Bharti Airtel Ltd. under Airtel Thanks'
  bar, Vodafone Idea Ltd. under Vi's bar and TNPDCL under TNEB Mobile's (*settled* heldout285, heldout301 and
  heldout303 to heldout325: the company, never the app), KARAIKUDI CITY MUNICIPAL CORPORATION on top of its
  water charges (never its Tamil name or its Name :), Paytm's Biller (never Paytm or Bharat BillPay);
  *settled* (new here) the Indane distributor on top of its cash memo, never INDANE printed over it, because
  the distributor sells the cylinder and takes the money under the brand, as a slip's counter line under its
  terminal's brand. An SMS, mail, notification or message's payee as the bank sends it (*settled*, the
  truncated name as printed, without the sentence's full stop): Indian Bank's "towards NEFT to <PAYEE>. UTR",
  Karur Vysya Bank's "to <PAYEE> on", Tamilnad Mercantile Bank's "by UPI to <PAYEE>. UPI Ref", Bank of India's
  "via IMPS to <PAYEE> from A/c", City Union Bank's "to <PAYEE> from A/c", HDFC Bank's mail's To, Indian
  Overseas Bank's "by IMPS to <PAYEE>. IMPS Ref"; Tamil Nadu Grama Bank's Tamil SMS the name before its "க்கு"
  (*settled* heldout305 and heldout316); *settled* (heldout322's lock screen and heldout294's and heldout325's
  heads-up banners) IOB's alert on the lock screen reads as the SMS it sends, the hour over it and the
  WhatsApp message under it carrying no fact; *settled* (heldout320's and heldout325's WhatsApp banking) City
  Union Bank's WhatsApp message reads as its SMS.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*); BharatPe's "+<sum>" on
  the payment's row (*settled* (new here): the plus sign is the app's mark of money received, not part of the
  sum, as a credit's "Cr"). *settled* (heldout152 to heldout325): a payer's advice counts its net sum, here
  Poompuhar's Total Net Paid (the net printed in its box the same; never a bill's Bill Amount, TDS 2% or a
  row's Net Paid), the PWD advice's Net Amount (never its Gross Amount or GST TDS 2%), ENet's and FedCorp's
  Amount, Zoho Books' Amount Paid on its panel (never a bill's Amount Paid), Cashfree's Amount, the Rs.x in
  the Teams message, the Rs. x/- in the temple committee's sentence. *settled* (heldout155 to heldout325): an
  inward wire's foreign sum, here US dollars (USD or US$), pounds (GBP or the pound's sign), Singapore dollars
  (SGD or S$), Australian dollars (AUD or A$), dirhams (AED) with English grouping; ringgit (MYR or RM,
  *settled* heldout216); euros the French way, a space between the thousands and a comma before the cents (4
  250,00 EUR or 4 250,00 € is 4250.00, *settled* heldout324); Swiss francs the Swiss way (CHF 1'568.68,
  *settled* heldout269); never Charges, Fees or Frais. *settled* (heldout175 to heldout325): a receipt counts
  the sum received, here the tax invoice's Invoice Total (Rs.) (never its Taxable value, CGST or SGST or a
  line's Amount), the cash bill's "மொத்தம்" (total) written at its line's end, CCAvenue's Amount, IndiaMART's
  Settlement amount (never its Order value or Platform fee, *settled* heldout324's Flipkart Net settlement),
  the Rs. written in the receipt's box (its words the same), Khatabook's sum (never its Balance), the Razorpay
  link's sum, the invoice's GRAND TOTAL (never its TAXABLE VALUE, CGST, SGST or a line's AMOUNT). A whole sum
  closed with /- is that sum in whole rupees (*settled* heldout259). *settled* (heldout187 to heldout325): a
  supplier's paper counts the sum paid, here the cement dealer's Invoice Total (never its Taxable Value, CGST
  or SGST), the sand supplier's "மொத்தம்" (never a load's figure or the lorry's hire), the statement of
  account's credit on the payment's row (*settled* heldout267: never its Opening balance, a Debit or the
  Closing balance), OfBusiness' Amount, ST Courier's TOTAL (never its FREIGHT or GST 18%), the Refrens page's
  sum, the smith's Total, the receipt voucher's Rs. in its box. A banking page's sum (the தொகை / Amount Rs.
  written in the co-operative bank's field; Kotak Biz' sum on its panel). *settled* (heldout167 to
  heldout325): a pay slip's net sum, here the wage account's "மொத்தம்" (never a line's count, rate or sum),
  the Pongal advance's ரூ. x/- written, the attendance card's Total wage (never its Rate per tile or a day's
  or the week's tiles), the sums on Google Pay, PagarBook and Airtel Payments Bank, Saral PayPack's Net Pay on
  its panel (never an earning, the Gross earnings or a deduction), the wage voucher's Amount (never its Tiles
  or Rate). A fee page's தொகை / Amount, Amount, the sum large, Total Amount (EPFO's; the Labour Welfare
  Board's, never its Employee or Employer Contribution alone, *settled* heldout322), the Rs. x/- in the
  committee's letter; *settled* (new here) the e-Sevai roll's TOTAL, never its FEE or SERVICE CHG alone,
  because the one cash payment at the counter moved the department's fee and the centre's charge together (as
  heldout325's LIC premium with its late fee). An insurer's premium with its GST where it carries one
  (*settled*), here New India's Total Premium (never its Premium, CGST @ 9% or SGST @ 9%), TATA AIG's and
  ICICI Lombard's Premium (incl. GST), Bajaj Allianz' Premium, Digit's, Aditya Birla Health's and Kotak
  General's sums, the Rs.x in SBI Life's SMS. A slip's SALE AMOUNT and AMOUNT (never the fuel slip's RATE or
  VOLUME), the mess' Grand Total (never its Sub Total, CGST, SGST or a dish, *settled* heldout323 and
  heldout324's restaurants' bills), IRCTC's Total Fare (never its Ticket Fare or Convenience Fee, *settled*
  heldout323), the Rs. x in HDFC Bank's SMS, OneCard's sum large. A utility's செலுத்திய தொகை / Amount Paid,
  the sums large, Amount :, the tanker's "மொத்தம்", the Indane memo's Total (never its Rate). An alert's sum
  debited, sent, failed or in process as worded (grouped the Indian or the English way or not at all), the
  ரூ.x in Tamil Nadu Grama Bank's Tamil SMS. Currency INR but on the wires.

* status: as printed. PhonePe's Transaction Successful, IndPay's Payment successful, KVB DLite's Transaction
  Successful, MobiKwik's Payment Successful successes; Google Pay's Tamil "பணம் செலுத்தப்பட்டது" (payment
  made) a success (*settled* heldout316's BHIM set in Tamil); *settled* (new here) BharatPe's "Received in
  your bank account" a success, because it is the receiving app's own word that the money came in, as
  heldout325's PhonePe Business' Payment received; BHIM's Payment processing pending; Kotak811's Payment
  failed failed. A payer's own record of the payment made (*settled*): Poompuhar's "The above amount has been
  credited to your account by NEFT, UTR ...", the PWD advice with its UTR No. and Credit Date, Zoho Books' "We
  have made a payment" with its Reference#, Cashfree's Transfer successful successes; *settled* (heldout286,
  heldout299, heldout301 and heldout303 to heldout325's chats and messages) the Teams message's "Paid Rs.x
  ..." a success; *settled* (heldout325's and heldout324's temple letters) the committee's "... வரவு
  வைக்கப்பட்டுள்ளது" (has been credited) a success; ENet's Pending with checker pending (*settled*: a transfer
  not yet sent is a wait); FedCorp's NEFT returned failed (*settled* heldout325's Canara Bank). A wire's Chase
  Completed, OCBC's Transaction successful, Maybank's Successful, ADCB's Transfer successful, Zürcher
  Kantonalbank's Payment executed successes; *settled* (new here) BNP Paribas' "Virement exécuté" (transfer
  executed, the French alone) a success, as heldout325's Danish "Overførsel gennemført" alone; Barclays'
  Awaiting release pending; CommBiz' Payment unsuccessful failed. A receipt's "Paid by UPI, UTR ...",
  IndiaMART's Payment settled (*settled* heldout311 to heldout325's marketplaces' payouts), the receipt's "by
  NEFT" written with its UTR, Khatabook's Payment received, the invoice's "RECEIVED BY <NEFT or RTGS> UTR ...
  ON <day>" successes; *settled* (heldout316's "ரொக்கமாகப் பெற்றோம்") the cash bill's "ரொக்கமாகப் பெற்றோம்"
  (we received it in cash) a success paid in cash; the Razorpay link's Payment processing pending; CCAvenue's
  Transaction Declined failed. A supplier's paper: the accountant's sticky note "Paid NEFT" with its day and
  UTR (*settled* heldout275's sticky note), the sand supplier's "ரொக்கம் பெற்றுக்கொண்டேன்" (*settled*
  heldout316), the oxide dealer's "Thank you for your payment" with its credit (*settled* heldout267), ST
  Courier's roll with its PAID BY : UPI and UPI REF (*settled* heldout320 and heldout325: a carrier's booking
  printed once its freight is paid), the smith's "Recd. by GPay, Ref ..." written, the receipt voucher's
  "Received with thanks ... by NEFT, UTR ..." successes; the Refrens page's Payment processing pending;
  OfBusiness' PAYMENT FAILED failed. A banking page's IndOASIS Transaction Successful, the co-operative bank's
  "Sent, UTR ..." written by its clerk (*settled* heldout310's to heldout325's co-operative banks), YONO's
  Success, the Google Pay chat's Paid card with the smith's reply "கிடைச்சது, நன்றி" (got it, thanks), Kotak
  Biz' Transfer successful, FedNet's "processed successfully" successes; CUB's RTGS under process pending; KVB
  DLite Business' Transaction Failed failed. A pay slip's "UPI மூலம் கொடுத்தது, Ref ..." (paid by UPI) written
  on the wage account (*settled* (new here): a success paid by UPI, because it is the payer's own note that
  the wage was given by UPI with its reference, as heldout320's and heldout325's Gujarati "UPI થી ચૂકવ્યા"),
  the Pongal advance's "ரொக்கம் முன்பணமாகப் பெற்றுக்கொண்டேன்" (I received it in cash as an advance, *settled*
  heldout316's Pongal advance), the attendance card's Paid by NEFT with its UTR, PagarBook's "Paid via UPI |
  UPI Ref ...", Saral PayPack's "Paid via NEFT on <day>, UTR ...", the wage voucher's Paid by IMPS with its
  IMPS Ref successes; Google Pay's Processing pending; Airtel Payments Bank's Payment failed failed. A fee
  page's "பணம் செலுத்தப்பட்டது / Payment Successful", TNPCB's Payment Successful, TN Urban e-Sevai's Trade
  licence renewed, the Labour Welfare Board's receipt with its Payment Mode and Bank Ref. No. (*settled*: a
  fee's receipt printed once paid), the e-Sevai roll's MODE : CASH successes; *settled* (heldout325's Navratri
  committee's letter) the exhibition committee's "... ரொக்கமாகச் செலுத்தியுள்ளீர்கள்" (you have paid in cash)
  a success paid in cash; EPFO's Awaiting confirmation from bank pending; TNREGINET's Transaction Failed
  failed. An insurer's New India "Received with thanks", TATA AIG's "We have received your premium", Aditya
  Birla Health's Renewal successful, SBI Life's "has been received", ICICI Lombard's and Kotak General's
  Premium received successes; Digit's Payment under process pending; Bajaj Allianz' Payment failed failed. A
  slip's APPROVED, the mess' "Paid: Card" with its Appr. Code, IRCTC's Booking Confirmed, OneCard's
  Successful, HDFC Bank's "Thank you for using HDFC Bank Card ... for Rs. x" (*settled*) successes; Paytm's
  TXN STATUS : PENDING with DO NOT RETRY pending (*settled* heldout282 and heldout299 to heldout325: the
  terminal got no answer); Mswipe's TRANSACTION DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's "பணம்
  செலுத்தப்பட்டது / Payment Successful", the tanker's "ரொக்கம் பெற்றேன்" (*settled* heldout316's "ரொக்கம்
  பெற்றேன்"), the water charges' Payment Successful, Paytm's Bill payment successful, Vi's Payment successful,
  the Indane memo's "Paid by UPI, Ref ..." successes; TNEB Mobile's Payment pending pending; Airtel Thanks'
  PAYMENT FAILED failed. *settled*: an SMS, mail, notification or message's debit a success whatever its
  bank's wording (Indian Bank's "is debited for", Tamilnad Mercantile Bank's, Bank of India's and IOB's
  "debited", HDFC Bank's "has been debited"); Tamil Nadu Grama Bank's Tamil "அனுப்பப்பட்டது" (was sent) a
  success (*settled* heldout316); City Union Bank's "is under process" pending (as heldout280's to
  heldout325's "in process"); Karur Vysya Bank's "FAILED. Amount, if debited, will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: Google Pay's தேதி, நேரம் / Date and time, the day under
  PhonePe's Transaction Successful, BHIM's Initiated, Kotak811's, KVB DLite's and MobiKwik's Date, IndPay's
  Date & time; BharatPe's Today tab prints no day (*settled*, the apps' "Today"). Poompuhar's Date on its
  No.'s line and the day in its sentence (the same; never a Bill Date; its stamp's day the same), the PWD
  advice's Credit Date (*settled* (new here): never the day on the fax machine's line across its top, because
  that is the day the advice was faxed, not the day the money was credited), ENet's Value Date, Zoho Books'
  Payment Date (never a Bill Date), the day the committee's sentence names ("<day> அன்று", on <day>; its ந.க.
  எண் line's நாள் the same day), FedCorp's Value Date, Cashfree's Processed on; the Teams channel under its
  "Today" divider prints no day (*settled*, the chats' "Today"). A wire's Chase Send date in words month first
  (*settled* heldout272 to heldout325), Barclays' Payment date day first or in words, OCBC's Value Date,
  Maybank's Date, CommBiz' Payment date, the day in BNP Paribas' sentence ("exécuté le <dd/mm/yyyy>", executed
  on <day>), Zürcher Kantonalbank's Execution date (day first with points); ADCB's "Today, <hour>" prints no
  day. A receipt's Date on the tax invoice, the தேதி / Date written in the cash bill's field, CCAvenue's Date,
  IndiaMART's Settlement date, the Date written on the receipt's carbon copy, the Razorpay link's Initiated
  on, the invoice's DATE and the day in its "RECEIVED BY ... ON <dd/mm/yyyy>" (the same); Khatabook's entry
  under its "Today" divider prints no day. The day on the cement dealer's sticky note (never its Invoice
  Date), the sand supplier's "தேதி" written, the statement of account's day on the payment's row (never its
  period's or an invoice's), OfBusiness' Attempted on, ST Courier's DATE, the Refrens page's Initiated on, the
  receipt voucher's Dated; *settled* (new here) the smith's bill prints no day, its Date printed with nothing
  written after it, because a form's blank is no day (the page's truth None as where no day is printed). A
  banking page's IndOASIS Date, KVB DLite Business' Date, CUB's Date, the தேதி / Date written in the
  co-operative bank's field (its stamp's day the same), the Google Pay chat's day divider (*settled*
  heldout322's to heldout324's chats under a dated divider), Kotak Biz' Date, FedNet's Transaction Date;
  YONO's "Today, <hour>" prints no day. A pay slip's "தேதி <day>" written under the wage account (never its
  மாதம் / Month, *settled* heldout273 and heldout303 to heldout325: never a month or a pay period), the Pongal
  advance's "தேதி <day>", the attendance card's Paid on (never the week's days), Google Pay's and Airtel
  Payments Bank's Date, the "on <dd/mm/yyyy>" in Saral PayPack's line (never the payslip's month), the wage
  voucher's Date; PagarBook's entry under its "Today" divider prints no day. A fee page's தேதி / Date (never
  its அரையாண்டு / Half Year), TNPCB's Payment Date, EPFO's Initiated on (never its Wage Month), the Labour
  Welfare Board's Payment Date (never its Year), the day the committee's letter names ("<day> அன்று"),
  TNREGINET's Date, the e-Sevai roll's DATE; TN Urban e-Sevai's "Today, <hour>" prints no day. An insurer's
  Receipt Date, Payment Date, Attempted on, Initiated on, the Date in Kotak General's ticket, the "on
  <dd/mm/yyyy>" in SBI Life's SMS (never the thread's divider); Aditya Birla Health's "Today, <hour>" prints
  no day. A slip's DATE, the mess' Date, IRCTC's Booking Date (never its Date of Journey, *settled* heldout302
  and heldout305 to heldout325), the "on <dd-mm-yyyy>" in HDFC Bank's SMS; OneCard's "Today, <hour>" prints no
  day. A utility's தேதி / Date (never its கணக்கீட்டு மாதம் / Assessment month), the tanker's "தேதி" written,
  Airtel's Attempted on, the water charges' Date : (never its Period :), Paytm's Date, TNEB Mobile's Initiated
  on, the Indane memo's Date; Vi's "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> அன்று" in Tamil
  Nadu Grama Bank's Tamil SMS (*settled* heldout316), "on <dd-Mon-yyyy>", "on <dd/mm/yyyy>", "on <dd-mm-yy>",
  City Union Bank's "on <dd-mm-yyyy>" in its message (never its chat's divider), HDFC Bank's mail's Date;
  IOB's lock screen "now" prints no day (*settled* heldout294's heads-up banner and heldout325's "now"). All
  numeric days here are day first (heldout251, heldout259). *settled*: never a Financial Year, a Half Year, a
  Month, a மாதம், a Wage Month, a Year, a Period, an Assessment month, an invoice's, a bill's, a due or a
  journey's day, a fax's or an e-mail's day or hour, the day inside a UTR (heldout210) or an app's, a
  portal's, a bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Poompuhar's, the PWD advice's, ENet's RTGS, Zoho
  Books', the temple committee's, the Teams message's NEFT, FedCorp's NEFT, Cashfree's IMPS; the receipt's
  NEFT, IndiaMART's settlement by NEFT (*settled* heldout311 to heldout325's marketplaces' payouts), the
  invoice's NEFT or RTGS; the cement dealer's, the statement's and the receipt voucher's NEFT or RTGS,
  OfBusiness' and the Refrens page's Net Banking; IndOASIS', KVB DLite Business', CUB's, the co-operative
  bank's, YONO's, Kotak Biz' and FedNet's transfers; the attendance card's and Saral PayPack's NEFT, the wage
  voucher's IMPS; TNPCB's, EPFO's, the Labour Welfare Board's and TNREGINET's net banking; New India's NEFT,
  Digit's and ICICI Lombard's Net Banking; the NEFT, IMPS and RTGS alerts); a SWIFT transfer either way
  (*settled*: Chase's Shared (SHA), Barclays', OCBC's, Maybank's, ADCB's and Zürcher Kantonalbank's SHA,
  CommBiz' transfer, BNP Paribas' SHA (partagés)). UPI for the UPI screens and BharatPe's "| UPI", the tax
  invoice's "Paid by UPI", Khatabook's "Online - UPI", the Razorpay link's Method UPI; ST Courier's PAID BY :
  UPI, the smith's GPay; the Google Pay chat's payment; the wage account's "UPI மூலம் கொடுத்தது", Google
  Pay's, PagarBook's and Airtel Payments Bank's UPI; the house tax' முறை / Mode UPI, TN Urban e-Sevai's UPI;
  TATA AIG's, Aditya Birla Health's, SBI Life's and Kotak General's UPI; Airtel's, the water charges',
  Paytm's, Vi's and the Indane memo's UPI; the UPI alerts. Card for CCAvenue's Credit Card, Bajaj Allianz'
  card, the slips, the mess' "Paid: Card", IRCTC's Credit Card, HDFC Bank's card SMS, OneCard, TNEB Mobile's
  Debit Card. Cash for a Tamil hand's "ரொக்கமாகப் பெற்றோம்", "ரொக்கம் பெற்றுக்கொண்டேன்" and "ரொக்கம் பெற்றேன்"
  (the cash bill, the sand supplier's chit, the tanker's chit, *settled* heldout316), the Pongal advance's
  "ரொக்கம் ... பெற்றுக்கொண்டேன்", the committee's letter's "ரொக்கமாகச் செலுத்தியுள்ளீர்கள்" (*settled*
  heldout325's Navratri committee's letter), the e-Sevai roll's MODE : CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout325): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay's UPI பரிவர்த்தனை ஐடி / UPI transaction ID (*settled*
  heldout321: a bilingual label read as its English), PhonePe's UTR (above its Transaction ID), BHIM's,
  Kotak811's and IndPay's UPI Ref No., MobiKwik's UPI Ref. No. (above its MobiKwik Txn ID), BharatPe's UTR;
  Poompuhar's UTR in its sentence, the PWD advice's UTR No., Zoho Books' Reference# (above its Payment#), the
  Teams message's UTR, Cashfree's UTR (above its Transfer ID); the tax invoice's UTR, IndiaMART's UTR (above
  its Order ID), the receipt's UTR written (above its No. struck in red), Khatabook's UPI Ref, the invoice's
  UTR in its RECEIVED line (above its INVOICE NO); the UTR on the cement dealer's sticky note, the statement's
  NEFT or RTGS reference on the payment's row, ST Courier's UPI REF (never its CN NO, *settled* heldout274,
  heldout299 and heldout303 to heldout325: a consignment's number), the smith's Ref written (above his Bill
  No.), the receipt voucher's UTR in its sentence (above its No.); the banking pages' UTR No., IMPS Ref No.,
  UTR, FedNet's Reference No. (its UTR) and the "Sent, UTR ..." the co-operative bank's clerk wrote; the wage
  account's Ref written in the Tamil hand, the attendance card's UTR, Google Pay's UPI transaction ID,
  PagarBook's UPI Ref, Saral PayPack's UTR, the wage voucher's IMPS Ref (above its Voucher No.); TATA AIG's
  UPI Ref No., New India's UTR (above its Receipt No.); a slip's RRN (above its APPR CODE and its INVOICE NO);
  the Indane memo's Ref (above its Cash Memo No.); the alerts' UTR, UTR No, IMPS Ref, UPI Ref, Ref and Ref
  No), then a bank reference (ENet's and FedCorp's Transaction Ref No., CUB's Reference No. (*settled*
  heldout323's neo and heldout325's Axis Mobile: a bank's own number for a transfer it has not yet sent), a
  wire's own reference whatever its label (Chase's Wire reference, Barclays' Payment reference, OCBC's
  Reference No., Maybank's Reference number, CommBiz' Payment ID, ADCB's Reference, Zürcher Kantonalbank's
  Reference), TNPCB's and the Labour Welfare Board's Bank Ref. No. (above their Receipt No.)), then a
  transaction / payment id (CCAvenue's Reference No. (above its Order No., the shop's own number for the
  order, *settled* heldout323's PayU ID and heldout325's Easebuzz ID), the Razorpay link's Payment ID, the
  Refrens page's Payment ID (above its invoice's number), the house tax' பரிவர்த்தனை எண் / Transaction ID
  (above its ரசீது எண் / Receipt No.), TN Urban e-Sevai's, TNREGINET's and the e-Sevai roll's Transaction ID
  or TXN ID, Airtel Payments Bank's Transaction ID, Bajaj Allianz', Digit's and Aditya Birla Health's
  Transaction ID, ICICI Lombard's Transaction Ref. (above its Receipt No.), Kotak General's Payment ID,
  Paytm's ORDER ID on its card machine, IRCTC's Transaction ID (above its PNR), OneCard's Transaction ID,
  TNPDCL's பரிவர்த்தனை எண் / Transaction ID, Airtel's, Vi's and TNEB Mobile's Transaction ID, the water
  charges' Transaction ID : (above its Receipt No. :), Paytm's B-Connect Txn ID (above its Order ID)), then an
  approval code (the mess' Appr. Code, above its Bill No.), then an order's number (OfBusiness' Order ID,
  IRCTC's PNR (*settled* heldout126 to heldout325: a booking's number as an order's)), then a document's own
  number (Zoho Books' Payment# (a payer's own number for its payment, *settled* heldout281, heldout295,
  heldout301 and heldout303 to heldout325), the tax invoice's Invoice No., the receipt's No. struck in red,
  the invoice's INVOICE NO, the cement dealer's Invoice No., the smith's Bill No., the receipt voucher's No.,
  the wage voucher's Voucher No., the Receipt Nos., Mswipe's INVOICE, the Indane memo's Cash Memo No.;
  *settled* (new here) EPFO's TRRN, because it numbers the challan when it is created before it is paid, as
  heldout304's to heldout325's CPIN). *settled*: never a card, account, phone or mobile number, a UPI ID,
  IFSC, GSTIN, PAN, a Udyam number, a Service No. or Consumer No. (a connection's number), an Account No., a
  Policy No., a Proposal No., an Application No. (*settled* heldout322's Aaple Sarkar Application ID), a
  Vehicle No., an Employee No., an Establishment ID, a Licence No. (*settled* (new here): the trade licence's
  number in the corporation's books, as a Tenement No., numbering the shop and not the payment), an Assessment
  No. (*settled* heldout325's Tenement No.: a property's number), a slip's MID / TID / BATCH, a consignment's
  CN NO, a bill of an advice (Poompuhar's, Zoho Books' and the receipt voucher's Bill No., *settled*
  heldout322), a letter's ந.க. எண் (its file number, *settled* heldout278, heldout303, heldout304 and
  heldout306 to heldout325), an advice's own No. (Poompuhar's No.) and *settled* (new here) the PWD advice's
  Bill No. and Token No., because they number the department's bill and the treasury's token for passing it,
  not the payment that the UTR numbers."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout327_families import (
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

SPLIT = "heldout327"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout324's and heldout325's: the screens in
# Noto Sans, DejaVu Sans Condensed, FreeSans, Noto Sans Display and Liberation Sans (liberation2); the pages
# in Noto Serif, DejaVu Sans, Liberation Serif (liberation2), DejaVu Serif Condensed, FreeSerif and Noto
# Sans; the firm's, its suppliers' and its makers' papers in DejaVu Serif, Noto Serif Display, Liberation
# Serif, Noto Serif and FreeSerif; the slips in four monos in another order; the Tamil runs of every page in
# Noto Sans and Noto Serif Tamil (``heldout327_families.SCRIPT_FACES``), beside them a pen's italic or
# oblique (``heldout327_families.PENS``) and a page's own fixed-width face (``heldout327_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
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


def make_heldout327_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout327 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

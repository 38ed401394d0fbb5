"""heldout308: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Rogan painting house's year of 2026 in Nirona, Kutch (Daud Khatri Rogan Art
House, દાઉદ ખત્રી રોગાન આર્ટ હાઉસ, a partnership firm, GSTIN 24AAJFD4172K1ZQ, Udyam UDYAM-GJ-05-0027318, with
Yusuf Ismail Khatri and Arif Ismail Khatri its partners, Yusuf's daughter Nazmin Khatri, who takes the export
orders and keeps the web shop and its Instagram, and Bhavesh Joshi, who keeps its accounts from Bhuj: in its
studio in Khatri Vas, Jusab Mamad boils the castor oil for two days in a pit outside the village until it sets
into rogan, the red ochre (hirmich), indigo, yellow earth, white, lamp black and green are ground into it and
the paste is kept under water in earthen pots; its painters, the women and young men of Nirona and the
villages round it whom the house has trained (Hawa Khatri, Sahera Khatri, Rukshana Node, Kankuben Marwada,
Bhavna Meghwal, Zubeda Sameja, Rinku Vankar and Asma Kumbhar among them), take a dab of paste on the palm and
draw it with an iron kalam into threads laid on dark cloth, paint one half of a motif and fold the cloth to
print the other: tree of life (kalpavriksh) panels, peacock and mandala wall pieces, framed miniatures,
cushion covers, table runners and stoles, stitched by Kishor Darji, the tailor, and framed in Bhuj; the castor
oil comes from an Anjar mill, the colours from a Bhuj colour dealer, the matka silk, cambric, khadi and mashru
from a Bhuj cloth merchant and kala cotton from a Bhujodi weavers' co-operative, the pots from a Lodai potter,
the kalams from Salemamad, Nirona's blacksmith, the frames from a Bhuj framer, the cartons from a Gandhidham
box maker, the gallery's lights from a Rajkot seller on IndiaMART and the certificates and hang tags from
Printo, and the parcels go by Shree Maruti Courier; its gallery on Craft Village Road, Kalpavriksh Rogan
Gallery, કલ્પવૃક્ષ રોગાન ગેલેરી, with Aamir Khatri and Dipti Gor at its counter and its Kutchi welcome "ભલે
પધાર્યા" over the door; stall C-27 in the Rann Utsav's crafts bazaar at the Tent City, Dhordo, from 1
November; rogan workshops for visitors; the web shop kalpavrikshrogan.in, Instamojo, Shopify and Easebuzz;
Garvi Gurjari (the Gujarat State Handloom & Handicrafts Development Corporation's emporia), an Ahmedabad
heritage hotel group, a Mumbai home store, a Delhi gifting firm, a Bhuj museum trust, a Bengaluru design
store, a Gurugram consultancy and a crafts marketplace at home, and galleries, museum shops and home stores in
Harrow, Nairobi, Kyoto, Zurich, Melbourne, Muscat, Amsterdam and Santa Fe abroad), told by the proofs of
payment it receives (buyers' Paytm for Business on the gallery's phone, Google Pay set in Gujarati, CRED,
Freecharge, slice, bob World, JioFinance and Google Pay's conversation with the gallery; Garvi Gurjari's
advice under its Gujarati name, a home store's Instagram direct messages, Axis Bank's neo for Corporates with
a gifting firm's NEFT returned, a hotel group's TallyPrime payment advice, a museum trust's letter, a design
store's QuickBooks bill payment, CitiDirect BE with a consultancy's NEFT pending bank processing and PayU
Payouts; NatWest, KCB, MUFG Bank, Zürcher Kantonalbank, NAB, Bank Muscat, ING and Bank of America for buyers
in Harrow, Nairobi, Kyoto, Zurich, Melbourne, Muscat, Amsterdam and Santa Fe in pounds, Kenyan shillings, yen,
Swiss francs, Australian dollars, Omani rials, euros and US dollars; the gallery's tax invoice under a rogan
tree of life, the Rann Utsav stall's cash memo in a Gujarati hand, a certificate of authenticity for a tree of
life, Instamojo's failed page, Shopify's order mail, Khatabook on the gallery's phone, Easebuzz's pending
checkout and a workshop ticket) and those it makes (the castor oil mill's invoice with a highlighter's stroke
and the accountant's note, the colour dealer's bahi page in a Gujarati hand, Printo's declined checkout, the
framer's bill with its total corrected, Shree Maruti Courier's roll, IndiaMART's pending order, the potter's
chit in a Gujarati hand and the cloth merchant's Vyapar invoice; Bank of Baroda's Baroda Connect, IDFC FIRST
Bank's app, Gujarat Gramin Bank's app in Gujarati, Canara ai1's bottom sheet, Indian Bank's IndOASIS,
OnlineSBI's e-Receipt, MobiKwik and the Kutch District Central Co-operative Bank's form for the oil mill, the
cloth merchant, the colour dealer, the framer, the box maker, the courier, the blacksmith and the weavers'
co-operative; a painter's wage account, Zoho Payroll's payslip, Paytm, a cash voucher to the rogan boiler, a
*99# dialog, Groww, PagarBook and PNB ONE; Gram Panchayat Nirona's house tax receipt from its book, the GST
portal's challan receipt, DGFT's pending certificate of origin fee, the Tourism Corporation of Gujarat's stall
rent receipt, Passport Seva, the Kutch District Panchayat's failed profession tax, Cyber Treasury Gujarat's
challan and ESIC's contribution; The New India Assurance's, Star Health's, Digit's, Tata AIG's, LIC's, Bajaj
General's, Niva Bupa's and ICICI Prudential Life's premiums; cards on the gallery's Paytm card machine and the
Rann Utsav stall's PhonePe card machine, at an Ahmedabad hotel's Axis Bank terminal, at a Bhuj hardware store,
on Alliance Air, on a Bhuj thali restaurant's POSist bill, in ICICI Bank's SMS and on OneCard's app; PGVCL,
Vi, IndianOil ONE, GTPL, JioFiber, a water tanker's card in a Gujarati hand, SBI FASTag and PGVCL's SMS; the
banks' SMS, Gujarat Gramin Bank's SMS in Gujarati, Bank of Baroda's heads-up notification, Axis Bank's mail,
Bank of Baroda's passbook page and IDFC FIRST Bank's notification on the lock screen). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout306's or heldout307's; where a kind of paper is one they also drew (a receiving business's own app, a
UPI app set in the region's language, an app's failure, pending, no-reference or "Today" page, a state crafts
corporation's advice, a payer's chat, an accounting program's remittance, a corporate bank's page with a
transfer waiting or sent back, a payer's letter or mail, a payout, a wire's page, a shop's tax invoice, a
festival stall's memo, a gateway's pending or failed page, a web shop's mail, a business's own app, a
supplier's invoice with its payment noted on it, a supplier's chit in a regional hand, a carrier's roll, a
marketplace's pending or failed order, a supplier's bill with its day left out, a bank's app or page in the
region's language, a bank's form filled in by hand, a bank's receipt with no reference, a piece work account,
a payslip, a worker's cash receipt or voucher, a receipt book's page, a treasury's or a portal's challan, a
tax or dues page pending or failed, an app's fee page, a premium receipt, an insurer's app, mail or SMS, a
marine cargo certificate, a card slip approved, pending or declined, a fare paid by card, a card issuer's app
or message, a restaurant's bill settled by card, a utility's receipt, app, mail or SMS, a refill's booking, a
hand-written monthly card, a bank's SMS in the region's language, a bank's mail, a phone's notification), it
is drawn here for another issuer in this set's own labels and marks, and near ones are noted: Paytm for
Business on the gallery's phone, where heldout307 and heldout306 drew PhonePe Business; Google Pay set in
Gujarati with its month's Gujarati name, where heldout307 drew Paytm set in Hindi and heldout306 BHIM set in
Marathi; CRED's "today, <hour>" on its dark screen, where heldout307 drew Airtel Thanks' "Today" and
heldout306 Amazon Pay's; Freecharge's pending with its stages across the page, where heldout307 drew BHIM's
pending and heldout306 PayZapp's in progress; bob World's failure under a large round cross with its details
in a table ruled on every side, where heldout307 drew PayZapp's under a round cross and heldout306 Bajaj
Finserv's under a large cross in such a table; JioFinance's "on <day> at <hour>", where heldout307 drew Bajaj
Finserv's; Google Pay's conversation with no reference (heldout275's chat card), where heldout307 drew Bajaj
Finserv's page and heldout306 BHIM's Marathi screen with none; Garvi Gurjari's PAYMENT ADVICE under its
Gujarati name with its bills on hairline rows, where heldout307 drew the U.P. Export Corporation's under its
Hindi name and heldout306 MSSIDC's under its Marathi name, both in tables ruled on every side; the home
store's Instagram thread, where heldout307 drew a Slack channel and heldout306 a Teams channel; Axis Bank's
neo with a NEFT returned on a tinted band, where heldout307 drew YONO Business' RTGS rejected and heldout306
YES CONNECT's NEFT returned; TallyPrime's payment advice mail and QuickBooks' bill payment mail, where
heldout307 drew Dynamics 365's remittance and Zoho Books' payment made and heldout306 Zoho Books' payment
made; the museum trust's letter with no reference, where heldout307 drew a boutique's letter and heldout306 a
home store's forwarded mail; CitiDirect BE's NEFT pending bank processing, where heldout307 drew ICICI Bank's
NEFT pending authorisation; PayU Payouts, where heldout307 drew Cashfree Payouts and heldout306 Open's payout;
NatWest's pounds, where heldout307 drew Barclays'; KCB's sentence with no reference, where heldout307 drew Al
Rajhi Bank's and heldout306 ASB's; MUFG Bank's typed statement, where heldout306 drew Bank of China (Hong
Kong)'s typed advice; Zürcher Kantonalbank's order pending, where heldout307 drew TD's wire pending approval
and heldout306 MCB's awaiting processing; NAB's dot leaders, where heldout307 drew DBS IDEAL's; Bank Muscat's
"Today", where heldout307 drew FAB's and heldout306 CBQ's; ING's transfer returned with each value over its
label, where heldout307 drew Deutsche Bank's returned and heldout306 DNB's returned so laid out; Bank of
America's wire month first, where heldout307 drew Wells Fargo's; the gallery's tax invoice under a rogan tree
of life, where heldout307 drew one under a chikan buti and heldout306 one under a row of Ganjifa cards; the
Rann Utsav stall's cash memo in a Gujarati hand on the painter's board, where heldout307 drew the Mahotsav
stall's memo in a Hindi hand on printed mul and heldout306 the Kala Ghoda stall's carbon copy; Instamojo's
failure in an octagon and Easebuzz's pending checkout, where heldout307 drew CCAvenue's failed page and
Razorpay's pending checkout and heldout306 CCAvenue's failure and PhonePe Payment Gateway's pending; Shopify's
order mail, where both drew WooCommerce's; Khatabook's "Today", where both drew Dukaan's; the castor oil
mill's invoice under a highlighter's stroke with the accountant's note, where heldout307 drew the Surat mill's
invoice with his note under a paper clip and heldout306 the lac dealer's with a sticky note; the colour
dealer's bahi page and the potter's chit in a Gujarati hand, where heldout307 drew the block printer's chit in
a Hindi hand and heldout306 the wood seller's in a Marathi hand; Printo's declined checkout, where heldout307
drew Vistaprint's and heldout306 Industrybuying's; the framer's bill with its Date left blank, where
heldout307 drew the dhobi's account and heldout306 the colour shop's bill with their days left as dots; Shree
Maruti Courier's roll, where heldout307 drew Delhivery's and heldout306 India Post's; IndiaMART's pending
order, where both drew Moglix'; Vyapar's invoice, where heldout306 drew a Busy receipt; Baroda Connect's
acknowledgement on hairline rows, where heldout307 drew HDFC Bank's NetBanking and heldout306 Bank of
Maharashtra's receipt in tables ruled on every side; IDFC FIRST Bank's NEFT in process with its stages top to
bottom, where heldout307 drew YES BUSINESS' NEFT in process and heldout306 iris' IMPS with its stages top to
bottom; Gujarat Gramin Bank's app in Gujarati and English, where heldout307 drew Baroda U.P. Bank's app in
Hindi and English; Canara ai1's bottom sheet with no reference, where heldout307 drew Cent Mobile's shared
receipt and heldout306 BOI Omni Neo's; IndOASIS' NEFT failed in an octagon, where heldout307 drew Vyom's and
heldout306 GO Mobile+'s in an octagon; MobiKwik's "Today", where heldout307 drew BOI Mobile Omni Neo's and
heldout306 Cosmos Bank's; the Kutch District Central Co-operative Bank's form in Gujarati and English fields,
where heldout307 drew the Lucknow District Co-operative Bank's and heldout306 the Sindhudurg district bank's;
the painter's wage account, where heldout307 drew a karigar's job card and heldout306 a turner's wage account;
Zoho Payroll's payslip, where both drew greytHR's; Paytm's failure and Groww's processing, where heldout307
drew iMobile Pay's failure and Navi's in progress and heldout306 Airtel Thanks' failure and PhonePe's pending;
the cash voucher to the rogan boiler with no reference, where heldout307 drew a karigar's Eid advance receipt
and heldout306 a Ganeshotsav advance receipt and a payment voucher pad; PagarBook's salary and PNB ONE's IMPS,
where heldout307 drew a wage envelope and Amazon Pay and heldout306 an attendance card and Axis Mobile; Gram
Panchayat Nirona's receipt book, where heldout307 drew Nagar Panchayat Kakori's and heldout306 the Forest
Department's; DGFT's pending fee, where heldout307 drew the Income Tax Department's pending advance tax and
heldout306 e-Pay Tax's; the District Panchayat's failed profession tax, where heldout307 drew the Legal
Metrology Department's failed fee and heldout306 MahaTraffic's; Cyber Treasury Gujarat's "Today", where
heldout307 drew e-Nagar Sewa UP's and heldout306 UMANG's; ESIC's challan, where heldout306 drew UMANG's EPFO
challan; The New India Assurance's receipt, where heldout307 drew SBI General's and heldout306 HDFC ERGO's;
Star Health's failure in read-only fields, where both drew Care Health's; Digit's "Today", where heldout307
drew Acko's and heldout306 ACKO's; Tata AIG's marine cargo certificate, where both drew IFFCO-Tokio's; LIC's
SMS, where both drew SBI Life's; Bajaj General's mail, where heldout306 drew HDFC Life's; Niva Bupa's group
health receipt, where heldout307 drew Future Generali's group personal accident receipt; ICICI Prudential
Life's premium under verification, where both drew Axis Max Life's in process; Paytm's card machine at the
gallery, where heldout307 drew Razorpay POS' and heldout306 BharatPe's at their shops; Axis Bank's hotel slip,
where both drew ICICI Bank's; PhonePe's card machine at the stall with the bank's answer awaited, where
heldout307 drew BharatPe's unknown and heldout306 Razorpay POS' unknown; Alliance Air's e-ticket, where
heldout307 drew Air India Express' booking and heldout306 MSRTC's e-ticket; Bank of Baroda's slip declined,
where heldout307 drew Canara Bank's and heldout306 State Bank of India's; POSist's thali bill, where both drew
Petpooja's; ICICI Bank's card SMS, where both drew HDFC Bank's; OneCard's app, where heldout307 drew Scapia's
and heldout306 BOBCARD's; PGVCL's receipt under its Gujarati name, where heldout307 drew MVVNL's under its
Hindi name and heldout306 MSEDCL's in Marathi cells; Vi's "Today", where heldout307 drew IndianOil ONE's and
heldout306 Airtel Thanks'; IndianOil ONE's refill paid in a table ruled on every side, where heldout307 drew
its "Today" and heldout306 Hello BPCL's pending refill; GTPL's pending over a progress bar, where heldout307
drew Green Gas' pending under a spinner; JioFiber's mail, where heldout306 drew Tata Play's; the water
tanker's card in a Gujarati hand, where heldout307 drew the newspaper hawker's card in a Hindi hand and
heldout306 a cable operator's receipt book; SBI FASTag's failure, where heldout306 drew ICICI Bank FASTag's;
PGVCL's SMS, where heldout307 drew MVVNL's; Gujarat Gramin Bank's SMS in Gujarati in a bubble, where
heldout307 drew Baroda U.P. Bank's SMS in Hindi in a bubble and heldout306 Saraswat Bank's in Marathi in a
card; the Kutch District Central Co-operative Bank's pending RTGS, where heldout307 drew Bank of Baroda's
pending RTGS and heldout306 the Sindhudurg district bank's; PNB's failure, where heldout307 drew Kotak's and
heldout306 Cosmos Bank's; SBI's NEFT SMS, where heldout307 drew SBI's UPI SMS; Axis Bank's mail with a table
ruled on every side, where heldout307 drew ICICI Bank's mail and heldout306 YES BANK's in such a table; Bank
of Baroda's heads-up notification and IDFC FIRST Bank's on the lock screen, where heldout307 drew Indian
Bank's in the pulled-down shade and heldout306 TJSB's on a smartwatch. Some of this set's issuers and kinds of
paper were drawn by sets before heldout306 (heldout270's, heldout281's and heldout289's Gujarati lines,
labels, hand and SMS; heldout281's Kutch and its Kenyan shillings, yen and Swiss francs; heldout237's and
heldout242's Omani rials; heldout273's euros the Dutch way; heldout271's passbook page and *99# dialog;
heldout275's Google Pay conversation, bahi page and corrected total; heldout287's lock screen; heldout294's
heads-up notification; heldout303's Digit; heldout304's and heldout305's New India, Freecharge, MobiKwik,
Groww and PNB ONE), and are drawn here in this set's own labels and arrangements; the families' docstrings
list each one's labels. This set draws kinds of row and page heldout306 and heldout307 do not: a rogan tree of
life as a letterhead's emblem (an arched panel of dark cloth, a trunk rising from a mound, paired branches
curling out with leaves, buds and flowers, a peacock at its foot and a flower of many petals at its top, each
stroke a raised thread of coloured paste with its shadow, the left half painted and the right half printed
from it by folding the cloth, a little paler, the fold's crease down the middle); a rogan border as a divider
(a creeper of yellow paste with leaves paired on it and rows of dots along its edges, folded likewise); castor
oil's spots soaked into a page's margins, dabs of paste with a thread drawn from one and the iron kalam laid
by; a page photographed lying on the painter's board (its planks, joints and grain, a length of dark cloth
painted on one half and printed on the other beside the page, steel bowls of coloured paste kept under water,
the kalam, the page's shadow, the page a little askew); a Gujarati label with its English in brackets, dot
leaders and the value at the right; Gujarati lines, form fields (the label small in Gujarati and English over
the value), a Gujarati hand and a bank's SMS in Gujarati in Noto Sans and Serif Gujarati (heldout289's
Gujarati rows); an Instagram thread's direct messages in a grey bubble at the left and a violet one at the
right; a certificate of authenticity on a ribbon under a blind embossed seal; a workshop ticket with its stub
behind a tear line; a bahi page with its red rules and fold; a letter's folds and its file's punched holes; a
total crossed out and corrected by hand; an app's result in a bottom sheet over the dimmed app; an app's
passing message; a *99# USSD dialog; a passbook page; a heads-up notification over a dimmed app; a lock
screen's notifications; and beside them earlier sets' rows (tables ruled on every side, striped tables, shaded
labels, labels against a gutter, labels at the left and values at the right, dot leaders, hairline rows,
labels with colons, tinted outcome bands, capsules, tiles two to a row, values over their labels, labels over
their values two to a row, copyable fields, read-only fields, notice boxes, a payment's stages left to right,
across and top to bottom, large round marks, octagons, scalloped badges, tile marks, spinners, progress bars,
a day divider, chat bubbles, a chat's payment card, hand-written fills and columns on a ruled page, a sum in a
box, boxes ticked by hand, a form's boxes a character to a box, an oval stamp, a revenue stamp signed across,
a highlighter's stroke, an accountant's tick, signatures, a barcode, a torn roll).

* ``buyer_upi``: Buyers paying Kalpavriksh Rogan Gallery or the firm: Paytm for Business on the gallery's
  phone (the gallery under the app's bar, a tile's tick, Payment Received, the sum set large, "from <buyer>";
  UPI Ref No. and Order ID in tiles; Received on, Paid via and Settled to with colons); Google Pay set in
  Gujarati (the payee's initials in a round badge, "પ્રાપ્તકર્તા" (recipient) over the payee and its UPI ID,
  the sum, a large round tick, "પૂર્ણ થયું" (completed), the day with its month's Gujarati name and the hour;
  "UPI વ્યવહાર ID" (UPI transaction ID) over its value, "<bank> ખાતા ••1234 માંથી ચૂકવ્યા" (paid from <bank>
  account ••1234), "Google વ્યવહાર ID" (Google transaction ID) over its value); CRED's UPI payment on its dark
  screen under a scalloped badge ("payment successful", the sum, "paid to" over the payee, "today, <hour>"; a
  copyable UPI reference number; paid from at the left and the right; no day); Freecharge's payment pending
  under a tile's hourglass (the sum, "to <payee>", its stages across the page, a notice; UPI Ref No., Started
  at, Debit from in dot leaders); slice's UPI payment under a large round tick (the sum; each value over its
  label: Paid to, UPI Ref No., Date & time, Paid using); Bank of Baroda's bob World with a UPI payment failed
  under a large round cross (the sum, "to <payee>", the reason in a notice; Transaction ID, Date & Time, Mode
  in a table ruled on every side); JioFinance's UPI payment under an octagon's tick (the sum set large, "Paid
  to" over the payee, "on <day> at <hour>"; UPI Ref No., From and Note in shaded labels); Google Pay's
  conversation with the gallery (the payee on top over "UPI ID: <vpa>", the day on the thread's divider, the
  payment's card at the right: "Payment to <payee>", the sum, "Paid . <hour>", a note; no reference). All new
  here.

* ``buyer_advices``: Payers' advices of what they paid the firm: Garvi Gurjari's (the Gujarat State Handloom &
  Handicrafts Development Corporation's) PAYMENT ADVICE under its Gujarati name (To and Voucher No., M/s the
  firm and Date on two lines; Sub:; Bill No. | Bill Date | Amount on hairline rows; Gross amount, Less:
  TDS-GST 2% (CGST 1% + SGST 1%) in dot leaders, Net amount paid under a rule and a double rule; "The net
  amount has been transferred to your account ... through NEFT, UTR ..."; the Deputy Manager (Accounts)'
  signature); a Mumbai home store's Instagram direct messages under "Today, <hour>" (its message in a grey
  bubble at the left: "Hi Nazmin! Paid Rs. x to <payee> by IMPS just now for ...", "IMPS ref ..."; the firm's
  reply in a violet bubble at the right; Seen; no day); Axis Bank's neo for Corporates with a Delhi gifting
  firm's NEFT returned on a tinted band (the reason in a notice; Payment ID and UTR, Beneficiary and Amount,
  Value date and Mode, labels small over their values two to a row); an Ahmedabad heritage hotel's Payment
  Advice mailed from TallyPrime (its sentence; Vch No., Date, Party with colons; Particulars | Amount on
  hairline rows, the bills "Agst Ref ...", Total under a rule and a double rule; Mode and Transaction No.
  (UTR)); a Bhuj museum trust's letter with its folds and its file's punched holes (Date; To, M/s the firm;
  Sub:; "... we have today paid Rs. x/- ... by NEFT to your account against your bill ..."; Bill No. | Dated |
  Amount in a table ruled on every side; the Honorary Secretary's signature; no reference); a Bengaluru design
  store's Bill Payment mailed from QuickBooks (the sum in a tinted panel, "Paid to" over the payee; Payment
  date, Payment method, Payment account, Ref no. in a table ruled on every side; Bill no. | Bill date |
  Payment on hairline rows); CitiDirect BE with a Gurugram consultancy's NEFT pending bank processing (a
  capsule at the left, its stages left to right, a notice; Transaction Reference, Customer Reference,
  Beneficiary Name, Amount, Payment Method, Value Date against a gutter); PayU Payouts with a crafts
  marketplace's transfer successful ("Transfer status: Success"; Beneficiary, Amount, Mode, Payout ID, Bank
  Ref. No. (UTR), Processed at, Purpose in a striped table). All new here.

* ``export_wires``: Galleries, museum shops and home stores abroad paying the firm for rogan panels, wall
  pieces and cushion covers: NatWest Bankline's international payment sent in pounds (its sentence; Payment
  reference, Date sent, Beneficiary, Beneficiary bank, SWIFT BIC, Amount, Charges in a table ruled on every
  side); KCB's app with a transfer in Kenyan shillings under a large round tick (its sentence "<sum> sent to
  <payee> on <day>."; Beneficiary bank, Country, Charges, Purpose at the left and the right; no reference);
  MUFG Bank's OVERSEAS REMITTANCE STATEMENT in yen typed in its printer's face (REMITTANCE NO., VALUE DATE
  year first, REMITTER, BENEFICIARY, BENEFICIARY BANK, SWIFT, AMOUNT, CHARGES, PURPOSE; "THE ABOVE REMITTANCE
  HAS BEEN EXECUTED."); Zürcher Kantonalbank's eBanking with a payment order pending in Swiss francs (a
  capsule, a notice; each label in German and English at the left and its value at the right: Begünstigter /
  Beneficiary, Betrag / Amount, Valuta / Value date, Referenz / Reference, Spesen / Charges); NAB Connect's
  international payment completed in Australian dollars (Payment ID, Date processed, Beneficiary, Beneficiary
  bank, SWIFT, Amount, Fees in dot leaders); Bank Muscat's app with a transfer completed in Omani rials under
  an octagon's tick ("Today, <hour>"; the sum, "to <payee>"; a copyable Reference; Transfer type and Charges
  at the left and the right; no day); ING's business banking with a foreign transfer returned in euros the
  Dutch way under a large round cross (the reason in a notice; each value over its label in Dutch and English:
  Begunstigde / Beneficiary, Bedrag / Amount, Datum / Date, Referentie / Reference, Reden / Reason); Bank of
  America CashPro's wire completed in US dollars, the day month first (Status: Completed; Transaction
  reference and Send date, Beneficiary and Amount, Beneficiary bank and Charges, labels small over their
  values two to a row). All new here.

* ``own_receipts``: The firm's own papers, its gallery or itself on top: Kalpavriksh Rogan Gallery's TAX
  INVOICE under a rogan tree of life, its Gujarati name and a rogan border, to a Mumbai buyer (Invoice No. and
  Date on a line; Billed to and Place of Supply; # | Item | HSN | Qty | Rate | Amount in a striped table;
  Taxable Value, IGST @ 5%, IGST @ 18% in dot leaders, Invoice Total under a rule and a double rule; the sum
  in words; "Payment: received by UPI, UPI Ref ..."; castor oil's spots, dabs of paste and the kalam in its
  margins); the Rann Utsav stall's cash memo in the Utsav's days, photographed lying on the painter's board
  (its Gujarati name over its English, "રોકડ મેમો" (cash memo); તારીખ · Date and નામ · Name written in; the
  pieces written in a Gujarati hand on ruled lines with their sums, "કુલ" (total), "રોકડા મળ્યા" (cash
  received); no reference); the gallery's CERTIFICATE OF AUTHENTICITY for a tree of life panel on a ribbon
  under a rogan tree of life (its sentence; Artwork, Painted by, Size, Sold to, Price received, Received on,
  Paid by in dot leaders; a blind embossed seal; the partner's signature); Instamojo's payment page for the
  web shop with a debit card declined under an octagon's cross (the gallery on top, the reason in a notice;
  Payment ID, Order, Amount, Method, Date against a gutter); Shopify's order confirmation mail for the web
  shop (Order #, its sentence, Placed on; the pieces on hairline rows, Subtotal, Shipping, Total; Payment,
  Transaction ID); Khatabook on the gallery's phone with a customer's payment entered ("Today, <hour>"; the
  gallery under the app; the customer, a tile's tick, Payment received, the sum; Mode, UPI Ref and Balance at
  the left and the right; no day); Easebuzz's checkout for the web shop with the payment processing under a
  spinner (the gallery on top, the sum, a notice; Easebuzz Txn ID and Order ID, Payment mode and Initiated on,
  labels small over their values two to a row); the studio's rogan WORKSHOP ticket with its stub behind a tear
  line (ADMIT n; Date, Participants, Fee in dot leaders; the stub's No. and "Paid by UPI, Ref ..."). All new
  here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: an Anjar castor oil mill's TAX
  INVOICE for first-grade castor oil in tins (Invoice No. beside its earlier Date; Buyer; Description | HSN |
  Kg | Rate | Amount on hairline rows; CGST 2.5%, SGST 2.5% in dot leaders, Total) with a highlighter's stroke
  over its Total and the accountant's "Pd. NEFT, UTR ..., on <day>" written under it and his tick; a Bhuj
  colour XX, the dealer's name in Latin letters; "તા." (date) and the day; the red ochre, indigo, yellow
  earth, white, lamp black and green by the kilo with their sums, "કુલ" (total), "UPI થી મળ્યા" (received by
  UPI) and its Ref; the bahi's red rules and fold); Printo's checkout for printed certificates and hang tags
  with the card declined under a tile's cross (the reason in a notice; Order No., Items, Amount, Payment
  method, Attempted on in a table ruled on every side); a Bhuj framer's BILL (Date: left blank; M/s written
  in; the frames written in ruled columns; its Total crossed out and the sum after the discount written after
  it with the framer's initials; "Pd. by UPI, Ref ..." in the hand; no day); Shree Maruti Courier's booking
  receipt from its Nakhatrana branch on a torn roll (CN NO and its barcode, DATE, FROM, TO, PCS, WT, FREIGHT,
  FSC, GST 18%, TOTAL, PAYMENT, UPI REF typed in its printer's face); IndiaMART's order of gallery lights from
  a Rajkot seller with the payment pending (its stages left to right, a notice; Order ID, Seller, Item,
  Amount, Payment method, Placed on in shaded labels); a Lodai potter's chit in a Gujarati hand for the pots
  the paste is kept in under water, photographed lying on the painter's board (his name in Latin letters at
  its head; "તા." (date) and the day, "દાઉદ ખત્રી રોગાન માટે" (for Daud Khatri Rogan); the pots, basins and
  lids with their counts, rates and sums, "કુલ" (total), "રોકડા મળ્યા" (cash received); no reference); a Bhuj
  cloth merchant's TAX INVOICE from Vyapar (Invoice No. and Date; Item | HSN | Mtr | Rate | Amount in a
  striped table; CGST 2.5%, SGST 2.5%, Total, Received, Balance at the left and the right; Payment Mode: Bank
  (IMPS) and its Ref. No.). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Bank of Baroda's Baroda Connect with a
  NEFT or RTGS to the castor oil mill acknowledged (its sentence; Reference No., UTR No., Debit Account,
  Beneficiary Name, Amount, Transfer Date, Remarks on hairline rows); IDFC FIRST Bank's app with a NEFT to the
  cloth merchant in process under a clock's mark (the sum, "to <payee>", its stages top to bottom; a copyable
  UTR; From and Initiated on at the left and the right); Gujarat Gramin Bank's app with an IMPS to the colour
  dealer, its outcome and its labels in Gujarati with their English (a large round tick, "ટ્રાન્સફર સફળ"
  (transfer successful) over Transfer successful; લાભાર્થી · Beneficiary, રકમ · Amount, IMPS સંદર્ભ નં. · IMPS
  Ref No., તારીખ · Date, each label small over its value); Canara Bank's Canara ai1 with a UPI payment to the
  framer in a bottom sheet over the dimmed app (a scalloped badge, Paid successfully, the sum, "to <payee>",
  "on <day> at <hour>", From; no reference); Indian Bank's IndOASIS with a NEFT to a Gandhidham box maker
  failed in an octagon (the reason in a notice; Beneficiary and Amount, Reference No. and Date, Reason and
  Mode, labels small over their values two to a row); OnlineSBI's NEFT e-Receipt for the courier (its
  sentence; Reference No., UTR, Debit Account, Beneficiary Name, Beneficiary Bank, Amount, Date & Time, Status
  in a striped table); MobiKwik's UPI payment to the blacksmith who makes the kalams ("Today, <hour>"; a
  scalloped badge, the sum, "to <payee>"; UPI Ref No. and From in tiles; no day); the Kutch District Central
  Co-operative Bank's RTGS / NEFT form filled in by hand under its Gujarati name (each field's label in
  Gujarati and English over the value written in: તારીખ · Date, લાભાર્થીનું નામ · Beneficiary name, રકમ ·
  Amount; the account number and IFSC a box to each character; RTGS and NEFT in boxes, the one used ticked;
  the branch's oval stamp and its typed "PROCESSED UTR ..."). All new here.

* ``worker_pay``: The firm paying its painters (the women and young men of Nirona it has trained), the man who
  boils the castor oil into rogan, the tailor and the gallery's staff: a painter's WAGE ACCOUNT under its
  Gujarati heading "મજૂરી હિસાબ" (wage account) (Painter and Month written in; Work | Nos. | Rate | Amount
  written in ruled columns, Total; "Paid by UPI, Ref ..." and "on <day>" written under it; castor oil's spots,
  dabs of paste and the kalam in its margins); Zoho Payroll's payslip for the gallery's salesman (Employee
  Name, Employee ID, Designation, Bank Account in a table ruled on every side; Earnings | Amount | Deductions
  | Amount on hairline rows; Net Pay in dot leaders and its words; "Paid on <day> via NEFT, UTR ..."); Paytm's
  UPI payment to a painter failed under a large round cross (the sum, "to <payee>", the reason in a notice;
  Transaction ID and Date & Time, From and Bank, labels small over their values two to a row); the firm's CASH
  VOUCHER to the rogan boiler under its Gujarati heading "રોકડ ચુકવણી વાઉચર" (cash payment voucher) (No. left
  blank; each field's label in Gujarati and English over the value written in: તારીખ · Date, નામ · Paid to,
  વિગત · Towards; Rs. in a box; "રોકડા મળ્યા" (cash received) in a Gujarati hand, a revenue stamp signed
  across where the sum is over five thousand; no reference); a *99# USSD dialog of a UPI payment to a painter
  on the studio's phone (its sentence "Payment of Rs x to <PAYEE> is successful. UPI Ref ..."; "1. Home 00.
  Exit"; no day); Groww's UPI payment to a painter processing under a spinner (the sum, "to <payee>", a
  notice; UPI Ref No., Started on, Paid from in dot leaders); PagarBook's salary entry for the gallery's
  assistant (the staff member, Salary for <month>, Days present, Salary paid, Paid on, Mode and UPI Ref at the
  left and the right); Punjab National Bank's PNB ONE with an IMPS to the tailor (Transaction Successful, the
  sum, "to <payee>"; IMPS Ref No., Date, From A/c, Remarks with colons). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Gram Panchayat Nirona's house
  tax receipt from its book under its Gujarati name ("ઘરવેરા પહોંચ" (house tax receipt); each field's label in
  Gujarati and English over the value written in: તારીખ · Date, નામ · Received from, મિલકત નંબર · Property
  No., વિગત · Particulars; Rs. in a box; "રોકડા મળ્યા" (cash received) in a Gujarati hand; its oval stamp; the
  Talati-cum-Mantri's signature; no reference); the GST portal's payment receipt (GST PMT-06) for the firm's
  monthly tax (its sentence; CPIN, CIN, Deposit Date, Mode, Bank, GSTIN with colons; Head | CGST | SGST in a
  table ruled on every side, Total Amount its total row); DGFT's e-Certificate of Origin fee for the Kyoto
  consignment pending with the bank (a capsule, a notice; Application No., Fee, Transaction ID, Payment mode,
  Bank, Initiated on against a gutter); the Tourism Corporation of Gujarat's receipt for the Rann Utsav
  stall's rent (Receipt No., Receipt Date, Received from, Stall No., Towards, Stall rent, CGST 9%, SGST 9%,
  Total, Mode, UTR in shaded labels); Passport Seva's payment for the partner's daughter's passport under a
  large round tick (the Ministry of External Affairs on top; ARN and Amount, Transaction ID and Payment date,
  Payment mode and Bank, labels small over their values two to a row; the app's passing message); the Kutch
  District Panchayat's profession tax e-payment failed under a tile's cross (the reason in a notice; PEC No.,
  Period, Amount, Transaction ID, Mode, Attempted on in a table ruled on every side); Cyber Treasury Gujarat's
  challan paid for the Labour Department's registration fee ("Today, <hour>"; a scalloped badge, Challan paid,
  the sum, "to <department>"; Challan No. and Paid via in tiles, Bank Ref. No.; no day); ESIC's contribution
  challan (Employer Code, Challan Number, Transaction Number, Contribution Period, Amount Paid, Challan
  Submitted Date, Bank, Transaction Status against a gutter). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its SMS: The
  New India Assurance's PREMIUM RECEIPT for the studio's and gallery's Bharat Sookshma Udyam Suraksha policy
  (its sentence "Received with thanks from M/s ... the sum of Rs. x ..."; Receipt No., Receipt Date, Policy
  No., Policy, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in a table ruled on every
  side); Star Health's app with a family floater's renewal failed by card under a large round cross (the
  insurer under the app, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on each in a
  read-only field's box); Digit's app with the studio's pickup's motor policy renewed ("Today, <hour>"; the
  insurer under the app, an octagon's tick, Policy renewed, the sum; a copyable Transaction ID; Policy No. and
  Paid via at the left and the right; no day); Tata AIG's marine cargo certificate for the Kyoto consignment
  (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction
  ID, Payment Date in a striped table); LIC's SMS of a premium received ("Dear Customer, thank you for the
  payment of Rs.x/- towards premium of Policy No. ... on <dd-mm-yyyy> through Net Banking. -LIC of India"; no
  reference); Bajaj General's mail of a shop owner's policy's premium received (its sentence; Policy Number,
  Product, Premium, GST 18%, Total, Payment mode, UPI Ref., Payment date against a gutter); Niva Bupa's
  PREMIUM RECEIPT for the staff's group health policy (Receipt No. and Date on a line; Policy Holder; Members
  | Premium | GST 18% | Total on hairline rows; "Received by NEFT, UTR ..."); ICICI Prudential Life's renewal
  premium under verification (a capsule, a notice; Policy No., Premium, Transaction ID, Payment Mode,
  Initiated on with colons). All new here.

* ``card_slips``: Cards on the gallery's and the Rann Utsav stall's terminals and the firm's cards elsewhere:
  Paytm's card machine's SALE slip at Kalpavriksh Rogan Gallery (DATE, TIME, MID, TID, BATCH, INVOICE, the
  card, ENTRY (CONTACTLESS or CHIP), APPR CODE, RRN at the left and the right; AMOUNT; APPROVED, NO PIN
  REQUIRED or PIN VERIFIED OK); Axis Bank's slip at an Ahmedabad hotel (SALE; DATE and TIME on a line, CARD
  NO, CARD TYPE, EXP, BATCH and INV on a line, AUTH CODE, RRN; TOTAL AMOUNT; APPROVED, CUSTOMER COPY);
  PhonePe's card machine at the Rann Utsav stall in the Utsav's days with the bank's answer awaited (CARD
  SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; RESPONSE AWAITED FROM BANK, PLEASE DO NOT RETRY FOR 30 MIN);
  Alliance Air's e-ticket for the Bhuj - Mumbai flight to a trade fair paid by card, its stub behind a tear
  line (Booking confirmed, payment received; the flight, its Date of journey and the passenger; the stub's
  PNR, Total fare, Paid by, Transaction ID, Paid on); Bank of Baroda's slip at a Bhuj hardware store DECLINED
  (55 INCORRECT PIN); a Bhuj thali restaurant's bill from POSist settled by card (Bill No., Date, Covers; the
  dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the card and its Auth); ICICI Bank's
  SMS of a spend on the firm's credit card ("INR x spent using ICICI Bank Card XX1234 on <dd-Mon-yy> on
  <MERCHANT>. Avl Limit: INR y ..."; no reference); OneCard's app with a spend at an electronics store
  ("Today, <hour>"; the merchant's line and its town, the sum, Successful; Card and Reference No. in tiles;
  Category; no day). All new here.

* ``utility_bills``: The studio's and the gallery's bills: PGVCL's online bill payment receipt for the studio
  under its Gujarati name (Payment Successful; each label in Gujarati with its English in brackets, dot
  leaders and the value at the right: ગ્રાહક નંબર (Consumer No.), ગ્રાહકનું નામ (Consumer Name), બિલ માસ (Bill
  Month), ભરેલ રકમ (Amount Paid), પહોંચ નંબર (Receipt No.), વ્યવહાર નંબર (Transaction ID), ભરણાની તારીખ
  (Payment Date), પદ્ધતિ (Mode)); Vi's app with the gallery's postpaid bill paid ("Today, <hour>"; the company
  under the app, a large round tick, Bill paid, the sum; Mobile No. and Transaction ID, labels small over
  their values two to a row; Paid via; no day); IndianOil ONE with a commercial cylinder for the studio booked
  and paid (a tile's tick, Refill booked and paid, the sum, "Paid to" over Indane; Booking ID, Consumer No.,
  Distributor, Payment Mode, UPI Ref, Paid on in a table ruled on every side); GTPL's app with the gallery's
  cable recharge pending over a progress bar (the company under the app, a notice; STB No., Pack, Transaction
  ID, Payment mode, Initiated on in dot leaders); JioFiber's payment receipt mail (its sentence; Account No.,
  Receipt No., Transaction ID, Amount, Payment mode, Payment date in a table ruled on every side); a water
  tanker supplier's monthly card in a Gujarati hand (the supplier on top, "પાણી ટેન્કર હિસાબ" (water tanker
  account); the month written in; the tankers' trips with their rates and sums, "કુલ" (total), "રોકડા મળ્યા"
  (cash received) and the day after "તા." (date); no reference); SBI FASTag's recharge for the studio's pickup
  failed in an octagon (the reason in a notice; Vehicle No., Tag ID, Amount, Transaction Ref. No., Mode,
  Attempted on against a gutter); PGVCL's SMS of a payment received ("Dear Consumer, payment of Rs.x for
  Consumer No. ... received on <dd/mm/yyyy> via UPI. Txn ID ... -PGVCL"). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: Gujarat Gramin Bank's SMS in Gujarati in a bubble
  of the phone's messages thread under its day divider ("પ્રિય ગ્રાહક, આપના ખાતા XX1234 માંથી તા. <dd-mm-yyyy>
  ના રોજ UPI દ્વારા <PAYEE> ને રૂ. x ચૂકવવામાં આવ્યા છે. સંદર્ભ નં. ... -ગુજરાત ગ્રામીણ બેંક" (Dear customer,
  Rs. x has been paid from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in the
  Kutch District Central Co-operative Bank's ("KDCC BANK: RTGS of Rs.x from A/c XX1234 to <PAYEE> dtd
  <dd.mm.yyyy> is under process. UTR ..."), SBI's ("Dear Customer, your A/c XXXXX1234 has been debited by Rs x
  on <dd/mm/yy> for NEFT to <PAYEE>. UTR ... -SBI") and Punjab National Bank's ("PNB: IMPS txn of Rs.x from
  A/c XX1234 to <PAYEE> on <dd-mm-yy> could not be processed. Amount, if debited, will be reversed. Ref ...")
  wordings; Bank of Baroda's heads-up notification over the gallery's stock list dimmed under it ("bob World .
  now"; "Rs.x debited from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day); Axis Bank's mail of a debit
  (its sentence; Account, Date, Amount, Transaction Info "NEFT/<UTR>/<PAYEE>" in a table ruled on every side);
  Bank of Baroda's passbook page, its column heads ruled (Date | Particulars | Chq | Withdrawal | Deposit |
  Balance) and its entries in the passbook printer's face (the B/F line and the entry "UPI/<ref>/<PAYEE>");
  IDFC FIRST Bank's notification on the phone's lock screen under its hour ("Your A/C XXXX1234 is debited with
  INR x on <dd-Mon-yy> towards UPI to <PAYEE>."; no reference). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Gujarati and Noto Serif
Gujarati (heldout289's, regular and bold, fonts-noto-core) for the Gujarati lines, labels, fields, hand and
SMS, an upright DejaVu Serif for a Gujarati hand's figures (heldout289's), an italic or oblique for the hand
(``heldout308_families.PENS``) and a fixed-width face of the page's own (``heldout308_families.TYPES``). The
Rann Utsav stall's cash memo and its card slip are drawn in the stall's days (1 November to 31 December 2026),
as are a share of the gallery's Paytm for Business and slice receipts; the Tourism Corporation of Gujarat's
stall rent is paid in September and October, before the Utsav; the other days anywhere in 2026. GST is 5% on
the paintings by hand (tree of life panels, wall pieces and miniatures, HSN 9701), 5% on a cushion cover, a
runner or a stole up to Rs. 2,500 a piece and 18% above it (HSN 6304 and 6214; IGST to a Mumbai buyer, each
line at its own rate), 5% on the castor oil (HSN 1515) and on the cloth (HSN 5007 and 5208; CGST 2.5% and SGST
2.5% within Gujarat), 5% on the restaurant's food, 18% on the courier's charges, on the stall's rent and on
the general and group health premiums (CGST 9% and SGST 9%, GST 18%); a family's health renewal, the motor
renewal and the life premiums print none; Garvi Gurjari, a state corporation, deducts TDS-GST (2% in all, CGST
1% and SGST 1%) from its bills, as the law asks of it; the chits, the bahi page, the framer's bill and the
tanker's card carry none.

Truth conventions (heldout307's, heldout306's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "paid to" on CRED and after "to" on Freecharge and bob World, slice's Paid to under its value, under
  JioFinance's "Paid to", on top of Google Pay's conversation (*settled* heldout275: its card's "Payment to
  <payee>" the same; never the UPI ID under it); the gallery, the firm, the firm as a bank's field cuts it
  (DAUD KHATRI ROGAN ART H) or the gallery with its village (KALPAVRIKSH ROGAN GALLERY NIRONA); never the app,
  the payer, a UPI ID, the initials in a payee's badge or "from <buyer>". *settled* (heldout303's to
  heldout307's screens set in the region's language): a UPI app set in the region's language reads as the same
  app in English, here the name under Google Pay's "પ્રાપ્તકર્તા" (recipient). *settled* (heldout268 to
  heldout307): a receiving business's own app pays the business named under the app, here the gallery under
  Paytm for Business (never Paytm or "from <buyer>"). *settled* (heldout167 to heldout307): a payer's advice
  pays the one it pays, never the payer on top or a salutation; here the firm after Garvi Gurjari's "To," as
  M/s (never the Corporation, its Gujarati name or Garvi Gurjari), the payee in the home store's direct
  message ("Paid Rs. x to <payee> by IMPS", read across its lines where it wraps; never the store, its handle
  or the firm's reply; *settled* heldout286, heldout299, heldout301 and heldout303 to heldout307's chats),
  Axis Bank's Beneficiary (never the bank or the gifting firm), TallyPrime's Party (never the hotel group on
  top), the firm after the museum trust's "To," as M/s (never the trust or "Dear Sir"), the name under
  QuickBooks' "Paid to" (never the design store), CitiDirect BE's Beneficiary Name (never Citibank or the
  consultancy), PayU Payouts' Beneficiary (never PayU or the marketplace). *settled* (heldout155 to
  heldout307): an inward wire pays the firm, here NatWest's Beneficiary, the name after "sent to" in KCB's
  sentence, MUFG Bank's BENEFICIARY, Zürcher Kantonalbank's Begünstigter / Beneficiary, NAB's Beneficiary, the
  name after "to" on Bank Muscat, ING's Begunstigde / Beneficiary, Bank of America's Beneficiary; never the
  remitter, its line or the bank on top. *settled* (heldout175 to heldout307): the firm's own paper pays its
  gallery or itself on top, here KALPAVRIKSH ROGAN GALLERY on its tax invoice (never its Gujarati line, the
  firm it is a unit of or its Billed to), the gallery's English line under its Gujarati name on the stall's
  memo (never the નામ · Name written in), the gallery on top of its certificate of authenticity (*settled*
  (new here): the certificate is issued with the sale and records its payment as a receipt does; never the one
  it was Sold to or the painter), of Instamojo's and Easebuzz's pages and of Shopify's mail (never the gateway
  or Shopify), of its workshop ticket (never the ADMIT line); *settled* (heldout268 to heldout307) the gallery
  named under Khatabook's bar, as a business's own app (never Khatabook or the customer). A name in Gujarati
  over its English: the English line, never the Gujarati (*settled* heldout270, heldout281 and heldout289).
  *settled* (heldout187 to heldout307): a supplier's name on top of its own paper, here SHREE UMIYA CASTOR
  INDUSTRIES (never its Buyer), the colour dealer's and the potter's names written in Latin letters at their
  pages' heads (Ambika Colour Stores, Ibrahim Kumbhar; *settled* heldout294 and heldout303 to heldout307;
  never their Gujarati lines), Printo on top of its checkout, BHUJ FRAME STUDIO on top of its bill (never its
  M/s written in), SHREE MARUTI COURIER on top of its roll (never its booking branch), IndiaMART's Seller
  (never IndiaMART, as Moglix' Sold by, *settled* heldout305 to heldout307), MAHAVIR CLOTH STORES on top of
  its Vyapar invoice (never its Bill To). *settled* (heldout179 to heldout307): a banking page pays the payee,
  here Baroda Connect's, OnlineSBI's and IndOASIS' Beneficiary (Name), the name after "to" on IDFC FIRST Bank,
  Canara ai1 and MobiKwik, the લાભાર્થી · Beneficiary on Gujarat Gramin Bank's app, the લાભાર્થીનું નામ ·
  Beneficiary name written on the co-operative bank's form (never its Remitter or the bank's Gujarati name).
  *settled* (heldout150 to heldout307): a pay slip pays the worker, here the Painter written on the wage
  account (never the firm or its Gujarati heading), Zoho Payroll's Employee Name (never the firm on top), the
  name after "to" on Paytm, Groww and PNB ONE, the staff member on top of PagarBook's entry (never PagarBook
  or the gallery under her), the નામ · Paid to written on the cash voucher (*settled* heldout295, heldout301,
  heldout303 to heldout306: a payer's voucher pays the party on its line; never the firm, its Gujarati heading
  or the receiver's signature); *settled* (heldout271's *99# dialog's payee) the name after "to" in the USSD
  reply's sentence ("Payment of Rs x to <PAYEE> is successful."). *settled* (heldout153 to heldout307): a fee
  page pays the authority as printed, here GRAM PANCHAYAT NIRONA under its Gujarati name (never the નામ ·
  Received from), Goods and Services Tax on top of the GST portal (*settled* heldout300, heldout301 and
  heldout304), DGFT (or its full name) on top, the Tourism Corporation of Gujarat (or TCGL) on top (never the
  Received from), the Ministry of External Affairs (or MEA as printed) on top of Passport Seva's page (never
  Passport Seva, the applicant or the Government of India over it), the District Panchayat, Kutch on top, the
  department after "to" on Cyber Treasury Gujarat (*settled* heldout272, heldout301, heldout303 to heldout307:
  never the app that collects or the Finance Department under it), ESIC (or its full name) on top. *settled*
  (heldout199 to heldout307): an insurer's receipt pays the insurer on top (full or short as printed), under
  its app's bar (Star Health and Allied Insurance Co. Ltd., Go Digit General Insurance Ltd.) or signing its
  SMS (LIC of India), never the Insured, the Policy Holder or "Received with thanks from". A slip's counter
  name line as printed (KALPAVRIKSH ROGAN GALLERY, KALPAVRIKSH ROGAN - RANN UTSAV or its first part, the
  hotel, the hardware store), never *settled* the terminal's brand or bank over it (Paytm, PhonePe, AXIS BANK,
  BANK OF BARODA); Alliance Air on top of its e-ticket (*settled* heldout272, heldout282, heldout300,
  heldout302 and heldout304 to heldout307: the carrier whose fare the card paid; never the Passenger); the
  restaurant on top of its bill (never POSist); OneCard's merchant line over its town (*settled* heldout297,
  heldout302 to heldout307's card issuers' apps); *settled* (new here) the name after the day in ICICI Bank's
  card SMS ("... on <dd-Mon-yy> on <MERCHANT>. Avl Limit"), because ICICI Bank names the merchant with a
  second "on" after the spend's day where HDFC Bank's SMS says "At" (heldout306 and heldout307). A utility's
  biller: PGVCL's company on top under its Gujarati name (its name in full or PGVCL as printed; never the
  Consumer Name), Vodafone Idea Ltd. under Vi's bar, GTPL Hathway Ltd. under GTPL's (*settled* heldout285,
  heldout301, heldout303 to heldout307: the company, never the app), Indane under IndianOil ONE's "Paid to"
  (as heldout307's "for Indane"; *settled* heldout289 and heldout305: never the app or its Distributor),
  Reliance Jio Infocomm Ltd. on top of JioFiber's mail, the tanker supplier on top of its card, SBI FASTag on
  top (*settled* heldout295, heldout302, heldout305 and heldout306: the tag's bank's FASTag, never the Vehicle
  No.), PGVCL signing its SMS (*settled* heldout302, heldout304 and heldout307). An SMS, mail, notification or
  passbook's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full
  stop, read across its lines where it wraps): the Gujarati SMS' "<PAYEE> ને" (to <PAYEE>, *settled*
  heldout289), the Kutch District Central Co-operative Bank's "to <PAYEE> dtd", SBI's "for NEFT to <PAYEE>.
  UTR", PNB's "to <PAYEE> on", Bank of Baroda's notification's "to <PAYEE> via IMPS", IDFC FIRST Bank's
  "towards UPI to <PAYEE>."; the last part of Axis Bank's Transaction Info "NEFT/<UTR>/<PAYEE>" and of the
  passbook entry "UPI/<ref>/<PAYEE>" (*settled* heldout271's Axis Bank narration and passbook entry).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Paytm for Business' and
  JioFinance's sum set large (its paise raised where it has them, its whole rupees cut, never rounded,
  *settled* heldout277), the sum in Google Pay's conversation's card (*settled* heldout275). *settled*
  (heldout152 to heldout307): a payer's advice counts its net sum, here Garvi Gurjari's Net amount paid (its
  sentence's sum the same; never a bill's Amount, the Gross amount or its TDS-GST 2%, *settled* heldout296,
  heldout298, heldout301, heldout303 to heldout307: never a TDS), the Rs. x in the direct message, Axis
  Bank's, CitiDirect BE's and PayU Payouts' Amount, TallyPrime's Total (never an Agst Ref's sum), the museum
  trust's Rs. x/- (its bill's Amount the same), QuickBooks' Amount in its panel (never a bill's Payment where
  there are several). *settled* (heldout155 to heldout307): an inward wire's foreign sum, here pounds (the
  pound's sign or GBP), Kenyan shillings with KSh or KES before the sum (*settled* heldout281), yen whole with
  the yen's sign or JPY (JPY 886,000 is 886000.00, *settled* heldout240 and heldout281), Swiss francs with an
  apostrophe between the thousands and CHF before or after (9'600.00 CHF is 9600.00, *settled* heldout240),
  Australian dollars (A$ or AUD, *settled* heldout202 and heldout281), Omani rials with three decimals and OMR
  or RO before the sum (RO 3,619.410 is 3619.41, *settled* heldout237 and heldout242), euros the Dutch way
  (EUR 5.400,00 or € 5.400,00 is 5400.00, *settled* heldout273), US dollars ($ or USD); never a Fee or Charges
  (KCB's Charges). *settled* (heldout175 to heldout307): a receipt counts the sum received, here the tax
  invoice's Invoice Total (never the Taxable Value, an IGST @ 5% or @ 18% or a line's Amount), the stall
  memo's "કુલ" (total) written at its line's end (never a line's sum), the certificate's Price received,
  Instamojo's and Easebuzz's Amount, Shopify's Total (never its Subtotal or Shipping), Khatabook's sum large
  (never its Balance), the workshop ticket's Fee (never the Participants). A whole sum closed with /- is that
  sum in whole rupees (heldout259). *settled* (heldout187 to heldout307): a supplier's paper counts the sum
  paid, here the oil mill's Total under its highlighter (never CGST 2.5%, SGST 2.5% or a line's Amount), the
  colour dealer's and the potter's "કુલ" (total) written at their lines' end (never a line's figure; *settled*
  heldout294, heldout303 to heldout307's hands), Printo's and IndiaMART's Amount, the framer's Total Rs. as
  corrected by hand (*settled* heldout275: the sum written after the crossed-out one, the correction standing;
  never the crossed-out figure or a line's Rs.), Shree Maruti Courier's TOTAL (never FREIGHT, FSC 10% or GST
  18%), the Vyapar invoice's Total (its Received the same; never CGST 2.5%, SGST 2.5% or a line's Amount). A
  banking page's sum, the co-operative bank's form's રકમ · Amount written in. *settled* (heldout167 to
  heldout307): a pay slip's net sum, here the wage account's Total written in (never an Amount, a Rate or the
  Nos.), Zoho Payroll's Net Pay (never Gross Earnings, an earning or a deduction; its words the same), the
  sums on Paytm, Groww, PNB ONE and PagarBook (PagarBook's Salary paid), the Rs. in the cash voucher's box,
  the Rs x in the *99# reply. A fee page's Rs. in the Gram Panchayat's box, the GST portal's Total Amount
  (never a Tax or Interest cell), DGFT's Fee, the Tourism Corporation of Gujarat's Total (never its Stall
  rent, CGST 9% or SGST 9%), Passport Seva's, the District Panchayat's and Cyber Treasury Gujarat's Amount or
  sum, ESIC's Amount Paid. An insurer's premium with its GST where it carries one (*settled*), here The New
  India Assurance's Total Premium (never the Net Premium, CGST 9%, SGST 9% or the Sum Insured; its sentence's
  sum the same), Tata AIG's Total Premium (never the Premium, GST 18% or the Sum Insured), Bajaj General's
  Total (its sentence's sum the same; never the Premium or GST 18%), Niva Bupa's Total (never its Premium or
  GST 18%), Star Health's and ICICI Prudential Life's Premium, Digit's sum, the Rs.x/- in LIC's SMS. A slip's
  AMOUNT, TOTAL AMOUNT, Alliance Air's Total fare (never its Base fare or Taxes and fees), the restaurant's
  Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish), the INR x in ICICI Bank's SMS (never its
  Avl Limit), OneCard's sum large. A utility's ભરેલ રકમ (Amount Paid), the sums large, GTPL's sum, JioFiber's
  Amount (its sentence's sum the same), the tanker's "કુલ" (total) written in (never a trip's sum), SBI
  FASTag's Amount, the Rs.x in PGVCL's SMS. An alert's sum debited or paid as worded (grouped the Indian or
  the English way or not at all; the passbook entry's Withdrawal), never an Avl Bal, a passbook's Balance or
  its B/F line. Currency INR but on the wires.

* status: as printed. Paytm for Business' Payment Received, CRED's payment successful, slice's and
  JioFinance's Payment successful, Google Pay's conversation card's "Paid . <hour>" (*settled* heldout275)
  successes; *settled* (heldout303 to heldout307's screens in the region's language) Google Pay's "પૂર્ણ થયું"
  (completed) a success, the Gujarati screen printing the English screen's Completed word for word;
  Freecharge's Payment Pending pending; bob World's Transaction Failed failed. A payer's own record of the
  payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout307's remittances and
  vouchers): TallyPrime's "we have made the payment below to you", QuickBooks' Bill Payment; Garvi Gurjari's
  "has been transferred", the museum trust's "we have today paid" (*settled* heldout304's and heldout307's
  letters) successes; *settled* (new here) the direct message's "Paid Rs. x to <payee> by IMPS just now" a
  success, because a direct message is a chat thread as heldout306's Teams channel and heldout307's Slack
  channel are, and the payer states in its own words what it has paid (as their "Payment released" and
  "Released"); PayU Payouts' Transfer status: Success a success; CitiDirect BE's Pending Bank Processing
  pending (as heldout304's HSBCnet's NEFT pending bank processing); Axis Bank's Returned failed (as
  heldout306's YES CONNECT's returned). A wire's NatWest "has been sent to the beneficiary's bank", KCB's
  Transfer successful, MUFG Bank's "THE ABOVE REMITTANCE HAS BEEN EXECUTED.", NAB's Completed, Bank Muscat's
  Transfer completed, Bank of America's Status: Completed successes; Zürcher Kantonalbank's Pendent / Pending
  pending; ING's Teruggestort / Returned failed. A receipt's "Payment: received by UPI" under the tax invoice,
  the stall memo's "રોકડા મળ્યા" (cash received) in a Gujarati hand (*settled* heldout286's, heldout303's and
  heldout305 to heldout307's hands' "received"), the certificate's Paid by with its UPI Ref, Shopify's "Paid",
  Khatabook's Payment received, the workshop ticket's "Paid by UPI, Ref ..." successes; Easebuzz's Payment
  processing pending; Instamojo's Payment failed failed. A supplier's "Pd. NEFT, UTR ..." written under the
  oil mill's invoice with the accountant's tick (*settled*, as heldout298's, heldout299's and heldout303 to
  heldout307's notes on a supplier's invoice), the colour dealer's "UPI થી મળ્યા" (received by UPI) and the
  potter's "રોકડા મળ્યા" (cash received) in a Gujarati hand, the framer's "Pd. by UPI, Ref ..." in the hand,
  Shree Maruti Courier's PAYMENT : UPI with its UPI REF (*settled* heldout300 and heldout303 to heldout307: a
  carrier's receipt printed only once its freight is paid), the Vyapar invoice's Received with its Balance nil
  successes; IndiaMART's Payment pending pending; Printo's Payment failed failed. A banking page's "processed
  successfully", Gujarat Gramin Bank's "ટ્રાન્સફર સફળ" / Transfer successful, Canara ai1's Paid successfully,
  OnlineSBI's "completed successfully", MobiKwik's Payment successful, the co-operative bank's typed
  "PROCESSED UTR ..." under its oval stamp (*settled* heldout274, heldout296, heldout298, heldout301,
  heldout303 to heldout307: the branch's record of the transfer made) successes; IDFC FIRST Bank's NEFT in
  process pending; IndOASIS' NEFT Failed failed. A pay slip's "Paid by UPI, Ref ..." written on the wage
  account, Zoho Payroll's "Paid on <day> via NEFT, UTR ...", the cash voucher's "રોકડા મળ્યા" (cash received)
  in a Gujarati hand (*settled* heldout303 to heldout307's hands), the *99# reply's "is successful" (*settled*
  heldout271's "Transaction Successful."), PagarBook's Salary paid, PNB ONE's Transaction Successful
  successes; Groww's Payment processing pending; Paytm's Payment Failed failed. A fee page's receipt book
  "રોકડા મળ્યા" (cash received) in a Gujarati hand, the GST portal's "credited to the Government account", the
  Tourism Corporation of Gujarat's receipt with its Mode and UTR, Passport Seva's Payment Successful, Cyber
  Treasury Gujarat's Challan paid, ESIC's Transaction Status Success successes; DGFT's Payment Pending
  pending; the District Panchayat's Payment Failed failed. An insurer's New India "Received with thanks",
  Digit's Policy renewed (*settled* heldout303's Digit and heldout304's ICICI Lombard), Tata AIG's "The
  premium has been received", LIC's "thank you for the payment", Bajaj General's "We have received your
  payment", Niva Bupa's "Received by NEFT" successes; ICICI Prudential Life's Under verification pending
  (*settled* heldout275's "Payment under verification"); Star Health's Payment failed failed. A slip's
  APPROVED, Alliance Air's "Booking confirmed. Payment received.", OneCard's Successful, the restaurant's
  "Settled: Card" with its Auth (*settled* heldout297, heldout298 and heldout303 to heldout307) successes;
  *settled* (heldout300 and heldout302 to heldout307) ICICI Bank's "INR x spent" a success; PhonePe's RESPONSE
  AWAITED FROM BANK pending (*settled* heldout282 and heldout299 to heldout307: a terminal's answer awaited);
  Bank of Baroda's TRANSACTION DECLINED (55 INCORRECT PIN) failed. A utility's Payment Successful, Vi's Bill
  paid, IndianOil ONE's Refill booked and paid, JioFiber's "We have received your payment", the tanker's
  "રોકડા મળ્યા" (cash received) in a Gujarati hand, PGVCL's SMS' "received" successes; GTPL's Recharge pending
  pending; SBI FASTag's Recharge failed failed. *settled*: an SMS, mail, notification or passbook's debit a
  success whatever its bank's wording (SBI's "has been debited by", Bank of Baroda's and IDFC FIRST Bank's
  "debited", Axis Bank's "has been debited", a passbook's withdrawal); *settled* (new here) the Gujarati SMS'
  "ચૂકવવામાં આવ્યા છે" (have been paid) a success, because ચૂકવવું is Gujarati for paying (as heldout307's
  Hindi "भुगतान किया गया है" and heldout289's Gujarati "ડેબિટ કરવામાં આવ્યા છે"); the Kutch District Central
  Co-operative Bank's "is under process" pending (as heldout304's PNB's "is in process" and heldout306's "is
  pending for processing"); PNB's "could not be processed" failed (as heldout306's Cosmos Bank's "could not be
  completed").

* date: the day paid. A UPI screen's day and hour: Paytm for Business' Received on, Freecharge's Started at,
  slice's Date & time, bob World's Date & Time, JioFinance's "on <day> at <hour>", the day on Google Pay's
  conversation's divider over the card it heads (*settled* heldout275); *settled* (heldout306's BHIM in
  Marathi and heldout307's Paytm in Hindi) Google Pay's day with its month's Gujarati name (7 જાન્યુઆરી 2026
  is 2026-01-07), the app printing the month in the language its user chose and the day and the year in
  figures; CRED's "today, <hour>" prints no day (*settled*). Garvi Gurjari's Date on its Voucher No.'s line
  (never a Bill Date), TallyPrime's Date (never an Agst Ref's), the museum trust's Date (its "today" the same;
  never its bill's Dated), QuickBooks' Payment date (never a Bill date), CitiDirect BE's Value Date, Axis
  Bank's Value date, PayU Payouts' Processed at; the direct message under "Today <hour>" prints no day
  (*settled* heldout286, heldout289, heldout299, heldout301, heldout303 to heldout307; never a message's
  hour). A wire's NatWest Date sent, the day in KCB's sentence, MUFG Bank's VALUE DATE year first with slashes
  (2026/12/06 is 2026-12-06, *settled* heldout252, heldout272 and heldout281), Zürcher Kantonalbank's Valuta /
  Value date day first with dots (13.10.2026 is 2026-10-13, as heldout307's Buchungsdatum), NAB's Date
  processed, ING's Datum / Date day first (19-11-2026), Bank of America's Send date month first the American
  way or in words (03/12/2026 or Mar 12, 2026 is 2026-03-12, *settled* heldout272, heldout288, heldout292 and
  heldout307); Bank Muscat's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice,
  the તારીખ · Date written on the stall memo, the certificate's Received on, Instamojo's Date, Shopify's
  Placed on, Easebuzz's Initiated on, the workshop ticket's Date; Khatabook's "Today, <hour>" prints no day.
  The "on <day>" written under the oil mill's invoice (never its invoice Date), the "તા." (date) and the day
  on the colour dealer's bahi page and the potter's chit, Printo's Attempted on, Shree Maruti Courier's DATE,
  IndiaMART's Placed on, the Vyapar invoice's Date; the framer's "Date: ____" left blank prints no day
  (*settled* heldout275's framer's bill with its Date: left blank). A banking page's Transfer Date, Initiated
  on, તારીખ · Date, "on <day> at <hour>", Date, Date & Time, the તારીખ · Date written on the co-operative
  bank's form; MobiKwik's "Today, <hour>" prints no day. A pay slip's "on <day>" written on the wage account
  (never its Month), Zoho Payroll's Paid on (never the payslip's month), Paytm's Date & Time, the તારીખ · Date
  written on the cash voucher, Groww's Started on, PagarBook's Paid on (never its Salary for month), PNB ONE's
  Date; the *99# reply prints no day (*settled* heldout271). A fee page's તારીખ · Date written in the Gram
  Panchayat's book (never the year in its Particulars), the GST portal's Deposit Date, DGFT's Initiated on,
  the Tourism Corporation of Gujarat's Receipt Date (never its Towards' period), Passport Seva's Payment date,
  the District Panchayat's Attempted on (never its Period), ESIC's Challan Submitted Date (never its
  Contribution Period); Cyber Treasury Gujarat's "Today, <hour>" prints no day. An insurer's Receipt Date,
  Star Health's Attempted on, Tata AIG's Payment Date, the "on <dd-mm-yyyy>" in LIC's SMS, Bajaj General's
  Payment date, Niva Bupa's Date, ICICI Prudential Life's Initiated on; Digit's "Today, <hour>" prints no day.
  A slip's DATE (dd/mm/yyyy, dd-mm-yyyy, dd/mm/yy or dd MON yy in capitals after DATE:), Alliance Air's Paid
  on (never its Date of journey, *settled* heldout302 and heldout305 to heldout307), the restaurant's Date,
  the "on <dd-Mon-yy>" in ICICI Bank's SMS; OneCard's "Today, <hour>" prints no day. A utility's ભરણાની તારીખ
  (Payment Date) (never the બિલ માસ (Bill Month)), IndianOil ONE's Paid on, GTPL's Initiated on, JioFiber's
  Payment date, the day after "તા." in the tanker's "રોકડા મળ્યા તા. <day>" (never its માસ (month)), SBI
  FASTag's Attempted on, the "on <dd/mm/yyyy>" in PGVCL's SMS; Vi's "Today, <hour>" prints no day. The alerts'
  "તા. <dd-mm-yyyy> ના રોજ" in the Gujarati SMS (in Latin figures as the bank sends them, *settled*
  heldout289), "dtd <dd.mm.yyyy>", "on <dd/mm/yy>", "on <dd-mm-yy>", "on <dd-Mon-yy>", Axis Bank's mail's
  Date, the passbook entry's day (never the B/F line's, *settled* heldout271); Bank of Baroda's heads-up
  notification's "now" prints no day (*settled* heldout279, heldout287, heldout294, heldout303 and
  heldout305's "now"). All numeric days here are day first (heldout251, heldout259) but MUFG Bank's year first
  and Bank of America's month first. *settled*: never a Period, a Tax Year, a Contribution Period, a Bill
  Month, a month, a salary month, a payslip's month, an invoice's, a bill's, a due or a journey's day, a
  stall's rent period, an e-mail's or a message's hour, the day inside a UTR (heldout210) or inside an app's,
  a portal's, a bank's, a challan's, a CIN or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Garvi Gurjari's NEFT or RTGS, the direct message's
  IMPS, Axis Bank's NEFT, TallyPrime's NEFT or RTGS, the museum trust's NEFT, QuickBooks' Bank transfer
  (IMPS), CitiDirect BE's NEFT, PayU Payouts' IMPS (*settled* heldout302's, heldout305's, heldout306's and
  heldout307's payouts); Easebuzz's Net Banking; the oil mill's "Pd. NEFT", the Vyapar invoice's Bank (IMPS);
  the banking pages but Canara ai1's and MobiKwik's UPI, the co-operative bank's RTGS or NEFT ticked; Zoho
  Payroll's NEFT, PNB ONE's IMPS; the GST portal's E-Payment (Net Banking), DGFT's, Passport Seva's, Cyber
  Treasury Gujarat's and ESIC's Net Banking, the Tourism Corporation of Gujarat's NEFT or RTGS; New India's
  NEFT or RTGS, Tata AIG's and ICICI Prudential Life's Net Banking, LIC's Net Banking, Niva Bupa's NEFT;
  PGVCL's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way (*settled*: NatWest's
  Shared (SHA), KCB's international transfer, MUFG Bank's and Zürcher Kantonalbank's SHA, NAB's Fees SHA, Bank
  Muscat's SWIFT transfer, ING's buitenlandse overboeking, Bank of America's wire; *settled* heldout279,
  heldout301, heldout303 to heldout307). UPI for the UPI screens, Google Pay's "<bank> ખાતા ••1234 માંથી
  ચૂકવ્યા" (paid from <bank> account ••1234) and Paytm for Business' "UPI, <bank>"; the tax invoice's
  "received by UPI", the certificate's and the workshop ticket's UPI, Shopify's UPI (Razorpay), Khatabook's
  Online (UPI); the colour dealer's "UPI થી મળ્યા" (received by UPI), the framer's "Pd. by UPI", Shree Maruti
  Courier's PAYMENT : UPI, IndiaMART's UPI; Canara ai1's and MobiKwik's UPI; the wage account's UPI, Paytm,
  the *99# reply (*settled* heldout271), Groww, PagarBook's UPI; Digit's and Bajaj General's UPI; Vi's,
  IndianOil ONE's, GTPL's and PGVCL's SMS' UPI; the UPI alerts and the passbook's UPI entry. Card for
  Instamojo's Debit Card, Printo's Credit Card, the District Panchayat's Debit Card, Star Health's card, the
  slips, Alliance Air's Credit Card, the restaurant's "Settled: Card", ICICI Bank's SMS, OneCard's app,
  JioFiber's Credit Card and SBI FASTag's Debit Card. Cash for the stall memo's, the potter's, the cash
  voucher's, the Gram Panchayat's and the tanker's "રોકડા મળ્યા" (cash received) in a Gujarati hand (*settled*
  heldout273, heldout286, heldout294 and heldout303 to heldout307's hands).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout307): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref No. (beside its Order ID), Google Pay's
  UPI વ્યવહાર ID (UPI transaction ID, above its Google વ્યવહાર ID), CRED's UPI reference number, Freecharge's
  and slice's UPI Ref No., JioFinance's UPI Ref No.; Garvi Gurjari's UTR (above its Voucher No.), the direct
  message's IMPS ref, Axis Bank's UTR (above its Payment ID), TallyPrime's Transaction No. (the UTR, above its
  Vch No.), QuickBooks' IMPS reference (above its Ref no.), PayU Payouts' Bank Ref. No. (UTR) (above its
  Payout ID); the tax invoice's UPI Ref, the certificate's Ref, Khatabook's UPI Ref, the workshop ticket's Ref
  (above its No.); the UTR written under the oil mill's invoice, the colour dealer's and the framer's Ref
  written in, Shree Maruti Courier's UPI REF, the Vyapar invoice's Ref. No.; the banking pages' UTR No., UTR,
  IMPS સંદર્ભ નં. · IMPS Ref No., UPI Ref No., the co-operative bank's typed UTR; the wage account's Ref, Zoho
  Payroll's UTR, the *99# reply's UPI Ref, Groww's UPI Ref No., PagarBook's UPI Ref, PNB ONE's IMPS Ref No.;
  the Tourism Corporation of Gujarat's UTR; New India's UTR, Bajaj General's UPI Ref., Niva Bupa's UTR; a
  slip's RRN; IndianOil ONE's UPI Ref; the alerts' UPI Ref, IMPS Ref, UTR, Ref, the Gujarati SMS' સંદર્ભ નં.
  (reference No.), the reference inside Axis Bank's Transaction Info and the passbook entry (*settled*
  heldout271)), then a bank reference (NatWest's Payment reference, MUFG Bank's REMITTANCE NO., Zürcher
  Kantonalbank's Referenz / Reference, NAB's Payment ID, Bank Muscat's Reference, ING's Referentie /
  Reference, Bank of America's Transaction reference, CitiDirect BE's Transaction Reference, Baroda Connect's
  Reference No. and OnlineSBI's Reference No. (under their UTRs), IndOASIS' Reference No., Cyber Treasury
  Gujarat's Bank Ref. No. (above its Challan No.); *settled* (new here) the GST portal's CIN above its CPIN,
  because the CIN is the bank's number for the tax it received as GRAS' Bank CIN is (heldout307's, above its
  GRN)), then a transaction / payment id (bob World's Transaction ID, Instamojo's Payment ID, Shopify's
  Transaction ID, Easebuzz's Txn ID, Paytm's Transaction ID, DGFT's, Passport Seva's and the District
  Panchayat's Transaction ID, Cyber Treasury Gujarat's Challan No. (*settled* heldout302 and heldout304: a
  treasury's challan as its GRN), ESIC's Transaction Number, Star Health's Payment ID, Digit's, Tata AIG's and
  ICICI Prudential Life's Transaction ID, Alliance Air's Transaction ID (above its PNR), OneCard's Reference
  No., Vi's, GTPL's, JioFiber's Transaction ID, SBI FASTag's Transaction Ref. No., PGVCL's વ્યવહાર નંબર
  (Transaction ID) and the Txn ID in its SMS), then an approval code (APPR CODE, AUTH CODE, the restaurant's
  Auth), then an order's number (Paytm for Business' Order ID, Instamojo's Order, Shopify's Order #,
  Easebuzz's Order ID, Printo's Order No., IndiaMART's Order ID, Alliance Air's PNR (*settled* heldout126,
  heldout302, heldout305 and heldout306), IndianOil ONE's Booking ID), then a document's own number (Garvi
  Gurjari's Voucher No., TallyPrime's Vch No., QuickBooks' Ref no. and CitiDirect BE's Customer Reference (a
  payer's own number for its payment, *settled* heldout281, heldout295, heldout301, heldout303 to heldout307),
  the tax invoice's Invoice No., the workshop ticket's No. (a receipt's own number), the oil mill's and the
  Vyapar invoice's Invoice No., the GST portal's CPIN (*settled* heldout304), ESIC's Challan Number (a challan
  numbered when it is created, as heldout304's CPIN), the Tourism Corporation of Gujarat's Receipt No., New
  India's and Niva Bupa's Receipt No., PGVCL's પહોંચ નંબર (Receipt No.), JioFiber's Receipt No., a slip's
  INVOICE, INV and INVOICE NO, the restaurant's Bill No.). *settled*: never a card, account, phone or mobile
  number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, an Employee ID, a Policy No. or
  Policy Number, a Certificate No., an Application No., an ARN, a PEC No., an Employer Code, a Property No. or
  મિલકત નંબર, a Consumer No., an Account No., an STB No., a Tag ID, a Vehicle No., a Mobile No., a CN NO or
  its barcode (a consignment's number, as an AWB NO, *settled* heldout274, heldout299, heldout303 to
  heldout307), a slip's MID / TID / BATCH, a No. left blank (the Gram Panchayat's book, the cash voucher), a
  bill or an invoice named on an advice, a letter or a receipt (Garvi Gurjari's, TallyPrime's, the museum
  trust's and QuickBooks' bills)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout308_families import (
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

SPLIT = "heldout308"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout306's and heldout307's: the screens in
# DejaVu Sans, Noto Sans Display, Liberation Sans (liberation2), Noto Sans and DejaVu Sans Condensed; the
# pages in Liberation Serif (liberation2), Noto Serif, FreeSerif, DejaVu Serif, Liberation Sans (liberation)
# and Noto Sans; the firm's, its suppliers' and its people's papers in DejaVu Serif Condensed, Noto Serif
# Display, Liberation Serif (liberation), FreeSans and Liberation Sans (liberation2); the slips in four monos
# in another order; beside them Noto Sans and Noto Serif Gujarati (heldout289's) for the Gujarati lines,
# labels, hand and SMS, an upright DejaVu Serif for a Gujarati hand's figures (heldout289's), a pen's italic
# or oblique (``heldout308_families.PENS``) and a page's own fixed-width face (``heldout308_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
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


def make_heldout308_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout308 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

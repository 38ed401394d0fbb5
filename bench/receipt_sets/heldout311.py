"""heldout311: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Phulkari embroidery women's collective's year of 2026 in Patiala, Punjab (Sanjh
Phulkari Mahila Sahkari Sabha Ltd., ਸਾਂਝ ਫੁਲਕਾਰੀ ਮਹਿਲਾ ਸਹਿਕਾਰੀ ਸਭਾ ਲਿ., a women's co-operative society, Regd.
No. 1147/PTA of 2011, GSTIN 03AAAAS7243N1ZK, Udyam UDYAM-PB-17-0031842, with Gurmeet Kaur Sandhu its
president, Harpreet Kaur Grewal its secretary, Simran Kaur Sandhu, who takes the export orders and keeps the
web shop, Manjit Kaur Bajwa, who keeps its accounts, and Bibi Charanjit Kaur, its master embroiderer, who
draws the designs: the women of Tripuri, Sanaur and the villages round Patiala (Jasvir Kaur, Paramjit Kaur,
Sukhwinder Kaur, Balwinder Kaur, Rajwant Kaur, Kulwant Kaur, Manpreet Kaur and Amandeep Kaur among them) take
home lengths of hand-spun khaddar dyed madder red, maroon, rust and indigo black, its designs traced on them
from wooden blocks, and darn them from the back in untwisted silk floss (pat) in golden yellow, orange, white,
magenta and green, stroke beside stroke, into baghs so thick the ground hardly shows, phulkari dupattas with
chope borders, white thirma odhnis, sainchi-style shawls, stoles, kurtis, cushion covers and runners; the pat
comes from an Amritsar silk yarn dealer in Katra Jaimal Singh, the khaddar from a Samana weaver, the dyeing
from a Sanaur dyer, the blocks from a Tripuri block maker, needles and threads from udaan, the gota lace from
a Patiala lace house, the tags from PrintStop and the boxes from a Rajpura carton maker, and the parcels go by
Trackon Couriers; its shop in Adalat Bazaar near Qila Mubarak, Sanjh Phulkari Ghar, ਸਾਂਝ ਫੁਲਕਾਰੀ ਘਰ, with
Navneet Kaur at its counter and Gurdeep Singh, its helper; its stall at the Teeyan fair at Sheesh Mahal,
Patiala, from 10 to 16 August; the web shop sanjhphulkari.in, its Cashfree checkout, Paytm's gateway and an
Etsy shop; the Punjab Small Industries & Export Corporation's Phulkari emporia, a Chandigarh boutique, a Delhi
couture label, a Ludhiana wedding house, a Bengaluru craft marketplace, an Amritsar hotel group, a Mumbai
apparel brand and a Ludhiana knitwear exporter at home, and Punjabi tailoring houses, bridal boutiques and
textile shops in Southall, Brampton, Yuba City, Melbourne, Auckland, Dubai, Novellara and Singapore abroad),
told by the proofs of payment it receives (buyers' BharatPe for Business on the Ghar's phone, Jupiter, BHIM
set in Punjabi, PSB UnIC, Amazon Pay, IndusMobile, a WhatsApp chat with the Ghar and Fi; PSIEC's advice under
its Punjabi name, a boutique's forwarded WhatsApp message, a couture label's SAP Business One advice, Kotak
FYN with a wedding house's NEFT awaiting approval, RazorpayX's payout, ICICI Bank's Corporate Internet Banking
with a hotel group's NEFT rejected, an apparel brand's Google Chat space and a knitwear exporter's faxed
letter; Lloyds Bank, RBC Royal Bank, Chase, Westpac, ANZ goMoney, Emirates NBD, Intesa Sanpaolo and OCBC for
buyers in Southall, Brampton, Yuba City, Melbourne, Auckland, Dubai, Novellara and Singapore in pounds,
Canadian dollars, US dollars, Australian dollars, New Zealand dollars, dirhams, euros and Singapore dollars;
the Ghar's tax invoice under a bagh, the Teeyan stall's cash bill in a Punjabi hand, Cashfree's pending
checkout, OkCredit, Paytm Payment Gateway's failed page, the Sabha's receipt across its counterfoil, Etsy's
deposit mail and the Ghar's bill from Marg on a roll) and those it makes (the silk yarn dealer's invoice with
the accountant's ring round its Total, udaan's pending order, the weaver's bill in a Punjabi hand on a spiral
notebook's page, the dyer's chit in a Punjabi hand, the block maker's bill with its Date left blank, Trackon's
roll, PrintStop's declined checkout and the carton maker's Marg invoice under a PAID watermark; Punjab Gramin
Bank's app with its Punjabi labels, IOB Mobile, PhonePe, AU 0101, J&K Bank's mPay Delight+, the Patiala
Central Co-operative Bank's internet banking, iMobile Pay and Airtel Payments Bank for the silk yarn dealer,
the carton maker, the dyer, the weaver, the block maker, the tailor, the courier and the lace house; an
embroiderer's piece-work account, Keka's payslip, a Lohri advance receipt in a Punjabi hand signed by a thumb,
MobiKwik, bob World, Google Pay, Paytm and the helper's attendance and wage card; the Municipal Corporation
Patiala's property tax receipt in Punjabi labels, eSewa Punjab, IFMS Punjab's pending e-Receipt, the Registrar
of Co-operative Societies' audit fee receipt, the Department of Tourism & Cultural Affairs' stall fee receipt
from its book, EPCH's membership fee mail, the Trade Marks Registry's failed e-filing fee and the Department
of Taxation's PSDT acknowledgement; Zuno's, The Oriental Insurance's, Chola MS's, ManipalCigna's, Canara HSBC
Life's, Kotak Life's, Reliance General's and Universal Sompo's premiums; cards on the Ghar's Pine Labs
terminal and the Teeyan stall's Mswipe terminal, at an Amritsar hotel's Kotak terminal, on Air India, at a
Patiala sewing machine shop, on a Patiala restaurant's DotPe bill, in Axis Bank's SMS and on IDFC FIRST Bank's
credit card app; PSPCL, BSNL Selfcare, Fastway, HP Gas, Connect Broadband, MyJio, PSPCL's SMS and a news
agency's bill in a Punjabi hand; the banks' SMS, Punjab Gramin Bank's SMS in Punjabi, Punjab & Sind Bank's
notification in the pulled-down shade, ICICI Bank's mail and PNB's WhatsApp banking). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout308's or heldout309's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (PhonePe, Paytm, Google Pay, BHIM, Amazon, Kotak, ICICI Bank, IDFC FIRST Bank, MobiKwik, Bank of Baroda,
Canara Bank, Axis Bank, SBI, PNB, HDFC Bank and Razorpay among the issuers; a receiving business's own app, a
UPI app set in the region's language, an app's failure, pending, no-reference or "Today" page, a state crafts
corporation's advice, a payer's chat or channel, an accounting program's advice, a corporate bank's page with
a transfer waiting or sent back, a payout, a payer's letter, a wire's page, a shop's tax invoice, a festival
stall's memo, a gateway's pending or failed page, a web shop's payout mail, a ledger app, a receipt's number
struck in red, a supplier's invoice with its payment noted on it, a supplier's chit in a regional hand, a
carrier's roll, a marketplace's pending or declined order, a supplier's bill with its day left out, a bank's
app in the region's language, a shared receipt with no reference, a piece work account, a payslip, a festival
advance receipt, a municipal receipt in regional labels, a treasury's pending challan, a tax or dues page
failed, an app's fee page, a receipt book's page, a premium receipt, an insurer's app, mail or SMS, a marine
cargo certificate, a card slip approved, pending or declined, a fare paid by card, a card issuer's app or
message, a restaurant's bill settled by card, a utility's receipt, app, mail or SMS, a refill's pending
payment, a hand-written monthly bill, a bank's SMS in the region's language, a bank's mail, a phone's
notification), it is drawn here for another issuer in this set's own labels and marks, and near ones are
noted: BharatPe for Business on the Ghar's phone with its soundbox's announcement, where heldout308 and
heldout309 drew Paytm for Business; Jupiter's "Today" on a pale top with a wavy edge, where heldout309 drew
Tata Neu's "Today" and heldout308 CRED's; BHIM set in Punjabi with its month's Punjabi name, where heldout309
drew PhonePe set in Assamese and heldout308 Google Pay set in Gujarati; PSB UnIC's table ruled on every side,
where heldout309 drew mBandhan's striped table and heldout308 bob World's failure in such a table; Amazon
Pay's failure on a tinted band, where heldout309 drew super.money's under a tile's cross and heldout308 bob
World's under a large round cross; IndusMobile's capsule under its tabs, where heldout309 drew Kotak's capsule
in dot leaders; WhatsApp's payment pending in a green bubble with no reference, where heldout309 drew Google
Pay's thread and heldout308 Google Pay's conversation with none (and CRED's processing and Freecharge's
pending); Fi's scalloped badge, where heldout309 drew Tata Neu's; PSIEC's PAYMENT ADVICE under its Punjabi
name in a table ruled on every side, where heldout309 drew the Kalakshetra Society's under its Assamese name
on hairline rows and heldout308 Garvi Gurjari's under its Gujarati name; the boutique's forwarded WhatsApp
message with no reference, where heldout308 drew a home store's Instagram direct messages and heldout309 a
Zoho Cliq channel (and heldout308 a museum trust's letter and heldout309 a school's letter with none); SAP
Business One's advice, where heldout309 drew Oracle NetSuite's bill payment and heldout308 TallyPrime's and
QuickBooks'; Kotak FYN's NEFT awaiting approval over a progress bar, where heldout309 drew IDFC FIRST Bank's
NEFT sent to RBI and heldout308 CitiDirect BE's pending bank processing; RazorpayX's payout mail, where
heldout308 drew PayU Payouts; ICICI Bank's Corporate Internet Banking with a NEFT rejected on a tinted band,
where heldout309 drew PNB's NEFT returned on a tinted band and heldout308 Axis Bank's neo's; the Google Chat
space under "Today", where heldout309 drew Zoho Cliq's channel and heldout308 an Instagram thread; the
knitwear exporter's faxed letter, where heldout308 drew a museum trust's letter with its folds and heldout309
a school's letter by hand; Lloyds Bank's pounds with colons, where heldout308 drew NatWest's pounds in a table
ruled on every side; Chase's wire returned month first against a gutter, where heldout309 drew Bank of
America's wire month first on hairline rows and heldout308 Bank of America's with labels over their values
(and heldout309 Handelsbanken's rejected on a tinted band, heldout308 ING's returned); Westpac's striped table
in Australian dollars, where heldout309 drew NAB Connect's payment held and heldout308 NAB's in dot leaders;
ANZ goMoney's sentence with no reference, where heldout309 drew Maybank2u Biz's and heldout308 KCB's; Intesa
Sanpaolo's euros the Italian way in progress, where heldout309 drew UniCredit's executed (and heldout309 NAB
Connect's held and heldout308 Zürcher Kantonalbank's pending); OCBC's "Today", where heldout309 drew SOL
Global's and heldout308 Bank Muscat's; the Ghar's tax invoice under a bagh with its UPI QR code, where
heldout309 drew one under a Garuda's mask and heldout308 one under a rogan tree of life; the Teeyan stall's
cash bill in a Punjabi hand lying on a bagh, where heldout309 drew the Raas stall's memo in an Assamese hand
lying on a dhari and heldout308 the Rann Utsav stall's memo on the painter's board; Cashfree's pending
checkout and Paytm Payment Gateway's failure, where heldout309 drew PayU's pending checkout and Instamojo's
failed payment link and heldout308 Easebuzz's pending checkout and Instamojo's failure; OkCredit's "Today",
where both drew Khatabook's; the receipt across its counterfoil with its No. struck in red, where heldout309
drew a money receipt in Assamese labels with its No. struck in red; Etsy's deposit mail, where heldout309 drew
Razorpay's settlement mail; the Ghar's bill from Marg on a roll, where heldout309 drew a paint shop's Vyapar
bill on a roll; the silk yarn dealer's invoice with the accountant's ring round its Total, where heldout309
drew the cloth store's under a PAID stamp and heldout308 the oil mill's under a highlighter's stroke; udaan's
pending order, where heldout309 drew Amazon.in's and heldout308 IndiaMART's; the weaver's bill in a Punjabi
hand on a spiral notebook's page and the dyer's chit, where heldout309 drew the bamboo seller's and the
potter's chits in an Assamese hand and heldout308 the colour dealer's bahi page and the potter's chit in a
Gujarati hand; the block maker's bill with its Date left blank, where heldout308 drew the framer's bill with
its Date left blank and heldout309 the potter's date left as dots; Trackon's roll, where heldout309 drew
DTDC's and heldout308 Shree Maruti Courier's; PrintStop's declined checkout, where both drew Printo's; the
carton maker's Marg invoice under a PAID watermark, where heldout309 drew the packaging house's Tally invoice;
Punjab Gramin Bank's app with its Punjabi labels, where heldout309 drew Assam Gramin Vikash Bank's app in
ruled cells and heldout308 Gujarat Gramin Bank's app; IOB Mobile's NEFT failed under a large round cross,
where heldout309 drew Canara ai1's NEFT failed and heldout308 IndOASIS' in octagons; PhonePe's "Today", where
heldout309 drew HDFC Bank's and heldout308 MobiKwik's; mPay Delight+'s IMPS on a scalloped badge, where
heldout309 drew IndOASIS' IMPS on one; the Patiala Central Co-operative Bank's NEFT in process under a
spinner, where heldout309 drew the Apex Bank's NEFT in process and heldout308 IDFC FIRST Bank's with their
stages top to bottom; Airtel Payments Bank's rounded card with no reference, where heldout309 drew IPPB's; the
embroiderer's piece-work account, where heldout309 drew a mask maker's work account and heldout308 a painter's
wage account; Keka's payslip, where both drew Zoho Payroll's; the Lohri advance in a Punjabi hand signed by a
thumb, where heldout309 drew a Bohag Bihu advance in an Assamese hand; MobiKwik's pending, where heldout309
drew Google Pay's processing and heldout308 Groww's; bob World's IMPS, where heldout309 drew YONO SBI's quick
transfer and heldout308 PNB ONE's IMPS; Google Pay's failure in an octagon, where heldout309 drew BHIM's and
heldout308 Paytm's failure; Paytm's "Today", where heldout309 drew slice's; the Municipal Corporation
Patiala's property tax receipt in Punjabi labels, where heldout309 drew the Gaon Panchayat's trade licence
receipt in Assamese labels and heldout308 Gram Panchayat Nirona's receipt book; eSewa Punjab's "Today", where
heldout309 drew Paytm's professional tax and heldout308 Cyber Treasury Gujarat's; IFMS Punjab's pending
e-Receipt, where heldout309 drew e-GRAS Assam's pending challan and heldout308 DGFT's pending fee; the
Department of Tourism & Cultural Affairs' stall fee from its book, where heldout309 drew the Revenue Circle's
receipt from its book and heldout308 the Tourism Corporation of Gujarat's stall rent receipt; the Trade Marks
Registry's failure on a tinted band, where heldout309 drew the Department of Tourism's failed stall booking on
one; the PSDT acknowledgement with its CIN, where heldout308 drew the GST portal's challan receipt with its
CIN; Zuno's "Today", where heldout309 drew Kotak General's and heldout308 Digit's; The Oriental Insurance
Company's receipt on hairline rows, where heldout309 drew Bajaj General's and heldout308 The New India
Assurance's in tables ruled on every side; Chola MS's marine cargo certificate in a striped table, where
heldout308 drew Tata AIG's in a striped table and heldout309 National Insurance's against a gutter;
ManipalCigna's failure in an octagon, where heldout309 drew Tata AIG's failure and heldout308 Star Health's;
Canara HSBC Life's SMS, where heldout309 drew Tata AIA Life's SMS and heldout308 LIC's, both with no
reference; Kotak Life's premium under process, where heldout309 drew Niva Bupa's under process and heldout308
ICICI Prudential Life's under verification; Reliance General's mail against a gutter, where heldout308 drew
Bajaj General's mail against a gutter and heldout309 Royal Sundaram's mail; Universal Sompo's cover note typed
on its printer, where heldout309 drew LIC's receipt typed on its branch's printer; Pine Labs' slip at the
Ghar, where both drew Paytm's card machine's; Kotak's slip at an Amritsar hotel, where heldout309 drew HDFC
Bank's at a Guwahati hotel and heldout308 Axis Bank's at an Ahmedabad hotel; Mswipe's status unknown at the
stall, where heldout309 drew Mosambee's status awaited and heldout308 PhonePe's response awaited; Air India's
booking receipt in a striped table, where heldout309 drew IndiGo's booking and heldout308 Alliance Air's
e-ticket; State Bank of India's slip declined, where heldout309 drew Axis Bank's and heldout308 Bank of
Baroda's; DotPe's bill, where both drew POSist's; Axis Bank's card SMS, where heldout309 drew SBI Card's and
heldout308 ICICI Bank's; IDFC FIRST Bank's credit card app, where both drew OneCard's; PSPCL's receipt in
Punjabi labels, where heldout309 drew APDCL's in ruled cells and heldout308 PGVCL's in Gujarati labels with
dot leaders; BSNL Selfcare's "Today", where both drew Vi's; Fastway's recharge, where heldout308 drew GTPL's
pending; HP Gas' pending refill payment, where heldout309 drew d2h's pending recharge and heldout308 GTPL's;
Connect Broadband's mail in a table ruled on every side, where heldout308 drew JioFiber's mail in such a table
and heldout309 Airtel's mail; MyJio's failed recharge, where heldout309 drew RailWire's failed renewal and
heldout308 SBI FASTag's failure; PSPCL's SMS, where heldout308 drew PGVCL's; the news agency's bill in a
Punjabi hand, where heldout309 drew a news agency's bill in an Assamese hand and heldout308 a water tanker's
card in a Gujarati hand; Punjab Gramin Bank's SMS in Punjabi, where heldout309 drew Assam Gramin Vikash Bank's
in Assamese and heldout308 Gujarat Gramin Bank's in Gujarati; SBI's, HDFC Bank's, Canara Bank's and the
Patiala Central Co-operative Bank's SMS in their own wordings, where heldout309 drew UCO Bank's, SBI's, PNB's
and Indian Bank's and heldout308 the Kutch district bank's, SBI's and PNB's; Punjab & Sind Bank's notification
in the pulled-down shade, where heldout308 drew Bank of Baroda's heads-up notification and IDFC FIRST Bank's
on the lock screen and heldout309 Bandhan Bank's inbox; ICICI Bank's mail, where both drew Axis Bank's; PNB's
WhatsApp banking, where heldout309 drew the Apex Bank's SMS on a feature phone. Some of this set's issuers and
kinds of paper were drawn by sets before heldout308 (heldout307's Air India Express booking, ICICI Bank's
mail, HDFC Bank's WhatsApp banking, Indian Bank's notification in the pulled-down shade, its Eid advance
receipt signed by a thumb, its advance receipt across its counterfoil, Amazon Pay and iMobile Pay;
heldout306's BHIM set in Marathi and Amazon Pay's "Today"; heldout275's framer's bill with its Date left
blank; heldout205's and heldout206's dirhams, heldout207's Canadian and Singapore dollars, heldout215's New
Zealand dollars, heldout238's euros the Italian way, heldout270's ISO days), and are drawn here in this set's
own labels and arrangements; the families' docstrings list each one's labels. This set draws kinds of row and
page heldout308 and heldout309 do not: Punjabi in Gurmukhi in Noto Sans and Serif Gurmukhi (no earlier set
draws the script): a UPI app set in Punjabi with its month's Punjabi name, a corporation's, a society's, a
bank's, a municipal corporation's, a department's and an electricity company's names, a bank app's, a property
tax receipt's and an electricity receipt's labels, headings, a stall's cash bill, a weaver's bill, a dyer's
chit, a Lohri advance and a news agency's bill in a Punjabi hand, a bank's SMS; a label in Punjabi with its
English after a slash small in the label's ink and its value at the right, a hairline under it; a bagh as a
letterhead's emblem (a panel of hand-spun khaddar darned in pat so thick the ground hardly shows: a great
lozenge of nested lozenges, the satin strokes of each ring running across in one and down in the next so the
same golden floss shines in two tones, half lozenges at its edges, rows of stepped triangles along its top and
foot); a phulkari's border as a divider (a strip of khaddar, stepped triangles darned along both its edges, a
chain of small lozenges between them); strands of pat, a threaded needle and a small skein in a page's
margins; a page photographed lying on a bagh (a lattice of darned golden lozenges, a skein of floss and a
needle beside the page); a WhatsApp chat's bubbles, pale green at the right and grey at the left, with a
payment pending set large in one (heldout308 drew an Instagram thread's violet and grey ones); and beside them
earlier sets' rows neither of them draws: heldout287's soundbox's announcement and fax's transmission line,
heldout269's QR code and a thumb impression's box, heldout275's app tabs, heldout279's pale top with a wavy
edge, heldout273's ring drawn by hand round a total and PAID watermark, heldout294's forwarded mark,
heldout289's spiral notebook's page and pulled-down notification shade, heldout277's muster's boxes of days,
heldout271's lines across a counterfoil and its perforation; and heldout269's to heldout294's rows (tables
ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left and values at
the right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two to a row,
values over their labels, labels over their values two to a row, copyable fields, notice boxes, a payment's
stages left to right, a progress bar, large round marks, octagons, scalloped badges, tile marks, spinners, a
payee's initials in a round badge, a day divider, chat bubbles, rounded cards, hand-written fills and columns
on a ruled page, a sum in a box, oval stamps, a red numbering-machine number, signatures, a torn roll, a
barcode).

* ``buyer_upi``: Buyers paying Sanjh Phulkari Ghar or the Sabha: BharatPe for Business on the Ghar's phone
  (the Ghar under the app's bar, its soundbox's announcement, a large round tick, Payment received, the sum
  set large, "from <buyer>"; UPI Ref No., Received at, Paid via and Settlement against a gutter); Jupiter's
  money sent ("Today, <hour>"; a tile's tick, Money sent and the sum on a pale top with a wavy edge; To, UPI
  Ref. No., From and Note with colons; no day); BHIM set in Punjabi (an octagon's tick, "ਭੁਗਤਾਨ ਸਫਲ ਰਿਹਾ"
  (payment successful), the day with its month's Punjabi name and the hour, the sum, "ਪ੍ਰਾਪਤਕਰਤਾ" (recipient)
  over the payee and its UPI ID; "ਲੈਣ-ਦੇਣ ਦੇ ਵੇਰਵੇ" (transaction details): each label in Punjabi with its
  English after a slash and the value at the right, a hairline under each: "ਯੂਪੀਆਈ ਹਵਾਲਾ ਨੰ." (UPI Ref No.),
  "ਖਾਤੇ ਵਿੱਚੋਂ" (From A/c), "ਟਿੱਪਣੀ" (Note)); Punjab & Sind Bank's PSB UnIC with Transaction Successful under
  a large round tick (the sum; Paid to, UPI Ref No., Date & Time, Debit A/c, Remarks in a table ruled on every
  side); Amazon Pay's UPI payment failed on a tinted band (the sum, "to <payee>", the reason in a notice;
  Transaction ID and Attempted on, Bank and Mode, labels small over their values two to a row); IndusInd
  Bank's IndusMobile under its tabs (Payment successful in a capsule, the sum, "Paid to" over the payee; UPI
  Ref No., Date, From and Note at the left and the right); WhatsApp's chat with the Ghar with a payment
  pending in a green bubble (the Ghar on top, the day's divider, the bubble: "Payment to <payee>", the sum set
  large, "Pending" and the hour; a note under it; no reference); Fi's money sent on a scalloped badge (the
  sum; To, UPI Ref No., Sent on and From in shaded labels). All new here.

* ``buyer_advices``: Payers' advices of what they paid the Sabha: the Punjab Small Industries & Export
  Corporation's PAYMENT ADVICE for its Phulkari emporia under its Punjabi name (Ref. No. and Date on a line;
  "To, The Secretary," and the Sabha; Sub:; Bill No. | Bill Date | Gross | TDS-GST 2% | Net in a table ruled
  on every side, Net amount paid its total row; "The net amount has been remitted ... through NEFT vide UTR
  ..."; its oval stamp; the Manager (Accounts)' signature); a Chandigarh boutique's WhatsApp chat with a
  forwarded message in a grey bubble ("Paid Rs. x to <payee> by NEFT on <day> against bill ..."; the Ghar's
  reply in a green bubble; no reference); a Delhi designer label's Payment Advice mailed from SAP Business One
  (its sentence; Document No., Posting Date, Vendor, Payment Means and Reference against a gutter; Invoice |
  Date | Amount on hairline rows; Total under a rule and a double rule); Kotak FYN with a Ludhiana wedding
  house's NEFT awaiting approval (a capsule, a progress bar, a notice; Payment ID and Value Date, Beneficiary
  and Amount, Mode and UTR, labels small over their values two to a row); RazorpayX's payout mail for a
  Bengaluru craft marketplace (Payout processed, its sentence; Beneficiary, Amount, Mode, Payout ID, UTR,
  Processed on, Purpose at the left and the right); ICICI Bank's Corporate Internet Banking with an Amritsar
  hotel's NEFT rejected on a tinted band (the reason in a notice; Transaction Reference, Beneficiary Name,
  Amount, Transaction Date, Payment Mode, Rejection Reason in dot leaders); a Mumbai fashion brand's Google
  Chat space under a "Today" divider (the writer's name, bold, and the hour; "Payment done: Rs. x to <payee>
  via IMPS ...", "IMPS ref no ..."; a reply; no day); a Ludhiana knitwear exporter's letter as it came off the
  fax (the fax's transmission line across its top; Date; "To, The Secretary," and the Sabha; Sub:; "We have
  today remitted Rs. x/- ... by NEFT vide UTR ..."; Yours faithfully and a signature). All new here.

* ``export_wires``: Punjabi tailoring houses, bridal boutiques and textile shops abroad paying the Sabha for
  its baghs, dupattas and shawls: Lloyds Bank's Commercial Banking with an international payment sent in
  pounds (Payment sent; Payment reference, Date sent, Beneficiary, Beneficiary bank, BIC, Amount, Charges with
  colons); RBC Royal Bank's international money transfer completed in Canadian dollars (Reference number, Date
  as an ISO day, Beneficiary, Beneficiary bank, Amount, Fee type in a table ruled on every side); Chase's wire
  returned in US dollars on a tinted band, the day month first (the reason in a notice; Wire reference,
  Recipient, Amount, Send date, Return reason against a gutter); Westpac's Corporate Online with a payment
  completed in Australian dollars (Payment reference, Beneficiary, Beneficiary bank, Amount, Value date, Fees
  in a striped table); ANZ goMoney's international payment sent in New Zealand dollars (a tile's tick, the
  sum, "to <payee>", "on <day>"; Fee, Exchange rate and Type at the left and the right; no reference);
  Emirates NBD's Business Online with a telegraphic transfer processed in dirhams (Reference No., Beneficiary,
  Amount, Value Date, Charges in dot leaders); Intesa Sanpaolo's foreign transfer in progress in euros the
  Italian way (an In lavorazione / In progress capsule, a notice; each label's Italian and its English after a
  slash in shaded labels: Riferimento / Reference, Beneficiario / Beneficiary, Importo / Amount, Data
  esecuzione / Execution date, Spese / Charges); OCBC's Business app with a transfer sent in Singapore dollars
  ("Today, <hour>"; a large round tick, the sum, "to <payee>"; a copyable Transaction reference; Type and Fee
  at the left and the right; no day). All new here.

* ``own_receipts``: The Sabha's own papers, its Ghar or itself on top: Sanjh Phulkari Ghar's TAX INVOICE under
  a bagh, its Punjabi name and a phulkari's border, to a Ludhiana buyer (Invoice No. and Date, Buyer and Place
  of Supply at the left and the right; # | Item | HSN | Qty | Rate | Amount in a table ruled on every side;
  Taxable Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a rule and a double rule; the sum in
  words; "Paid by UPI, Ref ..."; its UPI QR code; floss and a needle in its margins); the Teeyan fair stall's
  cash bill in the fair's days, photographed lying on a bagh (its Punjabi name over its English, "ਨਕਦ ਬਿੱਲ"
  (cash bill); ਮਿਤੀ / Date and ਨਾਮ / Name written in; the pieces written in a Punjabi hand on ruled lines with
  their sums, "ਕੁੱਲ" (total), "ਨਕਦ ਮਿਲੇ" (cash received); no reference); Cashfree's checkout for the web shop
  with the payment pending (the shop on top, the sum, its stages left to right, a notice; Order ID, Cashfree
  Ref, Payment mode, Initiated on against a gutter); OkCredit on the Ghar's phone with a customer's payment
  ("Today, <hour>"; the Ghar under the app; the customer's card: Payment received, the sum, Online payment
  (UPI), UPI Ref; Due now; no day); Paytm Payment Gateway's page for the web shop with a card payment failed
  under a large round cross (the shop on top, the reason in a notice; Order ID and Amount, Txn ID and
  Attempted on in tiles; Payment method); the Sabha's RECEIPT for a college's or a committee's advance across
  its counterfoil (No. struck in red; the counterfoil's Date, From, Rs., For and By and the receipt's Date,
  Received from, Rupees, Towards and "by UPI, Ref" printed, the values written in by hand, the perforation
  between the halves; the sum in words; the Secretary's signature); Etsy's deposit mail (Deposit sent, its
  sentence; Shop, Deposit ID, Amount, Deposited to, Sent on, Orders included, Fees deducted at the left and
  the right); the Ghar's bill from Marg's billing on a three-inch roll (Bill No., Date; the pieces, Sub Total,
  CGST 2.5%, SGST 2.5%, Net Amount; "Paid: UPI" and its Ref). All new here.

* ``supplier_invoices``: The Sabha's suppliers, each on top of its own paper: an Amritsar silk yarn dealer's
  TAX INVOICE for pat in its shades (Invoice No. beside its earlier Date; Description | HSN | Kg | Rate |
  Amount on hairline rows; CGST 2.5%, SGST 2.5% and Total in dot leaders) with the accountant's ring round its
  Total and "Paid NEFT, UTR ..." and "on <day>" written under it; udaan's order of needles and threads with
  the payment pending (its stages left to right, a notice; Order ID, Seller, Items, Amount, Payment, Ordered
  on in shaded labels); a Samana weaver's bill for khaddar in a Punjabi hand on a spiral notebook's page (his
  name in Latin letters at its head; "ਮਿਤੀ" (date) and the day; the red and maroon khaddar by the metre and
  ਭਾੜਾ (freight) with their sums, "ਕੁੱਲ" (total), "GPay ਰਾਹੀਂ ਮਿਲੇ" (received by GPay) and its Ref); a Sanaur
  dyer's chit in a Punjabi hand on a page folded in four (his name; the day; ਦੁਪੱਟੇ ਰੰਗਾਈ and ਖੱਦਰ ਰੰਗਾਈ
  (dupattas and khaddar dyed) with their sums, "ਕੁੱਲ" (total), "ਨਕਦ ਮਿਲੇ" (cash received); no reference); a
  Tripuri block maker's BILL from his printed book (No. struck in red; Date: left blank; M/s written in;
  Particulars | Nos. | Rate | Amount written in ruled columns, Total; "Pd. by UPI, Ref ..." in the hand; no
  day); Trackon Couriers' booking receipt from its Patiala counter on a torn roll (AWB NO and its barcode,
  DATE, ORIGIN, DEST, PCS, WT, FREIGHT, FUEL SURCH, GST 18%, NET AMT, PAY MODE, UPI TXN typed in its printer's
  face); PrintStop's checkout for hang tags with the card declined on a tinted band (the reason in a notice;
  Order No., Items, Amount, Payment method, Attempted on in a table ruled on every side); a Rajpura carton
  maker's TAX INVOICE from Marg under a PAID watermark (Invoice No. and its earlier Date; Item | Qty | Rate |
  Amount in a striped table; CGST 9%, SGST 9%, Total in dot leaders; "Payment received: IMPS, Ref ..." and
  "Received on <day>"). All new here.

* ``vendor_transfers``: The Sabha paying its suppliers from its banks: Punjab Gramin Bank's app with an IMPS
  to the silk yarn dealer under its Punjabi name (a large round tick, "ਟ੍ਰਾਂਸਫਰ ਸਫਲ ਰਿਹਾ" (transfer
  successful) over Transfer successful; the sum; each label in Punjabi with its English after a slash and the
  value at the right, a hairline under each: ਲਾਭਪਾਤਰੀ / Beneficiary, IMPS ਹਵਾਲਾ ਨੰ. / IMPS Ref No., ਮਿਤੀ /
  Date, ਖਾਤਾ / From A/c); Indian Overseas Bank's IOB Mobile with a NEFT to the carton maker failed under a
  large round cross (the reason in a notice; each value over its label: Beneficiary, Amount, Reference No.,
  Date, Mode); PhonePe's payment to the dyer ("Today, <hour>"; the payee's initials in a round badge, Payment
  Successful, the sum, "Paid to" over the payee; a copyable UPI Transaction ID; Debited from; no day); AU
  Small Finance Bank's AU 0101 with a NEFT to the Samana weaver (Transfer Successful; Beneficiary, Amount,
  UTR, Transaction Date, Remarks against a gutter); J&K Bank's mPay Delight+ with an IMPS to the block maker
  on a scalloped badge (the sum, "to <payee>"; each value over its label: IMPS Ref No., Date, Debit account);
  the Patiala Central Co-operative Bank's internet banking with a NEFT to the tailor in process under a
  spinner (a notice; Beneficiary, Amount, UTR, Initiated on in dot leaders); ICICI Bank's iMobile Pay with a
  UPI payment to the courier under a tile's tick (the sum, "to <payee>"; UPI Ref No. and Date in tiles; From);
  Airtel Payments Bank's app with a UPI payment to the lace seller in a rounded card ("<sum> sent to <payee>",
  "on <day> at <hour>"; From and Note; no reference). All new here.

* ``worker_pay``: The Sabha paying its embroiderers (the women of Tripuri, Sanaur and the villages round
  Patiala who darn its pieces at home) and its staff: an embroiderer's piece-work account under its Punjabi
  heading "ਕਢਾਈ ਦਾ ਹਿਸਾਬ" (embroidery account) (Embroiderer and Month written in; Piece | Work | Pcs | Rate |
  Amount written in ruled columns, Total; "Paid by UPI, Ref ..." and "on <day>" written under it; floss and a
  needle in its margins); Keka's payslip for the Ghar's sales assistant (Employee Name, Employee No.,
  Designation, Pay Period two pairs to a row in a table ruled on every side; Earnings | Amount | Deductions |
  Amount on hairline rows; Net Salary under a rule and a double rule with its words; "Credited on <day> by
  NEFT, UTR ..."); an embroiderer's Lohri advance receipt written in a Punjabi hand under a phulkari's border
  ("ਲੋਹੜੀ ਦੀ ਪੇਸ਼ਗੀ" (Lohri advance); "ਅੱਜ <day> ਨੂੰ ਲੋਹੜੀ ਦੀ ਪੇਸ਼ਗੀ ਵਜੋਂ" (today, on <day>, as the Lohri
  advance), "ਰੁਪਏ x/- ਨਕਦ ਮਿਲੇ।" (received Rs. x in cash)), her left thumb's impression in its box and her
  name written under it in English; a witness; no reference); MobiKwik's payment to an embroiderer pending
  under a tile's hourglass (the sum, "to <payee>", a notice; UPI Ref No., Started on, Paid from in dot
  leaders); Bank of Baroda's bob World with an IMPS to an embroiderer (Transfer successful, the sum, "to
  <payee>"; IMPS Ref No. and Date in tiles; From); Google Pay's payment to an embroiderer failed in an octagon
  (the sum, "To <payee>", the reason in a notice; UPI transaction ID, Tried on, From in shaded labels);
  Paytm's payment to an embroiderer ("Today, <hour>"; a scalloped badge, Paid successfully, the sum, "to" over
  the payee; a copyable UPI Ref No.; From and Message; no day); the Ghar's helper's attendance and wage card
  under its Punjabi heading "ਹਾਜ਼ਰੀ ਤੇ ਦਿਹਾੜੀ ਕਾਰਡ" (attendance and wage card) (Name and Month written in; the
  month's days in two rows of boxes, a tick for each day worked and A for each day absent; Days worked, Rate
  per day and Total written in; "Paid by UPI, Ref ..." and "on <day>"). All new here.

* ``govt_fees``: The Sabha's fees, taxes and dues, the authority paid as printed: the Municipal Corporation
  Patiala's property tax e-receipt for the Ghar under its Punjabi name (Payment Successful; each label in
  Punjabi with its English after a slash and the value at the right, a hairline under each: ਰਸੀਦ ਨੰ. / Receipt
  No., ਪ੍ਰਾਪਰਟੀ ਆਈਡੀ / Property ID, ਨਾਮ / Name, ਵਿੱਤੀ ਸਾਲ / Financial Year, ਰਕਮ / Amount, ਭੁਗਤਾਨ ਢੰਗ / Mode,
  ਹਵਾਲਾ ਨੰ. / UPI Ref, ਮਿਤੀ / Date); eSewa Punjab's app with the Ghar's shops and establishments renewal fee
  paid ("Today, <hour>"; a scalloped badge, Fee paid, the sum, "to" over the department; Application No. and
  Transaction ID in tiles; Paid via; no day); IFMS Punjab's e-Receipt challan pending at the bank (a capsule,
  a progress bar, a notice; Challan No., Department, Treasury, Amount, Mode, Initiated on against a gutter);
  the Registrar of Co-operative Societies' audit fee receipt (Payment received; Receipt No., Society, Regd.
  No., Audit year, Amount, Mode, UTR, Date in a table ruled on every side); the Department of Tourism &
  Cultural Affairs' stall fee receipt at the Teeyan fair from its book under its Punjabi name (No. left blank;
  Date, Stall No. and Received from written in; Rs. in a box; "Recd. in cash"; its oval stamp; no reference);
  the Export Promotion Council for Handicrafts' membership fee e-receipt mail (its sentence; Receipt No.,
  Member ID, Period, Fee, GST 18%, Total, Mode, UTR, Date at the left and the right); the Trade Marks
  Registry's e-filing fee for the Sabha's mark failed by card on a tinted band (the reason in a notice;
  Payment Ref. No., Amount, Mode, Attempted on, Bank response in dot leaders); the Department of Taxation's
  Punjab State Development Tax acknowledgement (Payment successful; Registration No., Name, Period, Amount,
  Bank, CIN, Payment date, Mode with colons). All new here.

* ``insurer_receipts``: The Sabha's premiums, the insurer on top, under its app's bar or signing its SMS:
  Zuno's app with the Ghar's scooter's policy renewed ("Today, <hour>"; the insurer under the app's bar, a
  tile's tick, Policy renewed, the sum; Policy No. and Transaction ID in tiles; "Paid via UPI"; no day); The
  Oriental Insurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy (its
  sentence "Received with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy
  No., Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, UTR on hairline rows; a signature); Chola
  MS's marine cargo certificate for the Southall consignment (its sentence; Certificate No., Voyage, Sum
  Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment Date in a striped table);
  ManipalCigna's health renewal failed by card in an octagon (the insurer under the app's bar, the reason in a
  notice; Policy No., Premium, Payment ID, Card, Attempted on in a table ruled on every side); Canara HSBC
  Life's SMS of a renewal premium received ("Dear Customer, renewal premium of Rs.x for policy no. ...
  received on <dd/mm/yyyy> via Net Banking. Txn Ref ... -Canara HSBC Life"); Kotak Life's premium under
  process under a spinner (the insurer under the app's bar, a notice; Policy No. and Premium, Transaction ID
  and Initiated on, Paid via and Frequency, labels small over their values two to a row); Reliance General's
  receipt mail for the Ghar's shopkeeper's policy (its sentence; Receipt No., Policy No., Premium, GST 18%,
  Total, Mode, UPI Ref, Date against a gutter); Universal Sompo's cover note for the e-rickshaw typed on its
  branch's printer with the premium received in cash (POLICY NO, VEHICLE NO, PERIOD, OD PREMIUM, TP PREMIUM,
  GST 18%, TOTAL, DATE; PREMIUM RECEIVED IN CASH; no reference). All new here.

* ``card_slips``: Cards on the Ghar's and the Teeyan stall's terminals and the Sabha's cards elsewhere: Pine
  Labs' SALE slip at Sanjh Phulkari Ghar in its printer's face (DATE and TIME, MID and TID, BATCH and INV two
  to a line; CARD, the scheme and the way the card was read, APPR CODE, RRN; AMOUNT; APPROVED, CUSTOMER COPY);
  Kotak's slip at an Amritsar hotel (SALE; DATE and TIME, CARD NO, EXP, AUTH CODE, RRN at the left and the
  right; TOTAL AMOUNT; APPROVED); Mswipe's terminal at the Teeyan stall in the fair's days with the
  transaction's status unknown (CARD SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN STATUS UNKNOWN, PLEASE
  CHECK WITH BANK BEFORE RETRY); Air India's booking receipt for the Chandigarh - Mumbai flight to a crafts
  fair paid by card (Booking confirmed, Payment received; PNR, Passenger, Flight, Date of journey, Base fare,
  Taxes & fees, Total, Paid by, Payment reference, Paid on in a striped table); State Bank of India's slip at
  a Patiala sewing machine shop DECLINED (51 INSUFFICIENT FUNDS); a Patiala restaurant's bill from DotPe
  settled by card (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Payment:
  Card", the card and its Auth); Axis Bank's SMS of a spend on the Sabha's card ("Spent INR x on Axis Bank
  Card no. XX1234 at <MERCHANT> on <dd-mm-yy> ..."; no reference); IDFC FIRST Bank's credit card app with a
  spend at an electronics shop ("Today, <hour>"; the merchant's line and its town, the sum, Successful; Card
  and Reference No. in tiles; Category; no day). All new here.

* ``utility_bills``: The workshop's and the Ghar's bills: PSPCL's online bill payment receipt for the workshop
  under its Punjabi name (Payment Successful; each label in Punjabi with its English after a slash and the
  value at the right, a hairline under each: ਖਾਤਾ ਨੰ. / Account No., ਖਪਤਕਾਰ ਦਾ ਨਾਮ / Consumer Name, ਬਿੱਲ ਦਾ
  ਮਹੀਨਾ / Bill Month, ਅਦਾ ਕੀਤੀ ਰਕਮ / Amount Paid, ਰਸੀਦ ਨੰ. / Receipt No., ਲੈਣ-ਦੇਣ ਆਈਡੀ / Transaction ID,
  ਅਦਾਇਗੀ ਮਿਤੀ / Payment Date, ਢੰਗ / Mode); BSNL Selfcare's landline bill paid ("Today, <hour>"; the company
  under the app's bar, a large round tick, Bill paid, the sum; Landline No. and Transaction ID in tiles; Paid
  via; no day); Fastway's cable recharge for the Ghar in an octagon (the company under the app's bar, Recharge
  successful, the sum; STB No., Pack, Transaction ID, Paid via, Paid on in dot leaders); HP Gas's refill
  payment pending under a spinner (the company under the app's bar, a notice; Consumer No., Distributor,
  Booking No., Amount, Paid via, Initiated on in shaded labels); Connect Broadband's receipt mail (its
  sentence; Account No., Receipt No., Transaction ID, Amount, Payment mode, Payment date in a table ruled on
  every side); MyJio's recharge failed by card under a large round cross (the company under the app's bar, the
  reason in a notice; each value over its label: Mobile No., Plan, Amount, Transaction ID, Paid via, Attempted
  on); PSPCL's SMS of a payment received ("Dear Consumer, payment of Rs.x against A/c No. ... received on
  <dd-mm-yyyy> through UPI, Txn ID .... Thank you. -PSPCL"); a news agency's monthly bill in a Punjabi hand
  (the agency on top; ਮਹੀਨਾ (month) written in; the Punjabi and English dailies with their days, rates and
  sums, "ਕੁੱਲ" (total), "ਨਕਦ ਮਿਲੇ" (cash received) and the day; no reference). All new here.

* ``bank_alerts``: The banks' alerts of the Sabha's payments: Punjab Gramin Bank's SMS in Punjabi in a bubble
  of the phone's messages thread under its day divider ("ਪਿਆਰੇ ਗਾਹਕ, ਤੁਹਾਡੇ ਖਾਤੇ XX1234 ਵਿੱਚੋਂ <dd-mm-yyyy>
  ਨੂੰ UPI ਰਾਹੀਂ <PAYEE> ਨੂੰ ਰੁ. x ਦਾ ਭੁਗਤਾਨ ਕੀਤਾ ਗਿਆ ਹੈ। ਹਵਾਲਾ ਨੰ. ...। -PGB" (Dear customer, Rs. x has been
  paid from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in State Bank of India's
  ("IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd/mm/yyyy> successful. Ref No ... -SBI"), HDFC Bank's ("NEFT
  of Rs x from A/c **1234 to <PAYEE> on <dd-mm-yyyy> has been rejected by the beneficiary bank: invalid
  account. UTR ... -HDFC Bank"), Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234
  on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y. - Canara Bank"; no reference) and the
  Patiala Central Co-operative Bank's ("PCCB: Your NEFT of Rs.x to <PAYEE> dated <dd.mm.yyyy> is pending for
  credit confirmation. UTR ...") wordings; Punjab & Sind Bank's notification in the phone's shade pulled down
  over its quick settings ("PSB UnIC . now"; "Rs.x debited from A/c XX1234 to <PAYEE> via UPI. UPI Ref ...";
  no day); ICICI Bank's mail of a debit ("Your ICICI Bank Account XX1234 has been debited with INR x on
  <dd-Mon-yy> towards IMPS to <PAYEE>. The IMPS reference number is ..."); Punjab National Bank's WhatsApp
  banking message in a grey bubble ("Dear Customer, your A/c XX1234 is debited with INR x on <dd-mm-yyyy> for
  IMPS to <PAYEE>. IMPS Ref: ... -PNB"). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Gurmukhi and Noto Serif
Gurmukhi (regular and bold, fonts-noto-core) for the Punjabi lines, labels, hand and SMS, their Latin runs and
figures in the page's own face, DejaVu Serif (heldout287's and heldout289's) for a Punjabi hand's figures, an
italic or oblique for the hand (``heldout311_families.PENS``) and a fixed-width face of the page's own
(``heldout311_families.TYPES``). The Teeyan stall's cash bill and its card slip are drawn in the fair's days
(10 to 16 August 2026), as are a share of the Ghar's BharatPe and BHIM receipts; the Department of Tourism &
Cultural Affairs' stall fee is paid in the six days before the fair; the Lohri advances in the twelve days
before Lohri (13 January 2026); the other days anywhere in 2026. GST is 5% on a dupatta, a stole, a kurti, a
cushion cover or a runner up to Rs. 2,500 a piece and 18% above it (HSN 6214, 6211 and 6304; CGST 2.5% and
SGST 2.5% to a Punjab buyer; the tax invoice and the Ghar's roll sell pieces within it), 5% on the silk floss
(HSN 5006) and on the restaurant's food, 18% on the cartons, the courier's freight, EPCH's membership fee and
the general insurance premiums (the workshop's fire policy as CGST 9% and SGST 9%); the health and the life
premiums print none and the scooter's and the e-rickshaw's motor premiums print theirs inside the sum or as
GST 18%; the Punjab Small Industries & Export Corporation, a state government company, deducts TDS-GST (2% in
all) from its bills, as the law asks of it; the chits, the block maker's bill and the news agency's bill carry
none.

Truth conventions (heldout309's, heldout308's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  IndusMobile's "Paid to", after "to" on Amazon Pay, Jupiter's and Fi's To, PSB UnIC's Paid to; the Ghar, the
  Sabha, the Sabha as a bank's field cuts it (SANJH PHULKARI MAHILA SA) or the Ghar with its town (SANJH
  PHULKARI GHAR PATIALA); never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout303's to
  heldout309's screens set in the region's language): a UPI app set in the region's language reads as the same
  app in English, here the name under BHIM's "ਪ੍ਰਾਪਤਕਰਤਾ" (recipient). *settled* (heldout268 to heldout309): a
  receiving business's own app pays the business named under the app, here the Ghar under BharatPe for
  Business (never BharatPe, its soundbox or "from <buyer>"). *settled* (heldout275's thread, heldout308's and
  heldout309's): a payment in a UPI app's chat with the payee pays the payee on top of the chat, here the Ghar
  on top of WhatsApp's chat (never its bubble's "Payment to" line). *settled* (heldout167 to heldout309): a
  payer's advice pays the one it pays, never the payer on top or a salutation; here the Sabha after PSIEC's
  "To, The Secretary," (never the Corporation, its Punjabi name or the Secretary), the payee in the boutique's
  forwarded message ("Paid Rs. x to <payee> by NEFT", read across its lines where it wraps; never the
  boutique, the chat or the Ghar's reply; *settled* heldout286, heldout299, heldout301 and heldout303 to
  heldout309's chats), SAP's Vendor (never the couture label on top), Kotak FYN's Beneficiary (never the bank
  or the wedding house), RazorpayX's Beneficiary (never RazorpayX or the marketplace, *settled* heldout302 and
  heldout305 to heldout308's payouts), ICICI Bank's Beneficiary Name, the payee in the Google Chat message
  ("Payment done: Rs. x to <payee> via IMPS", never the writer, the space or the brand), the Sabha after the
  faxed letter's "To, The Secretary," (*settled* heldout304's and heldout307 to heldout309's letters; never
  the exporter, "Dear Madam" or its fax line). *settled* (heldout155 to heldout309): an inward wire pays the
  Sabha, here Lloyds Bank's, RBC's and Emirates NBD's Beneficiary, Chase's Recipient, Westpac's Beneficiary,
  the name after "to" on ANZ goMoney and OCBC, Intesa Sanpaolo's Beneficiario / Beneficiary; never the
  remitter, its line or the bank on top. *settled* (heldout175 to heldout309): the Sabha's own paper pays its
  Ghar or itself on top, here SANJH PHULKARI GHAR on its tax invoice and its roll (never its Punjabi line, the
  Sabha it is a unit of or its Buyer), the Ghar's English line under its Punjabi name on the Teeyan bill
  (never the ਨਾਮ / Name written in), the Ghar on top of Cashfree's and Paytm Payment Gateway's pages (never
  the gateway), the Sabha on top of its receipt (never its Received from written in); *settled* (heldout268 to
  heldout309) the Ghar named under OkCredit's bar, as a business's own app (never OkCredit or the customer);
  *settled* (heldout285's, heldout304's, heldout307's and heldout309's payouts) Etsy's deposit pays its Shop
  (never Etsy). A name in Punjabi over its English: the English line, never the Punjabi (*settled* heldout277,
  heldout287 and heldout303 to heldout309's regional lines). *settled* (heldout187 to heldout309): a
  supplier's name on top of its own paper, here BEDI SILK YARN TRADERS (never its Buyer or the ring on it),
  the weaver's and the dyer's names written in Latin letters at their chits' heads (Sardara Singh, Rafiq
  Rangrez; *settled* heldout294 and heldout303 to heldout309; never their Punjabi lines), udaan's Seller
  (*settled* heldout305 to heldout309's marketplaces' sellers; never udaan), BALDEV SINGH & SONS on top of its
  bill (never its M/s written in), TRACKON COURIERS on top of its roll (in full or short as printed; never its
  booking counter), PrintStop on top of its checkout, RAJPURA CORRUGATORS on top of its invoice (never its
  Buyer or the watermark). *settled* (heldout179 to heldout309): a banking page pays the payee, here Punjab
  Gramin Bank's ਲਾਭਪਾਤਰੀ / Beneficiary (never the bank's Punjabi name), IOB Mobile's and AU 0101's
  Beneficiary, the name under PhonePe's "Paid to" (never the initials in its badge), the name after "to" on
  mPay Delight+ and iMobile Pay, the Patiala Central Co-operative Bank's Beneficiary, the payee after Airtel
  Payments Bank's "sent to". *settled* (heldout150 to heldout309): a pay slip pays the worker, here the
  Embroiderer written on the piece-work account and the Name written on the attendance and wage card (never
  the Sabha, the Ghar or their Punjabi headings), Keka's Employee Name (never the Sabha on top), the name
  after "to" on MobiKwik, bob World and Google Pay, the name under Paytm's "to", the name written under the
  thumb impression on the Lohri advance (*settled* heldout307's name under a thumb's impression; never the
  Sabha, its Punjabi name or the witness). *settled* (heldout153 to heldout309): a fee page pays the authority
  as printed, here the Municipal Corporation Patiala under its Punjabi name (never the ਨਾਮ / Name), the
  department under eSewa Punjab's "to" (*settled* heldout272, heldout301 and heldout303 to heldout309: never
  the app), IFMS Punjab's Department (never IFMS or its Treasury), the Registrar of Co-operative Societies on
  top (never the Society), the Department of Tourism & Cultural Affairs under its Punjabi name (or Punjab
  Tourism as printed; never the Received from written in or its stamp), EPCH on top (in full or short as
  printed), the Trade Marks Registry on top (or the Office of the CGPDTM as printed), the Department of
  Taxation on top. *settled* (heldout199 to heldout309): an insurer's receipt pays the insurer on top (full or
  short as printed), under its app's bar (Zuno General Insurance Ltd., ManipalCigna Health Insurance, Kotak
  Mahindra Life Insurance) or signing its SMS (Canara HSBC Life), never the Insured, "Received with thanks
  from" or "Dear <shop>". A slip's counter name line as printed (SANJH PHULKARI GHAR, SANJH PHULKARI GHAR -
  TEEYAN or its first part, the hotel, the sewing machine shop), never *settled* the terminal's brand or bank
  over it (Pine Labs, MSWIPE, KOTAK BANK, STATE BANK OF INDIA); Air India on top of its booking receipt
  (*settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to heldout309: the carrier whose
  fare the card paid; never the Passenger); the name after "at" in Axis Bank's "Spent INR x on Axis Bank Card
  no. XX1234 at <MERCHANT> on <day>" (*settled* heldout299, heldout300, heldout302, heldout304, heldout306,
  heldout307 and heldout309's card SMS); IDFC FIRST Bank's merchant line over its town (*settled* heldout297
  and heldout302 to heldout309's card issuers' apps); the restaurant on top of its bill (never DotPe). A
  utility's biller: PSPCL's English name under its Punjabi (in full or PSPCL as printed; never the Consumer
  Name), Bharat Sanchar Nigam Ltd. under BSNL Selfcare's bar, Fastway Transmissions Pvt. Ltd. under Fastway's,
  Hindustan Petroleum Corpn. Ltd. under HP Gas' and Reliance Jio Infocomm Ltd. under MyJio's (*settled*
  heldout285, heldout301 and heldout303 to heldout309: the company, never the app or the Distributor), Connect
  Broadband on top of its mail (or its company as printed), PSPCL signing its SMS (*settled* heldout302,
  heldout304, heldout307 and heldout308), the news agency on top of its bill. An SMS, mail, shade or WhatsApp
  alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full
  stop, read across its lines where it wraps): the Punjabi SMS' "<PAYEE> ਨੂੰ" after its UPI (to <PAYEE>),
  SBI's "to <PAYEE> from", HDFC Bank's "to <PAYEE> on", Canara Bank's "towards NEFT to <PAYEE>. Total", the
  Patiala Central Co-operative Bank's "to <PAYEE> dated", the shade's "to <PAYEE> via UPI", ICICI Bank's
  "towards IMPS to <PAYEE>. The", PNB's "for IMPS to <PAYEE>. IMPS Ref"; *settled* (heldout307's HDFC Bank
  WhatsApp banking) a bank's WhatsApp message reads as the SMS it sends.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), BharatPe's sum set
  large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277; its
  soundbox's spoken sum the same), the sum set large in WhatsApp's bubble. *settled* (heldout152 to
  heldout309): a payer's advice counts its net sum, here PSIEC's Net amount paid its total row (never a Gross
  or a TDS-GST 2%, *settled* heldout296, heldout298, heldout301 and heldout303 to heldout309), the Rs. x in
  the forwarded message and the Google Chat message, SAP's Total (never a bill's Amount where there are
  several), Kotak FYN's, RazorpayX's and ICICI Bank's Amount (RazorpayX's sentence's sum the same), the Rs.
  x/- in the faxed letter (its words the same). *settled* (heldout155 to heldout309): an inward wire's foreign
  sum, here pounds (the pound's sign or GBP, *settled* heldout300 and heldout308), Canadian dollars (CAD or
  C$, *settled* heldout207 and heldout212), US dollars (USD or $), Australian dollars (AUD or A$, *settled*
  heldout202 and heldout289), New Zealand dollars (NZD or NZ$, *settled* heldout215 and heldout218), dirhams
  (AED before or after, *settled* heldout205 and heldout209), euros the Italian way (2.110,00 EUR or EUR
  2.110,00 is 2110.00, *settled* heldout238, heldout275 and heldout309), Singapore dollars (SGD or S$,
  *settled* heldout207 and heldout209); never a Fee (ANZ's NZD 25.00, OCBC's SGD 20.00), an exchange rate or
  Charges. *settled* (heldout175 to heldout309): a receipt counts the sum received, here the tax invoice's
  Invoice Total (never the Taxable Value, its CGST 2.5% or SGST 2.5% or a line's Amount), the Teeyan bill's
  "ਕੁੱਲ" (total) written at its line's end (never a line's figure), Cashfree's sum large, OkCredit's sum large
  (never its Due now), Paytm Payment Gateway's Amount, the Rupees written on the receipt (its counterfoil's
  Rs. and its words the same), Etsy's Amount (its sentence's sum the same; never its Fees deducted), the
  roll's Net Amount (never its Sub Total, CGST 2.5%, SGST 2.5% or a line's sum). A whole sum closed with /- is
  that sum in whole rupees (heldout259). *settled* (heldout187 to heldout309): a supplier's paper counts the
  sum paid, here the silk yarn dealer's Total in its ring (never CGST 2.5%, SGST 2.5% or a line's Amount), the
  weaver's and the dyer's "ਕੁੱਲ" (total) written at the line's end (never a line's figure or the freight
  alone; *settled* heldout287, heldout294 and heldout303 to heldout309's hands), udaan's and PrintStop's
  Amount, the block maker's Total written in (never a line's Amount), Trackon's NET AMT (never FREIGHT, FUEL
  SURCH or GST 18%), the carton maker's Total (never CGST 9%, SGST 9% or a line's Amount). A banking page's
  sum. *settled* (heldout167 to heldout309): a pay slip's net sum, here the piece-work account's Total written
  in (never an Amount, a Rate or the Pcs), the attendance card's Total written in (never its Days worked or
  Rate per day), Keka's Net Salary (never Gross Earnings, Total Deductions, an earning or a deduction; its
  words the same), the sums on MobiKwik, bob World, Google Pay and Paytm, the "ਰੁਪਏ x/-" in the Lohri
  advance's Punjabi hand. A fee page's ਰਕਮ / Amount, eSewa Punjab's sum, IFMS Punjab's, the Registrar's and
  the Trade Marks Registry's Amount, the Rs. in the Department of Tourism's box, EPCH's Total (never its Fee
  or GST 18%), the PSDT's Amount. An insurer's premium with its GST where it carries one (*settled*), here The
  Oriental Insurance Company's Total Premium (its sentence's sum the same; never the Net Premium, CGST 9%,
  SGST 9% or the Sum Insured), Chola MS's Total Premium (never its Premium, GST 18% or the Sum Insured),
  Reliance General's Total (never Premium or GST 18%), Universal Sompo's TOTAL (never its OD PREMIUM, TP
  PREMIUM or GST 18%), Zuno's sum, ManipalCigna's and Kotak Life's Premium, the Rs.x in Canara HSBC Life's
  SMS. A slip's AMOUNT, TOTAL AMOUNT, Air India's Total (never its Base fare or Taxes & fees), the
  restaurant's Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish), the INR x in Axis Bank's SMS
  (never its Avl Limit), IDFC FIRST Bank's sum large. A utility's ਅਦਾ ਕੀਤੀ ਰਕਮ / Amount Paid, the sums large,
  Fastway's, HP Gas', Connect Broadband's and MyJio's Amount (Connect's sentence's sum the same; MyJio's
  Plan's price the same), the Rs.x in PSPCL's SMS, the news agency's "ਕੁੱਲ" (total) written in (never a
  paper's sum). An alert's sum debited, sent or paid as worded (grouped the Indian or the English way or not
  at all), never an Avl Bal or Avail.bal. Currency INR but on the wires.

* status: as printed. BharatPe's Payment received, Jupiter's and Fi's Money sent, PSB UnIC's Transaction
  Successful, IndusMobile's Payment successful successes; *settled* (heldout303 to heldout309's screens set in
  the region's language) BHIM's "ਭੁਗਤਾਨ ਸਫਲ ਰਿਹਾ" (payment was successful) a success, the Punjabi screen
  printing the English screen's outcome word for word; WhatsApp's "Pending" under the sum in its bubble
  pending (as heldout275's thread's card prints its outcome under its sum); Amazon Pay's Payment failed
  failed. A payer's own record of the payment made (*settled*, as heldout295's, heldout301's and heldout303 to
  heldout309's remittances, vouchers and bill payments): SAP's advice of "the payment we have made to you"
  with its Payment Means and its UTR; PSIEC's "has been remitted", the faxed letter's "We have today remitted"
  (*settled* heldout304's and heldout307 to heldout309's letters), RazorpayX's Payout processed (*settled*
  heldout302 and heldout305 to heldout308's payouts) successes; *settled* (heldout286, heldout299, heldout301
  and heldout303 to heldout309's chats) the forwarded message's "Paid Rs. x to <payee> by NEFT" and the Google
  Chat message's "Payment done" successes; Kotak FYN's Awaiting approval pending (*settled* heldout305's and
  heldout306's transfers awaiting authorisation and heldout307's NEFT pending authorisation: a transfer not
  yet sent is a wait); ICICI Bank's NEFT rejected failed (as heldout309's PNB's returned). A wire's Lloyds
  Bank "Payment sent", RBC's Completed, Westpac's Payment completed, ANZ's Payment sent, Emirates NBD's
  Processed, OCBC's Transfer successful successes; Intesa Sanpaolo's In lavorazione / In progress pending
  (*settled* heldout250 to heldout252 and heldout305 to heldout309: a wire not yet sent is a wait); Chase's
  Returned failed. A receipt's "Paid by UPI, Ref ..." under the tax invoice, the Teeyan bill's "ਨਕਦ ਮਿਲੇ"
  (cash received) in a Punjabi hand (*settled* heldout287's, heldout303's and heldout306 to heldout309's
  hands' "received"), the receipt's "by UPI, Ref" written with its reference (a receipt for money got), Etsy's
  Deposit sent (as heldout309's Razorpay's Settlement processed), the roll's "Paid: UPI" successes; *settled*
  (heldout303 to heldout309's ledger apps) OkCredit's Payment received a success; Cashfree's Payment pending
  pending; Paytm Payment Gateway's Payment failed failed. A supplier's "Paid NEFT, UTR ..." written under the
  silk yarn dealer's ringed Total (*settled*, as heldout298's, heldout299's and heldout303 to heldout309's
  notes on a supplier's invoice), the weaver's "GPay ਰਾਹੀਂ ਮਿਲੇ" (received by GPay, *settled* heldout287's
  "GPay-ৰে পালোঁ") and the dyer's "ਨਕਦ ਮਿਲੇ" (cash received) in a Punjabi hand, the block maker's "Pd. by UPI,
  Ref ..." in the hand, Trackon's PAY MODE : UPI with its UPI TXN (*settled* heldout300 and heldout303 to
  heldout309: a carrier's receipt printed only once its freight is paid), the carton maker's "Payment
  received: IMPS, Ref ..." successes; udaan's Payment pending pending; PrintStop's Payment declined failed. A
  banking page's "ਟ੍ਰਾਂਸਫਰ ਸਫਲ ਰਿਹਾ" / Transfer successful, PhonePe's Payment Successful, AU 0101's Transfer
  Successful, mPay Delight+'s IMPS successful, iMobile Pay's Payment successful, Airtel Payments Bank's "sent
  to" (*settled* heldout306 to heldout309's shared receipts) successes; the Patiala Central Co-operative
  Bank's NEFT in process pending; IOB Mobile's Transaction Failed failed. A pay slip's "Paid by UPI, Ref ..."
  written on the piece-work account and on the attendance card, Keka's "Credited on <day> by NEFT, UTR ..."
  (as Zoho Payroll's "Paid on <day> via NEFT"), the Lohri advance's "ਨਕਦ ਮਿਲੇ" (cash received) in a Punjabi
  hand, bob World's Transfer successful, Paytm's Paid successfully successes; MobiKwik's Payment pending
  pending; Google Pay's Payment failed failed. A fee page's Payment Successful, eSewa Punjab's Fee paid, the
  Registrar's Payment received, the Department of Tourism's "Recd. in cash", EPCH's "we acknowledge with
  thanks the receipt", the PSDT's Payment successful successes; IFMS Punjab's Pending at bank pending; the
  Trade Marks Registry's Payment failed failed. An insurer's Zuno Policy renewed (as heldout303's Digit and
  heldout309's Kotak General's), The Oriental Insurance Company's "Received with thanks", Chola MS's "has been
  received", Canara HSBC Life's "received", Reliance General's "we have received", Universal Sompo's PREMIUM
  RECEIVED IN CASH successes; Kotak Life's Payment under process pending; ManipalCigna's Payment failed
  failed. A slip's APPROVED, Air India's Payment received, IDFC FIRST Bank's Successful, the restaurant's
  "Payment: Card" with its Auth (*settled* heldout297, heldout298 and heldout303 to heldout309) successes;
  *settled* (heldout300, heldout302 to heldout304 and heldout306 to heldout309) Axis Bank's "Spent INR x" a
  success; Mswipe's "TXN STATUS UNKNOWN" with "PLEASE CHECK WITH BANK BEFORE RETRY" pending (*settled*
  heldout282 and heldout299 to heldout309: the terminal got no answer from the bank); State Bank of India's
  TXN DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's Payment Successful, BSNL's Bill paid, Fastway's
  Recharge successful, Connect Broadband's "we have received your payment", PSPCL's SMS' "received", the news
  agency's "ਨਕਦ ਮਿਲੇ" (cash received) in a Punjabi hand successes; HP Gas' Payment pending pending; MyJio's
  Recharge failed failed. *settled*: an SMS, mail, shade or WhatsApp alert's debit a success whatever its
  bank's wording (Canara Bank's "DEBITED", the shade's "debited", ICICI Bank's and PNB's "debited with");
  SBI's "IMPS of Rs x ... successful" a success; *settled* (new here) the Punjabi SMS' "ਦਾ ਭੁਗਤਾਨ ਕੀਤਾ ਗਿਆ ਹੈ"
  (has been paid) a success, because ਭੁਗਤਾਨ is Punjabi for payment as it is Hindi's (heldout307's "भुगतान किया
  गया है") and heldout309's Assamese "পৰিশোধ কৰা হৈছে" (has been paid); the Patiala Central Co-operative
  Bank's "is pending for credit confirmation" pending (as heldout309's Indian Bank's "is under process"); HDFC
  Bank's "has been rejected by the beneficiary bank" failed (as heldout309's PNB's "has been returned").

* date: the day paid. A UPI screen's day and hour: BharatPe's Received at, PSB UnIC's Date & Time, Amazon
  Pay's Attempted on, IndusMobile's Date, Fi's Sent on, the day on WhatsApp's divider over the bubble it heads
  (*settled* heldout275's thread and heldout308's and heldout309's); *settled* (heldout306 to heldout309's
  screens set in the region's language) BHIM's day with its month's Punjabi name (11 ਅਗਸਤ 2026 is 2026-08-11),
  the app printing the month in the language its user chose and the day and the year in figures; Jupiter's
  "Today, <hour>" prints no day (*settled*). PSIEC's Date on its Ref. No.'s line (never a Bill Date), SAP's
  Posting Date (never an invoice's Date), Kotak FYN's Value Date, RazorpayX's Processed on, ICICI Bank's
  Transaction Date, the faxed letter's Date (its "today" and its fax line's day the same; never its
  invoice's); *settled* (new here) the day the forwarded message names ("by NEFT on <dd-mm-yyyy>"), never its
  divider's "Today" or a message's hour, because the payer states in its own words the day it paid as a
  letter's Date states its "today"; the Google Chat message under its "Today" divider prints no day (*settled*
  heldout286, heldout289, heldout299, heldout301 and heldout303 to heldout309; never a message's hour). A
  wire's Lloyds Bank Date sent, RBC's Date as an ISO day (2026-06-03, *settled* heldout270 and heldout271),
  Chase's Send date month first the American way or in words (07/28/2026 or Jul 28, 2026, *settled*
  heldout272, heldout288, heldout292, heldout308 and heldout309), Westpac's Value date, the "on <day>" under
  ANZ's sum, Emirates NBD's Value Date, Intesa Sanpaolo's Data esecuzione / Execution date day first; OCBC's
  "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice and on the roll, the ਮਿਤੀ /
  Date written on the Teeyan bill, Cashfree's Initiated on, Paytm Payment Gateway's Attempted on, the Date
  written on both halves of the receipt, Etsy's Sent on; OkCredit's "Today, <hour>" prints no day. The "on
  <day>" written under the silk yarn dealer's invoice (never its invoice's Date), udaan's Ordered on, the
  "ਮਿਤੀ" (date) and the day on the weaver's and the dyer's chits, Trackon's DATE, PrintStop's Attempted on,
  the carton maker's "Received on <day>" (never its invoice's Date); the block maker's "Date" left blank
  prints no day (*settled* heldout275's and heldout308's bills with their Date left blank). A banking page's
  ਮਿਤੀ / Date, Date, Transaction Date, the Patiala Central Co-operative Bank's Initiated on, Airtel Payments
  Bank's "on <day> at <hour>"; PhonePe's "Today, <hour>" prints no day. A pay slip's "on <day>" written on the
  piece-work account and on the attendance card (never their Month), Keka's Credited on (never its Pay Period
  or the payslip's month, *settled* heldout273 and heldout303 to heldout309), the "ਅੱਜ <day> ਨੂੰ" (today, on
  <day>) in the Lohri advance's Punjabi hand, MobiKwik's Started on, bob World's Date, Google Pay's Tried on;
  Paytm's "Today, <hour>" prints no day. A fee page's ਮਿਤੀ / Date (never its ਵਿੱਤੀ ਸਾਲ / Financial Year), IFMS
  Punjab's Initiated on, the Registrar's Date (never its Audit year), the Date written in the Department of
  Tourism's book, EPCH's Date (never its Period), the Trade Marks Registry's Attempted on, the PSDT's Payment
  date (never its Period); eSewa Punjab's "Today, <hour>" prints no day. An insurer's Receipt Date, Chola MS's
  Payment Date, ManipalCigna's Attempted on, the "on <dd/mm/yyyy>" in Canara HSBC Life's SMS, Kotak Life's
  Initiated on, Reliance General's Date, Universal Sompo's DATE (never its PERIOD, though it starts that day);
  Zuno's "Today, <hour>" prints no day. A slip's DATE (dd/mm/yyyy, dd-mm-yyyy or dd/mm/yy), Air India's Paid
  on (never its Date of journey, *settled* heldout302 and heldout305 to heldout309), the restaurant's Date,
  the "on <dd-mm-yy>" in Axis Bank's SMS; IDFC FIRST Bank's "Today, <hour>" prints no day. A utility's ਅਦਾਇਗੀ
  ਮਿਤੀ / Payment Date (never its ਬਿੱਲ ਦਾ ਮਹੀਨਾ / Bill Month), Fastway's Paid on, HP Gas' Initiated on, Connect
  Broadband's Payment date, MyJio's Attempted on, the "on <dd-mm-yyyy>" in PSPCL's SMS, the day after the news
  agency's "ਨਕਦ ਮਿਲੇ" (never its ਮਹੀਨਾ (month)); BSNL Selfcare's "Today, <hour>" prints no day. The alerts'
  "<dd-mm-yyyy> ਨੂੰ" (on <day>) in the Punjabi SMS (in Latin figures as the bank sends them, *settled*
  heldout287 and heldout308 and heldout309), "on <dd/mm/yyyy>", "on <dd-mm-yyyy>", "dated <dd.mm.yyyy>", "on
  <dd-Mon-yy>"; Punjab & Sind Bank's "now" in the shade prints no day (*settled* heldout279, heldout287,
  heldout294, heldout303, heldout305 and heldout308's "now"). All numeric days here are day first (heldout251,
  heldout259) but RBC's ISO day and Chase's month first. *settled*: never a Year, a Financial Year, an Audit
  year, a Period, a Bill Month, a Month, a Pay Period, a payslip's month, an invoice's, a bill's or a
  journey's day, a cover's period, an e-mail's or a message's hour, a fax line's hour, the day inside a UTR
  (heldout210), a CIN or an app's, a portal's, a bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (PSIEC's NEFT or RTGS, the forwarded message's NEFT,
  SAP's Bank Transfer, Kotak FYN's and ICICI Bank's NEFT, RazorpayX's IMPS (*settled* heldout302 and
  heldout305 to heldout308's payouts), the Google Chat message's IMPS, the faxed letter's NEFT or RTGS;
  Cashfree's Net Banking; *settled* (new here) Etsy's deposit to the shop's bank account, because a
  marketplace's deposit to a bank account is a bank transfer as Razorpay's settlement by UTR is (heldout309),
  though Etsy prints no UTR; the silk yarn dealer's "Paid NEFT", udaan's Net Banking, the carton maker's IMPS;
  the banking pages but PhonePe's, iMobile Pay's and Airtel Payments Bank's UPI; Keka's NEFT, bob World's
  IMPS; IFMS Punjab's and the PSDT's Net Banking, the Registrar's and EPCH's NEFT or RTGS; The Oriental
  Insurance Company's NEFT or RTGS, Chola MS's, Canara HSBC Life's and Kotak Life's Net Banking; PSPCL's Net
  Banking; the NEFT and IMPS alerts); a SWIFT transfer either way (*settled*: Lloyds Bank's Shared (SHA),
  RBC's Fee type Shared (SHA), Chase's international wire, Westpac's Fees Shared (SHA), ANZ's International
  (SHA), Emirates NBD's SHA, Intesa Sanpaolo's SHA, OCBC's SWIFT (SHA); *settled* heldout279, heldout301 and
  heldout303 to heldout309). UPI for the UPI screens, BharatPe's Paid via UPI, BHIM's "ਖਾਤੇ ਵਿੱਚੋਂ" (from
  account), WhatsApp's payment in its chat (a UPI app's, as heldout275's thread); the tax invoice's and the
  roll's UPI, OkCredit's Online payment (UPI), the receipt's "by UPI"; the weaver's "GPay ਰਾਹੀਂ ਮਿਲੇ", the
  block maker's "Pd. by UPI", Trackon's PAY MODE : UPI; PhonePe's, iMobile Pay's and Airtel Payments Bank's
  UPI; the piece-work account's and the attendance card's UPI, MobiKwik, Google Pay and Paytm; the Municipal
  Corporation's and eSewa Punjab's UPI; Zuno's and Reliance General's UPI; BSNL's, Fastway's, HP Gas', Connect
  Broadband's and PSPCL's SMS' UPI; the UPI alerts. Card for Paytm Payment Gateway's Debit Card, PrintStop's
  Credit Card, the Trade Marks Registry's Debit Card, ManipalCigna's card, the slips, Air India's Credit Card,
  the restaurant's "Payment: Card", Axis Bank's SMS, IDFC FIRST Bank's app and MyJio's Credit Card. Cash for
  the Teeyan bill's, the dyer's, the Lohri advance's and the news agency's "ਨਕਦ ਮਿਲੇ" (cash received) in a
  Punjabi hand (*settled* heldout287's "নগদ পালোঁ" and heldout303 to heldout309's hands), the Department of
  Tourism's "Recd. in cash", Universal Sompo's PREMIUM RECEIVED IN CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout309): a UPI
  reference / UTR / RRN / IMPS reference (BharatPe's, PSB UnIC's, IndusMobile's and Fi's UPI Ref No.,
  Jupiter's UPI Ref. No., BHIM's "ਯੂਪੀਆਈ ਹਵਾਲਾ ਨੰ." / UPI Ref No.; the UTR in PSIEC's sentence, SAP's
  Reference UTR (above its Document No.), RazorpayX's UTR (above its Payout ID), the Google Chat message's
  IMPS ref no, the UTR in the faxed letter's sentence; the tax invoice's, the receipt's and the roll's UPI Ref
  (above their invoice's, receipt's and bill's numbers), OkCredit's UPI Ref; the UTR written under the silk
  yarn dealer's invoice (above its Invoice No.), the weaver's Ref written, the block maker's Ref written
  (above his bill's No.), Trackon's UPI TXN, the carton maker's IMPS Ref (above its Invoice No.); the banking
  pages' IMPS ਹਵਾਲਾ ਨੰ. / IMPS Ref No., UPI Transaction ID, UTR, IMPS Ref No., UPI Ref No.; the piece-work
  account's and the attendance card's Ref, Keka's UTR, MobiKwik's UPI Ref No., bob World's IMPS Ref No.,
  Google Pay's UPI transaction ID, Paytm's UPI Ref No.; the Municipal Corporation's ਹਵਾਲਾ ਨੰ. / UPI Ref (above
  its ਰਸੀਦ ਨੰ. / Receipt No.), the Registrar's and EPCH's UTR (above their Receipt No.); The Oriental
  Insurance Company's UTR (above its Receipt No.), Reliance General's UPI Ref (above its Receipt No.); a
  slip's RRN; the alerts' ਹਵਾਲਾ ਨੰ. (reference No.) in the Punjabi SMS, SBI's Ref No, HDFC Bank's and the
  Patiala Central Co-operative Bank's UTR, the shade's UPI Ref, ICICI Bank's IMPS reference number, PNB's IMPS
  Ref), then a bank reference (Kotak FYN's Payment ID, ICICI Bank's Transaction Reference, Lloyds Bank's
  Payment reference, RBC's Reference number, Chase's Wire reference, Westpac's Payment reference, Emirates
  NBD's Reference No., Intesa Sanpaolo's Riferimento / Reference, OCBC's Transaction reference, IOB Mobile's
  Reference No., the PSDT's CIN (*settled* heldout308: a CIN is the bank's number for the tax it received)),
  then a transaction / payment id (Amazon Pay's Transaction ID, RazorpayX's Payout ID, Cashfree's Cashfree
  Ref, Paytm Payment Gateway's Txn ID, Etsy's Deposit ID, eSewa Punjab's Transaction ID, IFMS Punjab's Challan
  No. (*settled* heldout302, heldout304 and heldout306 to heldout309: a treasury's challan as its GRN), the
  Trade Marks Registry's Payment Ref. No., Zuno's Transaction ID, Chola MS's Transaction ID, ManipalCigna's
  Payment ID, Canara HSBC Life's Txn Ref, Kotak Life's Transaction ID, Air India's Payment reference (above
  its PNR), IDFC FIRST Bank's Reference No., PSPCL's ਲੈਣ-ਦੇਣ ਆਈਡੀ / Transaction ID and the Txn ID in its SMS,
  BSNL's, Fastway's, Connect Broadband's and MyJio's Transaction ID), then an approval code (APPR CODE, AUTH
  CODE, the restaurant's Auth), then an order's number (Cashfree's and Paytm Payment Gateway's Order ID,
  udaan's Order ID, PrintStop's Order No., Air India's PNR (*settled* heldout126, heldout302, heldout305 and
  heldout306), HP Gas' Booking No.), then a document's own number (SAP's Document No. (a payer's own number
  for its payment, *settled* heldout281, heldout295, heldout301 and heldout303 to heldout309), the tax
  invoice's Invoice No., the receipt's No. struck in red (as heldout306's, heldout307's and heldout309's), the
  roll's Bill No., the silk yarn dealer's and the carton maker's Invoice No., the block maker's No. struck in
  red, the Municipal Corporation's ਰਸੀਦ ਨੰ. / Receipt No., the Registrar's and EPCH's Receipt No., The
  Oriental Insurance Company's and Reliance General's Receipt No., PSPCL's ਰਸੀਦ ਨੰ. / Receipt No., Connect
  Broadband's Receipt No., a slip's INV, INVOICE and INVOICE NO, the restaurant's Bill No.). *settled*: never
  a card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam or a
  society's Regd. No., an Employee No., a Policy No., a Certificate No., an Application No., a Member ID, a
  Registration No., a Property ID, a Consumer No., an Account No., an STB No., a Landline No., a Vehicle No.,
  an AWB NO or its barcode (a consignment's number, *settled* heldout274, heldout299 and heldout303 to
  heldout309), a slip's MID / TID / BATCH, a No. left blank (the Department of Tourism's book), PSIEC's Ref.
  No. (a letter's file number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout309), a
  bill or an invoice named on an advice, a message or a letter (PSIEC's and SAP's bills, the bill in the
  forwarded message, the invoice in the faxed letter, the PO in the Google Chat message), a QR code."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout311_families import (
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

SPLIT = "heldout311"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout308's and heldout309's: the screens in
# Noto Sans, DejaVu Sans Condensed, Liberation Sans (liberation2), FreeSans and Noto Sans Display; the pages
# in DejaVu Serif, Liberation Serif (liberation), Noto Serif, Liberation Sans (liberation2), FreeSerif and
# DejaVu Sans; the Sabha's, its suppliers' and its people's papers in Noto Serif Display, Liberation Serif
# (liberation2), DejaVu Serif Condensed, Liberation Sans (liberation) and FreeSerif; the slips in four monos
# in another order; beside them Noto Sans and Noto Serif Gurmukhi (no earlier set's) for the Punjabi lines,
# labels, hand and SMS, DejaVu Serif (heldout287's and heldout289's) for a Punjabi hand's figures, a pen's
# italic or oblique (``heldout311_families.PENS``) and a page's own fixed-width face
# (``heldout311_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout311_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout311 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

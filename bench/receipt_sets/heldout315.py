"""heldout315: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a pietra dura marble-inlay workshop's year of 2026 in Taj Ganj, Agra, Uttar
Pradesh (Gulnaqsh Marble Inlay Works, गुलनक़्श मार्बल इनले वर्क्स, گل نقش ماربل انلے ورکس, a partnership firm
of the brothers Irfan Ahmad Naqqash and Rizwan Ahmad Naqqash, GSTIN 09AAKFG5521M1ZP, Udyam
UDYAM-UP-01-0042718, with Irfan's daughter Areeba Naqqash, who takes the export orders and keeps the web shop,
Rajeev Agarwal, who keeps its accounts, and Ustad Nizamuddin, its master inlayer: in its karkhana in Gali
Kashmiri, Taj Ganj, a stone's throw from the Taj Mahal's east gate, its karigars (Mohd. Salim, Naseem Ahmad,
Ramesh Chand, Shakeel Ahmad, Aftab Alam, Kallu Khan, Munna Lal and Javed Qureshi, paid by the piece) work in
parchinkari, the Mughal pietra dura of the Taj: they draw a flower on white Makrana marble, chisel its bed
into the stone, cut slivers of carnelian, lapis lazuli, malachite, yellow jasper, turquoise, onyx and mother
of pearl on a spinning emery wheel and a bow saw (kamani) to fit it petal by petal, set them in with a glue of
their own and grind the face smooth, into coasters, plates, jewellery and trinket boxes, vases, elephants, Taj
replicas, chess boards, wall plates and table tops; the marble comes from a Makrana dealer, the stone slices
from a Jaipur gem dealer in Johari Bazaar and a Taj Ganj stone slicer, the carborundum, emery and diamond
blades from IndustryBuying, the glue and tools from an Agra hardware shop, the frames from a frame maker, the
crates from a Sikandra crate maker, the authenticity cards from Printo, and the parcels go by DTDC; its
showroom on Fatehabad Road, Gulnaqsh Emporium, गुलनक़्श एम्पोरियम, گل نقش ایمپوریم, with Deepak Sharma at its
counter and Mohd. Aslam, its helper; its stall at the Taj Mahotsav in Shilpgram; the web shop gulnaqsh.in on
PayU and an Instamojo payment link, and its store on Jaypore; the Central Cottage Industries Corporation's
Janpath emporium, a Mumbai home store, a Jaipur hotel company, a Delhi export house, a Bengaluru hospitality
interiors firm, a Lucknow studio, a Gurugram gifting company and a Jaipur hotel at home, and a gallery in
Paris, an antiques dealer in London, an interiors house in Riyadh, a décor importer in Toronto, a hotel group
in Singapore, a design store in Stockholm, a stone and tile importer in Dallas and a villa interiors company
in Dubai abroad), told by the proofs of payment it receives (buyers' Paytm for Business on the emporium's
phone, Tata Neu, POP, Kotak811, super.money, Bank of India's BOI Mobile Omni Neo, Bandhan Bank's mBandhan and
Indian Bank's IndOASIS; the Central Cottage Industries Corporation's advice under its Hindi name with the TDS
it kept, a home store's Bill Payment mailed from Oracle NetSuite, Punjab National Bank's corporate banking
with a hotel company's RTGS awaiting its second approver, an export house's advice printed on continuous
stationery, an interiors firm's Slack channel, Bank of Baroda's bob World Business with a studio's NEFT
returned, a gifting company's mail read in Outlook and a hotel's payment advice printed from BUSY; BNP
Paribas, NatWest, Al Rajhi Bank, TD Bank, UOB, Handelsbanken, Bank of America and Mashreq for buyers in Paris,
London, Riyadh, Toronto, Singapore, Stockholm, Dallas and Dubai in euros, pounds, riyals, Canadian dollars,
Singapore dollars, kronor, US dollars and dirhams; the emporium's tax invoice under a pietra dura medallion,
the Mahotsav stall's cash memo in a Hindi hand lying on a marble table top, PayU's pending checkout,
Khatabook's "You got", Instamojo's failed payment link, the firm's advance receipt in form lines in Hindi and
Urdu, Jaypore's payout mail and the emporium's LOGIC ERP roll) and those it makes (the Makrana marble dealer's
invoice with the firm's PAID stamp filled in by hand, the stone slicer's chit in an Urdu hand,
IndustryBuying's pending order, the gem dealer's invoice with its office box filled in, DTDC's booking
receipt, Printo's declined checkout, the hardware shop's WhatsApp Business chat and the crate maker's Refrens
invoice; PNB ONE, IRIS by YES BANK, Amazon Pay, RBL MoBank, iMobile Pay, UCO mBanking Plus, Bank of Baroda's
branch NEFT receipt and Freecharge for the marble dealer, the gem dealer, the stone slicer, the DTDC
franchise, the crate maker, the hardware shop, an abrasives dealer and the frame maker; a karigar's piece-work
account in a Hindi hand, an Eid advance in an Urdu hand with its Hijri day, Zoho Payroll's payslip, slice,
Canara ai1, Airtel Payments Bank, a Paytm chat and the helper's salary receipt in form lines in Hindi and
Urdu; Agra Nagar Nigam's trade licence e-receipt under its Hindi and Urdu names, Nivesh Mitra with the
Pollution Control Board's consent fee, e-GRAS' challan pending at the bank, EPCH's membership receipt, the Taj
Mahotsav Samiti's stall receipt from its book, the GST portal's failed challan, the Labour Department's
renewal receipt and Legal Metrology's verification fee; Bajaj General's, Tata AIG's, Star Health's, National
Insurance's, Niva Bupa's, Royal Sundaram's, LIC's and Kotak General's premiums; cards on the emporium's Axis
Bank terminal and the Mahotsav stall's Innoviti terminal, at an Agra hotel's Federal Bank terminal with a tip,
at a Delhi tools shop, on IndiGo, on an Agra restaurant's bill, in ICICI Bank's SMS and on the OneCard app;
Torrent Power, ACT Fibernet, HelloBPCL, BSNL Selfcare, Agra Jal Sansthan's counter, Torrent Power's SMS, an
Urdu newspaper hawker's card and Green Gas' mail; Punjab National Bank's SMS in Hindi, the SMS of Indian
Overseas Bank, Bank of Maharashtra, Kotak Mahindra Bank and Union Bank of India, Bank of Baroda's SMS under
"Today", Federal Bank's mail and Canara Bank's notification in the shade). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout312's or heldout313's,
and nearly all of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they
also drew (Paytm, Amazon, Canara Bank, Bank of Baroda, Union Bank of India, Axis Bank, ICICI Bank, HDFC Bank,
Punjab National Bank and Federal Bank among the issuers; a receiving business's own app, an app's failure,
pending, no-reference or "Today" page, a payer's advice with its bills, an accounting program's payment, a
corporate bank's page with a transfer waiting or sent back, a channel's message, a payer's mail, a wire's
page, a shop's tax invoice, a festival stall's memo, a gateway's pending or failed page, a ledger app, a
marketplace's payout mail, a receipt with its number struck in red, a billing roll, a supplier's invoice with
its payment noted on it, a supplier's chit in a regional hand, a carrier's receipt, a marketplace's pending or
declined order, a bank's app, a branch's counter receipt, a shared payment with no reference, a piece work
account, a payslip, a festival advance receipt, a municipal receipt in regional labels, a department's app, a
treasury's pending challan, a dues page failed, a receipt book's page, a premium receipt, an insurer's app,
mail or message, a marine cargo certificate, a card slip approved, pending or declined, a fare paid by card, a
card issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app, mail or SMS, a
hand-written monthly card, a bank's SMS in the region's language, a bank's mail, a phone's notification), it
is drawn here for another issuer in this set's own labels and marks, and near ones are noted: Paytm for
Business on the emporium's phone under a large round tick with its sum set large and its details in a table
ruled on every side, where heldout313 and heldout312 drew PhonePe Business in a ticket's card; Tata Neu's
payment against a gutter, where heldout312 drew Axis Mobile's against one; POP's payment on a scalloped badge
with no reference, where heldout313 drew Paytm's details folded away and heldout312 JioFinance's shared card;
Kotak811's "Today" in an octagon, where heldout313 drew CRED's "Today" and heldout312 Vyom's; super.money's
processing under a spinner with its stages left to right, where heldout312 drew BHIM SBI Pay's pending under a
spinner with its stages left to right (its labels in dot leaders, here in shaded labels) and heldout313 YONO
SBI's stages top to bottom; BOI Mobile Omni Neo's failure on a tinted band, where heldout313 drew PayZapp's
failure and heldout312 digibank's under a large round cross; mBandhan's payee's initials in a round badge over
tiles, where heldout312 drew Axis Mobile's initials over a gutter; IndOASIS' labels with colons, where
heldout313 drew Axis Mobile's octagon over dot leaders; the Central Cottage Industries Corporation's PAYMENT
ADVICE under its Hindi name with its bills, their TDS and their net in a table ruled on every side, where
heldout313 drew SIMFED's advice under its Nepali name on hairline rows and heldout312 TGHDC's REMITTANCE
ADVICE under its Telugu name; Oracle NetSuite's Bill Payment mail, where heldout313 drew Odoo's Vendor Payment
and heldout312 Zoho Books' Payment Made; Punjab National Bank's corporate RTGS awaiting its second approver
with its approvals in a striped table, where heldout313 drew the State Bank of India's NEFT pending the
authoriser with its stages across the page and heldout312 YONO Business' with its stages top to bottom; the
export house's advice on continuous stationery (heldout275's green bands and sprocket holes), where heldout312
drew Odoo's Payment Receipt; the Slack channel under "Today", where heldout313 and heldout312 drew Microsoft
Teams; bob World Business' NEFT returned on a tinted band over its stages left to right, where heldout313 drew
HDFC Bank ENet's NEFT returned under a red ribbon and heldout312 Canara Bank's on a scalloped badge's cross;
the gifting company's mail read in Outlook naming its day and no reference, where heldout313 drew a hotel
owner's mail in the Gmail app and heldout312 a school's letter with none; BUSY's payment advice with its sum
in a box, where heldout312 drew Zoho Books' Amount Paid on a tinted panel; BNP Paribas' French and English
labels against a gutter, where heldout313 drew ABN AMRO's Dutch and English and heldout312 Deutsche Bank's
German and English in striped tables; NatWest's "Today" on a scalloped badge, where heldout313 drew
PostFinance's "Today" under a tile and heldout312 CommBank's; Al Rajhi Bank under its Arabic name
(heldout292's Naskh) in dot leaders, where heldout313 drew Wells Fargo's wire in them; TD Bank's wire returned
under a red ribbon in a table ruled on every side, where heldout313 drew Shinhan Bank's remittance returned in
an octagon and heldout312 UBS' rejected under an octagon's cross; UOB's sentence with no reference, where
heldout313 drew Bendigo Bank's and heldout312 Barclays'; Handelsbanken's Swedish and English labels over their
values two to a row, where heldout313 drew Nordea's Norwegian in shaded labels; Bank of America's wire pending
approval with its stages across the page, where heldout313 drew Wells Fargo's pending with its stages top to
bottom and heldout312 CIMB's in process over a progress bar; Mashreq's receipt in a table ruled on every side,
where heldout313 drew MUFG Bank's and heldout312 SMBC's in one; the emporium's tax invoice under a pietra dura
medallion in a table ruled on every side with its hologram sticker, where heldout313 drew one under a cane hat
and heldout312 one under a Cherial mask, both in striped tables; the Mahotsav stall's cash memo in a Hindi
hand lying on a marble table top, where heldout313 drew the festival stall's memo in a Nepali hand lying on a
Lepcha cloth and heldout312 the jatara stall's bill in a Telugu hand lying on a scroll; PayU's pending
checkout under a spinner, where heldout313 drew CCAvenue's with its stages and heldout312 PhonePe Payment
Gateway's under a spinner; Khatabook's "You got" on a tinted panel under "Today", where both drew
myBillBook's; Instamojo's failure under a large round cross, where heldout313 drew the Razorpay payment page's
and heldout312 BillDesk's under a tile's cross; the advance receipt in form lines in Hindi and Urdu with its
No. struck in red and the firm's round seal, where heldout313 drew the society's receipt in bilingual form
cells and heldout312 an advance receipt, both with revenue stamps; Jaypore's payout mail in a striped table,
where heldout313 drew Amazon Seller Central's mail and heldout312 Amazon's disbursement mail; LOGIC ERP's
roll, where both drew GoFrugal's; the marble dealer's invoice with the firm's PAID stamp filled in by hand,
where heldout313 drew the yarn dealer's and heldout312 the khadi store's invoices with sticky notes; the stone
slicer's chit in an Urdu hand on squared paper, where heldout313 drew the cane cutter's chit in a Nepali hand
on squared paper and heldout312 the tamarind-seed trader's bill in a Telugu hand; IndustryBuying's pending
order in a striped table, where both drew Moglix's; the gem dealer's invoice with its office box filled in by
its clerk and its oval RECEIVED stamp, where heldout312 drew the paper-tube maker's "Payment received vide
IMPS"; DTDC's receipt two pairs to a row in a table ruled on every side, where heldout312 drew The
Professional Couriers' in one and heldout313 India Post's roll; Printo's failure under a tile's cross, where
heldout313 drew Vistaprint's in an octagon and heldout312 Vistaprint's on a tinted band; the hardware shop's
WhatsApp Business chat under "Today", where heldout313 drew the carpenter's bill with its Date left blank and
heldout312 the framer's; the crate maker's Refrens invoice with Payment Received on a tinted panel, where
heldout313 drew the packaging house's Zoho invoice with Payment Made on one; PNB ONE's RTGS in a table ruled
on every side, where heldout312 drew OnlineSBI's e-Receipt in one; IRIS' values over their labels under a
capsule, where heldout313 drew YONO Business' under a green ribbon; Amazon Pay's "Today", where heldout313
drew BHIM's and heldout312 Google Pay's; RBL MoBank's NEFT in process with its stages across the page, where
heldout313 drew HDFC Bank's in process over a progress bar and heldout312 the Karimnagar co-operative bank's;
iMobile Pay's read-only fields on a scalloped badge, where heldout313 drew GO Mobile+'s under a large round
tick; UCO mBanking Plus' failure on a tinted band with colons, where heldout313 drew FedMobile's on one in
shaded labels; Bank of Baroda's branch NEFT receipt typed in its printer's face with its stamp, where
heldout313 drew the Sikkim co-operative bank's application filled in by hand; Freecharge's payment with the
payee's initials and no reference, where heldout313 drew Google Pay's payment shared as a picture and
heldout312 FedMobile's share in a chat; the karigar's piece-work account in a Hindi hand, where heldout313
drew the weaver's wage account in a Nepali hand and heldout312 the painter's in a Telugu hand; the Eid advance
in an Urdu hand with its Hijri day, where heldout313 drew the Tendong Lho Rum Faat advance in a Nepali hand
and heldout312 the Dasara advance in a Telugu hand; Zoho Payroll's payslip with its Net Pay on a tinted panel,
where both drew greytHR's; slice's processing with its stages left to right, where heldout313 drew Navi's
pending with its stages across the page and heldout312 Navi's processing; Canara ai1's IMPS in dot leaders,
where heldout313 drew IDFC FIRST Bank's against a gutter; Airtel Payments Bank's failure under a tile's cross,
where heldout313 drew PhonePe's and heldout312 Groww's in octagons; the Paytm chat's payment card under
"Today", where heldout313 drew WhatsApp's payment card under "Today"; the salary receipt in form lines in
Hindi and Urdu, where heldout313 drew the salary voucher in bilingual form cells and heldout312 the helper's
payment voucher; Agra Nagar Nigam's e-receipt under its Hindi and Urdu names with Hindi labels and their
English after a slash, where heldout313 drew Mangan Nagar Panchayat's stacked bilingual labels and heldout312
Cheriyal Municipality's Telugu tags; Nivesh Mitra's "Today" on a scalloped badge, where heldout313 drew the
e-Transit Pass' "Today" on one; e-GRAS' challan pending at the bank over a progress bar, where heldout313 drew
the Sikkim e-challan pending at the bank over one and heldout312 the profession tax pending with its stages;
EPCH's receipt with colons, where heldout313 drew the Textiles Committee's receipt in a table ruled on every
side; the Taj Mahotsav Samiti's stall receipt from its book with its No. left blank and its oval stamp, where
heldout313 drew the Gram Panchayat Unit's house tax receipt so (and heldout295 the Taj Mahotsav Samiti under
its Hindi name); the GST portal's failure on a tinted band, where heldout313 drew the Income Tax Department's
on one and heldout312 the GI Registry's; the Labour Department's receipt in a striped table, where heldout312
drew Shilparamam's stall rent mail in one; Legal Metrology's receipt in a table ruled on every side; Bajaj
General's premium receipt in dot leaders, where heldout313 drew IFFCO-Tokio's in a table ruled on every side
and heldout312 IFFCO-Tokio's against a gutter; Tata AIG's "Today", where heldout313 drew SBI General's and
heldout312 Care Health's; Star Health's verification under a spinner, where heldout313 drew Care Health's with
its stages across the page and heldout312 Generali Central's with its stages top to bottom; National
Insurance's failure on a tinted band, where heldout313 drew HDFC ERGO's under a large round cross and
heldout312 HDFC ERGO's on a tinted band; Niva Bupa's WhatsApp message, where heldout313 drew SBI Life's SMS
and heldout312 Axis Max Life's; Royal Sundaram's marine certificate in a striped table, where heldout313 drew
Generali Central's with colons; LIC's mail in a table ruled on every side, where heldout312 drew Liberty
General's mail in one and heldout313 Magma General's in shaded labels; Kotak General's receipt typed on its
branch's printer, where heldout313 drew The New India Assurance's cover note typed on one; Axis Bank's slip
with its fields two to a line and its sum set large, where heldout312 drew Razorpay POS' so; Innoviti's
response awaited at the Mahotsav stall, where heldout313 drew Paytm's card machine timed out and heldout312
BharatPe Swipe's; Federal Bank's slip at an Agra hotel with a tip, where heldout313 drew State Bank of India's
and heldout312 Yes Bank's at hotels; Canara Bank's slip declined (54 EXPIRED CARD), where heldout313 drew HDFC
Bank's (55 INCORRECT PIN) and heldout312 ICICI Bank's (05 DO NOT HONOUR); IndiGo's itinerary in dot leaders,
where heldout313 drew SpiceJet's booking in a ticket's card and heldout312 TGSRTC's e-ticket; the restaurant's
bill billed on Restroworks, where both drew Petpooja's; ICICI Bank's card SMS, where both drew HDFC Bank's;
OneCard's "Today" on its dark screen, where heldout313 drew the SBI Card app's and heldout312 Scapia's;
Torrent Power's receipt in dot leaders in a rounded card under its Hindi name, where heldout313 drew the
Energy & Power Department's in bilingual form cells and heldout312 TGNPDCL's in Telugu tags; ACT Fibernet's
"Today", where heldout313 drew Airtel Thanks' "Today" for the fibre bill; HelloBPCL's refill pending with its
labels over their values two to a row, where heldout312 drew Indane's under a spinner and heldout313 DishTV's
over a progress bar; BSNL Selfcare's failure in an octagon with its values over their labels, where heldout313
drew Vi's under a tile's cross so; Agra Jal Sansthan's counter receipt typed in its printer's face with its
stamp, where heldout313 drew the Water Security & PHE Department's receipt book; Torrent Power's SMS, where
heldout313 drew IndianOil's and heldout312 TGNPDCL's; the newspaper hawker's card in an Urdu hand on a spiral
pad's page, where heldout313 drew the milkman's card in a Nepali hand and heldout312 the milkman's in a Telugu
hand; Green Gas' mail in a table ruled on every side, where heldout313 drew a broadband company's mail in one;
Punjab National Bank's SMS in Hindi in a bubble, where heldout313 drew the Sikkim State Co-operative Bank's in
Nepali and heldout312 Telangana Grameena Bank's in Telugu (and heldout277 Bihar Gramin Bank's in Hindi); the
SMS of Indian Overseas Bank, Bank of Maharashtra, Kotak Mahindra Bank and Union Bank of India in their own
wordings, where heldout313 drew State Bank of India's, Bank of Baroda's, UCO Bank's and Central Bank of
India's and heldout312 State Bank of India's, Karur Vysya Bank's, Indian Bank's and the Karimnagar
co-operative bank's; Bank of Baroda's SMS under "Today", where heldout313 drew Axis Bank's rich message under
"Today"; Federal Bank's mail, where both drew HDFC Bank's; Canara Bank's notification in the pulled-down
shade, where heldout312 drew Union Bank of India's on the lock screen (and heldout311 Punjab & Sind Bank's in
the shade). Some of this set's issuers and kinds of paper were drawn by sets before heldout312 (heldout277's
Hindi and Urdu lines in Noto Nastaliq Urdu; heldout292's Arabic bank's name in Noto Naskh Arabic; heldout295's
Taj Mahotsav stall at Shilpgram; heldout304's Ramzan; heldout275's continuous stationery; heldout269's,
heldout273's, heldout275's and heldout294's advices with their TDS; riyals, Canadian and Singapore dollars,
dirhams, pounds, kronor and euros the French way from heldout241 to heldout311), and are drawn here in this
set's own labels and arrangements; the families' docstrings list each one's labels. This set draws kinds of
row and page heldout312 and heldout313 do not: Hindi in Devanagari and Urdu in Nastaliq side by side (a
workshop's, an emporium's and a municipal corporation's names, headings, a Mahotsav cash memo and a karigar's
piece-work account in a Hindi hand, a stone slicer's chit, an Eid advance and a hawker's card in an Urdu hand,
a bank's SMS in Hindi); an Urdu hand written from the right with its sums and days in Latin figures in a
column at the LEFT; a Hijri day (the day of Ramzan 1447 in Urdu figures) beside the Gregorian day; form lines
in Hindi and Urdu (the Hindi label at the left with its English small under it, the Urdu label at the right,
the value on a dotted line between them); a Hindi label with its English after a slash and the value at the
right; an Arabic bank's name; a pietra dura medallion as a letterhead's emblem; a strip of inlaid marble as a
divider; slivers of lapis, carnelian, malachite and mother of pearl, marble dust and a bow saw in a page's
margins; a page photographed lying on an inlaid white marble table top with an inlaid coaster beside it; a
PAID rubber stamp with its blanks filled in by hand; a hologram sticker; a payment advice on continuous
stationery; an approvals table; and beside them the rows heldout269's to heldout294's sets share (tables ruled
on every side, striped tables, shaded labels, labels against a gutter, labels at the left and values at the
right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two to a row,
values over their labels, labels over their values two to a row, copyable fields, read-only fields, a tinted
panel, notice boxes, a payment's stages across the page and left to right, progress bars, spinners, large
round marks, octagons, scalloped badges, tile marks, a day divider, chat bubbles, a chat's payment card, a
round badge of initials, rounded cards, hand-written fills and columns on a ruled page, a sum in a box, round,
oval and rectangular stamps, a red numbering-machine number, signatures, a torn roll, a barcode, squared
paper, a spiral pad's page, a notification shade).

* ``buyer_upi``: Buyers paying Gulnaqsh Emporium or the workshop: Paytm for Business on the emporium's phone
  (the emporium under the app's bar; a large round tick, Payment Received, the sum set large, "from <buyer>";
  UPI Ref. No., Received at, Paid via and Settlement in a table ruled on every side); Tata Neu's UPI payment
  (a tile's tick, Payment Successful, the sum, "Paid to" over the payee, the NeuCoins earned; UPI Reference
  ID, Paid on, Paid from and Note against a gutter); POP's UPI payment on a scalloped badge with no reference
  (Payment done, the sum, "to <payee>", "on <day>, <hour>"; Paid from; POPcoins; "View details"); Kotak811's
  money sent in an octagon ("Today, <hour>"; the sum, "to" over the payee; a copyable UPI Ref No.; From at the
  left and the right; no day); super.money's payment processing under a spinner (the sum, "to <payee>", its
  stages left to right, a notice; UPI Ref. No., Initiated at and Debiting in shaded labels); Bank of India's
  BOI Mobile Omni Neo with the payment failed on a tinted band (the sum, "to <payee>", the reason in a notice;
  labels small over their values two to a row: Transaction ID and Date & Time, Account and Reason code);
  Bandhan Bank's mBandhan with the payee's initials in a round badge (Fund transfer successful, the sum, "to
  <payee>"; UPI Ref No. and Date in tiles; Debited from); Indian Bank's IndOASIS under a large round tick
  (Transaction Successful; Payee Name :, Amount :, UPI Ref No :, Date & Time :, Remarks : with colons). All
  new here.

* ``buyer_advices``: Payers' advices of what they paid the workshop: the Central Cottage Industries
  Corporation's PAYMENT ADVICE under its Hindi name for the inlaid pieces its Janpath emporium bought (Ref.
  and Date on a line; "To," and the workshop; Bill No. | Bill Amt. | TDS (GST) 2% | Net Paid in a table ruled
  on every side, the Total row under its double rule; "Net amount of Rs. x has been credited ... by NEFT /
  RTGS, UTR ..."; the Deputy Manager (Finance)'s signature); a Mumbai home store's Bill Payment mailed from
  Oracle NetSuite (Primary Information: Payee, Date, Account, Amount, Memo with its UTR at the left and the
  right; Apply: Bill | Orig. Amt. | Payment on hairline rows); Punjab National Bank's corporate internet
  banking with a Jaipur hotel company's RTGS awaiting its second approver (a capsule; Level | User | Action |
  Time in a striped table; Transaction Ref., Beneficiary, Amount, Mode, Value Date in dot leaders); a Delhi
  export house's payment advice printed on continuous stationery by its dot-matrix printer (PAYMENT ADVICE,
  the lines typed in its face: ADVICE NO, DATE, PAYEE, the bills, NET PAID, MODE, UTR NO); a Bengaluru
  hospitality interiors firm's Slack channel under its "Today" divider (the writer, bold, and the hour; "Paid
  ₹x to <payee> via NEFT ...", "UTR ..."; a reply; no day); Bank of Baroda's bob World Business with a Lucknow
  studio's NEFT returned on a tinted band (its stages left to right, the reason in a notice; Transaction Ref
  No., Beneficiary, Amount, Value Date, Return Reason against a gutter); a Gurugram gifting company's mail
  read in Outlook ("We have transferred Rs. x to <payee> by NEFT on <day> ..."; PO No. | Invoice No. | Amount
  in a table ruled on every side; no reference); a Jaipur hotel's PAYMENT ADVICE printed from BUSY (Voucher
  No. and Date; Paid to; Particulars | Amount on hairline rows; Amount in a box; Mode and UTR No. with colons;
  a signature). All new here.

* ``export_wires``: Galleries, antique dealers, interiors houses, hotels and importers abroad paying the
  workshop for its inlaid table tops, plates, boxes and panels: BNP Paribas' Net Entreprises with an
  international transfer executed in euros the French way (Exécuté / Executed; each label's French and its
  English after a slash against a gutter: Référence / Reference, Bénéficiaire / Beneficiary, Montant / Amount,
  Date d'exécution / Execution date, Frais / Charges); NatWest's Bankline app with a payment sent in pounds
  ("Today, <hour>"; a scalloped badge, Payment sent, the sum, "to <payee>"; labels small over their values two
  to a row: Payment reference and Charges; Paying from; no day); Al Rajhi Bank's business banking under its
  Arabic name with an international transfer completed in riyals (Transfer Reference, Beneficiary Name,
  Amount, Transfer Date, Charges Type in dot leaders); TD Bank's Web Business with a wire returned in Canadian
  dollars under a red ribbon (the reason in a notice; Wire Reference, Beneficiary, Amount, Date Sent, Charges,
  Return Reason in a table ruled on every side); UOB Infinity's telegraphic transfer in Singapore dollars told
  in a sentence with no reference (a large round tick; "Your telegraphic transfer of <sum> to <payee> was
  completed on <day>."; Charges and From account at the left and the right); Handelsbanken's payment in
  Swedish kronor the Swedish way, its day in the ISO form (each label's Swedish and its English after a slash
  small over its value, two to a row: Mottagare / Beneficiary and Belopp / Amount, Betalningsdag / Payment
  date and Referens / Reference, Avgift / Charges and Status); Bank of America's CashPro with a wire pending
  approval in US dollars, the day month first (a capsule, its stages across the page, a notice; Wire ID:,
  Beneficiary:, Amount:, Value Date:, Charges: with colons); Mashreq NeoBiz' transfer receipt in UAE dirhams
  (Transfer successful; Transaction Reference, Beneficiary Name, Beneficiary Bank, Amount, Transfer Date,
  Charges in a table ruled on every side). All new here.

* ``own_receipts``: The workshop's own papers, its emporium or itself on top: Gulnaqsh Emporium's TAX INVOICE
  under a pietra dura medallion, its Hindi and Urdu names and a strip of inlaid marble, to a Lucknow buyer
  (Invoice No. and Date, Buyer and Place of Supply at the left and the right; # | Item | HSN | Qty | Rate |
  Amount in a table ruled on every side; Taxable Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total
  under a rule and a double rule; the sum in words; "Payment received by UPI, RRN ..."; its hologram sticker;
  slivers of stone and a bow saw in its margins); the Taj Mahotsav stall's CASH MEMO in the Mahotsav's days,
  photographed lying on a marble table top (the emporium's Hindi and Urdu names over its English, "ताज
  महोत्सव, शिल्पग्राम" (Taj Mahotsav, Shilpgram), "नकद मेमो" (cash memo); Date and Name in form lines in Hindi
  and Urdu; the pieces written in a Hindi hand on ruled lines with their sums, "कुल" (total), "नकद प्राप्त"
  (cash received); no reference); PayU's checkout for the web shop with the payment pending (the shop on top,
  the sum, a spinner, a notice; Transaction ID, Order ID, Payment mode, Date & Time in a table ruled on every
  side); Khatabook on the emporium's phone ("Today, <hour>"; the emporium under the app; You got and the sum
  on a tinted panel, "from <customer>"; Payment mode, UPI Ref and Balance at the left and the right; no day);
  Instamojo's payment link for a hotel's order with a card payment failed under a large round cross (the shop
  on top, the reason in a notice; Payment ID, Amount, Method and Attempted on in shaded labels); the
  workshop's ADVANCE RECEIPT for a commissioned piece (No. struck in red; its fields in form lines in Hindi
  and Urdu written in: दिनांक / Date / تاریخ, प्राप्त किया / Received from / وصول کیا, राशि / Amount / رقم,
  बाबत / Towards / بابت, माध्यम / Mode / ذریعہ, संदर्भ सं. / UPI Ref / حوالہ نمبر; the sum in words; the
  firm's round seal and a partner's signature); Jaypore's payout mail for the emporium's orders (Payout
  processed, its sentence; Seller, Payout ID, UTR, Payout amount, Credited to, Payout date, Orders, Commission
  & fees in a striped table); the emporium's bill from LOGIC ERP on a three-inch roll (BILL NO and DATE; the
  pieces, SUB TOTAL, CGST 2.5%, SGST 2.5%, NET AMOUNT typed in the printer's face; PAYMODE : UPI and its RRN).
  All new here.

* ``supplier_invoices``: The workshop's suppliers, each on top of its own paper: a Makrana marble dealer's TAX
  INVOICE for blocks and slabs (Invoice No. beside its earlier Date; Description | HSN | Sq. ft. | Rate |
  Amount on hairline rows; IGST 5% and Total in dot leaders) with the workshop's PAID stamp on it at the
  right, its blanks filled in by the accountant's hand (Date, Mode, UTR); a Taj Ganj stone slicer's chit in an
  Urdu hand (his name in Latin letters at its head; "تاریخ" (date) and the day written at the left; "عقیق" /
  carnelian, "لاجورد" / lapis and "سیپ" / mother of pearl slices by the piece with their sums in the column at
  the LEFT, the page read from the right, "کل" (total), "نقد وصول پایا" (received cash); no reference);
  IndustryBuying's order of carborundum, emery and diamond blades with the payment pending (a progress bar, a
  notice; Order ID, Sold by, Amount, Payment, Ordered on in a striped table); a Jaipur gem dealer's TAX
  INVOICE for stone slices (Invoice No. and its earlier Date; # | Description | HSN | Kg | Rate | Amount in a
  table ruled on every side; IGST 3% and Total; its box "For office use - payment received" filled in by its
  clerk's hand: "By IMPS, Ref ...", "on <day>"; its oval RECEIVED stamp); DTDC's booking receipt from its Agra
  franchise counter (a barcode; Consignment No. and Date, Origin and Destination, Pieces and Weight, Freight
  and Fuel surcharge, GST 18% and Total, Paid by and UPI Ref two pairs to a row in a table ruled on every
  side); Printo's checkout for certificates of authenticity and gift cards with the card payment failed under
  a tile's cross (the reason in a notice; Order No., Items, Amount, Card, Attempted on at the left and the
  right); an Agra hardware shop's WhatsApp Business chat under its "Today" divider (the shop with its verified
  tick on top; its order card: Order #, the items, Total; its message "Payment received, thank you" with the
  sum, UPI and its Ref; no day); an Agra crate maker's TAX INVOICE from Refrens (Invoice # and its earlier
  Invoice Date; Item | Qty | Rate | Amount in a striped table; CGST 9%, SGST 9% and Total in dot leaders;
  Payment Received on a tinted panel; Paid via:, Reference: and Payment Date: with colons; Balance Due). All
  new here.

* ``vendor_transfers``: The workshop paying its suppliers from its banks: Punjab National Bank's PNB ONE with
  an RTGS to the Makrana marble dealer (a tile's tick, Transaction Successful, the sum; Beneficiary, Account,
  IFSC, UTR, Date, Remarks in a table ruled on every side); Yes Bank's IRIS with a NEFT to the Jaipur gem
  dealer (Transfer successful in a capsule, the sum; each value over its label: Beneficiary, UTR, Date,
  Debited from); Amazon Pay's UPI payment to the stone slicer ("Today, <hour>"; a large round tick, Payment
  Successful, the sum, "to <payee>"; a copyable UPI Reference ID; Paid from; no day); RBL Bank's MoBank with a
  NEFT to the DTDC franchise in process (a capsule, its stages across the page, a notice; labels small over
  their values two to a row: Beneficiary and Amount, UTR and Initiated on); ICICI Bank's iMobile Pay with an
  IMPS to the crate maker on a scalloped badge (Beneficiary, IMPS Ref No., Date each in a read-only field's
  box); UCO Bank's mBanking Plus with an IMPS to the hardware shop failed on a tinted band (the sum, the
  reason in a notice; To :, Amount :, Transaction ID :, Date : with colons); Bank of Baroda's NEFT customer's
  receipt printed at its Taj Ganj branch counter in its printer's face (NEFT TRANSACTION RECEIPT, the lines
  typed: DATE, REMITTER, BENEFICIARY, A/C NO, IFSC, AMOUNT, COMMISSION, UTR NO, STATUS : SENT; the branch's
  rectangular stamp with its day); Freecharge's UPI payment to a frame maker with no reference (the payee's
  initials in a round badge, "Paid ₹x to <payee>", Successful, the day and hour; Paid from). All new here.

* ``worker_pay``: The workshop paying its karigars (the inlayers and stone cutters of Taj Ganj who work by the
  piece) and its staff: a karigar's piece-work account under its Hindi heading "पच्चीकारी मज़दूरी हिसाब"
  (inlay wage account) (कारीगर / Karigar / کاریگر and माह / Month / مہینہ in form lines in Hindi and Urdu,
  written in; the pieces he inlaid written in a Hindi hand with their counts, rates and sums on ruled lines,
  "कुल" (total); "Paid by UPI, Ref ..." and "on <day>" written under it; slivers of stone and a bow saw in its
  margins); a karigar's Eid advance receipt in an Urdu hand under the workshop's Urdu and Hindi names ("عید
  پیشگی رسید" (Eid advance receipt); "آج بتاریخ <Hijri day>" (today, on <the day in Ramzan 1447>), "مطابق"
  (corresponding to) with the day written at the left, "عید کی پیشگی کے طور پر" (as the Eid advance), "روپے
  نقد وصول پائے" (received in cash) with the sum written at the left), his signature and his name written
  under it in English; a witness; no reference); Zoho Payroll's payslip for the emporium's salesman (Employee
  Name, Employee ID, Designation and Pay Period, labels small over their values two to a row; Earnings |
  Amount | Deductions | Amount in a striped table; Net Pay on a tinted panel and its words; "Paid on <day> via
  NEFT, UTR ..."); slice's UPI payment to a karigar processing (a capsule, the sum, "to <payee>", its stages
  left to right, a notice; each value over its label: UPI Ref No., Started on, From); Canara Bank's ai1 with
  an IMPS to the emporium's helper under a large round tick (Transfer successful, the sum, "to <payee>"; IMPS
  Ref No., Date, From A/c, Remarks in dot leaders); Airtel Payments Bank's payment to a karigar failed under a
  tile's cross (the sum, "to <payee>", the reason in a notice; Transaction ID, Attempted on and Paid from
  against a gutter); Paytm's chat with a karigar under its "Today" divider (the karigar on top; a payment card
  at the right: "Paid to <first name>", the sum, "Payment successful" and the hour, the UPI Ref No.; his
  reply; no day); the helper's SALARY RECEIPT under the workshop's Hindi and Urdu names "वेतन रसीद" / "تنخواہ
  کی رسید" (Voucher No. struck in red; दिनांक / Date / تاریخ, नाम / Name / نام, माह / Month / مہینہ, राशि /
  Amount / رقم, माध्यम / Mode / ذریعہ and संदर्भ सं. / UPI Ref / حوالہ نمبر in form lines in Hindi and Urdu,
  written in; the sum in words; his signature). All new here.

* ``govt_fees``: The workshop's fees, taxes and dues, the authority paid as printed: Agra Nagar Nigam's trade
  licence e-receipt for the emporium under its Hindi and Urdu names (भुगतान सफल / Payment Successful; each
  label in Hindi with its English after a slash at the left and the value at the right, a hairline under each:
  रसीद संख्या / Receipt No., लाइसेंस संख्या / Licence No., व्यापारी / Trader, वर्ष / Year, राशि / Amount,
  माध्यम / Mode, यूपीआई संदर्भ / UPI Ref, दिनांक / Date); Nivesh Mitra's app with the U.P. Pollution Control
  Board's consent fee for the workshop in the Taj Trapezium Zone paid ("Today, <hour>"; the board under the
  app's bar, a scalloped badge, Fee paid, the sum; Application No. and Transaction ID in tiles; Paid via; no
  day); e-GRAS Uttar Pradesh's e-challan for the Registrar of Firms' fee pending at the bank (a capsule, a
  progress bar, a notice; GRN, Department, Head of Account, Amount, Mode, Initiated on in dot leaders); the
  Export Promotion Council for Handicrafts' membership renewal receipt (Payment received; Receipt No.:,
  Member:, RCMC No.:, Period:, Fee:, GST 18%:, Total:, Mode:, UTR:, Date: with colons); the Taj Mahotsav
  Samiti's stall allotment receipt from its book under its Hindi name (No. left blank; Date, Received from and
  Stall No. written in; Rs. in a box; "Recd. in cash"; its oval stamp; no reference); the GST portal's challan
  payment failed on a tinted band (the reason in a notice; CPIN, GSTIN, Amount, Bank, Mode, Attempted on
  against a gutter); the Labour Department's Shops & Establishments renewal fee receipt under its Hindi name
  (Payment Successful; Registration No., Establishment, Fee, Late fee, Total, Receipt No., Transaction ID,
  Mode, Payment Date in a striped table); the Legal Metrology Department's verification fee for the emporium's
  scale (Receipt No., Instrument, Fee, Transaction ID, Mode, Date in a table ruled on every side). All new
  here.

* ``insurer_receipts``: The workshop's premiums, the insurer on top, under its app's bar or signing its
  message: Bajaj General's PREMIUM RECEIPT for the karkhana's Bharat Sookshma Udyam Suraksha policy (its
  sentence "Received with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy
  No., Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in dot leaders; a signature); Tata
  AIG's app with the pickup's motor policy renewed ("Today, <hour>"; the insurer under the app's bar, a tile's
  tick, Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via at the left and the right; no
  day); Star Health's app with the family's health renewal under verification (the insurer under the app's
  bar, a spinner, a notice; Proposal No., Premium, Transaction ID, Paid via, Initiated on in shaded labels);
  National Insurance's portal with the emporium's shopkeeper's renewal failed by card on a tinted band (the
  reason in a notice; labels small over their values two to a row: Policy No. and Premium, Transaction ID and
  Card, Attempted on and Reason); Niva Bupa's WhatsApp message under its verified name ("Dear Irfan, we have
  received your premium of ₹x for policy no. ... on <dd-mm-yyyy> via UPI. Your policy is renewed. - Team Niva
  Bupa"; no reference); Royal Sundaram's marine cargo certificate for the Dubai consignment (its sentence;
  Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Paid via, Transaction ID, Payment
  Date in a striped table); LIC's premium paid acknowledgement mail (its sentence; Policy No., Receipt No.,
  Transaction ID, Premium, Mode, Date in a table ruled on every side); Kotak General's shopkeeper's policy
  receipt typed on its Agra branch's printer (RECEIPT NO, POLICY NO, INSURED, PERIOD, PREMIUM, GST 18%, TOTAL,
  DATE; PAYMENT : UPI and its REF). All new here.

* ``card_slips``: Cards on the emporium's and the Mahotsav stall's terminals and the workshop's cards
  elsewhere: Axis Bank's SALE slip at the emporium (DATE and TIME, MID and TID, BATCH NO and INVOICE NO at the
  left and the right; the card and how it was read; APPR CODE and RRN; the sum set large; APPROVED, CUSTOMER
  COPY); Innoviti's terminal at the Mahotsav stall in the Mahotsav's days with the sale awaiting the bank's
  response (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; RESPONSE AWAITED, DO NOT RETRY, STATUS WILL BE
  UPDATED); Federal Bank's slip at an Agra hotel with a tip (SALE; DATE, TIME, TID, INV NO, CARD, APPR CODE,
  RRN; BASE, TIP and TOTAL; APPROVED, SIGNATURE NOT REQUIRED); Canara Bank's slip at a Delhi tools shop
  DECLINED (54 EXPIRED CARD); IndiGo's booking for the Agra - Mumbai flight to a crafts fair (PNR and Booking
  status over the flight's line; Passenger, Date of travel; Fare, Taxes & fees, Total paid, Paid with, Payment
  ID, Booked on in dot leaders); an Agra restaurant's bill settled by card (Bill No., Date, Covers; the
  dishes; Sub Total, CGST 2.5%, SGST 2.5%, Total; "Paid: Card", the card and its Approval Code; billed on
  Restroworks); ICICI Bank's SMS of a spend on the workshop's card ("INR x spent using ICICI Bank Card XX1234
  on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y ..."; no reference); the OneCard app with a spend at a
  stationery shop ("Today, <hour>"; the merchant over its town, the sum, Approved in a capsule; Card and
  Transaction ID in tiles; Category; no day). All new here.

* ``utility_bills``: The karkhana's and the emporium's bills: Torrent Power's online payment receipt for the
  karkhana under its Hindi name (Payment Successful; in a rounded card, Service No., Consumer Name, Bill
  Month, Amount Paid, Receipt No., Transaction ID, Payment Date and Mode in dot leaders); ACT Fibernet's app
  with the emporium's broadband paid ("Today, <hour>"; the company under the app's bar, a scalloped badge,
  Payment successful, the sum; Account ID and Transaction ID in tiles; Paid via; no day); HelloBPCL's refill
  payment pending (the company under the app's bar, a capsule, a progress bar, a notice; labels small over
  their values two to a row: Consumer No. and Distributor, Amount and Paid via, Order ID and Initiated on);
  BSNL Selfcare's landline bill payment failed by card in an octagon (the company under the app's bar, the
  reason in a notice; each value over its label: Account No., Amount, Transaction ID, Paid via, Attempted on);
  Agra Jal Sansthan's water charges receipt from its counter's printer under its Hindi name (RECEIPT NO,
  CONNECTION NO, NAME, PERIOD, AMOUNT, DATE typed in its face; PAID IN CASH; its rectangular stamp with the
  day); Torrent Power's SMS of a payment received ("Dear Consumer, payment of Rs.x against Service No. ...
  received on <dd-mm-yyyy> through UPI. Receipt No ... - Torrent Power"); an Urdu newspaper hawker's monthly
  card in an Urdu hand on a spiral pad's page (the agency's name in Latin letters on top; "ماہ" (month) and
  its month written at the left; the daily and the monthly with their sums at the LEFT, "کل" (total), "نقد
  وصول پایا" (received cash) and the day written at the left; no reference); Green Gas' PNG bill payment
  receipt mail (its sentence; BP No., Receipt No., Transaction ID, Amount, Payment mode, Payment date in a
  table ruled on every side). All new here.

* ``bank_alerts``: The banks' alerts of the workshop's payments: Punjab National Bank's SMS in Hindi in a
  bubble of the phone's messages thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से दिनांक
  <dd-mm-yyyy> को UPI द्वारा <PAYEE> को रु. x भेजे गए। संदर्भ सं. ...। -PNB" (Dear customer, Rs. x has been
  sent from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in Indian Overseas Bank's
  ("Your a/c no. XX1234 is debited for Rs.x on <dd-Mon-yyyy> towards NEFT to <PAYEE>. UTR .... -IOB"), Bank of
  Maharashtra's ("NEFT of Rs.x to <PAYEE> from A/c XX1234 on <dd/mm/yyyy> is in process. UTR .... -Bank of
  Maharashtra"), Kotak Mahindra Bank's ("Your IMPS of Rs.x to <PAYEE> on <dd-mm-yy> has FAILED. Amount, if
  debited, will be reversed to a/c XX1234 within 2 working days. Ref .... -Kotak Bank") and Union Bank of
  India's ("A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by UPI to <PAYEE>. Avl Bal Rs:y -Union Bank of India";
  no reference) wordings; Bank of Baroda's SMS in the phone's thread under its "Today" divider ("Rs.x
  transferred from A/c ...1234 to <PAYEE> via IMPS. Ref No .... Not you? Call 18005700 -Bank of Baroda"; no
  day); Federal Bank's mail of a debit ("Rs.x has been debited from your account XX1234 to <PAYEE> on
  <dd/mm/yyyy> through NEFT. UTR: ..."); Canara Bank's notification in the phone's pulled-down shade under its
  quick settings ("Canara ai1 . <n>m"; "Rs.x debited from A/c XX1234 on <dd-mm-yy> for RTGS to <PAYEE>. UTR
  ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (regular and bold, fonts-noto-core; heldout275's and heldout277's faces) for the Hindi lines,
labels, hand and SMS, their Latin runs and figures in the page's own face; Noto Nastaliq Urdu (regular and
bold, fonts-noto-core; heldout277's face) for the Urdu lines, form labels and hand; Noto Naskh Arabic
(heldout292's) for Al Rajhi Bank's name; FreeSerif for a hand's figures, an italic or oblique for the hand
(``heldout315_families.PENS``) and a fixed-width face of the page's own (``heldout315_families.TYPES``). The
Mahotsav stall's cash memo and its card terminal's sale are drawn in the Taj Mahotsav's days (18 to 27
February 2026), as are a share of the emporium's Paytm for Business and mBandhan receipts; the Taj Mahotsav
Samiti's stall fee is paid in the eight days before it; the Eid advances in the last ten days of Ramzan 1447
as the workshop's almanac reckons it (1 Ramzan on 19 February 2026; the advances paid 10 to 19 March 2026, 20
to 29 Ramzan); the other days anywhere in 2026. GST is 5% on the workshop's inlaid marble (stone inlay
handicrafts, HSN 6802, every piece within Rs. 8,500; CGST 2.5% and SGST 2.5% to an Uttar Pradesh buyer), on
the Makrana marble (IGST 5% from Rajasthan, HSN 2515) and on the restaurant's food (CGST 2.5% and SGST 2.5%),
3% on the cut stone slices (IGST 3% from Rajasthan, HSN 7103), 18% on the crates and packing (CGST 9% and SGST
9%), DTDC's freight and fuel surcharge, EPCH's membership fee and the general insurance premiums (CGST 9% and
SGST 9% on the karkhana's policy, GST 18% beside the marine cover's and the shopkeeper's policy's premiums);
the health and the life premiums print none, the motor renewal prints its inside the sum; the Central Cottage
Industries Corporation keeps TDS under GST (2% of each bill's taxable value) and pays the net; the chits, the
karigars' account and the hawker's card carry none.

Truth conventions (heldout313's, heldout312's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Tata Neu's "Paid to" and Kotak811's "to", after "to" on POP, super.money, BOI Mobile Omni Neo and mBandhan,
  IndOASIS' Payee Name :; the emporium, the firm, the firm as a bank's field cuts it (GULNAQSH MARBLE INLAY
  WO) or the emporium in capitals; never the app, the payer, a UPI ID, the initials in a badge or "from
  <buyer>". *settled* (heldout268 to heldout313): a receiving business's own app pays the business named under
  the app, here the emporium under Paytm for Business' bar (never Paytm or "from <buyer>"). *settled*
  (heldout167 to heldout313): a payer's advice pays the one it pays, never the payer on top or a salutation;
  here the firm after the Central Cottage Industries Corporation's "To," and its M/s (never the corporation or
  its Hindi name), NetSuite's Payee (never the home store on top), Punjab National Bank's Beneficiary (never
  the bank or the hotel company), the export house's PAYEE, the payee in the Slack message ("Paid ₹x to
  <payee> via NEFT", never the writer, the channel or the firm on top; *settled* heldout286, heldout299,
  heldout301 and heldout303 to heldout313's chats and channels), bob World Business' Beneficiary, the payee in
  the Outlook mail's sentence ("We have transferred Rs. x to <payee> by NEFT", never its sender or "Dear
  Areeba"; *settled* heldout304's, heldout307's and heldout309 to heldout313's letters and mails), BUSY's Paid
  to (never the hotel on top). *settled* (heldout155 to heldout313): an inward wire pays the firm, here BNP
  Paribas' Bénéficiaire / Beneficiary, the name after "to" on NatWest, Al Rajhi Bank's Beneficiary Name, TD
  Bank's Beneficiary, the name after "to" in UOB's sentence, Handelsbanken's Mottagare / Beneficiary, Bank of
  America's Beneficiary:, Mashreq's Beneficiary Name; never the remitter, its line, the bank on top or its
  Arabic name. *settled* (heldout175 to heldout313): the workshop's own paper pays its emporium or itself on
  top, here GULNAQSH EMPORIUM on its tax invoice and its roll (never its Hindi or Urdu line, "A unit of" or
  its Buyer), the emporium's English line under its Hindi and Urdu names on the Mahotsav memo (never the नाम /
  Name written in), the emporium on top of PayU's checkout and Instamojo's payment link (never the gateway),
  the firm on top of its advance receipt (never the प्राप्त किया / Received from written in or its seal);
  *settled* (heldout268 to heldout313) the emporium named under Khatabook's bar, as a business's own app
  (never Khatabook or "from <customer>"); *settled* (heldout285's, heldout304's, heldout307's and heldout309
  to heldout313's payouts) Jaypore's payout pays its Seller (never Jaypore). A name in Hindi or Urdu over its
  English: the English line (*settled* heldout277's Urdu over its Hindi and its English, heldout287 and
  heldout303 to heldout313's regional lines). *settled* (heldout187 to heldout313): a supplier's name on top
  of its own paper, here SHREE GANESH MARBLE SUPPLIERS (never its Buyer or the firm's PAID stamp on it), the
  stone slicer's name written in Latin letters at his chit's head (Abdul Wahid; *settled* heldout294 and
  heldout303 to heldout313; never his Urdu lines or the Urdu name he signs), IndustryBuying's Sold by
  (*settled* heldout305 to heldout313's marketplaces' sellers; never IndustryBuying), JOHARI GEMS & MINERALS
  on top of its invoice (never its RECEIVED stamp), DTDC on top of its receipt (never its franchise), Printo
  on top of its checkout, TAJ WOOD CRATE WORKS on top of its invoice (never its Bill To or Refrens); *settled*
  (new here) a supplier's WhatsApp Business chat pays the business named on top of the chat (never the order's
  items or the app), because the chat is the business' own record of the order and the payment it received, as
  a supplier's paper is, and its name on top is the business' as a chat's on top is the one it is with
  (heldout313's weaver on top of her chat). *settled* (heldout179 to heldout313): a banking page pays the
  payee, here PNB ONE's Beneficiary (cut as printed), the value over IRIS' Beneficiary, the name after "to" on
  Amazon Pay, RBL MoBank's Beneficiary, iMobile Pay's Beneficiary, UCO mBanking Plus' To :, the BENEFICIARY
  typed on Bank of Baroda's branch receipt (never its REMITTER), the name after Freecharge's "Paid ₹x to"
  (*settled* heldout306 to heldout313's shared payments; never the initials in its badge). *settled*
  (heldout150 to heldout313): a pay slip pays the worker, here the कारीगर / Karigar written in the piece-work
  account's form line and the नाम / Name in the salary receipt's (never the firm, its Hindi or Urdu name), the
  name written under the signature on the Eid advance (*settled* heldout307's, heldout309's to heldout313's
  names under a signature or a thumb's impression; never the firm, its Urdu name or the witness), Zoho
  Payroll's Employee Name (never the firm on top), the name after "to" on slice, Canara ai1 and Airtel
  Payments Bank, the karigar on top of the Paytm chat whose payment card pays him (*settled* heldout275's and
  heldout308's to heldout313's chats; never the card's "Paid to <first name>"). *settled* (heldout153 to
  heldout313): a fee page pays the authority as printed, here Agra Nagar Nigam under its Hindi and Urdu names
  (never the व्यापारी / Trader), the U.P. Pollution Control Board under Nivesh Mitra's bar (*settled*
  heldout272, heldout301 and heldout303 to heldout313: never the app), the e-challan's Department (never
  e-GRAS or its Head of Account), EPCH on top (never its Member), TAJ MAHOTSAV SAMITI, AGRA under its Hindi
  name (never Received from or its stamp), Goods and Services Tax on top of the GST portal's page (never its
  GSTIN), the Labour Department under its Hindi name (never its Establishment), the Legal Metrology Department
  on top (never its Trader). *settled* (heldout199 to heldout313): an insurer's receipt pays the insurer on
  top (full or short as printed), under its app's bar (Tata AIG General Insurance Co. Ltd., Star Health and
  Allied Insurance Co. Ltd.) or signing its message (Niva Bupa); *settled* (new here) an insurer's WhatsApp
  message reads as the SMS it sends, signed with its name (never "Dear Irfan" or the chat's verified tick),
  because it carries the insurer's own words as an SMS does, as heldout307's, heldout311's and heldout312's
  banks' WhatsApp messages read as their SMS. A slip's counter name line as printed (GULNAQSH EMPORIUM,
  GULNAQSH EMPORIUM - MAHOTSAV or its first part, the hotel, the tools shop), never *settled* the terminal's
  brand or bank over it (AXIS BANK, innoviti, FEDERAL BANK, CANARA BANK); IndiGo on top of its itinerary
  (*settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to heldout313: the carrier whose
  fare the card paid; never the Passenger); the name after the day's "on" in ICICI Bank's "INR x spent using
  ICICI Bank Card XX1234 on <day> on <MERCHANT>" (*settled* heldout299 to heldout313's card SMS); the OneCard
  app's merchant line over its town (*settled* heldout297 and heldout302 to heldout313's card issuers' apps);
  the restaurant on top of its bill (never Restroworks). A utility's biller: Torrent Power's English name
  under its Hindi (in full or short as printed), Atria Convergence Technologies Ltd. under ACT Fibernet's bar,
  Bharat Petroleum Corporation Ltd. under HelloBPCL's and Bharat Sanchar Nigam Ltd. under BSNL Selfcare's
  (*settled* heldout285, heldout301 and heldout303 to heldout313: the company, never the app), AGRA JAL
  SANSTHAN under its Hindi name, Torrent Power signing its SMS (*settled* heldout302, heldout304, heldout307,
  heldout308, heldout311 and heldout313), the news agency on top of the hawker's card (its Latin letters),
  Green Gas on top of its mail. An SMS, mail, thread or notification's payee as the bank sends it (*settled*,
  the truncated name as printed, without the sentence's full stop, read across its lines where it wraps): the
  Hindi SMS' "UPI द्वारा <PAYEE> को" (by UPI to <PAYEE>, *settled* heldout277's), Indian Overseas Bank's
  "towards NEFT to <PAYEE>. UTR", Bank of Maharashtra's "to <PAYEE> from A/c", Kotak Mahindra Bank's "to
  <PAYEE> on", Union Bank of India's "by UPI to <PAYEE>. Avl Bal", Bank of Baroda's "to <PAYEE> via IMPS",
  Federal Bank's "to <PAYEE> on", Canara Bank's "for RTGS to <PAYEE>. UTR"; *settled* (heldout279, heldout287,
  heldout303, heldout308, heldout311 and heldout312's notifications) a bank's notification reads as the SMS it
  sends.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Paytm for Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277 and
  heldout312's and heldout313's PhonePe Business), IndOASIS' Amount :. *settled* (heldout152 to heldout313): a
  payer's advice counts its net sum, here the Central Cottage Industries Corporation's Net Paid Total (its
  sentence's "Net amount of Rs. x" the same; never a Bill Amt. or its TDS (GST) 2%, *settled* heldout269,
  heldout273, heldout275 and heldout294's advices with their TDS), NetSuite's Amount (never a bill's Orig.
  Amt. or Payment where there are several), Punjab National Bank's and bob World Business' Amount, the export
  house's NET PAID (never a bill's AMOUNT), the ₹x in the Slack message, the Rs. x in the Outlook mail (never
  the PO table's line), BUSY's Amount Rs. in its box (never a Particulars line). *settled* (heldout155 to
  heldout313): an inward wire's foreign sum, here euros the French way (7 650,00 € or EUR 7 650,00 is 7650.00,
  *settled* heldout258, heldout260, heldout261 and heldout264), pounds (GBP or the pound's sign, *settled*
  heldout300, heldout308, heldout311 and heldout312), Saudi riyals (SAR before or after, *settled* heldout251,
  heldout295 and heldout307), Canadian dollars (CAD or C$, *settled* heldout307, heldout310 and heldout311),
  Singapore dollars (SGD or S$, *settled* heldout307, heldout310 and heldout311), Swedish kronor the Swedish
  way (48 250,00 kr or SEK 48 250,00 is 48250.00, *settled* heldout259 and heldout263), US dollars (USD or $),
  UAE dirhams (AED before or after, *settled* heldout304, heldout307, heldout310 and heldout311); never an
  exchange rate or Charges. *settled* (heldout175 to heldout313): a receipt counts the sum received, here the
  tax invoice's Invoice Total (never the Taxable Value, its CGST 2.5% or SGST 2.5% or a line's Amount), the
  Mahotsav memo's "कुल" (total) written at its line's end (never a line's figure), PayU's sum large,
  Khatabook's You got on its panel (never its Balance), Instamojo's Amount, the राशि / Amount written in the
  advance receipt's form line (its words the same), Jaypore's Payout amount (never its Commission & fees), the
  roll's NET AMOUNT (never its SUB TOTAL, CGST 2.5%, SGST 2.5% or a line's sum). A whole sum closed with /- is
  that sum in whole rupees (heldout259). *settled* (heldout187 to heldout313): a supplier's paper counts the
  sum paid, here the marble dealer's Total (never IGST 5% or a line's Amount), the stone slicer's "کل" (total)
  written at the LEFT of its line (never a line's figure), IndustryBuying's, Printo's Amount, the gem dealer's
  Total (never IGST 3% or a line's Amount), DTDC's Total (never its Freight, Fuel surcharge or GST 18%), the
  sum in the hardware shop's "Payment received" message (its order's Total the same; never an item's), the
  crate maker's Total (its Payment Received the same; never CGST 9%, SGST 9% or a line's Amount). A banking
  page's sum (the sum in Freecharge's "Paid ₹x to", the AMOUNT typed on Bank of Baroda's receipt, never its
  COMMISSION). *settled* (heldout167 to heldout313): a pay slip's net sum, here the piece-work account's "कुल"
  (total) in the Hindi hand (never a line's figure, its pieces or its rate), the "Rs. x/-" written at the left
  of the Eid advance's "روپے نقد وصول پائے" (received the rupees in cash), Zoho Payroll's Net Pay on its panel
  (never Gross Earnings, Total Deductions, an earning or a deduction; its words the same), the sums on slice,
  Canara ai1 and Airtel Payments Bank and in the Paytm chat's payment card, the राशि / Amount written in the
  salary receipt's form line (its words the same). A fee page's राशि / Amount, the Nivesh Mitra sum, e-GRAS',
  the GST portal's Amount, EPCH's Total: (never its Fee: or GST 18%:), the Rs. in the Taj Mahotsav Samiti's
  box, the Labour Department's Total (never its Fee or Late fee), Legal Metrology's Fee. An insurer's premium
  with its GST where it carries one (*settled*), here Bajaj General's Total Premium (its sentence's sum the
  same; never the Net Premium, CGST 9%, SGST 9% or the Sum Insured), Royal Sundaram's Total Premium (never its
  Premium, GST 18% or the Sum Insured), Kotak General's TOTAL (never its PREMIUM or GST 18%), Tata AIG's sum,
  Star Health's, National Insurance's and LIC's Premium, the ₹x in Niva Bupa's message. A slip's sum set
  large, AMOUNT or TOTAL, the hotel slip's TOTAL (never its BASE or TIP alone, *settled* heldout262,
  heldout273, heldout290, heldout294 and heldout313's tips), IndiGo's Total paid (never its Fare or Taxes &
  fees), the restaurant's Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish), the INR x in ICICI
  Bank's SMS (never its Avl Limit), the OneCard app's sum large. A utility's Amount Paid, the sums large,
  HelloBPCL's, BSNL's and Green Gas' Amount (Green Gas' sentence's sum the same), Agra Jal Sansthan's AMOUNT,
  the Rs.x in Torrent Power's SMS, the hawker's "کل" (total) written at the left (never a paper's line alone).
  An alert's sum debited, sent or failed as worded (grouped the Indian or the English way or not at all),
  never an Avl Bal. Currency INR but on the wires.

* status: as printed. Paytm for Business' Payment Received, Tata Neu's Payment Successful, POP's Payment done,
  Kotak811's Money sent, mBandhan's Fund transfer successful, IndOASIS' Transaction Successful successes;
  super.money's Payment processing pending; BOI Mobile Omni Neo's Transaction Failed failed. A payer's own
  record of the payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout313's
  remittances, vouchers and Payment Outs): NetSuite's Bill Payment with its Memo's UTR, the export house's NET
  PAID with its MODE and UTR NO, BUSY's payment advice with its Mode and UTR No.; the Central Cottage
  Industries Corporation's "has been credited" (*settled* heldout304's and heldout307 to heldout313's letters
  and advices) successes; *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout313's chats
  and messages) the Slack message's "Paid ₹x ..." and the Outlook mail's "We have transferred Rs. x ..."
  successes; Punjab National Bank's Awaiting approval (Level 2) pending (*settled* heldout305, heldout306 and
  heldout310 to heldout313: a transfer not yet sent is a wait); bob World Business' NEFT returned failed (as
  heldout310's to heldout313's NEFT failed, rejected and returned). A wire's BNP Paribas Exécuté / Executed,
  NatWest's Payment sent, Al Rajhi Bank's Completed, UOB's Telegraphic transfer successful, Handelsbanken's
  Genomförd / Completed, Mashreq's Transfer successful successes; Bank of America's Pending approval pending
  (*settled* heldout250 to heldout252 and heldout305 to heldout313: a wire not yet sent is a wait); TD Bank's
  International wire returned failed. A receipt's "Payment received by UPI, RRN ..." under the tax invoice,
  the Mahotsav memo's "नकद प्राप्त" (cash received) in a Hindi hand (*settled* heldout291's "नकद प्राप्त" and
  heldout303 to heldout313's hands' "received"), the advance receipt's माध्यम / Mode UPI written with its UPI
  Ref (a receipt for money got), Jaypore's Payout processed (as heldout311's Etsy's and heldout313's
  Amazon's), the roll's PAYMODE : UPI with its RRN successes; *settled* (heldout303 to heldout313's ledger
  apps) Khatabook's You got a success; PayU's Payment pending pending; Instamojo's Payment failed failed. A
  supplier's paper: *settled* (new here) the marble dealer's invoice with the firm's PAID stamp on it and its
  blanks filled in by the accountant's hand (its Date, its Mode, its UTR) a success, read as heldout275's and
  heldout313's sticky notes on a supplier's invoice are (its Date the day paid, never the invoice's Date; its
  Mode the method; its UTR the id), because the stamp is the payer's own mark that the invoice is paid with
  the same three facts the note carries, only stamped instead of stuck on; the stone slicer's "نقد وصول پایا"
  (received cash) in an Urdu hand, the gem dealer's office box "By IMPS, Ref ..." written by its clerk under
  its RECEIVED stamp, DTDC's Paid by UPI with its UPI Ref (*settled* heldout300 and heldout303 to heldout313:
  a carrier's receipt printed only once its freight is paid), the hardware shop's "Payment received, thank
  you!", the crate maker's Payment Received with its Paid via and Reference successes; IndustryBuying's
  Payment pending pending; Printo's Payment failed failed. A banking page's PNB ONE and IndOASIS Transaction
  Successful, IRIS' Transfer successful, Amazon Pay's Payment Successful, iMobile Pay's IMPS transfer
  successful, Bank of Baroda's STATUS : SENT on its branch receipt (*settled* heldout310's and heldout313's
  co-operative banks' NEFT sent), Freecharge's Successful successes; RBL MoBank's In process pending; UCO
  mBanking Plus' Transaction failed failed. A pay slip's "Paid by UPI, Ref ..." written on the piece-work
  account, the Eid advance's "روپے نقد وصول پائے" (received the rupees in cash) in an Urdu hand, Zoho
  Payroll's "Paid on <day> via NEFT, UTR ...", Canara ai1's Transfer successful, the Paytm chat card's Payment
  successful, the salary receipt's माध्यम / Mode UPI written with its UPI Ref (a payer's own receipt of the
  wage paid, as heldout281's, heldout295's and heldout313's vouchers) successes; slice's Processing pending;
  Airtel Payments Bank's Payment failed failed. A fee page's भुगतान सफल / Payment Successful, Nivesh Mitra's
  Fee paid, EPCH's Payment received, the Taj Mahotsav Samiti's "Recd. in cash", the Labour Department's and
  Legal Metrology's Payment Successful successes; e-GRAS' Pending at bank pending; the GST portal's Payment
  Failed failed. An insurer's Bajaj General "Received with thanks", Tata AIG's Policy renewed, Niva Bupa's "we
  have received", Royal Sundaram's "has been received", LIC's "we acknowledge with thanks the receipt", Kotak
  General's PAYMENT : UPI under its PREMIUM RECEIPT successes; Star Health's Payment under verification
  pending; National Insurance's Payment failed failed. A slip's APPROVED, IndiGo's Booking Confirmed, the
  OneCard app's Approved, the restaurant's "Paid: Card" with its Approval Code (*settled* heldout297,
  heldout298 and heldout303 to heldout313) successes; *settled* (heldout300, heldout302 to heldout304 and
  heldout306 to heldout313) ICICI Bank's "INR x spent" a success; Innoviti's RESPONSE AWAITED with "DO NOT
  RETRY THIS CARD" pending (*settled* heldout282 and heldout299 to heldout313: the terminal got no answer from
  the bank); Canara Bank's DECLINED (54 EXPIRED CARD) failed. A utility's Payment Successful or successful,
  Agra Jal Sansthan's PAID IN CASH, Torrent Power's SMS' "received on <day>", the hawker's "نقد وصول پایا"
  (received cash) in an Urdu hand, Green Gas' "we have received your payment" successes; HelloBPCL's Payment
  pending pending; BSNL Selfcare's Payment failed failed. *settled*: an SMS, mail, thread or notification's
  debit a success whatever its bank's wording (Indian Overseas Bank's "is debited for", Union Bank of India's
  "Debited for", Bank of Baroda's "transferred from", Federal Bank's "has been debited", Canara Bank's
  "debited from"; the Hindi SMS' "भेजे गए" (have been sent), *settled* heldout277's Hindi SMS); Bank of
  Maharashtra's "is in process" pending (as heldout280's, heldout309's and heldout313's "is under process");
  Kotak Mahindra Bank's "has FAILED. Amount, if debited, will be reversed" failed (as heldout310's "has
  failed" and heldout313's "could not be completed").

* date: the day paid. A UPI screen's day and hour: Paytm for Business' Received at, Tata Neu's Paid on, the
  "on <day>" under POP's payee, super.money's Initiated at, BOI Mobile Omni Neo's Date & Time, mBandhan's
  Date, IndOASIS' Date & Time :; Kotak811's "Today, <hour>" prints no day (*settled*). The Central Cottage
  Industries Corporation's Date on its Ref.'s line (never a Bill No.'s day), NetSuite's Date, Punjab National
  Bank's Value Date (never an approver's hour), the export house's DATE (never a BILL DATE), bob World
  Business' Value Date, the day the Outlook mail names ("by NEFT on <day>", *settled* heldout311's and
  heldout313's messages naming their day; never the mail's hour), BUSY's Date (never a bill's "dt."); the
  Slack message under its "Today" divider prints no day (*settled* heldout286, heldout289, heldout299,
  heldout301 and heldout303 to heldout313; never a message's hour or "Last reply today"). A wire's BNP Paribas
  Date d'exécution / Execution date day first, Al Rajhi Bank's Transfer Date, TD Bank's Date Sent (in words or
  an ISO day), the day in UOB's sentence, Handelsbanken's Betalningsdag / Payment date in the ISO form
  (2026-04-17, *settled* heldout270, heldout271, heldout311 and heldout313), Bank of America's Value Date:
  month first the American way or in words (03/01/2026 or Mar 1, 2026, *settled* heldout272, heldout288,
  heldout292 and heldout308 to heldout313's US banks), Mashreq's Transfer Date; NatWest's "Today, <hour>"
  prints no day (*settled*). A receipt's Date on the tax invoice, the दिनांक / Date written in the Mahotsav
  memo's form line, PayU's Date & Time, Instamojo's Attempted on, the दिनांक / Date written in the advance
  receipt's, Jaypore's Payout date, the roll's DATE; Khatabook's "Today, <hour>" prints no day. The Date
  written in the PAID stamp on the marble dealer's invoice (never the invoice's Date); *settled* (new here) an
  Urdu hand's sums and days written in Latin figures in the column at the LEFT of its lines belong to the line
  they stand on: the day at the left of the stone slicer's "تاریخ" (date) and at the left of the hawker's "نقد
  وصول پایا" (received cash) is the day paid (never the month at the left of the hawker's "ماہ" (month)), and
  the sum at the left of "کل" (total) is the sum paid, because an Urdu account is written from the right and
  its figures fall in a column at the left as a Hindi or an English account's fall at the right;
  IndustryBuying's Ordered on, the "on <day>" the gem dealer's clerk wrote in its office box (never the
  invoice's Date), DTDC's Date, Printo's Attempted on, the crate maker's Payment Date: (never its Invoice
  Date); the hardware shop's chat under its "Today" divider prints no day (*settled*, as the chats' "Today";
  never a message's hour). A banking page's Date, IRIS' Date over its label, RBL MoBank's Initiated on,
  iMobile Pay's Date, UCO mBanking Plus' Date :, the DATE typed on Bank of Baroda's branch receipt (its
  stamp's day the same), the day and hour under Freecharge's Successful; Amazon Pay's "Today, <hour>" prints
  no day. A pay slip's "on <day>" written on the piece-work account (never its माह / Month), Zoho Payroll's
  "Paid on <day>" (never its Pay Period or the payslip's month, *settled* heldout273 and heldout303 to
  heldout313), slice's Started on, Canara ai1's Date, Airtel Payments Bank's Attempted on, the दिनांक / Date
  written in the salary receipt's form line (never its माह / Month); *settled* (new here) the Eid advance's
  day is the day written in Latin figures at the left of its "مطابق" (corresponding to), never its Hijri day
  "آج بتاریخ <n> رمضان ۱۴۴۷ھ" (today, on the <n>th of Ramzan 1447) in Urdu figures, because the advance names
  one day in two calendars and the evaluation's days are the Gregorian calendar's (the Hijri day a Ramzan day,
  as a Pay Period or a Bill Month is another kind of day the page prints beside the one it was paid on); the
  Paytm chat under its "Today" divider prints no day (*settled*, as heldout313's WhatsApp payment card under
  its "Today"). A fee page's दिनांक / Date (never its वर्ष / Year), e-GRAS' Initiated on, EPCH's Date: (never
  its Period:), the Date written on the Taj Mahotsav Samiti's receipt, the GST portal's Attempted on, the
  Labour Department's Payment Date, Legal Metrology's Date; Nivesh Mitra's "Today, <hour>" prints no day. An
  insurer's Receipt Date, Star Health's Initiated on, National Insurance's Attempted on, the "on <dd-mm-yyyy>"
  in Niva Bupa's message (never the chat's divider or its hour), Royal Sundaram's Payment Date, LIC's Date,
  Kotak General's DATE; Tata AIG's "Today, <hour>" prints no day. A slip's DATE (dd/mm/yy, dd-mm-yyyy or
  dd/mm/yyyy), IndiGo's Booked on (never its Date of travel, *settled* heldout302 and heldout305 to
  heldout313), the restaurant's Date, the "on <dd-Mon-yy>" in ICICI Bank's SMS; the OneCard app's "Today,
  <hour>" prints no day. A utility's Payment Date (never its Bill Month), HelloBPCL's Initiated on, BSNL's
  Attempted on, Agra Jal Sansthan's DATE (never its PERIOD; its stamp's day the same), the "received on
  <dd-mm-yyyy>" in Torrent Power's SMS (never the thread's divider), the day at the left of the hawker's "نقد
  وصول پایا", Green Gas' Payment date; ACT Fibernet's "Today, <hour>" prints no day. The alerts' "दिनांक
  <dd-mm-yyyy> को" (on <day>) in the Hindi SMS (in Latin figures as the bank sends them, *settled* heldout287
  and heldout308 to heldout313), "on <dd-Mon-yyyy>", "on <dd/mm/yyyy>", "on <dd-mm-yy>", "on <dd-mm-yyyy>",
  Federal Bank's "on <dd/mm/yyyy>", the notification's "on <dd-mm-yy>" (never the shade's day or its "<n>m");
  Bank of Baroda's SMS under its "Today" divider prints no day (*settled* heldout277's Hindi SMS under Today
  and the chats' "Today"). All numeric days here are day first (heldout251, heldout259) but Bank of America's
  month first and the ISO days. *settled*: never a Year, a Period, a Bill Month, a Month, a Pay Period, a
  payslip's month, a Hijri day, an invoice's, a bill's or a journey's day, a cover's period, an e-mail's or a
  message's hour, the day inside a UTR (heldout210) or an app's, a portal's, a bank's, a challan's or a
  terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the Central Cottage Industries Corporation's,
  NetSuite's, the export house's and BUSY's NEFT or RTGS, Punjab National Bank's NEFT or RTGS, the Slack
  message's NEFT, bob World Business' NEFT, the Outlook mail's NEFT; PayU's Net Banking - PNB; *settled*
  (heldout311's Etsy and heldout313's Amazon) Jaypore's payout credited to the emporium's bank account; the
  PAID stamp's NEFT or RTGS written in, IndustryBuying's Net Banking, the gem dealer's "By IMPS" written in,
  the crate maker's IMPS; the banking pages but Amazon Pay's and Freecharge's UPI; Zoho Payroll's NEFT, Canara
  ai1's IMPS; Nivesh Mitra's, e-GRAS' and the GST portal's Net Banking, EPCH's NEFT or RTGS; Bajaj General's
  NEFT or RTGS, Star Health's and Royal Sundaram's Net Banking; Torrent Power's Net Banking; the NEFT, IMPS
  and RTGS alerts); a SWIFT transfer either way (*settled*: BNP Paribas' SHA - partagés, NatWest's Shared
  (SHA), Al Rajhi Bank's SHA (shared), TD Bank's SHA (shared), UOB's SHA (shared), Handelsbanken's SHA -
  delad, Bank of America's Shared (SHA), Mashreq's SHA; *settled* heldout279, heldout301 and heldout303 to
  heldout313). UPI for the UPI screens, Paytm for Business' Paid via UPI; the tax invoice's "Payment received
  by UPI", Khatabook's Payment mode UPI, the advance receipt's माध्यम / Mode UPI, the roll's PAYMODE : UPI;
  DTDC's Paid by UPI, the hardware shop's "by UPI"; Amazon Pay's and Freecharge's UPI; the piece-work
  account's and the salary receipt's UPI, slice, Airtel Payments Bank and the Paytm chat; Agra Nagar Nigam's
  and the Labour Department's UPI; Tata AIG's, Niva Bupa's, LIC's and Kotak General's UPI; ACT Fibernet's,
  HelloBPCL's, Torrent Power's SMS' and Green Gas' UPI; the UPI alerts. Card for Instamojo's Mastercard
  Credit, Printo's Visa Debit, Legal Metrology's Debit Card, National Insurance's RuPay Credit, the slips,
  IndiGo's Credit Card, the restaurant's "Paid: Card", ICICI Bank's SMS, the OneCard app and BSNL's Debit
  Card. Cash for the Mahotsav memo's "नकद प्राप्त" (cash received) in a Hindi hand, the stone slicer's, the
  Eid advance's and the hawker's "نقد وصول پایا" / "نقد وصول پائے" (received in cash) in an Urdu hand
  (*settled* heldout287's "নগদ পালোঁ" and heldout303 to heldout313's hands), the Taj Mahotsav Samiti's "Recd.
  in cash", Agra Jal Sansthan's PAID IN CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout313): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref. No., Tata Neu's UPI Reference ID,
  Kotak811's copyable UPI Ref No., super.money's UPI Ref. No., mBandhan's and IndOASIS' UPI Ref No; the UTR in
  the Central Cottage Industries Corporation's sentence, NetSuite's Memo UTR (above its Bill Payment #), the
  export house's UTR NO, the Slack message's UTR, BUSY's UTR No. (above its Voucher No.); the tax invoice's
  RRN (above its Invoice No.), Khatabook's UPI Ref, the advance receipt's संदर्भ सं. / UPI Ref written in
  (above its No. struck in red), Jaypore's UTR (above its Payout ID), the roll's RRN (above its BILL NO); the
  UTR written in the PAID stamp (above the invoice's Invoice No.), the gem dealer's "By IMPS, Ref ..." (above
  its Invoice No.), DTDC's UPI Ref, the hardware shop's Ref in its message (above its Order #), the crate
  maker's Reference: (above its Invoice #); the banking pages' UTR, IMPS Ref No., UPI Reference ID, the UTR NO
  typed on Bank of Baroda's branch receipt; the piece-work account's Ref, Zoho Payroll's UTR, slice's UPI Ref
  No., Canara ai1's IMPS Ref No., the Paytm chat card's UPI Ref No., the salary receipt's संदर्भ सं. / UPI Ref
  (above its Voucher No. struck in red); Agra Nagar Nigam's यूपीआई संदर्भ / UPI Ref (above its रसीद संख्या /
  Receipt No.), EPCH's UTR: (above its Receipt No.:); Bajaj General's UTR (above its Receipt No.), Kotak
  General's REF (above its RECEIPT NO); a slip's RRN; the alerts' संदर्भ सं. (reference No.) in the Hindi SMS,
  Indian Overseas Bank's, Bank of Maharashtra's, Federal Bank's and Canara Bank's UTR, Kotak Mahindra Bank's
  Ref, Bank of Baroda's Ref No), then a bank reference (Punjab National Bank's Transaction Ref., bob World
  Business' Transaction Ref No., BNP Paribas' Référence / Reference, NatWest's Payment reference, Al Rajhi
  Bank's Transfer Reference, TD Bank's Wire Reference, Handelsbanken's Referens / Reference, Bank of America's
  Wire ID, Mashreq's Transaction Reference), then a transaction / payment id (BOI Mobile Omni Neo's
  Transaction ID, PayU's Transaction ID (above its Order ID), Instamojo's Payment ID, Jaypore's Payout ID, UCO
  mBanking Plus' Transaction ID :, Airtel Payments Bank's Transaction ID, Nivesh Mitra's Transaction ID,
  e-GRAS' GRN (*settled* heldout302, heldout304 and heldout306 to heldout313: a treasury's challan as its
  GRN), the Labour Department's and Legal Metrology's Transaction ID (above their Receipt No.), Tata AIG's
  Payment ID, Star Health's, National Insurance's, Royal Sundaram's and LIC's Transaction ID, IndiGo's Payment
  ID (above its PNR), the OneCard app's Transaction ID, Torrent Power's, ACT Fibernet's, BSNL's and Green Gas'
  Transaction ID), then an approval code (the restaurant's Approval Code), then an order's number (PayU's
  Order ID, IndustryBuying's Order ID, Printo's Order No., the hardware shop's Order # where its message
  prints no Ref, IndiGo's PNR (*settled* heldout126, heldout302, heldout305, heldout306, heldout311 and
  heldout313), HelloBPCL's Order ID), then a document's own number (NetSuite's Bill Payment # and BUSY's
  Voucher No. (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and
  heldout303 to heldout313), the tax invoice's Invoice No., the advance receipt's No. struck in red (as
  heldout306's, heldout307's and heldout309 to heldout313's), the roll's BILL NO, the marble dealer's, the gem
  dealer's and the crate maker's Invoice No. and Invoice #, the GST portal's CPIN (*settled* heldout304's CPIN
  and heldout306's, heldout307's, heldout309's and heldout313's CRN: a challan numbered when it is created),
  Agra Nagar Nigam's रसीद संख्या / Receipt No., EPCH's, the Labour Department's, Legal Metrology's, Bajaj
  General's, LIC's and Kotak General's Receipt No., the salary receipt's Voucher No. struck in red, Agra Jal
  Sansthan's RECEIPT NO, Torrent Power's Receipt No. (in its receipt and in its SMS), Green Gas' Receipt No.,
  a slip's INVOICE, INVOICE NO and INV NO, the restaurant's Bill No.). *settled*: never a card, account, phone
  or mobile number, a UPI ID, IFSC, GSTIN, PAN, an Udyam, a Service No., a Consumer No., a Connection No., an
  Account No. or Account ID, a BP No., a Policy No., a Proposal No., a Certificate No., an Application No., a
  Licence No., a Registration No., an RCMC No., an Employee ID, a Vehicle No., a Distributor, a Consignment
  No. or its barcode (a consignment's number, as an AWB NO, *settled* heldout274, heldout299 and heldout303 to
  heldout313), a slip's MID / TID / BATCH NO, a No. left blank (the Taj Mahotsav Samiti's book), the Central
  Cottage Industries Corporation's Ref. and the export house's ADVICE NO (a letter's or an advice's file
  number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout313), a bill, a PO or an
  invoice named on an advice, a mail or a table (the advices' bills, the Outlook mail's PO No. and Invoice
  No.)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout315_families import (
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

SPLIT = "heldout315"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout312's and heldout313's: the screens in
# FreeSans, Noto Sans, DejaVu Sans, Liberation Sans (liberation) and Noto Sans Display; the pages in
# Liberation Serif (liberation2), Noto Serif, FreeSerif, DejaVu Serif Condensed, Liberation Sans
# (liberation2) and Noto Sans; the workshop's, its suppliers' and its people's papers in Noto Serif Display,
# DejaVu Serif, Liberation Serif (liberation), FreeSans and DejaVu Sans Condensed; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Devanagari (heldout275's and heldout277's) for the
# Hindi lines, labels, hand and SMS, Noto Nastaliq Urdu (heldout277's, here in its bold too) for the Urdu
# lines, labels and hand, Noto Naskh Arabic (heldout292's) for an Arabic bank's name, FreeSerif for a hand's
# figures, a pen's italic or oblique (``heldout315_families.PENS``) and a page's own fixed-width face
# (``heldout315_families.TYPES``).
SCREEN_FACES = [
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout315_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout315 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

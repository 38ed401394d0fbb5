"""heldout317: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Narayanpet handloom sari weavers' co-operative's year of 2026 in Narayanpet,
Telangana (Sri Markandeya Handloom Weavers' Co-operative Production & Sales Society Ltd., శ్రీ మార్కండేయ చేనేత
సహకార ఉత్పత్తి మరియు అమ్మకాల సంఘం లి., a primary weavers' co-operative society registered under the Telangana
Co-operative Societies Act (Regd. No. 482/MBNR), GSTIN 36AAAAS7318K1ZM, with Vangari Narsimhulu its president,
Kondi Venkatesham its manager, Pulla Ramesh, who keeps its accounts, and Kondi Harika, who keeps its web shop:
its member weavers (Mamidala Yadagiri, Adepu Lakshmi, Rapolu Anasuya, Konda Balraj, Vemula Pochamma, Jella
Shankar, Bollam Saroja and Pittala Mallesham among them) weave Narayanpet sarees at pit looms in their own
houses in Weavers' Colony, each paid a wage for every saree woven, the Thrift Fund's (Nethanna ku Cheyutha)
eight per cent kept from it: the small checks of the body, the contrasting border with its temple teeth (kota
kommulu) and the pallu's bands with the rudraksha motif, in silk, cotton and silk-cotton, nine-yard sarees and
dupattas, and the cotton sarees TGCO indents for the government's Bathukamma gift; the cotton hank yarn comes
from NHDC's yarn depot under the Yarn Supply Scheme, the raw and twisted silk from the Karnataka Silk
Marketing Board's Raw Silk Exchange at Ramanagara, the dyeing from a Narayanpet dyer, the dyes and chemicals
from a Hyderabad dealer through udaan, the jacquard designs and cards from a Dharmavaram card puncher, the
reeds and healds from the Narayanpet loom spares shop, the saree boxes from a Hyderabad box maker, the hang
tags from Canva Print, and the parcels go by Shree Maruti Courier; its showroom on the Main Road, Markandeya
Chenetha Sarees, మార్కండేయ చేనేత చీరలు, with Gunda Swathi at its counter and Bogam Ravi, its helper; its stall
at the Numaish, the All India Industrial Exhibition at Nampally, Hyderabad; the web shop narayanpetsarees.in
on Easebuzz and Paytm Payment Gateway and its store on GoCoop; TGCO (the Telangana State Handloom Weavers'
Co-operative Society), Fabindia, a Secunderabad temple, a Hyderabad saree shop, a Bengaluru ikat house, a
Bengaluru retailer, a Chennai handloom house and a Chennai silk house at home, and saree shops in Dubai,
Irving, Sydney, London, Kuala Lumpur, Singapore, Brampton and Port Louis abroad), told by the proofs of
payment it receives (buyers' BharatPe for Business on the showroom's phone, BHIM set in Telugu, Jupiter, IDFC
FIRST Bank, Groww, South Indian Bank's SIB Mirror+, Karnataka Bank's KBL Mobile Plus and Kiwi's RuPay credit
card on UPI; TGCO's advice under its Telugu name with the sarees rejected at inspection and the TDS it kept,
Fabindia's remittance on SAP Business Network with its TDS under section 194Q, a temple's letter, a saree
shop's Marg ERP voucher, Federal Bank's FedCorp with a Bengaluru firm's NEFT returned, a Bengaluru retailer's
Google Chat space, Kotak FYN with a Chennai firm's transfer pending with its checker and a Chennai silk
house's plain-text mail; Emirates NBD, Chase, Westpac, HSBC UK, Maybank, OCBC, RBC and SBM Bank for buyers in
Dubai, Irving, Sydney, London, Kuala Lumpur, Singapore, Brampton and Port Louis in dirhams, US dollars,
Australian dollars, pounds, ringgit, Singapore dollars, Canadian dollars and Mauritian rupees; the showroom's
tax invoice with the handloom rebate under the society's emblem, the Numaish stall's cash bill in a Telugu
hand lying on folded sarees, Easebuzz's pending checkout, OkCredit's "Payment received", GoCoop's payout mail,
Paytm Payment Gateway's failed checkout, the society's advance receipt in bilingual form boxes with a swatch
stapled to it and the showroom's Ginesys roll) and those it makes (NHDC's yarn invoice with its advance
printed on it, the dyer's bill in a Telugu hand, udaan's pending order, the Karnataka Silk Marketing Board's
invoice with its payment details, Canva Print's declined checkout, Shree Maruti Courier's roll, the jacquard
card puncher's bill with its Date left blank and the box maker's Swipe invoice; Union Bank of India's Vyom,
SBI's YONO Business, PhonePe's chat, Equitas Small Finance Bank, FedMobile, City Union Bank's CUB All in One,
Airtel Thanks and ICICI Bank's InstaBIZ for NHDC, the dyes dealer, the dyer, the Silk Marketing Board, the
courier, the box maker, the card puncher and the loom spares shop; a weaving wage slip in bilingual form boxes
and hand-written columns, a Bathukamma advance in a Telugu hand with its almanac day, Keka's payslip, PhonePe,
bob World, Fi, Navi and the helper's salary voucher in bilingual form boxes with a revenue stamp; Narayanpet
Municipality's trade licence e-receipt in bilingual form boxes, the Chief Electrical Inspector's fee, EPFO's
challan awaiting the bank, the Fire Services' NOC fee, the Exhibition Society's stall rent receipt across its
counterfoil, MeeSeva's failed payment for the Labour Department, mParivahan's goods auto tax and the Telangana
Cyber Treasury's audit fee challan; The New India Assurance's, United India's, ICICI Lombard's, Cholamandalam
MS', ManipalCigna's, Reliance General's, Universal Sompo's and Shriram General's premiums; cards on the
showroom's HDFC Bank and the Numaish stall's Mosambee terminals, at a Hyderabad hotel's IDFC FIRST Bank
terminal, at the loom spares shop's State Bank of India terminal, on IRCTC, on a Secunderabad restaurant's
DotPe bill, in Axis Bank's SMS and on the Uni Card app; TGSPDCL's receipt in bilingual form boxes, Hathway, HP
Pay, Sun Direct, a MeeSeva centre's roll, TGSPDCL's SMS, a water supplier's card in a Telugu hand and
Excitel's mail; the Mahabubnagar DCCB's SMS in Telugu, the SMS of State Bank of India, Karnataka Bank, IDBI
Bank and Bank of India, ICICI Bank's SMS under "Today", IndusInd Bank's alert mail and Central Bank of India's
heads-up notification). One payment per page, each drawn from its own seed (heldout317-<i>) in a face the seed
chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so that the set
is drawn the same every time. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout314's or heldout315's,
and nearly all of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they
also drew (Paytm, PhonePe, ICICI Bank, Axis Bank, Federal Bank, Kotak Mahindra Bank, Bank of Baroda, Union
Bank of India and Bank of India among the issuers; a receiving business's own app, a UPI app set in the
region's language, an app's failure, pending, no-reference or "Today" page, a state corporation's advice, an
accounting program's payment, a corporate bank's page with a transfer waiting or sent back, a channel's
message, a payer's letter naming its day, a wire's page, a shop's tax invoice, a stall's cash bill in a
regional hand, a gateway's pending or failed page, a ledger app, a marketplace's payout, an advance receipt, a
billing roll, a supplier's invoice with its payment noted on it, a supplier's bill in a regional hand, a
marketplace's pending order, a carrier's receipt, a bill with its Date left blank, a bank's app, a payment
card in a chat, a wage account, a festival advance with another calendar's day, a payslip, a salary voucher, a
municipal receipt in regional labels, a challan pending, a fee failed, a stall fee receipt from a book, an
app's "Today", an e-challan, a premium receipt, an insurer's app, mail or SMS, a card slip approved, pending
or declined, a fare paid by card, a restaurant's bill settled by card, a card SMS, a card issuer's app, a
utility's receipt, app, counter receipt or SMS, a hand-written monthly card, a bank's SMS in the region's
language, a bank's mail, a phone's notification), it is drawn here for another issuer in this set's own labels
and marks, and near ones are noted: BharatPe for Business on the showroom's phone in a ticket's card with its
details in dot leaders, where heldout315 drew Paytm for Business under a large round tick with a table ruled
on every side and heldout314 Paytm for Business with its soundbox's words against a gutter; BHIM set in Telugu
with its Telugu labels small over their values, where heldout314 drew PhonePe set in Marathi in bilingual
ledger rows (and heldout312 Paytm set in Telugu); Jupiter's money sent with no reference in a capsule, where
heldout315 drew POP's payment on a scalloped badge with none and heldout314 Google Pay's chat with none; IDFC
FIRST Bank's payment in progress with its stages top to bottom and dot leaders, where heldout315 drew
super.money's processing with its stages left to right and heldout314 iMobile Pay's over a progress bar with
colons; Groww's "Today" over a striped table, where heldout315 drew Kotak811's "Today" in an octagon and
heldout314 PhonePe's "आज"; SIB Mirror+ on a scalloped badge with its labels over their values two to a row,
where heldout314 drew Freecharge's on a scalloped badge in shaded labels; KBL Mobile Plus' failure under a red
ribbon in a table ruled on every side, where heldout315 drew BOI Mobile Omni Neo's on a tinted band and
heldout314 AU 0101's; TGCO's advice under its Telugu name with its computation in dot leaders, where
heldout315 drew the Central Cottage Industries Corporation's under its Hindi name in a table ruled on every
side and heldout314 the Maharashtra State Handlooms Corporation's under its Marathi name in a striped table
(and heldout312 TGHDC's under its Telugu name); Fabindia's remittance on SAP Business Network, where both drew
NetSuite's Bill Payment; the temple's letter naming its day with no reference, where heldout315 drew a gifting
company's mail read in Outlook and heldout314 a wedding family's WhatsApp message; Marg ERP's voucher with its
signatures across its foot, where heldout315 drew BUSY's advice with its sum in a box and heldout314 Tally
Prime's voucher; FedCorp's NEFT returned on a scalloped badge's cross, where heldout315 drew bob World
Business' on a tinted band and heldout314 Axis neo's in an octagon; the Google Chat space under "Today", where
both drew Slack channels; Kotak FYN's transfer pending with its checker with its approvals top to bottom,
where heldout315 drew Punjab National Bank's awaiting its second approver in a striped table and heldout314
ICICI Bank's with its stages left to right; the plain-text remittance mail, where heldout315 drew the export
house's advice on continuous stationery (and heldout269 a plain-text remittance mail); Emirates NBD's dirhams
in shaded labels, where heldout315 drew Mashreq's in a table ruled on every side and heldout314 Mashreq's
pending in shaded labels; Chase's wire pending approval with its labels over their values, where heldout315
drew Bank of America's pending with its stages across the page; Westpac's "Today" in an octagon, where
heldout315 drew NatWest's "Today" on a scalloped badge and heldout314 MCB Juice's under a tile (and heldout312
CommBank's in Australian dollars); HSBCnet's pounds in read-only fields, where heldout315 drew NatWest's
pounds and heldout314 NatWest's against a gutter; Maybank2u Biz' ringgit with no reference on a tinted band,
where heldout315 drew UOB's sentence with none and heldout314 DBS IDEAL's (and heldout312 CIMB's ringgit);
OCBC Velocity's payment rejected in an octagon, where heldout315 drew TD Bank's wire returned under a red
ribbon and heldout314 ASB's; RBC Express' Canadian dollars at the left and the right, where heldout315 drew TD
Bank's and heldout314 TD's striped table; SBM Bank's Mauritian rupees in dot leaders, where heldout314 drew
MCB Juice's "Today"; the showroom's tax invoice under the society's emblem with its rebate on hairline rows,
where heldout315 drew one under a pietra dura medallion and heldout314 one under a peacock, both in tables
ruled on every side; the Numaish stall's cash bill in a Telugu hand lying on folded sarees, where heldout315
drew the Mahotsav stall's memo in a Hindi hand on a marble table top and heldout314 the jatra stall's memo in
a Marathi hand on a Paithani (and heldout312 the jatara stall's bill in a Telugu hand on a scroll); Easebuzz's
pending checkout with its stages across the page, where heldout315 drew PayU's under a spinner; OkCredit's
"Today", where both drew Khatabook's; GoCoop's payout mail in a rounded card, where heldout315 drew Jaypore's
mail in a striped table and heldout314 Flipkart's settlement; Paytm Payment Gateway's failure on a tinted band
with colons, where heldout315 drew Instamojo's under a large round cross and heldout314 PayU's; the advance
receipt in bilingual form boxes with a swatch stapled to it, where heldout315 drew an advance receipt in Hindi
and Urdu form lines and heldout314 the Dalan's receipt on bilingual blanks; Ginesys' roll with its rebate and
its card tender, where heldout315 drew LOGIC ERP's roll; NHDC's invoice with its advance printed on it and the
accountant's tick, where heldout315 drew the marble dealer's invoice with a PAID stamp filled in by hand and
heldout314 the silk twister's stamped PAID; the dyer's bill in a Telugu hand, where heldout314 drew a dyer's
bill in a Marathi hand and heldout315 the stone slicer's chit in an Urdu hand (and heldout312 the
tamarind-seed trader's bill in a Telugu hand); udaan's pending order at the left and the right, where
heldout315 drew IndustryBuying's in a striped table and heldout314 Amazon Business' in dot leaders; the Silk
Marketing Board's invoice with its payment details with colons, where heldout315 drew the gem dealer's office
box filled in; Canva Print's failure in an octagon against a gutter, where heldout315 drew Printo's under a
tile's cross and heldout314 Printo's with its labels over their values; Shree Maruti Courier's typed roll with
its barcode, where heldout315 drew DTDC's receipt in a table ruled on every side and heldout314 DTDC's app;
the jacquard card puncher's bill with its Date left blank, where heldout314 drew the carpenter's bill (and
heldout312 the framer's with its Date left blank); the box maker's Swipe invoice with PAID in a capsule, where
both drew Refrens invoices; Vyom's RTGS in shaded labels, where heldout315 drew PNB ONE's in a table ruled on
every side and heldout314 mahaMobile Plus' in one; YONO Business' NEFT in a striped table, where heldout315
drew IRIS' values over their labels; PhonePe's chat with the dyer holding its payment card, where heldout315
drew the Paytm chat's payment card and heldout314 Paytm's payment shared as text into a chat; Equitas' NEFT in
progress over a progress bar, where heldout315 drew RBL MoBank's with its stages across the page and
heldout314 PNB ONE's with its stages left to right; FedMobile's IMPS with its tiles, where heldout315 drew
iMobile Pay's read-only fields and heldout314 IndusMobile's dot leaders; CUB All in One's failure on a tinted
band in dot leaders, where heldout315 drew UCO mBanking Plus' on one with colons and heldout314 IRIS' in an
octagon; Airtel Thanks' "Today", where both drew Amazon Pay's; InstaBIZ's IMPS in tiles, where heldout314 drew
Saraswat Bank's under a green ribbon; the weaving wage slip in bilingual form boxes and hand-written columns
with its Thrift Fund share, where heldout315 drew the karigar's piece-work account in a Hindi hand and
heldout314 the weaver's wage account in a Marathi hand; the Bathukamma advance in a Telugu hand with its
almanac day, where heldout315 drew the Eid advance in an Urdu hand with its Hijri day and heldout314 the
Diwali advance in a Marathi hand (and heldout312 a Dasara advance in a Telugu hand); Keka's payslip, where
both drew Zoho Payroll's; PhonePe's payment pending under a clock's disc, where heldout315 drew slice's
processing and heldout314 Paytm's under a spinner; bob World's IMPS to the helper, where both drew Canara
ai1's; Fi's failure, where heldout315 drew Airtel Payments Bank's under a tile's cross and heldout314 Google
Pay's under a large round cross; Navi's "Today", where heldout314 drew super.money's "Today" and heldout315
the Paytm chat under "Today"; the helper's cash salary voucher in bilingual form boxes with a revenue stamp,
where heldout315 drew the helper's salary receipt in form lines and heldout314 PagarBook's salary payment;
Narayanpet Municipality's e-receipt in bilingual form boxes, where heldout315 drew Agra Nagar Nigam's Hindi
labels and heldout314 Yeola Municipal Council's ledger rows (and heldout312 Cheriyal Municipality's Telugu
tags); the Chief Electrical Inspector's fee against a gutter, where heldout315 drew Legal Metrology's fee in a
table ruled on every side and heldout314 Aaple Sarkar's in a striped table; EPFO's challan awaiting the bank
with colons, where heldout315 drew e-GRAS' challan pending over a progress bar and heldout314 the GST
portal's; the Fire Services' NOC fee in tiles, where heldout315 drew EPCH's receipt with colons; the
Exhibition Society's stall rent receipt across its counterfoil, where heldout315 drew the Taj Mahotsav
Samiti's and heldout314 the Bhimthadi Jatra's receipts from their books; MeeSeva's failure in shaded labels,
where heldout315 drew the GST portal's on a tinted band and heldout314 the Silk Mark Organisation's;
mParivahan's "Today", where heldout315 drew Nivesh Mitra's and heldout314 MahaTraffic's; the Cyber Treasury's
e-challan in dot leaders in a rounded card, where heldout314 drew GRAS' e-challan in a table ruled on every
side; The New India Assurance's premium receipt with its labels with colons two to a row, where both drew
Bajaj General's; United India's mail at the left and the right, where heldout315 drew LIC's mail and
heldout314 Tata AIG's; IL TakeCare's "Today", where heldout315 drew Tata AIG's and heldout314 Niva Bupa's;
Cholamandalam MS' failure in a table ruled on every side, where heldout315 drew National Insurance's on a
tinted band and heldout314 Digit's in an octagon; ManipalCigna's renewal under process over a progress bar,
where both drew Star Health's; Reliance General's SMS, where heldout314 drew Royal Sundaram's SMS and
heldout315 Niva Bupa's WhatsApp message; Universal Sompo's letter with no reference, where heldout314 drew
National Insurance's agent's receipt with none; Shriram General's typed roll, where heldout315 drew Kotak
General's receipt typed on its branch's printer; HDFC Bank's slip with its labels padded to a column, where
heldout315 drew Axis Bank's and heldout314 Worldline's with two fields to a line; Mosambee's status unknown in
dot leaders, where heldout315 drew Innoviti's response awaited and heldout314 Pine Labs' answer timed out;
IDFC FIRST Bank's hotel slip typed with colons, where heldout315 drew Federal Bank's and heldout314 Mswipe's
with tips; State Bank of India's slip DECLINED in columns, where heldout315 drew Canara Bank's and heldout314
Axis Bank's; IRCTC's e-ticket, where heldout315 drew IndiGo's itinerary and heldout314 MSRTC's e-ticket;
DotPe's bill, where heldout315 drew Restroworks' and heldout314 POSist's; Axis Bank's card SMS in lines one
under another, where both drew ICICI Bank's; the Uni Card app's "Today", where both drew OneCard's; TGSPDCL's
receipt in bilingual form boxes, where heldout315 drew Torrent Power's in dot leaders and heldout314 MSEDCL's
ledger rows (and heldout312 TGNPDCL's Telugu tags); Hathway's "Today", where heldout315 drew ACT Fibernet's
and heldout314 MyJio's; HP Pay's pending in a striped table, where heldout315 drew HelloBPCL's pending with
its labels over their values two to a row; Sun Direct's failure under a tile's cross, where both drew BSNL
Selfcare's; the MeeSeva centre's roll, where heldout315 drew Agra Jal Sansthan's counter receipt; TGSPDCL's
SMS, where heldout315 drew Torrent Power's and heldout314 Tata Play's (and heldout312 TGNPDCL's); the water
supplier's card in a Telugu hand, where heldout315 drew the hawker's card in an Urdu hand and heldout314 the
newspaper agency's bill in a Marathi hand (and heldout312 the milkman's card in a Telugu hand); Excitel's mail
in dot leaders, where heldout315 drew Green Gas' mail in a table ruled on every side; the DCCB's SMS in Telugu
in a bubble, where heldout315 drew Punjab National Bank's in Hindi and heldout314 the Nashik District Central
Co-operative Bank's in Marathi (and heldout312 Telangana Grameena Bank's in Telugu); the SMS of State Bank of
India, Karnataka Bank, IDBI Bank and Bank of India in their own wordings, where heldout315 drew Indian
Overseas Bank's, Bank of Maharashtra's, Kotak Mahindra Bank's and Union Bank of India's and heldout314 Bank of
Maharashtra's, Canara Bank's, Punjab National Bank's and Yes Bank's; ICICI Bank's SMS under "Today", where
heldout315 drew Bank of Baroda's; IndusInd Bank's alert mail in a table ruled on every side, where heldout315
drew Federal Bank's mail and heldout314 Saraswat Bank's; Central Bank of India's heads-up notification over
the notes app, where heldout315 drew Canara Bank's and heldout314 Kotak Mahindra Bank's in the pulled-down
shade (and heldout294 City Union Bank's heads-up). Some of this set's issuers and kinds of paper were drawn by
sets before heldout314 (heldout312's Telangana, its Telugu lines and hand and its Telugu month names;
heldout294's Telugu runs and heads-up notification; heldout312's and heldout313's PhonePe, Navi and Kotak;
heldout313's IDBI Bank; heldout269's plain-text remittance; heldout279's ticket's card; heldout271's
counterfoil; heldout289's revenue stamp; Australian dollars, ringgit and Mauritian rupees from heldout202 to
heldout314), and are drawn here in this set's own labels and arrangements; the families' docstrings list each
one's labels. This set draws kinds of row and page heldout314 and heldout315 do not: Telugu in its own rows (a
society's, a showroom's, a corporation's, a co-operative bank's, a municipality's and a power company's names,
headings, an app set in Telugu, a stall's cash bill, a dyer's bill, a festival advance and a water supplier's
card in a Telugu hand, a bank's SMS); bilingual form boxes (each field in a ruled box, its English label small
at the top left and its Telugu at the top right, the value under them printed or written in); a Telugu
ball-pen hand with its sums at the right; an almanac's day (a tithi of Ashwayuja) beside the Gregorian day;
the society's emblem (a sari's roundel with a fly shuttle across it); a Narayanpet border with its temple
teeth as a divider; a swatch of a saree stapled to a receipt; a page photographed lying on folded sarees on a
showroom's counter; a handloom rebate off the MRP; a Thrift Fund share kept from a wage; sarees rejected at
inspection on an advice; a TDS 194Q column; a counterfoil beside its receipt; a heads-up notification over an
app; and beside them the rows heldout269's to heldout294's sets share (tables ruled on every side, striped
tables, shaded labels, labels against a gutter, labels at the left and values at the right, dot leaders,
hairline rows, labels with colons, labels padded to a column, tinted outcome bands, capsules, tiles two to a
row, values over their labels, labels over their values two to a row, read-only fields, a rounded card, notice
boxes, stages across the page and top to bottom, progress bars, spinners, large round marks, octagons,
scalloped badges, tile marks, ribbons, a day divider, chat bubbles, a chat's payment card, a ticket's card,
hand-written columns on a ruled page, oval stamps, a revenue stamp, signatures, a torn roll, a barcode, a
spiral pad's page, punched holes, a letter's folds).

* ``buyer_upi``: Buyers paying Markandeya Chenetha Sarees or the society: BharatPe for Business on the
  showroom's phone (the showroom under the app's bar; a ticket's card: Payment received, the sum, "from
  <buyer>", its tear, then UPI Ref. No., Received on, Paid via and Settles to in dot leaders); BHIM set in
  Telugu (a large round tick, "చెల్లింపు విజయవంతమైంది" (payment successful), the sum, "వీరికి చెల్లించారు"
  (paid to) over the payee; each Telugu label small over its value: "UPI లావాదేవీ ID" (UPI transaction ID),
  "తేదీ & సమయం" (date and time, the month in Telugu), "ఈ ఖాతా నుండి" (from this account)); Jupiter's money
  sent with no reference (a capsule, the sum, "to <payee>", "on <day> at <hour>"; From and Category at the
  left and the right; "Paid via UPI"); IDFC FIRST Bank's payment in progress with its stages top to bottom
  (the sum, "to <payee>", a notice; UPI transaction ref., Started at and Debit account in dot leaders);
  Groww's payment under "Today, <hour>" (a large round tick, Paid successfully, the sum, "to <payee>"; UPI Ref
  ID, Paid from and Note in a striped table; no day); South Indian Bank's SIB Mirror+ on a scalloped badge
  (Payment successful, the sum; labels small over their values two to a row: Paid to and Account, UPI
  Reference No. and Date & Time); Karnataka Bank's KBL Mobile Plus with the payment failed under a red ribbon
  (the sum, the reason in a notice; Transaction ID, Payee, Amount, Date, Reason in a table ruled on every
  side); Kiwi's payment made with its RuPay credit card on UPI (a tile's tick, Payment successful, the sum,
  "to <payee>"; UPI Ref No, Paid using, Date & time, Cashback in shaded labels). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: TGCO's PAYMENT ADVICE under its Telugu
  name for the Bathukamma sarees it indented (Lr. No. and Date on a line; "To, The Secretary," and the
  society; Sub:; each indent's sarees, rate and rejects on a line of its own; Value of sarees supplied, Less:
  sarees rejected at inspection and Less: TDS under GST 2% in dot leaders, Net amount remitted under a rule
  and a double rule; "The net amount of Rs. x has been remitted ... by NEFT / RTGS vide UTR ..."; the Deputy
  Manager (Accounts)' signature); Fabindia's remittance on SAP Business Network in a browser (Payment
  Document, Vendor, Payment Date, Payment Method, UTR at the left and the right; Invoice | Invoice Date |
  Amount | TDS 194Q | Paid in a table ruled on every side, Total paid under it); a Secunderabad temple's
  letter, typed and folded ("To, The Secretary," and the society; "... an amount of Rs. x has been paid to
  <payee> by NEFT on <day> ..."; no reference); a Hyderabad saree shop's PAYMENT VOUCHER printed from Marg ERP
  (Voucher No. and Date at the right; Paid to:; Being ...; Mode and UTR on a line; Amount under a rule and a
  double rule; its words; Prepared by | Checked by | Authorised by across the foot); Federal Bank's FedCorp
  with a Bengaluru firm's NEFT returned on a scalloped badge's cross (the reason in a notice; Transaction
  Ref., Beneficiary, Amount, Value Date, Return Reason in a table ruled on every side); a Bengaluru retailer's
  Google Chat space under its "Today" divider (the writer, bold, and the hour; "Paid ₹x to <payee> via NEFT
  ...", "UTR ..."; a reply; no day); Kotak FYN with a Chennai firm's NEFT or RTGS pending with its checker (a
  capsule; its approvals top to bottom; Transaction Ref., Beneficiary, Amount, Mode, Value Date in dot
  leaders); a Chennai silk house's payment advice mailed as plain text (its lines and its table in a
  fixed-width face: Payee, Payment Date, Mode, UTR, the invoices, NET PAID). All new here.

* ``export_wires``: Saree shops and houses abroad paying the society for Narayanpet sarees: Emirates NBD's
  Business Online with a telegraphic transfer processed in dirhams (Processed; TT Reference, Beneficiary Name,
  Beneficiary Bank, Transfer Amount, Value Date, Charges Option in shaded labels); Chase Connect with a wire
  pending approval in US dollars, the day month first (a capsule; Beneficiary at the left and the right;
  labels small over their values two to a row: Wire ID and Amount, Send date and Fees; a notice); Westpac's
  app with an international payment sent in Australian dollars ("Today, <hour>"; an octagon's tick, Payment
  sent, the sum, "to <payee>"; Payment reference and Fee in tiles; From account; no day); HSBCnet with a
  payment completed in pounds (each label small over its value in a read-only box: Payment reference,
  Beneficiary, Amount, Execution date, Charges); Maybank2u Biz with a foreign telegraphic transfer in ringgit
  and no reference (Transaction Successful on a tinted band; Beneficiary, Amount, Date, From account, Charges
  in a table ruled on every side); OCBC Velocity with a payment rejected in Singapore dollars in an octagon
  (the reason in a notice; Payment ID, Beneficiary, Amount, Date, Charges, Reason in dot leaders); RBC Express
  with a wire sent in Canadian dollars (Wire sent; Beneficiary, Amount, Wire reference, Date sent, Charges at
  the left and the right, the day in words month first or in the ISO form); SBM Bank's TRANSFER CONFIRMATION
  in Mauritian rupees (its sentence; Our reference, Beneficiary name, Beneficiary bank, Amount, Value date,
  Charges in dot leaders). All new here.

* ``own_receipts``: The society's own papers, its showroom or itself on top: Markandeya Chenetha Sarees' TAX
  INVOICE under the society's emblem, its Telugu name and a Narayanpet border (Bill No. and Date at the left
  and the right; Customer; Item | HSN | Qty | MRP | Value on hairline rows; Total MRP and Less: Govt. of
  Telangana handloom rebate 20% in dot leaders, Net Amount under a rule and a double rule, the GST it includes
  in a note; "Received by UPI, RRN ..."); the Numaish stall's cash bill in a Telugu hand, photographed lying
  on folded sarees on the showroom's counter (the showroom's Telugu name over its English, "నుమాయిష్ 2026,
  నాంపల్లి, హైదరాబాద్" (Numaish 2026, Nampally, Hyderabad), "నగదు బిల్లు" (cash bill); Date and Name in
  bilingual form boxes filled in by hand; the sarees written in a Telugu hand with their sums at the right,
  "మొత్తం" (total), "నగదు ముట్టింది" (cash received); no reference); Easebuzz's checkout for the web shop with
  the payment pending (the shop on top, Payment pending, the sum, its stages across the page, a notice;
  Easebuzz Txn ID, Merchant order, Paying by, Started in a table ruled on every side); OkCredit on the
  showroom's phone ("Today, <hour>"; the showroom under the app's bar; a rounded card: Payment received in a
  capsule, the sum, "from <customer>", Mode and UPI Ref in tiles, Due now; no day); GoCoop's payout mail for
  the showroom's orders (Payout processed; its sentence; Seller, Payout ID, UTR, Orders, Gross sales, GoCoop
  commission, Net payout, Credited on in dot leaders in a rounded card); Paytm Payment Gateway's checkout with
  a card payment failed on a tinted band (the shop on top, the reason in a notice; Order ID:, Txn ID:,
  Amount:, Card:, Attempted: with colons); the society's ADVANCE RECEIPT for a wedding order under its Telugu
  name, "అడ్వాన్సు రశీదు / ADVANCE RECEIPT" (its fields in bilingual form boxes: Receipt No. and Date printed,
  Received from, Amount and Mode, Towards and UPI Ref written in; the sum in words; a swatch of the saree
  ordered stapled to it; the Manager's signature); the showroom's bill from Ginesys POS on a three-inch roll
  (BILL NO and DATE; the sarees, TOTAL MRP, REBATE 20%, NET AMOUNT typed in the printer's face; TENDER : CARD,
  APPR CODE and RRN). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: NHDC's TAX INVOICE for hank
  yarn from its yarn depot under the Yarn Supply Scheme (Invoice No. and its later Date; Description | HSN |
  Bundles | Rate | Amount on hairline rows; CGST 2.5%, SGST 2.5% and Total in dot leaders; "Advance received
  vide <way> UTR ... dated <day>" printed under it; the accountant's tick and "Entd." in his hand); a
  Narayanpet dyer's job-work bill in a Telugu hand on his printed bill pad (his Telugu name over his name in
  Latin letters on top; "తేదీ" (date) and the day; "శ్రీ మార్కండేయ సంఘం వారికి" (to the Sri Markandeya
  society); the silk and the cotton yarn dyed, by colour and kilo, with their sums at the right, "మొత్తం"
  (total), "నగదు ముట్టింది" (cash received); no reference); udaan's order of dyeing chemicals with the payment
  pending (a progress bar, a notice; Order #, Seller, Products, Order value, Payment method, Placed on at the
  left and the right); the Karnataka Silk Marketing Board's TAX INVOICE for raw silk lots (Invoice No. and its
  earlier Date; Lot No. | Description | HSN | Kg | Rate | Amount in a striped table; IGST 5% and Total;
  Payment details: Mode:, UTR:, Received on: with colons); Canva Print's checkout for hang tags with the card
  payment failed in an octagon (the reason in a notice; Order reference, Products, Total, Payment method,
  Tried at against a gutter); Shree Maruti Courier's booking receipt from its Narayanpet branch typed on its
  roll (a barcode; AWB NO, DATE, FROM, TO, WEIGHT, CHARGES, GST 18%, TOTAL; PAID BY UPI and its UPI TXN NO); a
  Dharmavaram jacquard card puncher's BILL with its Date left blank (Bill No.; Particulars | Sets | Amount on
  hairline rows, IGST 5% and Total in dot leaders; "Recd. by UPI, Ref ..." written under it; no day); a
  Hyderabad box maker's TAX INVOICE made with Swipe (Invoice # and its earlier Invoice Date; Item | Qty | Rate
  | Amount in a table ruled on every side; CGST 9%, SGST 9%, Total in dot leaders; PAID in a capsule; Payment
  mode, Transaction ref. and Received on at the left and the right; Balance due). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: Union Bank of India's Vyom with an
  RTGS to NHDC under a large round tick (Transfer successful, the sum, "Paid to" over the payee; UTR No., Date
  & Time, From A/c, Remarks in shaded labels); SBI's YONO Business with a NEFT to the dyes dealer authorised
  and sent (a capsule, the sum; Beneficiary, Account, IFSC, UTR, Date, Authorised by in a striped table);
  PhonePe's chat with the dyer and no reference (the dyer on top; a payment card at the right: "Paid", the
  sum, "Payment successful", "Paid on <day>"; his reply); Equitas Small Finance Bank's NEFT to the Silk
  Marketing Board in progress over a progress bar (a capsule, the sum, a notice; Payee, UTR No., Sent on, From
  in a table ruled on every side); FedMobile's IMPS to the courier (a tile's tick, IMPS successful, the sum,
  "to <payee>"; IMPS Ref No. and Date in tiles; From and Remarks at the left and the right); City Union Bank's
  CUB All in One with an IMPS to the box maker failed on a tinted band (the sum, the reason in a notice;
  Beneficiary, Amount, Reference No., Date, Reason in dot leaders); Airtel Thanks' UPI payment to the jacquard
  puncher ("Today, <hour>"; a scalloped badge, Paid, the sum, "to <payee>"; labels small over their values:
  UPI Ref No. and Paid from; no day); ICICI Bank's InstaBIZ with an IMPS to the loom spares shop under a large
  round tick (Beneficiary and Account, IMPS Ref No. and Date in tiles; Purpose). All new here.

* ``worker_pay``: The society paying its weavers (its members, each at a pit loom in his or her own house,
  paid a wage for each saree woven) and its staff: a weaver's WEAVING WAGE SLIP under the society's Telugu
  name ("నేత కూలి చీటీ / WEAVING WAGE SLIP"; Slip No. and Date, Weaver and Loom No. in bilingual form boxes
  filled in by the clerk's hand; Design | Sarees | Wage | Amount, the sarees woven written in by hand on ruled
  lines; Gross wage and Less: Thrift Fund (Nethanna ku Cheyutha) 8% in dot leaders, Net paid under a rule and
  a double rule; Mode and UTR in boxes written in); a weaver's Bathukamma advance in a Telugu hand under the
  society's Telugu name ("బతుకమ్మ పండుగ అడ్వాన్సు రశీదు" (Bathukamma festival advance receipt); the almanac's
  year and day, "శ్రీ పరాభవ నామ సంవత్సర" (in the year Parabhava) and "ఆశ్వయుజ శుద్ధ <tithi>" (Ashwayuja's
  bright <tithi>); "తేదీ" (date) with the day written at the right; "బతుకమ్మ పండుగ అడ్వాన్సుగా" (as the
  Bathukamma festival advance), "నగదు ముట్టింది" (cash received) with the sum written at the right), her or
  his signature with the name written under it in English, a witness; no reference); Keka's payslip for the
  showroom's saleswoman (Employee Name, Employee No., Designation, Days paid in a table ruled on every side;
  Earnings | Amount | Deductions | Amount in another, Professional Tax among them; Net Pay under a rule and a
  double rule and its words; "Paid on <day> by NEFT, UTR ..."); PhonePe's payment to a weaver pending under a
  clock's disc (the sum, "to <payee>", a notice; Transaction ID, Debited from and Initiated in a table ruled
  on every side); Bank of Baroda's bob World with an IMPS to the showroom's helper (a capsule, the sum, "to
  <payee>"; labels small over their values two to a row: IMPS Ref. No. and Date, From and Remarks); Fi's UPI
  payment to a weaver failed under a large round cross (the sum, "to <payee>", the reason in a notice;
  Transaction ID, Attempted on and Account at the left and the right); Navi's UPI payment to a weaver under
  "Today, <hour>" (a large round tick, Paid, the sum, "to <payee>"; each value over its label: UPI Ref No.,
  From; no day); the helper's SALARY VOUCHER paid in cash ("జీతం ఓచరు / SALARY VOUCHER"; Voucher No. and Date,
  Paid to, Month and Amount, Mode in bilingual form boxes written in; the sum in words; a revenue stamp signed
  across). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: Narayanpet Municipality's
  trade licence e-receipt for the showroom under its Telugu name ("చెల్లింపు విజయవంతం / Payment Successful";
  its fields in bilingual form boxes, printed: Receipt No. and Date, Licence No. and Year, Trade name, Amount
  and Mode, UPI Ref); the Chief Electrical Inspector's fee for the showroom's generator (Paid in a capsule;
  Application No., Applicant, Installation, Fee, Transaction ID, Bank Ref. No., Mode, Date against a gutter);
  EPFO's ECR challan awaiting the bank's confirmation under a spinner (a notice; TRRN :, Establishment ID :,
  Wage month :, Amount :, Bank :, Initiated on : with colons); the Fire Services Department's NOC renewal fee
  (a large round tick, Payment received; Application No. and Receipt No., Amount and Mode, Transaction ID and
  Date in tiles); the All India Industrial Exhibition Society's stall rent receipt from its book for the
  Numaish, across its counterfoil and its receipt (its No. left blank; Date, Received from, Stall No. and the
  sum written in; "Cash"; its oval stamp; the cashier's signature; no reference); MeeSeva's payment for the
  Labour Department's shop renewal failed on a tinted band (the reason in a notice; MeeSeva Txn ID, Service,
  Department, Amount, Card, Attempted on in shaded labels); mParivahan's quarterly tax for the society's goods
  auto ("Today, <hour>"; the Transport Department under the app's bar, a large round tick, Tax paid, the sum;
  Vehicle No., Transaction ID and Paid via in shaded labels; no day); the Telangana Cyber Treasury's e-challan
  for the co-operative audit fee (Payment successful; Challan No., Department, Head of Account, Remitter,
  Amount, Bank Ref. No., Mode, Date of payment in dot leaders in a rounded card). All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top, under its app's bar or signing its
  message: The New India Assurance's PREMIUM RECEIPT for the fire policy on the yarn and saree stock in the
  godown (labels with colons two to a row: Receipt No. and Receipt Date, Policy No. and Period, Sum Insured
  and Premium, GST 18% and Total, Mode and UTR; a signature); United India's shopkeeper's policy mail for the
  showroom (its sentence; Policy No., Premium, GST 18%, Total, Receipt No., Paid on, Mode at the left and the
  right); ICICI Lombard's IL TakeCare with the marine transit cover for a Bathukamma consignment ("Today,
  <hour>"; the insurer under the app's bar, a tile's tick, Policy issued, the sum; Certificate No. and Payment
  ID in tiles; Voyage and Paid via at the left and the right; no day); Cholamandalam MS' motor renewal for the
  goods auto failed by card under a large round cross (the reason in a notice; Policy number, Amount, Payment
  ref., Card used, Tried on, Failure reason in a table ruled on every side); ManipalCigna's health renewal for
  the manager's family under process over a progress bar (a capsule, a notice; labels small over their values
  two to a row: Policy No. and Premium, GST and Paid via, Transaction ID and Initiated on); Reliance General's
  SMS of the weavers' group accident premium received ("Dear Customer, premium of Rs.x for policy ... received
  on <dd/mm/yyyy> via NEFT. Ref .... Thank you. - Reliance General Insurance"); Universal Sompo's letter
  acknowledging the weavers' group health premium, punched for its file ("To, The President," and the society;
  "... we have received Rs. x by NEFT on <day> ..."; no reference); Shriram General's receipt for the goods
  auto's cover typed on its agent's roll (RECEIPT NO, POLICY NO, VEHICLE, OD PREMIUM, TP PREMIUM, GST 18%,
  TOTAL, DATE; PAID BY UPI and its UPI REF). All new here.

* ``card_slips``: Cards on the showroom's and the Numaish stall's terminals and the society's card elsewhere:
  HDFC Bank's SALE slip at the showroom (each label padded to a column and a colon: DATE, TIME, MID, TID,
  BATCH, INVOICE, CARD, TYPE, AUTH, RRN; SALE AMT set large; APPROVED, PIN VERIFIED OK, CUSTOMER COPY);
  Mosambee's terminal at the Numaish stall in the Numaish's days with the sale's status unknown (CARD SALE;
  DATE, TIME, TID, INVOICE, CARD, AMOUNT each in dot leaders; TXN STATUS UNKNOWN, PLEASE CHECK WITH BANK
  BEFORE RETRY); IDFC FIRST Bank's slip at a Hyderabad hotel (SALE; DATE :, TIME :, TID :, INV :, CARD :, AUTH
  CODE :, RRN :, AMOUNT : typed in the roll's printer's face; APPROVED); State Bank of India's slip at the
  loom spares shop DECLINED (SALE; DATE | TIME | TID and INVOICE | CARD | AMOUNT small over their values in
  three columns; 51 INSUFFICIENT FUNDS); IRCTC's e-ticket for the Kacheguda - Yesvantpur Vande Bharat to a
  buyers' meet (Booking confirmed; PNR, Train, Date of journey, Fare, Convenience fee, Total, Paid by,
  Transaction ID, Booked on in a table ruled on every side); a Secunderabad restaurant's bill from DotPe
  settled by card (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled:
  Card", the card and its Auth Code); Axis Bank's SMS of a spend on the society's card, its lines one under
  another ("Spent / Card no. XX1234 / INR x / <dd-mm-yy> <hh:mm:ss> IST / <MERCHANT> / Avl Limit: INR y ...";
  no reference); the Uni Card app with a spend at an art supplies shop ("Today, <hour>"; the merchant over its
  town, the sum, Successful; each value over its label: Card, Transaction ID, Category; no day). All new here.

* ``utility_bills``: The society's, the godown's and the showroom's bills: TGSPDCL's online payment receipt
  for the showroom under its Telugu name (Payment Successful; its fields in bilingual form boxes, printed: USC
  No. and Bill Month, Consumer Name, Amount Paid and Mode, Receipt No. and Transaction ID, Payment Date);
  Hathway's app with the showroom's broadband paid ("Today, <hour>"; the company under the app's bar, a
  scalloped badge, Payment successful, the sum; Account No., Transaction ID and Paid via in shaded labels; no
  day); HP Pay with the godown's refill payment awaiting confirmation under a spinner (a notice; Consumer No.,
  Distributor, Amount, Paid via, Order ID, Initiated on in a striped table); Sun Direct's recharge for the
  showroom's television failed under a tile's cross (the reason in a notice; Smart Card No., Amount,
  Transaction ID, Card, Attempted on at the left and the right); the MeeSeva centre's receipt for the
  municipality's water charges typed on its roll (MEESEVA, the centre; CITIZEN RECEIPT; SERVICE, DEPARTMENT,
  CONNECTION, PERIOD, AMOUNT, TXN ID, RECEIPT NO, DATE; PAID BY CASH); TGSPDCL's SMS of a payment received
  ("Dear Consumer, Rs.x received towards USC ... on <dd-mm-yyyy> through UPI. Txn ID .... Thank you -
  TGSPDCL"); a mineral water supplier's monthly card in a Telugu hand on a spiral pad's page (his name in
  Latin letters on top; "నెల" (month) with its month at the right; the twenty-litre cans at their rate with
  the sum at the right, "మొత్తం" (total), "నగదు ముట్టింది" (cash received) with the day at the right; no
  reference); Excitel's payment receipt mail (its sentence; Account ID, Plan, Amount, Transaction ID, Payment
  mode, Paid on in dot leaders). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: the Mahabubnagar DCCB's SMS in Telugu in a
  bubble of the phone's messages thread under its day divider ("ప్రియమైన ఖాతాదారులకు, మీ ఖాతా XX1234 నుండి
  <dd-mm-yyyy> న NEFT ద్వారా రూ. x <PAYEE> కు బదిలీ చేయబడింది. UTR .... - MDCCB" (Dear customer, Rs. x has
  been transferred from your account XX1234 on <day> by NEFT to <PAYEE>)); SMS in State Bank of India's ("Your
  A/C XXXXX1234 Debited INR x on <dd/mm/yy> -Transferred to <PAYEE> by IMPS. IMPS Ref No .... Avl Bal INR y
  -SBI"), Karnataka Bank's ("Dear Customer, NEFT UTR ... for Rs.x from your A/c XX1234 dated <dd-mm-yyyy> to
  <PAYEE> is awaiting credit confirmation from the beneficiary bank. - Karnataka Bank"), IDBI Bank's ("IDBI
  Bank: Your UPI payment of Rs x to <PAYEE> could not be processed on <dd/mm/yy>. Any debit will be
  auto-reversed in T+1 days. UPI Ref ....") and Bank of India's ("BOI - Rs.x withdrawn from your A/c XX1234 on
  <dd-mm-yy> via UPI to <PAYEE>. Available balance Rs.y."; no reference) wordings; ICICI Bank's SMS in the
  phone's thread under its "Today" divider ("ICICI Bank Acct XX123 debited for Rs x; <PAYEE> credited.
  UPI:.... Call 18002662 for dispute. ..."; no day); IndusInd Bank's alert mail (its sentence; Account,
  Transaction, Amount, Beneficiary, Date, UTR in a table ruled on every side); Central Bank of India's
  heads-up notification over the phone's notes app, dimmed under it ("Cent Mobile . <n>m", Debit alert, "Rs.x
  debited from A/c XX1234 on <dd-mm-yyyy> by IMPS to <PAYEE>. IMPS Ref .... -Central Bank of India"). All new
  here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Telugu and Noto Serif Telugu
(regular and bold, fonts-noto-core; heldout294's and heldout312's faces, shaped by Raqm) for the Telugu lines,
the form boxes' Telugu labels, the hand and the SMS, their Latin runs and figures in the page's own face;
DejaVu Sans Condensed for a Telugu hand's figures and Latin words, an italic or oblique for the hand
(``heldout317_families.PENS``) and a fixed-width face of the page's own (``heldout317_families.TYPES``). The
Numaish stall's cash bill and its card terminal's sale are drawn in the Numaish's days (1 January to 15
February 2026) and its stall rent in the Numaish's first week; TGCO's payments for the Bathukamma sarees
between July and December; the temple's payment in the seven weeks from 1 October 2026, its Navaratri; the
Bathukamma advances in the first nine days of Ashwayuja of the year Parabhava as the society's almanac reckons
it (Shuddha Padyami on 11 October 2026 to Navami on 19 October; Vijayadashami on 20 October), each written
with its tithi; NHDC's invoice a few days after the advance it acknowledges; the other days anywhere in 2026.
GST is 5% on the society's sarees (woven silk or cotton fabric, HSN 5007 and 5208, whatever the price, and the
dupatta, HSN 6214, within Rs. 2,500; CGST 2.5% and SGST 2.5% to a Telangana buyer, inside the MRP on the
showroom's bills), on the hank yarn (CGST 2.5% and SGST 2.5% from NHDC's Hyderabad depot, HSN 5205), on the
raw and twisted silk (IGST 5% from Karnataka, HSN 5002 and 5006), on the jacquard card punching (IGST 5% from
Andhra Pradesh, job work), on the Bathukamma sarees TGCO buys and on the restaurant's food (CGST 2.5% and SGST
2.5%), and 18% on the saree boxes (CGST 9% and SGST 9%), the courier's charges and the general insurance
premiums (GST 18% beside the fire, the shopkeeper's and Shriram General's goods auto premiums; the marine
cover, the goods auto's failed renewal and the weavers' group covers print theirs inside the sum); an
individual's health premium prints its GST as Nil (exempt); TGCO keeps TDS under GST (2% of each indent's
taxable value) and Fabindia TDS under section 194Q (0.1%); the showroom takes the Government of Telangana's
handloom rebate of 20% off the MRP; the dyer's bill, the weavers' wage slips and advances and the water
supplier's card carry none.

Truth conventions (heldout315's, heldout314's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name after "to" on Jupiter, IDFC FIRST Bank, Groww and Kiwi, SIB Mirror+'s Paid to, KBL Mobile Plus' Payee;
  the showroom, its short name, the society as a bank's field cuts it (SRI MARKANDEYA HANDLOOM W) or the
  showroom in capitals; never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout268 to
  heldout315): a receiving business's own app pays the business named under the app, here the showroom under
  BharatPe for Business' bar (never BharatPe or "from <buyer>"). *settled* (heldout303's to heldout315's
  screens set in the region's language, heldout312's Paytm set in Telugu and heldout314's PhonePe set in
  Marathi): a UPI app set in Telugu reads as the same app in English, here the name under BHIM's "వీరికి
  చెల్లించారు" (paid to). *settled* (heldout167 to heldout315): a payer's advice pays the one it pays, never
  the payer on top or a salutation; here the society on its line after TGCO's "To, The Secretary," (never
  TGCO, its Telugu name or the Secretary), SAP Business Network's Vendor (never Fabindia or SAP), the society
  in the temple letter's sentence ("has been paid to <payee> by NEFT", never the temple, "The Secretary" or
  "Sir"; *settled* heldout304's, heldout307's and heldout309 to heldout315's letters and mails), Marg's Paid
  to: (never the saree shop on top), FedCorp's Beneficiary (never the bank or the Bengaluru firm), the payee
  in the Google Chat message ("Paid ₹x to <payee> via NEFT", never the writer, the space or the retailer;
  *settled* heldout286, heldout299, heldout301 and heldout303 to heldout315's chats and channels), Kotak FYN's
  Beneficiary (never the bank or the Chennai firm), the plain-text mail's Payee (never its sender). *settled*
  (heldout155 to heldout315): an inward wire pays the society, here Emirates NBD's Beneficiary Name, Chase's,
  Maybank2u Biz', RBC Express', HSBCnet's and OCBC Velocity's Beneficiary, the name after "to" on Westpac, SBM
  Bank's Beneficiary name; the society as its bank abroad is told it (SRI MARKANDEYA HLW COOP SOCIETY LTD, a
  SWIFT line's thirty-five letters) or as its bank's field cuts it; never the remitter, its line or the bank
  on top. *settled* (heldout175 to heldout315): the society's own paper pays its showroom or itself on top,
  here MARKANDEYA CHENETHA SAREES on its tax invoice and its roll (never "A unit of" the society, its Telugu
  line or its Customer), the showroom's English line under its Telugu name on the Numaish cash bill (never the
  పేరు / Name written in), the shop on top of Easebuzz's and Paytm Payment Gateway's pages (never the
  gateway), the society on top of its advance receipt (never the Received from written in); *settled*
  (heldout268 to heldout315) the showroom named under OkCredit's bar, as a business's own app (never OkCredit
  or "from <customer>"); *settled* (heldout285's and heldout304 to heldout315's payouts) GoCoop's payout pays
  its Seller (never GoCoop). A name in Telugu over its English: the English line (*settled* heldout287's and
  heldout303 to heldout315's regional lines). *settled* (heldout187 to heldout315): a supplier's name on top
  of its own paper, here National Handloom Development Corporation Ltd. or NHDC Ltd. on top of its invoice
  (never its Buyer), SRI RANGA DYEING WORKS in Latin letters under the dyer's Telugu name (*settled*
  heldout294 and heldout303 to heldout315: never the Telugu line or "శ్రీ మార్కండేయ సంఘం వారికి"), udaan's
  Seller (*settled* heldout305 to heldout315's marketplaces' sellers; never udaan), the Karnataka Silk
  Marketing Board on top of its invoice, Canva Print on top of its checkout, SHREE MARUTI COURIER SERVICE on
  top of its roll, SRI SAI JACQUARD DESIGNS on top of its bill (never its "for" under the signature), DECCAN
  BOX INDUSTRIES on top of its Swipe invoice (never its Bill To or Swipe). *settled* (heldout179 to
  heldout315): a banking page pays the payee, here the name under Vyom's "Paid to", YONO Business' and
  InstaBIZ's Beneficiary, Equitas' Payee (the beneficiary's name as the society saved it, KSMB RAW SILK
  EXCHANGE), the name after "to" on FedMobile and Airtel Thanks, CUB All in One's Beneficiary; *settled*
  (heldout275's and heldout308 to heldout315's chats) the dyer on top of PhonePe's chat whose payment card
  pays him (never the card's "Paid"). *settled* (heldout150 to heldout315): a pay slip pays the worker, here
  the Weaver written in the wage slip's box, the name written under the signature on the Bathukamma advance
  (*settled* heldout307's, heldout309's to heldout315's names under a signature; never the society, its Telugu
  name or the witness), Keka's Employee Name (never the society on top), the name after "to" on PhonePe, bob
  World, Fi and Navi, the Paid to written in the salary voucher's box. *settled* (heldout153 to heldout315): a
  fee page pays the authority as printed, here Narayanpet Municipality under its Telugu name (never its Trade
  name), the Chief Electrical Inspector on top (never the Applicant), EPFO on top (never its Establishment
  ID), the Fire Services Department on top, the ALL INDIA INDUSTRIAL EXHIBITION SOCIETY on top of its receipt
  (never Received from, its stamp or the counterfoil's "From"), the Transport Department under mParivahan's
  bar (*settled* heldout272, heldout301 and heldout303 to heldout315: never the app), the Cyber Treasury's
  Department (*settled*, as e-GRAS' and GRAS' Departments; never the Cyber Treasury or its Head of Account);
  *settled* (new here) a MeeSeva page or counter receipt pays the department it collects for, its Department
  or DEPARTMENT (the Labour Department, Telangana; NARAYANPET MUNICIPALITY), never MeeSeva, because MeeSeva is
  the state's counter and gateway for its departments' services and keeps nothing of the fee, as a treasury's
  challan pays the department it names and never the treasury. *settled* (heldout199 to heldout315): an
  insurer's receipt pays the insurer on top (full or short as printed), under its app's bar (ICICI Lombard
  General Insurance Co. Ltd., ManipalCigna Health Insurance Co. Ltd.) or signing its SMS (Reliance General
  Insurance); never "To, The President" or the society. A slip's counter name line as printed (MARKANDEYA
  CHENETHA SAREES, MARKANDEYA CHENETHA - NUMAISH or its first part, the hotel, the loom spares shop), never
  *settled* the terminal's brand or bank over it (HDFC BANK, mosambee, IDFC FIRST BANK, STATE BANK OF INDIA);
  IRCTC on top of its e-ticket (*settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to
  heldout315: the carrier whose fare the card paid); the merchant's line of Axis Bank's SMS, the line after
  its day and hour (*settled* heldout299 to heldout315's card SMS); the Uni Card app's merchant line over its
  town (*settled* heldout297 and heldout302 to heldout315's card issuers' apps); the restaurant on top of its
  bill (never DotPe). A utility's biller: TGSPDCL's English name under its Telugu (full or short as printed),
  Hathway Cable & Datacom Ltd. under Hathway's bar, Hindustan Petroleum Corporation Ltd. under HP Pay's and
  Sun Direct TV Pvt. Ltd. under Sun Direct's (*settled* heldout285, heldout301 and heldout303 to heldout315:
  the company, never the app), the MeeSeva roll's DEPARTMENT (new here, as above), TGSPDCL signing its SMS
  (*settled* heldout302 to heldout315's utilities' SMS), the water supplier's Latin name on top of his card,
  Excitel Broadband on top of its mail. An SMS, mail, thread or notification's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines where it
  wraps): the Telugu SMS' "NEFT ద్వారా రూ. x <PAYEE> కు" (by NEFT, Rs. x to <PAYEE>, *settled* heldout312's
  Telugu SMS), State Bank of India's "-Transferred to <PAYEE> by IMPS", Karnataka Bank's "to <PAYEE> is
  awaiting", IDBI Bank's "to <PAYEE> could not be processed", ICICI Bank's "; <PAYEE> credited", Bank of
  India's "via UPI to <PAYEE>. Available", IndusInd Bank's Beneficiary in its mail's table, Central Bank of
  India's "by IMPS to <PAYEE>. IMPS Ref"; *settled* (heldout279 to heldout315's notifications) a bank's
  notification reads as the SMS it sends, here over an app it dims.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), BharatPe for Business'
  sum in its ticket's card, Kiwi's sum (never its Cashback), KBL Mobile Plus' sum over its table (its Amount
  the same). *settled* (heldout152 to heldout315): a payer's advice counts its net sum, here TGCO's Net amount
  remitted under its double rule (its sentence's "net amount of Rs. x" the same; never the Value of sarees
  supplied, the sarees rejected at inspection or the TDS under GST 2%, *settled* heldout269, heldout273,
  heldout275, heldout294 and heldout315's advices with their TDS), SAP Business Network's Total paid (never an
  invoice's Amount or its TDS 194Q; the Paid column's rows add up to it), the temple letter's Rs. x, Marg's
  Amount under its double rule, FedCorp's, Kotak FYN's Amount, the ₹x in the Google Chat message, the
  plain-text mail's NET PAID (never an invoice's AMOUNT). *settled* (heldout155 to heldout315): an inward
  wire's foreign sum, here UAE dirhams (AED before or after, *settled* heldout304, heldout307, heldout310,
  heldout311 and heldout315), US dollars (USD, $ or US$), Australian dollars (AUD or A$, *settled* heldout202,
  heldout289 and heldout311), pounds (GBP or the pound's sign), ringgit (MYR or RM, *settled* heldout218),
  Singapore dollars (SGD or S$), Canadian dollars (CAD or C$), Mauritian rupees with their code only (MUR
  197,887.07 is 197887.07, never INR, *settled* heldout314), all grouped the English way; never Charges or
  Fees. *settled* (heldout175 to heldout315): a receipt counts the sum received, here the tax invoice's Net
  Amount under its double rule (never its Total MRP, the rebate, the GST it includes or a line's Value), the
  Numaish cash bill's "మొత్తం" (total) written at its line's end (never a line's figure), Easebuzz's sum
  large, OkCredit's sum in its card, GoCoop's Net payout (never its Gross sales or GoCoop commission), Paytm
  Payment Gateway's Amount:, the Amount written in the advance receipt's box (its words the same), the roll's
  NET AMOUNT (never its TOTAL MRP, REBATE 20% or a line's sum); *settled* (new here) a saree sold with the
  Government of Telangana's handloom rebate counts the sum after the rebate (the tax invoice's Net Amount, the
  roll's NET AMOUNT), never the MRP, because the rebate is taken off the price at the counter and only the
  rest is paid, as a discount is, the GST being inside the MRP and the net alike. A whole sum closed with /-
  is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout315): a supplier's paper counts
  the sum paid, here NHDC's Total (never its CGST 2.5% or SGST 2.5% or a line's Amount), the dyer's "మొత్తం"
  (total) at the right (never a line's figure), udaan's Order value, the Silk Marketing Board's Total (never
  IGST 5% or a lot's Amount), Canva Print's Total, the roll's TOTAL (never its CHARGES or GST 18%), the
  jacquard puncher's Total (never IGST 5% or a design's Amount), the box maker's Total (never CGST 9%, SGST 9%
  or a line's Amount). A banking page's sum (Vyom's, YONO Business', Equitas', FedMobile's, CUB All in One's,
  Airtel Thanks' and InstaBIZ's sum large, the PhonePe chat card's sum). *settled* (heldout167 to heldout315):
  a pay slip's net sum, here the wage slip's Net paid under its double rule (never its Gross wage, the Thrift
  Fund (Nethanna ku Cheyutha) 8% kept from it, a design's Amount or its Wage), the sum written at the right of
  the Bathukamma advance's "నగదు ముట్టింది" (cash received), Keka's Net Pay (never Gross, Total deductions,
  Professional Tax or an earning; its words the same), the sums on PhonePe, bob World, Fi and Navi, the Amount
  written in the salary voucher's box (its words the same). A fee page's Amount (the municipality's Amount
  box, the Chief Electrical Inspector's Fee, EPFO's Amount :, the Fire Services' Amount, the Rs. written on
  the Exhibition Society's receipt (its counterfoil the same), MeeSeva's Amount, mParivahan's sum, the Cyber
  Treasury's Amount). An insurer's premium with its GST where it carries one (*settled*), here The New India
  Assurance's Total (never its Premium, GST 18% or Sum Insured), United India's Total (never its Premium or
  GST 18%), IL TakeCare's sum, Cholamandalam MS' Amount, ManipalCigna's Premium (its GST Nil), the Rs.x in
  Reliance General's SMS, the Rs. x in Universal Sompo's letter, Shriram General's TOTAL (never its OD
  PREMIUM, TP PREMIUM or GST 18%). A slip's SALE AMT set large, AMOUNT or AMOUNT :, IRCTC's Total (never its
  Fare or Convenience fee), the restaurant's Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a
  dish), the INR x on its own line in Axis Bank's SMS (never its Avl Limit), the Uni Card app's sum large. A
  utility's Amount Paid (TGSPDCL's box), Hathway's sum large, HP Pay's and Sun Direct's Amount, the MeeSeva
  roll's AMOUNT, the Rs.x in TGSPDCL's SMS, the water supplier's "మొత్తం" (total) at the right (never the
  cans' line alone), Excitel's Amount (its sentence's sum the same). An alert's sum debited, sent, withdrawn,
  pending or failed as worded (grouped the Indian or the English way or not at all), never an Avl Bal or
  Available balance. Currency INR but on the wires.

* status: as printed. BharatPe for Business' Payment received, Jupiter's Money sent, Groww's Paid
  successfully, SIB Mirror+'s and Kiwi's Payment successful successes; *settled* (heldout312's Paytm and
  heldout314's PhonePe set in the region's language) BHIM's "చెల్లింపు విజయవంతమైంది" (payment successful) a
  success; IDFC FIRST Bank's Payment in progress pending; KBL Mobile Plus' PAYMENT FAILED failed. A payer's
  own record of the payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout315's
  remittances, vouchers and Payment Outs): SAP Business Network's remittance with its UTR, Marg's voucher with
  its Mode and UTR, the plain-text mail's NET PAID with its Mode and UTR; TGCO's "has been remitted" and the
  temple's "has been paid" (*settled* heldout304's and heldout307 to heldout315's letters and advices)
  successes; *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout315's chats and messages)
  the Google Chat message's "Paid ₹x ..." a success; Kotak FYN's Pending with checker pending (*settled*
  heldout305, heldout306 and heldout310 to heldout315: a transfer not yet sent is a wait); FedCorp's NEFT
  returned by the beneficiary's bank failed (as heldout310's to heldout315's NEFT failed, rejected and
  returned). A wire's Emirates NBD Processed, Westpac's Payment sent, HSBCnet's Completed, Maybank2u Biz'
  Transaction Successful, RBC Express' Wire sent, SBM Bank's "has been executed" successes; Chase's Pending
  approval pending (*settled* heldout250 to heldout252 and heldout305 to heldout315: a wire not yet sent is a
  wait); OCBC Velocity's Payment rejected failed. A receipt's "Received by UPI, RRN ..." under the tax
  invoice, the Numaish cash bill's "నగదు ముట్టింది" (cash received) in a Telugu hand, the advance receipt's
  Mode UPI written with its UPI Ref (a receipt for money got), GoCoop's Payout processed (as heldout311's,
  heldout313's and heldout315's payouts), the roll's TENDER : CARD with its APPR CODE successes; *settled*
  (heldout303 to heldout315's ledger apps) OkCredit's Payment received a success; Easebuzz's Payment pending
  pending; Paytm Payment Gateway's Payment failed failed; *settled* (new here) "నగదు ముట్టింది" (cash has
  reached one's hands) in a Telugu hand a success wherever it stands (the cash bill, the dyer's bill, the
  Bathukamma advance, the water supplier's card), because ముట్టు is Telugu for money reaching the one it is
  owed to, as heldout312's "నగదు అందింది" (cash received) says with అందు, and it is written only once the cash
  is in hand. A supplier's paper: *settled* (new here) NHDC's printed "Advance received vide <way> UTR ...
  dated <day>" a success with its day the day paid, read as heldout315's PAID stamp and heldout275's and
  heldout313's sticky notes are (its day the day paid, never the invoice's Date; its way the method; its UTR
  the id), because the depot supplies yarn only against money received and prints the advance it received on
  the invoice it then raises, so the invoice's own Date falls after the payment and is never its day; the Silk
  Marketing Board's Payment details with its Mode, UTR and Received on, the jacquard puncher's "Recd. by UPI,
  Ref ..." written under its bill, Shree Maruti Courier's PAID BY UPI with its UPI TXN NO (*settled*
  heldout300 and heldout303 to heldout315: a carrier's receipt printed only once its charges are paid), the
  box maker's PAID with its Payment mode and Transaction ref. successes; udaan's Payment pending pending;
  Canva Print's Payment failed failed. A banking page's Vyom Transfer successful, YONO Business' Authorised
  and sent, FedMobile's IMPS successful, Airtel Thanks' Paid, InstaBIZ's Transaction successful, the PhonePe
  chat card's Payment successful successes; Equitas' In progress pending; CUB All in One's Transaction failed
  failed. A pay slip's Mode NEFT written with its UTR on the wage slip (a payer's own record of the wage paid,
  as heldout281's, heldout295's and heldout313's to heldout315's vouchers and accounts), the Bathukamma
  advance's "నగదు ముట్టింది" (cash received), Keka's "Paid on <day> by NEFT, UTR ...", bob World's Transfer
  successful, Navi's Paid, the salary voucher's Mode Cash written in successes; PhonePe's Payment Pending
  pending; Fi's Payment failed failed. A fee page's "చెల్లింపు విజయవంతం / Payment Successful", the Chief
  Electrical Inspector's Paid, the Fire Services' Payment received, the Exhibition Society's receipt written
  "Cash" (a receipt for money got), mParivahan's Tax paid, the Cyber Treasury's Payment successful successes;
  EPFO's Payment confirmation awaited from bank pending; MeeSeva's Payment failed failed. An insurer's New
  India PREMIUM RECEIPT with its Mode and UTR, United India's "We have received your premium", IL TakeCare's
  Policy issued, Reliance General's "received", Universal Sompo's "we have received", Shriram General's PAID
  BY UPI under its PREMIUM RECEIPT successes; ManipalCigna's Renewal under process pending; Cholamandalam MS'
  Payment unsuccessful failed. A slip's APPROVED, IRCTC's Booking confirmed, the Uni Card app's Successful,
  the restaurant's "Settled: Card" with its Auth Code (*settled* heldout297, heldout298 and heldout303 to
  heldout315) successes; *settled* (heldout300, heldout302 to heldout304 and heldout306 to heldout315) Axis
  Bank's "Spent" a success; Mosambee's TXN STATUS UNKNOWN with "PLEASE CHECK WITH BANK BEFORE RETRY" pending
  (*settled* heldout282 and heldout299 to heldout315: the terminal got no answer from the bank); State Bank of
  India's DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's Payment Successful or successful, the MeeSeva
  roll's PAID BY CASH, TGSPDCL's SMS' "received", the water supplier's "నగదు ముట్టింది", Excitel's "we have
  received your payment" successes; HP Pay's Payment awaiting confirmation pending; Sun Direct's Recharge
  failed failed. *settled*: an SMS, mail, thread or notification's debit a success whatever its bank's wording
  (State Bank of India's "Debited ... -Transferred to", ICICI Bank's "debited for", Bank of India's "withdrawn
  from your A/c ... via UPI to", IndusInd Bank's "RTGS debit" in its mail's table, Central Bank of India's
  "debited from"); *settled* (new here) the Telugu SMS' "బదిలీ చేయబడింది" (has been transferred) a success,
  because బదిలీ is Telugu for a transfer and the sentence says the money has gone from the account to the
  payee, as heldout312's "చెల్లించబడింది" (has been paid) and heldout294's "డెబిట్ అయింది" (debited) say;
  Karnataka Bank's "is awaiting credit confirmation from the beneficiary bank" pending (as heldout315's "is in
  process" and heldout313's "is under process"); IDBI Bank's "could not be processed. Any debit will be
  auto-reversed" failed (as heldout313's "could not be completed" and heldout310's "has failed").

* date: the day paid. A UPI screen's day and hour: BharatPe for Business' Received on, Jupiter's "on <day> at
  <hour>", IDFC FIRST Bank's Started at, SIB Mirror+'s Date & Time, KBL Mobile Plus' Date, Kiwi's Date & time;
  *settled* (heldout312's Paytm set in Telugu) BHIM's "తేదీ & సమయం" (date and time) with its month's Telugu
  name (26 ఆగస్టు 2026 is 2026-08-26); Groww's "Today, <hour>" prints no day (*settled*). TGCO's Date on its
  Lr. No.'s line (never an indent's year), SAP Business Network's Payment Date (never an Invoice Date), the
  day in the temple letter's "by NEFT on <day>" (*settled* heldout311's, heldout313's and heldout315's
  messages naming their day), Marg's Date (never a bill's), FedCorp's and Kotak FYN's Value Date (never a
  maker's hour), the plain-text mail's Payment Date (never an INV DATE); the Google Chat message under its
  "Today" divider prints no day (*settled* heldout286, heldout289, heldout299, heldout301 and heldout303 to
  heldout315; never a message's hour). A wire's Emirates NBD Value Date, HSBCnet's Execution date, Maybank2u
  Biz' Date, OCBC Velocity's Date, SBM Bank's Value date day first or in words, Chase's Send date month first
  the American way or in words (06/27/2026 or Jun 27, 2026, *settled* heldout272, heldout288, heldout292 and
  heldout308 to heldout315's US banks), RBC Express' Date sent in words month first or in the ISO form (Aug
  17, 2026 or 2026-08-17, *settled* heldout270, heldout271, heldout311 and heldout313 to heldout315);
  Westpac's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice, the Date written
  in the Numaish cash bill's box, Easebuzz's Started, Paytm Payment Gateway's Attempted:, the Date in the
  advance receipt's box, GoCoop's Credited on, the roll's DATE; OkCredit's "Today, <hour>" prints no day. A
  supplier's paper: the day in NHDC's "Advance received ... dated <day>" (never its invoice's later Date; new
  here, as above), the day after the dyer's "తేదీ" (date), udaan's Placed on, the Silk Marketing Board's
  Received on (never its invoice's Date), Canva Print's Tried at, the courier's DATE, the box maker's Received
  on (never its Invoice Date); the jacquard puncher's "Date: ......" left blank prints no day (*settled*
  heldout275's, heldout308's, heldout311's and heldout312's bills with their Date left blank). A banking
  page's Date & Time, Date, Sent on, the "Paid on <day>" inside the PhonePe chat's payment card; Airtel
  Thanks' "Today, <hour>" prints no day. A pay slip's Date written in the wage slip's box, Keka's "Paid on
  <day>" (never its Payslip for <month>, *settled* heldout273 and heldout303 to heldout315), PhonePe's
  Initiated, bob World's Date, Fi's Attempted on, the Date written in the salary voucher's box (never its
  Month); *settled* (new here, as heldout315's Hijri day) the Bathukamma advance's day is the day written at
  the right of its "తేదీ" (date), never the almanac's "శ్రీ పరాభవ నామ సంవత్సర ఆశ్వయుజ శుద్ధ <tithi>" (in the
  year Parabhava, Ashwayuja's bright <tithi>) over it, because the advance names one day in two calendars and
  the evaluation's days are the Gregorian calendar's (a tithi of the lunar month, as a Hijri day, is another
  reckoning of the day and not a date the page was paid on by the calendar the rest of the page keeps); Navi's
  "Today, <hour>" prints no day. A fee page's Date in the municipality's box (never its Year), the Chief
  Electrical Inspector's Date, EPFO's Initiated on : (never its Wage month), the Fire Services' Date, the Date
  written on the Exhibition Society's receipt, MeeSeva's Attempted on, the Cyber Treasury's Date of payment;
  mParivahan's "Today, <hour>" prints no day. An insurer's Receipt Date (never its Period), United India's
  Paid on, Cholamandalam MS' Tried on, ManipalCigna's Initiated on, the "received on <dd/mm/yyyy>" in Reliance
  General's SMS, the day in Universal Sompo's "by NEFT on <day>", Shriram General's DATE; IL TakeCare's
  "Today, <hour>" prints no day. A slip's DATE (dd/mm/yy, dd-mm-yyyy or dd/mm/yyyy), IRCTC's Booked on (never
  its Date of journey, *settled* heldout302 and heldout305 to heldout315's journeys), the restaurant's Date,
  the day on its own line before its hour and IST in Axis Bank's SMS (dd-mm-yy day first, *settled* heldout251
  and heldout259); the Uni Card app's "Today, <hour>" prints no day. A utility's Payment Date in TGSPDCL's box
  (never its Bill Month), HP Pay's Initiated on, Sun Direct's Attempted on, the MeeSeva roll's DATE (never its
  PERIOD), the "on <dd-mm-yyyy>" in TGSPDCL's SMS (never the thread's divider), the day at the right of the
  water supplier's "నగదు ముట్టింది" (never the month at the right of its "నెల" (month), *settled* heldout312's
  milkman's card), Excitel's Paid on; Hathway's "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> న"
  (on <day>) in the Telugu SMS (in Latin figures as the bank sends them, *settled* heldout287 and heldout308
  to heldout315), "on <dd/mm/yy>", "dated <dd-mm-yyyy>", "on <dd-mm-yy>", the Date in IndusInd Bank's mail,
  the notification's "on <dd-mm-yyyy>" (never its "<n>m"); ICICI Bank's SMS under its "Today" divider prints
  no day (*settled* heldout277's SMS under Today and the chats' "Today"). All numeric days here are day first
  (heldout251, heldout259) but Chase's month first and the ISO days. *settled*: never a Year, a Period, a Bill
  Month, a Month, a Wage month, a payslip's month, an almanac's tithi, an invoice's, a bill's or a journey's
  day, a message's hour, a chat's "Today", the day inside a UTR (heldout210) or an app's, a portal's, a
  bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (TGCO's, SAP Business Network's, the temple's, Marg's
  and the plain-text mail's NEFT or RTGS, FedCorp's and Kotak FYN's NEFT or RTGS, the Google Chat message's
  NEFT; Easebuzz's Net Banking - SBI; *settled* (heldout311's Etsy, heldout313's Amazon and heldout315's
  Jaypore) GoCoop's payout credited to the showroom's bank account; NHDC's and the Silk Marketing Board's NEFT
  or RTGS, udaan's Net Banking (SBI); the banking pages but the PhonePe chat's and Airtel Thanks' UPI; the
  wage slip's NEFT, Keka's NEFT, bob World's IMPS; the Chief Electrical Inspector's, EPFO's and the Cyber
  Treasury's Net Banking; The New India Assurance's NEFT or RTGS, ManipalCigna's Net Banking, Reliance
  General's and Universal Sompo's NEFT; TGSPDCL's Net Banking; the NEFT, IMPS and RTGS alerts); a SWIFT
  transfer either way (*settled*: Emirates NBD's SHA - shared, Chase's, Westpac's, HSBCnet's, Maybank2u Biz',
  RBC Express' Shared, OCBC Velocity's SHA, SBM Bank's SHA (shared); *settled* heldout279, heldout301 and
  heldout303 to heldout315). UPI for the UPI screens (BharatPe for Business' "UPI - <bank>", BHIM, Jupiter's
  "Paid via UPI", IDFC FIRST Bank, Groww, SIB Mirror+, KBL Mobile Plus); *settled* (new here) Kiwi's payment
  with its RuPay credit card on UPI is UPI, never card, because it went over UPI with a UPI reference like any
  other UPI payment, the credit card being only the account UPI drew it from as a savings account is on
  another app (its "Paid using Kiwi RuPay Credit Card XX1234" names the account, not the way); the tax
  invoice's "Received by UPI", OkCredit's Mode UPI, the advance receipt's Mode UPI; the jacquard puncher's
  "Recd. by UPI", the courier's PAID BY UPI, the box maker's Payment mode UPI; the PhonePe chat's and Airtel
  Thanks' UPI; PhonePe, Fi and Navi; the municipality's, the Fire Services' and mParivahan's UPI; United
  India's, IL TakeCare's and Shriram General's UPI; Hathway's, HP Pay's, TGSPDCL's SMS' and Excitel's UPI; the
  UPI alerts. Card for Paytm Payment Gateway's Visa Credit, the roll's TENDER : CARD, Canva Print's Mastercard
  Debit, MeeSeva's RuPay Debit, Cholamandalam MS' Visa Debit, the slips, IRCTC's Credit Card, the restaurant's
  "Settled: Card", Axis Bank's SMS, the Uni Card app and Sun Direct's RuPay Debit. Cash for the Numaish cash
  bill's, the dyer's, the Bathukamma advance's and the water supplier's "నగదు ముట్టింది" (cash received) in a
  Telugu hand (*settled* heldout287's "নগদ পালোঁ", heldout312's "నగదు అందింది" and heldout303 to heldout315's
  hands), the salary voucher's Mode Cash, the Exhibition Society's "Cash" written on its receipt, the MeeSeva
  roll's PAID BY CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout315): a UPI
  reference / UTR / RRN / IMPS reference (BharatPe for Business' UPI Ref. No., BHIM's "UPI లావాదేవీ ID"
  (UPI transaction ID), IDFC FIRST Bank's UPI transaction ref., Groww's UPI Ref ID, SIB Mirror+'s UPI
  Reference No., Kiwi's UPI Ref No; the UTR in TGCO's sentence, SAP Business Network's UTR (above its
  Payment Document), Marg's UTR (above its Voucher No.), the Google Chat message's UTR, the plain-text
  mail's UTR; the tax invoice's RRN (above its Bill No.), OkCredit's UPI Ref, GoCoop's UTR (above its
  Payout ID), the advance receipt's UPI Ref written in its box (above its Receipt No.), the roll's RRN
  (above its APPR CODE and its BILL NO); the UTR in NHDC's "Advance received" line (above its Invoice No.),
  the Silk Marketing Board's UTR: (above its Invoice No.), the courier's UPI TXN NO (never its AWB NO), the
  jacquard puncher's Ref written under its bill (above its Bill No.), the box maker's Transaction ref.
  (above its Invoice #); the banking pages' UTR No., UTR, IMPS Ref No., UPI Ref No.; the wage slip's UTR
  written in its box (above its Slip No.), Keka's UTR, bob World's IMPS Ref. No., Navi's UPI Ref No.; the
  municipality's UPI Ref (above its Receipt No.); The New India Assurance's UTR (above its Receipt No.),
  Shriram General's UPI REF (above its RECEIPT NO); a slip's RRN (above its AUTH and INVOICE); the alerts'
  UTR in the Telugu SMS, State Bank of India's IMPS Ref No, Karnataka Bank's NEFT UTR, IDBI Bank's UPI Ref,
  ICICI Bank's UPI:, IndusInd Bank's UTR, Central Bank of India's IMPS Ref), then a bank reference
  (FedCorp's Transaction Ref., Kotak FYN's Transaction Ref., Emirates NBD's TT Reference, Chase's Wire ID,
  Westpac's Payment reference, HSBCnet's Payment reference, OCBC Velocity's Payment ID, RBC Express' Wire
  reference, SBM Bank's Our reference, the Chief Electrical Inspector's and the Cyber Treasury's Bank Ref.
  No. (above their Transaction ID and Challan No.)), then a transaction / payment id (KBL Mobile Plus'
  Transaction ID, Easebuzz's Easebuzz Txn ID (above its Merchant order), Paytm Payment Gateway's Txn ID
  (above its Order ID), CUB All in One's Reference No., PhonePe's and Fi's Transaction ID, the Fire
  Services' Transaction ID (above its Receipt No.), MeeSeva's Txn ID, mParivahan's Transaction ID, IL
  TakeCare's Payment ID, Cholamandalam MS' Payment ref., ManipalCigna's Transaction ID, Reliance General's
  Ref in its SMS, IRCTC's Transaction ID (above its PNR), the Uni Card app's Transaction ID, TGSPDCL's
  Transaction ID (above its Receipt No., in its receipt and in its SMS), Hathway's, Sun Direct's and
  Excitel's Transaction ID, the MeeSeva roll's TXN ID (above its RECEIPT NO)), then an approval code (the
  restaurant's Auth Code), then an order's number (udaan's Order #, Canva Print's Order reference, HP Pay's
  Order ID, IRCTC's PNR (*settled* heldout126, heldout302, heldout305, heldout306, heldout311, heldout313
  and heldout315)), then a document's own number (Marg's Voucher No. and SAP Business Network's Payment
  Document (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and
  heldout303 to heldout315), the tax invoice's Bill No., the roll's BILL NO, the advance receipt's Receipt
  No., NHDC's, the Silk Marketing Board's and the box maker's Invoice No. and Invoice #, the jacquard
  puncher's Bill No., the wage slip's Slip No. and the salary voucher's Voucher No. (a payer's own numbers
  for the wage it paid), EPFO's TRRN (*settled* heldout304's CPIN and heldout306's, heldout307's,
  heldout309's and heldout313's CRN: a challan numbered when it is created), the municipality's, the Fire
  Services' and TGSPDCL's Receipt No., United India's Receipt No. (the only number its mail prints),
  Shriram General's RECEIPT NO, a slip's INVOICE, INVOICE NO and INV, the restaurant's Bill No.).
  *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, GSTIN, PAN, a society's
  registration number, a Lr. No. (a letter's file number, *settled* heldout278, heldout303, heldout304 and
  heldout306 to heldout315), an indent's number, a lot's number, a Licence No., an Application No., a
  Certificate No., a Policy No. or Policy number, an Establishment ID, a Vehicle No., a USC No., a Consumer
  No., an Account No. or Account ID, a Smart Card No., a Connection, a Loom No., a consignment's AWB NO or
  its barcode (*settled* heldout274, heldout299 and heldout303 to heldout315), a slip's MID / TID / BATCH,
  a No. left blank (the Exhibition Society's book), a bill or an invoice named on an advice, a voucher or a
  mail (the advices' invoices, Marg's "bills ...")."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout317_families import (
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

SPLIT = "heldout317"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout314's and heldout315's: the screens in
# Noto Sans, Liberation Sans (liberation), DejaVu Sans Condensed, FreeSans and Noto Sans Display; the pages in
# DejaVu Serif, Liberation Sans (liberation2), Noto Serif, Liberation Serif (liberation2), FreeSerif and
# DejaVu Sans; the society's, its suppliers' and its people's papers in Liberation Serif (liberation), Noto
# Serif Display, DejaVu Sans Condensed, FreeSerif and Liberation Sans Narrow; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Telugu (heldout294's and heldout312's) for the Telugu
# lines, form boxes, hand and SMS, DejaVu Sans Condensed for a Telugu hand's figures, a pen's italic or
# oblique (``heldout317_families.PENS``) and a page's own fixed-width face (``heldout317_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout317_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout317 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout305: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Thanjavur doll makers' workshop's year of 2026 in Tamil Nadu (Sri Ponniah Bommai
Kalaikoodam, P. Muthukumar's proprietary firm, GSTIN 33AKJPM4172K1ZD, Udyam UDYAM-TN-32-0047719, with his son
M. Karthikeyan, who takes the export orders and keeps the web shop, and S. Nandhini, who keeps its accounts:
in its workshop on Kosavar Street, Karanthai, Ponniah Pattarai, its doll makers, K. Arumugam, V. Rajendran, S.
Pandian and A. Velusamy among them, press paper pulp bound with tamarind-seed flour (puli kottai maavu) and
Cauvery vandal clay into plaster moulds made by M. Rajaram, set a weight of clay in each round base and a head
on its own pivot, and its painters, R. Selvi, M. Kannagi and P. Muthulakshmi, paint and gild them into
thalaiyatti bommai (the nodding Raja and Rani, Chettiar and Aachi), dancing dolls and golu sets (Dasavataram,
Kalyanam, Ashtalakshmi, a Chettiar's shop), while T. Ganesan fixes embossed copper deities on brass into
Thanjavur art plates; the copper and brass sheet comes from a metal dealer on Big Street, Kumbakonam, the 22
ct gold foil from a dealer in Sowcarpet, Chennai, the tamarind-seed flour, whiting and gum from a mill at
Keezha Vasal, the clay by the tractor load from P. Sekar, the waste paper from a Thanjavur paper mart, the
poster colours and enamel paints from Amazon Business, Itsy Bitsy and a paint store, the cartons from a Trichy
carton maker, and the parcels go by ST Courier; its shop on Sannathi Street by the Big Temple, Thanjai Bommai
Kadai, on land of the Thanjavur Palace Devasthanam, with Fathima Beevi and J. Dinesh at its counter; its stall
23 on North Mada Street, Mylapore, Chennai, in the last month of the Navaratri golu season; the web shop
thanjaibommai.in and a doll painting workshop it sells seats for; Poompuhar (the Tamil Nadu Handicrafts
Development Corporation), the Mylapore Kapaleeswarar temple's golu, a Chennai IT company, a hotel group, a
Chennai gifting firm, a software firm, a Mumbai interior studio and a Chennai company at home, and temple
stores, golu shops and gift shops in Edison, Singapore, Kuala Lumpur, Toronto, Dubai, East Ham, Sydney and
Colombo abroad), told by the proofs of payment it receives (buyers' BharatPe for Business on the shop's phone,
Google Pay set in Tamil, super.money, MobiKwik, Tata Neu, Kotak811, IndusInd's indie and YONO SBI screens;
Poompuhar's advice of payment received by fax, the Kapaleeswarar temple's payment intimation with its Tamil
labels, an IT company's Oracle Fusion payment notification, Standard Chartered's Straight2Bank with a hotel
group's RTGS processed, a gifting firm's Google Chat space, RazorpayX Payouts with a software firm's payout
processing, HSBCnet with an IT company's NEFT rejected and an interior studio's mail; Citi, UOB, RHB, RBC,
Emirates NBD, Lloyds, CommBank and Hatton National Bank for buyers in Edison, Singapore, Kuala Lumpur,
Toronto, Dubai, East Ham, Sydney and Colombo in US dollars, Singapore dollars, ringgit, Canadian dollars,
dirhams, pounds, Australian dollars and Sri Lankan rupees; the shop's tax invoice under a pair of nodding
dolls, the Mylapore stall's cash memo, Cashfree's pending checkout, Shopify's order mail, OkCredit, PayU's
failed page, a Swipe invoice under a PAID watermark and the workshop's entry pass) and those it makes (the
Kumbakonam metal dealer's invoice with the accountant's PAID stamp and note, the clay seller's chit in a Tamil
hand, ST Courier's booking receipt, Amazon Business' pending order, Itsy Bitsy's declined checkout, the gold
foil dealer's invoice with a highlighted line, the flour mill's bill under its Tamil name and the carton
maker's Marg ERP receipt; City Union Bank's CUB All in One, Indian Overseas Bank's internet banking, Tamilnad
Mercantile Bank's TMB mConnect+, South Indian Bank's SIB Mirror+, Federal Bank's FedMobile, the Thanjavur
Central Co-operative Bank's form, PNB ONE's shared receipt and AU 0101 for the carton maker, the metal dealer,
the clay seller, the gold foil dealer, the mould maker, the paper mart, the courier and the paint store; the
piece work account, a painter's muster card, Keka's payslip, Paytm, Jupiter, the Ayudha Pooja bonus receipt
with a thumb's impression, Vyapar's payment-out and IDFC FIRST Bank; the Thanjavur City Municipal
Corporation's property tax, EPFO's challan pending, TNREGINET's registration fee, the Labour Welfare Board's
contribution failed, the Greater Chennai Corporation's stall licence, mParivahan's road tax, the Palace
Devasthanam's rent receipt and the Fire and Rescue Services' NOC fee; The Oriental Insurance's, New India
Assurance's, ManipalCigna's, PNB MetLife's, Tata AIA Life's, Liberty General's, Zuno's and Canara HSBC Life's
premiums; cards on the shop's Pine Labs terminal and the Mylapore stall's Mswipe terminal and the firm's cards
at a Chennai hotel, a Chennai art store, on IRCTC, in Axis Bank's SMS of a spend, on SBI Card's app and on a
Thanjavur restaurant's DotPe bill; TNPDCL, MyJio, Dish TV, HP Pay, IDFC FIRST Bank FASTag, Hathway, Bharat
BillPay and a water can card; the banks' SMS, Tamil Nadu Grama Bank's SMS in Tamil, South Indian Bank's mail,
Truecaller's card over Punjab National Bank's SMS and UCO Bank's app's notifications). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout302's or heldout303's; where a kind of paper is one they also drew (a receiving business's own app, a
UPI app set in the region's language, a state crafts corporation's advice, a temple's order or letter, an
accounting program's payment advice, a corporate bank's transfer processed or sent back, a chat's message, a
payout, a payer's mail, a wire's page, a shop's tax invoice, a festival stall's cash memo, a gateway's pending
or failed page, a web shop's mail, a ledger app's entry, a supplier's invoice with its payment noted on it, a
supplier's chit in a regional hand, a carrier's roll, a marketplace's pending or failed order, a supplier's
bill under a regional name, a supplier's receipt from its program, a bank's app or page, a bank's form filled
in by hand, a shared receipt, a piece work account, a payslip, a worker's receipt, a payer's voucher, a
municipal receipt, a dues page failed or pending, an app's road tax or challan, a receipt book's page, a fire
service's fee, a premium receipt, an insurer's app, mail or SMS, a card slip approved, pending or declined, a
fare paid by card, a card issuer's app or message, a restaurant's bill settled by card, a utility's receipt,
app or mail, a tag's recharge, a gas refill, a bank's SMS in the region's language, a bank's mail, a phone's
notification), it is drawn here for another issuer in this set's own labels and marks, and near ones are
noted: BharatPe for Business on the shop's phone, where both drew Paytm for Business; Google Pay set in Tamil,
where heldout303 drew PhonePe set in Telugu; MobiKwik's payment processing, where heldout303 drew CRED's and
heldout302 Jiffy's pending; Kotak811's failure in a capsule, where heldout303 drew Amazon Pay's in an octagon
and heldout302 Samsung Wallet's on a ribbon; indie's "Today", where heldout303 drew Fi's and heldout302 Paytm
for Business' "Today"; Poompuhar's ADVICE OF PAYMENT received by fax, where heldout303 drew Golkonda
Handicrafts' letter and heldout302 Lepakshi's continuous stationery; the Kapaleeswarar temple's PAYMENT
INTIMATION with its Tamil labels, where heldout303 drew the Vemulawada temple's payment order and heldout302
the Simhachalam Devasthanam's letter; Oracle Fusion's payment notification, where heldout303 drew NetSuite's
remittance and heldout302 SAP's payment advice; Straight2Bank's RTGS processed and HSBCnet's NEFT rejected,
where heldout303 drew Kotak FYN's NEFT pending and Axis Bank's RTGS returned and heldout302 Deutsche Bank's
RTGS processed; Google Chat, where heldout303 drew Zoho Cliq and heldout302 a WhatsApp message forwarded;
RazorpayX Payouts' payout processing, where heldout302 drew Easebuzz Payouts' payout failed; the interior
studio's mail, where heldout302 drew a wedding planner's mail and heldout303 a gifting firm's plain-text
advice; Citi's CitiDirect BE, where both drew Bank of America; UOB TMRW, where heldout302 drew OCBC; RHB
Reflex, where heldout303 drew CIMB and heldout302 Maybank; RBC Express' wire returned, where heldout302 drew
Scotiabank's transfer returned; Emirates NBD's "Today", where heldout303 drew QNB's and heldout302 Hang
Seng's; Lloyds Bank, where heldout303 drew NatWest; CommBank's transfer awaiting authorisation, where
heldout303 drew CIMB's pending and heldout302 Bank of America's in process; the shop's tax invoice under a
pair of nodding dolls, where heldout303 drew one under an embossed brass plate and heldout302 one under a
kundulu; the Mylapore stall's cash memo, where heldout303 drew the Numaish stall's carbon memo and heldout302
the Mela stall's memo in a kolam's border; Cashfree's pending checkout and PayU's failed page, where
heldout303 drew SmartGateway's pending and Easebuzz's failure and heldout302 NTT DATA's pending and PayPal's
declined card; Shopify's order mail, where heldout303 drew Instamojo's and heldout302 Bikayi's; OkCredit's
entry, where heldout303 drew Khatabook's; the Swipe invoice under a PAID watermark, where heldout302 drew a
receipt under a revenue stamp; the Kumbakonam metal dealer's invoice with the accountant's note under its PAID
stamp, where heldout303 drew a rolling mill's e-invoice with a sticky note and heldout302 a metal dealer's
invoice with its typed receipt line; the clay seller's chit in a Tamil hand, where heldout303 drew a
blacksmith's chit in a Telugu hand and heldout302 a charcoal seller's account in a Telugu hand; ST Courier's
roll, where heldout303 drew TGSRTC Logistics' and heldout302 Navata's consignment note; Amazon Business'
pending order and Itsy Bitsy's declined checkout, where heldout303 drew IndiaMART's pending and Flipkart's
failure and heldout302 Tata nexarc's pending and Bizongo's failure; the gold foil dealer's typed line under a
highlighter, where heldout302 drew a metal dealer's typed receipt line; the flour mill's bill under its Tamil
name, where heldout303 drew a kachcha bill under a Hindi name and heldout302 a blacksmith's bill under a
Telugu name; Marg ERP's receipt, where heldout303 drew Zoho Invoice's payment receipt; CUB All in One's IMPS,
where heldout303 drew TGB mBanking's; Indian Overseas Bank's e-receipt, where heldout303 drew OnlineSBI's and
heldout302 The Visakhapatnam Co-operative Bank's; TMB mConnect+'s "Today", where heldout303 drew Canara ai1's
and heldout302 mBandhan's; SIB Mirror+'s NEFT failed, where heldout303 drew Vyom's and heldout302 DCB Bank's;
FedMobile's IMPS in progress, where heldout303 drew HDFC Bank's and heldout302 ESAF Mobile's NEFT in process;
the Thanjavur Central Co-operative Bank's form with its Tamil labels, where heldout303 drew the Warangal
DCCB's form in Telugu; PNB ONE's shared receipt, where heldout303 drew Axis Mobile's and heldout302 Jana's; AU
0101's fields two to a row, where heldout302 drew CSB Mobile+'s; the piece work account with gold and paint in
its margins, where heldout303 drew one on a brass sheet and heldout302 a weekly beating tally; Keka's payslip,
where heldout303 drew RazorpayX Payroll's and heldout302 Paybooks'; Paytm's pending and Jupiter's failure,
where heldout303 drew slice's pending and POP's failure and heldout302 FinoPay's pending and Suryoday's
failure; the bonus receipt with a thumb's impression, where heldout303 drew a polisher's receipt signed across
a revenue stamp and heldout302 a beater's acknowledgement; Vyapar's payment-out, where heldout303 drew a
TallyPrime voucher and heldout302 a cash voucher; IDFC FIRST Bank's "Today", where heldout303 drew bob World's
and heldout302 Equitas'; the Thanjavur Corporation's property tax e-receipt with its Tamil labels and the
Greater Chennai Corporation's stall licence, where heldout303 drew GHMC's trade licence and heldout302 GVMC's;
EPFO's challan pending and the Labour Welfare Board's failure, where heldout303 drew ESIC's pending and the
Commercial Taxes Department's failure and heldout302 the DGFT's pending and the Pollution Control Board's
failure; mParivahan's road tax, where heldout303 drew T Wallet's e-challan and heldout302 Parivahan's
eChallan; the Palace Devasthanam's rent receipt from its book, where heldout303 drew Gram Panchayat
Pembarthi's receipt book and heldout302 Budithi Gram Panchayat's; the Fire and Rescue Services' NOC fee, where
heldout302 drew the A.P. Fire Services'; The Oriental Insurance's Bharat Sookshma Udyam Suraksha receipt,
where heldout303 drew National Insurance's; New India Assurance's shopkeeper's receipt, where heldout303 drew
Royal Sundaram's and heldout302 Chola MS'; ManipalCigna's failure in an octagon, where heldout303 drew Star
Health's and heldout302 Go Digit's; PNB MetLife's mail, where heldout302 drew Shriram Life's; Tata AIA Life's
"Today", where heldout303 drew Digit's and heldout302 Star Health's; Liberty General's payment in process,
where heldout303 drew Niva Bupa's and heldout302 Aditya Birla Health's; Zuno's marine cargo certificate, where
heldout303 drew Bajaj General's mail and heldout302 Reliance General's certificate; Canara HSBC Life's SMS,
where heldout303 drew ICICI Prudential Life's; Pine Labs' slip at the shop, where heldout303 drew HDFC Bank's
and heldout302 Ezetap's; Mswipe's slip pending at the Mylapore stall, where heldout303 drew Paytm's at the
Numaish and heldout302 Mosambee's at the Mela; Worldline's slip at a Chennai hotel, where heldout303 drew Axis
Bank's at a Jagadhri hotel and heldout302 Innoviti's at a Visakhapatnam hotel; HDFC Bank's slip NOT APPROVED
for a wrong PIN at an art store, where heldout303 drew Bank of Baroda's and heldout302 Equitas' declined at a
filling station; IRCTC's booking paid by card, where heldout302 drew IndiGo's; Axis Bank's SMS of a spend,
where heldout303 drew ICICI Bank's and heldout302 RBL Bank's; SBI Card's app, where heldout303 drew OneCard's
and heldout302 the Amex app; DotPe's bill, where heldout303 drew POSist's; TNPDCL's receipt under its Tamil
name, where heldout303 drew TGNPDCL's and TGSPDCL's and heldout302 APEPDCL's; MyJio's bill paid, where
heldout303 drew Airtel Thanks'; Dish TV's mail, where heldout302 drew Sun Direct's; HP Pay's refill pending,
where heldout302 drew IndianOil ONE's Indane refill failed; IDFC FIRST Bank FASTag's recharge failed, where
heldout302 drew Equitas FASTag's pending; Hathway's "Today", where heldout302 drew Excitel's; Bharat BillPay's
receipt for water charges, where heldout303 drew HMWSSB's and heldout302 GVMC's water receipts; the water can
card written by hand, where heldout303 drew an Indane distributor's cash memo; City Union Bank's, Indian
Overseas Bank's, Tamilnad Mercantile Bank's and Federal Bank's SMS, where heldout303 drew SBI's, Union Bank of
India's, HDFC Bank's, Canara Bank's and Indian Bank's and heldout302 Karnataka Bank's, RBL Bank's, DCB Bank's
and Bandhan Bank's; Tamil Nadu Grama Bank's SMS in Tamil, where heldout303 drew Telangana Grameena Bank's and
heldout302 the Srikakulam DCCB's in Telugu; South Indian Bank's mail, where heldout303 drew Axis Bank's and
heldout302 CSB Bank's; UCO mBanking Plus' notifications, where heldout303 drew ICICI Bank's in a notification
history and heldout302 a lock screen's and a heads-up notification. Many of this set's issuers were drawn by
sets before heldout302 (heldout81's Sri Lankan rupees and dirhams as Dhs; heldout250's IRCTC; heldout258's
Poompuhar and Kumbakonam; heldout273's Tamil lines, labels, hand and SMS and its Tamil Nadu issuers: TN Urban
e-Pay, TNPDCL, Tamil Nadu Grama Bank, Tamilnad Mercantile Bank, City Union Bank, Indian Overseas Bank, South
Indian Bank, the Greater Chennai Corporation, Hathway and ST Courier; heldout279's BharatPe for Business on a
pale top with a wave; heldout289's Bharat BillPay; heldout290's and heldout291's thumb's impressions;
heldout296's to heldout299's Google Chat, Truecaller, mParivahan, UCO Bank, SBI Card's app, Tata AIA Life, PNB
MetLife and Lloyds; heldout300's and heldout301's Tata Neu, Kotak811, Jupiter, IDFC FIRST Bank, FedMobile,
Vyapar, Shopify, Swipe, Amazon Business, HP Pay, MyJio, Pine Labs, Mswipe, Worldline, Standard Chartered, RBC,
Emirates NBD and CommBank), and are drawn here in this set's own labels and arrangements; the families'
docstrings list each one's labels. This set draws kinds of row and page heldout302 and heldout303 do not: a
pair of thalaiyatti bommai as a letterhead's emblem (the Raja with his tall gold crown and moustache and the
Rani with her bun of jasmine and her nose ring, on round weighted bases painted in bands and dotted with gold,
each head set a little tilted on its own pivot as it nods; drawn as a small painting with a soft shadow at
their feet); a Thanjavur painting's gilt border as a divider (gold foil pressed over raised gesso between two
maroon edges, a running vine raised in it, red and green glass stones set in gold rings along the vine, each
with a glint); flecks of gold foil and dabs of the dolls' paint in a page's margins; a page photographed lying
on a golu step (the step's white cotton cloth with a red border striped with gold, the step above it behind a
wall dotted like a kolam, a row of painted nodding dolls standing on it, the page's shadow, the page a little
askew); a worker's left thumb's impression in violet stamp-pad ink in its box marked L.T.I. (as heldout290's
and heldout291's); Tamil lines, sentences, labels with their Tamil beside them, a Tamil hand and a bank's SMS
in Tamil in Noto Sans, Serif and Serif Slanted Tamil (heldout273's, here for Thanjavur: a UPI app set in Tamil
with its month's Tamil name, a corporation's, a temple's, two municipal corporations', a department's, a
devasthanam's, a bank's, an electricity company's and a mill's names, a temple's, a municipal receipt's and a
bank's form's labels, a clay seller's chit, a stall's cash memo, a bonus receipt and a rent receipt in a Tamil
hand, a bank's SMS); and beside them earlier sets' rows neither of them draws: heldout269's bank form's boxes
a figure to a box and a barcode; heldout273's round badge of a payee's initials and a pale PAID watermark
under the print; heldout275's tabs; heldout277's highlighter's stroke across a line and a muster's days in
rows of boxes; heldout279's pale top with a wave for its edge and a ticket's card with its notches and tear;
heldout287's fax machine's line; and heldout269's to heldout294's rows (tables ruled on every side, striped
tables, shaded labels, labels against a gutter, labels at the left and values at the right, dot leaders,
hairline rows, labels with colons, tinted outcome bands, capsules, tiles two to a row, values over their
labels, labels over their values two to a row, copyable fields, read-only fields, notice boxes, a payment's
stages across and top to bottom, large round marks, octagons, scalloped badges, tile marks, spinners, progress
bars, a ribbon, a day divider, hand-written fills and columns on a ruled page, a sum in a box, a sum set
large, boxes ticked by hand, rectangular and oval stamps, a red numbering-machine number, an accountant's
tick, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Thanjai Bommai Kadai or the firm: BharatPe for Business on the shop's phone
  (the shop under the app on a pale top with a wave for its lower edge; Transactions, Settlements and Loans
  tabs; a card: Payment received, the sum set large, "from <buyer>", UPI Ref No., the day and hour; the
  settlement's line); Google Pay set in Tamil (the payee's initials in a round badge, "பெறுநர்" (recipient)
  over the payee and its UPI ID, the sum, a large tick and "முடிந்தது" (completed), the day with its month's
  Tamil name and the hour, "<bank> ••1234 மூலம் செலுத்தப்பட்டது" (paid through <bank> ••1234) and "பரிவர்த்தனை
  விவரங்களைக் காண்க" (see the transaction's details); no reference); super.money's Payment successful under a
  large tick (the sum set large, "Paid to" over the payee; UPI Ref No. and Paid on in tiles; Debited from; a
  super.coins line); MobiKwik's Payment processing under a tile's hourglass (the sum, "to <payee>", its stages
  across the screen, a notice; UPI Ref No, Initiated on, Paying from at the left and the right); Tata Neu's
  Payment successful on a scalloped badge (the sum, "Paid to" over the payee; UPI Ref No, Date & time, Paid
  from against a gutter; a NeuCoins line); Kotak811's Payment failed in a capsule under the payee's initials
  in a round badge ("to <payee>", the sum, the reason in a notice; UPI Ref No., Attempted on, Debit account
  each in a read-only field's box); IndusInd Bank's indie with Money sent under a tile's tick ("Today,
  <hour>"; the sum set large, "to <payee>"; a copyable UPI Ref No.; From, Note; no day); YONO SBI's
  Transaction Successful under a large tick (the sum; Paid to, UPI ID, UPI Reference No., Date & Time, Debit
  A/c, Remarks in a table ruled on every side). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: Poompuhar's (the Tamil Nadu Handicrafts
  Development Corporation's) ADVICE OF PAYMENT received by fax (the fax machine's line across its top; its
  Tamil name over its English; Ref. and Date on a line; To, M/s the firm; Sub:; Inv. No. | Inv. Date | Value |
  TDS-GST 2% | Net on hairline rows, Net credited under a rule and a double rule; "The net amount of Rs. x has
  been credited to your account with ... by NEFT (UTR ...)."; for the Senior Manager (Accounts)'s signature);
  the Mylapore Kapaleeswarar temple's PAYMENT INTIMATION for its Navaratri golu under its Tamil name (Roc.
  No.; English labels with their Tamil beside them and the values after a colon: Payee / பெறுநர், Work / பணி,
  Amount / தொகை, Mode / முறை, UTR No. / யுடிஆர் எண், Date of payment / செலுத்திய தேதி; "The above amount has
  been paid to the supplier's bank account."; its oval stamp; the Executive Officer's signature); a Chennai IT
  company's Payment Notification mailed from Oracle Fusion (its sentence; Payment Number, Payment Date,
  Payment Method, Supplier, Supplier Site, Payment Amount, Bank Reference (UTR) with colons; Invoice Number |
  Invoice Date | Invoice Amount | Amount Paid in a striped table); Standard Chartered's Straight2Bank with a
  hotel group's RTGS processed (a Processed capsule at the left; Customer Reference, Bank Reference, UTR,
  Beneficiary Name, Amount, Value Date, Payment Type on hairline rows); a gifting firm's Google Chat space
  under a "Today" divider ("Paid Rs. x to <payee> via NEFT ...", "UTR: ..."; a reaction; no day); RazorpayX
  Payouts with a software firm's payout processing under a spinner (a notice; Payout ID, Beneficiary, Amount,
  Mode, Created at, Purpose each value over its label); HSBCnet with an IT company's NEFT rejected under a
  large cross (a Rejected capsule, the reason in a notice; Field | Detail in a table ruled on every side:
  Payment reference, Beneficiary, Amount, Payment type, Value date, Rejection reason); a Mumbai interior
  studio's payment intimation mail ("We have today transferred Rs. x/- ... by IMPS ..."; Payee, Amount, Mode,
  Paid on at the left and the right; no reference). All new here.

* ``export_wires``: Temple stores, golu shops and gift shops abroad paying the firm for nodding dolls, golu
  sets and art plates: Citi's CitiDirect BE with a cross-border wire completed in US dollars (a Completed
  capsule; Transaction Reference, Value Date month first, Debit Amount, Beneficiary Name, Beneficiary Bank,
  SWIFT/BIC, Payment Method in dot leaders); UOB TMRW with an overseas transfer successful in Singapore
  dollars (a large tick, the sum, "to <payee>", "on <day>"; From, Fee, Recipient gets (the rupees it converts
  to) at the left and the right; no reference); RHB Reflex's foreign telegraphic transfer receipt in ringgit
  (Status: Successful; Reference No., Transaction Date, Beneficiary Name, Beneficiary Bank, Country, Amount,
  Charges, Purpose in a table ruled on every side); RBC Express with a wire returned in Canadian dollars under
  an octagon's cross (the reason in a notice; Payment ID, Payee, Amount, Value date as an ISO day, Charges,
  Return reason with colons); Emirates NBD's app with a transfer completed in dirhams under a tile's tick
  ("Today, <hour>"; the sum, "to <payee>"; Reference No. and Transfer type in tiles; Charges; no day); Lloyds
  Bank's international payment confirmation in pounds (its sentence; Payment reference, Date sent,
  Beneficiary, Beneficiary bank, SWIFT BIC, Amount, Charges on hairline rows); CommBank's CommBiz with an
  international money transfer in Australian dollars awaiting authorisation (a capsule, its stages across the
  page, a notice; Receipt number, Payee, Payee bank, Amount, Date, Charges against a gutter); Hatton National
  Bank's outward remittance advice in Sri Lankan rupees (its sentence; Transaction Ref. No., Value Date,
  Beneficiary, Beneficiary Bank, Amount, Charges, Purpose in a striped table). All new here.

* ``own_receipts``: The firm's own papers, its shop or itself on top: Thanjai Bommai Kadai's TAX INVOICE under
  a pair of nodding dolls, its Tamil name and a gilt border, to a Chennai company (Invoice No. and Date on a
  line; Buyer and Place of Supply; # | Item | HSN | Qty | Rate | Amount on hairline rows; Taxable, CGST 2.5%,
  SGST 2.5%, Total; Amount in words; "Received by UPI, Ref ..." over a green rectangular PAID stamp); the
  Mylapore golu stall's CASH MEMO in the golu season, photographed lying on a golu step (its Tamil name over
  its English; No. left blank; Date and Name written in; the dolls written in ruled columns, Total;
  "ரொக்கமாகப் பெற்றுக்கொண்டோம்" (we received it in cash) in a Tamil hand; no reference); Cashfree's checkout
  for the web shop with the payment being processed in an octagon's three dots (a notice; Order ID, Cashfree
  Ref ID, Amount, Payment mode, Initiated on in shaded labels); Shopify's order confirmation mail for the web
  shop ("Thank you for your purchase!"; Order, the dolls on hairline rows; Subtotal, Shipping, Total, Payment,
  Razorpay payment ID, Paid on at the left and the right); OkCredit's entry of a payment received ("Today,
  <hour>"; the shop under the app, the customer, Payment received, the sum set large, "via UPI", UPI Ref;
  Balance; no day); PayU's hosted page with a company's gift order's payment failed under a red ribbon (the
  reason in a notice; PayU ID and Amount in tiles; Txn ID, Payment mode, Attempted on at the left and the
  right); the firm's TAX INVOICE made in Swipe for a hotel group's order under a pale PAID watermark (Invoice
  #, Invoice Date; Bill To; the pieces and their GST in a striped table; Total; Amount Received, Mode, UTR,
  Received on against a gutter); the shop's ENTRY PASS for a doll painting workshop in its app, on a ticket's
  card with a tear across it (the shop; Booking ID, Workshop on, Seats, Amount paid, Paid via, UPI Ref, Booked
  on in dot leaders; a barcode). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Kumbakonam metal dealer's TAX
  INVOICE for the art plates' copper and brass sheet and copper wire (Invoice No. beside its earlier Date;
  Buyer; the metal by the kilo in a table ruled on every side, CGST 9%, SGST 9%, Total) with the accountant's
  "NEFT, UTR ..." and "on <day>" written under it and the firm's green PAID stamp; a clay seller's chit in a
  Tamil hand on a ruled page, photographed lying on a golu step (his name in Latin letters at its head; "தேதி"
  (date) and the day, "பொன்னையா பொம்மை கலைக்கூடம் அவர்களுக்கு" (to Ponniah Bommai Kalaikoodam); the loads of
  vandal clay (வண்டல் மண்) and the loading wage (ஏற்று இறக்கு கூலி) with their sums, "மொத்தம் ரூ." (total
  Rs.), "ரொக்கம் பெற்றுக்கொண்டேன்" (I received cash); no reference); ST Courier's booking receipt on a torn
  roll (CNOTE NO and its barcode, DATE, FROM, TO, PCS, WT, CHARGES, FSC 20%, GST 18%, TOTAL, PAID BY, UPI REF
  typed in its printer's face); Amazon Business' order of poster colours and brushes with the payment pending
  under a spinner (a notice; Order ID, Sold by, Items, Amount, Payment, Placed on at the left and the right);
  Itsy Bitsy's checkout with the card declined on a scalloped badge (the reason in a notice; Order No.,
  Amount, Card, Attempted on in dot leaders); a Chennai gold foil dealer's TAX INVOICE (Invoice No. and its
  Date; the books of foil on hairline rows; CGST 1.5%, SGST 1.5%, Total) with its billing program's typed line
  of the IMPS received marked by the accountant's highlighter; a tamarind-seed flour mill's BILL under its
  Tamil name (Date left as dots; To written in; the flour, whiting and gum written in ruled columns, Total;
  "Pd. GPay, Ref ..." in the hand with the accountant's tick; no day); a Trichy carton maker's RECEIPT printed
  from Marg ERP (Receipt No., Date, Received from, Amount, Mode, Cheque/Ref. No. with colons; Against Bill |
  Date | Amount on hairline rows; the sum in words; its signature). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: City Union Bank's CUB All in One with an
  IMPS to the carton maker successful under a tile's tick (the sum, "to <payee>"; Beneficiary, Account No.,
  IFSC, IMPS Ref No, Date & Time, Remarks in a table ruled on every side); Indian Overseas Bank's internet
  banking Funds Transfer Receipt of a NEFT to the Kumbakonam metal dealer (its sentence; Transaction Ref No,
  UTR No, From Account, Beneficiary Name, Beneficiary A/c, IFSC, Amount, Charges, Date, Status in shaded
  labels); Tamilnad Mercantile Bank's TMB mConnect+ with a UPI payment to the clay seller ("Today, <hour>"; a
  large tick, the sum, "to <payee>" over his UPI ID; a copyable UPI Ref No.; From, Note; no day); South Indian
  Bank's SIB Mirror+ with a NEFT failed on a tinted band (the reason in a notice; Beneficiary, Amount, UTR,
  Date, Reason each value over its label); Federal Bank's FedMobile with an IMPS to the mould maker in
  progress over a progress bar (a notice; Beneficiary, Amount, IMPS Ref No, Initiated on, From in dot
  leaders); the Thanjavur Central Co-operative Bank's NEFT / RTGS APPLICATION filled in by hand under its
  Tamil name (the Remitter printed; English labels with their Tamil and the values written in: Date / தேதி,
  Beneficiary / பயனாளி, IFSC / ஐஎஃப்எஸ்சி, Amount / தொகை; the account number written a figure to a box; NEFT
  and RTGS in boxes, NEFT ticked; the branch's TRANSFERRED stamp; UTR written in by the branch); PNB ONE's
  shared receipt of a NEFT to the courier under the payee's initials (Transaction successful, "<sum> paid to
  <payee>", "on <day>", "via NEFT"; no reference); AU Small Finance Bank's AU 0101 with an IMPS to the paint
  store successful on a scalloped badge (the sum set large, "to <payee>"; IMPS Ref No and Date, From A/c and
  Remarks, each label small over its value two to a row). All new here.

* ``worker_pay``: The firm paying its doll makers, painters, metal worker and the shop's staff: the workshop's
  PIECE WORK ACCOUNT under its Tamil heading "கூலி கணக்கு" (wage account), gold foil flecks and paint dabs in
  its margins (Worker written in; the days' work, pieces, rate and sum written in ruled columns, Total; "Paid
  in cash" and Paid on written in; his "Recd." and name; no reference); a painter's MUSTER CARD for a month
  (Painter and Month written in; her days in two rows of boxes, each ticked, marked A or left empty on a
  Sunday; Days worked, Day's wage and Wages in dot leaders; Paid on written in; "Paid by UPI, Ref ..." in the
  hand); Keka's payslip for the shop's salesperson (Employee No and Name, Designation and Joined, Bank and UAN
  with colons; Earnings | Amount | Deductions | Amount in a table ruled on every side; Net Pay under a rule
  and a double rule; "Net pay credited on <day> by NEFT, UTR ..."); Paytm's payment to a mould maker pending
  in a capsule (the sum, "to <payee>", its stages top to bottom; UPI Ref No, Started on, From at the left and
  the right); Jupiter's payment to a doll maker failed under a large cross (the sum, "to <payee>", the reason
  in a notice; UPI Ref No and Attempted on in tiles; From); the workshop's AYUDHA POOJA BONUS RECEIPT for a
  doll maker who signs with his thumb (its Tamil heading; No. struck in red; Date, Name, Amount written in;
  "ரொக்கமாகப் பெற்றுக்கொண்டேன்" (I received it in cash) in a Tamil hand; his left thumb's impression in a box
  marked L.T.I.; a witness); Vyapar's PAYMENT-OUT printed for a painter's advance (Receipt No. and Date on a
  line; Paid To; Description | Amount on hairline rows; Total, Paid, Payment Type, Ref. No. at the left and
  the right; Amount in words); IDFC FIRST Bank's app with a UPI payment to the art plate's metal worker
  ("Today, <hour>"; a large tick, the sum, "to <payee>"; a copyable UPI Ref No.; From, Remarks; no day). All
  new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: the Thanjavur City Municipal
  Corporation's property tax e-receipt for the workshop from TN Urban e-Sevai under its Tamil name (English
  labels with their Tamil beside them and the values after a colon: Assessment No., Owner, Ward, Half Year,
  Amount Paid, Receipt No., Transaction ID, Payment Date, Mode); EPFO's ECR challan pending at the bank (a
  capsule, its stages across the page, a notice; TRRN, Establishment ID, Wage month, Total amount, Bank Ref.
  No. awaited, Payment mode, Initiated on in a table ruled on every side); the Registration Department's
  e-payment receipt on TNREGINET for the shop's lease deed under its Tamil name (a Success capsule at the
  left; Application No., Fee, Amount, Payment Reference No., Bank Ref. No., Paid on, Mode on hairline rows);
  the Tamil Nadu Labour Welfare Board's contribution failed under a large cross (a Failed capsule, the reason
  in a notice; Establishment, Year, Employees, Amount, Transaction ID, Mode, Attempted on in shaded labels);
  the Greater Chennai Corporation's e-receipt of the Mylapore golu stall's temporary licence under its Tamil
  name (Receipt No., Zone, Location, Period, Amount, Transaction ID, Paid on, Mode with colons); mParivahan's
  road tax paid for the delivery van (the department under the app's bar, the RTO and "Today, <hour>"; a
  tile's tick, Tax paid successfully, the sum; Vehicle No., Tax period, Transaction ID, Bank Ref No., Paid via
  at the left and the right; no day); the Thanjavur Palace Devasthanam's RENT RECEIPT from its book for the
  shop on Sannathi Street under its Tamil name (No. left blank; Date, Received from, Shop No., Month written
  in; Rs. in a box; "ரொக்கமாகப் பெறப்பட்டது" (received in cash) in a Tamil hand; its oval stamp; the clerk's
  signature; no reference); the Tamil Nadu Fire and Rescue Services' NOC renewal fee receipt for the workshop
  (Payment received; Fire NOC No., Premises, Fee, Challan No., Bank Reference, Payment Date, Mode in a striped
  table). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or named in its message:
  The Oriental Insurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy
  (Receipt No., Receipt Date, Policy No., Insured, Risk Location, Sum Insured, Premium, CGST 9%, SGST 9%,
  Total Premium, Mode, UTR in shaded labels); New India Assurance's premium receipt for the shop's
  shopkeeper's policy (its sentence "Received with thanks from ..."; two fields to a row in a table ruled on
  every side: Receipt No. and Date, Policy No. and Period, Premium and GST 18%, Total and Mode, UPI Ref. and
  Office; a signature); ManipalCigna's app with a health renewal's card payment failed in an octagon (the
  insurer under the app, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on each
  value over its label); PNB MetLife's mail of a term premium received (its sentence; Policy Number, Plan,
  Premium, Payment mode, Transaction ID, Next due date at the left and the right); Tata AIA Life's app with a
  premium paid (the insurer under the app, "Today, <hour>"; a tile's tick, Premium paid, the sum; Policy No.
  and Transaction ID in tiles; "Paid via UPI AutoPay"; no day); Liberty General's motor renewal payment in
  process for the delivery van (a capsule, a progress bar, a notice; Quote No., Vehicle, Premium, Transaction
  ID, Mode, Initiated on with colons); Zuno General Insurance's marine cargo certificate page for an export
  consignment to Colombo (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total,
  Payment, Transaction ID, Payment Date in a striped table); Canara HSBC Life's SMS of a premium received
  ("Dear Customer, premium of Rs.x/- received for Policy No. ... on <dd-mm-yyyy> through UPI AutoPay. Thank
  you. - Canara HSBC Life"; no reference). All new here.

* ``card_slips``: Cards on the shop's and the Mylapore stall's terminals and the firm's cards elsewhere: Pine
  Labs' SALE slip on City Union Bank's terminal at Thanjai Bommai Kadai (DATE and TIME on a line, MID, TID,
  BATCH NO and INVOICE NO on a line, the card's number, CARD TYPE, APPR CODE, RRN; TOTAL; APPROVED, PIN
  VERIFIED OK, CARDHOLDER COPY); Mswipe's slip on Indian Bank's terminal at the Mylapore golu stall in the
  golu season with the host not answering (CARD SALE; DATE, TIME, TID, INV NO, CARD, AMOUNT; STATUS : PENDING,
  HOST NOT RESPONDING, DO NOT REPEAT THE TRANSACTION); Worldline's CHARGE SLIP at a Chennai hotel (each label
  and its value after a colon: Date, Time, MID, TID, Batch and Invoice, Card, Auth Code, RRN, Amount; TXN
  APPROVED); HDFC Bank's slip at a Chennai art store NOT APPROVED (55 INCORRECT PIN, NO AMOUNT DEBITED);
  IRCTC's booking confirmation for the Thanjavur - Chennai Egmore journey to the stall paid by card (Booking
  confirmed. Payment successful.; PNR, Train, Date of Journey, Passengers, Ticket Fare, Convenience Fee, Total
  Amount, Paid by, Transaction ID, Booked on in dot leaders); Axis Bank's SMS of a spend on the firm's credit
  card ("Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy> <hh:mm:ss> <MERCHANT> Avl Lmt INR y ..."; no
  reference); SBI Card's app with a spend at a mobile store ("Today, <hour>"; the merchant's line and its
  town, the sum, Approved; Card and Reference No. in tiles; Category; no day); a Thanjavur meals restaurant's
  TAX INVOICE from DotPe settled by card (Bill No, Date and Table; the dishes; Sub Total, CGST 2.5%, SGST
  2.5%, Grand Total; "Paid by Card", the card and its Appr. code). All new here.

* ``utility_bills``: The workshop's and the shop's bills: TNPDCL's online payment receipt for the workshop
  under its Tamil name (Service No., Name, Region, Bill Month, Amount, Receipt No., Transaction ID, Bank Ref.
  No., Payment Date, Mode in a striped table); MyJio's JioFiber bill paid for the shop under a large tick (the
  company under the app, the sum set large; Account No., Transaction ID, Paid on, Paid via each value over its
  label); Dish TV's recharge mail (its sentence; VC No., Recharge Amount, Transaction ID, Recharge Date,
  Payment Mode, Pack against a gutter); HP Pay's refill of a commercial cylinder for the kiln pending in an
  octagon's three dots ("for HP Gas", a notice; Booking No., Distributor, Amount, Payment, Initiated on at the
  left and the right); IDFC FIRST Bank FASTag's recharge for the delivery van failed on a tinted band (the
  tag's bank under the app, the reason in a notice; Vehicle No., Tag ID, Amount, Transaction Ref., Mode,
  Attempted on in dot leaders); Hathway's broadband bill paid on a scalloped badge (the company under the app,
  "Today, <hour>"; Payment successful, the sum; Customer ID and Transaction ID in tiles; Paid via; no day);
  Bharat BillPay's receipt for the Thanjavur Corporation's water charges (a Successful capsule; Biller Name,
  Consumer No., Bill Amount, Customer Convenience Fee, Total Amount, B-Connect Txn ID, Payment Mode, Date &
  Time in a table ruled on every side); a water can supplier's MONTHLY CAN CARD for the workshop (the supplier
  on top; Name and Month written in; the days' cans written in ruled columns, Total; "Recd. cash on <day>" and
  his initials; no reference). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in City Union Bank's ("Your a/c no.
  XXXXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...) -CUB"), Indian
  Overseas Bank's ("Your A/c XXXXX1234 debited INR x on <dd-Mon-yyyy> by NEFT to <PAYEE>. UTR: ... Avl Bal INR
  y -IOB"), Tamilnad Mercantile Bank's ("TMB: Your RTGS of Rs.x to <PAYEE> dated <dd/mm/yy> is in process. UTR
  ...") and Federal Bank's ("Your IMPS of Rs.x to <PAYEE> initiated on <dd-mm-yyyy> has failed. Ref No ...
  Amount, if debited, will be refunded. -Federal Bank") wordings; Tamil Nadu Grama Bank's SMS in Tamil in a
  card in the phone's messages thread under its day divider ("உங்கள் கணக்கு XX1234 இலிருந்து <dd-mm-yyyy>
  அன்று UPI மூலம் <PAYEE> க்கு ரூ. x பற்று வைக்கப்பட்டது. குறிப்பு எண் ... -TNGB" (from your account XX1234 on
  <day> Rs. x was debited by UPI to <PAYEE>; reference number ...)); South Indian Bank's mail ("Your account
  XX1234 has been debited by INR x on <dd/mm/yyyy> towards NEFT to <PAYEE>. Available balance ..."; no
  reference); Punjab National Bank's SMS under Truecaller's card in its inbox (the card: Debited and the day,
  the sum set large, "To <PAYEE>", Ref No.; the SMS under it: "Ac XX1234 debited INR x dt <dd-mm-yy> thru IMPS
  to <PAYEE> Ref ... -PNB"); UCO Bank's UCO mBanking Plus notifications (its Debit alert under "Just now":
  "Rs.x debited from A/c XX1234 towards NEFT to <PAYEE>. UTR ..."; older notices under it; no day). All new
  here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Tamil and Noto Serif Tamil
(heldout273's, regular and bold, fonts-noto-core) for the Tamil lines, labels and SMS and Noto Serif Tamil
Slanted (heldout273's) for the Tamil hand, its figures and Latin letters in the page's pen; an italic or
oblique for the hand (``heldout305_families.PENS``), a fixed-width face of the page's own
(``heldout305_families.TYPES``) and DejaVu Sans Mono for the fax machine's line (heldout287's). The Mylapore
stall's cash memo and its card slip are drawn in the stall's month (20 September to 19 October 2026), the
stall's licence in the week before it, the IRCTC booking in the weeks before the journey to it, the
Kapaleeswarar temple's golu order in the golu season (8 September to 19 October 2026) and the Ayudha Pooja
bonus in the nine days before Ayudha Pooja (19 October 2026); the other days anywhere in 2026. GST is 5% on
the firm's dolls and art plates (HSN 4823 papier-mache, 6913 clay, 8306 art plates; CGST 2.5% and SGST 2.5% to
Chennai buyers) and on the meals restaurant's food, 3% on gold and silver foil (CGST 1.5% and SGST 1.5%), 18%
on the copper and brass sheet and wire (CGST 9% and SGST 9%), on the courier's charges and on the workshop's,
the shop's and the export cargo's general insurance (CGST 9% and SGST 9%, GST 18%); the health and life
premiums carry none and the delivery van's motor renewal prints none; TDS-GST (2% in all) is deducted by
Poompuhar, a state corporation, as the law asks of it; the flour mill's bill and the clay seller's chit carry
none.

Truth conventions (heldout303's, heldout302's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  super.money's, Tata Neu's and YONO SBI's "Paid to", after "to" on MobiKwik, Kotak811 and indie; the shop,
  the firm, the firm as a bank's field cuts it (SRI PONNIAH BOMMAI KALAI) or the shop with its town (THANJAI
  BOMMAI KADAI THANJAVUR); never the app, the payer, a UPI ID, the initials in a payee's badge or "from
  <buyer>". *settled* (heldout303's PhonePe in Telugu): a UPI app set in the region's language reads as the
  same app in English, here the name under Google Pay's "பெறுநர்" (recipient). *settled* (heldout268 to
  heldout303): a receiving business's own app pays the business named under the app, here the shop under
  BharatPe for Business (never BharatPe or the buyer after "from"). *settled* (heldout167 to heldout303): a
  payer's advice pays the one it pays, never the payer on top or a salutation; here the firm after Poompuhar's
  "To" as M/s. (*settled* heldout281, heldout285 and heldout303; never the Corporation, its Tamil name or
  Poompuhar), the Payee / பெறுநர் on the temple's intimation (never the temple, its Tamil name or its
  Executive Officer), Oracle Fusion's Supplier (never the IT company on top), Straight2Bank's Beneficiary Name
  (never the bank or the hotel group), the payee in the Google Chat message ("Paid Rs. x to <payee> via NEFT",
  never the writer over it, the space or the gifting firm, *settled* heldout286, heldout299, heldout301 and
  heldout303), RazorpayX's Beneficiary (never RazorpayX or the software firm), HSBCnet's Beneficiary (never
  the bank or the IT company), the studio's Payee (never the studio on top or "Dear Karthikeyan"). *settled*
  (heldout155 to heldout303): an inward wire pays the firm, here Citi's and RHB's Beneficiary Name, the name
  after "to" on UOB TMRW and Emirates NBD, RBC's Payee, Lloyds' and Hatton National Bank's Beneficiary,
  CommBank's Payee; never the remitter, its line or the bank on top. *settled* (heldout175 to heldout303): the
  firm's own paper pays its shop or itself on top, here THANJAI BOMMAI KADAI on its tax invoice (never its
  Tamil line, the firm it is a unit of or its Buyer), the shop on top of the Mylapore stall's memo (never the
  Name written in), of Cashfree's, Shopify's and PayU's pages (never the gateway, Shopify, the buyer or the
  company the page was sent for) and on its entry pass, the firm on top of its Swipe invoice (never its Bill
  To); *settled* (heldout268 to heldout303) the business named on top of OkCredit's entry, as a business's own
  app (never OkCredit or the customer under it). A name in Tamil over its English: the English line, never the
  Tamil (*settled* heldout273, as heldout294's Telugu and heldout303's Hindi and Urdu). *settled* (heldout187
  to heldout303): a supplier's name on top of its own paper, here SRI KAMATCHI METAL MART (never its Buyer or
  the firm's PAID stamp on it), the clay seller's name written in Latin letters at his chit's head (P. Sekar;
  *settled* heldout294 and heldout303; never its Tamil lines), ST Courier on top of its roll (never its
  branch), Amazon Business' Sold by (never Amazon Business), Itsy Bitsy on top of its checkout, SRI BALAJI
  GOLD FOILS, SRI VINAYAGA MAAVU MILL under its Tamil name (never its To written in), TRICHY CARTONS &
  PACKAGING on top (never its Received from). *settled* (heldout179 to heldout303): a banking page pays the
  payee, here the name after "to" on CUB All in One, TMB mConnect+ and AU 0101, IOB's Beneficiary Name, SIB
  Mirror+'s and FedMobile's Beneficiary, the Beneficiary / பயனாளி written on the co-operative bank's form
  (never its Remitter or the bank's Tamil name), the payee after PNB ONE's "paid to" (never the initials over
  it). *settled* (heldout150 to heldout303): a pay slip pays the worker, here the Worker written on the piece
  work account (never the workshop or its Tamil heading), the Painter written on the muster card, Keka's Name
  (never the firm on top), the name after "to" on Paytm, Jupiter and IDFC FIRST Bank, Vyapar's Paid To
  (*settled* heldout295, heldout301 and heldout303: a payer's voucher pays the party on its line; never the
  firm on top), the Name written on the bonus receipt of one who signs with his thumb (*settled* heldout290's
  and heldout291's receipts with a thumb's impression: the thumb signs as a signature does; never the firm,
  its Tamil heading or the witness). *settled* (heldout153 to heldout303): a fee page pays the authority as
  printed, here the Thanjavur City Municipal Corporation (or Thanjavur Corporation) under its Tamil name
  (never the Owner), EPFO (or its full name) on top, the Registration Department under the state's Tamil line
  (never TNREGINET or the Sub Registrar Office), the Tamil Nadu Labour Welfare Board on top (never the
  Establishment), the Greater Chennai Corporation (or GCC) under its Tamil name, the Transport Department
  under mParivahan's bar (*settled* heldout272, heldout301 and heldout303: never the app or the RTO's line),
  THANJAVUR PALACE DEVASTHANAM under its Tamil name (never the temple's line under it or Received from), the
  Tamil Nadu Fire and Rescue Services on top. *settled* (heldout199 to heldout303): an insurer's receipt pays
  the insurer on top (full or short as printed), under its app's bar (ManipalCigna Health Insurance, Tata AIA
  Life Insurance) or named in its SMS (Canara HSBC Life), never the Insured, Received with thanks from or a
  salutation. A slip's counter name line as printed (THANJAI BOMMAI KADAI, THANJAI BOMMAI KADAI - MYLAPORE or
  its first part, the hotel, the art store), never *settled* the terminal's bank or brand over it (CITY UNION
  BANK, Pine Labs Plutus, INDIAN BANK, WORLDLINE, HDFC BANK); IRCTC on top of its booking (*settled*
  heldout272, heldout282, heldout300 and heldout302: the carrier whose fare the card paid on top of its
  receipt); SBI Card's merchant line over its town (*settled* heldout297, heldout301 and heldout303's card
  issuer's app); the restaurant on top of its bill (never DotPe); *settled* (new here) the name after the day
  and the hour in Axis Bank's card SMS ("... XX1234 11-08-26 19:09:46 SARAVANA CRAFT STORES Avl Lmt ..."),
  because Axis prints the merchant after the spend's time with no word before it, where ICICI Bank
  (heldout303) writes "on" and SBI Card (heldout300) "at". A utility's biller: TNPDCL's company under its
  Tamil name (its full name or TNPDCL as printed; never the Name), Reliance Jio Infocomm under MyJio's bar and
  Hathway Cable & Datacom under Hathway's (*settled* heldout301 and heldout303: the company, never the app),
  Dish TV on top of its mail, after "for" on HP Pay (HP Gas; *settled* heldout289: never its Distributor), the
  tag's bank under the FASTag app's bar (IDFC FIRST Bank FASTag, *settled* heldout295 and heldout302), Bharat
  BillPay's Biller Name (*settled* heldout289; never Bharat BillPay), SRI AMMAN AQUA on top of its can card
  (never the Name written in). An SMS, mail or notification alert's payee as the bank sends it (*settled*, the
  truncated name as printed, without the sentence's full stop, read across its lines where it wraps): City
  Union Bank's "credited to <PAYEE> (UPI Ref", IOB's "NEFT to <PAYEE>. UTR:", TMB's "to <PAYEE> dated",
  Federal Bank's "to <PAYEE> initiated" (*settled* heldout289), South Indian Bank's "towards NEFT to
  <PAYEE>.", PNB's "IMPS to <PAYEE> Ref", UCO's "towards NEFT to <PAYEE>. UTR"; *settled* (new here) the Tamil
  SMS' "<PAYEE> க்கு" (to <PAYEE>), because a bank's SMS in Tamil prints the payee as its English does and
  marks it with the Tamil "to" after it (as heldout294's Telugu SMS' "<PAYEE> కు"); *settled* (new here)
  Truecaller's card over a bank's SMS reads as the SMS it shows: its "To <PAYEE>", its sum, its Debited, its
  day and its Ref No. are the SMS' payee, sum, debit, day and reference, because the app lifts them from the
  message printed under it.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), BharatPe's,
  super.money's and indie's sum set large (its paise raised where it has them, its whole rupees cut, never
  rounded, *settled* heldout277). *settled* (heldout152 to heldout303): a payer's advice counts its net sum,
  here Poompuhar's Net credited (its sentence's sum the same; never a Value or a TDS-GST 2%, *settled*
  heldout296, heldout298, heldout301 and heldout303), the temple's Amount / தொகை, Oracle Fusion's Payment
  Amount (never an Invoice Amount or an Amount Paid where there are several), Straight2Bank's, RazorpayX's and
  HSBCnet's Amount, the Rs. x in the Google Chat message, the studio's Rs. x/- (its Amount the same).
  *settled* (heldout155 to heldout303): an inward wire's foreign sum, here US dollars (USD or $, *settled*
  heldout282), Singapore dollars (S$ or SGD, *settled* heldout289 and heldout302), ringgit (RM or MYR,
  *settled* heldout216 and heldout303), Canadian dollars (CAD before or after or C$, *settled* heldout239,
  heldout271 and heldout301), dirhams (AED before the sum, *settled* heldout214, or Dhs, *settled* heldout81),
  pounds (the pound's sign or GBP), Australian dollars (A$, AUD before or $ with AUD after, *settled*
  heldout202, heldout289 and heldout301), Sri Lankan rupees with their code (LKR 907,000.00 is 907000.00,
  *settled* heldout81); never a Fee, Charges or a converted sum in rupees (UOB's Recipient gets, *settled*
  heldout279, heldout287 and heldout301). *settled* (heldout175 to heldout303): a receipt counts the sum
  received, here the tax invoice's Total (never Taxable, CGST 2.5%, SGST 2.5% or a line's Amount), the stall
  memo's Total written in (never a line's Rs.), Cashfree's and PayU's Amount, Shopify's Total (never Subtotal
  or Shipping), the sum large on OkCredit (never its Balance), the Swipe invoice's Total (its Amount Received
  the same; never a line's Amount or its GST), the entry pass' Amount paid. A whole sum closed with /- is that
  sum in whole rupees (heldout259). *settled* (heldout187 to heldout303): a supplier's paper counts the sum
  paid, here the metal dealer's Total (never CGST 9%, SGST 9% or a line's Amount), the clay seller's "மொத்தம்
  ரூ." (total Rs.) written in (never a load's sum or the loading wage alone; *settled* heldout294 and
  heldout302), ST Courier's TOTAL (never CHARGES, FSC 20% or GST 18%), Amazon Business' and Itsy Bitsy's
  Amount, the gold foil dealer's Total (its typed RECEIVED RS. the same; never CGST 1.5% or SGST 1.5%), the
  flour mill's Total written in (never a line's Rs. or a Rate), the Marg receipt's Amount (its words the same;
  never a bill's Amount where there are several). A banking page's sum, the co-operative bank's form's Amount
  / தொகை written in. *settled* (heldout167 to heldout303): a pay slip's net sum, here the piece work account's
  Total written in (never a Rate or a line's Rs.), the muster card's Wages (never the Days worked or the Day's
  wage), Keka's Net Pay (never Gross Earnings, an earning or a deduction), the sums on Paytm, Jupiter and IDFC
  FIRST Bank, the bonus receipt's Amount written in, Vyapar's Paid (its Total and words the same). A fee
  page's Amount Paid / செலுத்திய தொகை, Total amount, Amount, Fee, mParivahan's sum, the Rs. in the rent
  receipt's box. An insurer's premium with its GST where it carries one (*settled*), here The Oriental
  Insurance's Total Premium (never Premium, CGST 9%, SGST 9% or the Sum Insured), New India's Total (never
  Premium or GST 18%), Zuno's Total (never Premium, GST 18% or the Sum Insured), ManipalCigna's, Liberty
  General's and PNB MetLife's Premium (PNB MetLife's sentence's sum the same), Tata AIA Life's sum, the Rs.x/-
  in Canara HSBC Life's SMS. A slip's TOTAL, AMOUNT, Amount, IRCTC's Total Amount (never its Ticket Fare or
  Convenience Fee), the INR x in Axis Bank's SMS (never its Avl Lmt), SBI Card's sum large, the restaurant's
  Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish). A utility's Amount, the sums large, Dish
  TV's Recharge Amount (its sentence's sum the same), Bharat BillPay's Total Amount (its Bill Amount the same;
  never the Customer Convenience Fee), the can card's Total written in (never a day's Rs.). An alert's sum
  debited as worded (grouped the Indian or the English way or not at all), never an Avl Bal or an Available
  balance. Currency INR but on the wires.

* status: as printed. BharatPe's Payment received, super.money's and Tata Neu's Payment successful, indie's
  Money sent, YONO SBI's Transaction Successful successes; *settled* (heldout303's PhonePe in Telugu) Google
  Pay's "முடிந்தது" (completed) a success, the Tamil screen printing the English screen's Completed word for
  word; MobiKwik's Payment processing pending; Kotak811's Payment failed failed. A payer's own record of the
  payment made (*settled*, as heldout287's, heldout295's, heldout301's and heldout303's vouchers and
  remittances): Oracle Fusion's "A payment has been made to your bank account", the temple's "The above amount
  has been paid to the supplier's bank account."; Poompuhar's "has been credited", Straight2Bank's Processed
  (*settled* heldout302's Deutsche Bank), the Google Chat message's "Paid", the studio's "We have today
  transferred" successes; RazorpayX's Payout processing pending (as heldout299's Cashfree Payouts' transfer
  pending); HSBCnet's Rejected failed (as heldout301's ICICI Bank's RTGS Rejected and heldout303's Axis Bank's
  RTGS returned). A wire's Completed (Citi), UOB's Transfer successful, RHB's Status: Successful, Emirates
  NBD's Transfer completed, Lloyds' "has been sent", Hatton National Bank's "has been completed" successes;
  CommBank's Awaiting authorisation pending (*settled* heldout303's Kotak FYN: a payment held at the payer's
  authoriser is a wait, not a failure); RBC's Wire payment returned failed. A receipt's "Received by UPI" over
  its PAID stamp, the stall memo's "ரொக்கமாகப் பெற்றுக்கொண்டோம்" (we received it in cash) in a Tamil hand
  (*settled* heldout273's Tamil "received in cash" and heldout294's Telugu hand's), Shopify's "Your payment
  was received", the Swipe invoice's Amount Received, the entry pass successes; *settled* (heldout303's
  Khatabook) OkCredit's Payment received a success; *settled* (new here) the entry pass a success, because the
  shop issues a seat's pass only once its price is paid (its UPI Ref printed on it), as a booking's
  confirmation is; Cashfree's "Payment is being processed" pending; PayU's PAYMENT FAILED failed. A supplier's
  "NEFT, UTR ..." written under its invoice over the firm's PAID stamp (*settled*, as heldout298's,
  heldout299's and heldout303's accountants' notes), the clay seller's "ரொக்கம் பெற்றுக்கொண்டேன்" (I received
  cash) in a Tamil hand, ST Courier's PAID BY UPI with its UPI REF (*settled* heldout300 and heldout303:
  printed only once paid), the gold foil dealer's typed "RECEIVED RS. ... BY IMPS", "Pd. GPay, Ref ..."
  written on the mill's bill under the accountant's tick, the Marg receipt's Amount successes; Amazon
  Business' Payment pending pending; Itsy Bitsy's Payment declined failed. A banking page's Fund transfer
  successful, IOB's "has been processed successfully", TMB's Payment Successful, PNB ONE's Transaction
  successful, AU 0101's Money transferred, the UTR written in under the branch's TRANSFERRED stamp (*settled*
  heldout274, heldout296, heldout298, heldout301 and heldout303) successes; FedMobile's IMPS in progress
  pending; SIB Mirror+'s Transaction failed failed. A pay slip's "Paid in cash" on the piece work account, the
  muster card's "Paid by UPI", Keka's "Net pay credited on ... by NEFT", IDFC FIRST Bank's Payment successful,
  the bonus receipt's "ரொக்கமாகப் பெற்றுக்கொண்டேன்" (I received it in cash) over the worker's thumb, Vyapar's
  Paid (a payer's own record of money paid, as heldout300's Vyapar Payment Out) successes; Paytm's Payment
  pending pending; Jupiter's Payment failed failed. A fee page's receipt with its Transaction ID (the
  Thanjavur Corporation, the Greater Chennai Corporation), TNREGINET's Success, mParivahan's Tax paid
  successfully, the rent receipt's "ரொக்கமாகப் பெறப்பட்டது" (received in cash), the Fire and Rescue Services'
  Payment received successes; EPFO's Payment pending at bank pending; the Labour Welfare Board's Failed
  failed. An insurer's PREMIUM RECEIPT with its UTR (The Oriental), New India's "Received with thanks", PNB
  MetLife's "We have received", Tata AIA Life's Premium paid, Zuno's "Your payment was successful", Canara
  HSBC Life's "received" successes; Liberty General's Payment in process pending; ManipalCigna's Payment
  failed failed. A slip's APPROVED, TXN APPROVED, IRCTC's "Booking confirmed. Payment successful.", SBI Card's
  Approved, the restaurant's "Paid by Card" with its Appr. (*settled* heldout297, heldout298 and heldout303)
  successes; Axis Bank's "Spent INR x" a success (*settled* heldout300's SBI Card "spent" and heldout303's
  ICICI Bank "spent"); Mswipe's STATUS : PENDING with HOST NOT RESPONDING and DO NOT REPEAT THE TRANSACTION
  pending (*settled* heldout282 and heldout299 to heldout303); HDFC Bank's NOT APPROVED (55 INCORRECT PIN)
  failed. A utility's receipt with its Transaction ID (TNPDCL), MyJio's and Hathway's Payment successful, Dish
  TV's "Your recharge ... is successful", Bharat BillPay's Successful, the can card's "Recd. cash" successes;
  HP Pay's Payment pending pending; IDFC FIRST Bank FASTag's Recharge failed failed. *settled*: an SMS, mail,
  card or notification alert's debit a success whatever its bank's wording (City Union Bank's "is debited for
  ... and credited to", IOB's "debited", South Indian Bank's "has been debited by", PNB's "debited" and
  Truecaller's Debited over it, UCO's "debited from"); *settled* (new here) the Tamil SMS' "பற்று
  வைக்கப்பட்டது" (was debited) a success, because பற்று is a bank's Tamil word for a debit (as heldout294's
  Telugu "డెబిట్ అయింది"); TMB's "is in process" pending (as heldout303's Union Bank of India's "is under
  process"); Federal Bank's "has failed" failed.

* date: the day paid. A UPI screen's day and hour: BharatPe's day and hour in its card, super.money's Paid on,
  MobiKwik's Initiated on, Tata Neu's Date & time, Kotak811's Attempted on, YONO SBI's Date & Time; *settled*
  (new here) Google Pay's day with its month's Tamil name (30 நவம்பர் 2026 is 2026-11-30), because the app
  prints the month in the language its user chose and the day and the year in figures (as heldout303's Telugu
  screen reads as its English); indie's "Today, <hour>" prints no day (*settled*). Poompuhar's Date on its
  Ref.'s line (the fax line's day the same; never an Inv. Date), the temple's Date of payment / செலுத்திய
  தேதி, Oracle Fusion's Payment Date (never an Invoice Date), Straight2Bank's Value Date, RazorpayX's Created
  at, HSBCnet's Value date, the studio's Paid on (its "today" the same); the Google Chat message under its
  "Today" divider prints no day (*settled* heldout286, heldout289, heldout299, heldout301 and heldout303;
  never a message's hour). A wire's Value Date month first the American way on Citi's page (06/19/2026 is
  2026-06-19, *settled* heldout272) or in words (Jun 19, 2026, *settled* heldout288 and heldout292), UOB's "on
  <day>", RHB's Transaction Date, RBC's Value date as an ISO day (2026-08-14, *settled* heldout270 and
  heldout271), Lloyds' Date sent, CommBank's Date, Hatton National Bank's Value Date; Emirates NBD's "Today,
  <hour>" prints no day (*settled*). A receipt's Date on the tax invoice and written on the stall memo,
  Cashfree's Initiated on, Shopify's Paid on, PayU's Attempted on, the Swipe invoice's Received on (never its
  Invoice Date), the entry pass' Booked on; OkCredit's "Today, <hour>" prints no day; *settled* (new here)
  never the entry pass' Workshop on, because the seat is paid the day it is booked and the workshop's day is
  the class's, as a Date of journey is the journey's (*settled* heldout302). A supplier's "on <day>" written
  under its invoice (never its Date), the clay seller's "தேதி" (date) and the day, ST Courier's DATE, Amazon
  Business' Placed on, Itsy Bitsy's Attempted on, the day in the gold foil dealer's typed RECEIVED line (never
  its Date), the Marg receipt's Date (never a bill's Date); the mill's Date left as dots prints no day
  (*settled* heldout289 and heldout303). A banking page's Date & Time, Date, Initiated on, PNB ONE's "on
  <day>", the Date / தேதி written on the co-operative bank's form; TMB mConnect+'s "Today, <hour>" prints no
  day. A pay slip's Paid on written on the piece work account and the muster card (never a day in its rows,
  the Month or the days in its boxes, *settled* heldout298, heldout301 and heldout303), Keka's "credited on
  <day>" (never the payslip's month or its Joined, *settled* heldout273 and heldout303), Paytm's Started on,
  Jupiter's Attempted on, the bonus receipt's Date written in, Vyapar's Date; IDFC FIRST Bank's "Today,
  <hour>" prints no day. A fee page's Payment Date / செலுத்திய தேதி (never the Half Year), EPFO's Initiated on
  (never its Wage month), TNREGINET's Paid on, the Labour Welfare Board's Attempted on (never its Year), the
  Greater Chennai Corporation's Paid on (never its Period), the Date written on the rent receipt (never its
  Month), the Fire and Rescue Services' Payment Date; mParivahan's "Today, <hour>" prints no day. An insurer's
  Receipt Date, Date, ManipalCigna's Attempted on, the day in PNB MetLife's sentence (never its Next due
  date), Liberty General's Initiated on, Zuno's Payment Date, the "on <dd-mm-yyyy>" in Canara HSBC Life's SMS;
  Tata AIA Life's "Today, <hour>" prints no day. A slip's DATE (dd/mm/yy, dd-mm-yyyy or dd/mm/yyyy), Date (dd
  Mon yyyy), IRCTC's Booked on (never its Date of Journey, *settled* heldout302), the restaurant's Date, the
  "<dd-mm-yy>" before the hour in Axis Bank's SMS; SBI Card's "Today, <hour>" prints no day. A utility's
  Payment Date (never a Bill Month), Paid on, Recharge Date, Initiated on, Attempted on, Bharat BillPay's Date
  & Time, the "on <day>" written on the can card (never its Month or the days in its rows); Hathway's "Today,
  <hour>" prints no day. The alerts' "on <dd-mm-yyyy>", "on <dd-Mon-yyyy>", "dated <dd/mm/yy>", "initiated on
  <dd-mm-yyyy>", "on <dd/mm/yyyy>", "dt <dd-mm-yy>" (its Truecaller card's day the same); *settled* (new here)
  the Tamil SMS' "<dd-mm-yyyy> அன்று" (on <day>, in Latin figures as the bank sends them), because the Tamil
  "on" follows the day it marks (as heldout294's Telugu "<dd-mm-yyyy> న"); UCO's "Just now" prints no day
  (*settled* heldout279, heldout287 and heldout303's "now"). All numeric days here are day first (heldout251,
  heldout259) but Citi's month first and RBC's ISO day. *settled*: never a Period, a Half Year, a Year, a
  Month, a Bill Month, a Wage month, a payslip's month, a Joined day, an invoice's, a bill's, a due, a
  journey's or a workshop's day, a fax's, an e-mail's or a message's hour, the day inside a UTR (heldout210)
  or inside an app's, a portal's, a bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Poompuhar's NEFT or RTGS, the temple's NEFT or RTGS,
  Oracle Fusion's Electronic (NEFT or RTGS), Straight2Bank's RTGS, the Google Chat message's NEFT, RazorpayX's
  IMPS (*settled* heldout302's Easebuzz Payouts' IMPS), HSBCnet's NEFT, the studio's IMPS; Cashfree's and
  PayU's Net Banking, the Swipe invoice's NEFT or RTGS; the metal dealer's NEFT or RTGS, Amazon Business' Net
  Banking, the gold foil dealer's IMPS, the Marg receipt's Bank Transfer; the banking pages but TMB
  mConnect+'s UPI, the co-operative bank's NEFT ticked; Keka's NEFT; EPFO's, TNREGINET's, mParivahan's and the
  Fire and Rescue Services' Net Banking; The Oriental's NEFT, PNB MetLife's, Liberty General's and Zuno's Net
  Banking; TNPDCL's and Hathway's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way
  (*settled*: Citi's cross-border wire (SHA), UOB's overseas transfer, RHB's and Lloyds' SHA, RBC's shared
  charges, Emirates NBD's SWIFT, CommBank's international money transfer, Hatton National Bank's telegraphic
  transfer (OUR); *settled* heldout279, heldout301 and heldout303). UPI for the UPI screens, Google Pay's "...
  மூலம் செலுத்தப்பட்டது" (paid through ...) and BharatPe's UPI Ref No.; the tax invoice's "Received by UPI",
  Shopify's UPI (Razorpay), OkCredit's "via UPI", the entry pass' UPI; ST Courier's PAID BY UPI, the mill's
  "Pd. GPay"; TMB mConnect+'s UPI; the muster card's UPI, Paytm, Jupiter, Vyapar's and IDFC FIRST Bank's UPI;
  the Thanjavur Corporation's and the Greater Chennai Corporation's UPI; New India's UPI, Tata AIA Life's and
  Canara HSBC Life's UPI AutoPay (*settled* heldout268, heldout271 and heldout274); MyJio's, HP Pay's, IDFC
  FIRST FASTag's and Bharat BillPay's UPI; the UPI alerts. Card for Itsy Bitsy's Debit card, the Labour
  Welfare Board's Debit Card, ManipalCigna's Credit card, the slips, IRCTC's Credit Card, Axis Bank's SMS, SBI
  Card's app, the restaurant's "Paid by Card" and Dish TV's Debit Card. Cash for the stall memo's and the clay
  seller's "ரொக்கம்" (cash) in a Tamil hand (*settled* heldout273 and heldout294), the piece work account's
  "Paid in cash", the bonus receipt's and the rent receipt's "ரொக்கமாக" (in cash) in a Tamil hand, the can
  card's "Recd. cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout303): a UPI
  reference / UTR / RRN / IMPS reference (BharatPe's UPI Ref No., super.money's, MobiKwik's, Tata Neu's,
  Kotak811's and indie's UPI Ref No, YONO SBI's UPI Reference No.; Poompuhar's UTR (above its Ref.), the
  temple's UTR No. / யுடிஆர் எண், Oracle Fusion's Bank Reference (UTR), Straight2Bank's UTR (above its Bank
  Reference and Customer Reference), the Google Chat message's UTR:; the tax invoice's UPI Ref, OkCredit's UPI
  Ref, the Swipe invoice's UTR, the entry pass' UPI Ref; the UTR written under the metal dealer's invoice, ST
  Courier's UPI REF, the gold foil dealer's IMPS REF, the mill's Ref, the Marg receipt's Cheque/Ref. No. (the
  UTR); the banking pages' IMPS Ref No, UTR No, UPI Ref No., UTR, the UTR written on the co-operative bank's
  form; Keka's UTR, the muster card's Ref, the apps' UPI Ref No, Vyapar's Ref. No.; The Oriental's UTR, New
  India's UPI Ref.; a slip's RRN; the alerts' UPI Ref no, UTR:, UTR, Ref No, the Tamil SMS' குறிப்பு எண்
  (reference number), PNB's Ref (its Truecaller card's Ref No. the same)), then a bank reference (Citi's
  Transaction Reference, RHB's Reference No., RBC's Payment ID, Emirates NBD's Reference No., Lloyds' Payment
  reference, CommBank's Receipt number, Hatton National Bank's Transaction Ref. No., HSBCnet's Payment
  reference, IOB's Transaction Ref No (under its UTR No), TNREGINET's, mParivahan's and TNPDCL's Bank Ref. No.
  and the Fire and Rescue Services' Bank Reference (above their other numbers)), then a transaction / payment
  id (RazorpayX's Payout ID (*settled* heldout302's Easebuzz Payout ID), Cashfree's Cashfree Ref ID, Shopify's
  Razorpay payment ID, PayU's PayU ID, ManipalCigna's Payment ID, PNB MetLife's, Tata AIA Life's, Liberty
  General's and Zuno's Transaction ID, IRCTC's Transaction ID (above its PNR), SBI Card's Reference No., the
  Thanjavur Corporation's, the Labour Welfare Board's and the Greater Chennai Corporation's Transaction ID,
  TNREGINET's Payment Reference No., mParivahan's, MyJio's, Dish TV's, Hathway's and TNPDCL's Transaction ID,
  IDFC FIRST FASTag's Transaction Ref., Bharat BillPay's B-Connect Txn ID (*settled* heldout289's BBPS Txn Ref
  ID)), then an approval code (APPR CODE, Auth Code, the restaurant's Appr.), then an order's number
  (Cashfree's Order ID, Shopify's Order, PayU's Txn ID, Amazon Business' Order ID, Itsy Bitsy's Order No., the
  entry pass' Booking ID, IRCTC's PNR (*settled* heldout126 and heldout302), HP Pay's Booking No.), then a
  document's own number (Poompuhar's Ref., Oracle Fusion's Payment Number and Straight2Bank's Customer
  Reference (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and
  heldout303), the tax invoice's Invoice No., the Swipe invoice's Invoice #, the metal dealer's and the gold
  foil dealer's Invoice No., the Marg receipt's and Vyapar's Receipt No., the bonus receipt's No. struck in
  red (as heldout303's money receipt's), the Thanjavur Corporation's and the Greater Chennai Corporation's
  Receipt No., EPFO's TRRN (*settled* heldout300 and heldout302: the number of a return's challan), the Fire
  and Rescue Services' Challan No., The Oriental's and New India's Receipt No., a slip's INVOICE NO, INV NO,
  Invoice and INVOICE, the restaurant's Bill No, TNPDCL's Receipt No.); *settled* (new here) PayU's Txn ID an
  order's number under its PayU ID, because the web shop gives its order that number when it sends the buyer
  to pay and the PayU ID is the gateway's own id of the payment. *settled*: never a card, account, phone or
  mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, a UAN, an Employee No, an
  Establishment ID, a Policy No. or Policy Number, a Quote No., a Certificate No., an Application No., an
  Assessment No., a Service No., a Consumer No., a Customer ID, an Account No., a VC No., a Tag ID, a Vehicle
  No., a Fire NOC No., a Shop No., a CNOTE NO (a consignment's number, as an LR NO, *settled* heldout274,
  heldout299 and heldout303), a slip's MID / TID / BATCH, a No. left blank, the temple's Roc. No. (its file's
  number, *settled* heldout278 and heldout303's Rc. No.), a bill or an invoice named on an advice or a receipt
  (Poompuhar's, Oracle Fusion's and the Marg receipt's bills), EPFO's Bank Ref. No. still awaited."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout305_families import (
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

SPLIT = "heldout305"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout302's and heldout303's: the screens in
# Noto Sans, DejaVu Sans, Liberation Sans (liberation2), FreeSans and Noto Sans Display; the pages in DejaVu
# Serif, Noto Serif Display, Liberation Sans (liberation), FreeSerif, Noto Sans and DejaVu Sans Condensed; the
# firm's, its suppliers' and its people's papers in Noto Serif, Liberation Serif (liberation2), DejaVu Serif
# Condensed, FreeSans and Liberation Sans Narrow; the slips in four monos in another order; beside them Noto
# Sans, Serif and Serif Slanted Tamil (heldout273's) for the Tamil lines, labels, hand and SMS, a pen's italic
# or oblique (``heldout305_families.PENS``), a page's own fixed-width face (``heldout305_families.TYPES``) and
# DejaVu Sans Mono for a fax machine's line (heldout287's).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
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


def make_heldout305_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout305 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

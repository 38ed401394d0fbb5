"""heldout314: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Paithani weavers' firm's year of 2026 in Yeola, Nashik district, Maharashtra
(Ambekar Paithani Vinkar Udyog, आंबेकर पैठणी विणकर उद्योग, a partnership firm of the brothers Dattatray and
Vasant Ambekar, GSTIN 27AAKFA3814Q1ZC, Udyam UDYAM-MH-20-0041873, with Dattatray Ambekar its managing partner
and master weaver, Vasant Ambekar, who keeps its looms' shed at Babhulgaon, Sunanda Ambekar, who keeps its
showroom, Rohit Ambekar, who keeps the web shop and the export orders, Prakash Gaikwad, who keeps its
accounts, Manisha Pawar, its saleswoman, and Ganesh Shinde, its helper: its karagir (Sopan Kshirsagar, Rekha
Bhandare, Sanjay Dhokane, Anita Khairnar, Balu Ronge, Savita Lonari, Nitin Pardeshi and Mangal Jadhav among
them) weave pure mulberry silk Paithanis on their own looms in Yeola's weavers' lanes and round Babhulgaon,
the borders and the pallus in zari worked in the tapestry weave with small bobbins (kandi) of coloured silk,
peacocks in bangles (bangdi mor), parrots (muniya), the asavali vine, lotuses and the narali teeth, into
sarees with a single muniya border, a bangdi mor pallu or a kadiyal border, nine-yard nauvaris, dupattas,
stoles, blouse pieces and phetas; the twisted silk comes from a Bengaluru silk twister, the zari from a Surat
zari works, the dyeing from a Yeola silk dyer, the shuttles, bobbins and loom repairs from a Yeola carpenter,
the catalogue's photographs from a Nashik studio, hang tags and visiting cards from Printo, a steam press from
Amazon Business, the Silk Mark labels from the Silk Mark Organisation of India, and the parcels go by DTDC and
a Yeola courier; its showroom at Vinchur Chaufuli on the Nagar-Manmad road, Mor Paithani Dalan, मोर पैठणी
दालन; its stall at the Bhimthadi Jatra in Pune in December; the web shop morpaithani.in on Instamojo and PayU
and its Flipkart store; the Maharashtra State Handlooms Corporation, a Pune saree store, a Mumbai designer's
studio, a Mumbai home label, a Hyderabad boutique, a Bengaluru e-retailer, a Nashik wedding family and a hotel
company through Invoicemart at home, and a saree house in Edison, a silk house in Harrow, a Paithani shop in
Dubai, a saree shop in Singapore, a handloom shop in Brampton, a saree studio in Auckland, a Marathi shop in
Port Louis and a sari house in Paris abroad), told by the proofs of payment it receives (buyers' Paytm for
Business on the Dalan's phone, PhonePe set in Marathi, Freecharge, ICICI Bank's iMobile Pay, slice, Google
Pay's chat with the Dalan, AU Small Finance Bank's AU 0101 and Bajaj Finserv; the Corporation's payment
intimation under its Marathi name, a Pune store's Tally Prime voucher, ICICI Bank's Corporate Internet Banking
with a studio's RTGS pending for approval, a Mumbai label's Slack channel, Axis Bank's neo for Corporates with
a boutique's NEFT returned, a Bengaluru e-retailer's NetSuite payment mail, a wedding family's WhatsApp
message and Invoicemart's factoring unit funded; Bank of America's CashPro, NatWest's Bankline, Mashreq's NEO
BIZ, DBS IDEAL, TD Business Banking, ASB's FastNet Business, MCB's Juice and BNP Paribas for buyers in Edison,
Harrow, Dubai, Singapore, Brampton, Auckland, Port Louis and Paris in US dollars, pounds, UAE dirhams,
Singapore dollars, Canadian dollars, New Zealand dollars, Mauritian rupees and euros; the Dalan's tax invoice
under a peacock, the jatra stall's cash memo in a Marathi hand lying on a Paithani, Instamojo's payment page,
PayU's failed checkout, Vyapar's payment receipt, Flipkart Seller Hub's settlement in progress, Khatabook's
entry and the Dalan's receipt book) and those it makes (the silk twister's invoice stamped PAID, the zari
works' receipt, Amazon Business' pending order, the dyer's bill in a Marathi hand, the carpenter's bill, the
studio's Refrens invoice, Printo's declined checkout and DTDC's app; Bank of Maharashtra's mahaMobile Plus,
Yes Bank's IRIS, IndusInd Bank's IndusMobile, Amazon Pay, Punjab National Bank's PNB ONE, the Nashik District
Central Co-operative Bank's NEFT / RTGS application, Paytm's payment shared into a chat and Saraswat Bank's
mobile banking for the zari works, the silk twister, the carpenter, the dyer, the studio, a printer, the
courier and a packaging house; a weaver's wage account in a Marathi hand, Zoho Payroll's payslip, Paytm, a
Diwali advance in a Marathi hand, Canara Bank's Canara ai1, Google Pay, super.money and PagarBook; Yeola
Municipal Council's property tax e-receipt in Marathi rows, GRAS' e-challan for the profession tax, the Silk
Mark Organisation of India's failed label order, Aaple Sarkar's receipt, MahaTraffic's challan, the Bhimthadi
Jatra's stall fee book, the GST portal's pending challan and the Maharashtra Labour Welfare Board's receipt;
Bajaj General's, Star Health's, Tata AIG's, Digit's, LIC's, Niva Bupa's, National Insurance's and Royal
Sundaram's premiums; cards on the Dalan's Worldline and the jatra stall's Pine Labs terminals, at a Pune
hotel's Mswipe terminal with a tip, in ICICI Bank's SMS, on a Nashik misal house's POSist bill, at a Yeola
hardware shop, on MSRTC and on the OneCard app; MSEDCL, MyJio, BSNL Selfcare, HelloBPCL, Babhulgaon Gram
Panchayat's receipt book, Tata Play's SMS, a newspaper agency's bill in a Marathi hand and Hostinger; the
banks' SMS, the Nashik District Central Co-operative Bank's SMS in Marathi, Saraswat Bank's mail, Kotak
Mahindra Bank's notification in the shade and Indian Overseas Bank's WhatsApp banking). One payment per page,
each drawn from its own seed (heldout314-<i>) in a face the seed chooses, with its degraded copy made from the
same stream by heldout14_render's ``degrade``, so that the set is drawn the same every time. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout312's or heldout313's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (Paytm, PhonePe, Google Pay, Amazon, Axis Bank, ICICI Bank, Canara Bank, Kotak Mahindra Bank, Yes Bank,
DBS, Jio, Tally and WhatsApp among the issuers; a receiving business's own app, a UPI app set in the region's
language, an app's failure, pending, no-reference or "Today" page, a state corporation's advice, an accounting
program's payment, a corporate bank's page with a transfer waiting or sent back, a channel's message, a
payer's message naming its day, a wire's page, a shop's tax invoice, a stall's cash memo, a gateway's failed
page, a ledger app, a marketplace's payout, a receipt with its number struck in red, a supplier's invoice with
its payment noted on it, a supplier's bill in a regional hand, a carrier's receipt, a marketplace's pending
order, a supplier's cash bill, a co-operative bank's form filled in by hand, a payment shared into a chat, a
work account in a regional hand, a payslip, a festival advance receipt, a municipal receipt in regional
labels, a pending tax, a fee failed, a stall fee receipt from a book, a premium receipt, an insurer's app,
mail or SMS, a card slip approved, pending or declined, a fare paid by card, a card issuer's app or message, a
restaurant's bill settled by card, a utility's receipt, app or SMS, a refill paid, a hand-written monthly
bill, a bank's SMS in the region's language, a bank's mail, a phone's notification, a bank's WhatsApp
message), it is drawn here for another issuer in this set's own labels and marks, and near ones are noted:
Paytm for Business on the Dalan's phone with its soundbox's words and its details against a gutter, where
heldout313 and heldout312 drew PhonePe Business in a ticket's card; PhonePe set in Marathi with its details in
bilingual ledger rows and its "आज" (today), where heldout312 drew Paytm set in Telugu with its tagged labels;
iMobile Pay's payment in progress over a progress bar with colons, where heldout313 drew YONO SBI's pending
with its stages top to bottom and heldout312 BHIM SBI Pay's under a spinner; slice's dark screen with its
values over their labels, where heldout313 drew CRED's dark "Today"; Google Pay's chat with the Dalan on top
and no reference, where heldout313 drew Paytm's payment with its details folded away and heldout312
JioFinance's shared card with none; AU 0101's failure on a tinted band against a gutter, where heldout313 drew
PayZapp's failure under a large round cross and heldout312 digibank's; Bajaj Finserv's initials in a round
badge over a table ruled on every side, where heldout312 drew Axis Mobile's initials in a round badge against
a gutter; the Maharashtra State Handlooms Corporation's PAYMENT INTIMATION under its Marathi name in a striped
table with its round seal, where heldout313 drew SIMFED's PAYMENT ADVICE under its Nepali name on hairline
rows and heldout312 TGHDC's REMITTANCE ADVICE under its Telugu name, both with rectangular stamps; Tally
Prime's Payment Voucher, where heldout313 drew Odoo's Vendor Payment and heldout312 Zoho Books' Payment Made;
ICICI Bank's RTGS pending for approval with its stages left to right, where heldout313 drew SBI's Corporate
Internet Banking with its stages across the page and heldout312 YONO Business' with its stages top to bottom;
the Slack channel under "Today", where heldout313 and heldout312 drew Microsoft Teams; Axis Bank neo's NEFT
returned in an octagon with read-only fields, where heldout313 drew HDFC Bank ENet's NEFT returned under a
ribbon and heldout312 Canara Bank's on a scalloped badge's cross; NetSuite's Bill Payment with colons, where
heldout313 drew Odoo's and heldout312 Zoho Books'; the wedding family's WhatsApp message naming its day and no
reference, where heldout313 drew a hotel owner's mail in the Gmail app naming its day; Bank of America's wire
with colons, the day month first, where heldout313 and heldout312 drew Wells Fargo's; NatWest's pounds against
a gutter, where heldout312 drew Barclays' pounds in a sentence; Mashreq's transfer pending authorisation under
a spinner, where heldout313 drew Wells Fargo's wire pending approval and heldout312 CIMB's in process; DBS
IDEAL's sentence with no reference, where heldout313 drew Bendigo Bank's and heldout312 Barclays'; TD's
striped table, the day year first, where heldout313 drew ABN AMRO's striped table; ASB's payment returned
under a ribbon with its values over their labels, where heldout313 drew Shinhan Bank's remittance returned in
an octagon and heldout312 UBS' rejected; MCB Juice's "Today", where heldout313 drew PostFinance's and
heldout312 CommBank's; BNP Paribas' French and English labels in a table ruled on every side, where heldout313
drew ABN AMRO's Dutch and Nordea's Norwegian and heldout312 Deutsche Bank's German; the Dalan's tax invoice
under a peacock in a table ruled on every side with the Silk Mark's label, where heldout313 drew one under a
cane hat and heldout312 one under a Cherial mask, both in striped tables; the jatra stall's cash memo in a
Marathi hand lying on a Paithani, where heldout313 drew the festival stall's memo in a Nepali hand lying on a
Lepcha cloth and heldout312 the jatra stall's bill in a Telugu hand lying on a scroll; PayU's failure under a
large round cross in shaded labels, where heldout313 drew Razorpay's under a tile's cross and heldout312
BillDesk's; Vyapar's Payment Receipt and Khatabook's "Today", where both drew myBillBook; Flipkart Seller
Hub's settlement in progress, where heldout313 drew Amazon Seller Central's payment mail and heldout312
Amazon's disbursement mail; the Dalan's receipt book with its No. struck in red on bilingual blanks, where
heldout313 drew the society's receipt in bilingual form cells and heldout312 an advance receipt on dotted
lines; the silk twister's invoice stamped PAID with the accountant's hand under it, where heldout313 drew the
yarn dealer's invoice with a sticky note and heldout312 the khadi store's; Amazon Business' pending order in
dot leaders, where both drew Moglix's; the dyer's bill in a Marathi hand, where heldout313 drew the cane
cutter's chit in a Nepali hand and heldout312 the trader's bill and the saw mill's carbon bill in a Telugu
hand; the carpenter's cash bill with no reference, where heldout313 drew the carpenter's bill and heldout312
the framer's with their Dates left blank; the studio's Refrens invoice under a PAID watermark, where
heldout313 drew the packaging house's Zoho invoice and heldout312 the paper-tube maker's Tally invoice;
Printo's declined card, its labels over their values two to a row, where both drew Vistaprint's; DTDC's app
with its "Today", where heldout313 drew India Post's roll and heldout312 The Professional Couriers' receipt;
IRIS' NEFT failed in an octagon, where heldout313 drew FedMobile's failure on a tinted band and heldout312
PhonePe's under a tile's cross; IndusMobile's IMPS in dot leaders, where heldout313 drew Cent Mobile's NEFT
and heldout312 KVB DLite's in dot leaders; Amazon Pay's "Today", where heldout313 drew BHIM's and heldout312
Google Pay's; PNB ONE's NEFT in process with its stages left to right, where heldout313 drew HDFC Bank's in
process over a progress bar and heldout312 the Karimnagar District Central Co-operative Bank's; the Nashik
District Central Co-operative Bank's application under its Marathi name with its round seal, where heldout313
drew the Sikkim State Co-operative Bank's under its Nepali name with its rectangular stamp; Paytm's payment
shared as text into the courier's chat with no reference, where heldout312 drew FedMobile's share in a chat
and heldout313 Google Pay's picture; Saraswat Bank's IMPS under a green ribbon against a gutter, where
heldout313 drew YONO Business' under a green ribbon with its values over their labels; the weaver's wage
account in a Marathi hand in bilingual ledger rows, where heldout313 drew one in a Nepali hand in form cells
and heldout312 the painter's work account in a Telugu hand; Zoho Payroll's payslip, where both drew greytHR's;
Paytm's payment processing under a spinner, where heldout313 drew Navi's pending and heldout312 Navi's
processing; the Diwali advance in a Marathi hand, where heldout313 drew a Tendong Lho Rum Faat advance in a
Nepali hand and heldout312 a Dasara advance in a Telugu hand; Canara ai1's IMPS with its values over their
labels, where heldout313 drew IDFC FIRST Bank's against a gutter; Google Pay's failure under a large round
cross, where heldout313 drew PhonePe's in an octagon and heldout312 Groww's; super.money's "Today", where
heldout312 drew MobiKwik's and heldout313 WhatsApp's payment under "Today"; PagarBook's entry, where
heldout313 drew the helper's salary voucher and heldout312 the helper's payment voucher; Yeola Municipal
Council's e-receipt in bilingual ledger rows, where heldout313 drew Mangan Nagar Panchayat's in stacked
bilingual labels and heldout312 Cheriyal Municipality's in Telugu tags; GRAS' e-challan in a table ruled on
every side, where heldout313 drew the Sikkim e-challan pending and heldout312 the Income Tax challan receipt;
the Silk Mark Organisation of India's failure on a tinted band, where heldout313 drew the Income Tax
Department's failure on one and heldout312 the GI Registry's; MahaTraffic's "Today", where heldout313 drew the
e-Transit Pass' and heldout312 T App Folio's; the jatra's stall fee receipt from its book with its oval stamp,
where heldout313 drew the Directorate's stall fee receipt and heldout312 the devasthanam's; the GST portal's
challan pending over a progress bar, where heldout313 drew the e-challan pending at the bank and heldout312
the profession tax pending; Bajaj General's premium receipt in a striped table, where both drew IFFCO-Tokio's;
Star Health's renewal under process under a spinner, where heldout313 drew Care Health's under verification
and heldout312 Generali Central's; Tata AIG's mail against a gutter, where heldout313 drew Magma General's in
shaded labels and heldout312 Liberty General's in a table ruled on every side; Digit's failure in an octagon,
where both drew HDFC ERGO's; Niva Bupa's "Today", where heldout313 drew SBI General's and heldout312 Care
Health's; National Insurance's agent's receipt with no reference, where heldout313 drew SBI Life's SMS and
heldout312 ACKO's policy with none; Royal Sundaram's SMS, where heldout313 drew SBI Life's and heldout312 Axis
Max Life's; Worldline's slip two fields to a line, where both drew Razorpay POS' slips; Mswipe's slip with a
tip, where heldout313 drew State Bank of India's and heldout312 Yes Bank's; Pine Labs' answer timed out, where
heldout313 drew Paytm's card machine's and heldout312 BharatPe Swipe's; ICICI Bank's card SMS, where both drew
HDFC Bank's; POSist's bill, where both drew Petpooja's; Axis Bank's slip declined, where heldout313 drew HDFC
Bank's and heldout312 ICICI Bank's; MSRTC's e-ticket in shaded labels, where heldout312 drew TGSRTC's against
a gutter and heldout313 SpiceJet's booking; OneCard's dark "Today", where heldout313 drew the SBI Card app's
and heldout312 Scapia's; MSEDCL's receipt in bilingual ledger rows, where heldout313 drew the Energy & Power
Department's in form cells and heldout312 TGNPDCL's in Telugu tags; MyJio's "Today", where both drew Airtel
Thanks'; BSNL Selfcare's failure on a tinted band, where heldout313 drew Vi's under a tile's cross and
heldout312 Dish TV's; HelloBPCL's refill paid, where heldout312 drew Indane's pending refill; the gram
panchayat's water tax receipt from its book, where heldout313 drew the Water Security & PHE Department's; Tata
Play's SMS, where heldout313 drew IndianOil's and heldout312 TGNPDCL's; the newspaper agency's bill in a
Marathi hand, where both drew a milkman's card in the region's hand; Hostinger's payment processing, where
heldout313 drew DishTV's recharge pending and heldout312 Indane's; the Nashik District Central Co-operative
Bank's SMS in Marathi in a bubble, where heldout313 drew the Sikkim State Co-operative Bank's in Nepali and
heldout312 Telangana Grameena Bank's in Telugu; Bank of Maharashtra's, Canara Bank's, Punjab National Bank's
and Yes Bank's SMS in their own wordings, where heldout313 drew State Bank of India's, Bank of Baroda's, UCO
Bank's and Central Bank of India's and heldout312 SBI's, Karur Vysya Bank's, Indian Bank's and the Karimnagar
District Central Co-operative Bank's; Saraswat Bank's mail, where both drew HDFC Bank's; Kotak Mahindra Bank's
notification in the shade, where heldout312 drew Union Bank of India's on the lock screen; Indian Overseas
Bank's WhatsApp banking, where heldout312 drew Axis Bank's and heldout313 IDBI Bank's SMS forwarded into a
WhatsApp group. Some of this set's issuers and kinds of paper were drawn by sets before heldout312
(heldout268's factoring unit; heldout310's and heldout311's iMobile Pay, AU 0101, Amazon Pay, IndusMobile,
Worldline, Mswipe, Pine Labs, BSNL Selfcare, Tata Play and Indian Overseas Bank; heldout311's notification in
the shade; heldout277's Silk Mark label; heldout287's soundbox; euros the French way, UAE dirhams, Singapore,
Canadian and New Zealand dollars and Mauritian rupees from heldout205 to heldout311), and are drawn here in
this set's own labels and arrangements; the families' docstrings list each one's labels. This set draws kinds
of row and page heldout312 and heldout313 do not: Marathi in Devanagari in this set's own rows (a firm's, a
showroom's, a corporation's, a co-operative bank's, a municipal council's, a gram panchayat's, a trust's, a
dyer's and an electricity company's names, headings, an app set in Marathi, a stall's cash memo, a dyer's
bill, a wage account, a Diwali advance and a newspaper bill in a Marathi hand, a bank's SMS) in Noto Serif
Devanagari and, for the hand, in Noto Sans Devanagari sheared as a ball pen leans; bilingual ledger rows
(three ruled columns, the Marathi label, its English small, the value on a pale tint of the page's silk, a bar
of the silk at the row's left); bilingual blanks (the Marathi label over its English, the value written on a
dotted line); a Paithani's peacock in a bangle as a letterhead's emblem; a Paithani's border (zari, narali
teeth and an asavali vine) as a divider; bobbins of silk, a spool of zari and loose threads in a page's
margins; a page photographed lying on a Paithani (shot silk, gold buttis, a zari border, a spool beside it); a
chat with the payee on top holding the payer's payment card; a supplier's receipt for the firm's payment; and
earlier sets' rows neither of them draws: heldout287's soundbox's words, heldout277's Silk Mark label,
heldout289's quick settings over a notification, heldout273's watermark; and beside them the rows heldout269's
to heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels against a
gutter, labels at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted
outcome bands, capsules, tiles two to a row, values over their labels, labels over their values two to a row,
copyable fields, read-only fields, a tinted panel, notice boxes, stages across the page, progress bars,
spinners, large round marks, octagons, scalloped badges, tile marks, ribbons, a day divider, chat bubbles, a
chat's payment card, rounded cards, a round badge of initials, hand-written fills and columns on a ruled page,
a sum in a box, round, oval and rectangular stamps, a red numbering-machine number, signatures, a torn roll, a
staple).

* ``buyer_upi``: Buyers paying Mor Paithani Dalan or the firm: Paytm for Business on the Dalan's phone (the
  Dalan under the app's bar; its soundbox's words, "Received Rs. x on Paytm"; the sum set large, Payment
  received, "from <buyer>"; UPI Ref. No., Received on, Mode and Settlement against a gutter); PhonePe set in
  Marathi ("आज, <hour>" (today); a large round tick, "पेमेंट यशस्वी झाले" (payment successful), the sum,
  "प्राप्तकर्ता" (recipient) over the payee; "व्यवहार तपशील" (transaction details) in bilingual ledger rows:
  UPI संदर्भ क्र. · UPI Ref No., खात्यातून · From A/c, टीप · Note; no day); Freecharge's UPI payment on a
  scalloped badge (Payment Successful, the sum, "Paid to" over the payee; UPI Transaction ID, Date & Time,
  Paid from in shaded labels); ICICI Bank's iMobile Pay with the payment in progress (a capsule, the sum, "to
  <payee>", a progress bar, a notice; UPI Ref No.:, Initiated on:, From: with colons); slice's UPI payment on
  its dark screen (a tile's tick, Payment successful, the sum, "to <payee>"; each value over its label: UPI
  transaction ID, Paid on, Paid from); Google Pay's payment in the buyer's chat with the Dalan (the Dalan on
  top with its UPI ID, the payment's card at the right: "You paid", the sum, "Paid · <day>", the buyer's note;
  no reference); AU Small Finance Bank's AU 0101 with the payment failed on a tinted band (the sum, "to
  <payee>", the reason in a notice; Transaction ID, UPI Ref No., Attempted on, Account against a gutter);
  Bajaj Finserv's Bajaj Pay UPI (the payee's initials in a round badge, Payment successful, the sum, "Paid to"
  over the payee; a copyable UPI Ref No.; Date, Paid via in a table ruled on every side). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: the Maharashtra State Handlooms Corporation's
  PAYMENT INTIMATION for its showrooms' purchases under its Marathi name (Ref. No. and Date on a line; "To,
  The Managing Partner," and the firm; Sub:; Bill No. | Bill Date | Amount in a striped table, Total under a
  rule and a double rule; "We have remitted Rs. x/- ... by NEFT / RTGS, UTR ..."; its round seal; the Accounts
  Officer's signature); a Pune saree store's Payment Voucher printed from Tally Prime (No. and Dated on a
  line; Particulars | Amount on hairline rows with the firm's account; Through:; Bank Transaction Details:
  Transfer Mode:, UTR / Inst. No.:, Inst. Date: with colons; the total and its words; the Receiver's Signature
  and the Authorised Signatory); ICICI Bank's Corporate Internet Banking with a Mumbai studio's payment
  pending for approval (its stages left to right with a node for each, a notice; Transaction Ref. No.:,
  Beneficiary Name:, Amount:, Payment Mode:, Value Date:, Created by: with colons); a Mumbai home label's
  Slack channel under its "Today" divider (the writer, bold, and the hour; "Paid Rs. x to <payee> via NEFT for
  PO ...", "UTR ..."; its reactions and replies; another message; no day); Axis Bank's neo for Corporates with
  a Hyderabad boutique's NEFT returned in an octagon (the reason in a notice; Transaction Reference,
  Beneficiary, Amount, Payment Date, Mode, Return reason each in a read-only field's box); a Bengaluru
  e-retailer's Bill Payment mailed from NetSuite (its sentence; Bill Payment #:, Payee:, Date:, Account:,
  Memo: with colons; Bill # | Date Due | Orig. Amt. | Payment on hairline rows, Total Payment under a rule and
  a double rule); a Nashik wedding family's WhatsApp message under "Today" ("I have sent Rs. x to <payee> by
  Google Pay on <day> ..."; the Dalan's reply; no reference); Invoicemart's factoring unit funded for a hotel
  company's invoices (Funds credited in a capsule; Factoring Unit No., Buyer, Seller, Financier, Invoice
  Amount, Discount charges, Net Amount Credited, Mode, UTR, Funded on in a table ruled on every side). All new
  here.

* ``export_wires``: Saree houses and Marathi shops abroad paying the firm for its Paithanis: Bank of America's
  CashPro with a wire completed in US dollars, the day month first (Wire Reference:, Value Date:, Beneficiary
  Name:, Beneficiary Bank:, Amount:, Charges: with colons); NatWest's Bankline with an international payment
  sent in pounds (Payment sent in a capsule; Payment reference, Beneficiary, Amount, Payment date, Charges
  against a gutter); Mashreq's NEO BIZ with a transfer in UAE dirhams pending authorisation (a spinner, a
  notice; Transaction reference, Beneficiary name, Amount, Transfer date, Charges in shaded labels); DBS
  IDEAL's telegraphic transfer completed in Singapore dollars (a large round tick; its sentence with the sum,
  the payee and the day; Transfer type, Exchange rate and Fee at the left and the right; no reference); TD
  Business Banking's wire sent in Canadian dollars, the day year first (Reference #, Payee, Amount, Date, Fees
  in a striped table); ASB's FastNet Business with an international payment in New Zealand dollars returned
  under a red ribbon (the reason in a notice; each value over its label: Reference, Beneficiary, Amount,
  Payment date, Charges, Reason); MCB's Juice app with a transfer sent in Mauritian rupees ("Today, <hour>"; a
  tile's tick, the sum, "to <payee>"; a copyable Reference; Type and Fee at the left and the right; no day);
  BNP Paribas' business banking with a transfer executed in euros the French way (each label's French and its
  English after a slash in a table ruled on every side: Référence / Reference, Bénéficiaire / Beneficiary,
  Montant / Amount, Date d'exécution / Execution date, Frais / Charges). All new here.

* ``own_receipts``: The firm's own papers, its Dalan or itself on top: Mor Paithani Dalan's TAX INVOICE under
  a peacock, its Marathi name and a Paithani's border, "कर बीजक" (tax invoice) over TAX INVOICE (Invoice No.:
  and Date:, Buyer: and Place of Supply: two pairs to a row; Sr. | Description | HSN | Qty | Rate | Amount in
  a table ruled on every side; Taxable Value and CGST 2.5% and SGST 2.5% or IGST 5% in dot leaders, Grand
  Total under a rule and a double rule; the sum in words; "Received by UPI, UTR ..."; the Silk Mark's label;
  bobbins of silk in its margins); the Bhimthadi Jatra stall's cash memo in the jatra's days, photographed
  lying on a Paithani (its Marathi name over its English, "भीमथडी जत्रा, पुणे" (Bhimthadi Jatra, Pune), "रोख
  मेमो" (cash memo); दिनांक · Date and नाव · Name written on bilingual blanks; the pieces written in a Marathi
  hand on ruled lines with their sums, "एकूण" (total), "रोख मिळाले" (received cash); no reference);
  Instamojo's payment page for the web shop (the Dalan on top, a scalloped badge, Payment successful, the sum;
  Payment ID and Paid via in tiles; Buyer and Date at the left and the right); PayU's checkout with a card
  payment failed under a large round cross (the shop on top, the reason in a notice; Transaction ID, Order ID,
  Amount, Payment mode, Attempted on in shaded labels); Vyapar's Payment Receipt shared from the Dalan's phone
  (Receipt No.: and Date:, Received From:, Payment Type: and Ref. No.: with colons; Amount Received on a
  tinted panel; the amount in words); Flipkart Seller Hub's settlement in progress (a capsule, its stages
  across the page with a dot for each, a notice; Settlement ID and Amount, Seller and Bank account, Initiated
  on and Orders, labels small over their values two to a row); Khatabook's entry on the Dalan's phone ("Today,
  <hour>"; the Dalan under the app's bar, the customer's initials in a round badge, "You got" and the sum in a
  rounded card, the UPI Ref; Balance; no day); the Dalan's RECEIPT (पावती) from its book (No. struck in red;
  दिनांक · Date, यांच्याकडून मिळाले · Received from, करिता · Towards and संदर्भ क्र. · UPI Ref written on
  bilingual blanks; Cash, UPI and Cheque in tick boxes, UPI ticked; Rs. in a box; a signature). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Bengaluru silk twister's TAX
  INVOICE for twisted mulberry silk (Invoice No. beside its earlier Date; Description | HSN | Kg | Rate/Kg |
  Amount on hairline rows; IGST 5% and Total in dot leaders) with the accountant's PAID stamp on it and his
  hand under it ("Paid by NEFT / RTGS on <day>", "UTR ..."); a Surat zari works' RECEIPT for the firm's
  payment (Receipt No. and Date on a line; its sentence "Received with thanks from ... by NEFT, UTR ...";
  Invoice No. | Invoice Date | Amount in a table ruled on every side with its Total); Amazon Business' order
  of a steam press and a cutting table with the payment pending (its stages left to right with a node for
  each, a notice; Order #, Order placed, Sold by, Items, Order total, Payment method in dot leaders); a Yeola
  silk dyer's bill in a Marathi hand under its Marathi name ("दि." (date) and the day; "रेशीम रंगाई" (silk
  dyeing) of each colour by the kilo with its sum, "एकूण" (total), "GPay ने मिळाले, Ref ..." (received by
  GPay)); a Yeola carpenter's BILL for loom parts, stapled (Date and M/s written in; Particulars | Nos. | Rate
  | Amount written in ruled columns, Total; "Recd. cash with thanks" in the hand; no reference); a Nashik
  photo studio's invoice from Refrens under a PAID watermark (Invoice No: and Invoice Date:, Billed To: and
  Place of Supply: two pairs to a row; Item | SAC | Qty | Rate | Amount in a table ruled on every side; Sub
  Total, CGST 9%, SGST 9% in dot leaders, Total (INR) under a rule and a double rule; "Payment received on
  <day> via UPI (Ref ...)"); Printo's checkout for hang tags and visiting cards with the card declined under a
  tile's cross (the reason in a notice; Order No. and Amount, Items and Card, Attempted on and Deliver to,
  labels small over their values two to a row); DTDC's app with a parcel booked and paid ("Today, <hour>";
  DTDC Express Ltd. under the app's bar, a large round tick, Payment successful, the sum; Consignment No. and
  Transaction ID in tiles; From, To and Weight at the left and the right; no day). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Bank of Maharashtra's mahaMobile Plus
  with an IMPS to the zari works under a large round tick (IMPS Successful, the sum; Beneficiary Name,
  Beneficiary A/c, IMPS Ref No (RRN), Date & Time, Remarks in a table ruled on every side); Yes Bank's IRIS
  with a NEFT to the silk twister failed in an octagon (the sum, the reason in a notice; Beneficiary and
  Amount, Reference No. and Date, Mode and Reason, labels small over their values two to a row); IndusInd
  Bank's IndusMobile with an IMPS to the carpenter on a scalloped badge (Transfer successful, the sum; Paid
  to, IMPS Ref. No., Date, From, Remarks in dot leaders); Amazon Pay's UPI payment to the dyer ("Today,
  <hour>"; a tile's tick, Payment successful, the sum, "Paid to" over the payee; a copyable UPI Reference ID;
  Paid from; no day); Punjab National Bank's PNB ONE with a NEFT to the photo studio in process (a capsule,
  the sum, its stages left to right with a node for each, a notice; UTR No., Beneficiary, Amount, Initiated
  on, Debit A/c in shaded labels); the Nashik District Central Co-operative Bank's NEFT / RTGS application,
  the customer's copy filled in by hand under its Marathi name (NEFT ticked in its boxes; दिनांक · Date, रक्कम
  रु. · Amount Rs. and पाठविणाऱ्याचे नाव · Remitter written on bilingual blanks; the Beneficiary's name,
  account and IFSC written a letter to a box; "Sent, UTR ..." written by its clerk, the bank's round seal with
  its day under it); Paytm's payment to the courier shared as text into their WhatsApp chat under "Today" ("I
  have paid Rs. x to <payee> on <day> using Paytm UPI."; the courier's reply; no reference); Saraswat Bank's
  mobile banking with an IMPS to the packaging house under a green ribbon (Funds transferred, the sum;
  Beneficiary, Account, IMPS Ref No., Transaction Date, Remarks against a gutter). All new here.

* ``worker_pay``: The firm paying its weavers (karagir of Yeola who weave its Paithanis at home on their own
  looms) and its staff: a weaver's wage account under its Marathi heading "विणकर मजुरी हिशेब" (weaver's wage
  account) (विणकर · Weaver and महिना · Month written in bilingual ledger rows; the pieces woven written in a
  Marathi hand with their counts, rates and sums on ruled lines, "एकूण" (total); "Paid by UPI, Ref ..." and
  "on <day>" written under it; bobbins of silk in its margins); Zoho Payroll's payslip for the Dalan's
  saleswoman (Employee Name:, Employee ID:, Pay Period:, Pay Date: with colons two pairs to a row; Earnings |
  Amount | Deductions | Amount on hairline rows; Total Net Payable on a tinted panel and its words; "Paid by
  bank transfer (NEFT), UTR ..."); Paytm's UPI payment to a weaver processing under a spinner (the sum, "to
  <payee>", a notice; UPI Ref No. and Started at in tiles; From); a weaver's Diwali advance receipt under a
  Paithani's border, written in a Marathi hand ("दिवाळी उचल पावती" (Diwali advance receipt); "आज दि. <day>
  रोजी" (today, on <day>), "दिवाळी उचल म्हणून" (as the Diwali advance), "रु. x/- रोख मिळाले." (received Rs. x
  in cash)), his or her signature and name written under it in English; a witness; no reference); Canara
  Bank's Canara ai1 with an IMPS to the Dalan's helper under a large round tick (Fund transfer successful, the
  sum, "to <payee>"; each value over its label: IMPS Reference No., Transaction Date, Debit Account, Remarks);
  Google Pay's payment to a weaver failed under a large round cross (the sum, "To <payee>", the reason in a
  notice; UPI transaction ID and Date, From and Google transaction ID, labels small over their values two to a
  row); super.money's UPI payment to a weaver ("Today, <hour>"; a scalloped badge, Payment successful, the
  sum, "paid to" over the payee; a copyable UPI Ref. No.; Debited from; no day); PagarBook's salary payment to
  the helper (the Dalan under the app's bar, the helper's initials in a round badge and his name; Payment
  added and the sum in a rounded card; Paid on, Mode, UPI Ref and Balance at the left and the right). All new
  here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Yeola Municipal Council's
  property tax e-receipt for the Dalan under its Marathi name (Payment Successful; bilingual ledger rows:
  पावती क्र. · Receipt No., मालमत्ता क्र. · Property No., मालकाचे नाव · Owner, आर्थिक वर्ष · Year, रक्कम ·
  Amount, भरणा पद्धत · Mode, संदर्भ क्र. · UPI Ref, दिनांक · Date); GRAS' e-challan for the firm's profession
  tax paid (Payment Successful; GRN, Department, Type of Payment, Office, Period, Amount, Bank CIN, Bank,
  Payment Mode, Date of Payment in a table ruled on every side); the Silk Mark Organisation of India's label
  purchase failed on a tinted band (the reason in a notice; Order No., Authorised User No., Labels, Amount,
  Payment gateway, Attempted on in dot leaders); Aaple Sarkar's payment receipt for the Dalan's shops and
  establishments fee under its Marathi name (Application ID, Department, Establishment, Service, Fee, Payment
  Mode, Transaction ID, Bank Reference No., Status, Date in a striped table); the MahaTraffic app with the
  pickup's challan paid ("Today, <hour>"; the Maharashtra Traffic Police under the app's bar, a scalloped
  badge, Challan paid, the sum, the offence; Vehicle No. and Transaction ID in tiles; Paid via; no day); the
  Bhimthadi Jatra's stall fee receipt from its organisers' book under their Marathi name (No. left blank;
  Date, Received from and Stall No. written in; Rs. in a box; "Recd. in cash"; its oval stamp; no reference);
  the GST portal's challan pending with the bank (a capsule, a progress bar, a notice; CPIN, GSTIN, Amount,
  Mode, Bank, Payment initiated on in dot leaders); the Maharashtra Labour Welfare Board's contribution
  receipt (Payment successful; Receipt No.:, Establishment:, Period:, Employees:, Employee share:, Employer
  share:, Total:, Transaction ID:, Mode:, Date: with colons). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its SMS: Bajaj
  General's PREMIUM RECEIPT for the looms' shed's Bharat Sookshma Udyam Suraksha policy (its sentence
  "Received with thanks from ... by NEFT"; Receipt No., Receipt Date, Policy No., Sum Insured, Premium, CGST
  9%, SGST 9%, Total Premium, Mode and UTR in a striped table; a signature); Star Health's app with the
  family's health renewal under process (the insurer under the app's bar, a spinner, the sum, a notice; Policy
  No., Transaction ID, Paid via, Initiated on in dot leaders); Tata AIG's mail of the Dalan's shop policy
  renewed (its sentence; Receipt No., Policy No., Premium, GST 18%, Total Premium, Mode, UPI Ref, Date against
  a gutter); Digit's app with the pickup's motor renewal failed by card in an octagon (the insurer under the
  app's bar, the reason in a notice; each value over its label: Policy No., Vehicle, Premium, Payment ID,
  Card, Attempted on); LIC's RENEWAL PREMIUM RECEIPT for the managing partner's policy (Receipt No., Date,
  Policy No., Life Assured, Plan, Premium, Total Amount, Mode of payment, UPI Ref No., Next due date in a
  table ruled on every side); Niva Bupa's app with a health premium paid ("Today, <hour>"; the insurer under
  the app's bar, a scalloped badge, Premium paid, the sum; a copyable Transaction ID; Policy No. and Paid via;
  no day); National Insurance's agent's premium deposit receipt from his book for the weavers' accident cover
  (Date, Received from and Towards written in; Rs. in a box; "Recd. in cash"; no reference); Royal Sundaram's
  SMS of the Dalan's stock policy premium received ("Dear Customer, we have received Rs.x towards policy no.
  ... through UPI (Ref ...) on <dd/mm/yyyy>. -Royal Sundaram"). All new here.

* ``card_slips``: Cards on the Dalan's and the jatra stall's terminals and the firm's cards elsewhere:
  Worldline's charge slip at the Dalan with two fields to a typed line (DATE: and TIME:, MID: and TID:, BATCH:
  and INV:, CARD: and its CHIP, EXP: and the scheme, AUTH: and RRN:; SALE AMOUNT; APPROVED, SIGNATURE NOT
  REQUIRED); Mswipe's slip at a Pune hotel with a tip (SALE; TXN DATE, TXN TIME, TERMINAL ID, CARD NO,
  APPROVAL CODE, RRN NO, BILL NO at the left and the right; BASE AMOUNT, TIP AMOUNT and TOTAL AMOUNT;
  TRANSACTION APPROVED); ICICI Bank's SMS of a spend on the firm's credit card ("INR x spent using ICICI Bank
  Card XX1234 on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y ..."; no reference); a Nashik misal house's bill
  from POSist settled by card (Bill No., Date, Table, Steward; the dishes; Sub Total, CGST 2.5%, SGST 2.5%,
  Grand Total; "Paid by: Card", the card and its Approval No.); Axis Bank's slip at a Yeola hardware shop
  DECLINED (91 ISSUER OR SWITCH INOPERATIVE); MSRTC's e-ticket for the Shivneri from Nashik to Pune paid by
  debit card (Booking confirmed; Ticket No., Service, Route, Date of journey, Seats, Fare, Reservation
  charges, Total, Paid by, Transaction ID, Booked on in shaded labels); Pine Labs' terminal at the Bhimthadi
  Jatra stall in the jatra's days with its answer timed out (SALE; DATE, TIME, TID, BATCH NO, INVOICE NO,
  CARD, AMOUNT; RESPONSE TIMEOUT, TRANSACTION STATUS UNKNOWN, PLEASE VERIFY BEFORE RETRY); the OneCard app
  with a spend at a stationer on its dark screen ("Today, <hour>"; the merchant's line and its town, the sum,
  Transaction successful; Card and Transaction ID in tiles; Category and Reward points; no day). All new here.

* ``utility_bills``: The looms' shed's and the Dalan's bills: MSEDCL's online bill payment receipt for the
  shed under its Marathi name (Payment Successful; bilingual ledger rows: ग्राहक क्रमांक · Consumer No., बिल
  महिना · Bill Month, ग्राहकाचे नाव · Consumer Name, रक्कम · Amount, पावती क्रमांक · Receipt No., व्यवहार
  क्रमांक · Transaction ID, भरणा दिनांक · Payment Date, भरणा पद्धत · Mode); MyJio with the Dalan's JioFiber
  bill paid ("Today, <hour>"; Reliance Jio under the app's bar, a tile's tick, Payment successful, the sum;
  Transaction ID and Paid via, JioFiber number and Plan, labels small over their values two to a row; no day);
  BSNL Selfcare's bill payment failed by card on a tinted band (Bharat Sanchar Nigam under the app's bar, the
  sum, the reason in a notice; Account No., Amount, Transaction ID, Paid via, Attempted on against a gutter);
  HelloBPCL with a Bharatgas refill paid under a large round tick (Bharat Petroleum under the app's bar, the
  sum; each value over its label: Order No., Transaction ID, Distributor, Paid via, Paid on); Babhulgaon Gram
  Panchayat's water tax receipt for the shed from its book under its Marathi name ("पाणीपट्टी पावती" (water
  tax receipt); दिनांक · Date, नाव · Name, कालावधी · Period and रक्कम · Amount written on bilingual blanks;
  "Recd. in cash"; its oval stamp; no reference); Tata Play's SMS of the Dalan's recharge ("Recharge of Rs.x
  for Tata Play Subscriber ID ... paid via UPI is successful on <dd-mm-yyyy>. Txn ID .... Next recharge due on
  <day>. -Tata Play"); a Yeola newspaper agency's monthly bill in a Marathi hand (the agency on top; the month
  written in Marathi, the papers by the day with their sums, "एकूण" (total), "PhonePe ने मिळाले, Ref ..."
  (received by PhonePe) and "दि." (date) and the day); Hostinger's hosting renewal for the web shop processing
  (Payment processing, a progress bar, a notice; Invoice:, Service:, Amount:, Payment method:, Transaction
  ID:, Initiated: with colons). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: the Nashik District Central Co-operative Bank's
  SMS in Marathi in a bubble of the phone's messages thread under its day divider ("प्रिय ग्राहक, आपल्या खाते
  क्र. XX1234 मधून दि. <dd-mm-yyyy> रोजी UPI द्वारे <PAYEE> यांना रु. x पाठवले आहेत. संदर्भ क्र. .... -NDCC
  Bank" (Dear customer, Rs. x have been sent from your account No. XX1234 on <day> by UPI to <PAYEE>;
  reference No. ...)); SMS in Bank of Maharashtra's ("Your A/c XX1234 debited by Rs.x on <dd-mm-yyyy> for
  UPI/<ref>/<PAYEE>. Avl Bal Rs.y. ... -Bank of Maharashtra"), Canara Bank's ("An amount of INR x has been
  DEBITED to your account XXX123 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y. - Canara
  Bank"; no reference), Punjab National Bank's ("NEFT of Rs x to <PAYEE> initiated on <dd.mm.yyyy> from A/c
  XX1234 is in process. UTR .... -PNB") and Yes Bank's ("IMPS of INR x to <PAYEE> from A/c XX1234 on
  <dd-Mon-yy> has failed. Amount, if debited, will be reversed. RRN .... -YES BANK") wordings; Saraswat Bank's
  mail of a debit ("... your account XXXX1234 has been debited with INR x on <dd-mm-yyyy> towards NEFT to
  <PAYEE> (UTR ...)."); Kotak Mahindra Bank's notification in the phone's pulled-down shade ("Kotak Bank ·
  now", Account debited, "Rs.x debited from a/c XX1234 via IMPS to <PAYEE>. IMPS Ref ..."; another
  notification under it; no day); Indian Overseas Bank's WhatsApp banking message ("Your a/c no. XXXXX12345 is
  debited for Rs.x on <dd/mm/yy> by IMPS to <PAYEE>. IMPS Ref No .... -IOB" in a bubble under the bank's
  verified name). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (regular and bold, fonts-noto-core; heldout313's and heldout275's faces) for the Marathi lines,
ledger rows, blanks, hand and SMS, their Latin runs and figures in the page's own face, FreeSans for a Marathi
hand's figures and Latin words, an italic or oblique for the hand (``heldout314_families.PENS``) and a
fixed-width face of the page's own (``heldout314_families.TYPES``). The jatra stall's cash memo and its card
terminal's payment are drawn in the Bhimthadi Jatra's days (20 to 24 December 2026) and its stall fee ten to
thirty days before them; the weavers' Diwali advances in the ten days before Lakshmi Pujan (8 November 2026);
the other days anywhere in 2026. GST is 5% on the firm's silk (the sarees, nauvaris, dupattas, blouse pieces
and phetas, woven silk fabric of HSN 5007 whatever its price, and the stoles, HSN 6214, each within Rs. 2,500;
CGST 2.5% and SGST 2.5% to a Maharashtra buyer, IGST 5% to another state's), on the twisted silk (IGST 5% from
Karnataka, HSN 5006) and on the misal house's food (CGST 2.5% and SGST 2.5%), and 18% on the studio's
photography (CGST 9% and SGST 9%, SAC 9983), the Silk Mark labels, the hosting and the general insurance
premiums (CGST 9% and SGST 9% on the shed's fire policy, GST 18% beside the shop policy's premium); the health
and the life premiums print none, the pickup's motor renewal prints its inside the sum; the Corporation, the
e-retailer and the zari works' receipt name bills whole; the dyer's, the carpenter's and the newspaper
agency's bills carry none.

Truth conventions (heldout313's, heldout312's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "to" on iMobile Pay, slice and AU 0101, under Freecharge's and Bajaj Finserv's "Paid to" (never the initials
  in its badge); the Dalan, the firm, the firm as a bank's field cuts it (AMBEKAR PAITHANI VINKAR UD) or the
  Dalan with its town (MOR PAITHANI DALAN YEOLA); never the app, the payer, a UPI ID or "from <buyer>".
  *settled* (heldout268 to heldout313): a receiving business's own app pays the business named under the app,
  here the Dalan under Paytm for Business (never Paytm, its soundbox's words or "from <buyer>"). *settled*
  (heldout303's to heldout313's screens set in the region's language, heldout312's Paytm set in Telugu): a UPI
  app set in Marathi reads as the same app in English, here the name under PhonePe's "प्राप्तकर्ता"
  (recipient). *settled* (heldout275's and heldout308's to heldout313's chats): a chat whose payment card pays
  the one on top pays it, here the Dalan on top of the buyer's Google Pay chat (never the card's "You paid").
  *settled* (heldout167 to heldout313): a payer's advice pays the one it pays, never the payer on top or a
  salutation; here the firm after the Corporation's "To, The Managing Partner," (without its M/s; never the
  Corporation, its Marathi name or the Managing Partner), the firm on the Tally voucher's Account: line (never
  the store on top), ICICI Bank's Beneficiary Name: (never the bank or the studio), the payee in the Slack
  message ("Paid Rs. x to <payee> via NEFT", never the writer, the channel or the label; *settled* heldout286,
  heldout299, heldout301 and heldout303 to heldout313's chats and channels), Axis Bank neo's Beneficiary,
  NetSuite's Payee: (never the e-retailer on top), the payee in the WhatsApp message's sentence ("I have sent
  Rs. x to <payee> by Google Pay", never the chat's title, who is its sender; *settled* heldout304's,
  heldout307's and heldout309 to heldout313's letters and messages), Invoicemart's Seller (*settled*
  heldout268's factoring unit; never the Buyer, the Financier or Invoicemart). *settled* (heldout155 to
  heldout313): an inward wire pays the firm, here Bank of America's Beneficiary Name:, NatWest's, Mashreq's,
  ASB's and TD's Beneficiary, Beneficiary name or Payee, the name after "to" in DBS IDEAL's sentence and on
  MCB's Juice, BNP Paribas' Bénéficiaire / Beneficiary; never the remitter, its line or the bank on top.
  *settled* (heldout175 to heldout313): the firm's own paper pays its Dalan or itself on top, here MOR
  PAITHANI DALAN on its tax invoice (never its Marathi line, the firm it is a unit of or its Buyer), the
  Dalan's English line under its Marathi name on the jatra memo (never the नाव · Name written in), the Dalan
  or the firm on top of Instamojo's page and PayU's checkout (never the gateway), the Dalan on top of the
  Vyapar receipt and its receipt book (never Received From or the यांच्याकडून मिळाले · Received from written
  in); *settled* (heldout268 to heldout313) the Dalan named under Khatabook's bar, as a business's own app
  (never Khatabook or the customer); *settled* (heldout285's, heldout304's, heldout307's and heldout309 to
  heldout313's payouts and deposits) Flipkart's settlement pays its Seller (never Flipkart). A name in Marathi
  over its English: the English line, never the Marathi (*settled* heldout272, heldout277, heldout287 and
  heldout303 to heldout313's regional lines). *settled* (heldout187 to heldout313): a supplier's name on top
  of its own paper, here SRI RAMALINGA SILK TWISTERS (never its Buyer or the stamp on it), SHREE AMBICA ZARI
  WORKS on top of its receipt (never the firm it "Received with thanks from", as an insurer's receipt never
  pays its payer), Amazon Business' Sold by (*settled* heldout305 to heldout313's marketplaces' sellers; never
  Amazon), NOOR SILK DYEING WORKS under its Marathi name (never the firm "यांना" (to) written under it), OMKAR
  SUTAR KAAM on top of its bill (never its M/s or the signer), SHUTTER STUDIO on top of its invoice (never
  Billed To or Refrens), printo on top of its checkout, DTDC Express Ltd. under DTDC's bar (*settled*
  heldout300 and heldout303 to heldout313's carriers; never DTDC alone). *settled* (heldout179 to heldout313):
  a banking page pays the payee, here mahaMobile Plus' Beneficiary Name, IRIS' Beneficiary as the bank cuts
  it, IndusMobile's Paid to, the name under Amazon Pay's "Paid to", PNB ONE's and Saraswat Bank's Beneficiary,
  the Beneficiary written a letter to a box on the co-operative bank's application (never its Remitter), the
  payee in Paytm's shared text ("I have paid Rs. x to <payee> on <day> using Paytm UPI", *settled*
  heldout312's FedMobile share; the chat with the payee on top names the same). *settled* (heldout150 to
  heldout313): a pay slip pays the worker, here the विणकर · Weaver written in the wage account's ledger row
  (never the firm or its Marathi heading), Zoho Payroll's Employee Name: (never the firm on top), the name
  after "to" on Paytm, Canara ai1 and Google Pay, the name under super.money's "paid to", the name under
  PagarBook's badge (never the Dalan under its bar), the name written under the signature on the Diwali
  advance (*settled* heldout309's and heldout313's names under a signature; never the firm, its Marathi name
  or the witness). *settled* (heldout153 to heldout313): a fee page pays the authority as printed, here Yeola
  Municipal Council under its Marathi name (never the मालकाचे नाव · Owner), GRAS' Department (never GRAS or
  the Type of Payment), the Silk Mark Organisation of India on top, Aaple Sarkar's Department (never Aaple
  Sarkar, its Marathi name or the Establishment; *settled* heldout272, heldout301 and heldout303 to
  heldout313: never the portal or the app), the Maharashtra Traffic Police under MahaTraffic's bar, the
  Agricultural Development Trust under its Marathi name (in full or short as printed; never Received from or
  its stamp), Goods and Services Tax on top of the GST portal, the Maharashtra Labour Welfare Board on top (in
  full or with its town as printed; never the Establishment). *settled* (heldout199 to heldout313): an
  insurer's receipt pays the insurer on top (full or short as printed), under its app's bar (Star Health and
  Allied Insurance Co. Ltd., Go Digit General Insurance Ltd., Niva Bupa Health Insurance Co. Ltd.) or signing
  its SMS (Royal Sundaram), never the Insured, "Received with thanks from", "Dear Customer" or the Life
  Assured. A slip's counter name line as printed (MOR PAITHANI DALAN, MOR PAITHANI DALAN - BHIMTHADI STALL or
  its first part, the hotel, the hardware shop), never *settled* the terminal's brand or bank over it
  (WORLDLINE, mswipe, Pine Labs, AXIS BANK); MSRTC on top of its e-ticket (*settled* heldout272, heldout282,
  heldout300, heldout302 and heldout305 to heldout313: the carrier whose fare the card paid; never its long
  name under it); the name after the second "on" in ICICI Bank's "spent using ICICI Bank Card XX1234 on <day>
  on <MERCHANT>. Avl Limit" (*settled* heldout299 to heldout313's card SMS: the merchant as the bank sends
  it); the OneCard app's merchant line over its town (*settled* heldout297 and heldout302 to heldout313's card
  issuers' apps); the misal house on top of its bill (never POSist). A utility's biller: MSEDCL's English name
  under its Marathi (in full or short as printed; never the ग्राहकाचे नाव · Consumer Name), Reliance Jio
  Infocomm Ltd. under MyJio's bar, Bharat Sanchar Nigam Ltd. under BSNL Selfcare's and Bharat Petroleum
  Corporation Ltd. under HelloBPCL's (*settled* heldout285, heldout301 and heldout303 to heldout313: the
  company, never the app, Bharatgas or the Distributor), GRAM PANCHAYAT BABHULGAON under its Marathi name
  (never the नाव · Name written in or its stamp), Tata Play signing its SMS (*settled* heldout302, heldout304,
  heldout307, heldout308, heldout311 and heldout313), the newspaper agency on top of its bill (never the Dalan
  written in its hand), Hostinger on top. An SMS, mail, notification or WhatsApp alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines
  where it wraps): the Marathi SMS' "<PAYEE> यांना" (to <PAYEE>, as heldout313's Nepali "<PAYEE> लाई"), Canara
  Bank's "towards NEFT to <PAYEE>. Total", Punjab National Bank's "to <PAYEE> initiated", Yes Bank's "to
  <PAYEE> from A/c", Saraswat Bank's "towards NEFT to <PAYEE> (UTR", Kotak Mahindra Bank's "via IMPS to
  <PAYEE>. IMPS Ref", Indian Overseas Bank's "by IMPS to <PAYEE>. IMPS Ref"; *settled* (new here) Bank of
  Maharashtra's "for UPI/<ref>/<PAYEE>." pays the name after the reference's slash (never the reference or
  "UPI"), because the bank sends the narration of its statement line, UPI/<RRN>/<payee>, whose last part names
  the one paid; *settled* (heldout289's notification shade, heldout311's and heldout312's notifications) a
  bank's notification reads as the SMS it sends; *settled* (heldout307's, heldout311's and heldout312's
  WhatsApp banking) a bank's WhatsApp message reads as the SMS it sends.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Paytm for Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277;
  its soundbox's words the same), the sum in the Google Pay chat's card. *settled* (heldout152 to heldout313):
  a payer's advice counts its net sum, here the Corporation's "We have remitted Rs. x/-" (its Total the same;
  never a bill's Amount), the Tally voucher's sum on its Account line (its total and its words the same),
  ICICI Bank's Amount:, the Rs. x in the Slack message and in the WhatsApp message, Axis Bank neo's Amount,
  NetSuite's Total Payment (never a bill's Orig. Amt. or Payment), Invoicemart's Net Amount Credited
  (*settled* heldout268's factoring unit's Funded amount; never the Invoice Amount or the Discount charges).
  *settled* (heldout155 to heldout313): an inward wire's foreign sum, here US dollars (USD or $), pounds (the
  pound's sign or GBP, *settled* heldout300, heldout308, heldout311 and heldout312), UAE dirhams (AED,
  *settled* heldout205 to heldout276), Singapore dollars (S$ or SGD, *settled* heldout256, heldout260 and
  heldout289), Canadian dollars (C$ or CAD), New Zealand dollars (NZ$ or NZD, *settled* heldout274 and
  heldout291), Mauritian rupees with their code only (MUR 397,900.00 is 397900.00, never INR, *settled*
  heldout278, heldout291, heldout301 and heldout306), euros the French way with EUR or the euro's sign after
  (6 780,00 € or 6 780,00 EUR is 6780.00, *settled* heldout247 to heldout302); never a Fee (DBS IDEAL's SGD
  20.00, MCB's MUR 800.00), an exchange rate or Charges. *settled* (heldout175 to heldout313): a receipt
  counts the sum received, here the tax invoice's Grand Total (never the Taxable Value, its CGST 2.5%, SGST
  2.5% or IGST 5% or a line's Amount), the jatra memo's "एकूण" (total) written at its line's end (never a
  line's figure), Instamojo's sum large, PayU's Amount, Vyapar's Amount Received on its panel (its words the
  same), Flipkart's Amount, Khatabook's sum large (never its Balance), the Rs. in the receipt book's box. A
  whole sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout313): a
  supplier's paper counts the sum paid, here the silk twister's Total (never IGST 5% or a line's Amount), the
  zari works' Total under its table (its sentence's words the same; never an invoice's Amount), Amazon
  Business' Order total, the dyer's "एकूण" (total) written at the line's end (never a line's figure; *settled*
  heldout287, heldout294 and heldout303 to heldout313's hands), the carpenter's Total written in (never a
  line's Amount), the studio's Total (INR) (never its Sub Total, CGST 9%, SGST 9% or a line's Amount),
  Printo's Amount, DTDC's sum large. A banking page's sum (the sum in Paytm's shared text). *settled*
  (heldout167 to heldout313): a pay slip's net sum, here the wage account's "एकूण" (total) in the Marathi hand
  (never a line's figure, its pieces or its rate), Zoho Payroll's Total Net Payable on its panel (never Gross
  Earnings, Total Deductions, an earning or a deduction; its words the same), the sums on Paytm, Canara ai1,
  Google Pay, super.money and PagarBook, the "रु. x/-" in the Diwali advance's Marathi hand. A fee page's
  रक्कम · Amount, GRAS', the Silk Mark Organisation's and the GST portal's Amount, Aaple Sarkar's Fee,
  MahaTraffic's sum, the Rs. in the stall fee book's box, the Labour Welfare Board's Total (never its Employee
  share or Employer share). An insurer's premium with its GST where it carries one (*settled*), here Bajaj
  General's Total Premium (never its Premium, CGST 9%, SGST 9% or the Sum Insured), Tata AIG's Total Premium
  (never Premium or GST 18%), Star Health's sum, Digit's Premium, LIC's Total Amount (its Premium the same),
  Niva Bupa's sum, the Rs. in National Insurance's agent's box, the Rs.x in Royal Sundaram's SMS. A slip's
  SALE AMOUNT, TOTAL AMOUNT or AMOUNT, the hotel slip's TOTAL AMOUNT (never its BASE AMOUNT or TIP AMOUNT
  alone, *settled* heldout262, heldout273, heldout290, heldout294 and heldout313's tips), MSRTC's Total (never
  its Fare or Reservation charges), the misal house's Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5%
  or a dish), the INR x in ICICI Bank's SMS (never its Avl Limit), the OneCard app's sum large. A utility's
  रक्कम · Amount, MyJio's, HelloBPCL's and the sums large, BSNL's and Hostinger's Amount, the रक्कम · Amount
  written on the water tax receipt, the Rs.x in Tata Play's SMS, the newspaper agency's "एकूण" (total) written
  in. An alert's sum debited, sent or failed as worded (grouped the Indian or the English way or not at all),
  never an Avl Bal or a Total Avail.bal. Currency INR but on the wires.

* status: as printed. Paytm for Business' Payment received, PhonePe's "पेमेंट यशस्वी झाले" (payment
  successful; *settled* heldout312's Paytm set in Telugu: a screen set in the region's language prints the
  English screen's outcome word for word), Freecharge's Payment Successful, slice's and Bajaj Finserv's
  Payment successful successes; *settled* (heldout275's and heldout308's to heldout313's chats) the Google Pay
  chat card's "Paid" a success; iMobile Pay's Payment in progress pending; AU 0101's Payment failed failed. A
  payer's own record of the payment made (*settled*, as heldout295's, heldout301's and heldout303 to
  heldout313's remittances, vouchers and payments): the Corporation's "We have remitted", the Tally voucher's
  Transfer Mode: with its UTR, NetSuite's Memo: with its UTR, Invoicemart's Funds credited successes;
  *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout313's chats and messages) the Slack
  message's "Paid Rs. x ..." and the WhatsApp message's "I have sent Rs. x ..." successes; ICICI Bank's
  "Pending for approval" pending (*settled* heldout305's, heldout306's, heldout311's, heldout312's and
  heldout313's transfers awaiting authorisation: a transfer not yet sent is a wait); Axis Bank neo's NEFT
  returned failed (as heldout312's and heldout313's NEFT returned). A wire's Bank of America Completed,
  NatWest's Payment sent, DBS IDEAL's Telegraphic transfer completed, TD's Status: Sent, MCB's Transfer sent,
  BNP Paribas' Exécuté / Executed successes; Mashreq's Pending authorisation pending (*settled* heldout250 to
  heldout252 and heldout305 to heldout313: a wire not yet sent is a wait); ASB's International payment
  returned failed. A receipt's "Received by UPI, UTR ..." under the tax invoice, the jatra memo's "रोख मिळाले"
  (received cash) in a Marathi hand (*settled* heldout287's, heldout303's and heldout306 to heldout313's
  hands' "received"), Instamojo's Payment successful, Vyapar's Payment Type: UPI with its Ref. No. (a receipt
  for money got), the receipt book's UPI ticked with its UPI Ref successes; *settled* (heldout303 to
  heldout313's ledger apps) Khatabook's "You got" a success; Flipkart's Settlement in progress pending (sent
  to the bank and not yet credited, as heldout313's HDFC Bank In process); PayU's Payment failed failed. A
  supplier's "Paid by NEFT / RTGS on <day>" written under the PAID stamp on the silk twister's invoice
  (*settled*, as heldout275's and heldout298's to heldout313's notes on a supplier's invoice), the zari works'
  "Received with thanks ... by NEFT" (a supplier's receipt for money got), the dyer's "GPay ने मिळाले"
  (received by GPay) in a Marathi hand, the carpenter's "Recd. cash with thanks", the studio's "Payment
  received on <day> via UPI", DTDC's Payment successful (*settled* heldout300 and heldout303 to heldout313: a
  carrier's receipt printed only once its freight is paid) successes; Amazon Business' Payment pending
  pending; Printo's Payment failed failed. A banking page's IMPS Successful, IndusMobile's Transfer
  successful, Amazon Pay's Payment successful, the co-operative bank's "Sent, UTR ..." written by its clerk
  over its NEFT SENT seal (*settled* heldout310's and heldout313's co-operative banks' applications), Paytm's
  shared "I have paid" (*settled* heldout312's shared text), Saraswat Bank's Funds transferred successes; PNB
  ONE's In Process pending; IRIS' Transaction Failed failed. A pay slip's "Paid by UPI, Ref ..." written on
  the wage account, Zoho Payroll's "Paid by bank transfer (NEFT), UTR ...", the Diwali advance's "रोख मिळाले"
  (received cash) in a Marathi hand, Canara ai1's Fund transfer successful, super.money's Payment successful,
  PagarBook's Payment added (a payer's own record of the wage paid, as heldout281's, heldout295's and
  heldout313's vouchers) successes; Paytm's Payment processing pending; Google Pay's Payment failed failed. A
  fee page's Payment Successful, GRAS' Payment Successful, Aaple Sarkar's Status Success, MahaTraffic's
  Challan paid, the stall fee book's "Recd. in cash", the Labour Welfare Board's Payment successful successes;
  the GST portal's Pending with bank pending; the Silk Mark Organisation's Payment Failed failed. An insurer's
  Bajaj General "Received with thanks", Tata AIG's "we have received", LIC's receipt with its Mode of payment,
  Niva Bupa's Premium paid, National Insurance's "Recd. in cash", Royal Sundaram's "we have received"
  successes; Star Health's Payment under process pending; Digit's Payment failed failed. A slip's APPROVED and
  TRANSACTION APPROVED, MSRTC's Booking confirmed, the OneCard app's Transaction successful, the misal house's
  "Paid by: Card" with its Approval No. (*settled* heldout297, heldout298 and heldout303 to heldout313)
  successes; *settled* (heldout300, heldout302 to heldout304 and heldout306 to heldout313) ICICI Bank's "spent
  using" a success; Pine Labs' RESPONSE TIMEOUT with "TRANSACTION STATUS UNKNOWN" pending (*settled*
  heldout282 and heldout299 to heldout313: the terminal got no answer from the bank); Axis Bank's DECLINED (91
  ISSUER OR SWITCH INOPERATIVE) failed. A utility's Payment Successful, MyJio's and HelloBPCL's Payment
  successful, the water tax receipt's "Recd. in cash", Tata Play's "is successful", the newspaper agency's
  "PhonePe ने मिळाले" (received by PhonePe) in a Marathi hand successes; Hostinger's Payment processing
  pending; BSNL Selfcare's Payment failed failed. *settled*: an SMS, mail, notification or WhatsApp alert's
  debit a success whatever its bank's wording (Bank of Maharashtra's "debited by", Canara Bank's "has been
  DEBITED", Saraswat Bank's "has been debited with", Kotak Mahindra Bank's "debited from", Indian Overseas
  Bank's "is debited for"); *settled* (new here) the Marathi SMS' "पाठवले आहेत" (have been sent) a success,
  because it is Marathi for what heldout313's Nepali SMS says with "पठाइएको छ" and heldout310's Odia SMS with
  "ପଠାଯାଇଛି" (has been sent); Punjab National Bank's "is in process" pending (as heldout312's "is under
  process" and heldout313's Bank of Baroda's); Yes Bank's "has failed. Amount, if debited, will be reversed"
  failed (as heldout310's Union Bank of India's "has failed").

* date: the day paid. A UPI screen's day and hour: Paytm for Business' Received on, Freecharge's Date & Time,
  iMobile Pay's Initiated on:, slice's Paid on, the day in the Google Pay chat card's "Paid · <day>", AU
  0101's Attempted on, Bajaj Finserv's Date; *settled* (new here) PhonePe set in Marathi's "आज, <hour>" prints
  no day, because "आज" is Marathi for the "Today" whose screens print no day (*settled*), as heldout312 read a
  screen set in Telugu as the same screen in English. The Corporation's Date on its Ref. No.'s line (never a
  Bill Date; its seal carries none), the Tally voucher's Dated (dd-Mon-yy, 18-Feb-26 is 2026-02-18; its Inst.
  Date the same), ICICI Bank's Value Date:, Axis Bank neo's Payment Date, NetSuite's Date: (never a bill's
  Date Due), the day the WhatsApp message names ("by Google Pay on <day>", *settled* heldout311's forwarded
  message and heldout313's mail: the payer states in its own words the day it paid; never the chat's divider
  or hour), Invoicemart's Funded on (*settled* heldout268's Funding date); the Slack message under its "Today"
  divider prints no day (*settled* heldout286, heldout289, heldout299, heldout301 and heldout303 to
  heldout313; never a message's hour). A wire's Bank of America Value Date: month first the American way or in
  words (10/10/2026 or Oct 10, 2026, *settled* heldout272, heldout288, heldout292 and heldout308 to
  heldout313's US banks), NatWest's Payment date day first or in words, Mashreq's Transfer date, the day in
  DBS IDEAL's sentence, TD's Date year first (an ISO day, 2026-09-22, *settled* heldout270, heldout271,
  heldout311 and heldout313), ASB's Payment date, BNP Paribas' Date d'exécution / Execution date day first;
  MCB's "Today, <hour>" prints no day (*settled*). A receipt's Date: on the tax invoice, the दिनांक · Date
  written on the jatra memo's blank, Instamojo's Date, PayU's Attempted on, Vyapar's Date:, Flipkart's
  Initiated on, the दिनांक · Date written in the receipt book; Khatabook's "Today, <hour>" prints no day. The
  "Paid by NEFT / RTGS on <day>" written on the silk twister's invoice (never its invoice's Date; its PAID
  stamp's day the same), the zari works' Date: (never an invoice's Date), Amazon Business' Order placed, the
  "दि." (date) and the day on the dyer's bill, the Date written on the carpenter's bill, the studio's "Payment
  received on <day>" (never its Invoice Date:), Printo's Attempted on; DTDC's "Today, <hour>" prints no day. A
  banking page's Date & Time, IRIS' Date, IndusMobile's Date, PNB ONE's Initiated on, the दिनांक · Date
  written on the co-operative bank's application (its seal's day the same), the day in Paytm's shared text,
  Saraswat Bank's Transaction Date; Amazon Pay's "Today, <hour>" prints no day. A pay slip's "on <day>"
  written on the wage account (never its Month), Zoho Payroll's Pay Date: (never its Pay Period or the
  payslip's month, *settled* heldout273 and heldout303 to heldout313), the "आज दि. <day> रोजी" (today, on
  <day>) in the Diwali advance's Marathi hand, Paytm's Started at, Canara ai1's Transaction Date, Google Pay's
  Date, PagarBook's Paid on (never its "Salary for <month>"); super.money's "Today, <hour>" prints no day. A
  fee page's दिनांक · Date (never its आर्थिक वर्ष · Year), GRAS' Date of Payment (never its Period), the Silk
  Mark Organisation's Attempted on, Aaple Sarkar's Date, the Date written on the stall fee book's receipt, the
  GST portal's Payment initiated on, the Labour Welfare Board's Date: (never its Period:); MahaTraffic's
  "Today, <hour>" prints no day. An insurer's Receipt Date, Star Health's Initiated on, Tata AIG's Date,
  Digit's Attempted on, LIC's Date (never its Next due date), the Date written on National Insurance's agent's
  receipt, the "on <dd/mm/yyyy>" in Royal Sundaram's SMS; Niva Bupa's "Today, <hour>" prints no day. A slip's
  DATE or TXN DATE (dd/mm/yyyy, dd/mm/yy or dd-mm-yyyy), MSRTC's Booked on (never its Date of journey,
  *settled* heldout302 and heldout305 to heldout313), the misal house's Date, the "on <dd-Mon-yy>" in ICICI
  Bank's SMS; the OneCard app's "Today, <hour>" prints no day. A utility's भरणा दिनांक · Payment Date (never
  its बिल महिना · Bill Month), BSNL Selfcare's Attempted on, HelloBPCL's Paid on, the दिनांक · Date written on
  the water tax receipt (never its कालावधी · Period), the "on <dd-mm-yyyy>" in Tata Play's SMS (never its
  "Next recharge due on"), the "दि." (date) and the day after the newspaper agency's "PhonePe ने मिळाले"
  (never the month of its bill), Hostinger's Initiated:; MyJio's "Today, <hour>" prints no day. The alerts'
  "दि. <dd-mm-yyyy> रोजी" (on <day>) in the Marathi SMS (in Latin figures as the bank sends them, *settled*
  heldout287 and heldout308 to heldout313), "on <dd-mm-yyyy>", "on <dd/mm/yyyy>", "initiated on <dd.mm.yyyy>",
  "on <dd-Mon-yy>", "on <dd/mm/yy>"; Kotak Mahindra Bank's notification's "now" prints no day (*settled*
  heldout279, heldout287, heldout294, heldout303, heldout305, heldout308, heldout311 and heldout312's "now").
  All numeric days here are day first (heldout251, heldout259) but Bank of America's month first and TD's year
  first. *settled*: never a Year, a Period, a Bill Month, a Month, a Pay Period, a payslip's month, an
  invoice's, a bill's, a due or a journey's day, a next due date, an e-mail's, a message's or a notification's
  hour, a chat's divider, the day inside a UTR (heldout210), a CIN or an app's, a portal's, a bank's, a
  challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the Corporation's NEFT or RTGS, the Tally voucher's
  Transfer Mode:, ICICI Bank's Payment Mode:, the Slack message's NEFT, Axis Bank neo's NEFT, NetSuite's NEFT
  or RTGS, Invoicemart's NEFT or RTGS (*settled* heldout268's factoring unit's credit by NEFT); *settled*
  (heldout311's Etsy deposit, heldout312's and heldout313's Amazon payouts) Flipkart's settlement sent to the
  Dalan's bank account; the silk twister's NEFT or RTGS, the zari works' NEFT or RTGS, Amazon Business' Net
  Banking; the banking pages but Amazon Pay's and Paytm's UPI; Zoho Payroll's NEFT, Canara ai1's IMPS; GRAS',
  the Silk Mark Organisation's, the GST portal's and the Labour Welfare Board's Net Banking; Bajaj General's
  NEFT or RTGS, Star Health's Net Banking; MSEDCL's Net Banking; the NEFT and IMPS alerts); a SWIFT transfer
  either way (*settled*: Bank of America's SHA (shared), NatWest's Shared (SHA), Mashreq's SHA, DBS IDEAL's TT
  (SHA), TD's Shared (SHA), ASB's SHA, MCB's SWIFT (SHA), BNP Paribas' SHA - partagés; *settled* heldout279,
  heldout301 and heldout303 to heldout313). UPI for the UPI screens, Paytm for Business' Mode, PhonePe's
  खात्यातून · From A/c (*settled* heldout312's Telugu "ఖాతా నుండి"), the Google Pay chat's payment (a UPI
  app's payment in its chat, *settled* heldout275's thread and heldout310's to heldout313's chats), Bajaj
  Finserv's Paid via; the WhatsApp message's Google Pay; the tax invoice's "Received by UPI", Instamojo's Paid
  via, Vyapar's Payment Type:, Khatabook's "Online payment (UPI)", the receipt book's UPI ticked in its boxes;
  the dyer's "GPay ने मिळाले" and the newspaper agency's "PhonePe ने मिळाले" in a Marathi hand (*settled*
  heldout287's "GPay-ৰে পালোঁ" and heldout309's to heldout313's "GPay" and "PhonePe"), the studio's "via UPI",
  DTDC's "paid by UPI"; Amazon Pay's and Paytm's UPI; the wage account's, Paytm's, Google Pay's, super.money's
  and PagarBook's UPI; Yeola Municipal Council's, Aaple Sarkar's and MahaTraffic's UPI; Tata AIG's, LIC's,
  Niva Bupa's and Royal Sundaram's UPI; MyJio's, HelloBPCL's, Tata Play's and Hostinger's UPI; the UPI alerts.
  Card for PayU's Credit Card, Printo's Visa Debit, Digit's Mastercard, the slips, MSRTC's Debit Card, the
  misal house's "Paid by: Card", ICICI Bank's SMS, the OneCard app and BSNL Selfcare's Debit Card. Cash for
  the jatra memo's and the Diwali advance's "रोख मिळाले" (received cash) in a Marathi hand (*settled*
  heldout287's "নগদ পালোঁ" and heldout303 to heldout313's hands), the carpenter's "Recd. cash with thanks",
  the stall fee book's, National Insurance's agent's and the water tax receipt's "Recd. in cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout313): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref. No., PhonePe's UPI संदर्भ क्र. · UPI
  Ref No., Freecharge's UPI Transaction ID, iMobile Pay's UPI Ref No.:, slice's UPI transaction ID, AU 0101's
  UPI Ref No. (above its Transaction ID), Bajaj Finserv's UPI Ref No.; the UTR in the Corporation's sentence,
  the Tally voucher's UTR / Inst. No. (above its No.), the Slack message's UTR, NetSuite's Memo: UTR (above
  its Bill Payment #), Invoicemart's UTR (above its Factoring Unit No.); the tax invoice's UTR (above its
  Invoice No.), Vyapar's Ref. No. (above its Receipt No.), Khatabook's UPI Ref, the receipt book's UPI Ref
  written in (above its No. struck in red); the UTR written under the silk twister's stamp (above its Invoice
  No.), the zari works' UTR (above its Receipt No.), the dyer's Ref written, the studio's Ref (above its
  Invoice No); the banking pages' IMPS Ref No (RRN), IMPS Ref. No., UPI Reference ID, UTR No., IMPS Ref No.,
  the UTR written on the co-operative bank's application; the wage account's Ref, Zoho Payroll's UTR, Paytm's,
  Canara ai1's and super.money's UPI Ref No. and IMPS Reference No., Google Pay's UPI transaction ID (above
  its Google transaction ID), PagarBook's UPI Ref; Yeola Municipal Council's संदर्भ क्र. · UPI Ref (above its
  पावती क्र. · Receipt No.); Bajaj General's UTR (above its Receipt No.), Tata AIG's UPI Ref (above its
  Receipt No.), LIC's UPI Ref No. (above its Receipt No.), the Ref in Royal Sundaram's SMS; a slip's RRN and
  RRN NO; the newspaper agency's Ref written; the alerts' संदर्भ क्र. (reference No.) in the Marathi SMS, the
  reference in Bank of Maharashtra's UPI/<ref>/<PAYEE>, Punjab National Bank's UTR, Yes Bank's RRN, Saraswat
  Bank's UTR, Kotak Mahindra Bank's and Indian Overseas Bank's IMPS Ref), then a bank reference (ICICI Bank's
  Transaction Ref. No.:, Axis Bank neo's Transaction Reference, Bank of America's Wire Reference:, NatWest's
  Payment reference, Mashreq's Transaction reference, TD's Reference #, ASB's Reference, MCB's Reference, BNP
  Paribas' Référence / Reference, IRIS' Reference No., GRAS' Bank CIN (above its GRN; *settled* heldout308,
  heldout311 and heldout313: a CIN is the bank's number for the tax it received), Aaple Sarkar's Bank
  Reference No. (above its Transaction ID)), then a transaction / payment id (Instamojo's Payment ID, PayU's
  Transaction ID (above its Order ID), Flipkart's Settlement ID, DTDC's Transaction ID, GRAS' GRN (*settled*
  heldout302, heldout304 and heldout306 to heldout313: a treasury's challan as its GRN), MahaTraffic's and the
  Labour Welfare Board's Transaction ID (above its Receipt No.), Star Health's, Niva Bupa's Transaction ID,
  Digit's Payment ID, MSRTC's Transaction ID (above its Ticket No.), the OneCard app's Transaction ID,
  MSEDCL's व्यवहार क्रमांक · Transaction ID (above its पावती क्रमांक · Receipt No.), MyJio's, BSNL Selfcare's,
  HelloBPCL's (above its Order No.), Hostinger's Transaction ID (above its Invoice:) and the Txn ID in Tata
  Play's SMS), then an approval code (the misal house's Approval No.; a slip's AUTH: and APPROVAL CODE under
  its RRN), then an order's number (Amazon Business' Order #, Printo's Order No., the Silk Mark Organisation's
  Order No., MSRTC's Ticket No. (*settled* heldout126, heldout302, heldout305, heldout306 and heldout311's
  PNR), HelloBPCL's Order No.), then a document's own number (the Tally voucher's No. and NetSuite's Bill
  Payment # (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and heldout303
  to heldout313), Invoicemart's Factoring Unit No. (*settled* heldout268), the tax invoice's Invoice No.,
  Vyapar's Receipt No., the receipt book's No. struck in red (as heldout306's, heldout307's and heldout309 to
  heldout313's), the silk twister's Invoice No., the zari works' Receipt No., the studio's Invoice No, the GST
  portal's CPIN (*settled* heldout304's CPIN: a challan numbered when it is created), Yeola Municipal
  Council's पावती क्र. · Receipt No., the Labour Welfare Board's, Bajaj General's, Tata AIG's and LIC's
  Receipt No., MSEDCL's पावती क्रमांक · Receipt No., Hostinger's Invoice:, a slip's INV:, INVOICE NO, INVOICE
  and BILL NO, the misal house's Bill No.). *settled*: never a card, account, phone or mobile number, a UPI
  ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam, an Employee ID, a Policy No., a Property No., a Consumer
  No., a Subscriber ID, a JioFiber number, an Account No., an Application ID, an Authorised User No., a Stall
  No., a Vehicle No., a Consignment No. (a consignment's number, as an AWB NO, *settled* heldout274,
  heldout299 and heldout303 to heldout313), a Ref. No. on the Corporation's letter (a letter's file number,
  *settled* heldout278, heldout303, heldout304 and heldout306 to heldout313), a slip's MID / TID / BATCH, a
  bill or an invoice named on an advice or a receipt (the Corporation's, NetSuite's and the zari works'
  bills), the PO in the Slack message."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout314_families import (
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

SPLIT = "heldout314"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout312's and heldout313's: the screens in
# DejaVu Sans, Noto Sans Display, Liberation Sans (liberation2), FreeSans and Noto Sans; the pages in
# Liberation Serif (liberation), Noto Serif, DejaVu Serif, FreeSerif, DejaVu Sans Condensed and Liberation
# Sans (liberation2); the firm's, its suppliers' and its people's papers in Noto Serif Display, DejaVu Serif
# Condensed, Liberation Serif (liberation2), Liberation Sans Narrow and FreeSans; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Devanagari (heldout313's and heldout275's) for the
# Marathi lines, ledger rows, blanks, hand and SMS, FreeSans for a Marathi hand's figures, a pen's italic or
# oblique (``heldout314_families.PENS``) and a page's own fixed-width face (``heldout314_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
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


def make_heldout314_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout314 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

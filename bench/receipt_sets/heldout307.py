"""heldout307: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Lucknow chikankari house's year of 2026 in Uttar Pradesh (Nazakat Chikan
Kaarigari LLP, नज़ाकत चिकन कारीगरी एलएलपी, نزاکت چکن کاریگری, LLPIN AAZ-4417, GSTIN 09AAWFN6183J1Z4, Udyam
UDYAM-UP-43-0058216, with Shamim Ahmad Siddiqui and Nuzhat Siddiqui its designated partners, his son Faraz
Siddiqui, who takes the export orders and keeps the web shop, and Anuj Rastogi, who keeps its accounts: in its
karkhana in Phoolwali Gali, Chowk, Nazakat Karkhana, Mohd. Irfan block prints the designs on the cut mul,
georgette and chanderi in fugitive blue (neel and gum) with carved sheesham blocks, the pieces go out to its
karigars, women who embroider at home in Kakori, Malihabad, Chinhat, Bakshi Ka Talab and Mohanlalganj (Shabana
Bano, Rukhsana Khatoon, Kamla Devi, Nasreen Fatima, Sunita Rawat, Shahnaz Parveen, Guddi Devi and Afsana Begum
among them), who work them in white thread in tepchi, bakhiya, phanda, murri, jaali and keel kangan, and come
back to be washed at the Daliganj dhobi ghat by Ramesh Kanaujia, starched, finished and cut by Salim Ansari,
the cutting master: chikan kurtas of cotton mul and of georgette in full jaal, sarees of georgette and
chanderi, dupattas, anarkalis with mukaish, men's kurtas, palazzo sets and table linen; the georgette, mul and
chanderi come ready for dyeing from a Surat mill and a georgette house, the threads, needles and mukaish from
a Nakhas thread house and a thread company, the badla wire from a mukaish works, the blocks from a Farrukhabad
block maker, the steam iron and needles from Moglix, the hang tags and carry bags from Vistaprint and the
cartons from a Lucknow box maker, and the parcels go by Delhivery; its showroom in Janpath Market, Hazratganj,
Nazakat Chikan House, नज़ाकत चिकन हाउस, نزاکت چکن ہاؤس, with Vivek Mishra and Heena Khan at its counter; stall
114 at the Lucknow Mahotsav at Smriti Upvan from 25 November to 5 December; the web shop nazakatchikan.in,
Dukaan and Amazon; the U.P. Export Corporation's Gangotri emporia, a Lucknow hotel group, a Delhi couture
label, a Noida IT firm, a Kanpur bridal studio, a Bengaluru brand, a Bhopal boutique and a crafts marketplace
at home, and boutiques and bridal shops in Southall, Brampton, Houston, Dubai, Frankfurt, Riyadh, Singapore
and Auckland abroad), told by the proofs of payment it receives (buyers' PhonePe Business on the showroom's
phone, Airtel Thanks, PayZapp, Paytm set in Hindi, Bajaj Finserv, PhonePe, BHIM and Google Pay screens; the
U.P. Export Corporation's advice under its Hindi name, a hotel group's Dynamics 365 remittance mail, a couture
label's Zoho Books mail, ICICI Bank's Corporate Internet Banking with an IT firm's NEFT pending authorisation,
YONO Business with a bridal studio's RTGS rejected, a brand's Slack channel, a boutique's letter and Cashfree
Payouts; Barclays, TD, Wells Fargo, FAB, Deutsche Bank, Al Rajhi Bank, DBS and ANZ for buyers in Southall,
Brampton, Houston, Dubai, Frankfurt, Riyadh, Singapore and Auckland in pounds, Canadian dollars, US dollars,
dirhams, euros, riyals, Singapore dollars and New Zealand dollars; the showroom's tax invoice under a chikan
buti in its hoop, the Mahotsav stall's cash memo in a Hindi hand, Razorpay's pending checkout, WooCommerce's
order mail, Amazon Seller Central's disbursement, CCAvenue's failed page, Dukaan's order and the showroom's
advance receipt with its counterfoil) and those it makes (the Surat mill's invoice with the accountant's note
under its clip, the block printer's chit in a Hindi hand, Delhivery's roll, Moglix's pending order, the thread
house's collection receipt, Vistaprint's declined checkout, the dhobi's washing account in a Hindi hand and
the block maker's bill under its Urdu name; Baroda U.P. Bank's app in Hindi and English, HDFC Bank's
NetBanking, Kotak Biz, the Lucknow District Co-operative Bank's form, YES BUSINESS, Vyom, BOI Mobile Omni Neo
and Cent Mobile's shared receipt for the thread house, the mill, the block maker, the mukaish works, the
thread company, the georgette house, the block printer and the box maker; a karigar's job card, greytHR's
payslip, Amazon Pay, Navi, a karigar's Eid advance receipt signed by her thumb, iMobile Pay, a WhatsApp chat
with the cutting master and a wage envelope; Lucknow Nagar Nigam's house tax receipt in Hindi labels, a Jan
Seva Kendra's roll, the Income Tax Department's pending advance tax, the Legal Metrology Department's failed
fee, the Lucknow Development Authority's lease rent, e-Nagar Sewa UP's trade licence, Nagar Panchayat Kakori's
receipt book and GRAS's e-challan; SBI General's, HDFC ERGO's, Care Health's, Acko's, Axis Max Life's,
IFFCO-Tokio's, SBI Life's and Future Generali's premiums; cards on the showroom's Razorpay POS terminal and
the Mahotsav stall's BharatPe swipe machine, at a Delhi hotel's ICICI Bank terminal, at a Lucknow filling
station, on Air India Express, in HDFC Bank's SMS, on Scapia's app and on an Aminabad restaurant's Petpooja
bill; MVVNL, Tata Play, Green Gas, the Jal Kal Vibhag, Airtel Thanks, IndianOil ONE, MVVNL's SMS and a
newspaper hawker's bill card; the banks' SMS, Baroda U.P. Bank's SMS in Hindi, ICICI Bank's mail, HDFC Bank's
WhatsApp banking and Indian Bank's notification in the pulled-down shade). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout304's or heldout305's; where a kind of paper is one they also drew (a receiving business's own app, a
UPI app set in the region's language, an app's failure, pending, no-reference or "Today" page, a state crafts
corporation's advice, an accounting program's remittance, a corporate bank's page with a transfer waiting or
sent back, a chat's message, a payout, a payer's letter or mail, a wire's page, a shop's tax invoice, a
festival stall's memo, a gateway's pending or failed page, a web shop's mail, a business's own app, an advance
receipt, a supplier's invoice with its payment noted on it, a supplier's chit in a regional hand, a carrier's
roll, a marketplace's pending or failed order, a supplier's bill under a regional name, a bank's app or page
in the region's language, a bank's form filled in by hand, a shared receipt, a piece work account, a payslip,
a worker's receipt signed by a thumb, a municipal receipt in regional labels, a kiosk's roll, a tax or dues
page pending or failed, an app's fee page, a receipt book's page, a treasury's challan, a premium receipt, an
insurer's app or SMS, a marine cargo certificate, a card slip approved, pending or declined, a fare paid by
card, a card issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app or SMS, a
refill's booking, a hand-written monthly bill, a bank's SMS in the region's language, a bank's mail, WhatsApp
banking, a phone's notification), it is drawn here for another issuer in this set's own labels and marks, and
near ones are noted: PhonePe Business on the showroom's phone with its SmartSpeaker's announcement, where
heldout304 and heldout305 drew BharatPe for Business; Paytm set in Hindi with its month's Hindi name, where
heldout304 drew Google Pay set in Kannada and heldout305 Google Pay set in Tamil; Google Pay in English under
the payee's initials, where heldout305 drew Google Pay set in Tamil under them; PayZapp's failure under a
round cross, where heldout304 drew MobiKwik's under a pale wave and heldout305 Kotak811's in a capsule; BHIM's
pending with its stages left to right, where heldout304 drew Groww's processing and heldout305 MobiKwik's;
Bajaj Finserv's page with no reference, where heldout304 drew FamApp's; Airtel Thanks' "Today", where
heldout304 drew IDFC FIRST Bank's and heldout305 indie's; the U.P. Export Corporation's PAYMENT ADVICE under
its Hindi name with its bills in a table ruled on every side, where heldout304 drew Cauvery's advice on
hairline rows and heldout305 Poompuhar's received by fax; Dynamics 365's remittance mail and Zoho Books'
Payment Made mail, where heldout304 and heldout305 drew Oracle Fusion's and heldout304 a Marg ERP advice;
ICICI Bank's NEFT pending the checker's authorisation, where heldout304 drew HSBCnet's NEFT pending bank
processing; YONO Business' RTGS rejected, where heldout304 drew Indus Direct's RTGS rejected and heldout305
HSBCnet's NEFT rejected; the Slack channel, where heldout304 and heldout305 drew Google Chat spaces; the
Bhopal boutique's letter with no reference, where heldout304 drew an architects' mail and heldout305 an
interior studio's; Cashfree Payouts, where heldout305 drew RazorpayX Payouts; TD's wire pending approval,
where heldout304 drew UBS' in progress and heldout305 CommBank's awaiting authorisation; FAB's "Today", where
heldout304 drew NBK's and heldout305 Emirates NBD's; Deutsche Bank's transfer returned, where heldout304 drew
Danske Bank's and heldout305 RBC's; Al Rajhi Bank's page with no reference, where heldout304 drew Mashreq's
and heldout305 UOB's; Wells Fargo's wire in US dollars, where heldout304 and heldout305 drew Citi's; the
showroom's tax invoice under a chikan buti in its hoop, where heldout304 drew one under a durrie and
heldout305 one under a pair of nodding dolls; the Mahotsav stall's cash memo in a Hindi hand lying on printed
mul, where heldout305 drew the Mylapore stall's cash memo in a Tamil hand on a golu step and heldout304 the
Krishi Mela's Vyapar roll; Razorpay's pending checkout and CCAvenue's failed page, where heldout304 drew
PayU's pending page and Stripe's declined card and heldout305 Cashfree's pending checkout and PayU's failed
page; WooCommerce's order mail, where heldout304 and heldout305 drew Shopify's; Amazon Seller Central's
disbursement, where heldout304 drew GoCoop's payout; Dukaan's "Today", where heldout304 and heldout305 drew
OkCredit's; the advance receipt across its counterfoil, where heldout304 drew an advance receipt in Kannada
fields; the Surat mill's invoice with the accountant's written note under a paper clip, where heldout304 drew
a spinning mill's invoice with a highlighter and a written line and heldout305 a metal dealer's invoice under
a PAID stamp; the block printer's chit in a Hindi hand, where heldout304 drew a carpenter's chit in a Kannada
hand and heldout305 a clay seller's in a Tamil hand; Delhivery's roll, where heldout304 drew VRL Logistics'
booking receipt and heldout305 ST Courier's roll; Moglix's pending order and Vistaprint's declined checkout,
where heldout304 drew udaan's and Packman's and heldout305 Amazon Business' and Itsy Bitsy's; the block
maker's bill under its Urdu name, where heldout304 drew a dyer's bill under its Urdu name and heldout305 a
flour mill's under its Tamil name; Baroda U.P. Bank's app with its Hindi over its English, where heldout304
drew Karnataka Grameena Bank's app with its Kannada; HDFC Bank's NetBanking, where heldout305 drew Indian
Overseas Bank's internet banking; Kotak Biz' IMPS under a scalloped badge, where heldout304 drew InstaBIZ's
under a ribbon and heldout305 CUB All in One's under a tile; the Lucknow District Co-operative Bank's form
with its Hindi labels, where heldout304 drew the Dharwad DCC Bank's form and heldout305 the Thanjavur Central
Co-operative Bank's; YES BUSINESS' NEFT in process, where heldout304 drew IOB Mobile's NEFT pending and
heldout305 FedMobile's IMPS in progress; Vyom's NEFT failed, where heldout304 drew PNB ONE's and heldout305
SIB Mirror+'s; BOI Mobile Omni Neo's "Today", where heldout304 drew AU 0101's and heldout305 TMB mConnect+'s;
Cent Mobile's shared receipt with its QR code, where heldout304 drew IndusMobile's ticket and heldout305 PNB
ONE's shared receipt; the karigar's job card, where heldout304 drew a weaving account and heldout305 a piece
work account; greytHR's payslip, where heldout304 and heldout305 drew Keka's; Navi's payment in progress and
iMobile Pay's failure, where heldout304 drew Jupiter's in progress and Freecharge's failure and heldout305
Paytm's pending and Jupiter's failure; the Eid advance receipt signed by a thumb, where heldout304 drew a wage
receipt signed by a thumb and heldout305 a bonus receipt with a thumb's impression; the WhatsApp chat's
payment under "Today", where heldout304 drew super.money's "Today" and heldout305 IDFC FIRST Bank's; the wage
envelope, where heldout304 drew a cash voucher and heldout305 Vyapar's payment-out; Lucknow Nagar Nigam's
house tax receipt in Hindi labels, where heldout305 drew the Thanjavur Corporation's property tax in Tamil
labels and heldout304 HDMC's trade licence in Kannada cells; the Jan Seva Kendra's roll, where heldout304 drew
Hubballi One's; the Income Tax Department's pending advance tax and the Legal Metrology Department's failed
fee, where heldout304 drew the Labour Welfare Board's pending contribution and the GST portal's failure and
heldout305 EPFO's pending challan and the Labour Welfare Board's failure; e-Nagar Sewa UP's "Today", where
heldout304 drew the KSP app's and heldout305 mParivahan's; Nagar Panchayat Kakori's receipt book, where
heldout304 drew the Town Municipal Council's and heldout305 the Palace Devasthanam's rent receipt; GRAS'
e-challan, where heldout304 drew Khajane-II's; SBI General's and HDFC ERGO's receipts, where heldout304 drew
New India's and Universal Sompo's and heldout305 Oriental's and New India's; Care Health's failure, where
heldout304 and heldout305 drew ManipalCigna's; Acko's "Today", where heldout304 drew ICICI Lombard's and
heldout305 Tata AIA Life's; Axis Max Life's payment under process, where heldout304 drew PNB MetLife's
verification and heldout305 Liberty General's in process; IFFCO-Tokio's marine cargo certificate, where
heldout304 drew Oriental's and heldout305 Zuno's; SBI Life's SMS, where heldout304 drew Kotak Life's and
heldout305 Canara HSBC Life's; Future Generali's group personal accident receipt paid by NEFT, where
heldout304 drew United India's paid by cheque; Razorpay POS' slip at the showroom, where heldout304 and
heldout305 drew Pine Labs'; BharatPe's swipe machine's slip unknown at the Mahotsav stall, where heldout304
and heldout305 drew Mswipe's pending at their stalls; ICICI Bank's slip at a Delhi hotel, where heldout304 and
heldout305 drew Worldline's at a hotel; Canara Bank's slip declined at a filling station, where heldout304
drew Bank of India's and heldout305 HDFC Bank's at an art store; Air India Express' booking, where heldout304
drew Star Air's and heldout305 IRCTC's; HDFC Bank's card SMS, where heldout304 drew IndusInd Bank's and
heldout305 Axis Bank's; Scapia's app, where heldout304 drew IDFC FIRST Bank's card app and heldout305 SBI
Card's; Petpooja's restaurant bill, where heldout304 and heldout305 drew DotPe's; MVVNL's receipt under its
Hindi name, where heldout304 drew HESCOM's under its Kannada name and heldout305 TNPDCL's under its Tamil
name; Tata Play's recharge, where heldout304 drew Dish TV's failure and heldout305 Dish TV's mail; Green Gas'
pending payment and Airtel Thanks' failure, where heldout304 drew IDFC FIRST Bank FASTag's pending recharge
and Dish TV's failure and heldout305 HP Pay's pending refill and IDFC FIRST Bank FASTag's failure; the Jal Kal
Vibhag's e-receipt in Hindi labels, where heldout304 drew HDMC's water e-receipt and heldout305 Bharat
BillPay's; IndianOil ONE's refill in "Today", where heldout304 drew MyJio's "Today" and heldout305 Hathway's;
MVVNL's SMS, where heldout304 drew HESCOM's; the newspaper hawker's bill card in a Hindi hand, where
heldout305 drew a water can card and heldout304 an HP Gas distributor's cash memo; Baroda U.P. Bank's SMS in
Hindi in a bubble, where heldout304 drew Karnataka Grameena Bank's SMS in Kannada in a card and heldout305
Tamil Nadu Grama Bank's in Tamil; SBI's, Kotak's, Bank of Baroda's and Union Bank of India's SMS, where
heldout304 drew PNB's, IDBI Bank's, Bank of India's and UCO Bank's and heldout305 City Union Bank's, Indian
Overseas Bank's, TMB's and Federal Bank's; ICICI Bank's mail, where heldout304 and heldout305 drew South
Indian Bank's; HDFC Bank's WhatsApp banking, where heldout304 drew AU Bank's; Indian Bank's notification in
the pulled-down shade, where heldout305 drew UCO Bank's notifications and heldout304 Truecaller's card. Some
of this set's issuers and kinds of paper were drawn by sets before heldout304 (heldout275's, heldout286's,
heldout291's, heldout292's and heldout295's Hindi lines, labels, hands and SMS; heldout277's, heldout303's and
heldout304's Urdu lines; heldout205's riyals, heldout215's New Zealand dollars and heldout242's euros the
German way; heldout279's Craftmark; heldout287's soundbox; heldout289's notification shade; heldout303's BHIM,
Navi, iMobile Pay, Amazon Pay, WhatsApp Pay, Vyom, Airtel and the Income Tax Department), and are drawn here
in this set's own labels and arrangements; the families' docstrings list each one's labels. This set draws
kinds of row and page heldout304 and heldout305 do not: a chikan buti in its embroidery hoop as a letterhead's
emblem (the hoop's two wooden rings and brass screw round a disc of pastel mul, a paisley on it outlined in
white tepchi and filled with bakhiya's paler shade, phanda knots round it, a vine of murri and leaves whose
end is still only printed in fugitive blue); a strip of chikan work as a divider (a band of mul, a vine in
tepchi with paired bakhiya leaves and phanda flowers, its last stretch printed and not yet worked); snipped
thread ends, a curl of mukaish, a needle and spots of the printer's blue in a page's margins; a page
photographed lying on a length of mul block printed in blue for the karigars (rows of paisleys and a vine
border, a few already worked in white, a carved sheesham printing block beside the page); a left thumb's
impression in black ink with its caption in Hindi; a receipt's label in bold Hindi with its English after a
slash, a colon and the value; a collection agent's pocket-printer receipt, a washerman's account on a spiral
pad, a wage envelope on brown paper, a newspaper hawker's monthly bill card, a marketplace's disbursement to a
seller, a payer's Slack channel, a receipt across its counterfoil, a bank's shared receipt with a QR code to
verify it; and beside them earlier sets' rows neither of them draws: heldout275's Hindi lines, labels of two
lines (the Hindi over its English) and Hindi hand; heldout277's paper clip and spiral pad; heldout279's
Craftmark hang tag; heldout287's soundbox announcement; heldout269's QR code; heldout271's counterfoil and its
perforation; heldout289's notification shade; and heldout269's to heldout294's rows (tables ruled on every
side, striped tables, shaded labels, labels against a gutter, labels at the left and values at the right, dot
leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two to a row, values over
their labels, labels over their values two to a row, copyable fields, read-only fields, notice boxes, a
payment's stages left to right, large round marks, octagons, scalloped badges, tile marks, spinners, progress
bars, a day divider, chat bubbles, hand-written fills and columns on a ruled page, a sum in a box, boxes
ticked by hand, rectangular and oval stamps, a red numbering-machine number, an accountant's tick, signatures,
a torn roll, a barcode).

* ``buyer_upi``: Buyers paying Nazakat Chikan House or the firm: PhonePe Business on the showroom's phone (the
  showroom under the app's bar, a large round tick, Payment Received, the sum set large, "from <buyer>"; UPI
  Ref. No., Date & Time and Paid via in shaded labels; the SmartSpeaker's announcement); Airtel Thanks' UPI
  payment under an octagon's tick ("Today, <hour>"; the sum, "Paid to" over the payee; UPI Ref. No. and Paid
  from two to a row, labels small over their values; no day); PayZapp's payment failed under a large round
  cross (the sum, "to <payee>", the reason in a notice; each label small over its value: Transaction ID,
  Attempted on, Pay from); Paytm set in Hindi (a large round tick, "भुगतान सफल" (payment successful), the sum,
  "प्राप्तकर्ता" (recipient) over the payee and its UPI ID, the day with its month's Hindi name and the hour;
  "UPI संदर्भ संख्या" (UPI reference number) over its value, "<bank> खाते ••1234 से भुगतान किया" (paid from
  <bank> account ••1234)); Bajaj Finserv's Bajaj Pay UPI payment (Payment successful, the sum in a tinted
  panel, "Paid to" over the payee, "on <day> at <hour>", From; no reference); PhonePe's Transaction Successful
  (its hour on its day under the outcome; Paid to and the sum on a line, the payee's UPI ID; Transfer Details:
  Transaction ID, Debited from, UTR); BHIM's transaction pending under a spinner (the sum, "to <payee>", its
  stages left to right, a notice; each label small over its value: UPI Transaction ID, Initiated on, Account);
  Google Pay's Completed (the payee's initials in a round badge, "To <payee>" and its UPI ID, the sum, a large
  round tick, the day and hour; UPI transaction ID, To, From, Google transaction ID each label over its
  value). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: the U.P. Export Corporation's (its Gangotri
  emporia's) PAYMENT ADVICE under its Hindi name (its heading "भुगतान सूचना" (payment advice) in Hindi over
  its English; Letter No. and Date on a line; To, M/s the firm; Sub:; Bill No. | Bill Date | Gross | TDS-GST
  2% | Net in a table ruled on every side, Net paid its total row; "... has been credited to your account ...
  through NEFT vide UTR No. ..."; the Finance Controller's signature); a Lucknow hotel group's Vendor
  Remittance Advice mailed from Microsoft Dynamics 365 Business Central (Vendor No. and Vendor Name, Payment
  Date and Payment Method, Document No. and Bank Reference two pairs to a row with colons; Vendor Invoice No.
  | Posting Date | Amount on hairline rows; Total Payment under a double rule); a Delhi couture label's
  Payment Made mail from Zoho Books (the sum in a tinted panel, "Paid to" over the payee; Payment #, Payment
  Date, Paid Through, Payment Mode, Reference# against a gutter; Bill# | Bill Date | Bill Amount | Payment in
  a striped table); ICICI Bank's Corporate Internet Banking with a Noida IT firm's NEFT pending the checker's
  authorisation (a capsule at the left, its stages left to right, a notice; Transaction Reference,
  Beneficiary, Amount, Payment Mode, Value Date, Debit Account in a table ruled on every side); SBI's YONO
  Business with a Kanpur bridal studio's RTGS rejected under an octagon's cross (the reason in a notice;
  Reference No., Beneficiary Name, Amount, Mode, Transaction Date, Reason in dot leaders); a Bengaluru brand's
  Slack channel under a "Today" divider (the writer's name, bold, and the hour; "Released Rs. x to <payee> via
  NEFT for PO ...", "UTR ..."; a reaction; no day); a Bhopal boutique's PAYMENT INTIMATION letter (Date; To,
  M/s the firm; "We have today remitted Rs. x/- ... by NEFT ..."; Particulars | Amount in a table ruled on
  every side; Mode of payment; the proprietor's signature; no reference); Cashfree Payouts with a crafts
  marketplace's transfer successful (a SUCCESS capsule; Transfer ID and UTR in tiles; Beneficiary, Amount,
  Transfer Mode, Processed on, Remarks against a gutter). All new here.

* ``export_wires``: Boutiques and bridal shops abroad paying the firm for chikan kurtas, sarees and anarkalis:
  Barclays Business's international payment sent in pounds (its sentence; Payment reference, Date sent, Payee,
  Payee bank, SWIFT/BIC, Amount, Charges in shaded labels); TD's Web Business Banking with a wire pending the
  second approver in Canadian dollars (a capsule, a notice; Wire reference, Payee, Amount, Value date, Charges
  with colons); Wells Fargo's Commercial Electronic Office with an international wire completed in US dollars,
  the day month first (Status, Wire reference number, Send date, Beneficiary, Beneficiary bank, SWIFT, Amount,
  Fee type in a striped table); FAB Mobile with a transfer successful in dirhams under a large round tick
  ("Today, <hour>"; the sum, "to <payee>"; a copyable Reference number; Transfer type and Charges at the left
  and the right; no day); Deutsche Bank's online banking with a foreign transfer returned in euros the German
  way (Zurückgewiesen / Returned on a tinted band, the reason in a notice; each label in German and English:
  Empfänger / Beneficiary, Betrag / Amount, Buchungsdatum / Booking date, Referenz / Reference, Grund /
  Reason, against a gutter); Al Rajhi Bank's app with an international transfer sent in riyals (a scalloped
  badge's tick, its sentence "Your transfer of SAR x to <payee> was sent on <day>."; Beneficiary bank,
  Country, Fees, Purpose at the left and the right; no reference); DBS IDEAL's telegraphic transfer in
  Singapore dollars (Status: Successful; Transaction Reference, Value Date, Beneficiary, Beneficiary Bank,
  Amount, Charges in dot leaders); ANZ Transactive's international payment processed in New Zealand dollars,
  the day as an ISO date (a Processed capsule; Payment ID, Processed date, Payee, Payee bank, Amount, Charges
  in a table ruled on every side). All new here.

* ``own_receipts``: The firm's own papers, its showroom or itself on top: Nazakat Chikan House's TAX INVOICE
  under a chikan buti in its hoop, its Hindi and Urdu names and a strip of chikan work, to a Gurugram buyer
  (Invoice No. and Invoice Date on a line; Billed to and Place of Supply; # | Item | HSN | Qty | Rate | GST |
  Amount in a table ruled on every side, each line's GST at its own rate (5% on a garment up to Rs. 2,500 a
  piece and on a saree, 18% on a garment above it); Taxable Value, IGST @ 5%, IGST @ 18%, Invoice Total in dot
  leaders; the sum in words; "Received by UPI, Ref ..."; the Craftmark's hang tag; thread ends in its
  margins); the Lucknow Mahotsav stall's CASH MEMO in the Mahotsav's days, photographed lying on printed mul
  (its Hindi name over its English, "कैश मेमो" (cash memo); दिनांक / Date and नाम / Name written in; the
  pieces written in a Hindi hand on ruled lines with their sums, "कुल" (total), "नकद प्राप्त" (cash received);
  no reference); Razorpay's checkout for the web shop with the payment processing under a spinner (the shop on
  top, the sum, a notice; Payment ID, Order ID, Method, Initiated on with colons); WooCommerce's order mail
  for the web shop ("Thank you. Your order has been received."; Order number, Date, Payment method; the pieces
  on hairline rows, Subtotal, Shipping, Total; Payment status, Transaction ID); Amazon Seller Central's
  disbursement to the showroom (Seller; a Disbursed capsule; Settlement period, Orders, Amazon fees, Net
  disbursed, Disbursement date, Trace ID (UTR), Bank account in a striped table); CCAvenue's hosted page with
  a buyer's card declined (the shop on top, a large round cross, Transaction Failed, the reason in a notice;
  Order No., Tracking ID, Amount, Payment Mode, Date in shaded labels); the Dukaan app with an order paid
  ("Today, <hour>"; the showroom under the app, Order #, the pieces, Total, a Paid capsule, UPI and its
  Payment ID; no day); the showroom's ADVANCE RECEIPT for a bridal anarkali with its counterfoil and
  perforation (its Hindi heading "अग्रिम रसीद" (advance receipt); No. struck in red; Date, Received with
  thanks from, the sum of Rupees, towards, by UPI and UPI Ref written in across the counterfoil and the
  receipt). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Surat mill's TAX INVOICE for
  ready-for-dyeing georgette and mul (Invoice No. beside its earlier Date; Consignee; Description | HSN |
  Metres | Rate | Amount on hairline rows, IGST 5%, Total; a steel paper clip at its top) with the
  accountant's "Paid NEFT, UTR ..." and "on <day>" written under it and his tick; the block printer's chit in
  a Hindi hand, photographed lying on printed mul (his name in Latin letters at its head; "दिनांक" (date) and
  the day, "नज़ाकत कारखाने के लिए" (for the Nazakat karkhana); the kurtas, dupattas and sarees printed with
  their counts, rates and sums and the blue and gum, "कुल" (total), "नकद प्राप्त किया" (received in cash); no
  reference); Delhivery's booking receipt from an Aminabad franchise on a torn roll (AWB NO and its barcode,
  DATE, ORIGIN, DEST, PCS, WT, FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL, PAID BY, UPI REF typed in its
  printer's face); Moglix's order of a steam iron and machine needles with the payment pending in an octagon's
  three dots (a notice; Order ID and Placed on, Sold by and Amount, Payment and Status two to a row, labels
  small over their values); a Nakhas thread house's COLLECTION RECEIPT printed by its collection agent's
  pocket printer (Rcpt No., Date, Recd from, Against bills, Amount, Mode, UPI Ref, Collected by typed);
  Vistaprint's checkout for printed hang tags and carry bags with the card declined on a tinted band (the
  reason in a notice; Order No., Items, Amount, Payment method, Attempted on in dot leaders); the dhobi's
  washing account in a Hindi hand (his name in Latin letters at its head; "तारीख" (date) left as dots; the
  kurtas and sarees washed and starched with their sums, "कुल" (total), "UPI से मिला" (received by UPI) and
  its Ref; no day); a Farrukhabad block maker's BILL under its Urdu name (No. printed; Date and M/s written
  in; the carved blocks written in ruled columns, Total; "Paid by IMPS, Ref ..." in the hand). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Baroda U.P. Bank's app with an IMPS to
  the thread house, its outcome and its labels in Hindi over their English (a large round tick, "अंतरण सफल"
  (transfer successful) over Transfer successful; लाभार्थी / Beneficiary, राशि / Amount, IMPS संदर्भ / IMPS
  Ref, दिनांक / Date, each Hindi over its English beside the value); HDFC Bank's NetBanking with a NEFT or
  RTGS to the Surat mill (its sentence "Your transaction has been processed successfully."; Reference Number
  (UTR), Beneficiary, Amount, Transaction Date, Payment Mode, Remarks in a table ruled on every side); Kotak's
  Kotak Biz with an IMPS to the block maker under a scalloped badge (the sum, "to <payee>"; IMPS Ref No. and
  Date in tiles; From and Remarks at the left and the right); the Lucknow District Co-operative Bank's NEFT /
  RTGS form filled in by hand under its Hindi name (each label Hindi over English, the value written in:
  दिनांक / Date, लाभार्थी का नाम / Beneficiary name, राशि / Amount; the account number and IFSC a box to each
  character; NEFT and RTGS in boxes, the one used ticked; the branch's rectangular PROCESSED stamp; the UTR
  written in by the branch); YES BANK's YES BUSINESS with a NEFT in process under a spinner (its stages left
  to right, a notice; Beneficiary, Amount, UTR, Initiated on, Debit account each in a read-only field's box);
  Union Bank of India's Vyom with a NEFT failed on a scalloped badge's cross (the reason in a notice; each
  value over its label: Beneficiary, Amount, Reference No., Date, Reason); Bank of India's BOI Mobile Omni Neo
  with a UPI payment to the block printer ("Today, <hour>"; a large round tick, the sum, "to <payee>"; a
  copyable UPI Ref No.; From; no day); Central Bank of India's Cent Mobile receipt shared as an image ("<sum>
  sent to <payee>", "on <day> via NEFT"; From and Purpose; a QR code to verify; no reference). All new here.

* ``worker_pay``: The firm paying its karigars (the women who embroider at home in the villages round Lucknow)
  and its staff: a karigar's JOB CARD under its Hindi heading "कारीगर जॉब कार्ड" (karigar's job card) (Karigar
  and Centre written in; Lot | Item | Stitch | Pcs | Rate | Amount written in ruled columns, Total; "Paid by
  UPI, Ref ..." and "on <day>" written under it; thread ends in its margins); greytHR's payslip for the
  showroom's salesman (Employee Name, Employee Code, Designation, Location and Bank in a table ruled on every
  side, two pairs to a row; Earnings | Amount | Deductions | Amount ruled likewise; Net Pay in a tinted panel
  and its words; "Paid on <day> by NEFT, UTR ..."); Amazon Pay's UPI payment to a karigar (a large round tick,
  Payment successful, the sum, "Paid to" over the karigar; UPI Ref No., Date & time and Paid from in shaded
  labels); Navi's UPI payment to a karigar in progress (the sum, "to <payee>", a progress bar, a notice; each
  label small over its value: UPI Ref No., Started on, From); a karigar's Eid advance receipt, "पेशगी रसीद"
  (advance receipt), under the firm's Hindi and Urdu names, written in a Hindi hand ("मैंने आज दिनांक <day> को
  ईद की पेशगी" (I today, on <day>, as the Eid advance), "रु. x/- नकद प्राप्त किए" (received Rs. x in cash)),
  her left thumb's impression in black ink in a box captioned "बाएँ अँगूठे का निशान" (left thumb's mark), her
  name written under it in English, a witness's signature; no reference); iMobile Pay's UPI payment to a
  karigar failed under a tile's cross (the reason in a notice; Transaction ID, Attempted on, Paid from in
  shaded labels); WhatsApp's chat with the cutting master under a "Today" divider (a payment bubble: the sum,
  Paid to, Completed, UPI Ref; his reply; no day); the karkhana's WAGE ENVELOPE on brown paper (its Hindi
  heading "मज़दूरी"; No. struck in red; Name, Week ending, Pieces, Wages, Less advance, Net paid written in;
  "Paid in cash on <day>" and the finisher's initials). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Lucknow Nagar Nigam's house
  tax e-receipt for the karkhana under its Hindi name ("गृहकर ऑनलाइन भुगतान रसीद" (house tax online payment
  receipt); each label in bold Hindi with its English after a slash, a colon and the value: रसीद संख्या /
  Receipt No., भवन संख्या / Property ID, स्वामी / Owner, वार्ड / Ward, कर वर्ष / Tax Year, जमा राशि / Amount,
  लेन-देन संख्या / Transaction No., भुगतान तिथि / Payment Date, भुगतान माध्यम / Payment Mode); a Jan Seva
  Kendra's roll for the showroom's registration renewal with the Labour Department (CSC ID, DEPARTMENT,
  SERVICE, APPL NO, GOVT FEE, SERVICE CHG, TOTAL, MODE, UPI REF, TXN ID, DATE typed in its printer's face);
  the Income Tax Department's e-Pay Tax with the firm's advance tax pending the bank's confirmation (a
  capsule, its stages left to right, a notice; CRN, PAN, Assessment Year, Type of payment, Amount, Payment
  mode, Bank, Initiated on in a table ruled on every side); the Legal Metrology Department's packer
  registration fee failed under a large round cross (the reason in a notice; Application No., Fee, Transaction
  ID, Mode, Attempted on in shaded labels); the Lucknow Development Authority's e-receipt of the karkhana
  plot's lease rent under its Hindi name (Receipt No., Allotment No., Payment Head, Amount, Bank Ref. No.,
  Payment Date, Mode in a striped table); e-Nagar Sewa UP's app with the showroom's trade licence fee paid to
  Lucknow Nagar Nigam ("Today, <hour>"; a scalloped badge, Fee paid, the sum; Licence No. and Transaction ID
  two to a row, labels small over their values; "Paid via UPI"; no day); Nagar Panchayat Kakori's receipt from
  its book for the hall the karigars' centre meets in under its Hindi name (No. left blank; Date, Received
  from and Towards written in; Rs. in a box; "Recd. in cash"; its oval stamp; no reference); the U.P.
  treasury's GRAS e-challan for the Labour Department's fee (GRN, Department, Treasury, Head of Account,
  Remitter, Amount, Bank, Mode, Bank CIN, Payment Date, Status on hairline rows). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its SMS: SBI
  General's PREMIUM RECEIPT for the karkhana's Bharat Sookshma Udyam Suraksha policy (Receipt No., Receipt
  Date, Policy No., Insured, Risk Location, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode,
  UTR in dot leaders); HDFC ERGO's premium receipt for the showroom's shopkeeper's policy (its sentence
  "Received with thanks from ... Rs. x by UPI ..."; Receipt No., Receipt Date, Policy No., Premium, GST 18%,
  Total, UPI Ref. against a gutter; a signature); Care Health's app with the staff's group health renewal
  failed by card under an octagon's cross (the insurer under the app, the reason in a notice; Policy No. and
  Premium, Payment ID and Card, Attempted on two to a row, labels small over their values); Acko's app with
  the delivery scooter's policy renewed ("Today, <hour>"; a tile's tick, Policy renewed, the sum; Policy No.
  and Transaction ID in tiles; "Paid via UPI"; no day); Axis Max Life's term premium under process under a
  spinner (a notice; Policy Number, Premium, Transaction ID, Payment Mode, Initiated on in dot leaders);
  IFFCO-Tokio's marine cargo certificate page for the London consignment (its sentence; Certificate No.,
  Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment Date in a table ruled
  on every side); SBI Life's SMS of a premium received ("Dear Customer, premium of Rs.x for Policy No. ...
  received on <dd/mm/yyyy> through UPI AutoPay. Thank you. -SBI Life"; no reference); Future Generali's
  PREMIUM RECEIPT for the karigars' group personal accident policy (Persons | Sum Insured each | Rate |
  Premium on hairline rows, GST 18%, Total; "Received by NEFT, UTR ..."). All new here.

* ``card_slips``: Cards on the showroom's and the Mahotsav stall's terminals and the firm's cards elsewhere:
  Razorpay POS's SALE slip on Kotak's terminal at Nazakat Chikan House (Date and Time, MID and TID, Batch and
  Invoice each two to a line with colons; the card and its entry; Appr Code, RRN; AMOUNT; TXN SUCCESSFUL, PIN
  VERIFIED); BharatPe's swipe machine at the Mahotsav stall in the Mahotsav's days with the bank's answer
  unknown (CARD SALE; DATE, TIME, TID, INV, CARD, AMOUNT; TXN STATUS : UNKNOWN, PLEASE CHECK WITH BANK BEFORE
  RETRY); ICICI Bank's slip at a Delhi hotel (SALE; DATE, TIME, MID, TID, BATCH, INVOICE, CARD, EXP, AUTH
  CODE, RRN; TOTAL; APPROVED, MERCHANT COPY); Canara Bank's slip at a Lucknow filling station DECLINED (RESP
  CODE 51, INSUFFICIENT FUNDS); Air India Express' booking for the Lucknow - Mumbai flight to a buyer paid by
  card (Payment successful; PNR, Passenger, Flight, Date of journey, Base fare, Taxes and fees, Total paid,
  Card, Transaction ID, Paid on in a striped table); HDFC Bank's SMS of a spend on the firm's credit card
  ("Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On <yyyy-mm-dd>:<hh:mm:ss> ..."; no reference); Scapia's
  app with a spend at an electronics store ("Today, <hour>"; the merchant's line and its town, the sum,
  Approved; Card and Reference No. two to a row, labels small over their values; Category and Scapia coins; no
  day); an Aminabad restaurant's bill from Petpooja settled by card (Bill No., Date, Table; the dishes; Sub
  Total, CGST 2.5%, SGST 2.5%, Grand Total; "Paid by Card", the card and its Appr). All new here.

* ``utility_bills``: The karkhana's and the showroom's bills: MVVNL's online bill payment receipt for the
  karkhana under its Hindi name (Payment Successful; each label Hindi over English beside the value: खाता
  संख्या / Account No., उपभोक्ता / Consumer, बिल माह / Bill Month, जमा राशि / Amount Paid, रसीद संख्या /
  Receipt No., लेन-देन आईडी / Transaction ID, भुगतान तिथि / Payment Date, माध्यम / Mode); Tata Play's recharge
  for the showroom's television (the company under the app's bar, a large round tick, Recharge successful, the
  sum; Subscriber ID and Transaction ID two to a row, labels small over their values; Recharged on, Paid via);
  Green Gas' piped gas bill payment for the karkhana's steam boiler pending under a spinner (a notice; BP No.,
  Bill Amount, Transaction ID, Payment Mode, Initiated on against a gutter); the Jal Kal Vibhag's water and
  sewer charges e-receipt under its Hindi name (each label in bold Hindi with its English after a slash, a
  colon and the value: संयोजन संख्या / Connection No., उपभोक्ता / Consumer, अवधि / Period, राशि / Amount, रसीद
  संख्या / Receipt No., भुगतान तिथि / Payment Date, माध्यम / Mode); Airtel Thanks with the showroom's postpaid
  bill failed under an octagon's cross (Bharti Airtel under the app's bar, the reason in a notice; Mobile No.,
  Bill amount, Order ID, Payment mode, Attempted on each in a read-only field's box); IndianOil ONE with a
  commercial cylinder for the boiler booked and paid ("Today, <hour>"; "for Indane", a scalloped badge, the
  sum; Booking No. and Distributor in tiles; UPI Ref and Paid via at the left and the right; no day); MVVNL's
  SMS of a payment received ("Dear Consumer, Rs.x received against A/c No. ... on <dd-mm-yyyy> via UPI.
  Receipt No. ... -MVVNL"); the newspaper hawker's monthly bill card in a Hindi hand (the agency on top; माह
  (month) written in; the papers with their days and rates and sums, "कुल" (total), "नकद मिला" (received in
  cash) and the day; no reference). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: Baroda U.P. Bank's SMS in Hindi in a bubble of
  the phone's messages thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से दिनांक <dd-mm-yyyy> को
  UPI द्वारा <PAYEE> को रु. x का भुगतान किया गया है। संदर्भ सं. ... -बड़ौदा यूपी बैंक" (Dear customer, Rs. x
  has been paid from your account XX1234 on <day> by UPI to <PAYEE>; reference no. ...)); SMS in SBI's ("Dear
  UPI user A/C X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno ... If not u? call 1800111109.
  -SBI"), Kotak's ("IMPS of Rs.x from Kotak Bank A/c XX1234 to <PAYEE> on <dd-mm-yy> has failed. Ref No ...
  Amount debited, if any, will be refunded. -Kotak Bank"), Bank of Baroda's ("Your RTGS request of Rs.x to
  <PAYEE> dated <dd/mm/yyyy> is pending with the bank. UTR ... -Bank of Baroda") and Union Bank of India's
  ("A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by NEFT to <PAYEE> Avl Bal Rs:y -Union Bank of India"; no
  reference) wordings; ICICI Bank's mail ("INR x has been debited from your Account XX1234 on <dd-Mon-yy>
  towards NEFT to <PAYEE>. UTR: ..."); HDFC Bank's WhatsApp banking under a "Today" divider ("Rs.x debited
  from A/c **1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day); Indian Bank's notification in the phone's
  pulled-down notification shade ("Rs.x debited from A/c XX1234 on <dd/mm/yy> by UPI to <PAYEE>. UPI Ref ..."
  under an older notification). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (heldout275's, regular and bold, fonts-noto-core) for the Hindi lines, labels, hand and SMS, Noto
Sans (heldout275's) for a Hindi hand's figures, Noto Nastaliq Urdu (heldout277's, fonts-noto-core) for the
Urdu lines, an italic or oblique for the hand (``heldout307_families.PENS``) and a fixed-width face of the
page's own (``heldout307_families.TYPES``). The Mahotsav stall's cash memo and its card slip are drawn in the
Mahotsav's days (25 November to 5 December 2026), the karigar's Eid advance in the twelve days before Eid
al-Fitr (20 March 2026), a share of the showroom's UPI receipts in the Eid rush before it; the other days
anywhere in 2026. GST is 5% on a garment up to Rs. 2,500 a piece and 18% above it (kurtas, anarkalis, dupattas
and palazzo sets, HSN 6204, 6211, 6214), 5% on the sarees, the table linen and the fabric (HSN 5407, 5007,
5208, 5516, 6302; IGST from Surat and to a Gurugram buyer, each invoice line at its own rate), 18% on the
courier's charges and on the general insurance premiums (CGST 9% and SGST 9%, GST 18%), 5% on the restaurant's
food (CGST 2.5% and SGST 2.5%); the health and life premiums and the scooter's motor renewal print none; the
U.P. Export Corporation, a state corporation, deducts TDS-GST (2% in all) from its bills, as the law asks of
it; the chits, the dhobi's account and the hawker's card carry none.

Truth conventions (heldout305's, heldout304's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Airtel Thanks' and Bajaj Finserv's "Paid to", after "to" on PayZapp and BHIM, after "To" on Google Pay
  (never the initials in its badge), PhonePe's Paid to on the sum's line; the showroom, the firm, the firm as
  a bank's field cuts it (NAZAKAT CHIKAN KAARIGAR) or the showroom with its town (NAZAKAT CHIKAN HOUSE
  LUCKNOW); never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout303's PhonePe in Telugu,
  heldout304's and heldout305's Google Pay): a UPI app set in the region's language reads as the same app in
  English, here the name under Paytm's "प्राप्तकर्ता" (recipient). *settled* (heldout268 to heldout305): a
  receiving business's own app pays the business named under the app, here the showroom under PhonePe Business
  (never PhonePe, "from <buyer>" or the SmartSpeaker's announcement). *settled* (heldout167 to heldout305): a
  payer's advice pays the one it pays, never the payer on top or a salutation; here the firm after the U.P.
  Export Corporation's "To," as M/s (never the Corporation, its Hindi name or Gangotri), Dynamics 365's Vendor
  (never the hotel group on top), the name under Zoho Books' "Paid to" (never the couture label), ICICI Bank's
  Beneficiary (never the bank or the IT firm), YONO Business' Beneficiary Name, the payee in the Slack message
  ("Released Rs. x to <payee> via NEFT", never the writer, the channel or the brand; *settled* heldout286,
  heldout299, heldout301, heldout303, heldout304 and heldout305's chats), the firm after the boutique's "To,"
  as M/s (never the boutique or "Dear Sir"), Cashfree Payouts' Beneficiary (never Cashfree or the
  marketplace). *settled* (heldout155 to heldout305): an inward wire pays the firm, here Barclays' and TD's
  Payee, Wells Fargo's Beneficiary, the name after "to" on FAB and in Al Rajhi Bank's sentence, Deutsche
  Bank's Empfänger / Beneficiary, DBS' Beneficiary, ANZ's Payee; never the remitter, its line or the bank on
  top. *settled* (heldout175 to heldout305): the firm's own paper pays its showroom or itself on top, here
  NAZAKAT CHIKAN HOUSE on its tax invoice (never its Hindi or Urdu line, the firm it is a unit of or its
  Billed to), the showroom's English line under its Hindi name on the Mahotsav memo (never the Name written
  in), the showroom on top of Razorpay's, WooCommerce's and CCAvenue's pages (never the gateway or the buyer),
  the showroom on top of its advance receipt (never the bride it is received from); *settled* (heldout285's
  Jaypore and heldout304's GoCoop payouts) Amazon Seller Central's disbursement pays its Seller (never
  Amazon); *settled* (heldout268 to heldout305) the showroom named under Dukaan's bar, as a business's own app
  (never Dukaan). A name in Hindi or Urdu over its English: the English line, never the Hindi or the Urdu
  (*settled* heldout277, heldout303 and heldout304). *settled* (heldout187 to heldout305): a supplier's name
  on top of its own paper, here SHREE AMBIKA SYNTHETICS (never its Consignee), the block printer's and the
  dhobi's names written in Latin letters at their pages' heads (Mohd. Irfan, Ramesh Kanaujia; *settled*
  heldout294, heldout303, heldout304 and heldout305; never their Hindi lines), DELHIVERY on top of its roll
  (never its franchise), Moglix's Sold by (never Moglix, as heldout305's Amazon Business' Sold by), HAJI ABDUL
  RAUF & SONS on top of its collection receipt (never its Recd from), VistaPrint on top of its checkout, USTAD
  NASEEM BLOCK MAKERS under its Urdu name (never its M/s written in). *settled* (heldout179 to heldout305): a
  banking page pays the payee, here Baroda U.P. Bank's लाभार्थी / Beneficiary, HDFC Bank's Beneficiary, the
  name after "to" on Kotak Biz and BOI Mobile Omni Neo, the लाभार्थी का नाम / Beneficiary name written on the
  co-operative bank's form (never its Remitter or the bank's Hindi name), YES BUSINESS' and Vyom's
  Beneficiary, the payee after Cent Mobile's "sent to". *settled* (heldout150 to heldout305): a pay slip pays
  the worker, here the Karigar written on the job card (never the firm or its Hindi heading), greytHR's
  Employee Name (never the firm on top), the name under Amazon Pay's "Paid to", after "to" on Navi and iMobile
  Pay, the Name written on the wage envelope; the name written under the Eid advance receipt's thumb
  impression (*settled* heldout304's, heldout290's and heldout291's receipts signed by a thumb: the thumb
  signs as a signature does; never the firm, its Hindi or Urdu name or the witness); *settled* (new here) the
  name after "Paid to" in a chat's payment bubble (Salim Ansari; never the chat's title or the reply), because
  WhatsApp prints the payment's payee in its bubble as a UPI app prints it after "Paid to". *settled*
  (heldout153 to heldout305): a fee page pays the authority as printed, here Lucknow Nagar Nigam under its
  Hindi name (never the Owner), the Jan Seva Kendra's DEPARTMENT (LABOUR DEPARTMENT U.P.; *settled*
  heldout275, heldout301, heldout303 and heldout304's kiosks: never the centre), the Income Tax Department on
  top, the Legal Metrology Department on top, the Lucknow Development Authority under its Hindi name (never
  the Allottee), Lucknow Nagar Nigam under e-Nagar Sewa UP's bar (*settled* heldout272, heldout301, heldout303
  to heldout305: never the app), NAGAR PANCHAYAT KAKORI under its Hindi name (never the Received from written
  in), GRAS' Department (never GRAS, its Treasury or the Remitter). *settled* (heldout199 to heldout305): an
  insurer's receipt pays the insurer on top (full or short as printed), under its app's bar (Care Health
  Insurance, Acko General Insurance) or signing its SMS (SBI Life), never the Insured, the karigars covered or
  "Received with thanks from". A slip's counter name line as printed (NAZAKAT CHIKAN HOUSE, NAZAKAT CHIKAN -
  MAHOTSAV or its first part, the hotel, the filling station), never *settled* the terminal's bank or brand
  over it (KOTAK MAHINDRA BANK, Razorpay POS, BHARATPE, ICICI BANK, CANARA BANK); Air India Express on top of
  its booking (*settled* heldout272, heldout282, heldout300, heldout302, heldout304 and heldout305: the
  carrier whose fare the card paid; never the Passenger); Scapia's merchant line over its town (*settled*
  heldout297, heldout302 to heldout305's card issuers' apps); the restaurant on top of its bill (never
  Petpooja); the name after "At" in HDFC Bank's "Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On <day>"
  (*settled* heldout299, heldout300, heldout302 and heldout304's "at <MERCHANT>"). A utility's biller: MVVNL's
  company on top under its Hindi name (its name in full or MVVNL as printed; never the Consumer), Tata Play
  Ltd. under Tata Play's bar and Bharti Airtel Ltd. under Airtel Thanks' (*settled* heldout285, heldout301,
  heldout303 to heldout305: the company, never the app), Green Gas on top, the Jal Kal Vibhag on top under its
  Hindi name (never the Consumer), Indane after "for" on IndianOil ONE (*settled* heldout289 and heldout305's
  HP Pay "for HP Gas": never the app or its Distributor), MVVNL signing its SMS (*settled* heldout302 and
  heldout304), the news agency on top of its bill card. An SMS, mail, chat or notification alert's payee as
  the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop, read across
  its lines where it wraps): the Hindi SMS' "<PAYEE> को" (to <PAYEE>, *settled* heldout291, heldout292 and
  heldout295), SBI's "trf to <PAYEE> Refno" (*settled* heldout290), Kotak's "to <PAYEE> on", Bank of Baroda's
  "to <PAYEE> dated", Union Bank of India's "by NEFT to <PAYEE> Avl Bal", ICICI Bank's "towards NEFT to
  <PAYEE>. UTR:", HDFC Bank's "to <PAYEE> via IMPS", Indian Bank's "by UPI to <PAYEE>. UPI Ref".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277),
  Bajaj Finserv's Amount in its tinted panel, PhonePe's sum on its Paid to line. *settled* (heldout152 to
  heldout305): a payer's advice counts its net sum, here the U.P. Export Corporation's Net paid (its
  sentence's sum the same; never a Gross or a TDS-GST 2%, *settled* heldout296, heldout298, heldout301,
  heldout303 to heldout305: never a TDS), Dynamics 365's Total Payment (never an invoice's Amount where there
  are several), Zoho Books' Amount Paid (never a Bill Amount where it differs), ICICI Bank's, YONO Business'
  and Cashfree's Amount, the Rs. x in the Slack message, the boutique's Rs. x/- (its table's Total the same).
  *settled* (heldout155 to heldout305): an inward wire's foreign sum, here pounds (the pound's sign or GBP),
  Canadian dollars (CAD before or after or C$, *settled* heldout239, heldout271, heldout301 and heldout305),
  US dollars ($ or USD), dirhams (AED before the sum, *settled* heldout214), euros the German way (9.083,01
  EUR or EUR 9.083,01 is 9083.01, *settled* heldout242, heldout245 and heldout246), Saudi riyals with SAR
  before or after (*settled* heldout205), Singapore dollars (S$ or SGD, *settled* heldout289, heldout302 and
  heldout305), New Zealand dollars (NZD or NZ$, *settled* heldout215); never a Fee or Charges (Al Rajhi Bank's
  Fees). *settled* (heldout175 to heldout305): a receipt counts the sum received, here the tax invoice's
  Invoice Total (never the Taxable Value, an IGST @ 5% or @ 18% or a line's Amount), the Mahotsav memo's "कुल"
  (total) written in (never a line's sum), Razorpay's and CCAvenue's Amount, WooCommerce's Total (never its
  Subtotal or Shipping), Amazon Seller Central's Net disbursed (never its Amazon fees; *settled* heldout285's
  and heldout304's payouts: never an order's value or a commission), Dukaan's Total (never a line's sum), the
  advance receipt's Rs. written in (its words the same; never the anarkali's value in its towards line;
  *settled* heldout250, heldout252, heldout301, heldout303 and heldout304). A whole sum closed with /- is that
  sum in whole rupees (heldout259). *settled* (heldout187 to heldout305): a supplier's paper counts the sum
  paid, here the mill's Total (never its Taxable value, IGST 5% or a line's Amount), the block printer's and
  the dhobi's "कुल" (total) written at its line's end (never a line's figure or the blue and gum or the starch
  alone; *settled* heldout294, heldout303 to heldout305's hands), Delhivery's TOTAL (never FREIGHT, FUEL
  SURCHARGE or GST 18%), Moglix's Amount, the collection receipt's Amount (never its Balance), Vistaprint's
  Amount, the block maker's Total written in (never a block's Rs. or a Rate). A banking page's sum, the
  co-operative bank's form's राशि / Amount written in. *settled* (heldout167 to heldout305): a pay slip's net
  sum, here the job card's Total written in (never an Amount, a Rate or the Pcs), greytHR's Net Pay in its
  panel (never Gross Earnings, an earning or a deduction; its words the same), the sums on Amazon Pay, Navi,
  iMobile Pay and in the chat's payment bubble, the "रु. x/-" in the Eid advance receipt's Hindi hand, the
  wage envelope's Net paid (never its Wages or Less advance). A fee page's जमा राशि / Amount, TOTAL (*settled*
  heldout303 and heldout304's kiosks: never GOVT FEE or SERVICE CHG alone), Amount, Fee, e-Nagar Sewa's sum
  large, Kakori's Rs. in its box. An insurer's premium with its GST where it carries one (*settled*), here SBI
  General's Total Premium (never Net Premium, CGST 9%, SGST 9% or the Sum Insured), HDFC ERGO's Total (its
  sentence's sum the same; never Premium or GST 18%), IFFCO-Tokio's Total Premium (never Premium, GST 18% or
  the Sum Insured), Future Generali's Total (never a Rate, the Premium, GST 18% or the Sum Insured each), Care
  Health's and Axis Max Life's Premium, Acko's sum, the Rs.x in SBI Life's SMS. A slip's AMOUNT, TOTAL, Air
  India Express' Total paid (never its Base fare or Taxes and fees), the Rs.x in HDFC Bank's SMS (never its
  Avl Lmt), Scapia's sum large, the restaurant's Grand Total (never the Sub Total, CGST 2.5%, SGST 2.5% or a
  dish). A utility's जमा राशि / Amount Paid, the sums large, Green Gas' Bill Amount, the Jal Kal Vibhag's राशि
  / Amount, Airtel's Bill amount, the Rs.x in MVVNL's SMS, the hawker's "कुल" (total) written in (never a
  paper's sum). An alert's sum debited or paid as worded (grouped the Indian or the English way or not at all,
  SBI's with one decimal where its paise allow), never an Avl Bal. Currency INR but on the wires.

* status: as printed. PhonePe Business' Payment Received, Airtel Thanks' Payment Successful, Bajaj Finserv's
  Payment successful, PhonePe's Transaction Successful, Google Pay's Completed successes; *settled*
  (heldout303's PhonePe in Telugu, heldout304's and heldout305's Google Pay) Paytm's "भुगतान सफल" (payment
  successful) a success, the Hindi screen printing the English screen's outcome word for word; BHIM's
  Transaction Pending pending; PayZapp's Payment Failed failed. A payer's own record of the payment made
  (*settled*, as heldout295's, heldout301's and heldout303 to heldout305's remittances and vouchers): Dynamics
  365's remittance advice with its Total Payment and Bank Ref., Zoho Books' PAYMENT MADE; the U.P. Export
  Corporation's "has been credited", the Slack message's "Released" (*settled* heldout299, heldout302 and
  heldout304's "released"), the boutique's "we have today remitted" (*settled* heldout304's Math's) successes;
  Cashfree Payouts' SUCCESS a success; ICICI Bank's Pending Authorisation pending (as heldout305's CommBank's
  awaiting authorisation); YONO Business' Transaction Rejected failed (as heldout304's RTGS rejected). A
  wire's Barclays Payment sent, Wells Fargo's Status Completed, FAB's Transfer successful, Al Rajhi Bank's
  Transfer sent, DBS' Status: Successful, ANZ's Processed successes; TD's Pending approval pending; Deutsche
  Bank's Zurückgewiesen / Returned failed. A receipt's "Received by UPI" under the tax invoice, the Mahotsav
  memo's "नकद प्राप्त" (cash received) in a Hindi hand (*settled* heldout286's and heldout303's hands'
  "received"), WooCommerce's Payment status: Paid, Amazon Seller Central's Disbursed, Dukaan's Paid, the
  advance receipt's "UPI" written with its UPI Ref successes; Razorpay's Processing your payment pending;
  CCAvenue's Transaction Failed failed. A supplier's "Paid NEFT" (or RTGS) written under the mill's invoice
  with the accountant's tick (*settled*, as heldout298's, heldout299's and heldout303 to heldout305's notes on
  a supplier's invoice), the block printer's "नकद प्राप्त किया" (received in cash) in a Hindi hand,
  Delhivery's PAID BY UPI with its UPI REF (*settled* heldout300 and heldout303 to heldout305: a carrier's
  receipt printed only once its freight is paid), the collection receipt's Mode UPI with its UPI Ref, the
  dhobi's "UPI से मिला" (received by UPI, as heldout286's "PhonePe से मिले"), the block maker's "Paid by IMPS"
  in the hand successes; Moglix's Payment pending pending; Vistaprint's Payment failed failed. A banking
  page's "अंतरण सफल" / Transfer successful, HDFC Bank's "processed successfully", Kotak Biz' IMPS transfer
  successful, BOI's Payment successful, Cent Mobile's "sent to", the UTR written in under the co-operative
  bank's PROCESSED stamp (*settled* heldout274, heldout296, heldout298, heldout301, heldout303 to heldout305)
  successes; YES BUSINESS' NEFT in process pending; Vyom's Transaction Failed failed. A pay slip's "Paid by
  UPI, Ref ..." written on the job card, greytHR's "Paid on <day> by NEFT, UTR ...", Amazon Pay's Payment
  successful, the Eid advance receipt's "नकद प्राप्त किए" (received in cash) over her thumb's impression, the
  chat bubble's Completed, the wage envelope's "Paid in cash" successes; Navi's Payment in progress pending;
  iMobile Pay's Payment failed failed. A fee page's Payment Successful, the kiosk's roll with MODE UPI and its
  UPI REF, the Lucknow Development Authority's e-Receipt, e-Nagar Sewa's Fee paid, Kakori's "Recd. in cash",
  GRAS' Status Success successes; the Income Tax Department's Payment pending pending; the Legal Metrology
  Department's Payment Failed failed. An insurer's SBI General receipt with its Mode and UTR, HDFC ERGO's
  "Received with thanks", Acko's Policy renewed (as heldout304's ICICI Lombard's), IFFCO-Tokio's "has been
  received", SBI Life's "received", Future Generali's "Received by NEFT" successes; Axis Max Life's Payment
  under process pending; Care Health's Payment failed failed. A slip's TXN SUCCESSFUL, APPROVED, Scapia's
  Approved, the restaurant's "Paid by Card" with its Appr (*settled* heldout297, heldout298, heldout303 to
  heldout305), Air India Express' Payment successful successes; *settled* (heldout300, heldout302 to
  heldout304) HDFC Bank's "Spent Rs.x" a success; *settled* (new here) BharatPe's "TXN STATUS : UNKNOWN" with
  "PLEASE CHECK WITH BANK BEFORE RETRY" pending, because the terminal got no answer from the bank and asks
  that the bank be asked before the card is tried again, as a slip's RESPONSE AWAITED FROM BANK or HOST NOT
  RESPONDING (*settled* heldout282, heldout299 to heldout305); Canara Bank's DECLINED (RESP CODE 51,
  INSUFFICIENT FUNDS) failed. A utility's Payment Successful, Tata Play's Recharge successful, the Jal Kal
  Vibhag's Payment received, IndianOil ONE's Refill booked and paid, MVVNL's SMS' "received", the hawker's
  "नकद मिला" (received in cash) in a Hindi hand successes; Green Gas' Payment pending pending; Airtel Thanks'
  Payment failed failed. *settled*: an SMS, mail, chat or notification alert's debit a success whatever its
  bank's wording (the Hindi SMS' "भुगतान किया गया है" (has been paid), SBI's "debited by", Union Bank of
  India's "Debited for", ICICI Bank's "has been debited", HDFC Bank's and Indian Bank's "debited"); Bank of
  Baroda's "is pending with the bank" pending (as heldout304's PNB's "is in process"); Kotak's "has failed"
  failed.

* date: the day paid. A UPI screen's day and hour: PhonePe Business' Date & Time, PayZapp's Attempted on,
  Bajaj Finserv's "on <day> at <hour>", PhonePe's "<hour> on <day>", BHIM's Initiated on, Google Pay's day and
  hour; *settled* (new here) Paytm's day with its month's Hindi name (13 मार्च 2026 is 2026-03-13), because an
  app set in Hindi names the month in the language its user chose and leaves the day and the year in figures
  (as heldout304's Kannada and heldout305's Tamil screens); Airtel Thanks' "Today, <hour>" prints no day
  (*settled*). The U.P. Export Corporation's Date on its Letter No.'s line (never a Bill Date), Dynamics 365's
  Pay Date (never a Posting Date), Zoho Books' Payment Date (never a Bill Date), ICICI Bank's Value Date, YONO
  Business' Transaction Date, the boutique's Date (its "today" the same; never a bill's day in its table),
  Cashfree's Processed on; the Slack message under its "Today" divider prints no day (*settled* heldout286,
  heldout289, heldout299, heldout301, heldout303 to heldout305; never a message's hour). A wire's Barclays
  Date sent, TD's Value date, Wells Fargo's Send date month first the American way or in words (05/14/2026 or
  Nov 13, 2026, *settled* heldout272, heldout288 and heldout292), Deutsche Bank's Buchungsdatum / Booking date
  the German way (07.09.2026 is 2026-09-07, day first), the day in Al Rajhi Bank's sentence, DBS' Value Date,
  ANZ's Processed date as an ISO day (2026-11-08, *settled* heldout270 and heldout271); FAB's "Today, <hour>"
  prints no day (*settled*). A receipt's Invoice Date, the दिनांक / Date written on the Mahotsav memo,
  Razorpay's Initiated on, WooCommerce's Date, Amazon Seller Central's Disbursement date (never its Settlement
  period), CCAvenue's Date, the advance receipt's Date written in; Dukaan's "Today, <hour>" prints no day. The
  "on <day>" written under the mill's invoice (never its invoice Date), "दिनांक" (date) and the day in the
  block printer's hand, Delhivery's DATE, Moglix's Placed on, the collection receipt's Date, Vistaprint's
  Attempted on, the block maker's Date written in; the dhobi's "तारीख" (date) left as dots prints no day
  (*settled* heldout289, heldout303 and heldout305). A banking page's दिनांक / Date, Transaction Date, Date,
  Initiated on, the दिनांक / Date written on the co-operative bank's form, Cent Mobile's "on <day> via NEFT";
  BOI Mobile Omni Neo's "Today, <hour>" prints no day. A pay slip's "on <day>" written on the job card (never
  a Lot in its rows), greytHR's Paid on (never the payslip's month), Amazon Pay's Date & time, Navi's Started
  on, the "दिनांक <day> को" (on <day>) in the Eid advance receipt's Hindi hand, iMobile Pay's Attempted on,
  the wage envelope's "Paid in cash on <day>" (never its Week ending); the chat's payment bubble under its
  "Today" divider prints no day. A fee page's भुगतान तिथि / Payment Date (never the कर वर्ष / Tax Year), the
  kiosk's DATE, the Income Tax Department's Initiated on (never its Assessment Year), the Legal Metrology
  Department's Attempted on, the Lucknow Development Authority's Payment Date (never its Payment Head's year),
  Kakori's Date written in (never the month in its Towards), GRAS' Payment Date; e-Nagar Sewa's "Today,
  <hour>" prints no day. An insurer's Receipt Date, Date, Care Health's Attempted on, Axis Max Life's
  Initiated on, IFFCO-Tokio's Payment Date, the "received on <dd/mm/yyyy>" in SBI Life's SMS; Acko's "Today,
  <hour>" prints no day. A slip's Date, DATE (dd/mm/yyyy, dd-mm-yyyy or dd MON yy in capitals), the
  restaurant's Date, Air India Express' Paid on (never its Date of journey, *settled* heldout302); *settled*
  (new here) the day before the colon in HDFC Bank's "On <yyyy-mm-dd>:<hh:mm:ss>" (2026-09-04:15:23:20 is
  2026-09-04), because HDFC Bank's card SMS joins the spend's hour to its ISO day with a colon (an ISO day,
  *settled* heldout270 and heldout271); Scapia's "Today, <hour>" prints no day. A utility's भुगतान तिथि /
  Payment Date (never the बिल माह / Bill Month or the अवधि / Period), Recharged on, Initiated on, Attempted
  on, the "on <dd-mm-yyyy>" in MVVNL's SMS, the day after the hawker's "नकद मिला" (never its माह (month));
  IndianOil ONE's "Today, <hour>" prints no day. The alerts' "दिनांक <dd-mm-yyyy> को" in the Hindi SMS (in
  Latin figures as the bank sends them, *settled* heldout295), "on date <ddMonyy>" (16Dec26 is 2026-12-16,
  *settled* heldout209 and heldout290), "on <dd-mm-yy>", "dated <dd/mm/yyyy>", "on <dd-Mon-yy>", "on
  <dd-mm-yyyy>", "on <dd/mm/yy>"; HDFC Bank's WhatsApp message under its "Today" divider prints no day
  (*settled*). All numeric days here are day first (heldout251, heldout259) but Wells Fargo's month first and
  ANZ's and HDFC Bank's SMS' ISO days. *settled*: never a Period, a Tax Year, an Assessment Year, a Bill
  Month, a month, a week ending, a payslip's month, a settlement period, an invoice's, a bill's, a posting or
  a journey's day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or inside an app's, a
  portal's, a bank's, a challan's, a CIN or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the U.P. Export Corporation's NEFT or RTGS, Dynamics
  365's Method, Zoho Books' IMPS, ICICI Bank's NEFT, YONO Business' RTGS, the Slack message's NEFT, the
  boutique's NEFT, Cashfree's IMPS (*settled* heldout302's and heldout305's payouts); Amazon Seller Central's
  payout by UTR (*settled* heldout304's GoCoop); the mill's NEFT or RTGS written, Moglix's Net Banking, the
  block maker's IMPS; the banking pages but BOI Mobile Omni Neo's UPI, the co-operative bank's NEFT or RTGS
  ticked; greytHR's NEFT; the Income Tax Department's, the Lucknow Nagar Nigam's, the Lucknow Development
  Authority's and GRAS' Net Banking; SBI General's NEFT or RTGS, Axis Max Life's and IFFCO-Tokio's Net
  Banking, Future Generali's NEFT; MVVNL's and Green Gas' Net Banking; the NEFT, RTGS and IMPS alerts); a
  SWIFT transfer either way (*settled*: Barclays', TD's, Deutsche Bank's, DBS' and ANZ's SHA, Wells Fargo's
  SHA - shared, FAB's International (SWIFT), Al Rajhi Bank's international transfer; *settled* heldout279,
  heldout301, heldout303 to heldout305). UPI for the UPI screens, PhonePe Business' Paid via UPI and Paytm's
  "... से भुगतान किया" (paid from ...); the tax invoice's Received by UPI, Razorpay's UPI collect request,
  WooCommerce's UPI (PhonePe PG), Dukaan's UPI, the advance receipt's UPI; Delhivery's PAID BY UPI, the
  collection receipt's UPI, the dhobi's "UPI से मिला"; BOI Mobile Omni Neo's UPI; the job card's UPI, Amazon
  Pay, Navi, iMobile Pay and the chat's payment; the kiosk's and e-Nagar Sewa's UPI; HDFC ERGO's UPI, Acko's
  UPI and SBI Life's UPI AutoPay (*settled* heldout268, heldout271 and heldout274); Tata Play's, the Jal Kal
  Vibhag's, IndianOil ONE's and MVVNL's SMS' UPI; the UPI alerts. Card for CCAvenue's Credit Card,
  Vistaprint's Visa Credit Card, the Legal Metrology Department's Debit Card, Care Health's card, the slips,
  Air India Express' card, HDFC Bank's SMS, Scapia's app, the restaurant's "Paid by Card" and Airtel Thanks'
  credit card. Cash for the Mahotsav memo's "नकद प्राप्त" (cash received), the block printer's "नकद प्राप्त
  किया" (received in cash) and the Eid advance receipt's "नकद प्राप्त किए" in a Hindi hand (*settled*
  heldout286's, heldout303's and heldout304's hands), the wage envelope's "Paid in cash", Kakori's "Recd. in
  cash", the hawker's "नकद मिला" (received in cash).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout305): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UPI Ref. No., Airtel Thanks' UPI Ref. No., Paytm's
  UPI संदर्भ संख्या (UPI reference number), PhonePe's UTR (above its Transaction ID), BHIM's UPI Transaction
  ID, Google Pay's UPI transaction ID (above its Google transaction ID); the U.P. Export Corporation's UTR
  No., Dynamics 365's Bank Ref. (UTR) (above its Doc. No.), Zoho Books' Reference# (the IMPS reference, above
  its Payment #), the Slack message's UTR, Cashfree's UTR (above its Transfer ID); the tax invoice's UPI Ref
  (above its Invoice No.), Amazon Seller Central's Trace ID (UTR), the advance receipt's UPI Ref (above its
  No. struck in red); the UTR written under the mill's invoice, Delhivery's UPI REF, the collection receipt's
  UPI Ref (above its Rcpt No.), the dhobi's Ref written, the block maker's IMPS Ref written (above its No.);
  the banking pages' IMPS संदर्भ / IMPS Ref, Reference Number (UTR), IMPS Ref No., UTR, UPI Ref No., the UTR
  written on the co-operative bank's form; the job card's Ref, greytHR's UTR, the apps' UPI Ref No. and the
  chat's UPI Ref; the kiosk's UPI REF (above its TXN ID); SBI General's UTR, HDFC ERGO's UPI Ref., Future
  Generali's UTR; a slip's RRN; the alerts' संदर्भ सं. (reference no.) in the Hindi SMS, SBI's Refno, Kotak's
  Ref No, Bank of Baroda's UTR, ICICI Bank's UTR:, HDFC Bank's IMPS Ref, Indian Bank's UPI Ref), then a bank
  reference (Barclays' Payment reference, TD's Wire reference, Wells Fargo's Wire reference number, FAB's
  Reference number, Deutsche Bank's Referenz / Reference, DBS' Transaction Reference, ANZ's Payment ID, ICICI
  Bank's Transaction Reference, YONO Business' Reference No., Vyom's Reference No., the Lucknow Development
  Authority's Bank Ref. No. (above its Receipt No.); *settled* (heldout304's Khajane-II's Bank Reference No.
  above its CRN) GRAS' Bank CIN above its GRN), then a transaction / payment id (PayZapp's Transaction ID,
  Razorpay's Payment ID, WooCommerce's Transaction ID, CCAvenue's Tracking ID, Dukaan's Payment ID, iMobile
  Pay's Transaction ID, Lucknow Nagar Nigam's लेन-देन संख्या / Transaction No. (above its Receipt No.), the
  Legal Metrology Department's and e-Nagar Sewa's Transaction ID, GRAS' GRN (*settled* heldout302's CFMS
  Challan No. and heldout304's CRN: a treasury's challan as its GRN), Care Health's Payment ID, Acko's, Axis
  Max Life's and IFFCO-Tokio's Transaction ID, Air India Express' Transaction ID (above its PNR), Scapia's
  Reference No., MVVNL's Transaction ID (above its Receipt No.), Tata Play's and Green Gas' Transaction ID),
  then an approval code (Appr Code, AUTH CODE, the restaurant's Appr), then an order's number (Razorpay's
  Order ID, WooCommerce's Order number, CCAvenue's Order No., Dukaan's Order, Moglix's Order ID, Vistaprint's
  Order No., Air India Express' PNR (*settled* heldout126, heldout302 and heldout305), Airtel Thanks' Order
  ID, IndianOil ONE's Booking No. (as heldout305's HP Pay's)), then a document's own number (Dynamics 365's
  Doc. No. and Zoho Books' Payment # (a payer's own number for its payment, *settled* heldout281, heldout295,
  heldout301, heldout303 to heldout305), the tax invoice's Invoice No., the advance receipt's No. struck in
  red and the wage envelope's No. struck in red (as heldout305's bonus receipt's), the mill's Invoice No., the
  collection receipt's Rcpt No., the block maker's No., Lucknow Nagar Nigam's रसीद संख्या / Receipt No., the
  Lucknow Development Authority's Receipt No., the Jal Kal Vibhag's रसीद संख्या / Receipt No., MVVNL's रसीद
  संख्या / Receipt No. and the Receipt No. in MVVNL's SMS (a receipt's own number, as the biller's receipt's),
  SBI General's, HDFC ERGO's and Future Generali's Receipt No., a slip's Invoice, INV, INVOICE, the
  restaurant's Bill No.; *settled* (heldout304's CPIN) the Income Tax Department's CRN, because the portal
  numbers the challan when it is created, before it is paid). *settled*: never a card, account, phone or
  mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an LLPIN or Udyam number, an Employee Code, a
  Policy No. or Policy Number, a Certificate No., an Application No. or APPL NO, an Allotment No., a Property
  ID, a Licence No., a Connection No., an Account No., a BP No., a Subscriber ID, a CSC ID, a Head of Account,
  an Assessment Year, an AWB NO or its barcode (a consignment's number, as an LR NO or a CNOTE NO, *settled*
  heldout274, heldout299, heldout303 to heldout305), a Lot on a job card, a slip's MID / TID / Batch, a No.
  left blank, the U.P. Export Corporation's Letter No. (a letter's file number, *settled* heldout278,
  heldout303 and heldout304), a bill or an invoice named on an advice, a letter or a receipt (the U.P. Export
  Corporation's, Dynamics 365's, Zoho Books' and the boutique's bills, the collection receipt's Against
  bills), a QR code's modules."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout307_families import (
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

SPLIT = "heldout307"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout304's and heldout305's: the screens in
# Noto Sans, Liberation Sans (liberation2), DejaVu Sans, Noto Sans Display and FreeSans; the pages in Noto
# Serif, DejaVu Serif, Liberation Serif (liberation), Noto Sans, DejaVu Sans Condensed and FreeSerif; the
# firm's, its suppliers' and its people's papers in Noto Serif Display, Liberation Serif (liberation2), DejaVu
# Serif Condensed, Liberation Sans Narrow and FreeSans; the slips in four monos in another order; beside them
# Noto Sans and Noto Serif Devanagari (heldout275's) for the Hindi lines, labels, hand and SMS, Noto Sans for
# a Hindi hand's figures, Noto Nastaliq Urdu (heldout277's) for the Urdu lines, a pen's italic or oblique
# (``heldout307_families.PENS``) and a page's own fixed-width face (``heldout307_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSerif.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout307_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout307 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout324: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Gollabhama sari weavers' firm's year of 2026 in Siddipet, Telangana (Enugula
Gollabhama Handlooms, in Telugu ఎనుగుల గొల్లభామ హ్యాండ్లూమ్స్, Enugula Ramulu's proprietary firm, GSTIN
36AXQPE7314K1Z6, Udyam UDYAM-TS-27-0039184, its motto "చేనేత మన వారసత్వం" (handloom, our heritage), with
Enugula Ramulu the master weaver who pays its weavers and its bills, his son Enugula Naveen Kumar, who keeps
the web shop and the orders from abroad, his daughter Enugula Sravani, who draws the Gollabhama on graph paper
for the jacquard, Kandukuri Praveen, who keeps its accounts, Bandari Swathi at its counter and Mohd. Sadiq,
its helper: its weavers (Rapolu Bhaskar, Chilka Lakshmi, Gaddam Narsaiah, Bollabathini Sujatha, Kurma
Srinivas, Mergoju Padma, Yelagandula Ramesh and Thummala Kavitha among them) lay the Gollabhama, the milkmaid
with a pot on her head and another in her hand, into cotton, silk-cotton and silk saris in an extra weft, pick
by pick, at the pit looms of their houses in Padmashali Colony, paid by the sari woven, the thrift fund's
(Nethanna ku Cheyutha) eight per cent kept from the wage; its cotton hank yarn comes from NHDC's Hyderabad
depot under the Yarn Supply Scheme, its zari from a Surat dealer, its dyeing from a Sircilla dye works, its
graphs and punched cards from a Sircilla graph designer, its shuttles and reeds through udaan, its jacquard's
spares through Moglix, its saree bags and hang tags from a Siddipet printer; its showroom on Medak Road, the
Gollabhama Kuteeram (గొల్లభామ కుటీరం, the Gollabhama cottage), shut on Wednesdays, Siddipet's market day; its
stall at the Telangana Handloom Expo on Necklace Road, Hyderabad (7 to 16 August 2026, from National Handloom
Day); its web shop gollabhama.in on Cashfree and Easebuzz, its Dukaan store and its Flipkart Samarth listing;
TESCO, Titan's Taneira, the tourism corporation through GeM, a Chennai silk house, a Hyderabad hotel company,
a Bengaluru retailer, a Banjara Hills boutique and Siddipet's Venkateswara temple at home and saree houses and
boutiques in Edison, Dubai, Toronto, Singapore, Auckland, Paris, Leicester and Copenhagen abroad), told by the
proofs of payment it receives (buyers' PhonePe Business on the Kuteeram's phone, CRED, Google Pay set in
Telugu, Amazon Pay, Paytm, Telangana Grameena Bank's app, JioFinance and slice; a boutique's Telegram group,
TESCO's advice under its Telugu name, Kotak FYN with a retailer's NEFT returned, Titan's remittance mail from
SAP Business Network, a silk house's Busy voucher, IDFC FIRST Bank's corporate banking with a hotel company's
RTGS awaiting its authoriser, the temple's letter in Telugu and GeM's payment details; CashPro, Emirates NBD,
RBC Express, DBS IDEAL, ANZ Transactive, Revolut Business, Lloyds and Danske Bank for buyers in Edison, Dubai,
Toronto, Singapore, Auckland, Paris, Leicester and Copenhagen in US dollars, dirhams, Canadian dollars,
Singapore dollars, New Zealand dollars, euros the French way, pounds and Danish kroner the Danish way; the
Kuteeram's tax invoice under a Gollabhama, Cashfree's pending checkout, the firm's receipt book, Dukaan's
"Today", Flipkart's settlement mail, Easebuzz' failed card, the Expo memo in a Telugu hand lying across a loom
and the Kuteeram's Ginesys roll) and those it makes (NHDC's yarn invoice with its PAYMENT RECEIVED stamp, the
zari dealer's invoice, the dyer's bill in a Telugu hand, the graph designer's Zoho Invoice receipt, udaan's
failed order, Delhivery One's booking, the printer's Razorpay page under "Today" and Moglix's pending order;
IOB Mobile, the Telangana State Co-operative Apex Bank's application filled in by hand, HDFC Bank NetBanking,
Cent Mobile, InstaBIZ, PhonePe's chat with the dyer, Canara ai1 and IDBI GO Mobile+ for the zari dealer, a
loom carpenter or the transporter, the graph designer, a tailor, NHDC, the dyer, the printer and the
transporter; a weaver's Bonalu advance in a Telugu hand, Google Pay's failed payment, a WhatsApp chat under
"Today", the wage book in a Telugu hand, Paytm's pending payment, RazorpayX Payroll's payslip, IndusMobile's
IMPS to the helper and the typed wage acknowledgement; Siddipet Municipality's property tax from the CDMA
portal, T App Folio's shop registration under "Today", ESIC's challan, the professional tax awaiting the bank,
SBI Collect's receipt for the Textiles Committee, the Expo's stall receipt filled in by hand, IP India's trade
mark receipt and the Transport Department's failed quarterly tax; Star Health's, Oriental's, Future
Generali's, Galaxy Health's, LIC's, IFFCO-TOKIO's, SBI General's and Cholamandalam MS' premiums; cards on the
Kuteeram's HDFC Bank terminal and the Expo stall's PhonePe Smart POS, on a Siddipet restaurant's Petpooja
bill, on the Scapia app, on TGSRTC, in Axis Bank's SMS, on a Hyderabad hotel's State Bank of India terminal
and on Air India Express; TGSPDCL's receipt under its Telugu name, the water can card in a Telugu hand, BSNL's
failed bill, MeeSeva's roll for the water charges, MyJio under "Today", IndianOil ONE, ACT Fibernet and
PhonePe's Bharat BillPay; Telangana Grameena Bank's SMS in Telugu, the SMS of State Bank of India, Union Bank
of India, Bank of Baroda and Canara Bank, HDFC Bank's alert in the pulled-down shade, Indian Bank's mail and
Axis Bank's WhatsApp banking). One payment per page, each drawn from its own seed (heldout324-<i>) in a face
the seed chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so that
the set is drawn the same every time (no set or hash order is read anywhere). Each family: six successes, one
failure, one wait; one page prints no transaction id and one no day (truth None for those fields). Each layout
is a function of its own in ``heldout324_families`` (the family's function picks it by the receipt's place in
its family), written by hand for this set.

Layouts (every one written for this set, and nearly all of its apps, banks and issuers none of heldout322's or
heldout323's; those marked (new) new in their arrangement and labels beside every layout heldout322 and
heldout323 drew, and where one is near a kind of page they drew it is said here): PhonePe Business on the
Kuteeram's phone under a scalloped badge with its details in tiles two to a row, where heldout323 drew YONO
Merchant's table ruled on every side and heldout322 Google Pay for Business' (new); CRED's dark screen with no
reference and its details in a rounded card, where heldout323 drew Navi's capsule and heldout322 bob World's
badge of initials (new); Google Pay set in Telugu in this set's tags, near heldout323's BHIM set in Assamese
and heldout322's BHIM set in Marathi; Amazon Pay's failure under a scalloped badge in a table ruled on every
side, where heldout323 drew Groww's on hairline rows and heldout322 SaraswatMobile's in a striped table (new);
Paytm's "Today" in shaded labels, where heldout322 drew Axis Mobile's "Today" in a ticket's card (new);
Telangana Grameena Bank's payment against a gutter (new); JioFinance's payment in progress with its stages
left to right at the left and the right, where heldout322 drew iMobile Pay's over a progress bar with colons
and heldout323 Google Pay's under an hourglass (new); slice's read-only fields (new); a boutique's Telegram
group under "Today", near heldout323's Slack channel and heldout322's Instagram message; TESCO's advice under
its Telugu name with its bills striped, its net on a tinted panel, its mode and UTR with colons and its round
seal, where heldout322 drew the handloom corporation's on hairline rows with its net in a printed box and
heldout323 the tourism corporation's in dot leaders (new); Kotak FYN's NEFT returned under an octagon two to a
row, where heldout323 drew SBI's under a red ribbon against a gutter and heldout322 Bank of Maharashtra's in a
ruled table (new); Titan's SAP Business Network remittance mail in shaded labels over a ruled table, where
heldout322 drew Jaypore's in dot leaders over a striped table and heldout323 Oil India's in plain text (new);
Busy's payment voucher on hairline rows with a total's rules, where heldout323 drew Tally's voucher in a ruled
table and heldout322 TallyPrime's advice letter (new); IDFC FIRST Bank's RTGS awaiting its authoriser with its
stages top to bottom, where heldout323 drew neo's over a progress bar two to a row and heldout322 Axis neo's
with values over labels (new); the temple's letter typed in Telugu with no reference under a Gollabhama
border, near heldout323's Bihu committee's letter in Assamese and heldout322's temple trust's letter in
Marathi; GeM's payment details in a striped table (new); CashPro's wire in read-only fields, where heldout323
drew J.P. Morgan's and heldout322 Citi's in dot leaders and both a wire on hairline rows (new); Emirates NBD's
transfer with colons in a rounded card (new); RBC Express' wire in progress with its stages across the page
over a ruled table, where heldout323 drew HSBCnet's stages at the left and the right and heldout322 CommBiz'
progress bar (new); DBS IDEAL's notification mailed in plain text with no reference, where heldout323 drew
Deutsche Bank's German sentence and heldout322 QNB's sentence in a mail (new); ANZ Transactive's ruled table
(new); Revolut Business' "Today" with tiles, near heldout323's OCBC "Today" and heldout322's NatWest "Today"
with tiles; Lloyds' payment rejected on a tinted band at the left and the right, near heldout323's HSBCnet and
heldout322's CommBiz at the left and the right; Danske Bank's striped table (new); the Kuteeram's tax invoice
under a Gollabhama, striped, with its total under a total's rules, near both sets' tax invoices under their
emblems; Cashfree's pending checkout with its stages top to bottom in shaded labels, where heldout323 drew
Instamojo's over a progress bar and heldout322 Instamojo's under a spinner (new); the firm's receipt book in
this set's tags with its sum in a box and a revenue stamp, near heldout323's money receipt on red tabs and
heldout322's receipt book in carbon; Dukaan's "Today" in a rounded card under its tabs, near heldout323's
Google Pay for Business and heldout322's myBillBook "Today"; Flipkart's settlement mail in dot leaders, where
heldout323 drew Amazon's disbursement mail in a striped table (new); Easebuzz' failure under an octagon with
colons, where heldout323 drew PayU's on a tinted band and heldout322 PayU's under a tile's cross in dot
leaders (new); the Expo memo in a Telugu hand lying across a loom, near heldout323's Bihu memo on a bamboo mat
and heldout322's festival memo on a Himroo shawl; the Ginesys roll, near heldout323's QueueBuster roll; NHDC's
ruled invoice with its PAYMENT RECEIVED stamp and the clerk's hand, near heldout323's cane bill with its PAID
stamp; the zari dealer's invoice on hairline rows with its payment details two to a row, where heldout323 drew
the cloth merchant's with colons (new); the dyer's bill in a Telugu hand on squared paper, near heldout323's
tokou chit and heldout322's card puncher's bill; the graph designer's Zoho Invoice receipt with colons, its
sum in a box and a ruled table, where heldout322 drew Refrens' receipt on hairline rows (new); udaan's failure
under a large round cross in dot leaders, where heldout323 drew Industrybuying's under a red ribbon and
heldout322 Borzo's on a tinted band (new); Delhivery One's booking two to a row, where both drew DTDC (new);
the printer's Razorpay page under "Today" with a copyable id at the left and the right, where heldout323 drew
Swipe's and heldout322 Industrybuying's "Today" on hairline rows (new); Moglix's pending order over a progress
bar at the left and the right with colons, where heldout323 drew Amazon Business' stages across the page and
heldout322 its stages top to bottom (new); IOB Mobile's failure on a tinted band against a gutter, where
heldout323 drew iMobile Pay's under a red ribbon and heldout322 Equitas' in an octagon (new); the apex
co-operative bank's application in this set's tags, near both sets' co-operative banks' applications; HDFC
Bank NetBanking's confirmation in a striped table, where heldout322 drew HDFC Bank's IMPS under a badge of
initials (new); Cent Mobile's IMPS under a spinner on hairline rows, where heldout322 drew Cosmos Bank's under
a spinner with colons and heldout323 UCO's stages in dot leaders (new); InstaBIZ' RTGS under a capsule with a
copyable UTR two to a row, where heldout323 drew YONO Business' shaded labels (new); PhonePe's chat with the
dyer with no reference, near heldout322's WhatsApp payment card and heldout323's Google Pay chat; Canara ai1's
read-only fields, where heldout322 drew Mahamobile Plus' ruled table (new); IDBI GO Mobile+'s "Today" two to a
row, where heldout322 drew Navi's "Today" with tiles (new); the Bonalu advance in a Telugu hand, near
heldout323's advance and heldout322's Eid advance; Google Pay's failure under a large round cross at the left
and the right, where heldout323 drew Airtel Payments Bank's in an octagon and heldout322 PhonePe's on a tinted
band (new); the WhatsApp chat under "Today", near heldout323's Google Pay chat; the wage book in a Telugu hand
with its tags, near both sets' wage accounts; Paytm's pending payment over a progress bar in a striped table,
where heldout323 drew BHIM SBI Pay's under a spinner at the left and the right and heldout322 Kotak 811's
stages (new); RazorpayX Payroll's payslip with its Net Pay in a printed box, where both drew Zoho Payroll's on
a tinted panel (new); IndusMobile's IMPS in dot leaders, where heldout323 drew Kotak's UPI with tiles (new);
the typed wage acknowledgement in a ruled table with a box for the thumb, where heldout323 drew the wage slip
on red tabs (new); the municipality's property tax in this set's tags with its QR code, near heldout322's
property tax in bilingual labels and heldout323's GMC receipt with its QR code; T App Folio's "Today" under a
scalloped badge with tiles, where heldout323 drew Sewa Setu's "Today" with a copyable GRN (new); ESIC's
challan under a capsule in shaded labels, where heldout322 drew the Labour Welfare Board's in dot leaders
(new); the professional tax awaiting the bank under a spinner in a ruled table, where heldout323 drew it over
a progress bar in dot leaders and heldout322 e-Pay Tax' under a spinner with colons (new); SBI Collect's
receipt two to a row, where heldout323 drew the Forest Department's on hairline rows (new); the Expo's stall
receipt filled in by hand with its oval stamp and no number, near heldout323's Kalakshetra stall receipt; IP
India's e-receipt with colons over a ruled table (new); the Transport Department's failure under a red ribbon
in dot leaders, where heldout323 drew VAHAN's under a tile in a ruled table (new); Star Health's "Today" in
shaded labels, where heldout323 drew Niva Bupa's with tiles and heldout322 Shriram's with a copyable id (new);
Oriental's receipt in shaded labels over a ruled table with its round seal, near heldout323's New India
receipt with its round seal; Future Generali's receipt on hairline rows, where heldout322 drew ManipalCigna's
two to a row and heldout323 National's against a gutter and ICICI Lombard's with colons (new); Galaxy Health's
failed card on a tinted band in dot leaders, where heldout322 drew Niva Bupa's with tiles and heldout323 HDFC
ERGO's under a red ribbon (new); LIC's SMS with no reference, near heldout323's Shriram SMS; IFFCO-TOKIO's
receipt in dot leaders (new); SBI General's payment awaited over a progress bar with colons, where heldout322
drew Care Health's over a progress bar in a striped table and heldout323 Care Health's stages (new);
Cholamandalam MS' striped receipt, near heldout323's Royal Sundaram receipt; HDFC Bank's slip two fields to a
line, where heldout323 drew ICICI Bank's padded to its colons and heldout322 Worldline's at the two ends of
each line (new); the restaurant's Petpooja bill, near both sets' POSist bills; PhonePe Smart POS' answer not
come, near heldout323's Razorpay POS; the Scapia app's "Today" with its values over their labels, where both
drew OneCard's "Today" with a copyable id (new); TGSRTC's e-ticket in a ruled table and dot leaders, where
heldout322 drew MSRTC's two to a row (new); Axis Bank's card SMS with no reference, near heldout323's HDFC
Bank and heldout322's ICICI Bank SMS; State Bank of India's declined slip with dots to its colons, near
heldout323's Mswipe and heldout322's Worldline declined slips; Air India Express' booking two to a row over a
ruled table, near heldout322's IndiGo itinerary; TGSPDCL's receipt under its Telugu name in a ruled table,
near heldout322's MSEDCL receipt in bilingual labels and Vi's mail in a ruled table and heldout323's APDCL
receipt under its Assamese name; the water can card in a Telugu hand, near heldout322's water jar card; BSNL's
failure under a tile in a striped table, where heldout322 drew PayZapp's in dot leaders and heldout323 Hello
BPCL's at the left and the right (new); MeeSeva's typed roll with its round seal, near heldout323's Jal Board
counter receipt; MyJio's "Today" in shaded labels, where both drew Tata Play's "Today" (new); IndianOil ONE's
refill two to a row, near heldout322's Tata Play two to a row; ACT Fibernet's renewal in process with its
stages left to right in shaded labels, near heldout322's Hathway renewal with its stages across the page;
PhonePe's Bharat BillPay receipt with its values over their labels, near heldout323's MobiKwik Bharat BillPay;
Telangana Grameena Bank's SMS in Telugu in a bubble, near heldout323's Assam Gramin Vikash Bank's and
heldout322's Maharashtra Gramin Bank's; the SMS of State Bank of India, Union Bank of India, Bank of Baroda
and Canara Bank in their own wordings, near the SMS both drew; HDFC Bank's alert in the pulled-down shade,
near heldout323's notification history and heldout322's notification centre; Indian Bank's mail with no
reference, near heldout322's YES BANK mail; Axis Bank's WhatsApp banking with its reply buttons (new). 56 of
the 96 are new in their arrangement and labels. This set draws kinds of row and page heldout322 and heldout323
do not: Telugu (the firm's, the Kuteeram's, TESCO's, the temple's, the apex bank's, the municipality's, the
department's, TGSPDCL's, the dyer's and the water supplier's names, a motto, headings, an app set in Telugu, a
temple's typed letter, a weaver's chat, a bank's SMS) in heldout294's runs of Noto Sans and Noto Serif Telugu;
a Telugu hand in Noto Sans Telugu with its Latin figures in an upright DejaVu Sans, leaning as a ball pen
leans; this set's bilingual tag (the label in a capsule outlined in maroon, its Telugu bold and its English
small after a slash, the value at the line's right end); a Gollabhama as a letterhead's emblem; a row of
Gollabhamas as a divider; a page photographed lying across a pit loom's warp; a Telegram group; the
pulled-down notification shade; WhatsApp banking's reply buttons; and beside them the rows heldout269's to
heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels against a gutter,
labels at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted outcome
bands, capsules, tiles two to a row, values over their labels, labels over their values two to a row, copyable
fields, read-only fields, a tinted panel, notice boxes, stages across the page, left to right and top to
bottom, progress bars, spinners, large round marks, octagons, scalloped badges, tile marks, ribbons, tabs, a
day divider, chat bubbles, a chat's payment card, rounded cards, hand-written columns on a ruled page, tick
boxes, a sum in a box, round, oval and rectangular stamps, a red numbering-machine number, revenue stamps, a
thumb's box, signatures, a QR code, squared paper, a torn roll).

* ``buyer_upi``: Buyers paying the Gollabhama Kuteeram or the firm by UPI: PhonePe Business on the Kuteeram's
  phone (the Kuteeram under the app's bar; a scalloped badge's tick, Payment Received, the sum, "from
  <buyer>"; UTR and Received on, Paid by and Settlement in tiles two to a row); CRED's dark screen with no
  reference (a large round tick, payment successful, the sum, "paid securely to" over the payee; date & time,
  paid from and CRED coins in a rounded card); Google Pay set in Telugu (a large round tick, "చెల్లింపు
  విజయవంతమైంది" (payment successful), the sum, "<payee> కు చెల్లించారు" (paid to <payee>), the day and hour;
  this set's tags: UPI లావాదేవీ ID / UPI transaction ID, ఎవరికి / To (the UPI ID), ఖాతా నుండి / From); Amazon
  Pay's failure (a scalloped badge's cross, Payment failed, the sum, "to <payee>", the reason in a notice;
  Transaction ID, UPI reference no., Date and Paid from in a table ruled on every side); Paytm under "Today,
  <hour>" (a Paid Successfully capsule, the sum, "to <payee>"; UPI Ref No, From and Note in shaded labels; no
  day); Telangana Grameena Bank's TGB Mobile (a large round tick, Transaction Successful, the sum, "to
  <payee>"; UPI Ref No, Date, Debited A/c and Remarks against a gutter); JioFinance's payment in progress
  (Initiated, Debited and Credited left to right, Payment in progress, the sum, "to <payee>", a notice; UPI
  Reference, Started and Paying from at the left and the right); slice (a tick on a rounded tile, Payment
  successful, the sum, "to <payee>"; UPI transaction ID, Date & time and Paid from in read-only fields).

* ``buyer_advices``: Payers' advices of what they paid the firm: a Banjara Hills boutique's Telegram group
  with the firm under "Today" (the buyer's bubble "Sent ₹x to <payee> by IMPS for the 12 cotton Gollabhamas
  and 6 dupattas. Ref ..."; the firm's reply in a bubble of its own; no day); TESCO's PAYMENT ADVICE under its
  Telugu name (Ref. and Date; "To, The Proprietor," and the firm; Bill No. | Bill Date | Value | TDS 2% | Net
  striped; Net amount remitted on a tinted panel; Mode : and UTR : with colons; its round seal and the Deputy
  Manager's signature); Kotak FYN with a Bengaluru retailer's NEFT returned (an octagon's cross, NEFT returned
  by the beneficiary bank, a notice; Transaction reference and Amount, Beneficiary and Value date, Return
  reason and Debit account two to a row); Titan's remittance advice for Taneira mailed from SAP Business
  Network (its sentence; Vendor, Payment Number, Payment Date, Payment Method, Bank Reference and Amount Paid
  in shaded labels; Invoice | Date | Gross | TDS 194Q | Paid in a table ruled on every side); a Chennai silk
  house's PAYMENT VOUCHER from Busy (Vch No. and Date; Account, By and Narration on hairline rows; Amount
  (Rs.) under a total's rule and double rule; its words; Prepared by, Checked by and Authorised Signatory);
  IDFC FIRST Bank's corporate banking with a Hyderabad hotel company's RTGS awaiting its authoriser (Created,
  Verified, Authorised and Sent to RBI top to bottom; Transaction Ref, Beneficiary, Amount, Payment Date and
  Mode at the left and the right); the Siddipet Venkateswara temple's letter typed in Telugu with no reference
  under a Gollabhama border (its Telugu name over its English, "బ్రహ్మోత్సవాలు 2026" (the Brahmotsavam of
  2026); రి.నెం. (ref. no.) and తేది (date); "గౌరవనీయులైన యజమాని గారికి," (to the respected proprietor) and
  the firm in English; విషయం (subject); "... గొల్లభామ పట్టు చీరల ధర రూ. x/- ను <day> తేదీన NEFT ద్వారా మీ
  ఖాతాలో జమ చేయడమైనది." (the price of the Gollabhama silk saris, Rs. x/-, has been credited to your account by
  NEFT on <day>); the Executive Officer's signature over కార్యనిర్వహణాధికారి); GeM's payment details for the
  tourism corporation's order of table runners and stoles (Seller, GeM Contract No., Bill No., Buyer, Amount
  Paid (Rs.), Payment Date, UTR No. and Payment Status in a striped table).

* ``export_wires``: Saree houses, boutiques and interior shops abroad paying the firm for its Gollabhamas:
  Bank of America's CashPro in US dollars (Payment Details, a Completed capsule; Payment ID, Beneficiary,
  Beneficiary Bank, Amount, Value Date (month first or in words) and Charges in read-only fields); Emirates
  NBD's businessONLINE in dirhams (a large round tick, Transfer successful, the sum; Reference No. :,
  Beneficiary :, Beneficiary Bank :, Transfer Date : and Charges : with colons in a rounded card); RBC Express
  with a wire in Canadian dollars in progress (Submitted, Approved, Sent and Credited across the page, Wire in
  progress, a notice; Wire Reference, Beneficiary, Amount, Requested Date (year first or in words) and Fees in
  a table ruled on every side); DBS IDEAL's notification mailed in plain text for a telegraphic transfer in
  Singapore dollars with no reference (its sentence; Status, Debit Account, Beneficiary, Beneficiary Bank,
  Amount, Value Date and Charges typed with colons); ANZ Transactive in New Zealand dollars (International
  payment - Payment sent; Payment reference, Payee, Payee bank, Amount, Payment date and Charges in a table
  ruled on every side); Revolut Business in euros the French way under "Today, <hour>" (a tick on a rounded
  tile, the sum, "to <payee>", Completed; Reference and Fee, From and Purpose in tiles two to a row; no day);
  Lloyds Bank Commercial Banking with a payment in pounds rejected (Payment rejected on a tinted band, the
  reason in a notice; Payment reference, Beneficiary, Amount, Payment date, Reason and Charges at the left and
  the right); Danske Bank's District in Danish kroner the Danish way (Udført / Executed; Reference,
  Beneficiary, Amount, Execution date (the day first with points) and Charges in a striped table).

* ``own_receipts``: The firm's own papers, its Gollabhama Kuteeram or itself on top: the Kuteeram's TAX
  INVOICE under a Gollabhama, its Telugu name and its English ("Prop. <firm>"; Invoice No. and Date, Customer
  and Place of Supply; Sl. | Item | HSN | Qty | Rate | Amount striped; Taxable value, CGST @ 2.5% and SGST @
  2.5% at the left and the right; the Invoice Total (Rs.) under a total's rule and double rule; its words;
  "Paid by UPI, UTR ..."; the motto); Cashfree's checkout for the web shop pending (the Kuteeram on top,
  Payment pending, the sum; Order placed, Awaiting your bank and Order confirmed top to bottom; a notice;
  Order ID, Payment ID, Payment method and Date in shaded labels); the firm's RECEIPT book for a wedding
  order's advance, "రశీదు / RECEIPT" (No. struck in red; this set's tags written in: తేది / Date, ఎవరి నుండి /
  Received from, దేనికి / Towards, విధానం / Mode (UPI), రిఫరెన్స్ / Ref. No.; Rs. and the sum written in a
  box; its words; a revenue stamp signed across; స్వీకర్త / Receiver); Dukaan's seller app on the Kuteeram's
  phone under its "Today" divider (the Kuteeram under the app's bar; Orders, Payments and Customers with
  Payments chosen; the order's number, a Paid capsule, the sum, "Paid online via UPI", its Payment ID and the
  hour in a rounded card; no day); Flipkart Seller Hub's settlement mail for the saris sold under Flipkart
  Samarth (its sentence; Seller name, Settlement ref (UTR), Settlement date, Orders settled, Sale amount,
  Shipping fee, TCS (0.5%) and Net settlement in dot leaders); Easebuzz' checkout with a credit card failed
  (the firm on top, an octagon's cross, Transaction failed, the reason in a notice; Easebuzz Txn ID :, Order
  ID :, Amount :, Payment mode : and Date : with colons); the Kuteeram's stall's CASH MEMO in the Expo's days
  photographed lying across a loom's warp (its Telugu name over its English, "తెలంగాణ చేనేత ఎక్స్‌పో 2026 |
  నెక్లెస్ రోడ్" (Telangana Handloom Expo 2026, Necklace Road), "క్యాష్ మెమో" (cash memo); this set's tags
  తేది / Date and పేరు / Name written in; the saris written in a Telugu hand with their sums at the right of a
  ruled page, "మొత్తం" (total); "నగదు ముట్టింది" (cash received); no reference); the Kuteeram's bill from its
  Ginesys POS on a torn roll (BILL NO, DATE, COUNTER; the saris, GROSS, DISC 10%, CGST 2.5% (INCL), SGST 2.5%
  (INCL) and NET AMOUNT; TENDER : UPI and its RRN).

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: NHDC's TAX INVOICE (Yarn Supply
  Scheme) for cotton hank yarn from its Hyderabad depot (Invoice No. and its earlier Date; Count | HSN | Kg |
  Rate | Amount ruled with its Taxable value; CGST 2.5%, SGST 2.5% and Total (Rs.) at the left and the right;
  its rectangular PAYMENT RECEIVED stamp with the day; "Recd. by NEFT on <dd/mm/yy>" and "UTR ..." written
  under it by its clerk); a Surat zari dealer's TAX INVOICE (Invoice No. and its earlier Date; the zari on
  hairline rows with IGST 5% and Invoice Total; PAYMENT DETAILS with labels over their values two to a row:
  Paid on and Mode, Reference and Amount received); a Sircilla dyer's bill in a Telugu hand on squared paper
  with no reference (his Telugu name over his English; "తేది" and the day and "శ్రీ ఎనుగుల రాములు గారికి,
  సిద్దిపేట" (to Sri Enugula Ramulu, Siddipet) written; the cotton and silk dyed with their rates and sums,
  "మొత్తం"; "నగదు ముట్టింది"); a Sircilla graph designer's PAYMENT RECEIPT from Zoho Invoice (Payment Date :,
  Reference Number :, Payment Mode : and Amount Received In Words : with colons; Amount Received printed in a
  box; Received From; Invoice Number | Invoice Date | Invoice Amount | Payment Amount ruled); udaan's order of
  shuttles, reeds and healds failed (a large round cross, Payment failed, the sum, a notice; Order ID, Seller,
  Payment mode, Transaction ID and Attempted on in dot leaders); Delhivery One's booking of a parcel of saris
  (Shipment booked and paid; AWB and Booked on, From and To, Weight and Freight, GST 18% and Total two to a
  row; "Paid by UPI, UPI Ref ..."); a Siddipet printer's Razorpay payment page for saree bags and hang tags
  paid under "Today, <hour>" (the printer on top, a tick on a rounded tile, Payment successful, the sum; a
  copyable Payment ID; Method and For at the left and the right; no day); Moglix's order of a jacquard's
  spares with its payment pending (Order placed, payment confirmation pending, the sum over a progress bar, a
  notice; Order ID :, Sold by :, Payment mode : and Placed on : at the left and the right).

* ``vendor_transfers``: The firm paying its suppliers from its banks: IOB Mobile's NEFT to the zari dealer
  failed (Transaction Failed on a tinted band, the sum, a notice; Reference No, Beneficiary, Date, Reason and
  Debit A/c against a gutter); the Telangana State Co-operative Apex Bank's RTGS / NEFT application under its
  Telugu name, the customer's copy filled in by hand (NEFT ticked; this set's tags: తేది / Date, లబ్ధిదారు /
  Beneficiary, ఖాతా నం. / A/c No., బ్యాంకు కోడ్ / IFSC, మొత్తం / Amount (Rs.), పంపేవారు / Remitter; the
  branch's rectangular stamp with its day; "Sent, UTR ..." written under it by its clerk); HDFC Bank
  NetBanking's IMPS to the graph designer (Funds Transfer - Confirmation, its sentence; Reference Number,
  Beneficiary Name, Beneficiary Account, Amount, Transaction Date and Transfer Mode in a striped table); Cent
  Mobile's IMPS to a tailor under process (a spinner, Transaction under process, the sum, "to <payee>", a
  notice; IMPS Reference, Initiated, Debit account and Purpose on hairline rows); InstaBIZ' RTGS to NHDC (a
  Success capsule, the sum; a copyable UTR; Beneficiary and Account, Date and Mode two to a row); PhonePe's
  chat with the dyer under its day divider with no reference (the dyer on top; his message "అన్నా, రంగు బిల్లు
  పంపించాను" (brother, I have sent the dyeing bill); the firm's payment card with the sum and "Paid" and the
  hour; his reply "ముట్టింది, థాంక్స్" (received, thanks)); Canara ai1's NEFT to the printer (a large round
  tick, Transaction Successful, the sum; UTR Number, Beneficiary, Account, Date and Mode in read-only fields);
  IDBI GO Mobile+'s IMPS to the transporter under "Today, <hour>" (a tick on a rounded tile, Money
  transferred, the sum, "to <payee>"; IMPS Ref and Debited from, Beneficiary bank and Remarks two to a row; no
  day).

* ``worker_pay``: The firm paying its weavers (by the sari woven) and its staff: a weaver's Bonalu advance in
  a Telugu hand on the firm's slip with no reference ("బోనాల అడ్వాన్స్" (Bonalu advance); "నేను ఎనుగుల
  గొల్లభామ హ్యాండ్లూమ్స్ వారి నుండి / బోనాల పండుగ కోసం / రూ. x/- నగదు అడ్వాన్స్ / తీసుకున్నాను." (I have taken
  Rs. x/- in cash as an advance from Enugula Gollabhama Handlooms for the Bonalu festival) and "తేది: <day>"
  written; a revenue stamp signed across, the weaver's name written under it in Latin letters); Google Pay's
  payment to a weaver failed (a large round cross, Payment failed, the sum, "To <weaver>", a notice; UPI
  transaction ID, Date, To and From at the left and the right); WhatsApp's chat with a weaver under "Today"
  (the weaver on top; "అన్నా, ఈ వారం కూలి పంపండి" (brother, please send this week's wage); the firm's payment
  card: Payment to, the sum, Paid and the hour, its UPI Ref; the reply "వచ్చింది అన్నా" (it has come,
  brother); no day); the weaver's page in the firm's "కూలి పుస్తకం / WAGE BOOK" (wage book; this set's tags
  కార్మికుని పేరు / Weaver and నెల / Month written in; the saris woven and their wages written in a Telugu
  hand with their sums, "నేతన్నకు చేయూత 8%" (the thrift fund's eight per cent kept), "నికరం" (net); "UPI
  ద్వారా చెల్లించాము, Ref ..." (we paid by UPI) and "తేది <day>" written under it); Paytm's payment to a
  weaver pending (Payment pending, the sum, "to <weaver>", a progress bar, a notice; UPI Ref No, Initiated on,
  From and Note in a striped table); RazorpayX Payroll's payslip for the Kuteeram's counter ("Payslip for
  <month>"; Employee and Employee ID, Designation and Days paid two to a row; Earnings | Amount | Deductions |
  Amount ruled; the Net Pay printed in a box; "Paid on <day> by bank transfer, UTR ..."); IndusMobile's IMPS
  to the helper for his salary (a large round tick, Money sent, the sum, "to <helper>"; IMPS Ref, Date, From
  and Purpose in dot leaders); the firm's typed WAGE ACKNOWLEDGEMENT under a row of Gollabhamas (Name and Loom
  No., the colony and Date; Particulars | Pcs | Rate | Amount ruled with its Gross wage; Less: thrift fund
  (Nethanna ku Cheyutha) 8% and Net paid; "Paid by NEFT, UTR ..."; a box for the weaver's signature or thumb).

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Siddipet Municipality's
  property tax e-receipt from the CDMA portal under its Telugu name (Payment Successful; this set's tags:
  రశీదు సంఖ్య / Receipt No., అసెస్‌మెంట్ నం. / Assessment No., యజమాని / Owner, అర్ధ సంవత్సరం / Half year,
  మొత్తం / Amount, విధానం / Mode, బ్యాంకు రిఫరెన్స్ / Bank Ref., చెల్లించిన తేది / Paid on; its QR code); T
  App Folio with the Kuteeram's shop registration renewed under "Today, <hour>" (the Labour Department under
  the app's bar, a scalloped badge's tick, Fee paid, the sum; Transaction ID and Service, Paid via and
  Application in tiles two to a row; no day); ESIC's e-challan receipt (Challan receipt, a Paid capsule;
  Challan No., Employer Code, Contribution Period, Amount Paid (Rs.), Transaction No., Bank and Payment Date
  in shaded labels); the Commercial Taxes Department's profession tax e-payment awaiting the bank (a spinner,
  Awaiting bank confirmation, a notice; Challan ID, PTIN, Period, Amount, Bank and Initiated on in a table
  ruled on every side); SBI Collect's e-receipt for the India Handloom Brand registration fee (SB Collect
  Reference and Status, Institution and Category, Amount and Transaction Date, Payment Mode and Name two to a
  row); the Handlooms and Textiles Department's RECEIPT for the Kuteeram's stall at the Expo under its Telugu
  name, filled in by hand with no number and no reference (Received from, the sum of Rupees, towards, by
  (Cash) and Date on dotted lines; Rs. written in a box; its oval stamp; the Assistant Director's signature);
  IP India's e-receipt for the Kuteeram's trade mark application (CBR No. :, Date :, Applicant :, Payment Mode
  : and Bank Ref. No. : with colons; Form | Application No. | Mark | Fee (Rs.) ruled with its Total); the
  Transport Department's quarterly tax for the firm's goods autorickshaw failed (TRANSACTION FAILED on a red
  ribbon, a notice; Application No., Vehicle No., Tax Period, Amount, Transaction No., Date and Paid via in
  dot leaders).

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its message:
  Star Health's app with the proprietor's family floater renewed under "Today, <hour>" (a scalloped badge's
  tick, Policy renewed, the sum; Policy No., Transaction ID, Members and Paid via in shaded labels; no day);
  The Oriental Insurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy
  (Receipt No., Policy No., Insured, Instrument, UTR and Receipt Date in shaded labels; Premium, CGST 9% and
  SGST 9% ruled with its Total; its round seal); Future Generali's receipt for the Kuteeram's shopkeeper's
  policy (its sentence; Receipt No., Receipt Date, Policy No., Product, Premium (incl. GST), Payment Mode, UPI
  Ref. and Paid by on hairline rows); Galaxy Health's renewal of the weavers' group cover failed by card
  (Payment failed on a tinted band, the sum, a notice; Proposal No., Payment Ref., Card and Attempted on in
  dot leaders); LIC's SMS with no reference ("Dear Customer, we have received premium of Rs.x on <dd/mm/yyyy>
  against Policy No ... through UPI. Thank you. -LIC of India"); IFFCO-TOKIO's receipt for the goods
  autorickshaw's motor policy (Receipt No., Policy No., Vehicle No., Premium (incl. GST), Payment Mode, UPI
  Ref. and Receipt Date in dot leaders); SBI General's renewal with its payment awaited (Payment awaited from
  your bank, the sum over a progress bar, a notice; Proposal No. :, Transaction ID :, Payment mode : and
  Initiated on : with colons); Cholamandalam MS' PREMIUM RECEIPT for the weavers' group personal accident
  cover (Receipt No. and Date; Description | Amount striped: Premium, CGST 9%, SGST 9%, Total; "Mode: NEFT
  UTR: ...").

* ``card_slips``: Cards on the Kuteeram's and the Expo stall's terminals and the firm's cards elsewhere: HDFC
  Bank's slip at the Kuteeram two fields to a line (SALE; DATE and TIME, MID and TID, BATCH and INV, CARD and
  its entry, APPR and RRN; TOTAL; APPROVED); a Siddipet family restaurant's Petpooja bill (Bill No., Table and
  Date; the Telangana dishes; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total; "Payment: Card", its Approval
  Code); PhonePe Smart POS at the Expo stall in the Expo's days (CARD SALE; DATE, TIME, TID, TXN REF, CARD,
  AMOUNT; STATUS : PENDING, DO NOT RETRY - CHECK PHONEPE BUSINESS APP); the Scapia app with a spend at a
  Siddipet hardware store under "Today, <hour>" (the merchant over its town, the sum, Successful; Transaction
  ID, Card and Scapia coins, each value over its label; no day); TGSRTC's e-ticket for the Rajadhani to
  Hyderabad (Ticket No., Service, Date of Journey, Booking Date, From / To and Seats ruled; Fare, Reservation
  charges and Total in dot leaders; Payment: Debit Card and its Transaction ID); Axis Bank's SMS with no
  reference ("INR x spent on Axis Bank Card XX1234 on <dd-mm-yy> at <MERCHANT>. Avl Lmt INR y. Not you? ...");
  State Bank of India's terminal at a Hyderabad hotel with the card declined, each label padded with dots to
  its colon (DATE, TIME, TID, INVOICE NO, CARD NO, AMOUNT; NOT APPROVED, RESP : 05 DO NOT HONOUR); Air India
  Express' booking confirmation (PNR and Booking date, Flight and Date of travel, From and To two to a row;
  Base fare, Taxes and fees and Total ruled; Paid by: Credit Card and its Payment reference).

* ``utility_bills``: The workshop's and the Kuteeram's bills: TGSPDCL's online payment receipt under its
  Telugu name (Receipt No., Unique Service No., Name, ERO, Bill Month, Amount Paid, Transaction ID, Payment
  Date and Mode ruled); the drinking water supplier's card in a Telugu hand with no reference (his Telugu name
  over his English; this set's tag నెల / Month written in; "క్యాన్లు" (cans) with their count and rate,
  "మొత్తం"; "నగదు ముట్టింది" and "తేది <day>"); BSNL Selfcare's Bharat Fibre bill payment failed (BSNL under
  the app's bar, a cross on a rounded tile, Payment failed, the sum, a notice; Account No., Transaction ID,
  Payment mode and Attempted on striped); a MeeSeva counter's roll for the Kuteeram's water charges (MEESEVA;
  TRANSACTION ID, DATE, DEPARTMENT : SIDDIPET MUNICIPALITY, SERVICE, CONSUMER NO, NAME, PERIOD, AMOUNT and
  MODE : CASH typed; its round seal); MyJio with the JioFiber plan recharged under "Today, <hour>" (Reliance
  Jio Infocomm under the app's bar, a tick on a rounded tile, Recharge successful, the sum; Transaction ID,
  Plan, Validity and Paid via in shaded labels; no day); IndianOil ONE with the workshop's Indane refill
  (Indian Oil under the app's bar, a large round tick, Payment successful, the sum; Booking No. and Consumer
  No., Transaction ID and Paid on, Paid via and Distributor two to a row); ACT Fibernet's renewal in process
  (Initiated, Bank and Renewed left to right, Payment in process, the sum, a notice; Account ID, Transaction
  ID, Payment mode and Initiated on in shaded labels); PhonePe's Bharat BillPay receipt for the Kuteeram's
  meter (a large round tick, Bill paid, the sum; Biller, Service No., Bharat BillPay Transaction ID, UTR and
  Paid on, each value over its label).

* ``bank_alerts``: The banks' alerts of the firm's payments: Telangana Grameena Bank's SMS in Telugu in a
  bubble under its day divider ("TGB: మీ ఖాతా XX1234 నుండి రూ. x <dd-mm-yyyy> న <PAYEE> కు UPI ద్వారా బదిలీ
  అయింది. UPI Ref ...." (Rs. x has been transferred from your account XX1234 on <day> to <PAYEE> by UPI));
  State Bank of India's SMS ("Dear Customer, your A/c X1234 has been debited by Rs.x on <ddMonyy> towards NEFT
  to <PAYEE>. UTR .... If not done by you, call 1800111109 -SBI"); HDFC Bank's alert in the phone's
  notification shade pulled down over its quick toggles ("HDFC Bank . <n>m": "Rs.x sent via IMPS to <PAYEE>
  from A/c **1234. IMPS Ref .... -HDFC Bank", between a WhatsApp message and the weather's card; no day);
  Union Bank of India's SMS ("NEFT of Rs.x from A/c XX1234 to <PAYEE> on <dd/mm/yyyy> is pending with the
  beneficiary bank. UTR .... -Union Bank of India"); Bank of Baroda's SMS ("Rs.x Dr. from A/C XXXX1234 and Cr.
  to <PAYEE> on <dd-mm-yy>. UPI Ref:.... AvlBal:Rs.y -Bank of Baroda"); Canara Bank's SMS ("IMPS transaction
  of Rs.x to <PAYEE> from A/c XX1234 on <dd/mm/yy> has failed. Amount if debited will be reversed. IMPS Ref
  .... -Canara Bank"); Indian Bank's mail with no reference ("Your A/c XX1234 has been debited with INR x on
  <dd-Mon-yyyy> towards NEFT to <PAYEE>."); Axis Bank's WhatsApp banking under its day divider ("Dear
  Customer, INR x has been debited from A/c XX1234 on <dd-mm-yyyy> towards UPI to <PAYEE>. UPI Ref ...." in a
  bubble; its Check balance and Block UPI buttons).

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Telugu and Noto Serif Telugu
(regular and bold, fonts-noto-core; heldout294's runs) for the Telugu lines, the Telugu hand in Noto Sans
Telugu beside an upright DejaVu Sans; italics and obliques for the Latin hand (``heldout324_families.PENS``)
and a fixed-width face of the page's own (``heldout324_families.TYPES``). Telugu on the papers: the firm's,
the Kuteeram's, TESCO's, the temple's, the apex bank's, the municipality's, the Handlooms and Textiles
Department's, TGSPDCL's, the dyer's and the water supplier's names over their English (ఎనుగుల గొల్లభామ
హ్యాండ్లూమ్స్, గొల్లభామ కుటీరం, తెలంగాణ రాష్ట్ర చేనేత సహకార సంఘం లిమిటెడ్, శ్రీ వేంకటేశ్వర స్వామి దేవస్థానం,
సిద్దిపేట, తెలంగాణ రాష్ట్ర సహకార అపెక్స్ బ్యాంకు లిమిటెడ్, సిద్దిపేట పురపాలక సంఘం, చేనేత మరియు జౌళి శాఖ,
తెలంగాణ, తెలంగాణ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ, భవాని డైయింగ్ వర్క్స్, సిరిసిల్ల, శ్రీ గంగా మినరల్
వాటర్), the motto, headings (రశీదు, receipt; క్యాష్ మెమో, cash memo; బోనాల అడ్వాన్స్, Bonalu advance; కూలి
పుస్తకం, wage book; బ్రహ్మోత్సవాలు, the Brahmotsavam; తెలంగాణ చేనేత ఎక్స్‌పో, the Telangana Handloom Expo;
నెక్లెస్ రోడ్, Necklace Road), labels (తేది, date; పేరు, name; ఎవరి నుండి, received from; దేనికి, towards;
విధానం, mode; రిఫరెన్స్, reference; స్వీకర్త, receiver; UPI లావాదేవీ ID, UPI transaction ID; ఎవరికి, to whom;
ఖాతా నుండి, from the account; లబ్ధిదారు, beneficiary; ఖాతా నం., account no.; బ్యాంకు కోడ్, bank code; మొత్తం,
amount or total; పంపేవారు, remitter; కార్మికుని పేరు, the worker's name; నెల, month; రశీదు సంఖ్య, receipt no.;
అసెస్‌మెంట్ నం., assessment no.; యజమాని, owner; అర్ధ సంవత్సరం, half year; బ్యాంకు రిఫరెన్స్, bank reference;
చెల్లించిన తేది, paid on), a hand's words (మొత్తం, total; నగదు ముట్టింది, cash received; నికరం, net; నేతన్నకు
చేయూత, the thrift fund (a helping hand to the weaver); UPI ద్వారా చెల్లించాము, we paid by UPI; కిలో, kilo;
అద్దకం, dyeing; క్యాన్లు, cans; నేను ... వారి నుండి ... నగదు అడ్వాన్స్ తీసుకున్నాను, I have taken ... from ...
as a cash advance; శ్రీ ... గారికి, to Sri ...; the saris' names: నూలు చీర, a cotton sari; సీకో చీర, a
silk-cotton sari; పట్టు చీర, a silk sari; దుపట్టా, a dupatta; స్టోల్, a stole; డ్రెస్ మెటీరియల్, dress
material; టేబుల్ రన్నర్, a table runner; కుషన్ కవర్లు, cushion covers), a letter's words (గౌరవనీయులైన యజమాని
గారికి, to the respected proprietor; రి.నెం., ref. no.; విషయం, subject; అయ్యా, sir; జమ చేయడమైనది, has been
credited; ధన్యవాదాలతో, with thanks; కార్యనిర్వహణాధికారి, executive officer), an app's and a chat's words
(చెల్లింపు విజయవంతమైంది, payment successful; <payee> కు చెల్లించారు, paid to <payee>; అన్నా, elder brother;
రంగు బిల్లు పంపించాను, I have sent the dyeing bill; ఈ వారం కూలి పంపండి, send this week's wage; ముట్టింది,
థాంక్స్, received, thanks; వచ్చింది అన్నా, it has come, brother) and a bank's SMS (మీ ఖాతా ... నుండి, from
your account ...; <day> న, on <day>; <PAYEE> కు, to <PAYEE>; UPI ద్వారా, by UPI; రూ. x, Rs. x; బదిలీ అయింది,
has been transferred). The Expo memo and the PhonePe Smart POS sale are drawn in the Expo's days on Necklace
Road (7 to 16 August 2026), the Expo's stall receipt in the week before; the Bonalu advance in Ashadham's
weeks (5 to 28 July 2026); the Kuteeram's counter, its terminal, its roll, its tax invoice and its PhonePe
Business never take a payment on a Wednesday (one drawn on a Wednesday moves to the Tuesday before, its
reference made again for that day); the other days anywhere in 2026. GST is 5% on the firm's saris and fabrics
(cotton fabrics, HSN 5208, and silk and silk-cotton, HSN 5007) and on its runners and cushion covers of under
Rs. 2,500 a piece (since September 2025; CGST 2.5% and SGST 2.5% to a Telangana buyer, inside the MRP on the
Ginesys roll, TESCO keeping TDS under GST of 2% and Titan TDS under section 194Q of 0.1%), 5% on the cotton
hank yarn (HSN 5205, CGST and SGST from NHDC's Hyderabad depot) and on the zari (IGST from Gujarat) and on the
restaurant's food, 18% on the courier's freight and the general insurance premiums (inside the sum on the
shopkeeper's, the motor and the group health covers; CGST 9% and SGST 9% on the fire and the group personal
accident policies), none on the proprietor's family health cover and his life premium (an individual's health
and life insurance, exempt since September 2025); the weavers' wages, the hand-written chits, the water cans,
the fees and the stall rent carry none.

Truth conventions (heldout323's, heldout322's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): "to"
  on Amazon Pay, Paytm, TGB Mobile, JioFinance and slice, the name under CRED's "paid securely to"; the
  Kuteeram, the firm, the firm as a bank's field cuts it (ENUGULA GOLLABHAMA HANDL) or the Kuteeram in
  capitals; never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout312's Paytm set in Telugu,
  heldout317's BHIM set in Telugu and heldout312's Telugu SMS): Google Pay set in Telugu pays the name before
  its "కు చెల్లించారు" (paid to), because Telugu puts the one a thing goes to before its "కు" (to). *settled*
  (heldout268 to heldout323): a receiving business's own app pays the business named under the app, here the
  Kuteeram under PhonePe Business' bar and under Dukaan's (never the app, "from <buyer>" or the order's
  customer). *settled* (heldout167 to heldout323): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here the firm under TESCO's "To, The Proprietor," (never TESCO or its Telugu name),
  Kotak FYN's and IDFC FIRST Bank's Beneficiary, the Vendor of Titan's remittance (never Titan, Taneira or
  SAP; its "Dear <vendor>" the same), the party's ledger after Busy's Account (never Sri Kamakshi Silks on
  top), the payee in the Telegram message ("Sent ₹x to <payee> by IMPS"; never its writer or the group;
  *settled* heldout286, heldout299, heldout301 and heldout303 to heldout323's chats and channels). *settled*
  (heldout300): the firm after "M/s" is the firm without its "M/s". *settled* (heldout321's to heldout323's
  letters): the temple's letter typed in Telugu pays the firm named under its "గౌరవనీయులైన యజమాని గారికి," (to
  the respected proprietor), because its sentence says the price "మీ ఖాతాలో జమ చేయడమైనది" (has been credited
  to your account); never the temple or its కార్యనిర్వహణాధికారి. *settled* (new here): GeM's payment details
  pay its Seller (never GeM, the Government e-Marketplace through which the order was placed and paid, or its
  Buyer, the tourism corporation), because GeM is a marketplace that keeps nothing of the sum, as the
  marketplaces' sellers (*settled* heldout305 to heldout323). *settled* (heldout272, heldout277, heldout287
  and heldout303 to heldout323): a name's line in Telugu over its English (గొల్లభామ కుటీరం, ఎనుగుల గొల్లభామ
  హ్యాండ్లూమ్స్, తెలంగాణ రాష్ట్ర చేనేత సహకార సంఘం లిమిటెడ్ and the rest) is never the merchant. *settled*
  (heldout155 to heldout323): an inward wire pays the firm, here CashPro's, Emirates NBD's, RBC Express', DBS
  IDEAL's, Lloyds' and Danske Bank's Beneficiary, ANZ's Payee, the name after "to" on Revolut Business; never
  the remitter or the bank on top. *settled* (heldout175 to heldout323): the firm's own paper pays its
  Kuteeram or itself on top, here GOLLABHAMA KUTEERAM on its tax invoice, its Ginesys roll (or its till's
  longer line, GOLLABHAMA KUTEERAM SDPT) and its Expo memo (never its Telugu name, "Prop. <firm>", its
  Customer or the memo's పేరు / Name written in), the firm on top of its receipt book (never its ఎవరి నుండి /
  Received from), the Kuteeram on top of Cashfree's page and the firm on top of Easebuzz' (never the gateway);
  *settled* (heldout285's and heldout304 to heldout323's payouts) Flipkart's Seller name. *settled*
  (heldout187 to heldout323): a supplier's name on top of its own paper, here National Handloom Development
  Corporation Ltd. (or NHDC Ltd.; never its Buyer), SHREE AMBICA ZARI WORKS (never its Bill to), BHAVANI
  DYEING WORKS, SIRCILLA under its Telugu name (never "శ్రీ ఎనుగుల రాములు గారికి" written to the firm), Vishnu
  Graph Designs on top of its Zoho Invoice receipt (never its Received From or Zoho), Delhivery Limited on top
  of Delhivery One's booking, SIDDIPET OFFSET & PACKAGING on top of its Razorpay page (never Razorpay,
  *settled* heldout323's Swipe invoice); udaan's Seller and Moglix's Sold by (*settled* heldout305 to
  heldout323's marketplaces' sellers; never udaan or moglix). *settled* (heldout179 to heldout323): a banking
  page pays the payee, here IOB Mobile's, HDFC Bank NetBanking's (Beneficiary Name), InstaBIZ', Canara ai1's
  Beneficiary, the name after "to" on Cent Mobile and IDBI GO Mobile+, the లబ్ధిదారు / Beneficiary written in
  the apex bank's application (never its పంపేవారు / Remitter); *settled* (heldout275's and heldout308 to
  heldout323's chats) the dyer on top of PhonePe's chat whose payment card pays him. *settled* (heldout150 to
  heldout323): a pay slip pays the worker, here the weaver's name written under the revenue stamp of the
  Bonalu advance (*settled* heldout307 to heldout323's names under a signature), the name after "To" on Google
  Pay and "to" on Paytm and IndusMobile, the weaver on top of the WhatsApp chat, the కార్మికుని పేరు / Weaver
  written in the wage book's tag, RazorpayX's Employee, the Name on the wage acknowledgement. *settled*
  (heldout153 to heldout323): a fee page pays the authority as printed, here Siddipet Municipality (never its
  Telugu name or CDMA Telangana), ESIC, the Commercial Taxes Department, Telangana, the Office of the
  Commissioner of Handlooms & Textiles, Telangana on top of its stall receipt (never the Kuteeram written
  after Received from); *settled* (heldout272, heldout301 and heldout303 to heldout323: never the app or the
  portal) the Labour Department under T App Folio's bar and the Transport Department, Government of Telangana
  under the Transport Department's portal name; *settled* (new here) SBI Collect's e-receipt pays its
  Institution (TEXTILES COMMITTEE), never State Bank Collect, because SBI Collect is the bank's collection
  service that keeps nothing of the fee, as heldout317's MeeSeva pays the department it collects for;
  *settled* (new here) IP India's e-receipt pays the Office of the Controller General of Patents, Designs &
  Trade Marks printed under the portal's name Intellectual Property India, because the office is the authority
  that takes the fee and Intellectual Property India the portal's name, as heldout323's Sewa Setu and VAHAN
  pay the departments printed under them. *settled* (heldout199 to heldout323): an insurer's receipt pays the
  insurer on top (full or short as printed), under its app's bar (Star Health and Allied Insurance Co. Ltd.)
  or signing its message (LIC of India). A slip's counter name line as printed (GOLLABHAMA KUTEERAM,
  GOLLABHAMA KUTEERAM - EXPO or its first part, HOTEL KAKATIYA GRAND), never *settled* the terminal's brand or
  bank over it (HDFC BANK, PhonePe Smart POS, STATE BANK OF INDIA); the restaurant on top of its Petpooja
  bill; TGSRTC and Air India Express on top of their pages (*settled*: the carrier whose fare the card paid,
  never its Telangana State Road Transport Corporation line); the name after "at" in Axis Bank's "INR x spent
  on Axis Bank Card XX1234 on <day> at <MERCHANT>." (*settled* heldout299 to heldout323's card SMS); the
  Scapia app's merchant line over its town (*settled* heldout297 to heldout323's card issuers' apps). A
  utility's biller as printed: TGSPDCL's English name under its Telugu (full or short), the water supplier's
  Latin name on top of his card, Bharat Sanchar Nigam Ltd. under BSNL Selfcare's bar, Reliance Jio Infocomm
  Ltd. under MyJio's and Indian Oil Corporation Ltd. under IndianOil ONE's (*settled* heldout285, heldout301
  and heldout303 to heldout323: the company, never the app), ACT Fibernet on top of its page, PhonePe's Biller
  (never PhonePe or Bharat BillPay), the MeeSeva roll's DEPARTMENT (*settled* heldout317: never MeeSeva). An
  SMS, mail, notification or chat alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop): State Bank of India's "towards NEFT to <PAYEE>. UTR", Union
  Bank's "to <PAYEE> on", Bank of Baroda's "Cr. to <PAYEE> on", Canara Bank's "to <PAYEE> from", Indian Bank's
  "towards NEFT to <PAYEE>.", HDFC Bank's "via IMPS to <PAYEE> from", Axis Bank's "towards UPI to <PAYEE>.";
  Telangana Grameena Bank's Telugu SMS the name before its "కు" (*settled* heldout312's Telugu SMS); *settled*
  heldout300's shade and heldout312's to heldout323's notifications, and heldout320's and heldout321's
  WhatsApp banking: the shade's alert and Axis Bank's WhatsApp banking read as their bank's SMS.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout323): a payer's advice counts its net sum, here TESCO's Net amount remitted on its panel (never a
  bill's Value, its TDS 2% or a bill's Net, *settled* heldout269, heldout273, heldout275, heldout294,
  heldout315 and heldout323's advices with their TDS), Titan's Amount Paid (never an invoice's Gross, its TDS
  194Q or a line's Paid), Busy's Amount (Rs.) under its rules, Kotak FYN's and IDFC FIRST Bank's Amount, GeM's
  Amount Paid (Rs.), the ₹x in the Telegram message, the రూ. x/- in the temple's sentence. *settled*
  (heldout155 to heldout323): an inward wire's foreign sum, here US dollars (USD or US$), dirhams (AED before
  or after, *settled* heldout304 to heldout317), Canadian dollars (CAD or C$, *settled* heldout317), Singapore
  dollars (SGD or S$), New Zealand dollars (NZD or NZ$, *settled* heldout279), euros the French way, a space
  between the thousands and a comma before the cents (5 557,46 € is 5557.46, *settled* heldout287), pounds
  (GBP or the pound's sign), Danish kroner the Danish way (DKK 14.394,50 is 14394.50, *settled* heldout275's
  kroner); never Charges, a Fee or Fees. *settled* (heldout175 to heldout323): a receipt counts the sum
  received, here the tax invoice's Invoice Total under its rules (never its Taxable value, CGST or SGST or a
  line's Amount), Cashfree's sum, the Rs. written in the receipt book's box (its words the same), Dukaan's
  sum, Flipkart's Net settlement (never its Sale amount, Shipping fee or TCS), Easebuzz' Amount, the Expo
  memo's "మొత్తం" (total) written at its line's end (never a line's figure), the roll's NET AMOUNT (never its
  GROSS, DISC 10% or the GST inside it; *settled* heldout317's rebate: a discount taken at the counter is
  never paid). A whole sum closed with /- is that sum in whole rupees (*settled* heldout259). *settled*
  (heldout187 to heldout323): a supplier's paper counts the sum paid, here NHDC's Total (never its Taxable
  value, CGST 2.5% or SGST 2.5% or a count's Amount), the zari dealer's Invoice Total (its Amount received the
  same; never IGST 5%), the dyer's "మొత్తం" (never a line's figure), the Amount Received printed in the Zoho
  receipt's box (its Payment Amount the same), udaan's and Moglix's sums, Delhivery's Total (never its Freight
  or GST 18%), the Razorpay page's sum. A banking page's sum (the మొత్తం / Amount (Rs.) written in the apex
  bank's application; the PhonePe chat card's sum). *settled* (heldout167 to heldout323): a pay slip's net
  sum, here the రూ. x/- in the Bonalu advance's sentence, the wage book's "నికరం" (net; never a line's figure
  or the thrift fund's eight per cent, *settled* heldout317's thrift fund), RazorpayX's Net Pay in its box
  (never Basic, HRA, Conveyance, Provident Fund or Professional Tax), the wage acknowledgement's Net paid
  (never its Gross wage or the thrift fund), the sums on Google Pay, Paytm, IndusMobile and the WhatsApp card.
  A fee page's Amount, మొత్తం / Amount, Amount Paid (Rs.), the sum large, the Rs. written on the stall receipt
  (its words the same), IP India's Total (its Fee the same). An insurer's premium with its GST where it
  carries one (*settled*), here Oriental's and Cholamandalam MS' Total (never the Premium, CGST 9% or SGST
  9%), Future Generali's and IFFCO-TOKIO's Premium (incl. GST), Star Health's, Galaxy Health's and SBI
  General's sums, the Rs.x in LIC's SMS. A slip's TOTAL, AMOUNT and Grand Total (never the restaurant's Sub
  Total, CGST, SGST or a dish), TGSRTC's Total (never its Fare or Reservation charges), Air India Express'
  Total (never its Base fare or Taxes and fees), the INR x in Axis Bank's SMS (never its Avl Lmt), the Scapia
  app's sum large. A utility's Amount Paid, the sums large, the water card's "మొత్తం", MeeSeva's AMOUNT. An
  alert's sum debited, sent, pending or failed as worded (grouped the Indian or the English way or not at
  all), the రూ. x in Telangana Grameena Bank's Telugu SMS; never Bank of Baroda's AvlBal. Currency INR but on
  the wires.

* status: as printed. PhonePe Business' Payment Received, CRED's payment successful, Paytm's Paid
  Successfully, TGB Mobile's Transaction Successful, slice's Payment successful successes; *settled*
  (heldout312's Paytm and heldout317's BHIM set in Telugu) Google Pay's "చెల్లింపు విజయవంతమైంది" (payment
  successful) a success; JioFinance's Payment in progress pending; Amazon Pay's Payment failed failed. A
  payer's own record of the payment made (*settled*): TESCO's advice with its Mode and UTR, Titan's remittance
  with its Bank Reference and Amount Paid, Busy's voucher with its Narration's UTR, GeM's Payment Done
  successes; *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout323's chats and messages)
  the Telegram message's "Sent ₹x ..." a success; *settled* (heldout321's to heldout323's letters) the
  temple's "... NEFT ద్వారా మీ ఖాతాలో జమ చేయడమైనది" (has been credited to your account by NEFT) a success;
  IDFC FIRST Bank's Payment pending authorisation pending (*settled*: a transfer not yet sent is a wait);
  Kotak FYN's NEFT returned by the beneficiary bank failed. A wire's CashPro Completed, Emirates NBD's
  Transfer successful, DBS IDEAL's Status : Completed, ANZ's Payment sent, Revolut's Completed, Danske Bank's
  Udført / Executed (the Danish word with its English after it, either alone a success) successes; RBC
  Express' Wire in progress pending (its stage Sent not yet reached); Lloyds' Payment rejected failed. A
  receipt's "Paid by UPI, UTR ..." under the tax invoice, the receipt book's విధానం / Mode UPI written with
  its రిఫరెన్స్ / Ref. No., Dukaan's Paid, Flipkart's "has been sent to your registered bank account"
  (*settled* heldout311 to heldout323's payouts), the roll's TENDER : UPI with its RRN successes; *settled*
  (heldout294's, heldout312's and heldout317's Telugu hands) the Expo memo's "నగదు ముట్టింది" (cash received)
  a success paid in cash; Cashfree's Payment pending pending; Easebuzz' Transaction failed failed. A
  supplier's paper: NHDC's "Recd. by NEFT on <day>" and its UTR written by its clerk under its PAYMENT
  RECEIVED stamp, the zari dealer's PAYMENT DETAILS (Paid on, Mode, Reference and Amount received), the dyer's
  "నగదు ముట్టింది", the Zoho receipt with its Payment Mode and Reference Number, Delhivery's "Shipment booked
  and paid" with its UPI Ref, the Razorpay page's Payment successful successes; Moglix's payment confirmation
  pending pending; udaan's Payment failed failed. A banking page's HDFC Bank NetBanking "processed
  successfully", InstaBIZ' Success, the apex bank's "Sent, UTR ..." written by its clerk (*settled*
  heldout310's to heldout323's co-operative banks), the PhonePe chat's Paid card with the dyer's "ముట్టింది,
  థాంక్స్" (received, thanks), Canara ai1's Transaction Successful, IDBI GO Mobile+'s Money transferred
  successes; Cent Mobile's Transaction under process pending; IOB Mobile's Transaction Failed failed. A pay
  slip's Bonalu advance "... నగదు అడ్వాన్స్ తీసుకున్నాను" (I have taken ... as a cash advance; *settled*
  heldout317's Bathukamma advance and heldout323's advance), the wage book's "UPI ద్వారా చెల్లించాము" (we paid
  by UPI; *settled* heldout321's "UPI से दिया" and heldout323's "UPI-ৰে দিয়া হ'ল", the payer's own word that
  it paid), the WhatsApp card's Paid with the weaver's "వచ్చింది అన్నా" (it has come, brother), RazorpayX's
  "Paid on <day> by bank transfer, UTR ...", IndusMobile's Money sent, the wage acknowledgement's "Paid by
  NEFT, UTR ..." successes; Paytm's Payment pending pending; Google Pay's Payment failed failed. A fee page's
  Payment Successful, T App Folio's Fee paid, ESIC's Paid, SBI Collect's Status Success, IP India's e-receipt
  with its Payment Mode and Bank Ref. No. successes; the stall receipt's "by Cash" a success paid in cash
  (*settled* heldout323's Kalakshetra receipt); the professional tax's Awaiting bank confirmation pending; the
  Transport Department's TRANSACTION FAILED failed. An insurer's Star Health's Policy renewed, Oriental's
  receipt with its Instrument and UTR, Future Generali's "Received with thanks", LIC's "we have received
  premium", IFFCO-TOKIO's receipt with its Payment Mode and UPI Ref., Cholamandalam MS' receipt with its Mode
  and UTR successes; SBI General's Payment awaited from your bank pending; Galaxy Health's Payment failed
  failed. A slip's APPROVED, the restaurant's "Payment: Card" with its Approval Code, TGSRTC's and Air India
  Express' pages with their Payment and its reference, the Scapia app's Successful, Axis Bank's "INR x spent"
  (*settled*) successes; PhonePe Smart POS' STATUS : PENDING with "DO NOT RETRY" pending (*settled* heldout282
  and heldout299 to heldout323: the terminal got no answer); State Bank of India's NOT APPROVED (05 DO NOT
  HONOUR) failed. A utility's TGSPDCL receipt with its Amount Paid and Transaction ID, the water card's "నగదు
  ముట్టింది", MeeSeva's roll with MODE : CASH (a counter's receipt printed once paid, *settled* heldout323's
  Jal Board receipt), MyJio's Recharge successful, IndianOil ONE's Payment successful, PhonePe's Bill paid
  successes; ACT Fibernet's Payment in process pending; BSNL's Payment failed failed. *settled*: an SMS, mail,
  notification or chat alert's debit a success whatever its bank's wording (State Bank of India's "has been
  debited by", Bank of Baroda's "Dr. ... and Cr. to", Indian Bank's "has been debited with", HDFC Bank's "sent
  via IMPS", Axis Bank's "has been debited from"); *settled* (heldout317's Telugu SMS "బదిలీ చేయబడింది")
  Telangana Grameena Bank's "బదిలీ అయింది" (has been transferred) a success; Union Bank's "is pending with the
  beneficiary bank" pending (as heldout280's to heldout323's "in process" and "under process"); Canara Bank's
  "has failed. Amount if debited will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: PhonePe Business' Received on, CRED's date & time, Google
  Pay's day under its Telugu payee (day first, in figures or with its month's English abbreviation), Amazon
  Pay's Date, TGB Mobile's Date, JioFinance's Started, slice's Date & time; Paytm's "Today, <hour>" prints no
  day (*settled*). TESCO's Date on its Ref.'s line (never a bill's Bill Date), Kotak FYN's Value date, Titan's
  Payment Date (never an invoice's Date), Busy's Date (never a bill's), IDFC FIRST Bank's Payment Date, GeM's
  Payment Date, the day the temple's sentence names ("<day> తేదీన", on <day>; its రి.నెం. line's తేది the same
  day); the Telegram group under its "Today" divider prints no day (*settled*, the chats' "Today"). A wire's
  CashPro Value Date month first the American way or in words (*settled* heldout272 to heldout323's US banks),
  Emirates NBD's Transfer Date, RBC Express' Requested Date year first with hyphens or in words (*settled*
  heldout312's to heldout323's year first), DBS IDEAL's Value Date, ANZ's Payment date day first, Lloyds'
  Payment date day first, Danske Bank's Execution date day first with points (*settled* heldout323's UBS);
  Revolut Business' "Today, <hour>" prints no day. A receipt's tax invoice Date, the తేది / Date written in
  the receipt book's and the Expo memo's tags, Cashfree's and Easebuzz' Date, Flipkart's Settlement date, the
  roll's DATE; Dukaan under its "Today" divider prints no day. NHDC's "Recd. by NEFT on <dd/mm/yy>" written by
  its clerk (its stamp's day the same; never its invoice's Date), the zari dealer's Paid on (never its
  invoice's Date), the తేది written on the dyer's bill, the Zoho receipt's Payment Date (never its Invoice
  Date), udaan's Attempted on, Delhivery's Booked on, Moglix's Placed on; the Razorpay page's "Paid Today,
  <hour>" prints no day. A banking page's IOB Date, the తేది / Date written in the apex bank's tag (its
  stamp's day the same), HDFC Bank NetBanking's Transaction Date, Cent Mobile's Initiated, InstaBIZ' and
  Canara ai1's Date, the PhonePe chat's day divider (*settled* heldout322's and heldout323's chats under a
  dated divider); IDBI GO Mobile+'s "Today, <hour>" prints no day. A pay slip's "తేది: <day>" written on the
  Bonalu advance, the "తేది <day>" written under the wage book (never its నెల / Month, *settled* heldout273
  and heldout303 to heldout323: never a month or a pay period), Google Pay's and Paytm's Date and Initiated
  on, RazorpayX's "Paid on <day>" (never its payslip's month), IndusMobile's Date, the wage acknowledgement's
  Date; the WhatsApp chat under its "Today" divider prints no day. A fee page's చెల్లించిన తేది / Paid on
  (never its అర్ధ సంవత్సరం / Half year), ESIC's Payment Date (never its Contribution Period), the professional
  tax's Initiated on (never its Period), SBI Collect's Transaction Date, the Date written on the stall
  receipt, IP India's Date, the Transport Department's Date (never its Tax Period); T App Folio's "Today,
  <hour>" prints no day. An insurer's Receipt Date, Date, Attempted on, Initiated on, the "on <dd/mm/yyyy>" in
  LIC's SMS (never the thread's divider); Star Health's "Today, <hour>" prints no day. A slip's DATE, Date,
  Booking Date (never TGSRTC's Date of Journey, *settled* heldout302 and heldout305 to heldout323's tickets),
  Air India Express' Booking date (never its Date of travel), the "on <dd-mm-yy>" in Axis Bank's SMS; the
  Scapia app's "Today, <hour>" prints no day. A utility's Payment Date (never TGSPDCL's Bill Month), the తేది
  written on the water card (never its నెల / Month), Attempted on, MeeSeva's DATE (never its PERIOD), Paid on,
  Initiated on; MyJio's "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> న" in Telangana Grameena
  Bank's Telugu SMS (*settled* heldout312's and heldout317's Telugu SMS), *settled* (new here) State Bank of
  India's "on <ddMonyy>", the day, its month's English abbreviation and the year's last two figures run
  together ("on 30Nov26" is 30 November 2026), because that is how that bank's SMS prints it, as heldout323's
  HDFC Bank SMS' year first run on to its hour; "on <dd/mm/yyyy>", "on <dd-mm-yy>", "on <dd/mm/yy>", Indian
  Bank's "on <dd-Mon-yyyy>", Axis Bank's "on <dd-mm-yyyy>"; the pulled-down shade's alert "<n>m" prints no day
  (*settled* heldout300's shade and heldout323's notification history). All numeric days here are day first
  (heldout251, heldout259) but CashPro's month first and RBC Express' year first. *settled*: never a Financial
  Year, a Half year, a Bill Month, a Month, a నెల, a Period, a Contribution Period, a Tax Period, a validity,
  an invoice's, a bill's, a journey's or a flight's day, a letter's own రి.నెం. line when it differs (here it
  never does), an e-mail's or a message's hour, the day inside a UTR (heldout210) or a portal's, a bank's, a
  challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (TESCO's, Titan's, Busy's, Kotak FYN's, IDFC FIRST
  Bank's RTGS, GeM's and the temple's NEFT, the Telegram message's IMPS; Flipkart's settlement by NEFT
  (*settled* heldout311 to heldout323's marketplaces' payouts); NHDC's NEFT, the zari dealer's IMPS, the Zoho
  receipt's Bank Transfer (NEFT); IOB Mobile's, the apex bank's, HDFC Bank NetBanking's, Cent Mobile's,
  InstaBIZ', Canara ai1's and IDBI GO Mobile+'s transfers; RazorpayX's bank transfer, IndusMobile's IMPS, the
  wage acknowledgement's NEFT; ESIC's, the professional tax's, SBI Collect's, IP India's and the Transport
  Department's net banking; Oriental's and Cholamandalam MS' NEFT, SBI General's Net Banking; BSNL's Net
  Banking; the NEFT and IMPS alerts); a SWIFT transfer either way (*settled*: CashPro's SHA - shared, Emirates
  NBD's, DBS IDEAL's and Danske Bank's SHA, RBC Express' and Lloyds' Shared (SHA), ANZ's Shared, Revolut
  Business' SWIFT). UPI for the UPI screens, the tax invoice's "Paid by UPI", Cashfree's and Dukaan's UPI, the
  receipt book's విధానం / Mode UPI, the roll's TENDER : UPI; udaan's, Delhivery's, the Razorpay page's and
  Moglix's UPI; the PhonePe chat's card; Google Pay's, the WhatsApp card's, the wage book's "UPI ద్వారా" and
  Paytm's UPI; the property tax's and T App Folio's UPI; Star Health's, Future Generali's, LIC's and
  IFFCO-TOKIO's UPI; TGSPDCL's, MyJio's, IndianOil ONE's and PhonePe's UPI; the UPI alerts. Card for Easebuzz'
  credit card, Galaxy Health's credit card, ACT Fibernet's debit card, the slips, the restaurant's "Payment:
  Card", TGSRTC's Debit Card, Air India Express' Credit Card, Axis Bank's card SMS and the Scapia app. Cash
  for a Telugu hand's "నగదు ముట్టింది" (the Expo memo, the dyer's bill, the water card) and the Bonalu
  advance's "నగదు అడ్వాన్స్" (cash advance), the stall receipt's "by Cash", MeeSeva's MODE : CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout323): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UTR, Google Pay's UPI లావాదేవీ ID / UPI
  transaction ID (*settled* heldout312's and heldout321's to heldout323's bilingual labels read as their
  English), Amazon Pay's UPI reference no. (above its Transaction ID), Paytm's and TGB Mobile's UPI Ref No,
  JioFinance's UPI Reference, slice's UPI transaction ID; the Telegram message's Ref, TESCO's UTR :, Titan's
  Bank Reference (above its Payment Number), Busy's UTR in its Narration (above its Vch No.), GeM's UTR No.
  (above its GeM Contract No.); the tax invoice's UTR (above its Invoice No.), the receipt book's రిఫరెన్స్ /
  Ref. No. (above its No. struck in red), Flipkart's Settlement ref (UTR), the roll's RRN (above its BILL NO);
  NHDC's UTR written by its clerk (above its Invoice No.), the zari dealer's Reference (above its Invoice
  No.), the Zoho receipt's Reference Number (above its Invoice Number), Delhivery's UPI Ref (never its AWB);
  the banking pages' UPI Ref, UTR, Reference Number, IMPS Reference, UTR Number, IMPS Ref, the "Sent, UTR ..."
  the apex bank's clerk wrote; Google Pay's UPI transaction ID, the WhatsApp card's UPI Ref, the wage book's
  Ref written in the Telugu hand, Paytm's UPI Ref No, RazorpayX's and the wage acknowledgement's UTR,
  IndusMobile's IMPS Ref; the property tax's బ్యాంకు రిఫరెన్స్ / Bank Ref. (above its రశీదు సంఖ్య / Receipt
  No.); Oriental's UTR (above its Receipt No.), Future Generali's and IFFCO-TOKIO's UPI Ref. (above their
  Receipt No.), Cholamandalam MS' UTR (above its Receipt No.); a slip's RRN (above its APPR and INV);
  TGSPDCL's meter on PhonePe's UTR (above its Bharat BillPay Transaction ID); the alerts' UTR, IMPS Ref and
  UPI Ref), then a bank reference (Kotak FYN's Transaction reference, IDFC FIRST Bank's Transaction Ref
  (*settled* heldout323's neo: a corporate banking page's own number for a transfer it has not yet sent), IOB
  Mobile's Reference No, a wire's own reference whatever its label (CashPro's Payment ID, Emirates NBD's
  Reference No., RBC Express' Wire Reference, ANZ's Payment reference, Revolut's Reference, Lloyds' Payment
  reference, Danske Bank's Reference), ESIC's Transaction No. (above its Challan No.), IP India's Bank Ref.
  No. (above its CBR No.), *settled* (new here) SBI Collect's SB Collect Reference, the collecting bank's own
  reference for the payment, as heldout323's GST portal's BRN and Sewa Setu's Bank Ref. No.), then a
  transaction / payment id (Amazon Pay's Transaction ID, Cashfree's Payment ID (above its Order ID), Dukaan's
  Payment ID (above its Order #), Easebuzz' Txn ID (above its Order ID), udaan's Transaction ID (above its
  Order ID), the Razorpay page's Payment ID, T App Folio's Transaction ID, the Transport Department's
  Transaction No., Star Health's Transaction ID, Galaxy Health's Payment Ref., SBI General's Transaction ID,
  PhonePe Smart POS' TXN REF, the Scapia app's Transaction ID, TGSRTC's Transaction ID (above its Ticket No.),
  Air India Express' Payment reference (above its PNR), TGSPDCL's, BSNL's, MyJio's, IndianOil ONE's (above its
  Booking No.) and ACT Fibernet's Transaction ID, MeeSeva's TRANSACTION ID, PhonePe's Bharat BillPay
  Transaction ID), then an approval code (the restaurant's Approval Code), then an order's number (Moglix's
  Order ID, *settled* (new here) GeM's Contract No., the contract an order on the Government e-Marketplace is
  placed as, as an order's number, as heldout126 to heldout323's PNRs and booking numbers; TGSRTC's Ticket No.
  and Air India Express' PNR (*settled* heldout126 to heldout323: a booking's number as an order's)), then a
  document's own number (the tax invoice's Invoice No., the receipt book's No. struck in red (as heldout306 to
  heldout323's), the roll's BILL NO, the suppliers' Invoice No. and Invoice Number, Busy's Vch No. and Titan's
  Payment Number (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and
  heldout303 to heldout323), the property tax's Receipt No., ESIC's Challan No. and the professional tax's
  Challan ID (*settled* heldout304 to heldout323's CRN, CPIN and TRRN: a challan numbered when it is created),
  IP India's CBR No., the insurers' Receipt No., a slip's INV, INVOICE NO and the restaurant's Bill No.,
  TGSPDCL's Receipt No.). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, GSTIN,
  PAN, a Udyam number, an Employer Code, a PTIN, an Assessment No., a Unique Service No., a Service No., a
  Consumer No., an Account No. or Account ID, a Policy No., a Proposal No., an Application No., a Vehicle No.,
  a Loom No., an Employee ID, a Debit Account, a Consumer ID, an AWB (a consignment's number, *settled*
  heldout274, heldout299 and heldout303 to heldout323), a slip's MID / TID / BATCH, a letter's రి.నెం. (its
  file number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout323), TESCO's Ref. and
  its bills (as heldout323's tourism corporation's Advice No. and its bill), Titan's invoices, GeM's Bill No.
  (the seller's bill the payment settles)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout324_families import (
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

SPLIT = "heldout324"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout322's and heldout323's: the screens in
# DejaVu Sans Condensed, Noto Sans, Liberation Sans (liberation2), Noto Sans Display and FreeSans; the pages
# in Liberation Serif (liberation2), Noto Serif, DejaVu Sans, FreeSerif, Noto Sans and DejaVu Serif
# Condensed; the firm's, its suppliers' and its weavers' papers in Noto Serif, DejaVu Serif, FreeSerif, Noto
# Serif Display and Liberation Serif; the slips in four monos in another order; the Telugu runs of every page
# in Noto Sans and Noto Serif Telugu (``heldout324_families.SCRIPT_FACES``), beside them a pen's italic or
# oblique (``heldout324_families.PENS``) and a page's own fixed-width face (``heldout324_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
SLIP_FACES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout324_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout324 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout306: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sawantwadi lacquerware and Ganjifa card workshop's year of 2026 in Sindhudurg
district, Maharashtra (Chitari Lakhkam Kalakendra, चितारी लाखकाम कलाकेंद्र, Suresh V. Chitari's proprietary
firm, GSTIN 27ADQPC5281K1ZS, Udyam UDYAM-MH-33-0018462, with his daughter Aditi Chitari, who takes the export
orders and keeps the web shop, and Snehal Parab, who keeps its accounts: in its workshop in Chitar Ali, the
lane of Sawantwadi's Chitari craftsmen, its turners, Mahesh Gawade, Santosh Mestri, Anil Kudalkar and Ganpat
Raul among them, shape pangara (Indian coral tree) and mango wood on hand lathes and lay sticks of coloured
lac on the turning wood into toys, spinning tops (bhingri), rattles, bhatukli kitchen sets, low stools
(chowrang) and the lacquered mangoes, bananas and cashew fruit hung from the Ganpati matoli, while its
painters, Vaishali Kambli, Rupali Redkar, Pradnya Gawas and Sunita Naik, paste cotton rag paper into rounds,
chalk them, paint the round cards of the Dashavatara and Navagraha Ganjifa packs and lacquer them into their
painted boxes; the lac sticks and shellac come from a dealer at Masjid Bunder, Mumbai, the pangara and mango
logs from D. Gawas, a wood seller, under the Forest Department's transit pass and from a Sawantwadi timber
depot, the rag paper from a handmade paper maker at Shivajinagar, Pune, the pigments, zinc white and gum from
a colour shop at Kudal, the lathe chisels and tools from Moglix, Industrybuying and a Kudal tool dealer, the
boxes from a Vengurla packaging firm, and the parcels go by India Post's Speed Post and a Konkan carrier; its
shop on Moti Talav Road by the Raj Wada, Chitari Kala Dalan, चितारी कला दालन, with Omkar Sawant and Neha Desai
at its counter; its stall K-14 at the Kala Ghoda Arts Festival in Mumbai from 31 January to 8 February; the
web shop chitariganjifa.in; MSSIDC (the Maharashtra Small Scale Industries Development Corporation, for its
Maharashtra Emporium), the Development Commissioner (Handicrafts), the CSMVS museum shop, a Konkan resort
group, a Mumbai design store, a Pune school trust, a Bengaluru craft retailer, a Bandra home store, a Pune toy
shop and collectors at home, and toy, game and gift shops in Nuremberg, Wellington, Hong Kong, Oslo, Doha,
Portland, Port Louis and Bangkok abroad), told by the proofs of payment it receives (buyers' PhonePe Business
on the shop's phone, BHIM set in Marathi, iMobile Pay, PayZapp, Bajaj Finserv, DBS digibank, Amazon Pay and
Airtel Payments Bank screens; MSSIDC's payment advice under its Marathi name, YES CONNECT with a design
store's NEFT returned, a school trust's Microsoft Teams channel, PFMS' payment status for the Development
Commissioner (Handicrafts), Open's payout in process for a craft retailer, a museum shop's Zoho Books payment
made, DBS IDEAL with a resort group's RTGS completed and a home store's forwarded mail; Sparkasse Nürnberg,
ASB, Bank of China (Hong Kong), DNB, Commercial Bank of Qatar, Wise Business, MCB and Kasikornbank's K-BIZ for
buyers in Nuremberg, Wellington, Hong Kong, Oslo, Doha, Portland, Port Louis and Bangkok in euros, New Zealand
dollars, Hong Kong dollars, Norwegian kroner, Qatari riyals, US dollars, Mauritian rupees and baht; the shop's
tax invoice under a row of Ganjifa cards, the Kala Ghoda stall's carbon copy, PhonePe Payment Gateway's
pending checkout, WooCommerce's order mail, the Dukaan seller app, CCAvenue's failed page, a Refrens invoice
under a round PAID seal and the firm's money receipt for a cheque) and those it makes (the lac dealer's
invoice with a sticky note, the wood seller's chit in a Marathi hand, India Post's Speed Post receipt,
Industrybuying's declined checkout, the paper maker's invoice with its Total ringed, Moglix' pending order,
the colour shop's bill under its Marathi name and the tool dealer's Busy receipt on continuous stationery;
Bank of Maharashtra's mahaconnect, Saraswat Bank's app, IDBI Bank's GO Mobile+, Cosmos Bank's app, the
Sindhudurg District Central Co-operative Bank's form, YES BANK's iris, BOI Omni Neo's shared receipt and TJSB
Sahakari Bank's app for the lac dealer, the paper maker, the tool dealer, the wood seller, the timber depot,
the carrier, the packaging firm and a tool shop; a turner's wage account, a painter's attendance card,
greytHR's payslip, Airtel Thanks, PhonePe, a Ganeshotsav advance receipt, a payment voucher and Axis Mobile;
the Sawantwadi Municipal Council's property tax, GRAS' profession tax challan, Aaple Sarkar's shop intimation
fee, the income tax portal's advance tax pending, MahaTraffic's e-challan failed, the Forest Department's
transit pass receipt, UMANG's EPFO challan and Bharatkosh's stall fee; HDFC ERGO's, SBI General's, Care
Health's, HDFC Life's, ACKO's, IFFCO-Tokio's, Axis Max Life's and SBI Life's premiums; cards on the shop's
BharatPe terminal and the Kala Ghoda stall's Razorpay POS, at a Mumbai hotel, on MSRTC, at a Kudal hardware
store, in HDFC Bank's SMS, on BOBCARD's app and on a Malvan khanaval's Petpooja bill; MSEDCL, BSNL, ICICI Bank
FASTag, Tata Play, Hello BPCL, Airtel Thanks, the Council's water tax and a cable operator's receipt book; the
banks' SMS, Saraswat Bank's SMS in Marathi, YES BANK's mail and TJSB's SMS read on a smartwatch). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout304's or heldout305's; where a kind of paper is one they also drew (a receiving business's own app, a
UPI app set in the region's language, an app's pending, failed or "Today" page, a state crafts corporation's
advice, a corporate bank's transfer completed or sent back, a chat's message, a payout, a payer's mail, a
wire's page, a shop's tax invoice, a festival stall's memo, a gateway's pending or failed page, a web shop's
mail, a business's own app, an invoice program's invoice, a receipt in the region's language's fields, a
supplier's invoice with its payment noted on it, a supplier's chit in a regional hand, a carrier's roll, a
marketplace's pending or failed order, a supplier's bill under a regional name, a supplier's receipt from its
program, a bank's app or page, a bank's form filled in by hand, a shared receipt, a piece work account, a
muster, a payslip, a worker's receipt signed, a payer's voucher, a municipal receipt, a treasury's or a
kiosk's challan, a tax or dues page failed or pending, an app's challan, a receipt book's page, a premium
receipt, an insurer's app, mail or SMS, a card slip approved, pending or declined, a fare paid by card, a card
issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app or mail, a gas refill,
a tag's recharge, a bank's SMS in the region's language, a bank's mail, a phone's notification), it is drawn
here for another issuer in this set's own labels and marks, and near ones are noted: PhonePe Business on the
shop's phone with its soundbox's line, where heldout305 and heldout304 drew BharatPe for Business; BHIM set in
Marathi with its month's Marathi name, where heldout305 drew Google Pay set in Tamil and heldout304 Google Pay
set in Kannada; PayZapp's payment in progress with its stages left to right, where heldout305 drew MobiKwik's
processing and heldout304 Groww's; Bajaj Finserv's failure under a large cross with a table ruled on every
side, where heldout305 drew Kotak811's in a capsule and heldout304 MobiKwik's under a pale wave; Amazon Pay's
"Today" on a scalloped badge, where heldout305 drew indie's and heldout304 IDFC FIRST Bank's; Airtel Payments
Bank's striped table, where heldout305 drew YONO SBI's table ruled on every side; MSSIDC's PAYMENT ADVICE
under its Marathi name with its TDS-GST 2% in a table ruled on every side, where heldout305 drew Poompuhar's
advice received by fax and heldout304 Cauvery's under its Kannada name; YES CONNECT's NEFT returned, where
heldout305 drew HSBCnet's NEFT rejected and heldout304 Indus Direct's RTGS rejected; Microsoft Teams' channel,
where both drew Google Chat's space; Open's payout in process over a progress bar, where heldout305 drew
RazorpayX's under a spinner; Zoho Books' PAYMENT MADE, where heldout305 drew Oracle Fusion's notification and
heldout304 Oracle Fusion's remittance and a Marg ERP advice; DBS IDEAL's RTGS completed, where heldout305 drew
Straight2Bank's RTGS processed; the home store's forwarded mail, where heldout305 drew an interior studio's
mail and heldout304 an architects' mail; Sparkasse Nürnberg, ASB, Bank of China (Hong Kong), DNB, Commercial
Bank of Qatar, Wise Business, MCB and K-BIZ, where heldout305 drew Citi, UOB, RHB, RBC, Emirates NBD, Lloyds,
CommBank and Hatton National Bank and heldout304 CommBank, Mizuho, UBS, SEB, Danske Bank, Mashreq, NBK and
Citi (ASB's payment sent with no reference as heldout305's UOB TMRW; DNB's payment returned on a tinted band
as heldout304's Danske Bank's; CBQ's "Today" as heldout305's Emirates NBD's and heldout304's NBK's; MCB's
transfer awaiting processing as heldout305's CommBank's awaiting authorisation; Wise's Recipient gets as
heldout305's UOB's); the shop's tax invoice under a row of Ganjifa cards with a Craftmark hang tag, where
heldout305 drew one under a pair of nodding dolls and heldout304 one under a durrie; the Kala Ghoda stall's
carbon copy from its bill book, where heldout305 drew the Mylapore stall's cash memo and heldout304 the Krishi
Mela stall's Vyapar roll; PhonePe Payment Gateway's pending checkout and CCAvenue's failure on a tinted band,
where heldout305 drew Cashfree's pending and PayU's failure and heldout304 PayU's pending and Stripe's
declined card; WooCommerce's mail, where both drew Shopify's; the Dukaan seller app, where both drew OkCredit;
the Refrens invoice under a round PAID seal, where both drew a Swipe invoice under a PAID watermark; the money
receipt in Marathi labels for a cheque, where heldout304 drew an advance receipt in Kannada fields; the lac
dealer's invoice with the accountant's sticky note, where heldout305 drew a metal dealer's with the
accountant's note under a PAID stamp and heldout304 a spinning mill's with a highlighter and a written line;
the wood seller's chit in a Marathi hand on the turner's bench, where heldout305 drew a clay seller's chit in
a Tamil hand on a golu step and heldout304 a carpenter's in a Kannada hand on a jamkhana; India Post's Speed
Post roll, where heldout305 drew ST Courier's roll and heldout304 VRL Logistics' receipt; Moglix' pending
order and Industrybuying's declined card, where heldout305 drew Amazon Business' and Itsy Bitsy's and
heldout304 udaan's and Packman's; the paper maker's invoice with its Total ringed and a written line, where
heldout305 drew a gold foil dealer's typed line under a highlighter; the colour shop's bill under its Marathi
name, where heldout305 drew a flour mill's under its Tamil name and heldout304 a dyer's under its Urdu name;
the Busy receipt on continuous stationery, where heldout305 drew a Marg ERP receipt; mahaconnect's receipt,
where heldout305 drew Indian Overseas Bank's; IDBI Bank's NEFT failed in an octagon, where heldout305 drew SIB
Mirror+'s on a tinted band and heldout304 PNB ONE's under a scalloped badge; Cosmos Bank's "Today", where
heldout305 drew TMB mConnect+'s and heldout304 AU 0101's; the Sindhudurg district bank's form in Marathi
cells, where heldout305 drew the Thanjavur co-operative bank's with Tamil labels and heldout304 the Dharwad
DCC Bank's in Kannada cells; iris' IMPS in process with its stages top to bottom, where heldout305 drew
FedMobile's over a progress bar and heldout304 IOB Mobile's; BOI Omni Neo's shared receipt with its QR code,
where heldout305 drew PNB ONE's and heldout304 IndusMobile's ticket; the turner's wage account under "मजुरी
हिशोब", where heldout305 drew a piece work account under "கூலி கணக்கு" and heldout304 a weaving account; the
painter's attendance card, where heldout305 drew a painter's muster card; greytHR's payslip, where both drew
Keka's; PhonePe's pending and Airtel Thanks' failure, where heldout305 drew Paytm's pending and Jupiter's
failure and heldout304 Jupiter's progress and Freecharge's failure; the Ganeshotsav advance receipt in a
Marathi hand, where heldout305 drew an Ayudha Pooja bonus receipt with a thumb's impression and heldout304 a
wage receipt signed by a thumb; the payment voucher pad with UPI ticked, where heldout305 drew Vyapar's
payment-out and heldout304 a cash voucher with Cash ticked; Axis Mobile's "Today", where heldout305 drew IDFC
FIRST Bank's and heldout304 super.money's; the Sawantwadi Municipal Council's property tax e-receipt in
Marathi labels, where heldout305 drew the Thanjavur Corporation's with Tamil labels; GRAS' challan, where
heldout304 drew Khajane-II's; Aaple Sarkar's receipt, where heldout304 drew Hubballi One's roll; e-Pay Tax's
advance tax pending, where heldout305 drew EPFO's challan pending and heldout304 the Labour Welfare Board's
contribution pending; MahaTraffic's e-challan failed, where heldout304 drew the KSP app's e-challan paid and
the GST portal's failure and heldout305 the Labour Welfare Board's failure; the Forest Department's receipt
from its book, where heldout305 drew the Palace Devasthanam's rent receipt and heldout304 the Town Municipal
Council's receipt book; UMANG's EPFO challan paid, where heldout305 drew EPFO's own portal's challan pending
and mParivahan's "Today"; Bharatkosh's e-receipt, where heldout305 drew the Fire and Rescue Services' fee
receipt; HDFC ERGO, SBI General, Care Health, HDFC Life, ACKO, IFFCO-Tokio, Axis Max Life and SBI Life, where
heldout305 drew The Oriental, New India, ManipalCigna, PNB MetLife, Tata AIA Life, Liberty General, Zuno and
Canara HSBC Life and heldout304 New India, Universal Sompo, ManipalCigna, ICICI Lombard, PNB MetLife,
Oriental, Kotak Life and United India (Care Health's failure as both's ManipalCigna's; IFFCO-Tokio's marine
cargo certificate as heldout305's Zuno's and heldout304's Oriental's; SBI Life's SMS as heldout305's Canara
HSBC Life's and heldout304's Kotak Life's); BharatPe's card machine's SALE slip at the shop, where both drew
Pine Labs' (and BharatPe for Business' app for the shop's UPI); Razorpay POS' status unknown at the stall,
where both drew Mswipe's pending; ICICI Bank's hotel slip with a tip, where both drew Worldline's at a hotel;
MSRTC's e-ticket, where heldout305 drew IRCTC's and heldout304 Star Air's; State Bank of India's slip
declined, where heldout305 drew HDFC Bank's NOT APPROVED and heldout304 Bank of India's DECLINED; HDFC Bank's
SMS of a spend, where heldout305 drew Axis Bank's and heldout304 IndusInd Bank's; BOBCARD's app, where
heldout305 drew SBI Card's and heldout304 IDFC FIRST Bank's; Petpooja's bill, where both drew DotPe's;
MSEDCL's receipt in Marathi cells, where heldout305 drew TNPDCL's under its Tamil name and heldout304 HESCOM's
with Kannada in brackets; BSNL's bill paid, where both drew MyJio's; ICICI Bank FASTag's recharge failed on a
tinted band, where heldout305 drew IDFC FIRST Bank FASTag's failed on a tinted band and heldout304 its
pending; Tata Play's mail, where heldout305 drew Dish TV's mail and heldout304 Dish TV's failure; Hello BPCL's
refill pending in an octagon's three dots, where heldout305 drew HP Pay's; Airtel Thanks' "Today", where
heldout305 drew Hathway's and heldout304 MyJio's; the Council's water tax roll, where heldout305 drew Bharat
BillPay's water receipt and heldout304 HDMC's water e-receipt; the cable operator's receipt book, where
heldout305 drew a water can card and heldout304 an HP Gas distributor's cash memo; Bank of Maharashtra's,
Kotak Mahindra Bank's, Cosmos Bank's, the Sindhudurg district bank's and Central Bank of India's SMS, where
heldout305 drew City Union Bank's, IOB's, TMB's and Federal Bank's and heldout304 PNB's, IDBI Bank's, Bank of
India's and UCO Bank's; Saraswat Bank's SMS in Marathi, where heldout305 drew Tamil Nadu Grama Bank's in Tamil
and heldout304 Karnataka Grameena Bank's in Kannada; YES BANK's mail, where both drew South Indian Bank's;
TJSB's SMS on a smartwatch, where heldout305 drew UCO's app notifications and both Truecaller's card. Many of
this set's issuers were drawn by sets before heldout304 (heldout129's Marathi screen; heldout200's to
heldout303's BHIM, Amazon Pay, iMobile Pay, PayZapp, PhonePe Business, Bajaj Finserv, DBS digibank, Airtel
Payments Bank, PFMS, Zoho Books, DBS IDEAL, YES CONNECT, Microsoft Teams, Sparkasse, ASB, DNB, CBQ, Wise, MCB,
WooCommerce, Dukaan, CCAvenue, Refrens, India Post, Moglix, Industrybuying, Busy, Saraswat Bank, Cosmos Bank,
TJSB, GO Mobile+, iris, BOI Omni Neo, greytHR, Airtel Thanks, GRAS, e-Pay Tax, UMANG, Bharatkosh, the eight
insurers, Razorpay POS, Petpooja, MSEDCL, BSNL, ICICI Bank FASTag, Tata Play, Bharatgas, Bank of Maharashtra
and Central Bank of India; heldout275's and heldout287's Devanagari rows), and are drawn here in this set's
own labels and arrangements; the families' docstrings list each one's labels. This set draws kinds of row and
page heldout304 and heldout305 do not: three round Ganjifa cards overlapping in a row as a letterhead's emblem
(each card's lacquered ground in its suit's colour, a pale rim and a ring of painted dots, its suit's sign (a
fish, a conch, a wheel, a lotus or a tortoise) in its middle, a soft shadow under them); a lathe-turned
lacquered rod as a divider (bands of red, yellow, green, black and blue lac each lit along its top and shaded
under it, the turner's black and gold rings between them, a turned knob at each end); curls of wood shaving
and chips of coloured lac stick in a page's margins; a page photographed lying on the turner's bench (its
planks' grain and joints, shavings, a stick of red lac, a lacquered mango and cashew fruit by the page, the
page's shadow, the page a little askew); a bank's SMS read on a smartwatch (its screen in a rounded square
case with its crown and button, its strap running off the picture on a desk); Marathi lines, sentences, labels
over their English, a form's ruled cells with the Marathi under the English, a Marathi hand and a bank's SMS
in Marathi in Noto Sans and Serif Devanagari (heldout275's and heldout287's Devanagari rows, here for
Sindhudurg's Marathi: a UPI app set in Marathi with its month's Marathi name, a corporation's, a shop's, a
firm's, a bank's, a council's, a department's, an electricity company's and a colour shop's names, a money
receipt's, a property tax receipt's, a bank form's and an electricity receipt's labels, a wage account's, an
attendance card's and a voucher's headings, a wood seller's chit, a stall's carbon memo, a festival advance
and a forest receipt in a Marathi hand, a bank's SMS); and beside them earlier sets' rows neither of them
draws: heldout289's carbon copy from a bill book and revenue stamp signed across; heldout275's sticky note and
continuous stationery's green bands and sprocket holes; heldout273's ring drawn round a value; heldout269's QR
code and round rubber seal; heldout271's counterfoil behind a perforation; heldout279's Craftmark hang tag;
heldout287's soundbox announcement; heldout294's Forwarded mark; and heldout269's to heldout294's rows (tables
ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left and values at
the right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two to a row,
values over their labels, labels over their values two to a row, copyable fields, read-only fields, notice
boxes, a payment's stages left to right, across and top to bottom, large round marks, octagons, scalloped
badges, tile marks, spinners, progress bars, a day divider, rounded cards, hand-written fills and columns on a
ruled page, a sum in a box, boxes ticked by hand, a form's boxes a character to a box, rectangular and oval
stamps, a red numbering-machine number, an accountant's tick, signatures, a barcode, a torn roll).

* ``buyer_upi``: Buyers paying Chitari Kala Dalan or the firm: PhonePe Business on the shop's phone (the shop
  under the app; the soundbox's announcement as the app shows it; a card: Money received, the sum set large,
  "from <buyer>"; Transaction ID and UTR, each label small over its value two to a row; the day and hour);
  BHIM set in Marathi (the payee's initials in a round badge, "प्राप्तकर्ता" (recipient) over the payee and
  its UPI ID, the sum, a large tick and "पेमेंट यशस्वी झाले" (payment successful), the day with its month's
  Marathi name and the hour, "<bank> खाते XX1234 मधून" (from <bank> account XX1234) and "व्यवहाराचा तपशील पहा"
  (see the transaction's details); no reference); HDFC Bank's PayZapp with a payment in progress under a
  spinner (the sum, "to <payee>", its stages left to right, a notice; UPI Ref. No., Initiated, Paying from in
  dot leaders); ICICI Bank's iMobile Pay with Payment Successful on a tinted band (the sum, "Paid to" over the
  payee; UPI Ref. No., Transaction ID, Date, Paid from at the left and the right); Bajaj Finserv's UPI payment
  failed under a large cross (the sum, "to <payee>", the reason in a notice; UPI Ref No., Date & Time, Account
  in a table ruled on every side); DBS digibank's transfer in a rounded card ("Paid to" over the payee, the
  sum, Successful; Reference number, Date, From, Note at the left and the right under it); Amazon Pay's UPI
  payment on a scalloped badge ("Today, <hour>"; Paid successfully, the sum set large, "to <payee>"; a
  copyable UPI Reference ID; Paid from; no day); Airtel Payments Bank's UPI receipt under a tile's tick (the
  sum; Paid to, UPI ID, UPI Ref No., Date, Debited from in a striped table). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: MSSIDC's (the Maharashtra Small Scale
  Industries Development Corporation's) payment advice letter under its Marathi name (its "जावक क्र." (outward
  No.) and "दिनांक" (date) on a line; To, M/s the firm; Sub:; Bill No. | Bill Date | Amount | TDS-GST 2% | Net
  in a table ruled on every side, Net paid under a rule and a double rule; "The net amount of Rs. x has been
  remitted to your account ... by NEFT, UTR ..."; its oval stamp; the Manager (Accounts)' signature); YES
  BANK's YES CONNECT with a design store's NEFT returned (a Returned capsule at the left, the reason in a
  notice; Batch No., Payment Ref., UTR, Beneficiary, Amount, Product, Value Date, Return Reason in a striped
  table); a school trust's Microsoft Teams channel under a "Today" divider (the sender's name and hour,
  "Payment released: Rs. x to <payee> via NEFT ...", "UTR ..."; reactions; no day); PFMS' payment status for
  the Development Commissioner (Handicrafts)' purchase (Credited to beneficiary on a tinted band; Agency,
  Scheme, Sanction No., EPV No., Beneficiary Name, Amount, Payment Date, Mode, UTR No. in a table ruled on
  every side); Open's payout to the firm in process over a progress bar (a notice; Payout ID, Beneficiary,
  Amount, Mode, Created on, UTR awaited against a gutter); a museum shop's PAYMENT MADE mailed from Zoho Books
  (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through with colons; Amount Paid on a
  tinted panel; Bill Number | Bill Date | Bill Amount | Payment in a striped table); DBS IDEAL with a resort
  group's RTGS completed (a Completed capsule; Customer Reference, Transaction Reference, UTR, Beneficiary,
  Amount, Value Date, Payment Mode in dot leaders); a home store's owner's mail forwarded to the firm (its
  Forwarded mark; "Paid Rs. x/- today, <day>, by IMPS to <payee> for the framed cards"; Payee, Amount, Mode,
  Paid on at the left and the right; no reference). All new here.

* ``export_wires``: Game shops, toy shops and gift shops abroad paying the firm for Ganjifa sets, lacquered
  toys and fruit: Sparkasse Nürnberg's foreign transfer executed in euros the German way (each label in German
  with its English after a slash in shaded labels: Empfänger / Beneficiary, IBAN / Account, BIC, Betrag /
  Amount, Ausführungsdatum / Execution date, Entgelt / Charges, Referenz / Reference); ASB's international
  payment sent in New Zealand dollars (a large tick, the sum, "to <payee>", "on <day>"; Payee bank, Fees,
  Payment note at the left and the right; no reference); Bank of China (Hong Kong)'s outward remittance advice
  in Hong Kong dollars (Our Ref., Value Date, Remitter, Beneficiary, Beneficiary's Bank, Remittance Amount,
  Charges, Details of Payment typed in its printer's face); DNB's payment returned in Norwegian kroner the
  Norwegian way on a tinted band (the reason in a notice; Mottaker / Beneficiary, Beløp / Amount, Dato / Date,
  Referanse / Reference each value over its label); Commercial Bank of Qatar's app with a transfer successful
  in riyals under a large tick ("Today, <hour>"; the sum, "to <payee>"; Reference and Transfer type, labels
  small over their values two to a row; no day); Wise Business' transfer complete in US dollars (its stages
  across the page; You sent, Recipient gets (the rupees it converts to), Recipient, Transfer #, Completed on
  in a rounded card); MCB's outward transfer in Mauritian rupees awaiting processing under a spinner (a
  notice; Reference, Beneficiary, Beneficiary bank, Amount, Date, Charges in dot leaders); Kasikornbank's
  K-BIZ outward remittance in baht (Remittance successful; Transaction No., Transaction Date, Beneficiary,
  Beneficiary Bank, SWIFT, Amount, Fee in a table ruled on every side). All new here.

* ``own_receipts``: The firm's own papers, its shop or itself on top: Chitari Kala Dalan's TAX INVOICE under a
  row of Ganjifa cards, its Marathi name and a turned lacquered rod, to a Pune toy shop (Invoice No. and Date
  on a line; Buyer and Place of Supply; Item | HSN | Qty | Rate | Amount in a table ruled on every side, Total
  under it; CGST 2.5% and SGST 2.5% at the left and the right; Amount in words; "Amount received by IMPS, Ref
  ..." printed; the Craftmark's hang tag at the right); the Kala Ghoda stall's CASH MEMO, a carbon copy from
  its bill book in the festival's days (its Marathi name over its English; No. left blank; Date and Name
  written in; the pieces written in ruled columns, Total; "रोख मिळाले" (cash received) in a Marathi hand; no
  reference); PhonePe Payment Gateway's checkout for the web shop with the payment pending under a tile's
  hourglass (a notice; Merchant Order ID, PhonePe Transaction ID, Amount, Payment mode, Initiated on each in a
  read-only field's box); WooCommerce's order received mail for the web shop ("Thank you. Your order has been
  received." and "Payment completed"; Order number, Date, Total, Payment method, Transaction ID against a
  gutter; Product | Quantity | Price on hairline rows); the shop's Dukaan seller app with an order paid online
  ("Today, <hour>"; the shop on top, the order's card: Order #, the customer, Paid, the sum set large, "Paid
  online via UPI", UPI Ref; no day); CCAvenue's payment page with a company's card payment failed on a tinted
  band (the reason in a notice; Order No., CCAvenue Ref. No., Amount, Payment Option, Date & Time in dot
  leaders); the firm's TAX INVOICE made in Refrens for a resort group's order under a round PAID seal (Invoice
  No. and Invoice Date; Billed To; the pieces in a striped table; Total; Payment Record: Date | Mode |
  Reference | Amount on hairline rows); the firm's MONEY RECEIPT (पावती) for a collector's commissioned
  Ganjifa set paid by cheque (No. struck in red; each label's Marathi over its English and the value written
  in: दिनांक / Date, यांच्याकडून / Received from, रक्कम / Amount, धनादेश क्र. / Cheque No., बँक / Bank, तपशील
  / Towards; "Received with thanks"; a revenue stamp signed across). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Masjid Bunder lac dealer's TAX
  INVOICE for lac sticks and shellac (Invoice No. beside its earlier Date; Buyer; the lac by the kilo on
  hairline rows, CGST 2.5%, SGST 2.5%, Total under a rule and a double rule) with the accountant's sticky note
  "Paid by NEFT, UTR ..., on <day>"; a wood seller's chit in a Marathi hand, photographed lying on the
  turner's bench (his name in Latin letters at its head; "दिनांक" (date) and the day, "चितारी लाखकाम यांना"
  (to Chitari Lakhkam); पांगारा लाकूड (pangara wood) and आंब्याचे लाकूड (mango wood) by the cubic foot and
  वाहतूक (carting) with their sums, "एकूण रु." (total Rs.), "रोख मिळाले" (cash received); no reference); India
  Post's Speed Post booking receipt on a torn roll (the office, the article's barcode and number, DESTINATION,
  WEIGHT, TARIFF, GST 18%, TOTAL, PAID BY, UPI REF, DATE typed in its printer's face); Industrybuying's
  checkout with the card declined on a tinted band (the reason in a notice; Order ID, Items, Amount, Card,
  Attempted on in shaded labels); a Pune handmade paper maker's TAX INVOICE for the Ganjifa cards' paper
  (Invoice No. and its Date; the sheets in a table ruled on every side, CGST 2.5%, SGST 2.5%, Total) with the
  accountant's ring round the Total, "Pd. by UPI, Ref ... on <day>" in the hand and her tick; Moglix's order
  of lathe chisels and gouges with the payment pending (its stages across the page, a notice; Order ID, Sold
  by, Item, Amount, Payment, Placed on in a table ruled on every side); a Kudal colour shop's BILL under its
  Marathi name (Date left as dots; M/s written in; the pigments, zinc white and gum written in ruled columns,
  Total; "Pd. PhonePe, Ref ..." in the hand with the accountant's tick; no day); a Kudal tool dealer's RECEIPT
  printed from Busy on a dot-matrix printer's continuous stationery (RECEIPT VOUCHER, Vch No., Date, Party,
  Amount, Mode, Bank Ref., Against Bill, the sum in words, typed in its printer's face). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Bank of Maharashtra's internet banking
  Transaction Receipt of a NEFT to the lac dealer (its sentence; Particulars | Details in a table ruled on
  every side: Transaction Reference, UTR, Debit Account, Beneficiary, Beneficiary A/c, IFSC, Amount, Date,
  Status); Saraswat Bank's mobile app with an IMPS to the paper maker successful under a large tick (the sum,
  "to <payee>"; a copyable IMPS Ref No.; Date & Time, Beneficiary A/c, Remarks in dot leaders); IDBI Bank's GO
  Mobile+ with a NEFT to the hardware dealer failed in an octagon (the reason in a notice; Beneficiary,
  Amount, UTR No., Date, Failure reason at the left and the right); Cosmos Bank's app with a UPI payment to
  the wood seller under a tile's tick ("Today, <hour>"; the sum, "to <payee>" over his UPI ID; UPI Ref No. and
  From in tiles; no day); the Sindhudurg District Central Co-operative Bank's RTGS / NEFT APPLICATION filled
  in by hand under its Marathi name (the Remitter printed; each field in a form's two ruled cells, its English
  over its Marathi, the value written in: Date / दिनांक, Beneficiary / लाभार्थीचे नाव, Bank and branch / बँक व
  शाखा, Amount / रक्कम; the account number and IFSC a box to each character; RTGS and NEFT in boxes, RTGS
  ticked; the branch's TRANSFERRED stamp; UTR written in by the branch); YES BANK's iris with an IMPS to the
  carrier in process in a capsule (the sum; its stages top to bottom, a notice; Beneficiary, IMPS Ref No.,
  Initiated on, From against a gutter); Bank of India's BOI Omni Neo receipt shared under the payee's initials
  ("<sum> sent to <payee>", "on <day>", "via NEFT", a QR code to verify it by; no reference); TJSB Sahakari
  Bank's app with a NEFT to the tool shop successful in a capsule (the sum; Beneficiary, A/c No., IFSC, UTR,
  Date, Remarks each label and value in a table ruled on every side). All new here.

* ``worker_pay``: The firm paying its turners, painters and the shop's staff: a turner's WAGE ACCOUNT under
  its Marathi heading "मजुरी हिशोब" (wage account), shavings and lac chips in its margins (Turner written in;
  the days' work, pieces, rate and sum written in ruled columns, Total; Paid on written in; "Paid by UPI, Ref
  ..." in the hand); a painter's attendance card under its Marathi heading "हजेरी पत्रक" (attendance sheet)
  for a month (Painter and Month written in; her days in two rows of boxes, each ticked, marked A or left
  empty on a Sunday; Days present, Daily wage, Wages in shaded labels; Paid on written in; "Paid by UPI, Ref
  ..." in the hand); greytHR's payslip for the shop's salesman (Employee Code, Name, Designation, Date of
  Joining, Bank A/c, PF No. two pairs to a row with colons; Earnings | Amount | Deductions | Amount in a
  striped table; Net Pay under a rule and a double rule; Payment Mode, UTR, Paid on at the left and the
  right); Airtel Thanks' UPI payment to a turner failed under a large cross (the sum, "to <payee>", the reason
  in a notice; UPI Ref No and Attempted on in tiles; From); PhonePe's payment to a painter pending under a
  clock (the sum, "Paying <payee>", its stages top to bottom; Transaction ID, Started on, Debit from in dot
  leaders); the workshop's Ganeshotsav advance receipt (उचल पावती, advance receipt) on its printed pad (Date
  and Name written in; "गणेशोत्सवासाठी उचल रु. x/- रोख मिळाले" (received Rs. x in cash as a Ganeshotsav
  advance) in a Marathi hand; her signature; no reference); the firm's PAYMENT VOUCHER pad under its Marathi
  heading "जावक पावती" (payment voucher) (Voucher No. struck in red; Date, Paid to, Rs. and Towards written
  in; Cash, UPI and Cheque in boxes, UPI ticked; UPI Ref written in; the receiver's signature); Axis Mobile
  with a UPI payment to a turner ("Today, <hour>"; a tile's tick, the sum, "to <payee>"; a copyable UPI Ref
  No.; From, Remarks; no day). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: the Sawantwadi Municipal
  Council's property tax e-receipt for the workshop under its Marathi name (each label's Marathi over its
  English, the value after it: मालमत्ता क्र. / Property No., मालकाचे नाव / Owner, कर वर्ष / Tax Year, भरलेली
  रक्कम / Amount Paid, पावती क्र. / Receipt No., व्यवहार क्र. / Transaction ID, भरणा दिनांक / Payment Date,
  भरणा पद्धत / Mode); GRAS' e-challan (MTR Form Number-6) for the firm's profession tax (GRN and its barcode;
  Department, Type of Payment, Office, Year, PAN, Party, Amount, Bank, Bank CIN, Status, Payment Date in a
  table ruled on every side); Aaple Sarkar's payment receipt for the shop's intimation under the Shops and
  Establishments Act (Successful; Department, Service, Application ID, Amount, Transaction ID, Bank Ref. No.,
  Date & Time on hairline rows); the income tax portal's e-Pay Tax with the firm's advance tax pending with
  the bank (a capsule, a notice; CRN, PAN, Assessment Year, Type of Payment, Amount, Payment Mode, Created on
  against a gutter); the MahaTraffic app with an e-challan on the delivery tempo failed under a tile's cross
  (the police under the app's bar, the reason in a notice; Challan No., Vehicle No., Offence, Amount,
  Transaction ID, Mode, Attempted on each value over its label); the Forest Department's receipt from its book
  for the transit pass of a load of pangara logs under its Marathi name (No. left blank; Date, Received from
  and Towards written in; Rs. in a box; "रोख मिळाले" (cash received) in a Marathi hand; the range office's
  oval stamp; the Range Forest Officer's signature; no reference); UMANG's EPFO challan paid ("Today, <hour>";
  EPFO under the app's bar; a tile's tick, Payment successful, the sum; TRRN and Bank Ref No. in tiles; Wage
  month, Paid via; no day); Bharatkosh's receipt for the Development Commissioner (Handicrafts)' stall fee
  (its sentence; Bharatkosh Transaction Ref. No., Ministry, PAO, Purpose, Depositor, Amount, Bank Ref. No.,
  Payment Date, Mode in a striped table). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or named in its message:
  HDFC ERGO's PREMIUM RECEIPT for the workshop's Business Suraksha Classic policy (Receipt No., Receipt Date,
  Policy No., Insured, Risk Location, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in
  dot leaders); SBI General's premium receipt for the shop's policy with its counterfoil at the left behind a
  perforation (the counterfoil's Receipt No., Date and Rs.; the receipt's "Received with thanks from ...",
  Receipt No., Date, Policy No., Premium, GST 18%, Total, Mode, UPI Ref.); Care Health's app with a renewal's
  card payment failed on a scalloped badge (the insurer under the app, the reason in a notice; Policy No.,
  Premium, Payment ID, Card, Attempted on each in a read-only field's box); HDFC Life's mail of a term premium
  received (its sentence; Policy No., Plan, Premium, Payment mode, Transaction ID, Next due date at the left
  and the right); ACKO's app with the delivery tempo's policy renewed ("Today, <hour>"; the insurer under the
  app, a large tick, Policy renewed, the sum; Policy No. and Payment ID, labels small over their values two to
  a row; Paid via; no day); IFFCO-Tokio's marine cargo certificate page for a consignment to Nuremberg (its
  sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID,
  Payment Date in dot leaders); Axis Max Life's premium payment in process under a spinner (the insurer under
  the app, its stages left to right, a notice; Policy No., Premium, Transaction ID, Mode, Initiated on against
  a gutter); SBI Life's SMS of a premium received ("Dear Policyholder, we have received Rs.x towards renewal
  premium of Policy No. ... on <dd/mm/yyyy> through NACH. Thank you. - SBI Life"; no reference). All new here.

* ``card_slips``: Cards on the shop's and the Kala Ghoda stall's terminals and the firm's cards elsewhere:
  BharatPe's card machine's SALE slip at Chitari Kala Dalan (each label padded to a column and its value after
  a colon: DATE, TIME, MID, TID, BATCH, INVOICE, CARD, TYPE, AUTH CODE, RRN, AMOUNT; APPROVED, CUSTOMER COPY);
  Razorpay POS' slip at the Kala Ghoda stall in the festival's days with the transaction's status unknown
  (CARD SALE; Date and Time, TID, Invoice, Card, Amount at the left and the right; TXN STATUS UNKNOWN, CHECK
  WITH BANK BEFORE RETRYING); ICICI Bank's slip at a Mumbai hotel with a tip written in (DATE and TIME on a
  line, MID and TID on a line; CARD, AUTH CODE, RRN, INVOICE; BASE AMOUNT, TIP, TOTAL; APPROVED); MSRTC's
  e-ticket for the Shivshahi bus from Sawantwadi to Mumbai Central for the stall, paid by card (Booking
  successful; Ticket No., Route, Service, Date of Journey, Seats, Fare, Reservation charges, Total Fare, Paid
  by, Transaction ID, Booked on in dot leaders); State Bank of India's slip at a Kudal hardware store DECLINED
  (51 INSUFFICIENT FUNDS); HDFC Bank's SMS of a spend on the firm's credit card ("Spent Rs.x On HDFC Bank Card
  1234 At <MERCHANT> On <yyyy-mm-dd>:<hh:mm:ss> Not You? ..."; no reference); BOBCARD's app with a spend at an
  electronics store ("Today, <hour>"; the merchant's line and its town, the sum, Successful; Card and
  Reference No. in tiles; Category; no day); a Malvan khanaval's bill from Petpooja settled by card (Bill No.,
  Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; Payment: Card, the card and its
  Auth). All new here.

* ``utility_bills``: The workshop's and the shop's bills: MSEDCL's (Mahavitaran's) online payment receipt for
  the workshop under its Marathi name (each field in a form's two ruled cells, its English over its Marathi:
  Consumer No. / ग्राहक क्रमांक, Consumer Name / ग्राहकाचे नाव, Billing Unit / बिलिंग युनिट, Bill Month / बिल
  महिना, Amount Paid / भरलेली रक्कम, Receipt No. / पावती क्रमांक, Transaction ID / व्यवहार क्रमांक, Payment
  Date / भरणा दिनांक, Mode / पद्धत); BSNL's Bharat Fibre bill paid for the shop under a large tick (the
  company under the app, the sum set large; Account No. and Transaction ID, Paid on and Paid via, labels small
  over their values two to a row); ICICI Bank FASTag's recharge for the delivery tempo failed on a tinted band
  (the tag's bank under the app, the reason in a notice; Vehicle No., Tag ID, Amount, Transaction Ref. No.,
  Mode, Attempted on in shaded labels); Tata Play's recharge mail (its sentence; Subscriber ID, Recharge
  Amount, Transaction ID, Recharge Date, Payment Mode, Pack against a gutter); Bharatgas' Hello BPCL app with
  a commercial cylinder's refill pending in an octagon's three dots ("for Bharatgas", a notice; Order No.,
  Distributor, Amount, Payment, Initiated on in dot leaders); Airtel Thanks' postpaid bill paid on a scalloped
  badge (the company under the app, "Today, <hour>"; Bill paid, the sum; Mobile No. and Transaction ID in
  tiles; Paid via; no day); the Sawantwadi Municipal Council's water tax receipt printed at its counter under
  its Marathi heading "पाणीपट्टी पावती" (water tax receipt) (RECEIPT NO, DATE, CONN NO, NAME, PERIOD, ARREARS,
  CURRENT, TOTAL PAID, MODE, UPI REF typed in its printer's face); a cable TV operator's receipt from its book
  (No. left blank; Date, Name, Month written in; Rs. in a box; "Recd. cash" and the operator's initials; no
  reference). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in Bank of Maharashtra's ("A/c No. XXXXXX1234
  debited by Rs.x on <dd-Mon-yy> towards UPI to <PAYEE>. UPI Ref ... Avl Bal Rs.y -Bank of Maharashtra"),
  Kotak Mahindra Bank's ("Sent Rs.x from Kotak Bank AC X1234 to <PAYEE> on <dd-mm-yy>. IMPS Ref ... Not you?
  ..."), Cosmos Bank's ("Dear Customer, IMPS txn of Rs.x to <PAYEE> on <dd/mm/yyyy> could not be completed.
  Ref No ... Amount debited, if any, will be credited back. -Cosmos Bank"), the Sindhudurg district bank's
  ("SDCC Bank: RTGS of Rs.x from A/c XX1234 to <PAYEE> dt <dd.mm.yyyy> is pending for processing. UTR ...")
  and Central Bank of India's ("Your a/c no. XXXXXXXX1234 is debited for Rs.x on <dd/mm/yy> by NEFT transfer
  to <PAYEE>, UTR ... -Central Bank of India") wordings; Saraswat Bank's SMS in Marathi in a card in the
  phone's messages thread under its day divider ("आपल्या खाते क्र. XX1234 मधून <dd-mm-yyyy> रोजी UPI द्वारे
  <PAYEE> यांना रु. x वजा करण्यात आले. संदर्भ क्र. ... -सारस्वत बँक" (from your account No. XX1234 on <day>
  Rs. x was debited by UPI to <PAYEE>; reference No. ...)); YES BANK's mail of a debit (its sentence; Account,
  Transaction, Amount, Date, Beneficiary, Mode in a table ruled on every side; no reference); TJSB Sahakari
  Bank's SMS read on a smartwatch (the messages app's line and "now", the sender, "Rs.x debited from A/c
  XX1234 by UPI to <PAYEE>. Ref ... -TJSB"; Reply and Dismiss; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (heldout275's and heldout287's, regular and bold, fonts-noto-core) for the Marathi lines, labels,
cells and SMS, and Noto Serif Devanagari slanted with an upright DejaVu Serif for its figures (heldout287's)
for the Marathi hand; an italic or oblique for the hand (``heldout306_families.PENS``), DejaVu Sans Oblique in
a carbon's violet for the carbon copy's hand (heldout289's) and a fixed-width face of the page's own
(``heldout306_families.TYPES``). The Kala Ghoda stall's carbon memo and its card slip are drawn in the
festival's days (31 January to 8 February 2026), the MSRTC booking in the month before the journey to it (30
January 2026) and the Ganeshotsav advance in the twelve days before Ganesh Chaturthi (14 September 2026); the
other days anywhere in 2026. GST is 5% on the firm's Ganjifa sets, toys and lacquered wood (HSN 9504, 9503 and
4420; CGST 2.5% and SGST 2.5% to Maharashtra buyers), on the lac and shellac (HSN 1301), on the handmade paper
and on the khanaval's food, 18% on the general insurance premiums (CGST 9% and SGST 9%, GST 18%) and on the
Speed Post tariff; the life and health premiums carry none shown and the tempo's motor renewal prints none;
TDS-GST (2% in all) is deducted by MSSIDC, a state corporation, as the law asks of it; the wood seller's chit
and the colour shop's bill carry none.

Truth conventions (heldout305's, heldout304's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  iMobile Pay's "Paid to" and in DBS digibank's card under its "Paid to", after "to" on PayZapp, Bajaj Finserv
  and Amazon Pay, Airtel Payments Bank's Paid to; the shop, the firm, the firm as a bank's field cuts it
  (CHITARI LAKHKAM KALAKEND) or the shop with its town (CHITARI KALA DALAN SAWANTWADI); never the app, the
  payer, a UPI ID, the initials in a payee's badge or "from <buyer>". *settled* (heldout303's, heldout304's
  and heldout305's screens set in Telugu, Kannada and Tamil): a UPI app set in the region's language reads as
  the same app in English, here the name under BHIM's "प्राप्तकर्ता" (recipient). *settled* (heldout268 to
  heldout305): a receiving business's own app pays the business named under the app, here the shop under
  PhonePe Business (never PhonePe, the soundbox's line or "from <buyer>"). *settled* (heldout167 to
  heldout305): a payer's advice pays the one it pays, never the payer on top or a salutation; here the firm
  after MSSIDC's "To," as M/s. (never the Corporation, its Marathi name or the Emporium), YES CONNECT's
  Beneficiary (never the bank or the design store), the payee in the Teams message ("Payment released: Rs. x
  to <payee> via NEFT", never the sender, the channel or the school trust, *settled* heldout286, heldout299,
  heldout301 and heldout303 to heldout305's chats), PFMS' Beneficiary Name (never PFMS or its Agency), Open's
  Beneficiary (never open or the retailer), Zoho Books' Paid To (never the museum shop on top), DBS IDEAL's
  Beneficiary (never the bank or the resort group), the payee after "to" in the forwarded mail's sentence (its
  Payee the same; never the home store, its sender or "Dear Aditi"). *settled* (heldout155 to heldout305): an
  inward wire pays the firm, here Sparkasse's Empfänger / Beneficiary, the name after "to" on ASB and CBQ,
  BOCHK's BENEFICIARY, DNB's Mottaker / Beneficiary, Wise's Recipient (*settled* heldout301's Wise), MCB's and
  K-BIZ's Beneficiary; never the remitter, its line or the bank on top. *settled* (heldout175 to heldout305):
  the firm's own paper pays its shop or itself on top, here CHITARI KALA DALAN on its tax invoice (never its
  Marathi line, the firm it is a unit of or its Buyer), the shop on top of the stall's carbon memo (never the
  Name written in), of PhonePe Payment Gateway's and CCAvenue's pages and of WooCommerce's mail (never the
  gateway or WooCommerce), the firm on top of its Refrens invoice (never its Billed To) and of its money
  receipt (never its यांच्याकडून / Received from); *settled* (heldout268 to heldout305) the business named on
  top of the Dukaan seller app's order, as a business's own app (never Dukaan or the customer). A name in
  Marathi over its English: the English line, never the Marathi (*settled* heldout273, heldout285, heldout294
  and heldout303 to heldout305's regional lines). *settled* (heldout187 to heldout305): a supplier's name on
  top of its own paper, here NOORANI SHELLAC TRADERS (never its Buyer or the sticky note on it), the wood
  seller's name written in Latin letters at his chit's head (Dattaram Gawas; *settled* heldout294 and
  heldout303 to heldout305; never its Marathi lines), India Post on top of its roll (never the Sawantwadi
  S.O.), Industrybuying on top of its checkout, KAGAD KALA HANDMADE PAPER WORKS on top, Moglix' Sold by
  (*settled* heldout305's Amazon Business; never Moglix), SHREE GANESH RANG BHANDAR under its Marathi name
  (never its M/s written in), KONKAN TOOLS & HARDWARE on top of its Busy receipt (never its Party). *settled*
  (heldout179 to heldout305): a banking page pays the payee, here mahaconnect's Beneficiary, the name after
  "to" on Saraswat Bank's and Cosmos Bank's apps, GO Mobile+'s, iris' and TJSB's Beneficiary, the Beneficiary
  / लाभार्थीचे नाव written on the Sindhudurg district bank's form (never its Remitter or the bank's Marathi
  name), the payee after BOI Omni Neo's "sent to" (never the initials over it). *settled* (heldout150 to
  heldout305): a pay slip pays the worker, here the Turner written on the wage account (never the workshop or
  its Marathi heading), the Painter written on the attendance card, greytHR's Name (never the firm on top),
  the name after "to" on Airtel Thanks and Axis Mobile, the Name written on the advance receipt (never the
  firm, its Marathi name or her Marathi signature), the voucher's Paid to (*settled* heldout295, heldout301
  and heldout303 to heldout305: a payer's voucher pays the party on its line; never the firm on top);
  *settled* (new here) the name after PhonePe's "Paying" on its pending screen, because PhonePe names the one
  it is paying there as it names him after "Paid to" once the money is through. *settled* (heldout153 to
  heldout305): a fee page pays the authority as printed, here the Sawantwadi Municipal Council (or Sawantwadi
  Nagar Parishad) under its Marathi name (never the Owner), GRAS' Department (the Goods and Services Tax
  Department; *settled* heldout285 and heldout304's Khajane-II: a treasury portal's challan pays its
  Department, never the Government of Maharashtra over it, GRAS, its Office or the Party), Aaple Sarkar's
  Department (the Labour Department; *settled* heldout275, heldout301, heldout303 and heldout304's kiosks and
  portals: never Aaple Sarkar), the Income Tax Department on top, the police under MahaTraffic's bar
  (*settled* heldout272, heldout301, heldout303 and heldout304: never the app), the Forest Department (in full
  or short as printed) under its Marathi name (never its Received from), EPFO (or its full name) under UMANG's
  bar (*settled* heldout276's UMANG and heldout305's mParivahan: never the app that collects), Bharatkosh's
  Ministry (the Ministry of Textiles; as Khajane-II's Department: never Bharatkosh, its PAO or the Depositor).
  *settled* (heldout199 to heldout305): an insurer's receipt pays the insurer on top (full or short as
  printed), under its app's bar (Care Health, ACKO, Axis Max Life) or signing its SMS (SBI Life), never the
  Insured, "Received with thanks from" or a salutation. A slip's counter name line as printed (CHITARI KALA
  DALAN, CHITARI KALA DALAN - KALA GHODA or its first part, the hotel, the hardware store), never *settled*
  the terminal's brand or bank over it (BharatPe, Razorpay POS, ICICI BANK, STATE BANK OF INDIA); MSRTC (or
  its full name) on top of its e-ticket (*settled* heldout272, heldout282, heldout300, heldout302 and
  heldout305: the carrier whose fare the card paid); the name after "At" in HDFC Bank's "Spent Rs.x On HDFC
  Bank Card 1234 At <MERCHANT> On <day>" (*settled* heldout299, heldout300, heldout302 and heldout304's "at
  <MERCHANT>"); BOBCARD's merchant line over its town (*settled* heldout297, heldout301, heldout303 to
  heldout305's card issuers' apps); the khanaval on top of its bill (never Petpooja). A utility's biller:
  MSEDCL's company under its Marathi name (its name in full, MSEDCL or Mahavitaran as printed; never the
  Consumer Name), Bharat Sanchar Nigam (or BSNL) under BSNL Selfcare's bar and Bharti Airtel under Airtel
  Thanks' (*settled* heldout285, heldout301, heldout303 to heldout305: the company, never the app), the tag's
  bank under the FASTag app's bar (ICICI Bank FASTag, *settled* heldout295, heldout302 and heldout305), Tata
  Play on top of its mail, after "for" on Hello BPCL (Bharatgas; *settled* heldout289 and heldout305's HP Pay:
  never its Distributor), the SAWANTWADI MUNICIPAL COUNCIL on its water tax roll (never its NAME), SAI CABLE
  NETWORK on top of its receipt (never the Name written in). An SMS, mail or watch alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines
  where it wraps): Bank of Maharashtra's "towards UPI to <PAYEE>. UPI Ref", Kotak Mahindra Bank's "to <PAYEE>
  on", Cosmos Bank's "to <PAYEE> on", the Sindhudurg district bank's "to <PAYEE> dt", Central Bank of India's
  "NEFT transfer to <PAYEE>, UTR", YES BANK's mail's Beneficiary, TJSB's "by UPI to <PAYEE>. Ref"; *settled*
  (new here) the Marathi SMS' "<PAYEE> यांना" (to <PAYEE>), because a bank's SMS in Marathi prints the payee
  as its English does and marks it with the Marathi "to" after it (as heldout305's Tamil "<PAYEE> க்கு" and
  heldout294's Telugu "<PAYEE> కు"); *settled* (new here) a watch's notification reads as the SMS it shows:
  its sender, sum, payee, reference and debit are the message's, because the watch shows the phone's message
  word for word (as heldout305's Truecaller card over its SMS).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe Business' and
  Amazon Pay's sum set large (its paise raised where it has them, its whole rupees cut, never rounded,
  *settled* heldout277; PhonePe Business' soundbox line the same). *settled* (heldout152 to heldout305): a
  payer's advice counts its net sum, here MSSIDC's Net paid (its sentence's sum the same; never an Amount or a
  TDS-GST 2%, *settled* heldout296, heldout298, heldout301, heldout303 and heldout305), YES CONNECT's, PFMS',
  Open's and DBS IDEAL's Amount, the Rs. x in the Teams message, Zoho Books' Amount Paid (never a Bill Amount;
  its Payment the same), the Rs. x/- in the forwarded mail (its Amount the same). *settled* (heldout155 to
  heldout305): an inward wire's foreign sum, here euros the German way (6.620,00 EUR or EUR 6.620,00 is
  6620.00, *settled* heldout242), New Zealand dollars (NZ$ or NZD, *settled* heldout215), Hong Kong dollars
  (HK$ or HKD, *settled* heldout201 and heldout219), Norwegian kroner the Norwegian way with their code before
  or after (NOK 104 400,00 or 104 400,00 NOK is 104400.00, *settled* heldout227 and heldout304's kronor the
  Swedish way), Qatari riyals (QAR, *settled* heldout227), US dollars with the code after (5,008.11 USD,
  *settled* heldout279's Wise), Mauritian rupees (MUR before or after, *settled* heldout228), baht with THB
  before (*settled* heldout219); never a Fee, Charges or a converted sum in rupees (Wise's Recipient gets,
  *settled* heldout279, heldout287, heldout301 and heldout305's UOB). *settled* (heldout175 to heldout305): a
  receipt counts the sum received, here the tax invoice's Total under its table (never a line's Amount, its
  CGST 2.5% + SGST 2.5% row, CGST 2.5% or SGST 2.5%), the carbon memo's Total written in (never a line's Rs.),
  PhonePe Payment Gateway's and CCAvenue's Amount, WooCommerce's Total (never its Subtotal, Shipping or a
  Price), the sum large on Dukaan, the Refrens invoice's Total (its Payment Record's Amount the same; never a
  line's Amount or the GST), the money receipt's रक्कम / Amount written in. A whole sum closed with /- is that
  sum in whole rupees (heldout259). *settled* (heldout187 to heldout305): a supplier's paper counts the sum
  paid, here the lac dealer's Total (never CGST 2.5%, SGST 2.5% or a line's Amount), the wood seller's "एकूण
  रु." (total Rs.) written at its line's end (never a line's figure; *settled* heldout294 and heldout303 to
  heldout305's hands), India Post's TOTAL (never its TARIFF or GST 18%), Industrybuying's and Moglix' Amount,
  the paper maker's Total under the accountant's ring (never CGST 2.5%, SGST 2.5% or a line's Amount), the
  colour shop's Total written in (never a line's Rs. or a Rate), the Busy receipt's Amount (its words the
  same; never an Against Bill's sum). A banking page's sum, the Sindhudurg district bank's form's Amount /
  रक्कम written in. *settled* (heldout167 to heldout305): a pay slip's net sum, here the wage account's Total
  written in (never a Rate or a line's Rs.), the attendance card's Wages (never the Days present or the Daily
  wage), greytHR's Net Pay (never Gross Earnings, an earning or a deduction), the sums on Airtel Thanks,
  PhonePe and Axis Mobile, the "रु. x/-" in the advance receipt's Marathi hand, the voucher's Rs. written in.
  A fee page's भरलेली रक्कम / Amount Paid, GRAS', Aaple Sarkar's, e-Pay Tax's, MahaTraffic's and Bharatkosh's
  Amount, UMANG's sum, the Rs. in the forest receipt's box. An insurer's premium with its GST where it carries
  one (*settled*), here HDFC ERGO's Total Premium (never the Net Premium, CGST 9%, SGST 9% or the Sum
  Insured), SBI General's Total (never its Premium or GST 18%; its counterfoil's Rs. the same), IFFCO-Tokio's
  Total Premium (never its Premium, GST 18% or the Sum Insured), Care Health's, HDFC Life's and Axis Max
  Life's Premium (HDFC Life's sentence's sum the same), ACKO's sum, the Rs.x in SBI Life's SMS. A slip's
  AMOUNT, Amount, the hotel slip's TOTAL (*settled* (new here) never its BASE AMOUNT or TIP, because the card
  is charged the bill and the tip the guest writes in together as the TOTAL), MSRTC's Total Fare (never its
  Fare or Reservation charges), the Rs.x in HDFC Bank's SMS, BOBCARD's sum large, the khanaval's Grand Total
  (never the Sub Total, CGST 2.5%, SGST 2.5% or a dish). A utility's Amount Paid / भरलेली रक्कम, the sums
  large, the FASTag's Amount, Tata Play's Recharge Amount (its sentence's sum the same), Hello BPCL's Amount,
  the water tax roll's TOTAL PAID (never its ARREARS or CURRENT), the Rs. in the cable receipt's box. An
  alert's sum debited as worded (grouped the Indian or the English way or not at all), never an Avl Bal.
  Currency INR but on the wires.

* status: as printed. PhonePe Business' Money received, iMobile Pay's Payment Successful, DBS digibank's
  Successful, Amazon Pay's Paid successfully, Airtel Payments Bank's Payment successful successes; *settled*
  (heldout303 to heldout305's screens in Telugu, Kannada and Tamil) BHIM's "पेमेंट यशस्वी झाले" (payment
  successful) a success, the Marathi screen printing the English screen's outcome word for word; PayZapp's
  Payment in progress pending; Bajaj Finserv's Payment failed failed. A payer's own record of the payment made
  (*settled*, as heldout295's, heldout301's and heldout303 to heldout305's vouchers and remittances): Zoho
  Books' PAYMENT MADE with its Amount Paid and Reference Number, MSSIDC's "has been remitted", the Teams
  message's "Payment released" (*settled* heldout299, heldout302 and heldout304's "released"), PFMS' Credited
  to beneficiary, DBS IDEAL's Completed, the forwarded mail's "Paid ... today" successes; Open's Payout in
  process pending (as heldout305's RazorpayX's); YES CONNECT's Returned failed (as heldout305's HSBCnet's
  Rejected and heldout303's RTGS returned). A wire's Sparkasse "ausgeführt / executed", ASB's Payment sent,
  BOCHK's "We have effected the above telegraphic transfer", CBQ's Transfer successful, Wise's "Your transfer
  is complete", K-BIZ's Remittance successful successes; MCB's Awaiting processing pending (as heldout305's
  CommBank's awaiting authorisation: a wire not yet sent is a wait, not a failure); DNB's Betaling returnert /
  Payment returned failed. A receipt's "Amount received by IMPS, Ref ..." on the tax invoice, the carbon
  memo's "रोख मिळाले" (cash received) in a Marathi hand (*settled* heldout273, heldout294 and heldout305's
  hands' "received"), WooCommerce's "Payment completed", the Refrens invoice's Payment Record under its PAID
  seal, the money receipt's "Received with thanks, subject to realisation of the cheque." (*settled*
  heldout270, heldout276, heldout282, heldout285, heldout303 and heldout304) successes; *settled* (heldout303
  to heldout305's ledger apps) the Dukaan order's Paid a success (a business's own app marks an order paid
  only once the money is in); PhonePe Payment Gateway's Payment pending pending; CCAvenue's Transaction Failed
  failed. A supplier's "Paid by NEFT" (or RTGS) on the accountant's sticky note (*settled*, as heldout298,
  heldout299 and heldout303 to heldout305's accountants' notes), the wood seller's "रोख मिळाले" (cash
  received) in a Marathi hand, India Post's PAID BY UPI (QR) with its UPI REF (*settled* heldout300,
  heldout303 and heldout305: printed only once paid), "Pd. by UPI, Ref ..." written on the paper maker's
  invoice under the accountant's tick, "Pd. PhonePe, Ref ..." written on the colour shop's bill under the
  tick, the Busy receipt's Amount (a payee's receipt for money got, as heldout305's Marg receipt) successes;
  Moglix' Payment pending pending; Industrybuying's Payment declined failed. A banking page's "has been
  completed successfully", Saraswat Bank's Transfer successful, Cosmos Bank's Paid, BOI Omni Neo's Transaction
  Successful, TJSB's Success, the UTR written in under the branch's TRANSFERRED stamp (*settled* heldout274,
  heldout296, heldout298, heldout301 and heldout303 to heldout305) successes; iris' In process pending; GO
  Mobile+'s Transaction Failed failed. A pay slip's "Paid by UPI, Ref ..." written on the wage account and the
  attendance card, greytHR's Payment Mode with its UTR and Paid on, the advance receipt's "रोख मिळाले"
  (received in cash) in a Marathi hand, the voucher's UPI ticked and its UPI Ref written in (a payer's own
  record of money paid), Axis Mobile's Payment successful successes; PhonePe's Payment Pending pending; Airtel
  Thanks' Payment failed failed. A fee page's e-receipt with its Receipt No. (the Municipal Council), GRAS'
  Status Paid (credited to Government) with its Bank CIN, Aaple Sarkar's Payment Successful, the forest
  receipt's "रोख मिळाले" (cash received), UMANG's Payment successful, Bharatkosh's "Your payment has been
  received successfully" successes; e-Pay Tax's Pending with bank pending; MahaTraffic's Payment failed
  failed. An insurer's PREMIUM RECEIPT with its UTR (HDFC ERGO), SBI General's "Received with thanks", HDFC
  Life's "We have received", ACKO's Policy renewed (*settled* heldout303's Digit and heldout304's ICICI
  Lombard), IFFCO-Tokio's "Your payment was successful", SBI Life's "we have received" successes; Axis Max
  Life's Payment in process pending; Care Health's Payment failed failed. A slip's APPROVED, MSRTC's "Booking
  successful. Payment received.", BOBCARD's Successful, the khanaval's "Payment: Card" with its Auth
  (*settled* heldout297, heldout298, heldout303 and heldout305) successes; HDFC Bank's "Spent Rs.x" a success
  (*settled* heldout300, heldout303 and heldout305's "spent"); Razorpay POS' TXN STATUS UNKNOWN with CHECK
  WITH BANK BEFORE RETRYING pending (*settled* heldout282 and heldout299 to heldout305: a terminal's answer
  awaited); State Bank of India's DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's receipt with its
  Transaction ID (MSEDCL), BSNL's Payment Successful, Tata Play's "We have received your recharge", Airtel
  Thanks' Bill paid, the water tax roll's TOTAL PAID with its UPI REF, the cable receipt's "Recd. cash"
  successes; Hello BPCL's Payment pending pending; ICICI Bank FASTag's Recharge failed failed. *settled*: an
  SMS, mail or watch alert's debit a success whatever its bank's wording (Bank of Maharashtra's "debited by",
  Kotak Mahindra Bank's "Sent", Central Bank of India's "is debited for", YES BANK's "has been debited",
  TJSB's "debited from"); *settled* (new here) the Marathi SMS' "वजा करण्यात आले" (was debited) a success,
  because वजा is a bank's Marathi word for a debit (as heldout305's Tamil "பற்று வைக்கப்பட்டது"); the
  Sindhudurg district bank's "is pending for processing" pending (as heldout305's TMB's "is in process");
  Cosmos Bank's "could not be completed" failed.

* date: the day paid. A UPI screen's day and hour: PhonePe Business' day and hour in its card, PayZapp's
  Initiated, iMobile Pay's and DBS digibank's Date, Bajaj Finserv's Date & Time, Airtel Payments Bank's Date;
  *settled* (new here) BHIM's day with its month's Marathi name (18 ऑक्टोबर 2026 is 2026-10-18), because the
  app prints the month in the language its user chose and the day and the year in figures (as heldout305's
  Tamil and heldout304's Kannada months); Amazon Pay's "Today, <hour>" prints no day (*settled*). The day
  after "दिनांक:" (date) on MSSIDC's जावक क्र.'s line (never a Bill Date), YES CONNECT's Value Date, PFMS'
  Payment Date, Open's Created on, Zoho Books' Payment Date (never a Bill Date), DBS IDEAL's Value Date, the
  day in the forwarded mail's sentence (its Paid on the same); the Teams message under its "Today" divider
  prints no day (*settled* heldout286, heldout289, heldout299, heldout301 and heldout303 to heldout305; never
  a message's hour). A wire's Ausführungsdatum / Execution date day first with dots (11.02.2026), ASB's "on
  <day>", BOCHK's VALUE DATE, DNB's Dato / Date, Wise's Completed on in words, MCB's Date, K-BIZ's Transaction
  Date; CBQ's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice and written on
  the carbon memo, PhonePe Payment Gateway's Initiated on, WooCommerce's Date, CCAvenue's Date & Time, the
  Refrens invoice's Payment Record's Date (never its Invoice Date), the दिनांक / Date written on the money
  receipt; the Dukaan order's "Today, <hour>" prints no day. The "on <day>" on the lac dealer's sticky note
  (never its invoice's Date), "दिनांक" (date) and the day on the wood seller's chit, India Post's DATE,
  Industrybuying's Attempted on, the "on <day>" in the line written on the paper maker's invoice (never its
  Date), Moglix' Placed on, the Busy receipt's Date (never an Against Bill's dt); the colour shop's Date left
  as dots prints no day (*settled* heldout289, heldout303 and heldout305). A banking page's Date, Date & Time,
  Initiated on, BOI Omni Neo's "on <day>", the Date / दिनांक written on the Sindhudurg district bank's form;
  Cosmos Bank's "Today, <hour>" prints no day. A pay slip's Paid on written on the wage account and the
  attendance card (never a day in its rows, the Month or the days in its boxes, *settled* heldout298,
  heldout301, heldout303 and heldout305), greytHR's Paid on (never the payslip's month or its Date of Joining,
  *settled* heldout273, heldout303 and heldout305), Airtel Thanks' Attempted on, PhonePe's Started on, the
  Date written on the advance receipt and the voucher; Axis Mobile's "Today, <hour>" prints no day. A fee
  page's भरणा दिनांक / Payment Date (never its कर वर्ष / Tax Year), GRAS' Payment Date (never its Year), Aaple
  Sarkar's Date & Time, e-Pay Tax's Created on (never its Assessment Year), MahaTraffic's Attempted on, the
  Date written on the forest receipt, Bharatkosh's Payment Date; UMANG's "Today, <hour>" prints no day (never
  its Wage month). An insurer's Receipt Date, SBI General's Date (its counterfoil's Dt. the same), Care
  Health's Attempted on, the day in HDFC Life's sentence (never its Next due date), IFFCO-Tokio's Payment
  Date, Axis Max Life's Initiated on, the "on <dd/mm/yyyy>" in SBI Life's SMS; ACKO's "Today, <hour>" prints
  no day. A slip's DATE (dd/mm/yyyy or dd/mm/yy after DATE:), Date (dd-mm-yyyy), MSRTC's Booked on (never its
  Date of Journey, *settled* heldout302 and heldout305), the khanaval's Date; *settled* (new here) the day in
  HDFC Bank's card SMS "On <yyyy-mm-dd>:<hh:mm:ss>" year first (2026-11-11:19:22:42 is 2026-11-11), because
  HDFC Bank prints the spend's day as an ISO day joined to its time by a colon; BOBCARD's "Today, <hour>"
  prints no day. A utility's Payment Date / भरणा दिनांक (never its Bill Month), BSNL's Paid on, the FASTag's
  Attempted on, Tata Play's Recharge Date, Hello BPCL's Initiated on, the water tax roll's DATE (never its
  PERIOD), the Date written on the cable receipt (never its Month); Airtel Thanks' "Today, <hour>" prints no
  day. The alerts' "on <dd-Mon-yy>", "on <dd-mm-yy>", "on <dd/mm/yyyy>", "dt <dd.mm.yyyy>", "on <dd/mm/yy>",
  the mail's Date; *settled* (new here) the Marathi SMS' "<dd-mm-yyyy> रोजी" (on <day>, in Latin figures as
  the bank sends them), because the Marathi "on" follows the day it marks (as heldout305's Tamil "<dd-mm-yyyy>
  அன்று"); the watch's "now" prints no day (*settled* heldout279, heldout287, heldout303 and heldout305's
  "Just now"). All numeric days here are day first (heldout251, heldout259) but HDFC Bank's SMS' year first.
  *settled*: never a Tax Year, a Year, an Assessment Year, a Month, a Bill Month, a Wage month, a PERIOD, a
  payslip's month, a joining day, an invoice's, a bill's, a due or a journey's day, an e-mail's or a message's
  hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a bank's or a terminal's transaction
  id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (MSSIDC's NEFT or RTGS, YES CONNECT's NEFT, the Teams
  message's NEFT, PFMS' e-Payment (NEFT), Open's IMPS (*settled* heldout302's Easebuzz and heldout305's
  RazorpayX payouts), Zoho Books' Bank Transfer, DBS IDEAL's RTGS, the forwarded mail's IMPS; the tax
  invoice's "received by IMPS", the Refrens invoice's NEFT or RTGS; the lac dealer's NEFT or RTGS on the
  sticky note, Moglix' Net Banking, the Busy receipt's BANK (NEFT or RTGS); the banking pages but Cosmos
  Bank's UPI, the Sindhudurg district bank's RTGS ticked; greytHR's Bank Transfer (NEFT); GRAS', e-Pay Tax's,
  UMANG's and Bharatkosh's Net Banking; HDFC ERGO's NEFT, HDFC Life's, IFFCO-Tokio's and Axis Max Life's Net
  Banking; MSEDCL's and ICICI Bank FASTag's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer
  either way (*settled*: Sparkasse's SHA, ASB's international payment, BOCHK's telegraphic transfer, DNB's
  utenlandsbetaling, CBQ's SWIFT (SHA), MCB's and K-BIZ's outward transfers, Wise's transfer paid out to the
  firm's bank (*settled* heldout279 and heldout301); *settled* heldout279, heldout301, heldout303 and
  heldout305); *settled* (heldout267's ECS and heldout272's auto-debit) SBI Life's NACH a bank's debit,
  netbanking. UPI for the UPI screens, BHIM's "<bank> खाते XX1234 मधून" (from <bank> account XX1234) and
  PhonePe Business' UTR; PhonePe Payment Gateway's UPI (collect request), WooCommerce's UPI (Razorpay),
  Dukaan's "Paid online via UPI"; India Post's UPI (QR), the paper maker's "Pd. by UPI", the colour shop's
  "Pd. PhonePe"; Cosmos Bank's UPI; the wage account's and the attendance card's UPI, PhonePe, Airtel Thanks,
  the voucher's UPI ticked, Axis Mobile; the Municipal Council's and Aaple Sarkar's UPI; SBI General's and
  ACKO's UPI; BSNL's, Hello BPCL's and the water tax roll's UPI; the UPI alerts. Card for CCAvenue's Credit
  Card, Industrybuying's Debit card, MahaTraffic's Debit Card, Care Health's Credit card, the slips, MSRTC's
  Credit Card, HDFC Bank's SMS, BOBCARD's app, the khanaval's "Payment: Card", Tata Play's Debit Card and
  Airtel Thanks' Credit card. Cash for the carbon memo's, the wood seller's, the advance receipt's and the
  forest receipt's "रोख" (cash) in a Marathi hand (*settled* heldout273, heldout294, heldout304 and
  heldout305's hands), the cable receipt's "Recd. cash". Cheque for the money receipt's धनादेश क्र. / Cheque
  No. (*settled* heldout270 and heldout304).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout305): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UTR (beside its Transaction ID), iMobile Pay's UPI
  Ref. No. (above its Transaction ID), PayZapp's and Bajaj Finserv's UPI Ref No., DBS digibank's Reference
  number, Amazon Pay's UPI Reference ID, Airtel Payments Bank's UPI Ref No.; MSSIDC's UTR in its sentence, YES
  CONNECT's UTR (above its Payment Ref.), the Teams message's UTR, PFMS' UTR No., Zoho Books' Reference Number
  (the UTR), DBS IDEAL's UTR (above its Transaction Reference and Customer Reference); the tax invoice's IMPS
  Ref, the Refrens invoice's Payment Record Reference (the UTR), Dukaan's UPI Ref; the UTR on the sticky note,
  India Post's UPI REF, the paper maker's and the colour shop's Ref written in, the Busy receipt's Bank Ref.
  (the UTR); the banking pages' UTR, IMPS Ref No., UPI Ref No., the UTR written on the Sindhudurg district
  bank's form; the wage account's and the attendance card's Ref, greytHR's UTR, the voucher's UPI Ref, the
  apps' UPI Ref No; HDFC ERGO's UTR, SBI General's UPI Ref.; a slip's RRN; the water tax roll's UPI REF; the
  alerts' UPI Ref, IMPS Ref, Ref No, UTR, Ref, the Marathi SMS' संदर्भ क्र. (reference No.)), then a bank
  reference (Sparkasse's Referenz / Reference, BOCHK's OUR REF., DNB's Referanse / Reference, CBQ's Reference,
  MCB's Reference, K-BIZ's Transaction No., mahaconnect's Transaction Reference (under its UTR), YES CONNECT's
  Payment Ref. and DBS IDEAL's Transaction Reference (under their UTRs), GRAS' Bank CIN (above its GRN), Aaple
  Sarkar's Bank Ref. No. (above its Transaction ID), UMANG's Bank Ref No., Bharatkosh's Bank Ref. No. (above
  its Transaction Ref. No.)), then a transaction / payment id (PhonePe Business' and iMobile Pay's Transaction
  ID, Open's Payout ID (*settled* heldout302's Easebuzz and heldout305's RazorpayX Payout ID), PhonePe Payment
  Gateway's PhonePe Transaction ID, WooCommerce's Transaction ID, CCAvenue's Ref. No., Wise's Transfer #
  (*settled* heldout279 and heldout301), the Municipal Council's and MSEDCL's Transaction ID, GRAS' GRN
  (*settled* heldout302 and heldout304: a treasury's challan as its GRN), Aaple Sarkar's, MahaTraffic's and
  Bharatkosh's Transaction ID, Care Health's and ACKO's Payment ID, HDFC Life's, IFFCO-Tokio's and Axis Max
  Life's Transaction ID, PhonePe's Transaction ID on its pending screen, MSRTC's Transaction ID (above its
  Ticket No.), BOBCARD's Reference No., BSNL's, Tata Play's and Airtel Thanks' Transaction ID, ICICI Bank
  FASTag's Transaction Ref. No.), then an approval code (AUTH CODE, Auth), then an order's number (PhonePe
  Payment Gateway's Merchant Order ID, WooCommerce's Order number, CCAvenue's Order No., Industrybuying's and
  Moglix' Order ID, MSRTC's Ticket No. (as IRCTC's PNR, *settled* heldout126, heldout302 and heldout305),
  Hello BPCL's Order No.), then a document's own number (Zoho Books' Payment#, DBS IDEAL's Customer Reference
  and PFMS' EPV No. (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and
  heldout303 to heldout305), the tax invoice's and the Refrens invoice's Invoice No., the money receipt's No.
  struck in red (as heldout305's bonus receipt's), the lac dealer's and the paper maker's Invoice No., the
  Busy receipt's Vch No., the voucher's Voucher No. struck in red (*settled* heldout298, heldout302 and
  heldout304), the Municipal Council's and MSEDCL's Receipt No., e-Pay Tax's CRN (*settled* heldout304's CPIN:
  a challan numbered when it is created, before it is paid), MahaTraffic's Challan No. (*settled* heldout302
  to heldout304's e-challans), UMANG's TRRN (*settled* heldout300, heldout302 and heldout305: the number of a
  return's challan), HDFC ERGO's and SBI General's Receipt No., a slip's INVOICE, Invoice and INV NO, the
  khanaval's Bill No., the water tax roll's RECEIPT NO). *settled*: never a card, account, phone or mobile
  number, a UPI ID, IFSC, a SWIFT/BIC code, an IBAN, GSTIN, PAN, an Udyam number, an Employee Code, a PF No.,
  a Policy No., a Certificate No., an Application ID, a Property No., a Consumer No., a CONN NO, a Subscriber
  ID, a Tag ID, a Vehicle No., an Account No., an ARTICLE NO or its barcode (a consignment's number, as an LR
  NO, *settled* heldout274, heldout299, heldout303 and heldout305), YES CONNECT's Batch No., PFMS' Sanction
  No., a slip's MID / TID / BATCH, a No. left blank, MSSIDC's जावक क्र. (its letter's outward number, a file's
  number, *settled* heldout278, heldout303 and heldout304), a bill or an invoice named on an advice or a
  receipt (MSSIDC's, Zoho Books' and the Busy receipt's bills), a Cheque No. (*settled* heldout282 and
  heldout304)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout306_families import (
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

SPLIT = "heldout306"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout304's and heldout305's: the screens in
# Noto Sans, DejaVu Sans, Liberation Sans (liberation), FreeSans and DejaVu Sans Condensed; the pages in
# DejaVu Serif, Noto Serif, Liberation Serif (liberation2), FreeSerif, Noto Sans and Liberation Sans
# (liberation2); the firm's, its suppliers' and its people's papers in Noto Serif Display, Liberation Serif
# (liberation), DejaVu Serif Condensed, FreeSans and Liberation Sans (liberation2); the slips in four monos in
# another order; beside them Noto Sans and Serif Devanagari (heldout275's and heldout287's) for the Marathi
# lines, labels, form cells, hand and SMS, an upright DejaVu Serif for a Marathi hand's figures
# (heldout287's), a pen's italic or oblique (``heldout306_families.PENS``), a page's own fixed-width face
# (``heldout306_families.TYPES``) and DejaVu Sans Oblique for a carbon copy's hand (heldout289's).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout306_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout306 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

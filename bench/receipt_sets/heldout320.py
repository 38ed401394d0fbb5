"""heldout320: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Tangaliya dana-weaving women's producer group's year of 2026 in Surendranagar
district, Gujarat (Dedadara Tangaliya Mahila Vankar Producer Company Ltd., in Gujarati દેદાદરા ટાંગલિયા મહિલા
વણકર ઉત્પાદક કંપની લિ., a producer company of the Dangasia women weavers of Dedadara and the villages round
Wadhwan, CIN U17100GJ2017PTC096214, GSTIN 24AAKCD5718M1Z4, its motto "દાણે દાણે વણાટ" (woven knot by knot),
with Lakshmiben Dangasia its chairperson, Nitaben Parmar its chief executive, who pays its weavers and its
bills, Bharatbhai Rathod, who keeps its accounts, Payal Makwana at its counter, Kinjal Dangasia, who keeps the
web shop and the orders from abroad, and Ramesh Solanki, its helper: its members (Jasiben Dangasia, Hansaben
Parmar, Savitaben Dangasia, Manjuben Rathod, Gauriben Dangasia, Kantaben Makwana, Shardaben Dangasia and
Dahiben Parmar among them) weave at home and in its shed in Dedadara's Vankarvas on pit looms and frame looms,
twisting an extra weft of coloured wool round the warp into the raised knots (dana) that build the Tangaliya's
lozenges, dots and date-palm sprigs on a black wool ground: wool shawls, dhablas (wraps), cotton sarees,
stoles, dupattas, yardage, cushion covers and runners, paid by the piece woven; its wool yarn comes from a
Panipat dealer, its cotton yarn from an Ahmedabad agency, its dyes from a Kalupur dye dealer, its loom parts
from a Wadhwan carpenter and a Rajkot loom maker, its tags and bags from a Surendranagar press, its cartons
from Flipkart Wholesale, and its parcels go by Shree Maruti Courier; its shop on Station Road, Wadhwan,
Tangaliya Dana Ghar (ટાંગલિયા દાણા ઘર); its stall at the Tarnetar fair at Than; the web shop
tangaliyadanaghar.in on CCAvenue, Razorpay and Shopify, and iTokri; the Gujarat State Handloom & Handicrafts
Development Corporation's Gurjari emporia, Fabindia, an Ahmedabad design studio, a Sabarmati Riverfront hotel
company, an Ahmedabad boutique, a school trust, the National Institute of Design and buyers by WhatsApp at
home, and a gallery in Santa Fe, a shop in Edinburgh, a collective in Wellington, a textile house in Kanazawa,
a weaving shop in Utrecht, a home textiles firm in Dubai, a collective in Toronto and a weavery in Aarhus
abroad), told by the proofs of payment it receives (buyers' Paytm for Business on the Ghar's phone, Amazon
Pay, slice, PhonePe set in Gujarati, Airtel Payments Bank, a WhatsApp payment, Bajaj Finserv and Indian Bank's
IndOASIS; Gurjari's payment advice under its Gujarati name, Fabindia's remittance mail, ICICI Bank's CIB with
an RTGS pending approval, a buyer's WhatsApp message in Gujarati, HDFC Bank's ENet with a NEFT returned, a
boutique's Zoho Books payment, a school trust's letter and NID's e-payment advice; Bank of America, Monzo,
ANZ, SMBC, ABN AMRO, Emirates NBD, Scotiabank and Danske Bank for buyers in Santa Fe, Edinburgh, Wellington,
Kanazawa, Utrecht, Dubai, Toronto and Aarhus in US dollars, pounds, New Zealand dollars, yen, euros, dirhams,
Canadian dollars and Danish kroner; the Ghar's tax invoice under a Tangaliya motif, the Tarnetar stall's memo
in a Gujarati hand lying on a Tangaliya shawl, the company's receipt book in Gujarati and English, CCAvenue's
pending checkout, Vyapar's Payment-In, Razorpay's failed checkout, iTokri's payout mail and the Ghar's
GoFrugal roll) and those it makes (the wool dealer's invoice with its PAYMENT RECEIVED stamp, the carpenter's
bill in a Gujarati hand, Flipkart Wholesale's pending order, the dye dealer's invoice with its payments
received, the cotton yarn dealer's WhatsApp Business chat in Gujarati, Shopify's failed bill, Shree Maruti
Courier's booking receipt and the printer's BUSY invoice under its PAID mark; Baroda Connect, the
Surendranagar District Central Co-operative Bank's application filled in by hand, Kotak's app, Google Pay,
Paytm, iris by YES BANK, JioFinance and IDBI Bank's GO Mobile+ for the wool dealer, the dye dealer, the
printer, the carpenter, the cotton yarn dealer, a tailor, a fringe twister and the loom maker; a weaver's wage
account and a Diwali bonus in a Gujarati hand, Canara ai1, greytHR's payslip, BHIM, PhonePe's chat, the wage
payment voucher in Gujarati and English and IndusInd Bank's INDIE; Surendranagar Municipal Corporation's
property tax, the GST portal, the Gujarat Labour Welfare Board through the Cyber Treasury, the Tarnetar fair's
stall rent, the Ministry of Corporate Affairs, UMANG's India Handloom Brand fee, IP India's trade mark fee and
the gram panchayat's house tax; IFFCO-TOKIO's, Tata AIG's, Star Health's, SBI General's, Go Digit's, Bajaj
General's, Zurich Kotak's and LIC's premiums; cards on the Ghar's HDFC Bank terminal and the Tarnetar stall's
Paytm machine, at an Ahmedabad wool shop's Axis Bank terminal, on GSRTC, at a Wadhwan stationery shop's State
Bank of India terminal, on a Rajkot restaurant's Petpooja bill, in SBI Card's SMS and on the AU 0101 app;
PGVCL, Excitel, the municipal corporation's water charges, BSNL, a cable network's card, Gujarat Gas, bob
World's Bharat BillPay and Airtel Digital TV; Bank of Baroda's SMS in Gujarati, the SMS of Gujarat Gramin
Bank, Kotak Mahindra Bank, Union Bank of India and the district co-operative bank, HDFC Bank's heads-up
notification, State Bank of India's mail and IDFC FIRST Bank's WhatsApp banking). One payment per page, each
drawn from its own seed (heldout320-<i>) in a face the seed chooses, with its degraded copy made from the same
stream by heldout14_render's ``degrade``, so that the set is drawn the same every time (no set or hash order
is read anywhere). Each family: six successes, one failure, one wait; one page prints no transaction id and
one no day (truth None for those fields). Each layout is a function of its own in ``heldout320_families`` (the
family's function picks it by the receipt's place in its family), written by hand for this set.

Layouts (every one written for this set: its labels and its arrangement none of heldout318's or heldout319's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew, it is drawn here in this set's own labels and marks, and near ones are noted): Paytm for Business on the
Ghar's phone with its details against a gutter, where heldout319 drew BharatPe for Business in read-only
fields and heldout318 PhonePe Business in dot leaders; Amazon Pay's scalloped badge with a copyable reference;
slice's payment processing with its stages left to right; PhonePe set in Gujarati with this set's bilingual
labels, where heldout319 drew PhonePe's result on a tinted band and heldout318 BHIM set in Assamese; Airtel
Payments Bank's payment with no reference in an octagon, where heldout319 drew MobiKwik's under a tile; a
WhatsApp payment's card under "Today", where heldout319 drew Jupiter's ticket; Bajaj Finserv's failure under a
red ribbon in a table ruled on every side; Indian Bank's IndOASIS in dot leaders in a rounded card; Gurjari's
payment advice with its TDS in a table ruled on every side under its Gujarati name, where heldout318 drew the
Assam Government Marketing Corporation's and heldout319 NEHHDC's; Fabindia's remittance mail with colons;
ICICI Bank's CIB with its stages top to bottom, where heldout319 drew Kotak FYN's tabs and heldout318 Kotak
Fyn's checker; a buyer's WhatsApp message in Gujarati under "Today", where heldout319 drew one in Mizo; HDFC
Bank's ENet with a NEFT returned in shaded labels, where heldout319 drew IDFC FIRST Bank's under a red ribbon
and heldout318 Indus Direct's; Zoho Books' Payment Made with its sum on a tinted panel, where both drew Marg
ERP's voucher; a school trust's letter with no reference, where heldout319 drew a church fellowship's letter
in Mizo; NID's e-payment advice; Bank of America's wire in a striped table; Monzo's "Today", where heldout319
drew Lloyds Bank's; ANZ Transactive's receipt with colons; SMBC's remittance under review with its stages
across the page, where heldout319 drew Mizuho's top to bottom; ABN AMRO's Dutch and English labels on hairline
rows, where heldout319 drew Zürcher Kantonalbank's German and English in a striped table; Emirates NBD's
transfer rejected under a red ribbon in tiles; Scotiabank's sentence with no reference, where heldout319 drew
HSBCnet's; Danske Bank's Danish labels alone in a table ruled on every side, where heldout319 drew
Commerzbank's German alone; the Ghar's tax invoice in a striped table under a Tangaliya motif, where
heldout319 drew the Dawr's under a folded puanchei on hairline rows; the Tarnetar memo in a Gujarati hand
lying on a Tangaliya shawl, where heldout319 drew the Chapchar Kut memo in a Mizo hand lying on a puanchei and
heldout318 the Doul memo in an Assamese hand; the receipt book in this set's bilingual labels, where
heldout319 drew its Mizo boxed fields; CCAvenue's pending checkout over a progress bar, where heldout319 drew
Cashfree's; Vyapar's Payment-In under "Today", where heldout319 drew OkCredit's and heldout318 drew a Vyapar
roll; Razorpay's failed checkout with colons, where heldout319 drew Easebuzz's; iTokri's payout mail, where
heldout319 drew Tribes India's and heldout318 GoCoop's; GoFrugal's torn roll, where heldout319 drew Ginesys';
the wool dealer's invoice with its rectangular PAYMENT RECEIVED stamp; the carpenter's bill in a Gujarati
hand, where heldout319 drew the carpenter's carbon copy in a Mizo hand; Flipkart Wholesale's pending order,
where heldout319 drew Udaan's; the dye dealer's invoice with its payments received striped, where heldout319
drew the yarn dealer's PAYMENT DETAILS ruled; the cotton yarn dealer's WhatsApp Business chat in Gujarati,
near heldout319's lurex dealer's chat in English; Shopify's failed bill in shaded labels, where heldout319
drew Shiprocket's; Shree Maruti Courier's receipt two to a row, near heldout319's Delhivery; the printer's
BUSY invoice under a PAID mark, where heldout319 drew a Tally invoice with its PAID stamp; Baroda Connect's
NEFT against a gutter; the district co-operative bank's application under its Gujarati name, near heldout319's
Mizoram Co-operative Apex Bank's; Kotak's IMPS in process under a spinner; Google Pay's payment to the
carpenter; Paytm's failure in tiles; iris' "Today" in a striped table, where heldout319 drew PhonePe's;
JioFinance's payment with no reference, where heldout319 drew BHIM's; IDBI GO Mobile+'s IMPS in a ruled table;
the wage account in a Gujarati hand, where heldout319 drew the weaver's in a Mizo hand; the Diwali bonus in a
Gujarati hand, where heldout319 drew the Christmas bonus in a Mizo hand and heldout318 the Bihu advance in an
Assamese hand; Canara ai1's pending payment with its stages across the page; greytHR's payslip, where
heldout319 drew Keka's; BHIM's failure in an octagon; PhonePe's chat under "Today", near heldout319's WhatsApp
chat with a forwarded payment; the wage payment voucher in this set's bilingual labels, where heldout319 drew
the salary receipt on dotted lines in Mizo and English; INDIE's payment two to a row, where heldout319 drew
PayZapp's; the municipal corporation's property tax in a ruled table under its Gujarati name, where heldout319
drew Aizawl Municipal Corporation's; the GST portal's receipt two to a row; the Cyber Treasury's challan
pending with colons, where heldout319 drew ESIC's; the Tarnetar fair's stall rent receipt with cash ticked and
no number, where heldout319 drew the Chapchar Kut stall fee receipt with its counterfoil; MCA's failed fee on
hairline rows, where heldout319 drew EPFO's; UMANG's "Today", where heldout319 drew mParivahan's; IP India's
e-receipt in dot leaders; the gram panchayat's house tax receipt in this set's bilingual labels; IFFCO-TOKIO's
premium receipt in a ruled table under its sentence, where heldout319 drew United India's; Tata AIG's mail
with colons, where heldout319 drew Cholamandalam MS'; Star Health's renewal under process left to right, where
heldout319 drew New India's; SBI General's striped receipt, where heldout319 drew Oriental's; Go Digit's SMS
with no reference, where heldout319 drew Universal Sompo's; Bajaj General's failure in tiles, where heldout319
drew ICICI Lombard's; Zurich Kotak's "Today" in an octagon, where heldout319 drew HDFC ERGO's on a scalloped
badge; LIC's contribution receipt; HDFC Bank's slip with its values set right; Paytm's pending card sale,
where heldout319 drew PhonePe Smart POS'; Axis Bank's slip padded to its colons; GSRTC's e-ticket in dot
leaders, where heldout319 drew Air India Express' in a ruled table; State Bank of India's declined slip, where
heldout319 drew Kotak's; Petpooja's bill, where heldout319 drew eZee Optimus'; SBI Card's SMS, where
heldout319 drew Axis Bank's; AU 0101's "Today", where heldout319 drew IDFC FIRST Bank's (and heldout314 AU
0101's failure); PGVCL's receipt in dot leaders under its Gujarati name, where heldout318 drew APDCL's;
Excitel's "Today" in a ruled table, where heldout319 drew Vi's; the water charges receipt in this set's
bilingual labels, where heldout319 drew the P.H.E. book in its Mizo boxed fields; BSNL's pending payment over
a progress bar, where heldout319 drew HP Pay's; the cable card in a Gujarati hand, where heldout319 drew one
in a Mizo hand; Gujarat Gas' mail with colons, where heldout319 drew Airtel Xstream Fiber's; bob World's
failed Bharat BillPay on a tinted band, where heldout319 drew CRED's (and bob World's processing in its worker
pay); Airtel Digital TV's receipt two to a row; Bank of Baroda's SMS in Gujarati in a bubble, where heldout319
drew Mizoram Rural Bank's in Mizo and heldout318 Bandhan Bank's in Assamese; Gujarat Gramin Bank's, Kotak's,
Union Bank of India's and the district co-operative bank's SMS in their own wordings, where heldout319 drew
IDBI Bank's, Axis Bank's, Bank of India's and the Mizoram Co-operative Apex Bank's; HDFC Bank's heads-up
notification over WhatsApp's chats list, near heldout294's over a stock list (heldout319 drew ICICI Bank's on
the lock screen); State Bank of India's mail with no reference, where heldout319 drew IndusInd Bank's; IDFC
FIRST Bank's WhatsApp banking, where heldout319 drew UCO Bank's. This set draws kinds of row and page
heldout318 and heldout319 do not: Gujarati in its own script as a company's, a shop's, a corporation's, a
bank's, a committee's, a panchayat's and a cable network's names, a motto, headings, labels, a buyer's and a
weaver's messages, a supplier's chat, a bank's SMS and a hand (the wage account, the Tarnetar memo, the
carpenter's bill, the Diwali bonus, the cable card); this set's bilingual label (the Gujarati label in bold, a
slash and its English small, a colon at a set place and the value on a dashed line, printed or written); a
Tangaliya motif of raised dana knots as a letterhead's emblem; a Tangaliya border as a divider; a page
photographed lying on a Tangaliya shawl with its fringe over the table's wood; a heads-up notification over a
chats list; and beside them the rows heldout269's to heldout294's sets share.

* ``buyer_upi``: Buyers paying the Dana Ghar or the company by UPI: Paytm for Business on the Ghar's phone
  (the Ghar under the app's bar, a tile's tick, Payment Received over the sum set large, "from <buyer>"; UPI
  Ref. No., Paytm Order ID, Date & Time and Paid via against a gutter); Amazon Pay (a scalloped badge, Payment
  successful, the sum, "to <payee>"; a copyable UPI transaction ID; each value over its label: Paid on, Paid
  from); slice's payment processing (the sum, "to <payee>", its stages left to right, a notice; UPI Ref No and
  Started in tiles; From at the left and the right); PhonePe set in Gujarati (a large round tick, "ચુકવણી સફળ"
  (payment successful), the hour and the day, "પ્રાપ્તકર્તા" (recipient) over the payee and the sum;
  "વ્યવહારની વિગતો" (transaction details) with UPI સંદર્ભ નં. (UPI Ref No.), તારીખ / Date and ખાતામાંથી / From
  in this set's bilingual labels); Airtel Payments Bank's payment with no reference (an octagon's tick, Money
  sent, the sum, "to <payee>", "on <day>, <hour>"; Paid from and Cashback at the left and the right); a
  WhatsApp payment in the chat with the Ghar under "Today" (the Ghar on top, the payment's card: the sum,
  "Payment to <payee>", Completed; UPI transaction ID and From at the left and the right; no day); Bajaj
  Finserv's failure under a red ribbon (the sum, "to <payee>", the reason in a notice; Transaction ID, Date,
  Reason and Account in a table ruled on every side); Indian Bank's IndOASIS (Transaction Successful on a
  tinted band; Payee, Amount, UPI Ref. No., Date and Remarks in dot leaders in a rounded card). All new here.

* ``buyer_advices``: Payers' advices of what they paid the company: Gurjari's PAYMENT ADVICE under the
  corporation's Gujarati name (Advice No. and Payment date :; Payee :; Bill No. | Bill Date | Bill Amount |
  TDS (GST) 2% | Net Paid in a table ruled on every side with its Total; "Paid by NEFT vide UTR ... on
  <day>."); Fabindia's remittance advice mail (Supplier :, Payment Number :, Payment Date :, Payment Method :
  and UTR Reference : with colons; Invoice Num | Invoice Date | Amount Paid on hairline rows with its Total);
  ICICI Bank's CIB with an Ahmedabad design studio's RTGS pending approval (a capsule; Created by maker,
  Pending with checker and Sent to RTGS top to bottom; Transaction Ref No, Beneficiary, Amount, Value Date and
  Payment Mode against a gutter; a notice); a buyer's WhatsApp message in Gujarati under "Today" ("નમસ્તે બેન,
  <n> ટાંગલિયા શાલના ₹x / આજે NEFT થી / <payee> ના ખાતામાં / મોકલ્યા છે. / UTR ..." (hello sister, the price
  of <n> Tangaliya shawls, ₹x, today by NEFT to <payee>'s account have been sent); the Ghar's reply "મળી ગયા,
  આભાર! કાલે પાર્સલ મોકલીશું." (received, thank you! we will send the parcel tomorrow); no day); HDFC Bank's
  ENet with a hotel company's NEFT returned (NEFT RETURNED on a tinted band, the reason in a notice;
  Transaction Ref No, Beneficiary, Amount, Value Date, Payment Type and Return Reason in shaded labels); an
  Ahmedabad boutique's PAYMENT MADE from Zoho Books (Payment#, Payment Date, Reference Number, Paid To,
  Payment Mode and Paid Through at the left and the right; Amount Paid on a tinted panel; the bills on
  hairline rows); a school trust's letter under its Gujarati name with no reference ("... Rs. x/- ... has been
  transferred to your account with Bank of Baroda by NEFT on <day>."); NID's E-PAYMENT ADVICE (Vendor Code :
  and Vendor :; Invoice No. | Inv. Date | Taxable | GST 5% | TDS 2% | Net in a table ruled on every side; Net
  amount paid :, Mode :, UTR No. : and Date of credit : with colons). All new here.

* ``export_wires``: Buyers abroad paying the company for its Tangaliya: Bank of America's CashPro with a wire
  completed in US dollars, the day month first (Status, Payment ID, Beneficiary, Beneficiary bank, Amount,
  Value date and Charges in a striped table); Monzo Business' international transfer in pounds under "Today,
  <hour>" (a tile's tick, Sent, the sum, "to <payee>"; a copyable Transfer ID; Reference, Fee and From; no
  day); ANZ Transactive's international payment receipt in New Zealand dollars (Status:, Payment reference:,
  Beneficiary:, Beneficiary bank:, Amount:, Payment date: and Charges: with colons); SMBC Valuedoor's
  remittance in yen under review (a capsule; Submitted, Under review and Sent across the page; Remittance No.,
  Beneficiary, Amount, Value date and Charges in a table ruled on every side; a notice); ABN AMRO's payment
  executed in euros the Dutch way (Betaling uitgevoerd / Payment executed; Begunstigde / Beneficiary, Bedrag /
  Amount, Uitvoerdatum / Execution date, Referentie / Reference and Kosten / Charges on hairline rows);
  Emirates NBD's transfer in dirhams rejected under a red ribbon (the reason in a notice; Transaction
  reference and Date, Amount and Charges in tiles; Reason); Scotiabank's transfer in Canadian dollars in a
  sentence with no reference ("Your international money transfer of <sum> to <payee> was sent on <day>."; From
  account and Fee); Danske Bank's foreign transfer in Danish kroner the Danish way (Status, Modtager,
  Modtagers bank, Beløb, Dato, Reference and Omkostninger in Danish alone in a table ruled on every side). All
  new here.

* ``own_receipts``: The company's own papers, its Dana Ghar or itself on top: the Ghar's TAX INVOICE under a
  Tangaliya motif, the company's Gujarati name, the Ghar's name, its motto and a Tangaliya border (Invoice No.
  and Date, Bill to and Place of Supply; Sr | Item | HSN | Qty | Rate | Amount in a striped table; Taxable
  value, CGST 2.5% and SGST 2.5% in dot leaders, the Invoice Total under a rule and a double rule; "Received
  by UPI, Ref No. ..."; the round seal; "આભાર! ફરી પધારજો." (thank you, come again)); the Tarnetar stall's
  MEMO in the fair's days lying on a Tangaliya shawl (the Ghar's Gujarati name over its English; તારીખ / Date
  and ગ્રાહક / Buyer written in; the cloth written in a Gujarati hand with its sums at the right, "કુલ"
  (total); "રોકડા મળ્યા" (received in cash); no reference); the company's receipt book, "પહોંચ / RECEIPT" (No.
  struck in red; તારીખ / Date, નામ / Received from, રકમ / Amount, વિગત / Towards, રીત / Mode and UPI સંદર્ભ /
  UPI Ref written in; the sum in words; the round seal; "સ્વીકારનાર / Receiver"); CCAvenue's checkout pending
  over a progress bar (the Ghar on top, Transaction pending, the sum, a notice; Order No., CCAvenue Reference
  No., Payment mode and Initiated on in dot leaders); Vyapar's Payment-In under "Today, <hour>" (the Ghar
  under the app's bar, the party's initials, Received on a tinted panel; each value over its label: Receipt
  No., Payment type, Reference no.; no day); Razorpay's checkout failed under a large round cross (Payment ID
  :, Order ID :, Method : and Attempted on : with colons); iTokri's payout mail (Seller, Payout ID, Orders,
  Gross sales, Commission + GST, Net payout, Mode, UTR and Payout date in a table ruled on every side); the
  Ghar's GoFrugal roll, torn off (BILL NO and DATE; the cloth, SUB TOTAL, CGST 2.5%, SGST 2.5% and NET AMT
  typed; PAID BY : UPI and its UPI RRN). All new here.

* ``supplier_invoices``: The company's suppliers, each on top of its own paper: a Panipat wool yarn dealer's
  TAX INVOICE (Invoice No. and its earlier Date; Description | HSN | Kg | Rate | Amount in a table ruled on
  every side; IGST 5% and Grand Total; "Recd. by NEFT, UTR ... on <day>" typed and the rectangular PAYMENT
  RECEIVED stamp with the day across it); a Wadhwan carpenter's bill in a Gujarati hand (his Gujarati name
  over its English, "સુથારી કામ" (carpentry); તારીખ / Date and શ્રી / To written in; the loom parts with their
  sums, "કુલ" (total); "રોકડા મળ્યા" (received in cash); his signature over "સહી" (signature); no reference);
  Flipkart Wholesale's pending order (a capsule, a notice; each value over its label: Order ID, Sold by, Order
  total, Payment, Ordered on); a Kalupur dye dealer's TAX INVOICE (Invoice No. and its earlier Date; the dyes
  on hairline rows; CGST 9%, SGST 9%, Total; Payments received (Date | Mode | Reference | Amount) in a striped
  table; Balance due 0.00); an Ahmedabad cotton yarn agency's WhatsApp Business chat under "Today" (the agency
  on top; the company's message "સુતરના ઓર્ડરના ₹x / UPI થી મોકલ્યા છે. / Ref ..." (₹x for the cotton yarn
  order sent by UPI) and the agency's reply "મળી ગયા, આભાર. આજે જ માલ રવાના કરીએ છીએ." (received, thank you;
  we dispatch the goods today); no day); Shopify's bill failed (Payment failed on a tinted band, a notice;
  Bill, Transaction ID, Amount (incl. GST 18%), Card and Attempted on in shaded labels); Shree Maruti
  Courier's Booking Receipt (Docket No. and Booking date, From and To, Weight and Amount paid, Paid by and UPI
  Ref two to a row); a Surendranagar printer's BUSY TAX INVOICE under a PAID mark (Invoice No. and its earlier
  Dated; Particulars | SAC | Qty | Rate | Amount in a table ruled on every side; CGST 9%, SGST 9% and Total;
  "Received with thanks Rs. x by UPI, Ref ..., on <day>."). All new here.

* ``vendor_transfers``: The company paying its suppliers: Baroda Connect's NEFT to the wool dealer
  (Transaction successful on a tinted band; Beneficiary, Amount, UTR No., Transfer date, Debit account and
  Mode against a gutter); the Surendranagar District Central Co-operative Bank's NEFT / RTGS application under
  its Gujarati name (NEFT ticked; તારીખ / Date, રકમ રૂ. / Amount and મોકલનાર / Remitter written in; the
  beneficiary, account and IFSC written a letter to a box; "Sent, UTR ..." written by its clerk over its
  rectangular stamp with its day); Kotak's IMPS to the printer in process (a spinner, the sum, "to <payee>", a
  notice; IMPS Ref No., Beneficiary A/c, Initiated on and Debit A/c in dot leaders); Google Pay's payment to
  the carpenter (his initials, "Paid to <payee>", the sum, Completed over the day; UPI transaction ID, To and
  From each label over its value); Paytm's payment to the cotton yarn agency failed under a tile's cross
  (Paytm Order ID and Date, From and Reason in tiles); iris by YES BANK's payment to a tailor under "Today,
  <hour>" (UPI Ref No., Paid from and Note in a striped table; no day); JioFinance's payment to a fringe
  twister with no reference (Money sent, the sum, "Sent to" over the payee, "on <day> at <hour>"; From); IDBI
  Bank's GO Mobile+ IMPS to a Rajkot loom maker (IMPS Successful; Beneficiary, Amount, IMPS Ref No., Date and
  Remarks in a table ruled on every side). All new here.

* ``worker_pay``: The company paying its weavers (its members, paid by the piece) and its staff: a weaver's
  wage account, "વણાટ મજૂરી હિસાબ" (account of weaving wages) over WEAVING WAGES (નામ / Weaver and માસ / Month
  written in; the pieces written in a Gujarati hand with their counts, rates and sums, "કુલ" (total); "UPI થી
  ચૂકવ્યા, Ref ..." (paid by UPI) and "તા. <day>" (dated) written under it); a weaver's Diwali bonus in a
  Gujarati hand under "દિવાળી બોનસ" ("દિવાળી બોનસ પેટે રૂ. x/- / રોકડા મળ્યા છે." (Rs. x/- toward the Diwali
  bonus received in cash) and "તા. <day>"; her signature and her name written under it; સાક્ષી (witness): the
  accountant; no reference); Canara ai1's payment to a weaver pending (the sum, "to <weaver>", its stages
  across the page, a notice; UPI Ref No., Initiated and From); greytHR's payslip for the Ghar's sales
  assistant (Employee Name, Employee No., Designation and Pay Period in shaded labels; Earnings | Amount |
  Deductions | Amount in a table ruled on every side; Net Pay in a box and its words; "Paid by NEFT on <day>,
  UTR ..." in a notice); BHIM's payment to a weaver failed in an octagon (Transaction ID, Date, Reason and
  From in shaded labels); PhonePe's chat with a weaver under "Today" (the weaver on top; the payment's card:
  Paid, the sum, Transaction ID, Debited from; her reply "મળી ગયા, આભાર બેન. નવી શાલ શરૂ કરું છું." (received,
  thank you; I am starting a new shawl); no day); the WAGE PAYMENT VOUCHER, "મજૂરી ચૂકવણી વાઉચર" (Voucher No.
  struck in red; તારીખ / Date, નામ / Paid to, વિગત / Towards, રકમ / Amount, રીત / Mode and UPI સંદર્ભ / UPI
  Ref written in; the sum in words; "મેળવનારની સહી / Receiver's signature"); IndusInd Bank's INDIE (a tile's
  tick, Payment successful, the sum, "to <weaver>"; UPI Ref No. and Date, From and Note two to a row). All new
  here.

* ``govt_fees``: The company's fees, taxes and dues, the authority paid as printed: Surendranagar Municipal
  Corporation's property tax e-receipt under its Gujarati name (Receipt No., Tenement No., Owner / Occupier,
  Financial Year, Amount Paid, Payment Mode, Bank Ref No., Payment Date and Status in a table ruled on every
  side); the GST portal's payment receipt (Payment Successful; CPIN and Date of deposit, BRN and Bank, Amount
  and Mode two to a row); the Gujarat Labour Welfare Board's contribution through the Cyber Treasury pending
  at the bank (a capsule; GRN :, Board :, Period :, Amount :, Bank : and Initiated on : with colons; a
  notice); the Tarnetar fair committee's stall rent receipt in the week before the fair under its Gujarati
  name (નામ / Name, સ્ટોલ નં. / Stall No., રકમ રૂ. / Amount and તારીખ / Date written in; Cash ticked; its oval
  stamp; no number, no reference); the Ministry of Corporate Affairs' fee failed under a large round cross
  (SRN, Form, Company, Amount, Payment mode, Transaction ID and Attempted on on hairline rows); UMANG with the
  India Handloom Brand registration fee under "Today, <hour>" (the Office of the Development Commissioner
  (Handlooms) under the app's bar, a scalloped badge, the sum; a copyable Transaction ID; Application No. and
  Paid via; no day); IP India's e-Receipt for a trade mark application (CBR No., Date, Application No., Class,
  Fee, Payment mode and Bank Ref. No. in dot leaders; "Fee received. Thank you."); Dedadara gram panchayat's
  house tax receipt, "ઘરવેરા પહોંચ" (પહોંચ નં. / Receipt No., તારીખ / Date, મિલકત નં. / Property No., ભરનાર /
  Paid by, રકમ / Amount, રીત / Mode and UPI સંદર્ભ / UPI Ref printed; the talati's signature). All new here.

* ``insurer_receipts``: The company's premiums, the insurer on top, under its app's bar or signing its
  message: IFFCO-TOKIO's PREMIUM RECEIPT for the Ghar's shopkeeper's policy ("Received with thanks from ... a
  sum of Rs. x by UPI ..."; Receipt No., Receipt Date, Policy No., Product, Net Premium, CGST 9%, SGST 9%,
  Total Premium and UPI Ref. No. in a table ruled on every side); Tata AIG's mail of the shed's fire policy
  issued (Policy No.:, Risk location:, Premium (incl. GST):, Payment ID:, Mode: and Payment date:); Star
  Health's renewal under process (Paid, Verifying and Renewed left to right; Proposal No., Transaction ID,
  Paid via and Initiated on; a notice); SBI General's receipt for the weavers' group personal accident cover
  in a striped table; Go Digit's SMS with no reference ("Hi, we have received Rs.x towards your Digit policy
  D... on <dd/mm/yyyy> via UPI. Stay safe! - Go Digit General Insurance"); Bajaj General's motor renewal
  failed by card under a large round cross (Policy No. and Transaction ID, Card and Attempted on in tiles);
  Zurich Kotak's two-wheeler cover renewed under "Today, <hour>" (an octagon's tick; a copyable Payment ID;
  Policy No. and Paid via; no day); LIC's contribution receipt for the staff's group gratuity scheme (Receipt
  No. :, Scheme :, Master Policy No. :, Contribution :, Mode :, UTR : and Date :; "Received with thanks from
  ..."). All new here.

* ``card_slips``: Cards on the Dana Ghar's and the Tarnetar stall's terminals and the company's cards
  elsewhere: HDFC Bank's SALE slip at the Ghar, its values set to the line's right end (DATE, TIME, MID, TID,
  BATCH NO, INVOICE NO, the card, APPR CODE, RRN and AMOUNT; APPROVED); Paytm's card machine at the Tarnetar
  stall in the fair's days with the sale pending (DATE, TIME, TID, ORDER ID, CARD, AMOUNT; STATUS : PENDING,
  DO NOT RETRY); Axis Bank's slip at an Ahmedabad wool shop padded to its colons (DATE, TIME, TID, BATCH,
  INVOICE, CARD, EXP, AUTH, RRN, AMOUNT; APPROVED, PIN VERIFIED); GSRTC's e-ticket (Booking confirmed; PNR and
  the route, Journey date and Passengers; Fare, Reservation charge, Total paid, Payment mode, Bank reference
  no. and Booking date in dot leaders); State Bank of India's slip at a Wadhwan stationery shop DECLINED (05
  DO NOT HONOUR); a Rajkot restaurant's Petpooja bill settled by card (Bill No., Table, Date; the Kathiyawadi
  dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Paid: CARD" and its Approval Code); SBI Card's SMS
  with no reference ("Rs.x spent on your SBI Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. ..."); AU
  0101's card spend at a fuel station under "Today, <hour>" (the merchant over its town, the sum, Successful
  in a capsule; Card, Transaction ID and Category in a striped table; no day). All new here.

* ``utility_bills``: The shed's and the Ghar's bills: PGVCL's online payment receipt under its Gujarati name
  (Payment Successful; Consumer No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID,
  Payment Date and Mode in dot leaders); Excitel's broadband renewed under "Today, <hour>" (the company under
  the app's bar, a large round tick; Plan, Transaction ID and Paid via in a table ruled on every side; no
  day); the municipal corporation's water charges receipt, "પાણી વેરા પહોંચ" (No. struck in red; કનેક્શન નં. /
  Connection No., નામ / Name, સમયગાળો / Period, રકમ / Amount and તારીખ / Date written in; Cash ticked; its
  oval stamp); BSNL's fibre bill pending over a progress bar (Account No., Order ID, Payment mode and
  Initiated on against a gutter); a cable network's card in a Gujarati hand (its Gujarati name over its
  English; ગ્રાહક / Customer written in; the rent and the set-top box with their sums, "કુલ" (total); "રોકડા
  મળ્યા" and "તા. <day>"; no reference); Gujarat Gas' payment receipt mail (BP No. :, Receipt No. :, Amount :,
  Payment mode :, Transaction ID : and Payment date : with colons); bob World's Bharat BillPay payment to
  PGVCL failed (Payment Failed on a tinted band, the biller, the sum, a notice; Transaction ref., Consumer
  no., Paid from and Attempted on); Airtel Digital TV's recharge receipt (Customer ID and Date, Pack and
  Amount, Payment mode and Transaction ID two to a row). All new here.

* ``bank_alerts``: The banks' alerts of the company's payments: Bank of Baroda's SMS in Gujarati in a bubble
  of the phone's messages thread under its day divider ("પ્રિય ગ્રાહક, આપના ખાતા XX1234 માંથી / તા.
  <dd-mm-yyyy> ના રોજ UPI દ્વારા રૂ.x / <PAYEE> ને ચૂકવવામાં આવ્યા છે. / સંદર્ભ નં. ... -બેંક ઓફ બરોડા" (dear
  customer, from your account XX1234 on <day> by UPI Rs. x has been paid to <PAYEE>; reference no. ...));
  Gujarat Gramin Bank's SMS ("Dear Customer, INR x debited from A/c XX1234 on <dd-mm-yyyy> for NEFT to
  <PAYEE>. UTR ... -Gujarat Gramin Bank"); Kotak's SMS of an IMPS that failed ("Your IMPS transfer of Rs.x to
  <PAYEE> from Kotak Bank a/c XX1234 on <dd/mm/yy> has failed. Amount, if debited, will be reversed. Ref No
  ... - Kotak Bank"); HDFC Bank's heads-up notification over WhatsApp's chats list ("HDFC Bank • now"; "Rs.x
  debited from A/c **1234 to <PAYEE> via UPI. UPI Ref ...."; no day); Union Bank of India's SMS ("A/c *1234
  Debited for Rs:x on <dd-mm-yyyy> by Mob Bk ref no ... to <PAYEE> via UPI. Avl Bal Rs:y. ..."); the district
  co-operative bank's SMS ("Dear Member, NEFT of Rs.x to <PAYEE> from A/c XX1234 on <dd.mm.yyyy> is pending
  for settlement. UTR .... -SDCC Bank"); State Bank of India's mail with no reference ("Your A/c XX1234 has
  been debited by Rs. x on <dd-Mon-yy> towards RTGS to <PAYEE>."); IDFC FIRST Bank's WhatsApp banking message
  ("Hi! Rs. x has been sent from your IDFC FIRST Bank A/c XX1234 to <PAYEE> via IMPS on <dd/mm/yyyy>. IMPS
  Ref: .... Team IDFC FIRST Bank"). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Gujarati is set in Noto Sans Gujarati
(Noto Serif Gujarati for a hand) shaped by Raqm, its Latin runs and figures in the page's own face, a Gujarati
hand's Latin figures in an upright Liberation Serif, sheared as the hand leans; a pen's italic or oblique
(``heldout320_families.PENS``) and a fixed-width face of the page's own (``heldout320_families.TYPES``).
Gujarati on the papers: the company's name (દેદાદરા ટાંગલિયા મહિલા વણકર ઉત્પાદક કંપની લિ.) and the Ghar's
(ટાંગલિયા દાણા ઘર), the corporation's, a bank's, a committee's, a panchayat's and a cable network's names, the
motto, headings (પહોંચ, receipt; વણાટ મજૂરી હિસાબ, account of weaving wages; દિવાળી બોનસ, Diwali bonus; મજૂરી
ચૂકવણી વાઉચર, wage payment voucher; ઘરવેરા પહોંચ, house tax receipt; પાણી વેરા પહોંચ, water charges receipt),
labels (તારીખ, date; નામ, name; રકમ, amount; વિગત, particulars, towards; રીત, mode; સંદર્ભ, reference; માસ,
month; ગ્રાહક, customer, buyer; મોકલનાર, remitter; ભરનાર, payer; સ્ટોલ નં., stall no.; કનેક્શન નં., connection
no.; સમયગાળો, period; મિલકત નં., property no.; શ્રી, to (Shri); સહી, signature; સાક્ષી, witness; સ્વીકારનાર,
receiver; મેળવનારની સહી, receiver's signature), a hand's words (કુલ, total; રોકડા મળ્યા, received in cash; UPI
થી ચૂકવ્યા, paid by UPI; તા., dated; પેટે, toward), a bank's SMS (આપના ખાતા ... માંથી, from your account; ના
રોજ, on the day; દ્વારા, by; <PAYEE> ને, to <PAYEE>; ચૂકવવામાં આવ્યા છે, has been paid; સંદર્ભ નં., reference
no.) and messages (આજે, today; <payee> ના ખાતામાં, to <payee>'s account; મોકલ્યા છે, have been sent; મળી ગયા,
received). The Tarnetar memo and the stall's card sale are drawn in the fair's days at Than (14 to 16
September 2026, Bhadarvo sud 4 to 6), as are a share of the Ghar's Paytm receipts; its stall rent is paid in
the week before; the Diwali bonus in the nine days before Diwali (30 October to 7 November 2026); the other
days anywhere in 2026. GST is 5% on the company's woven cloth (handloom fabric of wool and cotton, and the
made-ups within Rs. 2,500 a piece; CGST 2.5% and SGST 2.5% to a Gujarat buyer), 5% on the wool yarn (IGST from
Haryana), 18% on the dyes and the printing (CGST 9% and SGST 9%) and on the general insurance premiums (inside
the sum where the page says so), 5% on the restaurant's food; the weavers' wages, the hand-written bills and
the cable card carry none; Gurjari and NID keep TDS under GST of 2%.

Truth conventions (heldout319's, heldout318's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "to" on Amazon Pay, slice, Airtel Payments Bank, Bajaj Finserv; the name under PhonePe's Gujarati
  "પ્રાપ્તકર્તા" (recipient); the name after "Payment to" on the WhatsApp payment's card; IndOASIS' Payee; the
  Ghar, the company, the company as a bank's field cuts it (DEDADARA TANGALIYA MAHILA) or its short name;
  never the app, the payer, a UPI ID or the initials in a badge. *settled* (heldout268 to heldout319): a
  receiving business's own app pays the business named under the app, here the Ghar under Paytm for Business'
  and Vyapar's bars (never Paytm, Vyapar, "from <buyer>" or the party). *settled* (heldout167 to heldout319):
  a payer's advice pays the one it pays, never the payer on top: Gurjari's Payee :, Fabindia's Supplier :,
  ICICI Bank's and HDFC Bank's Beneficiary, the boutique's Paid To, the company after the school letter's "To,
  The Chief Executive," (never the trust), NID's Vendor :, and the payee in the buyer's WhatsApp message;
  *settled* (new here) the name before Gujarati's "ના ખાતામાં" (to the account of) in "<payee> ના ખાતામાં /
  મોકલ્યા છે" is the payee, never the buyer on top who sends it, because Gujarati puts the one whose account
  is paid before its "ના" (of) as heldout319's Mizo puts it before its "account-ah". *settled* (heldout289,
  heldout318 and heldout319): the company's, the Ghar's, a corporation's, a bank's, a committee's, a
  panchayat's and a cable network's Gujarati names over their English are the names' lines in the region's
  language and never the merchant; the English line under it is (SURENDRANAGAR MUNICIPAL CORPORATION, TARNETAR
  MELA SAMITI, THAN, GRAM PANCHAYAT, DEDADARA, SHREE SAI CABLE NETWORK, HASMUKHBHAI MISTRY, Paschim Gujarat
  Vij Company Ltd.). *settled* (heldout155 to heldout319): an inward wire pays the company, here Bank of
  America's Beneficiary, the name after "to" on Monzo, Emirates NBD and in Scotiabank's sentence, ANZ's
  Beneficiary:, SMBC's Beneficiary, ABN AMRO's Begunstigde / Beneficiary and Danske Bank's Modtager (*settled*
  (new here) the Dutch label read as the English after its slash, and the Danish label alone read as its
  English, Modtager the recipient, as heldout319's Zürcher Kantonalbank's German and English and Commerzbank's
  German alone). *settled* (heldout175 to heldout319): the company's own paper pays its Ghar or itself on top,
  here TANGALIYA DANA GHAR on its tax invoice, its roll and its Tarnetar memo (never its Gujarati name, "A
  unit of" or its Bill to or ગ્રાહક / Buyer), the company on top of its receipt book (never its નામ / Received
  from), the Ghar on top of CCAvenue's and Razorpay's checkouts and as iTokri's Seller (never the gateway or
  the marketplace). *settled* (heldout187 to heldout319): a supplier's name on top of its own paper, here
  SHREE BALAJI WOOL TRADERS, HASMUKHBHAI MISTRY (never his શ્રી / To written in), Flipkart Wholesale's Sold by
  (never Flipkart), KRISHNA DYE CHEM, the cotton yarn agency on top of its WhatsApp Business chat (never the
  company's message), Shopify, Shree Maruti Courier on top of its receipt, NAVKAR OFFSET PRINTERS (never its
  PAID mark). *settled* (heldout179 to heldout319): a banking page pays the payee, here Baroda Connect's
  Beneficiary, the Beneficiary written a letter to a box on the co-operative bank's application (never its
  મોકલનાર / Remitter), the name after "to" on Kotak, Paytm and iris, the name after Google Pay's "Paid to",
  the name under JioFinance's "Sent to", IDBI Bank's Beneficiary. *settled* (heldout150 to heldout319): a pay
  slip pays the worker, here the નામ / Weaver written on the wage account, the name written under the Diwali
  bonus' signature (never the company or its સાક્ષી / witness), the name after "to" on Canara ai1, BHIM and
  INDIE, greytHR's Employee Name, the weaver on top of PhonePe's chat, the નામ / Paid to written on the
  voucher. A person paid is named as the page prints her or him: a bank, an app and a payslip print the name
  alone (SAVITABEN DANGASIA, Payal Makwana), a hand writes it as she signs it; the truth is the page's.
  *settled* (heldout153 to heldout319): a fee page pays the authority as printed, here SURENDRANAGAR MUNICIPAL
  CORPORATION (twice: its property tax and its water charges), Goods and Services Tax (*settled* heldout315's
  GST portal), the Gujarat Labour Welfare Board as the Cyber Treasury's Board : (never the Cyber Treasury or
  the Directorate of Accounts & Treasuries), TARNETAR MELA SAMITI, THAN (never the stall's નામ / Name), the
  Ministry of Corporate Affairs, the Office of the Development Commissioner (Handlooms) under UMANG's bar
  (never UMANG), the Controller General's office on top of IP India's receipt, GRAM PANCHAYAT, DEDADARA.
  *settled* (heldout199 to heldout319): an insurer's receipt pays the insurer on top, under its app's bar
  (Star Health, Zurich Kotak) or signing its message (Go Digit General Insurance). A slip's counter name line
  as printed (TANGALIYA DANA GHAR, TANGALIYA DANA GHAR - TARNETAR MELA or its first part, AMBICA WOOL CENTRE,
  SHREE KRISHNA STATIONERS), never the terminal's bank or brand over it (HDFC BANK, Paytm, AXIS BANK, STATE
  BANK OF INDIA); GSRTC on top of its e-ticket (the carrier); the restaurant on top of its bill (never
  Petpooja); the name after "at" in SBI Card's SMS (*settled* heldout299 to heldout319's card SMS); AU 0101's
  merchant line over its town. A utility's biller: PGVCL's English name, Excitel Broadband under the app's bar
  (never Excitel the app), the municipal corporation on the water receipt, Bharat Sanchar Nigam Ltd., the
  cable network on top of its card, Gujarat Gas Ltd., the biller on bob World's page (never bob World or
  Bharat BillPay), Airtel Digital TV (never Bharti Telemedia Ltd. under it). An SMS, mail, notification or
  WhatsApp banking message's payee as the bank sends it (*settled*, the truncated name as printed): Gujarat
  Gramin Bank's "for NEFT to <PAYEE>. UTR", Kotak's "to <PAYEE> from Kotak Bank", HDFC Bank's "to <PAYEE> via
  UPI", Union Bank's "to <PAYEE> via UPI", the co-operative bank's "to <PAYEE> from A/c", State Bank of
  India's "towards RTGS to <PAYEE>", IDFC FIRST Bank's "to <PAYEE> via IMPS"; *settled* (new here) Bank of
  Baroda's Gujarati SMS pays the name before its "ને" (to): "<PAYEE> ને ચૂકવવામાં આવ્યા છે" (has been paid to
  <PAYEE>), because Gujarati puts the one paid before its "ને" as Hindi puts it before its "को" (*settled*
  heldout277's and heldout315's Hindi SMS); *settled* (heldout294's heads-up banner and heldout312's lock
  screen) HDFC Bank's heads-up notification reads as the SMS it sends, the app dimmed under it carrying no
  fact.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Paytm for Business' sum
  set large, the sum on the WhatsApp payment's card. *settled* (heldout152 to heldout319): a payer's advice
  counts its net sum, here Gurjari's Total of its Net Paid (never a Bill Amount or TDS (GST) 2%), Fabindia's
  Total, ICICI Bank's and HDFC Bank's Amount, the boutique's Amount Paid on its panel, the Rs. x/- in the
  school letter's sentence, NID's Net amount paid (its table's Total the same; never a Taxable, GST 5% or TDS
  2%), the sum in the buyer's Gujarati message. *settled* (heldout155 to heldout319): an inward wire's foreign
  sum: US dollars (USD or $), pounds (GBP or the pound's sign), New Zealand dollars (NZD or NZ$, *settled*
  heldout215, heldout311 and heldout314), yen whole (JPY 410,000 or ¥410,000 is 410000.00), euros the Dutch
  way (€ 6.196,19 or EUR 6.196,19 is 6196.19, as heldout311's Italian and heldout319's German way), dirhams
  with AED before or after (*settled* heldout205, heldout209 and heldout311), Canadian dollars (CAD or C$,
  *settled* heldout239, heldout271 and heldout311), Danish kroner the Danish way (DKK 39.542,68 or 39.542,68
  kr. is 39542.68, *settled* heldout245 and heldout318); never Charges, a Fee or an exchange rate. *settled*
  (heldout175 to heldout319): a receipt counts the sum received, here the tax invoice's Invoice Total (its
  words the same; never the Taxable value, CGST 2.5% or SGST 2.5% or a line's Amount), the Tarnetar memo's
  "કુલ" written at its line's end, the receipt book's રકમ / Amount, CCAvenue's and Razorpay's sums, Vyapar's
  Received on its panel, iTokri's Net payout (never Gross sales or Commission + GST), the roll's NET AMT.
  *settled* (new here): a Gujarati account's "કુલ" (total) written at the foot of its hand-written lines is
  the sum paid, never a line's figure or its count and rate, because it is the word a Gujarati hand writes
  where an English one writes Total (as heldout315's Hindi "कुल" and heldout319's Mizo "Belhkhawm"). A whole
  sum closed with /- is that sum in whole rupees (*settled* heldout259). *settled* (heldout187 to heldout319):
  a supplier's paper counts the sum paid, here the wool dealer's Grand Total (never IGST 5% or a line), the
  carpenter's "કુલ", Flipkart Wholesale's Order total, the dye dealer's Total (its Payments received Amount
  the same; never CGST 9% or SGST 9%), the ₹x in the company's message to the cotton yarn agency, Shopify's
  Amount (incl. GST 18%), Shree Maruti's Amount paid, the printer's Total (its sentence's Rs. x the same). A
  banking page's sum (the રકમ રૂ. / Amount written on the co-operative bank's application). *settled*
  (heldout167 to heldout319): a pay slip's net sum, here the wage account's "કુલ" (never a line's figure), the
  Rs. x/- written in the Diwali bonus' sentence, greytHR's Net Pay in its box (never Gross, an earning or a
  deduction), the sums on Canara ai1, BHIM, INDIE and PhonePe's card, the voucher's રકમ / Amount. A fee page's
  Amount Paid, Amount, Fee, the stall rent's રકમ રૂ. written in, the house tax' રકમ. An insurer's premium with
  its GST where it carries one (*settled*), here IFFCO-TOKIO's Total Premium (its sentence's sum the same;
  never its Net Premium, CGST 9% or SGST 9%), Tata AIG's Premium (incl. GST), SBI General's Premium (incl. GST
  18%), LIC's Contribution, the sums on Star Health, Bajaj General and Zurich Kotak, the Rs.x in Go Digit's
  SMS. A slip's AMOUNT and AMT, GSRTC's Total paid (never its Fare or Reservation charge), the restaurant's
  Grand Total, the Rs.x in SBI Card's SMS, AU 0101's sum large. A utility's Amount Paid, Amount, the sums
  large, the water receipt's રકમ, the cable card's "કુલ" (never the rent's or the box's line alone). An
  alert's sum debited, sent, failed or pending as worded (grouped the Indian or the English way or not at
  all), the રૂ.x in Bank of Baroda's Gujarati SMS. Currency INR but on the wires.

* status: as printed. Paytm for Business' Payment Received, Amazon Pay's Payment successful, PhonePe's
  Gujarati "ચુકવણી સફળ" (payment successful, *settled* heldout318's BHIM set in Assamese), Airtel Payments
  Bank's Money sent, the WhatsApp card's Completed, IndOASIS' Transaction Successful successes; slice's
  Payment processing pending; Bajaj Finserv's Payment failed failed. A payer's own record of the payment made
  (*settled*, as heldout295's to heldout319's remittances and vouchers): Gurjari's "Paid by NEFT vide UTR",
  Fabindia's Payment Method with its UTR Reference, the boutique's Payment Made with its Reference Number,
  NID's Mode with its UTR successes; *settled* (new here) the buyer's Gujarati "મોકલ્યા છે" (have been sent) a
  success, because it is the payer's word that the money went, as heldout319's Mizo "ka thawn e" (*settled*
  heldout286 to heldout319's chats and messages); the school letter's "has been transferred" a success
  (*settled* heldout304 to heldout319's letters); ICICI Bank's Pending for approval pending (*settled*
  heldout305 to heldout319: a transfer not yet sent is a wait); HDFC Bank's NEFT RETURNED failed. A wire's
  Completed, Monzo's Sent, ANZ's Processed, ABN AMRO's Betaling uitgevoerd / Payment executed, Scotiabank's
  Sent successes; *settled* (new here) Danske Bank's Status Gennemført (Danish for completed) a success, the
  Danish alone read as its English as Commerzbank's ausgeführt; SMBC's Under review pending (*settled*: a wire
  not yet sent is a wait); Emirates NBD's Transfer rejected failed. A receipt's "Received by UPI, Ref No. ..."
  under the tax invoice, the receipt book's રીત / Mode UPI written with its UPI Ref, Vyapar's Payment-In
  (*settled* heldout303 to heldout319's ledger apps), iTokri's payout processed, the roll's PAID BY : UPI with
  its UPI RRN successes; *settled* (new here) a Gujarati hand's "રોકડા મળ્યા" (received in cash) a success
  paid in cash, on the Tarnetar memo, the carpenter's bill, the Diwali bonus ("રોકડા મળ્યા છે", has been
  received in cash) and the cable card, because "મળ્યા" (received) is the receiver's own word that the money
  came and "રોકડા" names cash as the way it came (as heldout319's Mizo "Cash-in ka dawng e" and heldout303 to
  heldout319's hands); CCAvenue's Transaction pending pending; Razorpay's Payment failed failed. A supplier's
  paper: the wool dealer's "Recd. by NEFT, UTR ... on <day>" under its PAYMENT RECEIVED stamp, the dye
  dealer's Payments received row with Balance due 0.00 (*settled* heldout319's yarn dealer's PAYMENT DETAILS),
  the cotton yarn agency's "મળી ગયા" (received) answering the company's "UPI થી મોકલ્યા છે" (sent by UPI),
  Shree Maruti's booking receipt (*settled*: a carrier's receipt printed only once its freight is paid), the
  printer's "Received with thanks ... by UPI" under its PAID mark successes; Flipkart Wholesale's Payment
  pending pending; Shopify's Payment failed failed. A banking page's Transaction successful, Google Pay's
  Completed, iris' Payment successful, JioFinance's Money sent, IDBI Bank's IMPS Successful and the
  co-operative bank's "Sent, UTR ..." written by its clerk over its stamp successes; Kotak's Transfer in
  process pending; Paytm's Payment Failed failed. A pay slip's: *settled* (new here) "UPI થી ચૂકવ્યા, Ref ..."
  (paid by UPI) written on the wage account a success, the payer's own word that it paid (as heldout319's Mizo
  "UPI-in ka pe e"); the Diwali bonus' "રોકડા મળ્યા છે"; greytHR's "Paid by NEFT on <day>, UTR ..."; PhonePe's
  Paid; the voucher's રીત / Mode UPI written with its UPI Ref (*settled* heldout281 to heldout319's vouchers);
  INDIE's Payment successful successes; Canara ai1's Payment pending pending; BHIM's Transaction Failed
  failed. A fee page's Status Success, the GST portal's Payment Successful, the stall rent's Cash ticked
  (*settled* heldout269's tick boxes), UMANG's Payment successful, IP India's "Fee received", the house tax
  receipt's રીત / Mode UPI with its UPI સંદર્ભ successes; the Cyber Treasury's Pending at bank pending; MCA's
  Payment Failed failed. An insurer's "Received with thanks", Tata AIG's "We have received your payment", SBI
  General's receipt, Go Digit's "we have received", Zurich Kotak's Policy renewed, LIC's "Received with
  thanks" successes; Star Health's Payment under process pending; Bajaj General's Payment failed failed. A
  slip's APPROVED, GSRTC's Booking confirmed, the restaurant's "Paid: CARD" with its Approval Code, AU 0101's
  Successful successes; SBI Card's "spent" a success (*settled* heldout300 to heldout319's card SMS); Paytm's
  STATUS : PENDING with DO NOT RETRY pending (*settled* heldout282 to heldout319: the terminal got no answer);
  State Bank of India's DECLINED failed. A utility's Payment Successful, Excitel's Payment successful, the
  water receipt's Cash ticked, the cable card's "રોકડા મળ્યા", Gujarat Gas' "We have received your payment",
  Airtel Digital TV's Recharge successful successes; BSNL's Payment pending pending; bob World's Payment
  Failed failed. *settled*: an SMS, mail, notification or WhatsApp banking message's debit a success whatever
  its bank's wording (Gujarat Gramin Bank's "debited from", HDFC Bank's "debited from", Union Bank's "Debited
  for", State Bank of India's "has been debited by", IDFC FIRST Bank's "has been sent"); *settled* (new here)
  Bank of Baroda's Gujarati "ચૂકવવામાં આવ્યા છે" (has been paid) a success, the bank's word that the money
  went, as heldout315's Hindi "भेजे गए" and heldout319's Mizo "pek a ni"; the co-operative bank's "is pending
  for settlement" pending (as heldout319's "is under process"); Kotak's "has failed" failed.

* date: the day paid. A UPI screen's day and hour: Paytm for Business' Date & Time, Amazon Pay's Paid on,
  slice's Started, PhonePe's hour and day under "ચુકવણી સફળ", Airtel Payments Bank's "on <day>, <hour>", Bajaj
  Finserv's Date, IndOASIS' Date; the WhatsApp payment under its "Today" divider prints no day (*settled*).
  Gurjari's Payment date : (never a Bill Date) and the day in its sentence, Fabindia's Payment Date : (never
  an Invoice Date), ICICI Bank's Value Date, HDFC Bank's Value Date, the boutique's Payment Date (never a Bill
  Date), the day the school letter names (its Date: the same), NID's Date of credit : (never an Inv. Date);
  *settled* (new here) the buyer's Gujarati message under its "Today" divider whose sentence says "આજે"
  (today) prints no day, because "આજે" is Gujarati for today and names no day, as heldout319's Mizo "vawiin".
  A wire's Bank of America Value date month first (11/16/2026 or Nov 16, 2026, *settled* heldout272 to
  heldout319's US banks), ANZ's Payment date:, SMBC's Value date, ABN AMRO's Uitvoerdatum / Execution date
  (dd-mm-yyyy), Emirates NBD's Date, the day in Scotiabank's sentence, Danske Bank's Dato (dd.mm.yyyy);
  Monzo's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice, the તારીખ / Date
  written on the Tarnetar memo and the receipt book, CCAvenue's Initiated on, Razorpay's Attempted on :,
  iTokri's Payout date, the roll's DATE; Vyapar's "Today, <hour>" prints no day. The wool dealer's day in its
  typed line (never its invoice's Date; its stamp's day the same), the તારીખ / Date written on the carpenter's
  bill, Flipkart Wholesale's Ordered on, the dye dealer's Payments received Date (never its invoice's Date),
  Shopify's Attempted on, Shree Maruti's Booking date, the printer's "on <day>" in its sentence (never its
  Dated); the cotton yarn agency's chat under its "Today" divider prints no day. A banking page's Transfer
  date, the તારીખ / Date written on the co-operative bank's application (its stamp's day the same), Kotak's
  Initiated on, Google Pay's day under its Completed, Paytm's Date, JioFinance's "on <day> at <hour>", IDBI
  Bank's Date; iris' "Today, <hour>" prints no day. *settled* (new here): "તા. <day>" written by a Gujarati
  hand (તા., the short of તારીખ, date) is the day paid, on the wage account and the Diwali bonus and the cable
  card, because it is how a Gujarati hand dates what it writes, as an English hand's "Dt."; never the wage
  account's માસ / Month or greytHR's Pay Period or its month (*settled* heldout273 and heldout303 to
  heldout319); greytHR's "Paid by NEFT on <day>", Canara ai1's Initiated, BHIM's Date, the voucher's તારીખ /
  Date, INDIE's Date; PhonePe's chat under "Today" prints no day. A fee page's Payment Date, the GST portal's
  Date of deposit, the Cyber Treasury's Initiated on : (never its Period :), the stall rent's તારીખ / Date,
  MCA's Attempted on, IP India's Date, the house tax' તારીખ / Date; UMANG's "Today, <hour>" prints no day. An
  insurer's Receipt Date, Tata AIG's Payment date:, Star Health's Initiated on, SBI General's Date of payment,
  the "on <dd/mm/yyyy>" in Go Digit's SMS, Bajaj General's Attempted on, LIC's Date :; Zurich Kotak's "Today,
  <hour>" prints no day. A slip's DATE, DT and Date, GSRTC's Booking date (never its Journey date, *settled*
  heldout302 and heldout305 to heldout319), the <dd/mm/yy> in SBI Card's SMS; AU 0101's "Today, <hour>" prints
  no day. A utility's Payment Date (never its Bill Month), the water receipt's તારીખ / Date (never its સમયગાળો
  / Period), BSNL's Initiated on, the cable card's "તા. <day>", Gujarat Gas' Payment date :, bob World's
  Attempted on, Airtel Digital TV's Date; Excitel's "Today, <hour>" prints no day. The alerts' "તા.
  <dd-mm-yyyy> ના રોજ" (on <day>) in Bank of Baroda's Gujarati SMS (*settled* (new here) the day after "તા."
  and before "ના રોજ" (on the day of), in Latin figures as the bank sends them, because it is the one day the
  SMS names, as heldout319's Mizo "ni <day> khan"), "on <dd-mm-yyyy>", "on <dd/mm/yy>", "on <dd.mm.yyyy>",
  State Bank of India's "on <dd-Mon-yy>", IDFC FIRST Bank's "on <dd/mm/yyyy>"; HDFC Bank's heads-up
  notification's "now" prints no day (*settled* heldout294's banner). All numeric days here are day first
  (heldout251, heldout259) but Bank of America's month first. *settled*: never a Year, a Financial Year, a
  Period, a Bill Month, a Month, a માસ (month), a Pay Period, a payslip's month, an invoice's, a bill's or a
  journey's day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or an app's, a portal's, a
  bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Gurjari's, Fabindia's, the boutique's Bank Transfer
  (NEFT), the school letter's and NID's NEFT or RTGS, ICICI Bank's RTGS, HDFC Bank's NEFT, the buyer's
  Gujarati "NEFT થી" (by NEFT, *settled* (new here) as heldout319's Mizo "NEFT-in"); iTokri's NEFT; CCAvenue's
  Net Banking; the wool dealer's NEFT; Baroda Connect's NEFT or RTGS, the co-operative bank's NEFT ticked,
  Kotak's and IDBI Bank's IMPS; greytHR's NEFT; the GST portal's E-Payment (Net Banking), the Cyber Treasury's
  and MCA's Net Banking, IP India's Net Banking; Tata AIG's Net Banking, SBI General's and LIC's NEFT; PGVCL's
  Net Banking, bob World's account; the NEFT, IMPS and RTGS alerts); a SWIFT transfer either way (*settled*:
  Bank of America's Shared (SHA), Monzo's Shared (SHA), ANZ's SHA - shared, SMBC's SHA, ABN AMRO's SHA
  (gedeeld), Emirates NBD's SHA, Scotiabank's Shared (SHA), Danske Bank's Delt (SHA)). UPI for the UPI
  screens, Paytm for Business' Paid via, PhonePe's Gujarati ખાતામાંથી / From, the WhatsApp card's From; the
  tax invoice's "Received by UPI", the receipt book's રીત / Mode UPI, Vyapar's Payment type, the roll's PAID
  BY : UPI; Flipkart Wholesale's, the dye dealer's, Shree Maruti's, the printer's and the cotton yarn agency's
  UPI (its "UPI થી", by UPI); Google Pay's, Paytm's, iris', JioFinance's UPI; the wage account's "UPI થી
  ચૂકવ્યા" (*settled* (new here), as the "થી" above), Canara ai1's, BHIM's, PhonePe's, the voucher's and
  INDIE's UPI; the municipal corporation's, UMANG's and the panchayat's UPI; IFFCO-TOKIO's, Star Health's, Go
  Digit's and Zurich Kotak's UPI; Excitel's, Gujarat Gas' and Airtel Digital TV's UPI; the UPI alerts. Card
  for Razorpay's Card - Visa, Shopify's RuPay card, Bajaj General's Visa, the slips, GSRTC's Debit Card, the
  restaurant's "Paid: CARD", SBI Card's SMS, AU 0101's card and BSNL's Debit Card. Cash for a Gujarati hand's
  "રોકડા મળ્યા" on the Tarnetar memo, the carpenter's bill, the Diwali bonus and the cable card (*settled*
  (new here), as above), Cash ticked on the stall rent and the water receipt (*settled* heldout269's tick
  boxes).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout319): a UPI
  reference / UTR / RRN / IMPS reference (Paytm for Business' UPI Ref. No. (above its Paytm Order ID), Amazon
  Pay's UPI transaction ID, slice's UPI Ref No, PhonePe's UPI સંદર્ભ નં., the WhatsApp card's UPI transaction
  ID, IndOASIS' UPI Ref. No.; the UTR in Gurjari's sentence, Fabindia's UTR Reference (above its Payment
  Number), the UTR in the buyer's Gujarati message, the boutique's Reference Number (above its Payment#),
  NID's UTR No.; the tax invoice's Ref No. (above its Invoice No.), the receipt book's UPI સંદર્ભ / UPI Ref
  (above its No. struck in red), Vyapar's Reference no. (above its Receipt No.), iTokri's UTR (above its
  Payout ID), the roll's UPI RRN (above its BILL NO); the wool dealer's UTR, the dye dealer's Reference (above
  its Invoice No.), the Ref in the company's message to the cotton yarn agency, Shree Maruti's UPI Ref (never
  its Docket No.), the printer's UPI Ref (above its Invoice No.); the banking pages' UTR No., IMPS Ref No.,
  UPI transaction ID, UPI Ref No., the "Sent, UTR ..." the co-operative bank's clerk wrote; the wage account's
  Ref written in the Gujarati hand, greytHR's UTR, Canara ai1's and INDIE's UPI Ref No., the voucher's UPI
  સંદર્ભ (above its Voucher No. struck in red); the municipal corporation's Bank Ref No. (above its Receipt
  No.), the panchayat's UPI સંદર્ભ (above its પહોંચ નં.); IFFCO-TOKIO's UPI Ref. No. (above its Receipt No.),
  SBI General's and LIC's UTR (above their Receipt No.); a slip's RRN (above its INVOICE NO and its AUTH or
  APPR CODE); the alerts' સંદર્ભ નં. in Bank of Baroda's Gujarati SMS, UTR, Ref No, UPI Ref, Mob Bk ref no and
  IMPS Ref), then a bank reference (ICICI Bank's Transaction Ref No, HDFC Bank's ENet Transaction Ref No, Bank
  of America's Payment ID, Monzo's Transfer ID, ANZ's Payment reference, SMBC's Remittance No., ABN AMRO's
  Referentie / Reference, Emirates NBD's Transaction reference, Danske Bank's Reference; the GST portal's BRN
  (above its CPIN), IP India's Bank Ref. No. (above its CBR No.), GSRTC's Bank reference no. (above its PNR)),
  then a transaction / payment id (Bajaj Finserv's Transaction ID, CCAvenue's Reference No. (above its Order
  No.), Razorpay's Payment ID (above its Order ID), Shopify's Transaction ID, Paytm's Paytm Order ID (the one
  id its failed page prints), BHIM's Transaction ID, PhonePe's chat card's Transaction ID, MCA's Transaction
  ID (above its SRN), UMANG's Transaction ID, Tata AIG's Payment ID, Star Health's, Bajaj General's and Zurich
  Kotak's Transaction or Payment ID, AU 0101's Transaction ID, PGVCL's Transaction ID (above its Receipt No.),
  Excitel's, Gujarat Gas', bob World's and Airtel Digital TV's Transaction ID or Transaction ref.), then an
  approval code (the restaurant's Approval Code), then an order's number (Flipkart Wholesale's Order ID, the
  Paytm card machine's ORDER ID, BSNL's Order ID, GSRTC's PNR (*settled* heldout126 to heldout319)), then a
  document's own number (Fabindia's Payment Number and the boutique's Payment# (a payer's own number for its
  payment, *settled* heldout281 to heldout319), the tax invoice's Invoice No., the receipt book's, the
  voucher's and the water receipt's No. struck in red, Vyapar's Receipt No., the roll's BILL NO, the
  suppliers' Invoice No., the municipal corporation's Receipt No., the GST portal's CPIN (*settled* heldout304
  to heldout319: a challan numbered when it is created), *settled* (new here) the Cyber Treasury's GRN (its
  Government Reference Number, the one number its pending page prints) and MCA's SRN (its Service Request
  Number), each the number the challan or the form got when it was created (as a CPIN or a CRN, never a bank's
  or a gateway's reference), IP India's CBR No. (its cash book receipt's number), the panchayat's પહોંચ નં.,
  IFFCO-TOKIO's, SBI General's, LIC's and PGVCL's Receipt No., Gujarat Gas' Receipt No., a slip's INVOICE NO
  and ROC, the restaurant's Bill No.). *settled*: never a card, account, phone or mobile number, a UPI ID,
  IFSC, GSTIN, PAN, CIN, a Consumer No., a Tenement No., a Connection No., a Property No., an Account No., a
  Customer ID, a BP No., a Policy No., a Master Policy No., a Proposal No., an Application No., an Employee
  No., a Vendor Code, a Stall No., a Docket No. (a consignment's number, *settled* heldout274 to heldout319),
  a Bill (Shopify's bill's number), a slip's MID / TID / BATCH, Gurjari's Advice No. (an advice's file number,
  *settled* heldout278 to heldout319), a bill or an invoice named on an advice or a mail (Gurjari's,
  Fabindia's, the boutique's and NID's bills)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout320_families import (
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

SPLIT = "heldout320"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout318's and heldout319's: the screens in
# Noto Sans, Liberation Sans (liberation2), DejaVu Sans Condensed, FreeSans and Noto Sans Display; the pages in
# DejaVu Serif, Noto Serif, Liberation Serif (liberation2), FreeSerif, Liberation Sans (liberation2) and DejaVu
# Sans; the company's, its suppliers' and its people's papers in DejaVu Serif Condensed, Noto Serif Display,
# Noto Sans, Liberation Serif (liberation2) and FreeSans; the slips in four monos in another order than
# heldout319's; beside them Noto Sans and Noto Serif Gujarati for Gujarati, an upright Liberation Serif for a
# Gujarati hand's figures, a pen's italic or oblique (``heldout320_families.PENS``) and a page's own
# fixed-width face (``heldout320_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout320_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout320 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

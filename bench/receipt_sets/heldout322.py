"""heldout322: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Himroo weavers' firm's year of 2026 in Chhatrapati Sambhajinagar (Aurangabad),
Maharashtra (Ansari Himroo Handloom Works, in Marathi अन्सारी हिमरू हातमाग वर्क्स and in Urdu انصاری ہمرو
ہینڈلوم ورکس, a partnership of the Ansari weaver family, GSTIN 27AAKFA4318R1ZM, UDYAM-MH-04-0021873, its motto
"रेशीम आणि सुताचा संगम" (the meeting of silk and cotton), with Abdul Rashid Ansari its managing partner, Mohd.
Iqbal Ansari, who pays its weavers and its bills, Sunil Kulkarni, who keeps its accounts, Farzana Shaikh at
its counter, Sameer Ansari, who keeps the web shop and the orders from abroad, and Ganesh Jadhav, its helper:
its karigars (Abdul Sattar Momin, Shaikh Yusuf Ansari, Rehana Begum, Mohd. Ishaq Ansari, Nasreen Bano, Shaikh
Jameel, Sayyed Rafiq and Vitthal Pawar among them) weave Himroo, a cotton ground with an extra weft of silk
floated into a jaal of diamonds and butis as the Mughal kamkhwab was, on the pit looms and jacquards of its
karkhana at Zaffar Gate, paid by the piece and the metre: sarees with the Ajanta jaal, shawls, stoles,
dupattas, yardage, jacket fabric, cushion covers and runners; its mulberry silk comes from a Bengaluru
twister, its cotton yarn from an Ichalkaranji agency, its dyes from a dye house on the Jalna road, its
jacquard cards from a Shahganj card puncher, its loom spares from Malegaon, its gift boxes from a MIDC
printer; its showroom in Begumpura near Bibi Ka Maqbara, the Himroo Kothi (हिमरू कोठी, ہمرو کوٹھی), closed on
Fridays; its stall at the Ellora-Ajanta festival at Soneri Mahal (13 to 15 February 2026); its web shop
himrookothi.in on Shopify, PayU and Instamojo, and Jaypore; the Maharashtra State Handloom Corporation, Dr.
Babasaheb Ambedkar Marathwada University, an Ellora hotel company, a Pune boutique, a Mumbai interiors firm, a
Kala Ghoda store and the Grishneshwar temple trust at home, and a textile guild in Baltimore, an atelier in
Zürich, a textile house in Sydney, a gallery in Kyoto, a fabric house in Köln, a loom shop in London, an
interiors house in Doha and a songket house in Kuala Lumpur abroad), told by the proofs of payment it receives
(buyers' Google Pay for Business on the Kothi's phone, BHIM set in Marathi, iMobile Pay, Axis Mobile, bob
World, PhonePe's UPI Lite, SaraswatMobile and POP; the handloom corporation's advice under its Marathi name,
the university's SBI CINB e-payment, Axis neo with a hotel company's payment awaiting its checker, a
boutique's Instagram message, Bank of Maharashtra's corporate NEFT returned, TallyPrime's payment advice, the
temple trust's letter in Marathi under its name in Modi and Jaypore's remittance mail; Citi, UBS, CommBank,
MUFG, Deutsche Bank, NatWest, QNB and Maybank for buyers in Baltimore, Zürich, Sydney, Kyoto, Köln, London,
Doha and Kuala Lumpur in US dollars, Swiss francs, Australian dollars, yen, euros the German way, pounds,
riyals and ringgit; the Kothi's tax invoice under a Himroo swatch, the festival stall's memo in a Marathi hand
lying on a Himroo shawl, the firm's receipt book in carbon, PayU's failed card, Shopify's order mail,
myBillBook's Payment In under "Today", Instamojo's pending workshop payment and the Kothi's dot-matrix invoice
on continuous stationery) and those it makes (the silk twisters' invoice with the accountant's sticky note,
the card puncher's bill in a Marathi hand, Amazon Business' order in payment verification, the dye house's
bill written in its bill book, DTDC's booking roll, the printer's Refrens receipt, Borzo's failed delivery
payment and Industrybuying's order under "Today"; Mahamobile Plus, the Deogiri Nagari Sahakari Bank's
application filled in a letter to a box, Cosmos Bank, Navi, a WhatsApp payment card, YONO Business, Equitas
and HDFC Bank for the silk twisters, the cotton yarn agency, a tailor, the frame makers, the dye house, the
printer and the card puncher; a weaver's wage account in a Marathi hand, Zoho Payroll's payslip, an Eid
advance in a Marathi hand, Google Pay, Kotak 811, PhonePe, the helper's salary receipt and Cashfree Payouts;
the municipal corporation's property tax receipt, GRAS' stamp duty challan, Aaple Sarkar's Gumasta renewal,
MahaGST's failed profession tax, e-Pay Tax' pending advance tax, MTDC's stall letter in Marathi,
MahaTrafficApp's e-challan and the Labour Welfare Board's receipt; National Insurance's, Royal Sundaram's,
Shriram General's, Niva Bupa's, Care Health's, ManipalCigna's, HDFC Life's and Raheja QBE's premiums; cards on
the Kothi's Mswipe terminal and the stall's Razorpay POS, at a hardware store's Worldline terminal, on IndiGo,
on a restaurant's Posist e-bill, in ICICI Bank's SMS, on the OneCard app and on MSRTC; MSEDCL's receipt in
this set's bilingual labels, the water supply department's counter receipt, Hathway, Tata Play, a water jar
card in a Marathi hand, HP Gas' cash memo, PayZapp and Vi Business; Maharashtra Gramin Bank's SMS in Marathi,
the SMS of Bank of Maharashtra, the Deogiri Nagari Sahakari Bank and Saraswat Bank, Cosmos Bank's notification
on the lock screen, iMobile Pay's notification centre, YES BANK's mail and TJSB's SMS forwarded into a
WhatsApp chat). One payment per page, each drawn from its own seed (heldout322-<i>) in a face the seed
chooses, with its degraded copy made from the same stream by heldout14_render's ``degrade``, so that the set
is drawn the same every time (no set or hash order is read anywhere). Each family: six successes, one failure,
one wait; one page prints no transaction id and one no day (truth None for those fields). Each layout is a
function of its own in ``heldout322_families`` (the family's function picks it by the receipt's place in its
family), written by hand for this set.

Layouts (every one written for this set, and most of its apps, banks and issuers none of heldout320's or
heldout321's; those marked (new) new in their arrangement and labels beside every layout heldout320 and
heldout321 drew, and where one is near a kind of page they drew it is said here): Google Pay for Business on
the Kothi's phone under a tile's tick in a table ruled on every side, where heldout321 drew BHIM Vyapar's
gutter and heldout320 Paytm for Business' (new); BHIM set in Marathi in this set's bilingual labels, near
heldout321's Paytm set in Hindi and heldout320's PhonePe set in Gujarati (and heldout306's BHIM in Marathi);
iMobile Pay's payment in progress over a progress bar with colons, where heldout321 drew Kiwi's under a
spinner (new); Axis Mobile's "Today" in a ticket's card, where heldout321 drew Airtel Thanks' "Today" on a
scalloped badge (new); bob World's payment with no reference under a badge of initials, where heldout321 drew
Tata Neu's and heldout320 Airtel Payments Bank's (new); PhonePe's UPI Lite payment in shaded labels with its
Lite balance (new); SaraswatMobile's failure under a large round cross in a striped table, where heldout321
drew IndOASIS' under a red ribbon and heldout320 Bajaj Finserv's (new); POP's payment with its popcoins
capsule at the left and the right (new); the handloom corporation's advice under its Marathi name on hairline
rows with its net sum in a printed box and an oval stamp, near heldout321's RAJSICO advice in a striped table
and heldout320's Gurjari advice in a ruled one; the university's SBI CINB e-payment in a striped table (new);
Axis neo's payment awaiting its checker over a progress bar with its values over their labels, where
heldout321 drew HDFC Bank ENet's in shaded labels and heldout320 ICICI CIB's stages (new); a Pune boutique's
Instagram message under "Today", where heldout321 drew a Teams channel and heldout320 a WhatsApp message in
Gujarati (new); Bank of Maharashtra's NEFT returned under a red ribbon in a table ruled on every side, where
heldout321 drew YES CONNECT's on a tinted band and heldout320 ENet's in shaded labels (new); TallyPrime's
payment advice letter with its bills ruled and its UTR at the left and the right, where heldout321 drew Zoho
Books' Payment Made and Odoo's receipt (new); the temple trust's letter typed in Marathi with no reference
under its name in Modi, near heldout321's school letter in Hindi and heldout320's school trust's letter;
Jaypore's remittance mail in dot leaders over a striped table, where heldout320 drew Fabindia's with colons
(new); Citi's summary in dot leaders (new); UBS' payment two to a row (new); CommBiz' payment awaiting
authorisation over a progress bar at the left and the right, where heldout321 drew ANZ's pending with its
stages top to bottom (new); MUFG's remittance rejected under a large round cross in shaded labels, where
heldout321 drew Barclays' returned in an octagon (new); Deutsche Bank's German and English labels on hairline
rows, near heldout320's ABN AMRO Dutch and English on hairline rows and heldout321's Société Générale French
and English in a ruled table; NatWest's "Today" with tiles, near heldout321's Bangkok Bank "Today" and
heldout320's Monzo "Today"; QNB's sentence with no reference in a mail, near heldout321's Emirates NBD
sentence and heldout320's Scotiabank sentence; Maybank2u Biz' values over their labels under a scalloped badge
(new); the Kothi's tax invoice under a Himroo swatch in a ruled table with its total in a printed box and a
PAID stamp, near heldout321's tax invoice under a pair of kathputlis and heldout320's under a Tangaliya motif;
the festival memo in a Marathi hand lying on a Himroo shawl, near heldout321's Lokrang memo on a bandhani
odhni and heldout320's Tarnetar memo on a Tangaliya shawl; the receipt book in carbon on printed dotted lines,
where heldout321 and heldout320 drew their books in bilingual cells and labels (new); PayU's failure under a
tile's cross in dot leaders, where heldout321 drew CCAvenue's in a ruled table (new); Shopify's order mail
(new); myBillBook's Payment In under "Today", near heldout321's Khatabook "आज" and heldout320's Vyapar
Payment-In "Today"; Instamojo's pending payment under a spinner, near heldout321's Razorpay processing under a
spinner; the dot-matrix invoice on continuous stationery, where both drew GoFrugal's torn roll (new); the silk
twisters' invoice with the accountant's sticky note (new); the card puncher's bill in a Marathi hand, near
heldout321's timber merchant's bill in a Hindi hand and heldout320's carpenter's in a Gujarati hand; Amazon
Business' payment verification with its stages top to bottom and colons, where heldout321 drew IndiaMART's
pending order over a progress bar and heldout320 Flipkart Wholesale's (new); the dye house's bill written in
its bill book with its PAID line (new); DTDC's booking roll, near heldout321's India Post counter receipt and
heldout320's Shree Maruti Courier; Refrens' payment receipt with its sum on a tinted panel on hairline rows
(new); Borzo's failure on a tinted band two to a row, near heldout321's Porter failure on a tinted band;
Industrybuying's "Today" on hairline rows, near heldout321's Moglix "Today"; Mahamobile Plus' NEFT in a
capsule over a ruled table, where heldout320 drew Baroda Connect's against a gutter (new); the Deogiri bank's
application with a letter to a box and a rectangular stamp, near heldout321's and heldout320's co-operative
banks' applications; Cosmos Bank's IMPS under process under a spinner, near heldout320's Kotak IMPS in
process; Navi's "Today" with tiles, where heldout321 drew super.money's "Today" and heldout320 iris' (new);
the WhatsApp payment card with no reference (new); YONO Business' values over their labels (new); Equitas'
failure in an octagon in dot leaders, where heldout321 drew PSB UnIC's on a scalloped badge (new); HDFC Bank's
IMPS under a badge of initials at the left and the right, near heldout321's DBS digibank under its badge of
initials; the wage account in a Marathi hand, near heldout321's show-fee account and heldout320's wage
account; Zoho Payroll's payslip, near heldout321's and heldout320's greytHR payslips; the Eid advance in a
Marathi hand, near heldout321's Holi advance and heldout320's Diwali bonus; Google Pay's "Today" on hairline
rows (new); Kotak 811's pending payment with its stages top to bottom, where heldout321 drew YONO Lite SBI's
over a progress bar and heldout320 Canara ai1's across the page (new); PhonePe's failure on a tinted band two
to a row, near heldout321's IDFC FIRST Bank failure two to a row; the salary receipt in this set's bilingual
labels, near heldout321's salary voucher and heldout320's wage voucher; Cashfree Payouts' payout in a capsule
over a ruled table (new); the municipal corporation's property tax receipt in this set's bilingual labels,
where heldout320 drew its corporation's in a ruled table (new); GRAS' challan in a ruled table under a
capsule, where heldout321 drew e-GRAS Rajasthan's two to a row (new); Aaple Sarkar's receipt in dot leaders,
where heldout321 drew e-Mitra's typed kiosk receipt (new); MahaGST's failure on a tinted band at the left and
the right (new); e-Pay Tax' pending advance tax under a spinner with colons, near heldout321's e-Pay Tax
failure; MTDC's stall letter in Marathi, near heldout321's Jawahar Kala Kendra letter in Hindi;
MahaTrafficApp's "Today" with its values over their labels, near heldout321's RajCop "Today" and heldout320's
UMANG "Today"; the Labour Welfare Board's receipt in dot leaders (new); National Insurance's receipt in a
ruled table (new); Royal Sundaram's mail with colons, near heldout320's Tata AIG mail; Shriram General's
"Today" with a copyable id, near heldout321's Zuno "Today"; Niva Bupa's failed card under a scalloped badge
with tiles, near heldout321's Acko failure with tiles; Care Health's premium awaited over a progress bar in a
striped table, where heldout321 drew Aditya Birla Health's stages in shaded labels (new); ManipalCigna's
receipt two to a row (new); HDFC Life's WhatsApp message with no reference, near heldout321's Liberty General
SMS and heldout320's Go Digit SMS; Raheja QBE's striped receipt under its sentence, near heldout321's and
heldout320's IFFCO-TOKIO receipts under their sentences; Mswipe's slip with its colons in a column (new);
Razorpay POS' pending sale, near heldout321's and heldout320's Paytm pending sales; Worldline's declined slip
with its labels and values at the two ends of each line, near heldout321's Pine Labs slip and BharatPe's
declined one; IndiGo's itinerary in a ruled table and dot leaders, where heldout321 drew Akasa Air's two to a
row (new); the restaurant's Posist e-bill in a browser with its dishes striped, where heldout321 drew DotPe's
roll and heldout320 Petpooja's (new); ICICI Bank's card SMS, near heldout321's Kotak and heldout320's SBI Card
SMS; OneCard's "Today" with a copyable id, near heldout321's SBI Card app "Today"; MSRTC's e-ticket two to a
row, where heldout320 drew GSRTC's in dot leaders (new); MSEDCL's receipt in this set's bilingual labels,
where heldout321 drew JVVNL's in a ruled table and heldout320 PGVCL's in dot leaders (new); the water supply
counter receipt typed with its oval stamp, near heldout321's P.H.E.D. counter receipt; Hathway's renewal
processing with its stages across the page on hairline rows (new); Tata Play's "Today" two to a row, near
heldout321's Excitel "Today"; the water jar card in a Marathi hand, near heldout321's milk account and
heldout320's cable card; HP Gas' cash memo (new); PayZapp's failed bill under a large round cross in dot
leaders, where heldout321 drew Freecharge's on a tinted band (new); Vi Business' mail in a ruled table, where
heldout321 drew Jio's mail with colons (new); Maharashtra Gramin Bank's SMS in Marathi in a bubble, near
heldout321's Rajasthan Gramin Bank's in Hindi and heldout320's Bank of Baroda's in Gujarati; Bank of
Maharashtra's, the Deogiri bank's and Saraswat Bank's SMS in their own wordings, near the SMS both drew;
Cosmos Bank's notification on the lock screen under a music player's card, where heldout321 drew AU Bank's in
the pulled-down shade (new); iMobile Pay's notification centre (new); YES BANK's mail with no reference, near
heldout321's HDFC Bank mail and heldout320's State Bank of India mail; TJSB's SMS forwarded into a WhatsApp
chat (new). 54 of the 96 are new in their arrangement and labels. This set draws kinds of row and page
heldout320 and heldout321 do not: Marathi in Devanagari (the firm's, the Kothi's, the corporations', a
trust's, a bank's, a board's and a supplier's names, a motto, headings, an app set in Marathi, labels, typed
letters, a bank's SMS) in heldout315's runs; a Marathi hand in Noto Serif Devanagari with its Latin figures in
an upright Liberation Sans, leaning back; Urdu in Noto Nastaliq Urdu set right to left (the firm's and the
Kothi's names); Modi, Marathi's old running hand, in Noto Sans Modi (the temple trust's name); this set's
bilingual label (the English over its Marathi small at the left, the value at the right, a hairline of zari
gold under the pair); a swatch of Himroo as a letterhead's emblem; a Himroo border as a divider; a jacquard's
punched cards down a margin; a page photographed lying on a Himroo shawl; an accountant's sticky note, a
carbon copy, continuous stationery, a notification centre, a lock screen and a forwarded SMS (heldout269's to
heldout294's rows not drawn by heldout320 or heldout321); and beside them the rows heldout269's to
heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels at the left and
values at the right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two
to a row, values over their labels, labels over their values two to a row, copyable fields, a tinted panel,
notice boxes, stages across the page and top to bottom, progress bars, spinners, large round marks, octagons,
scalloped badges, tile marks, ribbons, a ticket's card, a day divider, chat bubbles, a chat's payment card,
rounded cards, round badges of initials, hand-written columns on a ruled page, tick boxes, sums in a box, oval
and rectangular stamps, a red numbering-machine number, revenue stamps, signatures, a torn roll).

* ``buyer_upi``: Buyers paying the Himroo Kothi or the firm by UPI: Google Pay for Business on the Kothi's
  phone (the Kothi under the app's bar, a tile's tick, Payment received, the sum, "from <buyer>"; UPI
  transaction ID, Received on, From and Settled to in a table ruled on every side); BHIM set in Marathi (a
  scalloped badge, "पेमेंट यशस्वी" (payment successful), the sum, "<payee> यांना" (to <payee>); this set's
  bilingual labels: UPI Ref. No. / यूपीआय संदर्भ क्रमांक, Date & time / दिनांक व वेळ, Paid from / खात्यातून,
  Note / टीप); iMobile Pay's payment in progress (a progress bar, Payment in progress, the sum, "to <payee>",
  a notice; Transaction ID :, UPI Ref No :, Initiated : and From : with colons); Axis Mobile's payment under
  "Today, <hour>" in a ticket's card (a large round tick, Payment successful, the sum, "to <payee>"; past the
  tear UPI Reference No., Paid from and Remarks; no day); bob World's payment with no reference (the payee's
  initials in a round badge, Money sent, the sum, "to <payee>"; Date & time and Debited from); PhonePe's UPI
  Lite payment (a large round tick, Paid from UPI Lite, the sum, "to <payee>"; Transaction ID, UTR, Paid on
  and UPI Lite balance in shaded labels); SaraswatMobile's failure (a large round cross, the sum, "to
  <payee>", the reason in a notice; Transaction ID, UPI Ref No., Date and Reason in a striped table); POP's
  payment (a large round tick, Paid, the sum, "to <payee>", popcoins earned in a capsule; UPI Transaction ID,
  Paid on, Paid via and To at the left and the right).

* ``buyer_advices``: Payers' advices of what they paid the firm: the Maharashtra State Handloom Corporation's
  PAYMENT ADVICE under its Marathi name (देयक अदा सूचना / PAYMENT ADVICE; its Ref. and Date; "To, The Managing
  Partner," and the firm; Bill No. | Bill Date | Taxable | GST 5% | TDS 2% | Net on hairline rows; "Net amount
  paid" and the sum in a printed box; "The above net amount has been credited to your account ... by NEFT /
  RTGS vide UTR ..."; its oval stamp and the Accounts Officer's signature); the university's e-payment on
  SBI's Corporate Internet Banking (Transaction Status: Processed; Reference No., UTR No., Beneficiary Name,
  Amount, Payment Date, Debit Account and Purpose in a striped table); Axis Bank's neo for corporates with an
  Ellora hotel company's NEFT or RTGS awaiting its checker (a progress bar, Awaiting checker approval, a
  notice; each value over its label: Transaction ID, Beneficiary, Amount, Payment mode, Value date, Maker); a
  Pune boutique's Instagram message under "Today" (her bubble "Hi! Sent ₹x to <payee> on GPay for ... UTR
  ..."; the Kothi's reply; no day); Bank of Maharashtra's corporate net banking with an interiors firm's NEFT
  returned (a red ribbon, the reason in a notice; Transaction Reference, Beneficiary, Amount, Transfer Date
  and Return Reason in a table ruled on every side); a Kala Ghoda store's PAYMENT ADVICE printed from
  TallyPrime ("we have made a payment of Rs. x as per the details given below"; Bill Ref. | Bill Date | Amount
  ruled with its Total; Mode, UTR No. and Payment Date at the left and the right); the Grishneshwar temple
  trust's letter typed in Marathi with no reference (its name in Modi over its Devanagari; जावक क्र. (outward
  no.) and दिनांक; "प्रति, व्यवस्थापक," (To, the Manager) and the firm in English; विषय (subject); "... हिमरू
  शालींचे देयक Rs. x/- दिनांक <day> रोजी NEFT द्वारे आपल्या खात्यात जमा करण्यात आले आहे." (the bill for the
  Himroo shawls, Rs. x/-, has been deposited in your account by NEFT on <day>); the secretary's signature over
  सचिव); Jaypore's remittance advice mail (its sentence; Vendor, Vendor Code, Remittance Amount, Payment Mode,
  UTR and Payment Date in dot leaders; PO No. | Invoice No. | Amount in a striped table).

* ``export_wires``: Guilds, ateliers, galleries and interior houses abroad paying the firm for its Himroo:
  Citi's CitiDirect BE (Payment Summary; Status, Citi Transaction Reference, Beneficiary Name, Beneficiary
  Bank, Payment Amount, Value Date (month first or in words) and Charge Bearer in dot leaders); UBS e-banking
  in Swiss francs (Payment executed, the sum; labels small over their values two to a row: Beneficiary and
  Beneficiary's bank, Execution date (day first with points) and Transaction number, Charges and Purpose);
  CommBank's CommBiz in Australian dollars awaiting authorisation (a progress bar, the sum, a notice; Payment
  ID, Payee, Payee bank, Payment date and Fees at the left and the right); MUFG's BizSTATION with a remittance
  in yen rejected (a large round cross, the reason in a notice; Remittance No., Beneficiary, Amount,
  Remittance date (year first) and Reason in shaded labels); Deutsche Bank in euros the German way
  (Auslandsüberweisung ausgeführt / Foreign transfer executed; Empfänger / Beneficiary, Betrag / Amount,
  Ausführungsdatum / Execution date, Referenz / Reference, Entgelt / Charges on hairline rows); NatWest's
  Bankline app in pounds under "Today, <hour>" (a tile's tick, Payment sent, the sum, "to <payee>"; Reference
  and Charges in tiles; From account; no day); QNB's mail in riyals told in a sentence with no reference
  ("Your international transfer of <sum> to <payee> has been processed on <day>."; Debit account :,
  Beneficiary bank : and Charges :); Maybank2u Biz in ringgit (a scalloped badge, Transfer successful, the
  sum; each value over its label: Beneficiary, Reference number, Transaction date, Charges).

* ``own_receipts``: The firm's own papers, its Himroo Kothi or itself on top: the Kothi's TAX INVOICE under a
  Himroo swatch, its Marathi and Urdu names over its English and a Himroo border (Invoice No. and Date, Buyer
  and Place of Supply; Sr. | Description | HSN | Qty | Rate | Amount ruled with its Taxable Value; CGST 2.5%
  and SGST 2.5% as totals; the Invoice Total in a printed box; the sum in words; "Received by UPI, UTR ..."; a
  PAID stamp with its day; the motto; a jacquard's cards down a margin); the festival stall's cash memo
  photographed lying on a Himroo shawl ("वेरूळ-अजिंठा महोत्सव 2026 | सोनेरी महाल", "रोख पावती" (cash memo);
  Date / दिनांक and Name / नाव written in; the Himroo written in a Marathi hand with their sums, "एकूण"
  (total); "रोख मिळाले" (received in cash); no reference); the firm's पावती / RECEIPT, a carbon copy (No.
  struck in red; Date, "Received with thanks from", "the sum of Rupees", "by UPI, Ref. No." and "towards" with
  the values written on dotted lines; Rs. written in a box; a revenue stamp signed across); PayU's checkout
  with a debit card failed (a tile's cross, Transaction failed, the reason in a notice; PayU ID, Order ID,
  Amount, Payment Mode and Date in dot leaders); Shopify's order confirmation mail (Order #HK... placed on
  <day>; the Himroo; Subtotal, Shipping and Total (incl. GST); Payment: UPI via Razorpay and its Payment ID);
  myBillBook's Payment In on the Kothi's phone under "Today, <hour>" (the Kothi under the app's bar; Payment
  In #PI-...; the party, Payment received and the sum in a rounded card; Payment Mode, UPI Ref. and Balance;
  no day); Instamojo's payment for a weaving workshop pending (a spinner, Payment pending, the sum, a notice;
  Payment ID, Buyer, Method and Initiated); the Kothi's RETAIL INVOICE from its dot-matrix printer on
  continuous stationery (Inv No and Date; the Himroo, SUB TOTAL, CGST @2.5%, SGST @2.5%, NET AMOUNT; MODE :
  UPI and its REF).

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Bengaluru silk twisters' TAX
  INVOICE with the accountant's sticky note (Invoice No. and its earlier Invoice Date; Item | HSN | Kg | Rate
  | Amount on hairline rows; Taxable Value, IGST 5% and Invoice Total; the note: "Paid by NEFT", "UTR ...",
  "on <dd/mm/yyyy>", "Rs. x"); the jacquard card puncher's kachcha bill in a Marathi hand under his Marathi
  name ("दिनांक" and the day, "श्री. अन्सारी साहेब"; the cards punched, the lacing and the naksha with their
  sums, "एकूण"; "रोख मिळाले"; no reference); Amazon Business' order of loom spares in payment verification
  (its stages top to bottom; Order # :, Sold by :, Payment method :, Ordered on : and Order total :); the dye
  house's bill written in its bill book (Bill No. struck in red, Date and M/s. written; the dyes, GST 18% and
  Total in ruled columns; "PAID by GPay, Ref ..." written under it); DTDC's booking receipt on a torn roll
  (CONSIGNMENT NO, DATE, FROM / TO, WEIGHT; FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL; PAYMENT : UPI and its UPI
  REF); the packaging printer's Payment Receipt from Refrens (Amount Received on a tinted panel; Receipt No.,
  Against Invoice, Payment Date, Payment Method and Transaction ID on hairline rows); Borzo's delivery payment
  failed (a tinted band, the reason in a notice; Order No. and Amount, Paid via and Attempted two to a row);
  Industrybuying's order paid under "Today, <hour>" (a tile's tick, Order placed and paid, the sum; Order ID,
  Sold by, Paid via and Transaction ID on hairline rows; no day).

* ``vendor_transfers``: The firm paying its suppliers from its banks: Mahamobile Plus' NEFT to the silk
  twisters (Transaction Successful in a capsule, the sum; UTR No., Beneficiary, Beneficiary A/c, IFSC,
  Transfer Date and Remarks ruled); the Deogiri Nagari Sahakari Bank's RTGS / NEFT application under its
  Marathi name (NEFT ticked; the Date written; Beneficiary, A/c No., IFSC and Amount Rs. written a letter to a
  box; Remitter; "Sent, UTR ..." written by its clerk over the branch's rectangular stamp with its day);
  Cosmos Bank's IMPS to a tailor under process (a spinner, the sum, "to <payee>", a notice; IMPS Ref No :,
  Initiated on : and Debit A/c :); Navi's payment to the frame makers under "Today, <hour>" (a large round
  tick, Paid, the sum, "to <payee>"; UPI Ref and Paid from in tiles; no day); a WhatsApp chat with the dye
  house under its day divider with the firm's payment card and no reference ("Payment to <payee>", the sum,
  Paid and the hour; the reply); YONO Business' NEFT to the cotton yarn agency (a large round tick, Transfer
  successful, the sum; each value over its label: Beneficiary, UTR, Transfer date, Debit account); Equitas'
  UPI payment to the printer failed (an octagon's cross, the sum, "to <payee>", the reason in a notice;
  Transaction ID, Date, Reason and From in dot leaders); HDFC Bank's IMPS to the card puncher (a badge of
  initials, Funds transferred, the sum; Reference number, Beneficiary, Date and From account).

* ``worker_pay``: The firm paying its weavers (by the piece and the metre) and its staff: a weaver's मजुरी
  हिशोब / WAGE ACCOUNT (Weaver / कारागीर and Month / महिना written in; the sarees, shawls, stoles and metres
  woven and their rates written in a Marathi hand with their sums, "एकूण"; "UPI ने दिले, Ref ..." (paid by
  UPI) and "दिनांक <day>" written under it); Zoho Payroll's payslip for the counter ("Payslip for the month of
  <month>"; Employee Name and Employee ID, Designation and Paid Days two to a row; Earnings and Deductions on
  hairline rows; the Net Pay on a tinted panel; "Paid by bank transfer on <day>, UTR ..."); a weaver's Eid
  advance in a Marathi hand under "ईद उचल" (Eid advance) ("मी ईदसाठी रु. x/- रोख उचल घेतली आहे." (I have taken
  Rs. x/- in cash as an advance for Eid) and "दिनांक <day>"; a revenue stamp signed across; the weaver's name
  under it; no reference); Google Pay's payment to a weaver under "Today, <hour>" (a badge of initials, "To
  <weaver>", the sum, Completed; UPI transaction ID, To and From on hairline rows; no day); Kotak 811's
  pending payment (Payment pending, the sum, "to <weaver>"; Debited from your account, Credit to the payee's
  bank and Done top to bottom; UPI Ref No. and Initiated on); PhonePe's failure (Payment Failed on a tinted
  band, the sum, "to <weaver>", the reason in a notice; Transaction ID and Date, Debited from and Reason two
  to a row); the helper's पगार पावती / SALARY RECEIPT (Name, Month, Amount, Mode, UTR and Date in this set's
  bilingual labels written in; the sum in words; a revenue stamp signed across over "प्राप्तकर्ता / Received
  by"); Cashfree Payouts' payout (Payout successful in a capsule; Transfer ID, Beneficiary, Amount, Transfer
  Mode, UTR and Processed On ruled).

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: the municipal corporation's
  property tax e-receipt under its Marathi name (भरणा यशस्वी / Payment Successful; Receipt No. / पावती
  क्रमांक, Property No., Owner, Financial Year / आर्थिक वर्ष, Amount / रक्कम, Mode, Bank Ref. / बँक संदर्भ and
  Payment Date / भरणा दिनांक in this set's bilingual labels); GRAS' e-challan (MTR Form Number-6) for the
  stamp duty on the workshop's leave and licence (GRN; Payment Status: Success in a capsule; Department, Type
  of Payment, Office Name, Amount, Bank, Bank CIN Ref. No. and Payment Date ruled); Aaple Sarkar's receipt for
  the Gumasta renewal (Application ID, Service, Department, Applicant, Amount, Payment Mode, Transaction ID,
  Payment Date and Payment Status in dot leaders); MahaGST's profession tax payment failed (Payment Failed on
  a tinted band, the reason in a notice; GRN, PTRC Registration No., Period, Amount, Payment Mode and
  Attempted on); e-Pay Tax' advance tax pending (a spinner, Payment pending with the bank, a notice; CRN :,
  PAN :, Assessment Year :, Type of Payment :, Amount :, Payment Mode : and Initiated on :); MTDC's stall
  allotment letter typed in Marathi in the week before the festival (its Marathi name over its English; जा.
  क्र. and दिनांक; "प्रति, व्यवस्थापक," and the firm; विषय; "... आपण स्टॉल शुल्क Rs. x/- दिनांक <day> रोजी रोख
  स्वरूपात भरले आहे." (you have paid the stall fee, Rs. x/-, in cash on <day>); the regional manager's
  signature; no reference); MahaTrafficApp's e-challan paid under "Today, <hour>" (Maharashtra Traffic Police
  under the app's bar, a scalloped badge, Challan paid, the sum; each value over its label: Challan No.,
  Vehicle No., Transaction ID, Paid via; no day); the Maharashtra Labour Welfare Board's contribution receipt
  (Receipt No., Establishment, Period, Employees, Employee and Employer Contribution, Total Amount, Payment
  Mode, Bank Ref. No. and Payment Date in dot leaders).

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar or signing its message:
  National Insurance's PREMIUM RECEIPT for the workshop's fire and stock policy (Receipt No. and Date;
  Insured, Policy No., Product, Sum Insured, Premium, CGST 9%, SGST 9%, Total Premium, Payment Mode and UTR
  ruled); Royal Sundaram's renewal mail for the Kothi's shopkeeper's policy (its sentence; Policy Number :,
  Premium (incl. GST) :, Payment Mode :, Transaction ID : and Payment Date :); Shriram General's app with the
  tempo's motor policy renewed under "Today, <hour>" (a large round tick, Policy renewed, the sum; a copyable
  Payment ID; Policy No. and Paid via; no day); Niva Bupa's group health renewal failed by card (a scalloped
  badge's cross, the sum, the reason in a notice; Proposal No. and Payment ID in tiles; Card and Attempted
  on); Care Health's renewal awaiting the bank (a progress bar, Payment awaited, the sum, a notice; Policy
  No., Transaction ID, Paid via and Initiated on in a striped table); ManipalCigna's Premium Receipt (Receipt
  No. and Receipt Date, Policy No. and Plan, Premium (incl. GST 18%) and Payment Mode, UTR / Ref. and Paid by
  two to a row); HDFC Life's WhatsApp message with no reference ("Dear <name>, we have received your premium
  of Rs.x on <dd/mm/yyyy> for policy no. ... through Net Banking. Thank you. - HDFC Life"); Raheja QBE's
  RECEIPT for the money insurance ("Received with thanks from ... the sum of Rs. x by UPI on <day> ...";
  Receipt No., Policy No., Premium, GST 18%, Total and UPI Ref. in a striped table).

* ``card_slips``: Cards on the Kothi's and the stall's terminals and the firm's cards elsewhere: Mswipe's SALE
  slip at the Kothi (DATE, TIME, MID, TID, INVOICE, CARD, AUTH CODE, RRN and AMOUNT with their colons in a
  column; APPROVED, PIN VERIFIED OK); Razorpay POS at the festival stall with the answer not come (CARD SALE;
  DATE, TXN ID, CARD, AMOUNT; TXN STATUS: PENDING, PLEASE DO NOT RETRY); Worldline's slip at a Shahganj
  hardware store DECLINED (51 INSUFFICIENT FUNDS; DATE, TIME, TID, BATCH, INV, CARD, AMOUNT at the two ends of
  each line); IndiGo's itinerary for the partner's flight to Delhi (Booking confirmed in a capsule; PNR,
  Booked on, Travel date and Flight ruled; Airfare, Taxes and fees and Total amount paid in dot leaders; Paid
  by and Payment reference); a Buddi Lane restaurant's Posist e-bill in a browser (Bill No. and Date; Item |
  Qty | Rate | Amount striped; Sub Total, CGST 2.5%, SGST 2.5%, Bill Total; Payment "Card (...) - Settled" and
  Approval Code); ICICI Bank's SMS of a spend with no reference ("INR x spent using ICICI Bank Card XX1234 on
  <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y. ..."); the OneCard app under "Today, <hour>" on its dark screen
  (the merchant over its town, the sum, Successful in a capsule; a copyable Transaction ID; Card and Reward
  points; no day); MSRTC's e-ticket for the weavers' Shivneri to Mumbai (Booking Confirmed; Ticket No. and
  Booking Date, Journey Date and Passengers, Total Fare and Paid by, Bank Ref. No. and Route two to a row).

* ``utility_bills``: The workshop's and the Kothi's bills: MSEDCL's online payment receipt under its Marathi
  name (पेमेंट पावती / Payment Receipt; Consumer No., Consumer Name, Bill Month / बिल महिना, Amount Paid,
  Receipt No., Transaction ID, Payment Date and Payment Mode in this set's bilingual labels); the water supply
  department's counter receipt typed under its Marathi name (RECEIPT NO, DATE, CONN. NO, NAME, PERIOD, AMOUNT,
  PAID BY : CASH; the cashier's oval stamp); Hathway's broadband renewal processing (Hathway Broadband under
  the app's bar; Payment processing, the sum, its stages across the page, a notice; Account No., Plan, Order
  ID, Paid via and Initiated on on hairline rows); Tata Play's recharge under "Today, <hour>" (an octagon's
  tick, Recharge successful, the sum; Subscriber ID and Transaction ID, Paid via and Balance two to a row; no
  day); a water jar supplier's monthly card in a Marathi hand ("<Month> - जार हिशोब" (the jar account); the
  jars with their sum, "एकूण"; "रोख मिळाले" and "दिनांक <day>"; no reference); an HP Gas distributor's CASH
  MEMO (Cash Memo No., Date, Consumer No., the cylinder, delivery charges and Total on hairline rows; "Paid by
  UPI" and its UPI Ref. written in); PayZapp's payment to MSEDCL failed (a large round cross, the biller, the
  sum, the reason in a notice; Transaction ID, Consumer No., Paid via and Attempted on in dot leaders); Vi
  Business' payment mail (its sentence; Account Number, Bill Period, Amount Received, Payment Mode,
  Transaction Reference and Payment Date ruled).

* ``bank_alerts``: The banks' alerts of the firm's payments: Maharashtra Gramin Bank's SMS in Marathi in a
  bubble under its day divider ("प्रिय ग्राहक, आपल्या खाते XX1234 मधून दिनांक <dd-mm-yyyy> रोजी UPI द्वारे
  रु.x <PAYEE> यांना पाठवले. संदर्भ क्र. ... -MGB" (Dear customer, Rs. x was sent from your account XX1234 on
  <day> by UPI to <PAYEE>)); Bank of Maharashtra's SMS ("A/c XXXX1234 debited by Rs.x on <dd-Mon-yyyy> towards
  NEFT to <PAYEE>, UTR ... -Bank of Maharashtra"); the Deogiri bank's SMS of a failed IMPS ("Your IMPS of Rs.x
  to <PAYEE> ... on <dd/mm/yy> is unsuccessful. Amount, if debited, will be credited back. IMPS Ref ...
  -DNSB"); Cosmos Bank's notification on the lock screen under a music player's card ("IMPS of Rs.x to <PAYEE>
  debited from A/c XX1234. IMPS Ref ... -Cosmos Bank"; no day); iMobile Pay's notification centre ("NEFT of
  INR x from Acct XX1234 to <PAYEE> on <dd-Mon-yy> is under process. UTR ...", an older offer under an older
  day); Saraswat Bank's SMS of an RTGS ("Dear Customer, Rs.x debited from your A/c XXXX1234 on <dd.mm.yyyy> by
  RTGS to <PAYEE>. UTR No ... - Saraswat Bank"); YES BANK's alert mail with no reference ("INR x has been
  debited from your account ... on <dd-Mon-yyyy> towards NEFT to <PAYEE>."); TJSB's SMS forwarded by the
  accountant into a WhatsApp chat with the frame makers under its day divider (the Forwarded mark; "Rs.x sent
  to <PAYEE> via UPI from A/c **1234 on <dd/mm/yyyy>. UPI Ref No ... -TJSB Bank"; their reply).

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (regular and bold, fonts-noto-core; heldout315's runs) for the Marathi lines, the Marathi hand in
Noto Serif Devanagari beside an upright Liberation Sans, Noto Nastaliq Urdu for the Urdu lines and Noto Sans
Modi for the Modi line (fonts-noto-core); italics for the Latin hand (``heldout322_families.PENS``) and a
fixed-width face of the page's own (``heldout322_families.TYPES``). Marathi on the papers: the firm's, the
Kothi's, the handloom corporation's, the municipal corporation's and its water supply department's, MSEDCL's,
MTDC's, the Labour Welfare Board's, the temple trust's, the co-operative bank's, the card puncher's and the
jar supplier's names over their English, the motto, headings (देयक अदा सूचना, payment advice; रोख पावती, cash
memo; पावती, receipt; मजुरी हिशोब, wage account; ईद उचल, Eid advance; पगार पावती, salary receipt; भरणा यशस्वी,
payment successful; पेमेंट पावती, payment receipt), labels (दिनांक, date; नाव, name; कारागीर, weaver; महिना,
month; रक्कम, amount; पद्धत, mode; यूटीआर, UTR; पावती क्रमांक, receipt no.; मालमत्ता क्रमांक, property no.;
मालक, owner; आर्थिक वर्ष, financial year; भरणा प्रकार and भरणा पद्धत, mode of payment; बँक संदर्भ, bank
reference; भरणा दिनांक, payment date; ग्राहक क्रमांक, consumer no.; ग्राहकाचे नाव, consumer name; बिल महिना,
bill month; भरलेली रक्कम, amount paid; व्यवहार क्रमांक, transaction no.; यूपीआय संदर्भ क्रमांक, UPI reference
no.; दिनांक व वेळ, date and time; खात्यातून, from the account; टीप, note; प्राप्तकर्ता, received by), a hand's
words (एकूण, total; रोख मिळाले, received in cash; UPI ने दिले, paid by UPI; जार, jar; थंड, cold; कार्ड पंचिंग,
card punching; लेसिंग, lacing; नक्षा, design; साडी, saree; शाल, shawl; ओढणी, dupatta; कापड, cloth; उशी कव्हर,
cushion cover; उचल, advance), letters (जावक क्र. and जा. क्र., outward no.; प्रति, to; व्यवस्थापक, manager;
विषय, subject; महोदय, sir; रोजी, on; जमा करण्यात आले आहे, has been deposited; भरले आहे, has paid; सचिव,
secretary; प्रादेशिक व्यवस्थापक, regional manager), an app's words (पेमेंट यशस्वी, payment successful; <payee>
यांना, to <payee>) and a bank's SMS (आपल्या खाते ... मधून, from your account; दिनांक <day> रोजी, on <day>; UPI
द्वारे, by UPI; <PAYEE> यांना, to <PAYEE>; पाठवले, sent; संदर्भ क्र., reference no.). The festival stall's
memo and card sale are drawn in the festival's days at Soneri Mahal (13 to 15 February 2026); MTDC's stall
letter in the week before; the Eid advance in the week before Ramzan Eid (13 to 19 March 2026); the Labour
Welfare Board's contribution in the first half of July or of January (the June and December halves); the
Kothi's counter, its terminal, its invoices and its billing app never take a payment on a Friday (one drawn on
a Friday moves to the Thursday before, its reference made again for that day); the other days anywhere in
2026. GST is 5% on the firm's Himroo (fabrics and sarees, HSN 5007, and shawls, stoles, dupattas and made-ups
of up to Rs. 2,500 a piece, since September 2025; CGST 2.5% and SGST 2.5% to a Maharashtra buyer, the handloom
corporation keeping TDS under GST of 2% of each bill's taxable value), 5% on the silk yarn (IGST from
Karnataka), 18% on the dyes, the courier's freight and the general insurance premiums (inside the sum but on
the fire policy's CGST 9% and SGST 9% and the money policy's GST 18%), 5% on the restaurant's food; the
weavers' wages, the hand-written bills, the jar card and the stall fee carry none.

Truth conventions (heldout321's, heldout320's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "to" on iMobile Pay, Axis Mobile, bob World, PhonePe, SaraswatMobile and POP; never the app, the payer, a
  UPI ID or the initials in a badge. *settled* heldout306's Marathi SMS: BHIM set in Marathi pays the name
  before its "यांना" (to), "<payee> यांना" under the sum, as Maharashtra Gramin Bank's Marathi SMS does.
  *settled* (heldout268 to heldout321): a receiving business's own app pays the business named under the app,
  here the Kothi under Google Pay for Business' bar and under myBillBook's (never the app, "from <buyer>" or
  the party). *settled* (heldout167 to heldout321): a payer's advice pays the one it pays, never the payer on
  top or a salutation: the firm after the handloom corporation's "To, The Managing Partner," (never the
  corporation or its Marathi name), SBI CINB's Beneficiary Name (never the university), Axis neo's
  Beneficiary, Bank of Maharashtra's Beneficiary, the firm after TallyPrime's "To," (never the store on top),
  Jaypore's Vendor, the payee in the boutique's Instagram message ("Sent ₹x to <payee> on GPay"; never the
  boutique); *settled* (new here) the firm under the temple trust's "प्रति, व्यवस्थापक," (To, the Manager,) in
  its letter typed in Marathi, because its sentence says the bill "आपल्या खात्यात जमा करण्यात आले आहे" (has
  been deposited in your account), as heldout321's school letter's "सेवा में, सचिव,"; never the trust.
  *settled* (heldout272, heldout277, heldout287 and heldout303 to heldout321): a name's line in the region's
  language over its English (अन्सारी हिमरू हातमाग वर्क्स, हिमरू कोठी, महाराष्ट्र राज्य हातमाग महामंडळ मर्यादित
  and the rest) is never the merchant; *settled* (new here) nor is a name's line in Urdu (ہمرو کوٹھی) or in
  Modi (the temple trust's), because it is the same name's line in another script, as the region's language's
  is. *settled* (heldout155 to heldout321): an inward wire pays the firm, here Citi's Beneficiary Name, UBS'
  Beneficiary, CommBiz' Payee, MUFG's Beneficiary, Deutsche Bank's Empfänger / Beneficiary, the name after
  "to" on NatWest and in QNB's sentence, Maybank's Beneficiary; never the remitter or the bank on top.
  *settled* (heldout175 to heldout321): the firm's own paper pays its Kothi or itself on top, here HIMROO
  KOTHI on its tax invoice, its dot-matrix invoice and its festival memo (never its Marathi or Urdu name,
  "Proprietor firm:", its Buyer or the memo's Name written in), the firm on top of its receipt book (never
  "Received with thanks from"), the Kothi on top of PayU's page and of Shopify's mail and the firm on top of
  Instamojo's (never the gateway). *settled* (heldout187 to heldout321): a supplier's name on top of its own
  paper, here SRI VENKATESHWARA SILK TWISTERS (never its Bill To), ISMAIL NAQSHABAND CARD PUNCHING under his
  Marathi name (never "श्री. अन्सारी साहेब" written to the firm), JALNA DYES & CHEMICALS (never its M/s.),
  DTDC on top of its roll, Sanket Printers & Packaging on its Refrens receipt (never its Received from), Borzo
  on top of its page; *settled* (heldout305 to heldout321's marketplaces' sellers) Amazon Business' "Sold by
  :" and Industrybuying's Sold by (never amazon business or Industrybuying). *settled* (heldout179 to
  heldout321): a banking page pays the payee, here Mahamobile Plus', YONO Business' and HDFC Bank's
  Beneficiary, the Beneficiary written a letter to a box on the co-operative bank's application (never its
  Remitter), the name after "to" on Cosmos Bank, Navi and Equitas, the name in the WhatsApp payment card
  ("Payment to <payee>" or the name alone). *settled* (heldout150 to heldout321): a pay slip pays the worker,
  here the Weaver / कारागीर written on the wage account, Zoho Payroll's Employee Name, the weaver's name
  written under the revenue stamp of the Eid advance (*settled* heldout307's and heldout309's to heldout321's
  names under a signature), the name after "To" on Google Pay and "to" on Kotak 811 and PhonePe, the Name /
  नाव written on the salary receipt, Cashfree's Beneficiary. *settled* (heldout153 to heldout321): a fee page
  pays the authority as printed, here the Chhatrapati Sambhajinagar Municipal Corporation (never its Marathi
  name or its department), GRAS' Department (the Inspector General of Registration; never GRAS, the treasury's
  system, or its Office Name, as heldout321's e-GRAS), Aaple Sarkar's Department (LABOUR DEPARTMENT,
  MAHARASHTRA, never Aaple Sarkar, as heldout321's e-Mitra), the department named under MahaGST's name (never
  MahaGST), the Income Tax Department under e-Pay Tax, Maharashtra Traffic Police under MahaTrafficApp's bar
  (never the app), the Maharashtra Labour Welfare Board on top (never its Marathi name); *settled*
  (heldout321's Kendra) MTDC on top of its stall letter, never the firm under its "प्रति, व्यवस्थापक,",
  because its sentence says "आपण ... भरले आहे" (you have paid), the one written to being the payer. *settled*
  (heldout199 to heldout321): an insurer's receipt pays the insurer on top (full or short as printed), under
  its app's bar (Shriram General Insurance) or signing its message (HDFC Life). A slip's counter name line as
  printed (HIMROO KOTHI, HIMROO KOTHI - SONERI MAHAL or its first part, the hardware store), never *settled*
  the terminal's brand over it (Mswipe, Razorpay POS, Worldline); IndiGo and MSRTC on top of their pages
  (*settled*: the carrier); the restaurant on top of its e-bill (never Posist); the name after "on" in ICICI
  Bank's "INR x spent using ICICI Bank Card XX1234 on <day> on <MERCHANT>. Avl Limit" (*settled* heldout299 to
  heldout321's card SMS); OneCard's merchant line over its town. A utility's biller: MSEDCL's English name
  (never its Marathi), the municipal corporation under its water supply department's heading, Hathway
  Broadband under Hathway's bar, Tata Play Limited under Tata Play's bar, the jar supplier's name stamped on
  top, the distributor SHAHGANJ HP GAS SERVICE (*settled* (new here) never the HP GAS over it, because it is
  the oil company's brand over the distributor who sold, as a terminal's brand over a slip's counter), the
  biller as printed on PayZapp (never PayZapp), Vi on top of its mail. An SMS, mail, notification or message's
  payee as the bank sends it (*settled*, the truncated name as printed): Bank of Maharashtra's "towards NEFT
  to <PAYEE>, UTR", the Deogiri bank's "IMPS of Rs.x to <PAYEE> from", Cosmos Bank's "to <PAYEE> debited",
  ICICI Bank's "to <PAYEE> on", Saraswat Bank's "by RTGS to <PAYEE>. UTR", YES BANK's "towards NEFT to
  <PAYEE>.", TJSB's "sent to <PAYEE> via UPI"; Maharashtra Gramin Bank's Marathi SMS the name before its
  "यांना" (*settled* heldout306); Cosmos Bank's notification on the lock screen reads as its SMS (*settled*
  heldout300's shade and heldout312's to heldout321's notifications); *settled* (new here) iMobile Pay's
  notification at the head of its notification centre reads as its SMS, never the older notification under it,
  because the centre lists the bank's alerts as the messages app does; *settled* (new here) TJSB's SMS
  forwarded into a WhatsApp chat reads as the SMS, never the chat's other party or its reply, because the
  forwarded text is the bank's own, as heldout306's watch notification reads as the SMS it shows.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*); *settled* (new here)
  PhonePe's UPI Lite balance is never the sum, because it is what is left in the wallet after paying, as an
  app's balance after paying (*settled* heldout113). *settled* (heldout152 to heldout321): a payer's advice
  counts its net sum, here the handloom corporation's Net amount paid in its box (its bills' Net the same
  together; never a Taxable, GST 5%, TDS 2% or a bill's Net alone), SBI CINB's, Axis neo's and Bank of
  Maharashtra's Amount, TallyPrime's Total (its letter's sum the same; never a bill's Amount), Jaypore's
  Remittance Amount (never a PO's), the ₹x in the Instagram message, the Rs. x/- in the temple trust's
  sentence. *settled* (heldout155 to heldout321): an inward wire's foreign sum, here US dollars (USD or $),
  Swiss francs with an apostrophe between the thousands (CHF 4'880.00 is 4880.00, *settled* heldout300),
  Australian dollars (AUD or A$, *settled* heldout301), yen whole (JPY 659,000 or ¥659,000 is 659000.00,
  *settled* heldout320), euros the German way (6.214,69 € or 6.214,69 EUR is 6214.69, *settled* heldout294),
  pounds (GBP or the pound's sign), riyals (QAR before or after, *settled* heldout213) and ringgit (RM or MYR,
  *settled* heldout216 and heldout302); never Charges, Fees or Entgelt. *settled* (heldout175 to heldout321):
  a receipt counts the sum received, here the tax invoice's Invoice Total in its box (never its Taxable Value,
  CGST 2.5%, SGST 2.5% or a line's Amount), the festival memo's "एकूण" (total) written at its line's end
  (*settled* heldout306's "एकूण रु."), the receipt book's Rs. written in its box (its words the same), PayU's
  Amount, Shopify's Total (incl. GST) (never its Subtotal, Shipping or a line), myBillBook's sum in its card
  (never its Balance), Instamojo's sum large, the dot-matrix invoice's NET AMOUNT (never its SUB TOTAL). A
  whole sum closed with /- is that sum in whole rupees (*settled* heldout259). *settled* (heldout187 to
  heldout321): a supplier's paper counts the sum paid, here the silk invoice's Invoice Total (the sticky
  note's Rs. x the same; never its Taxable Value or IGST 5%), the card puncher's and the jar supplier's
  "एकूण", Amazon Business' Order total :, the dye house's Total written (never a dye's line or GST 18%),
  DTDC's TOTAL (never FREIGHT, FUEL SURCHARGE or GST 18%), Refrens' Amount Received, Borzo's Amount,
  Industrybuying's sum. A banking page's sum (the Amount Rs. written a letter to a box on the co-operative
  bank's application). *settled* (heldout167 to heldout321): a pay slip's net sum, here the wage account's
  "एकूण" (never a line's figure, its pieces or a rate), Zoho Payroll's Net Pay on its panel (never Basic, HRA,
  Conveyance, Provident Fund or Professional Tax), *settled* (new here) the रु. x/- written in the Eid
  advance's sentence ("मी ईदसाठी रु. x/- रोख उचल घेतली आहे", I have taken Rs. x/- in cash as an advance for
  Eid), because it is the one sum the weaver writes as taken, as heldout306's "गणेशोत्सवासाठी उचल रु. x/- रोख
  मिळाले"; the sums on Google Pay, Kotak 811 and PhonePe, the Amount / रक्कम written on the salary receipt
  (its words the same), Cashfree's Amount. A fee page's Amount, Total Amount (the Labour Welfare Board's,
  never its Employee or Employer Contribution alone), the sum large, the Rs. x/- in MTDC's letter. An
  insurer's premium with its GST where it carries one (*settled*), here National Insurance's Total Premium
  (never its Premium, CGST 9%, SGST 9% or the Sum Insured), Royal Sundaram's and ManipalCigna's Premium (incl.
  GST), Raheja QBE's Total (its sentence's sum the same; never Premium or GST 18%), Shriram's, Niva Bupa's and
  Care Health's sums, the Rs.x in HDFC Life's message. A slip's AMOUNT, IndiGo's Total amount paid (never its
  Airfare or Taxes and fees), the e-bill's Bill Total (never its Sub Total, CGST 2.5%, SGST 2.5% or a dish),
  the INR x in ICICI Bank's SMS (never its Avl Limit), OneCard's sum large, MSRTC's Total Fare. A utility's
  Amount Paid, AMOUNT, the sums large (never Tata Play's Balance), the jar card's "एकूण", HP Gas' Total (never
  the cylinder's price or the delivery charges alone), Vi's Amount Received. An alert's sum debited, sent,
  failed or in process as worded (grouped the Indian or the English way or not at all), the रु.x in
  Maharashtra Gramin Bank's Marathi SMS. Currency INR but on the wires.

* status: as printed. Google Pay for Business' Payment received, BHIM's "पेमेंट यशस्वी" (payment successful;
  *settled* heldout306's "पेमेंट यशस्वी झाले"), Axis Mobile's Payment successful, bob World's Money sent,
  PhonePe's Paid from UPI Lite, POP's Paid successes; iMobile Pay's Payment in progress pending;
  SaraswatMobile's Payment failed failed. A payer's own record of the payment made (*settled*): the handloom
  corporation's "has been credited", SBI CINB's Transaction Status: Processed, TallyPrime's advice with its
  Mode and UTR No., Jaypore's "We have released the following payment" successes; *settled* (heldout286,
  heldout299, heldout301 and heldout303 to heldout321's chats and messages) the boutique's "Sent ₹x ..." a
  success; *settled* (new here) the temple trust's "... NEFT द्वारे आपल्या खात्यात जमा करण्यात आले आहे" (has
  been deposited in your account by NEFT) a success, because it is the payer's word that the money went, as
  heldout321's school letter's "जमा करा दिया गया है"; Axis neo's Awaiting checker approval pending (*settled*:
  a transfer not yet sent is a wait); Bank of Maharashtra's NEFT RETURNED, "This payment has been returned"
  failed. A wire's Citi Processed, UBS' Payment executed, Deutsche Bank's Auslandsüberweisung ausgeführt /
  Foreign transfer executed, NatWest's Payment sent, QNB's "has been processed", Maybank's Transfer successful
  successes; CommBiz' Awaiting authorisation pending (*settled*); MUFG's Remittance rejected failed. A
  receipt's "Received by UPI, UTR ...", the receipt book's "Received with thanks from ... by UPI, Ref. No.
  ...", Shopify's "Payment: UPI via Razorpay" with its Payment ID, myBillBook's Payment received, the
  dot-matrix invoice's MODE : UPI with its REF successes (*settled*); the festival memo's "रोख मिळाले"
  (received in cash) a success paid in cash (*settled* heldout306's and the sets before it); Instamojo's
  Payment pending pending; PayU's Transaction failed failed. A supplier's paper: the accountant's sticky
  note's "Paid by NEFT" with its UTR (*settled* heldout298, heldout299 and heldout303's sticky notes), the
  card puncher's "रोख मिळाले", the dye house's "PAID by GPay, Ref ..." written, DTDC's PAYMENT : UPI with its
  UPI REF (a counter's receipt printed once paid), Refrens' Payment Receipt with its Amount Received,
  Industrybuying's Order placed and paid successes; Amazon Business' Payment verification in progress pending;
  Borzo's Payment failed failed. A banking page's Mahamobile Plus' Transaction Successful, the co-operative
  bank's "Sent, UTR ..." written by its clerk (*settled* heldout310's, heldout313's, heldout314's and
  heldout319 to heldout321's co-operative banks), Navi's Paid, the WhatsApp card's Paid, YONO Business'
  Transfer successful, HDFC Bank's Funds transferred successes; Cosmos Bank's Transaction under process
  pending; Equitas' Payment failed failed. A pay slip's *settled* (new here) "UPI ने दिले, Ref ..." (paid by
  UPI) written on the wage account, the payer's own word that it paid, as heldout321's "UPI से दिया"; Zoho
  Payroll's "Paid by bank transfer on <day>, UTR ..."; *settled* (new here) the Eid advance's "... रोख उचल
  घेतली आहे" (have taken an advance in cash), the worker's own word that the advance came, in cash, as
  heldout321's Holi advance's "नकद पेशगी प्राप्त की"; Google Pay's Completed, the salary receipt's Mode NEFT
  written with its UTR, Cashfree's Payout successful successes; Kotak 811's Payment pending pending; PhonePe's
  Payment Failed failed. A fee page's "भरणा यशस्वी / Payment Successful", GRAS' Payment Status: Success, Aaple
  Sarkar's Payment Status Success, MahaTrafficApp's Challan paid, the Labour Welfare Board's receipt with its
  Payment Mode and Bank Ref. No. successes; *settled* (new here) MTDC's letter's "... रोख स्वरूपात भरले आहे"
  (has been paid in cash) a success paid in cash, as the trust's letter above; e-Pay Tax' Payment pending with
  the bank pending; MahaGST's Payment Failed failed. An insurer's National Insurance receipt with its Payment
  Mode and UTR, Royal Sundaram's "We have received your premium", Shriram's Policy renewed, ManipalCigna's
  Premium Receipt with its Payment Mode and UTR, HDFC Life's "we have received your premium", Raheja QBE's
  "Received with thanks" successes; Care Health's Payment awaited pending; Niva Bupa's Payment failed failed.
  A slip's APPROVED, IndiGo's Booking confirmed, the e-bill's "Card (...) - Settled" with its Approval Code,
  ICICI Bank's "INR x spent" (*settled*), OneCard's Successful, MSRTC's Booking Confirmed successes; Razorpay
  POS' TXN STATUS: PENDING with "PLEASE DO NOT RETRY" pending (*settled* heldout282 and heldout299 to
  heldout321: the terminal got no answer); Worldline's DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's
  MSEDCL Payment Receipt, the water counter's PAID BY : CASH with its receipt, Tata Play's Recharge
  successful, the jar card's "रोख मिळाले", HP Gas' "Paid by UPI" with its UPI Ref., Vi's "We have received
  your payment" successes; Hathway's Payment processing pending; PayZapp's Payment failed failed. *settled*:
  an SMS, mail, notification or message's debit a success whatever its bank's wording (Bank of Maharashtra's
  "debited by", Cosmos Bank's "debited from", Saraswat Bank's "debited from your A/c", YES BANK's "has been
  debited", TJSB's "sent to"); Maharashtra Gramin Bank's Marathi "पाठवले" (sent) a success (*settled*
  heldout306's Marathi SMS' "वजा करण्यात आले" and heldout321's Hindi "भेजे गए"); ICICI Bank's "is under
  process" pending (as heldout280's, heldout309's, heldout313's, heldout315's, heldout319's and heldout306's
  "in process", "under process" and "pending for processing"); the Deogiri bank's "is unsuccessful. Amount, if
  debited, will be credited back" failed.

* date: the day paid. A UPI screen's day and hour: Google Pay for Business' Received on, BHIM's Date & time /
  दिनांक व वेळ, iMobile Pay's Initiated :, bob World's Date & time, PhonePe's Paid on, SaraswatMobile's Date,
  POP's Paid on; Axis Mobile's "Today, <hour>" prints no day (*settled*). The handloom corporation's Date: on
  its Ref.'s line (never a Bill Date), SBI CINB's Payment Date, Axis neo's Value date, Bank of Maharashtra's
  Transfer Date, TallyPrime's Payment Date (never a Bill Date), the day the temple trust's sentence names
  ("दिनांक <day> रोजी", on <day>; its जावक क्र. line's दिनांक the same day), Jaypore's Payment Date; the
  Instagram message under its "Today" divider prints no day (*settled*, the chats' "Today"). A wire's Citi
  Value Date month first the American way or in words (*settled* heldout272 to heldout321's US banks), UBS'
  and Deutsche Bank's Execution date day first with points, CommBiz' Payment date, MUFG's Remittance date year
  first with slashes (*settled* heldout312's year first), the day in QNB's sentence, Maybank's Transaction
  date; NatWest's "Today, <hour>" prints no day. A receipt's Date on the tax invoice, the Date written on the
  festival memo's and the receipt book's lines, PayU's Date, Shopify's "placed on <day>", Instamojo's
  Initiated, the dot-matrix invoice's Date; myBillBook's "Today, <hour>" prints no day. The silk twisters'
  sticky note's "on <dd/mm/yyyy>" (never its Invoice Date; *settled* heldout303's sticky note), the day
  written after "दिनांक" (date) on the card puncher's bill, Amazon Business' Ordered on :, the dye house's
  Date written, DTDC's DATE, Refrens' Payment Date, Borzo's Attempted; Industrybuying's "Today, <hour>" prints
  no day. A banking page's Mahamobile Plus' Transfer Date, the Date written on the co-operative bank's
  application (its stamp's day the same), Cosmos Bank's Initiated on :, YONO Business' Transfer date, Equitas'
  Date, HDFC Bank's Date; *settled* heldout303's WhatsApp Pay in a chat: the WhatsApp card's day is its chat's
  day divider over it; Navi's "Today, <hour>" prints no day. A pay slip's "दिनांक <day>" written under the
  wage account (never its Month / महिना, *settled* heldout273 and heldout303 to heldout321: never a month or a
  pay period), Zoho Payroll's "Paid by bank transfer on <day>" (never the payslip's month), the दिनांक written
  on the Eid advance, Kotak 811's Initiated on, PhonePe's Date, the Date / दिनांक written on the salary
  receipt (never its Month), Cashfree's Processed On; Google Pay's "Today, <hour>" prints no day. A fee page's
  Payment Date / भरणा दिनांक (never its Financial Year / आर्थिक वर्ष), GRAS' Payment Date, Aaple Sarkar's
  Payment Date, MahaGST's Attempted on (never its Period), e-Pay Tax' Initiated on (never its Assessment
  Year), the day MTDC's letter names ("दिनांक <day> रोजी"), the Labour Welfare Board's Payment Date (never its
  Period, *settled* (new here): the half-year the contribution is for, as a Wage Month); MahaTrafficApp's
  "Today, <hour>" prints no day. An insurer's receipt Date, Payment Date, Attempted on, Initiated on, Receipt
  Date, the "on <dd/mm/yyyy>" in HDFC Life's message (never the chat's "Today" divider), the day in Raheja
  QBE's sentence; Shriram's "Today, <hour>" prints no day. A slip's DATE, IndiGo's Booked on (never its Travel
  date, *settled* heldout302 and heldout305 to heldout321), the e-bill's Date, the <dd-Mon-yy> in ICICI Bank's
  SMS, MSRTC's Booking Date (never its Journey Date); OneCard's "Today, <hour>" prints no day. A utility's
  Payment Date / भरणा दिनांक (never its Bill Month / बिल महिना), the water counter's DATE (never its PERIOD),
  Hathway's Initiated on, the दिनांक written under the jar card (never its month), HP Gas' Date, PayZapp's
  Attempted on, Vi's Payment Date (never its Bill Period); Tata Play's "Today, <hour>" prints no day. The
  alerts' "दिनांक <dd-mm-yyyy> रोजी" in Maharashtra Gramin Bank's Marathi SMS (*settled* heldout306's Marathi
  SMS), "on <dd-Mon-yyyy>", "on <dd/mm/yy>", ICICI Bank's "on <dd-Mon-yy>" (never the older notification's day
  under it), "on <dd.mm.yyyy>", YES BANK's "on <dd-Mon-yyyy>", TJSB's "on <dd/mm/yyyy>" in the forwarded SMS;
  Cosmos Bank's notification on the lock screen under the phone's hour prints no day (*settled* heldout319's
  lock screen). All numeric days here are day first (heldout251, heldout259) but Citi's month first and MUFG's
  year first. *settled*: never a Year, an Assessment Year, a Financial Year, a Bill Month, a Month, a महिना, a
  Period, a Bill Period, an invoice's, a bill's or a journey's day, an older notification's day, an e-mail's
  or a message's hour, the day inside a UTR (heldout210) or a CIN, an app's, a portal's, a bank's, a challan's
  or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the handloom corporation's, SBI CINB's, Axis neo's,
  Bank of Maharashtra's, TallyPrime's, the trust's and Jaypore's; Instamojo's Net banking - SBI; Amazon
  Business' Net Banking; Mahamobile Plus', the co-operative bank's, Cosmos Bank's, YONO Business' and HDFC
  Bank's transfers; Zoho Payroll's bank transfer, the salary receipt's NEFT and Cashfree's IMPS; the property
  tax's, GRAS', MahaGST's, e-Pay Tax' and the Labour Welfare Board's net banking; National Insurance's and
  ManipalCigna's NEFT, Care Health's and HDFC Life's Net Banking; MSEDCL's Net Banking; the NEFT, IMPS and
  RTGS alerts); a SWIFT transfer either way (*settled*: Citi's SHA (shared), UBS' SHA (shared), CommBiz'
  Shared (SHA), MUFG's, Deutsche Bank's SHA (geteilt), NatWest's Shared (SHA), QNB's Shared, Maybank's Shared
  (SHA)). UPI for the UPI screens (POP's RuPay credit card on UPI, *settled* heldout321's Kiwi), the
  boutique's GPay, the tax invoice's "Received by UPI", the receipt book's "by UPI", Shopify's UPI via
  Razorpay, myBillBook's Payment Mode UPI, the dot-matrix invoice's MODE : UPI; the dye house's GPay, DTDC's,
  Refrens', Borzo's and Industrybuying's UPI; Navi's, the WhatsApp card's and Equitas' UPI; the wage account's
  "UPI ने दिले", Google Pay's, Kotak 811's and PhonePe's UPI; Aaple Sarkar's and MahaTrafficApp's UPI;
  Shriram's and Raheja QBE's UPI; Hathway's, Tata Play's, HP Gas' and PayZapp's UPI; the UPI alerts. Card for
  PayU's Debit Card, Royal Sundaram's Credit Card, Niva Bupa's Visa Credit, the slips, IndiGo's Credit Card,
  the e-bill's Card, ICICI Bank's SMS, OneCard, MSRTC's Debit Card and Vi's Debit Card. Cash for a Marathi
  hand's "रोख मिळाले" (the festival memo, the card puncher's bill, the jar card), the Eid advance's "रोख"
  (*settled* (new here), as above), MTDC's letter's "रोख स्वरूपात" (in cash), the water counter's PAID BY :
  CASH.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout321): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay for Business' UPI transaction ID, BHIM's UPI Ref. No. /
  यूपीआय संदर्भ क्रमांक (*settled* heldout321: a bilingual label read as its English), iMobile Pay's UPI Ref
  No (above its Transaction ID), Axis Mobile's UPI Reference No., PhonePe's UTR (above its Transaction ID),
  SaraswatMobile's UPI Ref No. (above its Transaction ID), POP's UPI Transaction ID; the handloom
  corporation's UTR in its sentence, SBI CINB's UTR No. (above its Reference No.), the UTR in the Instagram
  message, TallyPrime's UTR No., Jaypore's UTR; the tax invoice's UTR (above its Invoice No.), the receipt
  book's Ref. No. (above its No. struck in red), myBillBook's UPI Ref. (above its Payment In #), the
  dot-matrix invoice's REF (above its Inv No); the sticky note's UTR, the dye house's Ref written (above its
  Bill No.), DTDC's UPI REF (never its CONSIGNMENT NO, *settled* heldout274, heldout299 and heldout303 to
  heldout321's article numbers), Refrens' Transaction ID (a UPI reference, above its Receipt No.); the banking
  pages' UTR No., UTR, IMPS Ref No, UPI Ref, Reference number, the "Sent, UTR ..." the co-operative bank's
  clerk wrote; the wage account's Ref written in the Marathi hand, Zoho Payroll's UTR, Google Pay's UPI
  transaction ID, Kotak 811's UPI Ref No., the salary receipt's UTR, Cashfree's UTR (above its Transfer ID);
  National Insurance's and ManipalCigna's UTR, Raheja QBE's UPI Ref. (above their Receipt No.); HP Gas' UPI
  Ref. (above its Cash Memo No.); a slip's RRN (above its AUTH CODE and its INVOICE); the alerts' UTR, IMPS
  Ref, UTR No and UPI Ref No), then a bank reference (Axis neo's Transaction ID, Bank of Maharashtra's
  Transaction Reference, Citi's Transaction Reference, UBS' Transaction number, CommBiz' Payment ID, MUFG's
  Remittance No., Deutsche Bank's Referenz / Reference, NatWest's Reference, Maybank's Reference number; the
  property tax's Bank Ref. / बँक संदर्भ (above its Receipt No.), GRAS' Bank CIN Ref. No. (above its GRN), the
  Labour Welfare Board's Bank Ref. No. (above its Receipt No.); MSRTC's Bank Ref. No. (above its Ticket No.)),
  then a transaction / payment id (PayU's PayU ID (above its Order ID), Shopify's Payment ID (above its Order
  #), Instamojo's Payment ID, Industrybuying's Transaction ID (above its Order ID), Equitas' and PhonePe's
  Transaction ID, Aaple Sarkar's and MahaTrafficApp's Transaction ID (above its Challan No.), Royal
  Sundaram's, Care Health's Transaction ID, Shriram's and Niva Bupa's Payment ID, Razorpay POS' TXN ID,
  IndiGo's Payment reference (above its PNR), OneCard's Transaction ID, MSEDCL's Transaction ID (above its
  Receipt No.), Tata Play's and PayZapp's Transaction ID, Vi's Transaction Reference), then an approval code
  (the e-bill's Approval Code, above its Bill No.), then an order's number (Amazon Business' Order #, Borzo's
  Order No., Hathway's Order ID, IndiGo's PNR and *settled* (new here) MSRTC's Ticket No. (a bus ticket's
  number as an order's, as a PNR is, *settled* heldout126 to heldout321)), then a document's own number (the
  tax invoice's Invoice No., the receipt book's No. struck in red, myBillBook's Payment In #, the dot-matrix
  invoice's Inv No, the silk invoice's Invoice No., the dye house's Bill No., Refrens' Receipt No.,
  Worldline's INV, Mswipe's INVOICE, the e-bill's Bill No., the property tax's, the Labour Welfare Board's,
  National Insurance's, ManipalCigna's, Raheja QBE's and MSEDCL's Receipt No., the water counter's RECEIPT NO,
  HP Gas' Cash Memo No., MahaTrafficApp's Challan No., GRAS' and MahaGST's GRN and e-Pay Tax' CRN (*settled*
  heldout304 to heldout321's CRN, CPIN, TRRN and GRN: a challan numbered when it is created)). *settled*:
  never a card, account, phone or mobile number, a UPI ID, IFSC, GSTIN, PAN, a Udyam number, a Consumer No., a
  Subscriber ID, a Property No., a PTRC Registration No., a Policy No., a Proposal No., a Vehicle No., an
  Employee ID, a Vendor Code, a PO No. or an Invoice No. of an advice, a Bill No. or Bill Ref. of an advice, a
  consignment's number, a slip's MID / TID / BATCH, a letter's जावक क्र. or its Ref. (its file number,
  *settled* heldout278, heldout303, heldout304 and heldout306 to heldout321), *settled* (new here) Aaple
  Sarkar's Application ID, because it numbers the application for the licence, not the payment, as a Proposal
  No. does."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout322_families import (
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

SPLIT = "heldout322"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout320's and heldout321's: the screens in
# Liberation Sans (liberation2), DejaVu Sans, Noto Sans Display, Noto Sans and FreeSans; the pages in Noto
# Serif, FreeSerif, DejaVu Sans Condensed, Liberation Serif, Noto Sans and DejaVu Serif; the firm's, its
# suppliers' and its people's papers in Liberation Serif, Noto Serif Display, DejaVu Serif Condensed,
# FreeSans and Noto Sans; the slips in four monos in another order; the Marathi runs of every page in Noto
# Sans and Noto Serif Devanagari, the Urdu in Noto Nastaliq Urdu and the Modi in Noto Sans Modi
# (``heldout322_families.SCRIPT_FACES``), beside them a pen's italic (``heldout322_families.PENS``) and a
# page's own fixed-width face (``heldout322_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
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


def make_heldout322_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout322 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

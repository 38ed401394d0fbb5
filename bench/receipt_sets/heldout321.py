"""heldout321: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kathputli string-puppet makers' and puppeteers' co-operative's year of 2026 in
Jaipur, Rajasthan (Dhola Maru Kathputli Kalakar Sahakari Samiti Ltd., in Hindi ढोला मारू कठपुतली कलाकार सहकारी
समिति लि., named for Dhola and Maru, the lovers of the Rajasthani ballad its puppeteers play, Regd. No.
2117/JPR/2004, GSTIN 08AAAAD6318H1ZQ, its motto "हर धागे में एक कहानी" (a story in every thread), with Govind
Ram Bhat its president, Mohan Lal Bhat its secretary, who pays its makers and its bills, Sunita Sharma, who
keeps its accounts, Kavita Bhat at its counter, Aakash Bhat, who keeps the web shop and the shows abroad, and
Raju Nayak, its helper: its members (Gopal Bhat, Shankar Lal Bhat, Bhanwari Devi, Kishan Bhat, Laxmi Bhat,
Hemraj Bhat, Sita Devi Bhat and Ramprasad Bhat among them) carve the puppets' heads and hands from mango wood
in its workshop in Kalakar Colony, Jhotwara, paint their white faces with the large almond eyes, dress them in
ghaghras of bandhani, leheriya and gota, string them to their wooden controls and play them with the dholak
and the ghungroo in the shows the samiti is booked for (Amar Singh Rathore, Dhola-Maru, the raja and rani, the
horse rider, the dancer, the snake charmer, Anarkali), paid by the puppet made and by the show played; its
counter in Chaura Rasta, Dhola Maru Kathputli Ghar (ढोला मारू कठपुतली घर), closed on Sundays as Chaura Rasta's
shops are; its stall and shows at Lokrang, the Jawahar Kala Kendra's festival of folk arts (12 to 21 October
2026); its web shop dholamarukathputli.in on CCAvenue and Razorpay and its iTokri store; RAJSICO's Rajasthali
emporiums, the Jawahar Kala Kendra through the state's Pay Manager, an Udaipur lake hotel company, an Udaipur
wedding company, an Ajmer school society, a Delhi haveli hotel, a Sanganer government school and a Mumbai
events company at home, and a marionette theatre in Atlanta, a puppet company in Charleville-Mézières, a
marionette trust in Norwich, a puppet theatre in Montréal, a hotel company in Dubai, a puppet theatre in
Stockholm, a string theatre trust in Wellington and a resort company in Bangkok abroad), told by the proofs of
payment it receives (buyers' BHIM Vyapar on the Ghar's phone, Paytm set in Hindi, Kiwi, Airtel Thanks, Tata
Neu, FedMobile, IndOASIS and WhatsApp's payments; RAJSICO's advice under its Hindi name, Pay Manager's payee
detail, HDFC Bank ENet with an RTGS pending its authoriser, a wedding company's Microsoft Teams channel, YES
CONNECT with a school society's NEFT returned, a hotel company's Zoho Books Payment Made, a government
school's letter in Hindi and an events company's Odoo receipt; Wells Fargo, Société Générale, Barclays, RBC
Royal Bank, Emirates NBD, SEB, ANZ and Bangkok Bank for buyers in Atlanta, Charleville-Mézières, Norwich,
Montréal, Dubai, Stockholm, Wellington and Bangkok in US dollars, euros the French way, pounds, Canadian
dollars, dirhams, kronor the Swedish way, New Zealand dollars and baht; the Ghar's tax invoice under a pair of
kathputlis, the Lokrang stall's cash memo in a Hindi hand lying on a bandhani odhni, the samiti's receipt book
in Hindi and English, CCAvenue's failed card, Khatabook set in Hindi under "आज" (today), iTokri's payout mail,
Razorpay's workshop payment processing and the Ghar's GoFrugal roll) and those it makes (the timber merchant's
bill in a Hindi hand, the gota merchant's Vyapar invoice with its payment details, IndiaMART's pending order,
the paint dealer's BUSY invoice, India Post's Speed Post receipt, Porter's failed booking, Moglix's order
under "Today" and the ghungroo maker's bill in a Hindi hand; AU 0101, IDBI GO Mobile+, PSB UnIC, the Jaipur
Central Co-operative Bank's application filled in by hand, super.money, KVB DLite, DBS digibank and Amazon Pay
for the timber merchant, the gota merchant, a costume tailor, a carpenter, a sound and lights hire, a paint
maker, a thread house and a poster printer; a puppeteer's show-fee account in a Hindi hand, greytHR's payslip,
a Holi advance in a Hindi hand, JioFinance, IDFC FIRST Bank, PhonePe's chat, YONO Lite SBI and the helper's
salary voucher in Hindi and English; Jaipur Municipal Corporation Heritage's trade licence receipt set in
Hindi, an e-Mitra kiosk's receipt, RajCop Citizen's challan, e-Pay Tax' failed TDS challan, the Jaipur
Development Authority's UD tax receipt, EPFO's challan awaiting the bank, the Jawahar Kala Kendra's Lokrang
stall letter in Hindi and e-GRAS' stamp duty challan; IFFCO-TOKIO's, Generali Central's, Acko's, Kotak
General's, Liberty General's, Magma General's, Zuno's and Aditya Birla Health's premiums; cards on the Ghar's
HDFC Bank terminal and the Lokrang stall's Paytm card machine, at a Johari Bazar gota shop's Pine Labs
terminal, on Akasa Air, at a hardware shop's BharatPe machine, on a MI Road restaurant's DotPe bill, in Kotak
Mahindra Bank's SMS and on the SBI Card app; JVVNL's receipt under its Hindi name, Excitel, the P.H.E.D.'s
counter receipt, Rajasthan State Gas, a dairy's milk account in a Hindi hand, Jio's mail, Freecharge and
JVVNL's Bijli Mitra; Rajasthan Gramin Bank's SMS in Hindi, the SMS of State Bank of India, Bank of Baroda, the
Jaipur Central Co-operative Bank and RBL Bank, AU Bank's notification in the pulled-down shade, HDFC Bank's
InstaAlert mail and Canara Bank's WhatsApp banking). One payment per page, each drawn from its own seed
(heldout321-<i>) in a face the seed chooses, with its degraded copy made from the same stream by
heldout14_render's ``degrade``, so that the set is drawn the same every time (no set or hash order is read
anywhere). Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields). Each layout is a function of its own in ``heldout321_families`` (the family's
function picks it by the receipt's place in its family), written by hand for this set.

Layouts (every one written for this set: its labels and its arrangement none of heldout318's or heldout319's,
and nearly all of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they
also drew, it is drawn here in this set's own labels and marks, and near ones are noted): BHIM Vyapar on the
Ghar's phone with its details set against a gutter, where heldout319 drew BharatPe for Business' read-only
fields and heldout318 PhonePe Business' dot leaders; Paytm set in Hindi with each detail's Hindi label and its
English small after it, where heldout318 drew BHIM set in Assamese with its Assamese over its English; Kiwi's
card-on-UPI payment processing under a spinner with its stages left to right and colons, where heldout319 drew
Fi's over a progress bar and heldout318 CRED's stages across the page; Airtel Thanks' "Today" on a scalloped
badge with tiles, where heldout319 drew Jupiter's ticket under "Today"; Tata Neu's payment with no reference
and its values over their labels, where heldout319 drew MobiKwik's and heldout318 Groww's; FedMobile's tinted
band with colons; IndOASIS' failure under a red ribbon in dot leaders, where heldout319 drew IPPB's under a
large round cross and heldout318 Navi's under a red ribbon in a ruled table; WhatsApp's payment details;
RAJSICO's advice under its Hindi name in a striped table with its TDS, where heldout319 drew ZOHANCO's letter
on hairline rows and heldout318 the Assam corporation's; Pay Manager's payee detail in this set's bilingual
cells; HDFC Bank ENet's RTGS pending in shaded labels, where heldout319 drew Kotak FYN's tabs and heldout318
Kotak Fyn's stages top to bottom; a wedding company's Microsoft Teams channel under "Today", where heldout319
drew a buyer's WhatsApp message and heldout318 a Google Chat space; YES CONNECT's NEFT returned on a tinted
band with its values over their labels, where heldout319 drew IDFC FIRST Bank's under a red ribbon and
heldout318 IndusInd Bank's in an octagon; Zoho Books' Payment Made with its sum on a tinted panel, where
heldout319 drew SAP's advice and heldout318 RazorpayX' payout mail; a government school's letter typed in
Hindi with no reference, where heldout319 drew a church fellowship's letter in Mizo and heldout318 a puja
committee's letter in its treasurer's hand; Odoo's payment receipt two to a row, where heldout319 and
heldout318 drew Marg ERP's vouchers; Wells Fargo's wire against a gutter, where heldout319 drew Chase's in a
ruled table; Société Générale's French and English labels in a ruled table, where heldout319 drew Zürcher
Kantonalbank's German and English in a striped one and heldout318 DNB's Norwegian and English in dot leaders;
Barclays' payment returned in an octagon two to a row, where heldout319 drew OCBC's under a tile's cross and
heldout318 Nordea's on a tinted band; RBC's striped receipt, where heldout318 drew RHB's; Emirates NBD's
sentence with no reference in a rounded card, where heldout319 drew HSBCnet's and heldout318 Mizuho's
sentences; SEB's Swedish labels with their English in brackets in shaded labels; ANZ's payment pending with
its stages top to bottom and colons, near heldout319's Mizuho remittance awaiting processing; Bangkok Bank's
"Today" on a scalloped badge with tiles, where heldout319 drew Lloyds Bank's "Today" and heldout318 Hang Seng
Bank's; the Ghar's tax invoice under a pair of kathputlis in a striped table with its Grand Total on a tinted
panel, where heldout319 drew the Dawr's under a folded puanchei on hairline rows and heldout318 the Bipani's
under a xorai; the Lokrang memo in a Hindi hand lying on a bandhani odhni, near heldout319's Chapchar Kut memo
in a Mizo hand lying on a puanchei and heldout318's Doul memo in an Assamese hand lying on hammered brass; the
samiti's RECEIPT book in this set's bilingual cells with a revenue stamp, where heldout319 drew PAWISA
DAWNNA's boxed fields and heldout318 a money receipt across its counterfoil; CCAvenue's failure under a large
round cross in a ruled table, where heldout319 drew Easebuzz' on a tinted band and heldout318 Cashfree's under
a large round cross in dot leaders; Khatabook set in Hindi under "आज" in a rounded card, near heldout319's and
heldout318's OkCredit "Today"; iTokri's payout mail on hairline rows, where heldout318 drew GoCoop's in a
ruled table; Razorpay's payment page processing under a spinner two to a row; GoFrugal's torn roll, where
heldout319 drew Ginesys' and heldout318 Vyapar's; the timber merchant's bill in a Hindi hand, near
heldout319's carpenter's bill in a Mizo hand and heldout318's charcoal seller's chit in an Assamese hand; the
gota merchant's Vyapar invoice with its payment details in a rounded card, near heldout319's yarn dealer's
PAYMENT DETAILS table; IndiaMART's pending order over a progress bar in dot leaders, where both drew Udaan's;
the paint dealer's BUSY invoice with its typed receipt line, near heldout319's printer's Tally invoice; India
Post's Speed Post receipt typed at its counter, where both drew Delhivery's; Porter's failed booking on a
tinted band; Moglix' order under "Today" with its values over their labels; the ghungroo maker's bill in a
Hindi hand with its "UPI से प्राप्त"; AU 0101's IMPS two to a row; IDBI GO Mobile+'s striped NEFT; PSB UnIC's
failure on a scalloped badge with a copyable id; the Jaipur Central Co-operative Bank's application in
bilingual cells under its oval stamp, near heldout319's Mizoram Co-operative Apex Bank's application with its
letter boxes and rectangular stamp; super.money's "Today" with a copyable reference, where heldout319 drew
PhonePe's "Today" and heldout318 Google Pay's; KVB DLite's NEFT in process under a spinner with its stages
across the page against a gutter, where heldout319 drew IOB Mobile's stages top to bottom and heldout318
Vyom's; DBS digibank's IMPS under a badge of initials in a ruled table, where heldout318 drew Axis Mobile's
initials over a striped table; Amazon Pay's payment with no reference in a capsule, where heldout319 drew
BHIM's; the puppeteer's show-fee account in a Hindi hand, near heldout319's weaving-wage record in a Mizo hand
and heldout318's wage account in an Assamese hand; greytHR's payslip with its Net Pay in a box and its credit
on a tinted band, where heldout319 drew Keka's and heldout318 RazorpayX Payroll's; the Holi advance in a Hindi
hand with its revenue stamp, near heldout319's Christmas bonus in a Mizo hand and heldout318's Bihu advance in
an Assamese hand; JioFinance's ticket, near heldout319's Jupiter ticket; IDFC FIRST Bank's failure in an
octagon two to a row, where heldout319 drew YONO SBI's on a tinted band; PhonePe's chat under "Today" with its
payment card, where heldout319 drew a WhatsApp chat with a forwarded payment and heldout318 a Google Pay
thread; YONO Lite SBI's pending payment over a progress bar in dot leaders, where heldout319 drew bob World's
stages across the page; the helper's salary voucher on dotted lines in Hindi and English, where heldout319
drew HLAWH DAWNNA's and heldout318 a voucher in Assamese form lines; the heritage corporation's trade licence
receipt set in Hindi, where heldout319 drew Aizawl Municipal Corporation's in a ruled table and heldout318
Sarthebari's under its Assamese name; e-Mitra's kiosk receipt typed in its face; RajCop's challan paid under
"Today" in a ruled table, where heldout319 drew mParivahan's "Today" in an octagon; e-Pay Tax' failure under a
red ribbon in dot leaders; JDA's UD tax receipt in a ruled table with its seal; EPFO's challan awaiting the
bank with its stages top to bottom and colons, where heldout319 drew EPFO's failure and ESIC's pending challan
and heldout318 ESIC's; JKK's stall letter typed in Hindi with no reference, where heldout319 drew the Chapchar
Kut stall fee receipt with its counterfoil and heldout318 the Doul committee's book; e-GRAS Rajasthan's
challan two to a row, where heldout318 drew e-GRAS Assam's; IFFCO-TOKIO's receipt two pairs to a row under its
sentence, where heldout319 drew United India's ruled table; Generali Central's fire receipt in dot leaders,
where heldout319 drew Oriental's striped one; Acko's failure with tiles, near heldout319's ICICI Lombard
failure; Kotak General's mail against a gutter, where heldout319 drew Cholamandalam MS' with colons; Liberty
General's SMS with no reference, near heldout319's Universal Sompo SMS; Magma's values over their labels under
a capsule, near heldout319's Reliance General receipt; Zuno's "Today" in an octagon, where heldout319 drew
HDFC ERGO's on a scalloped badge; Aditya Birla Health's verification with its stages across the page in shaded
labels, where heldout319 drew New India's under a spinner; HDFC Bank's slip two fields to a line, where
heldout319 drew State Bank of India's; Paytm's card machine pending, where heldout319 drew PhonePe Smart POS'
and heldout318 the Doul stall's PhonePe terminal; Pine Labs' slip with its labels and values at the two ends
of each line, where heldout319 drew ICICI Bank's dotted to their column; Akasa Air's booking two to a row,
where heldout319 drew Air India Express' ruled table and heldout318 IRCTC's; BharatPe's declined slip, where
heldout319 drew Kotak's; DotPe's bill, where heldout319 drew eZee Optimus' and heldout318 Petpooja's; Kotak
Mahindra Bank's card SMS, where both drew Axis Bank's; the SBI Card app's "Today", where heldout319 drew IDFC
FIRST Bank's and heldout318 HDFC Bank MyCards'; JVVNL's receipt under its Hindi name in a ruled table, where
heldout319 drew the Power & Electricity Department's striped one and heldout318 APDCL's under its Assamese
name; Excitel's "Today" two to a row, where heldout319 drew Vi's and heldout318 Airtel Thanks'; the P.H.E.D.'s
counter receipt typed under its Hindi name with its oval stamp, near heldout319's P.H.E. Department's receipt
book and heldout318's PHED handheld printer; Rajasthan State Gas' pending payment over a progress bar two to a
row, where heldout319 drew HP Pay's read-only fields and heldout318 IndianOil ONE's stages; the dairy's milk
account in a Hindi hand, near heldout319's cable card in a Mizo hand and heldout318's tea stall account in an
Assamese hand; Jio's mail with colons, where heldout319 drew Airtel Xstream Fiber's; Freecharge's failure on a
tinted band in a striped table, where heldout319 drew CRED's on its dark screen; Bijli Mitra's recharge on a
scalloped badge with its values over their labels; Rajasthan Gramin Bank's SMS in Hindi in a bubble, near
heldout319's Mizoram Rural Bank's SMS in Mizo and heldout318's Bandhan Bank's in Assamese (and heldout315's
Punjab National Bank's in Hindi); State Bank of India's, Bank of Baroda's, the Jaipur Central Co-operative
Bank's and RBL Bank's SMS in their own wordings, where heldout319 drew IDBI Bank's, Axis Bank's, Bank of
India's and the Mizoram Co-operative Apex Bank's and heldout318 IDBI Bank's, UCO Bank's, ICICI Bank's and
Indian Bank's; AU Bank's notification in the pulled-down shade, where heldout319 drew ICICI Bank's on the lock
screen and heldout318 Central Bank of India's (and heldout300 Punjab & Sind Bank's in the shade); HDFC Bank's
InstaAlert mail with no reference, where heldout319 drew IndusInd Bank's and heldout318 Axis Bank's mails;
Canara Bank's WhatsApp banking, where heldout319 drew UCO Bank's and heldout318 HDFC Bank's. This set draws
kinds of row and page heldout318 and heldout319 do not: Hindi in Devanagari (a co-operative's, a shop's, a
corporation's, a school's, a kendra's, a bank's, a utility's and a department's names, a motto, headings, an
app set in Hindi, a school's and a kendra's typed letters, a bank's SMS) in heldout315's runs of Noto Sans and
Noto Serif Devanagari; a Hindi hand in Noto Sans Devanagari with its Latin figures in an upright FreeSans,
sheared as a ball pen leans; this set's bilingual cell row (the label's Hindi in bold over its English small
in a pale marigold cell, the value printed or written in the cell beside it, both ruled round); an app's or a
portal's detail set in Hindi (the Hindi label with its English small after it, the value at the right); a
voucher's dotted line in Hindi and English; a pair of kathputlis as a letterhead's emblem (a raja in his
turban with its plume and a rani under her odhni, hanging by their strings from one wooden control); a strip
of leheriya as a divider; a control's loose strings and ghungroo bells in the margins; a page photographed
lying on a bandhani odhni; Microsoft Teams' channel; a kiosk's receipt; and beside them the rows heldout269's
to heldout294's sets share (tables ruled on every side, striped tables, shaded labels, labels against a
gutter, labels at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted
outcome bands, capsules, tiles two to a row, values over their labels, labels over their values two to a row,
copyable fields, a tinted panel, notice boxes, stages across the page, left to right and top to bottom,
progress bars, spinners, large round marks, octagons, scalloped badges, tile marks, ribbons, a ticket's card,
a day divider, chat bubbles, a chat's payment card, rounded cards, a round badge of initials, hand-written
columns on a ruled page, tick boxes, a sum in a box, round and oval stamps, a red numbering-machine number,
revenue stamps, signatures, a torn roll, a phone's pulled-down shade).

* ``buyer_upi``: Buyers paying the Kathputli Ghar or the samiti by UPI: BHIM Vyapar on the Ghar's phone (the
  Ghar under the app's bar, an octagon's tick, Money received, the sum, "from <buyer>"; RRN, Received on,
  Payer VPA and Settled to against a gutter); Paytm set in Hindi (a large round tick, "भुगतान सफल" (payment
  successful), the sum, "<payee> को" (to <payee>); "लेन-देन का विवरण" (transaction details): UPI संदर्भ संख्या
  · UPI Ref No., दिनांक व समय · Date & time, किस खाते से · From account, टिप्पणी · Note); Kiwi's RuPay credit
  card on UPI processing (a spinner, Processing payment, the sum, "to <payee>", its stages left to right, a
  notice; Reference No. :, Started at : and Card : with colons); Airtel Thanks' payment under "Today, <hour>"
  (a scalloped badge, Payment successful, the sum, "to <payee>"; UPI Ref. No. and Paid from in tiles; no day);
  Tata Neu's payment with no reference (a large round tick, Paid, the sum; each value over its label: Paid to,
  Date & time, Paid via); FedMobile's payment on a tinted band (Payment Successful, the sum; Paid To :, UPI
  Ref No :, Date :, From A/c : and Remarks : with colons); IndOASIS' failure under a red ribbon (the sum, "to
  <payee>", the reason in a notice; Transaction ID, Date, Reason and Debit A/c in dot leaders); WhatsApp's
  payment details (the payee's initials in a round badge, "Payment to <payee>", the sum, Completed, the day
  and hour; UPI transaction ID, To, From and Bank at the left and the right).

* ``buyer_advices``: Payers' advices of what they paid the samiti: RAJSICO's PAYMENT ADVICE under its Hindi
  name for the puppets its Rajasthali emporiums bought (its No. and Date; "To, The Secretary," and the samiti;
  Bill No. | Bill Date | Gross | TDS 2% | Net in a striped table with the Net paid under it; "The net amount
  of Rs. x has been credited ... by NEFT / RTGS vide UTR ..."; the Chief Accounts Officer's signature and its
  round seal); Rajasthan's Pay Manager with the Jawahar Kala Kendra's payment of the samiti's Lokrang show fee
  (Payee Wise Payment Detail in this set's bilingual cells: विभाग / Department, बिल संख्या / Bill No., वाउचर
  संख्या / Voucher No., प्राप्तकर्ता / Payee, शुद्ध राशि / Net Amount, भुगतान तिथि / Payment Date, यूटीआर /
  UTR, स्थिति / Status); HDFC Bank ENet with an Udaipur lake hotel company's NEFT or RTGS pending its
  authoriser (a capsule, its stages across the page, a notice; Transaction Ref, Beneficiary, Amount, Payment
  type, Value date and Created by in shaded labels); an Udaipur wedding company's Microsoft Teams channel
  under "Today" (the writer's initials in a round badge, her name and hour; "Paid ₹x to <payee> by IMPS for
  the kathputli show at the Jagmandir sangeet. Ref ..."; a colleague's reply; no day); YES CONNECT with an
  Ajmer school society's NEFT returned on a tinted band (the reason in a notice; each value over its label:
  Transaction Reference, Beneficiary, Amount, Value Date, Return Reason); a Delhi haveli hotel company's
  Payment Made from Zoho Books (its Payment#; Payment Date, Reference#, Paid Through and Payment Mode at the
  left and the right; Paid To; Amount Paid on a tinted panel; Bill# | Bill Date | Bill Amount | Payment in a
  table ruled on every side); a Sanganer government school's letter typed in Hindi with no reference (कार्यालय
  प्रधानाचार्य and the school's name; पत्रांक and दिनांक; "सेवा में, सचिव," (To, the Secretary) and the samiti
  in English; विषय (subject); "... प्रदर्शन का शुल्क रु. x/- दिनांक <day> को NEFT द्वारा आपके खाते में जमा करा
  दिया गया है।" (the fee for the show, Rs. x/-, has been deposited in your account by NEFT on <day>); the
  principal's signature over प्रधानाचार्य); a Mumbai events company's Payment Receipt printed from Odoo (its
  number as its heading; labels small over their values two to a row: Payment Date and Payment Method, Vendor
  and Amount; Memo with its UTR; Invoice Date | Invoice Number | Original | Amount Paid in a striped table).

* ``export_wires``: Puppet theatres, festivals, hotels and resorts abroad paying the samiti for its puppets
  and its troupe's shows: Wells Fargo's Commercial Electronic Office with an international wire sent in US
  dollars, the day month first (Status, Wire reference, Beneficiary, Beneficiary bank, Amount, Value date and
  Charges against a gutter); Société Générale's Sogecash Net with a transfer executed in euros the French way
  (Virement international exécuté / International transfer executed; each label's French and its English after
  a slash in a table ruled on every side: Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution /
  Execution date, Référence / Reference, Frais / Charges); Barclays' iPortal with a payment in pounds returned
  in an octagon (the sum, "to <payee>", the reason in a notice; labels small over their values two to a row:
  Payment reference and Payment date, Charges and Reason); RBC Express with a wire in Canadian dollars (Wire
  payment completed; Confirmation number, Payee, Payee's bank, Amount, Date processed (the day year first or
  in words) and Charges in a striped table); Emirates NBD's business app with a transfer in dirhams told in a
  sentence with no reference (a tile's tick and Transfer successful in a rounded card; "Your international
  transfer of <sum> to <payee> was completed on <day>."; From account and Charges); SEB's Företag with a
  payment in kronor the Swedish way (Betalning genomförd; Mottagare (Beneficiary), Belopp (Amount),
  Betalningsdag (Payment date, the day year first), Referens (Reference), Avgifter (Charges) in shaded
  labels); ANZ Transactive with a payment in New Zealand dollars pending (a capsule, its stages top to bottom;
  Payment ID:, Beneficiary:, Amount:, Requested date: and Charges: with colons); Bangkok Bank's Business app
  with a transfer in baht under "Today, <hour>" (a scalloped badge, Transfer sent, the sum, "to <payee>";
  Reference and Fee in tiles; From account; no day).

* ``own_receipts``: The samiti's own papers, its Kathputli Ghar or itself on top: the Ghar's TAX INVOICE under
  a pair of kathputlis, its Hindi name and a strip of leheriya (Invoice No. and Date, Billed to and Place of
  Supply; # | Item | HSN | Qty | Rate | Amount in a striped table; Taxable Value, CGST 2.5% and SGST 2.5% in
  dot leaders, the Grand Total on a tinted panel; the sum in words; "Paid via UPI - UTR ..."; "पधारो म्हारे
  देस!" (welcome to our land); a control's strings and ghungroo bells in its margins); the Lokrang stall's
  CASH MEMO in the festival's days, photographed lying on a bandhani odhni (the Ghar's Hindi name over its
  English, "लोकरंग 2026 | जवाहर कला केंद्र, जयपुर", "कैश मेमो"; दिनांक / Date and नाम / Name in bilingual
  cells written in; the puppets written in a Hindi hand with their sums, "कुल" (total); "नकद प्राप्त किए"
  (received in cash); no reference); the samiti's रसीद / RECEIPT for a show booking's advance from its book
  (No. struck in red; दिनांक / Date, प्राप्त किया / Received from, राशि / Amount, किस हेतु / Towards, भुगतान
  माध्यम / Mode and संदर्भ सं. / UPI Ref in bilingual cells written in; the sum in words; a revenue stamp
  signed across; प्राप्तकर्ता / Receiver); CCAvenue's status page for the web shop with a card payment failed
  under a large round cross (the Ghar on top, the reason in a notice; Order No., Tracking ID, Amount, Payment
  Mode and Date & Time in a table ruled on every side); Khatabook set in Hindi on the Ghar's phone (the Ghar
  under the app's bar, the customer, "आज, <hour>" (today), "भुगतान मिला" (payment received), the sum and "UPI
  से" (by UPI) in a rounded card; UPI संदर्भ · UPI Ref and बकाया · Balance due; no day); iTokri's payout mail
  (Payout processed, its sentence; Seller, Payout ID, Orders, Commission, Net payout, UTR and Paid on on
  hairline rows); Razorpay's payment page for a kathputli-making workshop with the payment processing under a
  spinner (the samiti on top, the sum, a notice; labels small over their values two to a row: Payment ID and
  Order ID, Method and Started); the Ghar's GoFrugal bill on a torn three-inch roll (BILL NO and DATE; the
  puppets, SUB TOTAL, CGST 2.5%, SGST 2.5%, GRAND TOTAL typed in the printer's face; PAID BY : UPI and its UPI
  RRN).

* ``supplier_invoices``: The samiti's suppliers, each on top of its own paper: a Jhotwara timber merchant's
  kachcha bill for the mango wood (his Hindi name over his English and "॥ श्री गणेशाय नमः ॥" at its head;
  "दिनांक" and the day and "श्रीमान <name> जी" written; the wood, its sawing and the cart written in a Hindi
  hand with their sums, "कुल"; "नकद प्राप्त" (received in cash); no reference); a Kishanpole Bazar gota and
  fabric merchant's TAX INVOICE from Vyapar (Invoice No. and its earlier Invoice Date; Item | HSN | Qty | Rate
  | Amount on hairline rows; Sub Total, CGST 2.5%, SGST 2.5%, Total set right; Payment Details in a rounded
  card: Mode, Ref. No., Received on, Received, Balance 0.00); IndiaMART's order of paints with the payment
  pending (a progress bar, Payment under process, the sum, a notice; Order ID, Seller, Paid via and Placed on
  in dot leaders); a Chandpole paint dealer's TAX INVOICE printed from BUSY (Invoice No. and its earlier Date;
  S.N. | Description | Qty | Rate | Amount in a table ruled on every side; CGST 9%, SGST 9% and Invoice Total
  in dot leaders; "Recd. Rs.x by UPI (Ref. ...) on <dd-mm-yyyy>" typed under it); India Post's Speed Post
  booking receipt from Jaipur G.P.O.'s counter (Article No., Booked on, To, Weight, Tariff, GST 18%, Amount
  Rs.; Payment : UPI and its UPI Ref); Porter's mini truck booking with its payment failed on a tinted band
  (Porter on top; the reason in a notice; Booking ID, Vehicle, Amount, Paid via, Attempted at and Reason at
  the left and the right); Moglix' order of carving tools paid under "Today, <hour>" (a tile's tick, Order
  placed and paid, the sum; each value over its label: Order ID, Sold by, Paid via, Transaction ID; no day); a
  Jodhpur ghungroo maker's bill (his Hindi name over his English; "दिनांक" and the day, the bells and their
  sums in a Hindi hand, "कुल"; "UPI से प्राप्त, Ref ..." (received by UPI) written under it).

* ``vendor_transfers``: The samiti paying its suppliers from its banks: AU 0101's IMPS to the timber merchant
  (a large round tick, IMPS successful, the sum, "to <payee>"; labels small over their values two to a row:
  IMPS Ref No. and Date, Beneficiary A/c and IFSC, From and Remarks); IDBI GO Mobile+'s NEFT to the gota
  merchant (Transaction successful in a capsule, the sum; UTR Number, Beneficiary, Transfer Date, Mode, Debit
  Account and Purpose in a striped table); PSB UnIC's UPI payment to a costume tailor failed on a scalloped
  badge (the sum, "to <payee>", the reason in a notice; a copyable Transaction ID; Date and From); the Jaipur
  Central Co-operative Bank's NEFT / RTGS application under its Hindi name, the customer's copy filled in by
  hand (NEFT ticked; दिनांक / Date, लाभार्थी / Beneficiary, खाता सं. / A/c No., IFSC / Bank code, राशि /
  Amount Rs. and भेजने वाला / Remitter in bilingual cells written in; "Sent, UTR ..." written by its clerk
  under the branch's oval stamp with its day); super.money's payment to a sound and lights hire under "Today,
  <hour>" (a large round tick, Paid, the sum, "to <payee>"; a copyable UPI Ref. No.; Paid from; no day); KVB
  DLite's NEFT to an Ajmer paint maker in process (a spinner, the sum, "to <payee>", its stages across the
  page, a notice; UTR, Initiated on and Debit A/c against a gutter); DBS digibank's IMPS to a thread house
  (the payee's initials in a round badge, Transfer successful, the sum; Payee, Reference No., Date, Mode and
  From in a table ruled on every side); Amazon Pay's payment to a poster printer with no reference (a capsule,
  Payment successful, the sum, "Paid to" over the payee, "on <day>, <hour>"; Paid using and Cashback).

* ``worker_pay``: The samiti paying its makers and puppeteers (by the puppet made and the show played) and its
  staff: a puppeteer's show-fee account under its Hindi heading "खेल मेहनताना हिसाब" (an account of the fees
  for shows played) and SHOW FEE ACCOUNT (कलाकार / Puppeteer and माह / Month in bilingual cells written in;
  the venues, shows and rates written in a Hindi hand with their sums, "कुल"; "UPI से दिया, Ref ..." (paid by
  UPI) and "दिनांक <day>" written under it); greytHR's payslip for the Ghar's counter ("Payslip for the month
  of <month>"; Name, Employee No., Designation, Bank; Earnings | Amount | Deductions | Amount on hairline
  rows; the Net Pay printed in a box and its words; "Net pay credited" on a tinted band, "Credited by NEFT on
  <day> | UTR ..."); a maker's Holi advance in a Hindi hand under "होली पेशगी" (Holi advance) ("मैंने होली
  त्योहार हेतु रु. x/- नकद पेशगी प्राप्त की।" (I have received Rs. x/- in cash as an advance for the Holi
  festival) and "दिनांक <day>" written; a revenue stamp signed across, the maker's name written under it in
  Latin letters; no reference); JioFinance's UPI payment to a maker in a ticket's card (a large round tick,
  Payment successful, the sum, "to <maker>"; past the tear, UPI Ref No., Paid on, From and Note); IDFC FIRST
  Bank's UPI payment to a maker failed in an octagon (the sum, "to <maker>", the reason in a notice; labels
  small over their values two to a row: Transaction ID and Date, From and Reason); PhonePe's chat with a maker
  under its "Today" divider (the maker on top; the secretary's payment card: Paid, the sum, UPI Ref and the
  hour; her reply "मिल गया, धन्यवाद" (received, thank you); no day); YONO Lite SBI's UPI payment to a maker
  pending over a progress bar (Reference No., Initiated on and From account in dot leaders); the helper's
  "वेतन भुगतान वाउचर / SALARY VOUCHER" (Voucher No. struck in red; नाम / Name, माह / Month, राशि / Amount,
  माध्यम / Mode, संदर्भ सं. / UPI Ref and दिनांक / Date printed with their values written on dotted lines; the
  sum in words; a revenue stamp signed across over प्राप्तकर्ता / Received by).

* ``govt_fees``: The samiti's fees, taxes and dues, the authority paid as printed: Jaipur Municipal
  Corporation Heritage's trade licence e-receipt under its Hindi name (भुगतान सफल / Payment Successful; रसीद
  संख्या · Receipt No., लाइसेंस संख्या · Licence No., फर्म · Firm, वित्तीय वर्ष · Financial Year, राशि ·
  Amount, भुगतान माध्यम · Mode, बैंक संदर्भ · Bank Ref No., भुगतान तिथि · Payment Date, each Hindi label with
  its English small after it); an e-Mitra kiosk's receipt for the Shops & Establishments renewal typed in the
  kiosk's face (Receipt No, Date, Department, Service, Applicant; Fee, e-Mitra charge, Total; Payment : CASH;
  Transaction ID); the RajCop Citizen app with an e-challan of the troupe's tempo paid under "Today, <hour>"
  (Rajasthan Police under the app's bar, a scalloped badge, Challan paid, the sum; Challan No., Vehicle No.,
  Transaction ID and Paid via in a table ruled on every side; no day); the income tax portal's e-Pay Tax with
  the samiti's TDS challan failed under a red ribbon (a notice; CRN, TAN, Type of Payment, Amount, Payment
  Mode and Attempted on in dot leaders); the Jaipur Development Authority's urban development tax receipt
  under its Hindi name (Receipt No., Property ID, Assessment Year, Amount, Payment Mode, Bank Ref. No. and
  Payment Date in a table ruled on every side; its round seal); EPFO's employer portal with the ECR challan
  awaiting the bank (a capsule, its stages top to bottom; TRRN:, Establishment ID:, Wage Month:, Total
  Amount:, Bank: and Initiated on: with colons); the Jawahar Kala Kendra's Lokrang stall allotment letter
  typed in Hindi in the week before the festival (its Hindi name over its English; "लोकरंग 2026 - स्टॉल
  आवंटन"; "सेवा में, सचिव," and the samiti; "... आपके द्वारा स्टॉल शुल्क रु. x/- दिनांक <day> को नकद जमा करा
  दिया गया है।" (the stall fee of Rs. x/- has been paid by you in cash on <day>); the programme officer's
  signature; no reference); e-GRAS Rajasthan's e-challan for the stamp duty on the shed's lease (GRN; Payment
  Status: Success in a capsule; labels small over their values two to a row: Department and Office, Purpose
  and Amount, Bank and Bank Ref. No., Payment Date and Remitter).

* ``insurer_receipts``: The samiti's premiums, the insurer on top, under its app's bar or signing its message:
  IFFCO-TOKIO's PREMIUM RECEIPT for the Ghar's shopkeeper's policy (its sentence "Received with thanks from
  ... the sum of Rs. x towards premium ... by UPI"; Receipt No. and Receipt Date, Policy No. and Product,
  Premium and GST 18%, Total Premium and Mode, Instrument Ref. two pairs to a row on hairline rows); Generali
  Central's Premium Receipt cum Tax Invoice for the workshop's fire policy (Receipt No., Policy No., Insured,
  Sum Insured, Premium, CGST 9%, SGST 9%, Total Premium, Payment Mode, UTR and Payment Date in dot leaders);
  Acko's app with the secretary's health renewal failed by card under a large round cross (the sum, the reason
  in a notice; Policy No. and Payment ID in tiles; Card and Attempted on); Kotak General's mail of the tempo's
  motor policy issued (its sentence; Policy Number, Vehicle, Premium (incl. GST), Transaction ID, Payment Mode
  and Payment Date against a gutter); Liberty General's SMS of the marine transit premium received, with no
  reference ("Dear Customer, premium of Rs.x received on <dd/mm/yyyy> via Net Banking for policy ... Thank
  you. - Liberty General Insurance"); Magma General's receipt for the troupe's group personal accident cover
  (Payment received in a capsule; each value over its label: Receipt No., Policy No., Premium (incl. GST 18%),
  Transaction ID, Paid via, Payment date); Zuno's app with the Ghar's burglary cover renewed under "Today,
  <hour>" (an octagon's tick, Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via; no
  day); Aditya Birla Health's portal with the makers' group health renewal under verification (a capsule, its
  stages across the page, a notice; Proposal No., Premium, Transaction ID, Paid via and Initiated on in shaded
  labels).

* ``card_slips``: Cards on the Ghar's and the Lokrang stall's terminals and the samiti's cards elsewhere: HDFC
  Bank's SALE slip at the Ghar typed two fields to a line (DATE / TIME, MID / TID, BATCH / INV, the card, APPR
  / RRN, AMOUNT; APPROVED, PIN VERIFIED, CUSTOMER COPY); Paytm's card machine at the Lokrang stall in the
  festival's days with the answer not come (CARD SALE; DATE, TID, ORDER ID, CARD, AMOUNT; STATUS : PENDING, DO
  NOT RETRY - CHECK IN PAYTM FOR BUSINESS); Pine Labs' slip at a Johari Bazar gota shop, each label and its
  value at the two ends of the line (DATE, TIME, TID, BILL NO, CARD, CARD TYPE, APPR CODE, RRN, TOTAL;
  APPROVED); Akasa Air's booking for the troupe's flight to a show in Mumbai (Booking confirmed in a capsule;
  PNR and Travel date, Passengers and Booking date two to a row; Base fare, Taxes & fees and Total paid set
  right; Payment method and Payment reference); BharatPe's swipe machine at a hardware shop DECLINED (TXN
  DECLINED, 05 DO NOT HONOUR); a MI Road restaurant's bill from DotPe after a show (Bill No., Table and Date;
  the Rajasthani dishes; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total; "Settled: CARD", the card and its
  Approval Code); Kotak Mahindra Bank's SMS of a spend on the samiti's credit card ("INR x spent on Kotak
  Credit Card x1234 on <dd-Mon-yy> at <MERCHANT>. Avl limit: INR y. Not you? ..."; no reference); the SBI Card
  app with a spend at a music shop under "Today, <hour>" (the merchant over its town, the sum, Approved in a
  capsule; Card and Transaction ID in tiles; Category; no day).

* ``utility_bills``: The workshop's and the Ghar's bills: JVVNL's online payment receipt under its Hindi name
  ("ऑनलाइन भुगतान रसीद / ONLINE PAYMENT RECEIPT"; K Number, Consumer Name, Bill Month, Amount Paid, Receipt
  No., Transaction ID, Payment Date and Mode in a table ruled on every side); Excitel's app with the Ghar's
  broadband renewed under "Today, <hour>" (the company under the app's bar, a large round tick, the sum;
  Transaction ID and Plan, Paid via and Validity (in days) two to a row; no day); the Public Health
  Engineering Department's water bill receipt from its Jhotwara counter under its Hindi name, "जल बिल भुगतान
  रसीद", typed in the counter's face (RECEIPT NO, DATE, CONSUMER NO, NAME, BILL PERIOD, AMOUNT, MODE : CASH;
  its oval stamp); Rajasthan State Gas' piped gas bill payment pending (a progress bar, the sum, a notice; BP
  Number and Order ID, Paid via and Initiated on two to a row); a dairy's milk account for the workshop's tea
  in a Hindi hand (its name stamped at the head; "दूध का हिसाब - <Month>" (the milk account); the litres and
  the curd with their sums, "कुल"; "नकद प्राप्त" and "दिनांक <day>" written; no reference); Jio's JioFiber
  payment mail (its sentence; Receipt No. :, Account No. :, Amount :, Payment Mode :, Transaction Ref. No. :
  and Payment Date : with colons); Freecharge's electricity payment to JVVNL failed on a tinted band (the
  biller, the sum, the reason in a notice; Transaction ID, K Number, Paid via and Attempted on in a striped
  table); JVVNL's Bijli Mitra app with the Ghar's prepaid smart meter recharged (JVVNL under the app's bar, a
  scalloped badge, Recharge successful, the sum; each value over its label: Meter No., Transaction ID, Paid
  via, Date & time).

* ``bank_alerts``: The banks' alerts of the samiti's payments: Rajasthan Gramin Bank's SMS in Hindi in a
  bubble under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से दिनांक <dd-mm-yyyy> को UPI द्वारा रु.x
  <PAYEE> को भेजे गए। Ref No .... -RGB" (Dear customer, Rs. x was sent from your account XX1234 on <day> by
  UPI to <PAYEE>)); State Bank of India's SMS ("Dear Customer, your A/c XXXXX1234 is debited by Rs.x on
  <dd-Mon-yy> by NEFT to <PAYEE>. UTR .... If not done by you, call ... -SBI"); Bank of Baroda's SMS of a UPI
  transfer that failed ("Rs.x transfer from A/c ...1234 to <PAYEE> via UPI on <dd-mm-yy> has failed. Amount,
  if debited, will be reversed. UPI Ref .... -Bank of Baroda"); AU Bank's notification in the phone's
  pulled-down shade ("AU 0101 · AU Bank now"; "Rs.x debited from A/c XX1234 via IMPS to <PAYEE>. IMPS Ref ....
  -AU Bank"; no day); the Jaipur Central Co-operative Bank's SMS ("Dear Member, A/c XX1234 debited Rs.x on
  <dd/mm/yyyy> by IMPS to <PAYEE>. IMPS Ref .... -JCCB"); RBL Bank's SMS of a NEFT being processed ("Your NEFT
  of Rs.x from A/c XX1234 to <PAYEE> dated <dd.mm.yyyy> is being processed. UTR .... -RBL Bank"); HDFC Bank's
  InstaAlert mail with no reference ("Rs.x has been debited from account **1234 to <PAYEE> via RTGS on
  <dd-mm-yyyy>."); Canara Bank's WhatsApp banking message under its day divider ("Dear Customer, INR x debited
  from A/c XX1234 towards UPI to <PAYEE> on <dd/mm/yyyy>. UPI Ref .... -Canara Bank").

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Devanagari and Noto Serif
Devanagari (regular and bold, fonts-noto-core; heldout315's runs) for the Hindi lines, the Hindi hand in Noto
Sans Devanagari beside an upright FreeSans; italics and obliques for the Latin hand
(``heldout321_families.PENS``) and a fixed-width face of the page's own (``heldout321_families.TYPES``). Hindi
on the papers: the samiti's, the Ghar's, RAJSICO's, the school's, the Kendra's, the corporation's, the JDA's,
JVVNL's, the P.H.E.D.'s, the co-operative bank's and the merchants' Hindi names over their English, the motto,
headings (भुगतान सूचना, payment advice; कैश मेमो, cash memo; रसीद, receipt; खेल मेहनताना हिसाब, show-fee
account; होली पेशगी, Holi advance; वेतन भुगतान वाउचर, salary voucher; नगरीय विकास कर रसीद, UD tax receipt; जल
बिल भुगतान रसीद, water bill receipt; ऑनलाइन भुगतान रसीद, online payment receipt), labels (दिनांक, date; नाम,
name; प्राप्त किया, received from; राशि, amount; किस हेतु, towards; भुगतान माध्यम, mode; संदर्भ सं.,
reference; कलाकार, puppeteer; माह, month; लाभार्थी, beneficiary; खाता सं., account no.; भेजने वाला, remitter;
प्राप्तकर्ता, payee or receiver; शुद्ध राशि, net amount; भुगतान तिथि, payment date; स्थिति, status; विभाग,
department; बिल संख्या, bill no.; वाउचर संख्या, voucher no.; रसीद संख्या, receipt no.; लाइसेंस संख्या, licence
no.; फर्म, firm; वित्तीय वर्ष, financial year; बैंक संदर्भ, bank reference; UPI संदर्भ संख्या, UPI reference;
दिनांक व समय, date and time; किस खाते से, from which account; टिप्पणी, note; बकाया, balance due), a hand's
words (कुल, total; नकद प्राप्त किए and नकद प्राप्त, received in cash; UPI से दिया, paid by UPI; UPI से
प्राप्त, received by UPI; घनफुट, cubic feet; खेल, shows; दूध, milk; दही, curd), letters (सेवा में, to; सचिव,
secretary; विषय, subject; महोदय, sir; जमा करा दिया गया है, has been deposited; प्रधानाचार्य, principal;
कार्यक्रम अधिकारी, programme officer), an app's words (भुगतान सफल, payment successful; <payee> को, to <payee>;
आज, today; भुगतान मिला, payment received; UPI से, by UPI) and a bank's SMS (आपके खाते ... से, from your
account; दिनांक <day> को, on <day>; UPI द्वारा, by UPI; <PAYEE> को, to <PAYEE>; भेजे गए, have been sent).
Lokrang's cash memo, the stall's card sale and a share of BHIM Vyapar's receipts are drawn in the festival's
days at the Jawahar Kala Kendra (12 to 21 October 2026); its stall letter in the week before; the Holi advance
in the week before Holi (25 February to 3 March 2026); the Ghar's counter, its terminal, its roll, its tax
invoice and its ledger app never take a payment on a Sunday (one drawn on a Sunday moves to the Saturday
before, its reference made again for that day); the other days anywhere in 2026. GST is 5% on the samiti's
puppets (toys and puppets, HSN 9503, since September 2025; CGST 2.5% and SGST 2.5% to a Rajasthan buyer,
RAJSICO keeping TDS under GST of 2% of each bill's taxable value), none on its shows (a folk artist's
performance within Rs. 1,50,000 is exempt), 5% on the gota and fabric, 18% on the paints (CGST 9% and SGST
9%), on the Speed Post tariff and on the general insurance premiums (inside the sum on the shopkeeper's,
motor, accident, burglary and health covers; CGST 9% and SGST 9% on the fire policy), 5% on the restaurant's
food; the makers' and puppeteers' wages, the hand-written bills and the milk account carry none.

Truth conventions (heldout319's, heldout318's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "to" on Kiwi, Airtel Thanks and IndOASIS, Tata Neu's and FedMobile's Paid to, after "Payment to" on
  WhatsApp; the Ghar, the samiti, the samiti as a bank's field cuts it (DHOLA MARU KATHPUTLI KAL) or its short
  name; never the app, the payer, a UPI ID or the initials in a badge. *settled* (new here): Paytm set in
  Hindi pays the name before its "को" (to): "<payee> को" under the sum, because Hindi puts the one a thing
  goes to before its "को" (*settled* heldout277's and heldout315's Hindi SMS) and the screen names no other
  payee. *settled* (heldout268 to heldout319): a receiving business's own app pays the business named under
  the app, here the Ghar under BHIM Vyapar's bar and under Khatabook's (never the app, "from <buyer>" or the
  customer). *settled* (heldout167 to heldout319): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here the samiti after RAJSICO's "To, The Secretary," (never RAJSICO or its Hindi name),
  Pay Manager's प्राप्तकर्ता / Payee (a bilingual label read as its English; never its विभाग / Department, the
  Kendra), ENet's Beneficiary, YES CONNECT's Beneficiary, Zoho Books' Paid To (never the hotel company on
  top), Odoo's Vendor, the payee in the Teams message ("Paid ₹x to <payee> by IMPS"; never its writer or the
  channel). *settled* (new here): the school's letter typed in Hindi pays the samiti named under its "सेवा
  में, सचिव," (To, the Secretary,) because its sentence says the fee "आपके खाते में जमा करा दिया गया है" (has
  been deposited in your account), as an English letter's "To, The Secretary," over the payee (*settled*
  heldout304's, heldout307's and heldout309 to heldout319's letters); never the school or its प्रधानाचार्य.
  *settled* (heldout272, heldout277, heldout287 and heldout303 to heldout319): a name's line in Hindi over its
  English (ढोला मारू कठपुतली घर, ढोला मारू कठपुतली कलाकार सहकारी समिति लि., राजस्थान लघु उद्योग निगम लि. and
  the rest) is the name's line in the region's language and never the merchant. *settled* (heldout155 to
  heldout319): an inward wire pays the samiti, here Wells Fargo's Beneficiary, Société Générale's Bénéficiaire
  / Beneficiary, the name after "to" on Barclays, in Emirates NBD's sentence and on Bangkok Bank, RBC's Payee,
  SEB's Mottagare (Beneficiary), ANZ's Beneficiary:; never the remitter or the bank on top. *settled*
  (heldout175 to heldout319): the samiti's own paper pays its Ghar or itself on top, here DHOLA MARU KATHPUTLI
  GHAR on its tax invoice, its roll and its Lokrang memo (never its Hindi name, "A unit of", its Billed to or
  the memo's नाम / Name written in), the samiti on top of its receipt book (never its प्राप्त किया / Received
  from), the Ghar on top of CCAvenue's page and the samiti on top of Razorpay's (never the gateway); *settled*
  (heldout285's, heldout304's and heldout307 to heldout319's payouts) iTokri's Seller. *settled* (heldout187
  to heldout319): a supplier's name on top of its own paper, here MAHADEV TIMBER MART and BHANWAR LAL GHUNGROO
  WALE under their Hindi names (never "श्रीमान <name> जी" written to the samiti), SHRI RAM GOTA BHANDAR (never
  its Bill To), CHANDPOLE PAINT STORES, INDIA POST on its counter receipt, Porter on top of its page;
  IndiaMART's Seller and Moglix' Sold by (*settled* heldout305 to heldout319's marketplaces' sellers; never
  IndiaMART or moglix). *settled* (heldout179 to heldout319): a banking page pays the payee, here the name
  after "to" on AU 0101, PSB UnIC, super.money and KVB DLite, IDBI's Beneficiary, the लाभार्थी / Beneficiary
  written in the co-operative bank's cell (never its भेजने वाला / Remitter), DBS' Payee, the name under Amazon
  Pay's "Paid to". *settled* (heldout150 to heldout319): a pay slip pays the worker, here the कलाकार /
  Puppeteer written in the show-fee account's cell, greytHR's Name:, the maker's name written under the
  revenue stamp on the Holi advance (*settled* heldout307's, heldout309's to heldout319's names under a
  signature), the name after "to" on JioFinance, IDFC FIRST Bank and YONO Lite SBI, the maker on top of the
  PhonePe chat (*settled* heldout275's and heldout308's to heldout319's chats), the नाम / Name written on the
  salary voucher's dotted line. *settled* (heldout153 to heldout319): a fee page pays the authority as
  printed, here Jaipur Municipal Corporation Heritage (never its Hindi name), Rajasthan Police under RajCop's
  bar (*settled* heldout272, heldout301 and heldout303 to heldout319: never the app), the Income Tax
  Department and the Employees' Provident Fund Organisation on top, the JAIPUR DEVELOPMENT AUTHORITY (never
  जयपुर विकास प्राधिकरण), JAWAHAR KALA KENDRA on top of its stall letter. *settled* (new here): the Kendra's
  letter typed in Hindi pays the Kendra on top, never the samiti under its "सेवा में, सचिव,", because its
  sentence says the fee was paid "आपके द्वारा" (by you), the one written to being the payer here, as a
  receipt's "Received from" is; an e-Mitra kiosk's receipt pays the Department it prints (LABOUR DEPARTMENT,
  RAJASTHAN), never e-MITRA, because the kiosk collects the fee for the department as an app does for a biller
  (*settled* heldout285's, heldout301's and heldout303 to heldout319's "the company, never the app"); e-GRAS'
  challan pays its Department (Registration & Stamps Dept.), never e-GRAS, the treasury's system, or its
  Office. *settled* (heldout199 to heldout319): an insurer's receipt pays the insurer on top (full or short as
  printed), under its app's bar (ACKO General Insurance, Zuno General Insurance) or signing its message
  (Liberty General Insurance). A slip's counter name line as printed (DHOLA MARU KATHPUTLI GHAR, DHOLA MARU
  KATHPUTLI GHAR - LOKRANG or its first part, the gota shop, the hardware shop), never *settled* the
  terminal's brand or bank over it (HDFC BANK, Paytm, Pine Labs, BharatPe); Akasa Air on top of its booking
  (*settled*: the carrier); the restaurant on top of its bill (never DotPe); the name after "at" in Kotak's
  "INR x spent on Kotak Credit Card x1234 on <day> at <MERCHANT>. Avl limit" (*settled* heldout299 to
  heldout319's card SMS); the SBI Card app's merchant line over its town. A utility's biller: Jaipur Vidyut
  Vitran Nigam Ltd. (never its Hindi name; on Freecharge the biller as printed, never Freecharge; under Bijli
  Mitra's bar, never the app), Excitel Broadband Pvt. Ltd. under Excitel's bar, the P.H.E.D.'s English name
  under its Hindi, Rajasthan State Gas Limited, the dairy's name stamped on top, Reliance Jio Infocomm Ltd. on
  top of its mail. An SMS, mail, notification or WhatsApp banking message's payee as the bank sends it
  (*settled*, the truncated name as printed): State Bank of India's "by NEFT to <PAYEE>. UTR", Bank of
  Baroda's "to <PAYEE> via UPI", AU Bank's "via IMPS to <PAYEE>. IMPS Ref", the co-operative bank's "by IMPS
  to <PAYEE>. IMPS Ref", RBL Bank's "to <PAYEE> dated", HDFC Bank's "to <PAYEE> via RTGS", Canara Bank's
  "towards UPI to <PAYEE> on"; Rajasthan Gramin Bank's Hindi SMS the name before its "को" (*settled*
  heldout277's and heldout315's Hindi SMS); *settled* heldout300's shade and heldout312's to heldout319's
  notifications: AU Bank's notification reads as its SMS; Canara Bank's WhatsApp message reads as its SMS.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout319): a payer's advice counts its net sum, here RAJSICO's Net paid (its sentence's sum the same;
  never a bill's Gross or TDS 2%), Pay Manager's शुद्ध राशि / Net Amount, ENet's, YES CONNECT's and Odoo's
  Amount, Zoho Books' Amount Paid, the ₹x in the Teams message, the रु. x/- in the school letter's sentence.
  *settled* (heldout155 to heldout319): an inward wire's foreign sum, here US dollars (USD or $), pounds (GBP
  or the pound's sign), Canadian dollars (CAD or C$), dirhams (AED before or after), New Zealand dollars (NZD
  or NZ$), baht (THB before or after); *settled* (new here): euros the French way and kronor the Swedish way,
  a space between the thousands and a comma before the cents (7 932,29 € or 7 932,29 EUR is 7932.29; SEK 85
  135,03 is 85135.03), because that is how a French or a Swedish bank prints a sum, as heldout294's German
  8.413,92 with its points; never Charges, a Fee or Frais. *settled* (heldout175 to heldout319): a receipt
  counts the sum received, here the tax invoice's Grand Total on its panel (never its Taxable Value, CGST
  2.5%, SGST 2.5% or a line's Amount), the Lokrang memo's "कुल" (total) written at its line's end (*settled*
  heldout315's "कुल"), the receipt book's राशि / Amount written in its cell, CCAvenue's Amount, Khatabook's
  sum under its "भुगतान मिला" (never its बकाया / Balance due), iTokri's Net payout (never its Commission),
  Razorpay's sum large, the roll's GRAND TOTAL (never its SUB TOTAL). A whole sum closed with /- is that sum
  in whole rupees (*settled* heldout259). *settled* (heldout187 to heldout319): a supplier's paper counts the
  sum paid, here the timber merchant's and the ghungroo maker's "कुल", the gota merchant's Total (its Received
  the same), IndiaMART's sum, the paint dealer's Invoice Total (its typed line's Rs.x the same; never CGST 9%
  or SGST 9% or its Taxable), India Post's Amount Rs. (never its Tariff or GST 18%), Porter's Amount, Moglix'
  sum. A banking page's sum (the राशि / Amount Rs. written in the co-operative bank's cell). *settled*
  (heldout167 to heldout319): a pay slip's net sum, here the show-fee account's "कुल" (never a line's figure,
  its shows or its rate), greytHR's Net Pay in its box (never Gross Earnings, Total Deductions, an earning or
  a deduction), *settled* (new here) the रु. x/- written in the Holi advance's sentence ("... हेतु रु. x/- नकद
  पेशगी प्राप्त की", I have received Rs. x/- in cash as an advance for ...), because it is the one sum the
  maker writes as received, as heldout319's Christmas bonus' "Rs. x/- cash-in ka dawng e"; the sums on
  JioFinance, IDFC FIRST Bank and YONO Lite SBI and on the PhonePe chat's payment card, the राशि / Amount
  written on the salary voucher's line (its words the same). A fee page's राशि / Amount, Amount, Total Amount,
  the sum large. *settled* (new here): e-Mitra's Total (the fee and the kiosk's e-Mitra charge, the sum paid
  at the kiosk), never its Fee or its e-Mitra charge alone, because the receipt is the kiosk's for the money
  it took; the रु. x/- in the Kendra's letter. An insurer's premium with its GST where it carries one
  (*settled*), here IFFCO-TOKIO's Total Premium (its sentence's sum the same; never Premium or GST 18%),
  Generali Central's Total Premium (never its Premium, CGST 9%, SGST 9% or the Sum Insured), Kotak General's
  and Magma's Premium (incl. GST), Acko's, Zuno's and Aditya Birla Health's sums, the Rs.x in Liberty
  General's SMS. A slip's AMOUNT, TOTAL and AMT, Akasa Air's Total paid (never its Base fare or Taxes & fees),
  the restaurant's Grand Total (never its Sub Total, CGST 2.5%, SGST 2.5% or a dish), the INR x in Kotak's SMS
  (never its Avl limit), the SBI Card app's sum large. A utility's Amount Paid, the sums large, AMOUNT, Amount
  :, the dairy's "कुल" (never the milk's or the curd's line alone). An alert's sum debited, sent, failed or in
  process as worded (grouped the Indian or the English way or not at all), the रु.x in Rajasthan Gramin Bank's
  Hindi SMS. Currency INR but on the wires.

* status: as printed. BHIM Vyapar's Money received, the Hindi Paytm's "भुगतान सफल" (payment successful;
  *settled* (new here), because it is the app's own word for a success in Hindi, as heldout318's BHIM set in
  Assamese "পৰিশোধ সফল হ'ল"), Airtel Thanks' Payment successful, Tata Neu's Paid, FedMobile's Payment
  Successful, WhatsApp's Completed successes; Kiwi's Processing payment pending; IndOASIS' TRANSACTION FAILED
  failed. A payer's own record of the payment made (*settled*): RAJSICO's "has been credited", Pay Manager's
  स्थिति / Status Paid, Zoho Books' Payment Made with its Payment Mode and Reference#, Odoo's Payment Receipt
  with its Payment Method and its UTR successes; *settled* (heldout286, heldout299, heldout301 and heldout303
  to heldout319's chats and messages) the Teams message's "Paid ₹x ..." a success; *settled* (new here) the
  school letter's "... NEFT द्वारा आपके खाते में जमा करा दिया गया है" (has been deposited in your account by
  NEFT) a success, because it is the payer's word that the money went, as heldout319's church letter's "kan
  thawn e"; ENet's Pending authorisation pending (*settled*: a transfer not yet sent is a wait); YES CONNECT's
  NEFT RETURNED failed. A wire's Wells Fargo Sent, Société Générale's Virement international exécuté /
  International transfer executed, RBC's Wire payment completed, Emirates NBD's Transfer successful, SEB's
  Betalning genomförd (payment executed, the Swedish alone), Bangkok Bank's Transfer sent successes; ANZ's
  Pending pending (*settled*); Barclays' Payment returned failed. A receipt's "Paid via UPI - UTR ...", the
  receipt book's भुगतान माध्यम / Mode UPI written with its संदर्भ सं. / UPI Ref, Khatabook's "भुगतान मिला"
  (payment received; *settled* (new here), the ledger app's own word in Hindi that the money came, as
  heldout319's OkCredit's Payment received), iTokri's Payout processed, the roll's PAID BY : UPI with its UPI
  RRN successes; *settled* (new here) a Hindi hand's "नकद प्राप्त किए" or "नकद प्राप्त" (received in cash) a
  success paid in cash, on the Lokrang memo, the timber merchant's bill and the dairy's account, because
  "प्राप्त" (received) is the receiver's own word that the money came and "नकद" (cash) the way, as
  heldout319's "Cash-in ka dawng e" and heldout318's "নগদ বুজি পালোঁ"; Razorpay's Payment processing pending;
  CCAvenue's Transaction Failure failed. A supplier's paper: the gota merchant's invoice with its Payment
  Details (Mode, Ref. No., Received on, Received, Balance 0.00) a success, its Received on the day paid (never
  its Invoice Date; *settled* heldout319's PAYMENT DETAILS), the paint dealer's typed "Recd. Rs.x by UPI (Ref.
  ...) on <day>", India Post's receipt with its Payment : UPI and UPI Ref (a counter's receipt printed once
  paid), Moglix' Order placed and paid successes; *settled* (new here) the ghungroo maker's "UPI से प्राप्त,
  Ref ..." (received by UPI) a success paid by UPI, its Ref the id, as "नकद प्राप्त" above; IndiaMART's
  Payment under process pending; Porter's Payment failed failed. A banking page's AU 0101's IMPS successful,
  IDBI's Transaction successful, the co-operative bank's "Sent, UTR ..." written by its clerk (*settled*
  heldout310's, heldout313's, heldout314's and heldout319's co-operative banks), super.money's Paid, DBS'
  Transfer successful, Amazon Pay's Payment successful successes; KVB DLite's In process pending; PSB UnIC's
  Payment failed failed. A pay slip's *settled* (new here) "UPI से दिया, Ref ..." (paid by UPI) written on the
  show-fee account, the payer's own word that it paid, as heldout319's "UPI-in ka pe e"; greytHR's "Net pay
  credited" with its NEFT and UTR, the Holi advance's "... नकद पेशगी प्राप्त की" (*settled* (new here): the
  worker's own word that the advance came, in cash), JioFinance's Payment successful, the PhonePe chat's Paid
  card with her reply "मिल गया" (received), the salary voucher's माध्यम / Mode UPI written with its UPI Ref
  successes; YONO Lite SBI's Payment pending pending; IDFC FIRST Bank's Payment failed failed. A fee page's
  "भुगतान सफल / Payment Successful", e-Mitra's Payment : CASH with its receipt, RajCop's Challan paid, JDA's
  receipt with its Payment Mode and Bank Ref. No., e-GRAS' Payment Status: Success successes; *settled* (new
  here) the Kendra's letter's "... नकद जमा करा दिया गया है" (has been paid in cash) a success paid in cash, as
  the school's letter above; EPFO's Status awaited from bank pending; e-Pay Tax' PAYMENT FAILED failed. An
  insurer's IFFCO-TOKIO "Received with thanks", Generali Central's receipt with its Payment Mode and UTR,
  Kotak General's "We have received your payment", Liberty General's "received on <day>", Magma's Payment
  received, Zuno's Policy renewed successes; Aditya Birla Health's Payment under verification pending; Acko's
  Payment failed failed. A slip's APPROVED, Akasa Air's Booking confirmed, the restaurant's "Settled: CARD"
  with its Approval Code, the SBI Card app's Approved, Kotak's "INR x spent" (*settled*) successes; Paytm's
  card machine's STATUS : PENDING with "DO NOT RETRY" pending (*settled* heldout282 and heldout299 to
  heldout319: the terminal got no answer); BharatPe's TXN DECLINED (05 DO NOT HONOUR) failed. A utility's
  JVVNL receipt, Excitel's Payment successful, the P.H.E.D.'s MODE : CASH with its receipt, the dairy's "नकद
  प्राप्त", Jio's "We have received your payment", Bijli Mitra's Recharge successful successes; Rajasthan
  State Gas' Payment pending pending; Freecharge's Payment failed failed. *settled*: an SMS, mail,
  notification or WhatsApp banking message's debit a success whatever its bank's wording (State Bank of
  India's "is debited by", AU Bank's and Canara Bank's "debited from", the co-operative bank's "debited", HDFC
  Bank's "has been debited"); Rajasthan Gramin Bank's Hindi "भेजे गए" (have been sent) a success (*settled*
  heldout315's Hindi SMS); RBL Bank's "is being processed" pending (as heldout280's, heldout309's,
  heldout313's, heldout315's and heldout319's "in process" or "under process"); Bank of Baroda's "has failed.
  Amount, if debited, will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: BHIM Vyapar's Received on, the Hindi Paytm's दिनांक व समय ·
  Date & time, Kiwi's Started at :, Tata Neu's Date & time, FedMobile's Date :, IndOASIS' Date, WhatsApp's day
  under its Completed; Airtel Thanks' "Today, <hour>" prints no day (*settled*). RAJSICO's Date: on its No.'s
  line (never a Bill Date), Pay Manager's भुगतान तिथि / Payment Date, ENet's Value date, YES CONNECT's Value
  Date, Zoho Books' Payment Date (never a Bill Date), the day the school letter's sentence names ("दिनांक
  <day> को", on <day>; its पत्रांक line's दिनांक the same day), Odoo's Payment Date (never an Invoice Date);
  the Teams channel under its "Today" divider prints no day (*settled*, the chats' "Today"). A wire's Wells
  Fargo Value date month first the American way or in words (*settled* heldout272 to heldout319's US banks),
  Société Générale's Date d'exécution / Execution date day first, Barclays' Payment date, RBC's Date processed
  year first or in words, the day in Emirates NBD's sentence, SEB's Betalningsdag (Payment date) year first
  with dashes (*settled* heldout312's year first), ANZ's Requested date:; Bangkok Bank's "Today, <hour>"
  prints no day. A receipt's Date on the tax invoice, the दिनांक / Date written in the Lokrang memo's cell and
  in the receipt book's, CCAvenue's Date & Time, iTokri's Paid on, Razorpay's Started, the roll's DATE;
  *settled* (new here) Khatabook's "आज, <hour>" (today) prints no day, because "आज" is Hindi for today and
  names no day, as an app's "Today, <hour>" (*settled*). The day written after "दिनांक" (date) on the timber
  merchant's and the ghungroo maker's bills, the gota merchant's Received on (never its Invoice Date),
  IndiaMART's Placed on, the paint dealer's "on <dd-mm-yyyy>" in its typed line (never its invoice's Date),
  India Post's Booked on, Porter's Attempted at; Moglix' "Today, <hour>" prints no day. A banking page's AU
  0101's Date, IDBI's Transfer Date, the दिनांक / Date written in the co-operative bank's cell (its oval
  stamp's day the same), PSB UnIC's Date, KVB DLite's Initiated on, DBS' Date, Amazon Pay's "on <day>,
  <hour>"; super.money's "Today, <hour>" prints no day. A pay slip's "दिनांक <day>" written under the show-fee
  account's lines (never its माह / Month, *settled* heldout273 and heldout303 to heldout319: never a month or
  a pay period), greytHR's "Credited by NEFT on <day>" (never the payslip's month), the दिनांक written on the
  Holi advance, JioFinance's Paid on, IDFC FIRST Bank's Date, YONO Lite SBI's Initiated on, the दिनांक / Date
  written on the salary voucher's line (never its माह / Month); the PhonePe chat under its "Today" divider
  prints no day. A fee page's भुगतान तिथि / Payment Date, e-Mitra's Date, e-Pay Tax' Attempted on, JDA's
  Payment Date (never its Assessment Year), EPFO's Initiated on: (never its Wage Month:), the day the Kendra's
  letter names ("दिनांक <day> को"), e-GRAS' Payment Date; RajCop's "Today, <hour>" prints no day. An insurer's
  Receipt Date, Payment Date, Attempted on, Payment date, the "received on <dd/mm/yyyy>" in Liberty General's
  SMS (never the thread's divider), Initiated on; Zuno's "Today, <hour>" prints no day. A slip's DATE, Akasa
  Air's Booking date (never its Travel date, *settled* heldout302 and heldout305 to heldout319), the
  restaurant's Date, the <dd-Mon-yy> in Kotak's SMS; the SBI Card app's "Today, <hour>" prints no day. A
  utility's Payment Date (never its Bill Month), the P.H.E.D.'s DATE (never its BILL PERIOD), Rajasthan State
  Gas' Initiated on, the दिनांक written under the dairy's account (never its month), Jio's Payment Date :,
  Freecharge's Attempted on, Bijli Mitra's Date & time; Excitel's "Today, <hour>" prints no day (its Validity
  a count of days). The alerts' "दिनांक <dd-mm-yyyy> को" in Rajasthan Gramin Bank's Hindi SMS (*settled*
  heldout315's Hindi SMS), "on <dd-Mon-yy>", "on <dd-mm-yy>", "on <dd/mm/yyyy>", RBL Bank's "dated
  <dd.mm.yyyy>", HDFC Bank's "on <dd-mm-yyyy>", Canara Bank's "on <dd/mm/yyyy>"; AU Bank's notification in the
  shade under the phone's hour prints no day (*settled* heldout300's shade). All numeric days here are day
  first (heldout251, heldout259) but Wells Fargo's month first and RBC's and SEB's year first. *settled*:
  never a Year, an Assessment Year, a Financial Year, a Bill Month, a Month, a माह, a Wage Month, a Bill
  Period, an invoice's, a bill's or a journey's day, a letter's own पत्रांक line when it differs (here it
  never does), an e-mail's or a message's hour, the day inside a UTR (heldout210) or an app's, a portal's, a
  bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (RAJSICO's, Pay Manager's e-payment by NEFT with its
  UTR, ENet's, the Teams message's IMPS, YES CONNECT's, Zoho Books', the school letter's NEFT, Odoo's Bank
  (NEFT); iTokri's payout by NEFT (*settled* heldout311 to heldout319's marketplaces' payouts); Razorpay's
  Netbanking - HDFC; AU 0101's, IDBI's, the co-operative bank's, KVB's and DBS' transfers; greytHR's NEFT;
  e-Pay Tax', JDA's, EPFO's and e-GRAS' net banking; Generali Central's NEFT, Kotak General's, Liberty
  General's and Aditya Birla Health's Net Banking; JVVNL's Net Banking; the NEFT, IMPS and RTGS alerts); a
  SWIFT transfer either way (*settled*: Wells Fargo's SHA (shared), Société Générale's SHA (partagés),
  Barclays' Shared (SHA), RBC's Shared, Emirates NBD's Shared, SEB's SHA (delade), ANZ's SHA, Bangkok Bank's
  SHA (shared)). UPI for the UPI screens (Kiwi's RuPay credit card on UPI *settled* (new here) UPI, because
  the card moved over UPI with a UPI reference, as the UPI screens it looks like), the tax invoice's "Paid via
  UPI", the receipt book's Mode UPI, Khatabook's "UPI से" (by UPI), the roll's PAID BY : UPI; the gota
  merchant's Mode UPI, IndiaMART's, the paint dealer's, India Post's, Porter's, Moglix' and the ghungroo
  maker's UPI; PSB UnIC's, super.money's and Amazon Pay's UPI; the show-fee account's "UPI से दिया",
  JioFinance's, IDFC FIRST Bank's, the PhonePe chat's, YONO Lite SBI's and the salary voucher's UPI; the
  heritage corporation's and RajCop's UPI; IFFCO-TOKIO's, Magma's and Zuno's UPI; Excitel's, Rajasthan State
  Gas', Freecharge's and Bijli Mitra's UPI; the UPI alerts. Card for CCAvenue's Credit Card - Visa, Acko's
  Visa Credit, the slips, Akasa Air's Credit Card, the restaurant's "Settled: CARD", Kotak's SMS, the SBI Card
  app and Jio's Debit Card. Cash for a Hindi hand's "नकद प्राप्त किए" / "नकद प्राप्त" (the Lokrang memo, the
  timber merchant's bill, the dairy's account) and the Holi advance's "नकद" (*settled* (new here), as above),
  e-Mitra's Payment : CASH, the P.H.E.D.'s MODE : CASH, the Kendra's letter's "नकद जमा".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout319): a UPI
  reference / UTR / RRN / IMPS reference (BHIM Vyapar's RRN, the Hindi Paytm's UPI संदर्भ संख्या · UPI Ref No.
  (*settled* (new here): a Hindi label read as the English printed beside it), Kiwi's Reference No., Airtel
  Thanks' UPI Ref. No., FedMobile's UPI Ref No, WhatsApp's UPI transaction ID; RAJSICO's UTR in its sentence,
  Pay Manager's यूटीआर / UTR (above its वाउचर संख्या / Voucher No.), the Ref in the Teams message, Zoho Books'
  Reference# (above its Payment#), Odoo's UTR in its Memo (above its Payment Receipt's number); the tax
  invoice's UTR (above its Invoice No.), the receipt book's संदर्भ सं. / UPI Ref (above its No. struck in
  red), Khatabook's UPI संदर्भ, iTokri's UTR, the roll's UPI RRN (above its BILL NO); the gota merchant's Ref.
  No. (above its Invoice No.), the paint dealer's Ref. in its typed line (above its Invoice No.), India Post's
  UPI Ref (never its Article No.), the ghungroo maker's Ref written in the Hindi hand; the banking pages' IMPS
  Ref No., UTR Number, UTR, UPI Ref. No., Reference No., the "Sent, UTR ..." the co-operative bank's clerk
  wrote; the show-fee account's Ref written in the Hindi hand, greytHR's UTR, JioFinance's UPI Ref No., the
  PhonePe chat card's UPI Ref, YONO Lite SBI's Reference No., the salary voucher's संदर्भ सं. / UPI Ref (above
  its Voucher No. struck in red); the heritage corporation's बैंक संदर्भ · Bank Ref No. (above its रसीद संख्या
  · Receipt No.); IFFCO-TOKIO's Instrument Ref. (above its Receipt No.), Generali Central's UTR (above its
  Receipt No.); a slip's RRN (above its APPR or APPR CODE and its INV or BILL NO); the alerts' Ref No, UTR,
  UPI Ref and IMPS Ref), then a bank reference (ENet's Transaction Ref, YES CONNECT's Transaction Reference,
  Wells Fargo's Wire reference, Société Générale's Référence / Reference, Barclays' Payment reference, RBC's
  Confirmation number, SEB's Referens (Reference), ANZ's Payment ID, Bangkok Bank's Reference, JDA's Bank Ref.
  No. (above its Receipt No.), e-GRAS' Bank Ref. No. (above its GRN)), then a transaction / payment id
  (IndOASIS' Transaction ID, CCAvenue's Tracking ID (above its Order No.), Razorpay's Payment ID (beside its
  Order ID), Moglix' Transaction ID (above its Order ID), PSB UnIC's and IDFC FIRST Bank's Transaction ID,
  e-Mitra's Transaction ID (above its Receipt No), RajCop's Transaction ID (above its Challan No.), Acko's
  Payment ID, Kotak General's, Magma's (above its Receipt No.) and Aditya Birla Health's Transaction ID,
  Zuno's Payment ID, Akasa Air's Payment reference (above its PNR), the SBI Card app's Transaction ID, JVVNL's
  Transaction ID (above its Receipt No.), Excitel's, Freecharge's and Bijli Mitra's Transaction ID, Jio's
  Transaction Ref. No. (above its Receipt No.)), then an approval code (the restaurant's Approval Code), then
  an order's number (IndiaMART's Order ID, Porter's Booking ID (*settled* (new here): a booking's number as an
  order's, as a PNR is (*settled* heldout126 to heldout319)), Paytm's card machine's ORDER ID, Rajasthan State
  Gas' Order ID), then a document's own number (Pay Manager's वाउचर संख्या / Voucher No. and Zoho Books'
  Payment# and Odoo's Payment Receipt number (a payer's own number for its payment, *settled* heldout281,
  heldout295, heldout301 and heldout303 to heldout319), the tax invoice's Invoice No., the receipt book's No.
  struck in red (as heldout306 to heldout319's), the roll's BILL NO, the suppliers' Invoice No., e-Mitra's
  Receipt No, RajCop's Challan No., e-Pay Tax' CRN and EPFO's TRRN (*settled* heldout304 to heldout319's CRN,
  CPIN and TRRN: a challan numbered when it is created), *settled* (new here) e-GRAS' GRN (its Government
  Reference Number, the number the challan got when it was created, as a CRN), the heritage corporation's रसीद
  संख्या · Receipt No., JDA's, IFFCO-TOKIO's, Generali Central's, Magma's, JVVNL's and Jio's Receipt No., the
  P.H.E.D.'s RECEIPT NO, the salary voucher's Voucher No. struck in red, a slip's INV, BILL NO and the
  restaurant's Bill No.). *settled*: never a card, account, phone or mobile number, a UPI ID, a Payer VPA,
  IFSC, GSTIN, PAN, TAN, a Regd. No., a K Number, a Consumer No., a BP Number, a Meter No., an Account No., a
  Policy No., a Proposal No., a Licence No., a Property ID, an Establishment ID, an Employee No., a Vehicle
  No., a Bill No. of an advice, a Payout ID of a payout mail (*settled* heldout318's GoCoop Settlement ID), an
  Article No. (a consignment's number, *settled* heldout274, heldout299 and heldout303 to heldout319), a
  slip's MID / TID / BATCH, a letter's पत्रांक (its file number, *settled* heldout278, heldout303, heldout304
  and heldout306 to heldout319), RAJSICO's No. and its bills, Pay Manager's बिल संख्या / Bill No., Zoho Books'
  Bill#, Odoo's Invoice Number."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout321_families import (
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

SPLIT = "heldout321"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout318's and heldout319's: the screens in
# DejaVu Sans, Noto Sans, Liberation Sans (liberation2), FreeSans and DejaVu Sans Condensed; the pages in
# Liberation Serif (liberation2), Noto Serif, DejaVu Serif, Noto Sans, FreeSerif and Liberation Sans; the
# samiti's, its suppliers' and its people's papers in Noto Serif, FreeSerif, DejaVu Serif Condensed,
# Liberation Sans and Noto Sans Display; the slips in four monos in another order; the Hindi runs of every
# page in Noto Sans and Noto Serif Devanagari (``heldout321_families.SCRIPT_FACES``), beside them a pen's
# italic or oblique (``heldout321_families.PENS``) and a page's own fixed-width face
# (``heldout321_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
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


def make_heldout321_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout321 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

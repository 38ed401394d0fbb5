"""heldout319: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Mizo puan handloom weavers' society's year of 2026 in Aizawl, Mizoram
(Tlawmngaihna Handloom Weavers' Co-operative Society Ltd., in Mizo Tlawmngaihna Puan Tahtute Pawl, named for
tlawmngaihna, the Mizo way of putting others before oneself, Regd. No. 118/HL/RCS-MZ of 2009, GSTIN
15AAAAT4127K1ZS, its motto "Mizo puan ṭha ber, kuta tah" (the best Mizo puan, woven by hand), with Pi
Vanlalruati its chairperson, Pi Lalremsiami its secretary, who pays its weavers and its bills, Tv. Lalrinfela,
who keeps its accounts, Nl. Lalhmingsangi at its counter, Tv. Malsawmtluanga, who keeps the web shop and the
orders from abroad, and Tv. Lalmuanpuia, its helper: its members (C. Lalramliani, Lalbiakzuali, H.
Lalengmawii, Zonunmawii, R. Zothansangi, Lalnunsiami, Vanlalpeki and Lalthanpuii among them) weave at home and
in its shed at Ramhlun North on loin looms and fly-shuttle frame looms, in acrylic and cotton yarn with a
thread of lurex, the puans Mizo women wear: the puanchei with its black ground, its bands of red, green and
white and its rows of woven lozenges (the lenbuangthuam) for weddings and Chapchar Kut, the striped
ngotekherh, the hmaram, the tawlhlohpuan, the puandum, the kawrchei blouse, plain puans, shawls and table
runners, paid by the puan woven (puan tah man); its yarn comes from a Ludhiana yarn dealer and the National
Handloom Development Corporation, its lurex from a Kolkata metallic yarn dealer, its dyes from a Guwahati dye
dealer, its reeds and heddles from Silchar, its loom parts from an Aizawl carpenter, its bags and tags from an
Aizawl printer, its packing from Udaan, and its parcels go by Delhivery and Shiprocket; its counter in Bara
Bazar, Tlawmngaihna Puan Dawr (the puan shop), closed on Sundays as every shop in Aizawl is; its stall at
Chapchar Kut at Lammual; the web shop tlawmngaihnapuan.in on Easebuzz and Cashfree; ZOHANCO's emporiums, a
Kolkata design studio, a Shillong hotel company, a Guwahati interiors firm, a Guwahati hotel company, a church
women's fellowship of Khatla, NEHHDC's Purbashree and Tribes India at home, and a textile house in Portland, a
weaves shop in Bristol, a community co-operative in Melbourne, a textile archive in Kyoto, a hand-weaving
studio in Zürich, a loom shop in Singapore, a cloth trader in Hong Kong and a craft shop in Hamburg abroad),
told by the proofs of payment it receives (buyers' BharatPe for Business on the Dawr's phone, Google Pay, Fi,
PhonePe, MobiKwik, Jupiter, IPPB Mobile Banking and Navi; ZOHANCO's release letter, a studio's Marg ERP
voucher, Kotak FYN with a hotel company's RTGS pending authorisation, a buyer's WhatsApp message in Mizo, IDFC
FIRST Bank with an interiors firm's NEFT returned, a hotel company's SAP advice, a church women's fellowship's
letter in Mizo and NEHHDC's e-payment advice; Chase, Lloyds Bank, Westpac, Mizuho Bank, Zürcher Kantonalbank,
OCBC, HSBC and Commerzbank for buyers in Portland, Bristol, Melbourne, Kyoto, Zürich, Singapore, Hong Kong and
Hamburg in US dollars, pounds, Australian dollars, yen, Swiss francs, Singapore dollars, Hong Kong dollars and
euros; the Dawr's tax invoice under a folded puanchei, the Chapchar Kut stall's cash memo in a Mizo hand lying
on a puanchei, the society's receipt book in Mizo and English, Easebuzz' failed checkout, OkCredit's entry,
Tribes India's payment released mail, Cashfree's pending checkout and the Dawr's Ginesys roll) and those it
makes (the yarn dealer's invoice with its payment details, the carpenter's bill in a Mizo hand, Udaan's
pending order, the dye dealer's Swipe invoice, Delhivery's booking receipt, Shiprocket's failed recharge, the
lurex dealer's WhatsApp Business chat and the printer's Tally invoice; YONO Business, the Mizoram Co-operative
Apex Bank's application filled in by hand, SIB Mirror+, HDFC Bank's MobileBanking, PhonePe, IOB Mobile, ICICI
Bank's InstaBIZ and BHIM for the yarn dealer, a Silchar loom maker, the dye dealer, the printer, a tailor, a
Silchar reed maker, a Silchar transporter and a fringe knotter; a weaver's weaving-wage record in a Mizo hand,
Keka's payslip, a Christmas bonus receipt in a Mizo hand, PayZapp, YONO SBI, a WhatsApp chat with a payment
forwarded into it, bob World and the helper's salary receipt in Mizo and English; Aizawl Municipal
Corporation's trade licence e-receipt, the Taxation Department's profession tax receipt, mParivahan's
e-challan, EPFO's ECR challan, the Registrar of Co-operative Societies' receipt book, ESIC's challan, the Art
& Culture Department's Chapchar Kut stall fee receipt and the Labour Department's renewal receipt; United
India's, Oriental's, ICICI Lombard's, Cholamandalam MS', Universal Sompo's, Reliance General's, HDFC ERGO's
and New India's premiums; cards on the Dawr's State Bank of India terminal and the Chapchar Kut stall's
PhonePe Smart POS, at a Kolkata yarn shop's ICICI Bank terminal, on Air India Express, at an Aizawl stationery
shop's Kotak terminal, on an Aizawl café's bill, in Axis Bank's SMS and on the IDFC FIRST Bank app; the Power
& Electricity Department, Vi, the P.H.E. Department's counter, HP Pay, a cable network's monthly card, Airtel
Xstream Fiber, CRED and the municipal corporation's solid waste collector; Mizoram Rural Bank's SMS in Mizo,
the SMS of IDBI Bank, Axis Bank, Bank of India and the Mizoram Co-operative Apex Bank, ICICI Bank's
notification on the lock screen, IndusInd Bank's mail and UCO Bank's WhatsApp banking). One payment per page,
each drawn from its own seed (heldout319-<i>) in a face the seed chooses, with its degraded copy made from the
same stream by heldout14_render's ``degrade``, so that the set is drawn the same every time (no set or hash
order is read anywhere). Each family: six successes, one failure, one wait; one page prints no transaction id
and one no day (truth None for those fields). Each layout is a function of its own in ``heldout319_families``
(the family's function picks it by the receipt's place in its family), written by hand for this set.

Layouts (every one written for this set: its labels and its arrangement none of heldout314's or heldout315's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (PhonePe, Google Pay, ICICI Bank, Axis Bank, HDFC Bank, Kotak Mahindra Bank, Bank of Baroda, Indian
Overseas Bank, Delhivery's fellow couriers, WhatsApp, NetSuite's fellow accounting programs, the GST-era
insurers and the festivals' stalls among them), it is drawn here in this set's own labels and marks, and near
ones are noted: BharatPe for Business on the Dawr's phone with its details each in a read-only field's box,
where heldout315 drew Paytm for Business in a table ruled on every side and heldout314 against a gutter;
Google Pay's payment details in a bottom sheet pulled up over its result, where heldout314 drew Google Pay's
chat with no reference; Fi's payment in progress over a progress bar, where heldout314 drew iMobile Pay's over
one with colons and heldout315 super.money's under a spinner; PhonePe's result on a tinted band with its payee
and sum on one line, where heldout314 drew PhonePe set in Marathi in bilingual ledger rows; MobiKwik's payment
with no reference under a tile's tick, where heldout315 drew POP's on a scalloped badge; Jupiter's ticket
under "Today", where heldout315 drew Kotak811's "Today" in an octagon; IPPB's failure under a large round
cross with colons, where heldout315 drew BOI Mobile Omni Neo's on a tinted band and heldout314 AU 0101's
against a gutter; Navi's striped details under the payee's initials, where heldout315 drew mBandhan's initials
over tiles and heldout314 Bajaj Finserv's over a table ruled on every side; ZOHANCO's release letter on
hairline rows with its round seal, where heldout315 drew CCIC's advice in a table ruled on every side and
heldout314 the Corporation's intimation in a striped table; Marg ERP's payment voucher, where heldout314 drew
Tally Prime's and heldout315 BUSY's advice; Kotak FYN's RTGS pending authorisation under its tabs in a rounded
card, where heldout315 drew PNB's approvals table and heldout314 ICICI Bank's stages left to right; a buyer's
WhatsApp message in Mizo under "Today", where heldout314 drew a wedding family's WhatsApp message naming its
day and heldout315 a Slack channel's "Today"; IDFC FIRST Bank's NEFT returned under a red ribbon with its
labels two to a row, where heldout315 drew bob World Business' on a tinted band and heldout314 Axis Bank neo's
in an octagon; SAP's payment advice mail in dot leaders, where both drew NetSuite's Bill Payment; a church
fellowship's letter in Mizo with no reference, where heldout315 drew a gifting company's mail read in Outlook;
NEHHDC's e-payment advice with its TDS in a table ruled on every side, where heldout315 drew CCIC's and
heldout313 NEHHDC's own sentence; Chase's wire in a table ruled on every side, where heldout314 drew Bank of
America's with colons and heldout315 Mashreq's in a ruled table; Lloyds Bank's "Today" with its values over
their labels, where heldout315 drew NatWest's on a scalloped badge and heldout314 MCB Juice's; Westpac's
receipt in dot leaders, where heldout315 drew Al Rajhi Bank's; Mizuho's remittance awaiting processing with
its stages top to bottom and colons, where heldout315 drew Bank of America's stages across the page and
heldout314 Mashreq's spinner; Zürcher Kantonalbank's German and English labels in a striped table, where
heldout315 drew Handelsbanken's Swedish and English two to a row and BNP Paribas' French and English against a
gutter and heldout314 BNP Paribas' in a ruled table; OCBC's transfer returned under a tile's cross in shaded
labels, where heldout315 drew TD Bank's under a red ribbon and heldout314 ASB's; HSBCnet's sentence with no
reference under a capsule, where heldout315 drew UOB's sentence and heldout314 DBS IDEAL's; Commerzbank's
German labels alone in a ruled table; the Dawr's tax invoice under a folded puanchei on hairline rows with its
Grand Total in a box, where heldout315 drew the emporium's under a medallion and heldout314 the Dalan's under
a peacock, both in ruled tables; the Chapchar Kut stall's cash memo in a Mizo hand lying on a puanchei, where
heldout315 drew the Mahotsav memo in a Hindi hand lying on a marble table top and heldout314 the jatra memo in
a Marathi hand lying on a Paithani; the society's PAWISA DAWNNA receipt book in bilingual boxed fields, where
heldout315 drew the advance receipt in form lines in Hindi and Urdu and heldout314 the Dalan's receipt book on
bilingual blanks; Easebuzz' failure on a tinted band in dot leaders, where heldout314 drew PayU's and
heldout315 Instamojo's under a large round cross; OkCredit's "Today" with its sum on a tinted panel, where
heldout315 drew Khatabook's "You got" on one and heldout314 Khatabook's in a rounded card; Tribes India's
payment released mail in a ruled table, where heldout315 drew Jaypore's payout mail in a striped one;
Cashfree's pending checkout over a progress bar with tiles, where heldout315 drew PayU's under a spinner;
Ginesys' roll, where heldout315 drew LOGIC ERP's; the yarn dealer's invoice with its PAYMENT DETAILS table,
where heldout315 drew the marble dealer's PAID stamp filled in by hand and heldout314 the silk twister's; the
carpenter's carbon copy in a Mizo hand, where heldout314 drew the carpenter's stapled cash bill and heldout315
the stone slicer's chit in an Urdu hand; Udaan's pending order with its values over their labels, where
heldout315 drew IndustryBuying's striped and heldout314 Amazon Business' dotted; the dye dealer's Swipe
invoice with its payment in a notice, where heldout314 drew the studio's Refrens invoice; Delhivery's receipt
two to a row, where heldout315 drew DTDC's two pairs to a row in a ruled table and heldout314 DTDC's app;
Shiprocket's failed recharge under a red ribbon, where both drew Printo's; the lurex dealer's WhatsApp
Business chat under "Today" with the society's message and the dealer's reply, near heldout315's hardware
shop's chat (there the shop's own "Payment received" message); the printer's Tally invoice with its typed
receipt line and rectangular PAID stamp, where heldout314 drew the studio's PAID watermark; YONO Business'
NEFT two to a row under a capsule, where heldout315 drew IRIS' values over their labels; the Mizoram
Co-operative Apex Bank's application with Mizo labels, near heldout314's Nashik co-operative bank's
application under its Marathi name; SIB Mirror+'s failure with its details in tiles, where heldout315 drew UCO
mBanking Plus' on a tinted band; HDFC Bank's UPI with its values over their labels; PhonePe's "Today" on a
scalloped badge over a ruled table, where both drew Amazon Pay's "Today"; IOB Mobile's NEFT in process with
its stages top to bottom against a gutter, where heldout314 drew PNB ONE's stages left to right in shaded
labels and heldout315 RBL MoBank's across the page; InstaBIZ' IMPS with colons in a rounded card, where
heldout315 drew Canara ai1's and heldout314 IndusMobile's in dot leaders; BHIM's payment with no reference,
where heldout315 drew Freecharge's; the weaver's wage record in a Mizo hand, where heldout315 drew the
karigar's piece-work account in a Hindi hand and heldout314 the weaver's in a Marathi hand; Keka's payslip,
where both drew Zoho Payroll's; the Christmas bonus in a Mizo hand, where heldout315 drew the Eid advance in
an Urdu hand and heldout314 the Diwali advance in a Marathi hand; PayZapp's two to a row; YONO SBI's failure
on a tinted band in dot leaders; the WhatsApp chat with a payment forwarded into it under "Today", where
heldout315 drew Paytm's chat card under "Today"; bob World's processing with its stages across the page, where
heldout315 drew slice's left to right; the salary receipt on dotted lines with Mizo and English labels, where
heldout315 drew one in form lines in Hindi and Urdu; Aizawl Municipal Corporation's trade licence in a ruled
table, where heldout315 drew Agra Nagar Nigam's Hindi labels and heldout314 Yeola's ledger rows; the
profession tax receipt two to a row, where heldout314 drew GRAS' in a ruled table; mParivahan's "Today" in an
octagon, where heldout314 drew MahaTraffic's and heldout315 Nivesh Mitra's; EPFO's failure under a tile's
cross in shaded labels, where heldout315 drew the GST portal's on a tinted band; the Registrar's receipt book
filled in by hand with its oval stamp, where heldout315 drew the Taj Mahotsav Samiti's book; ESIC's challan
pending under a spinner with colons, where heldout315 drew e-GRAS' over a progress bar; the Chapchar Kut stall
fee receipt with its counterfoil, where heldout315 drew the Taj Mahotsav Samiti's and heldout314 the jatra's
from their books; the Labour Department's receipt on hairline rows, where heldout315 drew one in a striped
table; United India's premium receipt in a ruled table under its sentence, where heldout315 drew Bajaj
General's in dot leaders; Oriental's receipt in a striped table, where heldout315 drew Royal Sundaram's marine
certificate in one; ICICI Lombard's failure with tiles, where heldout315 drew National Insurance's on a tinted
band and heldout314 Digit's in an octagon; Cholamandalam MS' mail with colons, where heldout314 drew Tata
AIG's mail against a gutter; Universal Sompo's SMS with no reference, where heldout314 drew Royal Sundaram's
SMS and heldout315 Niva Bupa's WhatsApp message; Reliance General's receipt with its values over their labels;
HDFC ERGO's "Today" on a scalloped badge, where heldout315 drew Tata AIG's under a tile and heldout314 Niva
Bupa's; New India's verification under a spinner against a gutter, where both drew Star Health's under a
spinner; State Bank of India's slip typed in its face, where heldout315 drew Axis Bank's two fields to a line;
PhonePe Smart POS' pending sale typed, where heldout315 drew Innoviti's response awaited and heldout314 Pine
Labs' timed out; ICICI Bank's slip with its labels dotted to their column; Air India Express' booking in a
ruled table, where heldout315 drew IndiGo's in dot leaders; Kotak's declined slip, where heldout315 drew
Canara Bank's and heldout314 Axis Bank's; the café's eZee Optimus bill, near heldout315's Restroworks bill;
Axis Bank's card SMS, where both drew ICICI Bank's; IDFC FIRST Bank's "Today", where both drew OneCard's; the
Power & Electricity Department's receipt in a striped table, where heldout315 drew Torrent Power's in dot
leaders and heldout314 MSEDCL's in bilingual ledger rows; Vi's "Today", where heldout315 drew ACT Fibernet's
and heldout314 MyJio's; the P.H.E. Department's water receipt book in bilingual boxed fields, where heldout315
drew Agra Jal Sansthan's typed receipt and heldout314 the gram panchayat's book; HP Pay's pending refill in
read-only fields, where heldout315 drew HelloBPCL's two to a row; the cable network's card in a Mizo hand,
near heldout315's hawker's card in an Urdu hand and heldout314's newspaper bill in a Marathi hand; Airtel
Xstream Fiber's mail with colons, where heldout315 drew Green Gas' in a ruled table; CRED's failure on its
dark screen, where heldout315 drew BSNL Selfcare's in an octagon; the solid waste collector's typed roll, near
heldout315's Agra Jal Sansthan's typed counter receipt; Mizoram Rural Bank's SMS in Mizo in a bubble, near
heldout315's Punjab National Bank's in Hindi and heldout314's Nashik co-operative bank's in Marathi; IDBI
Bank's, Axis Bank's, Bank of India's and the Mizoram Co-operative Apex Bank's SMS in their own wordings, where
heldout315 drew Indian Overseas Bank's, Bank of Maharashtra's, Kotak Mahindra Bank's and Union Bank of India's
and heldout314 Bank of Maharashtra's, Canara Bank's, Punjab National Bank's and Yes Bank's; ICICI Bank's
notification on the lock screen, where heldout315 drew Canara Bank's in the pulled-down shade and heldout314
Kotak Mahindra Bank's; IndusInd Bank's mail with no reference, where heldout315 drew Federal Bank's and
heldout314 Saraswat Bank's; UCO Bank's WhatsApp banking, near heldout314's Indian Overseas Bank's. Some of
this set's issuers and kinds of paper were drawn by sets before heldout314 (heldout312's lock screen and its
yen the day year first; heldout313's NEHHDC, Vi and CRED; heldout271's counterfoil; heldout269's letter boxes;
heldout289's carbon copy; heldout294's Forwarded mark and its euros the German way; heldout240's to
heldout313's Swiss francs with apostrophes, yen whole, Australian, Singapore and Hong Kong dollars), and are
drawn here in this set's own labels and arrangements; the families' docstrings list each one's labels. This
set draws kinds of row and page heldout314 and heldout315 do not: Mizo in its own Latin letters (its t with a
dot under it, ṭ, and its vowels with a circumflex) as a society's name, a motto, headings, labels, a buyer's,
a weaver's and a church's messages, a bank's SMS and a hand (the weaving-wage record, the Chapchar Kut memo,
the carpenter's bill, the Christmas bonus, the cable card), a Mizo weekday before a day; this set's bilingual
boxed field (the Mizo label in bold over its English small at the left, the value in a ruled writing box at
the right, written or printed); a folded puanchei as a letterhead's emblem; a ngotekherh's stripes as a
divider; a loom's bamboo shed stick, a skein of yarn and loose threads in a page's margins; a page
photographed lying on a puanchei with its fringe over the table's wood; a supplier's invoice printed with its
PAYMENT DETAILS; a receipt torn with its counterfoil; a lock screen's notification; a forwarded payment in a
chat; a bottom sheet over an app's result; and beside them the rows heldout269's to heldout294's sets share
(tables ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left and
values at the right, dot leaders, hairline rows, labels with colons, tinted outcome bands, capsules, tiles two
to a row, values over their labels, labels over their values two to a row, copyable fields, read-only fields,
a tinted panel, notice boxes, stages across the page and top to bottom, progress bars, spinners, large round
marks, octagons, scalloped badges, tile marks, ribbons, tabs, a ticket's card, a day divider, chat bubbles,
rounded cards, a round badge of initials, hand-written fills and columns on a ruled page, letter boxes, tick
boxes, a sum in a box, round, oval and rectangular stamps, a red numbering-machine number, signatures, a torn
roll, a carbon copy).

* ``buyer_upi``: Buyers paying the Puan Dawr or the society by UPI: BharatPe for Business on the Puan Dawr's
  phone (the Dawr under the app's bar, a large round tick, Payment Received, the sum set large, "from
  <buyer>"; UPI Ref No., BharatPe Txn ID, Received on and Paid using each in a read-only field's box); Google
  Pay's payment with its details in a bottom sheet (the payee's initial in a round badge, "To <payee>" and its
  UPI ID, the sum large, Completed, the day and hour; in the sheet pulled up under it, Payment details: UPI
  transaction ID, To, From and Google transaction ID, each label small over its value); Fi's payment in
  progress over a progress bar (Payment in progress, the sum, "to <payee>", a notice; a copyable UPI Ref No,
  Started and From at the left and the right); PhonePe's result on a tinted band (Transaction Successful, the
  hour and the day under it, "Paid to" over the payee and the sum on one line, its UPI ID; Transfer Details:
  Transaction ID and UTR, labels small over their values, and Debited from at the left and the right);
  MobiKwik's payment with no reference (a tile's tick, Payment Successful, the sum, "paid to <payee>", "on
  <day> at <hour>"; Paid using and SuperCash earned at the left and the right); Jupiter's payment in a
  ticket's card under "Today, <hour>" (Payment sent, the sum, "to <payee>"; past the ticket's tear, UPI Ref ID
  and From at the left and the right; no day); India Post Payments Bank's app with the payment failed under a
  large round cross (Transaction Failed, the sum, "to <payee>", the reason in a notice; Transaction ID :, Date
  & Time :, Reason : and Debit Account : with colons); Navi's payment (the payee's initials in a round badge,
  Paid successfully, the sum, "to <payee>"; Payment details in a striped table: UPI Ref. No., Paid on, From
  and the buyer's note in Mizo). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: ZOHANCO's payment release letter for the
  puans it bought for its emporiums (its No. at the left and "Dated Aizawl, the <nth> <Month>, <year>" at the
  right; "To," and the society; Subject:; Sl. | Bill No. | Bill Date | Amount on hairline rows with the Total
  under a rule and a double rule; "The above amount of Rs. x/- has been credited ... through NEFT vide UTR No.
  ..."; its round seal and the Managing Director's signature); a Kolkata design studio's PAYMENT VOUCHER
  printed from Marg ERP (Voucher No. : and Date : with colons, Paid To :; Particulars | Amount in a table
  ruled on every side with its Total; Mode :, Bank : and UTR No. : with colons; the sum in words; Prepared by,
  Checked by and Authorised Signatory across its foot); Kotak FYN with a Shillong hotel company's RTGS pending
  authorisation (Pending, Authorised and Rejected tabs; a capsule; in a rounded card, Transaction Ref. No.,
  Beneficiary, Amount, Payment Mode, Value Date, Initiated by and Awaiting at the left and the right; a
  notice); a buyer's WhatsApp message in Mizo to the Puan Dawr under its "Today" divider (the buyer on top;
  "Puanchei <n> man ₹x chu vawiin NEFT-in <payee> account-ah ka thawn e. UTR ..." (the price of <n> puanchei,
  ₹x, I sent today by NEFT to <payee>'s account); the Dawr's reply "Ka dawng e, ka lawm e! Naktukah kan thawn
  ang." (received, thank you! we will send them tomorrow); no day); IDFC FIRST Bank's corporate banking with a
  Guwahati interiors firm's NEFT returned under a red ribbon (the reason in a notice; labels small over their
  values two to a row: Transaction Ref. No. and Value Date, Beneficiary and Amount, Mode and Return Reason); a
  Guwahati hotel company's payment advice mailed from SAP (its sentence; Vendor, Payment document, Payment
  date, Payment method and Bank reference (UTR) in dot leaders; Document No. | Reference | Doc. Date | Amount
  on hairline rows with its Total paid under a rule and a double rule); a church women's fellowship's letter
  in Mizo with no reference (KHATLA PRESBYTERIAN KOHHRAN, its Hmeichhia (women's wing) under it; Dt. at the
  right; "To," and the society; "Thupui: Puanchei man pêk" (Subject: paying for the puanchei); "Kan Hmeichhia
  thilpêk atana Puanchei <n> kan lei man Rs. x/- chu ni <dd.mm.yyyy> khan NEFT-in in SBI account-ah kan thawn
  e. Kan lawm e." (the price of the <n> puanchei we bought as our fellowship's gifts, Rs. x/-, we sent to your
  SBI account by NEFT on <day>; we thank you); its Treasurer's (Sum Enkawltu) signature); NEHHDC's e-PAYMENT
  ADVICE for Purbashree's purchases (its Advice No.; Payee:; Invoice No. | Inv. Date | Taxable | IGST 5% | TDS
  2% | Net Paid in a table ruled on every side with its Total; Net amount credited, UTR No. and Value Date in
  dot leaders). All new here.

* ``export_wires``: Textile houses, shops and communities abroad paying the society for its puans: JPMorgan
  Chase's Chase Connect with a wire sent in US dollars, the day month first (Wire transfer details; Status,
  Confirmation #, Recipient, Recipient bank, Amount, Send on and Fee option in a table ruled on every side);
  Lloyds Bank's Commercial Banking app with a payment sent in pounds under "Today, <hour>" (a large round
  tick, Payment sent, the sum, "to <payee>"; each value over its label: Reference, Charges, From; no day);
  Westpac's Corporate Online with an international payment's receipt in Australian dollars (Receipt number,
  Payee, Amount, Payment date, Charges option and Status in dot leaders); Mizuho Bank's Business WEB with an
  outward remittance in yen awaiting processing (a capsule; its stages top to bottom; Remittance No.:,
  Beneficiary:, Amount:, Value date: (the day year first) and Charges: with colons); Zürcher Kantonalbank's
  eBanking with a payment executed in Swiss francs (Zahlung ausgeführt / Payment executed; each label's German
  and its English after a slash in a striped table: Begünstigter / Beneficiary, Betrag / Amount,
  Ausführungsdatum / Execution date, Referenz / Reference, Spesen / Charges); OCBC's Business app with an
  overseas transfer in Singapore dollars returned under a tile's cross (the sum, "to <payee>", the reason in a
  notice; Transaction reference, Transfer date, Charges and Return reason in shaded labels); HSBCnet with a
  payment in Hong Kong dollars completed, told in a sentence with no reference (a capsule, Completed; "Your
  payment of <sum> to <payee> was completed on <day>."; Debit account and Charges at the left and the right);
  Commerzbank's business banking with a foreign transfer executed in euros the German way (its labels in
  German only in a table ruled on every side, Empfänger, Empfängerbank, Betrag, Ausführungstag, Referenz,
  Entgeltregelung). All new here.

* ``own_receipts``: The society's own papers, its Puan Dawr or itself on top: the Puan Dawr's TAX INVOICE
  under a folded puanchei, the society's Mizo name, its motto and a ngotekherh's stripes (Invoice No. and
  Date, Buyer and Place of Supply at the left and the right; # | Puan | HSN | Qty | Rate | Amount on hairline
  rows; Taxable Value :, CGST 2.5% :, SGST 2.5% : set right with colons, the Grand Total printed in a box;
  "Payment received by UPI | UTR ..."; the society's round seal; "Ka lawm e!" (thank you); a bamboo shed
  stick, a skein and threads in its margins); the Chapchar Kut stall's CASH MEMO in the festival's days,
  photographed lying on a puanchei (the Dawr's name under the society's Mizo name, "Chapchar Kut 2026 |
  Lammual, Aizawl" and the society's motto; Ni / Date (a Mizo weekday before the day) and Leitu / Buyer in
  bilingual fields written in; the puans written in a Mizo hand on ruled lines with their sums at the right,
  "Belhkhawm" (total); "Cash-in ka dawng e" (received in cash); no reference); the society's RECEIPT from its
  book, "PAWISA DAWNNA" (receipt of money) beside its English, under its motto (No. struck in red; Ni / Date,
  Hming / Received from, Pawisa zat / Amount, A chhan / Towards, Pêk dan / Mode and Ref No. / UPI Ref in
  bilingual fields written in; the sum in words; the society's round seal; the secretary's signature over
  Dawngtu (receiver)); Easebuzz' checkout for the web shop with a card payment failed on a tinted band (the
  Dawr on top, the reason in a notice; Transaction ID, Order ID, Amount, Payment mode and Attempted on in dot
  leaders); OkCredit on the Dawr's phone (the Dawr under the app's bar, the customer's initials in a round
  badge, "Today, <hour>", Payment received and the sum on a tinted panel; Mode, UPI Ref and Due now at the
  left and the right; no day); Tribes India's (TRIFED's) payment released mail for the society's supplies to
  its outlets (its sentence; Vendor, Vendor code, PO No., Invoice No., Amount released, Mode, UTR and Date of
  payment in a table ruled on every side); Cashfree's checkout for the web shop with the payment pending over
  a progress bar (the Dawr on top, Payment pending, the sum, a notice; Order ID and CF Payment ID in tiles;
  Payment method and Initiated at the left and the right); the Dawr's bill from Ginesys on a three-inch roll
  (INVOICE NO and DT; the puans, GROSS, CGST 2.5%, SGST 2.5%, NET PAYABLE typed in the printer's face; TENDER
  : UPI and its UPI TXN REF). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: a Ludhiana yarn dealer's TAX
  INVOICE printed once it was paid (Invoice No. and its earlier Date; Description | HSN | Kg | Rate | Amount
  on hairline rows; IGST 5% and Total in dot leaders; PAYMENT DETAILS (Mode | UTR | Date | Amount Received) in
  a table ruled on every side; Balance Due 0.00); an Aizawl carpenter's bill for loom parts, the carbon copy
  from his bill book (his name printed at its head with "Thing siamtu" (woodworker) and his locality; Ni:
  (date) written in; the parts written in a Mizo hand with their sums at the right, "Belhkhawm" (total);
  "Cash-in ka dawng e" (received in cash); his signature; no reference); Udaan's order of packing bags and
  cartons with the payment pending (a capsule, a notice; each value over its label: Order ID, Sold by, Order
  amount, Payment and Ordered on); a Guwahati dye dealer's invoice from Swipe (Invoice # and Invoice Date at
  the left and the right; Item | HSN | Qty | Rate | Amount in a table ruled on every side with its Total; IGST
  18%; the payment in a notice: "Paid: ₹x received via UPI on <day>, UTR ..."); Delhivery's booking receipt
  from its Aizawl centre (Shipment booked; labels small over their values two to a row: AWB No. and Booked on,
  Origin and Destination, Weight and Amount paid, Payment and Payment ID); Shiprocket's wallet recharge by
  card failed under a red ribbon (the reason in a notice; Transaction ID, Amount, Payment method, Date and
  Reason at the left and the right); a Kolkata metallic yarn dealer's WhatsApp Business chat under its "Today"
  divider (the dealer with its verified tick on top; the society's message "Sent ₹x by UPI for the lurex
  order. Ref ..." and the dealer's reply "Received with thanks. Goods dispatched by Blue Dart today."; no
  day); an Aizawl printer's TAX INVOICE printed from Tally (Invoice No. and its earlier Dated; Particulars |
  SAC | Qty | Rate | Amount in a striped table; CGST 9%, SGST 9% and Total set right; "Received with thanks
  Rs. x vide UPI Ref ... on <day>." under it and the press' rectangular PAID stamp). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: YONO Business with a NEFT to the
  Ludhiana yarn dealer (a capsule, the sum, "to <payee>"; labels small over their values two to a row: UTR No.
  and Transfer date, Beneficiary A/c and IFSC, Debit A/c and Mode); the Mizoram Co-operative Apex Bank's NEFT
  / RTGS application, the customer's copy filled in by hand (NEFT ticked in its boxes; Ni / Date, Pawisa zat /
  Amount Rs. and Thawntu hming / Remitter in bilingual fields written in; the beneficiary's name, account and
  IFSC written a letter to a box; "Sent, UTR ..." written by its clerk over the bank's rectangular stamp with
  its day); South Indian Bank's SIB Mirror+ with an IMPS to the Guwahati dye dealer failed under a large round
  cross (the sum, "to <payee>", the reason in a notice; Transaction ID and Date, Beneficiary A/c and Reason in
  tiles); HDFC Bank's MobileBanking with a UPI payment to the Aizawl printer (a tile's tick, Payment
  successful, the sum; each value over its label: Paid to, UPI Ref No., Date & time, From); PhonePe's payment
  to the tailor under "Today, <hour>" (a scalloped badge, Paid, the sum, "to <payee>"; UPI Ref No. and Paid
  from in a table ruled on every side; no day); Indian Overseas Bank's IOB Mobile with a NEFT to the Silchar
  reed maker in process (a capsule, the sum, its stages top to bottom, a notice; UTR, Beneficiary, Initiated
  on and Debit A/c against a gutter); ICICI Bank's InstaBIZ with an IMPS to the Silchar transporter (a large
  round tick, IMPS successful; in a rounded card, Beneficiary:, Amount:, IMPS Ref No.:, Date: and Remarks:
  with colons); BHIM's payment to the fringe knotter with no reference (Money sent, the sum, "Sent to" over
  the payee, "on <day> at <hour>"; From at the left and the right). All new here.

* ``worker_pay``: The society paying its weavers (its members, paid by the puan woven) and its staff: a
  weaver's weaving-wage record under its Mizo heading "PUAN TAH MAN CHHINCHHIAHNA" (a record of the wages for
  weaving puans) over its English (Hming / Weaver and Thla / Month in bilingual fields written in; the puans
  she wove written in a Mizo hand with their counts, rates and sums on ruled lines, "Belhkhawm" (total);
  "UPI-in ka pe e, Ref ..." (paid by UPI) and "Ni <day>" written under it; the loom's bamboo, a skein and
  threads in its margins); Keka's payslip for the Puan Dawr's salesgirl (Employee Name:, Employee ID:,
  Designation: and Pay Period: with colons; Earnings | Amount | Deductions | Amount on hairline rows; the Net
  Salary printed in a box and its words; "Paid on <day> via NEFT, UTR ..." in a notice); a weaver's Christmas
  bonus receipt in a Mizo hand under the society's names, "KRISMAS BONUS" ("Krismas bonus atan Rs. x/- cash-in
  ka dawng e." (I have received Rs. x/- in cash for the Christmas bonus) and "Ni: <day>" written in; her
  signature and her name written under it; Hriattu (witness): the secretary; no reference); PayZapp's UPI
  payment to a weaver (a large round tick, Payment Successful, the sum, "to <weaver>"; labels small over their
  values two to a row: UPI Ref No. and Date, From and Note); YONO SBI's UPI payment to a weaver failed on a
  tinted band (the sum, "to <weaver>", the reason in a notice; Transaction ID, Date, From and Reason in dot
  leaders); the secretary's WhatsApp chat with a weaver under its "Today" divider (the weaver on top; a
  payment forwarded into the chat as text ("Paid ₹x to <weaver> via Google Pay. UPI transaction ID ...") under
  its Forwarded mark; her reply in Mizo "Ka dawng e, ka lawm e! Puan thar ka ṭan ang." (received, thank you! I
  will start a new puan); no day); Bank of Baroda's bob World with a UPI payment to the helper processing (a
  capsule, the sum, "to <helper>", its stages across the page, a notice; a copyable UPI Ref No.; Initiated on
  and From at the left and the right); the helper's salary receipt, "HLAWH DAWNNA / SALARY RECEIPT" (Voucher
  No. struck in red; Ni / Date, Hming / Name, Thla / Month, Pawisa zat / Amount, Pêk dan / Mode and Ref No. /
  UPI Ref printed with their values written on dotted lines; the sum in words; his signature over Dawngtu
  (received by)). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: Aizawl Municipal
  Corporation's trade licence e-receipt for the Puan Dawr (Payment Successful; Receipt No., Trade Licence No.,
  Name of Trade, Ward, Financial Year, Amount, Payment Mode, Bank Ref No. and Payment Date in a table ruled on
  every side); the Taxation Department of Mizoram's e-payment receipt for the society's profession tax (labels
  small over their values two to a row: Challan Ref. No. and Date of payment, Tax and Period, Amount and Bank,
  Bank Transaction No. and Status); mParivahan with an e-challan of the society's delivery van paid under
  "Today, <hour>" (the Transport Department under the app's bar, an octagon's tick, Challan paid, the sum;
  each value over its label: Challan No., Transaction ID, Vehicle No., Paid via; no day); the EPFO employer
  portal's ECR challan payment failed under a tile's cross (the reason in a notice; TRRN, Establishment ID,
  Wage month, Total amount, Bank and Attempted on in shaded labels); the Registrar of Co-operative Societies'
  audit fee receipt from its book, filled in by hand (No. struck in red; Received from, the sum of Rupees, on
  account of, by UPI, Ref No. and Date written on its dotted lines; Rs. in a box; the office's oval stamp and
  the cashier's signature); ESIC's employer portal with the contribution challan pending at the bank under a
  spinner (a notice; Challan No.:, Employer Code:, Contribution Period:, Amount:, Bank: and Initiated on: with
  colons); the Chapchar Kut stall fee receipt torn from the Art & Culture Department's book in the week before
  the festival, its counterfoil still on it at the left of a perforation (each line across the counterfoil and
  the receipt, a printed label and the value written in (Hming / Name, Dawr hmun / Stall No., Ni / Date, Rs.);
  Cash ticked; the department's round seal; its No. left blank; no reference); the Labour Department's Shops &
  Establishments renewal fee receipt (Payment Successful; Receipt No., Registration No., Establishment, Fee,
  Late fee, Total, Transaction ID, Mode and Payment Date on hairline rows). All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top, under its app's bar or signing its
  message: United India Insurance's PREMIUM RECEIPT for the Puan Dawr's shopkeeper's policy ("Received with
  thanks from ... a sum of Rs. x by UPI ..."; Receipt No., Receipt Date, Policy No., Product, Premium, CGST
  9%, SGST 9%, Total and Transaction Ref. in a table ruled on every side); the Oriental Insurance's Premium
  Receipt cum Tax Invoice for the weaving shed's fire policy, in a striped table under the policy's name
  (Receipt No., Policy No., Insured, Sum Insured, Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR and Date
  of payment); ICICI Lombard's app with the secretary's health renewal failed by card under a large round
  cross (the sum, the reason in a notice; Policy No. and Transaction ID, Card and Attempted on in tiles);
  Cholamandalam MS' mail of the delivery van's motor policy issued (its sentence; Policy No.:, Vehicle:,
  Premium (incl. GST):, Payment ID:, Mode: and Payment date: with colons); Universal Sompo's SMS of a premium
  received, with no reference ("Dear Customer, premium of Rs.x for policy ... received on <dd-mm-yyyy> via
  UPI. Thank you for choosing Universal Sompo."); Reliance General's payment receipt for the society's marine
  transit cover of its parcels (Payment received; each value over its label: Receipt No., Policy No., Premium
  (incl. GST 18%), Transaction ID, Paid via and Payment date); HDFC ERGO's app with the Puan Dawr's burglary
  cover renewed under "Today, <hour>" (the insurer under the app's bar, a scalloped badge, Policy renewed, the
  sum; a copyable Payment ID; Policy No. and Paid via at the left and the right; no day); the New India
  Assurance's portal with the weavers' group accident renewal under verification (a spinner, a notice;
  Proposal No., Premium, Transaction ID, Paid via and Initiated on against a gutter). All new here.

* ``card_slips``: Cards on the Puan Dawr's and the Chapchar Kut stall's terminals and the society's cards
  elsewhere: State Bank of India's CHARGE SLIP at the Puan Dawr typed in the terminal's face (DATE and TIME,
  MID, TID, BATCH and ROC, the card and how it was read, AUTH CODE and RRN, BASE AMT and TOTAL AMT; TXN
  APPROVED, PIN VERIFIED OK, CUSTOMER COPY); PhonePe's Smart POS at the Chapchar Kut stall in the festival's
  days with the sale pending, typed in the terminal's face (SALE; DT, TID, TXN ID, CARD and AMT; TXN STATUS :
  PENDING, PLEASE CHECK STATUS BEFORE RETRYING); ICICI Bank's SALE slip at a Kolkata yarn shop, each field's
  label dotted to its column (DATE, TIME, TID, INVOICE NO, CARD NUM, CARD TYPE, AUTH CODE, RRN, AMOUNT;
  APPROVED, SIGNATURE NOT REQUIRED); Air India Express' booking for the Aizawl - Kolkata flight to a handloom
  expo (PNR and the flight's line, Passenger and Travel date; Fare, Taxes & fees, Total paid, Payment method,
  Payment reference and Booking date in a table ruled on every side); Kotak Mahindra Bank's slip at an Aizawl
  stationery shop DECLINED (51 INSUFFICIENT FUNDS), typed in the terminal's face with its labels padded to a
  colon's column (SALE; DATE, TIME, TID, INVOICE, CARD and AMOUNT); an Aizawl café's bill from eZee Optimus
  settled by card (Bill No., Table and Date; the Mizo dishes (bai, vawksa rep, sawhchiar, chhum han, koat
  pitha) and tea; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total; "Settled by: CARD", the card and its Auth
  Code); Axis Bank's SMS of a spend on the society's card ("Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy>
  <hh:mm:ss> IST <MERCHANT> Avl Limit: INR y Not you? SMS BLOCK ... - Axis Bank"; no reference); IDFC FIRST
  Bank's app with a card spend at the van's service centre under "Today, <hour>" (the merchant over its town,
  the sum, Approved in a capsule; each value over its label: Card, Transaction ID, Category; no day). All new
  here.

* ``utility_bills``: The weaving shed's and the Puan Dawr's bills: the Power & Electricity Department's online
  bill payment receipt for the weaving shed (Payment Successful; Consumer No., Consumer Name, Bill Month,
  Amount Paid, Receipt No., Transaction ID, Payment Date and Mode in a striped table); the Vi app with the
  Puan Dawr's postpaid bill paid under "Today, <hour>" (the company under the app's bar, a large round tick,
  Bill paid, the sum; a copyable Transaction ID; Vi number and Paid via at the left and the right; no day);
  the Public Health Engineering Department's water charges receipt from its counter's book, "TUI MAN DAWNNA"
  (receipt of water charges) over its English (No. struck in red; Consumer No., Hming / Name, Thla / Period,
  Pawisa zat / Amount and Ni / Date in bilingual fields written in; Cash ticked; its oval stamp and the bill
  clerk's signature); HP Pay with the society's LPG refill payment pending (the company under the app's bar, a
  progress bar, Payment pending, the sum, a notice; Consumer No., Distributor, Order ID, Paid via and
  Initiated on each in a read-only field's box); a cable network's monthly card for the Puan Dawr, its name
  printed in a rounded card at its head ("Thla" (month) written in; the cable, the internet and the box's rent
  written in a Mizo hand with their sums at the right, "Belhkhawm" (total); "Cash-in ka dawng e" (received in
  cash) and "Ni: <day>" written under it; no reference); Airtel Xstream Fiber's payment receipt mail for the
  weaving shed's broadband (its sentence; Account No. :, Receipt No. :, Amount :, Payment mode :, Transaction
  ID : and Payment date : with colons); CRED's electricity bill payment to the Power & Electricity Department
  failed on its dark screen (the biller, the sum, the reason in a notice; transaction ID, consumer no., paid
  via and attempted on at the left and the right); Aizawl Municipal Corporation's solid waste user charges
  receipt from its collector's handheld printer, typed in its face (RCPT NO, DATE, WARD, NAME, PERIOD, AMOUNT,
  MODE : UPI and UPI REF). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: Mizoram Rural Bank's SMS in Mizo in a bubble
  of the phone's messages thread under its day divider ("Customer duhtak, i account XX1234 atangin ni
  <dd-mm-yyyy> khan UPI hmangin Rs.x <PAYEE> hnenah pek a ni. Ref No .... -MRB" (Dear customer, Rs. x was paid
  from your account XX1234 on <day> using UPI to <PAYEE>)); IDBI Bank's SMS ("Dear Customer, Your A/c XX1234
  has been debited with INR x towards NEFT to <PAYEE> on <dd-Mon-yyyy>. UTR No. .... -IDBI Bank"); Axis Bank's
  SMS of an IMPS that failed ("IMPS of INR x to <PAYEE> from A/c no. XX1234 on <dd-mm-yyyy> was unsuccessful.
  Amount, if debited, will be credited back. IMPS Ref No .... - Axis Bank"); ICICI Bank's notification on the
  phone's lock screen under its hour ("iMobile now"; "Rs x debited from A/c XX1234 for IMPS to <PAYEE>. IMPS
  Ref .... -ICICI Bank"; no day); Bank of India's SMS ("BOI - Rs.x debited from A/c XX1234 on <dd-mm-yyyy> to
  <PAYEE> via UPI. Ref No .... If not done by you, call 18001031906"); the Mizoram Co-operative Apex Bank's
  SMS of a NEFT under process ("Dear Member, your NEFT of Rs.x to <PAYEE> from A/c XX1234 on <dd/mm/yyyy> is
  under process. UTR .... -MCAB"); IndusInd Bank's mail of a debit with no reference ("Your account XX1234 has
  been debited by INR x on <dd-Mon- yyyy> towards RTGS to <PAYEE>."); UCO Bank's WhatsApp banking message
  under its day divider (the bank with its verified name on top; "Dear Customer, Rs. x has been transferred
  from your A/c XX1234 to <PAYEE> by IMPS on <dd.mm.yyyy>. Ref: .... Team UCO Bank"). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values, every one of them drawing Mizo's own
letters (ṭ, â, ê, î, ô, û), so that Mizo is set in the page's own face as a Mizo printer sets it; an italic or
an oblique that draws them too for the hand (``heldout319_families.PENS``) and a fixed-width face of the
page's own (``heldout319_families.TYPES``). Mizo on the papers: the society's name in Mizo (Tlawmngaihna Puan
Tahtute Pawl) over its English or its Dawr's, its motto, its headings (PAWISA DAWNNA, receipt of money; PUAN
TAH MAN CHHINCHHIAHNA, a record of the wages for weaving puans; HLAWH DAWNNA, receipt of wages; TUI MAN
DAWNNA, receipt of water charges), its labels (Ni, day or date; Hming, name; Pawisa zat, amount; A chhan, the
reason, towards; Pêk dan, the way of paying, mode; Thla, month; Leitu, buyer; Thawntu hming, the sender's
name; Dawngtu, receiver; Dawr hmun, a stall's place; Hriattu, witness; Thing siamtu, woodworker; Sum Enkawltu,
treasurer), a hand's words (Belhkhawm, total; "Cash-in ka dawng e", I have received it in cash; "UPI-in ka pe
e", I have paid it by UPI; "Krismas bonus atan", for the Christmas bonus; "Ka dawng e, ka lawm e!", received,
thank you!), a weekday before a day (Thawhṭanni, Thawhlehni, Nilaini, Ningani, Zirtawpni, Inrinni, Pathianni,
Monday first), a bank's SMS ("atangin", from; "ni <day> khan", on <day>; "hmangin", using; "<PAYEE> hnenah",
to <PAYEE>; "pek a ni", has been paid), a letter ("Thupui", subject; "kan thawn e", we have sent; "in SBI
account-ah", to your SBI account) and messages ("vawiin", today; "Naktukah kan thawn ang", we will send it
tomorrow; "Puan thar ka ṭan ang", I will start a new puan). The Chapchar Kut memo and the stall's card sale
are drawn in the festival's days at Lammual (5 to 7 March 2026), as are a share of the Dawr's BharatPe
receipts; its stall fee is paid in the week before; the Christmas bonus in the ten days before Christmas (14
to 23 December 2026); the Dawr's counter, its terminal, its roll, its tax invoice and its ledger app never
take a payment on a Sunday, nor does the café (one drawn on a Sunday moves to the Saturday before, its
reference made again for that day); the other days anywhere in 2026. GST is 5% on the society's woven cloth
(woven fabrics of synthetic staple fibres, HSN 5515, and the kawrchei, the shawl and the runner within Rs.
2,500; CGST 2.5% and SGST 2.5% to a Mizoram buyer, IGST 5% to NEHHDC in Assam, NEHHDC keeping TDS under GST of
2% of each invoice's taxable value), 5% on the yarn (IGST from Punjab), 18% on the dyes (IGST from Assam), on
the printing (SAC 998912, CGST 9% and SGST 9%) and on the general insurance premiums (CGST 9% and SGST 9% on
the shopkeeper's and the fire policies, inside the sum on the motor, marine and burglary covers), 5% on the
café's food; the weavers' wages, the hand-written bills and the cable card carry none.

Truth conventions (heldout315's, heldout314's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "To" in Google Pay's head, after "to" on Fi, MobiKwik ("paid to"), Jupiter, IPPB and Navi, the name beside
  the sum on PhonePe under its "Paid to"; the Dawr, the society, the society as a bank's field cuts it
  (TLAWMNGAIHNA HANDLOOM WE) or its short name; never the app, the payer, a UPI ID or the initials in a badge.
  *settled* (heldout268 to heldout315): a receiving business's own app pays the business named under the app,
  here the Dawr under BharatPe for Business' bar and under OkCredit's (never BharatPe, OkCredit, "from
  <buyer>" or the customer). *settled* (heldout167 to heldout315): a payer's advice pays the one it pays,
  never the payer on top or a salutation; here the society after ZOHANCO's "To, The Secretary," (never
  ZOHANCO), Marg's Paid To :, Kotak FYN's Beneficiary, IDFC FIRST Bank's Beneficiary, SAP's Vendor (never the
  hotel company on top), the society after the church letter's "To, The Secretary," (never the church, its
  Hmeichhia or its Sum Enkawltu), NEHHDC's Payee:, and the payee in the buyer's WhatsApp message ("... NEFT-in
  <payee> account-ah ka thawn e", by NEFT to <payee>'s account; never the buyer on top, the chat's title, who
  is its sender; *settled* heldout304's, heldout307's, heldout309 to heldout315's letters and messages).
  *settled* (new here): the society's Mizo name (Tlawmngaihna Puan Tahtute Pawl) over its English or its
  Dawr's name is the name's line in the region's language and never the merchant, though Mizo is written in
  the same letters as English, because it stands on the page where heldout314's Marathi and heldout315's Hindi
  and Urdu names stood over their English (*settled* heldout272, heldout277, heldout287 and heldout303 to
  heldout315); the Dawr's name (Tlawmngaihna Puan Dawr, "the puan shop") is its trade name and is the merchant
  where it stands on top. *settled* (heldout155 to heldout315): an inward wire pays the society, here Chase's
  Recipient, the name after "to" on Lloyds Bank and OCBC, Westpac's Payee, Mizuho's Beneficiary:, Zürcher
  Kantonalbank's Begünstigter / Beneficiary, the name after "to" in HSBCnet's sentence, Commerzbank's
  Empfänger (the German label alone, read as its English); never the remitter, its line or the bank on top.
  *settled* (heldout175 to heldout315): the society's own paper pays its Dawr or itself on top, here
  TLAWMNGAIHNA PUAN DAWR on its tax invoice, its roll and its Chapchar Kut memo (never its Mizo name, "A unit
  of" or its Buyer; never the memo's Leitu / Buyer written in), the society on top of its receipt book (never
  its Hming / Received from), the Dawr on top of Easebuzz' and Cashfree's checkouts (never the gateway);
  *settled* (heldout285's, heldout304's and heldout307 to heldout315's payouts) Tribes India's Vendor (never
  TRIFED). *settled* (heldout187 to heldout315): a supplier's name on top of its own paper, here PUNJAB
  ACRYLIC YARNS (never its Buyer), R. LALRAMMAWIA on top of his bill (never its To : written in or the name he
  signs under it), Udaan's Sold by (*settled* heldout305 to heldout315's marketplaces' sellers; never udaan),
  ASSAM DYES & CHEMICALS, Delhivery and Shiprocket on top of their pages, the lurex dealer named on top of its
  WhatsApp Business chat (*settled* heldout315's supplier's WhatsApp Business chat; never the society's
  message or its items), LEHKHA PRINTING PRESS on top of its invoice (never its stamp). *settled* (heldout179
  to heldout315): a banking page pays the payee, here the name after "to" on YONO Business and SIB Mirror+,
  the Beneficiary written a letter to a box on the co-operative bank's application (never its Thawntu hming /
  Remitter), HDFC Bank's Paid to, the name after "to" on PhonePe, IOB Mobile's Beneficiary, InstaBIZ'
  Beneficiary:, the name under BHIM's "Sent to". *settled* (heldout150 to heldout315): a pay slip pays the
  worker, here the Hming / Weaver written in the wage record's field, Keka's Employee Name:, the name written
  under the signature on the Christmas bonus (never the society or the Hriattu / witness; *settled*
  heldout307's, heldout309's to heldout315's names under a signature), the name after "to" on PayZapp, YONO
  SBI and bob World, the weaver on top of the WhatsApp chat a payment was forwarded into (*settled*
  heldout275's and heldout308's to heldout315's chats; the forwarded text names her the same), the Hming /
  Name written on the salary receipt's dotted line. A person paid is named as the page prints her or him: a
  payslip, a bank and a hand print the name alone (Lalhmingsangi, Lalmuanpuia, LALBIAKZUALI), a letter its
  Mizo title (Pi, Pu, Tv., Nl.) before it; the truth is the page's. *settled* (heldout153 to heldout315): a
  fee page pays the authority as printed, here AIZAWL MUNICIPAL CORPORATION (twice: its trade licence and its
  solid waste charges), the Taxation Department (never GOVERNMENT OF MIZORAM over it), the Transport
  Department under mParivahan's bar (*settled* heldout272, heldout301 and heldout303 to heldout315: never the
  app), the Employees' Provident Fund Organisation and the Employees' State Insurance Corporation on top,
  REGISTRAR OF CO-OPERATIVE SOCIETIES (never Received from), the Art & Culture Department under CHAPCHAR KUT
  2026 (never the stall's Hming / Name or the seal), the Labour Department's full name (never its
  Establishment). *settled* (heldout199 to heldout315): an insurer's receipt pays the insurer on top (full or
  short as printed), under its app's bar (ICICI Lombard, HDFC ERGO) or signing its message (Universal Sompo;
  *settled* heldout314's SMS). A slip's counter name line as printed (TLAWMNGAIHNA PUAN DAWR, TLAWMNGAIHNA
  PUAN DAWR - CHAPCHAR KUT or its first part, the yarn shop, the stationery shop), never *settled* the
  terminal's brand or bank over it (STATE BANK OF INDIA, PhonePe, ICICI BANK, KOTAK MAHINDRA BANK); Air India
  Express on top of its booking (*settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to
  heldout315: the carrier; never the Passenger); the café on top of its bill (never eZee Optimus); the name
  after the hour's "IST" in Axis Bank's "Spent INR x Axis Bank Card no. XX1234 <day> <hour> IST <MERCHANT> Avl
  Limit" (*settled* heldout299 to heldout315's card SMS: the merchant as the SMS prints it); the IDFC FIRST
  Bank app's merchant line over its town (*settled* heldout297 and heldout302 to heldout315's card issuers'
  apps). A utility's biller: the Power & Electricity Department (under GOVERNMENT OF MIZORAM; with ", Mizoram"
  on CRED where it so prints), Vodafone Idea Ltd. under Vi's bar and Hindustan Petroleum Corporation Ltd.
  under HP Pay's (*settled* heldout285, heldout301 and heldout303 to heldout315: the company, never the app),
  the P.H.E. Department's name as printed, the cable network on top of its card, Airtel Xstream Fiber on top
  of its mail (never Bharti Airtel Ltd. under it), the biller on CRED's page (never CRED). An SMS, mail,
  notification or WhatsApp banking message's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop): IDBI Bank's "towards NEFT to <PAYEE> on", Axis Bank's "IMPS of
  INR x to <PAYEE> from", ICICI Bank's "for IMPS to <PAYEE>. IMPS Ref", Bank of India's "to <PAYEE> via UPI",
  the co-operative bank's "to <PAYEE> from A/c", IndusInd Bank's "towards RTGS to <PAYEE>", UCO Bank's "to
  <PAYEE> by IMPS"; *settled* (new here) Mizoram Rural Bank's SMS in Mizo pays the name before its "hnenah"
  (to, toward a person): "UPI hmangin Rs.x <PAYEE> hnenah pek a ni" (Rs. x has been paid using UPI to
  <PAYEE>), because Mizo puts the one a thing goes to before its "hnenah" as Hindi puts it before its "को"
  (*settled* heldout277's and heldout315's Hindi SMS) and the SMS says nothing else of whom the money went to;
  *settled* (heldout307's, heldout311's, heldout312's and heldout314's WhatsApp banking) UCO Bank's WhatsApp
  message reads as its SMS; *settled* (heldout312's lock screen and heldout279, heldout287 and heldout303 to
  heldout315's notifications) ICICI Bank's notification on the lock screen reads as the SMS it sends.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), BharatPe's sum set
  large (its paise raised where it has them, *settled* heldout277 and heldout312 to heldout315), the sum
  beside the payee on PhonePe. *settled* (heldout152 to heldout315): a payer's advice counts its net sum, here
  ZOHANCO's Total (its sentence's "The above amount of Rs. x" the same; never a bill's Amount), Marg's Total
  (its words the same), Kotak FYN's, IDFC FIRST Bank's and SAP's Amount or Total paid (never a bill's Amount),
  the ₹x in the buyer's WhatsApp message, the Rs. x/- in the church letter's sentence, NEHHDC's Net amount
  credited (its table's Total the same; never an invoice's Taxable, IGST 5% or TDS 2%, *settled* heldout269,
  heldout273, heldout275, heldout294 and heldout315's advices with their TDS). *settled* (heldout155 to
  heldout315): an inward wire's foreign sum, here US dollars (USD or $), pounds (GBP or the pound's sign,
  *settled* heldout300, heldout308 and heldout311 to heldout315), Australian dollars (AUD or A$, *settled*
  heldout202, heldout289 and heldout311 to heldout313), yen whole (JPY 437,000 or ¥437,000 is 437000.00,
  *settled* heldout240, heldout281, heldout283, heldout308, heldout309, heldout312 and heldout313), Swiss
  francs with apostrophes between the thousands and CHF before or after (CHF 4'690.00 or 4'690.00 CHF is
  4690.00, *settled* heldout240, heldout243, heldout248, heldout309, heldout312 and heldout313), Singapore
  dollars (SGD or S$, *settled* heldout307, heldout310, heldout311 and heldout315), Hong Kong dollars (HKD or
  HK$, *settled* heldout201, heldout219, heldout306 and heldout313), euros the German way (8.413,92 EUR, EUR
  8.413,92 or 8.413,92 € is 8413.92, *settled* heldout294 and heldout312); never Charges, an Exchange rate or
  a Fee. *settled* (heldout175 to heldout315): a receipt counts the sum received, here the tax invoice's Grand
  Total printed in its box (its words the same; never the Taxable Value, CGST 2.5% or SGST 2.5% or a line's
  Amount), the Chapchar Kut memo's "Belhkhawm" (total) written at its line's end, the receipt book's Pawisa
  zat / Amount written in its box, Easebuzz' Amount, OkCredit's Payment received on its panel (never its Due
  now), Tribes India's Amount released, Cashfree's sum large, the roll's NET PAYABLE (never its GROSS or a
  line's sum). *settled* (new here): a Mizo account's "Belhkhawm" (total) written at the foot of its
  hand-written lines is the sum paid, never a line's figure or its count and rate, because it is the word a
  Mizo hand writes where an English one writes Total (as heldout315's "कुल" and heldout314's "एकूण"). A whole
  sum closed with /- is that sum in whole rupees (*settled* heldout259). *settled* (heldout187 to heldout315):
  a supplier's paper counts the sum paid, here the yarn dealer's Total (its PAYMENT DETAILS' Amount Received
  the same; never IGST 5% or a line's Amount), the carpenter's "Belhkhawm", Udaan's Order amount, the dye
  dealer's Total (INR) (its notice's ₹x the same; never IGST 18%), Delhivery's Amount paid, Shiprocket's
  Amount, the ₹x in the society's message to the lurex dealer, the printer's Total (its typed line's Rs. x the
  same; never CGST 9% or SGST 9%). A banking page's sum (the Pawisa zat / Amount Rs. written in the
  co-operative bank's application's box). *settled* (heldout167 to heldout315): a pay slip's net sum, here the
  wage record's "Belhkhawm" in the Mizo hand (never a line's figure, its count or its rate), Keka's Net Salary
  in its box (never Gross, Total deductions, an earning or a deduction; its words the same), the Rs. x/-
  written in the Christmas bonus' sentence, the sums on PayZapp, YONO SBI and bob World and in the text
  forwarded into the chat, the Pawisa zat / Amount written on the salary receipt's line (its words the same).
  A fee page's Amount, Total amount, Total (never the Labour Department's Fee or Late fee alone), the
  mParivahan sum, the Rs. in the Registrar's box (the sum of Rupees written in words the same), the Rs.
  written on the stall fee receipt and its counterfoil alike (*settled* heldout271's counterfoil: the
  counterfoil repeats the receipt's facts). An insurer's premium with its GST where it carries one
  (*settled*), here United India's Total (its sentence's sum the same; never the Premium, CGST 9% or SGST 9%),
  Oriental's Total Premium (never its Premium, CGST 9%, SGST 9% or the Sum Insured), Cholamandalam MS' and
  Reliance General's Premium (incl. GST), ICICI Lombard's, HDFC ERGO's and New India's sums, the Rs.x in
  Universal Sompo's SMS. A slip's TOTAL AMT, AMT, AMOUNT, Air India Express' Total paid (never its Fare or
  Taxes & fees), the café's Grand Total (never its Sub Total, CGST 2.5%, SGST 2.5% or a dish), the INR x in
  Axis Bank's SMS (never its Avl Limit), the IDFC FIRST Bank app's sum large. A utility's Amount Paid, the
  sums large, Amount and AMOUNT, the P.H.E. receipt's Pawisa zat / Amount, the cable card's "Belhkhawm"
  written at the right (never the cable's, the internet's or the box's line alone). An alert's sum debited,
  sent, failed or under process as worded (grouped the Indian or the English way or not at all), the Rs.x
  before Mizoram Rural Bank's payee. Currency INR but on the wires.

* status: as printed. BharatPe's Payment Received, Google Pay's Completed, PhonePe's Transaction Successful,
  MobiKwik's Payment Successful, Jupiter's Payment sent, Navi's Paid successfully successes; Fi's Payment in
  progress pending; IPPB's Transaction Failed failed. A payer's own record of the payment made (*settled*, as
  heldout295's, heldout301's and heldout303 to heldout315's remittances and vouchers): Marg's voucher with its
  Mode : NEFT and its UTR No., SAP's advice with its Payment method and its UTR, NEHHDC's Net amount credited
  with its Mode and UTR; ZOHANCO's "has been credited" (*settled* heldout304's and heldout307 to heldout315's
  letters and advices) successes; *settled* (heldout286, heldout299, heldout301 and heldout303 to heldout315's
  chats and messages) the buyer's "ka thawn e" (I have sent) in Mizo a success; *settled* (new here) the
  church letter's "... chu ni <day> khan NEFT-in in SBI account-ah kan thawn e" (we sent ... to your SBI
  account by NEFT on <day>) a success, because "kan thawn e" (we have sent) is the payer's word that the money
  went, as heldout315's Outlook mail's "We have transferred"; Kotak FYN's Pending authorisation pending
  (*settled* heldout305, heldout306 and heldout310 to heldout315: a transfer not yet sent is a wait); IDFC
  FIRST Bank's NEFT RETURNED failed (as heldout310's to heldout315's NEFT returned). A wire's Chase Sent,
  Lloyds Bank's Payment sent, Westpac's Completed, Zürcher Kantonalbank's Zahlung ausgeführt / Payment
  executed, HSBCnet's Completed, Commerzbank's ausgeführt (executed, the German alone) successes; Mizuho's
  Awaiting processing pending (*settled* heldout250 to heldout252 and heldout305 to heldout315: a wire not yet
  sent is a wait); OCBC's Transfer returned failed. A receipt's "Payment received by UPI | UTR ..." under the
  tax invoice, the receipt book's Pêk dan / Mode UPI written with its UPI Ref (a receipt for money got),
  OkCredit's Payment received (*settled* heldout303 to heldout315's ledger apps), Tribes India's Payment
  released (as heldout315's Jaypore's Payout processed), the roll's TENDER : UPI with its UPI TXN REF
  successes; *settled* (new here) a Mizo hand's "Cash-in ka dawng e" (I have received it in cash) a success
  paid in cash, on the Chapchar Kut memo, the carpenter's bill, the Christmas bonus and the cable card,
  because "ka dawng e" (I have received) is the receiver's own word that the money came and the "-in" after a
  way of paying names that way (cash-in, by cash; UPI-in, by UPI; NEFT-in, by NEFT) as an English hand's
  "Recd. in cash" (*settled* heldout287's "নগদ পালোঁ" and heldout303 to heldout315's hands' "received");
  Cashfree's Payment pending pending; Easebuzz' Payment Failed failed. A supplier's paper: *settled* (new
  here) the yarn dealer's invoice printed with its PAYMENT DETAILS (Mode | UTR | Date | Amount Received) and
  Balance Due 0.00 a success, its Date the day paid (never the invoice's Date), its Mode the method, its UTR
  the id, because the supplier's own program prints the payment it received against the invoice as a receipt
  prints it (as heldout315's crate maker's Payment Received panel with its Paid via, Reference and Payment
  Date); the dye dealer's notice "Paid: ₹x received via UPI on <day>, UTR ..." (as heldout314's studio's
  "Payment received on <day> via UPI"), Delhivery's Shipment booked and paid (*settled* heldout300 and
  heldout303 to heldout315: a carrier's receipt printed only once its freight is paid), the lurex dealer's
  "Received with thanks" answering the society's "Sent ₹x by UPI", the printer's "Received with thanks Rs. x
  vide UPI Ref ... on <day>." under its PAID stamp successes; Udaan's Payment pending pending; Shiprocket's
  Payment failed failed. A banking page's YONO Business Transaction Successful, HDFC Bank's Payment
  successful, PhonePe's Paid, InstaBIZ' IMPS successful, BHIM's Money sent, the co-operative bank's "Sent, UTR
  ..." written by its clerk over its stamp (*settled* heldout310's, heldout313's and heldout314's co-operative
  banks' NEFT sent) successes; IOB Mobile's In process pending; SIB Mirror+'s Transfer failed failed. A pay
  slip's "UPI-in ka pe e, Ref ..." (I have paid it by UPI) written on the wage record (*settled* (new here) as
  the "-in ... ka dawng e" above: the payer's own word that it paid, as heldout315's "Paid by UPI, Ref ..."
  written on the piece-work account), Keka's "Paid on <day> via NEFT, UTR ...", the Christmas bonus' "cash-in
  ka dawng e", PayZapp's Payment Successful, the forwarded "Paid ₹x to <weaver> via Google Pay" with her reply
  "Ka dawng e" (received), the salary receipt's Pêk dan / Mode UPI written with its UPI Ref (a payer's own
  receipt of the wage paid, as heldout281's, heldout295's and heldout313 to heldout315's vouchers) successes;
  bob World's Processing pending; YONO SBI's Transaction Failed failed. A fee page's Payment Successful, the
  profession tax receipt's Status Success, mParivahan's Challan paid, the Registrar's receipt "Received from"
  with its "by UPI, Ref No.", the stall fee receipt's Cash ticked (*settled* heldout269's tick boxes)
  successes; ESIC's Pending at bank pending; EPFO's Payment Failed failed. An insurer's United India "Received
  with thanks", Oriental's receipt with its Mode and UTR, Cholamandalam MS' "We have received your payment",
  Universal Sompo's "received on <day>", Reliance General's Payment received, HDFC ERGO's Policy renewed
  successes; New India's Payment under verification pending; ICICI Lombard's Payment failed failed. A slip's
  TXN APPROVED and APPROVED, Air India Express' Booking confirmed, the café's "Settled by: CARD" with its Auth
  Code (*settled* heldout297, heldout298 and heldout303 to heldout315), the IDFC FIRST Bank app's Approved
  successes; *settled* (heldout300, heldout302 to heldout304 and heldout306 to heldout315) Axis Bank's "Spent
  INR x" a success; PhonePe Smart POS' TXN STATUS : PENDING with "PLEASE CHECK STATUS BEFORE RETRYING" pending
  (*settled* heldout282 and heldout299 to heldout315: the terminal got no answer from the bank); Kotak's
  DECLINED (51 INSUFFICIENT FUNDS) failed. A utility's Payment Successful, Vi's Bill paid, the P.H.E.
  receipt's Cash ticked, the cable card's "Cash-in ka dawng e", Airtel's "we have received your payment", the
  roll's MODE : UPI with its UPI REF successes; HP Pay's Payment pending pending; CRED's payment failed
  failed. *settled*: an SMS, mail, notification or WhatsApp banking message's debit a success whatever its
  bank's wording (IDBI Bank's "has been debited with", ICICI Bank's and Bank of India's "debited from",
  IndusInd Bank's "has been debited by", UCO Bank's "has been transferred"); *settled* (new here) Mizoram
  Rural Bank's "pek a ni" (has been paid) in Mizo a success, because it is the bank's word that the money
  went, as heldout315's Hindi SMS' "भेजे गए" (have been sent) and heldout314's Marathi SMS' "पाठवले आहेत"; the
  co-operative bank's "is under process" pending (as heldout280's, heldout309's, heldout313's and heldout315's
  "is in process" or "under process"); Axis Bank's "was unsuccessful. Amount, if debited, will be credited
  back" failed (as heldout310's "has failed" and heldout315's "has FAILED").

* date: the day paid. A UPI screen's day and hour: BharatPe's Received on, Google Pay's day under its
  Completed, Fi's Started, PhonePe's "<hour> on <day>", MobiKwik's "on <day> at <hour>", IPPB's Date & Time :,
  Navi's Paid on; Jupiter's "Today, <hour>" prints no day (*settled*). ZOHANCO's "Dated Aizawl, the <nth>
  <Month>, <year>" on its No.'s line (never a Bill Date), Marg's Date :, Kotak FYN's Value Date, IDFC FIRST
  Bank's Value Date, SAP's Payment date (never a Doc. Date), the day the church letter names ("chu ni <day>
  khan", on <day>; its Dt. the same), NEHHDC's Value Date (never an Inv. Date); *settled* (new here) the
  buyer's WhatsApp message under its "Today" divider whose sentence says "vawiin" (today) prints no day,
  because "vawiin" is Mizo for today and names no day, as the chats' "Today" (*settled* heldout286,
  heldout289, heldout299, heldout301 and heldout303 to heldout315; never a message's hour). A wire's Chase
  Send on month first the American way or in words (04/07/2026 or Apr 7, 2026, *settled* heldout272,
  heldout288, heldout292 and heldout308 to heldout315's US banks), Westpac's Payment date, Mizuho's Value
  date: the day year first with slashes (2026/06/17, *settled* heldout312), Zürcher Kantonalbank's
  Ausführungsdatum / Execution date and Commerzbank's Ausführungstag with dots day first, OCBC's Transfer
  date, the day in HSBCnet's sentence; Lloyds Bank's "Today, <hour>" prints no day (*settled*). A receipt's
  Date on the tax invoice, the Ni / Date written in the Chapchar Kut memo's field and in the receipt book's,
  Easebuzz' Attempted on, Tribes India's Date of payment, Cashfree's Initiated, the roll's DT; OkCredit's
  "Today, <hour>" prints no day. *settled* (new here): a Mizo weekday written before a day (Zirtawpni,
  06.03.2026; Inrinni, 07.03.2026) is that day's name and part of the one day, never a second fact or a
  different day, because Mizo pages name the weekday before the day as an English "Fri, 6 Mar" does. The Date
  in the yarn dealer's PAYMENT DETAILS (never the invoice's Date above), the Ni : written on the carpenter's
  bill, Udaan's Ordered on, the day in the dye dealer's notice "received via UPI on <day>" (never its Invoice
  Date), Delhivery's Booked on, Shiprocket's Date, the printer's "on <day>" in its typed receipt line (never
  its Dated; its stamp's day the same); the lurex dealer's chat under its "Today" divider prints no day
  (*settled*, as the chats' "Today"). A banking page's Transfer date, the Ni / Date written in the
  co-operative bank's application (its stamp's day the same), SIB Mirror+'s Date, HDFC Bank's Date & time, IOB
  Mobile's Initiated on, InstaBIZ' Date:, the "on <day> at <hour>" under BHIM's payee; PhonePe's "Today,
  <hour>" prints no day. A pay slip's "Ni <day>" written under the wage record's lines (never its Thla /
  Month, *settled* heldout273 and heldout303 to heldout315: never a month or a Pay Period), Keka's "Paid on
  <day>" (never its Pay Period or the payslip's month), the Ni: written on the Christmas bonus, PayZapp's
  Date, YONO SBI's Date, bob World's Initiated on, the Ni / Date written on the salary receipt's line (never
  its Thla / Month); the WhatsApp chat with the forwarded payment under its "Today" divider prints no day. A
  fee page's Payment Date, the profession tax receipt's Date of payment (never its Period), EPFO's Attempted
  on (never its Wage month), the Date written in the Registrar's book, ESIC's Initiated on: (never its
  Contribution Period:), the Ni / Date written on the stall fee receipt and its counterfoil alike, the Labour
  Department's Payment Date; mParivahan's "Today, <hour>" prints no day. An insurer's Receipt Date, Oriental's
  Date of payment, ICICI Lombard's Attempted on, Cholamandalam MS' Payment date:, the "received on
  <dd-mm-yyyy>" in Universal Sompo's SMS (never the thread's divider), Reliance General's Payment date, New
  India's Initiated on; HDFC ERGO's "Today, <hour>" prints no day. A slip's DATE and DT, Air India Express'
  Booking date (never its Travel date, *settled* heldout302 and heldout305 to heldout315), the café's Date,
  the <dd-mm-yy> before the hour in Axis Bank's SMS; the IDFC FIRST Bank app's "Today, <hour>" prints no day.
  A utility's Payment Date (never its Bill Month), the P.H.E. receipt's Ni / Date (never its Thla / Period),
  HP Pay's Initiated on, the Ni: written under the cable card's lines (never its Thla : month), Airtel's
  Payment date :, CRED's attempted on, the roll's DATE (never its PERIOD); Vi's "Today, <hour>" prints no day.
  The alerts' "ni <dd-mm-yyyy> khan" (on <day>) in Mizoram Rural Bank's Mizo SMS (*settled* (new here) the day
  after Mizo's "ni" (day) and before its "khan" (then, on that day), in Latin figures as the bank sends them,
  because it is the one day the SMS names, as heldout315's Hindi SMS' "दिनांक <dd-mm-yyyy> को"), "on
  <dd-Mon-yyyy>", "on <dd-mm-yyyy>", "on <dd/mm/yyyy>", UCO Bank's "on <dd.mm.yyyy>", IndusInd Bank's "on
  <dd-Mon-yyyy>"; ICICI Bank's notification on the lock screen under its hour prints no day (*settled*
  heldout312's lock screen: the hour, and never a day, over it). All numeric days here are day first
  (heldout251, heldout259) but Chase's month first and Mizuho's year first. *settled*: never a Year, a Period,
  a Bill Month, a Month, a Thla (month), a Wage month, a Contribution Period, a Pay Period, a payslip's month,
  an invoice's, a bill's or a journey's day, a policy's period, an e-mail's or a message's hour, the day
  inside a UTR (heldout210) or an app's, a portal's, a bank's, a challan's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (ZOHANCO's, Marg's, the buyer's WhatsApp message's
  "NEFT-in", SAP's, the church letter's "NEFT-in" and NEHHDC's NEFT or RTGS, Kotak FYN's RTGS, IDFC FIRST
  Bank's NEFT; *settled* (heldout311's Etsy, heldout313's Amazon and heldout315's Jaypore) Tribes India's
  payment released to the society's bank account by NEFT or RTGS; Cashfree's Net Banking - SBI; the yarn
  dealer's NEFT or RTGS in its PAYMENT DETAILS; YONO Business' NEFT or RTGS, the co-operative bank's NEFT
  ticked, SIB Mirror+'s, IOB Mobile's and InstaBIZ' NEFT and IMPS; Keka's NEFT; the profession tax's SBI - Net
  Banking, EPFO's and ESIC's internet banking; Oriental's NEFT, Cholamandalam MS', Reliance General's and New
  India's Net Banking; the Power & Electricity Department's and Airtel's Net Banking; the NEFT, IMPS and RTGS
  alerts); a SWIFT transfer either way (*settled*: Chase's Shared (SHA), Lloyds Bank's Shared (SHA), Westpac's
  SHA - shared, Mizuho's SHA, Zürcher Kantonalbank's SHA (geteilt), OCBC's SHA (shared), HSBCnet's SHA
  (shared), Commerzbank's SHA (geteilt); *settled* heldout279, heldout301 and heldout303 to heldout315). UPI
  for the UPI screens, BharatPe's Paid using, Google Pay's From; the tax invoice's "Payment received by UPI",
  the receipt book's Pêk dan / Mode UPI, OkCredit's Mode UPI, the roll's TENDER : UPI; Udaan's, the dye
  dealer's, Delhivery's and the lurex dealer's UPI; HDFC Bank's, PhonePe's and BHIM's UPI; the wage record's
  "UPI-in" (*settled* (new here), as the "-in" above), PayZapp's, YONO SBI's, bob World's and the forwarded
  Google Pay payment's UPI, the salary receipt's UPI; Aizawl Municipal Corporation's, mParivahan's, the
  Registrar's and the Labour Department's UPI; United India's, Universal Sompo's and HDFC ERGO's UPI; Vi's, HP
  Pay's, CRED's and the solid waste roll's UPI; the UPI alerts. Card for Easebuzz' Debit Card - RuPay,
  Shiprocket's Credit Card - Visa, ICICI Lombard's Visa Credit, the slips, Air India Express' Credit Card, the
  café's "Settled by: CARD", Axis Bank's SMS and the IDFC FIRST Bank app. Cash for a Mizo hand's "Cash-in ka
  dawng e" on the Chapchar Kut memo, the carpenter's bill, the Christmas bonus and the cable card (*settled*
  (new here), as above; *settled* heldout287's "নগদ পালোঁ" and heldout303 to heldout315's hands), Cash ticked
  on the stall fee receipt and on the P.H.E. receipt (*settled* heldout269's tick boxes).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout315): a UPI
  reference / UTR / RRN / IMPS reference (BharatPe's UPI Ref No. (above its BharatPe Txn ID), Google Pay's UPI
  transaction ID (above its Google transaction ID), Fi's copyable UPI Ref No, PhonePe's UTR (beside its
  Transaction ID), Jupiter's UPI Ref ID, Navi's UPI Ref. No.; the UTR in ZOHANCO's sentence, Marg's UTR No.
  (above its Voucher No.), the UTR in the buyer's WhatsApp message, SAP's Bank reference (UTR) (above its
  Payment document), NEHHDC's UTR No.; the tax invoice's UTR (above its Invoice No.), the receipt book's Ref
  No. / UPI Ref (above its No. struck in red), OkCredit's UPI Ref, Tribes India's UTR, the roll's UPI TXN REF
  (above its INVOICE NO); the UTR in the yarn dealer's PAYMENT DETAILS (above its Invoice No.), the UTR in the
  dye dealer's notice (above its Invoice #), the Ref in the society's message to the lurex dealer, the UPI Ref
  in the printer's typed receipt line (above its Invoice No.); the banking pages' UTR No., UPI Ref No., IMPS
  Ref No., the "Sent, UTR ..." the co-operative bank's clerk wrote; the wage record's Ref written in the Mizo
  hand, Keka's UTR, PayZapp's UPI Ref No., the UPI transaction ID in the forwarded text, bob World's UPI Ref
  No., the salary receipt's Ref No. / UPI Ref (above its Voucher No. struck in red); Aizawl Municipal
  Corporation's Bank Ref No. (above its Receipt No.), the Registrar's Ref No. written in (above its No. struck
  in red); United India's Transaction Ref. (above its Receipt No.), Oriental's UTR (above its Receipt No.); a
  slip's RRN (above its AUTH CODE and its ROC or INVOICE NO); the solid waste roll's UPI REF (above its RCPT
  NO); the alerts' Ref No, UTR No., IMPS Ref No, UTR, Ref and the Ref No in Mizoram Rural Bank's Mizo SMS),
  then a bank reference (Kotak FYN's Transaction Ref. No., IDFC FIRST Bank's Transaction Ref. No., Chase's
  Confirmation #, Lloyds Bank's Reference, Westpac's Receipt number, Mizuho's Remittance No., Zürcher
  Kantonalbank's Referenz / Reference, OCBC's Transaction reference, Commerzbank's Referenz, the profession
  tax receipt's Bank Transaction No. (above its Challan Ref. No.)), then a transaction / payment id (IPPB's
  Transaction ID, Easebuzz' Transaction ID (above its Order ID), Cashfree's CF Payment ID (beside its Order
  ID), Delhivery's Payment ID (never its AWB No.), Shiprocket's Transaction ID, SIB Mirror+'s Transaction ID,
  YONO SBI's Transaction ID, mParivahan's Transaction ID (above its Challan No.), the Labour Department's
  Transaction ID (above its Receipt No.), ICICI Lombard's, Cholamandalam MS', Reliance General's, HDFC ERGO's
  and New India's Transaction ID or Payment ID (Reliance General's above its Receipt No.), PhonePe Smart POS'
  TXN ID, Air India Express' Payment reference (above its PNR), the IDFC FIRST Bank app's Transaction ID, the
  Power & Electricity Department's Transaction ID (above its Receipt No.), Vi's, Airtel's and CRED's
  Transaction ID), then an approval code (the café's Auth Code), then an order's number (Udaan's Order ID, HP
  Pay's Order ID, Air India Express' PNR (*settled* heldout126, heldout302, heldout305, heldout306, heldout311
  and heldout313 to heldout315)), then a document's own number (Marg's Voucher No. and SAP's Payment document
  (a payer's own number for its payment, *settled* heldout281, heldout295, heldout301 and heldout303 to
  heldout315), the tax invoice's Invoice No., the receipt book's No. struck in red (as heldout306's,
  heldout307's and heldout309 to heldout315's), the roll's INVOICE NO, the suppliers' Invoice No. and Invoice
  #, the profession tax's Challan Ref. No., mParivahan's Challan No., ESIC's Challan No. (*settled*
  heldout304's CPIN and heldout306's, heldout307's, heldout309's, heldout313's and heldout315's CPIN and CRN:
  a challan numbered when it is created), *settled* (new here) EPFO's TRRN (its Temporary Return Reference
  Number) on the failed payment, the only number that page prints, as the number the challan got when it was
  created (as a CRN or a CPIN, never a bank's or a gateway's reference), the Registrar's and the P.H.E.
  Department's No. struck in red, the salary receipt's Voucher No. struck in red, Aizawl Municipal
  Corporation's Receipt No. and RCPT NO, the Labour Department's, United India's, Oriental's, Reliance
  General's, the Power & Electricity Department's and Airtel's Receipt No., a slip's ROC (State Bank of
  India's receipt number), INVOICE NO and INVOICE, the café's Bill No.). *settled*: never a card, account,
  phone or mobile number, a UPI ID, IFSC, GSTIN, PAN, a Regd. No., a Consumer No., an Account No., a Policy
  No., a Proposal No., a Trade Licence No., a Registration No., an Establishment ID, an Employer Code, an
  Employee ID, a Vehicle No., a Vendor code, a PO No., a Distributor, an AWB No. (a consignment's number,
  *settled* heldout274, heldout299 and heldout303 to heldout315), a slip's MID / TID / BATCH, a No. left blank
  (the stall fee receipt's and its counterfoil's), ZOHANCO's No. and NEHHDC's Advice No. (a letter's or an
  advice's file number, *settled* heldout278, heldout303, heldout304 and heldout306 to heldout315), a bill or
  an invoice named on an advice or a mail (ZOHANCO's, SAP's and NEHHDC's bills, Marg's Bill No. in its
  Particulars, Tribes India's Invoice No.)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout319_families import (
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

SPLIT = "heldout319"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, every one of them drawing Mizo's letters (its t with a dot under it,
# ṭ, and its vowels with a circumflex, â ê î ô û), so Liberation's first version (which lacks ṭ) is left out:
# the screens in Noto Sans, DejaVu Sans Condensed, Liberation Sans (liberation2), FreeSans and Noto Sans
# Display; the pages in Noto Serif, DejaVu Serif, Liberation Serif (liberation2), FreeSerif, DejaVu Sans and
# Liberation Sans (liberation2); the society's, its suppliers' and its people's papers in Noto Serif Display,
# DejaVu Serif Condensed, FreeSans, Noto Sans and Liberation Serif (liberation2); the slips in four monos in
# another order than heldout315's; beside them a pen's italic or oblique (``heldout319_families.PENS``) and
# a page's own fixed-width face (``heldout319_families.TYPES``), all of them drawing ṭ too.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
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


def make_heldout319_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout319 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

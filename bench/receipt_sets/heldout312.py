"""heldout312: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Cherial scroll painters' family workshop's year of 2026 in Cheriyal, Siddipet
district, Telangana (Vanamala Nakashi Chitrakala Nilayam, వనమాల నకాశి చిత్రకళా నిలయం, Vanamala Yadagiri's
proprietary firm, GSTIN 36AQVPV4419R1Z8, Udyam UDYAM-TS-31-0027419, with his wife Vanamala Lakshmi, who shapes
its masks and dolls, his son Vanamala Srikanth, who keeps its counter, its web shop and its export orders, and
his daughter-in-law Vanamala Swapna, who keeps its accounts: the painters and the mask and doll makers of
Cheriyal and the villages round it (Kodari Ramulu, Bairi Mallesham, Gajula Renuka, Dasari Anjaiah, Thota
Sujatha, Mekala Balaiah, Chinthala Padma and Erra Narsimha among them) prime lengths of hand-spun khadi with a
paste of tamarind seed, white clay and gum, paint the Markandeya, Gauda and Krishna stories on them panel by
panel in colours ground from stones, earths and leaves, every panel on a vermilion ground and a creeper border
between two, frame single panels of village life and shape masks of kings, queens and Ravana and dolls of
toddy tappers and village women out of tamarind-seed paste and sawdust over poniki wood; the khadi comes from
a Warangal khadi store, the tamarind-seed powder, the white clay and the gum from a Jangaon trader, the
sawdust from a Cheriyal saw mill and the poniki wood from a Nirmal timber depot, the colours and brushes from
a Hyderabad art store and a Moglix seller, the frames from a Siddipet framer, the mailing tubes from a
Hyderabad paper-tube maker, the visiting cards and catalogues from Vistaprint, and the parcels go by The
Professional Couriers; its counter at Shilparamam, Madhapur, Hyderabad, Vanamala Katha Chitra, వనమాల కథా
చిత్ర, with Boddu Shirisha at its counter and Kummari Raju, its helper; its stall at the Komuravelli Mallanna
jatara in the jatara's first fortnight (18 to 31 January); the web shop vanamalanakashi.in, its PhonePe
Payment Gateway and BillDesk checkouts and an Amazon seller account; Golconda Handicrafts (the Telangana State
Handicrafts Development Corporation), a Hyderabad hotel group, a Jubilee Hills interiors studio, a Bengaluru
design store, a Hyderabad school, a Delhi export house, a Warangal heritage trust and a Bengaluru craft
marketplace at home, and a New Jersey heritage arts store, a Leicester arts shop, a Kyoto folk-craft shop, a
Basel culture house, a Doha interiors house, a Kuala Lumpur Telugu emporium, a Parramatta gallery and a Berlin
gallery abroad), told by the proofs of payment it receives (buyers' PhonePe Business on the counter's phone,
Paytm set in Telugu, Vyom, BHIM SBI Pay, PayZapp, digibank, a JioFinance share and Axis Mobile; TGHDC's
remittance advice under its Telugu name, Zoho Books, YONO Business with a NEFT pending with the authoriser, a
Microsoft Teams post, a school's letter, Odoo, Canara Bank's corporate banking with a NEFT returned and
Cashfree Payouts; Wells Fargo, Barclays, SMBC, UBS, QNB, CIMB, CommBank and Deutsche Bank for buyers in
Edison, Leicester, Kyoto, Basel, Doha, Kuala Lumpur, Parramatta and Berlin in US dollars, pounds, yen, Swiss
francs, Qatari riyals, ringgit, Australian dollars and euros; the Nilayam's tax invoice under a Cherial mask,
the jatara stall's cash bill in a Telugu hand, Amazon's disbursement mail, PhonePe Payment Gateway's pending
page, myBillBook, BillDesk's failed page, an advance receipt signed across a revenue stamp and the counter's
GoFrugal roll) and those it makes (the khadi store's invoice with a sticky note, the framer's bill with its
Date left blank and its Total corrected, Vistaprint's declined checkout, the tamarind-seed trader's bill in a
Telugu hand on squared paper, The Professional Couriers' receipt, Moglix's pending order, the saw mill's
carbon cash bill in a Telugu hand and the paper-tube maker's Tally invoice; Telangana Grameena Bank's app with
its Telugu labels, OnlineSBI's e-Receipt, Kotak Mobile Banking, Google Pay, PhonePe, KVB DLite, FedMobile's
share in a chat and the Karimnagar District Central Co-operative Bank's internet banking for the khadi store,
the art store, the paper-tube maker, the framer, the tamarind-seed trader, the timber depot, the saw mill and
the courier; a painter's work account in a Telugu hand, greytHR's payslip, a Dasara advance in a Telugu hand
with a thumb's impression, BHIM, Navi, MobiKwik, Groww and the helper's payment voucher; Cheriyal
Municipality's trade licence receipt in Telugu labels, Shilparamam's stall rent mail, the GI Registry's failed
fee, the Income Tax Department's challan receipt, the Komuravelli devasthanam's jatara stall fee receipt in
Telugu labels, the Commercial Taxes Department's pending profession tax, ESIC's challan and T App Folio;
IFFCO-Tokio's, Care Health's, SBI General's, HDFC ERGO's, Axis Max Life's, Generali Central's, Liberty
General's and ACKO's premiums; cards on the counter's Razorpay POS and the stall's BharatPe Swipe terminals,
at a Hanamkonda hotel's Yes Bank terminal, in HDFC Bank's SMS, on TGSRTC, at a Siddipet hardware shop, on
Scapia's app and on a Siddipet restaurant's Petpooja bill; TGNPDCL, Airtel Xstream Fiber, Dish TV, Indane on
IndianOil ONE, Airtel Thanks, TGNPDCL's SMS, a milkman's card in a Telugu hand and Bharat BillPay on Canara
ai1; the banks' SMS, Telangana Grameena Bank's SMS in Telugu, Union Bank of India's notification on the lock
screen, HDFC Bank's mail and Axis Bank's WhatsApp banking). One payment per page. Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its labels and its arrangement none of heldout310's or heldout311's,
and most of its apps, banks and issuers none of theirs; where an issuer or a kind of paper is one they also
drew (PhonePe, Paytm, BHIM, Google Pay, MobiKwik, Navi, Amazon, BharatPe, Cashfree, Airtel, Kotak, ICICI Bank,
HDFC Bank, Axis Bank, SBI, Canara Bank, Union Bank of India and Federal Bank among the issuers; a receiving
business's own app, a UPI app set in the region's language, an app's failure, pending, no-reference or "Today"
page, a state crafts corporation's advice, an accounting program's advice, a corporate bank's page with a
transfer waiting or sent back, a payout, a payer's letter or channel, a wire's page, a shop's tax invoice, a
stall's cash bill, a gateway's pending or failed page, a marketplace's disbursement, a ledger app, a receipt's
number struck in red, a supplier's invoice with its payment noted on it, a supplier's bill in a regional hand,
a carrier's receipt, a marketplace's pending order, a supplier's bill with its day left out, a bank's app in
the region's language, a shared receipt with no reference, a work account, a payslip, a festival advance
receipt, a municipal receipt in regional labels, a pending tax or challan, a fee page failed, a premium
receipt, an insurer's app, mail or SMS, a card slip approved, pending or declined, a fare paid by card, a card
issuer's app or message, a restaurant's bill settled by card, a utility's receipt, app, mail or SMS, a
refill's pending payment, a hand-written monthly bill, a bank's SMS in the region's language, a bank's mail, a
phone's notification, a bank's WhatsApp message), it is drawn here for another issuer in this set's own labels
and marks, and near ones are noted: PhonePe Business on the counter's phone in a ticket's card, where
heldout311 and heldout310 drew BharatPe for Business; Paytm set in Telugu with its month's Telugu name and its
tagged labels, where heldout311 drew BHIM set in Punjabi and heldout310 BHIM set in Odia; Vyom's "Today" over
a striped table, where heldout311 drew Jupiter's "Today" and heldout310 Navi's; BHIM SBI Pay's pending under a
spinner with its stages left to right, where heldout310 drew Amazon Pay's pending under a spinner; PayZapp's
capsule, where heldout311 drew IndusMobile's and heldout310 iMobile Pay's; digibank's failure under a large
round cross, where heldout311 drew Amazon Pay's and heldout310 Jupiter's on tinted bands; JioFinance's shared
card with no reference, where heldout311 drew Airtel Payments Bank's rounded card and heldout310 FinoPay's;
Axis Mobile's initials in a round badge, where heldout311 drew PhonePe's; TGHDC's REMITTANCE ADVICE under its
Telugu name with its rectangular stamp, where heldout311 drew PSIEC's PAYMENT ADVICE under its Punjabi name
and heldout310 ORMAS's under its Odia name; Zoho Books' Payment Made, where heldout311 and heldout310 drew SAP
Business One's advices; YONO Business' NEFT pending with the authoriser with its stages top to bottom, where
heldout311 drew Kotak FYN's NEFT awaiting approval and heldout310 Kotak FYN's pending the checker's
authorisation; the Microsoft Teams post under "Today", where heldout311 and heldout310 drew Google Chat
spaces; the school's letter with no reference, where heldout311 drew a knitwear exporter's faxed letter and
heldout310 a store's plain mail; Odoo's Payment Receipt with its sum on a tinted panel, where heldout310 drew
Marg ERP's payment voucher; Canara Bank's NEFT returned on a scalloped badge's cross, where heldout311 drew
ICICI Bank's NEFT rejected on a tinted band and heldout310 ICICI Bank's failed under an octagon; Cashfree
Payouts' mail, where heldout311 drew RazorpayX's payout mail and heldout310 RazorpayX's payout; Wells Fargo's
wire month first with its labels over their values two to a row, where heldout311 and heldout310 drew Chase's
wires month first and heldout310 Emirates NBD's labels two to a row; Barclays' pounds in a sentence with no
reference, where heldout311 drew Lloyds Bank's pounds and ANZ goMoney's sentence and heldout310 HSBCnet's
pounds and RBC Express's sentence with none; SMBC's yen in a table ruled on every side, where heldout311 drew
RBC's ISO day in one; UBS' payment rejected under an octagon's cross, where heldout310 drew OCBC Velocity's
transfer rejected under one and heldout311 Chase's wire returned; QNB's riyals with colons, where heldout311
drew Lloyds Bank's pounds and heldout310 HSBCnet's with colons; CIMB BizChannel's transfer in process over a
progress bar, where heldout311 drew Intesa Sanpaolo's in progress and heldout310 Commerzbank's in process;
CommBank's "Today", where heldout311 drew OCBC's and heldout310 BNZ's; Deutsche Bank's euros the German way
with each label's German and its English after a slash in a striped table, where heldout310 drew Commerzbank's
German with its English in brackets and heldout311 Intesa Sanpaolo's Italian and English after a slash; the
tax invoice under a Cherial mask, where heldout311 drew one under a bagh and heldout310 one under a coiled
basket; the jatara stall's cash bill in a Telugu hand lying on a scroll, where heldout311 drew the Teeyan
stall's cash bill in a Punjabi hand lying on a bagh and heldout310 the Mela stall's cash memo in an Odia hand
lying on a sabai mat; Amazon's disbursement mail, where heldout311 drew Etsy's deposit mail and heldout310
Flipkart's settlement mail; PhonePe Payment Gateway's pending page, where both drew Cashfree's pending
checkouts; myBillBook's "Today", where both drew OkCredit's; BillDesk's failure under a tile's cross, where
heldout310 drew Paytm Payment Gateway's under one and heldout311 Paytm Payment Gateway's under a large round
cross; the advance receipt with its No. struck in red, signed across a revenue stamp, where heldout311 drew a
receipt across its counterfoil and heldout310 a money receipt in an Odia table with their numbers struck in
red; GoFrugal's roll settled by card, where heldout311 drew Marg's roll paid by UPI; the khadi store's invoice
with a sticky note, where heldout311 drew the silk yarn dealer's invoice with a ring round its Total and
heldout310 the dye house's invoice pasted in its register; the framer's bill with its Date left blank and its
Total corrected, where heldout311 drew the block maker's bill with its Date left blank and heldout310 an
estimate with its Date left as dots; Vistaprint's card declined on a tinted band, where heldout311 drew
PrintStop's; the tamarind-seed trader's bill in a Telugu hand on squared paper, where heldout311 drew the
weaver's bill in a Punjabi hand on a spiral notebook's page and heldout310 the grass trader's in an Odia hand
on a bill pad's page; The Professional Couriers' receipt in a table ruled on every side, where heldout311 drew
Trackon's roll and heldout310 Blue Dart's; Moglix's pending order in read-only fields' boxes, where heldout311
drew udaan's pending order and heldout310 Flipkart's; the saw mill's carbon bill in a Telugu hand, where
heldout311 drew the dyer's chit in a Punjabi hand; the paper-tube maker's Tally invoice with a highlighter's
stroke and a tick, where heldout311 drew the carton maker's Marg invoice and heldout310 the packaging house's
Swipe invoice under PAID watermarks; Telangana Grameena Bank's app with its Telugu tags, where heldout311 drew
Punjab Gramin Bank's app with its Punjabi labels and heldout310 Odisha Grameen Bank's with its Odia labels;
OnlineSBI's e-Receipt in a table ruled on every side, where heldout310 drew IOB Connect's acknowledgement with
colons; Kotak Mobile Banking's IMPS on a scalloped badge, where heldout311 drew mPay Delight+'s IMPS on one;
Google Pay's "Today", where heldout311 drew PhonePe's and heldout310 AU 0101's; PhonePe's failure under a
tile's cross, where heldout310 drew InstaBIZ's failure under one and heldout311 IOB Mobile's under a large
round cross; KVB DLite's NEFT in dot leaders, where heldout311 drew AU 0101's NEFT against a gutter;
FedMobile's share in a chat with no reference, where heldout311 drew Airtel Payments Bank's and heldout310
FinoPay's shared cards; the Karimnagar District Central Co-operative Bank's NEFT pending over a progress bar,
where heldout311 drew the Patiala Central Co-operative Bank's NEFT in process under a spinner and heldout310
Bank of India's NEFT under process over a progress bar; the painter's work account in a Telugu hand, where
heldout311 drew an embroiderer's piece-work account and heldout310 a coiler's wage account in an Odia hand;
greytHR's payslip, where both drew Keka's; the Dasara advance in a Telugu hand with a thumb's whorl, where
heldout311 drew a Lohri advance in a Punjabi hand and heldout310 a Makar Sankranti advance in an Odia hand
with a thumb's loop; BHIM's rounded card, where heldout311 drew Airtel Payments Bank's; Navi's processing with
its stages left to right, where heldout310 drew MobiKwik's processing with its stages top to bottom and
heldout311 MobiKwik's pending; MobiKwik's "Today", where heldout311 drew Paytm's and heldout310 Airtel
Thanks'; Groww's failure in an octagon, where heldout311 drew Google Pay's failure in one and heldout310
Google Pay's under a large round cross; the helper's payment voucher, where heldout311 drew the helper's
attendance and wage card; Cheriyal Municipality's trade licence receipt in Telugu tags, where heldout311 drew
the Municipal Corporation Patiala's property tax receipt in Punjabi labels and heldout310 Baripada
Municipality's trade licence receipt in an Odia table; the GI Registry's failed fee, where heldout311 drew the
Trade Marks Registry's failed e-filing fee; the Income Tax challan receipt with its CIN, where heldout311 drew
the PSDT acknowledgement with its CIN; the devasthanam's jatara stall fee receipt in Telugu tags written by
hand, where heldout311 drew the Department of Tourism's stall fee receipt from its book and heldout310 the
Tahasil's rent receipt across its counterfoil; the profession tax pending with its stages, where heldout311
drew IFMS Punjab's pending e-Receipt and heldout310 the Odisha Treasury's pending e-challan with its stages;
ESIC's challan paid, where heldout310 drew EPFO's ECR failed; T App Folio's ticket's card, where heldout311
drew eSewa Punjab's "Today"; IFFCO-Tokio's premium receipt against a gutter, where heldout311 drew The
Oriental's and heldout310 United India's on hairline rows; Care Health's "Today", where heldout311 drew Zuno's
and heldout310 Aditya Birla Health's; SBI General's schedule cum receipt in a striped table, where heldout310
drew Shriram General's in a table ruled on every side; HDFC ERGO's failure on a tinted band, where heldout311
drew ManipalCigna's in an octagon and heldout310 ICICI Lombard's under a large round cross; Axis Max Life's
SMS, where heldout311 drew Canara HSBC Life's and heldout310 PNB MetLife's; Generali Central's premium under
verification with its stages top to bottom, where heldout311 drew Kotak Life's under process and heldout310
Oriental's under verification; Liberty General's mail in a table ruled on every side, where heldout311 drew
Reliance General's mail against a gutter and heldout310 Reliance General's in a striped table; ACKO's policy
issued with no reference, where heldout311 drew Universal Sompo's cover note with none; Razorpay POS' slip at
the counter with its sum set large, where heldout311 drew Pine Labs' at the Ghar and heldout310 Pine Labs' at
Sabai Kutir; BharatPe Swipe's transaction timed out at the jatara stall, where heldout311 drew Mswipe's status
unknown and heldout310 Worldline's response awaited; Yes Bank's slip at a Hanamkonda hotel, where heldout311
drew Kotak's at an Amritsar hotel and heldout310 Kotak's at a Bhubaneswar hotel; HDFC Bank's card SMS with its
ISO day and hour, where both drew Axis Bank's; TGSRTC's e-ticket against a gutter, where heldout311 drew Air
India's booking receipt and heldout310 IRCTC's reservation slip; ICICI Bank's slip declined, where heldout311
drew SBI's and heldout310 Union Bank of India's; Scapia's card app, where heldout311 drew IDFC FIRST Bank's
and heldout310 Uni's; Petpooja's bill, where heldout311 drew DotPe's and heldout310 Torqus'; TGNPDCL's receipt
in Telugu tags, where heldout311 drew PSPCL's receipt in Punjabi labels and heldout310 TPNODL's under an Odia
heading; Airtel Xstream Fiber's mail with colons, where heldout311 drew Connect Broadband's mail and
heldout310 BSNL's; Dish TV's failed recharge, where heldout311 drew MyJio's; Indane's pending refill under a
spinner, where heldout311 drew HP Gas' pending refill under one and heldout310 Tata Play's pending recharge;
Airtel Thanks' postpaid bill, where heldout311 drew BSNL Selfcare's "Today" and heldout310 MyJio's; TGNPDCL's
SMS, where heldout311 drew PSPCL's; the milkman's card in a Telugu hand, where heldout311 drew a news agency's
bill in a Punjabi hand and heldout310 a water jar supplier's card in an Odia hand; Telangana Grameena Bank's
SMS in Telugu, where heldout311 drew Punjab Gramin Bank's in Punjabi and heldout310 Odisha Grameen Bank's in
Odia; SBI's, Karur Vysya Bank's, Indian Bank's and the Karimnagar District Central Co-operative Bank's SMS in
their own wordings, where heldout311 drew SBI's, HDFC Bank's, Canara Bank's and the Patiala Central
Co-operative Bank's and heldout310 Bank of India's, Union Bank of India's, Central Bank of India's and Canara
Bank's; Union Bank of India's notification on the lock screen, where heldout311 drew Punjab & Sind Bank's in
the pulled-down shade and heldout310 SBI's SMS on a smartwatch; HDFC Bank's mail, where heldout311 drew ICICI
Bank's and heldout310 IndusInd Bank's; Axis Bank's WhatsApp banking in a bubble, where heldout311 drew PNB's.
Some of this set's issuers and kinds of paper were drawn by sets before heldout310 (heldout266's Cheriyal
scroll and mask workshop's day, a producer company's and not a family's; heldout294's and heldout269's Telugu
lines, hands and SMS; heldout291's SMBC with its day year first; heldout308's notification on the lock screen;
heldout289's Bharat BillPay receipt; heldout275's sticky note and corrected total; heldout213's Qatari riyals;
heldout270's ISO days), and are drawn here in this set's own labels and arrangements; the families' docstrings
list each one's labels. This set draws kinds of row and page heldout310 and heldout311 do not: Telugu in Noto
Sans and Serif Telugu (heldout294's runs, shaped by Raqm): a UPI app set in Telugu with its month's Telugu
name, a corporation's, a bank's, a municipality's, a devasthanam's and an electricity company's names, a bank
app's, a trade licence receipt's, a stall fee receipt's and an electricity receipt's labels, headings, a
stall's cash bill, a trader's bill, a saw mill's bill, a work account, a Dasara advance and a milkman's card
in a Telugu hand, a bank's SMS; a label in Telugu in a pale rounded tag with its English small after it, dot
leaders and its value at the right (printed, or written by hand); a Cherial mask as a letterhead's emblem (a
face of tamarind-seed paste and sawdust painted in flat colours, in an ochre yellow, a brown or a god's blue,
big almond eyes ringed in lamp black, arched brows, a tilak, a curled moustache, a gold crown set with red and
green stones and gold ear ornaments, on a vermilion roundel with a ring of white dots); a Cherial scroll's
creeper border as a divider (a band of indigo or ochre between white rules, a vine in waves with a leaf at
each turn and a red flower with a white eye between); half coconut shells of colour, a squirrel-hair brush on
its stick and drops of colour in a page's margins; a page photographed lying on an unrolled Cherial scroll
(its vermilion panels with crowned figures, villagers and trees in flat colours, the creeper borders between
them, a mask lying beside the page); a thumb's whorl inked in a stamp pad's violet; a shared payment's text in
a chat's bubble; and beside them earlier sets' rows neither of them draws: heldout279's ticket's card with its
tear and its squared paper, heldout275's sticky note, a total struck through and written again with initials,
a tea cup's ring and a file's holes, heldout289's revenue stamp and carbon copy, heldout271's revenue stamp
signed across, heldout273's highlighter's stroke and heldout287's lock screen under its hour; and heldout269's
to heldout294's rows (tables ruled on every side, striped tables, shaded labels, labels against a gutter,
labels at the left and values at the right, dot leaders, hairline rows, labels with colons, tinted outcome
bands, capsules, tiles two to a row, labels over their values two to a row, values over their labels, copyable
fields, read-only fields' boxes, notice boxes, a payment's stages left to right and top to bottom, a progress
bar, large round marks, octagons, scalloped badges, tile marks, spinners, a payee's initials in a round badge,
tinted panels, a day divider, chat bubbles, rounded cards, hand-written fills and columns on a ruled page, a
sum in a box, oval and rectangular stamps, a red numbering-machine number, signatures, a torn roll, a
barcode).

* ``buyer_upi``: Buyers paying Vanamala Katha Chitra or the Nilayam: PhonePe Business on the counter's phone
  (the counter under the app's bar; a ticket's card: "Received from <buyer>", the sum set large, Payment
  received over the tear; UTR, Date & time, Credited to and Mode in dot leaders under it); Paytm set in Telugu
  (a tile's tick, "చెల్లింపు విజయవంతమైంది" (payment successful), the day with its month's Telugu name and the
  hour, the sum, "గ్రహీత" (recipient) over the payee and its UPI ID; "లావాదేవీ వివరాలు" (transaction details):
  each label in Telugu in a tag with its English after it, dot leaders and the value at the right: "UPI
  రిఫరెన్స్ నం." (UPI Ref No.), "ఖాతా నుండి" (From A/c), "గమనిక" (Note)); Union Bank of India's Vyom ("Today,
  <hour>" under Payment successful; the sum, "Paid to" over the payee; Transaction ID, UPI Ref No., From A/c
  in a striped table; no day); BHIM SBI Pay's payment pending (a spinner, the sum, "to <payee>", its stages
  left to right, a notice; a copyable UPI Ref No.; Initiated on and Paying from in dot leaders); HDFC Bank's
  PayZapp (Payment successful in a capsule, the sum, "to <payee>"; each value over its label: UPI Ref No.,
  Date, Paid from); DBS Bank's digibank with a UPI payment failed under a large round cross (the sum, "to
  <payee>", the reason in a notice; Transaction ID, Attempted on, Bank in shaded labels); JioFinance's shared
  receipt (a rounded card: a large round tick, the sum, "paid to <payee>", "on <day>, <hour>"; "Paid via UPI |
  Shared from JioFinance"; no reference); Axis Bank's Axis Mobile (the payee's initials in a round badge,
  Payment successful, the sum, "Paid to" over the payee; UPI Ref No., Date & Time, From A/c, Remarks against a
  gutter). All new here.

* ``buyer_advices``: Payers' advices of what they paid the Nilayam: the Telangana State Handicrafts
  Development Corporation's REMITTANCE ADVICE for its Golconda Handicrafts emporia under its Telugu name
  (Voucher No., Date and Payee against a gutter; Sub:; Bill No. | Bill Date | Amount on hairline rows, Total
  paid under a rule and a double rule; "The above amount of Rs. x/- has been credited ... by NEFT, UTR ...";
  its rectangular stamp; the Deputy Manager (Finance)'s signature); a Hyderabad hotel group's Payment Made
  mailed from Zoho Books (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through with
  colons; the Amount Paid on a tinted panel; Bill# | Bill Date | Payment on hairline rows); SBI's YONO
  Business with a Jubilee Hills interiors studio's NEFT pending with the authoriser (a capsule, its stages top
  to bottom, a notice; Reference No., Beneficiary, Amount, Value Date, Mode in a table ruled on every side); a
  Bengaluru design store's Microsoft Teams channel under "Today" (the writer's name, bold, and the hour; "Paid
  Rs. x to <payee> by NEFT today for the Cherial panels, UTR ..."; a reply; no day); a Hyderabad school's
  letter on its letterhead (Date; "To, The Proprietor," and the Nilayam; Sub:; "... Rs. x/- ... has been
  transferred to your account by NEFT on <day> ..."; Yours faithfully and a signature; a tea cup's ring and a
  file's holes; no reference); a Delhi export house's Payment Receipt printed from Odoo (its number, Payment
  Date, Vendor, Payment Method, Memo against a gutter; the Payment Amount on a tinted panel; "Paid by NEFT,
  UTR ..."); Canara Bank's corporate internet banking with a Warangal heritage trust's NEFT returned on a
  scalloped badge's cross (the reason in a notice; Transaction Ref No., Beneficiary, Amount, Value Date,
  Return reason at the left and the right); Cashfree Payouts' mail for a Bengaluru craft marketplace (Transfer
  successful, its sentence; Beneficiary and Amount, Transfer ID and UTR, Mode and Processed at, labels small
  over their values two to a row). All new here.

* ``export_wires``: Galleries, museum shops, interiors houses and Telugu emporia abroad paying the Nilayam for
  its scrolls, panels and masks: Wells Fargo's Commercial Electronic Office with an international wire
  completed in US dollars, the day month first (Status and Wire reference, Beneficiary and Amount, Value date
  and Charges, labels small over their values two to a row); Barclays' business app with an international
  payment sent in pounds (Payment sent in a capsule; its sentence "You've sent <sum> to <payee> on <day>.";
  Payee's bank, SWIFT BIC, Charges and Exchange rate in a table ruled on every side; no reference); SMBC's
  Valuedoor with a foreign remittance completed in yen, the day year first with slashes after the 12th and in
  words before it (Transaction No., Remittance Date, Beneficiary Name, Remittance Amount, Charges in a table
  ruled on every side); UBS e-banking's payment rejected in Swiss francs under an octagon's cross (the reason
  in a notice; Order reference, Beneficiary, Amount, Execution date, Charges, Reason in dot leaders); QNB's
  Business Online with a transfer completed in Qatari riyals (Reference No., Beneficiary, Amount, Transfer
  Date, Charges with colons); CIMB BizChannel's foreign telegraphic transfer in process in ringgit (a capsule,
  a progress bar, a notice; Reference No., Beneficiary Name, Amount, Payment Date against a gutter);
  CommBank's app with an international money transfer sent in Australian dollars ("Today, <hour>"; a tile's
  tick, Transfer sent, the sum, "to <payee>"; Receipt number and Fee in tiles; Type at the left and the right;
  no day); Deutsche Bank's foreign transfer executed in euros the German way (Ausgeführt / Executed; each
  label's German and its English after a slash in a striped table: Referenz / Reference, Empfänger /
  Beneficiary, Betrag / Amount, Ausführungstag / Execution date, Entgelt / Charges). All new here.

* ``own_receipts``: The Nilayam's own papers, its counter or itself on top: the Nilayam's TAX INVOICE under a
  Cherial mask, its Telugu name and a scroll's creeper border, to a Hyderabad buyer (Bill to and Invoice No.,
  Date and Place of Supply two to a line; # | Description | HSN | Qty | Rate | Amount in a striped table;
  Taxable Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a rule and a double rule; the sum in
  words; "Received by UPI, Ref ..."; its PAID stamp; colours and a brush in its margins); the jatara stall's
  cash bill in the jatara's days, photographed lying on a scroll (its Telugu name over its English,
  "కొమురవెల్లి మల్లన్న జాతర" (Komuravelli Mallanna jatara), "నగదు బిల్లు" (cash bill); "తేదీ" / Date and
  "పేరు" / Name written in its tagged fields; the pieces written in a Telugu hand on ruled lines with their
  sums, "మొత్తం" (total), "నగదు అందింది" (cash received); no reference); Amazon's seller disbursement mail
  (Disbursement sent, its sentence; Seller, Settlement ID, Total disbursed, Deposited to, Deposit date,
  Settlement period with colons); PhonePe Payment Gateway's page for the web shop with the payment pending
  (the shop on top, the sum, a spinner, a notice; Merchant Order ID, Transaction ID, Payment mode, Initiated
  on in a table ruled on every side); myBillBook on the counter's phone ("Today, <hour>"; the counter under
  the app's bar; Amount received and the sum on a tinted panel; Payment In No., Party, Mode, UPI Ref, Balance
  due in a table ruled on every side; no day); BillDesk's page for the web shop with a card payment failed
  under a tile's cross (the shop on top, the reason in a notice; Order No., Amount, BillDesk Txn ID, Payment
  mode, Attempted on against a gutter); the Nilayam's ADVANCE RECEIPT for a temple's commissioned scroll (No.
  struck in red; Date, Received with thanks from, Towards and "by UPI, Ref" written in on dotted lines; Rs. in
  a box; the sum in words; the proprietor's signature across a revenue stamp); the counter's bill from
  GoFrugal's billing on a three-inch roll (Bill No., Date; the pieces, Sub Total, CGST 2.5%, SGST 2.5%, Net
  Amount; "Tender: Card", the card and its Auth Code). All new here.

* ``supplier_invoices``: The Nilayam's suppliers, each on top of its own paper: a Warangal khadi store's TAX
  INVOICE for the hand-spun khadi the scrolls are painted on (Invoice No. beside its earlier Date; Description
  | HSN | Mtrs | Rate | Amount on hairline rows; CGST 2.5%, SGST 2.5% and Total in dot leaders) with a yellow
  sticky note pressed on it, "Paid NEFT", its UTR and "on <day>" written on the note; a Siddipet framer's BILL
  from his printed book with its Date left blank (M/s written in; Particulars | Qty | Rate | Amount written in
  ruled columns; the Total struck through and written again with his initials; "Pd. by PhonePe, Ref ..." in
  the hand; no day); Vistaprint's checkout for visiting cards and catalogues with the card declined on a
  tinted band (the reason in a notice; Order No., Items, Amount, Payment method, Attempted on in dot leaders);
  a Jangaon tamarind-seed trader's bill in a Telugu hand on squared paper (his name in Latin letters at its
  head; "తేదీ" (date) and the day; "చింత గింజల పొడి" (tamarind-seed powder) by the kilo, "సుద్ద మట్టి" (white
  clay) and "జిగురు" (gum) with their sums, "మొత్తం" (total), "PhonePe ద్వారా అందింది" (received by PhonePe)
  and its Ref); The Professional Couriers' booking receipt from its Siddipet counter (the barcode; AWB No.,
  Date, From, To, Pcs, Weight, Freight, Fuel surcharge, GST 18%, Total, Paid by, UPI Ref in a table ruled on
  every side); Moglix's order of brushes and pigments with the payment pending (its stages left to right, a
  notice; Order ID, Seller, Amount, Payment, Ordered on in read-only fields' boxes); a Cheriyal saw mill's
  CASH BILL from its carbon book (its printed head; the sawdust and the poniki wood written in a Telugu hand
  in the carbon's violet with their sums, "మొత్తం" (total), "నగదు అందింది" (cash received); no reference); a
  Hyderabad paper-tube maker's TAX INVOICE from Tally (Invoice No. and its earlier Date; Item | Qty | Rate |
  Amount in a table ruled on every side; CGST 9%, SGST 9%, Total in dot leaders, the Total marked with a
  highlighter's stroke and the accountant's tick; "Payment received vide IMPS, Ref ... on <day>"). All new
  here.

* ``vendor_transfers``: The Nilayam paying its suppliers from its banks: Telangana Grameena Bank's app with an
  IMPS to the khadi store under its Telugu name (a large round tick, "బదిలీ విజయవంతమైంది" (transfer
  successful) over Transfer successful; the sum; each label in Telugu in a tag with its English after it, dot
  leaders and the value at the right: లబ్ధిదారు / Beneficiary, IMPS రిఫరెన్స్ నం. / IMPS Ref No., తేదీ / Date,
  ఖాతా / From A/c); State Bank of India's OnlineSBI e-Receipt of a NEFT to the art materials store (Reference
  No., UTR, Debit Account, Beneficiary Name, IFSC, Amount, Commission, Transaction Date, Status in a table
  ruled on every side); Kotak Mahindra Bank's app with an IMPS to the paper-tube maker on a scalloped badge
  (Transfer successful, the sum, "to <payee>"; IMPS Ref No., Date, From A/c, Remarks in a table ruled on every
  side); Google Pay's payment to the framer ("Today, <hour>"; the payee's initials in a round badge, "Paid to"
  over the payee, the sum, Completed; UPI transaction ID, To, From and Google transaction ID, labels small
  over their values; no day); PhonePe's payment to the tamarind-seed trader failed under a tile's cross (the
  sum, "to <payee>", the reason in a notice; Transaction ID, Attempted on and Debited from in a striped
  table); Karur Vysya Bank's DLite with a NEFT to the Nirmal timber depot (Transfer successful in a capsule;
  Beneficiary, Amount, UTR, Value Date, Remarks in dot leaders); Federal Bank's FedMobile's share of a UPI
  payment to the saw mill in a chat with the saw mill ("Payment of <sum> to <payee> was successful on <day>
  via UPI." in a bubble under the "Today" divider, "Shared via FedMobile" under it; no reference); the
  Karimnagar District Central Co-operative Bank's internet banking with a NEFT to the courier pending (a
  capsule, a progress bar, a notice; Beneficiary, Amount, UTR, Initiated on, Mode in shaded labels). All new
  here.

* ``worker_pay``: The Nilayam paying its painters and mask and doll makers (the artisans of Cheriyal and the
  villages round it who work by the piece) and its staff: a painter's work account under its Telugu heading
  "పని లెక్క" (work account) (Painter and Month written in; the panels, masks and dolls written in a Telugu
  hand on ruled lines with their pieces, rates and sums, "మొత్తం" (total); "Paid by UPI, Ref ..." and "on
  <day>" written under it; colours and a brush in its margins); greytHR's payslip for the counter's sales
  assistant (Employee Name, Emp Code, Designation and Pay Period two pairs to a line; Earnings | Amount |
  Deductions | Amount in a striped table; Net Pay in a printed box and its words; "Paid on <day> via NEFT, UTR
  ..."); an artisan's Dasara advance receipt written in a Telugu hand under a scroll's creeper border ("దసరా
  పండుగ అడ్వాన్సు" (Dasara festival advance); "ఈ రోజు <day> న దసరా అడ్వాన్సుగా" (today, on <day>, as the
  Dasara advance), "రూ. x/- నగదు అందింది." (received Rs. x in cash)), the artisan's left thumb's whorl inked
  in its box and the name written under it in English; a witness; no reference); BHIM's payment to an artisan
  (a rounded card: a large round tick, Payment successful, the sum, "to <payee>"; UPI Ref No., Date, From in
  dot leaders); Navi's UPI payment to an artisan processing (Payment processing in a capsule, the sum, "to
  <payee>", its stages left to right; UPI Ref No. and Started on, Paid from and Note, labels small over their
  values two to a row); MobiKwik's payment to an artisan (the payee's initials in a round badge, "Paid
  successfully to <payee>", the sum, "Today, <hour>"; UPI Ref No., From and Note against a gutter; no day);
  Groww's UPI payment to an artisan failed in an octagon (the sum, "to <payee>", the reason in a notice; UPI
  Ref No., Attempted on, Bank at the left and the right); the counter helper's PAYMENT VOUCHER from a printed
  pad (No. struck in red; Date, Paid to, Towards and "Paid by UPI, Ref" written in on dotted lines; Rs. in a
  box; his signature across a revenue stamp). All new here.

* ``govt_fees``: The Nilayam's fees, taxes and dues, the authority paid as printed: Cheriyal Municipality's
  trade licence e-receipt under its Telugu name (Payment Successful; each label in Telugu in a tag with its
  English after it, dot leaders and the value at the right: రసీదు సంఖ్య / Receipt No., లైసెన్స్ సంఖ్య /
  Licence No., వ్యాపారి పేరు / Trader's Name, సంవత్సరం / Year, మొత్తం / Amount, చెల్లింపు విధానం / Mode, UPI
  రిఫరెన్స్ / UPI Ref, తేదీ / Date); Shilparamam's stall rent receipt mailed for the counter (its sentence;
  Receipt No., Stall No., Period, Rent, GST 18%, Total, Mode, UPI Ref, Date in a striped table); the
  Geographical Indications Registry's fee for the Nilayam's authorised user application failed by card in a
  capsule (the reason in a notice; Payment Ref. No., Application, Amount, Mode, Attempted on, Bank response in
  a table ruled on every side); the Income Tax Department's e-Pay Tax challan receipt for the proprietor's
  advance tax (Payment successful; Name, Assessment Year, Major Head, Minor Head, Amount, CIN, BSR Code,
  Challan No., Date of Deposit, Mode in shaded labels); Sri Mallikarjuna Swamy Devasthanam's jatara stall fee
  receipt at Komuravelli under its Telugu name and "జాతర స్టాల్ రుసుము రసీదు" (jatara stall fee receipt) (each
  label in Telugu in a tag with its English after it and the value written in by hand at the right: తేదీ /
  Date, పేరు / Name, స్టాల్ నం. / Stall No., రుసుము / Fee; "నగదు అందింది" (cash received) in a Telugu hand;
  its oval stamp; the Executive Officer's signature; no reference); the Commercial Taxes Department's
  profession tax e-payment pending at the bank (its stages left to right, a notice; Challan Ref No., Enrolment
  No., Period, Amount, Bank, Initiated on against a gutter); ESIC's contribution challan paid (Transaction
  successful; Employer Code, Challan No., Contribution Period, Amount, Bank Transaction No., Challan Paid
  Date, Mode in dot leaders); T App Folio with the workshop's property tax paid to the municipality (a
  ticket's card: Paid, the sum, "to" over the municipality and "Today, <hour>" over its tear, PTIN,
  Transaction ID and Paid via in dot leaders under it; no day). All new here.

* ``insurer_receipts``: The Nilayam's premiums, the insurer on top, under its app's bar or signing its SMS:
  IFFCO-Tokio's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy (its sentence
  "Received with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy No., Sum
  Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, UTR against a gutter; a signature); Care Health's app
  with the family's health policy renewed ("Today, <hour>"; the insurer under the app's bar, a large round
  tick, Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via at the left and the right; no
  day); SBI General's policy schedule cum receipt for the counter's shopkeeper's policy (Receipt No., Policy
  No., Period, Premium, GST 18%, Total Premium, Mode, UPI Ref, Receipt Date in a striped table); HDFC ERGO's
  motor renewal for the workshop's pickup failed by card on a tinted band (the insurer under the app's bar,
  the reason in a notice; Policy No., Vehicle No., Premium, Transaction ID, Card, Attempted on in dot
  leaders); Axis Max Life's SMS of a renewal premium received ("Dear Customer, we have received Rs.x towards
  renewal premium of Policy No. ... on <dd-Mon-yyyy> through UPI. Transaction ID .... -Axis Max Life
  Insurance"); Generali Central's premium under verification (the insurer under the app's bar, its stages top
  to bottom, a notice; Policy No.:, Premium:, Transaction ID:, Initiated on:, Paid via: with colons); Liberty
  General's receipt mail for the artisans' group personal accident policy (its sentence; Receipt No., Policy
  No., Insured, Premium, GST 18%, Total, Mode, UTR, Date in a table ruled on every side); ACKO's app with the
  counter's scooter's policy issued (the insurer under the app's bar, a tile's tick, Payment received, the
  sum, Policy issued; Policy No., Paid on and Paid via, each value over its label; no reference). All new
  here.

* ``card_slips``: Cards on the counter's and the jatara stall's terminals and the Nilayam's cards elsewhere:
  Razorpay POS's SALE slip at Vanamala Katha Chitra in its printer's face (TID and MID, DATE and TIME, BATCH
  and INV two to a line; the scheme, the way the card was read and the card; AUTH and RRN; the sum set large;
  APPROVED, CUSTOMER COPY); BharatPe Swipe's terminal at the jatara stall in the jatara's days with the
  transaction timed out (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT at the left and the right; TXN TIMED
  OUT, PLEASE VERIFY STATUS BEFORE RETRY); Yes Bank's slip at a Hanamkonda hotel (SALE; DATE, TIME, MID, TID,
  INV NO, CARD, APPR CODE, RRN at the left and the right; TOTAL AMOUNT; APPROVED, PIN VERIFIED); HDFC Bank's
  SMS of a spend on the Nilayam's card ("Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On
  <yyyy-mm-dd>:<hh:mm:ss> ..."; no reference); TGSRTC's e-ticket for the Hyderabad - Bengaluru bus to a crafts
  fair paid by card (Ticket booked, Payment successful; PNR, Passenger, Service, Journey date, Fare,
  Reservation charges, Total, Paid by, Transaction ID, Booked on against a gutter); ICICI Bank's slip at a
  Siddipet hardware shop DECLINED (05 DO NOT HONOUR); Scapia's credit card app with a spend at an art store
  (the sum, "at <merchant>", its town and "Today, <hour>"; Successful in a capsule; Card, Transaction ID and
  Category against a gutter; no day); a Siddipet restaurant's bill from Petpooja settled by card (Bill No.,
  Date, Table, Pax; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled by: Card", the card and
  its Approval No.). All new here.

* ``utility_bills``: The workshop's and the counter's bills: TGNPDCL's online payment receipt for the workshop
  under its Telugu name (Payment Successful; each label in Telugu in a tag with its English after it, dot
  leaders and the value at the right: సర్వీస్ నంబర్ / Service No., వినియోగదారుని పేరు / Consumer Name, బిల్లు
  నెల / Bill Month, చెల్లించిన మొత్తం / Amount Paid, రసీదు సంఖ్య / Receipt No., లావాదేవీ ఐడి / Transaction ID,
  చెల్లింపు తేదీ / Payment Date, విధానం / Mode); Airtel Xstream Fiber's receipt mail for the counter (its
  sentence; Account No., Receipt No., Transaction ID, Amount, Payment mode, Payment date with colons); Dish
  TV's recharge for the workshop failed by card under a tile's cross (the company under the app's bar, the
  reason in a notice; VC No. and Amount, Transaction ID and Paid via, Pack and Attempted on, labels small over
  their values two to a row); Indane's refill payment pending in IndianOil ONE under a spinner (the company
  under the app's bar, a notice; Consumer No., Distributor, Booking No., Amount, Paid via, Initiated on in a
  striped table); Airtel Thanks with the counter's postpaid bill paid (the company under the app's bar, a
  scalloped badge, Bill paid, the sum, "Today, <hour>"; each value over its label: Mobile No., Transaction ID,
  Paid via; no day); TGNPDCL's SMS of a payment received ("Dear Consumer, payment of Rs.x for SC No. ...
  received on <dd/mm/yyyy> through Net Banking vide Txn ID .... Thank you. -TGNPDCL"); a milkman's monthly
  card in a Telugu hand (the milkman on top; "నెల" (month) written in; the milk and curd with their
  quantities, rates and sums, "మొత్తం" (total), "నగదు అందింది" (cash received) and the day; no reference);
  Canara Bank's ai1 with the counter's TGSPDCL bill paid through Bharat BillPay (Payment Successful; Biller,
  Consumer No., Amount, Payment mode, UPI Ref No., B-Connect Txn ID, Date in a table ruled on every side). All
  new here.

* ``bank_alerts``: The banks' alerts of the Nilayam's payments: Telangana Grameena Bank's SMS in Telugu in a
  bubble of the phone's messages thread under its day divider ("ప్రియమైన ఖాతాదారా, మీ ఖాతా XX1234 నుండి
  <dd-mm-yyyy> న UPI ద్వారా <PAYEE> కు రూ. x చెల్లించబడింది. రిఫరెన్స్ నం. .... -TGB" (Dear customer, Rs. x
  has been paid from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in State Bank of
  India's ("Your A/c XX1234 is debited by Rs.x on <dd/mm/yy> by NEFT to <PAYEE>. UTR .... Avl Bal Rs.y -SBI"),
  Karur Vysya Bank's ("Your NEFT of Rs.x to <PAYEE> on <dd-mm-yyyy> has been returned by the beneficiary bank
  (account closed). UTR .... Amount credited back to A/c XX1234. -KVB"), Indian Bank's ("Your A/c XX1234 is
  debited for Rs.x on <dd/mm/yyyy> towards UPI payment to <PAYEE>. Avl Bal Rs.y. -Indian Bank"; no reference)
  and the Karimnagar District Central Co-operative Bank's ("KDCCB: NEFT of Rs.x to <PAYEE> on <dd.mm.yyyy> is
  under process. UTR .... Please do not re-initiate. -KDCCB") wordings; Union Bank of India's notification on
  the phone's lock screen under its hour ("Vyom . now"; "Rs.x debited from A/c XX1234 for UPI to <PAYEE>. UPI
  Ref ..."; no day); HDFC Bank's InstaAlert mail of a debit ("Rs.x has been debited from account **1234 to
  <PAYEE> by IMPS on <dd-mm-yy>. IMPS Ref No. ..."); Axis Bank's WhatsApp banking message in a bubble ("Dear
  Customer, INR x has been debited from A/c no. XX1234 on <dd-Mon-yy> for IMPS to <PAYEE>. IMPS Ref: ... -Axis
  Bank"). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Telugu and Noto Serif Telugu
(heldout294's and heldout269's, regular and bold, fonts-noto-core) for the Telugu lines, tags, hand and SMS,
their Latin runs and figures in the page's face, FreeSerif for a Telugu hand's figures, an italic or oblique
for the hand (``heldout312_families.PENS``) and a fixed-width face of the page's own
(``heldout312_families.TYPES``). The jatara stall's cash bill and its card slip are drawn in the jatara's
first fortnight (18 to 31 January 2026), as is a share of the counter's PhonePe Business receipts; the
devasthanam's stall fee is paid in the six days before the jatara; the Dasara advances in the ten days before
Dasara (20 October 2026); the other days anywhere in 2026. GST is 5% on the scrolls, panels, masks, dolls and
bookmarks (handcrafted paintings, masks and dolls, HSN 9701, 4420 and 9503; CGST 2.5% and SGST 2.5% to a
Telangana buyer), on the khadi (HSN 5208) and on the restaurant's food, 18% on the mailing tubes (CGST 9% and
SGST 9%), the courier's freight and fuel surcharge, Shilparamam's stall rent and the general insurance
premiums (the workshop's fire policy as CGST 9% and SGST 9%, GST 18% beside the shop's and the group personal
accident policies' premiums); the health and the life premiums print none and the motor premiums print theirs
inside the sum; TGHDC pays its bills whole; the chits, the framer's bill, the saw mill's bill, the jatara bill
and the milkman's card carry none.

Truth conventions (heldout311's, heldout310's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "to" on BHIM SBI Pay, PayZapp and digibank, under Vyom's and Axis Mobile's "Paid to"; the counter, the
  Nilayam, the Nilayam as a bank's field cuts it (VANAMALA NAKASHI CHITRAK) or the counter with its town
  (VANAMALA KATHA CHITRA HYD); never the app, the payer, a UPI ID or "Received from <buyer>". *settled*
  (heldout303's to heldout311's screens set in the region's language): a UPI app set in the region's language
  reads as the same app in English, here the name under Paytm's "గ్రహీత" (recipient). *settled* (heldout268 to
  heldout311): a receiving business's own app pays the business named under the app, here the counter under
  PhonePe Business (never PhonePe, its stall's line or "Received from <buyer>"). *settled* (heldout306 to
  heldout311's shared receipts): JioFinance's shared card pays the name after its "paid to" (never
  JioFinance). *settled* (heldout167 to heldout311): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here TGHDC's Payee (never the Corporation, its Telugu name or Golconda Handicrafts),
  Zoho Books' Paid To (never the hotel group on top), YONO Business' Beneficiary (never the bank or the
  studio), the payee in the Teams post ("Paid Rs. x to <payee> by NEFT today", never the writer, the channel
  or the store; *settled* heldout286, heldout299, heldout301 and heldout303 to heldout311's chats and
  channels), the Nilayam after the school's "To, The Proprietor," (*settled* heldout304's and heldout307 to
  heldout311's letters; never the school, its Bursar or "Dear Sir"), Odoo's Vendor (never the export house on
  top), Canara Bank's Beneficiary (never the bank or the trust), Cashfree Payouts' Beneficiary (never Cashfree
  or the marketplace, *settled* heldout302 and heldout305 to heldout311's payouts). *settled* (heldout155 to
  heldout311): an inward wire pays the Nilayam, here Wells Fargo's Beneficiary, the name after "to" in
  Barclays' sentence, SMBC's Beneficiary Name, UBS', QNB's and CIMB's Beneficiary (Name), the name after "to"
  on CommBank, Deutsche Bank's Empfänger / Beneficiary; never the remitter, its line or the bank on top.
  *settled* (heldout175 to heldout311): the Nilayam's own paper pays itself or its counter on top, here
  VANAMALA NAKASHI CHITRAKALA NILAYAM on its tax invoice (never its Telugu line or its Bill to), the Nilayam's
  English line under its Telugu name on the jatara bill (never the పేరు / Name written in), the Nilayam on top
  of PhonePe Payment Gateway's and BillDesk's pages (never the gateway), the Nilayam on top of its advance
  receipt (never the temple written in), VANAMALA KATHA CHITRA on top of its roll; *settled* (heldout268 to
  heldout311) the counter named under myBillBook's bar, as a business's own app (never myBillBook or the
  Party); *settled* (heldout285's, heldout304's, heldout307's, heldout309's and heldout311's payouts and
  deposits) Amazon's disbursement pays its Seller (never Amazon). A name in Telugu over its English: the
  English line, never the Telugu (*settled* heldout277, heldout287 and heldout303 to heldout311's regional
  lines). *settled* (heldout187 to heldout311): a supplier's name on top of its own paper, here WARANGAL KHADI
  VASTRALAYAM (never its Buyer or the sticky note), SAI PHOTO FRAMES (never its M/s written in), Vistaprint on
  top of its checkout, the tamarind-seed trader's name written in Latin letters at his bill's head (Gundu
  Mallikarjun; *settled* heldout294 and heldout303 to heldout311; never his Telugu lines), THE PROFESSIONAL
  COURIERS on top of its receipt (in full or short as printed; never its booking counter), Moglix's Seller
  (*settled* heldout305 to heldout311's marketplaces' sellers; never Moglix), SRI VENKATESWARA SAW MILL on top
  of its carbon bill, SRI SAI PAPER TUBES on top of its invoice (never its Buyer). *settled* (heldout179 to
  heldout311): a banking page pays the payee, here Telangana Grameena Bank's లబ్ధిదారు / Beneficiary (never
  the bank's Telugu name), OnlineSBI's Beneficiary Name, the name after "to" on Kotak Mobile Banking and
  PhonePe, the name under Google Pay's "Paid to" (never the initials in its badge or its To line's UPI ID),
  KVB DLite's and the Karimnagar District Central Co-operative Bank's Beneficiary, the payee in FedMobile's
  shared text ("Payment of <sum> to <payee> was successful", read across its lines where it wraps; the chat
  with the payee on top names the same). *settled* (heldout150 to heldout311): a pay slip pays the worker,
  here the Painter written on the work account, greytHR's Employee Name (never the Nilayam on top), the name
  written under the thumb's box on the Dasara advance (*settled* heldout307's and heldout311's names under a
  thumb's impression; never the Nilayam, its Telugu name or the witness), the name after "to" on BHIM, Navi
  and Groww and after MobiKwik's "Paid successfully to", the Paid to written on the helper's voucher (never
  the Nilayam on top). *settled* (heldout153 to heldout311): a fee page pays the authority as printed, here
  Cheriyal Municipality under its Telugu name (never the వ్యాపారి పేరు / Trader's Name), Shilparamam Arts,
  Crafts & Cultural Society on top (or Shilparamam as printed), the Geographical Indications Registry on top
  (or the GI Registry, Chennai as printed), the Income Tax Department on top (never its Name), Sri
  Mallikarjuna Swamy Devasthanam, Komuravelli under its Telugu name (never the పేరు / Name written in or its
  stamp), the Commercial Taxes Department, Telangana on top, ESIC on top (in full or short as printed), the
  municipality under T App Folio's "to" (*settled* heldout272, heldout301 and heldout303 to heldout311: never
  the app). *settled* (heldout199 to heldout311): an insurer's receipt pays the insurer on top (full or short
  as printed), under its app's bar (Care Health Insurance Ltd., HDFC ERGO General Insurance Co. Ltd., Generali
  Central Insurance Co. Ltd., ACKO General Insurance Ltd.) or signing its SMS (Axis Max Life Insurance), never
  the Insured, "Received with thanks from" or "Dear <name>". A slip's counter name line as printed (VANAMALA
  KATHA CHITRA, VANAMALA NAKASHI - JATARA or its first part, the hotel, the hardware shop), never *settled*
  the terminal's brand or bank over it (razorpay POS, BharatPe Swipe, YES BANK, ICICI BANK); TGSRTC on top of
  its e-ticket (*settled* heldout272, heldout282, heldout300, heldout302 and heldout305 to heldout311: the
  carrier whose fare the card paid; never the Passenger); the name after "At" in HDFC Bank's "Spent Rs.x On
  HDFC Bank Card 1234 At <MERCHANT> On <day>" (*settled* heldout299 to heldout311's card SMS); the name after
  Scapia's "at" over its town (*settled* heldout297 and heldout302 to heldout311's card issuers' apps); the
  restaurant on top of its bill (never Petpooja). A utility's biller: TGNPDCL under its Telugu name (in full
  or TGNPDCL as printed; never the Consumer Name), Airtel Xstream Fiber on top of its mail (or Bharti Airtel
  Limited as printed), Dish TV India Ltd. under Dish TV's bar, Indian Oil Corporation Ltd. under IndianOil
  ONE's and Bharti Airtel Ltd. under Airtel Thanks' (*settled* heldout285, heldout301 and heldout303 to
  heldout311: the company, never the app, Indane or the Distributor), TGNPDCL signing its SMS (*settled*
  heldout302, heldout304, heldout307, heldout308 and heldout311), the milkman on top of his card, Bharat
  BillPay's Biller on Canara ai1 (TGSPDCL as printed; *settled* heldout289: never Bharat BillPay or the app).
  An SMS, mail, lock screen or WhatsApp alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): the Telugu SMS' "<PAYEE>
  కు" after its UPI ద్వారా (to <PAYEE>), SBI's "by NEFT to <PAYEE>. UTR", Karur Vysya Bank's "to <PAYEE> on",
  Indian Bank's "towards UPI payment to <PAYEE>. Avl", the Karimnagar District Central Co-operative Bank's "to
  <PAYEE> on", the lock screen's "for UPI to <PAYEE>. UPI Ref", HDFC Bank's "to <PAYEE> by IMPS", Axis Bank's
  "for IMPS to <PAYEE>. IMPS Ref"; *settled* (heldout307's and heldout311's WhatsApp banking) a bank's
  WhatsApp message reads as the SMS it sends.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe Business' sum
  set large (its paise raised where it has them, its whole rupees cut, never rounded, *settled* heldout277),
  the sum on JioFinance's shared card. *settled* (heldout152 to heldout311): a payer's advice counts its net
  sum, here TGHDC's Total paid (never a Bill's Amount where there are several; its sentence's Rs. x/- the
  same), Zoho Books' Amount Paid on its panel (never a bill's Payment where there are several), YONO
  Business', Canara Bank's and Cashfree Payouts' Amount (Cashfree's sentence's sum the same), the Rs. x in the
  Teams post, the Rs. x/- in the school's letter (its words the same), Odoo's Payment Amount. *settled*
  (heldout155 to heldout311): an inward wire's foreign sum, here US dollars (USD or $), pounds (the pound's
  sign or GBP, *settled* heldout300, heldout308 and heldout311), yen whole (JPY 561,000 or ¥561,000 is
  561000.00, *settled* heldout240 and heldout281), Swiss francs the Swiss way (CHF 2'870.00 is 2870.00,
  *settled* heldout260, heldout269 and heldout299), Qatari riyals (QAR, *settled* heldout213), ringgit (MYR or
  RM, *settled* heldout218), Australian dollars (AUD or A$, *settled* heldout202, heldout289 and heldout311),
  euros the German way (2.960,00 EUR or EUR 2.960,00 is 2960.00, *settled* heldout271 and heldout294); never a
  Fee (CommBank's AUD 6.00), an exchange rate or Charges. *settled* (heldout175 to heldout311): a receipt
  counts the sum received, here the tax invoice's Invoice Total (never the Taxable Value, its CGST 2.5% or
  SGST 2.5% or a line's Amount), the jatara bill's "మొత్తం" (total) written at its line's end (never a line's
  figure), Amazon's Total disbursed (its sentence's sum the same), PhonePe Payment Gateway's sum large,
  myBillBook's Amount received on its panel, BillDesk's Amount, the Rs. in the advance receipt's box (its
  words the same), the roll's Net Amount (never its Sub Total, CGST 2.5%, SGST 2.5% or a line's sum). A whole
  sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout311): a
  supplier's paper counts the sum paid, here the khadi store's Total (never CGST 2.5%, SGST 2.5% or a line's
  Amount), the framer's Total as corrected by hand (the sum written after the struck one, *settled*
  heldout275: never the crossed-out figure or a line's Amount), Vistaprint's and Moglix's Amount, the
  tamarind-seed trader's and the saw mill's "మొత్తం" (total) written at the line's end (never a line's figure;
  *settled* heldout287, heldout294 and heldout303 to heldout311's hands), The Professional Couriers' Total
  (never Freight, Fuel surcharge or GST 18%), the paper-tube maker's Total (never CGST 9%, SGST 9% or a line's
  Amount). A banking page's sum (the sum in FedMobile's shared text). *settled* (heldout167 to heldout311): a
  pay slip's net sum, here the work account's "మొత్తం" (total) written in (never a line's figure), greytHR's
  Net Pay in its box (never Total Earnings, Total Deductions, an earning or a deduction; its words the same),
  the sums on BHIM, Navi, MobiKwik and Groww, the "రూ. x/-" in the Dasara advance's Telugu hand, the Rs. in
  the helper's voucher's box. A fee page's మొత్తం / Amount, Shilparamam's Total (never its Rent or GST 18%),
  the GI Registry's, the Income Tax Department's, ESIC's and the Commercial Taxes Department's Amount, the
  devasthanam's రుసుము / Fee written in, T App Folio's sum. An insurer's premium with its GST where it carries
  one (*settled*), here IFFCO-Tokio's Total Premium (its sentence's sum the same; never the Net Premium, CGST
  9%, SGST 9% or the Sum Insured), SBI General's Total Premium (never its Premium or GST 18%), Liberty
  General's Total (never Premium or GST 18%), Care Health's and ACKO's sum, HDFC ERGO's and Generali Central's
  Premium, the Rs.x in Axis Max Life's SMS. A slip's AMOUNT, TOTAL AMOUNT or sum set large, TGSRTC's Total
  (never its Fare or Reservation charges), the restaurant's Grand Total (never the Sub Total, CGST 2.5%, SGST
  2.5% or a dish), the Rs.x in HDFC Bank's SMS (never its Avl Lmt), Scapia's sum large. A utility's చెల్లించిన
  మొత్తం / Amount Paid, Airtel Xstream Fiber's, Dish TV's, Indane's and Bharat BillPay's Amount (Airtel's
  sentence's sum the same), Airtel Thanks' sum large, the Rs.x in TGNPDCL's SMS, the milkman's "మొత్తం"
  (total) written in (never a line's sum). An alert's sum debited, sent or paid as worded (grouped the Indian
  or the English way or not at all), never an Avl Bal. Currency INR but on the wires.

* status: as printed. PhonePe Business' Payment received, Vyom's, PayZapp's and Axis Mobile's Payment
  successful successes; *settled* (heldout303 to heldout311's screens set in the region's language) Paytm's
  "చెల్లింపు విజయవంతమైంది" (payment successful) a success, the Telugu screen printing the English screen's
  outcome word for word; *settled* (heldout306 to heldout311's shared receipts) JioFinance's "paid to" a
  success; BHIM SBI Pay's Payment pending pending; digibank's Payment failed failed. A payer's own record of
  the payment made (*settled*, as heldout295's, heldout301's and heldout303 to heldout311's remittances,
  vouchers and bill payments): TGHDC's "The above amount ... has been credited to your account ... by NEFT,
  UTR ...", Zoho Books' Payment Made with its Payment Mode and Reference Number, Odoo's Payment Receipt with
  its "Paid by NEFT, UTR ...", the school's "has been transferred to your account by NEFT on <day>" (*settled*
  heldout304's and heldout307 to heldout311's letters), Cashfree Payouts' Transfer successful (*settled*
  heldout302 and heldout305 to heldout311's payouts) successes; *settled* (heldout286, heldout299, heldout301
  and heldout303 to heldout311's chats) the Teams post's "Paid Rs. x to <payee> by NEFT" a success; YONO
  Business' Pending with authoriser pending (*settled* heldout305 to heldout311: a transfer not yet sent is a
  wait); Canara Bank's NEFT returned failed (as heldout309's PNB's returned). A wire's Wells Fargo Status
  Completed, Barclays' Payment sent, SMBC's Completed, QNB's Transfer Completed, CommBank's Transfer sent,
  Deutsche Bank's Ausgeführt / Executed successes; CIMB's In process pending (*settled* heldout250 to
  heldout252 and heldout305 to heldout311: a wire not yet sent is a wait); UBS' Payment rejected failed. A
  receipt's "Received by UPI, Ref ..." under the tax invoice, the jatara bill's "నగదు అందింది" (cash received)
  in a Telugu hand (*settled* heldout287's, heldout294's, heldout303's and heldout306 to heldout311's hands'
  "received"), Amazon's Disbursement sent (as heldout311's Etsy's Deposit sent), the advance receipt's "by
  UPI, Ref" written with its reference (a receipt for money got), the roll's "Tender: Card" with its Auth Code
  successes; *settled* (heldout303 to heldout311's ledger apps) myBillBook's Amount received a success;
  PhonePe Payment Gateway's Payment pending pending; BillDesk's Payment failed failed. A supplier's "Paid
  NEFT" with its UTR written on the sticky note on the khadi store's invoice (*settled*, as heldout275's,
  heldout298's, heldout299's and heldout303 to heldout311's notes on a supplier's invoice), the framer's "Pd.
  by PhonePe, Ref ..." in the hand, the tamarind-seed trader's "PhonePe ద్వారా అందింది" (received by PhonePe,
  *settled* heldout287's "GPay-ৰে পালোঁ" and heldout311's "GPay ਰਾਹੀਂ ਮਿਲੇ") and the saw mill's "నగదు అందింది"
  (cash received) in a Telugu hand, The Professional Couriers' Paid by UPI with its UPI Ref (*settled*
  heldout300 and heldout303 to heldout311: a carrier's receipt printed only once its freight is paid), the
  paper-tube maker's "Payment received vide IMPS, Ref ..." successes; Moglix's Payment pending pending;
  Vistaprint's Card declined failed. A banking page's "బదిలీ విజయవంతమైంది" / Transfer successful, OnlineSBI's
  Status Completed Successfully, Kotak Mobile Banking's Transfer successful, Google Pay's Completed, KVB
  DLite's Transfer successful, FedMobile's shared "was successful" (*settled* heldout306 to heldout311's
  shared receipts) successes; the Karimnagar District Central Co-operative Bank's Pending for processing
  pending; PhonePe's Payment Failed failed. A pay slip's "Paid by UPI, Ref ..." written under the work
  account, greytHR's "Paid on <day> via NEFT, UTR ...", the Dasara advance's "నగదు అందింది" (cash received) in
  a Telugu hand, BHIM's Payment successful, MobiKwik's Paid successfully, the helper's voucher's "Paid by UPI,
  Ref" written with its reference successes; Navi's Payment processing pending; Groww's Payment failed failed.
  A fee page's Payment Successful, Shilparamam's "we have received the rent", the Income Tax Department's
  Payment successful, the devasthanam's "నగదు అందింది" (cash received) in a Telugu hand, ESIC's Transaction
  successful, T App Folio's Paid successes; the Commercial Taxes Department's Payment pending at bank pending;
  the GI Registry's Payment failed failed. An insurer's "Received with thanks" (IFFCO-Tokio), Care Health's
  Policy renewed, SBI General's "Premium received.", Axis Max Life's "we have received", Liberty General's "we
  have received", ACKO's Payment received successes; Generali Central's Payment under verification pending;
  HDFC ERGO's Payment unsuccessful failed. A slip's APPROVED, TGSRTC's Payment successful, Scapia's
  Successful, the restaurant's "Settled by: Card" with its Approval No. (*settled* heldout297, heldout298 and
  heldout303 to heldout311) successes; *settled* (heldout300, heldout302 to heldout304 and heldout306 to
  heldout311) HDFC Bank's "Spent Rs.x" a success; BharatPe Swipe's "TXN TIMED OUT" with "PLEASE VERIFY STATUS
  BEFORE RETRY" pending (*settled* heldout282 and heldout299 to heldout311: the terminal got no answer from
  the bank); ICICI Bank's DECLINED (05 DO NOT HONOUR) failed. A utility's Payment Successful, Airtel Xstream
  Fiber's "we have received your payment", Airtel Thanks' Bill paid, TGNPDCL's SMS' "received", the milkman's
  "నగదు అందింది" (cash received) in a Telugu hand, Bharat BillPay's Payment Successful successes; Indane's
  Payment pending pending; Dish TV's Recharge failed failed. *settled*: an SMS, mail, lock screen or WhatsApp
  alert's debit a success whatever its bank's wording (SBI's and Indian Bank's "is debited", the lock screen's
  "debited", HDFC Bank's and Axis Bank's "has been debited"); *settled* (new here) the Telugu SMS'
  "చెల్లించబడింది" (has been paid) a success, because చెల్లించు is Telugu for to pay as heldout311's Punjabi
  "ਦਾ ਭੁਗਤਾਨ ਕੀਤਾ ਗਿਆ ਹੈ" and heldout307's Hindi "भुगतान किया गया है" say that a payment has been made
  (heldout294's Telugu SMS said "డెబిట్ అయింది", debited); the Karimnagar District Central Co-operative Bank's
  "is under process" pending (as heldout309's Indian Bank's); Karur Vysya Bank's "has been returned by the
  beneficiary bank" failed (as heldout309's PNB's "has been returned").

* date: the day paid. A UPI screen's day and hour: PhonePe Business' Date & time, BHIM SBI Pay's Initiated on,
  PayZapp's Date, digibank's Attempted on, JioFinance's "on <day>, <hour>", Axis Mobile's Date & Time;
  *settled* (heldout306 to heldout311's screens set in the region's language) Paytm's day with its month's
  Telugu name (18 మార్చి 2026 is 2026-03-18), the app printing the month in the language its user chose and
  the day and the year in figures; Vyom's "Today, <hour>" prints no day (*settled*). TGHDC's Date (never a
  Bill Date), Zoho Books' Payment Date (never a Bill Date), YONO Business' Value Date, Odoo's Payment Date,
  Canara Bank's Value Date, Cashfree Payouts' Processed at, the school letter's Date (its "on <day>" the
  same); the Teams post under its "Today" divider and its "by NEFT today" print no day (*settled* heldout286,
  heldout289, heldout299, heldout301 and heldout303 to heldout311; never a message's hour or a divider's
  "Today"). A wire's Wells Fargo Value date month first the American way or in words (12/07/2026 or Dec 7,
  2026, *settled* heldout272, heldout288, heldout292 and heldout308 to heldout311), the "on <day>" in
  Barclays' sentence, SMBC's Remittance Date year first with slashes after the 12th (2026/05/26, *settled*
  heldout272's Cathay and heldout291's SMBC, drawn only on a day after the 12th) and in words before it, UBS'
  Execution date day first with points or in words, QNB's Transfer Date, CIMB's Payment Date, Deutsche Bank's
  Ausführungstag / Execution date day first with points; CommBank's "Today, <hour>" prints no day (*settled*).
  A receipt's Date on the tax invoice, the తేదీ / Date written on the jatara bill, Amazon's Deposit date
  (never its Settlement period), PhonePe Payment Gateway's Initiated on, BillDesk's Attempted on, the Date
  written on the advance receipt, the roll's Date; myBillBook's "Today, <hour>" prints no day. The "on <day>"
  written on the khadi store's sticky note (never its invoice's Date), Vistaprint's Attempted on, the "తేదీ"
  (date) and the day on the tamarind-seed trader's and the saw mill's bills, The Professional Couriers' Date,
  Moglix's Ordered on, the "on <day>" after the paper-tube maker's "Payment received vide IMPS" (never its
  invoice's Dated); the framer's "Date" left blank prints no day (*settled* heldout275's, heldout308's and
  heldout311's bills with their Date left blank). A banking page's తేదీ / Date, OnlineSBI's Transaction Date,
  Kotak Mobile Banking's Date, PhonePe's Attempted on, KVB DLite's Value Date, the day in FedMobile's shared
  text, the Karimnagar District Central Co-operative Bank's Initiated on; Google Pay's "Today, <hour>" prints
  no day. A pay slip's "on <day>" written on the work account (never its Month), greytHR's Paid on (never its
  Pay Period or the payslip's month, *settled* heldout273 and heldout303 to heldout311), the "ఈ రోజు <day> న"
  (today, on <day>) in the Dasara advance's Telugu hand, BHIM's Date, Navi's Started on, Groww's Attempted on,
  the Date written on the helper's voucher (never its "wages for <month>"); MobiKwik's "Today, <hour>" prints
  no day. A fee page's తేదీ / Date (never its సంవత్సరం / Year), Shilparamam's Date (never its Period), the GI
  Registry's Attempted on, the Income Tax Department's Date of Deposit (never its Assessment Year), the తేదీ /
  Date written on the devasthanam's receipt, the Commercial Taxes Department's Initiated on (never its
  Period), ESIC's Challan Paid Date (never its Contribution Period); T App Folio's "Today, <hour>" prints no
  day. An insurer's Receipt Date, SBI General's Receipt Date (never its Period, though it starts that day),
  HDFC ERGO's Attempted on, the "on <dd-Mon-yyyy>" in Axis Max Life's SMS, Generali Central's Initiated on,
  Liberty General's Date, ACKO's Paid on; Care Health's "Today, <hour>" prints no day. A slip's DATE
  (dd/mm/yy, dd-mm-yyyy or dd/mm/yyyy), TGSRTC's Booked on (never its Journey date, *settled* heldout302 and
  heldout305 to heldout311's journeys), the restaurant's Date; *settled* (new here) the "On
  <yyyy-mm-dd>:<hh:mm:ss>" in HDFC Bank's card SMS is the ISO day (*settled* heldout270 and heldout271) with
  the hour run on after a colon, because the bank sends its card spends' day and hour as one string and a day
  written year first with hyphens is the ISO day whatever follows it; Scapia's "Today, <hour>" prints no day.
  A utility's చెల్లింపు తేదీ / Payment Date (never its బిల్లు నెల / Bill Month), Airtel Xstream Fiber's
  Payment date, Dish TV's and Indane's Attempted on and Initiated on, the "on <dd/mm/yyyy>" in TGNPDCL's SMS,
  the day after the milkman's "నగదు అందింది" (never its నెల (month)), Bharat BillPay's Date; Airtel Thanks'
  "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> న" (on <day>) in the Telugu SMS (in Latin figures
  as the bank sends them, *settled* heldout287 and heldout308 to heldout311), "on <dd/mm/yy>", "on
  <dd-mm-yyyy>", "on <dd/mm/yyyy>", "on <dd.mm.yyyy>", "on <dd-mm-yy>", "on <dd-Mon-yy>"; the lock screen's
  "now" prints no day (*settled* heldout279, heldout287, heldout294, heldout303, heldout305, heldout308 and
  heldout311's "now"). All numeric days here are day first (heldout251, heldout259) but Wells Fargo's month
  first and SMBC's and HDFC Bank's year first. *settled*: never a Year, an Assessment Year, a Period, a
  Contribution Period, a Bill Month, a Month, a Pay Period, a payslip's month, an invoice's, a bill's or a
  journey's day, a cover's period, a settlement period, an e-mail's or a message's hour, a chat's "Today", the
  day inside a UTR (heldout210), a CIN or an app's, a portal's, a bank's, a challan's or a terminal's
  transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (TGHDC's NEFT or RTGS, Zoho Books' Bank Transfer, YONO
  Business' NEFT or RTGS, the Teams post's NEFT, the school letter's NEFT, Odoo's Bank (NEFT), Canara Bank's
  "NEFT returned", Cashfree Payouts' IMPS (*settled* heldout302 and heldout305 to heldout311's payouts);
  *settled* (heldout311's Etsy) Amazon's disbursement deposited to the Nilayam's bank account; the khadi
  store's "Paid NEFT", Moglix's Net Banking, the paper-tube maker's IMPS; the banking pages but Google Pay's,
  PhonePe's and FedMobile's UPI; greytHR's NEFT; the Income Tax Department's and the Commercial Taxes
  Department's Net Banking, ESIC's Internet Banking; IFFCO-Tokio's and Liberty General's NEFT or RTGS,
  Generali Central's Net Banking; TGNPDCL's Net Banking and its SMS' "through Net Banking"; the NEFT and IMPS
  alerts); a SWIFT transfer either way (*settled*: Wells Fargo's Charges Shared (SHA), Barclays' Charges
  Shared, SMBC's Charges SHA, UBS' Charges SHA, QNB's Charges Shared (SHA), CIMB's Charges SHA, CommBank's
  Type SWIFT (SHA), Deutsche Bank's Entgelt / Charges SHA; *settled* heldout279, heldout301 and heldout303 to
  heldout311). UPI for the UPI screens, PhonePe Business' Mode UPI, Paytm's "ఖాతా నుండి" (from account),
  JioFinance's "Paid via UPI"; the tax invoice's "Received by UPI", PhonePe Payment Gateway's Payment mode
  UPI, myBillBook's Mode UPI, the advance receipt's "by UPI, Ref"; the framer's "Pd. by PhonePe", the
  tamarind-seed trader's "PhonePe ద్వారా అందింది", The Professional Couriers' Paid by UPI; Google Pay's,
  PhonePe's and FedMobile's UPI; the work account's and the helper's voucher's UPI, BHIM, Navi, MobiKwik and
  Groww; Cheriyal Municipality's, Shilparamam's and T App Folio's UPI; Care Health's, SBI General's, Axis Max
  Life's and ACKO's UPI; Airtel Xstream Fiber's, Indane's, Airtel Thanks' and Bharat BillPay's UPI; the UPI
  alerts. Card for BillDesk's Credit Card, Vistaprint's Debit Card, the GI Registry's Credit Card, HDFC ERGO's
  card, the slips, TGSRTC's Debit Card, the restaurant's "Settled by: Card", the roll's "Tender: Card", HDFC
  Bank's SMS, Scapia's app and Dish TV's Debit Card. Cash for the jatara bill's, the saw mill's, the Dasara
  advance's, the devasthanam's and the milkman's "నగదు అందింది" (cash received) in a Telugu hand (*settled*
  heldout287's "নগদ পালোঁ", heldout294's "నగదు ముట్టింది" and heldout303 to heldout311's hands).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout311): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe Business' UTR, Paytm's "UPI రిఫరెన్స్ నం." / UPI Ref No.,
  Vyom's, BHIM SBI Pay's, PayZapp's and Axis Mobile's UPI Ref No.; TGHDC's UTR in its sentence (above its
  Voucher No.), Zoho Books' Reference Number (above its Payment#), the Teams post's UTR, Odoo's UTR (above its
  Payment Receipt's number), Cashfree Payouts' UTR (above its Transfer ID); the tax invoice's, the advance
  receipt's and myBillBook's UPI Ref (above their invoice's, receipt's and Payment In numbers); the UTR on the
  khadi store's sticky note (above its Invoice No.), the framer's and the tamarind-seed trader's Ref written,
  The Professional Couriers' UPI Ref, the paper-tube maker's IMPS Ref (above its Invoice No.); the banking
  pages' IMPS రిఫరెన్స్ నం. / IMPS Ref No., UTR, IMPS Ref No., UPI transaction ID (above Google Pay's Google
  transaction ID), UTR; the work account's and the helper's voucher's Ref, greytHR's UTR, BHIM's, Navi's,
  MobiKwik's and Groww's UPI Ref No.; Cheriyal Municipality's UPI రిఫరెన్స్ / UPI Ref (above its రసీదు సంఖ్య /
  Receipt No.), Shilparamam's UPI Ref (above its Receipt No.); IFFCO-Tokio's and Liberty General's UTR (above
  their Receipt No.), SBI General's UPI Ref (above its Receipt No.); a slip's RRN; Bharat BillPay's UPI Ref
  No. (above its B-Connect Txn ID); the alerts' రిఫరెన్స్ నం. (reference No.) in the Telugu SMS, SBI's, Karur
  Vysya Bank's and the Karimnagar District Central Co-operative Bank's UTR, the lock screen's UPI Ref, HDFC
  Bank's IMPS Ref No., Axis Bank's IMPS Ref), then a bank reference (YONO Business' Reference No., Canara
  Bank's Transaction Ref No., Wells Fargo's Wire reference, SMBC's Transaction No., UBS' Order reference,
  QNB's and CIMB's Reference No., CommBank's Receipt number, Deutsche Bank's Referenz / Reference, OnlineSBI's
  Reference No. (below its UTR), the Income Tax Department's CIN (*settled* heldout308 and heldout311: a CIN
  is the bank's number for the tax it received), ESIC's Bank Transaction No., Bharat BillPay's B-Connect Txn
  ID (*settled* heldout274, heldout280 and heldout299)), then a transaction / payment id (Vyom's Transaction
  ID (below its UPI Ref No.), digibank's Transaction ID, Amazon's Settlement ID, PhonePe Payment Gateway's
  Transaction ID, BillDesk's BillDesk Txn ID, Google Pay's Google transaction ID, PhonePe's Transaction ID,
  the GI Registry's Payment Ref. No., the Commercial Taxes Department's Challan Ref No. and ESIC's Challan No.
  (*settled* heldout302, heldout304 and heldout306 to heldout311: a treasury's challan as its GRN), T App
  Folio's Transaction ID, Care Health's Payment ID, HDFC ERGO's, Axis Max Life's and Generali Central's
  Transaction ID, TGSRTC's Transaction ID (above its PNR), Scapia's Transaction ID, TGNPDCL's లావాదేవీ ఐడి /
  Transaction ID and the Txn ID in its SMS, Airtel Xstream Fiber's, Dish TV's and Airtel Thanks' Transaction
  ID), then an approval code (the roll's Auth Code, the restaurant's Approval No., a slip's APPR CODE), then
  an order's number (PhonePe Payment Gateway's Merchant Order ID, BillDesk's Order No., Vistaprint's Order
  No., Moglix's Order ID, TGSRTC's PNR (*settled* heldout126, heldout302, heldout305, heldout306 and
  heldout311's PNR), Indane's Booking No.), then a document's own number (TGHDC's Voucher No., Zoho Books'
  Payment# and Odoo's Payment Receipt's number (a payer's own number for its payment, as heldout310's Marg
  voucher's Voucher No., *settled* heldout281, heldout295, heldout301 and heldout303 to heldout311), the tax
  invoice's Invoice No., the advance receipt's No. struck in red (as heldout306's, heldout307's, heldout309's
  and heldout311's), myBillBook's Payment In No., the roll's Bill No., the khadi store's and the paper-tube
  maker's Invoice No., Cheriyal Municipality's రసీదు సంఖ్య / Receipt No., the Income Tax Department's Challan
  No., Shilparamam's, IFFCO-Tokio's, SBI General's and Liberty General's Receipt No., the helper's voucher's
  No. struck in red, TGNPDCL's రసీదు సంఖ్య / Receipt No., Airtel Xstream Fiber's Receipt No., a slip's INV,
  INV NO, INVOICE and INVOICE NO, the restaurant's Bill No.). *settled*: never a card, account, phone or
  mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam, an Emp Code, a Policy No., a Licence
  No., a Service No., a Consumer No., an Account No., a VC No., a PTIN, an Enrolment No., an Employer Code, a
  BSR Code, a Vehicle No., a Stall No., an AWB No. or its barcode (a consignment's number, *settled*
  heldout274, heldout299 and heldout303 to heldout311), a slip's MID / TID / BATCH, a bill or an invoice named
  on an advice, a post or a letter (TGHDC's, Zoho Books' and Odoo's bills, the PO in the Teams post), a QR
  code."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout312_families import (
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

SPLIT = "heldout312"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout310's and heldout311's: the screens in
# Liberation Sans (liberation2), Noto Sans, FreeSans, DejaVu Sans and Noto Sans Display; the pages in Noto
# Serif, Liberation Serif (liberation), DejaVu Serif Condensed, FreeSerif, Liberation Sans (liberation) and
# DejaVu Sans Condensed; the workshop's, its suppliers' and its people's papers in DejaVu Serif, Noto Serif
# Display, Liberation Serif (liberation2), FreeSans and Liberation Sans Narrow; the slips in four monos in
# another order; beside them Noto Sans and Noto Serif Telugu (heldout294's and heldout269's) for the Telugu
# lines, tagged fields, hand and SMS, FreeSerif for a Telugu hand's figures, a pen's italic or oblique
# (``heldout312_families.PENS``) and a page's own fixed-width face (``heldout312_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout312_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout312 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

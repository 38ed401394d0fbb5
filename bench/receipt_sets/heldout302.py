"""heldout302: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a bell-metal craftsmen's firm's year of 2026 in Budithi, Saravakota Mandal,
Srikakulam district, Andhra Pradesh (Sri Kalinga Bell Metal Works, శ్రీ కళింగ కంచు పరిశ్రమ, a partnership of
the Kamsali brothers Chinnam Appala Narasimham and Chinnam Suryanarayana, GSTIN 37AAKFS4821M1ZQ, Udyam
UDYAM-AP-03-0021847, with Chinnam Ravi Kiran, who takes the export orders and keeps the web shop, and Pydi
Lavanya, who keeps its accounts: its casters, Maddila Narayana and Pedada Simhachalam among them, melt copper
and tin into bell metal (kanchu) in the charcoal furnaces (kolimi) of its shed on Kamsali Veedhi, Budithi
Kanchu Sala, and pour it into clay and sand moulds; its beaters, Gorle Appanna, Sunkari Ramu, Karri Lakshmana
Rao and Chinnam Tirupathi Rao among them, hammer the cast blanks hot into bindelu (water pots), kalasams,
urulis, pallem (plates), ginne (bowls) and temple bells, the hammer's facets left shining on them and bright
bands turned round their bellies on the lathe; it casts brass deepams, kundulu (standing lamps), chembus and
gangalams; its women, Ballada Kumari and Botcha Sarojini among them, polish the ware; copper scrap and tin
ingots bought in Visakhapatnam's Poorna Market, charcoal from the villages round Budithi, crucibles from
Rajkot, buffing wheels from Gajuwaka, hammers and tongs from Budithi's blacksmith; its gallery in Dwaraka
Nagar, Visakhapatnam, Kalasa Gallery, కలశ గ్యాలరీ, whose lamp orders come in Karthikam and whose bindelu and
kalasam sets go into brides' sare in the Magha wedding season; stall 214 at the 39th Surajkund International
Crafts Mela at Faridabad; the web shop kalasagallery.in; Lepakshi's orders (the A.P. Handicrafts Development
Corporation's), the Simhachalam Devasthanam's, a Hyderabad hotel group's, a Mumbai hotel company's, a
restaurant chain's, Andhra University's on GeM, a Pune gifting firm's and a Hyderabad wedding planner's at
home, and shops, importers and temple suppliers in Singapore, Amsterdam, Vancouver, Lyon, Seoul, Kuala Lumpur,
Hong Kong and Houston abroad), told by the proofs of payment it receives (buyers' CRED, Fi, Samsung Wallet,
RBL MoBank, WhatsApp, Bajaj Finserv and Jiffy screens and Paytm for Business on the gallery's phone;
Lepakshi's supplier payment advice on continuous stationery, the Devasthanam's letter under its Telugu name, a
hotel group's SAP payment advice, Deutsche Bank's Autobahn with a hotel company's RTGS processed, a restaurant
chain's message forwarded in WhatsApp, GeM's payment under process at PFMS, Easebuzz Payouts' failed payout
for a gifting firm and a wedding planner's mail; OCBC, ABN AMRO, Scotiabank, BNP Paribas, KB Kookmin Bank,
Maybank, Hang Seng Bank and Bank of America for buyers in Singapore, Amsterdam, Vancouver, Lyon, Seoul, Kuala
Lumpur, Hong Kong and Houston in Singapore dollars, euros the Dutch and the French way, Canadian dollars, won,
ringgit, Hong Kong dollars and US dollars; the gallery's tax invoice, the firm's receipt book in the wedding
season, Bikayi's order mail, the Mela stall's cash memo in a kolam's border, NTT DATA Payment Services'
pending page, PayPal's declined card, the firm's receipt under a revenue stamp and the gallery's certificate
of authenticity written on) and those it makes (a Visakhapatnam metal dealer's tax invoice, a charcoal
seller's account in a Telugu hand, Navata Road Transport's consignment note, Bizongo's failed checkout, a
buffing stores' myBillBook invoice, Tata nexarc's pending order, a Rajkot crucible maker's tax invoice and
Budithi's blacksmith's bill; The Visakhapatnam Co-operative Bank's e-receipt, CSB Mobile+, mBandhan, ESAF
Mobile, Karur Vysya Bank's corporate banking, DCB Bank, Jana Small Finance Bank's shared card and a Karnataka
Bank cash deposit machine for the metal dealer, the corrugated box maker, the charcoal seller, the buffing
stores, the crucible maker, the blacksmith, the transporter and the coke dealer; a beater's weekly beating
tally, a polisher's week in a Telugu hand, Paybooks' payslip, Suryoday, FinoPay, Equitas, a cash voucher under
a revenue stamp and a beater's acknowledgement; the Commercial Taxes Department's profession tax, Budithi Gram
Panchayat's house tax, the Single Desk Portal's factory licence, the Pollution Control Board's consent fee,
the DGFT's certificate of origin fee, a traffic e-challan, GVMC's trade licence and the Fire Services' NOC;
National Insurance's, Star Health's, Shriram Life's, Reliance General's, Go Digit's, ECGC's, Aditya Birla
Health's and Chola MS' premiums; cards on the gallery's Ezetap terminal, a Visakhapatnam hotel's Innoviti
terminal and the Mela stall's Mosambee terminal, at a Srikakulam fuel station, for an IndiGo flight, at a
Visakhapatnam restaurant, on the Amex app at an APTDC resort and in RBL Bank's SMS of a spend; APEPDCL,
Excitel, Sun Direct, Indane on IndianOil ONE, Equitas FASTag, GVMC's water charges, YOU Broadband and
APEPDCL's SMS; the banks' SMS, CSB Bank's mail, the Srikakulam District Co-operative Central Bank's SMS in
Telugu, Jana Small Finance Bank's SMS on a lock screen and The Visakhapatnam Co-operative Bank's heads-up
notification). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout299's or heldout300's; where a kind of paper is one they also drew (a business's own app, a chat with a
payment in it, a state crafts corporation's advice, a letter, an accounting program's record of a payment, a
corporate bank's transfer, a chat's message, a payout, a payer's mail, a shop's tax invoice, a business's
receipt, a festival stall's bill, a web shop's order mail, a gateway's failed or pending page, a card or paper
written on, a supplier's tax invoice with its payment noted on it, a supplier's account in a regional hand, a
marketplace's failed or pending order, a carrier's paper, a supplier's bill, a bank's paper from its branch or
machine, a bank's shared card, a piece work account, a worker's paper in a regional hand, a payslip, a
treasury's challan, a receipt book, a municipal fee, a portal's pending or failed fee, a premium receipt, a
card slip pending at its host, a card issuer's app, a card issuer's alert of a spend, an airline's receipt, a
FASTag's recharge, a gas refill, a DTH recharge's mail, an electricity board's receipt, water charges, a
bank's SMS in the region's language, a mail, a phone's notification), it is drawn here for another issuer in
this set's own labels and marks, and near ones are noted: Paytm for Business on the gallery's phone, where
heldout300 drew PhonePe Business and heldout299 HDFC Bank's SmartHub Vyapar (and heldout299 drew Paytm's own
app for a buyer); WhatsApp's chat with the buyer's payment card, where neither drew a chat for a buyer's
payment; Lepakshi's SUPPLIER PAYMENT ADVICE printed on continuous stationery, where heldout300 drew the H.P.
State Handicrafts & Handloom Corporation's REMITTANCE ADVICE and heldout299 Manjusha's PAYMENT ADVICE (and
heldout294 Lepakshi's advice under its Telugu name); the Devasthanam's letter folded in four and embossed,
where heldout300 drew a gompa's letter and an Azadpur agent's advice and heldout299 a museum shop's typed
letter; SAP's payment advice, where heldout300 drew Vyapar's Payment Out and Business Central's Remittance
Advice and heldout299 Odoo's and Zoho Books'; Deutsche Bank's Autobahn with an RTGS processed, where
heldout300 drew IDFC FIRST Bank CONNECT's RTGS in process and heldout299 bob World Business' NEFT returned;
the WhatsApp message forwarded, where heldout300 drew Microsoft Teams' channel and heldout299 Slack's;
Easebuzz Payouts' failed payout, where heldout300 drew PayU Payouts' and heldout299 Cashfree Payouts' transfer
pending; the wedding planner's mail, where heldout299 drew SBI CMP's vendor payment mail; the gallery's tax
invoice under a kundulu, where heldout300 drew Kailash Emporium's under the Kinnauri cap and heldout299 Pati
Bitan's under a sitalpati emblem; the receipt book with its counterfoil, where heldout300 drew a money receipt
under its roundel and heldout299 a TallyPrime receipt voucher; the firm's receipt under a revenue stamp, where
heldout300 drew its round rubber stamp; the Mela stall's printed cash memo in a kolam's border, where
heldout300 drew the Lavi stall's thermal roll and heldout299 the Rash Mela's carbon memo; Bikayi's order mail,
where heldout300 drew Dukaan's and heldout299 WooCommerce's; NTT DATA Payment Services' pending page and
PayPal's declined card, where heldout300 drew CCAvenue's pending page and PhonePe Payment Gateway's failed one
and heldout299 Razorpay's and Paytm Payment Gateway's; the certificate of authenticity written on, where
heldout300 drew a visiting card's back and heldout299 a thank-you card; the metal dealer's invoice with its
typed receipt line and the crucible maker's with its ringed total, where heldout300 drew a mill's invoice with
its payment line and a packaging maker's round stamp and heldout299 a cloth merchant's sticky note and a
press's pale PAID; the charcoal seller's account in a Telugu hand, where heldout299 drew a murta dealer's Haal
Khata card in a Bengali hand (and heldout294 a hide dealer's Telugu account); Navata's consignment note, where
heldout300 drew HRTC's luggage ticket and Blue Dart's receipt and heldout299 DTDC's consignment note;
Bizongo's failed checkout and Tata nexarc's pending order, where heldout300 drew Moglix's and OfBusiness' and
heldout299 Industrybuying's and udaan's; myBillBook's invoice, where heldout299 drew Khatabook's entry; the
blacksmith's bill, where heldout300 drew a Panipat store's bill; the Karnataka Bank cash deposit machine's
slip, where heldout300 drew the Kangra Central Co-operative Bank's counterfoil and heldout299 Uttarbanga
Kshetriya Gramin Bank's branch acknowledgement (and heldout271 State Bank's cash deposit machine); Jana Small
Finance Bank's shared card, where heldout300 drew IDBI Bank's GO Mobile+ card and heldout299 Ujjivan's; the
weekly beating tally, where heldout300 drew a weaving account and heldout299 a mat weaving account; the
polisher's week in a Telugu hand, where heldout300 drew an advance in a Hindi hand and heldout299 a weaver's
receipt in a Bengali hand; Paybooks' payslip, where heldout300 drew greytHR's and heldout299 Zoho Payroll's;
the cash voucher, where heldout298 drew one for a festival helper; the Commercial Taxes Department's e-payment
receipt in numbered fields, where heldout300 drew HIMKOSH's e-challan and heldout299 GRIPS' acknowledgement;
Budithi Gram Panchayat's receipt, where heldout300 drew Gram Panchayat Kothi's and heldout299 Ghughumari Gram
Panchayat's; GVMC's trade licence and water charges, where heldout299 drew Cooch Behar Municipality's; the
DGFT's pending fee and the Pollution Control Board's failed one, where heldout300 drew VAHAN's pending road
tax and EPFO's failed challan and heldout299 ESIC's pending challan and Banglarbhumi's failed khajna;
Mosambee's slip pending at the Mela stall, where heldout300 drew BharatPe's and heldout299 State Bank of
India's; the Amex app, where heldout300 drew Scapia's and heldout299 OneCard's; RBL Bank's SMS of a spend,
where heldout300 drew SBI Card's SMS and heldout299 HDFC Bank's mail; IndiGo's receipt, where heldout300 drew
Alliance Air's; Equitas FASTag's pending recharge, where heldout300 drew ICICI Bank FASTag's and heldout299
Axis Bank FASTag's pending one; Indane's failed refill, where heldout300 drew HelloBPCL's and heldout299 HP
Pay's; Sun Direct's mail, where heldout300 drew Tata Play's; APEPDCL's receipt, where heldout300 drew HPSEBL's
and heldout299 WBSEDCL's; the Telugu SMS in its thread, where heldout300 drew Himachal Pradesh Gramin Bank's
Hindi SMS and heldout299 Uttarbanga Kshetriya Gramin Bank's Bengali one (and heldout294 Andhra Pradesh
Grameena Bank's Telugu one); CSB Bank's mail, where heldout300 drew IDFC FIRST Bank's and heldout299 Bank of
Baroda's; the lock screen's notification, where heldout300 drew a notification shade; the heads-up
notification, where heldout294 drew City Union Bank's. Some of this set's issuers were drawn by sets before
heldout299 (heldout294's Lepakshi, Telugu lines, hand and SMS, Andhra numbered fields, Karur Vysya Bank,
Equitas and Aditya Birla Health; heldout271's GeM, SAP and cash deposit machine; heldout269's The
Visakhapatnam Co-operative Bank and GVMC; heldout217's APEPDCL; CRED, Fi, Samsung Wallet, RBL Bank, WhatsApp,
Bajaj Finserv, Jiffy, Paytm for Business, Deutsche Bank, Easebuzz, OCBC, ABN AMRO, Scotiabank, BNP Paribas, KB
Kookmin Bank, Maybank, Hang Seng Bank, Bank of America, NTT DATA, PayPal, myBillBook, CSB Bank, Bandhan Bank,
ESAF, DCB Bank, Jana, Karnataka Bank, Paybooks, Suryoday, Fino, the DGFT, Parivahan, the Fire Services,
National Insurance, Star Health, Shriram Life, Reliance General, Digit, ECGC, Chola MS, Ezetap, Innoviti,
Mosambee, DBS Bank, American Express, Excitel, Sun Direct and Indane in heldout200 to heldout298), and are
drawn here in this set's own labels and arrangements; the families' docstrings list each one's labels. This
set draws kinds of row and page heldout299 and heldout300 do not: a beaten bell-metal kalasam as a
letterhead's emblem (its belly hammered in facets that catch the light, two bands turned bright round it, its
neck, flared lip and foot); a brass kundulu as an emblem (its domed foot, knopped stem, bowl and five wicks
alight); a strip of beaten bell metal as a divider (rows of hammer facets between two bands turned bright on
the lathe); a metal worker's sooty finger marks in a page's margins; a page photographed lying on a beaten
brass tray (its rolled rim, its hammered face catching the light) or on the jute sack of tin ingots (its
coarse plain weave, stray fibres and faded red stencil); Telugu lines, a Telugu hand, an Andhra form's
numbered fields and a bank's SMS in Telugu (heldout294's rows, here for Srikakulam's Telugu), an outcome's
octagon, a payment's progress bar, a chat's Forwarded mark and a heads-up notification's veil (heldout294's);
and beside them earlier sets' rows neither of them draws: heldout269's tick boxes, heldout271's ruled label
boxes, receipt book lines across a counterfoil and its perforation, revenue stamp and a slip's colon column,
heldout273's kolam border, a form's rounded fields, a pen's ring round a total, heldout275's ribbon, a sum set
large with its paise raised, a toast, a chat's payment card and continuous stationery, heldout277's spiral
pad, heldout279's blind embossed seal and a letterhead's stripe, heldout287's lock screen, bottom sheet and a
page folded in four, heldout289's revenue stamp; and heldout269's to heldout289's rows (tables ruled on every
side, striped tables, shaded labels, labels against a gutter, labels at the left and values at the right, dot
leaders, hairline rows, capsules, tiles two to a row, values over their labels, labels over their values two
to a row, copyable fields, notice boxes, a payment's stages top to bottom and across, large round marks, tile
and scalloped badges, spinners, chat bubbles and a day divider, hand-written fills and columns on a ruled
page, a sum in a box, an oval stamp, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Kalasa Gallery or the firm: CRED's dark "payment successful" in an octagon
  ("paid to <payee>" under the sum, the payee's UPI ID; UPI transaction ID, CRED transaction ID, paid via and
  date on hairline rows; a CRED coins line); Fi's payment in a bottom sheet over the dimmed app (the payee's
  UPI ID under the app's bar; a Payment successful capsule, the sum, "to <payee>"; UPI reference, Date and
  From at the left and the right); Samsung Wallet's PAYMENT FAILED on a red ribbon (the sum, "to <payee>", the
  reason in a notice; UPI Ref. No., Txn ID, Date and Bank account each in a ruled box of its own); RBL
  MoBank's Transaction Successful with the sum set large, its paise raised ("Paid to" over the payee; UPI Ref
  No, Date & Time and Debited from each in a form's rounded box under its small label); a WhatsApp chat with
  the gallery's business account in Karthikam (the day's divider, the gallery's message in its bubble, the
  buyer's payment card "Payment to <payee>", the sum, "Paid" and its hour, the gallery's reply; no reference);
  Bajaj Finserv's Bajaj Pay with its progress bar filled (Payment Successful, the sum, "Paid to" over the
  payee; UPI Ref. No., Transaction ID, Date & time, Paid from in dot leaders; Bajaj coins); NSDL Payments
  Bank's Jiffy in its dark theme with the payment pending under a spinner (the sum, "to <payee>", a notice;
  its stages top to bottom; UPI Ref No, Initiated on, From at the left and the right); Paytm for Business on
  the gallery's phone (the gallery under the app, a "Today" divider, a card: the sum received, "from <buyer>",
  UPI Ref. No. and the hour; a toast at the foot; no day). Paytm for Business is near heldout299's Paytm; the
  rest are new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: Lepakshi's (the A.P. Handicrafts Development
  Corporation's) SUPPLIER PAYMENT ADVICE printed by a dot-matrix printer on continuous stationery (ADVICE NO
  and DATE, SUPPLIER CODE, SUPPLIER NAME; BILL NO | BILL DT | GROSS | TDS | NET in the printer's columns; NET
  AMOUNT PAID; MODE and UTR NO); the Simhachalam Devasthanam's letter under its Telugu name, folded in four
  and embossed with its seal (Rc. No. and Dt.; To, M/s the firm; Sub: and Ref:; "... has been paid today to
  your bank account by NEFT vide UTR No. ..." (RTGS over two lakh)); a Hyderabad hotel group's PAYMENT ADVICE
  printed from SAP (Payment Doc., Company Code, Vendor, Payment Date, Pmt Method and Currency two pairs to a
  row with colons, Vendor Name and Bank Ref. under them; its sentence; Reference | Doc. Date | Gross | WHT
  194C | Net in a striped table; Total Paid (INR)); Deutsche Bank's Autobahn with a Mumbai hotel company's
  RTGS processed (a capsule at the left; Payment Reference, Bank Reference, UTR, Beneficiary, Account, IFSC,
  Amount, Value Date, Payment Type against a gutter); a restaurant chain's accounts message forwarded in a
  WhatsApp chat under a "Today" divider ("Forwarded"; "Payment released to <payee>", "Rs. x by NEFT against
  ...", "UTR: ..."; no day); GeM's order page with the payment under process at PFMS for Andhra University's
  lamps (a capsule; the order's stages top to bottom; Contract No., Buyer, Seller, Item, Bill No., Amount,
  Payment Mode, Initiated on in shaded labels); Easebuzz Payouts' payout failed for a Pune gifting firm under
  an octagon (the reason in a notice; Payout ID and Unique Request No., Beneficiary and Account, Amount and
  Mode, Requested at and Failure code, each label small over its value two to a row); a Hyderabad wedding
  planner's mail in the wedding season ("we have transferred Rs. x/- ... today, <day>, by IMPS"; Payee,
  Amount, Mode, Date at the left and the right; no reference). All new here.

* ``export_wires``: Shops, importers and temple suppliers abroad paying the firm for bell-metal urulis,
  bindelu, kalasams, lamps and bells: OCBC Velocity's Telegraphic Transfer completed in Singapore dollars
  (Value date, Beneficiary name, Beneficiary bank, SWIFT / BIC, Amount, Charges, Transaction reference,
  Purpose each in a box ruled on every side); ABN AMRO's app with a buitenlandse overboeking / foreign
  transfer executed in euros the Dutch way under a tile's tick (the sum, "aan / to <payee>"; Datum / Date,
  Kenmerk / Reference, Kosten / Costs, Van / From at the left and the right); Scotiabank's ScotiaConnect with
  an international money transfer returned in Canadian dollars (a Returned capsule at the left, the reason in
  a notice; Date sent month first in words, Amount, Recipient, Recipient bank, SWIFT/BIC, Reference number,
  Charges in dot leaders); BNP Paribas' AVIS D'OPÉRATION of a virement international émis / international
  transfer sent in euros the French way (Date d'opération / Operation date, Bénéficiaire / Beneficiary, Banque
  / Bank, BIC, Montant / Amount, Frais / Charges, Référence / Reference on hairline rows); KB Kookmin Bank's
  KB Star Banking with an overseas remittance completed in won under an octagon (the sum, "to <payee>";
  Remittance date year first with dots, Remittance No., Fee type, Beneficiary bank with colons); Maybank's MAE
  with a foreign telegraphic transfer successful in ringgit, shared (a large tick, the sum, "to <payee>";
  Date, Transfer type, Recipient bank at the left and the right; no reference); Hang Seng Bank's app with a
  telegraphic transfer completed in Hong Kong dollars ("Today <hour> HKT"; the sum, "to <payee>"; Reference
  No. and Transfer type in tiles; Charges; no day); Bank of America's CashPro with an international wire in
  process in US dollars (its stages top to bottom, a notice; Send date month first in words, Amount,
  Recipient, Recipient bank, SWIFT/BIC, Reference, Wire type in a striped table). All new here.

* ``own_receipts``: The firm's own papers, its gallery or itself on top: Kalasa Gallery's TAX INVOICE under a
  kundulu, its Telugu name and a strip of beaten bell metal, to a Chennai shop (Invoice No. and Invoice Date
  on a line; Bill to, Place of Supply; Sl. | Item | HSN | Qty | Rate | Amount in a table ruled on every side
  with IGST 5% and its Grand Total; Amount in words; a rounded card: Payment received by, IMPS Ref. No. in dot
  leaders); the firm's RECEIPT BOOK page in the wedding season, its counterfoil at the left of a perforation
  (No. printed on both; Date, From and Received with thanks from, By and by UPI Ref, For and towards, Rs.
  written in on both halves); the web shop's order mail from Bikayi ("Your payment was successful"; Order ID,
  Order date; Item | Qty | Amount in a striped table; Subtotal, Shipping, Total paid, Payment method, Payment
  ID at the left and the right); the Surajkund Mela stall's CASH MEMO in a kolam's border in the Mela's days
  (No. left blank; Date written in; the ware written in under its printed Particulars | Qty | Rs., a rule,
  Total; "Cash - with thanks"; no reference); NTT DATA Payment Services' pending page for the web shop (its
  stages across the page, a notice; Merchant Txn ID, NTT DATA Txn ID, Bank Ref No. awaited, Amount, Payment
  Mode, Txn Date in shaded labels); PayPal's checkout with a buyer abroad's card declined for the web shop in
  US dollars (the gallery under PayPal, a large cross, the reason in a notice; Invoice ID, Amount, Card, Date
  with colons); the firm's RECEIPT under its kalasam, its Telugu name and a beaten strip ("Received with
  thanks from M/s ... a sum of Rupees ... by RTGS, UTR No. ... dated <day> ..."; Amount received under a
  double rule; a one-rupee revenue stamp signed across); the gallery's CERTIFICATE OF AUTHENTICITY for a piece
  of Budithi's registered bell-metal craft, photographed lying on a brass tray (Article, Weight, Craftsman,
  Made at in dot leaders; "Price Rs. x/- paid by UPI", "UPI Ref ..." in the hand; no day). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Visakhapatnam metal dealer's
  TAX INVOICE for copper scrap and tin ingots, photographed lying on a jute sack of the tin (Invoice No.
  beside its earlier Date; Buyer; the metal by the kilo in a table ruled on every side, CGST 9%, SGST 9%,
  Total; "RTGS RECD UTR ... DT ..." typed by the dealer's billing program); a charcoal seller's account in a
  Telugu hand on a page torn from a spiral pad, his sooty finger marks in its margins ("బొగ్గు లెక్క"
  (charcoal account), the bags and their rate, కూలి (hamali), మొత్తం (total), తేదీ (date), "నగదు అందినది"
  (cash received) and his name signed in English; no reference); Navata Road Transport's CONSIGNMENT NOTE
  (L.R. No. typed; PAID, TO PAY and TBB boxes, PAID ticked; Date, From, To, Consignor, Packages, Weight,
  Freight, Hamali, Total each in a ruled box; "Paid by UPI Ref ..." in the hand); Bizongo's checkout with the
  card payment failed for cartons and bubble wrap under a large cross (the reason in a notice; Order ID, Sold
  by, Items, Order total, Payment method, Attempted on at the left and the right); a Gajuwaka buffing stores'
  invoice made in myBillBook (Invoice No. and Invoice Date; the wheels and compounds on hairline rows;
  Taxable, CGST 9%, SGST 9%, Total Amount, Received Amount, Payment Mode, UPI Ref, Payment Date at the left
  and the right); Tata nexarc's order of foundry coke with the NEFT's verification pending ("Today, <hour>"; a
  progress bar, a notice; Order ID, Sold by, Item, Amount, Payment, UTR submitted at the left and the right;
  no day); a Rajkot crucible maker's TAX INVOICE (Invoice No. beside its earlier Date; crucibles and tongs on
  hairline rows, IGST 18%, Total ringed by the accountant's pen; "Pd. by IMPS, Ref ... on <day>" in the hand);
  a Budithi blacksmith's BILL under his Telugu name, his sooty finger marks on it (Bill No. typed; Date and
  M/s written in; the hammers and tongs written in ruled columns, Total; "Paid - UPI Ref ..." in the hand).
  All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: The Visakhapatnam Co-operative Bank's
  internet banking e-Receipt of a NEFT to the crucible maker (Transaction Successful; Transaction Ref. No.,
  UTR No., Debit Account, Beneficiary Name, Beneficiary A/c No., IFSC, Amount, Transfer Type, Transaction Date
  & Time, Remarks in a table ruled on every side); CSB Bank's CSB Mobile+ with an IMPS successful under a
  scalloped badge (the sum, "to <payee>"; IMPS Ref No and Date & Time, From A/c and Beneficiary A/c, each
  label small over its value two to a row); Bandhan Bank's mBandhan with a UPI payment to a charcoal seller
  ("Today, <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a copyable UPI Ref No.; From, Note;
  no day); ESAF Small Finance Bank's ESAF Mobile with a NEFT in process (a progress bar, a notice;
  Beneficiary, Amount, UTR, Initiated on, Debit A/c against a gutter); Karur Vysya Bank's corporate internet
  banking with an RTGS to the metal dealer successful (a capsule; Transaction ID, UTR Number, Beneficiary
  Name, Beneficiary Account, IFSC, Amount, Value Date, Purpose in a striped table); DCB Bank's app with an
  IMPS to the blacksmith failed under a large cross (the reason in a notice; Beneficiary, Amount, IMPS Ref
  No., Date, From A/c in dot leaders); Jana Small Finance Bank's shared card of a NEFT to the transporter
  ("<sum>", "sent to <payee>", "on <day>", via NEFT; no reference); Karnataka Bank's cash deposit machine's
  slip for cash paid into the coke dealer's account (DATE, CDM ID, LOCATION, TXN NO, A/C NO, A/C NAME, the
  notes counted, TOTAL AMT, STATUS in its fixed-width face). All new here.

* ``worker_pay``: The firm paying its beaters, casters, polishers and the gallery's salesman: a beater's
  WEEKLY BEATING TALLY photographed lying on a brass tray, under a beaten strip and its Telugu heading "సుత్తి
  పని లెక్క" (hammer work account) (Card No. printed; Beater and Week ending written in; the pots, plates and
  bowls he beat each day written in ruled columns; the pieces at their rates in dot leaders, Total wage; Paid
  on written in; "Paid by UPI, Ref ..." in the hand); a polisher's week in a Telugu hand on the wage
  register's ruled page ("వారం కూలి" (week's wage), her name in Telugu, the days and the day's wage, మొత్తం
  (total), తేదీ (date), "నగదు ముట్టినది" (cash received) and her name signed in English; no reference);
  Paybooks' payslip for the gallery's salesman (Employee ID and Name, Designation and Location, Days Paid and
  PAN, two pairs to a row; Earnings | Amount | Deductions | Amount in a striped table; Net Salary under a
  double rule, in words; "Paid by NEFT on <day>, UTR ..."); Suryoday Small Finance Bank's app with a UPI
  payment to a caster failed under a red ribbon (the reason in a notice; UPI Ref No, Attempted on, Paid to and
  From in boxes of a form); Fino Payments Bank's FinoPay with a UPI payment to a beater pending under a
  scalloped badge with a clock's hands (the sum, "to <payee>", a notice; UPI Ref. No. and Started in tiles;
  From); Equitas Small Finance Bank's app with Money sent to a polisher ("Today, <hour>"; the sum, "to
  <payee>"; a copyable UPI Ref No.; From, Remarks; no day); the firm's CASH VOUCHER for a caster's advance
  (Voucher No. typed; Date, Paid to, the sum in words and towards written in; Cash ticked among Cash, Cheque
  and UPI; Rs. in a box; the receiver's signature across a one-rupee revenue stamp); a beater's
  ACKNOWLEDGEMENT on the firm's printed chit ("I, <name>, received Rs. x/- by UPI (Ref ...) towards beating
  wages for the week", Date written in; his signature). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: the Commercial Taxes
  Department's profession tax e-payment receipt under the state's Telugu name (an Andhra form's numbered
  fields, each Telugu name over its English: Payer, PTIN, Period, Amount, Payment Date, Mode, CFMS Challan
  No., Bank Ref. No., Status); Budithi Gram Panchayat's house tax receipt under its Telugu name (No. left
  blank; Date, Received from, Door No. and on account of written in; Rs. in a box; "in cash"; its oval stamp;
  no reference); the A.P. Single Desk Portal's payment acknowledgement of the Factories Department's licence
  renewal for the casting shed, a stripe down its left edge (Application ID, Department, Service, Unit,
  Amount, Transaction ID, Bank Reference No., Payment Date, Payment Mode, Status in dot leaders); the A.P.
  Pollution Control Board's consent fee for the furnaces failed on OCMMS (a Payment Failed capsule, the reason
  in a notice; Application No., Industry, Category, Fee, Transaction ID, Mode, Attempted on in shaded labels);
  the DGFT's e-Certificate of Origin fee pending at the bank under a spinner (a notice; IEC, Application Ref.
  No., Amount, Transaction ID, Payment Mode, Initiated on each in a form's rounded box under its small label);
  the Parivahan eChallan app with a traffic challan on the firm's goods auto paid ("Today, <hour>"; a large
  tick, the sum, "Challan issued by" over the police; a copyable Transaction ID; Challan No., Vehicle No.,
  Offence, Mode at the left and the right; no day); the Greater Visakhapatnam Municipal Corporation's trade
  licence e-receipt for the gallery under its Telugu name (two fields to a row in a table ruled on every side:
  Receipt No. and Receipt Date, Licence No. and Licence Year, Trade Name and Ward, Amount and Mode,
  Transaction ID and Status); the Fire Services Department's NOC renewal receipt for the furnace shed
  (Application No., Premises, Fee, CFMS Challan No., Bank Ref. No., Paid on, Mode with colons under "Payment
  status: Paid"). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top or under its app's bar: National Insurance's
  PREMIUM RECEIPT cum TAX INVOICE for the furnace shed's fire policy (two fields to a row in a table ruled on
  every side: Receipt No. and Receipt Date, Policy No. and Product, Insured and Location, Net Premium and CGST
  9%, SGST 9% and Total Premium, Mode and UTR); Star Health's app with the partners' family floater renewed
  ("Today, <hour>"; the insurer under the app, the sum set large, Payment successful; Policy No. and
  Transaction ID in tiles; Paid via, Plan; no day); Shriram Life's mail acknowledging the partner's renewal
  premium ("We acknowledge the receipt of your renewal premium of Rs. x on <day> ..."; Policy Number, Plan,
  Premium Received, Next Due Date, Mode in dot leaders; no reference); Reliance General's marine cargo
  certificate page for an export consignment paid by card (its sentence; Certificate No. and Policy No.,
  Voyage and Sum Insured, Premium and GST 18%, Total Premium and Payment, Transaction ID and Payment Date,
  each label small over its value two to a row); Go Digit's app with the goods auto's renewal failed under a
  scalloped badge (the insurer under the app, the reason in a notice; Quote No., Premium (incl. GST), Payment
  ID, Card, Attempted on in dot leaders); ECGC's premium acknowledgement for the firm's export credit policy
  (Policy No., Exporter, Declaration month, Premium, GST 18%, Total Premium, Payment Mode, UTR, Payment Date,
  Status each in a ruled box); Aditya Birla Health's Activ Health app with a top-up premium under process
  under a spinner (the insurer under the app, the sum, a notice; Policy No., Transaction ID, Initiated on, Pay
  mode at the left and the right); Chola MS' PREMIUM RECEIPT for the gallery's shop policy ("Received with
  thanks ..."; Receipt No., Receipt Date, Received from, Policy, Premium, GST 18%, Total Amount, Mode, UPI Ref
  on hairline rows). All new here.

* ``card_slips``: Cards on the gallery's and the Mela stall's terminals and the firm's cards elsewhere:
  Ezetap's slip on RBL Bank's terminal at Kalasa Gallery (Txn Date, Txn Time, MID, TID, Batch#, Invoice#,
  Card#, Card Type, Entry Mode, Auth Code, RRN, Txn ID, Sale Amount in a colon's column; APPROVED); Innoviti's
  slip on Karur Vysya Bank's terminal at a Visakhapatnam hotel (DATE and TIME on a line, MERCHANT, TID, BATCH,
  ROC, CARD, EXP, APPR, RRN; BASE AMT, TOTAL; SIGN NOT REQUIRED); Mosambee's slip on CSB Bank's Android
  terminal at the firm's Mela stall in the Mela's days with its status pending (DATE, TIME, MID, TID, INVOICE
  NO, CARD, AMOUNT; TXN STATUS: PENDING, AWAITING RESPONSE FROM ACQUIRER, DO NOT RE-ATTEMPT); Equitas Small
  Finance Bank's slip at a Srikakulam fuel station DECLINED (DATE, PUMP / NOZZLE, PRODUCT, VOLUME, TID, INV,
  CARD, AMOUNT; 51 INSUFFICIENT FUNDS); IndiGo's payment receipt for the partner's Visakhapatnam - Delhi
  flight to the Mela paid by card (PNR, Passenger, Flight, Date of journey, Base fare, Taxes and fees, Total
  paid, Card, Transaction ID, Paid on in dot leaders); DBS Bank's terminal at a Visakhapatnam restaurant (its
  labels in a fixed column and values after them: DATE, TIME, MID, TID, INV, CARD, AUTH, RRN, AMT; TXN
  APPROVED); the American Express app with a charge at an APTDC resort ("Today, <hour>"; the merchant's line
  and its town, the sum, Approved; Card and Reference in tiles; Category; no day); RBL Bank's SMS of a spend
  on its credit card ("INR x spent on your RBL Bank credit card ending 1234 at <MERCHANT> on <dd-mm-yyyy>. Avl
  limit ..."; no reference). All new here.

* ``utility_bills``: The casting shed's and the gallery's bills: APEPDCL's online payment receipt for the
  shed's LT industrial service under its Telugu name (Service No., Consumer Name, ERO, Bill Month, Amount
  Paid, Receipt No., Transaction ID, Bank Ref No, Payment Date, Mode, Status on hairline rows); Excitel's app
  with the gallery's broadband bill paid ("Today, <hour>"; the company under the app, a large tick, the sum;
  Customer ID and Transaction ID, each label small over its value two to a row; Plan, Paid via; no day); Sun
  Direct's recharge mail (its sentence; Smart Card No., Recharge Amount, Transaction ID, Recharge Date,
  Payment Mode, Pack against a gutter); IndianOil ONE's commercial Indane refill for the polishing shop's
  burners with the card payment failed (a Payment failed capsule, "for Indane", the reason in a notice; each
  value over its label: Booking No., Amount, Payment, Attempted on); Equitas FASTag's recharge pending for the
  firm's goods auto under an octagon's three dots (a notice; Vehicle No., Tag ID, Recharge Amount, Transaction
  Ref., Mode, Initiated on at the left and the right); the Greater Visakhapatnam Municipal Corporation's water
  charges e-receipt for the gallery under its Telugu name (Payment received; Receipt No., Connection No.,
  Period, Amount, Transaction ID, Paid on, Mode in a striped table); YOU Broadband's payment receipt for the
  gallery's leased line (Account No., Receipt No., Amount, Payment ID, Paid on, Mode with colons); APEPDCL's
  SMS of a payment received for the gallery's service ("payment of Rs.x towards Service No. ... received
  through UPI on <dd-mm-yyyy>. Thank you - APEPDCL"; no reference). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in Karnataka Bank's ("Your A/c XX1234 is
  debited for Rs.x on <dd-mm-yyyy> by NEFT to <PAYEE>; UTR <utr>. Avl Bal Rs.y -Karnataka Bank"), RBL Bank's
  ("Rs x debited from A/c XX1234 on <dd/mm/yy> to <PAYEE> via UPI. UPI Ref no <ref>. Not you? SMS BLOCK ...
  -RBL Bank"), DCB Bank's ("Your RTGS of Rs.x to <PAYEE> from A/c XX1234 dated <dd-Mon-yy> is pending with the
  beneficiary bank. UTR ... -DCB Bank") and Bandhan Bank's ("IMPS of Rs.x to <PAYEE> from A/c XX1234 on
  <dd/mm/yyyy> has FAILED. Ref ... Amount debited, if any, will be reversed. -Bandhan Bank") wordings; CSB
  Bank's mail ("An amount of INR x has been debited from your account XX1234 on <dd-Mon-yyyy> towards IMPS to
  <PAYEE> (IMPS Ref No. ...)."); the Srikakulam District Co-operative Central Bank's SMS in Telugu in a card
  in the phone's messages thread under its day divider ("మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న UPI ద్వారా
  <PAYEE> కు రూ. x పంపబడింది. రెఫ్ నం. ... -శ్రీకాకుళం డి.సి.సి.బి." (from your account XX1234 on <day> Rs. x
  was sent to <PAYEE> by UPI; ref no. ...)); Jana Small Finance Bank's SMS on a phone's lock screen under its
  hour ("Rs.x debited from A/c XX1234 for NEFT to <PAYEE>. UTR ... -Jana Bank"; "now"; no day); The
  Visakhapatnam Co-operative Bank's heads-up notification over a dimmed chat list ("Debit alert", "A/c XX1234
  debited Rs.x on <dd-mm-yyyy> towards NEFT to <PAYEE>. Avl Bal Rs.y -VCBL"; no reference). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Telugu
(heldout294's, regular and bold, fonts-noto-core) for the Telugu lines, numbered fields, hand and SMS, an
upright Noto Sans for a Telugu hand's figures (heldout294's), an italic or oblique for the hand
(``heldout302_families.PENS``), a fixed-width face of the page's own (``heldout302_families.TYPES``) and
DejaVu Sans Bold for the stencil on a jute sack. The Mela stall's cash memo and card slip are drawn in the
Mela's days (31 January to 15 February 2026) and the partner's IndiGo flight to it in the weeks before them;
the firm's receipt book page and the wedding planner's mail in the Magha wedding season (19 January to 17
February 2026); the WhatsApp payment for the gallery's lamps in Karthikam (10 November to 9 December 2026);
the other days anywhere in 2026. GST is 5% on the bell-metal and brass ware (IGST 5% to a Chennai shop), 18%
on the copper scrap and tin (CGST 9% and SGST 9%), on the buffing stores' wheels and compounds, on the Rajkot
crucibles (IGST 18%), on the shed's fire policy (CGST 9% and SGST 9%), on the export cargo's marine cover, the
export credit policy and the gallery's shop policy; the goods transport's GST is the consignor's under reverse
charge; the health and life premiums carry none shown.

Truth conventions (heldout300's, heldout299's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name after CRED's "paid to" (never its UPI ID), after "to" on Fi, Samsung Wallet and Jiffy, under RBL
  MoBank's and Bajaj Pay's "Paid to", after "Payment to" on WhatsApp's payment card (*settled* heldout275's
  chat card; never the chat's title); the gallery, the firm, the firm as a bank's field cuts it (SRI KALINGA
  BELL METAL WO) or the gallery with its town (KALASA GALLERY VISAKHAPATNAM); never the app, the payer, a UPI
  ID or "from <buyer>". *settled* (heldout268 to heldout300): a receiving business's own app pays the business
  named under the app, here the gallery under Paytm for Business (never Paytm or its toast). *settled*
  (heldout167 to heldout300): a payer's advice pays the one it pays, never the payer on top or a salutation;
  here Lepakshi's SUPPLIER NAME (never the Corporation on top, its SUPPLIER CODE or Lepakshi), the firm after
  the Devasthanam's "To," as M/s (never the Devasthanam or its Telugu name), SAP's Vendor Name (never the
  hotel group on top or its Vendor number), Deutsche Bank's Beneficiary (never the hotel company or the bank),
  the payee in the forwarded message ("Payment released to <payee>", never the chat's title or the restaurant
  chain signing it, *settled* heldout286), GeM's Seller (never the Buyer or GeM, *settled* heldout271),
  Easebuzz Payouts' Beneficiary (never Easebuzz or the gifting firm), the Payee under the wedding planner's
  sentence (never the planners on top). *settled* (heldout155 to heldout300): an inward wire pays the firm,
  here OCBC's Beneficiary name, the payee after ABN AMRO's "aan / to", Scotiabank's Recipient, BNP Paribas'
  Bénéficiaire / Beneficiary, the name after "to" on KB Star Banking, MAE and Hang Seng, Bank of America's
  Recipient; never the remitter, its line, "From <remitter>" or the bank on top. *settled* (heldout175 to
  heldout300): the firm's own paper pays its gallery or itself on top, here KALASA GALLERY on its tax invoice
  (never its Telugu line, the firm it is a unit of or its Bill to), the firm on top of its receipt book page
  (never Received with thanks from), on top of its Mela cash memo and of its receipt (never M/s ... that paid
  it), the gallery on top of Bikayi's mail and of NTT DATA's page (never the gateway), the gallery named on
  its certificate of authenticity (never the Craftsman); *settled* (new here) PayPal's checkout pays the shop
  after its "Pay" under PayPal's name (never PayPal), because PayPal collects for the shop it names, as a
  gateway's page pays the shop on top of it. A name in Telugu over its English: the English line, never the
  Telugu (*settled*, as heldout294's). *settled* (heldout187 to heldout300): a supplier's name on top of its
  own paper, here SRI LAKSHMI GANAPATHI METALS (never its Buyer), NAVATA ROAD TRANSPORT (never its Consignor),
  Bizongo's Sold by (never Bizongo), SAI RAM BUFFING STORES on its myBillBook invoice, Tata nexarc's Sold by
  (never Tata nexarc), SAURASHTRA CRUCIBLES (never its To), SRI VENKATESWARA BLACKSMITH WORKS under its Telugu
  name (never its M/s written in); *settled* (heldout284 and heldout300) a payee's own paper pays its writer,
  here the charcoal seller whose name is written in English under "నగదు అందినది" (cash received), never the
  firm his Telugu line names. *settled* (heldout179 to heldout300): a banking page pays the payee, here The
  Visakhapatnam Co-operative Bank's and KVB's Beneficiary Name, the name after "to" on CSB Mobile+ and
  mBandhan, ESAF Mobile's and DCB Bank's Beneficiary, the payee after "sent to" on Jana's card, the cash
  deposit machine's A/C NAME (*settled* heldout271). *settled* (heldout150 to heldout300): a pay slip pays the
  worker, here the Beater written on the tally (never the firm or its Telugu heading), Paybooks' Name (never
  the firm on top), Suryoday's Paid to, the name after "to" on FinoPay and Equitas, the cash voucher's Paid to
  (*settled* heldout298); *settled* (heldout284 and heldout300) a worker's signed paper pays the worker who
  signs it, here the polisher whose name is written in English under "నగదు ముట్టినది" (cash received) and the
  beater written after the acknowledgement's "I,". *settled* (heldout153 to heldout300): a fee page pays the
  authority as printed, here the Commercial Taxes Department under the state's Telugu name and its Government
  (never the Government or the Payer), BUDITHI GRAM PANCHAYAT under its Telugu name (never Received from), the
  Single Desk Portal's Department (the Factories Department; never the portal on top, as heldout300's
  Bharatkosh), the A.P. Pollution Control Board on top, the Directorate General of Foreign Trade on top, GVMC
  on top under its Telugu name, the Fire Services Department on top; *settled* (new here) the eChallan app
  pays the police under its "Challan issued by" (never eChallan, Parivahan or the vehicle), because the police
  that issue the challan take its fine, as a fee page pays the authority that levies it. *settled* (heldout199
  to heldout300): an insurer's receipt pays the insurer on top (full or short as printed) or named under its
  app's bar, never the Insured, the Exporter, Received with thanks from or a salutation; here Star Health, Go
  Digit and Aditya Birla Health under their apps' bars. A slip's counter name line as printed (KALASA GALLERY,
  the hotel, SRI KALINGA BELL METAL WORKS at the Mela stall, the fuel station, the restaurant), never the
  terminal's brand or bank over it (*settled*: ezetap, RBL BANK, KARUR VYSYA BANK, CSB BANK, EQUITAS SFB, DBS
  BANK); the merchant's line on the Amex app over its town (*settled* heldout297's card issuer's app); IndiGo
  on top of its payment receipt (the airline whose fare the card paid, *settled* heldout272, heldout282 and
  heldout300); RBL Bank's SMS pays the merchant after its "at" (*settled* heldout299 and heldout300). A
  utility's biller: APEPDCL on top under its Telugu name (the company's name or APEPDCL as printed; never its
  Consumer Name), the company under Excitel's bar (never the app), Sun Direct on top of its mail, after "for"
  on IndianOil ONE (Indane; never IndianOil ONE, *settled* heldout300's "for Bharat Gas"), Equitas FASTag on
  top (the tag's bank, *settled* heldout295), GVMC on top of its water receipt, YOU Broadband on top;
  *settled* (new here) a biller's SMS of a payment received pays the biller signing it (APEPDCL after "Thank
  you -"), because the biller reports money it has received, as its receipt pays the one on top. An SMS, mail
  or notification's payee as the bank sends it (*settled*, the truncated name as printed, without the
  sentence's full stop or its semicolon, read across its lines where it wraps): Karnataka Bank's "NEFT to
  <PAYEE>;", RBL Bank's "to <PAYEE> via UPI", DCB Bank's and Bandhan Bank's "to <PAYEE> from", CSB Bank's
  "IMPS to <PAYEE> (IMPS Ref", the Telugu SMS' "<PAYEE> కు" (to <PAYEE>, *settled* heldout294), Jana's "NEFT
  to <PAYEE>. UTR", VCBL's "NEFT to <PAYEE>. Avl Bal".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), RBL MoBank's sum set
  large with its paise raised (the paise the sum's, 37,523.41), the sum on WhatsApp's card. *settled*
  (heldout152 to heldout300): a payer's advice counts its net sum, here Lepakshi's NET AMOUNT PAID (never a
  bill's GROSS or TDS), the Devasthanam's Rs. x/- (its words the same), SAP's Total Paid (INR) (never a Gross
  or WHT 194C), Deutsche Bank's Amount, the Rs. x in the forwarded message, GeM's Amount, Easebuzz Payouts'
  Amount, the planner's Rs. x/- (its Amount the same). *settled* (heldout155 to heldout300): an inward wire's
  foreign sum, here Singapore dollars (S$ or SGD, *settled* heldout256 and heldout260), euros the Dutch way (€
  6.750,00 or EUR 6.750,00 is 6750.00, *settled* heldout273), Canadian dollars (C$ or $ ... CAD, *settled*
  heldout266 and heldout293), euros the French way (7 330,00 € or 7 330,00 EUR is 7330.00, *settled*
  heldout287), won whole (KRW 12,998,000 or ₩12,998,000 is 12998000, *settled* heldout248), ringgit (RM or
  MYR, *settled* heldout216), Hong Kong dollars (HK$ or HKD, *settled* heldout261), US dollars ($ or USD);
  never Charges, Kosten or Frais. *settled* (heldout175 to heldout300): a receipt counts the sum received,
  here the tax invoice's Grand Total (never IGST 5% or a line's Amount), the receipt book's Rs. written on
  both halves, Bikayi's Total paid (never Subtotal or Shipping), the cash memo's Total written in (never a
  line's Rs.), NTT DATA's Amount, the receipt's Amount received (its words the same), the Rs. x/- written on
  the certificate; *settled* (new here) PayPal's Amount in US dollars ($409.77 USD is 409.77 USD), because the
  buyer abroad pays the web shop in dollars and PayPal converts them to rupees only when it settles with the
  shop. A whole sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to
  heldout300): a supplier's paper counts the sum paid, here the metal dealer's Total (never CGST 9%, SGST 9%
  or a line's Amount), the Telugu hand's మొత్తం రూ. (total Rs.) (never the bags' sum or the కూలి (hamali)
  alone), Navata's Total (never Freight or Hamali), Bizongo's Order total, myBillBook's Received Amount (its
  Total Amount the same; never Taxable or a tax), Tata nexarc's Amount, the crucible maker's ringed Total
  (never IGST 18%), the blacksmith's Total written in (never a line's Rs. or a Rate). A banking page's sum,
  the cash deposit machine's TOTAL AMT (never a note's row, *settled* heldout271). *settled* (heldout167 to
  heldout300): a pay slip's net sum, here the tally's Total wage (never a line's piece wage or the pieces'
  counts), the Telugu hand's మొత్తం రూ. (total Rs.) (never the day's wage), Paybooks' Net Salary (its words
  the same; never Gross, an earning or a deduction), the apps' sums, the cash voucher's Rs. in its box (its
  Rupees in words the same), the acknowledgement's Rs. x/-. A fee page's Amount, the Rs. in the Panchayat
  receipt's box, Fee, the eChallan's sum large. An insurer's premium with its GST where it carries one
  (*settled*), here National Insurance's Total Premium (never Net Premium, CGST 9% or SGST 9%), Reliance
  General's Total Premium (never Premium, GST 18% or the Sum Insured), Digit's Premium (incl. GST), ECGC's
  Total Premium (never Premium or GST 18%), Chola MS' Total Amount (never Premium or GST 18%), Star Health's
  sum set large, the Rs. x in Shriram Life's sentence (its Premium Received the same), Aditya Birla Health's
  sum. A slip's Sale Amount, TOTAL (its BASE AMT the same), AMOUNT, AMT, IndiGo's Total paid (never its Base
  fare or Taxes and fees), the Amex app's sum large, the INR x in RBL Bank's SMS (never the Avl limit). A
  utility's Amount Paid, the sums large, Sun Direct's Recharge Amount, IndianOil ONE's Amount, Equitas
  FASTag's Recharge Amount, GVMC's and YOU Broadband's Amount, the Rs.x in APEPDCL's SMS. An alert's sum
  debited or sent as worded (grouped the Indian or the English way or not at all), never an Avl Bal or an
  Available balance. Currency INR but on the wires and PayPal's page.

* status: as printed. CRED's payment successful, Fi's Payment successful, RBL MoBank's Transaction Successful,
  WhatsApp's card's "Paid" (*settled* heldout275), Bajaj Pay's Payment Successful, Paytm for Business' "<sum>
  received" successes; Jiffy's Payment pending pending; Samsung Wallet's PAYMENT FAILED failed. A payer's own
  record of the payment made (*settled*, as heldout287's, heldout295's and heldout299's): SAP's payment advice
  with its sentence "We have made the payment below"; Lepakshi's "THE BILLS BELOW HAVE BEEN PASSED AND PAID",
  the Devasthanam's "has been paid today", Deutsche Bank's Processed, the forwarded "Payment released"
  (*settled*, as heldout299's letter's "released"), the planner's "we have transferred" successes; GeM's
  Payment under process (*settled* heldout271's PFMS pending) pending; Easebuzz Payouts' Payout Failed failed.
  A wire's Transaction completed, Uitgevoerd / Executed, VIREMENT INTERNATIONAL ÉMIS / INTERNATIONAL TRANSFER
  SENT, Remittance completed, Transfer Successful, Transfer completed successes; Bank of America's In process
  with its stages pending; Scotiabank's Returned failed (as heldout300's Wells Fargo's returned wire). A
  receipt's "Payment received by IMPS" with its IMPS Ref. No., the receipt book's "Received with thanks from",
  Bikayi's "Your payment was successful", the cash memo's "Cash - with thanks", the receipt's "Received with
  thanks", the certificate's "paid by UPI" successes; NTT DATA's Transaction Pending pending; PayPal's "Your
  card was declined" failed. A supplier's "RTGS RECD" (or NEFT) typed under its invoice, the Telugu hand's
  "నగదు అందినది" (cash received) (*settled* heldout294's "నగదు ముట్టింది"), Navata's "Paid by UPI" (its PAID
  box ticked the same), myBillBook's Received Amount with its UPI Ref, "Pd. by IMPS" written on the crucible
  maker's invoice, "Paid - UPI Ref" written on the blacksmith's bill successes; Tata nexarc's Payment
  verification pending pending; Bizongo's Payment failed failed. A banking page's Transaction Successful, IMPS
  Transfer Successful, Paid, KVB's Success, Jana's Money sent, the cash deposit machine's STATUS SUCCESSFUL
  (*settled* heldout271) successes; ESAF Mobile's NEFT in process pending; DCB Bank's Transaction Failed
  failed. A pay slip's "Paid by UPI, Ref ...", the Telugu hand's "నగదు ముట్టినది" (cash received) (*settled*
  heldout294), Paybooks' "Paid by NEFT", Equitas' Money sent, the cash voucher with Cash ticked (a payer's own
  record of cash paid, *settled* heldout298), the acknowledgement's "received Rs." successes; FinoPay's
  Payment pending pending; Suryoday's PAYMENT FAILED failed. A fee page's Status Success, the Panchayat's "in
  cash", the eChallan's Payment Successful, GVMC's Status Paid, the Fire Services' "Payment status: Paid"
  successes; the DGFT's Payment pending at bank pending; the Pollution Control Board's Payment Failed failed.
  An insurer's PREMIUM RECEIPT cum TAX INVOICE, Star Health's Payment successful, Shriram Life's "We
  acknowledge the receipt", Reliance General's "Your payment was successful", Chola MS' "Received with thanks"
  successes; *settled* (new here) ECGC's Status Realised a success, because a premium is realised once its
  remittance has reached the insurer's account; Aditya Birla Health's Payment under process pending; Digit's
  Payment failed failed. A slip's APPROVED, TXN APPROVED, IndiGo's Payment successful, the Amex app's
  Approved, RBL Bank's "spent on your ... credit card" (*settled* heldout300's SBI Card SMS) successes;
  Mosambee's TXN STATUS: PENDING with AWAITING RESPONSE FROM ACQUIRER and DO NOT RE-ATTEMPT pending (*settled*
  heldout282's TXN STATUS UNKNOWN and heldout300's TXN STATUS: PENDING); Equitas' DECLINED (51 INSUFFICIENT
  FUNDS) failed. A utility's Status SUCCESS, Payment successful, "Your recharge ... has been successful",
  GVMC's Payment received, "Thank you! Your payment is received", APEPDCL's SMS' "received" successes; Equitas
  FASTag's Recharge pending pending; IndianOil ONE's Payment failed failed. *settled*: an SMS, mail or
  notification alert's debit a success whatever its bank's wording (Karnataka Bank's "is debited for", RBL
  Bank's and Jana's "debited from", CSB Bank's "has been debited", VCBL's "debited", the Telugu SMS'
  "పంపబడింది" (was sent)); DCB Bank's "is pending with the beneficiary bank" pending (as heldout299's PNB's
  "is pending at the beneficiary bank"); Bandhan Bank's "has FAILED ... will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: CRED's date (its month in lower case, 13 jan 2026), Fi's
  Date, Samsung Wallet's Date, RBL MoBank's Date & Time, Bajaj Pay's Date & time, Jiffy's Initiated on, the
  day on the WhatsApp chat's divider over the payment card (*settled* heldout275); Paytm for Business' "Today"
  divider prints no day (*settled*). Lepakshi's DATE, the Devasthanam's Dt. (its "today" the same), SAP's
  Payment Date (never a Doc. Date), Deutsche Bank's Value Date, GeM's Initiated on, Easebuzz's Requested at,
  the day in the planner's sentence (its Date the same); the forwarded message under its "Today" divider
  prints no day (*settled* heldout286 and heldout289, never a message's hour). A wire's Value date (dd Month
  yyyy), Datum / Date (dd-mm-yyyy), Date sent and Send date month first in words (October 5, 2026, *settled*
  heldout288 and heldout292), Date d'opération / Operation date (dd/mm/yyyy), MAE's Date; *settled* (new here)
  KB Kookmin Bank's Remittance date year first with dots (2026.07.09), because a Korean bank prints its days
  year first as MUFG's and SMBC's year first with slashes (*settled* heldout272 and heldout291); Hang Seng's
  "Today <hour> HKT" prints no day (*settled*). A receipt's Invoice Date on the tax invoice (its payment card
  prints no day), the Date written on both halves of the receipt book, Bikayi's Order date, the cash memo's
  Date written in, NTT DATA's Txn Date, PayPal's Date, the "dated <day>" in the receipt's sentence; the
  certificate prints no day. A supplier's "DT <dd/mm/yy>" typed under the metal dealer's invoice (never its
  Date), the తేదీ (date) in the Telugu hand, Navata's Date, Bizongo's Attempted on, myBillBook's Payment Date
  (never its Invoice Date), the "on <day>" written on the crucible maker's invoice (never its Date), the
  blacksmith's Date written in; Tata nexarc's "Today, <hour>" prints no day. A banking page's Transaction Date
  & Time, Date & Time, Initiated on, Value Date, Date, the "on <day>" on Jana's card, the cash deposit
  machine's DATE; mBandhan's "Today, <hour>" prints no day. A pay slip's Paid on written on the tally
  (*settled*, as heldout300's muster card's, never its Week ending or the days in its columns), the తేదీ
  (date) in the Telugu hand, the "on <day>" in Paybooks' "Paid by NEFT" (never the payslip's month),
  Suryoday's Attempted on, FinoPay's Started, the cash voucher's and the acknowledgement's Date written in;
  Equitas' "Today, <hour>" prints no day. A fee page's Payment Date, the Date written in the Panchayat's
  receipt (never its house tax's year), the Attempted on, Initiated on, GVMC's Receipt Date, the Fire
  Services' Paid on; the eChallan app's "Today, <hour>" prints no day. An insurer's Receipt Date, the day in
  Shriram Life's sentence (never its Next Due Date), Reliance General's Payment Date, Digit's Attempted on,
  ECGC's Payment Date (never its Declaration month), Aditya Birla Health's Initiated on, Chola MS' Receipt
  Date; Star Health's "Today, <hour>" prints no day. A slip's Txn Date, DATE (dd/mm/yy, 02-DEC-26 its month in
  letters), IndiGo's Paid on (never its Date of journey), the "on <dd-mm-yyyy>" in RBL Bank's SMS; the Amex
  app's "Today, <hour>" prints no day. A utility's Payment Date (never a Bill Month), Recharge Date, Attempted
  on, Initiated on, Paid on (never GVMC's Period), the "on <dd-mm-yyyy>" in APEPDCL's SMS; Excitel's "Today,
  <hour>" prints no day. The alerts' "on <dd-mm-yyyy>", "on <dd/mm/yy>", "dated <dd-Mon-yy>", "on
  <dd-Mon-yyyy>", "on <dd/mm/yyyy>", the Telugu SMS' "<dd-mm-yyyy> న" (on <day>, in Latin figures as the bank
  sends them, *settled* heldout294), VCBL's "on <dd-mm-yyyy>"; the lock screen's "now" prints no day
  (*settled* heldout279, heldout287 and heldout300). All numeric days here are day first (heldout251,
  heldout259) but KB Kookmin Bank's year first. *settled*: never a Period, a Bill Month, a Week ending, a
  payslip's month, a Declaration month, a licence or a tax's year, a Date of journey, a Next Due Date, an
  invoice's, a bill's or a document's day, an e-mail's or a message's hour, the day inside a UTR (heldout210)
  or inside an app's, a portal's, a bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Lepakshi's NEFT or RTGS, the Devasthanam's NEFT or
  RTGS, SAP's N - NEFT or RTGS, Deutsche Bank's RTGS, the forwarded message's NEFT, GeM's PFMS e-payment
  (*settled* heldout271), Easebuzz's IMPS, the planner's IMPS; the tax invoice's IMPS, NTT DATA's Net Banking,
  the receipt's RTGS or NEFT; the metal dealer's RTGS or NEFT, Tata nexarc's NEFT, the crucible maker's IMPS;
  the banking pages but mBandhan's UPI and the cash deposit machine; Paybooks' NEFT; the Commercial Taxes
  Department's, the Single Desk Portal's, the Pollution Control Board's, the DGFT's and the Fire Services' Net
  Banking; National Insurance's NEFT, Shriram Life's net banking, ECGC's NEFT or RTGS, Aditya Birla Health's
  Net Banking; APEPDCL's and YOU Broadband's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer
  either way (*settled*: OCBC's SHA - shared, ABN AMRO's Gedeeld (SHA), Scotiabank's Shared charges, BNP
  Paribas' SHA (partagés), KB Kookmin Bank's SHA (shared), MAE's Foreign TT (SHA), Hang Seng's Telegraphic,
  Bank of America's International (SHA)). UPI for the UPI screens, WhatsApp's card and Paytm for Business' UPI
  Ref. No.; the receipt book's UPI, Bikayi's UPI, the certificate's UPI; Navata's, myBillBook's and the
  blacksmith's UPI; mBandhan's UPI; the tally's UPI, Suryoday, FinoPay, Equitas and the acknowledgement's UPI;
  the eChallan's and GVMC's UPI; Star Health's and Chola MS' UPI; Excitel's, Equitas FASTag's, GVMC's water
  and APEPDCL's SMS' UPI; the UPI alerts. Card for PayPal's Visa, Bizongo's Credit card, Reliance General's
  Credit Card, Digit's Debit card, the slips, IndiGo's card, the Amex app, RBL Bank's SMS, Sun Direct's Debit
  Card and IndianOil ONE's Credit card. Cash for the Mela cash memo's "Cash", the Telugu hands' నగదు (cash)
  (*settled* heldout274 and heldout294), the cash deposit machine's deposit into the payee's account
  (*settled* heldout271), the cash voucher's Cash ticked, the Panchayat's "in cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout300): a UPI
  reference / UTR / RRN / IMPS reference (CRED's UPI transaction ID, Fi's UPI reference, Samsung Wallet's UPI
  Ref. No., RBL MoBank's UPI Ref No, Bajaj Pay's UPI Ref. No., Jiffy's UPI Ref No, Paytm for Business' UPI
  Ref. No.; Lepakshi's UTR NO, the Devasthanam's UTR No., SAP's Bank Ref. (the UTR), Deutsche Bank's UTR, the
  forwarded message's UTR:; the tax invoice's IMPS Ref. No., the receipt book's UPI Ref, the receipt's UTR
  No., the certificate's UPI Ref; the metal dealer's UTR, Navata's UPI Ref, myBillBook's UPI Ref, the crucible
  maker's IMPS Ref, the blacksmith's UPI Ref, Tata nexarc's UTR submitted; the banking pages' UTR No., IMPS
  Ref No, UPI Ref No., UTR, UTR Number; the tally's Ref, Paybooks' UTR, the apps' UPI Ref No., the
  acknowledgement's UPI Ref; National Insurance's UTR, ECGC's UTR, Chola MS' UPI Ref; a slip's RRN; the
  alerts' UTR, UPI Ref no, Ref, IMPS Ref No., రెఫ్ నం. (ref no.)), then a bank reference (OCBC's Transaction
  reference, ABN AMRO's Kenmerk / Reference, Scotiabank's Reference number, BNP Paribas' Référence /
  Reference, KB Kookmin Bank's Remittance No., Hang Seng's Reference No., Bank of America's Reference,
  Deutsche Bank's Bank Reference (under its UTR), The Visakhapatnam Co-operative Bank's Transaction Ref. No.
  and KVB's Transaction ID (under their UTRs), the Commercial Taxes Department's Bank Ref. No. (above its CFMS
  Challan No., as heldout300's HIMKOSH), the Single Desk Portal's Bank Reference No., the Fire Services' Bank
  Ref. No., APEPDCL's Bank Ref No (above its Transaction ID)), then a transaction / payment id (CRED's
  transaction ID, Samsung Wallet's Txn ID, Bajaj Pay's Transaction ID, Easebuzz's Payout ID, Bikayi's Payment
  ID, NTT DATA's Txn ID, the cash deposit machine's TXN NO (*settled* heldout271), a CFMS Challan No.
  (*settled*, a treasury's challan as its GRN), the Single Desk Portal's, the Pollution Control Board's, the
  DGFT's, the eChallan's and GVMC's Transaction ID, Star Health's, Reliance General's and Aditya Birla
  Health's Transaction ID, Digit's Payment ID, Ezetap's Txn ID (under its RRN), IndiGo's Transaction ID, the
  Amex app's Reference, Excitel's, Sun Direct's, APEPDCL's and GVMC's Transaction ID, Equitas FASTag's
  Transaction Ref., YOU Broadband's Payment ID), then an approval code (Auth Code, APPR, AUTH), then an
  order's number (GeM's Contract No. (*settled* heldout271), NTT DATA's Merchant Txn ID, PayPal's Invoice ID,
  Bizongo's and Tata nexarc's Order ID, Bikayi's Order ID, IndiGo's PNR (*settled* heldout126), IndianOil
  ONE's Booking No. (*settled* heldout280's Booking No.)), then a document's own number (Lepakshi's ADVICE NO,
  SAP's Payment Doc. and Deutsche Bank's Payment Reference (a payer's own number for its payment, *settled*
  heldout281, heldout295 and heldout299), Easebuzz's Unique Request No. (the payer's own number for its
  payout, *settled* heldout295), the tax invoice's Invoice No., the receipt book's No., the receipt's Receipt
  No., the metal dealer's, myBillBook's and the crucible maker's Invoice No., the blacksmith's Bill No., the
  tally's Card No., the cash voucher's Voucher No. (*settled* heldout298), GVMC's Receipt No., National
  Insurance's and Chola MS' Receipt No., a slip's Invoice#, ROC, INVOICE NO and INV, APEPDCL's, GVMC's and YOU
  Broadband's Receipt No.; *settled* (new here) the eChallan's Challan No., because the police number the
  challan when they issue it, before it is paid, as heldout300's TRRN numbers a return's challan). *settled*:
  never a card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an IEC, a Udyam
  number, a PTIN, a Supplier Code, a Vendor number, a Company Code, a Policy No. or Policy Number, a Quote
  No., a Certificate No., an Application No., Application ID or Application Ref. No., a Licence No., a Service
  No., a Connection No., a Customer ID, an Account No. (YOU Broadband's), a Smart Card No., a Tag ID, a
  Vehicle No., a Door No., a Card No.'s MID / TID / BATCH, a CDM ID, a No. left blank, an L.R. No. (*settled*
  heldout271), a letter's Rc. No., a bill or an invoice named on an advice, a receipt or in a payer's sentence
  (Lepakshi's, SAP's, the Devasthanam's, the forwarded message's, GeM's Bill No. and the receipt's bills)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout302_families import (
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

SPLIT = "heldout302"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout299's and heldout300's: the screens in
# DejaVu Sans, Noto Sans Display, Liberation Sans (liberation2), Noto Sans and DejaVu Sans Condensed; the
# pages in Noto Serif, DejaVu Serif Condensed, Liberation Serif (liberation), Noto Serif Display, FreeSans
# and DejaVu Sans Condensed; the firm's, its suppliers' and its people's papers in FreeSerif, DejaVu Serif,
# Liberation Serif (liberation2), Noto Sans and Liberation Sans Narrow; the slips in four monos in another
# order; beside them Noto Sans and Noto Serif Telugu (heldout294's) for the Telugu lines, numbered fields,
# hand and SMS, a pen's italic or oblique (``heldout302_families.PENS``) and a page's own fixed-width face
# (``heldout302_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout302_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout302 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

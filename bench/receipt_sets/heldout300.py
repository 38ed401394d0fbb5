"""heldout300: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kinnaur shawl and cap weavers' society's year of 2026 in Reckong Peo, Himachal
Pradesh (Kinnaur Kailash Weavers Co-operative Society Ltd., किन्नौर कैलाश बुनकर सहकारी सभा सीमित, Regd. No.
KNR/CS/112, GSTIN 02AABAK7392R1ZQ, its secretary Rajinder Singh Negi and its president Smt. Sunita Negi, with
Vikas Negi, who takes the export orders and keeps the web shop, and Anjana Kumari, who keeps its accounts: its
member weavers, Kamla Devi, Sushma Negi, Dolma Negi, Prem Lata Negi, Rinchen Dolma, Hira Mani, Santosh Kumari
and Dev Raj Negi among them, weave on the pit looms (khaddis) of its shed at Village Kothi, Kothi Khaddi Ghar,
and at home the Kinnauri shawl, its border of stepped motifs woven pick by pick in bright wool on a white or
grey ground, the dohru (the women's wrap), the pattu, stoles, mufflers, the gachi (the waist band) and pattu
jackets, and its cap section stitches the Kinnauri cap, its grey crown turned up in a band of green, maroon or
rust velvet; the fleece of Pooh's shepherds and raw wool bought at Rampur, mill yarn from Ludhiana and velvet
from Chandni Chowk; its emporium in Main Bazar, Reckong Peo, Kailash Emporium, whose trade peaks in the apple
season, when Kinnaur's orchards are picked and its families order wedding shawls and caps, some of them paid
through the growers' commission agents at Azadpur; stall 17 in the woollen market of the International Lavi
Fair at Rampur Bushahr in November; the web shop kinnaurkailash.in; the H.P. State Handicrafts & Handloom
Corporation's Himachal Emporium, a Chandigarh boutique, a Mumbai home store, a Gurugram hotel company, a
Manali resort, a Sangla gompa and a Bengaluru gifting firm at home, and galleries, shops and studios in Tokyo,
Vienna, Copenhagen, Stockholm, Geneva, Melbourne, Portland and Edinburgh abroad), told by the proofs of
payment it receives (buyers' Google Pay, YONO SBI, MobiKwik, super.money, Kotak811, Jupiter and Tata Neu
screens and PhonePe Business on the emporium's phone; the Corporation's remittance advice under its Hindi
name, an Azadpur commission agent's payment advice in the apple season, a Chandigarh boutique's Vyapar Payment
Out, a Mumbai home store's Business Central remittance advice, IDFC FIRST Bank's CONNECT with a Gurugram hotel
company's RTGS in process, a Manali resort's Microsoft Teams message, a Sangla gompa's letter under its
Tibetan name and PayU Payouts' failed payout for a Bengaluru gifting firm; MUFG Bank, Erste Bank's George,
Jyske Bank, Swedbank, UBS, ANZ, Wells Fargo and HSBC UK for buyers in Tokyo, Vienna, Copenhagen, Stockholm,
Geneva, Melbourne, Portland and Edinburgh in yen, euros, Danish kroner, Swedish kronor, Swiss francs,
Australian dollars, US dollars and pounds; the emporium's tax invoice, its apple season order book, the Lavi
fair stall's cash bill, the web shop's Dukaan mail, PhonePe Payment Gateway's failed page, CCAvenue's pending
page, the society's money receipt and the emporium's visiting card written on) and those it makes (a Chandni
Chowk velvet dealer's estimate, a Ludhiana woollen mill's tax invoice, Moglix's failed checkout, HRTC's
luggage ticket, OfBusiness' order under verification, Blue Dart's shipper's receipt, a Shimla packaging
maker's tax invoice and a Panipat handloom store's bill; YONO Business, HPSCB mBanking, PSB UnIC, Kotak Mobile
Banking, BOI Mobile Omni Neo, J&K Bank's mPay Delight+, IDBI Bank's GO Mobile+ and the Kangra Central
Co-operative Bank's NEFT / RTGS request for the mill, the handloom store, a Rampur wool trader, a Pooh
shepherd, the packaging maker, the velvet dealer, the transporter and the Lavi stall's tent house; a weaving
account on a pattu, a cap stitcher's muster card, greytHR's payslip, Groww, PayZapp, Cent Mobile, DakPay and
an advance in a Hindi hand in the weavers' exercise book; HIMKOSH's e-challan, Gram Panchayat Kothi's receipt,
the GST portal's PMT-06, Bharatkosh's e-receipt, EPFO's challan, VAHAN's road tax, the Lavi Mela Committee's
stall receipt and the Labour Department's e-receipt; United India's, Tata AIG's, HDFC ERGO's, SBI General's,
Care Health's, IFFCO-TOKIO's, Kotak Life's and HDFC Life's premiums; cards on the emporium's Pine Labs
terminal and the Lavi stall's BharatPe machine and the society's cards at a Shimla hotel, for an Alliance Air
flight, at the Ludhiana mill, on Scapia's app at an HPTDC hotel, at a Reckong Peo pharmacy and in SBI Card's
SMS of a Shimla restaurant; HPSEBL, Vi, Tata Play, Jal Shakti Vibhag, HelloBPCL, Freecharge's Airtel Xstream
Fiber, ICICI Bank FASTag and RailWire; the banks' SMS, IDFC FIRST Bank's mail, Himachal Pradesh Gramin Bank's
SMS in Hindi and Punjab & Sind Bank's SMS on a notification shade). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout298's or heldout299's; where a kind of paper is one they also drew (a business's own app, a state
crafts corporation's advice, an accounting program's record of a payment, a corporate bank's transfer in
process, a chat's message, a letter, a payout, a shop's tax invoice, a festival stall's bill, a web shop's
order mail, a gateway's failed or pending page, a business's own note of a payment, a supplier's bill with its
payment noted on it, a marketplace's failed or pending order, a courier's or a carrier's paper, a bank's
printed form, a weaving or piece work account, a payslip, a worker's paper in a regional hand, a treasury's
challan, a receipt book, a festival committee's stall fee, a premium receipt, a card slip pending at its host,
a card issuer's app, a FASTag's recharge, a bill paid in cash on a printed form, a bank's SMS in the region's
language, a mail, a phone's notification), it is drawn here for another issuer in this set's own labels and
marks, and near ones are noted: PhonePe Business on the emporium's phone, where heldout299 drew HDFC Bank's
SmartHub Vyapar and heldout298 BharatPe for Business; the H.P. State Handicrafts & Handloom Corporation's
REMITTANCE ADVICE, where heldout299 drew Manjusha's payment advice and heldout298 NEHHDC's; Vyapar's Payment
Out and Business Central's Remittance Advice, where heldout299 drew Odoo's Payment Receipt and Zoho Books'
Payments Made and heldout298 Zoho Books' and QuickBooks'; IDFC FIRST Bank CONNECT's RTGS in process, where
heldout299 drew bob World Business' NEFT returned and heldout298 PNB's RTGS failed; Microsoft Teams' channel,
where both drew Slack's; the gompa's letter, where heldout299 drew a museum shop's typed letter and heldout298
an accountant's mail; PayU Payouts' failed payout, where heldout299 drew Cashfree Payouts' transfer pending
and heldout298 RazorpayX's payout processing; the emporium's tax invoice under the Kinnauri cap, where
heldout299 drew Pati Bitan's under a sitalpati emblem and heldout298 Kauna House's made in Swipe; the Lavi
fair stall's cash bill on a thermal roll, where both drew a festival stall's carbon cash memo; Dukaan's order
mail, where heldout299 drew WooCommerce's and heldout298 Shopify's; PhonePe Payment Gateway's failed page and
CCAvenue's pending page, where heldout299 drew Paytm Payment Gateway's failed page and Razorpay's pending and
heldout298 Cashfree's failed page and Paytm Payment Gateway's pending; the society's MONEY RECEIPT under its
round stamp, where heldout299 drew a TallyPrime receipt voucher and heldout298 a receipt book; the visiting
card written on, where heldout299 drew a thank-you card and heldout298 an e-bill SMS; the velvet dealer's
ESTIMATE under a highlighter's stroke, where heldout298 drew a phi weaver's letter-pad bill; the woollen
mill's TAX INVOICE with its payment printed under it, where heldout299 drew a press's invoice under a pale
PAID and heldout298 a carton maker's on a clipboard; Moglix's failed checkout and OfBusiness' order under
verification, where heldout299 drew Industrybuying's and udaan's and heldout298 udaan's and Amazon Business';
HRTC's luggage ticket and Blue Dart's shipper's receipt, where heldout299 drew DTDC's consignment note and
heldout298 Delhivery's app and a transporter's consignment note; the packaging maker's invoice with its round
PAYMENT RECEIVED stamp, where heldout298 drew a carton maker's oval one; the Panipat store's bill with its
total corrected by hand, where heldout299 drew a dye dealer's credit memo; the Kangra Central Co-operative
Bank's NEFT / RTGS request with its counterfoil, where heldout299 drew Uttarbanga Kshetriya Gramin Bank's
branch acknowledgement and heldout298 Manipur Rural Bank's application; the weaving account photographed on a
pattu, where heldout299 drew a mat weaving account on a sitalpati and heldout298 a job card on a kauna mat;
the cap stitcher's muster card, where heldout298 drew a cash voucher; greytHR's payslip, where both drew Zoho
Payroll's; the advance in a Hindi hand, where heldout299 drew a weaver's receipt in a Bengali hand; HIMKOSH's
e-challan, where heldout299 drew GRIPS' acknowledgement; Gram Panchayat Kothi's receipt, where heldout299 drew
Ghughumari Gram Panchayat's receipt book; the Lavi Mela Committee's stall receipt, where heldout299 drew the
Rash Mela Committee's token and heldout298 the Department of Tourism's receipt book; VAHAN's pending road tax,
where heldout298 drew the Forest Department's pending transit pass; EPFO's failed challan, where both drew
ESIC's challan; United India's premium receipt with Hindi labels, where heldout299 drew The New India's
receipt and heldout298 the Oriental's; BharatPe's swipe machine with the bank's answer awaited, where
heldout299 drew State Bank of India's slip with its status unknown and heldout298 Bank of Baroda's with no
answer from its host (and heldout298 drew BharatPe for Business); Pine Labs' slip on Punjab National Bank's
terminal, where heldout298 drew Pine Labs' Plural payment link; Scapia's app, where both drew OneCard's; SBI
Card's SMS of a spend, where heldout299 drew HDFC Bank's mail of one; ICICI Bank FASTag's recharge, where
heldout299 drew Axis Bank FASTag's; Jal Shakti Vibhag's receipt from the pump operator's book, where
heldout299 drew a cable operator's receipt book and heldout298 the Municipal Corporation's; Himachal Pradesh
Gramin Bank's SMS in Hindi, where heldout299 drew Uttarbanga Kshetriya Gramin Bank's in Bengali; IDFC FIRST
Bank's mail, where heldout299 drew Bank of Baroda's and heldout298 Axis Bank's; Punjab & Sind Bank's SMS on a
notification shade, where heldout298 drew Federal Bank's notification on a lock screen. Some of this set's
issuers were drawn by sets before heldout298 (heldout215's HIMKOSH, Azadpur agents and HPSEBL for an apple
orchard near Kotkhai; heldout259's HPSEBL for a Kullu shawl house; heldout272's Tibetan lines; heldout278's
GST portal receipt; Google Pay, YONO SBI, MobiKwik, super.money, Kotak811, Jupiter, Tata Neu, PhonePe
Business, Vyapar, Business Central, IDFC FIRST Bank, Microsoft Teams, PayU Payouts, MUFG, George, Swedbank,
UBS, ANZ, Wells Fargo, HSBC UK, Dukaan, PhonePe Payment Gateway, CCAvenue, Moglix, Blue Dart, YONO Business,
PSB UnIC, Kotak Mobile Banking, BOI Mobile Omni Neo, mPay, GO Mobile+, greytHR, Groww, PayZapp, Bharatkosh,
EPFO, VAHAN, United India, Tata AIG, HDFC ERGO, SBI General, Care Health, IFFCO-TOKIO, HDFC Life, Pine Labs,
BharatPe, Worldline, SBI Card, Vi, Tata Play, Jal Shakti Vibhag, HelloBPCL, Freecharge, RailWire, J&K Bank and
Punjab & Sind Bank in heldout200 to heldout297), and are drawn here in this set's own labels and arrangements;
the families' docstrings list each one's labels). This set draws kinds of row and page heldout298 and
heldout299 do not: a Kinnauri shawl's woven border as a divider (teeth stepped in two bright wools along both
its edges and a row of stepped crosses between them, pick by pick on a white or grey ground); the Kinnauri cap
as a letterhead's emblem (its low grey crown stitched in rings, its velvet band turned up round it with the
velvet's sheen and a woven strip on its top edge); the society's Kinnaur Kailash roundel (the range with snow
on its peaks and the Shivling's pinnacle over a weaver's shuttle and its bobbin); a page photographed lying on
an apple box's lid in the apple season (pine planks with their grain and knots, the gaps between them, nails,
the page's shadow, the page askew); a page photographed lying on a pattu (a herringbone twill of grey wool, a
broad woven border along its edge); a visiting card's back lying on a wooden counter (its rounded corners, its
edge and shadow); Tibetan lines in Noto Serif Tibetan (heldout272's) for a gompa's name and its blessing;
labels with their Hindi over their English (heldout275's), a Hindi hand in a squared exercise book and a
bank's SMS in Hindi (heldout287's Devanagari rows and hand, here for Hindi, beside the Hindi names over their
English that heldout298 also draws); and beside them earlier sets' rows neither of them draws: heldout269's
round rubber stamp, heldout273's cutting line with its scissors and an accountant's check mark, heldout275's
app tabs, a letter's folds, a file's punched holes and a total crossed out and written again, heldout277's
paper clip, highlighter's stroke and a muster's days in boxes, heldout287's squared exercise book,
heldout289's notification shade with its quick settings; and heldout269's to heldout289's rows (tables ruled
on every side, striped tables, shaded labels, labels against a gutter, labels at the left and values at the
right, dot leaders, hairline rows, tinted outcome bands, capsules, tiles two to a row, values over their
labels, labels over their values two to a row, copyable fields, notice boxes, a payment's stages left to right
and across, large round marks, hourglass and tick tiles, scalloped badges, spinners, an avatar badge, a day
divider, hand-written fills and columns on a ruled page, a sum in a box, boxes filled in by hand, a barcode,
rectangular stamps, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Kailash Emporium or the society: Google Pay's Completed under the payee's
  initial in its round badge ("To <payee>", the sum, the day and hour; a card: the bank debited, then UPI
  transaction ID, To, From and Google transaction ID, each label small over its value); YONO SBI's
  "Transaction Successful" capsule ("<sum> paid to <payee>", "Today, <hour>"; UPI Ref. No., Debited From,
  Remarks against a gutter; no day); MobiKwik's Payment Successful under a large tick ("Paid to" over the
  payee, the sum; UPI Ref. ID and Paid on, From and Note two to a row, each label small over its value; a
  SuperCash card); super.money's payment processing in its dark theme (the sum, "to <payee>", its stages
  across the screen, a notice; each value over its label: UPI Ref No., Started on, Paying from); Kotak811's
  Money sent on its red bar (the sum, "to <payee>"; a copyable UPI Reference No.; Date & Time, Account and
  Message in shaded labels); Jupiter's Payment failed under a scalloped badge (the sum, "to <payee>", the
  reason in a notice; RRN, Jupiter Txn ID, Tried on, Bank in dot leaders); Tata Neu's Payment successful under
  a tile's tick (the payee, the sum; UPI Reference ID and Paid on, Paid using and NeuCoins in tiles); PhonePe
  Business on the emporium's phone (the emporium under the app, its tabs Today, Payments and Settlements, a
  card: Received, the sum, "from <buyer>", "UPI | <day>, <hour>"; no reference). All new here.

* ``buyer_advices``: Payers' advices of what they paid the society: the H.P. State Handicrafts & Handloom
  Corporation's REMITTANCE ADVICE for its Himachal Emporium under its Hindi name (Advice No. and Date, Party
  and Party Code two to a row; its sentence; Bill No. | Dated | Amount | TDS 194Q | Paid in a table ruled on
  every side with Net Remitted at its foot; "Remitted through NEFT vide UTR No. ..."); an Azadpur commission
  agent's PAYMENT ADVICE in the apple season, a letter with a file's punched holes and its folds (Ref. and
  Dated:, To, M/s the society, Sub: on account of a grower, "we have today remitted Rs. x/- ... by NEFT, UTR
  No. ..., out of the apple sale proceeds"); a Chandigarh boutique's Payment Out printed from Vyapar (Paid To;
  Receipt No. and Date; Description | Amount in a table ruled on every side; Payment Type, Ref No., the sum in
  words; Total Paid); a Mumbai home store's Remittance Advice mailed from Business Central (Document No.,
  Vendor No., Vendor Name, Payment Date, Payment Method, Payment Reference as label and value on a line;
  Vendor Invoice No. | Document Date | Amount | Pmt. Disc. | Amount Paid on hairline rows; Total (INR)); IDFC
  FIRST Bank's CONNECT with a Gurugram hotel company's RTGS in process (a capsule, its stages left to right, a
  notice; labels small over their values two to a row: Transaction Ref. No. and Payment Mode, Beneficiary and
  Account No., Amount and Value Date, UTR and Status); a Manali resort's accounts writing in Microsoft Teams
  under a "Today" divider ("NEFT done: Rs. x to <payee> against bill ...", "UTR ..."; no day); a Sangla
  gompa's letter under its Tibetan name (To, M/s the society; "We have today transferred Rs. x/- ... by NEFT";
  Date; a Tibetan blessing; no reference); PayU Payouts' payout failed for a Bengaluru gifting firm on a
  tinted band (the reason in a notice; Payout ID, Merchant Ref. ID, Beneficiary Name, Account No., Amount,
  Transfer Mode, Requested at in shaded labels). All new here.

* ``export_wires``: Galleries, shops and studios abroad paying the society for Kinnauri shawls, stoles, pattus
  and caps: MUFG Bank's Overseas Remittance - Result in yen (Transaction Date year first with slashes,
  Remitter, Beneficiary Name, Beneficiary Bank, SWIFT Code, Remittance Amount, Charges, Reference No., Status
  on hairline rows); Erste Bank's George with an Auslandsüberweisung / foreign transfer in euros the Austrian
  way executed under a large tick (each value over its label: Empfänger / Recipient, Betrag / Amount,
  Durchführungsdatum / Execution date, Auftragsreferenz / Order reference, Spesen / Charges); Jyske Bank's
  Udenlandsk betaling / Foreign payment in Danish kroner in process (a capsule, its stages across the page, a
  notice; Modtager / Payee, Beløb / Amount, Dato / Date, Reference in a table ruled on every side); Swedbank's
  shared card of an Utlandsbetalning genomförd / foreign payment done in kronor ("<sum> till / to <payee>",
  Datum / Date as an ISO day, Avgift / Fee; no reference); UBS' Ordre de paiement exécuté / Payment order
  executed in Swiss francs (Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution / Execution date,
  Référence / Reference, Frais / Charges in dot leaders); ANZ's app with an international money transfer sent
  in Australian dollars ("Today, <hour> AEDT"; the sum, "to <payee>"; Receipt number and Transfer type in
  tiles; no day); Wells Fargo's wire transfer returned in US dollars on a tinted band (the reason in a notice;
  Send date month first in words, Amount, Recipient, Recipient bank SWIFT/BIC, Confirmation number against a
  gutter); HSBC UK's International payment confirmation in pounds (Payee name, Payee bank, BIC, Amount,
  Payment date, Reference, Charges in a striped table). All new here.

* ``own_receipts``: The society's own papers, its emporium or itself on top: Kailash Emporium's TAX INVOICE
  under the Kinnauri cap, its Hindi name and a Kinnauri border, to a Delhi boutique (Invoice No. and Date on a
  line; Bill to, Place of Supply; Sl. | Item | HSN | Qty | Rate | Amount in a table ruled on every side with
  IGST 5% and its Grand Total; Amount in words; "Received by UPI, Ref ... with thanks" and an accountant's
  check mark); the emporium's ORDER BOOK page in the apple season, photographed lying on an apple box (Order
  No. typed; Date, Name, Village written in; the order written in ruled columns, Order value; Advance written
  in its box; "Recd. by GPay, Ref ..." in the hand); the Lavi fair stall's CASH BILL printed on a torn thermal
  roll from a billing app in the fair's days (Date and Time; the items, TOTAL, CASH and CHANGE; no reference);
  the web shop's order mail from Dukaan (Order #, Ordered on; Item | Qty | Price on hairline rows, Item total,
  Delivery, Grand total; Payment: UPI, Paid); PhonePe Payment Gateway's card payment failed for the web shop
  under a large cross (the reason in a notice; Merchant Order ID and PhonePe Transaction ID, Amount and
  Payment Method, Date & Time, each label small over its value two to a row); CCAvenue's transaction pending
  for the web shop under a spinner (a notice; Order No., CCAvenue Tracking ID, Bank Ref. No. awaited, Amount,
  Payment Mode, Date in a table ruled on every side); the society's MONEY RECEIPT under its Kinnaur Kailash
  roundel, its Hindi name and a Kinnauri border (Receipt No. beside Date; "Received with thanks from ... by
  NEFT, UTR No. ..."; the sum printed in a box; its round rubber stamp); the emporium's visiting card with the
  payment written on its back and photographed on the counter ("Recd. with thanks Rs. x/- by GPay", "UPI Ref
  ..."; no day). All new here.

* ``supplier_invoices``: The society's suppliers, each on top of its own paper: a Chandni Chowk velvet
  dealer's ESTIMATE for the caps' velvet (No. left blank; Date and M/s written in; the velvet by the metre
  written in ruled columns, Total, a highlighter's stroke over it; "Paid cash" in the hand; no reference); a
  Ludhiana woollen mill's TAX INVOICE held by a paper clip (Invoice No. beside its earlier Date; Buyer, E-Way
  Bill No.; the yarn in a table ruled on every side with IGST 5%, Total; "Payment received by NEFT, UTR ... on
  <day>"); Moglix's checkout with the card payment failed for the shed's scale and lights on a tinted band
  (the reason in a notice; Order ID, Sold by, Items, Order Total, Payment Method, Attempted on against a
  gutter); HRTC's LUGGAGE TICKET from the conductor's ticket machine on a torn roll for the shawl bales sent
  down to Shimla (TKT NO, DATE and TIME, FROM, TO, BUS NO, PKGS, WEIGHT, FARE, PAY MODE UPI, RRN in its
  fixed-width face); OfBusiness' order with the NEFT under verification ("Today, <hour>"; a capsule, a notice;
  Order ID, Sold by, Items, Amount, Payment, UTR submitted at the left and the right; no day); Blue Dart's
  SHIPPER'S RECEIPT for export samples (its waybill's bars and number; Date, Origin, Destination, Pieces /
  Weight, Product in dot leaders; Freight, Fuel surcharge, GST 18%, Total; "Paid by UPI, Ref ..."); a Shimla
  packaging maker's TAX INVOICE (Inv. No. beside its earlier Date; the boxes on hairline rows, CGST 9%, SGST
  9%, Total), "by NEFT, UTR ..." and "dt. <day>" in the hand over its round PAYMENT RECEIVED stamp; a Panipat
  handloom store's BILL (Bill No. printed; Date written in; reeds, shuttles and healds written in ruled
  columns; its Total Rs. crossed out and written again with the dealer's initials; "Paid by UPI, Ref ..." in
  the hand). All new here.

* ``vendor_transfers``: The society paying its suppliers from its banks: State Bank of India's YONO Business
  with a NEFT to the Ludhiana mill successful under a tile's tick (Reference No. (UTR), Beneficiary Name,
  Amount, Debit Account, Transaction Date, Remarks in a table ruled on every side); the H.P. State
  Co-operative Bank's HPSCB mBanking with an IMPS failed on a tinted band (the reason in a notice; each value
  over its label: Beneficiary, Amount, IMPS Ref. No., Date & Time, From A/c); Punjab & Sind Bank's PSB UnIC
  with an RTGS to the Rampur wool trader successful under a large tick (labels small over their values two to
  a row: UTR No. and Date, Beneficiary and Amount, Debit A/c and Purpose); Kotak Mobile Banking's UPI payment
  to a Pooh shepherd for his fleece ("Today, <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a
  copyable UPI Reference No.; From; no day); Bank of India's BOI Mobile Omni Neo with a NEFT in progress under
  a spinner (its stages across the screen, a notice; Beneficiary, Amount, UTR, Initiated on, Debit A/c in dot
  leaders); J&K Bank's mPay Delight+ with an IMPS successful under a scalloped badge (a striped table:
  Beneficiary, Amount, IMPS Ref No, Date, Account, Remarks); IDBI Bank's GO Mobile+ shared card of a NEFT to
  the transporter ("<sum> transferred to <payee>", "on <day>", via NEFT; no reference); the Kangra Central
  Co-operative Bank's NEFT / RTGS REQUEST with its customer's counterfoil over a cutting line (Date,
  Beneficiary, A/c No. in boxes, IFSC, Amount Rs. in a box written in; the branch's rectangular stamp; UTR
  written in by the branch). All new here.

* ``worker_pay``: The society paying its weavers, its cap stitchers and its emporium's salesman: a weaver's
  BUNAI HISAB (weaving account) card photographed lying on a pattu, under a Kinnauri border and its Hindi
  heading (Card No. printed; Weaver and Date written in; the pieces, their border, number and wage written in
  ruled columns, Total; "Paid by UPI, Ref ..." in the hand); a cap stitcher's MUSTER CARD (Muster No. printed;
  Name and Month written in; the fortnight's days in boxes, each ticked or marked A; Days worked, Rate per
  day, Total in dot leaders; Paid on written in; "Paid in cash" and her signature); greytHR's payslip for the
  emporium's salesman (Employee No. and Name, Designation and Department, Bank and A/c No., Days Paid and Pay
  Date two pairs to a row; Earnings | Amount | Deductions | Amount in a table ruled on every side; Net Pay
  under a double rule, in words; "Paid by NEFT, UTR ..."); Groww's UPI payment to a weaver pending under an
  hourglass tile (the sum, "to <payee>", a notice; UPI Ref. No. and Started in tiles; Paying from); HDFC
  Bank's PayZapp with a UPI payment to a weaver failed under a large cross (the reason in a notice; UPI Ref
  No, Attempted on, Bank in dot leaders); Central Bank of India's Cent Mobile with Money sent to a cap
  stitcher ("Today, <hour>"; the sum, "to <payee>"; a copyable UPI Ref. No.; From; no day); India Post
  Payments Bank's DakPay with a UPI payment to a spinner (a Successful capsule, the sum, "to <payee>"; UPI Txn
  Ref. and Date, From and Purpose, each label small over its value two to a row); an advance (peshgi) written
  in a Hindi hand in the weavers' squared exercise book ("पेशगी" (advance), "<weaver> को शॉल की बुनाई हेतु नकद
  रु. x/- दिए" (given to <weaver> in cash Rs. x/- for weaving shawls), दिनांक (date) and the day, "प्राप्त
  किए" (received) and her name signed in English; no reference). All new here.

* ``govt_fees``: The society's fees, taxes and dues, the authority paid as printed: HIMKOSH's e-challan for
  the co-operative audit fee under the state's Hindi name (each label's Hindi over its English: Department,
  Head of Account, Tenderer, GRN, Bank Reference No., Amount, Payment Date, Payment Mode, Status); Gram
  Panchayat Kothi's receipt for the khaddi shed's house tax under its Hindi name (No. left blank; Date,
  Received from, on account of written in; Rs. in a box; "in cash"; its rectangular stamp; no reference); the
  GST portal's Form GST PMT-06 Payment Receipt (CPIN, GSTIN, Name, Date of Deposit, Mode, Bank, BRN and CIN in
  shaded labels; CGST and SGST in a striped table, Total Amount; "Payment successful"); Bharatkosh's e-receipt
  for the India Handloom Brand registration fee (Receipt No., Transaction Ref. No., Bank Ref. No., Depositor,
  Ministry, Department, Purpose, Amount, Payment Date, Payment Mode against a gutter); EPFO's ECR challan
  payment failed on a tinted band (the reason in a notice; labels small over their values two to a row: TRRN
  and Wage Month, Total Amount and Bank, Transaction ID and Attempted on); VAHAN's road tax for the society's
  pickup pending (a capsule, a notice; Vehicle No., Application No., Transaction No., Amount, Payment Gateway,
  Transaction Date, Status in a table ruled on every side); the Lavi Mela Committee's STALL RENT RECEIPT under
  the fair's Hindi name (Receipt No. typed; Received from, Stall No., the sum and "by UPI, Ref ..." written
  in; its round stamp with the fair's year; no day); the Labour & Employment Department's e-receipt for the
  emporium's shop registration renewed (a striped table: Establishment, Service, Fee, Transaction ID, Bank
  Transaction No., Payment Date, Mode, Status). All new here.

* ``insurer_receipts``: The society's premiums, the insurer on top or under its app's bar: United India
  Insurance's PREMIUM RECEIPT for the khaddi shed's Bharat Sookshma Udyam Suraksha policy under its Hindi name
  (each label's Hindi over its English: Receipt No., Date, Insured, Policy No., Risk Location, Net Premium,
  CGST 9%, SGST 9%, Total Premium, Mode, UTR); Tata AIG's mail of the marine cargo certificate for an export
  consignment paid by card (its sentence; Policy No., Certificate No., Voyage, Subject matter, Sum Insured,
  Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment Date in a table ruled on every side); HDFC
  ERGO's app with a health renewal under process (the insurer under the app, a capsule, the sum, its stages
  across the screen, a notice; Policy No., Transaction ID, Initiated on, Pay mode at the left and the right);
  SBI General's card payment failed for the pickup's motor renewal under a scalloped badge (the reason in a
  notice; Quote No. and Premium (incl. GST), Payment ID and Attempted on in tiles; Card); Care Health's app
  with the secretary's family health premium paid ("Today, <hour>"; the insurer under the app, a large tick,
  the sum; a copyable Transaction Ref. No.; Paid via; no day); IFFCO-TOKIO's shop insurance Payment Receipt
  for the emporium (Receipt No., Proposal No., Product, Premium (incl. GST), Payment Mode, UPI Ref. No.,
  Receipt Date in dot leaders); Kotak Life's letter acknowledging a renewal premium, folded (Ref., To, Sub:,
  "We acknowledge with thanks the receipt of Rs. x on <day> ..."; no reference); HDFC Life's PREMIUM RECEIPT
  for the weavers' group term cover (its sentence; Receipt No., Policy No., Plan, Members, Premium Mode,
  Amount Received, Payment Mode, Transaction ID, Receipt Date in a striped table). All new here.

* ``card_slips``: Cards on the emporium's terminals and the society's cards elsewhere: Pine Labs' slip on
  Punjab National Bank's terminal at Kailash Emporium (TID and MID, DATE and TIME, BATCH and INV two to a
  line; SALE, CARD NO, EXP and the scheme, APPR CODE, RRN; BASE AMOUNT, TOTAL AMOUNT; APPROVED, PIN VERIFIED
  OK | SIGNATURE NOT REQUIRED, CUSTOMER COPY, POWERED BY PINE LABS); BharatPe's swipe machine at the Lavi fair
  stall in the fair's days with the bank's answer awaited (DATE, TIME, TID, INVOICE, CARD, AMOUNT; RESPONSE
  AWAITED FROM BANK, TXN STATUS: PENDING, PLEASE DO NOT RETRY); Worldline's slip on YES BANK's terminal at a
  Shimla hotel (Dt. and Tm. on a line, MERCHANT ID, TERMINAL ID, BATCH NO, BILL NO, CARD TYPE, CARD NO, ENTRY
  MODE, AUTH NO, RRN NO, AMOUNT INR; TXN APPROVED); Alliance Air's payment receipt for the manager's Shimla -
  Delhi flight paid by card (PNR, Flight, Passenger, Fare, Taxes and fees, Total charged, Card, Auth code,
  Payment Ref. No., Paid on at the left and the right); Kotak Mahindra Bank's slip at the Ludhiana mill's
  counter DECLINED (54 EXPIRED CARD); Scapia's card app with a spend at an HPTDC hotel ("Today, <hour>"; the
  merchant's line and its town, the sum, Approved; Card, Transaction ID, Category in tiles; no day); PhonePe
  Smart POS' print at a Reckong Peo pharmacy (CARD SALE, Date, Time, MID, TID, Txn ID, Card, RRN, Auth Code,
  Amount; Payment Successful); SBI Card's SMS of a spend at a Shimla restaurant ("Rs.x spent on your SBI
  Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. Trxn. not done by you? Report at ..."; no reference).
  All new here.

* ``utility_bills``: The khaddi shed's and the emporium's bills: HPSEBL's Online Payment Receipt for the shed
  under its Hindi name (Consumer ID, Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Bank
  Ref. No., Payment Date, Payment Mode, Status in shaded labels); the Vi app with the emporium's postpaid bill
  paid ("Today, <hour>"; the company under the app, a large tick, the sum; Vi number and Transaction ID in
  tiles; Paid via; no day); Tata Play's recharge mail (its sentence; Subscriber ID, Recharge Amount,
  Transaction ID, Recharge Date, Payment Mode, Account Balance in dot leaders); Jal Shakti Vibhag's water
  charges receipt from the pump operator's book under its Hindi name (No. left blank; Date, Name, Connection
  No., Period written in; Rs. in a box; "cash"; its rectangular stamp; no reference); HelloBPCL's commercial
  Bharat Gas refill with the card payment failed on a tinted band ("for Bharat Gas"; the reason in a notice;
  labels small over their values two to a row: Booking Ref. and Amount, Payment and Attempted on);
  Freecharge's Airtel Xstream Fiber bill payment pending (a capsule, the sum, its stages across the screen, a
  notice; each value over its label: Biller Name, Account ID, Transaction ID, Initiated on, Paid via); ICICI
  Bank FASTag's recharge successful for the society's pickup (Vehicle No., Tag ID, Recharge Amount,
  Transaction Reference No., Date, Mode in a table ruled on every side); RailWire's broadband payment receipt
  from its Reckong Peo partner (Username, Plan, Invoice No., Amount, Payment ID, Paid on, Mode on hairline
  rows). All new here.

* ``bank_alerts``: The banks' alerts of the society's payments: SMS in Kotak Mahindra Bank's ("Sent Rs.x from
  Kotak Bank AC X1234 to <PAYEE> on <dd-mm-yy>.UPI Ref <ref>. Not you, https://kotak.com/KBANKT/Fraud"), IDBI
  Bank's ("Your A/c XX1234 is debited with INR x on <dd/mm/yyyy> towards NEFT to <PAYEE>. UTR: ... Bal: INR y
  -IDBI Bank"), J&K Bank's ("RTGS of Rs.x to <PAYEE> from A/c XX1234 initiated on <dd-Mon-yyyy> is under
  process. UTR ... -J&K Bank"), Bank of India's ("IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd-mm-yyyy>
  FAILED. RRN ... Amount debited, if any, will be reversed. -BOI") and the Kangra Central Co-operative Bank's
  ("Dear Customer, Rs.x debited from your A/c XXXX1234 on <dd.mm.yy> by NEFT to <PAYEE>. UTR ... -KCCB")
  wordings; Himachal Pradesh Gramin Bank's SMS in Hindi in a card in the phone's messages thread under its day
  divider ("आपके खाते XX1234 से <dd-mm-yyyy> को UPI द्वारा <PAYEE> को रु. x भेजे गए। संदर्भ सं. ... -हि.प्र.
  ग्रामीण बैंक" (from your account XX1234 on <day> Rs. x were sent to <PAYEE> by UPI; reference no. ...));
  IDFC FIRST Bank's mail ("Your A/c XX1234 has been debited with INR x on <dd-Mon-yyyy> towards IMPS to
  <PAYEE>. Available balance: INR y."; no reference); Punjab & Sind Bank's SMS on a notification shade pulled
  down over the quick settings ("Rs.x debited from A/c XX1234 to <PAYEE> via NEFT. UTR ... -Punjab & Sind
  Bank"; "now"; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(heldout287's, regular and bold, fonts-noto-core) for the Hindi lines, labels, hand and SMS, an upright DejaVu
Sans for a Hindi hand's figures (heldout287's), Noto Serif Tibetan (heldout272's, fonts-noto-core) for the
gompa's name and blessing, an italic or oblique for the hand (``heldout300_families.PENS``) and a fixed-width
face of the page's own (``heldout300_families.TYPES``). The Lavi fair stall's cash bill and its card slip are
drawn in the fair's days (11 to 14 November 2026) and the Lavi Mela Committee's stall receipt in the weeks
before them; the emporium's apple season order book page and the Azadpur agent's advice between 20 August and
24 October 2026; the other days anywhere in 2026. GST is 5% on the emporium's caps, mufflers, stoles and
gachis to a Delhi boutique (IGST 5%) and on the Ludhiana yarn (IGST 5%), 18% on the courier's freight and
surcharge, on the packaging maker's boxes (CGST 9% and SGST 9%), on the shed's fire policy (CGST 9% and SGST
9%) and on the export consignment's marine cover; the health, life and group term premiums carry none shown.

Truth conventions (heldout299's, heldout298's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name after Google Pay's "To" (never the initial in its badge), after "paid to" in YONO SBI's sentence, under
  MobiKwik's "Paid to", after "to" on super.money, Kotak811 and Jupiter, the name under Tata Neu's outcome;
  the emporium, the society as a bank's field cuts it (KINNAUR KAILASH WEAVERS COOP S) or the emporium with
  its town (KAILASH EMPORIUM RECKONG PEO); never the app, the payer, a UPI ID or "from <buyer>". *settled*
  (heldout268 to heldout299): a receiving business's own app pays the business named under the app, here the
  emporium under PhonePe Business (never PhonePe or its tabs). *settled* (heldout167 to heldout299): a payer's
  advice pays the one it pays, never the payer on top or a salutation; here the Corporation's Party (never the
  Corporation, its Hindi name or its Party Code), Vyapar's Paid To (never the boutique on top), Business
  Central's Vendor Name (never the home store on top or its Vendor No.), IDFC FIRST Bank's Beneficiary (never
  the hotel company or the bank), the payee in the Teams message ("to <payee> against bill", never the writer
  over it or the channel, *settled* heldout286), the society after the gompa's "To," as M/s (never the gompa
  on top or its Tibetan name), PayU Payouts' Beneficiary Name (never PayU or the gifting firm); *settled* (new
  here) a commission agent's advice paying on a grower's account pays the society after its "To," as M/s,
  never the grower on whose account it pays or the agent on top, because the agent's transfer out of the
  grower's apple sale proceeds is made to the society for the grower's order. *settled* (heldout155 to
  heldout299): an inward wire pays the society, here MUFG's Beneficiary Name, George's Empfänger / Recipient,
  Jyske Bank's Modtager / Payee, the payee after Swedbank's "till / to", UBS' Bénéficiaire / Beneficiary, the
  name after "to" on ANZ, Wells Fargo's Recipient, HSBC UK's Payee name; never the remitter, its line, "From
  <remitter>" or the bank on top. *settled* (heldout175 to heldout299): the society's own paper pays its
  emporium or itself on top, here KAILASH EMPORIUM on its tax invoice (never its Hindi line, the society it is
  a unit of or its Bill to), on top of its order book page and of its Lavi fair cash bill (never the society's
  line under it), on top of its Dukaan mail and of PhonePe Payment Gateway's and CCAvenue's pages (never the
  gateway), the society on top of its money receipt (never its Hindi line or the hotel it received from), the
  emporium printed on its visiting card (never the hand's "- Vikas"). A name in Hindi over its English: the
  English line, never the Hindi (*settled*, as heldout298's); a name in Tibetan over its English: the English
  line (*settled* heldout272). *settled* (heldout187 to heldout299): a supplier's name on top of its own
  paper, here HARI OM VELVET HOUSE (never its M/s written in), SHIVAM WOOLLEN MILLS (never its Buyer),
  Moglix's Sold by (never Moglix), HIMACHAL ROAD TRANSPORT CORPN. on top of its ticket (never its depot),
  OfBusiness' Sold by (OFB Tech Pvt. Ltd.; never OfBusiness), Blue Dart Express Ltd. on top (never its
  Origin), SHIVALIK PACKAGERS (never its To or its stamp's ring), PANIPAT HANDLOOM STORES (never its M/s).
  *settled* (heldout179 to heldout299): a banking page pays the payee, here YONO Business' Beneficiary Name,
  HPSCB mBanking's, PSB UnIC's, BOI Mobile Omni Neo's and mPay Delight+'s Beneficiary, the name after "to" on
  Kotak Mobile Banking and IDBI Bank's card, the Beneficiary written on the Kangra Central Co-operative Bank's
  counterfoil (never its Remitter). *settled* (heldout150 to heldout299): a pay slip pays the worker, here the
  Weaver written on the weaving account (never the society or its Hindi heading), the Name written on the
  muster card, greytHR's Name (never the society on top or its Department), the name after "to" on Groww,
  PayZapp, Cent Mobile and DakPay; *settled* (heldout284 and heldout299) a worker's signed paper pays the
  worker who signs it, here the weaver whose name is written in English under "प्राप्त किए" (received) in the
  society's exercise book (never the Hindi line that names her). *settled* (heldout153 to heldout299): a fee
  page pays the authority as printed, here HIMKOSH's Department (the Registrar, Co-operative Societies, H.P.;
  never the Government of Himachal Pradesh on top, HIMKOSH or the state's Hindi name, as heldout299's GRIPS),
  GRAM PANCHAYAT KOTHI under its Hindi name (never Received from), Goods and Services Tax on top of the GST
  portal's receipt (*settled* heldout278; never its Name), Bharatkosh's Department (the Development
  Commissioner (Handlooms) or his office as printed; never Bharatkosh or the Ministry), the Employees'
  Provident Fund Organisation on top, the Transport Department under VAHAN's banner (never VAHAN Citizen
  Services or the Registering Authority), the LAVI MELA COMMITTEE on top of its receipt under the fair's Hindi
  name (never the S.D.M.'s office under it or the stamp's ring), the Labour & Employment Department under its
  Hindi name. *settled* (heldout199 to heldout299): an insurer's receipt pays the insurer on top (full or
  short as printed) or named under its app's bar, never the Insured, the policyholder, Received with thanks
  from or a salutation; here HDFC ERGO and Care Health under their apps' bars. A slip's counter name line as
  printed (KAILASH EMPORIUM, KAILASH EMPORIUM - LAVI FAIR, the hotel, the mill, the pharmacy), never the
  terminal's brand over it (*settled*: PUNJAB NATIONAL BANK, BharatPe, YES BANK, KOTAK MAHINDRA BANK,
  PhonePe); Scapia's merchant line over its town (*settled* heldout297's card issuer's app); Alliance Air on
  top of its payment receipt (the airline whose fare the card paid, as the hotel on top of its folio,
  *settled* heldout272 and heldout282); SBI Card's SMS pays the merchant after its "at" (*settled*
  heldout299's card issuer's mail of a spend; never SBI Card). A utility's biller: HPSEBL on top under its
  Hindi name (the company's name or HPSEBL as printed; never its Consumer Name), the company under the Vi
  app's bar (never the app), Tata Play on top of its mail, JAL SHAKTI VIBHAG on top of its receipt under its
  Hindi name (never the Name written in), after "for" on HelloBPCL (Bharat Gas; never HelloBPCL or the
  Distributor), Freecharge's Biller Name (Airtel Xstream Fiber; never Freecharge, *settled* heldout274), ICICI
  Bank FASTag on top (the tag's bank, *settled* heldout295), RailWire on top of its receipt (never its
  partner). An SMS, mail or notification's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): Kotak's "to <PAYEE> on",
  IDBI Bank's "NEFT to <PAYEE>.", J&K Bank's and Bank of India's "to <PAYEE> from", the Kangra Central
  Co-operative Bank's "NEFT to <PAYEE>.", IDFC FIRST Bank's "IMPS to <PAYEE>.", Punjab & Sind Bank's "to
  <PAYEE> via NEFT", the Hindi SMS' "<PAYEE> को" (to <PAYEE>, *settled* heldout284, as heldout299's Bengali
  "<PAYEE> কে").

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), YONO SBI's sum before
  "paid to" in its sentence. *settled* (heldout152 to heldout299): a payer's advice counts its net sum, here
  the Corporation's Net Remitted (never a bill's Amount or its TDS 194Q), the Azadpur agent's Rs. x/- (its
  words the same), Vyapar's Total Paid (its Amount and words the same), Business Central's Total (INR) (never
  a Vendor Inv. No.'s Amount where there are several), IDFC FIRST Bank's Amount, the Rs. x in the Teams
  message, the gompa's Rs. x/- (its words the same), PayU Payouts' Amount. *settled* (heldout155 to
  heldout299): an inward wire's foreign sum, here yen whole (JPY 1,641,000 or ¥1,641,000 is 1641000, *settled*
  heldout202 and heldout255), euros the Austrian way as the German (EUR 3.533,47 or € 3.533,47 is 3533.47,
  *settled* heldout245 and heldout255), Danish kroner (DKK 79.628,54 or 79.628,54 kr. is 79628.54, *settled*
  heldout275), Swedish kronor with a space between the thousands and a decimal comma (86 374,16 SEK or SEK 86
  374,16 is 86374.16, *settled* heldout275), Swiss francs with an apostrophe between the thousands (CHF
  2'010.00 is 2010.00, *settled* heldout260 and heldout269), Australian dollars (A$ or AUD, *settled*
  heldout289), US dollars ($ or USD), pounds (the pound's sign or GBP); never Charges, Omkostninger, Avgift,
  Frais or Spesen. *settled* (heldout175 to heldout299): a receipt counts the sum received, here the tax
  invoice's Grand Total (never IGST 5% or a line's Amount), the order book's Advance written in its box (never
  its Order value or a line's Rs., *settled* heldout273's advance receipt), the cash bill's TOTAL (*settled*
  (new here) never its CASH tendered or its CHANGE, because the change went back over the counter and the
  total is what the stall kept), Dukaan's Grand total (never Item total or Delivery), PhonePe Payment
  Gateway's and CCAvenue's Amount, the money receipt's Rs. in its box (its words the same), the Rs. x/-
  written on the visiting card. A whole sum closed with /- is that sum in whole rupees (heldout259). *settled*
  (heldout187 to heldout299): a supplier's paper counts the sum paid, here the velvet dealer's Total written
  in (never a line's Rs. or a Rate), the mill's Total (never IGST 5% or a line's Amount), Moglix's Order
  Total, HRTC's FARE, OfBusiness' Amount, Blue Dart's Total (never Freight, Fuel surcharge or GST 18%), the
  packaging maker's Total (never CGST 9% or SGST 9%), the Panipat store's Total Rs. written again after its
  printed figure is crossed out (the correction stands, *settled* heldout275; never the crossed-out figure or
  a line's Rs.). A banking page's sum, the counterfoil's Amount Rs. in its box. *settled* (heldout167 to
  heldout299): a pay slip's net sum, here the weaving account's Total written in (never a Wage or a line's
  Rs.), the muster card's Total (never the Rate per day or the Days worked), greytHR's Net Pay (its words the
  same; never Gross Earnings, an earning or a deduction), the apps' sums, the रु. x/- (Rs. x/-) in the Hindi
  hand. A fee page's Amount, the Rs. in the Panchayat receipt's box, the GST receipt's Total Amount (never its
  CGST or SGST alone), Bharatkosh's Amount, EPFO's Total Amount, VAHAN's Amount, the Lavi receipt's Rupees
  written in, the Labour Department's Fee. An insurer's premium with its GST where it carries one (*settled*),
  here United India's Total Premium (never Net Premium, CGST 9% or SGST 9%), Tata AIG's Total Premium (never
  Premium, GST 18% or the Sum Insured), the sums on HDFC ERGO and Care Health, SBI General's and IFFCO-TOKIO's
  Premium (incl. GST), the Rs. x in Kotak Life's sentence, HDFC Life's Amount Received. A slip's TOTAL AMOUNT
  (its BASE AMOUNT the same), AMOUNT, AMOUNT INR, Amount, Alliance Air's Total charged (never its Fare or
  Taxes and fees), Scapia's sum large, the Rs.x in SBI Card's SMS. A utility's Amount Paid, the sums large,
  Tata Play's Recharge Amount (never its Account Balance), the Rs. in the water receipt's box, HelloBPCL's
  Amount, ICICI Bank FASTag's Recharge Amount, RailWire's Amount. An alert's sum debited or sent as worded
  (grouped the Indian or the English way or not at all), never a Bal or an Available balance. Currency INR but
  on the wires.

* status: as printed. Google Pay's Completed, YONO SBI's Transaction Successful, MobiKwik's Payment
  Successful, Kotak811's Money sent, Tata Neu's Payment successful, PhonePe Business' Received successes;
  super.money's payment processing pending; Jupiter's Payment failed failed. A payer's own record of the
  payment made (*settled*, as heldout287's, heldout295's and heldout299's): Vyapar's Payment Out with its
  Payment Type and Ref No., Business Central's Remittance Advice with its Payment Method and Payment
  Reference; the Corporation's "Remitted through NEFT vide UTR No.", the agent's "we have today remitted", the
  Teams message's "NEFT done", the gompa's "We have today transferred" successes; IDFC FIRST Bank's In Process
  pending; PayU Payouts' Payout failed failed. A wire's Status Completed, George's Durchgeführt / Executed,
  Swedbank's Utlandsbetalning genomförd / Foreign payment done, UBS' Ordre de paiement exécuté / Payment order
  executed, ANZ's Transfer sent, HSBC UK's "has been sent" successes; Jyske Bank's Under behandling / In
  process pending; Wells Fargo's Wire transfer returned failed (as heldout298's Nordea's returned payment). A
  receipt's "Received by UPI, Ref ... with thanks", the order book's "Recd. by GPay", the cash bill's CASH,
  Dukaan's "Payment: UPI - Paid", the money receipt's "Received with thanks ... by NEFT", the visiting card's
  "Recd. with thanks" successes; CCAvenue's Transaction Pending pending; PhonePe Payment Gateway's Payment
  Failed failed. A supplier's "Paid cash - recd. with thanks" in the dealer's hand, the mill's "Payment
  received by NEFT", HRTC's ticket with its PAY MODE and RRN (*settled* (new here) a success, because the
  conductor's machine prints the luggage ticket only once its fare is paid, as a slip prints its approval),
  Blue Dart's "Paid by UPI", "by NEFT, UTR ..." written over the round PAYMENT RECEIVED stamp (*settled*, as
  heldout298's oval stamp with the hand's "by IMPS"), "Paid by UPI, Ref ..." under the corrected total
  successes; OfBusiness' Payment under verification pending; Moglix's Payment Failed failed. A banking page's
  Transaction Successful, RTGS Successful, Paid, Fund transfer successful, IDBI Bank's Transferred, the
  counterfoil with the branch's TRANSFERRED stamp and the UTR written in (*settled* heldout274, heldout296 and
  heldout298) successes; BOI Mobile Omni Neo's NEFT in progress pending; HPSCB mBanking's Transaction Failed
  failed. A pay slip's "Paid by UPI, Ref ...", the muster card's "Paid in cash", greytHR's "Paid by NEFT, UTR
  ...", Cent Mobile's Money sent, DakPay's Successful, the advance's "प्राप्त किए" (received) in the weaver's
  hand over her name (*settled*, as heldout296's "नकद प्राप्त" and heldout299's "নগদ বুঝিয়া পাইলাম")
  successes; Groww's Payment pending pending; PayZapp's Payment failed failed. A fee page's Status Success,
  the Panchayat's "in cash", the GST receipt's Payment successful, Bharatkosh's e-receipt with its Bank Ref.
  No. (*settled*, as heldout295's challan receipt with its Bank Reference Number), the Lavi receipt's Received
  from with its Rupees "by UPI", the Labour Department's Status Success successes; VAHAN's Payment Pending
  pending; EPFO's Payment Failed failed. An insurer's PREMIUM RECEIPT, Tata AIG's "Thank you for your
  payment", Care Health's Premium paid, IFFCO-TOKIO's Payment received, Kotak Life's "We acknowledge with
  thanks the receipt", HDFC Life's "Received with thanks" successes; HDFC ERGO's Payment under process
  pending; SBI General's Payment failed failed. A slip's APPROVED, TXN APPROVED, Payment Successful, Alliance
  Air's Payment successful, Scapia's Approved successes; *settled* (new here) SBI Card's "Rs.x spent on your
  SBI Credit Card ... at <MERCHANT>" a success, because the issuer reports a spend it has charged (as
  heldout299's HDFC Bank mail of a spend); BharatPe's RESPONSE AWAITED FROM BANK with TXN STATUS: PENDING and
  PLEASE DO NOT RETRY pending (*settled* heldout282's TXN STATUS UNKNOWN and heldout299's STATUS UNKNOWN);
  Kotak Mahindra Bank's DECLINED (54 EXPIRED CARD) failed. A utility's Status SUCCESS, Payment successful,
  "Your recharge ... has been received", the water receipt's "cash", Recharge successful, RailWire's Payment
  Receipt successes; Freecharge's Payment pending pending; HelloBPCL's Payment failed failed. *settled*: an
  SMS, mail or notification alert's debit a success whatever its bank's wording (Kotak's "Sent", IDBI Bank's
  "is debited with", the Kangra Central Co-operative Bank's and Punjab & Sind Bank's "debited from", IDFC
  FIRST Bank's "has been debited with", the Hindi SMS' "भेजे गए" (were sent)); J&K Bank's "initiated ... is
  under process" pending (as heldout298's ICICI Bank's "is pending for credit"); Bank of India's "FAILED ...
  will be reversed" failed.

* date: the day paid. A UPI screen's day and hour: Google Pay's under its Completed, MobiKwik's Paid on,
  super.money's Started on, Kotak811's Date & Time, Jupiter's Tried on, Tata Neu's Paid on, PhonePe Business'
  "UPI | <day>, <hour>"; YONO SBI's "Today, <hour>" prints no day (*settled*). The Corporation's Date (never a
  bill's Dated), the agent's Dated: (its "today" the same), Vyapar's Date, Business Central's Payment Date
  (never a Doc. Date), IDFC FIRST Bank's Value Date, the gompa's Date (its "today" the same), PayU Payouts'
  Requested at; the Teams message under its "Today" divider prints no day (*settled* heldout286 and
  heldout289, never a message's hour). A wire's Transaction Date year first with slashes (2026/03/08,
  *settled* heldout272, heldout291 and heldout294), George's Durchführungsdatum / Execution date, Jyske Bank's
  Dato / Date and UBS' Date d'exécution / Execution date (dd.mm.yyyy), Swedbank's Datum / Date as an ISO day
  (2026-04-25, *settled* heldout270 and heldout271), Wells Fargo's Send date month first in words (July 30,
  2026, *settled* heldout288 and heldout292), HSBC UK's Payment date (dd/mm/yyyy); ANZ's "Today, <hour> AEDT"
  prints no day (*settled*). A receipt's Date on the tax invoice, the Date written in the order book, the cash
  bill's Date, Dukaan's "Ordered on <day>", PhonePe Payment Gateway's Date & Time, CCAvenue's Date, the money
  receipt's Date; the visiting card prints no day. A supplier's Date written on the estimate and on the
  Panipat bill, the "on <day>" in the mill's payment line (never its invoice's Date), Moglix's Attempted on,
  HRTC's DATE (dd/mm/yy), Blue Dart's Date, the "dt. <day>" written over the packaging maker's stamp (never
  its invoice's Date); OfBusiness' "Today, <hour>" prints no day. A banking page's Transaction Date, Date &
  Time, Date, Initiated on, the "on <day>" on IDBI Bank's card, the Date written on the counterfoil; Kotak
  Mobile Banking's "Today, <hour>" prints no day. A pay slip's Date written on the weaving account; *settled*
  (new here) the muster card's Paid on written in, never its Month or the days over its boxes, because the
  boxes mark the days the stitcher worked and Paid on the day she was paid (as heldout298's job card's Paid on
  is never a delivery's day); greytHR's Pay Date (never the payslip's month), Groww's Started, PayZapp's
  Attempted on, DakPay's Date, the दिनांक (date) written in the Hindi hand; Cent Mobile's "Today, <hour>"
  prints no day. A fee page's Payment Date under its Hindi label, the Date written in the Panchayat's receipt
  (never its house tax's year), the GST receipt's Date of Deposit, Bharatkosh's Payment Date, EPFO's Attempted
  on (never its Wage Month), VAHAN's Transaction Date, the Labour Department's Payment Date; the Lavi Mela
  Committee's receipt, printing only the fair's year in its Hindi name and its stamp, prints no day (*settled*
  heldout299's Rash Mela token). An insurer's Date under its Hindi label, Tata AIG's Payment Date, HDFC ERGO's
  Initiated on, SBI General's Attempted on, IFFCO-TOKIO's Receipt Date, the "on <day>" in Kotak Life's
  sentence, HDFC Life's Receipt Date; Care Health's "Today, <hour>" prints no day. A slip's DATE (its month in
  letters and its year's last two figures, 17 JUN 26), DATE, Dt., Date, Alliance Air's Paid on, the "on
  <dd/mm/yy>" in SBI Card's SMS; Scapia's "Today, <hour>" prints no day. A utility's Payment Date (never a
  Bill Month), Tata Play's Recharge Date, the Date written on the water receipt (never its Period),
  HelloBPCL's Attempted on, Freecharge's Initiated on, ICICI Bank FASTag's Date, RailWire's Paid on; the Vi
  app's "Today, <hour>" prints no day. The alerts' "on <dd-mm-yy>", "on <dd/mm/yyyy>", "initiated on
  <dd-Mon-yyyy>", "on <dd-mm-yyyy>", "on <dd.mm.yy>", "on <dd-Mon-yyyy>", the Hindi SMS' "<dd-mm-yyyy> को" (on
  <day>, in Latin figures as the bank sends them, as heldout296's Hindi SMS); the notification shade's "now"
  prints no day (*settled* heldout279 and heldout287). All numeric days here are day first (heldout251,
  heldout259) but MUFG's year first and Swedbank's ISO day. *settled*: never a Period, a Bill Month, a Wage
  Month, a Month, a payslip's month, a tax's year, a fortnight's days, an invoice's, a bill's or a document's
  day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a
  bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (the Corporation's NEFT or RTGS, the agent's NEFT or
  RTGS, Vyapar's Bank (NEFT), Business Central's Bank Transfer (NEFT or RTGS), IDFC FIRST Bank's RTGS, the
  Teams message's NEFT, the gompa's NEFT, PayU Payouts' IMPS; the money receipt's NEFT or RTGS, CCAvenue's Net
  Banking; the mill's NEFT or RTGS, OfBusiness' NEFT, the packaging maker's NEFT; the banking pages but Kotak
  Mobile Banking's UPI; greytHR's NEFT; HIMKOSH's Net Banking (SBI), the GST portal's E-Payment (Net Banking),
  EPFO's Net Banking, VAHAN's SBI ePay (Net Banking), the Labour Department's Net Banking; United India's
  NEFT, Care Health's Net Banking, Kotak Life's "paid by net banking", HDFC Life's Net Banking; HPSEBL's and
  ICICI Bank FASTag's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way (*settled*:
  MUFG's SHA (shared), George's Geteilt (SHA), Jyske Bank's Delt (SHA), Swedbank's Delad (SHA), UBS' partagés
  (SHA), ANZ's SWIFT, Wells Fargo's wire to the recipient bank's SWIFT/BIC, HSBC UK's international payment).
  UPI for the UPI screens and PhonePe Business' "UPI | ..."; the tax invoice's "Received by UPI", the order
  book's GPay, Dukaan's UPI, the visiting card's GPay; HRTC's PAY MODE UPI, Blue Dart's and the Panipat
  store's UPI; Kotak Mobile Banking's UPI; the weaving account's UPI, Groww, PayZapp, Cent Mobile and DakPay;
  Bharatkosh's and the Lavi receipt's UPI; HDFC ERGO's and IFFCO-TOKIO's UPI; the Vi app's, Freecharge's and
  RailWire's UPI; the UPI alerts. Card for PhonePe Payment Gateway's Debit Card, Moglix's Credit Card, Tata
  AIG's Credit Card, SBI General's Debit card, the slips, Alliance Air's card, Scapia's card, SBI Card's SMS,
  Tata Play's Debit Card and HelloBPCL's Credit card. Cash for the Lavi fair cash bill's CASH, the velvet
  dealer's "Paid cash", the muster card's "Paid in cash", the advance's नकद (cash) in the Hindi hand
  (*settled* heldout274 and heldout296, as heldout299's Bengali নগদ), the Panchayat's "in cash" and the water
  receipt's "cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout299): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay's UPI transaction ID, YONO SBI's UPI Ref. No., MobiKwik's
  UPI Ref. ID, super.money's UPI Ref No., Kotak811's UPI Reference No., Jupiter's RRN, Tata Neu's UPI
  Reference ID; the Corporation's and the agent's UTR No., Vyapar's Ref No. (the UTR), Business Central's
  Payment Reference (the UTR), IDFC FIRST Bank's UTR, the Teams message's UTR; the tax invoice's, the order
  book's and the visiting card's UPI Ref, the money receipt's UTR No.; the mill's UTR, HRTC's RRN, OfBusiness'
  UTR submitted, Blue Dart's Ref, the UTR written by the packaging maker's stamp, the Panipat store's Ref; the
  banking pages' Reference No. (UTR), IMPS Ref. No., UTR No., UPI Reference No., UTR, IMPS Ref No, the UTR No.
  written on the counterfoil; the weaving account's Ref, greytHR's UTR, the apps' UPI Ref. No., DakPay's UPI
  Txn Ref.; the Lavi receipt's UPI Ref; United India's UTR, IFFCO-TOKIO's UPI Ref. No.; a slip's RRN and RRN
  NO; the alerts' UPI Ref, UTR:, UTR, RRN and the Hindi SMS' संदर्भ सं. (reference no.)), then a bank
  reference (MUFG's Reference No., George's Auftragsreferenz / Order reference, Jyske Bank's Reference, UBS'
  Référence / Reference, ANZ's Receipt number, Wells Fargo's Confirmation number, HSBC UK's Reference, IDFC
  FIRST Bank's Transaction Ref. No. (under its UTR), HIMKOSH's Bank Reference No. (above its GRN, as
  heldout299's GRIPS' BRN, *settled* heldout262 and heldout274), the GST portal's BRN (above its CIN and CPIN,
  *settled* heldout278), Bharatkosh's Bank Ref. No. (above its Transaction Ref. No.), the Labour Department's
  Bank Transaction No., HPSEBL's Bank Ref. No. (above its Transaction ID)), then a transaction / payment id
  (Google transaction ID, the Jupiter Txn ID, PhonePe Payment Gateway's PhonePe Transaction ID, CCAvenue's
  Tracking ID, PayU Payouts' Payout ID (as heldout298's RazorpayX's Payout ID), HIMKOSH's GRN (*settled*, a
  treasury's GRN), the GST portal's CIN (*settled* heldout278), EPFO's Transaction ID, VAHAN's Transaction
  No., the Labour Department's Transaction ID, Tata AIG's, HDFC ERGO's and HDFC Life's Transaction ID, SBI
  General's Payment ID, Care Health's Transaction Ref. No., Alliance Air's Payment Ref. No., Scapia's
  Transaction ID, PhonePe Smart POS' Txn ID (under its RRN), the Vi app's, Tata Play's and Freecharge's
  Transaction ID, ICICI Bank FASTag's Transaction Reference No., RailWire's Payment ID), then an approval code
  (APPR CODE, AUTH NO, Auth Code, Alliance Air's Auth code), then an order's number (Dukaan's Order #,
  CCAvenue's Order No., Moglix's and OfBusiness' Order ID, Alliance Air's PNR (*settled* heldout126),
  HelloBPCL's Booking Ref. (*settled* heldout280's Booking No.)), then a document's own number (the
  Corporation's Advice No., Vyapar's Receipt No. and Business Central's Document No. (a payer's own number for
  its payment, *settled* heldout281, heldout295 and heldout299), PayU Payouts' Merchant Ref. ID (the payer's
  own number for its payout, *settled* heldout295), the tax invoice's Invoice No., the order book's Order No.,
  the money receipt's Receipt No., the mill's Invoice No., HRTC's TKT NO (*settled* heldout278's Ticket No.),
  the packaging maker's Inv. No., the Panipat store's Bill No., the weaving account's Card No., the muster
  card's Muster No., the GST portal's CPIN (*settled* heldout278), Bharatkosh's Receipt No., EPFO's TRRN
  (*settled* (new here), because the TRRN numbers the return's challan before it is paid, as heldout278's CPIN
  numbers a GST challan), the Lavi receipt's Receipt No., United India's, IFFCO-TOKIO's and HDFC Life's
  Receipt No., a slip's INV, INVOICE, BILL NO and INV NO, HPSEBL's Receipt No., RailWire's Invoice No.).
  *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, a
  Regd. No., a Party Code, a Vendor No., a Patti No., a Policy No., a Quote No., a Proposal No., a Certificate
  No., an Application No. (VAHAN's), a Vehicle No., a Tag ID, a Consumer ID, a Subscriber ID, an Account ID, a
  Username, a Connection No., an Employee No., a Head of Account, a BUS NO, a slip's MID / TID / BATCH, a No.
  left blank, an AWB No. (*settled* heldout274), an E-Way Bill No. (*settled* heldout298), a letter's Ref.
  (the agent's and Kotak Life's, *settled* heldout278), a bill or an invoice named on an advice, a receipt or
  in a payer's sentence (the Corporation's, Vyapar's, Business Central's, the Teams message's and the money
  receipt's bills)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout300_families import (
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

SPLIT = "heldout300"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout298's and heldout299's: the screens in
# Noto Sans, DejaVu Sans Condensed, Liberation Sans (liberation2), FreeSans and Noto Sans Display; the pages
# in DejaVu Serif, Noto Serif, Liberation Serif (liberation), FreeSerif, Liberation Sans Narrow and Noto Sans;
# the society's, its suppliers' and its people's papers in Noto Serif, FreeSerif, DejaVu Sans Condensed,
# Liberation Serif (liberation2) and DejaVu Sans; the slips in four monos in another order; beside them Noto
# Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines, labels, hand and SMS, Noto Serif Tibetan
# (heldout272's) for a gompa's name and blessing, a pen's italic or oblique (``heldout300_families.PENS``)
# and a page's own fixed-width face (``heldout300_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout300_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout300 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

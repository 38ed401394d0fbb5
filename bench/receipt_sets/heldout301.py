"""heldout301: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a gota patti work house's year of 2026 in Jaipur, Rajasthan (Sitara Gota Patti
Works, Mohd. Irfan Ansari's proprietary firm, GSTIN 08AKRPA7319D1Z4, Udyam UDYAM-RJ-17-0061482, with his son
Sameer Ansari, who takes the export orders and keeps the web shop, and Neha Agarwal, who keeps its accounts:
the gota, a ribbon woven of gold and silver metallic yarn, comes by the roll from a Surat lace mill, the
kinari, zari dori and sitara (sequins) from Kinari Bazar in Chandni Chowk and Sadar Bazar in Delhi, the
georgette, chiffon and net from a Johari Bazar cloth merchant, the leheriya and mothda odhnis dyed by a
rangrez of Ramganj; at the karkhana's adda frames in Gali Mochiyan, Ramganj Bazar, Rafiq Mohammed and Salim
Khan cut the gota into patti (leaves), fold it into petals and pin the jaal, and the karigars, most of them
women working at home in Ramganj and Ghat Gate, Shabana Bano, Rubina Khatoon, Naseem Bano, Gulshan Ara,
Mehrunnisa and Kamla Devi Saini, hem the patti, kinari and sitara on to bridal and other lehengas, odhnis,
dupattas, Rajputi poshaks, blouse pieces, kids' lehengas and cushion covers, with Iqbal Hussain's tailoring
shop stitching them; its showroom in Gopalji ka Rasta, Johari Bazar, Sitara Gota House, with Vikas Sharma and
Pinky Kumawat at its counter, taking bridal orders for the wedding season; the web shop sitaragota.in; stall
C-17 at Dilli Haat, INA, New Delhi for the first fifteen days of December; the Central Cottage Industries
emporium, a stores chain, a Mumbai wedding planner, a Delhi couture label, a wedding company, a Udaipur
wedding planner, a lifestyle brand and a Pune bridal studio at home, and boutiques and bridal houses in
Leicester, Edison, Brampton, Dubai, Singapore, Port Louis, Melbourne and Amsterdam abroad), told by the proofs
of payment it receives (buyers' MobiKwik, super.money, Kotak811, YONO SBI, Jupiter, Freecharge and IDFC FIRST
Bank screens and Google Pay for Business on the showroom's phone; CCIC's payment advice under its Hindi name,
a stores chain's SAP remittance advice, a Mumbai wedding planner's Vyapar payment-out, ICICI Bank's Corporate
Internet Banking with a Delhi couture label's RTGS rejected, the couture label's Microsoft Teams channel, PayU
Payouts' payout in progress for a wedding company, a Udaipur wedding planner's mail and Standard Chartered's
Straight2Bank payment advice for a lifestyle brand; Barclays, Chase, RBC, Emirates NBD, DBS IDEAL, MCB Juice,
CommBank and Wise for buyers in Leicester, Edison, Brampton, Dubai, Singapore, Port Louis, Melbourne and
Amsterdam in pounds, US dollars, Canadian dollars, dirhams, Singapore dollars, Mauritian rupees, Australian
dollars and euros; the showroom's tax invoice, PhonePe's payment gateway pending, the showroom's bridal order
booking receipt, the web shop's Wix mail, the showroom's roll from its billing program, CCAvenue's failed
page, the firm's Refrens payment receipt and the showroom's WhatsApp Business reply) and those it makes (the
rangrez's bahi page in a Hindi hand, the Surat lace mill's tax invoice with the accountant's marks, Moglix's
failed checkout, Shiprocket's app, the cloth merchant's memo under a Mahajani श्री, a Jaipur printer's
myBillBook invoice, Bizongo's pending order and a Kinari Bazar bill corrected by hand; Kotak, YES BANK's iris,
IDFC FIRST Bank, BOI Mobile, Cent Mobile, RBL MoBank, the Jaipur Central Co-operative Bank's form and Bandhan
Bank's shared card for the printers, the kinari shop, the lace mill, the rangrez, the sitara dealer, the cloth
merchant, the transporter and the tailor; the karigar's wage card on a leheriya, greytHR's payslip, Google
Pay, Airtel Payments Bank, Groww, PayZapp, BUSY's payment voucher for an Eid bonus and Tata Neu; the Municipal
Corporation Jaipur Heritage's trade licence, e-Mitra's receipt for the Labour Department, EPCH's membership
failed, the GST portal's PMT-06 receipt, Dilli Haat's stall rent receipt book, EPFO's ECR pending,
mParivahan's e-challan and Passport Seva; United India's, HDFC ERGO's, SBI Life's, Tata AIG's, Care Health's,
ACKO's, Axis Max Life's and IFFCO-Tokio's premiums; cards on the showroom's Kotak terminal and the Dilli Haat
stall's Pine Labs terminal and the firm's cards at a Surat hotel, a Jaipur tea stall, a fuel station, in
American Express' mail of a Delhi hotel's charge, on Scapia's app at an airline and on a rooftop cafe's bill;
JVVNL's Bijli Mitra, Torrent Gas, PHED, Vi, Excitel, Tata Play, a Bharatgas distributor's cash memo and the
Corporation's waste user charge; the banks' SMS, IDFC FIRST Bank's mail, the Jaipur Central Co-operative
Bank's SMS in Hindi and RBL Bank's notification in a pulled-down shade). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout298's or heldout299's; where a kind of paper is one they also drew (a receiving business's own app,
a state's or the Centre's crafts corporation's advice, an accounting program's record of a payment, a bank's
corporate page with a transfer sent back, a chat's message, a payout's status, a letter or mail, a bank's
vendor payment advice, a shop's tax invoice, a gateway's pending or failed page, a web shop's order mail, a
hand-filled slip, a business's reply to a buyer, a supplier's bill in a regional hand, a supplier's tax
invoice with its payment noted on it, a marketplace's failed or pending order, a courier's app, a bill with
a red number, a bank's form filled in by hand, a shared card, a piece work account on a cloth or mat, a
payslip, a payer's voucher, a municipal receipt, a treasury's challan, a receipt book, a challan pending at
the bank, a ticket paid in an app, an insurer's SMS, a card slip pending or declined, a card issuer's mail
and app, a bill settled by card, a utility's app pending or failed, a distributor's or municipality's paper,
a bank's SMS in the region's language, a mail, a notification), it is drawn here for another issuer in this
set's own labels and marks, and near ones are noted: Google Pay for Business on the showroom's phone, where
heldout299 drew HDFC Bank's SmartHub Vyapar and heldout298 BharatPe for Business; CCIC's PAYMENT ADVICE under
its Hindi name in a table ruled on every side, where heldout299 drew Manjusha's in dot leaders and heldout298
NEHHDC's; the stores chain's SAP remittance advice and the wedding planner's Vyapar payment-out, where
heldout299 drew Odoo's Payment Receipt and both drew Zoho Books' Payments Made (and heldout298 QuickBooks');
ICICI Bank's Corporate Internet Banking with the RTGS rejected, where heldout299 drew bob World Business'
NEFT returned and heldout298 PNB's RTGS failed; Microsoft Teams, where both drew Slack; PayU Payouts' payout
in progress, where heldout299 drew Cashfree Payouts' and heldout298 RazorpayX's; the Udaipur planner's mail,
where heldout299 drew a museum shop's typed letter and heldout298 an accountant's plain mail; Standard
Chartered's Straight2Bank advice, where heldout299 drew SBI CMP's; the showroom's tax invoice under a gota
patti phool, where heldout299 drew Pati Bitan's under a sitalpati emblem and heldout298 Kauna House's made in
Swipe; PhonePe's payment gateway pending and CCAvenue's failed page, where heldout299 drew Razorpay's pending
page and Paytm Payment Gateway's failed page and heldout298 Paytm Payment Gateway's pending checkout and
Cashfree's failed one; the bridal ORDER BOOKING - ADVANCE RECEIPT filled in by hand, where heldout299 drew the
Rash Mela stall's cash memo and heldout298 the Sangai stall's; Wix's order mail, where heldout299 drew
WooCommerce's and heldout298 Shopify's; the Refrens payment receipt, where heldout299 drew a TallyPrime
Receipt Voucher; the WhatsApp Business reply, where heldout298 drew a buyer's WhatsApp chat and the e-bill SMS
and heldout299 a thank-you card; the rangrez's bahi page in a Hindi hand, where heldout298 drew a reed
growers' bill in a Meetei Mayek hand and heldout299 a Haal Khata card; the lace mill's tax invoice with the
accountant's tick, ring and highlighter, where both drew an accountant's sticky note; Moglix's failed
checkout and Bizongo's pending order, where heldout299 drew Industrybuying's and udaan's and heldout298
udaan's and Amazon Business'; Shiprocket's app, where heldout298 drew Delhivery's and heldout299 DTDC's note;
the cloth merchant's memo pad on a bahi's rules, where heldout298 drew a phi weaver's letter-pad bill; the
kinari shop's bill with its red number and its total corrected by hand, where heldout299 drew a dye dealer's
credit memo with a red number; the Jaipur Central Co-operative Bank's form with each field's English over its
Hindi, where heldout298 drew Manipur Rural Bank's form and heldout299 Uttarbanga Kshetriya Gramin Bank's
printed acknowledgement; Bandhan Bank's shared card, where heldout299 drew Ujjivan's and heldout298
FedMobile's; the karigar's wage card on a leheriya, where heldout299 drew the mat weaving account on a
sitalpati and heldout298 a job card on a kauna mat; greytHR's payslip, where both drew Zoho Payroll's; BUSY's
payment voucher, where heldout298 drew a cash voucher; the Municipal Corporation Jaipur Heritage's e-receipt,
where heldout299 drew Cooch Behar Municipality's and heldout298 Imphal Municipal Corporation's; EPCH's failed
payment, where heldout299 drew Banglarbhumi's and heldout298 the profession tax's; the GST portal's PMT-06
receipt, where both drew the Income Tax Department's challan; Dilli Haat's receipt book with its counterfoil,
where heldout299 drew a Gram Panchayat's receipt book and heldout298 the Department of Tourism's; EPFO's ECR
pending, where heldout299 drew ESIC's challan pending; mParivahan's e-challan with "Today", where heldout298
drew the ILP app; Axis Max Life's SMS, where heldout298 drew ICICI Lombard's; Pine Labs' slip timed out at
the stall, where heldout299 drew State Bank of India's with its status unknown and heldout298 Bank of
Baroda's with no answer from its host; YES BANK's slip declined, where heldout299 drew Mswipe's and heldout298
State Bank of India's; American Express' mail, where heldout299 drew HDFC Bank's; Scapia's app, where both
drew OneCard's; the rooftop cafe's bill settled by card, where both drew a hotel's folio; Vi's failed bill,
where heldout299 drew MyJio's; Excitel's pending payment, where heldout298 drew MSPDCL's; Tata Play's recharge,
where heldout298 drew MyJio's; the Bharatgas distributor's cash memo, where heldout299 drew a cable operator's
receipt book; the Corporation's waste user charge, where heldout298 drew Imphal Municipal Corporation's
receipt book; the Jaipur Central Co-operative Bank's SMS in Hindi, where heldout299 drew Uttarbanga Kshetriya
Gramin Bank's in Bengali; RBL Bank's notification in a pulled-down shade, where heldout298 drew Federal Bank's
on a lock screen; IDFC FIRST Bank's mail, where heldout299 drew Bank of Baroda's and heldout298 Axis Bank's.
Some of this set's issuers and kinds of paper were drawn by sets before heldout298 (heldout262's GST PMT-06
receipt and EPFO, heldout269's Bharat Gas cash memo, heldout270's and heldout271's ISO days, heldout272's
e-challan, heldout275's e-Mitra, PayZapp, Barclays and bahi, heldout278's Mauritian rupees, heldout279's Wise
and MCB Juice, heldout282's Mahajani, Passport Seva and Rajasthan's pages, heldout289's notification shade and
IDFC FIRST Bank, heldout290's Shiprocket, heldout296's and heldout297's Rajasthan: Rajasthali, RAJSICO,
JVVNL, PHED, Rajasthan Gramin Bank and a Hindi hand), and are drawn here in this set's own labels and
arrangements; the families' docstrings list each one's labels). This set draws kinds of row and page
heldout298 and heldout299 do not: a gota patti phool as a letterhead's emblem (a square of dyed georgette, a
flower of eight petals of gold gota folded to a point round a sitara, a leaf of silver gota at each corner,
the square bound in a band of gota lace); a strip of gota lace as a divider (the ribbon's woven ribs and its
sheen, a scalloped kiran edge, sitaras along it); sitaras fallen in a page's margins; a page photographed
lying on a leheriya dupatta (its tie-dyed waves running on the slant, a gota band along its hem, the page's
shadow, the page askew); Hindi in Noto Sans and Serif Devanagari (heldout287's lines, labels and hand, here
for Hindi) and a bank's SMS in Hindi; and beside them earlier sets' rows neither of them draws: heldout273's
read-only fields, scissors' cut line, an accountant's tick, ring and highlighter; heldout275's tabs, a total
crossed out and written again, a bahi's red rules, Hindi labels over their English, a ribbon;
heldout282's Mahajani letters; heldout289's notification shade; and heldout269's to heldout289's rows
(tables ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left and
values at the right, dot leaders, hairline rows, tinted outcome bands, capsules, tiles, tiles two to a row,
values over their labels, labels over their values two to a row, copyable fields, notice boxes, a payment's
stages top to bottom, left to right and across, large round marks, scalloped badges, spinners, a chat's
bubble and day divider, hand-written fills and columns on a ruled page, a sum in a box, boxes ticked by hand,
a counterfoil across a perforation, rectangular and oval stamps, a red numbering-machine number, an app's pale
wave, a round badge of initials, a split sum, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Sitara Gota House or the firm: Google Pay for Business on the showroom's phone
  (the showroom under the app, tabs Payments | Customers | Offers, Received over the sum large, "from
  <buyer>", "UPI", the day and hour; no reference); MobiKwik's Payment Successful under a large tick ("Paid
  to" over the payee and its UPI ID; UPI Ref. No., Date & Time, Debited from in a table ruled on every side);
  super.money's payment processing (a capsule, the sum, "to <payee>", its stages left to right, a notice; UPI
  transaction ID, Started at, Paying from each in a read-only field's box); Kotak811's payment successful (a
  large tick, the sum, "paid to <payee>"; UPI Ref No, Date, From A/c, Note against a gutter); YONO SBI's UPI
  transaction failed on a tinted band (the sum, "to <payee>", the reason in a notice; UPI Ref. No., Date,
  Debit Account in a striped table); Jupiter's Paid under a tile's tick ("Today, <hour>"; the sum, "to
  <payee>"; a copyable UPI Ref No.; Paid from at the left and the right; no day); Freecharge's Payment
  Successful on a scalloped badge (the sum, "to <payee>" over its UPI ID; a scissors' cut line; UPI Transaction
  ID, Date & Time, Debited from each value over its label); IDFC FIRST Bank's dark Payment Successful (a large
  tick, the sum, "to <payee>"; labels small over their values two to a row: UPI Ref No. and Date, Paid from
  and Remarks). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: CCIC's (the Central Cottage Industries
  Corporation's) PAYMENT ADVICE under its Hindi name (Advice No. and Date, Vendor and Vendor Code, Mode and UTR
  two pairs to a row in a table ruled on every side; Invoice No. | Dated | Gross | TDS-GST 2% | Net Paid on
  hairline rows, Total remitted); a stores chain's REMITTANCE ADVICE printed from SAP (Payment Document beside
  Value Date; Vendor No., Vendor, Bank Ref. (UTR), Amount remitted as label and value on a line; "We have
  remitted ..."; Doc. No. | Doc. Date | Your Ref. | Gross | Net on hairline rows with its Total); a Mumbai
  wedding planner's PAYMENT-OUT receipt from Vyapar (Receipt No. and Date, Paid To and Payment Type two to a
  row, each label small over its value; Paid on a tinted panel; Ref. No.; Description); ICICI Bank's Corporate
  Internet Banking with a Delhi couture label's RTGS rejected on a tinted band (the reason in a notice;
  Transaction Reference No., Beneficiary Name, Amount, Payment Mode, UTR, Value Date, Reject Code in shaded
  labels); the couture label's accounts writing in Microsoft Teams under a "Today" divider ("Rs. x released to
  <payee> by NEFT against PO ...", "UTR ..."; a like; no day); PayU Payouts' payout in progress for a wedding
  company (a capsule, a notice; labels small over their values two to a row: Payout ID and Merchant Ref. ID,
  Beneficiary and Amount, Mode and Requested on; UTR Awaited); a Udaipur wedding planner's mail ("We have
  transferred Rs. x to <payee> through NEFT today, <day>, ..."; no reference); Standard Chartered's
  Straight2Bank payment advice mailed for a lifestyle brand (its sentence; Beneficiary Name, Payment Amount,
  Payment Type, Value Date, Customer Reference, Bank Reference (UTR) in dot leaders; Invoice No. | Invoice
  Date | Amount in a striped table). All new here.

* ``export_wires``: Boutiques and bridal houses abroad paying the firm for gota patti lehengas, odhnis and
  lace: Barclays' international payment sent in pounds from Online Banking for Business (its sentence; Payee
  name, Payee's bank, SWIFT/BIC, Amount, Payment date, Charges, Payment reference on hairline rows); Chase's app
  with a wire in process in US dollars (a capsule, the sum, "to <payee>", its stages across the screen, a
  notice; Send date, Deliver by, Fee, Transaction number at the left and the right); RBC's International Money
  Transfer confirmation in Canadian dollars (Confirmation number, Date, Recipient, Recipient's bank, Amount
  sent, Transfer fee, Exchange rate, Recipient receives in rupees in a striped table); Emirates NBD's app with
  an international transfer successful in dirhams (a large tick, the sum, "to <payee>", "on <day>", From,
  Transfer type, Purpose; no reference); DBS IDEAL's Telegraphic Transfer details in Singapore dollars
  (Transaction Reference, Value Date, Beneficiary Name, Beneficiary Bank, SWIFT Code, Amount, Charges, Status
  in a table ruled on every side); MCB Juice's transfer sent in Mauritian rupees under a tile's tick ("Today,
  <hour>"; the sum, "to <payee>"; Reference and From account in tiles; no day); CommBank's international money
  transfer returned in Australian dollars on a tinted band (the reason in a notice; Payee, Amount, Date,
  Receipt number, Fee against a gutter); Wise's mail of a transfer paid out in euros ("Your money has been paid
  out to <payee>."; its steps top to bottom: You set up your transfer, We received your EUR, We paid out your
  INR; Transfer #, You sent, Wise fee, Recipient gets, Sent on on hairline rows). All new here.

* ``own_receipts``: The firm's own papers, its showroom or itself on top: Sitara Gota House's TAX INVOICE
  under a gota patti phool, its Hindi name and a strip of gota lace, to a Pune bridal studio (Invoice No.
  beside Date, Bill to and Place of Supply; # | Item | HSN | Qty | Rate | Amount in a striped table; Taxable
  value, IGST 5%, Round off, Grand Total; an oval PAID stamp over "Payment received by IMPS, Ref ...");
  PhonePe's payment gateway on the web shop's checkout with the payment pending under a spinner (a notice;
  Order ID, Transaction ID, Amount, Payment method, Initiated at in dot leaders); the showroom's ORDER BOOKING -
  ADVANCE RECEIPT for a bridal order filled in by hand under a strip of gota lace, sitaras in its margins (No.
  left blank; Booking date, Name, Order, Wedding date, Trial date and Delivery date written in; each money
  label's Hindi over its English: कुल राशि / Order value, अग्रिम / Advance received, बाकी / Balance, the sums
  written in; "Advance received in cash"; no reference); the web shop's order mail from Wix (Order No. and
  Order date; Item | Qty | Price on hairline rows; Subtotal, Delivery, Total; "Payment: Visa ending ... -
  Paid"); the showroom's RETAIL INVOICE on a torn roll from its billing program (Bill No., Dt and Time; the
  items typed in columns; Net Amount; Paid by UPI, UPI Ref); CCAvenue's Transaction Status: Failure for the web
  shop on a tinted band (the reason in a notice; Order No., Tracking ID, Amount, Payment Mode, Date & Time,
  Bank Ref. No. left as a dash in a table ruled on every side); the firm's PAYMENT RECEIPT from Refrens under a
  ribbon (Receipt No. and Receipt Date, Received From and Payment Method, Transaction Id and Against Invoice
  two pairs to a row; Amount Received on a tinted panel and in words); the showroom's reply in WhatsApp
  Business under a "Today" divider (the buyer's line "Sent Rs. x for the odhni balance" over the showroom's
  bubble: "Received Rs. x with thanks via GPay (UPI Ref ...)", signed "- Sitara Gota House, Johari Bazar"; no
  day). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a leheriya rangrez's (dyer's)
  bahi page under his name in Hindi and English (the firm's khata written in a Hindi hand on the bahi's red
  rules: दिनांक (date), लहरिया रंगाई (leheriya dyeing) and मोठड़ा (a crossed leheriya) by the piece
  with their sums, कुल (total), "नकद प्राप्त किए" (received in cash); no reference); a Surat lace mill's TAX
  INVOICE for gota rolls (Invoice No. beside its earlier Date; the rolls in a table ruled on every side with
  IGST 5% and its Total) with the firm's accountant's marks: a tick at the total, a ring round it, a
  highlighter over the mill's bank line, "Pd. by NEFT, UTR ..., dt. <day> - N.A." in the hand; Moglix's
  payment failed for a sewing machine on a tinted band (the reason in a notice; Order ID and Order value, Sold
  by and Payment method, Attempted on and Items, each label small over its value two to a row); Shiprocket's
  app with an export parcel's shipment created and paid ("Today, <hour>"; Shiprocket Limited under its bar; AWB
  and Courier, Weight and Freight in tiles; GST 18%, Total paid at the left and the right; a copyable UPI Ref;
  no day); a Johari Bazar cloth merchant's memo under a Mahajani श्री and his Hindi name (Date and M/s
  written in; the georgette and net by the metre written in its columns on a bahi's red rules, Total; "Paid by
  GPay, UPI Ref ..." in the hand); a Jaipur printer's TAX INVOICE from myBillBook (Invoice No., Invoice Date
  and Due Date on a line; # | Item | Qty | Rate | Amount in a striped table; Taxable Amount, CGST 9%, SGST 9%,
  Total Amount, Received Amount, Balance Amount; Payment Date, Payment Mode and UPI Ref on hairline rows);
  Bizongo's order with the payment pending for kraft mailers (a capsule, a notice; Order ID, Seller, Items,
  Order value, Payment, Initiated on in a table ruled on every side); a Kinari Bazar shop's BILL corrected by
  hand (its Bill No. struck in red by a numbering machine; M/s written in; the kinari, zari dori and sitara in
  ruled columns; its Total crossed out and written again with the writer's initials; "Recd. by PhonePe, UPI Ref
  ..." and "dt. <day>" in the hand). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Kotak's app with an IMPS to the printers
  successful under a large tick (the sum, "to <payee>"; IMPS Ref No., Beneficiary A/c, IFSC, Date & Time,
  Remarks each value over its label); YES BANK's iris with a NEFT failed on a scalloped badge (the reason in a
  notice; labels small over their values two to a row: Beneficiary and Amount, UTR and Date, Debit A/c and
  Mode); IDFC FIRST Bank's RTGS to the Surat lace mill successful (a capsule, the sum; Beneficiary Name,
  Amount, UTR, Value Date, Account No., IFSC, Purpose in a striped table); BOI Mobile's UPI to the rangrez
  ("Today, <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a copyable UPI Transaction ID; From,
  Note; no day); Cent Mobile's NEFT in process under a spinner (its stages left to right, a notice;
  Beneficiary, Amount, Transaction Ref. No., UTR, Initiated on in shaded labels); RBL MoBank's IMPS successful
  under a tile's tick (Beneficiary, Amount, IMPS Ref No., Date & Time, From A/c, Remarks in a table ruled on
  every side); the Jaipur Central Co-operative Bank's NEFT / RTGS APPLICATION - CUSTOMER COPY filled in by hand
  under the bank's Hindi name (each field's English over its Hindi in ruled cells: Date / दिनांक, Remitter /
  प्रेषक, Beneficiary / लाभार्थी, A/c No. / खाता संख्या, IFSC / आईएफएससी, Amount / राशि; NEFT and RTGS in
  boxes, NEFT ticked; the branch's rectangular NEFT SENT stamp; UTR written in by the branch); Bandhan Bank's
  shared card of a NEFT to the tailor ("<sum> sent to <payee>", "on <day>", "via NEFT"; no reference). All new
  here.

* ``worker_pay``: The firm paying its karigars at the karkhana and at home, its patti cutters and its
  showroom's staff: the karkhana's KARIGAR WAGE CARD under its Hindi heading "कारीगर मजदूरी हिसाब" (karigar's
  wage account), photographed lying on a leheriya, sitaras in its margins (Karigar written in; the days'
  pieces, their work, number and rate written in its ruled columns, Total; "Paid in cash" and "Paid on"
  written in; her "Recd." and name; no reference); greytHR's payslip for the showroom's salesman (Payslip for
  the month; Employee No. and Name, Designation and Date of Joining, Bank A/c and UAN, Paid Days and LOP two
  pairs to a row in a table ruled on every side; Earnings | Amount | Deductions | Amount on hairline rows; Net
  Pay on a tinted panel; "Paid on <day> by NEFT, UTR ..."); Google Pay's Completed to a home karigar (her
  initials in a round badge, "To <payee>", the sum large, the day and hour; a card: UPI transaction ID, To,
  From, Google transaction ID); Airtel Payments Bank's UPI payment pending to a patti cutter (a capsule, the
  sum, "to <payee>", its stages across the screen, a notice; UPI Ref No., Initiated on, From against a
  gutter); Groww's UPI payment to a karigar under a tile's tick ("Today, <hour>"; the sum, "to <payee>"; UPI
  Ref No. and From in tiles; no day); PayZapp's UPI payment failed on a tinted band (the sum, "to <payee>", the
  reason in a notice; labels small over their values two to a row: UPI Ref No. and Attempted on, Paid from and
  Reason); the firm's PAYMENT VOUCHER printed from BUSY for a karigar's Eid bonus (Voucher No. beside Date;
  Account : Cash; Particulars | Amount with her line and "Being Eid bonus paid in cash"; the sum under a rule;
  Rupees in words; Prepared by, Checked by, Receiver's signature); Tata Neu's UPI payment to the showroom's
  salesgirl under a pale wave (Payment successful, "Paid to" over the payee, the sum; UPI Ref No. and Date in
  tiles). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: the Municipal Corporation
  Jaipur Heritage's trade licence renewal e-receipt under its Hindi name (each label's Hindi over its English:
  रसीद संख्या / Receipt No., लाइसेंस संख्या / Licence No., फर्म / Firm, अवधि / Period, राशि / Amount, भुगतान /
  Payment Mode, ट्रांजैक्शन आईडी / Transaction ID, दिनांक / Date); an e-Mitra kiosk's receipt on its torn roll
  under ई-मित्र for the Labour Department's shop registration renewal (KIOSK, DEPARTMENT, SERVICE, APPLICANT,
  AMOUNT, MODE, e-MITRA TXN, DATE typed in its printer's face); EPCH's membership renewal payment failed on a
  tinted band (the reason in a notice; Membership No., Financial Year, Amount (incl. GST), Transaction ID,
  Payment Mode, Attempted on in shaded labels); the GST portal's Payment Receipt (GST PMT-06) (GSTIN, Name
  (Legal), CPIN, CIN, BRN, Date of Deposit, Mode as label and value on a line; Head | Tax | Interest | Total in
  a table ruled on every side; Total Challan Amount); Dilli Haat's STALL RENT RECEIPT from DTTDC's book, its
  counterfoil and receipt across a perforation (No. left blank; Date, Received from, Rupees, on account of and
  "in cash" written in on both; the sum in a box; a rectangular CASH RECEIVED stamp; no reference); EPFO's ECR
  payment pending at the bank under its Hindi name (a capsule, a notice; TRRN and CRN, Wage Month and Amount,
  Bank and Initiated on, each label small over its value two to a row); mParivahan's e-challan paid for the
  showroom's scooter ("Today, <hour>"; Jaipur Traffic Police under the app's bar, a large tick, Challan paid,
  the sum; Challan No., Vehicle No., Offence, Transaction ID, Paid via at the left and the right; no day); the
  Ministry of External Affairs' Passport Seva online payment receipt (Payment Successful; ARN, Applicant,
  Service, Amount, Payment Reference No., Payment Date, Mode each value over its label). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top, under its app's bar, after "to" or named in
  its message: United India Insurance's PREMIUM RECEIPT for the showroom's shopkeeper's policy under its Hindi
  name (Receipt No. and Receipt Date, Policy No. and Period, Insured and Product, Net Premium and CGST 9%, SGST
  9% and Total Premium, Mode and UTR two pairs to a row in a table ruled on every side); HDFC ERGO's app with a
  health renewal's card payment failed under a scalloped badge (the insurer under the app, the reason in a
  notice; Policy No., Premium, Payment ID, Card, Attempted on each value over its label); SBI Life's mail of a
  renewal premium received ("We acknowledge with thanks the receipt of your renewal premium of Rs. x on <day>
  ..."; Policy No., Plan, Next due date, Amount received, Mode, Receipt No., UPI Ref. No. in dot leaders); Tata
  AIG's marine cargo premium receipt for an export consignment (Certificate No., Voyage, Sum Insured, Premium,
  IGST 18%, Total, Payment Mode, Bank Ref. No., Payment Date on hairline rows); Care Health's renewal payment in
  process (a capsule, the sum, "to <insurer>", its stages left to right, a notice; Proposal No., Transaction
  ID, Initiated on, Mode at the left and the right); ACKO's app with the showroom's scooter renewed ("Today,
  <hour>"; the insurer under the app, a tile's tick, Policy renewed, the sum; Policy No. and Payment ID in
  tiles; "Paid via UPI"; no day); Axis Max Life's SMS of a premium received ("Dear Customer, premium of Rs x for
  policy no. ... received on <dd-mm-yyyy> via NetBanking. Thank you for choosing Axis Max Life Insurance."; no
  reference); IFFCO-Tokio's premium receipt for the karkhana's Bharat Sookshma Udyam Suraksha policy (Receipt
  No., Receipt Date, Policy No., Product, Risk Location, Net Premium, CGST 9%, SGST 9%, Total Premium, Payment
  Mode, Transaction ID in a striped table). All new here.

* ``card_slips``: Cards on the showroom's and the stall's terminals and the firm's cards elsewhere: Kotak
  Mahindra Bank's SALE slip at Sitara Gota House (TID and MID, BATCH and INVOICE, DATE and TIME two to a line;
  the card TAP; AUTH CODE, RRN; AMOUNT; APPROVED, NO SIGNATURE REQUIRED, MERCHANT COPY); Pine Labs' slip at the
  Dilli Haat stall in its days timed out (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN TIMED OUT, STATUS
  PENDING, PLEASE CHECK WITH BANK BEFORE RETRY); ICICI Bank's CHARGE SLIP at a Surat hotel (DATE and TIME on a
  line, MID and TID on a line, BATCH NO., INV NO., the card CHIP, APPR CODE, RRN, TOTAL AMOUNT; APPROVED,
  CARDHOLDER COPY); Mosambee's CARD SALE slip at a Jaipur tea stall (Date, Time, TID, Txn No., Card, Auth, RRN,
  Amount; Approved, powered by mosambee); YES BANK's slip at a fuel station DECLINED (91 ISSUER OR SWITCH
  INOPERATIVE, NO AMOUNT DEBITED); American Express' mail of a charge on the firm's card at a Delhi hotel ("A
  charge of INR x has been made on your Card ending ... at <merchant> on <day>."; no reference); Scapia's app
  with a spend at an airline ("Today, <hour>"; the merchant's line and its town, the sum, Successful; Card,
  Transaction ID, Category at the left and the right; no day); a Jaipur rooftop cafe's TAX INVOICE from Petpooja
  settled by card (Bill No., Date and Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Paid by
  Card", the card and its Auth). All new here.

* ``utility_bills``: The karkhana's and the showroom's bills: JVVNL's Bijli Mitra app with the karkhana's bill
  paid under a large tick (the discom under the app; labels small over their values two to a row: K No. and
  Bill Month, Transaction ID and Bank Ref No., Payment Date and Mode); Torrent Gas' online payment receipt of
  the karkhana's piped gas bill (Payment Successful; BP No., Customer Name, Bill No., Amount, Payment Mode,
  Transaction ID, Payment Date in dot leaders); PHED Rajasthan's water bill receipt under its Hindi name
  (Consumer No., Name, Bill Period, Amount, Transaction No., Bank Ref. No., Payment Date, Mode against a
  gutter); Vi's postpaid bill payment failed on a tinted band (the company under the app, the reason in a
  notice; Vi number, Amount, Order ID, Payment mode, Attempted on at the left and the right); Excitel's
  broadband payment pending (a capsule, the sum, "for Excitel Broadband", its stages across the screen, a
  notice; Account ID, Plan, Transaction ID, Initiated on, Paying via each value over its label); Tata Play's
  recharge under a tile's tick ("Today, <hour>"; the sum, "for Tata Play"; Subscriber ID and Transaction ID in
  tiles; Paid via; no day); a Bharatgas distributor's CASH MEMO CUM TAX INVOICE for a commercial cylinder (the
  distributor under Bharatgas; Memo No. left blank; Date, Consumer, Cylinder, Rate (incl. GST) and Delivery
  charge written in; Total Rs. in a box; "Recd. cash" and the delivery man's initials; no reference); the
  Municipal Corporation Jaipur Heritage's door-to-door waste user charge in its app (the Corporation under the
  app's bar, User charge paid; Property ID, Category, Period, Amount, Receipt No., Transaction ID, Paid on, Mode
  in a striped table). All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in Kotak Mahindra Bank's ("Sent Rs.x from
  Kotak Bank AC X1234 to <PAYEE> on <dd-mm-yy>.UPI Ref ... Not you, https://kotak.com/KBANKT/Fraud"), YES
  BANK's ("NEFT of INR x to <PAYEE> (A/c XX1234) initiated on <dd-Mon-yyyy> is under process. UTR ... You will
  be informed once it is credited. -YES BANK"), Bank of India's ("IMPS txn of Rs x to <PAYEE> on <dd-Mon-yy>
  has failed. RRN ... Amt debited, if any, will be reversed. -Bank of India"), Central Bank of India's ("Your
  a/c no. XXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> by NEFT. Avl Bal Rs.y -Central
  Bank of India"; no reference) and Bandhan Bank's ("INR x debited from A/c XX1234 on <dd/mm/yy> via UPI to
  <PAYEE>. UPI Ref: ... Not you? Call ... -Bandhan Bank") wordings; IDFC FIRST Bank's mail ("Your A/c
  XXXXX1234 has been debited with INR x on <dd/mm/yyyy> towards IMPS to <PAYEE>. IMPS Ref No. ..."); the
  Jaipur Central Co-operative Bank's SMS in Hindi in a card in the phone's messages thread under its day
  divider ("आपके खाते XX1234 से <dd-mm-yyyy> को UPI द्वारा <PAYEE> को रु x का भुगतान किया गया। संदर्भ सं.
  ...। -JCCB" (from your account XX1234 on <day> x rupees were paid to <PAYEE> by UPI; ref. no. ...)); RBL
  Bank's notification in a phone's pulled-down shade under its quick settings ("RBL Bank | now"; "Rs.x debited
  from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(heldout287's, regular and bold, fonts-noto-core) for the Hindi lines, labels, hand and SMS, an upright
DejaVu Sans for a Hindi hand's figures (heldout287's), Noto Sans Mahajani (fonts-noto-core) for a Mahajani
line (heldout282's letters), an italic or oblique for the hand (``heldout301_families.PENS``) and a
fixed-width face of the page's own (``heldout301_families.TYPES``). The Dilli Haat stall's card slip is drawn
in its fifteen days (1 to 15 December 2026) and DTTDC's stall rent receipt in the weeks before them, the
karigar's Eid bonus voucher in the fortnight before Eid ul-Fitr (20 March 2026); the other days anywhere in
2026. GST is 5% on the gota work (HSN 5810 embroidery in the piece, 5808 lace; IGST 5% to a buyer in
Maharashtra, IGST 5% on the lace from Gujarat) and on the rooftop cafe's food (CGST 2.5% and SGST 2.5%), 18% on
the printer's tags, labels and boxes (CGST 9% and SGST 9%), on the courier's freight, on the marine cargo
premium (IGST 18%) and on the shop's and the karkhana's premiums (CGST 9% and SGST 9%); the health and life
premiums carry none printed.

Truth conventions (heldout299's, heldout298's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  MobiKwik's "Paid to", after "to" on super.money, YONO SBI, Jupiter, Freecharge and IDFC FIRST Bank, after
  "paid to" on Kotak811; the showroom, the firm, the firm as a bank's field cuts it (SITARA GOTA PATTI WORK) or
  the showroom with its town (SITARA GOTA HOUSE JAIPUR); never the app, the payer, a UPI ID or "from <buyer>".
  *settled* (heldout268 to heldout299): a receiving business's own app pays the business named under the app,
  here the showroom under Google Pay for Business (never Google Pay or its tabs). *settled* (heldout167 to
  heldout299): a payer's advice pays the one it pays, never the payer on top or a salutation; here CCIC's
  Vendor (the firm after M/s; never the Corporation or its Hindi name), SAP's Vendor (never the stores chain on
  top or its Vendor No.), Vyapar's Paid To (never the planner on top), ICICI Bank's Beneficiary Name (never the
  couture label or the bank), the payee in the Teams message ("released to <payee> by NEFT", never the writer
  over it, the channel or the @mention, *settled* heldout286 and heldout299's Slack), PayU's Beneficiary (never
  PayU or the wedding company), the payee in the planner's mail ("to <payee> through NEFT", never "Dear Sameer
  bhai" or the writer), Standard Chartered's Beneficiary Name (never the bank on top or the brand in its
  sentence). *settled* (heldout155 to heldout299): an inward wire pays the firm, here Barclays' Payee name,
  the name after "to" on Chase, Emirates NBD and MCB Juice, RBC's Recipient, DBS' Beneficiary Name, CommBank's
  Payee, the payee in Wise's "Your money has been paid out to <payee>." (the name without the sentence's full
  stop); never the remitter, "Hi <payer>" or the bank on top. *settled* (heldout175 to heldout299): the firm's
  own paper pays its showroom or itself on top, here SITARA GOTA HOUSE on its tax invoice (never its Hindi
  line, the firm it is a unit of or its Bill to), Sitara Gota House on top of PhonePe's and CCAvenue's pages
  (never the gateway), on top of its booking receipt (never the Name written in), on top of its Wix mail and
  its roll, the firm on top of its Refrens receipt (never its Received From); the business named on top of its
  WhatsApp Business chat, its signature "- Sitara Gota House, Johari Bazar" the same (*settled* heldout298's
  WhatsApp chat and heldout295's and heldout297's signed replies: the name before its place). A name in Hindi
  over its English: the English line, never the Hindi (*settled*, as heldout296's and heldout298's Hindi); a
  name under a Mahajani line and its Hindi: the English line (*settled* heldout282). *settled* (heldout187 to
  heldout299): a supplier's name on top of its own paper, here NOOR MOHAMMED RANGREZ under his Hindi name (never
  the khata line naming the firm), SHREE AMBIKA LACE MILLS (never its Buyer), Moglix's Sold by (never Moglix),
  Shiprocket Limited under its app's bar (as heldout298's Delhivery Limited), MAHAVEER TEXTILES under its
  Mahajani श्री and Hindi name (never its M/s written in), PINK CITY PRINTERS & PACKAGING (never myBillBook),
  Bizongo's Seller (never Bizongo), JAIN KINARI BHANDAR (never its M/s). *settled* (heldout179 to heldout299): a
  banking page pays the payee, here after "to" on Kotak and BOI Mobile, iris' and Cent Mobile's Beneficiary,
  IDFC FIRST Bank's Beneficiary Name, RBL MoBank's Beneficiary, the Beneficiary written on the co-operative
  bank's form (never its Remitter or the bank's Hindi name), the payee in Bandhan Bank's "<sum> sent to
  <payee>". *settled* (heldout150 to heldout299): a pay slip pays the worker, here the Karigar written on the
  wage card (never the karkhana or its Hindi heading), greytHR's Name (never the firm on top), after "To" on
  Google Pay and "to" on Airtel Payments Bank, Groww and PayZapp, under Tata Neu's "Paid to", the karigar on
  BUSY's Particulars line (*settled* heldout295's payment voucher, which pays the party it debits; never the
  firm on top). *settled* (heldout153 to heldout299): a fee page pays the authority as printed, here the
  Municipal Corporation Jaipur Heritage (or Nagar Nigam Jaipur Heritage as printed) under its Hindi name,
  e-Mitra's DEPARTMENT (LABOUR DEPARTMENT; *settled* heldout275: never e-Mitra on top, the KIOSK or the
  APPLICANT), EPCH on top (*settled* heldout206's CEPCI: the council as printed), Goods and Services Tax on top
  of the PMT-06 receipt (*settled* heldout262: never the Name (Legal)), DTTDC on top of the Dilli Haat receipt
  (never Received from), EPFO on top (never its Hindi name), the police under mParivahan's bar (Jaipur Traffic
  Police; *settled* heldout272's Echallan: never the app or Parivahan), the Ministry of External Affairs on top
  of Passport Seva's page (*settled* heldout282: never the portal's name or the Applicant). *settled*
  (heldout199 to heldout299): an insurer's receipt pays the insurer on top (full or short as printed), under
  its app's bar, after "to" or named in its SMS (*settled* heldout298's ICICI Lombard), never the Insured, the
  Applicant or a salutation; here HDFC ERGO and ACKO under their apps' bars, Care Health Insurance after "to",
  Axis Max Life Insurance in its SMS. A slip's counter name line as printed (SITARA GOTA HOUSE, SITARA GOTA
  HOUSE - DILLI HAAT or its first part, the hotel, the tea stall, the fuel station), never *settled* the
  terminal's brand over it (KOTAK MAHINDRA BANK, PINE LABS, ICICI BANK, mosambee, YES BANK); Scapia's merchant
  line over its town (*settled* heldout297's card issuer's app); the merchant after the "at" of American
  Express' mail (*settled* heldout299's HDFC Bank mail), never American Express on top; the cafe on top of its
  bill (never Petpooja). A utility's biller: Jaipur Vidyut Vitran Nigam Ltd. (or JVVNL as printed) under Bijli
  Mitra's bar (*settled* heldout275's AVVNL: never Bijli Mitra), Torrent Gas on top, PHED Rajasthan on top
  under its Hindi name (never the Name), the company under Vi's bar (Vodafone Idea; never Vi), after "for" on
  Excitel and Tata Play (*settled* heldout299's HP Pay), the distributor under Bharatgas on its cash memo
  (*settled* heldout269: never Bharatgas or BPCL), the Corporation under its app's bar. An SMS, mail or
  notification alert's payee as the bank sends it (*settled*, the truncated name as printed, without the
  sentence's full stop, read across its lines where it wraps): Kotak's "to <PAYEE> on", YES BANK's "to <PAYEE>
  (A/c", IDFC FIRST Bank's "towards IMPS to <PAYEE>.", Bank of India's "to <PAYEE> on", Central Bank of India's
  "credited to <PAYEE> by NEFT", Bandhan Bank's "via UPI to <PAYEE>.", the Hindi SMS' "<PAYEE> को" (to <PAYEE>,
  *settled* heldout284), RBL Bank's "to <PAYEE> via IMPS".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout299): a payer's advice counts its net sum, here CCIC's Total remitted (never a Gross or a TDS-GST 2%,
  *settled* heldout296 and heldout298), SAP's Amount remitted (its Total the same; never a document's Gross),
  Vyapar's Paid, ICICI Bank's Amount, the Rs. x in the Teams message and in the planner's mail, PayU's Amount,
  Standard Chartered's Payment Amount (never an invoice's Amount). *settled* (heldout155 to heldout299): an
  inward wire's foreign sum, here pounds (the pound's sign or GBP), US dollars ($ or USD), Canadian dollars
  (C$, CAD before or CAD after, *settled* heldout239 and heldout271), dirhams (AED before the sum, *settled*
  heldout214), Singapore dollars (S$ or SGD, *settled* heldout289), Mauritian rupees with their code (MUR
  139,970.00 is 139970.00, *settled* heldout278), Australian dollars (A$, AUD before or AUD after, *settled*
  heldout202 and heldout289), euros the English way as Wise prints them (€925.55 or 925.55 EUR, *settled*
  heldout278's €3,100.00); never a Fee, a Transfer fee, an Exchange rate, Wise's fee or a converted sum in
  rupees (RBC's Recipient receives, Wise's Recipient gets; *settled* heldout279 and heldout287). *settled*
  (heldout175 to heldout299): a receipt counts the sum received, here the tax invoice's Grand Total (never the
  Taxable value, IGST 5%, the Round off or a line's Amount), PhonePe's and CCAvenue's Amount, the booking
  receipt's Advance received (अग्रिम) written in, never its Order value (कुल राशि) or Balance (बाकी) (*settled*
  heldout250 and heldout252: an advance counts, never the order's value or the balance still due), Wix's Total
  (never Subtotal or Delivery), the roll's Net Amount (its Paid by UPI the same), Refrens' Amount Received (its
  words the same), the Rs. x in the WhatsApp reply. A whole sum closed with /- is that sum in whole rupees
  (heldout259). *settled* (heldout187 to heldout299): a supplier's paper counts the sum paid, here कुल (total)
  on the rangrez's bahi page (*settled* heldout275; never a line of it), the lace mill's Total (never IGST 5%
  or a line's Amount), Moglix's Order value, Shiprocket's Total paid (never Freight or GST 18%), the cloth
  merchant's Total written in (never a line's Rs. or a Rate), myBillBook's Received Amount (its Total Amount the
  same; never the Taxable Amount, CGST 9%, SGST 9% or the Balance Amount), Bizongo's Order value, the kinari
  bill's total written again after the figure crossed out (*settled* heldout275: the correction stands; never
  the crossed-out figure or a line's Rs.). A banking page's sum, the co-operative bank's Amount / राशि written
  in. *settled* (heldout167 to heldout299): a pay slip's net sum, here the wage card's Total written in (never
  a Rate or a line's Rs.), greytHR's Net Pay (never Gross Earnings, an earning or a deduction), the sums large
  on Google Pay, Airtel Payments Bank, Groww, PayZapp and Tata Neu, BUSY's Amount on the karigar's line (its
  total under the rule and its words the same). A fee page's Amount / राशि, AMOUNT, Amount (incl. GST), the
  PMT-06 receipt's Total Challan Amount (*settled* heldout262: never a head's row), the Rs. in the receipt
  book's box (its words the same), EPFO's Amount, the e-challan's sum large, Passport Seva's Amount. An
  insurer's premium with its GST where it carries one (*settled*), here United India's Total Premium (never Net
  Premium, CGST 9% or SGST 9%), HDFC ERGO's Premium, the sum in SBI Life's sentence (its Amount received the
  same), Tata AIG's Total (never Premium, IGST 18% or Sum Insured), the sums on Care Health and ACKO, the Rs x
  in Axis Max Life's SMS, IFFCO-Tokio's Total Premium (never Net Premium, CGST 9% or SGST 9%). A slip's AMOUNT,
  TOTAL AMOUNT, Amount, the INR x in American Express' mail, Scapia's sum large, the cafe's Grand Total (never
  the Sub Total, CGST 2.5%, SGST 2.5% or a dish). A utility's sums large, Torrent Gas' and PHED's Amount, Vi's
  Amount, the cash memo's Total Rs. in its box (never the Rate or the Delivery charge), the user charge's
  Amount. An alert's sum debited as worded (grouped the Indian or the English way or not at all), never an Avl
  Bal. Currency INR but on the wires.

* status: as printed. MobiKwik's Payment Successful, Kotak811's Payment successful, Jupiter's Paid,
  Freecharge's and IDFC FIRST Bank's Payment Successful, Google Pay for Business' Received successes;
  super.money's Payment processing pending; YONO SBI's UPI transaction failed failed. A payer's own record of the
  payment made (*settled*, as heldout287's and heldout295's vouchers and both sets' Zoho Books): SAP's
  REMITTANCE ADVICE ("We have remitted"), Vyapar's Payment-Out; CCIC's PAYMENT ADVICE, the Teams message's
  "released", the planner's "We have transferred", Standard Chartered's "we have effected the payment"
  successes; PayU's In progress pending; ICICI Bank's RTGS Rejected failed. A wire's "International payment
  sent", RBC's Confirmation, Emirates NBD's Transfer successful, DBS' Status Completed, MCB Juice's Transfer
  sent, Wise's "Your money has been paid out" successes; Chase's In process with its stages pending;
  CommBank's International Money Transfer returned failed. A receipt's "Payment received by IMPS" under its
  PAID stamp, "Advance received in cash", Wix's "Paid", the roll's "Paid by UPI", Refrens' Amount Received, the
  reply's "Received ... with thanks" successes; PhonePe's Payment pending pending; CCAvenue's Transaction
  Status: Failure failed. A supplier's "नकद प्राप्त किए" (received in cash) in a Hindi hand (*settled*
  heldout296's Hindi hand's "नकद प्राप्त"), the accountant's "Pd. by NEFT" by his tick and ring, Shiprocket's
  "Shipment created and paid", "Paid by GPay" written on the memo, myBillBook's Received Amount with its
  Balance Amount nil, "Recd. by PhonePe" written on the kinari bill successes; Bizongo's Payment pending
  pending; Moglix's Payment failed failed. A banking page's Transfer successful, RTGS successful, Paid, IMPS
  successful, Bandhan Bank's Money sent, the UTR written in under the branch's NEFT SENT stamp (*settled*
  heldout274, heldout296 and heldout298) successes; Cent Mobile's NEFT in process pending; iris' Transaction
  failed failed. A pay slip's "Paid in cash" on the wage card, greytHR's "Paid on ... by NEFT", Google Pay's
  Completed, Groww's and Tata Neu's Payment successful, BUSY's voucher (a payer's own record of cash paid, as
  heldout298's cash voucher) successes; Airtel Payments Bank's Payment pending pending; PayZapp's Payment
  failed failed. A fee page's e-receipt with its Transaction ID, e-Mitra's receipt with its TXN, the PMT-06
  receipt with its CIN and BRN (*settled* heldout262), the receipt book's "in cash" under its CASH RECEIVED
  stamp, the e-challan's Challan paid, Passport Seva's Payment Successful successes; EPFO's Payment pending at
  bank pending; EPCH's Payment Failed failed. An insurer's PREMIUM RECEIPT, SBI Life's "We acknowledge with
  thanks the receipt", Tata AIG's premium receipt with its Bank Ref. No., ACKO's Policy renewed, Axis Max
  Life's "received", IFFCO-Tokio's premium receipt with its Transaction ID successes; Care Health's Payment in
  process pending; HDFC ERGO's Payment failed failed. A slip's APPROVED, Approved, Scapia's Successful, the
  cafe's "Paid by Card" with its Auth successes; *settled* (new here) American Express' "A charge of INR x has
  been made" a success, because the issuer reports a charge it has made to the card (as heldout299's HDFC
  Bank's "Thank you for using your ... Credit Card"); Pine Labs' TXN TIMED OUT with STATUS PENDING and PLEASE
  CHECK WITH BANK BEFORE RETRY pending (*settled* heldout282's TXN STATUS UNKNOWN, as heldout299's STATUS
  UNKNOWN); YES BANK's DECLINED (91 ISSUER OR SWITCH INOPERATIVE) failed. A utility's Bill payment successful,
  Payment Successful, Recharge successful, User charge paid, the cash memo's "Recd. cash" successes; PHED's
  receipt (its sum received with its Bank Ref. No.) a success; Excitel's Payment pending pending; Vi's Payment
  failed failed. *settled*: an SMS, mail or notification alert's debit a success whatever its bank's wording
  (Kotak's "Sent", IDFC FIRST Bank's "has been debited", Central Bank of India's "is debited ... and credited
  to", Bandhan Bank's "debited", the Hindi SMS' "भुगतान किया गया" (was paid), RBL Bank's "debited"); YES BANK's
  "is under process" pending (as heldout298's ICICI Bank's "is pending for credit"); Bank of India's "has
  failed" failed.

* date: the day paid. A UPI screen's day and hour: Google Pay for Business' day and hour, MobiKwik's Date &
  Time, super.money's Started at, Kotak811's Date, YONO SBI's Date, Freecharge's Date & Time, IDFC FIRST Bank's
  Date; Jupiter's "Today, <hour>" prints no day (*settled*). CCIC's Date, SAP's Value Date (never a Doc. Date),
  Vyapar's Date, ICICI Bank's Value Date, PayU's Requested on, the "today, <day>" in the planner's mail,
  Standard Chartered's Value Date (never an Invoice Date); the Teams message under its "Today" divider prints
  no day (*settled* heldout286, heldout289 and heldout299's Slack; never a message's hour). A wire's Payment
  date, Chase's Send date month first in words (Mar 25, 2026, *settled* heldout288 and heldout292; never its
  Deliver by), RBC's Date as an ISO day (2026-11-04, *settled* heldout270 and heldout271) or month first in
  words, Emirates NBD's "on <day>", DBS' Value Date, CommBank's Date, Wise's Sent on (its steps' day the same);
  MCB Juice's "Today, <hour>" prints no day (*settled*). A receipt's Date on the tax invoice (the IMPS under its
  PAID stamp the same day), PhonePe's Initiated at, the booking receipt's Booking date written in, never its
  Wedding date, Trial date or Delivery date (*settled* (new here), because they are the days of the order to
  come, the bride's wedding and the fitting, not of the advance paid, as a delivery day never is), Wix's Order
  date, the roll's Dt, CCAvenue's Date & Time, Refrens' Receipt Date; the WhatsApp reply under "Today" prints no
  day (*settled*). A supplier's दिनांक written on the bahi page, the "dt. <day>" in the accountant's hand (never
  the lace mill's invoice Date, *settled* heldout295 and heldout299), Moglix's Attempted on, the memo's Date
  written in, myBillBook's Payment Date (never its Invoice Date or Due Date), Bizongo's Initiated on, the "dt."
  written on the kinari bill; Shiprocket's "Today, <hour>" prints no day. A banking page's Date & Time, Date,
  Value Date, Initiated on, the Date written on the co-operative bank's form, Bandhan Bank's "on <day>"; BOI
  Mobile's "Today, <hour>" prints no day. A pay slip's "Paid on" written on the wage card (never a day in its
  rows, *settled* heldout298's job card), greytHR's "Paid on <day>" (never the payslip's month or the Date of
  Joining, *settled* heldout273), Google Pay's day and hour, Airtel Payments Bank's Initiated on, PayZapp's
  Attempted on, BUSY's Date, Tata Neu's Date; Groww's "Today, <hour>" prints no day. A fee page's Date / दिनांक
  (never its Period / अवधि), e-Mitra's DATE, EPCH's Attempted on (never its Financial Year), the PMT-06
  receipt's Date of Deposit, the Date written on the receipt book, EPFO's Initiated on (never its Wage Month),
  Passport Seva's Payment Date; mParivahan's "Today, <hour>" prints no day. An insurer's Receipt Date (never
  United India's Period), HDFC ERGO's Attempted on, the day in SBI Life's sentence (never its Next due date),
  Tata AIG's Payment Date, Care Health's Initiated on, the day in Axis Max Life's SMS, IFFCO-Tokio's Receipt
  Date; ACKO's "Today, <hour>" prints no day. A slip's DATE, Date, DATE: on its line, the day in American
  Express' mail, the cafe's Date; Scapia's "Today, <hour>" prints no day. A utility's Payment Date (never a Bill
  Month or Bill Period), Vi's Attempted on, Excitel's Initiated on, the cash memo's Date written in, the user
  charge's Paid on (never its Period); Tata Play's "Today, <hour>" prints no day. The alerts' "on <dd-mm-yy>",
  "initiated on <dd-Mon-yyyy>", "on <dd/mm/yyyy>", "on <dd-Mon-yy>", "on <dd-mm-yyyy>", "on <dd/mm/yy>", the
  Hindi SMS' "<dd-mm-yyyy> को" (on <day>, in Latin figures as the bank sends them, as heldout299's Bengali SMS);
  RBL Bank's "now" in the shade prints no day (*settled* heldout279 and heldout287). All numeric days here are
  day first (heldout251, heldout259) but RBC's ISO day. *settled*: never a Period, a Bill Month, a Bill Period,
  a Wage Month, a Financial Year, a payslip's month, a Date of Joining, an invoice's, a bill's, a doc's, a due,
  a delivery, a trial, a wedding or a next-due day, a Deliver by day, an e-mail's or a message's hour, the day
  inside a UTR (heldout210) or inside an app's, a portal's, a bank's or a terminal's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (CCIC's, SAP's and Standard Chartered's NEFT or RTGS,
  Vyapar's Bank (IMPS), ICICI Bank's RTGS, the Teams message's NEFT, PayU's IMPS, the planner's NEFT; the tax
  invoice's IMPS, Refrens' NEFT or RTGS; the lace mill's NEFT; the banking pages but BOI Mobile's UPI, the
  co-operative bank's NEFT ticked; greytHR's NEFT; the Corporation's, EPCH's, the PMT-06 receipt's, EPFO's and
  Passport Seva's Net Banking or Internet Banking; United India's NEFT, Tata AIG's Net Banking, Axis Max Life's
  NetBanking; PHED's Net Banking; the NEFT and IMPS alerts); a SWIFT transfer either way (*settled*: Barclays'
  Shared (SHA), Chase's wire, RBC's transfer to an Indian bank, Emirates NBD's International (SWIFT), DBS'
  telegraphic transfer (SHA), MCB Juice's international transfer, CommBank's international money transfer,
  Wise's transfer paid out to the firm's bank, *settled* heldout279). UPI for the UPI screens and Google Pay for
  Business' "UPI"; PhonePe's UPI, the roll's "Paid by UPI", the WhatsApp reply's "via GPay"; Shiprocket's,
  the memo's GPay, myBillBook's and the kinari bill's PhonePe UPI; BOI Mobile's UPI; Google Pay, Airtel
  Payments Bank, Groww, PayZapp and Tata Neu; the e-challan's UPI; SBI Life's, Care Health's and ACKO's UPI;
  JVVNL's, Excitel's, Tata Play's and the user charge's UPI; the UPI alerts. Card for Wix's Visa, Mastercard or
  RuPay, CCAvenue's Credit Card, Moglix's Credit card, HDFC ERGO's Credit card, IFFCO-Tokio's Credit Card, the
  slips, American Express' mail, Scapia, the cafe's "Paid by Card", Torrent Gas' Debit Card and Vi's Credit
  card. Cash for the booking receipt's "Advance received in cash", the bahi's "नकद प्राप्त किए" (received in
  cash) in a Hindi hand (*settled* heldout296), the wage card's "Paid in cash", BUSY's Account : Cash, e-Mitra's
  MODE CASH, the Dilli Haat receipt's "in cash", the cash memo's "Recd. cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout299): a UPI
  reference / UTR / RRN / IMPS reference (MobiKwik's UPI Ref. No., super.money's UPI transaction ID, Kotak811's
  UPI Ref No, YONO SBI's UPI Ref. No., Jupiter's UPI Ref No., Freecharge's UPI Transaction ID, IDFC FIRST Bank's
  UPI Ref No.; CCIC's UTR, SAP's Bank Ref. (UTR), Vyapar's Ref. No. (the IMPS reference), ICICI Bank's UTR
  (above its Transaction Reference No.), the Teams message's UTR, Standard Chartered's Bank Reference (UTR); the
  tax invoice's IMPS Ref, the roll's UPI Ref, Refrens' Transaction Id (the UTR), the WhatsApp reply's UPI Ref;
  the lace mill's UTR in the hand, Shiprocket's UPI Ref, the memo's and the kinari bill's UPI Ref, myBillBook's
  UPI Ref; the banking pages' IMPS Ref No., UTR, UPI Transaction ID (Cent Mobile's UTR above its Transaction
  Ref. No.), the UTR written on the co-operative bank's form; greytHR's UTR, the apps' UPI references (Google
  Pay's UPI transaction ID above its Google transaction ID); United India's UTR, SBI Life's UPI Ref. No.; a
  slip's RRN; the alerts' UPI Ref, UTR, IMPS Ref No., RRN, UPI Ref:, संदर्भ सं. (ref. no.), IMPS Ref), then a
  bank reference (Barclays' Payment reference, Chase's Transaction number, RBC's Confirmation number, DBS'
  Transaction Reference, MCB Juice's Reference, CommBank's Receipt number, the PMT-06 receipt's BRN (above its
  CIN, *settled* heldout262), Tata AIG's Bank Ref. No., JVVNL's Bank Ref No. (above its Transaction ID, as
  heldout299's WBSEDCL), PHED's Bank Ref. No. (above its Transaction No.)), then a transaction / payment id
  (PayU's Payout ID (as heldout298's RazorpayX), Wise's Transfer # (*settled* heldout279), PhonePe's
  Transaction ID, CCAvenue's Tracking ID, the Corporation's Transaction ID, e-Mitra's TXN (*settled*
  heldout275), EPCH's Transaction ID, the PMT-06 receipt's CIN (*settled* heldout262), EPFO's TRRN (*settled*
  heldout259), the e-challan's Transaction ID, Passport Seva's Payment Reference No., HDFC ERGO's Payment ID,
  Care Health's Transaction ID, ACKO's Payment ID, IFFCO-Tokio's Transaction ID, Mosambee's Txn No. (under its
  RRN), Scapia's Transaction ID, Torrent Gas', Excitel's, Tata Play's and the user charge's Transaction ID),
  then an approval code (AUTH CODE, APPR CODE, Auth, the cafe's Auth), then an order's number (Wix's Order No.,
  CCAvenue's Order No., Moglix's and Bizongo's Order ID, Vi's Order ID), then a document's own number (CCIC's
  Advice No., SAP's Payment Document, Vyapar's Receipt No. and Standard Chartered's Customer Reference (a
  payer's own number for its payment, *settled* heldout281 and heldout295), the tax invoice's Invoice No., the
  roll's Bill No., Refrens' Receipt No., the lace mill's Invoice No., myBillBook's Invoice No., the kinari
  bill's red Bill No., the Corporation's Receipt No., the PMT-06 receipt's CPIN (*settled* heldout262), the
  e-challan's Challan No. (*settled* (new here), because the police number the challan they raise as a
  treasury numbers its challan, as heldout295's Income Tax Challan No.), BUSY's Voucher No., United India's,
  SBI Life's and IFFCO-Tokio's Receipt No., a slip's INVOICE, INV NO., INVOICE NO, the cafe's Bill No., the user
  charge's Receipt No.). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC
  code, GSTIN, PAN, an Udyam number, a Vendor No. or Vendor Code, a PO, a Doc. No. or Your Ref. naming a bill,
  PayU's Merchant Ref. ID under its Payout ID, a bill or invoice named on an advice or a receipt (CCIC's, SAP's,
  Standard Chartered's and the planner's bills, Refrens' Against Invoice), a Membership No., a Policy No., a
  Proposal No., a Certificate No. (*settled* (new here): Tata AIG's number for the marine cargo certificate, the
  insurance's own document as a Policy No. is, not the payment's), an ARN (Passport Seva's application's
  number, *settled* heldout298's Application No.), a Licence No., a K No., a BP No., a Consumer No., a
  Subscriber ID, an Account ID, a Property ID, a Vehicle No., a Vi number, an AWB (*settled* heldout274), a
  CRN under EPFO's TRRN, an Employee No. or UAN, a Memo No. or No. left blank, a slip's MID / TID / BATCH, a
  Bank Ref. No. left as a dash."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout301_families import (
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

SPLIT = "heldout301"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout298's and heldout299's: the screens in
# DejaVu Sans, Noto Sans, Liberation Sans (liberation2), FreeSans and Noto Sans Display; the pages in
# Liberation Serif (liberation), DejaVu Serif Condensed, Noto Serif, Liberation Sans (liberation2), FreeSerif and
# Noto Sans Display; the firm's, its suppliers' and its people's papers in Noto Serif Display, DejaVu Serif,
# Liberation Serif (liberation2), Liberation Sans Narrow and FreeSerif; the slips in four monos in another
# order; beside them Noto Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines, labels, hand and
# SMS, Noto Sans Mahajani (heldout282's) for a Mahajani line, a pen's italic or oblique
# (``heldout301_families.PENS``) and a page's own fixed-width face (``heldout301_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SLIP_FACES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout301_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout301 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout298: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a kauna craft house's year of 2026 in Imphal, Manipur (Loktak Kauna Crafts,
Thoudam Ibetombi Devi's proprietary firm, GSTIN 14AKXPT6183K1Z7, Udyam UDYAM-MN-06-0004127, with her son
Thoudam Rakesh Singh, who takes the export orders and keeps the web shop, and Laishram Bembem Devi, who keeps
its accounts: the reed growers' groups of Thanga and the Loktak's edge cut kauna, the water reed
(Schoenoplectus) of the wetlands, dry it in the sun from green to straw and bring it in bundles; its weavers
at the weaving centre in Wangoi and at home in Thanga, Moirang, Wangjing and Kumbi, Ningthoujam Sanatombi
Devi, Khumanthem Memcha Devi, Oinam Tombi Devi, Yumnam Ibemhal Devi, Sagolsem Naobi Devi and Konsam Thoibi
Devi among them, split and flatten the stalks, plait them into ropes and strips and weave and coil them into
floor mats natural and striped with dyed strands, round floor cushions, moodhas, yoga mats, laundry and fruit
baskets, table mats, coasters, tote bags lined with Moirang phi, lamp shades and two-seater sofas on cane
frames that Moirangthem Rameshwor Singh builds, with Huidrom Premjit Singh cutting the reed; its showroom in
Paona Bazar, Imphal, Kauna House, with its salesgirls Khundrakpam Linthoi and Wahengbam Roshni; stall 31 in
the crafts pavilion of the Manipur Sangai Festival at Hapta Kangjeibung; the web shop kaunahouse.in; NEHHDC's
Purbashree emporium, a Bengaluru design studio, a Mumbai resort chain, a Delhi furniture store, a Kolkata
hotel, a Goa villa company, a Kolkata interiors firm and the Development Commissioner (Handicrafts) at home,
and interior houses, craft shops and studios in Kyoto, Hamburg, Dubai, Nelson, Basel, Bergen, Hong Kong and
Lyon abroad), told by the proofs of payment it receives (buyers' BHIM, Paytm, Navi, bob World, CRED, Amazon
Pay and WhatsApp screens and BharatPe for Business on the showroom's phone; NEHHDC's payment advice under its
Hindi name, RazorpayX's payout processing for a Bengaluru design studio, a Mumbai resort chain's Slack
message, a Delhi furniture store's Zoho Books Payments Made, PNB's corporate banking with a Kolkata hotel's
RTGS failed, a Goa villa company's QuickBooks payment notification, a Kolkata interiors firm's accountant's
plain mail and PFMS' e-payment status for the Development Commissioner (Handicrafts); SMBC Direct,
Commerzbank, Mashreq, ASB, PostFinance, Nordea, Hang Seng Bank and Crédit Agricole for buyers in Kyoto,
Hamburg, Dubai, Nelson, Basel, Bergen, Hong Kong and Lyon in yen, euros, dirhams, New Zealand dollars, Swiss
francs, Norwegian kroner and Hong Kong dollars; the showroom's tax invoice made in Swipe, the web shop's
Shopify mail, the weaving centre's receipt book, Cashfree's failed checkout, the Sangai stall's carbon cash
memo, Plural's payment link, Paytm Payment Gateway's pending checkout and the showroom's e-bill SMS) and those
it makes (a Thanga reed growers' group's bill in a Meetei Mayek hand, a Silchar cane house's tax invoice with
its sticky note, udaan's failed checkout, Delhivery's app, Amazon Business' pending order, a Guwahati carton
maker's invoice on a clipboard, a Moirang phi weaver's letter-pad bill and a Guwahati transporter's
consignment note; PNB ONE, Union Bank's Vyom, Canara ai1, Axis Mobile, UCO mBanking Plus, IOB Mobile,
FedMobile's shared card and Manipur Rural Bank's NEFT / RTGS application for the reed growers, the cane house,
the phi weaver, the carton maker, the transporter, the foam house, the furniture maker and the export packers;
a home weaver's job card photographed on a kauna mat, Zoho Payroll's payslip, iMobile Pay, PhonePe, AU 0101,
Fi, slice and a cash voucher for the Sangai stall's helper; Imphal Municipal Corporation's trade licence, the
Taxation Department's profession tax, the Inner Line Permit on the Manipur ILP app, the Income Tax
Department's challan, ESIC's challan, the Department of Tourism's receipt book for the Sangai stall, GeM's
caution money and the Forest Department's transit pass; Go Digit's, Star Health's, the Oriental's, LIC's, Niva
Bupa's, Bajaj General's, ICICI Lombard's and PNB MetLife's premiums; cards on the showroom's HDFC Bank
terminal and the Sangai stall's Razorpay POS and the firm's card at a Guwahati hotel, on OneCard's app at an
airline, at an Imphal fuel station, on a Kolkata hotel's folio, at an Imphal pharmacy and in Apple Wallet at
an airport lounge; MSPDCL's prepaid meter, Airtel Thanks, BSNL's Bharat Fibre, Airtel Digital TV, Bajaj
Finserv's Bharat BillPay, the Municipal Corporation's waste charge, HP Pay and MyJio; the banks' SMS, Axis
Bank's mail, HDFC Bank's SMS on a smartwatch and Federal Bank's notification on a lock screen). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout296's or heldout297's; where a kind of paper is one they also drew (a payer's advice from a state's or
the Centre's crafts corporation, an accounting program's record of a payment, a payout, a chat, a shop's tax
invoice, a web shop's order mail, a gateway's failed or pending page, a festival stall's paper, a supplier's
bill in a regional hand, a marketplace's failed or pending order, a bank's application form, a payslip, a job
or piece work sheet, a municipal licence, a stall's receipt book, a treasury's challan, a premium receipt, a
card slip declined or pending, a wallet's record of a tap, a card issuer's app, a utility counterfoil, an LPG
refill, a bank's SMS and mail), it is drawn here for another issuer in this set's own labels and marks, and
near ones are noted: NEHHDC's payment advice for Purbashree, where heldout297 drew RAJSICO's and heldout296
Rajasthali's from SAP; Zoho Books' Payments Made and QuickBooks' payment notification, where heldout297 drew
Xero's remittance advice and heldout296 ERPNext's Payment Entry; RazorpayX's payout processing, where
heldout296 drew Open's; Slack's #accounts-payable, where both drew Google Chat; PNB's corporate RTGS failed,
where heldout297 drew Kotak FYN's NEFT rejected and heldout296 IDBI Bank's IMPS failed; PFMS' e-payment
status, where heldout296 drew IFMS Rajasthan's Pay Manager; Kauna House's tax invoice made in Swipe, where
heldout297 drew Koftgari Kothi's and heldout296 Namda Ghar's made in GimBooks; Shopify's order mail, where
heldout297 drew Zoho Commerce's; the weaving centre's receipt book, where heldout297 drew a typed receipt and
heldout296 a money receipt (and heldout271 a receipt book's page); Cashfree's failed checkout, where
heldout297 drew Airpay's and heldout296 Instamojo's; Plural's payment link and Paytm Payment Gateway's pending
checkout, where heldout297 drew Zaakpay's pending link and heldout296 Easebuzz's pending checkout; the Sangai
stall's carbon cash memo, where heldout297 drew a swing tag and heldout296 the Lokrang stall's printed roll;
the showroom's e-bill SMS, where heldout297 drew its Messenger reply and heldout296 its message in Instagram;
the reed growers' bill in a Meetei Mayek hand, where heldout296 drew a wool agent's kachcha bill in a Hindi
hand and heldout297 an agate maker's rough bill under his Gujarati name; the cane house's invoice with an
accountant's sticky note, where heldout297 drew PAYMENT RECEIVED printed under a gold wire invoice and
heldout296 a dye house's Payment received card; udaan's failed checkout and Amazon Business' pending order,
where heldout297 drew Toolsvilla's and JD Mart's and heldout296 IndiaMART's and Flipkart Wholesale's;
Delhivery's app, where heldout296 drew Porter's; the carton maker's invoice on a clipboard with an oval stamp
and the hand's IMPS Ref, where heldout297 drew a velvet box maker's green-bar bill with a rectangular stamp
and heldout296 a packaging maker's continuous stationery; the phi weaver's letter-pad bill, where heldout297
drew the agate maker's rough bill; Manipur Rural Bank's NEFT / RTGS application, where heldout296 drew
Rajasthan Gramin Bank's form and heldout297 Bank of India's counterfoil; FedMobile's shared card, where
heldout296 drew Airtel Payments Bank's Money sent; the job card on a kauna mat, where heldout297 drew a piece
work slip and heldout296 a felt making account on a namda; Zoho Payroll's payslip, where heldout297 drew
HROne's and heldout296 Saral PayPack's; the cash voucher, where heldout296 drew a hotel's debit voucher by
hand; Imphal Municipal Corporation's trade licence, where heldout297 drew Nagar Nigam Udaipur's; the
Department of Tourism's receipt book for the Sangai stall, where heldout297 drew the Matsya Utsav Samiti's
letter and heldout296 the Jawahar Kala Kendra's pending stall rent; the Income Tax Department's challan, where
heldout297 drew e-GRAS' and heldout296 GRAS'; the Oriental's premium receipt, where heldout297 drew Zurich
Kotak's and heldout296 National Insurance's; Star Health's app, where heldout297 drew HDFC Life's; HDFC Bank's
slip at Kauna House, where heldout297 drew YES BANK's at Koftgari Kothi and heldout296 ICICI Bank's at Namda
Ghar; State Bank of India's slip declined at a fuel station, where heldout297 drew Kotak's (51 INSUFFICIENT
FUNDS); Bank of Baroda's slip with no answer from its host, where heldout297 drew ICICI Bank's and heldout296
Federal Bank's; OneCard's app, where heldout297 drew SBI Card's; Apple Wallet, where heldout297 drew Google
Wallet; the hotel's folio settled by card, where heldout297 drew a thali house's bill; MSPDCL's pending
recharge, where heldout296 drew IndianOil ONE's pending refill; the Municipal Corporation's waste charge from
its receipt book, where heldout297 drew the PHED's counterfoil; HP Pay's HP Gas refill, where heldout297 drew
Indane's WhatsApp message and heldout296 IndianOil ONE; MyJio, where heldout297 drew JioHome; WhatsApp's
payment card in a buyer's chat, where heldout297 drew Indane's message in WhatsApp; Axis Bank's mail, where
heldout297 drew Bandhan Bank's and heldout296 Yes Bank's; Federal Bank's notification on a lock screen, where
heldout287 drew India Post Payments Bank's; some of this set's issuers were drawn by sets before heldout296
(heldout265's Manipur Rural Bank, Imphal Municipal Corporation, MSPDCL and Sangai Festival stall for a Longpi
pottery co-operative; PhonePe, Paytm, BHIM, Amazon Pay, CRED, Navi, bob World, BharatPe, RazorpayX, Zoho
Books, QuickBooks, PFMS, SMBC, Mashreq, ASB, PostFinance, Nordea, Hang Seng Bank, Crédit Agricole, Swipe,
Shopify, Cashfree, Plural, udaan, Delhivery, Amazon Business, PNB ONE, Vyom, Canara ai1, Axis Mobile, UCO
mBanking Plus, IOB Mobile, FedMobile, Zoho Payroll, iMobile Pay, AU 0101, Fi, slice, ESIC, GeM, Go Digit, Star
Health, the Oriental, LIC, Niva Bupa, Bajaj General, ICICI Lombard, PNB MetLife, Razorpay POS, Airtel Thanks,
BSNL, Airtel Digital TV, Bajaj Finserv, HP Pay and MyJio in heldout200 to heldout295), and are drawn here in
this set's own labels and arrangements; the families' docstrings list each one's labels). This set draws kinds
of row and page heldout296 and heldout297 do not: Manipuri in Meetei Mayek (Noto Sans Meetei Mayek, shaped by
Raqm, its Latin runs and figures in the page's face) for a name or a heading over its English; a hand that
writes Meetei Mayek (its letters and an upright Latin face for its figures, slanted as the hand slants them)
for a reed growers' bill; a round kauna floor cushion's coil as a letterhead's emblem (a plaited reed rope
wound in a flat spiral from a knot, each turn's plait as slanted strands, one turn dyed, its rim bound in dyed
thread); a plaited kauna band as a divider (a herringbone of reed strips in two rows, a dyed strip along its
middle, its edges bound in dyed thread); snips of kauna stalk and split strands in a page's margins; a page
photographed lying on a kauna mat (its twill of reed strips two over two under, stripes of dyed strands, a
tied bundle of dried reed); a bank's SMS on a smartwatch's face (its case, bezel, crown and button, the strap
above and below); a hotel's guest folio; a transporter's consignment note; and beside them earlier sets' rows
neither of them draws: heldout269's thumb's box, heldout271's receipt book's counterfoil and receipt across a
perforation, heldout275's chat's payment card and sticky note, heldout287's soundbox line, bottom sheet and
lock screen's hour, heldout289's carbon copy, clipboard and revenue stamp; and heldout269's to heldout289's
rows (tables ruled on every side, striped tables, shaded labels, labels against a gutter, labels at the left
and values at the right, dot leaders, hairline rows, tinted outcome bands, capsules, scalloped badges, tiles,
tiles two to a row, values over their labels, labels over their values two to a row, copyable fields, notice
boxes, a payment's stages left to right and across, spinners, chat bubbles and a day divider, hand-written
fills and columns on a ruled page, boxes filled in by hand, tick boxes, sums in boxes, rectangular and oval
stamps, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Kauna House or the firm: NPCI's BHIM app with a Payment Successful under a
  tile's tick ("Paid to" over the payee and its UPI ID; labels small over their values two to a row: UPI Ref.
  No. and Date, Debited from and Remark); Paytm's receipt under a large tick ("Paid Successfully to" over the
  payee, the sum large; each value over its label: UPI Ref. No., From, Paid at; a cashback card); Navi's UPI
  payment failed in its dark theme (the sum, "to <payee>", the reason in a notice; UPI transaction ID, Navi
  txn ID, Attempted on, Paid from at the left and the right); Bank of Baroda's bob World with a Transaction
  Successful under a large tick ("to <payee>", "Today, <hour>"; UPI Ref No, Debit A/c, Remarks in dot leaders;
  no day); CRED's dark "payment successful" in lower case (the sum, "to <payee>", a CRED coins card; upi ref.
  id, paid on, paid via against a gutter); Amazon Pay's UPI payment pending (a capsule, the sum, "to <payee>",
  its stages left to right, a notice; a copyable UPI Ref. No.; Initiated on, Paying from at the left and the
  right); BharatPe for Business on the showroom's phone (the showroom under the app, the soundbox's words, the
  sum large, Payment received, "from <buyer> | UPI", the day and hour, the settlement's toast; no reference);
  a buyer's WhatsApp chat with Kauna House (the showroom on top of the chat, the day on its divider, the
  showroom's message and the buyer's payment card: "Payment to Kauna House", the sum, "Paid" and its hour; the
  payment's details on a bottom sheet: UPI transaction ID, Paid from, Status). All new here.
* ``buyer_advices``: Payers' advices of what they paid the firm: NEHHDC's PAYMENT ADVICE for its Purbashree
  emporium under its Hindi name (Advice No., Vendor, Vendor Code, Payment Date, Mode, UTR in a table ruled on
  every side; Bill No. | Bill Date | Bill Amount | GST-TDS 2% | Net Paid on hairline rows; Net Amount Paid as
  a total); RazorpayX's payout processing for a Bengaluru design studio (a capsule, a notice; Payout ID, Fund
  account, Amount, Mode, UTR, Created at against a gutter); a Mumbai resort chain's accounts writing in
  Slack's #accounts-payable under a "Today" divider (each message under its writer's name and hour: "Paid Rs.
  x to <payee> via IMPS", "IMPS ref ..."; no day); Zoho Books' PAYMENTS MADE printed by a Delhi furniture
  store (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through each label beside its
  value; the Amount Paid on a tinted band; Bill Number | Bill Date | Bill Amount | Payment Amount on hairline
  rows); PNB's corporate internet banking with a Kolkata hotel's RTGS failed on a tinted band (the reason in a
  notice; labels small over their values two to a row: Transaction Reference No. and Payment Mode, Beneficiary
  Name and Beneficiary A/c, Amount and IFSC, UTR and Transaction Date); QuickBooks' payment notification
  mailed by a Goa villa company (its sentence; Payee, Amount paid, Payment date, Payment method, Reference
  each label beside its value in bold; Bill no. | Bill date | Amount on hairline rows); a Kolkata interiors
  firm's accountant's plain mail ("Payment of Rs. x has been released to <payee> by NEFT on <day> against your
  invoice ..."; no reference); PFMS' e-payment status for the Development Commissioner (Handicrafts) under its
  Hindi name (a striped table: Sanction No., Scheme, Beneficiary Name, Beneficiary A/c, Amount, Payment Mode,
  Transaction Id, UTR No., Credit Date, Status). All new here.
* ``export_wires``: Interior houses, craft shops and studios abroad paying the firm for kauna mats, cushions,
  baskets and furniture: SMBC Direct's Foreign Remittance - Result in yen (Transaction No., Remittance date
  year first with slashes, Beneficiary, Beneficiary bank, SWIFT code, Remittance amount, Remittance fee,
  Status in a table ruled on every side); Commerzbank's Auslandsüberweisung / Foreign transfer in euros the
  German way (German and English labels on hairline rows: Empfänger / Beneficiary, Betrag / Amount,
  Ausführungsdatum / Execution date with points, Referenz / Reference, Entgelt / Charges: SHA, BIC, Status:
  Ausgeführt / Executed); Mashreq's international transfer in process in dirhams (a capsule, the sum, its
  stages across the screen, a notice; Beneficiary, Amount, Transfer date, Reference number in dot leaders);
  ASB's shared card of a payment sent in New Zealand dollars (a large tick, Payment sent, "<sum> sent to
  <payee>", "on <day>", International payment (SWIFT); no reference); PostFinance's Zahlungsauftrag / Payment
  order in Swiss francs (labels against a gutter: Auftragsnummer / Order number, Ausführungsdatum / Execution
  date, Begünstigter / Beneficiary, Bank, Betrag / Amount, Spesen / Charges, Status: Ausgeführt / Executed);
  Nordea's Betalingen ble returnert / The payment was returned in Norwegian kroner on a tinted band (the
  reason in a notice; each value over its label: Mottaker / Payee, Beløp / Amount, Dato / Date with points,
  Referanse / Reference); Hang Seng Bank's app with an overseas telegraphic transfer sent in Hong Kong dollars
  under a tile's tick ("Today, <hour> HKT"; Payee, Amount, Payee bank, Reference no. at the left and the
  right; no day); Crédit Agricole's Virement international émis / International transfer sent in euros the
  French way (French and English labels shaded: Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution
  / Execution date, Référence / Reference, Frais / Charges: Partagés (SHA), BIC). All new here.
* ``own_receipts``: The firm's own papers, its showroom or itself on top: Kauna House's TAX INVOICE made in
  Swipe under a kauna cushion's coil, its Meetei Mayek name and a plaited band, to a Guwahati hotel (Invoice #
  and Invoice Date, Billed To and Place of Supply, E-Way Bill No. and Vehicle two to a row; # | Item | HSN |
  Qty | Rate | Taxable in a table ruled on every side with IGST 5% and its Total; "Received by NEFT, UTR
  ..."); the web shop's order confirmation mail from Shopify (Order #, "Placed on <day>"; the items on
  hairline rows; Subtotal, Shipping, Taxes (included), Total; Payment: UPI via Razorpay, Paid); the weaving
  centre's RECEIPT book page, its counterfoil and receipt across a perforation (No. printed; Date, Recd. from,
  the sum of Rupees, towards and "by NEFT, UTR ..." written in on both; the sum in a box); Cashfree's payment
  failed on the web shop's checkout under a badge's cross (the reason in a notice; Order ID and Amount,
  Payment method and Attempted at in tiles; a copyable Cashfree Ref ID); the Sangai Festival stall's CASH
  MEMO, a carbon copy from its book in the festival's days (No. left blank; Date and the pieces written in,
  Total; "Recd. cash"; no reference); Pine Labs' Plural payment link paid (a tile's tick; Plural Order ID,
  Transaction ID, Amount, Payment mode, UPI RRN, Paid on in dot leaders); Paytm Payment Gateway's checkout
  with the payment pending under a spinner (a capsule, a notice; Order ID and Amount, Paytm Txn ID and
  Initiated two to a row; Payment mode); the showroom's e-bill SMS sent from its billing program ("Thank you
  for shopping at KAUNA HOUSE, Paona Bazar! Bill ... for Rs.x paid by UPI (Ref ...)"; under the thread's
  "Today"; no day). All new here.
* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Thanga reed growers' group's
  BILL written in a Meetei Mayek hand under its name in Meetei Mayek and English, snips of reed in its margins
  (No. left blank; Date written in; ꯀꯧꯅ (kauna) and ꯀꯧꯅ ꯑꯉꯧꯕ (kauna, bleached white) by the bundle and the
  loading with their sums, ꯄꯨꯝꯅꯃꯛ (total), "ꯁꯦꯜ ꯐꯪꯂꯦ (cash)" (money received); no reference); a Silchar cane
  house's TAX INVOICE (Invoice No. beside its earlier Invoice Date; the cane by the bundle in a striped table
  with IGST 5%; Grand Total) with the accountant's sticky note on it ("Paid by NEFT", "UTR ...", "on <day>");
  udaan's payment failed for thread, foam and zips on a tinted band (the reason in a notice; Seller, Items,
  Order ID, Order value, Payment mode, Attempted on in shaded labels); Delhivery's app with a shipment booked
  and paid ("Today, <hour>"; Delhivery under its bar; AWB no., From, To, Weight, Freight, GST 18%, Total paid
  at the left and the right; a copyable UPI Ref; no day); Amazon Business' order with the payment pending (a
  capsule, a notice; labels small over their values two to a row: Order #, Order total; Sold by, Payment;
  Initiated on); a Guwahati carton maker's TAX INVOICE photographed on a clipboard (Inv. No. and its earlier
  Date; the boxes in a striped table with IGST 5%; TOTAL), its oval PAYMENT RECEIVED stamp and "by IMPS, Ref
  ..., dt. <day>" in the hand; a Moirang phi weaver's bill on her letter pad under its Meetei Mayek name (Date
  and the cushion covers written in its columns, Total; "Paid by GPay, UPI Ref ..." in the hand); a Guwahati
  transporter's CONSIGNMENT NOTE (G.C. No., Date, From / To, Consignor, Consignee, Packages, Weight in a table
  ruled on every side; Freight, Hamali and GC charge typed in its fixed-width face, Total; "Recd. by NEFT, UTR
  ..." in the hand and its rectangular FREIGHT PAID stamp). All new here.
* ``vendor_transfers``: The firm paying its suppliers from its banks: PNB ONE with an IMPS successful under a
  badge's tick ("to <payee>", "Today, <hour>"; IMPS Ref. No. and From A/c, Beneficiary Bank and Remarks in
  tiles; no day); Union Bank of India's Vyom with an RTGS successful (a capsule, the sum; Beneficiary, Account
  No., IFSC, UTR, Transaction Date, Purpose against a gutter); Canara Bank's Canara ai1 with a NEFT in process
  under a spinner (the sum, "to <payee>", its stages left to right, a notice; a copyable UTR; Initiated on,
  From at the left and the right); Axis Mobile's fund transfer successful under a large tick (Reference No.
  (UTR), Date & Time, Debited from, Transfer mode, Remarks each label beside its value in bold); UCO Bank's
  UCO mBanking Plus IMPS successful (Beneficiary Name, Amount, IMPS Ref No, Date, Account, IFSC in a table
  ruled on every side); Indian Overseas Bank's IOB Mobile with an IMPS failed on a tinted band (the reason in
  a notice; labels small over their values two to a row: Beneficiary and Amount, RRN and Date, From A/c and
  Mode); Federal Bank's FedMobile shared card of money sent by UPI to the furniture maker (a tile's tick,
  Money sent, "<sum> sent to <payee>", "on <day>", via UPI; no reference); Manipur Rural Bank's NEFT / RTGS
  APPLICATION, its customer copy filled in by hand under the bank's Meetei Mayek name (Date, Remitter,
  Beneficiary written in; the account and IFSC in boxes; NEFT and RTGS in boxes, NEFT ticked; the sum in a
  box; the branch's rectangular stamp; UTR No. written in by the branch). All new here.
* ``worker_pay``: The firm paying its weavers at the centre and at home, its reed cutter, its furniture maker
  and its showroom's girls: a home weaver's JOB CARD from the weaving centre under its Meetei Mayek name,
  photographed lying on a kauna mat (Weaver and Village written in; the days' deliveries, the pieces, their
  number and rate written in its ruled columns, Total; "Paid in cash" and the day paid written in; her thumb's
  box; no reference); Zoho Payroll's payslip for the showroom's salesgirl (Payslip for the month; Employee
  Name, Employee ID, Pay Period, Pay Date, Paid Days beside their labels two to a row; the Employee Net Pay on
  a tinted band; Earnings | Amount | Deductions | Amount on hairline rows; "Paid by bank transfer, UTR ...");
  ICICI Bank's iMobile Pay with a UPI payment to a weaver under a tile's tick (UPI Ref. No. and Date, Paid
  from and Note in tiles); PhonePe's UPI payment pending to the reed cutter (a capsule, the sum, "to <payee>",
  its stages across the screen, a notice; UPI Ref No, Transaction ID, Initiated on, Paying from at the left
  and the right); AU Small Finance Bank's AU 0101 with a UPI payment to a weaver under a large tick (UPI Ref
  No, Date & Time, From A/c against a gutter); Fi's UPI payment to a weaver ("Today, <hour>"; a copyable UPI
  Ref; Paid from; no day); slice's UPI payment failed in its dark theme under a badge's cross (the reason in a
  notice; labels small over their values two to a row: UPI Ref No. and Attempted on, Paid from and Reason);
  the firm's CASH VOUCHER for the Sangai stall's helper after the festival (Voucher No. printed beside Date;
  Paid to, Being and Rupees in words written in; Cash and Bank in boxes, Cash ticked; the sum in a box; a
  revenue stamp signed across). All new here.
* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Imphal Municipal
  Corporation's trade licence renewal e-receipt under its Meetei Mayek name (Receipt No. and Date, Licence No.
  and Ward, Trade and Licensee, Amount Paid and Payment Mode, Transaction ID, Bank Ref No. and Status two
  pairs to a row in a table ruled on every side); the Taxation Department's profession tax e-payment failed on
  a tinted band (the reason in a notice; PTEC No., Tax Period, Amount, Bank, Transaction ID, Attempted on in
  dot leaders); the Manipur ILP app with Inner Line Permits paid for a visiting design team ("Today, <hour>";
  the Home Department under the app's bar; Application No., Permit, Visitors, Transaction ID, Paid via as
  label and value on a line; no day); the Income Tax Department's advance tax Challan Receipt under its Hindi
  name (PAN, Name, Assessment Year, Major Head, Minor Head, Amount, CIN, Mode of Payment, Bank Name, Bank
  Reference Number, Date of Deposit, Challan No. on hairline rows); ESIC's contribution challan under its
  Hindi name (a striped table: Employer Code, Employer Name, Challan Period, Challan Number, Amount Paid,
  Transaction Number, Transaction Date, Bank, Transaction Status); the Department of Tourism's MONEY RECEIPT
  for the Sangai Festival stall from its book (No. left blank; Date, Received from, on account of written in;
  the sum in a box; "in cash"; an oval stamp; no reference); GeM's caution money paid under a large tick (each
  value over its label: Seller ID, Amount, Payment Mode, Transaction ID, Payment Date); the Forest
  Department's transit pass fee for cane pending at the bank (a capsule, a notice; labels small over their
  values two to a row: TP Application No. and Produce, Fee and Mode, Transaction Ref. No. and Initiated on).
  All new here.
* ``insurer_receipts``: The firm's premiums, the insurer on top, after "to", under its app's bar or named in
  its message: Go Digit's motor renewal payment failed for the firm's pickup under a badge's cross (the reason
  in a notice; Policy No., Premium (incl. GST), Payment ID, Payment method, Attempted on at the left and the
  right); Star Health's app with the proprietor's family floater premium paid ("Today, <hour>"; the insurer
  under the app, a large tick, the sum; Policy No. and UPI Ref No. in tiles; no day); the Oriental Insurance
  Company's PREMIUM RECEIPT under its Hindi name for the reed godown's fire policy (Receipt No., Receipt Date,
  Insured, Risk Location, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium against a gutter; "Premium
  received by NEFT, UTR ..."); LIC's premium paid receipt under its Hindi name (a striped table: Receipt No.,
  Policy No., Plan, Mode, Due Date, Premium, Late Fee, Total Amount, Transaction ID, Paid on, Payment Mode);
  Niva Bupa's renewal with the payment under process (a capsule, the sum, "to <insurer>", its stages left to
  right, a notice; Proposal No., Transaction ID, Initiated on, Mode at the left and the right); Bajaj
  General's mail of the showroom's shopkeeper's policy issued (its sentence; Policy No., Product, Premium
  (incl. GST), Payment Reference, Payment Date, Payment Mode in a table ruled on every side); ICICI Lombard's
  SMS of a renewal premium received ("Dear Customer, we have received Rs.x towards renewal of your policy ...
  on <day> by UPI."; no reference); PNB MetLife's premium receipt mail (its sentence; Receipt Number, Policy
  Number, Premium Amount, Payment Mode, Bank Reference No., Receipt Date in dot leaders). All new here.
* ``card_slips``: Cards on the showroom's and the stall's terminals and the firm's card elsewhere: HDFC Bank's
  slip at Kauna House (its fields after a colon's column: DATE/TIME, MID, TID, BATCH NUM and ROC on a line,
  CARD NUM, EXP DATE, CARD TYPE, TXN TYPE, AUTH CODE, RRN, SALE AMOUNT; APPROVED, PIN VERIFIED OK); Axis
  Bank's slip at a Guwahati hotel (DATE and TIME, MID and TID, BATCH and INV two to a line; CARD, APPR CODE,
  RRN, AMOUNT; APPROVED); OneCard's app with a spend on the firm's card at an airline ("Today, <hour>"; the
  merchant's line and its town, the sum; Card, Reference No., Auth code, Reward points at the left and the
  right; no day); State Bank of India's slip at an Imphal fuel station DECLINED (55 INCORRECT PIN); Razorpay
  POS' (Ezetap's) print at the Sangai Festival stall in the festival's days (DATE, TIME, MID, TID, INVOICE,
  CARD, AUTH, RRN, TOTAL; APPROVED, Powered by Razorpay); a Kolkata hotel's guest folio settled by card (Folio
  No., Guest, Room, Arrival and Departure; the nights' tariff, CGST 2.5%, SGST 2.5%, laundry, Total; "Settled
  by Card ... Auth ...", "Settled on <day>"); Bank of Baroda's slip at an Imphal pharmacy with no answer from
  its host (HOST NOT REACHABLE, TXN STATUS PENDING, DO NOT RE-SWIPE - VERIFY WITH BANK); Apple Wallet's record
  of a tap paid at an airport lounge (the merchant, the sum, Approved, the day and hour, the card and
  Contactless; no reference). All new here.
* ``utility_bills``: The weaving centre's and the showroom's bills: MSPDCL's app with the centre's smart
  prepaid meter recharge pending (the discom under the app, a capsule, the sum, a notice; Meter No., Consumer
  No., Transaction ID, Initiated on, Paid via at the left and the right); Airtel Thanks with the showroom's
  postpaid bill paid under a large tick ("for Airtel Postpaid"; labels small over their values two to a row:
  Mobile No. and Bill period, Transaction ID and Paid on); BSNL's Bharat Fibre online payment receipt under
  its Hindi name (Payment Successful; Account No., Telephone No., Bill Period, Amount Paid, Payment Mode,
  Transaction ID, Receipt No., Payment Date in dot leaders); Airtel Digital TV's recharge mail (its sentence;
  Customer ID, Amount, Transaction ID, Recharge date, Payment mode, Valid till on hairline rows); Bajaj
  Finserv's Bharat BillPay payment of the showroom's electricity bill failed on a tinted band (the reason in a
  notice; Biller, Category, Consumer No., Amount, BBPS Txn Ref ID, Payment mode, Attempted on in shaded
  labels); Imphal Municipal Corporation's solid waste user charge receipt from its book under its Meetei Mayek
  name (No. left blank; Date, Name, Period written in; the sum in a box; "cash"; an oval stamp; no reference);
  HP Pay's HP Gas refill paid (a large tick, the sum, "for HP Gas"; each value over its label: Booking No.,
  Consumer No., Transaction ID, Paid on); MyJio's prepaid recharge for the showroom's phone under a tile's
  tick ("Today, <hour>"; "for Jio Prepaid"; Plan and Jio Number, Transaction ID and Paid via in tiles; no
  day). All new here.
* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in Punjab National Bank's ("Your a/c
  XXXXXXXX1234 debited INR x on <dd-mm-yy> through IMPS to <PAYEE>. IMPS Ref No ... Avl Bal INR y -PNB"), UCO
  Bank's ("Your A/c XX1234 is debited with Rs.x on <dd-Mon-yyyy> (NEFT to <PAYEE>). Avl Bal Rs.y -UCO Bank";
  no reference), Indian Overseas Bank's ("IMPS of Rs.x to <PAYEE> on <dd/mm/yyyy> FAILED. RRN ... Amount
  debited, if any, will be reversed. -IOB"), ICICI Bank's ("NEFT of INR x to <PAYEE> initiated on <dd-Mon-yy>
  is pending for credit at the beneficiary bank. UTR ... -ICICI Bank") and Bank of Maharashtra's ("Your A/c no
  XXXXXX1234 debited INR x on <dd/mm/yy> for NEFT-<UTR>-<PAYEE>. Bal INR y -Bank of Maharashtra") wordings;
  Axis Bank's mail ("INR x has been debited from your A/c no. XX1234 on <dd-mm-yyyy> towards NEFT to <PAYEE>.
  UTR: ..."); HDFC Bank's UPI SMS in its lines ("Sent Rs.x", "From HDFC Bank A/C *1234", "To <PAYEE>", "On
  <dd/mm/yy>", "Ref ...", "Not You?") on a smartwatch's face under its sender and hour; Federal Bank's
  notification on a phone's lock screen under its hour ("Rs.x debited from A/c XX1234 to <PAYEE> via UPI. UPI
  Ref ..."; "now"; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Meetei Mayek (regular and bold,
fonts-noto-core) for the Manipuri lines and the Meetei Mayek hand (its figures in DejaVu Sans, slanted); Noto
Sans and Noto Serif Devanagari (heldout287's) for the Hindi names of NEHHDC, PFMS, the Income Tax Department,
ESIC, the Oriental, LIC and BSNL; an italic or oblique for the hand (``heldout298_families.PENS``) and a
fixed-width face of the page's own (``heldout298_families.TYPES``). The Sangai Festival's stall memo and its
Razorpay POS slip are drawn in the festival's days (21 to 30 November 2026), the Department of Tourism's
receipt for the stall in the weeks before them and the stall helper's cash voucher in the days after; the
other days anywhere in 2026. GST is 5% on the kauna goods (IGST 5% to a hotel in Assam), on the cane (IGST
5%), on the cartons (IGST 5%) and on the hotel's rooms (CGST 2.5% and SGST 2.5%), 18% on the courier's freight
and on the godown's fire policy (CGST 9% and SGST 9%).

Truth conventions (heldout297's, heldout296's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  BHIM's "Paid to" (never its UPI ID), under Paytm's "Paid Successfully to", after "to" on Navi, bob World,
  CRED and Amazon Pay; the showroom, the firm, the proprietor's account as a bank's field cuts it (THOUDAM
  IBETOMBI DEVI PRO) or the showroom with its town (KAUNA HOUSE IMPHAL); never the app, the payer, a UPI ID or
  "from <buyer>". *settled* (heldout268 to heldout297): a receiving business's own app pays the business named
  under the app, here the showroom under BharatPe for Business (never the soundbox's words). A buyer's chat
  with a business in WhatsApp pays the business named on top of the chat, its payment card's "Payment to
  <payee>" the same (*settled* heldout275's Google Pay conversation). *settled* (heldout167 to heldout297): a
  payer's advice pays the one it pays, never the payer on top or a salutation; here NEHHDC's Vendor (never the
  Corporation, its Hindi name or its Vendor Code), Zoho Books' Paid To (never the store on top), PNB's
  Beneficiary Name (never the hotel), QuickBooks' Payee (never the villa company on top), the payee in the
  accountant's mail ("released to <payee> by NEFT", never the salutation "Dear Rakesh ji" or the writer),
  PFMS' Beneficiary Name (never its Agency), the payee in the Slack message ("Paid Rs. x to <payee> via IMPS",
  never the writer's name over it, *settled* heldout286); *settled* (new here) RazorpayX's Fund account is the
  name before its account's tail ("THOUDAM IBETOMBI DEVI PRO (A/c XX1234)" pays THOUDAM IBETOMBI DEVI PRO),
  because the bracket holds the account number, never part of the name. *settled* (heldout155 to heldout297):
  an inward wire pays the firm, here SMBC's Beneficiary, Commerzbank's Empfänger / Beneficiary, Mashreq's
  Beneficiary, the payee in ASB's "<sum> sent to <payee>", PostFinance's Begünstigter / Beneficiary, Nordea's
  Mottaker / Payee, Hang Seng's Payee, Crédit Agricole's Bénéficiaire / Beneficiary; never the remitter or the
  bank on top. *settled* (heldout175 to heldout297): the firm's own paper pays its showroom or itself on top,
  here KAUNA HOUSE on its tax invoice (never its Meetei Mayek line, the firm it is a unit of or its Billed
  To), Kauna House on top of its Shopify mail and of Cashfree's, Plural's and Paytm Payment Gateway's pages
  (never the gateway), the firm on top of the weaving centre's receipt book (never the centre under it or NID
  Assam it received from), the showroom on top of the Sangai stall's memo; *settled* (new here) the showroom's
  e-bill SMS pays the shop it thanks you for shopping at, the name before its place as printed (KAUNA HOUSE),
  because the SMS is the receipt the shop's own billing program sends, as the shop's signed reply in a chat is
  (heldout295, heldout297). A name in Meetei Mayek over its English: the English line, never the Meetei Mayek
  (*settled* (new here), because the Meetei Mayek line writes the same name in Manipuri's own script, as
  heldout291's Hindi and Urdu and heldout289's Gujarati lines do); a name in Hindi over its English: the
  English line (*settled*). *settled* (heldout187 to heldout297): a supplier's name on top of its own paper,
  here THANGA KAUNA PRODUCERS SHG under its Meetei Mayek name (never its To written in or the leader's name
  under her signature), BARAK VALLEY CANE TRADERS (never its Buyer), udaan's Seller (never udaan), Delhivery
  Limited under its bar (as heldout296's Porter), Amazon Business' Sold by (never Amazon, as heldout297's
  Toolsvilla), BRAHMAPUTRA CARTONS (never its To), SANAJAOBA HANDLOOM HOUSE under its Meetei Mayek name (never
  its M/s), NORTH EAST GOLDEN ROADWAYS on top of its consignment note (never its Consignor or Consignee).
  *settled* (heldout179 to heldout297): a banking page pays the payee, here after "to" on PNB ONE, Canara ai1
  and Axis Mobile, Vyom's Beneficiary, UCO's Beneficiary Name, IOB's Beneficiary, the payee in FedMobile's
  "<sum> sent to <payee>", the Beneficiary written on Manipur Rural Bank's application (never its Remitter or
  the bank's Meetei Mayek name). *settled* (heldout150 to heldout297): a pay slip pays the worker, here the
  Weaver written on the job card (never the centre on top or its Meetei Mayek name), Zoho Payroll's Employee
  Name (never the showroom on top), after "to" on iMobile Pay, PhonePe, AU 0101, Fi and slice, the cash
  voucher's Paid to (never the firm on top). *settled* (heldout153 to heldout297): a fee page pays the
  authority as printed, here Imphal Municipal Corporation under its Meetei Mayek name (never its Licensee or
  its Premises), the Taxation Department, Government of Manipur, the Home Department under the Manipur ILP
  app's bar (never the app), the Income Tax Department under its Hindi name (never the Name), ESIC under its
  Hindi name (never the Employer Name), the Department of Tourism, Manipur on top of its receipt book (never
  Received from), Government e-Marketplace, the Forest Department. *settled* (heldout199 to heldout297): an
  insurer's receipt pays the insurer on top (full or short as printed), under its app's bar or after "to",
  never the Insured or a salutation; here Star Health under its app's bar and Niva Bupa Health Insurance after
  "to"; *settled* (new here) an insurer's SMS pays the insurer it names ("Thank you for choosing ICICI
  Lombard"), never its policy's number, because the SMS is the insurer's own acknowledgement of the premium,
  as its receipt's name on top is. A slip's counter name line as printed (KAUNA HOUSE, the hotel, the fuel
  station, the stall's line, the pharmacy), never *settled* the terminal's brand over it (HDFC BANK, AXIS
  BANK, STATE BANK OF INDIA, Razorpay POS, BANK OF BARODA); OneCard's merchant line over its town and Apple
  Wallet's merchant over its place (*settled* heldout297's SBI Card and Google Wallet); the hotel on top of
  its folio (never its Guest). A utility's biller: MSPDCL under its app's bar and Bajaj Finserv's Biller
  (never Bajaj Finserv or Bharat BillPay), after "for" on Airtel Thanks, HP Pay and MyJio (Airtel Postpaid, HP
  Gas, Jio Prepaid; never the app or HP Gas' Distributor), BSNL on top under its Hindi name, Airtel Digital TV
  on top of its mail, IMPHAL MUNICIPAL CORPORATION on top of its receipt book under its Meetei Mayek name
  (never its Name written in). An SMS, mail, watch or lock screen alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines where it
  wraps): PNB's "through IMPS to <PAYEE>.", UCO's "(NEFT to <PAYEE>)", IOB's "IMPS of Rs.x to <PAYEE> on",
  ICICI's "to <PAYEE> initiated", Axis Bank's "towards NEFT to <PAYEE>.", HDFC Bank's "To <PAYEE>" on its own
  line, Federal Bank's "to <PAYEE> via UPI"; *settled* (new here) Bank of Maharashtra's "for
  NEFT-<UTR>-<PAYEE>." pays the name after the last dash, because the bank's info string runs the way, its UTR
  and the payee in that order (as heldout296's Bandhan Bank's "IMPS/<ref>/<PAYEE>"); *settled* (new here) a
  bank's SMS on a smartwatch's face is that SMS (its To the SMS's payee, its Sent the SMS's sum), the watch's
  case and its sender's line no part of it, because the watch shows the phone's message as it came (as
  heldout297's Truecaller card lays out the bank's own SMS).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout297): a payer's advice counts its net sum, here NEHHDC's Net Amount Paid (never a Bill Amount or
  its GST-TDS 2%, *settled* heldout296), Zoho Books' Amount Paid (never a Bill Amount), PNB's Amount,
  QuickBooks' Amount paid (never a bill's Amount), the Rs. x in the accountant's mail and in the Slack
  message, RazorpayX's Amount, PFMS' Amount. *settled* (heldout155 to heldout297): an inward wire's foreign
  sum, here yen whole (JPY 766,000 or the yen's sign, *settled* heldout280), euros the German way (6.550,00
  EUR or 6.550,00 € is 6550.00, *settled* heldout242) and the French way (3 715,68 EUR or 3 715,68 € is
  3715.68, *settled* heldout269), dirhams with AED before (*settled* heldout260), New Zealand dollars (NZ$ or
  NZD, *settled* heldout274 and heldout291), Swiss francs with apostrophes between the thousands (CHF 9'640.00
  is 9640.00, *settled* heldout243 and heldout276), Norwegian kroner with a space between the thousands and a
  decimal comma (NOK 69 307,48 or 69 307,48 NOK is 69307.48, *settled* heldout236 and heldout280), Hong Kong
  dollars (HK$ or HKD, *settled* heldout246); never a Remittance fee, a Fee or Charges. *settled* (heldout175
  to heldout297): a receipt counts the sum received, here the tax invoice's Total (never IGST 5% or a line's
  Taxable), Shopify's Total (never Subtotal, Shipping or Taxes (included)), the receipt book's sum of Rupees
  and Rs. (its box the same), Cashfree's, Plural's and Paytm Payment Gateway's Amount, the stall memo's Total
  written in (never a line's Rs.), the Rs.x in the e-bill SMS. A whole sum closed with /- is that sum in whole
  rupees (heldout259). *settled* (heldout187 to heldout297): a supplier's paper counts the sum paid, here the
  reed growers' ꯄꯨꯝꯅꯃꯛ (total) written at the end of its line (never a line's sum or the loading), the cane
  house's Grand Total (never IGST 5%), udaan's Order value, Delhivery's Total paid (never Freight or GST 18%),
  Amazon Business' Order total, the carton maker's TOTAL (never IGST 5%), the phi weaver's Total written in
  (never a line's Rs. or a Rate), the consignment note's Total (never its Freight, Hamali or GC charge). A
  banking page's sum; the application's Amount Rs. in its box. *settled* (heldout167 to heldout297): a pay
  slip's net sum, here the job card's Total written in (never a Rate or a line's Rs.), Zoho Payroll's Employee
  Net Pay (never an earning, a deduction or Gross Earnings), the sums on iMobile Pay, PhonePe, AU 0101, Fi and
  slice, the cash voucher's Rs. in its box (its Rupees in words the same). A fee page's Amount Paid, Amount,
  the sum large, Amount (in Rs.), the Rs. in the receipt book's box, GeM's Amount, the transit pass' Fee. An
  insurer's premium with its GST (*settled*), here Go Digit's Premium (incl. GST), the sum on Star Health, the
  Oriental's Total Premium (never Net Premium, CGST 9%, SGST 9% or Sum Insured), LIC's Total Amount (its
  Premium the same; never its Late Fee), the sum on Niva Bupa, Bajaj General's Premium (incl. GST), the Rs.x
  in ICICI Lombard's SMS, PNB MetLife's Premium Amount. A slip's SALE AMOUNT, AMOUNT, TOTAL, the sums large on
  OneCard and Apple Wallet; the folio's Total (never its Room tariff, CGST 2.5%, SGST 2.5% or Laundry). A
  utility's sums large, BSNL's Amount Paid, Airtel Digital TV's Amount (its sentence the same), Bajaj
  Finserv's Amount, the Rs. in the receipt book's box. An alert's sum debited or sent as worded (grouped the
  Indian or the English way or not at all), never an Avl Bal or a Bal. Currency INR but on the wires.

* status: as printed. BHIM's Payment Successful, Paytm's Paid Successfully, bob World's Transaction
  Successful, CRED's payment successful, BharatPe's Payment received, WhatsApp's Paid successes; Amazon Pay's
  Payment pending pending; Navi's Payment failed failed. A payer's own record of the payment made (*settled*,
  as heldout287's, heldout295's and heldout296's vouchers): Zoho Books' Payments Made with its Payment Mode
  and Reference Number; *settled* (new here) Zoho Books' Payment Mode "Bank Transfer" with a UTR as its
  Reference Number is a payment made by netbanking, because a bank transfer carrying a UTR moves by NEFT or
  RTGS; NEHHDC's PAYMENT ADVICE, QuickBooks' "We've sent you a payment", the accountant's "has been released",
  the Slack message's "Paid", PFMS' Status Success successes; RazorpayX's Processing pending; PNB's RTGS
  Failed failed. A wire's Completed, Ausgeführt / Executed, Payment sent, Transfer sent, Virement
  international émis / International transfer sent successes; Mashreq's In process with its stages pending;
  Nordea's Betalingen ble returnert / The payment was returned failed (as heldout297's QNB Transfer returned).
  A receipt's "Received by NEFT, UTR ...", Shopify's "Payment: UPI via Razorpay - Paid", the receipt book's
  "by NEFT, UTR" written in, the memo's "Recd. cash", Plural's Payment successful, the e-bill SMS's "paid by
  UPI" successes; Paytm Payment Gateway's Payment pending pending; Cashfree's Payment Failed failed. A
  supplier's "ꯁꯦꯜ ꯐꯪꯂꯦ (cash)" in the Meetei Mayek hand (*settled* (new here): money received, a cash
  payment's success, because the hand writes in its own language with the way in brackets what a printed
  receipt's "received in cash" says, as heldout296's Hindi hand's नकद प्राप्त), the sticky note's "Paid by
  NEFT", Delhivery's "Shipment booked and paid", the oval PAYMENT RECEIVED stamp with the hand's "by IMPS, Ref
  ...", "Paid by GPay, UPI Ref ..." in the hand, the FREIGHT PAID stamp with "Recd. by NEFT, UTR ..."
  successes; Amazon Business' Payment pending pending; udaan's Payment failed failed. A banking page's
  Transaction Successful, Successful, Fund transfer successful, IMPS Transaction Successful, Money sent, the
  UTR written in under the branch's stamp (*settled* heldout274 and heldout296) successes; Canara ai1's NEFT
  in process pending; IOB's Transaction Failed failed. A pay slip's "Paid in cash" on the job card, Zoho
  Payroll's "Paid by bank transfer, UTR ...", iMobile Pay's Payment Successful, AU 0101's Paid successfully,
  Fi's Paid, the cash voucher with Cash ticked (a payer's own record of cash paid, as heldout296's debit
  voucher) successes; PhonePe's Payment Pending pending; slice's Payment failed failed. A fee page's Status
  Success, "Permit fee paid", the challan receipt with its CIN and Bank Reference Number, ESIC's Transaction
  Status Success, the receipt book's "in cash", GeM's Payment Successful successes; the transit pass' Pending
  at bank pending; the profession tax's Payment Failed failed. An insurer's Premium paid, "Premium received by
  NEFT", LIC's receipt with its Transaction ID, Bajaj General's "Thank you for your payment", ICICI Lombard's
  "we have received", PNB MetLife's "We acknowledge receipt" successes; Niva Bupa's Payment under process
  pending; Go Digit's Payment failed failed. A slip's APPROVED, OneCard's Transaction successful, the folio's
  "Settled by Card", Apple Wallet's Approved successes; State Bank of India's DECLINED (55 INCORRECT PIN)
  failed; Bank of Baroda's HOST NOT REACHABLE with TXN STATUS PENDING and DO NOT RE-SWIPE - VERIFY WITH BANK
  pending (as heldout297's ICICI Bank's RESPONSE NOT RECEIVED). A utility's Bill paid successfully, Payment
  Successful, "We have received", the receipt book's "cash", Payment successful, Recharge successful
  successes; MSPDCL's Recharge pending pending; Bajaj Finserv's Payment failed failed. *settled*: an SMS,
  mail, watch or notification alert's debit a success whatever its bank's wording (PNB's "debited ... through
  IMPS", UCO's "is debited with", Axis Bank's "has been debited", HDFC Bank's "Sent", Federal Bank's
  "debited", Bank of Maharashtra's "debited"); ICICI Bank's "is pending for credit at the beneficiary bank"
  pending (as heldout297's Indian Bank's "is under process with RBI"); IOB's "FAILED ... will be reversed"
  failed.

* date: the day paid. A UPI screen's day and hour: BHIM's Date, Paytm's Paid at, Navi's Attempted on, CRED's
  paid on in lower case, Amazon Pay's Initiated on, BharatPe's day and hour, WhatsApp's day divider over the
  payment card (*settled* heldout275's conversation); bob World's "Today, <hour>" prints no day (*settled*).
  NEHHDC's Payment Date, RazorpayX's Created at, Zoho Books' Payment Date, PNB's Transaction Date, QuickBooks'
  Payment date, the "on <day>" in the accountant's mail, PFMS' Credit Date (never its Sanction No.'s year);
  the Slack message under its "Today" divider prints no day (*settled* heldout286, never a message's hour). A
  wire's Remittance date year first with slashes (2026/07/06, *settled* heldout277 and heldout294),
  Ausführungsdatum / Execution date and Dato / Date with points (06.08.2026 is 2026-08-06, day first),
  Mashreq's Transfer date, ASB's "on <day>", Crédit Agricole's Date d'exécution / Execution date; Hang Seng's
  "Today, <hour> HKT" prints no day (*settled*). A receipt's Invoice Date, Shopify's "Placed on <day>" month
  first in words where so printed (*settled* heldout288), the receipt book's Date written in, Cashfree's
  Attempted at, the memo's Date written in, Plural's Paid on, Paytm Payment Gateway's Initiated; the e-bill
  SMS under its thread's "Today" prints no day (*settled*: an SMS's hour is no day). A supplier's Date written
  in on the reed growers' bill and the phi weaver's, the "on <day>" on the sticky note (never the cane
  invoice's Invoice Date), udaan's Attempted on, Amazon Business' Initiated on, the "dt. <day>" written under
  the carton maker's stamp (never its invoice's Date), the consignment note's Date; Delhivery's "Today,
  <hour>" prints no day. A banking page's Transaction Date, Initiated on, Date & Time, Date, FedMobile's "on
  <day>", the application's Date written in; PNB ONE's "Today, <hour>" prints no day. A pay slip's "Paid on"
  written on the job card (*settled* (new here) never a delivery's day in its rows, because the rows record
  when the pieces came in and the line after them when the weaver was paid, as heldout296's felt making
  account's Paid on is never its Week), Zoho Payroll's Pay Date (never its Pay Period or the payslip's month),
  iMobile Pay's Date, PhonePe's Initiated on, AU 0101's Date & Time, slice's Attempted on, the cash voucher's
  Date; Fi's "Today, <hour>" prints no day. A fee page's Date, Attempted on, Date of Deposit (never its
  Assessment Year), ESIC's Transaction Date (never its Challan Period), the receipt book's Date written in,
  GeM's Payment Date, the transit pass' Initiated on; the ILP app's "Today, <hour>" prints no day. An
  insurer's Attempted on, Receipt Date, Paid on (never LIC's Due Date), Initiated on, Payment Date, the "on
  <day>" in ICICI Lombard's SMS, PNB MetLife's Receipt Date; Star Health's "Today, <hour>" prints no day. A
  slip's DATE/TIME, DATE, DT, Apple Wallet's day and hour; *settled* (new here) the folio's "Settled on <day>"
  (its Departure the same), never its Arrival, because the card paid the folio on the day it was settled at
  checkout; OneCard's "Today, <hour>" prints no day. A utility's Initiated on, Paid on, Payment Date (never a
  Bill Period), Recharge date (*settled* (new here) never a Valid till day, because it is the pack's last day,
  not the payment's), Attempted on, the receipt book's Date written in (never its Period); MyJio's "Today,
  <hour>" prints no day. The alerts' "on <dd-mm-yy>", "on <dd-Mon-yyyy>", "on <dd/mm/yyyy>", "initiated on
  <dd-Mon-yy>", "on <dd/mm/yy>", "on <dd-mm-yyyy>", HDFC Bank's "On <dd/mm/yy>" on its own line; the lock
  screen's "now" under its hour prints no day (*settled* heldout279 and heldout287). All numeric days here are
  day first (heldout251, heldout259) but SMBC's year first. *settled*: never a Period, a Pay Period, a Bill
  Period, an Assessment or Financial Year, a payslip's month, an invoice's, a bill's, a due, an arrival or a
  validity day, a browser's print day, an e-mail's or a message's hour, the day inside a UTR (heldout210) or
  inside an app's, a portal's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (NEHHDC's NEFT or RTGS, RazorpayX's IMPS, the Slack
  message's IMPS, Zoho Books' Bank Transfer with its UTR (*settled* (new here) above), PNB's RTGS, QuickBooks'
  NEFT, the accountant's NEFT, PFMS' e-Payment (NEFT); the tax invoice's NEFT or RTGS, the receipt book's
  NEFT, Cashfree's Net Banking; the cane house's NEFT, udaan's Net Banking, the carton maker's IMPS, the
  transporter's NEFT; the banking pages but FedMobile's UPI; Zoho Payroll's bank transfer; Imphal Municipal
  Corporation's, the profession tax's, the challan's, ESIC's, GeM's and the transit pass' Net Banking or
  Internet Banking; the Oriental's NEFT, Bajaj General's and PNB MetLife's Net Banking; the NEFT, RTGS and
  IMPS alerts); a SWIFT transfer either way (*settled*: SMBC's remittance to an Indian bank's SWIFT code,
  Commerzbank's SHA (geteilt / shared), Mashreq's international transfer, ASB's International payment (SWIFT),
  PostFinance's SHA (geteilt), Nordea's returned foreign payment, Hang Seng's overseas telegraphic transfer,
  Crédit Agricole's Partagés (SHA)). UPI for the UPI screens, BharatPe's "from <buyer> | UPI" and WhatsApp's
  payment; Shopify's "UPI via Razorpay", Plural's, Paytm Payment Gateway's and the e-bill SMS's UPI;
  Delhivery's and Amazon Business' UPI and the phi weaver's GPay; FedMobile's UPI; iMobile Pay, PhonePe, AU
  0101, Fi and slice; the ILP app's UPI; Star Health's, LIC's, Niva Bupa's and ICICI Lombard's UPI; MSPDCL's,
  Airtel Thanks', Airtel Digital TV's, Bajaj Finserv's, HP Pay's and MyJio's UPI; the UPI alerts. Card for Go
  Digit's Debit card, BSNL's Debit Card, the slips, OneCard's card, the folio's "Settled by Card" and Apple
  Wallet's card. Cash for the reed growers' "(cash)", the memo's "Recd. cash", the job card's "Paid in cash",
  the cash voucher's Cash ticked, the Department of Tourism's and the Municipal Corporation's receipt books'
  "in cash" and "cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout297): a UPI
  reference / UTR / RRN / IMPS reference (BHIM's UPI Ref. No., Paytm's UPI Ref. No., Navi's UPI transaction
  ID, bob World's UPI Ref No, CRED's upi ref. id, Amazon Pay's UPI Ref. No., WhatsApp's UPI transaction ID;
  NEHHDC's UTR, the Slack message's IMPS ref, Zoho Books' Reference Number, PNB's UTR, QuickBooks' Reference,
  PFMS' UTR No.; the tax invoice's UTR, the receipt book's UTR, Plural's UPI RRN, the e-bill SMS's Ref; the
  sticky note's UTR, Delhivery's UPI Ref, the carton maker's IMPS Ref, the phi weaver's UPI Ref, the
  transporter's UTR; the banking pages' IMPS Ref. No., UTR, Reference No. (UTR), IMPS Ref No, RRN, the UTR No.
  written on the application; Zoho Payroll's UTR, the apps' UPI Ref; Star Health's UPI Ref No., the Oriental's
  UTR; a slip's RRN; the alerts' IMPS Ref No, RRN, UTR, UTR:, Ref, UPI Ref and the UTR in Bank of
  Maharashtra's "NEFT-<UTR>-<PAYEE>"), then a bank reference (PNB's Transaction Reference No., SMBC's
  Transaction No., Commerzbank's Referenz / Reference, Mashreq's Reference number, PostFinance's
  Auftragsnummer / Order number, Nordea's Referanse / Reference, Hang Seng's Reference no., Crédit Agricole's
  Référence / Reference, Imphal Municipal Corporation's Bank Ref No. (above its Transaction ID), the challan's
  Bank Reference Number (above its CIN and Challan No., as heldout297's e-GRAS), PNB MetLife's Bank Reference
  No.), then a transaction / payment id (Navi's txn ID, PFMS' Transaction Id, RazorpayX's Payout ID (as
  heldout296's Open), Cashfree's Ref ID, Plural's Transaction ID, Paytm Payment Gateway's Paytm Txn ID,
  PhonePe's Transaction ID, Imphal Municipal Corporation's, the profession tax's, the ILP's and GeM's
  Transaction ID, the challan's CIN (*settled* heldout297), ESIC's Transaction Number, the transit pass'
  Transaction Ref. No., Go Digit's Payment ID, LIC's and Niva Bupa's Transaction ID, Bajaj General's Payment
  Reference, OneCard's Reference No., MSPDCL's, Airtel Thanks', BSNL's, Airtel Digital TV's, HP Pay's and
  MyJio's Transaction ID, Bajaj Finserv's BBPS Txn Ref ID), then an approval code (AUTH CODE, APPR CODE, AUTH,
  OneCard's Auth code, the folio's Auth code), then an order's number (Shopify's Order #KH<n> (as
  heldout268's), Cashfree's, Paytm Payment Gateway's, udaan's and Plural's Order ID, Amazon Business' Order #,
  HP Pay's Booking No. (*settled* heldout280)), then a document's own number (NEHHDC's Advice No. and Zoho
  Books' Payment# (*settled* heldout295's and heldout297's: a payer's own number for its payment), the tax
  invoice's Invoice #, the receipt book's No., the cane house's, the carton maker's Invoice No., the cash
  voucher's Voucher No., Imphal Municipal Corporation's Receipt No., the challan's Challan No., ESIC's Challan
  Number, the Oriental's, LIC's and PNB MetLife's Receipt No., BSNL's Receipt No., a slip's ROC, INV, INVOICE,
  INVOICE NO, the folio's Folio No.). *settled*: never a card, account, phone or mobile number, a UPI ID,
  IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, a Vendor Code, a Policy No. or Policy Number, a
  Proposal No., an Application No. (the ILP's, the transit pass' TP Application No.), a Licence No., a PTEC
  No., an Employer Code, a Consumer No., a Meter No. (*settled* heldout265), a Customer ID, an Account No., a
  Telephone No., a Seller ID (*settled* (new here): GeM's number for the firm as a seller, a registration as
  an Employer Code is), an AWB no. (*settled* heldout274), a Sanction No. (*settled* (new here): PFMS' number
  for the office's order sanctioning the payment, a document of the payer's approval and not of the payment),
  an E-Way Bill number (*settled* (new here): the GST portal's number for the goods' movement, a transport
  document as an air waybill's is), a G.C. No. (*settled* (new here): the transporter's number for the
  consignment, as an AWB's), a slip's MID / TID / BATCH, a No. left blank, a bill or document named on an
  advice or a receipt (NEHHDC's, Zoho Books' and QuickBooks' bills, the accountant's invoice, the e-bill SMS's
  Bill), a Vehicle number."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout298_families import (
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

SPLIT = "heldout298"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout296's and heldout297's: the screens in
# Noto Sans Display, FreeSans, DejaVu Sans, Liberation Sans Narrow and Liberation Sans (liberation2); the
# pages in Noto Serif, Liberation Serif (liberation), DejaVu Sans Condensed, FreeSerif, Noto Sans and DejaVu
# Serif Condensed; the firm's, its suppliers' and its people's papers in DejaVu Serif, Liberation Sans
# (liberation), Noto Serif Display, Liberation Serif (liberation2) and Noto Sans; the slips in four monos in
# another order; beside them Noto Sans Meetei Mayek for the Manipuri lines and hand (its figures in DejaVu
# Sans), Noto Sans and Noto Serif Devanagari (heldout287's) for the Hindi names, a pen's italic or oblique
# (``heldout298_families.PENS``) and a page's own fixed-width face (``heldout298_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout298_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout298 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

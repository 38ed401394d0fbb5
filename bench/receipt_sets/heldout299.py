"""heldout299: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sitalpati weavers' firm's year of 2026 in Ghughumari, Cooch Behar, West Bengal
(Ghughumari Sitalpati Udyog, Nirmal Chandra Dey's proprietary firm, GSTIN 19AKDPD6318M1Z7, Udyam
UDYAM-WB-05-0039164, with his son Subrata Dey, who takes the export orders and keeps the web shop, and Mousumi
Sarkar, who keeps its accounts: Bimal Dey and Gopal Chandra Das cut the murta cane (Schumannianthus
dichotomus) that Haren Barman grows in the wet fields by the village and the Tufanganj dealer Maa Tara Murta
Bhandar sells in bundles, split its stalks into thin strips, shave off the pith and boil the strips in rice
starch till they shine and keep cool, some of them dyed black, madder red or green; the patikars, most of them
women weaving at home in Patikar Para, Kalpana Dey, Anjali Das, Mina Barman, Sabitri Dey, Rina Sarkar and
Dipali Barman, under the old master Haripada Dey, weave the strips in twill on the floor into sitalpati, the
cool mat, the dyed strips showing stepped diamonds, chevrons and borders in the twill, and bind its edges in
red cotton; its fine floor mats, mats with woven motifs, jaynamaz, yoga mats, table mats, coasters, runners,
tote bags and pakha (hand fans); its weaving shed in Patikar Para, Ghughumari Pati Ghar; its showroom on
Keshab Road by Sagardighi, Pati Bitan; stall 41 in the crafts lane of the Rash Mela that opens at Rash
Purnima; the web shop patibitan.in; Manjusha, a Kolkata heritage hotel group, a Bengaluru home store and a
Bengaluru design house, a Kolkata interiors firm, a Kolkata home decor house, a Kolkata museum shop and a
Mirik tea resort at home, and interior houses, galleries and shops in Kyoto, Berlin, Zurich, London, Auckland,
Dubai, Oslo and Santa Fe abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm, Amazon
Pay, slice, Navi, PNB ONE and iMobile Pay screens and HDFC Bank's SmartHub Vyapar on the showroom's phone;
Manjusha's payment advice under the Corporation's Bengali name, a Kolkata hotel group's Odoo payment receipt,
a Bengaluru home store's Zoho Books payment made, Bank of Baroda's bob World Business with a Kolkata interiors
firm's NEFT returned, a Bengaluru design house's Slack channel, Cashfree Payouts' transfer pending for a
Kolkata home decor house, a museum shop's typed letter and SBI CMP's vendor payment mail for a Mirik tea
resort; SMBC, Berliner Sparkasse, Raiffeisen, NatWest, BNZ, ADCB, SpareBank 1 and Citi for buyers in Kyoto,
Berlin, Zurich, London, Auckland, Dubai, Oslo and Santa Fe in yen, euros, Swiss francs, pounds, New Zealand
dollars, dirhams, Norwegian kroner and US dollars; the showroom's tax invoice, Razorpay's payment page
pending, the Rash Mela stall's carbon cash memo, the web shop's WooCommerce mail, the firm's e-invoice, Paytm
Payment Gateway's failed page, the firm's TallyPrime receipt voucher and the showroom's thank-you card in a
parcel) and those it makes (the Tufanganj murta dealer's Haal Khata card on Poila Baisakh, a Siliguri cloth
merchant's tax invoice with the accountant's sticky note, Industrybuying's failed checkout, DTDC's consignment
note, a Kolkata jute bag maker's Khatabook entry, a Burrabazar dye dealer's credit memo, udaan's pending order
and a Cooch Behar press's tax invoice; Indian Bank's IndOASIS, IOB Mobile, Mahamobile Plus, FedMobile, Axis
Mobile, AU 0101, Uttarbanga Kshetriya Gramin Bank's branch acknowledgement and Ujjivan's share card for the
transporter, the cloth merchant, the murta dealer, a murta grower, the press, the jute bag maker, the dye
dealer and the packers; the mat weaving account, a Puja bonus envelope, Zoho Payroll's payslip, JioFinance,
indie, bob World, Vyom and a weaver's receipt in a Bengali hand with her thumb's impression; Cooch Behar
Municipality's enlistment fee, GRIPS' profession tax challan, Banglarbhumi's khajna, the Income Tax
Department's advance tax challan, Ghughumari Gram Panchayat's receipt book, Legal Metrology's e-receipt, the
Rash Mela Committee's stall token and ESIC's challan; LIC's, The New India Assurance's, ICICI Prudential
Life's, The Oriental Insurance's, ICICI Lombard's, Niva Bupa's, Bajaj Allianz's and PNB MetLife's premiums;
cards on the showroom's HDFC Bank terminal and the Rash Mela stall's State Bank of India terminal and the
firm's card at a Siliguri hotel, a Kolkata restaurant, a fuel station, HDFC Bank's mail of a spend at a
Kolkata hotel, OneCard's app and a Darjeeling hotel's folio; WBSEDCL, Airtel Broadband through Bharat Connect,
HP Gas, Jio Postpaid, BSNL, Axis Bank FASTag, a cable operator and the Municipality's water charges; the
banks' SMS, Bank of Baroda's mail, Uttarbanga Kshetriya Gramin Bank's SMS in Bengali and Axis Bank's WhatsApp
Banking). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout296's or heldout297's; where a kind of paper is one they also drew (a state emporium's payment advice,
a chat's message, a payout's status, a bank's corporate page with a transfer sent back, a shop's tax invoice,
a gateway's pending or failed page, a web shop's order mail, a festival stall's bill, a business's reply to a
buyer, a supplier's tax invoice with its payment noted on it, a marketplace's failed or pending order, a
courier's receipt, a bank's printed record of a transfer, a piece work account, a festival's bonus, a payslip,
a worker's own receipt in a regional hand, a municipal fee, a state's treasury challan, a receipt book, a
festival committee's stall fee, a card slip pending at its host, a card issuer's app, a bill settled by card,
a FASTag's payment, a bill paid in cash on a printed form, a bank's SMS in the region's language, a mail, a
chat), it is drawn here for another issuer in this set's own labels and marks, and near ones are noted:
Manjusha's PAYMENT ADVICE in dot leaders and hairline rows, where heldout296 drew Rajasthali's from SAP and
heldout297 RAJSICO's in a table ruled on every side; Slack's #vendor-payments, where both drew a Google Chat
message; Cashfree Payouts' transfer pending, where heldout296 drew Open's payout processing; bob World
Business' NEFT returned, where heldout297 drew Kotak FYN's rejected and heldout296 IDBI Bank's IMPS failed;
Razorpay's payment page processing and Paytm Payment Gateway's failed page, where heldout296 drew Easebuzz and
Instamojo and heldout297 Zaakpay and Airpay; WooCommerce's order mail, where heldout297 drew Zoho Commerce's
and heldout296 PayU's; the Rash Mela stall's carbon cash memo written by hand, where heldout296 drew the
Lokrang stall's printed roll; the showroom's thank-you card in the hand, where heldout297 drew its Messenger
reply and heldout296 its Instagram message; the cloth merchant's tax invoice with the accountant's sticky
note, where heldout296 drew the packaging maker's bill with "Recd. by NEFT" written on it; the press's tax
invoice under a pale PAID, where heldout296 drew the dye house's under one; Industrybuying's failed checkout
and udaan's pending order, where heldout296 drew IndiaMART's and Flipkart Wholesale's and heldout297
Toolsvilla's and JD Mart's; DTDC's consignment note filled in by hand, where heldout297 drew Aramex's roll and
heldout296 India Post's; Khatabook's "You got" in the supplier's own book, where heldout297 drew the tool
maker's Telegram message; Uttarbanga Kshetriya Gramin Bank's NEFT OUTWARD ACKNOWLEDGEMENT printed at its
branch, where heldout297 drew India Post Payments Bank's mini statement and heldout296 Rajasthan Gramin Bank's
application form; the mat weaving account, where heldout296 drew the felt making account and heldout297 the
piece work slip; the Puja bonus on a kraft envelope, where heldout297 drew a Diwali bonus voucher; Zoho
Payroll's payslip, where heldout297 drew HROne's and heldout296 Saral PayPack's; the weaver's receipt in a
Bengali hand with her thumb's impression, where heldout296 drew an embroiderer's receipt in a Hindi hand;
Cooch Behar Municipality's money receipt, where heldout297 drew Nagar Nigam Udaipur's; GRIPS' acknowledgement,
where heldout296 drew GRAS Rajasthan's challan failed and heldout297 e-GRAS' challan; Ghughumari Gram
Panchayat's receipt book, where heldout296 drew Nagar Parishad Tonk's; the Rash Mela Committee's stall token,
where heldout297 drew the Matsya Utsav Samiti's letter and heldout296 the Jawahar Kala Kendra's stall rent;
State Bank of India's slip with its status unknown at the stall, where heldout297 drew ICICI Bank's with no
answer from its host and heldout296 Federal Bank's timeout; OneCard's app, where heldout297 drew SBI Card's;
the Darjeeling hotel's folio settled by card, where heldout297 drew a thali house's bill and heldout296 a
sweet shop's memo; Axis Bank FASTag's recharge pending, where heldout297 drew Rajmargyatra's annual pass; the
cable operator's receipt book paid in cash, where heldout297 drew the PHED's counterfoil and heldout296
JVVNL's; MyJio's postpaid bill, where heldout297 drew the JioHome app; Uttarbanga Kshetriya Gramin Bank's SMS
in Bengali in a card, where heldout296 drew Rajasthan Gramin Bank's Hindi SMS in its thread and heldout297
Central Bank of India's cropped; Bank of Baroda's mail, where heldout296 drew Yes Bank's and heldout297
Bandhan Bank's; Axis Bank's WhatsApp Banking message, where heldout297 drew Indane's WhatsApp message. Some of
this set's issuers and kinds of paper were drawn by sets before heldout296 (heldout274's Halkhata receipt,
Bengali lines and hand, Bishnupur Mela cash memo and Puja bonus slip; heldout284's Manjusha, IndOASIS, udaan
and DTDC; heldout291's and heldout294's SMBC and Sparkasse; heldout295's Income Tax challan, Legal Metrology
receipt, The New India's and Oriental's receipts and Airtel's bills; heldout292's Odoo and Khatabook;
heldout282's guest folio), and are drawn here in this set's own labels and arrangements; the families'
docstrings list each one's labels). This set draws kinds of row and page heldout296 and heldout297 do not: a
piece of sitalpati as a letterhead's emblem (a square of twill of glossy murta strips, dyed strips woven in as
a stepped diamond and arrowheads at its corners, its edges bound in cotton with running stitches); a strip of
sitalpati as a divider (twill with a chevron of dyed strips between two bindings); an alpana across a page's
head (red earth, a lotus at its middle and creepers of leaves and dots in rice-paste white); a brown kraft pay
envelope (its fibres, its half-moon thumb cut); a left thumb's impression in stamp-pad ink in its box; a page
photographed lying on a sitalpati (its twill, a border of dyed strips, the page's shadow, the page askew);
Bengali lines in Noto Sans and Noto Serif Bengali over their English (heldout287's Bengali-script rows, here
for Bengali), ruled cells with each label's English over its Bengali, a Bengali hand and a bank's SMS in
Bengali; and beside them earlier sets' rows neither of them draws: heldout273's avatar badge and carbon copy,
heldout275's sticky note, heldout279's pale wave, red numbering-machine number and ticket with its tear line,
heldout287's loudspeaker line; and heldout269's to heldout289's rows (tables ruled on every side, striped
tables, shaded labels, labels against a gutter, dot leaders, hairline rows, tinted outcome bands, capsules,
tiles two to a row, values over their labels, labels over their values two to a row, copyable fields, notice
boxes, a payment's stages top to bottom, left to right and across, large round marks, hourglass tiles,
scalloped badges, spinners, chat bubbles and a day divider, hand-written fills and columns on a ruled page, a
sum in a box, boxes filled in by hand, a barcode, rectangular and oval stamps, a pale PAID mark, a QR code, a
spiral-bound pad, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Pati Bitan or the firm: PhonePe's Transaction Successful on its purple bar (its
  hour "on <day>" under it; a card "Paid to" with the payee and the sum on one line, the UPI ID under them; a
  card Transfer Details, each label small over its value: Transaction ID, Debited from; "UTR: ..."); Paytm's
  Paid Successfully under a large tick (the sum; the payee's initials in a round badge, "To" over the payee
  and its UPI ID, "From" over the buyer and the bank; UPI Reference No., Date & Time at the left and the
  right); Amazon Pay's payment pending under a spinner (the sum, "to <payee>", a notice; UPI transaction ID,
  Initiated on, Paying from on hairline rows); slice's dark "payment successful" in lower case (a large tick,
  the sum, "to <payee>"; upi ref no. and date in two tiles; from at the left and the right); Navi's payment
  failed under a large cross (the sum, "to <payee>", the reason in a notice; UPI transaction ID, Navi txn ID,
  Attempted on, Bank account in a table ruled on every side); PNB ONE's Transaction Successful ("Today,
  <hour>"; "Paid to" over the payee, the sum; a striped table: UPI Ref No., Debit A/c, Remarks; no day); HDFC
  Bank's SmartHub Vyapar on the showroom's phone (the showroom under the app, the Soundbox's line, a card:
  Payment received, the sum, "from <buyer> via UPI", the day and hour; no reference); ICICI Bank's iMobile Pay
  drawn as a ticket (a Payment successful capsule, the sum, "to <payee>" and its UPI ID above the tear line;
  UPI Ref. No., Date, From, Remarks under it). All new here.

* ``buyer_advices``: Payers' advices of what they paid the firm: Manjusha's (the West Bengal Handicrafts
  Development Corporation's) PAYMENT ADVICE under its Bengali name (Advice No. beside Date; its sentence "We
  have released the payment below to your account"; Payee, Bank, Mode, UTR No., Net amount in dot leaders;
  Bill No. | Bill Date | Gross | TDS 194Q | Net on hairline rows with its Total); a Kolkata heritage hotel
  group's Payment Receipt printed from Odoo (its number large; Payment Date, Partner, Payment Method, Payment
  Amount, Memo two to a row, each label small over its value; Invoice Date | Invoice Number | Amount Paid in a
  striped table); a Bengaluru home store's PAYMENTS MADE from Zoho Books (Payment#, Payment Date, Reference
  Number, Paid To, Payment Mode, Paid Through as label and value on a line; Amount Paid on a tinted panel;
  Amount Paid In Words; Bill Number | Bill Date | Bill Amount | Payment Amount on hairline rows); Bank of
  Baroda's bob World Business with a Kolkata interiors firm's NEFT returned (a capsule, the reason in a
  notice; a table ruled on every side two fields to a row: Transaction Ref. No. and Transfer Type, Beneficiary
  Name and IFSC, Amount and Value Date, Account No. and Return Code); a Bengaluru design house's accounts
  writing in Slack's #vendor-payments under a "Today" divider ("Paid Rs. x to <payee> for PO ... by IMPS",
  "IMPS ref ..."; a reaction; no day); Cashfree Payouts' transfer pending for a Kolkata home decor house (a
  capsule, a notice; Transfer ID, Cashfree Reference ID, Beneficiary, Amount, Transfer Mode, Added On, UTR not
  yet printed, each value over its label); a Kolkata museum shop's typed letter (To, M/s. the firm; "We have
  today released ... by NEFT against your bill ..."; Date; no reference); SBI CMP's vendor payment advice
  mailed for a Mirik tea resort (its sentence; Vendor Name, Vendor Code, Amount, Mode, UTR, Payment Date in a
  table ruled on every side; Invoice No. | Invoice Date | Amount). All new here.

* ``export_wires``: Interior houses, galleries and shops abroad paying the firm for sitalpati floor mats,
  runners and table mats: SMBC Direct's overseas remittance completed in yen (Remittance Date year first with
  slashes, Remittance Amount, Beneficiary Name, Beneficiary Bank, SWIFT Code, Charges, Reception No. in a
  table ruled on every side under a tinted heading); Berliner Sparkasse's app with an Auslandsüberweisung /
  foreign transfer in euros the German way in progress (its stages top to bottom: Auftrag erteilt / Ordered,
  In Bearbeitung / Processing, Gutschrift beim Empfänger / Credited; each label small over its value:
  Empfänger / Payee; Betrag / Amount and Ausführungsdatum, Entgelt / Charges and Art / Type two to a row;
  Auftragsnummer / Order number); Raiffeisen's BELASTUNGSANZEIGE / DEBIT ADVICE in Swiss francs the Swiss way
  (Valuta / Value date, Begünstigter / Beneficiary, Bank, Betrag / Amount, Kurs / Rate, Spesen / Fees,
  Referenz / Reference in dot leaders; a sentence); NatWest's app with an international payment sent in pounds
  (a large tick, "<sum> sent to <payee>", "Sent on <day>", From, Payee's bank; no reference); BNZ's
  International payment receipt in New Zealand dollars (Receipt number, Date, Payee, Payee bank, Amount, Fee,
  Status Sent on hairline rows); ADCB's app with an international transfer done in dirhams ("Today, <hour>"; a
  scalloped badge; the sum, "to <beneficiary>"; Reference number and Transfer type in tiles; no day);
  SpareBank 1's Betalingen ble avvist / The payment was rejected in Norwegian kroner on a tinted band (the
  reason in a notice; Mottaker / Payee, Beløp / Amount, Dato / Date, Referanse / Reference, Gebyr / Fee
  against a gutter); Citi's wire transfer confirmation in US dollars (its sentence; Send date month first in
  words, Amount, Recipient, Recipient bank, SWIFT/BIC, Reference number, Fee in a striped table). All new
  here.

* ``own_receipts``: The firm's own papers, its showroom or itself on top: Pati Bitan's TAX INVOICE under a
  sitalpati emblem, its Bengali name and a sitalpati strip, to a buyer in Karnataka (Invoice No. and Invoice
  Date, Buyer and Place of Supply two to a row in a table ruled on every side; Sl. | Description | HSN | Qty |
  Rate | Amount ruled, IGST 5%, Invoice Total; Amount in words; a rectangular PAID stamp and "Paid by NEFT,
  UTR ..." under it); Razorpay's payment page for the web shop with the payment processing (a capsule, its
  stages across the page, a notice; Payment ID, Order ID, Amount, Method, Created at in dot leaders); the Rash
  Mela stall's CASH MEMO torn from a carbon book in the Mela's days and photographed lying on a sitalpati, its
  heading in Bengali and English (No. left blank; Date written in; the mats written in ruled columns, Total;
  "Paid cash"; no reference); the web shop's order mail from WooCommerce ("[Order #...] (<day>)"; Product |
  Quantity | Price on hairline rows, Subtotal, Shipping, Payment method, Total); the firm's e-invoice to a
  Kolkata interiors house (IRN, Ack No. and Ack Date beside its QR code; Invoice No. beside Invoice Date; a
  striped table, CGST 2.5% and SGST 2.5%, Total; a card PAYMENT RECEIVED: Mode, UTR, Received on); Paytm
  Payment Gateway's Payment Failed for the web shop under a large cross (the reason in a notice; Order ID and
  Txn ID, Amount and Payment Mode, each label small over its value two to a row); the firm's Receipt Voucher
  printed from TallyPrime (No. beside Dated; Account; Particulars | Amount with the dealer's line; Through; On
  Account of "NEFT, UTR ..."; Amount (in words)); the showroom's thank-you card in the hand tucked into a
  parcel under a sitalpati strip ("We received Rs. x by UPI (Ref ...) with thanks.", signed "- Pati Bitan,
  Cooch Behar"; no day). All new here.

* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Tufanganj murta dealer's HAAL
  KHATA card on Poila Baisakh under an alpana, "শুভ নববর্ষ ১৪৩৩" (a happy new year 1433) and "শুভ হালখাতা"
  (the new ledger's blessing), his name in Bengali over its English (No. none; Date written in; ruled cells,
  each label's English over its Bengali, filled in by hand: Old due (1432), Paid today, Balance; "নগদ জমা
  পাইলাম" (received in cash) in a Bengali hand; no reference); a Siliguri cloth merchant's TAX INVOICE for the
  red cotton the mats' edges are bound in (Invoice No. and Date on a line; the cloth by the metre on hairline
  rows; Taxable, CGST 2.5%, SGST 2.5%, Total at the left and the right) with the firm's accountant's yellow
  sticky note ("Paid IMPS Ref ... on <day>"); Industrybuying's checkout with the card payment failed for cane
  splitting knives on a tinted band (the reason in a notice; Order No., Sold by, Item, Order total, Payment
  method, Attempted on in a striped table); DTDC's CONSIGNMENT NOTE filled in by the counter clerk
  (Consignment No. and Date; Origin, Destination, Pieces, Weight written in boxes; Freight, GST 18%, Total;
  "Paid by UPI, Ref ..." written in); a Kolkata jute bag maker's Khatabook entry shared to the firm ("Today,
  <hour>"; You got, the sum, from the firm, Mode UPI, Note "UPI ref ..."; the balance; no day); a Burrabazar
  dye dealer's CREDIT MEMO, its number struck in red by a numbering machine (Date written in; the dyes written
  by hand in ruled columns, Total; "Paid by NEFT, UTR ..., dt. <day>" written under it); udaan's order with
  the payment pending for jute twine and cartons (a capsule, a notice; Order ID, Seller, Amount, Payment,
  Initiated on at the left and the right); a Cooch Behar press's TAX INVOICE for the firm's Bengali calendars
  and labels under a pale PAID across it (Invoice No. beside Date; Item | Qty | Rate | Amount ruled; CGST 9%,
  SGST 9%, Total; Payment received: Mode, UPI Ref, Date on hairline rows). All new here.

* ``vendor_transfers``: The firm paying its suppliers from its banks: Indian Bank's IndOASIS with an IMPS
  successful to the transporter (the sum, "to <payee>"; IMPS Reference No., Beneficiary A/c, IFSC, Date &
  Time, Remarks in dot leaders); Indian Overseas Bank's IOB Mobile with a NEFT failed on a tinted band (the
  reason in a notice; Beneficiary, Amount, Transaction Ref No., Date, Debit Account in a table ruled on every
  side); Bank of Maharashtra's Mahamobile Plus with an RTGS to the murta dealer successful under a large tick
  (each label small over its value two to a row: Beneficiary, Amount; UTR, Date; From, Purpose); Federal
  Bank's FedMobile UPI to a murta grower ("Today, <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI
  ID; a copyable UPI Transaction ID; no day); Axis Mobile with a NEFT in process (its stages across the page,
  a notice; Beneficiary, Amount, Reference No., UTR, Initiated on in shaded labels); AU Small Finance Bank's
  AU 0101 with an IMPS successful (a striped table: Beneficiary, Amount, IMPS Ref. No., Date, Debit A/c,
  Note); Uttarbanga Kshetriya Gramin Bank's NEFT OUTWARD ACKNOWLEDGEMENT printed at the Cooch Behar branch in
  its printer's face under the bank's Bengali name (DATE, REMITTER, BENEFICIARY, BENE A/C, IFSC, AMOUNT,
  COMMISSION, UTR, STATUS) with the branch's rectangular stamp; Ujjivan Small Finance Bank's share card of a
  NEFT to the packers ("<sum> sent to <payee> on <day>", From, Mode; no reference). All new here.

* ``worker_pay``: The firm paying its patikars, the men who split the murta and the showroom's staff: the
  firm's MAT WEAVING ACCOUNT card photographed lying on a sitalpati, under a sitalpati strip and its Bengali
  heading "পাটি বোনার হিসাব" (mat weaving account) (Card No. printed; Weaver and Date written in; the mats,
  their size, number and rate written in ruled columns, Total; "Paid by UPI, Ref ..." in the hand); a weaver's
  PUJA BONUS on a brown kraft pay envelope (the firm stamped at its head; "পুজোর বোনাস" (Puja bonus) in a
  Bengali hand; her name, "Rs. x/- cash" and the day in the hand; "টাকা বুঝিয়া পাইলাম" (received the money)
  and her signature; no reference); Zoho Payroll's payslip for the showroom's sales assistant (Payslip for the
  month; Employee Name, Designation, Pay Period, Pay Date as label and value on a line, Employee Net Pay and
  its sum at the right; Earnings | Amount | Deductions | Amount on hairline rows; Total Net Payable; "Paid by
  NEFT, UTR ..."); JioFinance's UPI payment to a weaver pending under an hourglass tile (the sum, "to
  <payee>", a notice; UPI Ref No., Initiated on, From each value over its label); IndusInd Bank's indie app
  with a UPI payment to a strip splitter under a pale wave (Payment successful, the payee's initials in a
  round badge, "Paid to" over the payee, the sum; UPI Ref. No. and Date in tiles); bob World's UPI payment to
  a weaver ("Today, <hour>"; Money sent, the sum, "to <payee>"; a copyable UPI Ref No.; From at the left and
  the right; no day); Union Bank's Vyom with a UPI payment failed to a weaver under a large cross (the reason
  in a notice; UPI Ref No. and Date, Paid to and From, each label small over its value two to a row); a
  weaver's RECEIPT written in a Bengali hand on a spiral-bound pad ("প্রাপ্তি রসিদ" (receipt), "I have
  received in cash Rs. x/- from the firm as wages for weaving mats", তারিখ (date) and the day), her left
  thumb's impression in its box and her name written under it in English; no reference). All new here.

* ``govt_fees``: The firm's fees, taxes and dues, the authority paid as printed: Cooch Behar Municipality's
  money receipt for the showroom's Certificate of Enlistment renewed, under its Bengali name (ruled cells,
  each label's English over its Bengali: Receipt No., Enlistment No., Nature of trade, Financial Year, Fee,
  Payment Mode, Transaction ID, Payment Date); GRIPS 2.0's e-challan acknowledgement of the firm's profession
  tax under the state's Bengali name (Department, Head of Account, Depositor's Name, GRN, GRN Date, BRN,
  Amount, Payment Mode, Status in dot leaders); Banglarbhumi's khajna (land revenue) payment for the weaving
  shed's plot failed on a tinted band (the reason in a notice; Mouza, JL No., Khatian No., Plot No., Period
  (Bengali year 1433), Amount, GRN, Payment Mode, Attempted on in a table ruled on every side); the Income Tax
  Department's Challan Receipt (ITNS 280) for advance tax (two fields to a row in a table ruled on every side:
  PAN, Name; Assessment Year, Major Head; Minor Head, Amount; CIN, Bank Reference Number; BSR code, Challan
  No.; Date of Deposit, Mode); Ghughumari Gram Panchayat's receipt book under its Bengali name (No. left
  blank; Date, Received from, the sum in words and On account of written in; Rs. in a box; "in cash"; an oval
  stamp; no reference); the Directorate of Legal Metrology's e-receipt for the weaving shed's platform scale
  (Receipt No. beside Date; Instrument, Verification fee, Adjustment charges, Total, Mode, UPI Ref. on
  hairline rows); the Rash Mela Committee's STALL ALLOTMENT TOKEN drawn as a ticket under the Mela's Bengali
  name (Token No., Stall, Allottee, Stall fee, "Paid by UPI, Ref ..."; no day); ESIC's challan payment pending
  at the bank (a capsule, a notice; Challan No., Employer Code, Contribution Period, Amount, Transaction No.,
  Bank, Initiated on each value over its label). All new here.

* ``insurer_receipts``: The firm's premiums, the insurer on top or under its app's bar: LIC's RENEWAL PREMIUM
  RECEIPT for the proprietor's policy printed from Pay Direct under its Bengali name (a table ruled on every
  side two fields to a row: Receipt No., Receipt Date; Policy No., Plan / Term; Life Assured, Mode; Due Date,
  Premium; Late Fee, Total Amount; Paid through, Transaction No.); The New India Assurance's PREMIUM RECEIPT
  for the showroom's shopkeeper's policy (its sentence "Received with thanks from ... the sum of Rs. x towards
  premium ..."; Receipt No., Date, Policy No., Period, Net Premium, CGST 9%, SGST 9%, Total, Mode, UTR on
  hairline rows); ICICI Prudential Life's mail of the proprietor's premium received ("We have received your
  premium of <sum> on <day> ..."; Policy number, Plan, Premium, Payment mode, Next due date in dot leaders; no
  reference); The Oriental Insurance's PREMIUM RECEIPT cum TAX INVOICE for the firm's pickup (a striped table:
  Receipt No., Receipt Date, Policy No., Vehicle No., Premium, GST 18%, Total, Payment Mode, Transaction ID);
  ICICI Lombard's IL TakeCare app with a health renewal's card payment failed (the insurer under the app, a
  tinted band, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on at the left and the
  right); Niva Bupa's renewal successful under a large tick (its sentence; Policy No. and Payment ID, Premium
  and Paid on, Mode and Members in tiles two to a row); Bajaj Allianz's shop insurance payment under process
  (a capsule, its stages left to right, a notice; Quote No., Premium (incl. GST), Transaction ID, Mode,
  Initiated on against a gutter); PNB MetLife's app with the proprietor's premium paid ("Today, <hour>"; the
  insurer under the app, Premium paid, the sum; a card: Policy No., Transaction ID, Paid via; no day). All new
  here.

* ``card_slips``: Cards on the showroom's terminals and the firm's card elsewhere: HDFC Bank's SALE slip at
  Pati Bitan (DATE and TIME on a line; MID, TID, BATCH NUM, INVOICE NUM, the card with CHIP, APPR CODE, RRN;
  BASE AMT, TOTAL AMT; APPROVED - PIN VERIFIED OK, CUSTOMER COPY); State Bank of India's slip at the Rash Mela
  stall in the Mela's days with its status unknown (DATE, TIME, TID, INV NO, CARD, AMOUNT; STATUS UNKNOWN,
  HOST NOT REACHABLE, DO NOT RE-SWIPE - VERIFY WITH BANK); Axis Bank's CHARGE SLIP at a Siliguri hotel (DT and
  TM on a line, MID and TID on a line, BATCH and INV on a line, the card, AUTH, RRN, AMOUNT INR; APPROVED);
  Paytm's card machine's slip at a Kolkata restaurant (the counter under paytm's line; CARD SALE, Date, Time,
  TID, Card, Txn ID, RRN, Auth Code, Amount; Payment Successful); Mswipe's slip at a fuel station DECLINED (05
  DO NOT HONOUR); HDFC Bank's e-mail alert of a spend on the firm's credit card at a Kolkata hotel ("Thank you
  for using your HDFC Bank Credit Card ending 1234 for Rs x at <merchant> on <dd-mm-yyyy hh:mm:ss>."; no
  reference); OneCard's app with a spend at an electronics store ("Today, <hour>"; the merchant's line and its
  town, the sum; Card, Transaction ID, Category at the left and the right; no day); a Darjeeling hotel's GUEST
  FOLIO settled by card (Bill No. beside Bill Date, Guest, Room, Arrival and Departure; the room nights, food
  and GST on hairline rows; TOTAL; "Settlement: VISA XX1234, Auth ..."). All new here.

* ``utility_bills``: The weaving shed's and the showroom's bills: WBSEDCL's ONLINE PAYMENT RECEIPT for the
  weaving shed under its Bengali name (Consumer ID, Consumer Name, Bill Month, Amount Paid, Transaction ID,
  Bank Ref. No., Payment Date, Payment Mode in a table ruled on every side under a tinted heading); BHIM's
  Bharat Connect receipt of the showroom's broadband bill (a large tick, Bill payment successful, the sum;
  Biller Name, Customer ID, B-Connect Txn ID, UPI Ref No., Date & Time, Payment mode in shaded labels); HP
  Pay's commercial LPG refill for the strips' boiling paid ("Today, <hour>"; the sum, "for HP Gas"; Booking
  No. and Transaction ID in tiles; no day); MyJio's postpaid bill payment failed (the company under the app, a
  tinted band, the reason in a notice; Jio Number, Amount, Order ID, Payment mode, Attempted on in dot
  leaders); BSNL Selfcare's landline bill paid (the company under the app, a Payment successful capsule, the
  sum; a striped table: Account No., Phone No., Bill Month, Transaction ID, Payment Date, Mode); Axis Bank
  FASTag's recharge pending for the firm's pickup (a capsule, a notice; Vehicle No., Tag ID, Recharge Amount,
  Transaction Ref., Mode, Initiated on against a gutter); the local cable operator's receipt book under its
  Bengali heading (No. left blank; Date, Name and Month written in; Rs. in a box; "cash" and the collector's
  signature; no reference); Cooch Behar Municipality's water charges payment receipt under its Bengali name
  (Holding No., Connection No., Period, Amount, Receipt No., Transaction ID, Paid on, Mode on hairline rows).
  All new here.

* ``bank_alerts``: The banks' alerts of the firm's payments: SMS in State Bank of India's ("Dear UPI user A/C
  X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno ... If not u? call 1800111109. -SBI"), HDFC Bank's
  ("Sent Rs.x From HDFC Bank A/C *1234 To <PAYEE> On <dd/mm/yy> Ref ... Not You? Call 18002586161/SMS BLOCK
  UPI to 7308080808"), Punjab National Bank's ("Your NEFT of Rs x from A/c XX1234 to <PAYEE> on <dd-mm-yy>,
  UTR ..., is pending at the beneficiary bank. Please do not re-initiate. -PNB"), Canara Bank's ("IMPS of Rs.x
  from A/c XX1234 to <PAYEE> on <dd/mm/yyyy> has failed. Ref No ... Amount debited, if any, will be credited
  back. -Canara Bank") and UCO Bank's ("A/c XX1234 Debited with Rs x on <dd-mm-yyyy> by IMPS/<ref>/<PAYEE>.
  Avl Bal Rs y -UCO Bank") wordings; Bank of Baroda's mail ("Rs. x has been debited from your A/c XX1234 on
  <dd-Mon-yyyy> towards NEFT to <PAYEE>. Total Avl Bal Rs. y."; no reference); Uttarbanga Kshetriya Gramin
  Bank's SMS in Bengali in a card in the phone's messages thread under its day divider ("আপনার অ্যাকাউন্ট
  XX1234 থেকে <dd-mm-yyyy> তারিখে UPI-এর মাধ্যমে <PAYEE> কে x টাকা পাঠানো হয়েছে। রেফ নং ...। -উত্তরবঙ্গ
  ক্ষেত্রীয় গ্রামীণ ব্যাংক" (from your account XX1234 on <day> x rupees have been sent to <PAYEE> by UPI; ref
  no ...)); Axis Bank's message on WhatsApp Banking under a "Today" divider ("INR x debited from A/c XX1234 to
  <PAYEE> via NEFT. UTR ..."; its hour; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Bengali
(heldout287's, regular and bold, fonts-noto-core) for the Bengali lines, labels, hand and SMS, an upright
DejaVu Serif for a Bengali hand's figures (heldout287's), an italic or oblique for the hand
(``heldout299_families.PENS``) and a fixed-width face of the page's own (``heldout299_families.TYPES``). The
Rash Mela stall's cash memo and card slip are drawn in the Mela's first twelve days (24 November to 5 December
2026, from Rash Purnima) and the Rash Mela Committee's stall token in the weeks before them, the murta
dealer's Haal Khata card on Poila Baisakh (15 April 2026, the first day of the Bengali year 1433), the
weavers' Puja bonus in the fortnight before Durga Puja's Saptami (18 October 2026); the other days anywhere in
2026. GST is 5% on the sitalpati (IGST 5% to a buyer in Karnataka, CGST 2.5% and SGST 2.5% to a buyer in
Kolkata), on the binding cloth and on the Darjeeling hotel's room and food, 18% on the courier's freight, the
press's printing, the shop's and the pickup's premiums; the proprietor's life and the family's health premiums
carry none.

Truth conventions (heldout297's, heldout296's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name on PhonePe's "Paid to" line (its sum beside it), under Paytm's "To" (never the initials in its badge),
  after "to" on Amazon Pay, slice, Navi and iMobile Pay, under PNB ONE's "Paid to"; the showroom, the firm,
  the firm as a bank's field cuts it (GHUGHUMARI SITALPATI UDYO) or the showroom with its town (PATI BITAN
  COOCH BEHAR); never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout268 to heldout297): a
  receiving business's own app pays the business named under the app, here the showroom under SmartHub Vyapar
  (never HDFC Bank or the Soundbox's line). *settled* (heldout167 to heldout297): a payer's advice pays the
  one it pays, never the payer on top or a salutation; here Manjusha's Payee (the firm after M/s; never the
  Corporation or its Bengali name, *settled* heldout281 and heldout285), Odoo's Partner (never the hotel group
  on top, *settled* heldout292), Zoho Books' Paid To (never the store on top), bob World's Beneficiary (never
  the interiors firm or the bank), the payee in the Slack message ("to <payee> for PO", never the writer over
  it or the channel, *settled* heldout286), Cashfree's Beneficiary (never Cashfree or the decor house), the
  firm after the letter's "To," as M/s (never the museum shop on top), SBI CMP's Vendor Name (never State Bank
  of India on top or the resort in its sentence). *settled* (heldout155 to heldout297): an inward wire pays
  the firm, here SMBC's Beneficiary Name, Sparkasse's Empfänger / Payee, Raiffeisen's Begünstigter /
  Beneficiary, the payee in NatWest's "sent to <payee>", BNZ's Payee, the name after "to" on ADCB, SpareBank
  1's Mottaker / Payee, Citi's Recipient; never the remitter, its Payer, "Dear <payer>", the line of the payer
  over Raiffeisen's advice or the bank on top. *settled* (heldout175 to heldout297): the firm's own paper pays
  its showroom or itself on top, here PATI BITAN on its tax invoice (never its Bengali line, the firm it is a
  unit of or its Buyer), Pati Bitan on top of Razorpay's page and of Paytm Payment Gateway's (never Razorpay
  or Paytm), on top of its cash memo (never the Mela's line), on top of its WooCommerce mail, the firm on top
  of its e-invoice (never its Bill to), the showroom signing its thank-you card ("- Pati Bitan, Cooch Behar":
  the name before its place, *settled* heldout295); *settled* (new here) the firm on top of its TallyPrime
  Receipt Voucher, never the party in its Particulars (the dealer who paid it), because a receipt voucher
  records money the firm received, the mirror of heldout295's payment voucher, which pays the party it debits.
  A name in Bengali over its English: the English line, never the Bengali (*settled*, as heldout296's Hindi
  and heldout274's Bengali). *settled* (heldout187 to heldout297): a supplier's name on top of its own paper,
  here MAA TARA MURTA BHANDAR under its Bengali name (never its M/s written in), SRI DURGA VASTRALAYA (never
  its Buyer), Industrybuying's Sold by (never Industrybuying), DTDC on top (never its Origin), udaan's Seller
  (never udaan), BURRABAZAR COLOUR HOUSE (never its M/s), SARASWATI PRESS (never its To); *settled* (new here)
  Khatabook's "You got" in the supplier's own book pays the book's owner named under the app (the jute bag
  maker), never the party it got from, because "You got" records money the owner received, the mirror of
  heldout292's "You gave", where the party over the entry is paid. *settled* (heldout179 to heldout297): a
  banking page pays the payee, here after "to" on IndOASIS and FedMobile, IOB Mobile's, Axis Mobile's and AU
  0101's Beneficiary, under Mahamobile Plus' Beneficiary, the branch acknowledgement's BENEFICIARY (never its
  REMITTER), the payee in Ujjivan's "sent to <payee>". *settled* (heldout150 to heldout297): a pay slip pays
  the worker, here the Weaver written on the mat weaving account (never the firm or its Bengali heading), the
  name written on the Puja bonus envelope (never the firm stamped at its head), Zoho Payroll's Employee Name
  (never the firm on top), after "to" on JioFinance and bob World, indie's and Vyom's Paid to; *settled*
  (heldout284) a payee's own paper pays its writer, here the weaver whose name is written in English under her
  thumb's impression on her Bengali receipt (never the firm she names in it). *settled* (heldout153 to
  heldout297): a fee page pays the authority as printed, here Cooch Behar Municipality under its Bengali name,
  GRIPS' Department (the Directorate of Commercial Taxes, West Bengal; never the Government of West Bengal on
  top, GRIPS or the state's Bengali name, as heldout296's GRAS), the L&LR Department on top of Banglarbhumi's
  page (never Banglarbhumi), the Income Tax Department on top, GHUGHUMARI GRAM PANCHAYAT under its Bengali
  name (never Received from), the Directorate of Legal Metrology on top (never Received from), the Employees'
  State Insurance Corporation on top; *settled* (new here) the RASH MELA COMMITTEE on top of its stall token,
  never Cooch Behar Municipality on the line under it, because the committee that allots the stall takes its
  fee, as heldout297's Matsya Utsav Samiti did under its District Collector's office. *settled* (heldout199 to
  heldout297): an insurer's receipt pays the insurer on top (full or short as printed) or named under its
  app's bar, never the Life Assured, Received with thanks from or a salutation; here ICICI Lombard General
  Insurance under IL TakeCare's bar and PNB MetLife under its app's. A slip's counter name line as printed
  (PATI BITAN, PATI BITAN - RASH MELA, the hotel, the restaurant, the fuel station), never *settled* the
  terminal's brand over it (HDFC BANK, STATE BANK OF INDIA, AXIS BANK, Mswipe) or Paytm's card machine's line;
  OneCard's merchant line over its town (*settled* heldout297's card issuer's app); the hotel on top of its
  folio (*settled* heldout272 and heldout282); *settled* (new here) a card issuer's mail of a spend pays the
  merchant after its "at" (never HDFC Bank on top), because the mail reports the card's spend at that counter
  as the issuer's app does. A utility's biller: WBSEDCL on top under its Bengali name (the company's name or
  WBSEDCL as printed; never its Consumer Name), Bharat Connect's Biller Name (Airtel Broadband, never BHIM,
  *settled* heldout274), after "for" on HP Pay (HP Gas, never HP Pay or its Distributor), the company under
  MyJio's and BSNL Selfcare's bars (never the app), Axis Bank FASTag on top (the tag's bank, *settled*
  heldout295), the cable operator on top of its receipt book (never the Name written in), Cooch Behar
  Municipality on top of its water charges receipt under its Bengali name. An SMS, mail or chat alert's payee
  as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop, read
  across its lines where it wraps): SBI's "trf to <PAYEE> Refno", HDFC Bank's "To <PAYEE> On", PNB's "to
  <PAYEE> on", Canara Bank's "to <PAYEE> on", UCO Bank's "IMPS/<ref>/<PAYEE>." (the name after the last slash,
  *settled* heldout296), Bank of Baroda's "towards NEFT to <PAYEE>.", the Bengali SMS' "<PAYEE> কে" (to
  <PAYEE>, *settled* heldout284, as the Hindi SMS' "<PAYEE> को"), Axis Bank's "to <PAYEE> via NEFT".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's sum on its
  "Paid to" line (its Debited from line the same). *settled* (heldout152 to heldout297): a payer's advice
  counts its net sum, here Manjusha's Net amount (its Total the same; never a Gross or a TDS 194Q), Odoo's
  Payment Amount (never a line's Amount Paid), Zoho Books' Amount Paid (never a Bill Amount; its words the
  same), bob World's Amount, the Rs. x in the Slack message, Cashfree's Amount, the Rs. x/- in the letter (its
  words the same), SBI CMP's Amount. *settled* (heldout155 to heldout297): an inward wire's foreign sum, here
  yen whole (JPY 1,417,100 or ¥1,417,100 is 1417100, *settled* heldout202 and heldout255), euros the German
  way (13.710,00 EUR or EUR 13.710,00 is 13710.00, *settled* heldout245 and heldout255), Swiss francs with an
  apostrophe between the thousands (CHF 2'084.76 is 2084.76, *settled* heldout260 and heldout269), pounds (GBP
  or the pound's sign), New Zealand dollars (NZ$ or NZD, *settled* heldout291), dirhams (AED before the sum,
  *settled* heldout214), Norwegian kroner with NOK and a space between the thousands (NOK 96 474,32 is
  96474.32, *settled* heldout236), US dollars ($ or USD); never a Fee, Spesen / Fees, Gebyr / Fee, Kurs / Rate
  or Transfer fee. *settled* (heldout175 to heldout297): a receipt counts the sum received, here the tax
  invoice's Invoice Total (never IGST 5% or a line's Amount), Razorpay's Amount, the cash memo's Total written
  in (never a line's Rs.), WooCommerce's Total (never Subtotal or Shipping), the e-invoice's Total (never CGST
  2.5%, SGST 2.5% or a line's Amount), Paytm Payment Gateway's Amount, the Receipt Voucher's Amount (its total
  and words the same), the Rs. x on the thank-you card. A whole sum closed with /- is that sum in whole rupees
  (heldout259). *settled* (heldout187 to heldout297): a supplier's paper counts the sum paid, here the Haal
  Khata card's Paid today (জমা), never its Old due (পূর্বের বাকি) or Balance (বাকি) (*settled* heldout274's
  Halkhata receipt), the cloth merchant's Total (never its Taxable value, CGST 2.5% or SGST 2.5%; the sticky
  note's sum the same), Industrybuying's Order total, DTDC's Total (never Freight or GST 18%), the sum under
  Khatabook's You got (never the Balance due), the credit memo's Total written in (never a line's), udaan's
  Amount, the press's Total (never CGST 9% or SGST 9%). A banking page's sum, the branch acknowledgement's
  AMOUNT (never its COMMISSION, *settled* heldout274). *settled* (heldout167 to heldout297): a pay slip's net
  sum, here the mat weaving account's Total written in (never a Rate or a line's Rs.), the Rs. x/- on the Puja
  bonus envelope, Zoho Payroll's Employee Net Pay (its Total Net Payable the same; never Gross Earnings, an
  earning or a deduction), the apps' sums, the x/- টাকা (rupees) in the Bengali receipt. A fee page's Fee,
  Amount, Amount (Rs.), the Rs. in the receipt book's box (its words the same), Legal Metrology's Total (never
  the Verification fee or the Adjustment charges alone), the token's Stall fee, ESIC's Amount. An insurer's
  premium with its GST where it carries one (*settled*), here LIC's Total Amount (never its Premium or Late
  Fee alone, *settled* heldout282), The New India's Total (never Net Premium, CGST 9% or SGST 9%), the sum in
  ICICI Prudential's sentence (its Premium the same), Oriental's Total (never Premium or GST 18%), ICICI
  Lombard's and Niva Bupa's Premium, Bajaj Allianz's Premium (incl. GST), PNB MetLife's sum large. A slip's
  TOTAL AMT (its BASE AMT the same), AMOUNT, AMOUNT INR, Amount, the Rs x in HDFC Bank's mail, OneCard's sum
  large, the folio's TOTAL (never the room, the food or their GST, *settled* heldout282). A utility's Amount
  Paid, the sums large, MyJio's Amount, FASTag's Recharge Amount, the Rs. in the cable receipt's box, the
  water charges' Amount. An alert's sum debited as worded (grouped the Indian or the English way or not at
  all, SBI's "debited by 37460.0" with one place), never an Avl Bal or a Total Avl Bal. Currency INR but on
  the wires.

* status: as printed. PhonePe's Transaction Successful, Paytm's Paid Successfully, slice's payment successful,
  PNB ONE's Transaction Successful, SmartHub Vyapar's Payment received, iMobile Pay's Payment successful
  successes; Amazon Pay's Payment pending pending; Navi's Payment failed failed. A payer's own record of the
  payment made (*settled*, as heldout287's and heldout295's vouchers): Odoo's Payment Receipt with its Memo's
  NEFT and UTR, Zoho Books' PAYMENTS MADE; Manjusha's "We have released the payment", the Slack message's
  "Paid", the letter's "We have today released", SBI CMP's "has made the payment" successes; Cashfree's
  PENDING pending; bob World's Returned by beneficiary bank failed. A wire's Completed, NatWest's "sent to",
  BNZ's Status Sent, ADCB's Transfer done, Citi's "has been completed" successes; *settled* (new here)
  Raiffeisen's BELASTUNGSANZEIGE / DEBIT ADVICE ("We have debited your account") a success, because the bank
  advises the debit it has made for the transfer it has carried out; Sparkasse's In Bearbeitung / Processing
  with its stages pending; SpareBank 1's Betalingen ble avvist / The payment was rejected failed. A receipt's
  "Paid by NEFT" under its PAID stamp, "Paid cash - with thanks", WooCommerce's "Your payment has been
  received", the e-invoice's PAYMENT RECEIVED, the Receipt Voucher (the firm's own record of money received),
  the thank-you card's "We received" successes; Razorpay's Payment processing pending; Paytm Payment Gateway's
  Payment Failed failed. A supplier's "নগদ জমা পাইলাম" (received in cash) in a Bengali hand (*settled*
  heldout274's "নগদ বুঝিয়া পাইলাম", as heldout296's Hindi hand's "नकद प्राप्त"), the accountant's "Paid IMPS"
  on the sticky note (*settled* heldout295's sticky note), DTDC's "Paid by UPI", the "Paid by NEFT" written on
  the credit memo, the press's Payment received successes; *settled* (new here) Khatabook's "You got" a
  success, because the supplier's book records the money as got; udaan's Payment pending pending;
  Industrybuying's Payment Failed failed. A banking page's Transaction Successful, RTGS Successful, Paid,
  Money sent successfully, Ujjivan's "sent to" successes; *settled* (new here) the branch's NEFT OUTWARD
  ACKNOWLEDGEMENT with STATUS PROCESSED and its UTR a success, because the branch prints the acknowledgement
  once it has sent the transfer (as heldout296's application form's customer copy with its UTR); Axis Mobile's
  NEFT in process pending; IOB Mobile's Transaction Failed failed. A pay slip's "Paid by UPI, Ref ...", the
  envelope's "টাকা বুঝিয়া পাইলাম" (received the money) and the Bengali receipt's "নগদ বুঝিয়া পাইলাম"
  (received in cash) (*settled* heldout274), Zoho Payroll's "Paid by NEFT", indie's Payment successful, bob
  World's Money sent successes; JioFinance's Payment pending pending; Vyom's Payment failed failed. A fee
  page's MONEY RECEIPT, GRIPS' Status Successful, the Income Tax challan receipt with its Bank Reference
  Number (*settled* heldout295), the receipt book's "in cash", Legal Metrology's e-Receipt with its UPI Ref.,
  the token's "Paid by UPI" successes; ESIC's Pending at bank pending; Banglarbhumi's Payment Failed failed.
  An insurer's RENEWAL PREMIUM RECEIPT, "Received with thanks", "We have received your premium", Oriental's
  PREMIUM RECEIPT with its Transaction ID, Renewal successful, Premium paid successes; Bajaj Allianz's Payment
  under process with its stages pending; ICICI Lombard's Payment failed failed. A slip's APPROVED - PIN
  VERIFIED OK, APPROVED, Payment Successful, OneCard's Successful, the folio's Settlement by card (*settled*
  heldout277 and heldout282) successes; *settled* (new here) HDFC Bank's "Thank you for using your ... Credit
  Card ... for Rs x" a success, because the issuer thanks the card member for a spend it has charged; State
  Bank of India's STATUS UNKNOWN with HOST NOT REACHABLE and DO NOT RE-SWIPE - VERIFY WITH BANK pending
  (*settled* heldout282's TXN STATUS UNKNOWN); Mswipe's TRANSACTION DECLINED (05 DO NOT HONOUR) failed. A
  utility's ONLINE PAYMENT RECEIPT, Bill payment successful, Payment successful, the cable receipt's "cash"
  with the collector's signature, the water charges' PAYMENT RECEIPT successes; Axis Bank FASTag's Recharge
  pending pending; MyJio's Payment failed failed. *settled*: an SMS, mail or chat alert's debit a success
  whatever its bank's wording (SBI's "debited by", HDFC Bank's "Sent", UCO Bank's "Debited with", Bank of
  Baroda's "has been debited", the Bengali SMS' "পাঠানো হয়েছে" (have been sent), Axis Bank's "debited");
  PNB's "is pending at the beneficiary bank. Please do not re-initiate." pending (as heldout296's DCB Bank's
  "Please do not re-initiate."); Canara Bank's "has failed ... will be credited back" failed.

* date: the day paid. A UPI screen's day and hour: PhonePe's "<hour> on <day>", Paytm's Date & Time, Amazon
  Pay's Initiated on, slice's date, Navi's Attempted on, SmartHub Vyapar's day and hour, iMobile Pay's Date;
  PNB ONE's "Today, <hour>" prints no day (*settled*). Manjusha's Date (the day it released the payment),
  Odoo's Payment Date and Zoho Books' Payment Date (never an Invoice or Bill Date), bob World's Value Date,
  Cashfree's Added On, the letter's Date (its "today" the same), SBI CMP's Payment Date (never an Invoice
  Date); the Slack message under its "Today" divider prints no day (*settled* heldout286 and heldout289, never
  a message's hour). A wire's Remittance Date year first with slashes (2026/06/25, *settled* heldout272,
  heldout291 and heldout294), Sparkasse's Ausführungsdatum and Raiffeisen's Valuta / Value date (dd.mm.yyyy),
  NatWest's Sent on, BNZ's Date, SpareBank 1's Dato / Date (dd.mm.yyyy), Citi's Send date month first in words
  (Jul 24, 2026, *settled* heldout288 and heldout292); ADCB's "Today, <hour>" prints no day (*settled*). A
  receipt's Invoice Date on the tax invoice (the NEFT under its PAID stamp the same day), Razorpay's Created
  at, the cash memo's Date written in, WooCommerce's "[Order #...] (<day>)", the e-invoice's Received on
  (never its Invoice Date or Ack Date), Paytm Payment Gateway's Date, the Receipt Voucher's Dated; the
  thank-you card prints no day. A supplier's Date written on the Haal Khata card, the "on <day>" on the sticky
  note (never the invoice's Date, *settled* heldout295), Industrybuying's Attempted on, DTDC's Date written
  in, the "dt. <day>" written under the credit memo (never the memo's Date written at its head), udaan's
  Initiated on, the Date under the press's Payment received (never its invoice's Date); Khatabook's "Today,
  <hour>" prints no day. A banking page's Date & Time, Date, Initiated on, DATE, the "on <day>" on Ujjivan's
  card; FedMobile's "Today, <hour>" prints no day. A pay slip's Date written on the account card, the "dt.
  <day>" on the envelope, Zoho Payroll's Pay Date (never its Pay Period or the payslip's month), JioFinance's
  Initiated on, indie's and Vyom's Date, the তারিখ (date) written in the Bengali receipt; bob World's "Today,
  <hour>" prints no day. A fee page's Payment Date (never a Financial Year), GRIPS' GRN Date, Banglarbhumi's
  Attempted on (never its Period, the Bengali year 1433), the Date of Deposit (never the Assessment Year), the
  Date written in the receipt book, Legal Metrology's Date, ESIC's Initiated on (never its Contribution
  Period); *settled* (new here) the Rash Mela token, printing only the Mela's year, prints no day, because a
  year names no day of payment. An insurer's Receipt Date (never LIC's Due Date), Date (never The New India's
  Period), the day in ICICI Prudential's sentence (never its Next due date), Attempted on, Paid on, Initiated
  on; PNB MetLife's "Today, <hour>" prints no day. A slip's DATE, DT (18-MAR-26), Date, HDFC Bank's mail's "on
  <dd-mm-yyyy hh:mm:ss>", the folio's Bill Date (its Departure the same; never its Arrival, *settled*
  heldout282); OneCard's "Today, <hour>" prints no day. A utility's Payment Date (never a Bill Month), Date &
  Time, Attempted on, Initiated on, the Date written on the cable receipt (never its Month), the water
  charges' Paid on (never its Period); HP Pay's "Today, <hour>" prints no day. The alerts' "on date <ddMonyy>"
  run together (15Jun26 is 2026-06-15, *settled* heldout209's SBI), "On <dd/mm/yy>", "on <dd-mm-yy>", "on
  <dd/mm/yyyy>", "on <dd-mm-yyyy>", "on <dd-Mon-yyyy>", the Bengali SMS' "<dd-mm-yyyy> তারিখে" (on <day>, in
  Latin figures as the bank sends them, as heldout296's Hindi SMS); Axis Bank's WhatsApp message under "Today"
  prints no day. All numeric days here are day first (heldout251, heldout259) but SMBC's year first.
  *settled*: never a Period, a Pay Period, a Bill Month, a Month, a Financial, Assessment or Bengali year, a
  Contribution Period, an invoice's, a bill's, an ack's, a due, an arrival or a next-due day, an e-mail's or a
  message's hour, the day inside a UTR (heldout210) or inside an app's, a portal's, a bank's or a terminal's
  transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Manjusha's NEFT or RTGS, Odoo's Manual (NEFT), Zoho
  Books' Bank Transfer (IMPS), bob World's NEFT, the Slack message's IMPS, Cashfree's IMPS, the letter's NEFT,
  SBI CMP's NEFT or RTGS; the tax invoice's and the Receipt Voucher's NEFT, the e-invoice's NEFT or RTGS; the
  sticky note's IMPS, the credit memo's NEFT; the banking pages but FedMobile's UPI; Zoho Payroll's NEFT;
  Cooch Behar Municipality's, GRIPS', Banglarbhumi's, the Income Tax challan's and ESIC's Net Banking; LIC's,
  Niva Bupa's and Bajaj Allianz's Net Banking, The New India's NEFT; WBSEDCL's and Axis Bank FASTag's Net
  Banking; the NEFT and IMPS alerts); a SWIFT transfer either way (*settled*: SMBC's SHA, Sparkasse's SWIFT
  and SHA, Raiffeisen's SHA, NatWest's International (SWIFT), BNZ's international payment to the payee's bank,
  ADCB's SWIFT, SpareBank 1's Delt (SHA), Citi's international wire). UPI for the UPI screens and SmartHub
  Vyapar's "via UPI"; Razorpay's UPI, WooCommerce's UPI (PhonePe), the thank-you card's "by UPI"; DTDC's,
  Khatabook's, udaan's and the press's UPI; FedMobile's UPI; the mat weaving account's "Paid by UPI",
  JioFinance, indie, bob World and Vyom; Legal Metrology's and the token's UPI; ICICI Prudential's UPI AutoPay
  and PNB MetLife's UPI; BHIM's, HP Pay's, BSNL's and the water charges' UPI; the UPI alerts. Card for Paytm
  Payment Gateway's Debit Card, Industrybuying's Credit card, Oriental's Debit Card, ICICI Lombard's Credit
  card, the slips, HDFC Bank's mail, OneCard and the folio's Settlement, MyJio's Credit card. Cash for the
  cash memo's "Paid cash", the Haal Khata card's নগদ (cash) in a Bengali hand (*settled* heldout274 and
  heldout296), the envelope's "cash", the Bengali receipt's নগদ, the receipt book's "in cash" and the cable
  receipt's "cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout297): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe's UTR, Paytm's UPI Reference No., Amazon Pay's and Navi's
  UPI transaction ID, slice's upi ref no., PNB ONE's UPI Ref No., iMobile Pay's UPI Ref. No.; Manjusha's UTR
  No., Odoo's Memo "NEFT <UTR>", Zoho Books' Reference Number (the IMPS reference the payer entered), bob
  World's Txn Ref. No. (its UTR), the Slack message's IMPS ref, SBI CMP's UTR; the tax invoice's, the
  e-invoice's and the Receipt Voucher's UTR, the thank-you card's Ref; the sticky note's Ref, DTDC's Ref, the
  UPI ref in Khatabook's Note, the credit memo's UTR, the press's UPI Ref; the banking pages' IMPS Reference
  No., Transaction Ref No., UTR, UPI Transaction ID and IMPS Ref. No.; the mat weaving account's Ref, Zoho
  Payroll's UTR, the apps' UPI Ref No.; Legal Metrology's UPI Ref., the token's Ref; The New India's UTR; a
  slip's RRN; BHIM's UPI Ref No.; the alerts' Refno, Ref, UTR, Ref No, the reference in UCO Bank's
  "IMPS/<ref>/", রেফ নং (ref no.) and UTR:), then a bank reference (SMBC's Reception No., Sparkasse's
  Auftragsnummer / Order number, Raiffeisen's Referenz / Reference, BNZ's Receipt number, ADCB's Reference
  number, SpareBank 1's Referanse / Reference, Citi's Reference number, GRIPS' BRN (above its GRN, *settled*
  heldout262 and heldout274), the Income Tax challan's Bank Ref. No. (above its CIN, *settled* heldout295),
  WBSEDCL's Bank Ref. No. (above its Transaction ID), Bharat Connect's B-Connect Txn ID (under its UPI Ref
  No., *settled* heldout274)), then a transaction / payment id (PhonePe's Transaction ID, the Navi txn ID,
  Razorpay's Payment ID, Paytm Payment Gateway's Txn ID, Cashfree's Reference ID (*settled* heldout295), Axis
  Mobile's Reference No. (under its UTR), Cooch Behar Municipality's Transaction ID, Banglarbhumi's GRN and
  GRIPS' GRN (*settled*, a treasury's GRN), the Income Tax challan's CIN (*settled* heldout262), ESIC's
  Transaction No., LIC's Transaction No., Oriental's Transaction ID, ICICI Lombard's and Niva Bupa's Payment
  ID, Bajaj Allianz's and PNB MetLife's Transaction ID, Paytm's card machine's Txn ID (under its RRN),
  OneCard's Transaction ID, HP Pay's, BSNL's and the water charges' Transaction ID, Axis Bank FASTag's
  Transaction Ref.), then an approval code (APPR CODE, AUTH, Auth Code, the folio's Auth), then an order's
  number (Razorpay's Order ID, WooCommerce's Order #, Paytm Payment Gateway's Order ID, Industrybuying's Order
  No., udaan's Order ID, MyJio's Order ID, HP Pay's Booking No. (*settled* heldout280) under its Transaction
  ID), then a document's own number (Manjusha's Advice No., Odoo's Payment Receipt number and Zoho Books'
  Payment# (a payer's own number for its payment, *settled* heldout281 and heldout295), Cashfree's Transfer ID
  (the payer's own number for its transfer, *settled* heldout295), the tax invoice's and the e-invoice's
  Invoice No., the Receipt Voucher's No., the cloth merchant's Invoice No., the credit memo's red No., the
  press's Invoice No., the mat weaving account's Card No., Cooch Behar Municipality's Receipt No., the Income
  Tax challan's Challan No. (*settled* heldout295), Legal Metrology's Receipt No., ESIC's Challan No., LIC's,
  The New India's and Oriental's Receipt No., a slip's INVOICE NUM, INV NO, INV and INVOICE, the folio's Bill
  No., the water charges' Receipt No.; *settled* (new here) the Rash Mela token's Token No., because the
  committee numbers the token it issues for the fee as a receipt book numbers its receipt). *settled*: never a
  card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, a BSR code, GSTIN, PAN, an Udyam
  number, a Policy No. or Policy number, a Plan, a Quote No., a Vendor Code, a Consumer ID, a Customer ID, a
  Connection No., a Holding No., an Employer Code, an Enlistment No., a Khatian, Plot or JL No., a Tag ID, a
  Vehicle No., a Jio Number, a Phone No., an Account No. (BSNL's), a Head of Account, a slip's MID / TID /
  BATCH, a No. left blank, a consignment number (DTDC's, as an air waybill's, *settled* heldout274), an IRN or
  an Ack No. (*settled* heldout272), a bill or an invoice named on an advice or a receipt (Manjusha's, Odoo's,
  Zoho Books', SBI CMP's and the letter's bills, the Receipt Voucher's bill), a PO."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout299_families import (
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

SPLIT = "heldout299"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout296's and heldout297's: the screens in
# Noto Sans Display, DejaVu Sans, Liberation Sans (liberation), FreeSans and Noto Sans; the pages in
# Liberation Serif (liberation2), Noto Serif, DejaVu Serif Condensed, FreeSerif, Liberation Sans Narrow and
# Noto Sans; the firm's, its suppliers' and its people's papers in DejaVu Serif, Noto Serif Display,
# Liberation Serif (liberation), FreeSans and DejaVu Sans Condensed; the slips in four monos; beside them Noto
# Sans and Noto Serif Bengali (heldout287's) for the Bengali lines, hand and SMS, a pen's italic
# (``heldout299_families.PENS``) and a page's own fixed-width face (``heldout299_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
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


def make_heldout299_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout299 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

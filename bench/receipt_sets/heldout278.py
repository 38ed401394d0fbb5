"""heldout278: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sanjhi paper-stencil craft trust's year of 2026 in Mathura, Uttar Pradesh (Braj
Sanjhi Kala Nyas, a public charitable trust, Regd. No. 214/IV/2011 with the Sub-Registrar, Mathura, PAN
AAATB6142K, its office in Chowk Bazar near Holi Gate: its workshop and studio in Gopinath Bazar, Vrindavan,
Sanjhi Kala Kendra, whose artists, cutters of the Goswami and Sharma families of Vrindavan and Mathura, cut
Krishna lila (Raas Leela, Govardhan Leela, Makhan Chor, the kadamba tree and its peacocks, the Yamuna ghats)
out of black and white paper with fine scissors, and where visitors and school children learn the craft in
two- and three-hour workshops; its shop in Loi Bazar, Vrindavan, Sanjhi Ghar, for stencils, framed Sanjhi,
lamp shades, greeting cards and rangoli stencil kits; the temples' Sanjhi, the stencil rangoli its artists lay
on the temple floors in the Sanjhi season (the fortnight of Pitru Paksha); its Stall 62 at Dilli Haat, INA, in
a paper crafts fortnight; the web shop brajsanjhi.in, Flipkart and Jaypore; buyers abroad), told by the proofs
of payment it receives (buyers' Google Pay, CRED, MobiKwik, super.money, Kotak 811, iMobile Pay and WhatsApp
screens and BharatPe on the shop's phone; a Vrindavan temple trust's payment voucher, PFMS for the Development
Commissioner (Handicrafts), SAP Business Network for an Agra resort, RazorpayX for a wedding decorator,
Flipkart Seller Hub, Jaypore's plain-text mail, a Mathura school's letter and a Delhi designer's WhatsApp Web
chat; Wise, Barclays, ING, BNP Paribas, MCB, Bank of America, Revolut Business and Maybank2u for buyers in
Santa Fe, Brighton, Utrecht, Lyon, Port Louis, Houston, Tallinn and Kuala Lumpur in US dollars, pounds, euros,
Mauritian rupees and ringgit; the Kendra's workshop ticket, the shop's tax invoice, the web shop's order mail,
the trust's 80G donation receipt, the Kendra's receipt on squared paper, its Instamojo booking page, a framed
Sanjhi's label and the Dilli Haat stall's bill) and those it makes (a Kalpi handmade paper mill's invoice,
Udaan's checkout, a Meerut scissors maker's bill, a Mathura framer's bill with its QR code, a colour dealer's
cash memo in Hindi, a Firozabad glass house's myBillBook invoice, Printo's order and BUSY Infotech's receipt;
Canara ai1, HDFC Bank NetBanking, UCO mBanking Plus, Kotak, AU 0101, YES BIZ, Punjab & Sind Bank's counter
form and the trust's own dot-matrix voucher for the tent house, the framer, the transporter, the paper mill,
the electrician, the auditors, the glass house and the designer; its artists' and staff's wage envelope,
piece-work voucher, Paytm transfer, RazorpayX payroll, Keka payslip, advance slip, Freecharge and BOI Omni Neo
screens; the Income Tax Department's TDS challan, the GST portal's PMT-06, DTTDC's stall letter, the Copyright
Office's fee, Nivesh Mitra's fire NOC fee, Nagar Nigam Mathura-Vrindavan's property tax, the Labour
Department's registration and GRAS Uttar Pradesh's challan; ACKO's, Tata AIG's, HDFC ERGO's, United India's,
Star Health's, Go Digit's, National Insurance's and Cholamandalam MS' premiums; cards on the shop's, the
stall's and the Kendra's terminals and the trust's card at a sweet shop, a bookshop, an art store, a fuel pump
and a Delhi hotel; the power company's app and SMS, Vi, Tata Play, Excitel, HP Gas, the water bill through
Bharat Connect and BSNL; the banks' SMS, a lock screen's notification, a mail and an app's inbox). One payment
per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set, none of heldout276's or heldout277's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page the earlier sets do not: a Sanjhi's cut-paper border (a dark band with diamonds cut out of it, its inner
edge cut in scallops, a lotus cut out of a square at each corner); a cut-paper medallion as a letterhead's
emblem (a dark disc with a lotus's petals and a ring of holes cut out of it); a strip of cut paper across the
page as a divider; a wage envelope's kraft paper with its flap, and a frame's kraft dust cover with its label;
staples through a bill's corner; squared paper; a lock screen's large clock over its wallpaper with its
notifications in cards; a web page printed from a browser with the day it was printed and its title on top and
its address and page count at the foot; a bank counter's form filled in by hand with its printer's line of the
NEFT's success; an app's inbox of notifications with their ages; labels in Dutch with their English in
brackets and a bank's notice in French. They draw beside them heldout269's to heldout277's rows (a
counterfoil's perforation, a plain-text mail's lines in a fixed-width face, shaded label cells, striped
tables, tables ruled on every side, dot leaders, labels against a gutter, steps left to right, boxed fields,
capsules, tinted bands, cards, chat bubbles, hand-written fills and columns, ticked boxes, sums in boxes,
revenue stamps, rubber stamps, QR codes, Hindi lines, labels and hand, status marks, a split sum, tabs and
continuous stationery).

* ``buyer_upi``: Google Pay's payment (the payee's initials, "To <payee>", its UPI ID, the sum split with its
  paise raised, Completed, the day and hour, a card of labels small over their values: UPI transaction ID, To,
  From, Google transaction ID); CRED's dark receipt in small letters ("payment successful", the sum, "paid to
  <payee>", "paid on <day>, <hour>", hairline rows: UPI reference no., CRED transaction id, paid via; CRED
  coins); MobiKwik's Payment processing under a clock's mark ("to <payee>", "Waiting for confirmation from
  <bank>", boxed fields: MobiKwik Txn ID, UPI Ref. No., Initiated on); super.money's payment (the sum over
  "paid to <payee>", "on <day> at <hour>", hairline rows: UPI Ref ID, Paid from, Note; a cashback card); Kotak
  811's Transaction Failed under a cross ("Payment to" / <payee> / "could not be completed.", each label small
  over its value: Reason, UPI Ref. No., Date & Time, Debit A/c); iMobile Pay's transaction details (Paid to
  over the payee and its UPI ID, the sum, a Successful capsule, hairline rows: Time alone, UPI Ref No,
  Remarks, Paid from; no day); BharatPe for Business on the shop's phone (the shop under the app, a card:
  Payment received, the sum, "from <buyer>", the day and hour; Payment mode, Settlement; no reference);
  WhatsApp's payment details ("You paid <payee>", the sum, Completed, the day and hour, UPI transaction ID,
  WhatsApp payment ID, To, From). All new here.
* ``buyer_advices``: a Vrindavan temple trust's PAYMENT VOUCHER under its Hindi name (Voucher No. beside
  Date:, a table ruled on every side: Paid to, Towards, Amount (Rs.), Rupees, Mode of payment, UTR No.; empty
  boxes for Prepared by, Checked by, Authorised by and Receiver); PFMS' Know Your Payments printed from a
  browser (the day and hour it was printed and the page's title on top, its address and 1/1 at the foot;
  Payer:, a banded table Scheme | Beneficiary | Amount | Status with its row Sent to bank, dot leaders: PFMS
  Transaction ID, Payment mode, Sent to bank on, Bank transaction ID Awaited, Sanction No.); SAP Business
  Network's Remittance Advice (Pay From beside Pay To, labels set right against a gutter: Remittance ID,
  Payment Date, Payment Method, Payment Reference Number, Net Amount, Status; a ruled table Invoice # |
  Invoice Date | Gross | TDS 2% | Net with its Net Amount); RazorpayX's payout Reversed (a capsule, boxed
  fields: Payout ID, Contact, Fund account, Mode, Amount, Created at, Reversed at, Reason); Flipkart Seller
  Hub's settlement (a Settled band, shaded label cells: Seller name, Settlement date, NEFT ID, Settled amount,
  Bank account; a striped table Order ID | Sale | Fees | Shipping | Net); Jaypore's plain-text REMITTANCE
  ADVICE in a fixed-width face (Vendor, Vendor Code, Payment Ref, Value Date, Mode, UTR, Invoice No. | Inv
  Date | Amount | TDS between dashes, Total remitted (INR)); a Mathura school's letter with its folds (Ref.
  beside its later Date:, To, The Managing Trustee, Subject:, "a sum of Rs. x/- (...) has been paid to <trust>
  by NEFT on <day> for the Sanjhi workshop held ... on <day>"; no reference); a Delhi designer's WhatsApp Web
  chat under Today ("Hi! Paid the balance <sum> to <trust> by IMPS just now. Ref ..."; no day). All new here.
* ``export_wires``: Wise's mail (a greeting, "Your transfer to <trust> is complete.", a card: Transfer #,
  Amount sent in US dollars, Our fee, Total paid, Recipient gets in rupees, Sent on (July 16, 2026));
  Barclays' app (an International payment sent capsule, the pounds, "to <trust>", Confirmation number, Payment
  date, Payment type, Reference, From; the exchange rate); ING Zakelijk's Betaling naar buitenland In
  behandeling (being processed) in euros the Dutch way (a table ruled on every side, each label in Dutch with
  its English in brackets: Begunstigde, Bank begunstigde, Bedrag, Uitvoeringsdatum, Type, Omschrijving,
  Kenmerk, Kosten); BNP Paribas' AVIS D'OPÉRATION in French (Lyon, le <later day>, the remitter, Virement
  international émis, "nous avons exécuté ... le virement ci-dessous.", dot leaders: Bénéficiaire, Banque du
  bénéficiaire, Montant in euros the French way, Date d'exécution, Type, Motif; no reference); MCB Juice's
  Transfer successful under a tick in Mauritian rupees (boxed fields: Transaction reference, Date, Transfer
  type, Beneficiary bank); Bank of America's Wire returned on a tinted band (a table ruled on every side:
  Recipient, Recipient's bank, Amount, Sent on (Jul 14, 2026), Type, Confirmation number, Return reason);
  Revolut Business' transfer in euros the English way (the trust's initials, "To <trust>", Completed, hairline
  rows: Time alone, Reference, Transfer type, Transaction ID, Fee; no day); Maybank2u Biz's Foreign
  Telegraphic Transfer Successful in ringgit (a striped table: Reference No., Transaction Date & Time,
  Beneficiary Name, Beneficiary Bank, Amount, Service Charge, Cable Charge, Total Debited, Status). All new
  here.
* ``own_receipts``: the Kendra's WORKSHOP TICKET CUM RECEIPT under a strip of cut paper and its Hindi name
  (its stub: No., Date, Persons and the sum, torn along a perforation from the ticket: Ticket No., Date:,
  Workshop, Participants, Total, "Paid by UPI, Ref ..."); Sanjhi Ghar's TAX INVOICE stapled into the file
  under its Hindi name (Bill No. beside Date:, Customer:, a banded table # | Item | HSN | Qty | Rate | Amount,
  an HSN-wise table ruled on every side HSN | Taxable | CGST 6% | SGST 6% | Tax, Invoice Total, "Payment
  received by card (...), Approval code ... Thank you."); the web shop's order mail (Order #, Order date, its
  lines, Subtotal, Shipping, Total, Payment: Cash on Delivery (pending)); the trust's DONATION RECEIPT in a
  Sanjhi's cut-paper border under its medallion and Hindi name (Receipt No. beside Date:, "Received with
  thanks from <donor> (PAN ...) a sum of Rs. x/- (...) by NEFT (UTR ...) as a donation ...", its 80G lines, a
  scribble); the Kendra's receipt written by hand on squared paper (its name, "dt. <day>", "Recd. from", the
  class and the kit with their sums in a column, Total, "Recd. cash with thanks"; no number); the Kendra's
  booking page on Instamojo with its Payment failed band (shaded label cells: Amount, Payment ID, Payment
  method, Attempted on, Booked by); a framed Sanjhi's label on its kraft dust cover (the shop, Title, Artist,
  Size, Medium, Price; "SOLD - paid in full by UPI, ref ..." by hand; no day); the Dilli Haat stall's bill
  from a Bluetooth printer in a fixed-width face on a torn roll (BILL NO, DATE, the items, TOTAL (INCL GST),
  PAID BY : UPI, UPI REF). All new here.
* ``supplier_invoices``: a Kalpi handmade paper mill's TAX INVOICE (Invoice No. beside its earlier Date:,
  Buyer:, a table ruled on every side Description (HSN 4802) | Sheets | Rate | Amount with CGST 6%, SGST 6%
  and Total Rs., a card: PAYMENT RECEIVED, Mode, UTR, Date of receipt, Amount received); Udaan's checkout with
  its Payment failed capsule (Sold by, hairline rows: Order ID, Items, Order amount, Payment mode, Transaction
  ID, Attempted on); a Meerut scissors maker's bill on its pad, its No. and Date left blank (M/s written in,
  the scissors and blades with their sums on its ruling, Total, "Paid by Google Pay" and "UTR ..." written
  under it; no day); a Mathura framer's BILL (Bill No. beside its earlier Date:, To:, a table ruled on every
  side with its Total, a UPI QR code, "Scan to pay", "Paid by UPI dt. <day>, ref ..." by hand); a Mathura
  colour dealer's CASH MEMO under its Hindi name (Date and M/s written in, its lines written in Hindi with
  their sums in a column, Total Rs., "नकद प्राप्त / Cash received"; no number); a Firozabad glass house's
  myBillBook TAX INVOICE (Invoice No. beside its earlier Invoice Date, Bill To beside Place of supply, a
  striped table with CGST 9% and SGST 9%, Total, a table ruled on every side Received Amount | Payment Mode |
  Payment Date | Reference, Balance due); Printo's order with its Payment pending capsule (boxed fields: Order
  ID, Amount, Payment mode, UPI Ref No., Initiated on); BUSY Infotech's PAYMENT RECEIPT mailed (Receipt No.
  beside Receipt Date, Received from, a table ruled on every side Description | Amount (Rs.) with IGST 18% and
  Total, "Paid via: Credit card ...", Payment ID). All new here.
* ``vendor_transfers``: Canara ai1's Fund transfer successful under a tick ("to <payee>", "Just now", hairline
  rows: Mode, IMPS Ref No, From A/c, Remarks; no day); HDFC Bank NetBanking's Transaction Acknowledgement
  under its tabs (shaded label cells: Transaction Reference No., UTR No., From Account, Beneficiary Name,
  Beneficiary Account, Amount, Payment Mode, Transaction Date, Status, Remarks); UCO mBanking Plus'
  Transaction failed on a tinted band ("to <payee>", the reason, each label small over its value: IMPS Ref
  No., Date & Time, Debit A/c); Kotak's NEFT payment confirmation (a striped table: Transaction Reference,
  UTR, Debit Account, Beneficiary, Beneficiary Account, Amount, Payment Date, Status); AU 0101's IMPS ("<sum>
  sent", "to <payee>", a Successful capsule, boxed fields: IMPS Ref No., Date & Time, From, Remarks); YES
  BIZ's RTGS Under processing with its steps left to right (Submitted, Processing, Credited; dot leaders:
  Transaction ID, Beneficiary, Amount, Mode, Submitted on, UTR To be generated, Purpose); Punjab & Sind Bank's
  NEFT / RTGS Application Form, the customer's copy filled in by hand (Date, Remitter, A/c No., Beneficiary,
  Bene A/c No., IFSC, NEFT ticked, Rs. in a box), the branch printer's line "NEFT SUCCESS UTR ..." and the
  branch's stamp with the day; the trust's own Payment Voucher from a dot-matrix printer on continuous
  stationery (Dated, Particulars | Amount, Account, Through, Bank transaction details: NEFT, On Account of,
  Amount (in words); no reference). All new here.
* ``worker_pay``: a Sanjhi cutter's WAGES envelope in kraft paper with its flap (No., Name, Month, Pieces cut,
  Gross Rs., Less advance Rs., Net paid Rs. in a box, Paid on, Cash ticked, "Received - <name>" by hand); a
  PIECE-WORK VOUCHER under the trust's Hindi name, each label in Hindi over its English and filled in by hand
  (कारीगर / Artisan, कार्य / Work, दर / Rate, कुल / Total, भुगतान / Paid by, दिनांक / Date), its Hindi and
  English receipt and the artist's signature (no number); Paytm's Money Transferred to an artist's bank
  account (the sum, the day and hour, Sent to, From, UPI Ref No, Paytm Order ID); RazorpayX Payroll's salary
  Processing with its steps left to right (Initiated, Processing, Credited; shaded label cells: Employee,
  Designation, Net pay, Payout ID, Mode, Initiated on); Keka's payslip for the shop's assistant (its month,
  Employee beside Employee ID, a table ruled on every side Earnings | Amount | Deductions | Amount, Net Pay on
  a tinted panel, "Paid on <day> by bank transfer, UTR ..."); the trust's ADVANCE SLIP, its Date left blank
  (Slip No., Name, Advance for, Rs. in a box, "Received Rs. x/- in cash." by hand, a revenue stamp signed
  across; no day); Freecharge's UPI Payment failed ("to <artist>", hairline rows: Transaction ID, UPI Ref.
  No., Date); BOI Omni Neo's Transfer successful with its steps left to right (Debited, Sent, Credited; IMPS
  Ref. No., Transaction Date, Beneficiary, From A/c, Remarks). All new here.
* ``govt_fees``: the Income Tax Department's Challan Receipt (ITNS 281) for the trust's TDS (a table ruled on
  every side, two fields to a row: TAN, Name, Assessment Year, Financial Year, Major Head, Minor Head, Nature
  of Payment, Amount (in Rs.), CIN, Mode of Payment, Bank Name, Bank Reference Number, Date of Deposit, BSR
  code, Challan No., Payment status; its Tax Breakup Details A to F with their Total (A+B+C+D+E+F)); the GST
  portal's Form GST PMT-06 Payment Receipt (shaded label cells: CPIN, Deposit Date, Deposit Time, CIN, Name of
  Bank, BRN, Payment mode, GSTIN, Payment status; a striped table Head | Tax | Interest | Penalty | Fees |
  Total, Total Amount); DTTDC's letter of a stall at Dilli Haat (No. beside its later Dated:, To, Sub:, "The
  stall fee of Rs. x/- (...) paid by you by NEFT on <day> has been received."; no reference); the Copyright
  Office's e-filing fee (a Payment Successful band, dot leaders: Diary No., Work, Form, Fee, Payment
  Transaction ID, Bank Ref. No., Payment Date, Mode); Nivesh Mitra's fee Pending at bank (a capsule, shaded
  label cells: Department, Service, Fee, Transaction ID, Payment gateway, Initiated on); Nagar Nigam
  Mathura-Vrindavan's property tax receipt on e-Nagarsewa under its Hindi name (labels set right against a
  gutter: Receipt No., Property ID, Owner, Financial Year, House tax, Water tax, Sewer tax, Total paid,
  Payment mode, UPI Ref No., Payment date); the Labour Department's REGISTRATION CUM FEE RECEIPT under its
  Hindi name (dot leaders: Registration No., Establishment, Employer, Fee paid, Transaction No., Mode, Valid
  up to; a QR code; no day); GRAS Uttar Pradesh's e-challan Transaction Failed on a tinted band (dot leaders:
  GRN, Department, Purpose, Remitter, Amount, Bank, Status, Date). All new here.
* ``insurer_receipts``: ACKO's app with the shop policy's renewal Payment failed (a capsule, "to <insurer>",
  boxed fields: Policy, Transaction ID, Payment mode, Attempted on); Tata AIG's PREMIUM RECEIPT CUM TAX
  INVOICE (a table ruled on every side, two fields to a row: Receipt No., Receipt Date, Policy No., Product,
  Premium, CGST 9%, SGST 9%, Total premium, Mode, Transaction Reference No.; "Received with thanks from
  <trust> the premium above ..."); HDFC ERGO's mail of a policy issued ("We have received your payment ...", a
  card: Amount paid, Payment date, Payment mode, Payment ID, Policy No.); United India Insurance's letter with
  its folds ("we acknowledge the receipt of premium of Rs. x/- (...) by NEFT on <day> ...", its later Date; no
  reference); Star Health's renewal under a tick ("<sum> paid", "to <insurer>", hairline rows: Policy, Payment
  ID, UPI Ref No, Paid on); Go Digit's PREMIUM RECEIPT with only the policy's period (dot leaders: Policy No.,
  Policy period, Insured, Cover, Net premium, GST @ 18%, Total premium paid, Payment mode, UPI Ref No.,
  Status; no day); National Insurance's payment Under reconciliation (a capsule, shaded label cells: Proposal
  No., Product, Premium (incl. GST), Payment reference, Mode, Initiated on); Cholamandalam MS' e-RECEIPT (a
  striped table: Receipt No., Receipt Date, Received from, Policy No., Product, Premium amount, Payment mode,
  Card transaction ID; "Received with thanks.", a QR code). All new here.
* ``card_slips``: Mswipe's SALE at Sanjhi Ghar (DATE and TIME on one line, MID:, TID:, BATCH NUM:, ROC:, the
  card, CARD HOLDER:, AUTH CODE:, RRN:, AMOUNT:, PIN VERIFIED OK, APPROVED, CUSTOMER COPY); a Mathura sweet
  shop's bill paid by card (its GSTIN, Bill Date, its sweets by weight, CGST 2.5%, SGST 2.5%, TOTAL, "Paid:
  CARD (...)"; no reference); Worldline's SALE at the Dilli Haat stall in its fortnight (TERMINAL ID, MERCHANT
  ID, DATE/TIME, INVOICE NO, RRN, APPR CODE, the card (CHIP), TOTAL, APPROVED - PIN VERIFIED); Ezetap's
  TRANSACTION DECLINED at a bookshop (DATE, TIME, TID, the card, TXN ID, RRN, AMOUNT, RESPONSE CODE 51,
  INSUFFICIENT FUNDS); PhonePe POS' card payment at an art store (Date & Time, Card, Auth ID, RRN, Txn ID,
  Amount, Card Payment Successful); State Bank of India's SALE at a fuel pump (its dealer's RO code, DATE,
  TIME, TID, MID, BATCH, INVOICE, VEHICLE NO, the card SWIPE, APPR CODE, RRN, AMOUNT Rs., APPROVED);
  Innoviti's SALE at a Delhi hotel whose host timed out (DATE and TIME on one line, TID, MID, INV, the card,
  AMOUNT, TXN STATUS: PENDING, DO NOT RETRY); BharatPe Swipe's screen at the Kendra (the Kendra under the
  device's name, an Approved capsule, the sum, the hour alone, Card, Auth code, RRN, Invoice; no day). All new
  here.
* ``utility_bills``: the UPPCL Consumer app's bill payment for the power company under a tick (the company
  under the app, Payment Successful, the sum, hairline rows: Account No., Receipt No., Transaction ID, Payment
  mode, Date); Vi's Recharge failed on a tinted band ("Paid to Vodafone Idea Limited", boxed fields: Order ID,
  Transaction ID, Payment mode, Date); Tata Play's Recharge successful ("for Tata Play", "at <hour>", hairline
  rows: Subscriber ID, Transaction ID, Payment mode; "Your balance will last till <day>."; no day); Excitel's
  payment receipt (a table ruled on every side: Receipt No., Username, Plan, Amount, Paid on, Payment mode,
  Bank Ref No., Status); the power company's SMS ("Dear Consumer, payment of Rs.x against A/c No. ... has been
  received on <dd-mm-yyyy>. Thank you. - <company>"; no reference); HP Pay's cylinder "Booking confirmed and
  paid" ("Paid to HP Gas", the distributor, each label small over its value: Booking ID, Consumer No., UPI Ref
  No, Paid on); iris by YES BANK's Bharat Connect receipt for the water bill (the biller on top, a Payment
  successful capsule, hairline rows: Customer Name, Connection No., Bill Amount, Payment Mode, Bharat Connect
  Ref. No., Transaction Date & Time); BSNL's Bharat Fibre quick pay Awaiting bank confirmation (a capsule, dot
  leaders: Account No., Amount, Order ID, PG Ref. No., Payment mode, Initiated on). All new here.
* ``bank_alerts``: SMS in HDFC Bank's lines ("Sent Rs.x / From HDFC Bank A/C *1234 / To <PAYEE> / On
  <dd/mm/yy> / Ref ..."), Axis Bank's ("IMPS of INR x to <PAYEE> from A/c no. XX1234 on <dd-mm-yyyy> is
  pending. Ref ..."), Indian Bank's ("Your UPI txn of Rs.x to <PAYEE> on <dd-mm-yy> has FAILED. ... UPI Ref
  ..."), State Bank of India's ("Dear SBI User, your A/c X1234-debited by Rs.x on <14May26> transfer to
  <PAYEE> Ref No ...") and IndusInd Bank's ("Rs x debited from a/c **1234 on <dd-mm-yy> to <PAYEE> by NEFT.
  Avl Bal Rs ..."; no reference) wordings; Kotak's notification on a lock screen under its large clock and its
  day without a year ("Rs.x debited from a/c XX1234 on <dd-Mon-yyyy> to <PAYEE> by NEFT. UTR ..." beside its
  age, a chat's notification under it); Bank of Baroda's mail ("Your A/c ... is debited with INR x on
  <dd-mm-yyyy> towards RTGS/UTR .../<PAYEE>."); iris by YES BANK's inbox of notifications, each under its kind
  and age ("<sum> sent to <PAYEE> via UPI. Ref ...", "2h ago"; an offer, a statement; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Devanagari and Noto
Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, an italic or
oblique for the hand (``heldout278_families.PENS``) and a fixed-width face of the page's own
(``heldout278_families.TYPES``). The temple's voucher is drawn in the days after the Sanjhi season (26
September to 10 October 2026) and the tent house's transfer in the days before it; the Dilli Haat stall's bill
and card sale in its fortnight (1 to 15 November 2026), DTTDC's stall fee and the Delhi hotel's card in the
days before it; the other days anywhere in 2026. GST is 12% on stencils, framed Sanjhi and handmade paper, 18%
on workshops, glass, software and premiums, 5% on sweets.

Truth conventions (heldout277's, heldout276's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  Google Pay's "To" (never its UPI ID or the initials over it), after CRED's and super.money's "paid to",
  after MobiKwik's "to", the payee between Kotak 811's "Payment to" and "could not be completed." (read across
  its lines, *settled* heldout271), under iMobile Pay's "Paid to"; *settled* (new here) after WhatsApp's "You
  paid", because the sentence names the one the buyer paid as "to" does; never the app or the payer. *settled*
  (heldout268 to heldout277): a receiving business's own app pays the business named under the app, here the
  shop under BharatPe for Business (never "from <buyer>"). *settled* (heldout167 to heldout277): a payer's
  advice pays the one it pays, never the payer on top or a salutation; here the temple's voucher's Paid to
  (never the temple trust or its Hindi line), PFMS' Beneficiary in its row (never the Payer), SAP's Pay To
  (never Pay From), RazorpayX's Contact, Flipkart's Seller name, Jaypore's Vendor, the trust named in a
  school's sentence (never the school or the addressee's lines) and in a designer's chat message (never the
  chat's name on top). *settled* (heldout155 to heldout277): an inward wire pays the trust, here the name in
  Wise's "Your transfer to <trust> is complete.", after "to" on Barclays, MCB and Revolut (To), ING's
  Begunstigde (Beneficiary), BNP Paribas' Bénéficiaire, Bank of America's Recipient, Maybank's Beneficiary
  Name (never the remitter, the bank on top or Revolut's payer under its name). *settled* (heldout175 to
  heldout277): the trust's own paper pays its unit or itself on top, here the Kendra on top of its ticket, its
  booking page and its receipt written by hand (never its "A unit of" line, its Hindi name or its address),
  Sanjhi Ghar on top of its invoice and of a frame's label (never the artist), Braj Sanjhi on top of its order
  mail, the trust on top of its donation receipt (never the donor), the stall's counter line on its bill.
  *settled* (heldout187 to heldout277): a supplier's name on top of its own paper, here the paper mill (never
  the Buyer), Udaan's Sold by (never udaan), the scissors maker on top of its pad (never "- Rafiq"), the
  framer, the colour dealer's English line under its Hindi, the glass house (never Bill To), Printo, BUSY
  Infotech Pvt. Ltd. *settled* (heldout179 to heldout277): a banking page pays the payee, here the name after
  "to" on Canara ai1, UCO and AU 0101, HDFC Bank's Beneficiary Name, Kotak's Beneficiary, YES BIZ's
  Beneficiary, the Beneficiary written in on Punjab & Sind Bank's form (never the Remitter), the Account of
  the trust's own voucher (*settled* (heldout270, heldout272) a payer's own record of the payment made).
  *settled* (heldout150 to heldout277): a pay slip pays the worker, here the Name on an envelope and an
  advance slip, the Artisan on a piece-work voucher, Paytm's Sent to, RazorpayX's Employee, Keka's Employee
  (never the trust on top), the name after "to" on Freecharge, BOI's Beneficiary. *settled* (heldout153 to
  heldout277): a fee page pays the authority as printed, here the Income Tax Department, Goods and Services
  Tax on top of the GST portal's receipt (never the GSTIN's holder), Delhi Tourism and Transportation
  Development Corporation Ltd. on top of its letter, the Copyright Office, Nivesh Mitra's Department (Fire and
  Emergency Services, Uttar Pradesh; never Nivesh Mitra or the Service), Nagar Nigam Mathura-Vrindavan under
  its Hindi name (never the Owner), the Labour Department, Uttar Pradesh under its Hindi name (never the
  Establishment or the Employer), GRAS' Department (Stamp and Registration Department; never GRAS Uttar
  Pradesh or the Remitter). *settled* (heldout199 to heldout277): an insurer's receipt pays the insurer on top
  (full or short as printed), the insurer after "to" on an app (ACKO General Insurance Ltd, Star Health and
  Allied Insurance Co. Ltd.; never ACKO or Star Health on its bar); never the Insured, Received from or a
  salutation. A slip's counter name line as printed (SANJHI GHAR, BRAJ SANJHI - DILLI HAAT, the sweet shop,
  the bookshop, the art store, the fuel pump, the hotel), never *settled* the terminal's brand over it
  (MSWIPE, WORLDLINE, EZETAP, PhonePe POS, STATE BANK OF INDIA, INNOVITI), the Kendra under BharatPe Swipe on
  its device's screen, *settled* (heldout272) a shop's name on top of the bill it settles by card. A utility's
  biller: the power company under the UPPCL Consumer app (never the app), after "Paid to" (Vodafone Idea
  Limited, HP Gas; never Vi, HP Pay or the distributor), after "for" (Tata Play), Excitel Broadband Pvt Ltd on
  top of its receipt, the biller on top of a Bharat Connect receipt (never iris by YES BANK or the Customer
  Name), Bharat Sanchar Nigam Limited on top of its page; *settled* (new here) the power company named at the
  end of its SMS ("Thank you. - <company>"), because a biller's message signed with its name is the biller's
  own receipt of the payment. An SMS, e-mail, lock screen or inbox alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop): HDFC Bank's "To <PAYEE>" line,
  Axis Bank's and Indian Bank's "to <PAYEE> from / on", SBI's "transfer to <PAYEE> Ref No", IndusInd Bank's
  and Kotak's "to <PAYEE> by NEFT", Bank of Baroda's "RTGS/UTR .../<PAYEE>.", YES BANK's "sent to <PAYEE> via
  UPI".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), the sum split with its
  paise raised (heldout275, heldout277); never CRED's coins or super.money's cashback. *settled* (heldout152
  to heldout277): a payer's advice counts its net sum, here the voucher's Amount (Rs.) (its Rupees the same),
  PFMS' Amount in its row, SAP's Net Amount (never an invoice's Gross or its TDS 2%), RazorpayX's Amount,
  Flipkart's Settled amount (never an order's Sale, Fees or Shipping), Jaypore's Total remitted (never an
  invoice's Amount or TDS), the sums in a school's sentence and a designer's message. *settled* (heldout155 to
  heldout277): an inward wire's foreign sum: the US dollars (US$ / USD; never Wise's Our fee, its Total paid
  or the Recipient gets in rupees, as heldout277's Hana Bank), the pounds (£ / GBP), the euros the Dutch way
  (€ 1.960,00 is 1960.00, heldout273), the French way (3 520,00 EUR / 3 520,00 € is 3520.00, heldout269) and
  the English way (€3,100.00); *settled* (new here) the Mauritian rupees with their code (MUR 139,970.00) and
  the ringgit with RM or MYR (RM 6,583.94), because each page names its currency by its ISO code or Malaysia's
  own mark, never the rupee's; never Maybank's Service Charge, Cable Charge or Total Debited (as heldout277's
  Hana Bank), Revolut's Fee or Barclays' exchange rate. *settled* (heldout175 to heldout277): a receipt counts
  the sum received, here the ticket's Total (its stub's Rs the same; never the rate each), the Invoice Total
  (never a line, the Taxable or a tax), the order's Total (never its Subtotal or Shipping), the sum in the
  donation receipt's sentence, the Total written on squared paper (never the class or the kit alone), the
  Amount of a failed booking, a frame label's Price, the stall bill's TOTAL (INCL GST). A whole sum closed
  with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout277): a supplier's paper
  counts the sum paid, here the paper mill's Amount received (its Total Rs. the same; never CGST 6% or SGST
  6%), Udaan's Order amount, the scissors maker's Total written by hand, the framer's Total, the colour
  dealer's Total Rs. (never a line's sum), the glass house's Received Amount (its Total the same), Printo's
  Amount, BUSY's Total (never its base or IGST 18%). A banking page's sum; the voucher's Amount under
  Particulars. *settled* (heldout167 to heldout277): a pay slip's net sum, here the envelope's Net paid Rs.
  (never Gross Rs. or Less advance Rs.), the voucher's Total (never its Rate), RazorpayX's Net pay, Keka's Net
  Pay on its panel (never Basic, an allowance, Provident fund or ESI), the advance slip's Rs. in its box. A
  fee page's Amount (in Rs.) and Total (A+B+C+D+E+F) (never Tax, Interest or Fee alone), the GST receipt's
  Total Amount (never a head's Tax), the stall fee in DTTDC's sentence, the Copyright Office's Fee, Nivesh
  Mitra's Fee, the Total paid (never House, Water or Sewer tax alone), the Fee paid, GRAS' Amount. *settled*
  (heldout199 to heldout277): an insurer's premium with its GST, here ACKO's sum, Tata AIG's Total premium
  (never Premium, CGST 9% or SGST 9%), HDFC ERGO's Amount paid, the sum in United India's sentence, Star
  Health's "<sum> paid", Go Digit's Total premium paid (never Net premium or GST @ 18%), National Insurance's
  Premium (incl. GST), Cholamandalam's Premium amount. A slip's AMOUNT / TOTAL / AMOUNT Rs. / Amount, the
  device's sum large; the sweet shop's TOTAL (never CGST 2.5% or SGST 2.5%). A utility's sum large, BSNL's
  Amount, Excitel's Amount, the sum in the power company's SMS (never a balance's lasting day). An alert's sum
  debited as worded (grouped the Indian or the English way or not at all), never an Avl Bal or Available
  balance. Currency INR but on the wires.
* status: as printed. *settled*: Completed, payment successful, "paid to <payee>" under its sum, Successful,
  Payment received, Money Transferred, Transfer successful, Fund transfer successful, International payment
  sent, "Your transfer to <trust> is complete.", Recharge successful, Payment Successful, Payment successful,
  "Booking confirmed and paid", "<sum> paid", Card Payment Successful, APPROVED, APPROVED - PIN VERIFIED,
  Approved, Status Success / Successful / Paid and a Settled band successes; Payment processing, Processing,
  Under processing, Payment pending, Pending at bank, Awaiting bank confirmation and ING's In behandeling
  (being processed, printed with its English, *settled* as heldout277's DNB) pending; Transaction Failed,
  Payment failed, Recharge failed, Transaction failed, TRANSACTION DECLINED and Bank of America's Wire
  returned (as heldout277's CommBank) failed. A payer's voucher with its UTR No., "has been paid to", "Paid
  the balance ... by IMPS", Jaypore's "payment remitted to your bank account", SAP's Status Paid successes;
  PFMS' row Sent to bank with its Bank transaction ID Awaited pending (*settled*, as heldout277's "e-Payment
  advice sent to bank"); *settled* (new here) RazorpayX's Reversed failed, because the beneficiary's bank sent
  the payout back and the money is again the payer's (as a NEFT "returned by the beneficiary bank"). A
  receipt's "Paid by UPI, Ref ...", "Payment received by card", "Received with thanks from", "Recd. cash with
  thanks", "SOLD - paid in full by UPI" and the stall's "PAID BY : UPI" successes; *settled* (new here) a web
  order's "Payment: Cash on Delivery (pending)" pending, because the order is booked and its sum is to be paid
  to the courier (as heldout277's WhatsApp order's "Payment: pending"). A supplier's PAYMENT RECEIVED, "Paid
  by Google Pay", "Paid by UPI dt. <day>", "नकद प्राप्त / Cash received" and a Received Amount with its
  Payment Date successes. A banking page's Status Success, "Your transaction has been processed
  successfully.", *settled* (new here) a bank counter's printed "NEFT SUCCESS UTR ..." on its customer's copy,
  because the branch prints the NEFT's outcome on the form it returns (as a stamp's PAID); the trust's own
  voucher's "Bank transaction details: NEFT" success (a payer's own record of the payment made). A pay slip's
  "Received - <name>", the voucher's "Received the above sum in cash.", "Paid on <day> by bank transfer",
  "Received Rs. x/- in cash." successes. A fee page's Payment status Success successes; *settled* (new here)
  the Labour Department's REGISTRATION CUM FEE RECEIPT's Fee paid success, because a receipt of the fee is its
  payment's proof. An insurer's "Received with thanks", "We have received your payment", "we acknowledge the
  receipt of premium", Status Paid successes; *settled* (new here) National Insurance's Under reconciliation
  pending, because the insurer is still matching the payment with its bank and issues the policy once it is
  confirmed. A slip's APPROVED successes, TRANSACTION DECLINED failed, *settled* (new here) Innoviti's TXN
  STATUS: PENDING with its host timed out pending, as heldout277's TRANSACTION PENDING (DO NOT RETRY); a
  bill's "Paid: CARD" success (*settled*, as heldout277's "Settled by: CARD"). *settled*: an SMS, e-mail, lock
  screen or inbox debit alert a success whatever its bank's wording ("Sent", "debited", "sent to"), Axis
  Bank's "is pending" pending, Indian Bank's "has FAILED" failed; the power company's "has been received" a
  success.
* date: the day paid. *settled*: Google Pay's, CRED's, super.money's, BharatPe's and WhatsApp's day with its
  hour, MobiKwik's Initiated on, Kotak 811's Date & Time; iMobile Pay's Time alone prints no day. A payer's
  Sent to bank on (a pending's day sent), Payment Date, Created at (never RazorpayX's later Reversed at:
  *settled* (new here), because the payout was made that day and the reversal is the bank's return of it
  later, as a wire's payment date on its return), Settlement date, Value Date, the day in a school's sentence
  (never its later Date: or the workshop's day); a chat under Today prints no day (*settled*). *settled* (new
  here): a payment voucher's Date (the temple's, and the Dated of the trust's own voucher) is the day paid,
  because a payment voucher is made out on the day the payment is made, as a receipt's Date. *settled* (new
  here): never the day and hour a browser prints at the top of a printed page (PFMS' 6/08/26), because that is
  the day the page was printed, not the day paid. A wire's Sent on (July 16, 2026 / Jul 14, 2026, the month's
  name first, unambiguous), Payment date, Uitvoeringsdatum (Execution date), Date d'exécution (never BNP
  Paribas' later letter day "le 2 avril 2026"), Date, Transaction Date & Time; Revolut's Time alone prints no
  day. A receipt's Date: beside its No., the Order date (a pending order's day), the Date beside the Receipt
  No., the "dt. <day>" written on squared paper, Attempted on, the stall bill's DATE; a frame's label prints
  no day. A supplier's Date of receipt (never the invoice's Date:), Attempted on, the "dt. <day>" written
  under a framer's bill (never its Date:), the Date written on a cash memo, the Payment Date in a myBillBook
  table (never its Invoice Date), Initiated on, Receipt Date; the scissors maker's Date left blank prints no
  day (*settled*, heldout275). A banking page's Transaction Date, Date & Time, Payment Date, Submitted on, the
  Date written on a bank's form; *settled* (new here) Canara ai1's "Just now" and YES BANK's "2h ago" print no
  day, because an age names no calendar day (as Today and Yesterday, *settled*). A pay slip's Paid on written
  in, the voucher's Date, the day under Paytm's sum, Initiated on, Keka's "Paid on <day>" (never its month),
  Date, Transaction Date; the advance slip's Date left blank prints no day. A fee page's Date of Deposit
  (never the day inside the CIN), Deposit Date, the day in DTTDC's sentence (never its later Dated or the
  fortnight), Payment Date, Initiated on, Payment date, Date; *settled* (new here) never a registration's
  Valid up to, because it is the day the registration ends, not a payment's (as a Period); the Labour
  Department's receipt prints no other day. An insurer's Attempted on, Receipt Date, Payment date, the day in
  United India's sentence (never its later Date), Paid on, Initiated on; Go Digit's receipt prints only its
  Policy period (*settled*: never a Period) and so no day. A slip's DATE / DATE/TIME / Date & Time / Bill
  Date, DATE on a line with TIME; BharatPe Swipe's hour alone prints no day. A utility's Date, Paid on, the
  day in the power company's SMS, Transaction Date & Time, Initiated on; Tata Play's "at <hour>" prints no day
  and *settled* never "Your balance will last till <day>" (as heldout277's "till <day>"). The alerts' "On
  <dd/mm/yy>", "on <dd-mm-yyyy>", "on <dd-mm-yy>", "on <dd-Mon-yyyy>"; *settled* (new here) SBI's "on
  11Aug26", because a day run together with its month's name and its year's two figures names that day (as
  <dd-Mon-yy>); *settled* (new here) never a lock screen's day (its weekday, day and month with no year),
  because it is the day the phone is looked at, not the day paid: the notification's own "on <day>" is; YES
  BANK's inbox prints no day. All numeric days here are day first (heldout251, heldout259). *settled*: never a
  Due date, a Period, a month, an invoice number's financial year or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's, a terminal's or a bank's transaction id, the day inside a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (the voucher's NEFT, PFMS' e-Payment (NEFT), SAP's NEFT,
  RazorpayX's IMPS, Flipkart's NEFT ID, Jaypore's NEFT, a school's NEFT, a designer's IMPS; the paper mill's
  NEFT, *settled* (new here) myBillBook's Bank Transfer, because a bank transfer between accounts is a bank's
  remittance (as NEFT / RTGS / IMPS); the banking pages; Keka's bank transfer, RazorpayX Payroll's NEFT, BOI's
  IMPS; the Income Tax Department's and the GST portal's Net Banking, DTTDC's NEFT, the Copyright Office's Net
  Banking, Nivesh Mitra's SBI ePay (Net Banking), GRAS' Net Banking; Tata AIG's Net Banking, United India's
  NEFT, National Insurance's Net Banking; Excitel's Net banking; the NEFT, RTGS and IMPS alerts), a SWIFT or
  other bank remittance either way (Wise's transfer by local transfer, Barclays' International (SWIFT), ING's
  SWIFT-betaling, BNP Paribas' Virement SWIFT, MCB's International transfer (SWIFT), Bank of America's
  International wire, Revolut's SWIFT, Maybank's Foreign Telegraphic Transfer); UPI for the UPI screens, the
  ticket's and the frame label's UPI, the stall bill's PAID BY : UPI, Udaan's, Printo's and the framer's UPI,
  Google Pay on a bill pad, the Paytm and Freecharge transfers, the property tax's UPI, Star Health's and Go
  Digit's UPI, the bills' UPI, the UPI alerts; card for a card's Approval code on an invoice, a debit card on
  Instamojo, BUSY's credit card, the Labour Department's Online (Debit card), HDFC ERGO's credit card,
  Cholamandalam's Debit card, the slips, the device and the sweet shop's "Paid: CARD", Vi's debit card; cash
  for "Recd. cash", Cash on Delivery (*settled* (new here), above), "नकद प्राप्त / Cash received", Cash ticked
  or written, "in cash". *settled* (new here) the power company's SMS names no way of paying: payment_method
  None, because the page does not show how it was paid.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout277): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID / UPI reference no. / UPI Ref. No. / UPI Ref ID /
  UPI Ref No / UPI REF, UTR / UTR No. / Payment Reference Number / NEFT ID / Reference, *settled* (new here)
  Flipkart's NEFT ID, because the settlement's NEFT is named by its UTR; a UTR in a sentence, on a donation
  receipt, written on a bill or printed by a branch's printer, IMPS Ref No / IMPS Ref No. / IMPS Ref. No.,
  RRN, an alert's Ref / Ref No / UPI Ref / UTR / RTGS/UTR), then a bank reference (Barclays' Confirmation
  number, ING's Kenmerk (Reference), MCB's Transaction reference, Bank of America's Confirmation number,
  Maybank's Reference No., HDFC Bank's Transaction Reference No., Kotak's Transaction Reference, YES BIZ's
  Transaction ID, the Income Tax Department's Bank Reference Number, the GST portal's BRN, the Copyright
  Office's Bank Ref. No., Excitel's Bank Ref No., Bharat Connect Ref. No.), then a transaction / payment id
  (Google transaction ID, CRED transaction id, MobiKwik Txn ID, WhatsApp payment ID, PFMS Transaction ID,
  RazorpayX's Payout ID, Wise's Transfer #, Revolut's Transaction ID, Instamojo's Payment ID, Udaan's
  Transaction ID, BUSY's Payment ID, Freecharge's Transaction ID, the challans' CIN (*settled* (new here), a
  transaction's own number with the bank's BSR code and the day inside it; never the day), Nivesh Mitra's
  Transaction ID, the Labour Department's Transaction No., GRAS' GRN (*settled*, as a treasury's GRN), an
  insurer's Transaction ID / Transaction Reference No. / Payment ID / Payment reference / Card transaction ID,
  a slip's TXN ID / Txn ID, the power app's Transaction ID, Tata Play's and Vi's Transaction ID, BSNL's PG
  Ref. No.), then an approval code (Approval code on an invoice, AUTH CODE, APPR CODE, Auth ID, Auth code),
  then an order's number (Order #, Udaan's and Printo's Order ID, Paytm Order ID, Vi's and BSNL's Order ID),
  then a document's own number (SAP's Remittance ID, Jaypore's Payment Ref, Ticket No., Bill No., Receipt No.,
  Slip No., No. on an envelope, the stall's BILL NO, the GST portal's CPIN (*settled* (new here), the
  challan's own number made before its payment), a slip's ROC / INVOICE NO / INVOICE / INV / Invoice).
  *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, PAN, TAN, a BSR code, a
  Challan No. beside its CIN, a Policy No., a Consumer No. or Account No., a Subscriber ID, a slip's TID / MID
  / BATCH, a No. left blank, an invoice or bill number named on an advice or in a payer's sentence
  (heldout272), a Letter No. or Ref., a Proposal No., a Booking ID, a Connection No., a Property ID, a
  Registration No., a Diary No. (*settled* (new here), the Copyright Office's number for the application, as
  an Application No.), a Sanction No., a Voucher No. beside a UTR, a Vendor Code, an Employee ID, a VEHICLE
  NO, a Username; *settled* never a "Bank transaction ID" printed Awaited or a "UTR" To be generated
  (heldout276)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout278_families import (
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

SPLIT = "heldout278"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans and
# Liberation Sans (liberation2) among them), the pages in DejaVu Serif Condensed, Noto Serif Display,
# Liberation Serif (liberation2), FreeSerif, DejaVu Sans and Noto Sans, the trust's, its suppliers' and its
# artists' papers in Noto Serif, DejaVu Serif, Liberation Serif, FreeSerif and Liberation Sans Narrow, the
# slips in five monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold, fonts-noto-core)
# for the Hindi lines, labels and hand, a pen's italic or oblique (``heldout278_families.PENS``) and a
# page's own fixed-width face (``heldout278_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoMono-Regular.ttf",
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


def make_heldout278_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout278 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

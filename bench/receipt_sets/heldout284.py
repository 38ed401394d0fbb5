"""heldout284: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sholapith (shola pith carving) artisans' producer company's year of 2026 in
Purba Bardhaman and Bankura, West Bengal (Bonkapasi Shola Shilpi Producer Company Limited, CIN
U16299WB2019PTC232614, GSTIN 19AAMCB4827R1ZK, Udyam UDYAM-WB-02-0031846, its CEO Smt. Mousumi Malakar: the
Malakar artisans of Bonkapasi and of the Sonamukhi centre in Bankura, who cut the white pith of the shola
plant, bought in bundles from the beels of Purbasthali, into topors (a Bengali groom's conical crown), mukuts
for brides and for the Devi, daker saaj (the pith and silver foil ornaments of the Durga idols), chalchitra
borders, kadam flower balls, chandmala garlands, framed Durga faces, mayurpankhi boats, Ganeshas and lotus
wall hangings; its workshop and common facility centre at Malakar Para, Bonkapasi, Shola Karmashala, where
visitors also learn the craft in workshops; its shop among the idol makers of Kumartuli, Kolkata, Shola Ghar,
with stall 112 at the Poush Mela, Santiniketan, and stalls at the Bankura Mela and the Hastashilpa Mela; puja
committees at home and abroad, wedding decorators, the state's handicrafts corporation, the web shop
sholaghar.in and Flipkart), told by the proofs of payment it receives (buyers' Tata Neu, Axis Mobile, IDFC
FIRST Bank, JioFinance, Freecharge, Jupiter and Indian Bank IndOASIS screens and Google Pay for Business on
the shop's phone; Manjusha's (the West Bengal Handicrafts Development Corporation's) ERPNext PAYMENT ENTRY, a
Naktala puja committee's payment voucher under its Bengali name, IREPS' bill status for Eastern Railway's
Howrah Division, Kotak's cash management advice for a Park Street heritage hotel, a wedding decorator's IDBI
GO Mobile+ screen, a Gariahat decor house's myBillBook PAYMENT OUT, Open's payout mail for a Bengaluru gifts
firm and Flipkart Seller Hub's previous payment; NatWest, Chase, Rabobank, Scotiabank, CommBank, OCBC and
First Abu Dhabi Bank for puja committees and a decor house in London, Edison, Amstelveen, Toronto, Sydney,
Singapore and Abu Dhabi and a Doha forum's treasurer's mail, in pounds, US dollars, euros, Canadian,
Australian and Singapore dollars, dirhams and Qatari riyals; Shola Ghar's Busy tax invoice, the Poush Mela
stall's cash memo, Cashfree's failed checkout for the web shop, a puja committee's order cum advance receipt,
Shola Ghar's WhatsApp Business order, Townscript's ticket for a workshop at the Karmashala, Shola Ghar's money
receipt book and its GoFrugal roll) and those it makes (a shola stem trader's bill written in Bengali and
pinned to the workshop's cork board, a Burrabazar zari and foil house's invoice with PAID punched through it,
udaan's pending order, Moglix's declined checkout, a box maker's Zoho Invoice receipt, DTDC's booking receipt,
Hostinger's invoice and a frame maker's WhatsApp message; Indian Bank's IndNet, HDFC Bank's SmartHub Vyapar,
Bank of Maharashtra's Mahamobile, DBS digibank's mail, OkCredit, Ujjivan Small Finance Bank, AU 0101 and ICICI
Bank's Corporate Internet Banking for the stem trader, the zari house, the box maker, the frame maker, the
transporter, the timber house for the shop's racks, the photographers and the web studio; its artisans' and
staff's wage book, Keka payslip, Bajaj Finserv, FinoPay and MobiKwik screens, advance slip, wage envelope and
a master trainer's receipt; MCA21's filing fee, Banglarbhumi's khajana, the Kolkata Traffic Police's
e-challan, the Export Promotion Council for Handicrafts' renewal, Bankura Zilla Parishad's stall rent, Legal
Metrology's verification fee, GST's PMT-06 and the Hastashilpa Mela's stall fee; Reliance General's, Chola
MS', Royal Sundaram's, Shriram General's, ACKO's, Universal Sompo's, Aditya Birla Health's and Liberty
General's premiums; cards on Shola Ghar's, the Poush Mela stall's and the Karmashala's terminals and the
company's card at a Kolkata hotel, a Bardhaman sweet shop, a Bishnupur terracotta emporium and a Katwa paint
shop; CESC's, Alliance Broadband's, WBSEDCL's, HP Gas', Airtel Xstream Fiber's, Vi's, a drinking water
supplier's and Tata Play's bills; the banks' SMS, Bandhan Bank's SMS in Bengali on a feature phone, SBI's and
West Bengal Gramin Bank's mails and PNB ONE's notifications). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set, none of heldout280's or heldout281's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page heldout280 and heldout281 do not: Bengali lines in Noto Sans and Noto Serif Bengali shaped by Raqm (as
heldout274 drew them; here a name over its English, a heading, a wage book's column heads over their English,
labels over their English filled in by hand, a hand's bills, sums, receipts and signatures, and a bank's SMS
on a feature phone); a shola topor as a letterhead's emblem (the white cone of pith with its scalloped lace
bands and foil dots, a zari band at its foot and a bud at its tip, on a pale disc of sindoor red); a daker
saaj divider (a sindoor-red band with pith-white dots, lace loops of pith with a foil dot in each hanging
under it); a daker saaj border round a page (a red band with silver foil dots, pith lace loops along its inner
edge and a white kadam ball of pith at each corner); a shield in the outcome's colour with a tick, a cross or
a clock; a countdown ring; a rating's five empty stars; an app's bottom navigation bar with its icons; a
mail's callout (a pale block with a thick coloured bar down its left); labels in Dutch with their English
after a slash; a delivery card's day boxes with a hole punched for each delivery; PAID punched through a bill
in holes; a pad's gummed head torn off; a buff wage envelope with its flap; a chit pinned to a cork board with
a red pushpin; a PDF open in a viewer's dark window with its toolbar; a feature phone's green LCD in its body
with its soft keys. They draw beside them heldout269's to heldout281's rows (shaded label cells, striped
tables, tables ruled on every side, dot leaders, labels against a gutter, steps left to right and down the
page, capsules, tinted bands, cards, chat bubbles, a chat's day divider and a chat's card, tabs, a spinner,
the sum large with its paise raised, fields two to a row, hand-written fills and columns on a ruled page, a
receipt book's number struck in red, ticked boxes, sums in boxes, a revenue stamp, a round seal, QR codes, a
torn roll's edges).

* ``buyer_upi``: Tata Neu's Payment Successful under a shield ("Paid to" over the payee, its UPI ID; hairline
  rows: UPI Ref. No., Neu transaction ID, Date & time, Paid from, NeuCoins earned; "How was your payment
  experience?" over five stars); Axis Mobile's Money sent successfully ("to <payee>", "Yesterday, <hour>"; UPI
  Reference Number, From account, Remarks, each label small over its value; its bottom navigation bar; no
  day); IDFC FIRST Bank's Transaction failed on a tinted band ("to <payee>", the reason; a table ruled on
  every side: Transaction ID, UPI RRN, Payee UPI ID, Date & time, Debit account); JioFinance's Paid
  successfully with the sum large and its paise raised ("to <payee>", its UPI ID; a ruled table Transaction
  details: UPI transaction ID, JioFinance reference, Debited from, Date); Freecharge's Payment Pending under a
  countdown ring ("to <payee>"; dot leaders: Transaction ID, UPI Ref. No., Initiated at, Paid via); Google Pay
  for Business on Shola Ghar's phone (the shop under the app, the buyer's initials, "<buyer> paid you", the
  sum, a Received capsule; UPI transaction ID, Google transaction ID, To, Date, each label small over its
  value; its bottom navigation bar); Jupiter's Payment done! ("to <payee>", "on <day> at <hour>"; fields two
  to a row: UPI Ref and Paid from, Jupiter Txn ID and Note); Indian Bank's IndOASIS summary ("Payment of <sum>
  to <payee> is successful."; shaded label cells: Payee, Amount, Date, Mode, Remarks, Status SUCCESS; Download
  receipt; no reference). All new here.
* ``buyer_advices``: Manjusha's PAYMENT ENTRY as ERPNext prints it (its number beside Posting Date; Payment
  Type and Mode of Payment, Party Type and Paid From four to a row; Party, Paid Amount (INR), Cheque/Reference
  No, Cheque/Reference Date on hairlines; Payment References, a table ruled on every side: Type | Name | Grand
  Total | Allocated, Total Allocated; ERPNext's "Remarks: Amount INR x paid to <party> by NEFT, transaction
  reference no ... dated <day>."); the Naktala puja committee's PAYMENT VOUCHER under its Bengali name and a
  daker saaj divider (Voucher No. left blank; Date, Paid to, On account of, Rupees, By written in; Rs. in a
  box; Receiver, Treasurer, Secretary; no reference); IREPS' bill status (a table ruled on every side: Bill
  No. | Bill Date | PO No. | Bill Amount; shaded label cells: Vendor Name, TDS (IT 2%, GST 2%), Net Payable,
  Payment Mode EFT (NEFT), e-Payment Ref. No., Sent to bank on, UTR Awaited, Payment Status "Sent to bank -
  credit awaited"); Kotak's cash management payment advice mailed for a heritage hotel ("On the instruction of
  our client <payer>, the payment below has been credited to your account."; a striped table Payment details:
  Beneficiary, Credit account, Amount, Payment mode, UTR No., Value date; a ruled table Invoice No. | Invoice
  Date | Gross | TDS 2% | Net, Total); IDBI GO Mobile+'s Transaction Failed under a shield, forwarded by the
  decorator ("to <payee>", the reason; IMPS Ref. No., Transaction date, From, Remarks); ALPONA DECOR HOUSE's
  PAYMENT OUT from myBillBook (Payment Out No. beside Payment Date, Party Name, Party Address, a ruled table
  Invoice No. | Invoice Date | Invoice Amount | Amount Settled, Total Amount Paid, Payment Mode, Notes "UPI
  ref ..."); Open's payout mail ("<payer> has paid you <sum>.", a callout: Payout ID, UTR, Mode IMPS,
  Beneficiary, Account, Processed at); Flipkart Seller Hub's previous payment (its tabs, Seller, a striped
  table Order ID | Product | Sale amount | Fees | Settlement, Bank settlement value; shaded label cells: NEFT
  ID, Settlement period, Status Settled; no day). All new here.
* ``export_wires``: NatWest Bankline's international payment confirmation in pounds (From and To side by side
  on a card, then dot leaders: Amount, Payment date, Payment type, Payment reference, Your reference, Status
  Sent); Chase's wire in process in US dollars (an In process capsule, "Your wire is being processed", "to
  <beneficiary>"; hairline rows: Wire ID, Send on (Aug 9, 2026), Type, Recipient bank, Fee (paid by you),
  Memo); Rabobank's executed payment order in euros the Dutch way (dots between the thousands, a decimal
  comma) under an "Uitgevoerd / Executed" band, each label in Dutch with its English after a slash
  (Begunstigde / Beneficiary, Bank begunstigde / Beneficiary's bank, Bedrag / Amount, Uitvoeringsdatum /
  Execution date 20-05-2026, Betaalwijze / Payment type, Kenmerk / Reference, Omschrijving / Description);
  Scotiabank's mail of an international money transfer that could not be completed, in Canadian dollars (its
  sentence, a card: Reference number, Recipient, Amount, Date sent, Transfer type, Reason); CommBank's
  International Money Transfer receipt in Australian dollars as a PDF open in a viewer (a table ruled on every
  side: Receipt number, Date, From account, To, Beneficiary bank, Amount sent, Fee, Transfer type, Status
  Sent); OCBC Business' Transfer successful in Singapore dollars with "Today, <hour>" (Transaction reference,
  Beneficiary bank, Transfer type, Purpose; no day); First Abu Dhabi Bank's typed copy of its MT103 in dirhams
  (:20:, :23B:, :32A: with its value day and its sum with a decimal comma, :50K:, :57A:, :59: with the name
  over two lines, :70:, :71A: SHA, "STATUS: PROCESSED - SENT TO BENEFICIARY BANK"); a Doha forum's treasurer's
  mail in Qatari riyals ("We have transferred QR x to your account with Indian Bank on <day> ...",
  Beneficiary:, Bank:; no reference). All new here.
* ``own_receipts``: Shola Ghar's TAX INVOICE made in Busy under a shola topor and its Bengali name (Invoice
  No. and Date, Party and State four to a row, a table ruled on every side S.N. | Description | HSN | Qty |
  Rate | Amount with CGST 2.5%, SGST 2.5% and Grand Total, Amount in words, "Received Rs. x by UPI (Ref. No.
  ...)."); the Poush Mela stall's CASH MEMO on a pad whose gummed head is torn off, under Shola Ghar's Bengali
  name (No. left blank, Date and Name written in, the pieces written on its ruling, Total, "Paid in cash.
  Thank you!"; no reference); Cashfree Payments' checkout for the web shop with the payment failed under a
  large cross (a ruled table Order summary: Order ID, Amount, Payment method, Cashfree reference ID, Date &
  time, Failure reason); a puja committee's ORDER CUM ADVANCE RECEIPT in a daker saaj border under the
  company's Bengali name and a daker saaj divider (Receipt No. beside Date:, Received from, a table ruled on
  every side of the idols' ornaments with its Order value, Advance received "Rs. x by NEFT, UTR ..., on
  <day>", Balance on delivery, Delivery by); Shola Ghar's WhatsApp Business chat with a buyer (the chat's day
  divider, the buyer's bubble, the shop's order card: the shop, Order #, the pieces, the sum, Payment pending,
  Pay by UPI); Townscript's e-ticket for a shola workshop at the Karmashala (Booking confirmed. Payment
  successful.; Event, When, Tickets, Booking ID, Payment ID, Amount paid, Paid via; a QR code; no day); Shola
  Ghar's MONEY RECEIPT under its Bengali name, its number struck in red (Date, Received with thanks from, the
  sum of Rupees, by UPI, Ref, towards written in; Rs. in a box); Shola Ghar's GoFrugal roll (INV, the day and
  hour, the pieces, TAXABLE, CGST 2.5%, SGST 2.5%, NET AMT, PAID: CARD, APPR CODE). All new here.
* ``supplier_invoices``: MAA TARA SHOLA BHANDAR's bill for shola stems under its Bengali name, pinned to the
  Karmashala's cork board (Date and M/s written in, the bundles (and a cart's fare) written by hand in Bengali
  with their sums on a ruled page, মোট (total), "টাকা নগদ পেলাম" (received the money in cash) and the trader's
  signature in Bengali; no number, no reference); GUPTA ZARI & FOIL HOUSE's TAX INVOICE as Marg ERP prints it
  (Invoice No. beside its earlier Date:, Buyer, a table ruled on every side with CGST 9%, SGST 9% and Total
  (rounded off), "Payment received by NEFT, UTR ..., on <day>.") with PAID punched through it in holes;
  udaan's order with the payment pending (its steps left to right: Order placed, Payment, Packed, Shipped;
  Sold by over the seller; fields two to a row: Order ID and Placed on, UPI Ref No. and Paid via); Moglix's
  checkout with the card declined under a shield (a striped table Payment summary: Order ID, Items, Order
  total, Payment method, Transaction ID, Attempted on, Reason); KOLKATA CORRUGATORS' PAYMENT RECEIPT from Zoho
  Invoice (Payment Date, Reference Number, Payment Mode, Amount Received In Words; Bill To; a ruled table
  Invoice Number | Invoice Date | Invoice Amount | Payment Amount; Amount Received); DTDC's booking receipt
  from the Katwa franchise's printer (CN NO, DEST, PCS and WT, FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL,
  "PAYMENT: UPI - RECEIVED", UPI REF, DATE); Hostinger's invoice (Invoice #, a Paid capsule, Billed to, the
  hosting and the domain on hairlines, IGST 18%, Total, "Paid with Visa ending ... on <day>.", Transaction
  ID); Das Glass & Frames' WhatsApp messages under the chat's Today ("Received Rs. x by GPay, ref ... Thank
  you!"; no day). All new here.
* ``vendor_transfers``: Indian Bank's IndNet e-receipt of an NEFT, each label and its value on either side of
  a column of colons (Transaction Reference No, UTR No, Debit Account, Beneficiary Name, Beneficiary A/c,
  IFSC, Amount, Transaction Date, Status Successful; Remarks); HDFC Bank's SmartHub Vyapar with an IMPS in
  process ("to <payee>"; hairline rows: IMPS Ref No, Beneficiary A/c, IFSC, Initiated on, Remarks); Bank of
  Maharashtra's Mahamobile with the transfer failed ("to <payee>", the reason; fields two to a row: Reference
  No. and Mode, Date and Debit A/c); DBS digibank's mail ("Your funds transfer of INR x to <PAYEE> has been
  successful.", a callout: Transaction reference, UTR, Mode, Date, From account, Remarks); OkCredit's entry in
  the transporter's khata (Supplier over his name, "You paid", the sum; Date, Paid by Cash, Note, Due now; no
  reference); Ujjivan Small Finance Bank's RTGS successful with its steps down the page (Initiated, Sent to
  RBI, Credited to beneficiary, each with its hour; hairline rows: UTR, Beneficiary, Amount, Mode, Date); AU
  0101's Transfer successful with "Today, <hour>" (IMPS Ref. No., Debited from, Purpose, each label small over
  its value; no day); ICICI Bank's Corporate Internet Banking transaction status (a Successful capsule, a
  striped table across the page with one row: Beneficiary | Amount | Mode | UTR | Date; Debit account,
  Remarks). All new here.
* ``worker_pay``: the Karmashala's মজুরি খাতা / WAGE BOOK under its Bengali name (Artisan written in; Bengali
  column heads over their English: তারিখ Date | কাজ Work | সংখ্যা Pcs | দর Rate | টাকা Rs.; the week's work
  written in on its ruling, মোট (total), "টাকা নগদ বুঝে পেলাম" (received the money in cash) and the artisan's
  Bengali signature; no number, no reference); Keka's payslip for Shola Ghar's assistant (fields two to a row:
  Employee and Employee No., Designation and Pay period; a table ruled on every side Earnings | Amount |
  Deductions | Amount with Profession tax; Net pay large with its paise raised; a ruled table Paid on | Bank |
  Mode | UTR); Bajaj Finserv's UPI Payment successful to an artisan under a shield ("to <name>", "on <day> at
  <hour>"; UPI Transaction ID, Paid from, Note, each label small over its value); FinoPay's Transaction in
  progress under a spinner (dot leaders: UPI Ref No, Fino Txn ID, Initiated on, From); an ADVANCE SLIP under
  its Bengali heading অগ্রিম রসিদ (Slip No. printed; Date, Name, Purpose written in, Rs. in a box, "Paid by
  UPI, Ref ...", the artisan's signature in Bengali); MobiKwik's Payment failed on a tinted band (labels set
  right against a gutter: MobiKwik Txn ID, UPI Ref No, Date, From); a WAGES envelope of buff paper with its
  flap, under the Karmashala's Bengali name (Env. No. printed; Name, Work, Pieces x rate written in, Rs. in a
  box, "Paid cash"; no day); a master trainer's RECEIPT written by hand ("Received Rs. x/- (...) from
  <company> as honorarium for the 10-day sholapith training at Sonamukhi, by NEFT, UTR ..., on <day>."),
  signed across a revenue stamp. All new here.
* ``govt_fees``: MCA21's payment receipt for the producer company's annual return (Company and CIN; a table
  ruled on every side SRN | Form | Fee type | Amount; shaded label cells: Total amount paid, Payment mode,
  Bank transaction ID, Payment date, Status Payment successful); Banglarbhumi's online khajana (land revenue)
  receipt under the Land Department's Bengali name (a table ruled on every side, two fields to a row: District
  and Block, Mouza and Khatian No., Raiyat and Year (B.S.), Amount and Payment date, GRN and BRN, Mode and
  Bank; "Khajana received."); the Kolkata Traffic Police's e-challan payment failed on a tinted band (shaded
  label cells: Challan No., Vehicle No., Offence, Amount, Payment mode, Transaction ID, Date & time, Reason);
  the Export Promotion Council for Handicrafts' membership renewal pending its bank's confirmation (a capsule;
  dot leaders: Member ID, Member, Subscription, GST 18%, Amount, Payment gateway, Order ID, Initiated on);
  BANKURA ZILLA PARISHAD's stall rent receipt for the Bankura Mela from its book under its Bengali name and
  রসিদ / RECEIPT, each label in Bengali over its English and filled in by hand (No. left blank; Date, Name,
  Stall No., On account of, Amount), "নগদ পাইলাম" (received in cash) by hand (no reference); the Directorate
  of Legal Metrology's e-Receipt for Shola Ghar's scales (a table ruled on every side Instrument | Capacity |
  Fee with its Total; e-Receipt No., Trader, Payment mode, UPI Ref. No., Payment date; "Fee received."); the
  GST portal's PMT-06 payment receipt (GSTIN, a striped table Head | Tax | Interest | Fee | Total, Total
  challan amount; CPIN, Deposit date, Mode, BRN, CIN; "Payment successful."); the Hastashilpa Mela's ALLOTMENT
  CUM RECEIPT from the MSME & Textiles Department under the Mela's Bengali name (Participant, Craft, Stall
  No., Mela with its days, Stall fee; "Received by UPI, Ref ..."; a round seal; no day). All new here.
* ``insurer_receipts``: Reliance General's PREMIUM RECEIPT for the Karmashala's fire policy (a table ruled on
  every side, two fields to a row: Receipt No. and Receipt Date, Policy No. and Product, Received from and
  Instrument, UTR and Premium (incl. GST); "Received with thanks the premium above."); Chola MS' shop policy
  with its payment under verification ("to <insurer>"; Quote No., Payment ID, UPI Ref No., Initiated on, each
  label small over its value); Royal Sundaram's van renewal with the card payment failed under a shield
  (labels set right against a gutter: Quote reference, Premium, Payment mode, Transaction ID, Attempted on,
  Reason); Shriram General's POLICY SCHEDULE CUM PREMIUM RECEIPT for the goods sent to the Poush Mela (a
  striped table: Policy No., Insured, Cover, Period, Premium, GST 18%, Total premium; "Premium received by
  UPI, UPI Ref ... on <day>."); ACKO's Policy purchased capsule with "Today, <hour>" ("paid to <insurer>";
  Payment ID, Paid via, Policy; no day); Universal Sompo's e-Receipt for the artisans' Group Janata Personal
  Accident policy (a table ruled on every side: Receipt No., Date, Received from, Policy, Lives covered,
  Premium, GST, Total, Mode, Bank reference (UTR); "Premium received with thanks."; a QR code); Aditya Birla
  Health's mail of the staff's group health premium ("We have received <sum> on <day> ...", a callout: Policy,
  Payment ID, Paid by); Liberty General's PREMIUM ACKNOWLEDGEMENT written in its agent's book (No. left blank;
  Date, Received from, Policy, Premium Rs., by written in; "Received with thanks"; the agent's scribble; no
  reference). All new here.
* ``card_slips``: Worldline's slip at Shola Ghar, each label closed by a colon (DATE:, TIME:, MERCHANT ID:,
  TERMINAL ID:, BATCH NO:, INVOICE NO:, CARD NO:, CARD TYPE:, ENTRY MODE: CONTACTLESS, APPROVAL CODE:, RRN:,
  TOTAL AMT:, *** APPROVED ***); Mosambee's slip at the Poush Mela stall in its days, each field a line of
  "Label: value" (Date/Time, MID, TID, Card No, Txn Type, Auth Code, RRN, Amount INR, Txn Status: Approved);
  Indian Bank's slip at the Karmashala, TRANSACTION DECLINED (RESP CODE: 51, INSUFFICIENT FUNDS); IDFC FIRST
  Bank's slip at a Kolkata hotel (DATE, TIME, TID and INV, the card, APPR and RRN, GUEST: ROOM ..., AMOUNT,
  APPROVED); Union Bank's slip at a Bardhaman sweet shop with its response awaited (RESPONSE AWAITED, DO NOT
  REPEAT TRANSACTION); a Bishnupur terracotta emporium's CASH / CARD MEMO under its Bengali name (No. left
  blank, Date written in, the pieces written on its ruling, Total, Card ticked, "Paid"; no reference); Federal
  Bank's slip at a Katwa paint shop (DATE/TIME, MID/TID, BATCH/INV, the card CHIP, PIN VERIFIED, APPR CODE,
  RRN, SALE AMOUNT, TXN APPROVED); BharatPe Swipe's screen on Shola Ghar's device with "Today, <hour>"
  (Payment Successful, the sum; Card, Auth Code, RRN, Txn ID; no day). All new here.
* ``utility_bills``: CESC's online bill payment acknowledgement for Shola Ghar (a card of dot leaders:
  Customer ID, Customer name, Bill month, Amount paid, Transaction Reference No., Bank Ref No., Payment date,
  Payment mode, Status Success); Alliance Broadband's Payment under verification under a countdown ring ("to
  <biller>"; hairline rows: Account ID, Plan, Order ID, UPI Ref, Initiated); WBSEDCL's Transaction Failed
  under its Bengali name (a table ruled on every side: Consumer ID, Consumer name, Amount, Transaction ID,
  Payment mode, Date & Time, Reason); HP Pay's LPG refill (a Payment successful capsule, "paid to <biller>";
  hairline rows: Booking No., Distributor, Transaction ID, UPI Ref No, Paid on); Airtel Xstream Fiber's mail
  ("We have received your payment of Rs. x by AutoPay on <day>. Thank you."; Account number, Plan, Payment
  mode, Transaction ID beside their labels); Vi's postpaid bill Payment successful with "Today, <hour>" ("paid
  to <biller>"; Mobile number, Transaction ID, Paid via; a rating's stars; no day); a drinking water
  supplier's MONTHLY CARD under its Bengali name (Customer and Month written in, the month's days in boxes
  with a hole punched for each jar delivered, Jars x rate, Rs. in a box, "Paid cash on <day>"; no reference);
  Tata Neu's Tata Play recharge ("for <biller>", Subscriber ID; Bharat Connect Ref. ID, UPI Ref No., Paid on,
  Paid via, each label small over its value). All new here.
* ``bank_alerts``: Bandhan Bank's SMS in Bengali on a feature phone's green LCD (the inbox's count, From, the
  day and hour, then "আপনার অ্যাকাউন্ট XX1234 থেকে Rs.x UPI মারফত <PAYEE> কে <dd-mm-yyyy> তারিখে ডেবিট করা
  হয়েছে। রেফারেন্স <ref>। ..."); SMS in Indian Bank's ("Your a/c no. XXXXX1234 is debited for Rs.x on
  <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...)."), UCO Bank's ("NEFT of Rs x to <PAYEE> A/c XX1234
  (UTR ...) dated <dd/mm/yyyy> is RETURNED by the beneficiary bank ..."), Central Bank of India's under the
  thread's Today ("Your A/c XX1234 is debited with Rs x for UPI/<ref>/<PAYEE>. Avl Bal Rs ..."; no day) and
  HDFC Bank's ("NEFT of Rs.x from HDFC Bank A/c **1234 to <PAYEE> on <dd-mm-yy> is successful. ..."; no
  reference) wordings; SBI's mail ("Your A/c XXXX1234 has been debited by Rs x on <dd/mm/yy> by IMPS transfer
  to <PAYEE> (IMPS Ref No ...).", Available balance); PNB ONE's notifications (its tabs, the alert's card on
  top: its day and hour, "IMPS of Rs x to <PAYEE> is pending with the beneficiary bank. Ref ... Do not retry
  ...", two of the bank's offers under it, its bottom navigation bar); West Bengal Gramin Bank's mail of a
  debit in a striped table (Date | Narration NEFT/<UTR>/<PAYEE> | Debit (INR) | Balance (INR)). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Bengali and Noto Serif
Bengali (regular and bold, fonts-noto-core) for the Bengali lines, heads, labels and hand, an upright Noto
Serif for a Bengali hand's figures, an italic or oblique for the hand (``heldout284_families.PENS``) and a
fixed-width face of the page's own (``heldout284_families.TYPES``). The Poush Mela stall's cash memo and card
sale are drawn in the Mela's days (23 to 28 December 2026) and Shriram General's transit cover in the days
before it; the Bankura Zilla Parishad's stall rent in the days before the Bankura Mela (10 to 19 January
2026); the puja committee's advance for the idols' ornaments in August and September; the other days anywhere
in 2026. GST is 5% on the company's shola work, 18% on zari and foil, courier, hosting, the EPCH subscription
and the premiums; TDS is deducted by IREPS (2% income tax, 2% GST) and by the hotel (2%).

Truth conventions (heldout281's, heldout280's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Tata Neu's "Paid to" (never its UPI ID), after "to" on Axis Mobile, IDFC FIRST Bank, JioFinance, Freecharge
  and Jupiter, the Payee on IndOASIS (its sentence's "to <payee>" the same); the registered name cut short
  where so printed (BONKAPASI SHOLA SHILPI P); never the app, the payer, "<buyer> paid you" or the Payee UPI
  ID. *settled* (heldout268 to heldout281): a receiving business's own app pays the business named under the
  app, here Shola Ghar under Google Pay for Business (never its To line's bank). *settled* (heldout167 to
  heldout281): a payer's advice pays the one it pays, never the payer on top or a salutation; here ERPNext's
  Party (never Manjusha or the corporation on top), the voucher's Paid to (never the committee or its Bengali
  name; a payer's own record, *settled* heldout270, heldout272 and heldout274), IREPS' Vendor Name, Kotak's
  Beneficiary (never the hotel in its sentence or Kotak Mahindra Bank), the name after "to" on IDBI GO Mobile+
  (never the decorator who forwarded it), myBillBook's Party Name (never ALPONA DECOR HOUSE on top), Open's
  Beneficiary (never the payer in its sentence), Flipkart's Seller (never Flipkart Seller Hub). *settled*
  (heldout155 to heldout281): an inward wire pays the company, here the name in NatWest's To column (never its
  From), after "to" on Chase and OCBC, Rabobank's Begunstigde / Beneficiary, Scotiabank's Recipient,
  CommBank's To, the :59: name read across its two lines (*settled* heldout271; never :50K:), the Beneficiary:
  line of a buyer's mail (*settled* heldout274's Payee: line; never the forum or its treasurer). *settled*
  (heldout175 to heldout281): the company's own paper pays its unit or itself on top, here Shola Ghar on its
  Busy invoice, its Mela cash memo (never the stall's line), its Cashfree checkout (never Cashfree Payments),
  its money receipt and its roll, the company on its order cum advance receipt (never the committee under
  Received from), the Karmashala on top of its Townscript ticket (never Townscript); a name in Bengali over
  its English: the English line (*settled* heldout274 and heldout281); *settled* (new here) the shop named at
  the head of its own order card in a WhatsApp Business chat, never the chat's title, because the chat is the
  shop's own phone and its title names the buyer it talks to. *settled* (heldout187 to heldout281): a
  supplier's name on top of its own paper, here MAA TARA SHOLA BHANDAR under its Bengali name (never M/s or
  the signature), GUPTA ZARI & FOIL HOUSE (never Buyer:), udaan's Sold by (*settled* heldout274's Amazon Sold
  by; never udaan), Moglix, KOLKATA CORRUGATORS (never Bill To), DTDC EXPRESS LIMITED on top of its roll
  (never the franchise's line), Hostinger (never Billed to); *settled* (new here) a supplier's own message in
  a chat pays the supplier named on the chat's title (Das Glass & Frames), because the message is the writer's
  own receipt of the money. *settled* (heldout179 to heldout281): a banking page pays the payee, here IndNet's
  Beneficiary Name (never the Debit Account's holder), the name after "to" on SmartHub Vyapar, Mahamobile and
  AU 0101 and in DBS' sentence, OkCredit's supplier over its entry (*settled* heldout281's Khatabook),
  Ujjivan's Beneficiary, the Beneficiary in ICICI Bank's row cut as printed (SHUBHAM WEB SOLUTION). *settled*
  (heldout150 to heldout281): a pay slip pays the worker, here the Artisan written in the wage book (never the
  Karmashala on top), Keka's Employee, the name after "to" on Bajaj Finserv, FinoPay and MobiKwik, the Name on
  an advance slip and a wage envelope; *settled* (new here) a payee's own receipt written by hand pays its
  signer (Haradhan Malakar), never the company named in it, because the writer acknowledges the money he
  received. *settled* (heldout153 to heldout281): a fee page pays the authority as printed, here the Ministry
  of Corporate Affairs (never the Company), the Department under Banglarbhumi (Land & Land Reforms and Refugee
  Relief & Rehabilitation Department; never Banglarbhumi, its Bengali line or the Raiyat), the Kolkata Traffic
  Police, the Export Promotion Council for Handicrafts (never the Member), BANKURA ZILLA PARISHAD under its
  Bengali name (never the Name), the Directorate of Legal Metrology, West Bengal (never the Trader), Goods and
  Services Tax (*settled* heldout262), the MSME & Textiles Department under the Mela's Bengali name (never the
  Participant or the seal's words). *settled* (heldout199 to heldout281): an insurer's receipt pays the
  insurer on top (full or short as printed) or after "to" and "paid to" on an app (Cholamandalam MS General
  Insurance Co. Ltd., Acko General Insurance Ltd; never Chola MS or ACKO on the bar); never the Insured,
  Received from or a salutation. A slip's counter name line as printed (SHOLA GHAR, SHOLA GHAR - POUSH MELA
  STALL 112, SHOLA KARMASHALA, the hotel, the sweet shop, the paint shop), never *settled* the terminal's
  brand over it (WORLDLINE, mosambee, INDIAN BANK, IDFC FIRST BANK, UNION BANK OF INDIA, FEDERAL BANK), the
  shop under BharatPe Swipe on its device's screen, the emporium on top of its memo (never its Bengali line or
  "for ..."). A utility's biller: CESC Limited on top (never the Customer name), after "to" (Alliance
  Broadband Services Pvt. Ltd.; never Alliance Broadband on the bar), WBSEDCL's English name under its Bengali
  (never the Consumer name), after "paid to" (HP Gas, Vodafone Idea Limited; never HP Pay or Vi), Airtel
  Xstream Fiber on top of its mail (never Bharti Airtel Limited in its foot), the water supplier's English
  name under its Bengali, after "for" (Tata Play; never tata neu). An SMS, mail or notification alert's payee
  as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop, read
  across its lines where it wraps): the Bengali SMS' "<PAYEE> কে" (as heldout281's Gujarati "<PAYEE> ને"),
  Indian Bank's "credited to <PAYEE> (UPI Ref", UCO Bank's "to <PAYEE> A/c", Central Bank's last part of
  "UPI/<ref>/<PAYEE>." (*settled* heldout280's IMPS/<ref>/<PAYEE>), HDFC Bank's "to <PAYEE> on", SBI's
  "transfer to <PAYEE> (IMPS", PNB's "to <PAYEE> is pending", the last part of West Bengal Gramin Bank's
  Narration NEFT/<UTR>/<PAYEE> (*settled* heldout274's UCO Bank).
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), JioFinance's with its
  paise raised, IndOASIS' Amount (its sentence the same). *settled* (heldout152 to heldout281): a payer's
  advice counts its net sum, here ERPNext's Paid Amount (its Total Allocated the same; never a Grand Total
  alone), the voucher's Rs. in its box (its Rupees in words the same), IREPS' Net Payable (never the Bill
  Amount or the TDS), Kotak's Amount (its Total of Net the same; never a Gross or TDS 2%), IDBI's sum,
  myBillBook's Total Amount Paid, Open's sum in its sentence, Flipkart's Bank settlement value (never a Sale
  amount or the Fees). *settled* (heldout155 to heldout281): an inward wire's foreign sum, here pounds (£ /
  GBP), US dollars ($ / US$ / USD), euros the Dutch way with dots between the thousands and a decimal comma (€
  1.234,56 / EUR 1.234,56 is 1234.56, *settled* heldout237's EUR 20.979,67), Canadian dollars (CAD / $ ...
  CAD), Australian dollars (A$ / AUD), Singapore dollars (S$ / SGD), dirhams in the raw :32A: field with a
  decimal comma (260921AED19580,83 is 19580.83, *settled* heldout255) and as AED elsewhere, Qatari riyals (QAR
  / QR, *settled* heldout274); never Chase's Fee (paid by you) or CommBank's Fee. *settled* (heldout175 to
  heldout281): a receipt counts the sum received, here the Busy invoice's Grand Total (its "Received Rs. x"
  the same; never CGST 2.5% or SGST 2.5%), the cash memo's Total written in, Cashfree's Amount, the Advance
  received (never the Order value or the Balance on delivery, *settled* heldout279 and heldout280), the
  WhatsApp order card's sum, Townscript's Amount paid, the money receipt's Rs. in its box, the roll's NET AMT
  (never TAXABLE or a GST line). A whole sum closed with /- is that sum in whole rupees (heldout259).
  *settled* (heldout187 to heldout281): a supplier's paper counts the sum paid, here the stem trader's মোট
  (total) written in (never a line's sum or the cart's fare), Total (rounded off) (never CGST 9% or SGST 9%),
  udaan's sum, Moglix's Order total, Zoho Invoice's Amount Received (its Payment Amount the same), DTDC's
  TOTAL (never FREIGHT, FUEL SURCHARGE or GST 18%), Hostinger's Total (never the plan, the domain or IGST
  18%), the sum in Das Glass' message. A banking page's sum (Ujjivan's Amount row; its sum large over the
  steps the same). *settled* (heldout167 to heldout281): a pay slip's net sum, here the wage book's মোট
  (total; never a row's Rs.), Keka's Net pay (never an earning or a deduction), the sums on Bajaj Finserv,
  FinoPay and MobiKwik, the advance slip's and the envelope's Rs. in a box, the trainer's "Rs. x/-" in his
  sentence. A fee page's Total amount paid (never a Normal fee or an Additional fee row alone), the khajana's
  Amount, the challan's Amount, EPCH's Amount (never its Subscription or GST 18% alone), the stall rent's টাকা
  / Amount, Legal Metrology's Total (never an instrument's Fee), the PMT-06's Total challan amount (*settled*
  heldout262; never a head's row), the Mela's Stall fee. An insurer's premium with its GST (*settled*,
  heldout199 to heldout281), here Premium (incl. GST), the app's sum, Total premium (never Premium or GST
  18%), Universal Sompo's Total (never Premium or GST), the sum in Aditya Birla Health's sentence, Liberty's
  Premium Rs. A slip's TOTAL AMT: / Amount INR / AMOUNT / SALE AMOUNT, a device's sum large, the memo's Total
  written in. A utility's Amount paid, the sum large, the Amount in WBSEDCL's row, the sum in Airtel's
  sentence, the water card's Rs. in its box (its Jars x rate the same). An alert's sum debited as worded
  (grouped the Indian or the English way or not at all), never Available balance, Avl Bal or a Balance (INR)
  column. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment Successful, Money sent successfully, Paid successfully, a
  Received capsule, Payment done! and "... is successful." successes; Freecharge's Payment Pending pending;
  IDFC FIRST Bank's Transaction failed failed. A payer's ERPNext remark "Amount INR x paid to <party> ..." (a
  payer's own record of the payment made, *settled* heldout270, heldout272 and heldout274), the voucher (the
  same), "the payment below has been credited to your account", myBillBook's PAYMENT OUT (the same), "has paid
  you", Flipkart's Status Settled (*settled* heldout205) successes; IREPS' "Sent to bank - credit awaited"
  pending (*settled* heldout274); IDBI's Transaction Failed (the beneficiary bank rejected the credit) failed.
  A wire's Status Sent, "Uitgevoerd / Executed" (as *settled* heldout276's Ausgeführt / Executed), Transfer
  successful, "STATUS: PROCESSED - SENT TO BENEFICIARY BANK" (*settled* heldout279's Processed) and "We have
  transferred" (*settled* heldout274) successes; Chase's In process / "Your wire is being processed" pending;
  Scotiabank's "could not be completed. The recipient's bank returned the funds" failed (*settled*, as
  heldout281's Westpac). A receipt's "Received Rs. x by UPI", "Paid in cash. Thank you!", Advance received,
  "Booking confirmed. Payment successful.", the money receipt's "by UPI, Ref" and the roll's PAID: CARD
  successes; Cashfree's Payment Failed failed; the WhatsApp order card's Payment pending pending. A supplier's
  "টাকা নগদ পেলাম" (received the money in cash; as *settled* heldout274's নগদ বুঝিয়া পাইলাম), "Payment
  received by NEFT" (PAID punched through the bill the same), Amount Received, "PAYMENT: UPI - RECEIVED", a
  Paid capsule and "Received Rs. x by GPay ... Thank you!" successes; udaan's Payment pending pending;
  Moglix's Payment failed failed. A banking page's Status Successful, "has been successful", OkCredit's "You
  paid" (a payer's own record, *settled* heldout281's Khatabook "You Gave"), RTGS successful, Transfer
  successful and a Successful capsule successes; SmartHub's "IMPS in process" pending; Mahamobile's
  Transaction Failed failed. A pay slip's "টাকা নগদ বুঝে পেলাম" (received the money in cash), Keka's Paid on,
  Payment successful, "Paid by UPI, Ref", "Paid cash" and the trainer's "Received Rs. x/- ... by NEFT"
  successes; FinoPay's Transaction in progress pending; MobiKwik's Payment failed failed. A fee page's Payment
  successful, "Khajana received.", "নগদ পাইলাম" (received in cash), "Fee received.", "Payment successful." and
  "Received by UPI" successes; EPCH's "Payment pending for confirmation from bank" pending; the Traffic
  Police's Payment Failed failed. An insurer's "Received with thanks the premium above.", "Premium received by
  UPI", a Policy purchased capsule (*settled* heldout281), "Premium received with thanks.", "We have received"
  and "Received with thanks" successes; *settled* (new here) Chola MS' "Payment under verification" pending,
  because the insurer is waiting for the bank to confirm the payment (as heldout280's Bajaj General's "Payment
  under process"); Royal Sundaram's Payment failed failed. A slip's *** APPROVED ***, Txn Status: Approved,
  APPROVED, TXN APPROVED, Payment Successful and the memo's "Paid" with Card ticked successes, TRANSACTION
  DECLINED failed; *settled* (heldout274, heldout281) RESPONSE AWAITED, DO NOT REPEAT TRANSACTION pending, as
  STATUS UNKNOWN and AWAITING HOST RESPONSE. A utility's Status Success, a Payment successful capsule, "We
  have received your payment", Payment successful, "Paid cash on <day>" and Recharge successful successes;
  Alliance Broadband's "Payment under verification" pending (as Chola MS'); WBSEDCL's Transaction Failed
  failed. *settled*: an SMS, mail, notification or table debit alert a success whatever its bank's wording
  (here in Bengali too, ডেবিট করা হয়েছে); UCO Bank's "is RETURNED by the beneficiary bank" failed (*settled*
  heldout278 and heldout281); PNB's "is pending with the beneficiary bank. ... Do not retry" pending (as
  heldout278's Axis Bank's "is pending").
* date: the day paid. A UPI screen's Date & time, Date, Initiated at, "on <day> at <hour>", IndOASIS' Date;
  Axis Mobile's "Yesterday, <hour>" prints no day (*settled* heldout281: as Today). A payer's Posting Date
  (its Cheque/Reference Date the same), the voucher's Date written in, IREPS' "Sent to bank on" (*settled*
  heldout274; never its Bill Date), Kotak's Value date (never an Invoice Date), IDBI's Transaction date,
  myBillBook's Payment Date (never an Invoice Date), Open's Processed at; Flipkart's page prints only its
  Settlement period and so no day (*settled*: never a Period, as heldout280's GoCoop cycle). A wire's Payment
  date, Send on (Aug 9, 2026, *settled* heldout278's month's name first), Uitvoeringsdatum / Execution date
  (20-05-2026, day first, as *settled* heldout276's Ausführungsdatum), Date sent (August 13, 2026), CommBank's
  Date, the :32A: field's value day (260921 is 2026-09-21, *settled* heldout255), the day in a buyer's
  sentence; OCBC's "Today, <hour>" prints no day (*settled*). A receipt's Date beside its number, the Date
  written on a cash memo or a money receipt, Date & time, the day in the Advance received line (never Delivery
  by, a day still to come, *settled* heldout280), the chat's day divider over the order card (*settled*
  heldout273 to heldout281), the roll's day; *settled* (new here) Townscript's ticket prints only the
  workshop's own day under When and so no day, because it names when the workshop is held, not when it was
  paid (as heldout280's painting day and Delivery by). A supplier's Date written in, the day in Marg's
  "Payment received ... on <day>" (never the invoice's Date:, *settled* heldout281's Swipe), Placed on,
  Attempted on, Zoho's Payment Date (never an Invoice Date), DTDC's DATE, the day in Hostinger's "Paid with
  Visa ... on <day>"; Das Glass' chat under Today prints no day (*settled* heldout274 and heldout281). A
  banking page's Transaction Date, Initiated on, Date, the Date in ICICI Bank's row (dd/mm/yy); Ujjivan's Date
  (never its steps' hours); AU 0101's "Today, <hour>" prints no day. A pay slip's Date in the wage book's
  rows, Keka's Paid on (never its Pay period), "on <day> at <hour>", Initiated on, the Date written on an
  advance slip, Date, the day in the trainer's sentence; the wage envelope prints no day. A fee page's Payment
  date, the khajana's Payment date (never its Year (B.S.)), Date & time, Initiated on, the stall rent's তারিখ
  / Date written in (before the Bankura Mela), Legal Metrology's Payment date, the PMT-06's Deposit date; the
  Hastashilpa Mela's receipt prints only the Mela's days (*settled*: never a Period, as heldout280's UHHDC)
  and so no day. An insurer's Receipt Date, Initiated on, Attempted on, the day in Shriram General's sentence
  (never its Period), Universal Sompo's Date, the day in Aditya Birla Health's sentence, Liberty's Date
  written in; ACKO's "Today, <hour>" prints no day. A slip's DATE: / Date/Time / DATE / DATE/TIME, the memo's
  Date written in; BharatPe Swipe's "Today, <hour>" prints no day. A utility's Payment date (never CESC's Bill
  month), Initiated, Date & Time, Paid on, the day in Airtel's sentence, the day in the water card's "Paid
  cash on <day>" (never its Month); Vi's "Today, <hour>" prints no day. The alerts' "<dd-mm-yyyy> তারিখে"
  (*settled* heldout281: the day in an Indian language SMS's "on <day>", in Latin figures as the bank sends
  it; the LCD's hour line the same day), "on <dd-mm-yyyy>", "dated <dd/mm/yyyy>", "on <dd/mm/yy>", "on
  <dd-mm-yy>", PNB's day and hour over its alert, West Bengal Gramin Bank's Date in its row; Central Bank's
  SMS under Today prints no day. All numeric days here are day first (heldout251, heldout259). *settled*:
  never a Due date, a Period, a Pay period, a Bill month, a Year, an event's or a delivery's day, an invoice
  number's financial year or an e-mail's hour, the day inside a UTR (heldout210) or an app's, a terminal's or
  a bank's transaction id, the day inside a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (ERPNext's Mode of Payment, Kotak's Payment mode, IDBI's
  IMPS, Open's IMPS, Flipkart's NEFT ID, the advance's NEFT, Marg's "by NEFT", Zoho's Bank Transfer (*settled*
  heldout276 and heldout278), the banking pages, Keka's NEFT, the trainer's NEFT, MCA's, the khajana's, EPCH's
  and GST's net banking, the alerts' NEFT and IMPS); *settled* (new here) IREPS' Payment Mode EFT (NEFT),
  because the railway's electronic funds transfer is printed as the NEFT it is; a SWIFT or other bank
  remittance either way (NatWest's International payment (SWIFT), Chase's International wire (SWIFT),
  Rabobank's Buitenlandse betaling (SWIFT), Scotiabank's and CommBank's International Money Transfer (SWIFT),
  OCBC's Telegraphic transfer, the MT103's :71A: SHA, the Doha forum's transfer from its bank account,
  *settled* heldout274's "by international transfer"); UPI for the UPI screens, the Busy invoice's UPI, the
  WhatsApp order's "Pay by UPI", Townscript's Paid via UPI, the money receipt's "by UPI", myBillBook's UPI,
  udaan's UPI, DTDC's PAYMENT: UPI, Das Glass' GPay (*settled* heldout276's "by GPay"), Bajaj Finserv,
  FinoPay, MobiKwik and the advance slip's UPI, Legal Metrology's and the Mela's UPI, Chola MS' and Shriram
  General's UPI, the bills' UPI, the UPI alerts; card for Cashfree's Debit Card, the roll's PAID: CARD,
  Moglix's Credit card, Hostinger's Visa, the Traffic Police's Debit card, Royal Sundaram's, ACKO's and Aditya
  Birla Health's cards, the slips, Card ticked on the memo and the device, WBSEDCL's Debit Card, Airtel's
  Credit card (AutoPay; *settled* (new here) a card charged by AutoPay is card, because AutoPay only schedules
  the card's charge); cash for the voucher's By Cash, "Paid in cash", "টাকা নগদ পেলাম", OkCredit's Paid by
  Cash, the wage book's "নগদ", the envelope's "Paid cash", "নগদ পাইলাম", Liberty's "by Cash", "Paid cash on
  <day>".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout281): a UPI
  reference / UTR / RRN / IMPS reference (UPI Ref. No., UPI Reference Number, UPI RRN, UPI transaction ID, UPI
  Ref, UTR, UTR No., UTR No, ERPNext's Cheque/Reference No, Flipkart's NEFT ID, myBillBook's Notes "UPI ref
  ...", Zoho's Reference Number, Mahamobile's Reference No. (its IMPS reference), IMPS Ref No / IMPS Ref. No.,
  a UTR in a sentence, the money receipt's "by UPI, Ref", UPI REF, a slip's RRN, an alert's UPI Ref no / UTR /
  IMPS Ref No, the ref inside UPI/<ref>/<PAYEE> and NEFT/<UTR>/<PAYEE>, the Bengali SMS' রেফারেন্স
  (reference)), then a bank reference (NatWest's Payment reference, Chase's Wire ID, Rabobank's Kenmerk /
  Reference, Scotiabank's Reference number, CommBank's Receipt number (*settled* heldout280's Westpac Receipt
  number), OCBC's Transaction reference, the MT103's :20: (*settled*), IndNet's and DBS' Transaction
  Reference, MCA's Bank transaction ID, the khajana's and the PMT-06's BRN (*settled* heldout262 and
  heldout274), CESC's Bank Ref No., Tata Neu's Bharat Connect Ref. ID), then a transaction / payment id (Neu
  transaction ID, JioFinance reference, IDFC FIRST's Transaction ID, Freecharge's Transaction ID, Google
  transaction ID, Jupiter Txn ID, IREPS' e-Payment Ref. No., Open's Payout ID, Cashfree reference ID,
  Townscript's Payment ID, Moglix's and Hostinger's Transaction ID, Fino Txn ID, MobiKwik Txn ID, the Traffic
  Police's Transaction ID, an insurer's Payment ID / Transaction ID, BharatPe's Txn ID, the bills' Transaction
  ID and Transaction Reference No., the PMT-06's CIN (*settled* heldout262), the khajana's GRN (*settled*
  heldout274)), then an approval code (APPROVAL CODE, Auth Code, APPR, APPR CODE), then an order's number
  (Order #, Order ID, Townscript's Booking ID and HP Pay's Booking No. (*settled* heldout280's Booking No.),
  EPCH's Order ID), then a document's own number (ERPNext's ACC-PAY number (*settled* heldout281's Payment
  Number), myBillBook's Payment Out No., Invoice No., INV, INVOICE NO, Invoice #, Receipt No., the money
  receipt's No. struck in red, e-Receipt No., Slip No., the Traffic Police's Challan No. and the PMT-06's CPIN
  (*settled* heldout278's CPIN, the challan's own number made before its payment); *settled* (new here) a wage
  envelope's printed Env. No., the envelope's own number, as heldout281's account card's Card No.). *settled*:
  never a card, account or mobile number, a UPI ID, IFSC, GSTIN, the company's CIN, an Udyam number, a Policy
  No., a Quote No. or Quote reference, a Member ID (*settled* heldout274's Member No.), a Customer, Consumer,
  Subscriber or Account ID, an Employee No., a Vehicle No., a Khatian No., a PO No. or a Bill No. named on an
  advice (heldout272, heldout274), a slip's TID / MID / BATCH, a No. left blank, a consignment's CN NO (as an
  AWB, *settled* heldout274); *settled* (new here) never MCA's SRN, because it numbers the filing the fee is
  for, not the payment (as an Application No.)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout284_families import (
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

SPLIT = "heldout284"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Liberation Sans
# Narrow among them), the pages in Noto Serif, Liberation Serif, DejaVu Serif Condensed, FreeSerif, Noto Sans
# Display and Liberation Sans, the company's, its suppliers' and its artisans' papers in Noto Serif Display,
# DejaVu Serif, Liberation Serif (liberation2), FreeSans and DejaVu Sans Condensed, the slips in five monos;
# beside them Noto Sans Bengali and Noto Serif Bengali (regular and bold, fonts-noto-core) for the Bengali
# lines, labels and hand, a pen's italic or oblique (``heldout284_families.PENS``) and a page's own
# fixed-width face (``heldout284_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
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


def make_heldout284_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout284 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

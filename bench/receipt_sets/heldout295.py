"""heldout295: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a zardozi karkhana's year of 2026 in the old city of Bareilly, Uttar Pradesh
(Naqsh Zardozi Udyog, Mohd. Nafees Ansari's proprietary firm, GSTIN 09BKWPA4816M1Z7, Udyam
UDYAM-UP-11-0052947, with his son Faizan Ansari, who takes the export orders and keeps the web shop, and
Shabana Parveen, who keeps its accounts: its karigars, Irfan Ali, Shakeel Ahmad, Mohd. Aslam, Rahees Khan and
Imran Qureshi, sit on the floor round the adda, the wooden frame the velvet or raw silk is stretched and laced
on, under Ustad Abdul Rasheed, and with a hooked aari and a needle couch on it the gold and silver of zardozi,
the metal-thread embroidery of Bareilly's karkhanas: kasab and tilla laid and caught down, dabka and nakshi
coils of wire cut and threaded, salma, sitara (sequins), moti and katdana, over the design the khaka maker
Munne Khan traces on butter paper, pricks and pounces on the cloth in blue neel; Nazma Begum, Shabnam Bano and
Gulshan Ara work sitara and dabka at home in Mohalla Shahabad; its bridal lehengas, sherwanis, dupattas, kurta
yokes, potli bags and clutches, cushion covers, table runners, wall hangings and bullion-wire blazer badges,
and the zardozi job work it does on couture houses' panels; its karkhana, Naqsh Karkhana in Mohalla Zakhira;
its showroom in Kutubkhana Bazaar, Zari Mahal; stall 61 in the Taj Mahotsav's Shilpgram at Agra; the web shop
zarimahal.in; couture and bridal houses in Delhi, Lucknow, Mumbai and Hyderabad, the Central Cottage
Industries Corporation, an Agra hotel group and a Dehradun school at home, and bridal houses, ateliers and
shops in Dubai, Leicester, Paris, Geneva, Kuwait, New Jersey, Kuala Lumpur and Kyoto abroad), told by the
proofs of payment it receives (buyers' PhonePe, Paytm, WhatsApp Pay, CRED, Amazon Pay, Navi and BHIM screens
and PhonePe Business on the showroom's phone; a Delhi couturier's QuickBooks bill payment printed through a
browser, ICICI Bank CIB's advice mailed for a Lucknow fashion house, Cashfree Payouts' failed transfer for a
Mumbai bridal studio, the Central Cottage Industries Corporation's typed remittance advice, a Hyderabad bridal
house's TallyPrime payment voucher, Vyapar on a Lucknow boutique's phone, an Agra hotel group's payment on
Axis Bank's neo and a Dehradun school bursar's plain-text mail; Emirates NBD, HSBC UK, BNP Paribas, UBS, the
National Bank of Kuwait, Chase, Maybank and MUFG Bank for buyers in Dubai, Leicester, Paris, Geneva, Kuwait,
Edison, Kuala Lumpur and Kyoto in dirhams, pounds, euros, Swiss francs, Kuwaiti dinars, US dollars, ringgit
and yen; the showroom's Swipe tax invoice, the web shop's Shopify mail, Razorpay's failed page and CCAvenue's
awaited payment, the Mahotsav stall's cash memo, a bridal order form, the firm's Zoho Books payment receipt
and the showroom's WhatsApp Business message) and those it makes (a Surat zari maker's tax invoice with its
accountant's sticky note, a Kinari Bazaar sitara house's rough bill, Udaan's pending order, Amazon Business's
failed checkout, the Professional Couriers' roll, a Bareilly carton maker's bill, the khaka maker's Paytm for
Business and a Varanasi brocade house's tax invoice; PNB ONE, SBI's YONO Business, Bank of Baroda's bob World,
Uttar Pradesh Gramin Bank's passbook, HDFC Bank NetBanking, AU 0101, UCO mBanking Plus and Punjab National
Bank's NEFT customer advice for the sitara house, the brocade house, the zari maker, the khaka maker, the
carton maker, the velvet mill, the adda's carpenter and the courier; the karkhana's weekly wage sheet,
greytHR's payslip, Airtel Thanks, Fi, a sitara worker's receipt of her advance with her thumb's impression,
the karkhana's eidi voucher, slice and POP; Nagar Nigam Bareilly's house tax, the GST portal's PMT-06 receipt,
EPFO's ECR challan, Passport Seva's fee, the Taj Mahotsav Samiti's stall rent, the Labour Department on Nivesh
Mitra, the Income Tax challan and the Legal Metrology Department's verification fee; The New India
Assurance's, LIC's, HDFC ERGO's, ICICI Lombard's, Bajaj Allianz's, Star Health's, Oriental Insurance's and
Digit's premiums; cards on the showroom's PNB terminal, the Mahotsav stall's Pine Labs, the showroom's Paytm
card soundbox and its Mswipe app and the firm's card at a Karol Bagh hotel, a Surat restaurant, a fuel station
and a Bareilly kabab house; MVVNL, JioFiber, BSNL, the Jal Kal Vibhag, Bharatgas, Airtel Digital TV, bob
FASTag and Airtel Xstream Fiber; the banks' SMS, Bank of Baroda's SMS in Hindi on a keypad phone, PNB's alert
on a lock screen, ICICI Bank's mail, UCO Bank's alert in a notification shade and HDFC Bank's message on
WhatsApp Banking). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout292's or heldout293's; where a kind of paper is one they also drew (a shop's tax invoice, a festival
stall's cash memo and stall fee, a municipal tax receipt, a payslip, a share card, a card slip pending at its
host, a tip's or a charge's slip, a bank's SMS in Hindi, a mail, a chat, a passbook's or a statement's line),
it is drawn here for another issuer in this set's own labels and marks, and near ones are noted: Razorpay's
payment page, where heldout292 drew RazorpayX's payout and heldout293 RazorpayX's mail and Razorpay POS;
Cashfree Payouts, where heldout293 drew Cashfree's payment link; Zoho Books' payment receipt of the firm's
own, where both drew a payer's Zoho Books PAYMENTS MADE; HDFC Bank NetBanking and HDFC Bank on WhatsApp
Banking, where both drew HDFC Bank's ENet; ICICI Bank CIB and ICICI Bank's mail, where both drew ICICI's
iMobile Pay; Bank of Baroda's bob World and SMS in Hindi, where heldout292 drew its pay-in slip and card slip;
Axis Bank's neo and SMS, where heldout292 drew Axis Bank's statement and Axis Mobile; SBI's YONO Business and
SMS, where heldout293 drew State Bank of India's card slip; Canara Bank's declined slip, where both drew
Canara ai1 and Canara Bank's SMS; Paytm's app and Paytm for Business, where heldout293 drew Paytm's card
machine; Airtel Thanks, Airtel Digital TV and Airtel Xstream Fiber, none of whose kind either drew; Bajaj
Allianz's insurance app, where heldout293 drew Bajaj Finserv's UPI; Fi (its accounts held with Federal Bank),
where both drew Federal Bank's FedMobile; PNB's slip at the showroom, where heldout292 drew Bank of Baroda's
and heldout293 State Bank of India's at theirs; Pine Labs' print pending at its host, where both drew
BharatPe's; a kabab house's printed bill settled by card, where both drew a dhaba's bill written by hand;
Nagar Nigam Bareilly's house tax, the Taj Mahotsav Samiti's stall rent and the Jal Kal Vibhag's water tax,
where heldout292 drew Nagar Parishad Sawai Madhopur's UD tax, the Bundi Utsav Samiti's stall receipt and the
PHED's counter receipt and heldout293 Kotpad NAC's licence, the Koraput Parab stall and the PHEO's receipt;
some of this set's issuers were drawn by sets before heldout292 (heldout290's and heldout291's Emirates NBD,
UBS, Maybank, Shopify, CCAvenue, PhonePe, Amazon Pay, slice, bob World, Digit, Star Health, HDFC ERGO, ICICI
Lombard, MyJio, HelloBPCL and the Income Tax challan; heldout287's TallyPrime; heldout278's GST PMT-06), and
are drawn here in this set's own labels and arrangements; the families' docstrings list each one's labels).
This set draws kinds of row and page heldout292 and heldout293 do not: Urdu lines in Noto Nastaliq Urdu shaped
by Raqm and set right to left (the showroom's, the karkhana's, a sitara house's and the Nagar Nigam's names,
an eidi voucher's heading and its Eid Mubarak); a zardozi panel as a letterhead's emblem (a rounded piece of
velvet with its sheen, two butas facing each other couched in rows of gold kasab from rim to heart, a silver
sitara at each heart and gold ones round each buta, a flower of nakshi dots between them, a border of dabka
coils); a zari border as a divider (a band of velvet, a twisted cord of kasab along it, sitaras above and
below it at its turns, dabka loops along its edges); a shop's rectangular dater stamp with the day set in its
band, pressed a little askew, the only day on its page; an app's folding section heads (a chevron down over an
open section, sideways on a shut one); sitaras spilled from the karkhana's trays in a page's margins; a page
photographed lying on a karkhana's adda (the velvet stretched on its frame half worked, butas done in gold and
others only pounced in the khaka's blue, its two wooden beams with the cloth laced to them); a bank's SMS on a
keypad phone's green screen in the phone's body, with its soft keys, navigation key, call keys and figure
keys; and beside them earlier sets' rows neither of them draws: heldout278's browser print lines (the print's
day and hour and the page's title at its head, its address and 1/1 at its foot), heldout271's stages top to
bottom, counterfoil and receipt across a perforation and rectangular rubber stamp, heldout273's read-only
boxes under their labels and an accountant's tick, heldout275's sticky note, tabs, a chat's payment card and
punched holes, heldout277's days in a muster's boxes, heldout279's ticket with its notches, heldout269's boxes
filled in by hand, barcode and plain-text mail table, heldout287's lock screen and soundbox announcement,
heldout289's notification shade; and heldout269's to heldout289's rows (tables ruled on every side, striped
tables, shaded labels, labels against a gutter, dot leaders, hairline rows, tinted outcome bands, capsules,
tiles, scalloped badges, tiles two to a row, values over their labels, copyable fields, notice boxes, a
payment's stages left to right and across, chat bubbles and a day divider, hand-written fills and columns on a
ruled page, sums in boxes, oval stamps, a thumb's box (its impression inked here as a whorl of ridges),
signatures, a torn roll).

* ``buyer_upi``: PhonePe's Transaction Successful (the hour on the day under it; "Paid to" and the payee
  beside the sum, its UPI ID; a folding Transfer Details: Transaction ID, Debited from, UTR; Contact PhonePe
  Support shut); Paytm's "Paid Successfully" (the sum, "to" over the payee and its UPI ID; tabs; each value in
  a read-only box under its label: UPI Reference No., Paid from, Date & Time); WhatsApp Pay's payment card in
  the buyer's chat with the showroom under a "Today" divider (the sum large, "Paid to <payee>", Completed, UPI
  transaction ID and the hour on the card; no day); CRED's dark "payment failed" in lower case (the sum, "to
  <payee>", the reason in a notice; a folding "transaction details": cred txn id, upi ref no, attempted on,
  paying from as label and value on a line); Amazon Pay's Payment successful (the sum, "Paid to" over the
  payee; UPI transaction ID, Amazon Pay reference, Paid on, Payment method on a tinted card); Navi's payment
  pending (the sum, "to <payee>"; the payment's stages top to bottom: Payment initiated with its hour, Waiting
  for your bank, Money reaches the payee; UPI Ref No., Initiated on, From at the left and the right); PhonePe
  Business on the showroom's phone (the showroom under the app, a tile's tick, Payment received, the sum,
  "from <buyer> (<UPI ID>)", the day and hour, the soundbox's announcement; no reference); BHIM's transaction
  receipt as a ticket (Transaction Successful, the sum; Paid to, UPI ID, UPI Ref No., Date & Time above its
  tear; Remarks and From under it). All new here.
* ``buyer_advices``: a Delhi couturier's BILL PAYMENT printed from QuickBooks through a browser (the print's
  day and hour and its title at the head, the address and 1/1 at the foot; two fields to a row: Payee, Payment
  date; Payment account, Ref no.; Payment method, Amount paid; Description | Due date | Original amount | Open
  balance | Payment on hairline rows; Total); ICICI Bank CIB's payment advice mailed for a Lucknow fashion
  house (its sentence "... has made the following payment to your account"; Beneficiary Name, Beneficiary
  Account Number, Beneficiary Bank, Transaction Type, Transaction Amount (INR), UTR Number, Transaction Date,
  Corporate Reference No., Remarks on hairline rows, the values bold); Cashfree Payouts' transfer FAILED for a
  Mumbai bridal studio (a capsule, the reason in a notice; two fields to a row: Transfer ID, Mode; Amount,
  Reference ID; Initiated at, Status; Beneficiary, Bank account); the Central Cottage Industries Corporation's
  REMITTANCE ADVICE typed under its Hindi name (Ref and Date on a line; To, The Proprietor, the firm; its
  sentence "We have remitted ... by NEFT"; Bill No. | Bill Date | Amount typed in columns; Gross amount, Less
  TDS u/s 194Q @ 0.1%, Net amount remitted, UTR No., Value date); a Hyderabad bridal house's Payment Voucher
  printed from TallyPrime (No. beside Dated in Tally's d-Mon-yy; Particulars | Amount: Account, Agst Ref,
  Through, Bank Transaction Details with its e-Fund Transfer and UTR, On Account of; its total; Amount (in
  words); Authorised Signatory); Vyapar's Payment-Out on a Lucknow boutique's phone (Party over the showroom,
  Paid, Date, Payment Type UPI, Description, Balance due; no reference); an Agra hotel group's payment on Axis
  Bank's neo for corporates, "Sent to beneficiary bank" (its stages across the page, a notice; Amount and
  Mode, Beneficiary and Value date in tiles; Payment reference and UTR copyable); a Dehradun school's bursar's
  plain-text mail ("We have today remitted Rs. x by NEFT ..."; Payee, Invoice, Amount, Mode, UTR in a table of
  dashes and bars; no day). All new here.
* ``export_wires``: Emirates NBD's ENBD X transfer successful in dirhams (a tile's tick, the sum, "to
  <beneficiary>"; a folding Transfer details: Reference number, Value date, Transfer type, Charges, Purpose);
  HSBC UK's international payment sent in pounds ("Today, <hour>"; Payee, Payee's bank, Your reference, HSBC
  reference, Payment type as label and value on a line; no day); BNP Paribas' virement international émis in
  euros the French way (a capsule, Virement émis / Transfer sent; French and English labels in a table ruled
  on every side: Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution / Execution date, Référence de
  l'opération / Reference, Frais / Charges, BIC du bénéficiaire); UBS's printed Payment confirmation in Swiss
  francs (the remitter's address; Order number, Execution date with dots, Debit account, Beneficiary,
  Beneficiary's bank, Amount, Charges, Status Executed on hairline rows); the National Bank of Kuwait's
  transfer rejected in Kuwaiti dinars on a tinted band (the reason in a notice; Beneficiary, Amount, Date,
  Reference, Charges at the left and the right); Chase's international wire in progress in US dollars (a
  capsule, its stages left to right, a notice; Recipient, Amount, Send on month first in words, Recipient's
  bank, SWIFT/BIC, Wire transfer ID as label and value on a line); Maybank2u's share card in ringgit (a large
  tick, Successful, the sum, Foreign Telegraphic Transfer, "to <beneficiary>", "on <day>"; no reference); MUFG
  Bank's OUTWARD REMITTANCE ADVICE in yen printed in its fixed-width face (REMITTANCE DATE year first with
  slashes, REFERENCE NO., ORDERING CUSTOMER, BENEFICIARY, BENEFICIARY BANK, AMOUNT, CHARGES, STATUS). All new
  here.
* ``own_receipts``: Zari Mahal's TAX INVOICE made in Swipe under a zardozi panel, its Urdu name and a zari
  border (Invoice #, Invoice Date; Place of Supply, Due Date two to a row; Bill To; # | Item | HSN | Qty |
  Rate | Amount in a table ruled on every side with CGST 2.5% and SGST 2.5%; Total; "Amount Received ... via
  UPI | UTR ..."; Balance); the web shop's Shopify order confirmation mail ("Thank you for your purchase!",
  ORDER #; the order's lines on hairline rows, Subtotal, Shipping, Total; Payment status, Payment method,
  Placed on as label and value on a line); Razorpay's payment page failed for the web shop under a scalloped
  badge (the reason in a notice; Payment ID and Order ID, Amount and Method two to a row; Attempted on); the
  Taj Mahotsav stall's CASH MEMO under the showroom's Urdu name (No. left blank; Name written in; Item | Qty |
  Rs. written in its columns, Total; "Cash received" in the hand; the stall's red PAID dater stamp with the
  day; no reference); the showroom's BRIDAL ORDER FORM, sitaras spilled in its margins (Order No. and Mobile
  in boxes filled in by hand; Date, Customer, Khaka No., Colour, Estimate written in; "Advance Rs. x by
  PhonePe, UTR ..." and "Balance Rs. y on delivery" in the hand); CCAvenue's payment awaited for the web shop
  (a capsule, a notice; Order No., Tracking ID, Amount, Payment Mode, Date, Status two to a row; Bank); the
  firm's PAYMENT RECEIPT from Zoho Books (Payment Date, Reference Number, Payment Mode, Amount Received In
  Words; Amount Received on a tinted band; Received From; Invoice Number | Invoice Date | Invoice Amount |
  Payment Amount in a table ruled on every side); the showroom's message to a buyer in its WhatsApp Business
  app under a "Today" divider ("We have received Rs. x by UPI (Ref ...)", signed "- Zari Mahal, Kutubkhana";
  no day). All new here.
* ``supplier_invoices``: a Surat zari maker's TAX INVOICE (Invoice No. beside its earlier Invoice Date, Buyer
  beside E-Way Bill No.; kasab, tilla and kora dabka by the kilogram in a table ruled on every side with IGST
  5%; Total) with the accountant's yellow sticky note pressed on it ("Paid by RTGS" or NEFT, "UTR ...", "dt.
  <day>" and her initials in pen); a Kinari Bazaar sitara house's rough bill under its Urdu name, photographed
  lying on the adda (No. left blank; Date written in; sitara, salma, nakshi, moti and katdana by weight in its
  columns, Total; "Cash recd." in the hand; no reference); Udaan's order with the payment pending under an
  hourglass tile (Sold by, a notice; a folding Payment details: Order ID, Amount, Payment mode, UPI Ref,
  Initiated on as label and value on a line); Amazon Business's payment failed for aari needles and adda
  clamps on a tinted band (the reason in a notice; Sold by, Items, Order number, Order total, Payment method,
  Attempted on in a table whose labels are shaded); the Professional Couriers' BOOKING RECEIPT on a torn roll
  (its consignment's barcode and number; CN NO, BOOKING DT, ORIGIN, DEST, PCS / WT, FREIGHT, FSC, GST 18%,
  TOTAL, PAID BY UPI, UPI TXN ID); a Bareilly carton maker's BILL from its book (No. printed; Date and M/s.
  written in; the gift boxes and cartons in its columns, Total; "Recd. by GPay, UTR ..." in the hand); the
  khaka maker's Paytm for Business on his phone (the maker under the app, Payment received, the sum, "from
  <the firm>", "Just now"; UPI Ref No., Settlement; no day); a Varanasi brocade house's TAX INVOICE (Invoice
  No., Date, Buyer on a line; the silk, georgette, velvet and brocade by the metre on hairline rows with CGST
  2.5% and SGST 2.5%; Total; an oval PAID stamp; "Payment received by NEFT, UTR ..., on <day>."). All new
  here.
* ``vendor_transfers``: PNB ONE's IMPS Transaction Successful (a tile's tick, the sum, "to <payee>"; a folding
  Transaction details: IMPS Ref No., Date & Time, From A/c, To A/c, Remarks as label and value on a line);
  SBI's YONO Business enquiry of a NEFT under process (a capsule, a notice; Beneficiary, Amount, Reference
  No., Initiated on, Status as value over label); Bank of Baroda's bob World RTGS completed (its stages top to
  bottom: Request submitted, Amount debited, Sent to RBI with its UTR, Credited to beneficiary; Beneficiary,
  Amount, Date at the left and the right); Uttar Pradesh Gramin Bank's passbook page printed by its passbook
  printer under its Hindi name (DATE | PARTICULARS | CHQ NO | WITHDRAWAL | DEPOSIT | BALANCE in fixed-width
  columns, the payment's "TO NEFT/<PAYEE>" line ticked in pen; no reference); HDFC Bank NetBanking's IMPS
  Transaction Unsuccessful on a tinted band (the reason in a notice; a table ruled on every side: Beneficiary
  with its IFSC, Amount, Reference Number, Transaction Date, Debit Account); AU 0101's NEFT successful (the
  sum, "to <payee>"; UTR and Date, Beneficiary account and Purpose in tiles two to a row); UCO mBanking Plus's
  UPI payment to the adda's carpenter (a large tick, "Today, <hour>"; UPI Ref No., Paid to, UPI ID, From each
  label small over its value; no day); Punjab National Bank's NEFT CUSTOMER ADVICE printed in its printer's
  face under its Hindi name (BRANCH, SENDER A/C, BENEFICIARY NAME, BENEFICIARY A/C, IFSC, AMOUNT, UTR NO.,
  TRANSACTION DATE, STATUS SETTLED; the branch's rectangular stamp). All new here.
* ``worker_pay``: the karkhana's WEEKLY WAGE SHEET under its Urdu name (Sheet No. beside Adda No. printed;
  Name written in; the week's days in boxes, a tick for a day at the adda, A for a day away, a dash for the
  Friday; Rate per day and Days, Total and Paid on written in; "Paid in cash" in the hand); greytHR's payslip
  for the showroom's accountant (Employee No., Name, Designation, PAN, Bank, Days paid two to a row; Earnings
  | Amount | Deductions | Amount in a table ruled on every side; Net Pay in a box; "Paid on <day> by NEFT, UTR
  ..."); Airtel Thanks' UPI payment failed to a karigar on a tinted band (the reason in a notice; Transaction
  ID, UPI Ref No., Date & Time, Paid from at the left and the right); Fi's UPI payment to a karigar ("Today,
  <hour>"; UPI Ref and From side by side; no day); a sitara worker's own RECEIPT of her advance written by
  hand on a sheet punched for a file ("I, <name>, ... have received Rs. x/- ... in cash from ... as peshgi
  (advance) ..."; Date written; her inked thumb in its box and her name under it; no reference); the
  karkhana's EIDI VOUCHER under a zardozi panel, its Urdu heading and a zari border in the days before Eid
  ul-Fitr (Voucher No., Date; Paid to, Amount; Mode, UPI Ref two to a row; Eid Mubarak in Urdu; the receiver's
  signature); slice's UPI payment processing (a notice; the payment's stages top to bottom; UPI Ref No.,
  Started at at the left and the right); POP's UPI payment successful with a POPcoins reward card (its coins
  and their worth; UPI Transaction ID, Date, Paid from as label and value on a line). All new here.
* ``govt_fees``: Nagar Nigam Bareilly's online HOUSE TAX RECEIPT under its Hindi and Urdu names (Receipt No.,
  Date, House No., Ward, Owner, Financial Year two to a row; Amount Paid as a total; "Paid online through Net
  Banking (PNB), Transaction ID ..."); the GST portal's Form GST PMT-06 Payment Receipt printed through a
  browser (the print's day and hour and its title at the head, the address and 1/1 at the foot; GSTIN, Name
  (Legal), CPIN, Deposit Date, Deposit Time, E-Payment Mode, Bank, CIN, BRN on hairline rows; Head | Tax |
  Interest | Penalty | Fee | Total in a table ruled on every side with its Total Amount); EPFO's ECR challan
  payment pending at the bank (a capsule, a notice; Establishment ID, Wage Month, TRRN, Total Amount, Payment
  Mode, Initiated on in dot leaders); Passport Seva's payment failed on a tinted band (the Ministry of
  External Affairs under the portal, the reason in a notice; ARN, Payment Reference No., Amount, Payment Mode,
  Date at the left and the right); the Taj Mahotsav Samiti's STALL RENT RECEIPT from its book under its Hindi
  name, its counterfoil beside it across a perforation (No. left blank, Date, Stall, Recd. from, Towards and
  the sum written on both; "in cash"; an oval stamp; no reference); the Labour Department's shop registration
  renewal in the Nivesh Mitra app ("Today, <hour>"; the Department under the app, a tile's tick, Fee paid, the
  sum; Application No., Transaction ID, Paid via; no day); the Income Tax Department's Challan Receipt (ITNS
  280) for advance tax (PAN, Name, Financial Year, Major Head, Minor Head, Amount (in Rs.), CIN, Mode of
  Payment, Bank Reference Number, Date of Deposit, BSR code, Challan No. against a gutter; Head | Tax |
  Surcharge | Interest | Total in a table ruled on every side); the Legal Metrology Department's e-Receipt for
  the verification of the showroom's scales under its Hindi name (Receipt No., Instrument, Fee, GRN, Bank Ref
  No., Payment Date, Mode as value over label). All new here.
* ``insurer_receipts``: The New India Assurance Company's PREMIUM RECEIPT for the karkhana's fire and burglary
  policy (a striped table: Receipt No., Receipt Date, Policy No., Product, Insured, Sum Insured, Premium, GST
  18%, Total Premium; "Received with thanks ... by NEFT, UTR ..."); LIC's premium paid acknowledgement mail
  for the proprietor's policy (its sentence; Policy No., Plan; Premium, Late Fee; Total Amount, Mode;
  Transaction No., Date of Payment two to a row); HDFC ERGO's health renewal with the payment under process
  (the sum, "to <insurer>", a notice; a folding Payment details: Proposal No., Transaction ID, UPI Ref No.,
  Initiated on as label and value on a line); ICICI Lombard's mail of the showroom's policy ready (its
  sentence; Policy No., Product, Period on a tinted card; Transaction ID, Amount paid, Payment date, Payment
  mode at the left and the right); Bajaj Allianz's app with the karkhana's van policy renewed ("Today,
  <hour>"; the insurer under the app, a scalloped badge; UPI Ref No. and Vehicle side by side; no day); Star
  Health's renewal payment failed on a tinted band (the reason in a notice; Policy No., Premium, Payment ID,
  Mode, Attempted on in dot leaders); Oriental Insurance's MARINE CARGO DECLARATION AND PREMIUM RECEIPT typed
  for a shipment to Dubai (DECLARATION NO., DATE, OPEN POLICY, AWB NO., GOODS, SUM INSURED, PREMIUM, GST 18%,
  TOTAL; "PREMIUM RECEIVED BY NEFT, UTR ..."); Digit's app with the showroom's policy active ("<sum> paid on
  <day>", Paid by UPI; the policy's tiles; no reference). All new here.
* ``card_slips``: Punjab National Bank's slip at Zari Mahal (DATE and TIME on a line, MID, TID, BATCH and ROC
  NO on a line, CARD NUM, CARD TYPE, EXP DATE, APPR CODE, RRN, AMOUNT; APPROVED, MERCHANT COPY); Pine Labs'
  Plutus print at the Taj Mahotsav stall in the Mahotsav's days with the host's answer awaited (DATE/TIME,
  TID, BATCH, INV, CARD, AMOUNT; TRANSACTION PENDING, HOST RESPONSE AWAITED, DO NOT RETRY. VERIFY WITH BANK);
  HDFC Bank's slip at a Karol Bagh hotel with a tip (DATE, TIME, TID, INVOICE NO, CARD, AUTH CODE, RRN, BASE
  AMOUNT, TIP, TOTAL; APPROVED, SIGNATURE VERIFIED); Axis Bank's contactless slip at a Surat restaurant
  (CONTACTLESS SALE, DATE & TIME, TID, CARD, APPR, RRN, TXN AMT; PIN NOT REQUIRED, APPROVED); Canara Bank's
  slip at a fuel station DECLINED (55 INCORRECT PIN); Paytm for Business on the showroom's phone with its card
  soundbox's payment (the showroom under the app, a large tick, Card payment received, the sum, the card, the
  day and hour, the soundbox's announcement; no reference); Mswipe's merchant app with a sale approved
  ("Yesterday, <hour>"; Auth code, RRN, Invoice as label and value on a line; no day); a Bareilly kabab
  house's printed bill settled by card (Bill No., Date, Table, the dishes, Sub Total, CGST 2.5%, SGST 2.5%,
  Grand Total, "Settled: Card (<card>)", PAID). All new here.
* ``utility_bills``: Madhyanchal Vidyut Vitran Nigam's online PAYMENT RECEIPT under its Hindi name (Receipt
  No., Payment Date; Account No., Bill Month; Consumer, Amount Paid; Transaction ID, Payment Mode two to a row
  in a table ruled on every side); MyJio's JioFiber bill paid (tabs; the sum, "for JioFiber"; Transaction ID,
  Paid on, Payment mode as label and value on a line); BSNL's self-care portal with the Bharat Fibre bill's
  payment failed on a tinted band (the reason in a notice; Account No., Bill Amount, Order ID, Payment
  Gateway, Date in dot leaders); the Jal Kal Vibhag's WATER TAX RECEIPT from its book under its Hindi name
  (No. left blank; Connection No. in boxes filled in by hand; Date, Name, Period written in; Rs. in a box;
  "Received in cash" in the hand; an oval stamp; no reference); HelloBPCL's Bharatgas refill booked and paid
  (a tile's tick, "to Bharatgas"; Booking Ref No., Distributor, Consumer No., Transaction ID, Paid via, Paid
  on in a striped table); Airtel Thanks' Airtel Digital TV recharge pending (a capsule, the sum, "for Airtel
  Digital TV", a notice; Customer ID, Order ID, Payment mode, Initiated on at the left and the right); bob
  FASTag's recharge ("Today, <hour>"; the tag's bank under the app; Vehicle No., Tag ID, Transaction ID, Paid
  via as value over label; no day); Airtel Xstream Fiber's mail of the bill paid (its sentence; Account No.,
  Bill period, Transaction ID, Payment date, Payment mode on hairline rows). All new here.
* ``bank_alerts``: SMS in State Bank of India's ("Dear Customer, your A/c X1234 has been debited by Rs x on
  <ddMonyy> transfer to <PAYEE> Ref No ... -SBI"), Axis Bank's ("IMPS of INR x to <PAYEE> from A/c no. XX1234
  on <dd-mm-yy> has FAILED. Ref ... Amount if debited will be reversed. -Axis Bank") and Uttar Pradesh Gramin
  Bank's ("A/c XX1234 debited Rs.x on <dd/mm/yyyy> by UPI to <PAYEE>. UPI Ref: ... -UPGB") wordings; Bank of
  Baroda's SMS in Hindi on a keypad phone's screen (its sender and hour; "प्रिय ग्राहक, आपके खाते XX1234 से
  <PAYEE> को RTGS द्वारा रु.x का भुगतान दिनांक <dd/mm/yyyy> को प्रक्रिया में है। UTR ...। कृपया दोबारा न
  भेजें। -बैंक ऑफ़ बड़ौदा"; the soft keys' Options and Back); Punjab National Bank's alert on a phone's lock
  screen under the hour (PNB ONE and "now", "Rs.x debited from your A/c XX1234 by UPI to <PAYEE>. UPI Ref
  ..."; another app's notification under it; no day); ICICI Bank's mail ("Your ICICI Bank Account XX1234 has
  been debited with INR x on <dd-Mon-yy> towards IMPS to <PAYEE>. IMPS Ref. No. ..."); UCO Bank's SMS in a
  notification shade pulled down over the quick settings ("Rs.x debited from A/c XX1234 on <dd-mm-yyyy> for
  NEFT to <PAYEE>. Avl Bal Rs.y -UCO Bank"; no reference); HDFC Bank's message on WhatsApp Banking under its
  day divider ("Your a/c XX1234 is debited for Rs.x on <dd-mm-yy> towards UPI/<PAYEE>. UPI Ref ..."). All new
  here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Nastaliq Urdu (regular and bold,
fonts-noto-core) for the Urdu lines, Noto Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines
and the Hindi SMS, an italic or oblique for the hand (``heldout295_families.PENS``) and a fixed-width face of
the page's own (``heldout295_families.TYPES``). The Taj Mahotsav stall's cash memo and card slip are drawn in
the Mahotsav's days (18 to 27 February 2026), the Samiti's stall rent in the weeks before them, the eidi in
the ten days before Eid ul-Fitr (20 March 2026) and Chase's page on a day after the 12th; the other days
anywhere in 2026. GST is 5% on the zardozi, the cloth and the kabab house's bill (CGST 2.5% and SGST 2.5%,
IGST 5% on the Surat zari from Gujarat) and 18% on the courier and the premiums.

Truth conventions (heldout293's, heldout292's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*):
  PhonePe's payee beside the sum under "Paid to" (never its UPI ID), under Paytm's "to", WhatsApp Pay's "Paid
  to <payee>" on its card (the chat's name on top the same), after "to" on CRED and Navi, under Amazon Pay's
  "Paid to", BHIM's Paid to; the showroom, the firm, the proprietor's account as a bank's field cuts it (MOHD
  NAFEES ANSARI PROP NA) or the showroom with its town (ZARI MAHAL BAREILLY); never the app, the payer, a UPI
  ID or "from <buyer>". *settled* (heldout268 to heldout293): a receiving business's own app pays the business
  named under the app, here the showroom under PhonePe Business, Paytm for Business and Mswipe and the khaka
  maker under his Paytm for Business. *settled* (heldout167 to heldout293): a payer's advice pays the one it
  pays, never the payer on top or a salutation; here QuickBooks' Payee (never the couturier on top), ICICI
  CIB's Beneficiary Name (never ICICI Bank or the fashion house in its sentence), Cashfree's Beneficiary
  (never Cashfree or the studio), the firm after the Corporation's "To, The Proprietor," (*settled* heldout281
  and heldout285; never the Corporation or its Hindi name), Tally's "Account:" (never the bridal house on
  top), Vyapar's Party (never Vyapar or the boutique under the app, *settled* heldout270 and heldout281),
  neo's Beneficiary (never Axis Bank or the hotel group), the Payee in the school's mail's table (never the
  school or "Dear Mr. Ansari"). *settled* (heldout155 to heldout293): an inward wire pays the firm, here the
  name after "to" on Emirates NBD and Maybank, HSBC's Payee, BNP's Bénéficiaire / Beneficiary, UBS's, NBK's
  and MUFG's Beneficiary, Chase's Recipient, never the remitter, its ORDERING CUSTOMER, its "Your reference"
  or the bank on top. *settled* (heldout175 to heldout293): the firm's own paper pays its showroom or itself
  on top, here ZARI MAHAL on its Swipe invoice (never its Urdu line or the firm it is a unit of), Zari Mahal
  on top of its Shopify mail, the showroom on top of Razorpay's page (never Razorpay), on its Mahotsav memo
  (never the stall's line), on its order form, the showroom named on CCAvenue's page (never CCAvenue), the
  firm on its Zoho Books receipt (never Received From), the showroom signing its WhatsApp Business message ("-
  Zari Mahal, Kutubkhana": the name before its place); *settled* (new here) never the customer named on top of
  a chat in the showroom's own WhatsApp Business app, because a chat's top names the other party, which in the
  business's own app is the customer it writes to. A name in Urdu or Hindi beside its English: the English
  line, never the Urdu or the Hindi (*settled*, as heldout291's Hindi and Urdu and heldout293's Odia).
  *settled* (heldout187 to heldout293): a supplier's name on top of its own paper, here SHREE KASAB ZARI
  INDUSTRIES (never its Buyer), HAJI ABDUL SATTAR & SONS under its Urdu name, the seller under Udaan's Sold by
  and after Amazon Business's Sold by (never the marketplace), THE PROFESSIONAL COURIERS on top of its roll
  (never its franchisee's line), BAREILLY CARTON UDYOG (never its M/s.), BANARAS BROCADE HOUSE (never its
  Buyer). *settled* (heldout179 to heldout293): a banking page pays the payee, here after "to" on PNB ONE and
  AU 0101, YONO Business', bob World's and HDFC NetBanking's Beneficiary (never its IFSC in brackets), UCO's
  Paid to (never its UPI ID), PNB's BENEFICIARY NAME (never its SENDER A/C), the passbook's ticked line's name
  after "TO NEFT/", cut where the passbook cuts it (as heldout292's statement's "IMPS/P2A/<ref>/<PAYEE>").
  *settled* (heldout150 to heldout293): a pay slip pays the worker, here the Name written on the wage sheet
  (never the karkhana on top or its Urdu name), greytHR's Name, after "to" on Airtel Thanks, slice and POP,
  under Fi's "to", the eidi voucher's Paid to; *settled* (heldout284) a payee's own paper pays its writer,
  here the sitara worker whose name stands under her thumb's box on her receipt (never the firm she received
  it from). *settled* (heldout153 to heldout293): a fee page pays the authority as printed, here Nagar Nigam
  Bareilly under its Hindi and Urdu names (never its Owner), Goods and Services Tax on top of the PMT-06
  (*settled* heldout141 to heldout147), the Employees' Provident Fund Organisation (EPFO where so printed),
  the Ministry of External Affairs under Passport Seva (never the portal, as heldout293's Transport Department
  under VAHAN), TAJ MAHOTSAV SAMITI, AGRA under its Hindi name (never Recd. from), the Labour Department under
  Nivesh Mitra's bar (never the app, as heldout293's Labour & ESI Department under Odisha One), the Income Tax
  Department, the Legal Metrology Department under its Hindi name. *settled* (heldout199 to heldout293): an
  insurer's receipt pays the insurer on top (full or short as printed) or after "to" on an app, never Received
  from, the Insured or a salutation; here HDFC ERGO after "to", Bajaj Allianz and Digit named under their
  apps' bars. A slip's counter name line as printed (ZARI MAHAL, the stall's line, the hotel, the restaurant,
  the fuel station), never *settled* the terminal's brand over it (PUNJAB NATIONAL BANK, Pine Labs, HDFC BANK,
  AXIS BANK, CANARA BANK); the showroom under Paytm for Business and Mswipe; the kabab house on top of its
  bill. A utility's biller: MVVNL on top under its Hindi name, after "for" on MyJio and Airtel Thanks
  (JioFiber; Airtel Digital TV, never Airtel Thanks), BSNL on top, the Jal Kal Vibhag's English line under its
  Hindi, after "to" on HelloBPCL (Bharatgas, never its Distributor), the tag's bank under bob FASTag's bar,
  Airtel Xstream Fiber on top of its mail. An SMS, mail, notification or chat alert's payee as the bank sends
  it (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines where
  it wraps): SBI's "transfer to <PAYEE> Ref No", Axis' "to <PAYEE> from", UPGB's "by UPI to <PAYEE>.", the
  Hindi SMS' "<PAYEE> को" (*settled* heldout291 and heldout292), PNB's "by UPI to <PAYEE>.", ICICI's "towards
  IMPS to <PAYEE>.", UCO's "for NEFT to <PAYEE>.", HDFC's "towards UPI/<PAYEE>." (the name after the slash);
  *settled* (new here) a bank's SMS shown on a keypad phone's screen is that SMS, its sender and hour at the
  screen's top and the phone's soft keys, body and keys no part of it, because the phone shows the bank's
  message as the bank sent it, as heldout293's watch shows the phone's notification of the bank's message.

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), WhatsApp Pay's on its
  card. *settled* (heldout152 to heldout293): a payer's advice counts its net sum, here QuickBooks' Amount
  paid (its Total the same; never a bill's Original amount or Open balance), ICICI CIB's Transaction Amount
  (INR), Cashfree's Amount, the Corporation's Net amount remitted (never its Gross amount, a bill's Amount or
  the Less TDS u/s 194Q @ 0.1%), Tally's total (its Account's line the same; never an Agst Ref's sum),
  Vyapar's Paid (never its Balance due), neo's Amount, the Rs. x in the school's sentence (its table's Amount
  the same). *settled* (heldout155 to heldout293): an inward wire's foreign sum, here dirhams (AED before or
  after the sum, *settled* heldout214), pounds (the pound's sign or GBP), euros the French way (1 820,92 EUR
  or 1 820,92 € is 1820.92, *settled* heldout244), Swiss francs with an apostrophe between the thousands (CHF
  11'660.32 is 11660.32, *settled* heldout260 and heldout269), Kuwaiti dinars with three places (KD 696.500 or
  KWD 696.500 is 696.50, *settled* heldout226), US dollars ($ or USD), ringgit (RM or MYR, *settled*
  heldout216), yen whole (¥1,309,000 or JPY 1,309,000 is 1309000, *settled* heldout202 and heldout255).
  *settled* (heldout175 to heldout293): a receipt counts the sum received, here Swipe's Total (its Amount
  Received the same; never CGST 2.5% or SGST 2.5%), Shopify's Total (never Subtotal or Shipping), Razorpay's
  Amount, the memo's Total written in (never a piece's sum), the order form's Advance (never its Estimate or
  its Balance on delivery, *settled* heldout289, heldout290 and heldout293: only the advance changed hands
  that day), CCAvenue's Amount, Zoho Books' Amount Received (its words the same; never an Invoice Amount), the
  Rs. x in the showroom's message. A whole sum closed with /- is that sum in whole rupees (heldout259).
  *settled* (heldout187 to heldout293): a supplier's paper counts the sum paid, here the zari maker's Total
  (never IGST 5%), the rough bill's Total written in (never a line's sum), Udaan's Amount, Amazon Business's
  Order total, the courier's TOTAL (never FREIGHT, FSC or GST 18%), the carton maker's Total written in, the
  khaka maker's sum large, the brocade house's Total (never CGST 2.5% or SGST 2.5%). A banking page's sum; the
  passbook's WITHDRAWAL on its ticked line (never a BALANCE, a DEPOSIT or the SMS CHGS). *settled* (heldout167
  to heldout293): a pay slip's net sum, here the wage sheet's Total written in (never its Rate per day or its
  Days), greytHR's Net Pay (never an earning, a deduction or Total Earnings), the sums on Airtel Thanks, Fi,
  slice and POP (never POP's POPcoins or their worth, a reward card's, *settled* heldout113), the Rs. x/- in
  the sitara worker's receipt (its words the same), the eidi voucher's Amount. A fee page's Amount Paid, the
  PMT-06's Total Amount (never a head's Tax), EPFO's Total Amount, Passport Seva's Amount, the Rs. written on
  the stall receipt, the sum large, Amount (in Rs.), Fee. An insurer's premium with its GST (*settled*), here
  The New India's Total Premium (never Premium, GST 18% or Sum Insured), LIC's Total Amount (never a Late
  Fee), the sums on HDFC ERGO and Bajaj Allianz, ICICI Lombard's Amount paid, Star Health's Premium,
  Oriental's TOTAL (never PREMIUM, GST 18% or SUM INSURED), the sum in Digit's "<sum> paid on <day>". A slip's
  AMOUNT, TXN AMT, the sums large on Paytm for Business and Mswipe (the soundbox's words the same); a slip
  with a tip counts its TOTAL, never its BASE AMOUNT or TIP (*settled* heldout262 and heldout263); the kabab
  bill's Grand Total (never Sub Total, CGST 2.5% or SGST 2.5%). A utility's Amount Paid, the sums large,
  BSNL's Bill Amount, the water receipt's Rs. in a box, the sum in Airtel Xstream's sentence. An alert's sum
  debited as worded (grouped the Indian or the English way or not at all), never an Avl Bal. Currency INR but
  on the wires.

* status: as printed. PhonePe's Transaction Successful, Paytm's Paid Successfully, WhatsApp Pay's Completed,
  Amazon Pay's Payment successful, PhonePe Business' Payment received, BHIM's Transaction Successful
  successes; Navi's Payment pending pending; CRED's payment failed failed. A payer's own record of the payment
  made (*settled*, as heldout287's Tally voucher): QuickBooks' BILL PAYMENT, Tally's Payment Voucher with its
  e-Fund Transfer and UTR, Vyapar's Payment-Out (as heldout292's Khatabook "You gave"); ICICI CIB's "has made
  the following payment to your account", the Corporation's "We have remitted", the school's "We have today
  remitted" successes; neo's "Sent to beneficiary bank" with its notice pending; Cashfree's FAILED failed. A
  wire's Transfer successful, Payment sent, Virement émis / Transfer sent, Status Executed, Successful, STATUS
  REMITTED successes; Chase's In progress with its stages pending; NBK's Transfer rejected failed. A receipt's
  "Amount Received ... via UPI" (its Balance nil), Shopify's Payment status Paid, "Cash received" under the
  stall's PAID dater stamp, the order form's "Advance ... by PhonePe", Zoho Books' receipt with its Payment
  Mode, the message's "We have received" successes; CCAvenue's Payment awaited pending; Razorpay's Payment
  Failed failed. A supplier's "Paid by RTGS" on the sticky note (a payer's own record of the payment on the
  bill, as heldout275's sticky note), "Cash recd.", the courier's PAID BY UPI, "Recd. by GPay", the khaka
  maker's Payment received, "Payment received by NEFT" under the brocade house's PAID stamp successes; Udaan's
  Payment pending pending; Amazon Business's Payment failed failed. A banking page's Transaction Successful,
  RTGS completed with every stage done, the passbook's ticked debit line (*settled*: a printed debit entry a
  success), NEFT successful, UCO's Payment successful, the advice's STATUS SETTLED successes; YONO Business'
  Under process pending; HDFC NetBanking's Transaction Unsuccessful failed. A pay slip's "Paid in cash",
  greytHR's "Paid on <day> by NEFT", Fi's Paid, "have received Rs. x ... in cash", the eidi voucher (a payer's
  own record with its UPI Ref), POP's Payment successful successes; slice's Payment processing pending; Airtel
  Thanks' Payment failed failed. A fee page's "Paid online through Net Banking" with its Receipt No., the
  PMT-06's Payment Receipt, the stall receipt's "in cash", Nivesh Mitra's Fee paid, the Challan Receipt, the
  e-Receipt (receipts with their bank's reference, as heldout288's Legal Metrology e-Receipt) successes;
  EPFO's Pending at bank pending; Passport Seva's Payment Failed failed. An insurer's "Received with thanks",
  LIC's "We acknowledge with thanks the premium received", ICICI Lombard's "Thank you for your payment ... now
  active", Policy renewed, "PREMIUM RECEIVED BY NEFT", Digit's "Your policy is active" successes; HDFC ERGO's
  Payment under process pending; Star Health's Payment failed failed. A slip's APPROVED, Card payment
  received, Sale approved, the kabab bill's PAID with its "Settled: Card" successes; DECLINED (55 INCORRECT
  PIN) failed; Pine Labs' TRANSACTION PENDING with HOST RESPONSE AWAITED and DO NOT RETRY pending (as
  heldout292's BharatPe TXN PENDING AT HOST). A utility's PAYMENT RECEIPT, Payment successful, "Received in
  cash", Refill booked and paid, Recharge successful, Airtel Xstream's "thank you for your payment" successes;
  Airtel Digital TV's Recharge pending pending; BSNL's Payment Failed failed. *settled*: an SMS, mail,
  notification or chat alert's debit a success whatever its bank's wording (SBI's "has been debited", UPGB's
  "debited", PNB's, ICICI's, UCO's and HDFC's); Bank of Baroda's Hindi "प्रक्रिया में है" (is in process) with
  its "कृपया दोबारा न भेजें" (please do not send again) pending (as heldout292's Union Bank "is under process
  ... Please do not re-initiate."); Axis Bank's "has FAILED ... Amount if debited will be reversed." failed.

* date: the day paid. A UPI screen's day and hour: PhonePe's "<hour> on <day>", Paytm's Date & Time, CRED's
  attempted on in lower case, Amazon Pay's Paid on, Navi's Initiated on, PhonePe Business' day and hour,
  BHIM's Date & Time; WhatsApp Pay's card under its chat's "Today" divider prints no day (*settled*
  heldout286). A payer's QuickBooks Payment date (never a bill's Due date, and *settled* heldout278 never the
  day and hour a browser prints at the top of a printed page, the day it was printed), ICICI CIB's Transaction
  Date, Cashfree's Initiated at, the Corporation's Value date (its Date the same), Tally's Dated in its
  d-Mon-yy (29-Nov-26 is 2026-11-29), Vyapar's Date, neo's Value date; the school's "today" in a mail, its
  hour alone, prints no day (*settled*: never an e-mail's hour). A wire's Value date, Date d'exécution /
  Execution date, UBS's Execution date with dots, NBK's Date, Chase's Send on month first in words (March 14,
  2026, *settled* heldout288), Maybank's "on <day>", MUFG's REMITTANCE DATE year first with slashes
  (2026/10/19, *settled* heldout277); HSBC's "Today, <hour>" prints no day (*settled*). A receipt's Invoice
  Date on Swipe (never its Due Date), Shopify's Placed on, Razorpay's Attempted on, the order form's Date
  written in, CCAvenue's Date, Zoho Books' Payment Date (never an Invoice Date); *settled* (new here) the day
  in the stall's dater stamp on its cash memo, which prints no other day, because the stall sets its dater
  each morning and presses it on the memo as it takes the cash (as heldout270's bank's dater stamp's day is
  the day beside it); the WhatsApp Business message under "Today" prints no day. A supplier's "dt. <day>" on
  the sticky note (never the Invoice Date under it), the rough bill's Date written in, Udaan's Initiated on,
  Amazon Business's Attempted on, the courier's BOOKING DT, the carton bill's Date written in, the day in the
  brocade house's "Payment received ... on <day>" (never its Date, the invoice's, *settled* heldout284's
  Marg); the khaka maker's "Just now" prints no day (*settled* heldout279). A banking page's Date & Time, YONO
  Business' Initiated on, bob World's Date, the passbook's DATE on its ticked line (16/05/26), HDFC's
  Transaction Date, AU 0101's Date, the advice's TRANSACTION DATE; UCO's "Today, <hour>" prints no day. A pay
  slip's Paid on written on the wage sheet (never the days in its boxes), the day in greytHR's "Paid on <day>"
  (never the payslip's month), Airtel Thanks' Date & Time, the Date written on the sitara worker's receipt,
  the eidi voucher's Date, slice's Started at, POP's Date; Fi's "Today, <hour>" prints no day. A fee page's
  Date (never the Financial Year), the PMT-06's Deposit Date (never the browser's print day), EPFO's Initiated
  on (never its Wage Month), Passport Seva's Date, the Date written on the stall receipt (never the Mahotsav's
  days in its Towards), the Date of Deposit (never the Financial Year), Legal Metrology's Payment Date; Nivesh
  Mitra's "Today, <hour>" prints no day. An insurer's Receipt Date, Date of Payment, Initiated on, Payment
  date, Attempted on, Oriental's DATE, the day in Digit's "paid on <day>"; Bajaj Allianz's "Today, <hour>"
  prints no day. A slip's DATE, DATE/TIME, DATE & TIME, the kabab bill's Date, the day and hour on Paytm for
  Business; Mswipe's "Yesterday, <hour>" prints no day (*settled* heldout289's "Yesterday"). A utility's
  Payment Date (never its Bill Month), Paid on, Date, the water receipt's Date written in (never its Period),
  Initiated on, Payment date (never its Bill period); bob FASTag's "Today, <hour>" prints no day. The alerts'
  "on <ddMonyy>" run together (16Jan26 is 2026-01-16, *settled* heldout209's SBI), "on <dd-mm-yy>", "on
  <dd/mm/yyyy>", the Hindi SMS' "दिनांक <dd/mm/yyyy> को" (on <day>, in Latin figures as the bank sends them,
  *settled* heldout292), "on <dd-Mon-yy>", "on <dd-mm-yyyy>"; the lock screen's "now" prints no day (*settled*
  heldout279). All numeric days here are day first (heldout251, heldout259) but MUFG's year first with
  slashes. *settled*: never a Period, a Bill period, a Wage Month, a Bill Month, a Financial Year, a payslip's
  month, an invoice's, a bill's or a due day, a browser's print day, an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's, a portal's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (QuickBooks' NEFT, ICICI CIB's RTGS, Cashfree's IMPS,
  the Corporation's NEFT, Tally's e-Fund Transfer, neo's NEFT, the school's NEFT; Zoho Books' Bank Transfer,
  CCAvenue's Net Banking; the sticky note's RTGS or NEFT, the brocade house's NEFT; the banking pages but
  UCO's UPI; greytHR's NEFT; the house tax's Net Banking, the PMT-06's E-Payment Mode, EPFO's Internet
  Banking, the Income Tax challan's Net Banking, Legal Metrology's Net Banking (e-GRAS); The New India's NEFT,
  Star Health's Net Banking, Oriental's NEFT; the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way
  (*settled*: Emirates NBD's and HSBC's International (SWIFT), BNP's Frais partagés (SHA), UBS' Charges SHA,
  NBK's Charges OUR, Chase's wire to the Recipient's bank, Maybank's Foreign Telegraphic Transfer, MUFG's
  CHARGES OUR). UPI for the UPI screens, PhonePe Business' "from <buyer> (<UPI ID>)"; Vyapar's Payment Type
  UPI; Swipe's "via UPI", Shopify's UPI (Razorpay), the order form's "by PhonePe" (*settled* heldout276), the
  showroom's message's "by UPI"; Udaan's UPI, the courier's PAID BY UPI, the carton maker's "by GPay", the
  khaka maker's UPI Ref No.; UCO's UPI; Airtel Thanks, Fi, the eidi voucher's UPI, slice and POP; Nivesh
  Mitra's UPI; LIC's UPI, HDFC ERGO's and Bajaj Allianz's UPI Ref No., Digit's "Paid by UPI"; MVVNL's,
  MyJio's, HelloBPCL's, Airtel Digital TV's and bob FASTag's UPI; the UPI alerts. Card for Razorpay's
  Mastercard, Amazon Business's credit card, Passport Seva's Credit Card (SBI ePay), ICICI Lombard's Credit
  card, the slips, Paytm's card soundbox, Mswipe and the kabab bill's "Settled: Card", BSNL's Debit Card and
  Airtel Xstream's Credit card. Cash for the memo's "Cash received", the rough bill's "Cash recd.", the wage
  sheet's "Paid in cash", the sitara worker's "in cash", the stall receipt's "in cash" and the water receipt's
  "Received in cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout293): a UPI
  reference / UTR / RRN / IMPS reference (PhonePe's UTR, Paytm's UPI Reference No., WhatsApp Pay's UPI
  transaction ID, CRED's upi ref no, Amazon Pay's UPI transaction ID, Navi's and BHIM's UPI Ref No.;
  QuickBooks' Ref no., ICICI CIB's UTR Number, the Corporation's UTR No., Tally's UTR, neo's UTR, the school's
  UTR; Swipe's UTR, the order form's UTR, Zoho Books' Reference Number, the message's Ref; the sticky note's
  UTR, Udaan's UPI Ref, the courier's UPI TXN ID, the carton maker's UTR, the khaka maker's UPI Ref No., the
  brocade house's UTR; PNB ONE's IMPS Ref No., bob World's UTR, HDFC NetBanking's Reference Number (an IMPS
  reference), AU 0101's UTR, UCO's UPI Ref No., the advice's UTR NO.; greytHR's UTR, Airtel Thanks' UPI Ref
  No., Fi's UPI Ref, the eidi voucher's UPI Ref, slice's UPI Ref No., POP's UPI Transaction ID; The New
  India's UTR, HDFC ERGO's and Bajaj Allianz's UPI Ref No., Oriental's UTR; a slip's RRN; the alerts' Ref No,
  Ref, UPI Ref:, UTR, IMPS Ref. No., UPI Ref), then a bank reference (YONO Business' Reference No., neo's
  Payment reference (under it its UTR), Emirates NBD's Reference number, HSBC reference, BNP's Référence de
  l'opération / Reference, UBS' Order number, NBK's Reference, MUFG's REFERENCE NO., the PMT-06's BRN (above
  its CIN, *settled* heldout262 and heldout274), the Income Tax challan's Bank Reference Number (above its
  CIN), Legal Metrology's Bank Ref No. (above its GRN, as heldout287's e-GRAS)), then a transaction / payment
  id (PhonePe's Transaction ID, the cred txn id, the Amazon Pay reference, Cashfree's Reference ID, Chase's
  Wire transfer ID, Razorpay's Payment ID (as heldout290's), CCAvenue's Tracking ID (as heldout291's), the
  house tax's Transaction ID, the PMT-06's and the challan's CIN (*settled* heldout262), Passport Seva's
  Payment Reference No., Nivesh Mitra's Transaction ID, Legal Metrology's GRN (*settled*, a treasury's GRN),
  LIC's Transaction No., HDFC ERGO's and ICICI Lombard's Transaction ID, Star Health's Payment ID, Airtel
  Thanks' Transaction ID, MVVNL's, MyJio's, HelloBPCL's, bob FASTag's and Airtel Xstream's Transaction ID),
  then an approval code (APPR CODE, AUTH CODE, APPR, Auth code), then an order's number (Cashfree's Transfer
  ID, the studio's own number for its transfer, as heldout271's PayU Merchant Txn ID; Shopify's ORDER #,
  CCAvenue's Order No., Udaan's Order ID, Amazon Business's Order number, HelloBPCL's Booking Ref No.
  (*settled* heldout280's Booking No.), Airtel Digital TV's and BSNL's Order ID), then a document's own number
  (the Corporation's Ref, Tally's voucher No., Swipe's Invoice #, the order form's Order No., the zari maker's
  Invoice No., the carton bill's No., the brocade house's Invoice No., the wage sheet's Sheet No., the eidi
  voucher's Voucher No., the house tax's Receipt No., the PMT-06's CPIN (*settled* heldout278), EPFO's TRRN
  (*settled* heldout161), the challan's Challan No., Legal Metrology's Receipt No., The New India's Receipt
  No., Oriental's DECLARATION NO., MVVNL's Receipt No., a slip's ROC NO / INV / INVOICE NO / INVOICE /
  Invoice, the kabab bill's Bill No.; *settled* (new here) ICICI CIB's Corporate Reference No., because it is
  the remitter's own number for the payment it made, as a payment advice's No. (*settled*) and Odoo's Payment
  Number (heldout281) are). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, a
  SWIFT/BIC code, a BSR code, GSTIN, PAN, an Udyam number, a Policy No., a Proposal No., an OPEN POLICY, an
  ARN (an Application No., *settled* heldout290), an Application No., an Account No. (MVVNL's, BSNL's,
  Airtel's), a Consumer No., a Customer ID, a Connection No., a House No., an Establishment ID, an Employee
  No., a Vehicle No., a Tag ID, a slip's MID / TID / BATCH, a No. left blank, a bill or document named on an
  advice or a receipt (QuickBooks' Bills, Tally's Agst Ref, the Corporation's Bill No., Zoho Books' Invoice
  Number, the school's Invoice), the courier's CN NO and Oriental's AWB NO. (as an AWB, *settled* heldout274),
  an E-Way Bill No., a Khaka No., HSBC's "Your reference", an Adda No."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout295_families import (
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

SPLIT = "heldout295"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout292's and heldout293's: the screens in
# DejaVu Sans, Liberation Sans Narrow, Noto Sans Display, Liberation Sans (liberation) and FreeSans; the
# pages in Liberation Serif (liberation2), Noto Serif Display, DejaVu Sans, FreeSerif, Noto Sans and DejaVu
# Serif Condensed; the firm's, its suppliers' and its people's papers in Noto Serif, DejaVu Serif Condensed,
# Liberation Serif (liberation), FreeSans and Liberation Sans (liberation2); the slips in four monos; beside
# them Noto Nastaliq Urdu (regular and bold, fonts-noto-core) for the Urdu lines, Noto Sans and Noto Serif
# Devanagari (heldout287's) for the Hindi lines and the Hindi SMS, a pen's italic or oblique
# (``heldout295_families.PENS``) and a page's own fixed-width face (``heldout295_families.TYPES``).
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
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


def make_heldout295_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout295 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

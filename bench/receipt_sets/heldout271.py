"""heldout271: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kasuti embroidery and Lambani mirror-work women artisans' producer company's
year of 2026 in Dharwad and Vijayapura districts, Karnataka (Kasuti Kannadi Kushalakarmi Mahila Producer
Company Ltd, a producer company of about six hundred women, its office at Saptapur, Dharwad: the Kasuti
embroiderers of Garag, Mugad, Amminabhavi and Uppin Betageri, who count the gavanti, murgi, negi and menthi
stitches of the gopura, ratha, tulsi katte and elephant motifs into Ilkal saris, dupattas, stoles, kurta yokes
and table runners, and the Lambani embroiderers of the tandas round Tikota, Babaleshwar and Indi, whose unit,
Sevalal Kannadi Kasuti Ghataka at Tikota, sews mirrors, cowries and chain stitch into cushion covers, tote and
potli bags, wall hangings and jackets, both paid by the piece; its training centre at Saptapur, Kasuti Kalike
Kendra, which runs paid weekend workshops and six-week courses; its shop on Koppikar Road, Hubballi, Kasuti
Mane, with the web shop kasutimane.in, a stall at Bengaluru's Chitra Santhe and a corporate gifting desk for
stoles and gift boxes), told by the proofs of payment it receives (buyers' Google Pay, CRED, super.money,
MobiKwik, iMobile Pay and WhatsApp screens, Instamojo's mail for a Kendra workshop, PayU's receipt for the web
shop; GeM's payment status for a Dharwad university, SAP Business Network's remittance advice from a Bengaluru
IT company, Amazon Seller Central's disbursement, Khajane-II's payment status for the rural livelihood
mission, FedNet's advice for a Bengaluru boutique, Tipalti's returned payment, Cauvery's letter, a Goa shop
owner's e-mail; Wise, a Canara Bank MT103 print, DGFT's e-BRC, Skydo, Handelsbanken, a Sparkasse's letter,
HSBC Hong Kong and MUFG Bank for buyers in Asheville, Hamburg, Vancouver, Cheltenham, Uppsala, Freiburg,
Kowloon and Osaka in US dollars, euros, Canadian dollars, pounds, Swedish kronor, Hong Kong dollars and yen;
the Kendra's receipt book, the shop's Vyapar invoice and thermal bill, a corporate order's payment receipt,
the web shop's CCAvenue response, the Kendra's registration mail, the Lambani unit's money receipt and
QuickBooks sales receipt) and those it makes (the Ilkal weavers' sale bill, a Hubballi thread merchant's
invoice, Udaan's order, a stitching centre's job work bill, VRL Logistics' consignment note, Shiprocket's
wallet recharge, a box printer's cash bill, a photographer's Refrens invoice; Karnataka Bank's, Karnataka
Grameena Bank's, Axis Bank's, State Bank's cash deposit machine's, Canara Bank's, HDFC Bank's and Kotak's
pages and a *99# USSD dialog for the auditors, the shop's landlady, the web studio, the Santhe's tent house,
the Lambani unit's solar installer, the guards, the electrician and a goods auto's driver; its embroiderers',
master trainer's, tailor's, shop assistant's, packer's papers and screens; Gram Panchayat Garag's, the
Hubballi-Dharwad Municipal Corporation's, Khajane-II's, EPFO's, the GST portal's, Seva Sindhu's, MCA's and
Vahan's dues; United India's, Tata AIG's, Digit's, HDFC ERGO's, LIC's, Star Health's, Cholamandalam MS's and
Universal Sompo's premiums; cards on the shop's and the Santhe stall's terminals and the company's card at a
Dharwad hotel, a Hubballi pump, a khanavali and a Vijayapura sewing machine dealer; HESCOM's, ACT Fibernet's,
Airtel's, Vi's, HP Gas's, Tata Play's and the water supply's bills; the banks' SMS, e-mails and a passbook
page). One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction
id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout268's or heldout269's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: a table ruled on every side,
each cell boxed, its heading tinted, a cell too long for its box carried on inside it, its total row's label
across every column but the last over a double rule; dot leaders from a label to its value (the value set on
its own line under them where it is too long); "Label : Value" columns; Kannada lines over their English,
Kannada labels beside English ones and Kannada labels alone with a value in Kannada; a receipt book's page
with its counterfoil past a perforation, its printed labels filled in by hand on dotted lines and the sum in a
box; a bank's NEFT application filled in the same way under the branch's rectangular RECEIVED stamp with its
day; a rectangular PAID / RECEIVED / CASH PAID stamp; a hand's lines; a one-rupee revenue stamp signed across;
steps top to bottom with done, now and to-come marks; rounded cards round an app's ids; fixed-width lines in
the page's own printer's or typewriter's face (a SWIFT MT103 print, a dot-matrix invoice, a cash deposit
machine's, India Post's and IPPB's receipts, a branch's advice, a water counter's receipt); a passbook page
whose printed column heads are ruled and whose entries are set by the passbook printer; a USSD dialog.

* ``buyer_upi``: Google Pay's receipt ("To <payee>" on top, the UPI ID, the sum large, Completed and "<day>,
  <hour>", a card: UPI transaction ID, To:, From:, Google transaction ID); CRED's dark summary in lower case
  (payment successful, the sum, "paid to", the payee, "<d mon yyyy> . <hour>", "via CRED UPI"; no reference);
  super.money's payment processing ("paying <payee>", the steps payment started, money debited from your bank,
  waiting for the payee's bank, payment complete; UPI ref ID, super.money ID, paid via, started on);
  MobiKwik's Payment Failed ("to <payee>", Reason, Txn ID, UPI RRN, Paid using; no day); iMobile Pay's
  Transaction Details in a ruled table (Transaction Status, Paid To, Payee VPA, Amount, Bank Reference No.,
  Transaction ID, Transaction Date & Time, Remarks); Instamojo's e-mail for a Kendra workshop in dot leaders
  (Payment ID, Paid to, Purpose, Amount, Payment method, UPI Ref, Date); PayU's Transaction Receipt for the
  web shop in a ruled table (Merchant Name, Transaction Status, Amount, PayU ID, Merchant Txn ID, Bank Ref
  No., Payment Mode (UPI or a credit card), Transaction Date); WhatsApp's payment details (the sum, Completed,
  each label small over its value: To, UPI ID, From, Date, UPI transaction ID). All new here.
* ``buyer_advices``: GeM's seller payment status in a ruled table (Contract No., Buyer Organisation, Seller,
  Invoice No., Bill Amount, Deductions (TDS 1%, GST TDS 2%), Net Amount Paid, Payment Mode, UTR No., Payment
  Date, Payment Status: Payment Made); SAP Business Network's Remittance Advice (To:, "We have made the
  payment below to your bank account.", Payment Number, Payment Date, Payment Method, Payment Reference (UTR),
  a ruled table Invoice # | Invoice Date | Gross | Discount | Net with its Total Remittance Amount (INR));
  Amazon Seller Central's disbursement initiated (Store:, "We have initiated a transfer of <sum> ... should
  reach your account in 3 to 5 business days.", dot leaders: Settlement period, Settlement ID, Disbursement
  initiated on, Amount, Bank account); Khajane-II's beneficiary payment status under its Kannada heading (a
  ruled table: DDO Code, DDO, Bill No., Beneficiary Name, Bank Account, Net Amount (Rs.), Payment Status:
  Credited to beneficiary, UTR Number, Payment Date, Purpose); FedNet's beneficiary payment advice ("Field :
  Value": Transaction Reference, Beneficiary Name, Beneficiary Account, Beneficiary IFSC, Amount (INR),
  Transfer Type, UTR Number, Value Date, Remarks, Status: Processed; the amount in words); Tipalti's returned
  payment (dot leaders: Payee, Payment ID, Amount, Payment method, Reason; no day); Cauvery's letter (No.
  beside the letter's later Date:, To, the Chief Executive Officer, the company, "We have credited the net
  amount of <sum> ... vide UTR <utr> on <day> ...", a ruled table Bill No. | Bill Date | Amount | TDS 1% | Net
  with its Total); a Goa shop owner's own e-mail ("I have transferred <sum> by NEFT on <day> to the account of
  <company> ..."; no reference). All new here.
* ``export_wires``: Wise Business's USD balance page (the sum large after +, "<remitter> sent you money",
  Completed, the steps, dot leaders: Account holder, From, Sent via ACH bank transfer, Reference, Transaction
  ID, Received on); Canara Bank's SWIFT MT103 inward message print in a fixed-width face (Sender, Receiver,
  :20:, :23B:, :32A:<yymmdd>EUR<sum with a decimal comma>, :33B:, :50K: the remitter, :57A:, :59: /<account>
  and the beneficiary across two lines, :70:, :71A:SHA; "Credited to the beneficiary's account."); DGFT's
  e-BRC in a ruled table (e-BRC No., IEC, Exporter name, Bank / AD code, Shipping bill No., Realised value
  (FCY), Currency, Date of realisation, Realised value (INR), Bank realisation No., Remitter, Status:
  Realised); Skydo's page (the pound sum large, "from <remitter>", Settled to your bank account, the steps
  received, converted, credited, dot leaders: Beneficiary, Payment ID, Invoice, Credited (INR), Skydo fee,
  Settled on); Handelsbanken's Kvitto / Receipt (Avsandare / Sender:, the payment as one row of a ruled table
  under Swedish heads and their English: Datum / Date as an ISO day, Mottagare / Beneficiary, Belopp / Amount
  in kronor the Swedish way, Valuta / Currency, Referens / Reference; Avgifter / Charges, Meddelande /
  Message, Status: Genomford / Executed); a Sparkasse's mailbox letter in German (Betreff:, "Ihr
  Auslandsauftrag vom <day> uber <sum the German way> an <beneficiary> konnte nicht ausgefuhrt werden. ...",
  an English gist under it; no reference); HSBC HK's app with a telegraphic transfer Pending (the sum, the
  steps Submitted, Under review, Sent to the payee's bank, Credited, labels at the left and values at the
  right: Payee name, Payee bank, Payment type, From, Reference number, Message; no day); MUFG Bank's
  REMITTANCE RECEIPT (APPLICANT'S COPY) in yen, a ruled table two fields to a row (Remittance No. | Value
  date, Currency / Amount | Charges, Applicant | Method, Beneficiary | Beneficiary bank, Account No. |
  Purpose; Status: Remitted). All new here.
* ``own_receipts``: the Kendra's receipt book page (COUNTERFOIL beside the Kendra's name, No. printed on both,
  RECEIPT, Date, Received with thanks from, the sum of Rupees, towards, by cash / cheque / UPI filled in by
  hand on dotted lines, Name, Rs., For, By on the counterfoil, the sum in a box, the receiver's hand); Kasuti
  Mane's Vyapar Tax Invoice (Invoice No. beside Date:, Bill To:, a ruled table # | Item name | HSN | Qty |
  Price/unit | Amount with its Total, Sub Total, CGST@2.5%, SGST@2.5%, Received, Balance, Payment Mode, UPI
  Ref No., the words); a corporate order's PAYMENT RECEIPT on the company's letterhead (Receipt No. beside
  Date:, dot leaders: Received from, Against, Order, Amount, In words, Mode, UTR No.; Received with thanks., a
  RECEIVED stamp with its day); the shop's thermal bill under its Kannada name (Bill No: beside the day and
  hour, Item | Qty | Amt, Total Qty, NET AMT under a double rule, CASH TENDERED, CHANGE, Paid by: CASH, a
  Kannada thanks); the web shop's CCAvenue response (Payment Failed, a ruled table: Order Status: Failure,
  Order No., Tracking ID, Bank Ref. No. null, Amount, Payment Mode, Bank, Status Message, Transaction Date);
  the Kendra's registration e-mail (the NEFT noted, the seat confirmed once credited; dot leaders:
  Registration No., Course, Fee, Paid by, UTR, Status: Awaiting credit; no day); the Lambani unit's HANA
  SVIKRUTI RASIDI (money receipt) with its labels in Kannada alone (dinanka the day, yarinda from whom, mottha
  (ru.) the sum closed with /-, pavati vidhana the way, written nagadu (cash) in Kannada, yavudakke towards),
  the words, its received line swikarisalagide in Kannada; no number); QuickBooks' SALES RECEIPT (SALES
  RECEIPT # beside DATE, SOLD TO, PAYMENT METHOD, REFERENCE NO., a ruled table PRODUCT/SERVICE | QTY | RATE |
  AMOUNT, IGST @ 5%, TOTAL under a double rule). All new here.
* ``supplier_invoices``: the Ilkal weavers' co-operative's SALE BILL under its Kannada name (Bill No. beside
  the bill's Date:, Buyer:, a ruled table Sl | Particulars | HSN | Qty | Rate | Amount, CGST 2.5%, SGST 2.5%,
  Bill Total under a double rule, dot leaders: Amount received, Mode, UTR, Received on); a Hubballi thread
  merchant's GST INVOICE printed in a fixed-width face (Inv No :, Date :, SN ITEM QTY RATE AMOUNT, TAXABLE,
  CGST 2.5%, SGST 2.5%, ROUND OFF, NET AMOUNT, PAID BY UPI RRN:); Udaan's order with its payment processing
  (the sum, the steps Order placed, Payment started, Confirming with your bank, Order confirmed, Seller, the
  items, Order ID, Payment ID, Paying via, Started on); a stitching centre's JOB WORK BILL (Bill No., To:, the
  jobs in dot leaders, Total, "Received by PhonePe, UTR <ref> - thank you."; no day); VRL Logistics'
  CONSIGNMENT NOTE CUM BOOKING RECEIPT (a ruled table LR No., Booking Date, From / To, Consignor, Consignee,
  Articles, Actual weight, Freight, Hamali, Docket charge, GST 5%, Total; Payment: Paid - UPI, UPI Ref);
  Shiprocket's Recharge failed (a ruled table: Recharge amount, Payment method, Transaction ID, Date, Status);
  a box printer's CASH BILL (Date:, M/s., a ruled table Particulars | Qty | Rate | Amount, GST 18%, Total,
  "Received the above amount in cash with thanks.", a CASH PAID stamp; no number); a photographer's Refrens
  Invoice (Invoice No # beside the Invoice Date, Billed By | Billed To, a ruled table Item | GST Rate | Qty |
  Rate | Amount with its Total (INR), a PAID stamp, Payment Record: Amount paid, Paid on, Method, Reference).
  All new here.
* ``vendor_transfers``: Karnataka Bank's Funds Transfer - Acknowledgement in a ruled table (Transaction
  Reference No, From Account, Beneficiary Name, Beneficiary Account No, Beneficiary IFSC, Amount, Transfer
  Mode, UTR No, Transaction Date & Time, Status, Remarks); Karnataka Grameena Bank's NEFT / RTGS APPLICATION
  with its COUNTERFOIL, filled in by hand (Date, Beneficiary name, Beneficiary A/c No., IFSC, Amount (Rs.),
  NEFT / RTGS, Debit my A/c No., UTR No. (bank's use) left blank) under the branch's RECEIVED stamp (no
  reference); Axis Bank's neo for Business (Transfer Successful, the sum, "to <payee>", a card: IMPS Ref No.,
  Debit A/c, Beneficiary A/c, Date & Time, Remarks); State Bank's CASH DEPOSIT MACHINE receipt in a
  fixed-width face (DATE / TIME, CDM ID, LOCATION, TXN NO, A/C NO, A/C NAME, the notes counted, TOTAL AMOUNT,
  DEPOSITED BY, STATUS : SUCCESSFUL); Canara Bank's RTGS Transaction Failed ("Label : Value": Reference No.,
  Debit Account, Beneficiary, Beneficiary Account, IFSC, Amount, Transaction Type, Initiated On, Reason); HDFC
  Bank NetBanking's Third Party Transfer - Confirmation in a card (From Account, Beneficiary, To Account,
  Amount, Transfer Type, Reference Number, UTR, Transaction Date, Remarks); Kotak's payment advice to the
  beneficiary (a ruled table: Payment Reference, Beneficiary Name, Beneficiary Account, Amount (INR), Payment
  Mode, UTR No., Payment Date, Invoice Details); the *99# USSD dialog ("Transaction Successful.", "Rs x sent
  to", the payee, UPI Ref No:; no day). All new here.
* ``worker_pay``: a PIECE WORK PAYMENT under the company's Kannada name with Kannada labels beside the English
  (Name, Village, Week), a ruled table Design | Given | Accepted | Rate | Amount, Timely delivery bonus,
  Amount paid under a double rule, "Paid by UPI (PhonePe), UTR <ref>" (no day); India Post Payments Bank's
  FUND TRANSFER - RECEIPT in a fixed-width face (Date/Time, Agent, Sender, Benf Name, Benf A/c, Amount,
  Charges, Mode, Txn ID, RRN, Status); the Kendra's RESOURCE PERSON'S HONORARIUM AND TA BILL (a ruled table:
  Name of the resource person, Address, Programme, Programme from; a ruled table Particulars | Amount (Rs.)
  with the honorarium, the bus fare and the Total; "Received Rs. x/- (<words>) in cash.", Date:, her name
  signed across a revenue stamp; no reference); YONO SBI's Transaction Failed ("to <payee>", Transfer type,
  IMPS Ref. No., From, To A/c, Reason, Date); KBL Mobile Plus's UPI Payment Pending (each label small over its
  value: Paid to, UPI ID, UPI Ref. No., From, Initiated on, Remarks); greytHR's payslip (a ruled table of the
  employee's details, a ruled table Earnings | Amount | Deductions | Amount, Net Pay under a double rule, the
  words, Paid on, Payment mode, UTR); Tally's Payment Voucher (No. : beside Dated : <d-Mon-yy>, Particulars |
  Amount, Account :, Through : Cash, On Account of :, Amount (in words) :, the total under a double rule, the
  receiver's hand, Receiver's Signature :); India Post's eMO BOOKING RECEIPT in a fixed-width face (Office,
  Date, eMO No, Payee, Amount, MO Comm, Total Collected, Paid in : CASH, Remitter, Status : BOOKED). All new
  here.
* ``govt_fees``: Gram Panchayat Garag's tax collection print from the bill collector's handheld under its
  Kannada name, in a fixed-width face (PANCHATANTRA 2.0 - TAX COLLECTION, RCPT NO, DATE, PROP. NO, OWNER, the
  heads, TOTAL PAID, MODE : CASH, COLLECTED BY, COLLECTED - THANK YOU); the Hubballi-Dharwad Municipal
  Corporation's trade licence receipt under its Kannada name (a ruled table: Receipt No., Application No.,
  Trade Licence No., Trade Name, Licence Fee, SWM Cess, Total Amount Paid, Payment Mode, Bank Ref No., Payment
  Date, Status; a QR code); Khajane-II's e-Challan payment receipt ("Label : Value": Challan Ref. No. (CRN),
  Remitter, Department, Purpose, Head of Account, Amount (Rs.), Payment Mode, Bank Reference No., Payment
  Date, Challan Status: Paid); EPFO's ECR payment status (a ruled table: TRRN, Establishment ID,
  Establishment, Wage Month, Total Amount, Payment Mode, Status: Payment initiated - awaiting bank
  confirmation; no day); the GST portal's Form GST PMT-06 Payment Receipt ("Label : Value": CPIN, Deposit
  Date, Deposit Time, GSTIN, Name (Legal), Mode of Payment, Bank Name, BRN, CIN; a ruled table Head | Tax
  (Rs.) | Interest | Fee | Total with its Total Challan Amount; Status: Paid); Seva Sindhu's Payment Failed
  for the shop's registration renewal (Department:, dot leaders: Application Ref. No., Service, Establishment,
  Fee, Payment mode, Attempted on, Reason; no reference); MCA21 V3's payment receipt (a ruled table: SRN,
  Company name, CIN, Form, Normal fee, Additional fee, Total amount (Rs.), Mode of payment, Transaction ID,
  Date of payment, Payment status); Vahan's online payment receipt for the goods van ("Label : Value": Receipt
  No., Transaction No., Registration No., Owner, Payment Date, Payment Mode, Bank Ref No.; a ruled table Tax /
  Fee | Period | Amount with its Total; Payment Status: Success). All new here.
* ``insurer_receipts``: United India Insurance's portal with the shop's renewal (Policy issued, the steps
  Proposal submitted, Premium paid, Policy issued, "Label : Value": Proposal No., Policy No., Insured, Premium
  (incl. GST), Payment mode, Bank reference No., Payment date); Tata AIG's e-mail of a marine inland transit
  policy (dot leaders: Policy number, Product, Insured, Premium (incl. GST), Payment mode, Transaction ID,
  Payment date); Digit's app with a van's premium under verification (the insurer under the sum; Plan, Paid
  via, UPI Ref No., Digit payment ID each small over its value; no day); HDFC ERGO's Payment Unsuccessful for
  a group health renewal (a ruled table: Proposal No., Policy, Premium (incl. GST), Payment mode, Transaction
  Reference No., Transaction Date, Reason); LIC's Premium Receipt for the artisans' group term cover (dot
  leaders: Receipt No., Date, Master policy No., Name of the grantee, Plan, Lives covered, Premium received,
  Paid through, Bank ref. No., Next due date); Star Health's PREMIUM ACKNOWLEDGEMENT (dot leaders: Policy No.,
  Proposer, Plan, Period, Premium (incl. GST), Mode of payment, Date of payment; no reference); Cholamandalam
  MS's payment page for the Chitra Santhe stall's cover (a ruled table: Policy No., Product, Insured, Premium
  (incl. GST), Payment ID, Bank Reference No., Payment Mode, Payment Date); Canara Bank's branch advice of a
  premium remitted to Universal Sompo in a fixed-width face (DATE, JOURNAL NO, INSURER, POLICY, PREMIUM, GST
  18%, TOTAL, DEBIT A/C, STATUS : REMITTED TO INSURER). All new here.
* ``card_slips``: Mswipe's slip at the shop with its fields in a colon's column (DATE, TIME, MID, TID, BATCH
  NO, INVOICE NO, SALE, CARD NO, CARD TYPE, AUTH CODE, RRN, BASE AMT, TOTAL AMT); PhonePe POS's slip at the
  Santhe stall (Sale, labels at the left and values at the right: Date, Time, TID, Invoice, Card, Mode,
  Approval, RRN, Amount); State Bank's CHARGE SLIP at a Dharwad hotel with each field on its own line (DATE:,
  TIME:, MID:, TID:, BATCH NUM:, BILL NUM:, CARD NUM:, APPROVAL CODE:, REF NUM:, AMOUNT: RS); a Canara Bank
  terminal's slip at a pump (DATE, TIME, TID, INV, PUMP, NOZZLE, PRODUCT, RATE, VOLUME, CARD, RRN, AMOUNT),
  declined; Ezetap's slip at the shop (Txn Date, Txn Time, Mid, Tid, Batch#, Invoice#, Card#, Card Type, RRN,
  Sale Amount) with no response from the host; ICICI Bank's QUICK PAY - TAP & GO slip at a khanavali (no
  reference); the Mswipe Merchant app's approved card payment ("Today, <hour>"; no day); HDFC Bank's EMI SALE
  slip at a Vijayapura sewing machine dealer (CARD, AUTH CODE, RRN, LOAN AMT, TENURE, INTEREST, EMI AMT, TOTAL
  AMT). All new here.
* ``utility_bills``: HESCOM's online payment receipt under its Kannada name (Kannada labels beside the
  English: Receipt No., Account ID, RR Number, Consumer Name, Bill Month, Amount Paid, Payment Mode,
  Transaction ID, Bank Ref No., Payment Date; Payment Successful); Google Pay's HESCOM bill paid (the biller
  on top, Account ID, the sum, Paid, the day, Powered by Bharat Connect, a card: UPI transaction ID, Bharat
  Connect reference ID, Paid from, Google transaction ID); ACT Fibernet's e-mail ("we have received your
  payment of <sum> for account <n>", dot leaders: Account number, Plan, Amount, Payment mode, Transaction ID,
  Receipt number; no day); CRED's dark payment failed for an Airtel postpaid bill in lower case (mobile
  number, transaction id, paid via, attempted on); Vi's Payment in progress (Mobile number, Payment ID, UPI
  Ref No., Paid using, Date); HP Pay's LPG refill (Payment Successful, the sum, Paid to, Distributor:,
  Cylinder, Booking No., Order ID, Paid with, UPI Ref No., Paid on); Tata Play's recharge SMS; the
  Hubballi-Dharwad water supply counter's receipt in a fixed-width face (RECEIPT NO, DATE, CONSUMER NO, NAME,
  BILL PERIOD, ARREARS, CURRENT DEMAND, AMOUNT PAID, MODE : CASH, PAID - THANK YOU). All new here.
* ``bank_alerts``: SMS in Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234 on
  <dd/mm/yyyy> towards NEFT UTR <utr> to <PAYEE>. Total Avail.Bal INR ..."), Karnataka Bank's ("Your A/c
  XX1234 is debited by Rs.x on <dd-mm-yyyy> for UPI/<ref>/<PAYEE>. Avl Bal ..."), Karnataka Grameena Bank's
  ("UPI txn of Rs x from A/c XX1234 to <PAYEE> on <dd-mm-yy> has failed. Ref <ref>. ...") and Kotak's ("Sent
  Rs.x from Kotak Bank AC X1234 to <vpa>. UPI Ref <ref>. ..."; no payee, no day, its divider Today) wordings;
  HDFC Bank's InstaAlerts e-mail ("Rs.x has been debited from account **1234 to VPA <vpa> <PAYEE> on
  <dd-mm-yy>. Your UPI transaction reference number is <ref>."); the Dharwad District Central Co-operative
  Bank's passbook page (ruled heads Date | Particulars | Chq.No. | Withdrawals | Deposits | Balance, the B/F
  line and the entry "NEFT-<PAYEE>" in the passbook printer's face; no reference); Federal Bank's e-mail of an
  RTGS request sent and its credit awaited (the request and the day in its sentence, dot leaders Debit
  account, Beneficiary, Amount, Request ID); Axis Bank's e-mail (the sum and the day in its sentence, a ruled
  table: Account Number, Amount Debited, Date & Time, Transaction Info IMPS/P2A/<ref>/<PAYEE>, Available
  Balance). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for ruled tables' heads, totals and dot leaders' sums; Noto Sans Kannada
and Noto Serif Kannada (fonts-noto-core) for the Kannada lines and labels, a serif or sans italic for the hand
that fills in a page (``heldout271_families.PENS``) and a fixed-width face of the page's own for its printed
lines (``heldout271_families.TYPES``). The Chitra Santhe stall's slip is drawn on the Santhe's day (4 January
2026), its tent house's cash deposit and its cover in the days before; the other days anywhere in 2026. GST is
5% on the embroidery (HSN 5810, 6214, 6304, 4202, 6211), on the cloth, the threads, the mirrors and the
freight, 18% on other services, boxes, tags and premiums.

Truth conventions (heldout269's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) after Google Pay's "To" on top (its "To:" in the card the same), under CRED's "paid to" (lower case
  around it, the name as printed), after super.money's "paying", after MobiKwik's "to", iMobile Pay's Paid To,
  WhatsApp's To; the registered name cut short where so printed (KASUTI KANNADI KUSHALAKA); a gateway's
  Merchant Name (PayU) and Instamojo's Paid to (the Kendra); never the app, PayU, instamojo, a UPI ID, From or
  a salutation. *settled* (heldout167 to heldout269): a payer's advice pays the one it pays, never the payer
  on top or a salutation; here *settled* (new here) GeM's Seller (never the Buyer Organisation), "To:" on a
  remittance advice, Amazon's "Store: <store> (Amazon Karigar)" (the store; never Amazon), Khajane-II's
  Beneficiary Name (never the DDO), FedNet's Beneficiary Name (never the Remitter), Tipalti's Payee, the line
  under "The Chief Executive Officer," in a letter (never the corporation on top), the account named in a shop
  owner's sentence ("to the account of <company>"). *settled* (new here): a name carried on to the next lines
  of its cell or its sentence is read across them. *settled* (heldout155 to heldout269): an inward wire pays
  the company, here *settled* (new here) Wise's Account holder, the :59: beneficiary read across its two lines
  (never :50K:), an e-BRC's Exporter name, Skydo's Beneficiary, the Mottagare / Beneficiary cell, "an
  <beneficiary>" in the Sparkasse's German sentence, HSBC's Payee name, MUFG's Beneficiary (never the
  Applicant); never the remitter, the bank on top, Wise, Skydo or DGFT. *settled* (heldout175 to heldout269):
  the company's own paper pays the unit or the company on top: *settled* (new here) the Kendra's name beside
  COUNTERFOIL on a receipt book page (never Received with thanks from or the counterfoil's Name), KASUTI MANE
  on the shop's invoice and under its Kannada name on its thermal bill (never the Kannada line or Bill To),
  the company on a payment receipt's letterhead (never Received from or its stamp), the web shop's name on top
  of a gateway's response, the Kendra on its registration e-mail (never the learner after Dear), the Lambani
  unit's English name under its Kannada one (never yarinda, from whom), the unit or the company on a sales
  receipt (never SOLD TO). A supplier's name on top of its own paper (*settled* (heldout187 to heldout269)),
  here *settled* (new here) the English name under a Kannada one, VRL Logistics on its consignment note (never
  the Consignor or Consignee), Shiprocket on its recharge page (never its company line), Udaan's Seller (never
  udaan), Billed By on a Refrens invoice (never Billed To); never the company after Buyer:, M/s, To: or Billed
  To. *settled* (heldout179 to heldout269): a banking page pays the payee, here *settled* (new here)
  Beneficiary Name / Beneficiary, "to <payee>" under neo's sum, the A/C NAME of a cash deposit machine's
  receipt (never the depositor), the Beneficiary name a hand fills in on a branch form (in its capitals; never
  the remitter), the payee line under "Rs x sent to" in a USSD dialog; never the bank, the Debit account or
  the portal. *settled* (heldout150 to heldout269): a pay slip pays the worker, here *settled* (new here) Name
  beside its Kannada label on a piece work payment, Benf Name, the Name of the resource person on a TA bill
  (never the Kendra on top), "to <payee>" on YONO SBI, Paid to on KBL Mobile Plus, Employee Name on a payslip,
  the name under Tally's "Account :" (never "Cash" under Through :), an eMO's Payee (never the Remitter).
  *settled* (heldout153 to heldout269): a fee page pays the authority on top as printed, here *settled* (new
  here) GRAM PANCHAYAT, GARAG / Gram Panchayat, Garag and the Hubballi-Dharwad Municipal Corporation / HDMC
  under their Kannada names (never the Kannada line), a Khajane-II e-challan's and Seva Sindhu's Department
  (Commercial Taxes Department (, Government of Karnataka), Labour Department, Government of Karnataka /
  Department of Labour, Karnataka; never Khajane-II or Seva Sindhu on top), Employees' Provident Fund
  Organisation / EPFO, Goods and Services Tax / its capitals (never the Name (Legal)), Ministry of Corporate
  Affairs / its capitals, Transport Department, Government of Karnataka / Transport Department, Karnataka
  (never Vahan); never the OWNER, the Remitter, the Establishment or the Company name. *settled* (heldout199
  to heldout269): an insurer's receipt pays the insurer on top (full or short as printed: United India
  Insurance Company Limited / Co. Ltd, Tata AIG General Insurance Company Limited / Tata AIG General
  Insurance, HDFC ERGO General Insurance Company Ltd / HDFC ERGO General Insurance, Life Insurance Corporation
  of India / its capitals / LIC of India, Star Health and Allied Insurance Co. Ltd / Star Health and Allied
  Insurance, Cholamandalam MS General Insurance Co. Ltd / Chola MS General Insurance), *settled* (new here)
  the insurer under Digit's sum (Go Digit General Insurance Ltd / Digit Insurance; never the app's Digit on
  top), the INSURER line of a bank's remittance advice (never CANARA BANK on top); never the Insured, the
  Proposer or the grantee. A slip's counter name line as printed (KASUTI MANE, KASUTI MANE - CHITRA SANTHE,
  the hotel, the pump, the khanavali, the dealer), never *settled* (new here) the terminal's brand over it
  (MSWIPE, PHONEPE POS, SBI, CANARA BANK, EZETAP, ICICI BANK, HDFC BANK) or Mswipe Merchant on the app. A
  utility's biller *settled* (new here) on top of its page or mail (Hubli Electricity Supply Company Ltd /
  HESCOM under its Kannada name, ACT Fibernet / Atria Convergence Technologies Ltd, HUBBALLI-DHARWAD MUNICIPAL
  CORPORATION / HDMC on the water counter's receipt), on top of Google Pay's bill (Hubli Electricity Supply
  Company Ltd (HESCOM) / HESCOM), after CRED's "bill payment for" (Airtel Postpaid / airtel postpaid), under
  Vi's sum (Vi Postpaid / Vodafone Idea Ltd), HP Pay's Paid to (Hindustan Petroleum Corporation Ltd / HPCL;
  never the Distributor), Tata Play's sign-off on its SMS; never the Consumer Name or the app. An SMS or
  e-mail alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's
  full stop), *settled* (new here) Canara Bank's "to <PAYEE>.", Karnataka Bank's "UPI/<ref>/<PAYEE>.",
  Karnataka Grameena Bank's "to <PAYEE> on", HDFC Bank's name after "to VPA <vpa>", a passbook entry's
  "NEFT-<PAYEE>", Federal Bank's "to <PAYEE> has been sent", Axis Bank's last part of IMPS/P2A/<ref>/<PAYEE>;
  Kotak's "to <vpa>" names no payee (None, as heldout269's Union Bank of India).
* amount / currency: the sum this payment moved. A UPI screen's sum large, *settled* (new here) Instamojo's
  Amount, PayU's Amount. *settled* (heldout152 to heldout269): a payer's advice counts its net sum, *settled*
  (new here) GeM's Net Amount Paid (never the Bill Amount or the Deductions), a remittance advice's Total
  Remittance Amount (never an invoice's Net or Gross), the sum in Amazon's sentence (its Amount row the same),
  Khajane-II's Net Amount (Rs.), FedNet's Amount (INR), Tipalti's Amount, the net in Cauvery's sentence (its
  table's Total the same; never a bill's Amount or TDS), the sum in a shop owner's sentence. *settled*
  (heldout155 to heldout269): an inward wire's foreign sum, *settled* (new here) Wise's sum large after "+"
  (never a step's words), the :32A: sum with its decimal comma (260601EUR3445,95 is 3445.95 euros; :33B: the
  same), an e-BRC's Realised value (FCY) (never the Realised value (INR)), Skydo's pound sum large (never
  Credited (INR) or the Skydo fee), the Belopp / Amount cell in kronor the Swedish way with its Valuta /
  Currency cell beside it (a space between the thousands, a decimal comma: 72 719,36 with SEK is 72719.36
  Swedish kronor), the sum in the Sparkasse's sentence the German way (a point between the thousands, a
  decimal comma: 2.610,00 EUR is 2610.00), HSBC's Hong Kong dollars (HK$ / HKD), MUFG's Currency / Amount in
  yen whole (never its Charges); in US dollars (US$ / USD / $), euros, Canadian dollars (CA$ / C$ / CAD),
  pounds, Swedish kronor, Hong Kong dollars and yen. *settled* (heldout175 to heldout269): a receipt counts
  the sum received, *settled* (new here) a receipt book's sum in its box and the Rs. of its counterfoil
  ("3,000/-", the words the same), Vyapar's Total (its Received the same; never the Sub Total or a GST line),
  a payment receipt's Amount, a thermal bill's NET AMT (never CASH TENDERED or CHANGE), a gateway's failed
  Amount, a registration's noted NEFT, the sum after a Kannada label alone (mottha (ru.), the rupees' sum in
  Kannada: 5,700/-), QuickBooks' TOTAL (never IGST @ 5%). A whole sum closed with /- is that sum in whole
  rupees (heldout259). *settled* (heldout187 to heldout269): a supplier's paper counts the sum paid, *settled*
  (new here) the Bill Total (its Amount received the same), NET AMOUNT (never TAXABLE or ROUND OFF), Udaan's
  order total, a job work bill's Total (never a job's line), VRL's Total (never Freight, Hamali or the docket
  charge), a recharge amount, a cash bill's Total, Refrens' Total (INR) (its Amount paid the same). A banking
  page's sum, never *settled* the Charges: *settled* (new here) a branch form's Amount (Rs.) in the hand, a
  cash deposit machine's TOTAL AMOUNT (never a note's row), the USSD dialog's "Rs x sent". *settled*
  (heldout167 to heldout269): a pay slip's net sum, *settled* (new here) a piece work payment's Amount paid
  (the accepted pieces and the bonus; never a design's row or the pieces given), IPPB's Amount (never its
  Charges), a TA bill's "Received Rs. x/-" (its Total the same; never the honorarium or the fare alone),
  greytHR's Net Pay (never Total Earnings), Tally's total under its double rule, an eMO's Amount (never MO
  Comm or Total Collected). A fee page's total: the handheld's TOTAL PAID (never a head), Total Amount Paid
  (never the Licence Fee alone), a challan's Amount (Rs.), EPFO's Total Amount, PMT-06's Total Challan Amount
  (never CGST or SGST alone), Seva Sindhu's Fee, MCA's Total amount (Rs.) (never the Normal fee alone),
  Vahan's Total. *settled* (heldout199 to heldout269): an insurer's premium with its GST, *settled* (new here)
  Premium (incl. GST), Digit's sum large, LIC's Premium received, a branch advice's TOTAL (never PREMIUM or
  GST 18%). A slip's TOTAL AMT / Amount / AMOUNT / Sale Amount, *settled* (new here) an EMI slip's TOTAL AMT
  (its LOAN AMT the same; never EMI AMT), the app's sum large. A utility's Amount Paid, the sum large, ACT's
  sum in its sentence, Tata Play's "recharge of Rs x", the water counter's AMOUNT PAID (never ARREARS or
  CURRENT DEMAND alone). An alert's sum debited as worded (grouped the Indian or the English way or not at
  all), a passbook entry's Withdrawals (never its Balance or the B/F line); never Bal, Avl Bal, Total
  Avail.Bal or Available Balance. Currency INR but on the wires.
* status: as printed. *settled* (new here): Completed, payment successful, Transaction Status Success, "Your
  payment to ... was successful.", PayU's Transaction Status Success successes; payment processing (a step
  still waiting) pending; Payment Failed failed. A payer's Payment Made, "We have made the payment below to
  your bank account.", Credited to beneficiary, Processed, "We have credited the net amount ..." and "I have
  transferred ..." successes; Amazon's "We have initiated a transfer ... should reach your account in 3 to 5
  business days." pending (initiated, not yet credited); Tipalti's "was returned by your bank and could not be
  completed" failed. A wire's Completed, "Credited to the beneficiary's account.", Realised, Settled to your
  bank account, Genomford / Executed and Status: Remitted successes, HSBC's Pending (its step Under review)
  pending, the Sparkasse's "konnte nicht ausgefuhrt werden" (could not be executed) failed. A receipt's "by
  cash" filled in, Vyapar's Received with its Balance 0.00, "Received with thanks.", Paid by: CASH with its
  change given, the Kannada swikarisalagide (received) and "Thank you for your payment." successes; a
  gateway's Payment Failed failed; "Your seat will be confirmed once the amount is credited to our account"
  pending. A supplier's "Received with thanks", PAID BY UPI, "Received by PhonePe ... - thank you.", Paid -
  UPI, "Received the above amount in cash with thanks." and a PAID stamp over a Payment Record successes;
  Udaan's Payment processing pending, Recharge failed failed. A banking page's Status Success, Transfer
  Successful, STATUS : SUCCESSFUL, "Your transaction has been processed successfully.", "<company> has made a
  payment to you." and "Transaction Successful." successes; Transaction Failed failed; *settled* (new here) a
  branch form's counterfoil with its UTR box blank under the branch's RECEIVED stamp pending (handed in, not
  yet sent). A pay slip's "Paid by UPI", SUCCESS, "Received Rs. x/- ... in cash." signed across a revenue
  stamp, the payslip's UTR, a voucher signed by the receiver and Status : BOOKED successes; Transaction Failed
  failed, Payment Pending pending. A fee page's COLLECTED - THANK YOU, Status Success, Challan Status: Paid,
  Status: Paid, Payment status Paid and Payment Status: Success successes, EPFO's Payment initiated - awaiting
  bank confirmation pending, Payment Failed failed. An insurer's Policy issued (its steps done), "We have
  received your premium and your policy is issued.", "Received with thanks.", "This is to acknowledge the
  premium received ...", "Your payment was successful" and REMITTED TO INSURER successes, Payment under
  verification pending, Payment Unsuccessful failed. A slip's AUTHORISED / TRANSACTION SUCCESSFUL / SALE
  APPROVED / APPROVED successes, NO RESPONSE FROM HOST. TXN STATUS UNKNOWN - VERIFY WITH BANK BEFORE RETRY
  pending, TXN DECLINED - 51 INSUFFICIENT FUNDS failed; *settled* (new here) a tap and go slip's PIN / SIGN
  NOT REQUIRED a success. A utility's Payment Successful, Paid, "we have received your payment", Tata Play's
  "received" and PAID - THANK YOU successes, Payment in progress pending, payment failed failed. *settled*: an
  SMS debit alert a success whatever its bank's wording (here a passbook entry and the e-mails' debits too);
  *settled* (new here) Karnataka Grameena Bank's "has failed" failed, Federal Bank's "has been sent to the
  beneficiary bank ... The credit confirmation ... is awaited." pending.
* date: the day paid. *settled* (new here): Google Pay's "<day>, <hour>" under Completed, CRED's lower case
  "<d mon yyyy> . <hour>" (3 feb 2026 is 2026-02-03), super.money's started on, Transaction Date & Time,
  Instamojo's Date, PayU's Transaction Date, WhatsApp's Date. A payer's Payment Date, Disbursement initiated
  on (never the Settlement period), Value Date, the day in a letter's sentence (never the letter's own later
  Date: beside its No.), the day in a shop owner's sentence; never an Invoice Date or a Bill Date. A wire's
  Received on, the :32A: value day (yymmdd first: 260601 is 2026-06-01), Date of realisation, Settled on, the
  Datum / Date cell (an ISO day, 2026-12-11), the day of the order in the Sparkasse's sentence ("vom
  17.09.2026"), MUFG's Value date; HSBC's page prints no day. A receipt's Date filled in by hand, Vyapar's
  Date:, a payment receipt's Date: (its stamp's day the same), a thermal bill's day beside Bill No: (20-06-26
  is 2026-06-20), a gateway's Transaction Date, the day after dinanka (date) in Kannada, a sales receipt's
  DATE. A supplier's Received on (never the bill's Date:), Date :, Started on, Booking Date, a recharge's
  Date, a cash bill's Date:, Refrens' Paid on (never the Invoice Date); a job work bill prints no day. A
  banking page's Transaction Date & Time, a branch form's Date in the hand, Date & Time, a cash deposit
  machine's DATE (02/01/26 is 2026-01-02), Initiated On, Transaction Date, Payment Date; a USSD dialog prints
  no day. A pay slip's Date/Time, a TA bill's Date: (never the Programme from), Date, Initiated on, Paid on
  (never the payslip's month), *settled* (new here) Tally's Dated : <d-Mon-yy> (14-Jul-26 is 2026-07-14), an
  eMO's Date; a piece work payment's Week prints no day (never the week's days). A fee page's DATE on a
  handheld's print, Payment Date, Deposit Date (never the Deposit Time alone), Attempted on, Date of payment
  (never a form's financial year); EPFO's page prints no day (never the Wage Month). An insurer's Payment
  date, Transaction Date, Date, Date of payment, Payment Date, DATE; never a Period or LIC's Next due date;
  Digit's page prints no day. A slip's DATE / Date / DATE: / Txn Date (30-JAN-26 is 2026-01-30); the Mswipe
  Merchant app's "Today, <hour>" prints no day. A utility's Payment Date, Google Pay's day under Paid,
  attempted on, Date, Paid on, the day in Tata Play's SMS (05-03-26 is 2026-03-05), the water counter's DATE
  (never the BILL PERIOD or the Bill Month); ACT's mail prints no day. The alerts' "on <day>" (dd/mm/yyyy,
  dd-mm-yyyy, dd-mm-yy), a passbook entry's day (never the B/F line's), Federal Bank's "on <dd-Mon-yyyy>",
  Axis Bank's "on <day>" (its Date & Time the same); Kotak's SMS prints no day (its divider Today). All
  numeric days here are day first (heldout251, heldout259), but an ISO day. *settled*: never a Due date, a
  Cheque dt., a Period, an invoice number's financial year or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's or a terminal's transaction id, the day inside a file's name or a CIN
  (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (a payer's NEFT, RTGS or e-payment, *settled* (new here)
  GeM's PFMS e-Payment, Amazon's transfer to the bank account, Khajane-II's credit by its UTR, a supplier
  platform's bank transfer (NEFT), the banking pages, a branch form's NEFT in the hand, an IPPB fund transfer
  by IMPS, a payslip's bank transfer, the NEFT, RTGS and IMPS alerts, a passbook's NEFT entry), a SWIFT or
  other bank remittance either way (*settled* (new here) Wise's ACH bank transfer, a MT103's credit, an
  e-BRC's realisation, Skydo's settlement to the bank, Handelsbanken's foreign payment with its Charges SHA,
  the Sparkasse's Auslandsauftrag (foreign transfer), HSBC's and MUFG's telegraphic transfers), a fee, a
  premium or a bill paid by Net banking, E-Payment or a debit to the account (a bank's premium remittance);
  UPI for the UPI screens, Instamojo's and PayU's UPI, Vyapar's, a thread merchant's, Udaan's, a job work
  bill's (PhonePe), VRL's, a piece work payment's, a fee's, a premium's (UPI AutoPay) and a bill's UPI,
  *settled* (new here) the *99# USSD dialog (BHIM USSD), the UPI alerts; card on slips and the merchant app,
  PayU's credit card, a premium or a bill by credit or debit card, Seva Sindhu's debit card; cash for a
  receipt book's "by cash", Paid by: CASH, a cash bill, *settled* (new here) the Kannada nagadu (cash) after
  pavati vidhana, a TA bill's "in cash", Tally's Through : Cash, an eMO Paid in : CASH, the handheld's MODE :
  CASH, the water counter's MODE : CASH, a cash deposit machine's deposit into the payee's account. *settled*
  (heldout264): None where the page names no way (Tata Play's SMS).
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout269): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) Google Pay's UPI transaction ID, super.money's
  UPI ref ID, MobiKwik's UPI RRN, iMobile Pay's Bank Reference No., PayU's Bank Ref No. for UPI, WhatsApp's
  UPI transaction ID, UTR No. / UTR Number / Payment Reference (UTR) / UTR, "vide UTR", RRN / REF NUM on a
  slip, RRN: on a dot-matrix invoice, "UTR <ref>" in a sentence, REFERENCE NO. of an IMPS, UPI Ref / UPI Ref
  No. / UPI Ref. No. / Bank Ref No. for UPI, IMPS Ref No., the ref inside Karnataka Bank's UPI/<ref>/<PAYEE>
  and Axis Bank's IMPS/P2A/<ref>/<PAYEE>), then a bank reference (*settled* (new here) FedNet's Transaction
  Reference, a MT103's :20:, an e-BRC's Bank realisation No., the Referens / Reference cell, HSBC's Reference
  number, MUFG's Remittance No., Karnataka Bank's Transaction Reference No, Canara Bank's Reference No., HDFC
  Bank's Reference Number, Kotak's Payment Reference, a Khajane-II challan's Bank Reference No., PMT-06's BRN,
  United India's, LIC's and Chola's Bank reference No., a branch advice's JOURNAL NO, PayU's Bank Ref No. for
  a card, Google Pay's Bharat Connect reference ID, HESCOM's Bank Ref No.), then a transaction / payment id
  (*settled* (new here) Google transaction ID, super.money ID, MobiKwik's Txn ID, iMobile Pay's Transaction
  ID, Instamojo's Payment ID, PayU ID, Amazon's Settlement ID, Tipalti's Payment ID, Wise's Transaction ID,
  Skydo's Payment ID, CCAvenue's Tracking ID, Udaan's Payment ID, Shiprocket's, Tata AIG's, ACT's and MCA's
  Transaction ID, HDFC ERGO's Transaction Reference No., Digit payment ID, Chola's Payment ID, CRED's and Vi's
  ids, a cash deposit machine's TXN NO, IPPB's Txn ID, an eMO No., Vahan's Transaction No., Federal Bank's
  request), then an approval code (AUTH CODE, Approval, APPROVAL CODE, Auth code), then an order's number
  (GeM's Contract No., PayU's Merchant Txn ID, CCAvenue's Order No., Udaan's and HP Pay's Order ID), then a
  document's own number (*settled* (new here) a receipt book's printed No., Payment Number, Bill No.
  (Khajane-II, the Ilkal bill, a job work bill), a letter's No., Invoice No., Receipt No., Bill No:,
  Registration No., SALES RECEIPT #, Inv No, Invoice No #, Tally's No. :, a CRN, EPFO's TRRN, MCA's SRN, the
  handheld's RCPT NO, a slip's INVOICE NO / Invoice / BILL NUM / INV / Invoice#, the water counter's RECEIPT
  NO). *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a
  Purpose code, a Policy No., a Consumer No., an AWB, a CIN or a Licence No., a slip's TID / MID / BATCH;
  *settled* (new here) never an LR No., an IEC, a shipping bill's number, a CPIN, an Application No. or
  Application Ref. No., a Trade Licence No., an Establishment ID, a PROP. NO, a DDO Code, a Master policy No.
  or Proposal No., an Account ID, an RR Number, a Booking No., a Subscriber ID, an Employee No. or UAN, a
  vehicle's Registration No., a bill number listed on an advice or named in a sentence, a CDM ID or the Bank
  Ref. No. null."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout271_families import (
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

SPLIT = "heldout271"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in the sans faces, the pages in the
# serifs and two sans, the company's and its suppliers' and workers' papers in the serifs and Liberation Sans
# Narrow, the slips in five monos; beside them Noto Sans Kannada and Noto Serif Kannada (fonts-noto-core), a
# pen's italic (``heldout271_families.PENS``) and a page's own fixed-width face
# (``heldout271_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
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


def make_heldout271_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout271 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

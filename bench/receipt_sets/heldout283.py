"""heldout283: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sujani embroidery women's collective's year of 2026 in Bhusura, Muzaffarpur,
Bihar (Bhusura Sujani Mahila Sahkari Samiti Ltd., a women's co-operative, Regd. No. 1142/MZP/2009 under the
Bihar Self-Supporting Co-operative Societies Act, 1996, GSTIN 10AABAB7351K1Z6, its secretary Smt. Usha Devi:
its stitching centre at Bhusura, P.O. Gaighat, Sujani Silai Kendra, where its members, women of Bhusura and
the villages round it, layer old saris and mul cotton and stitch Sujani, Tirhut's quilt of running stitches,
into quilts, baby quilts (gudri), wall hangings, panels of a woman's day, dupattas, stoles, cushion covers,
table runners, jholas and file folders, and where it trains new stitchers under NABARD's MEDP; its hall,
Sujani Bhawan, let for meetings and ceremonies; its shop at Motijheel, Muzaffarpur, Sujani Angan, with stall
41 at the Sonepur (Harihar Kshetra) Mela; orders from Fabindia, Dastkar's Nature Bazaar, a Bodh Gaya hotel,
the state's crafts institute and IIT Patna; the web shop sujaniangan.in, the GoCoop and Meesho marketplaces
and buyers abroad), told by the proofs of payment it receives (buyers' PhonePe, Fi, BHIM, Tata Neu,
JioFinance, POP and Flipkart UPI screens, PhonePe Business on the shop's phone; Fabindia's payment advice
mail, GoCoop's payout statement, NABARD's letter of a grant's instalment, CFMS Bihar's bill status for the
Upendra Maharathi Shilp Anusandhan Sansthan, Meesho's failed supplier payment, the hotel's mail, Dastkar's
artisan settlement and Punjab National Bank's e-Advice for IIT Patna; MUFG, UBS, RBC Express, Westpac, DBS
IDEAL, Nordea, Emirates NBD and HSBC HK for buyers in Kyoto, Basel, Toronto, Melbourne, Singapore, Bergen,
Dubai and Hong Kong in yen, Swiss francs, Canadian, Australian and Singapore dollars, Norwegian kroner,
dirhams and Hong Kong dollars; the shop's tax invoice, the Kendra's fee receipt written in a notebook, the web
shop's failed Razorpay page, the Sonepur stall's Khatabook bill, the share money receipt, the web shop's order
on hold, Sujani Bhawan's hall booking receipt and a quilt's care card cum receipt) and those it makes (a
Sutapatti cloth house's invoice with its PAID stamp, a thread house's cash memo, Flipkart Wholesale's pending
order, India Post's receipt for an export parcel, a carpenter's bill in Hindi, a Howrah jute bag maker's Zoho
invoice, Shiprocket's failed wallet recharge and a printer's invoice; PNB ONE, ICICI InstaBIZ, the Muzaffarpur
Central Co-operative Bank's typed advice, Cent Mobile, Vyom, bob World, GO Mobile+ and OnlineSBI Corporate for
the cloth house, the Mela's tent house, the thread house, the transporter, the tailors, the printer, the photo
studio and the auditors; its members', master trainer's and sales assistant's wage slip, screens, payslip, a
member's receipt and an honorarium receipt; Muzaffarpur Nagar Nigam's holding tax, OGRAS Bihar's audit fee
challan, East Central Railway's stall letter, ESIC's challan, the Commercial Taxes Department's profession
tax, the GI Registry's fee, the e-Stamp for the shop's lease and the e-Challan portal's fine; New India's,
Oriental's, ICICI Lombard's, Bajaj General's, SBI General's, IFFCO-TOKIO's, Niva Bupa's and LIC's receipts;
cards on the shop's, the stall's and the Kendra's terminals and phone and the collective's card at a hotel, a
thread shop, a chemist and a Sonepur restaurant; the smart meter's recharge, a Common Service Centre's power
bill receipt, Indane's, JioFiber's, Airtel Digital TV's and Dish TV's pages, the Nagar Nigam's user charge and
Airtel Xstream Fiber through Google Pay; the banks' SMS, a passbook's page, ICICI Bank's mail and a
smartwatch's notification). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout278's or heldout279's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page the earlier sets do not: Tirhuta lines in Noto Sans Tirhuta (Mithilakshar, the script Tirhut's Maithili
and Bajjika were written in) over the Hindi and the English of a name; a Sujani's border of running stitches
in two threads with cross stitches inside them and a stitched sun at each corner; a stitched sun and a pair of
stitched fish as a letterhead's emblem; a member's left thumb's impression in violet ink in its box; a post
office's round date stamp with its office set round its rim and its cancelling waves; hanks of embroidery
thread laid across a cash memo, each with its shade number on a paper band; a success screen's confetti; an
app's receipt card with a zigzag foot; a mail's PDF attachment chip; an invoicing app's PAID band across the
page's corner; a smartwatch's face with its bezel, crown and strap; a passbook's printed page on its security
pattern of fine waves, with its heads' band and column rules; labels in German and English over their values.
They draw beside them heldout269's to heldout279's rows (shaded label cells, striped tables, tables ruled on
every side, dot leaders, labels against a gutter, steps down the page and left to right, boxed fields,
capsules, tinted bands, cards, hairline rows, labels small over their values, two fields to a row, tabs, a
bottom sheet over a dimmed app, a toast, hand-written fills, a notebook's and a register's ruled columns, a
bill written in Hindi, Hindi labels over their English, sums in boxes, ticked boxes, rubber stamps, a revenue
stamp, signatures, a ribbon, folds, a watermark, a torn roll, a highlighter's stroke, QR codes and Hindi
lines).

* ``buyer_upi``: PhonePe's Transaction Successful on its purple bar ("<hour> on <day>" under it) with confetti
  under the bar (Paid to over the payee with the sum beside it, its UPI ID; Transfer Details: Transaction ID,
  Debited from, UTR:); Fi's payment (the sum, a Successful capsule, Paid to over the payee, a receipt card
  with a zigzag foot: UTR, Fi transaction ID, Date, From; Fi-Coins); BHIM's Transaction pending under a
  clock's mark ("to <payee>", its steps down the page: Debited from your account, Waiting for the payee's
  bank, Credited to the payee; UPI Ref. ID, Date & time, Paid from, each label small over its value); Tata
  Neu's Payment successful under a large tick ("paid to <payee>", "at <hour>": no day; hairline rows: UPI
  Reference No., Tata Neu transaction ID, Paid from; a card of NeuCoins; a toast); JioFinance's Payment
  successful on a bottom sheet over the dimmed app ("to <payee>" and its UPI ID; UPI Transaction ID, Date &
  Time, Debited from, each label small over its value); POP's Payment failed under a large cross ("to
  <payee>", the reason, boxed fields: UPI Ref No., Attempted on, Paid from); PhonePe Business on the shop's
  phone (the shop under the app, its tabs, Today's collection, a card: Received, the sum, "from <buyer>", the
  day and hour, Paid via UPI; no reference); Flipkart UPI's Payment successful under confetti (Paid to over
  the payee and its UPI ID; UPI transaction ID, Transaction ID, Date, Account, each label small over its
  value). All new here.
* ``buyer_advices``: Fabindia's payment advice mailed ("We have made the payment below ...", a table ruled on
  every side: Invoice No. | Date | Amount | TDS 194Q | QC ded. | Paid, then each label against a gutter:
  Beneficiary, Vendor Code, Payment Ref. No., Payment Date, Mode, Net Amount Paid); GoCoop's payout statement
  printed from its browser page with only its Payout cycle (a striped table Order | Value | Fee | Shipping |
  Net, Net payout; dot leaders: Payee, Bank account, Mode, UTR, Status "Transferred to your bank"; no day);
  NABARD's letter under its Hindi name with its folds (Ref. No. beside its later Date:, To, The Secretary, the
  collective, Sub:, "... the second instalment of the grant, Rs. x/- (...), has been released to your account
  by NEFT on <day>."; no reference); CFMS Bihar's bill status for the crafts institute (DDO:, steps left to
  right: Bill submitted, Token, Passed, Advice to bank, Credited; a capsule "Advice sent to bank - credit
  awaited"; a table ruled on every side: Bill No., Payee Name, Purpose, Gross Amount, Less: TDS (GST) 2%, Net
  Amount, Mode, CFMS Transaction ID, Advice sent on); Meesho's supplier Payment failed under a large cross (a
  card of hairline rows: Payment ID, Supplier, Amount, Bank account, Mode, Attempted on, Reason); the Bodh
  Gaya hotel's mail with its bank's advice attached (its sentence naming the collective's invoice, a card:
  Beneficiary, Amount paid, Paid on, Mode, UTR; a PDF's chip); Dastkar's NATURE BAZAAR - ARTISAN SETTLEMENT
  typed in a fixed-width face (Artisan, Stall, Bazaar with its days, Gross sales, Less: Dastkar share 15%,
  Less: Stall charges, Less: Card and UPI charges, NET PAYABLE (Rs.), then "Paid by NEFT on <day>, UTR ...");
  Punjab National Bank's e-Advice to beneficiary for IIT Patna (a table ruled on every side, two fields to a
  row: Remitter, Beneficiary, Remitter A/c, Beneficiary A/c, Amount, Mode, Value Date, UTR No., Remarks,
  Status). All new here.
* ``export_wires``: MUFG's RECEIPT OF OVERSEAS REMITTANCE in yen ("We have remitted the amount below as
  instructed.", a table ruled on every side: Remitter, Beneficiary, Beneficiary's Bank, Currency / Amount
  (¥429,000 or JPY 429,000), Remittance Date (2026/03/27 or 27 Mar 2026), Method, Charges, Purpose, Reference
  No.); UBS E-Banking's Zahlungsbestätigung / Payment confirmation in Swiss francs (CHF 4'178.34), each label
  in German and English small over its value (Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum /
  Execution date 11.11.2026, Zahlungsart / Payment type, Referenz / Reference, Mitteilung / Message, Status /
  Status Ausgeführt / Executed); RBC Express' wire In process in Canadian dollars (steps left to right:
  Created, Approved, In process, Sent; a capsule; shaded label cells: Payee, Payee's bank, Amount, Value date
  (Aug 28, 2026 or 2026-08-28), Wire type, RBC reference, Status); Westpac's Payment sent under a large tick
  in Australian dollars (Payee name, Payment date, Westpac receipt number, Payment method, Their reference,
  each label small over its value); DBS IDEAL's Transaction Completed on a tinted band in Singapore dollars (a
  striped table: Transaction Reference, Value Date, Beneficiary Name, Beneficiary Bank, Amount, Charges,
  Status); Nordea's mail "Betalingen er sendt. Your payment abroad has been sent." in Norwegian kroner the
  Norwegian way (NOK 47 010,71; a card: To, Amount, Payment date, Payment type, Message; no reference);
  Emirates NBD's Transfer Rejected on a tinted band in dirhams (boxed fields: Reference number, Beneficiary,
  Amount, Transfer date, Transfer type, Rejection reason); HSBC HK's Payment completed under a large tick in
  Hong Kong dollars ("to <beneficiary>", "<n> mins ago": no day; hairline rows: Reference, Payment type, Their
  bank, Paid from; the rate used). All new here.
* ``own_receipts``: Sujani Angan's TAX INVOICE under a stitched sun and its name in Tirhuta, Hindi and English
  ("A unit of" line, Invoice No. beside Invoice Date, Bill to, a table with a hairline under each row: Item |
  HSN | Qty | Rate | Amount, Taxable value, CGST 2.5%, SGST 2.5%, Invoice Total, "Received by card (..., Pine
  Labs), approval code ..."); the Kendra's training fee receipt written by hand on a ruled notebook's page
  with its red margin (its name, Date, "Recd. Rs. x/- (...) from ... in cash.", the secretary's name; no
  number); the web shop's Razorpay page with its Payment failed under a large cross (a card: Amount, Payment
  ID, Method, Attempted on); the Sonepur Mela stall's bill made in Khatabook in the Mela's days (Bill No.
  beside Date, Customer, a striped table Item | Qty | Rate | Amount, Total, Received (UPI), Balance, UPI Ref.
  No.); the collective's SHARE MONEY RECEIPT in a stitched border under its Tirhuta and Hindi names (Receipt
  No. beside Date, Received from, Member No. and Shares written in, Share money, Admission fee, Total, by Cash
  written in, "Received with thanks", the member's left thumb's impression on the office copy); the web shop's
  mail of an order on hold for the buyer's bank transfer (its items, Shipping, Order total, Order #, Order
  date, Payment method: Direct bank transfer (NEFT / IMPS), Pay to); Sujani Bhawan's HALL BOOKING RECEIPT on a
  ribbon under a pair of stitched fish (Receipt No. beside Date, dot leaders: Received from, Purpose, Hall
  rent, Chairs, Electricity, Total, Paid by, UPI Ref.; "Received with thanks."); a quilt's CARE CARD CUM
  RECEIPT in a stitched border under a stitched sun (the maker's sentence, the care, "Sold for Rs. x/-", "Paid
  by UPI, ref ..." by hand; no day). All new here.
* ``supplier_invoices``: SHREE GANESH VASTRALAYA's TAX INVOICE for mul cotton and silk (Invoice No. beside its
  earlier Date:, Buyer:, a table ruled on every side with HSN, CGST 2.5%, SGST 2.5% and Total (rounded off),
  the accountant's hand "NEFT recd. <day>, UTR ..." and the cloth house's violet PAID rubber stamp); MAHAVIR
  THREAD HOUSE's CASH MEMO with its shade card's hanks of thread laid across it (No. printed, Date left blank,
  M/s written in, the threads, needles and frames with their sums written on its ruled columns, Total, "Recd.
  cash"; no day); Flipkart Wholesale's order with its Payment pending capsule (hairline rows: Order ID, Sold
  by, Ships from, Items, Order amount, Payment mode, UPI Ref No., Placed on); INDIA POST's booking receipt for
  an export parcel from the Dak Ghar Niryat Kendra, typed (Receipt No, Date with the hour, Article No,
  Service, To, Weight, Postage, GST 18%, Total, Paid by, UPI Ref) over the post office's round date stamp; a
  carpenter's bill for quilting frames written by hand in Hindi with its sums (his name and trade in Latin
  letters, Date, अड्डा (the frames) and खूंटी (the pegs), कुल (total), "नकद प्राप्त" (cash received); no
  number, no reference); Bengal Jute Crafts' TAX INVOICE made in Zoho Invoice with a PAID band across its
  corner (Invoice# beside its earlier Invoice Date, Bill To beside Place of supply, a striped table with IGST
  5%, Total, Payment Made (-), Balance Due, "Paid on <day> by NEFT, Ref ..."); Shiprocket's wallet Recharge
  failed on a tinted band (boxed fields: Transaction ID, Amount, Payment mode, Attempted on, Reason); TIRHUT
  PRINTERS' TAX INVOICE for the catalogue (Invoice No. beside its earlier Dated, To:, a striped table with
  CGST 9% and SGST 9%, Grand Total, "Amount received through UPI (PhonePe) on <day>, UTR ..."). All new here.
* ``vendor_transfers``: PNB ONE's Transaction Successful under a large tick ("to <payee>", each label small
  over its value: Transaction ID, IMPS Ref. No. (RRN), Beneficiary A/c, Date & Time, Mode, Remarks); ICICI
  InstaBIZ's RTGS Pending for approval by the second signatory (a capsule, steps left to right: Created,
  Signed 1/2, Sent to bank, Credited; hairline rows: Transaction ID, Beneficiary, Amount, Mode, Created on,
  Purpose); the Muzaffarpur Central Co-operative Bank's NEFT TRANSACTION ADVICE - CUSTOMER COPY typed (BRANCH,
  DATE, REMITTER, A/C NO, BENEFICIARY, BENE A/C, IFSC, AMOUNT, CHARGES, UTR NO, STATUS) and the branch's stamp
  with its day; Cent Mobile's Transaction Failed on a tinted band ("to <payee>", the reason, its fields two to
  a row: IMPS Ref. No., Date, From A/c, Mode); Union Bank's Vyom transaction details (a Successful capsule,
  the sum; To, Date, Mode, Remarks, each label small over its value; "Tap to view the reference number": no
  reference); bob World's UPI payment (the payee's initials, "Paid <sum>", "to <payee>" and its UPI ID,
  hairline rows: UPI Ref No, Date & Time, Debited from, Remarks); IDBI Bank GO Mobile+'s Fund transfer
  successful under a large tick ("Today, <hour>": no day; hairline rows: UTR No., Mode, From A/c, Remarks);
  OnlineSBI Corporate's e-Receipt (a table ruled on every side: Reference No., UTR, Debit Account, Beneficiary
  Name, Beneficiary Account, IFSC, Amount, Transaction Date, Mode, Status Completed Successfully, Remarks).
  All new here.
* ``worker_pay``: a MAJDURI PARCHI / WAGE SLIP under the Kendra's Tirhuta and Hindi names (Parchi No., Date
  and Name written in, Work | Pieces | Rate | Amount written on its ruled columns, Total, Less: thread
  advance, Net paid Rs. in a box, "Paid in cash" by hand, the member's left thumb's impression); Airtel
  Thanks' UPI under a large tick ("Paid successfully", "to <member>" and her UPI ID, each label small over its
  value: UPI Ref. No., Date & time, From, Message); greytHR's payslip for the shop's sales assistant (Employee
  Name beside Employee No., Designation beside Pay month; a table ruled on every side: Earnings | Amount |
  Deductions | Amount; Net Pay on a tinted panel and in words; dot leaders: Paid on, Mode, UTR, Status);
  mBandhan's IMPS failed to a member (a capsule, boxed fields: IMPS Ref No., Date, Beneficiary A/c, Reason);
  Navi's UPI Payment processing under a clock's mark ("to <member>", hairline rows: UPI transaction ID,
  Initiated on, Paid from); a member's own RECEIPT for her wages, printed to be signed with her thumb (Sl.
  No., Date left blank, "Received from <collective> the sum of Rs. x/- (...) in cash as wages for ...",
  Received by, Member No., her left thumb's impression; no day); YONO SBI's UPI to the master trainer (Paid to
  over her name, hairline rows: UPI Ref. No., Date, From, Remarks); the master trainer's HONORARIUM RECEIPT
  ("I, <trainer>, Master Trainer, have received Rs. x/- (...) ... by NEFT on <day>.", a revenue stamp signed
  across, her name in brackets under it; no reference). All new here.
* ``govt_fees``: Muzaffarpur Nagar Nigam's holding tax page under its Hindi name, each label in Hindi over its
  English (Holding No., Ward, Owner, Assessment year, Holding tax, Water tax, Education cess, Total paid,
  Payment mode, Transaction No., Status Paid; no day); OGRAS Bihar's e-Challan receipt for the co-operative
  audit fee (a table ruled on every side: GRN, Department, Head of account, Remitter, Amount, Bank, BRN,
  Payment date, Status); East Central Railway's letter of a One Station One Product stall at Muzaffarpur
  Junction under its Hindi name with its folds (No. beside its later Date:, To, Sub:, "the stall fee of Rs.
  x/- (...) for n days paid by you by UPI on <day> has been received. The OSOP stall ... is allotted to you
  from <day> ..."; no reference); ESIC's challan pending with the bank (a capsule, shaded label cells:
  Employer Code, Challan No., Contribution period, Amount, Mode, Transaction ID, Payment initiated on); the
  Commercial Taxes Department's profession tax Payment Failed on a tinted band under its Hindi name (dot
  leaders: PTRN, Name, Period, Amount, Mode, Transaction Ref. No., Date, Reason); the Geographical Indications
  Registry's e-Receipt for the Sujini embroidery's authorised user, each label against a gutter (CBR No.,
  Application No., GI, Form, Fee, Payment mode, Bank transaction ID, Date; "Payment received."); the
  Government of Bihar's e-Stamp certificate for the shop's lease, typed under INDIA NON JUDICIAL on its tinted
  paper and watermark (Certificate No., Certificate Issued Date, Account Reference, Purchased by, Description
  of Document, Property Description, Consideration Price (Rs.), First Party, Second Party, Stamp Duty Paid By,
  Stamp Duty Amount(Rs.); no way of paying); the e-Challan portal's payment receipt for the delivery
  e-rickshaw (State and Department on a line, a striped table: Challan No., Challan date, Vehicle No.,
  Offence, Amount, Payment mode, Transaction ID, Payment date, Status; a QR code). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT for the shop's stock (shaded label cells:
  Receipt No., Receipt Date, Received from, Policy No., Premium, CGST 9%, SGST 9%, Total, Mode, UTR; "Received
  with thanks the premium above ..."); Oriental Insurance's agent's PREMIUM DEPOSIT RECEIPT filled in by hand
  (No. printed, Date, Received from, towards, Rs. in a box, Cash | Cheque | DD with Cash ticked, "Received the
  premium above"); ICICI Lombard's IL TakeCare with the Payment failed under a large cross ("to <insurer>";
  boxed fields: Proposal No., Transaction ID, Amount, Payment mode, Attempted on); Bajaj General's mail of a
  policy issued ("Thank you for your payment. ...", a card: Premium paid (incl. GST), Payment reference,
  Payment date, Payment mode, Policy No.; a PDF's chip); SBI General's Payment under process (a capsule, dot
  leaders: Quote No., Product, Premium (incl. GST), Payment Reference No., Mode, Initiated on); IFFCO-TOKIO's
  PREMIUM RECEIPT CUM TAX INVOICE for the members' group accident cover (Receipt No. beside Date, Insured, a
  striped table: Net premium, CGST 9%, SGST 9%, Total premium; Paid by, UPI Ref.; "Premium received."); Niva
  Bupa's app with the group health cover renewed (a Renewal successful capsule, "paid to <insurer>", "Today,
  <hour>": no day; hairline rows: Payment ID, Paid via, Policy, Members); LIC's letter under its Hindi name
  with its folds of the staff gratuity contribution received (Ref: beside its later Date:, "we acknowledge
  with thanks the contribution of Rs. x/- (...) received by NEFT on <day> ..."; no reference). All new here.
* ``card_slips``: Pine Labs' SALE slip at Sujani Angan (two fields to a line: TID and MID, DATE and TIME,
  BATCH NO and INV NO; the card CHIP, APPR CODE, RRN, TOTAL AMT, TXN APPROVED, PIN VERIFIED OK); Paytm's CARD
  PAYMENT - SALE slip at the Sonepur Mela stall in the Mela's days (Date & Time, TID, MID, Card (TAP), Auth
  Code, RRN, Paytm Txn ID, Amount, Payment Successful); Airpay's SALE slip at the Kendra with its host timed
  out (DATE, TIME, TID, INV, CARD, AMOUNT, TXN TIMED OUT, STATUS: PENDING - DO NOT RETRY); Axis Bank's SALE
  slip at a hotel, each label padded to its colon (DATE, TIME, MID, TID, BATCH, INV, CARD with its scheme
  under it, EXP, AUTH, RRN, AMOUNT, APPROVED); ICICI Merchant Services' SALE slip at a thread shop (Card Type,
  Card No, Entry Mode, Date/Time, Batch No, Invoice No, Approval Code, RRN, Total, APPROVED); Bank of Baroda's
  DECLINED slip at a chemist (RESP: 55 INCORRECT PIN); a Sonepur restaurant's TAX INVOICE settled by card in
  the Mela's days (Date, Table, its dishes, Sub Total, CGST 2.5%, SGST 2.5%, Round off, Grand Total, "Settled
  CARD"; no number, no reference); HDFC Bank's SmartHub Vyapar Tap to Pay on the Kendra's phone (the Kendra
  under the app, a Payment received capsule, the sum, hairline rows: Card, Approval code, RRN, Time alone; no
  day). All new here.
* ``utility_bills``: the Bihar Smart Meter app's prepaid Recharge successful under a large tick ("for <power
  company>", hairline rows: Consumer ID, Meter No., Transaction ID, Date & Time, Payment mode, Balance after
  recharge); a Common Service Centre's Digital Seva ELECTRICITY BILL PAYMENT RECEIPT for the power bill paid
  there in cash, typed (Biller, CA No., Consumer name, Bill month, Amount paid, Mode, Transaction ID, Date,
  Status, VLE); IndianOil ONE's Indane refill with its payment pending (steps left to right, a capsule, "for
  Indane", hairline rows: Booking No., Transaction ID, Paid via, Distributor, Initiated on); MyJio's JioFiber
  bill paid under a large tick ("paid for JioFiber", hairline rows: Service ID, Transaction ID, Payment mode,
  Date); Airtel Thanks' DTH Recharge successful ("for Airtel Digital TV", "Yesterday, <hour>": no day;
  Customer ID, Order ID, Payment mode); Dish TV's Recharge failed on a tinted band (boxed fields: VC No.,
  Amount, Payment mode, Transaction ID, Attempted on); Muzaffarpur Nagar Nigam's USER CHARGE RECEIPT (SOLID
  WASTE) filled in by hand (No. left blank, Ward, Date, Received from, Month(s), Rs. in a box, by cash,
  "Received"; no reference); Google Pay's bill payment for Airtel Xstream Fiber (the biller's initials over
  its name, the sum, Payment successful with the day and hour, a card: Customer ID, UPI transaction ID, Bharat
  BillPay ID, Paid from). All new here.
* ``bank_alerts``: SMS in Punjab National Bank's ("A/c XX1234 debited INR x on <dd-mm-yy> <hour> thru
  UPI:<ref> to <PAYEE>. Avl Bal INR ... -PNB"), Canara Bank's ("An amount of INR x has been DEBITED to your
  account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>, UTR ... Total Avail.bal INR ..."), Central Bank of
  India's ("IMPS of Rs.x to <PAYEE> from A/c XX1234 on <dd.mm.yyyy> is under process. RRN ... Please do not
  retry."), Union Bank of India's ("Your UPI payment of Rs x to <PAYEE> on <dd/mm/yy> has failed. RRN ...")
  and the Muzaffarpur Central Co-operative Bank's ("MDCCB: A/c XX1234 Dr Rs.x on <dd.mm.yy> by NEFT to <PAYEE>
  UTR ... Bal Rs....") wordings; Bihar Gramin Bank's passbook page printed on its security paper (DATE |
  PARTICULARS | WITHDRAWAL | DEPOSIT | BALANCE, a cash deposit, the payment's line "NEFT/<PAYEE>" marked with
  a highlighter, a later UPI debit; no reference); ICICI Bank's mail ("Your ICICI Bank Account XX123 has been
  debited with INR x on <dd-Mon-yy>. Info: NEFT-<UTR>-<PAYEE>. The Available Balance ..."); IDBI Bank's
  notification on a smartwatch under the hour ("now"; "Rs.x debited from A/c XX1234 to <PAYEE> via UPI. Ref
  ..."; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Devanagari and Noto
Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, Noto Sans Tirhuta
(fonts-noto-core) for the Tirhuta lines, an italic or oblique for the hand (``heldout283_families.PENS``) and
a fixed-width face of the page's own (``heldout283_families.TYPES``). The Sonepur Mela stall's Khatabook bill
and card sale and the Sonepur restaurant's bill are drawn in the Mela's days (24 November to 24 December 2026)
and the tent house's RTGS in the days before it; the other days anywhere in 2026. GST is 5% on the Sujani
goods, the cloth and the jute bags (2.5% + 2.5%, IGST 5% from Howrah) and on the restaurant's food, 18% on
printing, postage and premiums (9% + 9%).

Truth conventions (heldout279's, heldout278's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name beside the sum under PhonePe's "Paid to", under Fi's and Flipkart UPI's "Paid to", after "to" on BHIM,
  JioFinance and POP, after Tata Neu's "paid to"; the registered name cut short where so printed (BHUSURA
  SUJANI MAHILA SA); never the UPI ID under it, the app or the payer. *settled* (heldout268 to heldout279): a
  receiving business's own app pays the business named under the app, here the shop under PhonePe Business
  (never "from <buyer>"). *settled* (heldout167 to heldout279): a payer's advice pays the one it pays, never
  the payer on top or a salutation; here Fabindia's Beneficiary, GoCoop's Payee, the collective under "To, The
  Secretary," in NABARD's letter (never NABARD or its Hindi line), CFMS' Payee Name (never the DDO), Meesho's
  Supplier, the hotel's Beneficiary (never the hotel), Dastkar's Artisan, PNB's Beneficiary (never the
  Remitter). *settled* (heldout155 to heldout279): an inward wire pays the collective, here MUFG's Beneficiary
  (never the Remitter), UBS' Begünstigter / Beneficiary, RBC's Payee, Westpac's Payee name, DBS' Beneficiary
  Name, Nordea's To, Emirates NBD's Beneficiary, the name after "to" on HSBC HK (never the remitter on a
  page's top, its bank or Paid from). *settled* (heldout175 to heldout279): the collective's own paper pays
  its unit or itself on top, here Sujani Angan on its tax invoice (never its "A unit of" line), on its
  Razorpay page (never Razorpay), on its order mail and on a quilt's care card (never the maker), the Kendra
  written on top of its notebook receipt (never the trainee or the secretary), SUJANI ANGAN - SONEPUR MELA on
  top of the stall's Khatabook bill (never "Made with Khatabook" or the Customer), the Samiti on its share
  money receipt (never the member it is Received from), Sujani Bhawan on its hall receipt (never its "A unit
  of" line or Received from); *settled* (new here) a name in Tirhuta (over its Hindi) over its English (the
  tax invoice, the share money receipt, the wage slip's Kendra): the English line, never the Tirhuta or the
  Hindi, because the lines are one name and the evaluation's names are the page's Latin letters (as
  heldout279's Kaithi over Hindi over English). *settled* (heldout187 to heldout279): a supplier's name on top
  of its own paper, here SHREE GANESH VASTRALAYA (never Buyer: or its stamp's lines), MAHAVIR THREAD HOUSE
  (never M/s), Flipkart Wholesale's Sold by (never Flipkart Wholesale or Ships from), INDIA POST (never its
  office's line or the Dak Ghar Niryat Kendra), the carpenter's name as he writes it on top (Ram Babu Mistry;
  never his trade's line or "- Ram Babu" under his bill), Bengal Jute Crafts (never Bill To: or Zoho Invoice),
  Shiprocket, TIRHUT PRINTERS (never To:). *settled* (heldout179 to heldout279): a banking page pays the
  payee, here the name after "to" on PNB ONE, Cent Mobile, bob World and GO Mobile+, InstaBIZ's Beneficiary,
  the typed advice's BENEFICIARY (never its REMITTER or the bank on top), Vyom's To, OnlineSBI's Beneficiary
  Name (never the collective's name on its top line). *settled* (heldout150 to heldout279): a pay slip pays
  the worker, here the Name written on a wage slip (never the Kendra on top), the name after "to" on Airtel
  Thanks, mBandhan and Navi, greytHR's Employee Name (never greytHR or the Samiti), a member's receipt's
  Received by (never the Samiti in its sentence), YONO's Paid to, the trainer's name in brackets under her
  revenue stamp (never the Secretary or the Samiti in her sentence). *settled* (heldout153 to heldout279): a
  fee page pays the authority as printed, here Muzaffarpur Nagar Nigam under its Hindi name (never the Owner),
  OGRAS' Department (Co-operative Department, Bihar; never OGRAS Bihar, the Finance Department or the
  Remitter, as heldout278's GRAS), East Central Railway on top of its letter (never its Hindi line or the
  addressee), Employees' State Insurance Corporation (ESIC where so printed), the Commercial Taxes Department,
  Bihar (never the Name), the Geographical Indications Registry; *settled* (new here) the e-Stamp
  certificate's Government of Bihar under INDIA NON JUDICIAL (never SHCIL's Account Reference, the First
  Party, the Purchased by or the Stamp Duty Paid By), because stamp duty is the state's revenue and the
  certificate is its receipt; *settled* (new here) the e-Challan portal's Department on its State line
  (Transport Department, Bihar; never e-Challan or the ministry under it), because the portal collects the
  fine for the state's department (as GRAS' Department). *settled* (heldout199 to heldout279): an insurer's
  receipt pays the insurer on top (full or short as printed), or after "to" and "paid to" on an app (ICICI
  Lombard General Insurance Co. Ltd., Niva Bupa Health Insurance Co. Ltd. or as cut; never IL TakeCare or Niva
  Bupa on the app's bar), LIC on top of its letter (never its Hindi line); never Received from, the Insured or
  a salutation. A slip's counter name line as printed (SUJANI ANGAN, SUJANI ANGAN - SONEPUR MELA, SUJANI SILAI
  KENDRA, the hotel, the thread shop, the chemist), never *settled* the terminal's brand over it (PINE LABS,
  Paytm, AIRPAY, AXIS BANK, ICICI MERCHANT SERVICES, BANK OF BARODA); the Kendra under SmartHub Vyapar on its
  phone's screen; *settled* (heldout272) the restaurant's name on top of the bill it settles by card. A
  utility's biller: after "for" (North Bihar Power Distribution Company Ltd or as cut, never Bihar Smart Meter
  or NBPDCL on the app's bar; Indane, never IndianOil ONE or the Distributor; Airtel Digital TV, never Airtel
  Thanks), after "paid for" (JioFiber, never MyJio), Dish TV on top, *settled* (heldout276) a Common Service
  Centre's Biller (NBPDCL; never CSC e-Governance Services India Ltd, Digital Seva, the VLE or the company's
  name in the footer), Muzaffarpur Nagar Nigam on top of its user charge receipt (never Received from), Airtel
  Xstream Fiber under its initials on Google Pay's bill payment (never Google Pay). An SMS, mail, passbook or
  watch alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's
  full stop): PNB's "to <PAYEE>.", Canara's "towards NEFT to <PAYEE>,", Central Bank's "to <PAYEE> from",
  Union Bank's "to <PAYEE> on", MDCCB's "by NEFT to <PAYEE> UTR", the passbook's highlighted "NEFT/<PAYEE>"
  (*settled*, as heldout277's highlighted statement line and heldout279's ticked mini statement line), the
  last part of ICICI's "Info: NEFT-<UTR>-<PAYEE>." (as heldout278's "RTGS/UTR .../<PAYEE>."), IDBI's "to
  <PAYEE> via UPI".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's sum beside
  the payee (its Debited from the same); never Fi-Coins or NeuCoins, *settled* (heldout277) never a business
  app's Today's collection. *settled* (heldout152 to heldout279): a payer's advice counts its net sum, here
  Fabindia's Net Amount Paid (its Paid column adds up to it; never an invoice's Amount, TDS 194Q or QC ded.),
  GoCoop's Net payout (never an order's Value, Fee or Shipping), the sum in NABARD's sentence, CFMS' Net
  Amount (never its Gross Amount or Less: TDS (GST) 2%), Meesho's Amount, the hotel's Amount paid, Dastkar's
  NET PAYABLE (Rs.) (never Gross sales, Less: Dastkar share 15%, Less: Stall charges or Less: Card and UPI
  charges), PNB's Amount. *settled* (heldout155 to heldout279): an inward wire's foreign sum, here the yen
  whole with JPY or the yen's sign (¥429,000 is 429000 JPY, heldout202 and heldout255), *settled* (new here)
  the sign ¥ on a Japanese bank's receipt JPY, never the yuan (whose sign it also is), because the bank, its
  branch and the remitter are in Japan and the label is Currency / Amount; the Swiss francs with an apostrophe
  between the thousands (CHF 4'178.34 is 4178.34, heldout251), the Canadian and Australian dollars (CAD / C$,
  AUD / A$, heldout253), the Singapore dollars (SGD / S$), the Norwegian kroner the Norwegian way (NOK 47
  010,71 is 47010.71, heldout259), the dirhams (AED), the Hong Kong dollars (HKD / HK$, heldout246); never
  MUFG's Charges, DBS' Charges or HSBC's rate used. *settled* (heldout175 to heldout279): a receipt counts the
  sum received, here the Invoice Total (never the Taxable value or a GST line), the sum in the notebook
  receipt's sentence, Razorpay's Amount, the Khatabook bill's Total (its Received (UPI) the same; never
  Balance), the share money receipt's Total (never its Share money or Admission fee alone, *settled*
  heldout265), the order mail's Order total (never an item or Shipping), the hall receipt's Total (never Hall
  rent, Chairs or Electricity), the care card's "Sold for Rs. x/-". A whole sum closed with /- is that sum in
  whole rupees (heldout259). *settled* (heldout187 to heldout279): a supplier's paper counts the sum paid,
  here the cloth house's Total (rounded off) (never CGST 2.5% or SGST 2.5%), the thread house's Total written
  in (never a line), Flipkart Wholesale's Order amount, India Post's Total (never Postage or GST 18%), the
  carpenter's कुल (total) (never a line's figure), the jute bag maker's Payment Made (-) (its Total the same;
  never IGST 5% or Balance Due), Shiprocket's Amount, the printer's Grand Total (never CGST 9% or SGST 9%). A
  banking page's sum (the typed advice's AMOUNT, never its CHARGES). *settled* (heldout167 to heldout279): a
  pay slip's net sum, here the wage slip's Net paid Rs. in its box (never its Total or Less: thread advance),
  greytHR's Net Pay (its words the same; never an earning or a deduction), the sums in a member's and a
  trainer's sentences. A fee page's Total paid (never Holding tax, Water tax or Education cess alone), Amount,
  the stall fee in the railway's sentence, Fee; *settled* (new here) the e-Stamp's Stamp Duty Amount(Rs.)
  (never its Consideration Price (Rs.)), because the duty is what was paid and the consideration is the
  lease's rent it is charged on. An insurer's premium with its GST (*settled*, heldout199 to heldout279): New
  India's Total (never Premium, CGST 9% or SGST 9%), Oriental's Rs. in its box, ICICI Lombard's sum large,
  Bajaj General's Premium paid (incl. GST), SBI General's Premium (incl. GST), IFFCO-TOKIO's Total premium
  (never Net premium or a GST line), Niva Bupa's sum large, the contribution in LIC's sentence. A slip's TOTAL
  AMT / Amount / AMOUNT / Total, the restaurant's Grand Total (never Sub Total, CGST 2.5%, SGST 2.5% or Round
  off), SmartHub's sum large. A utility's sum large, CSC's Amount paid, Dish TV's Amount, the user charge's
  Rs. in its box; *settled* (new here) never a prepaid meter's Balance after recharge, because it is the
  meter's balance, not the sum paid. An alert's sum debited as worded (grouped the Indian or the English way
  or not at all); never Avl Bal, Total Avail.bal, Bal, the Available Balance, a passbook's BALANCE or its
  other lines. Currency INR but on the wires.
* status: as printed. A UPI screen's Transaction Successful on PhonePe's bar, Fi's Successful capsule, Tata
  Neu's, JioFinance's and Flipkart UPI's Payment successful and PhonePe Business' Received capsule successes,
  BHIM's Transaction pending pending, POP's Payment failed failed (*settled*: as worded). A payer's "We have
  made the payment below", GoCoop's Status "Transferred to your bank", NABARD's "has been released to your
  account by NEFT", the hotel's "We have paid the amount below", Dastkar's "Paid by NEFT on <day>", PNB's
  Status Credited successes; CFMS' "Advice sent to bank - credit awaited" with its step Advice to bank pending
  (*settled*, as heldout279's PFMS "Sent to bank - credit awaited"); Meesho's Payment failed failed. A wire's
  "We have remitted the amount below as instructed.", Ausgeführt / Executed, Payment sent, Transaction
  Completed, "Betalingen er sendt. Your payment abroad has been sent.", Payment completed successes; Emirates
  NBD's Transfer Rejected (the beneficiary bank returned it) failed (*settled*, as heldout278's Wire
  returned); *settled* (new here) RBC's In process with its step Sent still to come pending, because the bank
  has approved the wire but not yet sent it (as heldout279's IndusInd RTGS accepted for the next working day).
  A receipt's "Received by card ..., approval code ...", "Recd. Rs. x/- ... in cash", Received (UPI) with its
  Balance 0.00, "Received with thanks" written, "Received with thanks." and "Paid by UPI, ref ..." written
  successes; Razorpay's Payment failed failed; *settled* (new here) the order mail's "Your order is on hold
  until we receive your bank transfer" pending, because the order is placed and its sum is still to be
  transferred (as heldout278's web order's Cash on Delivery (pending)). A supplier's "NEFT recd. <day>" by its
  PAID stamp, "Recd. cash", India Post's Paid by UPI, "नकद प्राप्त" (cash received), Payment Made (-) with its
  Balance Due 0.00 and "Paid on <day> by NEFT" under a PAID band, "Amount received through UPI" successes;
  Flipkart Wholesale's Payment pending pending; Shiprocket's Recharge failed failed. A banking page's
  Transaction Successful, STATUS SUCCESS, a Successful capsule, Fund transfer successful, Completed
  Successfully successes; *settled* (new here) bob World's "Paid <sum>" over its payee a success, because it
  states the payment made (as heldout278's "<sum> paid"); InstaBIZ's Pending for approval pending (*settled*,
  as heldout277's yono BUSINESS waiting for its authoriser); Cent Mobile's Transaction Failed failed. A pay
  slip's "Paid in cash" written, Paid successfully, Status Credited, "Received ... in cash as wages", Payment
  successful, "have received ... by NEFT" successes; Navi's Payment processing pending; mBandhan's IMPS failed
  failed. A fee page's Status Paid, Success, "has been received", "Payment received." successes; *settled*
  (new here) the e-Stamp certificate a success, because an e-Stamp certificate is issued only against the duty
  paid (as heldout278's registration cum fee receipt); ESIC's "Challan pending - awaiting bank confirmation"
  pending; the profession tax's Payment Failed failed. An insurer's "Received with thanks the premium above",
  "Received the premium above" written with Cash ticked, "Thank you for your payment. Your ... policy ... is
  issued.", IFFCO-TOKIO's Paid by UPI over "Premium received.", Niva Bupa's Renewal successful capsule and
  LIC's "we acknowledge with thanks the contribution ... received" successes; ICICI Lombard's Payment failed
  failed; SBI General's Payment under process pending. A slip's TXN APPROVED, Payment Successful, APPROVED, a
  Payment received capsule successes, Bank of Baroda's DECLINED failed, Airpay's TXN TIMED OUT with STATUS:
  PENDING - DO NOT RETRY pending (*settled*, as heldout278's Innoviti and heldout279's Ezetap); the
  restaurant's "Settled CARD" a success (*settled*, heldout277's "Settled by: CARD"). A utility's Recharge
  successful, CSC's Status SUCCESS, Payment successful, "Received" written on the user charge receipt
  successes; Indane's Payment pending pending; Dish TV's Recharge failed failed. *settled*: an SMS, mail,
  passbook or watch debit alert a success whatever its bank's wording ("debited", "DEBITED", "Dr", a
  passbook's withdrawal line marked with a highlighter); Union Bank's "has failed" failed; *settled* (new
  here) Central Bank's "is under process. ... Please do not retry." pending, because the IMPS has not yet
  reached the payee (as heldout278's Axis Bank "is pending").
* date: the day paid. A UPI screen's "<hour> on <day>" under PhonePe's bar, Fi's Date, BHIM's Date & time,
  JioFinance's Date & Time, POP's Attempted on, the day and hour on PhonePe Business' card, Flipkart UPI's
  Date; Tata Neu's "at <hour>" prints no day (*settled*, as heldout278's Tata Play). A payer's Payment Date
  (never an invoice's Date), the day in NABARD's sentence (never its later Date:), CFMS' Advice sent on (a
  pending's day sent, as PFMS' Sent to bank on), Meesho's Attempted on, the hotel's Paid on, the day in
  Dastkar's "Paid by NEFT on" (never the Bazaar's days), PNB's Value Date; GoCoop's statement prints only its
  Payout cycle (*settled*: never a Period) and so no day. A wire's Remittance Date on MUFG's receipt
  (2026/03/27, year first with slashes, *settled* heldout277, or 27 Mar 2026), UBS' Ausführungsdatum /
  Execution date (11.11.2026), RBC's Value date (Aug 28, 2026, or 2026-08-28, year first), Westpac's Payment
  date, DBS' Value Date, Nordea's Payment date (24.02.2026), Emirates NBD's Transfer date; HSBC HK's "<n> mins
  ago" prints no day (*settled*, as heldout278's "2h ago" and heldout279's "<n> hours ago"). A receipt's
  Invoice Date (a shop's invoice paid at its counter), the Date written on a notebook's page, Attempted on,
  the Khatabook bill's Date, the share money receipt's Date, the order mail's Order date (a pending order's
  day, *settled* heldout278), the hall receipt's Date; the care card prints no day. A supplier's day in the
  accountant's "NEFT recd. <day>" (never the invoice's earlier Date:, *settled* heldout275), India Post's Date
  with its hour (its postmark's day the same), Placed on, the carpenter's Date, the jute bag maker's "Paid on
  <day>" (never its earlier Invoice Date), Attempted on, the day in the printer's sentence (never its earlier
  Dated); the thread house's Date left blank prints no day (*settled*). A banking page's Date & Time, Created
  on, the typed advice's DATE (its stamp's day the same), Date, Date & Time, Transaction Date; GO Mobile+'s
  "Today, <hour>" prints no day (*settled*). A pay slip's Date written in, Date & time, greytHR's Paid on
  (never its Pay month), Date, Initiated on, YONO's Date, the day in the trainer's sentence (never the
  training's days); the member's receipt's Date left blank prints no day. A fee page's Payment date, the day
  in the railway's sentence (never its later Date: or the stall's first day), Payment initiated on (never the
  Contribution period), Date, Date; *settled* (new here) the e-Stamp's Certificate Issued Date, because the
  certificate is issued when the duty is paid; *settled* (new here) never an e-Challan's Challan date, because
  it is the day of the offence, not of the payment (its Payment date is); the Nagar Nigam's holding tax page
  prints only its Assessment year (*settled*: never a year or a Period) and so no day. An insurer's Receipt
  Date, the Date written in, Attempted on, Payment date, Initiated on, IFFCO-TOKIO's Date beside its Receipt
  No., the day in LIC's sentence (never its later Date:); Niva Bupa's "Today, <hour>" prints no day. A slip's
  DATE (with TIME on its line), Date & Time (05-Dec-2026), DATE, DATE, Date/Time, DATE, the restaurant's Date
  with its hour; SmartHub's Time alone prints no day. A utility's Date & Time, CSC's Date (never its Bill
  month), Initiated on, Date, Attempted on, the Date written on the user charge receipt (never its Month(s)),
  the day and hour under Google Pay's Payment successful; Airtel's "Yesterday, <hour>" prints no day
  (*settled*, heldout277). The alerts' "on <dd-mm-yy> <hour>", "on <dd/mm/yyyy>", "on <dd.mm.yyyy>", "on
  <dd/mm/yy>", "on <dd.mm.yy>", "on <dd-Mon-yy>" (an SMS thread's day divider over its message, where it names
  a day, the same), the passbook's DATE on its highlighted line (never the other lines', *settled* as
  heldout279's mini statement); the watch's "now" prints no day. All numeric days here are day first
  (heldout251, heldout259) but MUFG's and RBC's year first. *settled*: never a Due date, a Period, a Pay or
  Bill month, a Contribution period, an Assessment or financial year, an invoice number's financial year or an
  e-mail's hour, the day inside a UTR (heldout210), a GRN, a challan's number or an app's, a terminal's or a
  bank's transaction id, the day inside a file's name (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (Fabindia's Mode, GoCoop's NEFT, NABARD's NEFT, CFMS'
  e-Payment (RTGS/NEFT), Meesho's NEFT, the hotel's Mode, Dastkar's NEFT, PNB's Mode; the order mail's Direct
  bank transfer (NEFT / IMPS) (*settled*, as heldout278's myBillBook's Bank Transfer); the cloth house's NEFT,
  the jute bag maker's NEFT, Shiprocket's Net banking; the banking pages but bob World; greytHR's Bank
  transfer (NEFT), mBandhan's IMPS, the trainer's NEFT; OGRAS' State Bank of India (Net Banking), ESIC's and
  the GI Registry's Net Banking; New India's NEFT, SBI General's Net Banking, LIC's NEFT; the NEFT and IMPS
  alerts), a SWIFT or other bank remittance either way (MUFG's Telegraphic transfer (SWIFT), UBS'
  Auslandzahlung SWIFT (SHA), RBC's International wire (SWIFT), Westpac's International transfer (SWIFT), DBS'
  Telegraphic Transfer, Nordea's Utlandsbetaling (SWIFT), Emirates NBD's International transfer (SWIFT),
  HSBC's Global transfer (SWIFT)); UPI for the UPI screens, the Khatabook bill's Received (UPI), the hall's
  Paid by UPI, the care card's UPI, Flipkart Wholesale's, India Post's and the printer's UPI (PhonePe), bob
  World's UPI, the UPI to a member and to the trainer, the holding tax's, the railway's and the e-Challan's
  UPI, ICICI Lombard's, IFFCO-TOKIO's and Niva Bupa's UPI, the smart meter's, Indane's, Airtel's and Google
  Pay's UPI, the UPI alerts; card for the tax invoice's card with its approval code, Razorpay's Card, the
  profession tax's Debit card, Bajaj General's Credit card, the slips, SmartHub's contactless card, the
  restaurant's "Settled CARD", JioFiber's Credit card, Dish TV's Debit card; cash for the notebook's "in
  cash", the share money's "by Cash", "Recd. cash", "नकद प्राप्त", "Paid in cash", a member's "in cash",
  Oriental's Cash ticked, CSC's Mode Cash, the user charge's "by cash". *settled* (heldout278) a page that
  names no way of paying, here the e-Stamp certificate: payment_method None.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout279): a UPI
  reference / UTR / RRN / IMPS reference (UTR:, UTR, UPI Ref. ID, UPI Reference No., UPI Transaction ID, UPI
  Ref No., UPI transaction ID, Fabindia's Payment Ref. No. (its NEFT's UTR, as heldout278's Payment Reference
  Number), a UTR in a sentence, in a hand's note or on a typed line, UPI Ref. No., UPI Ref., a ref written by
  hand, UPI Ref, IMPS Ref. No. (RRN), IMPS Ref No., UTR NO, UTR No., RRN, an alert's UPI:<ref> / UTR / RRN /
  Ref, the UTR in ICICI's "NEFT-<UTR>-<PAYEE>"), then a bank reference (MUFG's Reference No., UBS' Referenz /
  Reference, RBC reference, Westpac receipt number, DBS' Transaction Reference, Emirates NBD's Reference
  number, HSBC's Reference, PNB ONE's Transaction ID, OnlineSBI's Reference No., OGRAS' BRN, the GI Registry's
  Bank transaction ID, a Bharat BillPay ID), then a transaction / payment id (PhonePe's Transaction ID, Fi
  transaction ID, Tata Neu transaction ID, Flipkart UPI's Transaction ID, CFMS Transaction ID, Meesho's
  Payment ID, Razorpay's Payment ID, Shiprocket's and InstaBIZ's Transaction ID, the Nagar Nigam's Transaction
  No., OGRAS' GRN (*settled*, as GRAS' GRN), ESIC's Transaction ID, the profession tax's Transaction Ref. No.,
  the e-Challan's Transaction ID, an insurer's Transaction ID / Payment reference / Payment Reference No. /
  Payment ID, Paytm Txn ID, the bills' Transaction ID), then an approval code (approval code, APPR CODE, Auth
  Code, AUTH, Approval Code, Approval code), then an order's number (Order #, Order ID), then a document's own
  number (Bill No., Receipt No., a cash memo's printed No., India Post's Receipt No, Parchi No., Sl. No.,
  ESIC's Challan No. (the challan's own number made before its payment, as heldout278's CPIN), an agent's
  receipt book's printed No., a slip's INV NO / INV / Invoice No; *settled* (new here) the GI Registry's CBR
  No., its cash book receipt's number, and the e-Stamp's Certificate No., the certificate's own number,
  because each is the receipt's own number). *settled*: never a card, account or mobile number, a UPI ID or
  VPA, IFSC, GSTIN, PAN, a Vendor Code, a Bill No. on an advice, an invoice number in a payer's sentence,
  Purpose, Message or Their reference or in an attachment's file name (heldout272), a Member No., Employee
  No., Employer Code, Holding No., PTRN, Application No., Quote No., Proposal No. or Policy No., a Service ID,
  VC No., Customer ID, Consumer ID, Meter No., CA No. or Booking No., a slip's TID / MID / BATCH, a No. left
  blank, a VLE's number; *settled* (new here) never India Post's Article No. (the parcel's tracking number,
  not the payment's), an e-Challan's Challan No. (the offence's number, issued before and apart from the
  payment, as a Diary No.), the e-Stamp's Account Reference (the stamp vendor's office) or a Vehicle No."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout283_families import (
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

SPLIT = "heldout283"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans Display
# and DejaVu Sans Condensed among them), the pages in Noto Serif, Liberation Serif, DejaVu Serif, FreeSerif,
# Liberation Sans and DejaVu Sans Condensed, the collective's, its suppliers' and its members' papers in Noto
# Serif Display, DejaVu Serif Condensed, Liberation Serif (liberation2), FreeSerif and Liberation Sans
# Narrow, the slips in five monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold,
# fonts-noto-core) for the Hindi lines, labels and hand, Noto Sans Tirhuta (fonts-noto-core) for the
# Tirhuta lines, a pen's italic or oblique (``heldout283_families.PENS``) and a page's own fixed-width face
# (``heldout283_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout283_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout283 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

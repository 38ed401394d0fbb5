"""heldout289: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Patan patola weaving family house's year of 2026 in Patan, Gujarat (Manilal
Kantilal Salvi & Sons, a partnership firm, GSTIN 24AAKFM5821R1ZQ, Udyam UDYAM-GJ-23-0018462, its partners Shri
Rameshbhai M. Salvi and his son Nilesh: a Salvi family of Salvivad who tie, dye and weave the Patan patola,
the double ikat silk whose warp and weft threads are each tied and dyed, colour by colour, before they meet on
the tilted harness loom of sheesham wood, so that the motif (bhat) comes out alike on both faces of the cloth,
two weavers taking six months over a saree; its sarees in Narikunj, Panchanda and Navratna bhat, dupattas in
Chhabdi bhat, stoles in Pan bhat, rumals in Chowkdi bhat, framed panels, ties, bookmarks and coasters; its
showroom and house in Salvivad near Panchasara Derasar, Salvi Patola Ghar, with its gallery, Patola Virasat
Gallery, where visitors watch the looms; stall 14 at the crafts bazaar of the Rann Utsav at Dhordo, Kutch; the
web shop salvipatolaghar.in; buyers at home and abroad), told by the proofs of payment it receives (buyers'
Google Pay, MobiKwik, ICICI's iMobile Pay, super.money, Jupiter, HDFC Bank's PayZapp and Kotak811 screens and
BharatPe for Business on the house's phone; Garvi Gurjari's vendor payment advice, a Mumbai saree house's Zoho
Books payment, PFMS for the Development Commissioner (Handlooms), a Vadodara hotel's Dynamics 365 Business
Central remittance advice, a Delhi museum store's ICICI Bank corporate banking NEFT rejected, a Surat saree
house's Busy voucher, an Ahmedabad studio's myBillBook Payment Out and a Vadodara school trust's voucher
written in Gujarati; JPMorgan Chase, Barclays, RBC Royal Bank, CommBank, ING, Mashreq, OCBC and NCBA Bank
Kenya's copy of a SWIFT MT103 for buyers in Edison, Leicester, Toronto, Sydney, Amsterdam, Dubai, Singapore
and Nairobi in US dollars, pounds, Canadian and Australian dollars, euros, dirhams and Singapore dollars; the
web shop's WooCommerce mail, a Cashfree payment link, the showroom's tax invoice, an advance receipt for a
saree still to be woven, the gallery's entry ticket, PayU's failed checkout, a receipt to a design institute
and the showroom's thermal bill) and those it makes (a Patan dye seller's chit, a Ramanagara silk twister's
invoice, Moglix's failed checkout, a Surat zari works' Khatabook bill, DTDC's roll, Google Workspace's
receipt, IndiaMART's order awaiting the bank and a loom carpenter's carbon-copy bill; Kotak's net banking,
IDFC FIRST Bank, Canara Bank's ai1, Axis Bank's corporate banking, Federal Bank's FedMobile, the Kalupur
Bank's statement, Baroda Gujarat Gramin Bank's mBanking in Gujarati and Indian Bank's IndOASIS for the silk
twister, the zari works, the printer, the transporter, the electrician, the packaging house, the web studio
and the loom carpenter; its tyers', dyers', weavers' and staff's wage account, RazorpayX Payroll's payslip,
Freecharge, Tata Neu, a wage receipt, Bajaj Finserv, JioFinance and a tyer's receipt on a naksha; Patan
Nagarpalika's property tax on e-Nagar, the Controller of Legal Metrology, the Geographical Indications
Registry, the Gujarat Labour Welfare Board, VAHAN, ESIC, Sidhpur Nagarpalika's fair stall and the Registrar of
Firms on Digital Gujarat; United India's, Tata AIG's, Bajaj Allianz's, Care Health's, National Insurance's,
Cholamandalam MS', Niva Bupa's and Royal Sundaram's premiums; cards on the showroom's, the Utsav stall's and
the showroom's Smart POS terminals and the firm's card at a Vadodara hotel, a Patan filling station, a Surat
zari works, an Ahmedabad dye house and a Patan devda sweet shop; UGVCL, Airtel Xstream Fiber, Vi, Gujarat Gas,
Tata Play, HP Gas, a cable operator and Patan Nagarpalika's water through Bharat BillPay; the banks' SMS,
Baroda Gujarat Gramin Bank's SMS in Gujarati, Axis Bank's mail, a notification shade and Federal Bank's
WhatsApp Banking). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout286's or heldout287's; where a kind of paper is one they also drew (a tax invoice, a receipt book's
page, a payslip, a thermal roll, a bank's SMS), it is drawn here for another issuer in this set's own labels
and marks; the families' docstrings list each one's labels). This set draws kinds of row and page heldout286
and heldout287 do not: Gujarati lines in Noto Sans and Noto Serif Gujarati shaped by Raqm, as a name over its
English, a heading, a bank's SMS, a form's fields with their labels small in Gujarati and English with a
middle dot between them over the value (printed, or written by hand on a hairline), a Gujarati hand's lines
and sums; a patola's motif as a letterhead's emblem (three lozenges, a flower of four petals in each, every
edge feathered as a double ikat's edges are); a patola's border as a divider (peepal leaves up and down
between rows of dots, feathered); an outcome's capsule with its dot; a payment's stages across the page (done,
waiting or stopped); a revenue stamp signed across; a PAID mark across an invoice; a spiral notebook's holes
and wire; a naksha's graph paper with a patch of the motif coloured square by square; a carbon copy's violet
writing and smudges; a notification shade's quick toggles; a SWIFT MT103's tagged fields in a fixed-width
face; a bank statement's single debit between its opening and closing balances; a payment link's and a
marketplace's stages. They draw beside them heldout269's to heldout287's rows (striped tables, tables ruled on
every side, dot leaders, labels against a gutter, hairline rows, rounded cards, tiles two to a row, values
over their labels, copyable fields, notice boxes, outcome tiles, chat bubbles and a chat's day divider,
hand-written fills and columns on a ruled page, sums in boxes, oval stamps, signatures, a torn roll).

* ``buyer_upi``: Google Pay's Completed capsule under the sum ("To" and "From" on hairline rows; copyable UPI
  transaction ID and Google transaction ID; the day and hour); MobiKwik's Payment Successful over the
  payment's stages (Paid, Bank confirmed, Credited) ("Paid to" over the payee; each value over its label: UPI
  Ref. No., MobiKwik Txn ID, Date, Paid via); ICICI's iMobile Pay with the payment failed (a Transaction
  Failed capsule, the reason in a notice; labels against a gutter: Payee Name, Amount, Bank Reference No.,
  Transaction Date, Account); super.money's dark "payment done" ("to <payee>"; a cashback card with its own
  sum; copyable UPI ref no and super txn id, paid on); Jupiter's "<sum> sent to <payee>" ("Today, <hour>";
  tiles: UPI Ref No, Paid from; no day); HDFC Bank's PayZapp with the payment processing (a capsule over its
  stages: Initiated, Bank processing, Credited; Merchant Name, Amount, UPI Ref No, Date & Time in dot leaders;
  a warning's notice); Kotak811's share card (the sum, "paid successfully to <payee>", "on <day>"; no
  reference); BharatPe for Business on the house's phone (the house under the app, a Payment received capsule,
  "from <buyer>"; tiles: UPI Ref No., BharatPe Txn ID; Received on, Settlement to on hairline rows). All new
  here.
* ``buyer_advices``: Garvi Gurjari's (the Gujarat State Handicrafts Development Corporation's) VENDOR PAYMENT
  ADVICE (Advice No. beside Date; Vendor Code, Vendor Name, Bank A/c, IFSC against a gutter; a table ruled on
  every side Bill No. | Bill Date | Bill Amount | TDS 2% | Net Paid with its total; "The net amount of Rs. x
  has been paid to your account by NEFT, UTR ..., on <day>."); a Mumbai saree house's PAYMENTS MADE from Zoho
  Books (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through, Amount Paid In Words
  in columns; the Amount Paid in a box; Payment for: a striped table of its bills); PFMS' payment status for
  the Development Commissioner (Handlooms) (a Pending at bank capsule; a striped table of Agency / Vendor,
  Scheme, Amount, Payment mode, PFMS Transaction ID, Initiated on, Status); a Vadodara hotel's Remittance
  Advice mailed from Dynamics 365 Business Central (Vendor No., Pay-to Name, Document No., Payment Date,
  Payment Method, Bank Reference in columns; External Document No. | Document Date | Amount | Amount Paid on
  hairline rows; Total Amount Paid); ICICI Bank's Corporate Internet Banking with the NEFT rejected (a
  Rejected capsule; Transaction Reference No., UTR, Debit Account, Beneficiary Name, Beneficiary Account,
  Amount, Payment Type, Value Date, Reason in dot leaders); a Surat saree house's PAYMENT VOUCHER printed from
  Busy in its fixed-width face (Vch No. and Date, Account, Cash/Bank, Amount, Narration "Paid by RTGS, UTR
  ...", the sum in words, three signatures); an Ahmedabad studio's Payment Out in myBillBook (Payment Out #,
  Party Name, Amount Paid, Payment Mode, UPI Ref. No., "Today, <hour>", Notes; no day); a Vadodara school
  trust's PAYMENT VOUCHER from its pad under its Gujarati name (No. left blank; each field's label small in
  Gujarati and English over the value written by hand: તારીખ · Date, મેળવનાર · Paid to, વિગત · Towards, રકમ ·
  Amount; "રોકડા ચૂકવ્યા" (paid in cash) in a Gujarati hand; no reference). All new here.
* ``export_wires``: JPMorgan Chase's wire transfer sent in US dollars (its sentence; Amount, Recipient,
  Recipient's bank, Sent on, Confirmation number, Wire fee, Type in dot leaders); Barclays' Payment sent in
  pounds under a tile ("to <beneficiary>"; each value over its label: Date, Payment type, Barclays payment ID,
  Charges); RBC's International Money Transfer confirmation in Canadian dollars ("Sent today at <hour> ET";
  labels against a gutter: Amount sent, Recipient, Recipient's bank, They receive (in rupees), Confirmation
  number; no day); CommBank's international transfer In progress in Australian dollars (a capsule over its
  stages: Submitted, Processing, Sent to bank, Received; tiles: Amount, Date; To, Reference number; a notice);
  ING's Overboeking naar het buitenland Uitgevoerd in euros the Dutch way (a capsule; each value over its
  label: Begunstigde, Rekening begunstigde; Datum, Transactiereferentie, Kosten on hairline rows); Mashreq's
  transfer failed in dirhams under a cross's tile ("to <beneficiary>", the reason in a notice; tiles: Date,
  Reference No.; Transfer type); OCBC's share card of an overseas transfer in Singapore dollars (the sum, "to
  <beneficiary>", "on <day>"; no reference); NCBA Bank Kenya's copy of the SWIFT MT103 in US dollars printed
  in its fixed-width face (Message Type, Sender, Receiver, Status ACK, then each field's tag and name over its
  value: :20:, :23B:, :32A:, :50K:, :59:, :70:, :71A:). All new here.
* ``own_receipts``: The web shop's WooCommerce order mail under a patola emblem ("[Order #n] (<day>)", Product
  | Quantity | Price on hairline rows, Subtotal, Shipping, Payment method "UPI via Razorpay - Paid", Total);
  Cashfree's payment link page for a saree's booking with the payment pending (a capsule over its stages;
  Purpose, Amount, Order ID, Cashfree Ref ID, Initiated on against a gutter; a warning's notice); the house's
  TAX INVOICE under its Gujarati name and a patola border, a PAID mark across it (Invoice No. beside Date,
  Buyer; a table ruled on every side with CGST 2.5%, SGST 2.5% and Total; "Paid by card (Visa ...), approval
  code ..."); an ADVANCE RECEIPT for a saree to be woven, written in its book (No. left blank; each field's
  label small in Gujarati and English over the value written by hand: તારીખ · Date, નામ · Name, વિગત · For,
  સાડીની કિંમત · Price, રકમ · Advance, બાકી · Balance; "રોકડા મળ્યા" (received in cash) in a Gujarati hand;
  signed across a revenue stamp; no reference); the gallery's ENTRY TICKET from its counter's book (Ticket
  No., Adults and Children with their sums, Total, "Paid by UPI"; no day); PayU's Transaction Failed for the
  web shop (a capsule; Merchant, Amount, Order ID, PayU ID, Payment mode, Date & time in dot leaders; a
  notice); the firm's RECEIPT typed on its letterhead for a design institute's documentation workshop
  ("Received with thanks from ... the sum of Rupees ... (Rs. x/-) by NEFT, UTR ..., on <day>, towards ...",
  signed across a revenue stamp); the showroom counter's BILL on a thermal roll (Bill No., Date, Qty | Item |
  Amt, TOTAL, "PAID: CASH"). All new here.
* ``supplier_invoices``: A Patan dye seller's chit written in a spiral notebook (its name in Latin letters
  under શ્રી, "તા." and the day, the madder, myrobalan, indigo, cutch, alum and pomegranate rind in a Gujarati
  hand with their sums, કુલ (total), "રોકડા મળ્યા" (received in cash); no reference); a Ramanagara silk
  twister's TAX INVOICE (Invoice No. beside its earlier Invoice Date, Bill to, a striped table of the raw and
  twisted silk with IGST 5%, Total; "Payment received by NEFT on <day>, UTR ..." in a ruled box); Moglix's
  checkout with the payment failed under a cross's tile (Sold by:; Order ID, Transaction ID, Order total, Paid
  with, Attempted on on hairline rows); a Surat zari works' bill made in Khatabook (Bill No. and its earlier
  Bill Date against a gutter, the zari on hairline rows, CGST 2.5%, SGST 2.5%, Total, "Received by UPI on
  <day>, UPI Ref ..."); DTDC's booking receipt on a torn thermal roll (CONSIGNMENT NO, BOOKING DATE, ORIGIN,
  DEST, WEIGHT, FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL RS, PAYMENT UPI - PAID, UPI REF); Google Workspace's
  payment receipt mailed (a Payment received capsule; Payment date, Transaction ID, Payment method, the plan,
  GST 18%, Total in columns); IndiaMART's order with the payment awaiting confirmation (a capsule over its
  stages; Sold by over the seller; each value over its label: Order ID, Payment ID, Amount, Payment mode, UTR,
  Initiated on); a Patan loom carpenter's BILL from its carbon book, the duplicate (Bill No. printed, its Date
  left blank, the work written in its columns, Total, "Received Rs. x/- by GPay, Ref ..." written in; no day).
  All new here.
* ``vendor_transfers``: Kotak's net banking NEFT receipt (a Successful capsule; a striped table: Transaction
  Reference No., UTR Number, From Account, Beneficiary Name, Beneficiary Bank, Amount, Transaction Date,
  Purpose); IDFC FIRST Bank's Money sent under a tile ("to <payee>"; each value over its label: IMPS Ref No.,
  Date & time, From, Remarks); Canara Bank's ai1 with an NEFT under process (a capsule over its stages; tiles:
  Reference No, Date; Beneficiary, Amount, Mode); Axis Bank's corporate banking RTGS (labels against a gutter:
  Transaction ID, UTR No., Beneficiary, Beneficiary A/c, Amount, Value Date, Payment Mode, Status Executed);
  Federal Bank's FedMobile transfer failed under a cross's tile ("to <payee>", the reason in a notice; tiles:
  IMPS Ref No, Date & time; From); the Kalupur Commercial Co-operative Bank's statement of account (its
  period, a table ruled on every side: Date | Narration | Chq/Ref | Withdrawal | Deposit | Balance with the
  opening balance, the "NEFT DR/<PAYEE>" row and the closing balance; no reference); Baroda Gujarat Gramin
  Bank's mBanking UPI under its Gujarati "ચુકવણી સફળ" (payment successful) (each field's label small in
  Gujarati and English over its value: મેળવનાર · Paid to, યુપીઆઈ સંદર્ભ નં. · UPI Ref No., તારીખ · Date, ખાતું
  · From); Indian Bank's IndOASIS Transaction Successful ("Today, <hour>"; Beneficiary, Amount, UTR No., Mode
  on hairline rows; no day). All new here.
* ``worker_pay``: The wage account kept in a spiral notebook in a Gujarati hand (મજૂરી હિસાબ, "તા." and the
  day, નામ and the tyer's name, the work with its sums, કુલ (total), "રોકડા ચૂકવ્યા" (paid in cash), her
  signature; no reference); RazorpayX Payroll's payslip (tiles: Employee and Employee ID, Designation and Pay
  period; earnings and deductions on hairline rows; Net Pay; "Paid on <day> via IMPS, UTR ..."); Freecharge's
  Payment successful to a dyer ("Paid to" over the payee; each value over its label: UPI Ref No, Freecharge
  Txn ID, Date & time, From); Tata Neu's UPI payment failed to a weaver under a cross's tile ("to <weaver>",
  the reason in a notice; UPI Ref No, Attempted on, From on hairline rows); a WAGE RECEIPT from the house's
  printed pad, photographed clipped to a clipboard (Voucher No.; Date, Received by, Rupees, For written in;
  Rs. in a box; "in cash"; signed across a revenue stamp); Bajaj Finserv's UPI payment "just now" (a Payment
  successful capsule, "to <weaver>"; tiles: UPI Ref No, From; no day); JioFinance's payment processing (a
  capsule over its stages; Paying to, Amount, UPI Ref No, Initiated on in dot leaders); a tyer's receipt
  written in a Gujarati hand on a patola's naksha (its graph paper, a patch of the motif coloured square by
  square; પહોંચ (receipt), "GPay થી મળ્યા" (received by GPay), Ref and the day in her hand, her name). All new
  here.
* ``govt_fees``: Patan Nagarpalika's property tax receipt from e-Nagar under its Gujarati name (a striped
  table: Receipt No., Tenement No., Owner / Occupier, Financial Year, Tax Amount, Payment Mode, Transaction
  ID, UPI Ref. No., Payment Date, Status); the Controller of Legal Metrology's e-payment receipt for the
  showroom scale's verification (labels against a gutter: Application No., Instrument, Trader, Fee, Receipt
  No., Bank Ref No., Payment Date, Payment Mode, Status); the Geographical Indications Registry's e-payment
  receipt for the firm's registration as an authorised user of the Patan patola's GI (CBR No., Date, Form, GI
  Application No., Applicant, Amount, Payment mode, Bank Ref. No. in columns; Payment successful); the Gujarat
  Labour Welfare Board's contribution waiting on the bank (a capsule, a notice; Establishment, Period,
  Employees, Amount, Transaction ID, Payment mode, Initiated on in dot leaders); VAHAN's fitness fee for the
  firm's tempo failed under a cross's tile (tiles: Vehicle No., Payment for; each value over its label:
  Amount, Transaction No., Bank, Date; the reason in a notice); ESIC's challan paid (a table ruled on every
  side: Employer Code, Employer Name, Contribution Period, Challan Number, Transaction Number, Amount Paid,
  Challan Submitted Date, Payment Mode, Bank; Payment successful); Sidhpur Nagarpalika's receipt from its book
  for a stall at the Kartik Purnima fair under its Gujarati name (No. left blank; each field's label small in
  Gujarati and English over the value written by hand; "રોકડા મળ્યા" (received in cash) in a Gujarati hand;
  its oval stamp; no reference); Digital Gujarat's Payment successful for the Registrar of Firms ("2 hours
  ago"; Service, Application No., Fee, Transaction ID, Paid via on hairline rows; no day). All new here.
* ``insurer_receipts``: United India Insurance's PREMIUM RECEIPT for the Bharat Sookshma Udyam Suraksha policy
  on the looms and silk (Receipt No., Receipt Date, Received from, Policy, Policy No., Premium, CGST 9%, SGST
  9%, Total, Mode, UTR in dot leaders; "Received with thanks."); Tata AIG's motor premium for the tempo under
  process (a capsule over its stages, "to <insurer>"; each value over its label: Proposal No., Premium,
  Payment ID, UPI Ref No, Initiated on); Bajaj Allianz's mail of a health premium received (its sentence;
  Policy number, Receipt number, Payment date, Payment mode, Transaction ID in columns); Care Health's Policy
  renewed under a tile ("paid to <insurer>", "Today, <hour>"; each value over its label: Policy No., Payment
  ID, Paid via; no day); National Insurance's marine cargo premium receipt for the sarees' journeys to the
  fairs (a table ruled on every side: Receipt No., Date, Insured, Policy, Sum insured, Premium, GST 18%, Total
  premium, Mode; "Received with thanks"); Cholamandalam MS's receipt written in its agent's book in Gujarati
  and English (No. left blank; each field's label small in Gujarati and English over the value written by
  hand; "રોકડા મળ્યા" (received in cash); no reference); Niva Bupa's payment failed under a cross's tile (the
  reason in a notice; tiles: Policy, Premium; Transaction ID, Payment mode, Attempted on on hairline rows);
  Royal Sundaram's premium receipt for the weavers' group personal accident policy (its stages all reached:
  Proposal, Payment, Policy issued; labels against a gutter: Receipt No., Policy, Insured persons, Premium
  (incl. GST), Payment date, Mode, UTR). All new here.
* ``card_slips``: Worldline's SALE at the showroom (DATE and TIME on a line, MID and TID on a line, BATCH and
  INVOICE NO on a line; CARD NO, CARD TYPE, AUTH CODE, RRN, AMOUNT, APPROVED, PIN VERIFIED); Razorpay POS'
  slip at a Vadodara hotel (each field a line of "Label : value": Date/Time, Txn ID, Card, Auth code, RRN,
  Amount, Status APPROVED; the e-receipt's line); SBI's slip at a Patan filling station (PUMP, NOZZLE,
  PRODUCT, RATE, VOLUME, VEHICLE NO, the card, APPR CODE, RRN, AMOUNT, TXN APPROVED); Kotak's slip at a Surat
  zari works declined (55 INCORRECT PIN); BharatPe's CARD SALE at the Rann Utsav stall in the Utsav's days
  (DATE, TIME, TID, INVOICE, CARD, APPROVAL, RRN, TOTAL, SUCCESS); IDFC FIRST Bank's slip at an Ahmedabad dye
  house with no response (TXN STATUS PENDING, PLEASE CHECK BEFORE RETRY); a Patan devda sweet shop's CASH MEMO
  under its Gujarati name, written by hand (Date written in; Item | Qty | Rs. written in its columns, Total,
  "Paid by card"; no reference); PhonePe's Smart POS screen at the showroom (the house under the app, a tile,
  Payment successful, the sum, the card and the hour alone; each value over its label: Auth Code, RRN; no
  day). All new here.
* ``utility_bills``: UGVCL's online payment receipt under its Gujarati name (tiles: Consumer No., Consumer
  name; each value over its label: Amount paid; Transaction ID, Bank reference, Payment date, Mode, Status on
  hairline rows); Airtel Xstream Fiber's mail of a payment received (its sentence; Account ID, Plan, Payment
  date, Transaction ID, Payment mode in columns); Vi's postpaid bill payment failed under a cross's tile ("to
  <biller>", the reason in a notice; each value over its label: Mobile number, Bill amount, Transaction ID,
  Payment mode, Attempted on); Gujarat Gas' PNG bill payment receipt (a table ruled on every side: BP Number,
  Customer name, Bill month, Receipt No., Transaction ID, Amount, Payment date, Payment mode; its thanks);
  Tata Play's Recharge successful ("for <biller>", "Yesterday, <hour>"; each value over its label: Subscriber
  ID, Pack, Transaction ID, Paid via; no day); HP Pay's refill booking with the payment pending (a capsule,
  "to <biller>"; tiles: Booking No., Distributor; UPI Ref No, Initiated on); a cable operator's receipt from
  its collector's book (No. left blank; each field's label small in Gujarati and English over the value
  written by hand; "રોકડા મળ્યા" (received in cash); no reference); Bharat BillPay's receipt for Patan
  Nagarpalika's water charges (a Successful capsule; Biller Name, Consumer No., Bill Amount, BBPS Txn Ref ID,
  Payment Date, Payment Channel, Payment Mode in dot leaders). All new here.
* ``bank_alerts``: Baroda Gujarat Gramin Bank's SMS in Gujarati in its messages thread under its day divider
  ("આપના ખાતા XX1234 માંથી રૂ.x UPI દ્વારા <PAYEE> ને <dd-mm-yyyy> ના રોજ ડેબિટ કરવામાં આવ્યા છે. સંદર્ભ નં.
  <ref>. ..."); SMS in Kotak's ("Sent Rs.x from Kotak Bank AC X1234 to <PAYEE> on <dd-mm-yy> via NEFT.
  UTR:..."), Canara Bank's ("IMPS transaction of Rs.x from A/c XX1234 to <PAYEE> on <dd/mm/yyyy> has FAILED.
  Amount, if debited, will be reversed. Ref No ..."), the Kalupur Bank's ("Your A/c XX1234 is debited by Rs.x
  on <dd.mm.yyyy> towards NEFT to <PAYEE>. Avl Bal Rs.y"; no reference) and Bank of India's ("BOI - Rs.x
  debited from A/c XX1234 on <dd-Mon-yyyy> for IMPS to <PAYEE>. IMPS Ref ...") wordings; IDFC FIRST Bank's
  notification in a phone's pulled-down shade under its quick toggles ("now"; "Rs.x paid to <PAYEE> via UPI
  from A/c XX1234. UPI Ref ..."; no day); Axis Bank's mail ("INR x has been debited from your Axis Bank
  account no. XX1234 on <dd-mm-yyyy> for NEFT to <PAYEE>. UTR: ..."); Federal Bank's WhatsApp Banking message
  under its day divider ("Your NEFT of Rs.x to <PAYEE> initiated on <dd/mm/yyyy> is in process. UTR ... Please
  do not re-initiate."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Gujarati
(regular and bold, fonts-noto-core) for the Gujarati lines, labels and hand, an upright DejaVu Serif for a
Gujarati hand's figures and Latin letters, an italic for the hand (``heldout289_families.PENS``) and a
fixed-width face of the page's own (``heldout289_families.TYPES``). The Rann Utsav stall's card slip is drawn
in the Utsav's days (12 to 21 December 2026) and Sidhpur's fair stall in the days round Kartik Purnima (20 to
26 November 2026); the other days anywhere in 2026. GST is 5% on the patola silks, the silk yarn (IGST 5% from
Karnataka) and the zari, 18% on the courier, the mail plan and the premiums.

Truth conventions (heldout287's, heldout286's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  "To" on Google Pay's hairline row (never its "From"), under MobiKwik's "Paid to" (never its UPI ID), iMobile
  Pay's Payee Name, after "to" on super.money, under Jupiter's "sent to", PayZapp's Merchant Name, under
  Kotak811's "paid successfully to"; the registered name cut short where so printed (MANILAL KANTILAL SALVI),
  the firm's short name (M K SALVI AND SONS); never the app, the payer or "from <buyer>". *settled*
  (heldout268 to heldout287): a receiving business's own app pays the business named under the app, here the
  house under BharatPe for Business. *settled* (heldout167 to heldout287): a payer's advice pays the one it
  pays, never the payer on top or a salutation; here Garvi Gurjari's Vendor Name (never its Vendor Code or the
  corporation on top), Zoho Books' Paid To, PFMS' Agency / Vendor (never PFMS or the Development
  Commissioner), Business Central's Pay-to Name (never its Vendor No. or the hotel on top), ICICI's
  Beneficiary Name (never the museum store), Busy's Account (as heldout287's TallyPrime Account:, never its
  Cash/Bank), myBillBook's Party Name (never the studio under the app), the school trust's Paid to / મેળવનાર
  written in (never the trust or its Gujarati name). *settled* (heldout155 to heldout287): an inward wire pays
  the firm, here Chase's Recipient, the name after "to" on Barclays, Mashreq and OCBC, RBC's Recipient,
  CommBank's To, ING's Begunstigde (as heldout280's DNB's Til), never the remitter or the bank on top;
  *settled* (new here) a SWIFT MT103's payee is the name line under :59: Beneficiary Customer (never the
  account line after "/" above it, nor :50K:'s ordering customer), because :59: is the field the message names
  its beneficiary in. *settled* (heldout175 to heldout287): the house's own paper pays itself, its gallery or
  its firm on top, here Salvi Patola Ghar on its WooCommerce mail, its Cashfree page, its tax invoice (never
  its Gujarati line), its advance receipt and its thermal bill, Patola Virasat Gallery on its entry ticket
  (never the house's line under it), the house after PayU's "Merchant" (never PayU), the firm on its receipt
  to the design institute (never the institute it was received from). A name in Gujarati over its English: the
  English line, never the Gujarati (*settled*, as heldout287's Bodo and Assamese). *settled* (heldout187 to
  heldout287): a supplier's name on top of its own paper, here the dye seller's name written in Latin letters
  on its chit (never the શ્રી over it or its signature), SRI RAGHAVENDRA SILK TWISTERS (never its Bill to),
  the seller after Moglix's "Sold by:" and under IndiaMART's "Sold by" (never the marketplace; never the town
  under it), SHREE KRISHNA ZARI WORKS (never its Bill To or Khatabook), DTDC on top of its roll (never its
  franchisee), Google Workspace, VISHWAKARMA LOOM WORKS (never M/s.). *settled* (heldout179 to heldout287): a
  banking page pays the payee, here Kotak's Beneficiary Name, the name after "to" on IDFC FIRST and FedMobile,
  Canara's Beneficiary, Axis' Beneficiary, the Gujarati page's મેળવનાર · Paid to, IndOASIS' Beneficiary, the
  statement's Narration after "NEFT DR/" (as heldout287's passbook's "NEFT-"; never the account holder, the
  opening or the closing balance). *settled* (heldout150 to heldout287): a pay slip pays the worker, here the
  name after નામ: in the wage account (never the house), RazorpayX's Employee tile, under Freecharge's "Paid
  to", after "to" on Tata Neu and Bajaj Finserv, JioFinance's Paying to, the wage receipt's Received by
  written in; *settled* (heldout284) a payee's own paper pays its writer, here the tyer's name written under
  her receipt on the naksha. *settled* (heldout153 to heldout287): a fee page pays the authority as printed,
  here PATAN NAGARPALIKA under its Gujarati name (never e-Nagar or the Owner / Occupier), the Controller of
  Legal Metrology (never the Trader), the Geographical Indications Registry (never the Controller General's
  office under it or the Applicant), the Gujarat Labour Welfare Board (never the Establishment), the Transport
  Department, Government of Gujarat under VAHAN (never VAHAN or Parivahan), the Employees' State Insurance
  Corporation (never the Employer Name), SIDHPUR NAGARPALIKA under its Gujarati name (never the Name written
  in or its stamp), the Registrar of Firms, Gujarat State under Digital Gujarat (never the portal). *settled*
  (heldout199 to heldout287): an insurer's receipt pays the insurer on top (full or short as printed) or after
  "to" and "paid to" on an app (Tata AIG General Insurance Co. Ltd., Care Health Insurance Ltd.; never the
  app's bar), never Received from, the Insured or a salutation; Niva Bupa Health Insurance under its failed
  payment. A slip's counter name line as printed (SALVI PATOLA GHAR, the hotel, the filling station, the zari
  works, the dye house), never *settled* the terminal's brand over it (WORLDLINE, Razorpay POS, STATE BANK OF
  INDIA, KOTAK MAHINDRA BANK, BharatPe, IDFC FIRST BANK); the house under PhonePe's Smart POS; the sweet shop
  on top of its cash memo (never its Gujarati line). A utility's biller: UGVCL's English name under its
  Gujarati (never UGVCL's bar or the Consumer name), Airtel Xstream Fiber on top, after "to" on Vi (Vodafone
  Idea Ltd.) and HP Pay (HP Gas, never its Distributor, as heldout287's Indane), Gujarat Gas Limited on top,
  after "for" on Tata Play, the cable operator on top of its receipt (never GTPL Hathway under it), Bharat
  BillPay's Biller Name (never Bharat BillPay). An SMS, mail, shade or WhatsApp alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop, read across its lines
  where it wraps): the Gujarati SMS' "<PAYEE> ને" (to <PAYEE>, as heldout287's Assamese "<PAYEE> লৈ"), Kotak's
  "to <PAYEE> on", Canara's "to <PAYEE> on", the Kalupur Bank's "towards NEFT to <PAYEE>.", Bank of India's
  "for IMPS to <PAYEE>.", the shade's "paid to <PAYEE> via", Axis' "for NEFT to <PAYEE>.", Federal Bank's "to
  <PAYEE> initiated".

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), never super.money's
  cashback card's sum. *settled* (heldout152 to heldout287): a payer's advice counts its net sum, here Garvi
  Gurjari's Net Paid total (its sentence the same; never a Bill Amount or the TDS 2%), Zoho's Amount Paid in
  its box (never a Bill Amount), PFMS' Amount, Business Central's Total Amount Paid, ICICI's Amount, Busy's
  Amount, myBillBook's sum, the trust's Amount / રકમ written in. *settled* (heldout155 to heldout287): an
  inward wire's foreign sum, here US dollars ($x USD, USD x or US$x), pounds (£), Canadian dollars (CAD x or
  C$x), Australian dollars (AUD x or A$x), euros the Dutch way (€ 3.580,00 / EUR 3.580,00 is 3580.00, as the
  Danish way, *settled* heldout245 and heldout255), dirhams (AED), Singapore dollars (S$ / SGD); never Chase's
  Wire fee, RBC's They receive in rupees (*settled*: a converted sum carries no fact); *settled* (new here) an
  MT103's :32A: gives the day year first as YYMMDD, then the currency, then the sum with a decimal comma
  (260803USD6450,00 is 3 August 2026 and 6450.00 US dollars), because that is the field's fixed format in the
  SWIFT standard. *settled* (heldout175 to heldout287): a receipt counts the sum received, here WooCommerce's
  Total (never Subtotal or Shipping), Cashfree's Amount, the tax invoice's Total (never CGST 2.5% or SGST
  2.5%), the ticket's Total (never a line's Rs. 200), PayU's Amount, the Rs. x/- in the institute's receipt,
  the roll's TOTAL; *settled* (new here) an advance receipt counts the advance received under રકમ · Advance,
  never the saree's Price or the Balance still due, because only the advance changed hands that day. A whole
  sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout287): a
  supplier's paper counts the sum paid, here the chit's કુલ (total) written in (never a line's sum, as
  heldout287's মুঠ), the silk invoice's Total (never IGST 5% or Round off), Moglix's Order total, Khatabook's
  Total (never CGST 2.5% or SGST 2.5%), DTDC's TOTAL RS (never FREIGHT, FUEL SURCHARGE or GST 18%), Google's
  Total (never GST 18%), IndiaMART's Amount, the carpenter's Total written in (its Received in pen the same).
  A banking page's sum; the statement's Withdrawal (never a Balance). *settled* (heldout167 to heldout287): a
  pay slip's net sum, here the wage account's કુલ written in, RazorpayX's Net Pay (never an earning or a
  deduction), the sums on Freecharge, Tata Neu, Bajaj Finserv and JioFinance, the wage receipt's Rs. in its
  box, the tyer's "Rs. x/-" in her hand. A fee page's Tax Amount, Fee, Amount, Amount Paid, Amount / રકમ
  written in. An insurer's premium with its GST (*settled*), here United India's Total (never Premium, CGST 9%
  or SGST 9%), National's Total premium (never Premium, GST 18% or the Sum insured), Royal Sundaram's Premium
  (incl. GST), the sums on Tata AIG, Care Health and in Bajaj Allianz's sentence, Niva Bupa's Premium tile,
  Cholamandalam's Premium / રકમ written in. A slip's AMOUNT / Amount / TOTAL, never a filling station's RATE
  or VOLUME, the cash memo's Total written in, the Smart POS screen's sum large. A utility's Amount paid, the
  sum in Airtel's sentence, Bill amount, Amount, the sums large, the cable receipt's Amount written in (never
  its Months). An alert's sum debited as worded (grouped the Indian or the English way or not at all), never
  an Avl Bal or Available balance. Currency INR but on the wires.

* status: as printed. Google Pay's Completed and BharatPe's Payment received capsules, MobiKwik's Payment
  Successful, super.money's "payment done", Jupiter's "sent to" under its tile, the tick's tile over
  Kotak811's "paid successfully to" (*settled*, as a large tick) successes; PayZapp's Payment Processing
  pending; iMobile Pay's Transaction Failed failed. *settled* (new here) a payment's stages across a page
  carry no fact of their own: the outcome is the capsule's or the heading's words, the stages only drawing
  them (a stage reached, a ring waiting or a cross). A payer's own record of the payment made (*settled*, as
  heldout287's Tally voucher): Zoho's PAYMENTS MADE with Bank Transfer, Business Central's Remittance Advice,
  Busy's PAYMENT VOUCHER "Paid by RTGS", myBillBook's Payment Out with its Paid capsule, the trust's "રોકડા
  ચૂકવ્યા" (paid in cash); Garvi Gurjari's "has been paid to your account" successes; PFMS' Pending at bank
  with its "Sent to bank, credit awaited" pending (*settled* heldout274's IREPS); ICICI's Rejected (returned:
  invalid IFSC) failed. A wire's "has been sent", Barclays' Payment sent, RBC's "your transfer has been sent",
  OCBC's Transfer successful successes; ING's Uitgevoerd (executed) a success, as heldout276's PostFinance
  Ausgeführt (*settled*); *settled* (new here) an MT103 copy whose Status is ACK (Acknowledged) a success,
  because the remitter's bank's message has been accepted by the network and sent on; CommBank's In progress
  pending (as heldout287's HSBC); Mashreq's Transfer failed (returned) failed. A receipt's "UPI via Razorpay -
  Paid", "Paid by card", "રોકડા મળ્યા" (received in cash, as heldout287's "নগদ টকা পালোঁ"), the ticket's "Paid
  by UPI", "Received with thanks", "PAID: CASH" successes; Cashfree's Payment pending pending; PayU's
  Transaction Failed failed. A supplier's "રોકડા મળ્યા", "Payment received by NEFT", "Received by UPI", DTDC's
  "UPI - PAID", Google's Payment received, the carpenter's "Received Rs. x/- by GPay" successes; IndiaMART's
  Awaiting confirmation pending; Moglix's Payment failed failed. A banking page's Successful, Money sent,
  Status Executed (as ING's, executed), Payment successful under "ચુકવણી સફળ", Transaction Successful and the
  statement's debit row (*settled*: a printed debit entry a success) successes; Canara's Transaction under
  process pending; FedMobile's Transfer failed failed. A pay slip's "રોકડા ચૂકવ્યા" (paid in cash) in the wage
  account, RazorpayX's "Paid on <day> via IMPS", Freecharge's and Bajaj Finserv's Payment successful,
  "received in cash", "GPay થી મળ્યા" (received by GPay) in the tyer's hand successes; JioFinance's Payment
  processing pending; Tata Neu's Payment failed failed. A fee page's Status Success, Status Paid, Payment
  successful, Challan - Payment successful, "રોકડા મળ્યા" successes; the Labour Welfare Board's Payment
  pending pending; VAHAN's Transaction Failed failed. An insurer's "Received with thanks.", "We have received
  your premium", Policy renewed, "Policy issued: premium received", "રોકડા મળ્યા" successes; Tata AIG's
  Payment under process pending; Niva Bupa's Payment failed failed. A slip's APPROVED, Status APPROVED, TXN
  APPROVED, SUCCESS, the memo's "Paid by card" written in, the Smart POS' Payment successful successes;
  TRANSACTION DECLINED (55 INCORRECT PIN) failed; RESPONSE NOT RECEIVED with its TXN STATUS: PENDING pending
  (as heldout287's HOST NOT RESPONDING, *settled* heldout274 and heldout281). A utility's Status Success, "We
  have received your payment", Thank you for your payment, Recharge successful, "રોકડા મળ્યા", Bharat
  BillPay's Successful successes; HP Pay's Payment pending pending; Vi's Payment failed failed. *settled*: an
  SMS, mail, shade or WhatsApp debit alert a success whatever its bank's wording (here in Gujarati too, "ડેબિટ
  કરવામાં આવ્યા છે", has been debited); Canara's "has FAILED. Amount, if debited, will be reversed." failed;
  Federal Bank's "is in process. ... Please do not re-initiate." pending (as heldout287's Punjab & Sind Bank's
  "is under process").

* date: the day paid. A UPI screen's day under Google Pay's capsule, MobiKwik's Date, iMobile Pay's
  Transaction Date, super.money's "paid on" in lower case, PayZapp's Date & Time, Kotak811's "on <day>",
  BharatPe's Received on; Jupiter's "Today, <hour>" prints no day (*settled*). A payer's Date: at the head of
  Garvi Gurjari's advice (its sentence's "on <day>" the same), Zoho's Payment Date (never a Bill Date), PFMS'
  Initiated on, Business Central's Payment Date (never a Document Date), ICICI's Value Date, Busy's Date, the
  trust's Date / તારીખ written in; myBillBook's "Today, <hour>" prints no day. A wire's Sent on (its month
  named), Barclays' Date, CommBank's Date, ING's Datum, Mashreq's Date, OCBC's "on <day>", the MT103's :32A:
  day (its Created line, year first, the same); RBC's "Sent today at <hour> ET" prints no day (*settled*, as
  Today). A receipt's "[Order #n] (<day>)", Cashfree's Initiated on, the tax invoice's Date:, the advance
  receipt's Date / તારીખ written in, PayU's Date & time, the institute receipt's Date: (its sentence's "on
  <day>" the same), the roll's Date; the gallery's ticket prints no day. A supplier's "તા. <day>" written on
  the chit, the day in the silk twister's "Payment received by NEFT on <day>" (never its Invoice Date,
  *settled* heldout284's Marg), Moglix's Attempted on, the day in Khatabook's "Received by UPI on <day>"
  (never its Bill Date), DTDC's BOOKING DATE, Google's Payment date, IndiaMART's Initiated on; the carpenter's
  bill leaves its Date blank and so prints no day (*settled* heldout270 to heldout287). A banking page's
  Transaction Date, Date & time, Date, Value Date, the Gujarati page's તારીખ · Date, the statement's Date in
  the debit's row (never its Period, its opening or its closing balance's day); IndOASIS' "Today, <hour>"
  prints no day. A pay slip's "તા. <day>" in the wage account, the day in RazorpayX's "Paid on <day>" (never
  its Pay period or "Payslip for <month>"), Freecharge's Date & time, Tata Neu's Attempted on, the wage
  receipt's Date written in, JioFinance's Initiated on, the tyer's "તા. <day>"; Bajaj Finserv's "just now"
  prints no day (*settled*, as heldout279's lock screen's "now"). A fee page's Payment Date, Date, Initiated
  on (never the Labour Welfare Board's Period), VAHAN's Date, ESIC's Challan Submitted Date (never its
  Contribution Period), the Date / તારીખ written in; Digital Gujarat's "2 hours ago" prints no day (*settled*:
  an age names no calendar day). An insurer's Receipt Date, Initiated on, Payment date, Date, Attempted on,
  the Date / તારીખ written in; Care Health's "Today, <hour>" prints no day. A slip's DATE:, Date/Time, DATE,
  DATE/TIME, the memo's Date written in; the Smart POS screen's hour alone prints no day (*settled*
  heldout285's Mswipe). A utility's Payment date, Attempted on, Initiated on, Payment Date, the Date written
  in (never the cable receipt's Months or Gujarat Gas' Bill month); *settled* (new here) Tata Play's
  "Yesterday, <hour>" prints no day, because, as Today, it names no calendar day on the page (the day it means
  hangs on when the screen was looked at). The alerts' "<dd-mm-yyyy> ના રોજ" (on <day>, in Latin figures as
  the bank sends them, as heldout287's Assamese "তাৰিখে"), "on <dd-mm-yy>", "on <dd/mm/yyyy>", "on
  <dd.mm.yyyy>", "on <dd-Mon-yyyy>", "on <dd-mm-yyyy>", "initiated on <dd/mm/yyyy>" (its day divider the
  same); the shade's "now" prints no day (*settled* heldout279). All numeric days here are day first
  (heldout251, heldout259) but the MT103's :32A: and Created line, year first. *settled*: never a Period, a
  Pay period, a pay month, a Contribution Period, a Bill month, Months, a Financial Year, an invoice's, a
  bill's or a document's day, a statement's Period or its balances' days, an e-mail's hour, the day inside a
  UTR (heldout210) or inside an app's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Garvi Gurjari's NEFT, Zoho's Bank Transfer, PFMS'
  e-Payment (NEFT), Business Central's BANK (NEFT), ICICI's NEFT, Busy's RTGS; the institute's NEFT; the silk
  twister's NEFT, IndiaMART's NEFT; the banking pages but BGGB's UPI; RazorpayX's IMPS; the Legal Metrology's,
  GI Registry's, Labour Welfare Board's, VAHAN's and ESIC's net banking; United India's and Royal Sundaram's
  NEFT; PayU's Net Banking; Airtel's Net Banking; the NEFT and IMPS alerts); a SWIFT transfer either way
  (Chase's International wire (SWIFT), Barclays' International payment (SWIFT), RBC's transfer to the
  recipient's bank, CommBank's and Mashreq's SWIFT, ING's shared charges (SHA), OCBC's Overseas funds transfer
  (SWIFT), the MT103's :71A: SHA). UPI for the UPI screens, myBillBook's UPI, WooCommerce's "UPI via
  Razorpay", Cashfree's UPI, the ticket's "Paid by UPI", Khatabook's, DTDC's and the carpenter's "by GPay"
  (*settled* heldout276), BGGB's UPI, Freecharge, Tata Neu, Bajaj Finserv and JioFinance, the tyer's "GPay થી"
  (by GPay), Patan Nagarpalika's and Digital Gujarat's UPI, Tata AIG's, Care Health's and National's UPI,
  UGVCL's, Tata Play's, HP Pay's and Bharat BillPay's UPI, the UPI alerts; card for the tax invoice's "Paid by
  card", Moglix's Debit card, Google's Visa, Bajaj Allianz's Credit card, Niva Bupa's Debit card, the slips
  and the Smart POS, the memo's "Paid by card", Vi's Credit card, Gujarat Gas' Debit card; cash for the
  trust's, the wage account's and the advance receipt's "રોકડા" (cash), the roll's PAID: CASH, the dye
  seller's "રોકડા મળ્યા", the wage receipt's "received in cash", Sidhpur's, Cholamandalam's and the cable
  operator's "રોકડા મળ્યા".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout287): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay's UPI transaction ID, UPI Ref. No., iMobile Pay's Bank
  Reference No., upi ref no, UPI Ref No, a UTR in a sentence, Zoho's Reference Number, Business Central's Bank
  Reference, ICICI's UTR, Busy's UTR in its Narration, myBillBook's UPI Ref. No., the silk twister's and
  Khatabook's UTR / UPI Ref, DTDC's UPI REF, IndiaMART's UTR, the carpenter's Ref in pen, Kotak's UTR Number,
  IMPS Ref No., Axis' UTR No., the Gujarati page's યુપીઆઈ સંદર્ભ નં. · UPI Ref No., IndOASIS' UTR No.,
  RazorpayX's UTR, the tyer's Ref, e-Nagar's UPI Ref. No., United India's and Royal Sundaram's UTR, Tata AIG's
  UPI Ref No, National's "UPI, Ref", a slip's RRN, HP Pay's UPI Ref No, the alerts' સંદર્ભ નં. (reference
  no.), UTR:, Ref No, IMPS Ref, UPI Ref, UTR), then a bank reference (ICICI's Transaction Reference No. (below
  its UTR), CommBank's Reference number, ING's Transactiereferentie, Mashreq's Reference No., the MT103's :20:
  Sender's Reference (*settled* (new here), as a bank reference, because :20: is the remitting bank's own
  reference for the message), Kotak's Transaction Reference No., Canara's Reference No, the Legal Metrology's
  Bank Ref No., the GI Registry's Bank Ref. No., UGVCL's Bank reference), then a transaction / payment id
  (Google transaction ID, MobiKwik Txn ID, super txn id, BharatPe Txn ID, PFMS Transaction ID, Chase's and
  RBC's Confirmation number (as heldout279's Wise Transfer #), Barclays payment ID, Cashfree Ref ID, PayU ID,
  Moglix's Transaction ID, Google's Transaction ID, IndiaMART's Payment ID, Axis' Transaction ID, Freecharge
  Txn ID, e-Nagar's, the Labour Welfare Board's and Digital Gujarat's Transaction ID, VAHAN's Transaction No.,
  ESIC's Transaction Number, Tata AIG's and Care Health's Payment ID, Bajaj Allianz's and Niva Bupa's
  Transaction ID, Razorpay POS' Txn ID, UGVCL's, Airtel's, Vi's, Gujarat Gas' and Tata Play's Transaction ID,
  Bharat BillPay's BBPS Txn Ref ID), then an approval code (the tax invoice's approval code, AUTH CODE, Auth
  code, APPR CODE, APPROVAL, Auth Code), then an order's number (WooCommerce's Order #, Cashfree's Order ID,
  PayU's Order ID, Moglix's and IndiaMART's Order ID, HP Pay's Booking No. (*settled* heldout280)), then a
  document's own number (Garvi Gurjari's Advice No. (*settled*, a Payment advice No.), Zoho's Payment#,
  Business Central's Document No., Busy's Vch No., myBillBook's Payment Out #, the tax invoice's Invoice No.,
  the ticket's Ticket No., the institute receipt's No., the roll's Bill No., the silk twister's Invoice No.,
  Khatabook's Bill No., the carpenter's No. printed, the wage receipt's Voucher No., e-Nagar's Receipt No.,
  the Legal Metrology's Receipt No., the GI Registry's CBR No. (*settled* (new here), as a Receipt No.,
  because the Cash Book Register number is the number the Registry's receipt is filed under), ESIC's Challan
  Number, United India's, National's and Royal Sundaram's Receipt No., Bajaj Allianz's Receipt number, a
  slip's INVOICE NO / INVOICE / INV NO, Gujarat Gas' Receipt No.). *settled*: never a card, account, phone or
  mobile number, a UPI ID, IFSC, GSTIN, Udyam number, a Policy No. or Policy number, Proposal No., Consumer
  No., BP Number, Account ID, Subscriber ID, a Tenement No. (as a Holding No.), Application No., Employer Code
  (as an Establishment code), Employee ID, a vehicle's number, a slip's TID / MID / BATCH, a No. left blank, a
  bill or document named on an advice (Garvi Gurjari's Bill No., Zoho's Bill Number, Business Central's
  External Document No.), a Vendor Code or Vendor No., DTDC's CONSIGNMENT NO (as an AWB, *settled*
  heldout274), the MT103's account lines under :50K: and :59:; *settled* (new here) never the GI Registry's GI
  Application No. (GI-56), because it numbers the Patan patola's geographical indication, not the payment (as
  a Policy No. numbers the policy)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout289_families import (
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

SPLIT = "heldout289"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces, the pages in Noto
# Serif, Liberation Serif (liberation2), DejaVu Sans Condensed, FreeSerif, Liberation Sans and Noto Sans
# Display, the house's, its suppliers' and its people's papers in DejaVu Serif, Noto Serif Display, Liberation
# Serif, Noto Sans and FreeSans, the slips in five monos; beside them Noto Sans and Noto Serif Gujarati
# (regular and bold, fonts-noto-core) for the Gujarati lines, labels and hand, an upright DejaVu Serif for a
# Gujarati hand's figures, a pen's italic (``heldout289_families.PENS``) and a page's own fixed-width face
# (``heldout289_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout289_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout289 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

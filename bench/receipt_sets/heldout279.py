"""heldout279: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Tikuli art women artisans' enterprise's year of 2026 in Patna, Bihar (Patliputra
Tikuli Kala Mahila Udyog, Udyam UDYAM-BR-26-0041873, GSTIN 10AAJFP6172K1ZD, its proprietor Smt. Kiran Sinha:
its workshop at Mahendru, Tikuli Kala Kutir, where its women artisans, Muslim and Hindu women of old Patna,
paint Tikuli, the city's old craft of the bindi, in enamel on hardboard and on glass with gold foil, on
coasters, wall plates, trays, key holders, pen stands, jewellery boxes, earrings and clocks, and hold
children's and visitors' workshops; its counter at Shop 14, Khadi Mall, Fraser Road, Tikuli Ghar, with stall
63 at the Bihar Saras Mela on Gandhi Maidan; corporate gift orders for banks, hospitals, refineries, power
stations, hotels, museums and universities; the web shop tikulighar.in, the iTokri and Amazon Karigar
marketplaces and buyers abroad), told by the proofs of payment it receives (buyers' Google Pay, CRED,
MobiKwik, WhatsApp, iMobile Pay, super.money and Kotak811 screens, BharatPe for Business on the counter's
phone; iTokri's payout mail, the Bihar Museum's letter, SBI's Local Head Office's vendor advice, PFMS' status
for AIIMS Patna, Indian Oil's SAP payment advice note from its Barauni refinery, Amazon Seller Central's
failed disbursement, GeM's status for NTPC Barh and Canara Bank's advice for a law university; Wise,
Barclays, ING, MCB, Republic Bank, ANZ, SEB and Standard Bank for buyers in New York, Bath, Utrecht, Port
Louis, San Fernando, Wellington, Gothenburg and Durban in US dollars, pounds, euros, Mauritian rupees,
Trinidad and Tobago dollars, New Zealand dollars, Swedish kronor and rand; the counter's roll, its money
receipt book, the web shop's failed checkout, the Saras Mela stall's carbon bill book, a proforma invoice cum
advance receipt, the web shop's order mail, the Kala Kutir's workshop fee receipt and the counter's
certificate of authenticity cum sale receipt) and those it makes (a Patna plywood house's invoice with a
sticky note, IndiaMART's pending payment, an enamel paint dealer's cash memo, Amazon Business' failed
checkout, a glass cutter's bill on squared paper, Delhivery's receipt, Canva's Stripe receipt and a frame
maker's bill with its total corrected; Canara ai1, UCO mBanking Plus, HDFC Bank NetBanking, FedMobile, Bank
of India, Axis neo, IndusInd Bank and Kotak's mail for the plywood house, the paint dealer, the box maker,
the glass cutter, the auditors, the photographer, the Saras Mela's tent house and the web studio; its
artisans', trainee's and sales associate's piece work card, screens, stipend voucher, payslip, Holi advance
and work register; the Income Tax Department's challan, JEEViKA's stall rent, the Legal Metrology
department's fee, the Patna Municipal Corporation's trade licence fee, the handicrafts office's fair fee,
EPFO's contribution, the Copyright Office's filing fee and the Bihar Fire and Emergency Services' fee; United
India's, National's, HDFC ERGO's, TATA AIG's, Star Health's, Go Digit's, ACKO's and Cholamandalam MS'
premiums; cards on the counter's, the stall's and the Kala Kutir's terminals and the enterprise's card at a
Delhi hotel, a Patna sweet shop, an art emporium, a colour shop and a courier's counter; the power company's
receipt and counterfoil, GAIL Gas' piped gas, HP Gas', Vi's, Tata Play's, Excitel's and Bharat Gas' bills; the
banks' SMS, Bank of India's mail, an ATM's mini statement, a lock screen's notification and an app's inbox).
One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id
and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout276's or heldout277's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page the earlier sets do not: Kaithi lines in Noto Sans Kaithi (the script Bihar's courts, kaithis and
shopkeepers wrote Hindi and Magahi in) over the Hindi and the English of a name; a Tikuli border of black
enamel set with bright dots, a gold rule inside it and a gold bindi at each corner; a Tikuli coaster as a
letterhead's emblem; an app's pale top with a wavy lower edge; a ticket's card with a notch cut from each side
and its tear line; a spinner's ring; a receipt book's number struck in red by a numbering machine; a
Craftmark hang tag on its string; a blind embossed seal; a coloured stripe down a letterhead's edge; enamel
paint splashes; a staple; squared paper; an ATM's mini statement with the payment's line ticked in pen; a
phone's lock screen with its notification; an app's inbox of messages; a SAP payment advice note typed in a
fixed-width face; labels in Dutch and English in one cell and in Swedish over English. They draw beside them
heldout269's to heldout277's rows (shaded label cells, striped tables, tables ruled on every side, dot
leaders, labels against a gutter, steps down the page and left to right, boxed fields, capsules, tinted bands,
cards, chat bubbles and a chat's payment card, app tabs, hand-written fills, carbon copies, stamps, seals,
sticky notes, a corrected sum, a revenue stamp, green-barred continuous stationery, a bahi's red rules,
punched holes, QR codes, thumb boxes, ribbons, Hindi lines and Hindi labels over their English).

* ``buyer_upi``: Google Pay's Completed (the payee's initials, "To <payee>" and its VPA, the sum, a large
  tick, the day and hour; a card: UPI transaction ID, To, From, Google transaction ID); CRED's payment
  processing on its dark screen under a spinner's ring ("to <payee>", UPI ref no., CRED txn id, initiated
  at, paid via); MobiKwik's Payment Successful on a pale wavy top ("Paid to" over the name and its VPA,
  Transaction ID, UPI Ref. No., Date & Time, Paid via); a WhatsApp chat with the counter under its day
  divider, the buyer's payment card ("Payment to <payee>", the sum, Completed, UPI and the bank) and the
  counter's thanks (no reference); iMobile Pay's Payment failed under a large cross ("to <payee>", the
  reason, its fields two to a row: UPI Ref. No., Date, Paid from, Mode); super.money's payment on a ticket's
  card ("paid to <payee>", UPI Ref ID, super.money txn ID, Date, Paid from; a cashback line under it);
  BharatPe for Business on the counter's phone (the counter under the app, tabs, a Received card with the
  sum and "from <buyer>"; UPI Ref No, BharatPe Txn ID, Received on, Settlement); Kotak811's Sent successfully
  ("Just now"; UPI Ref. No., From, Note, each label small over its value; no day). All new here.
* ``buyer_advices``: iTokri's payout mail ("We have sent <sum> ...", a striped table Order | Item | Sale |
  iTokri fee | Payout, Net payout; dot leaders: Payee, Bank account, Mode, UTR, Payout date); the Bihar
  Museum's letter under its Hindi name on a letterhead's stripe (Memo No. beside its later "Patna, dated",
  To, The Proprietor, the enterprise, Subject, "a sum of Rs. x/- (...) has been credited to your account by
  NEFT (RTGS) on <day>", an embossed seal; no reference); SBI Local Head Office's VENDOR PAYMENT ADVICE, each
  label against a gutter (Vendor name, Vendor code, Invoice No., Item, Gross amount, TDS u/s 194Q (0.1%), Net
  amount paid, Mode, UTR No., Value date); PFMS' payment status for AIIMS Patna (steps left to right:
  Sanctioned, Signed by DDO, Sent to bank, Credited; shaded label cells: Sanction No., Vendor Name, Amount,
  Mode of Payment, PFMS Transaction ID, Sent to bank on, Payment Status); Indian Oil's PAYMENT ADVICE NOTE
  mailed, typed as SAP prints it (VENDOR, VENDOR NO, CLEAR.DOC, PAY DATE, PAY METHOD with the UTR, its
  invoices each with LESS TDS 194Q, NET AMOUNT PAID (INR)); Amazon Seller Central's Disbursement failed
  (boxed fields: Disbursement ID, Seller, Amount, Bank account, Transfer method, Initiated on, Failure
  reason); GeM's seller payment status for NTPC Barh (a ruled table across the page with one row: Contract
  No. | Invoice No. | Amount (Rs.) | Status; shaded label cells: Seller, Paying authority, Net amount paid,
  Mode, UTR; no day); Canara Bank's e-payment advice to the beneficiary under an e-ADVICE watermark (a table
  ruled on every side: Remitter, Beneficiary, Beneficiary A/c, Amount, Amount in words, Transaction date,
  Mode, UTR, Canara Ref. No.). All new here.
* ``export_wires``: Wise's mail "your money is on its way to <payee>" in US dollars (its steps down the page,
  the first with its day: You set up your transfer, We received your USD, We are sending your money to
  India, Your money arrives; Transfer #, Amount sent, Wise fee (paid by you), Recipient gets in rupees,
  Reference); Barclays' Payment sent in pounds ("to <beneficiary>"; Date, Payment type, Barclays reference,
  Their bank, Reference, each label small over its value); ING's Overboekingsbevestiging / Transfer
  confirmation in euros the Dutch way (€ 2.927,93), each label in Dutch and English in a table ruled on every
  side (Naam begunstigde / Beneficiary name, Bedrag / Amount, Uitvoeringsdatum / Execution date 21-08-2026,
  Soort / Type, Kenmerk / Reference, Omschrijving / Description, Status Uitgevoerd / Executed); MCB Juice's
  Completed in Mauritian rupees ("to <beneficiary>", "Today at <hour>"; Transaction reference, Transfer type,
  Beneficiary bank, Purpose; no day); RepublicOnline's WIRE TRANSFER CONFIRMATION in Trinidad and Tobago
  dollars (shaded label cells: Confirmation Number, Value Date, Beneficiary Name, Beneficiary Bank, Amount,
  Charges, Transfer type, Status Processed); ANZ's overseas payment notification to the payee in New Zealand
  dollars (its sentence, a card: Amount, Payment date, Paid to, Method, Particulars; no reference); SEB's
  Utlandsbetalning rejected in Swedish kronor (12 450,00 kr), each label in Swedish over its English
  (Mottagare / Recipient, Belopp / Amount, Betalningsdag / Payment date 2026-01-13, Betalningstyp / Type,
  Referens / Reference, Orsak / Reason); Standard Bank's PROOF OF PAYMENT in rand (R 51 125.53) on a
  letterhead's stripe, in dot leaders (Date of payment 2026/01/31, Reference number, Beneficiary name,
  Beneficiary bank, Amount, Payment type, Their reference, Remitter). All new here.
* ``own_receipts``: the Khadi Mall counter's TAX INVOICE on a torn roll (Bill No, Date with the hour,
  Cashier, the items and their quantities x rates, Taxable, CGST 2.5%, SGST 2.5%, Net Amt, Paid UPI
  (PhonePe), UPI Ref); the enterprise's MONEY RECEIPT from a book under its Kaithi and Hindi lines, its No.
  struck in red by a numbering machine (Date, Received with thanks from, Rupees, by, on account of written
  in; Rs. in a box); the web shop's checkout with its payment failed under a large cross (dot leaders: Order
  ID, Payment ID, Amount, Payment method, Attempted on; Instamojo); the Saras Mela stall's BILL from a carbon
  book ("A unit of" line, Bill No. printed, Date and Name written in, Particulars | Qty | Rate | Amount
  written on its ruling, Total, "Paid by UPI, Ref ..."); a PROFORMA INVOICE CUM ADVANCE RECEIPT under a
  Tikuli coaster (PI No. beside its earlier Date, To, a table ruled on every side with IGST 5% and Order
  value, "Advance of Rs. x/- received by NEFT on <day>, UTR ...", Balance on delivery); the web shop's order
  mail with the payment awaiting the bank (its items, Shipping, Order total, Order No., Payment, PayU ID,
  Order placed); the Kala Kutir's WORKSHOP FEE RECEIPT in a Tikuli border under a coaster (No. left blank,
  Date, Received from, Participant, Workshop, Fee Rs., Paid in written in, "Received with thanks"; no
  reference); the counter's CERTIFICATE OF AUTHENTICITY CUM SALE RECEIPT in a Tikuli border under its Kaithi
  line with its Craftmark tag (its sentence, dot leaders: Artwork, Artist, Medium, Price, Paid by, Approval
  code; "Received in full."; no day). All new here.
* ``supplier_invoices``: PATNA PLYWOOD HOUSE's TAX INVOICE, stapled (Invoice No. beside its earlier Date:,
  Buyer:, a table ruled on every side with HSN, CGST 9%, SGST 9% and Total (rounded), the accountant's sticky
  note: "Paid by UPI", "Ref ...", "on <day>"); IndiaMART's Pay with IndiaMART with the payment pending with
  the bank (steps left to right, a capsule, Seller, Items, Order ID, Transaction ID, Amount, Payment mode,
  Initiated on); MAA DURGA PAINTS & HARDWARE's CASH MEMO under its Hindi name with enamel splashed on it (No.
  printed, Date left blank, M/s, the enamels, gold foil and thinner written in with their sums, Total, "Recd.
  cash"; no day); Amazon Business' checkout with the payment failed on a tinted band (Order #, Sold by, Items,
  Order total, Payment method, Attempted); a glass cutter's bill written on squared paper (Md. Irfan, his
  street, Date, the glass cut and its sums, Total, "Cash recd."; no number, no reference); Delhivery's
  PAYMENT RECEIPT mailed (a striped table of freight, COD handling and IGST 18%, Total paid; Receipt No., Paid
  on, Payment mode, UPI reference, Client); Canva's receipt as Stripe mails it (Receipt #, Amount paid, Date
  paid and Payment method side by side, its summary with IGST 18%); RAJ FRAME & ART's BILL (Bill No. beside
  Date:, its frames and glass, Total Rs. crossed out and the discounted sum written beside it with the
  writer's initials, "Recd. with thanks by GPay", "UPI Ref ..."). All new here.
* ``vendor_transfers``: Canara ai1's Transaction successful (the payee's initials, "to <payee>", Mode, UTR
  No., Transaction ID, Date, Remarks); UCO mBanking Plus' IMPS Failed on a tinted band (boxed fields: IMPS
  Ref No, Date & Time, Beneficiary A/c, Reason); HDFC Bank NetBanking's third party transfer (a band "Your
  transaction was successful", a striped table: Reference No., Beneficiary, Account, Amount, Mode, Value
  date, Remarks); FedMobile's Money sent under a large tick (the payee, A/c, IFSC, Mode, Date, Remarks; no
  reference); Bank of India's e-Receipt, each label in Hindi over its English (लेनदेन संदर्भ / Transaction
  reference, यूटीआर / UTR, तारीख / Date, लाभार्थी / Beneficiary, राशि / Amount, माध्यम / Mode, स्थिति / Status);
  Axis neo for corporates' Payment successful ("Today, <hour>"; UTR and Mode, Beneficiary A/c and Remarks two
  to a row; no day); IndusInd Bank's RTGS request accepted for the next working day (steps down the page; dot
  leaders: Request ID, Beneficiary, Amount, Mode, Initiated on, Purpose); Kotak Mahindra Bank's mail ("Your
  IMPS of Rs.x to <PAYEE> from your account ... is successful. IMPS Ref No. ...", a card: Beneficiary,
  Account, Date and time, Remarks). All new here.
* ``worker_pay``: a PIECE WORK CARD under the Kala Kutir's Hindi name (Card No. beside Artisan:, Work and its
  rate, the week's days down the card with the pieces written in, Total pieces x the rate, Less: advance,
  Net paid, "Paid in cash on <day>" by hand, a thumb box); Paytm's money sent to an artisan (the day and hour
  on top, her initials, "Sent to", her name and number, the sum, a Successful capsule, UPI Ref No, From,
  Note); a trainee's STIPEND VOUCHER (Voucher No. left blank, Date, Paid to, For, Amount Rs., Mode written in,
  a revenue stamp signed across, "Received payment"; no reference); Keka's payslip (dot leaders: Employee,
  Employee No., Designation, Pay period; Earnings beside Deductions, Net pay on a tinted panel; Paid on,
  Mode, UTR, "Salary credited."); Jupiter's Payment in progress under a clock's mark (UPI transaction ID,
  Initiated, To, From); IDFC FIRST Bank's IMPS failed to a gilder (a capsule, boxed fields: IMPS Ref No.,
  Date, Beneficiary A/c, Reason); a HOLI ADVANCE slip typed under its Hindi heading (Sl. No., For the month
  of, Paid to, Artisan No., Advance, Mode: Cash, Recovery; "Received" by hand, a thumb box; no day); an
  artisan's page of the work register on a bahi's red rules (her name, the work in Hindi by hand with its
  sums and कुल (total), "Paid cash Rs. x/- on <day>", Vr. No., a thumb box). All new here.
* ``govt_fees``: the Income Tax Department's Challan Receipt (ITNS 280) under its Hindi name (a table ruled
  on every side: PAN, Name, Assessment Year, Major head, Minor head, Amount (in Rs.), CIN, BSR code, Challan
  No., Date of deposit, Mode of payment, Bank Reference Number); JEEViKA's BIHAR SARAS MELA STALL ALLOTMENT
  CUM RENT RECEIPT under its Hindi name (Receipt No., Stall No., Allottee, Mela period, Rent, Paid by, UPI
  Ref.; no day); the Legal Metrology department's fee failed on a tinted band under its Hindi name (dot
  leaders: Application No., Instrument, Fee, Payment mode, Transaction ID, Attempted on, Reason); the PATNA
  MUNICIPAL CORPORATION's TRADE LICENCE FEE RECEIPT under its Hindi name (shaded label cells: Receipt No.,
  Date, Trade licence No., Trade name, Ward, Licence fee, Late fee, Total, Mode, UPI Ref.; its round seal);
  the Office of the Development Commissioner (Handicrafts)'s letter, stapled ("Received Rs. x/- (...) in cash
  on <day> towards the participation fee ..."; an embossed seal; no reference); EPFO's payment confirmation,
  each label against a gutter (TRRN, CRN, Establishment, Wage month, Total amount, Payment date, Mode, Bank
  Ref. No., Status); the Copyright Office's fee pending at the bank (a capsule, boxed fields: Diary No., Work,
  Fee, Transaction ID, Mode, Initiated on); the Bihar Fire and Emergency Services' fee receipt under its Hindi
  name (a striped table: Challan No., Establishment, Service, Fee, Mode, Bank Ref. No., Payment date, Status;
  a QR code). All new here.
* ``insurer_receipts``: United India Insurance's letter punched for its file, typed (Ref, To, Sub) and its
  sentence of a Bharat Sookshma Udyam Suraksha premium received in cash (no reference); National Insurance's
  PREMIUM RECEIPT printed on green-barred continuous stationery (RECEIPT NO, DATE, RECEIVED FROM, POLICY,
  PREMIUM, GST 18%, TOTAL, MODE, UTR; PREMIUM RECEIVED WITH THANKS.); HDFC ERGO's mail of a policy ready (a
  card of the policy; Premium (incl. GST), Payment ID, Payment date, Paid via); TATA AIG's Payment failed
  under a large cross ("to <insurer>"; Proposal No., Transaction ID, Amount, Mode, Date, Plan two to a row);
  Star Health's PREMIUM ACKNOWLEDGEMENT on a ribbon, each label against a gutter (Acknowledgement No., Date,
  Proposer, Plan, Lives, Premium, GST @ 18%, Total premium, Mode, UTR); Go Digit's payment under verification
  (steps left to right, a capsule; shaded label cells: Quote ID, Vehicle, Premium, Payment ID, Mode,
  Initiated on); ACKO's Policy purchased ("paid to <insurer>", "Today, <hour>"; Payment ID, Paid via,
  Policy, Shop; no day); Cholamandalam MS' PREMIUM RECEIPT (a table ruled on every side: Receipt No.,
  Receipt Date, Insured, Policy, Net premium, IGST 18%, Total premium, Mode, Card transaction ID). All new
  here.
* ``card_slips``: Mswipe's screen on the counter's terminal (the counter under the device's name, a large
  tick, Sale approved, the sum, Time alone; Card, Auth code, RRN, Txn ID; no day); SBI's slip at the Saras
  Mela stall, each label padded to its colon (DATE/TIME, MID, TID, BATCH and ROC, CARD, EXP, APPR, RRN,
  AMOUNT, *** APPROVED ***); Ezetap's slip at the Kala Kutir (DATE, TIME, TID, INV, CARD, AMOUNT, TXN IN
  PROGRESS, DO NOT RETRY); Mosambee's CHARGE SLIP at a Delhi hotel in label and value pairs (Merchant Id,
  Terminal Id, Txn Date, Txn Time, Invoice No, Batch No, Card No, Card Type, Auth Code, RRN, Txn Amt, TXN
  APPROVED); Innoviti's contactless slip at a sweet shop (DATE and TIME on one line, INVOICE, APP LABEL, AID,
  TC, AUTH, RRN, BILL AMT, APPROVED); an art emporium's BILL written in its book (No. never struck, Date, M/s,
  its goods and sums on its ruling, Total, Cash | Card | UPI with Card ticked, "Paid by card - thanks"; no
  reference); Kotak Mahindra Bank's DECLINED slip at a colour shop (RESP CODE: 51 INSUFFICIENT FUNDS);
  PhonePe's card terminal slip at a courier's counter (Card payment successful, Amount, Card, Date & Time,
  Transaction ID, Auth Code, RRN). All new here.
* ``utility_bills``: the power company's online payment receipt under its Hindi name, each label against a
  gutter (CA Number, Consumer name, Bill month, Amount paid, Transaction ID, Bank Ref No, Payment date,
  Payment mode, Status); Amazon Pay's piped gas bill under a large tick ("<sum> paid to GAIL Gas Ltd", BP
  No., Amazon Pay transaction ID, BBPS ID, Paid on, Paid using); HP Pay's refill pending (steps left to
  right, a capsule, "for HP Gas", Order No., UPI Ref, Distributor, Initiated); Vi's postpaid bill ("<sum>
  paid for Vi Postpaid", "<n> hours ago"; Mobile number, Transaction ID, Payment mode; no day); Tata Play's
  recharge mail ("Your Tata Play account with Subscriber ID ... has been recharged with <sum> on <day>.",
  Transaction ID, Pack, Payment mode); Excitel's Payment failed under a large cross (boxed fields: Order ID,
  Amount, Plan, Payment mode, Attempted on); the power company's bill's CONSUMER'S COUNTERFOIL typed (CA
  No., Name, Bill month, Due date, Amount payable) with the cashier's hand "Paid Rs. x/- cash on <day>" and
  his CASH RECEIVED stamp (no reference); Bharat Gas' WhatsApp booking under the chat's day divider ("Your
  Bharat Gas refill is booked. Order No. ... Payment of <sum> received by UPI, Ref ..."). All new here.
* ``bank_alerts``: SMS in HDFC Bank's ("Sent Rs.x From HDFC Bank A/C *1234 To <PAYEE> On <dd/mm/yy> Ref
  ..."), Axis Bank's ("INR x debited A/c no. XX1234 <dd-mm-yy> <hour> UPI/P2M/<ref>/<PAYEE> ..."), Kotak's
  ("Your UPI transaction of Rs.x to <PAYEE> on <dd-mm-yyyy> has failed. ... UPI Ref ...") and UCO Bank's
  ("Your NEFT request of Rs x to <PAYEE> A/c XX1234 dated <dd-mm-yyyy> is accepted and will be processed in
  the next batch. Ref ...") wordings; Bank of India's mail ("Your A/c ... is debited by Rs x on <dd/mm/yyyy>
  by NEFT to <PAYEE>. UTR: ..." in a box, Available balance); Bank of India's ATM MINI STATEMENT on a torn
  roll, typed (PRINTED ON its later day, A/C NO, a cash deposit, the payment's line "NEFT-<PAYEE>" ticked in
  pen, a later UPI debit, AVL BAL; no reference); Dakshin Bihar Gramin Bank's notification on a phone's lock
  screen under the hour ("now"; "A/c XX1234 debited Rs.x by UPI to <PAYEE>. Ref ..."; no day); IndusInd
  Bank's app inbox, the payment's message between an offer and a warning ("Rs.x debited from your A/c XX1234
  towards IMPS to <PAYEE> on <dd-Mon-yyyy>. IMPS Ref ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Devanagari and Noto
Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, Noto Sans Kaithi
(fonts-noto-core) for the Kaithi lines, an italic or oblique for the hand (``heldout279_families.PENS``) and a
fixed-width face of the page's own (``heldout279_families.TYPES``). The Saras Mela stall's bill and card sale
are drawn in the fair's days (12 to 25 December 2026) and its tent house's RTGS in the days before it; the
Holi advance prints only its month (March 2026); the other days anywhere in 2026. GST is 5% on the Tikuli
goods and 18% on plywood and hardboard (9% + 9%), courier, software and premiums.

Truth conventions (heldout277's, heldout276's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*):
  after Google Pay's "To" (never the VPA under it or the initials over it), after "to" on CRED, iMobile Pay
  and Kotak811, under MobiKwik's "Paid to", after super.money's "paid to"; the registered name cut short
  where so printed; never the app or the payer; a chat's payment card's "Payment to <payee>" (*settled*,
  heldout275's chat cards). *settled* (heldout268 to heldout277): a receiving business's own app pays the
  business named under the app, here the counter under BharatPe for Business (never "from <buyer>").
  *settled* (heldout167 to heldout277): a payer's advice pays the one it pays, never the payer on top or a
  salutation; here iTokri's Payee, the enterprise under "To," and "The Proprietor," in the Bihar Museum's
  letter (never the museum or its Hindi line), SBI's Vendor name, PFMS' Vendor Name (never the Agency),
  SAP's VENDOR, Amazon's Seller, GeM's Seller (never the Buyer or the Paying authority), Canara Bank's
  Beneficiary (never the Remitter). *settled* (heldout155 to heldout277): an inward wire pays the enterprise,
  here the name after Wise's "on its way to", after "to" on Barclays and MCB Juice, ING's Naam begunstigde /
  Beneficiary name, Republic's Beneficiary Name, ANZ's Paid to, SEB's Mottagare / Recipient, Standard Bank's
  Beneficiary name (never the remitter, the Remitter line or the bank on top). *settled* (heldout175 to
  heldout277): the enterprise's own paper pays its unit or itself on top, here TIKULI GHAR on top of its roll,
  the enterprise on its receipt book and its proforma, Tikuli Ghar on its checkout, its order mail and its
  certificate, TIKULI GHAR on the stall's bill (never its "A unit of" line or the stall's line), the Kala
  Kutir on its workshop receipt (never Received from or the Participant); *settled* (new here) a name in
  Kaithi (over its Hindi) over its English (the receipt book, the certificate): the English line, never the
  Kaithi or the Hindi, because the lines are one name and the evaluation's names are the page's Latin letters
  (as heldout277's Urdu over Hindi over English). *settled* (heldout187 to heldout277): a supplier's name on
  top of its own paper, here PATNA PLYWOOD HOUSE (never Buyer:), IndiaMART's and Amazon Business' seller
  (Seller, Sold by; never the marketplace), MAA DURGA PAINTS & HARDWARE under its Hindi name (never M/s), the
  glass cutter's name as he writes it (Md. Irfan; never his trade and street), Delhivery Ltd, Canva, RAJ FRAME
  & ART (never To:). *settled* (heldout179 to heldout277): a banking page pays the payee, here the name after
  "to" on Canara ai1, UCO and Axis neo, HDFC's and IndusInd's Beneficiary, the name under FedMobile's Money
  sent, Bank of India's लाभार्थी / Beneficiary, the payee in Kotak's sentence (never the Debit or Remitter
  account). *settled* (heldout150 to heldout277): a pay slip pays the worker, here Artisan: on a piece work
  card (never the Kala Kutir on top), the name under Paytm's "Sent to", the Paid to written on a stipend
  voucher, Keka's Employee, Jupiter's To, the name after "to" on IDFC FIRST, the typed Paid to on an advance,
  the artisan's name heading her page of the register. *settled* (heldout153 to heldout277): a fee page pays
  the authority as printed, here the Income Tax Department (never its Hindi line or the Name), JEEViKA on top
  (never the Allottee), the Legal Metrology Department, Bihar, the PATNA MUNICIPAL CORPORATION under its
  Hindi name (never the Trade name), the Office of the Development Commissioner (Handicrafts) on top of its
  letter (never the addressee), the Employees' Provident Fund Organisation (never the Establishment), the
  Copyright Office, the Bihar Fire and Emergency Services (never the Establishment). *settled* (heldout199 to
  heldout277): an insurer's receipt pays the insurer on top (full or short as printed), or after "to" and
  "paid to" on an app (TATA AIG General Insurance Co. Ltd., ACKO General Insurance Ltd; never the app's bar);
  never the Insured, the Proposer or Received from. A slip's counter name line as printed (TIKULI GHAR -
  SARAS MELA, TIKULI KALA KUTIR, the hotel, the sweet shop, the colour shop, the courier), never *settled* the
  terminal's brand over it (SBI, EZETAP, MOSAMBEE, INNOVITI, KOTAK MAHINDRA BANK, PhonePe), the counter under
  Mswipe on its device's screen, the art emporium on top of its bill (never M/s). A utility's biller: the
  power company's English name on top of its receipt and its counterfoil (never its Hindi line, the
  Consumer name or PESU), after "paid to" (GAIL Gas Ltd; never amazon pay), after "for" (HP Gas; never HP
  Pay), after "paid for" (Vi Postpaid, *settled* heldout277), Tata Play and Excitel Broadband Pvt Ltd on top;
  *settled* (new here) the biller that names itself in its own WhatsApp message ("Your Bharat Gas refill is
  booked ... Payment of <sum> received", under its chat's name), because the message is the biller's own
  receipt, as its mail would be. An SMS, mail, mini statement, notification or inbox alert's payee as the
  bank sends it (*settled*, the truncated name as printed, without the sentence's full stop): HDFC's "To
  <PAYEE> On", Axis' last part of "UPI/P2M/<ref>/<PAYEE>", Kotak's "to <PAYEE> on", UCO's "to <PAYEE> A/c",
  Bank of India's "by NEFT to <PAYEE>.", the ticked line's "NEFT-<PAYEE>" read across its lines (*settled*,
  heldout271), Dakshin Bihar Gramin Bank's "by UPI to <PAYEE>.", IndusInd's "IMPS to <PAYEE> on".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), MobiKwik's on its
  wavy top, the chat card's sum; never super.money's cashback; *settled* (heldout277) never a business
  app's day's collection. *settled* (heldout152 to heldout277): a payer's advice counts its net sum, here
  iTokri's Net payout (its sentence the same; never a Sale or the iTokri fee), the sum in the museum's
  sentence, SBI's Net amount paid (never the Gross amount or TDS u/s 194Q), PFMS' Amount, SAP's NET AMOUNT
  PAID (INR) (never an invoice's line or its LESS TDS 194Q), Amazon's Amount, GeM's Amount (Rs.) in its row
  (its Net amount paid the same), Canara's Amount. *settled* (heldout155 to heldout277): an inward wire's
  foreign sum, here Wise's Amount sent in US dollars (996.73 USD; never Recipient gets in rupees), the pounds
  (£1,621.71), the euros the Dutch way (€ 2.927,93 is 2927.93, *settled* heldout273), the Trinidad and Tobago
  dollars (TT$ / TTD), the New Zealand dollars (NZ$ / NZD), the kronor the Swedish way (36 320,00 kr is
  36320.00, *settled* heldout271 and heldout275); *settled* (new here) Mauritian rupees marked MUR or "Rs ...
  (MUR)" are MUR, never INR, because the page names its currency after the sum; *settled* (new here) rand
  with a space between the thousands and a decimal point (R 51 125.53 is 51125.53 ZAR), because South
  Africa's banks print them so; never Wise's fee (*settled*, as heldout277's Hana Bank: the sender's charges
  on top of the sum sent) or Republic's Charges. *settled* (heldout175 to heldout277): a receipt counts the
  sum received, here Net Amt (never Taxable or a GST line), the receipt book's Rs. in its box (its words the
  same), the checkout's Amount, the stall bill's Total, the order mail's Order total, the workshop's Fee Rs.,
  the certificate's Price; *settled* (new here) a proforma invoice cum advance receipt counts the advance
  received in its sentence, never the Order value or the Balance on delivery, because only the advance was
  paid. A whole sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to
  heldout277): a supplier's paper counts the sum paid, here the plywood house's Total (rounded) (never CGST
  9% or SGST 9%), IndiaMART's Amount, the paint dealer's Total written in (never a line), Amazon Business'
  Order total, the glass cutter's Total, Delhivery's Total paid (never freight, COD handling or IGST 18%),
  Canva's Amount paid (never the plan's line or IGST 18%), *settled* (heldout275) the frame maker's sum
  written beside its crossed-out Total (never the crossed-out sum). A banking page's sum. *settled*
  (heldout167 to heldout277): a pay slip's net sum, here Net paid on a piece work card (never Total pieces x
  the rate or Less: advance), the voucher's Amount, Keka's Net pay (never an earning or a deduction), the
  advance's Advance, the sum in the register's paid line (its कुल (total) the same). A fee page's Amount /
  Rent / Fee / Total / Total amount. An insurer's premium with its GST (*settled*, heldout199 to heldout277),
  here the sum in a letter's sentence, TOTAL, Premium (incl. GST), Total premium (never PREMIUM, Premium, Net
  premium, GST 18% or IGST 18% alone). A slip's AMOUNT / Txn Amt / BILL AMT / Amount, a device's sum large,
  the bill's Total. A utility's Amount paid, the sum in a sentence, the sum large, the counterfoil's sum
  written by the cashier (its Amount payable the same), Amount. An alert's sum debited as worded (grouped the Indian
  or the English way or not at all); never Avl Bal, Available balance, AVL BAL, Bal, a mini statement's
  other lines. Currency INR but on the wires.
* status: as printed. *settled* (new here): Completed under a large tick, payment processing under a
  spinner's ring, Payment Successful, a chat card's Completed, Payment failed under a large cross, Payment
  successful on a ticket's card, a Received capsule, Sent successfully successes, pending and failed as
  worded. A payer's "We have sent", "has been credited to your account", "The amount above has been paid to
  your account.", "The amount has been credited", GeM's row's Status Paid and "The remitter has paid"
  successes; PFMS' "Sent to bank - credit awaited" (*settled*, heldout274) pending; Amazon's "Disbursement
  failed" failed. A wire's Payment sent, Uitgevoerd / Executed, Completed, "has sent you", "has been made"
  successes, SEB's "Betalningen har avvisats / The payment was rejected" failed; *settled* (new here) Wise's
  step "We are sending your money to India" now with "Your money arrives" to come pending, because the money
  has left the remitter but not reached the payee (as heldout277's IREPS step), and Republic's Status
  Processed a success, because a bank's wire confirmation's Processed means the bank has sent the wire. A
  receipt's "Paid UPI (PhonePe)", "Received with thanks from", "Paid by UPI, Ref", "Advance ... received",
  "Received with thanks" written, "Received in full." successes; the checkout's Payment failed failed; the
  order mail's "Your payment is awaiting confirmation from your bank" pending. A supplier's sticky note "Paid
  by UPI" (*settled*, heldout275), "Recd. cash", "Cash recd.", "We have received your payment", "Your payment
  was successful", "Recd. with thanks by GPay" successes; IndiaMART's "Payment pending with your bank"
  pending; Amazon Business' Payment failed failed. A banking page's Transaction successful, "Your transaction
  was successful", Money sent, Successful, Payment successful and "is successful" successes, UCO's IMPS
  Failed failed; *settled* (new here) IndusInd's "Your RTGS request is accepted. It will be processed on the
  next working day." pending, because the bank has not yet sent the money (as heldout277's yono BUSINESS
  waiting for its authoriser). A pay slip's "Paid in cash on <day>", Successful, "Received payment" written
  under a revenue stamp, "Salary credited.", "Received" written on an advance, "Paid cash ... on <day>" in a
  register successes; Jupiter's Payment in progress pending; IDFC FIRST's IMPS failed failed. A fee page's
  "Thank you, your payment is successful.", "Rent received.", "Received the fee above.", "Received ... in
  cash", Status Payment confirmed and Success successes, Legal Metrology's Payment failed failed, the
  Copyright Office's "Payment pending at bank" pending. An insurer's "We acknowledge with thanks the receipt",
  "PREMIUM RECEIVED WITH THANKS.", "Thank you for your payment. Your policy is ready", "Premium received.",
  "Received with thanks the premium above." and ACKO's Policy purchased capsule successes, TATA AIG's Payment
  failed failed, Go Digit's "Payment under verification" pending. A slip's Sale approved, *** APPROVED ***,
  TXN APPROVED, APPROVED, Card payment successful successes, DECLINED failed; *settled* (new here) Ezetap's
  TXN IN PROGRESS, DO NOT RETRY pending, as heldout277's TRANSACTION PENDING (DO NOT RETRY); an art
  emporium's bill with Card ticked and "Paid by card - thanks" written a success. A utility's Status Success,
  Payment successful, "has been recharged", the counterfoil's "Paid Rs. x/- cash on <day>" under a CASH
  RECEIVED stamp and "Payment of <sum> received" successes, HP Pay's Payment pending pending, Excitel's
  Payment failed failed. *settled*: an SMS, mail, mini statement, notification or inbox debit alert a success
  whatever its bank's wording (here a mini statement's ticked DR line too); Kotak's "has failed" failed;
  *settled* (new here) UCO's "is accepted and will be processed in the next batch" pending, because NEFT
  settles in batches and the request has not yet gone out.
* date: the day paid. A UPI screen's day and hour under Completed, initiated at, Date & Time, a chat's day
  divider over the payment card it heads (*settled*, heldout273 to heldout277), Date, Received on;
  *settled* (new here) Kotak811's "Just now" prints no day, because it names no calendar day on the page (as
  Today, *settled*, and Yesterday, heldout277). A payer's Payout date, the day in the museum's sentence (never
  its later "Patna, dated"), Value date, Sent to bank on, SAP's PAY DATE (21.02.2026), Initiated on,
  Transaction date; GeM's page prints no day. A wire's day in Wise's first step, "You set up your transfer"
  (*settled* (new here): the day the remitter set up and paid the transfer, as an Initiated on), Barclays'
  Date, ING's Uitvoeringsdatum / Execution date (21-08-2026, day first), Republic's Value Date, ANZ's Payment
  date, SEB's Betalningsdag (2026-01-13, year first, *settled* heldout274), Standard Bank's Date of payment
  (2026/01/31, year first with slashes, *settled* heldout277); MCB's "Today at <hour>" prints no day. A
  receipt's Date with the hour, the Date written in, Attempted on, Order placed; the proforma's day in its
  advance sentence (never the PI's earlier Date); the certificate prints no day. A supplier's day on the
  accountant's sticky note (never the invoice's Date:, *settled* heldout275), Initiated on, Attempted, the
  Date the glass cutter writes, Paid on, Date paid, Date:; the paint dealer's Date left blank prints no day. A
  banking page's Date, Date & Time, Value date, तारीख / Date, Initiated on (never the step's "next working
  day"), Date and time; Axis neo's "Today, <hour>" prints no day. A pay slip's "Paid in cash on <day>" in the
  hand (never the week's days), the day and hour on top of Paytm's screen, Date, Paid on (never the Pay
  period), Initiated, Date, the day in the register's paid line; the Holi advance prints only "For the month
  of: March 2026" (*settled*, a month is never a day). A fee page's Date of deposit, Attempted on, Date, the
  day in the handicrafts office's sentence, Payment date (never a Wage month), Initiated on, Payment date;
  JEEViKA's receipt prints only its Mela period (*settled*: never a Period). An insurer's day in United
  India's sentence, DATE, Payment date, Date, Date, Initiated on, Receipt Date; ACKO's "Today, <hour>"
  prints no day. A slip's DATE/TIME, DATE, Txn Date, DATE with TIME on one line, the Date written on a bill,
  Date & Time; Mswipe's Time alone prints no day. A utility's Payment date, Paid on, Initiated, the day in
  Tata Play's sentence, Attempted on, the day the cashier writes on the counterfoil (never its Due date or
  Bill month), a chat's day divider over the message it heads; *settled* (new here) Vi's "<n> hours ago"
  prints no day, because a span back from the moment of the screenshot names no calendar day (as Today). The
  alerts' "On <dd/mm/yy>", "<dd-mm-yy> <hour>", "on <dd-mm-yyyy>", "dated <dd-mm-yyyy>", "on <dd/mm/yyyy>",
  "on <dd-Mon-yyyy>"; *settled* (new here) a mini statement's day on its ticked line (never its PRINTED ON
  day or another line's), as heldout277's highlighted statement line; the lock screen's "now" under the hour
  prints no day. All numeric days here are day first (heldout251, heldout259) but the two year first.
  *settled*: never a Due date, a Period, a Pay period, a Wage month, a Bill month, an invoice number's
  financial year or an e-mail's hour, the day inside a UTR (heldout210), a CIN of a challan or an app's, a
  terminal's or a bank's transaction id, the day inside a file's name (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (iTokri's NEFT, the museum's NEFT or RTGS, SBI's Mode,
  PFMS' e-Payment (NEFT), SAP's PAY METHOD, Amazon's Transfer method NEFT, GeM's e-Payment (NEFT), Canara's
  Mode; the Instamojo checkout's Net banking, the advance by NEFT; the banking pages; Keka's Bank transfer
  (NEFT), IDFC FIRST's IMPS; the Income Tax Department's, EPFO's and the Copyright Office's Net Banking; the
  premiums' NEFT and Net banking; the power company's Net Banking; the NEFT and IMPS alerts), a SWIFT or
  other bank remittance either way (Barclays' International payment (SWIFT), ING's SWIFT-overboeking (SHA),
  MCB's SWIFT (SHA), Republic's International wire (SWIFT MT103), ANZ's Overseas telegraphic transfer, SEB's
  SWIFT, Standard Bank's International payment (SWIFT); *settled* (new here) a Wise transfer, because Wise
  pays the rupees out by a bank transfer in India, as heldout275's Skydo and heldout276's Payoneer); UPI for
  the UPI screens, the chat card's UPI, the roll's Paid UPI (PhonePe), "Paid by UPI" on the stall's bill,
  PayU's UPI, the sticky note's UPI, IndiaMART's UPI, Delhivery's UPI (Razorpay), "by GPay" (*settled*
  heldout276), the UPI to artisans, JEEViKA's, the municipal corporation's and the fire service's UPI, the
  premiums' UPI, Amazon Pay UPI, the bills' UPI, the UPI alerts; card for the certificate's Debit card and
  its Approval code, Amazon Business' Business credit card, Canva's Visa, the Legal Metrology fee's Debit
  card, Cholamandalam's Credit card, the slips and the device, the art emporium's Card ticked, Vi's Credit
  card, Excitel's Debit card; cash for the receipt book's Cash, the workshop's "Paid in cash", "Recd. cash",
  "Cash recd.", "Paid in cash on", a voucher's Mode Cash, an advance's Mode: Cash, "Paid cash", "in cash" in a
  letter, the counterfoil's "cash".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout277): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI ref no., UPI Ref. No., UPI Ref ID, UPI Ref
  No, UTR, UTR No., UTR Number, Reference No. of an HDFC NEFT, IMPS Ref No, a sticky note's Ref, a UTR in a
  sentence or on a typed line, a slip's RRN, an alert's Ref / UPI/P2M/<ref> / UPI Ref / UTR: / IMPS Ref),
  then a bank reference (Barclays reference, ING's Kenmerk / Reference, MCB's Transaction reference,
  Republic's Confirmation Number, SEB's Referens / Reference, Standard Bank's Reference number, Canara Ref.
  No., Canara ai1's Transaction ID, Bank of India's Transaction reference, the Income Tax Department's Bank
  Reference Number, EPFO's and the fire service's Bank Ref. No., the power company's Bank Ref No, a BBPS ID),
  then a transaction / payment id (Google transaction ID, CRED txn id, MobiKwik's Transaction ID, super.money
  txn ID, BharatPe Txn ID, PFMS Transaction ID, Amazon's Disbursement ID, Wise's Transfer #, the Instamojo
  Payment ID, PayU ID, IndiaMART's Transaction ID, IndusInd's Request ID, the Legal Metrology fee's and the
  Copyright Office's Transaction ID, EPFO's CRN, *settled* (new here) the Income Tax challan's CIN (its
  challan identification number, the bank's BSR code, the day and the challan's serial run together), an
  insurer's Payment ID / Transaction ID / Card transaction ID, Mswipe's Txn ID, PhonePe's Transaction ID,
  Amazon Pay transaction ID, the bills' Transaction ID), then an approval code (Approval code, APPR, Auth
  Code, AUTH, Auth code), then an order's number (Order ID, Order No., Order #), then a document's own number
  (SAP's CLEAR.DOC, Bill No, Bill No., No. struck in red by a numbering machine (*settled* (new here): the
  receipt book's own number, as a printed No.), Invoice No., Receipt #, Receipt No., Card No. of a piece work
  card, Sl. No., Vr. No., TRRN, Acknowledgement No., RECEIPT NO, Challan No. of the fire service, ROC, INV,
  INVOICE, Invoice No, INV NO). *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC,
  GSTIN, a PAN, an Udyam number, a Policy No., a Proposal No. or Quote ID, a Consumer, CA, BP or Subscriber
  number, a slip's TID / MID / BATCH, a No. left blank, an invoice or bill number named on an advice or in a
  payer's sentence (heldout272), a Vendor code, a Sanction No. or a Memo No.; *settled* (new here) never
  GeM's Contract No. (the government buyer's contract, as a Supply Order No.), a BSR code or the ITNS
  Challan No. on its own (parts of the challan's CIN), the Copyright Office's Diary No. (an application's
  number), a Trade licence No., an Artisan No. or Employee No., a Craftmark tag's number (the craft's label,
  as heldout277's Label Nos.), a chip's AID or TC on a slip (the card's application id and its cryptogram,
  never the payment's reference), a Wise Reference or Barclays' Reference that the remitter typed (an invoice
  number named by the payer)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout279_families import (
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

SPLIT = "heldout279"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (FreeSans and Noto
# Sans Display among them), the pages in Liberation Serif (liberation2), DejaVu Serif Condensed, Noto Serif,
# FreeSerif, DejaVu Sans Condensed and Liberation Sans, the enterprise's, its suppliers' and its artisans'
# papers in DejaVu Serif, Noto Serif Display, Liberation Serif, FreeSans and Liberation Sans Narrow, the slips
# in five monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold, fonts-noto-core) for the
# Hindi lines, labels and hand, Noto Sans Kaithi (fonts-noto-core) for the Kaithi lines, a pen's italic or
# oblique (``heldout279_families.PENS``) and a page's own fixed-width face (``heldout279_families.TYPES``).
SCREEN_FACES = [
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout279_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout279 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

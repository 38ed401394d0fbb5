"""heldout282: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Thewa jewellery house's year of 2026 in Pratapgarh, Rajasthan (Kanthal Thewa Art
Jewellers, a partnership firm of goldsmiths, GSTIN 08AAKFK5172M1ZQ, Udyam UDYAM-RJ-29-0007316, its partners
Shri Naveen Soni and Smt. Kusum Soni: its karkhana in Soni Mohalla, Thewa Kala Karkhana, where its karigars
work 23 carat gold leaf into scenes (an elephant under an arch, a peacock, a lotus, the Mewar court, a hunt)
and fuse it on emerald, ruby, sapphire and amber glass framed in silver, for pendants, earrings, bangles,
cufflinks, sari pins, jewellery boxes, plates, photo frames, itr-daans and necklace sets, each piece
hallmarked 23K958 with its HUID; its showroom in Sadar Bazar, Thewa Mahal, with a counter at Jagdish Chowk,
Udaipur, and hut 112 at the West Zone Cultural Centre's Shilpgram Utsav; the web shop thewamahal.in and its
Instagram; trade buyers, marketplaces, corporate gifts and buyers abroad), told by the proofs of payment it
receives (buyers' PhonePe, BHIM, Amazon Pay, Navi, bob World, Fi and YONO SBI screens and Paytm for Business
on the showroom's phone; a Jaipur jewellery house's TallyPrime advice, Rajasthan's Pay Manager for the
District Collector, Okhai's payout, Tata CLiQ Luxury's settlement, an Udaipur heritage hotel's consignment
statement, Hindustan Zinc's Oracle remittance advice, ICICI Bank's CIB for a Zaveri Bazaar jeweller and SBI's
cash management for IIM Udaipur; Emirates NBD, UBS, MUFG, DBS IDEAL, RBC, Westpac, KASIKORNBANK and Al Rajhi
Bank for buyers in Dubai, Zurich, Kyoto, Singapore, Toronto, Sydney, Bangkok and Riyadh in dirhams, Swiss
francs, yen, Singapore, Canadian and Australian dollars, baht and riyals; the showroom's tax invoice with its
hallmarks, the receipt book under its Mahajani line, the Udaipur counter's roll on its velvet tray, the web
shop's failed checkout, the Shilpgram hut's bill from its spike, a necklace's order form cum advance receipt,
a guarantee card cum cash memo with its price tag and the showroom's Instagram messages) and those it makes (a
bullion house's invoice, a coloured glass importer's stamped invoice, a hallmarking centre's receipt, India
Post's insured parcel receipt with its wax seals, industrybuying's failed checkout, Shiprocket's pending
recharge, GoDaddy's receipt and a silver works' bill with "Paid cash" scrawled across it; OnlineSBI, bob
World, ICICI InstaBIZ, PNB ONE, Union Bank's Vyom, Rajasthan Marudhara Gramin Bank's passbook, IDBI Bank and
Cent Mobile for the bullion house, the glass importer, the box maker, the photographer, the auditors, the
silver works, the Utsav's tent house and the web studio; its karigars' and staff's wage slip, PhonePe chat,
travel advance, greytHR payslip, Groww and slice screens, Diwali bonus voucher and job work challan; the
Bureau of Indian Standards, Rajasthan Tourism's Pushkar Fair, Nagar Parishad Pratapgarh, the Sub-Registrar,
ESIC, an e-Mitra kiosk for the Labour Department, Passport Seva and the Rajasthan State Pollution Control
Board; New India's, Oriental's, ICICI Lombard's, Bajaj Allianz's, SBI General's, IFFCO-Tokio's, Niva Bupa's
and LIC's premiums; cards on the showroom's, the Udaipur counter's and the Shilpgram hut's terminals and the
house's card at a Mumbai hotel, an Udaipur restaurant, a sweet shop, a silver emporium and a gem testing
laboratory; the power company's, Jio's, Dish TV's, Indane's, PHED's, RailWire's, Airtel Broadband's and
Airtel's bills; the banks' SMS, mails and a smartwatch). One payment per page. Each family: six successes, one
failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout278's or heldout279's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page the earlier sets do not: Mahajani lines in Noto Sans Mahajani (the script Marwari traders kept their
bahis and hundis in, written without its vowel signs as they wrote it, श्री as its own ligature) over the
Hindi and the English of a name; a Thewa frame round the page (a band of coloured glass between a silver and a
gold rule, a gold vine with its leaves along it, a gold rosette at each corner); a Thewa pendant as a
letterhead's emblem (an oval of coloured glass in a beaded silver rim, a gold elephant on it, its bail on
top); BIS hallmarks printed under a jeweller's bill (the BIS triangle, 23K958 and the piece's HUID in a box);
red sealing-wax seals as a parcel's specimen; a strip of Bandhej (Rajasthan's tie-dye) as a divider; a striped
progress bar; "Paid cash" scrawled large across a bill; a jeweller's dumbbell price tag lying on a card; an
app's bar in a gradient; receipt cards with a zigzag foot; confetti round a success; direct messages' bubbles;
a smartwatch's round face on its strap; a dog-eared corner; a bill spike's hole; a slip photographed on the
counter's maroon velvet tray; three fields to a row with their labels small in capitals over them; labels in
German with their English after a slash; a bank's passbook page with its line ringed in pen; a hotel's guest
folio. They draw beside them heldout269's to heldout279's rows (shaded label cells, striped tables, tables
ruled on every side, dot leaders, labels against a gutter, steps down the page and left to right, boxed
fields, capsules, tinted bands, cards, chat bubbles and a chat's payment card, app tabs, a passing message,
hand-written fills and columns, ticked boxes, sums in boxes, revenue stamps, rubber stamps, a round seal, QR
codes, thumb boxes, a muster's days in boxes, a torn roll, Hindi lines and Hindi labels over their English).

* ``buyer_upi``: PhonePe's Transaction Successful on its purple gradient bar (the day and hour on the bar,
  "Paid to" over the payee and its VPA, the sum in a burst of confetti; Transfer Details: Transaction ID,
  Debited from, UTR); BHIM's receipt on a card with a zigzag foot (a tick, Paid successfully, the sum, "to
  <payee>"; UPI Ref No, Transaction ID, Date, From); Amazon Pay's Payment failed under a large cross ("to
  <payee>", the reason; Amazon Pay ref., UPI Ref No, Date, Paid from; a toast of the refund); Navi's Payment
  successful on its dark screen (the sum with its paise raised, the hour alone; Paid to, UPI Ref No, Navi
  transaction ID, Debited from; no day); bob World's Transaction Successful on Bank of Baroda's orange
  gradient bar (the payee's initials, Paid to, Transaction ID, UPI Ref. No., Date & Time, From A/c, Remarks);
  Fi's Payment pending over a striped progress bar (UPI reference, Fi transaction ID, Initiated on, Paying
  from); Paytm for Business on the showroom's phone (the showroom under the app, its tabs, a card: Received,
  the sum, "from <buyer>", the day and hour; Settlement, Note; no reference); YONO SBI's Transaction
  Successful on its gradient bar ("Paid to" over the payee, UPI Reference No., Transaction Date & Time, Debit
  Account, Remarks). All new here.
* ``buyer_advices``: TallyPrime's Payment Advice (To, the house, "We have made a payment of Rs. x through NEFT
  on <day> (UTR ...) towards the bills below.", a table ruled on every side Date | Ref. No. | Particulars |
  Amount with Less: TDS u/s 194Q and its Total); Pay Manager's bill status (a ruled table Bill No. | Token No.
  | Treasury | Net Amount | Status; dot leaders: Beneficiary, Bank, Mode, UTR, Financial Year; no day);
  Okhai's payout on its way (a card: Payout amount, Artisan partner, Bank account, Mode, Initiated on, Payout
  ID); Tata CLiQ Luxury's settlement advice (a striped table Order No. | Item | Sale | Commission | TCS | Net,
  Net settled; Seller, Settlement date, Mode, UTR No.); the hotel boutique's CONSIGNMENT SALE STATEMENT with
  its corner folded (Consignor, Period, the pieces sold with MRP and commission, Net payable to consignor,
  "Paid in cash Rs. x/- on <day>" and "Received - <partner>" by hand, a signature; no reference); Hindustan
  Zinc's remittance advice as Oracle mails it (Payee, Payment Number, Payment Date 21-AUG-2026, Payment
  Method, Bank Reference, Currency; a table ruled on every side Invoice Num | Invoice Date | Invoice Amount |
  TDS | Amount Paid with its Total); ICICI Bank's CIB NEFT returned on a tinted band (three fields to a row,
  each label small in capitals over its value: Transaction ID, Value Date, Amount; Beneficiary Name,
  Beneficiary A/c, IFSC; Payment Mode, UTR, Return reason); SBI's cash management e-advice to the beneficiary,
  each label in Hindi over its English (प्रेषक / Remitter, लाभार्थी / Beneficiary, खाता संख्या / Account No.,
  राशि / Amount, मूल्य तिथि / Value date, माध्यम / Mode, यूटीआर / UTR). All new here.
* ``export_wires``: Emirates NBD's ENBD X transfer successful in dirhams ("Today, <hour>"; Reference number,
  Transfer type, Beneficiary, Beneficiary bank, Purpose of payment; no day); UBS e-banking's Zahlungsauftrag
  in Swiss francs, each label in German with its English after a slash in a table ruled on every side
  (Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date 14.03.2026, Zahlungsart /
  Payment type, Referenz / Reference, Mitteilung / Message, Status Ausgeführt / Executed); MUFG's overseas
  remittance executed in yen (steps left to right: Accepted, Checked, Executed; shaded label cells: Remittance
  No., Value date, Beneficiary, Beneficiary bank, Remittance amount, Charges, Method); DBS IDEAL's telegraphic
  transfer in Singapore dollars still processing (a capsule, boxed fields: Transaction reference, Beneficiary,
  Amount, Submitted on, Payment type); RBC's International Money Transfer mailed to the payee in Canadian
  dollars ("<remitter> has sent you <sum> ... The money has been deposited to your account."; a card: Date
  sent, Amount sent, Recipient, Sent by; no reference); Westpac's overseas payment returned in Australian
  dollars (a large cross, "to <beneficiary>", the reason; Payment reference, Date, Payment type, Your
  reference); KASIKORNBANK's Outward Remittance Advice in baht (labels against a gutter: Value Date,
  Transaction Ref., Beneficiary Name, Beneficiary Bank, Remittance Amount, Method, Purpose, Result); Al Rajhi
  Bank's Transfer successful in riyals on a card with a zigzag foot (Beneficiary, Date, Reference No.,
  Transfer type). All new here.
* ``own_receipts``: Thewa Mahal's TAX INVOICE under a Thewa pendant (Invoice No. beside Date:, Customer, a
  table ruled on every side Description | HSN | Gross wt (g) | Qty | Amount with CGST 1.5%, SGST 1.5% and
  Total (rounded), the pieces' BIS hallmarks and HUIDs under it, "Received with thanks by card ..., approval
  code ..." or "by UPI, UPI Ref ..."); a RECEIPT from the book under its Mahajani line (its श्री and name) and
  Hindi name (No. printed, Date, Received with thanks from, the sum of Rupees, Cash | Cheque | UPI with Cash
  ticked, Towards written in; Rs. in a box); the Udaipur counter's bill from a Bluetooth printer lying on the
  counter's velvet tray (Bill No, Date, the pieces, Sub total, CGST 1.5%, SGST 1.5%, Grand Total, Paid UPI,
  UPI Ref); the web shop's Razorpay checkout with the payment failed (a capsule on a card: Order, Payment ID,
  Amount, Method, Attempted on, Reason); the Shilpgram Utsav hut's BILL written on a pad under a Bandhej
  strip, once pushed on the bill spike (Date, Name, the pieces and their sums written on its ruling, Total,
  "Recd. by PhonePe", "UTR ..."); an ORDER FORM CUM ADVANCE RECEIPT for a necklace to be made under a Thewa
  pendant (Order No. beside Date:, Customer, Design, Gold, Estimate, Delivery by, "Advance Rs. x/- received by
  cheque No. ... dated ... drawn on ..., subject to realisation."); a GUARANTEE CARD CUM CASH MEMO in a Thewa
  frame with the piece's price tag lying on it (dot leaders: Piece, Karigar, Gold, Frame, Date of sale, Price,
  Paid in; "Received the price above in full."; no reference); the showroom's Instagram direct messages under
  Today (the buyer's "Paid <sum> to Thewa Mahal by GPay. UPI Ref ..." and the showroom's "Received with
  thanks"; no day). All new here.
* ``supplier_invoices``: MEWAR BULLION HOUSE's TAX INVOICE for fine gold (Invoice No. beside its later Date:,
  Buyer, a table ruled on every side Description | Purity | Weight (g) | Rate per 10 g | Amount with CGST
  1.5%, SGST 1.5% and Invoice Total, a card: PAYMENT RECEIVED, Mode RTGS, UTR, Received on); AMBICA COLOURED
  GLASS CO.'s TAX INVOICE with its corner folded and its PAID stamp (Invoice No. beside Date:, a striped table
  of the glass with IGST 18%, Total, "Received by NEFT, UTR ..., on <day>"); MEWAR HALLMARKING CENTRE's
  RECEIPT CUM TAX INVOICE (Receipt No., Date, Jeweller, BIS Regn. No., a table ruled on every side HUID |
  Article | Purity | Charges with IGST 18% and Total, "Paid by UPI, Ref ..."); India Post's counter receipt
  for an insured Speed Post parcel with the specimen of its wax seals (ARTICLE NO, TO, WEIGHT, INSURED VALUE,
  POSTAGE, INSURANCE, GST, TOTAL, PAID: CASH, DATE; no reference); industrybuying.com's checkout with the
  payment failed (a large cross, dot leaders: Order ID, Sold by, Items, Amount, Payment mode, Attempted on);
  Shiprocket's wallet recharge pending under a striped progress bar (Recharge amount, Transaction ID, Payment
  mode, Initiated on); GoDaddy's receipt mailed (Order #, Order date, Payment method, the domain and hosting,
  IGST 18%, Total paid); SHRI NATH SILVER WORKS' bill from its pad with "Paid cash" scrawled across it (No.
  printed, Date left blank, M/s, the silver written in with its sums, Total; no day). All new here.
* ``vendor_transfers``: OnlineSBI's e-Receipt of an RTGS (a table ruled on every side: Reference No., UTR
  Number, Debit Account, Beneficiary Name, Beneficiary Account, IFSC, Amount, Charges (incl. GST), Transaction
  Date, Mode, Status, Remarks); bob World's IMPS Successful (the payee's initials, "to <payee>", a card: IMPS
  Ref No., Date & Time, From A/c, Remarks); ICICI Bank's InstaBIZ RTGS pending for approval (a capsule, "to
  <payee>", its steps down the page: Created, Approval, Sent to bank; Transaction ID, Mode, Created on,
  Remarks); PNB ONE's Transaction Failed on a tinted band ("to <payee>", the reason; Transaction Ref No., Date
  & Time, Beneficiary A/c, Mode); Union Bank's Vyom Fund Transfer Successful in a burst of confetti ("to
  <payee>"; Reference No, UTR, Date, Mode, Remarks); a page of Rajasthan Marudhara Gramin Bank's passbook from
  its printer with the payment's line ringed in pen (DATE | PARTICULARS | WITHDRAWALS | DEPOSITS | BALANCE,
  the line "NEFT/<PAYEE>"; no reference); IDBI Bank's net banking confirmation for the Shilpgram Utsav's tent
  house ("Your transaction has been processed successfully."; dot leaders: Transaction Reference No., UTR No.,
  Beneficiary, Amount, Value Date, Mode, Remarks); Cent Mobile's Transaction Successful ("Today, <hour>"; UTR
  No., Mode, Beneficiary A/c, Remarks; no day). All new here.
* ``worker_pay``: A weekly MAJDOORI PARCHI (wage slip) under the karkhana's Mahajani श्री and Hindi name
  (Parchi No. beside Karigar:, the week's days in boxes ticked or marked A by the munim, days x the day's
  wage, Less: advance, Net paid, "Paid in cash on <day>" by hand, a thumb box); PhonePe's chat with a karigar
  under its day divider, the payment's card at the right ("Paid to <name>", the sum, Paid, UTR) and the
  karigar's reply; a TRAVEL ADVANCE VOUCHER for a karigar going to the IIJS stall in Mumbai (Voucher No. left
  blank, Date, Paid to, Purpose, Rs. in a box, "Received Rs. x/- in cash." by hand, a revenue stamp signed
  across; no reference); greytHR's payslip for the showroom's salesman (Name beside Employee No., Designation
  beside Bank, a table ruled on every side Earnings | Amount | Deductions | Amount, Net Pay on a tinted panel,
  the sum in words, "Paid on <day> by NEFT, UTR ..."); Groww's UPI payment in process to a polisher under a
  striped progress bar (each label small over its value: Transaction ID, UPI Ref No., Initiated, To, From);
  slice's UPI payment failed to a frame maker (a large cross, "to <name>", the reason; UPI Ref No, Date, Paid
  from, Note); a DIWALI BONUS VOUCHER under its Hindi heading and a Bandhej strip, typed (Sl. No., Name, For
  the year 2025-26, Wages earned, Bonus @ 8.33%, Mode: Cash; "Received" by hand, a thumb box; no day); an
  outside fuser's JOB WORK CHALLAN CUM PAYMENT (Challan No. beside its earlier Date:, Karigar:, a table ruled
  on every side of the gold leaf and glass issued and the panels returned with their weights, Fusing charges,
  Amount paid, "Paid by UPI on <day>" and "UTR ..." by hand). All new here.
* ``govt_fees``: The Bureau of Indian Standards' Manak Online receipt for the jeweller's hallmarking
  registration under its Hindi name (shaded label cells: Registration No., Jeweller, Outlet, Fee head, Amount,
  Payment ID, Bank Reference No., Mode, Payment Date, Status); Rajasthan Tourism's STALL ALLOTMENT PASS CUM
  FEE RECEIPT for the Pushkar Fair's crafts bazaar under a Bandhej strip (Receipt No., Stall No., Craft,
  Artisan, Mela period, Fee, Paid by, UPI Ref.; a QR code; no day); Nagar Parishad Pratapgarh's RENT RECEIPT
  for its market's shop from its book, under its Hindi name (Receipt No. beside Book No., Date, Received from,
  On account of, Rupees, Rs. in a box, "Received in cash." by hand, its round seal); the Sub-Registrar's FEE
  RECEIPT for registering the showroom's lease, typed (Document No., Book No., Presented by, Nature, Date,
  Stamp duty, Regn. fee, Copying fee, Total; "Received the fees above in cash."; no reference); ESIC's online
  challan (a striped table: Challan No., Transaction No., Employer Code, Contribution Period, Amount, Paid
  Date, Bank, Bank Ref No., Status); an e-Mitra kiosk's receipt for the Labour Department's shop registration
  renewal from its roll printer (KIOSK CODE, KIOSK, SERVICE, DEPARTMENT, APPLICANT, FEE PERIOD, AMOUNT, PAID
  BY, TXN ID, DATE); the Ministry of External Affairs' Passport Seva fee pending (a capsule, boxed fields:
  File Number, Applicant, Fee, Reference No., Payment mode, Initiated on); the Rajasthan State Pollution
  Control Board's consent fee failed on a tinted band (dot leaders: Application ID, Unit, Fee, Transaction ID,
  Payment mode, Attempted on, Reason). All new here.
* ``insurer_receipts``: The New India Assurance's JEWELLERS' BLOCK POLICY - SCHEDULE with its premium and
  payment section (Policy No., Insured, Period, Stock in premises, Stock in transit; Premium, GST @ 18%, Total
  premium, "Premium received in cash on <day> ..."; no reference); The Oriental Insurance's PREMIUM RECEIPT,
  three fields to a row, each label small in capitals over its value (Receipt No., Receipt Date, Policy No.;
  Insured, Product, Period; Premium, GST @ 18%, Total; Mode, Instrument / UTR, Branch); ICICI Lombard's
  Payment successful in a burst of confetti ("paid to <insurer>", Policy issued; Transaction ID, Paid on, Paid
  via); Bajaj Allianz's Payment failed on a tinted band (boxed fields: Quote No., Product, Premium,
  Transaction ID, Payment mode, Attempted on); SBI General's premium receipt mailed (a card: Receipt No.,
  Receipt date, Policy, Net premium, GST, Total premium, Paid via, UPI Ref.); IFFCO-Tokio's Payment under
  process over a striped progress bar (dot leaders: Proposal No., Premium, Transaction Ref., Payment mode,
  Initiated on); Niva Bupa's Renewal done capsule ("paid to <insurer>", "Today, <hour>"; Policy, Members,
  Payment ID, Paid via; no day); LIC of India's e-Receipt for a partner's policy under its Hindi name (a table
  ruled on every side: Policy No., Policy holder, Plan / Term, Premium due, Late fee, Total, Mode, Transaction
  ID, Date of payment; "Received with thanks the premium above."). All new here.
* ``card_slips``: Pine Labs' CHARGE SLIP at the showroom (DATE and TIME on one line, MID, TID, BATCH, INVOICE,
  the card CHIP, APPROVAL CODE, RRN, TOTAL, APPROVED, CUSTOMER COPY); the Paytm card machine's screen at the
  Udaipur counter (the counter under the device's name, a large tick, Payment Successful, the sum, "Today,
  <hour>"; Card, Auth code, RRN, Order ID; no day); ICICI Merchant Services' SALE at the Shilpgram hut in the
  Utsav's days (TID and MID on one line, DATE, TIME, BATCH NO, ROC, the card TAP, AUTH NO, RRN, SALE AMT, TXN
  SUCCESSFUL); the Mumbai hotel's GUEST FOLIO settled by card (Guest, Arrival, Departure, Room, its charges
  and GST, TOTAL, Settlement: the card, Bill date; no reference); Axis Bank's slip at an Udaipur restaurant
  with its tip (DATE/TIME, TID, INV NO, APPR CODE, RRN, BASE AMOUNT, TIP, TOTAL, APPROVED); Bank of Baroda's
  DECLINED slip at a sweet shop (RESPONSE 55, INCORRECT PIN); Federal Bank's slip at a silver emporium with
  the host unreachable (TXN STATUS UNKNOWN, DO NOT RETRY, CHECK WITH BANK); YES BANK's contactless SALE at a
  Jaipur gem testing laboratory (NO PIN REQUIRED, APPR CODE, RRN, TXN ID, AMOUNT, APPROVED). All new here.
* ``utility_bills``: Google Pay's electricity bill paid to the power company through Bharat Connect ("Paid to
  <biller>", the sum, Completed, the day and hour; K Number, Bill month, Bharat Connect ref., UPI transaction
  ID); MyJio's recharge successful on its gradient bar ("Paid to Reliance Jio Infocomm Ltd.", the number, the
  plan; Transaction ID, Paid via, Date); Dish TV's recharge failed (a large cross, VC No., Amount, Order ID,
  Payment mode, Attempted on); IndianOil ONE's Indane refill payment pending under a striped progress bar ("to
  Indane", the distributor; Order No., UPI Ref, Initiated); PHED's water bill typed with the cashier's line
  written on it and the counter's stamp ("Recd. Rs. x/- cash, dt. <day>"; no reference); RailWire's payment
  receipt mailed (a table ruled on every side: Receipt No., Account ID, Plan, Amount, Paid on, Payment mode,
  Bank Ref. No.); PhonePe's Airtel Xstream Fiber bill on a card with a zigzag foot ("Paid to Airtel
  Broadband", Bharat Connect ID, Transaction ID, UTR, Date); Airtel Thanks' postpaid bill paid "Just now"
  (Mobile, Bill, Transaction ID, Paid using; no day). All new here.
* ``bank_alerts``: SMS in ICICI Bank's ("ICICI Bank Acct XX1234 debited for Rs x on <dd-Mon-yy>; <PAYEE>
  credited. UPI:<ref>. Call 18002662 for dispute."), Punjab National Bank's ("Your A/c XX1234 is debited INR x
  on <dd-mm-yyyy> by NEFT to <PAYEE>, UTR ... -PNB"), Bank of Baroda's failed ("Dear BOB UPI User: Your
  transaction of Rs.x to <PAYEE> on <dd-mm-yyyy> has failed. Ref No ..."), Union Bank's ("A/c *1234 Debited
  for Rs:x on <dd-mm-yyyy> by NEFT to <PAYEE> Avl Bal Rs:..."; no reference) and Rajasthan Marudhara Gramin
  Bank's pending ("Your IMPS of Rs.x to <PAYEE> on <dd/mm/yyyy> is under process. IMPS Ref ... -RMGB")
  wordings; AU Small Finance Bank's mail of an RTGS (its sentence and a card: Beneficiary, Amount, Transaction
  date, UTR); IDFC FIRST Bank's notification on a smartwatch's round face ("now"; "Rs.x debited from A/c
  XX1234 to <PAYEE> via UPI. Ref ..."; no day); Indian Overseas Bank's mail ("Your account XXXX1234 has been
  debited with INR x on <dd-Mon-yyyy> towards NEFT/<UTR>/<PAYEE>."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Devanagari and Noto
Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi lines and labels, Noto Sans Mahajani
(fonts-noto-core) for the Mahajani lines, an italic or oblique for the hand (``heldout282_families.PENS``) and
a fixed-width face of the page's own (``heldout282_families.TYPES``). The Shilpgram hut's bill and card sale
are drawn in the Utsav's days (21 to 30 December 2026) and its tent house's transfer in the days before it;
the Mumbai hotel's folio in IIJS's days (August 2026) and the travel advance in the days before them; the
Pushkar Fair's stall fee in October and early November 2026 (the fair 17 to 25 November); the other days
anywhere in 2026. GST is 3% on Thewa jewellery and on fine gold (1.5% + 1.5%), 18% on glass, hallmarking,
postage, software and premiums, 12% on the hotel's room and 5% on its food.

Truth conventions (heldout279's, heldout278's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  PhonePe's and YONO SBI's "Paid to" (never the VPA under it), after "to" on BHIM, Amazon Pay and Fi, under
  Navi's "Paid to" label, bob World's name under "Paid to" (never the initials over it); the registered name
  cut short where so printed; never the app or the payer. *settled* (heldout268 to heldout279): a receiving
  business's own app pays the business named under the app, here the showroom under Paytm for Business (never
  "from <buyer>"). *settled* (heldout167 to heldout279): a payer's advice pays the one it pays, never the
  payer on top or a salutation; here the house under TallyPrime's "To," (never the Jaipur house on top), Pay
  Manager's Beneficiary (never the DDO), Okhai's Artisan partner, Tata CLiQ's Seller, the hotel's Consignor
  (never the hotel or its boutique), Oracle's Payee, ICICI CIB's Beneficiary Name (never the remitter under
  the bank), SBI's लाभार्थी / Beneficiary (never प्रेषक / Remitter). *settled* (heldout155 to heldout279): an
  inward wire pays the house, here ENBD X's, Al Rajhi's and UBS' Beneficiary (Begünstigter / Beneficiary),
  MUFG's Beneficiary, DBS' Beneficiary, RBC's Recipient, the name after Westpac's "to", KASIKORNBANK's
  Beneficiary Name (never the remitter, the Applicant or the bank on top). *settled* (heldout175 to
  heldout279): the house's own paper pays its unit or itself on top, here THEWA MAHAL on top of its invoice
  (never its "A unit of" line), the house on its receipt book and its order form, THEWA MAHAL - UDAIPUR (or
  THEWA MAHAL) on the counter's roll, Thewa Mahal on its checkout and its guarantee card, THEWA MAHAL on the
  Shilpgram hut's bill (never the hut's line); *settled* (new here) a name in Mahajani (over its Hindi) over
  its English (the receipt book): the English line, never the Mahajani or the Hindi, because the lines are one
  name and the evaluation's names are the page's Latin letters (as heldout279's Kaithi); *settled*
  (heldout278) the house named in a buyer's direct message ("Paid <sum> to Thewa Mahal by GPay"), never the
  account's handle on top (as heldout278's designer's chat). *settled* (heldout187 to heldout279): a
  supplier's name on top of its own paper, here MEWAR BULLION HOUSE (never Buyer:), AMBICA COLOURED GLASS CO.
  (never To:), MEWAR HALLMARKING CENTRE (never the Jeweller), INDIA POST (never its Department of Posts line
  or the parcel's TO), industrybuying's Sold by (never industrybuying), Shiprocket, GoDaddy, SHRI NATH SILVER
  WORKS (never M/s). *settled* (heldout179 to heldout279): a banking page pays the payee, here OnlineSBI's
  Beneficiary Name, the name after "to" on bob World, InstaBIZ, PNB ONE, Vyom and Cent Mobile, IDBI Bank's
  Beneficiary; the payee in a passbook's ringed line after "NEFT/" as printed (*settled*, as heldout279's mini
  statement's "NEFT-<PAYEE>"). *settled* (heldout150 to heldout279): a pay slip pays the worker, here Karigar:
  on a wage slip (never the karkhana on top), the "Paid to <name>" on a chat's payment card (never the chat's
  name on top), the Paid to written on a voucher, greytHR's Name, Groww's To, the name after "to" on slice,
  the Name on a bonus voucher, Karigar: on a job work challan. *settled* (heldout153 to heldout279): a fee
  page pays the authority as printed, here the Bureau of Indian Standards (never Manak Online or the
  Jeweller), the Department of Tourism, Rajasthan (never the Artisan), NAGAR PARISHAD PRATAPGARH under its
  Hindi name (never Received from), the Office of the Sub-Registrar, Pratapgarh, Employees' State Insurance
  Corporation, e-Mitra's DEPARTMENT (*settled*, heldout275: never e-Mitra on top, the kiosk or the APPLICANT),
  the Ministry of External Affairs on top of Passport Seva's page (never the portal's name or the Applicant),
  the Rajasthan State Pollution Control Board (never the Unit). *settled* (heldout199 to heldout279): an
  insurer's receipt pays the insurer on top (full or short as printed), or after "paid to" on an app (ICICI
  Lombard General Insurance Co. Ltd., Niva Bupa Health Insurance Co. Ltd.); never the Insured, the Policy
  holder or a salutation. A slip's counter name line as printed (THEWA MAHAL, THEWA MAHAL - SHILPGRAM, the
  restaurant, the sweet shop, the silver emporium, the laboratory), *settled* never the terminal's brand over
  it (PINE LABS, ICICI MERCHANT SERVICES, AXIS BANK, BANK OF BARODA, FEDERAL BANK, YES BANK), the counter
  under Paytm's Card Machine on its screen, the hotel on top of its folio (*settled* heldout272, a shop's name
  on top of the bill it settles by card). A utility's biller: after Google Pay's "Paid to" (Ajmer Vidyut
  Vitran Nigam Ltd, or AVVNL where so cut; never Google Pay), after MyJio's "Paid to" (Reliance Jio Infocomm
  Ltd.), Dish TV India Ltd on top, after "to" (Indane; never IndianOil ONE or the distributor), the Public
  Health Engineering Department under its Hindi name (never the Name), RailWire (RailTel Corporation of India
  Ltd) on top, after PhonePe's "Paid to" (Airtel Broadband), after "paid for" (Airtel Postpaid, *settled*
  heldout277). An SMS, mail or notification's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop): ICICI Bank's "; <PAYEE> credited", PNB's, Bank of Baroda's,
  Union Bank's, RMGB's and IDFC FIRST Bank's "to <PAYEE>", AU Small Finance Bank's "to <PAYEE> has been",
  IOB's "NEFT/<UTR>/<PAYEE>.".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Navi's with its paise
  raised (heldout275, heldout277). *settled* (heldout152 to heldout279): a payer's advice counts its net sum,
  here the sum in TallyPrime's sentence (its Total the same; never a bill's line or its TDS u/s 194Q), Pay
  Manager's Net Amount in its row, Okhai's Payout amount, Tata CLiQ's Net settled (never a Sale, a Commission
  or TCS), the hotel's Net payable to consignor (never MRP or Comm. 25%), the paid line written under it the
  same, Oracle's Total of Amount Paid (never an Invoice Amount or TDS), ICICI CIB's Amount, SBI's राशि /
  Amount. *settled* (heldout155 to heldout279): an inward wire's foreign sum: dirhams (AED 36,409.51),
  *settled* Swiss francs with apostrophes between the thousands (CHF 6'960.00 is 6960.00), yen whole (JPY
  936,000 is 936000.00), Singapore dollars (S$ / SGD), Canadian dollars (C$ / CAD / $ ... CAD), Australian
  dollars (A$ / AUD), baht with THB before or after the sum, riyals with SAR before or after the sum; never
  MUFG's Charges. *settled* (heldout175 to heldout279): a receipt counts the sum received, here the invoice's
  Total (rounded) (never a piece's line, CGST 1.5% or SGST 1.5%), the receipt book's Rs. in its box (its words
  the same), the roll's Grand Total (never Sub total), the checkout's Amount, the hut bill's Total, the
  advance in the order form's sentence (never its Estimate, *settled* heldout279 as a proforma's advance), the
  guarantee card's Price, the sum in the buyer's message (the showroom's quote the same). A whole sum closed
  with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout279): a supplier's paper
  counts the sum paid, here the bullion house's Amount under PAYMENT RECEIVED (its Invoice Total the same;
  never the gold's line or a GST half), the glass importer's Total (never IGST 18%), the hallmarking centre's
  Total (never a piece's charge), India Post's TOTAL (never its INSURED VAL, POSTAGE, INSURANCE or GST),
  industrybuying's Amount, Shiprocket's Recharge amount, GoDaddy's Total paid, the silver works' Total written
  in. A banking page's sum; a passbook's ringed line's withdrawal (never its balance or another line's).
  *settled* (heldout167 to heldout279): a pay slip's net sum, here Net paid on a wage slip (never days x the
  wage or Less: advance), the card's sum in a chat, the voucher's Rs. in its box, greytHR's Net Pay (never an
  earning or a deduction), the bonus (never the Wages earned), the job work's Amount paid. A fee page's Amount
  / Fee / Total; never the Sub-Registrar's Stamp duty, Regn. fee or Copying fee alone. An insurer's premium
  with its GST (*settled*), here New India's Total premium, Oriental's Total, ICICI Lombard's and Niva Bupa's
  sum large, Bajaj Allianz's Premium, SBI General's Total premium (never Net premium or GST), IFFCO-Tokio's
  Premium, LIC's Total (never Premium due or Late fee alone). A slip's TOTAL / SALE AMT / AMOUNT, the card
  machine's sum large, the folio's TOTAL (never the room, the food or GST); *settled* (new here) a slip's
  TOTAL with its TIP, never its BASE AMOUNT or TIP alone, because the card is charged the total (as
  heldout275's TOTAL AMT with its surcharge). A utility's sum large, Amount, the sum the cashier writes on
  PHED's bill (its Net payable the same). An alert's sum debited as worded (grouped the Indian or the English
  way or not at all); never Avl Bal or Available balance. Currency INR but on the wires.
* status: as printed. Transaction Successful, Paid successfully, Payment successful, a Received capsule,
  Transfer successful, Payment returned (failed), Processing (pending), Executed / Ausgeführt / Executed,
  Completed, Result Completed, Payment Failed and Payment pending as worded (*settled*). A payer's "We have
  made a payment", Pay Manager's row's Status Paid, "The amount below has been credited", "Paid in cash ... on
  <day>" written on the hotel's statement, "have been paid to your bank account", "The remitter has credited"
  successes; ICICI CIB's "Returned by beneficiary bank" failed (*settled*, as heldout278's RazorpayX Reversed:
  the money is again the payer's); Okhai's "We have started your payout ... It should reach your bank in 2 to
  3 working days." pending (*settled*, as heldout279's Wise: it has left the payer but not reached the payee).
  RBC's "has sent you ... The money has been deposited to your account." a success. A receipt's "Received with
  thanks by card / UPI", "Received with thanks from", Paid UPI, "Recd. by PhonePe", "Received the price above
  in full." successes, the checkout's Payment Failed failed; the advance "received by cheque ..., subject to
  realisation" pending (*settled* heldout270); the showroom's "Received with thanks" in its direct messages a
  success. A supplier's PAYMENT RECEIVED, "Received by NEFT ... Thank you." (its PAID stamp the same), "Paid
  by UPI ... Received with thanks.", India Post's PAID : CASH, "Thank you for your payment" successes;
  industrybuying's Payment Failed failed, Shiprocket's Recharge pending pending; *settled* (new here) "Paid
  cash" scrawled large across a bill by hand a success, because it is the seller's own receipt of the sum
  written on his bill (as a PAID stamp or "Recd. cash"). A banking page's Status Success, IMPS Successful,
  Fund Transfer Successful, "has been processed successfully", Transaction Successful successes, PNB ONE's
  Transaction Failed failed, InstaBIZ's "Pending for approval" pending (*settled*, as heldout277's yono
  BUSINESS waiting for its authoriser); a passbook's ringed debit line a success (*settled*, as heldout279's
  ticked mini statement line). A pay slip's "Paid in cash on <day>", Paid on a chat's card, "Received Rs. x/-
  in cash.", "Paid on <day> by NEFT", "Received" written on a bonus voucher, "Paid by UPI on <day>" successes;
  Groww's Payment in process pending; slice's Payment failed failed. A fee page's Status Success, "Fee
  received.", "Received in cash.", "Received the fees above in cash.", PAID BY : CASH successes; Passport
  Seva's "Payment pending - awaiting bank confirmation" pending; the pollution control board's Payment failed
  failed. An insurer's "Premium received in cash", "Received with thanks the premium above.", Payment
  successful, "We have received your premium", a Renewal done capsule successes; Bajaj Allianz's Payment
  failed failed, IFFCO-Tokio's Payment under process pending. A slip's APPROVED, TXN SUCCESSFUL, Payment
  Successful successes, DECLINED failed, the folio's Settlement by card a success (*settled* heldout277,
  "Settled by: CARD"); *settled* (new here) Federal Bank's TXN STATUS UNKNOWN with "HOST NOT REACHABLE. DO NOT
  RETRY." pending, because the slip tells the payer not to pay again until the bank settles it (as
  heldout279's TXN IN PROGRESS, DO NOT RETRY). A utility's Completed, Recharge successful, Bill Paid
  Successfully, Payment successful, "we have received your payment" and the cashier's "Recd. Rs. x/- cash"
  under the counter's PAID stamp successes, Dish TV's Recharge failed failed, Indane's Payment pending
  pending. *settled*: an SMS, mail or notification debit alert a success whatever its bank's wording
  ("debited", "processed successfully"); Bank of Baroda's "has failed" failed; RMGB's "is under process"
  pending.
* date: the day paid. A UPI screen's day and hour on PhonePe's bar ("<hour> on <day>"), Date, Date & Time,
  Initiated on, a business app's day and hour under the sum, Transaction Date & Time; Navi's hour alone prints
  no day (*settled*, as heldout278's Time alone). A payer's day in TallyPrime's sentence, Okhai's Initiated on
  (a pending's day started), Settlement date, the day written in the hotel's paid line (never its Period),
  Oracle's Payment Date (21-AUG-2026, *settled* as <dd-Mon-yyyy>), ICICI CIB's Value Date, SBI's मूल्य तिथि /
  Value date; Pay Manager's page prints only its Financial Year (*settled*: never a financial year) and so no
  day. A wire's Ausführungsdatum / Execution date (02.05.2026, day first with dots), MUFG's Value date
  (2026/09/30, year first with slashes, *settled* heldout277, or 30 Sep 2026), DBS' Submitted on, RBC's Date
  sent (Jan 9, 2026, the month's name first), Westpac's Date, KASIKORNBANK's Value Date, Al Rajhi's Date; ENBD
  X's "Today, <hour>" prints no day (*settled*). A receipt's Date: beside its Invoice No., the Date written
  in, the roll's Date with its hour, Attempted on, the hut bill's Date, the order form's Date: (never the
  cheque's dated, *settled* heldout272, or its Delivery by), the guarantee card's Date of sale; the direct
  messages under Today print no day (*settled*). A supplier's Received on under PAYMENT RECEIVED (never the
  invoice's later Date:, *settled* heldout275), the day in the glass importer's paid line (never its earlier
  Date:), the hallmarking centre's Date, India Post's DATE with its hour, Attempted on, Initiated on,
  GoDaddy's Order date; the silver works' Date left blank prints no day (*settled*). A banking page's
  Transaction Date, Date & Time, Created on, Date, a passbook's ringed line's day (never another line's,
  *settled* as heldout279's mini statement), Value Date; Cent Mobile's "Today, <hour>" prints no day. A pay
  slip's "Paid in cash on <day>" (never the week's days or its "Week from", *settled*), a chat's day divider
  over the payment card it heads (*settled*), the voucher's Date, greytHR's "Paid on <day>" (never its month),
  Initiated, Date, the job work's "Paid by UPI on <day>" (never the challan's earlier Date:); the bonus
  voucher prints only "For the year : 2025-26" and so no day. A fee page's Payment Date, the rent receipt's
  Date written in, the Sub-Registrar's Date, ESIC's Paid Date (never its Contribution Period), e-Mitra's DATE,
  Initiated on, Attempted on; the Pushkar pass prints only its Mela period (*settled*: never a Period). An
  insurer's day in New India's sentence (never its Period), Receipt Date, Paid on, Attempted on, Receipt date,
  Initiated on, LIC's Date of payment; Niva Bupa's "Today, <hour>" prints no day. A slip's DATE with TIME on
  one line, DATE, DATE/TIME, the day over TID; *settled* (new here) a guest folio's Bill date (its Departure
  the same), never its Arrival, because the bill is settled when the guest leaves; Paytm's "Today, <hour>"
  prints no day. A utility's day under Completed, Date, Attempted on, Initiated, the day the cashier writes on
  PHED's bill (never its Due date or Bill period), Paid on; Airtel's "Just now" prints no day (*settled*
  heldout279). The alerts' "on <dd-Mon-yy>", "on <dd-mm-yyyy>", "on <dd/mm/yyyy>", "on <dd-Mon-yyyy>", AU's
  Transaction date; the smartwatch's "now" prints no day (*settled*, as heldout279's lock screen). All numeric
  days here are day first (heldout251, heldout259) but the year-first ones. *settled*: never a Due date, a
  Period, a Bill month or period, a Contribution Period, a month, an invoice number's financial year or an
  e-mail's hour, the day inside a UTR (heldout210) or inside a bank's, an app's or a terminal's transaction
  id.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (TallyPrime's NEFT or RTGS, Pay Manager's e-Payment
  (NEFT), Okhai's Bank transfer (NEFT), Tata CLiQ's NEFT, Oracle's Electronic (NEFT / RTGS), ICICI CIB's NEFT,
  SBI CMP's Mode; the bullion house's RTGS, the glass importer's NEFT, industrybuying's Net banking; the
  banking pages and the passbook's NEFT line; greytHR's NEFT; BIS', ESIC's and Passport Seva's Net Banking;
  Oriental's NEFT, IFFCO-Tokio's Net banking, LIC's Net Banking; RailWire's Net Banking; the NEFT, RTGS and
  IMPS alerts), a SWIFT or other bank remittance either way (ENBD X's International transfer (SWIFT), UBS'
  Auslandzahlung SWIFT, MUFG's Telegraphic transfer (SWIFT), DBS' Telegraphic transfer, RBC's Wire (SWIFT),
  Westpac's Overseas payment (SWIFT), KASIKORNBANK's Telegraphic Transfer, Al Rajhi's International (SWIFT));
  UPI for the UPI screens, Paytm for Business' UPI, the invoice's and the roll's UPI, "Recd. by PhonePe", the
  direct message's GPay, the hallmarking centre's and Shiprocket's UPI, the chat's card (UPI), Groww's and
  slice's UPI, the Pushkar pass' UPI, ICICI Lombard's and SBI General's UPI, the bills' UPI, the UPI alerts;
  card for the invoice's card and its approval code, the Razorpay checkout's Card, GoDaddy's Visa, the
  pollution control board's Debit card, Bajaj Allianz's Credit card, Niva Bupa's Debit card, the slips, the
  card machine and the folio's settlement card, Dish TV's Debit card; cash for the receipt book's Cash ticked,
  the guarantee card's Cash, the hotel's "Paid in cash", India Post's CASH, "Paid cash" scrawled, the wage
  slip's "Paid in cash", "in cash" on a voucher, the bonus voucher's Mode: Cash, "Received in cash", e-Mitra's
  CASH, New India's "in cash", PHED's "cash"; cheque for the advance received by cheque subject to realisation
  (*settled* heldout270).
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout279): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UPI Ref No, UPI Ref. No., UPI reference, UPI Reference No., UPI
  transaction ID, IMPS Ref No., UTR Number, UTR No., a UTR in a sentence, on a typed line or written on a
  bill, Bank Reference (UTR) of Oracle, Instrument / UTR, RRN, an alert's UPI: / UTR / Ref No / IMPS Ref / Ref
  / NEFT/<UTR>), then a bank reference (ENBD X's Reference number, UBS' Referenz / Reference, MUFG's
  Remittance No., DBS' Transaction reference, Westpac's Payment reference, KASIKORNBANK's Transaction Ref., Al
  Rajhi's Reference No., ICICI CIB's Transaction ID, OnlineSBI's Reference No., PNB ONE's Transaction Ref No.,
  Vyom's Reference No, IDBI Bank's Transaction Reference No., BIS' and ESIC's Bank Reference No. / Bank Ref
  No., RailWire's Bank Ref. No., a Bharat Connect ref. or ID), then a transaction / payment id (PhonePe's
  Transaction ID, BHIM's Transaction ID, the Amazon Pay ref., Navi transaction ID, bob World's Transaction ID,
  Fi transaction ID, Okhai's Payout ID, the Razorpay Payment ID, InstaBIZ's Transaction ID, Groww's
  Transaction ID, BIS' Payment ID, ESIC's Transaction No., e-Mitra's TXN ID, Passport Seva's Reference No.,
  the pollution control board's Transaction ID, an insurer's Transaction ID / Transaction Ref. / Payment ID, a
  slip's TXN ID, Shiprocket's, MyJio's and Airtel's Transaction ID), then an approval code (approval code,
  APPROVAL CODE, AUTH NO, APPR CODE, Auth code), then an order's number (Order, Order ID, Order No., Order #),
  then a document's own number (Oracle's Payment Number, Invoice No., No. of a receipt book, Bill No, Receipt
  No., Parchi No. of a wage slip, Sl. No., Challan No. of a job work challan or of ESIC, INVOICE, ROC, INV NO,
  INV). *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, PAN, an Udyam number,
  a Policy No., a Proposal No. or Quote No., a Consumer No., K Number or VC No., a slip's TID / MID / BATCH, a
  No. left blank, an invoice or bill number named on an advice or in a remark (heldout272), a Cheque No.
  (heldout270), a Token No. (heldout270) or a treasury bill's Bill No. (a bill named on an advice), an
  Application ID or File Number, an Employer Code, an Account ID; India Post's ARTICLE NO (*settled*, as
  heldout230's and heldout247's AWB No. and Docket No.: the parcel's number, not the payment's); *settled*
  (new here) never a piece's HUID or a BIS Regn. No. / Registration No. (the hallmark's id of a piece and the
  jeweller's registration, not a payment's), never a price tag's code, and never a registered deed's Document
  No. or Book No. (the Sub-Registrar's numbers for the document, as heldout278's Diary No. for an
  application)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout282_families import (
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

SPLIT = "heldout282"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans Display
# and DejaVu Sans Condensed among them), the pages in Noto Serif, Liberation Serif, DejaVu Serif, FreeSerif,
# Noto Sans and DejaVu Sans Condensed, the house's, its suppliers' and its karigars' papers in DejaVu Serif
# Condensed, Noto Serif Display, Liberation Serif (liberation2), Liberation Sans Narrow and FreeSerif, the
# slips in five monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold, fonts-noto-core) for
# the Hindi lines, labels and hand, Noto Sans Mahajani (fonts-noto-core) for the Mahajani lines, a pen's
# italic or oblique (``heldout282_families.PENS``) and a page's own fixed-width face
# (``heldout282_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout282_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout282 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout280: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an Aipan art craft cooperative's year of 2026 in Almora, Uttarakhand (Kumaon Aipan
Kala Swayatt Sahkarita Ltd, Regd. No. 118/SS/ALM/2015 under the Uttarakhand Self Reliant Cooperatives Act,
GSTIN 05AADAK4821M1Z6, its secretary Smt. Hema Pande: the Kumaoni women who paint Aipan, the ritual floor and
wall painting of Kumaon, in biswar, rice paste's white, on a ground of geru, red ochre; its workshop at
Khatyari, Aipan Kala Kendra, where they paint Lakshmi and Saraswati chowki panels, nameplates, trays, tea
coasters, brass thalis, copper kalash, diaries, bookmarks and cushion covers, hold workshops, and from where
two of them go to paint a family's wedding chowkis and the vasudhara at its threshold; its counter in Lala
Bazaar, Aipan Haat, with stall 27 at the Nanda Devi Mela; the web shop aipanhaat.in, GoCoop and Etsy;
corporate and government buyers; buyers abroad), told by the proofs of payment it receives (buyers' PhonePe,
Paytm, BHIM, Amazon Pay, Navi, Google Pay and PayZapp screens, PhonePe Business on the counter's phone;
GoCoop's settlement mail, IFMS Uttarakhand's bill tracking for Almora's District Tourism Development Office,
CitiDirect's returned payment for Fabindia, a Nainital hotel's Tally payment advice, a Kasar Devi homestay
company's Zoho Books PAYMENT MADE, Etsy's deposit, Uttarakhand Gramin Bank's credit advice for a university's
NEFT and Cashfree Payouts' mail for the Kumaon Mandal Vikas Nigam; PostFinance, MUFG, DBS, RBC, Emirates NBD,
Westpac, DNB and HSBC for buyers in Zurich, Tokyo, Singapore, Toronto, Dubai, Melbourne, Bergen and Hong Kong
in Swiss francs, yen, Singapore dollars, Canadian dollars, dirhams, Australian dollars, Norwegian kroner and
Hong Kong dollars; the counter's cash memo, the cooperative's share money receipt, a nameplate's order form
cum advance receipt, the web shop's order page, the Kendra's receipt for a wedding's Aipan, PayU's failed
checkout, a gift voucher cum receipt and the Mela stall's bill) and those it makes (a coppersmith's bill with
its accountant's pencilled note, an art supplies shop's failed checkout, a Haldwani timber house's Tally
invoice stamped paid, a colour shop's slip taped into the file, a box maker's Razorpay page, India Post's
Speed Post receipt, a Moradabad brass house's invoice and a tailor's bill; YONO SBI, PNB ONE, Baroda Connect,
the Nainital Bank, Vyom, mBandhan, YES Online and RBL Bank's mail for the coppersmith, the timber house, the
brass house, the box maker, a courier, a photographer, the auditors and the web studio; its staff's and
artisans' Zoho Payroll run, Tally payment voucher, Airtel Thanks and Google Pay screens, a master artisan's
honorarium bill, a wage card, a greytHR payslip and UGB mBanking's IMPS; ESIC's challan receipt, Apuni
Sarkar's audit fee, the Nagar Palika's trade licence fee, UHHDC's stall fee, the GI Registry's failed fee,
Vahan's road tax, the Nanda Devi Mela Samiti's stall rent and the Forest Department's transit permit fee; New
India's, IFFCO-TOKIO's, ICICI Lombard's, Bajaj General's, SBI General's, Care Health's, Oriental's and Niva
Bupa's premiums; cards on the counter's, the stall's and the Kendra's terminals and the cooperative's card at
a Nainital bookshop, a Haldwani restaurant, a travel agent and a sweet shop; UPCL's failed payment, Indane,
the Jal Sansthan's counter receipt, JioFiber, BSNL, Dish TV, Airtel Postpaid and a Common Services Centre's
power bill receipt; the banks' SMS, a notification shade, a mail and WhatsApp banking). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

Layouts (every one written for this set, none of heldout278's or heldout279's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page the earlier sets do not: vasudhara under a letterhead (the lines Kumaon paints down from a threshold: a
geru band set with rice paste's dots and its geru lines hanging from it in threes, each ending in a drop); an
Aipan chowki as a letterhead's emblem (a geru square, two white squares inside it, a ring of white dots, a
lotus of white petals); an Aipan border of geru with rice paste's rules, dots and strokes and a sun of dots at
each corner; Lakshmi's footsteps walking across the foot of a receipt; a gift voucher printed white on a card
painted in geru; an app's dialog over its dimmed screen; confetti down a success screen's edges; a reward's
scratch card; a progress bar; a thumb's impression in violet ink in its box; a line written in pencil; clear
tape over a slip's corners; a binder clip; a dog-eared corner; a bill spike's hole; a notification shade
pulled down over a phone; labels in German and in Norwegian. They draw beside them heldout269's to
heldout279's rows (shaded label cells, striped tables, tables ruled on every side, dot leaders, labels against
a gutter, steps down the page and left to right, boxed fields, capsules, tinted bands and panels, cards, chat
bubbles and a chat's payment card, app tabs, hand-written fills and columns, ticked boxes, sums in boxes,
rubber stamps, round seals, a revenue stamp, a muster's boxes of days, torn rolls, QR codes, Hindi lines).

* ``buyer_upi``: PhonePe's Transaction Successful on its green bar with the day and hour, confetti down the
  screen's edges ("Paid to" over the payee's initials, the payee and the sum, its VPA, Banking Name; Transfer
  Details: Transaction ID, Debited from, UTR, each label small over its value); Paytm's Payment Successful in
  a dialog over its dimmed Scan & Pay screen (the sum, "to <payee>", "at <hour>", UPI Ref No, From; no day);
  BHIM's Transaction Successful ("Paid to <payee>" and its VPA, a table ruled on every side: UPI Transaction
  ID, Transaction Date, Paid From, Remarks); Amazon Pay UPI's Payment failed on a tinted band ("to <payee>";
  labels set right against a gutter: Bank reference no., Amazon Pay transaction ID, Payment time, Paid using,
  Reason); Navi's Payment successful capsule ("Paid to <payee>", "on <day> at <hour>", a scratch card won; its
  fields two to a row: UPI Ref No and Paid from, Navi Txn ID and Note); a Google Pay thread with the counter
  (its initials, name and VPA on top, the buyer's note, the payment's card: "Payment to <payee>", the sum,
  "Paid <day>", UPI; no reference); PayZapp's Payment processing over a progress bar ("to <payee>"; shaded
  label cells: UPI Ref No., Date & time, Paying from, Remarks); PhonePe Business on the counter's phone (the
  counter under the app, tabs, a Payment Received capsule, the sum, "from <buyer>"; dot leaders: UPI Ref No.,
  PhonePe Txn ID, Received on, Credited to). All new here.
* ``buyer_advices``: GoCoop's settlement mail for a week ("Your settlement of <sum> has been transferred to
  your bank account.", a table ruled on every side Order | Product | Sale | Commission | Net with its Net
  settlement; Payee, Settlement ID, Cycle, UTR, Bank account beside their labels; no day); IFMS Uttarakhand's
  bill tracking under its Hindi name (a table ruled on every side across the page with one row: Treasury |
  Token No. | Bill No. | Bill Date | Net Amount; shaded label cells: Payee Name, Payment Mode, UTR No.,
  Payment Date, Paid Amount, Payment Status); CitiDirect BE's payment RETURNED on a tinted band (hairlines
  under each row: Customer, Transaction Ref, Payment Type, Beneficiary Name, Beneficiary A/c, Amount (INR),
  Value Date, UTR, Status, Return Reason); a Nainital hotel's Payment Advice as Tally prints it (To, M/s, "we
  have made a payment of Rs. x (...) through NEFT in respect of the following bill(s):", a table ruled on
  every side Bill Ref. | Bill Date | Amount with its Total, Transaction Type, Inst. No. left blank, Inst.
  Date; no reference); a homestay company's PAYMENT MADE from Zoho Books (Payment#, Payment Date, Reference
  Number, Payment Mode, Paid Through beside their labels, Amount Paid on a tinted panel, Paid To, a table
  ruled on every side Bill Number | Bill Date | Bill Amount | Payment Amount); Etsy's deposit on its way (its
  sentence, a card: Deposit amount, Deposit to, Bank account, Initiated on, Deposit reference, Arrives by);
  Uttarakhand Gramin Bank's CREDIT ADVICE typed under its Hindi name (A/C NO, NAME, DATE, "We advise having
  credited your above account with Rs. x (...) being proceeds of NEFT received from <remitter>", UTR NO,
  SENDER); Cashfree Payouts' mail ("<payer> has sent you <sum> through Cashfree Payouts.", boxed fields:
  Transfer ID, UTR, Transfer mode, Beneficiary, Processed on). All new here.
* ``export_wires``: PostFinance's Zahlungsbestätigung / Payment confirmation in Swiss francs under an
  "Ausgeführt / Executed" band, in dot leaders (Auftraggeber, Begünstigter, Bank des Begünstigten, Betrag,
  Ausführungsdatum 19.05.2026, Zahlungsart, Referenz, Mitteilung); MUFG's Global Remittance completed in yen
  under a large tick ("Completed at <hour> JST"; Remittance No., Beneficiary, Beneficiary bank, Remittance
  amount, Remittance type, Our charges, Purpose, each label small over its value; no day); DBS IDEAL's
  Telegraphic Transfer Pending Authorisation in Singapore dollars (a capsule, a striped table: Transaction
  Reference, Created on, Beneficiary Name, Beneficiary Bank, Amount, Charges, Purpose); RBC Royal Bank's mail
  "Your international wire payment of <sum> has been sent." in Canadian dollars (a card: Recipient,
  Recipient's bank, Amount, Send date (May 12, 2026), Tracking number, Fee); Emirates NBD's Transfer failed in
  dirhams under a large cross ("to <beneficiary>"; hairline rows: Reference No., Date, Transfer type, From,
  Reason); Westpac's International Payment Receipt in Australian dollars, each label set right against a
  gutter (Receipt number, Payment date, Payee name, Payee bank, SWIFT code, Amount, Payment method, Fee, Your
  description, Status Payment processed); DNB's Betalingen er sendt in Norwegian kroner under a large tick
  (Til, Beløp, Dato 06.12.2026, Fra konto, Type, Melding beside their labels; no reference); HSBC's DEBIT
  ADVICE - OUTWARD TELEGRAPHIC TRANSFER typed in Hong Kong dollars (CUSTOMER, OUR REF, VALUE DATE,
  BENEFICIARY, BENEFICIARY BANK, AMOUNT, COMMISSION, TOTAL DEBITED; "We have debited your account and remitted
  the amount above by telegraphic transfer."). All new here.
* ``own_receipts``: Aipan Haat's CASH MEMO from its billing printer on a torn roll pushed down a bill spike,
  typed in a fixed-width face (BILL NO, DATE with the hour, the items and their quantities x rates, SUB TOTAL,
  CGST 2.5%, SGST 2.5%, NET PAYABLE, TENDER : UPI, UPI TXN ID, ** PAID **); the cooperative's SHARE MONEY
  RECEIPT in an Aipan border under its chowki and Hindi name (No. printed, Date, Received with thanks from,
  Member No., towards shares, Rupees, by written in; Rs. in a box); Aipan Haat's ORDER FORM CUM ADVANCE
  RECEIPT for a nameplate under vasudhara (Order No. left blank, Date, Name, Name to be painted, the size and
  the ground ticked, Delivery by, Price Rs., Advance received Rs., Balance Rs. written in, Cash ticked; no
  reference); the web shop's order page with its Payment pending capsule (a card: Order, Order placed, Items,
  Shipping, Total, Payment, Payment ID); the Kendra's RECEIPT for a wedding's Aipan under its Hindi name and
  vasudhara (Receipt No., "Received with thanks from <client> ... a sum of Rs. x/- (...) by NEFT (UTR ...) on
  <day> towards Aipan for the family's wedding ... to be painted by two artisans on <a later day>.", Lakshmi's
  footsteps at its foot); PayU's Transaction Failed under a large cross ("Merchant: <shop>"; hairline rows:
  Transaction ID, Order ID, Amount, Payment mode, Date & time, Error); Aipan Haat's GIFT VOUCHER CUM RECEIPT
  printed white on a geru card in an Aipan border (Voucher No., Value, Sold to, Paid by, Approval code;
  "Payment received. Valid for six months from the date of issue."; no day); the Nanda Devi Mela stall's BILL
  on a pink duplicate pad pushed down a bill spike (No. printed, Date and the items written in on its ruling,
  Total, Cash | UPI | Card with UPI ticked, "paid, UPI ref ..." in the cashier's pencil). All new here.
* ``supplier_invoices``: TAMTA COPPER CRAFTS' BILL under its Hindi name held in a binder clip (Bill No. beside
  its earlier Date:, M/s, a table ruled on every side Particulars | Qty | Rate | Amount with Total Rs., the
  accountant's pencilled "Paid by UPI on <day>" and "Ref ..."); Itsy Bitsy's checkout with its Payment failed
  under a large cross (shaded label cells: Order #, Items, Order total, Payment method, Razorpay payment ID,
  Attempted on); HALDWANI PLYWOOD & TIMBER's TAX INVOICE as Tally prints it (Invoice No. beside its earlier
  Dated, Mode/Terms of Payment, Buyer, a table ruled on every side with HSN/SAC, CGST 9%, SGST 9% and Total,
  Amount Chargeable (in words), its PAYMENT RECEIVED stamp with "by NEFT, UTR ..." and "dt. <day>" written
  under it); PAHADI RANG BHANDAR's slip taped into the file (No. printed, Date left blank, geru, colours and
  brushes written in with their sums, Total, "Paid cash"; no day); SHUBHAM PACKAGING's Razorpay payment page
  with its Payment processing capsule (boxed fields: Payment for, Amount, Payment ID, UPI Ref No., Method,
  Initiated on); INDIA POST's SPEED POST BOOKING RECEIPT typed at the Almora counter (RECEIPT NO, BOOKED ON,
  ARTICLE NO, TO, WEIGHT, TARIFF, GST 18%, TOTAL, PAID BY : CASH); GUPTA BRASS EMPORIUM's TAX INVOICE with its
  corner dog-eared (Invoice No. beside its earlier Invoice Date, Bill to, a striped table with IGST 5%, Total,
  "Payment received by NEFT, UTR ..., on <day>. Thank you."); BISHT TAILORS' bill written on a pad (Date, M/s,
  the cushion covers and runners and their sums on its ruling, Total, "Paid - cash", a signature; no number,
  no reference). All new here.
* ``vendor_transfers``: YONO SBI's Transfer successful under a large tick ("to <payee>", "Today, <hour>"; IMPS
  Ref. No., Mode, Debit account, Remarks, each label small over its value; no day); PNB ONE's Fund Transfer
  Successful capsule (hairline rows: Transaction Reference No., UTR No., Beneficiary, Amount, Mode, Date &
  Time, Remarks); Baroda Connect's RTGS Pending for authorisation (its steps left to right: Created,
  Authorised, Sent to RBI, Credited; labels set right against a gutter: Transaction ID, Beneficiary,
  Beneficiary A/c, IFSC, Amount, Mode, Created on, Purpose); the Nainital Bank's Internet Banking Transaction
  Receipt (a table ruled on every side: Transaction Date, Transaction Reference, UTR, Debit Account,
  Beneficiary Name, Beneficiary Account, IFSC, Amount, Mode, Status); Union Bank's Vyom screenshot cut off
  above its details (Money sent successfully, "to <payee>", the day and hour, "Paid from Vyom ... | IMPS"; no
  reference); mBandhan's IMPS successful capsule (the payee's initials, "Sent to", the sum, "on <day>"; its
  fields two to a row: IMPS Ref No and Mode, From A/c and Remarks); YES BANK's YES Online Transaction Failed
  under a large cross (shaded label cells: Reference No., Beneficiary, Amount, Mode, Date, Failure reason);
  RBL Bank's mail "Your NEFT transaction has been executed successfully." (a table ruled on every side across
  the page with one row: Date | Beneficiary | Amount (INR) | UTR No.; Remarks). All new here.
* ``worker_pay``: Zoho Payroll's salary "Payment initiated - awaiting bank confirmation" (a capsule, a table
  ruled on every side across the page: Employee | Emp ID | Net Pay | Status; shaded label cells: Payment mode,
  Initiated on, Expected credit by, Payout reference); a Payment Voucher as Tally prints it for an artisan's
  piece work (No. beside Dated, a table ruled on every side Particulars | Amount: "<artisan> (Artisan) A/c",
  Through: Cash, On Account of, Total; Amount (in words); "Received" written, the receiver's thumb
  impression); Airtel Thanks' UPI Payment Successful to an artisan ("Today, <hour>"; hairline rows: UPI Ref.
  ID, Paid from, Note; no day); Google Pay's Payment failed to an artisan under a large cross (UPI transaction
  ID, To, From, Date, each label small over its value); a master artisan's HONORARIUM BILL typed (Name, Work,
  Days <from> to <to>, Rate, Amount, Payment, UTR, Paid on; a revenue stamp signed across); an artisan's
  ATTENDANCE CUM WAGE CARD for a month (Name written in, two rows of the days' boxes with a tick or A in each,
  Days worked x the rate, Less: advance, Net paid, "Paid in cash on <day>" by hand, her thumb's impression; no
  reference); greytHR's payslip (Employee beside Emp. Code, a table ruled on every side Earnings | Amount |
  Deductions | Amount, Net Pay on a tinted panel and in words, a table ruled on every side: Payment date,
  Bank, Mode, UTR; "Salary credited to your bank account."); UGB mBanking's Transaction Successful on a tinted
  band (boxed fields: IMPS Ref No., Beneficiary, Account, Amount, Date & Time). All new here.
* ``govt_fees``: the Employees' State Insurance Corporation's challan receipt under its Hindi name (a table
  ruled on every side: Employer Code, Employer Name, Challan Number, Transaction Number, Transaction Date,
  Contribution Period, Amount Paid, Mode, Status); Apuni Sarkar's audit fee pending at the bank under its
  Hindi name (its steps down the page; dot leaders: Application No., Department, Service, Fee, Payment
  gateway, ePay Ref No., Initiated on); NAGAR PALIKA PARISHAD ALMORA's TRADE LICENCE FEE RECEIPT from its
  dot-matrix printer under its Hindi name (RECEIPT NO, DATE, NAME, TRADE, LICENCE NO, FEE, LATE FEE, TOTAL,
  MODE : CASH, "RECEIVED THE ABOVE AMOUNT."; its round seal); UHHDC's STALL FEE RECEIPT for the Uttarayani
  Mela, each label set right against a gutter (Receipt No., Participant, Stall No., Fair with its days, Stall
  fee, Paid by, UPI Ref.; no day); the Geographical Indications Registry's e-filing fee on a "Payment
  unsuccessful" band (boxed fields: Application reference, Form, Geographical indication, Fee, Transaction ID,
  Payment mode, Date & time); Vahan's e-Receipt for the Transport Department, Uttarakhand (Registration No.
  beside Receipt No., a table ruled on every side Particulars | From | Upto | Amount with its Total; shaded
  label cells: Transaction No., Bank Ref No., Payment Date, Payment Mode, Status); SHRI NANDA DEVI MELA
  SAMITI's RECEIPT written in its book under its Hindi name (No. left blank, Date, Received from, Stall No.,
  Rupees, by; Rs. in a box; its rectangular stamp; no reference); the Uttarakhand Forest Department's
  e-Transit Permit fee receipt under its Hindi name (a striped table: Permit No., Division, Produce, Fee,
  Payment mode, UPI Ref No., Payment date, Status; a QR code). All new here.
* ``insurer_receipts``: the New India Assurance's PREMIUM RECEIPT in a table ruled on every side (Receipt No.,
  Receipt Date, Received from, Policy, Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR; "Received with
  thanks the premium above."); IFFCO-TOKIO's COVER NOTE CUM PREMIUM RECEIPT filled in by its agent (Date,
  Insured, Vehicle, Premium Rs., "Received in cash", a signature; no number, no reference); ICICI Lombard's
  mail "We have received your payment of <sum> ..." (Policy number, Payment date, Payment mode, Transaction
  ID, Amount beside their labels); Bajaj General's Payment under process over a progress bar ("Paying to
  <insurer>"; Proposal No., Transaction ID, Mode, Initiated on, each label small over its value); SBI
  General's PREMIUM PAYMENT ACKNOWLEDGEMENT (Total premium (incl. GST) on a tinted panel; Acknowledgement No.,
  Date, Proposer, Plan, Mode, UTR beside their labels; its RECEIVED stamp; "Premium received ..."); Care
  Health's Policy renewed under a large tick ("paid to <insurer>", "Today, <hour>"; hairline rows: Policy No.,
  Payment ID, Paid via; no day); the Oriental Insurance's e-Receipt (a striped table: Receipt No., Receipt
  Date, Office Code, Insured, Product, Premium, GST, Total, Instrument Type, Bank Reference); Niva Bupa's
  Payment failed under a large cross (its fields two to a row: Proposal No. and Transaction ID, Amount and
  Mode, Date and Plan). All new here.
* ``card_slips``: Pine Labs' SALE at Aipan Haat, two labels to a line (DATE and TIME, MID and TID, BATCH NUM
  and INV NUM, the card CHIP, APPR CODE and RRN, TOTAL AMOUNT, APPROVED, PIN VERIFIED OK, CUSTOMER COPY);
  Paytm's Card Payment at the Mela stall in the fair's days (Date & Time, Card, Auth Code, RRN, Paytm Txn ID,
  Order ID, Amount, Payment Successful); HDFC Bank's TRANSACTION DECLINED at a Nainital bookshop (DATE, TIME,
  MID, TID, BATCH, INVOICE, CARD, RRN, AMOUNT, RESP 55 INCORRECT PIN); a Haldwani restaurant's ESTIMATE from
  its billing printer with no bill number (Date, Table, the Kumaoni dishes, GST 5%, Total, PAID BY CARD; no
  reference); YES BANK's SALE at the Kendra, each label padded to its colon (DATE, TIME, MID, TID, BATCH, ROC,
  CARD TAP, AUTH CODE, RRN, AMOUNT, APPROVED); Axis Bank's slip at a travel agent (TRANSACTION PENDING, HOST
  TIMEOUT - DO NOT RETRY); Bank of Baroda's slip at a sweet shop in label and value pairs (Date/Time on one
  line, MID, TID, Invoice No, Card, Card Type, Approval Code, RRN, Sale Amount, TRANSACTION SUCCESSFUL);
  Razorpay POS' screen on the counter's device (the counter under the app, a large tick, Payment Successful,
  the sum, Time alone; hairline rows: Card, Auth Code, RRN, Payment ID; no day). All new here.
* ``utility_bills``: UPCL's online bill payment Transaction Failed under its Hindi name and a large cross (a
  table ruled on every side: Service Connection No., Consumer Name, Amount, Transaction ID, Payment Mode, Date
  & Time, Reason); IndianOil ONE's Indane refill (a Payment successful capsule, the sum, "paid to <biller>";
  hairline rows: Booking No., Distributor, Transaction ID, UPI Ref No, Paid on); Uttarakhand Jal Sansthan's
  WATER CHARGES RECEIPT written at its counter under its Hindi name (No. left blank, Date, Connection No.,
  Name, Period, Amount Rs., "Received cash", its stamp; no reference); MyJio's Payment successful ("<sum> for
  <biller>"; dot leaders: Transaction ID, Plan, Paid via, Date & time); BSNL Selfcare's landline bill ("paid
  to <biller>", "a minute ago"; Account No., Transaction ID, Payment mode, each label small over its value; no
  day); Google Pay's Dish TV recharge (the biller under its initials, its VC No., the sum, Recharge
  successful, the day and hour; Bharat Connect Ref. ID, Google transaction ID, UPI transaction ID); Paytm's
  Airtel Postpaid Payment Pending under a clock ("<sum> for <biller>"; hairline rows: Mobile number, Order ID,
  UPI Ref No, Initiated at); a Common Services Centre's Digital Seva BILL PAYMENT RECEIPT for the power bill
  paid in cash (CSC ID and its VLE; Biller, Consumer No., Consumer Name, Amount paid, Payment mode, B-Connect
  Txn ID, Date & Time, Status beside their labels). All new here.
* ``bank_alerts``: SMS in State Bank of India's ("Dear UPI user A/C X1234 debited by x on date <28Oct26> trf
  to <PAYEE> Refno ..."), Uttarakhand Gramin Bank's ("your NEFT of Rs x to <PAYEE> A/c XX1234 dated
  <dd-mm-yyyy> is under process and will be credited to the beneficiary shortly. Ref ..."), Bank of Baroda's
  ("Rs.x IMPS to <PAYEE> from A/c XX1234 on <dd-mm-yy> has FAILED. ... Ref:..."), the Almora Urban
  Co-operative Bank's ("Rs.x debited from A/c XX1234 on <dd/mm/yyyy> by NEFT to <PAYEE>. Avl Bal ..."; no
  reference) and ICICI Bank's ("ICICI Bank Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited.
  UPI:...") wordings; PNB ONE's notification in a phone's pulled-down notification shade under the hour,
  between a chat's and a mail's ("now"; "A/c XX1234 debited INR x thru UPI to <PAYEE>. Ref ..."; no day); the
  Nainital Bank's mail ("... has been debited with INR x on <dd-mm-yyyy> towards IMPS/<ref>/<PAYEE>.",
  Available balance); HDFC Bank's WhatsApp banking under the chat's day divider ("Rs.x has been debited from
  your HDFC Bank A/c XX1234 to <PAYEE> via UPI. UPI Ref: ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Devanagari and Noto
Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi and Kumaoni lines, an italic or oblique for
the hand (``heldout280_families.PENS``), DejaVu Sans Oblique in graphite for the pencil and a fixed-width face
of the page's own (``heldout280_families.TYPES``). The Mela stall's bill and card sale are drawn in the Nanda
Devi Mela's days (15 to 22 September 2026) and the Mela Samiti's stall rent in the days before it; UHHDC's
stall fee in the days before the Uttarayani Mela (14 to 20 January 2026); the other days anywhere in 2026. GST
is 5% on the Aipan goods and the restaurant, 18% on MDF and timber (9% + 9%), the post, software and premiums,
5% (IGST) on brass.

Truth conventions (heldout279's, heldout278's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): the
  name under PhonePe's "Paid to" (never its Banking Name line, heldout207, or the initials over it), after
  "to" on Paytm's dialog and Amazon Pay, after "Paid to" on BHIM and Navi, after PayZapp's "to"; never the
  VPA, the app or the payer; a chat's payment card's "Payment to <payee>" (*settled*, heldout275), here on a
  Google Pay thread (never the thread's name on top). *settled* (heldout268 to heldout279): a receiving
  business's own app pays the business named under the app, here the counter under PhonePe Business (never
  "from <buyer>"). *settled* (heldout167 to heldout279): a payer's advice pays the one it pays, never the
  payer on top or a salutation; here GoCoop's Payee, IFMS' Payee Name (never the DDO), Citi's Beneficiary Name
  (never the Customer), the firm after "To," and "M/s" on a Tally advice (never the hotel on top), Zoho Books'
  Paid To, Etsy's Deposit to (never the shop's name in "Hi <shop>,"), Cashfree's Beneficiary (never the Nigam
  in its sentence); *settled* (heldout276) a bank's credit advice pays the customer it credits, here its NAME
  (never the remitter in its sentence or the SENDER). *settled* (heldout155 to heldout279): an inward wire
  pays the cooperative, here PostFinance's Begünstigter, MUFG's Beneficiary, DBS' Beneficiary Name, RBC's
  Recipient, the name after "to" on Emirates NBD, Westpac's Payee name, DNB's Til (*settled*, heldout276's
  Danske "Til"), HSBC's BENEFICIARY (never the Auftraggeber, the CUSTOMER, the remitter above a page or the
  bank on top). *settled* (heldout175 to heldout279): the cooperative's own paper pays its unit or itself on
  top, here AIPAN HAAT on its roll (never its "A UNIT OF" line), the cooperative's English name under its
  Hindi one on its share money receipt (never Received with thanks from), Aipan Haat on its order form, its
  order page, the PayU page ("Merchant: Aipan Haat"; never PayU), its gift voucher and its stall bill (never
  the stall's line), the Kendra on its wedding receipt (never the client). *settled* (heldout187 to
  heldout279): a supplier's name on top of its own paper, here TAMTA COPPER CRAFTS under its Hindi name (never
  M/s), Itsy Bitsy, HALDWANI PLYWOOD & TIMBER (never Buyer), PAHADI RANG BHANDAR, SHUBHAM PACKAGING on its
  Razorpay page (never Razorpay), INDIA POST, GUPTA BRASS EMPORIUM (never Bill to), BISHT TAILORS (never M/s
  or the signature's line). *settled* (heldout179 to heldout279): a banking page pays the payee, here the name
  after "to" on YONO and Vyom, PNB ONE's, Baroda Connect's and the Nainital Bank's Beneficiary (Name), the
  name under mBandhan's "Sent to", YES BANK's Beneficiary, the Beneficiary in RBL's row (never the Nainital
  Bank's Debit Account holder). *settled* (heldout150 to heldout279): a pay slip pays the worker, here the
  Employee in Zoho Payroll's row, the name after "to" on Airtel Thanks, after Google Pay's "To", the Name
  typed on an honorarium bill, the Name written on a wage card, greytHR's Employee, UGB's Beneficiary;
  *settled* (new here) the party of a Tally payment voucher's Particulars ("<artisan> (Artisan) A/c"): the
  name alone, never "(Artisan) A/c", because Tally names a party's ledger by its name and the words after it
  are the ledger's kind. *settled* (heldout153 to heldout279): a fee page pays the authority as printed, here
  Employees' State Insurance Corporation (never the Employer Name or its Hindi line), the Department an Apuni
  Sarkar page names (Co-operative Department, Uttarakhand; never Apuni Sarkar, *settled* heldout276's and
  heldout278's portals), NAGAR PALIKA PARISHAD ALMORA under its Hindi name (never NAME), UHHDC's name on top
  as printed (never the Participant), the Geographical Indications Registry (never Intellectual Property India
  over it), the Transport Department, Uttarakhand (never Vahan over it), SHRI NANDA DEVI MELA SAMITI under its
  Hindi name (never Received from), the Uttarakhand Forest Department. *settled* (heldout199 to heldout279):
  an insurer's receipt pays the insurer on top (full or short as printed) or after "Paying to" and "paid to"
  on an app (Bajaj General Insurance Ltd, Care Health Insurance Ltd; never the app's bar), never the Insured,
  the Proposer, Received from or a salutation. A slip's counter name line as printed (AIPAN HAAT, AIPAN HAAT -
  NANDA DEVI MELA, the bookshop, the restaurant on its estimate, AIPAN KALA KENDRA, the travel agent, the
  sweet shop), never *settled* the terminal's brand over it (PINE LABS, Paytm, HDFC BANK, YES BANK, AXIS BANK,
  BANK OF BARODA), the counter under Razorpay POS on its device's screen. A utility's biller: the power
  company's English name on top (never its Hindi line or the Consumer Name), after "paid to" (Indane,
  *settled* heldout276; Bharat Sanchar Nigam Limited), after "for" (JioFiber, Airtel Postpaid; never MyJio or
  Paytm), Dish TV under its initials on Google Pay's bill (never Google Pay), Uttarakhand Jal Sansthan under
  its Hindi name, a Common Services Centre's Biller (*settled* heldout276: never Digital Seva, the CSC or its
  VLE). An SMS, mail, notification or chat alert's payee as the bank sends it (*settled*, the truncated name
  as printed, without the sentence's full stop): SBI's "trf to <PAYEE> Refno", UGB's "to <PAYEE> A/c", Bank of
  Baroda's "IMPS to <PAYEE> from", the Almora Urban Co-operative Bank's "by NEFT to <PAYEE>.", ICICI's
  "<PAYEE> credited" (*settled*, heldout276), PNB's "thru UPI to <PAYEE>.", the Nainital Bank's last part of
  "IMPS/<ref>/<PAYEE>." (as Axis' "UPI/P2M/<ref>/<PAYEE>", heldout279), HDFC's "to <PAYEE> via UPI".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's sum beside
  the payee (its Debited from line the same), the Paytm dialog's sum (the dimmed screen under it the same),
  the Google Pay card's sum; never Navi's scratch card. *settled* (heldout152 to heldout279): a payer's advice
  counts its net sum, here GoCoop's Net settlement (its sentence the same; never a Sale or a Commission,
  *settled* heldout276), IFMS' Paid Amount (its Net Amount the same), Citi's Amount (INR), the sum in a Tally
  advice's sentence (its Total the same; never a bill's line), Zoho Books' Amount Paid (never a Bill Amount on
  its own), Etsy's Deposit amount, the sum in a credit advice's sentence, the sum in Cashfree's sentence.
  *settled* (heldout155 to heldout279): an inward wire's foreign sum, here Swiss francs with apostrophes
  between the thousands (CHF 3'326.01 is 3326.01, *settled* heldout243 and heldout276), yen whole (JPY 244,000
  is 244000.00, *settled* heldout247), Singapore dollars (SGD, S$), Canadian dollars ($2,518.74 CAD, C$),
  dirhams (AED), Australian dollars (A$, AUD), Hong Kong dollars (HK$, HKD), all settled by earlier sets;
  *settled* (new here) Norwegian kroner with their code and spaces between the thousands and a decimal comma
  (NOK 46 580,00 is 46580.00 NOK), because Norway's banks print them so (as heldout271's Swedish kronor);
  never MUFG's Our charges or RBC's and Westpac's Fee; *settled* (new here) never HSBC's TOTAL DEBITED,
  because it is the sum remitted with the bank's COMMISSION added, which the payee never receives (as Wise's
  fee, heldout279). *settled* (heldout175 to heldout279): a receipt counts the sum received, here NET PAYABLE
  (never SUB TOTAL or a GST line), the share money's Rs. in its box (its words the same), the Advance received
  Rs. on an order form (never the Price or the Balance, *settled* heldout279's proforma), the order page's
  Total, the sum in the wedding receipt's sentence, PayU's Amount, the gift voucher's Value (*settled*
  heldout276), the stall bill's Total. A whole sum closed with /- is that sum in whole rupees (heldout259).
  *settled* (heldout187 to heldout279): a supplier's paper counts the sum paid, here Total Rs., Order total,
  Total (never CGST 9% or SGST 9%), the colour shop's Total written in, Amount on a Razorpay page, India
  Post's TOTAL (never TARIFF or GST 18%), the brass house's Total (never IGST 5%), the tailor's Total. A
  banking page's sum. *settled* (heldout167 to heldout279): a pay slip's net sum, here Net Pay in Zoho
  Payroll's row, the voucher's Amount (its Total the same), the honorarium's Amount (never the day's rate),
  the wage card's Net paid (never Days worked x the rate or Less: advance), greytHR's Net Pay (never an
  earning or a deduction). A fee page's Amount Paid / Fee / TOTAL / Stall fee / Total (never a Late fee or a
  line of Vahan's table) / the Rs. in a box. An insurer's premium with its GST (*settled*, heldout199 to
  heldout279), here Total Premium, Premium Rs., the sum in ICICI Lombard's sentence, the sum large, Total
  premium (incl. GST), Total (never Premium, CGST 9%, SGST 9% or GST alone). A slip's TOTAL AMOUNT / Amount /
  AMOUNT / Total / Sale Amount, a device's sum large. A utility's Amount, the sum large, the sum before "for",
  Amount Rs., Amount paid. An alert's sum debited as worded (grouped the Indian or the English way or not at
  all; SBI's 17430.0 is 17430.00); never Avl Bal, Available balance or a balance in a notification. Currency
  INR but on the wires.
* status: as printed. A UPI screen's Transaction Successful, Payment Successful in a dialog, Transaction
  Successful under a large tick, Payment successful capsule, the Google Pay card's "Paid", a Payment Received
  capsule successes, Payment failed on a band failed, Payment processing over a progress bar pending. A
  payer's "has been transferred to your bank account", Payment Status Paid, "we have made a payment", Zoho
  Books' Amount Paid on its PAYMENT MADE, "We advise having credited your above account", "has sent you"
  successes; Citi's RETURNED / "Returned by beneficiary bank" failed (*settled* heldout276 and heldout278);
  *settled* (new here) Etsy's "Your deposit is on its way to your bank account" pending, because the money has
  left Etsy but not reached the payee (as heldout279's Wise "We are sending your money"). A wire's "Ausgeführt
  / Executed" (*settled* heldout276), Remittance completed, "has been sent", Payment processed (*settled*
  heldout279's Processed), "We have debited your account and remitted ..." successes, *settled* (new here)
  DNB's "Betalingen er sendt" (the payment is sent) a success, because the remitter's bank says it has sent
  the payment (as Barclays' Payment sent, heldout279); DBS' Pending Authorisation pending (*settled*,
  heldout277's yono BUSINESS waiting for its authoriser); Emirates NBD's Transfer failed failed. A receipt's
  ** PAID **, "Received with thanks from", Advance received, "Received with thanks from ... by NEFT", "Payment
  received.", the cashier's pencilled "paid" beside UPI ticked successes; the order page's Payment pending
  pending; PayU's Transaction Failed failed. A supplier's pencilled "Paid by UPI" (*settled*, as heldout275's
  sticky note), a PAYMENT RECEIVED stamp with "by NEFT, UTR ..." written under it, "Paid cash", PAID BY :
  CASH, "Payment received by NEFT ... Thank you.", "Paid - cash" successes; the Razorpay page's Payment
  processing pending; Itsy Bitsy's Payment failed failed. A banking page's Transfer successful, Fund Transfer
  Successful, Status Success, Money sent successfully, IMPS successful, "has been executed successfully"
  successes; Baroda Connect's Pending for authorisation pending (as DBS'); YES BANK's Transaction Failed
  failed. A pay slip's "Received" written on a voucher, Payment Successful, "Paid on" on an honorarium bill,
  "Paid in cash on <day>", "Salary credited to your bank account.", Transaction Successful successes; Zoho
  Payroll's "Payment initiated - awaiting bank confirmation" pending; Google Pay's Payment failed failed. A
  fee page's Status Transaction Successful, "RECEIVED THE ABOVE AMOUNT.", "Stall fee received.", Status
  Success, Received from on a receipt book, Status Paid successes; Apuni Sarkar's step "Fee payment - pending
  at bank" pending; the GI Registry's Payment unsuccessful failed. An insurer's "Received with thanks the
  premium above.", "Received in cash", "We have received your payment", "Premium received", Policy renewed
  successes; Bajaj General's Payment under process pending; Niva Bupa's Payment failed failed. A slip's
  APPROVED, Payment Successful, PAID BY CARD (*settled*, heldout277's "Settled by: CARD"), TRANSACTION
  SUCCESSFUL successes, TRANSACTION DECLINED failed, *settled* (heldout276 and heldout278) TRANSACTION PENDING
  with its HOST TIMEOUT - DO NOT RETRY pending. A utility's Payment successful, Recharge successful, "Received
  cash", Status Successful successes, UPCL's Transaction Failed failed, Paytm's Payment Pending pending.
  *settled*: an SMS, mail, notification or chat debit alert a success whatever its bank's wording; Bank of
  Baroda's "has FAILED" failed; UGB's "is under process and will be credited to the beneficiary shortly"
  pending (as heldout279's UCO "will be processed in the next batch").
* date: the day paid. A UPI screen's day and hour on PhonePe's bar, Transaction Date, Payment time, "on <day>
  at <hour>", *settled* (new here) the day in a Google Pay thread's payment card ("Paid <day>"), because the
  card is the payment's own record in the thread (as a chat's day divider over it, heldout273 to heldout279),
  Date & time, Received on; the Paytm dialog's "at <hour>" prints no day. A payer's Payment Date (never IFMS'
  Bill Date), Value Date, the Inst. Date of a Tally advice (*settled* (new here): the day of the instrument,
  that is of the NEFT, never a Bill Date), Zoho Books' Payment Date (never a Bill Date), Etsy's Initiated on,
  Cashfree's Processed on; *settled* (new here) a credit advice's DATE where it prints no Value date, because
  the bank dates the advice it prints on the day it credits the account; *settled* (new here) never Etsy's
  Arrives by, because it is a day still to come (as heldout279's "next working day"); *settled* (new here)
  GoCoop's "Cycle: Week 11, 2026" prints no day, because a week's number names no calendar day (as a Period).
  A wire's Ausführungsdatum (19.05.2026), Created on, Send date (May 12, 2026, *settled* heldout278's month's
  name first), Date, Payment date, Dato (06.12.2026), VALUE DATE; MUFG's "Completed at <hour> JST" prints no
  day (as Time alone, *settled*). A receipt's DATE with the hour, the Date written in, Order placed, the day
  in the wedding receipt's sentence (never its later painting day, as heldout279's museum letter), Date &
  time, the stall bill's Date; *settled* (new here) never an order form's Delivery by, because it is a day
  still to come; the gift voucher prints no day ("six months from the date of issue" names none). A supplier's
  pencilled "on <day>" (*settled* (new here), as heldout275's sticky note: the accountant's record of the
  payment, never the bill's earlier Date:), Attempted on, the "dt. <day>" written under a stamp (never the
  Tally invoice's Dated), Initiated on, BOOKED ON, the day in the brass house's payment line (never its
  Invoice Date), the Date the tailor writes; the colour shop's Date left blank prints no day. A banking page's
  Date & Time, Created on, Transaction Date, the day and hour on Vyom, "on <day>" on mBandhan, Date, the Date
  in RBL's row; YONO's "Today, <hour>" prints no day. A pay slip's Initiated on (*settled* (new here): never
  Zoho Payroll's Expected credit by, a day still to come, or its pay run's month), a Tally voucher's Dated
  (*settled* heldout278: a payment voucher's Date), Date, Paid on (never the workshop's Days, a Period), the
  day in "Paid in cash on <day>" (never the card's month), Payment date, Date & Time; Airtel's "Today, <hour>"
  prints no day. A fee page's Transaction Date (never the Contribution Period), Initiated on, DATE, Date &
  time, Payment Date (never Vahan's From or Upto), the Date written in, Payment date; UHHDC's receipt prints
  only the fair's days (*settled*: never a Period) and so no day. An insurer's Receipt Date, the Date written
  in, Payment date, Initiated on, Date; Care Health's "Today, <hour>" prints no day. A slip's DATE with TIME
  on one line, Date & Time, DATE, Date, Date/Time; Razorpay POS' Time alone prints no day. A utility's Date &
  Time, Paid on, the Date written in, Date & time, the day and hour on Google Pay's bill, Initiated at; BSNL's
  "a minute ago" prints no day (*settled* heldout278 and heldout279: an age names no calendar day). The
  alerts' "on date <28Oct26>" (*settled* heldout278's SBI), "dated <dd-mm-yyyy>", "on <dd-mm-yy>", "on
  <dd/mm/yyyy>", "on <dd-Mon-yy>", "on <dd-mm-yyyy>", a chat's day divider over the message it heads
  (*settled*); the notification shade's "now" under the hour prints no day (as heldout279's lock screen). All
  numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a Period, a month, a
  pay run, an invoice number's financial year or an e-mail's hour, the day inside a UTR (heldout210) or inside
  an app's, a terminal's or a bank's transaction id or a receipt's number.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (GoCoop's UTR, IFMS' e-Payment (NEFT, RBI e-Kuber),
  Citi's NEFT, a Tally advice's NEFT, Zoho Books' Bank Transfer (*settled* heldout276 and heldout278), a
  credit advice's proceeds of NEFT, Cashfree's IMPS, the wedding's NEFT, the timber house's and the brass
  house's NEFT, the banking pages, Zoho Payroll's Bank transfer (NEFT), the honorarium's NEFT, greytHR's Bank
  Transfer, UGB's IMPS, ESIC's, Apuni Sarkar's, the GI Registry's and Vahan's Net Banking, the premiums' NEFT
  and Net Banking, BSNL's Net Banking, the NEFT and IMPS alerts); *settled* (new here) an Etsy deposit to a
  bank account, because Etsy pays its deposits in India by a bank transfer (as heldout279's Wise); a SWIFT or
  other bank remittance either way (PostFinance's Auslandzahlung SWIFT, MUFG's Overseas remittance (SWIFT),
  DBS' telegraphic transfer, RBC's international wire, Emirates NBD's International (SWIFT), Westpac's SWIFT,
  DNB's Utlandsbetaling (SWIFT), HSBC's outward telegraphic transfer). UPI for the UPI screens, the roll's
  TENDER : UPI, the order page's UPI (Razorpay), UPI ticked on the stall bill, the coppersmith's "Paid by
  UPI", the box maker's UPI, Airtel's and Google Pay's UPI to artisans, UHHDC's and the Forest Department's
  UPI, Bajaj General's and Care Health's UPI, the bills' UPI, the UPI alerts. Card for the gift voucher's
  Card, PayU's Credit card, Itsy Bitsy's Debit card, ICICI Lombard's Credit card, Niva Bupa's Debit card, the
  slips and the device, PAID BY CARD, UPCL's Debit Card. Cash for the share money's "by Cash", Cash ticked on
  an order form, "Paid cash", PAID BY : CASH, "Paid - cash", a voucher's Through: Cash, "Paid in cash on",
  MODE : CASH, "by Cash" in a receipt book, "Received in cash", "Received cash", a CSC's Payment mode Cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout279): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UPI Ref No, UPI Transaction ID, UPI Ref No., UPI TXN ID, UPI
  Ref., UPI Ref. ID, UPI transaction ID, IMPS Ref. No., IMPS Ref No, UTR No., a UTR in a sentence or written
  under a stamp, a pencilled Ref, a slip's RRN, an alert's Refno / Ref / Ref: / UPI: / UPI Ref: / IMPS/<ref>/;
  *settled* (new here) Amazon Pay's Bank reference no., because it is the payment's UPI reference, its twelve
  figures, by another name), then a bank reference (Citi's Transaction Ref, PostFinance's Referenz, MUFG's
  Remittance No., DBS' Transaction Reference, RBC's Tracking number, Emirates NBD's Reference No., Westpac's
  Receipt number (the bank's own number for the payment), HSBC's OUR REF, PNB ONE's and the Nainital Bank's
  Transaction Reference, YES BANK's Reference No., Vahan's Bank Ref No., the Oriental's Bank Reference, a
  Bharat Connect Ref. ID or B-Connect Txn ID), then a transaction / payment id (PhonePe's Transaction ID and
  Txn ID, Amazon Pay transaction ID, Navi Txn ID, Google transaction ID, GoCoop's Settlement ID, Etsy's
  Deposit reference, Cashfree's Transfer ID, Razorpay's and Shopify's Payment ID, PayU's Transaction ID,
  Baroda Connect's Transaction ID, Zoho Payroll's Payout reference, ESIC's Transaction Number (its Challan
  Number the challan's own), Apuni Sarkar's ePay Ref No., the GI Registry's and Vahan's Transaction ID / No.,
  an insurer's Transaction ID / Payment ID, Paytm Txn ID, a utility's Transaction ID), then an approval code
  (APPR CODE, Auth Code, AUTH CODE, Approval Code, Approval code), then an order's number (Order ID, Order #,
  Order, Booking No.), then a document's own number (Payment#, BILL NO, No. printed, Receipt No., Bill No.,
  RECEIPT NO, a Tally voucher's No., INV NUM, INVOICE, ROC, Invoice No, INVOICE NO, Acknowledgement No.).
  *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Policy, Proposal,
  Consumer, Connection, Service Connection, Account, Member, Employer, Emp ID or VC number, a slip's TID / MID
  / BATCH, a No. left blank (a Tally advice's Inst. No., an order form's Order No.), an invoice or bill number
  named on an advice (heldout272), a Token No., a Bill No. in IFMS' row, an Application No. or Application
  reference (heldout278's Diary No.), a Trade licence or LICENCE NO (heldout279), a Registration No.
  (heldout278), a Speed Post ARTICLE NO (heldout268), a Voucher No. beside a UTR (heldout278); *settled* (new
  here) never a transit Permit No., because it is the permit's number, not the payment's (as a Trade licence
  No.)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout280_families import (
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

SPLIT = "heldout280"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans Display
# and DejaVu Sans Condensed among them), the pages in Noto Serif, Liberation Serif, DejaVu Sans, FreeSerif,
# Noto Serif Display and Liberation Sans (liberation2), the cooperative's, its suppliers' and its artisans'
# papers in FreeSerif, DejaVu Serif Condensed, Liberation Serif (liberation2), Noto Sans and Liberation Sans
# Narrow, the slips in five monos; beside them Noto Sans and Noto Serif Devanagari (regular and bold,
# fonts-noto-core) for the Hindi and Kumaoni lines and hand, a pen's italic or oblique
# (``heldout280_families.PENS``), DejaVu Sans Oblique for the pencil and a page's own fixed-width face
# (``heldout280_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoMono-Regular.ttf",
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
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout280_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout280 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout275: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pichwai painting atelier's year of 2026 in Nathdwara, Rajsamand district,
Rajasthan (Kamal Talai Pichwai Atelier Pvt Ltd, CIN U90005RJ2019PTC064218: its atelier in the painters'
quarter, Chitrakar Mohalla near Lal Bagh, Kamal Talai Chitrashala, where its chitera (painters), its gilder
and its apprentices paint Shrinathji's pichwais, the cloth hangings behind the deity in the haveli, for its
seasons and feasts (Sharad Purnima, Gopashtami, the Annakut, the Raas Leela, the lotus pond (kamal talai)
and the banana grove) on starched cotton, in mineral colours ground on stone (hirmich, ramraj, lapis, gum
arabic) from Bhilwara and 23.5-carat gold leaf from Johari Bazaar, Jaipur, with squirrel-hair brushes made
in the town, each painter paid by the stage (drawing, colouring, gold work) or by the work in the atelier's
bahi; its gallery at 9, Gangaur Ghat Marg, Udaipur, Kamal Talai Gallery, with its lotus-painting workshops
for visitors, its framer at Hathipole, the web shop kamaltalaipichwai.com and stall 17 at Shilpgram Utsav,
the West Zone Cultural Centre's crafts fair at Havala, Udaipur; its commissions from Udaipur's and
Kumbhalgarh's hotels, the Nathdwara Temple Board, Rajasthali (the state's emporium), interior studios in
Delhi, Kolkata and Bengaluru and collectors abroad), told by the proofs of payment it receives (buyers'
Google Pay conversation, PayZapp, super.money, POP UPI, iMobile Pay, Kotak and WhatsApp screens, PhonePe
Business on the gallery's phone; an Udaipur hotel group's SAP remittance advice, Etsy's deposit mail, IFMS
Rajasthan's e-Payment Advice for Rajasthali, a Delhi studio's payment rejected at Axis Bank, the Temple
Board's payment advice in Hindi and English, a Kolkata studio's RazorpayX payout, a Kumbhalgarh resort's mail
and Standard Chartered's advice for a Bengaluru retailer; Skydo, Intesa Sanpaolo, Barclays, HSBC HK, ANZ,
Danske Bank, QNB and a Stockholm collector's mail for buyers in New York, Milan, London, Hong Kong, Auckland,
Copenhagen, Doha and Stockholm in US dollars, euros, pounds, Hong Kong and New Zealand dollars, Danish
kroner, Qatari riyals and Swedish kronor; the gallery's dot-matrix tax invoice, the atelier's commission
advance receipt, the web shop's order mail and refused checkout, the Shilpgram stall's cash memo written in
Hindi, a workshop pass, a receipt book's page and Swipe's invoice) and those it makes (the gold leaf maker's
invoice, the framer's Hindi bill, Amazon Business's declined payment, the pigment seller's roll, the brush
maker's bahi page, India Post's counter receipt, Canva's receipt and udaan's pending order; AU Small Finance
Bank's, HDFC Bank's, Kotak's, Bank of India's, Rajasthan Marudhara Gramin Bank's, RBL Bank's, IndusInd Bank's
and Yes Bank's pages for the carpenter, the auditors, the fair's tent house, the electrician, the catalogue
photographer, the web studio, the gallery's landlady and the carrier; its painters', gilder's, apprentice's,
pigment grinder's, manager's and watchman's bahi page, slip, screens, payslip and voucher; e-GRAS's stamp
duty challan, the GST portal's challan, the Nathdwara Municipal Board's hoarding fee, EPFO's contribution,
the Income Tax Department's TDS challan, the Udaipur Municipal Corporation's UD tax, DGFT's IEC fee and the
West Zone Cultural Centre's stall rent; United India's, Tata AIG's, HDFC ERGO's, Star Health's, Go Digit's,
ACKO's, Cholamandalam MS's and National Insurance's premiums; cards on the gallery's and the stall's
terminals and the atelier's card at a lake hotel, a Nathdwara sweet shop, a Jaipur art store, an airport
cafe, the framer and a pump; AVVNL's, PHED's, Tata Play's, HP Gas's, Vi's, JioFiber's, Excitel's and Airtel
Digital TV's bills; the banks' SMS, e-mails, a passbook's page and a phone's notification). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set, none of heldout272's or heldout273's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: Hindi lines in Noto Sans
and Noto Serif Devanagari over their English, Hindi sentences beside their English; labels in two lines, the
Hindi over the English in small letters, the value between them, printed or filled in by hand; Hindi written
by hand, slanted, its sums in a column past a red rule; a bahi-khata's page with its red rules and its fold;
a heading on a ribbon with notched ends; a large round mark of the outcome (a tick, a cross, a clock's
hands); a sum set large with the currency's mark small and its paise raised after a point; a yellow sticky
note pressed on a supplier's bill with the accountant's note of the payment; a sum crossed out by hand and
the corrected one written after it with initials; a signature's scribble; an app's passing message at the
foot; a chat's day divider over a payment card at the right of the thread; an app's tabs; labels set to the
right against a gutter with their values set to the left after it; green-bar continuous stationery with
its sprocket holes, printed by a dot-matrix; a Pichwai painting's border of lotuses between gold rules; a
letter's two folds; a tea cup's ring; a file's punched holes; a phone's notifications.

* ``buyer_upi``: Google Pay's conversation with the gallery (the payee on top over "UPI ID: <vpa>", the day
  on the chat's divider, a payment card at the right: "Payment to <payee>", the sum, "Paid . <hour>", a
  note; no reference); PayZapp's Payment Successful (a large tick, the sum split, "to <payee>", the VPA, UPI
  Ref No., PayZapp Txn ID, Paid from, Date & Time, a passing message); super.money's dark Payment processing
  (a clock's mark, the sum split, "to <payee>", each label small over its value: UPI Ref. ID, super.money ID,
  Debited from, Started at); POP UPI's payment (You paid, the sum split, "to <payee>", a Payment successful
  capsule, a card of POPcoins earned, hairline rows: Transaction ID, UPI Ref No, Paid on, Paid via); iMobile
  Pay's Transaction Failed (a large cross, the sum split, "to <payee>", the reason, against a gutter:
  Reference No., Transaction Date, From Account, Payment Mode, Payee VPA); Kotak's UPI PAYMENT RECEIPT under a
  ribbon ("Sent <sum> to <payee>", a striped table: Beneficiary Name, Beneficiary VPA, Amount, Date, UPI
  Reference No., Remitter, Status); WhatsApp's Payment details ("Payment to <payee>", the sum split,
  Completed, "Today at <hour>", UPI transaction ID, To, Payment method; no day); PhonePe Business on the
  gallery's phone (the gallery under the app, tabs, a Payment received capsule, the sum split, "from
  <buyer>", hairline rows: UTR, Transaction ID, Received at, Settles to). All new here.
* ``buyer_advices``: SAP's REMITTANCE ADVICE in a plain-text mail's fixed-width lines (Payment Doc No, Value
  Date, Vendor Code, Vendor Name, Payment Method, Bank Ref (UTR), then Invoice | Inv Date | Gross | TDS | Net
  and Total paid); Etsy's deposit mail ("We've sent a deposit of <sum> to your bank account ending in ... on
  <day>.", Shop, Orders in this deposit, Sales, Etsy fees and taxes, Deposit under its rules; no reference);
  IFMS Rajasthan's e-Payment Advice under its Hindi heading (shaded labels: Token No., Voucher No., Payee
  Name, Payee Bank A/c, Gross Amount, Deductions (TDS), Net Amount, Payment Mode, e-Payment Date, UTR No.,
  Status); Axis Bank neo's Payment Rejected (a large cross, against a gutter: Payment Reference No., IMPS
  Ref. No., Debit Account, Beneficiary Name, Beneficiary Account, IFSC, Amount, Payment Mode, Value Date,
  Rejection Reason); the Nathdwara Temple Board's PAYMENT ADVICE under its Hindi name and a ribbon (Hindi
  labels over their English: Order No., Payee, Particulars, Amount, Mode, UTR, Date of payment; its Hindi
  sentence and "The above amount has been paid.", the Accounts Officer's scribble); RazorpayX's payout (a
  Processed capsule, "Processed <n> hours ago", shaded labels: Payout ID, UTR, Beneficiary, Account, Mode,
  Amount, Purpose, Narration; no day); a Kumbhalgarh resort's mail of a payment initiated (its sentence, a
  banded row: Payment Ref. | Initiated on | Amount, Beneficiary:, Mode:); Standard Chartered's Payment Advice
  on behalf of its customer, punched for the file (Date:, To, the payee, a table ruled on every side:
  Remitter, Customer reference, Payment amount, Value date, Payment type, Bank reference, UTR). All new here.
* ``export_wires``: Skydo's Payment received and settled (a large tick, the dollars large, "from
  <remitter>", against a gutter: Account holder, Payment ID, Received via, FX rate, You receive (INR),
  Settled to, Settled on); Intesa Sanpaolo's Bonifico estero eseguito (a capsule, Foreign transfer executed,
  each label in Italian with its English: Beneficiario (Beneficiary), IBAN / Conto (Account), Banca (Bank),
  Importo (Amount) in euros the Italian way, Data esecuzione (Date), Tipo (Type), TRN, Causale (Purpose));
  Barclays' Payment sent (a large tick, the pounds, "to <beneficiary>", Reference, Date, Payment type,
  Charges, Barclays reference, From); HSBC HK's Transfer successful ("Today <hour> HKT", each label small over
  its value: Payee bank, Transfer method, Reference number, Message to payee; no day); ANZ's PAYMENT
  UNSUCCESSFUL on a ribbon (a table ruled on every side: Beneficiary, Beneficiary bank, Amount, Payment date,
  Payment method, Payment reference, Reason); Danske Bank's Udlandsoverfoersel gennemfoert (Foreign transfer
  completed, the kroner the Danish way, "Til <beneficiary>", Modtager / Recipient bank, Dato / Date, Type,
  Reference, Tekst til modtager); QNB Mobile's Transfer request in progress (a clock's mark, the riyals, "to
  <beneficiary>", hairline rows: Transaction reference, Request date, Transfer type, Charges, From account);
  a Stockholm collector's mail ("I have sent <kronor> ... from SEB on <day>.", Beneficiary:; no reference).
  All new here.
* ``own_receipts``: the gallery's TAX INVOICE printed by a dot-matrix on green-bar stationery (INV NO beside
  DATE, BUYER, SL DESCRIPTION HSN AMOUNT, TAXABLE VALUE, CGST @ 2.5%, SGST @ 2.5%, ROUND OFF, GRAND TOTAL,
  "PAID BY CARD ... APPR <code>"); the atelier's ADVANCE RECEIPT for a commission in a Pichwai border under
  its Hindi name and a ribbon (No. beside Date:, Hindi labels over their English filled in by hand: Received
  from, Painting, Price agreed, Advance, Paid by, UPI Ref., Balance; its Hindi thanks and "Received with
  thanks."); the web shop's mail of an order awaiting a bank transfer (the paintings, Shipping, Order total,
  Order number, Order date, Payment method); the Shilpgram stall's CASH MEMO under the gallery's Hindi name
  (No., the day, the paintings and नकद प्राप्त (cash received) written in Hindi, their sums in a column past
  a red rule, Total Rs. in a box); a WORKSHOP PASS CUM RECEIPT past a perforated counterfoil (Receipt No.,
  Date:, Participants, Total paid, "Paid by card (...), appr. <code>"); the web shop's checkout refused (a
  large cross, the paintings, Total, Payment, Attempt ID; no day); a receipt book's page under the atelier's
  Hindi name (Hindi labels over their English filled in by hand: Date, Received from, Rupees, In words, Paid
  by, Towards; its Hindi thanks and "Received with thanks.", a signed revenue stamp; no number); Swipe's TAX
  INVOICE (Invoice # beside Invoice date, Bill to, a PAID capsule, a ruled table with GST @ 5%, Total, a card
  of Payment details: Amount paid, Paid on, Mode, UTR; a QR code). All new here.
* ``supplier_invoices``: SHRI GOVIND VARAK BHANDAR's TAX INVOICE for gold and silver leaf (Invoice No.
  beside Date:, Buyer:, hairline rows, CGST 1.5%, SGST 1.5%, Total Rs., the accountant's sticky note: "Paid
  NEFT <day>", UTR, her initials); NEW MEWAR FRAME HOUSE's bill written in Hindi on its pad (Bill No.
  printed, Date: and M/s left blank, the frames, glass and labour with their sums past a red rule, Total Rs.
  crossed out and corrected by hand with initials, "Recd. cash with thanks"; no day); Amazon Business's
  declined payment (a large cross, Items, Sold by, Order total, Order #, Payment method, Attempted);
  RAJASTHAN MINERAL PIGMENTS' CASH / UPI RECEIPT on a torn roll under its Hindi name (RCPT NO beside the day,
  the pigments, GST 18%, NET AMT, PAID VIA UPI (BHIM), REF); a brush maker's page of his bahi written in
  Hindi (his name in English, दि. <day>, the brushes with their sums in a column, कुल (total), नकद पाये
  (cash received); no number); India Post's SPEED POST BOOKING RECEIPT on a torn roll under भारतीय डाक (Bill
  No, Date, Counter, Art No, To, Weight, Tariff, GST 18%, Total, Paid : CASH); Canva's receipt (Receipt #,
  AMOUNT PAID | DATE PAID | PAYMENT METHOD, SUMMARY, IGST 18%, Amount paid); udaan's Payment pending (a
  clock's mark, the sum split, "to <seller>", hairline rows: Order ID, Payment ID, Items, Paid via, Initiated
  on). All new here.
* ``vendor_transfers``: AU 0101's Money sent successfully (a large tick, the sum split, "to <payee>",
  hairline rows: Transfer type, IMPS Ref. No., Date & time, Remarks); HDFC Bank NetBanking's transfer
  confirmation in dot leaders (Transaction Reference Number, From Account, Beneficiary Name, Beneficiary
  Account No., Beneficiary IFSC, Amount, Transaction Type, Transaction Date, UTR No., Remarks); Kotak's mail
  of a NEFT request submitted ("Your NEFT request of <sum> to <payee> has been submitted and will be
  processed in the next NEFT batch.", Request reference, Debit account, Beneficiary account, Requested on,
  Purpose); Bank of India's BOI Omni Neo Transaction Failed (a large cross, the sum split, boxed fields:
  Reference No., Mode, Date, Reason); Rajasthan Marudhara Gramin Bank's NEFT TRANSACTION ADVICE printed at
  the branch on green-bar stationery under its Hindi name ("LABEL : VALUE" in its printer's face: BRANCH,
  DATE, REMITTER A/C, REMITTER, BENEFICIARY, BENE A/C, BENE IFSC, AMOUNT, COMMISSION, UTR NO, MODE, STATUS;
  the branch's PROCESSED stamp); RBL MoBank's Payment successful ("Today, <hour>", a card: UPI Ref No, To,
  From, Note; no day); IndusInd Bank's mail ("<sum> has been successfully transferred from your account to
  <payee> on <day> through NEFT.", TRANSACTION RECEIPT on a ribbon, a striped table: Reference number, UTR,
  Beneficiary account, Narration); YES BANK's card of a Scheduled transfer executed ("on <day> | every month
  on this day", "From YES BANK A/c ... NEFT"; no reference). All new here.
* ``worker_pay``: a painter's page of the atelier's bahi written in Hindi (।। श्री ।।, चितेरा - <name>, his
  works' wages, the advance taken back (पेशगी काटी) and the balance paid in cash (बाकी नकद दिया) with
  their sums in a column, दि. <day>, his scribble; no number); a PIECE RATE PAYMENT SLIP under the atelier's
  Hindi name (Slip No. beside Painter:, the painting, Stage | Done on | Amount under a band, Gross, Less:
  advance, Net paid, Paid by, IMPS Ref., Paid on); BHIM SBI Pay's Money transferred to the gilder in a card
  (the sum split, To, hairline rows: UPI Ref ID, Transaction date, From, Remarks); Open's Payout processing
  of an apprentice's stipend (a clock's mark, shaded labels: Beneficiary, Purpose, Amount, Mode, Payout ID,
  IMPS reference, Created on); JioFinance's Money sent to the pigment grinder (a large tick, the sum split,
  "Today, <hour>", UPI Ref. No., Paid from, Message; no day); Keka's payslip for the gallery's manager (her
  details two to a row, EARNINGS and DEDUCTIONS with hairlines, NET PAY large, the words, Paid on, Paid by,
  UTR); FedMobile's IMPS transfer failed to the watchman (a capsule, against a gutter: IMPS Ref No, Mode,
  Date, Remarks); an OVERTIME PAYMENT VOUCHER for the Annakut's rush filled in by hand (No., Date, Paid to,
  Towards, Amount Rs. crossed out and corrected with initials, Cash ticked, Received payment and the
  painter's name in his hand). All new here.
* ``govt_fees``: e-GRAS Rajasthan's e-challan for the stamp duty on the gallery's lease under its Hindi
  heading (Hindi labels over their English: GRN, Department, Office, Remitter, Purpose, Amount, Bank, Bank
  Reference No., Payment Date, Status); the GST portal's Payment Failed (a large cross, against a gutter:
  CPIN, GSTIN, Taxpayer, Amount, Mode, Attempted on); the Nathdwara Municipal Board's hoarding fee RECEIPT
  under its Hindi name (Receipt No., Hindi labels over their English filled in by hand with the Date left
  blank: Name, Head, Amount, Paid by; "Amount received." and its Hindi; the board's round seal; no day);
  EPFO's Payment Confirmation (a striped table: TRRN, CRN, Establishment, Wage month, Total amount (Rs.),
  Payment mode, Payment date, Bank transaction ID, Status); the Income Tax Department's Challan Receipt
  (shaded labels: Nature of Payment, TAN, Name, Assessment Year, Amount (in Rs.), Challan No., BSR Code, Bank
  Name, Bank Reference Number, Tender Date, Mode of Payment; "Payment successful."); the Udaipur Municipal
  Corporation's UD tax under verification under its Hindi name (a capsule, boxed fields: Property ID, Owner,
  Financial year, Amount, Transaction ID, Payment mode, Initiated on); DGFT's IEC modification fee (a
  Payment Successful capsule, the sum, hairline rows: Application Ref. No., IEC, Transaction ID, Bank Ref No,
  Payment mode, Payment date); the West Zone Cultural Centre's letter under its Hindi name, folded ("Received
  Rs. x/- (...) in cash on <day> towards the rent of Stall No. 17"; no reference). All new here.
* ``insurer_receipts``: United India's PREMIUM RECEIPT typed on a dot-matrix, punched for the file
  ("LABEL : VALUE": RECEIPT NO, RECEIPT DATE, RECEIVED FROM, POLICY, PREMIUM, GST @ 18%, TOTAL, MODE : CHEQUE
  NO, DRAWN ON ..., DTD; RECEIVED SUBJECT TO REALISATION OF THE CHEQUE); Tata AIG's mail for a fine art
  transit cover (a striped table: Cover, Sum insured, Premium (incl. GST), Payment ID, Payment mode, Payment
  date); HDFC ERGO's PREMIUM RECEIPT on a ribbon (against a gutter: Receipt No., Receipt Date, Received from,
  Policy No., Net premium, CGST @ 9%, SGST @ 9%, Total premium, Payment mode, UPI reference; "We acknowledge
  the receipt of the premium above."); Star Health's folded letter ("We are in receipt of <sum> towards the
  renewal premium ... paid by NEFT on <day>.", Policy No.; no reference); Go Digit's app (a large tick,
  "Payment successful. Your policy is issued.", the sum split, "paid to <insurer>", hairline rows: Policy
  no., Vehicle, Transaction ID, Paid via, Paid on); ACKO's app (a Policy active capsule, Paid, the sum, "to
  <insurer>", "Today, <hour> | cover starts today", Payment reference, Paid using, Car; no day);
  Cholamandalam MS's Payment failed (boxed fields: Proposal No., Premium payable, Transaction reference,
  Payment mode, Attempted on); National Insurance's PREMIUM RECEIPT CUM TAX INVOICE in a table ruled on
  every side (Receipt No., Date, Insured, Policy, Premium, GST @ 18%, Total received, Mode, UTR; "Premium
  received with thanks."). All new here.
* ``card_slips``: Mswipe's slip at the gallery (DATE:, TIME:, MID:, TID: and BATCH:, INVOICE:, the card,
  AUTH CODE:, RRN:, TOTAL in a box of its own, TRANSACTION APPROVED); ICICI Bank's TXN DECLINED slip at a
  lake hotel (RESP CODE: 05 DO NOT HONOUR); Kotak's slip at a Nathdwara sweet shop, each label over its
  value set to the right (DATE / TIME, TERMINAL ID, INVOICE NO, CARD, APPROVAL CODE, RRN, SALE AMOUNT large);
  PhonePe Smart POS's screen at the Shilpgram stall (the stall under the device's name, a large tick, the sum
  split, "Today <hour>", Card, Auth code, RRN, Invoice, TID; no day); Innoviti's slip at a Jaipur art store
  with a card surcharge (BASE AMT, SURCHARGE 1%, TOTAL AMT); an airport cafe's bill settled by card under its
  TOKEN (the items, TOTAL, PAID: CARD; no reference); AU Small Finance Bank's slip at the framer's
  (TRANSACTION UNDER PROCESS, DO NOT RETRY); Ezetap's slip at a pump (BILL NO, PRODUCT | LITRES | RATE in a
  row, CARD SALE, APPROVAL, RRN, SALE AMOUNT). All new here.
* ``utility_bills``: AVVNL's Bijli Mitra app under its Hindi name (a capsule, hairline rows: K Number,
  Consumer name, Bill month, Amount paid, Transaction ID, Bank ref. no., Payment mode, Payment date);
  e-Mitra's receipt of the PHED water bill under its Hindi heading (shaded labels: e-Mitra Transaction ID,
  Department, Service, Consumer No., Name, Amount, Payment mode, Date, Status); Tata Play's Recharge failed (a
  large cross, the sum split, "for Tata Play", Subscriber ID, Transaction ID, Paid using, Attempted on); HP
  Pay's LPG refill ("paid to HP Gas", the distributor, each label small over its value: Order ID, UPI Ref,
  Paid on, Consumer no.); Vi's mail ("We have received your payment of <sum> on <day> for your Vi postpaid
  number ...", Payment mode, Plan, Account; no reference); MyJio's JioFiber Payment in progress (a clock's
  mark, against a gutter: Transaction ID, Paid via, Initiated, Service ID); CRED's dark screen of the Excitel
  bill (a large tick, the sum split, CRED coins, Transaction ID, Bharat Connect ref., Paid via, Paid on);
  MobiKwik's Airtel Digital TV recharge from the wallet ("Just now", Customer ID, Transaction ID, Paid from,
  a passing message; no day). All new here.
* ``bank_alerts``: SMS in AU Small Finance Bank's ("Dear Customer, INR x debited from your AU Bank A/c XX1234
  on <dd-Mon-yyyy> via UPI to <PAYEE>. UPI Ref <ref>. ..."), Bank of Baroda's ("Rs.x transferred from A/c
  ...1234 to:IMPS/P2A/<ref>/<PAYEE>. Total Bal:Rs.yCR. Avlbl Amt:Rs.y(<dd-mm-yyyy hh:mm:ss>) - Bank of
  Baroda"), Kotak's ("Your UPI payment of Rs.x to <PAYEE> on <dd-mm-yy> has failed. UPI Ref <ref>. ...") and
  HDFC Bank's ("Sent Rs.x From HDFC Bank A/C *1234 To <PAYEE> On <dd/mm/yy> Ref <ref> Not You? ...")
  wordings; Punjab National Bank's e-mail ("... has been debited by INR x on <dd/mm/yyyy> towards NEFT to
  <PAYEE> (UTR <utr>).", Beneficiary, Amount, Channel, Available balance); a Rajasthan Marudhara Gramin Bank
  passbook's page under its Hindi name in its printer's face (DATE | PARTICULARS | WITHDRAWAL | DEPOSIT |
  BALANCE, a B/F line, a BY CLG credit, the entry "TO NEFT <PAYEE>" ticked in pencil; no reference); Axis
  Bank's mail ("Your NEFT transaction of INR x to <PAYEE> initiated on <dd-mm-yyyy> is being processed.
  Reference no. <utr>."); IDFC FIRST Bank's notification in the phone's shade ("IDFC FIRST Bank . 2h", "INR x
  debited from your a/c XX1234 to <PAYEE> via IMPS. Ref <ref>."; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, ribbons, capsules, split sums and totals; Noto Sans
Devanagari and Noto Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi lines and labels,
Noto Serif Devanagari with Noto Sans for its figures, slanted, for the Hindi hand, an italic or oblique for
the Latin hand (``heldout275_families.PENS``) and a fixed-width face of the page's own for its printed lines
(``heldout275_families.TYPES``). The Shilpgram stall's cash memo and its terminal's sale are drawn in the
fair's days (21 to 30 December 2026), the stall's rent and its tent house's transfer in the days before, the
Annakut's overtime in the days after it (10 to 20 November 2026); the other days anywhere in 2026. GST is 5%
on the paintings (HSN 9701), 3% on gold and silver leaf, 18% on pigments, services, courier, software and
premiums.

Truth conventions (heldout273's and heldout272's and those they kept, kept where they say *settled*; the
cases this set adds are marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) on top of Google Pay's conversation (its card's "Payment to <payee>" the same; never the UPI ID under
  it), after "to" on PayZapp's, super.money's, POP UPI's and iMobile Pay's screens, after "Sent <sum> to" on
  Kotak's receipt (its Beneficiary Name the same), after WhatsApp's "Payment to"; the registered name cut
  short where so printed (KAMAL TALAI PICHWAI ATEL); never the VPA, the Remitter or the app. *settled*
  (heldout268 to heldout273): a receiving business's own app pays the business named under the app, here
  PhonePe Business's gallery line (never "from <buyer>"). *settled* (heldout167 to heldout273): a payer's
  advice pays the one it pays, never the payer on top or a salutation; here *settled* (new here) SAP's Vendor
  Name (never the hotel group), the shop Etsy names as printed in one word (KamalTalaiPichwai; never Etsy),
  IFMS's Payee Name (never the DDO or Rajasthali), Axis Bank's Beneficiary Name (never the studio in its
  head), the Temple Board's Payee beside its Hindi प्राप्तकर्ता (never the Temple Board on top or its Hindi
  line), RazorpayX's Beneficiary, the Beneficiary: line of a resort's mail, the name under "To," in a bank's
  advice on behalf of its customer (never the Remitter or Standard Chartered). *settled* (heldout271): a name
  carried on to the next lines of its cell, its narration or its sentence is read across them. *settled*
  (heldout155 to heldout273): an inward wire pays the atelier's company, here *settled* (new here) Skydo's
  Account holder, the Beneficiario (Beneficiary), the name after "to" on Barclays, HSBC HK and QNB, ANZ's
  Beneficiary, the name after Danske's "Til" (to), the Beneficiary: line of a collector's mail; never the
  remitter ("from <remitter>", the Remitter, the sign-off) or the bank on top. *settled* (heldout175 to
  heldout273): the atelier's own paper pays its unit or its company on top, here *settled* (new here) the
  gallery on the first line of its dot-matrix invoice, the atelier under its Hindi name on its advance
  receipt and its receipt book (never Received from), the web shop's name on top of its mail and its
  checkout (Kamal Talai Pichwai), the stall's line under the gallery's Hindi name on its cash memo (KAMAL
  TALAI GALLERY - STALL 17; never the Hindi line), the gallery over a workshop pass (never COUNTERFOIL), the
  gallery beside TAX INVOICE on Swipe's invoice (never Bill to). *settled* (heldout187 to heldout273): a
  supplier's name on top of its own paper, here *settled* (new here) the gold leaf maker on top (never
  Buyer:), the framer on top of his bill pad (never the blank M/s), Amazon Business's Sold by (never amazon
  business on top), the pigment seller's English name under its Hindi one, the brush maker's name as he
  writes it in English on his bahi page, India Post under भारतीय डाक, Canva, the seller after "to" on udaan
  (never udaan). *settled* (heldout179 to heldout273): a banking page pays the payee, here *settled* (new
  here) the name after "to" under AU 0101's, BOI's, RBL's and YES BANK's sums, HDFC's Beneficiary Name, the
  name in Kotak's and IndusInd's sentences, RMGB's BENEFICIARY (never the REMITTER); never the Debit Account
  or the bank on top. *settled* (heldout150 to heldout273): a pay slip pays the worker, here *settled* (new
  here) the English name after चितेरा (painter) on a bahi page, Painter: on a piece rate slip (never the
  atelier on top), the name under BHIM SBI Pay's To, Open's Beneficiary, the name after "to" on JioFinance
  and FedMobile, Employee: on Keka's payslip (never the company on top), a voucher's Paid to (his name in his
  hand the same). *settled* (heldout153 to heldout273): a fee page pays the authority on top as printed, here
  *settled* (new here) e-GRAS's Department (Registration and Stamps Department; never e-GRAS Rajasthan or the
  Remitter), Goods and Services Tax on the GST portal (never the Taxpayer), MUNICIPAL BOARD, NATHDWARA under
  its Hindi name (never the Name filled in), Employees' Provident Fund Organisation (never the
  Establishment), Income Tax Department, Municipal Corporation Udaipur under its Hindi name (never the
  Owner), Directorate General of Foreign Trade, West Zone Cultural Centre, Udaipur / West Zone Cultural
  Centre under its Hindi name. *settled* (heldout199 to heldout273): an insurer's receipt pays the insurer on
  top (full or short as printed: United India Insurance Company Limited / United India Insurance Co. Ltd.,
  Tata AIG General Insurance Company Limited / Tata AIG General Insurance, HDFC ERGO General Insurance Company
  Ltd. / HDFC ERGO General Insurance, Star Health and Allied Insurance Co. Ltd. / Star Health Insurance,
  Cholamandalam MS General Insurance Co. Ltd / Chola MS General Insurance, National Insurance Company Limited
  / National Insurance Co. Ltd.), *settled* the insurer after "paid to" or "to" on an app (Go Digit General
  Insurance Ltd, ACKO General Insurance Ltd; never Digit Insurance or ACKO on its bar); never the Insured or
  Received from. A slip's counter name line as printed (KAMAL TALAI GALLERY, the hotel, the sweet shop, the
  art store, the framer, the pump), never *settled* the terminal's brand over it (MSWIPE, ICICI BANK, KOTAK
  MAHINDRA BANK, INNOVITI, AU SMALL FINANCE BANK, EZETAP), *settled* (new here) the stall's line under
  PhonePe Smart POS on its device's screen (KAMAL TALAI GALLERY - SHILPGRAM), *settled* (heldout272) a
  cafe's name on top of the bill it settles by card. A utility's biller *settled* (new here) under its Hindi
  name (Ajmer Vidyut Vitran Nigam Ltd / AVVNL; never Bijli Mitra), e-Mitra's Department (Public Health
  Engineering Department, read across its lines; never e-Mitra on top or the kiosk: the portal collects, the
  department is paid), after "for" (Tata Play, JioFiber, Airtel Digital TV; never MyJio or MobiKwik), after
  "paid to" (HP Gas; never HP Pay or the distributor), after "to" on CRED (Excitel Broadband), Vodafone Idea
  Limited on top of Vi's mail; never the Consumer name, the Name, the Account or a salutation. An SMS, e-mail,
  passbook or notification's payee as the bank sends it (*settled*, the truncated name as printed, without
  the sentence's full stop), *settled* (new here) AU Bank's "via UPI to <PAYEE>. UPI Ref", Bank of Baroda's
  last part of to:IMPS/P2A/<ref>/<PAYEE> read across the message's lines, Kotak's "to <PAYEE> on", HDFC
  Bank's "To <PAYEE> On", PNB's "NEFT to <PAYEE> (UTR", a passbook's "TO NEFT <PAYEE>" cut as printed,
  Axis Bank's "to <PAYEE> initiated", IDFC FIRST's "to <PAYEE> via IMPS".
* amount / currency: the sum this payment moved. A UPI screen's sum large, *settled* (new here) a sum set
  large with the currency's mark small and its paise raised after a point (₹ 30,457.26 is 30457.26; a whole
  sum prints no paise), Google Pay's card's sum, the sum in Kotak's "Sent <sum>" (its Amount the same).
  *settled* (heldout152 to heldout273): a payer's advice counts its net sum, *settled* (new here) SAP's Total
  paid (the Net column's; never a Gross or a TDS), Etsy's deposit (never the Sales or its fees), IFMS's Net
  Amount (never the Gross Amount or the Deductions), the Temple Board's Amount (राशि), RazorpayX's Amount, a
  resort's Amount in its banded row (its sentence the same), Standard Chartered's Payment amount. *settled*
  (heldout155 to heldout273): an inward wire's foreign sum, *settled* (new here) Skydo's dollars large (never
  You receive (INR) or the FX rate), the Importo in euros the Italian way (EUR 1.570,00 is 1570.00),
  Barclays' pounds, HSBC HK's Hong Kong dollars (HKD / HK$), ANZ's New Zealand dollars, Danske's kroner the
  Danish way (DKK 23.240,00 or 23.240,00 kr. is 23240.00), QNB's riyals (never its Charges), the kronor in a
  collector's sentence with a space between the thousands (17 394,18 kr or SEK is 17394.18); in US dollars,
  euros, pounds, Hong Kong and New Zealand dollars, Danish kroner, Qatari riyals and Swedish kronor.
  *settled* (heldout175 to heldout273): a receipt counts the sum received, *settled* (new here) the
  dot-matrix invoice's GRAND TOTAL (never the TAXABLE VALUE or a GST row), an advance receipt's Advance
  (अग्रिम राशि; never the Price agreed or the Balance), an order's Order total, a cash memo's Total Rs. in
  its box (its Hindi lines' sums adding to it), a workshop pass's Total paid (its counterfoil's sum the
  same), a refused checkout's Total, a receipt book's Rupees (राशि; its words the same), Swipe's Amount paid
  (its Total the same; never GST @ 5%). A whole sum closed with /- is that sum in whole rupees (heldout259).
  *settled* (heldout187 to heldout273): a supplier's paper counts the sum paid, *settled* (new here) the gold
  leaf maker's Total Rs. (never CGST or SGST), a total crossed out by hand and written again: the sum written
  after it (the correction stands, as a careful reader takes it; never the crossed-out figure or a line of
  the bill), Amazon Business's Order total, NET AMT (never GST 18%), कुल (total) on a bahi page (never a
  line of it), India Post's Total (never the Tariff or GST 18%), Canva's Amount paid (never the plan's price
  or IGST 18%), udaan's sum. A banking page's sum, never COMMISSION. *settled* (heldout167 to heldout273): a
  pay slip's net sum, *settled* (new here) the balance paid in cash on a bahi page (बाकी नकद दिया; never a
  work's wage or the advance taken back), a piece rate slip's Net paid (never Gross or Less: advance), Keka's
  NET PAY (never Gross earnings or Total deductions), a voucher's Amount Rs. as corrected by hand (never the
  crossed-out one). A fee page's Amount / राशि / Amount (in Rs.) / Total amount (Rs.), DGFT's sum, the sum
  in the West Zone Cultural Centre's sentence. *settled* (heldout199 to heldout273): an insurer's premium
  with its GST, *settled* (new here) United India's TOTAL (never PREMIUM or GST @ 18%), Premium (incl. GST),
  HDFC ERGO's Total premium (never Net premium, CGST or SGST), the sum in Star Health's sentence, Digit's sum
  large, ACKO's sum under Paid, Chola MS's Premium payable, National's Total received. A slip's TOTAL /
  AMOUNT / SALE AMOUNT / TOTAL AMT (never BASE AMT or SURCHARGE 1%, never RATE or LITRES), a device's sum
  large, a cafe's TOTAL (never an item's line). A utility's Amount paid, Amount, the sum large, the sum in
  Vi's sentence. An alert's sum debited as worded (grouped the Indian or the English way or not at all);
  never Total Bal, Avlbl Amt, Available balance, a passbook's BALANCE, its B/F or its BY CLG credit.
  Currency INR but on the wires.
* status: as printed. *settled* (new here): a large tick over Payment Successful, Money sent successfully,
  Money sent, Payment received and settled, Payment sent, Payment successful and "Payment successful. Your
  policy is issued." successes, a clock's mark over Payment processing, Payment pending, Payment in progress,
  Payout processing and Transfer request in progress pending, a large cross over Transaction Failed, Payment
  Rejected, Payment Failed, Recharge failed, "Your payment couldn't be processed" and "Your payment was
  declined" failed; a capsule's Payment received, Payment successful, Transfer successful, Processed, Policy
  active, Recharge successful, Scheduled transfer executed, Payment Successful, Bonifico estero eseguito
  (executed) and Udlandsoverfoersel gennemfoert (completed) successes, Payment under verification pending,
  IMPS transfer failed and Payment failed failed; a PAID capsule over Swipe's payment details success; a
  chat's payment card's "Paid . <hour>", WhatsApp's Completed, "Money transferred" successes. A payer's
  "Please find below the details of the payment made to your bank account.", "We've sent a deposit ...",
  IFMS's Status "Paid - credited to payee", "The above amount has been paid." (its Hindi the same), "The
  amount has been credited to your account." successes; a payment "initiated ... It will be credited once our
  bank processes the NEFT batch." pending. A wire's "I have sent ..." success; ANZ's PAYMENT UNSUCCESSFUL
  failed. A receipt's "PAID BY CARD ... APPR", "Received with thanks." (its Hindi धन्यवाद सहित प्राप्त the
  same), "Total paid ... Paid by card" successes, *settled* (new here) नकद प्राप्त (cash received) written
  on a cash memo success, "Your payment by bank transfer is awaiting confirmation" pending. A supplier's
  sticky note's "Paid NEFT <day>" in the accountant's hand (*settled* (new here), as a hand's note on the bill
  itself), "Recd. cash with thanks", PAID VIA UPI, Paid : CASH, Canva's Amount paid successes, *settled* (new
  here) नकद पाये (cash received) on a bahi page success. A banking page's "processed successfully", SENT TO
  BENEFICIARY BANK, "has been successfully transferred" successes, Kotak's "has been submitted and will be
  processed in the next NEFT batch" pending. A pay slip's बाकी नकद दिया (balance paid in cash), Paid by
  (IMPS, Bank transfer), "Received payment" over the receiver's name in his hand successes. A fee page's
  Success, "Amount received." (its Hindi राशि प्राप्त हुई the same), Paid, "Payment successful." and "Received
  Rs. ... in cash" successes. An insurer's "Thank you for your payment ... is now in force.", "We acknowledge
  the receipt of the premium above.", "We are in receipt of ...", "Premium received with thanks." successes;
  *settled* (heldout270) RECEIVED SUBJECT TO REALISATION OF THE CHEQUE pending. A slip's TRANSACTION APPROVED
  and APPROVED successes, TXN DECLINED failed, TRANSACTION UNDER PROCESS pending, a cafe's "PAID: CARD"
  success. *settled*: an SMS debit alert a success whatever its bank's wording (here an e-mail's, a
  passbook's DR entry and a notification's debits too); *settled* (new here) Kotak's "has failed" failed,
  Axis Bank's "is being processed" pending.
* date: the day paid. *settled* (new here): the day on a chat's divider over the payment card it heads (Google
  Pay's card prints the hour alone), Date & Time, Started at, Paid on, Date, Received at, Value Date,
  e-Payment Date, Date of payment (भुगतान दिनांक), the day in Etsy's sentence, Initiated on in a banded row,
  Standard Chartered's Value date (its letter's Date the same). A wire's Settled on, Data esecuzione (Date),
  Date, Payment date, Dato / Date (03.10.2026), Request date, the day in a collector's sentence; HSBC HK's
  "Today <hour> HKT" prints no day. A receipt's DATE, Date:, Order date, the day written in Hindi on a cash
  memo (दिनांक), Paid on (never Swipe's Invoice date), Date by hand (दिनांक); a refused checkout prints no
  day. A supplier's sticky note's "Paid NEFT <day>" (never the invoice's Date:), Attempted, the day on a roll
  beside its number, दि. on a bahi page, Date of a counter receipt, DATE PAID, Initiated on; a framer's bill
  with its Date: left blank prints no day. A banking page's Date & time, Transaction Date, Requested on, Date,
  DATE, the day in IndusInd's sentence, "on <day> | every month on this day"; RBL's "Today, <hour>" prints no
  day. A pay slip's दि. under the balance paid in cash, Paid on (never a stage's Done on or the payslip's
  month), Transaction date, Created on, Date; JioFinance's "Today, <hour>" prints no day. A fee page's Payment
  Date, Attempted on, Payment date (never the Wage month), Tender Date (never the Assessment Year), Initiated
  on (never the Financial year), the day in a letter's sentence; a receipt with its Date left blank (दिनांक)
  prints no day (never the Head's year). An insurer's RECEIPT DATE (never the cheque's DTD), Payment date,
  Receipt Date, the day in Star Health's sentence, Paid on, Attempted on, Date; ACKO's "Today, <hour> | cover
  starts today" prints no day. A slip's DATE: / DATE / DATE / TIME (01-04-26 and 15.12.2026 day first); a
  device's "Today <hour>" prints no day. A utility's Payment date (never the Bill month), Date, Attempted on,
  Paid on, Initiated, the day in Vi's sentence; MobiKwik's "Just now" prints no day. The alerts' "on
  <dd-Mon-yyyy>", "(<dd-mm-yyyy hh:mm:ss>)", "on <dd-mm-yy>", "On <dd/mm/yy>", "on <dd/mm/yyyy>", "initiated
  on <dd-mm-yyyy>", a passbook entry's day (never its B/F's or its credit's); a notification's "2h" prints no
  day. All numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a Cheque
  dt., a Period, an invoice number's financial year or an e-mail's hour, the day inside a UTR (heldout210) or
  inside an app's or a terminal's transaction id, the day inside a file's name or a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (*settled* (new here) SAP's Payment Method NEFT, Etsy's
  deposit to a bank account, IFMS's e-Payment (NEFT), the IMPS of Axis Bank and RazorpayX, the Temple Board's
  RTGS / NEFT, a resort's and a bank advice's NEFT, an order's Direct bank transfer (NEFT / IMPS), a sticky
  note's NEFT, udaan's Net Banking, e-GRAS's Net Banking, the GST portal's E-Payment (Net Banking), EPFO's
  Internet banking, the Income Tax Department's Net Banking, the banking pages and the NEFT and IMPS alerts),
  a SWIFT or other bank remittance either way (*settled* (new here) Skydo's ACH to its USD account, a
  Bonifico SWIFT, Barclays' International (SWIFT), HSBC HK's Telegraphic transfer, ANZ's International
  payment (SWIFT), a SWIFT-overfoersel, QNB's SWIFT, a collector's international transfer); UPI for the UPI
  screens, a receipt's UPI (PhonePe), Swipe's Mode UPI, PAID VIA UPI (BHIM), the UPI transfers to workers,
  a fee's, a premium's and a bill's UPI, the UPI alerts; card for PAID BY CARD, a workshop's card, a
  checkout's Visa, Amazon Business's credit card, Canva's Visa, the slips and the device, e-Mitra's Debit
  card, Tata Play's debit card, ACKO's and Chola MS's credit card; cash for a cash memo's नकद प्राप्त, a
  receipt book's Cash, "Recd. cash", a bahi's नकद पाये and बाकी नकद दिया, India Post's CASH, a voucher's Cash
  ticked, the Municipal Board's Cash, "in cash" in a letter; cheque for a cheque received subject to
  realisation; wallet (as the earlier sets) for MobiKwik's "Paid from MobiKwik wallet".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout273): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) UPI Ref No. / UPI Ref. ID / UPI Ref ID / UPI
  Reference No. / UPI transaction ID / UPI Ref / UPI reference, Bank Ref (UTR), UTR No., a sticky note's
  UTR, REF on a roll, IMPS Ref. / IMPS Ref No / IMPS reference / Reference No. of an IMPS, the Bank ref. no.
  and Bank Ref No of a UPI payment, the ref inside Bank of Baroda's IMPS/P2A/<ref>/<PAYEE>, a slip's RRN),
  then a bank reference (*settled* (new here) Axis Bank's Payment Reference No., Intesa's TRN, the Barclays
  reference, HSBC HK's Reference number, ANZ's Payment reference, Danske's Reference, QNB's Transaction
  reference, HDFC's Transaction Reference Number, Kotak's Request reference, IndusInd's Reference number,
  e-GRAS's Bank Reference No., EPFO's Bank transaction ID, the Income Tax Department's Bank Reference Number,
  Standard Chartered's Bank reference, a Bharat Connect ref.), then a transaction / payment id (*settled*
  (new here) PayZapp Txn ID, super.money ID, a Transaction ID, Skydo's Payment ID, RazorpayX's and Open's
  Payout IDs, a resort's Payment Ref., a checkout's Attempt ID, Tata AIG's Payment ID, ACKO's Payment
  reference, Chola MS's Transaction reference, e-GRAS's GRN, the GST portal's CPIN, EPFO's CRN, the
  e-Mitra Transaction ID), then an approval code (APPR, AUTH CODE, APPROVAL CODE, Auth code, APPROVAL,
  appr.), then an order's number (Order number, Order #, Order ID), then a document's own number (*settled*
  (new here) SAP's Payment Doc No, the Temple Board's Order No., INV NO, No. printed on a memo or a voucher,
  Bill No. / Bill No, RCPT NO, Receipt No. / Receipt # / Receipt number, Slip No., Challan No., a slip's
  INVOICE / INVOICE NO / INV / BILL NO / Invoice, Swipe's Invoice #). *settled*: never a card,
  account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a Policy No., a Consumer No., a CIN,
  a slip's TID / MID / BATCH, an invoice number named on an advice or in a buyer's sentence (heldout272);
  *settled* (new here) never a Vendor Code, IFMS's Token No. or Voucher No. (the treasury's numbers for its
  bill), a Customer reference (a PO's number), an Art No (a Speed Post article's number, as an AWB), a
  TRRN (a return's number), a BSR Code, a TAN, an IEC, an Application Ref. No., a Property ID, a K Number, a
  Subscriber ID, a Service ID, a Customer ID, a Proposal No., a Vehicle, a TERMINAL ID, a Counter, a cafe's
  TOKEN (a queue's number, not the bill's), an Employee No."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout275_families import (
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

SPLIT = "heldout275"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans Display,
# DejaVu Sans and Liberation Sans among them), the pages in Noto Serif, Liberation Serif, DejaVu Serif, FreeSerif,
# Noto Sans and DejaVu Sans Condensed, the atelier's, its suppliers' and its workers' papers in four serifs and
# Liberation Sans Narrow, the slips in five monos; beside them Noto Sans Devanagari and Noto Serif Devanagari
# (regular and bold, fonts-noto-core) for the Hindi lines, labels and hand, Noto Sans for a Hindi hand's
# figures, a pen's italic or oblique (``heldout275_families.PENS``) and a page's own fixed-width face
# (``heldout275_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout275_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout275 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

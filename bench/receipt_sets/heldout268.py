"""heldout268: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sohrai and Khovar wall-painting collective's year in 2026 in Hazaribagh
district, Jharkhand (Sohrai Khovar Kalakar Swavalambi Sahkari Samiti Ltd, a self-supporting co-operative of
the women painters of Jorakath, Isko and the villages of Barkagaon block, registered under the Jharkhand Self
Supporting Co-operative Societies Act, its office at Matwari, Hazaribagh; its studio at Jorakath, Kohbar
Chitrashala, where the painters lay the Sohrai harvest festival's cattle, peacocks and deer in red, yellow and
black earth with chewed twig brushes and their fingers, and comb the Khovar marriage chamber's elephants,
birds and fish through a coat of black earth into the white kaolin under it, on handmade paper, cloth and
canvas, paid by the piece; its mural team, which paints railway concourses, offices, hotels, schools and
museums from hired scaffolds, its artists and helpers paid by the day; its training centre at Isko, Isko
Sohrai Prashikshan Kendra, which teaches schools and runs stipended trainee batches; and its shop on Kutchery
Road, Ranchi, Khovar Haat, which sells to the city and to visitors, keeps a stall at the Surajkund
International Crafts Mela and runs the web shop khovarhaat.in), told by the proofs of payment it receives
(buyers' PhonePe, Paytm, BHIM, Amazon Pay, Navi and Airtel Thanks screens, PhonePe Business on the shop's
phone, the web shop's order e-mail, Central Coalfields' vendor portal, South Eastern Railway's e-payment
advice, PFMS's payment status for the tribal research institute, Bank of India's cheque return memo for a
Ranchi hotel's cheque, ICICI Bank's receipt for a Kolkata interiors firm's RTGS, a Bokaro school's Zoho Books
payment, M1xchange's factoring unit for a power company's invoice, a Jamshedpur trust's grant e-mail, buyers'
remittances from Portland, Bristol, Lyon, Zurich, Singapore, Dubai, Oslo and Wellington in US dollars, pounds,
euros, Swiss francs, Singapore dollars, dirhams, Norwegian kroner and New Zealand dollars (Xflow's page,
Lloyds Bank's SWIFT gpi tracker, a French bank's avis de virement, a Swiss bank's confirmation, DBS IDEAL's
receipt, Emirates NBD's rejected transfer, Bank of India's FIRC, PayPal's e-mail), the studio's hand-written
receipt, the shop's tax invoice, the Kendra's workshop pass, a money receipt for a mural's balance, the web
shop's failed checkout, a member's share capital receipt, the mela stall's carbon memo, a green-bar cash sale
bill, buyers' cards at the shop and the mela stall) and those it makes (a Kalpi paper maker's invoice,
OkCredit's page for a Hazaribagh framer, a Kolkata art supplier's letter of a bounced cheque, a Ranchi carton
maker's Swipe invoice, India Post's Speed Post receipt, a taxi operator's trip bill, a printer's bill, an
earth-colour dealer's cash memo, State Bank of India's, Bank of India's, the Jharkhand Rajya Gramin Bank's
Bank Mitra, Canara Bank's, ICICI Bank's, IDBI Bank's, Punjab National Bank's and Central Bank of India's
transfers to the scaffolding firm, the stall fabricator, the auditors, the shop's landlady, the carrier, the
web studio, the photographer and the caterer, its artists', helper's, driver's, trainer's and trainees' papers
and screens, Jharbhoomi's land rent, the Hazaribagh Municipal Corporation's holding tax, the Ranchi Municipal
Corporation's trade licence, the Commercial Taxes Department's profession tax, the Geographical Indications
Registry's fee, the Income Tax Department's TDS challan, ESIC's contribution, the Surajkund Mela Authority's
stall fee, the insurers' receipts for the shop, the export credit, the pickup, the staff's health, the export
cargo, the mela stall, the secretary's health and the Kendra's scooter, its card at a Hazaribagh hotel, a pump
on the Barkagaon road, a Kolkata art supplier and a Ranchi restaurant, JBVNL's, BSNL's, Airtel's, Indane's,
Dish TV's and the water works' bills, the banks' SMS, lock-screen, in-app and e-mail alerts). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set, none of heldout266's or heldout267's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: a table on zebra stripes
under a heading filled with the issuer's colour, a label column on a tint, label | value rows under hairlines,
ledger columns ruled between, fields two to a row each label small over its value, panels side by side, a sum
on a tinted strip, an issuer's logo disc, a large round mark (a tick, a cross, a clock), a payment's steps
left to right, a QR code, a barcode, a signature's stroke, a left thumb's impression, a round rubber seal, a
watermark across a page, a notebook's ruled page written by hand, green-bar continuous stationery, a thermal
roll's torn edges, a carbon copy, a dialog over a dimmed page, Devanagari headings, a phone's lock screen, a
UPI app's chat with a person and a spreadsheet's window.

* ``buyer_upi``: PhonePe's receipt (Transaction Successful and "<hour> on <day>" on a purple band; a card:
  Paid to, the payee's initials in a disc beside its name, Amount on a tinted strip, the UPI ID; a card of
  Transfer Details: Transaction ID, Debited from with the sum, UTR:); Paytm's (a navy band, Payment Successful
  / Paid Successfully, the sum large in whole rupees and in words, two to a row: To | From, UPI ID | UPI Ref.
  No., Date & Time | Order ID); BHIM's failed payment (a red cross, Payment Failed / Transaction Failed, a
  key-column table: Payee, Payee VPA, Amount, UPI Txn ID, Date, Time, Remarks, Reason); Amazon Pay's (a green
  tick, the sum, "to <payee>", a zebra table: Amazon Pay UPI, Paid from, UPI Ref No., Transaction ID, Message;
  no day); Navi's (the sum, Paid, hairline rows: To, To UPI ID, From, UPI reference, Navi txn ID, Paid on);
  Airtel Thanks' pending payment (an amber clock, Payment pending / Payment in progress, "Paying <payee>", the
  steps Initiated - Debited - Sent to bank - Credited, then UPI Ref No | Started on, To UPI ID | From);
  PhonePe Business on the shop's phone (the shop under the app's name, a tick, Received / Payment received,
  the sum, "from <buyer>", the day and hour, a tinted card: Received via, Settled to, Speaker; no reference);
  the web shop's order e-mail (Order #KH<n>, a filled heading over a zebra table Item | Qty | Price, Subtotal,
  Shipping, Total (INR, GST incl.), Payment: UPI (Razorpay), Payment ID: pay_<id>, Paid on <day>, Shipping
  to). All new here.
* ``buyer_advices``: Central Coalfields' vendor portal (a logo disc; Payment details in two panels side by
  side: Vendor | Payment doc., Name | Cleared on, GSTIN | Method, Bank a/c | Bank; UTR / bank reference; a
  hairline table Invoice | Gross | TDS | GST TDS | Net paid with its Total; a Paid / Payment cleared pill);
  South Eastern Railway's e-payment advice e-mail in fixed-width LABEL : value lines (PAYEE NAME, PAYEE A/C,
  BILL NO, CO7 NO/DATE, WORK, GROSS AMT, DEDUCTIONS, NET PAID, MODE, UTR NO, PAYMENT DATE, left out on the
  page that prints no day); PFMS's Know Your Payments page (a filled heading over Beneficiary name | Amount |
  Bank status, then a key column: Agency, Scheme, Purpose, PFMS Txn ID, Sanction No., Payment mode, Initiated
  on, Status), pending; Bank of India's CHEQUE RETURN MEMO (Memo No. beside Date, hairline rows Cheque No.,
  Drawn on, Drawer, Payee, Amount, the seven reasons numbered with the one that applies ticked, the clearing
  department's round seal), failed; ICICI Bank's transaction receipt (a logo disc, Transaction successful,
  Amount on a strip, hairline rows Transaction type, From, Beneficiary name, Beneficiary account, Beneficiary
  bank, UTR, Transaction date, Remarks, a QR code); a school's PAYMENT MADE from Zoho Books (Payment#, Payment
  Date, Reference Number, Paid To, Payment Mode, Paid Through in bold beside their values, Amount Paid In
  Words, Amount Paid on a strip, a Payment for table Bill Number | Bill Date | Bill Amount | Payment Amount);
  M1xchange's factoring unit (Factoring Unit <FU>, a Funded - amount credited to seller pill, hairline rows
  Buyer, Seller, Invoice, Invoice amount (net of TDS), Tenor, Discount charged, Funded amount, Financier,
  Funding date, Credit to seller, UTR, Due date (buyer to pay)); a trust's grant e-mail (Grantee:, Project:,
  "... the second tranche of <sum> has been released to your bank account by NEFT on <day>.", a filled heading
  over a zebra table Tranche | Milestone | Amount | Status; no reference). All new here.
* ``export_wires``: Xflow's page (Payment from, the remitter, the US$ sum large, In transit - converting to
  INR, the steps Sent by payer - Received by Xflow - Converting - Paid out, hairline rows Payment ID,
  Beneficiary, Payout to, Indicative rate, Estimated INR, Invoice, Started "Today, <hour>"), pending; Lloyds
  Bank's gpi tracker (Payment credited to the beneficiary, hairline rows From, Beneficiary, Beneficiary bank,
  Amount, Charges OUR, Payment date, Payment reference, UETR, then the banks the payment passed as a trail of
  dots with their hours); a Lyon bank's AVIS D'OPERATION, Virement international emis, in French (Donneur
  d'ordre, Compte debite, hairline rows Date d'execution, Beneficiaire, Banque du beneficiaire, BIC, Montant,
  Frais partages (SHA), Motif, Reference de l'operation, Statut Execute; the document's later day at its
  foot); a Zurich bank's e-banking confirmation (a tick, Your payment has been executed, the sum in Swiss
  francs, Debit account | Execution date, Beneficiary | Payment type, Beneficiary's bank | Charges, Message to
  beneficiary; no reference); DBS IDEAL's telegraphic transfer receipt (Transaction Completed, Transfer
  details and Beneficiary as filled headings over zebra tables); Emirates NBD's app (a cross, Transfer
  rejected, the AED sum, Beneficiary, Bank, Reference number, Date each small over its value), failed; Bank of
  India's FOREIGN INWARD REMITTANCE CERTIFICATE (FIRC No. beside the certificate's Date, "This is to certify
  that we have received the foreign currency remittance below for credit to the account of our customer
  <Samiti> ...", a key column Remitter, Remitting bank, Amount in foreign currency, Mode, Date of credit, Rate
  of exchange, Rupee equivalent, Inward reference, Purpose; the forex cell's round seal); PayPal's e-mail
  ("<remitter> sent you <sum>.", the money in the PayPal balance, hairline rows Transaction ID, Transaction
  date, Sent to, Amount received, Fee, Net amount, Note from sender). All new here.
* ``own_receipts``: a receipt written by hand on a ruled notebook page (Kohbar Chitrashala, Prapti Rasid
  (Receipt), Dinank:, "Prapt kiya <payer> se", "Rs. x/- (<Hindi words>) nakad", "<painting> ke liye.", a
  signature, the secretary's name, the Samiti's round seal; no number); Khovar Haat's TAX INVOICE (a logo
  disc, A unit of ..., Invoice No. beside Date, Customer, a filled heading over a zebra table Item | HSN | Qty
  | Amount with Taxable value, CGST @ 2.5%, SGST @ 2.5%, Total, the words, a PAID pill, "Paid by UPI, Ref.
  <ref>", a UPI QR code); the Kendra's WORKSHOP PASS (a tinted card with the workshop and its later day, a
  tear line, Booking | Amount paid, Paid by | UPI Ref, Booked on | Status each small over its value, a
  barcode); a bilingual DHAN PRAPTI RASID / MONEY RECEIPT (a Devanagari heading, Rasid No. | Dinank, hairline
  rows Received from, Rupees, Mode, UTR, Towards, Rs. x/- on a strip, PAID across the page); the web shop's
  checkout dimmed behind Razorpay's dialog (Payment failed, "Rs. x could not be charged.", Tried:, Payment ID;
  no day), failed; a SHARE CAPITAL RECEIPT filled in by hand (No. printed, Date | Member No., Received from,
  the sum of Rs., towards, by cheque No. | dated, drawn on, CHEQUE RECEIVED - SUBJECT TO REALISATION stamped),
  pending; the mela stall's carbon copy of a CASH / CREDIT MEMO (DUPLICATE, No., Date, M/s, a ruled table Qty
  | Particulars | Rate | Amount in the hand, Total Rs., Paid by Card (Visa) - Appr. <code>); a CASH SALE BILL
  in fixed-width type on green-bar stationery (BILL NO. : | DATE :, PARTY, SL PARTICULARS QTY RATE AMOUNT,
  TOTAL, RS. <words>, PAID BY UPI REF NO <ref>, RECEIVED WITH THANKS). All new here.
* ``supplier_invoices``: a Kalpi paper maker's TAX INVOICE with PAID across it (Bill to | Invoice side by
  side, a hairline table Description | HSN | Qty | Rate | Amount, IGST @ 12%, Freight, Total, "Payment
  received by NEFT, UTR <utr>, on <day>. Thank you."); OkCredit's page of a payment to a framer (a logo disc,
  Balance due, You are paying, a Processing pill, a card of Paid via, UPI Ref, Started, For), pending; a
  Kolkata art supplier's letter (Ref: beside the letter's Date:, Sub: Your cheque returned unpaid, "Your
  cheque No. ... dated ... for Rs. x/- against our bill No. ... was returned unpaid by our bankers on <day>
  with the remark "Funds insufficient"."), failed; a carton maker's Swipe TAX INVOICE (Invoice # | Invoice
  date, Customer | Due date, a filled heading over ledger columns Item | Qty | Rate | Amount, Amount paid on a
  strip, "Received via UPI | UPI Ref. <ref> | <day>", a green PAID stamp); India Post's SPEED POST BOOKING
  RECEIPT on a thermal roll (Date, Time, Counter, Article No, To, Weight, Tariff, GST 18%, TOTAL Rs, Paid by
  CASH; no reference); a taxi operator's TRIP BILL filled in by hand (Bill No., Date | Vehicle No., Trip, a
  ruled row Opening km | Closing km | Total km, the charges, Total Rs., Received by PhonePe - UTR <ref>); a
  printer's BILL (M/s ... beside Bill No., Bill date and Job No., a hairline table Particulars | Amount (Rs.),
  "Received by NEFT on <day>, UTR <utr>.", the printer's round PAID seal); an earth-colour dealer's cash memo
  (a Devanagari heading, CASH MEMO, No., Dinank left blank, Name, a ruled table Particulars | Kg | Rate | Rs.
  in the hand, Total, Rupees ... nakad (cash)). All new here.
* ``vendor_transfers``: OnlineSBI's e-Receipt (a logo disc, a filled heading Field | Details over a zebra
  table: Reference No., Debit account, Beneficiary name, Beneficiary account, IFSC, Amount, Transfer type, UTR
  No., Date, Remarks); BOI Star Connect's screen (a tick, Transfer successful, the sum, "to <payee>", "Today,
  <hour>", Mode | IMPS Ref No., From | To, Remarks | Charges; no day); the Jharkhand Rajya Gramin Bank's Bank
  Mitra slip on a thermal roll (FUND TRANSFER (IMPS), Date, Time, Remitter, Beneficiary, Ben A/c, IFSC,
  Amount, Charges, Total, IMPS Ref No, STATUS : SUCCESS); Canara Bank's transaction receipt (a logo disc,
  Amount on a strip, hairline rows Paid to, Account, Payment mode, UTR number, Debited from, Date & time,
  Purpose, a QR code); the bulk payment file's status in a spreadsheet's window (Sr | Beneficiary name |
  Account no. | IFSC | Amount | Mode | UTR | Status | Value date, the UTR's cell selected and in the formula
  bar); IDBI Bank's payment awaiting authorisation (a Pending authorisation pill, hairline rows, a filled
  heading over Action | User | Date / time: Created (maker), Approval (checker) Pending; no reference),
  pending; PNB ONE's IMPS (a cross, Transaction Failed, Beneficiary, Mode, IMPS Ref. No., Date, Response code
  each small over its value), failed; Central Bank of India's branch print in fixed-width type (TRAN ID, TRAN
  DATE, REMITTER, A/C NO, BENEFICIARY, BEN A/C NO, BEN IFSC, AMOUNT (INR), COMMISSION, UTR NO, NARRATION; the
  branch's PROCESSED stamp). All new here.
* ``worker_pay``: a wage entry written by hand on a ruled notebook page (Mazdoori bhugtan, Kr. | Dinank,
  Naam:, Kaam:, "3 din x Rs. r = Rs. x/-", Nakad diya (paid in cash), Diya:, a left thumb's impression over
  Angootha nishan (left thumb)); a DEBIT VOUCHER / KHARCH PARCHI filled in by hand (Voucher No., Date, Paid
  to, Account head, Particulars, Rs. | By, Rupees, Received payment | Passed by | Secretary); a UPI app's chat
  with the driver (his name and bank on top, his message, the payment's card: Payment to <name>, the sum, a
  note, Paid, the day and hour; his thanks; no reference); the trainer's own INVOICE (her name on top, Bill
  to: | Invoice No. and Date, ledger columns Description | Qty | Rate | Amount, Total, her bank, "Paid by NEFT
  on <day>, UTR <utr> - received, thanks." in her hand, her signature); a TRAVEL ADVANCE SETTLEMENT (Form No.,
  Artist, Purpose, Period, a hairline table of the expenses, Total expenses, Less: advance paid on <day>,
  Balance paid to the artist, "Paid by UPI on <day>, UPI Ref. <ref>"); a STIPEND DISBURSEMENT - TRAINEE
  ACKNOWLEDGEMENT (a filled heading over Trainee | Days | Rate | Stipend | Mode, hairline rows Batch, Period,
  Payment batch ID, Sent to bank on, Account, Status), pending; Bandhan Bank's IMPS (a cross, Transfer failed
  / Transaction failed, a tinted card To, Account, Via, Reference, Date, Remarks), failed; a bilingual KALAKAR
  BHUGTAN PARCHI / ARTIST'S PAYMENT SLIP (a Devanagari heading, Parchi sankhya / Slip No. | Kalakar / Artist,
  Chitra / Paintings | Dar / Rate, Kul / Total | Agrim katauti / Advance, Bhugtan / Paid on a strip, the UPI
  Ref.; no day). All new here.
* ``govt_fees``: Jharbhoomi's Online Lagan (Land Rent) Payment Receipt (a Devanagari heading over the
  department, two columns Receipt No. | Date, District | Anchal, Mauza | Thana No., Khata No. | Plot No., Area
  | Raiyat, a filled heading over Year | Lagan | Cess | Total (Rs.), then Payment mode, Transaction ID, Bank
  reference, Payment status); the Hazaribagh Municipal Corporation's HOLDING TAX RECEIPT (a Devanagari
  heading, Receipt No. beside Date, Ward No. beside Holding No., a ruled table Year | Holding | Water |
  Latrine | Penalty | Total, "Received Rs. x (<words>) in cash."); the Ranchi Municipal Corporation's trade
  licence receipt (a logo disc, Payment successful - licence renewed, a key column Licence No., Trade name,
  Owner, Premises, Valid up to, Licence fee, Signboard fee, Late fee, Total paid, Payment mode, UPI Ref. No.,
  Transaction ID, Payment date, a QR code); the Commercial Taxes Department's profession tax e-Payment status
  (an amber pill, a filled heading over a zebra table Enrolment No., Name, Period, Tax (enrolment, annual),
  Challan ref. No., Bank, Initiated on), pending; the Geographical Indications Registry's E-FILING FEE RECEIPT
  e-mail (CBR No. | Date, Office | Agent, Received from, Form / purpose | Count | Fee | Amount, "Payment: Net
  Banking, Transaction ID <id>, status Success"); the Income Tax Department's Challan Receipt - ITNS No. 281
  (TAN | Assessment Year, Name | Financial Year, Major head | Minor head, Section | Mode, Bank | Tender date,
  BRN | BSR code, Challan No. | CIN; Breakup of amount A to F, Total (A+B+C+D+E+F)); ESIC's challan status (a
  cross, Transaction failed - payment not received from the bank, Employer code | Contribution period,
  Employees | Amount, Challan No. | Bank; no day), failed; the Surajkund Mela Authority's e-mail ("We confirm
  receipt of the stall participation fee of Rs. x/- paid by UPI on <day>."; no reference). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT (Receipt No. | Receipt date, Proposal | Policy
  No., Insured | Period, Cover, a filled heading over a zebra table Premium | Rs. with Net premium, CGST @ 9%,
  SGST @ 9%, Total premium, "Received by cheque No. ... dated ...", "Cover is subject to the realisation of
  the cheque."), pending; ECGC's Premium payment acknowledgement (a logo disc, Policy, Exporter, a filled
  heading over Shipping bill | Country | Value (Rs.) | Premium with GST @ 18% and Total premium paid, then
  Paid through, Transaction ID, Bank reference, Paid on, Status); ICICI Lombard's IL TakeCare app (the
  insurer, a tick, Payment successful - policy renewed, the sum, "Today, <hour>", Policy | Vehicle, Paid with
  | Transaction ID, Premium (incl. GST) | Policy No.; no day); Bajaj Allianz's e-mail ("We have received the
  premium ...", Premium paid (incl. GST) on a strip, hairline rows Policy holder, Members, Net premium, GST @
  18%, Payment mode, Transaction ID, UPI Ref. No., Payment date); Oriental Insurance's e-Pay status (a cross,
  Transaction failed - the bank did not respond, a key column Declaration, Open policy No., Premium (incl.
  GST), Payment option, Transaction ref., Attempted on), failed; SBI General's POLICY SCHEDULE CUM PREMIUM
  RECEIPT (the schedule's fields in bold beside their values, then Premium receipt: Receipt No., Receipt date,
  Premium "Rs. n + GST Rs. g = Rs. x", Paid by UPI, Ref., Received with thanks., the branch's round PREMIUM
  RECEIVED seal); Niva Bupa's renewal e-mail (the sentence with the sum and the day, the steps Premium
  received - Policy renewed - Documents e-mailed - Cards issued, hairline rows Policy No., Plan, Paid by, Sum
  insured; no reference); IFFCO-Tokio's counter receipt in fixed-width type (RECEIPT NO, DATE, RECEIVED FROM,
  POLICY, VEHICLE, OD PREMIUM, TP PREMIUM, GST 18%, TOTAL, MODE : CASH, RECEIVED WITH THANKS). All new here.
* ``card_slips``: Razorpay POS's e-Charge Slip opened in a browser (the shop, the sum, Approved, hairline rows
  Card, Entry mode, Auth code, RRN, TID / MID, Date); Pine Labs' slip at the mela stall on a thermal roll, two
  fields to a line (DATE: | TIME:, TID: | BATCH:, MID:, INVOICE: | STAN:, the scheme | **** <last 4>, ENTRY: |
  EXP:, APPR: | RRN:, AMOUNT Rs x, PIN VERIFIED OK) and its e-receipt QR code; Ingenico's slip at a Hazaribagh
  hotel in the same two-to-a-line style, DECLINED 55 - INCORRECT PIN, failed; an Indian Oil pump's slip (PUMP:
  | NOZZLE:, PRODUCT:HSD | DENSITY:, RATE: | VOL(L):, XTRAREWARDS: n PTS EARNED); Paytm for Business on the
  shop's phone (a tick, Card payment received, the sum, "Today, <hour>", Card | Device, RRN | Auth code; no
  day); BharatPe's slip at a Kolkata art supplier (HOST NOT RESPONDING - TXN NOT COMPLETE. CHECK BEFORE
  RETRY), pending; Worldline's CONTACTLESS SALE slip at a Ranchi restaurant (ENTRY:TAP, PIN NOT REQUIRED -
  APPROVED; no invoice, approval code or RRN); American Express's CHARGE SLIP at the shop (CARD MEMBER, CARD
  MEMBER NAME, APPROVAL: | REF NO:, CHARGE, TOTAL INR x, APPROVED - CARD MEMBER COPY). All new here.
* ``utility_bills``: JBVNL's online payment receipt (Your payment is successful, a key column Consumer No.,
  Consumer name, Sub-division, Bill month, Amount paid, Receipt No., Transaction ID, Payment mode, UPI Ref.
  No. / Bank Ref. No., Payment date, a QR code); JBVNL's MONEY RECEIPT from the Barkagaon cash counter (a
  Devanagari heading, M.R. No. | Date, Consumer | Category, Bill month | Book No., hairline rows Current
  demand, Arrear, Amount received (cash)); BSNL's Bharat Fibre quick payment (a cross, Payment failed - your
  bank declined the transaction, Account / telephone No. | Service, Amount | Payment option, Order ID |
  Attempted on), failed; Airtel's e-mail ("Thank you for your payment of Rs. x ...", a filled heading over a
  zebra table Account ID, Plan, Bill period, Paid via, Transaction ID, Payment date); IndianOil ONE's refill
  booking (Paid to, the sum, Payment successful, the steps Booked - Paid - Out for delivery - Delivered,
  Cylinder | Booking No., Paid with | UPI Ref. No., Order ID | Paid "Today, <hour>"; no day); Freecharge's DTH
  recharge (an amber clock, Recharge in progress / Payment processing, "DTH recharge - <operator>", hairline
  rows VC number, Paid from, UPI reference, Freecharge ID, Started on), pending; the Hazaribagh water works'
  bill and its COUNTERFOIL (bank's copy) past a cut line (Consumer, Received Rs. x in cash, Date; the
  collecting branch's PAID stamp; no reference); a Bharat Connect agent's bill payment receipt on a thermal
  roll (Biller, Consumer No, Bill month, Amount, Conv. fee, Mode, B-Connect Txn ID, Date, Time, STATUS:
  SUCCESSFUL). All new here.
* ``bank_alerts``: SMS in a messages app in State Bank of India's ("Dear UPI user A/C X1234 debited by 7180.0
  on date 05Apr26 trf to <PAYEE> Refno <ref>. If not u? ..."), ICICI Bank's ("ICICI Bank Acct XX123 debited
  for Rs x on 07-Oct-26; <PAYEE> credited. UPI:<ref>. ..."), Union Bank of India's ("Your UPI txn of Rs x to
  <PAYEE> on <day> has FAILED. ... UPI Ref <ref>") and Indian Bank's ("Your IMPS request of Rs.x to <PAYEE>
  A/c XXXX1234 is under process. IMPS Ref No <ref>. ..."; no day) wordings; Bank of India's app notification
  ("Rs.x debited from A/c XX1234 on <day> to <PAYEE> (UPI Ref No <ref>). Avl Bal ...") and the Jharkhand Rajya
  Gramin Bank's SMS ("Your a/c no. XXXXXXXX1234 is debited for Rs.x on <day> and a/c XXXXXX5678 credited (IMPS
  Ref no <ref>). -JRGB") on a phone's lock screen, its clock and day over the cards and another app's card
  under them; UCO mBanking Plus's notification inbox (a login alert, "Rs x debited from A/c XX1234 towards
  NEFT to <PAYEE> on <day>. Avl Bal ...", an e-statement notice; no reference); Canara Bank's e-mail alert (a
  filled heading Transaction alert over a zebra table Account, Amount debited, Transaction type, Beneficiary,
  UTR, Date, Available balance). All new here.

The faces are heldout119's kinds from another mix of those the earlier sets draw in (SCREEN_FACES, PAGE_FACES,
PAPER_FACES and SLIP_FACES below), with each face's bold for headings, strips and totals, a serif or sans
italic for the hand that writes or fills a page (``heldout268_families.PENS``), a fixed-width face for the
railway's, the branch's, the green-bar and the insurer's counter prints (``MONO_FACES``) and Noto Sans
Devanagari for the Devanagari lines. The mela stall's memo and slip are drawn in the Surajkund International
Crafts Mela's days (7 to 22 February 2026), the stall's fee, insurance and the artist's advance before and
after them; the other days anywhere in 2026. GST is 5% on the paintings (HSN 9701).

Truth conventions (heldout267's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) beside the initials' disc under PhonePe's Paid to, the value under To among Paytm's fields, Payee in
  BHIM's key column, "to <payee>" under Amazon Pay's sum, Navi's To, "Paying <payee>" on Airtel Thanks; never
  the UPI ID or VPA, From / Paid from, the app on top or Razorpay. *settled* (new here) a merchant's own app's
  payment received (PhonePe Business) pays the business named under the app's name, never the buyer after
  "from"; the web shop's order e-mail the shop on top (never the buyer in its greeting or under Shipping to).
  *settled* (heldout167 to heldout265): a payer's advice pays the one it pays, never the payer on top; here
  *settled* (new here) the Name in a vendor portal's panel (read across its lines; never the coal company on
  top), PAYEE NAME in the railway's advice, Beneficiary name in PFMS's table (never the Agency), Payee on a
  cheque return memo (never the Drawer or the bank on top), Beneficiary name on the payer's bank's receipt
  (never From), Paid To on a PAYMENT MADE (never the school on top), Seller on a factoring unit (never the
  Buyer or the Financier), Grantee: in a grant e-mail (never the trust or a salutation). *settled* (heldout155
  to heldout265): an inward wire pays the Samiti, here *settled* (new here) Xflow's Beneficiary, Lloyds Bank's
  Beneficiary, the French Beneficiaire, the Swiss Beneficiary, the Name under DBS's Beneficiary heading,
  Emirates NBD's Beneficiary, "our customer <Samiti>" in a FIRC's sentence and PayPal's Sent to; never the
  remitter (Payment from, From, Donneur d'ordre, "<remitter> sent you"), the bank, Xflow or PayPal on top.
  *settled* (heldout175 to heldout265): the Samiti's own paper pays the trade name on top, so the studio's
  hand-written receipt and green-bar bill pay Kohbar Chitrashala / its capitals (never ", Jorakath", the payer
  after "Prapt kiya", PARTY, "FOR ..." or the seal), the shop's invoice, checkout and mela memo Khovar Haat /
  KHOVAR HAAT (never "A unit of", Customer, M/s or "For KHOVAR HAAT"), the workshop pass Isko Sohrai
  Prashikshan Kendra / its capitals, the money receipt and the share receipt the Samiti on top (*settled* (new
  here) its Latin name under its Devanagari one; never the payer after Received from or the member). A
  supplier's name on top of its own paper (*settled* (heldout187 to heldout265)), here *settled* (new here)
  the framer beside its disc on OkCredit (never OkCredit), India Post on its Speed Post receipt, the
  earth-colour dealer's Latin name under its Devanagari heading; never the Samiti after Bill to / M/s / To or
  as Customer. *settled* (heldout179 to heldout265): a banking page pays the payee, here *settled* (new here)
  Beneficiary name in SBI's table, "to <payee>" under BOI's sum, Beneficiary on the Bank Mitra slip (cut short
  as the slip prints it), Paid to on Canara Bank's receipt, the Beneficiary name cell of the spreadsheet,
  Beneficiary on IDBI Bank's and PNB ONE's pages, BENEFICIARY on the branch print; never REMITTER, the Debit
  account, the bank, the maker or the checker. *settled* (heldout150 to heldout265): a pay slip pays the
  worker, here *settled* (new here) Naam: in a hand-written wage entry (never Diya:), Paid to on a debit
  voucher, the person a UPI chat is with (its header; "Payment to <first name>" on the card), the name on top
  of a trainer's own invoice (never Bill to:), the Artist on an advance settlement, the Trainee in a stipend
  table (never the Kendra on top), To on Bandhan Bank's card, Kalakar / Artist on a payment slip (never the
  studio on top or the Secretary). *settled* (heldout153 to heldout265): a fee page pays the authority on top
  as printed, here *settled* (new here) Revenue, Registration and Land Reforms Department / its capitals
  (never the Devanagari line over it, Jharbhoomi or the Raiyat), Hazaribagh Municipal Corporation / its
  capitals under its Devanagari name (on its holding tax receipt and its water works' bill), Ranchi Municipal
  Corporation beside its disc (never the Trade name or the Owner), the Commercial Taxes Department's name as
  printed (Commercial Taxes Department / Commercial Taxes Department, Jharkhand / Commercial Taxes Department,
  Government of Jharkhand), Geographical Indications Registry (never the sender or the Controller General's
  office line), Income Tax Department / its capitals, Employees' State Insurance Corporation / ESIC, Surajkund
  Mela Authority / its capitals (never Haryana Tourism Corporation Ltd under it). *settled* (heldout199 to
  heldout265): an insurer's receipt pays the insurer on top (full or short as printed, capitals where so
  printed: The New India Assurance Co. Ltd / New India Assurance, ECGC Ltd beside its disc, ICICI Lombard
  General Insurance Co. Ltd / ICICI Lombard General Insurance / ICICI Lombard under the IL TakeCare app's band
  (never the app), Bajaj Allianz General Insurance Co. Ltd, The Oriental Insurance Co. Ltd / Oriental
  Insurance, SBI General Insurance Co. Ltd, Niva Bupa Health Insurance Co. Ltd / Niva Bupa Health Insurance,
  IFFCO-TOKIO General Insurance Co. Ltd / IFFCO-TOKIO General Insurance); never the policy holder, the insured
  or Members. A slip's counter name line as printed (KHOVAR HAAT on four, the hotel, the pump, the art
  supplier and the restaurant on the rest), never the terminal's brand or network (*settled* (new here)
  RAZORPAY POS and the e-Charge Slip's title, PINE LABS, INGENICO, IOCL, Paytm for Business, BHARATPE,
  WORLDLINE, AMERICAN EXPRESS) or the place line. A utility's biller *settled* (new here) on top of its own
  page or receipt (JBVNL / Jharkhand Bijli Vitran Nigam Limited / its capitals, BSNL / Bharat Sanchar Nigam
  Limited, Airtel Xstream Fiber / Bharti Airtel Ltd on its e-mail, never the greeting), IndianOil ONE's value
  under Paid to (Indian Oil Corporation Ltd (Indane) / Indane; never the app or the distributor), Freecharge's
  "DTH recharge - <operator>" (Dish TV / Dish TV India Ltd), a Bharat Connect slip's Biller (never BHARAT
  CONNECT or the Agent); never the Consumer name. An SMS alert's payee as the bank sends it (*settled*, the
  truncated name as printed), *settled* (new here) State Bank of India's "trf to <PAYEE> Refno", ICICI Bank's
  "; <PAYEE> credited.", Union Bank's "to <PAYEE> on", Indian Bank's "to <PAYEE> A/c", Bank of India's "to
  <PAYEE> (UPI Ref No", UCO Bank's "towards NEFT to <PAYEE> on", Canara Bank's Beneficiary row; the Jharkhand
  Rajya Gramin Bank's "a/c XXXXXX5678 credited" names no payee (None, as heldout266's Telangana Grameena
  Bank); never the bank, the sender id, the app or the lock screen's other cards.
* amount / currency: the sum this payment moved. A UPI screen's *settled* (new here) sum on PhonePe's Amount
  strip (its Debited from sum the same), Paytm's sum large in whole rupees (its words the same), BHIM's Amount
  row (its sum large the same), the sum large on Amazon Pay, Navi, Airtel Thanks and PhonePe Business, the
  order e-mail's Total (INR, GST incl.) (never an item, the Subtotal or the Shipping). *settled* (heldout152
  to heldout265): a payer's advice counts its net sum, *settled* (new here) a portal's Net paid on its Total
  row (never Gross, TDS or GST TDS), the railway's NET PAID (never GROSS AMT or DEDUCTIONS), PFMS's Amount, a
  return memo's Amount, the payer's bank's Amount strip, a PAYMENT MADE's Amount Paid strip (its Payment
  Amount column the same), a factoring unit's Funded amount (never the Invoice amount (net of TDS) or the
  Discount charged), the tranche in a grant e-mail's sentence (never the other tranches in its table).
  *settled* (heldout155 to heldout265): an inward wire's foreign sum, *settled* (new here) Xflow's US$ sum
  large (never the Estimated INR), Lloyds Bank's Amount (the charges OUR, the sum sent is the sum credited),
  the French Montant the French way (3 000,00 EUR and 3 000,00 with the euro sign are 3000.00), Swiss francs
  the Swiss way (CHF 4'320.00 is 4320.00), DBS's Amount (SGD / S$), Emirates NBD's AED sum, a FIRC's Amount in
  foreign currency (NOK; never the Rupee equivalent), PayPal's sum in its sentence (NZ$x NZD and NZD x; never
  the Fee or the Net amount); in US dollars, pounds, euros, *settled* (new here) Swiss francs, Singapore
  dollars, UAE dirhams, Norwegian kroner and New Zealand dollars. *settled* (heldout175 to heldout265): a
  receipt counts the sum received, *settled* (new here) the hand's "Rs. x/-" (its Hindi words the same), an
  invoice's Total (its PAID line the same; never Taxable value or the GST), a pass's Amount paid, a money
  receipt's Rs. x/- strip, the failed checkout's "Rs. x could not be charged" (its Total (incl. GST) the
  same), a share receipt's "the sum of Rs." (the shares and the entry fee together), a memo's Total Rs. in the
  hand, the green-bar TOTAL. A whole sum closed with /- is that sum in whole rupees (heldout259). *settled*
  (heldout187 to heldout265): a supplier's paper counts the sum paid, *settled* (new here) the invoice's Total
  over its payment line, OkCredit's You are paying (never Balance due), the sum in a bounce letter's sentence
  (never the bank charges it asks for), Swipe's Amount paid strip, the Speed Post TOTAL Rs (never Tariff or
  GST), a trip bill's Total Rs. (never a km row or a charge), a printer's Total, a memo's Total in the hand. A
  banking page's sum, never *settled* the Charges, *settled* (new here) never a slip's Total with the charges
  or the branch print's COMMISSION: SBI's Amount, BOI's sum large, the Bank Mitra slip's Amount, Canara Bank's
  Amount strip, the spreadsheet's Amount cell, IDBI Bank's Amount, PNB ONE's sum, AMOUNT (INR). *settled*
  (heldout167 to heldout265): a pay slip's net sum, *settled* (new here) a wage entry's "= Rs. x/-", a
  voucher's Rs., a chat card's sum, a trainer's invoice Total, the Balance paid to the artist (never Total
  expenses or the advance), a trainee's Stipend cell, Bandhan Bank's sum, a payment slip's Bhugtan / Paid
  (never Kul / Total or Agrim katauti / Advance). A fee page's *settled* (new here) lagan Total (never a
  year's row), holding tax Total (its "Received Rs. x" the same; never a year's row or a head), Total paid
  (never a fee alone), Tax (enrolment, annual), the GI Total (never the Fee each), the challan's Total
  (A+B+C+D+E+F) (never A Tax or D Interest alone), ESIC's Amount, the fee in the mela e-mail's sentence.
  *settled* (heldout199 to heldout265): an insurer's premium with its GST, *settled* (new here) Total premium,
  Total premium paid (never a shipment's premium), the app's sum large (its Premium (incl. GST) the same), the
  Premium paid (incl. GST) strip, Premium (incl. GST), the last sum in "Rs. n + GST Rs. g = Rs. x", the sum in
  Niva Bupa's sentence, TOTAL; never Net premium, OD PREMIUM, TP PREMIUM or a GST line alone. A slip's
  *settled* (new here) AMOUNT Rs x, the e-Charge Slip's sum large, Paytm for Business's sum, American
  Express's TOTAL INR x; never RATE, VOL(L) or XTRAREWARDS points. A utility's Amount paid, Amount received
  (cash) (never Current demand or Arrear), Amount, the sum in Airtel's sentence, the sum large, the
  counterfoil's Received Rs. (never the bill's rows), the agent slip's Amount (never Conv. fee). An alert's
  sum debited as worded (grouped the Indian or the English way or not at all; *settled* (new here) State Bank
  of India's "debited by 7180.0" is 7180.00); never Avl Bal or Available balance. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Transaction Successful on PhonePe's band, Payment
  Successful / Paid Successfully, Payment successful / Paid successfully, Navi's Paid, PhonePe Business's
  Received / Payment received and the order e-mail's "Paid on <day>" successes, Payment Failed / Transaction
  Failed failed, Payment pending / Payment in progress (the steps waiting at Sent to bank) pending. A payer's
  Paid / Payment cleared pill, "The payment below has been made to your bank account through e-payment.",
  Transaction successful / Your transaction is successful, a PAYMENT MADE's Amount Paid, Funded - amount
  credited to seller and "has been released to your bank account" successes; PFMS's Payment sent to the bank -
  response awaited pending (not yet credited); *settled* (heldout167 to heldout265) a cheque returned failed,
  so a CHEQUE RETURN MEMO's "returned unpaid" failed and a cheque received subject to realisation pending. A
  wire's Payment credited to the beneficiary, Statut Execute, Your payment has been executed, Transaction
  Completed, a FIRC's "This is to certify that we have received ..." and PayPal's "sent you" successes,
  Xflow's In transit - converting to INR pending, Transfer rejected failed. A receipt's "Prapt kiya"
  (received) in the hand, a PAID pill, Confirmed - paid, a money receipt under PAID, a memo's "Thank you",
  RECEIVED WITH THANKS successes; CHEQUE RECEIVED - SUBJECT TO REALISATION pending; Razorpay's Payment failed
  failed. A supplier's "Payment received ... Thank you.", a PAID stamp or seal, "Received by NEFT", "Received
  by" in the hand, a Speed Post booking receipt (the article booked and paid) and "nakad (cash)" successes,
  OkCredit's Processing pending, a bounce letter's "was returned unpaid" failed. A banking page's "completed
  successfully", Transfer successful, STATUS : SUCCESS, Transaction Successful, the spreadsheet's Paid and the
  branch's PROCESSED stamp successes, Pending authorisation (the checker's approval awaited, nothing sent)
  pending, Transaction Failed failed. A pay slip's "Nakad diya ... Poora mila." (paid in cash, received in
  full), a voucher's signed Received payment, a chat card's Paid, "Paid by NEFT ... received, thanks.", "Paid
  by UPI on <day>" and a slip's UPI reference line successes, In process at the bank - credit awaited pending,
  Transfer failed / Transaction failed failed. A fee page's Payment status Success, "Received Rs. x ... in
  cash.", Payment successful - licence renewed, status Success, Payment successful and "We confirm receipt of
  ..." successes, Pending - awaiting confirmation from the bank pending, Transaction failed - payment not
  received from the bank failed. An insurer's Premium received, Payment successful - policy renewed, "We have
  received the premium ...", Received with thanks., "We have received your renewal premium ..." and RECEIVED
  WITH THANKS successes, "Cover is subject to the realisation of the cheque." pending, Transaction failed -
  the bank did not respond failed. A slip's Approved, PIN VERIFIED OK, PIN NOT REQUIRED - APPROVED, Card
  payment received and APPROVED - CARD MEMBER COPY successes, HOST NOT RESPONDING - TXN NOT COMPLETE. CHECK
  BEFORE RETRY pending, DECLINED 55 - INCORRECT PIN failed. A utility's Your payment is successful, Received
  with thanks, "Thank you for your payment of ...", Payment successful, the counterfoil's PAID stamp and
  STATUS: SUCCESSFUL successes, Recharge in progress / Payment processing pending, Payment failed - your bank
  declined the transaction failed. *settled*: an SMS debit alert a success whatever its bank's wording (here
  the lock screen's, the inbox's and the e-mail's too); *settled* (new here) Union Bank's "has FAILED" failed,
  Indian Bank's "is under process" pending.
* date: the day paid. *settled* (new here): a UPI screen's "<hour> on <day>" on PhonePe's band, Paytm's Date &
  Time, BHIM's Date (never its Time row), Navi's Paid on, Airtel Thanks' Started on, the day and hour under
  PhonePe Business's "from <buyer>", the order e-mail's "Paid on <day>"; Amazon Pay's screen prints no day. A
  payer's Cleared on in a portal's panel, the railway's PAYMENT DATE (never the CO7 NO/DATE's day, which the
  page that prints no day keeps), PFMS's Initiated on, a return memo's Date, Transaction date, a PAYMENT
  MADE's Payment Date (never a Bill Date), a factoring unit's Funding date (never Due date (buyer to pay)),
  the day in a grant e-mail's sentence (never an earlier tranche's "Released <day>"). A wire's Payment date,
  Date d'execution (never the foot's later "Document etabli le"), Execution date, Transaction date, Date, a
  FIRC's Date of credit (never the certificate's Date beside FIRC No.), PayPal's Transaction date; Xflow's
  "Started Today" prints no day. A receipt's Dinank: in the hand, an invoice's Date, a pass's Booked on (never
  the workshop's later day), Dinank beside Rasid No., a share receipt's Date (never the cheque's dated), a
  memo's Date in the hand, the green-bar DATE; the failed checkout prints no day. A supplier's day in "Payment
  received by NEFT, UTR ..., on <day>" (never the invoice's Date), OkCredit's Started, the day in a bounce
  letter's sentence (never the letter's Date or the cheque's dated), Swipe's Invoice date (its UPI line's day
  the same; never the Due date), the Speed Post Date, a trip bill's Date in the hand, a printer's "Received by
  NEFT on <day>" (never the Bill date); *settled* (new here) a Dinank printed and left blank prints no day. A
  banking page's Date, the slip's Date, Date & time, Value date, the maker's day on an authorisation trail,
  PNB ONE's Date, TRAN DATE; BOI's "Today, <hour>" prints no day. A pay slip's Dinank in the hand, a voucher's
  Date, a chat card's day (never the phone's clock), "Paid by NEFT on <day>" in a trainer's hand (never the
  invoice's Date), "Paid by UPI on <day>" (never the Period or the advance's day), Sent to bank on (never the
  Period); the artist's slip prints no day. A fee page's Date, Date beside Receipt No. or CBR No., Payment
  date, Initiated on, Tender date, the day in the mela e-mail's sentence (never the mela's days); ESIC's
  failed page prints no day (never *settled* (new here) a Contribution period). An insurer's Receipt date
  (never *settled* the Period), Paid on, Payment date, Attempted on, the day in Niva Bupa's sentence, DATE; IL
  TakeCare's "Today" prints no day. A slip's DATE: (07-FEB-26 is 2026-02-07), the e-Charge Slip's Date; Paytm
  for Business's "Today, <hour>" prints no day. A utility's Payment date, Date beside M.R. No., Attempted on,
  Started on, the counterfoil's Date (never the bill's Period), the agent slip's Date (never the Bill month);
  IndianOil ONE's "Today" prints no day. The alerts' "on date 05Apr26" (State Bank of India), "on 07-Oct-26"
  (ICICI Bank), "on <day>" (Union Bank, Bank of India, the Jharkhand Rajya Gramin Bank, UCO Bank; the lock
  screen's own day the same), Canara Bank's Date; Indian Bank's message prints no day (its divider Today). All
  numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a Cheque dt., a
  Period of insurance, an invoice number's or a slip number's financial year or an e-mail's hour, the day
  inside a UTR (heldout210) or inside an app's or a terminal's transaction id (heldout265); *settled* (new
  here) never the day inside a file's name or a CIN.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (a portal's, the railway's and PFMS's e-payment, the
  payer's bank's RTGS, a PAYMENT MADE's Bank Transfer, a factoring unit's credit by NEFT, the grant's NEFT, a
  money receipt's NEFT / RTGS, a supplier's NEFT, the banking pages and the Bank Mitra's IMPS, a trainer's
  NEFT, a stipend's NEFT, Bandhan Bank's IMPS, a fee or a premium by Net Banking, the NEFT and IMPS alerts), a
  SWIFT remittance either way (*settled* (new here) Xflow's payout to the bank, Lloyds Bank's international
  payment, the Virement international, International (SWIFT), DBS's telegraphic transfer, Emirates NBD's
  transfer, a FIRC's SWIFT MT103); "wallet" for PayPal (heldout265, heldout266); UPI for the UPI screens, the
  web shop's UPI (Razorpay), a receipt's, a pass's or a bill's UPI, OkCredit's UPI, Swipe's "Received via
  UPI", a trip bill's PhonePe, a UPI chat's payment, an advance settlement's and an artist's slip's UPI, a
  fee, a premium, a bill or a gas refill paid by UPI, Freecharge's "UPI - <bank>", *settled* (new here) Niva
  Bupa's UPI AutoPay, the UPI alerts; card on slips, the e-Charge Slip, Paytm for Business's card payment, the
  checkout's Debit card, a memo's "Card (Visa)", a premium by credit or debit card, BSNL's Debit card,
  Airtel's Credit card; cheque for a cheque returned or subject to realisation (a return memo, a bounce
  letter, a share receipt, a premium); cash for a receipt written by hand ("nakad"), the Speed Post counter, a
  wage or a voucher paid in cash, a municipal, a power or an insurer's counter, a counterfoil paid in cash at
  the bank, a Bharat Connect agent's CASH, a dealer's "nakad (cash)".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout267): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) PhonePe's UTR:, Paytm's UPI Ref. No., BHIM's
  UPI Txn ID, Amazon Pay's UPI Ref No., Navi's UPI reference, Airtel Thanks' UPI Ref No, a portal's UTR / bank
  reference, the railway's UTR NO, a factoring unit's UTR, a PAYMENT MADE's Reference Number, "Paid by UPI,
  Ref.", a pass's UPI Ref, the green-bar REF NO, OkCredit's UPI Ref, Swipe's UPI Ref., "PhonePe - UTR" in the
  hand, UTR No. / UTR number / UTR NO, IMPS Ref No., the spreadsheet's UTR cell, a slip's RRN or RRN:, a
  utility's UPI Ref. No. / UPI reference, the alerts' Refno / UPI: / UPI Ref / IMPS Ref No / UPI Ref No / IMPS
  Ref no / UTR), then a bank reference (*settled* (new here) Lloyds Bank's Payment reference, Reference de
  l'operation, DBS's Transaction reference, Emirates NBD's Reference number, a FIRC's Inward reference, SBI's
  Reference No., the branch print's TRAN ID, a fee's or a premium's Bank reference, the challan's BRN, JBVNL's
  Bank Ref. No., a Bharat Connect slip's B-Connect Txn ID), then a transaction / payment id (*settled* (new
  here) PhonePe's Transaction ID, Amazon Pay's Transaction ID, Navi txn ID, Razorpay's Payment ID (pay_...),
  PFMS Txn ID, Xflow's Payment ID, PayPal's Transaction ID, a Payment batch ID, a fee's, a premium's or a
  bill's Transaction ID / Transaction ref. / Challan ref. No. / Freecharge ID, ESIC's Challan No.), then an
  approval code (APPR:, Auth code, APPROVAL:, Appr. in the hand), then an order's number (Paytm's Order ID,
  the web shop's Order #KH<n>, a pass's Booking, BSNL's and IndianOil ONE's Order ID), then a document's own
  number (*settled* (new here) a portal's Payment doc., a return memo's Memo No., a PAYMENT MADE's Payment#, a
  Factoring Unit's number, a FIRC No., Invoice No., Rasid No., No., Voucher No., Kr., Bill No., Receipt No.,
  M.R. No., CBR No., INVOICE:, Form No., Slip No., a letter's Ref:, American Express's REF NO). *settled*:
  never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a Purpose code, the
  number of a bill listed on an advice (here the railway's BILL NO, a portal's Invoice, a PAYMENT MADE's Bill
  Number), a UETR, a Policy No., a Consumer No., Account No., Customer ID or Mobile No., a slip's MID / TID /
  BATCH; *settled* (new here) never an Article No., a Licence No., an Enrolment No., a TAN, a BSR code, a CIN,
  an Employer code, a Khata, Plot or Thana No., a Holding or Ward No., a Member No., a gas refill's Booking
  No., a VC number, an Account ID, a Sanction No., a Vendor code, a Job No., an Open policy No., a Proposal,
  DBS's Customer reference, a slip's STAN or a Device."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout268_families import (
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
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

SPLIT = "heldout268"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets: heldout119's kinds in another mix (the screens in the plain and
# condensed sans, the pages in the serifs and two sans, the Samiti's and its suppliers' and workers' papers in
# the serifs and DejaVu Sans Condensed, the slips in three regular monos and two bold); each face's bold, a
# pen's italic (``heldout268_families.PENS``), a fixed-width face (``MONO_FACES``) and Noto Sans Devanagari
# are drawn beside it where a page asks for them.
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Bold.ttf",
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


def make_heldout268_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout268 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

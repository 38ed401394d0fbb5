"""heldout281: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Lippan kaam (mud-and-mirror relief work) artisans' studio's year of 2026 in
Bhuj, Kutch, Gujarat (Aabhla Lippan Kaam Studio, a partnership firm, Udyam UDYAM-GJ-03-0027415, GSTIN
24ABJFA4817M1Z6, its managing partner Smt. Jasuben Rabari: its workshop on Lakhond Road, Madhapar, Aabhla
Karigar Shala, where its artisans, Rabari women and Mutwa and Meghwal men and women of Banni, raise Lippan's
white clay relief of arches, peacocks, camels, bhungas and mandalas on mud and on MDF boards and set round,
diamond and triangle mirrors (aabhla) in it, on mandalas, mirror frames, wall plates, key holders, panels,
clocks, coasters and torans, and where visitors learn the craft in two-day workshops; its shop near the Aina
Mahal, Darbargadh Chowk, Aabhla Haat, with stall 27 in the crafts bazaar of the Rann Utsav at Dhordo; murals
for the Tent City, Bhuj hotels, the Deendayal Port's lounge and IIM Ahmedabad's guest rooms; the web shop
aabhla.in, Meesho and buyers abroad), told by the proofs of payment it receives (buyers' PhonePe, BHIM, Paytm,
Navi, Amazon Pay UPI, Airtel Thanks and POP screens, PhonePe Business on the Haat's phone; Garvi Gurjari's
payment advice under its Gujarati name, ICICI Bank's advice mail for the Tent City, SBI CMP's e-payment advice
for the Deendayal Port Authority, Meesho's Supplier Panel, an Ahmedabad architects' Vyom screen, IFMS
Gujarat's bill status for the Kutch Collectorate, Oracle iSupplier for IIM Ahmedabad and a Mandvi buyer's
inland post card; HSBC UK, Mashreq NEOBiz, KCB, TD, Westpac, SMBC Trust, UBS and DBS IDEAL for buyers in
Leicester, Dubai, Nairobi, Toronto, Sydney, Kyoto, Zurich and Singapore in pounds, dirhams, Kenyan shillings,
Canadian and Australian dollars, yen, Swiss francs and Singapore dollars; the Haat's Vyapar invoice, the Rann
Utsav stall's cash memo on a duplicate pad, a workshop's Razorpay page, a mural's advance receipt, the web
shop's order page, a gift voucher, the Karigar Shala's receipt book and the Haat's cash register roll) and
those it makes (a Bhuj MDF dealer's invoice with its PAID stamp, Flipkart Wholesale's pending payment, a
mirror cutter's bill written in Gujarati, Itsy Bitsy's failed checkout, a Morbi box maker's Swipe invoice,
India Post's Speed Post receipt, GoDaddy's receipt and a Banni clay seller's chit taped into the studio's
book; ICICI Bank's InstaBIZ, the Kutch Mercantile Co-op Bank, RBL MoBank, Indian Overseas Bank, Bank of
Baroda's branch, South Indian Bank's SIB Mirror+, Khatabook and Bandhan Bank for the MDF dealer, the mirror
cutter, the box maker, the colour shop, the Rann Utsav's tent decorator, the auditors, the transporter and the
photographers; its artisans' and staff's account card, slice, greytHR payslip, advance voucher, Tide, PayZapp,
a money transfer agent's receipt and Groww; Bhuj Nagarpalika's professional tax, Cyber Treasury Gujarat's
challan for the Registrar of Firms, ESIC, the Tourism Corporation of Gujarat's stall fee, DGFT, the Gujarat
Labour Welfare Board, Vahan's motor vehicle tax and Hodka Gram Panchayat's house tax; Bajaj Allianz's, ICICI
Lombard's, SBI General's, IFFCO-TOKIO's, LIC's, Generali Central's, Kotak General's and Oriental's premiums;
cards on the Haat's, the stall's and the Karigar Shala's terminals and the studio's card at an Ahmedabad
hotel, a Bhuj hardware store, a Mandvi ship model shop and a Bhujodi weaver's; PGVCL's, GTPL's, Airtel's,
Gujarat Gas', d2h's, a water tanker's, Indane's and JioFiber's bills; the banks' SMS, Bank of Baroda's SMS in
Gujarati, Saraswat Bank's mail, a notification shade and Truecaller's transaction card). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

Layouts (every one written for this set, none of heldout278's or heldout279's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page heldout278 and heldout279 do not: Gujarati lines (Kutch's written language; heldout270 drew Gujarati in a
row of its own) in Noto Sans and Noto Serif Gujarati shaped by Raqm, as a name over its English, a heading, a
label after a slash on one line or over its English in two, a bank's SMS and a hand's lines and sums; a Lippan
roundel as a letterhead's emblem (a disc of mud with clay arches, petals and a ring of small mirrors round a
mirror at its heart); a divider of clay zigzags set with lozenge mirrors; a bandhani band of tied dots across
a letterhead; a Lippan border round a page (mud plaster with a raised clay zigzag, a mirror in each bend, a
large mirror at each corner); an app's burst of confetti; a digital receipt's card with a zigzag foot on the
app's grey; a fieldset's ruled box with its legend set into its top rule; a phone's share sheet pulled up with
its app icons; a notification shade's quick tiles and brightness slider; an inland post card (its buff card,
printed stamp, the rule between message and address and the address's lines); a page's corner folded down; a
chit taped in with two strips of tape; a bill spike's hole; a duplicate pad's pink leaf; labels in German over
their English. They draw beside them heldout269's to heldout279's rows (shaded label cells, striped tables,
tables ruled on every side, dot leaders, labels against a gutter, steps left to right, capsules, tinted bands,
cards, chat bubbles and day dividers, tabs, hand-written fills and columns, a receipt book's counterfoil
across a perforation, rubber stamps, a bahi's red rules, thumb boxes, QR codes, barcodes, large outcome marks,
labels small over their values, a torn roll's edges).

* ``buyer_upi``: PhonePe's Transaction Successful under a large tick (the hour "on <day>", "Paid to" over the
  payee with its sum beside it, its UPI ID; Transfer Details: Transaction ID, Debited from, UTR, each label
  small over its value; the share sheet pulled up under it); BHIM's Transaction Pending under a clock's mark
  ("to <payee>", "Awaiting a response from <bank>", a zigzag card: UPI Transaction ID, Paid to, Paid from,
  Initiated on); Paytm's "Paid Successfully to" over the payee under a burst of confetti (its UPI ID, the sum,
  the day and hour; UPI Ref No, From, Note); Navi's Payment failed on a tinted band ("to <payee>", the reason,
  a fieldset "Transaction details": UPI transaction ID, Navi transaction ID, Date, Debited from); Amazon Pay
  UPI's Payment successful ("Paid to" over the payee; a zigzag card, each label small over its value: UPI
  reference number, Amazon Pay transaction ID, Paid on, Paid using); PhonePe Business on the Haat's phone (the
  Haat under the app, its tabs, a card: a Payment Received capsule, the sum, "from <buyer>"; Transaction ID,
  UTR, Credited to, Date); Airtel Thanks' shared receipt card ("Shared from Airtel Thanks", Payment
  successful, the sum, "paid to <payee>", "on <day>, <hour>"; Paid from, Message; no reference); POP's payment
  sent under a large tick (the sum, "Sent to <payee>", its weekday and hour; UPI Ref No., Paid from, POPcoins
  earned; no day). All new here.
* ``buyer_advices``: Garvi Gurjari's PAYMENT ADVICE under its Gujarati name and a bandhani band, each label in
  Gujarati with its English after a slash and its value at the line's right end (સપ્લાયર / Supplier, બિલ નંબર
  / Bill No., બિલની રકમ / Bill amount, ટીડીએસ / TDS 1%, ચૂકવેલ રકમ / Amount paid, રીત / Mode, યુટીઆર / UTR,
  ચુકવણી તારીખ / Payment date); ICICI Bank's mail "<payer> has made a payment to your account ..." (a card:
  Beneficiary name, Beneficiary account, Amount, Payment mode, UTR / Reference no., Value date, Remarks); SBI
  CMP's e-PAYMENT ADVICE for the Deendayal Port Authority in two fieldsets (Beneficiary details: Name, Account
  No., IFSC; Payment details: Amount, Mode, UTR, Value date, Narration); Meesho's Supplier Panel with the
  payment in process (its tabs, a capsule, a striped table Sub order | Product | Price | Shipping | Net, Total
  payment; Supplier, Bank account, Payment mode, Payment ID, UTR "Will be updated once paid"; no day); Union
  Bank's Vyom screen of an architects' IMPS forwarded to the studio (Transaction successful, "to <payee>",
  IMPS Ref No., Date, From A/c, Remarks); IFMS Gujarat's bill status under its Gujarati line for the Kutch
  Collectorate (shaded label cells: Bill No., Token No., Payee, Net amount, Mode, Transaction Ref. No.,
  Payment date, Status "Rejected by bank"); Oracle iSupplier's View Payments for IIM Ahmedabad (a table ruled
  on every side of one payment: Payment Number | Payment Date | Amount (INR) | Status Cleared | Method;
  Supplier, Bank reference (UTR), the invoices paid under it); a Mandvi buyer's inland post card written by
  hand ("Mandvi, <day>" at its head, "I have sent Rs. x/- by NEFT today ..." beside the studio's address; no
  reference). All new here.
* ``export_wires``: HSBC UK's app with the payment sent in pounds (the sum, "to <beneficiary>", a fieldset
  "Payment details": Date, Payment type, HSBC reference, Beneficiary bank, Reference); Mashreq NEOBiz's
  transfer in process in dirhams (steps left to right: Submitted, Processing, Sent, Credited; a capsule;
  shaded label cells: Transaction reference, Beneficiary name, Beneficiary bank, Amount, Submitted on,
  Transfer type, Purpose, Status); KCB Bank Kenya's SWIFT TRANSFER ADVICE typed in a fixed-width face in
  Kenyan shillings (REFERENCE, VALUE DATE, REMITTER, BENEFICIARY, BENEF. BANK, AMOUNT, CHARGES, TYPE;
  "TRANSFER PROCESSED SUCCESSFULLY."); TD's Global Money Transfer sent in Canadian dollars (Confirmation #,
  Delivery method, Fee, Recipient gets in rupees, Submitted at <hour> ET; no day); Westpac's mail of a payment
  returned in Australian dollars (its sentence, a card: Beneficiary, Amount, Date sent, Payment type, Westpac
  reference, Reason); SMBC Trust's OVERSEAS REMITTANCE RECEIPT in yen, in dot leaders (Remittance No.,
  Remittance date 2026/10/26 or 26 Oct 2026, Beneficiary, Beneficiary bank, Remittance amount, Charges,
  Method; "We have remitted the amount above ..."); UBS e-banking's Zahlungsbestätigung / Payment confirmation
  in Swiss francs, each label in German over its English (Begünstigter / Beneficiary, Bank des Begünstigten /
  Beneficiary's bank, Betrag / Amount, Ausführungsdatum / Execution date 17.10.2026, Zahlungsart / Payment
  type, Referenz / Reference, Status Ausgeführt / Executed); DBS IDEAL's remittance advice mailed to the
  beneficiary in Singapore dollars (Payment to, Remitter, a table ruled on every side of one payment: Payment
  date | Amount | Payment type, Message; no reference). All new here.
* ``own_receipts``: Aabhla Haat's TAX INVOICE made in Vyapar under its Gujarati name (Invoice No. beside
  Date:, Bill To, a table ruled on every side # | Item | Qty | Rate | Amount with CGST 2.5% and SGST 2.5%,
  Total; Received, Balance, Payment Mode, UPI Ref.); the Rann Utsav stall's CASH MEMO on a duplicate pad's
  pink leaf, spiked on the stall's bill spike, under the studio's Gujarati name (No. left blank, Date and Name
  written in, the pieces written on its ruling, Total, "Recd. cash with thanks"; no reference); the studio's
  Razorpay payment page for a workshop with the payment failed (a tinted band, dot leaders: Payment ID,
  Amount, Method, Attempted at, Booked by); a mural's ADVANCE RECEIPT in a Lippan border under a Lippan
  roundel and the studio's Gujarati name (Receipt No. beside Date:, "Received with thanks from <client> the
  sum of Rs. x/- (...) by RTGS (NEFT) on <day>, UTR ..., as an advance ...", Order value (incl. GST 18%),
  Balance on completion); the web shop's order page with the payment processing (Order #, a capsule, its
  lines, Subtotal, Shipping, Total, Payment, Placed on); a GIFT VOUCHER sold at the Haat between bandhani
  bands (Voucher No., Value, Valid till, For, a barcode; "Received Rs. x/- by card (...), Approval code ...";
  no day); the Karigar Shala's receipt book under its Gujarati name, its counterfoil beside the receipt across
  a perforation (No., Date, Name, Rs., For; Receipt No., Date, Received from, Rs., Workshop, "by UPI, Ref
  ..."); the Haat's cash register roll (BILL NO, the day and hour, the pieces, TOTAL, CASH TEND, CHANGE). All
  new here.
* ``supplier_invoices``: NAGRECHA MDF & PLY's TAX INVOICE (Invoice No. beside its earlier Date:, Buyer:, a
  table ruled on every side with CGST 9%, SGST 9% and Total (rounded)), "by NEFT, UTR ..." and "dt. <day>"
  written under it and its PAID rubber stamp with the day; Flipkart Wholesale's payment pending under a
  clock's mark (Seller over its name, a fieldset "Order details": Order ID, Items, Payment mode, UPI Ref No.,
  Placed on); KADRI MIRROR WORKS' bill under its Gujarati name (Date and M/s written in, the mirrors written
  by hand in Gujarati on a bahi's red rules with their sums, કુલ (total), "રોકડા મળ્યા / Cash received"; no
  number, no reference); Itsy Bitsy's checkout with the payment failed on a tinted band (Order #, Items, Order
  total, Payment method, Attempted on); MORBI CORRUGATED BOXES' invoice made in Swipe (Invoice # beside its
  earlier Invoice Date, a Paid capsule, a striped table with CGST 9% and SGST 9%, Total, "Amount paid <sum> on
  <day> via UPI, Ref ..."); India Post's SPEED POST BOOKING RECEIPT from the Bhuj head office's counter
  printer (ART NO, TO, WEIGHT, TARIFF, GST 18%, TOTAL, PAID BY: UPI, TXN REF, DATE, COUNTER); GoDaddy's
  receipt mailed (Receipt #, Receipt date, Payment: Visa ending, the domain and the mail plan, IGST 18%,
  Total); a Banni clay seller's chit written by hand and taped into the studio's book (his name, the sacks of
  clay and the cart with their sums, Total, "Recd. by PhonePe", Ref; no day). All new here.
* ``vendor_transfers``: ICICI Bank's InstaBIZ with the NEFT successful (a capsule, the sum, "to <payee>", a
  zigzag card, each label small over its value: Transaction Reference No., UTR, Transfer type, Debit account,
  Date & time, Remarks); the Kutch Mercantile Co-op Bank's net banking under its Gujarati name with an IMPS in
  process (a capsule, a table ruled on every side: Transaction ID, IMPS Ref No, Beneficiary, Account No.,
  Amount, Date & Time, Status In process); RBL MoBank's Transaction failed on a tinted band (the reason; IMPS
  Ref No., Date & time, Beneficiary A/c, Remarks); Indian Overseas Bank's NEFT e-Receipt (Remitter and Debit
  account, a table ruled on every side of one row: Date | UTR | Beneficiary | Amount | Status Paid; Remarks);
  Bank of Baroda's branch CUSTOMER ADVICE - RTGS typed by its printer (DATE, REMITTER, DEBIT A/C, BENEFICIARY,
  BENE A/C, BENE IFSC, AMOUNT, UTR NO, STATUS SETTLED, PURPOSE) and the branch's stamp with the day; South
  Indian Bank's SIB Mirror+ with the transfer successful ("Today, <hour>"; IMPS Ref No., From A/c, Remarks; no
  day); Khatabook's entry in the transporter's account (Supplier over its name, "You Gave" over the sum; Date,
  Paid by, Note, Balance; no reference); Bandhan Bank's mail ("Your NEFT of Rs.x to <PAYEE> has been processed
  successfully. UTR ...", a striped table: Beneficiary, Account, Date, Remarks). All new here.
* ``worker_pay``: an artisan's ACCOUNT CARD under the Karigar Shala's Gujarati name, its Card No. printed,
  each label in Gujarati over its English and filled in by hand (કારીગર / Artisan, કામ / Work, દર / Rate, કુલ
  / Total, ચુકવણી / Paid by, તારીખ / Date), "ઉપર મુજબ રકમ રોકડા મળી." (received the sum above in cash) written
  in Gujarati, a thumb box; slice's money sent to an artisan under a large tick (the sum, "sent to <name>",
  "on <day> at <hour>"; UPI transaction ID, From, Note); greytHR's payslip for the Haat's sales assistant (dot
  leaders: Employee, Employee ID, Designation, Pay period; a striped table Earnings | Rs. | Deductions | Rs.
  with Professional tax, NET PAY, "Paid on <day> by bank transfer (NEFT), UTR ..."); an ADVANCE VOUCHER under
  its Gujarati heading, its corner folded down (Voucher No. left blank; Date, Name, Purpose written in, Rs. in
  a box, "Received in cash", a thumb box; no reference); Tide's payment to an artisan failed on a tinted band
  (the reason; Transaction ID, IMPS Ref, Date, Paid from); PayZapp's UPI payment pending under a clock's mark
  (UPI Ref No., PayZapp Txn ID, Initiated on); Spice Money's DOMESTIC MONEY TRANSFER RECEIPT from an agent's
  (Adhikari's) counter printer at Khavda (DATE, SENDER, BENE, BANK, MODE IMPS, AMOUNT, CHARGES, TOTAL
  COLLECTED, BANK RRN, TXN ID, STATUS SUCCESS); Groww's Money sent under a large tick with its age ("<n> min
  ago"; UPI Ref No., Paid from; no day). All new here.
* ``govt_fees``: Bhuj Nagarpalika's વ્યવસાય વેરો પહોંચ / PROFESSIONAL TAX RECEIPT under its Gujarati name,
  each label in Gujarati over its English (Receipt No., Enrolment No., Name, Year, Amount, Mode, UPI Ref.,
  Date; "Tax received."); Cyber Treasury Gujarat's e-challan for the Registrar of Firms failed (steps left to
  right with the bank's step failed, a capsule, dot leaders: e-Challan No., Department, Purpose, Remitter,
  Amount, Bank, Transaction ID, Date); ESIC's challan receipt (shaded label cells: Employer code, Employer
  name, Challan period, Challan number, Transaction number, Amount paid, Paid on, Mode, Status "Challan paid
  successfully"); the Tourism Corporation of Gujarat's mail of stall 27 allotted ("The stall fee of Rs. x/-
  paid by NEFT on <day>, UTR ..., has been received.", a striped table Stall | Size | Period | Fee (Rs.));
  DGFT's e-payment "Pending for confirmation from bank" (a capsule; IEC, Application, Fee, Transaction ID,
  Payment mode; no day); the Gujarat Labour Welfare Board's contribution receipt under its Gujarati name (a
  table ruled on every side, two fields to a row: Receipt No., Establishment, Period, Employees, Amount, Bank
  Ref. No., Payment date, Mode); Vahan 4.0's tax payment receipt for the studio's tempo from the Transport
  Department, Gujarat (shaded label cells: Registration No., Vehicle, Tax upto, Receipt No., Transaction No.,
  Bank Ref No., Amount, Payment date, Mode; "Tax paid successfully."; a QR code); Hodka Gram Panchayat's
  ઘરવેરા પહોંચ / HOUSE TAX RECEIPT from its book, each label in Gujarati over its English and filled in by
  hand (No. left blank; Date, Name, Property No., Year, Amount), "રોકડા મળ્યા" (cash received) by hand (no
  reference). All new here.
* ``insurer_receipts``: Bajaj Allianz's PREMIUM RECEIPT for the Haat's Bharat Sookshma Udyam Suraksha (Receipt
  No. beside Receipt Date, Received from, Policy No., a striped table Net premium | CGST 9% | SGST 9% | Total,
  a fieldset "Payment details": Mode, UTR, Date of payment; "Premium received with thanks."); ICICI Lombard's
  app with the artisans' group health premium pending under a clock's mark ("to <insurer>", a zigzag card:
  Proposal No., Payment ID, UPI Ref No., Initiated on); SBI General's renewal page with the payment failed on
  a tinted band (shaded label cells: Quote No., Premium, Payment mode, Transaction ID, Attempted on, Reason);
  IFFCO-TOKIO's mail of the marine cargo premium received (its sentence, a card: Amount received, Payment
  date, Payment mode, Transaction ID, Certificate No.); LIC's e-Receipt for the staff's group gratuity scheme
  (Receipt No. beside Date:, a table ruled on every side of one row Scheme No. | Period | Premium | GST |
  Total, "Received by NEFT, UTR ..."); Generali Central's mail of a policy issued ("We have received <sum> on
  <day> ...", Policy, Payment reference, Paid via); Kotak General Insurance's app with the policy purchased (a
  capsule, the sum, "paid to <insurer>", "Today, <hour>"; Payment ID, Paid via, Policy; no day); Oriental
  Insurance's motor COVER NOTE with its printed number, filled in by hand (Insured, Vehicle, Period, Premium
  Rs.) and "Premium received in cash on <day>" under the agent's stamp (no reference). All new here.
* ``card_slips``: Pine Labs' slip at the Haat, two fields to a line (DATE and TIME, TID and MID, BATCH and
  INVOICE, APPR CODE and RRN; CARD, AMOUNT, APPROVED - PIN VERIFIED); Paytm for Business' card machine slip at
  the stall in the Rann Utsav's days (Card Payment Successful, Amount, Card, Auth Code, RRN, Txn ID, Date &
  Time); HDFC Bank's slip at the Karigar Shala DECLINED (RESPONSE CODE: 05, DO NOT HONOUR); ICICI Bank's slip
  at an Ahmedabad hotel (DATE, TIME, TID and MID, INV NO, CARD, APPR CODE, RRN, TOTAL, APPROVED, a guest's
  line); Axis Bank's slip at a hardware store (DATE/TIME, BATCH/INV, the card TAP, AUTH, RRN, AMT, SALE
  APPROVED); Bank of Baroda's slip at a Mandvi ship model shop awaiting its host (DATE and TIME on one line,
  TID, INVOICE, the card, AMOUNT, AWAITING HOST RESPONSE, DO NOT RETRY); a Bhujodi weaver's BILL under his
  Gujarati name (Date and M/s written in, the shawls written by hand in Gujarati on a bahi's red rules with
  their sums, કુલ (total), "કાર્ડથી ચુકવણી મળી / Paid by card"; no number, no reference); Airtel Payments
  Bank's card machine screen at the Haat (the Haat under the app, a large tick, Payment successful, the sum,
  the hour alone; Card, Auth code, RRN; no day). All new here.
* ``utility_bills``: PGVCL's online payment receipt under its Gujarati name, each label set right against a
  gutter (Consumer No., Consumer name, Bill month, Amount paid, Transaction ID, Bank Ref. No., Payment date,
  Payment mode, Status; a QR code); GTPL Connect's broadband payment processing under a clock's mark ("to GTPL
  Broadband Pvt. Ltd."; Account ID, Plan, Order ID, UPI Ref, Initiated); Bajaj Pay's Airtel Postpaid bill paid
  ("paid to Airtel Postpaid", a zigzag card: Mobile number, BBPS Txn Ref, Transaction ID, Paid on, Payment
  mode); Gujarat Gas' mail ("We have received your payment of Rs. x towards BP No. ... on <day>.", Receipt
  No., Payment mode, UPI Ref, Premises); d2h's recharge failed on a tinted band ("for d2h"; Subscriber ID,
  Order ID, Payment mode, Date); a water tanker's slip from its pad under its Gujarati name (No. left blank;
  Date, Name, Tankers and their sum written in, "Paid cash"; no reference); Indane's SMS ("payment of Rs.x for
  your Indane refill (Cash Memo ...) received via UPI on <dd-mm-yyyy>. Ref ... - Indane"); MyJio's JioFiber
  bill paid (a capsule, "<sum> paid for JioFiber", "<n> min ago"; Account, Transaction ID, Payment mode; no
  day). All new here.
* ``bank_alerts``: Bank of Baroda's SMS in Gujarati in a messages thread under its day divider ("તમારા ખાતા
  XX1234 માંથી રૂ.x UPI દ્વારા <PAYEE> ને <dd-mm-yyyy> ના રોજ ડેબિટ થયા છે. સંદર્ભ <ref>. ... - Bank of
  Baroda"); SMS in ICICI Bank's ("ICICI Bank Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited.
  UPI:<ref>. ..."), Union Bank's ("Your NEFT of Rs x to <PAYEE> (UTR ...) dated <dd/mm/yyyy> has been returned
  by the beneficiary bank ..."), IDBI Bank's ("IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd-mm-yy> is under
  process. Do not retry. Ref ...") and Canara Bank's ("An amount of INR x has been DEBITED to your account
  XXX123 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR ..."; no reference) wordings; the Kutch
  Mercantile Bank's notification in a phone's notification shade under its quick tiles ("KMCB mBanking . now";
  "Rs.x debited from A/c XX1234 by IMPS to <PAYEE>. IMPS Ref ... Avl bal ..."; no day); Saraswat Bank's mail
  ("An amount of INR x has been debited from your account XXXX1234 on <dd-mm-yyyy> towards RTGS to <PAYEE>
  (UTR ...)."); Truecaller's transaction card of Bank of India's SMS (BOI, Debit, the sum; To, A/c, Mode, Ref
  No., Date). All new here.
The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Gujarati and Noto
Serif Gujarati (regular and bold, fonts-noto-core) for the Gujarati lines, labels and hand, an upright DejaVu
Serif Condensed for a Gujarati hand's figures, an italic or oblique for the hand
(``heldout281_families.PENS``) and a fixed-width face of the page's own (``heldout281_families.TYPES``). The
Rann Utsav stall's cash memo and card sale are drawn in the crafts bazaar's days (10 November to 15 December
2026), its tent decorator's RTGS and the Tourism Corporation's stall fee in the days before it; the other days
anywhere in 2026. GST is 5% on the studio's Lippan work, 18% on a mural's works contract, MDF, boxes, courier,
software and premiums.

Truth conventions (heldout279's, heldout278's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*):
  beside PhonePe's sum under "Paid to" (never its UPI ID), after "to" on BHIM and Navi, under Paytm's "Paid
  Successfully to" and Amazon Pay's "Paid to", after "paid to" on Airtel Thanks' shared card and "Sent to" on
  POP (as heldout278's "You paid"); the registered name cut short where so printed (AABHLA LIPPAN KAAM STUD);
  never the app, the payer or "from <buyer>". *settled* (heldout268 to heldout279): a receiving business's own
  app pays the business named under the app, here the Haat under PhonePe Business. *settled* (heldout167 to
  heldout279): a payer's advice pays the one it pays, never the payer on top or a salutation; here Garvi
  Gurjari's સપ્લાયર / Supplier (never the corporation or its Gujarati line), ICICI Bank's Beneficiary name
  (never the payer in its sentence or ICICI Bank), SBI CMP's Name under Beneficiary details (never the
  Remitter), Meesho's Supplier, the name after "to" on Vyom (never the architects who forwarded it), IFMS'
  Payee (never the DDO), Oracle's Supplier (never IIM Ahmedabad); *settled* (new here) the addressee on a post
  card's address side (after "To, The Partner,"), because a post card's address is a letter's "To," (never the
  writer who signs it or "Dear Jasuben,"). *settled* (heldout155 to heldout279): an inward wire pays the
  studio, here the name after "to" on HSBC UK and TD, Mashreq's Beneficiary name, KCB's BENEFICIARY, Westpac's
  Beneficiary, SMBC's Beneficiary, UBS' Begünstigter / Beneficiary, DBS' "Payment to:" (never the remitter,
  the Remitter line or the bank on top). *settled* (heldout175 to heldout279): the studio's own paper pays its
  unit or itself on top, here the Haat on its Vyapar invoice, its gift voucher, its web shop's page and its
  roll, the studio on its stall's cash memo (never its stall line), its Razorpay page and its advance receipt
  (never the client), the Karigar Shala on its receipt book (never Received from); *settled* (new here) a name
  in Gujarati over its English: the English line, never the Gujarati, because the lines are one name and the
  evaluation's names are the page's Latin letters (as heldout278's Hindi and heldout279's Kaithi). *settled*
  (heldout187 to heldout279): a supplier's name on top of its own paper, here NAGRECHA MDF & PLY (never Buyer:
  or its stamp), Flipkart Wholesale's Seller (never the marketplace), KADRI MIRROR WORKS under its Gujarati
  name (never M/s), Itsy Bitsy, MORBI CORRUGATED BOXES (never Bill To), DEPARTMENT OF POSTS on top of its
  counter receipt, GoDaddy, the clay seller's name as he writes it (Rasul Mutwa; never his trade and village).
  *settled* (heldout179 to heldout279): a banking page pays the payee, here the name after "to" on InstaBIZ,
  RBL MoBank and SIB Mirror+, the Kutch Mercantile Bank's and IOB's Beneficiary, BoB's BENEFICIARY (never the
  REMITTER), Khatabook's supplier over its entry (*settled* heldout270 and heldout272, a payer's own record of
  the payment made), the payee in Bandhan Bank's sentence. *settled* (heldout150 to heldout279): a pay slip
  pays the worker, here the કારીગર / Artisan written on an account card (never the Karigar Shala on top), the
  name after "sent to" on slice and "to" on Tide, PayZapp and Groww, greytHR's Employee, the Name written on
  an advance voucher; *settled* (new here) a money transfer agent's receipt pays its BENE (beneficiary), never
  its SENDER or the agent's shop on top, because the agent only carries the sender's cash to the beneficiary's
  account. *settled* (heldout153 to heldout279): a fee page pays the authority as printed, here BHUJ
  NAGARPALIKA under its Gujarati name (never the Name), Cyber Treasury's Department (Registrar of Firms,
  Gujarat; never Cyber Treasury Gujarat or the Remitter, as heldout278's GRAS), Employees' State Insurance
  Corporation (never the Employer name), the Tourism Corporation of Gujarat Ltd. on top of its mail, the
  Directorate General of Foreign Trade, the Gujarat Labour Welfare Board (never the Establishment), the
  Transport Department, Gujarat under Vahan 4.0's title (never Vahan, as heldout278's Nivesh Mitra's
  Department), HODKA GRAM PANCHAYAT under its Gujarati name. *settled* (heldout199 to heldout279): an
  insurer's receipt pays the insurer on top (full or short as printed), or after "to" and "paid to" on an app
  (ICICI Lombard General Insurance Co. Ltd., Kotak General Insurance Ltd); never the Insured, Received from or
  a salutation. A slip's counter name line as printed (AABHLA HAAT, AABHLA - RANN UTSAV STALL 27, AABHLA
  KARIGAR SHALA, the hotel, the hardware store, the ship model shop), never *settled* the terminal's brand
  over it (PINE LABS, Paytm for Business, HDFC BANK, ICICI BANK, AXIS BANK, BANK OF BARODA), the Haat under
  Airtel Payments Bank on its device's screen, the weaver on top of his bill (never M/s). A utility's biller:
  PGVCL's English name under its Gujarati (never the Consumer name), after "to" (GTPL Broadband Pvt. Ltd.;
  never GTPL Connect), after "paid to" (Airtel Postpaid; never Bajaj Pay), Gujarat Gas Limited on top of its
  mail, after "for" (d2h), the tanker service's English name under its Gujarati, the biller named in its own
  SMS (Indane, *settled* heldout278), after "paid for" (JioFiber; never MyJio). An SMS, mail, notification or
  card alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's
  full stop, read across its lines where it wraps): the Gujarati SMS' "<PAYEE> ને", ICICI Bank's "; <PAYEE>
  credited", Union Bank's and IDBI Bank's "to <PAYEE> (UTR / from", Canara Bank's "towards NEFT to <PAYEE>.",
  the Kutch Mercantile Bank's "by IMPS to <PAYEE>.", Saraswat Bank's "towards RTGS to <PAYEE> (UTR"; *settled*
  (new here) Truecaller's card's To, because the card restates the bank's SMS field by field.
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), PhonePe's beside the
  payee; never POPcoins. *settled* (heldout152 to heldout279): a payer's advice counts its net sum, here Garvi
  Gurjari's ચૂકવેલ રકમ / Amount paid (never બિલની રકમ / Bill amount or TDS 1%), ICICI Bank's and SBI CMP's
  Amount, Meesho's Total payment (never a sub order's Price, Shipping or Net), Vyom's sum, IFMS' Net amount,
  Oracle's Amount (INR) in its row (never an invoice's sum under it), the post card's "Rs. x/-". *settled*
  (heldout155 to heldout279): an inward wire's foreign sum, here pounds (£ / GBP), dirhams (AED after the sum,
  *settled* heldout241), Canadian dollars (CA$ / CAD, *settled* heldout239 and heldout271), Australian dollars
  (A$ / AUD, *settled* heldout202), yen whole (¥317,000 / JPY 317,000 is 317000.00, *settled* heldout240),
  Swiss francs with apostrophes between the thousands (CHF 1'260.00 / 1'260.00 CHF is 1260.00, *settled*
  heldout261), Singapore dollars (S$ / SGD, *settled* heldout242); *settled* (new here) Kenyan shillings with
  KES or KSh before the sum (KSh 179,120.00 is 179120.00 KES), because KSh is Kenya's own mark for its
  shilling; never TD's Fee or its Recipient gets in rupees or SMBC's Charges (the remitter's, as heldout277's
  Hana Bank). *settled* (heldout175 to heldout279): a receipt counts the sum received, here the Vyapar
  invoice's Total (its Received the same; never a line, CGST 2.5% or SGST 2.5%), the cash memo's Total written
  in, the payment page's Amount, the advance in the advance receipt's sentence (never the Order value or the
  Balance on completion, *settled* heldout279), the order page's Total (never Subtotal or Shipping), the gift
  voucher's sum received (its Value the same), the receipt book's Rs., the roll's TOTAL (never CASH TEND or
  CHANGE, *settled* heldout25). A whole sum closed with /- is that sum in whole rupees (heldout259). *settled*
  (heldout187 to heldout279): a supplier's paper counts the sum paid, here the MDF dealer's Total (rounded)
  (never CGST 9% or SGST 9%), Flipkart Wholesale's sum, the mirror cutter's કુલ (total) written in (never a
  line's sum), Itsy Bitsy's Order total, Swipe's Total (its "Amount paid" the same), India Post's TOTAL (never
  TARIFF or GST 18%), GoDaddy's Total (never a plan's line or IGST 18%), the chit's Total (never a sack's or
  the cart's line). A banking page's sum. *settled* (heldout167 to heldout279): a pay slip's net sum, here the
  account card's કુલ / Total (its rate times its pieces), slice's, Tide's, PayZapp's and Groww's sum,
  greytHR's NET PAY (never an earning or a deduction), the advance voucher's Rs. in its box; *settled* (new
  here) a money transfer agent's AMOUNT, never its CHARGES or its TOTAL COLLECTED, because the charges are the
  agent's fee and only the amount reaches the beneficiary. A fee page's Amount / Amount paid / Fee / stall fee
  in a sentence / Amount; the LWF's Amount (never the employees' and employer's shares in its sentence). An
  insurer's premium with its GST (*settled*, heldout199 to heldout279), here Bajaj Allianz's Total (never Net
  premium, CGST 9% or SGST 9%), ICICI Lombard's sum, SBI General's Premium, IFFCO's Amount received, LIC's
  Total (never Premium or GST), the sum in Generali Central's sentence, Kotak General's sum, the cover note's
  Premium Rs. A slip's AMOUNT / Amount / TOTAL / AMT, a device's sum large, the weaver's કુલ (total). A
  utility's Amount paid, sum large, the sum in a sentence or an SMS, the tanker slip's sum written after its
  tankers. An alert's sum debited as worded (grouped the Indian or the English way or not at all), never an
  Avl bal, Available balance or Total Avail.bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Transaction Successful, "Paid Successfully to", Payment successful, a
  Payment Received capsule, Airtel Thanks' Payment successful, POP's large tick over "Sent to" successes;
  BHIM's Transaction Pending pending; Navi's Payment failed failed. A payer's "The amount paid above has been
  credited", "has made a payment to your account", "has been credited to the beneficiary's account", Vyom's
  Transaction successful, the post card's "I have sent ... by NEFT today" successes; *settled* (new here)
  Oracle iSupplier's Status Cleared a success, because a cleared payment is one the bank has paid out;
  Meesho's "Payment in process" pending (its UTR "Will be updated once paid" no id, *settled* heldout276);
  *settled* (new here) IFMS' "Rejected by bank" failed, because the bank refused the credit and the payment
  did not reach the payee (as a NEFT returned by the beneficiary's bank). A wire's Payment sent, "TRANSFER
  PROCESSED SUCCESSFULLY.", "Your transfer has been sent", "We have remitted the amount above", Ausgeführt /
  Executed, "The remitter has made the payment" successes; Mashreq's In process (its step Processing, Sent to
  come) pending; Westpac's "has been returned by the beneficiary's bank" failed (*settled*, as heldout278's
  Bank of America). A receipt's Received, "Recd. cash with thanks", "Received with thanks from", "Received Rs.
  x/- by card", the receipt book's "by UPI, Ref", the roll's CASH TEND successes; the payment page's Payment
  failed failed; the order page's Payment processing pending. A supplier's PAID stamp with "by NEFT, UTR ..."
  written under it, "રોકડા મળ્યા / Cash received", Swipe's Paid capsule, India Post's "PAID BY: UPI", "Your
  payment was received", "Recd. by PhonePe" successes; Flipkart Wholesale's Payment pending pending; Itsy
  Bitsy's Payment failed failed. A banking page's Successful, Status Paid, Fund transfer successful,
  Khatabook's "You Gave" (a payer's own record of the payment made, *settled* heldout270), "has been processed
  successfully" successes; *settled* (new here) Bank of Baroda's branch advice's RTGS STATUS: SETTLED a
  success, because an RTGS is settled at the Reserve Bank the moment it is paid; the Kutch Mercantile Bank's
  In process pending; RBL's Transaction failed failed. A pay slip's "ઉપર મુજબ રકમ રોકડા મળી." (received the
  sum above in cash) written in Gujarati, slice's large tick over "sent to", "Paid on ... by bank transfer",
  "Received in cash", the agent's STATUS: SUCCESS, Groww's Money sent successes; PayZapp's Payment pending
  pending; Tide's Payment failed failed. A fee page's "Tax received.", "Challan paid successfully", "has been
  received", "Contribution received", "Tax paid successfully.", "રોકડા મળ્યા" successes; Cyber Treasury's
  Payment failed (its bank's step failed) failed; DGFT's "Pending for confirmation from bank" pending. An
  insurer's "Premium received with thanks.", "We have received your payment", "Received by NEFT", "We have
  received <sum>", Kotak General's Policy purchased capsule, "Premium received in cash" successes; ICICI
  Lombard's Payment pending pending; SBI General's Payment failed failed. A slip's APPROVED - PIN VERIFIED,
  Card Payment Successful, APPROVED, SALE APPROVED, Payment successful successes, DECLINED failed; *settled*
  (new here) Bank of Baroda's AWAITING HOST RESPONSE, DO NOT RETRY pending, as heldout279's TXN IN PROGRESS
  and heldout278's host timed out; the weaver's "કાર્ડથી ચુકવણી મળી / Paid by card" a success. A utility's
  Status Success, "Bill paid successfully", "We have received your payment", "Paid cash", the SMS's "received
  via UPI", JioFiber's Payment successful capsule successes; GTPL's Payment processing pending; d2h's Recharge
  failed failed. *settled*: an SMS, mail, notification or card debit alert a success whatever its bank's
  wording (here in Gujarati too, and Truecaller's Debit); Union Bank's "has been returned by the beneficiary
  bank" failed (*settled*, heldout278); IDBI Bank's "is under process. Do not retry." pending (as heldout278's
  Axis Bank's "is pending").
* date: the day paid. A UPI screen's hour "on <day>", Initiated on, the day and hour under Paytm's sum, Date,
  Paid on, PhonePe Business' Date, "on <day>, <hour>" on Airtel Thanks' card; *settled* (new here) POP's
  weekday with its hour ("Friday, 03:15 pm") prints no day, because a weekday without its date names no
  calendar day (as Today and Yesterday). A payer's Payment date, Value date, Payment Date in Oracle's row,
  Vyom's Date, IFMS' Payment date (a rejected payment's day); Meesho's page prints no day; *settled* (new
  here) the post card's "today" is the day written at its head ("Mandvi, 11/03/2026"), because the writer
  dates the card on the day he writes that he paid. A wire's Date, Submitted on (Mashreq's, a pending's day),
  VALUE DATE, Date sent, Remittance date (2026/10/26, year first with slashes, *settled* heldout277),
  Ausführungsdatum / Execution date (17.10.2026), DBS' Payment date in its row; TD's "Submitted at <hour> ET"
  prints no day (an hour alone, *settled*). A receipt's Date: beside its number, the Date written on a cash
  memo or a receipt book, Attempted at, the day in the advance's sentence, Placed on, the roll's day; the gift
  voucher prints only its Valid till (*settled*: never a validity day) and so no day. A supplier's "dt. <day>"
  written under the invoice (never its Date:, as heldout279's sticky note), Placed on, the Date written,
  Attempted on, the day in Swipe's "Amount paid ... on <day>" (never its Invoice Date), India Post's DATE,
  GoDaddy's Receipt date; the clay seller's chit prints no day. A banking page's Date & time, Date & Time, the
  Date in IOB's row, BoB's DATE, Khatabook's Date, Bandhan's Date; SIB Mirror+'s "Today, <hour>" prints no day
  (*settled*). A pay slip's તારીખ / Date written in, slice's "on <day> at <hour>", greytHR's "Paid on <day>"
  (never its Pay period), the Date written on an advance voucher, Tide's Date, PayZapp's Initiated on, the
  agent's DATE; Groww's "<n> min ago" prints no day (*settled*, an age). A fee page's તારીખ / Date, Date, Paid
  on (never ESIC's Challan period), the day in the Tourism Corporation's sentence (never the bazaar's Period),
  Payment date (never the LWF's Period or Vahan's Tax upto), the panchayat's Date written in (never its Year);
  DGFT's page prints no day. An insurer's Date of payment (its Receipt Date the same), Initiated on, Attempted
  on, Payment date, LIC's Date: (never its Period), the day in Generali Central's sentence, the cover note's
  "received in cash on <day>" (never its Period); Kotak General's "Today, <hour>" prints no day. A slip's
  DATE, DATE/TIME, Date & Time (each with its time), the weaver's Date written in; Airtel Payments Bank's hour
  alone prints no day. A utility's Payment date, Initiated, Paid on, the day in Gujarat Gas' sentence, Date,
  the tanker slip's Date written in, the SMS's "on <dd-mm-yyyy>"; JioFiber's "<n> min ago" prints no day. The
  alerts' "<dd-mm-yyyy> ના રોજ" (*settled* (new here): the day in a Gujarati SMS's "on <day>", written in
  Latin figures as the bank sends it), "on <dd-Mon-yy>", "dated <dd/mm/yyyy>", "on <dd-mm-yy>", "on
  <dd/mm/yyyy>", "on <dd-mm-yyyy>", Truecaller's Date; the shade's "now" prints no day. All numeric days here
  are day first (heldout251, heldout259) but SMBC's year first. *settled*: never a Due date, a Period, a Pay
  period, a Challan period, a Bill month, a Year, a Valid till or Tax upto day, an invoice number's financial
  year or an e-mail's hour, the day inside a UTR (heldout210) or an app's, a terminal's or a bank's
  transaction id, the day inside a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (Garvi Gurjari's, ICICI Bank's, SBI CMP's and Meesho's
  NEFT or RTGS, Vyom's IMPS, IFMS' e-Payment (NEFT), Oracle's Method NEFT, the post card's NEFT; the advance's
  RTGS or NEFT; the MDF dealer's NEFT; the banking pages; greytHR's bank transfer (NEFT), Tide's IMPS; Cyber
  Treasury's, ESIC's, DGFT's and the LWF's net banking, the Tourism Corporation's NEFT; Bajaj Allianz's and
  LIC's NEFT; PGVCL's Net Banking; the NEFT, RTGS and IMPS alerts), *settled* (new here) the money transfer
  agent's MODE IMPS, because the agent's bank sends the cash to the account by IMPS; a SWIFT or other bank
  remittance either way (HSBC's International (SWIFT), Mashreq's SWIFT (SHA), KCB's SWIFT MT103, TD's Bank
  account (SWIFT), Westpac's International payment (SWIFT), SMBC's Telegraphic transfer, UBS' SWIFT, SHA, DBS'
  Telegraphic Transfer); UPI for the UPI screens, the Vyapar invoice's UPI, the web shop's UPI (Razorpay), the
  receipt book's "by UPI", Flipkart Wholesale's UPI, Swipe's "via UPI", India Post's PAID BY: UPI, "Recd. by
  PhonePe" (as *settled* heldout276's "by GPay"), Khatabook's Paid by UPI, slice, PayZapp and Groww, the
  professional tax's and Vahan's UPI, ICICI Lombard's, Generali Central's and Kotak General's UPI, the bills'
  UPI, the UPI alerts; card for the payment page's card, the gift voucher's card and its Approval code, Itsy
  Bitsy's Debit card, GoDaddy's Visa, SBI General's Credit card, IFFCO's Debit card, the slips and the device,
  the weaver's "Paid by card", d2h's Debit card; cash for "Recd. cash with thanks", the roll's CASH TEND,
  "Cash received", the account card's Cash, "Received in cash", "રોકડા મળ્યા", "Paid cash", "received in
  cash".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout279): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UPI Transaction ID, UPI Ref No, UPI transaction ID, UPI
  reference number, UTR / Reference no., IMPS Ref No., Bank reference (UTR), UPI Ref., TXN REF, BANK RRN, a
  UTR in a sentence or written by hand, a slip's RRN, an alert's UPI: / Ref / UTR / IMPS Ref, the Gujarati
  SMS' સંદર્ભ (reference), Truecaller's Ref No.), then a bank reference (HSBC reference, Mashreq's Transaction
  reference, KCB's REFERENCE, TD's Confirmation #, Westpac reference, SMBC's Remittance No., UBS' Referenz /
  Reference, IFMS' Transaction Ref. No., InstaBIZ's Transaction Reference No., the Kutch Mercantile Bank's
  Transaction ID, PGVCL's Bank Ref. No., the LWF's and Vahan's Bank Ref. No., Bajaj Pay's BBPS Txn Ref), then
  a transaction / payment id (PhonePe's Transaction ID, Navi transaction ID, Amazon Pay transaction ID,
  Meesho's Payment ID, the Razorpay Payment ID, PayZapp Txn ID, Tide's Transaction ID, the agent's TXN ID,
  Cyber Treasury's Transaction ID, ESIC's Transaction number, DGFT's Transaction ID, Vahan's Transaction No.,
  an insurer's Payment ID / Transaction ID / Payment reference, Paytm for Business' Txn ID, the bills'
  Transaction ID), then an approval code (the gift voucher's Approval code, APPR CODE, Auth Code, AUTH, Auth
  code), then an order's number (Order #, Order ID), then a document's own number (Invoice No., Receipt No.,
  BILL NO, Receipt #, Invoice #, the account card's Card No. (*settled*, as heldout279's piece work card),
  INVOICE, INV NO, BATCH/INV's invoice, ESIC's Challan number, the LWF's and Vahan's Receipt No.; *settled*
  (new here) Oracle's Payment Number, the payer's payment document's own number (as heldout279's SAP
  CLEAR.DOC), and Cyber Treasury's e-Challan No., the challan's own number made before its payment (as
  heldout278's CPIN)). *settled*: never a card, account or mobile number, a UPI ID, IFSC, GSTIN, PAN, an Udyam
  number, a Policy No., a Proposal No. or Quote No., a Consumer, Subscriber or Account ID, a slip's TID / MID
  / BATCH, a No. left blank, an invoice or bill number named on an advice (heldout272), a Bill No. or Token
  No. on IFMS, a Scheme No., a cover note's number (heldout277); *settled* (new here) never India Post's ART
  NO (the article's tracking number, not the payment's), IFFCO's Certificate No. (the cargo's certificate, as
  a Policy No.), a gift voucher's Voucher No. (the voucher's own number, the thing bought), ESIC's Employer
  code, DGFT's IEC, the professional tax's Enrolment No., a Property No., a vehicle's Registration No. or an
  Indane SMS's Cash Memo number (below its Ref)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout281_families import (
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

SPLIT = "heldout281"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans Display
# and DejaVu Sans Condensed among them), the pages in Noto Serif, Liberation Serif (liberation2), DejaVu
# Serif, FreeSerif, Noto Sans and DejaVu Sans Condensed, the studio's, its suppliers' and its artisans'
# papers in Noto Serif Display, DejaVu Serif Condensed, Liberation Serif, FreeSans and Liberation Sans
# Narrow, the slips in five monos; beside them Noto Sans and Noto Serif Gujarati (regular and bold,
# fonts-noto-core) for the Gujarati lines, labels and hand, a pen's italic or oblique
# (``heldout281_families.PENS``) and a page's own fixed-width face (``heldout281_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSans-Regular.ttf",
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
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout281_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout281 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

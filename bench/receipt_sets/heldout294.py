"""heldout294: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a tholu bommalata workshop's year of 2026 in Nimmalakunta, Dharmavaram mandal, Sri
Sathya Sai district, Andhra Pradesh (Tholubomma Kala Kendram, Shri Sindhe Narasimhulu's proprietary firm,
GSTIN 37BXNPS4826L1Z7, Udyam UDYAM-AP-26-0048217, with his son Sindhe Ravi Kumar, who leads the troupe's
shows, and his daughter-in-law Sindhe Hemalatha, who keeps the gallery's web shop and its accounts: its
artisans of Nimmalakunta, Dalavai Anjaneyulu, Sindhe Gangamma, Dalavai Pedda Ramudu, Sindhe Lakshmidevi,
Dalavai Obulesu, Sindhe Narayanamma, Dalavai Chinna Venkatesu and Sindhe Sreeramulu, soak and scrape goat
hides till a lamp shows through them, draw the figures, punch their outlines and jewels with chisels, paint
them in vegetable and mineral colours (a vermilion, a leaf green, a turmeric yellow, an indigo and a lamp
black) and join their limbs with knotted pins to bamboo sticks; its puppets of Hanuman and of Krishna with his
flute, Ravana's ten-headed panel, the clowns Ketigadu and Bangarakka, Rama and Sita wall hangings, painted
lamp shades, peacock lamps, door hangings (toranam), Ganesha panels, bookmarks and coasters; its troupe, Sri
Rama Tholubommalata Brundam, whose players, Bommala Hanumanthu on the mridangam, Sindhe Kullayappa on the
harmonium, Dalavai Ramakka singing and Sindhe Pedda Yellappa on the tala, play the Ramayana's nights (Lanka
Dahanam, Sundarakanda) behind a lit white screen at temple festivals, schools and museums; its workshop at
Nimmalakunta, Charma Chitra Shala; its gallery on Chitravathi Road, Puttaparthi, Tholubomma Gallery; stall 37
at the crafts bazaar of Shilparamam, Madhapur, Hyderabad in its Sankranti fair; the web shop tholubomma.in;
Lepakshi (the A.P. Handicrafts Development Corporation), Gaatha, a Bengaluru hotel, a Chennai crafts museum
trust, a Hyderabad interiors studio, the Central Cottage Industries Corporation, a Bengaluru school and a
temple festival committee at home, and puppet theatres, galleries and collectors in Germany, Japan, Czechia,
Switzerland, Indonesia, New Zealand, Norway and America abroad), told by the proofs of payment it receives
(buyers' JioFinance, POP, IOB Mobile, DBS digibank, Standard Chartered's SC Mobile, Ujjivan Mobile and
IndusInd's INDIE screens and ICICI Bank's InstaBIZ on the gallery's phone; Lepakshi's payment advice under its
Telugu name, Gaatha's plain-text mail, a Bengaluru hotel's Teams chat, Karur Vysya Bank's enquiry of a museum
trust's NEFT rejected, a Hyderabad studio's Dynamics 365 remittance advice, the Cottage's Oracle vendor
payment advice, a school's NEFT in process on SIBerNet and a temple committee's Telugu voucher; Commerzbank,
Mizuho Bank, Česká spořitelna's George, PostFinance, KlikBCA, ASB, DNB and Chase for buyers in Freiburg,
Osaka, Brno, Basel, Yogyakarta, Wellington, Bergen and Santa Fe in euros, yen, koruna, Swiss francs, rupiah,
New Zealand dollars, Norwegian kroner and US dollars; the gallery's tax invoice, the web shop's Wix mail,
BillDesk's failed page, OkCredit on the gallery's phone, the troupe's advance receipt for a show, Stripe's
checkout in process, the Shilparamam stall's cash memo and the firm's Refrens payment receipt) and those it
makes (a hide dealer's account in a Telugu hand, Camlin Store's order pending, a Dharmavaram bamboo depot's
bill, an Anantapur paints and art centre's invoice, NimbusPost's wallet, APSRTC Logistics' parcel counter
receipt, Tradeindia's failed checkout and a Dharmavaram press's Vyapar invoice; TMB mPay, KVB DLite, CUB All
in One, Dhanlaxmi Mobile, PSB UnIC, SIB Mirror+, Mahamobile Plus and Andhra Pradesh Grameena Bank's passbook
for the tannery, the craft materials store, the blacksmith, the transporter, the timber depot, the packaging
works, the framer and the art printers; a player's chit in a Telugu hand, Keka's payslip, BHIM SBI Pay, KBL
Mobile Plus, a master craftsman's honorarium receipt, Equitas' Selfe, Indian Bank's IndPay and a Sankranti
bonus voucher; CFMS for the professional tax, Dharmavaram Municipality's property tax, the Labour Department's
shop registration, Nimmalakunta Gram Panchayat's house tax, Passport Seva for the troupe's leader, Puraseva
for Puttaparthi's trade licence, Shilparamam's stall rent and IGRS for a lease deed's stamp duty; Universal
Sompo's, Aditya Birla Health's, ManipalCigna's, Kotak General's, Reliance General's, Postal Life Insurance's,
PNB MetLife's and Bajaj Allianz's premiums; cards on the gallery's HDFC Bank terminal, the stall's Indian Bank
terminal and the gallery's Mswipe app and the firm's card at a Puttaparthi restaurant, a Hyderabad hotel, an
Anantapur book house, a Puttaparthi tiffin centre and a Bengaluru packaging store; APSPDCL, AP State FiberNet,
HP Gas through HP Pay, a cable network's receipt book, Hathway, d2h, Bharat Gas through HelloBPCL and ACT
Fibernet; the banks' SMS, Andhra Pradesh Grameena Bank's SMS in Telugu, RBL Bank's mail, Karnataka Bank's SMS
forwarded in a WhatsApp chat and City Union Bank's heads-up notification). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout292's or heldout293's; where a kind of paper is one they also drew (a tax invoice, a festival stall's
cash memo, a receipt book's page, a payslip, a bonus voucher, a share card, a bank's SMS in the region's
language, a mail), it is drawn here for another issuer in this set's own labels and marks, and near ones of
heldout290's and heldout291's are noted: Sparkasse's and Kiwibank's pages there, Commerzbank's app and ASB's
app here; OkCredit on a fuel depot's phone there, on the gallery's here; State Bank of India's and Bank of
Baroda's SMS there and here in other wordings; Bharat Gas, d2h and the gram panchayat's house tax there and
here for other hands and in other arrangements; a passbook page and a heads-up notification, kinds heldout291
drew for other banks; the families' docstrings list each one's labels). This set draws kinds of row and page
heldout292 and heldout293 do not: Telugu lines in Noto Sans and Noto Serif Telugu shaped by Raqm, as a name
over its English, a heading, a bank's SMS and a Telugu hand's lines, sums and "received" or "paid"; an Andhra
form's numbered field (its number in a small ring, its Telugu name in bold over its English small, a colon and
the value on a dotted line, written by hand or printed); a tholu bommalata figure as a letterhead's emblem
(the goat hide lit from behind in a rounded panel, a figure in profile painted on it with its tall crown, its
almond eye, a necklace of punched dots, a pleated lower cloth, an arm jointed with knotted pins and a bow or a
mace, the holes of the chisel letting the lamp through, its bamboo sticks); a punched leather strip as a
divider (holes, crescents and painted diamonds between two vermilion rules); an outcome's octagon (a tick, a
cross, or a wait's three dots); a payment's progress bar; a bank's SMS forwarded into a chat under its
Forwarded mark; the soot of the show's castor oil lamps in a page's margins; a page photographed lying on a
scraped goat hide on a wooden bench. They draw beside them heldout269's to heldout289's rows (striped tables,
tables ruled on every side, dot leaders, shaded labels, labels against a gutter, labels at the left and values
at the right over hairlines, hairline rows, tinted outcome bands, capsules, tiles two to a row, values over
their labels, labels over their values two to a row, copyable fields, read-only boxed fields, notice boxes,
tinted panels, spinners, large round marks, badges with initials, chat bubbles and a chat's day divider,
rounded cards, hand-written fills and columns on a ruled page, tick boxes, numbers struck in red, a
fixed-width mail's lines, a passbook printer's lines, round, oval and rectangular stamps, signatures, a pen's
tick, a torn roll).

* ``buyer_upi``: Buyers paying Tholubomma Gallery or the firm: JioFinance's Payment Successful under an
  octagon's tick (the sum, "Paid to" the payee over its UPI ID; Transaction ID, UPI Ref No, Paid from, Date &
  Time each a label at the left and its value at the right over a hairline); POP's "Payment sent to" under the
  payee's badge (the sum, "Today, <hour>"; a copyable UPI Ref No; "From <bank> A/c via UPI"; no day); IOB
  Mobile's SUCCESS capsule (the sum; a table ruled on every side: Payee Name, UPI Ref No, Txn Date & Time,
  Remarks, Debit A/c); DBS digibank's Payment successful ("Sent to <payee>"; each value over its label:
  digibank reference, UPI reference number, Paid on, Paid from); Standard Chartered's SC Mobile in its dark
  theme with a payment failed under an octagon's cross (the reason in a notice; Transaction reference, UPI Ref
  No, Attempted on, Paid from in dot leaders); Ujjivan Mobile's shared receipt under an octagon's tick (the
  sum, "Payment successful", "to <payee>", the day and hour, "via UPI"; no reference); IndusInd Bank's INDIE
  with a payment in progress over a progress bar (the sum, "to <payee>", a warning's notice; shaded labels:
  Transaction ID, UPI Ref No, Initiated, Mode); ICICI Bank's InstaBIZ on the gallery's phone (the gallery
  under the app, Collection Received, the sum, "from <buyer> (<UPI ID>)"; UPI Ref No. and Credited on in two
  tiles; the account credited). All new here.
* ``buyer_advices``: Payers' advices of what they paid the firm: Lepakshi's payment advice under the
  Corporation's Telugu name (No. beside Dt., "To" the firm as M/s.; Sub:; a table ruled on every side S.No. |
  Bill No. | Bill Date | Bill Amount | TDS 194Q | Net Paid with its Total Net Paid; "The amount of Rs. x has
  been remitted to your account by NEFT, UTR ..., on <day>."); Gaatha's plain-text mail of a payment released
  (Vendor, Amount, Mode, UTR, Value date, Invoices in a fixed-width face between dashed rules); a Bengaluru
  hotel's accounts writing in Microsoft Teams under a "Yesterday" divider ("payment done: Rs. x to <payee> by
  IMPS", "IMPS ref ..."; no day); Karur Vysya Bank's corporate enquiry of a Chennai museum trust's NEFT
  rejected on a tinted band (labels small over their values two to a row: Reference No., UTR; Beneficiary
  Name, Beneficiary A/c; Amount, Value Date; Product, Reason); a Hyderabad interiors studio's Remittance
  Advice from Dynamics 365 Business Central (labels small over their values two to a row: Vendor, Vendor No.;
  Payment No., Posting Date; Payment Reference, Payment Method; Document Type | Document No. | Your Document
  No. | Amount on hairline rows; Total Amount on a tinted panel; its sentence); the Central Cottage Industries
  Corporation's VENDOR PAYMENT ADVICE from Oracle E-Business Suite (its sentence; Payment Number, Payment
  Date, Supplier Number, Supplier Name, Supplier Site, Payment Method, Bank Ref (UTR) typed in its printer's
  face; a striped table Reference | Doc. Date | Gross | TDS | Net with its Net Amount Paid); a Bengaluru
  school's NEFT in process on South Indian Bank's SIBerNet under a spinner (a notice; Debit Account,
  Beneficiary, Amount, Transaction Ref No., Initiated On, Payment Mode in dot leaders); a temple festival
  committee's PAYMENT VOUCHER under its Telugu name (No. left blank; numbered fields, each its Telugu name
  over its English and the value written by hand: తేదీ / Date, ఎవరికి / Paid to, దేనికి / Towards, మొత్తం /
  Amount; "నగదు రూపంలో చెల్లించాము" (paid in cash) in a Telugu hand; no reference). All new here.
* ``export_wires``: Puppet theatres, galleries and collectors abroad paying the firm for puppets, panels and
  shows: Commerzbank's app with a foreign transfer done in euros the German way under an octagon's tick
  (Überweisung ausgeführt / Transfer executed, "an / to <beneficiary>", "Heute, <hour> Uhr"; labels small over
  their values: Empfängerbank / Beneficiary bank, BIC, Auftragsnummer / Order no., Entgelt / Charges; no day);
  Mizuho Direct's overseas remittance result in yen (its sentence; labels set to the right against a gutter:
  Remittance Amount, Beneficiary Name, Beneficiary Bank, Remittance Date year first with slashes, Reference
  No., Method); Česká spořitelna's George with a payment being processed in koruna under a spinner (Platba se
  zpracovává / Payment is being processed, the sum; each value over its label: Příjemce / Recipient, Datum
  zadání / Entered on as Czech writes a day (4. 5. 2026), Reference platby / Payment reference, Typ / Type);
  PostFinance's Zahlung ausgeführt / Payment executed in Swiss francs on a tinted band (shaded labels in
  German and English: Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date, Referenz
  / Reference, Spesen / Charges); KlikBCA's Transfer Valuta Asing in rupiah the Indonesian way (Transaksi
  Berhasil / Transaction Successful in a capsule; a striped table of Tanggal / Date, Nama Penerima /
  Beneficiary Name, Bank Penerima / Beneficiary Bank, Jumlah / Amount, No. Referensi / Reference No., Jenis /
  Type; Pengirim / Remitter under it); ASB's overseas payment returned in New Zealand dollars on a tinted band
  (the reason in a notice; Payee, Amount, Date, Reference, Payment type in dot leaders); DNB's shared card in
  Norwegian kroner (Betalingen er sendt / Payment sent, the sum, Til / To, Dato / Date; no reference); Chase's
  wire transfer completed in US dollars (Amount, Recipient, Recipient bank, SWIFT/BIC, Send date month first
  in words, Wire reference, Wire fee in columns). All new here.
* ``own_receipts``: The firm's own papers, its gallery, its troupe or itself on top: Tholubomma Gallery's TAX
  INVOICE under a tholu bommalata figure, its Telugu name and a punched strip, to a Hyderabad buyer (Invoice
  No. and Invoice Date beside Place of Supply: Telangana (36) and the buyer's GSTIN; Description | HSN | Qty |
  Rate | Taxable Value on hairline rows, IGST 5%; Invoice Total under its rules; "Paid by UPI (UTR ...) -
  received with thanks."); the web shop's Wix Stores mail ("Thanks for your order #n"; Order number, Order
  date, Payment "UPI (paid)" in columns; Item | Qty | Price on hairline rows; Subtotal, Delivery, Total each a
  label at the left and its value at the right); BillDesk's Transaction Failed for the gallery under an
  octagon's cross (the reason in a notice; a table ruled on every side: Order No., BillDesk Txn ID, Bank Ref.
  No. NA, Amount, Payment Mode, Date & Time); OkCredit on the gallery's phone (the gallery under the app, the
  buyer's badge and name, Payment received, the sum, "Today, <hour> | Paid online (UPI)", UPI Ref; no day);
  the troupe's ADVANCE RECEIPT for a show under its Telugu name (No. struck in red; numbered fields, each its
  Telugu name over its English and the value written by hand: తేదీ / Date, ఎవరి నుండి / Received from, దేనికి
  / Towards, అడ్వాన్సు / Advance "Rs. x/- by UPI", రిఫరెన్స్ / UPI Ref, బాకీ / Balance after the show);
  Stripe's checkout for the web shop with the payment processing under a spinner (its sentence; Amount,
  Payment method, Payment ID, Date in dot leaders); the Shilparamam stall's CASH MEMO under the gallery's
  Telugu name, photographed lying on a goat hide (No. left blank; Date and Name written in, Item | Qty | Rs.
  written in its columns, Total, "నగదు ముట్టింది" (cash received) in a Telugu hand; no reference); the firm's
  PAYMENT RECEIPT from Refrens (Receipt # and Payment Date two to a row; Received from; Amount Received,
  Payment Mode, Transaction Reference each a label at the left and its value at the right; Invoice # | Invoice
  Date | Amount Applied on hairline rows). All new here.
* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a hide dealer's account written
  in a Telugu hand in a ruled notebook (his name in Latin letters, తేదీ and the day, the goat and sheep hides
  by the piece with their sums, మొత్తం (total), "నగదు ముట్టింది" (cash received), his signature; the soot of
  the lamps in its margins; no reference); Camlin Store's order with the payment for the colours pending under
  an octagon's three dots (a notice; Sold by, Items, Order No., Order total, Payment method, Payment ID,
  Placed on in dot leaders); a Dharmavaram bamboo depot's BILL from its pad (No. struck in red; Date and M/s.
  written in; the sticks and canes written in their columns, Total; Cash / UPI / Credit printed in boxes, UPI
  ticked by hand; UPI Ref No. written in); an Anantapur paints and art centre's TAX INVOICE (Invoice No.
  beside its earlier Invoice Date; a striped table of colours and brushes with CGST 9% and SGST 9%; Total;
  "Amount received Rs. x/- by NEFT, UTR ..., on <day>."; its rectangular PAID stamp under it); NimbusPost's
  wallet recharge on the gallery's phone under a large round tick (the sum, "Paid to" over NimbusPost;
  Transaction ID, Payment mode, "Paid at Today, <hour>", Wallet balance as label and value on a line; no day);
  APSRTC Logistics' PARCEL BOOKING RECEIPT on a torn roll (LR No, Booking Date, From, To, Articles, Weight,
  Freight, GST 18%, Total, Paid by UPI, UPI Ref, ** PAID **); Tradeindia's TI Pay checkout failed for leather
  chemicals on a tinted band (the reason in a notice; shaded labels: Seller, Order ID, Amount, Payment mode,
  Txn ID, Tried on); a Dharmavaram press's Tax Invoice made in Vyapar (Invoice No. and Date two to a row; Bill
  To; the tags, boxes and brochures on hairline rows; Sub Total, SGST@9%, CGST@9%, Total, Received, Balance as
  label and value on a line; "Payment Mode: UPI | Ref No.: ..."). All new here.
* ``vendor_transfers``: The firm's payments from its banks' apps and pages: Tamilnad Mercantile Bank's TMB
  mPay with a NEFT failed under an octagon's cross ("to <payee>", the reason in a notice; Reference No., Date,
  From A/c, Mode each a label small over its value in a rounded box); Karur Vysya Bank's DLite IMPS successful
  (the payee over Beneficiary; two tiles to a row: IMPS Ref No, Date; From A/c, Mode); City Union Bank's CUB
  All in One UPI payment to the blacksmith under a large round tick ("Paid to <payee>"; UPI Ref No, Date &
  Time, UPI ID, From in dot leaders); Dhanlaxmi Bank's Dhanlaxmi Mobile IMPS successful ("Today, <hour>"; a
  striped table: Beneficiary, Account, IFSC, IMPS Ref No, Debit A/c; no day); Punjab & Sind Bank's PSB UnIC
  with an RTGS in progress over a progress bar (its stages in a line; a warning's notice; a table ruled on
  every side: Beneficiary Name, Amount, UTR, Initiated On, Mode, Status); South Indian Bank's SIB Mirror+ NEFT
  successful (shaded labels: Beneficiary Name, Amount, UTR, Transaction Date, Remarks, Debit Account); Bank of
  Maharashtra's Mahamobile Plus UPI payment (each value over its label: Paid to, UPI Ref No, Date, Paid from);
  Andhra Pradesh Grameena Bank's passbook page under its Telugu name (Date | Particulars | Chq | Withdrawal |
  Deposit | Balance, the entries in its printer's face: B/F, the "TO NEFT/<PAYEE>" debit cut where the printer
  cuts it with the accountant's tick, C/F; no reference). All new here.
* ``worker_pay``: The firm paying its artisans, players and staff: a player's chit written in a Telugu hand
  after a show (రశీదు, తేదీ and the day, "for playing <the instrument> (or singing) at the bommalata", ముట్టిన
  మొత్తం (the sum received) and its figure, "నగదు ముట్టింది" (cash received), his signature and his name under
  it; the lamps' soot; no reference); the gallery staff's payslip from Keka (Payslip for the month of ...;
  labels small over their values two to a row: Employee Name, Employee No.; Designation, Location; Pay Period,
  Paid Days; Earnings | Amount | Deductions | Amount in a table ruled on every side; Net Pay on a tinted
  panel; "Net pay credited on <day> by NEFT, UTR ..."); BHIM SBI Pay's Money sent successfully to an artisan
  ("to <artisan>"; labels small over their values: UPI Ref No., Date & Time, Paid from); Karnataka Bank's KBL
  Mobile Plus with a payment pending to an artisan under a spinner ("to <artisan>", a warning's notice; labels
  small over their values two to a row: UPI Ref No, Started on; Paid from); a master craftsman's HONORARIUM
  RECEIPT typed on the firm's paper under its Telugu name ("Received from ... the sum of Rs. x/- (in words)
  towards honorarium for teaching leather punching ..., paid by IMPS, Ref ..., on <day>."; his signature and
  his name under it); Equitas Small Finance Bank's Selfe with a UPI payment failed to an artisan on a tinted
  band (the reason in a notice; each value over its label: UPI Ref No, Date, From account); Indian Bank's
  IndPay payment details ("Payment to <artisan>", the sum, Completed, "Today, <hour>"; UPI transaction ID,
  Bank account, To UPI ID as label and value on a line; no day); a SANKRANTI BONUS VOUCHER under the firm's
  Telugu name and a punched strip (numbered fields, each its Telugu name over its English: ఓచర్ సంఖ్య /
  Voucher No. printed, తేదీ / Date, పేరు / Name, మొత్తం / Amount, విధానం / Paid by "UPI, Ref ..." written by
  hand; the receiver's signature). All new here.
* ``govt_fees``: The firm's fees and taxes, the authority paid as printed: the CFMS e-challan for the
  professional tax to the Commercial Taxes Department (Challan No., Department, Head of Account, Remitter,
  Amount, Bank Reference No., Payment Date, Mode, Status Success in a table ruled on every side); Dharmavaram
  Municipality's property tax on the CDMA portal failed under an octagon's cross (the reason in a notice;
  Assessment No., Owner, Half Year, Amount, Transaction ID, Payment mode, Attempted on in dot leaders); the
  Labour Department's shop registration renewal receipt (Application No., Registration No., Establishment,
  Fee, Transaction ID, Bank Ref. No., Payment Date, Mode each a label at the left and its value at the right);
  Nimmalakunta Gram Panchayat's house tax receipt from its book under its Telugu name (No. left blank;
  numbered fields, each its Telugu name over its English and the value written by hand: తేదీ / Date, పేరు /
  Name, ఇంటి నంబరు / House No., మొత్తం / Amount; "నగదు ముట్టింది" (cash received) in a Telugu hand; an oval
  stamp; no reference); the Ministry of External Affairs' Passport Seva receipt for the troupe's leader (ARN,
  Applicant, Amount, Bank Reference No., Transaction ID, Payment Date, Mode in columns); the Puraseva app with
  Puttaparthi Nagar Panchayat's trade licence fee paid ("Today, <hour>"; Licence No., Demand No., Transaction
  ID, Paid via as label and value on a line; no day); Shilparamam's stall rent with the payment awaiting
  confirmation under a spinner (a notice; a striped table: Stall No., Exhibitor, Period, Rent, Transaction ID,
  Mode, Initiated on); IGRS Andhra Pradesh's challan receipt for a lease deed's stamp duty and registration
  fee (two to a row: Challan No., Date; Document, SRO; Stamp Duty, Registration Fee; Total on a tinted panel;
  Bank Ref. No., Mode). All new here.
* ``insurer_receipts``: The firm's premiums, the insurer on top or after "to": Universal Sompo's PREMIUM
  RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy (Receipt No., Receipt Date, Policy No.,
  Insured, Period against a gutter; Net Premium, CGST 9%, SGST 9% and Total Premium on a striped table;
  "Received with thanks by NEFT, UTR ..."); Aditya Birla Health's Activ Health app (Renewal successful, the
  sum, "Paid to <insurer>"; a copyable Transaction ID; Paid on, Payment mode, UPI Ref as label and value on a
  line); ManipalCigna's renewal with the payment under process over a progress bar (a notice; shaded labels:
  Proposal No., Premium, Payment mode, Transaction ID, Initiated on); Kotak General's mail of the delivery
  bike's policy issued (its sentence; Policy No., Vehicle, Premium (incl. GST), Payment ID, Payment date,
  Payment mode in columns); Reliance General's payment failed on a tinted band (the reason in a notice; each
  value over its label: Premium, Order ID, Card, Attempted on); Postal Life Insurance's premium receipt book
  at the Dharmavaram post office (Policy No. and the insurant printed; Month | Premium | Date | Remarks
  written in its columns, "Recd. cash"; the office's round date stamp; no reference); PNB MetLife's mail of a
  renewal premium received (its sentence; a table ruled on every side: Policy No., Premium Due Date, Amount
  Received, Receipt No., Transaction Ref No., Mode); Bajaj Allianz's Caringly Yours app with the shop's policy
  renewed ("Today, <hour>"; the sum, "Paid to <insurer>"; Policy No. and Product in two tiles; a copyable
  Transaction ID; Paid via; no day). All new here.
* ``card_slips``: Cards on the gallery's terminals and the firm's card elsewhere: HDFC Bank's SmartPOS slip at
  the gallery (SALE; DATE and TIME, MID and TID, BATCH and INVOICE two to a line; CARD NUM, CARD TYPE; APPR
  CODE and RRN on a line; TOTAL AMOUNT; APPROVED, PIN VERIFIED OK; CUSTOMER COPY); Axis Bank's slip at a
  Puttaparthi restaurant with a tip (DATE, TIME, TID, ROC, CARD, AUTH, RRN, BASE AMT, TIP AMT, TOTAL AMT;
  APPROVED, NO SIGNATURE REQUIRED); Bank of India's Worldline slip at a Hyderabad hotel TRANSACTION DECLINED
  (55 INCORRECT PIN); Indian Bank's slip at the Shilparamam stall in the fair's days (Txn Date, Txn Time, Mid,
  Tid, Batch#, Invoice#, Card#, Auth Code, RRN, Sale Amount; Txn Approved); Canara Bank's slip at an Anantapur
  book house (DT and TM on a line, CARD, APPR, RRN, SALE AMT; TXN APPROVED); a Puttaparthi tiffin centre's
  bill written by hand under its Telugu name (Date written in; the dishes in their columns, Total; "Paid by
  card"; no reference); the Mswipe app on the gallery's phone (the gallery under the app, Card payment
  approved under an octagon's tick, the sum, the card and "Just now"; Auth code, RRN, Txn ID as label and
  value on a line; no day); AU Small Finance Bank's slip at a Bengaluru packaging store with the issuer's
  answer late (TRANSACTION TIMED OUT, STATUS: PENDING WITH ISSUER, DO NOT RETRY). All new here.
* ``utility_bills``: The workshop's and the gallery's bills: APSPDCL's online payment receipt under an
  octagon's tick (a striped table: Service No., USC No., Consumer Name, Bill Month, Amount Paid, Receipt No.,
  Transaction ID, Paid on, Mode); AP State FiberNet's app with the bill paid ("to <biller>"; CAF No. and Bill
  month in two tiles; a copyable Transaction ID; Paid on, Payment mode, UPI Ref as label and value on a line);
  HP Pay's refill booked and paid under a large round tick ("Today, <hour>"; "Paid to HP Gas", the distributor
  under it; Booking No., Transaction ID, Paid via as label and value on a line; no day); a Puttaparthi cable
  network's MONTHLY RECEIPT from its book (No. left blank; Date, Name, Month, Amount Rs. written in; "Recd.
  cash with thanks" in the hand; no reference); Hathway's bill payment failed on a tinted band ("for
  <biller>", the reason in a notice; Customer ID, Amount, Transaction ID, Card, Attempted on in dot leaders);
  d2h's recharge receipt (Recharge Successful in a capsule; labels set to the right against a gutter: VC No.,
  Pack, Amount, Recharge Date, Transaction ID, Payment Mode); HelloBPCL's Bharat Gas refill with the payment
  pending under an octagon's three dots ("for <biller>", a notice; Booking No. and Consumer No. in two tiles;
  shaded labels: Transaction ID, Initiated on, Mode); ACT Fibernet's mail of a payment received (its sentence;
  a table ruled on every side: Account No., Plan, Receipt No., Transaction ID, Mode). All new here.
* ``bank_alerts``: The banks' alerts of the firm's payments: Andhra Pradesh Grameena Bank's SMS in Telugu in
  its messages thread under its day divider ("ప్రియమైన ఖాతాదారుడా, మీ ఖాతా XX1234 నుండి రూ.x UPI ద్వారా
  <PAYEE> కు <dd-mm-yyyy> న డెబిట్ అయింది. రిఫరెన్స్ నం. <ref>. ..."); SMS in State Bank of India's ("Dear UPI
  user A/C X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno <ref>. ..."), Bank of Baroda's ("IMPS
  transfer of Rs.x to <PAYEE> on <dd-mm-yy> has failed. IMPS Ref ... Amount, if debited, will be credited
  back."), Karur Vysya Bank's ("Your A/c XX1234 is debited with INR x on <dd-mm-yyyy> for NEFT to <PAYEE>. Avl
  Bal INR y"; no reference) and Punjab & Sind Bank's ("RTGS of Rs x to <PAYEE> dated <dd/mm/yyyy> is pending
  for credit at the beneficiary bank. UTR ... Please do not re-initiate.") wordings; RBL Bank's mail ("INR x
  has been debited from your RBL Bank account XXXX1234 on <dd-Mon-yyyy> towards NEFT to <PAYEE>. UTR: ...");
  Karnataka Bank's SMS forwarded into a WhatsApp chat (the contact's name on top, a "Today" divider, the
  bubble's Forwarded mark over the SMS: "Your A/c XX1234 is debited for Rs.x on <dd-mm-yy> by UPI Ref no ...
  to <PAYEE>. ...", the chat's hour and ticks, a word of hers after it); City Union Bank's heads-up
  notification over the gallery's stock app dimmed under it ("CUB All in One" and "now", Debit alert, "Rs.x
  debited from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans Telugu and Noto Serif Telugu
(regular and bold, fonts-noto-core) for the Telugu lines, labels and hand, an upright Noto Sans for a Telugu
hand's figures and Latin letters, an italic for the hand (``heldout294_families.PENS``) and a fixed-width face
of the page's own (``heldout294_families.TYPES``). The Shilparamam stall's cash memo and card slip are drawn
in the fair's days (9 to 18 January 2026), the Sankranti bonus in the days before Sankranti (5 to 12 January
2026) and Chase's page on a day after the 12th; the other days anywhere in 2026. GST is 5% on the leather
craft (IGST 5% to a buyer in Telangana), 18% on the colours, the printing, the parcel's freight and the
premiums.

Truth conventions (heldout293's, heldout292's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): after
  JioFinance's "Paid to" (never its UPI ID), under POP's "Payment sent to", IOB Mobile's Payee Name, after
  digibank's "Sent to", after "to" on SC Mobile, Ujjivan Mobile and INDIE; the gallery, the firm, the
  proprietor's account as a bank's field cuts it where so printed (SINDHE NARASIMHULU PROP TH); never the app,
  the payer, a UPI ID, the badge's initials or "from <buyer>". *settled* (heldout268 to heldout293): a
  receiving business's own app pays the business named under the app, here the gallery under ICICI Bank's
  InstaBIZ and under OkCredit and Mswipe. *settled* (heldout167 to heldout293): a payer's advice pays the one
  it pays, never the payer on top or a salutation; here the firm after Lepakshi's "To" (never its M/s., the
  Corporation or its Telugu name; *settled* heldout281 and heldout285 the addressee after "To"), Gaatha's
  Vendor, the payee in the Teams message ("to <payee>", never the hotel's accountant over it, *settled*
  heldout286), Karur Vysya Bank's Beneficiary Name (never the museum trust in its head), Dynamics 365's Vendor
  (never the studio on top), the Cottage's Supplier Name (never its Supplier Number or Supplier Site),
  SIBerNet's Beneficiary (never the Debit Account's school), the temple committee's ఎవరికి / Paid to written
  in (the troupe; never the committee or its Telugu name). *settled* (heldout155 to heldout293): an inward
  wire pays the firm, here the name after Commerzbank's "an / to", Mizuho's Beneficiary Name, under George's
  value over Příjemce / Recipient, PostFinance's Begünstigter / Beneficiary, KlikBCA's Nama Penerima /
  Beneficiary Name, ASB's Payee, under DNB's Til / To, Chase's Recipient; never the remitter, its Pengirim /
  Remitter or the bank on top. *settled* (heldout175 to heldout293): the firm's own paper pays its gallery,
  its troupe or itself on top, here Tholubomma Gallery on its tax invoice (never its Telugu line or the firm
  it is a unit of), on top of its Wix mail, on BillDesk's page (never BillDesk), on Stripe's checkout (never
  Stripe), on its Shilparamam cash memo (never the stall's line or its Telugu name), the troupe on its advance
  receipt (never its Telugu line or Received from), the firm on its Refrens receipt (never Received from). A
  name in Telugu over its English: the English line, never the Telugu (*settled*, as heldout293's Odia and
  heldout291's Hindi). *settled* (heldout187 to heldout293): a supplier's name on top of its own paper, here
  the hide dealer's name written in Latin letters at his account's head (never its Telugu lines), Camlin
  Store's Sold by (Kokuyo Camlin Ltd.), SRI VENKATESWARA BAMBOO DEPOT (never its M/s.), SRI VENKATESWARA
  PAINTS & ART CENTRE (never its Buyer), NimbusPost under its "Paid to", APSRTC LOGISTICS on top of its roll,
  Tradeindia's Seller (never Tradeindia), SRI SAI OFFSET PRINTERS (never its Bill To). *settled* (heldout179
  to heldout293): a banking page pays the payee, here after "to" on TMB mPay, the Beneficiary on KVB DLite,
  Dhanlaxmi Mobile and PSB UnIC, after CUB's "Paid to" (never the UPI ID), SIB Mirror+'s Beneficiary Name,
  Mahamobile Plus' Paid to, the passbook's Particulars after "TO NEFT/" cut where its printer cuts it (as
  heldout291's "NEFT-<PAYEE>" and heldout287's passbook; never the account holder, the B/F or the C/F line).
  *settled* (heldout150 to heldout293): a pay slip pays the worker, here Keka's Employee Name, the name after
  "to" on BHIM SBI Pay, KBL Mobile Plus and Selfe, after IndPay's "Payment to", the voucher's పేరు / Name
  written in (never the firm on top); *settled* (heldout284) a payee's own paper pays its writer, here the
  player whose name stands under his signature on his chit and the master craftsman whose name stands under
  his signature on his honorarium receipt (never the firm they received it from). *settled* (heldout153 to
  heldout293): a fee page pays the authority as printed, here CFMS' Department (the Commercial Taxes
  Department; never CFMS or the Remitter, as heldout287's e-GRAS), Dharmavaram Municipality on top (never the
  CDMA line or the Owner), the Labour Department on top (never the Establishment), NIMMALAKUNTA GRAM PANCHAYAT
  under its Telugu name (never the Name written in), the Ministry of External Affairs on top of Passport
  Seva's receipt (never Passport Seva, its portal, or the Applicant), Puttaparthi Nagar Panchayat named under
  Puraseva's bar (never Puraseva, as heldout293's Odisha One), the Shilparamam Arts, Crafts and Cultural
  Society on top (never the Exhibitor), the Registration and Stamps Department on top of IGRS' receipt.
  *settled* (heldout199 to heldout293): an insurer's receipt pays the insurer on top (full or short as
  printed) or after "to" and "Paid to" on an app, never the Insured, the Insurant or a salutation; here Aditya
  Birla Health after "Paid to" (never Activ Health, its app), Reliance General after "to", Bajaj Allianz after
  "Paid to" (never Caringly Yours), POSTAL LIFE INSURANCE on top of its receipt book. A slip's counter name
  line as printed (the gallery, the restaurant, the hotel, the stall's line, the book house, the packaging
  store), never *settled* the terminal's brand over it (HDFC BANK, AXIS BANK, BANK OF INDIA, Indian Bank,
  CANARA BANK, AU SMALL FINANCE BANK); the gallery under Mswipe; the tiffin centre on top of its bill (never
  its Telugu line). A utility's biller: APSPDCL on top (or its name in full), after "to" on AP State FiberNet,
  HP Gas after HP Pay's "Paid to" (never its Distributor), the cable network on top of its receipt (never the
  Name written in), after "for" on Hathway and HelloBPCL (Bharat Gas), d2h and ACT Fibernet on top. An SMS,
  mail, notification or forwarded alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): SBI's "trf to <PAYEE>
  Refno" (heldout247), Bank of Baroda's "to <PAYEE> on", Karur Vysya Bank's "for NEFT to <PAYEE>.", Punjab &
  Sind Bank's "to <PAYEE> dated", RBL Bank's "towards NEFT to <PAYEE>.", Karnataka Bank's "to <PAYEE>.", City
  Union Bank's "to <PAYEE> via"; *settled* (new here) the Telugu SMS' "<PAYEE> కు" (to <PAYEE>), because
  Telugu sets its case ending after the name as Odia and Hindi do (heldout293's "<PAYEE> କୁ", heldout291's
  "<PAYEE> को").

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout293): a payer's advice counts its net sum, here Lepakshi's Total Net Paid (its sentence the same;
  never a Bill Amount or its TDS 194Q), Gaatha's Amount, the Rs. x in the Teams message, Karur Vysya Bank's
  Amount, Dynamics 365's Total Amount (never a document's Amount alone where there are more), the Cottage's
  Net Amount Paid (never a Gross or its TDS), SIBerNet's Amount, the voucher's మొత్తం / Amount written in.
  *settled* (heldout155 to heldout293): an inward wire's foreign sum, here euros the German way (4.972,84 EUR
  / EUR 4.972,84 is 4972.84, *settled* heldout245 and heldout255), yen whole with JPY or the yen's sign (JPY
  399,000 is 399000, *settled* heldout202 and heldout255), Swiss francs the Swiss way (CHF 3'660.27 is
  3660.27, *settled* heldout269), New Zealand dollars with NZ$ or NZD (*settled* heldout291), Norwegian kroner
  with NOK and a space between the thousands (NOK 36 090,00 is 36090.00, *settled* heldout236), US dollars
  (USD x or $x USD); *settled* (new here) koruna with Kč after the sum and a space between the thousands
  (100 939,89 Kč is 100939.89 CZK), because Kč is the koruna's own mark as zł is the zloty's (heldout292) and
  the grouping is heldout236's CZK; *settled* (new here) rupiah the Indonesian way with IDR or Rp before the
  sum (IDR 87.354.000,00 / Rp 87.354.000,00 is 87354000.00 IDR), because Indonesian sets points between the
  thousands and a comma before the cents as the German way does and Rp is the rupiah's own mark (never Indian
  rupees); never Chase's Wire fee. *settled* (heldout175 to heldout293): a receipt counts the sum received,
  here the tax invoice's Invoice Total (never IGST 5% or a Taxable Value), Wix's Total (never Subtotal or
  Delivery), BillDesk's Amount, OkCredit's sum (never its Due now), Stripe's Amount, the cash memo's Total
  written in, Refrens' Amount Received; the advance receipt's అడ్వాన్సు / Advance, never its Balance after the
  show (*settled* heldout289's advance receipt: only the advance changed hands that day). A whole sum closed
  with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout293): a supplier's paper
  counts the sum paid, here the hide dealer's మొత్తం (total) written in (never a line's sum), Camlin Store's
  Order total, the bamboo depot's Total written in, the paints centre's Total (its sentence's Rs. x/- the
  same; never CGST 9% or SGST 9%), NimbusPost's sum (never its Wallet balance), APSRTC's Total (never Freight
  or GST 18%), Tradeindia's Amount, the press's Total (its Received the same; never Sub Total, SGST@9% or
  CGST@9%). A banking page's sum; the passbook's Withdrawal (never a balance). *settled* (heldout167 to
  heldout293): a pay slip's net sum, here the chit's ముట్టిన మొత్తం (the sum received) written, Keka's Net Pay
  (never an earning, Gross Earnings, a deduction or Total Deductions), the sums on BHIM SBI Pay, KBL Mobile
  Plus, Selfe and IndPay, the Rs. x/- in the honorarium receipt's sentence, the voucher's మొత్తం / Amount
  written in. A fee page's Amount, Fee, the sum large, Rent, the gram panchayat's మొత్తం / Amount written in;
  IGRS' Total (never its Stamp Duty or Registration Fee alone). An insurer's premium with its GST (*settled*),
  here Universal Sompo's Total Premium (never Net Premium, CGST 9% or SGST 9%), Kotak General's Premium (incl.
  GST), the sums on Activ Health, ManipalCigna, Reliance General and Caringly Yours, the premium written in
  Postal Life Insurance's book, the sum in PNB MetLife's sentence (its Amount Received the same). A slip's
  TOTAL AMOUNT, AMOUNT, Sale Amount, SALE AMT, the tiffin centre's Total written in, Mswipe's sum large; a
  slip with a tip counts its TOTAL AMT, never its BASE AMT or TIP AMT (as heldout262's BASE AMT: and TIP:,
  *settled*). A utility's Amount Paid, the sums large, the cable network's Amount Rs. written in, d2h's
  Amount, the sum in ACT's sentence. An alert's sum debited as worded (grouped the Indian or the English way
  or not at all; SBI's "debited by 19278.0" is 19278.00, as heldout272's Rs.3250.0), never an Avl Bal.
  Currency INR but on the wires.

* status: as printed. JioFinance's Payment Successful, POP's "Payment sent to", IOB Mobile's SUCCESS,
  digibank's Payment successful, Ujjivan Mobile's Payment successful, InstaBIZ's Collection Received
  successes; INDIE's Payment in progress pending (its progress bar carries no fact of its own, as heldout289's
  stages, *settled*); SC Mobile's Payment failed failed. A payer's own record of the payment made (*settled*,
  as heldout287's Tally voucher): Dynamics 365's Remittance Advice with its sentence "The amount above has
  been transferred to your bank account.", the voucher's "నగదు రూపంలో చెల్లించాము" (paid in cash); Lepakshi's
  "has been remitted to your account by NEFT", Gaatha's "We have released the payment", the Teams message's
  "payment done" (*settled* heldout286), the Cottage's "We have paid the net amount below to your bank account
  by RTGS." successes; SIBerNet's Transaction in process pending (as heldout293's TRIBES India); Karur Vysya
  Bank's Transaction Rejected failed (as heldout293's HDFC ENet Transaction Failed). A wire's Überweisung
  ausgeführt / Transfer executed, "Your overseas remittance has been completed.", Zahlung ausgeführt / Payment
  executed (as heldout276's PostFinance Ausgeführt, *settled*), Transaksi Berhasil / Transaction Successful,
  Betalingen er sendt / Payment sent, Wire transfer completed successes; George's Platba se zpracovává /
  Payment is being processed pending; ASB's Payment returned failed (as heldout293's TD Transfer
  unsuccessful). A receipt's "Paid by UPI (UTR ...) - received with thanks.", Wix's Payment "UPI (paid)",
  OkCredit's Payment received, the advance receipt's "Rs. x/- by UPI" with its UPI Ref (as heldout293's order
  slip's Advance received "by UPI, Ref"), "నగదు ముట్టింది" (cash received, as heldout293's "ନଗଦ ପାଇଲି"),
  Refrens' Amount Received successes; Stripe's Payment processing pending; BillDesk's Transaction Failed
  failed. A supplier's "నగదు ముట్టింది", the bamboo depot's UPI ticked with its UPI Ref written in (the way
  paid ticked by hand, as heldout269's and heldout292's guest check), the paints centre's "Amount received ...
  by NEFT" (its PAID stamp carries no fact, as heldout289's PAID mark), NimbusPost's Recharge successful,
  APSRTC's ** PAID **, the press's Received (its Balance nil) successes; Camlin Store's Payment pending
  pending; Tradeindia's Payment failed failed. A banking page's IMPS Transfer Successful, Payment Successful,
  IMPS successful, NEFT Successful, the passbook's debit line (*settled*: a printed debit entry a success)
  successes; PSB UnIC's RTGS in progress (its Status In progress) pending; TMB mPay's Transaction Failed
  failed. A pay slip's "నగదు ముట్టింది" on the player's chit, Keka's "Net pay credited on <day> by NEFT", BHIM
  SBI Pay's Money sent successfully, the honorarium receipt's "Received from ... paid by IMPS", IndPay's
  Completed, the voucher's విధానం / Paid by "UPI, Ref ..." successes; KBL Mobile Plus' Payment pending
  pending; Selfe's Payment failed failed. A fee page's Status Success, Payment Successful, "నగదు ముట్టింది",
  "Your payment has been received successfully.", Payment successful, Challan paid successes; Shilparamam's
  Payment awaiting confirmation pending; the CDMA portal's Payment Failed failed. An insurer's "Received with
  thanks by NEFT", Renewal successful, Kotak General's "We have received your payment", Postal Life
  Insurance's "Recd. cash" written in its Remarks (as heldout292's National "Recd. in cash"), PNB MetLife's
  "We have received", Policy renewed successes; ManipalCigna's Payment under process pending; Reliance
  General's Payment failed failed. A slip's APPROVED, Txn Approved, TXN APPROVED, Card payment approved, the
  tiffin centre's "Paid by card" written successes; TRANSACTION DECLINED (55 INCORRECT PIN) failed; AU's
  TRANSACTION TIMED OUT with its STATUS: PENDING WITH ISSUER and DO NOT RETRY pending (as heldout293's
  BharatPe RESPONSE TIMED OUT). A utility's Payment successful, Bill paid, "Refill booked and paid", "Recd.
  cash with thanks", Recharge Successful, ACT's "We have received" successes; HelloBPCL's Payment pending
  pending; Hathway's Payment failed failed. *settled*: an SMS, mail, business message or notification's debit
  alert a success whatever its bank's wording (here in Telugu too, "డెబిట్ అయింది", has been debited), here
  City Union Bank's heads-up notification (as heldout291's Axis Bank's; the app dimmed under it carries no
  fact); *settled* (new here) a bank's SMS forwarded into a chat is that SMS, read from the bubble under its
  Forwarded mark, and the chat's contact, its day divider, its hours and ticks and the other messages carry no
  fact, because the bubble only carries the bank's words on, as heldout293's inbox row is the bank's own mail;
  Punjab & Sind Bank's "is pending for credit at the beneficiary bank. ... Please do not re-initiate." pending
  (as heldout291's PNB "is awaiting settlement"); Bank of Baroda's "has failed. ... Amount, if debited, will
  be credited back." failed.

* date: the day paid. A UPI screen's Date & Time on JioFinance, IOB Mobile's Txn Date & Time, digibank's Paid
  on, SC Mobile's Attempted on, Ujjivan Mobile's day and hour, INDIE's Initiated, InstaBIZ's Credited on;
  POP's "Today, <hour>" prints no day (*settled*). A payer's Dt. at the head of Lepakshi's advice (its
  sentence's "on <day>" the same; never a Bill Date), Gaatha's Value date, Karur Vysya Bank's Value Date,
  Dynamics 365's Posting Date (never a document's day), the Cottage's Payment Date (never a Doc. Date),
  SIBerNet's Initiated On, the voucher's తేదీ / Date written in; the Teams chat under its "Yesterday" divider
  prints no day (*settled* heldout289's "Yesterday"; never the message's hour). A wire's Remittance Date year
  first with slashes (2026/11/19, as heldout291's SMBC, *settled* heldout272's Cathay), PostFinance's
  Ausführungsdatum / Execution date (dd.mm.yyyy), KlikBCA's Tanggal / Date, ASB's Date and DNB's Dato / Date
  day first, Chase's Send date month first in words ("January 15, 2026", as heldout292's TD); *settled* (new
  here) George's Datum zadání / Entered on as Czech writes a day (4. 5. 2026 is 2026-05-04), because Czech
  closes the day's and the month's figures with a full stop and a space and sets them day first (as
  heldout293's Hungarian dots close a date's figures); Commerzbank's "Heute, <hour> Uhr" prints no day
  (*settled*, as Today). A receipt's Invoice Date (the tax invoice's, with its UTR, as heldout292's myBillBook
  invoice), Wix's Order date, BillDesk's Date & Time, the advance receipt's తేదీ / Date written in, Stripe's
  Date, the cash memo's Date written in, Refrens' Payment Date; OkCredit's "Today, <hour>" prints no day. A
  supplier's తేదీ written on the hide dealer's account, Camlin Store's Placed on, the bamboo depot's Date
  written in, the day in the paints centre's "... by NEFT ... on <day>" (never its Invoice Date, *settled*
  heldout284's Marg), APSRTC's Booking Date, Tradeindia's Tried on, the press's Date (the Vyapar invoice's,
  with its Ref No.); NimbusPost's "Paid at Today, <hour>" prints no day. A banking page's Date, Date & Time,
  Initiated On, Transaction Date, the passbook's date in the debit's line (never the B/F line's); Dhanlaxmi
  Mobile's "Today, <hour>" prints no day. A pay slip's తేదీ on the player's chit, the day in Keka's "Net pay
  credited on <day>" (never its Pay Period or the month in its heading), BHIM SBI Pay's Date & Time, KBL
  Mobile Plus' Started on, the day in the honorarium receipt's "on <day>", Selfe's Date, the voucher's తేదీ /
  Date written in; IndPay's "Today, <hour>" prints no day. A fee page's Payment Date, Attempted on, the gram
  panchayat's తేదీ / Date written in, Shilparamam's Initiated on (never the Period), IGRS' Date; Puraseva's
  "Today, <hour>" prints no day. An insurer's Receipt Date (never Universal Sompo's Period), Paid on,
  Initiated on, Payment date, Attempted on, the Date written in Postal Life Insurance's book (never its
  Month), the day in PNB MetLife's sentence (never its Premium Due Date); Caringly Yours' "Today, <hour>"
  prints no day. A slip's DATE (dd/mm/yy), DATE, Txn Date, DT (dd.mm.yy), the tiffin centre's Date written in;
  Mswipe's "Just now" prints no day (*settled* heldout291's SmartHub Vyapar). A utility's Paid on (never a
  Bill Month or a Bill month), the cable network's Date written in (never its Month), Attempted on, Recharge
  Date, Initiated on, the day in ACT's sentence; HP Pay's "Today, <hour>" prints no day. The alerts'
  "<dd-mm-yyyy> న" (on <day>, in Latin figures as the bank sends them, as heldout293's Odia "ରେ"), SBI's "on
  date <13Jun26>" run together (as heldout292's Kotak 14JUL26 and heldout209's SBI), "on <dd-mm-yy>", "on
  <dd-mm-yyyy>", "dated <dd/mm/yyyy>", "on <dd-Mon-yyyy>", the forwarded SMS' "on <dd-mm-yy>" (never the
  chat's divider or hour); the heads-up notification's "now" prints no day (*settled* heldout279). All numeric
  days here are day first (heldout251, heldout259) but Mizuho's year first and George's as Czech writes it.
  *settled*: never a Period, a Pay Period, a Half Year, a month, a Bill Month, a Due date, a Premium Due Date,
  an invoice's, a bill's or a document's day, a chat's or an e-mail's hour, the day inside a UTR (heldout210)
  or inside an app's, a portal's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Lepakshi's NEFT, Gaatha's NEFT, the Teams message's
  IMPS, Karur Vysya Bank's Product NEFT, Dynamics 365's Bank transfer (NEFT), the Cottage's RTGS, SIBerNet's
  NEFT; BillDesk's Net Banking; Refrens' Bank Transfer (NEFT); the paints centre's NEFT and Tradeindia's Net
  banking; the banking pages but CUB's and Mahamobile Plus' UPI; Keka's NEFT and the honorarium receipt's
  IMPS; CFMS', Passport Seva's and IGRS' Net Banking; Universal Sompo's NEFT, ManipalCigna's Net Banking and
  PNB MetLife's Net Banking; d2h's Net Banking; the NEFT, RTGS and IMPS alerts); a SWIFT transfer either way
  (*settled*: Commerzbank's BIC (SWIFT), Mizuho's Telegraphic Transfer (SWIFT), George's Zahraniční platba
  (SWIFT), PostFinance's SHA, SWIFT, KlikBCA's SWIFT (SHA), ASB's SWIFT, DNB's Utlandsbetaling (SWIFT),
  Chase's transfer to the Recipient bank). UPI for the UPI screens and InstaBIZ's "from <buyer> (<UPI ID>)",
  the tax invoice's "by UPI", Wix's UPI (paid), OkCredit's "Paid online (UPI)", the advance receipt's "by
  UPI", Stripe's UPI; Camlin Store's UPI, the bamboo depot's UPI ticked, NimbusPost's, APSRTC's and the
  press's UPI; CUB's and Mahamobile Plus' UPI; BHIM SBI Pay, KBL Mobile Plus, Selfe, IndPay and the voucher's
  UPI; the Labour Department's, Puraseva's and Shilparamam's UPI; Activ Health's and Caringly Yours' UPI;
  APSPDCL's, AP State FiberNet's, HP Pay's, HelloBPCL's and ACT's UPI; the UPI alerts. Card for the CDMA
  portal's Debit card, Kotak General's Credit card, Reliance General's Debit card, the slips and Mswipe, the
  tiffin centre's "Paid by card", Hathway's Credit card. Cash for the voucher's "నగదు రూపంలో చెల్లించాము", the
  cash memo's, the hide dealer's, the player's and the gram panchayat's "నగదు ముట్టింది", Postal Life
  Insurance's "Recd. cash" and the cable network's "Recd. cash with thanks".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout293): a UPI
  reference / UTR / RRN / IMPS reference (JioFinance's UPI Ref No, POP's UPI Ref No, IOB Mobile's UPI Ref No,
  digibank's UPI reference number, SC Mobile's UPI Ref No, INDIE's UPI Ref No, InstaBIZ's UPI Ref No., a UTR
  in a sentence, Gaatha's UTR, the Teams message's IMPS ref, Karur Vysya Bank's UTR, Dynamics 365's Payment
  Reference, the Cottage's Bank Ref (UTR), the tax invoice's UTR, OkCredit's UPI Ref, the advance receipt's
  UPI Ref written in, Refrens' Transaction Reference, the bamboo depot's UPI Ref No. written in, APSRTC's UPI
  Ref, the press's Ref No., the banking pages' IMPS Ref No, UPI Ref No and UTR, Keka's UTR, BHIM SBI Pay's,
  KBL Mobile Plus', Selfe's UPI Ref No, IndPay's UPI transaction ID, the honorarium receipt's Ref, the
  voucher's Ref, Universal Sompo's UTR, Activ Health's UPI Ref, a slip's RRN, AP State FiberNet's UPI Ref, the
  alerts' రిఫరెన్స్ నం. (reference no.), Refno, IMPS Ref, UTR:, UTR, UPI Ref no), then a bank reference (Karur
  Vysya Bank's Reference No. (below its UTR), SIBerNet's Transaction Ref No., Commerzbank's Auftragsnummer /
  Order no. (the bank's own number for the order, as heldout290's Deutsche Bank Referenz), Mizuho's Reference
  No., George's Reference platby / Payment reference, PostFinance's Referenz / Reference, KlikBCA's No.
  Referensi / Reference No., ASB's Reference, Chase's Wire reference, TMB mPay's Reference No., CFMS' Bank
  Reference No., the Labour Department's Bank Ref. No., Passport Seva's Bank Reference No., IGRS' Bank Ref.
  No.), then a transaction / payment id (JioFinance's Transaction ID, digibank reference, SC Mobile's
  Transaction reference, INDIE's Transaction ID, BillDesk Txn ID (as heldout286's CCAvenue Tracking ID, a
  gateway's own number for the attempt), Stripe's Payment ID, Camlin Store's Payment ID, NimbusPost's
  Transaction ID, Tradeindia's Txn ID, CFMS' Challan No. (a treasury's number for the payment, as heldout287's
  e-GRAS GRN, *settled*), IGRS' Challan No., the CDMA portal's, the Labour Department's, Passport Seva's,
  Puraseva's and Shilparamam's Transaction ID, ManipalCigna's Transaction ID, Kotak General's Payment ID, PNB
  MetLife's Transaction Ref No., Caringly Yours' and Activ Health's Transaction ID, Mswipe's Txn ID,
  APSPDCL's, AP State FiberNet's, HP Pay's, Hathway's, d2h's, HelloBPCL's and ACT's Transaction ID), then an
  approval code (APPR CODE, AUTH, Auth Code, Auth code), then an order's number (Wix's Order number,
  BillDesk's Order No., Camlin Store's Order No., Tradeindia's Order ID, Reliance General's Order ID, HP Pay's
  and HelloBPCL's Booking No. (*settled* heldout280)), then a document's own number (Lepakshi's No.
  (*settled*, a payment advice's No.), Dynamics 365's Payment No. and the Cottage's Payment Number (*settled*
  heldout281's Payment Number), the tax invoice's Invoice No., the advance receipt's No. struck in red,
  Refrens' Receipt #, the bamboo depot's No. struck in red, the paints centre's Invoice No., the press's
  Invoice No., the voucher's ఓచర్ సంఖ్య / Voucher No., Universal Sompo's and PNB MetLife's Receipt No.,
  APSPDCL's and ACT's Receipt No., a slip's INVOICE, INV and Invoice#; *settled* (new here) Axis Bank's ROC,
  because a slip's record of charge number numbers the slip itself as its INVOICE NO does). *settled*: never a
  card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC code, GSTIN, PAN, an Udyam number, a
  Store ID, a Policy No., Proposal No., Consumer No., Service No., USC No., CAF No., VC No., Customer ID,
  Account No., Employee No., a Vendor No. or Vendor Code, a Supplier Number (as a vendor number), an
  Application No. (the Labour Department's, Passport Seva's ARN), a Registration No., a Licence No., a Demand
  No., an Assessment No., a House No., a Stall No., a Head of Account, a slip's TID / MID / BATCH, a No. left
  blank, a bill or document named on an advice or a receipt (Lepakshi's Bill No., Dynamics 365's Document No.
  and Your Document No., the Cottage's Reference, Gaatha's Invoices, Refrens' Invoice #), APSRTC's LR No (as
  an AWB, *settled* heldout274); *settled* (new here) never a field printed NA (BillDesk's Bank Ref. No. NA),
  because NA says the bank gave no number."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout294_families import (
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

SPLIT = "heldout294"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout292's and heldout293's: the screens in
# Noto Sans, Liberation Sans (liberation), DejaVu Sans Condensed, FreeSans and Noto Sans Display; the pages in
# Liberation Serif (liberation2), Noto Serif, DejaVu Sans, FreeSerif, Liberation Sans Narrow and Noto Serif
# Display; the firm's, its suppliers' and its people's papers in DejaVu Serif Condensed, Noto Sans, Liberation
# Serif (liberation), FreeSans and Noto Serif; the slips in four monos; beside them Noto Sans Telugu and Noto
# Serif Telugu (regular and bold, fonts-noto-core) for the Telugu lines, labels and hand, an upright Noto Sans
# for a Telugu hand's figures, a pen's italic (``heldout294_families.PENS``) and a page's own fixed-width face
# (``heldout294_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSerif-Regular.ttf",
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


def make_heldout294_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout294 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

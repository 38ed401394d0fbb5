"""heldout288: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kuthampully handloom weavers' co-operative society's year of 2026 in
Thiruvilwamala, Thrissur district, Kerala (Kuthampully Kasavu Handloom Weavers' Co-operative Society Ltd.,
Regd. No. T.362, GSTIN 32AABAK5172R1ZQ, its secretary Sri. K. Subramanian: a society of the Devanga weavers of
Kuthampully on the bank of the Gayathri, who weave on pit and frame looms the kasavu saree and the set mundu
(mundum neriyathum) in unbleached cotton bordered with gold zari, the double mundu, the kara mundu with its
coloured border, the settu saree with its temple border, the tissue saree, the dhavani set, stoles and the
thorthu; its weaving centre at Kuthampully, Kuthampully Handloom Weaving Centre, where schools and visitors
watch the looms; its showroom on the Thiruvilwamala road, Kuthampully Kasavu Kendram, with stall 14 at the
Onam Kaithari Mela on Thekkinkadu Maidan, Thrissur; the web shop kuthampullykasavu.in; Hantex, Kerala
Kalamandalam, KTDC and buyers in the Gulf, Britain, Australia, Sweden, Canada and America), told by the proofs
of payment it receives (buyers' Google Pay, FedMobile, SIB Mirror+, Kotak, MobiKwik, super.money and iMobile
Pay screens and BharatPe for Business on the showroom's phone; Hantex's PAYMENT MADE from Zoho Books, Kerala
Kalamandalam's mailed letter, a Kochi hotel's vendor payment from Odoo, a Thrissur bridal studio's NEFT failed
on ICICI Bank's corporate banking, the Treasury's BIMS e-payment status for the Directorate of Handloom and
Textiles, a Bengaluru store's RazorpayX payout, the temple festival committee's cash voucher and FedCorp's
payment advice for KTDC; Al Ansari Exchange, Al Rajhi Bank, QNB, Barclays, CommBank, SEB, RBC and Citibank for
buyers in Dubai, Riyadh, Doha, Leicester, Melbourne, Stockholm, Toronto and Edison in dirhams, Saudi riyals,
Qatari riyals, pounds, Australian dollars, Swedish kronor, Canadian dollars and US dollars; the showroom's tax
invoice, PayU's pending checkout, the Onam Mela stall's carbon bill, the web shop's WooCommerce mail, the
weaving centre's receipt, an advance receipt for a wedding saree, Stripe's declined checkout and an Onam
credit sale instalment receipt) and those it makes (a Surat zari house's tax invoice, NHDC's money receipt,
Moglix's failed checkout, IndiaMART's payment under verification, a Balaramapuram dyer's Malayalam chit, a
Coimbatore loom stores' estimate cum bill, DTDC's booking receipt and a Thrissur press's bill; Kerala Bank,
FedNet, SIBerNet, CSB Bank, Dhanlaxmi Bank, ESAF, Kerala Gramin Bank's ATM mini statement and Canara ai1 for
the zari house, the loom parts dealer, NHDC, the yarn trader, the printer, the transporter, the dyer and the
electrician; its weavers', warp sizer's, winder's and staff's wage card, RazorpayX payslip, Jupiter,
Freecharge and PayZapp screens, a Malayalam receipt, a typed wage slip and an Onam bonus receipt;
Thiruvilwamala Grama Panchayat's licence fee, Kerala's e-Treasury challan for the Registrar of Co-operative
Societies, the Shops and Establishments Workers' Welfare Fund Board, Parivahan's road tax, Legal Metrology,
K-SWIFT, the village office's land tax and ESIC; United India's, Niva Bupa's, Bajaj Allianz's, Tata AIG's,
National's, Care Health's, the State Insurance Department's and ACKO's premiums; cards on the showroom's and
the Mela stall's terminals and the showroom's phone and the society's card at a Thrissur hotel, a Coimbatore
yarn mall, a filling station, a Thrissur restaurant and a Kochi packaging store; KSEB, the Kerala Water
Authority, Asianet Broadband, Vi, HP Gas, Airtel DTH, Kerala Vision and the Haritha Karma Sena; the banks'
SMS, Kerala Gramin Bank's SMS in Malayalam, CSB Bank's mail, a lock screen and Federal Bank's WhatsApp chat).
One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and
one no day (truth None for those fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout286's or heldout287's, near ones noted: Airtel DTH's recharge in the Airtel Thanks app, where
heldout287 drew Airtel Payments Bank's UPI in that app; Federal Bank's WhatsApp banking chat, where heldout286
drew WhatsApp's own UPI screen; the families' docstrings list each one's labels). This set draws kinds of row
and page heldout286 and heldout287 do not: Malayalam lines in Noto Sans and Noto Serif Malayalam shaped by
Raqm, as a name over its English, a heading, a greeting, a bank's SMS, a hand's lines and sums (a dyer's chit,
a warp sizer's receipt, "received in cash" under a form) and boxed fields (a box ruled round across the page,
the label's English and its Malayalam small at the box's head, the value printed or written in under them); a
kasavu band (gold zari between two fine zari lines on the cotton's cream, small lozenges woven along it) as a
divider; a kasavu saree's borders across a page's head and foot, a kara's coloured line beside them on some; a
weaver's boat shuttle with its pirn of gold zari as a letterhead's emblem; an outcome's double ring (a tick, a
cross or a clock's hands); a file's two punch holes down the left margin; a bill book's carbon copy in its
blue; an ATM's mini statement roll. They draw beside them heldout287's rows and marks (an outcome's tile and
scalloped badge, a notice box, values over their labels, tiles two to a row, copyable fields, a speaker's
line, a lock screen's hour, an oval rubber stamp, a squared page and a page folded in four) and heldout269's
to heldout279's (striped tables, tables ruled on every side, dot leaders, labels against a gutter, hairline
rows, rounded cards, chat bubbles and a chat's day divider, hand-written fills and columns on a ruled page,
sums in boxes, signatures, a torn roll).

* ``buyer_upi``: Google Pay's Paid in a double ring ("To" over the payee and its UPI ID; UPI transaction ID,
  Google transaction ID, From on hairline rows; the day and hour under the sum); FedMobile's Transaction in
  progress in a double ring (Beneficiary Name over the payee, a warning's notice; each value over its label:
  UPI Ref. No., Txn. Date, Remitter A/c); SIB Mirror+'s Fund Transfer Successful in a double ring (labels
  against a gutter: Payee, Payee VPA, Amount, Transaction Reference, Transferred On, Debit Account); Kotak's
  Payment failed in a double ring ("to <payee>", the reason in a notice; tiles: UPI Ref No, Date); MobiKwik's
  Payment Successful on its bar under a scalloped badge (Paid to over the payee; copyable UPI Ref No and
  MobiKwik Txn ID; Date & Time); super.money's "money sent!" in lower case ("to <payee>", "today, <hour>"; upi
  ref, from, note on hairline rows; no day); iMobile Pay's share card (the sum, "sent to <payee>", "on <day>";
  no reference); BharatPe for Business on the showroom's phone (the showroom under the app, its speaker's
  announcement, a double ring, Payment Received, "from <buyer>"; BharatPe Txn ID, UPI Ref No, Received at on
  hairline rows; tiles: Settlement, Settles to). All new here.
* ``buyer_advices``: Hantex's PAYMENT MADE printed from Zoho Books (Payment# beside Payment Date, Paid To,
  Paid Through, Reference#, Amount Paid in a tinted box; a striped table Bill Number | Bill Date | Bill Amount
  | Payment Amount); Kerala Kalamandalam's letter mailed ("Sir, ... an amount of Rs. x/- (...) has been
  credited to your account ... by NEFT, UTR ..., on <day>."); the hotel's Vendor Payment from Odoo (its number
  large; Vendor, Amount, Payment Date, Journal, Bank Reference, Memo labels against a gutter; Posted); ICICI
  Bank's corporate banking Transaction Status with the payment failed (labels against a gutter: Transaction
  Ref No, Beneficiary, Amount, Payment Date, Status Failed, Reason); the Treasury's BIMS e-Payment status for
  the Directorate (a table ruled on every side: Bill No., Token No., e-Payment Advice No., Payee, Net Amount,
  Sent to Bank on, Status "Pending at Bank"); RazorpayX's payout (Payout processed, "Created 3 hours ago";
  Payout ID, UTR, Amount, Beneficiary, Mode on hairline rows; no day); the festival committee's cash PAYMENT
  VOUCHER under its Malayalam name written in by hand (No. left blank; Date, Paid to, Towards, Rs. in a box;
  "പണമായി നൽകി" (paid in cash); Secretary and Received by; no reference); FedCorp's payment advice for KTDC
  with punch holes (Remitter, Debit account; a striped table: Beneficiary | Amount | UTR; Value Date; Mode:
  NEFT, Status: Processed). All new here.
* ``export_wires``: Al Ansari Exchange's remittance receipt in dirhams (CUSTOMER COPY; Transaction No., Date,
  Sender, Beneficiary, Beneficiary Bank, Amount, Charges, Total Paid, Rate, Amount in INR in a table ruled on
  every side; "Status: PAID TO BANK"); Al Rajhi Bank's international transfer in riyals under a ring
  ("Transfer successful", "To <beneficiary>"; tiles: Amount, Date; Purpose; no reference); QNB's Transfer
  completed in riyals (the sum large; each value over its label: Beneficiary, Beneficiary Bank, Value Date,
  Transaction Reference); Barclays' Payment unsuccessful in pounds under a cross's tile (the reason in a
  notice; Payee, Amount, Date, Transaction reference, Payment type on hairline rows); CommBank NetBank's
  International Money Transfer receipt in Australian dollars (labels against a gutter: Receipt number,
  Transfer date, To, Bank, Amount sent, Status Sent); SEB's Betalningen är genomförd in Swedish kronor ("till
  <beneficiary>", "Idag <hour>"; Belopp, Från konto, Verifikationsnummer, Betalningstyp, Meddelande on
  hairline rows; no day); RBC's International Money Transfer in progress in Canadian dollars under an
  hourglass's tile (a notice; Reference #, Recipient, Amount, Date sent on hairline rows); Citibank's Wire
  Transfer Confirmation in US dollars (dot leaders: Confirmation #, Fed Reference, Date, Beneficiary,
  Beneficiary Bank, Amount, Status Completed). All new here.
* ``own_receipts``: Kuthampully Kasavu Kendram's TAX INVOICE under its Malayalam name and a kasavu band (boxed
  fields, each label's English and Malayalam at the box's head: Invoice No. / ബിൽ നമ്പർ, Date / തീയതി,
  Customer / ഉപഭോക്താവ്; a striped table with CGST 2.5%, SGST 2.5% and Total; "Paid by UPI, Ref ..."); PayU's
  checkout for the web shop with the payment processing in a double ring ("Paying to <shop>", a warning's
  notice; tiles: Amount, Payment mode; PayU ID, Order ID, Initiated on on hairline rows); the Onam Mela
  stall's BILL from its book, a carbon copy in its blue (No. left blank, Date and Name written in, Item | Qty
  | Rate | Amount written in, Total, "Cash received"; no reference); the web shop's WooCommerce mail ("Thanks
  for your order", Order number, Date, the pieces, Subtotal, Shipping, Total, Payment method "UPI (PhonePe PG)
  - Paid", Transaction ID); the weaving centre's RECEIPT under its Malayalam name for a visitors' loom
  demonstration with a shuttle on top (boxed fields filled in by hand: Receipt No., Date / തീയതി, Name / പേര്,
  Amount / തുക, For / ആവശ്യം; "GPay Ref ..." written in; a Malayalam thanks); an ADVANCE RECEIPT for a wedding
  saree to be woven, in a kasavu saree's borders (Receipt No., Received from, the saree, "Received Rs. x/- as
  advance by UPI, Ref ...", Delivery on; no day); Stripe's checkout for the web shop with the card declined (a
  notice; Order, Payment ID, Amount, Card on hairline rows; Attempted on); the society's INSTALMENT RECEIPT
  for an Onam credit sale to a government employee (dot leaders: Receipt No., Date, Received from, Scheme,
  Instalment, Amount, Mode NEFT, UTR). All new here.
* ``supplier_invoices``: SHREE AMBIKA ZARI WORKS' TAX INVOICE from Surat (Invoice No. beside its earlier Date;
  a table ruled on every side with IGST 5% and Total; "Payment received by RTGS, UTR ..., on <day>." under it;
  an oval PAID stamp); NHDC's MONEY RECEIPT from its Coimbatore yarn depot (labels against a gutter: Receipt
  No., Receipt Date, Received from, Towards, Amount, Mode, UTR No.); Moglix's order with the payment failed
  under a cross's tile (Sold by, a notice; tiles: Order ID, Transaction ID; Amount, Paid with, Attempted on on
  hairline rows); IndiaMART's Pay with IndiaMART with the payment under verification in a double ring ("Paying
  to <seller>", a notice; each value over its label: Payment ID, UPI Ref No, Amount, Initiated on); a
  Balaramapuram dyer's chit written in a Malayalam hand (its name in Latin letters, Date written in, the yarn
  dyed with its sums, ആകെ (total), "പണമായി കിട്ടി" (received in cash); no reference); SRI MURUGAN LOOM STORES'
  ESTIMATE CUM BILL from Coimbatore (No. printed, its Date left blank, the reeds, healds and shuttles written
  in, Total, "Paid by GPay, Ref ..." written in pen; no day); DTDC's booking receipt from the counter's
  printer (BOOKING RECEIPT, CONSIGNMENT NO, BKG DATE, DEST, WEIGHT, CHARGES, GST 18%, TOTAL, "PAYMENT: UPI -
  SUCCESS", UPI REF); JYOTHI OFFSET PRINTERS' BILL from Thrissur (Bill No. beside its Date, the hang tags and
  carry bags, Total, "Received with thanks by NEFT, UTR ..., on <day>" in pen, its oval stamp). All new here.
* ``vendor_transfers``: Kerala Bank's internet banking NEFT Acknowledgement under its Malayalam name (a table
  ruled on every side: Transaction Reference No., UTR, Beneficiary Name, Beneficiary A/c No., IFSC, Amount,
  Transaction Date, Status Accepted); FedNet's Transaction Successful in a double ring ("to <payee>"; each
  value over its label: IMPS Ref. No., Date, Debit Account, Remarks); SIBerNet's RTGS pending for
  authorisation under an hourglass's tile (a notice; labels against a gutter: Transaction ID, Beneficiary,
  Amount, Initiated On, Status Pending for Authoriser); CSB Bank's NEFT rejected in a double ring (the reason
  in a notice; Reference No., Beneficiary, Amount, Date on hairline rows); Dhanlaxmi Bank's e-Receipt (dot
  leaders: Transaction Date, Beneficiary, Account, Amount, UTR Number, Status Success); ESAF's Transfer
  Successful under a scalloped badge ("to <payee>", "Today, <hour>"; tiles: IMPS Ref No, From; no day); Kerala
  Gramin Bank's mini statement from its ATM's roll (DATE NARRATION DR/CR AMOUNT lines, the NEFT debit to the
  payee among them, AVL BAL; no reference); Canara ai1's Payment successful in a double ring ("Paid to
  <payee>"; copyable UPI Ref No; tiles: Date & Time, From A/c). All new here.
* ``worker_pay``: A weaver's WAGE CARD (കൂലി കാർഡ്) under the society's Malayalam name with a kasavu band
  (boxed fields filled in by hand, each label's English and Malayalam at the box's head: Weaver /
  നെയ്ത്തുതൊഴിലാളി, Work / ജോലി, Pieces / എണ്ണം, Wage / കൂലി, Date / തീയതി; "പണമായി കൈപ്പറ്റി" (received in
  cash) in a Malayalam hand, her signature; no reference); RazorpayX Payroll's payslip for the showroom's
  staff (tiles: Employee, Designation, Pay period, Paid on; earnings and deductions on hairline rows; Net Pay
  in a total's rules; "Paid by NEFT, UTR ..."); Jupiter's payment processing to a weaver under an hourglass's
  tile (a notice; each value over its label: UPI Ref No, Initiated, From); Freecharge's Payment Failed to a
  weaver in a double ring (the reason in a notice; tiles: Transaction ID, Date; UPI Ref No); a warp sizer's
  receipt written in a Malayalam hand (the pavu (warp) sized, its sum, "ജിപേ വഴി കിട്ടി" (received by GPay),
  Ref and Date in his hand, his name); the society's WAGE SLIP typed on a typewriter for the month (Name,
  Designation, Month, Basic, D.A., Deduction P.F., NET PAID, "Paid by NEFT, UTR ..."; no day); PayZapp's Money
  Sent to a winder under a scalloped badge ("to <winder>", "<day>, <hour>"; copyable UPI Ref No; tiles: From,
  Note); an ONAM BONUS RECEIPT signed by a weaver (Receipt No. beside Date:, "I, <weaver>, weaver, have
  received from the Secretary ... the sum of Rs. x/- (...) as Onam bonus for 2026, by NEFT, UTR ...", the
  weaver's signature). All new here.
* ``govt_fees``: Thiruvilwamala Grama Panchayat's e-receipt for its trade licence (D&O) fee from the
  panchayat's online portal under its Malayalam name (boxed fields, each label's English and Malayalam at the
  box's head: Receipt No. / രസീത് നമ്പർ, Licence No. / ലൈസൻസ് നമ്പർ, Fee / ഫീസ്, Paid on / തീയതി, UPI Ref /
  യുപിഐ റഫ.; "Fee received"); Kerala's e-Treasury challan for the Registrar of Co-operative Societies' audit
  fee (dot leaders: GRN, Department, Head of Account, Remitter, Amount, Bank, Bank Ref No., Date of Payment,
  Status Success); the Kerala Shops and Commercial Establishments Workers' Welfare Fund Board's contribution
  pending confirmation under an hourglass's tile (a notice; Registration No., Establishment, Period,
  Transaction ID, Amount, Mode, Initiated on labels against a gutter); Parivahan's road tax for the society's
  van failed in a double ring (the reason in a notice; each value over its label: Application No., Transaction
  ID, Amount, Payment Date; Vehicle No.); Legal Metrology Kerala's verification fee receipt for the showroom's
  scales (a table ruled on every side: Receipt No., Date, Trader, Instruments, Fee, Mode, Transaction ID);
  K-SWIFT's acknowledgement (Application Ref No., Department, Fee paid, Transaction ID, Payment status,
  Clearance due by beside their labels; no day); Thiruvilwamala Village Office's land tax receipt written in
  by hand under its Malayalam heading (No. left blank; Date, Received from, Survey No., Tax written in, Rs. in
  a box, "പണമായി ലഭിച്ചു" (received in cash) in a Malayalam hand; no reference); ESIC's challan (Employer
  Code, Contribution Period, Challan No., Transaction No., Amount, Challan Submitted Date, Status Paid on
  hairline rows). All new here.
* ``insurer_receipts``: United India Insurance's PREMIUM RECEIPT for the godown's stock of yarn and sarees (a
  table ruled on every side: Receipt No., Receipt Date, Policy No., Insured, Premium, GST 18%, Total Premium,
  Mode NEFT, UTR; "Received with thanks"); Niva Bupa's payment pending under an hourglass's tile ("to
  <insurer>", a notice; each value over its label: Proposal No., Premium, Transaction ID, Initiated on); Bajaj
  Allianz's mail of a premium received for the shop's policy ("Thank you! We have received your premium of Rs.
  x ..."; Policy No., Receipt No., Date of receipt, Payment mode, UPI Ref No. on hairline rows); Tata AIG's
  payment failed in a double ring (the reason in a notice; tiles: Quote No., Premium; Transaction ID, Payment
  mode, Attempted on on hairline rows); National Insurance's agent's COVER NOTE CUM RECEIPT written in by hand
  (No. left blank; Date, Received from, Vehicle, Premium Rs. in a box, By cash; no reference); Care Health's
  Policy renewed in a double ring ("paid to <insurer>", "Today, <hour>"; each value over its label: Policy
  No., Transaction ID, Paid via; no day); the Kerala State Insurance Department's group insurance receipt for
  the weavers (labels against a gutter: Receipt No., Date, Scheme, Received from, Amount, Mode, Bank Ref.
  No.); ACKO's van insurance paid under a scalloped badge ("paid to <insurer>", "<day>, <hour>"; copyable UPI
  Ref No and ACKO Txn ID). All new here.
* ``card_slips``: Federal Bank's slip at the showroom (dot leaders: DATE, TIME, TID, INVOICE, CARD, AUTH CODE,
  RRN, AMOUNT; SALE APPROVED); SBI's slip at the Onam Mela stall in its days (CARD SALE, each field "LABEL:
  value" on its line: TXN DATE, TXN TIME, BATCH/INV, CARD, APPR, RRN, AMT; "APPROVED - THANK YOU");
  Worldline's slip at a Thrissur hotel with the transaction timed out (TXN TIMED OUT, RESULT UNKNOWN - CHECK
  BEFORE RETRY); Mswipe's slip at a Coimbatore yarn mall DECLINED (51 INSUFFICIENT FUNDS); Paytm's machine's
  slip at a filling station (FUEL, LITRES, RATE, the card, AUTH CODE, RRN, TOTAL AMT, TXN APPROVED); a
  Thrissur restaurant's BILL with "Paid by card" written on it (Date written in, the dishes, Total; no
  reference); Innoviti's slip at a Kochi packaging store (two fields to a line where they pair; SALE, AUTH,
  RRN, AMOUNT, APPROVED); Razorpay's Tap to Pay on the showroom's phone (the showroom under the app, a double
  ring, Payment accepted, the card contactless, the hour alone; RRN, Auth code on hairline rows; no day). All
  new here.
* ``utility_bills``: KSEB's quick pay receipt under its Malayalam name (boxed fields, each label's English and
  Malayalam at the box's head: Consumer No. / കൺസ്യൂമർ നമ്പർ, Amount / തുക, Date / തീയതി, Transaction ID /
  ഇടപാട് ഐഡി; Bank Ref No., Mode, Status Success on hairline rows); the Kerala Water Authority's e-payment
  pending under an hourglass's tile ("to <biller>", a notice; each value over its label: Consumer ID, Amount,
  Transaction ID, Paid via, Initiated on); Asianet Broadband's payment receipt (labels against a gutter:
  Receipt No., Customer ID, Plan, Amount Paid, Paid On, Payment Mode, Transaction ID); Vi's postpaid bill
  payment failed in a double ring ("to <biller>", the reason in a notice; tiles: Amount, Attempted on;
  Transaction ID); HP Gas' CASH MEMO from its delivery man's book, a carbon copy in its blue (Cash Memo No.
  left blank, Date, Consumer, Refill 14.2 kg, Rs. in a box, "Cash received"; no reference); Airtel DTH's
  Recharge successful under a scalloped badge ("for <biller>", "Just now"; each value over its label: Customer
  ID, Pack, Transaction ID, Paid via; no day); Kerala Vision's receipt in a kasavu band's frame (dot leaders:
  Subscriber ID, Receipt No., Amount, Date, Mode UPI, UPI Ref); the panchayat's Haritha Karma Sena user fee
  receipt from its Haritha Mithram app, its English name under its Malayalam (the sum large, Paid;
  Establishment No., Month, Transaction ID, Paid via, Date on hairline rows). All new here.
* ``bank_alerts``: Kerala Gramin Bank's SMS in Malayalam in its messages thread under its day divider
  ("നിങ്ങളുടെ അക്കൗണ്ട് XX1234 ൽ നിന്ന് Rs.x UPI വഴി <PAYEE> ന് <dd-mm-yyyy> ന് ഡെബിറ്റ് ചെയ്തു. റഫ. നമ്പർ
  <ref>. ..."); SMS in Federal Bank's ("Rs x debited from your A/c XX1234 on <dd-Mon-yyyy> towards NEFT to
  <PAYEE>. UTR ... Bal: Rs y -Federal Bank"), South Indian Bank's ("IMPS of Rs.x from A/c XX1234 to <PAYEE> on
  <dd/mm/yy> has FAILED. Ref No ... Amount not debited. -SIB"), Kerala Bank's ("Your RTGS of Rs x to <PAYEE>
  dt <dd-mm-yyyy> is PENDING with the bank. Ref ... Do not re-initiate. -Kerala Bank") and Dhanlaxmi Bank's
  ("Dear Customer, A/c XX1234 is debited by Rs x on <dd.mm.yyyy> for NEFT to <PAYEE>. Avl Bal Rs y"; no
  reference) wordings; CSB Bank's mail ("Your account XX1234 has been debited with INR x on <dd-mm-yyyy>
  towards NEFT transfer to <PAYEE>. UTR: ..."); Canara Bank's notification on a phone's lock screen under the
  hour ("now"; "An amount of INR x has been DEBITED to your account XX1234 for UPI to <PAYEE>. UPI Ref ...";
  no day); Federal Bank's WhatsApp banking chat (the bank's verified name, a day divider, its message in a
  chat bubble: "Debit alert: Rs.x paid to <PAYEE> via UPI on <dd/mm/yyyy>. UPI Ref ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Malayalam
(regular and bold, fonts-noto-core) for the Malayalam lines, labels and hand, an upright DejaVu Serif for a
Malayalam hand's figures, heldout287's pens for the hand (``heldout287_families.PENS``) and its fixed-width
faces (``heldout287_families.TYPES``). The Onam Mela stall's carbon bill and card slip are drawn in the Mela's
days (14 to 24 August 2026); the other days anywhere in 2026. GST is 5% on the society's weaving and on zari,
18% on the courier and the premiums.

Truth conventions (heldout287's, heldout286's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): under
  Google Pay's "To" (never its UPI ID), under FedMobile's "Beneficiary Name", SIB Mirror+'s Payee (never its
  Payee VPA), after "to" on Kotak and super.money, under MobiKwik's "Paid to", after "sent to" on iMobile
  Pay's share card; the registered name cut short where so printed (KUTHAMPULLY KASAVU HANDLOO); never the
  app, the payer or "from <buyer>". *settled* (heldout268 to heldout287): a receiving business's own app pays
  the business named under the app, here the showroom under BharatPe for Business (never its speaker's line).
  *settled* (heldout167 to heldout287): a payer's advice pays the one it pays, never the payer on top or a
  salutation; here Zoho Books' Paid To (never Hantex on top or its Paid Through), Kalamandalam's addressee
  after "To, The Secretary," (*settled* heldout281 and heldout285), Odoo's Vendor (never the hotel on top or
  its Journal), ICICI Bank's Beneficiary (never the studio in its head), BIMS' Payee (never the DDO),
  RazorpayX' Beneficiary (never the store on top), the committee's Paid to written in (never the committee or
  its Malayalam name), FedCorp's Beneficiary in its table (never KTDC as Remitter). *settled* (heldout155 to
  heldout287): an inward wire pays the society, here Al Ansari's Beneficiary (never the Sender), the name
  after "To" on Al Rajhi, QNB's Beneficiary, Barclays' Payee, CommBank's To, the name after "till" on SEB
  (*settled* (new here): till is the Swedish for to, as heldout287's Danish til), RBC's Recipient, Citibank's
  Beneficiary; never the remitter, the bank on top or the beneficiary's bank. *settled* (heldout175 to
  heldout287): the society's own paper pays its unit or itself on top, here KUTHAMPULLY KASAVU KENDRAM on its
  tax invoice (never its Malayalam line or the society it is a unit of), its Mela bill (never the stall's
  line), its WooCommerce mail, its advance receipt, after "Paying to" on PayU and on top of Stripe's checkout
  (never PayU or Stripe), Kuthampully Handloom Weaving Centre on its receipt (never its Malayalam line or the
  visitor under Name / പേര്), the society on its instalment receipt (never Received from). A name in Malayalam
  over its English: the English line, never the Malayalam (*settled*, as heldout287's Bodo and Assamese).
  *settled* (heldout187 to heldout287): a supplier's name on top of its own paper, here SHREE AMBIKA ZARI
  WORKS (never its Buyer: or its oval stamp), NHDC on top of its money receipt (full or short as printed;
  never Received from), the seller after "Sold by:" on Moglix and after "Paying to" on IndiaMART (never the
  marketplace), the dyer's name written in Latin letters on her chit (never her town or her signature), SRI
  MURUGAN LOOM STORES (never To), DTDC EXPRESS LIMITED on top of its roll (never its franchisee's line),
  JYOTHI OFFSET PRINTERS (never To: or its stamp). *settled* (heldout179 to heldout287): a banking page pays
  the payee, here Kerala Bank's Beneficiary Name, the name after "to" on FedNet, ESAF and after "Paid to" on
  Canara ai1, SIBerNet's, CSB Bank's and Dhanlaxmi Bank's Beneficiary, the mini statement's NARRATION after
  "NEFT/" as printed, cut short (*settled*, as heldout287's passbook PARTICULARS). *settled* (heldout150 to
  heldout287): a pay slip pays the worker, here the Weaver written on the wage card (never the society on
  top), RazorpayX Payroll's Employee tile, the name after "to" on Jupiter, Freecharge and PayZapp, the NAME on
  the typed wage slip; *settled* (heldout284, heldout287) a payee's own paper pays its writer, here the warp
  sizer's name written under his Malayalam receipt and the weaver who writes "I, <weaver>, weaver, have
  received ..." on her Onam bonus receipt (never the Secretary or the society). *settled* (heldout153 to
  heldout287): a fee page pays the authority as printed, here THIRUVILWAMALA GRAMA PANCHAYAT under its
  Malayalam name, the e-Treasury challan's Department (the Registrar of Co-operative Societies, Kerala; never
  the Treasury or the Remitter), the Welfare Fund Board on top (never its Establishment), the Motor Vehicles
  Department, Kerala under Parivahan (never the portal), the Legal Metrology Department, Kerala (never its
  Trader), K-SWIFT's Department (never the portal), the Village Office under its Malayalam heading (never
  Received from), the Employees' State Insurance Corporation named under ESIC's title. *settled* (heldout199
  to heldout287): an insurer's receipt pays the insurer on top (full or short as printed) or after "to" and
  "paid to" on an app (Niva Bupa, Care Health and ACKO in full or short as the line fits), here also TATA AIG
  on top (its company's full name under it) and the Kerala State Insurance Department under its Malayalam
  name; never the Insured, Received from or a salutation. A slip's counter name line as printed (the showroom,
  the showroom's Onam Mela line, the hotel, the yarn mall, the filling station, the packaging store), never
  *settled* the terminal's brand over it (FEDERAL BANK, SBI, WORLDLINE, MSWIPE, PAYTM, INNOVITI), the showroom
  under Razorpay's Tap to Pay, the restaurant on top of its bill. A utility's biller: KSEB's English name
  under its Malayalam, after "to" on the Water Authority's and Vi's pages (full or short as printed), Asianet
  Broadband, HP Gas' distributor on top of its cash memo (ANUGRAHA HP GAS), after "for" on Airtel DTH (Airtel
  Digital TV, never the app), Kerala Vision, the Haritha Karma Sena's English name under its Malayalam (never
  the panchayat's line under it, the app or the Suchitwa Mission). An SMS, mail, lock screen or chat alert's
  payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop, read
  across its lines where it wraps): the Malayalam SMS' "<PAYEE> ന്" (to <PAYEE>), "towards NEFT to <PAYEE>.",
  "to <PAYEE> on", "to <PAYEE> dt", "for NEFT to <PAYEE>.", "transfer to <PAYEE>.", "for UPI to <PAYEE>.",
  "paid to <PAYEE> via".
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*). *settled* (heldout152
  to heldout287): a payer's advice counts its net sum, here Zoho's Amount Paid (never a bill's Bill Amount),
  the Rs. x/- in Kalamandalam's sentence, Odoo's Amount, ICICI's Amount, BIMS' Net Amount, RazorpayX' Amount,
  the committee's Rs. in its box, FedCorp's Amount. *settled* (heldout155 to heldout287): an inward wire's
  foreign sum, here dirhams, Saudi and Qatari riyals with their code before or after the sum (*settled*
  heldout240 to heldout249), pounds (the pound sign or GBP), Australian dollars (A$, AUD or $ x AUD), Canadian
  dollars (C$, CAD or $ x CAD), US dollars (US$ or USD), Swedish kronor the Swedish way (28 063,69 kr / SEK 28
  063,69 is 28063.69, *settled* heldout240 and heldout243's SEK, the kr after the sum on a Swedish bank's page
  the same); never Al Ansari's Amount in INR, its Rate or its Charges (a converted sum carries no fact);
  *settled* (new here) an exchange house's Amount, never its Total Paid, because the Total Paid adds the
  house's charges to the sum the beneficiary is sent (as heldout279's never a Fee). *settled* (heldout175 to
  heldout287): a receipt counts the sum received, here the tax invoice's Total (never CGST 2.5% or SGST 2.5%),
  PayU's Amount, the Mela bill's Total written in (never a piece's sum), WooCommerce's Total (never Subtotal
  or Shipping), the centre's Amount / തുക, the Rs. x/- in the advance receipt's sentence, Stripe's Amount, the
  instalment receipt's Amount (never the instalment's count). A whole sum closed with /- is that sum in whole
  rupees (heldout259). *settled* (heldout187 to heldout287): a supplier's paper counts the sum paid, here the
  zari house's Total (never IGST 5%), NHDC's Amount, Moglix' Amount, IndiaMART's Amount, the dyer's ആകെ
  (total) written in (never a line's sum), the loom stores' Total written in, DTDC's TOTAL (never CHARGES or
  GST 18%), the press' Total. A banking page's sum; the mini statement's DR sum (never AVL BAL or a CR line).
  A pay slip's net sum (*settled*, heldout167 to heldout287), here the wage card's Wage / കൂലി (never its
  Pieces / എണ്ണം line), RazorpayX Payroll's Net Pay and the typed slip's NET PAID (never BASIC, D.A., House
  rent allowance or a deduction), the sums on Jupiter, Freecharge and PayZapp, the sizer's sum written at the
  end of his line, the Rs. x/- in the bonus receipt's sentence. A fee page's Fee / ഫീസ്, Amount, Fee paid, Rs.
  in a box. An insurer's premium with its GST (*settled*, heldout199 to heldout287), here United India's Total
  Premium (never Premium or GST 18%), the sums on Niva Bupa, Care Health and ACKO, the premium in Bajaj
  Allianz's sentence, Tata AIG's Premium tile, National's Premium Rs. in its box, the State Insurance
  Department's Amount. A slip's AMOUNT / AMT / TOTAL AMT, never a filling station's RATE or LITRES, the
  restaurant's Total written in, the Tap to Pay screen's sum large. A utility's Amount / തുക, Amount, Amount
  Paid, the sums large, the HP Gas memo's Rs. in its box. An alert's sum debited as worded (grouped the Indian
  or the English way or not at all), never an Avl Bal, Bal or Available balance. Currency INR but on the
  wires.
* status: as printed. Google Pay's Paid, SIB Mirror+'s Fund Transfer Successful, MobiKwik's Payment
  Successful, super.money's "money sent!", the double ring's tick over "sent to" on iMobile Pay's share card
  (*settled*, as a large tick), BharatPe's Payment Received successes; FedMobile's Transaction in progress
  pending; Kotak's Payment failed failed. A payer's own record of the payment made (*settled*, as heldout285's
  NetSuite BILL PAYMENT and heldout287's SAP Business One): Zoho's PAYMENT MADE with its Amount Paid, Odoo's
  Posted vendor payment with its Bank Reference, the committee's "പണമായി നൽകി" (paid in cash) in a Malayalam
  hand; Kalamandalam's "has been credited", RazorpayX' Payout processed, FedCorp's Status: Processed
  successes; BIMS' "Pending at Bank" pending (*settled* heldout287's FinAssam "Sent to bank for credit");
  ICICI's Status Failed (returned) failed. A wire's Status: PAID TO BANK (*settled* (new here): the exchange
  house says it has paid the sum to the beneficiary's bank, as heldout287's "We have today remitted"),
  Transfer successful, Transfer completed, CommBank's Status Sent (as heldout287's Crédit Agricole's "émis"),
  SEB's Betalningen är genomförd (*settled* (new here): the payment is completed, as heldout287's Danske's
  gennemført), Citibank's Completed successes; RBC's In progress pending; Barclays' Payment unsuccessful
  (returned) failed. A receipt's "Paid by UPI, Ref", "Cash received", "UPI (PhonePe PG) - Paid", the centre's
  "GPay Ref" written after its printed "Paid by", the advance receipt's "Received Rs. x/- as advance", the
  instalment receipt (a receipt with its Mode NEFT and UTR) successes; PayU's Payment processing pending;
  Stripe's "Your card was declined." failed. A supplier's "Payment received by RTGS", NHDC's MONEY RECEIPT
  with "Received with thanks.", the dyer's "പണമായി കിട്ടി" (received in cash), "Paid by GPay, Ref" written in,
  DTDC's "PAYMENT: UPI - SUCCESS", the press' "Received with thanks by NEFT" in pen successes; IndiaMART's
  Payment under verification pending; Moglix' Payment Failed failed. Kerala Bank's Status "Accepted by
  beneficiary bank", FedNet's Transaction Successful, Dhanlaxmi's Status Success, ESAF's Transfer Successful,
  the mini statement's debit line (*settled*: a printed debit entry a success, as heldout287's passbook),
  Canara ai1's Payment successful successes; *settled* (new here) SIBerNet's "Pending for Authorisation" (its
  Status "Pending for Authoriser") pending, because the payment is made out and waits only for the society's
  second signatory before the bank sends it (as a payment under process); CSB Bank's NEFT rejected (returned:
  account closed) failed. A pay slip's "പണമായി കൈപ്പറ്റി" (received in cash) in a Malayalam hand, "Paid by
  NEFT, UTR", "ജിപേ വഴി കിട്ടി" (received by GPay) in a Malayalam hand, PAID BY NEFT, PayZapp's Money Sent,
  the bonus receipt's "have received" successes; Jupiter's Payment processing pending; Freecharge's Payment
  Failed failed. A fee page's "Fee received.", Status Success, Parivahan's Payment Failed failed, the Legal
  Metrology e-Receipt (a receipt with its Mode UPI and Transaction ID), K-SWIFT's Payment status Successful,
  "പണമായി ലഭിച്ചു" (received in cash) in a Malayalam hand, ESIC's Status Paid successes; the Welfare Fund
  Board's Payment status: Pending confirmation pending. An insurer's "Received with thanks.", "We have
  received your premium", National's cover note cum receipt By cash, Care Health's Policy renewed, the State
  Insurance Department's receipt, ACKO's Payment successful successes; Niva Bupa's Payment pending pending;
  Tata AIG's Payment failed failed. A slip's SALE APPROVED, APPROVED - THANK YOU, TXN APPROVED, APPROVED, the
  bill's "Paid by card" written in, Tap to Pay's Payment accepted successes; DECLINED (51 INSUFFICIENT FUNDS)
  failed; *settled* (new here) Worldline's TXN TIMED OUT with its RESULT UNKNOWN - CHECK BEFORE RETRY pending,
  because the terminal cannot say whether the card was charged (as heldout287's HOST NOT RESPONDING with its
  STATUS UNKNOWN - DO NOT RETRY). A utility's Status Success, the Asianet and Kerala Vision receipts, "Cash
  received", Recharge successful, the Haritha Karma Sena's Paid successes; the Water Authority's Payment
  pending pending; Vi's Payment failed failed. *settled*: an SMS, mail, lock screen or chat debit alert a
  success whatever its bank's wording (here in Malayalam too, "ഡെബിറ്റ് ചെയ്തു" (debited)); South Indian
  Bank's "has FAILED. ... Amount not debited." failed; Kerala Bank's "is PENDING with the bank. ... Do not
  re-initiate." pending (as heldout287's Punjab & Sind Bank's "is under process").
* date: the day paid. A UPI screen's day under the sum, Txn. Date, Transferred On, the Date tile, Date & Time,
  iMobile Pay's "on <day>", Received at; super.money's "today, <hour>" prints no day (*settled*). Zoho's
  Payment Date (never a bill's Bill Date), Kalamandalam's Dated at its head (its sentence's "on <day>" the
  same), Odoo's Payment Date (never the bill in its Memo), ICICI's Payment Date, BIMS' "Sent to Bank on"
  (*settled* heldout274 and heldout287), the committee's Date written in, FedCorp's Value Date; RazorpayX'
  "Created 3 hours ago" prints no day (*settled*: an age names no calendar day, as heldout287's Dish TV). A
  wire's Date, Al Rajhi's Date tile, QNB's Value Date, Barclays' Date, CommBank's Transfer date, RBC's Date
  sent, Citibank's Date (as "Mon dd, yyyy"); SEB's "Idag <hour>" prints no day (*settled* (new here): idag is
  the Swedish for today, as heldout287's Danish "I dag"). A receipt's Date / തീയതി, Initiated on, the Mela
  bill's Date written in, WooCommerce's Date, the centre's Date / തീയതി written in, Attempted on, the
  instalment receipt's Date; the advance receipt prints only its Delivery on, a day to come, and so no day
  (*settled* heldout287's never a day still to come). A supplier's day in "Payment received by RTGS ... on
  <day>" (never the invoice's Date:), NHDC's Receipt Date, Attempted on, Initiated on, the Date written on the
  dyer's chit, DTDC's BKG DATE, the day in the press' "Received ... on <day>" in pen (never its bill's Date:);
  the loom stores' bill leaves its Date blank and so prints no day (*settled* heldout270 to heldout287). A
  banking page's Transaction Date, Date, Initiated On, the mini statement's day in its NEFT line (never a CR
  line's), Date & Time; ESAF's "Today, <hour>" prints no day. A pay slip's Date / തീയതി written on the wage
  card, RazorpayX Payroll's Paid on (never its Pay period), Initiated, Freecharge's Date tile, the Date under
  the sizer's Ref, PayZapp's day and hour, the bonus receipt's Date:; the typed wage slip prints only its
  MONTH (*settled*: never a pay month) and so no day. A fee page's Paid on / തീയതി, Date of Payment, Initiated
  on (never the Welfare Fund Board's Period), Payment Date, Legal Metrology's Date, the village office's Date
  written in, ESIC's Challan Submitted Date (never its Contribution Period); K-SWIFT prints only its Clearance
  due by, a day to come, and so no day. An insurer's Receipt Date, Initiated on, Date of receipt, Attempted
  on, National's Date written in, the State Insurance Department's Date, ACKO's day and hour; Care Health's
  "Today, <hour>" prints no day. A slip's DATE / TXN DATE / DT:, the restaurant's Date written in; the Tap to
  Pay screen's hour alone prints no day (*settled* heldout285 and heldout287). A utility's Date / തീയതി,
  Initiated on, Paid On, Attempted on, the HP Gas memo's Date written in, Kerala Vision's Date, the Haritha
  Karma Sena's Date (never its Month); Airtel DTH's "Just now" prints no day (*settled*: as heldout279's
  "now"). The alerts' "<dd-mm-yyyy> ന്" (on <day>, in Latin figures as the bank sends them, *settled*, as
  heldout287's Assamese "তাৰিখে"), "on <dd-Mon-yyyy>", "on <dd/mm/yy>", "dt <dd-mm-yyyy>", "on <dd.mm.yyyy>",
  "on <dd-mm-yyyy>", the chat's "on <dd/mm/yyyy>" under its day divider; the lock screen's "now" under the
  hour prints no day (*settled* heldout279). All numeric days here are day first (heldout251, heldout259).
  *settled*: never a Period, a Pay period, a MONTH, a Contribution Period, a Month, a Delivery on or a
  Clearance due by, an invoice's or a bill's day, the day inside a UTR (heldout210) or inside an app's, a
  terminal's or a bank's transaction id or receipt number.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (Zoho's Kerala Bank NEFT, Kalamandalam's NEFT, Odoo's
  NEFT, ICICI's NEFT, BIMS' e-Payment (NEFT), RazorpayX' NEFT, FedCorp's NEFT; the instalment receipt's NEFT;
  the zari house's RTGS, NHDC's NEFT, Moglix' Net Banking, the press' NEFT; the banking pages but Canara ai1,
  the mini statement's NEFT/ among them; RazorpayX Payroll's NEFT, the typed slip's NEFT, the bonus receipt's
  NEFT; the e-Treasury's, the Welfare Fund Board's and ESIC's net banking; United India's NEFT, the State
  Insurance Department's Net Banking; KSEB's Net Banking; the NEFT, IMPS and RTGS alerts); a SWIFT or other
  bank remittance either way (*settled*: Al Ansari's remittance to the beneficiary's bank, Al Rajhi's, QNB's,
  CommBank's and RBC's to the society's bank, Barclays' and SEB's International (SWIFT), Citibank's wire). UPI
  for the UPI screens, PayU's, WooCommerce's UPI (PhonePe PG), the tax invoice's, the centre's "GPay Ref", the
  advance receipt's UPI, IndiaMART's UPI Ref No, the loom stores' "by GPay", DTDC's UPI, Canara ai1, Jupiter,
  Freecharge, PayZapp and the sizer's "ജിപേ വഴി" (by GPay), the panchayat's UPI Ref, Legal Metrology's and
  K-SWIFT's UPI, Niva Bupa's, Bajaj Allianz's, Care Health's and ACKO's UPI, the Water Authority's, Vi's,
  Airtel DTH's, Kerala Vision's and the Haritha Karma Sena's UPI, the UPI alerts; card for Stripe's
  Mastercard, Parivahan's Debit Card, Tata AIG's Credit Card, the slips and the Tap to Pay phone, the
  restaurant's "Paid by card", Asianet's Debit Card; cash for the committee's "പണമായി" (in cash), the Mela
  bill's "Cash received", the dyer's "പണമായി", the wage card's "പണമായി", the village office's "പണമായി",
  National's "By cash", the HP Gas memo's "Cash received".
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout287): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., Transaction Reference on SIB
  Mirror+, UPI Ref No, upi ref, Zoho's Reference#, a UTR in a sentence, Odoo's Bank Reference, RazorpayX' UTR,
  FedCorp's UTR, the receipts' "Ref", the instalment receipt's UTR, the loom stores' and the centre's GPay
  Ref, DTDC's UPI REF, Kerala Bank's UTR (above its Transaction Reference No.), IMPS Ref. No., CSB's Reference
  No., Dhanlaxmi's UTR Number, the payslip's and the typed slip's UTR, the panchayat's UPI Ref, United India's
  UTR, Bajaj Allianz's UPI Ref No., Kerala Vision's UPI Ref, a slip's RRN, the alerts' റഫ. നമ്പർ (reference
  number), UTR, Ref No, Ref, UTR:, UPI Ref), then a bank reference (QNB's Transaction Reference, Barclays'
  Transaction reference, CommBank's Receipt number, SEB's Verifikationsnummer, RBC's Reference #, the
  e-Treasury's Bank Ref No. (above its GRN, *settled* heldout287's e-GRAS), the State Insurance Department's
  Bank Ref. No., KSEB's Bank Ref No. (above its Transaction ID); *settled* (new here) Citibank's Fed Reference
  above its Confirmation #, because the Fed reference is the Fedwire system's own reference for the wire, as a
  UTR is NEFT's), then a transaction / payment id (Google transaction ID, MobiKwik Txn ID, BharatPe Txn ID,
  ICICI's Transaction Ref No, RazorpayX' Payout ID, Al Ansari's Transaction No., Citibank's Confirmation #,
  PayU ID, WooCommerce's Transaction ID, Stripe's Payment ID, Moglix' Transaction ID, IndiaMART's Payment ID,
  SIBerNet's Transaction ID, Freecharge's Transaction ID, the e-Treasury's GRN (*settled*, a treasury's GRN),
  the Welfare Fund Board's, Parivahan's, Legal Metrology's, K-SWIFT's and ESIC's Transaction ID / No., Niva
  Bupa's, Tata AIG's, Care Health's and ACKO's transaction ids, the utilities' Transaction IDs), then an
  approval code (AUTH CODE, APPR, AUTH, Auth code), then an order's number (PayU's Order ID, WooCommerce's
  Order number, Stripe's Order), then a document's own number (Zoho's Payment#, Odoo's payment number, BIMS'
  e-Payment Advice No. (*settled* heldout287), the tax invoice's Invoice No. / ബിൽ നമ്പർ, the centre's Receipt
  No., the advance receipt's Receipt No., the instalment receipt's Receipt No., the zari house's Invoice No.,
  NHDC's Receipt No., the loom stores' No. printed, the press' Bill No., the bonus receipt's Receipt No., the
  panchayat's Receipt No. / രസീത് നമ്പർ, Legal Metrology's Receipt No., ESIC's Challan No., United India's,
  Bajaj Allianz's and the State Insurance Department's Receipt No., INVOICE, BATCH/INV's invoice, INV NO,
  INV:, Asianet's and Kerala Vision's Receipt No.). *settled*: never a card, account, phone or mobile number,
  a UPI ID, IFSC, GSTIN, a Policy No., Proposal No., Quote No., Consumer No. / ID, Customer ID, Subscriber ID,
  Licence No., Registration No., Application No. or Application Ref No., Employer Code, Establishment No., a
  Survey No., a vehicle's number, a slip's TID, a No. left blank, the bills named on an advice (Zoho's Bill
  Number, Odoo's Memo, BIMS' Bill No.), a treasury's Token No. (heldout270), DTDC's CONSIGNMENT NO (as an AWB,
  *settled* heldout274)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout288_families import (
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

SPLIT = "heldout288"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout287's: the screens in five sans faces,
# the pages in six serif and sans faces, the society's, its suppliers' and its weavers' papers in five, the
# slips in four monos; beside them Noto Sans and Noto Serif Malayalam (regular and bold, fonts-noto-core) for
# the Malayalam lines, labels and hand, an upright DejaVu Serif for a Malayalam hand's figures, heldout287's
# pens (``heldout287_families.PENS``) and fixed-width faces (``heldout287_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout288_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout288 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout296: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a namda karkhana's year of 2026 in Purani Tonk, Rajasthan (Noorani Namda Udyog,
Mohd. Idris Mansoori's proprietary firm, GSTIN 08AKRPM4372D1Z3, Udyam UDYAM-RJ-26-0031874, with his nephew
Sohail Mansoori, who takes the export orders and keeps the web shop, his wife Shahnaz Bano, who leads the
women who embroider at home, and Rekha Jain, who keeps its accounts: its felt makers, Javed Mansoori, Rafiq
Mohammad, Anwar Husain and Shakir Ali, under the old master Haji Abdul Ghani, lay the wool Babu Khan has
carded with his bow in thin layers on a reed mat, sprinkle it with soap water, roll the mat round it and press
it for hours under their forearms and feet till its fibres lock into felt, then wash it and dry it in the sun;
Rukhsana Bano, Farzana Begum, Naseem Bano and Kamla Bairwa chain-stitch flowers, vines, trees of life and
paisleys on it in dyed wool with a hooked needle, or lay wool dyed madder red, indigo, turmeric and leaf green
into its layers before it is pressed (the inlaid namda); its namda rugs, round rugs, prayer mats (janamaz),
yoga mats, coasters, table mats, tote bags, laptop sleeves, ball garlands, felt toys and wall hangings, and
its felt-making workshops for visitors; its karkhana, Noorani Namda Karkhana in Mohalla Kafila; its shop in
Ghantaghar Bazaar, Namda Ghar; stall 24 in Lokrang's crafts bazaar at the Jawahar Kala Kendra, Jaipur; the web
shop namdaghar.in; Rajasthali, heritage hotels in Jaipur and Udaipur, a Bengaluru yoga studio, a Gurugram
design studio, a Delhi design store, an Ahmedabad museum shop and the District Industries & Commerce Centre,
Tonk at home, and felt shops, interiors houses and studios in Portland, York, Utrecht, Visby, Hobart, Odense,
Montreal and Singapore abroad), told by the proofs of payment it receives (buyers' Google Pay, super.money,
Groww, Kotak, Tata Neu, IDFC FIRST Bank and YES BANK IRIS screens and Google Pay for Business on the shop's
phone; Rajasthali's payment advice from SAP under the Corporation's Hindi name, a Jaipur hotel's ERPNext
Payment Entry, Open's payout processing for a Bengaluru yoga studio, a Gurugram design studio's Google Chat
message, a Delhi design store's BUSY payment voucher, IDBI Bank's corporate banking with an Ahmedabad museum
shop's IMPS failed, IFMS Rajasthan's Pay Manager for the District Industries & Commerce Centre and an Udaipur
hotel's debit voucher; Wells Fargo, Lloyds Bank, Rabobank, Handelsbanken, CommBank, Danske Bank, Scotiabank
and OCBC for buyers in Portland, York, Utrecht, Visby, Hobart, Odense, Montreal and Singapore in US dollars,
pounds, euros, Swedish kronor, Australian dollars, Danish kroner, Canadian dollars and Singapore dollars; the
shop's GimBooks tax invoice, Easebuzz's pending checkout, the shop's message in Instagram, the Lokrang stall's
roll, a custom order form with its felt swatch, PayU's receipt mail, Instamojo's failed page for a workshop
and the firm's money receipt) and those it makes (a Bikaner wool commission agent's kachcha bill in a Hindi
hand, a Jaipur dye house's invoice, IndiaMART's failed checkout, Moglix's order mail, Porter's trip, India
Post's Speed Post roll, a Jaipur packaging maker's bill on continuous stationery and Flipkart Wholesale's
pending order; Cent Mobile, BOI Mobile Omni Neo, IDBI GO Mobile+, Rajasthan Gramin Bank's NEFT / RTGS form,
Jana Bank, RBL MoBank, Airtel Payments Bank and YES BANK NetBanking for the transporter, the soap works, the
wool traders, the thread house, the carpenter, the dyers, the carder and the export packers; the karkhana's
felt making account, an embroiderer's receipt in a Hindi hand, Saral PayPack's payslip, MobiKwik, Google Pay
in Hindi, mBandhan, Freecharge and Jupiter; GRAS Rajasthan's e-challan for the factory licence, the Trade
Marks Registry's e-receipt, an e-Mitra kiosk's receipt for the Pollution Control Board, Nagar Parishad Tonk's
signboard fee, the Export Promotion Council for Handicrafts' membership, the Jawahar Kala Kendra's stall rent
on the Rajasthan Payment Platform, DGFT's e-payment receipt and mParivahan's e-challan; Care Health's,
National Insurance's, Acko's, IFFCO-Tokio's, Cholamandalam MS', Axis Max Life's, Royal Sundaram's and SBI
General's premiums; cards on the shop's ICICI Bank terminal, the stall's PhonePe Smart POS and the shop's
Mosambee app and the firm's card at a Jaipur hotel, an Ajmer fuel station, a Bikaner hotel, a Jaipur
restaurant and a Jaipur sweet shop; JVVNL through Bijli Mitra, Vi, Tata Play, Indane through IndianOil ONE,
the PHED, Excitel, a JVVNL counterfoil paid at the counter and Dish TV; the banks' SMS, Rajasthan Gramin
Bank's SMS in Hindi, Yes Bank's mail and RBL Bank's notification inbox). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set: its app, bank or issuer, its labels and its arrangement none of
heldout294's or heldout295's; where a kind of paper is one they also drew (a shop's tax invoice, a stall's
bill, a shop's order form with its advance, a supplier's account in a regional hand, a parcel counter's roll,
a payslip, a worker's own receipt, a municipal receipt book, a shop's bill settled by card, a bank's SMS in
the region's language in its thread, a mail, a gateway's payment page), it is drawn here for another issuer in
this set's own labels and marks, and near ones are noted: the Lokrang stall's printed roll, where heldout294
and heldout295 drew a stall's cash memo written by hand; the custom order form with a square of the felt
stapled on, no number and its advance in cash, where heldout295 drew a bridal order form with its advance by
PhonePe; the wool commission agent's printed kachcha bill filled in a Hindi hand, where heldout294 drew a hide
dealer's account in a Telugu hand in a notebook; India Post's Speed Post roll, where heldout294 drew APSRTC's
parcel roll and heldout295 the Professional Couriers'; Saral PayPack's payslip, where they drew Keka's and
greytHR's; the embroiderer's receipt in a Hindi hand, where heldout295 drew a sitara worker's written in
English with her thumb; Nagar Parishad Tonk's receipt book, where heldout294 drew a gram panchayat's and
heldout295 the Jal Kal Vibhag's and a Samiti's; a sweet shop's memo settled by card with no number, where
heldout295 drew a kabab house's bill; Rajasthan Gramin Bank's SMS in Hindi in its thread, where heldout294
drew a Telugu SMS in its thread and heldout295 a Hindi SMS on a keypad phone; Yes Bank's mail, where they drew
RBL Bank's and ICICI Bank's; Easebuzz, PayU and Instamojo, where they drew BillDesk, Stripe, Razorpay and
CCAvenue; and issuers they drew for other papers: ICICI Bank's slip here, its InstaBIZ, CIB and mail there;
Bank of India's app and SMS here, its Worldline slip in heldout294; RBL Bank's MoBank and notification inbox
here, its mail in heldout294; PhonePe's Smart POS slip here, its app and PhonePe Business in heldout295; Axis
Max Life here, Axis Bank's neo and slips there; SBI General here, SBI's YONO Business and BHIM SBI Pay there;
India Post's counter here, Postal Life Insurance in heldout294; Airtel Payments Bank here, Airtel Thanks in
heldout295; Dish TV here, d2h in heldout294; GRAS Rajasthan here, Uttar Pradesh's e-GRAS behind heldout295's
Legal Metrology e-Receipt; Kotak's app and slip here, Kotak General in heldout294. Some of this set's issuers
were drawn by sets before heldout294 (heldout289's Google Pay, MobiKwik and Kotak net banking, heldout292's
PHED, heldout271's India Post Payments Bank) and are drawn here in this set's own labels and arrangements; the
families' docstrings list each one's labels). This set draws kinds of row and page heldout294 and heldout295
do not: a Hindi hand (Devanagari written by hand, its figures upright in a Latin face and slanted as a hand
slants them) for a commission agent's lines and sums and an embroiderer's receipt; an app its user set to
Hindi (its payee before को, its पूरा हुआ (completed) and its labels in Devanagari over their values); a rubber
stamp with Hindi words over its English; a namda as a letterhead's emblem (a piece of pressed felt with its
fibres and fuzzy edge, a flower chain-stitched on it in dyed wool with a spiral heart, a leaf on a stem at
each side and knots of wool); a felt strip as a divider (a vine chain-stitched along it in a wave, lazy-daisy
leaves at its turns, knots between them); an outcome's shield (a tick, a cross or a wait's three dots); a
square of the felt ordered stapled on a form; wisps of carded wool in a page's margins; continuous stationery
from a dot-matrix printer (its tractor-feed holes and perforations down both edges, pale green bars across it
under the print); a bank's NEFT / RTGS application form's customer copy (boxes filled in by hand, the branch's
stamp and the UTR written in by the branch); a chat in Google Chat and a business's messages in Instagram; an
app's notification inbox with the newest alert unread over older notices; and a page photographed lying on a
namda rug (its felt, flowers of dyed felt pressed into it with soft edges, a chain-stitched border). They draw
beside them heldout269's to heldout289's rows (tables ruled on every side, striped tables, shaded labels,
labels against a gutter, labels at the left and values at the right over hairlines, dot leaders, hairline
rows, tinted outcome bands, capsules, tiles, scalloped badges, tiles two to a row, values over their labels,
labels over their values two to a row, copyable fields, notice boxes, a payment's stages top to bottom, left
to right and across, spinners, chat bubbles and a chat's day divider, rounded cards, hand-written fills and
columns on a ruled page, boxes filled in by hand, tick boxes, sums in boxes, a page's own fixed-width face,
rectangular and oval stamps, a pale PAID mark, a QR code, signatures, a torn roll).

* ``buyer_upi``: Buyers paying Namda Ghar or the firm: Google Pay's receipt (To over the payee and its UPI ID,
  the sum, a Completed capsule, the day and hour; a card of labels small over their values: UPI transaction
  ID, To, From, Google transaction ID); super.money's dark "money sent!" in lower case (the sum, "to <payee>",
  a super.coins card; upi ref no. and sent on in two tiles, txn id at the left and the right); Groww's UPI
  payment successful under a shield's tick ("<sum> paid to <payee>", the day and hour, "From <bank> via UPI";
  no reference); Kotak's Transaction Successful on a tinted band (a striped table: Paid To, Amount, UPI Ref
  No, Date, Remarks, From A/c); Tata Neu's payment failed under a shield's cross (the sum, "to <payee>", the
  reason in a notice; labels set to the right against a gutter: Transaction ID, UPI Ref No., Tried on, Bank,
  NeuCoins); IDFC FIRST Bank's Money sent under a tile's tick ("to <payee>", "Today, <hour>"; a copyable UPI
  Reference Number; Paid from and Category at the left and the right; no day); YES BANK IRIS with a payment
  pending (a capsule, the sum, "to <payee>", its stages across the page, a notice; UPI Ref No, Initiated On,
  Debit Account in dot leaders); Google Pay for Business on the shop's phone (the shop under the app, Payment
  received, the sum, "from <buyer> via UPI", the day and hour, a copyable UPI transaction ID). All new here.
* ``buyer_advices``: Payers' advices of what they paid the firm: Rajasthali's (the Rajasthan Small Industries
  Corporation's) PAYMENT ADVICE from SAP under its Hindi name (two fields to a row: Payment Doc., Posting
  Date; Vendor, Vendor Name; House Bank, Payment Method; UTR; Reference | Doc. Date | Gross | TDS 194Q | Net
  on hairline rows with its Net Amount; its sentence); a Jaipur heritage hotel's Payment Entry printed from
  ERPNext (its number on top; shaded labels: Payment Type, Posting Date, Party Type, Party, Paid From, Mode of
  Payment, Reference No, Paid Amount; Type | Name | Grand Total | Allocated in a table ruled on every side);
  Open's payout processing for a Bengaluru yoga studio (a capsule, a notice; Amount and Mode, Beneficiary and
  Initiated on in tiles; a copyable Payout ID); a Gurugram design studio's accounts writing in Google Chat
  under a "Today" divider ("Payment of Rs. x released to <payee> by IMPS", "IMPS ref ..."; no day); a Delhi
  design store's PAYMENT VOUCHER printed from BUSY (Vch No. and Date on a line; Account | Dr. | Cr. on
  hairline rows; its Narration with the RTGS and UTR; Amount in words); IDBI Bank's corporate internet banking
  with an Ahmedabad museum shop's IMPS failed on a tinted band (the reason in a notice; a table ruled on every
  side: Transaction Reference No., Beneficiary Name, Beneficiary A/c No., IFSC, Amount, Payment Mode,
  Transaction Date); IFMS Rajasthan's Pay Manager with the District Industries & Commerce Centre's bill paid
  under the Finance Department's Hindi name (a striped table: Office, Bill No., Token No., Voucher No., Payee
  Name, Gross Amount, GST-TDS 2%, Net Amount, Mode, UTR, Payment Date, Status); an Udaipur hotel's DEBIT
  VOUCHER filled in by hand (No. left blank; Date, Paid to, the sum of Rupees, On account of written in; Cash,
  Cheque, NEFT in boxes, NEFT ticked; the sum in a box; no reference). All new here.
* ``export_wires``: Felt shops, interiors houses and yoga studios abroad paying the firm for namda rugs, felt
  mats and hangings: Wells Fargo's wire transfer confirmation in US dollars (its sentence; shaded labels:
  Amount, Recipient, Recipient bank, SWIFT/BIC, Send date month first in words, Confirmation number, Wire
  fee); Lloyds Bank's app with a payment sent abroad in pounds (a tile's tick, "<sum> sent to <payee>"; each
  value over its label: Payee's bank, From, Sent on; no reference); Rabobank's Overboeking buitenland /
  Foreign transfer in euros the Dutch way (an Uitgevoerd / Executed capsule; Dutch and English labels in a
  table ruled on every side: Begunstigde / Beneficiary, Bedrag / Amount, Uitvoeringsdatum / Execution date,
  Kenmerk / Reference, Kosten / Charges); Handelsbanken's Betalningen kunde inte genomföras / The payment
  could not be made in Swedish kronor on a tinted band (the reason in a notice; Mottagare / Payee, Belopp /
  Amount, Datum / Date year first with dashes, Referens / Reference, Avgift / Charges in dot leaders);
  CommBank's International Money Transfer sent in Australian dollars under a shield's tick ("to
  <beneficiary>"; Date, Reference number, Fee, Delivery at the left and the right); Danske Bank's Betaling
  sendt / Payment sent in Danish kroner ("I dag, <hour>" (today); labels set to the right against a gutter:
  Modtager / Recipient, Beløb / Amount, Modtagers bank / Recipient's bank, Reference; no day); Scotiabank's
  international transfer in progress in Canadian dollars (a capsule, its stages across the page, a notice;
  labels small over their values two to a row: Recipient, Amount; Sent on, Reference number; Delivery method,
  Fee); OCBC's Overseas Funds Transfer successful in Singapore dollars on a tinted band (a striped table:
  Date, Transaction reference, To, Beneficiary bank, Amount, Charges, Purpose). All new here.
* ``own_receipts``: The firm's own papers, its shop or itself on top: Namda Ghar's TAX INVOICE made in
  GimBooks under a namda, its Hindi name and a felt strip (Invoice No., Date and Place of Supply on a line;
  Billed to; Item | HSN | Qty | Rate | Amount in a striped table; Taxable Value, CGST 2.5%, SGST 2.5% and
  Invoice Total at the left and the right; "Received Rs. x by UPI (UTR ...)"); Easebuzz's checkout for the web
  shop with the payment pending (the shop on top, a capsule, a notice; Order ID, Transaction ID, Amount,
  Payment Mode, Initiated in dot leaders); the shop writing to a buyer in Instagram's messages under a "Today"
  divider ("Received Rs.x by UPI, ref ...", signed "- Namda Ghar, Tonk"; no day); the Lokrang stall's thermal
  bill torn from its roll in the festival's days (Bill No., Date, the pieces, TOTAL, PAID BY CASH); the shop's
  CUSTOM ORDER form with a square of the felt chosen stapled on, wisps of wool in its margins (No. left blank;
  Date, Customer, Size, Design written in; "Advance Rs. x recd. in cash" and "Balance Rs. y on delivery" in
  the hand; no reference); PayU's payment receipt mail for the web shop (its sentence; Merchant, Transaction
  ID, Bank Ref. No., Amount, Payment Mode, Date on hairline rows); Instamojo's payment failed for the firm's
  felt-making workshop under a shield's cross (the reason in a notice; Payment ID, Amount, Method, Attempted
  on as label and value on a line); the firm's MONEY RECEIPT on its letterhead under its Hindi name (No.
  printed beside Date; "Received with thanks from ... by NEFT (UTR ...)"; the sum in a box; a rubber stamp
  with भुगतान प्राप्त (payment received) over its English; a signature). All new here.
* ``supplier_invoices``: The firm's suppliers, each on top of its own paper: a Bikaner wool mandi commission
  agent's KACHCHA BILL (his name in Hindi over its English; Date and M/s. written in; the wool, the mandi fee
  and the loading written in a Hindi hand with their sums, कुल (total), "नकद प्राप्त" (cash received); no
  reference); a Jaipur dye house's TAX INVOICE under a pale PAID mark (two fields to a row: Bill to, Invoice
  No.; GSTIN, Invoice Date (earlier); Supply, Transport; Dye | Shade | Kg | Rate | Amount on hairline rows;
  Taxable, CGST 9%, SGST 9% and Invoice Total across the page; the sum in words; a card headed Payment
  received: Mode, Reference, Received on); IndiaMART's Pay with IndiaMART checkout failed for reed mats and
  soap on a tinted band (the reason in a notice; Seller, Order ID, Amount, Payment mode, Transaction ID,
  Attempted on at the left and the right); Moglix's order mail for carding machine parts (its sentence; Order
  ID, Order date, Payment, Amount paid in columns; the items on hairline rows); Porter's trip receipt on the
  firm's phone ("Today, <hour>"; Trip fare, Loading time, Platform fee and Amount paid at the left and the
  right; Trip ID; "Paid via UPI"; no day); India Post's Speed Post counter receipt from the Tonk head office
  on a torn roll (Article No., Weight, Tariff, GST 18%, TOTAL, PAYMENT MODE UPI, UPI REF, TXN ID, DATE); a
  Jaipur packaging maker's BILL printed by a dot-matrix printer on continuous stationery with its sprocket
  holes and green bars (Bill No. and Date; the cartons, bubble wrap and tape in fixed-width columns; TOTAL;
  "Recd. by NEFT, UTR ..., dt. <day>" written on it); Flipkart Wholesale's order with the payment pending (a
  capsule, a notice; labels small over their values two to a row: Order ID, Amount; Payment mode, Initiated
  on). All new here.
* ``vendor_transfers``: The firm's payments from its banks' apps, pages and forms: Central Bank of India's
  Cent Mobile IMPS successful under a scalloped badge ("Today, <hour>"; a table ruled on every side:
  Beneficiary Name, IMPS Ref No., Amount, From A/c, Remarks; no day); Bank of India's BOI Mobile Omni Neo with
  a NEFT failed on a tinted band (the reason in a notice; labels small over their values: Transaction
  Reference No., Beneficiary, Amount, Date, Mode); IDBI Bank's GO Mobile+ RTGS successful (a capsule;
  Beneficiary, Amount, UTR No., Transaction Date, Debit Account, Purpose in dot leaders); Rajasthan Gramin
  Bank's NEFT / RTGS APPLICATION FORM, its customer copy filled in by hand under the bank's Hindi name (Date,
  Beneficiary Name written in; the account and IFSC in boxes; NEFT and RTGS in boxes, NEFT ticked; the sum in
  a box; the branch's rectangular stamp with its day; UTR No. written in by the branch); Jana Small Finance
  Bank's NEFT in process (a capsule, its stages left to right, a notice; Beneficiary and Amount, UTR and
  Initiated on in tiles); RBL Bank's MoBank UPI payment successful (each value over its label: Paid to, UPI
  Ref No, Date & Time, Debited from); Airtel Payments Bank's Money sent to the carder ("<sum> sent to
  <payee>", "on <day>, <hour>", "to A/c ..."; no reference); YES BANK NetBanking's fund transfer confirmation
  (two fields to a row: Reference No., IMPS RRN; Beneficiary, Account; Amount, Date; Remarks). All new here.
* ``worker_pay``: The firm paying its felt makers, embroiderers and staff: the karkhana's FELT MAKING ACCOUNT
  under its Hindi heading, photographed lying on a namda (Sheet No. printed; Karigar and Week written in; Size
  | Pieces | Rate | Amount filled in by hand on a ruled table, Total; "Paid by UPI, Ref ..." and Paid on
  written in); an embroiderer's own receipt written in a Hindi hand (रसीद, दिनांक and the day, "... से कढ़ाई
  की मजदूरी के रुपये x/- नकद प्राप्त किए" (received Rs. x in cash for embroidery wages from ...), her
  signature and her name under it; no reference); Saral PayPack's payslip for the shop's accountant (Payslip
  for the month of ...; Employee Name, Employee Code, Designation, Days Paid in a table ruled on every side;
  Earnings | Amount | Deductions | Amount on hairline rows; Net Salary under its rules; "Net pay transferred
  on <day> by NEFT, UTR ..."); MobiKwik's UPI payment to a felt maker processing under a spinner ("to
  <payee>", a notice; UPI Ref No., Initiated on, From at the left and the right); Google Pay on an
  embroiderer's phone set to Hindi ("<payee> को" (to <payee>) over the sum, पूरा हुआ (completed), the day and
  hour; a card of Hindi labels small over their values: UPI लेन-देन आईडी (UPI transaction ID), इनसे (from),
  Google लेन-देन आईडी (Google transaction ID)); Bandhan Bank's mBandhan IMPS successful on a tinted band (a
  table ruled on every side: Beneficiary, Amount, IMPS Ref. No., Date, Remarks); Freecharge's UPI paid
  successfully ("Just now"; UPI Ref. No. and From at the left and the right; no day); Jupiter's UPI payment
  failed to an embroiderer under a shield's cross (the reason in a notice; two fields to a row: Amount, UPI
  Ref No.; Attempted on, From). All new here.
* ``govt_fees``: The firm's fees and taxes, the authority paid as printed: GRAS Rajasthan's e-challan for the
  karkhana's factory licence fee failed on a tinted band (the Finance Department's Hindi name over GRAS; the
  reason in a notice; a table ruled on every side: GRN, Department, Office, Budget Head, Amount, Bank, Payment
  Mode, Date); the Trade Marks Registry's e-receipt for the shop's mark (Intellectual Property India under it;
  CBR No. beside Date; Application No., Class, Trade Mark, Applicant, Amount, Payment Mode, Bank Ref. No. on
  hairline rows); an e-Mitra kiosk's receipt for the Rajasthan State Pollution Control Board's consent fee for
  the karkhana's washing yard under e-Mitra's Hindi name (Kiosk, Service, Department, Transaction ID, Amount,
  Mode, Date and Time in dot leaders); Nagar Parishad Tonk's signboard fee receipt from its book under its
  Hindi name (No. left blank; Date, Recd. from, Towards written in; the sum in a box; "in cash"; an oval
  stamp; no reference); the Export Promotion Council for Handicrafts' membership RECEIPT (labels set to the
  right against a gutter: Receipt No., Date, Member, Membership No., Towards, Subscription, GST 18%, Total,
  Mode, UTR); the Jawahar Kala Kendra's stall rent for Lokrang pending on the Rajasthan Payment Platform (a
  capsule, a notice; Order No. and Amount, RPP Txn ID and Initiated on in tiles; Payment mode); the
  Directorate General of Foreign Trade's e-payment receipt (IEC, Payment Ref. No., Bank Ref. No., Purpose,
  Amount, Mode, Date in a striped table); mParivahan with an e-challan paid for the firm's pickup (the
  Transport Department under the app, a tile's tick, "Today, <hour>"; e-Challan No., Vehicle No., Transaction
  ID, Paid via as label and value on a line; no day). All new here.
* ``insurer_receipts``: The firm's premiums, the insurer on top, after "to" or under its app's bar: Care
  Health's renewal with the payment under process (a capsule, the payment's stages top to bottom, a notice;
  Policy No., Premium, Transaction ID, Payment mode, Initiated on at the left and the right); National
  Insurance's PREMIUM RECEIPT for the wool store's Bharat Sookshma Udyam Suraksha policy (Receipt No. beside
  Receipt Date; Received from, Policy No., Period; Net Premium, CGST 9%, SGST 9%, Total Premium on hairline
  rows; "Received by NEFT, UTR ..."; a rectangular stamp); Acko's app with the pickup's policy issued ("Today,
  <hour>"; "Paid <sum> via UPI"; Policy No. and Vehicle in tiles; a copyable Payment ID; no day);
  IFFCO-Tokio's e-receipt mail (its sentence; Receipt No., Policy No., Vehicle No., Premium (incl. GST),
  Payment Mode, Transaction ID, Date in a table ruled on every side); Cholamandalam MS's shop policy paid
  under a shield's tick (two fields to a row: Proposal No., Policy No.; Premium, Payment ID; Paid on, Mode);
  Axis Max Life's app with the proprietor's premium paid ("<sum> paid on <day>", "via UPI AutoPay"; the
  policy's tiles; no reference); Royal Sundaram's motor renewal payment failed on a tinted band (the reason in
  a notice; labels set to the right against a gutter: Policy No., Premium, Order ID, Card, Attempted on); SBI
  General's PREMIUM RECEIPT for the family's health policy (a striped table: Receipt No., Receipt Date, Policy
  No., Insured, Premium, GST 18%, Total, Payment Mode, Transaction Ref. No.; its QR code). All new here.
* ``card_slips``: Cards on the shop's terminals and the firm's card elsewhere: ICICI Bank's slip at Namda Ghar
  (two fields to a line: DATE and TIME, MID and TID, BATCH and INV, APPR and RRN; the card and its scheme;
  SALE AMOUNT; APPROVED, CUSTOMER COPY); Kotak Mahindra Bank's slip at a Jaipur hotel DECLINED (51
  INSUFFICIENT FUNDS); PhonePe's Smart POS print at the Lokrang stall in the festival's days (its fields in a
  colon's column: Date, Time, TID, Batch No, Invoice No, Card, Auth Code, RRN, Amount; Txn Approved); the
  Mosambee app on the shop's phone with a card sale approved ("a few seconds ago"; Auth code, RRN and Card at
  the left and the right; no day); Federal Bank's slip at an Ajmer fuel station with the issuer's answer late
  (RESPONSE TIMEOUT, TXN PENDING, DO NOT RETRY - CHECK WITH ISSUER); Yes Bank's slip at a Bikaner hotel with a
  tip (DATE/TIME, TID, INVOICE, CARD, APPROVAL CODE, RRN, BASE AMOUNT, TIP AMOUNT, TOTAL AMOUNT; APPROVED);
  IDFC FIRST Bank's contactless slip at a Jaipur restaurant (TAP & PAY, DT and TM on a line, CARD, AC, RRN,
  AMT; APPROVED - NO PIN); a Jaipur sweet shop's printed memo settled by card (Date, the sweets by weight,
  Total, "Paid by: CARD (<card>)"; no number; no reference). All new here.
* ``utility_bills``: The karkhana's and the shop's bills: JVVNL's Bijli Mitra app with the karkhana's bill
  paid ("Today, <hour>"; the discom under the app; labels small over their values two to a row: K No., Bill
  Month; Amount, Mode; Transaction ID; no day); the Vi app with the postpaid bill paid (a striped table:
  Mobile No., Bill Amount, Transaction ID, Paid on, Payment mode); Tata Play's recharge successful under a
  shield's tick ("<sum> added to your Tata Play balance"; Subscriber ID, Transaction ID, Date, Paid with at
  the left and the right); IndianOil ONE with the Indane refill's payment pending (a capsule, "for Indane", a
  notice; Booking No. and Consumer No. in tiles; Transaction ID, Initiated on, Mode at the left and the
  right); the PHED's online water bill receipt under its Hindi name (a table ruled on every side: Receipt No.,
  Consumer No., Consumer Name, Bill Period, Amount Paid, Transaction ID, Payment Date, Payment Mode);
  Excitel's broadband payment failed on a tinted band (the reason in a notice; labels set to the right against
  a gutter: Customer ID, Plan, Amount, Order ID, Card, Attempted on); JVVNL's bill counterfoil paid at the
  cash counter under the discom's Hindi name (K No., Name, Bill Month, Due Date, Amount Payable printed; "Rs.
  x recd. in cash" and Paid on written in; the counter's rectangular stamp with its day; no reference); Dish
  TV's recharge mail (its sentence; VC No., Amount, Transaction ID, Recharge Date, Payment mode on hairline
  rows). All new here.
* ``bank_alerts``: The banks' alerts of the firm's payments: Rajasthan Gramin Bank's SMS in Hindi in its
  messages thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से UPI द्वारा रु.x <PAYEE> को दिनांक
  <dd-mm-yyyy> को डेबिट किए गए। संदर्भ सं. <ref>। ..."); SMS in Central Bank of India's ("Your a/c no.
  XXXXXXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...). -CBoI"), IDBI
  Bank's ("Your IMPS transaction of Rs x to <PAYEE> on <dd-Mon-yy> could not be processed. RRN ... Any amount
  debited will be reversed. -IDBI Bank"), Bank of India's ("Rs.x debited to A/c XX1234 on <dd-mm-yy> towards
  NEFT/<PAYEE>. Avl Bal Rs.y -BOI"; no reference), Bandhan Bank's ("INR x debited from A/c XX1234 on
  <ddMonyyyy>. Info: IMPS/<ref>/<PAYEE>. -Bandhan Bank") and DCB Bank's ("Your RTGS of Rs.x to <PAYEE> dated
  <dd/mm/yyyy> is in queue at RBI. UTR ... Please do not re-initiate. -DCB Bank") wordings; Yes Bank's mail
  ("Your YES BANK account XX1234 has been debited with INR x on <dd/mm/yyyy> towards NEFT to <PAYEE>. UTR:
  ..."); RBL Bank's MoBank notification inbox (the newest, unread: Debit alert, "Rs.x debited from A/c XX1234
  by UPI to <PAYEE>. UPI Ref ...", "2 min ago"; older notices with no payment under it; no day). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, totals and values; Noto Sans and Noto Serif Devanagari
(heldout287's, regular and bold, fonts-noto-core) for the Hindi lines, labels, SMS, stamp and hand, an upright
DejaVu Serif for a Hindi hand's figures (heldout287's), an italic or oblique for the hand
(``heldout296_families.PENS``) and a fixed-width face of the page's own (``heldout296_families.TYPES``). The
Lokrang stall's roll and card slip are drawn in the festival's days (2 to 11 October 2026), the Jawahar Kala
Kendra's stall rent in the weeks before them; the other days anywhere in 2026. GST is 5% on the namda and the
felt (CGST 2.5% and SGST 2.5% to a buyer in Rajasthan), 18% on the dyes, the packaging, the Speed Post
tariff, the Council's subscription and the premiums.

Truth conventions (heldout295's, heldout294's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*):
  under Google Pay's To (never its UPI ID), after "to" on super.money, Tata Neu, IDFC FIRST and YES BANK
  IRIS, the payee in Groww's "<sum> paid to <payee>", Kotak's Paid To; the shop, the firm, the proprietor's
  account as a bank's field cuts it (MOHD IDRIS MANSOORI PROP) or the shop with its town (NAMDA GHAR TONK);
  never the app, the payer, a UPI ID or "from <buyer>". *settled* (heldout268 to heldout295): a receiving
  business's own app pays the business named under the app, here the shop under Google Pay for Business and
  Mosambee. *settled* (heldout167 to heldout295): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here Rajasthali's Vendor Name (never its Vendor code, the Corporation or its Hindi
  name), ERPNext's Party (never the hotel on top or its Paid From), Open's Beneficiary (never Open or the
  yoga studio), the payee in the Google Chat message ("to <payee> by IMPS", never the accountant over it or
  the studio on top, *settled* heldout286), BUSY's account debited (Dr.) (never the bank's account credited
  or the store on top, as heldout295's Tally Account:), IDBI Bank's Beneficiary Name (never IDBI Bank or the
  museum shop), Pay Manager's Payee Name (never its Office or the Finance Department's Hindi name), the
  debit voucher's Paid to written in (never the hotel). *settled* (heldout155 to heldout295): an inward wire
  pays the firm, here Wells Fargo's Recipient (its sentence the same), the payee in Lloyds' "<sum> sent to
  <payee>", Rabobank's Begunstigde / Beneficiary, Handelsbanken's Mottagare / Payee, after "to" on
  CommBank, Danske Bank's Modtager / Recipient, Scotiabank's Recipient, OCBC's To; never the remitter or the
  bank on top. *settled* (heldout175 to heldout295): the firm's own paper pays its shop or itself on top,
  here NAMDA GHAR on its GimBooks invoice (never its Hindi line or its Billed to), the shop on top of
  Easebuzz's page (never Easebuzz), on top of its Lokrang roll (never the bazaar's line), on its custom
  order form (never the Customer), PayU's Merchant (never PayU), the firm on top of Instamojo's page (never
  Instamojo), the firm on its money receipt (never Received with thanks from); the shop signing its
  message in Instagram's messages ("- Namda Ghar, Tonk": the name before its place), never the buyer's
  handle on top of the chat (*settled* heldout295: a chat's top names the other party in the business's own
  app). A name in Hindi over its English: the English line, never the Hindi (*settled*, as heldout295's Hindi
  and Urdu). *settled* (heldout187 to heldout295): a supplier's name on top of its own paper, here M/S
  BHANWARLAL OMPRAKASH under its Hindi name (never its M/s. written in), SHREE GANESH DYE CHEM (never its
  Bill to), IndiaMART's Seller (never IndiaMART), Moglix on top of its mail, Porter under its bar, INDIA POST
  on top of its roll (never its office's line), AMBER PACKAGING INDUSTRIES (never its To), Flipkart
  Wholesale under its bar. *settled* (heldout179 to heldout295): a banking page pays the payee, here Cent
  Mobile's Beneficiary Name, BOI's Beneficiary, IDBI GO Mobile+'s Beneficiary, the form's Beneficiary Name
  written in (never its Remitter), Jana Bank's Beneficiary, RBL's Paid to, the payee in Airtel Payments
  Bank's "<sum> sent to <payee>", YES BANK's Beneficiary. *settled* (heldout150 to heldout295): a pay slip
  pays the worker, here the Karigar written on the felt making account (never the karkhana or its Hindi
  heading), Saral PayPack's Employee Name (never the firm on top), after "to" on MobiKwik, Freecharge and
  Jupiter, mBandhan's Beneficiary; *settled* (heldout284) a payee's own paper pays its writer, here the
  embroiderer whose name stands under her signature on her Hindi receipt (never the firm she names in it);
  *settled* (new here) an app its user set to Hindi is read as the app: Google Pay's "<payee> को" (to
  <payee>) over the sum pays that payee, because the app prints in the language its user chose, as a bank's
  SMS in Hindi is read (heldout291, heldout292, heldout295). *settled* (heldout153 to heldout295): a fee page
  pays the authority as printed, here GRAS' Department (the Factories and Boilers Inspection Department;
  never GRAS or the Finance Department's Hindi name over it, as heldout294's CFMS and heldout287's e-GRAS),
  the Trade Marks Registry on top (never Intellectual Property India, the Applicant or the Trade Mark),
  e-Mitra's Department (the Rajasthan State Pollution Control Board; never e-Mitra or its Kiosk, as
  heldout295's Nivesh Mitra), NAGAR PARISHAD TONK under its Hindi name (never Recd. from), the Export
  Promotion Council for Handicrafts on top (never its Member), the Jawahar Kala Kendra on top of the Rajasthan
  Payment Platform's page (never the platform), the Directorate General of Foreign Trade on top, the
  Transport Department under mParivahan's bar (never the app, as heldout293's Transport Department under
  VAHAN); *settled* (new here) never a trade mark named on a receipt (the Registry's NAMDA GHAR (device)),
  because it is the applicant's mark applied for, not the one paid. *settled* (heldout199 to heldout295): an
  insurer's receipt pays the insurer on top (full or short as printed) or after "to" on an app, never
  Received from, the Insured, the Life insured or a salutation; here Care Health Insurance and Acko General
  Insurance after "to", Axis Max Life Insurance under its app's bar. A slip's counter name line as printed
  (the shop, the hotel, the stall's line, the fuel station, the restaurant), never *settled* the terminal's
  brand over it (ICICI BANK, KOTAK MAHINDRA BANK, PhonePe, FEDERAL BANK, YES BANK, IDFC FIRST BANK); the
  shop under Mosambee; the sweet shop on top of its memo. A utility's biller: JVVNL under Bijli Mitra's bar,
  "to Vi" (never the app's Postpaid), Tata Play in "<sum> added to your Tata Play balance", after "for" on
  IndianOil ONE (Indane, never IndianOil ONE), the PHED on top under its Hindi name, Excitel and Dish TV on
  top, JAIPUR VIDYUT VITRAN NIGAM LTD. on top of its counterfoil under its Hindi name (never its Name). An
  SMS, mail, notification or inbox alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop, read across its lines where it wraps): Central Bank of India's
  "credited to <PAYEE> (UPI", IDBI Bank's "to <PAYEE> on", Bank of India's "towards NEFT/<PAYEE>." (the name
  after the slash), Bandhan Bank's "Info: IMPS/<ref>/<PAYEE>." (the name after the last slash, as
  heldout292's statement's "IMPS/P2A/<ref>/<PAYEE>"), DCB Bank's "to <PAYEE> dated", Yes Bank's "towards NEFT
  to <PAYEE>.", RBL Bank's "by UPI to <PAYEE>.", the Hindi SMS' "<PAYEE> को" (*settled* heldout291,
  heldout292 and heldout295).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), the sum in Groww's
  "<sum> paid to <payee>". *settled* (heldout152 to heldout295): a payer's advice counts its net sum, here
  Rajasthali's Net Amount (never a Gross, a TDS 194Q or a line's Net), ERPNext's Paid Amount (never a
  reference's Grand Total or Allocated), Open's Amount, the Rs.x in the Google Chat message, BUSY's Total
  (its Dr. line the same), IDBI Bank's Amount, Pay Manager's Net Amount (never its Gross Amount or its
  GST-TDS 2%), the debit voucher's Rs. in its box (its words the same). *settled* (heldout155 to
  heldout295): an inward wire's foreign sum, here US dollars ($2,140.00 USD or USD 2,140.00), pounds (GBP or
  the pound's sign), euros the Dutch way (€ 7.345,42 or EUR 7.345,42 is 7345.42, *settled* heldout289),
  Swedish kronor the Swedish way (64 937,00 kr or 64 937,00 SEK is 64937.00, *settled* heldout271),
  Australian dollars (A$ or AUD, *settled* heldout202 and heldout289), Danish kroner the Danish way (kr.
  27.187,30 or DKK 27.187,30 is 27187.30, *settled* heldout245 and heldout255), Canadian dollars (C$ or CAD,
  *settled* heldout289), Singapore dollars (S$ or SGD, *settled* heldout289); never Wells Fargo's Wire fee,
  CommBank's Fee or Scotiabank's Fee (as heldout294's Chase's Wire fee). *settled* (heldout175 to
  heldout295): a receipt counts the sum received, here GimBooks' Invoice Total (its "Received Rs. x" the
  same; never a Taxable Value, CGST 2.5% or SGST 2.5%), Easebuzz's sum, the Rs.x in the shop's message, the
  roll's TOTAL (never a line's sum), the order form's Advance (never its Estimate or its Balance on
  delivery, *settled* heldout289, heldout290, heldout293 and heldout295: only the advance changed hands that
  day), PayU's Amount, Instamojo's Amount, the money receipt's Rs. in its box (its words the same). A whole
  sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout295): a
  supplier's paper counts the sum paid, here the kachcha bill's कुल (total) written in (never a line's sum,
  its मंडी शुल्क (mandi fee) or its हम्माली (loading)), the dye house's Invoice Total (never Taxable, CGST 9%
  or SGST 9%), IndiaMART's Amount, Moglix's Amount paid (never an item's), Porter's Amount paid (never its
  Trip fare, Loading time or Platform fee), India Post's TOTAL (never Tariff or GST 18%), the packaging
  maker's TOTAL (never CGST 9%, SGST 9% or a line's), Flipkart Wholesale's Amount. A banking page's sum (the
  form's Amount Rs. in its box). *settled* (heldout167 to heldout295): a pay slip's net sum, here the felt
  making account's Total written in (never a Rate or a line's), the रुपये x/- in the Hindi receipt, Saral
  PayPack's Net Salary (never an earning or a deduction), the apps' sums. A fee page's Amount, the Rs. in the
  receipt book's box, the Council's Total (never its Subscription or GST 18%), the sums large. An insurer's
  premium with its GST (*settled*), here National Insurance's Total Premium (never Net Premium, CGST 9% or
  SGST 9%), SBI General's Total (never Premium or GST 18%), IFFCO-Tokio's Premium (incl. GST), Acko's "Paid
  <sum>", the sum in Axis Max Life's "<sum> paid on <day>"; never a Sum assured. A slip's SALE AMOUNT,
  AMOUNT, Amount, AMT, the sum large on Mosambee; a slip with a tip counts its TOTAL AMOUNT, never its BASE
  AMOUNT or TIP AMOUNT (*settled* heldout262 and heldout263); the sweet shop's Total (never a line's sum). A
  utility's sums large (Vi's Bill Amount the same), the sum in Tata Play's "<sum> added ...", the PHED's
  Amount Paid, the Rs. x/- written on the counterfoil (its Amount Payable the same), Dish TV's Amount (its
  sentence the same). An alert's sum debited as worded (grouped the Indian or the English way or not at all,
  after रु. in the Hindi SMS), never an Avl Bal. Currency INR but on the wires.

* status: as printed. Google Pay's Completed, super.money's "money sent!", Groww's Payment successful,
  Kotak's Transaction Successful, IDFC FIRST's Money sent, Google Pay for Business' Payment received
  successes; YES BANK IRIS' Payment pending with its stages pending; Tata Neu's Payment failed failed. A
  payer's own record of the payment made (*settled*, as heldout287's and heldout295's Tally voucher):
  ERPNext's Payment Entry of Payment Type Pay with its Reference No., BUSY's Payment Voucher with its RTGS
  and UTR, the debit voucher with NEFT ticked; Rajasthali's "The net amount has been credited to your
  account", the Google Chat message's "payment ... released", Pay Manager's Status Paid successes; Open's
  Processing pending; IDBI Bank's Transaction Status: Failed failed. A wire's "has been sent", "sent to",
  Uitgevoerd / Executed, Transfer sent, Betaling sendt / Payment sent, Overseas Funds Transfer successful
  successes; Scotiabank's In progress with its stages pending; Handelsbanken's Betalningen kunde inte
  genomföras (the payment could not be made) failed. A receipt's "Received Rs. x by UPI", the shop's
  "Received Rs.x by UPI", the roll's PAID BY CASH, the order form's "Advance ... recd. in cash", PayU's "was
  successful", the money receipt's "Received with thanks ... by NEFT" successes; Easebuzz's Payment Pending
  pending; Instamojo's Payment failed failed. A supplier's "नकद प्राप्त" (cash received) in a Hindi hand on
  the kachcha bill, the dye house's Payment received, Moglix's "Your payment is successful", Porter's Amount
  paid, India Post's PAYMENT MODE UPI with its UPI REF, "Recd. by NEFT" written on the packaging maker's
  bill successes; Flipkart Wholesale's Payment pending pending; IndiaMART's Payment Failed failed. A banking
  page's IMPS successful, Successful, Payment Successful, Money sent, "processed successfully" successes;
  *settled* (new here) a bank's NEFT / RTGS application form's customer copy with the branch's stamp and the
  UTR written in a success, because the branch writes the UTR on the customer's copy only once it has sent
  the transfer (as heldout295's passbook's printed debit entry is one); Jana Bank's In process pending; BOI's
  Transaction failed failed. A pay slip's "Paid by UPI, Ref ..." on the felt making account, the Hindi
  receipt's "नकद प्राप्त किए" (received in cash), Saral PayPack's "Net pay transferred", mBandhan's
  Transaction Successful, Freecharge's Paid successfully successes; *settled* (new here) Google Pay in
  Hindi's पूरा हुआ (completed) a success, because the app its user set to Hindi prints its Completed in
  Hindi, as the Hindi SMS is read in Hindi; MobiKwik's Payment processing pending; Jupiter's Payment failed
  failed. A fee page's E-RECEIPT with its bank reference, e-Mitra's receipt with its Mode Cash, the receipt
  book's "in cash", the Council's RECEIPT with its UTR, DGFT's Status Success, mParivahan's Challan paid
  successes; the Rajasthan Payment Platform's Payment Pending pending; GRAS' Transaction Failed failed. An
  insurer's "Received by NEFT", "Your policy is issued", "We acknowledge with thanks the premium received",
  Payment successful, Premium paid, SBI General's PREMIUM RECEIPT with its Transaction Ref. No. successes;
  Care Health's Payment under process pending; Royal Sundaram's Payment failed failed. A slip's APPROVED,
  Txn Approved, Sale approved, APPROVED - NO PIN, the sweet shop's "Paid by: CARD" successes; DECLINED (51
  INSUFFICIENT FUNDS) failed; Federal Bank's RESPONSE TIMEOUT with TXN PENDING and DO NOT RETRY - CHECK WITH
  ISSUER pending (as heldout294's AU's TRANSACTION TIMED OUT). A utility's Payment Successful, Bill paid
  successfully, Recharge successful, the PHED's Online Payment Receipt, "recd. in cash" under the counter's
  stamp, Dish TV's "We have received" successes; IndianOil ONE's Payment pending pending; Excitel's Payment
  failed failed. *settled*: an SMS, mail, notification or chat alert's debit a success whatever its bank's
  wording (here in Hindi too, "डेबिट किए गए", were debited), here Central Bank of India's "is debited for
  ... and credited to", Bank of India's, Bandhan Bank's and RBL Bank's "debited", Yes Bank's "has been
  debited"; *settled* (new here) an app's notification inbox is read from its newest alert, the older
  notices under it (none of them a payment) carrying no fact, because each notice in the list is a message
  of its own, as heldout293's inbox row is the bank's own mail; DCB Bank's "is in queue at RBI. ... Please
  do not re-initiate." pending (as heldout294's Punjab & Sind Bank's "Please do not re-initiate."); IDBI
  Bank's "could not be processed ... Any amount debited will be reversed." failed.

* date: the day paid. A UPI screen's day and hour: Google Pay's under its Completed, super.money's "sent on"
  in lower case, Groww's "<day> at <hour>", Kotak's Date, Tata Neu's Tried on, YES BANK IRIS' Initiated On,
  Google Pay for Business' day and hour; IDFC FIRST's "Today, <hour>" prints no day (*settled*). A payer's
  Posting Date on Rajasthali's advice (never a Doc. Date) and ERPNext's, Open's Initiated on, BUSY's Date,
  IDBI Bank's Transaction Date, Pay Manager's Payment Date, the debit voucher's Date written in; the Google
  Chat message under its "Today" divider prints no day (*settled* heldout289's "Yesterday"; never the
  message's hour). A wire's Send date month first in words (May 25, 2026, *settled* heldout288 and
  heldout292), Lloyds' Sent on, Rabobank's Uitvoeringsdatum / Execution date (dd-mm-yyyy), CommBank's Date
  (its weekday before it on some), Scotiabank's Sent on month first in words (Sep 4, 2026), OCBC's Date;
  *settled* (new here) Handelsbanken's Datum / Date year first with dashes as Sweden writes a day (2026-11-20
  is 2026-11-20), because four figures first can only be a year and the month follows it (as heldout277's and
  heldout294's year-first days with slashes); Danske Bank's "I dag, <hour>" (today) prints no day (*settled*,
  as Today and heldout294's Heute). A receipt's Date on GimBooks' invoice (with its UTR, as heldout292's
  myBillBook invoice), Easebuzz's Initiated, the roll's Date, the order form's Date written in, PayU's Date,
  Instamojo's Attempted on, the money receipt's Date; the shop's message under Instagram's "Today <hour>"
  divider prints no day. A supplier's Date written on the kachcha bill, the dye house's Received on (never its
  Invoice Date, *settled* heldout284's Marg), IndiaMART's Attempted on, Moglix's Order date, India Post's
  DATE, the "dt. <day>" written on the packaging maker's bill (never its printed Date, the bill's, as
  heldout295's sticky note), Flipkart Wholesale's Initiated on; Porter's "Today, <hour>" prints no day. A
  banking page's Transaction Date, Date, the form's Date written in (the branch stamp's day the same),
  Initiated on, Date & Time, "on <day>, <hour>" on Airtel Payments Bank; Cent Mobile's "Today, <hour>" prints
  no day. A pay slip's Paid on written on the felt making account (never its Week), the दिनांक (date) written
  in the Hindi receipt, the day in Saral PayPack's "Net pay transferred on <day>" (never the payslip's month),
  MobiKwik's Initiated on, Google Pay in Hindi's day and hour, mBandhan's Date, Jupiter's Attempted on;
  Freecharge's "Just now" prints no day (*settled* heldout279). A fee page's Date (GRAS', the e-receipt's, the
  receipt book's written in, the Council's), e-Mitra's Date and Time, the Rajasthan Payment Platform's
  Initiated on, DGFT's Date; mParivahan's "Today, <hour>" prints no day. An insurer's Initiated on, Receipt
  Date (never National Insurance's Period), Date, Paid on, the day in Axis Max Life's "<sum> paid on <day>"
  (never its Next due), Attempted on; Acko's "Today, <hour>" prints no day. A slip's DATE (dd/mm/yy), DATE,
  Date, DATE/TIME, DT (dd.mm.yy), the sweet shop's Date; Mosambee's "a few seconds ago" prints no day
  (*settled*, as heldout279's "Just now"). A utility's Paid on, Date, Initiated on, Attempted on, Payment Date
  (never a Bill Period or a Bill Month), the Paid on written on the counterfoil (the counter's stamp's day the
  same; never its Due Date or Bill Month), Recharge Date; Bijli Mitra's "Today, <hour>" prints no day. The
  alerts' "on <dd-mm-yyyy>", "on <dd-Mon-yy>", "on <dd-mm-yy>", "on <ddMonyyyy>" run together (26Oct2026 is
  2026-10-26, as heldout209's SBI and heldout295's "on <ddMonyy>", its year here in four figures), "dated
  <dd/mm/yyyy>", "on <dd/mm/yyyy>", the Hindi SMS' "दिनांक <dd-mm-yyyy> को" (on <day>, in Latin figures as the
  bank sends them, *settled* heldout292 and heldout295); RBL Bank's "2 min ago" prints no day (*settled*
  heldout279's "now"). All numeric days here are day first (heldout251, heldout259) but Handelsbanken's year
  first. *settled*: never a Period, a Week, a Bill Period, a Bill Month, a Financial Year, a payslip's month,
  an invoice's, a bill's, a due or a next-due day, a chat's or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's, a portal's, a terminal's or a bank's transaction id.

* payment_method: "netbanking" for NEFT / RTGS / IMPS (Rajasthali's NEFT, ERPNext's Bank Transfer (NEFT),
  Open's IMPS, the Google Chat message's IMPS, BUSY's RTGS, IDBI Bank's IMPS, Pay Manager's e-Payment
  (NEFT), the debit voucher's NEFT ticked; the money receipt's NEFT; IndiaMART's Net Banking, the dye
  house's IMPS, the packaging maker's NEFT; the banking pages but RBL's UPI; Saral PayPack's NEFT and
  mBandhan's IMPS; GRAS', the e-receipt's and DGFT's Net Banking, the Council's NEFT; National Insurance's
  NEFT, Care Health's and SBI General's Net Banking; the PHED's and Dish TV's Net Banking; the NEFT, RTGS and
  IMPS alerts); *settled* (new here) Airtel Payments Bank's bank transfer to an account and its IFSC, because
  a transfer to an account number and IFSC goes by IMPS or NEFT, never by UPI; a SWIFT transfer either way
  (*settled*: Wells Fargo's international wire with its SWIFT/BIC, Lloyds' International payment (SWIFT),
  Rabobank's Gedeeld / Shared (SHA), Handelsbanken's Delad (SHA), CommBank's SWIFT delivery, Danske Bank's
  Udlandsbetaling with its SWIFT/BIC, Scotiabank's SWIFT wire, OCBC's Shared (SHA)). UPI for the UPI screens
  and Google Pay for Business' "from <buyer> via UPI"; GimBooks' "by UPI", Easebuzz's UPI, the shop's "by
  UPI", PayU's UPI; Moglix's, Porter's, India Post's and Flipkart Wholesale's UPI; RBL's UPI; the felt making
  account's "Paid by UPI", MobiKwik, Google Pay in Hindi, Freecharge and Jupiter; the Rajasthan Payment
  Platform's and mParivahan's UPI; Acko's UPI and Axis Max Life's UPI AutoPay; Bijli Mitra's, Vi's and
  IndianOil ONE's UPI; the UPI alerts. Card for Instamojo's Debit card, IFFCO-Tokio's Credit Card,
  Cholamandalam's Debit Card, Royal Sundaram's Credit card, the slips, Mosambee and the sweet shop's "Paid by:
  CARD", Tata Play's Debit card and Excitel's Credit card. Cash for the roll's PAID BY CASH, the order form's
  "recd. in cash", the kachcha bill's "नकद प्राप्त" and the Hindi receipt's "नकद प्राप्त किए" (*settled* (new
  here) a Hindi hand's नकद (cash) cash, as heldout294's Telugu hand's నగదు ముట్టింది, because the hand writes
  in its own language what a printed receipt's "received in cash" says), e-Mitra's Mode Cash, the receipt
  book's "in cash" and the counterfoil's "recd. in cash".

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout295): a UPI
  reference / UTR / RRN / IMPS reference (Google Pay's UPI transaction ID, super.money's upi ref no.,
  Kotak's UPI Ref No, Tata Neu's UPI Ref No., IDFC FIRST's UPI Reference Number, YES BANK IRIS' UPI Ref No,
  Google Pay for Business' UPI transaction ID; Rajasthali's UTR, ERPNext's Reference No, the Google Chat
  message's IMPS ref, BUSY's UTR, Pay Manager's UTR; GimBooks' UTR, the shop's ref, the money receipt's UTR;
  the dye house's Reference, India Post's UPI REF, the packaging maker's UTR; Cent Mobile's IMPS Ref No.,
  IDBI GO Mobile+'s UTR No., the form's UTR No. written in, Jana Bank's UTR, RBL's UPI Ref No, YES BANK's
  IMPS RRN; the felt making account's Ref, Saral PayPack's UTR, MobiKwik's UPI Ref No., Google Pay in
  Hindi's UPI लेन-देन आईडी (UPI transaction ID), mBandhan's IMPS Ref. No., Freecharge's UPI Ref. No.,
  Jupiter's UPI Ref No.; the Council's UTR; National Insurance's UTR; a slip's RRN; the alerts' UPI Ref no,
  RRN, the reference in Bandhan Bank's "IMPS/<ref>/", UTR, UTR:, UPI Ref, संदर्भ सं. (reference no.)), then
  a bank reference (IDBI Bank's Transaction Reference No., Wells Fargo's Confirmation number, Rabobank's
  Kenmerk / Reference, Handelsbanken's Referens / Reference, CommBank's Reference number, Danske Bank's
  Reference, Scotiabank's Reference number, OCBC's Transaction reference, PayU's Bank Ref. No., BOI's
  Transaction Reference No., YES BANK's Reference No. (beside its IMPS RRN), the e-receipt's Bank Ref. No.,
  DGFT's Bank Ref. No. (below its Payment Ref. No.)), then a transaction / payment id (the Google transaction
  ID (Google लेन-देन आईडी), super.money's txn id, Tata Neu's Transaction ID, Open's Payout ID, Easebuzz's
  Transaction ID, Instamojo's Payment ID, IndiaMART's Transaction ID, Porter's Trip ID, India Post's TXN ID,
  GRAS' GRN (*settled*, a treasury's GRN), e-Mitra's Transaction ID, the Rajasthan Payment Platform's RPP
  Txn ID, DGFT's Payment Ref. No., mParivahan's Transaction ID, Care Health's Transaction ID, Acko's Payment
  ID, IFFCO-Tokio's Transaction ID, Cholamandalam's Payment ID, SBI General's Transaction Ref. No., Bijli
  Mitra's, Vi's, Tata Play's, IndianOil ONE's, the PHED's and Dish TV's Transaction ID), then an approval
  code (APPR, Auth Code, Auth code, APPROVAL CODE, AC), then an order's number (Easebuzz's, IndiaMART's,
  Moglix's and Flipkart Wholesale's Order ID, the Rajasthan Payment Platform's Order No., Royal Sundaram's
  and Excitel's Order ID, IndianOil ONE's Booking No. (*settled* heldout280)), then a document's own number
  (Rajasthali's Payment Doc. and ERPNext's Payment Entry number (*settled* heldout281's Payment Number, a
  payer's own number for its payment), BUSY's Vch No., Pay Manager's Voucher No., GimBooks' Invoice No., the
  roll's Bill No, the money receipt's No., the dye house's Invoice No., the packaging maker's Bill No., the
  felt making account's Sheet No., the e-receipt's CBR No., the Council's Receipt No., National
  Insurance's, IFFCO-Tokio's and SBI General's Receipt No., the PHED's Receipt No., a slip's INV, INVOICE,
  Invoice No, INV NO). *settled*: never a card, account, phone or mobile number, a UPI ID, IFSC, a SWIFT/BIC
  code, GSTIN, PAN, an Udyam number, a Vendor code (Rajasthali's Vendor), a Token No. or Bill No. (Pay
  Manager's), a Policy No., a Proposal No., an Application No., a Membership No. (as a Registration No.), a
  Consumer No., a Customer ID, a Subscriber ID, a VC No., a Vehicle No., an Article No (as an AWB, *settled*
  heldout274), an Employee Code, a Budget Head (as a Head of Account), a slip's MID / TID / BATCH, a No. left
  blank, a bill or document named on an advice or a receipt (Rajasthali's Reference, ERPNext's Payment
  References, the money receipt's invoice, the order's PO); *settled* (new here) never JVVNL's K No.,
  because it is the consumer's number with the discom, as a Consumer No. is; *settled* (new here) never an
  e-Challan No., because it numbers the notice of the offence, as heldout294's Demand No. numbers a demand;
  *settled* (new here) never an IEC (DGFT's), because it is the firm's Importer-Exporter Code, a registration
  as its GSTIN is."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout296_families import (
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

SPLIT = "heldout296"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix than heldout294's and heldout295's: the screens in
# Liberation Sans (liberation2), Noto Sans, DejaVu Sans Condensed, FreeSans and Liberation Sans Narrow; the
# pages in DejaVu Serif, Noto Serif, Liberation Serif (liberation), FreeSerif, Noto Sans Display and DejaVu
# Sans; the firm's, its suppliers' and its people's papers in FreeSerif, DejaVu Serif, Liberation Serif
# (liberation2), Noto Sans and Liberation Sans (liberation); the slips in four monos in another order; beside
# them Noto Sans and Noto Serif Devanagari (heldout287's) for the Hindi lines, labels, SMS, stamp and hand, a
# pen's italic or oblique (``heldout296_families.PENS``) and a page's own fixed-width face
# (``heldout296_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
SLIP_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
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


def make_heldout296_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout296 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout273: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pattamadai korai-grass silk mat weavers' co-operative's year of 2026 in
Tirunelveli district, Tamil Nadu (Pattamadai Pattu Pai Nesavalar Kooturavu Sangam Ltd, Regd. No. TNV.1187, its
office on Pallivasal Street, Pattamadai, on the Thamirabarani: the women weavers of Pattamadai, members of the
society, who split the korai grass from Musiri as fine as thread and weave it on a silk or cotton warp into
60, 80, 100 and 120 count pai, prayer, pooja and yoga mats, table mats, runners, coasters and woven kolam wall
hangings, and into the kalyana pai, the wedding mat with the bride's and the groom's names and the wedding day
woven in; its dye shed on the river bank, Korai Saaya Pattarai; its showroom in Mylapore, Chennai, Pattu Pai
Illam, with the web shop pattupaiillam.in and a stall at the Kaivinai Sandhai craft fair on the Island Grounds
in the Pongal week; its wedding orders from Chennai, Tirunelveli and Madurai families and its export orders),
told by the proofs of payment it receives (buyers' PhonePe, Freecharge, BHIM, Amazon Pay and Navi screens,
Razorpay's payment page for a wedding mat's advance, Cashfree's receipt e-mail for the web shop, Paytm for
Business on the showroom's phone; Flipkart Seller Hub's settlement, Zoho Books' payment made by a Bengaluru
home-decor brand, Coupa's payment for a Chennai IT company's gifts, a heritage hotel's e-mail with its
accounts sheet, PFMS's Know Your Payments for the Development Commissioner (Handicrafts), a Kumarakom resort's
NEFT returned by South Indian Bank, a Madurai silk shop's ICICI InstaBIZ and Co-optex's Tamil letter;
Razorpay's MoneySaver export account, OCBC Velocity, NatWest Bankline, ABN AMRO, ADCB, NAB, Scotiabank and a
Kyoto shop's e-mail for buyers in Brooklyn, Singapore, Bristol, Amsterdam, Dubai, Melbourne, Toronto and Kyoto
in US and Singapore dollars, pounds, euros, dirhams, Australian and Canadian dollars and yen; the showroom's
GoFrugal bill, the wedding mat's advance receipt, a new member's share capital receipt, the web shop's failed
payment mail, a typed receipt for a cheque, myBillBook's invoice, the delivery note cum receipt and the fair
stall's cash bill) and those it makes (the Musiri korai grass mandi's bill, a Kanchipuram silk twister's
invoice, IndiaMART's payment to a Chennai dye dealer, ST Courier's booking receipt, a Sivakasi carton maker's
invoice, the loom carpenter's Tamil bill, Moglix's failed order, a parcel service's LR; Indian Bank's, Indian
Overseas Bank's, Tamilnad Mercantile Bank's, City Union Bank's, Karur Vysya Bank's, State Bank's, DBS Bank's
and South Indian Bank's pages for the goods carrier, the auditors, the solar installer, the fair's tent house,
the electrician, the web studio, the showroom's landlord and the catalogue printer; its weavers', grass
splitter's, dyer's, salesman's and watchman's notebook, payslip, screens, slips, voucher and receipts;
Karuvoolam's audit fee challan, Pattamadai Town Panchayat's property tax, the Greater Chennai Corporation's
trade licence fee, ESIC's contribution, the Labour Welfare Board's contribution, the Legal Metrology
Department's stamping fee, the Geographical Indications Registry's fee and a traffic challan; New India's,
Royal Sundaram's, Oriental's, ICICI Lombard's, Niva Bupa's, Shriram General's, IFFCO-Tokio's and Bajaj
General's premiums; cards on the showroom's and the stall's terminals and the co-operative's card at a pump, a
halwa shop, a hotel, a textile machinery store and a courier counter; TNPDCL's, BSNL's, Chennai Metro Water's,
Sun Direct's, Indane's, Hathway's and Airtel's bills; the banks' SMS, an e-mail, a WhatsApp banking message, a
Tamil SMS and an ATM mini statement). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout270's or heldout271's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: Tamil lines over their
English, English labels with their Tamil beside them in the label's ink (printed or filled in by hand), a
Tamil letter and a Tamil SMS with their English, a bill written by hand in Tamil; a status capsule tinted in
the outcome's colour; a payment's steps left to right, a node for each (done, now, failed, to come) with its
name under it; a web form's boxed read-only fields under their small labels; a label and its sum in bold on a
tinted panel with a bar at its left; a notebook's and a bill pad's blue ruling with pencilled columns and a
red double margin, its rows written by hand in their columns; a contact's initials in a round badge; a line to
cut along with its scissors between an office copy and the insured's copy; a chat's bubbles on a chat's
wallpaper with the hour and the read ticks in their corner; a highlighter's stroke over a line; an
accountant's check marks at the right of a bill's lines and a ring drawn round its total; a kolam border of
dots round a receipt; a PAID or DUPLICATE watermark across a page; a carbon copy in the carbon's violet blue;
a spreadsheet pasted into an e-mail with its column letters and row numbers.

* ``buyer_upi``: PhonePe's green Transaction Successful (its "<hour> on <d Mon yyyy>" on the band; a card:
  Paid to over the payee with the sum beside it and the VPA under it; a card: Transfer Details, Transaction
  ID, Debited from, "UTR: <ref>"); Freecharge's shared receipt card (a Payment Successful capsule, the sum,
  "to <payee>", the day and hour, "Paid via Freecharge UPI"; no reference); BHIM's Transaction Pending (a
  capsule, the sum, "to <payee>", Initiated, Debited and Credit to payee left to right, UPI Ref. No.,
  Transaction ID, From; no day); Amazon Pay's Payment failed (a capsule, the sum, "to <payee>", Date, Payment
  method, UPI Reference ID, Transaction ID); Navi's payment (the payee's initials in a round badge, the payee,
  the sum, a capsule, the day, boxed fields: UPI transaction ID, Navi transaction ID, Paid from); Razorpay's
  payment page for a wedding mat's advance (the shop on top, a capsule, the sum, hairline rows: Payment ID,
  Paid to, Amount, Method, Paid on, Purpose); Cashfree's receipt e-mail ("Your payment of <sum> to <shop> is
  successful.", a banded table: Order ID, CF Payment ID, Bank Reference Number, Payment Mode: Net Banking -
  <bank>, Payment Time, Amount); Paytm for Business on the showroom's phone (the shop under the app, Payment
  Received, the sum, "from <buyer>", UTR No., Order ID, Payment mode, Received on, Settlement). All new here.
* ``buyer_advices``: Flipkart Seller Hub's settlement e-mail (Seller name, Seller ID, hairline rows:
  Settlement Ref. No., NEFT ID, Settlement date, Bank account, then Sale amount, Commission fee, Shipping and
  collection fees, Settlement amount); Zoho Books' PAYMENT MADE (the payer and PAYMENT MADE on top, Payment#,
  Payment Date, Reference Number, Paid To, Payment Mode, Paid Through, Amount Paid In Words, an Amount Paid
  panel, Payment for: Bill Number | Bill Date | Bill Amount | Payment Amount under a dark band); Coupa
  Supplier Portal's payment In Process (Remit-To, Payment #, Payment Date, Payment Amount, Payment Method,
  Bank Reference "-", Invoice # | Invoice Date | Amount under a band); a Chennai hotel's e-mail ("We have
  released the payment ... through NEFT today.", Vendor:, its accounts sheet pasted with column letters A to F
  over Invoice No. | Inv. Date | Inv. Amt | TDS | Net Paid | UTR and row numbers down the side; no day);
  PFMS's Know Your Payments (shaded labels: Beneficiary Name, Scheme, Agency, Sanction No., Payment Date,
  Amount (Rs.), Payment Status, Bank Ref. No. (UTR)); South Indian Bank's corporate NEFT status (Initiated,
  Sent to RBI and Returned left to right, a Returned capsule, "Label : Value": Transaction Ref. No., UTR,
  Debit Account, Beneficiary Name, Beneficiary A/c, IFSC, Amount, Transaction Date, Mode, Return Reason);
  ICICI Bank's InstaBIZ (a Payment successful capsule, the sum, Paid to, IMPS Ref. No., Transaction ID, Debit
  account, Date & time, Remarks); Co-optex's letter under its Tamil name (its later Date:, To, The Secretary,
  the society, a Tamil subject and sentence with the sum and the day, its English gist in brackets, signed in
  Tamil and English; no number). All new here.
* ``export_wires``: Razorpay's MoneySaver export account (a Settled capsule, the dollars large, "from
  <remitter>", Received, Converted and Settled to bank left to right, hairline rows: Beneficiary, Payment ID,
  Received via, Invoice, FX rate, Amount settled (INR), Settled to, Settled on); OCBC Velocity's telegraphic
  transfer acknowledgement ("Your telegraphic transfer has been processed.", a banded table: Reference no.,
  From account, Payee name, Payee bank, Payee account, Amount, Payment date, Charges, Purpose, Status);
  NatWest Bankline's payment details (Debit account beside Status: Sent, boxed fields: Beneficiary name,
  Beneficiary account, Amount, Payment date, Payment type, Our reference, Beneficiary reference); ABN AMRO's
  app in Dutch and English (Overboeking uitgevoerd over Transfer executed, the euros the Dutch way, "Naar
  <beneficiary>", each label over its value: Rekening / Account, Bank, Datum / Date, Soort / Type, Referentie
  / Reference, Omschrijving); ADCB's transfer Under process (the dirhams, "to <beneficiary>", Reference
  number, From account, Beneficiary bank, Transfer type, Expected credit, Purpose; no day); NAB's Payment
  unsuccessful (Payee, Payee bank, Amount, Payment date, Payment method, Receipt number, Reason); Scotiabank's
  Transfer complete (Submitted, Processed and Delivered left to right, Confirmation #, Amount sent, Recipient
  receives, Transfer fee, Delivered to, Date); a Kyoto shop's e-mail ("We have remitted <yen> ... on <day>.",
  Beneficiary:; no reference). All new here.
* ``own_receipts``: the showroom's GoFrugal bill on a torn thermal roll under its Tamil name (Bill No: beside
  Cashier:, Date:, Item / Qty x Rate | Amount with each item over its quantity and rate, Taxable value, CGST
  2.5%, SGST 2.5%, NET AMOUNT under its rules, Paid by UPI, UPI Ref, a Tamil thanks); the wedding mat's
  KALYANA PAI ORDER - ADVANCE RECEIPT in a kolam border ("Label : Value": Received from, Names to be woven,
  Wedding day (woven in), Mat, Total order value, Advance received (in cash), Balance due on delivery,
  Delivery by; an "Advance received with thanks" panel; the order desk's hand); a new member's MEMBERSHIP
  RECEIPT as a carbon copy under a DUPLICATE watermark (No., English labels with their Tamil filled in by
  hand: Date, Name of member, Village, Share capital, Admission fee, Total, Paid by; "Received with thanks."
  and its Tamil; the Secretary's hand); the web shop's mail of a failed card payment (Order number,
  Transaction ID, Payment method, Amount, Reason, the items; no day); a typed OFFICIAL RECEIPT for a cheque
  (Receipt No. :, Date :, "Received from ... a cheque No. ... dated ... drawn on ... for Rs.x/-", the words,
  SUBJECT TO REALISATION OF THE CHEQUE, the society's round seal); myBillBook's TAX INVOICE (Invoice No.
  beside Invoice Date, BILL TO, a ruled table # | Items | HSN | Qty | Rate | Amount, IGST 5%, TOTAL, Received
  Amount, Balance, Payment Mode, Ref. No., Payment received on, a PAID stamp); the showroom's DELIVERY NOTE
  CUM RECEIPT filled in by hand on dotted lines (No., Date, Delivered to, Mat, Order value Rs., Advance paid
  Rs., Balance received Rs., by, UTR / Ref.); the fair stall's CASH BILL written on its ruled pad (Date, No. |
  Particulars | Qty | Rs., Total, "Cash received - thank you"; no number). All new here.
* ``supplier_invoices``: the Musiri korai grass mandi's BILL under its Tamil name (No. beside the bill's
  Date:, To:, Particulars | Qty | Rate | Amount under a band, a check mark at each line, Total Rs. ringed,
  "Paid by NEFT on <day>" and "UTR ..." by hand); a Kanchipuram silk twister's Busy TAX INVOICE (Invoice No.
  beside Dated, Buyer:, a banded table Description | HSN | Kg | Rate | Amount, CGST 2.5%, SGST 2.5%, Round
  off, Invoice Total, a Payment Received panel "By NEFT, UTR ...", Received on: highlighted); IndiaMART's pay
  with IndiaMART page (a Payment initiated capsule, the sum, "to <seller>", Initiated, Bank confirmation and
  Seller notified left to right, Order ID, Payment ID, Items, Mode, Initiated on); ST Courier's BOOKING
  RECEIPT on a torn roll ("Label : Value": CN No, Receipt No, Booking Date, From, To, Pieces / Wt; Freight,
  Fuel surcharge 15%, GST 18%, Total, Paid: Cash); a Sivakasi carton maker's TAX INVOICE under a PAID
  watermark (Invoice No: beside Invoice Date:, a ruled table with GST 18% as its foot, Total Rs., "Paid -
  NEFT, UTR ..." by hand; no day); the loom carpenter's bill written by hand on ruled paper, his name in
  English over its Tamil, the items, the total and "received in cash" in Tamil, "Rs. x/- cash recd." (no
  number); Moglix's Payment failed (Sold by, Order ID, Transaction ID, Items, Payment mode, Attempted on); a
  parcel service's LR CUM RECEIPT (a table ruled on every side, two fields to a row: LR No. | Booking Date,
  From | To, Consignor | Consignee, Articles | Said to contain; Freight, Hamali, Door delivery, Total; "PAID
  by PhonePe, UPI Ref ..."). All new here.
* ``vendor_transfers``: Indian Bank's IndOASIS in Tamil (a Tamil heading, a Transfer successful capsule, the
  sum, English labels with their Tamil: To, Account No., Mode, Reference No., Date, Remarks); Indian Overseas
  Bank's NEFT - Transaction Receipt in a ruled table (Transaction Reference Number, UTR Number, Debit Account,
  Beneficiary Name, Beneficiary Account, IFSC, Amount, Transfer Mode, Transaction Date, Status, Remarks);
  Tamilnad Mercantile Bank's corporate RTGS Pending for authorisation (Initiated (maker), Authorised (checker)
  and Sent to RBI left to right, "Label : Value": Transaction Ref. No., Debit Account, Beneficiary,
  Beneficiary A/c, Amount, Payment Type, Initiated on, Purpose); City Union Bank's Transaction Failed (IMPS
  Ref No, Mode, From A/c, Date, Remarks); Karur Vysya Bank's DLite (Paid successfully, the sum, "to <payee>",
  a card: UPI Ref No, Time, From, Note; no day); YONO Business's Fund Transfer - Acknowledgement (hairline
  rows: Reference No., UTR, Debit Account, Beneficiary Name, Credit Account, Amount, Transaction Type, Date,
  Remarks); DBS Bank's e-mail ("Your transfer of <sum> to <payee> on <day> is successful.", Transaction
  reference, UTR, From, Mode, Purpose); South Indian Bank's shared card (a Fund Transfer Successful capsule,
  the sum, "to <payee>", the day, "From SIB A/c ... | IMPS"; no reference). All new here.
* ``worker_pay``: a weaver's page of the wage notebook written by hand on its ruling (Kooli kanakku - <month>,
  Name:, each mat handed in with its day and wage, less advance, Net paid, "Paid cash on <day>", a box for her
  left thumb impression; no number); Zoho Payroll's payslip for the showroom's salesman (Payslip for the month
  of ..., his details four to a row in a ruled table, Earnings | Amount | Deductions | Amount, a Net Pay
  panel, the words, Paid on, Payment mode, UTR); Paytm's Money Sent to a grass splitter (the sum, Sent to, her
  VPA, UPI Ref. No., From, Date, Note); a weaver's WAGE SLIP under the society's Tamil name with English
  labels and their Tamil (Weaver, Member No., Week, Mats delivered, Wage, Less: yarn advance, Net wage, Paid
  by, UPI Ref., Paid on); a Fino Payments Bank agent's DOMESTIC MONEY TRANSFER slip on a torn roll in its
  printer's face (DATE, TXN ID, SENDER, BENE, BANK, A/C, AMOUNT, CHARGES, MODE : IMPS, STATUS : PENDING);
  Jupiter's Transfer failed ("to <name>", "at <hour>", UPI Ref, Jupiter Txn ID, Paid via, Note; no day); a
  DEBIT VOUCHER filled in by hand (No., Date, Paid to, Towards, Rupees, Cash / Cheque / Transfer boxes with
  Cash ticked, the sum in a box, Secretary beside Receiver's signature and his name in his hand); a weaver's
  ADVANCE RECEIPT under its Tamil title (English labels with their Tamil filled in by hand: Date, Received by,
  Amount, Towards, Paid by, UPI Ref.; "I have received the above amount." and its Tamil, a box for her left
  thumb impression). All new here.
* ``govt_fees``: Karuvoolam's e-challan receipt under its Tamil heading (English labels with their Tamil:
  e-Challan No., Department, Head of Account, Remitter, Purpose, Amount, Payment Mode, Bank Ref. No., Date of
  Payment, Status); Pattamadai Town Panchayat's property tax receipt from TN Urban e-Pay under its Tamil name
  (two fields to a row: Receipt No. | Paid on, Assessment No. | Ward, Owner | Half year, Transaction ID |
  Mode; the demand under a band: Property tax, Education cess, Library cess, Total paid); the Greater Chennai
  Corporation's trade licence fee receipt under its Tamil name ("Label : Value": Receipt No, Trade Licence No,
  Name of Trade, Zone / Ward, Licence Period, Amount Paid, Payment Mode, Bank Ref No, Payment Date, Status; a
  QR code); ESIC's online challan with its payment pending (shaded labels: Challan Number, Employer Code,
  Employer Name, Contribution Period, Amount, Payment Mode, Payment Initiated On); the Tamil Nadu Labour
  Welfare Board's Payment Failed (boxed fields: Establishment, Contribution year, Employees, Amount, Payment
  mode, Attempted on; no reference); the Legal Metrology Department's e-Receipt under its Tamil name (a ruled
  table: Receipt No., Transaction ID, Application No., Trader, Instrument, Verification and stamping fee,
  Payment mode, Date of payment, Payment status); Intellectual Property India's e-Receipt of the Geographical
  Indications Registry (CBR No., Date, Paid to, Applicant, Form, GI, Amount, Payment mode, Bank Ref. No.,
  Status); Tamil Nadu Police's e-challan payment e-mail (the challan in its sentence, Vehicle No., Offence,
  Amount, Payment mode, Transaction ID; no day). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT with its OFFICE COPY over a cutting line and the
  INSURED'S COPY under it (Receipt No. beside Date:, "Label : Value": Received from, Policy, Policy No.,
  Premium, GST @ 18%, Total, Mode, Instrument / UTR; "Received with thanks the premium above."); Royal
  Sundaram's e-mail for the weavers' group personal accident cover (a banded table: Policy holder, Policy,
  Premium (incl. GST), Transaction ID, Payment mode, Payment date); Oriental Insurance's marine cargo premium
  Awaiting bank confirmation (Proposal, Premium paid, Bank confirms and Certificate left to right, Proposal
  No., Consignment, Premium (incl. GST), Payment reference, Payment mode, Paid on); ICICI Lombard's IL
  TakeCare with the van's renewal Payment Unsuccessful (Policy, Vehicle, Transaction ID, Payment mode,
  Attempted on); Niva Bupa's e-mail acknowledging the staff's group health premium (the sum and the day in its
  sentence; no reference); Shriram General's two-wheeler Premium Receipt in boxed fields (Receipt number,
  Receipt date, Received from, Total premium (incl. GST), Payment mode / reference); IFFCO-Tokio's page for
  the dye shed's fire cover (a Policy issued capsule, the sum, hairline rows: Policy holder, Premium, GST @
  18%, Transaction ID, Bank reference, Paid by, Payment date); Bajaj General's app after paying the showroom's
  burglary cover ("paid to <insurer>", Order ID, Payment ID, Paid with, Insured; no day). All new here.
* ``card_slips``: Pine Labs' Plutus slip at the showroom (labels at the left, values at the right: DATE, TIME,
  MID, TID, SALE, CARD NUM, CARD TYPE, APPR CODE, RRN, BATCH NUM, INVOICE NUM, BASE AMOUNT, TOTAL AMOUNT,
  APPROVED); Paytm EDC's slip at the fair stall with two fields to a line (Date | Time, TID | Batch, Order ID,
  CARD SALE, Auth | RRN, AMOUNT); Worldline's slip at a pump, its labels joined to their values by dots (DATE,
  TIME, TID, INVOICE, PUMP/NOZ, PRODUCT, RATE, VOLUME, CARD, AMOUNT) and its host timed out; BharatPe Swipe's
  DECLINED slip at a halwa shop (RESP CODE 55 - INCORRECT PIN; no reference); Razorpay POS's slip at a hotel
  with a tip (Batch / Inv, Auth code, RRN, BASE, TIP, TOTAL); Indian Bank's reprinted *** DUPLICATE *** slip
  at a textile machinery store in dots (INV NO, AUTH, RRN, AMOUNT, SALE APPROVED, REPRINT - MERCHANT COPY);
  the Pine Labs One app's card payment ("Yesterday, <hour>"; no day); Axis Bank's TAP & GO slip at a courier
  counter (APPR, RRN, APPROVED - NO PIN REQUIRED). All new here.
* ``utility_bills``: TNPDCL's online payment receipt under its Tamil name (English labels with their Tamil:
  Service No., Consumer Name, Receipt No., Transaction ID, Amount Paid, Payment Mode, Payment Date, Status);
  BSNL Selfcare's Bharat Fibre payment (a capsule, the sum, "Bharat Fibre bill paid to BSNL", Order ID, Bank
  ref. no., Paid using, Date); Chennai Metro Water's Payment Pending in boxed fields (CMWSSB No., Name, Half
  year, Amount, Transaction ID, Payment mode, Initiated on); Sun Direct's Recharge failed ("recharge for Sun
  Direct", Transaction ID, Payment mode, Attempted on); IndianOil ONE's Indane refill ("paid to Indane", the
  cylinder and the distributor, Booking no., Order ID, UPI Ref No., Paid by, Paid on); PhonePe's Bill Paid
  Successfully to TNPDCL (the day on its band, each label small over its value: Biller, Service connection
  number, Amount, Bharat Connect reference, UTR); Hathway's e-mail ("We have received your payment of <sum>
  ...", a banded table: Account ID, Plan, Receipt No., Amount, Payment mode; no day); Airtel Thanks' Xstream
  Fiber payment ("paid for Airtel Xstream Fiber", the day, Paid using UPI; no reference). All new here.
* ``bank_alerts``: SMS in Indian Bank's ("Your A/c XXXXX1234 is debited for Rs.x on <dd-Mon-yy> by UPI to
  <PAYEE> (UPI Ref <ref>). Avl Bal ..."), Indian Overseas Bank's ("IOB: NEFT of INR x from A/c ...1234 to
  <PAYEE> (UTR <utr>) processed on <dd/mm/yyyy>. Bal INR ..."), Tamilnad Mercantile Bank's ("TMB: IMPS
  transfer of Rs.x to <PAYEE> A/c XX1234 FAILED on <dd-mm-yyyy>. Ref <ref>. ...") and Equitas' ("Rs.x sent to
  <PAYEE> from Equitas A/c XX1234 via UPI. UPI Ref <ref>. ..."; no day, its divider Today) wordings; City
  Union Bank's e-mail ("... has been debited with INR x on <dd-mm-yyyy> for NEFT to <PAYEE>.", UTR No.,
  Beneficiary, Amount, Available balance); Karur Vysya Bank's WhatsApp banking message in a chat bubble ("...
  is debited with INR x on <dd-mm-yyyy> towards IMPS/<ref>/<PAYEE>. Available balance ..."); Tamil Nadu Grama
  Bank's SMS in Tamil and English in a bubble ("NEFT of Rs.x from A/c XX1234 to <PAYEE> on <dd-mm-yyyy> is
  under process. Ref <utr>."); Canara Bank's ATM MINI STATEMENT on a torn roll in its printer's face (A/C NO,
  DATE, DATE PARTICULARS AMOUNT, a BY CLG credit, the entry "NEFT-<PAYEE> ... DR", AVAIL BAL; no reference).
  All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, panels, capsules and totals; Noto Sans Tamil and Noto Serif
Tamil (fonts-noto-core) for the Tamil lines and labels, Noto Serif Tamil Slanted for the Tamil hand, an
oblique or italic for the Latin hand (``heldout273_families.PENS``) and a fixed-width face of the page's own
for its printed lines (``heldout273_families.TYPES``). The Kaivinai Sandhai stall's slip and cash bill are
drawn in the fair's days (15 to 18 January 2026), its tent house's failed transfer in the days before, the
Labour Welfare Board's contribution in January; the other days anywhere in 2026. GST is 5% on the mats, the
silk yarn and the showroom's sales, 18% on cartons, courier and premiums.

Truth conventions (heldout271's and heldout270's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) under PhonePe's Paid to (the name beside the sum; never the VPA under it), after "to" on Freecharge's,
  BHIM's and Amazon Pay's screens, under Navi's round badge (never the initials in it; the registered name cut
  short where so printed: PATTAMADAI PATTU PAI NESA), the shop on top of a payment page (its Paid to the
  same), the shop after "to" in Cashfree's sentence (never cashfree or "Hi <buyer>"); *settled* (heldout268 to
  heldout270) a receiving business's own app pays the business named under the app, here Paytm for Business's
  shop line (never "from <buyer>"). *settled* (heldout167 to heldout271): a payer's advice pays the one it
  pays, never the payer on top or a salutation; here *settled* (new here) Flipkart's Seller name (never
  Flipkart or the Seller ID), Zoho Books' Paid To (never the payer beside PAYMENT MADE), Coupa's Remit-To
  (never the Customer), the Vendor: line over a pasted sheet (never the accounts team), PFMS's Beneficiary
  Name (never the Agency), South Indian Bank's Beneficiary Name (never the resort in its head), the name under
  InstaBIZ's Paid to, the line under "The Secretary," in Co-optex's letter (never Co-optex or its Tamil name
  on top). *settled* (heldout155 to heldout271): an inward wire pays the co-operative, here *settled* (new
  here) Razorpay's Beneficiary, OCBC's Payee name, NatWest's Beneficiary name, ABN AMRO's "Naar <name>" (naar,
  to), the name after "to" on ADCB and Scotiabank, NAB's Payee, the Beneficiary: line of a buyer's e-mail;
  never the remitter ("from <remitter>", the Debit account, the Customer, the sign-off), Razorpay or the bank
  on top. *settled* (heldout175 to heldout271): the co-operative's own paper pays its unit or itself on top,
  here *settled* (new here) PATTU PAI ILLAM / Pattu Pai Illam under its Tamil name (never the Tamil line), the
  society on top of a wedding mat's advance receipt and a carbon membership receipt (never Received from, the
  names to be woven or the member), the shop on top of its mail (never "Hi <customer>"), the society on top of
  a typed receipt (never the hall that paid), the shop beside TAX INVOICE on myBillBook's invoice (never BILL
  TO or its "A unit of" line), the shop on a delivery note (never Delivered to) and on the stall's cash bill.
  *settled* (heldout187 to heldout271): a supplier's name on top of its own paper, here *settled* (new here)
  the English name under a Tamil one (SRI MURUGAN KORAI MANDI), the seller after "to" on IndiaMART's page
  (never IndiaMART), Moglix's Sold by (Mogli Labs (India) Pvt Ltd; never moglix on top), a carpenter's name as
  he writes it over its Tamil on his bill (M. Selvaraj; never the Tamil line or the "Carpenter" after it), the
  parcel service on top (never the Consignor or the Consignee); never the society after To:, Buyer:, Bill to:
  or பெறுநர் (receiver). *settled* (heldout179 to heldout271): a banking page pays the payee, here *settled*
  (new here) To beside its Tamil பெறுநர், Beneficiary Name / Beneficiary, the name after "to" on CUB's, KVB's
  and SIB's screens, the name in DBS's sentence; never the Debit Account or the bank on top. *settled*
  (heldout150 to heldout271): a pay slip pays the worker, here *settled* (new here) Name: on a page of the
  wage notebook (never its heading), Employee Name in a payslip's ruled details (never the showroom on top),
  the name under Paytm's Sent to, Weaver beside its Tamil நெசவாளர், Fino's BENE (never the SENDER), the name
  after "to" on Jupiter, a voucher's Paid to (his signature the same), Received by on an advance receipt
  (never the society on top). *settled* (heldout153 to heldout271): a fee page pays the authority on top as
  printed, here *settled* (new here) the Department on Karuvoolam's e-challan (Co-operative Audit Department;
  never Karuvoolam, Government of Tamil Nadu or the Remitter), Pattamadai Town Panchayat and the Greater
  Chennai Corporation under their Tamil names (never the Owner or the Name of Trade), Employees' State
  Insurance Corporation (never the Employer Name), Tamil Nadu Labour Welfare Board, Legal Metrology
  Department, Tamil Nadu / Legal Metrology, Tamil Nadu under its Tamil name, the Geographical Indications
  Registry after Paid to (never Intellectual Property India on top or the Applicant), Tamil Nadu Police on top
  of an e-challan mail (never e-Challan or the sender). *settled* (heldout199 to heldout271): an insurer's
  receipt pays the insurer on top (full or short as printed: The New India Assurance Co. Ltd., Royal Sundaram
  General Insurance Co. Limited / Royal Sundaram General Insurance, The Oriental Insurance Company Limited /
  Oriental Insurance, Niva Bupa Health Insurance Company Limited / Niva Bupa Health Insurance, Shriram General
  Insurance Company Limited / Shriram General Insurance, IFFCO-Tokio General Insurance Co. Ltd), *settled*
  (new here) the insurer under the sum on an insurer's app (ICICI Lombard General Insurance; never IL TakeCare
  on its band) and after "paid to" (Bajaj General Insurance Ltd; never Bajaj General on the band); never the
  Insured, the Policy holder or a salutation. A slip's counter name line as printed (PATTU PAI ILLAM, PATTU
  PAI ILLAM - STALL 42, the pump, the halwa shop, the hotel, the machinery store, ST COURIER - MYLAPORE),
  never *settled* (new here) the terminal's brand over it (PINE LABS, PAYTM EDC, WORLDLINE, BHARATPE SWIPE,
  RAZORPAY POS, INDIAN BANK, AXIS BANK) or Pine Labs One on its app (the business under it). A utility's
  biller *settled* (new here) under its Tamil name (Tamil Nadu Power Distribution Corporation Ltd / TNPDCL),
  after "paid to" (BSNL, Indane; never BSNL Selfcare, IndianOil ONE or the distributor), on top (Chennai Metro
  Water, Hathway Cable & Datacom Ltd / Hathway), after "recharge for" and "paid for" (Sun Direct, Airtel
  Xstream Fiber; never Airtel Thanks), under Biller on PhonePe's bill; never the Consumer Name, Name or a
  salutation. An SMS, e-mail or chat alert's payee as the bank sends it (*settled*, the truncated name as
  printed, without the sentence's full stop), *settled* (new here) Indian Bank's "by UPI to <PAYEE> (UPI Ref",
  IOB's "to <PAYEE> (UTR", TMB's "to <PAYEE> A/c", Equitas' "sent to <PAYEE> from", CUB's "for NEFT to
  <PAYEE>.", KVB's last part of IMPS/<ref>/<PAYEE> read across the bubble's lines, TNGB's "to <PAYEE> on" in
  its English part, a mini statement's "NEFT-<PAYEE>" cut as printed.
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled* (new here) PhonePe's sum
  beside the payee under Paid to), a payment page's sum large (its Amount the same), the sum in Cashfree's
  sentence (its Amount row the same). *settled* (heldout152 to heldout271): a payer's advice counts its net
  sum, *settled* (new here) Flipkart's Settlement amount (never the Sale amount or a fee), Zoho Books' Amount
  Paid panel (its bills' Payment Amount adding to it; never a Bill Amount alone), Coupa's Payment Amount
  (western grouping with INR after it), the Total row of a pasted sheet's Net Paid (never Inv. Amt or TDS),
  PFMS's Amount (Rs.), the sum in Co-optex's English gist (its Tamil sentence the same). *settled* (heldout155
  to heldout271): an inward wire's foreign sum, *settled* (new here) Razorpay's dollars large (never Amount
  settled (INR) or the FX rate), OCBC's Amount in Singapore dollars (SGD / S$), NatWest's Amount (GBP / the
  sign), the euros the Dutch way (EUR 1.600,00 or the sign with 1.600,00 is 1600.00), ADCB's dirhams (AED),
  NAB's Australian dollars (AUD x or $x AUD), Scotiabank's Amount sent ($x CAD or CAD x; never Recipient
  receives in INR or the Transfer fee), the yen in a buyer's sentence (JPY / the sign, whole); in US dollars,
  Singapore dollars, pounds, euros, dirhams, Australian and Canadian dollars and yen. *settled* (heldout175 to
  heldout271): a receipt counts the sum received, *settled* (new here) a thermal bill's NET AMOUNT (never the
  Taxable value or a GST row), a wedding mat's Advance received (its panel the same; never the Total order
  value or the Balance due on delivery), a membership receipt's Total (the share capital and the admission fee
  together; never either alone), a failed order's Amount (its items and shipping), a cheque's "for Rs.x/-",
  myBillBook's TOTAL (its Received Amount the same; never IGST 5%), a delivery note's Balance received Rs.
  (never the Order value or the Advance paid), a cash bill's Total. A whole sum closed with /- is that sum in
  whole rupees (heldout259). *settled* (heldout187 to heldout271): a supplier's paper counts the sum paid,
  *settled* (new here) a bill's ringed Total Rs., the Invoice Total over a Payment Received panel (never CGST,
  SGST or Round off), IndiaMART's sum, ST Courier's Total (never the Freight, the Fuel surcharge or GST 18%),
  a carton maker's Total Rs. (never its GST 18% foot), a carpenter's total in Tamil (மொத்தம் ரூ. x/-; his "Rs.
  x/- cash recd." the same; never a line of it), Moglix's sum, a parcel service's Total (never the Freight,
  Hamali or Door delivery). A banking page's sum, never the charges. *settled* (heldout167 to heldout271): a
  pay slip's net sum, *settled* (new here) a wage notebook's Net paid (the mats' wages less the advance; never
  a mat's wage), Zoho Payroll's Net Pay panel (never Gross Earnings or Total Deductions), a wage slip's Net
  wage (never the Wage before the advance), Fino's AMOUNT (never CHARGES), a voucher's sum in its box (its
  Rupees in words the same), an advance receipt's Amount. A fee page's Amount / Total paid (never a demand
  head) / Amount Paid / Verification and stamping fee. *settled* (heldout199 to heldout271): an insurer's
  premium with its GST, *settled* (new here) New India's Total (its office copy's Rs. the same; never Premium
  or GST @ 18%), Premium (incl. GST), Total premium (incl. GST), the sum in Niva Bupa's sentence,
  IFFCO-Tokio's sum large (never its Premium or GST rows). A slip's TOTAL AMOUNT / AMOUNT / TOTAL (never BASE
  AMOUNT, BASE or TIP, RATE or VOLUME), the app's sum large. A utility's Amount Paid, the sum large, Amount,
  the sum in Hathway's sentence (its Amount row the same). An alert's sum debited as worded (grouped the
  Indian or the English way or not at all), *settled* (new here) a mini statement's DR entry (never AVAIL BAL
  or a CR line); never Avl Bal, Bal or Available balance. Currency INR but on the wires.
* status: as printed. *settled* (new here): a capsule's Payment Successful / Payment successful / Payment
  Received / Transfer successful / Fund Transfer Successful / Settled / Transfer complete / Policy issued /
  Approved successes, Transaction Pending, In Process, Under process, Pending for authorisation, Payment
  initiated, Payment pending - awaiting bank confirmation, Awaiting bank confirmation and Payment Pending
  pending, Payment failed, Returned, Payment unsuccessful, Transaction Failed, Transfer failed, Payment
  Failed, Payment Unsuccessful and Recharge failed failed. A UPI screen's Transaction Successful on its band,
  "Your payment of ... is successful." successes. A payer's "The settlement below has been sent to your
  registered bank account.", Zoho Books' PAYMENT MADE (a payer's own record of the payment made, as
  heldout270's Vyapar Payment Out), "We have released the payment ... through NEFT today.", Credited to
  beneficiary account and Co-optex's credited (வரவு வைக்கப்பட்டுள்ளது) successes. A wire's "Your telegraphic
  transfer has been processed.", Status: Sent, Overboeking uitgevoerd / Transfer executed and "We have
  remitted ..." successes. A receipt's "Paid by UPI", an advance received in cash with thanks, "Received with
  thanks." (its Tamil நன்றியுடன் பெற்றுக்கொண்டோம் the same), Received Amount with its Balance 0 under a PAID
  stamp, Balance received in the hand and "Cash received - thank you" successes; "We could not receive the
  payment ... declined" failed; *settled* (heldout270) SUBJECT TO REALISATION OF THE CHEQUE pending. A
  supplier's "Paid by NEFT on <day>" written on its bill by the society's accountant, a Payment Received
  panel, Paid: Cash, "Paid - NEFT" under a PAID watermark, a carpenter's "cash recd." (his Tamil ரொக்கமாகப்
  பெற்றுக்கொண்டேன் the same) and "PAID by PhonePe" successes. A banking page's Status Success, "processed
  successfully", "is successful" and Paid successfully successes, *settled* (new here) a corporate transfer
  Pending for authorisation (the checker's step still open) pending. A pay slip's "Paid cash on <day>", a
  payslip's Payment mode under its Paid on, Money Sent, a wage slip's Paid by UPI, a voucher signed by the
  receiver and "I have received the above amount." over a thumb impression's box successes, STATUS : PENDING
  pending. A fee page's Status Success, "Payment received." under Total paid, SUCCESS, Payment status Paid,
  Payment successful and "Your payment for challan ... is successful." successes. An insurer's "Received with
  thanks the premium above.", "Thank you for your payment. Your ... policy ... is renewed.", "We acknowledge
  the receipt of ..." and "Premium received with thanks." successes. A slip's APPROVED, TRANSACTION
  SUCCESSFUL, SALE APPROVED on a DUPLICATE reprint and APPROVED - NO PIN REQUIRED successes, TXN TIMEOUT -
  HOST NOT RESPONDING pending, DECLINED failed. A utility's Status Success, Bill Paid Successfully and Payment
  successful successes, "We have received your payment" success. *settled*: an SMS debit alert a success
  whatever its bank's wording (here the e-mail's, the WhatsApp message's and a mini statement's debits too);
  *settled* (new here) TMB's "FAILED on" failed, TNGB's "is under process" (செயல்பாட்டில் உள்ளது) pending.
* date: the day paid. *settled* (new here): PhonePe's "<hour> on <d Mon yyyy>" on its band, the day under a
  payee or a capsule, Date, Paid on (May 9, 2026, 21:05 is 2026-05-09), Payment Time, Received on; BHIM's page
  prints no day. A payer's Settlement date, Payment Date (never a Bill Date or an Invoice Date), Transaction
  Date, Date & time, the day in Co-optex's sentence (never the letter's later Date:); a hotel's "today" prints
  no day (never an Inv. Date). A wire's Settled on, Payment date, Datum / Date (19-07-2026), Date, the day in
  a buyer's sentence; ADCB's page prints no day. A receipt's Date (never the Wedding day woven in or the
  Delivery by day, never a cheque's dated), Date filled in by hand (தேதி), Payment received on (never the
  Invoice Date); a failed order's mail prints no day. A supplier's "Paid by NEFT on <day>" in the hand (never
  the bill's Date:), Received on (never Dated), Initiated on, Booking Date, தேதி in a carpenter's hand,
  Attempted on; a carton maker's invoice prints no day paid (never its Invoice Date). A banking page's Date
  (தேதி), Transaction Date, Initiated on, the day in DBS's sentence, the day on a shared card; KVB's Time
  alone prints no day. A pay slip's "Paid cash on <day>" (never a mat's day or the notebook's month), Paid on
  (never the payslip's month, the Week or the Date of Joining), Date, DATE, a voucher's and an advance
  receipt's Date by hand; Jupiter's "at <hour>" prints no day. A fee page's Date of Payment, Paid on (never
  the Half year), Payment Date (never the Licence Period), Payment Initiated On (never the Contribution
  Period), Attempted on (never the Contribution year), Date of payment, Date; an e-challan mail prints no day.
  An insurer's Date:, Payment date, Paid on, Attempted on, the day in Niva Bupa's sentence, Receipt date;
  Bajaj General's app prints no day. A slip's DATE / Date: (03 JAN 2026, 17-01-2026, 02-03-26); Pine Labs
  One's "Yesterday, <hour>" prints no day. A utility's Payment Date, Date, Initiated on (never the Half year),
  Attempted on, Paid on, "on <day>" under PhonePe's outcome, the day under Airtel's payee; Hathway's mail
  prints no day. The alerts' "on <dd-Mon-yy>" (20-May-26 is 2026-05-20), "processed on <dd/mm/yyyy>", "FAILED
  on <dd-mm-yyyy>", "on <dd-mm-yyyy>" (a chat's divider the same), a mini statement entry's day (never its
  DATE line or a CR line's day); Equitas' SMS prints no day (its divider Today). All numeric days here are day
  first (heldout251, heldout259). *settled*: never a Due date, a Cheque dt., a Period, an invoice number's
  financial year or an e-mail's hour, the day inside a UTR (heldout210) or inside an app's or a terminal's
  transaction id, the day inside a file's name or a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (*settled* (new here) Cashfree's Net Banking - <bank>,
  Flipkart's NEFT ID, Zoho Books' Bank Transfer, Coupa's Electronic transfer (NEFT), a hotel's "through NEFT",
  PFMS's credit to the beneficiary account, InstaBIZ's IMPS, Co-optex's NEFT, myBillBook's Bank Transfer
  (NEFT), "Paid by NEFT" in the hand, "By NEFT" in a panel, IndiaMART's Net Banking, the banking pages, a
  payslip's Bank transfer (NEFT), a banking point's MODE : IMPS, a fee's, a premium's or a bill's Net Banking
  / Internet Banking / NEFT, the NEFT and IMPS alerts), a SWIFT or other bank remittance either way (*settled*
  (new here) Razorpay's ACH transfer to a USD account, OCBC's telegraphic transfer with its Charges SHA,
  NatWest's International payment (SWIFT), Buitenland (SWIFT), ADCB's International (SWIFT), NAB's
  International money transfer, Scotiabank's delivery to a bank account (SWIFT), a Japan Post Bank
  international remittance); UPI for the UPI screens, a payment page's UPI (<vpa>), Paytm for Business, a
  thermal bill's Paid by UPI, GPay in a delivery note's hand, "PAID by PhonePe", *settled* (new here) a UPI
  collect request, the UPI transfers to workers, a fee's, a premium's and a bill's UPI, the UPI alerts; card
  for a gateway's credit card, a fee's Debit card (RuPay) / Debit Card, a premium's Credit card and Debit
  card, the slips and the terminal's app, a DTH recharge's Debit card, a broadband bill's Credit Card; cash
  for an advance "in cash", Paid by Cash in the hand, "Cash received", Paid: Cash, "cash recd.", "Paid cash",
  a voucher's Cash box ticked; cheque for a cheque received subject to realisation.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout271): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) "UTR: <ref>", UPI Ref. No., UPI Reference ID,
  UPI transaction ID, UTR No., NEFT ID, Zoho Books' Reference Number, a pasted sheet's UTR, PFMS's Bank Ref.
  No. (UTR), IMPS Ref. No. / IMPS Ref No, UPI Ref, Ref. No., UTR / Ref. and UTR in the hand, a panel's UTR,
  Reference No. (குறிப்பு எண்) of an IMPS, Instrument / UTR, a premium's UPI reference after "UPI /", Bank
  reference and Bank Ref No of a UPI payment, Bank ref. no., a slip's RRN, the ref inside KVB's
  IMPS/<ref>/<PAYEE>), then a bank reference (*settled* (new here) Cashfree's Bank Reference Number, OCBC's
  Reference no., NatWest's Our reference, Referentie / Reference, ADCB's Reference number, NAB's Receipt
  number, Scotiabank's Confirmation #, IOB's Transaction Reference Number, TMB's Transaction Ref. No., YONO's
  Reference No., DBS's Transaction reference, Karuvoolam's and the GI Registry's Bank Ref. No., a Bharat
  Connect reference), then a transaction / payment id (*settled* (new here) a Transaction ID, Razorpay's pay_
  and intpay_ Payment IDs, CF Payment ID, Navi transaction ID, Flipkart's Settlement Ref. No., Coupa's Payment
  #, IndiaMART's Payment ID, Fino's TXN ID, Jupiter Txn ID, an e-Challan No., ESIC's Challan Number,
  Oriental's Payment reference, Bajaj's Payment ID), then an approval code (APPR CODE, Auth, Auth code, AUTH,
  APPR, Approval code), then an order's number (*settled* (new here) Order ID, a web shop's Order number,
  Paytm EDC's Order ID), then a document's own number (*settled* (new here) Zoho Books' Payment#, Bill No,
  Receipt No. / Receipt No / Receipt number, a printed No., Invoice No. / Invoice No:, a mandi's bill No., the
  GI Registry's CBR No., a slip's INVOICE NUM / INVOICE / Invoice / INV NO / INV / Batch / Inv). *settled*:
  never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a Purpose code, a Policy
  No., a Consumer No., an AWB, a CIN or a Licence No., a slip's TID / MID / BATCH; *settled* (new here) never
  a Seller ID, a Sanction No., a CN No. or an LR No., a Member No., an Employee ID or a UAN, an Assessment No.
  or Ward, a Trade Licence No., an Employer Code, an Application No., a Proposal No., a Vehicle No., a
  challan's number in a sentence, a Booking no., a Smart card no., a Service (connection) No., a CMWSSB No.,
  an Account ID or Account no., a Head of Account, an ATM ID, an Agent ID, a Terminal, a PUMP/NOZ, the Bank
  Reference "-"."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout273_families import (
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

SPLIT = "heldout273"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Noto Sans Display
# and DejaVu Sans Condensed among them), the pages in Noto Serif Display, Liberation Serif, DejaVu Serif
# Condensed, FreeSerif, Noto Sans and Liberation Sans Narrow, the co-operative's, its suppliers' and its
# workers' papers in four serifs and Liberation Sans Narrow, the slips in five monos; beside them Noto Sans
# Tamil, Noto Serif Tamil and Noto Serif Tamil Slanted (fonts-noto-core) for the Tamil lines, labels and
# hand, a pen's oblique or italic (``heldout273_families.PENS``) and a page's own fixed-width face
# (``heldout273_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
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


def make_heldout273_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout273 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

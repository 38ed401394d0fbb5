"""heldout274: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Baluchari silk sari weavers' co-operative's year of 2026 in Bishnupur, Bankura
district, West Bengal (Bishnupur Baluchari Resham Tantubay Samabay Samity Ltd, Regn. No. 17/BNK of 1956, its
office at Krishnaganj, Bishnupur: the weavers of Bishnupur, members of the society, who weave Baluchari and
Swarnachari (gold zari) saris, stoles and dupattas of mulberry silk on jacquard looms, the pallu's
Mahabharata, Ramayana, Krishna Raas, nawabi court and terracotta-temple scenes drawn on graph paper and
punched into the jacquard's cards in its design room, Naksha Ghar, its reelers, winders and dyers at the dye
house in Dalmadal Para; its Kolkata showroom in the Dakshinapan complex at Dhakuria, Baluchari Ghar, with the
web shop balucharighar.in and a stall at the Bishnupur Mela in the last week of December; its bridal orders,
its buyers in Kolkata and Delhi and its export buyers), told by the proofs of payment it receives (buyers'
Google Pay, CRED, MobiKwik, WhatsApp, super.money and Kotak811 screens, the showroom's BharatPe Business and
Instamojo's receipt mail; Tantuja's PAYMENT ADVICE, Biswa Bangla's plain-text mail, IFMS e-Pradan's payment
status, Amazon Seller Central's disbursement, a Kolkata heritage hotel's Axis Bank page, a Delhi craft house's
Tally voucher, RazorpayX's payout mail and a boutique's mail forwarded by the showroom; Wise, Barclays, BNP
Paribas, UCO Bank's FIRC for a Dhaka buyer, Maybank2u, QNB, a Wellington shop's mail and Handelsbanken for
buyers in Edison, Leicester, Paris, Dhaka, Kuala Lumpur, Doha, Wellington and Stockholm in US dollars, pounds,
euros, ringgit, riyals, New Zealand dollars and kronor; the showroom's dot-matrix RETAIL INVOICE, a
Swarnachari order's advance receipt, the mela stall's cash memo in Bengali, the web shop's failed checkout, a
money receipt for a cheque, a tax invoice for a Delhi buyer, the showroom's Bluetooth printer's bill and a
weaving demonstration's ticket) and those it makes (the Malda silk yarn house's HALKHATA RECEIPT on Poila
Baisakh, PayU for a Surat zari works, the naksha card puncher's bill on graph paper, a Kolkata dye dealer's
receipt for a cheque, India Post's Speed Post receipt, Amazon Business's declined order, SBSTC's parcel
receipt and a photographer's Refrens invoice; UCO Bank's, Bandhan Bank's, Bank of India's, Canara Bank's, the
Bankura district co-operative bank's and IDFC FIRST Bank's pages, an RTGS / NEFT application form and a
cheque's counterfoil for the yarn house, the zari works, the loom mechanics, the dye house, the electrician,
the printer, the showroom's landlord and the loom carpenter; its weavers', salesman's, designer's, reeler's,
dyer's and winder's wage card, pay slip, screens, voucher, bonus slip and notification; GRIPS' e-challan for
the Co-operation Department, Bishnupur Municipality's trade licence, EPFO's ECR payment, Profession Tax's SMS,
the India Handloom Brand's fee to the Textiles Committee, Silpasathi's registration fee, Vahan's road tax and
the Kolkata Municipal Corporation's trade licence; National Insurance's, LIC's, HDFC ERGO's, Tata AIG's,
Digit's, Star Health's, Magma General's and United India's premiums; cards on the showroom's and the mela
stall's terminals, a phone's Tap on Phone and the co-operative's card at a pump, a sandesh shop, a Durgapur
hotel, a computer shop and a hardware store; WBSEDCL's, CESC's, Bharat Gas's, Vi's, JioFiber's, Tata Play's,
BSNL's (through Bharat Connect) and Excitel's bills; the banks' SMS, e-mails, a Bengali SMS, notifications and
a passbook's page). One payment per page. Each family: six successes, one failure, one wait; one page prints
no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout272's or heldout273's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: Bengali lines in Noto Sans
and Noto Serif Bengali over their English (a name, a heading, a greeting, a sentence with its figures); a
form's bilingual label, the Bengali small on its own line over the English with the value on the English line
(printed or filled in by hand); a Bengali hand, Noto Serif Bengali slanted as a pen slants, with its figures
in the pen's Latin; a Baluchari pallu's border of temple spires and butas in zari on the sari's ground at the
head and the foot of a page; continuous stationery's sprocket holes and pale green bars behind a dot-matrix
printer's lines; a ticket's card with a half-round notch in each side and a dashed tear line between them, a
stub under it; a progress bar; a row of rounded chips; a tab bar with its chosen tab underlined; a
notification's round icon with its letter, the app and the time; graph paper; a strip of jacquard card with
its punched holes; a fold's crease across a page; a staple through a corner; a WhatsApp chat with a payment
card among its bubbles; a plain-text mail whose table is drawn with dashes and bars; a bank's application
form's character boxes filled in by hand; a cheque's counterfoil past its perforation; a passbook's printed
page with its ruling; sums the French and Swedish ways (1 850,00 EUR, 12 450,00 kr), in ringgit, Qatari riyals
and New Zealand dollars; a Swedish page's day year first with hyphens.

* ``buyer_upi``: Google Pay's receipt ("To <payee>" over the VPA, the sum, Completed, the day and hour; a
  card, each label small over its value: UPI transaction ID, To, From, Google transaction ID); CRED's dark
  receipt in lower case (payment successful, the sum, paid to, "on <d mon yyyy> at <hour>", chips UPI and
  secured by CRED, cred txn id, UPI ref no., paid from, CRED coins); MobiKwik's Payment Processing (the sum
  over a progress bar, "to <payee>", MobiKwik Txn ID, UPI Ref No, Date & time); a WhatsApp chat with the
  showroom (the chat's divider the day; a payment card "Payment to <shop>", the sum, a Failed capsule, "UPI  *
  <bank>"; no reference); super.money (the sum, "paid to <payee>", Payment successful, a cashback chip; shaded
  label cells: UPI Ref ID, super.money txn ID, Paid from, Date); Kotak811's receipt drawn as a ticket (Payment
  Successful, the sum, "to <payee>" and its VPA above the tear line; UPI Ref No., Date, From A/c, Remarks
  under it); BharatPe Business on the showroom's phone (tabs Payments | Settlements | Loans, the shop, Payment
  received, "from <buyer>", BharatPe Txn ID, UTR, Mode, Received Today with an hour, Settlement; no day);
  Instamojo's receipt mail ("You have successfully paid <sum> to <shop>.", dot leaders: Payment ID, Purpose,
  Paid on, Payment mode, Amount). All new here.
* ``buyer_advices``: Tantuja's PAYMENT ADVICE under its Bengali name (Advice No. beside its later Date:, To,
  The Secretary, the society, "We have paid the purchase bills below through RTGS / NEFT.", a ruled table Bill
  No. | Bill Date | Bill value | Less 2% | Net with Net amount paid at its foot, Mode of payment, UTR No.,
  Value date); Biswa Bangla's plain-text mail in a fixed-width face (Vendor code, Vendor name, PO No. |
  Invoice No. | Inv. Amt | TDS | Net paid drawn with dashes and bars, its Total, "Payment of Rs. x released by
  NEFT / RTGS on <day>, UTR ..."); IFMS e-Pradan's beneficiary payment status under the state's Bengali name
  (its steps down the page: Bill passed by treasury, Sent to bank, Credited to beneficiary; shaded label
  cells: Beneficiary Name, DDO, Purpose, Amount (Rs.), e-Pradan Ref. No., Mode, Sent to bank on, Status);
  Amazon Seller Central's disbursement (Store name, a capsule, Settlement period, Product sales, Amazon fees,
  Transfer amount, Transferred to, Bank trace ID; no day); a hotel's Axis Bank corporate page (a status band
  "Failed - returned by beneficiary bank", a ruled table two fields to a row: Txn Ref No | Type, Beneficiary |
  IFSC, Amount | Value Date, UTR | Debit A/c; Return reason); a Delhi craft house's Tally Payment Voucher
  (No.: beside Dated:, Particulars | Amount, Account : HDFC Bank, the party and its sum, Through, On Account
  of with the UTR, Amount (in words), the total under its rules); RazorpayX's payout mail ("<payer> has sent
  you a payout of <sum>.", Beneficiary, Payout ID, UTR, Mode, Processed on, Narration); a boutique's mail
  forwarded by the showroom's manager (the forwarded header's From, Date, Subject and To; "We have transferred
  Rs. x by IMPS on <day> ...", Beneficiary:; no reference). All new here.
* ``export_wires``: Wise's transfer page (Your money's been delivered, its steps down the page with the day at
  the last, dot leaders: You sent exactly, Total fees (included), Total amount we converted, Guaranteed rate,
  Recipient gets in rupees; each label small over its value: Account holder name, Bank details, Transfer #);
  Barclays' app (Payment in progress, the pounds, "to <beneficiary>", its steps: Payment sent, With the
  recipient's bank, Paid in; Confirmation number, Date sent, Payment reference, Exchange rate, Type); BNP
  Paribas' avis d'exécution in French (Donneur d'ordre, a ruled table under Détail de l'opération:
  Bénéficiaire, Banque du bénéficiaire, Montant the French way, Date d'exécution, Référence de l'opération,
  Frais, Motif, Statut); UCO Bank's FOREIGN INWARD REMITTANCE CERTIFICATE for a Dhaka buyer's letter of credit
  (FIRC No. beside its later Date:, "We certify that we have received the remittance below ...", dot leaders:
  Beneficiary, Remitter, Remitting bank, Currency and amount, Rate, INR equivalent, Date of credit, Mode,
  Purpose code, LC No., Our reference; the forex department's seal); Maybank2u's foreign telegraphic transfer
  (Successful, the ringgit, "to <beneficiary>", Reference No., Beneficiary bank, Transfer type, Purpose,
  Service charge, Time; no day); QNB's transfer rejected (a capsule, a striped table under Transfer details:
  Beneficiary, Beneficiary bank, Amount, Value date, Transaction reference, Method, Reason); a Wellington
  shop's mail ("We sent NZ$x for invoice ... through ANZ on <day> ...", Payee:; no reference); Handelsbanken's
  utlandsbetalning in Swedish and English (shaded label cells: Mottagare / Payee, Bank, Belopp / Amount the
  Swedish way, Betalningsdag / Date year first, Avgift / Charges, Referens / Reference, Meddelande / Message,
  Status). All new here.
* ``own_receipts``: the showroom's RETAIL INVOICE from a dot-matrix printer on continuous stationery (the shop
  and "(A unit of ...)" centred, Inv No : beside Date :, Sl | Description | HSN | Qty | Amount, Taxable value,
  CGST 2.5%, SGST 2.5%, NET AMOUNT, "Paid by CARD ...", Auth code); a Swarnachari order's ADVANCE RECEIPT
  drawn as a ticket under the shop's Bengali name (Order No. beside Date:, dot leaders: Customer, Pallu,
  Delivery by, Order value, Advance paid, Paid by, UPI Ref, Balance on delivery; the customer's stub); the
  Bishnupur Mela stall's CASH MEMO in a pallu border written by hand in Bengali (its No. left blank, Date on a
  dotted line, the Bengali calendar's day beside it, the saris in Bengali with their figures, Total Rs. in a
  box, "নগদ পাইলাম। ধন্যবাদ।"); the web shop's checkout with its payment failed (tabs Cart | Address |
  Payment, a capsule, dot leaders: Order, Amount, Method, Payment ID, Attempted on; the order's lines; chips);
  a MONEY RECEIPT for a cheque with its counterfoil past a perforation (No., Date, Received from, by Cheque
  No., dated, drawn on, filled in by hand; Rs. in a box; "Subject to realisation of the cheque."); a TAX
  INVOICE for a Delhi craft house (Invoice No.: beside Invoice Date:, a ruled table, IGST 5%, Invoice Total,
  an HSN summary striped, a card PAYMENT RECEIVED: Amount, Mode, UTR, Received on); the showroom's bill from a
  phone's Bluetooth printer on a torn 58 mm roll under its Bengali name (Bill:, the day and hour, TOTAL, PAID
  - UPI, Txn:, a QR code); a WEAVING DEMONSTRATION - ENTRY TICKET with a strip of jacquard card and its stub
  (Ticket No., Visitors, Amount, Paid: Cash; no day). All new here.
* ``supplier_invoices``: the Malda silk yarn house's HALKHATA RECEIPT on Poila Baisakh under "শুভ নববর্ষ ১৪৩৩"
  and "শুভ হালখাতা" (Receipt No. beside Date:, M/s the society, Bengali labels over their English: Old balance
  (1432), Paid today, Balance carried, Mode; "Received with thanks.", its round seal); PayU's payment-link
  page (a capsule, the sum, "Paid to <seller>", PayU ID, Bank Ref No., Payment mode, Date, Description); the
  naksha card puncher's bill written by hand on graph paper under a strip of jacquard card (his name in
  English over its Bengali, Bill to, Date, Design | Cards | Rate | Rs., Total, "নগদ বুঝিয়া পাইলাম।", "Recd.
  cash Rs. x/-"; no number); a Kolkata dye dealer's typed RECEIPT (No. beside Date :, "Received with thanks
  from ... a sum of Rs. x/- (...) by cheque no. ... dated ... drawn on ...", "Subject to realisation of the
  cheque.", a revenue stamp signed across); India Post's Speed Post BOOKING RECEIPT on a torn roll in its
  printer's face (Receipt No, Date, Service, Art No, To, Wt, Tariff, GST 18%, Total Amt, Paid by : CASH);
  Amazon Business's Payment declined (dot leaders: Order #, Sold by, Items, Order total, Payment method; no
  day); SBSTC's PARCEL / LUGGAGE RECEIPT under its Bengali name filled in by hand (No., Date, From, To, Bus
  No., Packages, Freight Rs., Loading Rs., Total Rs., "Received cash"; the depot's stamp); a photographer's
  Refrens invoice (Invoice # beside Invoice date, Billed to, a striped table with CGST 9% and SGST 9%, Total
  (INR), a Paid capsule, a card Payment record: Amount received, Payment date, Payment method, UPI Ref.). All
  new here.
* ``vendor_transfers``: UCO Bank's corporate NEFT receipt (a status band, a striped table under NEFT
  Transaction Receipt: Transaction Ref. No., UTR, Debit Account, Beneficiary Name, Beneficiary A/c, IFSC,
  Amount, Value Date, Remarks); mBandhan's IMPS (chips IMPS and Instant transfer, Transfer Successful, the
  sum, "to <payee>" over its account and IFSC, IMPS Ref No., Transaction ID, Date & Time, Remarks); Bank of
  India StarConnect's RTGS sent to RBI (its steps down the page: Initiated by maker, Approved by checker, Sent
  to RBI, Credited to beneficiary; a ruled table: Beneficiary, Beneficiary A/c, Amount (INR), Transfer type,
  UTR No., Transaction date, Narration); Canara ai1's Transaction Failed (the sum, "to <payee>", Reason, UPI
  Ref. No., Txn ID, Date, Paid via); the Bankura District Central Co-operative Bank's NEFT OUTWARD - CUSTOMER
  ADVICE from its dot-matrix printer on continuous stationery (DATE, SENDER A/C, SENDER, BENEFICIARY, BENE
  A/C, BENE IFSC, AMOUNT, COMMISSION, UTR NO, MODE, STATUS, PURPOSE); IDFC FIRST Bank's Money sent drawn as a
  ticket (IMPS Reference, Mode, When: Today with an hour, Note; no day); UCO Bank's APPLICATION FOR RTGS /
  NEFT under its Bengali name filled in by hand (Bengali labels over their English, character boxes for the
  accounts, the IFSC and the Amount (Rs.), RTGS and NEFT boxes with NEFT ticked, the UTR written in by the
  bank under its PROCESSED stamp); a UCO Bank cheque's counterfoil filled in by hand (No., Date, To, For, Bal.
  b/f, Deposits, Total, This cheque, Bal. c/f; no reference). All new here.
* ``worker_pay``: a weaver's WAGE CARD under the society's Bengali name and "তাঁতির মজুরি কার্ড" (Card No.,
  Bengali labels over their English filled in by hand: Name, Loom No., Sari, Days on loom, Wage, Advance
  deducted, Net paid, Date, Mode; "উপরোক্ত টাকা বুঝিয়া পাইলাম।"); the showroom salesman's Pay Slip (his
  details in a ruled table two to a row, Earnings | Rs. | Deductions | Rs. striped, Net Salary under its
  rules, "Net Salary credited to A/c ... by NEFT on <day>, UTR ..."); iMobile Pay's Money Transferred to the
  naksha designer (each label small over its value: To, UPI Transaction ID, Date, Remarks; chips); a reeler's
  ADVANCE VOUCHER filled in by hand (Voucher No., Date, Paid to, On account of, Rupees, Cash and Cheque boxes
  with Cash ticked, the sum in a box, her Bengali receipt, a revenue stamp signed across); BOI Omni Neo's NEFT
  to a dyer Under process (UTR, Mode, Initiated, Remarks); Google Pay's Payment failed to a winder ("To
  <name>", the sum, a capsule, the day; a card: UPI transaction ID, From, Google transaction ID); a weaver's
  PUJA BONUS SLIP drawn as a ticket under "শারদীয়া পূজা বোনাস" (Weaver, Member No., Days woven, Bonus, Paid
  on, Paid in; no reference); a phone's notifications with BHIM's "now" between WhatsApp's and Gmail's ("<sum>
  sent to <NAME> from UCO Bank A/c XX1234. UPI Ref: ..."; no day). All new here.
* ``govt_fees``: GRIPS' e-Challan - Payment Acknowledgement under the state's Bengali name (a ruled table:
  GRN, Department, Head of Account, Depositor's Name, Purpose, Amount (Rs.), Mode, BRN, Payment Date, Payment
  Status); Bishnupur Municipality's trade licence renewal money receipt under its Bengali name (Bengali labels
  over their English: Receipt No., Date, Name of trade, Ward No., Year, Fee, Late fee, Total, Mode, UPI Ref.);
  EPFO's ECR payment Pending at bank in boxed fields (TRRN, Establishment, Wage month, Total amount, Payment
  mode, Initiated on); Profession Tax's SMS from the Directorate of Commercial Taxes ("... paid ... through
  GRIPS by net banking is received on <dd/mm/yyyy>. ... -Directorate of Commercial Taxes, West Bengal"; no
  reference); the India Handloom Brand's registration fee (a capsule, Paid to, Application No., Product,
  Registration fee, GST @ 18%, Total paid, Transaction No., Mode, Transaction time; no day); Silpasathi's
  payment acknowledgement under its Bengali name (shaded label cells: Service, Department, Application No.,
  Applicant, Amount, Payment Reference No., Bank Ref. No., Mode, Paid on, Status); Vahan's tax receipt
  (Parivahan Sewa over the Transport Department; a ruled table two fields to a row: Vehicle No. | Receipt No.,
  Owner | Tax mode, Tax from | Tax upto, Amount | Payment date, Transaction No. | Bank Ref. No., Mode |
  Status); the Kolkata Municipal Corporation's trade licence payment failed under its Bengali name (dot
  leaders: Trade name, Enlistment No., Amount, Payment mode, Transaction ID, Attempted on). All new here.
* ``insurer_receipts``: National Insurance's PREMIUM RECEIPT for the showroom's shopkeeper's policy in a ruled
  table two fields to a row (Receipt No. | Receipt Date, Insured | Product, Policy No. | Premium, CGST 9% |
  SGST 9%, Total Premium | Mode, UTR); LIC's PREMIUM RECEIPT for the weavers' group term scheme under its
  Bengali name, stapled and folded (dot leaders: Receipt No., Date, Scheme No., Grantee, Lives covered,
  Premium, GST, Total, Mode, UTR); HDFC ERGO's Payment pending (chips, Proposal No., Premium (incl. GST),
  Payment ID, Mode, Initiated on); Tata AIG's app with a marine cargo premium's card payment failed (the
  insurer under the sum, Consignment, Transaction ID, Card, Attempted on); Digit's app with the van's policy
  bought (Policy purchased!, "paid to <insurer>", chips, Vehicle, Policy No., Payment ID, Paid via, Time:
  Today with an hour; no day); Star Health's renewal mail ("We have received the renewal premium of <sum> on
  <day> ...", dot leaders: Policy No., Proposer, Members, Period, Paid by; no reference); Magma General's
  PREMIUM ACKNOWLEDGEMENT in shaded label cells with its QR code (Acknowledgement No., Date, Received from,
  Policy, Premium (incl. GST), Payment mode, UPI reference); United India's e-Receipt for the loom shed's fire
  cover (a status band, a ruled table: e-Receipt No., Insured, Risk location, Premium, GST, Amount paid,
  Payment mode, Bank reference, Payment date). All new here.
* ``card_slips``: Innoviti's slip at the showroom with each label's colon in one column (MERCHANT ID, TERMINAL
  ID, DATE, TIME, BATCH NO, ROC NO, CARD NO, CARD TYPE, APPROVAL CODE, RRN) and its TOTAL in a box; PhonePe
  POS's CARD PAYMENT at the mela stall (Date, Time, TID, Card, Txn ID, RRN, Auth Code, Amount, PAYMENT
  SUCCESSFUL); Ezetap's slip at a pump (DATE, TIME, TID, INVOICE, CARD, PRODUCT, AMOUNT, STATUS UNKNOWN - NO
  RESPONSE FROM BANK. DO NOT REPEAT.); ICICI Merchant Services' DECLINED slip at a sandesh shop (51 -
  INSUFFICIENT FUNDS; no reference); SBI's slip at a Durgapur hotel with its fields paired on a line (DATE: |
  TIME:, MID: | TID:, BATCH: | INV:, the card, AUTH: | RRN:, SALE AMOUNT); Kotak's EMI SALE slip at a computer
  shop (BATCH / INV, APPR CODE, RRN, SALE AMOUNT, TENURE, INTEREST RATE, EMI AMOUNT, TOTAL PAYABLE); Mswipe's
  Tap on Phone app (the shop, Approved, the sum, Today with an hour, Card, Auth code, RRN, Invoice, Terminal;
  no day); Bank of India's slip at a hardware store (CARD TYPE RUPAY DEBIT, TXN ID, APPR, RRN, AMT, PIN
  VERIFIED OK). All new here.
* ``utility_bills``: WBSEDCL's Online Payment Receipt under its Bengali name (a ruled table two fields to a
  row: Consumer ID | Bill Month, Consumer | Category, Receipt No. | Transaction ID, Amount Paid | Mode, Paid
  on | Status; a QR code); CESC's app (tabs Bill | Pay | History, Payment successful, the sum, "paid to CESC
  Limited", Customer ID, Acknowledgement No., UPI Ref. No., Paid by, Paid on); HelloBPCL's Bharat Gas refill
  Payment processing under a progress bar ("to Bharat Gas", Order ID, Booking No., Payment mode, Initiated);
  Vi's postpaid bill Payment failed ("to Vodafone Idea Limited", Transaction ID, Payment mode, Date); MyJio's
  JioFiber bill (chips, "paid to Reliance Jio Infocomm Ltd", Transaction ID, UPI Ref. No., Mode, Paid on);
  Tata Play's recharge (Recharge successful, "for Tata Play", Subscriber ID, Pack, Order ID, Paid via, When:
  Today with an hour; no day); UCO Bank e-Banking's Bharat Connect Payment Receipt for the office landline
  (shaded label cells: Biller Name, Biller category, Telephone No., Customer name, Bill amount, Payment mode,
  B-Connect Txn ID, Approval Ref No., Transaction date, Status); Excitel's mail ("Thanks for your payment of
  <sum> received on <day>. Your plan is renewed till <day>.", User ID, Plan, Paid by; no reference). All new
  here.
* ``bank_alerts``: SMS in UCO Bank's ("A/c XX1234 Debited INR x on <dd-mm-yy> Info: NEFT/<utr>/<PAYEE>. Avl
  Bal INR ... -UCO Bank"), Bandhan Bank's ("Rs x debited from A/c **1234 on <dd-mm-yyyy> to <PAYEE>. UPI Ref
  no ...") and Punjab National Bank's ("Your IMPS txn of Rs.x to <PAYEE> A/c XX1234 is under process. RRN ...
  Dt <dd/mm/yyyy> -PNB") wordings; Bank of India's e-mail of a NEFT returned (its sentence, then UTR,
  Beneficiary, Amount, Return reason); the Bankura district co-operative bank's SMS in Bengali and English in
  a chat bubble under Today ("Rs.x debited from A/c XX1234 by NEFT to <PAYEE>. UTR ..."; no day); HDFC Bank's
  InstaAlerts mail ("Rs.x has been debited from account **1234 to VPA <vpa> <PAYEE> on <dd-mm-yy>. Your UPI
  transaction reference number is ..."); a UCO Bank passbook's printed page (DATE | PARTICULARS | WITHDRAWAL |
  DEPOSIT | BALANCE on its ruling, BY CLG, BY CASH and BY INT around the entry "TO TRF <PAYEE>"; no
  reference); Axis Mobile's notification above another's ("Debit alert", "INR x debited from A/c XX1234 on
  <dd-mm-yyyy> for UPI/<PAYEE>/<ref>."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Bengali and Noto Serif
Bengali (fonts-noto-core) for the Bengali lines and labels and, slanted, for the Bengali hand, an oblique or
italic for the Latin hand (``heldout274_families.PENS``) and a fixed-width face of the page's own for its
printed lines (``heldout274_families.TYPES``). The mela stall's cash memo and card slip are drawn in the
Bishnupur Mela's days (23 to 27 December 2026), the yarn house's halkhata on Poila Baisakh (15 April 2026);
the other days anywhere in 2026. GST is 5% on the saris, 18% on courier, photography and premiums.

Truth conventions (heldout273's, heldout272's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*): here
  after Google Pay's "To" (never the VPA under it), under CRED's "paid to", after MobiKwik's, Kotak811's and
  super.money's "to" / "paid to", after "Payment to" in a chat's payment card; *settled* (heldout268 to
  heldout272) a receiving business's own app pays the business named under the app, here the shop under
  BharatPe Business (never "from <buyer>"); the shop in Instamojo's sentence (never instamojo or "Hi
  <buyer>"). *settled* (heldout167 to heldout273): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here the line under "The Secretary," on Tantuja's advice (never Tantuja or its Bengali
  name), Biswa Bangla's Vendor name, e-Pradan's Beneficiary Name (never the DDO), the showroom's Store name on
  Amazon's disbursement (never amazon seller central), Axis Bank's Beneficiary, RazorpayX's Beneficiary (never
  the payer in its sentence), the Beneficiary: line of a forwarded mail (never the boutique, the showroom's
  manager or the forwarded header's From); *settled* (new here) a Tally Payment Voucher pays the party under
  Particulars, never the bank after Account : or Through :, because Tally prints the payer's own bank ledger
  as the voucher's Account. *settled* (heldout155 to heldout273): an inward wire pays the co-operative, here
  Wise's Account holder name, the name after Barclays', Maybank's "to", the Bénéficiaire (never the Donneur
  d'ordre), QNB's Beneficiary, the Payee: line of a buyer's mail, the Mottagare / Payee, *settled* (new here)
  the Beneficiary of the co-operative's own bank's FIRC (never the Remitter or the Remitting bank), because
  the certificate is the payee's bank's record of the same inward remittance. *settled* (heldout175 to
  heldout273): the co-operative's own paper pays its unit or itself on top, here the shop centred on a
  dot-matrix invoice (never its "(A unit of ...)" line), the shop under its Bengali name (never the Bengali
  line), BALUCHARI GHAR on the mela memo, the shop over its checkout's tabs, the society on top of its money
  receipt and its tax invoice (never Received from or Buyer:), the society's short name on a demonstration
  ticket. *settled* (heldout187 to heldout273): a supplier's name on top of its own paper, here the yarn house
  under its new year's Bengali greeting (never M/s the society), "Paid to <seller>" on PayU's page (never
  PayU), the card puncher's name as he writes it over its Bengali (never Bill to), the dye dealer, INDIA POST
  on top of its roll (never the post office's line under it), Amazon's Sold by (never amazon business), South
  Bengal State Transport Corporation / S.B.S.T.C. under its Bengali name, the studio on top of its invoice
  (never Billed to). *settled* (heldout179 to heldout273): a banking page pays the payee, here Beneficiary
  Name / BENEFICIARY / Beneficiary, the name after "to" on mBandhan, Canara ai1 and IDFC FIRST, the
  Beneficiary's name filled in on a bank's application form (never the Remitter's name); *settled* (new here)
  a cheque's counterfoil pays the name after its To, because the counterfoil is the drawer's own note of whom
  the cheque was made out to. *settled* (heldout150 to heldout273): a pay slip pays the worker, here the Name
  on a wage card (never the society on top), the Name in a pay slip's details, iMobile Pay's To, a voucher's
  Paid to (her name on the revenue stamp the same), "to <name>" on BOI Omni Neo and Google Pay, the Weaver on
  a bonus slip, the name after "sent to" in BHIM's notification (never "from UCO Bank"). *settled* (heldout153
  to heldout273): a fee page pays the authority as printed, here GRIPS' Department (Co-operation Department;
  never GRIPS, the Government of West Bengal or the Depositor), BISHNUPUR MUNICIPALITY under its Bengali name,
  Employees' Provident Fund Organisation / EPFO on top (never the Establishment), the Textiles Committee after
  Paid to (never India Handloom Brand on top), Silpasathi's Department (never Silpasathi or the Applicant),
  the Kolkata Municipal Corporation under its Bengali name (never the Trade name); *settled* (new here) the
  Transport Department under Parivahan Sewa on Vahan's receipt (never the portal or the Owner), because the
  portal is the central government's and the tax is the state department's; *settled* (new here) the authority
  signing an SMS after its dash (Directorate of Commercial Taxes, West Bengal), as a bank signs its alerts.
  *settled* (heldout199 to heldout273): an insurer's receipt pays the insurer on top (full or short as
  printed: National Insurance Co. Ltd., Life Insurance Corporation of India / LIC of India under its Bengali
  name, HDFC ERGO General Insurance Co. Ltd / HDFC ERGO General Insurance, Star Health and Allied Insurance
  Co. Ltd / Star Health Insurance, Magma General Insurance Ltd, United India Insurance Co. Ltd / United India
  Insurance), the insurer under the sum on an insurer's app (Tata AIG General Insurance Co. Ltd / Tata AIG
  General Insurance; never Tata AIG on its bar) and after "paid to" (Go Digit General Insurance Ltd; never
  Digit Insurance on the bar); never the Insured, the Grantee, the Proposer or Received from. A slip's counter
  name line as printed (BALUCHARI GHAR, BALUCHARI GHAR - MELA STALL 18, the pump, the sandesh shop, the hotel,
  the computer shop, the hardware store), never *settled* the terminal's brand over it (INNOVITI, PHONEPE POS,
  EZETAP, ICICI MERCHANT SERVICES, SBI, KOTAK, BANK OF INDIA) or Mswipe on its app (the shop under it). A
  utility's biller: WBSEDCL on top under its Bengali name (never the Consumer), after "paid to" (CESC Limited,
  Reliance Jio Infocomm Ltd; never CESC or MyJio on the bar), after "to" (Bharat Gas, Vodafone Idea Limited;
  never HelloBPCL, Vi or the distributor), after "for" (Tata Play), a Bharat Connect receipt's Biller Name
  (never UCO Bank on top), Excitel on top of its mail (never "Hello <shop>"). An SMS, e-mail, chat or
  notification alert's payee as the bank sends it (*settled*, the truncated name as printed, without the
  sentence's full stop): UCO Bank's last part of "NEFT/<utr>/<PAYEE>.", Bandhan's "to <PAYEE>. UPI Ref", PNB's
  "to <PAYEE> A/c", Bank of India's "to <PAYEE> on", the co-operative bank's "by NEFT to <PAYEE>." in its
  English part, Axis Mobile's middle part of "UPI/<PAYEE>/<ref>", a passbook's "TO TRF <PAYEE>"; *settled*
  (new here) HDFC Bank's name after "to VPA <vpa>" (never the VPA), because the bank prints the payee's name
  after its handle (a "to <UPI ID>" alone still names no payee).
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), Instamojo's sentence
  (its Amount the same); *settled* (new here) never super.money's cashback chip or CRED's coins, because a
  reward credited back is not the sum paid. *settled* (heldout152 to heldout273): a payer's advice counts its
  net sum, here Tantuja's Net amount paid (never a Bill value or the Less 2%), Biswa Bangla's Total row of Net
  paid (its sentence the same; never an Inv. Amt or the TDS), e-Pradan's Amount (Rs.), Amazon's Transfer
  amount (never Product sales or Amazon fees), Axis Bank's Amount, the party's sum on a Tally voucher (its
  total the same; never its words alone), RazorpayX's payout sum, the sum in a forwarded mail's sentence.
  *settled* (heldout155 to heldout273): an inward wire's foreign sum, here Wise's You sent exactly (never the
  fees, the amount converted or Recipient gets in rupees), the pounds, the Montant the French way (1 850,00
  EUR and 1 850,00 € are 1850.00), the FIRC's Currency and amount (never the INR equivalent or the Rate), the
  ringgit (RM / MYR), the riyals (QAR / QR), the sum in a buyer's sentence (NZ$ / NZD), the Belopp the Swedish
  way (12 450,00 kr and SEK 12 450,00 are 12450.00); *settled* (new here) sums with a space between the
  thousands and a decimal comma, because the French and Swedish pages print them so (as heldout272's kroner);
  never Maybank's Service charge. *settled* (heldout175 to heldout273): a receipt counts the sum received,
  here the NET AMOUNT (never the Taxable value or a GST line), the Advance paid (never the Order value or the
  Balance on delivery), a cash memo's Total Rs. in its box (never a sari's line), a failed checkout's Amount,
  a money receipt's Rs. in its box, a tax invoice's Invoice Total (its PAYMENT RECEIVED Amount the same; never
  IGST 5% or the HSN summary), a Bluetooth bill's TOTAL, a ticket's Amount (never the rate a visitor). A whole
  sum closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout273): a
  supplier's paper counts the sum paid, here PayU's sum large, the card puncher's Total (his "Recd. cash Rs.
  x/-" the same; never a design's line), the dye dealer's "a sum of Rs. x/-", India Post's Total Amt (never a
  Tariff or GST 18%), Amazon Business's Order total, SBSTC's Total Rs. (never Freight or Loading), the
  studio's Total (INR) (its Amount received the same; never CGST or SGST); *settled* (new here) a halkhata
  receipt's Paid today (আজ জমা), never the Old balance (পুরাতন বাকি) or the Balance carried (বাকি রইল),
  because the old dues are the ledger's and the payment is only what is deposited on the new year's day. A
  banking page's sum, never the COMMISSION; *settled* (new here) a cheque counterfoil's This cheque, never
  Bal. b/f, Deposits, Total or Bal. c/f, because those are the drawer's running balance, not the cheque.
  *settled* (heldout167 to heldout273): a pay slip's net sum, here a wage card's Net paid (never the Wage or
  the Advance deducted), Net Salary (never Gross or Total deductions), a voucher's sum in its box (its Rupees
  in words the same), a bonus slip's Bonus, the sum in BHIM's notification. A fee page's Total paid / Total /
  Amount (Rs.) / Total amount / Amount (never the Fee, the Late fee, the Registration fee or GST @ 18% alone).
  *settled* (heldout199 to heldout273): an insurer's premium with its GST, here Total Premium, Total, Premium
  (incl. GST), Amount paid, the sum large, the sum in Star Health's sentence (never Premium, CGST 9%, SGST 9%
  or GST alone). A slip's TOTAL in its box / Amount / AMOUNT / SALE AMOUNT / AMT, the app's sum large;
  *settled* (new here) an EMI slip's SALE AMOUNT, never the EMI AMOUNT or the TOTAL PAYABLE, because the card
  is charged the sale and the issuer books the instalments with their interest later. A utility's Amount Paid,
  the sum large, Bill amount, the sum in Excitel's sentence. An alert's sum debited as worded (grouped the
  Indian or the English way or not at all), a passbook's WITHDRAWAL (never a DEPOSIT or the BALANCE); never
  Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): Completed, payment successful, Payment successful, Payment
  Successful, Payment received, Transfer Successful, Money sent, Money Transferred, Policy purchased!,
  Approved, Recharge successful, PAYMENT SUCCESSFUL and "You have successfully paid ..." successes; Payment
  Processing, Payment processing, Payment in progress, Under process, Pending at bank, Payment pending, "Sent
  to bank - credit awaited", "sent to RBI. Credit ... is awaited." and "is under process" pending; a chat's
  payment card Failed, Payment failed, Payment declined, Transaction Failed, Transfer rejected, "Failed -
  returned by beneficiary bank" and "has been returned by the beneficiary bank" failed. A payer's "We have
  paid the purchase bills below", "Payment ... released", "has sent you a payout" and "We have transferred"
  successes; *settled* (heldout270, heldout272) a payer's own record of the payment made, here a Tally Payment
  Voucher, a success. A wire's "Your money's been delivered", Statut Exécuté, Successful, Genomförd /
  Completed and "We sent" successes; *settled* (new here) a FIRC's "We certify that we have received the
  remittance" a success, because the payee's bank certifies the credit. A receipt's "Paid by CARD", an Advance
  paid, "নগদ পাইলাম" (cash received), PAID - UPI, PAYMENT RECEIVED and a ticket's Paid: Cash successes;
  *settled* (heldout270) "Subject to realisation of the cheque." pending. A supplier's "Received with
  thanks.", "Recd. cash" (its Bengali নগদ বুঝিয়া পাইলাম the same), Paid by : CASH, "Received cash" and a Paid
  capsule successes, a dye dealer's cheque subject to realisation pending. A banking page's Transaction
  Successful and STATUS : SENT - ACCEPTED BY RBI successes; *settled* (new here) the UTR written in by the
  bank on an application form under its PROCESSED stamp a success, because the bank writes the UTR only when
  it has sent the transfer; *settled* (heldout272) a cheque issued (here its counterfoil) a success. A pay
  slip's "উপরোক্ত টাকা বুঝিয়া পাইলাম।" (I have received the above money), "Net Salary credited", Money
  Transferred, a bonus slip's Paid in Cash and Money sent successes. A fee page's Payment Status Successful,
  "Received with thanks.", "is received on", a Payment successful capsule, Paid and Success successes. A
  utility's Success, Successful, Payment successful, Recharge successful and "Thanks for your payment ...
  received" successes. An insurer's "Received with thanks the premium above.", "Received the premium above
  with thanks.", "We have received the renewal premium", "Premium received." and Payment Successful successes.
  A slip's APPROVED, PAYMENT SUCCESSFUL and PIN VERIFIED OK successes, DECLINED failed; *settled* (new here)
  STATUS UNKNOWN (NO RESPONSE FROM BANK. DO NOT REPEAT.) pending, because the slip says neither that the card
  was charged nor that it was not. *settled*: an SMS, e-mail, notification or passbook debit a success
  whatever its bank's wording; here PNB's "is under process" pending, Bank of India's "has been returned"
  failed.
* date: the day paid. *settled* (new here): Google Pay's day under Completed, CRED's "on <d mon yyyy>" in
  lower case, Date & time, Date (15-03-2026 07:21 AM), Paid on (Jun 30, 2026); the day on a chat's divider
  over its payment card (as heldout273's chat); BharatPe Business's "Today" prints no day. A payer's Value
  date (never an advice's later Date: or a Bill Date), the day in Biswa Bangla's sentence, Sent to bank on,
  Value Date, Dated: (4-Feb-26), Processed on, the day in a forwarded mail's sentence; *settled* (new here)
  never the forwarded header's Date:, because that is the day the mail was written (as an e-mail's hour,
  *settled*); Amazon's disbursement prints only its Settlement period, no day. A wire's day on its last step
  (Aug 7, 2026), Date sent, Date d'exécution, Date of credit (never the FIRC's later Date:), Value date, the
  day in a buyer's sentence, Betalningsdag (2026-12-03, *settled* (new here) year first with hyphens, as an
  ISO day is unambiguous); Maybank's Time alone prints no day. A receipt's Date (never the Delivery by day or
  a cheque's dated), the Date in the hand (*settled* (heldout270) day first without zeros, 27/12/26);
  *settled* (new here) never the Bengali calendar's day beside it (তাং ৮ পৌষ ১৪৩৩), because the evaluation's
  days are the Gregorian calendar's and the page prints the same day in it; Attempted on, Received on (never
  the Invoice Date), a ticket prints no day. A supplier's Date: 15/04/2026 on the halkhata (never the Bengali
  years ১৪৩৩ or 1432), Date, Date in the hand (3.10.2026), Date : on a roll, Payment date (never the Invoice
  date); Amazon Business's declined order prints no day. A banking page's Value Date, Date & Time, Transaction
  date, DATE, a form's Date in the hand, a counterfoil's Date; IDFC FIRST's "When: Today" prints no day. A pay
  slip's Date, the day in "credited ... on <day>" (never the Pay Slip's month), Initiated, Paid on; BHIM's
  "now" prints no day. A fee page's Payment Date, Date, Initiated on, the day in an SMS, Paid on, Payment date
  (never Tax from, Tax upto or the Wage month), Attempted on; the India Handloom Brand's Transaction time
  prints no day. An insurer's Receipt Date, Date, Initiated on, Attempted on, the day in Star Health's
  sentence (never the Period), Payment date; Digit's "Today" prints no day. A slip's DATE / Date, Mswipe's
  "Today" prints no day. A utility's Paid on, Initiated, Date, Transaction date, the day in Excitel's sentence
  (never "renewed till" or the Bill Month); Tata Play's "Today" prints no day. The alerts' "on <dd-mm-yy>",
  "on <dd-mm-yyyy>", "Dt <dd/mm/yyyy>", a passbook entry's DATE (never another entry's); the co-operative
  bank's Bengali SMS under Today prints no day. All numeric days here are day first (heldout251, heldout259)
  but the Swedish page's year first. *settled*: never a Due date, a Cheque dt., a Period, an invoice number's
  financial year or an e-mail's hour, the day inside a UTR (heldout210) or inside an app's or a terminal's
  transaction id, the day inside a file's name or a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (*settled* (new here) e-Pradan (NEFT), a TRF in a
  passbook, an Amazon disbursement transferred to the seller's bank account, because each is a bank's transfer
  to an account), a SWIFT or other bank remittance either way (*settled* (new here) Wise's payout to a bank
  account, a telegraphic transfer, Frais Partagés (SHA), SWIFT (MT 103) against LC, Avgift Delad (SHA), "by
  international transfer, our charges"), a checkout's, PayU's, a fee's, a premium's or a bill's Net banking /
  Net Banking / Internet Banking, *settled* (new here) GRIPS' Online Payment - <bank>, because GRIPS takes an
  online payment through the bank's net banking; UPI for the UPI screens and a chat's payment card, a slip's
  PAID - UPI, PhonePe in an order's receipt, the UPI transfers and notification to workers, a fee's, a
  premium's and a bill's UPI and UPI AutoPay, the UPI alerts; card for a receipt's "Paid by CARD", a declined
  order's credit card, Silpasathi's Debit card, a premium's Card / Credit card, the slips and the Tap on Phone
  app, a postpaid bill's Debit card; cash for "নগদ" in the hand, a halkhata's Cash, "Recd. cash", Paid by :
  CASH, "Received cash", a wage card's and a bonus slip's Cash, a voucher's Cash box ticked, a ticket's Paid:
  Cash; cheque for a cheque received subject to realisation and a cheque's counterfoil.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout273): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) Google Pay's UPI transaction ID, UPI ref no.,
  UPI Ref No / UPI Ref ID / UPI Ref No. / UPI Ref / UPI Ref. / UPI reference, BharatPe's UTR, UTR No., a
  sentence's UTR, a Tally narration's UTR, RazorpayX's UTR, a slip's Txn:, IMPS Ref No. / IMPS Reference, UTR
  NO, the UTR written in on a form, a slip's RRN, an alert's UPI Ref no / RRN / UPI transaction reference
  number, the ref inside UCO Bank's NEFT/<utr>/<PAYEE> and Axis Mobile's UPI/<PAYEE>/<ref>), then a bank
  reference (*settled* (new here) Amazon's Bank trace ID, because it is the bank's trace number of the
  transfer; Axis Bank's Txn Ref No, Barclays' Confirmation number, the Référence de l'opération, the FIRC's
  Our reference, Maybank's Reference No., QNB's Transaction reference, the Referens / Reference, PayU's Bank
  Ref No., UCO Bank's Transaction Ref. No., GRIPS' BRN, Silpasathi's and Vahan's Bank Ref. No., United India's
  Bank reference, a B-Connect Txn ID), then a transaction / payment id (*settled* (new here) Google
  transaction ID, cred txn id, MobiKwik Txn ID, super.money txn ID, BharatPe Txn ID, Instamojo's Payment ID,
  e-Pradan Ref. No. (as a treasury's GRN, *settled*), Payout ID, Wise's Transfer #, a checkout's Payment ID,
  PayU ID, mBandhan's and Canara ai1's Transaction ID / Txn ID, GRIPS' GRN (*settled*), EPFO's TRRN (*settled*
  (new here) EPFO's number for the payment, as a GRN), Transaction No., Payment Reference No., KMC's
  Transaction ID, HDFC ERGO's and Digit's Payment ID, Tata AIG's Transaction ID, PhonePe POS's Txn ID, Bank of
  India's TXN ID, a bill's Transaction ID), then an approval code (Auth code, APPROVAL CODE, Auth Code, APPR
  CODE, APPR, Approval Ref No.), then an order's number (Order, Order #, Order ID), then a document's own
  number (*settled* (new here) Inv No, an Advice No., a FIRC No., Order No., a money receipt's No., Invoice
  No., Bill:, Ticket No., Receipt No. / Receipt No, a wage card's Card No., a Voucher No., No. on a Tally
  voucher, Acknowledgement No., e-Receipt No., ROC NO, INV / INVOICE / Invoice). *settled*: never a card,
  account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a Policy No., a Consumer No. or ID, an
  AWB or an Art No, a Licence or Enlistment No., an Application No., a Booking No., a Vehicle No., a slip's
  TID / MID / BATCH, a No. left blank; *settled* (new here) never a Vendor code, a PO No., a DDO's Token, an
  LC No. or a Purpose code, a Member No., a PF No., a Scheme No., a Proposal No., an Establishment ID, a
  Subscriber ID, a Customer ID, a Telephone No., a User ID or a Bus No."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout274_families import (
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

SPLIT = "heldout274"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (Liberation Sans
# Narrow among them), the pages in Noto Serif, Liberation Serif, DejaVu Serif, FreeSerif, Noto Sans Display
# and DejaVu Sans Condensed, the co-operative's, its suppliers' and its workers' papers in Noto Serif
# Display, DejaVu Serif Condensed, Liberation Serif, FreeSerif and Noto Sans, the slips in five monos; beside
# them Noto Sans Bengali and Noto Serif Bengali (fonts-noto-core) for the Bengali lines, labels and hand, a
# pen's oblique or italic (``heldout274_families.PENS``) and a page's own fixed-width face
# (``heldout274_families.TYPES``).
SCREEN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
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


def make_heldout274_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout274 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

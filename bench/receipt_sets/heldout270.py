"""heldout270: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bagh hand-block-print producer company's year of 2026 in Dhar district, Madhya
Pradesh (Baghini Hast Chhapa Producer Company Ltd, a producer company of the block printers of Bagh on the
Baghini river, the Khatri master printers and the printers, dyers, washers, helpers and tailors who work with
them; its print house on the river ghat, Nadi Ghat Chhapaghar, where teak blocks carved at Pethapur print
alizarin red and iron black on harda-treated cotton, mulmul, chanderi and Maheshwari, paid by the piece, and
which runs one-day block printing workshops for visitors; its natural-dye vats by the river, Aal Dhawda Rang
Kund, where the printed cloth is boiled in copper bhattis with aal and dhawda flowers, washed in the running
river and dried on its sands, and which dyes other printers' cloth as job work; its showroom at Kala Vithika,
Race Course Road, Indore, Baghini Print Ghar, with its stitching unit, a stall at the Lok Rang festival at
Ravindra Bhawan, Bhopal, and the web shop baghiniprints.in; and its export orders), told by the proofs of
payment it receives (buyers' Google Pay, CRED, super.money, iMobile Pay and MobiKwik screens, BharatPe on the
showroom's phone, Instamojo's receipt e-mail and PayU's payment page for the web shop, a Bhopal boutique
chain's Tally payment voucher, Mrignayanee's SBI CMP advice, the Dhar Collectorate's IFMIS e-payment advice, a
Jaipur brand's rejected NEFT on Kotak FYN, an Indore hotel's cheque deposited at an HDFC Bank kiosk, a Mumbai
retail chain's SAP advice, a Mandu cafe's Vyapar Payment Out, a Bengaluru studio's Open payout, remittances
from Santa Fe, Toronto, Hamburg, Copenhagen, Edinburgh, Hong Kong, Malmo and Seoul in US and Canadian dollars,
euros, Danish kroner, pounds, Hong Kong dollars, Swedish kronor and won (Skydo's page, RBC Royal Bank's
e-mail, Hamburger Sparkasse's Auftragsbestaetigung, Danske Bank's app, Revolut Business's failed transfer,
HSBC's payment advice, Bank of Baroda's inward remittance advice, Hana Bank's receipt), its own memo,
receipts, bill, workshop e-mail, web checkout and order e-mail, cards at the showroom, the stall and the print
house) and those it makes (the Pethapur block maker's, the Burhanpur cloth trader's, Udaan's, Shiprocket's,
the forest produce co-operative's, Porter's, the firewood depot's and the Ahmedabad dye dealer's papers and
screens, HDFC Bank's, Axis Bank's, AU Bank's, Central Bank of India's, the district co-operative bank's, MP
Gramin Bank's, IndusInd's and Kotak's transfers to the carrier, the stall fabricator, the auditors, the
showroom's landlady, the web studio, the coppersmith, the guards and the solar installer, its washer's,
supervisor's, printers', dyer's, tailors', master printer's and helper's cards, payslip, accounts, receipts
and screens, the profession tax, Nagar Parishad Bagh's property tax, EPFO's contribution, the Indore Municipal
Corporation's property tax, the pickup's road tax, the TDS that failed, DGFT's fee and the Pollution Control
Board's consent fee, the insurers' receipts for the showroom, an export shipment, the pickup, a two-wheeler,
the workers' gratuity, the print house, the workers' health and the dye works, its card at a Mandu resort, a
filling station, an Indore restaurant and an art supplies store, the west discom's, Vi's, HP Gas's, Avantika
Gas's, Tata Play's, the Bagh broadband operator's and JioFiber's bills, the banks' SMS, e-mail and in-app
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout268's or heldout269's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: a label and its value
joined by a line of dots; a printed form's blanks on dotted lines, filled in by a hand in a serif italic or a
condensed oblique; a bill book's columns between printed red rules, the rupees and the paise in columns of
their own; a table ruled the book way (a heavy rule over its heading and a light one under it, a light rule
over its total and a heavy one under the table, no other lines); labels and values set either side of a
column of colons; a section's heading with a bar of colour at its left; a small label in the label ink over
its value; a slip's fields three to a row, bold labels over their values; the outcome in coloured bold; an
attendance card's boxes for the days of a fortnight, each marked P or A by hand; a one-rupee revenue stamp
signed across; a signature's stroke; a bank's oval dater stamp with the day in a band across it; a ribbon
across a page's top right corner; a block-printed border of red and black butis round the showroom's memo; a
coloured band down an invoice's left edge with its title set up it; a receipt book's counterfoil still on at
the left past its perforations; a PDF viewer's window round a page; Devanagari labels beside their English, a
Devanagari or a Gujarati name over its English; an SMS in lines; an app's list of notifications.

* ``buyer_upi``: Google Pay's receipt ("To <payee>" over its UPI ID, the sum, Completed, the day and hour,
  then each label small over its value: UPI transaction ID, To, From, Google transaction ID); CRED's dark
  screen (the sum, paid to, payment successful, dot leaders: UPI ref no., paid from, paid via, when: just now;
  no day); Instamojo's receipt e-mail (a table ruled the book way: Payment ID, Purpose, Seller, Buyer, Amount
  paid, Payment method, UPI reference, Date); super.money's failed payment (Payment failed, the sum, to, dot
  leaders: UPI Ref. No., Paid from, Paid via, Tried on); BharatPe on the showroom's phone (the shop under the
  app, Payment Received under an accent bar, the sum large at the left, "Received from <buyer>", a table
  ruled the book way: Customer UPI ID, UTR / RRN, Received on, Settlement, Speaker); ICICI's iMobile Pay (Paid
  to, Paid from, Mode, Date & Time, Remarks; no reference); MobiKwik's pending payment (UPI Ref. No., From,
  Paid via, Started on); PayU's payment page for a net banking checkout (dot leaders: Merchant, Transaction
  ID, PayU ID, Bank Reference No., Amount, Payment mode, Date in ISO form with its hour). All new here.
* ``buyer_advices``: Tally's PAYMENT VOUCHER (No. beside Dated in Tally's 20-Jun-2026, a table ruled the book
  way: Particulars | Amount with Account :, the party and its Agst Ref bill, Through :, On Account of : "Being
  payment made by NEFT" and its UTR, Amount (in words) :, the total); SBI CMP's vendor payment advice e-mail
  (a Devanagari line, colon rows: Corporate, Vendor Code, Vendor Name, Payment Ref No, UTR No, Value Date,
  Mode, Payment Amount, then Invoice No | Invoice Dt | Amount | TDS | Net with its Total); IFMIS Madhya
  Pradesh's e-Payment Advice (a Devanagari line, colon rows: Treasury, DDO, Bill No. / Date, Token No.,
  Beneficiary Name, Bank A/c, Gross Amount, Deductions, Net Amount, Payment Mode, UTR No., e-Payment Date,
  Status: Paid); Kotak FYN's rejected NEFT (an accent bar, Rejected, the reason, dot leaders: Debit account,
  Beneficiary name, Beneficiary account / IFSC, Amount, Payment type, Transaction reference no., Transaction
  date); HDFC Bank's CHEQUE DEPOSIT KIOSK slip (DATE beside TIME, colon rows: KIOSK ID, TXN NO, A/C NO, A/C
  NAME, CHQ NO, CHQ DATE, DRAWEE BANK, AMOUNT; CHEQUE ACCEPTED, CREDIT SUBJECT TO REALISATION); SAP's PAYMENT
  ADVICE NOTE in a PDF viewer (Vendor: over its address block, Payment document, Payment date, Payment method,
  Bank reference (UTR), a table ruled the book way: Document No. | Your reference | Doc. date | Gross |
  Deduction | Net amount with Total INR); Vyapar's Payment Out (Paid To: beside Date:, Description, Paid
  Amount, Amount in words, Payment type: Bank transfer, "For <payer>", a signature; no number); Open's payout
  receipt (Payout successful, the sum, "Today, <hour>", dot leaders: From, To, Account, Mode, UTR, Payout
  ID, Purpose; no day). All new here.
* ``export_wires``: Skydo's payment page (Payment received, the US dollar sum, "from <remitter>", an accent
  bar Settlement over dot leaders: Paid to, Converted at, You receive, Credited to, Received on, Invoice; no
  reference); RBC Royal Bank's e-mail ("Your international money transfer has been sent.", a table ruled the
  book way: Confirmation number, From account, Recipient, Recipient bank, Amount sent, Exchange rate,
  Recipient receives (approx.), Transfer fee, Date); Hamburger Sparkasse's Auftragsbestaetigung -
  Auslandsueberweisung in a PDF viewer (German and English colon rows: Auftraggeber / Ordering party,
  Empfaenger / Beneficiary, Betrag / Amount the German way, Entgelte / Charges, Ausfuehrungsdatum / Execution
  date, Verwendungszweck, Referenz / Reference, Status In Bearbeitung / In process); Danske Bank's app
  (Transfer completed, the kroner the German way, International transfer (SWIFT), each label over its value:
  To, Account, Date, Reference, Message to recipient); Revolut Business's failed transfer (the reason, the
  pound sum, To, each label over its value: Reference, Transfer type, Fee, Transaction ID, Created "Today";
  no day); HSBC's payment advice e-mail (a table ruled the book way: Transaction reference, Debit account,
  Beneficiary name, Beneficiary bank, Payment amount, Value date, Payment method, Charges, Payment details);
  Bank of Baroda's INWARD REMITTANCE ADVICE (colon rows: Beneficiary, Remitter, Remitting bank, Foreign
  currency amount, Exchange rate, INR equivalent, Our reference, Value date, Mode, Purpose code; the branch's
  oval dater stamp); Hana Bank's Overseas Remittance Receipt (dot leaders: Transaction date year first,
  Reference No., Remitter, Beneficiary, Remittance amount in won, Commission, Cable charge, Total debited,
  Method). All new here.
* ``own_receipts``: the showroom's CASH / CREDIT MEMO from a bill book in a block-printed border (its
  Devanagari name over its English, No. in red beside Date in the hand, M/s, Qty | Particulars | Rate | Rs. |
  P. between red rules written in by hand, the Total in Rs. and P., the sum in words, "Received cash with
  thanks"); the company's RECEIPT for an export buyer's advance (a PAID ribbon, Receipt No. beside Date,
  "Received with thanks from ... the sum of US$ ... by SWIFT transfer ..., bank reference ...", the US dollar
  sum in bold); the print house's receipt book (No. in red beside Date, "Received with thanks from", "the
  sum of Rupees", "by UPI / Cash / Cheque" filled with the UPI Ref., "towards", "Rs. 47,700/-", its
  counterfoil still on at the left); the Lok Rang stall's bill from a pocket printer (Bill No, the items
  ruled the book way, Paid : UPI, UPI Ref; no day); the print house's workshop booking e-mail (Booking
  confirmed, dot leaders: Workshop, Workshop date, Participants, Total paid, Payment, Payment ID, Booking ID,
  Booked on); the web shop's Shopify checkout that failed (Your payment couldn't be processed, Payment,
  CCAvenue tracking ID, Attempted, the Order summary ruled the book way); its WooCommerce e-mail of an order
  on-hold for a bank transfer ([Order #n] (<day>) under an accent bar, Product | Price, Total, Payment method:
  Direct bank transfer (NEFT)); the dye works' job-work bill with Devanagari labels beside their English (No.
  left blank, Date in the hand, Fabric | m | Rate | Amount, "Received in cash" in the hand). All new here.
* ``supplier_invoices``: the Pethapur block maker's BILL under its Gujarati name (a bill book's red rules,
  Rs. and P. apart, "Recd. by GPay on <day>, UTR ..." in the hand); the Burhanpur cloth trader's Marg TAX
  INVOICE with a TAX INVOICE band down its left edge (Invoice No. beside Dated, Description | HSN | Metres |
  Rate | Amount, CGST, SGST, Round off, Invoice Total, "Payment received by NEFT on <day>, UTR ..."); Udaan's
  failed order payment (the sum, Seller, dot leaders: Order ID, Items, Paid via, UPI Ref. No., Attempted on);
  Shiprocket's wallet recharge receipt (Recharge successful, dot leaders: Company, Recharge amount, Payment
  mode, Transaction ID, UPI RRN, Date, Wallet balance); the forest produce co-operative's SALE RECEIPT under
  its Devanagari name (Devanagari labels beside their English, its Date left blank, Produce | Kg | Rate | Rs.
  in the hand, "Received in cash"); Porter's trip waiting for the bank (Trip fare, Tolls, Paid via, UPI Ref,
  Booking, Trip on); a firewood depot's BILL filled in by hand on dotted lines (No. left blank, "Total Rs.
  15,350/-", "Paid cash - recd."); the Ahmedabad dye dealer's Refrens TAX INVOICE with a PAID ribbon
  (Invoice No beside Invoice Date, Billed To beside Due Date, IGST @ 18%, Total (INR), an accent bar Payment
  record over Amount received, Received on, Payment method, Reference, Balance due). All new here.
* ``vendor_transfers``: HDFC Bank NetBanking's third party transfer confirmation (an accent bar, "Your
  transaction has been processed successfully.", a table ruled the book way: From Account, Beneficiary Name,
  Beneficiary Account No., IFSC, Amount, Transfer Type, Transaction Date, Reference Number, Remarks); Axis
  Bank's open app (Money sent, the sum, to, each label over its value: IMPS Ref. No., From, Mode, Date & time,
  Remarks); AU Bank's Transaction Receipt in a PDF viewer (colon rows: Transaction status, Debit account,
  Beneficiary name, Beneficiary account, Amount, Amount in words, Payment mode, UTR number, Transaction date,
  Remarks); Cent Mobile's failed IMPS (Transaction ID over its value); the Dhar district co-operative bank's
  NEFT / RTGS APPLICATION - CUSTOMER'S COUNTERFOIL under its Devanagari name, filled in by hand on dotted
  lines (Date, Remitter, Debit A/c No., Beneficiary name, Beneficiary A/c No., IFSC, Amount Rs., NEFT / RTGS;
  FOR BANK USE: UTR No.) under the branch's oval dater stamp; MP Gramin Bank's app, Under process (dot
  leaders: Beneficiary, A/c No., Mode, Reference No., Date, Purpose); IndusInd's e-mail of an INDIE transfer
  (dot leaders; no reference); Kotak's app ("When: Today, <hour>"; no day). All new here.
* ``worker_pay``: a washer's ATTENDANCE AND WAGE CARD (Devanagari labels beside their English: Name, Work,
  Period; a box for each day of the fortnight marked P or A by hand; "<n> din x Rs <rate> = Rs <sum>/-" and
  "Nakad diya (paid in cash) <day>" in the hand; a signature; no number); greytHR's payslip in a PDF viewer
  (Payslip for the month of ..., Employee Name beside Employee No, Earnings | Amount | Deductions | Amount
  ruled the book way, Net Pay, the words, "Credited by NEFT on <day>, UTR ..."); slice's UPI payment (Paid,
  the sum, "to <name>", dot leaders: UPI ref, From, Note, Date); a block printer's CHHAPAI HISAB (colon rows
  Karigar, Saptah / Week, the pieces ruled the book way, "Less: advance (<day>)", Net paid, "Paid by UPI on
  <day>, Ref. ..." in the hand); Airtel Payments Bank's failed transfer (Account, Mode, Txn ID, Date); the
  master printer's ADVANCE RECEIPT (No. in red beside Date, "Received from", "the sum of Rs.", "in cash as
  advance for", a one-rupee revenue stamp signed across, Name); Fi's payment in progress; a tailor's JOB CARD
  - SILAI (STITCHING) (Job No. in red, its Date left blank, Karigar, the pieces in the hand, "Paid by UPI,
  Ref. ..." in the hand). All new here.
* ``govt_fees``: the Commercial Tax Department's Profession Tax (Vritti Kar) e-Payment Receipt under its
  Devanagari name (a table ruled the book way: Registration No. (PT), Name, Tax period, Challan No., CIN,
  Amount, Bank, Payment date, Status); Nagar Parishad Bagh's PROPERTY TAX RECEIPT from e-Nagarpalika
  (bilingual colon rows: Receipt No., Date, Property ID, Ward, Taxpayer; the heads Sampatti kar, Samekit kar,
  Shiksha upkar, Nagariya vikas upkar and Total ruled the book way; Paid by Cash; "Amount received"); EPFO's
  Payment Confirmation Receipt - ECR (TRRN, CRN, Establishment ID, Wage month, Total amount, Payment mode,
  Bank transaction ID, Payment date, Status); the Indore Municipal Corporation under the Indore 311 app's name
  (Payment Successful, dot leaders: Property ID, Assessment year, Payment mode, UPI Ref, Transaction ID,
  Receipt No.; no day); the Transport Department's VAHAN Tax / Fee e-Receipt (colon rows: Registration No.,
  Owner, Receipt No., Transaction No., Bank Ref. No., Payment mode, Receipt date; Particulars | Period |
  Amount with Total); the Income Tax Department's failed e-Pay Tax (CRN, TAN, Assessment Year, Type of
  payment, Amount, Payment mode, Payment initiated on); DGFT's e-mail of a fee received ("We have received
  Rs. 500/- ... on <day>, paid by debit card."; no reference); the Pollution Control Board's consent fee on
  XGN under its Devanagari name, pending (an accent bar, dot leaders: Unit, Application No., Category,
  Consent fee, Payment mode, Transaction ID, Initiated on). All new here.
* ``insurer_receipts``: United India's PREMIUM RECEIPT for the showroom's shopkeeper's policy (dot leaders:
  Receipt No., Receipt Date, Received from, Policy, Policy No., Premium, CGST @ 9%, SGST @ 9%, Total
  premium, Mode, UTR / Ref.); HDFC ERGO's e-mail of a marine cargo certificate (a table ruled the book way:
  Certificate No., Voyage, Sum insured, Premium (incl. GST 18%), Payment mode, Transaction ID, Payment date);
  Tata AIG's web page of the pickup's policy issued (an accent bar, Policy summary ruled the book way;
  no reference); Digit's e-mail of a failed two-wheeler renewal (dot leaders); LIC's group gratuity receipt
  in a PDF viewer (colon rows: Master Policy No., Employer / Trust, Receipt No., Receipt date, Towards, Amount
  received, Mode, UTR); National Insurance's CASH RECEIPT - PREMIUM for the print house's fire policy under
  the branch's oval dater stamp; Star Health's e-mail of a NEFT payment under verification (Proposal No.,
  Plan, Premium (incl. GST), Payment mode, UTR (as given by you); no day); Cholamandalam MS's PREMIUM
  RECEIPT (Receipt No beside Date, Net premium, CGST, SGST, Total premium ruled the book way, "Received by
  UPI, Ref. ..."). All new here.
* ``card_slips``: terminals' rolls with their labels and values either side of a column of colons (DATE,
  TIME, MID, TID, BATCH NO, ROC NO, **** SALE ****, CARD NO, CARD TYPE, APPR CODE, RRN, and PRODUCT,
  RATE/LTR, VOLUME at the pump, AMOUNT; MSWIPE at the showroom, INNOVITI at a Mandu resort, declined, SBI
  PAYMENTS at a pump with no invoice, approval or RRN); rolls with a line of dots from each label to its
  value (MOSAMBEE at the Lok Rang stall, ICICI MERCHANT SERVICES at an art supplies store); rolls with their
  fields three to a row, bold labels over their values, and BASE AMOUNT, TIP and TOTAL ruled the book way
  (AXIS BANK at a restaurant, host not reachable; EZETAP at the showroom with a signature's line); PhonePe
  POS's e-charge slip SMS for a card paid at the print house ("... was charged INR x at <counter> ... Auth
  code ..., RRN ..."; no day). All new here.
* ``utility_bills``: the west discom's Online Bill Payment Receipt under its Devanagari name (colon rows:
  IVRS No., Consumer Name, Circle / DC, Bill Month, Amount Paid, Transaction ID, Bank Ref No., Payment Mode,
  Payment Date, Status); its Bagh counter's BILL PAYMENT RECEIPT (RECEIPT NO, DATE, IVRS NO, NAME, BILL
  MONTH, CURR BILL, ARREAR, AMT RECD, MODE: CASH); Vi's e-mail ("We have received your payment of Rs x ... on
  <day>.", a table ruled the book way); HP PAY's gas refill waiting for the bank (Paid to over HP Gas, dot
  leaders: Distributor, Consumer No., Booking ref., Paid via, UPI Ref, Initiated); Avantika Gas's web payment
  receipt (an accent bar, a table ruled the book way: BP number, Customer, Bill date, Amount paid, Payment
  mode, Bharat Connect ref., Transaction ID, Paid on, Status); Tata Play's failed recharge; a Bagh broadband
  operator's RECEIPT filled in by hand (no number); MyJio's JioFiber payment (Biller over its value, "When:
  Today"; no day). All new here.
* ``bank_alerts``: SMS in HDFC Bank's lines ("Sent Rs.x / From HDFC Bank A/C *1234 / To <PAYEE> / On
  21/02/26 / Ref <ref>"), Axis Bank's ("INR x debited / A/c no. XX1234 / 30-06-26, 09:57:14 /
  UPI/P2M/<ref>/<PAYEE>"), Kotak's ("Sent Rs.x from Kotak Bank AC X1234 to <UPI ID> on 27-08-26.UPI Ref
  <ref>"; no payee), Bank of Baroda's ("Rs.x transferred from A/c ...1234 to:IMPS/<ref>/<PAYEE>. Total Bal
  ... (02-09-2026 13:44:37)"), MP Gramin Bank's (an IMPS "is in process") and Punjab National Bank's ("... is
  debited for Rs.x thru UPI to <PAYEE>; UPI Ref <ref>"; no day) wordings; Central Bank of India's e-mail of a
  rejected NEFT (the sentence over a table ruled the book way); AU Bank's notifications in its app (the
  transaction alert among a login alert and an offer; no reference). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), the outcomes, headings and totals in each face's bold; the hand writes in a serif italic or
a condensed oblique, the Devanagari lines and labels draw in Noto Sans Devanagari and the block maker's name
in Noto Sans Gujarati. The Lok Rang stall's card slip is drawn in the festival's days (26 to 30 January 2026)
and its fabricator's transfer in the days before; the other days anywhere in 2026. GST is 5% on the prints and
the cloth, 18% on dyes, chemicals and services.

Truth conventions (heldout269's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) after "To" over Google Pay's sum (never its From: line), under CRED's "paid to", in Instamojo's Seller
  row (never the Buyer or instamojo), under "to" / "Paid to" on super.money, iMobile Pay and MobiKwik (the
  registered name cut short where so printed: BAGHINI HAST CHHAPA PROD), in PayU's Merchant row (never PayU);
  *settled* (heldout268, heldout269) a receiving business's own app pays the business named under the app,
  here BharatPe's shop line (never the buyer after "Received from"). *settled* (heldout167 to heldout269): a
  payer's advice pays the one it pays, never the payer on top or a salutation; here *settled* (new here) a
  Tally voucher's party under Account : (never Through : or the payer on top), SBI CMP's Vendor Name (never
  the Corporate), IFMIS's Beneficiary Name (never the DDO or the Treasury), Kotak FYN's Beneficiary name
  (never the Debit account), a cheque deposit kiosk slip's A/C NAME (the company that deposits the buyer's
  cheque, cut short as printed), the vendor's name under Vendor: on SAP's advice, Vyapar's name under Paid To:
  (never "For <payer>"), Open's To (never From). *settled* (heldout155 to heldout269): an inward wire pays the
  company, here *settled* (new here) Skydo's Paid to, RBC's Recipient, Empfaenger / Beneficiary, Danske Bank's
  To, Revolut's To, HSBC's Beneficiary name, Bank of Baroda's and Hana Bank's Beneficiary; never the remitter
  ("from <remitter>", "Hello <remitter>", Auftraggeber / Ordering party, Debit account, Remitter). *settled*
  (heldout175 to heldout269): the company's own paper pays the trade name on top: here *settled* (new here)
  BAGHINI PRINT GHAR / Baghini Print Ghar under its Devanagari name on the bill book's memo, the company on
  its receipt for an export advance, Nadi Ghat Chhapaghar / its capitals on its receipt book (never its "A
  unit of" line or the counterfoil) and on its workshop e-mail, the showroom on the stall bill, the Shopify
  checkout and the WooCommerce e-mail, Aal Dhawda Rang Kund / its capitals under its Devanagari name on the
  job-work bill; never the buyer (M/s, "Received with thanks from", Hi <buyer>, the printer under Name). A
  supplier's name on top of its own paper (*settled*, heldout187 to heldout269), here *settled* (new here) the
  block maker's Latin name under its Gujarati one and the forest produce co-operative's under its Devanagari
  one, Shiprocket on its receipt (never BigFoot Retail Solutions in the foot), Porter on its trip screen
  (never SmartShift Logistics), the seller under Seller on Udaan's screen (never udaan); never the company
  after M/s, Buyer, Billed To or Name. *settled* (heldout179 to heldout269): a banking page pays the payee,
  here *settled* (new here) HDFC Bank's Beneficiary Name, the name under "to" on an app's sum, AU Bank's
  Beneficiary name, the Beneficiary name a hand fills in on a branch counterfoil, MP Gramin Bank's and
  IndusInd's Beneficiary; never the Remitter, the Debit account or the bank on top. *settled* (heldout150 to
  heldout269): a pay slip pays the worker, here *settled* (new here) Name on an attendance card (never the dye
  works on top or the Munshi), Employee Name on a payslip, "to <name>" on an app, Karigar on a printing
  account and a job card, Name under an advance receipt's revenue stamp (never the company after "Received
  from"). *settled* (heldout153 to heldout269): a fee page pays the authority on top as printed, here
  *settled* (new here) the Commercial Tax Department's English line under its Devanagari one (Commercial Tax
  Department, Madhya Pradesh / Commercial Tax Department), Nagar Parishad Bagh / its capitals under its
  Devanagari name (never e-Nagarpalika), Employees' Provident Fund Organisation / EPFO, the Indore Municipal
  Corporation under the Indore 311 app's name (never the app), Transport Department, Madhya Pradesh /
  Transport Department, MP (never "Government of Madhya Pradesh" over it or VAHAN), Income Tax Department,
  Directorate General of Foreign Trade / DGFT, the Pollution Control Board's English line under its Devanagari
  one (never XGN or the Unit). *settled* (heldout199 to heldout269): an insurer's receipt pays the insurer on
  top (full or short as printed, capitals where so printed), here also on Tata AIG's web page and Digit's,
  HDFC ERGO's and Star Health's e-mails; never the insured, the trust or the vehicle. A slip's counter name
  line as printed, never *settled* (new here) the terminal's brand (MSWIPE, MOSAMBEE, INNOVITI, SBI PAYMENTS,
  AXIS BANK, ICICI MERCHANT SERVICES, EZETAP) or the place line; *settled* (new here) the counter after "at"
  in PhonePe POS's e-charge SMS (never PhonePe or the sender id). A utility's biller on top of its own page or
  receipt, *settled* (new here) the west discom's English name under its Devanagari one (M.P. Paschim Kshetra
  Vidyut Vitaran Co. Ltd / MPWZ), M.P.P.K.V.V.CO.LTD INDORE as its Bagh counter prints it, Vodafone Idea Ltd /
  Vi (Vodafone Idea Ltd), Avantika Gas Ltd / its capitals, the broadband operator, Tata Play on top of its own
  app, HP PAY's Paid to (HP Gas; never the app or the Distributor), MyJio's Biller (Reliance Jio Infocomm Ltd;
  never MyJio); never the consumer's name. An SMS or app alert's payee as the bank sends it (*settled*, the
  truncated name as printed, without the sentence's full stop), *settled* (new here) HDFC Bank's "To <PAYEE>"
  line, Axis Bank's name after the reference in "UPI/P2M/<ref>/<PAYEE>", Bank of Baroda's after it in
  "to:IMPS/<ref>/<PAYEE>." (read across the message's lines), MP Gramin Bank's "to <PAYEE> A/c", Punjab
  National Bank's "thru UPI to <PAYEE>;", Central Bank of India's "to <PAYEE> dated", AU Bank's "towards NEFT
  to <PAYEE>."; *settled* (new here) Kotak's "to <UPI ID> on" names no payee (None: never a UPI ID, as
  heldout269's Union Bank of India).
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled* (new here) BharatPe's set
  large at the left under its accent bar), Instamojo's Amount paid, PayU's Amount. *settled* (heldout152 to
  heldout269): a payer's advice counts its net sum, *settled* (new here) a Tally voucher's sum on its party's
  line (its Agst Ref line and its total the same), SBI CMP's Payment Amount (its table's Net total the same;
  never Amount or TDS), IFMIS's Net Amount (never the Gross Amount or the Deductions), Kotak FYN's Amount, a
  kiosk slip's AMOUNT, SAP's Net amount on its Total INR row (never Gross or Deduction), Vyapar's Paid Amount,
  Open's sum large. *settled* (heldout155 to heldout269): an inward wire's foreign sum, *settled* (new here)
  Skydo's sum large (never You receive in INR or Converted at), RBC's Amount sent (never Recipient receives
  (approx.) or the Transfer fee), Betrag / Amount and Danske Bank's sum in euros and kroner the German way (a
  full stop between the thousands and a decimal comma: 5.610,00 EUR, 5.610,00 with the euro sign and 36.100,00
  DKK / kr. are 5610.00 and 36100.00), Revolut's pound sum (never the Fee), HSBC's Payment amount, Bank of
  Baroda's Foreign currency amount in kronor the French way (33 368,90 SEK is 33368.90; never the INR
  equivalent), Hana Bank's Remittance amount in won whole (never the Commission, the Cable charge or the Total
  debited with them); in US dollars (USD / US$), Canadian dollars (CAD / C$), euros, Danish kroner (DKK /
  kr.), pounds (GBP / the sign), Hong Kong dollars (HKD / HK$), Swedish kronor (SEK) and won (KRW / the won
  sign). *settled* (heldout175 to heldout269): a receipt counts the sum received, *settled* (new here) a bill
  book's Total with its rupees and paise in their own columns (Rs. 20,730 | P. 75 is 20730.75; the words the
  same), the US dollar sum of the company's receipt for an export advance (USD: the currency of the company's
  own paper where it prints a foreign sum received; its words the same), a receipt book's "Rs. 47,700/-" (its
  words the same), a stall bill's Total, a workshop e-mail's Total paid (never the Participants' rate), a
  failed checkout's Total (incl. GST), an order on hold's Total (never a product's price or the Shipping
  alone), a job-work bill's Total (never a fabric's row). A whole sum closed with /- is that sum in whole
  rupees (heldout259). *settled* (heldout187 to heldout269): a supplier's paper counts the sum paid, *settled*
  (new here) a bill book's Total in Rs. and P., an Invoice Total over its "Payment received by NEFT" line
  (never the CGST / SGST or Round off rows), Udaan's sum large, Shiprocket's Recharge amount (never the Wallet
  balance), a co-operative's Total, Porter's sum large (the trip fare and the tolls together; never either
  alone), a firewood bill's "Total Rs. x/-", Refrens's Amount received (its Total the same; never the Balance
  due). A banking page's sum, Amount, Amount Rs. in the hand; never the charges. *settled* (heldout167 to
  heldout269): a pay slip's net sum, *settled* (new here) an attendance card's "= Rs x/-" in the hand (the
  days present at the day's rate; never the rate), a payslip's Net Pay (never an earning, a deduction or their
  totals), a printing account's Net paid (never its Total or "Less: advance"), an advance receipt's sum, a job
  card's Total, an app's sum. A fee page's Amount / Total / Total amount / Consent fee / the sum in DGFT's
  sentence, *settled* (new here) never a property tax head or a vehicle tax row alone. *settled* (heldout199
  to heldout269): an insurer's premium with its GST, *settled* (new here) Total premium (never Premium or a
  CGST / SGST row), Premium (incl. GST), LIC's Amount received, the sum large. A slip's AMOUNT / TOTAL (never
  the BASE AMOUNT or the TIP alone, RATE/LTR or VOLUME), the sum in an e-charge SMS. A utility's Amount Paid,
  AMT RECD (never CURR BILL or ARREAR), the sum in Vi's sentence (its Amount row the same), Amount paid,
  Amount Rs. in the hand, the sum large. An alert's sum debited as worded (grouped the Indian or the English
  way or not at all); never Total Bal, Avlbl Amt or Avl Bal. Currency INR but on the wires and the company's
  receipt for an export advance.
* status: as printed. *settled* (new here): the outcome in coloured bold: Completed, payment successful,
  Payment Received, Payment Successful, Money sent, Transfer completed, Transfer Successful, Transaction
  Successful, Payout successful, Recharge successful, Booking confirmed, Paid and "Congratulations! Your
  policy has been issued." successes; Payment failed, Transaction Failed, Transfer failed, Rejected, Recharge
  failed, Payment Failed, Payment unsuccessful and "Your payment couldn't be processed" failed; Payment
  pending, Payment in progress, Under process, Payment under verification and "Pending - awaiting confirmation
  from the bank" pending. A payer's "Being payment made by NEFT" on a Tally voucher, SBI CMP's "has made the
  payment below to your account", IFMIS's Status: Paid, SAP's "The net amount has been paid to your bank
  account.", Vyapar's Payment Out successes (*settled* (new here), a payer's own record of the payment made);
  a cheque deposit kiosk's CREDIT SUBJECT TO REALISATION pending (*settled*, a cheque received subject to
  realisation). A wire's "Your international money transfer has been sent.", "Your payment instruction below
  has been processed.", "We have credited your account ...", "Your remittance has been sent." successes,
  Status In Bearbeitung / In process pending. A receipt's "Received cash with thanks", "Received with thanks
  from ... by SWIFT transfer ...", a filled receipt book, a stall bill's Paid : UPI, "Received in cash" in the
  hand successes; an order "on-hold until we confirm that payment has been received" pending. A supplier's
  "Recd. by GPay", "Payment received by NEFT ... Thank you.", "Received in cash", "Paid cash - recd." and
  Refrens's Amount received successes. A branch counterfoil with its UTR written in FOR BANK USE under the
  dater stamp success. A wage card's "Nakad diya (paid in cash)", a payslip's "Credited by NEFT", "Paid by
  UPI" in the hand, an advance receipt signed across its revenue stamp successes. A fee's Status Success,
  "Amount received", Payment confirmed, the VAHAN e-Receipt and "We have received" successes. An insurer's
  "Received with thanks.", "the premium has been received", LIC's Amount received successes. A slip's APPROVED
  / TXN APPROVED / APPROVED - PIN VERIFIED / SALE APPROVED successes, DECLINED - 51 INSUFFICIENT FUNDS failed,
  HOST NOT REACHABLE - STATUS UNKNOWN. PLEASE CHECK BEFORE RETRY pending, an e-charge SMS's "was charged"
  success. A utility's SUCCESS, PAYMENT RECEIVED. THANK YOU, "We have received your payment", Status
  Successful and Cash in the hand successes. *settled*: an SMS debit alert a success whatever its bank's
  wording (here the app's notification too); *settled* (new here) Central Bank of India's "has been rejected
  ... credited back" failed, MP Gramin Bank's "is in process" pending.
* date: the day paid. *settled* (new here): Google Pay's day under its outcome, Instamojo's Date,
  super.money's Tried on, BharatPe's Received on, iMobile Pay's Date & Time, MobiKwik's Started on, PayU's
  Date in ISO form with its hour (2026-11-12 16:56:59 is 2026-11-12); CRED's "just now" prints no day. A
  payer's Dated on a Tally voucher (Tally's 20-Jun-2026), SBI CMP's Value Date (never an Invoice Dt), IFMIS's
  e-Payment Date (never the Bill No. / Date), Kotak FYN's Transaction date, a kiosk slip's DATE (the day
  deposited; never CHQ DATE), SAP's Payment date (21.08.2026; never a Doc. date), Vyapar's Date; Open's
  "Today" prints no day. A wire's Received on (Feb 18, 2026), RBC's Date (April 2, 2026), Ausfuehrungsdatum /
  Execution date, Danske Bank's Date, HSBC's Value date, Bank of Baroda's Value date (its dater stamp the
  same), *settled* (new here) Hana Bank's Transaction date year first (2026.01.28 / 2026-01-28); Revolut's
  "Today" prints no day. *settled* (new here) a day written by hand day first and without zeros (12.1.26,
  8/11/26 and 23-5-2026 are 2026-01-12, 2026-11-08 and 2026-05-23), a receipt's Date (*settled* (new here) 8th
  April 2026 is 2026-04-08), a workshop e-mail's Booked on (never the Workshop date), a checkout's Attempted,
  an order's day in its heading ([Order #n] (July 25, 2026)); the stall bill prints no day. A supplier's
  "Recd. by GPay on <day>" in the hand (never the bill's Date), "Payment received by NEFT on <day>" (never the
  invoice's Dated), Attempted on, Shiprocket's Date, Porter's Trip on, Date in the hand, Refrens's Received on
  (never the Invoice Date or the Due Date); a co-operative's Date left blank prints no day. A banking page's
  Transaction Date / Date & time / Transaction date / Date, *settled* (new here) a counterfoil's Date in the
  hand (the dater stamp's day the same); Kotak's "Today" prints no day. A wage card's "Nakad diya ... <day>"
  (never the Period), a payslip's "Credited by NEFT on <day>" (never the payslip's month), "Paid by UPI on
  <day>" (never the Week or the advance's day), an app's Date, an advance receipt's Date; a job card's Date
  left blank prints no day. A fee page's Payment date, Date, Receipt date (never a tax Period, an Assessment
  Year or a Wage month), Payment initiated on, the day in DGFT's sentence, Initiated on; the Indore 311 screen
  prints no day. An insurer's Receipt Date (the dater stamp's day the same), Payment date, Attempted on,
  Receipt date, Date; Star Health's e-mail prints no day. A slip's DATE (23-04-26, 12/03/26, 15 JAN 2026,
  28/01/2026); PhonePe POS's SMS prints no day (its divider Today). A utility's Payment Date, DATE, the day in
  Vi's sentence (never the Bill period), Initiated, Paid on (never the Bill date), Attempted, Date in the
  hand; MyJio's "Today" prints no day. The SMS's day (*settled* (new here) HDFC Bank's "On 21/02/26" line,
  Axis Bank's "30-06-26, 09:57:14" line, Kotak's "on 27-08-26", Bank of Baroda's "(02-09-2026 13:44:37)" after
  the balance, MP Gramin Bank's "on 15-04-26"), Central Bank of India's "dated <day>", AU Bank's "on <day>"
  (never the notification's own day and hour); Punjab National Bank's message prints no day (its divider
  Today). All numeric days here are day first (heldout251, heldout259) but Hana Bank's and PayU's, which print
  the year first. *settled*: never a Due date, a Cheque dt., a Period, a bill's or an invoice's day, an
  invoice number's financial year or an e-mail's hour, the day inside a UTR (heldout210), a CIN (heldout268)
  or an app's or a terminal's transaction id.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (*settled* (new here) a Tally voucher's "Being payment
  made by NEFT", SBI CMP's Mode NEFT, IFMIS's e-Payment (RBI e-Kuber), Kotak FYN's Payment type NEFT, SAP's
  Payment method NEFT, Vyapar's Payment type: Bank transfer, Open's IMPS, a WooCommerce order's "Direct bank
  transfer (NEFT)", an invoice's "Payment received by NEFT", the banking pages, a counterfoil's NEFT, a
  payslip's "Credited by NEFT", LIC's and Star Health's NEFT, Airtel Payments Bank's IMPS, the NEFT and IMPS
  alerts), a web checkout, a fee, a premium or a bill by net banking (*settled* (new here) PayU's "Net Banking
  - <bank>"), a SWIFT remittance either way (*settled* (new here) Skydo's credit to a bank account, RBC's
  transfer to a recipient bank, Entgelte / Charges SHA, Danske Bank's "International transfer (SWIFT)",
  Revolut's Transfer type SWIFT, HSBC's Telegraphic transfer, Mode SWIFT MT103, Hana Bank's Method SWIFT
  (MT103), the company's receipt "by SWIFT transfer"); UPI for the UPI screens, BharatPe's, Instamojo's and a
  stall bill's UPI, a receipt book's "UPI Ref.", a block maker's "Recd. by GPay", Udaan's "UPI - PhonePe",
  Shiprocket's, Porter's, slice's, Fi's, a printing account's, a job card's, a fee's, a premium's, a refill's
  and a bill's UPI, Avantika Gas's "UPI via Bharat Connect", the UPI alerts; card on slips and *settled* (new
  here) an e-charge SMS, a workshop booking's "Card (Visa ...) via Razorpay", a checkout's "Debit card ...
  (CCAvenue)", VAHAN's "Debit card (SBI ePay)", DGFT's "paid by debit card", Digit's Credit card, Vi's Credit
  card, Tata Play's Debit card; cheque for *settled* (new here) a cheque deposited at a bank's kiosk; cash for
  a bill book's "Received cash with thanks", a job-work bill's "Received in cash", the co-operative's and the
  firewood depot's cash, a wage paid in cash, an advance "in cash", the Nagar Parishad's Cash, an insurer's
  counter's Cash, the discom counter's CASH and the broadband operator's Cash in the hand.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout269): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) Google Pay's UPI transaction ID, CRED's UPI ref
  no., Instamojo's UPI reference, BharatPe's UTR / RRN, the UTR in a Tally voucher's narration, IFMIS's UTR
  No., a receipt book's "UPI Ref." in the hand, a block maker's UTR in the hand, Shiprocket's UPI RRN, the UTR
  No. a branch writes FOR BANK USE, LIC's UTR, Star Health's "UTR (as given by you)", a slip's RRN, the
  e-charge SMS's RRN, the alerts' Ref / UPI/P2M/<ref> / UPI Ref / IMPS/<ref> / Ref No), then a bank reference
  (*settled* (new here) PayU's Bank Reference No., Kotak FYN's Transaction reference no., RBC's Confirmation
  number, Referenz / Reference, Danske Bank's Reference, HSBC's Transaction reference, Bank of Baroda's Our
  reference, Hana Bank's Reference No., the bank reference in the company's receipt for an export advance, a
  challan's CIN, EPFO's Bank transaction ID, VAHAN's Bank Ref. No., the discom's Bank Ref No., a Bharat
  Connect ref.), then a transaction / payment id (*settled* (new here) the Google transaction ID, Instamojo's
  Payment ID (MOJO...), PayU's Transaction ID and PayU ID, SBI CMP's Payment Ref No, a kiosk slip's TXN NO,
  Open's Payout ID, Revolut's Transaction ID, a workshop booking's Payment ID (pay_...), a CCAvenue tracking
  ID, Cent Mobile's Transaction ID, MP Gramin Bank's Reference No., Airtel Payments Bank's Txn ID, a fee's, a
  premium's or a bill's Transaction ID / Challan No. / CRN / Transaction No.), then an approval code (APPR
  CODE, APPR, Auth code), then an order's number (*settled* (new here) a Booking ID, Udaan's Order ID,
  Porter's Booking, a WooCommerce Order #, HP PAY's Booking ref., Tata Play's Order ID), then a document's own
  number (*settled* (new here) a Tally voucher's No., SAP's Payment document, a memo's, a receipt book's, a
  bill's or a job card's No. printed in red, a Receipt No., a Bill No, EPFO's TRRN, a slip's ROC NO /
  INVOICE). *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a Cheque No., a
  Purpose code, a Policy No., a Consumer No. or Customer ID, a slip's MID / TID / BATCH; *settled* (new here)
  never a Vendor Code, a Token No., a DDO's code, a Kiosk ID, SAP's Document No. or Your reference (the
  invoices paid), a Master Policy No., a Certificate No., a Proposal No., an IVRS No., a BP number, a
  Subscriber ID, a Property ID or Ward, a vehicle's or a profession tax's Registration No., an Establishment
  ID, a TAN, an Application No., an IEC, a Device, a PDF's file name, a No. left blank."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout270_families import (
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

SPLIT = "heldout270"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in the sans faces (Noto Sans Display
# among them), the pages in the serifs, Noto Serif Display, DejaVu Sans and Liberation Sans Narrow, the
# company's, its suppliers' and its workers' papers in the serifs and DejaVu Sans Condensed, the slips in five
# regular monos; each face's bold draws the outcomes, headings and totals, a serif italic or a condensed
# oblique the hand (``heldout270_families.PENS``), Noto Sans Devanagari the Devanagari lines and labels and
# Noto Sans Gujarati the block maker's name.
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, SCREEN_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout270_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout270 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

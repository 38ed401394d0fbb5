"""heldout269: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an Etikoppaka lacquered wooden toy makers' producer company's year of 2026 in
Anakapalli district, Andhra Pradesh (Varaha Lakka Bommala Producer Company Ltd, a producer company of the toy
turners and lac colourers of Etikoppaka on the Varaha river; its turnery and lacquer workshop on the river bund,
Ankudu Bommala Shala, where the turners shape tops, rattles, kitchen sets, bullock carts, nesting dolls and
trains out of soft ankudu wood on their lathes and colour them while they spin with sticks of lac; its natural
dye lac unit in the bazaar, Sahaja Rangula Lakka Unit, which melts stick lac with kumkum seed, turmeric,
indigo and lac dye into coloured sticks for its own turners and for other toy makers; its shop in the CBM
Compound, Siripuram, Visakhapatnam, Varaha Toy Shoppe, with a stall at the Visakha Utsav on the RK Beach, its
web shop varahatoys.in and its corporate gift orders; and its export orders), told by the proofs of payment
it receives (buyers' PhonePe, Paytm, BHIM, Amazon Pay and Navi screens, the shop's own PhonePe Business app,
Razorpay's payment page and Cashfree's receipt for the web shop, a Bengaluru toy chain's plain-text remittance
mail, the state handicrafts corporation's CFMS bill status, a Hyderabad school's Zoho Books receipt, ICICI
Bank's return of an interiors firm's NEFT, a Chennai museum shop's payment intimation, a Chennai distributor's
debit note, a Visakhapatnam hotel's letter, RazorpayX's payout mail, remittances from Brooklyn, Kyoto,
Singapore, Lyon, Utrecht, Lucerne, Fremantle and Bath in US dollars, yen, Singapore dollars, euros, Swiss
francs, Australian dollars and pounds (State Bank of India's FIRC, Xflow's pages, DBS Bank's telegraphic
transfer, BNP Paribas's execution notice, Indian Bank's return, CommBank's receipt, Xero's remittance advice),
its own bills, receipts, memo and ticket, cards on the shop's, the stall's and the workshop's terminals) and
those it makes (the timber depot's, the lac trader's, the dye maker's, the carton maker's, the courier's, the
lathe repairer's and the hardware shop's papers, the banks' apps, YONO Business's enquiry and APGVB's RTGS
form for the carrier, the electrician, the landlady, the auditors, the web studio, the stall fabricator, the
guards and the tent house, its turners', painters', helpers' and master craftsman's slips, vouchers, payslip
and receipts, the gram panchayat's, the GI Registry's, ESIC's, the Labour Department's, GVMC's, the
professional tax portal's, Legal Metrology's and the Forest Department's dues, the insurers' receipts for the
workshop, the export cargo, the shop, the workers' health, the van, the lac store and a two-wheeler, its card
at an Araku hotel, a filling station, an art supplies shop and a restaurant, APEPDCL's, BSNL's, Bharat Gas's,
GVMC's, Airtel's and Jio's bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

Layouts (every one written for this set, none of heldout266's or heldout267's; the families' docstrings list
each one's labels). This set draws kinds of row the earlier sets do not: a table whose heading sits on a solid
band in white and whose rows are tinted every other one with no rules (a portal's or an e-mail's table); a
details table whose label cells are shaded, a hairline under each row; labels at the left and values set to
the right over hairlines (an app's details); a total under a rule and over a double rule; the outcome on a
tinted band with a bar of its colour; a plain-text mail's table drawn in dashes and bars in a fixed-width
face; a row of printed boxes for the way paid, one ticked by hand; a bank form's fields a character to a box
in a hand's capitals; a QR code's square; a barcode; a box for a left thumb impression; a round rubber stamp
with its words set round the rim; a thermal roll's zigzag tear over a counter's wood; a title in Telugu script
over its English.

* ``buyer_upi``: PhonePe's receipt (a purple band, the outcome on a tinted band, "<hour> on <day>", Paid to
  over the payee with its sum at the right, Transfer Details as a shaded table: Transaction ID, UTR, Debited
  from, Paid by); Paytm's (Paid Successfully to over the payee, the sum large, then labels and values over
  hairlines: UPI Ref. No., To UPI ID, From, Note); Razorpay's payment page (the shop on top, a tinted table on
  a blue band: Payment ID, Amount, Method, Bank RRN / Auth code, Paid on, Paid by); BHIM's failed transfer,
  Amazon Pay's and Navi's pending one (the outcome band, the sum, To / Paid to, a shaded table: UPI Ref No /
  UPI reference no., To VPA / UPI ID, From, Date / Paid on / Started on); the shop's PhonePe Business app
  (the business under the app, Payment received, the sum, "from <buyer>", UTR, From, Received in, Date &
  time); Cashfree's receipt e-mail ("Receipt from <shop>", the items tinted, Shipping, Total paid under a
  double rule, then Payment mode, Bank reference, CF Payment ID, Order ID, Paid on). All new here.
* ``buyer_advices``: a plain-text remittance mail in a fixed-width face (Supplier Name :, Payment Doc No :,
  Payment Date :, Payment Method :, UTR Number :, a dashed table of Invoice No | Inv Date | Gross | TDS | Net
  with its TOTAL row); CFMS's bill status page (a shaded table: Bill ID, DDO, Beneficiary, Gross amount,
  Deductions, Net amount, Token No., Payment mode; then the stages tinted on a band, the last Paid); Zoho
  Books' PAYMENTS MADE (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through, the
  Amount Paid band, the bill paid on a band); ICICI Bank's e-mail of a returned NEFT (Beneficiary name,
  Beneficiary A/c, Amount, Mode, UTR, Returned on, Return reason, Status: Returned to remitter); a museum
  shop's PAYMENT INTIMATION (Ref: beside Date:, To:, Amount:, the way ticked: Cheque, the cheque's dt.); a
  distributor's DEBIT NOTE CUM PAYMENT ADVICE (Your invoice, Less: shortage, Net paid by NEFT under a double
  rule, UTR); a hotel's letter with its round stamp (the sum, the way and the day in a sentence); RazorpayX's
  payout mail (Paid to, Payout ID, UTR, Mode, Credited to, Date, Purpose). All new here.
* ``export_wires``: State Bank of India's FOREIGN INWARD REMITTANCE CERTIFICATE (a shaded table: Beneficiary,
  Remitter, Currency and amount, Exchange rate, INR equivalent, Date of credit, Mode, Purpose code; the
  branch's round stamp); Xflow's payment page (the sum large, "from <remitter>", the outcome band, a tinted
  table: Payment ID, Beneficiary, Amount received, FX rate, Settled (INR), Settled to, Settled on); DBS IDEAL's
  telegraphic transfer mail (Transaction reference, Debit account, Beneficiary name, Beneficiary bank, Amount,
  Value date, Customer reference); BNP Paribas's AVIS D'EXECUTION / EXECUTION NOTICE with French and English
  labels (Reference / Reference, Beneficiaire / Beneficiary, Montant / Amount, Date d'execution / Date, Frais /
  Charges, Motif / Remittance info); Indian Bank's return of a remittance (Inward ref. No., Beneficiary,
  Remitter, Amount, Returned on, Reason); CommBank's app receipt (Transfer sent, the sum large, To, Bank,
  SWIFT/BIC, Fee, Receipt number, Date); Xero's REMITTANCE ADVICE (To:, Payment reference:, the invoices
  tinted, Amount Paid <currency> under a double rule). All new here.
* ``own_receipts``: the workshop counter's thermal bill torn from the roll (Bill: beside the day, the toys at
  qty x rate, Taxable, GST 12%, Round off, NET under a double rule, UPI RRN); an e-invoice (TAX INVOICE, IRN,
  Ack No., Ack Date, its QR code, the items on a band, IGST, Invoice value; Payment received, Mode / UTR,
  Received on); a MONEY RECEIPT typed on the letterhead (No. beside Date:, "Received with thanks from ... the
  sum of Rupees ... by UPI (Ref. ...) towards ...", the sum, the company's round stamp); the web shop's order
  confirmation e-mail (Order #, the Order summary tinted, Shipping, Total, Payment, Transaction ID, Order date)
  and its failed checkout (Payment method, Payment ID); an ADVANCE RECEIPT (Receipt No. beside Date:, Received
  from, Order, Order value, Advance (40%), the way ticked: Cheque); a workshop visit's ticket (Ticket:, Visit
  date:, Paid, Card ... Appr, the barcode); the lac unit's CASH / CREDIT MEMO (No. left blank, Date:, the sticks
  on a band, Total under a double rule, Cash ticked). All new here.
* ``supplier_invoices``: a timber depot's TAX INVOICE (the logs on a band, CGST, SGST, Invoice total under a
  double rule, Paid by, UTR, Received on, the PAID round stamp) and its RECEIPT for a cheque (the way ticked,
  the cheque's dt.); myBillBook's invoice (Invoice No. beside Invoice Date, Total Amount, Received Amount,
  Balance, Payment Mode, Payment Ref., Payment Date); IndiaMART's order receipt (Seller, the products on a
  band, Paid (incl. GST 5%), Order ID, Transaction ID, Paid via, Paid on); a carton maker's DELIVERY NOTE CUM
  BILL (No. left blank, Cash ticked); the courier's BOOKING RECEIPT (the AWB's barcode, Receipt No., Booked on,
  Freight + GST, Paid by, UPI Ref); Razorpay's mail of a failed payment link (Amount, Payment method, Payment
  ID, Reason); a hardware shop's thermal bill torn from the roll (TOTAL, CARD ... APPR). All new here.
* ``vendor_transfers``: the banks' apps' results (Union Bank's Vyom, Canara ai1, ICICI's InstaBIZ sent for
  approval, Indian Bank's IndOASIS failed, bob World, KVB DLite: a band, the outcome band, the sum large, To,
  Account, Mode, UTR / IMPS Ref. No. / Request ID, From, Date); YONO Business's transaction enquiry (a tinted
  table: Reference No., Debit account, Beneficiary, Amount (INR), Payment mode, UTR, Status); APGVB's RTGS /
  NEFT APPLICATION FORM filled in a character to a box (Date, Amount Rs., RTGS ticked, Beneficiary name, A/c
  No., IFSC, Remitter; FOR BANK USE: UTR No.; the branch's round stamp). All new here.
* ``worker_pay``: a PIECE RATE WAGE SLIP (Slip beside Paid on, Name:, Work:, the pieces on a band, Less:
  advance, Net paid under a double rule, "Paid by UPI, Ref."); a CASH PAYMENT VOUCHER (V. No. left blank,
  Date:, Paid to, Towards, Amount, Cash ticked, the box for the receiver's L.T.I.); RazorpayX Payroll's
  payslip (Employee, Designation, Earnings | Amount | Deductions | Amount on a band, Net pay under a double
  rule, Paid on, Paid via, UTR); Union Bank's mail of a rejected salary credit (File reference, Beneficiary,
  Amount, Mode, Value date, Reason); a master craftsman's HONORARIUM RECEIPT ("Received from ... the sum of
  ... by UPI, Ref. ...", Place:, Date: left blank, Signature:, Name:); PhonePe's, Paytm's (pending) and BHIM
  SBI Pay's receipts (UPI ID, UPI Ref No., From, Date, Note). All new here.
* ``govt_fees``: Gram Panchayat Etikoppaka's tax receipt (its name in Telugu over its English, Receipt No.
  beside Date:, Assessee, Assessment No., the taxes on a band, Total, Cash ticked, TAX RECEIVED); the GI
  Registry's e-receipt (CBR No., Form, GI application, Applicant, Fee paid, Bank ref. No., Payment mode, Date);
  ESIC's challan page (Employer code, Challan No., Contribution month, Amount paid, Transaction No.,
  Transaction date, Bank, Status); the Labour Department's pending renewal (Establishment, Fee, Mode,
  Initiated on); GVMC's trade licence receipt with its QR code; the professional tax portal's failed payment
  (PTIN, Employees, Amount, Payment mode, Transaction ID); Legal Metrology's receipt (Fee received in cash
  under a double rule, its round stamp); the Forest Department's transit permit fee (Permit, Produce, Fee,
  Paid by, Transaction ID, Paid on). All new here.
* ``insurer_receipts``: New India Assurance's PREMIUM RECEIPT (a shaded table: Receipt No., Receipt date,
  Insured, Product, Policy No., Premium + GST 18%, Total received, Mode; its round stamp); Bajaj Allianz's and
  Care Health's e-mails (the premium and GST on a band, Total premium under a double rule, Policy No., Paid
  by, Transaction ID, Date of payment); ICICI Lombard's, Niva Bupa's (failed) and ACKO's apps (the outcome
  band, the sum large, the insurer under it, Plan, Paid via, UPI Ref. No. / Transaction ID, Paid on / Attempted
  on); Oriental Insurance's plain-text PREMIUM RECEIPT in a fixed-width face; SBI General's receipt of a
  cheque (the way ticked, Cover held subject to realisation of the cheque). All new here.
* ``card_slips``: an Android terminal's print (PAYTM EDC on a black band, Date, Time, TID, Invoice No., Card,
  Entry mode, Approval code, RRN over hairlines, Base amount and Tip at the restaurant, Product and Rate / Vol
  at the pump, Total under a double rule, a UPI QR code); a swipe machine's roll torn off, two fields to a
  line (DATE: beside TIME:, TID: beside MID:, BATCH: beside INV:, APPR: beside RRN:, AMOUNT RS. under a double
  rule); Razorpay POS's e-charge slip page (the merchant, the sum large, a table on a band: Card, Entry, TID /
  MID, Invoice, Auth code, RRN, Date, Status). All new here.
* ``utility_bills``: APEPDCL's online payment receipt (a shaded table: Service No., Name, Bill month, Amount
  paid, Bank ref. No., Payment mode, Payment date); PhonePe's failed and Amazon Pay's paid power bills (the
  biller under the sum, Service No., Paid via, UPI Ref. No., Bharat Connect ref., Paid on / Attempted on);
  BSNL Bharat Fibre's receipt mail (the charges on a band, Amount received under a double rule, Account No.,
  Receipt No., Paid by, UPI Ref); Bharat Gas's CASH MEMO (the distributor under the brand, the memo's barcode
  and number, Consumer No., Delivered on, Amount received, Cash ticked); GVMC's water charges receipt with its
  QR code (Period, Amount paid, Mode, Date); Airtel Thanks' pending DTH recharge (Customer ID, Initiated on);
  Jio's AirFiber SMS. All new here.
* ``bank_alerts``: SMS in State Bank of India's ("Dear UPI user A/C X1234 debited by x on date 22Nov26 trf to
  <payee> Refno <ref>"), Union Bank of India's ("A/c *1234 Debited for Rs:x by Mob Bk ref no <ref>", no payee,
  no day), APGVB's ("... debited with Rs.x on <day> by NEFT to <payee>. UTR <utr>."), Indian Bank's ("...
  debited for INR x on <day> towards UPI to <payee>.") and the Visakhapatnam Co-operative Bank's ("VCB: Rs x
  debited from SB A/c 1234 on <day> to <payee> UPI Ref <ref>") wordings; ICICI Bank's e-mail of a reversed UPI
  debit, KVB's of an NEFT accepted and IDFC FIRST Bank's of an IMPS, each a sentence over a shaded table. All
  new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), the outcome bands, table heads and totals in each face's bold; a plain-text mail draws in
DejaVu Sans Mono, the panchayat's Telugu line in Noto Sans Telugu and a hand's capitals in a sans oblique or
italic. The Visakha Utsav stall's card slip is drawn in the Utsav's days (9 to 11 January 2026) and its
fabricator's and tent house's transfers in the days before; the other days anywhere in 2026. GST is 12% on
the toys (HSN 9503, 4420, 9504), 5% on lac and dyes, 18% on timber, tools and services.

Truth conventions (heldout267's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) under PhonePe's Paid to at the left of its sum, under Paytm's Paid Successfully to, under Paid to / To
  on BHIM, Amazon Pay and Navi, the registered name cut short where so printed (VARAHA LAKKA BOMMALA PROD); a
  receiving business's own app pays *settled* (new here) the business named under the app on top (PhonePe
  Business), never the buyer after "from"; a payment page or receipt e-mail pays the shop on top of
  Razorpay's page and after "Receipt from" in Cashfree's mail; never the app, Razorpay, cashfree, a UPI ID or
  the From / Paid by / the salutation. *settled* (heldout167 to heldout267): a payer's advice pays the one it
  pays, never the payer on top or a salutation; here *settled* (new here) a plain-text mail's Supplier Name :,
  CFMS's Beneficiary (never the DDO or CFMS), Zoho Books' Paid To, a bank's Beneficiary name, "To:" on an
  intimation, "Party:" on a debit note, the line under "To" in a letter, RazorpayX's Paid to. *settled*
  (heldout155 to heldout267): an inward wire pays the company, here *settled* (new here) a FIRC's, Xflow's and
  Indian Bank's Beneficiary, DBS's Beneficiary name (read across its two lines), Beneficiaire / Beneficiary,
  CommBank's To and Xero's "To:"; never the remitter, the bank, Xflow, or Dear <remitter>. *settled*
  (heldout175 to heldout267): the company's own paper pays the trade name on top: *settled* (new here)
  ANKUDU BOMMALA SHALA / Ankudu Bommala Shala on the workshop's thermal bill and ticket, the company on the
  e-invoice and the money receipt, Varaha Toy Shoppe on the web shop's pages and the advance receipt (never its
  "A unit of" line), Sahaja Rangula Lakka Unit on the lac memo; never the buyer, Received from, M/s or the
  stamp. A supplier's name on top of its own paper, *settled* (new here) the courier's (DELHIVERY), the seller
  under Seller on IndiaMART's receipt (never IndiaMART), the lathe works on top of Razorpay's failed-link mail
  (never Razorpay); never the company under Buyer / To or its stamp. *settled* (heldout179 to heldout267): a
  banking page pays the payee, here *settled* (new here) an app's To, YONO's Beneficiary cell, the
  Beneficiary name a hand fills in a character to a box (as filled, in capitals; never the Remitter boxes).
  *settled* (heldout150 to heldout267): a pay slip pays the worker, here *settled* (new here) Name: on a wage
  slip, Paid to on a voucher, Employee on a payslip, Beneficiary on a bank's mail, "Name:" under an
  honorarium's signature (never the company after "Received from" or the signature), the name under Paid to /
  To on an app. *settled* (heldout153 to heldout267): a fee page pays the authority on top as printed, here
  *settled* (new here) the English line of Gram Panchayat Etikoppaka / GRAM PANCHAYAT ETIKOPPAKA (never its
  Telugu line), the Geographical Indications Registry under Intellectual Property India (never IP India),
  Employees' State Insurance Corporation / ESIC, Labour Department, Government of Andhra Pradesh / Labour
  Department, AP, GVMC / its full name, Commercial Taxes Department, Andhra Pradesh / AP Commercial Taxes, Legal
  Metrology Department, Andhra Pradesh / Legal Metrology, AP, Andhra Pradesh Forest Department / AP Forest
  Department; never the Assessee, the Applicant or the Establishment. *settled* (heldout199 to heldout267): an
  insurer's receipt pays the insurer on top (full name, capitals where so printed), *settled* (new here) the
  name centred in a plain-text receipt's head and the full name under an app's sum (never the app's short
  title on top). A slip's counter name line as printed, never *settled* (new here) the terminal's brand (PAYTM
  EDC, BHARATPE SWIPE, WORLDLINE, RAZORPAY POS) or an e-charge page's "Charge slip" title. A utility's biller
  on top of its page or mail (APEPDCL / its full name, BSNL / Bharat Sanchar Nigam Ltd, GVMC / its full name),
  *settled* (new here) the biller under an app's sum (the power company, Airtel Digital TV; never PhonePe,
  amazon pay or Airtel Thanks), the distributor under Bharat Gas on its cash memo (never Bharat Gas or BPCL),
  Jio's sign-off on its SMS (never the sender id). An SMS or e-mail alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) State
  Bank of India's "trf to <payee> Refno", APGVB's "by NEFT to <payee>.", Indian Bank's "towards UPI to
  <payee>.", the Visakhapatnam Co-operative Bank's "to <payee> UPI Ref", the e-mails' "to <payee>" (their
  Beneficiary row the same); Union Bank of India's "Debited for Rs:x by Mob Bk ref no" names no payee (None,
  as heldout264's State Bank of India "by transfer").
* amount / currency: the sum this payment moved. A UPI screen's sum large or *settled* (new here) the sum at
  the right of PhonePe's payee, Razorpay's Amount cell, Cashfree's Total paid under its double rule (never an
  item, a Price or the Shipping). *settled* (heldout152 to heldout267): a payer's advice counts its net sum,
  *settled* (new here) the Net on a plain-text table's TOTAL row (never Gross, TDS or an invoice's row),
  CFMS's Net amount (never the Gross amount or the Deductions), Zoho Books' Amount Paid band (its bill's
  Payment Amount the same), a bank's Amount, an intimation's Amount:, a debit note's Net paid under its double
  rule (never Your invoice or Less: shortage), a letter's sum, RazorpayX's sum in its sentence. *settled*
  (heldout155 to heldout267): an inward wire's foreign sum, *settled* (new here) a FIRC's Currency and amount
  (never the INR equivalent or the Exchange rate), Xflow's and CommBank's sum large (never Settled (INR), FX
  rate or the Fee), DBS's and Indian Bank's Amount, Montant / Amount in euros the French way (a space between
  the thousands, a decimal comma: 2 380,00 EUR and 2 380,00 with the euro sign are 2380.00), Swiss francs the
  Swiss way (an apostrophe between the thousands: CHF 2'143.77 is 2143.77), Xero's Amount Paid <currency>
  under its double rule (never an invoice's row); in US dollars (USD / US$), yen whole (JPY / the yen sign),
  Singapore dollars (SGD / S$), Australian dollars (AUD / A$) and pounds (GBP / the sign). *settled*
  (heldout175 to heldout267): a receipt counts the sum received, *settled* (new here) a thermal bill's NET
  (never Taxable, GST 12% or Round off), an e-invoice's Payment received (its Invoice value the same; never
  the Taxable or IGST), a money receipt's sum (its words the same), an order's Total, an advance receipt's
  Advance (40%) (never the Order value), a ticket's Paid, a memo's Total. *settled* (heldout187 to heldout267):
  a supplier's paper counts the sum paid, *settled* (new here) the Invoice total received, myBillBook's
  Received Amount (never the Balance), IndiaMART's Paid (incl. GST 5%), a delivery note's Total, the courier's
  Freight + GST, a payment link's Amount, the cheque's sum, a thermal bill's TOTAL. A banking page's sum large,
  Amount (INR), *settled* (new here) the Amount Rs. a hand fills in a character to a box. A pay slip's net sum,
  *settled* (new here) a wage slip's Net paid (never a piece's row or Less: advance), a voucher's Amount, a
  payslip's Net pay (never Basic, HRA, PF or Prof. tax), an honorarium's sum in its sentence. A fee page's
  Total / Fee paid / Amount paid / Fee / Amount / Fee received in cash, never a tax head. *settled*
  (heldout199 to heldout267): an insurer's premium with its GST, *settled* (new here) Total received (never the
  Premium + GST 18% row), Total premium under a double rule, a plain-text receipt's Total (never Premium or
  GST @ 18%), an app's sum large, a cheque receipt's Premium with GST. A slip's Total / AMOUNT RS. under its
  double rule (never the Base amount or Tip alone, Rate / Vol), an e-charge page's sum large. A utility's
  Amount paid, the sum large, BSNL's Amount received (never the plan or the GST), Bharat Gas's Amount
  received, the SMS's "Recharge of Rs x". An alert's sum debited as worded (grouped the Indian or the English
  way or not at all); never Bal or Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): the outcome on a tinted band (Transaction Successful / Payment
  Successful / Payment successful / Payment received / Transfer sent / Funds transferred successfully /
  Transaction successful / Premium paid - policy issued / Bill paid successfully / Executed successes; Sent
  for approval - pending with the approver, Payment pending - bank confirmation awaited, Payment pending -
  awaiting bank confirmation, Processing - awaiting the correspondent bank, Recharge pending - we are
  confirming with your bank, Subject to realisation of the cheque, Cover held subject to realisation of the
  cheque pending; Transaction Failed, Transaction failed - beneficiary bank not responding, Payment failed,
  Payment failed - policy not renewed, Payment failed - the bank did not confirm, Bill payment failed, Your
  payment could not be processed, Status: Returned to remitter, Rejected, Returned to remitter failed),
  Paytm's Paid Successfully to, a table's Status: Completed / Success / Approved and CFMS's last stage Paid
  successes. A payer's "Please find below the details of the payment made to you.", "The net amount above has
  been paid to your bank account." and "has sent you" successes, an intimation's "The cheque is sent by
  registered post; please acknowledge on realisation." pending (*settled*, a cheque sent and not yet cleared).
  A FIRC's "We certify that we have received the remittance ...", Xero's "Payment made by international bank
  transfer" and Indian Bank's "has been returned to the remitting bank" as worded. A receipt's PAID - THANK
  YOU, COME AGAIN, PAYMENT RECEIVED - THANK YOU, "Received with thanks ...", "Thank you for your purchase!",
  PAID - ENJOY THE VISIT and RECEIVED WITH THANKS successes. A supplier's PAYMENT RECEIVED IN FULL, Fully
  paid, Received the amount in cash - thank you, PAID and PAID BY CARD - THANK YOU successes. A branch form's
  UTR No. FOR BANK USE under its PROCESSED stamp success. A wage slip's paid line, a voucher's ticked Cash, a
  payslip's "Your salary has been credited" and a signed honorarium successes. TAX RECEIVED, LICENCE FEE
  RECEIVED, PREMIUM RECEIVED - POLICY IN FORCE, "We have received the premium", "Received with thanks. Policy
  in force." successes. A slip's APPROVED / TRANSACTION APPROVED / APPROVED - PIN VERIFIED successes, HOST
  TIMEOUT - DO NOT RETRY, CHECK WITH BANK pending, DECLINED - 05 DO NOT HONOUR failed. A utility's PAID -
  THANK YOU, Received with thanks, "we have received your payment" and Jio's "is successful" successes.
  *settled*: an SMS debit alert a success whatever its bank's wording; *settled* (new here) ICICI Bank's "has
  failed and the amount debited has been reversed" failed, KVB's "has been accepted and is being processed.
  The UTR will be sent once it is credited." pending.
* date: the day paid. *settled* (new here): PhonePe's "<hour> on <day>" under its outcome, Razorpay's and
  Cashfree's Paid on, PhonePe Business's Date & time, Date / Paid on / Started on in a shaded table. A payer's
  plain-text Payment Date : (02-JUN-2026 is 2026-06-02), Zoho Books' Payment Date, Returned on, an
  intimation's and a debit note's Date: (never the cheque's dt.), the day in a hotel letter's sentence (never
  the letter's own later day at the top right), RazorpayX's Date; CFMS's page prints no day. A FIRC's Date of
  credit, Xflow's Settled on, DBS's Value date, Date d'execution / Date, Returned on, CommBank's Date; Xero's
  advice prints no day (never an Invoice Date). A thermal bill's day beside Bill:, an e-invoice's Received on
  (never its Ack Date), a money receipt's and an advance receipt's Date:, an order's Order date, a ticket's
  Visit date, a memo's Date:. A supplier's Received on (never its invoice's Date:), a receipt's Date: (never
  the cheque's dt.), myBillBook's Payment Date (never the Invoice Date), IndiaMART's Paid on, the courier's
  Booked on, a thermal bill's day. An app's Date, *settled* (new here) a branch form's Date boxes filled in by
  hand (26102026 is 2026-10-26). A wage slip's Paid on (never the week), a voucher's Date:, a payslip's Paid on
  (never the month in its title), a bank's Value date; an honorarium's Date: left blank prints no day. A fee
  page's Date: / Date / Transaction date / Initiated on / Paid on: (never the Contribution month or a licence's
  "VALID TILL"). An insurer's Receipt date, Date of payment, Paid on, Attempted on, a cheque receipt's Date:.
  A slip's Date / DATE: (10-AUG-26 is 2026-08-10), an e-charge page's Date. A utility's Payment date, Paid on,
  Attempted on, Bharat Gas's Delivered on, GVMC's Date (never the Period or the Bill month), Initiated on,
  Jio's "is successful on <day>". The SMS's day (*settled* (new here) State Bank of India's "on date 22Nov26",
  APGVB's, Indian Bank's and the Visakhapatnam Co-operative Bank's "on <day>") and its divider's; the e-mails'
  Date row. All numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a
  Cheque dt., a Period, an invoice number's financial year or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's or a terminal's transaction id (PhonePe's T..., DBS's TT...).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (a payer's NEFT, *settled* (new here) CFMS's e-Kuber
  credit to a bank account, Zoho Books' Bank Transfer (NEFT), RazorpayX's IMPS, an e-invoice's RTGS, a
  supplier's NEFT, the banking pages, a branch form's ticked RTGS, a payslip's Bank transfer (IMPS), a bank's
  NEFT salary credit, the alerts' NEFT / IMPS), a SWIFT remittance either way (*settled* (new here) a FIRC's
  Mode SWIFT MT103, Xflow's settlement to a bank account, DBS's telegraphic transfer, BNP Paribas's transfer
  with its Frais / Charges SHA, CommBank's SWIFT/BIC, Xero's "international bank transfer (SWIFT)"), a fee, a
  premium or a bill paid by Net banking / Internet banking; UPI for the UPI screens, PhonePe Business,
  Razorpay's and Cashfree's UPI, a thermal bill's UPI RRN, a money receipt's "by UPI", the web order's UPI,
  myBillBook's, the courier's, a payment link's, a wage slip's, an honorarium's, a fee's, a premium's and a
  bill's UPI, the UPI alerts; card on slips and e-charge pages, Razorpay's card, a failed checkout's card, a
  ticket's and a hardware bill's card, IndiaMART's Credit card, a fee or a premium by Debit / Credit card;
  cheque for a cheque sent or received (*settled* (new here) the ticked Cheque box); cash for *settled* (new
  here) the ticked Cash box (a memo, a delivery note, a voucher, the panchayat's and the gas agency's), "Fee
  received in cash". *settled* (heldout264): None where the page names no way (Jio's SMS).
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout267): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) PhonePe's and PhonePe Business's UTR, UPI Ref.
  No. / UPI Ref No / UPI reference no., Razorpay's Bank RRN, Cashfree's Bank reference, a plain-text UTR
  Number, Zoho Books' Reference Number, an e-invoice's UTR after Mode /, a money receipt's "UPI (Ref. ...)",
  myBillBook's Payment Ref., the UTR No. FOR BANK USE, IMPS Ref. No., an SMS's Refno / ref no / UTR / UPI Ref),
  then a bank reference (*settled* (new here) DBS's Transaction reference, BNP Paribas's Reference, Indian
  Bank's Inward ref. No., Xero's Payment reference, YONO's Reference No., a bank's File reference, the GI
  Registry's and APEPDCL's Bank ref. No., a Bharat Connect ref.), then a transaction / payment id (*settled*
  (new here) PhonePe's Transaction ID, Razorpay's Payment ID (pay_...), CF Payment ID, RazorpayX's Payout ID,
  Xflow's Payment ID (xfp_...), CommBank's Receipt number, IndiaMART's Transaction ID, an app's Request ID,
  ESIC's Transaction No., a fee's, a premium's or a bill's Transaction ID, KVB's NEFT request number), then an
  approval code (Approval code, Auth code, APPR, Appr), then an order's number (Cashfree's Order ID, the web
  shop's Order #, IndiaMART's Order ID), then a document's own number (*settled* (new here) Payment Doc No,
  CFMS's Bill ID, Zoho Books' Payment#, an intimation's Ref:, a debit note's No., Bill: / Bill, a money
  receipt's No., a Receipt No., a Ticket:, a Slip, ESIC's Challan No., the GI Registry's CBR No., a Cash memo
  No., an Invoice No. on a slip). *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC,
  GSTIN, a Cheque No., a Purpose code, a Policy No., a Consumer No. or Customer ID; *settled* (new here) never
  an e-invoice's IRN or Ack No., CFMS's Token No., DBS's Customer reference (the invoice), an AWB, a Permit, a
  PTIN, an Employer code, an Assessment or Licence No., a Service No., an Account No. on a bill, a slip's TID
  / MID / BATCH, a blank No. ________."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout269_families import (
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

SPLIT = "heldout269"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in the sans faces whose bold the outcome
# bands and table heads draw in, the pages and the company's papers in the serifs and Liberation Sans Narrow,
# the slips in four monos; the fixed-width mails draw in DejaVu Sans Mono, the panchayat's Telugu line in Noto
# Sans Telugu (fonts-noto-core) and the hand that fills in a bank form in a sans oblique or italic
# (``heldout269_families.PENS``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
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


def make_heldout269_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout269 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

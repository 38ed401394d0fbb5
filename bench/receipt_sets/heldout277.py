"""heldout277: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Manjusha art and Bhagalpuri silk producer company's year of 2026 in Bhagalpur,
Bihar (Ang Manjusha Silk Producer Company Ltd, CIN U17299BR2019PTC041763, a producer company of weavers and
painters with its office at Khanjarpur, Bhagalpur: its weavers' centre at Champanagar, Nathnagar, Champanagar
Bunkar Kendra, whose member weavers, Ansari and Tanti families of the town, weave tussar, ghicha, katiya and
matka silk saris, stoles and yardage on their looms with tussar yarn reeled in Banka and sold to them by the
company's yarn bank, dyed in its dye house; its Manjusha studio at Mundichak, Bihula Manjusha Kala Kendra,
whose painters paint the tale of Bihula and the serpent goddess Bishahari in Manjusha's three colours, pink,
green and yellow, on tussar silk, on handmade paper from Sanganer and on the temple-shaped wooden boxes, the
manjushas, made by a carpenter of Mirjanhat; its Patna counter in the Udyog Bhawan Arcade, Ang Silk Emporium,
with stalls at the Bishahari Mela at Champanagar and the Bihar Saras Mela at Gandhi Maidan; the web shop
angmanjusha.in, the GoCoop marketplace and buyers abroad), told by the proofs of payment it receives (buyers'
Paytm, Amazon Pay, Navi, slice, Groww, Airtel Thanks and bob World screens, Paytm for Business on the
counter's phone; GoCoop's settlement, a Patna retail chain's Oracle payment advice, IREPS' bill status for
Eastern Railway's Manjusha panels at Bhagalpur station, CFMS Bihar's payee status and a letter for the state's
crafts institute (UMSAS), a marketplace's Cashfree payout failed, a Patna hotel's mail and SBI's advice for
the state's tourism corporation; MUFG, RBC, CommBank, UOB, PostFinance, DNB, Emirates NBD and Hana Bank for
buyers in Kyoto, Toronto, Melbourne, Singapore, Zurich, Oslo, Dubai and Seoul in yen, Canadian, Australian and
Singapore dollars, Swiss francs, Norwegian kroner, dirhams and won; the counter's cash memo in a Manjusha
border, the studio's receipt book, the web shop's Razorpay receipt, WhatsApp order and failed payment, the
weaving centre's tax invoice with its Silk Mark label, the studio's certificate of authenticity cum receipt
and the yarn bank's slip to a member) and those it makes (Moglix's failed checkout, a Banka yarn house's
invoice stamped PAID, a Bhagalpur dye dealer's cash memo under its Urdu and Hindi names, a Sanganer paper
mill's invoice, a carpenter's slip from a spiral pad, Shiprocket's wallet, a Varanasi loom spares dealer's
payment page and Tally's receipt; yono BUSINESS, PNB ONE, Cent Mobile, IDBI Bank, its own mail to a vendor,
bob World Business, YONO Lite SBI and ICICI Bank for the tent house, the yarn house, the loom mechanic, the
printer, the shop fitter, the auditors, the transporter and the solar fitter; its weavers', painters',
reelers', winders' and sales associate's wage slip, screens, payslip, muster and festival advance; OGRAS
Bihar's registration fee, the Bhagalpur Municipal Corporation's holding tax, the Silk Mark Organisation of
India's label fee, the Labour Resources Department's registration, the Trade Marks Registry's fee, MCA21's
filing fee, the Bihar State Pollution Control Board's consent fee and the Commercial Taxes Department's
profession tax; New India's, ICICI Lombard's, Bajaj Allianz's, Oriental's, SBI General's, Care Health's, Kotak
General's and Future Generali's premiums; cards on the counter's and the two fairs' terminals and the
company's card at a Bhagalpur hotel, a katarni rice shop, a Patna bookshop, a litti-chokha restaurant and an
art supplies store; the power company's smart meter recharge and bill, Indane's cylinder, Airtel's fibre and
prepaid, Dish TV, BSNL and Jio; the banks' SMS, a Hindi SMS, SBI's mail, a statement's line marked by a
highlighter and IDBI Bank's WhatsApp message). One payment per page. Each family: six successes, one failure,
one wait; one page prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set, none of heldout274's or heldout275's: other apps, banks, issuers,
labels and arrangements; the families' docstrings list each one's labels). This set draws kinds of row and
page the earlier sets do not: Urdu lines in Noto Nastaliq Urdu, set right to left, over the Hindi and the
English (a municipal corporation's, a dye dealer's and a weavers' centre's names); Bishahari's serpent across
a page as its divider; a Manjusha box (the temple-shaped box of the tale) as a letterhead's emblem; a Manjusha
border of pink, green and yellow with its chain of triangles and its corner suns; the Silk Mark's hologram tag
with its label's number; a muster's row of day boxes ticked by hand or marked A; an app's bottom sheet over a
dimmed screen (the amount being typed, a cart); a highlighter's stroke across a printed statement's line; a
paper clip on a letter; a slip torn from a spiral pad; a payment a single row of a ruled table across the
page; a bank's SMS in Hindi in its card; a WhatsApp banking message and a business's order in a chat bubble.
They draw beside them heldout269's, heldout271's, heldout273's and heldout275's rows (shaded label cells,
striped tables, tables ruled on every side, dot leaders, steps down the page and left to right, boxed fields,
capsules, tinted bands, cards, hand-written fills, carbon copies, stamps, seals, QR codes, barcodes, thumb
boxes, Hindi lines, a large tick and a split sum).

* ``buyer_upi``: Paytm's receipt (the payee's initials, "Paid to" over the name and its VPA, the sum, a Paid
  Successfully capsule, the day and hour under it, hairline rows: UPI Ref. No., From, To UPI ID; a cashback
  card); Amazon Pay's Payment pending ("to <payee>", steps down the page: Payment started, Money debited,
  Waiting for the payee's bank, Payment complete; Amazon Pay Txn ID, UPI Ref No, Started on); Navi's bottom
  sheet over the amount typed on the dimmed screen (Payment successful, the sum, "Paid to <payee>", hairline
  rows: UPI transaction ID, Navi transaction ID, Date & time, Paid from); slice's dark screen ("<sum>",
  "paid to <payee>", the day and hour, a View details row left closed, an offer; no reference); Groww's
  payment (a tinted band, the sum split, "Paid to" over the name and its VPA, UPI Reference, Groww
  Transaction ID, Paid from, Time); Airtel Thanks' Payment failed (a capsule, the sum, the reason, boxed
  fields: UPI Ref No, Paid to, Date & time, Payment mode); Paytm for Business on the counter's phone (the
  counter under the app, a card of Today's collection, a payment's card: Payment received, the sum,
  "received from <buyer>"; UPI Ref No, Order ID, Received on); bob World's payment (the payee's initials,
  Paid successfully, the sum, the name, "Today, <hour>"; UPI Ref No, From, Remarks; no day). All new here.
* ``buyer_advices``: GoCoop's settlement page (Settlement for <period>, a Transferred capsule, a banded
  table Order ID | Product | Sale | Fees | Net, Net payout, the fees' note, shaded label cells: Seller, Bank
  account, Transfer mode, UTR; no day); Kosi Weaves' PAYMENT ADVICE mailed (Supplier, Supplier Site, Payment
  Number, Payment Date, Payment Method, Bank Reference (UTR), a ruled table Invoice Number | Inv. Date |
  Amount | TDS 1% | Paid and Total Paid); IREPS' vendor bill status (steps down the page with their days:
  Bill received, Passed for payment, e-Payment advice sent to bank, Credited to vendor; shaded label cells:
  Vendor, Bill No., Work, Net amount, Mode, e-Payment Ref. No., Sent to bank on); CFMS Bihar's payee payment
  status under वित्त विभाग, बिहार सरकार (a ruled table across the page with one row: Bill ID | Payee | Net
  (Rs.) | Paid on; shaded label cells: Status, UTR No., Mode, DDO, Treasury, Gross amount, Deductions,
  Purpose); Cashfree Payouts' Transfer failed (a tinted band, dot leaders: Transfer ID, Beneficiary, Bank
  account, Amount, Transfer mode, Initiated on, Failure reason); UMSAS's letter under its Hindi name with a
  paper clip (Letter No. beside its later Dated, To, The Director, the company, Sub:, "the amount of Rs. x/-
  (...) has been transferred to your account by NEFT (RTGS) on <day> vide UTR No. ...", a scribble); Ganga
  Riverview Hotels' mail ("We have transferred <sum> to your account ending ... by NEFT on <day> against
  your bill ...", a card: Bill No., Bill amount, TDS u/s 194C (2%), Net transferred; Beneficiary:; no
  reference); SBI's beneficiary payment advice on behalf of the tourism corporation (a striped table:
  Remitter, Beneficiary name, Beneficiary account, Amount, Transaction date, Payment mode, UTR number, SBI
  reference no., Remarks). All new here.
* ``export_wires``: MUFG BizSTATION's overseas remittance (a tinted band "Your remittance has been
  completed.", shaded label cells: Remittance Reference No., Remittance Date year first (2026/05/11),
  Beneficiary Name, Beneficiary Bank, Remittance Amount in yen, Remittance Method, Charges, Purpose,
  Message); RBC's Transfer sent (the Canadian dollars, "to <beneficiary>", Confirmation #, Date sent,
  Delivery, Exchange rate, Recipient gets in rupees, Fee, From); CommBank's mail of an international payment
  returned (a table ruled on every side: Beneficiary, Beneficiary bank, Amount, Payment date, Payment type,
  Receipt number, Return reason); UOB Infinity's telegraphic transfer (a Completed capsule, shaded label
  cells: Transaction Reference, Value Date, Debit Account, Payee Name, Payee Bank, Amount, Payment Type,
  Charges, Purpose of Payment, Payment Details); PostFinance's payment order (an Executed capsule, boxed
  fields: Debit account, Beneficiary, Amount in Swiss francs, Execution date, Type, Communication to
  beneficiary; no reference); DNB's Utenlandsbetaling (an Under behandling capsule over "In progress", the
  kroner, "Til <beneficiary>", each label in Norwegian with its English small over its value: Mottakers bank
  / Recipient bank, Betalingsdato / Payment date, Type, Referanse / Reference, Melding / Message); Emirates
  NBD's Transfer successful (the dirhams, "to <beneficiary>", "Today at <hour>", Reference number, Transfer
  type, Beneficiary bank, Charges, Purpose; no day); Hana Bank's OUTWARD REMITTANCE ADVICE (a table ruled on
  every side: Reference No., Remittance Date year first with dots (2026.07.23), Applicant, Beneficiary,
  Beneficiary Bank, Currency / Amount in won, Remittance Type, Charges, Commission, Cable Charge, Total
  Debit Amount, Status; its red REMITTED stamp). All new here.
* ``own_receipts``: the Patna counter's CASH MEMO in a Manjusha border under its emblem and its Hindi name
  (its "A unit of" line, No. beside Date:, Name:, a banded table Sl | Particulars | Qty | Rate | Amount,
  CGST 2.5%, SGST 2.5%, Total, "Received by UPI (Ref. ...). Thank you."); the studio's receipt book, its
  carbon copy under its Hindi name (No. left blank, DUPLICATE, Date, Received with thanks from, the sum of
  Rupees, by, towards written in; Rs. in a box; no number); the web shop's receipt mailed by Razorpay (a
  Payment successful capsule, the sum, shaded label cells: Payment ID, Order ID, Bank RRN, Paid on, Method,
  Payment for); the web shop's WhatsApp order under the chat's day divider ("Thank you! Your order #<n> is
  booked.", its lines, Total:, Payment: pending, "Pay by UPI to ..."); the weaving centre's TAX INVOICE ("(A
  unit of ...)", Invoice No. beside Date:, Buyer:, a ruled table # | Description | HSN | Qty | Amount with
  its CGST 2.5% and SGST 2.5% rows, Invoice Total, the Silk Mark's tag, "Paid by card (...), Auth code
  ..."); the studio's CERTIFICATE OF AUTHENTICITY CUM RECEIPT in a Manjusha border under its emblem and a
  serpent (its certifying sentence, dot leaders: Certificate No., Title, Painted by, Medium, Size, Price
  paid, Paid by, UPI Ref.; "Received in full.", a scribble; no day); the web shop's app with its cart dimmed
  under a bottom sheet (a Payment failed capsule, Amount, Payment ID, Method, Tried at); the company's YARN
  ISSUE SLIP CUM CASH RECEIPT under its Hindi name (Slip No. beside Date:, Member:, Yarn | Kg | Rate |
  Amount, Total, "Received cash Rs. x/-" in the store keeper's hand, a thumb box). All new here.
* ``supplier_invoices``: Moglix's checkout with its Payment failed capsule (Order, Items, Sold by, Amount,
  Payment method, Transaction ID, Attempted on); KOSHA RESHAM UDYOG's TAX INVOICE (Invoice No. beside Date:,
  Bill to:, a ruled table with HSN, Kg, Rate, CGST 2.5%, SGST 2.5% and Total Rs., the sum in words, the
  company's violet PAID stamp and under it in the accountant's hand "By NEFT (RTGS), UTR ..." and "dt.
  <day>"); AL-MADINA DYES & CHEMICALS' CASH MEMO under its Urdu and Hindi names (No. left blank, Date and
  M/s written in, the dyes and their sums written by hand on its ruling, Total, "Recd. cash with thanks"; no
  number); Sanganer Handmade Papers' TAX INVOICE (Invoice No.: beside Invoice Date:, Consignee:, a striped
  table Item | Sheets | Rate | Amount with IGST 12%, Invoice Value, "Payment received by NEFT on <day>, UTR
  .... Thank you.", its blue RECEIVED seal); a carpenter's slip torn from a spiral pad, written by hand (his
  name, his trade and place, the boxes and polish with their sums on ruled lines, Total, "Recd Rs x/- by
  PhonePe", Ref; no day); Shiprocket's wallet recharge (a Recharge successful band, a table ruled on every
  side: Transaction ID, Amount, Payment mode, UPI reference, Date & time, Wallet balance); Varanasi Handloom
  Spares' Razorpay payment page (steps left to right: Initiated, With your bank, Paid; a Payment processing
  capsule, shaded label cells: Payment ID, Amount, Method, Initiated on, Paid by); Tally Solutions' PAYMENT
  RECEIPT mailed (dot leaders: Receipt No., Receipt Date, Customer, Product, Amount, IGST 18%, Total amount
  paid, Payment mode, Transaction ID). All new here.
* ``vendor_transfers``: yono BUSINESS's transfer pending for authorisation ("Your transaction has been sent
  to the authoriser.", a ruled table across the page with one row: Ref. No. | Beneficiary | Amount |
  Initiated | Status, "Mode: NEFT"); PNB ONE's Funds transferred successfully (the payee's initials, the
  sum, "to <payee>", Transfer mode, UTR No., Transaction date, Remarks); Cent Mobile's Transaction
  Successful ("to <payee>", "Today, <hour>", IMPS Ref. No., Mode, Beneficiary A/c, Remarks; no day); IDBI
  Bank's Transaction Receipt under a SUCCESS watermark (a table ruled on every side: Transaction Type,
  Reference Number, Date & Time, From Account, Beneficiary Name, Beneficiary Account, Amount, Status,
  Remarks); the company's own mail to the shop fitter ("We have transferred <sum> to your account on <day>
  against your bill ...", Beneficiary, Bank, Mode, Bill amount, TDS u/s 194C (1%), Amount paid; no
  reference); bob World Business's NEFT receipt (a striped table: Transaction reference, UTR, Debit account,
  Beneficiary name, Beneficiary account, Amount, Charges, Value date, Status); YONO Lite SBI's Transaction
  Failed on a tinted band ("to <payee>", the reason, boxed fields: Reference No., Mode, Date & Time); ICICI
  Bank's RTGS Transaction Receipt (a table ruled on every side: UTR Number, Transaction ID, Transaction
  Date, Debit Account, Remitter Name, Beneficiary Name, Beneficiary Account, Amount (Rs.), Amount in words,
  Transaction Status). All new here.
* ``worker_pay``: a WEAVER'S WAGE SLIP under the weaving centre's Urdu and Hindi names (Slip No. beside
  Weaver:, Loom No. and Member No., a ruled table Woven | Pieces | Rate | Wage with Less: advance and Net
  paid, "Paid in cash on <day>" in the clerk's hand); PhonePe's Payment Successful to a painter ("Paid to",
  the name and VPA, the sum, "Yesterday at <hour>", each label small over its value: Transaction ID, UTR,
  Debited from, Message; no day); greytHR's payslip for the counter's sales associate (dot leaders:
  Employee, Employee ID, Designation, Days paid; EARNINGS and DEDUCTIONS in hairline rows, Net Pay on a
  tinted panel, a Paid capsule, Payment date, Mode, Reference); BHIM's Transaction declined on a tinted band
  ("To <name>", UPI Transaction ID, Date, Time, Remarks); the studio's DAILY WAGE MUSTER (Sheet No. beside
  Painter:, the fortnight's days in boxes ticked or marked A, Days worked x the rate, Less: advance, Net
  paid, "Paid in cash on <day>" by hand); BGB mBanking's Transaction under process (Bihar Gramin Bank; "to
  <name>", IMPS Ref No, Mode, Initiated on, Debit A/c, Remarks); a CHHATH FESTIVAL ADVANCE SLIP under its
  Hindi heading (Date, Name, Member No., Advance Rs. written in, Cash ticked, the recovery, its Hindi
  receipt and "Received the advance in cash.", a thumb box; no number); Axis Mobile's Transfer successful
  with its steps left to right (Initiated, Debited, Credited; "to <name>", IMPS Reference No., Date & time,
  From, Remarks). All new here.
* ``govt_fees``: OGRAS Bihar's e-Challan under its Hindi heading (dot leaders: GRN, Department, Office,
  Remitter, Head of account, Amount, Bank, Bank Reference No., Payment Date, Status; a QR code); the
  BHAGALPUR MUNICIPAL CORPORATION's holding tax receipt under its Hindi and Urdu names (Receipt No. beside
  Date:, shaded label cells: Holding No., Ward, Owner, Period, Holding tax, Water tax, Total, Mode, UPI
  Ref.; "Received with thanks.", its round seal); the Silk Mark Organisation of India's letter with a paper
  clip (To, the company as an authorised user, Sub:, "Received Rs. x/- (...) in cash on <day> towards <n>
  Silk Mark labels (Label Nos. ...)"; no reference); the Labour Resources Department's registration fee
  under its Hindi name (a Payment Successful capsule, boxed fields: Application No., Establishment, Fee,
  Payment date, Transaction ID, Bank reference, Mode); the Trade Marks Registry's e-filing fee (a Payment
  awaiting bank confirmation capsule, shaded label cells: Application, Class, Fee, Payment Reference No.,
  Bank, Initiated on); MCA21's payment status (a large tick, Payment successful, against a gutter: SRN,
  Company, Form, Normal fee, Additional fee, Total amount paid, Transaction ID, Mode; no day); the Bihar
  State Pollution Control Board's consent fee receipt on OCMMS (a table ruled on every side: Application ID,
  Industry, Category, Consent, Fee (Rs.), Payment ID, SBI ePay Ref. No., Payment date, Status); the
  Commercial Taxes Department's profession tax Payment Failed on a tinted band under its Hindi name (dot
  leaders: PT Registration No., Name, Period, Amount, Mode, Transaction ID, Attempted on, Reason). All new
  here.
* ``insurer_receipts``: The New India Assurance's letter dated on its day ("Received with thanks from you a
  sum of Rs. x (...) in cash towards the premium of the Burglary and Housebreaking policy ...", dot leaders:
  Premium, GST @ 18%, Total; no reference); ICICI Lombard's app with the van's renewal failed (a capsule,
  the sum, "to <insurer>", Proposal No., Vehicle, Transaction ID, Payment mode, Attempted on); Bajaj
  Allianz's mail ("We have received your premium and your policy is issued.", dot leaders: Policy number,
  Product, Premium, GST @ 18%, Total premium, Payment mode, Payment reference, Payment date); Oriental
  Insurance's COVER NOTE filled in by hand with its Date left blank (Cover Note No., Received from, Vehicle,
  Premium Rs., by, Ref.; no day); SBI General's PREMIUM RECEIPT for the members' group health cover (a table
  ruled on every side: Receipt No., Receipt Date, Insured, Product, Premium, CGST 9%, SGST 9%, Total, Mode,
  UTR); Care Health's renewal mail ("Your renewal premium of <sum> has been received on <day>. Your cover
  continues till <day>.", Policy No., Plan, Premium paid, Payment mode, Transaction reference); Kotak
  General's marine cargo payment status (steps down the page: Payment initiated, Awaiting confirmation from
  your bank, Policy issued; Quote No., Cover, Premium (incl. GST), Payment mode, Reference ID, Initiated
  on); Future Generali's e-Receipt (hairline rows: Receipt No., Receipt Date, Received from, Policy No.,
  Premium amount, Payment mode, Card transaction ID; a QR code). All new here.
* ``card_slips``: Paytm EDC's CARD SALE at the Patna counter (DATE, TIME, MID, TID, CARD, ORDER ID, AMOUNT,
  TRANSACTION PENDING, DO NOT RETRY); HDFC Bank's SALE SLIP at the Saras Mela stall (DT, TM, MID, TID, BATCH
  NO, INV NO, CARD NO, CARD TYPE, APPROVAL CODE, RRN, TOTAL AMOUNT, APPROVED, the invoice's barcode,
  CUSTOMER COPY); Getepay's screen at the Bishahari Mela stall (the stall under the device's name, an
  APPROVED capsule, the sum, Time alone, Card, Approval code, RRN, Invoice No., TID; no day); Axis Bank's
  SALE at a Bhagalpur hotel with a tip (DATE, TIME, MID, TID, BATCH, INVOICE, the card, AUTH CODE, RRN, BASE
  AMT, TIP, TOTAL, APPROVED); IDFC FIRST Bank's DECLINED slip at a katarni rice shop (55 - INCORRECT PIN);
  YES BANK's CONTACTLESS SALE at a Patna bookshop in its short labels (DT and TM on one line, M.ID, T.ID and
  BT.NO, INV.NO, the card TAP, AUTH.NO, REF.NO, AMT); a litti-chokha restaurant's bill (Table, Covers, Date,
  its dishes, SUB TOTAL, CGST 2.5%, SGST 2.5%, ROUND OFF, GRAND TOTAL, "Settled by: CARD (...)"; no
  reference); Razorpay POS's slip at an art store (Txn Type, Date & Time, Merchant ID, Terminal ID, Card,
  Auth Code, RRN, Txn ID, Amount, Payment Successful). All new here.
* ``utility_bills``: the Bihar Bijli Smart Meter app's prepaid recharge (the power company's Hindi name and
  its English under it, a Recharge successful capsule, the sum, "Today, <hour>", Consumer ID, Meter No.,
  Transaction ID, Payment mode, Balance after recharge; no day); Paytm's cylinder booking (Payment
  successful, the sum, "Paid to Indane Gas", the distributor, Order ID, UPI Ref No, Booking No., LPG ID,
  Date & time); Airtel Thanks' bill ("<sum> paid for Airtel Xstream Fiber", Account number, Transaction ID,
  Payment mode, Paid on); My Dish TV's Recharge failed on a tinted band ("for Dish TV", VC No., boxed
  fields: Transaction ID, Payment mode, Date); BSNL's self-care receipt (shaded label cells: Receipt No.,
  Telephone No., Account No., Amount paid, Transaction ID, Bank Ref. No., Payment date, Mode, Status); Jio's
  recharge mail ("Thank you for recharging Jio number ... with <sum> on <day>.", Plan, Validity, Payment
  mode; no reference); Google Pay's bill payment for the counter (the power company on top, the sum, Bill
  paid, Bharat BillPay, each label small over its value: Consumer number, Bill period, UPI transaction ID,
  BBPS reference, Paid on); PhonePe's recharge pending with its steps left to right (Paid, Recharging, Done;
  "for Airtel Prepaid", Transaction ID, UTR, Initiated). All new here.
* ``bank_alerts``: SMS in Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234 on
  <dd/mm/yyyy> towards NEFT to <PAYEE>. UTR ... Total Avail.Bal INR ..."), ICICI Bank's ("ICICI Bank Acct
  XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited. UPI:..."), Central Bank of India's ("NEFT of Rs.x
  from A/c XX1234 to <PAYEE> dt <dd.mm.yyyy> has been returned by the beneficiary bank (UTR ...)") and Union
  Bank of India's ("Your IMPS transaction of Rs x to <PAYEE> from A/c ...1234 on <dd-mm-yy> is under
  process. Ref No ...") wordings; Bihar Gramin Bank's SMS in Hindi in its card under Today ("प्रिय ग्राहक,
  आपके खाता XX1234 से रु. x UPI द्वारा <PAYEE> को भेजे गए। UPI संदर्भ ...। शेष राशि रु. ..."; no day); State
  Bank of India's mail ("Your a/c no. ... is debited for Rs.x on <dd-mm-yyyy> and a/c of <PAYEE> credited
  (RTGS Ref No. ...)"); a Punjab National Bank statement's printed page (a ruled table Txn Date |
  Description | Ref No. | Debit | Credit | Balance, the payment's line "NEFT DR-<PAYEE>" with its Ref No.
  blank marked by a highlighter between a clearing credit and a later UPI debit; no reference); IDBI Bank's
  WhatsApp banking message under the chat's day divider ("Rs.x debited from A/c XX1234 on <dd/mm/yy> towards
  IMPS to <PAYEE>. IMPS Ref No. ..."). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for headings, capsules, bands and totals; Noto Sans Devanagari and Noto
Serif Devanagari (regular and bold, fonts-noto-core) for the Hindi lines and the Hindi SMS, Noto Nastaliq Urdu
(fonts-noto-core) for the Urdu lines, an italic or oblique for the hand (``heldout277_families.PENS``) and a
fixed-width face of the page's own (``heldout277_families.TYPES``). The Bishahari Mela stall's card sale is
drawn in its days (15 to 19 August 2026) and the tent house's pending transfer in the days before it, the
Saras Mela stall's in the fair's days (12 to 25 December 2026), the Chhath advance in the days before Chhath
(5 to 12 November 2026); the other days anywhere in 2026. GST is 5% on silk yarn, the saris, fabrics,
paintings and boxes and a restaurant's bill, 12% on handmade paper, 18% on software and premiums.

Truth conventions (heldout275's, heldout274's and those they kept, kept where they say *settled*; the cases
this set adds are marked *settled* (new here) with the reason for each):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*):
  under Paytm's "Paid to" (never the VPA under it or the initials over it), after "to" on Amazon Pay, after
  "Paid to" in Navi's sheet, after slice's "paid to", under Groww's "Paid to", Airtel Thanks' Paid to box,
  the name under bob World's initials; the registered name cut short where so printed (ANG MANJUSHA SILK
  PRODUC); never the app or the payer. *settled* (heldout268 to heldout275): a receiving business's own app
  pays the business named under the app, here the counter under Paytm for Business (never "received from
  <buyer>"). *settled* (heldout167 to heldout275): a payer's advice pays the one it pays, never the payer on
  top or a salutation; here GoCoop's Seller, Oracle's Supplier (never Kosi Weaves on top), IREPS' Vendor
  (never Eastern Railway), CFMS Bihar's Payee in its row (never the DDO), Cashfree's Beneficiary, the
  company under "To," and "The Director," in UMSAS's letter (never UMSAS or its Hindi line), the
  Beneficiary: line of a hotel's mail, SBI's Beneficiary name (never the Remitter or State Bank of India);
  *settled* (heldout271) a name carried on to the next lines of its cell is read across them. *settled*
  (heldout155 to heldout275): an inward wire pays the company, here MUFG's Beneficiary Name, the name after
  "to" on RBC and Emirates NBD, CommBank's Beneficiary, UOB's Payee Name, PostFinance's Beneficiary, the
  name after DNB's "Til" (to), Hana's Beneficiary (never the Applicant, the remitter or the bank on top).
  *settled* (heldout175 to heldout275): the company's own paper pays its unit or itself on top, here the
  counter on top of its cash memo (never its "A unit of" line or its Hindi name), the studio on top of its
  receipt book and its certificate (never Received with thanks from or the painter), the web shop's name on
  top of Razorpay's mail, of its WhatsApp chat and of its app (Ang Manjusha; never Razorpay), the weaving
  centre on top of its invoice (never its "(A unit of ...)" line or the Buyer), the company on top of its
  yarn slip (never the Member). *settled* (heldout187 to heldout275): a supplier's name on top of its own
  paper, here Moglix's Sold by (never moglix), the yarn house on top (never Bill to), the paper mill (never
  the Consignee), the carpenter's name as he writes it on his slip (Md. Salim; never his trade and place
  under it), Shiprocket on top (never the shop on its Wallet line), the loom spares dealer on top of its
  payment page (never Paid by), Tally Solutions Pvt Ltd; *settled* (new here) a name in Urdu over its Hindi
  over its English (AL-MADINA DYES & CHEMICALS, BHAGALPUR MUNICIPAL CORPORATION): the English line, never
  the Urdu or the Hindi, because the three lines are one name and the evaluation's names are the page's
  Latin letters (as a Hindi line over its English, heldout275). *settled* (heldout179 to heldout275): a
  banking page pays the payee, here the Beneficiary in yono BUSINESS's row, the name after "to" on PNB ONE,
  Cent Mobile and YONO Lite SBI, IDBI Bank's, bob World's and ICICI Bank's Beneficiary Name (never the
  Remitter Name or the Debit account), the Beneficiary of the company's own mail to its vendor (*settled*
  (heldout270, heldout272) a payer's own record of the payment made). *settled* (heldout150 to heldout275):
  a pay slip pays the worker, here Weaver: on a wage slip (never the centre on top or its Urdu and Hindi
  names), the name under PhonePe's "Paid to", greytHR's Employee (never the company on top), "To <name>" on
  BHIM, Painter: on a muster, the name after "to" on BGB mBanking and Axis Mobile, the Name written in on an
  advance slip. *settled* (heldout153 to heldout275): a fee page pays the authority as printed, here OGRAS'
  Department (Prohibition, Excise and Registration Department; never OGRAS Bihar or the Remitter), BHAGALPUR
  MUNICIPAL CORPORATION under its Hindi and Urdu names (never the Owner), the Silk Mark Organisation of
  India on top of its letter (never the addressee), the Labour Resources Department on top (never the
  Establishment), the Trade Marks Registry, the Ministry of Corporate Affairs (never the Company), the Bihar
  State Pollution Control Board (never the Industry), the Commercial Taxes Department (never the Name).
  *settled* (heldout199 to heldout275): an insurer's receipt pays the insurer on top (full or short as
  printed: The New India Assurance Co. Ltd., Bajaj Allianz General Insurance Co. Ltd. / Bajaj Allianz
  General Insurance, The Oriental Insurance Company Ltd. / Oriental Insurance Co. Ltd., SBI General
  Insurance Company Limited / SBI General Insurance, Care Health Insurance Ltd, Kotak Mahindra General
  Insurance Co. Ltd. / Kotak General Insurance, Future Generali India Insurance Co. Ltd. / Future Generali
  India Insurance), the insurer after "to" on an app (ICICI Lombard General Insurance Co. Ltd; never ICICI
  Lombard on its bar); never the Insured, Received from or a salutation. A slip's counter name line as
  printed (ANG SILK EMPORIUM, ANG SILK EMPORIUM - SARAS MELA, the hotel, the rice shop, the bookshop, the
  art store), never *settled* the terminal's brand over it (PAYTM EDC, HDFC BANK, AXIS BANK, IDFC FIRST
  BANK, YES BANK, RAZORPAY POS), the stall under Getepay on its device's screen (ANG MANJUSHA - BISHAHARI
  MELA), *settled* (heldout272) a restaurant's name on top of the bill it settles by card. A utility's
  biller: the power company's English name under the smart meter app and its Hindi line (South Bihar Power
  Distribution Company Ltd; never Bihar Bijli Smart Meter), after "Paid to" (Indane Gas; never paytm or the
  distributor), after "for" (Dish TV, Airtel Prepaid; never My Dish TV or PhonePe), *settled* (new here)
  after "paid for" (Airtel Xstream Fiber; never Airtel Thanks), because the sentence names the service the
  bill is paid for, as "for" does on a recharge; Bharat Sanchar Nigam Limited on top of BSNL's receipt,
  Reliance Jio Infocomm Ltd on top of Jio's mail, the biller on top of Google Pay's bill payment (South
  Bihar Power Distribution Co. Ltd; never Google Pay or the counter's line under it). An SMS, e-mail,
  statement or WhatsApp alert's payee as the bank sends it (*settled*, the truncated name as printed,
  without the sentence's full stop): Canara Bank's "towards NEFT to <PAYEE>. UTR", Central Bank's "to
  <PAYEE> dt", Union Bank's "to <PAYEE> from A/c", the Hindi SMS's "UPI द्वारा <PAYEE> को" (by UPI to
  <PAYEE>), the statement line's "NEFT DR-<PAYEE>" read across its cell's lines, IDBI Bank's "towards IMPS
  to <PAYEE>."; *settled* (new here) ICICI Bank's "<PAYEE> credited" after the day and SBI's "a/c of <PAYEE>
  credited", because each bank names the payee as the account it credited with the sum debited.
* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), the sum split with
  its paise raised (heldout275), slice's sum over "paid to"; never Paytm's cashback or slice's offer;
  *settled* (new here) never a business app's Today's collection, because it adds up all the day's payments,
  not this one. *settled* (heldout152 to heldout275): a payer's advice counts its net sum, here GoCoop's Net
  payout (never a Sale or its Fees), Oracle's Total Paid (never an invoice's Amount or its TDS 1%), IREPS'
  Net amount, CFMS Bihar's Net (Rs.) (never the Gross amount or the Deductions), Cashfree's Amount, the sum
  in UMSAS's sentence, the sum in a hotel's sentence (its Net transferred the same; never the Bill amount or
  the TDS), SBI's Amount. *settled* (heldout155 to heldout275): an inward wire's foreign sum, here the yen
  whole (¥1,219,000 / JPY 1,219,000), the Canadian dollars (CAD / CA$ / $ x CAD), the Australian dollars (A$
  / AUD), the Singapore dollars (S$ / SGD), the Swiss francs the Swiss way (CHF 4'810.00 is 4810.00,
  heldout269), the Norwegian kroner with a space between the thousands and a decimal comma (kr 25 360,00 and
  25 360,00 NOK are 25360.00, as heldout274's and heldout275's kroner and kronor), the dirhams (AED), the
  won whole (KRW 1,767,000); never RBC's Recipient gets (INR), its Exchange rate or Fee, Emirates NBD's
  Charges; *settled* (new here) Hana Bank's Currency / Amount, never its Commission, Cable Charge or Total
  Debit Amount, because the bank's charges are debited to the remitter on top of the sum remitted, which is
  what the beneficiary is paid. *settled* (heldout175 to heldout275): a receipt counts the sum received,
  here the cash memo's Total (never CGST 2.5%, SGST 2.5% or a line), the receipt book's Rs. in its box (its
  words the same), Razorpay's sum, the WhatsApp order's Total:, the Invoice Total (never its CGST or SGST
  row), the certificate's Price paid, the failed payment's Amount (its cart's Total the same), the yarn
  slip's Total (its "Received cash Rs. x/-" the same). A whole sum closed with /- is that sum in whole
  rupees (heldout259). *settled* (heldout187 to heldout275): a supplier's paper counts the sum paid, here
  Moglix's Amount, the Total Rs. (never CGST 2.5% or SGST 2.5%), the dye dealer's Total written by hand
  (never a dye's line), the Invoice Value (never IGST 12%), the carpenter's Total (his "Recd Rs x/-" the
  same), Shiprocket's Amount, the payment page's Amount, Tally's Total amount paid (never Amount or IGST
  18%); *settled* (new here) never Shiprocket's Wallet balance or the smart meter's Balance after recharge,
  because a balance after a payment is what is left, not what was paid. A banking page's sum, never bob
  World's Charges; the company's mail's Amount paid (its sentence the same; never the Bill amount or the
  TDS). *settled* (heldout167 to heldout275): a pay slip's net sum, here a wage slip's Net paid (never a
  Wage or Less: advance), greytHR's Net Pay on its panel (never Basic, an allowance, Provident fund or ESI),
  a muster's Net paid (never the days worked at the rate or the advance), an advance slip's Advance Rs.
  (never the monthly recovery). A fee page's Amount, Total (never the Holding tax or the Water tax alone),
  the sum in SMOI's sentence, Fee, Fee (Rs.), MCA's Total amount paid (never the Normal fee or the
  Additional fee). *settled* (heldout199 to heldout275): an insurer's premium with its GST, here the sum in
  New India's sentence (its Total the same; never Premium or GST @ 18%), ICICI Lombard's sum, Bajaj
  Allianz's Total premium, the cover note's Premium Rs., SBI General's Total (never Premium, CGST 9% or SGST
  9%), the sum in Care Health's sentence (its Premium paid the same), Kotak's Premium (incl. GST), Future
  Generali's Premium amount. A slip's AMOUNT / TOTAL AMOUNT / AMT / Amount, the device's sum large;
  *settled* (new here) a slip with a tip: its TOTAL, never BASE AMT or TIP, because the card is charged the
  total the guest signs for; a restaurant's GRAND TOTAL (never SUB TOTAL, CGST 2.5%, SGST 2.5% or ROUND
  OFF). A utility's sum large, the sum in Airtel's and Jio's sentences, BSNL's Amount paid. An alert's sum
  debited as worded (grouped the Indian or the English way or not at all); a statement line's Debit (never
  another line's, a Credit or the Balance); never Total Avail.Bal or the Hindi SMS's शेष राशि (balance).
  Currency INR but on the wires.
* status: as printed. *settled* (new here): Paid Successfully, Payment successful, Paid successfully,
  Transfer sent, Transfer successful, Funds transferred successfully, Transaction Successful, Payment
  Successful, Recharge successful, Bill paid, a Completed, an Executed and a Transferred capsule and an
  APPROVED capsule successes; Payment pending, Payment processing, Transaction under process, Recharge
  pending, Payment awaiting bank confirmation and, *settled* (new here) DNB's Under behandling (in progress,
  printed over its English) pending; Payment failed, Transaction Failed, Transaction declined, Transfer
  failed, Recharge failed and Payment Failed failed. A payer's "We have made the payment below", "... has
  been transferred to your account", "We have transferred", "has made a payment to your account" and a
  Status "Paid - credited to the payee's account" successes; *settled* (new here) a bill's status with its
  step "e-Payment advice sent to bank" now and "Credited to vendor" to come pending, because the railway has
  sent the payment to its bank and the credit is awaited (as heldout274's "Sent to bank - credit awaited").
  A wire's "Your remittance has been completed.", Transfer sent, Completed, Executed, Transfer successful
  and Hana's Status Remitted successes, CommBank's "has been returned" failed. A receipt's "Received by UPI
  (Ref. ...). Thank you.", "Received with thanks from", "Paid by card (...), Auth code", "Received in full."
  and "Received cash Rs. x/-" successes, the WhatsApp order's "Payment: pending" pending. A supplier's PAID
  stamp with "By NEFT, UTR ..." written under it (*settled* (new here), as heldout275's sticky note: the
  accountant's own note of the payment on the bill), "Recd. cash with thanks", "Payment received by NEFT on
  <day> ... Thank you.", "Recd Rs x/- by PhonePe", Recharge successful and "We have received your payment."
  successes. A banking page's Status Success, Credited to beneficiary and "Successful - credited to
  beneficiary bank" successes; *settled* (new here) yono BUSINESS's "sent to the authoriser. It will be
  processed once approved." (its row's Status Pending) pending, because the bank sends nothing till the
  second signatory approves. A pay slip's "Paid in cash on <day>" in the clerk's hand, a Paid capsule and
  "Received the advance in cash." (its Hindi अग्रिम राशि नकद प्राप्त की। the same) successes. A fee page's
  Status Success, "Received with thanks.", "Received Rs. ... in cash" and Payment successful under a large
  tick successes. An insurer's "Received with thanks from you a sum of ...", "We have received your premium
  and your policy is issued.", "Received the premium above. Cover is held ...", "Premium received with
  thanks.", "has been received on <day>" and "Payment received towards ..." successes, Kotak's step
  "Awaiting confirmation from your bank" now pending. A slip's APPROVED and Payment Successful successes,
  DECLINED failed, *settled* (new here) TRANSACTION PENDING (DO NOT RETRY) pending, as heldout275's
  TRANSACTION UNDER PROCESS; *settled* (new here) a restaurant's "Settled by: CARD" success, as heldout275's
  cafe's "PAID: CARD": a bill settled by card is paid. *settled*: an SMS, e-mail, statement or WhatsApp
  debit alert a success whatever its bank's wording (here a Hindi SMS's "भेजे गए" (sent) and a statement's
  highlighted DR line too); Central Bank's "has been returned by the beneficiary bank" failed, Union Bank's
  "is under process" pending.
* date: the day paid. *settled* (new here): the day and hour under Paytm's capsule, Started on, Date & time,
  the day under slice's sentence, Time, Date & time in a box, Received on; bob World's "Today, <hour>"
  prints no day. A payer's Payment Date (24/08/2026), Sent to bank on (a pending's day sent), Paid on in a
  table's row, Initiated on, the day in UMSAS's sentence (never its later Dated), the day in a hotel's
  sentence, Transaction date; GoCoop's page prints only its settlement period (*settled*: never a Period). A
  wire's Remittance Date, Date sent (December 1, 2026), Payment date, Value Date, Execution date
  (02.09.2026), Betalingsdato / Payment date (15.01.2026); *settled* (new here) MUFG's 2026/05/11 and Hana's
  2026.07.23 year first, because a day with its year first is unambiguous whatever the separator (as
  heldout274's ISO day with hyphens); Emirates NBD's "Today at <hour>" prints no day. A receipt's Date:
  beside its No., the Date written in, Paid on, the day on a chat's divider over the order it heads
  (*settled*, heldout273 to heldout275), Date: beside Invoice No., Tried at, Date: beside Slip No.; the
  certificate prints no day. A supplier's Attempted on, "dt. <day>" written under the PAID stamp (never the
  invoice's Date:), the Date written in on a cash memo, the day in the payment footer (never the Invoice
  Date:), Date & time, Initiated on, Receipt Date; the carpenter's slip prints no day. A banking page's
  Initiated in its row, Transaction date, Date & Time, the day in the company's mail, Value date,
  Transaction Date; Cent Mobile's "Today, <hour>" prints no day. A pay slip's "Paid in cash on <day>" in the
  hand (never the days in a muster's boxes, its fortnight or the month in a slip's number), Payment date
  (never the payslip's month), Date, Initiated on, the Date written in on an advance slip, Date & time;
  *settled* (new here) PhonePe's "Yesterday at <hour>" prints no day, because "yesterday" names no calendar
  day on the page (as Today, *settled*; never the day inside an app's transaction id, heldout210 and
  heldout268). A fee page's Payment Date, Date: beside the Receipt No. (never the Period), the day in SMOI's
  sentence, Payment date, Initiated on; MCA's payment status prints no day. An insurer's Date: on New
  India's letter, Attempted on, Payment date, Receipt Date, the day in Care Health's sentence (never "till
  <day>"), Initiated on; the cover note with its Date left blank prints no day (as heldout275's receipt with
  its Date left blank). A slip's DATE / DT / Date / Date & Time, DT on a contactless slip's first line;
  Getepay's Time alone prints no day. A utility's Date & time, Paid on (never the Bill period), Date,
  Payment date, the day in Jio's sentence, Initiated; the smart meter's "Today, <hour>" prints no day. The
  alerts' "on <dd/mm/yyyy>", "on <dd-Mon-yy>", "dt <dd.mm.yyyy>", "on <dd-mm-yyyy>", "on <dd-mm-yy>", "on
  <dd/mm/yy>", a statement line's Txn Date (never another line's); the Hindi SMS under Today prints no day.
  All numeric days here are day first (heldout251, heldout259) but the two year first. *settled*: never a
  Due date, a Period, an invoice number's financial year or an e-mail's hour, the day inside a UTR
  (heldout210) or inside an app's, a terminal's or a bank's transaction id, the day inside a file's name or
  a CIN (heldout268).
* payment_method: "netbanking" for NEFT / RTGS / IMPS (GoCoop's Transfer mode, Oracle's Electronic - NEFT,
  IREPS' and CFMS Bihar's e-Payment (NEFT), Cashfree's IMPS, UMSAS's NEFT or RTGS, a hotel's NEFT, SBI's
  Payment mode; Moglix's Net banking, the NEFT or RTGS written under a PAID stamp, a footer's NEFT, the
  payment page's Netbanking; the banking pages; the IMPS and NEFT to workers; OGRAS', the Trade Marks
  Registry's, MCA's and the Commercial Taxes Department's Net Banking, *settled* (new here) OCMMS' SBI ePay
  (Net Banking), because SBI ePay takes the fee through the bank's net banking (as heldout274's GRIPS); the
  premiums' Net Banking and NEFT; Dish TV's Net banking; the NEFT, RTGS and IMPS alerts), a SWIFT or other
  bank remittance either way (MUFG's Telegraphic transfer, RBC's International Money Transfer, CommBank's
  International Money Transfer (SWIFT), UOB's Telegraphic Transfer (SWIFT), PostFinance's Payment abroad
  (SWIFT), DNB's SWIFT-betaling, Emirates NBD's International (SWIFT), Hana's Telegraphic transfer (SWIFT
  MT103)); UPI for the UPI screens, the cash memo's "Received by UPI", Razorpay's Method, *settled* (new
  here) the WhatsApp order's "Pay by UPI to ..." for its payment pending, because the order names the way it
  is to be paid (as heldout275's order awaiting a bank transfer), the certificate's Paid by UPI, the failed
  app payment's UPI, the carpenter's PhonePe, Shiprocket's UPI, the UPI to workers, the holding tax's, the
  premiums' and the bills' UPI, the UPI alerts; card for a card's Auth code on an invoice, Tally's credit
  card, the Labour Resources Department's Debit card, Future Generali's Debit card, the slips, the device
  and a restaurant's "Settled by: CARD", Airtel's Debit card, Jio's Credit card; cash for the receipt book's
  Cash, "Received cash", "Recd. cash", "Paid in cash", Cash ticked, "in cash" in a letter.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout275): a UPI
  reference / UTR / RRN / IMPS reference (UPI Ref. No. / UPI Ref No / UPI transaction ID / UPI Reference /
  UTR / Bank RRN / UPI Ref. / UPI reference, UTR / UTR No. / UTR number / Bank Reference (UTR), a UTR in a
  sentence or written under a stamp, Ref written on a slip, IMPS Ref. No. / IMPS Ref No / IMPS Reference No.
  / Reference No. of an IMPS, a slip's RRN / REF.NO, an alert's UTR / UPI: / Ref No / IMPS Ref No. / UPI
  संदर्भ / RTGS Ref No.), then a bank reference (MUFG's Remittance Reference No., RBC's Confirmation #,
  CommBank's Receipt number, UOB's Transaction Reference, DNB's Referanse / Reference, Emirates NBD's
  Reference number, Hana's Reference No., SBI's reference no., yono BUSINESS's Ref. No., bob World's
  Transaction reference, ICICI Bank's Transaction ID of an RTGS, OGRAS' Bank Reference No., the Labour
  Resources Department's Bank reference, SBI ePay Ref. No., BSNL's Bank Ref. No., a BBPS reference), then a
  transaction / payment id (Amazon Pay Txn ID, Navi transaction ID, Groww Transaction ID, IREPS' e-Payment
  Ref. No., Cashfree's Transfer ID, Razorpay's Payment ID, Moglix's and Shiprocket's Transaction ID, Tally's
  Transaction ID, PhonePe's Transaction ID, OGRAS' GRN (*settled*, as a treasury's GRN), a Transaction ID,
  the Trade Marks Registry's Payment Reference No., MCA's Transaction ID, OCMMS' Payment ID, an insurer's
  Transaction ID / Payment reference / Transaction reference / Reference ID / Card transaction ID, a slip's
  Txn ID, the smart meter's Transaction ID), then an approval code (APPROVAL CODE, AUTH CODE, Approval code,
  AUTH.NO, Auth Code, an invoice's Auth code), then an order's number (Order ID, Razorpay's Order ID, the
  WhatsApp order's #<n>, Paytm EDC's ORDER ID), then a document's own number (Oracle's Payment Number, No.
  on a cash memo, Invoice No., Certificate No., Slip No., Sheet No., Receipt No., INV NO / INVOICE / INVOICE
  NO / INV.NO / Invoice No., *settled* (new here) MCA's SRN, because the service request number is the
  ministry's number for the fee's challan). *settled*: never a card, account or mobile number, a UPI ID or
  VPA, IFSC, GSTIN, a CIN, a Policy No., a Consumer No. or ID, a slip's TID / MID / BATCH, an invoice or
  bill number named on an advice or in a payer's sentence (heldout272), a No. left blank; *settled* (new
  here) never CFMS Bihar's Bill ID (the treasury's number for the bill, as heldout275's Token No.), IREPS'
  Bill No., a Letter No. or a Supply Order No., a Quote No., a Proposal No., a Cover Note No. (the policy's
  own document, as a Policy No.), an Application No. or ID, a PT Registration No., a Meter No., an LPG ID, a
  Booking No., a Holding No., a Member No. or Loom No., Label Nos., a VC No., an Account number, a Telephone
  No., an Employee ID, another line's Ref No. on a statement."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout277_families import (
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

SPLIT = "heldout277"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in five sans faces (DejaVu Sans
# Condensed and Liberation Sans among them), the pages in Noto Serif, Liberation Serif, DejaVu Serif
# Condensed, FreeSerif, DejaVu Sans and Liberation Sans (liberation2), the company's, its suppliers' and its
# workers' papers in Noto Serif Display, DejaVu Serif, Liberation Serif (liberation2), FreeSerif and
# Liberation Sans Narrow, the slips in five monos; beside them Noto Sans and Noto Serif Devanagari (regular
# and bold, fonts-noto-core) for the Hindi lines, labels and SMS, Noto Nastaliq Urdu (fonts-noto-core) for
# the Urdu lines, a pen's italic or oblique (``heldout277_families.PENS``) and a page's own fixed-width face
# (``heldout277_families.TYPES``).
SCREEN_FACES = [
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSerifDisplay-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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


def make_heldout277_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout277 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

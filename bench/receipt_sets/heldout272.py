"""heldout272: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a thangka painting studio and school's year of 2026 in Gangtok, Sikkim (Gangjong
Lhadri Arts LLP, a limited liability partnership of a lhadri (master painter) and two of his former pupils,
its office and studio at Upper Sichey, Gangjong Lhadri Studio, where its painters, gilder and apprentices
grind azurite, malachite, cinnabar and lapis lazuli from Kalimpong, lay kaolin gesso on cotton and paint Green
and White Tara, the Medicine Buddha, Guru Rinpoche, Chenrezig, the Wheel of Life and the Kalachakra mandala in
the Karma Gadri manner, outlined in 24-carat shell gold, each painter paid a share of each commission by the
day; its school beside it, Gangjong Rimo Lobdra, whose apprentices from Lachen, Lachung and Ravangla learn
iconometry over six years on a stipend and whose visitors pay for short courses; its gallery and shop at 27
M.G. Marg, Gangjong Thangka Gallery, with the web shop gangjongthangka.in and a stall at the winter carnival
on M.G. Marg; its brocade mounting unit at Tadong, Gonchen Brocade Mounting Unit, which mounts the paintings
in Banarasi silk brocade with their red and yellow rainbow strips and silver knobs; its commissions from
monasteries in Sikkim and Bhutan and from collectors in New York, Geneva, Utrecht, Taipei, Melbourne,
Singapore and Oslo, and its paintings sold through a Mumbai auction house), told by the proofs of payment it
receives (buyers' PhonePe, Paytm, BHIM, Amazon Pay, Navi and Airtel Thanks screens, the gallery's Paytm for
Business, Razorpay's mail for a commission deposit; a Rumtek monastery's letter, a West Sikkim resort's mail,
a Gangtok hotel company's Zoho Books, a Kolkata gallery's ICICI Bank CIB, a Mumbai auction house's settlement,
a Darjeeling hotel's voucher, PFMS for the Development Commissioner (Handicrafts) and a Bengaluru retailer's
NetSuite; Chase, a Geneva bank, ING, Cathay United Bank, Bank of Bhutan, CommBank, DBS and DNB in US dollars,
Swiss francs, euros, Taiwan dollars, ngultrum, Australian and Singapore dollars and Norwegian kroner; its own
Zoho invoice, the school's fee challan, the studio's advance receipt and certificate, the gallery's POS bill,
carbon memo and Khatabook receipt and the web shop's gateway page) and those it makes (a Varanasi brocade
weaver's, a Kalimpong pigment grinder's, Swiggy Instamart's, IndiaMART's, Sikkim Nationalised Transport's,
DHL's, a Lal Bazaar silversmith's and a Gangtok printer's papers and pages; State Bank's, Union Bank's,
Central Bank of India's, Bank of Baroda's, IDBI Bank's, Indian Bank's and a co-operative bank's pages and a
pay-in-slip for the carpenter, the web studio, the auditors, the carnival's tent house, the electrician, the
glazier, the gallery's landlady and a builder; its painters', apprentices', gilder's, cook's and staff's
sheets, slips, screens and receipts; the Gangtok Municipal Corporation's, the fire service's, the customs',
the Archaeological Survey of India's, the Labour Department's, the traffic police's and IP India's dues; New
India Assurance's, ICICI Lombard's, Oriental's, Bajaj General's, Niva Bupa's, SBI General's, Care Health's and
IFFCO-Tokio's premiums; cards on the gallery's and the carnival stall's terminals and the company's card at a
Pelling hotel, a Siliguri art store, a Rangpo pump, a Kolkata framer and a Gangtok bakery; the power, water,
fibre, gas, broadband, mobile and DTH bills; the banks' SMS, e-mails and a statement's page). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

Layouts (every one written for this set, none of heldout270's or heldout271's; the families' docstrings list
each one's labels). This set draws kinds of row and page the earlier sets do not: Tibetan lines in Noto Serif
Tibetan (the studio's and the school's names, a monastery's, a receipt's word, thanks and a blessing); Nepali
lines and Nepali labels beside their English on a shared baseline; a box ruled round a section with its title
set in a break of its top rule; a status chip; a payment's stages left to right on a line across the page,
each stage's name under its mark; two details to a row, each a small label over its value; a highlighter's
yellow stroke over a statement's entry; a thumb's inked impression in its box; a thangka mount's border of
blue brocade with gold lozenges and its red and yellow strips round a receipt; a bill book's carbon copy in
the carbon's blue on tinted paper; a fee challan in three copies side by side past perforations; a hotel
slip's tip and total written in by hand; a slip's heading in white on a black bar and its sum in double
height; a WhatsApp chat round a forwarded screenshot or receipt; a statutory wage slip's numbered lines; an
auction house's settlement; sums the Swiss, Dutch and Norwegian ways, in Taiwan dollars and in ngultrum; a US
bank's day month first and a Taiwan bank's year first with slashes.

* ``buyer_upi``: Buyers paying the gallery on M.G. Marg, the school's short courses and the studio's
  commissions: PhonePe's receipt (Transaction Successful on its band over "<hour> on <day>", Paid to with the
  sum on its row, the UPI ID, Transfer Details: Transaction ID, then two to a row UTR | Debited from, Bank |
  Paid); Paytm's (Paid Successfully in a chip, the sum, "To <payee>", a card of UPI Ref. No., From, Paid at,
  Note); BHIM's pending payment (a chip, the sum, the stages Initiated, Debited, Credited across the page,
  Paying to, UPI Transaction ID, Remarks, Date); Amazon Pay's UPI payment (a box of Payment details: UPI
  Reference ID, Amazon Pay transaction ID, Paid from, Date & time); a Navi screenshot forwarded in a WhatsApp
  chat (its hour alone, the chat's divider Today; no day); Airtel Thanks' failed UPI payment (Reason,
  Transaction ID, UPI Ref. No., Paid from, Date); Paytm for Business on the gallery's own phone (the gallery
  under the app, Payment Received, "from <buyer>", Received on, Settlement, Soundbox; no reference);
  Razorpay's e-mail of a payment link paid for a commission deposit (the sum, "Paid to <studio>", a box:
  Payment Id, Paid On, Method, Payment link, Email). All new here.

* ``buyer_advices``: A monastery, hotels, a Kolkata gallery, a Mumbai auction house, the Development
  Commissioner (Handicrafts) and a Bengaluru retailer paying the company, its gallery or its school: a Rumtek
  monastery's letter under its Tibetan name (Ref. No. beside Date:, To, The Managing Partner, the company,
  Sub:, "the sum of <sum> ... has been transferred to your account ... by RTGS on <day> (UTR ...)", its
  instalments in a table striped every other row, the General Secretary's round seal); a West Sikkim resort's
  e-mail of a payment released today in dot leaders (Vendor, Invoice, Invoice amount, Less: advance paid,
  Amount released, Mode, UTR; no day); Zoho Books' PAYMENTS MADE (shaded label cells: Payment#, Payment Date,
  Reference Number, Paid To, Payment Mode, Paid Through, Amount Paid In Words; the Amount Paid under its
  rules, Payment for striped: Bill Number | Bill Date | Bill Amount | Payment Amount); ICICI Bank CIB's NEFT
  rejected by the beneficiary bank (a tinted status band, a box of shaded label cells: Transaction Reference
  No., Debit Account, Beneficiary Name, Beneficiary Account, Beneficiary IFSC, Amount, Payment Type, Value
  Date, Reject Reason); an auction house's CONSIGNOR SETTLEMENT STATEMENT (Sale beside Lot, Consignor, Object,
  Hammer price less the seller's commission, its GST, insurance and photography, Net payable to consignor
  under its rules, "The net amount has been remitted by RTGS on <day>, UTR ..."); a Darjeeling hotel's DEBIT
  VOUCHER filled in by hand for a cheque (its No. left blank, Date, Paid to, the sum of Rupees, by Cash /
  Cheque, on account of, the sum in a box; no reference); PFMS's payment status pending at the bank (the
  stages Sanctioned, Signed (DSC), Sent to bank, Credited across the page, a ruled table: Agency, Scheme,
  Beneficiary, Account, Sanction No., Amount (Rs.), Payment mode, PFMS Transaction ID, Initiated on, Status);
  NetSuite's Bill Payment (#BP-..., Payee, Date, Account, a Memo with the UTR, the bill applied with a
  hairline, Amount under its rules). All new here.

* ``export_wires``: Collectors, a Geneva foundation, a Taipei Dharma society, a Thimphu lhakhang and a
  Singapore gallery paying for thangkas from their own banks: Chase's wire transfer details in US dollars (a
  table ruled on every side: Recipient, Recipient's bank, SWIFT/BIC, Account, Amount, Wire fee, Total, Send on
  month first the American way, Message to recipient, Confirmation #, Status: Sent); a Geneva bank's AVIS DE
  DÉBIT in French (Donneur d'ordre, dot leaders: Bénéficiaire, Banque du bénéficiaire, Montant in francs with
  an apostrophe between the thousands, Date valeur, Frais à partager (SHA), Communication, Référence, Statut:
  Exécuté); ING's Dutch app (Buitenlandse overboeking, the euros the Dutch way after a minus, the payee under
  the sum, an Uitgevoerd chip, labels at the left and values at the right: Datum Vandaag with an hour,
  Rekening, BIC, Soort SWIFT-betaling, Kosten, Omschrijving, Transactiereferentie; no day); Cathay United
  Bank's OUTWARD REMITTANCE ADVICE in boxes (Remitter, Beneficiary, Remittance: Remittance Date year first
  with slashes, Remittance Amount in Taiwan dollars whole, Charges (OUR), Total Debited, Method, Our Ref. No.,
  Purpose); Bank of Bhutan's mBoB app in ngultrum (a Transfer Successful chip, Nu. and the sum, To, Bank,
  Transfer type, From, Date, Remarks; no reference); CommBank's international money transfer receipt (labels
  at the left and values at the right: Transfer date, From, To, Recipient's bank, Amount, Exchange rate,
  Recipient gets (approx.), Fee, Receipt number); DBS IDEAL's telegraphic transfer processing (the stages
  Created, Approved, Processing, Completed across the page, a ruled table: Beneficiary, Beneficiary bank,
  Amount, Payment date, Charges, Customer reference, Bank reference); DNB's e-mail of a rejected
  utlandsbetaling in Norwegian with an English gist (dot leaders: Mottaker, Beløp in kroner with a space
  between the thousands and a decimal comma, Forfallsdato, Betalingstype, Årsak, Referanse). All new here.

* ``own_receipts``: The gallery's, the school's and the studio's own papers: the gallery's Zoho TAX INVOICE
  (Invoice# beside the Invoice Date, Bill To, items with a hairline under each, Sub Total, CGST2.5 (2.5%),
  SGST2.5 (2.5%), Total under its rules, Payment Made, Balance Due, "Payment received on <day> by UPI, Ref#
  ..."); the school's fee deposit challan at State Bank in three copies side by side past perforations
  (STUDENT'S COPY | SCHOOL'S COPY | BANK'S COPY: the school, A/c No., Challan No., Date, Name, Course, Fee,
  Amount, the words, Mode: Cash, Cash received - Cashier; the branch's stamp); the studio's ADVANCE RECEIPT in
  a thangka mount's brocade border under its Tibetan name (Receipt No. beside Date, "Received with thanks from
  ... the sum of ... by Cheque No. ... as advance for ..., subject to realisation of the cheque.", the
  painter's hand); the gallery's POS bill on a torn thermal roll (Bill No beside Dt:, Cashier, Item | Qty |
  Amount, Gross, Disc, Taxable, CGST 2.5%, SGST 2.5%, Round Off, NET PAYABLE, Paid: CARD, a barcode, a Tibetan
  thanks); PhonePe Payment Gateway's failed payment for the web shop (a chip, the sum, Merchant, Order ID,
  Transaction ID, Payment mode, Reason, Date & time); the studio's CERTIFICATE OF AUTHENTICITY AND PAYMENT
  RECEIPT (Certificate No., the painting's details two to a row, "Full payment of <sum> received by NEFT on
  <day>, UTR ...", the lhadri's hand, a Tibetan blessing, the studio's round seal); the gallery's CASH MEMO, a
  carbon copy under its Nepali name (No. left blank, Date and M/s on dotted lines, the items and "Received
  cash with thanks" by hand, Total Rs. in a box; no reference); Khatabook's payment receipt forwarded in a
  WhatsApp chat (the gallery, a Payment Received chip, from, Mode, UPI Ref, Time, Balance due; no day). All
  new here.

* ``supplier_invoices``: The studio's suppliers: a Varanasi brocade weaver's TAX INVOICE (Invoice No. beside
  Dated, Buyer (Bill to), a ruled table S.No | Description of Goods | HSN | Qty | Rate | Amount with IGST @
  5%, Round off and its Total, the words, a box of PAYMENT DETAILS: Amount received, Received on, Mode RTGS,
  UTR); a Kalimpong pigment grinder's BILL (Bill No. beside Date, the pigments by weight in a ruled table with
  its Total, "Paid by PhonePe UPI, Ref ..."); Swiggy Instamart's order summary for the studio's brushes and
  paper ("Delivered today at <hour>", Order #, the items, Delivery fee, Handling charge, Bill Total, Paid via;
  no day); IndiaMART's Pay with IndiaMART for a Jaipur gold leaf seller, in process (the sum, the stages
  Initiated, Bank processing, Seller paid across the page, each label small over its value: Seller, Order,
  Payment ID, Paid via, Initiated on); Sikkim Nationalised Transport's WAY BILL CUM RECEIPT in a dot-matrix
  face (WB NO, DATE, FROM / TO, CONSIGNOR, CONSIGNEE, PKGS, WEIGHT, FREIGHT, HAMALI, WB CHG, TOTAL, PAID IN
  CASH - RECEIVED); MyDHL+'s failed card payment for a thangka shipped abroad (a chip, boxes of Shipment:
  Waybill, From, To, Contents and Payment: Payee, Total amount, Card, Reason, Payment reference, Attempted); a
  Lal Bazaar silversmith's bill for the mounts' knobs by hand (Date and To on dotted lines, the knobs, Total
  Rs., "Paid cash - received with thanks"; no number); a Gangtok printer's e-invoice (IRN, Ack No. and Ack
  Date, a QR code, Invoice No. beside Invoice Date, a striped table, CGST 9%, SGST 9%, Invoice Total, a box
  PAYMENT STATUS: PAID with Paid on, Mode, Transaction Ref.). All new here.

* ``vendor_transfers``: The company's banks paying its carpenter, web studio, auditors, the carnival's tent
  house, the electrician, the glazier, the gallery's landlady and a builder: State Bank's e-Receipt from
  OnlineSBI (a box of shaded label cells: Reference No., Date, Debit Account, Beneficiary Name, Beneficiary
  Account, IFSC, Amount, Commission, Transfer Mode, UTR Number, Remarks, Status); Union Bank's Vyom app (Money
  Sent!, the sum, "to <payee>", two details to a row: Mode | Date & Time, RRN | Transaction ID, From A/c |
  Remarks); Central Bank of India's TRANSACTION RECEIPT from Cent Internet Banking (a striped table:
  Transaction Reference, Transaction Type, Debit A/c, Beneficiary, Amount (INR), Amount in words, Value Date,
  UTR No., Narration, Status); bob World's NEFT under process (the sum, the stages Submitted, In process,
  Credited across the page, dot leaders: Beneficiary, A/c No., Mode, Transaction ID, Initiated on, Remarks);
  IDBI Bank's GO Mobile+ failed IMPS (a tinted status band, each label small over its value: Beneficiary,
  Transfer type, IMPS Ref. No., Date, Reason); Indian Bank's IndOASIS (a Transfer successful chip, the payee
  under the sum, labels at the left and values at the right: Transfer type, IMPS Ref No, When: Today with an
  hour; no day); a PAY-IN-SLIP - COUNTERFOIL (CASH) for cash deposited into the landlady's account, filled in
  by hand (Date, A/c Name, A/c No., Deposited by, the notes counted, Total Rs., Rupees (in words), Journal No.
  (for bank's use)) under the teller's CASH RECEIVED stamp; a co-operative bank's FUND TRANSFER ADVICE in a
  dot-matrix face (DATE, DEBIT A/C, CREDIT A/C, A/C NAME, AMOUNT, PARTICULARS, MODE, TRANSACTION POSTED; no
  reference). All new here.

* ``worker_pay``: The studio's painters, apprentices, gilder and cook and the gallery's staff: a painter's
  COMMISSION SHARE - PAINTER'S ACCOUNT under the studio's Tibetan name (Sheet No. beside Painter, a ruled
  table Thangka | Days | Rate/day | Amount with its Total, Less: advance, Net paid under its rules, "Paid by
  NEFT on <day>, UTR ..."); the gallery assistant's FORM XIX wage slip (numbered lines in dot leaders: Name of
  the establishment, Name of the employee, Designation, Wage period, Rate of wages, Days worked, Sales
  incentive, Gross wages payable, Deductions, Net wages paid, Date of payment, Mode of payment, UTR; the
  employee's hand); PNB ONE's e-Receipt of an apprentice's stipend (a Fund Transfer Successful chip, the sum,
  boxes of Beneficiary: Name, UPI ID and Transaction: Type, Date, RRN, Txn ID, Debit A/c); PhonePe's failed
  payment to the gilder (Payment Failed on its band over "<hour> on <day>", Paying to with the sum on its row,
  Transaction ID, UTR, Reason); RazorpayX Payroll's payout in process (the stages Approved, Processing,
  Credited across the page, a box: Employee, Designation, Net pay, Mode, Payout ID, Initiated on); the cook's
  WAGE RECEIPT under its Nepali heading (Nepali labels beside their English: Name, Work, Month, Amount, Date;
  "Received Rs. x/- ... in cash as wages for <month> ...", her left thumb's inked impression; no reference); a
  mural painter's ADVANCE SLIP under its Nepali heading (Sl. No. beside its Date left blank, Paid to, Rupees,
  in words, Purpose, Paid by on dotted lines, his hand; no day); the school's STIPEND ACKNOWLEDGEMENT under
  its Tibetan name (No. beside Date, Name of apprentice, Year of training, Stipend for, Amount Rs., printed
  boxes for the mode with UPI ticked by hand, UPI Ref., the apprentice's hand). All new here.

* ``govt_fees``: The company's dues: the Gangtok Municipal Corporation's TRADE LICENCE RENEWAL - MONEY RECEIPT
  under its Nepali name (Nepali labels beside their English: Receipt No., Date, Trade name, Licence No., Ward,
  Licence fee, Signboard fee, Total, Mode; "Received the above amount."); the Fire and Emergency Services'
  fire safety certificate renewal fee (a Fee paid chip, two details to a row: Application No., Category,
  Establishment, Address, Fee, Paid via, Bank Ref. No., Paid on); ICEGATE's E-PAYMENT RECEIPT of customs duty
  on pigments from Nepal under the CBIC's name (a ruled table: Challan No., IEC, Importer, Bill of Entry No.,
  Port, Goods, Duty amount (Rs.), Bank, Bank Transaction No., Payment Date, Status); the corporation's solid
  waste user charge card under its Nepali name, filled in by the collector's hand (Month, User charge Rs.,
  Received on, Mode, Collector) under its round PAID seal (no reference); Bharatkosh's e-Receipt of the
  Archaeological Survey of India's fee for non-antiquity certificates (dot leaders: Transaction Ref No.,
  Ministry / Department, PAO, Purpose, Depositor, Amount, Payment Mode, Date, Status); the Labour Department's
  registration renewal awaiting the bank (the stages Application, Fee paid, Bank confirmation, Certificate
  across the page, dot leaders: Application No., Establishment, Renewal fee, Payment mode, Transaction ID,
  Initiated on); Sikkim Police's e-challan marked paid in the Echallan app (a Paid chip, the sum, each label
  small over its value: Challan No., Vehicle, Offence, Paid via, Transaction ID; no day); IP India's failed
  trade mark fee (a Transaction Failed chip, labels at the left and values at the right: Request No., Form,
  Applicant, Fee, Payment mode, Transaction ID, Date). All new here.

* ``insurer_receipts``: The company's covers: New India Assurance's PREMIUM RECEIPT for the studio's fire
  policy in boxes (Policy: Insured, Policy, Policy No., Premises; Premium: Net premium, CGST @ 9%, SGST @ 9%,
  Total premium under its rules; Payment: Receipt No., Receipt Date, Mode, UTR); ICICI Lombard's page of a
  fine art transit certificate issued (a chip, two details to a row: Certificate No., Voyage, Sum insured,
  Premium (incl. GST), Paid by, Transaction ID, Payment date, Insured); Oriental Insurance's page of the van's
  renewal (a Payment Successful chip, labels at the left and values at the right: Policy No., Vehicle, Premium
  (incl. GST), Payment ID, Paid via; no day); Bajaj General Insurance's PREMIUM RECEIPT for the gallery's shop
  owner's package (a striped table: Receipt No, Receipt Date, Received from, Product, Net Premium, GST (18%),
  Total Premium, Payment Mode, UTR / Instrument No.); Niva Bupa's app with the group health renewal under
  verification (the sum, the stages Paid, Verification, Renewed across the page, each label small over its
  value: Policy, Payment mode, Payment reference, Paid on); SBI General's failed card payment for the
  gallery's burglary cover (a tinted status band, each label small over its value: Policy, Card, Transaction
  ID, Attempted on, Reason); Care Health's e-mail "We have received your premium of <sum> on <day> by
  auto-debit ..." (dot leaders: Policy No., Plan, Proposer, Period; no reference); IFFCO-Tokio's e-Receipt for
  a two-wheeler with a QR code (a ruled table: Receipt No., Receipt Date, Policy No., Vehicle, Premium, GST,
  Total, Mode, Bank Ref., Status). All new here.

* ``card_slips``: Cards at the gallery's terminals and the company's card elsewhere: Pine Labs' slip at the
  gallery with its fields two to a row (DATE | TIME, MID | TID, BATCH | INV, CARD | type, APPR | RRN, BASE
  AMT, TOTAL AMT in a box of its own); Paytm's card machine slip at the carnival stall (a table ruled on every
  side: Date / Time, TID / MID, Batch / Inv, Card, Auth code, RRN, Amount; a QR code); Worldline's slip at a
  Pelling hotel (DATE, TID, INVOICE, the card, AUTH, RRN, BASE AMOUNT printed, TIP and TOTAL written in by
  hand on dotted lines and signed); HDFC Bank's slip at a Siliguri art store (SALE in white on a black bar,
  DATE, TID and BILL NO, CARD, APPR CODE, RRN, the AMOUNT in double height); BharatPe's declined slip at a
  Rangpo pump (the day and hour, TID and INV, PUMP, NOZZLE, HSD, RATE, VOL, the card, AMOUNT, DECLINED 55 -
  INCORRECT PIN); Bank of Baroda's slip at a Kolkata framer (labels at the left and values at the right, a box
  TXN STATUS: HOST TIMEOUT); a Gangtok bakery's BILL settled by card (the day, hour and table, the items,
  CGST, SGST, Grand Total, "Settled by: CARD"; no reference); YONO Merchant's tap on phone approval at the
  gallery (a chip, the sum, Today with an hour, two details to a row: Card, Entry, Auth code, RRN, TID,
  Invoice; no day). All new here.

* ``utility_bills``: The studio's, the school's and the gallery's bills: the Energy and Power Department's
  online bill payment receipt under its Nepali names (a striped table: Consumer No., Consumer Name, Category,
  Bill Month, Amount Paid (Rs.), Payment Mode, Transaction ID, Bank Ref No., Payment Date, Status); WS&PHED's
  WATER CHARGES RECEIPT filled in by hand (No. printed, Date, Consumer No., Name, Period, Rs., Rupees,
  Received by); BSNL Selfcare's Bharat Fibre payment (a chip, the sum, two details to a row: Account No.,
  Plan, Transaction ID, Paid via, Date, Time); Paytm's Airtel Xstream Fiber bill pending (the sum, the stages
  Paid, Sent to biller, Bill settled across the page, the biller, UPI Ref. No., Order ID, Paid from, Date); an
  Indane distributor's CASH MEMO / TAX INVOICE for a commercial cylinder (C.M. No. beside Date, Consumer No.,
  Name, Cylinder, Refill price, CGST 9%, SGST 9%, Delivery charges, Total, "Paid: UPI, Ref ..."); PhonePe's
  failed Jio recharge for the studio's hotspot (a chip, the sum, the biller, each label small over its value:
  Transaction ID, Paid using, Date); DishTV's app (a chip, the sum, labels at the left and values at the
  right: VC No., Pack, Paid via, Transaction ID, When: Today with an hour; no day); a Gangtok broadband
  operator's collection agent's PAYMENT RECEIPT on a torn roll (Date, Customer, User ID, Plan, Amount, Mode :
  CASH, Collected by; no reference). All new here.

* ``bank_alerts``: The banks' alerts: SMS in State Bank's ("Dear SBI User, your A/c X1234-debited by Rs.x on
  05Mar26 transfer to <PAYEE> Ref No <ref>. ..."), ICICI Bank's ("ICICI Bank Acct XX123 debited for Rs x on
  12-Mar-26; <PAYEE> credited. UPI:<ref>. ..."), the State Bank of Sikkim's ("Your A/c No. XXXX1234 is debited
  for Rs. x on <dd/mm/yyyy> towards NEFT to <PAYEE>, UTR <utr>. ..."), UCO Bank's failed UPI ("Your UPI
  transaction of Rs.x to <PAYEE> on 21-APR-2026 has FAILED. Ref No. ...") and Bandhan Bank's ("INR x debited
  from A/c XXXX1234 towards IMPS to <PAYEE>. IMPS Ref No <ref>. ..."; no day) wordings; IDBI Bank's e-mail of
  an IMPS "pending confirmation from the beneficiary bank"; an HDFC Bank statement's page, its entry marked
  with a yellow highlighter (Date | Narration | Chq./Ref.No. | Withdrawal | Deposit | Balance, the OPENING
  BALANCE line, the NEFT DR narration with the payee carried on to its next line); Yes Bank's e-mail of a
  standing instruction paid to the gallery's landlady (no reference). All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES and
SLIP_FACES below), each face's bold for chips, ruled tables' heads, totals and dot leaders' sums; Noto Serif
Tibetan (regular and bold) for the Tibetan lines, Noto Sans Devanagari (regular and bold) and Noto Serif
Devanagari for the Nepali lines and labels (all fonts-noto-core), heldout271's serif and sans italics for the
hand that fills in a page and heldout271's fixed-width faces for a way bill's and an advice's printed lines.
The carnival stall's slip is drawn on the carnival's Saturday (12 December 2026); the other days anywhere in
2026. GST is 5% on the paintings (HSN 9701) and the silk brocade, 18% on the pigments, printing, services, gas
and premiums.

Truth conventions (heldout271's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee (*settled*), here
  *settled* (new here) the name on the row of PhonePe's sum under its Paid to (or Paying to), after Paytm's
  "To", after BHIM's "Paying to", after Amazon Pay's and Airtel Thanks' "to", after Navi's "Paid to" in a
  screenshot forwarded in a WhatsApp chat (never the chat's contact), after Razorpay's "Paid to" (the studio;
  never Razorpay); the registered name cut short where so printed (GANGJONG LHADRI ARTS L, GANGJONG THANGKA
  GALLE); never the app, a UPI ID, From or a salutation. *settled* (heldout268 to heldout270): a receiving
  business's own app pays the business named under the app, here the gallery under Paytm for Business (never
  "from <buyer>"). *settled* (heldout167 to heldout271): a payer's advice pays the one it pays, never the
  payer on top or a salutation; here *settled* (new here) the firm under "The Managing Partner," in a
  monastery's letter (never the monastery on top, its Tibetan line or its seal), a resort's Vendor, Zoho's
  Paid To, CIB's Beneficiary Name, an auction house's Consignor (never the auction house), a voucher's Paid to
  in the hand (never the hotel on top), PFMS's Beneficiary (the school), NetSuite's Payee. *settled*
  (heldout271): a name carried on to the next lines of its cell, its narration or its sentence is read across
  them. *settled* (heldout155 to heldout271): an inward wire pays the company, here *settled* (new here)
  Chase's Recipient, the Bénéficiaire (never the Donneur d'ordre), the name under ING's sum, the Name in
  Cathay's Beneficiary box (never the Remitter box), mBoB's To, CommBank's To, DBS's Beneficiary, DNB's
  Mottaker; never the remitter or the bank on top. *settled* (heldout175 to heldout271): the company's own
  paper pays the unit or the company on top, here *settled* (new here) the gallery on its Zoho invoice (never
  Bill To), the school at the head of each copy of a bank's fee challan (never the bank on top or the
  student's Name), the studio under its Tibetan name on its advance receipt and its certificate (never
  "Received with thanks from" or the Collector), the gallery on its POS bill and under its Nepali name on its
  carbon memo (never M/s or the Nepali line), the web shop's Merchant on a gateway's failure (the gallery or
  its domain), the business on top of a Khatabook receipt (never "from <buyer>" or the chat's contact). A
  supplier's name on top of its own paper (*settled*, heldout187 to heldout271), here *settled* (new here)
  Kashi Brocade Udyog (never Buyer (Bill to)), Swiggy Instamart on top of its order (never the partner store),
  IndiaMART's Seller (never IndiaMART), Sikkim Nationalised Transport on top of its way bill (never the
  CONSIGNOR or CONSIGNEE), DHL's Payee, the silversmith on top (never To), the printer on top; never the
  company after Buyer, Bill To or To. *settled* (heldout179 to heldout271): a banking page pays the payee,
  here *settled* (new here) Beneficiary Name / Beneficiary, "to <payee>" under Vyom's sum, the name under
  IndOASIS's sum, a pay-in-slip's A/c Name in the hand (never Deposited by), a co-operative advice's A/C NAME;
  never the bank, the Debit account or the portal. *settled* (heldout150 to heldout271): a pay slip pays the
  worker, here *settled* (new here) Painter on a share sheet (never the studio on top), the Name of the
  employee on FORM XIX (never the establishment), PNB ONE's Beneficiary Name, the name on the row of PhonePe's
  sum under Paying to, RazorpayX's Employee, the Name beside its Nepali label on a wage receipt, an advance
  slip's Paid to, the Name of apprentice on a stipend acknowledgement. *settled* (heldout153 to heldout271): a
  fee page pays the authority on top as printed, here *settled* (new here) Gangtok Municipal Corporation / its
  capitals under its Nepali name (never the Nepali line), Fire and Emergency Services (, Sikkim), Central
  Board of Indirect Taxes and Customs / & Customs (never ICEGATE), Bharatkosh's Ministry / Department
  (Archaeological Survey of India; never Bharatkosh or the PAO), Labour Department (, Government of Sikkim),
  the police under the Echallan app's bar (Sikkim Police / Traffic Police, Sikkim; never Echallan or
  Parivahan), the Controller General's office on IP India's page; never the Depositor, the Applicant or the
  Establishment. *settled* (heldout199 to heldout271): an insurer's receipt pays the insurer on top (full or
  short as printed: The New India Assurance Co. Ltd / New India Assurance, ICICI Lombard General Insurance Co.
  Ltd / ICICI Lombard, The Oriental Insurance Co. Ltd / Oriental Insurance, Bajaj General Insurance Ltd /
  Bajaj General Insurance, Niva Bupa Health Insurance Co. Ltd / Niva Bupa, SBI General Insurance Co. Ltd / SBI
  General, Care Health Insurance Ltd / Care Health Insurance, IFFCO-Tokio General Insurance Co. Ltd /
  IFFCO-Tokio), *settled* (new here) the insurer on an app's bar or under it; never the Insured, the Proposer
  or a policy's line. A slip's counter name line as printed (GANGJONG THANGKA GALLERY, GANGJONG THANGKA
  GALLERY - CARNIVAL, the hotel, the art store, the pump, the framer), never *settled* the terminal's brand
  over it (here PINE LABS, Paytm, WORLDLINE, HDFC BANK, BharatPe, BANK OF BARODA, YONO Merchant); *settled*
  (new here) a bakery's name on top of the bill it settles by card. A utility's biller on top of its page,
  *settled* (new here) the Energy and Power Department / Power Department, Sikkim under its Nepali lines,
  WS&PHED (Water Security & Public Health Engineering Department / WS&PHED, Government of Sikkim), BSNL /
  Bharat Sanchar Nigam Ltd, the biller under Paytm's stages (Airtel Xstream Fiber / Bharti Airtel Ltd (Xstream
  Fiber); never Paytm), an Indane distributor on top of its cash memo (never IndianOil or Indane under it),
  the biller under PhonePe's chip (Jio Prepaid / Reliance Jio), DishTV / Dish TV India Ltd on its app's bar,
  the broadband operator on top of its agent's receipt; never the Customer, the Consumer Name or the app. An
  SMS or e-mail alert's payee as the bank sends it (*settled*, the truncated name as printed, without the
  sentence's full stop), *settled* (new here) State Bank's "transfer to <PAYEE> Ref No", ICICI Bank's ";
  <PAYEE> credited.", the State Bank of Sikkim's "towards NEFT to <PAYEE>,", UCO Bank's "to <PAYEE> on",
  Bandhan Bank's "towards IMPS to <PAYEE>.", IDBI Bank's "to <PAYEE> on", a statement's NEFT DR narration
  between the IFSC and -NETBANK read across its two lines, Yes Bank's "monthly payment to <PAYEE> (gallery
  rent)"; *settled* a "to <UPI ID>" alone names no payee (None).

* amount / currency: the sum this payment moved. A UPI screen's sum large (*settled*), *settled* (new here)
  PhonePe's sum on its Paid to row, Razorpay's sum large (its sentence the same), Paytm for Business's sum
  large. *settled* (heldout152 to heldout271): a payer's advice counts its net sum, *settled* (new here) the
  sum in a letter's sentence (never its instalments' table as a whole), a resort's Amount released (never the
  Invoice amount or the advance), Zoho's Amount Paid (its Payment Amounts the same; never a Bill Amount
  alone), CIB's Amount, an auction house's Net payable to consignor (never the Hammer price, the commission,
  its GST, the insurance or the photography), a voucher's sum in its box ("86,500/-"), PFMS's Amount (Rs.),
  NetSuite's Amount. *settled* (heldout155 to heldout271): an inward wire's foreign sum, *settled* (new here)
  Chase's Amount (never the Wire fee or the Total with it), the Montant in francs with an apostrophe between
  the thousands (CHF 4'432.17 is 4432.17), ING's sum the Dutch way after its minus (- € 5.022,85 is 5022.85
  euros: a point between the thousands, a decimal comma, the minus the debit), Cathay's Remittance Amount in
  Taiwan dollars whole (never Charges or the Total Debited), mBoB's sum after Nu. (ngultrum: Nu. 165,870.00 is
  165870.00 BTN, never INR though the two are at par), CommBank's Amount (never Recipient gets (approx.) or
  the Fee), DBS's Amount, DNB's Beløp with a space between the thousands and a decimal comma (NOK 28 690,00 is
  28690.00); in US dollars ($ / US$ / USD), Swiss francs (CHF), euros, Taiwan dollars (TWD / NT$), ngultrum
  (BTN), Australian dollars (AUD / A$), Singapore dollars (SGD / S$) and Norwegian kroner (NOK / kr).
  *settled* (heldout175 to heldout271): a receipt counts the sum received, *settled* (new here) Zoho's Total
  (its Payment Made the same; never the Sub Total or a CGST / SGST line), a fee challan's Amount in each copy
  (the words the same), the sum in an advance receipt's sentence, a POS bill's NET PAYABLE (never Gross, Disc
  or Taxable), a gateway's failed sum large, the sum in a certificate's "Full payment of <sum>", a carbon
  memo's Total Rs. in its box (never an item's line), Khatabook's sum large (never Balance due). A whole sum
  closed with /- is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout271): a supplier's
  paper counts the sum paid, *settled* (new here) a tax invoice's Total (its Amount received the same; never
  IGST or Round off), a pigment bill's Total (never a pigment's row), Instamart's Bill Total (never an item,
  the Delivery fee or the Handling charge), IndiaMART's sum large, SNT's TOTAL (never FREIGHT, HAMALI or WB
  CHG), DHL's Total amount, the silversmith's "Total Rs. x/-" in the hand (never the knobs' line when a polish
  line follows), the printer's Invoice Total. A banking page's sum, never *settled* the Commission or charges:
  *settled* (new here) a pay-in-slip's Total Rs. (never a note's row), a co-operative advice's AMOUNT.
  *settled* (heldout167 to heldout271): a pay slip's net sum, *settled* (new here) a share sheet's Net paid
  (never its Total or the advance), FORM XIX's Net wages paid (never the Gross wages payable, the Deductions
  or the rate), the sum on the row of PhonePe's Paying to, RazorpayX's Net pay, the Amount beside its Nepali
  label ("Rs. 13,500/-"; its sentence the same), an advance slip's Rupees in the hand, a stipend's Amount Rs.
  A fee page's total: *settled* (new here) Total beside its Nepali label (never the Licence fee or the
  Signboard fee alone), the fire service's Fee, the Duty amount (Rs.), the user charge in the collector's
  hand, Bharatkosh's Amount, the Renewal fee, the e-challan's sum large, IP India's Fee. *settled* (heldout199
  to heldout271): an insurer's premium with its GST, *settled* (new here) Total premium / Total Premium /
  Total (never the Net premium, Premium alone or a GST line), Premium (incl. GST), the sum in Care Health's
  sentence, an app's sum large. A slip's total, *settled* (new here) the TOTAL AMT in its box (its BASE AMT
  the same), the Amount of a ruled slip, a TOTAL written in by hand after the TIP (never the BASE AMOUNT
  printed alone or the tip), the AMOUNT in double height, AMOUNT RS, SALE AMT, a bakery bill's Grand Total
  (never a CGST / SGST line), the app's sum large. A utility's Amount Paid (Rs.), Rs. in the hand, the sum
  large, *settled* (new here) a cash memo's Total (never the Refill price or a GST line), the agent's Amount.
  An alert's sum debited as worded (grouped the Indian or the English way or not at all; Rs.3250.0 is
  3250.00), a statement entry's Withdrawal (never its Balance or the OPENING BALANCE line); never Avl Bal,
  Avl. Bal. or Available balance. Currency INR but on the wires.

* status: as printed. *settled* (new here): Transaction Successful, Paid Successfully, Payment successful,
  Completed, Payment Received and "Your payment of <sum> to <studio> has been received." successes; BHIM's
  Transaction Pending (its stage Credited still to come) pending; Airtel's Payment failed failed. A payer's
  "has been transferred to your account ... by RTGS on <day>", "We have released the payment below to your
  account today.", Zoho's PAYMENTS MADE and NetSuite's Bill Payment (*settled*, heldout270: a payer's own
  record of the payment made), "The net amount has been remitted by RTGS" and a voucher for a cheque issued
  successes; CIB's "Status: Rejected by beneficiary bank" failed; PFMS's Pending at Bank pending. A wire's
  Status Sent, Statut: Exécuté, Uitgevoerd (executed), "The above remittance has been effected on your
  instruction.", Transfer Successful and "Your transfer has been sent." successes, DBS's Processing pending,
  DNB's "ble avvist og kunne ikke gjennomføres" (was rejected and could not be completed) failed. A receipt's
  Payment Made with its Balance Due nil, a challan's "Cash received - Cashier", Paid: CARD ... APPROVED, "Full
  payment ... received", "Received cash with thanks" in the hand and Khatabook's Payment Received successes;
  *settled* (heldout270) a cheque received "subject to realisation" pending, here an advance receipt's; a
  gateway's Payment Failed failed. A supplier's Amount received in a PAYMENT DETAILS box, "Paid by PhonePe
  UPI", "Delivered today", PAID IN CASH - RECEIVED, "Paid cash - received with thanks" in the hand and PAYMENT
  STATUS: PAID successes; IndiaMART's Payment in process pending; DHL's Payment unsuccessful failed. A banking
  page's Completed Successfully, Money Sent!, SUCCESS, Transfer successful, a teller's "Cash received" under a
  CASH RECEIVED stamp and TRANSACTION POSTED successes; bob World's "Transaction under process" pending;
  Transaction Failed failed. A pay slip's "Paid by NEFT on <day>", a filled Mode of payment, Fund Transfer
  Successful, "Received Rs. ... in cash" beside a thumb's impression, an advance slip "Paid by Cash" and "I
  acknowledge receipt of the above stipend." successes; RazorpayX's Payout in process pending; Payment Failed
  failed. A fee page's "Received the above amount.", Fee paid, Status Paid / Success, a user charge card
  filled in by the collector under a PAID seal and the e-challan's Paid successes; "Payment awaiting bank
  confirmation" pending; Transaction Failed failed. An insurer's "Received with thanks the premium above.",
  "Payment successful - certificate issued", Payment Successful, "We acknowledge with thanks the receipt of
  the premium above.", "We have received your premium ..." and Status Received successes; Payment under
  verification pending; Payment Failed failed. A slip's APPROVED - PIN VERIFIED, TRANSACTION SUCCESSFUL,
  APPROVED - TIP ADJUST ALLOWED, PIN VERIFIED OK - APPROVED, a bakery's PAID - THANK YOU after "Settled by:
  CARD" and Payment approved successes; DECLINED 55 - INCORRECT PIN failed; TXN STATUS: HOST TIMEOUT (STATUS
  PENDING - CONFIRM WITH BANK BEFORE RETRY) pending. A utility's SUCCESS, a receipt's "Received by: Cash"
  filled in, Payment Successful, a cash memo's "Paid: UPI", Recharge successful and PAYMENT RECEIVED - THANK
  YOU successes; Payment Pending pending; Recharge Failed failed. *settled*: an SMS debit alert a success
  whatever its bank's wording (here a statement's entry and Yes Bank's standing instruction too); *settled*
  (new here) UCO Bank's "has FAILED" failed, IDBI Bank's "is pending confirmation from the beneficiary bank"
  pending.

* date: the day paid. *settled* (new here): PhonePe's "<hour> on <day>" on its band, Paytm's Paid at, BHIM's
  Date, Amazon Pay's Date & time, Airtel's Date, Paytm for Business's Received on, Razorpay's Paid On; the
  Navi screenshot's hour alone under the chat's Today prints no day. A payer's day in a letter's sentence
  (never the letter's own later Date:), Payment Date, Value Date, the day in an auction house's sentence, a
  voucher's Date in the hand (27.1.26 is 2026-01-27), PFMS's Initiated on, NetSuite's Date (never a bill's
  Date Due or Bill Date); a resort's mail of a payment "released today" prints no day. A wire's *settled* (new
  here) Send on on a US bank's page month first (01/28/2026 is 2026-01-28; such a page is drawn only on a day
  after the 12th), Date valeur (28.03.2026), Cathay's Remittance Date year first with slashes (2026/07/19),
  mBoB's Date, CommBank's Transfer date, DBS's Payment date, DNB's Forfallsdato (11.12.2026); ING's "Vandaag"
  (today) prints no day. A receipt's day in "Payment received on <day>" (never the Invoice Date), a challan's
  Date (each copy's the same, the branch stamp's too), an advance receipt's Date (never the cheque's dated
  day), a POS bill's Dt: (08/12/26), a gateway's Date & time, the day in a certificate's sentence, a carbon
  memo's Date in the hand (28/11/26); Khatabook's Time alone prints no day. A supplier's Received on (never
  Dated), a bill's Date, IndiaMART's Initiated on, SNT's DATE, DHL's Attempted, a Date in the hand (3-3-2026),
  the printer's Paid on (never the Invoice Date or the Ack Date); Instamart's "Delivered today" prints no day.
  A banking page's Date, Date & Time, Value Date, Initiated on, a pay-in-slip's Date in the hand, an advice's
  DATE; IndOASIS's "When: Today" prints no day. A pay slip's day in "Paid by NEFT on <day>" (never an
  advance's day), Date of payment (never the Wage period), Date, Initiated on, the Date beside its Nepali
  label (never the Month), a stipend's Date (never Stipend for); an advance slip's Date left blank prints no
  day. A fee page's Date beside its Nepali label, Paid on, Payment Date, the collector's Received on in the
  hand (never the Month), Date, Initiated on; the Echallan app prints no day. An insurer's Receipt Date,
  Payment date, Paid on, Attempted on, the day in Care Health's sentence (never a Period); Oriental's page
  prints no day. A slip's DATE, Date / Time, the day before the hour (16-SEP-26); YONO Merchant's "Today"
  prints no day. A utility's Payment Date (never the Bill Month), a Date in the hand (never the Period), Date,
  a cash memo's Date; DishTV's "When: Today" prints no day. *settled* (new here) State Bank's "on 05Mar26"
  (2026-03-05), ICICI Bank's "on 12-Mar-26", the State Bank of Sikkim's dd/mm/yyyy, UCO Bank's capitals "on
  21-AUG-2026", IDBI Bank's "on 22.10.2026", a statement entry's Date (never the OPENING BALANCE line's), Yes
  Bank's "on 01-Feb-2026"; Bandhan Bank's SMS prints no day (its divider Today). Numeric days here are day
  first (heldout251, heldout259) but the US bank's and Cathay's. *settled* (heldout270): a day written by hand
  day first and without zeros. *settled*: never a Due date, a Cheque dt., a Period, a bill's or an invoice's
  day, an invoice number's financial year or an e-mail's hour, the day inside a UTR (heldout210) or inside an
  app's or a terminal's transaction id, the day inside a file's name or a CIN (heldout268).

* payment_method: "netbanking" for NEFT / RTGS / IMPS (*settled* (new here) a letter's and an auction house's
  RTGS, a resort's NEFT, Zoho's Bank Transfer, CIB's NEFT, PFMS's e-Payment, a NetSuite memo's NEFT, the
  banking pages' NEFT, RTGS and IMPS, a co-operative bank's transfer within the bank, a share sheet's and FORM
  XIX's NEFT, RazorpayX's IMPS, the NEFT and IMPS alerts and a statement's NEFT DR, Yes Bank's standing
  instruction), a SWIFT or other bank remittance either way (*settled* (new here) Chase's wire, the Frais à
  partager (SHA), ING's SWIFT-betaling, Cathay's Telegraphic transfer, mBoB's Cross-border (India), CommBank's
  transfer to the recipient's bank, DBS's SHA charges, DNB's Utlandsbetaling (SWIFT), a certificate's NEFT), a
  fee, a premium or a bill paid by Net banking or an auto-debit (*settled* (new here) IndiaMART's Net Banking,
  Care Health's auto-debit); UPI for the UPI screens, Razorpay's UPI, Paytm for Business's "via UPI", a Zoho
  invoice's "by UPI", a pigment bill's PhonePe UPI, Instamart's UPI (Google Pay), PNB ONE's and PhonePe's
  payments, a stipend's UPI box ticked by hand, the e-challan's, Oriental's, BSNL's, Paytm's, a cash memo's,
  PhonePe's and DishTV's UPI, the UPI alerts; card on slips and a bakery's "Settled by: CARD", a POS bill's
  "Paid: CARD", a gateway's Credit Card, DHL's, Bharatkosh's, ICICI Lombard's, SBI General's and IFFCO-Tokio's
  cards; cash for a fee challan's Mode: Cash (cash paid in at the bank to the school's account), a carbon
  memo's "Received cash", SNT's PAID IN CASH, a silversmith's "Paid cash", *settled* (new here) a
  pay-in-slip's cash deposit into the payee's account (as heldout271's cash deposit machine), a wage receipt's
  "in cash", an advance slip's Cash, the Nepali-labelled Cash, a user charge card's Cash, the water receipt's
  and the broadband agent's CASH; cheque for *settled* (new here) a voucher's "by Cash / Cheque: Chq. No. ..."
  in the hand and an advance receipt's cheque. *settled* (heldout264): None where the page names no way (none
  here).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout271): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) PhonePe's UTR over its Transaction ID, Paytm's
  UPI Ref. No., BHIM's UPI Transaction ID, Amazon Pay's UPI Reference ID, Navi's UPI ref no., Airtel's UPI
  Ref. No., a UTR in a letter's or an auction house's sentence, Zoho's Reference Number, a NetSuite memo's
  UTR, Zoho's "Ref#" on an invoice, a certificate's UTR, Khatabook's UPI Ref, PAYMENT DETAILS' UTR, a pigment
  bill's "Ref", the printer's Transaction Ref., UTR Number, RRN, IMPS Ref. No. / IMPS Ref No, FORM XIX's UTR,
  a stipend's UPI Ref. in the hand, a cash memo's Ref, the alerts' Ref No / UPI: / UTR / Ref No. / IMPS Ref
  No, a statement's Chq./Ref.No.), then a bank reference (*settled* (new here) CIB's Transaction Reference
  No., Chase's Confirmation #, the Référence, ING's Transactiereferentie, Cathay's Our Ref. No., CommBank's
  Receipt number, DBS's Bank reference, DNB's Referanse, Cent's Transaction Reference, a pay-in-slip's Journal
  No. in the hand, ICEGATE's Bank Transaction No., the fire service's Bank Ref. No., IFFCO-Tokio's Bank Ref.,
  the power department's Bank Ref No.), then a transaction / payment id (*settled* (new here) Razorpay's
  Payment Id, Airtel's and PhonePe's Transaction ID, PFMS Transaction ID, a gateway's Transaction ID,
  IndiaMART's Payment ID, DHL's Payment reference, bob World's Transaction ID, RazorpayX's Payout ID,
  Bharatkosh's Transaction Ref No., the Labour Department's, the e-challan's and IP India's Transaction ID,
  Oriental's Payment ID, ICICI Lombard's Transaction ID, Niva Bupa's Payment reference, SBI General's, BSNL's,
  PhonePe's and DishTV's Transaction ID), then an approval code (Auth code, AUTH, APPR CODE), then an order's
  number (Instamart's Order #, a gateway's Order ID), then a document's own number (*settled* (new here)
  Zoho's Payment#, NetSuite's #BP-..., Invoice# / Invoice No., a fee challan's and ICEGATE's Challan No.,
  Receipt No., Bill No, a certificate's Certificate No., SNT's WB NO, a share sheet's Sheet No., an advance
  slip's Sl. No., a stipend's No., the e-challan's Challan No., a slip's INV / BILL NO / INVOICE / ROC, a cash
  memo's C.M. No., a water receipt's printed No.). *settled*: never a card, account or mobile number, a UPI ID
  or VPA, IFSC, GSTIN, a Cheque No., a Policy No., a Consumer No., an AWB or Waybill, a CIN or a Licence No.,
  an IEC, an Application No., a Certificate No. of an insurer, a Booking No., an Employee ID or UAN, a
  vehicle's number, a slip's TID / MID / BATCH, a No. left blank; *settled* (new here) never a Bill of Entry
  No., a Request No., a Sanction No., a Lot, a VC No., a User ID, a Customer ID, an Ack No. or an IRN, a bill
  number applied on an advice."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout272_families import (
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

SPLIT = "heldout272"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets, in another mix: the screens in the sans faces, the pages in the serifs
# and two sans, the company's and its suppliers' and workers' papers in the serifs, Liberation Sans Narrow and
# Noto Sans, the slips in four monos; beside them Noto Serif Tibetan, Noto Sans Devanagari and Noto Serif
# Devanagari (fonts-noto-core) for the Tibetan and Nepali lines, and heldout271's pens and fixed-width faces.
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
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


def make_heldout272_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout272 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    check_faces()
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout267: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Warli painting artists' collective's day in 2026 in Palghar district,
Maharashtra (Dhavleri Warli Chitrakar Sanstha, a public trust of Warli painters of Dahanu and Jawhar talukas;
its studio at Ganjad, Ganjad Chitra Ghar, where the artists paint the tarpa dance, Palghat and the wedding
chowk, the tree of life, the harvest and the fishing creek in rice paste on geru and cow-dung washed cloth and
on handmade paper with chewed bamboo sticks, paid 70% of each painting's sale; its mural team, which paints
the lobbies, cafeterias, banquet halls and foyers of hotels and offices by the square foot from hired
scaffolds, its assistants paid by the day; its workshop centre at Kasatwadi, Jawhar, Jawhar Warli Kala Kendra,
which teaches schools and companies with hired trainers; and its store on Rope Walk Lane, Kala Ghoda, Fort,
Mumbai, Chowk Warli Art Store, which sells to the city and to visitors, keeps a stall at the Kala Ghoda Arts
Festival and runs the web shop chowkwarli.in), told by the proofs of payment it receives (buyers' Google Pay,
slice, CRED, MobiKwik, Kotak 811 and super.money screens, the web shop's PayU e-mail and Instamojo page, a
Bordi resort's payment voucher, a Pune IT company's remittance e-mail, the Tribal Research and Training
Institute's letter, HDFC Bank's and Kotak Mahindra Bank's beneficiary advices for a Juhu hotel and an Andheri
wedding planner, a Powai school's covering letter for its cheque, a Bengaluru gallery's consignment statement,
a Tarapur chemicals company's SAP payment advice note, buyers' remittances from London, Berlin, New York,
Melbourne, Kyoto, Toronto, Stockholm and Amsterdam in pounds, euros, US dollars, Australian dollars, yen,
Canadian dollars and Swedish kronor (a bank's credit advice and its advice of return, Wise's e-mails, Skydo's
pages, DGFT's IRM pages), the Sanstha's mural running bill to a hotel, its studio's receipt book, its donation
receipt, the Kendra's bill of supply to a school and its thermal receipt, the store's invoice to a visitor,
the web shop's failed checkout and its tax invoice, cards on the store's Pine Labs terminal at Kala Ghoda and
at the festival stall and on the Kendra's and the Sanstha's Mswipe tap to pay phones) and those it makes (a
Bhiwandi cloth trader's Tally invoice, a Sanganer paper maker's and a Thane printer's e-mails with their
ledgers, a Dahanu geru shop's hand-written cash memo, a Lower Parel framer's delivery challan, a Vasai bamboo
works' WhatsApp message, a Ghatkopar carton maker's invoice with its cheque returned, a Palghar scaffolding
hirer's hire invoice, HDFC Bank's status report, State Bank of India's counterfoils, Saraswat Bank's
confirmation box and Bank of Baroda's e-mails for the scaffolding contractor, the store's landlady, the
auditors, the web studio, the carrier, the photographer, the festival stall fabricator and the Jawhar caterer,
its mural artists' measurement sheets, a trainer's honorarium receipt, an assistant's muster roll, its
artists' sales settlements, Cashfree payouts, GRAS's challan for the store's leave and licence, Gram Panchayat
Ganjad's tax receipt, the Brihanmumbai Municipal Corporation's signboard licence, the Copyright Office's fee,
Jawhar Nagar Parishad's property tax, the Charity Commissioner's contribution, MahaGST's profession tax and
the Labour Welfare Board's contribution, the insurers' receipts for the store, the staff's gratuity, the
export parcels, the artists' health, the workshops' liability, the festival stall, the mural artists'
accidents and the van, its card at a Jawhar hotel, a pump at Charoti, a Kalbadevi art supplies shop and a
Dahanu restaurant, MSEDCL's, BEST's, Jio's, Vi's, Tata Play's, HP Gas's and Hathway's bills, the banks' SMS,
WhatsApp and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

Layouts (every one written for this set; the families' docstrings list each one's labels). This set draws rows
the earlier sets do not: a table or a form ruled round every cell (a boxed table; a boxed form with two fields
to a row, label beside value, or one across), a dotted leader between a label and its value, a form's labels
set to the right of their column with a colon, a printed form's blanks filled in by hand (an italic in pen ink
on dotted lines), a sum in a ruled box, an outcome in a filled pill, a payment's progress as steps, a rounded
card or a square frame round a block, a rectangular rubber stamp, and a business's WhatsApp message.

* ``buyer_upi``: Google Pay's receipt ("To <payee>" over the sum, the outcome, the day and hour unlabelled,
  then a rounded card of labels over their values: UPI transaction ID, To, From, Google transaction ID);
  slice's and CRED's receipts of dotted leaders (Paid to / paid to, UPI ID / to UPI ID, Paid from, UPI Ref.
  No. / UPI ref no., slice txn ID / CRED txn id, Paid on / paid on, Note) under the sum and a pill; MobiKwik's
  and Kotak 811's centred stack, each label small over its value (Amount, Paid to / To, UPI ID, Debited from /
  From, UPI Ref. No., the app's id, Paid on / Date & time / Attempted on); super.money's progress steps on the
  one pending (Paying to over the payee, the steps, then UPI Ref. No., UPI ID, super.money txn ID, Started on
  / Initiated on); PayU's e-mail with a boxed table under Transaction details (Merchant name, Amount, Payment
  mode, PayU ID, Bank reference no., Merchant txn ID, Date & time, Status); Instamojo's page as a form (Paid
  to :, Purpose :, Amount :, Payment ID :, Paid via :, Date :, Buyer :). All new here.
* ``buyer_advices``: the payer's PAYMENT VOUCHER from its books (No. : beside Dated :, a framed Particulars |
  Amount table: Account :, the Sanstha and its sum, Agst Ref, Through :, On Account of :, Bank Transaction
  Details : NEFT <utr>, Amount (in words) :; the payer's PAID BY NEFT stamp); a remittance e-mail of "Label:
  value" lines (Remittance advice No., Payee, Payment method, Payment reference, Payment date) over a boxed
  table of Invoice no. | Invoice date | Invoice amt | TDS | Paid with its Total row; a government institute's
  letter in prose (No. beside Date, To, The Secretary, the Sanstha, Subject, "... the amount of <sum>
  (<words>), net of TDS of <sum>, has been credited to your bank account ... by ECS vide UTR <utr> on
  <day>."); a bank's beneficiary advice e-mail as a form (Remitter name, Beneficiary name, Beneficiary
  account, Amount, Payment type, UTR, Value date / Returned on, Status, Remarks); a school's covering letter
  for its cheque (Ref. beside the day, "We enclose our cheque No. ... dated ... for Rs. x/- ..."); a gallery's
  CONSIGNMENT SALES STATEMENT (Consignor, Statement No. beside Period, a boxed table of Artwork | Sold on |
  Price | Gallery 35% | Due, Total due to consignor, Less: Framing charges / Courier, Net paid, Paid on, UTR,
  Settlement status); an SAP Payment Advice Note (the day in its title, the payer's return line over the
  Sanstha's address block, Our account number with you, a table of Reference | Doc. date | Gross amount |
  Deduction | Net amount, Total). All new here.
* ``export_wires``: a bank's CREDIT ADVICE - INWARD REMITTANCE letter ("We advise having credited your account
  above with INR x being the proceeds of an inward remittance of <sum> received by SWIFT from <remitter> ...,
  converted at <rate>.") and its ADVICE OF RETURN ("... could not be credited ... and has been returned to the
  remitting bank."), Our ref. beside Date; Wise's e-mail (the sum large with the code after it, "sent by
  <remitter>", a card of dotted leaders: Transfer number, Recipient, Paid out to, They sent, Exchange rate,
  Fee (paid by sender), You receive, Date); Skydo's page (the progress steps, then dotted leaders: Client,
  Beneficiary, Amount received, Skydo fee, INR settled / INR to settle, FIRA No., Payment ID, Received on);
  DGFT's IRM page as a boxed form (IRM No. | IRM date, Exporter, IEC | Currency, FCY amount | Mode, Remitter,
  Country | Purpose, INR value | Status). All new here.
* ``own_receipts``: the Sanstha's mural RUNNING ACCOUNT BILL (a boxed form of Bill No. | Bill date, Client,
  Site; a boxed table of Wall | Width | Height | Area | Rate | Amount; Value of work, CGST, SGST, Bill total,
  Less: Advance received (RA bill 1), Balance received by NEFT, UTR, Received on); the studio's receipt book
  filled in by hand (PAVTI / RECEIPT, No. printed, Dinank / Date, Received with thanks from Shri/Smt., of, the
  sum of Rupees, by cash / cheque No., towards, the sum boxed as Rs. x/-); the Kendra's BILL OF SUPPLY (a
  boxed form of Bill No. | Date, Bill to; a boxed table of Particulars | Students | Rate | Amount; Cheque
  received for, Cheque No. / dt., Drawn on); the store's TAX INVOICE to a visitor in dotted leaders (each
  painting, Taxable value, CGST @ 6%, SGST @ 6%, Total, Paid by card, Approval code, Amount paid); the web
  shop's checkout that failed; the Sanstha's DONATION RECEIPT set in a frame (No. beside Date, Received with
  thanks from, the donor, the sum of, the sum boxed, by UPI, UPI ref., the 80G approval "dated <another
  day>"); the Kendra's 58 mm thermal receipt (Rcpt:, Dt:, the seats, TOTAL, UPI, UPI Ref); the web shop's TAX
  INVOICE (a boxed form of Order No. | Order date, Invoice No. | Invoice date, Bill / Ship to, Place of
  supply; a boxed table of Description | HSN | Qty | Taxable | IGST 12%; a framed Payment block: Prepaid via,
  Amount received, Paid on, PayU ID, Bank ref. (UPI)). All new here.
* ``supplier_invoices``: a Tally-style Tax Invoice (the supplier's block framed under Tax Invoice, a boxed
  form of Invoice No. | Dated, Mode/Terms | Buyer's Order, Buyer (Bill to); a boxed table of Sl | Description
  of Goods | HSN | Quantity | Rate | Amount; CGST, SGST, Total, Amount Chargeable (in words); a framed PAYMENT
  block: Received by NEFT, UTR, Received on, or Cheque returned unpaid, Cheque No. / dt., Returned on,
  Reason); a supplier's e-mail with its statement of account (a table of Date | Particulars | Vch Type | Debit
  | Credit: Opening balance, an earlier part payment, To Sales - <invoice>, By NEFT / RTGS - <utr>; Closing
  balance); a geru shop's CASH MEMO filled in by hand (No. left blank, Date, M/s, a boxed table of Qty |
  Particulars | Rate | Amount in the hand, Total, Rupees); a framer's DELIVERY CHALLAN CUM INVOICE (a boxed
  form, a boxed table of Sr | Description | Qty | Rate | Amount, Received the above goods in good condition,
  the cheque received, the framer's stamp); a bamboo works' WhatsApp message; a scaffolding HIRE INVOICE as a
  form over a boxed table of Item | Qty | Days | Rate/day | Amount, Less: Security deposit adjusted, Paid by
  UPI. All new here.
* ``vendor_transfers``: HDFC Bank's Transaction status report (a boxed table of one row: Txn date |
  Beneficiary | Amount (INR) | Mode | Status; then UTR No., Host reference No., Debit account, Beneficiary A/c
  / IFSC, Remarks, Initiated by / Authorised by); State Bank of India's NEFT / RTGS application counterfoil
  filled in by hand (Date, Remitter's name, Remitter's A/c No., Beneficiary's name, Bank and branch, A/c No. |
  IFSC, Amount (Rs.), Rupees, Mode (NEFT / RTGS), Cheque No., UTR No.) under the branch's stamp; Saraswat
  Bank's Transaction confirmation box as a form (Transaction type, From account, Beneficiary, Amount, Charges,
  Reference No., UTR, Date and time, Status); Bank of Baroda's e-mail in one sentence ("Your fund transfer
  request No. x of INR y to <payee> (A/c ..., IFSC ...) from your account ... has been processed successfully
  on <day> at <hour>. The UTR is <utr>." or "... was returned by the beneficiary's bank on <day> ..."). All
  new here.
* ``worker_pay``: a MURAL WORK - MEASUREMENT AND PAYMENT SHEET (a boxed form of Sheet No. | Paid on, Artist,
  Site; a boxed table of Wall | Size | Sq ft | Rate | Amount; Gross, Less: Advance paid at site, Net paid,
  Paid by, UPI ref.); an HONORARIUM RECEIPT the trainer fills in over a revenue stamp's square (Voucher No.,
  Received with thanks from <the Sanstha>, the sum of Rs., (Rupees ...), towards honorarium for conducting the
  Warli workshop at ..., Paid by, Signature, Name, Date); a MUSTER ROLL CUM WAGE SLIP (Name, Village | Work,
  Week, a boxed row of Mon to Sun marked P / A / - and the Days, Days worked x rate, Wages, Less: Advance
  (kharchi), Net wages paid, Paid in cash on); Cashfree's payout page (a pill, the sum large, a boxed form:
  Beneficiary, Bene ID | Mode, Transfer ID, UTR, Account, Processed on / Requested on / Failed on, Remarks);
  an ARTIST'S SALES SETTLEMENT (Artist, Village | Settlement for, a boxed table of Painting | Sold on | Sale
  price | Artist's share 70%, Total share, Less: Cloth and colours advanced, Net paid to artist, Paid by, UPI
  ref. / UTR, Paid on). All new here.
* ``govt_fees``: GRAS's CHALLAN MTR Form Number-6 as a boxed form (GRN, Date, Department, Type of Payment,
  Office Name, Location, Year, Name of Party; a boxed table of Account Head Details | Amount In Rs. with its
  Total; Amount In Words; Payment Details: Bank Name, Bank CIN, Payment mode, Status); Gram Panchayat Ganjad's
  Namuna No. 10 tax receipt in Marathi written in Latin letters, filled in by hand (Pavti kr. (receipt No.)
  left blank, Dinank, Malmatta kr. (property No.), Kardatyache nav (taxpayer), a boxed table of Kar (tax) |
  Rakkam (Rs.), the sums in the hand, Ekun (total), Akshari (in words), Rokh / dhanadesh (cash / cheque),
  RAKKAM PRAPT (AMOUNT RECEIVED)); the Brihanmumbai Municipal Corporation's licence fee receipt in dotted
  leaders; the Copyright Office's E-Receipt as a centred stack, pending; Jawhar Nagar Parishad's Malmatta kar
  pavti (property tax receipt) (Pavti kr. beside Dinank, the heads in dotted leaders, Ekun (total), Rokh
  (cash), KAR BHARLA - DHANYAVAAD (TAX PAID - THANK YOU)); the Charity Commissioner's contribution receipt and
  MahaGST's profession tax page as forms; the Maharashtra Labour Welfare Board's e-receipt as a boxed form.
  All new here.
* ``insurer_receipts``: a printed COVER NOTE CUM PREMIUM RECEIPT (a boxed form of Cover note | Receipt No.,
  Receipt date | Period, Insured, Cover; a boxed table of Particulars | Amount (Rs.) with CGST, SGST and Total
  premium; Paid by); LIC's PREMIUM / CONTRIBUTION RECEIPT as a form; Go Digit's app with the renewal's
  progress steps on the one failed; Star Health's e-mail in dotted leaders; HDFC ERGO's and Generali Central's
  e-mails as a centred stack; Tata AIG's WhatsApp message. All new here.
* ``card_slips``: paper slips of pairs, each label at the left and its value at the right (DATE, TIME, MID,
  TID, BATCH NO, INVOICE NO, CARD, the scheme over the entry, ISSUER, APPR CODE, RRN), the sum in a ruled box
  (TOTAL Rs x; PRODUCT, RATE/L and VOLUME(L) over it at the pump, BASE AMT and TIP at the restaurant); a BANK
  EMI SALE slip (TXN AMOUNT, TENURE, INTEREST RATE, EMI AMOUNT, TOTAL PAYABLE); a hotel's PRE-AUTH COMPLETION
  slip (PRE-AUTH DATE, PRE-AUTH AMT, ROOM NO, the COMPLETION AMT boxed); Mswipe's tap to pay receipt on a
  phone (the sum large, a pill, a card of dotted leaders: Merchant, Card, Entry, Auth code, RRN, Txn ID, Date
  & time). All new here.
* ``utility_bills``: MSEDCL's online payment receipt as a boxed form under Receipt details (Consumer No.,
  Billing Unit, Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, UPI Ref. No. / Bank Ref.
  No., Payment Date, Payment Mode); BEST's pending page and Vi Business's failed e-mail in dotted leaders;
  CRED's bill receipt in dotted leaders under the sum and a pill; Google Pay's Bharat Connect receipt (the
  sum, the outcome, the day and hour unlabelled, a card of labels over values: Biller, Consumer number, Bharat
  Connect ref., UPI transaction ID); MyJio's receipt as a centred stack; HP Gas's WhatsApp message; Hathway's
  receipt as a form. All new here.
* ``bank_alerts``: SMS in a messages app in HDFC Bank's, Axis Bank's, Canara Bank's, Punjab National Bank's
  and Federal Bank's wordings; Saraswat Bank's alert on WhatsApp; Yes Bank's and HDFC Bank's InstaAlert
  e-mails. All new here.

The faces are heldout119's kinds from another mix of those the earlier sets draw in (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES below: three bold monos on the slips, Noto Serif Display and Noto Sans
Mono among the Sanstha's papers), and a hand fills in the printed forms in a serif italic or FreeSans Oblique.
The festival stall's card slip and its artist's settlement are drawn in and after the Kala Ghoda Arts
Festival's days (31 January to 8 February 2026), its fabricator's transfer and its floater's premium in the
weeks before; the other days anywhere in 2026. GST is 12% on the paintings (HSN 9701), 18% on murals and
services; the Sanstha's workshops are billed without GST.

Truth conventions (heldout265's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) after "To" over Google Pay's sum (its card's To the same name), the value of a dotted leader Paid to /
  paid to, the value under Paid to / To in a centred stack, the value under Paying to (super.money), a PayU
  table's Merchant name and Instamojo's "Paid to :"; the registered name as the app prints it, cut short where
  so printed (DHAVLERI WARLI CHITRAKAR S); never the app on top, a UPI ID, the From / Paid from / Debited from
  account, the Buyer, PayU or Instamojo on top or in the footer. *settled* (heldout167 to heldout265): a
  payer's advice pays the one it pays, never the payer on top; here *settled* (new here) the line under
  "Account :" in a payer's payment voucher (never Through :, the bank or the stamp), "Payee:" in a remittance
  e-mail, the line after "To," (after "The Secretary," in a letter), Beneficiary name in a bank's beneficiary
  advice (never Remitter name or the bank on top), "Consignor:" on a consignment statement (never the gallery
  on top or "For <gallery>") and the first line of an SAP advice note's address block (never the payer's
  return line over it); never a salutation. *settled* (heldout155 to heldout265): a bank's inward advice pays
  the Sanstha, here *settled* (new here) the line after "To," in a bank's credit advice or advice of return,
  Wise's Recipient, Skydo's Beneficiary and DGFT's Exporter; never the bank, Wise, skydo or DGFT on top, the
  remitter named in a sentence or after "sent by", the Client or the Remitter. *settled* (heldout175 to
  heldout265): the Sanstha's own paper pays the trade name on top, so the mural bill, the receipt book and the
  donation receipt pay the Sanstha (capitals where so printed), the bill of supply and the thermal receipt
  Jawhar Warli Kala Kendra, the invoices and the checkout Chowk Warli Art Store; never the "A unit of" line,
  the party under Client / Bill to / Customer / Bill / Ship to / Ship to, the donor or payer after "Received
  with thanks from", the signature lines or the stamp. A supplier's name on top of its own paper, *settled*
  (new here) its block framed under Tax Invoice and on top of the body of its e-mail, and the name that signs
  its WhatsApp message ("... Thank you - <name>", its chat's header the same name); never the Sanstha under
  Buyer (Bill to) / M/s / To / Hirer / Statement of account, "for <supplier>" or its stamp. *settled*
  (heldout179 to heldout265): a banking page pays the payee, here *settled* (new here) the Beneficiary cell of
  a status report's one row (cut short as the bank prints it), Beneficiary's name on a counterfoil (never the
  Remitter's name), Beneficiary in a confirmation box, "to <payee> (A/c" in a bank's sentence; never the bank
  on top, the Corporate line, the From account or the branch's stamp. *settled* (heldout150 to heldout265): a
  pay slip pays the worker, here *settled* (new here) the Artist on a measurement sheet or a settlement, the
  Name the trainer writes on an honorarium receipt (never the Sanstha after "Received with thanks from" or the
  Signature's initials), "Name:" on a muster roll, Cashfree's Beneficiary (never cashfree payments on top).
  *settled* (heldout153 to heldout265): a fee page pays the authority on top as printed, here *settled* (new
  here) Gram Panchayat Ganjad / its capitals, Brihanmumbai Municipal Corporation / its capitals, Copyright
  Office / its capitals, Jawhar Nagar Parishad / its capitals, Charity Commissioner, Maharashtra / Office of
  the Charity Commissioner, Maharashtra State, Maharashtra Goods and Services Tax Department / MahaGST,
  Maharashtra Labour Welfare Board / its capitals, and on GRAS's challan the Department (Inspector General Of
  Registration / its capitals; never GRAS on top or the Name of Party); never the line under it, the Trust,
  the Name, the Employer, the Applicant, the Licensee or Kardatyache nav (taxpayer). *settled* (heldout199 to
  heldout265): an insurer's receipt pays the insurer on top (full name, capitals where so printed; here United
  India Insurance Co. Ltd, Life Insurance Corporation of India, Go Digit General Insurance Ltd, Star Health
  and Allied Insurance Co. Ltd, HDFC ERGO General Insurance Co. Ltd, National Insurance Co. Ltd, Generali
  Central Insurance Co. Ltd), *settled* (new here) and the name that signs its WhatsApp message (Tata AIG
  General Insurance); never the product line, the office line or the Insured. A slip's counter name line as
  printed (the Sanstha's own counters, CHOWK WARLI ART STORE at Kala Ghoda and at the festival stall on two;
  the hotel, the pump, the art supplies shop and the restaurant on the rest) or a tap to pay receipt's
  Merchant (JAWHAR WARLI KALA KENDRA, the Sanstha in capitals or not), never the terminal's brand or bank
  (*settled* (new here) PINE LABS, HDFC BANK, AXIS BANK, SBI PAYMENTS, INNOVITI, Mswipe Tap to Pay) or the
  place line. A utility's biller *settled* (new here) on top of its own portal or e-mail (Maharashtra State
  Electricity Distribution Co. Ltd / MSEDCL / MAHAVITARAN, B.E.S.T. Undertaking / its full name, Vi Business
  (never Vodafone Idea Ltd in the footer), Hathway Cable and Datacom Ltd / Hathway Broadband), CRED's paid to,
  Google Pay's value under Biller, MyJio's value under Paid to, the name that signs HP Gas's WhatsApp message;
  never the app, Bharat Connect, the Consumer Name or the Customer name. An SMS alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  HDFC Bank's "To <payee>" line, Axis Bank's narration's last part (UPI/P2M/<ref>/<PAYEE>), Canara Bank's "for
  UPI txn to <payee> (UPI Ref", Federal Bank's "to <payee>.", Saraswat Bank's WhatsApp "towards NEFT to
  <payee>.", Yes Bank's e-mail "to <payee> from your account", HDFC Bank's e-mail the name after the VPA ("to
  VPA <vpa> <PAYEE> on"); never the bank, the sender id or the VPA; *settled* (new here) Punjab National
  Bank's "debited ... thru UPI:<ref>" names no payee (None, as heldout264's State Bank of India "by
  transfer").
* amount / currency: the sum this payment moved. A UPI screen's *settled* (new here) sum large, the value
  under Amount in a centred stack, PayU's Amount cell, Instamojo's "Amount :". *settled* (heldout152 to
  heldout265): a payer's advice counts its net sum, *settled* (new here) a payment voucher's sum beside the
  Sanstha (its ruled total the same), a remittance e-mail's Paid column on the Total row (never Invoice amt,
  TDS or a bill's row), a letter's sum in its sentence (never the TDS named in it), a beneficiary advice's
  Amount, a school letter's "for Rs. x/-" (never the rate each), a consignment statement's Net paid (never a
  row, Price, Gallery 35%, Due, Total due to consignor or Less: Framing charges / Courier), an SAP note's Net
  amount on its Total row (never Gross amount or Deduction). *settled* (heldout155 to heldout265): an inward
  wire's foreign sum, *settled* (new here) the foreign sum in a bank letter's sentence (never the INR credited
  named before it or the rate), Wise's sum large / They sent (never the Fee or You receive), Skydo's Amount
  received (never the Skydo fee or INR settled / INR to settle), DGFT's FCY amount with its Currency cell
  (never the INR value); in pounds (the sign or GBP before), euros (the sign or EUR before, or EUR after the
  sum on Wise: 1,644.44 EUR), US dollars (US$ / USD), *settled* (new here) Australian dollars (A$ / AUD
  before, AUD after), Canadian dollars (C$ / CAD before, CAD after: 1,103.95 CAD), Swedish kronor (SEK before)
  and yen whole (the sign or JPY before, JPY after: 180,000 JPY), DGFT's FCY amount a bare number (344000,
  4930.00). *settled* (heldout175 to heldout265): a receipt counts the sum received, *settled* (new here) a
  running bill's Balance received by NEFT (never Value of work, Bill total or Less: Advance received), a
  receipt book's boxed Rs. x/- (its words the same), a bill of supply's Cheque received for (its Total the
  same), an invoice's Amount paid / Amount received (its Total / Grand total the same), a failed checkout's
  Total (INR, incl. GST) (never the Subtotal, the Shipping or a painting), a donation receipt's boxed sum, a
  thermal receipt's UPI (its TOTAL the same); never a row, Taxable value, the GST or Round off. A whole sum
  closed with /- (Rs. 1,100/-) is that sum in whole rupees (heldout259). *settled* (heldout187 to heldout265):
  a supplier's paper counts the sum paid, *settled* (new here) a PAYMENT block's Received by NEFT / Cheque
  returned unpaid (the Total the same), a ledger's Credit on the payment's row (never a Debit, the Opening
  balance or an earlier part payment), a hand-written memo's Total, a challan's Cheque received for, the sum
  in a WhatsApp message, a hire invoice's Paid by UPI (never its Total before Less: Security deposit
  adjusted). A banking page's Amount (INR) cell / Amount (Rs.) / Amount / the sum in its sentence, never
  *settled* (new here) the Charges. *settled* (heldout167 to heldout265): a pay slip's net sum, *settled* (new
  here) a measurement sheet's Net paid (never Gross, a wall's row or Less: Advance paid at site), an
  honorarium receipt's "the sum of Rs.", a muster roll's Net wages paid (never Wages, Days worked x rate or
  Less: Advance (kharchi)), Cashfree's sum large, a settlement's Net paid to artist (never Total share, a Sale
  price or Less: Cloth and colours advanced). A fee page's Total / Ekun (total) / Amount paid / Amount /
  Contribution @ 2% / Tax (employees x 200), never a head or a Late fee alone. *settled* (heldout199 to
  heldout265): an insurer's premium with its GST, *settled* (new here) a cover note's Total premium row, LIC's
  Total amount (its GST nil; never the Contribution to the fund or Life cover charges alone), Go Digit's sum
  large, an e-mail's Premium (incl. GST) (never Premium before GST or GST @ 18%), the sum in a WhatsApp
  message. A slip's boxed TOTAL (never BASE AMT or TIP alone, RATE/L or VOLUME(L)), *settled* (new here) an
  EMI slip's TXN AMOUNT (never EMI AMOUNT or TOTAL PAYABLE, which hold the issuer's interest), a pre-auth
  completion's COMPLETION AMT (never PRE-AUTH AMT), a tap to pay receipt's sum large. A utility's Amount Paid
  / Amount / Amount paid / the sum large / the sum in a WhatsApp message. An alert's sum debited as worded
  (grouped the Indian or the English way or not at all), *settled* (new here) Canara Bank's reversed sum the
  failed payment's; never Bal, Avl Bal or Total Avail.bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Completed, the pill's payment successful / Payment
  successful, Payment successful / Money sent successfully successes, Payment failed failed, Payment in
  progress / Payment pending (the steps waiting at the receiver's bank) pending; PayU's Status: Success and
  Instamojo's Payment successful / Thank you! Payment received successes. A payer's *settled* (new here) PAID
  BY NEFT stamp on its voucher, "We have released the payment below to your bank account", "... has been
  credited to your bank account ...", Status: Credited to the beneficiary account, Settlement status: Paid by
  NEFT and "We have transferred the amount below to your account ..." successes, Status: Returned - the
  beneficiary name does not match the account failed; *settled* (heldout167 to heldout265): a cheque received
  and not yet cleared pending, a cheque returned failed, so *settled* (new here) a school's "The cheque is
  sent by courier today; kindly acknowledge it on realisation." (a cheque sent, not yet cleared), CHEQUE
  RECEIVED - SUBJECT TO REALISATION and COVER HELD SUBJECT TO REALISATION OF THE CHEQUE pending, CHEQUE
  RETURNED - PLEASE PAY BY NEFT WITH BANK CHARGES failed. A wire's "We advise having credited ...", The money
  should now be in your account / Transfer complete, Settled to your bank account / Payment settled and
  Status: Realised successes, "... could not be credited ... and has been returned to the remitting bank"
  failed, Settlement in progress - expected in 1 working day pending (the money at Skydo, not yet the
  Sanstha's). A receipt's PAID - BALANCE RECEIVED, THANK YOU, a receipt book's or a donation receipt's printed
  "Received with thanks" (the sum filled in), PAID - THANK YOU, VISIT US AGAIN, RECEIVED WITH THANKS, PAID -
  SEE YOU AT THE KENDRA, PREPAID - NOTHING TO PAY ON DELIVERY successes, a checkout's Your payment could not
  be processed / Payment failed failed. A supplier's PAYMENT RECEIVED IN FULL - THANK YOU, "Thank you for your
  payment" over its ledger, "Received with thanks in cash.", "Received Rs. x/- ... Thank you" and PAID - THANK
  YOU successes. A banking page's Success, Status: Successful, "has been processed successfully" and *settled*
  (new here) the branch's PROCESSED stamp on a counterfoil successes, Pending auth. (awaiting the authoriser's
  approval, not debited) pending, "was returned by the beneficiary's bank" failed. A pay slip's PAID - ENTERED
  IN THE ARTISTS' REGISTER, PAID IN CASH - RECEIVED IN FULL, SETTLED - PAID TO THE ARTIST, an honorarium
  receipt's "Received with thanks from ..." (signed) and Cashfree's SUCCESS successes, PENDING - queued at the
  beneficiary bank pending, FAILED - invalid IFSC failed. A fee page's Status: Success, RAKKAM PRAPT (AMOUNT
  RECEIVED), Payment successful / Licence fee paid, KAR BHARLA - DHANYAVAAD (TAX PAID - THANK YOU),
  Contribution received successes, Payment pending - awaiting confirmation from your bank. Do not pay again.
  pending, Payment failed - the bank did not confirm; challan not paid, pay again failed. An insurer's PREMIUM
  RECEIVED - COVER IN FORCE, RECEIVED WITH THANKS, "We have received the premium for your policy" and "we have
  received Rs. x ... Your policy is now active" successes, Payment failed - policy not renewed failed. A
  slip's APPROVED / TXN APPROVED - PIN VERIFIED / EMI SALE APPROVED / COMPLETION APPROVED and a tap receipt's
  Payment received successes, TXN TIMEOUT - CHECK WITH BANK BEFORE RETRY pending, DECLINED 51 - INSUFFICIENT
  FUNDS failed. A utility's Payment successful / Thank you for your payment / bill paid / Bill paid /
  Completed / Payment received - thank you and HP Gas's "payment of Rs. x received" successes, Payment pending
  - awaiting confirmation from your bank pending, Payment failed - your bank declined the payment failed.
  *settled*: an SMS debit alert a success whatever its bank's wording (here the WhatsApp and e-mail alerts
  too); *settled* (new here) Canara Bank's "has been REVERSED as the transaction failed" failed, Yes Bank's
  "is under process. The UTR will be shared once the beneficiary's bank confirms." pending.
* date: the day paid. *settled* (new here): a UPI screen's day and hour unlabelled under Google Pay's outcome
  (3 May 2026 at 7:46 PM is 2026-05-03, as are 15/08/2026 | 02:37 PM and 14 Oct 2026, 4:12 PM), a leader's
  Paid on / paid on, the value under Paid on / Date & time / Attempted on, super.money's Started on /
  Initiated on (never the hour in "Payment started at"), PayU's Date & time, Instamojo's "Date :" (never the
  workshop's day in "Purpose :"). A payer's *settled* (new here) Dated : beside a voucher's No., a remittance
  e-mail's Payment date, the day in a letter's sentence ("... by ECS vide UTR <utr> on <day>."; never the
  letter's Date:, a later day), Value date / Returned on, the day at the right of a school letter's Ref. row
  (never the cheque's "dated", as *settled* a Cheque dt.), a consignment statement's Paid on (never Sold on or
  the Period), the day in an SAP note's title ("Payment Advice Note from 26.10.2026"; never a Doc. date). A
  wire's Date: on a bank's letter (the day credited or returned), Wise's Date, Skydo's Received on, DGFT's IRM
  date. A receipt's *settled* (new here) Received on (never a running bill's Bill date), Dinank / Date in the
  hand, Date (never the cheque's dt. or the 80G approval's "dated"), Attempted on, Dt:, the web invoice's Paid
  on (its Order date the same day; never the Invoice date). A supplier's *settled* (new here) Received on /
  Returned on in its PAYMENT block (never the invoice's Dated or the cheque's dt.), the Date of a ledger's
  payment row (never another row's or the statement's span), a memo's Date in the hand, a challan's Date, a
  hire invoice's Payment date (never the Invoice date or the Hire period). A banking page's Txn date cell, a
  counterfoil's Date in the hand, Date and time, the day in a bank's sentence. A pay slip's Paid on, an
  honorarium receipt's Date in the hand, Paid in cash on (never *settled* the Work period, here the Week),
  Processed on / Requested on / Failed on. A fee page's Date (GRAS's 22/04/2026-16:57:01 is 2026-04-22; never
  the day inside the Bank CIN, as *settled* the e-Payment challan's CIN), Dinank, Payment date, Initiated on,
  Attempted on (never the Period), Paid on (never the Period or the Financial year). An insurer's Receipt
  date, Date of payment, Attempted on; never *settled* a Period of insurance (the Period) or a Due date. A
  slip's DATE (never the PRE-AUTH DATE), a tap receipt's Date & time (*settled* (new here) "Today, <hour>"
  prints no day). A utility's Payment Date, Initiated on, Attempted on, paid on, the day and hour unlabelled
  on Google Pay, the Date in a centred stack ("Today, <hour>" no day), the day in HP Gas's message ("received
  on <day>"), Paid on; never a Bill month. The SMS's day (*settled* (new here) HDFC Bank's "On 21/09/26", Axis
  Bank's "11-04-26, 18:19:37" line, Canara Bank's "on 23/06/2026", Punjab National Bank's "Dt 14-10-26",
  Federal Bank's "on <day>") and its divider's; the e-mails' "on <day>". A WhatsApp alert or message that
  prints no day in its text prints none (its day's pill Today). All numeric days here are day first
  (heldout251, heldout259). *settled*: never a Due date, a Cheque dt., a Period of insurance, an invoice
  number's or a slip number's financial year or an e-mail's hour, the day inside a UTR (heldout210) or inside
  an app's or a terminal's transaction id.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (a payer's voucher, remittance, letter (by ECS),
  beneficiary advice, consignment statement and SAP note, a running bill's Balance received by NEFT, a
  supplier's Received by NEFT and its ledger's By NEFT / RTGS, the banking pages, Cashfree's IMPS, a
  settlement's NEFT, the alerts' NEFT), a SWIFT remittance either way (a bank's letter "received by SWIFT",
  DGFT's Mode SWIFT), *settled* (new here) Wise's and Skydo's payouts to the bank account (Paid out to, Amount
  received settled to the bank), PayU's Net banking, a fee, a premium or a bill paid by Net banking / Internet
  banking; UPI for the UPI screens, PayU's and Instamojo's UPI, the thermal receipt's UPI, the donation "by
  UPI", a mural sheet's or a settlement's UPI, a hire invoice's Paid by UPI, a supplier's WhatsApp "by UPI",
  Google Pay's and CRED's bill payments, a fee, a premium or a bill paid by UPI, the UPI alerts; card on slips
  and tap receipts, Instamojo's Debit card, an invoice's Paid by card, a fee, a premium or a bill paid by
  Debit card; cheque for a cheque sent, received or returned and a premium paid by cheque; cash for a receipt
  book, a hand-written memo, a muster roll, an honorarium receipt, a mural sheet's cash and Rokh (cash) on a
  tax receipt. *settled* (heldout264): None where the page names no way (HP Gas's WhatsApp message).
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout265): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) UPI transaction ID, UPI Ref. No. / UPI ref no.
  / UPI ref. / UPI Ref, PayU's Bank reference no. on UPI, a remittance e-mail's Payment reference, the UTR in
  a letter's or a bank's sentence, Bank ref. (UPI), a ledger row's "By NEFT - <utr>", a counterfoil's UTR No.,
  an alert's Ref / UPI Ref / the middle of Axis Bank's narration, a slip's RRN), then a bank reference
  (*settled* (new here) PayU's Bank reference no. on net banking, a bank letter's Our ref., DGFT's IRM No.,
  HDFC Bank's Host reference No., Saraswat Bank's Reference No., GRAS's Bank CIN, a Bank ref. No., a Bharat
  Connect ref.), then a transaction / payment id (*settled* (new here) Google transaction ID, slice txn ID,
  CRED txn id, MobiKwik Txn ID, Kotak 811's Transaction ID, super.money txn ID, PayU ID, Instamojo's Payment
  ID, Wise's Transfer number, Skydo's Payment ID, Cashfree's Transfer ID, a fee's, a premium's or a bill's
  Transaction ID, GRAS's GRN, Mswipe's Txn ID, the Transaction ID in Tata AIG's message, Yes Bank's NEFT
  request number), then an approval code (APPR CODE, Approval code, Auth code), then an order's number (PayU's
  Merchant txn ID), then a document's own number (*settled* (new here) a payer's voucher No., Remittance
  advice No., a letter's No. / Ref:, Statement No., FIRA No., a Bill No. / Invoice No. / Challan No. / Sheet
  No. / Voucher No., a receipt book's printed No., a donation receipt's No., Rcpt:, a Receipt No., Pavti kr.,
  a slip's INVOICE NO). *settled*: never a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a
  Cheque No., a Purpose code, the number of a bill listed on an advice, a Policy No., a Consumer No., Account
  No., Customer ID or Mobile No., a slip's MID / TID / BATCH NO / ROOM NO; *settled* (new here) never Our
  account number with you, an IEC, a Licence No., Malmatta kr. (property No.), a Diary No., a Registration
  No., a PTRC No., an Est. code, a Bene ID, a Master policy No., a Cover note No., a subscriber id or a
  Buyer's Order."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout267_families import (
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

SPLIT = "heldout267"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages and all drawn by earlier sets: another mix of heldout119's kinds (the screens in the plain and
# narrow sans and Noto Sans Display, the pages in the serifs and DejaVu Sans Condensed, the Sanstha's papers
# in FreeSerif, DejaVu Serif Condensed, Noto Serif Display and Noto Sans Mono, the suppliers' bills in the
# office sans, the slips in three bold monos and two regular), the hand that fills in the printed forms in
# the serif italics and FreeSans Oblique (``heldout267_families.PENS``).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
]
PAPER_FACES = [
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
BILL_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
SLIP_FACES = [
    "freefont/FreeMonoBold.ttf",
    "liberation2/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Bold.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoMono-Regular.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_pay", worker_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout267_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout267 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

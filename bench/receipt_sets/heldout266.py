"""heldout266: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Cheriyal scroll painting and Nakashi mask and doll workshop's day in 2026 in
Siddipet district, Telangana (Cheriyal Nakashi Kalakarula Producer Company Ltd, a producer company of the
Nakashi painters of Cheriyal and the mask and doll makers of the villages round it; its workshop on Nakashi
Street, Cheriyal, Nakashi Chitrashala, where a primer coats the hand-spun khadi with tamarind seed paste,
white clay and tree gum, the painters tell the Markandeya, Gauda and Krishna stories panel by panel on scrolls
of up to 36 feet in natural colours, and the makers shape masks and dolls of village life out of sawdust,
tamarind paste and poniki wood, all paid by the piece from their artisans' passbooks or against a receipt on a
revenue stamp; the Kaki Padagollu storytellers who recite the scrolls; and its sales counter in the Nampally
Crafts Arcade, Hyderabad, Katha Pata Gallery, which sells to the city, to collectors and visitors, keeps a
stall at the Numaish at Nampally, runs a web shop and takes commissions from temples, hotels, schools and
interiors studios, and export orders), told by the proofs of payment it receives (buyers' Google Pay, WhatsApp
Pay, CRED, MobiKwik, YONO SBI and iMobile Pay screens, the Google Pay one forwarded to the gallery in a
WhatsApp chat, PayU's and CCAvenue's e-mails from the web shop, two devasthanams' printed proceedings, banks'
payment advices on behalf of a Banjara Hills hotel, a Jubilee Hills interiors studio and a school society,
a Gachibowli hotel's and a Mumbai export house's remittance advices, Razorpay's settlement, a Brooklyn, a
Berlin, a Melbourne, a Toronto, a Kyoto, a Stockholm, an Edinburgh and a Hong Kong buyer's remittances in US
dollars, euros, Australian and Canadian dollars, yen, Swedish kronor, pounds and Hong Kong dollars (an MT103
printout, a German payment advice, Payoneer's and Skydo's e-mails, the bank's e-mails of a remittance held and
one returned, DGFT's e-BRC), the workshop's and the gallery's receipt book pages, advance receipts for
commissions and the gallery's counter memo, buyers' cards on the gallery's, the Numaish stall's and the
workshop's terminals) and those it makes (the khadi society's, the Nirmal wood depot's and the box maker's
invoices endorsed with the payment, a tamarind trader's and a saw mill's Khatabook SMS, an art store's till
receipt, a framer's and a printer's Vyapar receipts forwarded in a chat, the branch's RTGS / NEFT forms, HDFC
Bank ENet's status pages and the banks' intimations to the landlord, the builder, the carrier, the auditors,
the stall fabricator, the web studio, the photographer and the guards, the painter's and the mask maker's
passbooks, the cloth primer's, the storyteller's and the doll maker's receipts, the payslips of the gallery's
assistant and the driver, Jupiter's UPI to the packer, MeeSeva's receipts for the Cheriyal Municipality's
trade licence and the Labour Department's shop registration, EPFO's ECR payment, GHMC's trade licence,
T-Wallet's property tax, the Commercial Taxes Department's SMS, the Pollution Control Board's and DGFT's
e-receipts, the insurers' receipts for the workshop and stock, the export cargo, the staff's health, the
gallery, the artisans' accidents, the pickup, the Numaish stall and the gallery's stock, its card at a filling
station on the Rajiv Rahadari, a Warangal hotel, an art store and a Nampally eatery, TGSPDCL's and TGNPDCL's
power, HMWSSB's water, Indane's gas, Airtel's postpaid, ACT's fibre, Jio's postpaid and Tata Play, the banks'
SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

Layouts ("new" is new against heldout264 and heldout265; the families' docstrings list each one's labels).
This set draws kinds of row the earlier sets do not: ruled tables whose every cell is boxed (a label | value
table, a ledger, a passbook, a payslip's earnings and deductions); labels over their values in boxes three to
a row; labels set right against a column of colons with the values after them; a receipt book's counterfoil
beside its receipt past a dashed cut; a printed form's blanks filled in by hand (italic on a dotted line); a
sum framed alone in a box; a payment's steps as a timeline with their hours.

* ``buyer_upi``: Google Pay and WhatsApp Pay as a card (the payee small-labelled on top, the sum large, the
  status, the day and hour unlabelled, then a box of labels over values), the Google Pay one forwarded in a
  WhatsApp chat; CRED and MobiKwik as a strip (the payee under "paid to", then labels over values three to a
  row: amount | paid on | via); YONO SBI's and iMobile Pay's e-receipt with the labels set right against a
  colon; PayU's and CCAvenue's e-mails with the gallery in a sentence and a ruled label | value table. All new
  here.

* ``buyer_advices``: a devasthanam's printed PROCEEDINGS of the Executive Officer (Rc. No. beside Dt., Sub:,
  Ref:, ORDER:, then PAYMENT PARTICULARS in a ruled table); a bank's payment advice sent on a payer's behalf
  ("We have been instructed by <payer> to pay you the amount below", the labels against a colon); a REMITTANCE
  ADVICE from a payer's books with its ledger in a ruled Date | Particulars | Debit (Rs.) | Credit (Rs.)
  table; Razorpay's settlement e-mail with its figures in boxes three to a row. All new here.

* ``export_wires``: the bank's printout of an incoming MT103 (the tag, its name small, the value, the :59:
  name over two lines); a Berlin museum shop's payment advice with each label in German and English
  (Empfaenger / Beneficiary, Betrag / Amount, Valuta / Value date); Payoneer's and Skydo's e-mails (the sum
  large over "received from <remitter>"); the bank's e-mail of a remittance held for its purpose code or
  returned; DGFT's e-BRC page as a ruled table. Euros the German way, yen whole, Swedish kronor the Swedish
  way. All new here.

* ``own_receipts``: a receipt book's page with its counterfoil past a dashed cut, the printed lines ("Received
  with thanks from", "the sum of Rupees", "by cash / cheque / UPI", "towards") and their blanks filled in by
  hand, the sum in a box and the unit's stamp; an ADVANCE RECEIPT for a commission (Receipt No. | Date |
  Commission No. in boxes, a Work | Size | Value table, Commission value, Advance received now, Balance on
  delivery); the gallery's counter memo with its labels in Telugu and English in Latin letters (Tedi / Date,
  Peru / Name, Vivaramu / Particulars, Sankhya / Qty, Dhara / Rate, Mottam / Amount, Chellimpu / Paid by,
  Andina mottam / Amount received in a box). All new here.

* ``supplier_invoices``: Khatabook's SMS from a trader without GST ("<business> has received Rs x from <you>
  via UPI ... Balance due"); an art store's thermal till receipt (the items over qty x rate, TOTAL, CARD SALE,
  APPR CODE, RRN); Vyapar's Payment-In receipt in boxes two to a row, forwarded by the supplier in a WhatsApp
  chat (new); and a TAX INVOICE whose payment is endorsed by hand in a printed box at its foot (Received Rs. /
  Cheque for Rs., by, on, Remarks; a part payment, a cheque subject to realisation and a cheque returned among
  them), after heldout265's and heldout264's invoices with the payment at the foot, in boxes filled in by
  hand.

* ``vendor_transfers``: the customer's copy of the branch's RTGS / NEFT application form, its boxes filled in
  by hand, FOR BANK USE with the UTR, the branch's stamp; HDFC Bank ENet's status page (Amount | Beneficiary |
  Mode in boxes, the steps of the payment as a timeline with their hours, then the labels against a colon);
  the bank's fund transfer intimation e-mailed to the payee. All new here.

* ``worker_pay``: the KALAKARULA PASSBOOK / ARTISAN'S PASSBOOK (Telugu and English heads over a ruled Date |
  Particulars | Work | Paid | Balance table with the payment on its own line); a RECEIPT on a revenue stamp
  signed by the payee ("Received from <company> the sum of ..."; Place beside Date; the stamp's box; Name and
  Address under the signature); a payslip from the payroll app (the summary in labels over values, Employee
  net pay in a box, a ruled Earnings | Amount | Deductions | Amount table); Jupiter's UPI screen with the
  payment's steps. All new here.

* ``govt_fees``: MeeSeva's payment receipts (the department under MeeSeva, the fee and the User charges);
  EPFO's ECR payment receipt (a ruled table, the accounts in boxes three to a row); GHMC's trade licence page;
  T-Wallet's receipt; the Commercial Taxes Department's SMS; the Pollution Control Board's ruled e-receipt;
  DGFT's e-receipt against a colon. All new here.

* ``insurer_receipts``: an e-mail with the premium received (or the payment failed) in a sentence and labels
  over values in boxes three to a row; the insurers' SMS in Star Health's and Chola MS's wordings; the
  insurer's app with a card of labels over values in a box (new); and a printed PREMIUM RECEIPT with Receipt
  No. | Receipt date | Policy No. and Premium (net) | GST @ 18% | Total premium in boxes and a "Received with
  thanks" sentence, after heldout265's printed premium receipt.

* ``card_slips``: a slip whose fields sit as labels over values three to a row (DATE | TIME | BATCH, TID | MID
  | INVOICE, CARD | EXP | ENTRY, APPR CODE | RRN, RATE | VOLUME | VEHICLE, ROOM | FOLIO | NIGHTS, BASE | TIP |
  TABLE) with the sum in a box beside TOTAL AMOUNT; a bank EMI slip (EMI DETAILS: SALE AMOUNT, TENURE,
  INTEREST RATE, EMI AMOUNT, TOTAL AMT PAYABLE, PROCESSING FEE); Mswipe's tap-on-phone receipt on the
  workshop's phone. All new here.

* ``utility_bills``: TGSPDCL's and HMWSSB's web receipts against a colon; TGNPDCL's cash collection receipt
  from the ERO counter as a ruled table; Google Pay's Bharat Connect receipt as a card; CRED's bill payment as
  a strip three to a row; Jio's and Tata Play's SMS in their wordings (new); and ACT Fibernet's e-mail
  sentence over boxes three to a row, after heldout265's Airtel e-mail.

* ``bank_alerts``: SMS in a messages app in HDFC Bank's (one line a field: Sent Rs.x / From / To / On / Ref),
  Axis Bank's (the narration UPI/P2M/<ref>/<payee>), Canara Bank's, Bank of Baroda's, Telangana Grameena
  Bank's and Punjab National Bank's wordings; Federal Bank's e-mail sentence over boxes and Yes Bank's alert
  against a colon. All new here.

The faces are among those the earlier sets draw in, in another mix (SCREEN_FACES, PAGE_FACES, PAPER_FACES,
MIXED_FACES and SLIP_FACES below: DejaVu Sans and its bold condensed, Liberation Sans 1, the serifs of DejaVu,
Noto, Liberation 1 and FreeFont, the sans and serif mixed for the families that are part paper and part
screen, and the bold monos on the slips), with their bold and italic faces for table heads, sums and the
blanks filled in by hand. The Numaish stall's EMI slip is drawn in the Numaish's days (1 January to 15
February 2026) and the floater for its 2027 stall in the first half of December 2026; the other days anywhere
in 2026. GST is 5% on the scrolls (HSN 9701) and the masks and dolls (HSN 4420).

Truth conventions (heldout265's and those it kept, kept where they say *settled*; the cases this set adds are
marked *settled* (new here)):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee *settled* (new
  here) on top under its small Paid to / Paying / To (Google Pay, WhatsApp Pay; the card's "To: <payee>" the
  same), under "paid to" / "paying to" / "to" on a strip, beside Payee Name on an e-receipt; never the UPI ID
  under To or beside Payee VPA / to UPI ID, the From / from / Debit Account / Payer VPA, the app or the bank
  on top, or the WhatsApp chat's contact (the buyer) or its bubbles. A web gateway's e-mail pays the shop
  named in its sentence ("Your payment to <shop> has been processed", "Thank you for shopping with <shop>")
  and beside Merchant Name *settled* (new here), never PayU or CCAvenue on top, the sender, the footer, the
  buyer in the salutation or Ship to. *settled* (heldout167 to heldout265): a payer's advice pays the one it
  pays, never the payer on top; here *settled* (new here) the Name of the payee in a proceedings' PAYMENT
  PARTICULARS (never the devasthanam on top, the Executive Officer, the Copy to line or the stamp), the
  Beneficiary Name of a bank's payment advice (never the bank on top or the payer in its sentence), the name
  after "M/s" under "To," on a remittance advice (without the "M/s"; never the payer on top or its signatory),
  and the Business name of Razorpay's settlement (never Razorpay). *settled* (heldout155 to heldout265): an
  inward wire pays the company, here *settled* (new here) the name under an MT103's :59: Beneficiary customer
  read across its two lines (never the :50K: Ordering customer, the Sender or the bank on top), Empfaenger /
  Beneficiary on the German advice (never the payer on top or in its regards), Payoneer's Received by, Skydo's
  Account holder, the bank's e-mail's Beneficiary and the e-BRC's Exporter name; never the remitter after
  "received from" or beside Paid by / Remitter / Remitter name, or DGFT. *settled* (heldout175 to heldout265):
  the company's own receipt pays the trade name on top, so the workshop's receipts pay Nakashi Chitrashala and
  the gallery's Katha Pata Gallery (capitals where so printed), *settled* (new here) the unit on top of a
  receipt book's receipt (never the party in the blank after "Received with thanks from", the counterfoil's
  From:, the "A unit of" line, "For <unit>" or the stamp), never the party beside Received from on an advance
  receipt or Peru / Name on the memo. A supplier's name on top of its own paper (the invoice, the till
  receipt, the Vyapar receipt, whose chat's contact is the same supplier), never the company beside Buyer or
  Received From or the stamp; *settled* (new here) a Khatabook SMS pays the business named at its head
  ("<business> has received Rs x from ..."), never Khatabook, the sender id or the payer after "from".
  *settled* (heldout179 to heldout265): a banking page pays the payee, here *settled* (new here) Beneficiary's
  name on the branch's RTGS / NEFT form (never Remitter's name), the Beneficiary box of ENet's status page
  (truncated as printed), and the Beneficiary of an intimation, the one after "to the account of" (never the
  company that transferred or the bank). *settled* (heldout150 to heldout265): a pay slip pays the worker,
  here *settled* (new here) the name after "Peru / Name:" on a passbook (never the Member No. beside it),
  "Name: <payee>" under the signature of a revenue-stamp receipt (never the company after "Received from"), a
  payslip's Employee name (never the company on top or the Designation) and the name after "to" under
  Jupiter's sum (never To UPI ID or From). *settled* (heldout153 to heldout265): a fee page pays the authority
  on top as printed, here Greater Hyderabad Municipal Corporation / GHMC, Employees' Provident Fund
  Organisation / its capitals, Telangana State Pollution Control Board / its capitals and Directorate General
  of Foreign Trade / DGFT; *settled* (new here) a MeeSeva receipt pays its Department (Cheriyal Municipality /
  CHERIYAL MUNICIPALITY, Labour Department, Telangana / Commissioner of Labour, Telangana), never MeeSeva on
  top, the centre or the Applicant; T-Wallet's receipt its Paid to, never T-Wallet; the Commercial Taxes
  Department's SMS the department named in "has been received by the <department>", never the sender id.
  *settled* (heldout199 to heldout265): an insurer's receipt pays the insurer on top (full name, capitals
  where so printed; the app's title short or long as printed: HDFC ERGO General Insurance Co. Ltd / HDFC ERGO
  General Insurance, Universal Sompo General Insurance Co. Ltd / Universal Sompo General Insurance), never the
  product line, the office line or the company in a "Received with thanks from" sentence; *settled*
  (heldout264) an insurer's SMS the insurer as it names itself, here Star Health (its sign-off) and Chola MS
  (its head), never the sender id. A slip's counter name line in capitals (the gallery's, the Numaish stall's
  and the workshop's own counters on four; the filling station, the hotel, the art store and the eatery on the
  rest), never the terminal's brand or bank (*settled* (new here) PINE LABS, HDFC BANK, MOSAMBEE, AXIS BANK,
  INNOVITI, ICICI BANK, YES BANK) or the place line; Mswipe's Merchant, never Mswipe. A utility's biller
  *settled* (new here) on top of its own page or receipt (short or long as printed: TGSPDCL / Southern Power
  Distribution Company of Telangana Ltd, TGNPDCL / Northern Power Distribution Company of Telangana Ltd,
  HMWSSB / Hyderabad Metropolitan Water Supply and Sewerage Board, ACT Fibernet / Atria Convergence
  Technologies Ltd), on top of Google Pay's card (Indane Gas / Indian Oil Corporation Ltd (Indane)), CRED's
  biller cell, and the SMS's sign-off (Jio, Tata Play); never the app, Bharat Connect, Consumer name or Name.
  An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's
  full stop), *settled* (new here) HDFC Bank's "To <payee>" line, Axis Bank's narration's last part
  (UPI/P2M/<ref>/<payee>), Canara Bank's "towards NEFT to <payee>.", Bank of Baroda's "to <payee> (Ref",
  Punjab National Bank's "to <payee> on"; Telangana Grameena Bank's "credited to a/c no. XXXXXX5678" names no
  payee (None, as heldout264's State Bank of India "by transfer"); Federal Bank's Beneficiary box and Yes
  Bank's Beneficiary name; never the bank or the sender id.

* amount / currency: the sum this payment moved. A UPI screen's *settled* (new here) sum large, a strip's
  amount, an e-receipt's Amount; a gateway's Order Amount / Amount. *settled* (heldout152 to heldout265): a
  payer's advice counts its net sum, *settled* (new here) a proceedings' Net amount paid (never the Bill
  amount or Less: TDS u/s 194C @ n%), a bank advice's Amount, a remittance advice's Amount paid / Cheque
  amount (the ledger's To NEFT / To Cheque line the same; never the By Bill No. credit, the To TDS line or the
  Total), Razorpay's settled sum in its sentence (never the Gross amount, the Fees or the GST on fees).
  *settled* (heldout155 to heldout265): an inward wire's foreign sum, *settled* (new here) an MT103's raw
  :32A: (the value day as YYMMDD, the currency, the sum with a decimal comma: 260127USD10640,00 is 10640.00
  dollars, the yen's with nothing after the comma), never its :33B: Currency / instructed amount or :71F:
  Sender's charges; Betrag / Amount on the German advice, in euros the German way (a dot between the
  thousands, a decimal comma: 1.060,00 EUR, EUR 1.060,00 and 1.060,00 with the euro sign are 1060.00);
  Payoneer's and Skydo's sum large (never You get (INR) or the FX rate); the bank's e-mail's Amount; the
  e-BRC's Realised value (FCY) with its Currency row (never the Realised value (INR)); in US dollars (USD /
  US$), Australian dollars (A$ / AUD), Canadian dollars (C$ / CAD), yen whole (heldout264's: JPY 1,245,000,
  the yen sign where the face draws it, 1,245,000 JPY), Swedish kronor the Swedish way (*settled* (new here) a
  space between the thousands and a decimal comma: 119 676,20 kr and SEK 119 676,20 are 119676.20), pounds
  (the sign or GBP) and Hong Kong dollars (HK$ / HKD). *settled* (heldout175 to heldout265): a receipt counts
  the sum received, *settled* (new here) a receipt book's sum in its box (its counterfoil's Rs. the same), an
  advance receipt's Advance received now (n%) (never the Commission value (incl. GST @ 5%), the Balance on
  delivery or the Work's Value), the memo's Andina mottam / Amount received (its Mottam / Total the same;
  never a row, CGST @ 2.5%, SGST @ 2.5% or Round off). A whole sum closed with /- (Rs.20,578/-) is that sum in
  whole rupees (heldout259). *settled* (heldout187 to heldout265): a supplier's paper counts the sum paid,
  *settled* (new here) the hand-filled Received Rs. / Cheque for Rs. of an invoice's endorsement (a part
  payment less than its Invoice total, the balance in its Remarks; never the Invoice total, the Taxable value
  or the GST), a Khatabook SMS's "has received Rs x" (never the Balance due), a till's TOTAL (never TAXABLE,
  CGST 9%, SGST 9% or a line), Vyapar's Amount Received. A banking page's *settled* (new here) Amount (Rs.) on
  the branch's form, the Amount box on ENet's page, the intimation's Amount. *settled* (heldout167 to
  heldout265): a pay slip's net sum, *settled* (new here) the Paid (Rs.) on a passbook's payment line (the
  work lines' sum with the B/f balance; never a work line or the Balance), the sum in a revenue-stamp
  receipt's sentence, a payslip's Employee net pay / Total net payable (never the Gross earnings, a deduction
  or the Total deductions), Jupiter's sum large. A fee page's *settled* (new here) MeeSeva Total Amount (the
  fee with the User charges; never the fee or the User charges alone), EPFO's Total amount (never A/c 1, 2,
  10, 21 or 22), GHMC's Amount, T-Wallet's sum large, the SMS's sum, the Pollution Control Board's Total fee
  paid, DGFT's Total paid (the fee with the GST on it); never a head. *settled* (heldout199 to heldout265): an
  insurer's premium with its GST, *settled* (new here) the Total premium box, an e-mail's sum in its sentence
  (its Total premium box the same; never the Net premium, Premium (net) or GST @ 18%), the SMS's sum, the
  app's Premium paid (incl. GST). A slip's *settled* (new here) sum boxed beside TOTAL AMOUNT (at the eatery
  the BASE with the TIP; never the BASE or the TIP alone, RATE or VOLUME); an EMI slip's SALE AMOUNT (never
  the EMI AMOUNT, the TOTAL AMT PAYABLE or the PROCESSING FEE); Mswipe's sum large. A utility's Amount paid /
  Amount, the sum large, CRED's amount, ACT's sentence's sum (its Amount paid box the same), the SMS's sum. An
  alert's sum debited as worded, grouped the Indian or the English way or not at all; never Total Avail.bal or
  Available balance. Currency INR but on the wires.

* status: as printed. *settled* (new here): a UPI screen's Completed / Payment successful / payment successful
  / money sent / SUCCESS successes, Processing - your bank has not confirmed yet pending, payment failed -
  amount, if debited, will be refunded in 48 hours failed; a gateway's Order Status: Successful / Success /
  Status: Payment successful successes. A proceedings' PAID - ENTERED IN THE CASH BOOK, a bank advice's
  Status: Credited to the beneficiary / Payment credited, a remittance advice's PAID - CREDITED TO YOUR
  ACCOUNT / PAYMENT RELEASED and Razorpay's "has been settled" successes; a bank advice's Status: Returned -
  not credited failed; *settled* (heldout167 to heldout265) a cheque received and not yet cleared pending, a
  cheque returned failed, so CHEQUE SENT BY COURIER - SUBJECT TO REALISATION pending. A wire's Status:
  Credited - IRM generated / Credited to your account, ausgefuehrt / executed, Payment received / Completed /
  Payment received - settling to your bank and e-BRC generated successes, Held - purpose code and invoice
  awaited pending, Returned - beneficiary name differs failed. A receipt book's printed "Received with thanks
  from" success, Subject to realisation of the cheque pending, CHEQUE RETURNED UNPAID - THIS RECEIPT IS
  CANCELLED failed; ADVANCE RECEIVED - THE WORK BEGINS / RECEIVED WITH THANKS - PAINTING BEGINS THIS MONTH
  successes and CHEQUE RECEIVED - THE WORK BEGINS ON REALISATION pending; the memo's CHELLINCHARU - PAID
  success. An endorsement's In full - thank you / Part payment - balance Rs. x successes, Subject to
  realisation of the cheque pending, Cheque returned unpaid - please pay again failed; Khatabook's "has
  received" and Vyapar's Received successes; a till's APPROVED - THANK YOU / PAID BY CARD - THANK YOU. A
  branch form's Remarks: Transferred and an intimation's Status: Credited successes; ENet's Credited to the
  beneficiary / Status: Completed successes, Awaiting the second authoriser pending (keyed, not yet
  authorised), Returned by the beneficiary's bank - account closed failed. A passbook's CHELLINCHINADI - PAID,
  BALANCE NIL, a revenue-stamp receipt's "Received from ..." and a payslip's Salary credited to your bank
  account / Status: Paid successes, Salary credit failed - your account is inactive; we will pay again failed;
  Jupiter's Payment pending / Waiting for the bank pending. A fee page's Paid - application forwarded to the
  department, Payment confirmed, the SMS's "has been received", Success - fee received and Payment successful
  successes, Payment initiated - confirmation awaited from the bank, do not pay again pending, Transaction
  failed - not enough balance in your T-Wallet failed. An insurer's PREMIUM RECEIVED - POLICY IN FORCE, "We
  have received your premium", the SMS's "received" and Payment successful - policy issued / Premium paid
  successes, COVER HELD SUBJECT TO REALISATION OF THE CHEQUE pending, "could not be completed" failed. A
  slip's APPROVED / TXN APPROVED - PIN VERIFIED / APPROVED - THANK YOU / Payment received / Approved
  successes, NO RESPONSE FROM BANK - DO NOT RETRY pending, DECLINED - 51 INSUFFICIENT FUNDS failed. A
  utility's Payment successful / Bill paid / PAID - THANK YOU / Completed / bill paid / payment successful,
  ACT's "We have received your payment" and Tata Play's "Recharge ... done" successes, Payment under process -
  do not pay again for 24 hours pending, Jio's "has failed" failed. *settled*: an SMS debit alert a success
  whatever its bank's wording; *settled* (new here) Bank of Baroda's "is under process" pending, Punjab
  National Bank's "has FAILED" failed; the e-mails' "has been debited" and Status: Successful successes.

* date: the day paid. *settled* (new here): a UPI card's day and hour with no label under the status (11 Apr
  2026, 21:01), a strip's paid on / started on / tried on (28/08/26 is 2026-08-28), an e-receipt's Transaction
  Date & Time, a gateway's Transaction Date. A proceedings' Paid on / Date of payment in its PAYMENT
  PARTICULARS, never *settled* (new here) the Dt. beside its Rc. No. (the day of the order) or the "dt." of a
  quotation or a resolution; a bank advice's Value Date / Returned on; a remittance advice's payment line's
  Date (its To TDS line the same), never the By Bill No. line's (heldout246's bill listed); Razorpay's Settled
  on. An MT103's raw :32A: (260127USD10640,00 is 2026-01-27, as heldout265's MT910), Valuta / Value date
  (25.08.2026), Payoneer's Date, Skydo's Received on, Held since / Returned on, the e-BRC's Realisation date.
  A receipt book's Date: beside its No. (the counterfoil's the same; a Date: left blank prints no day), an
  advance receipt's Date box, the memo's Tedi / Date. An endorsement's hand-filled "on", never *settled* (new
  here) the invoice's own Date above it; Khatabook's "on <day>", the till's day beside BILL:, Vyapar's Date
  box. A branch form's Date box, ENet's day on its timeline's steps, an intimation's Date / "on <day>". A
  passbook's payment line's date (never a work line's or the B/f line's), a revenue-stamp receipt's Date:
  beside Place:, a payslip's Pay date, never *settled* (new here) its Pay period or the month in its title,
  Jupiter's day and hour under the steps. A fee page's Paid on / Transaction Date / Date of payment, Initiated
  on on the one pending, Attempted on on the one failed, the SMS's "on <day>"; EPFO's receipt prints no day
  (never the Wage month). An insurer's Receipt date box, Attempted on, the SMS's "on <day>", the app's Paid
  on; never the Policy period. A slip's DATE box (23/01/26 is 2026-01-23) or DATE:, Mswipe's Date & time. A
  utility's Paid on / Payment date / Initiated on / Date & time, ACT's "on <day>", Jio's "attempted on <day>";
  never a Bill month, Next bill on or Tata Play's "next recharge is due on". The SMS alerts' day (HDFC Bank's
  "On 22/04/26", Axis Bank's "15-06-26, 21:59:05" line, Canara Bank's "on 26/02/2026", Bank of Baroda's,
  Telangana Grameena Bank's and Punjab National Bank's "on <day>") and its divider's where it prints one; Yes
  Bank's Date. All numeric days here are day first (heldout251, heldout259). *settled*: never a Due date, a
  Cheque dt., a Period of insurance, an invoice number's or a slip number's financial year or an e-mail's
  hour, the day inside a UTR (heldout210) or inside an app's or a terminal's transaction id (heldout265).

* payment_method: "netbanking" for NEFT / RTGS / IMPS (a payer's advice, Razorpay's settlement UTR, an advance
  receipt's NEFT / RTGS, Vyapar's Bank (NEFT), the banking pages, a payslip's Bank transfer (NEFT), the
  alerts' NEFT / RTGS / IMPS), a SWIFT remittance either way (*settled* (new here) an MT103, Zahlungsart /
  Payment type SWIFT (SHA), Channel SWIFT MT103, the e-BRC's Mode of realisation SWIFT), *settled* (new here)
  Skydo's "Bank transfer to your Skydo SEK account", a gateway's Net Banking - <bank>, a fee or a premium paid
  by Net banking and the Commercial Taxes Department's "paid through net banking"; *settled* (heldout265)
  "wallet" for PayPal, here *settled* (new here) Payoneer (Received by, the money in the Payoneer balance) and
  T-Wallet (Paid from T-Wallet balance); UPI for the UPI screens, a gateway's UPI Intent, a receipt book's, a
  memo's, a passbook's or a receipt's UPI, Khatabook's "via UPI", Vyapar's Payment Type UPI, a fee, a premium
  or a bill paid by UPI, Tata Play's "using UPI" and the UPI alerts; card on slips, the EMI slip, Mswipe's
  tap, a gateway's Credit Card / Debit Card, the memo's and the till's card, a premium by card or Debit card
  and ACT's Debit card; cheque for a cheque received, returned or sent (*settled* (new here) never the branch
  form's Cheque No. (for the debit) of a NEFT / RTGS, which is netbanking); cash for a receipt book's, a
  passbook's, a revenue-stamp receipt's, an endorsement's, a MeeSeva or an ERO counter's cash. *settled*
  (heldout264): None where the page names no way (here Jio's SMS).

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout265): a UPI
  reference / UTR / RRN / IMPS reference (*settled* (new here) UPI transaction ID / UPI Ref. No. on a card,
  UTR / bank reference no. / UPI ref no on a strip, UPI Reference No. (UTR) / UTR No. / Bank Reference No.
  (iMobile Pay's) / UPI RRN on an e-receipt, a gateway's Bank Ref. No. on UPI, an advice's UTR No. / IMPS Ref.
  No. / UTR, Razorpay's UTR, a receipt book's "UPI, Ref.", an advance receipt's UTR, the memo's UPI Ref.,
  Khatabook's UPI Ref, a till's RRN, Vyapar's Ref. No., a form's UTR No., ENet's and an intimation's UTR, a
  passbook's or a receipt's UPI Ref. No., a payslip's UTR, Jupiter's UPI Ref No, MeeSeva's UPI Ref., the
  Pollution Control Board's UPI Ref. No., Star Health's Txn Ref, an insurer's UPI ref. No., a slip's RRN, a
  utility's UPI Ref. No. / UPI transaction ID / UTR, the alerts' Ref / UPI/P2M/<ref> / UPI Ref no / UPI Ref /
  UTR), then a bank reference (*settled* (new here) a gateway's Bank Ref. No. on a card or net banking, an
  MT103's Inward ref. No., the bank's e-mail's Inward ref. No., the e-BRC's IRM No., Bankreferenz / Bank
  reference, ENet's Reference No., a failed payslip's Payment ref., EPFO's and DGFT's Bank ref. No., a
  utility's Bank ref. No. and Bharat Connect ref. No., an insurer's Bank ref. No.), then a transaction /
  payment id (*settled* (new here) the payer's app's own Google transaction ID / CRED transaction ID /
  MobiKwik order ID / Transaction ID (YONO SBI's, iMobile Pay's) / WhatsApp payment ID, PayU ID / CCAvenue
  Reference No., Razorpay's Settlement ID (setl_...), Payoneer's Payment ID, Skydo's and Jupiter's txn ids,
  MeeSeva's, GHMC's, T-Wallet's and the Pollution Control Board's Transaction ID, EPFO's TRRN, DGFT reference
  No., an insurer's Transaction ID / Transaction ref., Mswipe's Txn ID, a utility's Transaction ID / CRED txn
  ID / Txn ID in Jio's and Tata Play's SMS), then an approval code (the memo's Approval code, a till's or a
  slip's APPR CODE, Mswipe's Auth code), then an order's number (*settled* (new here) CCAvenue's Order No. and
  PayU's Transaction ID, the shop's order number), then a document's own number (*settled* (new here) a
  proceedings' Rc. No., a bank advice's Remitter Reference, a Voucher No., Zahlungsnr. / Payment No., an e-BRC
  No., a receipt book's No., a Receipt No., the memo's Bill No., an invoice's Invoice No., a till's BILL:, a
  slip's INVOICE). *settled*: never a card, account or mobile number, a UPI ID or VPA (Payee VPA, Payer VPA,
  to UPI ID), IFSC, GSTIN, a Cheque No., a Purpose code, the bills listed on an advice (By Bill No.), the
  MT103's :20: Sender's reference, a UETR or the invoice in :70: / Verwendungszweck / Description; never
  *settled* (new here) a Commission No., a Member No., an Employee ID, an Establishment ID, an IEC, an
  Application No., a Licence No., an Assessment No., an LPG ID, a Booking No., a Unique Service No., USC No.,
  Service No. or CAN No., an Account No., a Subscriber ID or Jio Number, a Policy No., a slip's TID / MID /
  BATCH, the VEHICLE, ROOM, FOLIO or TABLE."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout266_families import (
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

SPLIT = "heldout266"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's font
# packages: faces the earlier sets draw in, in another mix (DejaVu Sans and its bold condensed and Liberation
# Sans 1 on the screens, the serifs of DejaVu, Noto, Liberation 1 and FreeFont on the pages and paper, sans
# and serif mixed for the families that are part paper and part screen, the bold monos on the slips); the
# rows' bold and italic cells draw in each face's own bold and italic.
SCREEN_FACES = [
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
]
PAPER_FACES = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
]
MIXED_FACES = [
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMonoBold.ttf",
    "noto/NotoSansMono-Bold.ttf",
    "liberation/LiberationMono-Bold.ttf",
]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, MIXED_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("worker_pay", worker_pay, MIXED_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout266_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout266 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

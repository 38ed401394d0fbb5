"""heldout159: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sports goods store and sports academy's day in 2026 in Mysuru (Boundary Line Sports, the
shop on Sayyaji Rao Road, run by Boundary Line Sports LLP; Boundary Line Sports Academy, its cricket nets and
badminton courts in Vijayanagar 2nd Stage, and Boundary Line Turf, its football turf in Bogadi 2nd Stage, both run by
Boundary Line Academy Pvt Ltd), told by the proofs of payment it receives (parents' and players' UPI for coaching
fees, nets and slots, players' bookings through Playo, Hudle, TurfTown and the booking apps' payouts to the venue, the
shop's card slips, its own fee, camp, clinic, kit and turf hire paper, visiting teams' entries to its own cups, the
sponsors' advices, transfers and payments) and those it makes (the equipment suppliers' and contractors' bills and the
transfers, alerts and cheques that paid them, the coaches', the physiotherapist's, the groundsman's and an umpire's
pay, tournament entry fees, the sports federations' and associations' fees, a refund to a parent, the bowling machine
loan's EMI, floodlight electricity, water, the turf land's rent and the coaching software). One payment per page.

* ``fee_upi``: a parent or a player paying the academy or the turf from a UPI app (Google Pay, PhonePe, Paytm, BHIM,
  CRED, Amazon Pay, Navi UPI, WhatsApp; the app's title on its band with a line under it, dark on CRED and on some):
  the outcome (a tick on some), the sum large, the payee (Boundary Line Sports Academy, Boundary Line Turf, with " -
  Vijayanagar" / " - Bogadi", or Boundary Line Academy Pvt Ltd; in capitals on some) under To / Paid to / Sent to /
  paid to (Paying to / Payment to / to on the failure and the wait) over its handle (UPI ID: / VPA:), the UPI
  reference (UPI transaction ID / UPI Ref No / UTR / UPI Ref. No. / UPI Reference No. / UPI Transaction ID / UPI ref
  no / UTR number) and the app's own id on some (Google transaction ID, PhonePe's Transaction ID T..., CRED txn id,
  Navi's Transaction ID), Date & time / Paid on / Date / Transaction date / Paid at, Failed on / Attempted on,
  Initiated on / Started on, Debited from / Paid from / From / paid via, Payer on some, Note / Message / Remarks
  (Aarav cricket fee Jun, Cricket U-14 quarterly fee, Turf 7-8 pm booking, Nets lane 2 - 1 hr) on most; Payment
  successful / Completed / Transaction Successful / Paid Successfully / Transaction successful / payment successful /
  payment failed / Payment pending at bank.
* ``court_bookings``: five players' bookings of a slot at the turf or the academy's courts (Playo's app and e-mail,
  Hudle's app and web page, TurfTown's app: the app on top or on its band, Booking confirmed / Booking successful /
  Slot booked - payment successful / Payment failed - slot released / Booking failed - payment declined, the sum paid
  large, Venue / Booked at / Venue name (the turf or the academy), its locality, Sport, Court / Pitch / court /
  Facility, Slot (its day and hours), Booked by / Player, Slot price / Court price / Turf fee, Convenience fee, GST on
  fee @ 18%, Offer (PLAY100) on some, Total paid / Amount paid; on the advance booking Advance paid online (25%),
  Payable at venue and Paid online; Paid via / Payment mode UPI or a card, Booking ID, Payment ID / Transaction ID,
  UPI Ref No / UTR or Auth code, Booked on / Paid on / Attempted on) and three payouts of a week's bookings to the
  venue (KheloMore's e-mail, the Playo Partner app, Hudle's venue dashboard in a browser: the app on top, Payout
  statement / Settlement summary / Weekly payout advice, Payout credited / Settled / Paid / Payout initiated - UTR
  awaited (a Status row on the mail, the sum large on the app), Payout to / Venue partner / Paid to (the turf or the
  firm), Venue ID / Partner code, Bookings between, Bookings (n) and their gross, Less: Commission (n%), Less: GST @
  18% on commission, Less: TDS u/s 194-O (0.1%), Less: TCS under GST (0.5%) on some, Net payout / Amount credited /
  Net payable, Bank account, Mode NEFT / IMPS, Payout ID, UTR / IMPS Ref No. / IMPS Reference No. / RRN, Credited on /
  Settled on / Initiated on).
* ``store_card``: the shop's card terminal slip (Pine Labs, Paytm, Razorpay POS, HDFC Bank, Mswipe, ICICI Bank,
  PhonePe, Worldline; monospace): the maker on top on some, the shop in capitals (BOUNDARY LINE SPORTS, BOUNDARY LINE
  SPORTS MYSURU or BOUNDARY LINE SPORTS LLP), SAYYAJI RAO ROAD, MYSURU, SALE / CARD SALE / EMI SALE / UPI SALE,
  DT:<day>  TM:<hour> on one row or DATE: and TIME: or TXN DATE:, MID: / MERCHANT ID:, TID:, BATCH NO:, INVOICE NO: /
  BILL NO:, CARD NO:, CARD TYPE:, EXP: XX/XX, ENTRY: CHIP / CONTACTLESS / SWIPE, AID: on some, APPR CODE: / AUTH CODE:
  and RRN: / REF NO: on the approved; the UPI slip's MODE: UPI - DYNAMIC QR, PAYER VPA:, UPI TXN ID:, UPI RRN:; the
  bank EMI slip's ISSUER:, TENURE:, INTEREST RATE:, SALE AMT:, EMI AMT:, TOTAL AMT PAYABLE: and "PROCESSING FEE AS PER
  BANK"; the surcharged slip's BASE AMT:, CONV FEE (1.50%):, GST ON FEE:, TOTAL AMT:; AMOUNT: / SALE AMT: / TOTAL: on
  the rest (INR, RS, Rs. or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED with RESP CODE: 51
  INSUFFICIENT FUNDS (55, 05, 54) / UPI TXN PENDING with "CHECK STATUS BEFORE HANDING OVER GOODS".
* ``academy_paper``: the business's own paper (serif; the academy, the turf or the shop on top, its trade name, with
  its locality or the firm, in capitals on some, its line, address, GSTIN and phone): a FEE RECEIPT / COACHING FEE
  RECEIPT (Receipt No. / Rcpt. No., Date, Student, Parent / Received from, Batch, Term, Coaching fee n x rate, Ground
  & ball charges, CGST and SGST @ 9%, Total, Amount received / Received, UPI and its reference), a SUMMER CAMP -
  ADMISSION CUM FEE RECEIPT (Camper, Age group, Sport, Camp fee, T-shirt & cap, Amount received, cash), an INSTALMENT
  RECEIPT - ANNUAL COACHING (Instalment 2 of 3, Annual coaching fee (incl. GST), Cheque amount, Cheque No. / Chq. No.,
  Cheque date / Chq. dt., Drawn on, Return reason, "Cheque return charges of Rs 500 are payable with the next
  instalment."), the shop's TAX INVOICE / TAX INVOICE CUM RECEIPT (Invoice No. / Inv. No., Customer, the kit n x rate,
  Taxable value, CGST and SGST @ 2.5%, Round off, Invoice total, Amount received, a card with its Auth Code / Approval
  Code and RRN), the turf's TAX INVOICE CUM RECEIPT - TURF HIRE to a company (Bill to M/s <company>, GSTIN of client,
  Slots in <month>, Corporate league slots n x rate, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2%, Net
  amount received / Received (net of TDS), NEFT and its UTR), an ANNUAL FEE RECEIPT by cheque, a WEEKEND CLINIC
  RECEIPT / CLINIC FEE RECEIPT (Participant, Clinic, Fee, Amount received, cash; no number) and a REFUND VOUCHER / FEE
  REFUND VOUCHER (the academy on top: Voucher No. / Refund voucher No., Refund to / Paid to / Payee the parent,
  Student, Reason, Fee paid for the term, Less: Sessions attended (n x rate), Less: Kit issued, Refund amount / Net
  refund, UPI or NEFT and its reference); the sum in words, the word in a row and in the rubber stamp (ACCOUNTS /
  FRONT OFFICE): RECEIVED WITH THANKS / PAID / PAYMENT RECEIVED / REFUNDED / CHEQUE RETURNED UNPAID / CHEQUE RECEIVED
  - SUBJECT TO REALISATION.
* ``supplier_bills``: the suppliers' and contractors' paper (the supplier on top, in capitals on some, its line,
  address and GSTIN): Meerut Willow Works' bats, Jalandhar Ball House's footballs and cones and Shuttle Zone
  Distributors' shuttles and racquets to the shop, Tiruppur Teamwear Co.'s jerseys, GreenPitch Turf Care's SERVICE
  BILL / TAX INVOICE - SERVICES (turf grooming, infill, seam repair; Less: TDS u/s 194C @ 2%), Flexnet Sports Nets'
  nets and machine service, Chamundi Trophies & Medals' DELIVERY CHALLAN CUM BILL / CASH BILL (cash, no number) and
  Lumen Floodlight Solutions' LED floodlights (RTGS) to the academy and the turf: Invoice No. / Bill No., Date / Inv.
  date, Bill to / Buyer M/s <firm> (<place>) and its GSTIN, the lines n x rate, Taxable value / Sub total, IGST @ 5%
  or 18% from Uttar Pradesh, Punjab and Tamil Nadu, CGST and SGST at half from Karnataka, Round off, Invoice total /
  Bill total, Amount received / Received / Paid / Received (net of TDS), Mode / Paid by and its UTR or UPI reference,
  or Payment attempted UPI - declined with Amount due / Balance payable, or Cheque received with Cheque No. and Bank;
  PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI DECLINED - AMOUNT DUE / CHEQUE DEPOSITED - SUBJECT TO
  CLEARANCE, the supplier's rubber stamp on some.
* ``bank_transfers``: the business paying its suppliers, its turf contractor, a bus operator and a caterer from its
  business banking (HDFC Bank NetBanking's RTGS, Kotak Business Banking, Axis Bank neo for Business and Karnataka Bank
  Corporate NetBanking in a browser; ICICI InstaBIZ, YONO Business, Canara ai1 and IDFC FIRST Business on a phone):
  the title (on its band on an app) and Fund transfer / <mode> - other bank / Pay beneficiary, Transaction
  acknowledgement / Fund transfer - confirmation on the web, Transaction Successful / Funds transferred successfully /
  <mode> transfer successful / Returned by beneficiary bank - account closed / <mode> transfer failed / Pending at
  beneficiary bank / <mode> under process, the sum large on an app or Amount / Transfer amount / Amount (INR), the
  payee (in capitals on some) under Beneficiary / Beneficiary name / Payee / Pay to, Beneficiary A/c / Account No.,
  IFSC, Transfer mode / Mode / Payment type, Charges (incl. GST) and Total debit on some web pages, UTR / UTR No. /
  <mode> UTR / IMPS Ref No. / IMPS Reference No. / RRN and Reference No. / Transaction ID / Txn Ref No. on some (Bank
  Ref. No. / Bank Reference No. alone on the page without a day), Transaction date / Value date / Transferred on /
  Returned on / Failed on / Initiated on, Debit account / From (the firm), Remarks / Narration / Purpose (Bats - inv
  26-27/0445, Team bus - away match), Maker / Checker on the web.
* ``coach_pay``: the academy paying its people: a PAYMENT VOUCHER (the academy or its firm on top: Voucher No. / V.
  No., Date, Paid to the head cricket coach, Role, Cricket coaching - <month> n x rate, Professional fee / Total fee,
  Less: TDS u/s 194J @ 10% / Less: TDS 194J (10%), Net paid, Cheque No. and Drawn on; PAID), a CASH VOUCHER / PETTY
  CASH VOUCHER to the groundsman (Paid to, Towards, Wages n days x rate, Amount paid, Cash; no number), two coaches'
  BILL / BILL FOR PROFESSIONAL SERVICES (the coach on top, in capitals on some, the role and qualification under it,
  the address and PAN: Bill No., Date, To M/s Boundary Line Academy Pvt Ltd, the sessions n x rate, the fee, Less: TDS
  194J, Net amount received / Received, NEFT or UPI and its reference; RECEIVED WITH THANKS), RazorpayX's payout and
  Cashfree Payouts' transfer in a browser (the dashboard on top, "Boundary Line Academy Pvt Ltd - Current account
  XXXXnnnn" under it, Payout details / Transfer details, Success / Processed / Queued / Processing, the sum large,
  Contact / Beneficiary the coach, Fund account (an account and IFSC, or a UPI ID), Mode IMPS, Purpose, Narration,
  Fees + GST, Payout ID pout_... / Transfer ID TRF..., UTR, Processed at / Created on / Queued at), Kotak Mobile
  Banking's IMPS to the physiotherapist (the ``bank_transfers`` page: Dr. Ananya Bhat, DR ANANYA BHAT or ANANYA BHAT
  under Beneficiary / Beneficiary name / Payee / Pay to; IMPS transfer failed / Returned by beneficiary bank - account
  closed) and Google Pay paying an umpire (Umpire fee - U-16 league).
* ``tournament_entries``: entry fees paid and received: the Karnataka Badminton Association's entry portal (in a
  browser: the association on top, in capitals on some, State ranking tournament - online entries, Registration
  confirmed / Payment successful / Paid, Tournament, Club / academy / Entered by, Singles entries and Doubles entries
  (per pair) n x fee, Convenience fee (2%) / Booking fee (2%), GST on fee @ 18%, Total paid, Paid using UPI or Net
  banking - <bank>, Payment ID, UPI Ref No or Bank Ref No., Paid on, Secured by Razorpay), Townscript's e-mail for the
  Mysuru Monsoon 5s Cup and KheloMore's for a junior football league (the platform on top, Events & registrations,
  Event, Organised by / Organiser (Kickoff Sports Events, Mysuru United FC), Event dates <day> onwards, Registered by
  the academy, Team entry (U-16) n x fee, Convenience fee / Booking fee and GST on it, Total paid / Amount paid,
  Payment method, Booking ID and Payment ID, Registered on / Paid on, "<platform> collects this payment on behalf of
  the organiser."), Razorpay's e-mail after a visiting team paid the academy's Summer Cup (the academy or its firm on
  top, Paid / Payment successful, the sum large, Payment for, Team, Paid by / Name, UPI, Payment ID, UPI Ref No / UTR,
  Paid on / Date), the Karnataka State Cricket Association's Mysore Zone paper RECEIPT (Receipt No., Date, Received
  from M/s the academy, Towards, Cheque amount, Cheque No., Drawn on; CHEQUE RECEIVED - SUBJECT TO REALISATION), an
  Instamojo page on a phone (Kodagu Sports Club on top, Coorg Invitational T20 - team entry, Payment failed, Name, a
  card, Payment ID MOJO..., Attempted on, Powered by Instamojo), the academy's ENTRY FEE RECEIPT - MONSOON CUP /
  TOURNAMENT ENTRY RECEIPT (Receipt No., Received from <team> (team manager), Category, Entry fee, cash) and State
  Bank Collect's e-Receipt (Institution / Payee the Mysuru District Football Association, Payment category, Name,
  Mobile, Amount, Transaction charge, Total amount, Payment mode Net banking, SBCollect Reference Number DU..., Bank
  Reference No., Date / Transaction date, Status: Success / Transaction successful).
* ``federation_fees``: the sports bodies' fees (the body on top, in capitals on some, its line): the Badminton
  Association of India's player registration portal and its e-mailed coach certification receipt, the Karnataka State
  Football Association's, the Mysuru District Badminton Association's and the Mysuru District Football Association's
  paper RECEIPT / FEE RECEIPT (Receipt No. / No., Date, their address), the AIFF's e-mailed course fee receipt for a
  coach's 'D' licence, the Karnataka Badminton Association's academy affiliation page and the Karnataka State Cricket
  Association's club renewal page: Payment details / Payment receipt / Fee payment - receipt, Paid / Payment
  successful / Payment failed - transaction declined by bank / Payment initiated - awaiting bank confirmation,
  Received from / Club / academy / Member club / Sponsored by (the academy or its firm), Affiliation No. / Club code /
  Registration No., Candidate (a coach), the lines (Player registrations n x 500, Club affiliation fee (annual),
  Academy affiliation fee, Level 1 coach certification fee), IGST @ 18% on the courses, Convenience fee (n%) and GST
  on convenience fee on the portals, Total / Total paid / Amount received / Amount, the sum in words on paper, Mode /
  Payment mode / Paid by (a card, NEFT, Net banking - <bank>, UPI, Cash), Transaction ID / Txn ID, UPI Ref No. / Bank
  Ref No. / NEFT UTR / UTR No., Paid on / Payment date / Attempted on / Initiated on, Status on the e-mails; RECEIVED
  WITH THANKS / PAID on paper, Hon. Treasurer / Hon. Secretary.
* ``sponsors``: the sponsors' money: three sponsors' e-mailed payment advices (Chamundi Motors Pvt Ltd, Ambari
  Developers LLP, Sahyadri Diagnostics Pvt Ltd on top with their line, Payment advice / Remittance advice, Vendor /
  Payee / Paid to (the academy or its firm), Vendor code, Against your invoice / Your invoice ref., Invoice amount
  (incl. GST), Less: TDS u/s 194C @ 2%, Net amount paid / Amount paid / Amount remitted / Net amount payable, Mode
  NEFT, Beneficiary bank, Payment doc No. / Payment voucher No., UTR, Value date / Paid on / Returned on / Initiated
  on, Status: Paid / Payment released / Payment returned - beneficiary name mismatch / Approved - payment under
  process), the academy's TAX INVOICE CUM RECEIPT - SPONSORSHIP / TAX INVOICE - SPONSORSHIP (Bill to M/s <sponsor>,
  GSTIN of recipient, Title sponsorship - Monsoon Cup, Jersey branding (front) - U-14 squad, Taxable value, CGST and
  SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2%, Net amount received / Received (net of TDS), NEFT and its UTR), a
  sponsor's RTGS from Canara Bank Net Banking (the ``bank_transfers`` page: the academy's firm under Beneficiary, the
  sponsor under Debit account), a well-wisher's PhonePe for a player's scholarship, the academy's own Razorpay
  Dashboard after a sponsor paid by card ("Boundary Line Academy Pvt Ltd | Live" on top, Payment captured / Captured,
  the sum large, Customer the sponsor, Email, Method, Payment ID, Order ID, Fee (incl. GST), Description; no day) and
  the academy's e-mailed PAYMENT RECEIPT sent using Zoho Books (the academy on top, Received from the sponsor, the sum
  large, Amount received, Payment mode Bank transfer, Payment date, Payment for, Payment received; no id).
* ``bank_alerts``: the bank's alerts of the business's debits, in a messages app (heldout106's sms frame: the sender,
  the day's divider, the message, its hour) or an e-mail: HDFC Bank's "Sent Rs.<sum> From HDFC Bank A/C *<n> To
  <PAYEE> On <dd/mm/yy> Ref <UPI ref>", ICICI Bank's "Acct XX<n> debited for Rs <sum> on <dd-Mon-yy>; <PAYEE>
  credited. UPI:<ref>", Axis Bank's "Spent INR <sum> Axis Bank Card no. XX<n> <dd-mm-yy> <hour> IST at <SHOP>" (no
  reference), SBI's "Your RTGS request of Rs <sum> to <PAYEE> dated <dd-mm-yyyy> is under process. UTR <UTR>", Kotak's
  e-mail of an NACH debit for the bowling machine loan's EMI (Amount, Paid to / Mandate holder the lender, Purpose,
  UMRN, Mode NACH debit, Reference No. / Transaction ref, Date, Successful), Bank of Baroda's "Your IMPS of Rs <sum>
  to <PAYEE> ... has failed. IMPS Ref <ref>", Canara Bank's "An amount of INR <sum> has been DEBITED ... towards
  UPI/P2M to <PAYEE>. UPI Ref <ref>" with no day (the divider says Today or Yesterday) and Federal Bank's NEFT e-mail
  (Beneficiary, Beneficiary A/c, Mode NEFT, UTR, Date, Successful).
* ``venue_costs``: the venue's running costs: floodlight electricity on Bharat Connect (PhonePe, Paytm: the app on its
  band, Bharat Connect - Electricity, Bill paid successfully / Payment successful, the sum large, Biller / Electricity
  board / Paid to (CESC Mysore, Chamundeshwari Electricity Supply Corporation Ltd or Chamundeshwari Electricity Supply
  Corp. Ltd (CESC)), Account ID / RR No., Consumer name, Bill date, Due date, Bill amount, Paid via UPI, Bharat
  Connect Ref. No. / B-Connect Txn ID, Transaction ID, UPI Ref No., Paid on / Transaction date), the coaching software
  (Hudl in US dollars and Coach Logic in pounds in a browser, Veo in euros in an e-mail, CricHeroes in rupees on a
  phone: the product on top, in capitals on some, its company, Receipt / Payment confirmation / Billing history,
  Billed to / Organisation / Customer the firm, GSTIN on the rupee page, Account ID, Plan, Billing period, the lines,
  Subtotal / Sub total, Tax / VAT 0.00 with "Reverse charge: the recipient pays IGST on this import of services." or
  GST @ 18%, Amount paid / Total / Amount due or the sum large, Paid with / Payment method, Invoice number / Invoice
  #, Charge ID / Transaction ID, Auth code, UPI Ref No, Paid on / Payment date / Declined on / Initiated on (month
  first in dollars), Status: Paid / Payment successful / Payment failed - card declined / Payment processing -
  awaiting bank), the turf land's RENT RECEIPT (Date, "Received with thanks from M/s Boundary Line Academy Pvt Ltd the
  rent of the land at Bogadi 2nd Stage, Mysuru used as a football turf for <month>.", Monthly rent, Less: TDS u/s
  194-I(b) @ 10%, Net amount received, Paid by Cheque No. <n> dt <day>, Drawn on, RENT RECEIVED, [ Revenue stamp ],
  Landlord / Owner / Lessor (Shri on some), PAN; no number) and Mysuru City Corporation's water charges page (the
  corporation on top, Payment successful / Transaction successful, RR No., Consumer name, Ward, Water charges, Amount
  paid, Net banking, Transaction ID, Bank Ref No., Paid on / Payment date).

Outcomes: six successes, a failed and a pending page in every family (the academy's and the shop's paper but two, the
suppliers' bills but two, the vouchers, the coaches' bills, the federations' and associations' paper, the academy's
sponsorship invoice and receipts, the rent receipt and the water page are successes). Absent fields: each family
leaves out the id on one page (no UPI reference, UTR, RRN, IMPS reference, bank reference, Bharat Connect reference,
transaction, payment, payout, transfer, charge, booking, order, SBCollect or app id, approval or auth code, receipt,
invoice, bill, voucher or payment document number: the Paytm screen, Hudle's web booking, the shop's slip, the clinic
receipt, the trophy shop's cash bill, Canara ai1's IMPS, the groundsman's voucher, KheloMore's registration, the
district badminton association's cash receipt, the Zoho Books receipt, Axis Bank's card alert, the rent receipt; MID,
TID, BATCH NO, AID, card, account, RR and consumer numbers, UPI IDs, venue, partner, vendor, club, affiliation and
registration codes, UMRNs, GSTIN, IFSC and PAN stay) and the day on one (no date anywhere: no slot, cheque, bill, due,
event or booking-period day, no term, billing period, month of sessions or rent, no year in a document's number, no
NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in), no PhonePe id; an
e-mail's hour, a slip's TIME: / TM:, the messages app's Today and a phone's clock at most). Sums: a sports business's
sums (a few hundred rupees for a court hour, thousands for fees and kit, lakhs for bats in bulk, floodlights and
sponsorships): ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS / Rs. / none on slips, $ / US$ /
USD on Hudl's, € / EUR on Veo's, £ / GBP on Coach Logic's; lakh grouping on most, western and plain on some. Days:
2026 (heldout116's ``day26``), printed in heldout121's patterns, this set's DAY_PATS, the slips' and the alerts' own.
Faces: heldout119's lists (SCREEN_FACES for the UPI screens, the bookings, the alerts and the venue's costs,
SLIP_FACES for the slips, BILL_FACES for the business's own paper, PAPER_FACES for the suppliers' bills, PAGE_FACES
for the transfers, the pay, the entries, the federations and the sponsors). Frames: heldout158's ``compose``
(heldout156's: heldout121's frames and marks, heldout129's rubber stamp; heldout106's messages app). Seeds
``heldout159-<i>``.

Truth conventions (README "Receipt fields", as heldout152, heldout156 and heldout158 quote them; *settled* where this
set chose):

* merchant_name: the one paid, as printed: the academy, the turf or the firm that runs them (trade name, with its
  locality, or the firm, capitals where so printed) on a parent's or player's UPI screen (To / Paid to / Sent to /
  Paying to / Payment to; never the handle or the Payer), in capitals on the shop's slips (never the terminal's maker
  or the PAYER VPA), on top of its own paper (never the Student / Parent / Received from / Camper / Participant /
  Customer, nor M/s the company under Bill to, nor the rubber stamp under a page headed by the firm); the supplier on
  top of its bill (never M/s the firm under Bill to / Buyer); the payee under Beneficiary / Beneficiary name / Payee /
  Pay to on a transfer as the bank prints it (capitals on some; never the Debit account / From); the board under
  Biller / Electricity board / Paid to (short or long name, as printed); the software product on top (never its
  company line nor the firm under Billed to / Organisation / Customer); the corporation on top of its water page.
  Never a bank, app, terminal maker, gateway, platform, payouts dashboard or portal, nor the payer. *settled*: a
  player's booking through a booking app pays the venue under Venue / Booked at / Venue name (the turf or the academy:
  the seller of the slot), never Playo, Hudle or TurfTown on top, nor the player under Booked by / Player; a booking
  app's payout pays the venue or the firm under Payout to / Venue partner / Paid to, never the app on top
  (heldout141's booking platforms). *settled*: the refund voucher pays the parent under Refund to / Paid to / Payee,
  never the academy on top (heldout152, heldout156). *settled*: a payment voucher and a cash voucher pay the coach or
  the groundsman under Paid to, never the academy or its firm on top; a coach's bill pays the coach on top of it
  (never the role and qualification under the name, nor M/s the firm under To); RazorpayX's payout and Cashfree
  Payouts' transfer pay the coach under Contact / Beneficiary, never the dashboard on top nor the firm and its current
  account under it; the IMPS to the physiotherapist pays the name as Kotak prints it ("Dr." kept where printed,
  heldout152's honorifics); the umpire under To on Google Pay. *settled*: a tournament's entry portal, an
  association's receipt and a club's Instamojo page pay the association or the club on top (Karnataka Badminton
  Association; Karnataka State Cricket Association, its Mysore Zone line under it no part of the name; Kodagu Sports
  Club), never Razorpay or Instamojo in the footer, nor the academy under Club / academy / Entered by / Name /
  Received from; an event platform's e-mail pays the organiser under Organised by / Organiser (heldout141's tickets),
  never Townscript or KheloMore on top, nor the academy under Registered by; State Bank Collect's e-Receipt pays the
  institution under Institution / Payee (the Mysuru District Football Association as printed), never State Bank
  Collect on top nor the academy under Name; Razorpay's e-mail for the academy's own cup pays the academy on top,
  never the team or the one under Paid by / Name. *settled*: a sports body's fee pays the body on top (heldout158's
  pollution control boards: it issues the receipt in its own name for its own registration or affiliation), never the
  academy under Received from / Club / academy / Member club / Sponsored by nor the coach under Candidate. *settled*:
  a sponsor's payment advice pays the academy or its firm under Vendor / Payee / Paid to, never the sponsor on top nor
  its mail's sender; the sponsor's RTGS pays the academy's firm under Beneficiary, never the sponsor under Debit
  account; the academy's own Razorpay Dashboard page pays the account named on top ("Boundary Line Academy Pvt Ltd |
  Live": the firm, the " | Live" mode no part of the name), never Razorpay nor the sponsor under Customer; the Zoho
  Books receipt pays the academy on top, never the sponsor under Received from. *settled*: a bank alert pays the payee
  the message names, as printed (capitals, cut where the bank cuts it: MYSORE TRAVELS AND TOUR), the card alert the
  shop after "at"; the NACH e-mail the lender under Paid to / Mandate holder, never the bank that sends the alert.
  *settled*: the rent receipt pays the landlord under Landlord / Owner / Lessor (Shri is no part of the name,
  heldout142), never M/s the firm in its sentence.
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer amount /
  Amount (INR) or sum large, never the Total debit with the Charges. *settled*: a player's booking counts the Total
  paid / Amount paid (the slot with the app's Convenience fee and GST on it, less an Offer), on the advance booking
  the Paid online (the Advance paid online with the fee and its GST), never the Slot price / Court price / Turf fee,
  the Advance paid online line alone or the Payable at venue; a booking app's payout counts the Net payout / Amount
  credited / Net payable or sum large (the Bookings less the commission, GST on it, TDS u/s 194-O and TCS under GST),
  never the Bookings' gross. A slip's AMOUNT / SALE AMT / TOTAL; *settled*: the bank EMI slip's SALE AMT, never the
  EMI AMT or the TOTAL AMT PAYABLE; the surcharged slip's TOTAL AMT (the BASE AMT with the CONV FEE and GST ON FEE),
  never the BASE AMT. The business's receipts' Amount received / Received (the Total), the instalment's and the annual
  fee's Cheque amount (never the Annual coaching fee), the shop's Amount received (the Invoice total after Round off);
  *settled*: the turf hire invoice's Net amount received / Received (net of TDS) after TDS u/s 194C, never the Invoice
  total; the refund voucher's Refund amount / Net refund, never the Fee paid for the term or a deduction. A supplier's
  Amount received / Received / Paid / Received (net of TDS) (after TDS u/s 194C on the turf service bill), or Amount
  due / Balance payable on the declined UPI, or Cheque received; never the Taxable value / Sub total or a line.
  *settled*: a coach's voucher's Net paid and a coach's bill's Net amount received / Received (after TDS u/s 194J at
  10%), never the Professional fee / Total fee; a payouts dashboard's sum large, never the Fees + GST. *settled*: an
  entry portal's, an event platform's and a federation portal's Total paid / Amount paid / Total / Amount (the entries
  or fees with the Convenience fee / Booking fee and GST on it, or with IGST on a course: the sum the payment moved,
  heldout141's tickets), never the entries' lines; State Bank Collect's Total amount (the Amount with SBI's
  Transaction charge), never the Amount line; an association's Cheque amount or Amount received. *settled*: a
  sponsor's advice counts the Net amount paid / Amount paid / Amount remitted / Net amount payable (the Invoice amount
  (incl. GST) less TDS u/s 194C), never the Invoice amount; the academy's sponsorship invoice its Net amount received
  / Received (net of TDS), never the Invoice total; the Razorpay Dashboard's and the Zoho Books receipt's sum large /
  Amount received, never the Fee (incl. GST). A bank alert's sum after Sent / debited for / Spent / request of / IMPS
  of / amount of, the NACH e-mail's Amount. A Bharat Connect page's sum large (the Bill amount); the water page's
  Amount paid; *settled*: the rent receipt's Net amount received after TDS u/s 194-I(b), never the Monthly rent. A
  subscription's Amount paid / Total / Amount due or sum large. Currency INR everywhere but on three software pages:
  *settled*: Hudl's in US dollars: USD; Veo's in euros: EUR; Coach Logic's in pounds: GBP (heldout152, heldout158),
  the Tax / VAT 0.00 and the reverse-charge line adding nothing.
* status: as printed (the words listed with each family above). *settled*: Booking confirmed / Booking successful /
  Slot booked - payment successful successes, Payment failed - slot released / Booking failed - payment declined
  failed; Payout credited / Settled / Paid successes and Payout initiated - UTR awaited pending; a slip's APPROVED /
  TXN APPROVED successes, DECLINED (RESP CODE: ...) failed and UPI TXN PENDING (CHECK STATUS BEFORE HANDING OVER
  GOODS) pending; the academy's CHEQUE RETURNED UNPAID failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending
  (heldout110), REFUNDED a success; a supplier's UPI DECLINED - AMOUNT DUE failed and CHEQUE DEPOSITED - SUBJECT TO
  CLEARANCE pending; Returned by beneficiary bank - account closed / <mode> transfer failed failed, Pending at
  beneficiary bank / <mode> under process pending; Success / Processed successes and Queued / Processing pending on
  the payouts dashboards; Registration confirmed a success; the association's CHEQUE RECEIVED - SUBJECT TO REALISATION
  pending; Payment failed - transaction declined by bank failed and Payment initiated - awaiting bank confirmation
  pending; Payment released / Paid successes, Payment returned - beneficiary name mismatch failed and Approved -
  payment under process pending on the sponsors' advices; Payment captured / Captured a success; the alerts: a message
  that money was sent, debited or spent or an e-mail's Successful a success, "is under process" pending, "has failed"
  failed; Payment failed - card declined failed and Payment processing - awaiting bank pending; RENT RECEIVED a
  success.
* date: the day paid (a receipt's, invoice's, bill's, voucher's or slip's Date / Dated / Inv. date / DT: / DATE: / TXN
  DATE:; Date & time, Paid on, Paid at, Date, Transaction date, Booked on, Credited on, Settled on, Value date,
  Transferred on, Processed at, Created on, Registered on, Payment date; Failed on, Attempted on, Returned on,
  Declined on, Initiated on, Started on, Queued at on the failures and the waits; an alert's day in its message).
  *settled*: never a booking's Slot day, a payout's Bookings between, a Term, a Slots in <month>, the month in a
  coach's sessions line or a Narration, an Event dates <day> onwards, a Cheque date / Chq. dt. / a cheque's "dt", a
  Bill date or Due date, a Billing period, or a rent's month.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited. *settled*: a booking's Paid via / Payment mode UPI or card is its way; a booking app's payout by NEFT /
  IMPS is "netbanking" (heldout141); a slip's MODE: UPI - DYNAMIC QR is UPI and a bank EMI or surcharged slip card; a
  supplier's declined UPI names UPI and its Cheque No. cheque; RazorpayX's IMPS is "netbanking" and Cashfree's
  transfer to a UPI ID UPI (heldout141's payouts dashboards); State Bank Collect's Net banking, the Zoho Books
  receipt's Bank transfer and the NACH debit are "netbanking" (heldout110); the card alert is card and the UPI/P2M
  alerts UPI.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  transaction ID, UPI Ref No, UPI Ref No., UPI Ref. No., UPI Reference No., UPI Transaction ID, UPI ref no, UTR
  number, UPI Txn Ref, UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, RRN / RRN: / REF NO:, UPI RRN:, IMPS Ref No. / IMPS
  Reference No., an alert's Ref / UPI: / UPI Ref / IMPS Ref / UTR), then a bank reference (Bank Ref No. / Bank Ref.
  No. / Bank Reference No., Reference No. / Txn Ref No. on a transfer, the NACH e-mail's Reference No. / Transaction
  ref (heldout157's standing instruction), Bharat Connect Ref. No. / B-Connect Txn ID), then a transaction / payment
  id (Transaction ID on a transfer or a page, Txn ID, Payment ID pay_..., the app's own id (Google transaction ID,
  PhonePe's, CRED's, Navi's), Payout ID, Transfer ID, Charge ID, a slip's UPI TXN ID:, *settled*: State Bank Collect's
  SBCollect Reference Number), then an approval code (APPR CODE: / AUTH CODE:, Auth code / Auth Code / Approval Code),
  then an order's number (*settled*: a booking's or an event platform's Booking ID, the Razorpay Dashboard's Order
  ID), then a document's own number (Receipt No. / Rcpt. No. / No., Invoice No. / Inv. No., Bill No., Voucher No. / V.
  No. / Refund voucher No., INVOICE NO: / BILL NO: on a slip, Invoice number / Invoice # on a subscription, *settled*:
  a sponsor's Payment doc No. / Payment voucher No.). *settled*: never a Venue ID / Partner code, a Vendor code, an
  Affiliation No. / Club code / Registration No., an Account ID / RR No., a UMRN, the sponsor advice's Against your
  invoice / Your invoice ref. (the bill paid's number), an invoice number in Remarks / Narration, a cheque number,
  MID, TID, BATCH NO, AID, a card or mobile number, a UPI ID, PAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout159_families import (
    academy_paper,
    bank_alerts,
    bank_transfers,
    coach_pay,
    compose,
    court_bookings,
    federation_fees,
    fee_upi,
    sponsors,
    store_card,
    supplier_bills,
    tournament_entries,
    venue_costs,
)

SPLIT = "heldout159"

FAMILIES: list[Family] = [
    ("fee_upi", fee_upi, SCREEN_FACES),
    ("court_bookings", court_bookings, SCREEN_FACES),
    ("store_card", store_card, SLIP_FACES),
    ("academy_paper", academy_paper, BILL_FACES),
    ("supplier_bills", supplier_bills, PAPER_FACES),
    ("bank_transfers", bank_transfers, PAGE_FACES),
    ("coach_pay", coach_pay, PAGE_FACES),
    ("tournament_entries", tournament_entries, PAGE_FACES),
    ("federation_fees", federation_fees, PAGE_FACES),
    ("sponsors", sponsors, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
    ("venue_costs", venue_costs, SCREEN_FACES),
]


def make_heldout159_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout159 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

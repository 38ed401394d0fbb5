"""heldout153: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a photography and video studio's day in 2026 (Kathachitra Studios, the trade name, run by
Kathachitra Films LLP, with a branch in each of Jodhpur, Madurai, Amritsar, Thrissur, Gwalior, Siliguri, Puducherry
and Varanasi; wedding, portrait and product shoots, prints and albums), told by the proofs of payment it receives
(clients' UPI for wedding advances, sessions and print orders, seen in the payer's app or in the studio's own
merchant app, wedding clients' bank transfers, wedding planners' and brands' payment intimations net of TDS, the
front desk's card slips with bank EMI on some, the stock agencies', marketplaces' and gateways' payouts in dollars,
euros and rupees, its own tax invoices and booking advance receipts) and those it makes (its freelance crews through
a payouts dashboard, its bank or their own bills, its studios' licence fees, electricity through Bharat Connect and
the broadband providers' own receipts, the camera dealers', album labs', rental houses' and camera service centres'
bills, its creative software in dollars, euros, pounds and rupees with a card's foreign spend alert on one, refunds
of cancelled bookings and print orders, filming permits and statutory fees, GST and income tax). One payment per
page.

* ``client_upi``: a client's UPI app paying the studio (PhonePe, Google Pay, BHIM, CRED, Amazon Pay; dark on some):
  heldout125's result screen, the studio (Kathachitra Studios, its LLP, or the trade name with its branch's town:
  Kathachitra Studios Gwalior / Kathachitra Studios - Amritsar) under Paid to / To / Sent to (To / Paying to /
  Payment to on a failure), a VPA under it, the app's own id on some, a Note / Message / For / Remarks (Pre-wedding
  shoot advance, Passport photos x8) on most; or the studio's own merchant app after a client paid its QR (three:
  Paytm for Business, PhonePe Business, BharatPe; the outcome, the sum large, Received from / From the client and
  the client's UPI ID, Store / Business / Outlet the studio, Received at (Reception QR), Transaction ID / Order ID
  and UTR No. / UPI Ref. No. / RRN, Received on / Date & time / Paid at, Credited to / Settles to, Payment mode UPI);
  Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment received / Received
  successfully / Money received / Payment Failed / Transaction failed / Payment declined / Payment pending /
  Awaiting confirmation from payer's bank.
* ``client_transfer``: a wedding client paying a package from their bank (six: Axis Bank Internet Banking and
  FedNet in a browser, IndusInd INDIE, bob World, PNB ONE and IDBI Bank GO Mobile+ on a phone; heldout124's page, the
  studio or its LLP under Beneficiary Name / Payee Name / Transfer to, the account and IFSC, NEFT / RTGS / IMPS, UTR
  / UTR No. / UTR Number / IMPS Ref No / RRN and the bank's Reference No. / Transaction ID / Bank Ref No. on some,
  the day, the debit account, Remarks / Narration / Purpose (Wedding coverage - 2nd instalment), Remitter / Remitter
  name on the web pages) or a wedding planner's or a brand's payment intimation e-mail from its accounts payable
  desk (two: the payer on top, VENDOR PAYMENT INTIMATION / Advice of Payment / Vendor Remittance Advice, Beneficiary
  vendor / Remitted to / Payee name the LLP, Vendor No. / Vendor code, PAN, the bills (Bill KFL/25-26/0xx - Wedding
  photography & films - Ishita & Rohan, Catalogue shoot - n SKUs), Total of bills / Bills total, Less: TDS u/s 194C @
  2%, Less: Advance adjusted on some, Net remitted / Amount paid / Paid amount, Paid through NEFT / RTGS, Beneficiary
  bank / Bank, IFSC, UTR / RTGS UTR and Payment document No. / Pay run No., Value date / Payment date, Status
  Executed / Paid); Transaction Successful / Funds transferred successfully / <mode> transfer successful /
  Transaction Failed / Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode>
  under process / Transaction in process.
* ``studio_pos``: the front desk's card terminal slip (Worldline, Mosambee, PhonePe POS, IDFC FIRST Bank, HDFC Bank,
  ICICI Bank, Getepay, IndusInd Bank; monospace): the maker on top on some, the studio in capitals (its LLP or the
  trade name with its town on some), its locality and town, SALE / CARD SALE / BANK EMI SALE, DT: and TM: or the day
  and hour alone on a row or DATE & TIME:, MID: / TID: / BATCH NO:, INV NO: / RECEIPT NO:, PRODUCT: / DESC: (ALBUM
  12X36 40 SHEETS, PASSPORT PHOTOS X8), CARD NO:, CARD TYPE:, EXPIRY: XX/XX, ENTRY MODE:, AID: on some, APPROVAL
  CODE: / AUTH ID:, RRN: / REF NO:; two bank EMI slips (TXN AMOUNT: / SALE AMT:, EMI TENURE: n MONTHS, ROI: n% P.A.,
  MONTHLY EMI:, TOTAL WITH INTEREST:, PROC FEE (BY BANK):); TOTAL: / AMOUNT: / SALE AMT: on the rest (INR, RS., Rs
  or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED / NOT APPROVED with RESP nn - <reason> /
  TIMEOUT - STATUS AWAITED (HOST NOT RESPONDING - DO NOT REPEAT SALE, VERIFY IN SETTLEMENT REPORT).
* ``platform_payouts``: the platforms paying the studio: four abroad (Shutterstock's payout e-mail to its Payoneer
  account and Adobe Stock's payout page to PayPal in US dollars, Payoneer's e-mail of a returned payment from Getty
  Images in euros, Upwork's withdrawal page in US dollars; the platform on top, Contributor / Payee / Account holder
  / Agency the studio or its LLP, Contributor ID / Customer ID / Agency ID, Earnings period, the earnings (Image
  licences (n downloads), Footage licences (n), Royalties (n licences), Getty Images - contributor royalties,
  Fixed-price contract - product film edit), Less: US tax withheld (15%, India-US treaty) / Payoneer receiving fee /
  Upwork service fee (10%), Payout amount / Amount paid / Amount / Net amount / Withdrawal amount, Paid to / Payout
  method / Withdrawal method, Payout ID / Transaction ID / Payment ID / Reference ID, Sent on / Paid on / Processed
  on / Returned on / Initiated on) and four in rupees (Razorpay's settlement page and Amazon Seller Central's
  disbursement in a browser, Etsy's deposit e-mail, Instamojo's app; the platform on top (the LLP | Live under
  Razorpay), Merchant / Account name / Seller / Legal entity / Shop owner / Deposited for / Payout to / Account the
  studio, Shop (the Etsy shop's name), Settlement period / Orders between, Payments collected (n) / Product charges
  (n orders) / Sales (n orders) / Print orders (n), Less: the platform's fee, GST on it, Refunds adjusted, Closing
  and Easy Ship fees, TCS (GST) @ 0.5% and TDS u/s 194-O (0.1%), Settlement amount / Transfer amount / Disbursed
  amount / Deposit amount / Payout amount (the sum large on the app), Settled to / Transferred to / Deposited to,
  Settlement ID / Deposit ID / Payout ID and UTR / IMPS Ref No., Settled on / Transferred on / Deposited on /
  Credited on); Processed / Settled / Transfer initiated / Disbursed / Deposited / Payout credited / Paid / Payout
  sent / Completed / Returned to payer - account details could not be verified / Withdrawal pending / Processing.
* ``studio_receipt``: the studio's own paper (serif): five TAX INVOICE / TAX INVOICE CUM RECEIPT / INVOICE -
  PHOTOGRAPHY SERVICES (the studio on top: its trade name, its LLP's or with its town; Invoice No. / Inv. No., Date /
  Invoice date, Bill to / Client / Billed to (a client, or M/s a brand with its Client GSTIN), Event / Shoot, Event
  dates / Shoot dates on a wedding's, SAC 998383, a wedding package's lines (Candid photography (2 days), Traditional
  photography (2 days), Cinematic film + teaser, Drone coverage, Album 12x36 - 40 sheets (2 nos)), a product shoot's
  (Product photography - white background (n SKUs) @ rate, Lifestyle shoot, Retouching, Model fee) or a portrait
  order's (Family portrait session, Fine-art prints 16x20, Canvas wrap 24x36, Teak frame A3), Taxable value, CGST and
  SGST @ 9% or IGST @ 18%, Invoice total / Total (incl. GST), Less: TDS u/s 194C @ 2% on a brand's, Less: Advance
  received (Rcpt ADV/...) on a wedding's final invoice, Balance received / Received (net of TDS) / Amount received /
  Received, or Cheque amount (subject to realisation), or Amount due / Balance due with Payment attempted UPI collect
  request - failed, the sum in words, Mode / Received by / Payment mode and its reference or Cheque No. / Chq No. and
  Bank; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / PAYMENT FAILED -
  AMOUNT STILL DUE in a row and in the studio's rubber stamp) and three BOOKING ADVANCE RECEIPT / ADVANCE RECEIPT -
  WEDDING COVERAGE ("Received with thanks from <client> a sum of <words> as booking advance for the wedding
  photography and films of <couple> on <day> at <venue>", Package value, Advance received / Amount received, Balance
  payable, the way; ADVANCE RECEIVED / RECEIVED WITH THANKS and the stamp).
* ``crew_payouts``: the studio paying its freelance crews and its premises: a payouts dashboard in a browser (three:
  RazorpayX, Cashfree Payments; the LLP | Payouts under the product, Payout details / Transfer details, the sum
  large, Contact / Beneficiary / Paid to the freelancer, Fund account (a UPI ID, or an account and IFSC), Mode,
  Purpose, Narration (Second shooter - Ishita & Rohan wedding), Payout ID pout_... / Transfer ID, UTR, Processed at /
  Queued at, Fees (incl. GST), Debited from; Processed / Payout processed / Success / Pending / Queued - awaiting
  beneficiary bank), its business banking (three: Kotak Fyn and HDFC Bank Corporate NetBanking in a browser, ICICI
  InstaBIZ on a phone; heldout124's page, the freelancer or the licensor under Beneficiary / Payee / Beneficiary name,
  Remarks / Narration, Debit account name, Initiated by / Maker, Authorised by / Checker on the web pages), a
  freelancer's own BILL / INVOICE - FREELANCE SERVICES (the freelancer on top, To M/s the LLP, <role> - n days @ rate,
  Travel & stay, Total, Less: TDS u/s 194C @ 1%, Received (after TDS) / Amount received, Paid by, RECEIVED / PAYMENT
  RECEIVED, PAN) and a licensor's LICENCE FEE RECEIPT / RECEIPT - LICENCE FEE ("Received from M/s <LLP> (<trade
  name>), licensee of the studio premises at ..., the monthly licence fee for <month>", Licence fee, Less: TDS u/s
  194-I(b) @ 10%, Amount received, By cheque No., Drawn on, RECEIVED WITH THANKS, Licensor, PAN of licensor, [ Revenue
  stamp ]).
* ``power_bills``: electricity through Bharat Connect (PhonePe, Paytm, FedMobile, Amazon Pay and MobiKwik on a phone,
  Kotak Net Banking's receipt in a browser; Biller / Board / Electricity provider JdVVNL, PSPCL, Thrissur Corporation
  (Electricity), MPMKVVCL, Puducherry Electricity Dept, PuVVNL or the long name, K Number / Account No. / Consumer
  No. / IVRS No. / Service Connection No., Consumer name, Connection type, Bill date, Due date, Bill amount, Prompt
  payment rebate and Amount paid on some, Platform fee and Total paid on Paytm's, Paid via / Payment mode, Bharat
  Connect Ref / BBPS Reference ID, UPI Ref No., Order ID / Transaction ID on some, Paid on / Payment date / Attempted
  on / Initiated on; Bill paid / Payment successful - biller notified / Paid to biller / Bill payment unsuccessful /
  Payment failed at biller / Awaiting biller confirmation / Bill payment under process) and the broadband providers'
  own receipts (two: ACT Fibernet in a browser, Excitel's app; the provider on top and its company line, Subscriber /
  Account name, User ID / Customer ID, Plan, Valid till, Amount paid / Total paid or the sum large, Receipt No.,
  Transaction ID, Auth code / UPI Ref No., Paid on / Payment date; Payment successful / Payment received / Recharge
  successful).
* ``gear_vendors``: the vendors' paper (the vendor on top, in capitals on some): camera dealers' TAX INVOICE /
  RETAIL INVOICE (Sony Alpha 7 IV body, Sigma 24-70mm f/2.8, SD cards, batteries, flashes), album labs' JOB CARD CUM
  INVOICE / TAX INVOICE (Job No., Delivery by, Flush-mount album 12x36 - 40 sheets, Photo book, Canvas print), rental
  houses' RENTAL INVOICE / HIRE CHALLAN CUM INVOICE (Hire from - to, Sony FX3 kit (per day) n x rate, DJI Mavic 3 Pro
  with pilot (per day), Hire total (incl. GST), Refundable security deposit, Total received (hire + deposit)) and
  camera service centres' SERVICE INVOICE / REPAIR BILL (Equipment, Sensor cleaning, Shutter unit replacement):
  Invoice No. / Bill No. / Challan No., Date / Invoice date, Buyer / Bill to / Customer M/s the studio, Taxable value
  / Sub total, CGST and SGST @ 9%, Round off, Invoice total / Total / Bill total, Amount received / Received, Mode /
  Paid by and its reference or Cheque No., or Amount outstanding with Payment attempted Payment link (UPI) - failed,
  or NEFT initiated by client with the client's bank reference; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED -
  THANK YOU / PAYMENT LINK FAILED - AMOUNT OUTSTANDING / NEFT INITIATED - CREDIT AWAITED.
* ``creative_saas``: the studio's software: Pixieset (US dollars) and Adobe Creative Cloud (rupees) and Light Blue
  (pounds) by e-mail, Capture One (euros), Artlist (US dollars) and Microsoft 365 (rupees) on their billing pages,
  Google One on Google Play's screen (rupees): the product on top and its tagline or company line, Receipt / Invoice
  paid / Billing history / Payment status, Bill to / Billed to / Customer / Organisation the LLP, GSTIN on the rupee
  pages, Customer No. / Account ID, Plan, Service period, the lines, Subtotal, IGST / GST @ 18% or Tax / VAT (0%) and
  the reverse-charge note, Amount paid / Total charged / Total / Amount due or the sum large, Payment method / Paid
  with, Invoice # / Invoice No., Payment ID ch_... / Order number GPA.... / Transaction ID, Auth code, UPI Ref No.,
  Paid on / Date paid / Order date / Attempted on / Initiated on, Renews on, Status; Paid / Payment successful /
  Payment failed - card declined / Payment processing - awaiting bank confirmation; and a card issuer's
  international spend alert e-mail for Aftershoot (one: ICICI Bank / HDFC Bank / Axis Bank on top, "Thank you for
  using your credit card XX1234 for $360.00 at AFTERSHOOT.COM on <day>", Merchant, Transaction amount in dollars,
  Approx. INR equivalent, Forex markup (3.5%) + GST, Card, Transaction date, Authorisation code / Auth code,
  Available limit, Status Approved).
* ``booking_refunds``: the studio refunding a cancelled booking's advance or a print order: its REFUND VOUCHER -
  BOOKING CANCELLATION / REFUND VOUCHER (paper, the studio on top; Voucher No., Date, Pay to / Refund to the client,
  Booking (Wedding coverage - dates cancelled), Advance received (Rcpt ADV/...), Less: Cancellation charge (25% of
  advance), Less: Pre-wedding shoot already delivered on some, Refund amount / Net refund, the way; REFUNDED / REFUND
  PAID) and its CREDIT NOTE CUM REFUND for a print order paid back in cash (Credit note No., Against, Original
  invoice, Amount paid, Refund amount), its e-mail (two: Refund issued to / Client, Advance received, the charges,
  Refund amount, Mode, Credited to, UTR / IMPS RRN, Refund date, Status Refund processed), its business app (Axis neo
  for Business: the sum large, Paid to / Beneficiary, Remarks, IMPS Ref No and Transaction ID, Date & Time /
  Initiated on; Transfer successful / Money sent / Transfer in process / Awaiting beneficiary bank), its gateways'
  refund pages (Instamojo, PayU: the LLP | Live / Dashboard under the gateway, the refund large, Buyer / Customer,
  For, Original payment / Payment amount, Cancellation charge (n%), Refund to Original source - UPI / card, Refund
  ID, RRN / UPI Ref No. / ARN, Original payment ID, Refunded on / Processed on / Attempted on; Refund completed /
  Refund successful / Refund failed - source card closed) and its merchant app's refund to a customer's UPI
  (PhonePe Business: Refunded to / Customer, Refund ID, Refund successful / Refunded to customer).
* ``permits_fees``: filming permits and statutory fees: Bharatkosh's e-Receipt for filming at a protected monument
  (Bharatkosh - Non Tax Receipt Portal on top, Ministry Culture, Department Archaeological Survey of India, PAO /
  DDO, Purpose, Depositor), the Digital Sky platform's drone fees (Directorate General of Civil Aviation on top), the
  trade licence renewal of Municipal Corporation Amritsar, Thrissur Municipal Corporation's professional tax
  (printed), ESIC's contribution challan (Employees' State Insurance Corporation; Employer code, Wage month), EPFO's
  ECR challan (Employees' Provident Fund Organisation; Establishment ID, Wage month, A/c 1, 2, 10 and 21), the
  Copyright Office's registration fee for photographs (Diary No.) and Varanasi Municipal Corporation's permission for
  a shoot at the ghats (printed; Shoot dates): the authority on top (in capitals on some paper) and its line under
  it, Payment receipt / e-Payment acknowledgement / RECEIPT / CHALLAN RECEIPT, Depositor / Applicant / Licensee /
  Assessee / Employer / Establishment the studio or its LLP, Licence No. / PT Assessee No., the heads, Total / Amount
  paid / Challan amount / Total amount, Mode of payment / Payment mode, Receipt No. / Challan No., Transaction Ref.
  No. / Transaction ID / TRRN, UPI Ref No. / Bank Ref. No. / Bank reference / Auth code, Date of payment / Payment
  date / Paid on / Attempted on / Initiated on; Success / Payment successful / Paid / Payment received / Payment
  failed / Payment pending - bank confirmation awaited.
* ``tax_challans``: the LLP's GST (four: the GST portal's Payment Receipt (Form GST PMT-06) / Challan - Payment
  Receipt in a browser, on a phone after UPI and printed, HDFC Bank's GST Payment - Acknowledgement; CPIN, Challan
  created on, GSTIN, Legal name / Taxpayer name, Trade name, Tax period, CGST (0005) / SGST (0006) / UTGST (0007) /
  IGST (0008) - Tax / Interest / Fee, Total challan amount / Total amount paid, Mode, Bank, CIN, BRN / Bank reference
  No., UPI Ref No., Date of deposit / Payment date, Time / Deposit time, Initiated on) and income tax (four: its
  advance and self-assessment tax on ITNS 280 and the TDS it deducted on ITNS 281, on the e-filing portal's Challan
  Receipt in a browser or printed and Canara Bank's Taxpayer's Counterfoil; PAN or TAN, Name, Assessment Year, Major
  Head (0021), Minor Head (100) / (300) / (200), Nature of Payment (194C, 194J(b), 194-I(b)), Amount (in Rs.), CRN,
  CRN valid till, Payment mode, Bank, BSR Code, Challan No., CIN, Bank Reference Number / BRN, UPI Ref No., Date of
  deposit / Tender date / Attempted on, the breakup); Paid / Payment successful / Awaiting credit from RBI - NEFT /
  RTGS / Payment Successful / Tax paid / Payment failed.

Outcomes: six successes, a failed and a pending page in every family (the intimations, the advance receipts, the
freelancer's bill and the licence receipt, the broadband receipts, the refund vouchers, credit note and e-mails and
the spend alert are successes). Absent fields: each family leaves out the id on one page (no UTR, UPI reference,
RRN, IMPS reference, ARN, approval or auth code, bank reference, Bharat Connect or BBPS reference, BRN, transaction,
payment, payout, settlement, deposit, refund, reference, order or the app's own id, TRRN, CIN, CPIN, CRN, receipt,
invoice, bill, voucher, credit note, challan, licence receipt or payment document number, INV NO / RECEIPT NO on a
slip; MID, TID, BATCH, AID, card, account and cheque numbers, UPI IDs and VPAs, GSTIN, LLPIN, IFSC, PAN, TAN, BSR
codes, vendor, contributor, customer, user, agency, employer and establishment ids, job, consumer, K, IVRS and
service numbers, the Etsy shop's name stay) and the day on one (no date anywhere: no invoice, bill, due, event,
shoot, hire, delivery, validity, renewal, service-period or challan-creation day, no earnings, settlement or wage
month, no tax period, assessment year or half year, no year in a document's number, no NEFT or RTGS UTR (both spell
the day: a bank reference or an IMPS or UPI reference stands in), no CIN or CPIN; an e-mail's hour, a slip's TM: /
TIME: and a phone's clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs
/ none on slips, $ / US$ / USD on Shutterstock's, Adobe Stock's, Upwork's, Pixieset's, Artlist's and the Aftershoot
alert, € / EUR on Payoneer's and Capture One's, £ / GBP on Light Blue's; lakh grouping on most, western and plain on
some. Days: dd/mm/yyyy, dd-mm-yyyy, d Month yyyy, dd Mon yyyy, dd.mm.yyyy, Mon d, yyyy, dd-Mon-yyyy and d/m/yyyy on
paper and e-mails, heldout121's PATS with an hour on screens and browsers, DD/MM/YY, DD-MM-YYYY, DD MON YY, DDMONYYYY
and DD.MM.YYYY on slips (under DT: with the hour under TM:, alone on a row with the hour, or under DATE & TIME:).
Faces: heldout119's lists (SLIP_FACES for the front desk's slips, BILL_FACES for the studio's invoices and advance
receipts, PAPER_FACES for the vendors' bills, PAGE_FACES for the platforms' payouts, the crews' payouts, the refunds,
the permits and the tax pages, SCREEN_FACES for the rest). Frames: heldout152's ``compose`` (heldout121's, with
heldout129's rubber stamp on the studio's invoices and advance receipts). Seeds ``heldout153-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; as heldout152 keeps them; *settled* where
this set chose):

* merchant_name: the one paid, as printed: the studio (Kathachitra Studios, Kathachitra Films LLP, in capitals on
  some) on UPI screens (Paid to / To / Sent to) and transfers (Beneficiary Name / Payee Name / Transfer to; never the
  Remitter), in capitals on its slips (never the terminal maker), on top of its own invoices and advance receipts
  (never the Bill to / Client / Billed to or the one in "Received with thanks from"); the vendor, the freelancer on
  top of their bills (never M/s the studio under Buyer / Bill to / Customer / To); the board under Biller / Board /
  Electricity provider; the broadband provider and the software product on top (never the company line or tagline
  under it, nor the LLP under Subscriber / Account name / Bill to). Never a bank, app, terminal maker, gateway,
  platform or the payer. *settled*: where a UPI screen or a slip prints the trade name with its branch's town on one
  line (Kathachitra Studios Gwalior, Kathachitra Studios - Amritsar, KATHACHITRA STUDIOS VARANASI) that line is the
  name, town and all; a slip's locality and town on the row under the name are not. *settled*: the studio's own
  merchant app (Paytm for Business, PhonePe Business, BharatPe) names the payee under Store / Business / Outlet (the
  studio), never the client under Received from / From. *settled*: a planner's or a brand's payment intimation pays
  the LLP under Beneficiary vendor / Remitted to / Payee name, never the payer on top nor its mail's sender. A
  platform's payout pays the studio under Contributor / Payee / Account holder / Agency / Merchant / Account name /
  Seller / Legal entity / Shop owner / Deposited for / Payout to / Account, never the platform on top, the payer
  named in a line (Getty Images) nor the Etsy shop's name under Shop. *settled*: a payouts dashboard (RazorpayX,
  Cashfree Payments) pays the freelancer under Contact / Beneficiary / Paid to, never the product on top nor the LLP
  under it; a freelancer's bill pays the freelancer on top. *settled*: a licence fee receipt pays the licensor under
  Licensor (as a rent receipt pays its lessor, heldout152), never the LLP in "Received from". A refund is a payment
  the studio makes: its payee is the client under Pay to / Refund to / Refund issued to / Client / Paid to /
  Beneficiary / Buyer / Customer / Refunded to (heldout137, heldout146), never the studio on top of its voucher,
  credit note or e-mail, the gateway or the LLP under it. *settled*: Bharatkosh's e-Receipt pays the authority under
  Department (Archaeological Survey of India), never Bharatkosh on top, the Ministry or the PAO / DDO; the other
  permits and fees pay the authority on top (Directorate General of Civil Aviation, Municipal Corporation Amritsar,
  Thrissur Municipal Corporation, Employees' State Insurance Corporation, Employees' Provident Fund Organisation,
  Copyright Office, Varanasi Municipal Corporation; *settled*: ESIC's and EPFO's contribution challans name their
  corporation or organisation as payee, unlike a tax challan), never the line under it nor the studio under
  Depositor / Applicant / Licensee / Assessee / Employer / Establishment. *settled*: a card's spend alert pays the
  merchant under Merchant as the card network sends it (AFTERSHOOT.COM, AFTERSHOOT INC), never the bank on top. A
  GST challan and an income-tax challan name no payee (heldout137, heldout144).
* amount / currency: the sum this payment moved. A UPI screen's or a merchant app's sum large; a transfer's Amount /
  Transfer Amount / Amount (INR) or sum large. *settled*: an intimation's Net remitted / Amount paid / Paid amount
  (after TDS u/s 194C and an advance adjusted), never a bill's sum or the Total of bills. *settled*: a bank EMI slip's
  TXN AMOUNT / SALE AMT (the card payment to the studio), never the MONTHLY EMI, the TOTAL WITH INTEREST or the
  bank's PROC FEE. A slip's TOTAL / AMOUNT / SALE AMT. A platform's Payout amount / Amount paid / Amount / Net amount
  / Withdrawal amount / Settlement amount / Transfer amount / Disbursed amount / Deposit amount or sum large (after
  the tax withheld, the fees, GST on them, TCS and TDS u/s 194-O), never the earnings, sales or collections.
  *settled*: Upwork's Withdrawal amount is the contract's sum less the Upwork service fee (the dollars the withdrawal
  moved). The studio's invoice counts the Balance received where an advance is adjusted (never the Invoice total or
  the advance), the Received (net of TDS) where a brand deducted TDS u/s 194C, else the Amount received / Received,
  or the Cheque amount (subject to realisation) on the wait, or the Amount due / Balance due on the failed UPI
  collect request. *settled*: an advance receipt's Advance received / Amount received, never the Package value or
  the Balance payable. A freelancer's bill's and a licence receipt's Received (after TDS) / Amount received. A Bharat
  Connect page's Amount paid after a Prompt payment rebate, else the Bill amount; *settled*: where the app adds a
  Platform fee (Paytm), the Total paid (the bill with the fee: the sum the payment moved, large on the screen), never
  the Bill amount. A broadband receipt's Amount paid / Total paid or sum large. A vendor's Amount received / Received,
  or Amount outstanding, or NEFT initiated by client. *settled*: a rental house's Total received (hire + deposit)
  (the hire with GST and the Refundable security deposit: the sum the payment moved), never the Hire total (incl.
  GST) alone or the deposit. A subscription's Amount paid / Total charged / Total / Amount due or sum large.
  *settled*: a card's spend alert counts the Transaction amount in the currency charged (USD 360.00), never the
  Approx. INR equivalent or the forex markup. A refund's Refund amount / Net refund / sum large (the advance less
  the cancellation charge and what was delivered; the payment less the gateway page's Cancellation charge), never the
  advance or payment refunded from. A permit's or fee's Total / Amount paid / Challan amount / Total amount (every
  head: ASI's refundable security deposit and Varanasi's cleanliness charge included). A GST challan's Total challan
  amount / Total amount paid or sum large; an income-tax challan's Amount (in Rs.). Currency INR everywhere but nine
  pages: *settled*: Shutterstock's, Adobe Stock's and Upwork's payouts, Pixieset's and Artlist's receipts and the
  Aftershoot alert in US dollars: USD; Payoneer's payment from Getty Images and Capture One's in euros: EUR; Light
  Blue's in pounds: GBP (heldout146, heldout152), VAT (0%) / Tax 0.00 and the reverse-charge note adding nothing.
* status: as printed (the words listed with each family above). *settled*: a merchant app's Payment received /
  Received successfully / Money received are successes, Payment pending / Awaiting confirmation from payer's bank
  pending; an intimation's Status Executed / Paid a success; a slip's TIMEOUT - STATUS AWAITED (HOST NOT RESPONDING -
  DO NOT REPEAT SALE) pending; a platform's Transfer initiated / Disbursed / Deposited / Payout sent / Completed
  successes, Withdrawal pending / Processing pending, Returned to payer - account details could not be verified
  failed; the studio's CHEQUE RECEIVED - SUBJECT TO REALISATION pending (heldout110) and PAYMENT FAILED - AMOUNT
  STILL DUE failed, ADVANCE RECEIVED a success; a payouts dashboard's Queued - awaiting beneficiary bank pending; a
  vendor's PAYMENT LINK FAILED - AMOUNT OUTSTANDING failed and NEFT INITIATED - CREDIT AWAITED pending; Awaiting
  biller confirmation and Bill payment under process pending; a refund's Transfer in process / Awaiting beneficiary
  bank pending and Refund failed - source card closed failed; a spend alert's Status Approved a success; a permit's
  Payment pending - bank confirmation awaited pending; Awaiting credit from RBI - NEFT / RTGS pending.
* date: the day paid (a receipt's, invoice's, voucher's, credit note's, bill's or slip's Date / Invoice date / DT: /
  DATE & TIME: / the slip's day and hour on a row of their own; Paid on, Payment date, Value date, Received on, Date
  & time, Paid at, Transaction Date, Transferred on, Sent on, Processed on, Settled on, Deposited on, Credited on,
  Processed at, Date paid, Order date, Transaction date, Refund date, Refunded on, Date of payment, Date of deposit,
  Tender date; Attempted on, Returned on, Initiated on, Queued at on the failures and the waits). *settled*: never an
  event's or shoot's day (Event dates / Shoot dates, an advance receipt's "on <day>"), a hire period (Hire from -
  to), a lab's Delivery by, a Bill date / Due date, a Valid till / Renews on / Service period, an Earnings period /
  Settlement period / Orders between, a Wage month, a Half year, a Challan created on / CRN valid till, a Tax period
  or an Assessment Year, nor a licence receipt's month.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited or credited, wallet for PayPal, a Payoneer balance, Amazon Pay balance and MobiKwik wallet. *settled*: a
  payout to a Payoneer account or a PayPal account is wallet (README: PayPal is a wallet); a platform's payout to the
  studio's bank (Razorpay, Amazon, Etsy, Instamojo, Upwork) and an intimation's NEFT / RTGS are "netbanking"; a bank
  EMI slip is card; a vendor's failed payment link names UPI and NEFT initiated by client names "netbanking"; a
  refund's Original source - card / UPI is its way; a GST challan's Over the counter / NEFT-RTGS is "netbanking".
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference (a card refund's ARN), then
  a bank reference (Bank Ref No., Bank Ref., Bank Reference No., Bank reference, BRN, Bank Reference Number, the
  client's bank ref. on a vendor's wait; a Bharat Connect Ref / BBPS Reference ID), then a transaction / payment id
  (Transaction ID, Transaction Ref. No., TRRN, Payment ID ch_..., Payout ID PO-... / pout_... / PY..., Transfer ID,
  Settlement ID setl_..., Deposit ID, Reference ID, Refund ID, an app's own id, a GST or income-tax challan's CIN),
  then an approval code (APPROVAL CODE / AUTH ID, Approval No., Auth ID, Auth code, Authorisation code), then an
  order's number (Order ID, Google Play's Order number GPA....), then a document's own number (Invoice No. / Inv. No.
  / Bill No. / Challan No. / Receipt No. / Rcpt No. / Voucher No. / Credit note No., INV NO / RECEIPT NO on a slip,
  Invoice # on a subscription, a GST challan's CPIN, an income-tax challan's CRN; *settled*: an intimation's Payment
  document No. / Pay run No.; a permit's Receipt No. / Challan No.). *settled*: never a Bill number inside an
  intimation's or an invoice's lines or an advance's Rcpt number (Less: Advance received (Rcpt ADV/...)), a credit
  note's Original invoice, a refund page's Original payment ID, a lab's Job No., a Diary No., a Licence No. / PT
  Assessee No., an Employer code / Establishment ID, a Vendor No. / Vendor code, a Contributor ID / Customer ID /
  Agency ID / Account ID / Customer No. / User ID, a consumer, K, IVRS, account or service connection number, a BSR
  Code or Challan No. on an income-tax challan, a slip's AID, MID, TID or BATCH, a PAN, TAN, GSTIN, LLPIN or IFSC, a
  cheque number, a card or mobile number, a UPI ID or VPA.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout153_families import (
    booking_refunds,
    client_transfer,
    client_upi,
    compose,
    creative_saas,
    crew_payouts,
    gear_vendors,
    permits_fees,
    platform_payouts,
    power_bills,
    studio_pos,
    studio_receipt,
    tax_challans,
)

SPLIT = "heldout153"

FAMILIES: list[Family] = [
    ("client_upi", client_upi, SCREEN_FACES),
    ("client_transfer", client_transfer, SCREEN_FACES),
    ("studio_pos", studio_pos, SLIP_FACES),
    ("platform_payouts", platform_payouts, PAGE_FACES),
    ("studio_receipt", studio_receipt, BILL_FACES),
    ("crew_payouts", crew_payouts, PAGE_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("gear_vendors", gear_vendors, PAPER_FACES),
    ("creative_saas", creative_saas, SCREEN_FACES),
    ("booking_refunds", booking_refunds, PAGE_FACES),
    ("permits_fees", permits_fees, PAGE_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
]


def make_heldout153_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout153 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

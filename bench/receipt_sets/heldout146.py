"""heldout146: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a co-working space operator's day in 2026 (one centre in each of Indore, Kochi, Jaipur,
Chandigarh, Bhubaneswar, Vadodara, Mysuru and Nashik, a trade name and the company or LLP that runs it), told by the
proofs of payment it receives (members' UPI for desks, cabins, day passes and meeting rooms and a UPI AutoPay
mandate's monthly debit, member companies' NEFT / RTGS / IMPS for cabin rent and their accounts teams' payment
advices net of TDS, the reception's card slips, the booking platforms' payouts for day passes and meeting-room hours,
attendees' tickets for its community events and the ticketing platform's payout, its own membership invoices cum
receipts and security deposit receipts) and those it makes (the landlords' lease rent, electricity through Bharat
Connect and the internet providers' own receipts, the housekeeping, cafe, water, pest-control and plant-rental
vendors, the space-management and office software, refunds of members' security deposits and of cancelled
meeting-room bookings, property tax and the trade and signboard licences, GST and the TDS it deducted). One payment
per page.

* ``desk_upi``: a member's UPI app paying the centre (Google Pay, Paytm, BHIM, Amazon Pay, Navi; dark on some):
  heldout125's result screen, the centre (its company on some) under Paid to / To / Sent to (Paying to / Payment to on
  a wait), the app's own id on some, a Note / Message / For / Remarks (Day pass, Hot desk - 10 day pack, Meeting room
  2 hrs) on most; or a UPI AutoPay mandate's monthly debit for the desk plan (three: PhonePe, Paytm, Google Pay; the
  company under Merchant / Mandate to / Paid to, Mandate name / Purpose / Mandate for, Frequency, Max amount / Mandate
  limit / Debit up to, Payment method / Paid via UPI AutoPay, Reason on the failure, UPI Ref No. / UPI Reference ID /
  UTR and the UMN, Debited on / Executed on / Paid on / Attempted on, Mandate valid till, Debited from, Next debit
  on); Payment Successful / Paid successfully / Transaction Successful / Money sent / AutoPay payment successful /
  Monthly payment done / Mandate executed / AutoPay payment failed / Mandate execution failed / Payment Pending /
  Payment processing / Transaction pending.
* ``tenant_transfer``: a member company paying for its cabin or desks: its bank after an NEFT, RTGS or IMPS (five:
  HDFC Bank Corporate NetBanking, ICICI InstaBIZ, Kotak FYN, Axis neo for business, RBL MoBank; heldout124's page, the
  centre's company under Beneficiary / Vendor name / Pay to / Credit to, the account and IFSC, the mode, UTR / UTR
  No. / IMPS Ref No / RRN and the bank's Bank Ref No. / Reference No. / Transaction ID on some, the day, the debit
  account, Remarks / Narration / Purpose (Desk rent - 6 seats, or "Inv PCD/26-27/0116 less TDS"), Debit account name /
  Remitter and Created by / Maker, Approved by / Checker on the web pages) or its accounts team's PAYMENT ADVICE /
  Remittance Advice / Vendor Payment Advice e-mail (three: the member company on top, Dear Sir / Madam, Vendor / Payee
  / Paid to the centre, Vendor code / Supplier code, the invoices paid (Inv <number> dt <day>, or Membership invoice
  (desks) with no number), Gross invoice value / Total invoice amount, Less: TDS u/s 194-I(b) @ 10% or u/s 194C @ 2%,
  Net amount paid / Amount remitted / Net payment, Payment mode / Mode, Credited to and IFSC, UTR No. / UTR / IMPS Ref
  No. and Payment doc No. / Payment voucher No., Payment date / Value date, Status Paid / Processed / Remitted);
  Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction Failed /
  Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under process /
  Transaction in process.
* ``reception_card``: the reception's card terminal slip for a day pass, a meeting room or print credits (Pine Labs,
  Razorpay POS, Axis Bank, BharatPe Swipe, Kotak Bank, Innoviti, Yes Bank, SBI Payments; monospace): the maker on top
  on some and POWERED BY <maker> at the foot on some, the centre in capitals (its company on some), its locality and
  town, SALE / CARD SALE / CONTACTLESS SALE / UPI QR SALE, DATE <day>  TIME <hour> on one row, TXN DATE: and TXN
  TIME: or DATE/TIME:, MERCHANT ID: / MID:, TERMINAL ID: / TID:, BATCH:, ROC: / INVOICE: / BILL NO:, ITEM: / DESC:
  (DAY PASS X3, MEETING ROOM 2 HRS), CARD NUM: / CARD:, EXP: **/**, APP:, ENTRY:, TC: and TVR: and CARDHOLDER: on
  some, APPR CODE: / AUTH NO:, RRN: / REF NUM:, or MODE: UPI - DYNAMIC QR, PAYER VPA: and QR TXN ID:; BASE AMT: /
  BASE AMOUNT:, CONV FEE n%: / SURCHARGE: and TOTAL AMT: / TOTAL: on two, AMOUNT: / SALE AMOUNT: / TOTAL: on the rest
  (INR, RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED with RC 55 - INCORRECT PIN /
  RC 51 - INSUFFICIENT FUNDS / RC 05 - DO NOT HONOUR / RC 54 - EXPIRED CARD / PAYMENT PENDING with VERIFY ON
  DASHBOARD BEFORE ISSUING PASS.
* ``booking_platforms``: the booking platforms' payouts for day passes and meeting-room hours (five: myHQ's e-mail
  and its partner dashboard, GoFloaters' and Qdesq's partner dashboards in a browser, Stylework's partner app; the
  platform on top and Space partner programme / Partner payouts / Workspace partners under it, Payout summary /
  Partner payout advice / Settlement statement, Partner / Space / Paid to / Centre the centre (its company on some),
  Space ID / Partner ID / Listing ID, Bookings between / Settlement period / Usage period, Day passes (n x rate),
  Meeting room hours (n x rate), Less: Platform commission (n%), Less: GST @ 18% on commission, Less: TDS u/s 194-O
  (0.1%), Less: TCS u/s 52 (0.5%) on some, Net payout / Amount payable to partner / Payout amount (the sum large on
  the app), Bank account / Settled to, Mode (NEFT, IMPS), Payout ID (po_..., PO...), UTR / IMPS Ref No., Credited on
  / Paid on / Settled on / Failed on / Scheduled for / Expected on), Townscript's organiser payout for an event's
  tickets (one: Organiser / Payout to the centre, Event ID, Event held on, Tickets sold - <event> (n x price), Less:
  Townscript fee (2%), Less: GST on fee @ 18%, Less: Payment gateway charges (1.99%), Net amount transferred) and
  attendees' ticket confirmation e-mails from Townscript and KonfHub (two: the platform on top, Booking confirmed /
  Your order is confirmed / You're registered!, Organised by / Organiser / Hosted by the centre, Event, Event date /
  When, Venue (the centre, its locality and town), <tier> x n, Booking fee, GST on booking fee, Total paid / Amount
  paid / Order total, Payment method / Paid via, Order ID / Booking ID, Payment ID (pay_...), Ticket code, Booked on /
  Order date / Paid on, Payment status Paid / Successful / Confirmed); Paid / Payout credited / Settled / Payout
  failed - bank account could not be verified / Payout scheduled / In process.
* ``space_invoice``: the centre's own paper (serif): five TAX INVOICE CUM RECEIPT / MEMBERSHIP INVOICE - PAID /
  INVOICE & RECEIPT (the centre on top, its company on some; Invoice No. / Inv. No. / Bill No., Date / Invoice date,
  Member / Billed to / Bill to (M/s the member company or a person), Member ID / Account ID, GSTIN of member, Period /
  Membership month, Centre, the seats (Dedicated desk (open bay) n x 7500, Private cabin - 4 seater, Hot desk -
  flexi 20 days, Virtual office - business address) and extras (Meeting room overage (hrs), Printing overage (pages),
  Locker, Car parking slot, Additional access card), Taxable value / Sub total, CGST @ 9% and SGST @ 9% or IGST @
  18%, Invoice total / Total invoice value / Grand total, Less: TDS u/s 194-I(b) @ 10% / Less: TDS 194-I (10%) on a
  company's, Net amount received / Received (net of TDS) / Amount received / Received, or Cheque amount on the
  returned cheque, or Amount presented / NACH debit amount on the eNACH debit, the sum in words, Mode / Received by /
  Payment mode and its reference, or Cheque No. / Chq. No. with Cheque date / Chq. dt. and Drawn on, or Mode eNACH
  (auto-debit) / NACH debit with UMRN, Presented on and Debit from; PAID / PAYMENT RECEIVED / RECEIVED WITH THANKS /
  CHEQUE RETURNED UNPAID - MEMBERSHIP ON HOLD (Return reason) / eNACH DEBIT PRESENTED - AWAITING CLEARANCE in a row
  and in the centre's rubber stamp) and three SECURITY DEPOSIT RECEIPT / REFUNDABLE DEPOSIT RECEIPT (Receipt No. /
  Rcpt. No., Date, "Received with thanks from <member> the sum of <words> towards the interest-free refundable
  security deposit for <cabin>, as per the membership agreement dated <day>", Monthly membership fee, Deposit amount /
  Amount received / Security deposit (n months), the way; RECEIVED WITH THANKS / DEPOSIT RECEIVED and the stamp).
* ``lease_rent``: the centre paying its landlord the floor's lease rent: a landlord company's TAX INVOICE - LEASE
  RENTAL / RENT INVOICE / INVOICE (LEASE RENT & CAM) with the payment received (three: the landlord on top, Invoice
  No. / Inv. No., Date / Invoice date, Lessee / Tenant / Bill to M/s the centre's company, Premises, Leasable area,
  Rent for / Rent period, Lease rent n sq ft x rate, CAM charges n sq ft x rate, Taxable value, CGST and SGST @ 9%,
  Invoice total / Total amount, Less: TDS u/s 194-I(b) @ 10% / Less: TDS 194-I(b) (10% of taxable value), Amount
  received / Net amount received, the sum in words, Received by / Mode and its reference or the cheque; PAYMENT
  RECEIVED / PAID / RECEIVED WITH THANKS), a landlord's RENT RECEIPT / LEASE RENT RECEIPT (two: Receipt No. / No.,
  Date, "Received from the Lessee, M/s <company> (<centre>), the monthly lease rent for the premises at <building> for
  <month>", Monthly lease rent / Rent, Less: TDS, Net amount received / Amount received, Paid by / Mode of payment
  (Cheque No. n dt <day>, IMPS) and its reference, RECEIVED WITH THANKS, Lessor / Landlord / Owner (Shri on some), PAN
  of lessor, [ Revenue stamp ]) or the centre's bank after the transfer to the landlord (three: FedNet Corporate, IDFC
  FIRST Bank Business, PNB Corporate Internet Banking; heldout124's page, the landlord under Beneficiary / Payee /
  Vendor / Beneficiary name, Remarks / Narration (Lease rent Mar-26 less TDS), Debit account name, Created by / Maker,
  Approved by / Checker on the web pages); the transfers' words as in ``tenant_transfer``.
* ``power_internet``: electricity through Bharat Connect (five: Airtel Thanks, BHIM, CRED and Bajaj Finserv on a phone
  with the outcome and the sum large, IDFC FIRST Bank Business's Bill Payments - Payment Receipt / Bharat Connect -
  Transaction Receipt in a browser with Payment status / Status): Biller name / Electricity board / Billed by (MPPKVVCL,
  KSEB, CPDL, TPCODL, CESC Mysore or its long name), IVRS No. / Consumer No. / Account No. / Consumer Account No. /
  Account ID, Customer name / Consumer name the company in capitals, Tariff, Sanctioned load, Units consumed, Bill
  month / Billing month, Due date, Bill amount, Digital payment rebate and Amount paid on some, Paid using / Payment
  mode (UPI, Current A/c <masked>, Credit card <masked>, Bajaj Pay Wallet), B-Connect Txn ID / Bharat Connect Txn Ref
  / BBPS Txn ID, UPI Ref No., Order ID / Transaction ID on some, Paid on / Payment date / Attempted on / Initiated on;
  Bill payment done / Paid to biller / Bill paid successfully / Bill payment failed / Payment could not be completed /
  Bill payment pending / Biller confirmation pending; or the internet provider's own receipt (three: Spectra's Payment
  Receipt in a browser, JioBusiness's app screen, Airtel Business's e-mail; the provider on top and its company line,
  Payment successful / Payment received / Thank you for your payment, Account name / Customer name, CAN ID / Account
  No. / Service ID / Customer ID, Plan, Invoice No., Bill period, Amount paid / Amount received or the sum large,
  Payment mode / Paid using, Receipt No., Transaction ID, Bank Ref No. / Auth code / UPI Ref No., Payment date / Paid
  on / Received on, Payment status Successful / Received).
* ``service_vendors``: the vendors' paper (the vendor on top): the housekeeping agencies' TAX INVOICE / SERVICE
  INVOICE (Housekeeping staff (26 days) n x rate, Supervisor, Pantry boy, Consumables (Taski R1-R7, garbage bags),
  Service charges @ 8% on manpower on some), the cafe partners' TAX INVOICE / MONTHLY BILL (Coffee - vending (cups) n
  x rate, Tea - vending (cups), Cookies & snacks (packets), Event catering (pax); GST @ 2.5% + 2.5%), the water
  supplier's CASH MEMO / DELIVERY CUM CASH BILL (20 L jar n x rate, Dispenser rent; no GST), the pest-control firm's
  and the plant-rental firm's TAX INVOICE / SERVICE BILL / RENTAL BILL: Bill No. / Invoice No. / Memo No., Date / Bill
  date, To / Bill to / Client M/s the centre, Service month / For the month of, the lines, Taxable value / Sub total,
  CGST and SGST, Round off, Total / Bill total / Net payable, Less: TDS u/s 194C @ 2% on some housekeeping bills,
  Amount received (net of TDS) / Received (after TDS) / Amount received / Received / Paid, Mode / Paid by and its
  reference, or Amount due / Balance payable with Payment attempted UPI - declined, or Cheque received with its Cheque
  No. and Bank; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED - THANK YOU / UPI DECLINED - BILL UNPAID / CHEQUE
  DEPOSITED - AWAITING CLEARANCE.
* ``workspace_saas``: the space-management, access-control and office software (Nexudus billed in pounds, OfficeRnD
  and Kisi in US dollars, Cobot in euros; Spacebasic, Google Workspace, Zoho Books and Refrens in rupees; the vendor's
  e-mail, its billing page in a browser or an app's result screen): the product on top and its tagline or company
  line, Payment receipt / Invoice paid / Billing - transaction details / Receipt / Payment status, Bill to / Account /
  Customer the centre's company, GSTIN, Account ID / Workspace ID / Customer ID, Plan, Billing period, the lines
  (Platform fee, Admin users 2 x £15.00, Users 14 x 864.00, Door licences 4 x $299.00), Subtotal / Sub total, IGST @
  18% / GST @ 18% or Tax / VAT (0%) 0.00 with "Reverse charge: the customer accounts for IGST on this import of
  services", Amount paid / Total charged / Total / Amount due or the sum large, Payment method / Paid with (Visa /
  Mastercard ending n, UPI AutoPay (<vpa>), Net banking - <bank>), Invoice # / Invoice No., Payment ID (pay_...,
  ch_...) / Transaction ID (TXN..., Google's nnnn-nnnn-nnnn-nnnn), Bank Ref No., Auth code, UPI Ref No, Charged on /
  Payment date / Paid on / Attempted on / Initiated on, Next charge on; Status: Paid / Payment successful / Charge
  failed - card declined / Payment processing - awaiting bank confirmation.
* ``deposit_refund``: the centre refunding a member's security deposit at exit, less dues: its DEPOSIT REFUND VOUCHER
  / FULL & FINAL SETTLEMENT - DEPOSIT REFUND (two; the centre on top: Voucher No. / Refund voucher No., Date, Refund to
  / Member / Payee, Membership ended on, Cabin / desks, Security deposit held, Less: Outstanding membership fee (Inv
  ...), Less: Access cards not returned (n x 500), Less: Notice period shortfall (n days), Less: Repairs - damaged
  whiteboard & chair, Net refund / Amount refunded, the sum in words, Paid by / Mode and its reference or the cheque;
  REFUNDED / REFUND PAID), its e-mail (two: Dear <name>, your membership has ended ..., Refunded to / Beneficiary, the
  same lines, Amount refunded, Mode, To account, UTR / UPI Ref No., Refunded on, Status Refund processed) or its
  business banking app (two: Kotak Biz, YES BIZ; Paid to / Beneficiary, A/c No. and IFSC, Mode, Remarks (Deposit refund
  - exit), IMPS Ref No / UTR and Transaction ID, Date & Time / Attempted on, Debited from; Transfer successful / Money
  sent / Transfer failed - beneficiary account closed); or its gateway's refund page for a cancelled meeting-room
  booking (two: Razorpay, Cashfree Payments; the company | Live under it, Refund details / Refund status, the refund
  large, Customer / Refunded to, Booking (Meeting room 'Hampi' - 3 hrs), Payment amount / Original amount,
  Cancellation charge (n%), Refund to Source - card / UPI, Refund ID (rfnd_..., CF...), ARN / RRN, Payment ID,
  Processed on / Refunded on / Initiated on; Refund processed / Refunded / Refund in progress).
* ``civic_fees``: the centre's dues to the city (a municipal portal in a browser or its receipt printed): property tax
  (Indore on e-Nagarpalika - UADD, Madhya Pradesh, Jaipur on LSG Rajasthan - Online Services, MC Chandigarh -
  e-Services, VMC Online Services: Property ID / Assessment No. / UPIC, Occupier / Name of owner / Taxpayer, Ward /
  Zone, Usage, Built-up area, Financial year / Tax year, Property tax, Samekit kar / Urban development cess / Fire cess
  / Education cess, Penalty / interest, Rebate - early payment (5%)), a trade licence's renewal (Kochi on K-SMART -
  Local Self Government Dept., Bhubaneswar on SUJOG - e-Municipality, Odisha, Mysuru on Karnataka Municipal Data
  Society: Licence No. / TL No., Establishment, Licensee, Trade (Business centre / shared office space), Valid upto /
  Licence valid till, Trade licence fee, Sanitation charges, Late fee) or the signboard's advertisement licence
  (Nashik on NMC e-Services: Licence No., Location, Size, Licence fee n sq ft x rate, Processing fee): the portal on
  top, Local body / ULB / Municipal Corporation / Payable to the corporation, Total / Amount paid / Total amount /
  Amount payable, Mode of payment / Payment mode (Net Banking, UPI, Debit / Credit card (POS at civic centre)),
  Receipt No. / e-Receipt No., Transaction ID / Challan No., Bank Ref No. / UPI Ref No. / Auth code, Payment date /
  Paid on / Receipt date / Attempted on / Initiated on; Payment Successful / Paid / Transaction successful / Payment
  unsuccessful / Payment pending - awaiting bank confirmation.
* ``gst_tds``: GST on the GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt / e-Payment Receipt
  (PMT-06) in a browser or printed (four: Goods and Services Tax on top, CPIN and Challan generated on, GSTIN, Legal
  name / Name of taxpayer, Trade name, Return period / Tax period, CGST (0005) / SGST (0006) / UTGST (0007) / IGST
  (0008) Tax, Interest and Late fee, Total challan amount / Total amount, Mode of payment / Payment mode (E-Payment
  (Net Banking), NEFT / RTGS, Credit / Debit Card, UPI), Bank / Bank name, CIN, BRN / Bank Reference No. (BRN), UPI
  Ref No., Date of deposit / Payment date, Time / Deposit time, Initiated on; the NEFT / RTGS mandate's wait) and the
  TDS it deducted (four: ITNS 281 on the e-filing portal's e-Pay Tax - Challan Receipt in a browser or printed (Income
  Tax Department, Government of India on top), Bank of Baroda's Direct Tax (ITNS 281) - Taxpayer's Counterfoil in a
  browser, FedMobile's e-Pay Tax screen with the sum large: TAN, Name, Assessment Year, Major Head, Minor Head (200)
  TDS/TCS Payable by Taxpayer, Nature of Payment (194-I(b) - Rent on land, building or furniture, 194C, 194J(b), 192),
  Amount (in Rs.), Amount (in words), CRN / Challan Reference Number (CRN) and CRN valid till, Payment mode / Paid from
  / Paid using, Bank, BSR Code, Challan Sr. No., CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Paid
  on / Attempted on, the Tax Breakup (A Tax ... F Fee u/s 234E, Total (A+B+C+D+E+F))); Paid / Payment successful /
  Awaiting credit from RBI - NEFT / RTGS / Payment Successful / Challan paid / Tax payment failed.

Outcomes: six successes, a failed and a pending page in every family (the payment advices, the deposit receipts, the
lease invoices and receipts, the internet providers' receipts, the ticket confirmations and the refund vouchers and
e-mails are successes). Absent fields: each family leaves out the id on one page (no UTR, UPI reference, RRN, IMPS
reference, ARN, approval or auth code, bank reference, B-Connect / Bharat Connect / BBPS reference, BRN, transaction,
payment, payout, order, booking, QR, charge or refund id, CIN, CPIN, CRN, challan number, the app's own id, UMN,
receipt, invoice, bill, memo, voucher, ROC or payment document number, no invoice number in a payment advice or a
deduction; MID, TID, BATCH, card, account and cheque numbers, UPI IDs, GSTIN, IFSC, PAN, TAN, BSR codes, member,
account, workspace, customer, space, listing and partner ids, consumer, IVRS, CAN and service numbers, property ids,
assessment and licence numbers stay) and the day on one (no date anywhere: no invoice, agreement, cheque, event,
validity, next-debit, next-charge, membership-end or due day, no bill, rent, service or membership month, no
billing, booking, settlement or usage period, no financial, assessment, tax or return period, no year in a
document's number, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in),
no CIN or CPIN (both spell the year), no app id that carries one; an e-mail's hour, a slip's TIME and a phone's
clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips,
£ / GBP on Nexudus's, € / EUR on Cobot's, $ / US$ / USD on OfficeRnD's and Kisi's; lakh grouping on most, western
and plain on some. Days: dd/mm/yyyy, dd-mm-yyyy, d Month yyyy, dd.mm.yy, dd Mon yyyy, Mon d, yyyy, dd-Mon-yy and
yyyy-mm-dd on paper and e-mails, heldout121's PATS with an hour on screens and browsers, DD/MM/YYYY, DD-MM-YY, DD MON
YYYY, DDMONYY and DD.MM.YY on slips (the hour on the same row under DATE .. TIME or DATE/TIME, or under TXN TIME).
Faces: heldout119's lists (SLIP_FACES for the reception's slips, BILL_FACES for the centre's invoices and deposit
receipts, PAPER_FACES for the vendors' bills, PAGE_FACES for the platforms' pages, the lease rent, the refunds, the
civic and tax pages, SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the
centre's invoices and deposit receipts). Seeds ``heldout146-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the centre (its company on some) on members' UPI screens (Paid to / To /
  Sent to) and transfers (Beneficiary / Vendor name / Pay to / Credit to; never the Debit account name / Remitter),
  in capitals on its slips (never the terminal maker above or below it nor the CARDHOLDER), on top of its own
  invoices and deposit receipts (never the Member / Billed to / Bill to or the one in "Received with thanks from");
  the vendor on top of its bill (never M/s the centre under To / Bill to / Client); the landlord company on top of its
  lease invoice (never M/s the centre under Lessee / Tenant / Bill to); the board under Biller name / Electricity
  board / Billed by (never the app, the bank, Bharat Connect or the Customer / Consumer name); the internet provider
  and the software product on top (never the company line or tagline under it, the card or the centre's company
  under Account name / Bill to / Account / Customer). Never a bank, app, terminal maker, gateway, platform, portal
  or the payer. *settled*: a UPI AutoPay mandate's debit pays the company under Merchant / Mandate to / Paid to.
  *settled*: a member company's payment advice pays the centre under Vendor / Payee / Paid to, never the member
  company on top of its own advice nor its mail's sender. *settled*: a booking platform's payout and a ticketing
  platform's organiser payout pay the centre under Partner / Space / Paid to / Centre / Organiser / Payout to, never
  the platform on top (heldout140's travel agency, heldout143's booking platforms). *settled*: an attendee's ticket
  bought through a ticketing platform pays the organiser under Organised by / Organiser / Hosted by (the centre), never
  the platform on top or the centre in the Venue line. *settled*: a landlord's rent receipt pays the landlord under
  Lessor / Landlord / Owner (Shri is no part of the name, heldout142), and the centre's transfer to the landlord pays
  the landlord under Beneficiary / Payee / Vendor / Beneficiary name, never the centre's company under Debit account
  name. *settled*: a refund of a security deposit or of a cancelled booking is a payment the centre makes: its payee
  is the member under Refund to / Member / Payee / Refunded to / Beneficiary / Paid to / Customer (heldout137,
  heldout140), never the centre on top of its voucher or e-mail, the gateway or the company under it; "M/s " is no
  part of the name (heldout139). *settled*: property tax and the trade and signboard licences pay the municipal
  corporation under Local body / ULB / Municipal Corporation / Payable to, never the portal on top (e-Nagarpalika,
  LSG Rajasthan, K-SMART, SUJOG, Karnataka Municipal Data Society, MC Chandigarh - e-Services, VMC Online Services,
  NMC e-Services; heldout140's department); a GST challan and an income-tax (TDS) challan name no payee (heldout137,
  heldout144: the Goods and Services Tax and Income Tax Department headings are the portals', the bank on a
  counterfoil or an app is not paid either).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount or
  sum large. *settled*: a UPI AutoPay debit's sum large, never the Max amount / Mandate limit / Debit up to.
  *settled*: a payment advice's Net amount paid / Amount remitted / Net payment (the invoices less the TDS), never
  an invoice's sum or the Gross invoice value / Total invoice amount. *settled*: a surcharged slip's TOTAL AMT /
  TOTAL (the BASE AMT and the CONV FEE n% / SURCHARGE the card was charged together, as heldout143's tip), never the
  BASE AMT / BASE AMOUNT; other slips' AMOUNT / SALE AMOUNT / TOTAL. A platform's Net payout / Amount payable to
  partner / Payout amount / Net amount transferred or the sum large (after commission, GST on it, TDS u/s 194-O, TCS
  u/s 52, the ticketing fee and gateway charges), never the Day passes, Meeting room hours or Tickets sold.
  *settled*: an attendee's ticket counts the Total paid / Amount paid / Order total (the tickets with the platform's
  booking fee and the GST on it: the sum the attendee's payment moved, heldout143's rent platform with its fee),
  never the tickets' line alone. *settled*: the centre's invoice counts the Net amount received / Received (net of
  TDS) where the member deducted TDS u/s 194-I(b), else the Amount received / Received, or the Cheque amount on the
  returned cheque, or the Amount presented / NACH debit amount on the eNACH debit; never the Sub total, a seat or an
  extra, GST or the Invoice total when TDS is deducted (heldout144's fee receipt). *settled*: a security deposit
  receipt's Deposit amount / Amount received / Security deposit (n months), never the Monthly membership fee. A lease
  invoice's and a rent receipt's Amount received / Net amount received (after TDS u/s 194-I(b)), never the Lease rent,
  CAM charges, the Taxable value or the Invoice total; a transfer's sum. A Bharat Connect page's Amount paid after a
  Digital payment rebate (the sum large on a phone), the Bill amount where no rebate is printed (heldout144). An
  internet provider's Amount paid / Amount received or sum large. A vendor's Amount received (net of TDS) / Received
  (after TDS) where the centre deducted TDS u/s 194C, else Amount received / Received / Paid, or Amount due / Balance
  payable, or Cheque received (the rounded Total / Bill total / Net payable; never the Taxable value, a line or the
  Total when TDS is deducted). A subscription's Amount paid / Total charged / Total / Amount due or sum large.
  *settled*: a deposit refund's Net refund / Amount refunded or sum large (the Security deposit held less the
  deductions), never the deposit held or a deduction; a booking refund's sum large (the Payment amount less the
  Cancellation charge), never the Payment amount / Original amount. *settled*: a civic page's Total / Amount paid /
  Total amount / Amount payable (every head summed, the penalty or late fee added and the early-payment rebate taken
  off), never the Property tax or Licence fee alone. A GST challan's Total challan amount / Total amount (every head);
  a TDS challan's Amount (in Rs.) (the same as Total (A+B+C+D+E+F), the sum large on the app), never A Tax alone.
  Currency INR everywhere but on four software pages. *settled*: Nexudus's Total / Amount paid in pounds (£195.00 /
  GBP 195.00): GBP; Cobot's in euros (€158.00 / EUR 158.00): EUR; OfficeRnD's and Kisi's in US dollars ($ / US$ /
  USD): USD (heldout142's SketchUp, heldout144's Calendly), VAT (0%) / Tax 0.00 and the reverse-charge note adding
  nothing.
* status: as printed (the words listed with each family above). *settled*: Mandate executed and Monthly payment done
  are successes, AutoPay payment failed / Mandate execution failed failed; a payment advice's Status Paid / Processed
  / Remitted a success; a slip's PAYMENT PENDING (VERIFY ON DASHBOARD BEFORE ISSUING PASS) pending; Payout scheduled
  and In process pending, Payout failed - bank account could not be verified failed; a ticket's Payment status Paid /
  Successful / Confirmed a success; the centre's CHEQUE RETURNED UNPAID - MEMBERSHIP ON HOLD failed and eNACH DEBIT
  PRESENTED - AWAITING CLEARANCE pending (heldout110's NACH presented and not yet cleared); DEPOSIT RECEIVED a
  success; a vendor's UPI DECLINED - BILL UNPAID failed and CHEQUE DEPOSITED - AWAITING CLEARANCE pending; Biller
  confirmation pending and Bill payment pending pending; Charge failed - card declined failed and Payment processing
  - awaiting bank confirmation pending; Refund in progress pending and Transfer failed - beneficiary account closed
  failed; Payment unsuccessful failed and Payment pending - awaiting bank confirmation pending; Awaiting credit from
  RBI - NEFT / RTGS (a GST challan's NEFT / RTGS mandate generated, the bank's credit not yet reported) pending.
* date: the day paid (an invoice's, receipt's, voucher's, bill's or slip's Date / Invoice date / Bill date / DATE /
  TXN DATE / DATE/TIME; Paid on, Payment date, Value date, Debited on, Executed on, Date & Time, Transaction Date,
  Transferred on, Credited on, Settled on, Booked on, Order date, Charged on, Receipt date, Received on, Refunded on,
  Processed on, Date of deposit; Attempted on, Failed on, Initiated on and a payout's Scheduled for / Expected on on
  the failures and the waits). *settled*: an eNACH debit's Presented on is its day (heldout110; the same day as the
  invoice's Date here). *settled*: never an invoice's day in a payment advice or a remark, a membership agreement's,
  a cheque's (Cheque date / Chq. dt. / dt <day>), an event's (Event date / When / Event held on), a mandate's or a
  licence's validity (Mandate valid till / Valid upto / Licence valid till / CRN valid till), a Next debit on / Next
  charge on, Membership ended on, Challan generated on, a Bill month / Billing month / Due date / Bill period, a
  Period / Membership month / Rent for / Rent period / Service month / For the month of, a Bookings between /
  Settlement period / Usage period, a Billing period (even where it starts on the day paid), a Financial year / Tax
  year / Assessment Year or a Return period / Tax period.
* payment_method: UPI, card (a slip's card, a card on a page, a refund to a card, Debit / Credit card (POS at civic
  centre), Credit / Debit Card on GST), cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank
  account debited (Current A/c <masked>, Paid from), wallet for Bajaj Pay Wallet. *settled*: UPI AutoPay (a mandate's
  debit, a subscription's) is UPI; a slip's MODE: UPI - DYNAMIC QR with a PAYER VPA is UPI; an eNACH / NACH debit is
  "netbanking" (heldout110); a platform's payout by NEFT / IMPS and a payment advice's NEFT / RTGS / IMPS are
  "netbanking"; a GST challan's NEFT / RTGS mandate is "netbanking"; a vendor's failed UPI names UPI (Payment
  attempted UPI - declined) and its Cheque received names cheque; a refund's Source - card / UPI is its way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Reference No., Txn Ref No., BRN, Bank
  Reference Number; a B-Connect Txn ID / Bharat Connect Txn Ref / BBPS Txn ID, heldout137), then a transaction /
  payment id (Transaction ID, Payment ID pay_... / ch_..., TXN..., an app's own id, a Payout ID, a Refund ID, a
  slip's QR TXN ID, a civic page's Transaction ID / Challan No. (heldout144's professional tax Challan No.), a GST or
  TDS challan's CIN), then an approval code (APPR CODE / AUTH NO on a slip, Auth code), then an order's number (a
  Bharat Connect page's Order ID, heldout143; *settled*: a ticket's Order ID / Booking ID, below its Payment ID), then
  a document's own number (Invoice No. / Inv. No. / Bill No. / Memo No., Receipt No. / Rcpt. No. / e-Receipt No. /
  No., Voucher No. / Refund voucher No., Invoice # on a subscription, ROC / INVOICE / BILL NO on a slip, a GST
  challan's CPIN, a TDS challan's CRN (heldout144); *settled*: a payment advice's Payment doc No. / Payment voucher
  No.). *settled*: never a mandate's UMN or an eNACH UMRN (heldout110), an invoice number in a payment advice, a
  remark or a deduction, an internet provider's Invoice No. (the bill it settles, not this payment), a ticket's Ticket
  code, the original Payment ID on a refund page, a slip's TC, TVR or AID, a BSR Code or Challan Sr. No. (the bank's
  serial; the BSR code, the day and it make up the CIN), a PAN or TAN, a Member ID / Account ID / Workspace ID /
  Customer ID, a Space ID / Partner ID / Listing ID / Event ID, a Vendor code / Supplier code, a consumer, IVRS, CAN,
  service or account number, a Property ID / Assessment No. / UPIC, a Licence No. / TL No., a cheque number, MID,
  TID, BATCH, a card or mobile number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout146_families import (
    booking_platforms,
    civic_fees,
    compose,
    deposit_refund,
    desk_upi,
    gst_tds,
    lease_rent,
    power_internet,
    reception_card,
    service_vendors,
    space_invoice,
    tenant_transfer,
    workspace_saas,
)

SPLIT = "heldout146"

FAMILIES: list[Family] = [
    ("desk_upi", desk_upi, SCREEN_FACES),
    ("tenant_transfer", tenant_transfer, SCREEN_FACES),
    ("reception_card", reception_card, SLIP_FACES),
    ("booking_platforms", booking_platforms, PAGE_FACES),
    ("space_invoice", space_invoice, BILL_FACES),
    ("lease_rent", lease_rent, PAGE_FACES),
    ("power_internet", power_internet, SCREEN_FACES),
    ("service_vendors", service_vendors, PAPER_FACES),
    ("workspace_saas", workspace_saas, SCREEN_FACES),
    ("deposit_refund", deposit_refund, PAGE_FACES),
    ("civic_fees", civic_fees, PAGE_FACES),
    ("gst_tds", gst_tds, PAGE_FACES),
]


def make_heldout146_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout146 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

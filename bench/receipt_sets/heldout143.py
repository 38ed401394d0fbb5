"""heldout143: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a beauty salon and spa chain's day in 2026 (one salon in each of Lucknow, Visakhapatnam,
Nagpur, Coimbatore, Bhopal, Guwahati, Mangaluru and Jalandhar, a trade name and the franchisee firm that runs it),
told by the proofs of payment it receives (walk-in clients' UPI, a bride's family's or an event company's bank
transfer for a bridal or a show booking, the front desk's card slips with a tip on some, its own service bills and
its gift voucher and prepaid membership card sales, its bridal booking advance receipts, the booking and deals
platforms' settlements) and those it makes (the beauty-product distributors' invoices and their salesmen's
collection receipts, electricity through Bharat Connect and the shop's rent through a rent-payment platform, the
salon software and marketing tools, the stylists' commission payouts, refunds of cancelled bridal bookings, the shop
and establishment fee, professional tax and GST). One payment per page.

* ``walkin_upi``: a walk-in client's UPI app paying the salon at the reception (WhatsApp Pay, Google Pay, Paytm,
  CRED, PhonePe, MobiKwik, Amazon Pay, BHIM; dark on CRED and some others): heldout125's result screen, the salon
  (its franchisee firm on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the
  app's own id on some, a Note / Message / Add a note / For (Hair spa & blow dry, Root touch-up, Keratin - balance)
  on most; Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment Failed /
  Transaction failed / Payment declined / Payment Pending / Payment processing / Transaction pending.
* ``booking_transfer``: a bride's family's or an event company's bank after an NEFT, RTGS or IMPS to the salon for a
  bridal package or a show's makeup (iMobile Pay, IDBI Bank Internet Banking, BOI Mobile Omni Neo, UCO mBanking
  Plus, Kotak Net Banking, IndusMobile, Punjab & Sind Bank e-Banking, J&K Bank mPay Delight+): heldout124's page,
  the salon (its franchisee firm on many) under Beneficiary / Payee Name / Credit to, the account and IFSC, the
  mode, UTR / UTR No. / IMPS Ref No / RRN and the bank's Reference No. / Txn Ref No / Transaction ID on some, the day,
  the debit account, Remitter / Sender (the bride's father, the bride or the event company) on some, Remarks /
  Purpose of transfer / Description (Bridal package advance, Show makeup - 14 models); Transaction Successful /
  Funds transferred successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank /
  <mode> transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in process.
* ``desk_slip``: the front desk's card terminal slip (Mswipe, Worldline, PhonePe Smart POS, Ezetap by Razorpay, HDFC
  Bank, Paytm card machine, ICICI Merchant Services, Fiserv; monospace): the maker, the salon in capitals (its firm
  on some), its locality and town; three SALE WITH TIP / SALE + TIP slips (BASE AMT / BASE AMOUNT, TIP AMT / TIP,
  TOTAL / TOTAL AMT), three SALE / CARD SALE slips, a CONTACTLESS SALE (ENTRY: CONTACTLESS, CONTACTLESS - NO PIN
  REQUIRED) and a UPI - DYNAMIC QR slip (PAYER VPA, TXN ID); DT:<day>  TM:<hour> on one row, or DATE: / DT: and
  TIME: / TM:, MID and TID on one row (MID:n TID:n) or MID: / M.ID: and TID: / T.ID:, BATCH NO:, INV#: / BILL#: /
  INVOICE:, CARD: (masked), CARD TYPE: / APP: (VISA CREDIT, RUPAY DEBIT), ENTRY:, AUTH#: / AUTH ID: / APPR:, RRN#: /
  RRN:, AMOUNT: / SALE AMT: / TOTAL: (INR, RS or none; western grouping or plain); APPROVED / TXN APPROVED - THANK
  YOU / DECLINED / NOT APPROVED with RESP: 05 DO NOT HONOUR / 51 INSUFFICIENT FUNDS / 55 INCORRECT PIN / 54 EXPIRED
  CARD / STATUS: PENDING with VERIFY IN MERCHANT APP BEFORE RETRY.
* ``salon_bill``: the salon's own paper at its reception (a thermal roll): five service bills (TAX INVOICE / SERVICE
  INVOICE / BILL: Inv No. / Bill No., Date: <day>   Time: <hour> on one row or Date and Time, Guest / Client, Mob
  (masked), Stylist / Served by, the services (Global colour - Inoa x1, Pedicure - spa x1) and the retail counter's
  products (Retail: Kerastase Bain Satin 250 ml x2), Sub total, Less: Membership disc (Gold 15%), Taxable value,
  CGST 9% and SGST 9%, Round off, Net payable / Bill amount / Grand total; on some Less: Gift voucher GV-... redeemed
  or Less: Paid from prepaid card (wallet); Amount paid / Paid by UPI / Paid by card / Balance paid (UPI) / Paid
  (cash), Cash tendered and Change, Mode / Payment and UPI Ref No. / UPI Txn ID / UPI Ref / UPI RRN / Auth Code /
  Approval No. / RRN, or Balance due and Tried <card> on a failure; PAID / PAYMENT RECEIVED / PAID - THANK YOU /
  CARD DECLINED - BILL UNPAID) and three sales (GIFT VOUCHER - SALE RECEIPT / GIFT CARD RECEIPT, PREPAID MEMBERSHIP
  CARD - RECEIPT / MEMBERSHIP CARD SALE: Receipt No. / Rcpt No., Purchased by / Bought by, For / Gift to, Voucher No.
  / Card No., Voucher value, Valid on, or Card (Gold prepaid card - Pay 10,000 get 12,500), Value credited, Discount
  on services, Valid till / Expiry, Amount paid / Amount received and the sum in words, or Amount payable and Payment
  link sent to; VOUCHER ISSUED / CARD ACTIVATED / PAYMENT LINK SENT - VOUCHER ACTIVATES ON PAYMENT).
* ``bridal_receipt``: the salon's BRIDAL BOOKING RECEIPT / ADVANCE RECEIPT - BRIDAL PACKAGE / BOOKING RECEIPT (paper,
  serif): the salon on top (its firm on some), Receipt No. / No. / Sl. No., Date, Received from Mr. / Shri <the
  bride's father> with Bride Ms. / Miss <the bride>, or Received (with thanks) from Ms. <the bride> (bride), Package
  (Royal Bridal (HD) + 3 pre-bridal sittings), Function (Wedding & reception, Muhurtham & reception, Biya (wedding),
  Anand Karaj & reception), Event date, Venue, Artist / Makeup artist, Package value / Total package, Received
  earlier on some, This payment / Amount received now / Advance received, Balance payable on event day / Balance (on
  the day), Rupees / The sum of Rupees <words>, Mode / By (cash, UPI, NEFT, IMPS) and its reference, or Cheque No. /
  Chq. No., Cheque date / Chq. dt. and Drawn on / Bank; RECEIVED WITH THANKS / BOOKING CONFIRMED / ADVANCE RECEIVED -
  DATE BLOCKED / CHEQUE DISHONOURED - SLOT RELEASED / PDC RECEIVED - BOOKING CONFIRMED ON CLEARANCE in a row and in
  the bridal desk's rubber stamp.
* ``distributor_bill``: a beauty-product distributor's paper to the salon: five TAX INVOICEs (the distributor on top,
  the brands it carries, Inv No. / Invoice No., Inv Date / Date, Beat / Route, Salesman, Bill to / Buyer M/s the
  salon's firm, Ship to the salon, the items with their HSN in brackets (L'Oreal Majirel 6.0 (50 g) [3305] 24 tube x
  410), Scheme: Buy 10 get 1 free - n tube(s) free (no charge), Gross value, Less: Trade discount n%, Taxable value,
  CGST 9% and SGST 9%, Round off, Invoice value / Net amount with Received / Amount received, Mode / Paid by (NEFT,
  UPI, cash) and its reference, or Amount outstanding / Due with the returned cheque and its Return reason; PAID /
  PAYMENT RECEIVED WITH THANKS / CHEQUE RETURNED - AMOUNT OUTSTANDING) and three salesmen's COLLECTION RECEIPT /
  PAYMENT COLLECTION SLIP from a handheld printer (the distributor on top, Receipt # / Rcpt No., Date & time / Date
  (the day and a 24-hour time) or Time, Outlet / Retailer the salon, Outlet code, Collected by / Salesman, Bills
  adjusted: INV-n (dt <its day>) and its sum, Amount collected / Total collected, Mode and its reference or the
  cheque, Outstanding after this; COLLECTED / RECEIVED / CHEQUE COLLECTED - SUBJECT TO CLEARANCE).
* ``rent_power``: the salon's electricity bill through Bharat Connect (five: Freecharge, HDFC Bank NetBanking's
  BillPay in a browser, Amazon Pay with its balance, bob World, MobiKwik; the outcome, the sum large on an app): Biller
  / Electricity provider / Board the board (MVVNL, APEPDCL, MSEDCL, TNPDCL, MPMKVVCL, APDCL, MESCOM, PSPCL or its long
  name), its number (Account No., Service No., Consumer No., IVRS No., Account ID), Registered name / Consumer name
  the salon's firm in capitals, Connection type (LT Commercial (LMV-2), NDS - non-domestic), Bill period, Due date,
  Bill amount, Convenience fee / CCF nil, Amount paid / Total on the browser, Paid using / Payment mode (UPI, Amazon
  Pay balance, Savings / current account), Bharat Connect Ref / BBPS Txn Ref, UPI RRN, Order ID / Transaction ID on
  some, Paid on / Date & time / Attempted on / Initiated on; Bill paid / Payment successful / Electricity bill paid /
  Payment failed / Bill payment failed / Awaiting confirmation from biller / Payment pending. Or the shop's rent
  through a rent-payment platform (three: CRED and NoBroker Pay on a credit card, Housing.com by UPI in a browser):
  Rent paid / Rent paid successfully / Payment received - transfer to landlord in progress, the sum large on an app,
  Rent paid to / Landlord / Owner name, Property (Shop n, the locality, the town), Rent for <Month yyyy>, Landlord A/c
  and IFSC or Landlord UPI ID, Rent amount, Platform fee (n%) and GST on fee (18%) on a card, Total paid / Amount
  charged on the browser, Paid using / Payment method, Payment ID / Transaction ID (CRD..., NBP..., HSG...), UTR (to
  landlord) / Landlord credit UTR, Paid on.
* ``salon_software``: the chain's software and marketing tools (Zenoti, MioSalon, Salonist, Invoay, Canva, Adobe;
  Mailchimp and Squarespace billed in US dollars; the vendor's billing page in a browser, its e-mail or an app's
  result screen): the product on top and its tagline or company line (Salon & spa management platform, Intuit
  Mailchimp, Creative Cloud), Invoice paid / Payment receipt / Thanks for your payment / We couldn't process your
  payment, Bill to / Customer / Account holder the salon's firm, GSTIN, Plan, Centres / Outlets
  / Locations / People n x rate or Subscription / Plan charge, an add-on (SMS pack 10,000, WhatsApp reminders, Loyalty
  module, Acuity Scheduling), Taxable amount / Subtotal, IGST @ 18% / GST 18% / Sales tax 0.00 (reverse charge),
  Amount paid / Total charged / Total / Amount due or the sum large, Paid with / Payment method (a card, UPI AutoPay
  (<vpa>), Net banking - <bank>), Invoice # / Receipt # / Invoice no., Payment ID (pay_..., ch_...) / Transaction
  ID (TXN...) / Transaction reference, Auth code, UPI Ref No, Payment date / Charged on / Attempted on / Initiated
  on, Next billing date; Status: Paid / Payment successful / Payment failed - card declined / Mandate execution in
  progress.
* ``stylist_payout``: the chain paying a stylist the month's commission: three STAFF COMMISSION PAYOUT SLIP /
  INCENTIVE PAYMENT VOUCHER / COMMISSION VOUCHER papers (the salon on top, Slip No. / Voucher No., Date, Paid to /
  Stylist / Payee, Emp. code, Designation, For the month, Service sales (ex-GST), Retail sales, Commission @ n% on
  services, Retail incentive @ 5%, Card tips passed on, Less: Salary advance, Less: Product over-use recovery, Net
  commission paid / Net paid / Net payable and the sum in words, Mode / Paid by and its reference; PAID / PAID -
  RECEIVED BY STAFF / APPROVED - CREDIT WITH MONTH-END RUN), three business banking apps (CUB All in One, DCB Business,
  Ujjivan Business: Transfer successful / Money sent / Payout successful / Transfer failed / Payout failed, the sum
  large, Paid to / Beneficiary / Sent to, the account and IFSC or UPI ID, Mode, Remarks (Commission & tips), Gross fee
  and Less: TDS u/s 194J @ 10% on the freelance makeup artist's, IMPS Ref No / UPI Ref No / UTR and Transaction ID /
  Txn Ref No., Date & Time / Paid on / Attempted on, Debited from / From) and two bank alerts on heldout106's messages
  screen (HDFC Bank's "Sent Rs.n / From HDFC Bank A/C *n / To <NAME> / On dd/mm/yy / Ref n / Not You? ...", SBI's
  "Dear SBI User, your A/c Xn-debited by Rsn on ddMonyy transfer to <NAME> Ref No n. ...").
* ``booking_settlement``: a booking or deals platform settling a week's online bookings, bills or vouchers to the
  salon (Fresha, magicpin, nearbuy, Zoylee; its e-mail, its partner page in a browser or its business app): the
  platform on top and its partner line, Payout / Settlement advice / Merchant share statement / Partner payout, Paid
  to / Business, Merchant / Outlet, Merchant name / Outlet or Partner / Salon the salon (its firm on many), Location
  ID / Merchant ID / Outlet code / Partner ID, Sales period / Bills between / Redemptions between / Bookings between;
  Fresha's Online sales (n appointments), Less: Payment processing fees, Less: New client fee (20% on n first
  visits), Less: GST 18% on fees, Payout amount; magicpin's magicPay bills (n), Less: magicpin commission n%, Less:
  GST @ 18% on commission, Less: TCS u/s 52 (0.5%), Add: magicpin-funded cashback, Net settlement; nearbuy's Vouchers
  redeemed n x price, Merchant share n%, Less: TDS u/s 194-O (0.1%), Less: TCS (0.5%), Net payable; Zoylee's Booking
  value (n bookings), Less: Zoylee fee 15%, Less: GST on fee, Less: Cancellation adjustment, Amount transferred;
  Settled to A/c / Bank account, Mode, Payout ID (po_...) / Settlement ID / Payment ref no. /
  Transfer ID, UTR / Bank reference (UTR) / IMPS Ref / RRN / Bank reference, Paid out on / Settled on / Credited on /
  Expected on / Failed on; Status: Paid / Settled / Credited / In transit / Failed - bank account details invalid
  (the outcome and the sum large on the app).
* ``bridal_refund``: the salon refunding a cancelled bridal booking's advance in full or in part: its printed REFUND
  VOUCHER - BRIDAL BOOKING / CANCELLATION & REFUND NOTE (two; the salon on top), its refund e-mail from the bridal
  desk (two; Dear <name>, As requested, we have cancelled your booking ...) or its gateway's refund page in a browser
  (Instamojo, CCAvenue, PhonePe PG, Paytm PG; the salon's firm - merchant dashboard under it, the outcome and the
  refund large): Refund to / Payee / Refunded to / Customer the bride or her father (Ms. / Mr. / Shri on paper and
  mail), Booking No. / Booking ID, Event date (cancelled), Cancelled on, Reason, Advance received / Advance paid /
  Payment amount / Original amount, Less: Cancellation charge (n%), Less: Trial makeup availed, Cancellation charge,
  Net refund / Refund amount, Refund type, Mode / Refunded via (NEFT / IMPS to A/c XXXXn, a cheque) or Refund mode
  (Source - UPI / card / net banking), Voucher No. / Ref No., Refund reference (RF...), Refund ID, ARN on a card, RRN
  / UPI RRN / UTR No. / IMPS Ref No. / Bank Ref No otherwise, Order ID / Original transaction ID on some, Refunded on
  / Processed on / Failed on / Initiated on or the voucher's Date; REFUNDED / REFUND PAID / Status: Refund processed /
  Refunded / Refund successful / Refund failed / Refund initiated / Processing.
* ``govt_dues``: the salon's dues to government (a portal in a browser or its receipt printed): the shop and
  establishment registration fee (Shram Vibhag UP - Online Services for the labour department of Uttar Pradesh,
  e-Karmika for Karnataka's: Shops & Establishments - Fee Receipt / Renewal fee - e-Receipt, Registration No.,
  Establishment, Employer, Category (Shop - beauty parlour & spa), Workers, Valid up to, Renewal fee / Registration
  fee (n workers), Late fee), professional tax (CFMS for Andhra Pradesh's commercial taxes department, MP Cyber
  Treasury for Madhya Pradesh's: Professional Tax - e-Challan / Payment Receipt, PT Regn No. / PTRC No., Employer /
  Dealer name, Tax period, Employees liable n x 200 / 208, Employer's own (PTEC), Interest; TN Urban e-Sevai for
  Coimbatore City Municipal Corporation's half-yearly tax: Assessment No., Name of institution, Half-year, Employees n
  x 690 / n x 1,025), Punjab State Development Tax (Punjab e-Payment - PSDT for the Excise and Taxation Department:
  PSDT Regn No., Period, Employees n x 200 x 12, Employer 200 x 12) or GST (the GST portal's Payment Receipt /
  Challan Receipt (GST PMT-06): CPIN, GSTIN, Legal name / Name of taxpayer, Tax period / Return period, CGST (0005) and
  SGST (0006) Tax and Interest); the portal on top, Department / Payable to / Paid to / Local body, Total / Amount
  paid / Total amount / Total challan amount, Mode of payment / Payment mode, Challan No. / GRN / CFMS Challan ID,
  Receipt No., CIN, Bank Ref No / BRN / UPI Ref No, Paid on / Date of payment / Payment date / Attempted on /
  Initiated on; Payment Successful / Challan paid / Success / Paid / Payment Failed / Transaction declined by bank /
  Pending - bank confirmation awaited.

Outcomes: six successes, a failed and a pending page in every family (the refund vouchers and e-mails and the bank
alerts are successes). Absent fields: each family leaves out the id on one page (no UTR, UPI reference, RRN, IMPS
reference, ARN, approval or auth code, bank, BBPS or Bharat Connect reference, BRN, transaction, payment, payout,
settlement, transfer or refund id, refund reference, the app's own id, challan number, GRN, CIN, CPIN, receipt,
invoice, bill, slip or voucher number, INV# / BILL# / INVOICE or TXN ID on a slip; booking numbers, registration,
PTRC, PSDT and assessment numbers, outlet, location, merchant and partner ids, consumer, service, IVRS and account
numbers, employee codes, voucher and card numbers of a gift voucher or a prepaid card, cheque numbers, MID, TID,
BATCH NO, card and account numbers, UPI IDs, GSTIN and IFSC stay) and the day on one (no date anywhere: no event,
cancellation, validity, expiry, cheque, invoice (Bills adjusted), bill period, due, rent month, billing, sales or
settlement period, commission month, tax period, half-year or next billing day either, no financial year in a
number, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI reference stands in), no app id
that carries one, the messages screen's divider "Today"; an e-mail's hour, a slip's TIME / TM and a bill's or a
collection receipt's Time at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS / none
on slips, Rs. / Rs in the alerts, US$ / $n USD / USD n on the two dollar pages; lakh grouping on most, western and
plain on some. Days: dd/mm/yyyy, d-Mon-yyyy, dd Month yyyy, dd.mm.yyyy, Mon d, yyyy, dd-mm-yy, Ddd, dd Mon yyyy and
yyyy-mm-dd on paper and e-mails (a bill's dd/mm/yyyy, dd-mm-yyyy, dd.mm.yy or d-Mon-yyyy beside its Time; a
collection receipt's dd/mm/yyyy, dd-mm-yyyy or dd.mm.yy with a 24-hour time), heldout121's PATS with an hour on
screens and browsers, DD/MM/YYYY, DD-MM-YY, DD MON YYYY and DDMONYYYY on slips, dd/mm/yy and ddMonyy in the alerts.
Faces: heldout119's lists (SLIP_FACES for the desk slips, BILL_FACES for the bridal receipt, PAPER_FACES for the
salon's bills and the distributors' papers, PAGE_FACES for the payouts, settlements, refunds and government pages,
SCREEN_FACES for the rest). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the bridal receipt,
heldout106's messages screen for the bank alerts). Seeds ``heldout143-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the salon (its firm on some) on clients' UPI screens (Paid to / To / Sent
  to) and transfers (Beneficiary / Payee Name / Credit to; never the Remitter / Sender, the payer, heldout141), in
  capitals on its slips (never the terminal maker or the bank above it, nor the PAYER VPA), on top of its own bills,
  voucher and card sales and bridal receipts (never the Guest / Client, Purchased by / Bought by, For / Gift to, the
  Stylist / Served by, Received from, the Bride or the Artist); the distributor on top of its invoice (never M/s the
  salon's firm under Bill to / Buyer nor the Ship to); the board under Biller / Electricity provider / Board (never
  the app, the bank, Bharat Connect or the Registered / Consumer name); the software product on top (never its
  tagline or company line, the card or the firm under Bill to / Customer / Account holder). Never a bank, app,
  terminal maker, gateway, platform, portal or the payer. *settled*: a salesman's collection receipt pays the
  distributor on top, never the Outlet / Retailer (the salon) nor the salesman under Collected by / Salesman.
  *settled*: rent through a rent-payment platform pays the landlord under Rent paid to / Landlord / Owner name (as
  printed, in capitals on some), never CRED, NoBroker Pay or Housing.com on top. *settled*: a commission payout pays
  the stylist under Paid to / Stylist / Payee / Beneficiary / Sent to (never the salon on top of its own slip, the
  bank's app on top or the firm under Debited from / From); an alert pays the name it sends to ("To <NAME>",
  "transfer to <NAME>"), in capitals as printed. *settled*: a platform's settlement pays the salon under Paid to /
  Business / Merchant / Outlet / Merchant name / Partner / Salon, never the platform on top (heldout140's travel
  agency). *settled*: a cancelled bridal booking's refund pays the one refunded under Refund to / Payee / Refunded to
  / Customer, the bride or her father as printed (heldout137, heldout140), never the salon on top of its voucher or
  e-mail, the gateway or the firm under it; an honorific (Ms. / Miss / Mr. / Shri) is no part of the name
  (heldout142). *settled*: a shop and establishment fee's payee is the labour department under Department / Payable
  to, professional tax's the commercial tax(es) department under Department / Paid to or the municipal corporation
  under Local body / Payable to, the PSDT's the Excise and Taxation Department under Department / Payable to, never
  the portal on top (Shram Vibhag UP - Online Services, e-Karmika, CFMS, MP Cyber Treasury, TN Urban e-Sevai, Punjab
  e-Payment - PSDT); a GST challan names no payee (heldout137: the Centre and the state are paid; the portal and the
  bank are not).
* amount / currency: the sum this payment moved. A UPI screen's sum large; a transfer's Amount / Transfer Amount or
  sum large. *settled*: a tipped card slip's TOTAL / TOTAL AMT (the base and the tip the card was charged together),
  never the BASE AMT / BASE AMOUNT or the TIP / TIP AMT alone; other slips' AMOUNT / SALE AMT / TOTAL. *settled*: a
  service bill's Amount paid / Paid by <way> / Balance paid (<way>) / Paid (cash): after Less: Gift voucher ...
  redeemed or Less: Paid from prepaid card (wallet) where printed (a voucher's or the wallet's part is no payment on
  this page), never the Net payable / Bill amount / Grand total then, the Sub total, the Taxable value, a line, GST,
  Cash tendered or Change; an unpaid bill's Balance due. *settled*: a gift voucher's or a prepaid membership card's
  sale counts the price paid (Amount paid / Amount received; Amount payable while the link waits), never the Value
  credited of a "Pay 10,000 get 12,500" card. *settled*: a bridal receipt's This payment / Amount received now /
  Advance received, never the Package value / Total package, Received earlier or the Balance. A distributor's
  Received / Amount received or Amount outstanding / Due (the rounded Invoice value / Net amount, the same sum; never
  the Gross value, the Taxable value or a line); *settled*: a collection receipt's Amount collected / Total collected
  (the bills adjusted summed), never a bill under Bills adjusted or the Outstanding after this. A board's sum large or
  Amount paid / Total (the Bill amount, no fee charged). *settled*: rent through a platform counts the total the
  card or the UPI account was charged (the sum large, Total paid / Amount charged: the Rent amount, the Platform fee
  and the GST on fee; heldout141's Bharat Connect total with its fee), never the Rent amount alone where a fee is
  added. A subscription's Amount paid / Total charged / Total / Amount due or its sum large (after the add-on, with
  GST). *settled*: a commission payout's Net commission paid / Net paid / Net payable or the sum large (after the
  advance, the recovery and TDS u/s 194J), never the Service sales, Retail sales, a commission or incentive head or
  the Gross fee; an alert's sum sent or debited. *settled*: a settlement's Payout amount / Net settlement (with Add:
  magicpin-funded cashback) / Net payable / Amount transferred or the sum large, never the Online
  sales, magicPay bills, Vouchers redeemed, Merchant share or Booking value. A refund's Net refund / Refund amount
  (the sum large on a gateway), never the Advance received / Advance paid / Payment amount / Original amount.
  *settled*: a government page's Total / Amount paid / Total amount (every head summed: the employer's own tax, the
  late fee and interest included); a challan's Total challan amount / Total amount. Currency INR everywhere but on
  Mailchimp's and Squarespace's pages. *settled*: Mailchimp's and Squarespace's subscriptions count their Total /
  Amount paid in USD (US$n / $n USD / USD n, Sales tax 0.00 (reverse charge)): currency USD.
* status: as printed (the words listed with each family above). *settled*: a slip's STATUS: PENDING (VERIFY IN
  MERCHANT APP BEFORE RETRY) is pending; a bill's CARD DECLINED - BILL UNPAID failed and a voucher's PAYMENT LINK
  SENT - VOUCHER ACTIVATES ON PAYMENT pending; a bridal receipt's PDC RECEIVED - BOOKING CONFIRMED ON CLEARANCE (a
  post-dated cheque) pending and CHEQUE DISHONOURED - SLOT RELEASED failed; a distributor's CHEQUE RETURNED - AMOUNT
  OUTSTANDING failed and a collection receipt's CHEQUE COLLECTED - SUBJECT TO CLEARANCE pending; a rent platform's
  Payment received - transfer to landlord in progress pending (the card is charged, the landlord is not yet paid);
  Awaiting confirmation from biller, Mandate execution in progress, In transit, Processing /
  Refund initiated and Pending - bank confirmation awaited pending; a commission slip's APPROVED - CREDIT WITH
  MONTH-END RUN pending; Failed - bank account details invalid and Refund failed failed.
* date: the day paid (a bill's, receipt's, voucher's, slip's or invoice's Date / Inv Date / DATE / DT; Date & time,
  Paid on, Payment date, Charged on, Transaction Date, Date of payment, Paid out on, Settled on, Credited on,
  Processed on, Refunded on, the day an alert names; Attempted on, Failed on, Initiated on and a settlement's
  Expected on on the failures and the waits; a rent platform's Paid on on its wait). *settled*: a bridal receipt's
  Date is the day even for a post-dated cheque (its Cheque date / Chq. dt. never is); an unpaid bill's, voucher's
  and invoice's day is its Date. *settled*: never an Event date / Event date (cancelled), Cancelled on, Valid till /
  Expiry / Valid up to, an invoice's day under Bills adjusted, a Bill period or Due date, Rent for <month>, a Next
  billing date, a Sales period / Bills between / Redemptions between / Bookings between, For the month, a Tax period
  / Return period, Half-year or Period.
* payment_method: UPI, card (a slip's card, a card on a page, a refund to a card), cash, cheque, "netbanking" for
  NEFT / RTGS / IMPS and net banking, wallet for Amazon Pay balance on a Bharat Connect page. *settled*: a slip's UPI
  - DYNAMIC QR with a PAYER VPA is UPI; UPI AutoPay is UPI; a debit card on a government page is card; a bill's
  Tried <card> on a failure is card; a voucher waiting on a payment link and an approved commission slip name no
  way; a settlement's NEFT / IMPS is "netbanking"; an alert's UPI send is UPI; a refund's Source - UPI / card / net
  banking and a refund voucher's cheque are its way; a power bill paid from a Savings / current account is
  "netbanking".
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (a card refund's
  ARN; *settled*: a rent platform's UTR (to landlord) / Landlord credit UTR), then a bank reference (Bank Ref No.,
  Bank Txn Ref, Bank reference, Reference No., Txn Ref No., BRN; a Bharat Connect Ref / BBPS Txn Ref, heldout137),
  then a transaction / payment id (Transaction ID, Transaction reference, TXN ID on a UPI slip, Payment ID pay_... /
  ch_..., an app's own id, a Refund ID; *settled*: a refund e-mail's Refund reference, a platform's Payout ID /
  Settlement ID / Payment ref no. / Transfer ID (heldout141), a government page's Challan No. / GRN / CFMS Challan ID
  (heldout140's treasury GRN), a GST challan's CIN), then an approval code (AUTH# / AUTH ID / APPR on a slip, Auth
  Code / Auth code / Approval No.), then a Bharat Connect page's Order ID, then a document's own number (Inv No. /
  Bill No. / Invoice No., Receipt No. / Rcpt No. / Receipt # / No. / Sl. No., Slip No. / Voucher No. / Ref No., Invoice
  # / Invoice no., INV# / BILL# / INVOICE on a slip; a GST challan's CPIN, heldout128). *settled*: never a Booking No.
  / Booking ID, an Order ID / Original transaction ID on a refund page (the booking's payment, not this refund), an
  invoice number under Bills adjusted, a voucher's or a prepaid card's Voucher No. / Card No., a Registration No. /
  PT Regn No. / PTRC No. / PSDT Regn No. / Assessment No., a Location / Merchant / Partner ID or Outlet code, an Emp.
  code, a consumer, service, IVRS or account number, a cheque number, MID, TID, BATCH NO, a card, account or mobile
  number, a UPI ID, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout143_families import (
    booking_settlement,
    booking_transfer,
    bridal_receipt,
    bridal_refund,
    compose,
    desk_slip,
    distributor_bill,
    govt_dues,
    rent_power,
    salon_bill,
    salon_software,
    stylist_payout,
    walkin_upi,
)

SPLIT = "heldout143"

FAMILIES: list[Family] = [
    ("walkin_upi", walkin_upi, SCREEN_FACES),
    ("booking_transfer", booking_transfer, SCREEN_FACES),
    ("desk_slip", desk_slip, SLIP_FACES),
    ("salon_bill", salon_bill, PAPER_FACES),
    ("bridal_receipt", bridal_receipt, BILL_FACES),
    ("distributor_bill", distributor_bill, PAPER_FACES),
    ("rent_power", rent_power, SCREEN_FACES),
    ("salon_software", salon_software, SCREEN_FACES),
    ("stylist_payout", stylist_payout, PAGE_FACES),
    ("booking_settlement", booking_settlement, PAGE_FACES),
    ("bridal_refund", bridal_refund, PAGE_FACES),
    ("govt_dues", govt_dues, PAGE_FACES),
]


def make_heldout143_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout143 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

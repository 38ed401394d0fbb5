"""heldout157: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a charitable trust and NGO's day in 2026 (Roshan Raah, with a community kitchen (Roshan
Raah Rasoi), an evening school (Roshan Raah Shaam Shala) and health camps (Roshan Raah Sehat Shivir) in each of
Bhopal, Varanasi, Madurai, Hubballi, Cuttack, Jalandhar, Raipur and Kozhikode, and a charity shop, Roshan Raah
Khazana; Roshan Raah Charitable Trust is the registered public trust with 12A, 80G and FCRA registration, Roshan
Raah Foundation its Section 8 company that takes the CSR grants and runs the camps), told by the proofs of payment
it receives (donors' UPI seen from their apps and from the trust's bank collection app, donors' bank transfers, a
monthly donor's standing instruction and employers' payroll-giving remittances, card gifts and sales on the
terminals at its donor desk, charity shop, charity run, camps and stalls, its own 80G donation receipts, CSR
contribution and camp fee receipts, the crowdfunding platforms' payouts and donors' receipts from them, companies'
CSR grants, and foreign contributions in dollars, pounds and euros for its FCRA account) and those it makes (grain,
vegetables, LPG, stationery, medicines, utensils, milk and provisions from its suppliers, volunteers'
reimbursements, doctors' honorariums and tutors' stipends, rent, electricity, water and broadband, its software (in
dollars, pounds and euros on some), refunds of duplicate, excess and returned gifts, a camp fee and a charity shop
return, TDS, GST and property tax). One payment per page.

* ``donor_upi``: five of a donor's UPI app paying the NGO (Google Pay, PhonePe, BHIM, Paytm, Amazon Pay; dark on
  some): heldout125's result screen, the NGO (Roshan Raah Charitable Trust, Roshan Raah, or a programme with its
  town such as Roshan Raah Rasoi - Bhopal; in capitals on some) under Paid to / To / Sent to (To / Paying to /
  Payment to on a failure or a wait), the app's own id on some, a Note / Message / Remarks (Sponsor 100 meals,
  Zakat, In memory of my father) on most; and three of the trust's bank collection app (ICICI Bank InstaBIZ, HDFC
  Bank SmartHub Vyapar, Indus Merchant Solutions: the app on its band, Payment received / Amount credited / Credit
  received, the sum large, Credited to / Account name / Received in the trust or a programme (in capitals on most),
  From / Payer / Received from (the donor in capitals or a handle), Mode UPI - QR / UPI (Sound box) / UPI - collect,
  QR / Counter (Static QR - donor desk, QR standee - charity shop), Payer note on some, RRN / UPI Ref No. / UPI RRN
  and Txn ID / Transaction ID on some, Credited on / Received on / Date & time, Settled to); Payment Successful /
  Paid successfully / Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined /
  Payment Pending / Payment processing / Transaction pending.
* ``donor_transfer``: five donors' transfers (Federal Bank FedNet's NEFT, IndOASIS - Indian Bank's, Vyom - Union
  Bank of India's and RBL MoBank's IMPS, Karnataka Bank Moneyclick's RTGS; heldout124's page, the NGO under
  Beneficiary / Payee / Beneficiary name / Pay to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and
  Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration (Annadaan - 200 meals,
  Corpus donation), Remitter on the web pages), a monthly donor's standing instruction in Axis Mobile (Standing
  instruction executed / SI payment successful / Auto transfer done, the sum large, Beneficiary / Transferred to,
  Beneficiary A/c, IFSC, SI No., Frequency, Mode NEFT, UTR No. / UTR and Transaction ref on some, Executed on, Next
  execution on, Debited from, Remarks) and two employers' payroll-giving remittance advices (Kalinga Steel & Alloys
  Ltd's NEFT and Malwa Software Services Pvt Ltd's RTGS e-mails: the employer on top, PAYROLL GIVING - REMITTANCE
  ADVICE / Employee Giving Programme - Remittance, NGO / Beneficiary / Paid to, NGO code, Payroll month, Employees
  contributing, Employee contributions, Company match (50% / 100%), Total remitted / Amount remitted / Net amount
  paid, Mode / Payment mode, Credited to, UTR / UTR No. and Payment doc No., Payment date / Value date, Status Paid
  / Processed); Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction
  Failed / Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under
  process / Transaction in process.
* ``card_gifts``: card gifts and sales on the NGO's terminals (Worldline, Ezetap, ICICI Bank, Bank of Baroda,
  Mosambee, Federal Bank, Union Bank of India, HDFC Bank; monospace): the maker on top on some, the NGO in capitals
  (ROSHAN RAAH CHARITABLE TRUST or ROSHAN RAAH at the donor desk, the charity run and the stalls, ROSHAN RAAH
  FOUNDATION at the camp, ROSHAN RAAH KHAZANA - CHARITY SHOP at the shop's counters), the desk (DONOR DESK - TRUST
  OFFICE, BILLING COUNTER 1, CHARITY RUN - DONATION COUNTER, SEHAT SHIVIR - REGISTRATION, FOOD FESTIVAL STALL,
  DIWALI MELA STALL), the locality and town, SALE / CARD SALE / DONATION / UPI - BHARAT QR, DATE : <day> TIME :
  <hour> on one row or DT : and TM : or TXN ON :, M.ID :, T.ID :, BATCH NO :, INV NO : / BILL NO :, DESC : (CORPUS
  DONATION, PRE-LOVED CLOTHES X5, CHARITY RUN BIB X4), DONOR PAN : on some gifts, CARD NO :, CARD TYPE :, ENTRY :
  CHIP / CONTACTLESS / SWIPE, AID : on some, AUTH CODE : / APPR NO :, RRN : / REF NO :, or MODE : UPI - BHARAT QR
  with PAYER VPA : and QR TXN ID :; DONATION AMT : / AMOUNT : / TOTAL : (INR, RS., Rs or none; western grouping or
  plain); APPROVED / TXN SUCCESSFUL / DECLINED with its RESP CODE / UPI PAYMENT PENDING with CONFIRM BEFORE ISSUING
  80G RECEIPT.
* ``trust_receipts``: the NGO's own paper (serif; the trust, the foundation or Roshan Raah on top, in capitals on
  some, its registration line, office and PAN): five DONATION RECEIPT / RECEIPT FOR DONATION (U/S 80G) (Receipt No.
  / Rcpt. No., Date, "Received with thanks from <donor> the sum of <words> towards <purpose>", Donor PAN, Donor
  address, Amount received / Donation amount, or Cheque amount with Cheque No. / Chq. No., Cheque date / Chq. dt.
  and Drawn on; UPI, NEFT or cash with the way's reference, the 80G note and the URN, "Cash donations above Rs 2,000
  are not eligible" on the cash one; RECEIVED WITH THANKS / DONATION RECEIVED / CHEQUE DISHONOURED - RECEIPT
  CANCELLED (Return reason) / CHEQUE RECEIVED - SUBJECT TO REALISATION), the foundation's CSR CONTRIBUTION RECEIPT /
  RECEIPT - CSR GRANT ("Received with thanks from M/s <company>", Project, CSR Regn. No. (CSR-1), Financial year,
  Received, RTGS and its UTR), a CORPUS DONATION RECEIPT / RECEIPT - DONATION TO CORPUS (a card) and the
  foundation's SEHAT SHIVIR - CAMP FEE RECEIPT / HEALTH CAMP - RECEIPT (Patient / Received from, Age / Sex, Camp,
  the tests at camp rates, Total, Received, UPI); in a row and in the NGO's rubber stamp (RECEIVED / CHEQUE RETURNED
  / SUBJECT TO REALISATION).
* ``crowdfunding``: five crowdfunding payouts to the NGO (GiveIndia's e-mail and its NGO dashboard, Ketto's
  dashboard in a browser, Milaap's app, Fueladream's e-mail: the platform on top and its line, Fundraiser payout /
  Withdrawal summary / Disbursement advice, Fundraiser / Campaign (Feed 500 children a hot dinner every evening),
  Fundraiser ID / Campaign ID, Beneficiary / NGO / Payee / Transferred to, Raised between, Funds raised (n donors),
  Less: Platform fee (n%) on most, Less: Payment gateway charges (n%), Less: GST @ 18% on fees, Net amount
  transferred / Withdrawal amount / Amount disbursed (the sum large on the app), Bank account, Mode NEFT / IMPS,
  Withdrawal ID / Payout ID, UTR / UTR No. / IMPS Ref No. on a success, Transferred on / Disbursed on / Failed on /
  Requested on, Status on the mails; Transferred / Disbursed / Withdrawal successful / Disbursement failed - bank
  account details mismatch / Withdrawal requested - under review / Processing) and three donors' receipt e-mails
  (Milaap, Danamojo, Ketto: the platform on top, Thank you for your donation! / Donation successful / Your gift is
  on its way, Fundraiser / Campaign, Fundraiser by / Beneficiary / Supporting the NGO, Donation amount, Tip to
  Milaap (optional) / Contribution to Ketto (optional) / Convenience fee (paid by donor) on most, Total paid /
  Amount paid, Payment method / Paid via, Donation ID / Transaction ID and UPI Ref No. or Payment ID, Donated on /
  Date, Payment status Successful / Paid).
* ``grants_in``: companies' CSR grants to the foundation (Narmada Valley Cements Ltd's printed RELEASE OF GRANT
  TRANCHE letter, Deccan Polymers Ltd's and Kaveri Auto Components Pvt Ltd's e-mails: the company on top and its CSR
  line, CSR GRANT - PAYMENT ADVICE / Grant release intimation, Ref. and "To, The Director" on the letter,
  Implementing agency / Grantee / Paid to, CSR-1 Regn. No., Project, MoU dated, Grant sanctioned, Tranche n of 3
  (n%), Amount released / Tranche amount released, Mode / Payment mode RTGS / NEFT, Credited to, UTR / UTR No. and
  Payment voucher No., Date of transfer / Payment date / Value date, Status Released / Paid or "The grant stands
  released."; and Mahanadi Ferro Alloys Ltd's RTGS from IDBI Bank Corporate Internet Banking, heldout124's page with
  Remarks (CSR grant - tranche 2 - health camps), Debit account name, Maker and Checker) and foreign contributions
  to the trust: State Bank of India's FC Receipt - Credit Advice / Foreign Contribution - Inward Remittance Advice
  (FCRA Cell, New Delhi Main Branch, in US dollars: FC account holder / Beneficiary, FCRA account, FCRA Regn. No.,
  Donor / Remitter, Remitter's country, Remitting bank, Purpose P1303, Amount remitted / Foreign currency amount,
  Exchange rate, INR equivalent, Less: Bank charges (incl. GST), Amount credited (INR), Credited by SWIFT inward,
  Inward ref No. / Transaction reference, Value date / Credited on, Status Credited), a UK donor's Wise receipt (in
  pounds: You sent, Wise fee, Amount converted, Guaranteed rate, Recipient gets (INR), To / Recipient, Account,
  Reference, Paid with, Transfer #..., Sent on / Created), a German foundation's page at Sparkasse Rhein-Neckar (in
  euros: International payment (SWIFT) - details, Executed / Payment returned - beneficiary account not designated
  for foreign contribution, Ordering party, Beneficiary, Beneficiary bank, BIC, Account, Amount, Charges SHA / OUR,
  Payment type SWIFT transfer, Purpose, End-to-end reference, Execution date) and GlobalGiving's disbursement notice
  (in US dollars: Recipient organization / Organization, Project, Donations received (n donors), Less: GlobalGiving
  fee (5%), Less: Wire fee, Disbursement amount, Payment method Wire to FCRA account, Disbursement ID, Sent on /
  Scheduled for, Status Disbursement sent / Disbursement scheduled).
* ``rations_supplies``: the suppliers' paper (the supplier on top, in capitals on some, its line, address, GSTIN or
  mobile): Jai Ambe Anaj Bhandar's and Calicut Cash & Carry's TAX INVOICE / INVOICE CUM RECEIPT (grain, pulses, oil,
  provisions at GST 5%), Ramesh Chandra & Sons' BILL / CASH BILL for the kitchen's vegetables (Potato 2.3 qtl x
  1,450.00, Commission @ n%, Hamali, no GST), Meenakshi Gas Agencies' TAX INVOICE / CASH MEMO for commercial LPG
  cylinders (GST 18%), Hubli Stationery Mart's BILL OF SUPPLY / INVOICE (GST Nil (exempt goods)), Utkal Medical
  Agencies' TAX INVOICE / GST INVOICE for camp medicines, Punjab Steel Bartan Store's TAX INVOICE / RETAIL INVOICE
  and Shree Shyam Dairy's MILK BILL / BILL with Supply for <month>: Invoice No. / Bill No. / Memo No., Date / Bill
  date, Bill to / Buyer / M/s the trust, the foundation or a programme, the lines, Taxable value / Sub total, CGST
  and SGST, Round off, Invoice total / Bill total / Net payable, Received / Amount received / Paid, or Balance due
  with Payment attempted UPI - declined, or Cheque received with Cheque No. and Bank; the sum in words, Mode / Paid
  by and its reference; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI PAYMENT FAILED - BALANCE DUE / CHEQUE
  RECEIVED - SUBJECT TO CLEARANCE.
* ``volunteer_pay``: the NGO paying its people: its EXPENSE REIMBURSEMENT VOUCHER / VOLUNTEER EXPENSE CLAIM -
  SETTLEMENT (two: the trust on top, Voucher No., Date, Paid to / Claimant / Volunteer, Programme, the expenses
  (Auto fare - camp site and back, Printing of pamphlets (500)), Total claimed, Less: Advance taken on some, Net
  reimbursed / Amount paid, UPI or cash and its reference; PAID), the foundation's HONORARIUM VOUCHER / PAYMENT
  VOUCHER for a camp doctor (Paid to / Payee Dr. <name>, PAN, Towards, Honorarium, Less: TDS u/s 194J(b) @ 10%, Net
  paid / Net amount paid, NEFT and its UTR; PAID), RazorpayX's and Cashfree Payments' payout pages (the product on
  top, the trust's current account line, Payout details / Transfer details, Processed / Payout processed / Transfer
  successful / Transfer failed - invalid beneficiary account, the sum large, Beneficiary / Contact / Paid to, Fund
  account, Purpose / Narration, Mode UPI / IMPS, UPI Ref No. / UTR / Bank RRN on a success, Payout ID / Transfer ID,
  Processed on / Created on / Failed on), the trust's bank (IOB Corporate Net Banking's NEFT, BOI Omni Neo Bank's
  IMPS; heldout124's page, the volunteer under Beneficiary / Payee / Beneficiary name, Remarks, Debit account name
  on the web page) and the trust's PhonePe paying a tutor's stipend (heldout125's result screen, the one waiting).
* ``rent_power``: three landlords' RENT RECEIPT / RECEIPT FOR RENT ("Received with thanks from Roshan Raah
  Charitable Trust the rent of the <premises> at <locality>, <town> for <month>", Receipt No. / No., Date, Monthly
  rent / Rent, Less: TDS u/s 194-I(b) @ 10% over Rs 50,000, Amount received / Net amount received, the sum in words,
  NEFT and its UTR or the cheque, RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri / Sri on some), PAN, [
  Revenue stamp ]) and a landlord's NEFT from Canara Bank Net Banking (heldout124's page, the landlord under
  Beneficiary / Payee / Beneficiary name, Remarks (Rent <month> - Shaam Shala Hubballi), Debit account name;
  Transaction Failed / Returned by beneficiary bank / NEFT transfer failed), three electricity payments on Bharat
  Connect (Freecharge for PuVVNL, PhonePe for PSPCL, MobiKwik for CSPDCL from its wallet: the app on its band, Bill
  paid successfully / Payment successful / Payment under process - awaiting biller, the sum large, Biller /
  Electricity board / Paid to the board (its short or long name), Account No. / BP No., Consumer name, Bill month,
  Due date, Bill amount, Paid from, B-Connect Txn ID / Bharat Connect Ref, UPI Ref No., Transaction ID on some, Paid
  on / Payment date / Initiated on) and two billers' own receipts in a browser (Madurai Corporation's water and
  drainage charges, ACT Fibernet's broadband: the biller on top and its line, Payment successful / Payment received
  / Thank you for your payment, Assessment No. / Connection No. or Account No. / User ID, Name, Period or Plan,
  Amount paid / Total paid, Payment mode, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date /
  Paid on).
* ``ngo_software``: the NGO's software (Gupshup, Keka HR, Microsoft 365 and MSG91 in rupees, SurveyCTO and Donorbox
  in US dollars, Beacon CRM in pounds, Typeform in euros; the vendor's e-mail, its billing page in a browser or
  Gupshup's app): the product on top (in capitals on some) and its line or company, Payment receipt / Invoice paid /
  Payment update, Account / Organisation / Bill to the trust, GSTIN on the rupee pages, Account ID / Workspace ID /
  Tenant ID, Plan, Billing period, the lines (Licences (monthly) 12 x Rs. 660.00), Less: Nonprofit discount (n%) on
  some, Subtotal, GST @ 18% / IGST @ 18% or Tax / VAT 0.00 with "Reverse charge: IGST on import of services is
  payable by the recipient.", Amount paid / Total charged / Total / Amount due or the sum large, Paid with, Invoice
  number / Receipt #, Payment ID / Charge ref, Bank Ref No., Auth code, UPI Ref No., Paid on / Charged on / Payment
  date / Failed on / Initiated on, Next charge on, Status; Paid / Payment successful / Payment failed - card
  declined / Payment processing - awaiting bank.
* ``refunds_out``: the NGO refunding donors, a patient and a shop customer: its gateways' refund pages (Razorpay,
  Cashfree Payments, PayU in a browser: the gateway on top, <the trust> | Live, Refund details / Refund status,
  Refund processed / Refunded / Refund initiated, the refund large, Donor / Refunded to / Customer, Payment amount /
  Original donation, Refund type Full / Partial, Reason (Duplicate donation - paid twice, Excess amount - donor
  meant a smaller gift), Refund to Source - UPI / Source - card, Refund ID, Bank RRN / ARN, Refunded on / Processed
  on / Initiated on), the foundation's REFUND VOUCHER / REFUND OF CAMP FEE (cash, the camp cancelled), Bank of
  Maharashtra mahaconnect's NEFT returning a foreign passport holder's gift received in the local account (Remarks:
  Return of donation - FC not permitted in local a/c) and PSB UnIC's IMPS refund (heldout124's page, the donor under
  Beneficiary / Payee / Beneficiary name; Returned by beneficiary bank / Transaction Failed / IMPS transfer failed),
  the donor care desk's e-mail (Refunded to / Beneficiary, Reason, Original donation, Refund amount, Mode IMPS, To
  account, IMPS Ref No., Refunded on, Status Refund sent) and the charity shop's CREDIT NOTE - REFUND / CREDIT NOTE
  CUM REFUND (Roshan Raah Khazana on top, Customer / Refund to, the items returned, Refund amount, UPI; REFUNDED /
  REFUND PAID).
* ``tax_challans``: five TDS challans (ITNS 281: the e-filing portal's e-Pay Tax - Challan Receipt twice, Union Bank
  of India's and Indian Bank's Direct Tax - Challan Counterfoil in a browser, and State Bank of India's printed
  TAXPAYER'S COUNTERFOIL (Pay at bank counter) after a cheque tendered: TAN, Name (the trust or the foundation),
  Assessment Year, Major Head, Minor Head, Nature of Payment (194-I(b), 194J(b), 194C, 192), Amount (in Rs.), CRN /
  Challan Reference Number (CRN), Payment mode / Paid through Net Banking or Over the counter - cheque with Cheque
  No. and Drawn on, Bank, BSR Code, Challan No., CIN, BRN / Bank Reference Number, Date of deposit / Tender date,
  the Tax Breakup A to F; Payment Successful / Challan paid / CHEQUE TENDERED - CHALLAN ON REALISATION), two GST
  PMT-06 receipts of the foundation (GST PMT-06 Payment Receipt / Payment Receipt - Form GST PMT-06, in a browser by
  UPI and printed by net banking: CPIN and Created on, GSTIN, Legal name, Trade name Roshan Raah Khazana, Tax
  period, CGST (0005) and SGST (0006) Tax and Interest, Total challan amount / Total amount, Mode of payment /
  Payment mode, Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date, Time) and
  Municipal Corporation Jalandhar's property tax page for the kitchen's building (Property tax - online payment,
  Payment failed - transaction declined by bank, Property UID, Owner / occupier, Address, Financial year, Property
  tax, Less: Rebate (10%) for early payment, Total payable, Payment mode Debit card, Transaction ID, Attempted on).

Outcomes: six successes, a failed and a pending page in every family (the collection app's credits, the standing
instruction, the payroll-giving advices, the NGO's own receipts but the two cheques, the donors' platform receipts,
the CSR grants, the FCRA advice and the Wise receipt, the vouchers, the rent receipts, the billers' own receipts,
the donor care e-mail and the credit note, and the TDS challans but the counter one are successes). Absent fields:
each family leaves out the id on one page (no UPI reference, UTR, RRN, IMPS reference, ARN, approval or auth code,
bank reference, BRN, Bharat Connect reference, inward reference, CIN, transaction, payment, donation, withdrawal,
payout, transfer, disbursement, refund, charge, QR or app id, end-to-end reference, Transfer #, receipt, invoice,
bill, memo, voucher, credit note, payment doc or payment voucher number, CPIN or CRN; MID, TID, BATCH, AID, card,
account, consumer and BP numbers, UPI IDs, GSTIN, IFSC, BIC, PAN, TAN, BSR codes and the TDS Challan No., SI
numbers, NGO codes, fundraiser and campaign ids, CSR-1, FCRA and 80G registration numbers, account, workspace and
tenant ids, property UIDs and cheque numbers stay) and the day on one (no date anywhere: no cheque, MoU, payroll
month, next-execution, billing, next-charge, bill, due or supply day or month, no rent month, no Raised between, no
Period, Financial year, Assessment Year or Tax period, no CPIN or CIN, no 80G URN and no year of the Income-tax Act
(both carry a year), no company CIN, no year in a document's number, no NEFT or RTGS UTR (both spell the day: a bank
reference or an IMPS or UPI reference stands in), no app id that carries one; an e-mail's hour, a slip's TIME / TM
and a phone's clock at most). Sums: ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none
on slips, $ / US$ / USD on SBI's FCRA advice, GlobalGiving's, SurveyCTO's and Donorbox's pages, £ / GBP on Wise's
and Beacon CRM's, € / EUR on Sparkasse Rhein-Neckar's and Typeform's; lakh grouping on most, western and plain on
some. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns, this set's DAY_PATS and the slips' own.
Faces: heldout119's lists (SLIP_FACES for the NGO's slips, BILL_FACES for its own receipts, PAPER_FACES for the
suppliers' bills, PAGE_FACES for the crowdfunding, grant, volunteers', rent and power, refund and tax pages,
SCREEN_FACES for the donors' UPI and transfers and the software). Frames: heldout156's ``compose`` (heldout154's and
heldout152's: heldout121's frames and marks, heldout129's rubber stamp on the NGO's own receipts). Seeds
``heldout157-<i>``.

Truth conventions (README "Receipt fields", as heldout152 and heldout156 quote them; *settled* where this set
chose):

* merchant_name: the one paid, as printed: the NGO (Roshan Raah Charitable Trust, Roshan Raah Foundation, Roshan
  Raah or a programme with its town, in capitals where so printed) on a donor's UPI screen (Paid to / To / Sent to)
  and a donor's transfer (Beneficiary / Payee / Beneficiary name / Pay to; never the Remitter), in capitals on its
  slips (never the terminal's maker, the desk line or the PAYER VPA), on top of its own receipts (never the donor in
  "Received with thanks from", the Patient / Received from or M/s the company); the supplier on top of its bill
  (never the trust, the foundation or the programme under Bill to / Buyer / M/s); the landlord under Landlord /
  Owner / Lessor (Shri / Sri is no part of the name, heldout142) or, paid from the bank, under Beneficiary / Payee /
  Beneficiary name (never the Debit account name); the board under Biller / Electricity board / Paid to (its short
  name, PuVVNL, PSPCL, CSPDCL, or its long name, as printed); the biller on top of its own receipt (Madurai
  Corporation, ACT Fibernet; never the line under it: Atria Convergence Technologies Ltd); the software product on
  top (never its company line or tagline, nor the trust under Account / Organisation / Bill to). Never a bank, app,
  terminal maker, gateway or platform, nor the payer. *settled*: the trust's bank collection app pays the NGO under
  Credited to / Account name / Received in (the trust or a programme, as printed), never the donor under From /
  Payer / Received from nor the app or its bank (heldout154's merchant apps); a standing instruction pays the trust
  under Beneficiary / Transferred to. *settled*: a payroll-giving advice pays the trust under NGO / Beneficiary /
  Paid to, never the employer on top (its staff's gifts and its match are one remittance). *settled*: a crowdfunding
  payout pays the NGO under Beneficiary / NGO / Payee / Transferred to as printed (the trust or its programme),
  never the platform on top nor the fundraiser's title; a donor's receipt from a platform pays the NGO the
  fundraiser is for under Fundraiser by / Beneficiary / Supporting, never Milaap, Ketto or Danamojo on top (the tip
  to the platform rides on the same payment, heldout152's tickets). *settled*: a CSR grant (the letter, the e-mails,
  the company's RTGS) pays the foundation under Implementing agency / Grantee / Paid to / Payee / Beneficiary, never
  the company on top or under Debit account name. *settled*: a foreign contribution pays the trust: under FC account
  holder / Beneficiary on SBI's advice (never State Bank of India), under To / Recipient on Wise's receipt (never
  Wise), under Beneficiary on the German foundation's bank page (never Sparkasse Rhein-Neckar nor the Ordering
  party, Stiftung Lichtweg), under Recipient organization / Organization on GlobalGiving's notice (never
  GlobalGiving). *settled*: a reimbursement, an honorarium, a payout or a stipend pays the person under Paid to /
  Claimant / Volunteer / Payee / Beneficiary / Contact / Beneficiary name / Payment to as printed, "Dr." kept as
  part of the printed name (as heldout152 kept Pt. and Ustad), never the trust or the foundation on top of its
  voucher nor RazorpayX or Cashfree Payments. *settled*: a refund pays the one refunded (the donor, the patient, the
  shop's customer) under Donor / Refunded to / Customer / Beneficiary / Beneficiary name / Refund to / Paid to
  (heldout137, heldout152, heldout156), never the trust, the foundation or Roshan Raah Khazana on top, the gateway,
  or the trust under Debit account name. A GST challan and an income-tax (TDS) challan name no payee (heldout137,
  heldout144); *settled*: the property tax page pays the corporation on top (Municipal Corporation Jalandhar), as
  heldout154 settled a licence fee for the authority on top, never the trust under Owner / occupier.
* amount / currency: the sum this payment moved. A UPI screen's, the collection app's and the standing instruction's
  sum large; a transfer's Amount / Transfer Amount / Amount (INR) or sum large. *settled*: a payroll-giving advice's
  Total remitted / Amount remitted / Net amount paid (the employees' contributions with the company's match), never
  the Employee contributions or the Company match alone. A slip's DONATION AMT / AMOUNT / TOTAL. The NGO's own
  receipt's Amount received / Donation amount / Received, or the Cheque amount on the dishonoured and on the waiting
  cheque; *settled*: a camp fee receipt's Received (every test's fee: the Total), never one test's line; the CSR
  receipt's Received. *settled*: a crowdfunding payout's Net amount transferred / Withdrawal amount / Amount
  disbursed or sum large (the Funds raised less the platform fee, the gateway charges and GST on them), never the
  Funds raised; *settled*: a donor's platform receipt counts the Total paid / Amount paid (the donation with the
  optional tip or the donor-paid convenience fee: the sum the donor's payment moved), never the Donation amount
  alone. *settled*: a CSR grant's Amount released / Tranche amount released (this tranche), never the Grant
  sanctioned; the company's RTGS its sum. *settled*: a foreign contribution counts the sum in the currency it was
  sent in (heldout155's export wire, heldout112's remittances): SBI's Amount remitted / Foreign currency amount in
  US dollars, never the INR equivalent or the Amount credited (INR) after the bank's charges; Wise's You sent in
  pounds (its fee inside it), never the Amount converted or the Recipient gets in rupees; the German foundation's
  Amount in euros; GlobalGiving's Disbursement amount in US dollars (after its 5% fee and the wire fee), never the
  Donations received. A supplier's Received / Amount received / Paid (the bill's total after Round off; on the
  vegetable bill with the commission and hamali), or Balance due on the declined UPI, or Cheque received; never the
  Sub total / Taxable value. *settled*: a reimbursement voucher's Net reimbursed / Amount paid (the Total claimed
  less the Advance taken where one is deducted), never the Total claimed then; an honorarium's Net paid / Net amount
  paid (after TDS u/s 194J(b)), never the Honorarium; a payout page's or a stipend's sum large. A rent receipt's
  Amount received / Net amount received (after TDS u/s 194-I(b) where deducted); a rent transfer's sum. A Bharat
  Connect page's sum large (the Bill amount); a biller's Amount paid / Total paid. *settled*: a subscription's
  Amount paid / Total charged / Total / Amount due or sum large, after the Less: Nonprofit discount (n%) and with
  GST, never the lines' list prices or the Subtotal. *settled*: a refund's sum large / Refund amount / Amount
  refunded (a partial refund returns the excess), never the Payment amount / Original donation / the fee paid; the
  credit note's Refund amount (the items returned). A TDS challan's Amount (in Rs.); a GST challan's Total challan
  amount / Total amount; *settled*: the property tax's Total payable (after the early-payment rebate), never the
  Property tax line. Currency INR everywhere but on eight pages: *settled*: SBI's FCRA advice, GlobalGiving's
  notice, SurveyCTO's and Donorbox's pages in US dollars: USD; Wise's receipt and Beacon CRM's in pounds: GBP;
  Sparkasse Rhein-Neckar's page and Typeform's in euros: EUR (the Tax / VAT 0.00 and the reverse-charge line adding
  nothing).
* status: as printed (the words listed with each family above). *settled*: the collection app's Payment received /
  Amount credited / Credit received and the standing instruction's Standing instruction executed / SI payment
  successful / Auto transfer done are successes; a payroll-giving advice's Status Paid / Processed a success; a
  slip's TXN SUCCESSFUL a success, DECLINED (RESP CODE nn) failed and UPI PAYMENT PENDING (CONFIRM BEFORE ISSUING
  80G RECEIPT) pending; the NGO's DONATION RECEIVED, RECEIVED WITH THANKS and PAID successes, CHEQUE DISHONOURED -
  RECEIPT CANCELLED failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending (heldout110); Transferred /
  Disbursed / Withdrawal successful successes, Disbursement failed - bank account details mismatch failed,
  Withdrawal requested - under review and Processing pending, a donor's receipt's Payment status Successful / Paid a
  success; a grant's Status Released / Paid and "The grant stands released." successes, SBI's Status Credited and
  Wise's Money sent / Your transfer is complete / The money has arrived successes, Sparkasse's Executed / Payment
  executed a success and Payment returned - beneficiary account not designated for foreign contribution failed,
  GlobalGiving's Disbursement sent a success and Disbursement scheduled pending; a supplier's UPI PAYMENT FAILED -
  BALANCE DUE failed and CHEQUE RECEIVED - SUBJECT TO CLEARANCE pending; a voucher's PAID a success, Processed /
  Payout processed / Transfer successful successes and Transfer failed - invalid beneficiary account failed; Bill
  paid successfully a success and Payment under process - awaiting biller pending; Payment failed - card declined
  failed and Payment processing - awaiting bank pending; Refund processed / Refunded / REFUNDED / REFUND PAID /
  Refund sent successes and Refund initiated pending; Challan paid a success, *settled*: CHEQUE TENDERED - CHALLAN
  ON REALISATION pending (heldout110's cheque awaiting clearance), and the property tax's Payment failed -
  transaction declined by bank failed.
* date: the day paid (a receipt's, invoice's, bill's, memo's, voucher's, credit note's or slip's Date / Bill date /
  DT : / DATE : / TXN ON :; Paid on, Payment date, Date & Time, Transaction Date, Transferred on, Value Date, Value
  date, Date, Completed on, Credited on, Received on, Date & time, Executed on, Date of transfer, Sent on, Created,
  Execution date, Donated on, Disbursed on, Processed on, a payout's Created on, Charged on, Refunded on, Date of
  deposit, Tender date; Attempted on, Failed on, Initiated on, Requested on and GlobalGiving's Scheduled for on the
  failures and the waits). *settled*: never a Cheque date / Chq. dt. or a cheque's dt, a MoU dated, a Payroll month,
  a Next execution on, a Raised between, a Billing period or Next charge on, a Bill month / Due date / Supply for, a
  rent's month, a Period, Financial year, Assessment Year or Tax period, a CPIN's Created on, the 80G URN's year or
  the Income-tax Act's 1961.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited or credited, wallet for MobiKwik wallet. *settled*: the collection app's UPI - QR / UPI (Sound box) / UPI
  - collect is UPI; a standing instruction by NEFT, a payroll-giving advice's NEFT / RTGS, a crowdfunding payout's
  NEFT / IMPS and a grant's RTGS / NEFT are "netbanking"; a slip's MODE : UPI - BHARAT QR is UPI; a foreign
  contribution by SWIFT (SBI's Credited by SWIFT inward, Sparkasse's Payment type SWIFT transfer, GlobalGiving's
  Wire to FCRA account) is "netbanking" (a wire into a bank account, heldout155), Wise's Paid with Bank transfer
  "netbanking" and Debit card card; RazorpayX's Mode UPI is UPI and Cashfree's IMPS "netbanking"; a supplier's
  declined UPI names UPI and its Cheque No. cheque; a refund's Source - UPI / card is its way; the counter TDS
  challan's Over the counter - cheque is cheque; the property tax's Debit card is card; a GST challan's E-Payment
  (Net Banking) is "netbanking".
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No / UPI Ref No. / UPI Ref. No. / UPI Reference No. / UPI Transaction ID / UPI RRN / UTR / UTR No. / NEFT UTR
  / RTGS UTR / UTR Number, RRN / RRN : / REF NO : / Bank RRN, IMPS Ref No / IMPS Ref No. / IMPS Reference No., a
  card refund's ARN), then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference, Reference No. on a
  transfer, the standing instruction's Transaction ref, BRN, Bank Reference No. (BRN), Bank Reference Number, Bharat
  Connect Ref / B-Connect Txn ID, *settled*: SBI's Inward ref No. / Transaction reference), then a transaction /
  payment id (Transaction ID, Txn ID, Payment ID, the app's own id, Donation ID, Withdrawal ID / Payout ID, Transfer
  ID, Disbursement ID, Refund ID, Charge ref, a slip's QR TXN ID :, a challan's CIN, *settled*: Wise's Transfer #...
  and Sparkasse's End-to-end reference), then an approval code (AUTH CODE : / APPR NO :, Auth code / Auth Code /
  Approval Code), then an order's number (Paytm's Order ID), then a document's own number (Receipt No. / Rcpt. No. /
  No., Invoice No. / Bill No. / Memo No., Voucher No., Credit note No., Payment doc No., Payment voucher No.,
  Invoice number / Receipt # on a subscription, INV NO : / BILL NO : on a slip, a GST challan's CPIN, a TDS
  challan's CRN / Challan Reference Number (CRN)). *settled*: never an SI No., an NGO code, a Fundraiser ID /
  Campaign ID, the grant letter's Ref. (the company's file reference), a CSR-1 Regn. No., an FCRA Regn. No., the 80G
  URN, the company's CIN, a Donor PAN, a PAN or TAN, a BSR Code or a TDS challan's Challan No., a Property UID, an
  Account ID / Workspace ID / Tenant ID, an Account No. / BP No. / Connection No. / Assessment No. / User ID, a
  Reference on a Wise transfer, an AID, MID, TID, BATCH, a card or mobile number, a UPI ID, GSTIN, IFSC, BIC or a
  cheque number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout157_families import (
    card_gifts,
    compose,
    crowdfunding,
    donor_transfer,
    donor_upi,
    grants_in,
    ngo_software,
    rations_supplies,
    refunds_out,
    rent_power,
    tax_challans,
    trust_receipts,
    volunteer_pay,
)

SPLIT = "heldout157"

FAMILIES: list[Family] = [
    ("donor_upi", donor_upi, SCREEN_FACES),
    ("donor_transfer", donor_transfer, SCREEN_FACES),
    ("card_gifts", card_gifts, SLIP_FACES),
    ("trust_receipts", trust_receipts, BILL_FACES),
    ("crowdfunding", crowdfunding, PAGE_FACES),
    ("grants_in", grants_in, PAGE_FACES),
    ("rations_supplies", rations_supplies, PAPER_FACES),
    ("volunteer_pay", volunteer_pay, PAGE_FACES),
    ("rent_power", rent_power, PAGE_FACES),
    ("ngo_software", ngo_software, SCREEN_FACES),
    ("refunds_out", refunds_out, PAGE_FACES),
    ("tax_challans", tax_challans, PAGE_FACES),
]


def make_heldout157_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout157 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

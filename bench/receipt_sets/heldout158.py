"""heldout158: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a dental clinic chain's day in 2026 (Smile Sutra Dental Clinic, one clinic in each of
Gwalior, Kakinada, Bhavnagar, Shillong, Thanjavur, Cuttack, Bathinda and Alappuzha; Smile Sutra Healthcare LLP runs
five of them and Sutra Oral Care Pvt Ltd the Shillong, Cuttack and Alappuzha clinics), told by the proofs of payment
it receives (patients' UPI and its own payment links, its chairside card slips with a bank EMI and a no-cost EMI,
treatment lenders' disbursements for patients' dental loans and patients' bank transfers, TPAs' and an insurer's
cashless claim settlements, OPD benefit platforms' settlements and Practo's payout of prepaid appointments, its own
treatment, part-payment, advance, OPD and instalment receipts, a whitening invoice and a dental camp's bill to a
company) and those it makes (the dental depots', dental labs', the implant distributor's, the service engineers' and
the aligner lab's bills, the equipment lenders' EMIs and the equipment dealers' down payment and AMC receipts, the
visiting consultants' fees and the clinics' rent, electricity through Bharat Connect and the board's own page, the
biomedical waste operators' and the broadband provider's receipts, its practice software, refunds to patients, GST,
the TDS it deducted and the pollution control boards' biomedical waste authorisation fees). One payment per page.

* ``patient_upi``: five of a patient's UPI app paying a clinic (Google Pay, WhatsApp Pay, CRED, PhonePe, MobiKwik;
  dark on some): heldout125's result screen, the clinic (Smile Sutra Dental Clinic, Smile Sutra Dental Clinic -
  <locality> or the firm that runs it, in capitals on some) under Paid to / To / Sent to (Paying to / Payment to on
  the failure and the wait), the app's own id on some, a Note / Message / For (RCT 2nd sitting, Aligner instalment 3,
  Scaling for Amma) on most; and three of the clinic's payment links after a patient paid (Razorpay, PayU, Cashfree
  Payments in a browser: the clinic on top and its locality or town, Payment successful / Paid / Thank you! Your
  payment is complete, the sum large, Payment for / Purpose / Description (Clear aligners - booking amount), Paid by
  / Customer / Name, Mobile / Phone, Link ID / Invoice ID, Payment method / Paid using (UPI or a card), Payment ID /
  PayU ID / Transaction ID, UPI Ref No / UTR / RRN or Auth code / Approval code, Paid on / Date / Payment date, the
  gateway's footer: Secured by Razorpay, Payments powered by PayU); Payment Successful / Paid successfully /
  Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending /
  Payment processing / Transaction pending.
* ``chair_card``: the front desk's card terminal slip (Mosambee, HDFC Bank, Worldline, ICICI Bank, Getepay, Pine
  Labs, Bank of Baroda, Ezetap; monospace): the maker on top on some, the clinic in capitals (SMILE SUTRA DENTAL
  CLINIC, the same with its town, or the firm), its locality and town, SALE / CARD SALE / BANK EMI SALE / NO COST EMI
  SALE / UPI QR SALE, DT:<day>  TM:<hour> on one row or DATE: and TIME: or TXN DT/TM:, MID: / MERCHANT ID:, TID:,
  BATCH NO:, INV NO: / RECEIPT NO:, PROC: / TREATMENT: (RCT - MOLAR (36), ZIRCONIA CROWN X2, NIGHT GUARD; CLEAR
  ALIGNERS - FULL ARCH, CERAMIC BRACES on the EMI slips), PATIENT ID: on some, CARD NO:, CARD TYPE:, EXPIRY: XX/XX,
  ENTRY: CHIP / CONTACTLESS / MAG STRIPE, AID: on some, APPROVAL CODE: / AUTH CODE:, RRN: / RET REF NO:, or MODE: UPI
  - DYNAMIC QR with VPA: and QR TXN REF:; the bank EMI slip's ISSUER:, TENURE:, ROI:, TXN AMOUNT:, MONTHLY EMI:,
  TOTAL WITH INTEREST: and "PROCESSING FEE RS 199 + GST BILLED BY BANK"; the no-cost EMI slip's ISSUER:, TREATMENT
  PRICE:, NO COST EMI DISCOUNT:, TXN AMOUNT:, TENURE:, ROI:, MONTHLY EMI:, TOTAL PAYABLE TO BANK:; AMOUNT: / SALE
  AMT: / TOTAL: on the rest (INR, RS, Rs. or none; western grouping or plain); APPROVED / TXN APPROVED / DECLINED
  with RESP CODE: 51 INSUFFICIENT FUNDS (55, 05, 61) / TXN PENDING with AWAITING PAYER CONFIRMATION - DO NOT RETRY;
  CARDHOLDER SIGNATURE on the swiped slip.
* ``treatment_emi``: five treatment lenders' disbursements to a clinic for a patient's dental loan (Bajaj Finance's,
  Arogya Finance's and QubeHealth's e-mails, SaveIN's and Fibe's provider dashboards in a browser: the lender on top
  and its line, Provider disbursement advice / Loan disbursal - payment to clinic / Partner payout - treatment loan,
  Provider / Clinic / Paid to clinic / Beneficiary, Provider code / Partner ID / Clinic ID, Patient / Borrower, Loan
  ID / Application No., Treatment (Clear aligners - upper & lower arch), Treatment cost / Invoice value, Down payment
  (paid at clinic) on some, Loan amount, EMI (n x sum), First EMI on, Less: Subvention (n%), Less: GST @ 18% on
  subvention, Net disbursal / Amount disbursed to clinic / Net amount credited, Mode NEFT / IMPS, Credited to,
  Disbursal ID / Payment ref and UTR / IMPS Ref No., Disbursed on / Value date / Credited on / Failed on / Initiated
  on, Status on the mails; Disbursed / Credited to provider / Disbursal failed - beneficiary name mismatch /
  Disbursal initiated - UTR awaited) and three patients' transfers (mahaMobile Plus by Bank of Maharashtra and KVB
  DLite on a phone, IndusInd Bank's IndusNet in a browser; heldout124's page, the clinic under Beneficiary / Payee /
  Pay to / Transferred to, the account and IFSC, the mode IMPS / NEFT, IMPS Ref No / RRN / IMPS Reference No. / UTR /
  UTR No. / UTR Number and Reference No. / Transaction ID on some, the day, the debit account, Remarks / Narration /
  Purpose (Implant balance - Rekha), Remitter / Remitter name on the web page; Transaction Successful / Funds
  transferred successfully / <mode> transfer successful).
* ``cashless_claims``: five settlements of patients' dental cashless claims (Medi Assist's e-mail, Star Health and
  Allied Insurance's and FHPL's provider portals in a browser, Vidal Health's and Heritage Health's printed letters:
  the TPA or insurer on top and its line, CASHLESS CLAIM - PAYMENT ADVICE / Provider settlement letter / Claim
  payment intimation - dental, "To, The Administrator, Smile Sutra Dental Clinic, <town>" on the letters, Provider
  name / Network provider / Payee, Provider ID / Provider code, Claim No. / CCN, Pre-auth No. / Authorisation No.,
  Insurer (not on Star Health's own page), Policy No., Group (Deccan Agro Chem Ltd - employees), Patient / Insured
  member, Member ID / E-card No., Date of treatment / Treatment date, Procedure (RCT (36) + zirconia crown), Amount
  claimed, Less: Non-admissible items, Less: Co-payment (10%) and Less: Discount as per agreed tariff on some, Amount
  admitted, Less: TDS u/s 194J @ 10%, Net amount released / Amount transferred to provider / Net payable to provider,
  Payment mode NEFT, Bank account, IFSC, UTR / UTR No. or Bank Ref. No., Payment voucher No. / Payment batch No.,
  Released on / Payment date / Transfer date / Returned on / Initiated on, Status on the letters and the mail; Paid /
  Settled - payment released / Payment processed / Payment returned - provider account inactive / Approved - payment
  under process), two OPD benefits platforms' settlements (Plum's e-mail, Onsurity's partner app: the platform on top
  and its line, OPD claims - partner settlement / Network partner payout, Partner clinic / Paid to / Network partner,
  Partner code / Clinic ID, Settlement cycle / Claims period, Dental OPD claims (n), Less: Network fee (n%), Less:
  GST @ 18% on fee, Less: TDS u/s 194J @ 10%, Net settlement / Amount credited (the sum large on the app), Bank
  account / Settled to, Mode NEFT / IMPS, Settlement ID, UTR / IMPS Ref No., Credited on / Settled on / Scheduled
  for, Status on the mail; Paid / Settled / Payout credited / Payout scheduled) and Practo's payout of prepaid
  appointments (an e-mail: Practo and Practo Ray - clinic payouts, Payout statement, Practice / Payout to, Practice
  ID, Payout period, Prepaid appointments (n x rate), Less: Practo service fee (n%), Less: GST @ 18% on fee, Less:
  TDS u/s 194-O (0.1%), Net payout / Payout amount, Settled to, Mode, Payout ID and UTR, Credited on / Settled on,
  Status).
* ``clinic_paper``: the clinic's own paper (serif; the clinic, the clinic with its locality or the firm on top, in
  capitals on some, its line, address, GSTIN and phone): a TREATMENT RECEIPT / PAYMENT RECEIPT (Receipt No. / Rcpt.
  No., Date / Dated, Patient / Received from, Patient ID / Case No., Treating dentist / Doctor, the procedures with
  their teeth (Composite filling (21), Zirconia crown (38)), Total, "GST: Exempt - healthcare services by a clinical
  establishment", Amount received / Amount paid), a PART PAYMENT RECEIPT / PAYMENT RECEIPT - TREATMENT PLAN
  (Treatment plan, Plan estimate / Treatment estimate, Paid earlier, Received now / Amount received this visit,
  Balance payable), an ADVANCE RECEIPT - IMPLANT and an ADVANCE RECEIPT - BRACES ("Received with thanks from
  <patient> the sum of <words> as advance towards <plan>", Estimated cost / Treatment estimate, Advance received, or
  Cheque amount with Cheque No. / Chq. No., Cheque date / Chq. dt. and Drawn on), an OPD BILL CUM RECEIPT /
  CONSULTATION RECEIPT (Consultation, IOPA X-ray, OPG on some, cash), an INSTALMENT RECEIPT - CLEAR ALIGNERS
  (Instalment n of 6, Cheque amount, Return reason, "Cheque return charges of Rs 500 are added to the next
  instalment."), a TAX INVOICE CUM RECEIPT for teeth whitening (Invoice No. / Inv. No., "SAC 999722 - cosmetic
  treatment, taxable", Taxable value, CGST @ 9%, SGST @ 9%, Invoice total, Amount received) and an INVOICE CUM
  RECEIPT / BILL CUM RECEIPT to a company for a dental check-up camp (Bill to / Client M/s <company>, GSTIN of
  client, Dental check-up camp (employees) n x rate, OPG for referred employees, Total, Less: TDS u/s 194J(b) @ 10% /
  Less: TDS 194J (10%), Net amount received / Received (net of TDS)): the sum in words, Mode / Received by / Paid by
  and its UPI Ref No. / UPI Txn Ref / UPI RRN, NEFT UTR / UTR No. / UTR, or Auth Code / Approval Code and RRN; PAID /
  RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RETURNED UNPAID - NEXT ALIGNER SET ON HOLD / CHEQUE RECEIVED -
  SUBJECT TO REALISATION in a row and in the clinic's rubber stamp (FRONT DESK / ACCOUNTS).
* ``lab_supplies``: the suppliers' paper (the supplier on top, in capitals on some, its line, address and GSTIN): the
  dental depots' TAX INVOICE / INVOICE CUM RECEIPT (Scindia Dental Depot, Khasi Hills Dental Supplies, Lakeside
  Dental Traders: 3M Filtek Z350 XT syringe n x rate, GC Fuji IX GIC pack, rotary files, gloves), the dental labs'
  DELIVERY CHALLAN CUM BILL / LAB BILL (Godavari Dental Lab, Cauvery Dental Ceramics: Doctor <dentist>, Smile Sutra
  Dental Clinic, Patient ref / Case No., Zirconia crown (unit 36), PFM crown, Temporary crown - PMMA, Complete
  denture - upper), Implantex Surgicals' TAX INVOICE (Osstem TS III SA implant, Straight abutment, Healing abutment,
  Bone graft (0.5 cc), Collagen membrane), Utkal Dental & X-ray Services' SERVICE BILL / SERVICE REPORT CUM BILL
  (Dental chair service visit, RVG sensor cable replacement, GST @ 18%, Less: TDS u/s 194C @ 2% on some) and Malwa
  Aligner Lab's TAX INVOICE / LAB INVOICE (Aligner trays (upper + lower) - stage, 3D printed study models): Invoice
  No. / Bill No. / Challan No., Date / Inv. date, Bill to / Buyer M/s <firm> (<clinic>), the lines, Taxable value /
  Sub total, CGST and SGST @ 2.5% or 9%, Round off, Invoice total / Bill total / Total, Amount received / Received /
  Paid / Received (net of TDS), Mode / Paid by and its reference, or Amount due / Balance payable with Payment
  attempted UPI - declined, or Cheque received with Cheque No. and Bank; PAID / RECEIVED WITH THANKS / PAYMENT
  RECEIVED / UPI DECLINED - AMOUNT DUE / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE.
* ``equipment_loans``: six equipment lenders' EMI pages (Tata Capital's, Poonawalla Fincorp's and Aditya Birla
  Capital's e-mails, HDFC Bank's loan page in a browser, the Bajaj Finserv app for Bajaj Finance Ltd and the Kotak
  Mobile Banking app for Kotak Mahindra Bank: the lender on top, or the app's title with Paid to / Lender the lender,
  EMI receipt / Loan repayment - acknowledgement / EMI presentation - intimation, EMI received / EMI payment
  successful / Payment received / EMI presentation returned unpaid, the sum large on the apps, Borrower (the firm),
  Loan A/c No. / Agreement No., Asset / Product (Dental chair - Confident Crystal Plus (2 units), Doctor's equipment
  loan - CBCT unit), EMI No. / Instalment n of 48, EMI amount, Principal component, Interest component, Outstanding
  principal, Bounce charges (incl. GST) on the returned one, Amount received / Amount paid / Amount presented, Mode /
  Payment mode (NACH auto-debit with its UMRN, Net banking - <bank>, UPI), Receipt No., Transaction ref / Payment ID,
  Bank Ref No. / UPI Ref No., Received on / Paid on / Presented on, Status on the mails, Return reason) and two
  dealers' paper (Dentcare Equipments & Solutions' DOWN PAYMENT RECEIPT / ADVANCE RECEIPT for a Medit i700 or 3Shape
  TRIOS 3 intraoral scanner: Received from M/s <firm> (<clinic>, <town>), Total price (incl. GST), Financed by
  <lender>, Down payment, Cheque amount, Cheque No., Drawn on, CHEQUE RECEIVED - SUBJECT TO REALISATION; Confident
  Dental Equipments Ltd's AMC RECEIPT / SERVICE CONTRACT - RECEIPT: Contract No., Dental chair (electric) x n,
  Coverage period, AMC charges n x rate, CGST and SGST @ 9%, Total, Amount received, NEFT; RECEIVED WITH THANKS /
  PAID).
* ``fees_rent``: three transfers of a visiting consultant's fee from the clinic's business banking (DBS IDEAL and
  South Indian Bank's SIBerNet Corporate in a browser, RBL MyBank Business on a phone; heldout124's page, the
  consultant as the bank prints the beneficiary (Dr. Anirudh Saxena, DR. BANTEILANG MARBANIANG, LOPAMUDRA DAS) under
  Beneficiary / Payee / Beneficiary name / Vendor, the account and IFSC, the mode NEFT / IMPS, UTR / RRN / IMPS Ref
  No and Bank Ref No. / Transaction ID on some, the day, the debit account, Remarks / Narration (Endo visits - fee
  less TDS), Debit account name, Maker and Checker on the web pages; Transaction Successful / Funds transferred
  successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer
  failed / Pending at beneficiary bank / <mode> under process / Transaction in process), two consultants'
  PROFESSIONAL FEE BILL / BILL FOR PROFESSIONAL SERVICES (the consultant on top with Dr., the qualification (MDS
  (Orthodontics)) and the council's Reg. No. under it: Bill No., Date, To M/s <firm> (<clinic>, <locality>), Visits
  (the month), the cases (Implant placement 7 x 8,600), Total professional fee, "GST: Not applicable - healthcare
  services", Less: TDS u/s 194J(b) @ 10%, Net amount received, the sum in words, Mode / Received by NEFT or UPI and
  its reference, RECEIVED WITH THANKS, PAN) and three landlords' paper (two CLINIC RENT RECEIPT / RENT RECEIPT:
  Receipt No. / No., Date, "Received with thanks from M/s <firm> (Smile Sutra Dental Clinic) the rent of the clinic
  premises at <locality>, <town> for <month>", Monthly rent / Rent, Less: TDS u/s 194-I(b) @ 10% over Rs 50,000, Net
  amount received / Amount received, the sum in words, Paid by / Mode (NEFT, UPI or Cheque No. <n> dt <day>),
  RECEIVED WITH THANKS / RENT RECEIVED, Landlord / Owner / Lessor (Shri on some), PAN, [ Revenue stamp ]; Sri
  Brihadeeswara Estates Pvt Ltd's RENT INVOICE CUM RECEIPT / TAX INVOICE - RENT: Invoice No. / Inv. No., Date, Tenant
  M/s <firm>, Premises, Rent for, Rent, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194-I(b) @ 10%, Net amount
  received / Amount received, NEFT / RTGS and its UTR).
* ``power_waste``: four clinics' electricity on Bharat Connect (Paytm for MPMKVVCL, PhonePe for APEPDCL, Freecharge
  for MePDCL, ICICI Bank's iMobile for PSPCL; the app on its band, Bill paid to biller / Electricity bill payment
  successful / Bill payment declined by bank / Payment failed / Awaiting biller confirmation / Bill payment in
  process, the sum large, Biller / Electricity distributor / Paid to the board (its short or long name), IVRS No. /
  Service No. / Consumer ID / Account No., Consumer name, Tariff, Connected load, Bill date, Due date, Bill amount,
  Prompt payment rebate and Amount paid on some, Payment source / Paid via (UPI, a credit card, a current account),
  Bharat Connect Ref. No. / B-Connect Txn No. / BBPS Ref ID, UPI Ref No., Order No. on some, Paid on / Transaction
  date / Attempted on / Initiated on), KSEB's own Quick Pay receipt for the Alappuzha clinic (Kerala State
  Electricity Board Ltd or KSEB on top, Payment Receipt, Payment successful / Transaction successful, Consumer No.,
  Consumer name, Section office, Bill No., Bill date, Due date, Amount paid, Payment mode, Receipt No., Transaction
  ID, Bank Ref No. or Auth code, Payment date), two biomedical waste operators' receipts (Saurashtra Enviro Care's
  page in a browser, Kalinga Biomedical Waste Management's e-mail: the operator on top, "Common Bio-medical Waste
  Treatment Facility - authorised by GPCB", Payment receipt / Online payment - receipt, Payment successful / Paid,
  Health care facility, HCF code / Member ID, Category (Dental clinic - n chairs (non-bedded)), Service period,
  Annual collection & disposal charges, Yellow / red bag supply on some, "GST: Exempt - CBWTF services to a clinical
  establishment", Amount paid / Total paid, Payment mode, Receipt No., Transaction ID, UPI Ref No. / Bank Ref No.,
  Payment date / Paid on, Status on the mail) and ACT Fibernet's e-mailed receipt (Atria Convergence Technologies Ltd
  under it, Payment received / Thank you for your payment, Account name, User ID / Account No., Plan, Invoice No.,
  Amount paid, Payment mode, Receipt No., Transaction ID, Auth code, Paid on, Payment status).
* ``clinic_software``: the clinics' software (Practo Ray, Interakt, Microsoft 365 Business Basic and Zoho Payroll in
  rupees, exocad in euros, Blue Sky Plan and SmileFy in US dollars, Dentally in pounds; the vendor's e-mail, its
  billing page in a browser or an app's result screen): the product on top (in capitals on some) and its line or
  company (Dental CAD/CAM software, Henry Schein One UK Ltd), Receipt / Payment confirmation / Invoice paid /
  Subscription - billing history, Billed to / Organisation / Customer the firm, GSTIN on the rupee pages,
  Organisation ID / Customer No. / Account ID, Plan, Subscription period, the lines (Chairs 3 x £79.00, Licences 9 x
  INR 145), Subtotal / Sub total, IGST @ 18% / GST @ 18% or VAT / Tax 0.00 with "Reverse charge: the recipient pays
  IGST on this import of services.", Amount paid / Total charged / Total / Amount due or the sum large, Paid with /
  Payment method (Visa ending n, UPI (<vpa>), Net banking - <bank>), Invoice # / Invoice number, Payment ID / Charge
  ID / Transaction ID, Bank Ref No., Auth code, UPI Ref No, Paid on / Charged on / Payment date / Declined on /
  Initiated on, Renews on, Status; Paid / Payment successful / Payment declined - card expired / Payment pending -
  awaiting bank confirmation.
* ``patient_refunds``: the clinic refunding patients: its REFUND VOUCHER / TREATMENT REFUND VOUCHER (paper, the
  clinic on top: Voucher No. / Refund voucher No., Date, Refund to / Patient / Payee, Reason (Implant plan changed to
  bridge), Advance paid, Less: Treatment done (as per case sheet), Less: Lab charges incurred, Less: Processing
  charge, Refund amount / Net refund, the sum in words, NEFT and its UTR; REFUNDED / REFUND PAID), its CREDIT NOTE
  CUM REFUND / CREDIT NOTE - REFUND for a bill the insurer later settled cashless (Credit note No., Date, Refund to /
  Patient, Reason "Cashless claim approved by the insurer", Amount collected from patient, Less: Patient's share
  (co-pay), Amount refunded, Cheque No. and Drawn on; REFUND PAID), its e-mails (Smile Sutra Dental Clinic -
  <locality> on top, "A unit of <firm>", Refunded to / Beneficiary, Reason, Advance paid, the deductions, Amount
  refunded, Mode NEFT / UPI, To account, UTR / UPI Ref No., Refunded on, Status Refund completed), its business
  banking (ICICI Bank's InstaBIZ app after an IMPS, Axis Bank Corporate Internet Banking after an NEFT; heldout124's
  page, the patient under Beneficiary / Payee / Beneficiary name, Remarks / Narration (Refund - aligner
  discontinued); Funds transferred successfully / <mode> transfer successful / Transaction Successful / Transaction
  Failed / Returned by beneficiary bank / IMPS transfer failed) and its gateways' refund pages (Razorpay, PayU:
  <firm> | Live, Refund details / Refund status, Refund processed / Refunded / Refund initiated, the refund large,
  Customer / Refunded to, Reason, Payment amount / Original amount, Refund to Source - UPI / Source - card, Refund
  ID, RRN / ARN, the original Payment ID, Refunded on / Processed on / Initiated on).
* ``tax_fees``: the GST portal's GST PMT-06 - Payment Receipt / Challan Payment Receipt (GST PMT-06) for the tax on
  the clinics' cosmetic treatments (three, in a browser or printed: CPIN and Challan created on, GSTIN, Name of
  taxpayer / Legal name (the firm), Trade name, Tax period, CGST (0005) Tax and SGST (0006) Tax (Interest on some) or
  IGST (0008) Tax, Total challan amount / Total amount, Mode of payment E-Payment (Net Banking) / NEFT / RTGS / UPI,
  Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date and Time or Initiated on;
  Payment successful / Paid / Awaiting credit from RBI - NEFT / RTGS), three TDS challans (ITNS 281: the e-filing
  portal's e-Pay Tax - Challan Receipt, Indian Bank's Direct Tax (ITNS 281) - Challan Counterfoil, SBI's YONO
  Business e-Tax screen with the sum large: TAN, Name of deductor, Assessment Year, Major Head, Minor Head, Nature of
  Payment (194J(b), 194-I(b), 194C, 192), Amount (in Rs.), CRN / Challan Reference Number (CRN), Payment mode / Paid
  through, Bank, BSR Code, Challan No., CIN, BRN / Bank Reference Number, Date of deposit / Tender date / Attempted
  on, the Tax Breakup A to F; Payment Successful / Challan paid / Challan payment failed) and two pollution control
  boards' receipts for the biomedical waste authorisation fee (Gujarat Pollution Control Board's XGN page in a
  browser, the State Pollution Control Board, Odisha's OCMMS receipt printed: the board on top (in capitals on some)
  and the portal's line, Fee payment - receipt / e-Payment receipt, Payment successful / Paid, Applicant / Occupier
  (the firm), Health care facility, Application No. / Unit ID, Application for (Authorisation - Bio-Medical Waste
  Management Rules, 2016), Category (HCF - dental clinic (non-bedded)), Authorisation fee, Processing fee on some,
  Total / Amount paid, Payment mode, Receipt No. / Challan No., Transaction ID, Bank Ref No. / UPI Ref No., Payment
  date / Paid on, Status on the paper).

Outcomes: six successes, a failed and a pending page in every family (the payment links, the claim letters and the
Medi Assist mail, Practo's payout, the clinic's receipts but two, the dealers' AMC receipt, the
consultants' bills, the rent receipts and invoice, the waste operators', KSEB's and ACT Fibernet's receipts, the
refund vouchers, credit note and e-mails and the boards' fee receipts are successes). Absent fields: each family
leaves out the id on one page (no UPI reference, UTR, RRN, IMPS reference, ARN, approval or auth code, bank reference,
BRN, Bharat Connect reference, CIN, transaction, payment, payout, settlement, disbursal, refund, charge, QR or app id,
Order No., receipt, invoice, bill, challan, credit note, voucher, payment voucher or batch number, CPIN or CRN, and no
link or invoice id on the payment link, no Contract No., no bill or invoice number of the bill paid; MID, TID, BATCH
NO, AID, card, account, consumer, user and customer numbers, UPI IDs, GSTIN, IFSC, PAN, TAN, patient ids and case
numbers, loan ids, application, agreement and policy numbers, provider, partner, practice, clinic and member ids,
claim and pre-auth numbers, HCF codes, council registration numbers and BSR codes stay) and the day on one (no date
anywhere: no treatment, cheque, first EMI, bill, due, coverage, service, subscription, renewal or payout day or
period, no visits or rent month, no tax period, assessment year, CPIN or CIN, no year in a document's number nor the
Bio-Medical Waste Management Rules' 2016, no NEFT or RTGS UTR (both spell the day: a bank reference or an IMPS or UPI
reference stands in), no app id that carries one (PhonePe's, super.money's); an e-mail's hour, a slip's TIME: / TM:
and a phone's clock at most). Sums: a dental chain's sums (a few hundred rupees for a consultation, lakhs for aligners
and loans): ₹ (faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS / Rs. / none on slips, € / EUR on
exocad's, £ / GBP on Dentally's, $ / US$ / USD on Blue Sky Plan's and SmileFy's; lakh grouping on most, western and
plain on some. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns, this set's DAY_PATS and the
slips' own. Faces: heldout119's lists (SLIP_FACES for the chairside slips, BILL_FACES for the clinic's own paper,
PAPER_FACES for the suppliers' bills, PAGE_FACES for the lenders', TPAs' and platforms' pages, the equipment loans,
the fees and rent, the refunds and the tax pages, SCREEN_FACES for the patients' UPI and payment links, the power,
waste and broadband pages and the software). Frames: heldout156's ``compose`` (heldout152's: heldout121's frames and
marks, heldout129's rubber stamp on the clinic's own paper). Seeds ``heldout158-<i>``.

Truth conventions (README "Receipt fields", as heldout152 and heldout156 quote them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the clinic (the trade name, the clinic with its locality or the firm that
  runs it, capitals where so printed) on a patient's UPI screen (Paid to / To / Sent to) and transfer (Beneficiary /
  Payee / Pay to / Transferred to; never the Remitter), in capitals on its slips (never the terminal's maker, the EMI
  slip's ISSUER or the VPA), on top of its own paper (never the Patient / Received from / Bill to / Client, nor "For
  Smile Sutra Dental Clinic" or the rubber stamp under a page headed by the firm); the supplier on top of its bill
  (never M/s the firm under Bill to / Buyer nor the dentist under Doctor on a lab's); the board under Biller /
  Electricity distributor / Paid to (short or long name as printed) and on top of its own page (Kerala State
  Electricity Board Ltd or KSEB); the operator on top of its waste receipt (never the board in "authorised by GPCB"
  nor the Health care facility); ACT Fibernet on top (never Atria Convergence Technologies Ltd under it); the
  software product on top (never its company line or tagline, nor the firm under Billed to / Organisation /
  Customer). Never a bank, app, terminal maker, gateway or the payer. *settled*: a payment link's page pays the
  clinic on top of it, never the gateway's footer (Secured by Razorpay) nor the patient under Paid by / Customer /
  Name. *settled*: a treatment lender's disbursement pays the clinic under Provider / Clinic / Paid to clinic /
  Beneficiary, never the lender on top nor the Patient / Borrower whose loan it is (heldout156's lenders). *settled*:
  a cashless settlement pays the clinic under Provider name / Network provider / Payee as printed (the firm on most),
  never the TPA or the insurer on top (Star Health and Allied Insurance Co. Ltd settles its own claims), the Insurer
  line, the Group, the patient, nor the letter's addressee line "To, The Administrator, Smile Sutra Dental Clinic,
  <town>" (heldout123's TPA advices); an OPD platform's settlement pays it under Partner clinic / Paid to / Network
  partner and Practo's payout under Practice / Payout to, never the platform on top. *settled*: an equipment lender's
  EMI page pays the lender named on top (Tata Capital Ltd, HDFC Bank, Poonawalla Fincorp Ltd, Aditya Birla Capital
  Ltd) or, on an app, under Paid to / Lender (Bajaj Finance Ltd under Bajaj Finserv's title, Kotak Mahindra Bank
  under Kotak Mobile Banking's), never the app's title, the Borrower or the Asset; a dealer's down payment receipt
  pays the dealer on top, never the lender under Financed by. *settled*: a consultant's fee pays the consultant as
  printed: on top of the fee bill with "Dr." kept as part of the printed name (heldout152's honorifics), never the
  qualification or council line under it nor M/s the firm under To; under Beneficiary / Payee / Beneficiary name /
  Vendor on a transfer as the bank prints it (with or without Dr., in capitals on some), never the Debit account
  name. *settled*: a landlord's receipt pays the landlord under Landlord / Owner / Lessor (Shri is no part of the
  name, heldout142), the landlord company on top of its invoice. *settled*: a refund's payee is the patient under
  Refund to / Patient / Payee / Refunded to / Beneficiary / Beneficiary name / Customer (heldout152, heldout156),
  never the clinic on top of its voucher, credit note or e-mail, the gateway or the firm under it. A GST challan and
  an income-tax (TDS) challan name no payee (heldout137, heldout144). *settled*: a pollution control board's fee
  receipt pays the board on top (Gujarat Pollution Control Board; STATE POLLUTION CONTROL BOARD, ODISHA as printed):
  the board issues it in its own name for its own authorisation (heldout152's exam boards), unlike a tax portal's
  challan; never the portal's line under it (XGN - Xtended Green Node, OCMMS) nor the firm under Applicant / Occupier
  or the Health care facility.
* amount / currency: the sum this payment moved. A UPI screen's and a payment link's sum large; a transfer's Amount /
  Transfer Amount / Amount (INR) or sum large. *settled*: a bank EMI slip's TXN AMOUNT (the treatment's sum charged
  to the card), never the MONTHLY EMI or TOTAL WITH INTEREST; a no-cost EMI slip's TXN AMOUNT (the TREATMENT PRICE
  less the NO COST EMI DISCOUNT that pays the bank's interest), never the TREATMENT PRICE, MONTHLY EMI or TOTAL
  PAYABLE TO BANK (heldout156's brand EMI). *settled*: a lender's disbursement counts the Net disbursal / Amount
  disbursed to clinic / Net amount credited (the Loan amount less the subvention and GST on it), never the Treatment
  cost / Invoice value, the Down payment, the Loan amount or the EMI. A cashless settlement's Net amount released /
  Amount transferred to provider / Net payable to provider (the Amount admitted less TDS u/s 194J), never the Amount
  claimed, the Amount admitted or a deduction (heldout123); a platform's Net settlement / Amount credited or sum
  large and Practo's Net payout / Payout amount (after the fee, GST on it and TDS), never the claims' or the
  appointments' gross. *settled*: a part payment receipt counts the Received now / Amount received this visit, never
  the Plan estimate / Treatment estimate, the Paid earlier or the Balance payable; an advance receipt its Advance
  received, or its Cheque amount on the cheque awaiting realisation, never the Estimated cost / Treatment estimate;
  the instalment receipt its Cheque amount; a treatment or OPD receipt its Amount received / Amount paid (the Total);
  the whitening invoice its Amount received (the Invoice total with CGST and SGST); the camp's bill its Net amount
  received / Received (net of TDS), never the Total. A supplier's Amount received / Received / Paid / Received (net
  of TDS), or Amount due / Balance payable on the declined UPI, or Cheque received (the rounded total). *settled*: an
  equipment lender's EMI page counts its Amount received / Amount paid / Amount presented or sum large (the EMI),
  never the Principal or Interest component, the Outstanding principal or the Bounce charges; a dealer's down payment
  receipt its Cheque amount (the Down payment), never the Total price; the AMC receipt its Amount received (with
  GST). A consultant's bill its Net amount received (after TDS u/s 194J(b)), never the Total professional fee; a
  consultant's transfer its sum. A rent receipt's or rent invoice's Net amount received / Amount received (after TDS
  u/s 194-I(b) where deducted), never the Rent / Monthly rent or the Invoice total. A Bharat Connect page's sum large
  (the Amount paid after a Prompt payment rebate, the Bill amount where none is printed); KSEB's, a waste operator's
  and ACT Fibernet's Amount paid / Total paid. A subscription's Amount paid / Total charged / Total / Amount due or
  sum large. *settled*: a refund's Refund amount / Net refund / Amount refunded or sum large, never the Advance paid,
  a deduction or the Payment amount / Original amount; the credit note's Amount refunded (the Amount collected from
  patient less the Patient's share (co-pay)), never the amount collected. A GST challan's Total challan amount /
  Total amount; a TDS challan's Amount (in Rs.) or sum large; a board's Total / Amount paid. Currency INR everywhere
  but on four software pages: *settled*: exocad's in euros: EUR; Dentally's in pounds: GBP; Blue Sky Plan's and
  SmileFy's in US dollars: USD (heldout152, heldout156), the VAT / Tax 0.00 and the reverse-charge line adding
  nothing.
* status: as printed (the words listed with each family above). *settled*: a payment link's Paid / Thank you! Your
  payment is complete is a success; a slip's TXN PENDING (AWAITING PAYER CONFIRMATION - DO NOT RETRY) pending and
  DECLINED (RESP CODE: ...) failed, an EMI slip's APPROVED / TXN APPROVED a success; Disbursed and Credited to
  provider successes, Disbursal failed - beneficiary name mismatch failed, Disbursal initiated - UTR awaited pending;
  a settlement's Paid / Settled - payment released / Payment processed successes, Payment returned - provider account
  inactive failed, Approved - payment under process pending, Payout scheduled pending; the clinic's CHEQUE RETURNED
  UNPAID - NEXT ALIGNER SET ON HOLD failed and CHEQUE RECEIVED - SUBJECT TO REALISATION pending (heldout110); a
  supplier's UPI DECLINED - AMOUNT DUE failed and CHEQUE DEPOSITED - SUBJECT TO CLEARANCE pending; EMI received / EMI
  payment successful / Payment received successes and EMI presentation returned unpaid failed, the dealer's CHEQUE
  RECEIVED - SUBJECT TO REALISATION pending; RENT RECEIVED a success; Bill payment declined by bank failed, Awaiting
  biller confirmation and Bill payment in process pending; Payment declined - card expired failed and Payment pending
  - awaiting bank confirmation pending; Refund initiated pending; Awaiting credit from RBI - NEFT / RTGS pending;
  Challan payment failed failed.
* date: the day paid (a receipt's, bill's, invoice's, voucher's, credit note's or slip's Date / Dated / Inv. date /
  DT: / DATE: / TXN DT/TM:; Paid on, Payment date, Date & Time, Transaction Date, Transferred on, Value Date,
  Completed on, Disbursed on, Value date, Credited on, Settled on, Released on, Transfer date, Received on, Presented
  on, Charged on, Transaction date, Refunded on, Processed on, Date of deposit, Tender date; Failed on, Returned on,
  Declined on, Attempted on, Initiated on and a payout's Scheduled for on the failures and the waits). *settled*: a
  NACH debit's Presented on is its day (heldout152's eNACH). *settled*: never a First EMI on, a Date of treatment /
  Treatment date, a Cheque date / Chq. dt. or a cheque's "dt", a Bill date / Due date, a Settlement cycle / Claims
  period / Payout period, a Coverage period, a Service period, a Subscription period / Renews on, Visits, a Rent for
  / the rent's month, a Challan created on, a Tax period or an Assessment Year.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited. *settled*: a payment link's Paid using UPI / <card> is its way; a bank EMI or no-cost EMI slip is card and
  a slip's MODE: UPI - DYNAMIC QR UPI; a lender's disbursement and a TPA's or platform's settlement by NEFT / IMPS
  are "netbanking"; a NACH auto-debit is "netbanking" (heldout110); a supplier's declined UPI names UPI and its
  Cheque No. cheque; a Bharat Connect page paid from a current account is "netbanking" and by credit card card; a GST
  challan's NEFT / RTGS mandate is "netbanking"; a refund's Source - UPI / Source - card is its way and the credit
  note's cheque cheque.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  Ref No, UPI Ref No., UPI Ref. No., UPI Reference No., UPI Transaction ID, UPI Txn Ref, UPI RRN, UTR, UTR No., UTR
  Number, NEFT UTR, RRN, RRN: / RET REF NO:, IMPS Ref No / IMPS Ref No. / IMPS Reference No., a card refund's ARN),
  then a bank reference (Bank Ref No., Bank Ref. No., Bank Reference Number, Reference No. and Bank Ref No. on a
  transfer, BRN / Bank Reference No. (BRN), Bharat Connect Ref. No. / B-Connect Txn No. / BBPS Ref ID), then a
  transaction / payment id (Transaction ID, Payment ID, PayU ID, Charge ID, Transaction ref, Payment ref, Disbursal
  ID, Settlement ID, Payout ID, Refund ID, a slip's QR TXN REF:, the app's own id (Google transaction ID, PhonePe's
  Transaction ID, CRED's, MobiKwik's), a challan's CIN), then an approval code (APPROVAL CODE: / AUTH CODE:, Auth
  code / Auth Code / Approval code / Approval Code), then an order's number (a Bharat Connect page's Order No.), then
  a document's own number (Receipt No. / Rcpt. No. / No., Invoice No. / Inv. No., Bill No., a lab's Challan No.,
  Voucher No. / Refund voucher No., Credit note No., INV NO: / RECEIPT NO: on a slip, Invoice # / Invoice number on a
  subscription, a GST challan's CPIN, a TDS challan's CRN; *settled*: a TPA's Payment voucher No. / Payment batch
  No., a pollution control board's Receipt No. / Challan No. (its own receipt's number)). *settled*: never a payment
  link's Link ID / Invoice ID, a slip's AID or PATIENT ID, a Patient ID / Case No. / Patient ref, a Loan ID /
  Application No. / Loan A/c No. / Agreement No., a UMRN, a Provider ID / Provider code / Partner code / Partner ID /
  Clinic ID / Practice ID, a Claim No. / CCN / Pre-auth No. / Authorisation No. / Policy No. / Member ID / E-card
  No., an AMC's Contract No., a council's Reg. No., the bill paid's Bill No. on KSEB's page or Invoice No. on ACT
  Fibernet's, an HCF code / Member ID, a board's Application No. / Unit ID, an IVRS No. / Service No. / Consumer ID /
  Consumer No. / Account No. / User ID, an Organisation ID / Customer No. / Account ID, the original Payment ID on a
  refund page, a TDS challan's BSR Code or Challan No., a cheque number, MID, TID, BATCH NO, a card or mobile number,
  a UPI ID, PAN, TAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout158_families import (
    cashless_claims,
    chair_card,
    clinic_paper,
    clinic_software,
    compose,
    equipment_loans,
    fees_rent,
    lab_supplies,
    patient_refunds,
    patient_upi,
    power_waste,
    tax_fees,
    treatment_emi,
)

SPLIT = "heldout158"

FAMILIES: list[Family] = [
    ("patient_upi", patient_upi, SCREEN_FACES),
    ("chair_card", chair_card, SLIP_FACES),
    ("treatment_emi", treatment_emi, PAGE_FACES),
    ("cashless_claims", cashless_claims, PAGE_FACES),
    ("clinic_paper", clinic_paper, BILL_FACES),
    ("lab_supplies", lab_supplies, PAPER_FACES),
    ("equipment_loans", equipment_loans, PAGE_FACES),
    ("fees_rent", fees_rent, PAGE_FACES),
    ("power_waste", power_waste, SCREEN_FACES),
    ("clinic_software", clinic_software, SCREEN_FACES),
    ("patient_refunds", patient_refunds, PAGE_FACES),
    ("tax_fees", tax_fees, PAGE_FACES),
]


def make_heldout158_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout158 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout160: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a diagnostic lab chain's day in 2026 (Nidaan Diagnostics: a central lab and the Nidaan
Imaging Centre (1.5 T MRI, 128-slice CT, ultrasound, X-ray) on College Road, Nashik, and a collection centre in each
of Jabalpur, Guntur, Muzaffarpur, Udaipur, Kollam, Dibrugarh and Hisar; Nidaan Healthcare Pvt Ltd runs the labs and
the centres, Nidaan Imaging LLP the imaging centre), told by the proofs of payment it receives (patients' UPI at the
counters, the counters' card and QR slips, home-collection bookings paid in its app, on its website and by the
phlebotomists' payment links, its own bill cum receipts, companies' remittances for employees' health check-ups,
TPAs', an insurer's and a corporate health platform's batch settlements) and those it makes (reagent and consumable
suppliers, equipment vendors and lenders, doctors' fees, regulators' and local bodies' fees, couriers of samples),
and by its banks' SMS alerts. One payment per page.

* ``patient_upi``: a patient's UPI app after paying a centre's QR (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay,
  super.money, Navi, WhatsApp Pay; dark on some) in three layouts of this set's own: PhonePe's, super.money's and
  Navi's (the outcome large, "<hour> on <day>" under it, Paid to / Paying to / To over the payee beside the sum, the
  QR's handle, Message:, Transfer Details / Payment details, the app's own Transaction ID / Navi transaction ID,
  Debited from, UTR: <ref>), Google Pay's, Amazon Pay's and WhatsApp's (the payee's initial, To <payee>, the handle,
  the sum large, Completed / Payment successful / Paid / Failed / Pending, the day and hour, the note, UPI
  transaction ID / UPI Ref No, To:, From: <PATIENT> (<bank>), Google transaction ID / Amazon Pay transaction ID) and
  Paytm's and BHIM's (the outcome, the sum large, Paid to / To, UPI ID / VPA, UPI Ref. No. / UPI Reference No. /
  RRN, Date & time / Paid on / Initiated on, From / Debited from, Remarks / Note (CBC + ESR, MRI knee balance)); the
  payee is a centre (Nidaan Diagnostics, Nidaan Diagnostics - <locality>, Nidaan Healthcare Pvt Ltd, Nidaan Imaging
  Centre or Nidaan Imaging LLP, in capitals on some).
* ``counter_slips``: a centre's or the imaging centre's terminal slip (Paytm EDC, Pine Labs, Razorpay POS, PhonePe
  Smart POS, SBI POS, Axis Bank, IDFC FIRST Bank, Mswipe; monospace): the maker on top on some, CHARGE SLIP / SALE
  RECEIPT on some, the centre in capitals (NIDAAN DIAGNOSTICS, with its locality, the company; NIDAAN IMAGING CENTRE
  or the LLP), its locality and town, DATE : and TIME : on one row or two or DATE/TIME :, MID : / MERCHANT ID : and
  TID : / TERMINAL ID : (one row on some), BATCH :, ROC :, STAN : on some, TXN TYPE : SALE / UPI SALE, CARD NO : /
  CARD :, CARD TYPE :, EXP DT : **/**, ENTRY : CHIP / TAP / SWIPE, CARDHOLDER : on some, APPR CODE : / AUTH CODE :,
  RRN :, or PAYER VPA :, UPI REF NO : / RRN : and TXN ID :; BASE AMT : on some and TOTAL AMOUNT : / TOTAL : / AMOUNT
  : (INR, RS., Rs or none; western grouping or plain); APPROVED / TRANSACTION APPROVED / SUCCESS, DECLINED with RESP
  : 91 - ISSUER UNAVAILABLE (51, 55, 54), UPI TXN PENDING with VERIFY ON APP BEFORE RELEASING REPORT; CUSTOMER COPY.
* ``home_collection``: a home-collection booking paid online: the chain's app (Nidaan Health on its band, Booking
  confirmed / Payment successful / Order placed - payment received / Payment pending - slot held for 15 minutes,
  Booking ID / Order ID, Lab / Collection centre / Billed by, Patient (name, sex, age), the tests with their prices,
  Coupon FIRSTHOME / HEALTHY10 / SENIOR20, Home collection charges (FREE on some), the sum large and Amount paid /
  Amount, Collection slot, Address, Paid via / Payment mode / Paid using, Payment ID / Transaction ID, UPI Ref No. /
  UPI RRN / Bank RRN / Bank Ref No. / Auth code, Paid on / Payment date / Transaction date / Initiated on), its
  website after Razorpay's or Paytm's checkout (Nidaan Diagnostics on top, Order total / Total payable, "Razorpay -
  Mastercard card *1917", "Paytm - UPI", Payment failed - booking not confirmed, Attempted on) and the payment links
  its phlebotomists send at the door (PayU, Cashfree Payments: the company or a centre on top with its town and
  state, Payment successful / Paid, the sum large, Payment for / Purpose, Paid by / Customer, Mobile, Collected by
  <name> (phlebotomist), Payment mode, PayU ID / CF Payment ID, the gateway's footer).
* ``patient_bills``: a centre's own paper from its lab software (serif; the centre on top, in capitals on some, its
  NABL line or the imaging centre's modalities, address, GSTIN on some): BILL CUM RECEIPT / PATIENT BILL & RECEIPT,
  IMAGING BILL CUM RECEIPT (the scan, Contrast charges, Film & CD charges), CASH MEMO - HEALTH CAMP (Discount -
  Health camp (20%)), BALANCE PAYMENT RECEIPT / DUE RECEIPT (Against Bill No. <no> dt. <day>, Bill amount, Paid
  earlier, Received now, Balance), ADVANCE RECEIPT - MRI / CT (Scan, Slot, Estimated charges, Advance received /
  Advance) and HOME COLLECTION RECEIPT (Home visit charges, Collected by): Bill No. / Receipt No. / Rcpt. No., Date
  / Bill date / Dated with the hour, UHID / Patient ID, Visit No. / Lab No. / Study No. / Accession No., Patient /
  Patient name / Name, Age / Sex, Ref. by / Referred by, the tests with codes (B0220 HbA1c), Gross amount, Discount
  - Senior citizen (10%) on some, Net amount, Amount paid / Paid / Received or Amount due / Balance due, Balance,
  the sum in words, Mode / Paid by / Payment mode and its reference, Report due <day> after 6 PM; PAID / RECEIVED
  WITH THANKS / PAYMENT RECEIVED / CARD DECLINED - AMOUNT DUE / UPI PAYMENT PENDING - SLOT CONFIRMED ON RECEIPT, and
  the centre's rubber stamp (BILLING / RECEPTION) on most paid ones.
* ``corporate_advice``: companies paying for their employees' check-ups, pre-employment medicals, food handlers'
  medicals and OHS tests: their accounts payable's e-mailed Payment Advice / Remittance advice (Sahyadri Auto
  Components, Aravali Marble Industries, Brahmaputra Tea Estates: the company on top, Supplier / Vendor / Payee /
  Beneficiary, Vendor code, an Invoice / Amount table of the lab's invoices (NHPL/26-27/1784  21/09/2026, what each
  was for), Total invoices / Gross amount, Less: TDS u/s 194J(b) @ 10% or 194C @ 2%, Net amount paid / Amount
  remitted / Net payable / Amount, Mode / Payment mode NEFT / IMPS, Bank A/c credited, IFSC, Payment document No. /
  Payment voucher No. / Clearing doc. No., UTR / UTR No. / NEFT UTR / IMPS Ref No. / IMPS RRN or Bank Ref. No.,
  Value date / Payment date / Paid on / Returned on, Status Paid / Processed / Payment returned - beneficiary
  account credit failed), their supplier portals in a browser (Narmada Cement Works, Hisar Steel Tubes: Invoice
  status, Paid / Processed), ICICI Bank's corporate payment advice for Tirhut Sugar Mills (Debit account name,
  Beneficiary, Transaction reference) and the lab's own PAYMENT RECEIPT / RECEIPT - CORPORATE HEALTH CHECK to a
  company (Receipt No. / No., Date, Received from M/s <company>, the table, Amount received or Cheque amount with
  Cheque No. / Chq. No. and Drawn on, Value date; RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION).
* ``tpa_batches``: batches of health check-ups and OPD diagnostics settled to the lab: TPAs' and an insurer's
  advices (Medi Assist's, Health India's and Ericson's e-mails, Paramount's and Care Health Insurance's provider
  portals in a browser, Raksha's and MDIndia's printed letters with "To, The Centre Head, Nidaan Diagnostics,
  <town>": the payer on top and its line, Provider payment advice / Settlement statement / Batch payment advice,
  Provider / Network provider / Payee / Provider name, Provider ID, Payment batch No. / Batch No., a Claim No. /
  Member / Amount table with the service under each claim, Total claimed, Less: Disallowed and Less: Agreed tariff
  discount on some, Amount approved, Less: TDS u/s 194J @ 10%, Net amount paid / Amount transferred / Net payable,
  Mode NEFT, Bank account, IFSC, UTR / UTR No. or Bank Ref. No., Paid on / Payment date / Released on / Returned on
  / Initiated on, Status; Paid / Settled / Payment processed / Payment returned - account closed / Approved - in
  payment batch) and MediBuddy's partner app (Payout credited / Settled, the sum large, Partner / Paid to, Partner
  ID, Health checks completed (n), Less: Platform fee (n%), Less: GST @ 18% on fee, Less: TDS u/s 194-O (0.1%), Net
  payout, Settled to, Mode IMPS, Payout ID, IMPS Ref No., Credited on).
* ``reagent_suppliers``: reagent and consumable suppliers' TAX INVOICE / TAX INVOICE CUM RECEIPT (paper; the
  supplier on top, in capitals on some, its line, address and GSTIN: Invoice No. / Inv. No., Date / Invoice date,
  Bill to / Buyer M/s Nidaan Healthcare Pvt Ltd, Ship to <centre> on some, "Cold chain: 2-8 C" on some, the lines
  with HSN [3822] / [9018] and n x rate, Taxable value / Sub total, IGST @ 5% (another state) or CGST and SGST @
  2.5%, Round off, Invoice total / Grand total, the sum in words, Amount received / Received / Paid, Mode / Paid by
  and its reference, or Balance payable / Amount due with Payment attempted UPI - declined, or Cheque received with
  Cheque No. and Bank; PAID / RECEIVED WITH THANKS / UPI DECLINED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO
  CLEARANCE), a tube maker's e-mailed Payment receipt (Customer, Ship to, Invoice(s) settled, Amount received, Mode,
  UTR, Receipt No., Received on, Status Payment received) and the chain's own BANK PAYMENT VOUCHER / PAYMENT VOUCHER
  / CASH VOUCHER (the company on top: Voucher No. / V. No., Date, Paid to / Payee, Against invoice <no> dt. <day>,
  Account head, Amount paid, Mode; PAID; Prepared by, Approved by, Receiver's signature).
* ``equipment_vendors``: the CT maker's CMC and the cleanroom firm's AMC payment acknowledgements by e-mail (the
  vendor on top, Customer, Contract, Contract No., Invoice No. settled, Invoice amount (incl. GST), Less: TDS u/s
  194C @ 2%, Amount received, Mode NEFT, UTR, Receipt No., Received on, Status Received / Payment received), the
  analyser maker's customer portal in a browser (Paid / Payment successful, Customer, Invoice, Rental month, the
  analyser rentals, Sub total, GST @ 18%, Total paid, Paid using Net banking - <bank>, Payment ID, Bank Ref No.,
  Paid on), an equipment dealer's PROFORMA INVOICE CUM ADVANCE RECEIPT (PI No., Item, Price, GST @ 18%, Total,
  Advance (n%), Cheque amount, Cheque No., Drawn on; CHEQUE RECEIVED - SUBJECT TO REALISATION), IDFC FIRST Bank's
  app after the MRI loan's EMI (EMI paid successfully / Payment successful, the sum large, Paid to / Lender,
  Borrower, Loan A/c, Loan for, EMI n of 60, Paid from UPI, Transaction ID, UPI Ref No., Paid on), the helium
  supplier's and the UPS firm's TAX INVOICE (Liquid helium top-up (MRI magnet) 300 L x 1,690, SMF battery 12V 42Ah
  18 nos x 5,520, CGST and SGST @ 9%, Round off, Invoice total, Paid / Amount received and RTGS UTR, or Amount due
  and Payment attempted UPI - declined; PAID / PAYMENT RECEIVED / UPI DECLINED - AMOUNT DUE) and the analyser loan's
  NACH e-mail (EMI receipt, Borrower, Loan A/c No., Asset, EMI No., EMI amount, Mode NACH auto-debit, UMRN,
  Transaction ref, Presented on, Status EMI paid).
* ``doctor_fees``: the chain paying its doctors (reporting radiologists, consultant pathologists and a
  microbiologist, a sonologist, a camp physician, a referral physician for post check-up consultations): four
  transfers from its business banking (HDFC Bank ENet and mahaConnect Corporate in a browser, YES BUSINESS and Axis
  neo for business on a phone; this set's own page: the outcome, the sum large on the apps, Debit account name on
  the web pages, From account / Debit account, the doctor under Beneficiary / Beneficiary name / Payee / Pay to as
  the bank prints the name (Dr. Jayakumar R., DR SHIRISH GADGIL, Naveen Sihag), Beneficiary A/c and IFSC or UPI ID,
  Amount / Transfer amount / Amount (INR) on the web pages, Mode NEFT / IMPS or Paid via UPI, UTR / UTR No. / IMPS
  Ref No / UPI Ref No and Reference No. / Transaction ID, Value date / Transaction date / Failed on / Initiated on,
  Remarks / Narration, Maker and Checker on the web pages; Transaction successful / <mode> transfer successful /
  Payment successful / <mode> returned by beneficiary bank / Transaction failed / <mode> under process / Transaction
  in process), two doctors' PROFESSIONAL FEE BILL CUM RECEIPT / BILL FOR PROFESSIONAL SERVICES (the doctor on top
  with Dr., the qualification and the council's Reg. No. under it: Bill No., Date, To M/s <firm> (<centre>), For the
  month of, the cases n x rate and a retainer, Total fee, "GST: Not applicable - healthcare services", Less: TDS u/s
  194J @ 10%, Net amount received, the sum in words, Received by / Mode and its reference, RECEIVED WITH THANKS,
  PAN), the chain's PROFESSIONAL FEE VOUCHER (the company on top, Voucher No., Date, Paid to the doctor, Gross fee,
  Less: TDS, Net paid, Cheque No., Drawn on, PAID) and a teleradiology company's e-mailed receipt (Payment received
  - thank you, Client, Invoice No. settled, CT / MRI / X-ray studies reported n x rate, Invoice total, "GST: Exempt
  - healthcare services", Less: TDS u/s 194J @ 10%, Amount received, Mode NEFT, UTR, Receipt No., Received on,
  Status).
* ``regulator_fees``: NABL's portal receipt and its accounts' e-mail for an NEFT (NABL's full name or NABL on top,
  "(A constituent board of Quality Council of India)", Laboratory, Lab ID, Certificate No. MC-<n>, Fee head, Fee,
  GST @ 18%, Total paid, Mode of payment / Payment mode, Transaction ID, Bank Ref No., Payment date / Paid on,
  Payment status), Bharatkosh's receipt for the AERB licence fee (Bharatkosh - Non Tax Receipt Portal on top,
  Depositor, Ministry / Department, Receiving office Atomic Energy Regulatory Board, PAO, Purpose, Fee, Amount,
  Transaction Ref. No., UPI Ref No.), AERB's eLORA fee acknowledgement (AERB on top, Institute, eLORA Registration
  No., Equipment, Licence fee, Payment ID, Bank Ref No.), Maharashtra's GRAS e-Challan for the PC-PNDT registration
  renewal (GRAS on top, Department, Office name (Civil Surgeon, Nashik), Type of payment, Remitter, GRN, Initiated
  on, Payment status Pending with bank), Bihar's clinical establishment registration fee (the Health Department,
  Government of Bihar on top, Establishment, District registering authority, Application No., Transaction ID,
  Attempted on; Payment failed - transaction declined by bank), Kollam Municipal Corporation's trade licence renewal
  on K-SMART (Licensee, Trade, Licence No., Financial year, Licence fee, Application fee, Receipt No., Transaction
  ID, Auth code) and Haryana Fire & Emergency Services' fire NOC fee receipt (printed: Applicant, Building,
  Application ID, Fire NOC fee, Inspection fee, GRN, Bank CIN, Receipt No., UPI Ref No.); Payment successful /
  Success / Paid.
* ``sample_courier``: Porter's and Borzo's trip receipts in their apps (the app on top, Trip receipt / Delivery
  receipt, Trip completed / Delivery completed, Payment successful / Paid / Payment failed - pay the driver in cash,
  the fare large, Trip ID CRN<n> / Order No., Vehicle, Pickup (the centre), Drop (the airport's cargo terminal),
  Trip fare, Waiting charges, Discount, Total fare, Paid via UPI, Transaction ID, UPI Ref No., Paid on / Attempted
  on), Blue Dart's counter CASH RECEIPT (monospace: BLUE DART EXPRESS LTD, <TOWN> COUNTER, DATE :, TIME :, AWB NO :,
  PRODUCT :, ORIGIN :, DEST :, PCS / WT :, CONTENTS : DIAGNOSTIC SPECIMENS - UN3373, FREIGHT :, FUEL SURCHARGE :,
  GST @ 18% :, TOTAL :, PAID BY : CASH, RECEIPT NO :), India Post's SPEED POST - BOOKING RECEIPT (INDIA POST /
  DEPARTMENT OF POSTS, <TOWN> H.O., ARTICLE NO :, TO PIN :, WEIGHT :, TARIFF :, GST :, TOTAL :, PAID BY : UPI, UPI
  REF NO :, RCPT NO :; BOOKED - PAID), IndiGo CarGo's airway bill payment in a browser (InterGlobe Aviation Ltd
  under it, AWB No. 312-<n>, Origin, Destination, Shipper, Commodity, Pieces / chargeable weight, Freight, Handling,
  GST @ 18%, Total payable, Paid using, Payment ID, Initiated on; Payment pending - AWB on hold), ColdTrail Sample
  Logistics' e-mailed Payment receipt (Client, Invoice No. settled, Sample transport (2-8 C) trips n x rate, GST @
  18%, Invoice total, Less: TDS u/s 194C @ 2%, Amount received, NEFT and its UTR, Receipt No., Received on, Status),
  the chain's COURIER / RUNNER VOUCHER / CONVEYANCE VOUCHER (the company on top, Voucher No., Paid to the sample
  runner, trips n x rate, Amount paid, cash; PAID) and Godavari Express Couriers' BOOKING RECEIPT (Receipt No.,
  Date, Consignment No., From, To, Contents, Weight, Booking charges, Cold box handling, GST @ 18%, Total, Amount
  paid, Mode and its reference; BOOKED - PAID).
* ``bank_alerts``: one SMS alert from the chain's banks in a messages app (the sender, the day divider, one bubble):
  HDFC Bank's credit of a TPA's NEFT ("Update! Rs.67,991.03 credited to HDFC Bank A/c XX5123 on 23-MAY-26 by NEFT
  from MEDI ASSIST INSURANCE TPA. UTR ..."), SBI's IMPS debit to a reagent supplier (no day: the divider says Today
  or Yesterday), ICICI Bank's RTGS to the helium supplier "is under process", Axis Bank's UPI spend "at PORTER",
  Kotak's NEFT "to GODAVARI SCIENTIFIC DIST" (the name cut as the bank cuts it), PNB's failed IMPS to a sample
  runner, Canara Bank's credit of a company's RTGS with no reference, Bank of Baroda's NEFT to the teleradiology
  company; the balance on some.

Outcomes: six successes, a failed and a pending page in every family (the e-mailed receipts and acknowledgements,
the vouchers, the doctors' bills, MediBuddy's payout, the NABL, Bharatkosh, eLORA, K-SMART and fire NOC receipts and
the couriers' own paper are successes). Absent fields: each family leaves out the id on one page (no UPI reference,
UTR, RRN, IMPS reference, bank reference, transaction, payment, payout or app id, no approval or auth code, no
booking, order or trip number, no bill, receipt, invoice, voucher, batch, payment document, PI or ROC number, GRN or
CIN; UHIDs, visit, lab, study and accession numbers, test codes, provider, partner and vendor codes, claim numbers,
the invoices a payment settles, contract, loan account, UMRN, lab, certificate, registration, application and
licence numbers, AWB, article and consignment numbers, MID, TID, BATCH and STAN, card, account and mobile numbers,
UPI IDs, GSTIN, PAN and IFSC stay) and the day on one (no date anywhere: no collection slot, report, slot, invoice,
bill, rental, fee-month or financial-year day or period, no year in a document's number, no NEFT or RTGS UTR (both
spell the day: a bank reference or an IMPS or UPI reference stands in), no app id that carries one (PhonePe's,
super.money's); an e-mail's hour, a slip's TIME :, a phone's clock and an SMS divider's Today / Yesterday at most).
Sums: a lab chain's (a few hundred rupees for a test, thousands for a scan, lakhs for companies, CMCs and helium): ₹
(faces that draw it), Rs., Rs, INR, /- on counter paper, INR / RS. / Rs / none on slips; lakh grouping on most,
western and plain on some; all in rupees. Days: 2026 (heldout116's ``day26``), printed in heldout121's patterns,
this set's DAY_PATS and the slips' own. Faces: heldout119's lists (SCREEN_FACES for the patients' UPI, the
home-collection pages and the SMS alerts, SLIP_FACES for the counter slips, BILL_FACES for the centres' own paper,
PAPER_FACES for the suppliers' paper, PAGE_FACES for the remittances, the TPAs, the equipment, the doctors, the
regulators and the couriers). Frames: heldout158's ``compose`` (heldout156's: heldout121's frames and marks,
heldout129's rubber stamp on the centres' paid bills). Seeds ``heldout160-<i>``.

Truth conventions (README "Receipt fields", as heldout152 and heldout156 quote them and heldout158 keeps them;
*settled* where this set chose):

* merchant_name: the one paid, as printed: a centre (Nidaan Diagnostics, Nidaan Diagnostics - <locality>, Nidaan
  Healthcare Pvt Ltd, Nidaan Imaging Centre, Nidaan Imaging Centre, Nashik or Nidaan Imaging LLP; capitals where so
  printed) on a patient's UPI screen (Paid to / To / Sent to / To <payee>; never the QR's handle nor the patient
  under From), in capitals on its slips (never the terminal's maker, the PAYER VPA or the CARDHOLDER), on top of its
  own paper (never the patient, the Ref. by doctor, the phlebotomist, the rubber stamp, nor M/s <company> under
  Received from); the supplier, the vendor, the dealer, the teleradiology company, the courier on top of its own
  paper, e-mail or page (never M/s Nidaan Healthcare Pvt Ltd under Bill to / Buyer / Customer / Client, the centre
  under Ship to, From / To or Shipper, nor InterGlobe Aviation Ltd under IndiGo CarGo). Never a bank, app, terminal
  maker, gateway or platform, nor the payer. *settled*: the chain's app pays the centre under Lab / Collection
  centre / Billed by, never the app's title Nidaan Health on its band; its website pays Nidaan Diagnostics on top; a
  phlebotomist's payment link pays the company or centre on top, never the gateway's footer, the patient under Paid
  by / Customer or the phlebotomist under Collected by. *settled*: a company's remittance advice, supplier portal or
  bank payment advice pays the lab under Supplier / Vendor / Payee / Beneficiary as printed (the company on most),
  never the company on top, ICICI Bank's title, or the Debit account name; the lab's own PAYMENT RECEIPT to a
  company pays the lab on top. *settled*: a TPA's or insurer's batch advice pays the lab under Provider / Network
  provider / Payee / Provider name, never the TPA or insurer on top nor the letter's addressee line "To, The Centre
  Head, Nidaan Diagnostics, <town>"; MediBuddy's payout pays it under Partner / Paid to, never MediBuddy. *settled*:
  the chain's own payment, cash, professional fee and runner vouchers pay the one under Paid to / Payee (a supplier,
  a doctor, a sample runner), never Nidaan Healthcare Pvt Ltd on top. *settled*: the loan app pays the lender under
  Paid to / Lender (IDFC FIRST Bank, also the app's title), the NACH e-mail the lender on top (Cholamandalam
  Investment and Finance Co. Ltd), never the Borrower. *settled*: a doctor is paid as printed: on top of the fee
  bill and under Paid to on the voucher with "Dr." kept (heldout152's honorifics), never the qualification or
  council line nor M/s <firm> under To; under Beneficiary / Beneficiary name / Payee / Pay to on a transfer as the
  bank prints it (DR SHIRISH GADGIL, Naveen Sihag), never the Debit account name. *settled*: NABL's receipt and
  e-mail pay NABL as printed on top (its full name or NABL), never the Quality Council of India line; Bharatkosh's
  receipt pays the office under Receiving office (Atomic Energy Regulatory Board: Bharatkosh is the government's
  common portal, as heldout158 kept the portal's line off a board's receipt), never Bharatkosh, the Ministry /
  Department, the PAO or the Depositor; eLORA's page pays AERB on top; Maharashtra's GRAS e-Challan (the treasury's
  common system) pays the office under Office name (Civil Surgeon, Nashik or CIVIL SURGEON NASHIK as printed), never
  GRAS, the Department or the Remitter; a department's or a local body's own page pays the body on top (Health
  Department, Government of Bihar, never the District registering authority line under it; Kollam Municipal
  Corporation; Haryana Fire & Emergency Services, in capitals on some), as heldout154 settled a licence fee for the
  authority on top. *settled*: Porter's and Borzo's trip receipts pay the service on top of its own receipt (Porter,
  Borzo: it bills the trip), never the driver or the centre under Pickup; Blue Dart's and India Post's slips pay the
  courier named on top as printed (BLUE DART EXPRESS LTD; INDIA POST or DEPARTMENT OF POSTS), never the counter or
  post office line. *settled*: a debit alert pays the one after "to" / "at" as the bank prints it (cut short on
  some: GODAVARI SCIENTIFIC DIST); a credit alert names only the payer (from MEDI ASSIST INSURANCE TPA, from
  SAHYADRI AUTO COMPONENTS LTD) and not the account's holder: no merchant (None), never the payer nor the bank
  (heldout119's alert that named no payee).
* amount / currency: the sum this payment moved. A UPI screen's sum (large, or beside the payee); a slip's TOTAL
  AMOUNT : / TOTAL : / AMOUNT : (BASE AMT : the same sum); the app's sum large and Amount paid, the website's Order
  total / Total payable, a link's sum large: *settled*: after the coupon and with the home collection charges, never
  a test's price or the coupon. A centre's bill its Amount paid / Paid / Received (the Net amount after a discount),
  or Amount due / Balance due on the declined card, never the Gross amount; *settled*: a balance receipt's Received
  now, never the Bill amount or the Paid earlier; an advance receipt's Advance received / Advance, never the
  Estimated charges. *settled*: a remittance's Net amount paid / Amount remitted / Net payable / Amount (the
  invoices less TDS), never the Total invoices / Gross amount or an invoice's line; the lab's receipt to a company
  its Amount received / Cheque amount. A batch settlement's Net amount paid / Amount transferred / Net payable (the
  Total claimed less the disallowed items, the tariff discount and TDS u/s 194J), never the Total claimed, the
  Amount approved or a claim's line; MediBuddy's sum large / Net payout (after the platform fee, GST on it and TDS
  u/s 194-O), never the Health checks completed gross. A supplier's Amount received / Received / Paid (the Invoice
  total / Grand total after Round off), Balance payable / Amount due on the declined UPI, Cheque received on the
  waiting cheque; a voucher's Amount paid. *settled*: a vendor's acknowledgement its Amount received (the invoice
  with GST less TDS u/s 194C), never the Invoice amount (incl. GST); the portal's Total paid; the proforma's Cheque
  amount (the Advance), never the Price or the Total; the loan app's sum large and the NACH e-mail's EMI amount (the
  EMI); an invoice's Paid / Amount received / Amount due. A doctor's transfer its sum (large on the apps, Amount /
  Transfer amount / Amount (INR) on the web pages); a fee bill's Net amount received and a voucher's Net paid (after
  TDS u/s 194J @ 10%), never the Total fee / Gross fee; the teleradiology receipt's Amount received, never the
  Invoice total. A regulator's Total paid / Amount (every fee head with GST on NABL's), never one Fee line. A trip's
  sum large and Total fare (after the discount, with the waiting charges), never the Trip fare; a slip's TOTAL :;
  the airway bill's Total payable; ColdTrail's Amount received (after TDS u/s 194C), never the Invoice total; a
  voucher's and a booking receipt's Amount paid. An SMS's sum in its text, never the balance. Currency INR
  everywhere.
* status: as printed (the words listed with each family above). *settled*: Order placed - payment received, Booking
  confirmed and a slip's SUCCESS are successes; Payment pending - slot held for 15 minutes, UPI TXN PENDING (VERIFY
  ON APP BEFORE RELEASING REPORT) and UPI PAYMENT PENDING - SLOT CONFIRMED ON RECEIPT pending; CARD DECLINED -
  AMOUNT DUE and Payment failed - booking not confirmed failed; a remittance's Status Paid / Processed successes and
  Payment returned - beneficiary account credit failed failed, the lab's CHEQUE RECEIVED - SUBJECT TO REALISATION
  pending (heldout110); Approved - in payment batch pending and Payment returned - account closed failed; Payout
  credited / Settled successes; UPI DECLINED - AMOUNT DUE failed and CHEQUE RECEIVED - SUBJECT TO CLEARANCE pending;
  EMI paid / EMI paid successfully / Received successes; <mode> returned by beneficiary bank failed and <mode> under
  process / Transaction in process pending; Pending with bank pending and Payment failed - transaction declined by
  bank failed; *settled*: a trip receipt's status is its payment's (Payment failed - pay the driver in cash failed
  under Delivery completed, which tells the trip's); Payment pending - AWB on hold pending; BOOKED - PAID a success;
  an alert's debited / credited / spent / sent successes, "has failed" failed and "is under process" pending.
* date: the day paid (a bill's, receipt's, invoice's, voucher's or slip's Date / Bill date / Dated / Invoice date /
  DATE : / DATE/TIME :; "<hour> on <day>", Date & time, Paid on, Payment date, Transaction date, Value date,
  Released on, Credited on, Received on, Presented on; Attempted on, Failed on, Returned on, Initiated on on the
  failures and the waits; the day in an SMS's text). *settled*: never a Collection slot, a Report due, a scan's
  Slot, an Against Bill No. ... dt. or Against invoice ... dt., a remittance table's invoice days, a Rental month, a
  For the month of, a Financial year, nor an SMS's day divider alone.
* payment_method: UPI, card, cash, cheque, "netbanking" for NEFT / RTGS / IMPS, net banking and a bank account
  debited. *settled*: a slip's TXN TYPE : UPI SALE is UPI; "Razorpay - Mastercard card *1917" card and "Paytm - UPI"
  UPI; a declined card bill card and a declined supplier's Payment attempted UPI - declined UPI; a Cheque No.
  cheque; a remittance's, a TPA's and MediBuddy's NEFT / RTGS / IMPS "netbanking"; NACH auto-debit "netbanking"
  (heldout110); the loan app's Paid from UPI - <bank> UPI; a doctor's Paid via UPI UPI; a regulator's Net banking -
  <bank> "netbanking" and Debit card card; an alert's NEFT / IMPS / RTGS "netbanking" and "via UPI" UPI.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference
  (UTR: <ref>, UPI transaction ID / UPI Transaction ID, UPI Ref No / UPI Ref No. / UPI Ref. No. / UPI Reference No.
  / UPI Txn Ref / UPI RRN / Bank RRN, RRN : / RRN / UPI REF NO :, UTR / UTR No. / UTR: / NEFT UTR / RTGS UTR, IMPS
  Ref No / IMPS Ref No. / IMPS RRN, the UTR or reference in an SMS; NEFT UTRs in both shapes, 16 and 22 characters),
  then a bank reference (Bank Ref No. / Bank Ref. No. / Bank Reference, Reference No. on a transfer), then a
  transaction / payment id (Transaction ID, Payment ID, PayU ID, CF Payment ID, TXN ID :, Payout ID, Transaction ref
  / Transaction reference, Bharatkosh's Transaction Ref. No., a GRAS or e-GRAS Bank CIN, the app's own id: PhonePe's
  and super.money's Transaction ID, Google transaction ID, Amazon Pay transaction ID, Navi transaction ID), then an
  approval code (APPR CODE : / AUTH CODE :, Auth code / Approval code), then an order's number (*settled*: the
  chain's Booking ID / Order ID, Porter's Trip ID, Borzo's Order No.), then a document's own number (Bill No. /
  Receipt No. / Rcpt. No. / No., Invoice No. / Inv. No., PI No., Voucher No. / V. No., a slip's ROC : and RECEIPT NO
  : / RCPT NO :, *settled*: a TPA's Payment batch No. / Batch No., a company's Payment document No. / Payment
  voucher No. / Clearing doc. No., a GRAS or e-GRAS GRN). *settled*: never a UHID / Patient ID / Visit No. / Lab No.
  / Study No. / Accession No., a test code, a Provider ID / Partner ID / Vendor code, a Claim No. in a batch table,
  the invoices a payment settles (a remittance's Invoice column, Invoice No. settled, Invoice(s) settled, Against
  invoice, Against Bill No., a portal's Invoice), a Contract No., a Loan A/c (No.), a UMRN, NABL's Lab ID and
  Certificate No., an eLORA Registration No., an Application No. / Application ID, a Licence No., an AWB No. / AWB
  NO :, an ARTICLE NO :, a Consignment No., MID, TID, BATCH :, STAN :, a card, account or mobile number, a UPI ID /
  VPA, PAN, GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout160_families import (
    bank_alerts,
    compose,
    corporate_advice,
    counter_slips,
    doctor_fees,
    equipment_vendors,
    home_collection,
    patient_bills,
    patient_upi,
    reagent_suppliers,
    regulator_fees,
    sample_courier,
    tpa_batches,
)

SPLIT = "heldout160"

FAMILIES: list[Family] = [
    ("patient_upi", patient_upi, SCREEN_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("home_collection", home_collection, SCREEN_FACES),
    ("patient_bills", patient_bills, BILL_FACES),
    ("corporate_advice", corporate_advice, PAGE_FACES),
    ("tpa_batches", tpa_batches, PAGE_FACES),
    ("reagent_suppliers", reagent_suppliers, PAPER_FACES),
    ("equipment_vendors", equipment_vendors, PAGE_FACES),
    ("doctor_fees", doctor_fees, PAGE_FACES),
    ("regulator_fees", regulator_fees, PAGE_FACES),
    ("sample_courier", sample_courier, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout160_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout160 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout242: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Morbi wall clock and gift-clock maker's day in 2026 in Morbi, Gujarat
(Samaydhara Clocks Pvt Ltd, its moulding and assembly plant on Lilapar Road, Samaydhara Moulding & Assembly
Plant, where the ABS and HIPS clock cases are injection moulded, the logo dials pad printed and the quartz
movements, hands, glass and pendulums fitted, its home-based assemblers and packers in Vajepar, Trajpar,
Lalpar, Shanala, Ravapar, Jodhpar and Ghuntu, who fit the movements, hands and glass and box the gift clocks
at home by the piece, and its sales office for the dealers on Sanala Road, Samaydhara Dealers' Sales Office,
where the watch and clock dealers of Saurashtra and the rest of India order and collect), told by the proofs
of payment it receives (dealers', gift shops' and buyers' UPI screens and the gift-clock web shop's CCAvenue
and PayU pages, an Ahmedabad, a Surat, a Mumbai, a Delhi, a Hyderabad and a Kolkata dealer's, a Bengaluru
corporate gifting firm's and Western Railway's payment advices, clock importers' inward wires from Dubai,
Jeddah, Muscat, Doha, Nairobi, Leicester, Hamburg and Singapore in dirhams, Saudi riyals, Omani rials, Qatari
riyals, US dollars, pounds, euros and Singapore dollars, the sales office's dealer bills to Rajkot,
Surendranagar and Gondal dealers, the plant's receipts for moulding regrind sold by the kilo to two recyclers
and for seconds sold at its gate, the accounts desk's acknowledgements of a Jamnagar gifting firm's advance
for logo clocks and a Pune buyer's gift clocks, cards on the sales office's, the company's and the factory
outlet's terminals) and those it makes (the Ankleshwar polymer distributor's, the Delhi quartz movement
house's, the Kalol clock glass cutter's, the Rajkot dial printer's and the Morbi box maker's tax invoices, the
net-banking transfers to the transporter, the mould repairer, the sales office's landlord, the security
agency, the pad printer, the DG set mechanic, the exhibition stall maker and the pest control firm, the home
assemblers', packers', moulding operators' and pendulum clock assemblers' majuri vouchers, Cashfree payouts to
two home assemblers and a Paytm and a bob World payment to a pad printer and a packer, Morbi Municipal
Corporation's property tax and profession tax, the Gujarat Pollution Control Board's consent fee, FIEO's
membership renewal, the Directorate of Industrial Safety and Health's factory licence renewal, Legal
Metrology's verification of the plant's scales, the Gujarat Labour Welfare Board's contribution and ESIC's
monthly contribution, the insurers' premium receipts for the plant, its moulds and stock, the sales office's
stock, the export cargo, the staff's health, the wage cash carried to the home assemblers, the delivery tempo,
the workers' compensation and the moulding machines, its card at a filling station on the Morbi-Maliya
highway, a Goregaon hotel in the gift fair week, a hardware shop and a Kathiyawadi dhaba, PGVCL's power and
the postpaid, piped gas, DTH and fibre bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, bob World, Navi, BHIM, MobiKwik, CRED) paying the sales office
  or the company, the status, the sum and the payee block in one of four orders (the status, the sum and the
  payee; the payee, the sum and the status; the sum, the payee and the status; the status, the payee and the
  sum) and the day first under the rule or after the references, and two of the gift-clock web shop's payment
  pages (CCAvenue, PayU), the sum large or in an Amount paid / Total paid row, above the status or under it,
  the day under them or at the foot.
* ``buyer_advices``: the dealers', the gifting firm's and Western Railway's PAYMENT INTIMATION TO VENDOR /
  CREDITOR PAYMENT ADVICE - WALL CLOCKS / Notice of payment to vendor (e-mail, printed, vendor portal), the
  status under the heading or at the end of the payment block, the payee at the head of the body or of the
  payment block, the bills above the payment block or under it.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT PROCEEDS /
  Foreign inward remittance - credit advice / Advice of credit - SWIFT MT103 received; browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the references, the parties
  above the sums or under them and the remitter's block above the beneficiary's or under it; Omani rials with
  three decimals, euros the German way (12.450,00 EUR) on some; a returned wire unconverted, with its return
  charges; a shipping bill only against a realised export, a proforma invoice against an advance.
* ``own_receipts``: the sales office's DEALER SALE BILL - WALL CLOCKS / CASH MEMO - SALES OFFICE, the plant's
  RECEIPT - MOULDING REGRIND (SOLD BY WEIGHT) / PLASTIC SCRAP SALE MEMO - RUNNERS AND REJECTS and FACTORY GATE
  CASH MEMO - SECONDS / GATE SALE RECEIPT - FACTORY SECONDS (paper, rubber stamp), the number and the day in
  either order above the party, and the accounts desk's Payment received - thank you for your order e-mails (a
  Pune buyer's with IGST).
* ``supplier_invoices``: the polymer, movement, glass, dial and box suppliers' TAX INVOICE (ORIGINAL FOR
  RECIPIENT) / GST TAX INVOICE / SALES INVOICE CUM PAYMENT RECEIPT with the payment block (an advance or the
  buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on one row (Inv.
  No. ... / Date: ...) on some, else in either order.
* ``vendor_transfers``: corporate net banking's pages (Baroda Connect, Kotak Fyn, ICICI Bank CIB) in three
  orders (the day and the status under the heading; both at the foot; the status under the heading and the day
  at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed HOME ASSEMBLY WAGES - PER CLOCK / GHARE FITTING MAJURI PAVTI / HOME PACKING WAGES -
  PER GIFT BOX / PACKING MAJURI PAVTI (GHARE KAAM) / MOULDING SHOP - PIECE RATE WAGES / MOULDING MAJURI
  VOUCHER / PENDULUM CLOCK ASSEMBLY - PER PIECE / PENDULUM JODANI MAJURI PAVTI, the payee first, rates in
  paise; Cashfree's payout pages, the payee above the sum and the status or under them; a Paytm and a bob
  World screen.
* ``govt_fees``: Morbi Municipal Corporation's property tax and profession tax pages (eNagar), the Gujarat
  Pollution Control Board's consent fee (XGN), FIEO's membership renewal, the Directorate of Industrial Safety
  and Health's licence renewal, Legal Metrology's verification fee, the Gujarat Labour Welfare Board's
  contribution and ESIC's monthly contribution (browser), the status under the authority's line or at the
  foot.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Acknowledgement of premium received / RECEIPT - PREMIUM
  (POLICYHOLDER'S COPY) (browser, e-mail, printed at the branch), the status under the heading or under the
  sum.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum, the sum above the card
  or under the references; a tap's NO PIN REQUIRED line.
* ``utility_bills``: Bharat Connect in bob World and other apps (Freecharge, Paytm, MobiKwik, Navi, Google
  Pay), the sum above the status or under it, the DTH pack in place of a bill, and PGVCL's own online payment
  receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda, Rajkot Nagarik Sahakari
  Bank, Kotak Mahindra Bank, ICICI Bank's UPI) and two e-mail debit alerts (Axis Bank, IDFC FIRST Bank), the
  sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout238's and heldout239's.

Truth conventions (heldout239's, heldout238's, heldout235's, heldout234's, heldout231's, heldout227's,
heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's,
heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235) / Money sent to / Recipient / Paid to merchant / Payment to /
  Sending to (heldout239), *settled* (new here) Paid to shop / Transferred to / Merchant / Payee, and Paying /
  Payee on one not yet paid or failed (here the sales office, Samaydhara Dealers' Sales Office / SAMAYDHARA
  DEALERS' SALES OFFICE, the company's capitals, SAMAYDHARA CLOCKS PVT LTD, or its short name, Samaydhara
  Clocks, as printed), whether the payee block stands above the sum, under it, under the status or *settled*
  (new here) between the status and the sum, never the UPI ID or the app, nor the Registered name / Name at
  bank line (heldout235), the Beneficiary name as per bank / KYC name line (heldout239) or *settled* (new
  here) the Legal name / Account holder line under the UPI ID, nor the payer under Paid by / Sender
  (heldout239) or *settled* (new here) Payer / Sent by; a payment page's payee on top (here the web shop,
  Samaydhara Gift Clocks, the company, its capitals or its short name), never Paid by (heldout206) / Customer
  name (heldout234) / Customer / Payer name / Billed to (heldout239), *settled* (new here) Ordered by / Bill
  to / Ship to or the Items / Order details, or the gateway's footer (*settled* (new here) Payments secured by
  CCAvenue, Powered by PayU). *settled* (heldout167, heldout190, heldout202 to heldout239): a payer's payment
  advice pays the one it pays, never the payer on top; here a dealer's, the gifting firm's or Western
  Railway's advice pays the company under *settled* (new here) Vendor name / Paid to vendor / Payee (vendor) /
  In favour of / Credited to vendor (its full, capital or short name as printed), printed at the head of the
  body or at the head of the payment block, above the bills or under them, never the payer on top (the
  dealers, the gifting firm, Western Railway), its desk line, the Vendor code (heldout210) or *settled* (new
  here) the Vendor No. / Creditor code, the PO No. (heldout239) or *settled* (new here) the Purchase order No.
  / Indent No. / IREPS PO No., the *settled* (new here) Inward No. (as heldout239's MRN No.) or Bill passing
  No., or the *settled* (new here) Vendor bank A/c (as heldout239's Supplier bank A/c). *settled* (heldout155,
  heldout167, heldout190, heldout203 to heldout239): a bank's inward remittance advice pays the company under
  Name of beneficiary (heldout210) / Beneficiary customer / Exporter's name / For credit of / Ultimate
  beneficiary (heldout239), *settled* (new here) Beneficiary / Credit to (exporter) / Exporter / Payee
  (beneficiary), never the bank on top, its trade desk line, the remitter (*settled* (new here) Remitting
  customer / Foreign buyer (remitter), the importer abroad), the *settled* (new here) Remitting bank / Sending
  bank (as heldout155's Sender's bank) or the Intermediary bank (as heldout231's Correspondent bank), printed
  above the beneficiary or under it, *settled* (new here) the parties above the sums or under them. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout239): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the sales office's bills pay Samaydhara Dealers'
  Sales Office and the plant's receipts (the regrind's and the seconds') Samaydhara Moulding & Assembly Plant
  (capitals where so printed), and a receipt with the company on top the company, never the "A unit of"
  company line under it (heldout190), the party under Received from / Sold to / Customer (heldout235) or
  *settled* (new here) Dealer / Dealer's name / M/s / Buyer's name, printed after the number and the day, the
  goods' line, the signature line (For <unit> - Cashier, also where the company is on top, heldout239) or the
  rubber stamp; *settled* (new here) the plant's receipt for moulding regrind sold by the kilo to a recycler
  alike (the plant, never the buyer, as heldout239's willow chips); the accounts desk's e-mail pays the
  company on top (its full, capital or short name as printed, heldout219). A supplier's name on top of its own
  paper (capitals where so printed), never M/s the company under Billed to / Recipient / Bill to party
  (heldout235) / Buyer / Invoiced to / Party name (heldout239) or *settled* (new here) Bill to / Buyer (bill
  to) / Details of receiver (billed to), nor the plant under *settled* (new here) Ship to / Place of delivery
  (as heldout239's Deliver to). *settled* (heldout179, heldout202, heldout203, heldout207 to heldout239): a
  corporate banking page pays the payee under Beneficiary name / Payee (heldout211) / Receiver name /
  Transferred to / Beneficiary (as registered) / Name of payee (heldout239), *settled* (new here) Payee name /
  Pay to / Credit to (beneficiary) / Beneficiary name (as added), printed under the references or above them,
  never the portal (Baroda Connect, Kotak Fyn, ICICI Bank CIB), the bank line, the *settled* (new here) Debit
  from (as heldout239's Debit account), Corp. ID (as heldout239's Corporate ID) or Payee short name (as
  heldout231's Nick name). *settled* (heldout150, heldout161, heldout179, heldout203 to heldout239): a wage
  voucher pays the worker, *settled* (new here) a home assembler under Assembler's name / Majuri paid to
  (assembler), a packer under Packer's name / Majuri paid to (packer) and a moulding operator under Operator's
  name / Majuri paid to (operator), printed first under the heading, never the company on top, the plant's
  line under it, the Work, the Village / Area or *settled* (new here) the Worker card No. (as heldout239's
  Karigar card No.), the Batch No. or the Model; *settled* (new here) Cashfree's payout page the Beneficiary /
  Beneficiary name (as heldout239's Decentro), printed above the sum and the status or under them, never
  Cashfree Payments on top, the company under it (Payouts - ...), the *settled* (new here) Bene ID (as
  heldout173's Beneficiary ID), the Bank account or the UPI ID; a transfer screen the payee under Paid to
  (heldout235) / Money sent to (heldout239) or *settled* (new here) To / Recipient, above the sum or under the
  status. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout239): a fee page pays the
  authority on top as printed, *settled* (new here for Gujarat) Morbi Municipal Corporation / MORBI MUNICIPAL
  CORPORATION on both its pages; Gujarat Pollution Control Board / GUJARAT POLLUTION CONTROL BOARD; Federation
  of Indian Export Organisations / FIEO (as heldout239's SGEPC); Directorate of Industrial Safety and Health,
  Gujarat / DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH, GUJARAT; Legal Metrology, Gujarat / Controller of
  Legal Metrology, Gujarat State; Gujarat Labour Welfare Board / GUJARAT LABOUR WELFARE BOARD; Employees'
  State Insurance Corporation / ESIC; never the line under it (eNagar - Government of Gujarat, XGN - Extended
  Green Node, the Ministry of Commerce and Industry, the Labour, Skill Development and Employment Department,
  the Food, Civil Supplies and Consumer Affairs Department or the Ministry of Labour & Employment), the Name
  of establishment (heldout239) or *settled* (new here) the Occupier name, Name of employer, Name of industry,
  Name of member firm or Name of factory. *settled* (heldout199, heldout202 to heldout239): an insurer's
  premium receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The
  New India Assurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, IFFCO-Tokio General Insurance Co.
  Ltd's, Niva Bupa Health Insurance Co. Ltd's, The Oriental Insurance Co. Ltd's, SBI General Insurance Co.
  Ltd's, Go Digit General Insurance Ltd's and Bajaj General Insurance Ltd's alike), never the product line,
  the office line or the insured (the company) under *settled* (new here) Policyholder / Insured / Name of the
  insured (as heldout239's Name of insured). A slip's counter name line in capitals (here the company's own
  counters, SAMAYDHARA DEALERS' SALES OFFICE, SAMAYDHARA CLOCKS and *settled* (new here) SAMAYDHARA FACTORY
  OUTLET, on four, a filling station, a Goregaon hotel, a hardware shop and a Kathiyawadi dhaba on the rest),
  never the terminal's bank or brand (BANK OF BARODA, HINDUSTAN PETROLEUM, KOTAK MAHINDRA BANK, AXIS BANK,
  ICICI BANK, PINE LABS, SBI, PHONEPE) or the place line. A Bharat Connect page's biller under Operator
  (heldout223) / Biller name / Bill paid to (heldout235) / Paid to biller / Provider / Utility (heldout239),
  *settled* (new here) Biller / Paid to / Service provider (short or long as printed: PGVCL / Paschim Gujarat
  Vij Company Ltd, Vi Postpaid / Vodafone Idea Ltd, Gujarat Gas / Gujarat Gas Ltd, Dish TV / Dish TV India
  Ltd, BSNL Bharat Fibre / Bharat Sanchar Nigam Ltd), never the app (here also bob World, Freecharge, Paytm,
  MobiKwik, Navi and Google Pay), Bharat Connect or *settled* (new here) the Bill holder / Account name;
  *settled* (new here) PGVCL's own receipt page the discom on top (PGVCL, Paschim Gujarat Vij Company Ltd or
  its capitals as printed, as heldout235's), never the "A GUVNL company" line under it, the Sub division or
  the Consumer name. An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed,
  without the sentence's full stop), *settled* (new here) Bank of Baroda's "for <way> to <payee>.", Rajkot
  Nagarik Sahakari Bank's "by <way> favouring <payee>.", Kotak Mahindra Bank's "towards <way> to <payee>." and
  ICICI Bank's UPI "; <payee> credited.", and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's Beneficiary name (heldout206) / Paid to /
  Sent to (heldout239) or *settled* (new here) Beneficiary / Payee / Credited to, printed above the sum or
  under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239), *settled* (new here) between the status
  and the payee block, or a payment page's Amount paid / Total paid row where it prints no large sum.
  *settled* (heldout152, heldout186, heldout190, heldout202 to heldout239): a payer's advice counts its net
  sum, *settled* (new here) Net amount paid / Amount remitted / Net payable - paid, Amount on hold on the hold
  and Amount returned by bank / Payment returned on the return (the bills less the *settled* (new here) TDS on
  purchase of goods @ 0.1% (as heldout235's TDS u/s 194Q @ 0.1%) or Western Railway's TDS under GST @ 2%
  (IGST) (as heldout239's GST-TDS @ 2% (IGST)), and a Shortage - n pcs, a Broken glass in transit - n pcs (as
  heldout239's Damaged in transit), a Rate difference (debit note) n @ rate or a Prompt payment discount @
  2%), printed in the payment block above the bills or under them, never a bill's sum, the *settled* (new
  here) Total of invoices / Bills total (as heldout239's Gross invoice value / Sum of bills), or a cut.
  *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout239): an inward wire's
  foreign sum, *settled* (new here) Remittance amount / FCY amount / Amount received (FCY) / Inward FCY
  amount, in dirhams (AED before the sum or after it), Saudi riyals (SAR or SR before, SAR after), Omani rials
  (*settled* (new here) OMR or RO before the sum, three decimals: OMR 4,215.750 is 4215.75), Qatari riyals
  (QAR or QR before, QAR after), US dollars, pounds, euros (the sign or EUR before the sum, or the German
  grouping with EUR before or after it: 12.450,00 EUR is 12450.00, as heldout239's) and Singapore dollars (SGD
  or S$ before, SGD after), never the INR value (as heldout239's Rupee equivalent), the Less: Bank charges +
  GST (as heldout239's Less: Handling charges + GST), *settled* (new here) the Return charges + GST on the
  returned one, or the Amount credited (INR) (as heldout239's Net credit (INR)); its Conversion rate (24.41
  (INR per AED)) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout239): a
  receipt counts the sum received even where it is part of the order, Received in cash / Cash received
  (heldout234) / Amount of cheque (heldout206), *settled* (new here) or Amount received in cash / By cash /
  Received by UPI / UPI payment / Card payment / Paid by card (POS) / Cheque amount / Received by cheque /
  Advance received / Advance against order, with the sum in words under it, never the Order value (heldout202)
  or *settled* (new here) the Total order value where less was received, the goods' line, *settled* (new here)
  the Less: Dealer discount @ 12% / Less: Trade discount @ 8%, the CGST and SGST @ 9% or the IGST @ 18%, or
  *settled* (new here) the Balance to be paid / Balance on delivery (as heldout239's Balance payable); the
  Bill amount / Total where all was received is the same sum; *settled* (new here) the plant's sale of
  moulding regrind (the kilos x rate with CGST and SGST @ 9%) counts its bill with the GST, received in full
  (as heldout239's willow chips). *settled* (heldout187, heldout191, heldout202 to heldout239): a supplier's
  invoice counts the sum paid, where an advance is taken off (*settled* (new here) Less: Advance paid with
  order) the *settled* (new here) Balance received by NEFT / RTGS (as heldout239's Balance cleared through),
  where the buyer's TDS is taken off (*settled* (new here) Less: TDS @ 0.1% (purchase of goods)) the Net
  received by NEFT / RTGS (heldout239), else *settled* (new here) Received by NEFT / RTGS / Payment received
  through NEFT / RTGS, Received by UPI / UPI payment received (the rounded Invoice total with GST), or the
  Cheque received for (heldout239) / *settled* (new here) By cheque, never the Taxable value, a line, the GST
  or the Invoice total where less was paid. A banking page's Amount (heldout119) / Amount transferred /
  Transfer amount (Rs.) / Debit value (heldout239), *settled* (new here) Transaction amount / Amount (INR) /
  Payment amount / Debit amount, never the Balance after debit (heldout239) or *settled* (new here) the
  Available balance. *settled* (heldout167, heldout202 to heldout239): a wage voucher's net sum, *settled*
  (new here) Net majuri paid / Amount paid to assembler / Net amount paid (the clocks, gift boxes or cases x a
  rate in paise, plus Add: Urgent order extra / Add: Sunday work extra, less Less: Rejected at QC - n pcs @
  rate / Less: Broken glass recovered / Less: Upad (advance) adjusted), never the Gross majuri, the line or a
  deduction; Cashfree's and a screen's sum large. *settled* (new here): the Corporation's property tax Net
  amount paid / Total paid (the General tax, the Water charges, the Drainage tax, the Education cess and the
  Conservancy charges less the Advance payment rebate (10% of general tax)), never a head or the rebate; its
  profession tax's Total payable / Amount (the tax deducted for n employees x Rs 200); the Pollution Control
  Board's Total consent fee / Fee paid (the CCA renewal fee (5 years) and a Late fee), never a head; FIEO's
  Total amount / Amount received (the Annual membership fee and the GST @ 18%), never the fee or the GST; the
  Directorate's Amount paid / Fee (the Licence renewal fee); Legal Metrology's Total verification fee / Amount
  paid (the weighing and counting scales' fees), never one fee; the Welfare Board's Total contribution /
  Amount deposited (the employees' and the employer's contributions), never one of them; ESIC's Total
  contribution paid / Challan amount (the Employees' share @ 0.75% and the Employer's share @ 3.25%), never a
  share or the Total wages (for contribution). *settled* (heldout199, heldout202 to heldout239): an insurer's
  premium with its GST, *settled* (new here) Premium paid (incl. GST) / Total premium received / Amount
  received, the Cheque amount / Premium by cheque on the cheque not yet cleared (as heldout211's Cheque
  amount), Premium payable / Amount due on the failed one, never *settled* (new here) the Premium (before GST)
  (as heldout239's Premium before tax), an add-on or the GST, nor *settled* (new here) the OD premium or the
  TP premium (as heldout239's Own damage and Liability (TP)), nor the IDV (heldout235) or *settled* (new here)
  the Sum insured - plant, moulds and stock, the Sum insured - stock at sales office, the Annual export sales
  declared, the Lives covered (sum insured Rs 2,00,000 each), the Cash per transit limit, the Wages declared
  (annual) or the Sum insured - machines (replacement value). A slip's SALE AMT: / AMT: / TOTAL AMT: / AMOUNT
  INR: / PAID AMT: (heldout239), *settled* (new here) TXN AMT: / AMOUNT: / TOTAL: / SALE AMOUNT: / AMT RS:,
  printed above the card or under the references, never the *settled* (new here) RATE/L: or LITRES: (as
  heldout239's PRICE/L: and VOL(L):) or the LOYALTY PTS: (as heldout239's XTRAREWARDS PTS:). A Bharat Connect
  page's sum large, never the Amount after due date (heldout239) or *settled* (new here) the Late payment
  amount; PGVCL's *settled* (new here) Amount paid / Amount received (the Bill amount above it is the same
  sum). An alert's sum debited (*settled* (new here) Bank of Baroda's "Rs.x debited", Rajkot Nagarik Sahakari
  Bank's "Dr Rs.x", Kotak Mahindra Bank's "is debited for Rs.x", ICICI Bank's "debited for Rs x", the failed
  and pending transfers' "<way> transfer of Rs.x"; the e-mail's *settled* (new here) Amount debited /
  Transaction amount), never the Avl Bal: or the Clr Bal: (heldout239), *settled* (new here) the Avl. Bal: or
  the e-mail's Closing balance. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment complete - merchant has received it, Amount
  sent to merchant and Successfully paid successes, Processing - bank confirmation awaited, don't pay again
  pending, Payment unsuccessful - payee's bank not reachable failed; a payment page's Thank you! Your payment
  was successful, Order confirmed - payment received and Payment captured - receipt sent to your e-mail
  successes. *settled* (new here): a payer's Status: Paid - credited to vendor account / Payment processed to
  your bank account successes, On hold - awaiting GRN and quality clearance pending (a payer's hold, as
  heldout198's to heldout239's), Payment returned - beneficiary account closed failed, printed under the
  heading or at the end of the payment block. *settled* (new here): an inward advice's Credited - export
  proceeds realised, IRM reported to EDPMS / Status: Remittance processed and credited successes, Pending -
  purpose declaration and invoice copy awaited pending, Returned - beneficiary name differs from account,
  funds sent back failed, printed under the heading or at the foot. *settled* (heldout167, heldout179,
  heldout190, heldout203 to heldout239): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE DEPOSITED - CREDIT AWAITED and CHEQUE UNDER CLEARING - PAYMENT NOT
  YET CONFIRMED pending, CHEQUE BOUNCED - MEMO CANCELLED and CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PLEASE
  REPAY failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, *settled* (new here) as are PAID -
  CLOCKS PACKED AND HANDED OVER, PAID - DISPATCHED BY DEALER'S TRANSPORT, PAID - REGRIND WEIGHED AND LIFTED,
  PAID - SOLD AS SEEN, NO EXCHANGE, PAID - GIFT CLOCKS SHIPPED, ADVANCE RECEIVED - ORDER BOOKED (the advance
  is received), FULL PAYMENT RECEIVED, RECEIVED BY NEFT / RTGS / UPI, ACCOUNT SETTLED, PAID - PIECES COUNTED
  AND RECEIVED and PAID - ENTERED IN MAJURI REGISTER. *settled* (new here): a banking page's Successful -
  credited to beneficiary account / Status: Processed - UTR generated successes, Sent for approval - second
  authoriser yet to approve pending (keyed, not yet authorised, as heldout191's to heldout239's), Failed -
  beneficiary account frozen, amount refunded failed (whatever the refund), printed under the heading or at
  the foot; Cashfree's Transfer successful - amount credited / Payout processed - credited to beneficiary
  successes, Pending - payout account balance low, will retry pending (not yet sent, as heldout239's Queued),
  Failed - beneficiary bank declined, account dormant failed; a transfer screen's Paid / Money sent
  (heldout235) / Completed (heldout239) and *settled* (new here) Paid successfully / Sent successfully /
  Transfer done successes; a fee page's *settled* (new here) Payment successful - e-receipt available, Amount
  received - thank you, Transaction successful and Challan paid - accepted by the treasury successes, the
  Directorate's Payment pending - awaiting confirmation from Cyber Treasury pending, the Corporation's Payment
  failed - amount not received by the Corporation failed, printed under the authority's line or at the foot;
  an insurer's *settled* (new here) Premium realised - policy issued / Payment received - policy document sent
  successes, CHEQUE RECEIVED - COVER SUBJECT TO CLEARANCE pending (as heldout211's cover from realisation),
  Payment unsuccessful - policy not issued failed, printed under the heading or under the sum; a slip's
  APPROVED successes (heldout210), *settled* (new here) as are TRANSACTION APPROVED and SALE APPROVED - THANK
  YOU, DECLINED - 55 INCORRECT PIN failed, RESPONSE TIMED OUT - VERIFY BEFORE RETRY pending; *settled* (new
  here) a Bharat Connect page's Bill paid successfully / Payment confirmed by biller successes, Pending with
  biller - status in 48 hours pending, Bill payment failed - refund in 3-5 days failed (the payment failed,
  whatever the refund), PGVCL's Payment successful - thank you / Receipt generated - payment posted to your
  account successes (printed at the foot); *settled* (new here) an SMS that says the transfer "could not be
  processed; amount credited back to your A/c." failed (whatever the credit back), one that "is under process
  at the beneficiary bank; please wait before retrying." pending, a debit alert a success, whatever its bank's
  wording ("Rs.x debited from A/c XX1234 on <day> for <way> to <payee>.", "RNSB: A/c ..1234 Dr Rs.x on <day>
  by <way> favouring <payee>.", "Your Kotak A/c X1234 is debited for Rs.x on <day> towards <way> to <payee>.",
  ICICI Bank's "ICICI Bank Acct XX123 debited for Rs x on <day>; <payee> credited. UPI:<ref>."); the e-mail's
  *settled* (new here) Transaction status: Success / Status: Debited - transfer completed successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout206) / Transaction time / Sent on / Time of
  payment / Done on (heldout239), *settled* (new here) Paid at / Payment time / Completed on / Date, Initiated
  at / Date on one not yet paid or failed (as heldout239's Attempted on), printed first under the rule or
  after the references, a payment page's *settled* (new here) Payment date / Paid at / Transaction date &
  time, printed under the status or at the foot, a payer's *settled* (new here) Payment date / Value date /
  Paid on, the held one's On hold from / Intimation date (as heldout239's Withheld on / Advice dated) and the
  returned one's Return date / Returned by bank on (as heldout239's Returned on / Date of reversal), an inward
  advice's *settled* (new here) Credit date / Value date / Processed on, Pending since / Inward date on the
  pending one (as heldout239's Held since / Received on) and Return date / Refunded to remitter on on the
  returned one (as heldout239's Returned on / Date of refund to remitter), printed first or after the
  references (in capitals on some), a receipt's, invoice's or voucher's Date / Bill date / Dated (heldout234,
  heldout235) / Dt. (heldout239), *settled* (new here) Memo date / Bill dt., the desk's e-mail's Date /
  Received on, Invoice date / Inv. dt. / Date of invoice / the Date: beside the Inv. No. on one row, Majuri
  date / Payment dt., printed above the number or under it, a banking page's *settled* (new here) Value date /
  Processed on / Payment date, Initiated on / Entry date on the one awaiting its second authoriser and Failed
  on / Refunded on on the failed one, printed under the heading or at the foot, Cashfree's *settled* (new
  here) Processed on / Transfer time, Requested on / Added on on the pending one and Failed on / Attempted at
  on the failed one, a transfer screen's Date & time / Paid on or *settled* (new here) Sent at, a fee page's
  *settled* (new here) Date of payment / Paid on / Receipt date / Transaction date, the profession tax's
  Attempted on / Attempt date on the failed one and the Directorate's Initiated on (heldout234) / *settled*
  (new here) Submitted for payment on on the page not yet confirmed, an insurer's *settled* (new here) Receipt
  date / Premium received on / Paid on, Cheque received on (heldout204) / Receipt date on the cheque not yet
  cleared and Attempted on / Transaction date on the failed one, a slip's *settled* (new here) DATE: / TXN
  DATE: / DATE/TIME: (with TIME: / TXN TIME:), printed at the top or under the sum, a Bharat Connect page's
  Paid on / Date & time (the latter alone on a bill not paid, heldout235) / Completed at (heldout239) or
  *settled* (new here) Payment date & time, PGVCL's Payment date / Date of payment (heldout234, heldout235),
  the SMS's day, the e-mail alert's *settled* (new here) Transaction date / Date / Posted on). *settled*:
  never a Bill month (heldout167), a Due date, a Cheque date (heldout198) or *settled* (new here) a Cheque
  dt., a Policy period (heldout231) or a Cover starts (heldout235) / Risk starts (heldout239) / *settled* (new
  here) Cover from, an invoice number's or a voucher number's financial year or an e-mail's hour; never a
  Shipping bill's date (heldout167) or the day inside a UTR (heldout210); *settled* (new here) never a Bharat
  Connect page's Bill date (as heldout239's) or Bill period, the year of the property tax (General tax
  2026-27), the profession tax's Return period, the Welfare Board's Period or ESIC's Contribution period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree's IMPS (*settled* (new here), as heldout239's Decentro's), a Bharat Connect bill from
  a Current A/c (here in bob World), a payment page's net banking, a fee, a premium or PGVCL paid by Net
  banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a
  receipt's (*settled* (new here) also the gate sale's UPI with no reference printed), a voucher's, an
  invoice's, Cashfree's, a fee's, a premium's or a bill's UPI and ICICI Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or PGVCL paid by Debit card; cheque for a cheque
  received, in clearing or returned and a premium paid by Cheque; cash for a cash memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout239): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI transaction ID, UPI RRN
  (heldout179), RRN, NEFT UTR, Bank RRN (heldout227), IMPS RRN (heldout235), UTR number / UPI reference
  (heldout239), *settled* (new here) UPI RRN No. / Ref. No. (RRN) / UPI txn ID / Transaction ref. (UTR) / UPI
  reference number on a UPI screen, CCAvenue's UPI RRN and PayU's UTR on a UPI payment, a payer's NEFT ref.
  (UTR) / RTGS UTR / IMPS ref. No., a receipt's UPI txn ref., an invoice's UTR ref. / UPI ref. No., a
  voucher's IMPS ref., a banking page's IMPS ref. No., Cashfree's Bank UTR, Paytm's UPI Reference No., a
  slip's RRN: (heldout200) / *settled* (new here) RRN NO: / REF:, a Bharat Connect page's UPI RRN, an e-mail
  alert's UTR No / IMPS Ref No, an SMS's UTR No / IMPS Ref No / ICICI Bank's UPI:), then a bank reference (an
  inward advice's *settled* (new here) IRM No. / Inward remittance No. / Bank reference No. (as heldout239's
  Inward ref. No.), a banking page's *settled* (new here) Host reference / Bank reference / Transaction ref.
  No. (as heldout239's Bank ref. No. / CBS reference), printed above the payee or under it, a payment page's
  Bank Ref. No. on net banking, a fee page's Bank ref. No. (heldout239), an insurer's *settled* (new here)
  Bank reference No., a Bharat Connect page's *settled* (new here) Bharat Connect ref. No. / BBPS reference /
  BC txn ref. (as heldout239's Bharat Connect Ref.)), then a transaction / payment id (*settled* (new here)
  CCAvenue's CCAvenue ref. No. and PayU's PayU ID, the UPI apps' own Transaction ID (PhonePe's), bob World txn
  ref., Navi txn ID, BHIM txn ID, MobiKwik txn ID and CRED txn ID (the app's own id, whatever its name,
  heldout235), Paytm's Paytm txn ID and bob World's bob World ref. No. on a transfer screen, Cashfree's
  Cashfree reference ID (as heldout239's Decentro txn ID), a fee page's Transaction ID / Transaction No.
  (heldout234), *settled* (new here) the Pollution Control Board's XGN payment ID, FIEO's Payment ref. No. and
  Legal Metrology's Cyber Treasury ref. No. (as heldout239's Treasury ref. No.), an insurer's *settled* (new
  here) PG transaction ID / Payment gateway ref., PGVCL's Transaction ID, a failed Bharat Connect page's Txn
  ID (heldout235)), then an approval code (Auth code, Approval code, *settled* (new here) CCAvenue's Auth ID
  and PayU's Approval No., a slip's AUTH CODE: / APPR: / AUTH NO:), then an order's number (*settled* (new
  here) CCAvenue's Order No. and PayU's Order ref., Cashfree's Transfer ID (the company's own id for the
  payout, as heldout239's Decentro Reference ID)), then a document's own number (a payer's Advice No.
  (heldout168) / *settled* (new here) Payment voucher No. / Advice ref. No. / Remittance ref., Receipt No. /
  Acknowledgement No. (heldout239) / *settled* (new here) Memo No. / Bill No. / Sr. No. / Receipt ref. on a
  receipt, Invoice No. (heldout234) / *settled* (new here) Inv. No. / Document No. on an invoice, *settled*
  (new here) Pavti No. / Majuri voucher No. on a voucher, a fee page's Receipt No. or *settled* (new here)
  ESIC's Challan No., Receipt No. / *settled* (new here) Premium receipt No. on an insurer's receipt, PGVCL's
  Receipt No., a slip's *settled* (new here) INVOICE: / BILL: / RECEIPT NO: / SLIP NO:). *settled*: never a
  UETR, MID, TID, STAN: (heldout202), BATCH: (heldout239) or *settled* (new here) BATCH NO:, a card, account
  or mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code (as heldout239's Purpose of
  remittance), an Export invoice No. (heldout210) or *settled* (new here) a Proforma invoice No., a Shipping
  bill No. (heldout167), an E-way bill No., an LR No. (heldout235) or *settled* (new here) a Docket No., a PO
  No. / PO ref. or *settled* (new here) a Buyer's order No. / Purchase order No. / Indent No. / IREPS PO No.,
  a Vehicle No. (heldout205) (so never a Registration No. on an insurer's page or a slip's VEH NO:), a Policy
  No. / Proposal No. or *settled* (new here) a Quote No., a Vendor code (heldout210) or *settled* (new here) a
  Vendor No. / Creditor code, a Sender's reference (heldout223) / *settled* (new here) Sender's ref. (20), an
  IEC, the Initiated by / Approved by (as heldout171's Maker / Checker) or the Corp. ID, a consumer number
  (here Consumer No., Mobile No., Customer No., VC No., Account No.), a *settled* (new here) Tenement No. (as
  heldout222's Property ID), a Factory licence No. (heldout239), a *settled* (new here) CCA No. (as
  heldout235's Consent order No.), an RCMC No. (heldout227), a *settled* (new here) PTRC No., LWF registration
  No. or Employer code, a slip's ROOM NO: (heldout203) or *settled* (new here) FOLIO NO:, KOT NO:, TABLE:,
  PUMP: or MOBILE:, a Beneficiary ID (heldout173) / *settled* (new here) Bene ID, *settled* (new here) an
  Inward No. (as heldout239's MRN No.), a Bill passing No., a Worker card No. (as heldout239's Karigar card
  No.), a Batch No. or a Payee short name (as heldout231's Nick name).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout242_families import (
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

SPLIT = "heldout242"

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


def make_heldout242_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout242 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

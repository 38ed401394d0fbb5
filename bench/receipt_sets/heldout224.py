"""heldout224: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a brassware and metal handicraft exporter's day in 2026 in Moradabad, Uttar Pradesh
(Pital Shilp Exports Pvt Ltd, its casting and polishing karkhana, Pital Shilp Karkhana, in Gali Thatheran, Mohalla
Karula, where the brass is melted in crucible furnaces, sand cast, scraped, engraved and polished, and its export
packing unit, Pital Shilp Packing Unit, in the UPSIDA industrial area at Lakri Fazalpur on Delhi Road, where the
planters, urlis, candle stands, bells, diyas and thali sets are lacquered, packed in cartons and crates and stuffed
into containers for ICD Moradabad), told by the proofs of payment it receives (Moradabad gift shops', temple
traders', a hotel's and decorators' UPI screens and the sales desk's SabPaisa and PhonePe Payment Gateway pages, a
Delhi decor house's, a Mumbai home store's, a Varanasi puja trader's, an Udaipur hotel group's, a Bengaluru gift
emporium's, a Gurugram home decor e-retailer's, a Madurai pooja store's and Poompuhar's (the Tamil Nadu Handicrafts
Development Corporation's) payment advices, importers' inward wires from Savannah, Cirencester, Cologne, Melbourne,
Lyon, Mississauga, Sharjah and Utrecht in US dollars, pounds, euros, Australian dollars, Canadian dollars and UAE
dirhams, the karkhana's own sale receipts and cash memos, its cash memo for brass turnings and dross sold to a scrap
dealer, the packing unit's receipt for packing another exporter's consignment, buyers' cards on the karkhana's, the
company's and the packing unit's terminals) and those it makes (the Moradabad brass ingot dealer's, the Delhi polish
and buffing stores', the Kanpur lacquer maker's, the Rampur carton maker's and the Saharanpur crate maker's tax
invoices, the net-banking transfers to the container hauliers, the customs house agent, the electroplaters, the
design studio, the furnace mistri, the testing laboratory, the packing unit's landlord and the roadlines, the
casters', polishers', the engravers' thekedar's, scrapers' and packers' piece rate vouchers and their Open payouts,
a PhonePe and a BHIM screen, UPSIDA's maintenance charges, Nagar Nigam Moradabad's house tax, the Uttar Pradesh
Pollution Control Board's consent fee, EPCH's membership and RCMC renewal, the Directorate of Factories' licence
renewal, the Fire and Emergency Services' NOC renewal, Legal Metrology's verification fee and the Moradabad
Development Authority's compounding fee, the insurers' premium receipts for the export credit, the shipments at sea,
the karkhana against fire, the finished stock against burglary, the karigars against accidents, the staff's health,
the goods tempo and the workmen, its card at a filling station at Gajraula on NH-9, a Greater Noida hotel in the
trade fair week, a Katghar tool shop and a highway dhaba, PVVNL's power and the broadband, LPG, phone and water
bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, MobiKwik, bob World; the sum and the day on
  top, the payee under them) paying the karkhana or the company, and two of the sales desk's payment pages
  (SabPaisa, PhonePe Payment Gateway).
* ``buyer_advices``: the buyers' and Poompuhar's payment advices (e-mail, printed PAYMENT ADVICE TO VENDOR / PAYMENT
  ADVICE - HANDICRAFT SUPPLIES / Remittance intimation to vendor, vendor portal), the status and the advice's number
  and day first.
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORT) /
  Advice of inward remittance (export proceeds) / Inward remittance - advice to beneficiary; browser, e-mail,
  printed), the remitter first and the status last.
* ``own_receipts``: the karkhana's SALE RECEIPT - KARKHANA / CASH MEMO and CASH MEMO - BRASS SCRAP (TURNINGS AND
  DROSS) / SCRAP SALE RECEIPT, the packing unit's RECEIPT - PACKING JOB CHARGES / PAYMENT RECEIPT (paper, rubber
  stamp) and the accounts desk's acknowledgement e-mails.
* ``supplier_invoices``: the ingot, polish, lacquer, carton and crate suppliers' TAX INVOICE (ORIGINAL FOR
  RECIPIENT) / TAX INVOICE - RECIPIENT'S COPY / GST INVOICE CUM DELIVERY CHALLAN with the payment block and a rubber
  stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Baroda Connect Corporate Internet Banking,
  Prathama UP Gramin Bank Corporate Net Banking, Canara Bank Corporate Internet Banking), the sum first and the
  status last.
* ``karigar_pay``: printed DHALAI MAZDOORI VOUCHER (PER KG CAST) / CASTING WAGES VOUCHER - KARKHANA / POLISH KARIGAR
  PIECE RATE VOUCHER / BUFFING AND POLISH WAGES - PER DOZEN / NAKKASHI THEKA PAYMENT VOUCHER / ENGRAVING JOB WORK
  VOUCHER / PACKING LABOUR VOUCHER - PER CARTON / EXPORT PACKING WAGES VOUCHER / CHHILAI KARIGAR VOUCHER - PER PIECE
  / TURNING AND SCRAPING WAGES VOUCHER, Open's payout pages, a PhonePe and a BHIM screen.
* ``govt_fees``: UPSIDA's maintenance charges, Nagar Nigam Moradabad's house tax, the Uttar Pradesh Pollution
  Control Board's consent fee and the Directorate of Factories' and the Fire and Emergency Services' renewals
  (Nivesh Mitra), EPCH's membership and RCMC renewal, Legal Metrology's verification fee and the Moradabad
  Development Authority's compounding fee (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium receipt cum acknowledgement / ACKNOWLEDGEMENT OF PREMIUM
  (browser, e-mail, printed at the branch).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in bob World and UPI apps (PhonePe, Google Pay, Paytm, CRED, Amazon Pay) and
  PVVNL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda, Prathama UP Gramin Bank, Canara
  Bank, Union Bank of India's UPI) and two e-mail debit alerts (Bank of Baroda, Canara Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's.

Truth conventions (heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's,
heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Paying to (heldout206) / Payment made to (heldout213), *settled* (new here) or Payee name (a label over the name,
  as Paid to), here the karkhana, Pital Shilp Karkhana / PITAL SHILP KARKHANA, the company's capitals, PITAL SHILP
  EXPORTS PVT LTD, or its short name, Pital Shilp Exports, as printed, never the UPI ID or the app, nor the Banking
  name line (heldout207) or the A/c holder name line (heldout214) under the UPI ID; a payment page's payee on top
  (here the company, its short name or the karkhana), never Paid by (heldout206) / Buyer name (heldout213) /
  *settled* (new here) Name of payer, the Towards line (heldout213) / *settled* (new here) the Payment against line
  or the gateway's footer (*settled* (new here) SabPaisa, PhonePe Payment Gateway). *settled* (heldout167,
  heldout175, heldout179, heldout190, heldout202 to heldout223): a payer's payment advice pays the one it pays,
  never the payer on top; here a buyer's or Poompuhar's advice pays the company under Payment in favour of
  (heldout206), *settled* (new here) or Vendor (beneficiary) / Remitted to vendor (its full, capital or short name
  as printed), never the payer on top (the decor house, the home store, the puja trader, the hotel group, the gift
  emporium, the e-retailer, the pooja store, Poompuhar / POOMPUHAR or the Tamil Nadu Handicrafts Development
  Corporation Ltd), its desk line, the Vendor No. (heldout213), the PO No. (heldout204), *settled* (new here) the
  Consignment note No. or the Vendor bank A/c (as heldout223's Supplier bank A/c). *settled* (heldout155,
  heldout167, heldout190, heldout203 to heldout223): a bank's inward remittance advice pays the company under
  Beneficiary name / Beneficiary (exporter) (heldout203), *settled* (new here on a wire) or Credited to
  (beneficiary) (heldout199's on a banking page), never the bank on top, its trade finance desk line, the Remitting
  party (heldout215) / Remitter / Ordering customer (heldout167) (the importer abroad) or the Remitter's bank
  (heldout211) / Ordering institution (heldout210) / Sending bank (heldout211). *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout223): the company's own receipt pays the trade name on top where that is on top,
  so *settled* (new here) the karkhana's sale receipts and cash memos pay Pital Shilp Karkhana and the packing
  unit's receipts Pital Shilp Packing Unit (capitals where so printed), and a receipt with the company on top the
  company, never the "A unit of" company line under it (heldout190), the party under Received from, *settled* (new
  here) Sold to (party) / Name of party, the goods' line, the signature line or the rubber stamp; *settled*
  (heldout210's fents, heldout222's scrap): the cash memo for brass turnings and dross sold to a scrap dealer pays
  the karkhana (never the scrap dealer); the packing unit's receipt for packing another exporter's consignment pays
  the packing unit (never the exporter under Received from); the accounts desk's e-mail pays the company on top (its
  full, capital or short name as printed, heldout219), never the packing unit's line under it. A supplier's name on
  top of its own paper (capitals where so printed), never M/s the company under Billed to (heldout207) / Details of
  receiver (billed to) (heldout207) / Buyer (bill to) (heldout210), nor the karkhana or the packing unit under
  *settled* (new here) Shipped to / Details of consignee (shipped to). *settled* (heldout179, heldout186,
  heldout202, heldout203, heldout207 to heldout223): a corporate banking page pays the payee under Beneficiary name
  / Payee name (heldout179) / Beneficiary / Pay to (heldout218), never the portal (Baroda Connect Corporate Internet
  Banking, Prathama UP Gramin Bank Corporate Net Banking, Canara Bank Corporate Internet Banking), the bank line,
  the From account / Debit account (heldout200) or *settled* (new here) the Beneficiary alias (as heldout190's
  Beneficiary nickname and heldout223's Beneficiary short name). *settled* (heldout150, heldout161, heldout179,
  heldout203 to heldout223): a piece rate voucher pays the worker, the karigar under Name of karigar (heldout201) /
  Paid to (karigar) (heldout207), *settled* (new here) the caster under Paid to (dhalaiya), the packer under Name of
  packer (heldout218) / *settled* (new here) Paid to (packer), and the engravers' thekedar under Paid to (thekedar)
  (heldout210) / *settled* (new here) Theka paid to (the thekedar is paid for his gang's nakkashi, as heldout210's
  stitching contractor; the Work line's Thekedar - nakkashi gang of 5 carries no fact, as heldout218's Thekedar
  line), never the company on top, the karkhana's or the packing unit's line under it, *settled* (new here) the Work
  or the Karigar card No. (as heldout202's Token No.); *settled* (new here) Open's payout page the Beneficiary name
  (as heldout223's Easebuzz Payouts') / Payee (beneficiary) (heldout216), never Open on top, the company under it
  (Payouts - ...), the Contact ID or the Bank account / UPI ID; a transfer screen the payee under Paid to / To.
  *settled* (heldout153, heldout167, heldout182, heldout202 to heldout223): a fee page pays the authority on top as
  printed, *settled* (new here for Moradabad) Uttar Pradesh State Industrial Development Authority / UPSIDA; Nagar
  Nigam Moradabad / NAGAR NIGAM MORADABAD / Municipal Corporation Moradabad (as heldout222's Nagar Nigam Jalandhar);
  Uttar Pradesh Pollution Control Board / UTTAR PRADESH POLLUTION CONTROL BOARD / UP Pollution Control Board
  (heldout207); Export Promotion Council for Handicrafts / EPCH (heldout212, heldout214); Directorate of Factories,
  Uttar Pradesh / DIRECTORATE OF FACTORIES, U.P. (as heldout222's Punjab directorate); Uttar Pradesh Fire and
  Emergency Services / U.P. FIRE & EMERGENCY SERVICES; Legal Metrology Department, Uttar Pradesh / Controller, Legal
  Metrology, U.P.; Moradabad Development Authority / MORADABAD DEVELOPMENT AUTHORITY; never the line under it (the
  industrial area's line, e-Nagar Sewa, Nivesh Mitra, the Ministry of Textiles, the Labour Department, the Food and
  Civil Supplies Department or the building plan section), the Name of allottee (heldout222), Owner's name, Name of
  industry (heldout222), Name of member exporter, Name of factory (heldout222), Name of premises (heldout222), Name
  of user (heldout223) or Applicant name. *settled* (heldout199, heldout202 to heldout223): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; ECGC Ltd's for its shipments policy
  alike, heldout210, and *settled* (new here) The New India Assurance Co. Ltd's, United India Insurance Co. Ltd's,
  ICICI Lombard General Insurance Co. Ltd's, National Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's,
  IFFCO-Tokio General Insurance Co. Ltd's and The Oriental Insurance Co. Ltd's alike), never the product line, the
  office line or the Policyholder (heldout217) / Name of insured (heldout215) / Insured (heldout210) (the company).
  A slip's counter name line in capitals (here the company's own counters, PITAL SHILP KARKHANA, PITAL SHILP EXPORTS
  and PITAL SHILP PACKING UNIT, on four, a filling station at Gajraula, a Greater Noida hotel, a Katghar tool shop
  and a highway dhaba on the rest), never the terminal's bank or brand (BANK OF BARODA, HP PAY, WORLDLINE, KOTAK
  MAHINDRA BANK, MOSAMBEE, CANARA BANK, BHARATPE, ICICI BANK) or the place line. A Bharat Connect page's biller
  under Biller / Biller name / Operator / Service provider (heldout211) / Billing company (heldout206) (short or
  long as printed), never the app (here bob World, PhonePe, Google Pay, Paytm, CRED and Amazon Pay), Bharat Connect
  or the Customer name / Consumer name / Registered name (*settled* (new here) on a bill, as heldout211's Registered
  name line on a UPI screen); *settled* (new here) PVVNL's own receipt page the discom on top (PVVNL, Paschimanchal
  Vidyut Vitran Nigam Ltd or its capitals as printed, as heldout202's PSPCL), never the Uttar Pradesh Power
  Corporation Ltd line under it, the Division or the Consumer name. An SMS alert's payee as the bank sends it ("to
  MORADABAD CARGO MOVE": *settled*, the truncated name as printed, never the sentence's full stop after it),
  *settled* (new here) Bank of Baroda's "to <payee> by <way>", Prathama UP Gramin Bank's "in favour of <payee>.",
  Canara Bank's "towards <way> to <payee>." and Union Bank of India's UPI "to <payee>.", and the failed and pending
  payments' "to <payee> on <day>", never the bank or the sender id; the e-mail alert's Beneficiary name (heldout210)
  / *settled* (new here) Paid to, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout223): a payer's advice counts its net sum, Net amount
  remitted (heldout215) / Net paid (heldout223), *settled* (new here) or Amount remitted to vendor, *settled* (new
  here) Net amount on hold on the hold and Amount returned / Net amount (returned) on the return (the Invoice value
  total / Total of bills (heldout221) less Less: TDS u/s 194Q @ 0.1% and a Less: Breakage in transit - n pcs @ rate
  (heldout220), *settled* (new here) a Less: Short receipt - n pcs or a Less: Late delivery deduction @ 1% (as
  heldout204's Late delivery penalty)), never a bill's sum or the Invoice value total / Total of bills. *settled*
  (heldout155, heldout167, heldout190, heldout203 to heldout223): an inward wire's foreign sum, Inward amount
  (heldout221) / Remitted amount (heldout204), *settled* (new here) or Amount received (FCY), in US dollars, pounds,
  euros, Australian dollars (AUD, A$, as heldout202's outward remittance) as AUD, Canadian dollars (CAD, C$,
  heldout207) as CAD and UAE dirhams (AED, heldout205) as AED, never the Converted amount (INR) (heldout221), the
  Less: Bank charges and GST (heldout217) or the Net credit to account (INR) (heldout210); its Conversion rate (1
  AUD = INR 56.52) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout223): a receipt
  counts the sum received even where it is part of the order, Received in cash (heldout222) / Cheque for
  (heldout221) / Amount of cheque (heldout206), *settled* (new here) or Cash received (in hand) / Paid by card /
  Amount received by UPI / UPI credit received / Card swipe amount / Advance against order / Order advance received,
  never the Bill amount / Total / *settled* (new here) Net bill where less was received, the goods' line, the GST @
  5% or *settled* (new here) the Balance before dispatch; *settled* (new here) the cash memo for brass scrap counts
  its Total received in full (the kilos x rate with GST @ 18%, as heldout222's scrap sale), and the packing unit's
  receipt its Net bill received in full (the cartons x rate with GST @ 18%), never the line or the GST. *settled*
  (heldout187, heldout191, heldout202 to heldout223): a supplier's invoice counts the sum paid, where an advance is
  taken off (Less: Advance paid with order, heldout212) the Balance paid by NEFT / RTGS (as heldout221's Balance
  paid by), else Amount received through NEFT / RTGS (heldout221) / Paid by NEFT / RTGS (heldout164) / UPI payment
  received (heldout223), *settled* (new here) or Amount received via UPI (the rounded Invoice total with GST), or
  the Received by cheque (heldout220) / Cheque amount, never the Taxable value, a line or the GST. A banking page's
  Transaction amount / Payment amount (INR) (heldout202), *settled* (new here) or Amount debited. *settled*
  (heldout167, heldout202 to heldout223): a piece rate voucher's net sum, Net mazdoori paid (heldout218) / Net paid
  to karigar (heldout212) / Net wages paid / Amount paid, *settled* (new here) or Net theka amount paid (the kilos
  cast, dozens polished, pieces engraved or scraped or cartons packed x rate, plus *settled* (new here) Add: Night
  heat (furnace overtime) / Add: Mirror polish extra / Add: Fine jali work extra / Add: Sunday container stuffing /
  Add: Holiday working, less *settled* (new here) Less: Blowhole rejects - n castings @ rate / Less: Karkhana
  advance recovered), never the Gross earnings (heldout201), the line or a deduction; Open's and a screen's sum
  large. *settled* (new here): UPSIDA's Total paid (incl. GST) / Amount paid (the Maintenance charges (plot area x
  rate), an Interest on late payment and the GST @ 18%, as heldout222's PSIEC), never a head or the GST; Nagar Nigam
  Moradabad's Amount paid / Total amount paid, Amount / Payable amount on the failed one (the House tax (grih kar),
  the Water tax (jal kar) and the Sewer tax), never a head; the Pollution Control Board's Total fee paid / Consent
  fee paid (the Water Act and Air Act fees), never a head; EPCH's Amount received (incl. GST) / Total paid (the
  Membership fee and the RCMC renewal fee with the GST @ 18%), never a head or the GST; the Directorate of
  Factories' Total amount / Amount paid, Amount / Total amount on the page not yet confirmed (the Licence renewal
  fee and a Late fee), never a head; the Fire and Emergency Services' Total amount paid / Amount paid (the Fire NOC
  renewal fee and the Inspection fee), never a head; Legal Metrology's Total fee paid / Fee paid (the scales' fees),
  never a scale's fee; the Development Authority's Total amount paid / Amount paid (the Compounding fee and the
  Inspection fee), never a head. *settled* (heldout199, heldout202 to heldout223): an insurer's premium with its
  GST, Total premium (incl. GST) (heldout211) / Premium received (incl. GST) (heldout217), *settled* (new here) the
  Amount of cheque / Premium (incl. GST) by cheque on the cheque not yet realised (as heldout211's Cheque amount),
  Amount payable (heldout221) / *settled* (new here) Premium to be paid on the failed one, never the Basic premium,
  *settled* (new here) the Premium on shipments declared (ECGC's), an add-on, the Own damage premium or Third party
  premium or the GST, nor the Value of shipments declared / Maximum liability (heldout220), *settled* (new here) the
  Annual export turnover (basis of cover), the Sum insured - karkhana building, furnaces and stock, the Sum insured
  - brassware stock (first loss), the Karigars covered, the Members covered, the IDV (insured declared value)
  (heldout223), the Estimated annual wages (heldout210) or the Workmen covered. A slip's SALE AMOUNT: (heldout210) /
  AMOUNT: (heldout179) / TOTAL AMT: (heldout211) / AMT INR: (heldout206), never the RATE: or the VOLUME(L):. A
  Bharat Connect page's sum large; PVVNL's Amount paid / Paid amount (as heldout223's Power & Electricity
  Department's, and its large sum alike). An alert's sum debited (*settled* (new here) Bank of Baroda's "Rs.x
  transferred", Prathama UP Gramin Bank's "is debited INR x", Canara Bank's "An amount of INR x has been DEBITED",
  Union Bank of India's "Debited for Rs:x", the failed and pending payments' "<way> payment of INR x"; the e-mail's
  Debited amount (heldout221) / *settled* (new here) Amount (INR) debited), never the Avl Bal / Bal / Total
  Avail.bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully (heldout223) / Payment done (heldout218)
  / Sent successfully (heldout180) successes, *settled* (new here) Payment pending - money debited, waiting for the
  payee's bank to confirm pending, Payment declined - UPI daily limit for this account reached failed; a payment
  page's Payment successful / Payment received / Payment captured (heldout210) successes, *settled* (new here) as is
  Payment captured - thank you. *settled* (new here): a buyer's or Poompuhar's Status: Paid to vendor account / Paid
  - credited to vendor's bank account successes, On hold - breakage claim under survey with the carrier pending (a
  payer's hold, as heldout198's to heldout223's), Rejected by bank - vendor's account closed, please update bank
  details failed. *settled* (new here): an inward advice's Proceeds credited to exporter - IRM issued on EDPMS /
  Status: Inward credit posted successes, Held - purpose code and invoice copy awaited from exporter pending,
  Returned to remitting bank - account number does not exist failed. *settled* (heldout167, heldout179, heldout190,
  heldout203 to heldout223): a cheque received and not yet cleared pending, a cheque returned failed, so *settled*
  (new here) CHEQUE TAKEN - GOODS RELEASED AFTER CLEARING and CHEQUE UNDER COLLECTION - RECEIPT ON REALISATION
  pending, CHEQUE BOUNCED - SIGNATURE DIFFERS, GOODS WITHHELD and CHEQUE DISHONOURED - EXCEEDS ARRANGEMENT, AMOUNT
  DUE failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS / UPI successes, *settled* (new here) as are RECEIVED
  - SCRAP WEIGHED AND LIFTED, RECEIVED - GOODS HANDED OVER, RECEIVED - PACKING CHARGES SETTLED, PAID IN FULL - THANK
  YOU, PAID - SIGNED BY KARIGAR, PAID IN CASH - KARKHANA, PAID - THEKEDAR RECEIVED FOR GANG and PAID - PACKER
  SIGNED. *settled* (new here): a banking page's Transaction processed - beneficiary credited / Status: Completed -
  funds credited successes, Awaiting release - second authoriser yet to act pending (keyed, not yet authorised, as
  heldout191's to heldout223's), Returned by beneficiary bank - payee account closed failed; Open's Queued - payout
  will go in the next bank batch pending (a payout not yet sent, as heldout223's Easebuzz Awaiting approval), Failed
  - rejected by beneficiary bank, amount back in your Open account failed (the payout came back, as heldout223's
  Easebuzz Reversed); a transfer screen's Paid / Payment successful / Money sent successes; a fee page's Payment
  successful / Payment received / Fee deposited successfully / e-Receipt generated (heldout223) successes, *settled*
  (new here) as is Payment confirmed - receipt issued, the Directorate of Factories' Payment pending at treasury -
  receipt in 24 hours, do not pay again pending, Nagar Nigam Moradabad's Transaction failed - house tax not updated
  against your property failed; an insurer's *settled* (new here) Premium realised - policy document e-mailed /
  Payment successful - premium receipt issued successes, CHEQUE RECEIVED - RISK ATTACHES ONLY ON REALISATION pending
  (as heldout211's cover from realisation), Premium payment failed - cover not in force, please pay again failed; a
  slip's APPROVED / TXN APPROVED successes (heldout210, heldout211), *settled* (new here) as is APPROVED - SALE
  DONE, DECLINED - 54 CARD EXPIRED failed, NO REPLY FROM HOST - CONFIRM STATUS BEFORE NEXT SWIPE pending; Bill paid
  successfully / Payment successful successes (heldout210, heldout211), *settled* (new here) as is Bill paid -
  biller updated, Pending with biller - status in 48 hours, please do not pay again pending, Bill payment failed -
  any amount debited returns to your account in 5 working days failed (the payment failed, whatever the refund),
  PVVNL's Payment successful / Bill payment successful successes; an SMS that says the payment "could not be
  completed and has been RETURNED to your A/c by the beneficiary bank" failed (whatever the return), one that "is
  UNDER PROCESS at the beneficiary bank - do not initiate it again" pending, a debit alert a success, whatever its
  bank's wording ("Rs.x transferred from A/c ...1234 to <payee> by <way> on <day>. Ref <ref>.", "PUPGB: Your A/c
  XX1234 is debited INR x on <day> by <way> in favour of <payee>.", "An amount of INR x has been DEBITED to your
  account XXX1234 on <day> towards <way> to <payee>.", Union Bank of India's "A/c *1234 Debited for Rs:x on <day> by
  UPI to <payee>. Ref No <ref>."); the e-mail's *settled* (new here) Transaction status: Processed / Status: Debit
  posted successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Paid at (heldout184), Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Paid at, a buyer's Payment date / Value date / Remitted on
  (heldout221), the held one's Advice date (heldout198) / *settled* (new here) Held on and Returned on / Rejected on
  (heldout222) on the returned one, an inward advice's Value date / Credited on (heldout184) / Date of credit
  (heldout206), Received on / Held on (heldout206) on the held one and Returned on / Date of return on the returned
  one, a receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date / Inv. date (heldout166) /
  Voucher date, a banking page's Value date / Processed on / Transaction date, Created on (heldout211) / *settled*
  (new here) Keyed in on on the one awaiting its authoriser, Rejected on / Returned on, Open's Created on / Queued
  on (heldout203) / Failed on, a fee page's Payment date / Date of payment / Receipt date / Date of deposit
  (heldout201), the Directorate of Factories' Initiated on / Transaction date on the page not yet confirmed and
  Nagar Nigam Moradabad's Transaction date / Attempted on on the failed one, an insurer's Receipt date / Premium
  paid on / Date of receipt, Cheque received on (heldout204) on the cheque not yet realised and Transaction date /
  Attempted on (heldout206) on the failed one, a slip's DATE: / TXN DATE: / DATE/TIME:, Paid on / Transaction date &
  time (the latter alone on a bill not paid), PVVNL's Payment date / Paid on, the SMS's day, the e-mail alert's
  Transaction date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of
  insurance (heldout199), an invoice number's or a voucher number's financial year or an e-mail's hour; never a
  Shipping bill's date (heldout167), so never the day in the Shipping bill No. / date; *settled* (new here) never
  the 2026-27 of UPSIDA's maintenance charges, Nagar Nigam Moradabad's house tax or EPCH's membership fee, nor the
  year in MDA's File No.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a buyer's or
  Poompuhar's NEFT / RTGS / IMPS, *settled* (new here) Open's IMPS (as heldout223's Easebuzz Payouts'), a Bharat
  Connect bill from a Current A/c (here in bob World), a fee, a premium or PVVNL paid by Net banking, an e-mail
  alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an
  invoice's, Open's, a fee's, a premium's or a bill's UPI and Union Bank of India's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or a bill paid by Debit card; cheque for a cheque
  received, taken, under collection, bounced or dishonoured and a premium paid by Cheque; cash for a cash memo,
  receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout223): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID, UPI Ref No, UPI Ref
  No., UPI RRN (heldout179), RRN, NEFT UTR, RTGS UTR No., IMPS Ref No., SabPaisa's Bank RRN (as heldout204's
  Instamojo Bank RRN) and PhonePe Payment Gateway's UTR on a UPI payment, a slip's RRN: / REF NO: / RRN NO:
  (heldout200), an SMS's UTR / IMPS Ref and *settled* (new here) Bank of Baroda's Ref, Canara Bank's UTR No and
  Union Bank of India's Ref No), then a bank reference (an inward advice's IRM No. (heldout190) / Our reference No.
  (as heldout222's Our ref. No.), *settled* (new here) or Inward transaction ref., a banking page's Bank reference
  No. (heldout210) / Core banking ref. No. (heldout219), a fee page's Bank Ref No. / Bank Ref. No., an insurer's
  Bank Ref No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (*settled* (new here)
  SabPaisa's SabPaisa txn ID and PhonePe Payment Gateway's Transaction ID, PhonePe's, Paytm's and MobiKwik's own
  Transaction ID, *settled* (new here) bob World's Transaction Ref No. (as heldout223's YONO SBI's), Google Pay's
  Google transaction ID, *settled* (new here) Open's Payout ID (as heldout223's Easebuzz Payouts'), a fee page's
  Transaction ID / Transaction ref. No. / Payment ID / Transaction No. (*settled* (new here) UPSIDA's, Nagar Nigam
  Moradabad's, the Directorate of Factories', the Fire and Emergency Services' and Legal Metrology's Transaction ID,
  the Pollution Control Board's Transaction ref. No., EPCH's Payment ID and MDA's Transaction No.), an insurer's
  Payment ref. No. / Transaction No. / *settled* (new here) Online txn ID, PVVNL's Transaction ID, a failed Bharat
  Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's AUTH CODE: / APPR CODE:
  / AUTH NO: (heldout213)), then an order's number (*settled* (new here) SabPaisa's Client txn ID and PhonePe
  Payment Gateway's Merchant transaction ID (as heldout223's Airpay Merchant order ID), Open's Merchant ref ID (the
  company's own id for the payout, as heldout223's Easebuzz Unique request No.)), then a document's own number (a
  buyer's Remittance advice No. (heldout214) / Payment voucher No. (heldout220), Receipt No. / Cash memo No.
  (heldout221) / Rcpt. No. on a receipt, Invoice No. / Inv. No. / Bill No., Voucher No. / Vr. No. / Payment voucher
  No., a fee page's Receipt No. / GRN (the Directorate of Factories' treasury GRN, as heldout223's Taxation GRN),
  Premium receipt No. / Receipt No., PVVNL's Receipt No., a slip's INVOICE NO: / BILL NO: / INV NO:). *settled*:
  never a UETR, MID, TID, BATCH NO, TRACE NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN,
  a cheque number, a Purpose code, a Vehicle No. (heldout205), a Registration No., a Licence No. / Application No.
  (heldout203), a Policy No. / Proposal No., Maker / Checker (heldout171) (so never Initiated by / Released by), a
  consumer number (here Account No., Consumer No., Mobile No., Connection ID), a Property ID, a Plot No., a Vendor
  No. (heldout213), a PO No. (heldout204), an E-way bill No., a Transporter / LR No., a slip's PUMP NO: (heldout206)
  or FOLIO NO: (heldout211), Open's Bank account / UPI ID (as heldout222's Bank account / VPA). *settled* (new
  here): never a Consignment note No., an Invoice reference (the export invoice, as heldout210's Export invoice
  No.), a Shipping bill No. / date (heldout167's Shipping bill No.), a Remitter's reference (as heldout223's
  Sender's reference), an RCMC No., a File No., a Karigar card No., a Contact ID or a Beneficiary alias.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout224_families import (
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    karigar_pay,
    own_receipts,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout224"

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("karigar_pay", karigar_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout224_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout224 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

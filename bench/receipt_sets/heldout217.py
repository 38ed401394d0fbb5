"""heldout217: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a parboiled rice mill and rice exporter's day in 2026 near Kakinada, Andhra Pradesh
(Vainateya Agro Exports Pvt Ltd, its 8-tonne-an-hour parboiling mill, Sri Vainateya Rice Mill, on the ADB Road at
Samalkot, its export godowns in the Vakalapudi industrial area by the Kakinada anchorage and its retail counter,
Vainateya Rice Point, on Main Road, Jagannaickpur, Kakinada), told by the proofs of payment it receives
(households', messes', hotels' and kirana shops' UPI screens and the sales desk's ICICI Eazypay and Paytm Payment
Gateway pages, the Andhra Pradesh State Civil Supplies Corporation's custom milling charges advice, the Chennai and
Bengaluru wholesalers' and a Hyderabad supermarket chain's advices for rice and the bran oil refinery's, the biomass
power plant's, the poultry feed maker's and the grain distillery's advices for bran, husk and brokens, importers'
inward wires from Cotonou, Lome, Abidjan, Tema, Dakar, Dubai, Jeddah and Muscat in US dollars, euros, UAE dirhams,
Saudi riyals and Omani rials, the Rice Point's cash memos, the mill's receipts for husk, bran and brokens sold at
the gate and for a wedding hall's rice order, cards on the Rice Point's and the mill's terminals) and those it makes
(the paddy commission agent's bill of supply for the paddy it bought from the farmers, the bag maker's, the husker
roll dealer's, the fumigator's, the colour sorter service firm's and the boiler spares dealer's tax invoices, the
net-banking transfers to the farmers, the paddy trader, the lorry owners, the stevedores at the anchorage, the
draught surveyors, the gunny trader and the container freight station, the hamali gangs' and the mill workers'
vouchers and their PayU Payouts, Google Pay and Paytm payments, the Andhra Pradesh Maritime Board's wharfage, the
Agricultural Market Committee's market fee, the Pollution Control Board's consent fee, the Factories Department's
CFMS challan, Samalkot Municipality's property tax, APEDA's RCMC renewal, the Plant Quarantine Directorate's
phytosanitary fee and Legal Metrology's weighbridge verification, the insurers' premium receipts for the shipments
against the buyers' default and in transit, the mill, godowns and stocks, the parboiling boiler, the hamalis, the
lorry, the mill workers and the colour sorters, its card at a filling station, a hotel, a motor shop, a tyre shop
and a meals hotel, APEPDCL's power and the fibre, phone and piped gas bills, the banks' SMS and e-mail alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no
day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, Amazon Pay, BHIM, Union Bank of India's Vyom)
  paying the Rice Point, the mill or the company, and the sales desk's two payment pages (ICICI Eazypay, Paytm
  Payment Gateway) in a browser, paying the mill or the company for lorry loads of rice.

* ``buyer_advices``: the Civil Supplies Corporation's printed PAYMENT ADVICE - CUSTOM MILLING CHARGES, the
  wholesalers', the supermarket chain's and the by-product buyers' PAYMENT ADVICE / SUPPLIER PAYMENT ADVICE /
  Payment advice - supplies (printed, e-mail, supplier portal).

* ``importer_wires``: eight banks' inward remittance advices (State Bank of India, Union Bank of India, HDFC Bank,
  ICICI Bank, Axis Bank, Canara Bank, Bank of Baroda, Indian Bank; ADVICE OF FOREIGN INWARD REMITTANCE / Inward
  remittance - export proceeds / SWIFT MT103 credit advice; browser, e-mail, printed).

* ``own_receipts``: the Rice Point's CASH MEMO / CASH BILL - RICE POINT, the mill's RECEIPT - RICE HUSK SALE /
  RECEIPT - RICE BRAN SALE / MONEY RECEIPT - BROKEN RICE / RECEIPT / MONEY RECEIPT / ADVANCE RECEIPT - RICE ORDER
  (paper, rubber stamp) and the accounts desk's payment acknowledgement e-mails.

* ``supplier_invoices``: the paddy commission agent's BILL OF SUPPLY (EXEMPT - AGRICULTURAL PRODUCE) / BILL OF
  SUPPLY and the suppliers' TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE CUM RECEIPT, with the
  payment block and a rubber stamp (paper, serif).

* ``vendor_transfers``: corporate net banking's transaction pages (SBI Corporate Internet Banking, Union Bank
  Corporate Internet Banking, Baroda Connect - Corporate).

* ``hamali_pay``: printed HAMALI CHARGES VOUCHER - LOADING / HAMALI BILL - PADDY UNLOADING / HAMALI BILL - LORRY
  LOADING / WEEKLY WAGES VOUCHER - PARBOILING SECTION / WAGES VOUCHER - PARBOILING SECTION, PayU Payouts' pages, a
  Google Pay and a Paytm screen.

* ``govt_fees``: the Andhra Pradesh Maritime Board's port charges receipt for the Kakinada anchorage, the
  Agricultural Market Committee, Kakinada's market fee receipt, the Andhra Pradesh Pollution Control Board's APOCMMS
  consent fee page, CFMS's e-challan for the Department of Factories, Samalkot Municipality's property tax page,
  APEDA's RCMC renewal receipt, the Directorate of Plant Protection, Quarantine & Storage's PQMS fee page and Legal
  Metrology's verification fee receipt (browser).

* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT (browser, e-mail,
  printed).

* ``card_slips``: card terminal slips (monospace).

* ``utility_bills``: Bharat Connect in banking apps (Vyom, Axis Mobile) and UPI apps (PhonePe, Google Pay, Paytm,
  Amazon Pay) and APEPDCL's own receipt page.

* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Union Bank of India, HDFC Bank, Axis Bank, Bank
  of India) and two e-mail debit alerts (Union Bank of India, HDFC Bank).

The families' docstrings list each layout's labels. The faces are heldout119's, with Liberation Sans Bold beside the
screens', Noto Serif Display beside the pages' and the bills', FreeSerif Bold beside the bills', Liberation Mono
Bold beside the papers' and Noto Mono beside the slips'.

Truth conventions (heldout215's, heldout214's, heldout213's, heldout211's, heldout210's, heldout207's, heldout190's,
heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to (here the Rice Point, Vainateya Rice Point / VAINATEYA RICE POINT, the mill, Sri Vainateya
  Rice Mill / SRI VAINATEYA RICE MILL, or the company's VAINATEYA AGRO EXPORTS PVT LTD, as printed), never the UPI
  ID or the app, nor the Banking name / Registered name line under the UPI ID (heldout207, heldout211), *settled*
  (new here) nor a Verified merchant line there; a payment page's payee on top (here the mill or the company as
  printed), never Paid by (heldout205) / Payer name (heldout213), the Against invoice line (heldout167), the Towards
  line (heldout213) or the gateway's footer (*settled* (new here) ICICI Bank Eazypay, Paytm Payment Gateway).
  *settled* (heldout167, heldout175, heldout179, heldout190, heldout202 to heldout215): a payer's payment advice
  pays the one it pays, never the payer on top or its desk line; *settled* (new here) the Civil Supplies
  Corporation's custom milling advice pays the mill under Name of the miller / Miller (as printed), never the
  Corporation on top, its District Manager line, the Miller code or the Season; a buyer's advice pays the company
  (its full, capital or short name as printed) or the mill (for bran, husk and brokens, as printed) under Vendor
  name (heldout207) / *settled* (new here) Paid to (supplier) / Beneficiary (seller), never the Supplier code /
  Vendor code (heldout179), the PO No., the Lorry No., the Weighbridge ticket No. or the bills and lots listed.
  *settled* (heldout155, heldout167, heldout190, heldout203, heldout207, heldout210, heldout211, heldout215): a
  bank's inward remittance advice pays the company under Beneficiary name, *settled* (new here) or Credited to
  (exporter) / Beneficiary / exporter, never the bank on top, its forex desk line, the Remitter / Ordering customer
  / *settled* (new here) Applicant (importer), the Remitting bank or the Intermediary bank (heldout215). *settled*
  (heldout175, heldout179, heldout190, heldout203, heldout207, heldout210, heldout211, heldout215): the company's
  own receipt pays the trade name on top where that is on top, so *settled* (new here) the Rice Point's memos pay
  Vainateya Rice Point and the mill's receipts Sri Vainateya Rice Mill (capitals where so printed), never the "A
  unit of" company line under it (heldout190), the party under Customer / Received from / Buyer (heldout215), the
  signature line or the rubber stamp; *settled* (new here) a receipt for husk, bran or brokens sold at the mill gate
  alike (the mill, never the brick kiln, the bran trader or the poultry farm, as heldout210's fents); the accounts
  desk's e-mail pays the company on top (its full, capital or short name as printed, heldout210). A supplier's name
  on top of its own paper (capitals where so printed; a bill of supply's alike, heldout215, so *settled* (new here)
  the paddy commission agent's on its bill for the paddy it bought for the mill), never M/s the company under Billed
  to (heldout207) / *settled* (new here) Buyer (billed to) / Name of the buyer, nor the Place of delivery or Service
  at line. *settled* (heldout179, heldout186, heldout202, heldout203, heldout207, heldout211, heldout215): a
  corporate banking page pays the payee under Beneficiary name, *settled* (new here) or Name of payee / Credit to
  (beneficiary) (here farmers, a paddy trader, lorry owners, stevedores, surveyors, a gunny trader and a container
  freight station, capitals where so printed), never the portal (SBI Corporate Internet Banking, Union Bank
  Corporate Internet Banking, Baroda Connect - Corporate), the bank line, the Debit account or *settled* (new here)
  the Beneficiary short name (as heldout190's Beneficiary nickname). *settled* (heldout150, heldout161, heldout179,
  heldout203 to heldout215): a wage voucher pays the worker under Name of worker (heldout204) / Received by
  (heldout211), *settled* (new here) or Worker name, and *settled* (new here) a hamali voucher or bill pays the
  gang's mestri under Paid to (mestri) / Name of mestri / Received by, never the company on top, the mill's line
  under it, the Gang strength, the Work or the Section; *settled* (new here) PayU Payouts' page the Beneficiary name
  / Bene name (as Paytm Payouts', heldout215), never PayU Payouts on top, the company under it (Payouts account -
  ...) or the Beneficiary account / Beneficiary VPA; a transfer screen the payee under Paid to / To. *settled*
  (heldout153, heldout167, heldout182, heldout202 to heldout215): a fee page pays the authority on top as printed,
  *settled* (new here for Andhra Pradesh) Andhra Pradesh Maritime Board (capitals where so printed), never the Port
  Department - Kakinada Anchorage Port line; Agricultural Market Committee, Kakinada (capitals where so printed, as
  heldout182's and heldout215's market committees), never the Department of Agricultural Marketing line; Andhra
  Pradesh Pollution Control Board / APPCB (capitals where so printed), never the APOCMMS line; on CFMS's e-challan
  the department on top, Department of Factories, Andhra Pradesh (capitals where so printed, as heldout210's e-GRAS
  and heldout215's HIMKOSH challans), never the CFMS line; Samalkot Municipality / SAMALKOT MUNICIPALITY, never the
  Commissioner & Director of Municipal Administration line; APEDA or the Agricultural and Processed Food Products
  Export Development Authority as printed (as heldout210's CEPC), never the Ministry of Commerce & Industry line;
  the Directorate of Plant Protection, Quarantine & Storage / DPPQS as printed, never the Plant Quarantine Station,
  Kakinada line or PQMS; Legal Metrology Department, Andhra Pradesh / LEGAL METROLOGY, ANDHRA PRADESH, never the
  Controller's line; never the Name of exporter / Name of the exporter, the Licensee, the Name of the industry, the
  Remitter name, the Owner name, the Name of the user, the Vessel or the Consignment. *settled* (heldout199,
  heldout202 to heldout215): an insurer's premium receipt pays the insurer on top (its full name, capitals where so
  printed; ECGC Ltd's for its shipments policy alike, heldout210), never the product line, the office line or the
  Policyholder / Exporter (policyholder) (heldout210) / Name of insured / *settled* (new here) Insured / proposer /
  Name of the insured firm (the company), nor the Vehicle line. A slip's counter name line in capitals (here the
  company's own counters, VAINATEYA RICE POINT on two and SRI VAINATEYA RICE MILL on one, a filling station, a
  hotel, a motor shop, a tyre shop and a meals hotel on the rest), never the terminal's bank or brand (UNION BANK OF
  INDIA, BPCL, SBI, KOTAK MAHINDRA BANK, MOSAMBEE, PAYTM, BANK OF BARODA, ICICI BANK) or the place line. A Bharat
  Connect page's biller under Biller / Biller name / Operator / Service provider (heldout211), *settled* (new here)
  or Biller (DISCOM) (short or long as printed), never the app (here also Vyom and Axis Mobile), Bharat Connect or
  the Customer name / Consumer name; *settled* (new here) APEPDCL's own receipt page the company on top (APEPDCL,
  Eastern Power Distribution Company of A.P. Ltd or its capitals as printed, as heldout210's UHBVN), never the
  Government of Andhra Pradesh undertaking line, the ERO, the Category or the Consumer name. An SMS alert's payee as
  the bank sends it ("to KAKINADA ANCHORAGE S": *settled*, the truncated name as printed), *settled* (new here)
  Union Bank of India's "by <way> to <payee>", HDFC Bank's "to <payee> on <day> via <way>", Axis Bank's narration
  "<way>/<ref>/<payee>" (the name after the last slash, or on the line under it) and Bank of India's "- <way> to
  <payee>", never the bank or the sender id; the e-mail alert's Beneficiary name (heldout210) / *settled* (new here)
  Credited to (payee), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout215): a payer's advice counts its net sum, *settled*
  (new here) Net amount credited / Net payment released / Amount paid to supplier, Net amount to be released
  (heldout210) / *settled* (new here) Net amount payable on the hold and Net amount (heldout210) / *settled* (new
  here) Net payment on the return (the Milling charges (parboiled) n qtl x rate with Add: Transport of CMR to FCI
  depot, less Less: TDS u/s 194C @ 1% and a Less: Shortage recovery (n qtl); or the Gross payable / Bills total less
  Less: TDS u/s 194Q @ 0.1% and a Less: Moisture deduction (n% above norm), Less: Oil content claim (below 16%) or
  Less: Damaged bags (n)), never the Gross payable / Bills total, a bill's or lot's sum or a deduction. *settled*
  (heldout155, heldout167, heldout190, heldout203, heldout205, heldout207, heldout210, heldout211, heldout213,
  heldout215): an inward wire's foreign sum, Instructed amount (heldout190), *settled* (new here) or Amount received
  (foreign currency) / Inward amount (FCY), in US dollars, euros, UAE dirhams (AED) and Saudi riyals (SAR) printed
  as their code before or after the figure (heldout205), and *settled* (new here) Omani rials printed as OMR with
  three decimals ("OMR 27,699.150") as OMR, never the INR value / Rupee equivalent, the Less: Bank charges and GST
  or the Net credited (INR); its Exchange rate applied (1 OMR = INR 222.3101) is no sum. *settled* (heldout175,
  heldout179, heldout190, heldout203, heldout207, heldout210, heldout211, heldout213, heldout215): a receipt counts
  the sum received even where it is part of the order, Cash received / Received by UPI / Received by NEFT / Cheque
  amount / Cheque received / Advance received, *settled* (new here) or Paid in cash / UPI payment received / Amount
  received through RTGS / Card payment (POS), never the Bill amount / Total / Order value where less was received,
  the bags', tonnes' or quintals' line, the GST or the Balance due / *settled* (new here) Balance payable on
  lifting; *settled* (new here) the GST Nil (exempt) on husk and brokens and the GST Nil (above 25 kg) on rice are
  no sums (as heldout213's salt), nor is a by-product's line before the Total rounds it. *settled* (heldout187,
  heldout191, heldout202 to heldout215): a supplier's invoice counts the sum paid, where an advance is taken off
  (here *settled* (new here) Less: Advance paid on order) the Balance received by RTGS / NEFT, else Amount credited
  via RTGS / NEFT (heldout215), Received by NEFT / RTGS, Received via UPI (heldout213), *settled* (new here) or
  Amount realised by NEFT / RTGS (the rounded Invoice total with GST, or a bill of supply's Total value (GST
  exempt), heldout215: *settled* (new here) the paddy's quintals x rate with Add: Commission @ 1.5%, Add: Hamali (n
  bags) and Add: Gunny bags), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A
  banking page's Amount (INR) (heldout210) / Payment amount (heldout211), *settled* (new here) or Amount remitted
  (INR). *settled* (heldout167, heldout202 to heldout215): a wage voucher's net sum, Net wages paid (heldout202),
  *settled* (new here) or Wages paid (net), and a hamali voucher's *settled* (new here) Net hamali paid / Amount
  paid to mestri (the Bags loaded / unloaded n x rate with Add: Holiday loading extra, or the Shifts worked n x rate
  with Add: Overtime n h x rate, less Less: Advance (mestri) adjusted / Less: Canteen recovery / Less: Advance
  recovered), never the Gross, a line or a deduction; PayU Payouts' and a screen's sum large. *settled* (new here):
  the Maritime Board's Total charges paid (the Wharfage on rice (export) n MT x rate with GST @ 18%), never the
  wharfage or the GST; the Market Committee's Total fee paid (the Market fee @ 1%, the same sum), never the Value of
  paddy purchased; the Pollution Control Board's Total fee remitted (the CFO fees under the Water Act and the Air
  Act), never a head; CFMS's Challan amount (heldout188) / Total amount (the Licence renewal fee and a Late fee),
  never the fee line; the Municipality's Total amount paid / Amount paid / Total amount / Amount (the Property tax
  (non-residential) - half year, the Library cess @ 8% and the Drainage cess, less the Less: Rebate @ 5% (paid by 30
  April) where printed), never a head or the rebate; APEDA's Total amount paid (the RCMC renewal fee and GST @ 18%,
  as heldout210's CEPC), never the fee or the GST; the Directorate's Total fee paid (the Phytosanitary certificate
  fee and the Inspection and sampling fee), never a head; Legal Metrology's Total verification fee (heldout215) (the
  Verification and stamping fee and the Platform scales (3 x 300 kg) fee), never a line. *settled* (heldout199,
  heldout202 to heldout215): an insurer's premium with its GST, Premium received (incl. GST) / Amount collected
  (heldout210), *settled* (new here) or Total premium collected, the Cheque amount on the cheque not yet realised,
  Premium payable / Total premium due (heldout210) on the failed one, never the Basic premium / Premium @ rate, an
  add-on or the GST, nor the Value of shipments declared (heldout210), the Sum insured (building, plant and stock)
  (heldout215), the Sum insured (machinery) (heldout211), the Estimated annual wages (heldout210), the IDV
  (heldout215), *settled* (new here) the Estimated annual sendings (exports), the Sum insured (boiler and pressure
  plant), the Capital sum insured per worker or the Workers covered; *settled* (new here) a goods vehicle's premium
  is its Own damage premium and Third party premium (each no sum alone, heldout215) with their GST @ 18% on own
  damage and GST @ 12% on third party. A slip's AMOUNT: / SALE AMOUNT: / TOTAL AMOUNT: (heldout207), *settled* (new
  here) or PURCHASE AMT: / NET AMOUNT:, never the RATE: or the VOLUME(L):; a tipped slip's TOTAL: (the base with the
  tip, heldout176, heldout211), never the BASE AMT: or the TIP AMT:. A Bharat Connect page's sum large; APEPDCL's
  Amount paid / Paid amount (as heldout210's UHBVN). An alert's sum debited (*settled* (new here) Union Bank of
  India's "Debited for Rs:x", HDFC Bank's "Money sent! Rs.x", Axis Bank's "INR x debited", Bank of India's "Rs x
  debited"; the e-mail's Debited amount (heldout215) / *settled* (new here) Transaction amount (INR)), never the Avl
  Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully / Money sent successes (heldout204,
  heldout207, heldout211), *settled* (new here) Payment pending - awaiting bank confirmation, please don't retry
  pending, Payment failed - incorrect UPI PIN entered failed; a payment page's Payment successful success, *settled*
  (new here) as are Payment completed and Your payment was successful. *settled* (new here): a payer's advice's
  Payment credited to supplier account / Status: Settled successes, On hold - lab report on the lot awaited pending
  (a payer's hold, as heldout198's to heldout215's), Payment returned unpaid - old IFSC (Andhra Bank) no longer
  valid failed. *settled* (new here): an inward advice's Export proceeds credited - FIRA issued / Status: Credited
  to beneficiary successes, Parked - shipping bill and invoice copy awaited pending, Refunded to remitting bank -
  beneficiary account under KYC freeze failed. *settled* (heldout167, heldout179, heldout190, heldout203,
  heldout207, heldout210, heldout211, heldout215): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - HUSK LIFTING ON CLEARANCE and CHEQUE UNDER CLEARING - RECEIPT
  PROVISIONAL pending, CHEQUE RETURNED - ACCOUNT CLOSED and CHEQUE RETURNED - EXCEEDS ARRANGEMENT failed; RECEIVED
  WITH THANKS, PAID, PAID BY RTGS / NEFT / UPI successes, *settled* (new here) as are PAID - THANK YOU, RECEIVED -
  STOCK LIFTED, ADVANCE RECEIVED - ORDER NOTED, RECEIVED IN FULL - NO DUES, PAID - RECEIVED BY MESTRI, WAGES PAID -
  SIGNED BY WORKER and PAID IN CASH - THUMB IMPRESSION. *settled* (new here): a banking page's Payment processed -
  credited to beneficiary / Status: Executed successes, Pending with authoriser - 1 approval required pending
  (keyed, not yet authorised, as heldout191's to heldout215's), Failed - beneficiary name does not match account
  failed; PayU Payouts' Transfer successful (heldout214) success, *settled* (new here) as is Payout success - amount
  credited, Queued - payout will be released in the next banking window pending, Failed - beneficiary bank rejected
  (account closed) failed (the payout came back, as heldout211's Reversed); a transfer screen's Paid / Payment
  successful (heldout211) / Money sent successes; a fee page's Payment successful / Fee received / Payment received
  - receipt generated (heldout215) successes, *settled* (new here) as is Port charges received, CFMS's Challan
  generated - payment confirmation from bank awaited, do not pay again pending, Payment failed - tax not credited to
  the Municipality failed; an insurer's *settled* (new here) Payment received - policy in force / Premium credited -
  certificate of insurance generated successes, CHEQUE ACCEPTED - RISK ATTACHES ON CLEARANCE pending (as
  heldout211's cover from realisation), Premium not received - transaction declined by bank failed; a slip's
  APPROVED / TXN APPROVED successes, *settled* (new here) as is TRANSACTION APPROVED, DECLINED - 55 INCORRECT PIN
  failed, TIMED OUT - STATUS UNKNOWN, CHECK WITH BANK BEFORE RETRY pending; Bill paid successfully / Payment
  successful successes, *settled* (new here) as is Bill payment completed, Awaiting confirmation from biller - do
  not pay again pending, Bill payment unsuccessful - any debit will be refunded in 3 working days failed (the
  payment failed, whatever the refund); an SMS that says the transfer "was REJECTED by the beneficiary bank; amount
  refunded to your A/c" failed (whatever the refund), one that "is ON HOLD at the beneficiary bank - credit will be
  confirmed shortly" pending, a debit alert a success, whatever its bank's wording ("A/c *1234 Debited for Rs:x on
  <day> by <way> to <payee>.", "Money sent! Rs.x from A/c XX1234 to <payee> on <day> via <way>.", "INR x debited A/c
  no. XX1234 <day>, <hour> <way>/<ref>/<payee>", "BOI: Rs x debited in A/c XX1234 on <day> - <way> to <payee>.");
  the e-mail's Status: Debited (heldout210) / *settled* (new here) Status: Completed a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not paid
  (heldout203), a payment page's Transaction date / Paid on, *settled* (new here) or Payment time, a payer's
  advice's Payment date / Value date (heldout210), *settled* (new here) or Credited on, the held advice's Advice
  date / Date of advice (heldout198, heldout206) and Returned on / Return date (heldout206) on the returned one, an
  inward advice's Value date / Credited on / Realised on (heldout214), Received on (heldout206) / *settled* (new
  here) Parked on on the parked one and Returned on (heldout207) / *settled* (new here) Refunded on on the refunded
  one, a receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date, a banking
  page's Executed on (heldout207) / Value date, *settled* (new here) or Debited on, Entered on (heldout214) /
  Initiated on (heldout211) on the one awaiting its authoriser and Failed on / Rejected on, PayU Payouts' Processed
  on, Requested on (heldout214) on the queued one and *settled* (new here) Failed on on the failed one, a transfer
  screen's Date & time / Paid on, a fee page's Payment date / Date of payment / Receipt date, the failed one's
  Transaction date and CFMS's Challan date (heldout176) / Initiated on on the pending challan, an insurer's Receipt
  date / Premium paid on / Date of receipt, Cheque received on (heldout204) on the cheque not yet cleared and
  Transaction date / Attempted on on the failed one, a slip's DATE: / TXN DATE: / DATE/TIME:, Paid on / Transaction
  date & time (the latter alone on a bill not paid), APEPDCL's Payment date / Paid on, the SMS's day, the e-mail
  alert's Transaction date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a
  Period of insurance (heldout199), an invoice number's financial year, the day inside a UTR (heldout210) or an
  e-mail's hour; *settled* (new here) never a Season (Kharif 2025-26), a bill of supply's Paddy weighed days or a
  market fee page's Purchases for (a month).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, a payment page's Net banking, *settled* (new here) PayU Payouts' IMPS (as RazorpayX's and Paytm Payouts'), a
  Bharat Connect bill from a Current A/c (here in Vyom and Axis Mobile), a fee (the Maritime Board's and CFMS's
  too), a premium or APEPDCL paid by Net banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for
  UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, PayU Payouts', a fee's, a premium's or a
  bill's UPI and an SMS's UPI; card on slips, a payment page's debit card, a receipt's Card payment (POS), a fee, a
  premium or a bill paid by Debit card; cheque for a cheque received, under clearing or returned and a premium paid
  by Cheque; cash for a cash memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout215): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Ref No, UPI Reference No., UTR, UTR
  No., RTGS UTR No. (heldout210), IMPS Ref No., Amazon Pay's Bank reference ID (heldout214), *settled* (new here)
  Eazypay's UPI Ref No. and the Paytm Payment Gateway's Bank transaction ID on a UPI payment (as heldout215's
  CCAvenue's Bank Ref No.) and PayU Payouts' UTR / Bank reference No., a slip's RRN: / RRN NO: / REF NO:, an SMS's
  UTR / IMPS Ref / UPI Ref, *settled* (new here) HDFC Bank's Ref and the reference in Axis Bank's narration
  "<way>/<ref>/<payee>"), then a bank reference (an inward advice's Inward ref. No. / IRM No. / Our reference, a
  banking page's Bank ref. No. (heldout211) / CBS reference No. (heldout215), *settled* (new here) Eazypay's Bank
  Ref No. on a net-banking payment (as heldout215's CCAvenue's), a fee page's Bank Ref No., an insurer's Bank Ref.
  No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (Eazypay Transaction ID (heldout121),
  *settled* (new here) the Paytm Payment Gateway's Transaction ID, Google Pay's Google transaction ID, PhonePe's and
  Paytm's own Transaction ID, Amazon Pay's Order ID (heldout176, heldout214), *settled* (new here) PayU Payouts'
  Payout ID (as RazorpayX's Payout ID), a fee page's Transaction ID / Transaction ref. No. / Payment ID
  (heldout210's CEPC's, and *settled* (new here) the Maritime Board's, the Market Committee's, the Pollution
  Control Board's, the Municipality's, APEDA's, the Directorate's and Legal Metrology's) and *settled* (new here)
  CFMS's Challan reference ID, an insurer's Transaction ref. No. / Payment ID, APEPDCL's Transaction ID, a failed
  Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's APPR CODE: / AUTH
  CODE: / AUTH ID: (heldout207)), then an order's number (*settled* (new here) Eazypay's Merchant reference No., the
  Paytm Payment Gateway's Order ID and PayU Payouts' Merchant ref ID, the company's own id for the payout, as
  heldout215's Paytm Payouts' Order ID), then a document's own number (a payer's Advice No. (heldout204) / Payment
  voucher No. (heldout210), Receipt No. / Rcpt. No. / Memo No. / Bill No. on a receipt, Invoice No. / Inv. No. /
  Bill No. / Bill of Supply No. (heldout215), Voucher No. / Vr. No., a fee page's Receipt No., *settled* (new here)
  CFMS challan No. (as heldout215's HIMKOSH e-Challan No.), Receipt No. / Premium receipt No., APEPDCL's Receipt
  No., a slip's INVOICE NO: / BILL NO: / ROC NO: (heldout179)). *settled*: never a UETR, MID, TID, BATCH NO, STAN:,
  TRACE NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, Maker / Checker
  (so never Entered by / Authorised by), a Beneficiary nickname (heldout190), a Purpose code, a Shipping bill No., a
  BL No. (heldout167), an Export invoice No. (heldout210), the invoice under Against invoice (heldout167) and the
  bills listed on an advice, a PO No. (heldout204), a Vendor code / Supplier code, a Vehicle No. (heldout205), a
  Registration No. / Licence No. / Application ID / Application No. (heldout203), an IEC (heldout167), an RCMC No.
  (heldout206), a Policy No. / Proposal No., a Head of account, an Assessment No. (heldout211), a consumer number
  (here Service No., Customer ID, Mobile No., BP No.), a slip's PUMP NO: (heldout206), ROOM NO: (heldout203) or
  VEHICLE NO: (heldout215). *settled* (new here): never a Miller code, a Lorry No., a Weighbridge ticket No., a
  Beneficiary short name, PayU Payouts' Beneficiary account / Beneficiary VPA or a Ward No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout217_families import (
    bank_alerts,
    buyer_advices,
    buyer_upi,
    card_slips,
    compose,
    govt_fees,
    hamali_pay,
    importer_wires,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout217"

# heldout119's faces, with a bold sans beside the screens', a display serif beside the pages' and the bills', a
# bold monospace beside the papers' and Noto Mono beside the slips'
SCREENS = SCREEN_FACES + ["liberation2/LiberationSans-Bold.ttf"]
PAGES = PAGE_FACES + ["noto/NotoSerifDisplay-Regular.ttf"]
PAPERS = PAPER_FACES + ["liberation/LiberationMono-Bold.ttf"]
BILLS = BILL_FACES + ["noto/NotoSerifDisplay-Regular.ttf", "freefont/FreeSerifBold.ttf"]
SLIPS = SLIP_FACES + ["noto/NotoMono-Regular.ttf"]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREENS),
    ("buyer_advices", buyer_advices, PAGES),
    ("importer_wires", importer_wires, PAGES),
    ("own_receipts", own_receipts, PAPERS),
    ("supplier_invoices", supplier_invoices, BILLS),
    ("vendor_transfers", vendor_transfers, PAGES),
    ("hamali_pay", hamali_pay, PAPERS),
    ("govt_fees", govt_fees, PAGES),
    ("insurer_receipts", insurer_receipts, PAGES),
    ("card_slips", card_slips, SLIPS),
    ("utility_bills", utility_bills, SCREENS),
    ("bank_alerts", bank_alerts, SCREENS),
]


def make_heldout217_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout217 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

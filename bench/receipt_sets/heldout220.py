"""heldout220: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kota stone quarry and slab polishing unit's day in 2026 at Ramganj Mandi, Kota
district, Rajasthan (Hadauti Shilp Stones Pvt Ltd, its quarry lease, Kumbhkot Kota Stone Mines, at village Kumbhkot,
and its gang saw, cutting and polishing yard and sales depot, Hadauti Stone Yard, on Suket Road near the Krishi Upaj
Mandi), told by the proofs of payment it receives (builders', dealers' and house-builders' UPI screens and the yard's
Cashfree and SBIePay pages, the payment advices of builders at Jaipur, Gurugram, Indore, Ahmedabad and Bhopal, of
stone dealers at Kota and Ujjain and of a Kota government contractor for the slabs and tiles sent to their sites,
stone importers' inward wires from Leeds, Rotterdam, Houston, Dubai, Melbourne, Johannesburg, Auckland and Munich in
pounds, euros, US dollars, UAE dirhams, Australian dollars, South African rand and New Zealand dollars, the yard's
money receipts, cash memos and slab booking advances and the quarry's gate sale receipts for khanda (rubble) and
undressed blocks, buyers' cards on the yard's terminals) and those it makes (the diamond tool maker's at Kishangarh,
the abrasives maker's at Morbi, the crate maker's at Jodhpur, the diesel dealer's non-GST bills and the Kota
transporter's freight bills under reverse charge, the net-banking transfers to the earthmover, the wire saw
contractor, the mining plan consultant, the dewatering contractor, the weighbridge firm, the slurry lifter, the motor
rewinder and the auditors, the slab cutters', polishers', edge dressers' and quarry gang's square-foot, running-foot
and day vouchers, their bulk wage records and UPI payouts, the Department of Mines and Geology's royalty, e-Rawanna
and dead rent (e-GRAS) pages, the Rajasthan State Pollution Control Board's, the Transport Department's (Vahan),
Nagar Palika Ramganj Mandi's and the Labour Department's pages, the insurers' premium receipts for the excavators
and wire saws, the yard and its stock, the tipper, the quarry workers, the export cargo, the buyers' credit, the
workers' accidents and the gang saws, its card at a filling station, a diamond tool shop, a Jaipur hotel during the
stone fair, a tyre shop and a highway dhaba, JVVNL's power and the fibre, water and phone bills, the banks' SMS and
e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields). Faces: heldout119's, with a bold sans and a narrow bold
sans beside the screens', a condensed serif and a narrow sans beside the pages', a bold mono and a bold serif beside
the papers', a condensed serif and a bold serif beside the bills' and two bold monos beside the slips'.

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, YONO SBI, iMobile Pay, BHIM) paying the yard or
  the company, and the yard's two payment pages (Cashfree, SBIePay) in a browser.
* ``buyer_advices``: builders' and dealers' PAYMENT ADVICE / SUPPLIER PAYMENT ADVICE / Vendor remittance advice
  (e-mail, printed, supplier portal: Shree Ji Buildcon, Aravali Heights Developers, Narmada Realty, Kota Tiles &
  Stone Emporium, Malwa Stone Traders, Sabarmati Infraprojects, Chambal Constructions, Vindhya Estates).
* ``export_wires``: eight banks' inward remittance advices (State Bank of India, Bank of Baroda, ICICI Bank, HDFC
  Bank, Axis Bank, Punjab National Bank, Kotak Mahindra Bank, Yes Bank; browser, e-mail, printed FOREIGN INWARD
  REMITTANCE ADVICE / Inward remittance - export proceeds / Credit advice - inward SWIFT transfer).
* ``own_receipts``: the yard's MONEY RECEIPT / CASH MEMO - POLISHED TILES / RECEIPT / ADVANCE RECEIPT - SLAB BOOKING
  and the quarry's RECEIPT - KHANDA (RUBBLE) SALE / QUARRY GATE SALE RECEIPT (paper, rubber stamp), and the yard's
  Payment acknowledgement e-mails.
* ``supplier_invoices``: the diamond tool maker's, the abrasives maker's and the crate maker's TAX INVOICE / TAX
  INVOICE - ORIGINAL FOR BUYER / INVOICE CUM RECEIPT, the diesel dealer's CREDIT SALE BILL - HSD (NON-GST) / BILL -
  HSD (NON-GST GOODS) and the transporter's FREIGHT BILL (GST UNDER RCM) / FREIGHT BILL with the payment block and a
  rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Baroda Connect - Corporate, YES CONNECT Corporate
  Banking, Kotak FYN).
* ``worker_pay``: printed PIECE RATE VOUCHER - SLAB CUTTING (PER SQ FT) / KATAI MAZDOORI SLIP - PER SQ FT / GHISAI
  (POLISHING) PAYMENT SLIP - PER SQ FT / POLISHING PIECE RATE VOUCHER / EDGE DRESSING - PIECE RATE VOUCHER / HATH
  GHISAI PAYMENT SLIP - PER RFT / DAILY WAGE VOUCHER - KHADAN (QUARRY) / QUARRY GANG WAGE VOUCHER, Baroda Connect's
  bulk payment records and a PhonePe and a YONO SBI screen.
* ``govt_fees``: the Department of Mines and Geology's DMG Online royalty and e-Rawanna pages and its dead rent
  challan on e-GRAS Rajasthan, the Rajasthan State Pollution Control Board's consent fee page, the Transport
  Department's Vahan tax page for the tipper, Nagar Palika Ramganj Mandi's trade licence and UD tax pages and the
  Labour Department's LDMS registration renewal under the Contract Labour Act (browser).
* ``insurer_receipts``: Bajaj General's, Royal Sundaram's, Shriram General's, Zurich Kotak's, Liberty General's,
  ECGC's, Future Generali's and Magma General's premium receipts (browser, e-mail, printed).
* ``card_slips``: card terminal slips (monospace), the dhaba's with a tip.
* ``utility_bills``: Bharat Connect in ICICI Bank's InstaBIZ and UPI apps (PhonePe, Google Pay, Paytm, Amazon Pay,
  CRED) and JVVNL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda, Axis Bank, Kotak Mahindra Bank,
  Yes Bank) and two e-mail debit alerts.

The families' docstrings list each layout's labels.

Truth conventions (heldout219's, heldout218's, heldout216's, heldout215's, heldout211's, heldout210's, heldout207's,
heldout206's, heldout203's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Payment to / Paying to (heldout206), *settled* (new here) or Payee (YONO SBI's, as heldout218's bob World's
  Payee name) (here the yard, Hadauti Stone Yard or HADAUTI STONE YARD, or the company's HADAUTI SHILP STONES PVT
  LTD, as printed), never the UPI ID or the app, nor the Banking name line under the UPI ID (heldout207); a payment
  page's payee on top (here the yard or the company, full or capital as printed), never Buyer name / Payer name
  (heldout213), Customer name (heldout204) or Paid by (heldout205), *settled* (new here) the Payment towards /
  Purpose, the Quotation No. or the gateway's footer (Cashfree Payments (heldout213), *settled* (new here) SBIePay).
  *settled* (heldout167, heldout175, heldout179, heldout186, heldout202 to heldout207, heldout210, heldout216,
  heldout218): a payer's payment advice (here a builder's, a stone dealer's or a contractor's) pays the company under
  its payee label, Payment in favour of (heldout206) / Supplier name (heldout216), *settled* (new here) or
  Beneficiary supplier / Name of supplier (the company, full, capital or short as printed), never the payer on top
  (Shree Ji Buildcon Pvt Ltd, Aravali Heights Developers LLP, Narmada Realty Pvt Ltd, Kota Tiles & Stone Emporium,
  Malwa Stone Traders, Sabarmati Infraprojects Ltd, Chambal Constructions Co., Vindhya Estates Pvt Ltd), its desk
  line, the Vendor code, the PO No. (heldout204), the Site (heldout216), the bills listed (heldout218) or the Vendor
  bank A/c (heldout210). *settled* (heldout155, heldout167, heldout190, heldout203, heldout207, heldout210,
  heldout211, heldout212, heldout215, heldout216, heldout218): a bank's inward remittance advice pays the company
  under Beneficiary name, Name of beneficiary (heldout212, heldout215) or Credit to (exporter) (heldout207), never
  the bank on top, its trade desk line, the Remitter's bank (heldout211), *settled* (new here) the Remitter name /
  Payer abroad (the importer) or the Bank of remitter. *settled* (heldout175, heldout179, heldout190, heldout203,
  heldout207, heldout211, heldout216, heldout218): the company's own receipt pays the trade name on top where that is
  on top, so the yard's receipt pays Hadauti Stone Yard and *settled* (new here) the quarry's receipt Kumbhkot Kota
  Stone Mines (capitals where so printed, as heldout216's kiln), never the "A unit of" company line under it
  (heldout190), the party under Received from / Party (heldout218) / Buyer (heldout216), the Truck No. or Tractor
  No., *settled* (new here) the e-Rawanna No., the stone's line, the signature line (For ... - Cashier / Munim) or
  the rubber stamp; *settled* (new here) the quarry's gate sale of khanda (rubble) or undressed blocks to a road
  contractor or a lime works alike (the quarry, never the buyer, as heldout216's rora and jhama sales); the yard's
  e-mail likewise. A supplier's name on top of its own paper (capitals where so printed; *settled* (new here) the
  diesel dealer's non-GST bill and the transporter's freight bill under reverse charge alike), never M/s the company
  under Sold to (buyer) (heldout206) / Party name (heldout207) / *settled* (new here) Bill to (recipient), nor the
  quarry or the yard under Ship to (heldout215). *settled* (heldout179, heldout186, heldout202, heldout203,
  heldout207, heldout211, heldout216, heldout218): a corporate banking page pays the payee under Counterparty name
  (heldout186, heldout207), *settled* (new here) or Receiver name / Beneficiary (payee), never the portal (*settled*
  (new here) Baroda Connect - Corporate, YES CONNECT Corporate Banking, Kotak FYN), the bank line, the Debit account
  or *settled* (new here) the Payee nickname (as heldout190's Beneficiary nickname). *settled* (heldout150,
  heldout161, heldout179, heldout203 to heldout207, heldout210, heldout211, heldout215, heldout216, heldout218): a
  wage voucher pays the worker under Name of worker (heldout204) / Paid to (worker) (heldout215), *settled* (new
  here) or Worker's name / Cutter's name / Polisher's name (the slab cutter, the polisher, the edge dresser or the
  quarry hand paid by the square foot, the running foot or the day), never the company on top, the quarry's or the
  yard's line under it, the Worker ID (heldout215), the Work or the Mate / Thekedar (heldout218); a bulk record the
  Beneficiary name (heldout206) / Bene name (heldout218), never the portal on top (here Baroda Connect - Corporate),
  the company's line under it, the File name (heldout179) or the Record No. (heldout202); a transfer screen the payee
  under Paid to / To or YONO SBI's Payee. *settled* (heldout153, heldout167, heldout202, heldout203, heldout206,
  heldout207, heldout210, heldout211, heldout216, heldout218, new here for these): a fee page pays the authority on
  top as printed: *settled* (new here) Department of Mines and Geology, Rajasthan / Department of Mines and Geology,
  Government of Rajasthan / DEPARTMENT OF MINES AND GEOLOGY, RAJASTHAN on its DMG Online royalty and e-Rawanna pages
  and on its dead rent challan on e-GRAS (as heldout216's Mines and Geology Department on OGRAS and heldout218's
  e-GRAS challan), never the DMG Online or the e-GRAS line, the Lessee name, the Remitter name (heldout210), the
  Office, the Purpose, the Mining lease No. or the Khasra No.; Rajasthan State Pollution Control Board / RAJASTHAN
  STATE POLLUTION CONTROL BOARD / RSPCB (heldout218), never the Environment Department line or the Name of the
  industry (heldout218); *settled* (new here) Transport Department, Rajasthan / Transport Department, Government of
  Rajasthan / TRANSPORT DEPARTMENT, RAJASTHAN on its Vahan tax page, never the Vahan 4.0 - Parivahan Sewa line, the
  Owner name (heldout211) or the Registration No. (the vehicle's); Nagar Palika Ramganj Mandi / NAGAR PALIKA RAMGANJ
  MANDI / Municipal Board, Ramganj Mandi, never the Local Self Government Department line, the Name of licensee
  (heldout211), the Trade name (heldout211) or the Owner name; Labour Department, Rajasthan / Labour and Employment
  Department, Rajasthan (heldout218), never the LDMS line or *settled* (new here) the Name of principal employer.
  *settled* (heldout199, heldout202, heldout203, heldout206, heldout210, heldout211, heldout216, heldout218): an
  insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; ECGC Ltd's for its
  shipments policy alike, heldout210), never the product line, the office line or the Name of policyholder
  (heldout214) / Client name (heldout219) / *settled* (new here) Insured party (the company). A slip's counter name
  line in capitals (here the yard, HADAUTI STONE YARD, on two and the company's HADAUTI SHILP STONES on one, a
  filling station, a diamond tool shop, a Jaipur hotel, a tyre shop and a dhaba on the rest), never the terminal's
  bank or brand (BANK OF BARODA, BHARAT PETROLEUM, AXIS BANK, KOTAK MAHINDRA BANK, YES BANK, STATE BANK OF INDIA,
  EZETAP, PAYTM) or the place line. A Bharat Connect page's biller under Biller / Biller name / Operator / Service
  provider (heldout194) / Paid to (biller) (heldout216, heldout218) (short or long as printed), never the app (here
  also ICICI Bank's InstaBIZ), Bharat Connect or the Name as per bill (heldout218) / *settled* (new here) Registered
  consumer; *settled* (new here) JVVNL's own receipt page the Nigam on top (JVVNL, Jaipur Vidyut Vitran Nigam Ltd or
  capitals as printed, as heldout218's JdVVNL), never the Government of Rajasthan undertaking line, the Sub division
  or the Consumer name. An SMS alert's payee as the bank sends it ("to KISHANGARH DIAMOND T": *settled*, the
  truncated name as printed), *settled* (new here) Bank of Baroda's "for <way> to <payee>", Axis Bank's "Payee -
  <payee>", Kotak's "to <payee> on <day> via <way>" and Yes Bank's "transfer to beneficiary <payee>", never the bank
  or the sender id; the e-mail alert's Beneficiary name (heldout210) / Credited to (payee) (heldout217), never the
  bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout202 to heldout207, heldout210, heldout216, heldout217, heldout218): a payer's
  advice counts its net sum, Amount paid to supplier (heldout217), *settled* (new here) or Net amount disbursed / Net
  disbursement (on the hold and the bounced one too) (the Gross bill amount less Less: TDS u/s 194Q @ 0.1% and
  *settled* (new here) a Less: Rejected slabs (shade variation) - n sq ft @ rate, a Less: Short thickness - n sq ft @
  rate or a Less: Breakage in transit - n sq ft @ rate), never a bill's sum, the Gross bill amount, the TDS or the
  debit. *settled* (heldout155, heldout167, heldout190, heldout203, heldout207, heldout210, heldout211, heldout216,
  heldout218): an inward wire's foreign sum, Remittance amount (FCY) (heldout210) / Inward amount (FCY) (heldout217)
  / Foreign currency amount (heldout167), in pounds, euros, US dollars, UAE dirhams (AED, the code before or after
  the figure, heldout205), Australian dollars (AUD, A$, heldout202), New Zealand dollars (NZD, NZ$, heldout215) and
  *settled* (new here for an inward wire) South African rand (ZAR, printed with its code before or after the figure)
  as ZAR, never the INR value (heldout218), *settled* (new here) the Less: Bank charges & GST or the Net amount
  credited (INR); its Conversion rate (heldout210) (1 ZAR = INR 4.81) is no sum. *settled* (heldout175, heldout179,
  heldout186, heldout190, heldout202 to heldout207, heldout210, heldout211, heldout216, heldout218, heldout219): a
  receipt counts the sum received even where it is part of the order, Cash received / Received in cash / Cheque
  amount / Cheque received for (heldout209) / UPI amount received (heldout206) / Received through UPI (heldout210) /
  Paid by card (POS) (heldout219), *settled* (new here) or Received through NEFT / RTGS, Bank transfer received (NEFT
  / RTGS), Card swiped (POS), Advance received (slab booking) or Balance received before loading (the Total / Bill
  amount less the Less: Advance received earlier), never the Order value (incl. GST) / Bill amount / Total where less
  was received, the stone's line (n sq ft, rft, trolleys or tonnes x rate), the GST @ 5% / 18%, the Less: Advance
  received earlier or the Balance due / *settled* (new here) Balance payable before loading; *settled* (new here) a
  quarry gate sale counts the trolleys of khanda or the tonnes of blocks x rate with the GST (the Total, received in
  full, as heldout216's rora and jhama sale). *settled* (heldout187, heldout191, heldout202 to heldout207,
  heldout210, heldout211, heldout215, heldout216, heldout218): a supplier's invoice counts the sum paid, where an
  advance is taken off (here *settled* (new here) Less: Advance paid against PI) the Balance received by RTGS /
  NEFT, else Received by RTGS / NEFT (heldout207) / Amount credited by RTGS / NEFT (heldout204) / Paid by UPI
  (heldout218) / *settled* (new here) Received through UPI (the rounded Invoice total with GST; *settled* (new here)
  the diesel dealer's rounded Bill total of the litres at a rate with VAT in it, and the transporter's Bill total of
  its trips, the GST payable by recipient under RCM @ 5% no sum of this payment), or the Cheque received / Received
  by cheque (heldout216), never the Taxable value, a line, the GST or the GST payable under RCM. A banking page's
  Amount (INR) (heldout207), *settled* (new here) or Txn value (INR) / Remittance amount. *settled* (heldout167,
  heldout202 to heldout207, heldout210, heldout211, heldout215, heldout216, heldout218): a wage voucher's net sum,
  Net wages paid (heldout202), *settled* (new here) or Paid in hand / Net amount paid to worker (the Slabs cut or
  Slabs polished n sq ft x rate plus Add: Night shift allowance n x rate or Add: Mirror finish extra - n sq ft x
  rate, the Edges dressed n rft x rate, or the Days worked n x rate plus Add: Overtime n h x rate, less *settled*
  (new here) Less: Broken slabs - n sq ft @ rate and Less: Advance (peshgi) recovered (heldout215)), never the Gross
  wages, a line or a deduction; a bulk record's Amount (heldout206) / Credit amount (heldout218); a screen's sum
  large. *settled* (new here): the Department of Mines and Geology's Total amount paid / Amount deposited
  (heldout218) / Total deposited (the Royalty or the Advance royalty for e-Rawanna, n t @ rate, with the DMFT
  contribution @ 10% of royalty and the RSMET contribution @ 2% of royalty), never the royalty line or a
  contribution; its e-GRAS challan's Total amount / Challan amount (heldout210) (the Dead rent and, where printed,
  the Interest on late payment), never a line; the Pollution Control Board's Total fee paid (heldout218) (the Water
  Act and Air Act fees), never a head; the Transport Department's Total amount paid (the Motor vehicle tax
  (quarterly) and the Road safety cess), never a head; Nagar Palika Ramganj Mandi's Total amount / Amount paid /
  Amount (the Trade licence fee and the Signboard fee, or the UD tax 2026-27 (industrial plot) and the Arrears
  2025-26 less the Less: Rebate @ 10% (paid in time) where printed), never a head or the rebate; the Labour
  Department's Total amount paid (the Renewal fee and, where printed, the Late fee), never a head. *settled*
  (heldout199, heldout202 to heldout207, heldout210, heldout211, heldout216, heldout218): an insurer's premium with
  its GST, Gross premium received (heldout213) / Amount received towards premium (heldout214), *settled* (new here)
  or Total premium paid (incl. GST), the Cheque amount (heldout211) on the cheque not yet realised, Premium payable
  (heldout211) / Total premium payable (heldout216) on the failed one, never the Basic premium, an add-on, the GST,
  the Own damage premium or the Third party premium (heldout218), nor the IDV (heldout215), the Sum insured
  (building, plant and stock) (heldout218), the Estimated annual wages (heldout215), the Value of shipments declared
  (heldout210), the Sum insured (machinery) (heldout211), the Workers covered (heldout217) or *settled* (new here)
  the Sum insured (plant and machinery), the Annual turnover (shipments) declared, the Maximum liability or the
  Capital sum insured per person. A slip's BILL AMT: (heldout219) / SALE AMT: (heldout202), *settled* (new here) or
  AMT: / TOTAL (INR):, never the RATE/L: or the QTY(L):; a tipped slip's *settled* (new here) GRAND TOTAL: (the base
  with the tip, heldout176), never the BASE AMT: or the TIP AMT: (heldout211). A Bharat Connect page's sum large;
  JVVNL's Amount paid (heldout210's UHBVN). An alert's sum debited (*settled* (new here) Bank of Baroda's "debited
  with Rs.x", Axis Bank's "INR x debited", Kotak's "Rs.x sent", Yes Bank's "debited with INR x"; the e-mail's Amount
  debited / *settled* (new here) Debited amount (INR)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully / Transaction successful successes
  (heldout211), *settled* (new here) Payment pending - we will update you once the bank confirms pending, Payment
  failed - your bank declined the debit failed; a payment page's Payment successful success, *settled* (new here) as
  are Payment complete - thank you and Your payment has been received. *settled* (new here): a payer's advice's
  Payment disbursed to your bank account / Status: Disbursed successes, On hold - slabs at site pending quality check
  by architect pending (a payer's hold, as heldout198's to heldout218's), Payment bounced back - beneficiary name not
  matching bank records failed. *settled* (new here): an inward advice's Export proceeds credited - FIRA issued /
  Status: Credited to exporter's account successes, Pending - invoice and bill of lading copy awaited from exporter
  pending, Remitted back - beneficiary account dormant failed. *settled* (heldout167, heldout179, heldout190,
  heldout203, heldout207, heldout210 to heldout219): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - LOADING AFTER CLEARANCE and CHEQUE RECEIVED - CREDIT ON
  REALISATION pending, CHEQUE DISHONOURED - REFER TO DRAWER and CHEQUE RETURNED - SIGNATURE DIFFERS failed; RECEIVED
  WITH THANKS, PAID, PAID BY RTGS / NEFT / UPI and PAID - THUMB IMPRESSION TAKEN (heldout207) successes, *settled*
  (new here) as are ADVANCE RECEIVED - SLABS RESERVED, PAYMENT RECEIVED - MAAL LOADED, KHANDA LIFTED - CASH
  RECEIVED, PAYMENT RECEIVED - ACCOUNT SQUARED and HISAB CHUKTA - PAID. *settled* (new here): a banking page's
  Transaction executed - credited to receiver's account / Status: Success successes, Sent for approval - not yet
  released to bank pending (keyed, not yet authorised, as heldout191's to heldout218's), Failed - beneficiary account
  inoperative failed; a bulk record's *settled* (new here) Record status: Credited to beneficiary and Status: Paid
  (heldout218) successes, File approved - not yet sent to bank pending (as heldout210's Uploaded - awaiting bank
  processing), Record status: Failed - account closed at beneficiary bank failed; a transfer screen's Paid / Payment
  successful / Transaction successful successes (heldout211); a fee page's Payment successful success, *settled*
  (new here) as are Fee paid successfully, Payment confirmed - receipt generated and Deposit successful, e-GRAS's
  Challan generated - confirmation from bank awaited, do not pay again pending (a challan made, the bank's word not
  yet in, as heldout218's), Payment unsuccessful - amount not received by Nagar Palika failed; an insurer's Premium
  received - policy schedule issued / Payment confirmed - policy active successes, CHEQUE DEPOSITED - COVER STARTS ON
  CLEARANCE pending (as heldout211's cover from realisation), Premium payment unsuccessful - proposal lapsed failed;
  a slip's APPROVED / TXN APPROVED successes, *settled* (new here) as is APPROVED - SIGN NOT REQUIRED, DECLINED - 54
  EXPIRED CARD failed, HOST NOT RESPONDING - CONFIRM WITH BANK BEFORE RETRY pending; a bill's Transaction successful
  success, *settled* (new here) as are Payment completed and Bill paid - receipt sent to registered mobile, Bill
  payment pending - biller confirmation may take up to 72 hours pending, Payment could not be completed - money will
  be refunded to source failed (the payment failed, whatever the refund); an SMS that says the transfer "was BOUNCED
  by the beneficiary bank - amount refunded to your A/c" failed (whatever the refund), one that "is AWAITING
  confirmation from the beneficiary bank - please do not retry" pending, a debit alert a success, whatever its
  bank's wording ("Dear BOB Customer, A/c XX1234 is debited with Rs.x on <day> for <way> to <payee>.", "INR x
  debited from Axis Bank A/c no. XX1234 on <day>. Payee - <payee>; Mode - <way>.", "Rs.x sent from Kotak Bank A/c
  X1234 to <payee> on <day> via <way>.", "YES BANK: Your A/c XX1234 has been debited with INR x on <day> for <way>
  transfer to beneficiary <payee>."); the e-mail's *settled* (new here) Transaction status: Success a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction date, a payer's Payment date / Value date /
  Disbursement date (heldout207's), Advice date / Date of advice (heldout198, heldout206) on the hold and Returned on
  (heldout206) / *settled* (new here) Bounced back on on the bounced one, an inward advice's Credit date (heldout212)
  / Value date / Date of credit, Received on (heldout167) / *settled* (new here) Pending since on the pending one and
  Date of return (heldout207) / *settled* (new here) Remitted back on on the returned one, a receipt's, invoice's or
  voucher's Date / Dated / Receipt date / Invoice date / Voucher date / Paid on, a banking page's Value date /
  Executed on (heldout207) / Transaction date, Submitted on (heldout206) / Created on on the one awaiting approval,
  Failed on / Rejected on, a bulk record's Processed on / Value date, Uploaded on / Submitted on (heldout206,
  heldout210) on the one not yet sent and Failed on / Returned on on the failed one, a fee page's Payment date / Date
  of payment / Receipt date, Transaction date on the failed one, e-GRAS's Date of payment / Challan date (heldout176;
  the Challan date / Initiated on (heldout218) on the pending one), an insurer's Receipt date / Premium paid on /
  Date of receipt, Cheque received on (heldout204) on the cheque in clearing and Transaction date / Attempted on on
  the failed one, a slip's DATE: / TXN DATE: / DATE/TIME: / DT:, Paid on / Transaction date & time (the latter alone
  on a bill not paid), JVVNL's Payment date / Date of payment, the SMS's day, the e-mail alert's Transaction date /
  Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of insurance
  (heldout199), an invoice number's financial year, an e-mail's hour, the day inside a UTR or a Bank CIN
  (heldout210), the days of the bills listed on an advice (heldout218) or the royalty's or the dead rent's year
  (26-27, heldout216); *settled* (new here) never a vehicle's Tax valid up to.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS,
  a payment page's Net banking (heldout215), a bulk record's IMPS / NEFT, a Bharat Connect bill from a Current A/c
  (here in InstaBIZ), a fee, a premium or JVVNL paid by Net banking (e-GRAS's too), an e-mail alert's Channel, an
  SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, a fee's, a
  premium's or a bill's UPI and an SMS's UPI; card on slips, a payment page's debit card, a receipt's Card, a fee, a
  premium or JVVNL paid by Debit card; cheque for a cheque received, returned or dishonoured and a premium paid by
  Cheque (heldout203); cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout219): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI Ref No, UPI Reference No., UPI
  transaction ID, IMPS Ref No., *settled* (new here) YONO SBI's UPI Ref. Number and iMobile Pay's RRN, Cashfree's UTR
  No. and SBIePay's UPI Ref. No. on a UPI payment (as PayU's Bank Ref No., heldout199), a slip's RRN: / RRN NO:
  (heldout200) / REF NO: (heldout203), an SMS's UTR / UPI Ref / IMPS Ref), then a bank reference (an inward advice's
  IRM No. (heldout210) / Inward ref. No. / Our ref. No. (heldout155's Our reference), a banking page's Core banking
  ref. No. (heldout219) / *settled* (new here) Bank reference, SBIePay's Bank Ref. No. on a net-banking payment (as
  heldout215's CCAvenue Bank Ref No.), a fee page's Bank Ref No., e-GRAS's Bank CIN (heldout210), an insurer's Bank
  Ref. No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (PhonePe's and Paytm's own
  Transaction ID, Google Pay's Google transaction ID, Cashfree's CF Payment ID (heldout206), *settled* (new here)
  SBIePay's SBIePay Ref. ID, a bulk record's Transaction ref. No. (heldout218), a fee page's Transaction ID
  (*settled* (new here) the Department of Mines and Geology's, Nagar Palika Ramganj Mandi's and the Labour
  Department's), the Pollution Control Board's Transaction ref. No. (heldout207), an insurer's Transaction ref. No.
  / Payment ID, JVVNL's Transaction ID (as heldout218's JdVVNL), a failed Bharat Connect page's Transaction ID), then
  an approval code (Auth code, a slip's AUTH CODE: / APPR CODE: / AUTH NO: (heldout213)), then an order's number
  (Cashfree's Order ID (heldout213), SBIePay's Merchant order No. (heldout218's BillDesk's)), then a document's own
  number (a payer's Advice No. (heldout204) / Payment voucher No. (heldout210), Receipt No. / Rcpt. No. / Memo No. /
  Rasid No. (heldout216) on a receipt, Invoice No. / Tax Invoice No. / Bill No., *settled* (new here) the diesel
  dealer's Credit memo No. and the transporter's Freight bill No., Voucher No. / Vr. No. / Parchi No. (heldout207), a
  fee page's Receipt No., e-GRAS's GRN (heldout188), *settled* (new here) Vahan's Vahan receipt No., Receipt No. /
  Premium receipt No., JVVNL's Receipt No., a slip's INVOICE NO: / INV NO: / BILL NO:). *settled*: never a UETR,
  MID, TID, BATCH NO, TRACE NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque
  number, Initiated by / Authorised by (heldout210), a Beneficiary nickname (heldout190), a Purpose code, a Shipping
  bill No., an Export invoice No. (heldout218), a PO No. (heldout204), a Vendor code, the bills listed on an advice
  (heldout218), a Vehicle No. (heldout205) or Truck No. (heldout215), a Bilty No. (heldout215), a Registration No. /
  Licence No. / Application No. (heldout203), a Head of account (heldout210), a Khasra No. (heldout216's Khesra No.),
  a Ward No. (heldout216), a Property ID (heldout218), a Policy No. / Proposal No., a consumer number (here K No.
  (heldout218), Account No., Consumer No., Mobile No.), a Worker ID (heldout215), a bulk record's Record No.
  (heldout202) or File name (heldout179), a slip's NOZZLE NO: (heldout207), ROOM NO: (heldout203) or FOLIO NO:
  (heldout211). *settled* (new here): never a Quotation No., a Mining lease No., an e-Rawanna No., a Payee nickname
  or a Tractor No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout220_families import (
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

SPLIT = "heldout220"

# heldout119's faces, with a bold sans and a narrow bold sans beside the screens', a condensed serif and a narrow
# sans beside the pages', a bold mono and a bold serif beside the papers', a condensed serif and a bold serif beside
# the bills' and two bold monos beside the slips'
SCREENS = SCREEN_FACES + ["freefont/FreeSansBold.ttf", "liberation/LiberationSansNarrow-Bold.ttf"]
PAGES = PAGE_FACES + ["dejavu/DejaVuSerifCondensed.ttf", "liberation/LiberationSansNarrow-Regular.ttf"]
PAPERS = PAPER_FACES + ["dejavu/DejaVuSansMono-Bold.ttf", "liberation2/LiberationSerif-Bold.ttf"]
BILLS = BILL_FACES + ["dejavu/DejaVuSerifCondensed.ttf", "liberation2/LiberationSerif-Bold.ttf"]
SLIPS = SLIP_FACES + ["dejavu/DejaVuSansMono-Bold.ttf", "freefont/FreeMonoBold.ttf"]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREENS),
    ("buyer_advices", buyer_advices, PAGES),
    ("export_wires", export_wires, PAGES),
    ("own_receipts", own_receipts, PAPERS),
    ("supplier_invoices", supplier_invoices, BILLS),
    ("vendor_transfers", vendor_transfers, PAGES),
    ("worker_pay", worker_pay, PAPERS),
    ("govt_fees", govt_fees, PAGES),
    ("insurer_receipts", insurer_receipts, PAGES),
    ("card_slips", card_slips, SLIPS),
    ("utility_bills", utility_bills, SCREENS),
    ("bank_alerts", bank_alerts, SCREENS),
]


def make_heldout220_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout220 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

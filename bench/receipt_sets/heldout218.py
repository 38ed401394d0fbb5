"""heldout218: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a bhujia and namkeen maker's day in 2026 in Bikaner, Rajasthan (Motilal Rameshwar Foods
Pvt Ltd, its factory on Plot E-212 of the RIICO Industrial Area at Bichhwal and its two shops in the old city,
Motilal Bhujiawala, at Kote Gate and in Bhujia Bazar by Daga Chowk), told by the proofs of payment it receives
(customers', halwais', caterers' and dealers' UPI screens and the web shop's Paytm Payment Gateway and BillDesk pages,
JioMart's and Swiggy Instamart's settlements, Blinkit's, Zepto's, BigBasket's and DMart's payment advices and a Jaipur
and a Guwahati distributor's, Indian grocery importers' inward wires from New Jersey, Leicester, Dubai, Brampton,
Sydney, Singapore, Auckland and Kuala Lumpur in US dollars, pounds, dirhams, Canadian, Australian, Singapore and New
Zealand dollars and ringgit, the shops' cash memos and wedding order advances, the factory's money receipts from its
distributors and its receipts for used cooking oil sold to a RUCO collector and for empty tins and bags sold to a scrap
dealer, customers' and a trader's cards on the shops' and the factory's terminals) and those it makes (the gram flour
mill's at Sri Ganganagar, the groundnut oil mill's at Nokha, the spice trader's at Unjha, the pouch maker's at Jaipur
and the carton maker's tax invoices, the net-banking transfers to the transporter, the thermic heater servicer, the
fryer maker, the pest controller, the electrical contractor, the food testing lab, the shed builder and the design
studio, the bhujia karigars', packers', papad rollers', loaders', sev machine operators' and halwais' day, kilo and
week vouchers and their bulk and UPI payouts, the Rajasthan State Pollution Control Board's, Nagar Nigam Bikaner's,
RIICO's, the Factories and Boilers Inspection Department's (e-GRAS), Legal Metrology's, the Krishi Upaj Mandi Samiti's
and the Labour Department's pages, the insurers' premium receipts for the factory, the goods in transit, the snacks'
liability, the workers' health, the delivery van, the workers' injuries, the shops' cash and stock and the stock in
the godowns, its card at a filling station, a Delhi hotel during the food fair, a packaging machine spares shop and a
dhaba, JdVVNL's and BkESL's power and the water, broadband, LPG and phone bills, the banks' SMS and e-mail alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields). Faces: heldout119's, with a bold condensed sans beside the screens', a narrow sans
beside the pages', a bold serif beside the bills' and a bold mono beside the papers' and the slips'.

* ``customer_upi``: six UPI app screens (PhonePe, Google Pay, Amazon Pay, Navi, WhatsApp Payments, bob World) paying
  the shop or the company, and the web shop's two payment pages (Paytm Payment Gateway, BillDesk) in a browser.
* ``market_payouts``: JioMart's and Swiggy Instamart's settlement pages, Blinkit's, Zepto's and a Guwahati
  distributor's payment advice e-mails, BigBasket's and a Jaipur distributor's printed PAYMENT ADVICE / REMITTANCE
  ADVICE and DMart's vendor portal page.
* ``export_wires``: eight banks' inward remittance advices (State Bank of India, ICICI Bank, Bank of Baroda, HDFC
  Bank, Punjab National Bank, Axis Bank, AU Small Finance Bank, IDFC FIRST Bank; browser, e-mail, printed ADVICE OF
  FOREIGN INWARD REMITTANCE / Export proceeds - inward credit advice / SWIFT MT103 - credit advice).
* ``own_receipts``: the shops' CASH MEMO / CASH MEMO - RECEIPT / ADVANCE RECEIPT - SHAADI ORDER / BOOKING RECEIPT -
  WEDDING ORDER and the factory's MONEY RECEIPT / PAYMENT RECEIPT / RECEIPT - SALE OF USED COOKING OIL (RUCO) /
  RECEIPT - SCRAP SALE (EMPTY TINS AND BAGS) (paper, rubber stamp), and the shop's and the accounts desk's Payment
  acknowledgement e-mails.
* ``supplier_invoices``: the gram flour mill's, the oil mill's, the spice trader's, the pouch maker's and the carton
  maker's TAX INVOICE / TAX INVOICE - BUYER'S COPY / GST TAX INVOICE with the payment block and a rubber stamp (paper,
  serif).
* ``vendor_transfers``: corporate net banking's transaction pages (PNB Corporate Internet Banking, AU Business
  NetBanking, OnlineSBI Corporate).
* ``worker_pay``: printed DAILY WAGE VOUCHER - BHUJIA SECTION / DIHADI PAYMENT VOUCHER / KILO RATE PAYMENT SLIP -
  PACKING HALL / PIECE RATE VOUCHER - PACKING (PER KG) / PAPAD BELAN MAZDOORI - KILO RATE SLIP / HOME WORKER PAYMENT
  VOUCHER - PAPAD / WEEKLY WAGE VOUCHER - HALWAI / HAFTA PAYMENT VOUCHER, AU Business NetBanking's bulk payment
  records and a PhonePe and a Paytm screen.
* ``govt_fees``: the Rajasthan State Pollution Control Board's consent fee page, Nagar Nigam Bikaner's UD tax and
  trade licence pages, RIICO's service charges page, e-GRAS Rajasthan's challan for the factory licence, Legal
  Metrology's verification fee, the Krishi Upaj Mandi Samiti's mandi fee and the Labour Department's construction
  workers' cess (browser).
* ``insurer_receipts``: SBI General's, National Insurance's, IFFCO-TOKIO's, Care Health's, Cholamandalam MS's, Go
  Digit's, Universal Sompo's and Reliance General's premium receipts (browser, e-mail, printed).
* ``card_slips``: card terminal slips (monospace), the dhaba's with a tip.
* ``utility_bills``: Bharat Connect in banking (bob World, AU 0101) and UPI apps (Google Pay, PhonePe, Paytm, Amazon
  Pay) and JdVVNL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (AU Small Finance Bank, Union Bank of India,
  Rajasthan Marudhara Gramin Bank, IDFC FIRST Bank) and two e-mail debit alerts.

The families' docstrings list each layout's labels.

Truth conventions (heldout215's, heldout212's, heldout211's, heldout210's, heldout207's, heldout206's, heldout203's,
heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Payment to / Paying to (heldout206), *settled* (new here) or Payee name (bob World's) (here the shop, Motilal
  Bhujiawala or MOTILAL BHUJIAWALA, or the company, full, capital or short as printed), never the UPI ID or the app,
  nor the Banking name line under the UPI ID (heldout207) or *settled* (new here) a Legal name line there; a payment
  page's payee on top (here the company or the shop, as printed), never Customer name (heldout204), *settled* (new
  here) Billed to (the customer, on a payment page), the Ship to (heldout212), the Items or the gateway's footer
  (*settled* (new here) Paytm Payment Gateway, BillDesk). *settled* (heldout156, heldout162, heldout207, heldout212): a
  marketplace's settlement pays the seller under Seller name / Payee (seller) (heldout212), *settled* (new here) or
  Registered seller (the company, full, capital or short as printed), never the panel on top (*settled* (new here)
  JioMart, Swiggy Instamart), its desk line, the Seller ID (heldout212) or the orders listed. *settled* (heldout167,
  heldout175, heldout179, heldout186, heldout202 to heldout207, heldout210, heldout212): a payer's payment advice
  (here a quick-commerce buyer's, a supermarket chain's or a distributor's) pays the company under its payee label,
  Vendor name (heldout212) / Supplier (heldout207), *settled* (new here) or Vendor / Remit to / Supplier name / Paid
  to (supplier) / Vendor (remittee) / Supplier (payee), and a distributor's Party / Paid to (principal) (the
  company, whose goods it distributes), never the payer on top (Blinkit, Zepto, BigBasket, DMart, Shree Shyam
  Distributors, Brahmaputra Foods Agencies), its line (Blink Commerce Pvt Ltd, Supermarket Grocery Supplies Pvt Ltd,
  Avenue Supermarts Ltd), the Vendor code, the PO No. or *settled* (new here) the GRN No. *settled* (heldout155,
  heldout167, heldout190, heldout203, heldout207, heldout210, heldout211, heldout212): a bank's inward remittance
  advice pays the company under Beneficiary name, *settled* (new here) or Beneficiary customer / Exporter
  (beneficiary), never the bank on top, its trade desk line, the Ordering customer (heldout167) / Remitter (importer)
  (heldout210) / *settled* (new here) By order of (the importer abroad) or the Remitting bank (heldout212) /
  *settled* (new here) Sender's correspondent. *settled* (heldout175, heldout179, heldout186, heldout202 to
  heldout207, heldout210, heldout211, heldout212): the shop's receipt pays its trade name on top (heldout207's
  showroom: here Motilal Bhujiawala, capitals where so printed), never the "A unit of" company line under it
  (heldout190), and the factory's receipt the company on top (full, capital or short as printed, as heldout212's
  karkhana); never the party under Customer / Received from / Sold to (heldout212) / *settled* (new here) Party, the
  signature line or the rubber stamp; *settled* (new here) the factory's receipts for used cooking oil sold to a
  RUCO collector and for empty tins and bags sold to a scrap dealer alike (the company, never the buyer, as
  heldout210's fents sold to the recyclers); the shop's and the accounts desk's e-mails likewise. A supplier's name
  on top of its own paper (capitals where so printed), never M/s the company under Billed to (heldout207) / Buyer's
  name (heldout212) / *settled* (new here) Receiver (billed to) / Consignee (bill to), nor *settled* (new here) the
  Broker or the Transporter. *settled* (heldout179, heldout186, heldout202, heldout203, heldout207, heldout211,
  heldout212): a corporate banking page pays the payee under *settled* (new here) Beneficiary / Pay to / Credit party
  name, never the portal (*settled* (new here) PNB Corporate Internet Banking, AU Business NetBanking, OnlineSBI
  Corporate), the bank line, the Debit account or the Beneficiary nickname (heldout190). *settled* (heldout150,
  heldout161, heldout179, heldout186, heldout202 to heldout207, heldout210, heldout212, heldout215): a wage voucher
  pays the worker under Paid to (karigar) (heldout207), *settled* (new here) or Worker's name / Paid to (mazdoor) /
  Name of packer / Home worker / Paid to (belan worker), never the company on top, the factory's line under it, the
  Worker ID (heldout215), the Section or *settled* (new here) the Labour contractor / Mate / Thekedar; a bulk record
  the Beneficiary name (heldout206), *settled* (new here) or Bene name, never the portal on top (here AU Business
  NetBanking), the Debit account or the File name; a transfer screen the payee under Paid to / To / Paying to.
  *settled* (heldout153, heldout167, heldout202, heldout203, heldout206, heldout207, heldout210, heldout211,
  heldout212, new here for Rajasthan): a fee page pays the authority on top as printed: *settled* (new here)
  Rajasthan State Pollution Control Board / RAJASTHAN STATE POLLUTION CONTROL BOARD / RSPCB; Nagar Nigam Bikaner /
  NAGAR NIGAM BIKANER / Municipal Corporation Bikaner; RIICO / RIICO Ltd, never the line under it that spells the
  corporation's full name; e-GRAS Rajasthan's challan the department on top (Factories and Boilers Inspection
  Department, Rajasthan / Department of Factories and Boilers Inspection, as heldout210's e-GRAS Haryana), never the
  e-GRAS line, the Remitter name (heldout210), the Office or the Purpose; Legal Metrology Department, Rajasthan
  (capitals where so printed); Krishi Upaj Mandi Samiti, Bikaner (capitals where so printed, an APMC as
  heldout215's); Labour Department, Rajasthan / Labour and Employment Department, Rajasthan (for the construction
  workers' cess); never the line under it (the Environment Department, the Local Self Government Department, the
  Finance Department, the Department of Consumer Affairs, the Rajasthan State Agricultural Marketing Board, the
  Welfare Cess line), the Owner name (heldout211), the Name of licensee (heldout211), the Trade name (heldout211) or
  *settled* (new here) the Name of the industry, the Allottee, the Name of the user, the Licensee or the Name of
  employer. *settled* (heldout199, heldout202, heldout203, heldout206, heldout210, heldout211, heldout212): an
  insurer's premium receipt pays the insurer on top (its full name, capitals where so printed), never the product
  line, the office line or the Insured (heldout210) / *settled* (new here) Name of proposer / Policyholder name (the
  company). A slip's counter name line in capitals (here the shops, MOTILAL BHUJIAWALA, on three, the company's
  MOTILAL RAMESHWAR FOODS at the factory on one, a filling station, a Delhi hotel, a packaging machine spares shop and
  a dhaba on the rest), never the terminal's bank or brand (STATE BANK OF INDIA, PUNJAB NATIONAL BANK, INDIANOIL, AU
  SMALL FINANCE BANK, HDFC BANK, PAYTM, BANK OF BARODA, PHONEPE) or the place line. A Bharat Connect page's biller
  under Biller name / Operator (heldout206, heldout212), *settled* (new here) or Utility / Paid to (biller) (short or
  long as printed), never the app (*settled* (new here) here also bob World and AU 0101), Bharat Connect or the
  Consumer name / *settled* (new here) Name as per bill; *settled* (new here) JdVVNL's own receipt page the Nigam on
  top (JdVVNL, Jodhpur Vidyut Vitran Nigam Ltd or capitals as printed, as heldout210's UHBVN), never the Government of
  Rajasthan undertaking line, the Sub division or the Consumer name. An SMS alert's payee as the bank sends it ("to
  GANGANAGAR BESAN UDY": *settled*, the truncated name as printed), *settled* (new here) AU Bank's "via <way> to
  <payee>", Union Bank's "by <way> transfer to <payee>", RMGB's "paid to <payee> by <way>" and IDFC FIRST Bank's
  "Payee: <payee> (<way>)", never the bank or the sender id; the e-mail alert's Beneficiary name (heldout210),
  *settled* (new here) or Paid to (beneficiary), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout156, heldout162, heldout207, heldout212): a marketplace's net sum after its fees, the GST on them, TCS
  under GST and TDS u/s 194-O, Net payout (heldout211), *settled* (new here) or Net settlement amount / Amount settled
  to bank, never the Gross sales (heldout212), an order's sum, a fee (Less: Commission @ n%, Less: Shipping fee
  (heldout212), *settled* (new here) Less: Fixed fee), the Less: GST on fees @ 18%, the TCS or the TDS. *settled*
  (heldout152, heldout186, heldout202, heldout203, heldout207, heldout210, heldout212): a payer's advice counts its
  net sum, Net amount paid / Amount released (heldout210), *settled* (new here) or Net paid, Net amount to be released
  on the hold (heldout210) and Net amount (heldout210) / Net payment (heldout212) on the return (the Bills total /
  Gross amount of bills (heldout212) less TDS u/s 194Q @ 0.1% and *settled* (new here) a Less: Debit note - n leaked
  packets / Less: Near-expiry stock returned - n packs / Less: Short supply against PO - n packs / Less: Listing fee
  (new SKU) / Less: Scheme claim - display incentive), never a bill's sum or the Bills total. *settled* (heldout155,
  heldout167, heldout190, heldout203, heldout207, heldout210, heldout211, heldout212, heldout215): an inward wire's
  foreign sum, Instructed amount (heldout190), *settled* (new here) or Amount in foreign currency / Remitted amount
  (FCY), in US dollars, pounds, UAE dirhams (AED, heldout205), Canadian dollars (CAD, C$, heldout207), Australian
  dollars (AUD, A$, heldout202), Singapore dollars (SGD, S$, heldout207), New Zealand dollars (NZD, NZ$, heldout215)
  and *settled* (new here for an inward wire) Malaysian ringgit (MYR or RM) as MYR, never the INR value, *settled*
  (new here) the Less: Bank charges incl. GST or the Net amount credited (INR); its Rate applied (1 MYR = INR 19.97)
  is no sum. *settled* (heldout175, heldout179, heldout186, heldout190, heldout202 to heldout207, heldout210,
  heldout211, heldout212): a receipt counts the sum received even where it is part of the order, Received by UPI /
  Received by NEFT / Cash received / Received in cash / Advance received / Cheque amount / Cheque for / Paid by card
  (swipe) (heldout212), *settled* (new here) or Paid by UPI QR / NEFT received / Card payment (EDC), never the Bill
  amount / Total / Order value (incl. GST) where less was received, the snacks' lines, the GST, the Balance payable on
  delivery (heldout210) or *settled* (new here) the Outstanding before this receipt; *settled* (new here) a receipt
  for used cooking oil or scrap counts the kilos or pieces x rate with the GST as printed (the Total, received in
  full, as heldout210's fent sale). *settled* (heldout187, heldout191, heldout202 to heldout207, heldout210,
  heldout211, heldout212, heldout215): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance (peshgi) received) the Balance received by RTGS / NEFT, else *settled* (new
  here) Paid through RTGS / NEFT, RTGS / NEFT payment received, UPI payment credited or Paid by UPI (the rounded
  Invoice total with GST), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A
  banking page's Payment amount (heldout211), *settled* (new here) or Txn amount (INR) / Amount remitted. *settled*
  (heldout167, heldout202 to heldout207, heldout210, heldout211, heldout212, heldout215): a wage voucher's net sum,
  Net mazdoori paid (heldout212), *settled* (new here) or Net payable to worker / Amount handed over (the Days worked
  n x rate plus Add: Overtime n h x rate or Add: Sunday double shift, the Packed n kg x rate plus Add: Attendance
  bonus, or the Papad rolled n kg x rate less Less: Rejected papad n kg @ rate, less Less: Advance (peshgi)
  recovered (heldout215) / *settled* (new here) Less: Tea and canteen / Less: ESI @ 0.75%), never the Gross mazdoori
  (heldout207), a line or a deduction; a screen's sum large; a bulk record's Amount (heldout206), *settled* (new
  here) or Credit amount. *settled* (new here): the Pollution Control Board's Total fee paid (the CTO fees under the
  Water Act and the Air Act, as heldout211's Committee's), never a head; Nagar Nigam Bikaner's Total amount / Amount
  paid / Amount (the UD tax 2026-27 (commercial) and the Arrears less the Less: Rebate @ 10% (paid by 30 June) where
  printed, or the Trade licence fee, the Signboard fee and the Sanitation charges), never a head or the rebate;
  RIICO's Total amount paid / Amount deposited (the Service charges and the Economic rent), never a head; e-GRAS's
  Total amount / Challan amount (heldout188, heldout210) (the Licence renewal fee and the Boiler registration renewal
  fee), never a fee line; Legal Metrology's Total verification fee (heldout215), never a scales line; the Mandi
  Samiti's Total amount paid (the Mandi shulk @ 1.60% and the Krishak kalyan fee @ 0.50%), never a head or the
  Purchase value; the Labour Department's Total cess paid (the Cess @ 1%, the same sum), never the Cost of
  construction. *settled* (heldout199, heldout202 to heldout207, heldout210, heldout211, heldout212, heldout215): an
  insurer's premium with its GST, Premium collected (incl. GST) (heldout215), *settled* (new here) or Total premium
  (incl. GST) received / Premium remitted, the Cheque amount / Premium amount (incl. GST) (heldout212) on the cheque
  not yet realised, Premium payable / Total premium due (heldout210) on the failed one, never the Basic premium, an
  add-on or the GST, nor the Own damage premium, the Third party premium, the IDV, the Sum insured (building, plant
  and stock), the Annual turnover in transit or the Estimated annual wages (heldout215), the Limit of indemnity
  (heldout211), the Lives covered, the Money in transit limit, the Sum insured (stock) (heldout212) or *settled* (new
  here) the Sum insured (stock in shops). A slip's AMOUNT: (heldout203), *settled* (new here) or SALE TOTAL: / AMOUNT
  (RS):, never the RATE: or the VOLUME(L):; a tipped slip's TOTAL: (the base with the tip, heldout176, heldout212),
  never the BASE AMOUNT: or the TIP: (heldout212). A Bharat Connect page's sum large; JdVVNL's Amount paid
  (heldout210's UHBVN), *settled* (new here) or Amount deposited. An alert's sum debited (*settled* (new here) AU
  Bank's "INR x debited", Union Bank's "Debited for Rs:x", RMGB's "debited Rs.x", IDFC FIRST Bank's "is debited INR
  x"; the e-mail's Transaction amount (heldout206), *settled* (new here) or Debit amount), never the Avl Bal. Currency
  INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid (heldout211) successes, *settled* (new here) as is
  Payment complete, Payment pending - confirmation from bank awaited, check after 30 minutes pending, Payment
  declined - incorrect UPI PIN entered failed; a payment page's Transaction successful (heldout215) success,
  *settled* (new here) as are Your payment was successful and Order placed - payment received. *settled* (new here):
  a settlement's or advice's Settlement completed / Payment released to your bank account / Status: Paid to vendor
  successes, Payment on hold - invoice quantity does not match GRN pending (a payer's hold, as heldout198's to
  heldout215's), Payment returned - beneficiary account frozen at bank failed. *settled* (new here): an inward
  advice's Export proceeds credited to your account / Status: Realised - IRM reported to EDPMS successes, Parked -
  EDPMS mapping of shipping bill awaited from exporter pending, Returned to remitter's bank - beneficiary account
  under KYC freeze failed. *settled* (heldout167, heldout179, heldout190, heldout203, heldout207, heldout210 to
  heldout215): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  RECEIVED - DISPATCH ON CLEARANCE and CHEQUE RECEIVED - CREDIT AFTER CLEARING pending, CHEQUE RETURNED - FUNDS
  INSUFFICIENT, SUPPLY STOPPED and CHEQUE BOUNCED - PAYMENT STILL DUE failed; RECEIVED WITH THANKS, PAID, PAID BY RTGS
  / NEFT / UPI and PAID - THUMB IMPRESSION TAKEN (heldout207) successes, *settled* (new here) as are PAID -
  DHANYAVAAD, PHIR PADHAREN, ADVANCE RECEIVED - SHAADI ORDER CONFIRMED, PAYMENT RECEIVED - ACCOUNT UPDATED, OIL
  LIFTED - PAYMENT RECEIVED, SCRAP SOLD - CASH RECEIVED, PAYMENT RECEIVED - NO DUES and MAZDOORI PAID IN FULL.
  *settled* (new here): a banking page's Payment processed - credited to beneficiary / Status: Executed successes,
  Pending for authorisation - checker action required pending (keyed, not yet authorised, as heldout191's to
  heldout215's), Returned by beneficiary bank - account frozen failed; a bulk record's Record processed - credited /
  Status: Paid successes, Awaiting authoriser - file not yet released to bank pending (as heldout210's Uploaded -
  awaiting bank processing); a transfer screen's Payment successful / Paid / Transaction successful successes
  (heldout211), *settled* (new here) Payment failed - recipient's UPI ID is inactive failed; a fee page's Payment
  successful successes, *settled* (new here) as are Fee deposited, Payment received - e-receipt issued and
  Transaction completed, e-GRAS's GRN generated - payment confirmation awaited from bank pending (a challan made, the
  bank's word not yet in), Transaction failed - UD tax not credited to Nagar Nigam account failed; an insurer's
  Premium collected - cover confirmed / Payment received - policy copy e-mailed successes, CHEQUE RECEIVED - RISK
  INCEPTS ON CLEARANCE pending (as heldout211's cover from realisation), Transaction declined - premium not
  collected, cover not in force failed; a slip's APPROVED successes, *settled* (new here) as are TRANSACTION APPROVED
  and APPROVED - PIN VERIFIED, DECLINED - 55 INCORRECT PIN failed, NO REPLY FROM ISSUER - VERIFY BEFORE RE-SWIPE
  pending; a bill's Bill paid (heldout215) success, *settled* (new here) as are Bill payment confirmed and Payment
  done, Awaiting biller confirmation - do not pay again for 48 hours pending, Payment unsuccessful - amount debited
  will be refunded in 3-5 days failed (the payment failed, whatever the refund); an SMS that says the transfer "was
  REJECTED by the beneficiary bank and the amount reversed to your A/c" failed (whatever the reversal), one that "is
  ON HOLD at the beneficiary bank - do not re-initiate, status will be updated" pending, a debit alert a success,
  whatever its bank's wording ("INR x debited from AU Bank A/c XX1234 on <day> via <way> to <payee>.", "A/c *1234
  Debited for Rs:x on <day> by <way> transfer to <payee>.", "RMGB: A/c XX1234 debited Rs.x on <day>; paid to <payee>
  by <way>.", "Your A/C XXXXXXX1234 is debited INR x on <day>. Payee: <payee> (<way>)."); the e-mail's Status:
  Successful (heldout211) and *settled* (new here) Transaction status: Completed successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Transaction date / Paid on / Payment date, a settlement's or advice's Payment date /
  Paid on / Value date, *settled* (new here) Settlement date, the held one's Advice date / Date of advice
  (heldout198, heldout206) and Returned on / Date of return on the returned one, an inward advice's Value date /
  Credited on, *settled* (new here) Date of realisation, the parked one's Received on (heldout206) / *settled* (new
  here) Parked on and Returned on / Date of return on the returned one, a receipt's, invoice's or voucher's Date /
  Dated / Receipt date / Invoice date / Voucher date, a banking page's Value date / Executed on (heldout215),
  *settled* (new here) Payment date, Entered on (heldout204) / Created on on the one awaiting its authoriser, Failed
  on / Returned on, a bulk record's Processed on / Value date, Uploaded on / Submitted on (heldout206, heldout210) on
  the one not yet released, a fee page's Payment date / Date of payment / Receipt date / Transaction date, e-GRAS's
  Challan date (heldout176) / Date of payment and *settled* (new here) Initiated on on the pending challan, an
  insurer's Receipt date / Premium paid on / Date of receipt, Cheque received on (heldout204) on the cheque in
  clearing and Transaction date / Attempted on on the failed one, a slip's DATE: / DATE/TIME: / *settled* (new here)
  TXN DT:, Paid on / Transaction date & time (the latter alone on a bill not paid), JdVVNL's Payment date / Date of
  payment, the SMS's day, the e-mail alert's Transaction date / Value date). *settled*: never a Bill month, a Due
  date, a Cheque date (heldout198), a Period of insurance (heldout199), an invoice number's financial year, an
  e-mail's hour, a Bharat Connect page's Bill date (heldout215) or the day inside a UTR or a Bank CIN (heldout210);
  *settled* (new here) never a wedding order's Delivery on, a Shipping bill No. and date or a voucher's Wage week.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a settlement's or
  advice's NEFT / RTGS, a payment page's Net banking (heldout215), a bulk record's IMPS / NEFT, a Bharat Connect bill
  from a Current A/c (here in bob World and AU 0101), a fee, a premium or JdVVNL paid by Net banking (e-GRAS's too),
  an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a
  voucher's, an invoice's, a fee's, a premium's or a bill's UPI and an SMS's UPI; card on slips, a payment page's
  debit card, a receipt's Card, a fee, a premium or JdVVNL paid by Debit card; cheque for a cheque received,
  returned or bounced and a premium paid by Cheque; cash for a cash receipt, memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout215): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UTR, UTR No., IMPS Ref No., Razorpay's
  UPI RRN (heldout199) and *settled* (new here) bob World's RRN / UPI RRN, Amazon Pay's Bank Reference ID and Navi's
  UPI Ref. ID, *settled* (new here) the Paytm Payment Gateway's Bank Transaction ID and BillDesk's Bank reference No.
  on a UPI payment (as PayU's Bank Ref No., heldout199), a slip's RRN: / RRN NO: (heldout200) / *settled* (new here)
  RRN NUMBER:, an SMS's UTR / UPI Ref / IMPS Ref), then a bank reference (an inward advice's IRM No. / Inward ref.
  No. (heldout190, heldout207) / *settled* (new here) Transaction reference (bank), a banking page's *settled* (new
  here) Journal No. / Txn ref. No., the gateway's Bank Transaction ID / Bank reference No. on a net-banking payment
  (as heldout215's CCAvenue Bank Ref No.), a fee page's Bank Ref No., e-GRAS's Bank CIN (heldout210), an insurer's
  Bank Ref. No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (PhonePe's and Amazon Pay's
  own Transaction ID (heldout215), Google Pay's Google transaction ID, *settled* (new here) the Paytm Payment
  Gateway's Transaction ID and BillDesk's BillDesk Txn ID, a marketplace's Settlement ID (heldout176), *settled* (new
  here) a bulk record's Transaction ref. No., a fee page's Transaction ID (*settled* (new here) the Pollution Control
  Board's, Nagar Nigam Bikaner's, RIICO's, Legal Metrology's, the Mandi Samiti's and the Labour Department's), an
  insurer's Transaction ref. No. / Payment ID, JdVVNL's Transaction ID (as heldout210's UHBVN), a failed Bharat
  Connect page's Transaction ID), then an approval code (Auth code, a slip's AUTH CODE:, *settled* (new here) APPR
  NO: / AUTH NO:), then an order's number (*settled* (new here) the Paytm Payment Gateway's Order ID and BillDesk's
  Merchant order No., as PayU's Merchant txn ID, heldout203), then a document's own number (a payer's Payment
  document No. (heldout207) / Advice No. (heldout204) / Payment voucher No. (heldout210), Receipt No. / Rcpt. No. /
  M.R. No. / Memo No. on a receipt, Invoice No. / Inv. No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No. /
  Slip No. (heldout210), a fee page's Receipt No., e-GRAS's GRN (heldout188), Receipt No. / Premium receipt No.,
  JdVVNL's Receipt No., a slip's INV NO: / BILL NO: / *settled* (new here) INVOICE:). *settled*: never a UETR, MID,
  TID, BATCH NO, TRACE NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number,
  Maker / Authoriser (heldout215), a Beneficiary nickname (heldout190), a Purpose code, a Shipping bill No., a PO No.,
  a Vendor code, an E-way bill No., a Vehicle No. (heldout205), a Registration No. / Licence No. / Application No.
  (heldout203), a Policy No. / Proposal No., a Property ID, a consumer number (here K No., Consumer No., Account No.,
  Mobile No.), a Worker ID, a Bilty No. / GR No. (heldout215), a bulk record's Record No. (heldout202) or File name
  (heldout179), a slip's PUMP NO: or ROOM NO:. *settled* (new here): never a Seller ID, the orders or bills listed on
  a settlement or advice (the Against bills on a money receipt too), a goods receipt's GRN No. on an advice (e-GRAS's
  GRN is the challan's own number), an Export invoice No. or a Plot No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout218_families import (
    bank_alerts,
    card_slips,
    compose,
    customer_upi,
    export_wires,
    govt_fees,
    insurer_receipts,
    market_payouts,
    own_receipts,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout218"

# heldout119's faces, with a bold condensed sans beside the screens', a narrow sans and a bold serif beside the
# pages' and bills', and a bold mono beside the papers' and slips'
SCREENS = SCREEN_FACES + ["dejavu/DejaVuSansCondensed-Bold.ttf"]
PAGES = PAGE_FACES + ["liberation/LiberationSansNarrow-Regular.ttf"]
PAPERS = PAPER_FACES + ["liberation/LiberationMono-Bold.ttf"]
BILLS = BILL_FACES + ["freefont/FreeSerifBold.ttf"]
SLIPS = SLIP_FACES + ["liberation/LiberationMono-Bold.ttf"]

FAMILIES: list[Family] = [
    ("customer_upi", customer_upi, SCREENS),
    ("market_payouts", market_payouts, PAGES),
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


def make_heldout218_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout218 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

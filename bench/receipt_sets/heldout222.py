"""heldout222: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a hand tools forging and finishing unit's day in 2026 in Jalandhar, Punjab (Bhogal Forge
& Tools Pvt Ltd, its forging and machining unit with its drop hammers, trimming presses and coal hearths at E-118,
Industrial Focal Point, its grinding, plating and packing unit in the Dada Colony industrial area and its trade
counter, Ironhand Tools Depot, in the Iron Market on G.T. Road, selling its spanners, pliers and hammers under the
Ironhand name), told by the proofs of payment it receives (hardware shops', mechanics' and workshops' UPI screens
and the depot's Instamojo and CCAvenue pages, hardware distributors' payment advices from Jaipur, Mumbai,
Secunderabad, Delhi, Kolkata and Ahmedabad and Moglix's and a tools e-retailer's supplier portal advices, importers'
inward wires from Britain, Germany, the UAE, the US, South Africa, Canada, the Netherlands and Kenya in pounds,
euros, UAE dirhams, US dollars, South African rand and Canadian dollars, its own money receipts, counter memos and
receipts for the forging scale and end cuttings sold as scrap, cards on the depot's and the forge's terminals) and
those it makes (the alloy steel re-roller's, the coal merchant's, the plating chemist's, the carton maker's and the
grip maker's tax invoices, the net-banking transfers to the heat treater, the die sinker, the shot blaster, the
carrier, the power hammer repairer, the compressor servicer, the testing lab and the chrome plater, the forgers',
hammer men's, grinders', platers', polishers' and packers' piece rate vouchers, Paytm for Business payouts and a
PhonePe and a Paytm screen, PSIEC's, Municipal Corporation Jalandhar's, the Punjab Pollution Control Board's, the
Punjab Labour Welfare Board's, the Directorate of Factories', the Excise and Taxation Department's and the Punjab
Fire and Emergency Services' pages, insurers' premium receipts for the forge shed and stock, the finished goods
store, the dispatches, the hammers and presses, the workers, the product liability abroad, the employees'
compensation and the cash drawn for piece wages, its card at a highway fuel station, an abrasives shop, a Delhi
hotel and a dhaba, PSPCL's power and the broadband, gas, phone and landline bills, the bank's SMS and e-mail
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id
and one no day (truth None for those fields).

* ``trade_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, Amazon Pay, Navi, super.money) paying the depot or
  the company and two of the depot's payment pages (Instamojo, CCAvenue) in a browser.
* ``distributor_advices``: hardware distributors' payment advice e-mails and printed PAYMENT ADVICE / REMITTANCE
  ADVICE - HAND TOOLS / VENDOR PAYMENT ADVICE, and the supplier portal pages of Moglix and of a tools e-retailer
  (Toolkart).
* ``importer_wires``: eight banks' inward remittance advices for export proceeds (browser, e-mail, printed INWARD
  REMITTANCE - EXPORT PROCEEDS / Credit advice - foreign inward remittance / Advice of SWIFT inward credit (MT103)).
* ``own_receipts``: the company's own MONEY RECEIPT / ADVANCE RECEIPT - ORDER BOOKING / RECEIPT - SCRAP SALE and the
  depot's CASH MEMO - TRADE COUNTER (paper, rubber stamp), and two of the accounts desk's acknowledgement e-mails.
* ``supplier_invoices``: the suppliers' TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / GST INVOICE with the
  payment block and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (PNB Corporate Internet Banking, InstaBIZ, Capital
  Bank Corporate Net Banking).
* ``worker_pay``: printed PIECE RATE WAGE SLIP - FORGING SHOP / WEEKLY PIECE WORK VOUCHER - HAMMER SHOP / PIECE WORK
  PAYMENT VOUCHER - GRINDING / PLATING / KARIGAR PIECE RATE VOUCHER / PACKING SECTION - PIECE RATE VOUCHER, Paytm
  for Business payout pages, a PhonePe and a Paytm screen.
* ``govt_fees``: PSIEC's estate maintenance receipt, Municipal Corporation Jalandhar's property tax and trade
  licence pages (mSeva Punjab), the Punjab Pollution Control Board's consent fee page, the Directorate of Factories'
  licence renewal page and the Punjab Fire and Emergency Services' NOC page (Invest Punjab - Business First), the
  Punjab Labour Welfare Board's contribution receipt and the Excise and Taxation Department's Punjab State
  Development Tax challan (browser).
* ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed at the branch).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in banking (PNB One, InstaBIZ) and UPI apps (PhonePe, Paytm, Google Pay, Amazon
  Pay) and PSPCL's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (Punjab National Bank, Punjab & Sind Bank,
  Capital Small Finance Bank, Punjab Gramin Bank) and two e-mail debit alerts. The families' docstrings list each
  layout's labels.

Truth conventions (heldout211's, heldout210's, heldout207's, heldout206's, heldout203's, heldout202's, heldout199's,
heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to / Transferred to (heldout202) (here the depot, Ironhand Tools Depot or IRONHAND TOOLS DEPOT,
  or the company's BHOGAL FORGE & TOOLS PVT LTD or Bhogal Forge & Tools, as printed), never the UPI ID, the app or
  the Banking name line under the UPI ID (heldout207); a payment page's payee on top (here the depot or the company,
  as printed), never Payer name (heldout208) / Paid by / Billing name (heldout212) / Customer name (heldout204), the
  Order note / Purpose or the gateway's footer (Instamojo (heldout207), CCAvenue (heldout193)). *settled*
  (heldout167, heldout175, heldout179, heldout186, heldout202 to heldout207, heldout210): a payer's payment advice
  (here a hardware distributor's, Moglix's or a tools e-retailer's) pays the company under its payee label, Vendor
  name (heldout207) / Supplier (payee) (heldout203), *settled* (new here) or Paid to vendor, never the payer on top,
  its desk line, the Vendor ID (heldout197) / Supplier code (heldout210), the PO No. (heldout204) or the Beneficiary
  A/c. *settled* (heldout155, heldout167, heldout190, heldout203, heldout207, heldout210, heldout211): a bank's
  inward remittance advice pays the company under Beneficiary customer (heldout207) / Name of beneficiary
  (heldout210), *settled* (new here) or Payee (exporter), never the bank on top, its forex desk line, the Remitter
  (buyer abroad) / *settled* (new here) By order of (the importer) or the Remitting bank (heldout208) / Ordering
  bank (heldout205). *settled* (heldout175, heldout179, heldout190, heldout203, heldout207, heldout210, heldout211):
  the company's own receipt pays the company on top (its full, capital or short name as printed) or the depot's
  trade name where that is on top (here Ironhand Tools Depot, as heldout210's outlet), never the party under
  Received from / Party (heldout202) / Received with thanks from (heldout210), the goods' line or the rubber stamp;
  *settled* (heldout210's fents) a receipt for forging scale or end cuttings sold as scrap to a scrap dealer or a
  re-roller alike (the company, never the buyer of the scrap); the accounts desk's e-mail likewise. A supplier's
  name on top of its own paper (capitals where so printed), never M/s the company under *settled* (new here)
  Consignee / Buyer / Bill to party / Customer (buyer), nor the company's unit under Delivery at. *settled*
  (heldout179, heldout186, heldout191, heldout202 to heldout207, heldout210, heldout211): a corporate banking page
  pays the payee under Beneficiary name, Beneficiary account name (heldout209) / Name of payee (heldout189), never
  the portal (PNB Corporate Internet Banking, InstaBIZ, Capital Bank Corporate Net Banking), the bank line, the
  Account debited (as the Debit account) or the Beneficiary ID (heldout199). *settled* (heldout150, heldout161,
  heldout179, heldout202 to heldout207, heldout210, heldout211): a piece rate voucher pays the worker under Name of
  worker (heldout179) / Karigar (heldout202) / Paid to (karigar) (heldout207), *settled* (new here) or Worker's
  name, never the company on top, the unit line, the Token No. (heldout202), the Section or the Wage week; Paytm for
  Business's payout page the Beneficiary name / Beneficiary (as heldout215's Paytm Payouts), never Paytm for
  Business on top, the company's Payouts line or the Bank account / VPA; a transfer screen the payee under Paid to /
  To. *settled* (heldout153, heldout167, heldout179, heldout199, heldout202, heldout210, heldout211, new here for
  Jalandhar): a fee page pays the authority on top as printed: *settled* (new here) Punjab Small Industries & Export
  Corporation Ltd / PSIEC (capitals where so printed); Municipal Corporation Jalandhar / MUNICIPAL CORPORATION
  JALANDHAR / Nagar Nigam Jalandhar (as heldout202's Municipal Corporation Ludhiana); the Punjab Pollution Control
  Board / PPCB (capitals where so printed, heldout202); the Punjab Labour Welfare Board (capitals where so printed,
  as heldout210's Haryana board); the Directorate of Factories, Punjab (capitals where so printed); the Department
  of Excise and Taxation, Punjab (capitals where so printed, heldout143's Excise and Taxation Department); the
  Punjab Fire and Emergency Services / PUNJAB FIRE & EMERGENCY SERVICES; never the line under it (the Government of
  Punjab undertaking line, mSeva Punjab, Invest Punjab - Business First, the Department of Labour, the Department of
  Local Government), the Name of allottee, Owner name, Name of trader, Trade name, Name of industry, Name of
  establishment, Name of factory, Name of employer, Name of premises or Occupier. *settled* (heldout199, heldout202,
  heldout203, heldout206, heldout210, heldout211): an insurer's premium receipt pays the insurer on top (its full
  name, capitals where so printed), never the product line, the office line or *settled* (new here) the Name of
  proposer / Client name (heldout174) / Insured firm (the company). A slip's counter name line in capitals (here the
  depot and the forge on four, a highway fuel station, an abrasives shop, a hotel in Delhi and a dhaba on the rest),
  never the terminal's bank or brand (PUNJAB NATIONAL BANK, PINE LABS, INDIANOIL, HDFC BANK, EZETAP, KOTAK MAHINDRA
  BANK, PAYTM EDC, PUNJAB & SIND BANK) or the place line. A Bharat Connect page's biller under Biller / Electricity
  board (heldout179) / Operator / Service provider (heldout211), *settled* (new here) or Paying to (biller) (short
  or long as printed), never the app (here also PNB One, InstaBIZ), Bharat Connect or the Customer name / Consumer
  name / *settled* (new here) Name as per biller; PSPCL's own receipt page the corporation on top (PSPCL, short,
  long or capital as printed, heldout202), never the Government of Punjab undertaking line, the Sub division or the
  Consumer name. An SMS alert's payee as the bank sends it ("to a/c of GOBINDGARH ALLOYS & R": *settled*, the
  truncated name as printed, never the sentence's full stop after it), *settled* (new here) PNB's "by <way> to
  <payee>.", Punjab & Sind Bank's "by <way> to a/c of <payee>.", Capital SFB's "<way> payment made to <payee>." and
  Punjab Gramin Bank's UPI "to <payee>.", and the failed and pending transfers' "to <payee> on <day>", never the
  bank or the sender id; the e-mail alert's *settled* (new here) Transferred to / Payee name, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout195, heldout198, heldout202 to heldout207, heldout210): a payer's advice counts
  its net sum, *settled* (new here) Net amount credited, Net paid to vendor / Amount transferred (heldout206),
  *settled* (new here) Net amount proposed on the hold and Net amount (heldout210) / Net payable on the return (the
  Invoices total / Gross amount less Less: TDS u/s 194Q @ 0.1% and a Less: Cash discount @ 2% (paid within 15 days),
  a Less: Debit note - rejected pliers (n pcs) or a *settled* (new here) Less: Freight recovered (to-pay LR)), never
  an invoice's sum listed or the Invoices total / Gross amount. *settled* (heldout155, heldout167, heldout190,
  heldout203, heldout205 to heldout207, heldout210, heldout211): an inward wire's foreign sum, Amount (FCY)
  (heldout195) / Remitted amount (heldout204), *settled* (new here) or FCY credited, in pounds, euros and US
  dollars, UAE dirhams (AED, printed with its code, heldout205, heldout206) as AED, Canadian dollars (CAD, C$,
  heldout207) as CAD and *settled* (new here for an inward wire) South African rand (ZAR, printed with its code
  before or after the sum) as ZAR, never the INR value / Equivalent in INR, the Commission and GST or the Net amount
  credited (INR); its Rate applied (1 ZAR = INR 4.79) is no sum. *settled* (heldout175, heldout179, heldout190,
  heldout203, heldout207, heldout210, heldout211): a receipt counts the sum received even where it is part of the
  order, Received by card (heldout210), *settled* (new here) Paid by swipe card, Received by NEFT, *settled* (new
  here) Credited by NEFT, Cash received / Received in cash / Received by UPI / Received through UPI (heldout202) /
  Cheque amount / Cheque received / Advance received, never the Order value (heldout202) / Bill amount / Total where
  less was received, the goods' line or *settled* (new here) the Balance due on dispatch; *settled* (new here) a
  scrap sale's sum received is its Total (the kilos x rate with GST @ 18%, received in full), never the kilos x rate
  line or the GST. *settled* (heldout187, heldout191, heldout202 to heldout207, heldout210, heldout211): a
  supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new here) Less: Advance
  adjusted (paid with PO)) the Balance received by RTGS / NEFT, else *settled* (new here) Amount credited by RTGS /
  NEFT, Paid vide RTGS / NEFT (heldout202), Received by RTGS / NEFT (heldout207), *settled* (new here) Settled
  through UPI or Payment received by UPI (heldout211) (the rounded Invoice total with GST), or the Cheque received /
  Cheque amount, never the Taxable value, a line or the GST. A banking page's Transfer amount (heldout211),
  *settled* (new here) or Amount transferred / Amount (Rs.). *settled* (heldout167, heldout202 to heldout207,
  heldout210, heldout211): a piece rate voucher's net sum, *settled* (new here) Net piece wages paid, Amount handed
  to worker (as heldout202's Amount handed over) or Net amount paid (heldout202) (the dozens or sets x rate plus
  Add: Attendance bonus / Add: Night shift allowance, less Less: Rejected pieces - n @ rate, Less: Advance (peshgi)
  adjusted and Less: Canteen), never the Gross piece earnings, the line or a deduction; Paytm for Business's and a
  transfer screen's sum large. *settled* (new here): PSIEC's Total amount paid / Amount deposited (the Maintenance
  charges - FY (plot area x rate), an Interest on delayed payment and the GST @ 18%), never a head or the GST;
  Municipal Corporation Jalandhar's Amount paid / Total amount paid / Total amount / Amount (the Property tax
  (industrial), Fire cess and Cow cess less the Less: Rebate @ 10% (paid by 30 September) where printed, as
  heldout202's Ludhiana, or the Trade licence fee and the Signboard fee), never a head or the rebate; the Pollution
  Control Board's Total fee paid / Total amount (the Water Act and Air Act fees, heldout202, and the Authorisation -
  Hazardous Waste Rules fee), never a head; the Welfare Board's Total contribution paid / Amount paid (the
  employees' and employer's shares, heldout210), never a share; the Directorate of Factories' Total amount / Amount
  (the Licence renewal fee and a Late fee), never the fee line; the Punjab State Development Tax's Total tax paid
  (heldout209) / Amount paid (the Tax @ Rs 200 per month x n, the same sum); the Fire and Emergency Services' Total
  amount paid (the Fire NOC renewal fee and the Inspection fee), never a head. *settled* (heldout199, heldout202,
  heldout203, heldout206, heldout210, heldout211): an insurer's premium with its GST, *settled* (new here) Gross
  premium (incl. GST), Premium collected (heldout202), Amount received towards premium (heldout203), the Cheque
  amount on the cheque not yet realised, *settled* (new here) Premium due / Amount to be paid on the failed one,
  never the Basic premium, an add-on or the GST, nor *settled* (new here) the Sum insured - building, plant and
  stock, the Sum insured (stock), the Estimated annual dispatches, the Sum insured (replacement value), the Capital
  sum insured per person, the Limit of indemnity (printed in US dollars, no sum of this payment: the currency stays
  INR, heldout210), the Estimated annual wages, the Workers covered or the Money in transit limit and Cash in safe
  limit (heldout206). A slip's SALE AMOUNT: / TXN AMOUNT: (heldout204) / NET AMOUNT: (heldout208) / *settled* (new
  here) AMOUNT RS:, never the RATE: or the VOLUME(L):. A Bharat Connect page's sum large; PSPCL's Amount paid /
  Amount (heldout202). An alert's sum debited (*settled* (new here) PNB's "Rs.x remitted", Punjab & Sind Bank's "Rs
  x debited", Capital SFB's "debited Rs.x", Punjab Gramin Bank's "Rs x sent by UPI", the failed and pending
  transfers' "<way> txn of Rs.x"; the e-mail's *settled* (new here) Amount transferred / Txn amount), never the Avl
  Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful / Paid successfully (heldout210) /
  Payment completed (heldout203) successes, Payment pending - bank has not confirmed yet, check after some time
  pending, Payment failed - UPI PIN attempts exhausted, try after 24 hours failed; a payment page's Payment
  successful / Payment received successes, as is Thank you! Your order is paid. *settled* (new here): a payer's
  Payment released - credited to your bank / Status: Settled in full successes, On hold - debit note for rejected
  pieces under reconciliation pending (a payer's hold, as heldout198's to heldout211's), Payment bounced -
  beneficiary account frozen failed. *settled* (new here): an inward advice's Export proceeds realised - credited to
  account / Status: Credited and IRM reported to EDPMS successes, Parked - export invoice and purpose declaration
  awaited pending (as heldout210's On hold), Returned to remitter's bank - beneficiary name does not match account
  title failed. *settled* (heldout167, heldout179, heldout190, heldout202 to heldout207, heldout210, heldout211): a
  cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE LODGED FOR
  CLEARING - GOODS ON REALISATION and CHEQUE SENT FOR CLEARING - BILL OPEN TILL CREDIT pending, CHEQUE RETURNED -
  AMOUNT IN WORDS AND FIGURES DIFFER and CHEQUE DISHONOURED - DRAWER'S SIGNATURE INCOMPLETE failed; RECEIVED WITH
  THANKS, PAID, PAID BY RTGS / NEFT / UPI, PAID - RECEIVED IN FULL (heldout203), PAID - THUMB IMPRESSION TAKEN
  (heldout207), ADVANCE RECEIVED - ORDER BOOKED (heldout207) and PAYMENT RECEIVED - ACCOUNT SETTLED (heldout202)
  successes, *settled* (new here) as are RECEIVED - ORDER DISPATCHED, SCRAP LIFTED - PAID IN FULL, RECEIVED - BILL
  SETTLED IN FULL and PAID - KARIGAR SIGNED. *settled* (new here): a banking page's Payment executed - beneficiary
  credited / Status: Success - UTR generated successes, Saved - sent to authoriser for release pending (keyed, not
  yet authorised, as heldout191's to heldout211's), Failed - beneficiary account marked inoperative failed; Paytm
  for Business's SUCCESS (as heldout199's Cashfree SUCCESS) / Transfer successful successes, PENDING - beneficiary
  bank yet to respond pending, FAILED - beneficiary account blocked, amount returned to payout wallet failed (the
  transfer came back, as heldout199's Cashfree REVERSED); a transfer screen's Paid / Payment successful /
  Transaction successful successes; a fee page's Payment successful successes, *settled* (new here) as are Payment
  realised - receipt issued, Amount deposited successfully and Fee received - e-receipt ready to download, the
  Directorate of Factories' Payment status under verification with treasury - do not pay again pending, Transaction
  failed - fee not received by MC Jalandhar failed; an insurer's Premium received - policy bond issued / Payment
  confirmed - e-policy dispatched successes, CHEQUE UNDER CLEARING - RISK COVERED AFTER REALISATION pending (as
  heldout211's cover from realisation), Transaction unsuccessful - no cover in force failed; a slip's APPROVED /
  TRANSACTION APPROVED (heldout202) / APPROVED - SALE COMPLETE successes, DECLINED - 65 ACTIVITY COUNT LIMIT
  EXCEEDED failed, LINK DOWN - STATUS UNKNOWN, DO NOT SWIPE AGAIN TILL CONFIRMED pending; Bill settled with biller /
  Payment successful / Bill paid successfully successes and PSPCL's Payment successful / Bill paid (heldout202),
  Pending at biller's end - confirmation in 24 hours, do not pay again pending, Transaction declined - money, if
  deducted, will be refunded in 3-5 days failed (the payment failed, whatever the refund); an SMS that says the
  transfer "BOUNCED BACK by the beneficiary bank; amount refunded to your A/c." failed (whatever the refund), one
  that "is AWAITING CONFIRMATION from the beneficiary bank. Please do not retry." pending, a debit alert a success,
  whatever its bank's wording ("PNB: Rs.x remitted from A/c XX1234 on <day> by <way> to <payee>.", "Rs x debited to
  your a/c no. ...1234 on <day> by <way> to a/c of <payee>.", "Capital SFB: A/c XX1234 debited Rs.x on <day>; <way>
  payment made to <payee>.", Punjab Gramin Bank's "Rs x sent by UPI from PGB A/c XX1234 on <day> to <payee>. UPI Ref
  <ref>"); the e-mail's Status: Successful (heldout211) / *settled* (new here) Status: Debit processed successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Date of payment (heldout208), a payer's Payment date /
  Date of payment / Value date, Advice date / Date of advice (heldout198, heldout206) on the hold and Returned on /
  Return date (heldout206) on the return, an inward advice's Value date / Date of credit (heldout211) / Realised on
  (heldout204), Received on (heldout206) / *settled* (new here) Parked on on the parked one and Returned on / Date
  of return on the returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date /
  Voucher date, a banking page's Value date / Executed on (heldout202) / Transaction date, Created on (heldout202) /
  *settled* (new here) Saved on on the one sent to its authoriser, Failed on / Rejected on, Paytm for Business's
  Processed on / *settled* (new here) Transfer date, Requested on on the pending one and Failed on, a fee page's
  Payment date / Date of payment / Receipt date / Challan date (heldout176) / Date of deposit (heldout201), the
  Directorate of Factories' Transaction date / Initiated on on the pending one and the Municipal Corporation's
  Transaction date on the failed one, an insurer's Receipt date / Premium paid on / Date of receipt, Cheque received
  on (heldout204) on the cheque under clearing, Transaction date / Attempted on on the failed one, a slip's DATE: /
  DT: (heldout210) / DATE/TIME:, Paid on / Transaction date & time (the latter alone on a bill not paid), PSPCL's
  Payment date / Paid on, the e-mail alert's Transaction date / Value date, the SMS's day). *settled*: never a Bill
  month, a Due date, a Cheque date (heldout198), a Period of insurance (heldout199), an Assessment year
  (heldout202), a Wage week (heldout202), the LWF Contribution for (a month, heldout210), an invoice number's
  financial year or an e-mail's hour; *settled* (new here) never a Tax period (a month), the FY of PSIEC's
  maintenance charges or the day inside a Bank CIN or a UTR (heldout210).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, Paytm for Business's IMPS (heldout215), a Bharat Connect bill from a Current A/c (here in PNB One and
  InstaBIZ), a fee, a premium or PSPCL paid by Net banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS;
  UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, Paytm for Business's, a bill's UPI and
  Punjab Gramin Bank's UPI alert; card on slips, a payment page's card, a receipt's card (Received by card / Paid by
  swipe card), a fee, a premium or PSPCL paid by Debit card; cheque for a cheque received, lodged, sent for
  clearing, returned or dishonoured and a premium paid by Cheque; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout211): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., NEFT UTR (heldout179), RTGS UTR No. (heldout204), UPI Ref. No., UPI Ref
  No., UPI reference No. (heldout202), UPI transaction ID, IMPS Ref No., *settled* (new here) Instamojo's UPI Ref
  No. and CCAvenue's Bank Ref. No. on a UPI payment, a slip's RRN: / REF NO: / RRN NO: (heldout200), an SMS's UTR /
  IMPS Ref / *settled* (new here) Punjab Gramin Bank's UPI Ref), then a bank reference (an inward advice's IRM No.
  (heldout190) / Inward remittance No. (heldout203) / *settled* (new here) Our ref. No. (as heldout167's Our ref.),
  a banking page's Host reference No. (heldout207) / Bank reference No. (heldout210), a fee page's Bank Ref No. /
  Bank Ref. No., the Punjab State Development Tax's Bank CIN (heldout179's treasury Bank CIN), an insurer's Bank
  Ref. No., Bharat Connect Ref. No. / *settled* (new here) BBPS Txn Ref ID), then a transaction / payment id
  (*settled* (new here) Instamojo's Payment ID MOJO..., CCAvenue's Tracking ID (heldout193), PhonePe's, Paytm's and
  Amazon Pay's own Transaction ID (heldout207), Google Pay's Google transaction ID, *settled* (new here) Paytm for
  Business's Transaction ID (as heldout215's Payout ID), a fee page's Transaction ID / Transaction ref. No.
  (PSIEC's, mSeva's, the Board's, the Welfare Board's, the Directorate's, the tax's and the Fire Services'), an
  insurer's Payment ref. No. / Transaction No. (heldout204), PSPCL's Transaction ID (heldout202), a failed Bharat
  Connect page's Transaction ID), then an approval code (Auth code, Approval code (heldout210), a slip's APPR CODE:
  / AUTH CODE: / AUTH: (heldout202)), then an order's number (CCAvenue's Order No. (heldout193), Paytm for
  Business's Order ID (heldout215)), then a document's own number (Advice No. (heldout204) / Payment document No.
  (heldout167's Payment document) on a payer's advice, Receipt No. / M.R. No. (heldout204) / Memo No. / Rcpt. No. on
  a receipt, Invoice No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No. / Slip No. (heldout210), a fee page's
  Receipt No. / Challan No., Premium receipt No. / Receipt No., PSPCL's Receipt No., a slip's INVOICE NO: / BILL NO:
  / ROC NO: (heldout179)). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or
  mobile number, a UPI ID, GSTIN, IFSC, a cheque number, a consumer number (here Account No., Customer ID, LPG ID,
  Mobile No., Telephone No.), Maker / Checker (so never Entered by / Authorised by), a Beneficiary ID (heldout199),
  a Vendor ID / Supplier code (heldout210), a PO No. (heldout204), the invoices listed on an advice, an Export
  invoice No., a Shipping bill No., a Purpose code, an E-way bill No., a Vehicle No. (heldout205), a Weighbridge
  slip No. (heldout200), a Token No. (heldout202), a Property ID, a Licence No., a Registration No., an Application
  ID, a Policy No. / Proposal No., the Bank account / VPA of a payout page (as RazorpayX's Fund account), a slip's
  NOZZLE NO: (heldout202), VEHICLE NO:, ROOM NO: (heldout203) or FOLIO NO: (heldout211). *settled* (new here): never
  a Heat No., a Plot No. or a PSDT enrolment No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout222_families import (
    bank_alerts,
    card_slips,
    compose,
    distributor_advices,
    govt_fees,
    importer_wires,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    trade_upi,
    utility_bills,
    vendor_transfers,
    worker_pay,
)

SPLIT = "heldout222"

# heldout119's faces, with Liberation's first sans and a bold FreeSans beside the screens', the display serif and a
# narrow sans beside the pages', a bold sans mono and Noto Serif beside the papers', a condensed and a display serif
# beside the bills' and two bold monospaced faces beside the slips'
SCREENS = SCREEN_FACES + ["liberation/LiberationSans-Regular.ttf", "freefont/FreeSansBold.ttf"]
PAGES = PAGE_FACES + ["noto/NotoSerifDisplay-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf"]
PAPERS = PAPER_FACES + ["dejavu/DejaVuSansMono-Bold.ttf", "noto/NotoSerif-Regular.ttf"]
BILLS = BILL_FACES + ["dejavu/DejaVuSerifCondensed.ttf", "noto/NotoSerifDisplay-Regular.ttf"]
SLIPS = SLIP_FACES + ["noto/NotoSansMono-Bold.ttf", "freefont/FreeMonoBold.ttf"]

FAMILIES: list[Family] = [
    ("trade_upi", trade_upi, SCREENS),
    ("distributor_advices", distributor_advices, PAGES),
    ("importer_wires", importer_wires, PAGES),
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


def make_heldout222_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout222 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

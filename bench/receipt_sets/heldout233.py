"""heldout233: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Saharanpur wood-carving and sheesham furniture maker's day in 2026 in Saharanpur,
Uttar Pradesh (Pandhoi Woodcraft Exports Pvt Ltd, its carving karkhana on Ambala Road, Pandhoi Nakkashi
Karkhana, where the karigars of Khata Kheri, Kamela Colony, Pilkhani and Behat Road carve the jali panels,
chests and boxes by the piece and where shoppers and shops buy over the counter, and its finishing and export
packing yard on Chilkana Road, Pandhoi Finishing & Packing Yard, where the furniture is sanded, polished,
inlaid with brass, fumigated and packed into containers), told by the proofs of payment it receives
(shoppers', designers' and furniture shops' UPI screens and the company's SabPaisa and PhiCommerce pages, a
New Delhi, a Jaipur, a Mumbai, a Bengaluru, a Lucknow, a Kolkata and a Hyderabad furniture or handicraft
house's and the Cottage Industries Corporation's payment advices, furniture importers' inward wires from
Hamburg, High Point, Manchester, Amsterdam, Osaka, Fitzroy, Stockholm and Zurich in euros, US dollars, pounds,
yen, Australian dollars, Swedish kronor and Swiss francs, the karkhana's and the yard's sale bills, the yard's
receipts for off-cuts and sawdust sold by the kilo to an incense maker and a brick kiln, the accounts desk's
receipts for a Gurugram architect's order advance and a Lucknow shopper's chest, cards on the karkhana's, the
company's and the yard's terminals) and those it makes (the Yamunanagar timber trader's, the Moradabad brass
fittings maker's, the Sarsawa seasoning plant's, the Sahibabad lacquer house's and the Roorkee carton maker's
tax invoices, the net-banking transfers to the container hauler, the fumigator, the customs broker, the saw
mill, the yard's landlord, the catalogue studio, the security agency and the dust extraction engineers, the
carvers', sanders' and packers' piece-rate vouchers, Bulkpe payouts to a polisher and an inlay worker and a
BHIM and a PhonePe payment to two carvers, Nagar Nigam Saharanpur's house tax and trade licence, the Forest
Department's transit pass fee, the Fire and Emergency Services' fire NOC renewal, DGFT's e-Certificate of
Origin fee, the Pollution Control Board's consent renewal, the Plant Quarantine Directorate's phytosanitary
certificate fee and Legal Metrology's verification of the yard's scales, the insurers' premium receipts for
the karkhana and its stock, the fittings and tools, the export consignments, the staff's health, the wage
cash, the pickup truck, the carvers and polishers and the router and kiln, its card at a filling station on
NH-344, a Greater Noida hotel in the handicrafts fair week, a hardware store and a dhaba on the Dehradun road,
UPPCL's power and the broadband, landline, postpaid and DTH bills, the banks' SMS and e-mail alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one
no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, BHIM PNB, Paytm, Navi, BHIM Baroda Pay) paying the
  karkhana or the company, the payee block above the sum on some and the day first under the rule, and two of
  the company's payment pages (SabPaisa, PhiCommerce), the sum above the status.
* ``buyer_advices``: the furniture and handicraft houses' and the Cottage Industries Corporation's VENDOR
  PAYMENT ADVICE - HANDICRAFT PURCHASES / REMITTANCE ADVICE TO SUPPLIER / Intimation of payment to vendor
  (e-mail, printed, vendor portal), the payee and the payment block above the bills.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT PROCEEDS /
  Credit advice - foreign inward remittance / Foreign currency inward remittance - customer advice; browser,
  e-mail, printed), the day and the remitter's block first, the status at the foot.
* ``own_receipts``: the karkhana's SALE BILL - CARVED WOODWARE / CASH MEMO - NAKKASHI KARKHANA, the yard's
  SALE BILL - FURNITURE EX-YARD / CASH MEMO - PACKING YARD / RECEIPT - SAWDUST AND OFF-CUTS SOLD BY WEIGHT /
  WEIGHMENT RECEIPT - OFF-CUTS (paper, rubber stamp), the party first, and the accounts desk's Receipt of
  payment - thank you e-mails.
* ``supplier_invoices``: the timber, brass fittings, seasoning, lacquer and carton suppliers' TAX INVOICE -
  ORIGINAL (RECIPIENT) / INVOICE UNDER GST - ORIGINAL COPY / TAX INVOICE (ORIGINAL) with the payment block and
  a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (PNB Corporate Internet Banking, Baroda
  Connect - Corporate, Union Bank Corporate Net Banking), the references above the payee, the day and the
  status at the foot.
* ``worker_pay``: printed NAKKASHI MAZDOORI VOUCHER - PER PIECE / CARVING WAGES SLIP - PIECE WORK / RAGAI
  (SANDING) WAGES VOUCHER / SANDING AND FILLING - PIECE RATE SLIP / EXPORT PACKING LABOUR VOUCHER - PER CARTON
  / PACKING WAGES SLIP, Bulkpe's payout pages, a BHIM and a PhonePe screen.
* ``govt_fees``: Nagar Nigam Saharanpur's house tax and trade licence pages (e-Nagar Sewa), the Uttar Pradesh
  Forest Department's transit pass fee, the Uttar Pradesh Fire and Emergency Services' fire NOC renewal,
  DGFT's e-Certificate of Origin fee, the Uttar Pradesh Pollution Control Board's consent renewal, the Plant
  Quarantine Directorate's phytosanitary certificate fee and Legal Metrology's verification fee (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Acknowledgement of premium / RECEIPT FOR PREMIUM PAID
  (browser, e-mail, printed at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in PNB ONE and UPI apps (PhonePe, MobiKwik, Google Pay, BHIM, Paytm), the
  sum above the status, and UPPCL's own bill payment page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Punjab National Bank, State Bank of India,
  Bank of Baroda, Union Bank of India's UPI) and two e-mail debit alerts (Canara Bank, HDFC Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's, heldout227's and heldout231's.

Truth conventions (heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to (heldout206), *settled* (new here) Money sent to, Beneficiary or Paying (here the karkhana, Pandhoi
  Nakkashi Karkhana / PANDHOI NAKKASHI KARKHANA, the company's capitals, PANDHOI WOODCRAFT EXPORTS PVT LTD, or
  its short name, Pandhoi Woodcraft, as printed), whether the payee block stands above the sum or under it,
  never the UPI ID or the app, nor the Banking name / Bank account name line under the UPI ID (heldout207,
  heldout225) or *settled* (new here) the Registered name / Account holder name line there; a payment page's
  payee on top (here the company, the karkhana or the short name), never Paid by (heldout206), *settled* (new
  here) the Customer name, the Description / Purpose of payment or the gateway's footer (Powered by SabPaisa,
  Payments secured by PhiCommerce). *settled* (heldout167, heldout175, heldout179, heldout190, heldout202 to
  heldout231): a payer's payment advice pays the one it pays, never the payer on top; here a furniture house's
  or the Cottage Industries Corporation's advice pays the company under *settled* (new here) Vendor name /
  Beneficiary (vendor) / Paid in favour of / Supplier (payee) / Remitted to (vendor) (its full, capital or
  short name as printed), never the payer on top (the houses, The Central Cottage Industries Corporation of
  India Ltd), its desk line, *settled* (new here) the Supplier code (as heldout210's Vendor code) or the GRN
  No. (as heldout231's Goods inward No.), or the Vendor bank A/c (as heldout223's Supplier bank A/c).
  *settled* (heldout155, heldout167, heldout190, heldout203 to heldout231): a bank's inward remittance advice
  pays the company under Name of beneficiary (heldout210) / Beneficiary name, *settled* (new here) Credited to
  (exporter) or Beneficiary (account holder), never the bank on top, its forex desk line, the Remitter /
  *settled* (new here) Remitting customer (the importer abroad), the Ordering institution (heldout198) /
  *settled* (new here) Remitting bank or Intermediary bank (as heldout231's Correspondent bank), printed above
  the beneficiary or not. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout231): the
  company's own receipt pays the trade name on top where that is on top, so *settled* (new here) the
  karkhana's sale bills pay Pandhoi Nakkashi Karkhana and the yard's bills and receipts Pandhoi Finishing &
  Packing Yard (capitals where so printed), and a receipt with the company on top the company, never the "A
  unit of" company line under it (heldout190), the party under Received from, *settled* (new here) Customer
  or Sold to, printed first or not, the goods' line, the signature line or the rubber stamp (here PANDHOI
  FINISHING YARD, a short form, on the yard's); *settled* (new here) the yard's receipts for off-cuts and
  sawdust sold by the kilo to an incense maker and a brick kiln alike (the yard, never the buyer, as
  heldout231's used zari); the accounts desk's e-mail pays the company on top (its full, capital or short name
  as printed, heldout219). A supplier's name on top of its own paper (capitals where so printed), never M/s
  the company under Bill to (heldout167), *settled* (new here) Recipient or Name of buyer, nor the karkhana or
  the yard under *settled* (new here) Ship to (consignee). *settled* (heldout179, heldout186, heldout202,
  heldout203, heldout207 to heldout231): a corporate banking page pays the payee under Beneficiary name /
  Payee (heldout211) / Transfer to (heldout153), *settled* (new here) or Credit to / Beneficiary (payee),
  printed under the references or not, never the portal (PNB Corporate Internet Banking, Baroda Connect -
  Corporate, Union Bank Corporate Net Banking), the bank line, the Debit account or *settled* (new here) the
  Beneficiary short name (as heldout231's Nick name). *settled* (heldout150, heldout161, heldout179, heldout203
  to heldout231): a wage voucher pays the worker, *settled* (new here) a carver under Name of carver / Paid to
  (karigar), a sander under Name of sander / Paid to (sander) and a packer under Name of packer / Paid to
  (packer), never the company on top, the karkhana's or the yard's line under it, the Work, *settled* (new
  here) the Mohalla or the Job card No., or the Design No. (heldout231); *settled* (new here) Bulkpe's payout
  page the Beneficiary name / Payee name (as heldout231's Zwitch), never Bulkpe on top, the company under it
  (Payout account - ...), the Contact ID (as heldout173's Beneficiary ID), the Account number or the UPI ID; a
  transfer screen the payee under Paid to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to
  heldout231): a fee page pays the authority on top as printed, *settled* (new here for Uttar Pradesh) Nagar
  Nigam Saharanpur / NAGAR NIGAM SAHARANPUR on both its pages; Uttar Pradesh Forest Department / U.P. FOREST
  DEPARTMENT; Uttar Pradesh Fire and Emergency Services / U.P. FIRE & EMERGENCY SERVICES; Uttar Pradesh
  Pollution Control Board / U.P. POLLUTION CONTROL BOARD; Legal Metrology Department, Uttar Pradesh /
  Controller of Legal Metrology, U.P.; *settled* (new here) Directorate General of Foreign Trade / DGFT and
  Directorate of Plant Protection, Quarantine & Storage / Plant Quarantine Station, Tughlakabad; never the
  line under it (e-Nagar Sewa, the Saharanpur Forest Division, the Home Department, the Ministry of Commerce
  and Industry, Online consent management, the Department of Agriculture and Farmers Welfare, Government of
  Uttar Pradesh), the Name of owner, Name of firm, Name of permit holder, Name of premises, Name of exporter,
  Name of industry or Name of user. *settled* (heldout199, heldout202 to heldout231): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The
  Oriental Insurance Co. Ltd's, IFFCO-Tokio General Insurance Co. Ltd's, ICICI Lombard General Insurance Co.
  Ltd's, Niva Bupa Health Insurance Co. Ltd's, Zurich Kotak General Insurance Co. Ltd's, Go Digit General
  Insurance Ltd's, National Insurance Co. Ltd's and Future Generali India Insurance Co. Ltd's alike), never
  the product line, the office line or *settled* (new here) the Insured / Name of proposer / Policyholder (the
  company). A slip's counter name line in capitals (here the company's own counters, PANDHOI NAKKASHI
  KARKHANA, PANDHOI WOODCRAFT EXPORTS and PANDHOI FINISHING YARD, on four, a filling station, a Greater Noida
  hotel, a hardware store and a dhaba on the rest), never the terminal's bank or brand (PUNJAB NATIONAL BANK,
  HPCL, BANK OF BARODA, AXIS BANK, STATE BANK OF INDIA, MSWIPE, UNION BANK OF INDIA, BHARATPE) or the place
  line. A Bharat Connect page's biller under Biller / Operator (heldout223) / Paid towards (heldout231),
  *settled* (new here) or Biller name / Paid for (short or long as printed), never the app (here also PNB ONE,
  MobiKwik and BHIM), Bharat Connect or the Customer name, nor the Name as per biller (heldout222) or
  *settled* (new here) the Account holder; *settled* (new here) UPPCL's own bill payment page pays the one on
  top (UPPCL, Uttar Pradesh Power Corporation Ltd or its capitals as printed, as a fee page's authority),
  never the Discom row (PVVNL / Paschimanchal Vidyut Vitran Nigam Ltd), the Division / Sub-division or the
  Name of consumer. An SMS alert's payee as the bank sends it ("to DOON VALLEY CONTAINE": *settled*, the
  truncated name as printed, without the sentence's full stop), *settled* (new here) Punjab National Bank's
  "thru <way> to <payee>.", State Bank of India's "by <way> transfer to <payee>.", Bank of Baroda's "to
  <payee>." on the line under "by <way>", Union Bank of India's UPI "by UPI to <payee>.", and the failed and
  pending payments' "to <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's
  Beneficiary name (heldout206), *settled* (new here) Credited to or Payee (as registered), never the bank on
  top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout231): a payer's
  advice counts its net sum, *settled* (new here) Net amount paid / Amount remitted (net) / Net payable
  released, Amount on hold on the hold and Amount (heldout227) / Amount bounced back on the return (the bills
  less TDS u/s 194Q @ 0.1% and a Return - n pcs (cracked in transit), a Rate difference - n pcs @ rate or a
  Trade discount @ 3%), printed in the payment block above the bills, never a bill's sum, *settled* (new here)
  the Total of bills / Gross bill value, or a cut. *settled* (heldout155, heldout167, heldout179, heldout190,
  heldout203 to heldout231): an inward wire's foreign sum, *settled* (new here) Remittance amount / Amount
  received (FCY) / Foreign currency amount / Inward sum (FCY), in euros (EUR or the euro sign, heldout223), US
  dollars, pounds, yen (JPY, whole yen, heldout223), Australian dollars (AUD, A$, heldout202), *settled* (new
  here) Swedish kronor (SEK before or after the sum) and Swiss francs (CHF before the sum), never *settled*
  (new here) the INR equivalent, the Less: Bank charges incl. GST or the Net INR credited (as heldout231's
  Rupee value and Amount credited (INR)); its Conversion rate (1 SEK = INR 9.12, 100 JPY = INR 57.4) is no
  sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout231): a receipt counts the sum
  received even where it is part of the order, Received in cash / Cash received / Cheque amount / Advance
  received / UPI payment received (heldout212) / Paid by card (heldout189) / Amount of cheque (heldout206),
  *settled* (new here) or Cash paid, Paid by UPI, Card payment, Order advance received, with the sum in words
  under it, never the Bill amount / Total / Order value (heldout202) / *settled* (new here) Net amount where
  less was received, the goods' line, the CGST and SGST or the Balance due (heldout199) / *settled* (new here)
  Balance on delivery; *settled* (new here) the yard's sale of off-cuts and sawdust (the kilos x rate, no
  GST) counts its bill, received in full (as heldout231's used zari). *settled* (heldout187, heldout191,
  heldout202 to heldout231): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance paid with order) the *settled* (new here) Balance received by RTGS / NEFT
  (as heldout231's Balance paid by), else *settled* (new here) Received by RTGS / NEFT, Paid through RTGS /
  NEFT, Received by UPI or UPI payment (the rounded Invoice total with GST), or the Cheque amount / *settled*
  (new here) Paid by cheque, never the Taxable value, a line or the GST. A banking page's Transfer amount
  (heldout219) / Amount, *settled* (new here) or Payment amount (INR) / Debit amount. *settled* (heldout167,
  heldout202 to heldout231): a wage voucher's net sum, *settled* (new here) Net mazdoori paid / Balance paid to
  karigar / Amount paid out (the pieces or cartons x rate, plus Add: Fine jali extra / Add: Deep relief extra /
  Add: Export order extra, less Less: Tool advance recovered / Less: Advance recovered), never the Gross
  mazdoori, the line or a deduction; Bulkpe's and a screen's sum large. *settled* (new here): the Nagar
  Nigam's house tax Total paid / Amount deposited (the House tax, the Water tax and the Sewer tax), never a
  head; its trade licence's Total amount / Amount (the Trade licence fee (timber and furniture works) and the
  Signboard fee), never a head; the Forest Department's Total fee / Amount paid (the Transit fee @ Rs x per
  cft), never the Quantity; the Fire and Emergency Services' Total fee deposited / Amount paid (the NOC
  renewal fee and the Inspection fee), never a head; DGFT's Total amount paid / Amount received (the
  Certificates of origin x n @ fee and the GST @ 18%), never the fee or the GST; the Pollution Control Board's
  Total consent fee / Amount paid (the Consent fee (air) and (water)), never a head; the Plant Quarantine
  Directorate's Total fee / Amount paid / Amount (the Phytosanitary certificate fee and the Inspection fee);
  Legal Metrology's Total fee paid / Amount paid (the platform scales' and the hanging scales' fees), never a
  scale's fee. *settled* (heldout199, heldout202 to heldout231): an insurer's premium with its GST, *settled*
  (new here) Premium received (incl. GST) / Total premium paid / Amount received, the Cheque amount
  (heldout211) on the cheque not yet cleared, *settled* (new here) Premium payable / Amount payable on the
  failed one, never the Premium (net), an add-on or the GST, nor the Own damage premium or the Liability
  premium (heldout231), nor the IDV (insured declared value), the Members covered or *settled* (new here) the
  Sum insured - building, timber and stock, the Sum insured - fittings and tools, the Estimated annual
  exports, the Cash in transit limit, the Workers covered or the Sum insured - router and kiln. A slip's
  AMOUNT: (heldout179) / TOTAL: (heldout179) / TXN AMT: (heldout173) / AMT:, *settled* (new here) or NET AMT:,
  never the RATE/LTR: or the QTY(LTR): (heldout192). A Bharat Connect page's sum large; UPPCL's Amount paid /
  *settled* (new here) Amount received. An alert's sum debited (*settled* (new here) Punjab National Bank's
  "debited INR x", State Bank of India's "debited by Rs.x", Bank of Baroda's "Rs.x transferred from", Union
  Bank of India's "Rs x sent from", the failed and pending payments' "<way> txn of Rs.x"; the e-mail's
  *settled* (new here) Amount debited (INR) / Amount), never the Avl Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful successes (heldout204 to heldout231), *settled* (new
  here) as are Payment done - merchant credited and Money sent successfully, Payment in progress - the
  merchant's bank has not confirmed yet pending, Payment failed - daily UPI limit for this account exceeded,
  nothing debited failed; a payment page's Payment successful successes (heldout205, heldout219), *settled*
  (new here) as are Payment received by the merchant and Order paid - thank you. *settled* (new here): a
  payer's Status: Paid - credited to the vendor's bank / Remittance done - please check your account
  successes, On hold - fumigation certificate for the consignment awaited pending (a payer's hold, as
  heldout198's to heldout231's), Bank returned the payment - beneficiary account closed failed. *settled*
  (new here): an inward advice's Export proceeds credited - IRM generated in EDPMS / Status: Realised and
  credited to current account successes, Held for compliance review - purpose of remittance to be confirmed
  by the beneficiary pending, Returned to remitter - beneficiary account number not found failed, printed at
  the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout231): a cheque received and not
  yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE TAKEN - GOODS RELEASED ON
  CLEARANCE and CHEQUE DEPOSITED - RECEIPT ON REALISATION pending, CHEQUE BOUNCED - BILL CANCELLED and CHEQUE
  DISHONOURED - FUNDS INSUFFICIENT, PAY AGAIN failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes,
  *settled* (new here) as are PAID - GOODS HANDED OVER, PAID - DELIVERED FROM YARD, PAID - MATERIAL LIFTED BY
  BUYER, PAYMENT RECEIVED BY RTGS / NEFT / UPI - THANK YOU, FULLY PAID - NO DUES, PAID - PIECES PASSED BY
  SUPERVISOR and PAID - ENTERED IN MAZDOORI REGISTER. *settled* (new here): a banking page's Payment
  successful - beneficiary credited / Status: Processed - UTR generated successes, Awaiting authorisation by
  the approver pending (keyed, not yet authorised, as heldout191's to heldout231's), Returned by beneficiary
  bank - account dormant failed, printed at the foot; Bulkpe's Payout completed - amount credited to the
  beneficiary / Status: Success - paid successes, Under processing - awaiting response from the beneficiary
  bank pending, Payout failed - invalid IFSC for the account failed; a transfer screen's Paid / Payment
  successful successes (heldout211), *settled* (new here) as is Sent successfully; a fee page's Payment
  successful successes, *settled* (new here) as are Fee deposited - e-receipt issued, Paid - thank you for the
  online payment and Amount received - receipt generated, the Plant Quarantine Directorate's Payment initiated
  - confirmation from the bank awaited, do not pay again pending, the Nagar Nigam's Payment failed - the amount
  was not received by the Nagar Nigam failed; an insurer's *settled* (new here) Premium received - policy
  issued and e-mailed / Payment successful - policy is now active successes, CHEQUE RECEIVED - COVER STARTS ON
  REALISATION pending (as heldout211's cover from realisation), Premium not received - payment declined by the
  bank, policy not issued failed, printed under the sum; a slip's APPROVED / TXN APPROVED successes
  (heldout210, heldout211), *settled* (new here) as is APPROVED - THANK YOU, DECLINED - 55 INCORRECT PIN
  failed, NO RESPONSE FROM BANK HOST - VERIFY BEFORE RE-SWIPE pending (no reply, as heldout231's host not
  reachable); *settled* (new here) a Bharat Connect page's Bill paid - biller confirmed receipt / Payment
  successful - bill marked paid successes, Payment pending with the biller - confirmation may take up to 3
  working days pending, Bill payment failed - amount will be refunded to your account failed (the payment
  failed, whatever the refund), UPPCL's Payment successful / *settled* (new here) Payment received - thank you
  successes; an SMS that says the payment "was REJECTED by the beneficiary bank - money credited back to your
  A/c." failed (whatever the reversal), one that "is UNDER PROCESS at the beneficiary bank; please do not pay
  again." pending, a debit alert a success, whatever its bank's wording ("A/c XX1234 debited INR x on <day>
  thru <way> to <payee>.", "Dear SBI User, your A/c X1234 debited by Rs.x on <day> by <way> transfer to
  <payee>.", "Rs.x transferred from A/c ...1234 on <day> by <way> to <payee>.", Union Bank of India's "UBI: Rs
  x sent from A/c XX1234 on <day> by UPI to <payee>. Ref <ref>"); the e-mail's *settled* (new here)
  Transaction status: Successful / Status: Debited - funds sent to beneficiary successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout221), *settled* (new here) Payment time /
  Completed on, Started on on one not yet paid or failed (as heldout203's Initiated on), printed first under
  the rule or not, a payment page's Paid on / Transaction date (heldout231), *settled* (new here) Date of
  payment, a payer's Date of credit (heldout220) / Payment date, *settled* (new here) Remitted on / Credit
  date, the held one's Advice date (heldout198) / *settled* (new here) On hold since and Returned on
  (heldout231) / *settled* (new here) Date of rejection on the returned one, an inward advice's Value date,
  *settled* (new here) Credit date / Date of realisation / Funds credited on, Received on / Held since on the
  held one and Returned on / Date returned on the returned one, printed above the remitter, a receipt's,
  invoice's or voucher's Date / Dated / Bill date / Invoice date / Voucher date, *settled* (new here) Memo
  date, Inv. date and Mazdoori paid on, a banking page's Executed on (heldout152) / Transaction date / Value
  date, *settled* (new here) Processed on, Created on (heldout156) / *settled* (new here) Initiated on on the
  one awaiting its approver and Returned on / Failed on on the returned one, printed at the foot, Bulkpe's
  Completed at (heldout225), *settled* (new here) Paid at, Created at (heldout151) / *settled* (new here)
  Initiated at on the one in process and Failed at (heldout168) on the failed one, a fee page's Date of payment
  / Payment date / Receipt date, *settled* (new here) Deposit date, the trade licence's Transaction date /
  Attempted on on the failed one and the Plant Quarantine Directorate's Initiated on / Transaction date on the
  page not yet confirmed, an insurer's Date of receipt (heldout221), *settled* (new here) Premium received on /
  Receipt date, Cheque deposited on / Date of receipt on the cheque not yet cleared and Attempted on /
  Declined on on the failed one, a slip's TXN DATE: (heldout150) / DATE: / DATE/TIME:, Paid on / Payment time
  (heldout169) / Completed on, Transaction date & time (the latter alone on a bill not paid), UPPCL's
  *settled* (new here) Payment date / Paid on, the SMS's day, the e-mail alert's Value date / Transaction
  date, *settled* (new here) Debited on). *settled*: never a Bill month / Bill period (heldout167), a Due date,
  a Cheque date (heldout198), a Period of insurance (heldout199) / Policy period (heldout231) or *settled*
  (new here) a Period of cover, an invoice number's or a voucher number's financial year or an e-mail's hour;
  never a Shipping bill's date (heldout167) or the day inside a UTR (heldout210); *settled* (new here) never
  UPPCL's Reading date (as heldout231's TNPDCL's Assessment date) or the year of the house tax (House tax
  2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Bulkpe's IMPS (*settled* (new here), as heldout231's Zwitch's), a Bharat Connect bill from a
  Current A/c (here in PNB ONE), a fee, a premium or UPPCL paid by Net banking, an e-mail alert's Channel, an
  SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's,
  Bulkpe's, a fee's, a premium's or a bill's UPI and Union Bank of India's UPI alert; card on slips, a payment
  page's card, a receipt's Card, a fee, a premium or UPPCL paid by Debit card; cheque for a cheque taken,
  deposited or returned and a premium paid by Cheque; cash for a cash bill, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout231): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), UPI Ref ID (heldout227), RRN, NEFT UTR, NEFT UTR No., RTGS UTR No.
  (heldout210), IMPS Ref No., *settled* (new here) SabPaisa's Bank txn ID (RRN) and PhiCommerce's Bank
  reference No. on a UPI payment, BHIM PNB's UPI Ref No. / RRN, Navi's UTR No. / UPI Ref ID, BHIM Baroda Pay's
  RRN / UPI RRN, UPI UTR on a receipt and Bulkpe's UTR, a slip's RRN: / RRN NO: (heldout200), an SMS's UTR /
  IMPS Ref and *settled* (new here) Union Bank of India's Ref), then a bank reference (an inward advice's IRM
  No. (heldout190) / Transaction reference (heldout155) / *settled* (new here) Inward remittance No., a banking
  page's Host reference No. (heldout195) / *settled* (new here) Core banking ref., printed above the payee or
  not, a fee page's Bank Ref No., an insurer's Bank Ref No., Bharat Connect Ref. No., *settled* (new here) BBPS
  Txn Ref / B-Connect Ref ID), then a transaction / payment id (*settled* (new here) SabPaisa's SabPaisa txn
  ID and PhiCommerce's PhiCommerce txn ID, PhonePe's own Transaction ID, Google Pay's Google transaction ID,
  *settled* (new here) BHIM PNB's Txn ID, Navi's Navi txn ID and BHIM Baroda Pay's Transaction Ref No.,
  *settled* (new here) Bulkpe's Bulkpe transaction ID (as heldout231's Zwitch transfer ID), a fee page's
  Transaction ID (*settled* (new here) the Nagar Nigam's, the Forest Department's, the Fire and Emergency
  Services', DGFT's, the Pollution Control Board's, the Plant Quarantine Directorate's and Legal Metrology's),
  an insurer's Gateway txn ID (heldout226) / *settled* (new here) Payment gateway ref., UPPCL's Transaction ID,
  a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's
  AUTH CODE: / APPR CODE:), then an order's number (*settled* (new here) SabPaisa's Client txn ID and
  PhiCommerce's Merchant ref. No. (as heldout231's Merchant txn ID), Bulkpe's Client reference ID (as
  heldout231's Merchant reference ID), the company's own id for the payout), then a document's own number (a
  payer's Advice No. (heldout168) / Payment voucher No. (heldout151) / *settled* (new here) Payment advice
  ref., Bill No. / Receipt No. / *settled* (new here) Cash memo No. on a receipt, Invoice No. / Bill No. /
  *settled* (new here) Tax invoice No. on an invoice, Voucher No. / *settled* (new here) Mazdoori slip No., a
  fee page's Receipt No., *settled* (new here) the Forest Department's e-Challan No. (as heldout179's treasury
  Challan No.) and DGFT's e-Receipt No., Receipt No. / *settled* (new here) Premium receipt No. on an
  insurer's receipt, UPPCL's Receipt No., a slip's INVOICE NO: / BILL NO: / ROC NO: (heldout179) / *settled*
  (new here) INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202), a card, account or
  mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Export invoice No.
  (heldout210) / *settled* (new here) Commercial invoice No., a Shipping bill No. (heldout167), an E-way bill
  No., a Vehicle No. (heldout205) (so never a Registration No. on an insurer's page or a slip's VEH NO:), a
  Registration No. / Application No. (heldout203), a Policy No. / Proposal No. / Quotation No., a Vendor ID /
  Supplier code, a Sender's reference (heldout223), Maker / Checker (heldout171) (so never Initiated by /
  Approved by), a consumer number (here *settled* (new here) Consumer account No., Account No., Telephone No.,
  Mobile No., *settled* (new here) VC No.), a Property ID (heldout222) / *settled* (new here) House No., a
  Licence No. (heldout231), a Design No. (heldout231), a slip's PUMP NO: (as heldout202's NOZZLE NO:), ROOM NO:
  (heldout203) or FOLIO NO: (heldout231), Bulkpe's Contact ID or Account number. *settled* (new here): never a
  GRN No. (as heldout231's Goods inward No.), an LR No. (as heldout179's Docket No.), a Job card No., an IEC,
  an Industry ID, a Beneficiary short name (as heldout231's Nick name) or a slip's TRACE NO: (as heldout202's
  STAN:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout233_families import (
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

SPLIT = "heldout233"

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


def make_heldout233_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout233 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

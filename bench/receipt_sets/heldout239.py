"""heldout239: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Meerut sports goods maker's day in 2026 in Meerut, Uttar Pradesh (Ganga Willow
Sports Pvt Ltd, its bat and ball works in the Partapur Industrial Area, Ganga Willow Bat & Ball Works, where
the English and Kashmir willow clefts are seasoned, pressed, shaped and handled and the leather balls cut and
stitched, at the works and in the stitchers' homes of Jani Khurd, Sardhana, Daurala and Kithore, its gym
equipment unit at Mohkampur, Ganga Willow Fitness Equipment Unit, where the benches, racks and plates are
welded, powder coated and packed, and its showroom in the sports market on Suraj Kund Road, Ganga Willow
Sports Emporium, where the cricketers, the parents, the schools, the clubs and the gyms buy), told by the
proofs of payment it receives (cricketers', clubs', academies' and gyms' UPI screens and the showroom's Airpay
and Zaakpay pages, a Mumbai, a Kolkata, a Chennai, a Pune, a Lucknow, a Jaipur and a Kochi dealer's and the
Sports Authority of India's payment advices, cricket importers' inward wires from Leeds, Sydney, Christchurch,
Cape Town, Brampton, Dallas, Amstelveen and Copenhagen in pounds, Australian dollars, New Zealand dollars,
rand, Canadian dollars, US dollars, euros and Danish kroner, the showroom's cash memos and sale bills to a
Ghaziabad cricketer and a Meerut school, the works' receipts for leather balls sold by the dozen to two clubs
and for willow chips and shavings sold by the kilo to a brick kiln, the gym unit's receipt for a Baghpat gym's
equipment, the accounts desk's acknowledgements of a Dehradun academy's advance and a Bengaluru cricketer's
bat, cards on the showroom's, the company's and the works' terminals) and those it makes (the Bijbehara willow
cleft seller's, the Jalandhar hide tannery's, the Sahibabad steel stockist's, the Howrah cane handle maker's
and the Okhla grip and sticker printer's tax invoices, the net-banking transfers to the transporter, the
compressor mechanic, the showroom's landlord, the security agency, the powder coater, the photo studio, the
sign maker and the termite control firm, the ball stitchers', the bat maker's, the handle fitter's and the
welder's mazdoori vouchers, Decentro payouts to a stitcher and a bat finisher and a Google Pay and a YONO SBI
payment to two stitchers, Meerut Nagar Nigam's house tax and trade licence, the Uttar Pradesh Pollution
Control Board's consent fee, the Sports Goods Export Promotion Council's membership renewal, the Directorate
of Factories' licence renewal, Legal Metrology's verification of the ball weighing balances and the platform
scale, the Fire and Emergency Services' NOC renewal and the Transport Department's Vahan road tax, the
insurers' premium receipts for the works and its willow stock, the showroom's stock, the export cargo, the
staff's health, the wage cash carried to the stitchers' villages, the pick-up van, the workers' compensation
and the gym equipment's product liability, its card at a filling station on Delhi Road, a Karol Bagh hotel in
the sports goods fair week, a hardware shop and a highway dhaba, PVVNL's power and the fibre, postpaid, DTH
and piped gas bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one
failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Kiwi, PNB ONE, super.money, Vyom, Jupiter, Amazon Pay) paying the
  showroom or the company, the status, the sum and the payee block in one of three orders and the day first
  under the rule or after the references, and two of the showroom's payment pages (Airpay, Zaakpay), the
  status and the sum in either order, the day under them or at the foot.
* ``buyer_advices``: the dealers' and the Sports Authority of India's PAYMENT ADVICE TO SUPPLIER - SPORTS
  GOODS / SUPPLIER REMITTANCE STATEMENT / Advice of funds released to supplier (e-mail, printed, supplier
  portal), the payee at the head of the body or of the payment block, the bills above the payment block or
  under it.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF INWARD FOREIGN REMITTANCE / Export
  receipt - credit to your current account / SWIFT inward credit - customer advice; browser, e-mail, printed),
  the status under the heading or at the foot, the day first or after the sums, the remitter's block above the
  beneficiary's or under it; rand with spaces between the thousands and euros and kroner with dots and a
  decimal comma on some.
* ``own_receipts``: the showroom's CASH MEMO - CRICKET & FITNESS / SALE BILL - SURAJ KUND ROAD, the works'
  MONEY RECEIPT - LEATHER BALLS (BY THE DOZEN) / RECEIPT - FACTORY GATE SALE / RECEIPT - WILLOW CHIPS AND
  SHAVINGS (BY WEIGHT) / SCRAP SALE MEMO - WOOD SHAVINGS, the gym unit's SALE RECEIPT - GYM EQUIPMENT /
  RECEIPT - FITNESS UNIT SALE (paper, rubber stamp), the number and the day in either order above the party,
  and the accounts desk's Payment acknowledged - thank you e-mails.
* ``supplier_invoices``: the willow cleft, hide, steel, cane handle and grip and sticker suppliers' TAX
  INVOICE - ORIGINAL (BUYER'S COPY) / GST INVOICE / TAX INVOICE CUM CHALLAN with the payment block (an advance
  or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day in either
  order.
* ``vendor_transfers``: corporate net banking's transfer pages (yono Business, PNB Corporate Internet Banking,
  HDFC Bank ENet), the day and the status under the heading or at the foot, the references above the payee or
  under the sums.
* ``worker_pay``: printed BALL STITCHING WAGES - PER DOZEN / SILAI MAZDOORI PARCHI (GHAR KA KAAM) / BAT MAKING
  WAGES - PER PIECE / BALLA KARIGAR MAZDOORI VOUCHER / HANDLE FITTING WAGES - PER BAT / HANDLE JODAI MAZDOORI
  PARCHI / WELDING WAGES - GYM FRAMES PER PIECE / WELDING MAZDOORI VOUCHER, the payee first, Decentro's payout
  pages, a Google Pay and a YONO SBI screen.
* ``govt_fees``: Meerut Nagar Nigam's house tax and trade licence pages (e-Nagar Sewa), the Uttar Pradesh
  Pollution Control Board's consent fee and the Directorate of Factories' licence renewal (Nivesh Mitra),
  SGEPC's membership renewal, Legal Metrology's verification fee, the Fire and Emergency Services' NOC renewal
  and the Transport Department's Vahan road tax page (browser), the status under the authority's line or at
  the foot.
* ``insurer_receipts``: insurers' PREMIUM PAYMENT ACKNOWLEDGEMENT / Receipt for premium - insured's copy /
  PREMIUM DEPOSIT RECEIPT (browser, e-mail, printed at the branch), the status under the heading or under the
  sum.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum, the sum above the card
  or under the references.
* ``utility_bills``: Bharat Connect in PNB ONE and other apps (Airtel Thanks, CRED, Bajaj Finserv, Jupiter,
  super.money), the sum above the status or under it, and PVVNL's own online payment receipt, the status at
  the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Punjab National Bank, State Bank of
  India, Kranti Urban Co-operative Bank, IndusInd Bank's UPI) and two e-mail debit alerts (HDFC Bank, Yes
  Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout234's and heldout235's.

Truth conventions (heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's,
heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's,
heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept
where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), *settled* (new here) Money sent to / Recipient / Paid to
  merchant / Payment to, and Sending to / Recipient on one not yet paid or failed (here the showroom, Ganga
  Willow Sports Emporium / GANGA WILLOW SPORTS EMPORIUM, the company's capitals, GANGA WILLOW SPORTS PVT LTD,
  or its short name, Ganga Willow Sports, as printed), whether the payee block stands above the sum, under it
  or under the status, never the UPI ID or the app, nor the Registered name / Name at bank line (heldout235)
  or *settled* (new here) the Beneficiary name as per bank / KYC name line under the UPI ID, nor *settled*
  (new here) the payer under Paid by / Sender; a payment page's payee on top (here the showroom, its capitals,
  the company or its short name), never Paid by (heldout206) / Customer name (heldout234), *settled* (new
  here) the Customer / Payer name / Billed to or the Order for / Description, or the gateway's footer
  (*settled* (new here) Secured by Airpay Payment Services, Powered by Zaakpay). *settled* (heldout167,
  heldout190, heldout202 to heldout235): a payer's payment advice pays the one it pays, never the payer on
  top; here a dealer's or the Sports Authority of India's advice pays the company under *settled* (new here)
  Supplier (payee) / Payment released to / Seller name / Beneficiary supplier / Credited to supplier (its
  full, capital or short name as printed), printed at the head of the body or at the head of the payment
  block, above the bills or under them, never the payer on top (the dealers, the Sports Authority of India),
  its desk line, *settled* (new here) the Supplier code (as heldout210's Vendor code), the PO No., the MRN No.
  (as heldout235's GRN No.), the GeM contract No. or the Sanction order No., or the Supplier bank A/c (as
  heldout223's). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout235): a bank's inward
  remittance advice pays the company under Name of beneficiary (heldout210), *settled* (new here) Beneficiary
  customer / Exporter's name / For credit of / Ultimate beneficiary, never the bank on top, its trade finance
  desk line, the remitter (*settled* (new here) Applicant (importer) / Paid by (overseas buyer), the importer
  abroad), the Remitter's bank (as heldout155's Sender's bank), *settled* (new here) the Ordering institution
  or the Correspondent (nostro) bank (as heldout231's Correspondent bank), printed above the beneficiary or
  under it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout235): the company's own
  receipt pays the trade name on top where that is on top, so *settled* (new here) the showroom's bills pay
  Ganga Willow Sports Emporium, the works' receipts Ganga Willow Bat & Ball Works and the gym unit's Ganga
  Willow Fitness Equipment Unit (capitals where so printed), and a receipt with the company on top the
  company, never the "A unit of" company line under it (heldout190), the party under Received from / Customer
  / Sold to (heldout235), *settled* (new here) Bought by / Name of buyer / Party, printed after the number and
  the day, the goods' line, the signature line (For <unit> - Cashier, *settled* (new here) also where the
  company is on top) or the rubber stamp; *settled* (new here) the works' receipt for willow chips and
  shavings sold by the kilo to a brick kiln alike (the works, never the buyer, as heldout235's cuttings); the
  accounts desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219). A
  supplier's name on top of its own paper (capitals where so printed), never M/s the company under Billed to /
  Recipient / Bill to party (heldout235) or *settled* (new here) Buyer / Invoiced to / Party name, nor the
  works or the gym unit under *settled* (new here) Deliver to (as heldout235's Shipped to). *settled*
  (heldout179, heldout202, heldout203, heldout207 to heldout235): a corporate banking page pays the payee
  under Beneficiary name / Payee (heldout211), *settled* (new here) Receiver name / Transferred to /
  Beneficiary (as registered) / Name of payee, printed under the references or above them, never the portal
  (yono Business, PNB Corporate Internet Banking, HDFC Bank ENet), the bank line, the Debit account, *settled*
  (new here) the Corporate ID or the Beneficiary nickname (as heldout231's Nick name). *settled* (heldout150,
  heldout161, heldout179, heldout203 to heldout235): a wage voucher pays the worker, *settled* (new here) a
  stitcher under Stitcher's name / Mazdoori paid to (stitcher), a bat maker under Karigar's name / Mazdoori
  paid to (karigar), a handle fitter under Fitter's name / Mazdoori paid to (fitter) and a welder under
  Welder's name / Mazdoori paid to (welder), printed first under the heading, never the company on top, the
  works' or the unit's line under it, the Job, the Village / Basti or *settled* (new here) the Karigar card
  No., the Lot No. or the Ball grade; *settled* (new here) Decentro's payout page the Beneficiary name /
  Transfer to (as heldout235's Easebuzz), never Decentro on top, the company under it (Payouts - ...), the
  Beneficiary ID (heldout173), the Bank account or the UPI ID; a transfer screen the payee under Paid to
  (heldout235) / *settled* (new here) Money sent to, above the sum or under the status. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout235): a fee page pays the authority on top as printed,
  *settled* (new here for Uttar Pradesh) Meerut Nagar Nigam / MEERUT NAGAR NIGAM on both its pages; Uttar
  Pradesh Pollution Control Board / UTTAR PRADESH POLLUTION CONTROL BOARD; Sports Goods Export Promotion
  Council / SGEPC (as heldout235's EPCH); Directorate of Factories, Uttar Pradesh / DIRECTORATE OF FACTORIES,
  UTTAR PRADESH; Legal Metrology Department, Uttar Pradesh / Controller, Legal Metrology, U.P.; Uttar Pradesh
  Fire and Emergency Services / U.P. FIRE AND EMERGENCY SERVICES; Transport Department, Uttar Pradesh /
  Transport Department, Government of Uttar Pradesh on the Vahan receipt (as heldout227's to heldout235's);
  never the line under it (e-Nagar Sewa, Uttar Pradesh, Nivesh Mitra - single window system, the Ministry of
  Commerce and Industry, the Labour Department, the Government of Uttar Pradesh, the Home Department or Vahan
  - Ministry of Road Transport & Highways), the Name of trader (heldout235) or *settled* (new here) the Owner
  / occupier, Name of firm, Name of unit, Name of member, Name of occupier, Name of establishment or Owner
  name. *settled* (heldout199, heldout202 to heldout235): an insurer's premium receipt pays the insurer on top
  (its full name, capitals where so printed; *settled* (new here) United India Insurance Co. Ltd's, HDFC ERGO
  General Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's, Star Health and Allied Insurance Co.
  Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's, Liberty
  General Insurance Ltd's and Magma General Insurance Ltd's alike), never the product line, the office line or
  the insured (the company) under *settled* (new here) Name of insured / Insured name / Proposer (as
  heldout235's Name of proposer). A slip's counter name line in capitals (here the company's own counters,
  GANGA WILLOW SPORTS EMPORIUM, GANGA WILLOW SPORTS and GANGA WILLOW BAT & BALL WORKS, on four, a filling
  station, a Karol Bagh hotel, a hardware shop and a highway dhaba on the rest), never the terminal's bank or
  brand (PUNJAB NATIONAL BANK, INDIANOIL, HDFC BANK, ICICI BANK, YES BANK, BHARATPE, SBI, PAYTM) or the place
  line. A Bharat Connect page's biller under Operator (heldout223) / Biller name / Bill paid to (heldout235),
  *settled* (new here) Paid to biller / Provider / Utility (short or long as printed: PVVNL / Paschimanchal
  Vidyut Vitran Nigam Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio Postpaid / Reliance Jio Infocomm Ltd,
  Tata Play / Tata Play Ltd, IGL / Indraprastha Gas Ltd), never the app (here also PNB ONE, Airtel Thanks,
  CRED, Bajaj Finserv, Jupiter and super.money), Bharat Connect or *settled* (new here) the Bill in the name
  of / Name as per bill; *settled* (new here) PVVNL's own receipt page the discom on top (PVVNL, Paschimanchal
  Vidyut Vitran Nigam Ltd or its capitals as printed, as heldout235's PGVCL), never the "A UPPCL company" line
  under it, the Division or the Consumer name. An SMS alert's payee as the bank sends it (*settled*, the
  truncated name as printed, without the sentence's full stop), *settled* (new here) Punjab National Bank's
  "thru <way>; Bene: <payee>.", State Bank of India's "by transfer to <payee> via <way>.", Kranti Urban
  Co-operative Bank's "via <way>, paid to <payee>." and IndusInd Bank's UPI "Paid INR x to <payee>", and the
  failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the
  e-mail alert's Beneficiary name (heldout206), *settled* (new here) Paid to / Sent to, printed above the sum
  or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, *settled* (new here) above the payee block or under it. *settled* (heldout152,
  heldout186, heldout190, heldout202 to heldout235): a payer's advice counts its net sum, *settled* (new here)
  Net amount released / Amount paid (after deductions) / Net remittance, Amount withheld on the hold and
  Amount returned / Remittance returned on the return (the bills less TDS u/s 194Q @ 0.1% (heldout235) or
  *settled* (new here) the Sports Authority's GST-TDS @ 2% (IGST), and a Short received - n, a Damaged in
  transit - n, a Debit note - rate difference n @ rate or a Cash discount @ 1.5%), printed in the payment
  block above the bills or under them, never a bill's sum, *settled* (new here) the Gross invoice value / Sum
  of bills, or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout235): an
  inward wire's foreign sum, *settled* (new here) Foreign currency amount / Amount in FCY / Remitted amount
  (FCY) / Inward amount, in pounds, Australian dollars (AUD, A$, heldout202), New Zealand dollars (NZD, NZ$,
  heldout235), *settled* (new here) rand (ZAR before the sum, the thousands parted by spaces on some: ZAR 48
  250.00 is 48250.00), Canadian dollars (CAD, C$, CA$), US dollars, euros (EUR before or after the sum, or the
  sign, dots between the thousands and a decimal comma on some: EUR 12.450,00 is 12450.00) and Danish kroner
  (DKK before or after the sum, either grouping), never the Rupee equivalent (as heldout235's INR equivalent),
  the Less: Handling charges + GST (as heldout235's Less: Bank charges incl. GST) or the Net credit (INR) (as
  heldout235's Net INR credited); its Exchange rate applied (118.16 INR per GBP) is no sum. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout235): a receipt counts the sum received even where
  it is part of the order, Received in cash / Cash received (heldout234) / Amount of cheque (heldout206),
  *settled* (new here) or Received (cash) / Cash paid by party / UPI received / Received via UPI QR / Card
  swipe / Paid by debit/credit card / Cheque received for / Booking advance received / Advance taken, with the
  sum in words under it, never the Bill total / Net bill / Order value (heldout202) where less was received,
  the goods' line, *settled* (new here) the Less: Discount @ 10%, the CGST and SGST (@ 2.5% or @ 9%) or
  *settled* (new here) the Balance payable / Balance at delivery (as heldout234's Balance payable on
  installation); *settled* (new here) the works' sale of willow chips and shavings (the kilos x rate with CGST
  and SGST @ 2.5%) counts its bill with the GST, received in full (as heldout234's copper winding scrap).
  *settled* (heldout187, heldout191, heldout202 to heldout235): a supplier's invoice counts the sum paid,
  where an advance is taken off (here *settled* (new here) Less: Advance received against PO) the *settled*
  (new here) Balance cleared through NEFT / RTGS (as heldout231's Balance paid by), where the buyer's TDS is
  taken off (*settled* (new here) Less: TDS u/s 194Q deducted by buyer) the *settled* (new here) Net received
  by NEFT / RTGS, else *settled* (new here) Paid through NEFT / RTGS / Payment received - NEFT / RTGS, Paid by
  UPI (heldout154) / *settled* (new here) UPI received (the rounded Invoice value with GST), or the *settled*
  (new here) Cheque received / Cheque for, never the Taxable value, a line or the GST. A banking page's Amount
  (heldout119), *settled* (new here) Amount transferred / Transfer amount (Rs.) / Debit value, never *settled*
  (new here) the Balance after debit. *settled* (heldout167, heldout202 to heldout235): a wage voucher's net
  sum, *settled* (new here) Net mazdoori paid / Amount paid to stitcher / Amount paid to karigar / Net amount
  handed over (the dozens, bats, handles or frames x rate, plus Add: Four-piece ball extra / Add: Holiday work
  extra, less Less: Balls rejected at checking - n doz @ rate / Less: Thread and wax issued / Less: Advance
  (peshgi) adjusted), never the Gross mazdoori, the line or a deduction; Decentro's and a screen's sum large.
  *settled* (new here): the Nagar Nigam's house tax Net tax paid / Total amount deposited (the House tax, the
  Water tax and the Sewer tax less the Rebate for payment before 30 June), never a head or the rebate; its
  trade licence's Total payable / Amount (the Trade licence fee (sports goods shop) and the Advertisement
  board fee), never a head; the Pollution Control Board's Total fee deposited / Amount paid (the CTO fee
  (renewal) and a Late fee), never a head; SGEPC's Total paid / Amount received (the Annual subscription and
  the GST @ 18%), never the subscription or the GST; the Directorate's Amount paid / Fee (the Licence renewal
  fee); Legal Metrology's Total fees / Amount paid (the ball weighing balances' and the platform scale's
  fees), never one fee; the Fire Services' Total deposited / Amount paid (the Fire NOC renewal fee and the
  Inspection fee), never a head; the Transport Department's Total amount paid / Amount paid (the Road tax
  (quarterly) and an Additional tax), never a head. *settled* (heldout199, heldout202 to heldout235): an
  insurer's premium with its GST, *settled* (new here) Total premium paid / Premium collected (incl. GST) /
  Gross premium received, the Amount of cheque / Cheque received for on the cheque not yet cleared (as
  heldout211's Cheque amount), Premium due / Total payable on the failed one, never *settled* (new here) the
  Premium before tax (as heldout234's Net premium), an add-on or the GST, nor the Own damage or the Liability
  (TP) (as heldout223's Own damage premium and heldout234's Third party premium), nor the IDV (heldout235) or
  *settled* (new here) the Sum insured - works, plant and willow stock, the Sum insured - showroom stock, the
  Annual export turnover declared, the Employees covered (floater Rs 3,00,000 each), the Limit per carrying,
  the Annual wages declared (heldout234) or the Limit of indemnity (any one accident). A slip's *settled* (new
  here) SALE AMT: / AMT: / TOTAL AMT: / AMOUNT INR: / PAID AMT:, printed above the card or under the
  references, never the PRICE/L: or the VOL(L): (as heldout192's RATE/LTR: and QTY(LTR):) or the XTRAREWARDS
  PTS:. A Bharat Connect page's sum large, never *settled* (new here) the Amount after due date; PVVNL's
  *settled* (new here) Amount paid / Payment received (the Amount due above it is the same sum). An alert's
  sum debited (*settled* (new here) Punjab National Bank's "debited INR x", State Bank of India's "is debited
  by Rs.x", Kranti Urban Co-operative Bank's "Rs x withdrawn", IndusInd Bank's "Paid INR x", the failed and
  pending transfers' "<way> txn of Rs.x"; the e-mail's *settled* (new here) Debited amount / Transfer amount),
  never the Avl Bal:, *settled* (new here) the Clr Bal: or the e-mail's Available balance. Currency INR but on
  the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment delivered, Money reached the shop's account
  and Transfer complete - merchant credited successes, Awaiting bank confirmation - please don't retry yet
  pending, Payment declined by your bank - incorrect UPI PIN failed; a payment page's Payment successful -
  order confirmed, Transaction complete - thank you for shopping and Paid - your order is being packed at
  Meerut successes. *settled* (new here): a payer's Status: Released - credited to supplier account / Funds
  released to your bank successes, Held - quality inspection report for the lot pending pending (a payer's
  hold, as heldout198's to heldout235's), Reversed - supplier account number does not match name failed.
  *settled* (new here): an inward advice's Proceeds credited - IRM generated for EDPMS / Status: Funds
  realised and credited to your account successes, On hold - KYC of remitter under review, documents awaited
  pending, Returned to remitting bank - name mismatch with beneficiary account failed, printed under the
  heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout235): a cheque
  received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED -
  BALLS RELEASED ON CLEARANCE and CHEQUE IN CLEARING - NOT YET CREDITED pending, CHEQUE RETURNED UNPAID - SALE
  VOID and CHEQUE RETURNED - SIGNATURE MISMATCH, PAY AGAIN failed; RECEIVED WITH THANKS, PAID and PAID IN CASH
  successes, *settled* (new here) as are PAID - BAT HANDED OVER WITH COVER, PAID - KITS HANDED OVER, PAID -
  BALLS COUNTED AND DELIVERED, PAID - SHAVINGS WEIGHED AND LOADED, PAID - EQUIPMENT DISPATCHED, PAYMENT
  RECEIVED - THANK YOU, CLEARED BY NEFT / RTGS / UPI, NO DUES, PAID - BALLS RECEIVED AND COUNTED and PAID -
  ENTERED IN KARIGAR KHATA. *settled* (new here): a banking page's Executed - credited to beneficiary bank /
  Status: Success - UTR issued successes, Pending authorisation - checker approval required pending (keyed,
  not yet authorised, as heldout191's to heldout235's), Rejected by beneficiary bank - invalid account, funds
  reversed failed (whatever the reversal), printed under the heading or at the foot; Decentro's Transfer
  successful - credited to beneficiary / Payout status: Success successes, Queued - will be sent when the
  payout account is funded pending (not yet sent, as heldout235's Scheduled), Transfer failed - IFSC not valid
  for this account failed; a transfer screen's Paid / Money sent (heldout235) and *settled* (new here)
  Completed successes; a fee page's *settled* (new here) Payment successful - e-receipt generated, Fee
  deposited - thank you, Challan paid - amount credited to Government account and Dues received successes, the
  Directorate's Payment under verification - e-receipt after the treasury confirms pending, the Nagar Nigam's
  Transaction failed - amount not received by the Nagar Nigam failed, printed under the authority's line or at
  the foot; an insurer's *settled* (new here) Premium received - cover confirmed / Paid - policy schedule
  e-mailed successes, CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION pending (as heldout211's cover
  from realisation), Transaction declined by the bank - no cover granted failed, printed under the heading or
  under the sum; a slip's APPROVED successes (heldout210), *settled* (new here) as are TXN SUCCESSFUL and
  APPROVED - THANK YOU, DECLINED - 51 INSUFFICIENT FUNDS failed, HOST NOT RESPONDING - CHECK STATUS BEFORE
  RETRY pending; *settled* (new here) a Bharat Connect page's Bill payment successful / Paid - biller has
  confirmed successes, Awaiting confirmation from biller - do not pay again pending, Payment failed - amount
  will be reversed in 5 working days failed (the payment failed, whatever the reversal), PVVNL's Payment
  successful - bill updated / Receipt issued - thank you successes (printed at the foot); *settled* (new here)
  an SMS that says the transfer "has FAILED; amount reversed to your A/c." failed (whatever the reversal), one
  that "is PENDING at the beneficiary bank; do not retry yet." pending, a debit alert a success, whatever its
  bank's wording ("A/c XX1234 debited INR x on <day> thru <way>; Bene: <payee>.", "Your A/c X1234 is debited
  by Rs.x on <day> by transfer to <payee> via <way>.", "KUCB: Rs x withdrawn from A/c **1234 on <day> via
  <way>, paid to <payee>.", IndusInd Bank's "Paid INR x to <payee> from A/c *1234 on <day> via UPI. RRN
  <ref>"); the e-mail's *settled* (new here) Status: Successful / Transfer status: Completed - money sent
  successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout206), *settled* (new here) Transaction time
  / Sent on / Time of payment / Done on, Attempted on on one not yet paid or failed (as heldout235's Started
  on), printed first under the rule or after the references, a payment page's *settled* (new here) Transaction
  date / Payment completed at / Date & time of payment, printed under the status or at the foot, a payer's
  *settled* (new here) Released on / Date of credit / Transfer date, the held one's Withheld on / Advice dated
  (as heldout198's Advice date) and the returned one's Returned on (heldout234) / *settled* (new here) Date of
  reversal, an inward advice's *settled* (new here) Date of credit / Credit value date / Realised on, Held
  since (as heldout231's Held on) / Received on (heldout234) on the held one and Returned on (heldout234) /
  *settled* (new here) Date of refund to remitter on the returned one, printed first or after the sums (in
  capitals on some), a receipt's, invoice's or voucher's Date / Bill date / Dated (heldout234, heldout235) /
  Paid on (heldout235), *settled* (new here) Dt. / Sold on / Inv. date / Invoice dt. / Mazdoori date, printed
  above the number or under it, a banking page's *settled* (new here) Executed on / Transfer date / Txn date,
  Created on / Uploaded on on the one awaiting its checker and Rejected on / Reversed on on the rejected one,
  printed under the heading or at the foot, Decentro's *settled* (new here) Processed at / Completed at,
  Queued at / Created at on the one queued and Failed at (heldout168) / Rejected at on the failed one, a
  transfer screen's Date & time / Paid on / *settled* (new here) Sent on, a fee page's *settled* (new here)
  Date of deposit / Payment date / Deposited on / Transaction date, the trade licence's Attempted on / Tried
  on on the failed one and the Directorate's Initiated on (heldout234) / Submitted on on the page not yet
  confirmed, an insurer's Date of receipt (heldout221) / *settled* (new here) Premium paid on / Collected on,
  Cheque received on (heldout204) / Date of receipt on the cheque not yet cleared and Attempted on / Payment
  tried on on the failed one, a slip's TXN DT: / DT: / DT/TM: (*settled* (new here), with TXN TM: / TM:),
  printed at the top or under the sum, a Bharat Connect page's Paid on / Date & time (the latter alone on a
  bill not paid, heldout235), *settled* (new here) Payment date / Completed at, PVVNL's Date of payment /
  Payment date (heldout234, heldout235), the SMS's day, the e-mail alert's *settled* (new here) Date of
  transaction / Value date / Debit date). *settled*: never a Bill month (heldout167), a Due date, a Cheque
  date (heldout198), a Policy period (heldout231) or a Cover starts (heldout235) / *settled* (new here) Risk
  starts, an invoice number's or a voucher number's financial year or an e-mail's hour; never a Shipping
  bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) / Tax upto (heldout235) or *settled*
  (new here) Tax valid till, or the day inside a UTR (heldout210); *settled* (new here) never a Bharat Connect
  page's Bill date (as heldout235's PGVCL's) or the year of the house tax (House tax 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Decentro's IMPS (*settled* (new here), as heldout235's Easebuzz's), a Bharat Connect bill from
  a Current A/c (here in PNB ONE), a payment page's net banking, a fee, a premium or PVVNL paid by Net
  banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a
  receipt's, a voucher's, an invoice's, Decentro's, a fee's, a premium's or a bill's UPI and IndusInd Bank's
  UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium or PVVNL paid by Debit
  card; cheque for a cheque received, in clearing or returned and a premium paid by Cheque; cash for a cash
  memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout235): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI transaction ID, UPI RRN
  (heldout179), UPI Ref ID (heldout227), RRN, NEFT UTR, Bank RRN (heldout227), IMPS RRN (heldout235),
  *settled* (new here) UTR number / UPI Ref / RRN No. / Ref. No. (UTR) / UPI Txn Ref No. / UPI reference /
  Amazon Pay's Bank Reference ID on a UPI screen, Airpay's RRN and Zaakpay's Bank ref. No. (UTR) on a UPI
  payment, a payer's NEFT UTR No. / UTR reference / RTGS ref. (UTR), a receipt's UPI RRN, a banking page's UTR
  reference, Decentro's UTR / Bank RRN, a slip's RRN: (heldout200) / *settled* (new here) REF NO:, an SMS's
  UTR / IMPS Ref / RRN), then a bank reference (an inward advice's *settled* (new here) Inward ref. No. / IRM
  reference / Transaction reference (as heldout190's IRM No.), a banking page's *settled* (new here) Bank ref.
  No. / CBS reference (as heldout235's Bank reference No. / Core banking ref.), printed above the payee or
  under it, a payment page's Bank ref. No. on net banking, a fee page's Bank Ref No. / Bank ref. No., an
  insurer's Bank Ref No., *settled* (new here) Bharat Connect Ref. / BBPS ref. No. / B-Connect txn ref.), then
  a transaction / payment id (*settled* (new here) Airpay's Airpay txn ID and Zaakpay's Zaakpay txn ID, the
  UPI apps' own Kiwi txn ID, PNB txn ref., super.money ID, Vyom ref. No., Jupiter txn ID and Amazon Pay txn ID
  (the app's own id, whatever its name, heldout235), Google Pay's Google transaction ID and YONO SBI's YONO
  txn ID, Decentro's Decentro txn ID (as heldout235's Easebuzz payout ID), a fee page's Transaction ID /
  Transaction No. (heldout234), *settled* (new here) the Pollution Control Board's Nivesh Mitra txn ID,
  SGEPC's Payment ID and Legal Metrology's Treasury ref. No. (as heldout235's Cyber treasury ref.), an
  insurer's *settled* (new here) Gateway txn ref. / Online payment ID, PVVNL's Transaction ID, a failed Bharat
  Connect page's Txn ID (heldout235)), then an approval code (Auth code, Approval code, a slip's APPR CODE: /
  *settled* (new here) AUTH ID: / APPROVAL:), then an order's number (*settled* (new here) Airpay's Merchant
  order ID and Zaakpay's Order ID, Decentro's Reference ID (the company's own id for the payout, as
  heldout234's Open Reference ID)), then a document's own number (a payer's Advice No. (heldout168) /
  *settled* (new here) Payment advice ref. / Remittance No., Receipt No. / *settled* (new here) Cash memo No.
  / Sale bill No. / Voucher No. / Acknowledgement No. on a receipt, Invoice No. / Bill No. / Tax invoice No.
  (heldout234) on an invoice, Wage voucher No. (heldout234) / *settled* (new here) Parchi No. on a voucher, a
  fee page's Receipt No., Vahan's Receipt No., Receipt No. / *settled* (new here) Collection receipt No. on an
  insurer's receipt, PVVNL's Receipt No., a slip's INVOICE NO: / BILL NO: (heldout234) / *settled* (new here)
  INV: / VOUCHER NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202) or *settled* (new here)
  BATCH: / TRACE NO:, a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a
  Purpose code / *settled* (new here) Purpose of remittance, an Export invoice No. (heldout210), a Shipping
  bill No. (heldout167), an E-way bill No., an LR No. (heldout235) or *settled* (new here) a Transporter GR
  No., a PO No. / PO ref., a Vehicle No. (heldout205) (so never a Registration No. on the Vahan page or an
  insurer's page or a slip's VEHICLE:), an Application No. (heldout203) / *settled* (new here) NOC application
  No., a Policy No. / Proposal No. / *settled* (new here) Cover note No., a Supplier code (as heldout210's
  Vendor code), a Sender's reference (heldout223) / *settled* (new here) SWIFT ref. (field 20), an IEC No.,
  Maker / Checker (heldout171) (so never the Created by / Authorised by) or the Corporate ID, a consumer
  number (here Account No., Customer ID, Mobile No., Subscriber ID, BP No.), a Property ID (heldout222), a
  Licence No. (heldout231) / *settled* (new here) Factory licence No., a Consent No. (as heldout235's Consent
  order No.), an RCMC No. (heldout227), a slip's ROOM NO: (heldout203) / *settled* (new here) ROOM:, RESV NO:,
  TABLE NO:, NOZZLE: or CUST MOB:, a Beneficiary ID (heldout173), *settled* (new here) a GeM contract No., a
  Sanction order No., an MRN No. (as heldout235's GRN No.), a Karigar card No., a Lot No. or a Beneficiary
  nickname (as heldout231's Nick name).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout239_families import (
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

SPLIT = "heldout239"

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


def make_heldout239_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout239 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

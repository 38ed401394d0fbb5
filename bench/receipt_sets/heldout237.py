"""heldout237: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an Aligarh lock and builders' hardware maker's day in 2026 in Aligarh, Uttar
Pradesh (Kundan Locks & Fittings Pvt Ltd, its works in the Talanagri Industrial Area on Ramghat Road, Kundan
Lock Works, where the brass is cast and the zinc alloy die cast into lock bodies, the levers cut, the keys
filed, the bodies buffed and nickel plated and the padlocks, mortise locks, hinges, tower bolts and aldrops
put together, with the lever cutting, key filing and padlock assembly given out to the karigars' home units in
Sarai Sultani, Nagla Mallah, Jeevangarh, Harduaganj, Sarai Bahram Beg and Sarai Mian, and its trade counter in
the Mamu Bhanja market, Kundan Hardware Bhandar, where the hardware shops, the contractors and the
householders buy), told by the proofs of payment it receives (hardware shops', engineers' and householders'
Google Pay, PNB ONE, Airtel Thanks, Groww, Freecharge and Jio Finance screens and the counter's Airpay and
Zaakpay pages, a Delhi, a Mumbai, a Kolkata, a Secunderabad, a Bengaluru and a Jaipur hardware house's, a
Lucknow builder's and Northern Railway's stores accounts' payment advices, hardware importers' inward wires
from Nairobi, Muscat, Johannesburg, Brampton, Osaka, Riyadh, Kuwait and Rotterdam in US dollars, Omani rials,
rand, Canadian dollars, yen, Saudi riyals, Kuwaiti dinars and euros, the counter's sale bills, the works'
receipts for brass scrap sold to a scrap trader, key blanks sold by the gross to a key maker and zinc rejects
sold by weight to a die caster, the accounts desk's acknowledgements of an Agra builder's advance and a
Lucknow hardware store's order, cards on the counter's, the works' and the company's terminals) and those it
makes (the Jamnagar brass rod maker's, the Bhiwadi zinc alloy maker's, the Mandi Gobindgarh strip mill's, the
Delhi plating chemicals dealer's and the Ghaziabad blister and carton maker's tax invoices, the corporate
net-banking transfers to the transporter, the electroplater, the die maker, the counter's landlord, the
auditors, the security agency, the buffing supplies firm and the generator mechanic, the karigars' piece wage
vouchers and the plating helper's day wage slip, PayU payouts to a polisher and a lever cutter and a Google
Pay and a YONO SBI payment to two karigars, Aligarh Nagar Nigam's house tax, the Uttar Pradesh Pollution
Control Board's consent renewal, the Directorate of Factories' licence renewal, ESIC's contribution, the Fire
and Emergency Services' NOC renewal, EPFO's ECR challan, UPSIDA's maintenance charges and the Transport
Department's Vahan tax, the insurers' premium receipts for the works and stock, the counter's stock, the
dispatches, the staff's health, the wage cash from the bank, the delivery van, the casting and plating shop
workers and the die casting machines, its card at a filling station on GT Road, a Dwarka hotel in the hardware
fair week, a Delhi tool house and a highway dhaba, DVVNL's power and the broadband, fibre, postpaid and DTH
bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one
wait; one page prints no transaction id and one no day, different pages (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, PNB ONE, Airtel Thanks, Groww, Freecharge, Jio Finance)
  paying the counter or the company in three layouts (the payee block first, the sum and the status under it
  and the day at the foot of the details; the sum, the payee, the details with the day, the status at the
  foot; the day alone on the first line, then the status, the sum and the payee), and the counter's two
  payment pages (Airpay, Zaakpay), the day and the buyer first, the sum large above the status and the
  references.
* ``buyer_advices``: the hardware houses', the builder's and Northern Railway's PAYMENT ADVICE TO SUPPLIER /
  SUPPLIER PAYMENT ADVICE - HARDWARE / Advice of funds released to supplier (e-mail, printed, supplier
  portal), the Supplier ID and PO No. first, the bills first and the payee and the payment block under them or
  the other way round, the status after the payment block.
* ``export_wires``: eight banks' inward remittance advices (INWARD FOREIGN REMITTANCE - CREDIT CONFIRMATION /
  Export realisation advice - funds received from abroad / Advice of credit - foreign currency inward;
  browser, e-mail, printed), the status first under the heading or at the foot, the beneficiary and the sums
  above the remitter's block, the day at the foot.
* ``own_receipts``: the counter's SALE BILL - LOCKS AND BUILDERS' HARDWARE / CASH / CREDIT MEMO - MAMU BHANJA
  COUNTER, the works' MONEY RECEIPT - BRASS SCRAP (HONEY) SOLD / SCRAP SALE VOUCHER - CASTING SHOP / RECEIPT -
  KEY BLANKS SOLD BY THE GROSS / SALE MEMO - KEY BLANKS / MONEY RECEIPT - ZINC REJECTS BY WEIGHT / SALE MEMO -
  DIE CAST REJECTS (paper, rubber stamp), the number and the day first or at the foot under the status, and
  the accounts desk's Payment acknowledgement e-mails.
* ``supplier_invoices``: the brass rod, zinc alloy, steel strip, plating chemical and blister pack suppliers'
  TAX INVOICE (RULE 46, CGST RULES) - ORIGINAL / GST TAX INVOICE - BUYER'S COPY / INVOICE CUM DELIVERY CHALLAN
  with the IRN and Ack No. on some, the payment block (and its status) above the goods under Payment against
  this invoice on some, under the Grand total on the rest, and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transfer pages (PNB Corporate Internet Banking, UCO Corporate
  e-Banking, Indus Direct), the status and the day first and the references at the foot, or the references
  first and the day and the status at the foot.
* ``worker_pay``: printed PADLOCK ASSEMBLY WAGES - PER DOZEN / TALA JODAI MAJDOORI PARCHI / KEY FILING WAGES -
  PER GROSS / CHABI GHISAI PARCHI / LEVER CUTTING WAGES - PER THOUSAND / LEVER KATAI VOUCHER (GHAR KA KAAM) /
  PLATING SHOP WAGES - DAILY RATE / PLATING MAJDOORI PARCHI, the karigar first or at the foot over the thumb
  impression; PayU's payout pages, the status first and the sum as a pair; a Google Pay and a YONO SBI screen.
* ``govt_fees``: Aligarh Nagar Nigam's house tax page, the Uttar Pradesh Pollution Control Board's consent
  renewal and the Directorate of Factories' licence renewal (Nivesh Mitra), ESIC's monthly contribution, the
  Fire and Emergency Services' NOC renewal, EPFO's ECR challan, UPSIDA's maintenance charges and the Transport
  Department's Vahan tax page (browser), the status first or at the foot.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Receipt for premium received / COLLECTION RECEIPT -
  POLICYHOLDER COPY / PREMIUM PAYMENT - STATUS on the failed one (browser, e-mail, printed at the branch), the
  status first under the heading or under the sum.
* ``card_slips``: card terminal slips (monospace), a tip above the dhaba's total.
* ``utility_bills``: Bharat Connect in PNB ONE and UPI apps (CRED, Freecharge, Airtel Thanks, BHIM, Groww),
  the sum large above the status or the status first and the sum as a pair under the biller, and DVVNL's own
  online payment receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Punjab National Bank, Canara Bank, Zila
  Sahkari Bank Ltd, Aligarh, HDFC Bank's UPI) and two e-mail debit alerts (Yes Bank, IndusInd Bank), the payee
  above the sum.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout235's; the degradations are ``family_set``'s and the frames
``compose``'s (heldout158's), as heldout235's.

Truth conventions (heldout235's, heldout231's, heldout227's, heldout226's, heldout225's, heldout224's,
heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's,
heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206), Payee / Amount paid to (heldout235), *settled* (new here) Recipient /
  Money sent to / Transferred to / Sending to (here the counter, Kundan Hardware Bhandar / KUNDAN HARDWARE
  BHANDAR, the company's capitals, KUNDAN LOCKS & FITTINGS PVT LTD, or its short name, Kundan Locks, as
  printed), whether the payee block stands above the sum, under it or under the day's line, never the UPI ID
  or the app, nor the Banking name (heldout207) / Bank account name (heldout225) / Registered name / Name at
  bank (heldout235) line under the UPI ID or *settled* (new here) the Verified name / Account name line there;
  a payment page's payee on top (here the counter or the company), never Paid by (heldout206) / Billing name
  (heldout193) / Customer name / Buyer / Item / Purpose of payment (heldout235), *settled* (new here) the
  Payer name / Customer details or the Description / Order details, or the gateway's footer (*settled* (new
  here) Secured by Airpay Payment Services, Powered by Zaakpay - a MobiKwik company). *settled* (heldout167,
  heldout175, heldout179, heldout190, heldout202 to heldout235): a payer's payment advice pays the one it
  pays, never the payer on top; here a hardware house's, the builder's or Northern Railway's advice pays the
  company under *settled* (new here) Supplier name / Beneficiary supplier / Paid in favour of / Amount
  released to (its full, capital or short name as printed), printed above the bills or under them, never the
  payer on top (the hardware houses, Gomti Nagar Realty Pvt Ltd, Northern Railway), its desk line (Office of
  the FA&CAO (Stores), ...), *settled* (new here) the Supplier ID (as heldout210's Vendor code), the PO No. or
  the Supplier bank A/c (as heldout235's Vendor bank A/c). *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout235): a bank's inward remittance advice pays the company under Name of beneficiary
  (heldout210), Beneficiary / Exporter (beneficiary) / Credited to customer (heldout235), *settled* (new here)
  Beneficiary customer / Credit to (exporter) / Account holder (beneficiary) / In favour of, printed under the
  status or not and above the remitter's block, never the bank on top, its forex line, the remitter (*settled*
  (new here) Ordering customer / Remitter name / Foreign buyer (remitter), the importer abroad), the Sender's
  bank (heldout155) / Remitting bank (heldout235) or *settled* (new here) the Ordering institution /
  Remitter's bank, nor *settled* (new here) the Nostro credited (as heldout235's Intermediary bank). *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout235): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the counter's sale bills pay Kundan Hardware
  Bhandar and the works' receipts Kundan Lock Works (capitals where so printed), and a receipt with the
  company on top the company, never the "A unit of" company line under it (heldout190), the party under
  Received from / Customer / Sold to (heldout235) or *settled* (new here) Received with thanks from / Name of
  buyer / Party, printed after the number and the day or before them, the goods' line, the signature line or
  the rubber stamp; *settled* (new here) the works' receipts for brass scrap sold to a scrap trader, key
  blanks sold to a key maker and zinc rejects sold to a die caster alike (the works, never the buyer, as
  heldout235's katran); the accounts desk's e-mail pays the company on top (its full, capital or short name as
  printed, heldout219). A supplier's name on top of its own paper (capitals where so printed), never M/s the
  company under Billed to / Recipient / Bill to party (heldout235) or *settled* (new here) Buyer (bill to) /
  Name of buyer / Party, nor the works under *settled* (new here) Delivery at (as heldout235's Shipped to),
  nor the transporter. *settled* (heldout179, heldout186, heldout202, heldout203, heldout207 to heldout235): a
  corporate banking page pays the payee under Beneficiary name (heldout211), Beneficiary / Paid to / Payee
  name / Credit party name (heldout235), *settled* (new here) Transfer to / Beneficiary account name / Credit
  to / Payee (beneficiary), printed under the references or under the status and the day, never the portal
  (PNB Corporate Internet Banking, UCO Corporate e-Banking, Indus Direct), the bank line, *settled* (new here)
  the Debited account (as heldout235's From account) or the Beneficiary nickname (as heldout235's Short name).
  *settled* (heldout150, heldout161, heldout179, heldout203 to heldout235): a wage voucher pays the worker,
  *settled* (new here) a karigar under Karigar's name / Paid to karigar, a key filer under Name of filer /
  Paid to (key filer) and the plating helper under Name of worker / Paid to (plating helper), printed first
  under the heading or at the foot over the thumb impression line, never the company on top, the works' line
  under it, the Work, *settled* (new here) the Mohalla (as heldout235's Village), the Karigar ID (as
  heldout235's Card No.) or the Die No. (as heldout235's Design code); *settled* (new here) PayU's payout page
  the Beneficiary name / Transferred to (as heldout235's Easebuzz), never PayU on top, the company under it
  (Payouts - ...) or the Account / VPA; a transfer screen the payee under Money sent to / Recipient / To.
  *settled* (heldout153, heldout167, heldout182, heldout202 to heldout235): a fee page pays the authority on
  top as printed, *settled* (new here for Uttar Pradesh) Aligarh Nagar Nigam / NAGAR NIGAM ALIGARH; Uttar
  Pradesh Pollution Control Board / UP POLLUTION CONTROL BOARD; Directorate of Factories, Uttar Pradesh /
  DIRECTORATE OF FACTORIES, U.P.; Employees' State Insurance Corporation / ESIC; Uttar Pradesh Fire and
  Emergency Services / U.P. FIRE AND EMERGENCY SERVICES; Employees' Provident Fund Organisation / EPFO; Uttar
  Pradesh State Industrial Development Authority / UPSIDA; Transport Department, Government of Uttar Pradesh /
  Transport Department, U.P. on the Vahan receipt (as heldout235's); never the line under it (e-Nagar Sewa,
  Nivesh Mitra, the Labour Department, the Ministry of Labour & Employment, Fire NOC renewal, Annual
  maintenance charges, Vahan or the Ministry of Road Transport & Highways), *settled* (new here) the Owner
  name, Name of unit, Name of factory, Name of occupier, Employer name, Name of establishment, Establishment
  name, Allottee or Registered owner (heldout235). *settled* (heldout199, heldout202 to heldout235): an
  insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new
  here) United India Insurance Co. Ltd's, National Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's,
  Care Health Insurance Ltd's, Liberty General Insurance Ltd's, ICICI Lombard General Insurance Co. Ltd's, SBI
  General Insurance Co. Ltd's and HDFC ERGO General Insurance Co. Ltd's alike), never the product line, the
  office line or *settled* (new here) the Name of insured / Insured name / Proposer (the company, as
  heldout235's Insured / Policyholder). A slip's counter name line in capitals (here the company's own
  counters, KUNDAN HARDWARE BHANDAR, KUNDAN LOCK WORKS and KUNDAN LOCKS, on four, a filling station, a Dwarka
  hotel, a Delhi tool house and a highway dhaba on the rest), never the terminal's bank or brand (PUNJAB
  NATIONAL BANK, INDIANOIL, PINE LABS, ICICI BANK, CANARA BANK, PAYTM EDC, RAZORPAY POS, BHARATPE), the place
  line or *settled* (new here) the shop's GSTIN: line. A Bharat Connect page's biller under Operator
  (heldout223), Biller name / Billing company / Bill paid to / Telecom operator (heldout235), *settled* (new
  here) Biller / Paid to biller / Service provider / Operator name (short or long as printed), printed under
  the status with the sum above it or under it, never the app (here also CRED, PNB ONE, Freecharge, Airtel
  Thanks, BHIM and Groww), Bharat Connect, the Account holder / Registered name / Name on the bill
  (heldout235) or *settled* (new here) the Customer name / Consumer name / Name as per biller; *settled* (new
  here) DVVNL's own receipt page the discom on top (DVVNL, Dakshinanchal Vidyut Vitran Nigam Ltd or its
  capitals as printed, as heldout235's PGVCL), never the Uttar Pradesh Power Corporation Ltd line under it,
  the Division or the Consumer name. An SMS alert's payee as the bank sends it ("in favour of ALIGARH GOLDEN
  ROADW.": *settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  Punjab National Bank's "thru <way> in favour of <payee>.", Canara Bank's "towards <way> to <payee>.", Zila
  Sahkari Bank's "by <way>; paid to <payee>." and HDFC Bank's UPI "to <payee> (VPA ...)." (the name before the
  bracket, never the VPA), and the failed and pending payments' "to <payee> on <day>" (heldout222), never the
  bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary name / Paid to / Credited to,
  printed above the sum (heldout235's under it), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, under the payee block or above it. *settled* (heldout152, heldout186, heldout190,
  heldout202 to heldout235): a payer's advice counts its net sum, *settled* (new here) Net amount paid /
  Amount released / Net remitted, Amount withheld / Payable - on hold on the hold and Amount returned /
  Payment value on the return (the bills less TDS u/s 194Q @ 0.1% and a Short supply - n doz, a Rate
  difference as per PO or a Cash discount @ 1.5%), printed above the bills or under them, never a bill's sum,
  the Gross bills (heldout235) / *settled* (new here) Value of bills, or a cut. *settled* (heldout155,
  heldout167, heldout179, heldout190, heldout203 to heldout235): an inward wire's foreign sum, *settled* (new
  here) Instructed amount / Foreign currency amount / Remittance in FCY / Amount (FC), in US dollars,
  *settled* (new here) Omani rials (OMR or RO before the sum, three decimals: RO 2,977.810 is 2977.81 OMR),
  rand (ZAR before the sum, grouped by spaces, 351 586.99, or not grouped), Canadian dollars (CAD, C$), yen
  (JPY or the yen sign, no decimals: 1,348,000 yen is 1348000.00 JPY), Saudi riyals (SAR before or after the
  sum), Kuwaiti dinars (KWD, three decimals) and euros grouped by dots with a decimal comma (EUR 15.950,00 /
  15.950,00 EUR or the euro sign after) or run together as SWIFT writes them (EUR15950,00), all 15950.00 EUR;
  never *settled* (new here) the Rupee equivalent (as heldout235's INR equivalent, here in lakh grouping), the
  Less: Commission and GST (as heldout235's Less: Bank charges incl. GST) or the Amount credited in INR (as
  heldout235's Net INR credited); its Exchange rate applied (1 KWD = INR 281.4455, 100 JPY = INR 57.138) is no
  sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout235): a receipt counts the sum
  received even where it is part of the order, Received in cash / Received by UPI / Cheque amount / Advance
  received / Paid by card (heldout189, heldout235), *settled* (new here) or Cash received / Amount received in
  cash / Received via UPI QR / UPI amount received / Charged to card / Card amount / Cheque received for /
  Amount of cheque / Advance received against order / Booking amount received, with the sum
  in words under it, never *settled* (new here) the Bill total / Net bill / Total (as heldout235's Memo total)
  where less was received, the goods' line, the Less: Trade discount @ 8%, the CGST @ 9% and SGST @ 9% or
  *settled* (new here) the Balance payable on dispatch (as heldout235's Balance on delivery); *settled* (new
  here) the works' sale of brass scrap counts its bill with the TCS u/s 206C(1) @ 1% on it (the kilos x rate,
  the GST and the TCS, the sum the scrap trader paid), never the kilos' line, the GST or the TCS alone, and
  its sales of key blanks and zinc rejects their bills, received in full. *settled* (heldout187, heldout191,
  heldout202 to heldout235): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance received against PO) the *settled* (new here) Balance received by RTGS /
  NEFT (as heldout235's Balance settled by), else *settled* (new here) Received through RTGS / NEFT / Paid via
  UPI / UPI received (the rounded Grand total), or *settled* (new here) Cheque received for / Amount of
  cheque, printed above the goods under Payment against this invoice or under the Grand total, never the
  Taxable amount, a line, the GST, the Grand total where an advance was taken off or *settled* (new here) the
  grand total's sum in words at the foot. A banking page's *settled* (new here) Transfer amount / Amount
  debited / Txn amount (INR). *settled* (heldout167, heldout202 to heldout235): a wage voucher's net sum,
  *settled* (new here) Net majdoori paid / Amount paid to karigar / Net paid / Net wages paid (the dozens,
  grosses, thousands or days x rate, plus Add: Extra for 7-lever models / Add: Sunday working, less Less:
  Rejected - n doz @ rate / Less: Peshgi (advance) recovered / Less: ESI @ 0.75%), never the Gross majdoori,
  the line or a deduction; *settled* (new here) PayU's Payout amount / Amount (a pair, not large), never the
  Payout account balance; a screen's sum large. *settled* (new here): the Nigam's Total paid / Net amount
  deposited (the Grih kar, the Jal kar and the Sewer kar less a Rebate for paying before 31 July), never a
  head or the rebate; the Pollution Control Board's Fee deposited / Total fee (the Consent fee (CTO renewal, 2
  years) and a Hazardous waste authorisation fee); the Directorate of Factories' Fee payable / Amount (the
  Renewal fee and a Late fee); ESIC's Total contribution paid (the Employees' and the Employer's share), never
  a share; the Fire Services' Amount paid (the Renewal fee and the Inspection fee); EPFO's Total amount (A/c
  1, A/c 2, A/c 10 and A/c 21), never an account's sum; UPSIDA's Total paid (the Maintenance charges, the
  Water charges and the GST @ 18%); the Transport Department's Total amount (the Motor vehicle tax, an
  Additional tax and a Penalty), never a head. *settled* (heldout199, heldout202 to heldout235): an insurer's
  premium with its GST, *settled* (new here) Premium paid (incl. GST) / Total amount received / Gross premium
  received, *settled* (new here) the Cheque amount received on the cheque not yet cleared (as heldout211's
  Cheque amount), Premium due / Amount to be paid on the failed one, never *settled* (new here) the Net
  premium (as heldout235's Basic premium), an add-on, the CGST @ 9% and SGST @ 9% or the IGST @ 18%, the OD
  premium or the TP premium (heldout235), *settled* (new here) the Less: No claim bonus 25%, the IDV
  (heldout235) or *settled* (new here) the Sum insured - building, machinery and stock, the Stock sum insured,
  the Annual turnover declared (transit), the Members covered, the Limit per carrying, the Annual wages
  declared or the Sum insured - machines. A slip's AMOUNT: (heldout179) / TOTAL: (heldout179) / TXN AMT:
  (heldout173) / BASE AMT: / AMOUNT (RS): (heldout235), *settled* (new here) or SALE AMT: / AMT: / NET AMOUNT:
  / TOTAL AMT:, and on a slip with a tip *settled* (new here) its TOTAL: (the BASE: and the TIP:), never the
  BASE: or the TIP:; never the RATE: or the VOLUME: (as heldout192's RATE/LTR: and QTY(LTR):). A Bharat
  Connect page's sum large or *settled* (new here) its Amount paid / Amount as a pair under the biller;
  DVVNL's *settled* (new here) Amount paid / Amount received, never *settled* (new here) the Security deposit
  held. An alert's sum debited (*settled* (new here) Punjab National Bank's "debited with INR x", Canara
  Bank's "An amount of INR x is DEBITED", Zila Sahkari Bank's "Rs x withdrawn", HDFC Bank's "UPI txn: Rs.x
  debited", the failed and pending payments' "Your <way> of INR x" (the failed one's "INR x re-credited" the
  same sum); the e-mail's *settled* (new here) Transaction amount / Amount (INR)), never the Avl Bal:
  (heldout235) or *settled* (new here) the Aval Bal / Total Avail.bal / Bal Rs / Available balance. Currency
  INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful, Transfer complete - money
  reached the payee and Done - the shop has your money successes, Pending at the bank - we will update you
  within 48 hours pending, Payment failed - wrong UPI PIN entered failed, printed under the sum or at the foot
  of the details; a payment page's Transaction successful, Payment received by the seller and Order confirmed
  - dispatch in two days successes. *settled* (new here): a payer's Status: Released - supplier account
  credited / Funds transferred to your bank account - please acknowledge successes, Held - signed delivery
  challan not yet received pending (a payer's hold, as heldout198's to heldout235's), Returned unpaid -
  beneficiary name does not match the account failed. *settled* (new here): an inward advice's Funds realised
  - credited to the exporter's account / Status: Credited - IRM sent to EDPMS successes, Under review -
  remitter name screening by the bank, credit after clearance pending, Returned to ordering bank - beneficiary
  name differs from the account title failed, printed first under the heading or at the foot. *settled*
  (heldout167, heldout179, heldout190, heldout203, heldout207, heldout211, heldout215, heldout219, heldout223,
  heldout227, heldout231, heldout235): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - GOODS RELEASED ON CLEARING and CHEQUE IN CLEARING -
  RECEIPT SUBJECT TO REALISATION pending, CHEQUE RETURNED - DRAWER'S ACCOUNT CLOSED, BILL CANCELLED and CHEQUE
  RETURNED UNPAID - SIGNATURE DIFFERS, PAY AFRESH failed; RECEIVED WITH THANKS, PAID and PAID IN CASH
  successes, *settled* (new here) as are PAID - GOODS DELIVERED AT COUNTER, RECEIVED - SCRAP WEIGHED AND
  LOADED, PAID - BLANKS COUNTED AND HANDED OVER, PAID - REJECTS WEIGHED AND LIFTED, PAYMENT RECEIVED - NO
  DUES, RECEIVED BY RTGS / NEFT / UPI - THANK YOU, PAID - GOODS RECEIVED BACK AND COUNTED, PAID - ENTERED IN
  KARIGAR KHATA and the e-mail's Status: Received in full / Status: Advance received - balance on dispatch.
  *settled* (new here): a banking page's Executed - credit confirmed by beneficiary bank / Status: Success -
  UTR received successes, Pending authorisation - checker has not approved yet pending (keyed, not yet
  authorised, as heldout191's to heldout235's), Rejected by beneficiary bank - account frozen, debit reversed
  failed, printed first or at the foot; PayU's Transfer successful - credited to beneficiary / Payout status:
  SUCCESS successes, Queued - payout account balance is low, will retry pending (not yet sent, as heldout227's
  Scheduled), Reversed - beneficiary bank reports invalid account failed, printed first; a transfer screen's
  Completed / Paid / Money sent successfully successes; a fee page's *settled* (new here) Payment successful -
  receipt issued, Challan paid - amount credited to the Government, Fee deposited - e-receipt generated and
  Tax deposited successfully successes, EPFO's Payment under process - bank confirmation awaited, do not pay
  this challan again pending, the Directorate of Factories' Transaction declined by the bank - fee not
  deposited, licence not renewed failed (printed first or at the foot); an insurer's *settled* (new here)
  Premium realised - policy in force / Receipt issued - policy e-mailed to the insured successes, Cheque under
  clearing - cover begins on realisation pending (as heldout211's cover from realisation), Transaction
  unsuccessful - premium not received, policy not issued failed, printed first or under the sum; a slip's
  APPROVED successes (heldout210), *settled* (new here) as are TXN SUCCESSFUL and APPROVED - THANK YOU,
  DECLINED - 51 INSUFFICIENT FUNDS failed, HOST NOT RESPONDING - STATUS UNKNOWN, CHECK BEFORE RETRY pending;
  *settled* (new here) a Bharat Connect page's Bill payment successful / Payment received by the biller
  successes, Awaiting biller confirmation - up to 48 hours pending, Payment unsuccessful - biller did not
  respond, money will be returned failed (the payment failed, whatever the return), DVVNL's Payment posted to
  your account / Bill paid - thank you for paying online successes (printed at the foot); *settled* (new here)
  an SMS that says the transfer "was RETURNED by the payee's bank - INR x re-credited to A/c XX1234." failed
  (whatever the return), one that "is AWAITING credit confirmation from the payee's bank. Do not repeat it."
  pending, a debit alert a success, whatever its bank's wording ("PNB: A/c XX1234 debited with INR x on <day>
  thru <way> in favour of <payee>.", "An amount of INR x is DEBITED to your A/c XXX1234 on <day> towards <way>
  to <payee>.", "ZSB ALIGARH: Rs x withdrawn from A/c ..1234 on <day> by <way>; paid to <payee>.", HDFC Bank's
  "UPI txn: Rs.x debited from A/c **1234 on <day> to <payee> (VPA ...). Ref <ref>"); the e-mail's *settled*
  (new here) Transaction status: Successful / Outcome: Amount debited and sent to the beneficiary bank
  successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout206), Completed on / Debited on / Started
  on (heldout235), *settled* (new here) Transaction time / Paid at, Attempted on / Initiated at on one not yet
  paid or failed, printed after the references at the foot of the details or not, or the day alone with its
  hour on the first line under the app (*settled* (new here), unlabelled), a payment page's Paid on / Payment
  date (heldout206), *settled* (new here) Transaction date / Txn date & time, printed first above the buyer, a
  payer's Paid on / Value date (heldout235), *settled* (new here) Payment released on / Value dt. / Date of
  payment, the held one's *settled* (new here) Held since / Advice dt. (as heldout226's Withheld on and
  heldout198's Advice date) and the returned one's *settled* (new here) Returned on / Reversal date (as
  heldout223's Date of return), an inward advice's Realisation date (heldout203) / Value date / Credit date /
  Funds credited on (heldout235), *settled* (new here) Date of credit / Credited on / Realised on / Value dt.,
  Funds received on / Held since on the one under review and Returned to remitter on / Refund date on the
  returned one, printed at the foot, a receipt's, invoice's or voucher's Date / Dated / Invoice date / Date of
  invoice (heldout215), Memo date / Receipt date / Bill dt. / Paid on (heldout235), *settled* (new here) Dt. /
  Date of receipt / Bill date / Inv. Dt. / Invoice Dt. / Date of issue / Date of payment, a banking page's
  *settled* (new here) Executed on / Transaction date / Txn date, Created on / Submitted on on the one
  awaiting its checker and Rejected on / Reversed on on the rejected one, printed first or at the foot, PayU's
  *settled* (new here) Processed at / Credited at, Queued at / Initiated at on the one queued and Reversed at
  / Failed at (heldout168) on the reversed one, a fee page's Date of payment / Receipt date / Paid on / Date
  of remittance (heldout235), *settled* (new here) Date of deposit / Deposited on / Txn date / Payment date,
  the Factories' Attempted on / Txn date on the declined one and EPFO's Payment initiated on / Txn date on the
  one under process, an insurer's *settled* (new here) Date of receipt / Premium paid on / Collected on,
  Cheque received on / Receipt date on the cheque not yet cleared and Attempted on / Transaction date on the
  failed one, a slip's TXN DATE: (heldout150) / DATE: / DATE/TIME:, *settled* (new here) DT: / DATE & TIME: /
  TXN DT:, a Bharat Connect page's Paid on / Payment time (heldout169), *settled* (new here) Payment date /
  Transaction time, Initiated at on a bill not paid, DVVNL's *settled* (new here) Payment date & time /
  Transaction date, the SMS's day, the e-mail alert's *settled* (new here) Value date / Date of transaction /
  Txn date). *settled*: never a Bill month / Bill period (heldout167), a Billing month / Due date
  (heldout235), *settled* (new here) a Bill period printed as two days (01.04.2026 to 30.04.2026) or a Last
  date, a Cheque date (heldout198) / *settled* (new here) Cheque dt., a Period of insurance (heldout199) /
  Cover starts (heldout235) or *settled* (new here) a Risk starts, a Buyer's PO No. & dt., a Wage month or a
  Contribution period, an invoice number's or a voucher number's financial year or an e-mail's hour; never a
  Shipping bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) / Tax upto (heldout235) or
  *settled* (new here) Tax validity to, or the day inside a UTR (heldout210); never DVVNL's Bill date
  (heldout235's PGVCL's), the year of the house tax (Grih kar 2026-27) or *settled* (new here) UPSIDA's
  Maintenance charges 2026-27.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155, here *settled*
  (new here) Received through SWIFT MT103), a payer's NEFT / RTGS / IMPS, PayU's IMPS (*settled* (new here),
  as heldout235's Easebuzz's), a Bharat Connect bill from a Current A/c (here in PNB ONE), a fee, a premium or
  DVVNL paid by Net banking, an e-mail alert's Transaction type, an SMS's NEFT / IMPS / RTGS; UPI for UPI
  apps, a payment page's, a receipt's, a voucher's, an invoice's, PayU's, a fee's, a premium's or a bill's UPI
  and HDFC Bank's UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium or DVVNL
  paid by Debit card; cheque for a cheque accepted, in clearing or returned and a premium paid by Cheque; cash
  for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout235): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), UPI Ref ID (heldout227), RRN, NEFT UTR, IMPS Ref No., *settled* (new
  here) RRN No., UPI reference, UPI ref. number, Bank RRN, UPI reference No., Airpay's Bank RRN and Zaakpay's
  UPI RRN on a UPI payment, a payer's NEFT UTR No. / UTR ref. / RTGS ref. / IMPS RRN, a receipt's UPI RRN /
  NEFT UTR, a banking page's UTR Number / UTR ref. / IMPS RRN, PayU's Bank UTR / UTR, a slip's RRN:
  (heldout200) / *settled* (new here) REF NO: (its RRN), an SMS's "UTR x" / "IMPS Ref No x" and HDFC Bank's
  UPI "Ref x", the e-mail alert's UTR No. / IMPS Ref No.), then a bank reference (an inward advice's IRM No.
  (heldout190) / Inward remittance No. / Bank reference (heldout235), *settled* (new here) IRM reference No. /
  Our reference / Inward reference No., a banking page's *settled* (new here) Host reference No. / CBS ref.
  No., a fee page's Bank Ref No. / *settled* (new here) Bank ref. No., an insurer's *settled* (new here) Bank
  ref., *settled* (new here) Bharat Connect Txn ID / B-Connect ref.), then a transaction / payment id
  (*settled* (new here) Airpay's Airpay txn ID and Zaakpay's Zaakpay txn ID, Google Pay's Google transaction
  ID, PNB ONE's and YONO SBI's Transaction ID, Airtel Thanks' Airtel txn ID, Groww's Groww order ID,
  Freecharge's Freecharge txn ID and Jio Finance's Jio txn ID (the app's own id, whatever its name), PayU's
  Payout ID (as heldout235's Easebuzz payout ID), a banking page's Portal txn ID, a fee page's Transaction ID,
  *settled* (new here) the Nigam's Transaction No., the Pollution Control Board's Nivesh Mitra txn ID, ESIC's
  Transaction No., the Fire Services' Payment ref. No. and Vahan's Transaction No., an insurer's *settled*
  (new here) Online payment ref. / PG txn No., DVVNL's *settled* (new here) Transaction ID, a failed Bharat
  Connect page's *settled* (new here) App txn ID), then an approval code (Auth code, Approval code, a slip's
  AUTH CODE: / APPR CODE:, *settled* (new here) Zaakpay's Auth ID and a slip's APP CODE: / APPROVAL:), then an
  order's number (*settled* (new here) Airpay's Merchant order No. and Zaakpay's Order ID, PayU's Merchant ref
  ID (as heldout235's Unique request ID)), then a document's own number (a payer's Payment voucher No.
  (heldout151), *settled* (new here) Advice No. / PV No., a receipt's Receipt No. / Invoice No. / Memo No.,
  *settled* (new here) Bill No. / Receipt Sr. No. / Voucher No., an invoice's Invoice No. / Inv. No. / Bill
  No., *settled* (new here) Tax Invoice No. / Inv. Sr. No., *settled* (new here) a wage voucher's Majdoori
  parchi No. / Voucher No., a fee page's Receipt No., ESIC's Challan No. (heldout231's Challan No.), *settled*
  (new here) EPFO's CRN (the challan's own number) and Vahan's Vahan receipt No., an insurer's Receipt No. /
  *settled* (new here) Collection receipt No., DVVNL's Receipt No., a slip's INVOICE NO: / BILL NO: / INV NO:
  / RECEIPT NO:, *settled* (new here) ROC NO: / INVOICE:). *settled*: never a UETR, MID, TID, BATCH NO, STAN:
  (heldout202), *settled* (new here) MERCHANT ID:, TERMINAL ID:, BATCH: or TRACE NO:, a card, account or
  mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Export invoice No.
  (heldout210) or *settled* (new here) an Invoice ref. / Proforma invoice ref., a Shipping bill No.
  (heldout167), an E-way bill No., a Docket No. (heldout179) / LR No. (heldout235) or *settled* (new here) a
  Transporter / GR No., a Vehicle No. (heldout205) (so never a Registration No. on the Vahan page or an
  insurer's page or a slip's VEHICLE:), a Registration No. / Application No. (heldout203) or *settled* (new
  here) an Application ID, a Policy No. / Proposal No. / Quotation No., *settled* (new here) a Cover note No.
  or an Intermediary code, a Vendor code (heldout210) or *settled* (new here) a Supplier ID or a PO No., a
  Sender's reference (heldout223), Maker / Checker (heldout171) (so never the Maker ID / Checker ID), a
  consumer number (here Account No., Customer ID, Landline No., Mobile No., Subscriber ID), a Property ID
  (heldout222), an Employer code (heldout235), a Short name (heldout235) or *settled* (new here) a Beneficiary
  nickname, a slip's PUMP NO: / NOZZLE NO: (heldout202) or *settled* (new here) NOZZLE:, ROOM NO: (heldout203)
  or *settled* (new here) ROOM:, GUEST FOLIO: (heldout235) or *settled* (new here) FOLIO:. *settled* (new
  here): never an IEC or an AD code, an IRN or an Ack No., a Batch ID, a Karigar ID or a Die No. on a wage
  voucher, a Licence No., a NOC No., an Establishment ID, a TRRN (EPFO's return reference, never the challan's
  CRN) or an allottee's Plot.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout237_families import (
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

SPLIT = "heldout237"

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


def make_heldout237_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout237 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

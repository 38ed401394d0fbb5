"""heldout250: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Malda mango grower, ripener and pulper's day in 2026 in Malda district, West
Bengal (Mahananda Mango Agro Pvt Ltd, its orchard of old Fazli, Langra, Himsagar and Laxmanbhog trees in Mouza
Jadupur, English Bazar block, Mahananda Aam Bagan, where the fruit is picked by hand from May to July, carried
to the shed in crates and sold at the orchard gate by the crate and by the kilo to the aratdars and traders of
Kolkata, Siliguri and the district, its ethylene ripening chamber and pack house at Rathbari More on NH-12,
Mahananda Ripening Chamber, which ripens its own fruit and the traders' by the crate and the cycle, and its
mango pulp unit in the Food Park at Narayanpur, Mahananda Pulp Works, where the fruit is washed, peeled,
destoned and pulped into aseptic drums and cans and the stones are sold by the kilo), told by the proofs of
payment it receives (buyers', sweet shops' and fruit stalls' UPI screens and the web shop's Cashfree and PayU
pages, a Kolkata and a Bhubaneswar sweet maker's, a Delhi, a Navi Mumbai and a Siliguri fruit commission
agent's, a Guwahati and a Patna juice maker's and IRCTC's payment advices, mango and pulp importers' inward
wires from Jeddah, Doha, Manama, Leicester, Singapore, Kuala Lumpur, Zurich and Houston in Saudi riyals,
Qatari riyals, Bahraini dinars, pounds, Singapore dollars, ringgit, Swiss francs and US dollars, the orchard's
gate sale receipts for Fazli by the crate to a Kolkata aratdar and Langra by the kilo to a Siliguri trader,
the chamber's ripening charges receipts to a Kaliachak and a Raiganj trader, the pulp unit's outlet bill to a
Kolkata doctor and its challan for mango stones sold by the kilo to a Gazole kernel oil and cattle feed maker,
the accounts desk's receipts of a Howrah sweet shop's advance for pulp drums and a Bengaluru buyer's gift
boxes, cards on the pulp unit's, the chamber's, the company's and the orchard's terminals) and those it makes
(the Pune ripening equipment maker's, the Dankuni crate maker's, the Siliguri carton maker's, the Malda farm
input dealer's and the Vapi aseptic packaging maker's tax invoices, the net-banking transfers to the reefer
carrier, the picking gang's labour co-operative, the orchard's lessor, the security agency, the refrigeration
mechanic, the food testing laboratory, the solar pump mechanic and the courier, the pickers', graders',
peelers' and loaders' wage slips, Cashfree payouts to a peeler and a grader and a BHIM and a PNB ONE payment
to a loader and a picker, English Bazar Municipality's trade licence, the West Bengal Pollution Control
Board's consent fee, APEDA's RCMC renewal, the profession tax through GRIPS, WBSIDCL's lease rent and
maintenance charges for the Food Park plot, the fire licence for the chamber's ethylene store, the Malda
Regulated Market Committee's market fee and ESIC's monthly contribution, the insurers' premium receipts for
the pulp unit, the chamber's refrigeration, the export cargo, the staff's health, the wage cash carried to the
orchards, the workers' compensation, the reefer truck and the pulp in the cold store, its card at a filling
station on NH-12 at Gazole, a Salt Lake hotel, a Malda hardware and pump shop and a Rathbari sweet shop and
cabin, WBSEDCL's power and the fibre, postpaid, DTH, AirFiber and cooking gas bills, the banks' SMS and e-mail
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, BHIM, Bandhan mBank, Navi, Google Pay, Paytm) paying the
  orchard or the company, the payee block, the sum and the status in one of three orders (the payee, the sum
  and the status; the sum, the status and the payee; the status, the sum and the payee) and the day on a line
  of its own under the status (On <day>, <hour>), first under the rule or after the references, and two of the
  web shop's payment pages (Cashfree, PayU), the buyer and the order first or after the rule, the sum large or
  in a Total amount / Amount paid row above the status or under it, the day with them, after the references or
  at the foot.
* ``buyer_advices``: the sweet makers', agents', juice makers' and IRCTC's REMITTANCE ADVICE - PULP AND FRUIT
  PURCHASES / Vendor payment advice / PAYMENT INTIMATION TO VENDOR (e-mail, printed, vendor portal), the
  status under the heading or at the end of the payment block, the payee at the head of the body or of the
  payment block, the bills above the payment block or under it; pulp with its GST, fresh fruit without, the
  TDS on the value before GST, IRCTC's GST-TDS split as CGST 1% + SGST 1%.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF CREDIT - FOREIGN INWARD REMITTANCE /
  Inward remittance advice - export proceeds / Foreign inward remittance - credit intimation; browser, e-mail,
  printed), the status under the heading or at the foot, the day first, after the sums or after the
  references, the remitter's block above the beneficiary's or under it; Bahraini dinars with three decimals,
  Swiss francs with apostrophes between the thousands on some, riyals with the code after the sum on some; the
  rupee lines only on the credited ones, the rate marked indicative on the one under review.
* ``own_receipts``: the orchard's BAGAN SALE RASID - FAZLI BY THE CRATE / ORCHARD GATE SALE MEMO / MANGO SALE
  BILL - BY WEIGHT (LANGRA) / ORCHARD SALE RECEIPT - GRADED FRUIT, the chamber's RIPENING CHARGES RECEIPT -
  PER CRATE / CHAMBER HIRE MEMO - RIPENING CYCLE, the pulp unit's FACTORY OUTLET BILL - MANGO PULP / PULP SALE
  BILL CUM RECEIPT / BY-PRODUCT SALE RECEIPT - MANGO STONES / STONE AND PEEL SALE CHALLAN (BY WEIGHT) (paper,
  rubber stamp, a signature line), the number and the day in either order above the party, GST: Nil on fresh
  fruit, GST: Exempt on ripening, CGST and SGST on pulp and stones; and the accounts desk's Receipt of payment
  e-mails.
* ``supplier_invoices``: the ripening equipment, crate, carton, farm input and aseptic packaging suppliers'
  TAX INVOICE - ORIGINAL FOR RECIPIENT / INVOICE (GST) / TAX INVOICE AND PAYMENT RECEIPT with the payment
  block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and
  the day on one row (Sl. No. ... / Dt. ...) on some, else in either order; a transporter's LR No. and Vehicle
  No. or a courier's AWB No.
* ``vendor_transfers``: corporate net banking's pages (PNB Corporate Internet Banking, UCO Corporate eBanking,
  ICICI Bank CIB) in three layouts (the status under the heading and the day at the foot; the day under the
  heading and the status at the foot; a Summary block on top with the payee, the sum and the status, the
  Details under it with the day among them), the references above the payee or at the end of the details.
* ``worker_pay``: printed MANGO PICKING WAGES - PER CRATE / AAM PARA MAJURI RASID - BAGAN / GRADING AND
  PACKING WAGES - PER CRATE / BACHAI-PACKING MAJURI SLIP / PEELING AND DESTONING WAGES - PER QUINTAL /
  KHOSA-AANTI MAJURI PARCHI - PULP UNIT / LOADING WAGES - PER TRUCK / GARI BOJHAI MAJURI SLIP, the payee
  first, the quintals with their tenths; Cashfree's payout pages, the payee above the sum and the status or
  under them; a BHIM and a PNB ONE screen.
* ``govt_fees``: English Bazar Municipality's trade licence renewal, the West Bengal Pollution Control Board's
  consent fee, APEDA's RCMC renewal, the profession tax through GRIPS, WBSIDCL's lease rent and maintenance
  charges, the Fire and Emergency Services' fire licence renewal, the Malda Regulated Market Committee's
  market fee and ESIC's monthly contribution (browser), the status under the authority's line or at the foot.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Acknowledgement of premium / RECEIPT - PREMIUM PAID
  (Premium payment - failed / PAYMENT UNSUCCESSFUL on the failed one; browser, e-mail, printed at the branch),
  the status under the heading or under the sum, a Period of insurance on some.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE and TIME, TXN
  DATE: and TXN TIME: or DT/TM:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in PNB ONE and other apps (Paytm, BHIM, Google Pay, MobiKwik), the sum
  above the status or under it, the biller's line stacked where it would not fit, and WBSEDCL's own online
  payment receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bandhan Bank's UPI, UCO Bank, West Bengal
  Gramin Bank, Malda District Central Co-operative Bank) in a messages app and two e-mail debit alerts (ICICI
  Bank, Axis Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout247's and heldout246's. Some days are drawn in their season
(May to August for the orchard's and the chamber's receipts and the gift boxes, the fresh fruit advices and
wires, the buyers' UPI, the pickers', graders', peelers' and loaders' pay, the stones, the market fee and the
cards on the chamber's, the company's and the orchard's terminals); the others anywhere in 2026.

Truth conventions (heldout247's, heldout246's, heldout243's, heldout242's, heldout239's, heldout235's,
heldout234's, heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to /
  Sending to (heldout239), Transferred to (heldout242), Money paid to / Paid to the shop / Received by
  (merchant) / Payee shop (heldout247), *settled* (new here) Amount paid to / Money received by / Paid to
  business / Merchant paid, and Paying to shop / Sending payment to (heldout247) / *settled* (new here) Trying
  to pay / Paying merchant on one not yet paid or failed (here the orchard, Mahananda Aam Bagan / MAHANANDA
  AAM BAGAN, the company's capitals, MAHANANDA MANGO AGRO PVT LTD, or its short name, Mahananda Mango, as
  printed), whether the payee block stands above the sum, under it, under the status or on top of both
  (heldout247), never the UPI ID or the app, nor the Banking name / Name at bank (heldout247) or *settled*
  (new here) Bank-verified name / Account name as per bank line under the UPI ID, nor the payer under Paid by
  / Sender (heldout239), From (heldout247) or *settled* (new here) Payer; a payment page's payee on top (here
  the orchard, its capitals, the company or its short name), never Customer (heldout239) or *settled* (new
  here) Customer details / Bill to name / Order summary / Items, or the gateway's footer (*settled* (new here)
  Secured by Cashfree Payments | Cashfree Payments India Pvt Ltd, Payments by PayU | PayU Payments Pvt Ltd).
  *settled* (heldout167, heldout190, heldout202 to heldout247): a payer's payment advice pays the one it pays,
  never the payer on top; here a sweet maker's, an agent's, a juice maker's or IRCTC's advice pays the company
  under *settled* (new here) Vendor / Paid to vendor / Name of payee (vendor) / Remittance in favour of /
  Vendor credited (its full, capital or short name as printed), printed at the head of the body or at the head
  of the payment block, above the bills or under them, never the payer on top, its desk line, the Vendor code
  (heldout210), the *settled* (new here) Purchase order ref. (as heldout239's PO No.), GRN / inward No. (as
  heldout235's GRN No.), Contract (LoA) No. (as heldout243's Supply order No.) or Stores receipt No. (as
  heldout247's Store receipt No.), or the *settled* (new here) Vendor bank account (as heldout243's Vendor
  bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout247): a bank's inward
  remittance advice pays the company under *settled* (new here) Beneficiary (exporter) / Credited to account
  of / Name of beneficiary (59) / Exporter credited, never the bank on top, its forex desk line, the remitter
  (*settled* (new here) Remitter (buyer abroad) / By order of (field 50K), the importer abroad, as
  heldout247's Applicant (field 50K)), the *settled* (new here) Sending institution (field 52A) / Remitter's
  banker (as heldout243's Remitting bank) or the Correspondent (field 56A) (as heldout247's Intermediary
  (field 56A)), printed above the beneficiary or under it. *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout247): the company's own receipt pays the trade name on top where that is on top, so
  *settled* (new here) the orchard's receipts pay Mahananda Aam Bagan, the chamber's Mahananda Ripening
  Chamber and the pulp unit's Mahananda Pulp Works (capitals where so printed), and a receipt with the company
  on top the company, never the "A unit of" company line under it (heldout190), the party under *settled* (new
  here) Received from / Party / Buyer's name, printed after the number and the day, the goods' line, the
  signature line (*settled* (new here) For <unit> - Bagan manager / For <unit> / Accounts clerk / Receiver's
  signature, as heldout247's For <unit> - Munim) or the rubber stamp (*settled* (new here) MAHANANDA AAM
  BAGAN, MAHANANDA RIPENING, MAHANANDA PULP WORKS); *settled* (new here) the chamber's receipt for ripening
  charges received from a trader and the pulp unit's challan for stones sold by the kilo to a kernel oil maker
  alike (the chamber, the unit or the company on top, never the party, as heldout247's yarn waste); the
  accounts desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219). A
  supplier's name on top of its own paper (capitals where so printed), never M/s the company under *settled*
  (new here) Billed to / Name of recipient / Buyer (billed to) (as heldout243's Details of receiver (billed
  to)), nor the orchard, the chamber or the unit under *settled* (new here) Consignee (ship to) / Place of
  delivery (as heldout243's Details of consignee (shipped to)), nor the *settled* (new here) Transporter (as
  heldout243's Dispatch through) or the Courier (heldout247). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout247): a corporate banking page pays the payee under *settled* (new here) Beneficiary
  registered as / Payee account name / Credited to (beneficiary) / Recipient name, printed in a Summary block
  on top, under the references or above them, never the portal (PNB Corporate Internet Banking, UCO Corporate
  eBanking, ICICI Bank CIB), the bank line, *settled* (new here) the Debited account (as heldout243's Payer
  account), the Login ID (as heldout243's User ID), the Payee nickname (as heldout234's Beneficiary short
  name) or the Initiated by / Approved by (as heldout171's Maker / Checker). *settled* (heldout150,
  heldout161, heldout179, heldout203 to heldout247): a wage slip pays the worker, *settled* (new here) a
  picker under Picker's name / Majuri paid to (picker), a grader under Grader's name / Wages paid to (grader),
  a peeler under Peeler's name / Majuri paid to (peeler) and a loader under Loader's name / Wages paid to
  (loader), printed first under the heading, never the company on top, the orchard's, the chamber's or the
  pulp unit's line under it, the *settled* (new here) Kaaj (work) (as heldout247's Kaam (work)), Gram / para
  (as heldout243's Mohalla / basti) or Hajira card No. (as heldout243's Token No.); *settled* (new here)
  Cashfree's payout page the Beneficiary / Paid to beneficiary (as heldout247's RazorpayX Contact name),
  printed above the sum and the status or under them, never Cashfree Payouts on top, the Business account:
  <company> line under it (as heldout247's Current account - <company>), the Bene ID (as heldout173's
  Beneficiary ID), the Bank account or the UPI ID; a transfer screen the payee under Sent to (heldout206) /
  Transferred to (heldout242), or Sending to (heldout239) / To (heldout206) on the failed one, above the sum
  or under the status. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout247): a fee page
  pays the authority on top as printed, *settled* (new here for West Bengal) English Bazar Municipality /
  ENGLISH BAZAR MUNICIPALITY; West Bengal Pollution Control Board / WEST BENGAL POLLUTION CONTROL BOARD; APEDA
  / Agricultural and Processed Food Products Export Development Authority; Directorate of Commercial Taxes,
  West Bengal / Commercial Taxes Directorate, Govt. of West Bengal (the profession tax's GRIPS page); West
  Bengal Small Industries Development Corporation Ltd / WBSIDCL; West Bengal Fire & Emergency Services /
  Directorate of Fire & Emergency Services, West Bengal; Malda Regulated Market Committee / MALDA REGULATED
  MARKET COMMITTEE; Employees' State Insurance Corporation / ESIC; never the line under it (Government of West
  Bengal | Trade licence (renewal) 2026-27, Paribesh Bhawan, Salt Lake, Kolkata | Consent to operate -
  renewal, Ministry of Commerce and Industry, Government of India | RCMC renewal, Profession tax (PTRC) -
  monthly deposit | GRIPS e-challan, Food Park, Narayanpur, Malda | Lease rent and maintenance, Fire licence
  (renewal) | Storage of ethylene and LPG, West Bengal State Agricultural Marketing Board | Market fee or
  Ministry of Labour & Employment, Government of India | Monthly contribution), nor the Name of industry
  (heldout235) or *settled* (new here) the Name of business, Registered exporter, Name of employer, Name of
  allottee unit, Name of occupier, Name of licensee or Employer name. *settled* (heldout199, heldout202 to
  heldout247): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed;
  *settled* (new here) The New India Assurance Co. Ltd's, The Oriental Insurance Co. Ltd's, ICICI Lombard
  General Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, SBI General Insurance Co. Ltd's,
  IFFCO-TOKIO General Insurance Co. Ltd's, Go Digit General Insurance Ltd's and Royal Sundaram General
  Insurance Co. Ltd's alike), never the product line, the office line or the insured (the company) under
  *settled* (new here) Name of the insured firm / Policy holder / Insured party. A slip's counter name line in
  capitals (here the house's own counters, MAHANANDA PULP WORKS, MAHANANDA RIPENING CHAMBER, MAHANANDA MANGO
  and MAHANANDA AAM BAGAN, on four, a filling station at Gazole, a Salt Lake hotel, a Malda hardware and pump
  shop and a Rathbari sweet shop and cabin on the rest), never the terminal's bank or brand (PINE LABS,
  HINDUSTAN PETROLEUM, UCO BANK, AXIS BANK, BANDHAN BANK, MSWIPE, PUNJAB NATIONAL BANK, PHONEPE POS) or the
  place line. A Bharat Connect page's biller under Biller (heldout239) or *settled* (new here) Bill paid to /
  Billing company (short or long as printed: WBSEDCL / West Bengal State Electricity Distribution Co. Ltd,
  BSNL Bharat Fibre / Bharat Sanchar Nigam Ltd, Vi Postpaid / Vodafone Idea Ltd, Dish TV / Dish TV India Ltd,
  Jio AirFiber / Reliance Jio Infocomm Ltd, Bharatgas / Bharat Petroleum Corporation Ltd), never the app (here
  PNB ONE, Paytm, BHIM, Google Pay and MobiKwik), Bharat Connect or *settled* (new here) the Customer name /
  Bill in the name of (as heldout247's Consumer name / Name as per bill); *settled* (new here) WBSEDCL's own
  payment receipt the discom on top (WBSEDCL, West Bengal State Electricity Distribution Co. Ltd or its
  capitals as printed, as heldout247's KEDL), never the "A Government of West Bengal Enterprise" line under
  it, the Customer care centre (as heldout243's Sub division) or the Name of consumer (as heldout243's Name).
  An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's
  full stop), *settled* (new here) Bandhan Bank's UPI "for UPI txn to <payee>.", UCO Bank's "by <way> transfer
  to <payee>.", West Bengal Gramin Bank's "<way> paid to <payee>." and Malda District Central Co-operative
  Bank's "thru <way>, payee <payee>.", and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary / Sent to
  / Credited to account of, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239, heldout243, heldout247); a payment page's
  sum in an Amount paid (heldout246) or *settled* (new here) Total amount row, above the status or under it.
  *settled* (heldout152, heldout186, heldout190, heldout202 to heldout247): a payer's advice counts its net
  sum, *settled* (new here) Net amount transferred / Net paid to vendor / Amount sent (net), Payment kept on
  hold on the hold (as heldout235's Amount on hold) and Amount bounced back by bank / Payment returned unpaid
  on the return (the bills, the pulp's with their GST and the fresh fruit's without, less TDS u/s 194Q @ 0.1%
  (heldout235) on the value before GST or IRCTC's *settled* (new here) Less: TDS under GST @ 2% (CGST 1% +
  SGST 1%) (as heldout243's IGST one), and *settled* (new here) a Less: Brix shortfall - n drums at 8%, a
  Less: Leaking drums - n, a Less: Spoilt on arrival - n crates or a Less: Short weight - n kg @ rate (as
  heldout243's Shortage on receipt and Transit damage) or a Less: Cash discount @ 2% (as heldout246's Cash
  discount @ 1.5%)), printed in the payment block above the bills or under them, never a bill's sum, the
  *settled* (new here) Gross value of bills / Total bill value (as heldout243's Total of invoices), or a cut.
  *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout247): an inward wire's
  foreign sum, *settled* (new here) Foreign currency amount received / Amount in FCY / Remitted amount (32A),
  in Saudi riyals (SAR before or after the sum), Qatari riyals (QAR or QR before or after the sum), Bahraini
  dinars (BHD or BD before the sum, three decimals: BD 11,711.140 is 11711.14, as heldout246's Kuwaiti
  dinars), pounds and US dollars (heldout152's marks), Singapore dollars (SGD, S$), ringgit (MYR, RM) and
  Swiss francs (CHF, with apostrophes between the thousands on some: CHF 34'285.11 is 34285.11), never the
  *settled* (new here) INR value (as heldout226's Converted amount (INR)), the Less: Bank charges incl. GST
  (as heldout227's Less: Bank charges and GST) or the Net INR credited (as heldout238's Amount credited
  (INR)); its *settled* (new here) Rate applied / Conversion rate (1 SAR = INR 23.2109; indicative on the one
  under review) is no sum, and a wire sent back prints no rupee line (heldout242). *settled* (heldout175,
  heldout179, heldout190, heldout203 to heldout247): a receipt counts the sum received even where it is part
  of the order, *settled* (new here) Amount received in cash / Cash paid by buyer / Paid by UPI / UPI
  collected (QR) / Card swipe amount / Received by card / Cheque amount received / By cheque for / Advance
  paid with order / Booking advance, with the sum in words under it, never the *settled* (new here) Value of
  order (as heldout235's Order total) where less was received, the goods' line, the CGST and SGST @ 2.5%, the
  Round off or the *settled* (new here) Balance on delivery of drums (as heldout221's Balance due on
  delivery); the *settled* (new here) Total / Bill total / Net amount (the rounded bill) is the same sum where
  the whole bill was paid; *settled* (new here) fresh mangoes print GST: Nil (fresh fruit) and the chamber's
  ripening GST: Exempt (ripening of farm produce), no tax line (as heldout246's corms' GST: Nil), and their
  bill is the crates or kilos x rate, received in full; the stones sold by the kilo count their Bill total,
  received in full. *settled* (heldout187, heldout191, heldout202 to heldout247): a supplier's invoice counts
  the sum paid, where an advance is taken off (*settled* (new here) Less: Advance adjusted) the *settled* (new
  here) Balance received by NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS
  u/s 194Q (deducted by you)) the *settled* (new here) Net amount received by NEFT / RTGS, else *settled* (new
  here) Received via NEFT / RTGS / Payment received - NEFT / RTGS / Received through UPI / UPI collection (the
  rounded Invoice value with GST), or *settled* (new here) the Cheque for / Paid by cheque, never the
  *settled* (new here) Taxable amount (as the Taxable value), a line or the GST. A banking page's *settled*
  (new here) Amount (Rs.) / Transaction amount / Debit value (INR), printed in the Summary block or among the
  details, never *settled* (new here) the Account balance after debit (as heldout243's Available balance after
  txn). *settled* (heldout167, heldout202 to heldout247): a wage slip's net sum, *settled* (new here) Net
  majuri paid / Amount paid to picker / Net amount handed over / Wages paid (net) / Net majuri handed over /
  Amount paid to peeler / Net wages handed over / Amount paid to loader (the crates, the quintals with their
  tenths or the trucks x rate, plus *settled* (new here) Add: Tall tree climbing extra / Add: Night shift
  allowance / Add: Tiffin allowance, less *settled* (new here) Less: Bruised fruit - n crates @ rate / Less:
  Dadan (advance) adjusted (as heldout243's Less: Pieces rejected at QC and Less: Kharchi (advance)
  recovered)), never the *settled* (new here) Gross majuri (as heldout243's Gross wages), the line or a
  deduction; Cashfree's and a screen's sum large. *settled* (new here): English Bazar Municipality's Total
  amount paid / Net paid (the Trade licence fee 2026-27 and a Late renewal fine), never a head; the Pollution
  Control Board's Total fee / Consent fee paid (the Consent fee - water and - air), never a head; APEDA's
  Total fee remitted / Amount paid (the RCMC renewal fee (5 years) and the GST @ 18%), never the fee or the
  GST; the profession tax's Challan amount / Total tax deposited on the page not yet reconciled (the
  Profession tax deducted from salaries and an Interest), never a head; WBSIDCL's Total payable / Amount to be
  paid on the failed page (the Lease rent 2026-27, the Maintenance charges - half year and an Interest on
  arrears), never a head; the fire licence's Total fee paid / Fee deposited (the Fire licence renewal fee and
  the Inspection fee), never a head; the Market Committee's Total deposited / Fee paid (the Market fee on sale
  value and the Rural development cess), never a head; ESIC's Total contribution paid / Challan amount (the
  Employer's share @ 3.25% and the Employees' share @ 0.75%), never one share. *settled* (heldout199,
  heldout202 to heldout247): an insurer's premium with its GST, *settled* (new here) Total premium (with GST)
  / Premium paid / Amount collected, the Cheque amount (heldout211) or *settled* (new here) Cheque for on the
  cheque not yet cleared, the Premium payable (heldout235) or *settled* (new here) Amount due on the failed
  one, never the Net premium (heldout247) or *settled* (new here) Premium before GST (as heldout239's Premium
  before tax), an add-on or the GST / IGST @ 18%, nor the *settled* (new here) Own damage premium or Liability
  premium (as heldout243's OD premium and TP premium (goods carrier)), nor the IDV (heldout235) or the
  *settled* (new here) Sum insured - building, plant and stock, Sum insured - refrigeration plant, Annual
  turnover (exports) declared, Lives covered, Cash in transit limit, Annual wages declared or Sum insured -
  pulp stock (as heldout243's sums insured, turnover, lives, limit and wages). A slip's *settled* (new here)
  TXN AMOUNT: / AMT(INR): / TOTAL AMOUNT: / SALE TOTAL: / AMOUNT INR:, printed above the card or under the
  references, never the *settled* (new here) PRICE/LTR: or LITRES: (as heldout243's RATE(RS/L): and QTY(L):)
  or the HP PAY POINTS: (as heldout243's DRIVETRACK PTS:). A Bharat Connect page's sum large, never the
  *settled* (new here) Amount after due date (as heldout243's Payable after due date); WBSEDCL's *settled*
  (new here) Paid amount / Amount credited (the Net amount payable above it is the same sum). An alert's sum
  debited (*settled* (new here) Bandhan Bank's UPI "debited with INR x", UCO Bank's "Debited with Rs x", West
  Bengal Gramin Bank's "debited for Rs.x", Malda District Central Co-operative Bank's "Rs x debited", the
  failed and pending transfers' "<way> of Rs.x"; the e-mail's *settled* (new here) Amount debited / Transfer
  amount), never the Avl Bal or the Bal (heldout247) or *settled* (new here) the Balance, or the e-mail's
  *settled* (new here) Balance after transaction (as heldout243's Ledger balance). Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done - merchant has the money, Success -
  amount credited to merchant and Successful successes, Processing - the bank has not confirmed yet, do not
  pay again pending, Failed - payment limit for the day exceeded failed; a payment page's Payment received -
  order confirmed, Transaction successful - receipt sent to your e-mail and Success - your mangoes are packed
  tomorrow morning successes. *settled* (new here): a payer's Status: Paid - funds sent to your bank / Payment
  executed - UTR below successes, On hold - awaiting the quality report of the lot pending (a payer's hold, as
  heldout247's Payment parked), Returned - beneficiary account is dormant, update bank details failed, printed
  under the heading or at the end of the payment block. *settled* (new here): an inward advice's Credited -
  FIRC issued on request / Status: Realised and credited to exporter successes, Under review - KYC of the
  remitter awaited, funds not credited pending, Returned to remitting bank - beneficiary account number
  invalid failed, printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190,
  heldout203 to heldout247): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE LODGED FOR COLLECTION - FRUIT RELEASED ON REALISATION and CHEQUE PRESENTED -
  RECEIPT SUBJECT TO CLEARING pending, CHEQUE DISHONOURED - INSUFFICIENT FUNDS, RECEIPT WITHDRAWN and CHEQUE
  BOUNCED - FUNDS INSUFFICIENT, INVOICE UNPAID failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes,
  as are *settled* (new here) PAID - CRATES LOADED ON THE BUYER'S TRUCK, PAID - FRUIT RELEASED FROM THE
  CHAMBER, PAID - STONES WEIGHED AND LIFTED, ADVANCE RECEIVED - PULP RESERVED FROM THIS SEASON'S BATCH (as
  heldout247's ADVANCE RECEIVED - ORDER PUT ON THE LOOM), PAYMENT RECEIVED - MANGO BOX DISPATCHED BY COURIER,
  FULL PAYMENT RECEIVED, SETTLED - NOTHING DUE, PAYMENT CREDITED - NEFT / RTGS / UPI, PAID - ENTERED IN HAJIRA
  KHATA, PAID - CRATES COUNTED AT THE SHED and PAID - QUINTALS ENTERED IN THE LINE REGISTER. *settled* (new
  here): a banking page's Transaction completed - credited to beneficiary / Status: Successful - UTR generated
  successes, Awaiting checker approval - not yet sent to the bank pending (keyed, not yet authorised, as
  heldout247's Pending authorisation), Returned by beneficiary bank - account closed, amount credited back
  failed (whatever the credit back), printed under the heading, in the Summary block or at the foot;
  Cashfree's SUCCESS - transfer credited to the beneficiary / Transfer completed successes, Processing -
  awaiting confirmation from the beneficiary bank pending (sent, not yet confirmed); a transfer screen's Money
  sent (heldout247) and *settled* (new here) Transfer successful successes, Failed - receiver's bank did not
  respond failed (whatever the refund line under it); a fee page's Payment successful - receipt generated, Fee
  credited - e-receipt below, Deposited successfully - thank you and Transaction completed - challan paid
  successes, the profession tax's Pending at bank - GRIPS challan not yet reconciled pending, WBSIDCL's
  Payment unsuccessful - bank declined, dues remain unpaid failed, printed under the authority's line or at
  the foot; an insurer's Premium realised - policy issued / Paid - certificate of insurance e-mailed
  successes, CHEQUE UNDER CLEARANCE - COVER STARTS ON REALISATION pending (as heldout247's CHEQUE RECEIVED -
  POLICY ISSUED ON REALISATION), Transaction failed at bank - quote valid for 15 days failed, printed under
  the heading or under the sum; a slip's APPROVED (heldout210), as are *settled* (new here) SALE APPROVED and
  TRANSACTION APPROVED - PIN VERIFIED, *settled* (new here) DECLINED - 55 INCORRECT PIN failed, NO REPLY FROM
  HOST - REVERSAL PENDING, DO NOT REPEAT pending (as heldout247's HOST TIMEOUT - STATUS UNKNOWN, DO NOT
  RETRY); a Bharat Connect page's *settled* (new here) Bill payment successful - biller confirmed / Paid - the
  biller has received your payment successes, Payment pending with biller - please do not retry pending, Bill
  payment failed - money, if debited, is refunded in 3 to 5 days failed (the payment failed, whatever the
  refund), WBSEDCL's *settled* (new here) Payment received - reflects in your account in 48 hours / Thank you
  - money receipt generated successes (printed under the head or at the foot); *settled* (new here) an SMS
  that says the transfer "has failed at the beneficiary bank; the amount is credited back to your A/c." failed
  (whatever the credit back), one that "is pending with the beneficiary bank. Please do not repeat it."
  pending, a debit alert a success, whatever its bank's wording (Bandhan Bank's UPI "Your A/c XXXX1234 is
  debited with INR x on <day> for UPI txn to <payee>. UPI Ref <ref>.", UCO Bank's "A/c XXXX1234 Debited with
  Rs x on <day> by <way> transfer to <payee>.", West Bengal Gramin Bank's "WBGB: Your a/c XX1234 debited for
  Rs.x on <day>, <way> paid to <payee>.", Malda District Central Co-operative Bank's "MDCCB: Rs x debited in
  A/c ***1234 on <day> thru <way>, payee <payee>."); the e-mail's *settled* (new here) Status: Completed /
  Transaction status: Success - amount debited successes.
* date: the day paid (a UPI screen's Paid at (heldout238) / *settled* (new here) Transferred on / Date of
  transaction, the day on a line of its own under the status (heldout246) (*settled* (new here) On <day>,
  <hour>), *settled* (new here) Initiated on / Tried at on one not yet paid or failed, printed under the
  status, first under the rule or after the references, a payment page's Paid at (heldout238) / Payment time
  (heldout237) / *settled* (new here) Transaction date, printed with the sum and the status, after the
  references or at the foot, a payer's *settled* (new here) Transfer date / Date of credit, the held one's
  *settled* (new here) Held on / Advice date (heldout198) and the returned one's *settled* (new here) Bounced
  on / Date of return, an inward advice's *settled* (new here) Credit value date / Date of credit / Value date
  (32A), Receipt date / Pending since on the one under review and Returned on (heldout234) / *settled* (new
  here) Date of return on the returned one, printed first, after the sums or after the references (in capitals
  on some), a receipt's, invoice's or wage slip's Date (heldout247) / *settled* (new here) Rasid date / Date
  of sale / Dt. / Memo date / Challan date / Inv. date / Date of invoice / Invoice dt. / Wage date, the
  invoice's number and day on one row (*settled* (new here) Sl. No. ... / Dt. ..., as heldout247's No. ... /
  Date ...), the accounts desk's *settled* (new here) Received on / Date of receipt, printed above the number
  or under it, a banking page's *settled* (new here) Processed on / Transfer date / Debit date, Initiated on /
  Saved on on the one awaiting its checker (as heldout247's Created on) and Returned on / Credited back on on
  the returned one (as heldout247's Reversed on), printed under the heading, among the details or at the foot,
  Cashfree's *settled* (new here) Processed on / Transfer time and Requested at / Added on on the one
  processing (as heldout247's Queued at), a transfer screen's Sent on (heldout247) / *settled* (new here)
  Transaction date / Date, a fee page's *settled* (new here) Date of payment / Paid on / Receipt date /
  Transaction date, WBSIDCL's *settled* (new here) Payment tried on / Date of attempt on the failed one (as
  heldout247's Transaction tried on) and the profession tax's *settled* (new here) e-challan created on /
  Payment initiated at on the page not yet reconciled (as heldout247's Challan generated on), an insurer's
  *settled* (new here) Premium date / Date of receipt / Collected on, Cheque collected on on the cheque not
  yet cleared (as heldout235's Cheque deposited on) and Tried on / Date of attempt on the failed one, a slip's
  *settled* (new here) DATE (with TIME) / TXN DATE: (with TXN TIME:) / DT/TM:, printed at the top or under the
  sum, a Bharat Connect page's *settled* (new here) Paid at / Transaction on / Bill paid on, Initiated at
  (heldout237) / Date & time (heldout235) on a bill not paid, WBSEDCL's *settled* (new here) Paid on / Money
  receipt date, the SMS's day and its divider's, the e-mail alert's *settled* (new here) Transaction date /
  Posted on / Date). *settled*: never a Bill month (heldout167) or *settled* (new here) Bill for the month, a
  Due date, a Cheque date (heldout198), a Period of insurance (as heldout231's Policy period), an invoice
  number's or a slip number's financial year or an e-mail's hour; never a Shipping bill's date (heldout167) or
  *settled* (new here) an Airway bill date, the day inside a UTR (heldout210); never a Bharat Connect page's
  Bill date or Bill period (heldout243), the profession tax's *settled* (new here) Return period or ESIC's
  Contribution period (as heldout247's Wage month), or the year of a head, a season or a registration (Trade
  licence fee 2026-27, Lease rent 2026-27, Orchard lease instalment - 2026 season, APEDA/KOL/.../2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree's IMPS (as heldout247's RazorpayX's), a Bharat Connect bill from a Current A/c (here
  in PNB ONE), a payment page's net banking, a fee, a premium or WBSEDCL paid by Net banking, an e-mail
  alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage
  slip's, an invoice's, Cashfree's, a fee's, a premium's or a bill's UPI and Bandhan Bank's UPI alert; card on
  slips, a payment page's card, a receipt's Debit / credit card, a fee, a premium or WBSEDCL paid by Debit
  card; cheque for a cheque received, presented or returned and a premium paid by Cheque; cash for a gate
  sale, a ripening receipt or a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout247): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref No., RRN, UPI RRN (heldout179), UPI
  transaction ID (heldout247), *settled* (new here) UPI Ref ID / UPI reference No. / UPI Ref. No. / Bank RRN
  on a UPI screen, Cashfree's UTR No. and PayU's UPI UTR on a UPI payment, a payer's *settled* (new here) NEFT
  ref. (UTR) / RTGS ref. (UTR) / IMPS ref. No., an invoice's *settled* (new here) UPI ref. No. / NEFT UTR No.
  / RTGS UTR No., a receipt's *settled* (new here) UPI Ref. No. / UPI ref., a banking page's *settled* (new
  here) NEFT UTR No. / RTGS UTR No. / IMPS Ref No., Cashfree's UTR / *settled* (new here) Bank UTR, a slip's
  *settled* (new here) RRN NO: / REF NO: / R.R.N:, an SMS's UPI Ref / UTR No / IMPS Ref No, an insurer's
  *settled* (new here) UPI ref.), then a bank reference (an inward advice's *settled* (new here) Inward
  remittance No. / IRM ref. / Our reference (as heldout243's IRM ref. No.), a banking page's *settled* (new
  here) Bank reference No. / Host ref. No. (as heldout243's Bank txn ref.), printed above the payee or under
  it, a payment page's Bank ref. No. on net banking, a fee page's Bank ref. No. and *settled* (new here) the
  GRIPS BRN (the bank's reference number, as heldout247's Bank CIN), an insurer's Bank ref. No., a Bharat
  Connect page's *settled* (new here) BBPS txn ID / B-Connect ref. No. / Biller txn ref. (as heldout243's BBPS
  txn ref.)), then a transaction / payment id (*settled* (new here) Cashfree's CF payment ID and PayU's PayU
  ID (heldout119), the UPI apps' own Transaction ID (PhonePe's), *settled* (new here) BHIM txn ID, mBank txn
  ID, Navi transaction ID, Google transaction ID and Paytm transaction ID and PNB ONE's PNB txn ID (the app's
  own id, whatever its name, heldout235), Cashfree's *settled* (new here) Cashfree reference ID (as
  heldout247's RazorpayX Payout ID), a fee page's Transaction ID (heldout234), *settled* (new here) the
  Pollution Control Board's Payment ref. No., APEDA's Payment ID, the GRIPS GRN (as heldout247's e-GRAS GRN)
  and ESIC's Transaction No., an insurer's *settled* (new here) Transaction ref., WBSEDCL's *settled* (new
  here) Transaction ID, a failed Bharat Connect page's *settled* (new here) Txn ref. No.), then an approval
  code (*settled* (new here) Auth ID and Auth code on a payment page, a receipt's Appr. code, a slip's APPR
  CODE: / APP CODE: / AUTH:), then an order's number (*settled* (new here) Cashfree's Order ID and PayU's
  Order No., Cashfree's Transfer ID (the company's own id for the payout, as heldout247's RazorpayX Reference
  ID)), then a document's own number (a payer's *settled* (new here) Payment voucher No. / Advice No. /
  Document No., *settled* (new here) Rasid No. / Sale memo No. / Chamber memo No. / Ripening receipt No. /
  Outlet bill No. / Challan No. / Money receipt No. / Ack. ref. on a receipt, *settled* (new here) Inv. No. /
  Invoice Sl. No. / Document No. / Sl. No. on an invoice, *settled* (new here) Slip No. / Majuri rasid No. on
  a wage slip, a fee page's Receipt No. or *settled* (new here) APEDA's Acknowledgement No., an insurer's
  Receipt No. / *settled* (new here) Collection receipt No., WBSEDCL's *settled* (new here) Money receipt No.,
  a slip's *settled* (new here) INV NO: / RECEIPT NO: / SLIP NO:). *settled*: never a UETR, a MID: / TID:, a
  BATCH NO: (as BATCH:), a STAN: (heldout202), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN,
  an IEC, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill No.
  (heldout167) or *settled* (new here) an Airway bill No., an E-way bill No., an LR No. (heldout235) or
  *settled* (new here) a courier's AWB No. (as heldout247's Docket No.), a Vehicle No. (heldout205) (so never
  a Registration No. on an insurer's page or a slip's VEH NO:), *settled* (new here) a Buyer's PO ref. /
  Purchase order ref. (as heldout243's PO No.), a Vendor code (heldout210), a GRN / inward No., a Contract
  (LoA) No. or a Stores receipt No. (as heldout243's GRN No., Supply order No. and CRV No.), a Sender's ref.
  (field 20) (heldout243), the Initiated by / Approved by (as heldout171's Maker / Checker), the Login ID (as
  heldout243's User ID), a Payee nickname (as heldout234's Beneficiary short name), a Bene ID (as heldout173's
  Beneficiary ID), a Hajira card No. (as heldout243's Token No.), a Licence No., a Holding No. (as
  heldout222's Property ID), an Application No., an RCMC No. (heldout227), a PTRC No., a Plot No., a Fire
  licence No., a Trade licence No. or an Employer code No. (as heldout231's Licence No. and heldout247's
  Establishment ID), a Policy No. / Proposal No. / Quotation No. (as heldout247's Quote ref.), a consumer
  number (here Consumer ID, Account No., Mobile No., VC No., Service ID, LPG consumer ID), or a slip's ROOM
  NO: (heldout203) / *settled* (new here) GUEST: / TABLE: / STEWARD: / CUST MOBILE: / PUMP NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout250_families import (
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

SPLIT = "heldout250"

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


def make_heldout250_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout250 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

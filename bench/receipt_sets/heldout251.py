"""heldout251: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Makrana marble house's day in 2026 in Didwana-Kuchaman district, Rajasthan
(Nooriya Makrana Marble Pvt Ltd, its quarry lease on the Ulodi belt, Nooriya Ulodi Quarry, where the white
Albeta and Doongri blocks are cut from the pit with diamond wire saws, dressed, lifted out by derrick and
hydraulic crane, weighed on the dharam kanta and sent out under the Department of Mines and Geology's
e-Rawanna transit pass, and the rubble (khanda) is sold by the tonne to the grit and chips crushers, its
gangsaw and slab unit in the RIICO Industrial Area, Nooriya Gangsaw & Slab Works, where the blocks are sawn
into slabs on gangsaws, epoxied, polished and sold by the square foot and the cutting slurry is lifted by the
tonne by a brick maker, its inlay workshop in Silawaton ka Mohalla, Nooriya Parchinkari Karkhana, where the
karigars set lapis, malachite and carnelian into table tops, jaalis and plates by the piece and the polishers
rub the small pieces at home by the dozen, and its Station Road showroom, Nooriya Marble Art Emporium, where
the hotel buyers, the temple committees, the tourists and the families buy), told by the proofs of payment it
receives (buyers', hotels' and temple committees' UPI screens and the web shop's CCAvenue and PayU pages, a
Gurugram and a Bengaluru builder's, a Hyderabad and an Indore stone dealer's, an Ahmedabad temple builder's, a
Mumbai interior firm's, a Lucknow handicraft shop's and the Rajasthan Small Industries Corporation's payment
advices, marble importers' inward wires from Dubai, Riyadh, Doha, Leicester, New York, Singapore, Zurich and
Kuala Lumpur in dirhams, Saudi riyals, Qatari riyals, pounds, US dollars, Singapore dollars, Swiss francs and
ringgit, the showroom's bills to a tourist staying at a Jodhpur hotel, a Nawa temple committee and a Nagaur
family, the slab works' bills for slabs by the square foot to a Jaipur builder and for slurry by the tonne to
a Ladnun Road brick maker, the quarry's bills for rubble by the tonne to a Borawar grit crusher and for blocks
by the tonne to a Kishangarh gangsaw, the accounts desk's acknowledgement of a Hyderabad buyer's advance,
cards on the showroom's, the company's and the slab works' terminals) and those it makes (the Jigani diamond
wire maker's, the Kishangarh gangsaw blade maker's, the Morbi abrasive maker's, the Vapi epoxy maker's and the
Khambhat gemstone cutters' tax invoices, the net-banking transfers to the trailer carrier, the crane hirer,
the drilling contractor, the showroom's landlady, the security agency, the chartered accountants, the
excavator hirer and the crate packers, the karigars' and polishers' wage slips, Cashfree payouts to two quarry
hands and a PhonePe and a BHIM payment to the gangsaw operators, Nagar Parishad Makrana's trade licence, the
Export Promotion Council for Handicrafts' membership renewal, the Department of Mines and Geology's dead rent
challan, RIICO's service charges for the gangsaw plot, ESIC's monthly contribution, the Factories and Boilers
Inspection Department's licence renewal, the Transport Department's tax on the tipper and the Central Ground
Water Authority's NOC renewal for the quarry, the insurers' premium receipts for the gangsaw shed, saws and
slab stock, the excavator and the derrick crane, the showroom's inlay stock, the export cargo, the staff's
health, the quarry hands' and sawyers' compensation, the tipper and the wage cash, its card at a filling
station on the Kuchaman road, a Greater Noida hotel in the handicrafts fair week, a Kishangarh tool shop and a
Kuchaman sweet shop, AVVNL's power and the fibre, postpaid, DTH, water and cooking gas bills, the banks' SMS
and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints
no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (BHIM, PhonePe, Google Pay, Paytm, bob World, Amazon Pay) paying the
  showroom or the company, the sum, the status and the payee block in one of four orders (the sum, the status
  and the payee; the payee, the sum and the status; the status, the payee and the sum; the payee, the status
  and the sum), the day and the hour with no label under the app's name on some, else under its label first
  under the rule or after the references, and two of the web shop's payment pages (CCAvenue, PayU), the buyer
  and the order above the status or under the sum, the sum large or in a Transaction amount / Amount charged
  row under the status, the day under the sum or after the references.
* ``buyer_advices``: the builders', dealers', temple builder's, interior firm's, handicraft shop's and
  RAJSICO's REMITTANCE ADVICE - MARBLE AND STONE PURCHASES / Payment intimation to vendor / VENDOR PAYMENT
  ADVICE (SLABS AND HANDICRAFTS) (a letter e-mail with Dear Sir / Madam, printed, vendor portal), the status
  under the heading or at the end of the payment block, the payee at the head of the body or of the payment
  block, the bills (dated on some) above the payment block or under it; RAJSICO's TDS under GST split into
  CGST @ 1% and SGST @ 1%.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT PROCEEDS /
  Foreign inward remittance - credit to exporter / Advice of foreign inward remittance (FIRA); browser,
  e-mail, printed), the status under the heading or at the foot, the day first or after the references, or
  with the sum on one Value date / currency / amount (32A) row on some credited ones, the remitter's block
  above the beneficiary's or under it; Swiss francs with apostrophes between the thousands on some (CHF
  14'052.07), SAR / SR, QAR / QR, SGD / S$ and MYR / RM; the rupee lines only on the credited ones, the rate
  marked indicative on the parked one.
* ``own_receipts``: the showroom's TAX INVOICE - MARBLE INLAY HANDICRAFTS / RETAIL BILL - PARCHINKARI ART, the
  slab works' SLAB SALE BILL - POLISHED MARBLE (BY SQ FT) / DELIVERY CHALLAN CUM BILL - SLABS and SLURRY
  LIFTING RECEIPT - BY TONNE / CUTTING WASTE SALE MEMO, the quarry's KHANDA (RUBBLE) SALE RECEIPT - BY TONNE /
  MINERAL SALE MEMO - QUARRY RUBBLE and BLOCK SALE BILL - RAW MARBLE (BY TONNE) / RAWANNA CUM SALE BILL -
  MARBLE BLOCKS (paper, rubber stamp, the signature and the receiver's lines; the blocks' numbers, sizes and
  tonnes above the kanta weight's line; the quarry's e-Rawanna, dharam kanta slip and vehicle numbers; sums
  with /- after them on some), the number and the day in either order above the party, and the accounts desk's
  Payment received - thank you e-mail (an advance, IGST).
* ``supplier_invoices``: the diamond wire, gangsaw blade, abrasive, epoxy and gemstone suppliers' TAX INVOICE
  - ORIGINAL FOR RECIPIENT / GST TAX INVOICE / INVOICE CUM PAYMENT RECEIPT with the payment block (an advance
  or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on one
  Invoice No. & date row on some, else in either order; a transporter's Bilty No. or a courier's AWB No.; the
  stones' IGST @ 3%; sums with /- after them on some.
* ``vendor_transfers``: corporate net banking's pages (InstaBIZ, Kotak FYN, PNB Corporate Internet Banking) in
  three orders (the day and the status under the heading; both at the foot; the status under the heading and
  the day at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed PARCHINKARI KARIGAR WAGES - PER PIECE / INLAY KAAM MAZDOORI PARCHI / POLISHING WAGES
  - HOME WORK (PER DOZEN) / GHISAI MAZDOORI - GHAR KAAM, the payee first; Cashfree's payout pages, the payee
  above the sum and the status or under them; a PhonePe and a BHIM screen.
* ``govt_fees``: Nagar Parishad Makrana's trade licence page, EPCH's membership renewal, the Department of
  Mines and Geology's dead rent challan through e-GRAS, RIICO's service charges, ESIC's contribution, the
  Factories and Boilers Inspection Department's licence renewal (RajFAB, e-GRAS), the Transport Department's
  Vahan tax page and the Central Ground Water Authority's NOC renewal (NOCAP) (browser), the status under the
  authority's line or at the foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Acknowledgement of premium / RECEIPT FOR PREMIUM (CUSTOMER
  COPY) (Premium payment unsuccessful / PAYMENT STATUS - PREMIUM on the failed one; browser, e-mail, printed
  at the branch), the status under the heading or under the sum; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (TXN DATE: and TXN
  TIME:, DT/TM: on one row, or DATE: and TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in bob World and other apps (Paytm, BHIM, PhonePe, Amazon Pay, Google
  Pay), the biller above the sum and the status or under them, the sum above the status or under it, and
  AVVNL's own online payment receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda's UPI, Punjab National
  Bank, Union Bank of India, the Nagaur Central Co-operative Bank) in a messages app and two e-mail debit
  alerts (Axis Bank, Kotak Mahindra Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout247's and heldout246's.

Truth conventions (heldout247's, heldout246's, heldout243's, heldout242's, heldout239's, heldout235's,
heldout234's, heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Paid to shop / Transferred to / Merchant / Payee (heldout242), Payment made to / Credited to /
  Transferred to merchant / Amount sent to (heldout243), Money paid to / Paid to the shop / Received by
  (merchant) / Payee shop (heldout247), You paid / Payment sent to / Sent to merchant / Payment to shop
  (heldout246), *settled* (new here) Payment received by / Money transferred to / Paid to store / You paid to,
  and Paying to shop / Sending payment to (heldout247) / Sending to merchant / Paying to merchant (heldout246)
  / *settled* (new here) Paying merchant / Payment in progress to on one not yet paid or failed (here the
  showroom, Nooriya Marble Art Emporium / NOORIYA MARBLE ART EMPORIUM, the company's capitals, NOORIYA MAKRANA
  MARBLE PVT LTD, or its short name, Nooriya Marble, as printed), whether the payee block stands above the
  sum, under it, under the status, between the status and the sum or on top of both (heldout243, heldout247),
  never the UPI ID or the app, nor the Banking name / Name at bank line (heldout247) or *settled* (new here)
  the Legal name / Registered as line under the UPI ID, nor the payer under Paid by / Sender (heldout239),
  From (heldout247) or *settled* (new here) Payer; a payment page's payee on top (here the showroom, its
  capitals, the company or its short name), never Paid by (heldout206) / Customer name (heldout234) / Billed
  to (heldout239) / Order placed by / Contact / Order items / Products (heldout247) / Billing name / Buyer /
  Items ordered / Purpose (heldout246) or *settled* (new here) Buyer's name / Ship to / Item(s) / Order
  description, its Transaction receipt / Payment receipt - online order line, or the gateway's footer
  (*settled* (new here) Secured by CCAvenue | Infibeam Avenues Ltd, Payments by PayU | PayU Payments Pvt Ltd).
  *settled* (heldout167, heldout190, heldout202 to heldout247): a payer's payment advice pays the one it pays,
  never the payer on top; here a builder's, a dealer's, the temple builder's, the interior firm's, the
  handicraft shop's or the Rajasthan Small Industries Corporation's advice pays the company under *settled*
  (new here) Vendor / Paid to vendor / Name of payee / Remittance in favour of / Beneficiary vendor (its full,
  capital or short name as printed), printed at the head of the body or at the head of the payment block,
  above the bills or under them, never the payer on top (and its name again in the e-mail's Regards line), its
  desk line, the Vendor code (heldout210), the *settled* (new here) Work order No. (as heldout243's PO No.),
  Stock entry No. (as heldout235's GRN No.) or RAJSICO's Supply order No. (heldout243), the bills listed
  (their numbers and days, heldout246), or the *settled* (new here) Vendor bank account (as heldout243's
  Vendor bank A/c), nor the letter's Dear Sir / Madam lines. *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout247): a bank's inward remittance advice pays the company under *settled* (new here)
  Beneficiary (exporter) / Credit to exporter / Beneficiary account holder / Beneficiary name (field 59),
  never the bank on top, its trade desk line, the remitter (*settled* (new here) Remitting customer / Importer
  / remitter, the importer abroad, as heldout243's Ordering customer (field 50)), the *settled* (new here)
  Remitting bank (field 52A) / Correspondent of remitter (as heldout243's Remitting bank) or the Intermediary
  bank (56A) (as heldout243's Intermediary bank (field 56)), printed above the beneficiary or under it.
  *settled* (heldout175, heldout179, heldout190, heldout203 to heldout247): the company's own receipt pays the
  trade name on top where that is on top, so *settled* (new here) the showroom's bills pay Nooriya Marble Art
  Emporium, the slab works' bills and slurry receipts Nooriya Gangsaw & Slab Works and the quarry's block and
  rubble bills Nooriya Ulodi Quarry (capitals where so printed), and a receipt with the company on top the
  company, never the "A unit of" company line under it (heldout190), the party under *settled* (new here)
  Buyer / Party name / Name of purchaser, printed after the number and the day, the goods' line, the signature
  line (*settled* (new here) For <unit> - Authorised signatory / For <unit> - Cashier's signature, also where
  the company is on top, as heldout243's For <unit> - Accountant), the *settled* (new here) Receiver's
  signature line or the rubber stamp (*settled* (new here) NOORIYA ART EMPORIUM, NOORIYA GANGSAW, NOORIYA
  ULODI QUARRY); *settled* (new here) the slab works' slurry sold by the tonne to a brick maker and the
  quarry's rubble sold by the tonne to a grit crusher and blocks sold by the tonne to another gangsaw alike
  (the works, the quarry or the company on top, never the buyer, as heldout247's yarn waste); the accounts
  desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219). A supplier's
  name on top of its own paper (capitals where so printed), never M/s the company under Bill to (heldout243)
  or *settled* (new here) Buyer's name and address / Details of recipient, nor the quarry, the works or the
  karkhana under *settled* (new here) Deliver to / Consignee (as heldout243's Details of consignee (shipped
  to)), nor the Transporter (as heldout243's Dispatch through) or the Courier (heldout247). *settled*
  (heldout179, heldout202, heldout203, heldout207 to heldout247): a corporate banking page pays the payee
  under *settled* (new here) Payee (registered) / Beneficiary name (as registered) / Funds transferred to /
  Beneficiary account holder, printed under the references or above them, never the portal (InstaBIZ, Kotak
  FYN, PNB Corporate Internet Banking), the bank line, *settled* (new here) the Debit account (as heldout243's
  Payer account), the Login ID (as heldout243's User ID), the Payee alias (as heldout234's Beneficiary short
  name) or the Initiated by / Approved by (as heldout171's Maker / Checker). *settled* (heldout150,
  heldout161, heldout179, heldout203 to heldout247): a wage slip pays the worker, *settled* (new here) a
  karigar under Karigar's name / Paid to karigar and a polisher under Polisher's name / Ghisai paid to,
  printed first under the heading, never the company on top, the karkhana's line under it, the *settled* (new
  here) Work done (as heldout243's Work), Basti / village (as heldout243's Mohalla / basti) or Pehchan card
  No. (the artisan's identity card, as heldout243's Token No.); *settled* (new here) Cashfree's payout page
  the Beneficiary name / Paid to beneficiary (as heldout243's PayU's Payee name), printed above the sum and
  the status or under them, never Cashfree Payments on top, the Payouts | <company> line under it, the
  Beneficiary ID (as heldout173's), the Bank account or the UPI ID; a transfer screen the payee under Sent to
  (heldout206) / Transferred to (heldout242), above the sum or under the status. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout247): a fee page pays the authority on top as printed,
  *settled* (new here for Didwana-Kuchaman) Nagar Parishad Makrana / NAGAR PARISHAD, MAKRANA; Export Promotion
  Council for Handicrafts / EPCH (as heldout247's Handloom Export Promotion Council); Department of Mines and
  Geology, Rajasthan / Mines & Geology Department, Government of Rajasthan; RIICO Ltd / Rajasthan State
  Industrial Development & Investment Corporation Ltd; Employees' State Insurance Corporation / ESIC;
  Factories and Boilers Inspection Department, Rajasthan / Department of Factories & Boilers, Government of
  Rajasthan; Transport Department, Rajasthan / Transport Department, Government of Rajasthan on the Vahan page
  (as heldout246's); Central Ground Water Authority / CENTRAL GROUND WATER AUTHORITY; never the line under it
  (Local Self Government Department, Rajasthan | Trade licence, Under the Ministry of Textiles, Government of
  India | Membership renewal, Dead rent and royalty through e-GRAS | Mining lease, Makrana, Unit Office,
  Makrana | Service charges and economic rent, Ministry of Labour & Employment, Government of India | Monthly
  contribution, RajFAB | Licence renewal under the Factories Act, 1948, Vahan - Ministry of Road Transport &
  Highways | Goods vehicle tax, Ministry of Jal Shakti, Government of India | NOCAP - ground water NOC), nor
  the *settled* (new here) Name of trader / firm, Name of member, Name of lessee, Allottee's name (as
  heldout237's Allottee), Employer's name, Name of factory, Owner name (as heldout237's Registered owner) or
  Name of project proponent. *settled* (heldout199, heldout202 to heldout247): an insurer's premium receipt
  pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The New India
  Assurance Co. Ltd's, The Oriental Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, SBI
  General Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, IFFCO Tokio General Insurance Co. Ltd's,
  Reliance General Insurance Co. Ltd's and Shriram General Insurance Co. Ltd's alike), never the product line,
  the office line or the insured (the company) under Insured (heldout239) or *settled* (new here) Name of the
  insured / Policy holder. A slip's counter name line in capitals (here the house's own counters, NOORIYA
  MARBLE ART EMPORIUM, NOORIYA MARBLE and NOORIYA GANGSAW & SLAB WORKS, on four, a filling station on the
  Kuchaman road, a Greater Noida hotel, a Kishangarh tool shop and a Kuchaman sweet shop on the rest), never
  the terminal's bank or brand (BANK OF BARODA, HP PAY, PUNJAB NATIONAL BANK, AXIS BANK, ICICI BANK, PINE
  LABS, KOTAK MAHINDRA BANK, PHONEPE POS) or the place line. A Bharat Connect page's biller under Biller
  (heldout239) or *settled* (new here) Bill paid to / Service provider / Billed by (short or long as printed:
  AVVNL / Ajmer Vidyut Vitran Nigam Ltd, BSNL Bharat Fibre / Bharat Sanchar Nigam Ltd, Vi Postpaid / Vodafone
  Idea Ltd, Airtel Digital TV / Bharti Telemedia Ltd, PHED Rajasthan / Public Health Engineering Department,
  Rajasthan, HP Gas / Hindustan Petroleum Corporation Ltd), printed above the sum and the status or under
  them, never the app (here bob World, Paytm, BHIM, PhonePe, Amazon Pay and Google Pay), Bharat Connect or the
  *settled* (new here) Customer name / Bill in the name of (as heldout237's Account holder); *settled* (new
  here) AVVNL's own online payment receipt the discom on top (AVVNL, Ajmer Vidyut Vitran Nigam Ltd or its
  capitals as printed, as heldout247's KEDL), never the "A Government of Rajasthan undertaking" line under it,
  the Sub division (heldout243) or the Name (as heldout243's Name). An SMS alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Bank of
  Baroda's UPI "and Cr. to <payee>.", Punjab National Bank's "thru <way> to <payee>.", Union Bank of India's
  "by <way> trf to <payee>." and the Nagaur Central Co-operative Bank's "<way> transfer in favour of
  <payee>.", and the failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the
  sender id; the e-mail alert's *settled* (new here) Payee / Beneficiary account name / Sent to, printed above
  the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it, with the status between them or the payee block
  between them (heldout239, heldout243, heldout247); *settled* (new here) a payment page's Transaction amount
  / Amount charged row under the status. *settled* (heldout152, heldout186, heldout190, heldout202 to
  heldout247): a payer's advice counts its net sum, *settled* (new here) Net payment released / Amount paid
  (net) / Net remitted to vendor, Amount held back on the hold and Payment returned by bank / Amount bounced
  back on the return (the bills with their GST less TDS u/s 194Q @ 0.1% (heldout235) on the value before GST
  or RAJSICO's *settled* (new here) Less: TDS under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1% (the
  State's 2% split in two, as heldout243's Less: TDS under GST @ 2% (IGST)), and *settled* (new here) a Less:
  Breakage in transit - n slabs, a Less: Short measurement - n sq ft or a Less: Polish rejection - n sq ft @
  rate (as heldout243's Shortage on receipt and Transit damage) or a Less: Cash discount @ 2% (as heldout246's
  Less: Cash discount @ 1.5%)), printed in the payment block above the bills or under them, never a bill's
  sum, the *settled* (new here) Gross bills / Bills passed (as heldout243's Total of invoices), or a cut.
  *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout247): an inward wire's
  foreign sum, *settled* (new here) Foreign currency amount received / Remitted amount (FCY) / Amount (field
  32A), or the sum after the day on one Value date / currency / amount (32A) row (16-Jan-2026 USD 10,810.42 is
  10810.42 US dollars on 2026-01-16), in dirhams (AED before or after the sum, heldout247), pounds and US
  dollars (heldout152's marks), *settled* (new here) Saudi riyals (SAR or SR before the sum), Qatari riyals
  (QAR or QR), Singapore dollars (SGD or S$), Swiss francs (heldout187) with the code before or after the sum
  and *settled* (new here) apostrophes between the thousands on some (CHF 14'052.07 is 14052.07) and ringgit
  (MYR or RM), never the *settled* (new here) Rupee equivalent (as heldout226's Converted amount (INR)), the
  Less: Bank charges incl. GST (as heldout227's Less: Bank charges and GST) or the Amount credited (INR)
  (heldout238); its Rate applied (1 CHF = INR 106.83; indicative on the parked one) is no sum, and a wire sent
  back prints no rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout247): a receipt counts the sum received even where it is part of the order, Cheque amount
  (heldout211) / Received by cheque (heldout235), *settled* (new here) Cash recd. / Amount received in cash /
  Received via UPI (QR) / UPI collection / Card swipe amount / Charged to card / Received by NEFT / NEFT
  credit received / Advance received against order / Booking advance, with the sum in words under it, never
  the Order value (heldout247) where less was received, the goods' line, the blocks' tonnes, the *settled*
  (new here) Less: Showroom discount @ 8% (as heldout243's Less: Discount @ 5%), the CGST and SGST @ 2.5% or
  9% or the IGST @ 5%, the Round off or the *settled* (new here) Balance due on completion of the inlay (as
  heldout221's Balance due on delivery); *settled* (new here) the Bill total / Net amount (the rounded bill
  with its GST) is the same sum where the whole bill was paid, and the works' slurry, the quarry's rubble and
  the quarry's blocks (the tonnes x rate with CGST and SGST @ 2.5%) count theirs, received in full; *settled*
  (new here) a sum with /- after it (Rs.2,49,616/-, as heldout122's ₹ 45,600/-) is the whole sum (249616.00).
  *settled* (heldout187, heldout191, heldout202 to heldout247): a supplier's invoice counts the sum paid,
  where an advance is taken off (*settled* (new here) Less: Advance adjusted, as heldout235's Less: Advance
  paid with order) the *settled* (new here) Balance received by NEFT / RTGS, where the buyer's TDS is taken
  off (*settled* (new here) Less: TDS u/s 194Q, as heldout247's Less: TDS u/s 194Q deducted by buyer) the
  *settled* (new here) Net amount received by NEFT / RTGS, else *settled* (new here) Payment received by NEFT
  / RTGS / Received through UPI / UPI receipt (the rounded Total invoice value with GST), or the Cheque amount
  (heldout211) / *settled* (new here) Received by cheque for, never the *settled* (new here) Taxable amount
  (as the Taxable value), a line or the GST. A banking page's Debit amount (heldout235), *settled* (new here)
  Amount (Rs.) / Transaction amount, never *settled* (new here) the Available balance (as heldout243's
  Available balance after txn). *settled* (heldout167, heldout202 to heldout247): a wage slip's net sum,
  *settled* (new here) Net paid to karigar / Net karigari paid / Net ghisai paid / Amount handed to polisher
  (the pieces or dozens x rate, plus *settled* (new here) Add: Fine nakashi extra / Add: Rush order allowance,
  less *settled* (new here) Less: Pieces spoilt - n @ rate / Less: Udhaar (advance) recovered (as heldout243's
  Less: Pieces rejected at QC and Less: Kharchi (advance) recovered)), never the *settled* (new here) Gross
  karigari / Total before deductions (as heldout243's Gross wages), the line or a deduction; Cashfree's and a
  screen's sum large. *settled* (new here): Nagar Parishad Makrana's Total fee paid / Amount deposited (the
  Trade licence fee 2026-27 with the Signboard fee and the Late fee where printed), never a head; EPCH's Total
  paid / Net amount received (the Annual membership fee and the GST @ 18%), never the fee or the GST; the
  Department of Mines and Geology's Challan amount / Amount payable on the page not yet confirmed (the Dead
  rent for the quarter, the DMFT contribution @ 10% and the SMET contribution @ 2%), never a head; RIICO's
  Total amount paid / Amount received (the Service charges, the Economic rent and the Interest on late payment
  where printed), never a head; ESIC's Total contribution paid / Challan amount (the Employer's share @ 3.25%
  and the Employees' share @ 0.75%), never one share; the Factories and Boilers Department's Fee paid / Total
  fee (the Licence renewal fee and the Late fee where printed), never a head; the Transport Department's
  Amount to pay / Tax amount on the failed page (the Motor vehicle tax for the quarter and the Special road
  safety cess), never a head; the Ground Water Authority's Total amount paid / Amount received (the Ground
  water abstraction charges and the NOC renewal processing fee), never a head. *settled* (heldout199,
  heldout202 to heldout247): an insurer's premium with its GST, *settled* (new here) Premium paid (incl. GST)
  / Total amount received / Gross premium received, the Cheque amount (heldout211) or *settled* (new here)
  Cheque for on the cheque not yet cleared, Premium payable (heldout235) or *settled* (new here) Amount due on
  the failed one, never the Net premium (heldout247) or *settled* (new here) the Premium (before tax) (as
  heldout239's Premium before tax), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the OD premium or
  TP premium (heldout243), nor the IDV (heldout235) or the *settled* (new here) Sum insured - building, plant
  and stock, Value of plant and machinery, Sum insured - inlay stock, Annual sea turnover declared, Lives
  covered, Estimated annual wages or Limit per transit (as heldout247's sums insured, turnover, lives, wages
  and limit). A slip's *settled* (new here) AMOUNT INR: / TXN AMOUNT: / AMT RS: / TOTAL AMOUNT:, printed above
  the card or under the references, never the *settled* (new here) RATE/L: or the QTY(L): (as heldout243's
  RATE(RS/L): and QTY(L):) or the HP PAY PTS: (as heldout243's DRIVETRACK PTS:). A Bharat Connect page's sum
  large, never *settled* (new here) the Late payment amount (as heldout243's Payable after due date); AVVNL's
  Amount paid / Amount received (the Net bill amount above it is the same sum). An alert's sum debited
  (*settled* (new here) Bank of Baroda's UPI "Rs.x Dr. from", without grouping, Punjab National Bank's
  "debited INR x", Union Bank of India's "Debited for Rs:x", the Nagaur Central Co-operative Bank's "Rs x
  debited", the failed and pending transfers' "Your <way> transfer of Rs.x"; the e-mail's *settled* (new here)
  Amount debited / Transfer amount), never the Avl Bal or the e-mail's *settled* (new here) Balance (as
  heldout243's Ledger balance). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done - money received by the store,
  Successful - merchant has been paid and Done successes, Processing - your bank has not confirmed yet, do not
  pay again pending, Failed - payment limit exceeded for today at your bank failed; a payment page's
  Transaction successful - order confirmed, Payment received - we will call you before dispatch and Success -
  your receipt is on its way by e-mail successes. *settled* (new here): a payer's Status: Paid - credited to
  your bank account / Remittance completed successes, Payment on hold - goods under inspection at our site
  pending (a payer's hold, as heldout247's Payment parked), Returned by beneficiary bank - account name
  mismatch failed, printed under the heading or at the end of the payment block. *settled* (new here): an
  inward advice's Credited to exporter's account - IRM reported to EDPMS / Status: Realised - proceeds
  credited successes, Awaiting KYC of the remitter - funds parked, not credited pending, Returned to remitter
  - beneficiary account details incomplete failed, printed under the heading or at the foot. *settled*
  (heldout167, heldout179, heldout190, heldout203 to heldout247): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE DEPOSITED - MURTI HELD TILL CLEARANCE and
  CHEQUE DEPOSITED - SUBJECT TO REALISATION pending, CHEQUE DISHONOURED - FUNDS INSUFFICIENT, BILL CANCELLED
  and CHEQUE BOUNCED - DRAWER'S SIGNATURE DIFFERS failed; RECEIVED WITH THANKS, PAID and PAID IN CASH
  successes, as are *settled* (new here) PAID - PACKED IN WOODEN CRATE FOR THE BUYER, PAID - SLABS LOADED ON
  BUYER'S TRUCK, PAID - SLURRY LIFTED FROM THE PIT, PAID - RUBBLE LOADED, RAWANNA ISSUED, ADVANCE RECEIVED -
  INLAY WORK STARTED ON YOUR TABLE TOP (as heldout247's ADVANCE RECEIVED - ORDER PUT ON THE LOOM), FULL
  PAYMENT RECEIVED, SETTLED - NOTHING DUE, RECEIVED BY NEFT / RTGS / UPI (heldout247), PAID - ENTERED IN
  KARIGAR KHATA and PAID - PIECES CHECKED AND TAKEN IN STOCK. *settled* (new here): a banking page's
  Successful - credited to beneficiary account / Status: Completed - UTR generated successes, Awaiting
  approval - second authoriser has not approved pending (keyed, not yet authorised, as heldout247's Pending
  authorisation), Failed - beneficiary account closed, amount refunded to debit account failed (whatever the
  refund), printed under the heading or at the foot; Cashfree's Transfer success - credited to beneficiary /
  Status: SUCCESS (UTR received) successes, Pending - awaiting response from the beneficiary bank pending,
  Failed - beneficiary account is blocked, transfer reversed failed (whatever the reversal); a transfer
  screen's Sent successfully / Transfer successful / Payment successful successes; a fee page's Payment
  successful - receipt generated, Fee deposited - e-receipt issued and Success - amount credited to the
  authority's account successes, the Department of Mines and Geology's Challan generated - awaiting
  confirmation from the bank, do not pay again pending, the Transport Department's Transaction failed - tax
  not paid, the vehicle tax is still due failed, printed under the authority's line or at the foot; an
  insurer's Premium received - policy issued / Payment realised - policy document sent to your e-mail
  successes, CHEQUE UNDER REALISATION - COVER WILL START ON CLEARANCE pending (as heldout247's CHEQUE RECEIVED
  - POLICY ISSUED ON REALISATION), Transaction declined - premium not received, quote valid for 15 days
  failed, printed under the heading or under the sum; a slip's APPROVED successes (heldout210), as are
  *settled* (new here) SALE APPROVED and TRANSACTION APPROVED - PIN VERIFIED, *settled* (new here) DECLINED -
  55 INCORRECT PIN failed, RESPONSE AWAITED FROM HOST - DO NOT RE-SWIPE pending (as heldout247's HOST TIMEOUT
  - STATUS UNKNOWN, DO NOT RETRY); a Bharat Connect page's *settled* (new here) Bill payment successful -
  biller has received the payment / Paid - confirmation sent to your registered mobile successes, Pending -
  biller is yet to confirm, please do not pay again pending, Failed - your bank declined the payment, refund
  if debited within 3 days failed (the payment failed, whatever the refund), AVVNL's *settled* (new here)
  Payment received - bill will be updated within 48 hours / Successful - keep this receipt for your records
  successes (printed at the foot); *settled* (new here) an SMS that says the transfer "has failed and the
  amount has been credited back to your A/c." failed (whatever the reversal), one that "is being processed by
  the beneficiary bank. Please do not retry." pending, a debit alert a success, whatever its bank's wording
  (Bank of Baroda's UPI "Rs.x Dr. from A/C XXXXXX1234 and Cr. to <payee>. UPI Ref:<ref>. (2026:07:16
  15:06:58)", Punjab National Bank's "PNB: A/c XX1234 debited INR x on <day> thru <way> to <payee>.", Union
  Bank of India's "A/c *1234 Debited for Rs:x on <day> by <way> trf to <payee>.", the Nagaur Central
  Co-operative Bank's "NCCB: Rs x debited in CA ..1234 on <day>, <way> transfer in favour of <payee>."); the
  e-mail's *settled* (new here) Transaction status: Success / Status: Debited - transfer completed successes.
* date: the day paid (a UPI screen's Paid at (heldout238) / *settled* (new here) Debited at / Transaction on,
  *settled* (new here) Tried at / Initiated on on one not yet paid or failed, printed first under the rule or
  after the references, or *settled* (new here) the day and the hour with no label under the app's name (as
  heldout246's line under the status); a payment page's Paid at (heldout238) / *settled* (new here)
  Transaction date / Date / time, printed under the sum or after the references; a payer's Payment date
  (heldout246) / Paid on (heldout243) / *settled* (new here) Remittance date, the held one's Held on
  (heldout246) / *settled* (new here) Hold date and the returned one's Returned on (heldout234) / Date of
  return (heldout246); an inward advice's Value date / Date of credit / Realisation date (heldout246), or the
  day before the sum on the Value date / currency / amount (32A) row, *settled* (new here) Funds received on /
  Parked since on the parked one and Date of return (heldout246) / *settled* (new here) Returned to remitter
  on on the returned one, printed first or after the references (in capitals on some); a receipt's, invoice's
  or wage slip's Invoice date (heldout243) / Bill date / Date (heldout247) / *settled* (new here) Date of sale
  / Dt. / Inv. date / Date of invoice, Date of payment (heldout246), *settled* (new here) the day after the
  number on one Invoice No. & date row (VER/26-27/0917 / 14 Oct, 2026), the accounts desk's Date of receipt
  (heldout246) / *settled* (new here) Amount received on, printed above the number or under it; a banking
  page's Value date / Transaction date (heldout247) / *settled* (new here) Payment date, Created on
  (heldout247) / *settled* (new here) Initiated on on the one awaiting approval and *settled* (new here)
  Failed on / Refunded on on the returned one, printed under the heading or at the foot; Cashfree's Transfer
  date (heldout246) / *settled* (new here) Processed on, Requested on / Added on on the one pending and Failed
  on / Reversed on on the failed one; a transfer screen's Paid on (heldout246) / *settled* (new here) Date &
  time / Sent at; a fee page's Paid on (heldout246) / *settled* (new here) Date of payment / Transaction date
  / Receipt date, the Department of Mines and Geology's Challan date (heldout246) / *settled* (new here)
  Generated on on the page not yet confirmed and the Transport Department's Transaction date / *settled* (new
  here) Tried on on the failed one; an insurer's Receipt date (heldout243) / Premium received on (heldout247)
  / *settled* (new here) Date of payment, Cheque received on (heldout247) / *settled* (new here) Date of
  deposit on the cheque not yet cleared and Transaction date (heldout243) / *settled* (new here) Tried on on
  the failed one; a slip's DATE: (with TIME:) or *settled* (new here) TXN DATE: (with TXN TIME:) / DT/TM: (the
  day and the hour on one row), printed at the top or under the sum; a Bharat Connect page's Paid on / Date &
  time (heldout247) / *settled* (new here) Payment date / Transaction date & time (Date & time alone on a bill
  not paid, heldout235); AVVNL's *settled* (new here) Transaction date / Receipt date; the SMS's day
  (*settled* (new here) Bank of Baroda's "(2026:07:16 15:06:58)", the year, month and day with colons between
  them, is 2026-07-16); the e-mail alert's Value date / Transaction date (heldout246) / *settled* (new here)
  Date). Days printed *settled* (new here) with the day and the month without zeros (12.1.2026, 26/5/26) are
  day first. *settled*: never a Bill month (heldout167), a Due date, a Cheque dated (heldout243), a *settled*
  (new here) Period of insurance (from 03/05/2026 (12 months), as heldout231's Policy period), an invoice
  number's or a slip number's financial year or an e-mail's hour; never a Shipping bill date (heldout167), the
  day inside a UTR (heldout210) or inside a Bank CIN (heldout247); never a Bharat Connect page's Bill date
  (heldout239) or Bill period (heldout243), the day of a bill listed on an advice (heldout246), ESIC's
  *settled* (new here) Contribution period (as heldout247's EPFO Wage month), or the year of a head (Trade
  licence fee 2026-27, Annual membership fee 2026-27, Service charges 2026-27, Licence renewal fee 2026-27,
  Ground water abstraction charges 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree's IMPS (as heldout247's RazorpayX's), a Bharat Connect bill from a Current A/c (here
  in bob World), a payment page's net banking, a fee, a premium or AVVNL paid by Net banking, an e-mail
  alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage
  slip's, an invoice's, Cashfree's, a fee's, a premium's or a bill's UPI and Bank of Baroda's UPI alert; card
  on slips, a payment page's card, a receipt's Card, a fee, a premium or AVVNL paid by Debit card; cheque for
  a cheque received, deposited or returned and a premium paid by Cheque; cash for a cash bill, receipt or wage
  slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout247): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No, UPI Ref, RRN, UPI RRN, NEFT
  UTR, UTR (NEFT), UTR (RTGS), RTGS UTR, UPI transaction ID, Bank reference ID (on Amazon Pay), *settled* (new
  here) RRN No. / UPI reference No. on a UPI screen, PayU's Bank ref. No. (UTR) and CCAvenue's UPI RRN on a
  UPI payment, a payer's IMPS ref. (RRN), a receipt's NEFT UTR No., a banking page's IMPS ref. No., a wage
  slip's IMPS ref., Cashfree's Bank UTR, a slip's RRN: / RRN NO:, an SMS's UPI Ref: / UTR / IMPS Ref), then a
  bank reference (an inward advice's IRM No. (heldout247) / *settled* (new here) FIRA No. / Inward ref. (as
  heldout247's Inward ref. No.), a banking page's *settled* (new here) Bank ref. No. / Transaction ref. (as
  heldout243's Bank txn ref.), printed above the payee or under it, the payment pages' Bank ref. No. on net
  banking, a fee page's Bank ref. No., *settled* (new here) ESIC's Bank transaction No. and e-GRAS's Bank CIN
  (heldout247), an insurer's *settled* (new here) Bank ref., a Bharat Connect page's *settled* (new here) BBPS
  txn ID / Bharat Connect txn ref. / B-Connect ID (as heldout243's BBPS txn ref.)), then a transaction /
  payment id (*settled* (new here) CCAvenue's reference No. and the PayU ID, the UPI apps' own BHIM txn ID,
  Transaction ID (PhonePe's), Google transaction ID, Paytm txn ID, bob World txn ID and Amazon Pay txn ID (the
  app's own id, whatever its name, heldout235), Cashfree's *settled* (new here) Cashfree reference ID (as
  heldout247's RazorpayX Payout ID), a fee page's Transaction ID / Transaction No. (heldout234), *settled*
  (new here) EPCH's and the Ground Water Authority's Payment ref. No., e-GRAS's GRN (heldout247), ESIC's
  challan No. and Vahan's transaction No., an insurer's *settled* (new here) Payment ref. No., AVVNL's
  *settled* (new here) PG transaction ID (as heldout247's KEDL Gateway ref. No.), a failed Bharat Connect
  page's Transaction ID (heldout243)), then an approval code (Approval code, Auth code, Auth ID (heldout247),
  a slip's APPR CODE: (heldout246) / *settled* (new here) AUTH CODE:), then an order's number (*settled* (new
  here) CCAvenue's Order No. and PayU's Merchant order No., Cashfree's Transfer ID (the company's own id for
  the transfer, as heldout247's RazorpayX Reference ID)), then a document's own number (a payer's *settled*
  (new here) Payment voucher No. / Advice No. / Document No., *settled* (new here) Retail bill No. / Art bill
  No. / Challan cum bill No. / Slab bill No. / Lifting receipt No. / Waste memo No. / Rubble bill No. /
  Mineral sale memo No. / Block bill No. / Payment receipt No. / Ack. ref. on a receipt, Invoice No. / Tax
  invoice No. / *settled* (new here) Inv. No. on an invoice, Parchi No. (heldout247) / *settled* (new here)
  Slip No. on a wage slip, a fee page's Receipt No., an insurer's Receipt No. / Premium receipt No.
  (heldout246), AVVNL's Receipt No., a slip's BILL NO: (heldout247) / *settled* (new here) INV NO:).
  *settled*: never a UETR, a MID: / TID:, BATCH NO:, STAN: (heldout202), a card, account or mobile number, a
  UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose code, an Export invoice No. (heldout210), a
  Shipping bill No. (heldout167), an E-way bill No., *settled* (new here) a Bilty No. (as heldout235's LR
  No.), an AWB No. (as heldout247's Docket No.), an e-Rawanna No. (the mineral transit pass's number) or a
  Dharam kanta slip No. (the weighbridge's), a Vehicle No. (heldout205) (so never a Registration No. on the
  Vahan page or an insurer's page or a slip's VEH NO:), a *settled* (new here) Buyer's PO No. / Work order No.
  / Supply order No. (as heldout243's PO No.), a Vendor code (heldout210), a Stock entry No. (as heldout235's
  GRN No.), the number or the day of a bill listed on an advice (heldout246), a *settled* (new here)
  Remitter's ref. (field 20) (as heldout243's Sender's ref. (field 20)), the Initiated by / Approved by (as
  heldout171's Maker / Checker), the Login ID (as heldout243's User ID), a Payee alias (as heldout234's
  Beneficiary short name), Cashfree's Beneficiary ID (heldout173), a *settled* (new here) Pehchan card No. (as
  heldout243's Token No.), a Licence No. (heldout231), a Membership No. or an RCMC No. (heldout227), a
  *settled* (new here) Mining lease No. or Khasra / area, a Plot No. (heldout246), an Employer code (as
  heldout247's Establishment ID), a NOC No., a Policy No. / Proposal No. / Cover note No. (heldout246), a
  Bharat Connect page's Bill number (as heldout246's Bill No.), a consumer number (here K No., Telephone No.,
  Mobile No., Customer ID, Connection ID, Consumer No.), or a slip's ROOM NO: (heldout203) / *settled* (new
  here) FOLIO NO: (as heldout246's GUEST FOLIO:) / TOKEN NO: (as heldout247's KOT NO:) / PUMP NO: (as
  heldout247's NOZZLE NO:) / CUST MOB:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout251_families import (
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

SPLIT = "heldout251"

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


def make_heldout251_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout251 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

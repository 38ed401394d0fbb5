"""heldout240: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bhadohi hand-knotted carpet and dhurrie exporter's day in 2026 in Bhadohi, Uttar
Pradesh (Varuna Kaleen Exports Pvt Ltd, its weaving centre at Ghosia, Varuna Kaleen Weaving Centre, which
issues the dyed wool and the cotton warp to the weavers' looms in the villages of Ghosia, Aurai, Jangiganj,
Suriyawan, Khamaria and Digh and takes the woven carpets and dhurries back, its dyeing and washing unit on
Gopiganj Road, Varuna Kaleen Dyeing & Washing Unit, where the yarn is dyed in the vats and the carpets washed,
dried, clipped and bound, and its export showroom near the Carpet Expo Mart on Station Road, Varuna Kaleen
Export Showroom, where the foreign buyers, the decorators, the architects and the hotels choose), told by the
proofs of payment it receives (home buyers', decorators', architects' and hotels' UPI screens and the
showroom's Cashfree and PayU pages, a Mumbai, a Kolkata, a Bengaluru, a Hyderabad, a Chennai and a Chandigarh
furnisher's, a Udaipur hotel company's and the Central Cottage Industries Corporation's payment advices, rug
importers' inward wires from New York, Hamburg, London, Stockholm, Zurich, Kyoto, Dubai and Melbourne in US
dollars, euros, pounds, Swedish kronor, Swiss francs, yen, UAE dirhams and Australian dollars, the showroom's
sale bills to a Varanasi buyer and a Varanasi hotel, the dye house's job work receipts for yarn dyed by the
kilo for two exporters and for carpets washed by the square foot for a weavers' society, the weaving centre's
sale of wool waste by the kilo to a Panipat shoddy mill, the accounts desk's acknowledgements of a Delhi
architect's advance and a Goa buyer's rug, cards on the showroom's, the company's and the dye house's
terminals) and those it makes (the Bikaner wool spinner's, the Erode warp yarn mill's, the Vapi dye maker's,
the Mirzapur bale packing maker's and the Bhagalpur silk yarn trader's tax invoices, the net-banking transfers
to the container hauler, the carpet design studio, the fumigator, the customs broker, the showroom's landlady,
the security agency, the boiler mechanic and the photo studio, the weavers', clippers', washers', dyers' and
binders' wage vouchers, RazorpayX payouts to a weaver and a binder and a BHIM and a Paytm payment to two
weavers, Nagar Palika Parishad Bhadohi's house tax, the Zila Panchayat's licence fee, the Uttar Pradesh
Pollution Control Board's consent fee, the Carpet Export Promotion Council's membership renewal, ESIC's
contribution challan, the Ground Water Department's NOC fee, the Electrical Safety Directorate's inspection
fee and the Transport Department's Vahan road tax, the insurers' premium receipts for the dye house and the
carpet stock, the export cargo, the showroom's carpets, the staff's health, the wage cash carried to the
weavers' villages, the truck and the dyers, washers and clippers, and ECGC's premium on the export shipments,
its card at a filling station on the GT Road, a Varanasi hotel in the carpet expo week, a hardware shop and a
highway dhaba, PuVVNL's power and the fibre, postpaid, DTH and piped gas bills, the banks' SMS and e-mail
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields), four different pages.

* ``buyer_upi``: six UPI app screens (PhonePe, Navi, MobiKwik, bob World, iMobile Pay, Freecharge), the
  status, the sum and the payee block in one of three orders (or PhonePe's payee and sum on one row under the
  status) and the day on top under the app's name or after the references, and the showroom's two payment
  pages (Cashfree: the status above an Amount paid row; PayU: the sum large above its status or under it), the
  day under them or at the foot.
* ``buyer_advices``: the furnishers', the hotel company's and the Corporation's VENDOR PAYMENT
  ADVICE - HANDMADE CARPETS / REMITTANCE ADVICE TO VENDOR / Intimation of payment to vendor (e-mail, printed,
  vendor portal), in one order the payment block with the payee at its head above the codes and the bills, in
  the other the codes and the payee above the bills and the payment block.
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - EXPORT REMITTANCE RECEIVED /
  Inward SWIFT payment - beneficiary advice / FOREIGN INWARD REMITTANCE ADVICE (FIRA); browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the sums, the beneficiary's
  block above the remitter's or under it; kronor with spaces and a decimal comma and francs with an apostrophe
  between the thousands on some, yen without decimals.
* ``own_receipts``: the showroom's TAX INVOICE CUM RECEIPT - HANDMADE CARPETS / SHOWROOM SALE BILL - BHADOHI,
  the dye house's JOB WORK RECEIPT - YARN DYEING (PER KG) / RANGAI JOB WORK PARCHI / CARPET WASHING
  CHARGES - RECEIPT / DHULAI JOB WORK RECEIPT, the weaving centre's SALE MEMO - WOOL WASTE (KATRAN) BY WEIGHT
  / SCRAP RECEIPT - YARN WASTE (paper, rubber stamp), the number and the day above the party or after the
  payment rows, and the accounts desk's Payment received - many thanks e-mails.
* ``supplier_invoices``: the wool, warp yarn, dye, bale packing and silk suppliers' TAX INVOICE (ORIGINAL FOR
  RECIPIENT) / INVOICE - GST / TAX INVOICE AND DELIVERY CHALLAN with the payment block (an advance or the
  buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on one row on some,
  in either order on the rest.
* ``vendor_transfers``: corporate net banking's pages (ICICI Bank CIB, Kotak Fyn, Baroda Connect), in one
  order the status and the sum large under the heading and the day at the foot, in the other the sum among the
  rows and the day and the status at the foot; the references above the payee or under the rows.
* ``worker_pay``: printed CARPET WEAVING WAGES - PER SQ FT / BUNAI MAZDOORI PARCHI (KARGHA) / CLIPPING AND
  EMBOSSING WAGES - PER SQ FT / KATAI-CHHATAI MAZDOORI PARCHI / CARPET WASHING WAGES - PER PIECE / DHULAI
  MAZDOORI VOUCHER / YARN DYEING WAGES - PER KG / RANGAI MAZDOORI PARCHI / BINDING AND FRINGE WAGES - PER
  PIECE / GATHAI-BINDING MAZDOORI VOUCHER, the payee first or after the number and the day, RazorpayX's payout
  pages, a BHIM and a Paytm screen.
* ``govt_fees``: Nagar Palika Parishad Bhadohi's house tax page (e-Nagar Sewa), the Zila Panchayat's licence
  fee, the Uttar Pradesh Pollution Control Board's consent renewal (OCMMS), the Carpet Export Promotion
  Council's membership renewal, ESIC's contribution challan, the Ground Water Department's NOC fee (Nivesh
  Mitra), the Electrical Safety Directorate's inspection fee and the Transport Department's Vahan tax page
  (browser), the status under the authority's line or at the foot.
* ``insurer_receipts``: insurers' and ECGC's PREMIUM RECEIPT - POLICYHOLDER'S COPY / Acknowledgement of
  premium received / RECEIPT FOR PREMIUM PAID (ORIGINAL) (browser, e-mail, printed at the branch), the status
  under the heading or under the sum.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum, the sum above the card
  or under the references.
* ``utility_bills``: Bharat Connect in bob World and other apps (Paytm, PhonePe, Amazon Pay, MobiKwik), the
  sum large above the status or under it or an Amount paid row under the biller, and PuVVNL's own online
  payment receipt, the status under its line or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Union Bank of India, Bank of Baroda,
  Bhadohi Nagrik Sahakari Bank, Kotak Mahindra Bank's UPI) and two e-mail debit alerts (ICICI Bank, Axis
  Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout238's and heldout239's.

Truth conventions (heldout239's, heldout238's, heldout235's, heldout234's, heldout231's, heldout227's,
heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's,
heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), *settled* (new here) Payment made to / Transferred to / Beneficiary, and To / Paying to on one
  not yet paid or failed (here the showroom, Varuna Kaleen Export Showroom / VARUNA KALEEN EXPORT SHOWROOM,
  the company's capitals, VARUNA KALEEN EXPORTS PVT LTD, or its short name, Varuna Kaleen, as printed),
  whether the payee block stands above the sum, under it or above the status, *settled* (new here) also
  PhonePe's payee on the left of the row whose right holds the sum; never the UPI ID or the app, the
  Registered name / Name at bank (heldout235) or the Beneficiary name as per bank / KYC name (heldout239),
  *settled* (new here) nor the Banking name / Account holder line under the UPI ID, nor the payer under Paid
  by / Sender (heldout239) or *settled* (new here) Payer / Sent by; a payment page's payee on top (here the
  showroom, its capitals, the company or its short name), never Paid by (heldout206) / Customer name
  (heldout234) / Customer / Payer name / Billed to (heldout239), *settled* (new here) the Buyer / Customer
  details / Ordered by or the Item / Product, or the gateway's footer (*settled* (new here) Powered by
  Cashfree Payments, Payments secured by PayU). *settled* (heldout167, heldout190, heldout202 to heldout239):
  a payer's payment advice pays the one it pays, never the payer on top; here a furnisher's, the hotel
  company's or the Corporation's advice pays the company under *settled* (new here) Vendor name / Paid to
  vendor / Remitted to / Payee (vendor) / Vendor credited (its full, capital or short name as printed),
  printed at the head of the payment block or after the codes above the bills, never the payer on top, its
  desk line, the Vendor code (heldout210), the PO No., *settled* (new here) the Goods inward No. (as
  heldout235's GRN No.), the Indent No. or the Bill passing No. (as heldout239's Sanction order No.), or the
  Vendor bank A/c (as heldout223's). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout239):
  a bank's inward remittance advice pays the company under *settled* (new here) Beneficiary (exporter) /
  Credited to (exporter) / Account holder / Payee name, never the bank on top, its forex desk line, the
  remitter (*settled* (new here) Ordering customer (field 50) / Remitter (foreign buyer) / By order of, the
  importer abroad), the Remitting bank (as heldout155's Sender's bank), *settled* (new here) the Ordering bank
  (field 52) (as heldout239's Ordering institution) or the Intermediary bank (field 56) (as heldout231's
  Correspondent bank), printed above the beneficiary or under it. *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout239): the company's own receipt pays the trade name on top where that is on
  top, so *settled* (new here) the showroom's bills pay Varuna Kaleen Export Showroom, the dye house's
  receipts Varuna Kaleen Dyeing & Washing Unit and the weaving centre's Varuna Kaleen Weaving Centre (capitals
  where so printed), and a receipt with the company on top the company, never the "A unit of" company line
  under it (heldout190), the party under *settled* (new here) Customer name / Name of party / Job work for,
  the goods' line, the signature line (For <unit> - Accountant, also where the company is on top, heldout239)
  or the rubber stamp; *settled* (new here) the dye house's job work receipts for yarn dyed and carpets washed
  for another exporter or a weavers' society pay the dye house (the one who did the work and was paid, never
  the one it worked for), and the weaving centre's sale of wool waste by the kilo to a shoddy mill pays the
  weaving centre (as heldout239's willow chips); the accounts desk's e-mail pays the company on top (its full,
  capital or short name as printed, heldout219). A supplier's name on top of its own paper (capitals where so
  printed), never M/s the company under Billed to / Recipient / Bill to party (heldout235) / Buyer / Invoiced
  to / Party name (heldout239) or *settled* (new here) Details of receiver (billed to) / Name of recipient,
  nor the dye house, the weaving centre or the showroom under *settled* (new here) Consignee (shipped to) (as
  heldout239's Deliver to). *settled* (heldout179, heldout202, heldout203, heldout207 to heldout239): a
  corporate banking page pays the payee under Beneficiary name / Payee (heldout211), *settled* (new here)
  Beneficiary account name / Credited to / Payee name / Recipient account holder, printed under the references
  or above them, never the portal (ICICI Bank CIB, Kotak Fyn, Baroda Connect), the bank line, the From account
  (as heldout239's Debit account), *settled* (new here) the Login ID (as heldout239's Corporate ID) or the
  Beneficiary short name (as heldout231's Nick name). *settled* (heldout150, heldout161, heldout179,
  heldout203 to heldout239): a wage voucher pays the worker, *settled* (new here) a weaver under Weaver
  (bunkar) / Bunai paid to, a clipper under Clipper's name / Chhatai paid to, a washer under Washer's name /
  Dhulai paid to, a dyer under Dyer's name (rangrez) / Rangai paid to and a binder under Binder's name /
  Binding paid to, printed first under the heading or after the number and the day, never the company on top,
  the weaving centre's or the dye house's line under it, the Work, the Village or *settled* (new here) the
  Bunkar card No. / Worker card No., the Loom No., the Design No. or the Size; *settled* (new here)
  RazorpayX's payout page the Contact name / Paid to (contact) (as heldout239's Decentro's Beneficiary name),
  never RazorpayX on top, the Payouts | company line under it, the Contact ID (as heldout173's Beneficiary ID)
  or the Fund account / Fund account (VPA); a transfer screen the payee under Paid to (heldout235) / *settled*
  (new here) Sent to, above the sum or under the status. *settled* (heldout153, heldout167, heldout182,
  heldout202 to heldout239): a fee page pays the authority on top as printed, *settled* (new here for Bhadohi)
  Nagar Palika Parishad, Bhadohi / NAGAR PALIKA PARISHAD BHADOHI; Zila Panchayat, Bhadohi / ZILA PANCHAYAT,
  SANT RAVIDAS NAGAR (BHADOHI); Uttar Pradesh Pollution Control Board / UTTAR PRADESH POLLUTION CONTROL BOARD
  (heldout239); Carpet Export Promotion Council / CEPC (as heldout239's SGEPC); Employees' State Insurance
  Corporation / ESIC; Ground Water Department, Uttar Pradesh / U.P. GROUND WATER DEPARTMENT; Directorate of
  Electrical Safety, Uttar Pradesh / ELECTRICAL SAFETY DIRECTORATE, U.P.; Transport Department, Uttar Pradesh
  / Transport Department, Government of Uttar Pradesh on the Vahan receipt (heldout239); never the line under
  it (e-Nagar Sewa, Uttar Pradesh, the Panchayati Raj Department, Online consent management (OCMMS), the
  Ministry of Textiles, the Ministry of Labour and Employment, Nivesh Mitra - single window system, the Energy
  Department or Vahan - Ministry of Road Transport & Highways), the Owner name (heldout239) or *settled* (new
  here) the Name of owner, Name of licensee, Name of industry, Member firm, Employer's name, Name of applicant
  or Name of premises. *settled* (heldout199, heldout202 to heldout239): an insurer's premium receipt pays the
  insurer on top (its full name, capitals where so printed; *settled* (new here) The New India Assurance Co.
  Ltd's, ICICI Lombard General Insurance Co. Ltd's, Bajaj General Insurance Ltd's, Niva Bupa Health Insurance
  Co. Ltd's, SBI General Insurance Co. Ltd's, IFFCO Tokio General Insurance Co. Ltd's and The Oriental
  Insurance Co. Ltd's alike, and ECGC Ltd's for the export credit premium), never the product line, the office
  line or the insured (the company) under *settled* (new here) Insured / Policy holder / Name of the insured.
  A slip's counter name line in capitals (here the company's own counters, VARUNA KALEEN EXPORT SHOWROOM,
  VARUNA KALEEN EXPORTS and VARUNA KALEEN DYE HOUSE, on four, a filling station, a Varanasi hotel, a hardware
  shop and a highway dhaba on the rest), never the terminal's bank or brand (UNION BANK OF INDIA, BHARAT
  PETROLEUM, KOTAK MAHINDRA BANK, AXIS BANK, BANK OF BARODA, PINE LABS, ICICI BANK, MSWIPE) or the place line.
  A Bharat Connect page's biller under Operator (heldout223) / Biller name / Bill paid to (heldout235) / Paid
  to biller / Provider / Utility (heldout239), *settled* (new here) Biller / Service provider / Billed by
  (short or long as printed: PuVVNL / Purvanchal Vidyut Vitran Nigam Ltd, BSNL Bharat Fibre / Bharat Sanchar
  Nigam Ltd, Vi Postpaid / Vodafone Idea Ltd, Airtel Digital TV / Bharti Telemedia Ltd, GAIL Gas / GAIL Gas
  Ltd), never the app (here bob World, Paytm, PhonePe, Amazon Pay and MobiKwik), Bharat Connect or *settled*
  (new here) the Consumer name / Registered name; *settled* (new here) PuVVNL's own receipt page the discom on
  top (PuVVNL, Purvanchal Vidyut Vitran Nigam Ltd or its capitals as printed, as heldout239's PVVNL), never
  the "A UPPCL company" line under it, the Sub-division or the Consumer name. An SMS alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  Union Bank of India's "by <way> to <payee>.", Bank of Baroda's "to:<payee> via <way>", Bhadohi Nagrik
  Sahakari Bank's "towards <way> to <payee>." and Kotak Mahindra Bank's UPI "to <payee> on <day>.", and the
  failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the
  e-mail alert's Beneficiary name (heldout206) / Paid to / Sent to (heldout239), *settled* (new here)
  Beneficiary / Transferred to / Payee, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239), *settled* (new here) PhonePe's on the
  payee's row and Cashfree's Amount paid / Order amount paid row under the status. *settled* (heldout152,
  heldout186, heldout190, heldout202 to heldout239): a payer's advice counts its net sum, *settled* (new here)
  Net paid to vendor / Amount remitted (net) / Net transfer, Amount on hold on the hold and Amount bounced
  back / Remittance recalled on the return (the bills less TDS u/s 194Q @ 0.1% (heldout235) and *settled* (new
  here) a Less: Size shortfall - n sq ft, a Less: Quality claim - n pcs, a Less: Retention @ 5% till
  installation or a Less: Early payment discount @ 2%), printed in the payment block above the codes and the
  bills or under them, never a bill's sum, *settled* (new here) the Total of invoices / Bills value, or a cut.
  *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout239): an inward wire's
  foreign sum, *settled* (new here) Remittance amount / FCY amount received / Amount (foreign currency) /
  Inward remittance amount, in US dollars, euros (the continental grouping on some, heldout239: EUR 12.450,00
  is 12450.00), pounds, *settled* (new here) Swedish kronor (SEK before or after the sum, spaces between the
  thousands and a decimal comma on some: SEK 81 700,00 is 81700.00), Swiss francs (CHF before or after the
  sum, an apostrophe between the thousands on some: CHF 53'253.37 is 53253.37), yen (JPY before or after the
  sum, whole yen: JPY 6,553,000 is 6553000.00), UAE dirhams (AED before or after the sum) and Australian
  dollars (AUD, A$, heldout202), never the INR value (as heldout239's Rupee equivalent), the Less: Commission
  and GST (as heldout239's Less: Handling charges + GST) or the Net amount credited (INR) (as heldout239's Net
  credit (INR)); its Conversion rate (1 SEK = 9.4623 INR, 60.93 INR per 100 JPY) is no sum. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout239): a receipt counts the sum received even where
  it is part of the order, Cash received (heldout234) / Amount of cheque (heldout206), *settled* (new here) or
  Amount received in cash / By cash / Received through UPI / UPI payment received / Paid by card / Card
  payment (POS) / Received by cheque / Cheque amount / Advance received against order / Booking amount
  received, with the sum in words under it, never the Total / Bill amount / Order value (heldout202) where
  less was received, the goods' line, *settled* (new here) the Less: Trade discount @ 5%, the CGST and SGST @
  2.5% or the Balance due before dispatch / Balance on delivery (as heldout239's Balance at delivery);
  *settled* (new here) the dye house's job work receipts (the kilos dyed or the square feet washed x rate with
  CGST and SGST @ 2.5%) and the weaving centre's wool waste (the kilos x rate with CGST and SGST @ 2.5%) count
  their bill with the GST, received in full (as heldout239's willow chips). *settled* (heldout187, heldout191,
  heldout202 to heldout239): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance paid against order) the *settled* (new here) Balance paid by NEFT / RTGS,
  where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q (buyer)) the *settled* (new
  here) Net paid by NEFT / RTGS, else *settled* (new here) Received by NEFT / RTGS / Payment by NEFT / RTGS
  recd. / Received via UPI / Paid through UPI (the rounded Invoice total with GST), or the *settled* (new
  here) Cheque recd. / By cheque, never the Taxable value, a line or the GST. A banking page's Amount
  (heldout119), *settled* (new here) Transaction amount / Debit amount (Rs.) or its sum large under the
  status, never *settled* (new here) the Available balance (as heldout239's Balance after debit). *settled*
  (heldout167, heldout202 to heldout239): a wage voucher's net sum, *settled* (new here) Net bunai paid /
  Amount paid to weaver / Net chhatai paid / Net dhulai paid / Net rangai paid / Net binding paid / Net amount
  paid (the square feet, pieces or kilos x rate, plus Add: Silk highlight extra / Add: Urgent order extra,
  less Less: Yarn short returned - n kg @ rate / Less: Rafu (repair) charges / Less: Peshgi recovered), never
  the Gross wages, the line or a deduction; RazorpayX's and a screen's sum large. *settled* (new here): the
  Nagar Palika's Total paid / Net amount deposited (the Grih kar (house tax), the Jal kar (water tax) and the
  Jal mulya (water charge), less the Rebate @ 10% - paid by 31 July on the page paid by then), never a head or
  the rebate; the Zila Panchayat's Total payable / Amount (the Licence fee (carpet weaving centre) and a Late
  fine), never a head; the Pollution Control Board's Total fee / Amount deposited (the Consent fee (water and
  air) - 2 years and a Late fee), never a head; CEPC's Total received / Amount paid (the Membership fee and
  the GST @ 18%), never the fee or the GST; ESIC's Total contribution / Challan amount (the Employees'
  contribution (0.75%) and the Employer's contribution (3.25%)), never one contribution; the Ground Water
  Department's Total fee / Amount deposited (the Registration and NOC fee and the Processing fee), never a
  head; the Electrical Safety Directorate's Fee deposited / Total fee paid (the DG set's and the substation's
  inspection fees), never one fee; the Transport Department's Total amount paid (heldout239) / Grand total
  (the Road tax (quarterly) and a Surcharge), never a head. *settled* (heldout199, heldout202 to heldout239):
  an insurer's premium with its GST, *settled* (new here) Premium paid (incl. GST) / Total amount received /
  Gross premium, the Cheque amount (heldout211) / Amount of instrument on the instrument not yet realised,
  Premium payable / Amount attempted on the failed one, never *settled* (new here) the Basic premium (as
  heldout234's Net premium), an add-on or the GST, nor the Own damage or the Liability (TP) (heldout239), nor
  the IDV (heldout235) or *settled* (new here) the Sum insured - building, plant, yarn and carpet stock, the
  Annual turnover declared (export), the Sum insured - showroom carpets, the Members covered, the Cash limit
  per carrying, the Estimated annual wages or ECGC's Shipments declared for the month. A slip's *settled* (new
  here) AMOUNT: / TXN AMT: / NET AMT: / SALE AMOUNT: / TOTAL:, printed above the card or under the references,
  never the RATE (RS/L): or the QTY (L): (as heldout239's PRICE/L: and VOL(L):). A Bharat Connect page's sum
  large or *settled* (new here) its Amount paid / Amount row under the biller, never *settled* (new here) the
  Late payment amount (as heldout239's Amount after due date); PuVVNL's *settled* (new here) Amount received /
  Amount paid (the Bill amount above it is the same sum). An alert's sum debited (*settled* (new here) Union
  Bank of India's "Debited for Rs:x", Bank of Baroda's "Rs.x transferred", Bhadohi Nagrik Sahakari Bank's
  "debited Rs x", Kotak Mahindra Bank's "Sent Rs.x", the failed and pending transfers' "<way> transfer of Rs
  x"; the e-mail's *settled* (new here) Amount debited / Amount), never the Avl Bal (heldout239), *settled*
  (new here) the Total Bal: / Bal line or the e-mail's Balance after transaction. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful - received by the seller, Money
  credited to the showroom and Sent - the payee's bank has confirmed successes, Pending at the payee's
  bank - check again in 30 minutes pending, Failed - UPI PIN tries exceeded, no money was debited failed; a
  payment page's Payment received - your rug is reserved, Order paid successfully and Thank you - payment
  captured by the seller successes. *settled* (new here): a payer's Status: Paid - vendor account credited /
  Remittance done - funds sent to your bank successes, On hold - awaiting the size verification report from
  the warehouse pending (a payer's hold, as heldout198's to heldout239's), Returned - beneficiary account
  closed failed. *settled* (new here): an inward advice's Credited to your account - FIRA issued / Status:
  Remittance credited - e-BRC can now be generated successes, Under compliance review - AML screening in
  progress pending, Returned to ordering bank - beneficiary account details incomplete failed, printed under
  the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout239): a
  cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  RECEIVED - YARN RELEASED ON CLEARING and CHEQUE DEPOSITED - AWAITING CREDIT pending, CHEQUE
  DISHONOURED - BILL STANDS UNPAID and CHEQUE BOUNCED - FUNDS INSUFFICIENT, PLEASE PAY AGAIN failed; RECEIVED
  WITH THANKS, PAID and PAID IN CASH successes, *settled* (new here) as are PAID - RUG ROLLED AND HANDED OVER,
  PAID - DYED YARN RETURNED, PAID - CARPETS WASHED AND RETURNED, PAID - WASTE WEIGHED AND LIFTED, ADVANCE
  RECEIVED - ORDER BOOKED (the advance received, the order still to be woven), PAYMENT RECEIVED IN FULL,
  SETTLED BY NEFT / RTGS / UPI, NOTHING DUE, PAID - CARPET RECEIVED FROM THE LOOM and PAID - ENTERED IN
  MAZDOORI KHATA. *settled* (new here): a banking page's Processed - funds sent to beneficiary / Transaction
  successful successes, Awaiting approval - authoriser yet to release pending (keyed, not yet authorised, as
  heldout191's to heldout239's), Returned - beneficiary name mismatch, amount credited back failed (whatever
  the return), printed under the heading or at the foot; RazorpayX's Payout processed - credited to the
  contact's bank / Payout status: Processed successes, Queued - low balance in the RazorpayX account pending
  (not yet sent, as heldout239's Queued), Reversed - the beneficiary bank declined the credit failed; a
  transfer screen's Money sent (heldout235) and *settled* (new here) Successful / Payment done successes; a
  fee page's *settled* (new here) Payment received - e-receipt issued, Fee paid successfully, Amount deposited
  in Government account and Transaction successful successes, ESIC's Challan generated - payment status
  awaited from the bank pending, the Zila Panchayat's Payment unsuccessful - any amount debited will be
  refunded by your bank failed, printed under the authority's line or at the foot; an insurer's *settled* (new
  here) Premium received - policy issued / Payment successful - policy document sent by e-mail successes,
  INSTRUMENT UNDER REALISATION - COVER FROM THE DATE OF CLEARING pending (as heldout211's cover from
  realisation), Payment unsuccessful - proposal not converted to policy failed, printed under the heading or
  under the sum; a slip's APPROVED successes (heldout210), *settled* (new here) as are TRANSACTION APPROVED
  and SALE APPROVED - THANK YOU, DECLINED - 55 INCORRECT PIN failed, TXN TIMED OUT - VERIFY BEFORE REPEATING
  pending; *settled* (new here) a Bharat Connect page's Bill paid successfully / Payment confirmed by biller
  successes, Payment in progress - biller confirmation awaited pending, Bill payment failed - money will be
  refunded to the source failed (the payment failed, whatever the refund), PuVVNL's Payment received - receipt
  generated / Successful - bill marked paid successes (printed under its line or at the foot); *settled* (new
  here) an SMS that says the transfer "could not be completed; amount credited back to your A/c." failed
  (whatever the credit back), one that "is under process at the beneficiary bank; please wait before
  retrying." pending, a debit alert a success, whatever its bank's wording ("A/c *1234 Debited for Rs:x on
  <day> by <way> to <payee>.", "Rs.x transferred from A/c ...1234 to:<payee> via <way> on <day>.", "BNSB: A/c
  XX1234 debited Rs x on <day> towards <way> to <payee>.", Kotak Mahindra Bank's "Sent Rs.x from Kotak Bank AC
  X1234 to <payee> on <day>. UPI Ref <ref>."); the e-mail's *settled* (new here) Status: Debited - transfer
  successful / Transaction status: Success successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout206), Transaction time / Sent on / Time of
  payment / Done on (heldout239), *settled* (new here) Date / Paid at / Completed on / Debited on, Initiated
  at / Date on one not yet paid or failed, printed on top under the app's name or after the references, a
  payment page's *settled* (new here) Paid at / Date of payment / Transaction on, printed under the status or
  at the foot, a payer's *settled* (new here) Payment date / Credited on / Remitted on, the held one's On hold
  since / Date of advice (as heldout198's Advice date) and the returned one's Bounced on / Recalled on (as
  heldout234's Returned on), an inward advice's *settled* (new here) Credit date / Date credited / Settled on,
  Pending since / Received on (heldout234) on the held one and Date returned / Returned on (heldout234) on the
  returned one, printed first or after the sums (in capitals on some), a receipt's, invoice's or voucher's
  Date / Paid on (heldout235), *settled* (new here) Receipt date / Dtd. / Date of sale / Invoice date / Date
  of issue / Dt. of invoice / Date of payment, printed above the number or under it, a receipt's above the
  party or after the payment rows, an invoice's on one row with its number on some (the row's day), a banking
  page's *settled* (new here) Processed on / Payment date / Txn date, Initiated on / Saved on on the one
  awaiting approval and Returned on / Failed on on the returned one, printed at the foot, RazorpayX's
  *settled* (new here) Processed on / Processed at, Queued on / Initiated at on the one queued and Reversed at
  / Reversed on on the failed one, a transfer screen's Date & time / Sent on (heldout239) / *settled* (new
  here) Paid at, a fee page's *settled* (new here) Date of payment / Payment done on / Txn date / Receipt
  date, the Zila Panchayat's Payment attempted on / Transaction attempted on on the failed one and ESIC's
  Challan submitted on / Payment initiated on on the challan not yet paid, an insurer's *settled* (new here)
  Receipt date / Date of payment / Received on, Instrument deposited on / Cheque deposited on on the
  instrument not yet realised and Payment attempted on / Attempted at on the failed one, a slip's *settled*
  (new here) DATE: / TXN DATE: / DATE/TIME: (with TIME: / TXN TIME:), printed at the top or under the sum, a
  Bharat Connect page's Paid on / Date & time (the latter alone on a bill not paid, heldout235), *settled*
  (new here) Payment date & time / Transaction date, PuVVNL's *settled* (new here) Payment date & time / Date
  of payment, the SMS's day, the e-mail alert's *settled* (new here) Transaction date / Posted on / Date).
  *settled*: never a Bill month (heldout167), a Due date, a Cheque date (heldout198), a Policy period
  (heldout231), a Cover starts (heldout235) or a Risk starts (heldout239), *settled* (new here) a Period of
  insurance from, ECGC's Declaration for (a month) or ESIC's Contribution period (a month, as a Bill month), a
  Bharat Connect page's Bill date (heldout239), an invoice number's or a voucher number's financial year or an
  e-mail's hour; never a Shipping bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) or
  the day inside a UTR (heldout210); *settled* (new here) never the year of a tax or fee head (Grih kar (house
  tax) 2025-26, Licence fee 2025-26, Membership fee 2026-27, as heldout239's House tax 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, RazorpayX's IMPS (*settled* (new here), as heldout239's Decentro's), a wage voucher's IMPS, a
  Bharat Connect bill from a Current A/c (here in bob World), a payment page's net banking, a fee, a premium
  or PuVVNL paid by Net banking, an e-mail alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a
  payment page's, a receipt's, a voucher's, an invoice's, RazorpayX's (to a VPA), a fee's, a premium's or a
  bill's UPI and Kotak Mahindra Bank's UPI alert; card on slips, a payment page's card, a receipt's Card, a
  fee, a premium or PuVVNL paid by Debit card; cheque for a cheque received, deposited, dishonoured or bounced
  and a premium paid by Cheque; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout239): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., RRN, NEFT UTR, UPI RRN
  (heldout179), IMPS RRN (heldout235), UTR number / UPI Ref / RRN No. / UPI reference (heldout239), *settled*
  (new here) UPI transaction reference / Bank ref. (UTR) / UPI RRN No. / UPI Reference Number / UPI Ref no. /
  Bank Reference No. (RRN) / UPI reference ID / UPI Reference No. on a UPI screen, Cashfree's Bank reference
  No. and PayU's UTR on a UPI payment, a payer's NEFT ref. (UTR) / RTGS UTR / IMPS ref. No., a receipt's UPI
  ref. No., an invoice's NEFT UTR / RTGS UTR, a voucher's IMPS ref. No., a banking page's RRN, RazorpayX's
  Bank reference (UTR), a slip's RRN: (heldout200) / *settled* (new here) RRN NO:, an SMS's UTR / IMPS Ref No
  / UPI Ref, the e-mail's UTR No. / IMPS Ref No.), then a bank reference (an inward advice's *settled* (new
  here) FIRA No. / Bank transaction ref. / Inward reference No. (as heldout239's Inward ref. No.), a banking
  page's *settled* (new here) Host ref. No. / Bank reference (as heldout239's Bank ref. No. / CBS reference),
  printed above the payee or under the rows, a payment page's Bank ref. No. on net banking, a fee page's Bank
  ref. No. / Bank Ref No., an insurer's Bank Ref No., *settled* (new here) B-Connect ref. No. / Bharat Connect
  ref. ID / BBPS Txn Ref ID), then a transaction / payment id (*settled* (new here) Cashfree's CF payment ID
  and PayU's PayU ID, the UPI apps' own Transaction ID (PhonePe's), Navi payment ID, MobiKwik txn ID, bob
  World ref. No., iMobile txn ID and Freecharge txn ID (the app's own id, whatever its name, heldout235),
  BHIM's BHIM txn ID and Paytm's Transaction ID, RazorpayX's Payout ID (as heldout239's Decentro txn ID), a
  fee page's Transaction ID / Transaction No. (heldout234), the Nivesh Mitra txn ID (heldout239), *settled*
  (new here) the Pollution Control Board's OCMMS txn ID, CEPC's Payment ID and the Electrical Safety
  Directorate's Transaction ref. No., an insurer's *settled* (new here) Payment gateway ref. / PG transaction
  ID, PuVVNL's Transaction ID, a failed Bharat Connect page's Txn ID (heldout235)), then an approval code
  (Auth code, a slip's APPR CODE: / AUTH ID: / APPROVAL: (heldout239), *settled* (new here) AUTH CODE: / APPR
  NO: / AUTH NO:), then an order's number (*settled* (new here) Cashfree's Order ID and PayU's Txn ID
  (merchant) (the merchant's own reference for the order), RazorpayX's Reference ID (the company's own id for
  the payout, as heldout239's Decentro's)), then a document's own number (a payer's Advice No. (heldout168) /
  *settled* (new here) Payment voucher No. / Remittance advice No. / Document No., Receipt No. / *settled*
  (new here) Memo No. / Job receipt No. / Sale memo No. / Acknowledgement ref. on a receipt, Bill No.
  (heldout234) / *settled* (new here) Inv. No. / Invoice serial No. on an invoice, Voucher No. / *settled*
  (new here) Mazdoori slip No. on a voucher (as heldout239's Parchi No.), a fee page's Receipt No. / *settled*
  (new here) e-Receipt No., ESIC's Challan No. (the challan's own number, under its Transaction No.), Vahan's
  Receipt No., Receipt No. / *settled* (new here) Premium receipt No. on an insurer's receipt, PuVVNL's
  Receipt No., a slip's *settled* (new here) INV NO: / BILL: / INVOICE:). *settled*: never a UETR, MID, TID,
  BATCH NO, STAN: (heldout202), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque
  number, a Purpose code (as heldout239's Purpose of remittance), *settled* (new here) a Commercial invoice
  No. (as heldout210's Export invoice No.), a Shipping bill No. (heldout167), an E-way bill No., an LR No.
  (heldout235), a Buyer's order No. (as heldout239's PO ref.), a PO No., a Vehicle No. (heldout205) (so never
  a Registration No. on the Vahan page or an insurer's page or a slip's VEH NO:), a NOC application No.
  (heldout239), a Policy No. / Proposal No. / *settled* (new here) Quote No., a Vendor code (heldout210),
  *settled* (new here) an Indent No., a Bill passing No. or a Goods inward No. (as heldout235's GRN No.), a
  Sender's ref. (field 20) (as heldout239's SWIFT ref. (field 20)), an IEC No., Maker / Checker (heldout171),
  *settled* (new here) a Login ID or a Beneficiary short name (as heldout239's Corporate ID and Beneficiary
  nickname), a Contact ID (as heldout173's Beneficiary ID), a consumer number (here Account ID, Telephone No.,
  Mobile No., Customer ID, BP No.), a House No. (as heldout222's Property ID), a Licence No. (heldout231), a
  Consent order No. (heldout235), an RCMC No. (heldout227), *settled* (new here) ESIC's Employer code No., a
  slip's ROOM NO: (heldout203) / *settled* (new here) FOLIO NO:, KOT NO:, PUMP NO:, MOBILE: or EXP:, a Bunkar
  card No. / Worker card No., a Loom No. or a Design No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout240_families import (
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

SPLIT = "heldout240"

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


def make_heldout240_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout240 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

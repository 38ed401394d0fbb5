"""heldout257: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Molakalmuru silk saree weaving house's day in 2026 in Chitradurga district,
Karnataka (Rudrakshi Molakalmuru Silks Pvt Ltd, its handloom weaving hall on Nekarara Beedi, Molakalmuru,
Rudrakshi Kaimagga Shale, where the weavers throw the shuttle on pit looms and jacquard looms for the
rudrakshi, aane (elephant), gini (parrot) and mango borders and the rich zari pallus, the home weavers of
Kondlahalli, Nagasamudra and Devasamudra are paid by the saree, and the design room punches jacquard cards by
the card for the village's other weavers, its twisting and dyeing unit on the Ballari road at Rampura,
Rudrakshi Reshme Banna Ghataka, where the raw silk bought at Ramanagara is twisted, degummed and dyed in acid
dyes, the dyed yarn sold by the kilo to the weavers' co-operative and the silk waste by weight to a
Channapatna spun silk unit, and its saree house on B. D. Road, Chitradurga, Rudrakshi Seere Mane, which takes
bridal orders woven to the family's colours with the bride's name in the pallu and keeps a stall at the Dasara
exhibition in Mysuru), told by the proofs of payment it receives (wedding families', tourists', hotels' and
shops' UPI screens and the web shop's PayU and CCAvenue pages, the Karnataka Handloom Development
Corporation's (Priyadarshini Handlooms'), a Chickpet, a Hubballi, a Chennai, a Hyderabad and a Mumbai saree
house's, a Bengaluru handloom e-shop's and a Mysuru heritage hotel's payment advices, importers' inward wires
from Singapore, Dubai, Kuala Lumpur, Leicester, Sunnyvale, Durban, Salmiya and Zurich in Singapore dollars,
UAE dirhams, ringgit, pounds, US dollars, rand, Kuwaiti dinars and Swiss francs, the saree house's bills to a
Davanagere lady, a German tourist and a Hosapete wedding family, the weaving hall's wholesale bill by the
piece to a Chickpet saree house and its card punching bill by the card to a Rampura weaver, the dyeing unit's
dyed yarn bill by the kilo to the weavers' co-operative and its silk waste memo by weight to a Channapatna
spun silk unit, the accounts desk's acknowledgement of a Bengaluru wedding planner's advance for a bridal
saree, cards on the saree house's, the company's, the weaving hall's and the Dasara stall's terminals) and
those it makes (the Ramanagara silk twister's, the Surat zari maker's, the Ahmedabad dye maker's, the Peenya
jacquard stores' and the Davanagere saree box maker's tax invoices, the net-banking transfers to the loom
mechanic, the saree house's landlord, the security agency, the chartered accountants, the catalogue studio,
the Dasara stall maker, the water tanker supplier and the carrier, the weavers' wage slips by the saree,
Cashfree payouts to the twister and the dyer's helper and a BHIM and a PhonePe payment to the warp and card
punching helpers, Molakalmuru Pattana Panchayat's trade licence, the Geographical Indications Registry's fee
for the weavers' authorised user applications under the Molakalmuru Sarees GI, the Karnataka State Pollution
Control Board's consent renewal for the dyeing unit, the Commercial Taxes Department's profession tax, ESIC's
monthly contribution, the Department of Labour's Shops and Commercial Establishments renewal for the saree
house, the Transport Department's tax on the delivery pickup and Legal Metrology's verification of the scales,
the insurers' premium receipts for the looms, yarn and saree stock, the saree house's stock, the export
parcels, the workers' health, the employees' compensation, the weavers' accidents, the pickup and the cash in
transit, its card at a filling station on NH-150A at Challakere, a Bengaluru hotel, a Ballari hardware shop
and a Davanagere benne dose house, BESCOM's power and the fibre, postpaid, DTH and cooking gas bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, BHIM, CRED, Amazon Pay, Navi) paying the saree
  house or the company in one of three layouts (the sum large with the payee after its label on one centred
  line under it, the UPI ID and the status after; the status and the sum, the payee on a row of the details;
  the payee on top in large letters under its label, the UPI ID, the sum and the status), the day and the hour
  with no label under the status on some, else labelled first in the details or at their end, and two of the
  web shop's payment pages (PayU, CCAvenue), the sum large or in a Transaction amount / Amount charged row and
  the status in either order, the day under them or after the references, the buyer and the saree under a rule
  on most.
* ``buyer_advices``: the Handloom Development Corporation's, the saree houses', the e-shop's and the hotel's
  REMITTANCE ADVICE - MOLAKALMURU SILK SAREES / Payment intimation to vendor / VENDOR PAYMENT ADVICE (HANDLOOM
  SILK) (an e-mail with Respected Sir / Madam, Namaskara or Dear Partner, printed, vendor portal), the status
  under the heading or at the end of the payment block, the payee at the head of the body or of the payment
  block, the payment block above the bills or under them, the bills "of <day>" on some; TDS u/s 194Q only on
  the three larger buyers' (the Chennai house, the e-shop, the hotel), the corporation's TDS under GST split
  into CGST @ 1% and SGST @ 1%; the day written with its weekday on some e-mails (Saturday, 8 August 2026).
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS /
  Inward remittance - credit confirmation / Foreign inward remittance advice (FIRA); browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the references (in capitals on
  some), the remitter's block above the beneficiary's or under it; the sum with its code or sign, a Currency
  row naming the currency above it on some, or the raw SWIFT field 33B (:33B: Currency / Instructed amount,
  MYR25258,48) on two credited ones; rand with spaces between the thousands and a decimal comma on some
  (R 99 550,00), Kuwaiti dinars with three places (KD 6,079.390), Swiss francs with apostrophes on some
  (CHF 12'450.00); the rupee lines only on the credited ones, the rate marked Indicative rate on the one
  parked; a courier shipping bill (CSB-V) and its day on some.
* ``own_receipts``: the saree house's SALE BILL - MOLAKALMURU SILK SAREES / CASH BILL - PURE SILK (ORIGINAL)
  and ORDER BILL - BRIDAL SILK SAREE / WEDDING ORDER - SALE BILL, the weaving hall's WHOLESALE INVOICE -
  SAREES BY THE PIECE / TRADE BILL - MOLAKALMURU SEERE (the sarees by border) and JACQUARD CARD PUNCHING BILL
  - BY THE CARD / DESIGN CARD RASIDI, the dyeing unit's DYED SILK YARN BILL - BY THE KG / RESHME NOOLU MARATA
  RASIDI (the shade) and SILK WASTE SALE MEMO - BY WEIGHT / RESHME TYAJYA MARATA CHEETI (gross and bag
  weights, net kilos x rate) (paper, rubber stamp, the signature and the buyer's lines; Kannada labels in
  Latin letters on some: Dinanka, Kharidaara (buyer), rasidi, cheeti), the day and the number in either order
  above the party, and the accounts desk's Mungada (advance) received - thank you e-mail (a bridal order's
  advance against its Total order value, CGST and SGST, NEFT).
* ``supplier_invoices``: the silk twister's, the zari maker's, the dye maker's, the jacquard stores' and the
  box maker's TAX INVOICE - ORIGINAL FOR RECIPIENT / INVOICE CUM PAYMENT RECEIPT / GST TAX INVOICE with the
  payment block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the
  number and the day on one Inv. No. / Date row (SJK/26-27/0412 of 14-10-2026) on some, else in either order;
  the zari by the marc (242 g); a Gujarat transporter's Bilty No. or a courier's AWB No.; CGST and SGST within
  Karnataka, IGST from Gujarat, with their rates on some, without on the rest.
* ``vendor_transfers``: corporate net banking's pages (ICICI Bank Corporate Internet Banking, Kotak Fyn,
  Baroda Connect - Corporate) in three layouts (a From block and a To block, then the sum, the references, the
  day and the status at the foot; the status and the sum on top, then the references, the payee, the debit
  rows and the day; a Transaction summary list, the references first, then the day, the payee, the sum and the
  status last).
* ``worker_pay``: printed NEKARARA KOOLI CHEETI - PRATI SEERE / WEAVING WAGES - PER SAREE (KAIMAGGA SHALE),
  the payee first; Cashfree's payout pages, the payee above the sum and the status or under them; a BHIM and a
  PhonePe screen, the payee above the sum or under the status.
* ``govt_fees``: Molakalmuru Pattana Panchayat's trade licence, the GI Registry's authorised user fee, the
  Karnataka State Pollution Control Board's consent renewal, the profession tax's Khajane-II challan, ESIC's
  contribution, the Department of Labour's registration renewal, the Transport Department's Vahan tax and
  Legal Metrology's verification fee (browser), the status under the authority's line or at the foot, the
  references before the heads or after the sum.
* ``insurer_receipts``: insurers' RECEIPT FOR PREMIUM / Acknowledgement of premium received / Payment receipt
  - policy premium (Premium payment unsuccessful / PAYMENT STATUS - POLICY PREMIUM on the failed one; browser,
  e-mail, printed at the branch), the status under the heading or under the sum, a Period of insurance ... to
  ... row on some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DT: and TM:, TRANS
  DATE: and TRANS TIME:, or DATE: <day>  TIME: <hour> on one line), the sum above the card or under the
  references.
* ``utility_bills``: Bharat Connect in ICICI Bank's InstaBIZ and other apps (Amazon Pay, BHIM, Navi, PhonePe,
  Paytm), the biller above the sum and the status or under them, the sum above the status or under it, and
  BESCOM's own online payment receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Karnataka Grameena Bank's UPI, Karnataka
  Bank, Bank of Baroda, the Chitradurga District Central Co-operative Bank) in a messages app and two e-mail
  debit alerts (Kotak Mahindra Bank, ICICI Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout255's and heldout254's. The Dasara exhibition stall's card
slip is drawn in the exhibition's months (12 October to 30 December); the other days anywhere in 2026.

Truth conventions (heldout255's, heldout254's, heldout251's, heldout250's, heldout247's, heldout246's,
heldout243's, heldout242's, heldout239's, heldout235's, heldout234's, heldout231's, heldout227's,
heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's,
heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money received by (heldout250), Credited to (heldout243) or
  *settled* (new here) Paid at / Payment sent to store, and *settled* (new here) Payment in progress to /
  Trying to pay on one not yet paid and Could not pay / Payment not sent to on one failed (here the saree
  house, Rudrakshi Seere Mane / RUDRAKSHI SEERE MANE, the company's capitals, RUDRAKSHI MOLAKALMURU SILKS PVT
  LTD, or its short name, Rudrakshi Silks, as printed), whether *settled* (new here) the label and the name
  stand on one centred line under the sum (Paid at RUDRAKSHI SEERE MANE, the name alone is the payee, as
  heldout255's SMS "to beneficiary <payee>"), the payee stands on top in large letters under its label or on a
  row of the details under the status and the sum (heldout243, heldout247, heldout251), never the UPI ID or
  the app, nor the *settled* (new here) Registered business name / Bank name of payee line under the UPI ID
  (as heldout255's Verified merchant name / Name as per KYC), nor the payer under *settled* (new here) Payer /
  Sent from (as heldout247's Payer name); a payment page's payee on top (here the saree house, its capitals,
  the company or its short name), never its shop line or the Ship to (heldout251) / *settled* (new here)
  Billing name / Item ordered / Order summary (as heldout255's Purchaser / Artwork), or the gateway's footer
  (*settled* (new here) Secured by PayU | PayU Payments Pvt Ltd, CCAvenue | Infibeam Avenues Ltd). *settled*
  (heldout167, heldout190, heldout202 to heldout255): a payer's payment advice pays the one it pays, never the
  payer on top; here the Karnataka Handloom Development Corporation's, a saree house's, the e-shop's or the
  hotel's advice pays the company under *settled* (new here) Vendor / Paid to vendor / Remitted in favour of /
  Beneficiary (vendor) / Vendor credited (as heldout255's Supplier / Paid to supplier / Supplier credited)
  (its full, capital or short name as printed), printed at the head of the body or at the head of the payment
  block, above the bills or under them, never the payer on top (and its name again in the e-mail's Thanking
  you line), its desk line (the corporation's Priyadarshini Handlooms, Head Office, Bengaluru | Finance and
  Accounts), the Vendor code (heldout210), the PO No. (heldout243), the GRN No. (heldout235), the
  corporation's *settled* (new here) Procurement order No. and Inspection report No. (as heldout255's
  Agreement No. and Measurement book No.), the bills listed (their numbers and days, heldout246), the Vendor
  bank A/c (heldout243) or the e-mail's Respected Sir / Madam, Namaskara or Dear Partner lines. *settled*
  (heldout155, heldout167, heldout190, heldout203 to heldout255): a bank's inward remittance advice pays the
  company under *settled* (new here) Beneficiary (59) / Credited to (exporter) / Beneficiary name / Exporter
  (as heldout246's Beneficiary customer (59) and heldout235's Exporter (beneficiary)), never the bank on top,
  its trade desk line, the remitter (*settled* (new here) Remitter / Ordering customer (50K) / Remitting
  customer, as heldout255's Ordering party, the importer abroad), the *settled* (new here) Ordering bank (52A)
  (as heldout249's Ordering institution (52A)) / Remitter's bank (heldout254) or the Intermediary bank (56A)
  (as heldout246's Intermediary institution (56A)), printed above the beneficiary or under it. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout255): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the saree house's bills pay Rudrakshi Seere Mane,
  the weaving hall's wholesale and card punching bills Rudrakshi Kaimagga Shale and the dyeing unit's yarn and
  silk waste bills Rudrakshi Reshme Banna Ghataka (capitals where so printed), and a receipt with the company
  on top the company, never the "A unit of" company line under it (heldout190), the party under Customer
  (heldout235) / *settled* (new here) Billed to / Kharidaara (buyer) (Kannada for buyer, as heldout255's
  Kharidar (buyer)) / Weaver / Job for / Society, printed after the number and the day, the goods' line, the
  signature line (*settled* (new here) For <unit> - Cashier / For <unit> - In-charge, as heldout255's For
  <unit> - Manager), the *settled* (new here) Buyer's signature line (as heldout255's Customer's signature) or
  the rubber stamp (*settled* (new here) RUDRAKSHI SEERE MANE, RUDRAKSHI KAIMAGGA SHALE, RUDRAKSHI BANNA
  GHATAKA); *settled* (new here) the weaving hall's jacquard cards punched for a weaver by the card and the
  dyeing unit's silk waste sold by weight to a spun silk unit alike (the hall, the unit or the company on top,
  never the weaver or the buyer, as heldout255's paper by the ream); the accounts desk's e-mail pays the
  company on top (its full, capital or short name as printed, heldout219), never the Client / *settled* (new
  here) Order from. A supplier's name on top of its own paper (capitals where so printed), never M/s the
  company under *settled* (new here) Billed to / Details of recipient / Buyer (as heldout243's Details of
  receiver (billed to)), nor the weaving hall, the dyeing unit or the saree house under *settled* (new here)
  Consignee / Shipped to (as heldout254's Ship to / Delivery at), nor the Transporter (heldout243's Dispatch
  through) or the Courier (heldout247), nor its rubber stamp (*settled* (new here) RAMANAGARA SILK TWISTERS,
  SURAT JARI KASAB, VATVA ACID DYES, PEENYA JACQUARD, DAVANAGERE BOX WORKS, as heldout254's short stamps).
  *settled* (heldout179, heldout202, heldout203, heldout207 to heldout255): a corporate banking page pays the
  payee under *settled* (new here) Payee / Beneficiary A/c name / Credit to / Receiver name (as heldout255's
  Payee name / Transferred to (payee)), printed in a To block, among the details or in a Transaction summary
  list, never the portal (ICICI Bank Corporate Internet Banking, Kotak Fyn, Baroda Connect - Corporate), the
  bank line, the *settled* (new here) Debit account (as heldout254's Debited from line), the *settled* (new
  here) Corporate ID (as heldout243's User ID), the *settled* (new here) Payee alias (as heldout234's
  Beneficiary short name) or the Maker / Checker (heldout171). *settled* (heldout150, heldout161, heldout179,
  heldout203 to heldout255): a wage slip pays the worker, *settled* (new here) a weaver under Nekarara hesaru
  (Kannada: the weaver's name) / Wages paid to weaver, printed first under the heading, never the company on
  top, the weaving hall's line under it, the *settled* (new here) Design / border (as heldout251's Work done),
  Village (as heldout251's Basti / village), the *settled* (new here) Loom No. (the loom's own number, as
  heldout255's Artisan ID No.) or the Pehchan card No. (heldout251), nor the signature line; Cashfree's payout
  page the Beneficiary name (heldout251) or *settled* (new here) Paid to beneficiary, printed above the sum
  and the status or under them, never Cashfree Payments on top, the Payouts | <company> line under it, the
  *settled* (new here) Beneficiary ID (Cashfree's id for the payee, as heldout201's Fund account), the Bank
  account or the UPI ID; a transfer screen the payee under Money sent to (heldout239) / Transfer to
  (heldout255), above the sum or under the status, never the UPI ID or the From / Debited from account.
  *settled* (heldout153, heldout167, heldout182, heldout202 to heldout255): a fee page pays the authority on
  top as printed, *settled* (new here for Chitradurga district) Molakalmuru Pattana Panchayat / MOLAKALMURU
  PATTANA PANCHAYAT / Pattana Panchayat, Molakalmuru; Geographical Indications Registry / GEOGRAPHICAL
  INDICATIONS REGISTRY; Karnataka State Pollution Control Board / KARNATAKA STATE POLLUTION CONTROL BOARD;
  Commercial Taxes Department, Government of Karnataka / Commercial Taxes Department, Karnataka (the
  profession tax's Khajane-II page); Employees' State Insurance Corporation / ESIC; Department of Labour,
  Government of Karnataka / Labour Department, Karnataka; Transport Department, Government of Karnataka /
  Transport Department, Karnataka on the Vahan page; Legal Metrology Department, Karnataka / LEGAL METROLOGY
  DEPARTMENT, KARNATAKA; never the line under it (Directorate of Municipal Administration, Karnataka | Trade
  licence, Intellectual Property India, Chennai | Authorised user - Molakalmuru Sarees, Online consent
  management | Consent for operation - renewal, Professional tax - e-payment | Khajane-II challan, Ministry of
  Labour & Employment, Government of India | Monthly contribution, Karnataka Shops and Commercial
  Establishments Act, 1961 | Renewal of registration, Vahan - Ministry of Road Transport & Highways | Tax
  payment, Verification and stamping of weighing instruments | Chitradurga), nor the Name of applicant
  (heldout248), Name of employer (heldout250), Owner name (heldout251), Name of the user (heldout254) or
  *settled* (new here) Trade name / Name of industry / Employer name / Name of establishment (as heldout247's
  Name of unit / Establishment name). *settled* (heldout199, heldout202 to heldout255): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The New
  India Assurance Co. Ltd's, The Oriental Insurance Co. Ltd's, IFFCO-TOKIO General Insurance Co. Ltd's, SBI
  General Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Niva Bupa Health Insurance Co.
  Ltd's, Royal Sundaram General Insurance Co. Ltd's and Go Digit General Insurance Ltd's alike), never the
  product line, the office line or the insured (the company) under *settled* (new here) Insured / Name of
  insured / Policy holder (as heldout254's Policyholder). A slip's counter name line in capitals (here the
  house's own counters, RUDRAKSHI SEERE MANE (on B. D. Road and at the Dasara exhibition), RUDRAKSHI
  MOLAKALMURU SILKS and RUDRAKSHI KAIMAGGA SHALE, on four, a filling station on NH-150A at Challakere, a
  Bengaluru hotel, a Ballari hardware shop and a Davanagere benne dose house on the rest), never the
  terminal's bank or brand (PINE LABS, HPCL, KARNATAKA BANK, ICICI BANK, BHARATPE, KOTAK MAHINDRA BANK, BANK
  OF BARODA, PAYTM EDC) or the place line. A Bharat Connect page's biller under Biller (heldout239) or
  *settled* (new here) Service provider / Bill paid to (short or long as printed: BESCOM / Bangalore
  Electricity Supply Company Ltd, BSNL Bharat Fibre / Bharat Sanchar Nigam Ltd, Vi Postpaid / Vodafone Idea
  Ltd, Sun Direct / Sun Direct TV Pvt Ltd, Bharat Gas / Bharat Petroleum Corporation Ltd), printed above the
  sum and the status or under them, never the app (here InstaBIZ, Amazon Pay, BHIM, Navi, PhonePe and Paytm),
  Bharat Connect or the *settled* (new here) Customer name (as heldout254's Registered name); *settled* (new
  here) BESCOM's own online payment receipt the discom on top (BESCOM, Bangalore Electricity Supply Company
  Ltd or its capitals as printed, as heldout254's APCPDCL), never the "A Government of Karnataka undertaking"
  line under it, the *settled* (new here) O&M Sub-division (as heldout243's Sub division) or the Consumer name
  (heldout247). An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed, without
  the sentence's full stop), *settled* (new here) Karnataka Grameena Bank's UPI "for UPI to <payee>.",
  Karnataka Bank's "by <way> to <payee>.", Bank of Baroda's "to:<way>/<payee>." and the Chitradurga District
  Central Co-operative Bank's "<way> Rs x to <payee>", and the failed and pending transfers' "to <payee> on
  <day>" (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Payee /
  Beneficiary (as heldout254's Payee name / Beneficiary), printed above the sum or under it, never the bank on
  top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee line or under the payee on top (heldout239, heldout243, heldout247,
  heldout251); a payment page's *settled* (new here) Transaction amount / Amount charged row above the status
  or under it (as heldout255's Paid amount / Order amount). *settled* (heldout152, heldout186, heldout190,
  heldout202 to heldout255): a payer's advice counts its net sum, *settled* (new here) Net paid to vendor /
  Net amount credited / Net remittance (as heldout255's Net amount remitted), *settled* (new here) Payment
  held / Amount held on the hold (as heldout235's Amount on hold) and *settled* (new here) Amount returned to
  us / Bounced back by bank on the return (as heldout225's Amount returned by bank) (the bills with their GST
  @ 5% less TDS u/s 194Q @ 0.1% (heldout235) on the value before GST on the three larger buyers', none on the
  shops', the corporation's *settled* (new here) Less: TDS under GST - CGST @ 1% and Less: TDS under GST -
  SGST @ 1% (as heldout255's railway's Less: GST-TDS), and *settled* (new here) a Less: Rejected at inspection
  - n pcs or a Less: Shortage in bale - n pcs (as heldout254's Less: Short supply), a Less: Late supply
  penalty @ 2% (as heldout255's Less: Late delivery penalty @ 1%) or a Less: Early payment discount @ 1% (as
  heldout254's Less: Prompt payment discount @ 2%)), printed in the payment block above the bills or under
  them, never a bill's sum, the *settled* (new here) Total invoice value / Bills total (as heldout255's
  Invoice total / Gross amount of bills), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190,
  heldout203 to heldout255): an inward wire's foreign sum, *settled* (new here) Foreign currency amount /
  Amount remitted (FC) / Inward remittance amount (as heldout255's Amount received in foreign currency /
  Inward amount), under a Currency row naming the currency on some (heldout254), or *settled* (new here) the
  sum in the raw SWIFT field 33B (:33B: Currency / Instructed amount, the currency's code and the sum with a
  decimal comma and no grouping, three places on dinars: MYR25258,48 is 25258.48 ringgit, CHF4800,00 is
  4800.00 Swiss francs, as heldout255's :32A:), in Singapore dollars (SGD, S$, heldout207), UAE dirhams (AED
  before or after the sum, heldout205), ringgit (MYR, RM, heldout216), pounds and US dollars (heldout152's
  marks), rand (ZAR or R before the sum, heldout229; *settled* (new here) spaces between the thousands and a
  decimal comma on some, R 99 550,00 and ZAR 99 550,00 are 99550.00, as heldout240's kronor), Kuwaiti dinars
  (KWD or KD with three places, heldout226: KD 6,079.390 is 6079.39) and Swiss francs (CHF before or after the
  sum, an apostrophe between the thousands on some, heldout240: CHF 12'450.00 is 12450.00), never the
  *settled* (new here) Rupee value, Less: Bank charges incl. GST or Amount credited (INR) (as heldout255's INR
  equivalent, Less: Commission and GST and Net credit (INR)); its *settled* (new here) Exchange rate applied /
  Indicative rate (1 KWD = INR 288.9288; indicative on the one parked, as heldout249's TT buying rate) is no
  sum, and a wire sent back prints no rupee line (heldout242). *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout255): a receipt counts the sum received even where it is part of the order, *settled*
  (new here) Amount received in cash / Cash paid / Received by UPI (QR) / UPI payment received / Card payment
  (POS) / Paid by card (POS) / Received through NEFT / NEFT credit received / Cheque amount / Received by
  cheque / Advance received (NEFT) / Mungada received (Kannada: advance received) (as heldout255's Received in
  cash / Paid through UPI QR / Mobilisation advance received), with the sum in words under it, never the
  *settled* (new here) Total order value (as heldout255's Contract value) where less was received, the goods'
  line, the sarees by border, pieces, cards, kilos or weights, the *settled* (new here) Less: Ugadi discount @
  10% / Less: Wedding season discount @ 5% (as heldout255's Less: Festival discount @ 10%), the CGST and SGST
  @ 2.5%, the Round off or the *settled* (new here) Balance due at delivery of the saree (as heldout255's
  Balance payable on completion of the mural); the *settled* (new here) Net bill amount / Total (incl. GST) /
  Amount payable (the rounded bill with its GST) is the same sum where the whole bill was paid, and *settled*
  (new here) the weaving hall's sarees by the piece and cards by the card and the dyeing unit's yarn by the
  kilo and waste by its net weight count theirs, received in full. *settled* (heldout187, heldout191,
  heldout202 to heldout255): a supplier's invoice counts the sum paid, where an advance is taken off
  (*settled* (new here) Less: Advance remitted with PO, as heldout255's Less: Advance paid against indent) the
  *settled* (new here) Balance received by NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new
  here) Less: TDS u/s 194Q withheld by buyer, as heldout247's Less: TDS u/s 194Q deducted by buyer) the
  *settled* (new here) Net amount received - NEFT / RTGS (as heldout246's Net received), else *settled* (new
  here) Received by NEFT / RTGS / Payment received through UPI / Received via UPI (the rounded *settled* (new
  here) Invoice total / Total invoice value with GST, the same sum where nothing is taken off), or the
  *settled* (new here) Cheque amount / Paid by cheque (heldout250), never the Taxable value (heldout251) /
  *settled* (new here) Assessable value, a line (with its HSN and GST rate) or the CGST / SGST / IGST with or
  without a rate. A banking page's *settled* (new here) Debit amount / Amount (INR) / Transaction amount,
  printed after the To block, on top or in the summary list, never the *settled* (new here) Account balance
  now (as heldout247's Balance after transfer). *settled* (heldout167, heldout202 to heldout255): a wage
  slip's net sum, Net kooli paid (heldout254) / *settled* (new here) Amount paid to weaver (the sarees x rate,
  plus *settled* (new here) Add: Rich zari pallu extra / Add: Double-side border extra, less *settled* (new
  here) Less: Weaving defect (float) - n @ rate / Less: Mungada (advance) recovered (as heldout255's Less:
  Spoilt sheets and Less: Peshgi (advance) adjusted)), never the Gross kooli (heldout254) / *settled* (new
  here) Total wages earned, the line or a deduction; a payout page's and a screen's sum large. *settled* (new
  here): Molakalmuru Pattana Panchayat's Total amount paid (heldout254) / Net amount (the Trade licence fee
  2026-27 with the Solid waste management charges and the Late renewal fine where printed), never a head; the
  GI Registry's Total fee / Fee paid (Form GI-3A - n weavers @ 500), never the fee per application; the
  Pollution Control Board's Total consent fee / Amount remitted (the CFO renewal fee - Water Act and the CFO
  renewal fee - Air Act), never a head; the profession tax's Challan amount (heldout254) / Total challan value
  on the page not yet confirmed (the Profession tax deducted - salaries and the Enrolment certificate tax
  2026-27), never a head; ESIC's Total contribution / Amount to be paid on the failed page (the Employer's
  contribution @ 3.25% and the Employees' contribution @ 0.75%), never one share; the Department of Labour's
  Total fee remitted / Fee paid (the Renewal fee and the Late fee where printed), never a head; the Transport
  Department's Total tax paid (heldout241) / Tax remitted (the Tax - goods carriage, one quarter and the
  Cess), never a head; Legal Metrology's Total fee / Fee remitted (the two verification fees and the Late fee
  where printed), never one fee. *settled* (heldout199, heldout202 to heldout255): an insurer's premium with
  its GST, *settled* (new here) Total premium (incl. GST) / Premium amount received, the Amount of cheque
  (heldout254) / Cheque amount (heldout211) on the cheque not yet cleared, the *settled* (new here) Premium
  payable / Amount due on the failed one, never the Net premium (heldout247) or *settled* (new here) Premium
  before GST (as heldout239's Premium before tax), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor
  the Own damage or the Third party liability (heldout241), nor the IDV (heldout235) or the *settled* (new
  here) Sum insured - looms, yarn and saree stock, Sum insured - saree house stock (first loss), Annual
  turnover - export parcels, Lives covered, Estimated annual wages, Persons covered or Cash in transit limit
  (as heldout255's sums insured, turnover, members, wages and limit). A slip's *settled* (new here) TOTAL
  AMOUNT: / AMT INR: / TXN AMOUNT: (as heldout255's TOTAL RS:), printed above the card or under the
  references, never the RATE: or the QTY(L): or the *settled* (new here) LOYALTY PTS: (as heldout246's
  XTRAREWARDS PTS:). A Bharat Connect page's sum large, never the *settled* (new here) Amount after due date
  (as heldout255's Amount with LPSC); BESCOM's Amount paid / *settled* (new here) Payment amount. An alert's
  sum debited (*settled* (new here) Karnataka Grameena Bank's UPI "debited Rs.x", Karnataka Bank's "is debited
  with Rs.x", Bank of Baroda's "Rs.x transferred from", the Chitradurga District Central Co-operative Bank's
  "<way> Rs x", each grouped the Indian or the English way or not at all, the failed and pending transfers'
  "Your <way> txn of Rs.x"; the e-mail's *settled* (new here) Amount debited / Transaction value), never the
  *settled* (new here) Avl Bal / Total Bal ... CR Clr Bal ... CR / Bal Rs x Cr. (as heldout255's Avail. bal)
  or the e-mail's *settled* (new here) Balance available (as heldout243's Ledger balance). Currency INR but on
  the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment complete, Sent - the shop has received it
  and Success - amount credited to merchant successes, Processing - your bank is yet to confirm, do not pay
  again pending, Declined - UPI daily limit exceeded failed; a payment page's Transaction successful - order
  confirmed, Payment received - your saree ships in 2 days and Success - a receipt is on its way by e-mail
  successes. *settled* (new here): a payer's Status: Settled - credited to vendor / Paid - funds transferred
  to your account successes, Held - zari purity test report awaited / Held - yardage under inspection at our
  stores pending (a payer's hold, as heldout255's Withheld - awaiting quality check of the goods), Returned -
  beneficiary account closed failed, printed under the heading or at the end of the payment block. *settled*
  (new here): an inward advice's Realised and credited - IRM reported on the EDPMS / Status: Paid to
  beneficiary successes, Parked - invoice and purpose declaration awaited from the exporter, not credited
  pending (funds held, not credited, as heldout255's On hold - purpose code and invoice copy awaited), Sent
  back to the remitting bank - account name differs failed, printed under the heading or at the foot.
  *settled* (heldout167, heldout179, heldout190, heldout203 to heldout255): a cheque received and not yet
  cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - SAREES HELD TILL THE
  CHEQUE CLEARS and CHEQUE DEPOSITED - CREDIT SUBJECT TO CLEARANCE pending, CHEQUE DISHONOURED - FUNDS
  INSUFFICIENT, BILL CANCELLED and CHEQUE BOUNCED - SIGNATURE MISMATCH, AMOUNT STILL DUE failed; RECEIVED WITH
  THANKS, PAID and PAID IN CASH successes, as are *settled* (new here) PAID - SAREE PACKED IN A CLOTH BAG,
  PAID - BALE COUNTED AND DISPATCHED, PAID - CARDS PUNCHED AND DELIVERED, PAID - YARN WEIGHED AND HANDED OVER,
  PAID - WASTE WEIGHED AND LIFTED, ADVANCE RECEIVED - YOUR WARP GOES ON THE LOOM THIS WEEK (as heldout255's
  ADVANCE RECEIVED - MURAL SKETCHES START THIS WEEK), PAYMENT RECEIVED - ACCOUNT SETTLED, FULLY PAID, NIL
  BALANCE (as heldout245's NO DUES), RECEIVED VIA NEFT / RTGS / UPI (as heldout254's CREDITED BY NEFT / RTGS /
  UPI), PAID - SAREE TAKEN OFF THE LOOM and PAID - ENTERED IN KOOLI REGISTER. *settled* (new here): a banking
  page's Successful - credited to beneficiary / Status: Completed - UTR generated successes, Awaiting approval
  - pending with authoriser 2 pending (keyed, not yet authorised, as heldout255's Pending for authorisation),
  Failed - account dormant at beneficiary bank, amount credited back failed (whatever the credit back),
  printed at the foot, under the heading or at the end of the summary list; Cashfree's Transfer successful -
  credited to beneficiary / SUCCESS - UTR received from bank successes, Pending - awaiting response from the
  beneficiary bank pending, Reversed - beneficiary bank declined, amount added back to your balance failed
  (whatever the return, as heldout254's Reversed); a transfer screen's Money sent / Transfer successful
  successes, Pending - awaiting confirmation from the receiver's bank pending; a fee page's *settled* (new
  here) Payment successful - e-receipt ready, Paid - the bank has confirmed the payment and Success - credited
  to the Government account successes, the profession tax's Pending - awaiting confirmation from the bank, do
  not pay again pending, ESIC's Failed - contribution not received by ESIC, still due failed, printed under
  the authority's line or at the foot; an insurer's *settled* (new here) Premium received - policy issued /
  Paid - policy document e-mailed to you successes, CHEQUE UNDER CLEARING - COVER BEGINS ON REALISATION
  pending (as heldout255's CHEQUE AWAITING CLEARANCE - RISK COVERED ONLY AFTER REALISATION), Payment failed -
  premium not realised, quote valid for 7 days failed, printed under the heading or under the sum; a slip's
  APPROVED (heldout210) and *settled* (new here) TRANSACTION APPROVED and SALE APPROVED - PIN VERIFIED
  successes, DECLINED - 55 INCORRECT PIN failed, HOST NOT RESPONDING - STATUS UNKNOWN, DO NOT RETRY pending
  (as heldout255's NO RESPONSE FROM ISSUER - STATUS UNKNOWN, DO NOT SWIPE AGAIN); a Bharat Connect page's
  *settled* (new here) Bill payment successful - biller has accepted it / Paid - confirmation sent by SMS
  successes, Pending with the biller - please wait, do not pay again pending, Failed - amount, if debited,
  will be refunded in 5 working days failed (the payment failed, whatever the refund), BESCOM's *settled* (new
  here) Payment successful - it will reflect in your next bill / Received - thank you for paying BESCOM
  successes (printed under the head or at the foot); *settled* (new here) an SMS that says the transfer "has
  failed. Amount, if debited, will be credited back." failed (whatever the credit back), one that "is under
  process at the beneficiary bank. Please do not retry." pending, a debit alert a success, whatever its bank's
  wording (Karnataka Grameena Bank's UPI "KaGB: A/c XX1234 debited Rs.x / on 05-10-26 for UPI to <payee>. /
  RRN <ref>.", Karnataka Bank's "Your KBL A/c xx1234 is debited with / Rs.x on <day> by <way> / to <payee>.",
  Bank of Baroda's "Rs.x transferred from A/c ...1234 on <day> / to:<way>/<payee>.", the Chitradurga District
  Central Co-operative Bank's "CDCCB: <way> Rs x / to <payee> / dt <day> from CA ..1234."); the e-mail's
  *settled* (new here) Status: Success / Transaction status: Completed successes.
* date: the day paid (a UPI screen's *settled* (new here) Transaction date & time / Debited on, *settled* (new
  here) Initiated on / Tried at on one not yet paid or failed, printed first in the details or at their end,
  or the day and the hour with no label on the line under the status (*settled* (new here) the day first: 27
  Feb 2026, 01:13 PM, as heldout255's 10:22 PM | 28 Jul 2026); a payment page's *settled* (new here)
  Transaction date / Paid at / Date/Time, printed under the outcome or after the references; a payer's Paid on
  (heldout246) / Value date (heldout254) / *settled* (new here) Settled on, the held one's *settled* (new
  here) Held on / Put on hold on (as heldout255's Withheld on) and the returned one's Returned on (heldout234)
  / Bank return date (heldout254), the day written *settled* (new here) with its weekday (Saturday, 8 August
  2026) on some e-mails (as heldout255's 20th August, 2026); an inward advice's *settled* (new here)
  Realisation date / Proceeds received on (as heldout249's Date of realisation) / Value date (heldout254),
  *settled* (new here) Parked since / Received (parked) on (as heldout248's On hold since) on the one parked
  and Sent back on (heldout254) / *settled* (new here) Remitted back on on the one sent back, printed first or
  after the references (in capitals on some); a receipt's, invoice's or wage slip's Bill date (heldout247),
  Date (heldout247), Dt. (heldout254), Invoice date (heldout243), Paid on (heldout254) or *settled* (new here)
  Dinanka (Kannada for date, as heldout255's Tarikh) / Inv. date / Date of invoice / Date of payment,
  *settled* (new here) the day after "of" on one Inv. No. / Date row (SJK/26-27/0412 of 14-10-2026, as
  heldout255's Bill No. / Date row), the accounts desk's Received on (heldout254) / *settled* (new here)
  Advance credited on, printed above the number or under it; a banking page's Value date (heldout254) /
  *settled* (new here) Transaction date, *settled* (new here) Initiated on / Created on (heldout247) on the
  one awaiting approval and *settled* (new here) Failed on / Credited back on on the failed one, printed at
  the foot, among the details or in the summary list; Cashfree's *settled* (new here) Processed on / Transfer
  date, Initiated on / Queued at on the one pending and Reversed on / Failed on on the reversed one (as
  heldout254's Reversed at / Failed at); a transfer screen's Sent on (heldout254) / Date & time (heldout247),
  *settled* (new here) Initiated on on the one pending; a fee page's Payment date / Date of payment / Paid on
  (heldout254) / *settled* (new here) Date of remittance, the profession tax's *settled* (new here) Challan
  generated on / Payment initiated on on the page not yet confirmed and ESIC's Attempted on (heldout247) /
  Transaction date (heldout254) on the failed one; an insurer's Date of receipt (heldout254) / *settled* (new
  here) Receipt date / Premium received on, *settled* (new here) Cheque received on / Cheque deposited on
  (heldout235) on the cheque not yet cleared and Attempted on (heldout247) / *settled* (new here) Date of
  attempt on the failed one; a slip's *settled* (new here) DT: (with TM:) / TRANS DATE: (with TRANS TIME:) (as
  heldout255's TXN DT: with TXN TM:) or DATE: <day>  TIME: <hour> on one line (as heldout247's DATE & TIME:),
  printed at the top or under the sum; a Bharat Connect page's Paid on (heldout254) / *settled* (new here)
  Payment date & time / Completed at, Date & time (heldout235) / Initiated at (heldout237) on a bill not paid;
  BESCOM's Payment date (heldout254) / Paid on; the SMS's day and its divider's (*settled* (new here)
  Karnataka Grameena Bank's "on 05-10-26" is 2026-10-05, the day first); the e-mail alert's Value date
  (heldout254) / *settled* (new here) Transaction date). Days printed with the day and the month without zeros
  (4.9.26, 21.7.26) are day first (heldout251). *settled*: never a Bill month (heldout167), a Due date, a
  *settled* (new here) Cheque date (as heldout243's Cheque dated), the *settled* (new here) Period of
  insurance ... to ... (as heldout231's Policy period), an invoice number's or a slip number's financial year
  or an e-mail's hour; never a *settled* (new here) CSB date (the courier shipping bill's, as heldout255's PBE
  date), the day inside a UTR (heldout210); never a Bharat Connect page's Bill date (heldout243) or *settled*
  (new here) Billing period (as heldout243's Bill period), BESCOM's Due date, the day of a bill listed on an
  advice (heldout246), ESIC's *settled* (new here) Contribution period (as heldout247's EPFO Wage month), the
  profession tax's Return period (heldout250) or the year of a head (Trade licence fee 2026-27, Enrolment
  certificate tax 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree's IMPS (heldout251), a Bharat Connect bill from a Current A/c (here in InstaBIZ), a
  payment page's net banking, a fee, a premium or BESCOM paid by Net banking (the profession tax and ESIC by
  net banking only), an e-mail alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's,
  a receipt's, a wage slip's, an invoice's, Cashfree's, a transfer screen's, a fee's, a premium's or a bill's
  UPI and Karnataka Grameena Bank's UPI alert; card on slips, a payment page's card, a receipt's Card (POS), a
  fee, a premium or BESCOM paid by Debit card; cheque for a cheque received, deposited or returned and a
  premium paid by Cheque; cash for a cash bill or a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout255): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI transaction ID, UPI Ref No., UPI Ref. No., RRN,
  UTR number, UPI ref ID, UPI Ref. ID, UPI ref. No. on a UPI screen, *settled* (new here) PayU's UTR and
  CCAvenue's UPI RRN on a UPI payment, a payer's UTR / RTGS UTR / UTR No. (RTGS) / IMPS ref. No. or *settled*
  (new here) NEFT UTR No. / RRN (IMPS), a receipt's UPI Ref No. / UTR / UTR No. / NEFT ref., an invoice's UTR
  / NEFT UTR / RTGS UTR / UPI Ref No. / UPI RRN, a banking page's UTR / NEFT UTR / RTGS UTR / IMPS RRN, a wage
  slip's UPI Ref. No. / IMPS RRN, Cashfree's UTR / *settled* (new here) Bank UTR, a transfer screen's UPI Ref.
  No. / UTR, an insurer's UPI RRN, a Bharat Connect page's UPI Ref. No., a slip's RRN: / RRN NO:, an SMS's RRN
  / UTR / IMPS RRN, an e-mail alert's UTR / IMPS RRN), then a bank reference (an inward advice's *settled*
  (new here) IRM No. / FIRA No. / Inward ref. No. (as heldout255's IRM number / Inward remittance ref. No.), a
  banking page's *settled* (new here) Core banking ref. / Host ref. No. (as heldout255's Txn ref. No. /
  Reference ID), printed above the payee or under it, a payment page's *settled* (new here) Bank ref. No. /
  Bank reference No. on net banking, a fee page's Bank ref. No., an insurer's Bank ref. No., BESCOM's Bank
  ref. No., a Bharat Connect page's *settled* (new here) Bharat Connect txn ref. / B-Connect ref. No. / BBPS
  txn ID (as heldout255's Bharat Connect ref. No. / BC txn ID)), then a transaction / payment id (*settled*
  (new here) PayU's PayU ID and CCAvenue's Tracking ID (the gateway's id for the payment, as heldout255's
  Easebuzz ID), the UPI apps' own Transaction ID (PhonePe's), Google transaction ID and *settled* (new here)
  BHIM txn ID, CRED txn ID, Amazon Pay txn ID and Navi txn ref. (the app's own id, whatever its name,
  heldout235), Cashfree's *settled* (new here) Reference ID (Cashfree's own id for the transfer, as
  heldout255's Paytm payout ID), a transfer screen's BHIM txn ID / Transaction ID, a fee page's Transaction
  No. / Transaction ID (heldout234) / *settled* (new here) Transaction ref. No. / Payment ref. No., the
  profession tax's *settled* (new here) Challan ref. No. (as heldout255's OGRAS GRN), an insurer's *settled*
  (new here) Payment ref. No., BESCOM's *settled* (new here) Transaction ID, a failed Bharat Connect page's
  Txn ID (heldout254)), then an approval code (Auth code, Approval code, a slip's *settled* (new here) APPR
  CODE: / AUTH CODE: (as heldout247's AUTH NO:)), then an order's number (*settled* (new here) PayU's Txn ID
  (the shop's own id for the order, though it says Txn, as heldout255's Merchant txn ID) and CCAvenue's Order
  No., Cashfree's Transfer ID (the company's own id for the transfer, heldout251)), then a document's own
  number (a payer's *settled* (new here) Payment voucher No. / Remittance advice No. / Document No. (as
  heldout255's Voucher No. / Advice ref. No.), a receipt's *settled* (new here) Sale bill No. / Cash bill No.
  / Order bill No. / Wholesale invoice No. / Trade bill No. / Punching bill No. / Card bill No. / Yarn bill
  No. / Noolu rasidi No. / Waste memo No. / Tyajya cheeti No. / Advance receipt No. / Mungada rasidi No. (as
  heldout255's Gallery bill No. / Rasid No.), an invoice's Invoice No. (heldout254) / *settled* (new here) Tax
  invoice No. / Inv. No. and the number before "of" on one Inv. No. / Date row, a wage slip's *settled* (new
  here) Kooli cheeti No. / Wage voucher No. (as heldout254's Chitti No. / Wage slip No.), a fee page's Receipt
  No. / CBR No. (heldout246) / *settled* (new here) ESIC's Challan No. (as heldout237's EPFO CRN), an
  insurer's Receipt No. / Premium receipt No. (heldout254), BESCOM's Receipt No., a slip's *settled* (new
  here) INV NO: / RECEIPT NO: (as heldout241's INVOICE NO:)). *settled*: never a UETR, a MID: / TID:, BATCH:,
  TRACE NO: (heldout247), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque
  number, a Purpose code, an Export invoice No. (heldout210), *settled* (new here) a CSB-V No. (the courier
  shipping bill's, as heldout255's Postal bill of export (PBE) No.), an E-way bill No., a *settled* (new here)
  Bilty No. (a Gujarat transporter's goods receipt, as heldout247's GR No.), an *settled* (new here) AWB No.
  (as heldout255's Consignment No.), a *settled* (new here) PO ref. / PO No. (heldout243), a Vehicle No.
  (heldout205) (so never a VEHICLE NO: on a slip or a Registration No. on the Vahan page or an insurer's
  page), a Vendor code (heldout210), a GRN No. (heldout235), the corporation's *settled* (new here)
  Procurement order No. or Inspection report No., the number or the day of a bill listed on an advice
  (heldout246), a *settled* (new here) Remitter's reference (:20:) (as heldout255's Sender's reference
  (:20:)), the Maker / Checker (heldout171), the *settled* (new here) Corporate ID (as heldout243's User ID),
  a Payee alias (as heldout234's Beneficiary short name), Cashfree's *settled* (new here) Beneficiary ID (as
  heldout201's Fund account), a *settled* (new here) Loom No., a Pehchan card No. (heldout251), a *settled*
  (new here) Trade licence No. (as heldout231's Licence No.), a Ward No. (heldout216), a *settled* (new here)
  GI No. (as heldout246's GI application No.), a Class or an *settled* (new here) Application No. (as
  heldout255's Consent application No.), a PT registration No. (heldout244), an *settled* (new here) Employer
  code (as heldout247's Establishment ID), a Registration No. (the Shops and Commercial Establishments
  registration's, as heldout231's Licence No.), a Policy No. / Cover note No. (heldout246) / *settled* (new
  here) Quote No. (as heldout246's Proposal No.), a Bharat Connect page's Bill No. (as heldout251's Bill
  number), a consumer number (here Account ID, Account No., Mobile number, Smart card No., Consumer No., and
  BESCOM's *settled* (new here) RR No. (the meter's revenue register number, as heldout255's NBPDCL Meter
  No.)), or a slip's ROOM NO: (heldout203) / FOLIO NO: (heldout251) / *settled* (new here) PUMP NO: (as
  heldout246's NOZZLE:) / TABLE NO: (as heldout255's ORDER TOKEN:) / CUST MOB: (heldout251)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout257_families import (
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

SPLIT = "heldout257"

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


def make_heldout257_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout257 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

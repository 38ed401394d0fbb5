"""heldout259: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kullu shawl and handloom weaving house's day in 2026 in Kullu district, Himachal
Pradesh (Hamta Kullvi Weaves Pvt Ltd, its handloom weaving hall on the Shamshi - Bhuntar road, Hamta Khaddi
Ghar, where the weavers throw the shuttle on pit and frame khaddis for the chaukdi, dhoru (diamond), butidar
(floral) and double pattis of the Kullu shawl, the home weavers of Bhutti, Naggar, Banjar and Jagatsukh are
paid by the shawl, the cap section's stitchers are paid by the cap and the hall weaves tweed by the metre from
a Kullu tailor's own yarn, its carding, spinning and dyeing unit on NH-3 at Bajaura, Hamta Oon Rangai Kendra,
where the wool tops bought at Bikaner and the pashmina from Leh are carded, spun and dyed in acid dyes, the
dyed yarn sold by the kilo to the weavers' co-operative and the noils by weight to a Panipat shoddy mill, and
its shawl house on Mall Road, Manali, Hamta Shawl Kothi, which takes wedding orders for bridal pattus woven in
the family's colours and keeps a stall at the Kullu Dussehra fair at Dhalpur), told by the proofs of payment
it receives (tourists', hotels', homestays' and shops' UPI screens and the web shop's Razorpay and BillDesk
pages, Himcraft's (the Himachal Pradesh State Handicrafts & Handloom Corporation's), the Cottage Emporium's
(the Central Cottage Industries Corporation's), a Chandigarh, a Shimla and a Delhi woollens house's, a Manali
resort chain's, a Bengaluru e-shop's and a Mumbai store's payment advices, importers' inward wires from
Kempten, Kyoto, Melbourne, Toronto, Tel Aviv, Oslo, Santa Fe and Auckland in euros, yen, Australian dollars,
Canadian dollars, shekels, kroner, US dollars and New Zealand dollars, the shawl house's bills to a Delhi
lady, an Israeli tourist and a Mandi wedding family, the weaving hall's bulk invoice by the piece to a Janpath
shawl shop and its job weaving bill by the metre to a Kullu tailor, the dyeing unit's dyed yarn bill by the
kilo to the weavers' co-operative and its noil memo by weight to a Panipat shoddy mill, the accounts desk's
acknowledgement of a Gurugram gifting house's advance for Kullu caps and mufflers, cards on the shawl house's
(on Mall Road and at the Dussehra fair), the company's and the weaving hall's terminals) and those it makes
(the Bikaner wool comber's, the Leh pashmina trader's, the Amritsar dye house's, the Sundernagar loom stores'
and the Bhuntar carton maker's tax invoices, the net-banking transfers to the loom mistri, the Mall Road
landlady, the security agency, the chartered accountants, the photo studio, the Dussehra stall fabricator, the
carrier and the firewood depot, the weavers' wage slips by the shawl and the cap stitcher's by the cap,
RazorpayX payouts to the spinner and the dyer's helper and a Google Pay and a Paytm payment to the warping and
fringe helpers, Municipal Council Manali's trade licence, the HP State Pollution Control Board's consent
renewal for the dyeing unit, EPFO's ECR challan, the Textiles Committee's Handloom Mark registration, the
Labour Department's Shops and Commercial Establishments renewal for the shop, the Transport Department's token
tax on the delivery pickup, ESIC's monthly contribution and Legal Metrology's verification of the scales, the
insurers' premium receipts for the khaddis, wool and shawl stock, the shop's stock, the export shipments, the
workers' health, the employees' compensation, the home weavers' accidents, the pickup and the stock at the
Dussehra fair, its card at a filling station on NH-3 at Aut, a Chandigarh hotel, a Kullu hardware shop and an
Old Manali siddu house, HPSEBL's power and the fibre, postpaid, DTH and cooking gas bills, the banks' SMS and
e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Paytm, Google Pay, PhonePe, MobiKwik, super.money, BHIM) paying the
  shawl house or the company in one of three layouts (the status on top, then the payee's label small and the
  payee at the left of one row with the sum at its right; the sum large, the status, then a Merchant details
  block with the payee on a row; the payee's label small and the payee on top in large letters, the UPI ID,
  the sum and the status), the day and the hour with no label under the status on some (the day first or the
  hour first: 14/10/2026 | 6:14 PM, 4:12 pm on Wed, 14 Oct 2026), else labelled first in the details or at
  their end, the app's own id above the UPI reference or under it, and two of the web shop's payment pages
  (Razorpay, BillDesk), the outcome and the sum large or in an Amount paid / Total paid row in either order,
  the day under them or after the ids, the buyer and the goods before the ids or at the foot.
* ``buyer_advices``: Himcraft's, the Cottage Emporium's, the woollens houses', the resort chain's, the
  e-shop's and the store's PAYMENT ADVICE - KULLU SHAWLS SUPPLIED / Remittance advice to supplier / SUPPLIER
  PAYMENT INTIMATION (WOOLLENS) (an e-mail with Dear Sir, / Ram Ram ji, / Hello team Hamta,, printed, supplier
  portal), the status under the heading or at the end of the payment block, the payee at the head of the body
  or of the payment block, the payment block above the bills or under them, the bills "dt. <day>" on some; on
  some e-mails a sentence that tells the whole payment ("We have released Rs. 98,056.00 to Hamta Weaves by
  IMPS on 28.7.2026, against the bills below."); GST on the shawls at 5% up to Rs 2,500 a piece and 18% above;
  TDS u/s 194Q only on the two larger buyers' (the resort chain, the e-shop), Himcraft's TDS under GST split
  into CGST @ 1% and SGST @ 1%, the Cottage Emporium's IGST @ 2%; the day written 14th October 2026
  (Wednesday) on some e-mails.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT REALISATION /
  Credit advice - inward foreign remittance / Intimation of inward SWIFT remittance; browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the references (in capitals on
  some), the remitter's block above the beneficiary's or under it; the sum with its code or sign, a Currency
  of remittance row naming the currency above it on some, or the raw SWIFT field 32A (:32A: Value date /
  Currency / Interbank settled amount, 260808JPY1203300,) on two credited ones; euros the German way on some
  (8.950,00 EUR), yen with no decimals (JPY 1,245,000), Australian dollars (AUD / A$), Canadian dollars (CAD /
  C$, the code after on some), shekels (ILS / NIS / the sign), kroner with spaces between the thousands and a
  decimal comma (NOK 29 000,00, 142 450,00 kr), US dollars and New Zealand dollars (NZD / NZ$); the rupee
  lines only on the credited ones, the rate marked Provisional rate (not applied) on the one held (per 100 yen
  on yen); an airway bill or a shipping bill and its day on some.
* ``own_receipts``: the shawl house's RETAIL BILL - KULLU SHAWLS / CASH MEMO - HANDLOOM WOOLLENS and ORDER
  BILL - BRIDAL PATTU / SHAADI ORDER BILL - PATTU, the weaving hall's BULK INVOICE - SHAWLS BY THE PIECE /
  THOK BIKRI BILL - KULLU SHAWL (the shawls by patti) and JOB WEAVING BILL - TWEED BY THE METRE / BUNAI BILL -
  PRATI METER, the dyeing unit's DYED WOOL YARN BILL - BY THE KG / RANGI OON BIKRI PARCHI (the shade) and NOIL
  AND WOOL WASTE MEMO - BY WEIGHT / OON RADDI BIKRI PARCHI (gross weight and tare of the bales, net kilos x
  rate) (paper, rubber stamp, the signature and the buyer's lines; Hindi labels in Latin letters on some:
  Dinank (date), Grahak (buyer), parchi, majdoori; GST at 5% or 18% by the price a piece, IGST on the Delhi,
  Panipat and Gurugram bills; the sums closed with /- on some, Rs. 42,008/-), the number and the day in either
  order or on one row (the number at its left, the day at its right), above the party or under it, and the
  accounts desk's Advance acknowledgement - corporate order e-mail (an advance against the caps and mufflers'
  order value, IGST, NEFT or RTGS).
* ``supplier_invoices``: the wool comber's, the pashmina trader's, the dye house's, the loom stores' and the
  carton maker's TAX INVOICE - BUYER'S COPY / TAX INVOICE AND MONEY RECEIPT / GST INVOICE (ORIGINAL) with the
  payment block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the
  number and the day on one Invoice No. & Date row (BWC/26-27/1400 dt. 28/09/2026) on some, else in either
  order; a Rajasthan or Punjab transporter's LR No., the pashmina's air cargo AWB No. or a local tempo's
  Vehicle No.; CGST and SGST within Himachal, IGST from Rajasthan, Ladakh and Punjab, with their rates on
  some, without on the rest; the sums closed with /- on some.
* ``vendor_transfers``: corporate net banking's pages (yono BUSINESS, HDFC Bank ENet, Axis neo for Corporates)
  in three layouts (a Debit details block, a Credit details block and a Transaction details block with the
  sum, the references and the day, the status at the foot; the status and the sum large on top, then the
  payee, the references, the day and the debit rows; a Transaction record with the day first, the status, the
  references, the payee and the sum).
* ``worker_pay``: printed BUNKAR MAJDOORI PARCHI - PRATI SHAWL / WEAVER'S WAGE SLIP - BY THE SHAWL (KHADDI
  GHAR) and TOPI SILAI MAJDOORI - PRATI TOPI / CAP STITCHING WAGES - BY THE CAP, the payee first or under the
  number and the day; RazorpayX's payout pages, the contact above the sum and the status or under them; a
  Google Pay screen (To <name> on one line over the sum) and a Paytm screen (the sum, the status, Paid to over
  the name).
* ``govt_fees``: Municipal Council Manali's trade licence, the HP State Pollution Control Board's consent
  renewal on OCMMS, EPFO's ECR challan, the Textiles Committee's Handloom Mark registration, the Labour
  Department's registration renewal, the Transport Department's token tax on Vahan, ESIC's contribution and
  Legal Metrology's verification fee (browser), the status under the authority's line or at the foot, the
  references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM ACKNOWLEDGEMENT / Receipt - premium paid / e-Receipt for premium
  (Premium not received / Transaction unsuccessful - renewal premium on the failed one; browser, e-mail,
  printed at the branch), the status under the heading or under the sum, a Risk period From ... to ... row on
  some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE/TIME: <day>
  <hour> on one row, DATE: and TIME: on two, or the day and the hour with no label on one line), the sum above
  the card or under the references.
* ``utility_bills``: Bharat Connect in State Bank of India's yono BUSINESS and other apps (PhonePe, CRED,
  Google Pay, MobiKwik, Paytm), the biller above the sum and the status or under them, the sum above the
  status or under it, and HPSEBL's own online payment receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Himachal Pradesh Gramin Bank's UPI, UCO
  Bank, Punjab National Bank, the HP State Co-operative Bank) in a messages app and two e-mail debit alerts
  (HDFC Bank, Axis Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout257's. The Dussehra fair stall's card slip is drawn in the
fair's week (Vijayadashami, 20 October 2026, and the six days after it) and the fair's floater premium in the
weeks before it (its risk period round the fair); the other days anywhere in 2026.

Truth conventions (heldout257's, heldout256's, heldout255's, heldout254's, heldout251's, heldout250's,
heldout247's, heldout246's, heldout243's, heldout242's, heldout239's, heldout235's, heldout234's,
heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's, heldout222's,
heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's,
heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Paid at / Payment sent to store / Money received by /
  Credited to (heldout257, heldout250, heldout243) or *settled* (new here) Paid to merchant / Payment to shop
  / Merchant / Amount paid to / Shop name, and *settled* (new here) Waiting to pay / Payment pending to on one
  not yet paid and Payment failed to / Not paid to on one failed (here the shawl house, Hamta Shawl Kothi /
  HAMTA SHAWL KOTHI, the company's capitals, HAMTA KULLVI WEAVES PVT LTD, or its short name, Hamta Weaves, as
  printed), whether *settled* (new here) the name stands at the left of one row under its label with the sum
  at the row's right (Amount paid to / HAMTA SHAWL KOTHI ... 27,840: the name is the payee, the sum the
  amount, as a PhonePe screen's Paid to row in heldout106), the payee stands on top in large letters under its
  label (heldout257) or on a row of a *settled* (new here) Merchant details block under the status, never the
  UPI ID or the app, nor the *settled* (new here) Account holder (as per bank) line under the UPI ID (as
  heldout257's Registered business name / Bank name of payee), nor the payer under *settled* (new here) From
  (payer) / Sender (as heldout257's Payer / Sent from); a payment page's payee on top (here the shawl house,
  its capitals, the company or its short name), never its shop line or the *settled* (new here) Customer name
  / Deliver to / Product / Items (as heldout257's Billing name / Ship to / Item ordered / Order summary), or
  the gateway's footer (*settled* (new here) Payments by Razorpay | Razorpay Software Pvt Ltd, BillDesk |
  IndiaIdeas.com Ltd). *settled* (heldout167, heldout190, heldout202 to heldout257): a payer's payment advice
  pays the one it pays, never the payer on top; here Himcraft's, the Cottage Emporium's, a woollens house's,
  the resort chain's, the e-shop's or the store's advice pays the company under *settled* (new here) Payee
  (supplier) / Party / Paid to party / Beneficiary (supplier) / Credited to supplier (as heldout257's Vendor /
  Paid to vendor / Vendor credited) (its full, capital or short name as printed), printed at the head of the
  body or at the head of the payment block, above the bills or under them, or *settled* (new here) after "to"
  in the e-mail's sentence "We have released <sum> to <payee> by <way> on <day>, against the bills below."
  (the sentence's sum, way and day are the payment's too), never the payer on top (and its name again in the
  e-mail's Regards line), its desk line (Himcraft, Head Office, The Mall, Shimla | Finance Wing), the
  *settled* (new here) Supplier code (as heldout210's Vendor code), PO ref. (as heldout243's PO No.) or Inward
  No. (as heldout235's GRN No.), the corporations' *settled* (new here) Supply order No. and Quality
  inspection No. (as heldout257's Procurement order No. and Inspection report No.), the bills listed (their
  numbers and days, heldout246), the *settled* (new here) Supplier's bank A/c (as heldout243's Vendor bank
  A/c) or the e-mail's Dear Sir, / Ram Ram ji, / Hello team Hamta, lines. *settled* (heldout155, heldout167,
  heldout190, heldout203 to heldout257): a bank's inward remittance advice pays the company under *settled*
  (new here) Beneficiary customer - 59 / Payee (exporter) / In favour of / Beneficiary account name (as
  heldout246's Beneficiary customer (59) and heldout257's Beneficiary name), never the bank on top, its forex
  desk line, the remitter (*settled* (new here) Remitter name and address / Ordering customer - 50K / Foreign
  buyer, as heldout257's Remitter / Ordering customer (50K), the importer abroad), the *settled* (new here)
  Sender's bank - 52A / Remitting bank (as heldout257's Ordering bank (52A) / Remitter's bank) or the
  *settled* (new here) Correspondent bank - 56A (as heldout257's Intermediary bank (56A)), printed above the
  beneficiary or under it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout257): the
  company's own receipt pays the trade name on top where that is on top, so *settled* (new here) the shawl
  house's bills pay Hamta Shawl Kothi, the weaving hall's bulk and job weaving bills Hamta Khaddi Ghar and the
  dyeing unit's yarn and noil bills Hamta Oon Rangai Kendra (capitals where so printed), and a receipt with
  the company on top the company, never the "A unit of" company line under it (heldout190), the party under
  *settled* (new here) Sold to / Grahak (buyer) (Hindi for buyer, as heldout257's Kharidaara (buyer)) / Party
  / Ordered by / Cloth owner or Job for / Society (heldout257), printed after the number and the day or
  *settled* (new here) above them, the goods' line, the signature line (For <unit> - Cashier (heldout257) /
  *settled* (new here) For <unit> - Authorised signatory), the *settled* (new here) Grahak ke hastakshar
  (buyer's signature) line (as heldout257's Buyer's signature) or the rubber stamp (*settled* (new here) HAMTA
  SHAWL KOTHI, HAMTA KHADDI GHAR, HAMTA OON RANGAI KENDRA); *settled* (new here) the weaving hall's tweed
  woven by the metre from a tailor's own yarn and the dyeing unit's noils sold by weight to a shoddy mill
  alike (the hall, the unit or the company on top, never the tailor or the mill, as heldout257's cards punched
  for a weaver); the accounts desk's e-mail pays the company on top (its full, capital or short name as
  printed, heldout219), never the Client (heldout257) / *settled* (new here) Order placed by. A supplier's
  name on top of its own paper (capitals where so printed), never M/s the company under *settled* (new here)
  Bill to / Receiver (billed to) / Sold to (as heldout257's Billed to / Details of recipient / Buyer), nor the
  weaving hall, the dyeing unit or the shawl house under *settled* (new here) Ship to / Delivery at /
  Consignee (ship to) (as heldout257's Consignee / Shipped to), nor the Transporter (heldout257) or the
  *settled* (new here) Carried by line (as heldout247's Courier), nor its rubber stamp (*settled* (new here)
  BIKANER WOOL COMBERS, CHANGTHANG PASHMINA, AMRITSAR DYES, SUNDERNAGAR KHADDI STORES, BHUNTAR CARTONS, as
  heldout257's short stamps). *settled* (heldout179, heldout202, heldout203, heldout207 to heldout257): a
  corporate banking page pays the payee under *settled* (new here) Credit account name / Transfer to / Pay to
  / Beneficiary (as heldout257's Payee / Beneficiary A/c name / Credit to / Receiver name), printed in a
  Credit details block, among the details or in a Transaction record, never the portal (yono BUSINESS, HDFC
  Bank ENet, Axis neo for Corporates), the bank line, the Debit account (heldout257), the *settled* (new here)
  Company ID (as heldout257's Corporate ID), the *settled* (new here) Beneficiary nickname (as heldout257's
  Payee alias) or the *settled* (new here) Maker ID / Checker ID (as heldout171's Maker / Checker). *settled*
  (heldout150, heldout161, heldout179, heldout203 to heldout257): a wage slip pays the worker, *settled* (new
  here) a weaver or a cap stitcher under Bunkar ka naam (weaver) / Paid to (weaver) / Karigar ka naam
  (stitcher) / Paid to (stitcher) / Name of artisan (Hindi in Latin letters: the weaver's, the artisan's name,
  as heldout257's Nekarara hesaru), printed first under the heading or *settled* (new here) under the number
  and the day, never the company on top, the hall's line under it, the *settled* (new here) Design / patti (as
  heldout257's Design / border), Gaon (village) (as heldout257's Village), Khaddi No. (the loom's own number,
  as heldout257's Loom No.) or Weaver ID (Pehchan) / Artisan ID (Pehchan) (as heldout251's Pehchan card No.),
  nor the signature line; RazorpayX's payout page the *settled* (new here) Contact / Paid to contact (as
  heldout251's Beneficiary name), printed above the sum and the status or under them, never RazorpayX on top,
  the Payouts | <company> line under it, the Fund account (heldout201), the Bank account or the UPI ID; a
  transfer screen the payee *settled* (new here) after To on one line over the sum (Google Pay's To Rakesh
  Negi, the name alone is the payee, as heldout257's Paid at <payee>) or under Paid to (heldout206) under the
  status, never the UPI ID or the From / Paid from account. *settled* (heldout153, heldout167, heldout182,
  heldout202 to heldout257): a fee page pays the authority on top as printed, *settled* (new here for Kullu
  district) Municipal Council Manali / MUNICIPAL COUNCIL MANALI / Nagar Parishad Manali; Himachal Pradesh
  State Pollution Control Board / HP STATE POLLUTION CONTROL BOARD; Employees' Provident Fund Organisation /
  EPFO; Textiles Committee / TEXTILES COMMITTEE; Labour Department, Himachal Pradesh / Department of Labour &
  Employment, Himachal Pradesh; Transport Department, Himachal Pradesh / Transport Department, Govt. of
  Himachal Pradesh on the Vahan page; Employees' State Insurance Corporation / ESIC; Legal Metrology
  Department, Himachal Pradesh / LEGAL METROLOGY, HIMACHAL PRADESH; never the line under it (Urban Development
  Department, Himachal Pradesh | Trade licence and garbage fee, OCMMS - Online consent management | Consent to
  operate - renewal, Ministry of Labour & Employment | ECR - challan payment, Ministry of Textiles, Government
  of India | Handloom Mark - registration, HP Shops and Commercial Establishments Act, 1969 | Renewal of
  registration, Vahan - Ministry of Road Transport & Highways | Token tax, Ministry of Labour & Employment,
  Government of India | Monthly contribution, Verification and stamping of weights and measures | Kullu), nor
  the Name of applicant (heldout248), Owner name (heldout251), Name of the user (heldout254), Establishment
  name (heldout247), Employer name and Name of establishment (heldout257) or the *settled* (new here) Business
  name / Name of the unit (as heldout257's Trade name / Name of industry). *settled* (heldout199, heldout202
  to heldout257): an insurer's premium receipt pays the insurer on top (its full name, capitals where so
  printed; *settled* (new here) United India Insurance Co. Ltd's, National Insurance Co. Ltd's, HDFC ERGO
  General Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's, Tata AIG General Insurance Co.
  Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's and Shriram
  General Insurance Co. Ltd's alike), never the product line, the office line or the insured (the company)
  under *settled* (new here) Proposer / Insured name / Name of the insured (as heldout257's Insured / Name of
  insured). A slip's counter name line in capitals (here the house's own counters, HAMTA SHAWL KOTHI (on Mall
  Road and at the Dussehra fair), HAMTA KULLVI WEAVES and HAMTA KHADDI GHAR, on four, a filling station on
  NH-3 at Aut, a Chandigarh hotel, a Kullu hardware shop and an Old Manali siddu house on the rest), never the
  terminal's bank or brand (PINE LABS, INDIANOIL, HDFC BANK, AXIS BANK, SBI, PHONEPE, YES BANK, MSWIPE) or the
  place line. A Bharat Connect page's biller under Biller (heldout239), Service provider / Bill paid to
  (heldout257) or *settled* (new here) Biller name / Paid to biller / Operator (short or long as printed:
  HPSEBL / Himachal Pradesh State Electricity Board Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio
  Postpaid / Reliance Jio Infocomm Ltd, Tata Play / Tata Play Ltd, Indane Gas / Indian Oil Corporation Ltd),
  printed above the sum and the status or under them, never the app (here yono BUSINESS, PhonePe, CRED, Google
  Pay, MobiKwik and Paytm), Bharat Connect or the Customer name (heldout257) / *settled* (new here) Name on
  bill; *settled* (new here) HPSEBL's own online payment receipt the board on top (HPSEBL, Himachal Pradesh
  State Electricity Board Ltd or its capitals as printed, as heldout257's BESCOM), never the "A Government of
  Himachal Pradesh undertaking" line under it, the *settled* (new here) Sub-Division (as heldout243's Sub
  division) or the *settled* (new here) Name of consumer (as heldout247's Consumer name). An SMS alert's payee
  as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled*
  (new here) Himachal Pradesh Gramin Bank's UPI "by UPI to <payee>.", UCO Bank's "towards <way>-<payee>." (the
  name after the way and its hyphen), Punjab National Bank's "thru <way> to <payee>." and the HP State
  Co-operative Bank's "in favour of <payee>.", and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary name /
  Paid to (as heldout254's Payee name / Beneficiary), printed above the sum or under it, never the bank on
  top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee line or under the payee on top (heldout239, heldout243, heldout247,
  heldout251, heldout257), or *settled* (new here) at the right of the payee's row; a payment page's *settled*
  (new here) Amount paid / Total paid row above the status or under it (as heldout257's Transaction amount /
  Amount charged). *settled* (heldout152, heldout186, heldout190, heldout202 to heldout257): a payer's advice
  counts its net sum, *settled* (new here) Net payment / Amount transferred / Net amount paid (as heldout257's
  Net paid to vendor / Net amount credited / Net remittance), *settled* (new here) Amount withheld / Payment
  on hold on the hold (as heldout257's Payment held / Amount held) and *settled* (new here) Payment returned /
  Returned by beneficiary bank on the return (as heldout257's Amount returned to us / Bounced back by bank),
  or the sum in the e-mail's sentence (the same net sum) (the bills with their GST, *settled* (new here) 5% on
  a shawl or a throw of Rs 2,500 a piece or less and 18% above, less TDS u/s 194Q @ 0.1% (heldout235) on the
  value before GST on the two larger buyers', none on the woollens houses', Himcraft's Less: TDS under GST -
  CGST @ 1% and Less: TDS under GST - SGST @ 1% (heldout257), the Cottage Emporium's *settled* (new here)
  Less: TDS under GST - IGST @ 2% (a central corporation buying across states), and *settled* (new here) a
  Less: Short-length shawls - n pcs or a Less: Moth-damaged pieces returned - n pcs (as heldout257's Less:
  Rejected at inspection - n pcs), a Less: Delay penalty @ 1.5% (as heldout257's Less: Late supply penalty @
  2%) or a Less: Cash discount @ 2% (as heldout257's Less: Early payment discount @ 1%)), printed in the
  payment block above the bills or under them, never a bill's sum, the *settled* (new here) Gross bill value /
  Total of bills (as heldout257's Total invoice value / Bills total), or a cut. *settled* (heldout155,
  heldout167, heldout179, heldout190, heldout203 to heldout257): an inward wire's foreign sum, *settled* (new
  here) Remittance amount / Instructed amount (FCY) / Amount in foreign currency / Inward amount (FCY) (as
  heldout257's Foreign currency amount / Amount remitted (FC) / Inward remittance amount), under a *settled*
  (new here) Currency of remittance row naming the currency on some (as heldout254's Currency), or the sum in
  the raw SWIFT field 32A (:32A: Value date / Currency / Interbank settled amount, heldout255's: the day as
  YYMMDD, the currency's code and the sum with a decimal comma and no grouping, 261014CAD14750,00 is 14750.00
  Canadian dollars; *settled* (new here) yen with no decimals and the comma kept, 260808JPY1203300, is 1203300
  yen), in euros (heldout152's marks; *settled* (new here) the German way on some, a point between the
  thousands and a decimal comma with the code before or after, 8.950,00 EUR and EUR 8.950,00 are 8950.00, as
  heldout256's Belgian euros), yen (*settled* (new here) JPY or the sign before the sum or JPY after it, whole
  with no decimals: JPY 1,245,000 is 1245000.00), Australian dollars (*settled* (new here) AUD / A$), Canadian
  dollars (*settled* (new here) CAD / C$ before the sum, CAD after it on some), shekels (*settled* (new here)
  ILS, NIS or the sign before the sum: NIS 48,250.00 is 48250.00 shekels, ILS), kroner (*settled* (new here)
  NOK or kr before the sum or after it, spaces between the thousands and a decimal comma: NOK 29 000,00 and
  142 450,00 kr are 29000.00 and 142450.00, as heldout240's kronor, a Currency of remittance row naming them
  on every such page), US dollars (heldout152's marks) and New Zealand dollars (*settled* (new here) NZD /
  NZ$), never the *settled* (new here) Converted amount (INR), Less: Bank charges and GST or Net INR credited
  (as heldout257's Rupee value, Less: Bank charges incl. GST and Amount credited (INR)); its *settled* (new
  here) Conversion rate / Provisional rate (not applied) (1 NOK = INR 8.1064, 100 JPY = INR 60.07; provisional
  on the one held, as heldout257's Exchange rate applied / Indicative rate) is no sum, and a wire sent back
  prints no rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout257):
  a receipt counts the sum received even where it is part of the order, *settled* (new here) Cash received /
  Naqad prapt (cash received) / Paid by UPI scan / UPI amount received / Charged to card (POS) / Card swipe
  amount / NEFT received / Bank transfer received (NEFT) / RTGS received / Received by RTGS / Cheque for /
  Cheque received for / Advance received by NEFT / Advance (NEFT) received / Advance received by RTGS (as
  heldout257's Amount received in cash / Received by UPI (QR) / Advance received (NEFT)), with the sum in
  words under it or *settled* (new here) above it, never the *settled* (new here) Order value (incl. GST) (as
  heldout257's Total order value) where less was received, the goods' line, the shawls by patti, pieces,
  metres, kilos, gross weights or tare, the *settled* (new here) Less: Winter sale @ 15% / Less: Season offer
  @ 10% (as heldout257's Less: Ugadi discount @ 10%), the CGST and SGST or IGST at their rates, the Round off
  or the *settled* (new here) Balance payable before dispatch (as heldout257's Balance due at delivery of the
  saree); the *settled* (new here) Bill total (incl. GST) / Grand total / Net payable (the rounded bill with
  its GST, as heldout257's Net bill amount) is the same sum where the whole bill was paid, and *settled* (new
  here) the weaving hall's shawls by the piece and tweed by the metre and the dyeing unit's yarn by the kilo
  and noils by their net weight count theirs, received in full. *settled* (new here): a whole sum closed with
  a slash and a dash (Rs. 42,008/-, 2,14,782/-) is that sum in whole rupees (42008.00), the /- standing for no
  paise, as heldout256's Rs. 12,450=00. *settled* (heldout187, heldout191, heldout202 to heldout257): a
  supplier's invoice counts the sum paid, where an advance is taken off (*settled* (new here) Less: Advance
  paid with order, as heldout257's Less: Advance remitted with PO) the *settled* (new here) Balance paid by
  NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q deducted, as
  heldout257's Less: TDS u/s 194Q withheld by buyer) the *settled* (new here) Net received by NEFT / RTGS (as
  heldout246's Net received), else *settled* (new here) NEFT received / RTGS received / Paid by NEFT / Paid by
  RTGS / Received by UPI / UPI payment recd. (the rounded *settled* (new here) Invoice value / Grand total
  (rounded) with GST, the same sum where nothing is taken off), or the *settled* (new here) Cheque recd. for /
  By cheque (as heldout250's Paid by cheque), never the *settled* (new here) Taxable amount / Value before tax
  (as heldout251's Taxable value), a line (with its HSN and GST rate) or the CGST / SGST / IGST with or
  without a rate. A banking page's *settled* (new here) Transfer amount / Amount debited / Payment amount
  (INR), printed in the Transaction details block, on top or in the Transaction record, never the *settled*
  (new here) Available balance (as heldout257's Account balance now). *settled* (heldout167, heldout202 to
  heldout257): a wage slip's net sum, *settled* (new here) Net majdoori paid / Net wages paid (as heldout254's
  Net kooli paid) (the shawls or caps x rate, plus *settled* (new here) Add: Pashmina weft extra / Add: Double
  patti extra / Add: Velvet band extra, less *settled* (new here) Less: Weaving fault (uneven beat) - n @ rate
  / Less: Crooked band, restitched - n @ rate / Less: Advance adjusted (as heldout257's Less: Weaving defect
  (float) and Less: Mungada (advance) recovered)), never the *settled* (new here) Kul majdoori (gross) / Total
  earned (as heldout257's Gross kooli / Total wages earned), the line or a deduction; a payout page's and a
  screen's sum large. *settled* (new here): Municipal Council Manali's Amount paid / Total amount received
  (the Trade licence fee 2026-27 with the Garbage collection fee (12 months) and the Late fee where printed),
  never a head; the Pollution Control Board's Fee payable / Amount to be paid on the failed page (the CTO
  renewal fee - Water Act and the CTO renewal fee - Air Act), never a head; EPFO's Total amount paid / Challan
  total (A/c 1 - EPF (employer and employee), A/c 2 - administration charges, A/c 10 - EPS and A/c 21 - EDLI),
  never one account's; the Textiles Committee's Total fee paid / Amount remitted (the Registration fee -
  Handloom Mark and the Handloom Mark labels - n @ 0.60), never the price of a label; the Labour Department's
  Total fee paid / Fee remitted (the Renewal fee and the Late fee where printed), never a head; the Transport
  Department's Total tax paid / Amount paid (the Token tax - goods carrier (LGV), 2026-27 and the User
  charges), never a head; ESIC's Challan amount / Amount to be paid on the page pending (the Employer's
  contribution @ 3.25% and the Employees' contribution @ 0.75%), never one share; Legal Metrology's Total fee
  / Fee remitted (the two verification fees and the Late fee where printed), never one fee. *settled*
  (heldout199, heldout202 to heldout257): an insurer's premium with its GST, *settled* (new here) Total
  premium paid / Gross premium (incl. GST) / Amount received, the *settled* (new here) Instrument amount /
  Cheque amount (heldout211) on the cheque not yet cleared, the *settled* (new here) Renewal premium due /
  Premium to be paid on the failed one (as heldout257's Premium payable / Amount due), never the *settled*
  (new here) Basic premium / Premium (before tax) (as heldout247's Net premium), an add-on, the CGST and SGST
  @ 9% or the IGST @ 18%, nor the *settled* (new here) OD premium or the TP premium (as heldout241's Own
  damage and Third party liability), nor the IDV (heldout235) or the *settled* (new here) Sum insured -
  khaddis, wool and shawl stock, Sum insured - shop stock (first loss), Annual export turnover (declared),
  Members covered, Estimated wages for the year, Persons covered or Stock value at the fair (as heldout257's
  sums insured, turnover, lives, wages and limit). A slip's *settled* (new here) SALE AMT: / AMOUNT RS: / NET
  AMT: (as heldout257's TOTAL AMOUNT: / AMT INR: / TXN AMOUNT:), printed above the card or under the
  references, never the *settled* (new here) PRICE/L: or VOLUME(L): (as heldout257's RATE: and QTY(L):) or the
  XTRAREWARDS PTS: (heldout246). A Bharat Connect page's sum large, never the Amount after due date
  (heldout257); HPSEBL's *settled* (new here) Amount received / Bill amount paid. An alert's sum debited
  (*settled* (new here) Himachal Pradesh Gramin Bank's UPI "Rs.x debited from", UCO Bank's "debited by Rs.x",
  Punjab National Bank's "Debited INR x", the HP State Co-operative Bank's "Rs x Dr from", each grouped the
  Indian or the English way or not at all, the failed and pending transfers' "Your <way> of Rs.x"; the
  e-mail's *settled* (new here) Debit amount / Amount (INR)), never the *settled* (new here) Avl Bal Rs.x /
  Bal INR x CR / Clear Bal Rs x (as heldout257's Avl Bal / Bal Rs x Cr.) or the e-mail's Available balance (as
  heldout257's Balance available). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid successfully, Completed and Payment successful
  - received by the merchant successes, Awaiting bank confirmation - do not pay again pending, Payment failed
  - incorrect UPI PIN entered failed; a payment page's Payment successful - order placed, Paid - your shawls
  leave Manali in 3 days and Thank you - payment captured successes. *settled* (new here): a payer's Payment
  released - credited to your account / Status: Paid successes, On hold - wool content test report awaited /
  On hold - throws under count and quality check at our stores pending (a payer's hold, as heldout257's Held -
  zari purity test report awaited), Rejected by bank - account number and IFSC do not match failed, printed
  under the heading or at the end of the payment block. *settled* (new here): an inward advice's Credited to
  the exporter's account - IRM sent to the EDPMS / Status: Funds realised successes, Held in suspense - export
  invoice and purpose code awaited, not yet credited pending (funds held, not credited, as heldout257's Parked
  - invoice and purpose declaration awaited from the exporter, not credited), Returned to the remitter -
  beneficiary name does not match the account failed, printed under the heading or at the foot. *settled*
  (heldout167, heldout179, heldout190, heldout203 to heldout257): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - YARN RELEASED ON CLEARANCE and
  CHEQUE UNDER COLLECTION - RECEIPT SUBJECT TO REALISATION pending, CHEQUE RETURNED - ACCOUNT CLOSED, ORDER ON
  HOLD and CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT, PLEASE PAY AT ONCE failed; RECEIVED WITH THANKS, PAID
  and PAID IN CASH successes, as are *settled* (new here) PAID - THANK YOU FOR SHOPPING IN MANALI, PAID -
  BALES HANDED TO THE TRANSPORTER, PAID - TWEED MEASURED AND DELIVERED, PAID - CONES WEIGHED AND DELIVERED,
  PAID - NOILS WEIGHED AND LOADED, ADVANCE RECEIVED - YOUR CAPS GO ON THE LOOM FROM MONDAY (as heldout257's
  ADVANCE RECEIVED - YOUR WARP GOES ON THE LOOM THIS WEEK), PAYMENT RECEIVED IN FULL, PAID - NO DUES (as
  heldout245's NO DUES), SETTLED BY NEFT / RTGS / UPI (as heldout257's RECEIVED VIA NEFT / RTGS / UPI), PAID -
  SHAWL RECEIVED IN STORE, PAID - CAPS COUNTED IN STORE and PAID - ENTERED IN MAJDOORI REGISTER. *settled*
  (new here): a banking page's Executed - funds credited to the beneficiary / Status: Processed (UTR received)
  successes, Pending at checker - approve to release the payment pending (keyed, not yet authorised, as
  heldout257's Awaiting approval - pending with authoriser 2), Rejected by beneficiary bank - invalid account,
  debit reversed failed (whatever the reversal), printed at the foot, under the heading or after the day in
  the record; RazorpayX's Processed - credited to the contact's account / Payout processed successes,
  Processing - bank yet to confirm the credit, do not pay again pending; a transfer screen's Completed / Paid
  successfully successes, Payment failed - the receiver's bank is not responding failed (whatever the money's
  return); a fee page's *settled* (new here) Transaction successful - receipt generated, Paid -
  acknowledgement e-mailed and Payment realised by the treasury successes, the Pollution Control Board's
  Payment failed - consent fee not received, pay again failed, ESIC's Pending - bank yet to confirm, challan
  not yet paid pending, printed under the authority's line or at the foot; an insurer's *settled* (new here)
  Premium realised - policy in force / Paid - policy schedule attached successes, CHEQUE SENT FOR CLEARING -
  POLICY ISSUED ON REALISATION pending (as heldout257's CHEQUE UNDER CLEARING - COVER BEGINS ON REALISATION),
  Payment declined by the bank - renew before the policy lapses failed, printed under the heading or under the
  sum; a slip's APPROVED (heldout210) and *settled* (new here) TXN SUCCESSFUL and APPROVED - SIGNATURE NOT
  REQUIRED successes, DECLINED - 51 INSUFFICIENT FUNDS failed, TXN TIMED OUT - STATUS PENDING WITH BANK, DO
  NOT RETRY pending (as heldout257's HOST NOT RESPONDING - STATUS UNKNOWN, DO NOT RETRY); a Bharat Connect
  page's *settled* (new here) Payment successful - confirmed by biller / Bill paid successes, Payment
  processing - biller yet to confirm, don't pay again pending, Bill payment failed - refund, if debited, in
  3-5 days failed (the payment failed, whatever the refund), HPSEBL's *settled* (new here) Thank you - payment
  received by HPSEBL / Payment posted to your account successes (printed under the head or at the foot);
  *settled* (new here) an SMS that says the transfer "could not be credited and is returned. Amount credited
  back to your A/c." failed (whatever the credit back), one that "is in process with the beneficiary bank. Do
  not repeat the transfer." pending, a debit alert a success, whatever its bank's wording (Himachal Pradesh
  Gramin Bank's UPI "Rs.x debited from A/c **1234 / on 23Apr26 by UPI to <payee>. / UPI Ref <ref> -HPGB", UCO
  Bank's "A/c XX1234 debited by Rs.x on <day> / towards <way>-<payee>.", Punjab National Bank's "Ac
  XXXXXXXX1234 Debited INR x / dt <day> thru <way> / to <payee>.", the HP State Co-operative Bank's "HPSCB: Rs
  x Dr from CA ..1234 / on <day> (<way>) in favour of / <payee>."); the e-mail's *settled* (new here) Status:
  Successful / Transaction status: Debited successes.
* date: the day paid (a UPI screen's *settled* (new here) Paid on / Transaction time / Date of payment,
  *settled* (new here) Started on / Requested at on one not yet paid and Attempted at / Tried on on one
  failed, printed first in the details or at their end, or the day and the hour with no label on the line
  under the status (heldout257's day first, 21/10/2026 | 6:14 PM, and *settled* (new here) the hour first,
  4:12 pm on Wed, 14 Oct 2026, as heldout255's 10:22 PM | 28 Jul 2026); a payment page's *settled* (new here)
  Payment date / Paid on / Date & time, printed under the outcome or after the ids; a payer's *settled* (new
  here) Payment date / Released on / Date of transfer, the held one's On hold since (as heldout257's Held on)
  / Withheld on (heldout255) and the returned one's *settled* (new here) Rejected on / Returned by bank on (as
  heldout234's Returned on), the day written *settled* (new here) with its ordinal and its weekday after it
  (14th October 2026 (Wednesday)) on some e-mails (as heldout257's Saturday, 8 August 2026), or *settled* (new
  here) after "on" in the e-mail's sentence; an inward advice's *settled* (new here) Credit date / Date of
  credit / Funds realised on (as heldout257's Realisation date / Proceeds received on), *settled* (new here)
  In suspense since / Received (held) on on the one held (as heldout257's Parked since) and Returned on / Date
  of return on the one sent back (as heldout257's Sent back on), printed first or after the references (in
  capitals on some), or the day in the raw :32A: field (heldout255: 260808JPY1203300, is 2026-08-08); a
  receipt's, invoice's or wage slip's *settled* (new here) Dinank (Hindi for date, as heldout257's Dinanka) /
  Bill dt. / Dated / Date of sale / Bill date (heldout247) / Invoice dt. / Wages paid on / Payment dt.,
  *settled* (new here) the day at the right of one row with the number at its left (Booking bill No.
  MNL/26-27/0963 ... Bill dt. 02/06/2026) and the day after "dt." on one Invoice No. & Date row
  (BWC/26-27/1400 dt. 28/09/2026, as heldout257's "of"), the accounts desk's *settled* (new here) Advance
  received on / Credit received on, printed above the number or under it; a banking page's *settled* (new
  here) Execution date / Processed on / Transfer date, *settled* (new here) Submitted on / Saved on on the one
  pending at the checker and Rejected on / Reversal date on the failed one, printed in the details, among them
  or first in the record; RazorpayX's *settled* (new here) Processed at / Payout date and Created at /
  Processing since on the one pending; a transfer screen's day and hour with no label under the status (Google
  Pay's) or Date & time (heldout247) / *settled* (new here) Paid at (Paytm's); a fee page's Paid on
  (heldout254) / *settled* (new here) Receipt date / Date of transaction / Payment realised on, the Pollution
  Control Board's Attempted on (heldout247) / *settled* (new here) Failed on on the failed one and ESIC's
  *settled* (new here) Challan created on / Submitted to bank on on the one pending; an insurer's *settled*
  (new here) Premium paid on / Receipt dt. / Date of payment, *settled* (new here) Cheque recd. on / Cheque
  lodged on (as heldout235's Cheque deposited on) on the cheque not yet cleared and Transaction attempted on /
  Tried on on the failed one; a slip's *settled* (new here) DATE/TIME: <day> <hour> on one row, DATE: with
  TIME: on two rows, or the day and the hour with no label on one line (23/10/26 15:38:15, 12AUG26  09:41, as
  heldout257's DATE: <day>  TIME: <hour>), printed at the top or under the sum; a Bharat Connect page's
  *settled* (new here) Paid at / Transaction date / Date and time, Attempted on (heldout247) / *settled* (new
  here) Started at on a bill not paid; HPSEBL's Payment date (heldout254) / *settled* (new here) Receipt date;
  the SMS's day and its divider's (*settled* (new here) Himachal Pradesh Gramin Bank's "on 23Apr26" is
  2026-04-23); the e-mail alert's *settled* (new here) Date of debit / Posted on). Days printed with the day
  and the month without zeros (28.7.2026, 4.9.26) are day first (heldout251), and so are *settled* all numeric
  days here (04/01/2026 is 4 January). *settled*: never a Bill month (heldout167), a Due date, a *settled*
  (new here) Cheque dt. (as heldout243's Cheque dated), the *settled* (new here) Risk period From ... to ...
  (as heldout231's Policy period), an invoice number's or a slip number's financial year or an e-mail's hour;
  never a *settled* (new here) AWB date or SB date (the airway bill's and the shipping bill's, as heldout257's
  CSB date), the day inside a UTR (heldout210); never a Bharat Connect page's Bill date (heldout243), Bill
  period (heldout243) or *settled* (new here) Bill due date, HPSEBL's Due date, the day of a bill listed on an
  advice (heldout246), ESIC's Contribution period (heldout257), EPFO's Wage month (heldout247) or the year of
  a head (Trade licence fee 2026-27, Token tax - goods carrier (LGV), 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS (*settled* (new here) also "by <way>" in the e-mail's sentence), RazorpayX's IMPS (as
  heldout251's Cashfree's), a Bharat Connect bill from a Current A/c (here in yono BUSINESS), a payment page's
  Netbanking - <bank>, a fee, a premium or HPSEBL paid by Net banking (EPFO and ESIC by net banking only), an
  e-mail alert's *settled* (new here) Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment
  page's, a receipt's, a wage slip's, an invoice's, RazorpayX's, a transfer screen's, a fee's, a premium's or
  a bill's UPI and Himachal Pradesh Gramin Bank's UPI alert; card on slips, a payment page's card, a receipt's
  Card (POS), a fee, a premium or HPSEBL paid by Debit card; cheque for a cheque received, collected or
  returned and a premium paid by Cheque; cash for a cash memo, a job weaving bill or a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout257): a UPI
  reference / UTR / RRN / IMPS reference (UPI Reference No., UPI Ref. No., UPI transaction ID, UTR, UTR No.,
  UPI Ref No., RRN, UPI ref. No. on a UPI screen, *settled* (new here) Razorpay's UTR / RRN and BillDesk's UPI
  RRN on a UPI payment, a payer's UTR / *settled* (new here) NEFT ref. / RTGS ref. No. / UTR (RTGS) / IMPS
  reference / IMPS ref. No., a receipt's UPI Ref. No. / *settled* (new here) UPI txn ref. / UTR / NEFT UTR No.
  / RTGS UTR / UTR No., an invoice's UTR No. / *settled* (new here) NEFT ref. No. / RTGS ref. No. / UPI Ref.
  No. / UPI RRN, a banking page's UTR No. / NEFT UTR / RTGS UTR / IMPS ref. No., a wage slip's UPI Ref. No. /
  IMPS RRN, RazorpayX's UTR, a transfer screen's UPI transaction ID / UPI Reference No. / UPI Ref. No., an
  insurer's UPI RRN, a Bharat Connect page's UPI Ref. No. / UTR, a slip's RRN: / *settled* (new here) RET REF
  NO: (the retrieval reference number under its long name), an SMS's *settled* (new here) UPI Ref / UTR / IMPS
  Ref, an e-mail alert's *settled* (new here) Reference No. (UTR) / IMPS ref.), then a bank reference (an
  inward advice's *settled* (new here) Inward remittance No. / IRM ref. / Bank transaction ref. (as
  heldout257's IRM No. / FIRA No. / Inward ref. No.), a banking page's *settled* (new here) Reference No.
  (CBS) / Journal No. (as heldout257's Core banking ref. / Host ref. No.), printed above the payee or under
  it, a payment page's Bank reference / Bank ref. No. on netbanking (heldout257), a fee page's Bank ref. No.,
  an insurer's *settled* (new here) Bank ref., HPSEBL's Bank ref. No., a Bharat Connect page's *settled* (new
  here) Bharat Connect ref. ID / BBPS ref. No. / B-Connect txn ID (as heldout257's Bharat Connect txn ref. /
  B-Connect ref. No. / BBPS txn ID)), then a transaction / payment id (*settled* (new here) Razorpay's Payment
  ID (pay_...) and BillDesk's BillDesk ref. No. (the gateway's id for the payment, as heldout257's PayU ID),
  the UPI apps' own Transaction ID (PhonePe's), Google transaction ID and BHIM txn ID (heldout257) and
  *settled* (new here) Paytm txn ID, MobiKwik txn ID and super.money txn ID (the app's own id, whatever its
  name, heldout235), RazorpayX's *settled* (new here) Payout ID (pout_..., RazorpayX's own id for the payout,
  as heldout257's Cashfree Reference ID), a fee page's Transaction No. / Transaction ID (heldout234) / Payment
  ref. No. (heldout257) / *settled* (new here) Gateway txn ID, EPFO's *settled* (new here) TRRN (the return's
  reference for the payment; on the page that prints no id here), an insurer's *settled* (new here)
  Transaction ref., HPSEBL's *settled* (new here) Transaction ref. No., a failed Bharat Connect page's
  Transaction ID), then an approval code (Razorpay's Auth code, *settled* (new here) BillDesk's Auth ID, a
  receipt's Auth code / *settled* (new here) Approval No., a slip's *settled* (new here) AUTH ID: / APPROVAL
  NO: (as heldout257's APPR CODE: / AUTH CODE:)), then an order's number (*settled* (new here) Razorpay's
  Order ID (order_..., the shop's own id for the order) and BillDesk's Merchant order No., as heldout257's
  PayU Txn ID and CCAvenue's Order No.), then a document's own number (a payer's *settled* (new here) Advice
  No. / Payment doc. No. / Transfer voucher No. (as heldout257's Payment voucher No. / Remittance advice No.),
  a receipt's *settled* (new here) Retail bill No. / Memo No. / Order bill No. / Booking bill No. / Bulk
  invoice No. / Thok bill No. / Job bill No. / Bunai bill No. / Yarn bill No. / Parchi No. / Noil memo No. /
  Raddi parchi No. / Advance receipt No. / Receipt ref. No. (as heldout257's Sale bill No. / Noolu rasidi No.)
  and the number at the left of a number-and-day row, an invoice's *settled* (new here) Invoice Sr. No. / Bill
  No. / GST invoice No. and the number before "dt." on one Invoice No. & Date row, a wage slip's Wage slip No.
  (heldout254) / *settled* (new here) Majdoori parchi No. (as heldout257's Kooli cheeti No.), a fee page's
  Receipt No. / ESIC's Challan No. (heldout257) / EPFO's CRN (heldout237), an insurer's Receipt No.
  (heldout254) / *settled* (new here) e-Receipt No., HPSEBL's Receipt No., a slip's *settled* (new here) BILL
  NO: / INVOICE: (as heldout241's INVOICE NO:)). *settled*: never a UETR, a MID: / TID:, BATCH NO:, *settled*
  (new here) STAN: (the trace number, as heldout247's TRACE NO:), a card, account or mobile number, a UPI ID
  or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose of remittance, a *settled* (new here) Commercial
  invoice No. (as heldout210's Export invoice No.), an *settled* (new here) Airway bill No. or Shipping bill
  No. (as heldout257's AWB No. and CSB-V No.), an E-way bill No., an *settled* (new here) LR No. (a
  transporter's lorry receipt, as heldout247's GR No.), an AWB No. (heldout257), a Vehicle No. (heldout205)
  (so never a VEH NO: on a slip or a Registration No. on the Vahan page or an insurer's page), an *settled*
  (new here) Order ref. (as heldout243's PO No.), the Supplier code, PO ref. and Inward No., the corporations'
  Supply order No. and Quality inspection No., the number or the day of a bill listed on an advice
  (heldout246), a *settled* (new here) Sender's ref. (field 20) (as heldout257's Remitter's reference (:20:)),
  the Maker ID / Checker ID, the Company ID, a Beneficiary nickname, the Fund account (heldout201), a Khaddi
  No., a Weaver ID (Pehchan) or Artisan ID (Pehchan) (heldout251), a Trade licence No. (heldout257), a Ward
  No. (heldout216), an *settled* (new here) Industry ID (as heldout257's Application No.), an Establishment ID
  (heldout247), a *settled* (new here) Handloom Mark registration No. (as heldout231's Licence No.), a
  Registration No. (the Shops and Commercial Establishments registration's), an Employer code (heldout257), a
  Policy No. / Proposal No. (heldout246) / *settled* (new here) Renewal notice No. (as heldout257's Quote
  No.), a Bharat Connect page's Bill No. (heldout251), a consumer number (here Consumer ID, Customer ID,
  Mobile No., Subscriber ID and *settled* (new here) LPG ID, as heldout257's Consumer No.), or a slip's
  *settled* (new here) ROOM: / FOLIO: (as heldout203's ROOM NO: and heldout251's FOLIO NO:), NOZZLE:
  (heldout246), *settled* (new here) KOT NO: (the kitchen's order ticket, as heldout255's ORDER TOKEN:),
  TABLE: (as heldout257's TABLE NO:) or MOBILE: (as heldout251's CUST MOB:)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout259_families import (
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

SPLIT = "heldout259"

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


def make_heldout259_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout259 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout253: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bankura terracotta and Dokra craft house's day in 2026 in Bankura district, West
Bengal (Dwarakeswar Crafts Pvt Ltd, its terracotta workshop and wood-fired kiln in the Kumbhakar Para of
Panchmura, Taldangra block, Dwarakeswar Terracotta Kiln, where the kumbhakars throw and join the long-necked
Bankura horses, the elephants and the Manasa plaques from the Shali river clay, fire them in the wood kiln and
sell them wholesale by the piece, and the broken pieces and kiln waste (jhama) go by the tonne to a road
contractor, its Dokra lost-wax casting shed in the Dokra Shilpi Gram at Bikna, Dwarakeswar Dokra Foundry,
where the women thread the wax over the clay cores at home by the dozen, the casters pour the brass in the
coal pit, the figures are sold by the kilo and the runners and risers go as scrap by the kilo to a Bishnupur
bell-metal co-operative, and its showroom on Rasmancha Road in Bishnupur, Dwarakeswar Shilpa Bipani, where the
tourists, the puja committees, the hotels and the families buy), told by the proofs of payment it receives
(buyers', hotels' and puja committees' UPI screens and the web shop's Razorpay and Instamojo pages, Biswa
Bangla Marketing Corporation's, a Delhi export house's, a Kolkata pandal art studio's, a Bengaluru home decor
firm's, a Jaipur dealer's, a Konark resort's, a Mumbai interior firm's and a Guwahati emporium's payment
advices, craft importers' inward wires from Paris, Kyoto, Melbourne, Toronto, London, Santa Fe, Stockholm and
Oslo in euros, yen, Australian dollars, Canadian dollars, pounds, US dollars and Swedish and Norwegian kronor,
the showroom's bills to a French tourist staying at the Bishnupur Tourist Lodge, a Kolkata puja committee and
a Bankura family, the kiln's wholesale bill for horses by the piece to a Kalighat dealer and its memo for kiln
waste by the tonne to an Onda road contractor, the foundry's bill for Dokra by the kilo to a Delhi exporter
and its memo for brass scrap by the kilo to a Bishnupur bell-metal co-operative, the accounts desk's
acknowledgement of a Bengaluru buyer's advance for a Dokra wall mural, cards on the showroom's, the company's
and the foundry's terminals) and those it makes (the Taldangra clay supplier's, the Howrah brass house's, the
Purulia wax trader's, the Asansol crucible maker's and the Dhanbad carton maker's tax invoices, the
net-banking transfers to the truck carrier, the clay tractor, the kiln mistri, the showroom's landlady, the
security agency, the chartered accountants, the furnace mechanic and the catalogue photographer, the potters'
and wax workers' wage slips, RazorpayX payouts to a caster and a firing hand and a Google Pay and a YONO SBI
payment to two loaders, Bishnupur Municipality's certificate of enlistment, the Geographical Indications
Registry's authorised user fee, the khajna (land revenue) through Banglarbhumi and GRIPS, the Directorate of
Factories' licence renewal through Silpasathi, EPFO's monthly challan, Panchmura Gram Panchayat's trade
licence, the Transport Department's road tax on the pickup and Legal Metrology's verification fee for the
foundry's scales, the insurers' premium receipts for the kiln shed and fired stock, the foundry's blower and
grinders, the showroom's stock and cash, the export cargo, the artisans' health, the hands' compensation, the
pickup and the wage cash, its card at a filling station at Barjora, a Santiniketan hotel in the Poush Mela
week, a Bankura hardware shop and a Beliatore sweet shop, WBSEDCL's power and the fibre, postpaid, DTH, water
and cooking gas bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, PhonePe, YONO SBI, Paytm, CRED, MobiKwik) paying the
  showroom or the company, the sum, the payee block and the status in one of three orders (the sum, the payee
  and the status; the status, the sum and the payee; the payee, the sum and the status), the hour and the day
  with no label under the sum on some (07:30 PM | 02/12/2026), else Date and Time on two rows first under the
  rule or a labelled day after the references, and two of the web shop's payment pages (Razorpay, Instamojo),
  the day under the Payment confirmation / Order receipt line, after the buyer's block or after the
  references, the buyer and the order above the outcome and the sum or under them, the sum large or in a Total
  paid / Payment amount row.
* ``buyer_advices``: Biswa Bangla's, the export house's, the decorators', the dealers', the resort's and the
  interior firm's PAYMENT ADVICE - CRAFT PURCHASES (TERRACOTTA AND DOKRA) / Supplier payment details / ADVICE
  OF PAYMENT TO SUPPLIER (a letter e-mail with Dear Supplier, printed, vendor portal), the status under the
  heading or at the end of the payment block, the payee at the head of the body or of the payment block, the
  bills (dated on some) above the payment block or under it; horses by the piece, Dokra by the kilo and
  terracotta tiles by the square foot; Biswa Bangla's GST-TDS split into CGST @ 1% and SGST @ 1%.
* ``export_wires``: eight banks' inward remittance advices (FOREIGN INWARD REMITTANCE - CREDIT ADVICE / Inward
  remittance received - export of handicrafts / Advice of export proceeds realised; browser, e-mail, printed),
  the status under the heading, right under the sum or at the foot, the day first or after the references, or
  with the sum on one SWIFT Field 32A (value date, currency, amount) row as SWIFT writes it
  (260415CAD12952,52) on some credited ones, the remitter's block above the beneficiary's or under it; yen
  whole (JPY 1,756,900), AUD / A$, CAD / C$, SEK and NOK before or after the sum; the rupee lines only on the
  credited ones, the rate marked indicative on the held one; a Postal bill of export No. on some.
* ``own_receipts``: the showroom's CASH MEMO - TERRACOTTA AND DOKRA CRAFTS / SALE INVOICE - HANDICRAFTS
  (BISHNUPUR), the kiln's WHOLESALE BILL - BANKURA HORSES (PER PIECE) / KILN DISPATCH BILL - TERRACOTTA and
  KILN WASTE SALE RECEIPT - BY TONNE / JHAMA (BROKEN TERRACOTTA) SALE MEMO, the foundry's DOKRA CASTING SALE
  BILL - BY WEIGHT (KG) / METAL CRAFT INVOICE - DOKRA and BRASS SCRAP SALE RECEIPT - BY KG / RUNNER AND RISER
  SCRAP MEMO (paper, rubber stamp, the signature and the customer's lines; the horses by size x rate per
  piece; the kiln's Gate pass No. and Vehicle No., the foundry's Weighing slip No.; sums with /- after them on
  some; IGST on the Delhi exporter's Dokra), the number and the day in either order above the party, and the
  accounts desk's Advance received - thank you e-mail (an advance, IGST).
* ``supplier_invoices``: the clay, brass, wax, crucible and carton suppliers' TAX INVOICE (ORIGINAL - BUYER'S
  COPY) / GST INVOICE / SALES INVOICE WITH PAYMENT RECEIPT with the payment block (an advance or the buyer's
  TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on one Invoice No. / Dt.
  row (SNC/25-26/7222 dt. 15.01.2026) on some, else in either order; a transporter's GC note No., a courier's
  Consignment No. or the clay tractor's Vehicle No.; the Jharkhand carton maker's IGST.
* ``vendor_transfers``: corporate net banking's pages (yono BUSINESS, HDFC Bank ENet, Canara Bank Corporate
  Net Banking) in three layouts (the status under the heading and the day among the details after the sum; the
  sum large on top with the status under it and the day at the foot; the day under the heading and the status
  right after the payee), the references above the payee or at the end of the details.
* ``worker_pay``: printed KUMBHAKAR MAJURI - PER HORSE / TERRACOTTA PIECE-RATE WAGES / WAX THREAD WORK - HOME
  (PER DOZEN) / MOM-SUTO KAAJ MAJURI - BARITHEKE, the payee first; RazorpayX's payout pages, the payee above
  the sum and the status or under them; a Google Pay and a YONO SBI screen.
* ``govt_fees``: Bishnupur Municipality's certificate of enlistment, the GI Registry's authorised user fee,
  Banglarbhumi's khajna through GRIPS, the Directorate of Factories' licence renewal through Silpasathi,
  EPFO's ECR challan, Panchmura Gram Panchayat's trade licence, the Transport Department's Vahan road tax and
  Legal Metrology's verification fee (browser), the status above the heads, right after the sum or at the
  foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' RECEIPT OF PREMIUM / Premium payment confirmation / PREMIUM ACKNOWLEDGEMENT
  - CUSTOMER COPY (Premium payment failed / PAYMENT NOT COMPLETED on the failed one; browser, e-mail, printed
  at the branch), the status under the heading, under the sum or after the references; CGST and SGST @ 9% or
  IGST @ 18%; a Policy period / Period of cover from the day after the payment on some.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE/TIME: on one row,
  TRANS DATE: and TRANS TIME:, or DT: and TM:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in YONO SBI and other apps (PhonePe, CRED, Amazon Pay, Google Pay, Paytm),
  the biller first or last, the sum above the status or under it, and WBSEDCL's own quick pay acknowledgement,
  the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (State Bank of India's UPI, Indian Bank,
  Canara Bank, the Bankura District Central Co-operative Bank) in a messages app and two e-mail debit alerts
  (HDFC Bank, Bank of India), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout251's and heldout250's.

Truth conventions (heldout251's, heldout250's, heldout247's, heldout246's, heldout243's, heldout242's,
heldout239's, heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's,
heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's,
heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept
where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Paid to shop / Transferred to / Merchant / Payee (heldout242), Payment made to / Credited to /
  Transferred to merchant / Amount sent to (heldout243), Money paid to / Paid to the shop / Received by
  (merchant) / Payee shop (heldout247), You paid / Payment sent to / Sent to merchant / Payment to shop
  (heldout246), Payment received by / Money transferred to / Paid to store / You paid to (heldout251), Amount
  paid to / Money received by / Paid to business / Merchant paid (heldout250), *settled* (new here) Paid to
  seller / Amount credited to / Sent to business / Payment delivered to, and Paying merchant / Payment in
  progress to (heldout251) / Trying to pay (heldout250) / *settled* (new here) Attempted payment to / Paying
  seller on one not yet paid or failed (here the showroom, Dwarakeswar Shilpa Bipani / DWARAKESWAR SHILPA
  BIPANI, the company's capitals, DWARAKESWAR CRAFTS PVT LTD, or its short name, Dwarakeswar Crafts, as
  printed), whether the payee block stands between the sum and the status, under the sum or on top of both
  (heldout243, heldout247, heldout251), never the UPI ID or the app, nor the Banking name / Name at bank line
  (heldout247), the Legal name / Registered as line (heldout251), the Bank-verified name / Account name as per
  bank line (heldout250) or *settled* (new here) the KYC name / Name in bank records line under the UPI ID,
  nor the payer under Paid by (heldout239) or From (heldout247); a payment page's payee on top (here the
  showroom, its capitals, the company or its short name), never *settled* (new here) Purchased by / Shipping
  to / Order details or Products (heldout247), its Payment confirmation / Order receipt line, or the gateway's
  footer (*settled* (new here) Payments secured by Razorpay | Razorpay Software Pvt Ltd, Powered by Instamojo
  | Instamojo Technologies Pvt Ltd). *settled* (heldout167, heldout190, heldout202 to heldout251): a payer's
  payment advice pays the one it pays, never the payer on top; here Biswa Bangla's, the export house's, the
  pandal art studio's, the home decor firm's, the dealer's, the resort's, the interior firm's or the
  emporium's advice pays the company under *settled* (new here) Supplier / Payment to supplier / Supplier name
  / In favour of / Supplier credited (its full, capital or short name as printed), printed at the head of the
  body or at the head of the payment block, above the bills or under them, never the payer on top (and its
  name again in the e-mail's With regards line), its desk line, the *settled* (new here) Supplier code (as
  heldout210's Vendor code), Indent No. (as heldout243's PO No.), Material receipt No. (as heldout235's GRN
  No.), Biswa Bangla's Empanelment No. (as heldout210's Vendor code) or Consignment receipt No. (as
  heldout250's Stores receipt No.), the bills listed (their numbers and days, heldout246), or the *settled*
  (new here) Supplier's bank account (as heldout243's Vendor bank A/c), nor the letter's Dear Supplier lines.
  *settled* (heldout155, heldout167, heldout190, heldout203 to heldout251): a bank's inward remittance advice
  pays the company under *settled* (new here) Beneficiary customer (field 59) / Exporter (beneficiary) / Payee
  exporter, never the bank on top, its forex desk line, the remitter (*settled* (new here) Ordering party
  (50K) / Overseas buyer (remitter) / Remitter name and address, the importer abroad, as heldout250's By order
  of (field 50K)), the *settled* (new here) Ordering institution (52A) / Sender's bank (as heldout243's
  Remitting bank) or the *settled* (new here) Intermediary institution (56A) (as heldout251's Intermediary
  bank (56A)), printed above the beneficiary or under it. *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout251): the company's own receipt pays the trade name on top where that is on top, so
  *settled* (new here) the showroom's bills pay Dwarakeswar Shilpa Bipani, the kiln's wholesale bills and
  waste memos Dwarakeswar Terracotta Kiln and the foundry's casting bills and scrap memos Dwarakeswar Dokra
  Foundry (capitals where so printed), and a receipt with the company on top the company, never the "A unit
  of" company line under it (heldout190), the party under *settled* (new here) Sold to / Customer's name /
  Bought by, printed after the number and the day, the goods' line, the signature line (*settled* (new here)
  For <unit> - Sales in-charge / For <unit> - Authorised signature, also where the company is on top, as
  heldout251's For <unit> - Authorised signatory), the *settled* (new here) Customer's signature line (as
  heldout251's Receiver's signature) or the rubber stamp (*settled* (new here) DWARAKESWAR BIPANI, DWARAKESWAR
  KILN, DWARAKESWAR DOKRA); *settled* (new here) the kiln's waste sold by the tonne to a road contractor and
  the foundry's brass scrap sold by the kilo to a bell-metal co-operative alike (the kiln, the foundry or the
  company on top, never the buyer, as heldout251's slurry and rubble); the accounts desk's e-mail pays the
  company on top (its full, capital or short name as printed, heldout219). A supplier's name on top of its own
  paper (capitals where so printed), never M/s the company under *settled* (new here) Name of buyer / Billed
  to party / Receiver (billed to) (as heldout243's Details of receiver (billed to)), nor the kiln, the foundry
  or the godown under *settled* (new here) Ship to / Delivery at (as heldout251's Deliver to / Consignee), nor
  the Transporter (heldout251) or the Courier (heldout247). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout251): a corporate banking page pays the payee under Beneficiary / Payee name
  (heldout119) or *settled* (new here) Transferred to (payee) / Name of beneficiary, printed under the
  references or above them, never the portal (yono BUSINESS, HDFC Bank ENet, Canara Bank Corporate Net
  Banking), the bank line, *settled* (new here) the Debit from account (as heldout243's Payer account), the
  Corporate ID / User ID (as heldout243's User ID), the Beneficiary nickname (as heldout234's Beneficiary
  short name) or the Maker / Checker (heldout171). *settled* (heldout150, heldout161, heldout179, heldout203
  to heldout251): a wage slip pays the worker, *settled* (new here) a potter under Kumbhakar's name / Wages
  paid to (potter) and a wax worker under Artisan's name / Paid to (wax worker), printed first under the
  heading, never the company on top, the kiln's or the foundry's line under it, the Work (heldout243), the
  *settled* (new here) Para / village (as heldout243's Mohalla / basti) or Shilpi card No. (the artisan's
  identity card, as heldout243's Token No.); RazorpayX's payout page the Contact name (heldout247) or
  *settled* (new here) Paid to contact, printed above the sum and the status or under them, never RazorpayX on
  top, the Current account | <company> line under it (as heldout247's Current account - <company>), the
  *settled* (new here) Contact ID (as heldout173's Beneficiary ID) or the Fund account (a bank account or a
  UPI ID); a transfer screen the payee under Paid to (heldout206) / Transferred to (heldout242), above the sum
  or under the status. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout251): a fee page
  pays the authority on top as printed, *settled* (new here for Bankura) Bishnupur Municipality / BISHNUPUR
  MUNICIPALITY; Geographical Indications Registry / GEOGRAPHICAL INDICATIONS REGISTRY; Directorate of Land
  Records & Surveys, West Bengal / Land & Land Reforms Department, Government of West Bengal (Banglarbhumi's
  khajna page); Directorate of Factories, West Bengal / Directorate of Factories, Govt. of West Bengal;
  Employees' Provident Fund Organisation / EPFO; Panchmura Gram Panchayat / PANCHMURA GRAM PANCHAYAT;
  Transport Department, West Bengal / Transport Department, Government of West Bengal on the Vahan page (as
  heldout246's); Directorate of Legal Metrology, West Bengal / LEGAL METROLOGY, WEST BENGAL; never the line
  under it (Department of Urban Development & Municipal Affairs | Certificate of enlistment, Office of the
  Controller General of Patents, Designs & Trade Marks | Chennai, Banglarbhumi | Online khajna through GRIPS,
  Labour Department | Silpasathi - licence renewal under the Factories Act, 1948, Ministry of Labour &
  Employment, Government of India | ECR challan, Taldangra Panchayat Samiti, Bankura | Trade licence (GPMS),
  Vahan - Ministry of Road Transport & Highways | Road tax for goods vehicles, Department of Consumer Affairs,
  Govt. of West Bengal | Verification and stamping), nor the *settled* (new here) Name of the business,
  Applicant, Raiyat, Factory name, Establishment name, Name of licensee unit, Owner name (as heldout237's
  Registered owner) or Name of user. *settled* (heldout199, heldout202 to heldout251): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) National
  Insurance Co. Ltd's, United India Insurance Co. Ltd's, HDFC ERGO General Insurance Co. Ltd's, Bajaj General
  Insurance Ltd's, Star Health and Allied Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's,
  Cholamandalam MS General Insurance Co. Ltd's and Universal Sompo General Insurance Co. Ltd's alike), never
  the product line, the office line or the insured (the company) under Insured (heldout239) or *settled* (new
  here) Proposer / Name of insured. A slip's counter name line in capitals (here the house's own counters,
  DWARAKESWAR SHILPA BIPANI, DWARAKESWAR CRAFTS and DWARAKESWAR DOKRA FOUNDRY, on four, a filling station at
  Barjora, a Santiniketan hotel, a Bankura hardware shop and a Beliatore sweet shop on the rest), never the
  terminal's bank or brand (STATE BANK OF INDIA, INDIANOIL, HDFC BANK, PAYTM, CANARA BANK, RAZORPAY POS,
  INDIAN BANK, BHARATPE) or the place line. A Bharat Connect page's biller under Biller (heldout239) or
  *settled* (new here) Biller name / Paid to biller / Operator (short or long as printed: WBSEDCL / West
  Bengal State Electricity Distribution Co. Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio Postpaid /
  Reliance Jio Infocomm Ltd, Tata Play / Tata Play Ltd, Bishnupur Municipality - Water / Bishnupur
  Municipality, Indane / Indian Oil Corporation Ltd), printed first or last, never the app (here YONO SBI,
  PhonePe, CRED, Amazon Pay, Google Pay and Paytm), Bharat Connect or the *settled* (new here) Consumer name /
  Registered name (as heldout237's Account holder); WBSEDCL's own quick pay acknowledgement the discom on top
  (WBSEDCL, West Bengal State Electricity Distribution Co. Ltd or its capitals as printed, as heldout250's),
  never the "(A Govt. of West Bengal Enterprise) | Quick pay" line under it, the *settled* (new here) Supply
  office (as heldout243's Sub division) or the Consumer name (as heldout243's Name). An SMS alert's payee as
  the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled*
  (new here) State Bank of India's UPI "trf to <payee> Refno", Indian Bank's "via <way> to <payee>.", Canara
  Bank's "towards <way> to <payee>." and the Bankura District Central Co-operative Bank's "by <way>,
  beneficiary <payee>.", and the failed and pending transfers' "to <payee> on <day>" (heldout222), never the
  bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary name / Paid to / Transferred to,
  printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it, with the payee block between the sum and the status
  (heldout239, heldout243, heldout247, heldout251); *settled* (new here) a payment page's Total paid / Payment
  amount row, above the status or under it. *settled* (heldout152, heldout186, heldout190, heldout202 to
  heldout251): a payer's advice counts its net sum, *settled* (new here) Net amount paid / Amount remitted
  (net) / Net credited to supplier, Amount withheld / Payment withheld on the hold and Amount returned by bank
  / Remittance reversed on the return (the bills with their GST less TDS u/s 194Q @ 0.1% (heldout235) on the
  value before GST or Biswa Bangla's *settled* (new here) Less: GST-TDS - CGST @ 1% and Less: GST-TDS - SGST @
  1% (the State's 2% split in two, as heldout251's Less: TDS under GST - CGST @ 1% and - SGST @ 1%), and
  *settled* (new here) a Less: Broken in transit - n tiles, a Less: Short received - n pcs or a Less: Casting
  defects returned - n kg @ rate (as heldout243's Shortage on receipt and Transit damage) or a Less: Prompt
  payment discount @ 1.5% (as heldout246's Less: Cash discount @ 1.5%)), printed in the payment block above
  the bills or under them, never a bill's sum, the *settled* (new here) Gross invoice value / Bills total
  (gross) (as heldout243's Total of invoices), or a cut. *settled* (heldout155, heldout167, heldout179,
  heldout190, heldout203 to heldout251): an inward wire's foreign sum, *settled* (new here) Inward amount
  (FCY) / Remittance amount / FCY received, or the sum in *settled* (new here) the Field 32A (value date,
  currency, amount) row as SWIFT writes it, six figures of the day (YYMMDD), the code and the sum with no
  grouping and a comma for the decimal point (260415CAD12952,52 is 12952.52 Canadian dollars on 2026-04-15; a
  yen sum ends in the bare comma: 260312JPY1756900, is 1756900.00 yen), in euros, pounds and US dollars
  (heldout152's marks), *settled* (new here) yen (JPY before or after the sum, or the yen sign where the face
  draws it, whole: JPY 1,756,900 is 1756900.00), Australian dollars (AUD or A$ before the sum), Canadian
  dollars (CAD or C$ before the sum) and Swedish and Norwegian kronor (SEK, NOK before or after the sum),
  never the *settled* (new here) Rupee value (as heldout226's Converted amount (INR)), the Less: Handling
  charges with GST (as heldout227's Less: Bank charges and GST) or the Credited to your account (INR) (as
  heldout238's Amount credited (INR)); its *settled* (new here) Exchange rate / Conversion rate applied (1 CAD
  = INR 62.1896, 100 JPY = INR 57.72; indicative on the held one) is no sum, and a wire sent back prints no
  rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout251): a receipt
  counts the sum received even where it is part of the order, *settled* (new here) Cash received / Paid in
  cash / Received by UPI / UPI amount received / Paid by card / Card payment / Cheque received for / By cheque
  / NEFT received / Received through NEFT / Advance received / Advance amount credited, with the sum in words
  under it, never the Total order value (as heldout251's Order value) where less was received, the goods'
  line, the horses' sizes, the tonnes or the kilos, the *settled* (new here) Less: Mela discount @ 10% (as
  heldout243's Less: Discount @ 5%), the CGST and SGST @ 2.5% or 9% or the IGST @ 5%, the Round off or the
  *settled* (new here) Balance payable on installation (as heldout221's Balance due on delivery); the Bill
  total / Net amount (the rounded bill with its GST, heldout251) is the same sum where the whole bill was
  paid, and the kiln's waste and the foundry's scrap (the tonnes or kilos x rate with CGST and SGST @ 2.5% or
  9%) count theirs, received in full; a sum with /- after it (Rs.2,26,334/-) is the whole sum (226334.00,
  heldout251). *settled* (heldout187, heldout191, heldout202 to heldout251): a supplier's invoice counts the
  sum paid, where an advance is taken off (*settled* (new here) Less: Advance paid earlier, as heldout235's
  Less: Advance paid with order) the *settled* (new here) Balance paid by NEFT / RTGS, where the buyer's TDS
  is taken off (*settled* (new here) Less: TDS u/s 194Q by buyer, as heldout247's Less: TDS u/s 194Q deducted
  by buyer) the *settled* (new here) Net received by NEFT / RTGS, else *settled* (new here) Amount received by
  NEFT / RTGS / Paid through UPI / UPI payment received (the rounded Invoice total with GST), or the Cheque
  amount (heldout211) / Paid by cheque (heldout250), never the Taxable value, a line or the GST. A banking
  page's Debit amount (heldout235) or *settled* (new here) Amount (INR) / Payment amount, or the sum large on
  top (*settled* (new here), as a UPI screen's), never the Ledger balance (heldout243). *settled* (heldout167,
  heldout202 to heldout251): a wage slip's net sum, *settled* (new here) Net paid to potter / Net majuri paid
  / Net amount paid / Handed to the artisan (the pieces or dozens x rate, plus *settled* (new here) Add:
  Firing night allowance / Add: Fine work extra, less *settled* (new here) Less: Cracked in firing - n @ rate
  / Less: Agrim (advance) cut (as heldout243's Less: Pieces rejected at QC and Less: Kharchi (advance)
  recovered)), never the *settled* (new here) Total earned / Gross amount (as heldout243's Gross wages), the
  line or a deduction; RazorpayX's and a screen's sum large. *settled* (new here): Bishnupur Municipality's
  Total received / Amount paid (the Enlistment fee 2026-27 with the Signboard (advertisement) tax and the Late
  fine where printed), never a head; the GI Registry's Total fee / Amount paid (the two Form GI-3A fees),
  never one fee; the khajna page's Challan amount / Amount payable on the page not yet confirmed (the Khajna
  (land revenue) - 1433 B.S., the Cess and the Interest on arrears where printed), never a head; the
  Directorate of Factories' Fee paid / Total fee (the Licence renewal fee 2026-27 and the Late fee where
  printed), never a head; EPFO's Total remitted / Challan total (the EPF - A/c 1, Pension (EPS) - A/c 10, EDLI
  - A/c 21 and Administration charges - A/c 2), never one account's; the Gram Panchayat's Total deposited /
  Amount credited (the Trade licence fee 2026-27 - kiln and workshop and the Development fee), never a head;
  the Transport Department's Total tax paid / Tax amount paid (the Road tax - quarter and the Environment
  cess), never a head; Legal Metrology's Amount to pay / Fee payable on the failed page (the two Verification
  fees), never one fee. *settled* (heldout199, heldout202 to heldout251): an insurer's premium with its GST,
  *settled* (new here) Total premium paid / Amount received (incl. GST) / Premium collected, the Cheque amount
  (heldout211) or *settled* (new here) Cheque value on the cheque not yet cleared, the Premium payable
  (heldout235) or *settled* (new here) Total payable on the failed one, never the Net premium (heldout247) or
  *settled* (new here) the Premium excl. GST (as heldout239's Premium before tax), an add-on, the CGST and
  SGST @ 9% or the IGST @ 18%, nor the *settled* (new here) Own damage (OD) or Third party (TP) (as
  heldout243's OD premium and TP premium), nor the IDV (heldout235) or the *settled* (new here) Sum insured -
  kiln shed, clay and fired stock, Sum insured - blower and grinders, Sum insured - showroom stock, Annual
  export turnover declared, Members covered, Annual wages declared or Cash in transit limit (as heldout247's
  sums insured, turnover, lives, wages and limit). A slip's *settled* (new here) SALE AMT: / AMT: / TOTAL: /
  AMOUNT:, printed above the card or under the references, never the *settled* (new here) RSP/LTR: or the
  VOLUME(L): (as heldout243's RATE(RS/L): and QTY(L):) or the XTRAREWARDS PTS: (as heldout243's DRIVETRACK
  PTS:). A Bharat Connect page's sum large, never the Payable after due date (heldout243); WBSEDCL's *settled*
  (new here) Amount paid (Rs.) / Bill amount paid (the Net amount due above it is the same sum). An alert's
  sum debited (*settled* (new here) State Bank of India's UPI "debited by x", without grouping and with the
  paise's trailing zero dropped (4134.0 is 4134.00, 1234.5 is 1234.50), Indian Bank's "Debit of INR x", Canara
  Bank's "An amount of INR x has been DEBITED", the Bankura District Central Co-operative Bank's "Rs x
  withdrawn", the failed and pending transfers' "Your <way> of Rs.x"; the e-mail's *settled* (new here) Debit
  amount / Amount), never the Avl Bal, the Bal (heldout247) or *settled* (new here) the Total Avail.bal, or
  the e-mail's *settled* (new here) Available balance (as heldout243's Ledger balance). Currency INR but on
  the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment complete - seller has received it, Paid -
  amount reached the seller and Completed successes, In progress - waiting for your bank, do not retry
  pending, Declined - your bank's daily UPI limit is reached failed; a payment page's Order placed - payment
  captured, Thank you! Your payment was successful and Paid - we will pack your order within 3 days successes.
  *settled* (new here): a payer's Status: Remitted - funds sent to your account / Payment processed successes,
  On hold - pieces under quality check at our warehouse pending (a payer's hold, as heldout251's Payment on
  hold - goods under inspection at our site), Rejected by your bank - IFSC and account do not match failed,
  printed under the heading or at the end of the payment block. *settled* (new here): an inward advice's
  Proceeds credited - e-BRC generated / Status: Credited to beneficiary account successes, On hold - purpose
  of remittance awaited from you, funds not credited pending, Returned - beneficiary name does not match the
  account failed, printed under the heading, right under the sum or at the foot. *settled* (heldout167,
  heldout179, heldout190, heldout203 to heldout251): a cheque received and not yet cleared pending, a cheque
  returned failed, so *settled* (new here) CHEQUE LODGED - PANELS RELEASED ON CLEARANCE and CHEQUE SENT FOR
  CLEARING - PAYMENT SUBJECT TO REALISATION pending, CHEQUE RETURNED UNPAID - BILL STANDS CANCELLED and CHEQUE
  RETURNED - EXCEEDS ARRANGEMENT failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are
  *settled* (new here) PAID - WRAPPED AND HANDED TO THE CUSTOMER, PAID - HORSES PACKED IN STRAW AND LOADED,
  PAID - WASTE LIFTED FROM THE KILN YARD, PAID - CASTINGS WEIGHED AND HANDED OVER, PAID - SCRAP WEIGHED AND
  TAKEN AWAY, ADVANCE RECEIVED - CASTING OF YOUR WALL PIECE HAS BEGUN (as heldout251's ADVANCE RECEIVED -
  INLAY WORK STARTED ON YOUR TABLE TOP), PAYMENT RECEIVED IN FULL, NO DUES, PAID BY NEFT / RTGS / UPI (as
  heldout247's RECEIVED BY NEFT / RTGS / UPI), PAID - ENTERED IN MAJURI KHATA and PAID - HORSES COUNTED AFTER
  FIRING. *settled* (new here): a banking page's Executed - amount credited to beneficiary / Status: Processed
  - UTR assigned successes, Pending for authorisation - checker yet to approve pending (keyed, not yet
  authorised, as heldout247's Pending authorisation), Rejected by beneficiary bank - account frozen, funds
  returned to your account failed (whatever the return), printed under the heading, under the sum on top or
  right after the payee; RazorpayX's Processed - payout credited / Payout processed successes, Queued - the
  bank is processing the payout pending, Reversed - beneficiary bank rejected the payout failed (whatever the
  reversal); a transfer screen's Money sent (heldout247), Transfer successful (heldout250) and *settled* (new
  here) Paid successes; a fee page's Payment successful - e-receipt ready to download, Fee received -
  acknowledgement generated and Paid - challan realised by the bank successes, the khajna page's Payment
  pending - GRIPS has not confirmed, do not pay again pending, Legal Metrology's Payment failed - verification
  fee not received, please pay again failed, printed above the heads, right after the sum or at the foot; an
  insurer's Premium credited - policy schedule attached / Payment successful - policy issued and e-mailed
  successes, CHEQUE IN CLEARING - RISK COVERED ONLY ON REALISATION pending (as heldout247's CHEQUE RECEIVED -
  POLICY ISSUED ON REALISATION), Payment failed at gateway - premium not received, quote valid for 30 days
  failed, printed under the heading, under the sum or after the references; a slip's APPROVED (heldout210), as
  are *settled* (new here) TXN APPROVED and APPROVED - THANK YOU, *settled* (new here) DECLINED - 51
  INSUFFICIENT FUNDS failed, HOST NOT RESPONDING - STATUS PENDING, DO NOT SWIPE AGAIN pending (as heldout247's
  HOST TIMEOUT - STATUS UNKNOWN, DO NOT RETRY); a Bharat Connect page's *settled* (new here) Payment
  successful - bill marked paid by the biller / Done - the biller has been paid successes, Awaiting biller
  confirmation - do not pay this bill again pending, Payment failed - any amount debited returns in 3 to 5
  working days failed (the payment failed, whatever the refund), WBSEDCL's *settled* (new here) Payment
  successful - acknowledgement No. below / Received - will be adjusted in your next bill successes (printed
  under the head or at the foot); *settled* (new here) an SMS that says the transfer "could not be completed;
  the amount is reversed to your A/c." failed (whatever the reversal), one that "is awaiting credit
  confirmation from the beneficiary bank. Do not initiate it again." pending, a debit alert a success,
  whatever its bank's wording (State Bank of India's UPI "Dear UPI user A/C X1234 debited by x on date 19May26
  trf to <payee> Refno <ref>.", Indian Bank's "Indian Bank A/c ..1234: Debit of INR x on <day> via <way> to
  <payee>.", Canara Bank's "An amount of INR x has been DEBITED to your account XXX1234 on <day> towards <way>
  to <payee>.", the Bankura District Central Co-operative Bank's "BDCCB: Rs x withdrawn from CA ..1234 on
  <day> by <way>, beneficiary <payee>."); the e-mail's *settled* (new here) Transaction status: Successful /
  Result: Debit completed successes.
* date: the day paid (a UPI screen's *settled* (new here) Payment made on / Date & time of payment / Completed
  at, *settled* (new here) Attempted on / Started at on one not yet paid or failed, printed after the
  references, *settled* (new here) a Date row with a Time row under it, printed first under the rule, or
  *settled* (new here) the hour and the day with no label under the sum (07:30 PM | 02/12/2026, as
  heldout251's line under the app's name); a payment page's *settled* (new here) Payment date / Captured at or
  Date & time (heldout235), printed under the Payment confirmation / Order receipt line, after the buyer's
  block or after the references; a payer's *settled* (new here) Date of payment / Remitted on / Payment
  released on, the held one's *settled* (new here) Withheld on / Hold placed on and the returned one's
  *settled* (new here) Reversed on / Returned by bank on; an inward advice's Value date (heldout251) /
  *settled* (new here) Credit date / Date of realisation, or the day in the Field 32A row (its six figures,
  260415 is 2026-04-15), *settled* (new here) Received on / Held since on the held one and Returned on
  (heldout234) / *settled* (new here) Date sent back on the returned one, printed first or after the
  references (in capitals on some); a receipt's, invoice's or wage slip's Date (heldout247), Bill date
  (heldout251), Paid on (heldout243) or *settled* (new here) Dated / Date of bill / Sale dt. / Invoice dt. /
  Payment dt., *settled* (new here) the day after the number on one Invoice No. / Dt. row (SNC/25-26/7222 dt.
  15.01.2026, as heldout251's Invoice No. & date), the accounts desk's *settled* (new here) Advance credited
  on / Credited on, printed above the number or under it; a banking page's Value date (heldout247) / Payment
  date (heldout251) / *settled* (new here) Executed on, Created on (heldout247) / *settled* (new here) Entered
  on on the one awaiting its checker and *settled* (new here) Rejected on / Returned on on the rejected one,
  printed under the heading, among the details after the sum or at the foot; RazorpayX's *settled* (new here)
  Processed at / Payout date, Queued at (heldout247) / *settled* (new here) Initiated at on the one queued and
  Reversed at / Failed at on the reversed one; a transfer screen's Sent on (heldout247) / Transaction date /
  Date (heldout250); a fee page's Date of payment / Paid on / Payment date / Receipt date (heldout251), the
  khajna page's *settled* (new here) GRN generated on / Initiated on on the page not yet confirmed and Legal
  Metrology's *settled* (new here) Attempted on / Date of attempt (heldout250) on the failed one; an insurer's
  *settled* (new here) Payment received on / Premium paid on / Receipt dt., Cheque deposited on (heldout235) /
  Cheque received on (heldout247) on the cheque not yet cleared and Attempted on / Transaction date
  (heldout243) on the failed one; a slip's *settled* (new here) DATE/TIME: (the day and the hour on one row) /
  TRANS DATE: (with TRANS TIME:) / DT: (with TM:), printed at the top or under the sum; a Bharat Connect
  page's *settled* (new here) Payment date & time / Bill paid at / Transaction time (Date & time alone on a
  bill not paid, heldout235); WBSEDCL's *settled* (new here) Payment date & time / Date of payment; the SMS's
  day (*settled* (new here) State Bank of India's "on date 19May26", the day, the month's name and two figures
  of the year run together, is 2026-05-19) and its divider's; the e-mail alert's Transaction date (heldout246)
  / *settled* (new here) Txn date / Date of debit). Days printed with the day and the month without zeros
  (1/5/26, 15.1.2026) are day first (heldout251), as is every day with figures only (02/12/2026 is
  2026-12-02). *settled*: never a Bill month (heldout167) or *settled* (new here) a Bill for (as heldout250's
  Bill for the month), a Due date, a Cheque dated (heldout243), a Policy period / Period of cover (15.11.2026
  to 14.11.2027, from the day after the payment, as heldout231's Policy period), an invoice number's or a slip
  number's financial year or an e-mail's hour; never a Shipping bill date (heldout167) or *settled* (new here)
  a PBE date (the postal bill of export's, as the shipping bill's), the day inside a UTR (heldout210); never a
  Bharat Connect page's Bill date (heldout239) or Bill period (heldout243), the day of a bill listed on an
  advice (heldout246), EPFO's Wage month (heldout247), the SMS divider's weekday, the year of a head
  (Enlistment fee 2026-27, Licence renewal fee 2026-27, Trade licence fee 2026-27 - kiln and workshop) or
  *settled* (new here) a Bengali year (Khajna (land revenue) - 1433 B.S.).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, RazorpayX's IMPS (heldout247), a Bharat Connect bill from a Current A/c (here in YONO SBI), a
  payment page's net banking, a fee, a premium or WBSEDCL paid by Net banking, an e-mail alert's Channel, an
  SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an invoice's,
  RazorpayX's (a UPI ID as the fund account), a fee's, a premium's or a bill's UPI and State Bank of India's
  UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium or WBSEDCL paid by Debit
  card; cheque for a cheque received, lodged or returned and a premium paid by Cheque; cash for a cash bill,
  memo or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout251): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref No., UPI Ref. No., RRN, UPI RRN, UPI
  transaction ID (heldout247), *settled* (new here) UPI Ref No / Ref. No. (RRN) / UPI Reference No / UPI ref.
  no. / UTR No on a UPI screen, Razorpay's RRN and Instamojo's UPI ref. No. on a UPI payment, a payer's
  *settled* (new here) UTR No. (NEFT) / UTR No. (RTGS) / IMPS RRN, a receipt's NEFT UTR No. (heldout251), a
  banking page's NEFT UTR / RTGS UTR (heldout251) / *settled* (new here) IMPS RRN, RazorpayX's UTR, a wage
  slip's *settled* (new here) IMPS RRN, a slip's RRN: / *settled* (new here) RET REF NO:, an SMS's *settled*
  (new here) Refno (State Bank of India's UPI) / UTR No / RRN, the e-mail's UTR / RRN, an insurer's UPI ref.
  No. (heldout250)), then a bank reference (an inward advice's IRM No. (heldout247) / *settled* (new here) Our
  ref. No. / Inward txn ref. (as heldout247's Inward ref. No.), a banking page's *settled* (new here)
  Transaction reference No. / CBS ref. No. (as heldout243's Bank txn ref.), printed above the payee or under
  it, a payment page's *settled* (new here) Bank txn ref. on net banking, a fee page's Bank ref. No. and the
  Directorate of Factories' BRN (as heldout250's GRIPS BRN), an insurer's Bank ref. No. (heldout250), a Bharat
  Connect page's *settled* (new here) Bharat Connect ref. No. / BBPS ref. ID / Txn ref. ID (BBPS) (as
  heldout243's BBPS txn ref.)), then a transaction / payment id (Razorpay's Payment ID (pay_..., heldout119)
  and *settled* (new here) the Instamojo payment ID (MOJO..., as heldout119's Payment ID MOJO...), the UPI
  apps' own Google transaction ID, Transaction ID (PhonePe's), *settled* (new here) YONO ref. No., Paytm txn
  ID (heldout251), CRED transaction ID (heldout113) and *settled* (new here) MobiKwik txn ID (the app's own
  id, whatever its name, heldout235), RazorpayX's Payout ID (pout_..., heldout247's RazorpayX Payout ID), a
  fee page's Transaction ID / Transaction No. (heldout234), *settled* (new here) Bishnupur Municipality's
  Payment ID and the GRN (GRIPS's, as heldout250's GRIPS GRN), an insurer's *settled* (new here) Payment ID,
  WBSEDCL's *settled* (new here) Gateway ref. No. (as heldout251's PG transaction ID), a failed Bharat Connect
  page's Transaction ID (heldout243)), then an approval code (Approval code, Auth code (heldout251), *settled*
  (new here) Razorpay's Authorisation code and Instamojo's Approval No. on a card payment, a slip's APPROVAL
  CODE: (heldout116) / *settled* (new here) AUTH NO:), then an order's number (*settled* (new here) Razorpay's
  Order ID (order_...) and Instamojo's Order No. (as heldout251's Merchant order No.), RazorpayX's Reference
  ID (the company's own id for the payout, heldout247)), then a document's own number (a payer's *settled*
  (new here) Voucher No. / Payment advice No. / Remittance No., *settled* (new here) Cash memo No. / Sale
  invoice No. / Wholesale bill No. / Dispatch bill No. / Waste receipt No. / Jhama memo No. / Casting bill No.
  / Metal invoice No. / Scrap receipt No. / Scrap memo No. / Advance receipt No. / Receipt ref. on a receipt,
  *settled* (new here) Invoice number / Bill No. / Invoice Sr. No. on an invoice or the number before dt. on
  the Invoice No. / Dt. row, *settled* (new here) Majuri slip No. / Voucher No. on a wage slip, a fee page's
  Receipt No., the GI Registry's *settled* (new here) CBR No. (its cash book receipt's number, as a Receipt
  No.) and the Transport Department's *settled* (new here) Vahan receipt No., an insurer's Receipt No. /
  *settled* (new here) Collection No., WBSEDCL's *settled* (new here) Acknowledgement No. (as heldout250's
  Money receipt No.), a slip's INVOICE NO: (heldout116) / BILL NO: (heldout247)). *settled*: never a UETR, a
  MID: / TID:, BATCH NO:, STAN: (heldout202), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN,
  an IEC, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill No.
  (heldout167) or *settled* (new here) a Postal bill of export No. (as the Shipping bill No.), an E-way bill
  No., *settled* (new here) a GC note No. (as heldout235's LR No.), a Consignment No. (as heldout247's Docket
  No.), a Gate pass No. or a Weighing slip No. (as heldout251's Dharam kanta slip No.), a Vehicle No.
  (heldout205) (so never a Registration No. on the Vahan page or an insurer's page or a slip's VEHICLE NO:),
  *settled* (new here) an Indent No. or Your order No. (as heldout243's PO No.), a Supplier code or an
  Empanelment No. (as heldout210's Vendor code), a Material receipt No. or a Consignment receipt No. (as
  heldout235's GRN No.), the number or the day of a bill listed on an advice (heldout246), a *settled* (new
  here) Sender's ref. (20) (as heldout243's Sender's ref. (field 20)), the Maker / Checker (heldout171), the
  Corporate ID / User ID (as heldout243's User ID), a Beneficiary nickname (as heldout234's Beneficiary short
  name), RazorpayX's *settled* (new here) Contact ID (as heldout173's Beneficiary ID), a *settled* (new here)
  Shilpi card No. (as heldout243's Token No.), an Enlistment No. or a Licence No. (heldout231), a *settled*
  (new here) GI application No. or Silpasathi application ID (as heldout250's Application No.), a *settled*
  (new here) Mouza / JL No., Khatian No. or Dag No. (as heldout251's Khasra / area), an Establishment ID
  (heldout247), a Policy No. / Proposal No. / Cover note No. (heldout246), a Bharat Connect page's Bill No.
  (heldout246), a consumer number (here Consumer ID, Account No., Mobile number, Subscriber ID, Water
  connection No., LPG ID), or a slip's ROOM NO: (heldout203) / *settled* (new here) REG CARD NO: (as
  heldout246's GUEST FOLIO:) / ORDER TOKEN: (as heldout247's KOT NO:) / NOZZLE NO: (heldout247) / MOBILE: (as
  heldout251's CUST MOB:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout253_families import (
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

SPLIT = "heldout253"

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


def make_heldout253_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout253 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

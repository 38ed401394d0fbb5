"""heldout254: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kondapalli wooden toy house's day in 2026 in NTR district, Andhra Pradesh (Sri
Bhadra Kondapalli Crafts Pvt Ltd, its workshop in Bommala Colony, Kondapalli, Sri Bhadra Bommala Karyashala, where
the carvers cut the toys from the soft tella poniki wood of the Kondapalli hills by the piece, join the limbs with
makku (tamarind seed paste and sawdust) and coat them with chalk, and the painters colour them at home by the
dozen, its wood depot on the Kondapalli Hills Road, Sri Bhadra Poniki Wood Depot, where the logs brought under the
Forest Department's transit permit are seasoned and split, the sawdust is sold by the bag to an agarbatti maker
and the offcuts and bark by the tonne to a brick kiln, and its Fort Road showroom, Sri Bhadra Bommala Angadi,
where tourists, golu buyers, schools and families buy the ambari elephants, the palm tree climbers, the bride and
groom dolls and the Dasavatharam sets), told by the proofs of payment it receives (buyers', hotels' and schools'
UPI screens and the web shop's Easebuzz and Razorpay pages, the Andhra Pradesh Handicrafts Development
Corporation's (Lepakshi's), a Chennai, a Bengaluru and a Tirupati golu doll shop's, a Delhi craft e-shop's, a
Visakhapatnam beach resort's, a Hyderabad gift house's and a Pune learning aids maker's payment advices, toy
importers' inward wires from Edison, Brampton, Melbourne, Frankfurt, Kyoto, Auckland, Muscat and Stockholm in US
dollars, Canadian dollars, Australian dollars, euros, yen, New Zealand dollars, Omani rials and kronor, the
showroom's cash memos and sale bills to a French tourist, a Chennai golu buyer and a Gudivada school, the
workshop's wholesale bill by the dozen to a Vijayawada gift shop and its visit fee receipt to a Mylavaram school,
the depot's sawdust memo by the bag to a Vijayawada agarbatti maker and its firewood memo by the tonne to an
Ibrahimpatnam brick kiln, the accounts desk's receipt of a Bengaluru buyer's advance for a bride and groom set,
cards on the showroom's, the company's and the workshop's terminals) and those it makes (the Kondapalli timber
depot's, the Hyderabad enamel paint maker's, the Rajkot carving tool maker's, the Guntur tamarind seed powder
trader's and the Sivakasi carton printer's tax invoices, the net-banking transfers to the log lorry, the saw mill,
the showroom's landlady, the customs house agent, the crafts bazaar's organiser, the chartered accountants, the
electrician and the security agency, the carvers' and painters' wage slips, RazorpayX payouts to two painters and
a Google Pay and a YONO SBI payment to the depot's sawyer and log splitter, Kondapalli Municipality's trade
licence, the Geographical Indications Registry's authorised user renewal, the Forest Department's depot licence
and transit permit fees, the Labour Department's shops and establishments renewal, EPFO's ECR payment, the
profession tax's CFMS challan, the Transport Department's quarterly tax on the delivery pickup and Legal
Metrology's stamping of the scales, the insurers' premium receipts for the carving shed and its wood and toy
stock, the showroom, a sea consignment, the artisans' health and accidents, the pickup, the toys carried to crafts
bazaars and the wage cash, its card at a filling station on NH-65 at Ibrahimpatnam, a Chennai hotel in the golu
exhibition week, a Vijayawada paint and hardware shop and a Governorpet tiffin centre, APCPDCL's power and the
fibre, postpaid, DTH, FASTag and cooking gas bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Vyom, Paytm, MobiKwik, Canara ai1) paying the showroom
  or the company, the payee block, the sum and the status in one of four orders (the payee, the sum and the
  status; the sum, the payee and the status; the status, the sum and the payee; the sum, the status and the
  payee), the day and the hour with no label under the status on some, else under its label first under the rule
  or after the references, and two of the web shop's payment pages (Easebuzz, Razorpay), the status and the sum in
  either order, the sum large or in an Amount paid / Order total paid row, the day first under the rule or after
  the references, the buyer and the order under the rule or at the foot.
* ``buyer_advices``: Lepakshi's (APHDC's), the golu shops', the e-shop's, the resort's, the gift house's and the
  learning aids maker's PAYMENT ADVICE - PURCHASE OF KONDAPALLI TOYS / Remittance intimation / ADVICE OF PAYMENT
  TO SUPPLIER (an e-mail with Dear Supplier / Namaste, printed, supplier portal), the status under the heading or
  at the end of the payment block, the payee at the head of the body or of the payment block, the payment block
  above the bills or under them, the bills dated on some; TDS u/s 194Q only on the three larger buyers' (the
  e-shop, the resort, the learning aids maker), none on the shops', APHDC's GST TDS u/s 51 split into CGST @ 1%
  and SGST @ 1%.
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - INWARD FOREIGN REMITTANCE (EXPORT) /
  Export proceeds realised - advice / Inward remittance - credit memo; browser, e-mail, printed), the status under
  the heading or at the foot, the day first, after the sums or after the references, the beneficiary's block above
  the remitter's or under it; the sum with its code or sign, or a Currency row over an Amount remitted row with
  the bare sum on some; euros the German way on some (16.760,14 EUR), yen whole (JPY or the yen sign), Omani rials
  with three decimals (OMR / RO), kronor with spaces between the thousands and a decimal comma on some (295 050,00
  SEK), CAD / C$, AUD / A$, NZD / NZ$; the yen's rate per 100 yen; the rupee lines only on the credited ones
  (grouped in lakhs), the rate marked indicative on the held one.
* ``own_receipts``: the showroom's CASH MEMO - KONDAPALLI TOYS / SALE BILL - HANDMADE WOODEN TOYS, the workshop's
  WHOLESALE BILL - TOYS BY THE DOZEN / TRADE SALE MEMO - KONDAPALLI BOMMALU and RECEIPT - WORKSHOP VISIT AND
  DEMONSTRATION / CRAFT VISIT FEE RECEIPT, the depot's SAWDUST SALE RECEIPT - BY THE BAG / BY-PRODUCT SALE MEMO -
  POTTU (SAWDUST) and FIREWOOD SALE MEMO - OFFCUTS BY THE TONNE / WOOD WASTE SALE BILL (BY WEIGHT) (paper, rubber
  stamp, the signature and the customer's lines; the firewood's weighbridge ticket and vehicle numbers; sums with
  /- after them on some), the day and the number in either order above the party, and the accounts desk's Receipt
  of advance e-mail (CGST and SGST, NEFT).
* ``supplier_invoices``: the timber depot's, the paint maker's, the tool maker's, the tamarind seed powder
  trader's and the carton printer's TAX INVOICE (ORIGINAL) / GST INVOICE CUM RECEIPT / SALES INVOICE - ORIGINAL
  with the payment block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the
  number and the day on one Invoice row (SLT/26-27/7177 dated 18/09/2026) on some, else in either order; the
  timber's Transit permit No.; a transporter's Lorry receipt No. or a courier's Docket No.; CGST and SGST within
  Andhra Pradesh, IGST from Telangana, Gujarat and Tamil Nadu, @ 5% or 18%; sums with /- after them on some.
* ``vendor_transfers``: corporate net banking's pages (yono BUSINESS, HDFC Bank ENet, Canara Bank Corporate
  Banking) in three layouts (the status and the day under the heading; a summary block on top with the payee, the
  sum and the status, the day at the foot; the day and the status at the foot), the references above the payee or
  at the end of the details.
* ``worker_pay``: printed CARVING WAGES - PER PIECE / CHEKKUDU PANI KOOLI CHITTI / PAINTING WAGES - HOME WORK (PER
  DOZEN) / RANGULA PANI KOOLI CHITTI - INTI PANI, the payee first; RazorpayX's payout pages, the contact above the
  sum and the status or under them; a Google Pay and a YONO SBI screen, the payee and its UPI ID above the sum or
  under it.
* ``govt_fees``: Kondapalli Municipality's trade licence renewal (CDMA portal), the GI Registry's authorised user
  renewal, the Forest Department's timber depot licence and transit permit fees, the Labour Department's shops and
  establishments renewal, EPFO's ECR payment, the profession tax's CFMS challan, the Transport Department's
  quarterly tax and Legal Metrology's verification fees (browser), the status under the authority's line or at the
  foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM ACKNOWLEDGEMENT / Receipt of premium / PREMIUM PAYMENT RECEIPT -
  CUSTOMER COPY (Payment not completed / PREMIUM PAYMENT - STATUS on the failed one; browser, e-mail, printed at
  the branch), the status under the heading or under the sum; CGST and SGST @ 9% or IGST @ 18%; a Policy period
  from one day to another on some.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE/TIME: on one row,
  TRAN DATE: and TRAN TIME:, or DATE: and TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in YONO SBI and other apps (PhonePe, Google Pay, CRED, Amazon Pay, MobiKwik),
  the biller above the sum and the status or under them, the sum above the status or under it, and APCPDCL's own
  online payment receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (State Bank of India's UPI, Andhra Pradesh
  Grameena Bank, Indian Bank, the Krishna District Co-operative Central Bank) in a messages app and two e-mail
  debit alerts (HDFC Bank, Federal Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout251's and heldout250's.

Truth conventions (heldout251's, heldout250's, heldout247's, heldout246's, heldout243's, heldout242's,
heldout239's, heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's, heldout224's,
heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to (heldout206, heldout235), Payee (merchant) (heldout249) or *settled* (new here) Amount
  credited to / Merchant name / Shop paid, and Paying to merchant (heldout246) / *settled* (new here) Attempting
  to pay on one not yet paid or failed (here the showroom, Sri Bhadra Bommala Angadi / SRI BHADRA BOMMALA ANGADI,
  the company's capitals, SRI BHADRA KONDAPALLI CRAFTS PVT LTD, or its short name, Sri Bhadra Crafts, as printed),
  whether the payee block stands above the sum, under it, under the status or on top of both (heldout243,
  heldout247, heldout251), never the UPI ID or the app, nor the *settled* (new here) Verified name line under the
  UPI ID (as heldout247's Banking name), nor the payer under Paid by / Sender (heldout239); a payment page's payee
  on top (here the showroom, its capitals, the company or its short name), never Customer name (heldout234) / Name
  on order (heldout249) / *settled* (new here) Your order / Order details (as heldout247's Order items), its
  online store line or the gateway's footer (*settled* (new here) Payments secured by Easebuzz | Easebuzz Pvt Ltd,
  Powered by Razorpay | Razorpay Software Pvt Ltd). *settled* (heldout167, heldout190, heldout202 to heldout251):
  a payer's payment advice pays the one it pays, never the payer on top; here Lepakshi's (the Andhra Pradesh
  Handicrafts Development Corporation's), a golu shop's, the e-shop's, the resort's, the gift house's or the
  learning aids maker's advice pays the company under *settled* (new here) Supplier / Payment to supplier /
  Beneficiary (supplier) / Party paid / Supplier credited (its full, capital or short name as printed), printed at
  the head of the body or at the head of the payment block, above the bills or under them, never the payer on top
  (and its name again in the e-mail's Thanks and regards line), its desk line, the *settled* (new here) Supplier
  code (as heldout210's Vendor code), Purchase order No. (as heldout243's PO No.), Goods receipt note No. (as
  heldout235's GRN No.), APHDC's Indent No. (as heldout243's Supply order No.) or Stock receipt No. (as
  heldout235's GRN No.), the bills listed (their numbers and days, heldout246), or the *settled* (new here)
  Supplier bank account (as heldout243's Vendor bank A/c), nor the e-mail's Dear Supplier / Namaste lines.
  *settled* (heldout155, heldout167, heldout190, heldout203 to heldout251): a bank's inward remittance advice pays
  the company under *settled* (new here) Exporter (beneficiary) / Beneficiary customer (field 59) / Account
  credited - exporter / In favour of, never the bank on top, its forex desk line, the remitter (Ordering customer
  (field 50) (heldout243) / *settled* (new here) Overseas buyer (remitter), the importer abroad), the *settled*
  (new here) Ordering institution (field 52A) / Remitter's bank (as heldout243's Remitting bank) or Intermediary
  institution (field 56A) (as heldout243's Intermediary bank (field 56)), printed above the beneficiary or under
  it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout251): the company's own receipt pays the
  trade name on top where that is on top, so *settled* (new here) the showroom's bills pay Sri Bhadra Bommala
  Angadi, the workshop's wholesale bill and visit receipt Sri Bhadra Bommala Karyashala and the depot's sawdust
  and firewood memos Sri Bhadra Poniki Wood Depot (capitals where so printed), and a receipt with the company on
  top the company, never the "A unit of" company line under it (heldout190), the party under Received from
  (heldout250) / *settled* (new here) Sold to / Customer's name, printed after the number and the day, the goods'
  line, the signature line (*settled* (new here) For <unit> - Manager / For <unit> - Counter in-charge, as
  heldout251's For <unit> - Authorised signatory), the *settled* (new here) Customer's signature line (as
  heldout251's Receiver's signature) or the rubber stamp (*settled* (new here) SRI BHADRA ANGADI, SRI BHADRA
  KARYASHALA, SRI BHADRA WOOD DEPOT); *settled* (new here) the depot's sawdust sold by the bag to an agarbatti
  maker and offcuts sold by the tonne to a brick kiln and the workshop's visit fee from a school alike (the depot,
  the workshop or the company on top, never the buyer, as heldout251's slurry and rubble); the accounts desk's
  e-mail pays the company on top (its full, capital or short name as printed, heldout219). A supplier's name on
  top of its own paper (capitals where so printed), never M/s the company under *settled* (new here) Buyer /
  Recipient (billed to) / Sold to (as heldout243's Details of receiver (billed to)), nor the workshop, the depot
  or the showroom under *settled* (new here) Ship to / Delivery at (as heldout243's Details of consignee (shipped
  to)), nor the Transporter (as heldout243's Dispatch through) or the Courier (heldout247), nor its rubber stamp
  (*settled* (new here) SRI L.N. TIMBER DEPOT, DECCAN ENAMEL COLOURS, RAJKOT HAND TOOLS, CHINTA GINJA TRADERS,
  SIVAKASI PRINTED CARTONS, as heldout251's short stamps). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout251): a corporate banking page pays the payee under *settled* (new here) Payee name (as per
  bank) / Paid to beneficiary / Beneficiary / payee / Name of beneficiary, printed in a summary block on top,
  under the references or above them, never the portal (yono BUSINESS, HDFC Bank ENet, Canara Bank Corporate
  Banking), the bank line, *settled* (new here) the Debited from line (as heldout243's Payer account), the User ID
  (heldout243), the Nickname (as heldout234's Beneficiary short name) or the Maker / Checker (heldout171).
  *settled* (heldout150, heldout161, heldout179, heldout203 to heldout251): a wage slip pays the worker, *settled*
  (new here) a carver under Carver's name / Kooli paid to (carver) and a painter under Painter's name / Rangula
  kooli paid to, printed first under the heading, never the company on top, the workshop's line under it, the Work
  (heldout243), the *settled* (new here) Colony / village (as heldout243's Mohalla / basti) or the Artisan card
  No. (heldout236, the artisan's identity card); RazorpayX's payout page the Contact / Payout to (heldout200),
  printed above the sum and the status or under them, never RazorpayX on top, the Payouts | <company> line under
  it, the *settled* (new here) Contact type, the Fund account (heldout201) or the Purpose; a transfer screen the
  payee under Sent to (heldout206) / Payment sent to (heldout246), above the sum or under it, never the UPI ID or
  the From / Debited from account. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout251): a fee
  page pays the authority on top as printed, *settled* (new here for NTR district) Kondapalli Municipality /
  KONDAPALLI MUNICIPALITY; Geographical Indications Registry / GEOGRAPHICAL INDICATIONS REGISTRY; Andhra Pradesh
  Forest Department / Forest Department, Government of Andhra Pradesh; Labour Department, Government of Andhra
  Pradesh / Commissioner of Labour, Andhra Pradesh; Employees' Provident Fund Organisation / EPFO (heldout247);
  Commercial Taxes Department, Andhra Pradesh / A.P. Commercial Taxes Department (the profession tax's CFMS page);
  Transport Department, Government of Andhra Pradesh / Transport Department, A.P.; Legal Metrology Department,
  Andhra Pradesh / Controller of Legal Metrology, A.P.; never the line under it (Commissioner & Director of
  Municipal Administration, A.P. | Trade licence renewal, Office of the Controller General of Patents, Designs &
  Trade Marks, Chennai | GI, Vijayawada Forest Division | Timber depot licence and transit permits, A.P. Shops and
  Establishments Act, 1988 | Registration renewal, Ministry of Labour & Employment, Government of India | ECR
  payment, Profession tax | CFMS e-challan, Citizen services | Quarterly tax - goods carriage, Verification and
  stamping of weights and measures), nor the *settled* (new here) Name of the establishment, Name of authorised
  user, Name of the licensee, Establishment name (heldout247), Name of employer, Registered owner (heldout237) or
  Name of the user. *settled* (heldout199, heldout202 to heldout251): an insurer's premium receipt pays the
  insurer on top (its full name, capitals where so printed; *settled* (new here) United India Insurance Co. Ltd's,
  National Insurance Co. Ltd's, HDFC ERGO General Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's,
  Tata AIG General Insurance Co. Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Universal Sompo General
  Insurance Co. Ltd's and Magma General Insurance Ltd's alike), never the product line, the office line or the
  insured (the company) under *settled* (new here) Insured name / Name of proposer / Policyholder (as heldout239's
  Insured). A slip's counter name line in capitals (here the house's own counters, SRI BHADRA BOMMALA ANGADI, SRI
  BHADRA KONDAPALLI CRAFTS and SRI BHADRA BOMMALA KARYASHALA, on four, a filling station on NH-65 at
  Ibrahimpatnam, a Chennai hotel, a Vijayawada paint and hardware shop and a Governorpet tiffin centre on the
  rest), never the terminal's bank or brand (STATE BANK OF INDIA, INDIANOIL, UNION BANK OF INDIA, HDFC BANK,
  CANARA BANK, MSWIPE, INDIAN BANK, PAYTM EDC) or the place line. A Bharat Connect page's biller under Biller
  (heldout239) or *settled* (new here) Biller name / Paid to biller / Operator (short or long as printed: APCPDCL
  / Andhra Pradesh Central Power Distribution Corporation Ltd, AP Fiber / Andhra Pradesh State FiberNet Ltd,
  Airtel Postpaid / Bharti Airtel Ltd, Tata Play / Tata Play Ltd, ICICI Bank FASTag / ICICI Bank Ltd, Indane Gas /
  Indian Oil Corporation Ltd), printed above the sum and the status or under them, never the app (here YONO SBI,
  PhonePe, Google Pay, CRED, Amazon Pay and MobiKwik), Bharat Connect or the Consumer name (as heldout247's) /
  *settled* (new here) Registered name (as heldout237's Account holder); *settled* (new here) APCPDCL's own online
  payment receipt the discom on top (APCPDCL, Andhra Pradesh Central Power Distribution Corporation Ltd or its
  capitals as printed, as heldout251's AVVNL), never the "A Government of Andhra Pradesh undertaking" line under
  it, the ERO (as heldout243's Sub division) or the Consumer name (as heldout243's Name). An SMS alert's payee as
  the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop), State Bank of
  India's UPI "trf to <payee> Refno <ref>" (heldout247), *settled* (new here) Andhra Pradesh Grameena Bank's
  "towards <way>, credited to <payee>.", Indian Bank's "through <way> to <payee>." and the Krishna District
  Co-operative Central Bank's "for <way> to <payee>.", and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Payee name / Beneficiary
  / Transferred to, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the status
  or under it, above the payee block or under it, with the status between them or the payee block between them
  (heldout239, heldout243, heldout247, heldout251); a payment page's sum in an Amount paid (heldout246) / Order
  total paid (heldout249) row above the status or under it. *settled* (heldout152, heldout186, heldout190,
  heldout202 to heldout251): a payer's advice counts its net sum, *settled* (new here) Net amount paid / Net
  transferred to supplier / Amount remitted (net), Amount withheld / Payment withheld on the hold (as heldout235's
  Amount on hold) and Returned unpaid by bank / Amount returned on the return (the bills with their GST @ 5% less
  TDS u/s 194Q @ 0.1% (heldout235) on the value before GST on the e-shop's, the resort's and the learning aids
  maker's, no TDS on the shops', or APHDC's *settled* (new here) Less: GST TDS u/s 51 - CGST @ 1% and Less: GST
  TDS u/s 51 - SGST @ 1% (the State's 2% split in two on the value before GST, as heldout251's RAJSICO's), and
  *settled* (new here) a Less: Broken in transit - n pcs, a Less: Colour peeled - n pcs @ rate (a rework charge)
  or a Less: Short supply - n pcs / sets (as heldout243's Shortage on receipt and Transit damage) or a Less:
  Prompt payment discount @ 2% (as heldout246's Less: Cash discount @ 1.5%)), printed in the payment block above
  the bills or under them, never a bill's sum, the *settled* (new here) Total of bills / Invoice value total (as
  heldout243's Total of invoices), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203
  to heldout251): an inward wire's foreign sum, Instructed amount (field 33B) (heldout244) / FCY amount
  (heldout242) / *settled* (new here) Amount in foreign currency, or *settled* (new here) the bare sum on an
  Amount remitted row under a Currency row that names the currency (Currency: JPY - Japanese yen and Amount
  remitted: 2,030,000 is 2030000.00 yen; Currency: OMR - Omani rial and Amount remitted: 2,292.440 is 2292.44
  rials), in US dollars and euros (heldout152's marks), euros the German way (dots between the thousands, a
  decimal comma, EUR after the sum: 16.760,14 EUR is 16760.14, heldout242), Canadian dollars (CAD, C$,
  heldout244), Australian dollars (AUD, A$, heldout202), yen (whole, JPY or the yen sign before the sum: JPY
  2,030,000 is 2030000.00, heldout244), New Zealand dollars (NZD, NZ$, heldout215), Omani rials (OMR or RO before
  the sum, three decimals: OMR 2,292.440 is 2292.44, heldout242) and Swedish kronor (SEK before or after the sum,
  spaces between the thousands and a decimal comma on some: 295 050,00 SEK is 295050.00, heldout240), never the
  INR equivalent (heldout239), the Less: Commission and GST (heldout241) or the Net INR credited (heldout239),
  grouped in lakhs or not; its Exchange rate (1 EUR = INR 96.3; 100 JPY = INR 58.6281, heldout240; indicative on
  the held one) is no sum, and a wire sent back prints no rupee line (heldout242). *settled* (heldout175,
  heldout179, heldout190, heldout203 to heldout251): a receipt counts the sum received even where it is part of
  the order, Cash received (heldout242) / *settled* (new here) Paid in cash / UPI received (QR scan) / By UPI /
  Paid by card / Card payment / Cheque received for / By cheque / Advance received by NEFT / Advance against
  order, with the sum in words under it, never the *settled* (new here) Order amount / Value of the order (as
  heldout247's Order value) where less was received, the goods' line, the pieces, sets, dozens, students, bags or
  tonnes, the *settled* (new here) Less: Festival discount @ 10% (as heldout243's Less: Discount @ 5%), the CGST
  and SGST @ 2.5% or 9%, the Round off or the *settled* (new here) Balance payable on delivery (as heldout221's
  Balance due on delivery); *settled* (new here) the Total / Bill amount / Grand total (the rounded bill with its
  GST) is the same sum where the whole bill was paid, and the depot's sawdust by the bag and firewood by the tonne
  and the workshop's visit fee per student (the count x rate with CGST and SGST) count theirs, received in full; a
  sum with /- after it (Rs.52,408/- is 52408.00, heldout251) is the whole sum. *settled* (heldout187, heldout191,
  heldout202 to heldout251): a supplier's invoice counts the sum paid, where an advance is taken off (*settled*
  (new here) Less: Advance paid on order, as heldout235's Less: Advance paid with order) the *settled* (new here)
  Balance paid by NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q by
  buyer, as heldout247's Less: TDS u/s 194Q deducted by buyer) the *settled* (new here) Net received by NEFT /
  RTGS, else *settled* (new here) Amount received by NEFT / RTGS / Paid through UPI / UPI payment received (the
  rounded Invoice total with GST), or *settled* (new here) the Cheque received for / Paid by cheque (as
  heldout250's Cheque for / Paid by cheque), never the Taxable amount (heldout251), a line or the GST. A banking
  page's *settled* (new here) Transfer amount (INR) / Amount debited / Payment amount, printed in the summary
  block or among the details, never the *settled* (new here) Balance after debit (as heldout243's Available
  balance after txn). *settled* (heldout167, heldout202 to heldout251): a wage slip's net sum, *settled* (new
  here) Net kooli paid / Amount paid to carver / Net amount paid to painter / Net rangula kooli (the pieces or
  dozens x rate, plus *settled* (new here) Add: Fine face work extra / Add: Festival rush allowance, less
  *settled* (new here) Less: Cracked pieces - n @ rate / Less: Appu (advance) recovered (as heldout243's Less:
  Pieces rejected at QC and Less: Kharchi (advance) recovered)), never the *settled* (new here) Gross kooli /
  Total before cuts (as heldout243's Gross wages), the line or a deduction; RazorpayX's and a screen's sum large.
  *settled* (new here): Kondapalli Municipality's Total amount paid / Amount remitted (the Trade licence fee
  2026-27 with the Advertisement board fee and the Penalty for late renewal where printed), never a head; the GI
  Registry's Total fee paid / Amount paid (the Authorised user renewal fee); the Forest Department's Amount
  payable / Total fee due on the failed page (the Timber depot licence renewal fee 2026-27 and the Transit permit
  fee - n cft), never a head; the Labour Department's Fee paid / Total fee remitted (the Renewal fee 2026-27 and a
  Late fee where printed), never a head; EPFO's Total remitted / Challan total (A/c No. 1, 2, 10 and 21,
  heldout247), never one account's; the profession tax's Challan amount / Amount to be paid on the page not yet
  confirmed (the Profession tax deducted from salaries and the Enrolment tax 2026-27 where printed), never a head;
  the Transport Department's Tax paid / Total tax (the Quarterly tax - goods carriage and the Road safety cess),
  never a head; Legal Metrology's Total fee paid / Fee remitted (the platform scale's and the counter scales'
  verification fees and a Late fee where printed), never one fee. *settled* (heldout199, heldout202 to
  heldout251): an insurer's premium with its GST, *settled* (new here) Total premium (incl. taxes) / Premium
  collected / Amount received towards premium, the Cheque amount (heldout211) or *settled* (new here) Amount of
  cheque on the cheque not yet cleared, *settled* (new here) Total premium payable / Amount to be paid on the
  failed one, never the Net premium (heldout247) or the *settled* (new here) Basic premium (as heldout239's
  Premium before tax), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the OD premium or TP premium
  (heldout243), nor the IDV (heldout235) or the *settled* (new here) Sum insured - shed, wood and toy stock, Sum
  insured - showroom stock, Sum insured - consignment, Members covered, Capital sum insured per person and
  Persons, Sum insured - exhibits or Cash in transit limit (as heldout247's sums insured, lives and limit). A
  slip's *settled* (new here) AMOUNT: / SALE AMOUNT: / TOTAL (INR): / NET AMOUNT:, printed above the card or under
  the references, never the PRICE/LTR: (heldout250) or the *settled* (new here) VOLUME(L): (as heldout243's
  QTY(L):) or XTRAREWARDS PTS: (as heldout243's DRIVETRACK PTS:). A Bharat Connect page's sum large, never the
  Amount after due date (heldout250); APCPDCL's *settled* (new here) Amount paid / Paid amount (the Bill amount
  above it is the same sum). An alert's sum debited (State Bank of India's UPI "debited by x", heldout247's: no
  mark, no grouping, one decimal where the paise end in nought, so debited by 2235.0 is 2235.00; *settled* (new
  here) Andhra Pradesh Grameena Bank's "debited for INR x", Indian Bank's "debited by Rs.x", the Krishna District
  Co-operative Central Bank's "Rs.x debited", the failed and pending transfers' "<way> txn of Rs.x"; the e-mail's
  *settled* (new here) Debit amount / Amount), never the *settled* (new here) Clear Bal / Avl Bal / Bal line or
  the e-mail's Available balance (as heldout243's Ledger balance). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid successfully / Money reached the shop / Completed
  successes, Pending - waiting for your bank to confirm, do not retry pending, Declined - wrong UPI PIN entered
  failed; a payment page's Payment successful - thank you for your order, Order placed - payment received and
  Success - your toys ship within 3 working days successes. *settled* (new here): a payer's Payment processed -
  amount sent to your bank account / Status: Remitted successes, On hold - toys under quality check at our
  warehouse pending (a payer's hold, as heldout247's Payment parked), Returned by your bank - account number and
  IFSC do not match failed, printed under the heading or at the end of the payment block. *settled* (new here): an
  inward advice's Proceeds credited - eBRC will be generated on DGFT / Status: Credited to exporter successes,
  Held for documents - purpose of remittance not confirmed, funds not credited pending, Remitted back -
  beneficiary name does not match our records failed, printed under the heading or at the foot. *settled*
  (heldout167, heldout179, heldout190, heldout203 to heldout251): a cheque received and not yet cleared pending, a
  cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - SET DELIVERED ON CLEARANCE and CHEQUE SENT FOR
  CLEARING - RECEIPT SUBJECT TO REALISATION pending, CHEQUE RETURNED UNPAID - MEMO CANCELLED and CHEQUE RETURNED -
  PAYMENT STOPPED BY DRAWER failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled* (new
  here) PAID - TOYS PACKED FOR TRAVEL, PAID - GOLU SET HANDED OVER AT THE COUNTER, PAID - DOZENS COUNTED AND
  HANDED OVER, PAID - SAWDUST BAGS LIFTED BY THE BUYER, PAID - VISIT AND DEMONSTRATION DONE, ADVANCE RECEIVED -
  CARVING OF YOUR SET HAS STARTED (as heldout247's ADVANCE RECEIVED - ORDER PUT ON THE LOOM), PAYMENT RECEIVED IN
  FULL, NO DUES, CREDITED BY NEFT / RTGS / UPI (as heldout247's RECEIVED BY NEFT / RTGS / UPI), PAID - PIECES
  COUNTED INTO STOCK and PAID - ENTERED IN KOOLI REGISTER. *settled* (new here): a banking page's Transaction
  successful - amount credited to payee / Status: Executed - UTR received successes, Pending for authorisation -
  checker yet to approve pending (keyed, not yet authorised, as heldout247's Pending authorisation), Rejected by
  beneficiary bank - account frozen, debit reversed failed (whatever the reversal), printed under the heading, in
  the summary block or at the foot; RazorpayX's Processed - credited to the contact's account / Payout processed
  successes (as heldout202's Processed), Pending - the beneficiary bank has not responded yet pending, Reversed -
  the contact's bank account is closed failed (whatever the reversal, as heldout202's Reversed); a transfer
  screen's Paid / Money sent successfully / Transfer complete successes; a fee page's Paid - receipt generated,
  Payment received - certificate will be e-mailed and Success - fee credited to the Government account successes,
  the profession tax's Challan pending - CFMS awaiting bank scroll, do not pay again pending (as heldout251's
  e-GRAS challan awaiting the bank), the Forest Department's Payment failed - challan not generated, the fee is
  still due failed, printed under the authority's line or at the foot; an insurer's Payment received - your policy
  is active / Premium accounted - policy schedule e-mailed successes, CHEQUE ACCEPTED - COVER SUBJECT TO CLEARANCE
  OF CHEQUE pending (as heldout247's CHEQUE RECEIVED - POLICY ISSUED ON REALISATION), Payment declined by bank -
  premium not paid, proposal lapses in 7 days failed, printed under the heading or under the sum; a slip's
  APPROVED successes (heldout210), as are *settled* (new here) TXN APPROVED and APPROVED - SIGNATURE NOT REQUIRED,
  *settled* (new here) DECLINED - 51 INSUFFICIENT FUNDS failed, TIMED OUT - AWAITING HOST, DO NOT SWIPE AGAIN
  pending (as heldout247's HOST TIMEOUT - STATUS UNKNOWN, DO NOT RETRY); a Bharat Connect page's *settled* (new
  here) Bill paid - confirmation received from biller / Payment successful - receipt sent by SMS successes, In
  progress - waiting for biller confirmation, do not retry pending, Payment failed - debit reversed to your
  account if deducted failed (the payment failed, whatever the reversal), APCPDCL's *settled* (new here) Payment
  successful - reflects in your account within 24 hours / Received - thank you for paying your bill successes
  (printed under the head or at the foot); *settled* (new here) an SMS that says the transfer "has failed. The
  amount is reversed to your account." failed (whatever the reversal), one that "is pending at the beneficiary
  bank. Do not initiate it again." pending, a debit alert a success, whatever its bank's wording (State Bank of
  India's UPI "Dear UPI user A/C X1234 debited by x on date 14Mar26 trf to <payee> Refno <ref>." (heldout247),
  Andhra Pradesh Grameena Bank's "APGB: Your CA XX1234 is debited for INR x on <day> towards <way>, credited to
  <payee>.", Indian Bank's "Your A/c *1234 is debited by Rs.x on <day> through <way> to <payee>.", the Krishna
  District Co-operative Central Bank's "KDCCB: Rs.x debited from your CA ...1234 on <day> for <way> to <payee>.");
  the e-mail's *settled* (new here) Status: Successful / Transaction completed - account debited successes.
* date: the day paid (a UPI screen's Paid on (heldout246) / *settled* (new here) Completed on / Txn time,
  *settled* (new here) Attempted on / Started at on one not yet paid or failed, printed first under the rule or
  after the references, or the day and the hour with no label under the status (heldout251); a payment page's Paid
  on (heldout246) / Date & time (heldout247) / *settled* (new here) Payment date, printed first under the rule or
  after the references; a payer's *settled* (new here) Date of payment / Value date / Remitted on, the held one's
  *settled* (new here) Hold placed on / Withheld on and the returned one's *settled* (new here) Bank return date /
  Returned on (heldout234); an inward advice's *settled* (new here) Credit date / Date of realisation / Value date
  (field 32A), Received on / Held since on the held one and Date of return (heldout246) / *settled* (new here)
  Sent back on on the returned one, printed first, after the sums or after the references (in capitals on some); a
  receipt's, invoice's or wage slip's *settled* (new here) Date of bill / Sale date / Dated / Receipt dt. / Bill
  dt., Invoice date (heldout243), Date (heldout247) / *settled* (new here) Paid on / Dt., *settled* (new here) the
  day after the number on one Invoice row (SLT/26-27/7177 dated 18/09/2026, as heldout251's Invoice No. & date
  row), the accounts desk's *settled* (new here) Received on / Date of credit, printed above the number or under
  it; a banking page's *settled* (new here) Executed on / Txn date / Date of transfer, Created on (heldout247) /
  *settled* (new here) Submitted on on the one awaiting its checker and *settled* (new here) Rejected on /
  Reversed on on the rejected one, printed under the heading or at the foot; RazorpayX's *settled* (new here)
  Processed at / Payout date, Created at / Queued on on the one pending and Reversed at / Failed at on the
  reversed one; a transfer screen's *settled* (new here) Completed on / Date and time / Sent on; a fee page's
  *settled* (new here) Payment date / Paid on / Date of payment / Receipt generated on, the profession tax's
  *settled* (new here) Challan created on / Initiated on on the page not yet confirmed and the Forest Department's
  *settled* (new here) Attempted on / Transaction date on the failed one; an insurer's *settled* (new here)
  Receipt dt. / Date of receipt / Premium paid on, Cheque deposited on (heldout235) / *settled* (new here) Date of
  cheque receipt on the cheque not yet cleared and Attempted on / Transaction date on the failed one; a slip's
  DATE: (with TIME:) or *settled* (new here) DATE/TIME: (the day and the hour on one row) / TRAN DATE: (with TRAN
  TIME:), printed at the top or under the sum; a Bharat Connect page's Paid on / Date & time (heldout247) /
  *settled* (new here) Payment time / Transaction date and time (Date & time alone on a bill not paid,
  heldout235); APCPDCL's *settled* (new here) Payment date / Date of payment; the SMS's day and its divider's
  (State Bank of India's "on date 14Mar26" is 2026-03-14); the e-mail alert's *settled* (new here) Txn date / Date
  / Value date). Days printed with the day and the month without zeros (9-3-2026, 9/3/2026) are day first
  (heldout251). *settled*: never a Bill month (heldout167), a Due date, a Cheque dated (heldout243), a Policy
  period (heldout231: 25-08-2026 to 24-08-2027), an invoice number's or a slip number's financial year or an
  e-mail's hour; never a Shipping bill date (heldout167) or the day inside a UTR (heldout210); never a Bharat
  Connect page's *settled* (new here) Bill generated on (as heldout239's Bill date) or Billing period (as
  heldout243's Bill period), the day of a bill listed on an advice (heldout246), EPFO's Wage month (heldout247),
  the profession tax's *settled* (new here) Tax period (as heldout250's Return period), or the year of a head
  (Trade licence fee 2026-27, Timber depot licence renewal fee 2026-27, Renewal fee 2026-27, Enrolment tax
  2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS
  / IMPS, RazorpayX's and a wage slip's IMPS (as heldout247's RazorpayX's), a Bharat Connect bill from a Current
  A/c (here in YONO SBI), a payment page's net banking, a fee, a premium or APCPDCL paid by Net banking, an e-mail
  alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an
  invoice's, RazorpayX's, a transfer screen's, a fee's, a premium's or a bill's UPI and State Bank of India's UPI
  alert; card on slips, a payment page's card, a receipt's Card (POS), a fee, a premium or APCPDCL paid by Debit
  card; cheque for a cheque received, deposited or returned and a premium paid by Cheque; cash for a cash bill or
  a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout251): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI Ref, RRN, RRN No., UPI RRN, UPI
  transaction ID, UPI Reference No., UPI Ref ID, Bank RRN (heldout250), NEFT UTR, NEFT UTR No., UTR No. (NEFT),
  RTGS UTR, RTGS UTR No., UTR No. (RTGS), IMPS RRN, IMPS ref. No., *settled* (new here) Easebuzz's UPI ref. No.
  and Razorpay's UPI RRN on a UPI payment, a slip's RRN: / REF NO:, an SMS's Refno (heldout247) / UTR / IMPS Ref
  No), then a bank reference (an inward advice's *settled* (new here) FIRC No. / Inward remittance ref. / IRM ref.
  No. (as heldout247's Inward ref. No.), a banking page's *settled* (new here) Reference No. / Txn reference No.
  (as heldout243's Bank txn ref.), printed above the payee or under it, a payment page's Bank ref. No. on net
  banking, a fee page's Bank ref. No., an insurer's Bank txn No. (heldout247), a Bharat Connect page's *settled*
  (new here) Bharat Connect ref. ID / BBPS transaction ref. / B-Connect txn ID (as heldout243's BBPS txn ref.)),
  then a transaction / payment id (Easebuzz's Easebuzz ID (heldout246) and Razorpay's Payment ID (pay_...,
  heldout247), the UPI apps' own Transaction ID (PhonePe's), Google transaction ID, *settled* (new here) Vyom txn
  ref., Paytm txn ID, MobiKwik txn ID and ai1 txn ID and YONO txn ref. (heldout247) (the app's own id, whatever
  its name, heldout235), RazorpayX's Payout ID (pout_..., heldout247), a fee page's Transaction ID (heldout234) /
  Transaction No., EPFO's TRRN (heldout247), *settled* (new here) the GI Registry's Payment ref. No., the Forest
  Department's Transaction ref. and the CFMS challan No. (as heldout247's e-GRAS GRN), an insurer's *settled* (new
  here) Online payment ref., APCPDCL's *settled* (new here) Transaction ref. No. (as heldout247's KEDL Gateway
  ref. No.), a failed Bharat Connect page's *settled* (new here) Txn ID (as heldout243's Transaction ID)), then an
  approval code (Auth code, Approval code, a slip's APPROVAL CODE: / AUTH NO: (heldout247)), then an order's
  number (Easebuzz's *settled* (new here) Order No. and Razorpay's Order ID (order_..., heldout247), RazorpayX's
  Reference ID (heldout247)), then a document's own number (a payer's *settled* (new here) Payment advice No. /
  Voucher No. / Payment document No., *settled* (new here) Cash memo No. / Sale bill No. / Wholesale bill No. /
  Trade memo No. / Visit receipt No. / Sawdust receipt No. / By-product memo No. / Firewood memo No. / Waste sale
  bill No. / Money receipt No. / Receipt ref. on a receipt, Bill No. / Invoice No. / *settled* (new here) GST
  invoice No. on an invoice and the number before "dated" on one Invoice row, *settled* (new here) Chitti No. /
  Wage slip No. on a wage slip, a fee page's Receipt No. and the GI Registry's CBR No. (heldout246), an insurer's
  Receipt No. / Premium receipt No., APCPDCL's Receipt No., a slip's INVOICE NO: / BILL NO:). *settled*: never a
  UETR, a MID: / TID:, BATCH: / STAN: (heldout202), a card, account or mobile number, a UPI ID or VPA, IFSC,
  GSTIN, an IEC, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill No.
  (heldout167), an E-way bill No., a Transit permit No. (heldout236), a *settled* (new here) Lorry receipt No. (as
  heldout235's LR No.), a Docket No. (heldout247), a *settled* (new here) Weighbridge ticket No. (as heldout251's
  Dharam kanta slip No.), a Vehicle No. (heldout205) (so never a Registration No. on the Transport Department's or
  an insurer's page, a Bharat Connect page's Vehicle No. or a slip's VEHICLE NO:), a *settled* (new here) Your
  order ref. / Purchase order No. / Indent No. (as heldout243's PO No.), a Supplier code (as heldout210's Vendor
  code), a Goods receipt note No. or Stock receipt No. (as heldout235's GRN No.), the number or the day of a bill
  listed on an advice (heldout246), a *settled* (new here) Sender's reference (field 20) (as heldout243's Sender's
  ref. (field 20)), the Maker / Checker (heldout171), the User ID (heldout243), a Nickname (as heldout234's
  Beneficiary short name), RazorpayX's Fund account (heldout201) or Contact type, an Artisan card No.
  (heldout236), a Trade licence No. (heldout236), an *settled* (new here) Authorised user registration No., Depot
  licence No. or Registration No. on a fee page (as heldout231's Licence No.), an Establishment ID (heldout247), a
  *settled* (new here) PTEC / PTRC No., a Policy No. / Proposal No. / Cover note No. (heldout246), a Bharat
  Connect page's Bill No. (heldout246), a consumer number (here USC No., Customer ID, Mobile No., Subscriber ID,
  LPG ID), or a slip's ROOM NO: (heldout203) / GUEST: (heldout250) / KOT NO: (heldout247) / NOZZLE NO:
  (heldout247) / CUST MOB: (heldout251).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout254_families import (
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

SPLIT = "heldout254"

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


def make_heldout254_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout254 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout252: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Chanderi handloom house's day in 2026 in Ashoknagar district, Madhya Pradesh
(Tanabana Chanderi Handlooms Pvt Ltd, its loom shed in the weavers' village of Pranpur, Tanabana Kargha Shala,
where the pit and jacquard looms weave the silk-warp, cotton-weft Chanderi sarees, the tissue bridal sarees,
the dupattas and the 44 inch fabric than sold by the metre, the weavers are paid by the saree and the women
who wind the weft on pirns at home by the kilo, and the silk and cotton waste (katran) is sold by the kilo to
a Panipat recycler, its dye house on Rajghat Road, Tanabana Rangai Kendra, which dyes the house's own silk and
cotton yarn and, as job work by the kilo, the yarn of other master weavers and of the weavers' society, and
its showroom by the Delhi Darwaza, Tanabana Chanderi Saree Emporium, where the tourists, the wedding families
and the boutiques buy), told by the proofs of payment it receives (tourists', wedding families', a temple
committee's and boutiques' UPI screens and the web shop's Razorpay and Instamojo pages, a Delhi boutique
chain's, the M.P. Hastshilp Evam Hathkargha Vikas Nigam's (its Mrignayani emporia), a Mumbai designer's, a
Bengaluru handloom marketplace's, a Kolkata saree shop's, a Hyderabad wholesaler's, a Chennai gallery's and a
Gwalior cloth shop's payment advices, handloom importers' inward wires from New Jersey, London, Paris,
Brampton, Sydney, Kyoto, Auckland and Muscat in US dollars, pounds, euros, Canadian dollars, Australian
dollars, yen, New Zealand dollars and Omani rials, the emporium's memos to a tourist staying at the Tana Bana
hotel, a Shivpuri wedding family and a Gwalior family, the loom shed's fabric bill by the metre to an Indore
boutique and its katran memo by the kilo to a Panipat recycler, the dye house's job work bills by the kilo to
a master weaver and the weavers' society, the accounts desk's acknowledgement of a Bengaluru bride's family's
advance, cards on the emporium's, the company's and the loom shed's terminals) and those it makes (the
Ramanagara silk twister's, the Coimbatore cotton spinner's, the Surat zari maker's, the Vatva dye maker's and
the Varanasi loom store's tax invoices, the net-banking transfers to the carrier, the naksha designer, the
emporium's landlord, the chartered accountants, the solar plant's mechanic, the warp sizer, the catalogue
photographer and the courier, the weavers' and pirn winders' wage slips, Paytm payouts to a warper and a dye
house hand and a Google Pay and a YONO SBI payment to a weaver and the loom fitter, the India Handloom Brand
renewal, Nagar Palika Parishad Chanderi's trade licence, the Pollution Control Board's consent fee for the dye
house, the professional tax through MP Cyber Treasury, EPFO's monthly ECR, the Labour Welfare Board's
half-yearly contribution, the District Trade and Industries Centre's plot rent and the Legal Metrology
Department's verification of the yarn scales, the insurers' premium receipts for the looms and stock, the
emporium's stock, the export cargo, the staff's health, the workers' compensation, the delivery van, the dye
house against fire and the wage cash, its card at a filling station on the Ashoknagar road, a Bhopal hotel in
the handloom expo week, a Lalitpur loom spares shop and a Chanderi eating house, MPCZ's power and the fibre,
postpaid, DTH, water and cooking gas bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, CRED, YONO SBI, Vyom) paying the emporium or
  the company in one of three layouts (the payee's badge, the payee block, the sum and the status; the status,
  the sum and a Paid to / Payee details block of rows after the rule; the sum, the status and the payee
  block), the hour and the day with no label under the status on some (06:35 am | 02-07-2026), else under its
  label first among the details or after the references, and two of the web shop's payment pages (Razorpay,
  Instamojo), the sum large or in a Total paid / Payment amount row above the status or under it, the buyer
  and the order under the rule or at the end, the day first after the rule or after the references.
* ``buyer_advices``: the boutiques', the Nigam's, the designer's, the marketplace's, the saree shop's, the
  wholesaler's, the gallery's and the cloth shop's PAYMENT ADVICE - HANDLOOM PURCHASES / Remittance intimation
  to supplier / SUPPLIER PAYMENT ADVICE (SAREES AND FABRIC) (a letter e-mail with Dear Sir, printed, supplier
  portal), the status under the heading or at the end of the payment block, the payee at the head of the body
  or of the payment block, the bills (dated on some) above the payment block or under it; the Nigam's GST TDS
  u/s 51 split into CGST 1% and SGST 1%.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF INWARD REMITTANCE - EXPORT RECEIPT /
  Inward foreign remittance - credit advice / e-FIRC - inward remittance intimation; browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the references, or run
  together with the code and the sum on one Field 32A (value date / currency / amount) row as SWIFT writes it
  on some credited ones (260611USD13986,36), the beneficiary's block above the remitter's or under it; euros
  grouped by dots with a decimal comma on some (EUR 20.979,67), yen whole, Omani rials with three decimals (RO
  8,512.780), CAD / C$, AUD / A$, NZD / NZ$; the rupee lines (Indian grouping) only on the credited ones, the
  rate per 100 yen on the yen, marked indicative on the held one.
* ``own_receipts``: the emporium's CASH MEMO / TAX INVOICE - CHANDERI SAREES / SALE BILL - HANDLOOM SAREES AND
  DUPATTAS, the loom shed's FABRIC SALE BILL - BY THE METRE / THAN SALE CHALLAN CUM INVOICE and WASTE YARN
  (KATRAN) SALE MEMO - BY KG / YARN WASTE DISPOSAL RECEIPT, the dye house's YARN DYEING JOB WORK BILL - PER KG
  / RANGAI MAJDOORI BILL (JOB WORK) (paper, rubber stamp, the signature and the party's lines; the dye lots'
  shade and lot numbers; the fabric's transporter and GR No.; sums with /- after them on some), the number and
  the day in either order above the party, and the accounts desk's Advance received - thank you e-mail (an
  advance, IGST).
* ``supplier_invoices``: the silk, cotton yarn, zari, dye and loom store suppliers' TAX INVOICE (ORIGINAL FOR
  BUYER) / GST INVOICE / TAX INVOICE - PAYMENT ACKNOWLEDGED with the payment block (an advance or the buyer's
  TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on one Bill No. / Date row
  (<number> dt. <day>) on some, else in either order; a transporter's GR No. or a courier's Docket No.; sums
  with /- after them on some.
* ``vendor_transfers``: corporate net banking's pages (yono BUSINESS, HDFC Bank ENet, Cent Corporate Net
  Banking) in three layouts (the day under the heading and the status on a Transaction status row among the
  details; the status under the heading and the day at the foot; the day under the heading and the status at
  the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed BUNAI MAJDOORI PARCHI - PRATI SAREE / WEAVING WAGES - PER SAREE / NARI BHARAI
  MAJDOORI - GHAR KAAM (PER KG) / PIRN WINDING WAGES - HOME WORK, the payee first; Paytm's payout pages, the
  payee above the sum and the status or under them; a Google Pay screen and a YONO SBI IMPS transfer.
* ``govt_fees``: the India Handloom Brand renewal, Nagar Palika Parishad Chanderi's trade licence
  (e-Nagarpalika), the Pollution Control Board's consent fee (XGN), the professional tax (MP Cyber Treasury),
  EPFO's ECR payment, the Labour Welfare Board's contribution, the District Trade and Industries Centre's plot
  rent and the Legal Metrology Department's verification fee (browser), the status under the authority's line
  or at the foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT CUM TAX INVOICE / Receipt of premium / PREMIUM
  ACKNOWLEDGEMENT (INSURED'S COPY) (Premium payment failed / PAYMENT NOT RECEIVED - PREMIUM on the failed one;
  browser, e-mail, printed at the branch), the status under the heading or under the sum; a Period of cover
  with its first and last days on some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE/TIME: on one row,
  TRAN DATE: and TRAN TIME:, or DATE: and TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in YONO SBI and other apps (PhonePe, CRED, Google Pay, Paytm, MobiKwik),
  the biller's block above the sum and the status or under them, and MPCZ's own quick-pay receipt, the status
  under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (State Bank of India's UPI, Central Bank
  of India, Bank of India, Madhya Pradesh Gramin Bank) in a messages app and two e-mail debit alerts (HDFC
  Bank, IndusInd Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout251's and heldout250's.

Truth conventions (heldout251's, heldout250's, heldout247's, heldout246's, heldout243's, heldout242's,
heldout239's, heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's,
heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's,
heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept
where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Merchant / Payee (heldout242), Amount sent to (heldout243), Payee shop (heldout247), Payment
  received by / Money transferred to / Paid to store / You paid to (heldout251), *settled* (new here) Amount
  credited to / Merchant (payee) / Paid towards / Your payment to, and Paying merchant (heldout251) /
  *settled* (new here) Payment attempted to / Sending money to on one not yet paid or failed (here the
  emporium, Tanabana Chanderi Saree Emporium / TANABANA CHANDERI SAREE EMPORIUM, the company's capitals,
  TANABANA CHANDERI HANDLOOMS PVT LTD, or its short name, Tanabana Chanderi, as printed), whether the payee
  block stands on top of the sum and the status or under both (heldout243, heldout247) or *settled* (new here)
  the payee stands in a row of a Paid to / Payee details block after the rule, never the UPI ID or the app,
  the payee's initials in the app's round badge (TC), the Registered as line (heldout251) or *settled* (new
  here) the Registered name / KYC name line under the UPI ID or among the rows, nor the payer under Paid by /
  Sender (heldout239), From (heldout247) or Payer (heldout251); a payment page's payee on top (here the
  emporium, its capitals, the company or its short name), never Customer name (heldout234) / Billed to
  (heldout239) / Buyer's name / Ship to (heldout251) or *settled* (new here) Name of buyer / Shipping to /
  Products purchased / Order details, its Payment receipt / Receipt for your purchase line, or the gateway's
  footer (*settled* (new here) Powered by Razorpay | Razorpay Software Pvt Ltd, Payments by Instamojo |
  Instamojo Technologies Pvt Ltd). *settled* (heldout167, heldout190, heldout202 to heldout251): a payer's
  payment advice pays the one it pays, never the payer on top; here a boutique's, the Nigam's, the designer's,
  the marketplace's, the saree shop's, the wholesaler's, the gallery's or the cloth shop's advice pays the
  company under *settled* (new here) Supplier / Paid to supplier / Payment in favour of / Beneficiary
  (supplier) / Supplier credited (its full, capital or short name as printed), printed at the head of the body
  or at the head of the payment block, above the bills or under them, never the payer on top (and its name
  again in the e-mail's Thanks and regards line), its desk line, the *settled* (new here) Supplier code (as
  heldout210's Vendor code), Purchase order No. (as heldout239's PO No.), Goods receipt No. (as heldout235's
  GRN No.) or the Nigam's Indent No. (as heldout243's Supply order No.), the bills listed (their numbers and
  days, heldout246), or the *settled* (new here) Supplier bank A/c (as heldout243's Vendor bank A/c), nor the
  letter's Dear Sir lines. *settled* (heldout155, heldout167, heldout190, heldout203 to heldout251): a bank's
  inward remittance advice pays the company under *settled* (new here) Beneficiary customer (59) / Exporter
  name / In favour of (exporter) / Beneficiary, never the bank on top, its forex desk line, the remitter
  (*settled* (new here) Ordering party (50K) / Overseas buyer, the importer abroad, as heldout243's Ordering
  customer (field 50)), the *settled* (new here) Ordering institution (52A) / Sender's bank (as heldout243's
  Remitting bank) or the Intermediary institution (56A) (as heldout243's Intermediary bank (field 56)),
  printed above the beneficiary or under it. *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout251): the company's own receipt pays the trade name on top where that is on top, so *settled* (new
  here) the emporium's memos pay Tanabana Chanderi Saree Emporium, the loom shed's fabric and katran bills
  Tanabana Kargha Shala and the dye house's job work bills Tanabana Rangai Kendra (capitals where so printed),
  and a receipt with the company on top the company, never the "A unit of" company line under it (heldout190),
  the party under *settled* (new here) Sold to / Name of customer / Purchaser's name / Job work for, printed
  after the number and the day, the goods' or the job's line, the signature line (*settled* (new here) For
  <unit> - Counter in-charge / For <unit> - Manager / For <unit> - Accounts, also where the company is on top,
  as heldout243's For <unit> - Accountant), the *settled* (new here) Customer's signature / Party's signature
  line (as heldout251's Receiver's signature) or the rubber stamp (*settled* (new here) TANABANA EMPORIUM,
  TANABANA KARGHA SHALA, TANABANA RANGAI); *settled* (new here) the dye house's bill for yarn dyed by the kilo
  as job work for another weaver pays the dye house (a service it sold, as heldout250's chamber's ripening
  charges received from a trader), and the loom shed's katran sold by the kilo to a recycler pays the loom
  shed (the loom shed or the company on top, never the buyer, as heldout247's yarn waste); the accounts desk's
  e-mail pays the company on top (its full, capital or short name as printed, heldout219). A supplier's name
  on top of its own paper (capitals where so printed), never M/s the company under Bill to (heldout243),
  Billed to / Name of recipient (heldout250) or *settled* (new here) Name of buyer / Recipient (billed to),
  nor the loom shed or the dye house under *settled* (new here) Shipped to / Consignee (place of supply) (as
  heldout243's Details of consignee (shipped to)), nor the Transporter (as heldout243's Dispatch through) or
  the Courier (heldout247). *settled* (heldout179, heldout202, heldout203, heldout207 to heldout251): a
  corporate banking page pays the payee under *settled* (new here) Beneficiary / Name of beneficiary / To
  beneficiary / Payee name, printed under the references or above them, never the portal (yono BUSINESS, HDFC
  Bank ENet, Cent Corporate Net Banking), the bank line, *settled* (new here) the From account (as
  heldout243's Payer account), the Corporate user ID (as heldout243's User ID), the Short name (as
  heldout234's Beneficiary short name) or the Maker / Checker (heldout171). *settled* (heldout150, heldout161,
  heldout179, heldout203 to heldout251): a wage slip pays the worker, *settled* (new here) a weaver under
  Bunkar (weaver) / Weaving wages paid to and a pirn winder under Name of winder / Bharai paid to, printed
  first under the heading, never the company on top, the loom shed's line under it, the *settled* (new here)
  Work type (as heldout243's Work), Mohalla / gaon (as heldout243's Mohalla / basti) or Weaver ID card No.
  (the weaver's identity card, as heldout251's Pehchan card No.); *settled* (new here) Paytm's payout page the
  Payee name / Transferred to (beneficiary) (as heldout243's PayU's Payee name), printed above the sum and the
  status or under them, never Paytm for Business on top, the Payouts | <company> line under it, the Payee ID
  (as heldout173's Beneficiary ID), the Account or the VPA; a transfer screen the payee under Paid to / To
  (heldout206) on Google Pay, Transferred to (heldout242) or *settled* (new here) Beneficiary name on YONO
  SBI, above the sum or under the status, never the account and bank line under it. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout251): a fee page pays the authority on top as printed,
  *settled* (new here for Ashoknagar) Office of the Development Commissioner (Handlooms) / O/o Development
  Commissioner (Handlooms) (the India Handloom Brand's registering office); Nagar Palika Parishad Chanderi /
  NAGAR PALIKA PARISHAD, CHANDERI; Madhya Pradesh Pollution Control Board / M.P. POLLUTION CONTROL BOARD;
  Commercial Tax Department, Madhya Pradesh / Commercial Tax Department, Government of M.P. (the professional
  tax's Cyber Treasury page); Employees' Provident Fund Organisation / EPFO (as heldout247's); M.P. Shram
  Kalyan Mandal / Madhya Pradesh Shram Kalyan Mandal (the Labour Welfare Board); District Trade and Industries
  Centre, Ashoknagar / DISTRICT TRADE & INDUSTRIES CENTRE, ASHOKNAGAR; Legal Metrology Department, Madhya
  Pradesh / Department of Legal Metrology, Government of M.P.; never the line under it (Ministry of Textiles,
  Government of India | India Handloom Brand - renewal, Urban Development & Housing Department, M.P. |
  e-Nagarpalika - trade licence, Paryavaran Parisar, Bhopal | Consent to operate - renewal (XGN), Professional
  tax (vritti kar) | e-challan through MP Cyber Treasury, Ministry of Labour & Employment, Government of India
  | ECR challan payment, Labour Department, Government of Madhya Pradesh | Labour welfare fund, MSME
  Department, Government of Madhya Pradesh | Plot rent and maintenance, Controller of Legal Metrology, Bhopal
  | Verification and stamping), nor the *settled* (new here) Registered enterprise, Name of establishment,
  Name of unit, Name of employer, Establishment name, Allottee (heldout237) or Name of user. *settled*
  (heldout199, heldout202 to heldout251): an insurer's premium receipt pays the insurer on top (its full name,
  capitals where so printed; *settled* (new here) United India Insurance Co. Ltd's, HDFC ERGO General
  Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's,
  Cholamandalam MS General Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's, National
  Insurance Co. Ltd's and Bajaj General Insurance Ltd's alike), never the product line, the office line or the
  insured (the company) under *settled* (new here) Insured's name / Proposer / Name of policyholder. A slip's
  counter name line in capitals (here the house's own counters, TANABANA CHANDERI SAREE EMPORIUM, TANABANA
  CHANDERI and TANABANA KARGHA SHALA, on four, a filling station on the Ashoknagar road, a Bhopal hotel, a
  Lalitpur loom spares shop and a Chanderi eating house on the rest), never the terminal's bank or brand
  (STATE BANK OF INDIA, INDIAN OIL, HDFC BANK, ICICI BANK, CENTRAL BANK OF INDIA, PAYTM EDC, INDUSIND BANK,
  RAZORPAY POS) or the place line. A Bharat Connect page's biller under Biller (heldout239) or *settled* (new
  here) Biller name / Paid to biller / Operator (short or long as printed: MPCZ / M.P. Madhya Kshetra Vidyut
  Vitaran Co. Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio Postpaid / Reliance Jio Infocomm Ltd, Tata
  Play / Tata Play Ltd, NPP Chanderi - water / Nagar Palika Parishad Chanderi, Indane Gas / Indian Oil
  Corporation Ltd), printed above the sum and the status or under them, never the app (here YONO SBI, PhonePe,
  CRED, Google Pay, Paytm and MobiKwik), Bharat Connect or the *settled* (new here) Registered name / Name on
  bill (as heldout237's Account holder); *settled* (new here) MPCZ's own quick-pay receipt the discom on top
  (MPCZ, M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd or its capitals as printed, as heldout251's AVVNL), never
  the "A Government of Madhya Pradesh undertaking" line under it, the Distribution centre (as heldout243's Sub
  division) or the Consumer's name (as heldout243's Name). An SMS alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) State
  Bank of India's UPI "trf to <payee> Refno" (the name between them), Central Bank of India's "via <way> to
  <payee>.", Bank of India's "for <way> transfer to <payee>." and Madhya Pradesh Gramin Bank's
  "<way>/<payee>." (the name after the way and the slash), and the failed and pending transfers' "to <payee>
  on <day>" (heldout222), never the bank or the sender id; the e-mail alert's Payee (heldout251) or *settled*
  (new here) Beneficiary name / Transferred to, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239, heldout243, heldout247); *settled* (new
  here) a payment page's Total paid / Payment amount row above the status or under it. *settled* (heldout152,
  heldout186, heldout190, heldout202 to heldout251): a payer's advice counts its net sum, *settled* (new here)
  Net amount paid / Net transfer to supplier / Amount remitted (net), Amount withheld on the hold and Transfer
  returned by bank / Amount returned unpaid on the return (the bills with their GST less TDS u/s 194Q @ 0.1%
  (heldout235) on the value before GST or the Nigam's *settled* (new here) Less: GST TDS u/s 51 - CGST 1% and
  Less: GST TDS u/s 51 - SGST 1% (the State's 2% split in two, as heldout251's Less: TDS under GST - CGST @ 1%
  and - SGST @ 1%), and *settled* (new here) a Less: Weaving defect - n pcs, a Less: Shade variation - n pcs
  returned or a Less: Short length - n m @ rate (as heldout243's Shortage on receipt and Transit damage) or a
  Less: Prompt payment discount @ 2% (as heldout251's Less: Cash discount @ 2%)), printed in the payment block
  above the bills or under them, never a bill's sum, the *settled* (new here) Total of bills / Invoice value
  (gross) (as heldout243's Total of invoices), or a cut. *settled* (heldout155, heldout167, heldout179,
  heldout190, heldout203 to heldout251): an inward wire's foreign sum, *settled* (new here) Remittance amount
  (FCY) / Inward amount / Amount received in foreign currency, or *settled* (new here) the sum run together
  with the day and the code as SWIFT writes it on one Field 32A (value date / currency / amount) row (YYMMDD,
  the code, the sum with a decimal comma and no grouping: 260611USD13986,36 is 13986.36 US dollars on
  2026-06-11, as heldout237's EUR15950,00; whole yen with the decimal comma alone (261105JPY421000,) is
  421000.00 yen), in US dollars and pounds (heldout152's marks), euros (EUR before or after the sum, grouped
  by dots with a decimal comma, EUR 20.979,67 is 20979.67, or the euro sign before, heldout237), Canadian
  dollars (CAD, C$, heldout207), Australian dollars (AUD, A$, heldout202), yen (JPY or the yen sign, no
  decimals, heldout237), New Zealand dollars (NZD, NZ$, heldout215) and Omani rials (OMR or RO before the sum,
  three decimals: RO 8,512.780 is 8512.78, heldout237), never the *settled* (new here) INR equivalent (as
  heldout226's Converted amount (INR)), the Less: Commission and GST (as heldout227's Less: Bank charges and
  GST) or the Net amount credited (INR) (as heldout238's Amount credited (INR)); its Exchange rate (1 CAD =
  INR 63.21, or 100 JPY = INR 58.4 on the yen, heldout212; indicative on the held one) is no sum, and a wire
  sent back prints no rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout251): a receipt counts the sum received even where it is part of the order, *settled* (new here) Cash
  received / Received in cash / Paid by UPI (QR scan) / UPI amount received / Paid by card / Card payment /
  Amount of cheque / By cheque / NEFT amount received / Received through NEFT / Advance amount received /
  Token advance, with the sum in words under it, never the *settled* (new here) Total order value (as
  heldout235's Order total) where less was received, the goods' line, the pieces, metres or kilos, the
  *settled* (new here) Less: Festive discount @ 10% (as heldout243's Less: Discount @ 5%), the CGST and SGST @
  2.5% or the IGST @ 5%, the Round off or the *settled* (new here) Balance payable before dispatch (as
  heldout221's Balance due on delivery); *settled* (new here) the Total / Net payable / Grand total (the
  rounded bill with its GST) is the same sum where the whole bill was paid, and the loom shed's fabric by the
  metre and katran by the kilo and the dye house's job work by the kilo (with CGST and SGST @ 2.5%) count
  theirs, received in full; a sum with /- after it (heldout251) is the whole sum. *settled* (heldout187,
  heldout191, heldout202 to heldout251): a supplier's invoice counts the sum paid, where an advance is taken
  off (*settled* (new here) Less: Advance received, as heldout235's Less: Advance paid with order) the
  *settled* (new here) Balance paid by NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new here)
  Less: TDS u/s 194Q (by buyer), as heldout247's Less: TDS u/s 194Q deducted by buyer) the *settled* (new
  here) Net received by NEFT / RTGS, else *settled* (new here) Amount received by NEFT / RTGS / Paid through
  UPI / UPI payment received (the rounded Invoice total / Total amount (incl. GST)), or the *settled* (new
  here) Cheque received for / Amount of cheque, never the Taxable value (heldout251's Taxable amount), a line
  or the GST. A banking page's *settled* (new here) Amount (INR) / Transfer amount / Amount debited (as
  heldout235's Debit amount), never *settled* (new here) the Balance after transfer (as heldout243's Available
  balance after txn). *settled* (heldout167, heldout202 to heldout251): a wage slip's net sum, *settled* (new
  here) Net majdoori paid / Amount paid to weaver / Net bharai paid / Amount handed to winder (the sarees or
  kilos x rate, plus *settled* (new here) Add: Zari booti extra / Add: Wedding order rush / Add: Fine count
  extra, less *settled* (new here) Less: Fault penalty (tootan) / Less: Peshgi (advance) recovered (as
  heldout243's Less: Pieces rejected at QC and Less: Kharchi (advance) recovered)), never the *settled* (new
  here) Gross majdoori / Total earned (as heldout243's Gross wages), the line or a deduction; Paytm's and a
  screen's sum large. *settled* (new here): the India Handloom Brand's Total paid / Amount remitted (the IHB
  registration renewal fee and the GST @ 18%), never the fee or the GST; Nagar Palika Parishad Chanderi's
  Total amount paid / Fee received (the Trade licence fee 2026-27 with the Advertisement board fee and the
  Penalty for late renewal where printed), never a head; the Pollution Control Board's Total fee paid /
  Consent fee deposited (the Consent fee - water (1974 Act) and - air (1981 Act)), never a head; the
  Commercial Tax Department's Challan amount / Total tax on the page not yet confirmed (the Professional tax
  deducted - employees and the Professional tax - employer (enrolment)), never a head; EPFO's Total challan
  amount / Amount paid (A/c 1 - EPF (EE + ER share), A/c 2 - admin charges, A/c 10 - EPS and A/c 21 - EDLI),
  never one account; the Labour Welfare Board's Amount payable / Contribution due on the failed page (the
  Employees' contribution and the Employer's contribution, n x Rs 10 and n x Rs 30), never one of them; the
  District Trade and Industries Centre's Total deposited / Amount paid (the Annual lease rent 2026-27, the
  Maintenance charges 2026-27 and the Interest on arrears where printed), never a head; the Legal Metrology
  Department's Fee deposited / Total fee (the Verification fee and the Adjustment charges where printed),
  never a head. *settled* (heldout199, heldout202 to heldout251): an insurer's premium with its GST, *settled*
  (new here) Total premium paid / Premium received (with GST) / Amount received, the Cheque amount
  (heldout211) or *settled* (new here) Amount of cheque on the cheque not yet cleared, *settled* (new here)
  Total premium due / Amount payable on the failed one, never the *settled* (new here) Basic premium / Premium
  excl. GST (as heldout239's Premium before tax), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the
  OD premium (heldout243) or the *settled* (new here) Liability premium (TP) (as heldout243's TP premium), nor
  the IDV (heldout235) or the *settled* (new here) Sum insured - looms, yarn and stock, Sum insured - stock in
  trade, Estimated annual export turnover, Members covered, Wages declared for the year, Sum insured -
  building, boiler and stock or Limit per carrying (as heldout247's sums insured, turnover, lives, wages and
  limit). A slip's *settled* (new here) AMOUNT: / SALE AMT: / TOTAL: / AMT INR:, printed above the card or
  under the references, never the *settled* (new here) UNIT PRICE: or VOLUME(L): (as heldout243's RATE(RS/L):
  and QTY(L):) or the XTRAREWARDS PTS: (as heldout243's DRIVETRACK PTS:). A Bharat Connect page's sum large,
  never the *settled* (new here) Amount after due date (as heldout243's Payable after due date); MPCZ's
  *settled* (new here) Amount deposited / Payment amount (the Bill amount above it is the same sum). An
  alert's sum debited (*settled* (new here) State Bank of India's UPI "debited by 4753.0" (no grouping, one
  decimal on whole rupees: 4753.00; the paise as printed otherwise), Central Bank of India's "is debited by
  INR x", Bank of India's "Rs.x debited from", Madhya Pradesh Gramin Bank's "Dr Rs x", the failed and pending
  transfers' "Your <way> of Rs.x"; the e-mail's *settled* (new here) Debit amount / Amount transferred), never
  the Avl Bal or the e-mail's *settled* (new here) Available balance (as heldout243's Ledger balance).
  Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid successfully - merchant credited, Payment
  complete and Success - money sent to the shop successes, Payment pending - awaiting confirmation from your
  bank, do not retry pending, Payment failed - incorrect UPI PIN entered failed; a payment page's Payment
  captured - order placed, Payment successful - thank you for shopping with us and Paid - your order ships
  within 3 working days successes. *settled* (new here): a payer's Status: Paid - credited to supplier account
  / Payment processed successes, Payment withheld - pending quality check of the lot pending (a payer's hold,
  as heldout247's Payment parked), Transfer returned - IFSC and account number do not match failed, printed
  under the heading or at the end of the payment block. *settled* (new here): an inward advice's Proceeds
  credited to exporter's account - e-BRC ready / Status: Credited - IRM generated successes, On hold - purpose
  of remittance to be confirmed by the exporter pending, Returned to ordering bank - beneficiary name mismatch
  failed, printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203
  to heldout251): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new
  here) CHEQUE SENT FOR CLEARING - SAREES HANDED OVER ON REALISATION and CHEQUE IN CLEARING - RECEIPT
  PROVISIONAL pending, CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, BILL VOID and CHEQUE RETURNED - PAYMENT
  STOPPED BY DRAWER failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled* (new here)
  PAID - SAREE PACKED IN CLOTH BAG, PAID - THAN HANDED TO TRANSPORTER, PAID - KATRAN WEIGHED AND LIFTED, PAID
  - DYED YARN DELIVERED TO PARTY, ADVANCE RECEIVED - WARP FOR YOUR SAREES IS BEING SET ON THE LOOM (as
  heldout247's ADVANCE RECEIVED - ORDER PUT ON THE LOOM), PAYMENT RECEIVED, PAID IN FULL, ACCOUNT SETTLED,
  PAID BY NEFT / RTGS / UPI, PAID - ENTRY IN BUNKAR KHATA, PAID - SAREES CHECKED AND TAKEN IN GODOWN and PAID
  - PIRNS COUNTED AND TAKEN IN STORE. *settled* (new here): a banking page's Transaction successful -
  beneficiary credited / Executed - UTR received successes, Pending with checker - not yet released to the
  bank pending (keyed, not yet authorised, as heldout247's Pending authorisation), Rejected by beneficiary
  bank - account frozen, funds credited back failed (whatever the credit back), printed under the heading, at
  the foot or on a Transaction status row among the details; Paytm's Payout successful - amount credited /
  Status: Completed (RRN received) successes, Processing - beneficiary bank yet to confirm pending, Payout
  failed - beneficiary account frozen, amount reversed to wallet failed (whatever the reversal); a transfer
  screen's Money sent (heldout247), Transfer successful (heldout251) and *settled* (new here) Paid / Funds
  transferred successfully successes; a fee page's Paid - e-receipt issued, Transaction successful - fee
  received by the department and Success - challan paid successes, the Commercial Tax Department's Challan
  created - bank confirmation awaited, do not pay again pending, the Labour Welfare Board's Payment
  unsuccessful - contribution not received, please pay again failed, printed under the authority's line or at
  the foot; an insurer's Premium collected - policy schedule attached / Payment successful - policy in force
  successes, CHEQUE SENT FOR CLEARING - RISK COVERED ONLY AFTER REALISATION pending (as heldout247's CHEQUE
  RECEIVED - POLICY ISSUED ON REALISATION), Payment failed at gateway - premium not received, proposal kept
  open 7 days failed, printed under the heading or under the sum; a slip's APPROVED successes (heldout210), as
  are *settled* (new here) APPROVED - THANK YOU and TXN SUCCESSFUL - PIN OK, *settled* (new here) DECLINED -
  51 INSUFFICIENT FUNDS failed, NO RESPONSE FROM ISSUER - CONFIRM WITH BANK BEFORE RETRY pending (as
  heldout247's HOST TIMEOUT - STATUS UNKNOWN, DO NOT RETRY); a Bharat Connect page's *settled* (new here)
  Payment successful - biller confirmed receipt / Bill paid - SMS sent by the biller successes, Awaiting
  biller confirmation - do not pay again pending, Payment failed - UPI PIN tries exceeded, money not debited
  failed, MPCZ's *settled* (new here) Payment successful - bill status updates in 24 hours / Thank you -
  payment accepted successes (printed under the head or at the foot); *settled* (new here) an SMS that says
  the transfer "could not be completed; the amount is reversed to your A/c." failed (whatever the reversal),
  one that "is under process at the beneficiary bank. Do not repeat the transaction." pending, a debit alert a
  success, whatever its bank's wording (State Bank of India's UPI "Dear UPI user A/C X1234 debited by 4753.0
  on date 17Jan26 trf to <payee> Refno <ref>. If not u? call 1800111109. -SBI", Central Bank of India's "Your
  A/c XX1234 is debited by INR x on <day> via <way> to <payee>.", Bank of India's "BOI: Rs.x debited from A/c
  ..1234 on <day> for <way> transfer to <payee>.", Madhya Pradesh Gramin Bank's "MPGB: A/c XX1234 Dr Rs x on
  <day> <way>/<payee>."); the e-mail's *settled* (new here) Status: Successful / Transfer status: Debited and
  sent successes.
* date: the day paid (a UPI screen's Paid at (heldout238) / *settled* (new here) Completed on / Payment time,
  *settled* (new here) Attempted on / Started at on one not yet paid or failed, printed first among the
  details or after the references, or *settled* (new here) the hour and the day with no label under the status
  (06:35 am | 02-07-2026, as heldout251's day and hour under the app's name); a payment page's Paid at
  (heldout238) / *settled* (new here) Payment date / Captured on, printed first after the rule or after the
  references; a payer's *settled* (new here) Value date / Date of transfer / Payment released on, the held
  one's Withheld on / On hold since and the returned one's Date returned / Bounced on; an inward advice's
  Value date (heldout246) / *settled* (new here) Credit date / Date of realisation, Received on (funds held) /
  Held since on the held one and Returned on / Date of refund to remitter on the returned one, printed first
  or after the references (in capitals on some), or the day (YYMMDD) at the head of the Field 32A row run
  together; a receipt's, invoice's or wage slip's Date (heldout247) / Bill date (heldout247) / Dt.
  (heldout251) / *settled* (new here) Memo date / Dated / Bill dt. / Invoice dt. / Payment dt. / Paid on,
  *settled* (new here) the day after dt. on one Bill No. / Date row (SKZ/26-27/0417 dt. 14/10/2026), the
  accounts desk's *settled* (new here) Received on / Date of credit, printed above the number or under it; a
  banking page's *settled* (new here) Transfer date / Executed on / Txn date, Created on (heldout247) /
  *settled* (new here) Entered on on the one awaiting the checker and *settled* (new here) Rejected on /
  Credited back on on the rejected one, printed under the heading or at the foot; Paytm's *settled* (new here)
  Completed on / Payout date, Initiated on / Requested on on the one pending and Failed on / Reversed on on
  the failed one (as heldout251's Cashfree's); a transfer screen's Paid on (heldout246) / Date & time
  (heldout251) / *settled* (new here) Transferred on; a fee page's Paid on (heldout246) / *settled* (new here)
  Payment date / Date of deposit / Txn date, the Commercial Tax Department's Challan date (heldout246) /
  *settled* (new here) Challan created on on the page not yet confirmed and the Labour Welfare Board's
  Transaction date / *settled* (new here) Attempted on on the failed one; an insurer's *settled* (new here)
  Premium paid on / Date of receipt / Receipt dt., Cheque deposited on / Date of cheque receipt on the cheque
  not yet cleared and Attempted on / Payment tried on on the failed one; a slip's DATE: (with TIME:) or
  *settled* (new here) TRAN DATE: (with TRAN TIME:) / DATE/TIME: (the day and the hour on one row), printed at
  the top or under the sum; a Bharat Connect page's Paid on / Date & time (heldout247) / Payment date
  (heldout251) / *settled* (new here) Date and time of payment (Date & time alone on a bill not paid,
  heldout235); MPCZ's *settled* (new here) Payment date / Receipt date; the SMS's day (*settled* (new here)
  State Bank of India's "on date 17Jan26", the day, the month's short name and the year's last two digits run
  together, is 2026-01-17); the e-mail alert's Value date (heldout246) / *settled* (new here) Txn date / Date
  of transaction). Days printed with the day and the month without zeros (heldout251: 2-7-2026 is 2 July 2026)
  are day first, *settled* (new here) as are 16 Jul 26 and 16/Jul/2026, and 2026/07/16 is year first.
  *settled*: never a Bill month (heldout167), a Due date, a Cheque dt. (as heldout243's Cheque dated), a
  *settled* (new here) Period of cover (14-Aug-2026 to 13-Aug-2027, its first and last days, as heldout231's
  Policy period), an invoice number's or a slip number's financial year or an e-mail's hour; never a Shipping
  bill date (heldout167), the day inside a UTR (heldout210) or inside a Bank CIN (heldout247); never a Bharat
  Connect page's Bill date (heldout239) or Bill period (heldout243), the day of a bill listed on an advice
  (heldout246), EPFO's Wage month (heldout247), the Commercial Tax Department's *settled* (new here) Tax
  period or the Labour Welfare Board's Half year (as heldout247's EPFO Wage month), or the year of a head
  (Trade licence fee 2026-27, Annual lease rent 2026-27, Maintenance charges 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155, here its Message
  type MT103), a payer's NEFT / RTGS / IMPS, Paytm's IMPS payout (as heldout251's Cashfree's), *settled* (new
  here) YONO SBI's IMPS fund transfer (Transfer type IMPS), a Bharat Connect bill from a Current A/c (here in
  YONO SBI), a payment page's netbanking, a fee, a premium or MPCZ paid by Net banking, an e-mail alert's
  Mode, an SMS's NEFT / IMPS / RTGS, a wage slip's IMPS; UPI for UPI apps (Google Pay's payment to a weaver
  too), a payment page's, a receipt's, a wage slip's, an invoice's, Paytm's (a VPA), a fee's, a premium's or a
  bill's UPI and State Bank of India's UPI alert; card on slips, a payment page's card, a receipt's Card, a
  fee, a premium or MPCZ paid by Debit card; cheque for a cheque received, deposited or returned and a premium
  paid by Cheque; cash for a cash memo, receipt or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout251): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No, UPI transaction ID, RRN, UPI
  RRN, NEFT UTR, RTGS UTR, IMPS RRN, *settled* (new here) UPI Reference No. / UPI ref. no. / UPI Ref No. on a
  UPI screen, Razorpay's RRN and Instamojo's UTR on a UPI payment, a payer's NEFT UTR No. / UTR No. (NEFT) /
  RTGS UTR No. / UTR No. (RTGS), a wage slip's IMPS ref. No., Paytm's Bank RRN, YONO SBI's IMPS Ref. No., a
  slip's RRN: / *settled* (new here) RET REF NO:, an SMS's *settled* (new here) Refno (State Bank of India's)
  / UTR No / IMPS RRN), then a bank reference (an inward advice's IRM No. (heldout247) / *settled* (new here)
  Inward remittance No. / e-BRC / IRM ref. (as heldout247's Inward ref. No.), a banking page's *settled* (new
  here) Reference No. / Core banking ref. (as heldout243's Bank txn ref.), printed above the payee or under
  it, a payment page's Bank ref. No. on netbanking, a fee page's Bank ref. No. / *settled* (new here) Bank
  reference and the Legal Metrology Department's Bank CIN (heldout247), an insurer's Bank ref. (heldout251), a
  Bharat Connect page's *settled* (new here) Bharat Connect ref. ID / BBPS ref. No. / B-Connect txn No. (as
  heldout243's BBPS txn ref.)), then a transaction / payment id (*settled* (new here) Razorpay's and
  Instamojo's Payment ID, the UPI apps' own Transaction ID (PhonePe's), Google transaction ID, Paytm txn ID,
  *settled* (new here) CRED txn ID, YONO txn ref. and Vyom txn ID (the app's own id, whatever its name,
  heldout235), YONO SBI's *settled* (new here) YONO ref. No. on its fund transfer, Paytm's *settled* (new
  here) Payout ID (as heldout247's RazorpayX Payout ID), a fee page's Transaction ID (heldout234) / *settled*
  (new here) Payment ID, e-Nagarpalika txn ID, XGN payment ID, Challan ref. No., TRRN, LWF transaction No. and
  e-challan No., an insurer's *settled* (new here) Transaction ref. No., MPCZ's *settled* (new here) Gateway
  ref. No. (as heldout251's PG transaction ID), a failed Bharat Connect page's Transaction ID (heldout243)),
  then an approval code (Approval code, Auth code, a slip's APPR CODE: (heldout246), *settled* (new here) Auth
  No. on a receipt and AUTH NO: on a slip), then an order's number (*settled* (new here) Razorpay's Order ID
  and Instamojo's Order No., Paytm's Order ID (the company's own id for the payout, as heldout247's RazorpayX
  Reference ID)), then a document's own number (a payer's *settled* (new here) Payment document No. / Voucher
  No. / Remittance No., *settled* (new here) Memo No. / Sale bill No. / Than challan No. / Fabric bill No. /
  Katran memo No. / Disposal receipt No. / Job bill No. / Rangai bill No. / Advance receipt No. / Receipt ref.
  on a receipt, Invoice No. / Bill No. / *settled* (new here) Inv. Sr. No. on an invoice, Parchi No.
  (heldout247) / *settled* (new here) Majdoori slip No. on a wage slip, a fee page's Receipt No. and EPFO's
  *settled* (new here) CRN (the challan receipt's number), an insurer's Receipt No. / Premium receipt No.
  (heldout246), MPCZ's Receipt No., a slip's BILL NO: (heldout247) / *settled* (new here) INVOICE:).
  *settled*: never a UETR, a MID: / TID:, BATCH: (heldout202's BATCH NO:), a card, account or mobile number
  (the wire's Account No. too), a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose code, an
  Export invoice No. (heldout210), a Shipping bill No. (heldout167), an E-way bill No., *settled* (new here) a
  GR No. (as heldout235's LR No.), a Docket No. (heldout247), a Vehicle No. (heldout205) (so never a
  Registration No. on an insurer's page or a slip's VEHICLE:), a *settled* (new here) Your order ref. /
  Purchase order No. / Indent No. (as heldout243's PO No.), a Supplier code (as heldout210's Vendor code), a
  Goods receipt No. (as heldout235's GRN No.), the number or the day of a bill listed on an advice
  (heldout246), a *settled* (new here) Sender's reference (20) (as heldout243's Sender's ref. (field 20)), the
  Maker / Checker (heldout171), the Corporate user ID (as heldout243's User ID), a Short name (as heldout234's
  Beneficiary short name), Paytm's Payee ID (as heldout173's Beneficiary ID), a *settled* (new here) Weaver ID
  card No. (as heldout243's Token No.), the dye lots' *settled* (new here) Shade and lot numbers, a Licence
  No. (heldout231), an *settled* (new here) IHB registration No., Application No., PT registration No. or
  Verification certificate No. (as heldout231's Licence No.), a Registration No. on the Labour Welfare Board's
  page, an Establishment ID (heldout247), a Plot No. (heldout246), a Policy No. / Proposal No. / Cover note
  No. (heldout246), a Bharat Connect page's Bill No. (heldout246), a consumer number (here IVRS No., Account
  No., Mobile No., Subscriber ID, Connection No., LPG ID), or a slip's GUEST FOLIO: (heldout246) / TABLE NO:
  (heldout247) / *settled* (new here) ROOM: (as heldout203's ROOM NO:) / DISPENSER: (as heldout247's NOZZLE
  NO:) / MOBILE: (as heldout251's CUST MOB:) / EXP:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout252_families import (
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

SPLIT = "heldout252"

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


def make_heldout252_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout252 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

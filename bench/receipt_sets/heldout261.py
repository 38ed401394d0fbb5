"""heldout261: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pipli applique (chandua) work house's day in 2026 in Puri district, Odisha
(Sagarika Chandua Shilpa Pvt Ltd, its applique work house on the Puri - Bhubaneswar road (NH-316) at Pipili,
Sagarika Chandua Karkhana, where the karigars cut elephants, parrots, peacocks, lotuses and suns from dyed
cotton and velvet and stitch them, with mirror work and zari, on to chanduas (temple canopies), wall hangings,
cushion covers, bags and garden umbrellas (chhati), the home artisans of Pipili and Delang are paid by the
piece, the umbrella section's tailor by the umbrella and the work house stitches motifs by the motif on a
Bhubaneswar boutique's own cloth, its cloth dyeing and motif cutting unit at Sakhigopal, Sagarika Rangakapada
Kendra, where the grey markin bought at Burhanpur is dyed temple red, marigold yellow, peacock green and
black, the dyed cloth sold by the metre to the artisans' co-operative and the cutting waste (chindi) by weight
to a Sanganer handmade paper works, and its shop on Bada Danda (Grand Road), Puri, Sagarika Chandua Bhandar,
which takes temple committees' orders for chanduas by the square foot and keeps a stall at the Konark
Festival), told by the proofs of payment it receives (pilgrims', hotels', maths', homestays' and shops' UPI
screens and the web store's Cashfree and Instamojo pages, Utkalika's (the Odisha State Co-operative
Handicrafts Corporation's), HHEC's (the Handicrafts and Handlooms Exports Corporation of India's), a
Bhubaneswar, a Kolkata and a Delhi decor house's or store's, a Puri sea resort's, a Bengaluru e-shop's and a
Chennai wedding decorator's payment advices, importers' inward wires from Brighton, Basel, Aarhus, Singapore,
Dubai, Lyon, Portland and Hong Kong in pounds, Swiss francs, Danish kroner, Singapore dollars, dirhams, euros,
US dollars and Hong Kong dollars, the shop's bills to a Bhubaneswar lady, a French tourist and a Nimapara puja
committee, the work house's wholesale invoice by the piece to a Kolkata emporium and its job work bill by the
motif to a Bhubaneswar boutique, the dye unit's cloth bill by the metre to the artisans' co-operative and its
chindi memo by weight to a Sanganer paper works, the accounts desk's receipt of a Bengaluru hotel group's
advance for table runners and cushion covers, cards on the shop's (at Bada Danda and at the Konark Festival),
the company's and the work house's terminals) and those it makes (the Burhanpur grey cloth trader's, the Surat
velvet house's, the Kolkata mirror and zari stores', the Cuttack thread stores' and the Khurda carton maker's
tax invoices, the net-banking transfers to the sewing machine mechanic, the Bada Danda landlady, the security
agency, the chartered accountants, the photo studio, the Konark Festival stall decorator, the carrier and the
coal depot, the artisans' wage slips by the piece and the umbrella tailor's by the umbrella, Cashfree Payouts
transfers to the motif cutter and the dyer's helper and a PhonePe and a BHIM payment to the packing and border
helpers, Pipili Notified Area Council's trade licence, the State Pollution Control Board, Odisha's consent
renewal for the dye unit, EPFO's ECR challan, the Geographical Indications Registry's authorised user
application for the Pipli applique, the Labour & ESI Department's Shops and Commercial Establishments renewal
for the shop, the Transport Department's road tax on the delivery van, ESIC's monthly contribution and Legal
Metrology's verification of the scales, the insurers' premium receipts for the cloth, goods and machines, the
shop's stock, the export cartons, the workers' health, the employees' compensation, the home artisans'
accidents, the van and the stock at the Konark Festival, its card at a filling station on NH-316 at Pipili, a
Bhubaneswar hotel, a Puri hardware shop and a Puri dalma house, TPCODL's power and the fibre, postpaid, DTH
and cooking gas bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes,
one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Paytm, Google Pay, PhonePe, Amazon Pay, Navi, BHIM) paying the shop or
  the company in one of four layouts (heldout259's three: the status on top, then the payee's label small and
  the payee at the left of one row with the sum at its right; the sum large, the status, then a Payee details
  block with the payee on a row; the payee's label small and the payee on top in large letters, the UPI ID,
  the sum and the status; and new here the status on top, then a table of rows: Amount / Paid amount, the
  payee's labelled row and the UPI ID), the day and the hour with no label under the status on some (14 Oct
  2026 - 04:12 PM, 16:12 hrs, 14-10-2026, Wednesday 14 October 2026 at 4:12 pm), else labelled first in the
  details or at their end, the app's own id above the UPI reference or under it, and two of the web store's
  payment pages (Cashfree, Instamojo), the outcome and the sum large or in a Payment amount / You paid row in
  either order, the day under them or after the ids, the buyer and the goods before the ids or at the foot.
* ``buyer_advices``: Utkalika's, HHEC's, the decor houses', the resort's, the e-shop's and the decorator's
  PAYMENT ADVICE - APPLIQUE GOODS SUPPLIED / Vendor payment advice / INTIMATION OF PAYMENT TO SUPPLIER
  (HANDICRAFTS) (an e-mail with Dear Sir/Madam, / Namaskar, / Dear Sagarika team,, printed, vendor portal),
  the status under the heading or at the end of the payment block, the payee at the head of the body or of the
  payment block, the payment block above the bills or under them, the bills "of <day>" on some; on some
  e-mails a sentence that tells the whole payment ("Payment of Rs. 98,056.00 has been made to Sagarika Chandua
  through NEFT on 28.7.2026 towards the bills listed below."); GST on the applique at 5% up to Rs 2,500 a
  piece and 18% above; TDS u/s 194Q only on the two larger buyers' (the resort, the e-shop), Utkalika's TDS
  under GST split into CGST @ 1% and SGST @ 1%, HHEC's IGST @ 2%; the day written the 14th of October, 2026 or
  Wed, 14th Oct 2026 on some e-mails.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS /
  Foreign inward remittance - credit intimation / SWIFT MT103 received - beneficiary advice; browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the references (in capitals on
  some), the remitter's block above the beneficiary's or under it; the sum with its code or sign, a Remittance
  currency row naming the currency above it on some, or the raw SWIFT field 32A (:32A: Value date / Currency /
  Interbank settled amount, 261024CHF19112,58) on two credited ones; pounds (GBP / the sign before, GBP after
  on some), Swiss francs with apostrophes between the thousands on some (CHF 12'450.50, 12'450.50 CHF), Danish
  kroner with points between the thousands and a decimal comma (kr. 18.450,00, DKK 18.450,00, 18.450,00 DKK),
  Singapore dollars (SGD / S$), dirhams (AED / Dhs before, AED after on some), euros the French way on some
  (12 450,50 EUR, 12 450,50 with the sign after), US dollars and Hong Kong dollars (HKD / HK$); the rupee
  lines only on the credited ones, the rate marked Indicative rate (not applied) on the one held; an airway
  bill or a shipping bill and its day on some.
* ``own_receipts``: the shop's RETAIL BILL - PIPLI APPLIQUE / NAGADA BIKRI RASIDA - CHANDUA and ORDER BILL -
  TEMPLE CHANDUA (BY THE SQ FT) / FARMAAS RASIDA - CHANDUA (length x breadth = sq ft x rate), the work house's
  WHOLESALE INVOICE - APPLIQUE BY THE PIECE / PAIKARI BIKRI BILL - APPLIQUE and JOB WORK BILL - APPLIQUE ON
  PARTY'S CLOTH / SILAI MAZURI BILL - PRATI MOTIF (motifs x rate), the dye unit's DYED CLOTH BILL - BY THE
  METRE / RANGA KAPADA BIKRI RASIDA (the shade) and CUTTING WASTE MEMO - BY WEIGHT / CHINDI BIKRI RASIDA
  (gross weight and tare of the gunny bales, net kilos x rate) (paper, rubber stamp, the signature and the
  buyer's lines; Odia labels in Latin letters on some: Tarikha (date), Grahaka (buyer), rasida (receipt),
  mazuri (wages), Grahakara dastakhata (buyer's signature); GST at 5% or 18% by the price a piece, IGST on the
  Kolkata, Jaipur and Bengaluru bills; the sums closed with /- on some, Rs. 42,008/-), the number and the day
  in either order or on one row (the number at its left, the day at its right), above the party or under it,
  and the accounts desk's Receipt of advance - hotel order e-mail (an advance against the order value, IGST,
  NEFT or RTGS).
* ``supplier_invoices``: the grey cloth trader's, the velvet house's, the mirror and zari stores', the thread
  stores' and the carton maker's TAX INVOICE - ORIGINAL FOR RECIPIENT / TAX INVOICE CUM RECEIPT / GST BILL OF
  SUPPLY AND PAYMENT RECEIPT with the payment block (an advance or the buyer's TDS taken off on some) and a
  rubber stamp (paper, serif), the number and the day on one Inv. No. / Date row (BGC/26-27/4828 / 24 Oct
  2026) on some, else in either order; a Madhya Pradesh or Gujarat transporter's LR No., the Kolkata parcel's
  courier and Docket No. or a local van's Vehicle No.; CGST and SGST within Odisha, IGST from Madhya Pradesh,
  Gujarat and West Bengal, with their rates on some, without on the rest; the sums closed with /- on some.
* ``vendor_transfers``: corporate net banking's pages (ICICI Bank InstaBIZ, Kotak FYN, BOI StarConnect
  Corporate) in four layouts (a Remitter block, a Beneficiary block and a Payment block with the sum, the
  references and the day, the status at the foot; the status and the sum large on top, then the payee, the
  references, the day and the remitter rows; a Transaction summary with the day first, the status, the
  references, the payee and the sum; new here a two-column table headed Field / Details with the payee, the
  sum, the mode, the references, the day and the remitter rows, the status at its foot).
* ``worker_pay``: printed KARIGAR MAZURI RASIDA - PRATI CHANDUA / ARTISAN'S WAGE SLIP - BY THE PIECE
  (KARKHANA) and CHHATI SILAI MAZURI - PRATI CHHATI / UMBRELLA STITCHING WAGES - BY THE PIECE, the payee first
  or under the number and the day; Cashfree Payouts' transfer pages, the beneficiary above the sum and the
  status or under them; a BHIM screen (To <name> on one line over the sum) and a PhonePe screen (the sum, the
  status, Paid to over the name).
* ``govt_fees``: Pipili Notified Area Council's trade licence, the State Pollution Control Board, Odisha's
  consent renewal on OCMMS, EPFO's ECR challan, the Geographical Indications Registry's authorised user fee,
  the Labour & ESI Department's registration renewal, the Transport Department's road tax on Vahan, ESIC's
  contribution and Legal Metrology's verification fee (browser), the status under the authority's line or at
  the foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Payment receipt - premium / Acknowledgement of premium
  (Premium payment unsuccessful / Renewal payment not completed on the failed one; browser, e-mail, printed at
  the branch), the status under the heading or under the sum, a Period of insurance <day> to <day> row on
  some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE & TIME: <day>
  <hour> on one row, DT: and TM: on two, or the hour and the day with no label on one line), the sum above the
  card or under the references.
* ``utility_bills``: Bharat Connect in ICICI Bank's InstaBIZ and other apps (Paytm, PhonePe, Google Pay, CRED,
  Amazon Pay), the biller above the sum and the status or under them, the sum above the status or under it,
  and TPCODL's own quick pay receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Odisha Grameen Bank's UPI, Bank of India,
  Union Bank of India, Indian Overseas Bank) in a messages app and two e-mail debit alerts (ICICI Bank, Kotak
  Mahindra Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout259's. The Konark Festival stall's card slip is drawn in
the festival's days (1 to 5 December 2026) and the festival's floater premium in the weeks before it (its
period of insurance round the festival); the other days anywhere in 2026.

Truth conventions (heldout259's and those it kept, from heldout257's back to heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Paid at / Payment sent to store / Money received by /
  Credited to (heldout257, heldout250, heldout243), Paid to merchant / Payment to shop / Merchant / Amount
  paid to / Shop name (heldout259) or *settled* (new here) Sent to merchant / Payment made to / Seller / Paid
  to shop, and *settled* (new here) Paying / Payment in progress to on one not yet paid and Could not pay /
  Failed payment to on one failed (here the shop, Sagarika Chandua Bhandar / SAGARIKA CHANDUA BHANDAR, the
  company's capitals, SAGARIKA CHANDUA SHILPA PVT LTD, or its short name, Sagarika Chandua, as printed),
  whether the name stands at the left of one row under its label with the sum at the row's right (heldout259),
  on top in large letters under its label (heldout257), on a row of a *settled* (new here) Payee details block
  under the status (as heldout259's Merchant details) or *settled* (new here) at the right of its labelled row
  in a table under the status (Payment made to ... SAGARIKA CHANDUA BHANDAR, under the Amount row), never the
  UPI ID or the app, nor the *settled* (new here) Name as per bank line under the UPI ID (as heldout259's
  Account holder (as per bank)), nor the payer under *settled* (new here) Payer / Paid by (as heldout259's
  From (payer) / Sender); a payment page's payee on top (here the shop, its capitals, the company or its short
  name), never its store line or the *settled* (new here) Buyer / Shipping to / Order items / Item (as
  heldout259's Customer name / Deliver to / Product / Items), or the gateway's footer (*settled* (new here)
  Powered by Cashfree Payments | Cashfree Payments India Pvt Ltd, Secured by Instamojo | Instamojo
  Technologies Pvt Ltd). *settled* (heldout167, heldout190, heldout202 to heldout259): a payer's payment
  advice pays the one it pays, never the payer on top; here Utkalika's, HHEC's, a decor house's or store's,
  the resort's, the e-shop's or the decorator's advice pays the company under *settled* (new here) Vendor name
  / Supplier / Remitted to / Name of payee / Payee (credited) (as heldout259's Payee (supplier) / Party /
  Credited to supplier) (its full, capital or short name as printed), printed at the head of the body or at
  the head of the payment block, above the bills or under them, or *settled* (new here) after "to" in the
  e-mail's sentence "Payment of <sum> has been made to <payee> through <way> on <day> towards the bills listed
  below." (the sentence's sum, way and day are the payment's too), never the payer on top (and its name again
  in the e-mail's With regards line), its desk line (Utkalika, Market Building, Bhubaneswar | Finance &
  Accounts), the Vendor code (heldout210), PO No. (heldout243) or GRN No. (heldout235), the corporations'
  *settled* (new here) Purchase order No. and Goods receipt No. (as heldout259's Supply order No. and Quality
  inspection No.), the bills listed (their numbers and days, heldout246), the *settled* (new here) Vendor's
  bank account (as heldout259's Supplier's bank A/c) or the e-mail's Dear Sir/Madam, / Namaskar, / Dear
  Sagarika team, lines. *settled* (heldout155, heldout167, heldout190, heldout203 to heldout259): a bank's
  inward remittance advice pays the company under *settled* (new here) Beneficiary - 59 / Exporter
  (beneficiary) / Credit to (beneficiary) / Name of beneficiary (as heldout259's Beneficiary customer - 59 /
  Payee (exporter)), never the bank on top, its trade desk line, the remitter (*settled* (new here) Remitter's
  name / Ordering party - 50F / Overseas buyer, as heldout259's Remitter name and address / Ordering customer
  - 50K / Foreign buyer, the importer abroad), the *settled* (new here) Ordering institution - 52A /
  Remitter's bank (as heldout259's Sender's bank - 52A / Remitting bank) or the *settled* (new here)
  Intermediary institution - 56A (as heldout259's Correspondent bank - 56A), printed above the beneficiary or
  under it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout259): the company's own
  receipt pays the trade name on top where that is on top, so *settled* (new here) the shop's bills pay
  Sagarika Chandua Bhandar, the work house's wholesale and job work bills Sagarika Chandua Karkhana and the
  dye unit's cloth and chindi bills Sagarika Rangakapada Kendra (capitals where so printed), and a receipt
  with the company on top the company, never the "A unit of" company line under it (heldout190), the party
  under *settled* (new here) Customer / Grahaka (buyer) (Odia for buyer, as heldout259's Grahak (buyer)) /
  Buyer / Puja committee / Ordered by / Party (cloth owner) / Job for / Samiti (society) / Buyer (mill) /
  Party, printed after the number and the day or above them, the goods' line, the signature line (For <unit> -
  Cashier (heldout257) / *settled* (new here) For <unit> - Proprietor's signatory), the *settled* (new here)
  Grahakara dastakhata (buyer's signature) line (as heldout259's Grahak ke hastakshar) or the rubber stamp
  (*settled* (new here) SAGARIKA CHANDUA BHANDAR, SAGARIKA CHANDUA KARKHANA, SAGARIKA RANGAKAPADA KENDRA);
  *settled* (new here) the work house's motifs stitched on a boutique's own cloth and the dye unit's chindi
  sold by weight to a paper works alike (the work house, the unit or the company on top, never the boutique or
  the paper works, as heldout259's tweed and noils); the accounts desk's e-mail pays the company on top (its
  full, capital or short name as printed, heldout219), never the Client (heldout257) / *settled* (new here)
  Hotel group. A supplier's name on top of its own paper (capitals where so printed), never M/s the company
  under *settled* (new here) Buyer (bill to) / Billed to party / Name of recipient (as heldout259's Bill to /
  Receiver (billed to) / Sold to), nor the work house, the dye unit or the shop under *settled* (new here)
  Delivery address / Shipped to / Consignee (as heldout259's Ship to / Delivery at), nor the Transporter
  (heldout257) or the *settled* (new here) Courier line (as heldout259's Carried by), nor its rubber stamp
  (*settled* (new here) BURHANPUR GREY CLOTH, SURAT VELVET HOUSE, BURRABAZAR MIRROR & ZARI, CUTTACK THREAD
  STORES, KHURDA CARTONS, as heldout259's short stamps). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout259): a corporate banking page pays the payee under *settled* (new here) Beneficiary
  name / Paid to / Credit to account of / Payee name (as heldout259's Credit account name / Transfer to / Pay
  to), printed in a Beneficiary block, among the details, in a Transaction summary or *settled* (new here) in
  a Field / Details table, never the portal (ICICI Bank InstaBIZ, Kotak FYN, BOI StarConnect Corporate), the
  bank line, the *settled* (new here) Debit from account (as heldout259's Debit account), the *settled* (new
  here) Corporate user ID (as heldout259's Company ID), the *settled* (new here) Payee short name (as
  heldout259's Beneficiary nickname), the *settled* (new here) Initiator / Approver (as heldout259's Maker ID
  / Checker ID) or the table's Field / Details head. *settled* (heldout150, heldout161, heldout179, heldout203
  to heldout259): a wage slip pays the worker, *settled* (new here) an artisan or the umbrella tailor under
  Karigara naa (artisan) / Wages to (artisan) / Darji naa (tailor) / Wages to (tailor) / Name of karigar (Odia
  in Latin letters: the artisan's, the tailor's name, as heldout259's Bunkar ka naam (weaver)), printed first
  under the heading or under the number and the day, never the company on top, the work house's line under it,
  the *settled* (new here) Kama (work) (as heldout259's Design / patti), Grama (village) (as heldout259's Gaon
  (village)), Machine No. (the sewing machine's own number, as heldout259's Khaddi No.) or Artisan card No.
  (as heldout259's Artisan ID (Pehchan)), nor the signature line; Cashfree Payouts' transfer page the
  *settled* (new here) Beneficiary / Transfer to (as heldout259's RazorpayX Contact / Paid to contact),
  printed above the sum and the status or under them, never Cashfree Payouts on top, the Transfers | <company>
  line under it, the *settled* (new here) Beneficiary ID (Cashfree's own handle for the payee, as heldout201's
  Fund account), the Bank account or the VPA; a transfer screen the payee after To on one line over the sum
  (BHIM's To Santosh Parida, heldout259's Google Pay) or under Paid to (heldout206) under the status, never
  the UPI ID or the From / Debited from account. *settled* (heldout153, heldout167, heldout182, heldout202 to
  heldout259): a fee page pays the authority on top as printed, *settled* (new here for Puri district) Pipili
  Notified Area Council / PIPILI NOTIFIED AREA COUNCIL / Pipili NAC; State Pollution Control Board, Odisha /
  STATE POLLUTION CONTROL BOARD, ODISHA; Employees' Provident Fund Organisation / EPFO; Geographical
  Indications Registry / GEOGRAPHICAL INDICATIONS REGISTRY; Labour & ESI Department, Odisha / Labour &
  Employees' State Insurance Department, Odisha; Commerce & Transport Department, Odisha / Transport
  Department, Govt. of Odisha on the Vahan page; Employees' State Insurance Corporation / ESIC; Legal
  Metrology Organisation, Odisha / LEGAL METROLOGY, ODISHA; never the line under it (Housing & Urban
  Development Department, Odisha | Trade licence and user charges, OCMMS - Online consent management | Consent
  to operate - renewal, Ministry of Labour & Employment | ECR - challan payment, Office of the CGPDTM, Chennai
  | Authorised user - application, Odisha Shops and Commercial Establishments Act, 1956 | Renewal of
  registration, Vahan - Ministry of Road Transport & Highways | Road tax, Ministry of Labour & Employment,
  Government of India | Monthly contribution, Verification and stamping of weights and measures | Puri), nor
  the Owner name (heldout251), Name of the user (heldout254), Establishment name (heldout247), Employer name
  (heldout257) or the *settled* (new here) Name of trade / Name of industry / Applicant / Name of shop (as
  heldout259's Business name / Name of the unit / Name of applicant / Name of establishment). *settled*
  (heldout199, heldout202 to heldout259): an insurer's premium receipt pays the insurer on top (its full name,
  capitals where so printed; *settled* (new here) The New India Assurance Co. Ltd's, The Oriental Insurance
  Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, Bajaj General
  Insurance Ltd's, IFFCO-TOKIO General Insurance Co. Ltd's, SBI General Insurance Co. Ltd's and Reliance
  General Insurance Co. Ltd's alike), never the product line, the office line or the insured (the company)
  under *settled* (new here) Policy holder / Name of proposer / Insured (as heldout259's Proposer / Insured
  name). A slip's counter name line in capitals (here the house's own counters, SAGARIKA CHANDUA BHANDAR (at
  Bada Danda and at the Konark Festival), SAGARIKA CHANDUA SHILPA and SAGARIKA CHANDUA KARKHANA, on four, a
  filling station on NH-316 at Pipili, a Bhubaneswar hotel, a Puri hardware shop and a Puri dalma house on the
  rest), never the terminal's bank or brand (*settled* (new here) PAYTM EDC, BHARAT PETROLEUM, ICICI BANK,
  KOTAK MAHINDRA BANK, UNION BANK OF INDIA, EZETAP, BANK OF INDIA, WORLDLINE) or the place line. A Bharat
  Connect page's biller under Biller (heldout239), Bill paid to (heldout257) or *settled* (new here) Service
  provider name (short or long as printed: TPCODL / TP Central Odisha Distribution Ltd, BSNL Bharat Fibre /
  Bharat Sanchar Nigam Ltd, Airtel Postpaid / Bharti Airtel Ltd, Dish TV / Dish TV India Ltd, Bharatgas /
  Bharat Petroleum Corporation Ltd), printed above the sum and the status or under them, never the app (here
  InstaBIZ, Paytm, PhonePe, Google Pay, CRED and Amazon Pay), Bharat Connect or the Consumer name (heldout247)
  / *settled* (new here) Registered name; *settled* (new here) TPCODL's own quick pay receipt the distributor
  on top (TPCODL, TP Central Odisha Distribution Ltd or its capitals as printed, as heldout259's HPSEBL),
  never the "A Tata Power and Odisha Government joint venture" line under it, the *settled* (new here)
  Division (as heldout259's Sub-Division) or the Consumer name (heldout247). An SMS alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  Odisha Grameen Bank's UPI "trf to <payee>" (the name before "Refno"), Bank of India's "for <way> to
  <payee>.", Union Bank of India's "by <way> transfer to <payee>." and Indian Overseas Bank's "credited to
  <payee> (<way> Ref no <ref>)." (the name before the bracket), and the failed and pending transfers' "to
  <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here)
  Payee / Transferred to (as heldout259's Beneficiary name / Paid to), printed above the sum or under it,
  never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee line or under the payee on top, or at the right of the payee's row
  (heldout259), or *settled* (new here) in the table's Amount / Paid amount row under the status; a payment
  page's *settled* (new here) Payment amount / You paid row above the status or under it (as heldout259's
  Amount paid / Total paid). *settled* (heldout152, heldout186, heldout190, heldout202 to heldout259): a
  payer's advice counts its net sum, *settled* (new here) Amount remitted / Net amount / Net paid (as
  heldout259's Net payment / Amount transferred), *settled* (new here) Amount kept on hold / Held amount on
  the hold (as heldout259's Amount withheld) and *settled* (new here) Amount bounced back / Returned amount on
  the return (as heldout259's Payment returned), or the sum in the e-mail's sentence (the same net sum) (the
  bills with their GST, 5% on a piece of Rs 2,500 or less and 18% above (heldout259), less TDS u/s 194Q @ 0.1%
  (heldout235) on the value before GST on the two larger buyers', none on the decor houses', Utkalika's Less:
  TDS under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1% (heldout257), HHEC's Less: TDS under GST -
  IGST @ 2% (heldout259), and *settled* (new here) a Less: Colour bleeding - n pcs returned or a Less: Short
  count at receipt - n pcs / sets (as heldout259's Less: Moth-damaged pieces returned), a Less: Late delivery
  charge @ 1% (as heldout259's Less: Delay penalty @ 1.5%) or a Less: Prompt payment discount @ 1.5% (as
  heldout259's Less: Cash discount @ 2%)), printed in the payment block above the bills or under them, never a
  bill's sum, the *settled* (new here) Bills total (incl. GST) / Total invoice amount (as heldout259's Gross
  bill value / Total of bills), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190,
  heldout203 to heldout259): an inward wire's foreign sum, *settled* (new here) FCY amount / Amount remitted /
  Inward FCY amount / Original amount (as heldout259's Remittance amount / Instructed amount (FCY)), under a
  *settled* (new here) Remittance currency row naming the currency on some (as heldout259's Currency of
  remittance), or the sum in the raw SWIFT field 32A (heldout255, heldout259: the day as YYMMDD, the
  currency's code and the sum with a decimal comma and no grouping, *settled* (new here) 261024CHF19112,58 is
  19112.58 Swiss francs and SGD alike), in pounds (heldout152's marks; *settled* (new here) GBP after the sum
  on some: 7,934.99 GBP is 7934.99), Swiss francs (*settled* (new here) CHF before the sum or after it, the
  thousands split by apostrophes on some: CHF 12'450.50 and 12'450.50 CHF are 12450.50, the English way on the
  rest), Danish kroner (*settled* (new here) kr. or DKK before the sum, DKK after it, points between the
  thousands and a decimal comma: kr. 18.450,00 and 18.450,00 DKK are 18450.00, as heldout259's German euros, a
  Remittance currency row naming them on every such page), Singapore dollars (*settled* (new here) SGD / S$),
  dirhams (*settled* (new here) AED or Dhs before the sum, AED after it on some: Dhs 84,706.99 is 84706.99
  dirhams, AED, the Remittance currency row on every Dhs page), euros (heldout152's marks; *settled* (new
  here) the French way on some, a space between the thousands and a decimal comma with EUR or the sign after:
  12 450,50 EUR and 12 450,50 € are 12450.50), US dollars (heldout152's marks) and Hong Kong dollars
  (*settled* (new here) HKD / HK$), never the *settled* (new here) INR equivalent, Less: Commission and GST or
  Amount credited (net INR) (as heldout259's Converted amount (INR), Less: Bank charges and GST and Net INR
  credited); its *settled* (new here) Exchange rate / Indicative rate (not applied) (1 CHF = INR 104.5627;
  indicative on the one held, as heldout259's Conversion rate / Provisional rate (not applied)) is no sum, and
  a wire sent back prints no rupee line (heldout242). *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout259): a receipt counts the sum received even where it is part of the order, *settled*
  (new here) Cash paid / Nagad (cash) received / UPI payment received / Received on UPI / Paid by card (POS) /
  Card payment / Received through NEFT / NEFT credit received / Received through RTGS / RTGS credit / Cheque
  amount / Cheque deposited for / Advance received through NEFT / NEFT advance received / Advance received
  through RTGS (as heldout259's Cash received / Paid by UPI scan / Charged to card (POS) / NEFT received /
  Cheque for / Advance received by NEFT), with the sum in words under it or above it, never the *settled* (new
  here) Total order value (incl. GST) (as heldout259's Order value (incl. GST)) where less was received, the
  goods' line, the pieces, sets, square feet (12 ft x 10 ft = 120 sq ft), motifs, metres, kilos, gross weights
  or tare, the *settled* (new here) Less: Festival discount @ 10% / Less: Rath Yatra offer @ 5% (as
  heldout259's Less: Winter sale @ 15%), the CGST and SGST or IGST at their rates, the Round off or the
  *settled* (new here) Balance before dispatch (as heldout259's Balance payable before dispatch); the
  *settled* (new here) Total (incl. GST) / Bill amount / Amount payable (the rounded bill with its GST, as
  heldout259's Bill total (incl. GST) / Grand total / Net payable) is the same sum where the whole bill was
  paid, and *settled* (new here) the temple chandua by the square foot, the work house's pieces and motifs and
  the dye unit's cloth by the metre and chindi by its net weight count theirs, received in full. A whole sum
  closed with a slash and a dash (Rs. 42,008/-) is that sum in whole rupees (heldout259). *settled*
  (heldout187, heldout191, heldout202 to heldout259): a supplier's invoice counts the sum paid, where an
  advance is taken off (*settled* (new here) Less: Advance received against order, as heldout259's Less:
  Advance paid with order) the *settled* (new here) Balance received by NEFT / RTGS, where the buyer's TDS is
  taken off (*settled* (new here) Less: TDS u/s 194Q by buyer, as heldout259's Less: TDS u/s 194Q deducted)
  the *settled* (new here) Net amount received (NEFT) / (RTGS) (as heldout259's Net received by NEFT), else
  *settled* (new here) Amount received by NEFT / RTGS / Paid through NEFT / RTGS / UPI received / Paid on UPI
  (the rounded *settled* (new here) Total invoice value / Invoice total (rounded) with GST, the same sum where
  nothing is taken off), or the *settled* (new here) Cheque received for / Received by cheque (as heldout259's
  Cheque recd. for / By cheque), never the *settled* (new here) Assessable value / Taxable value (Rs.) (as
  heldout259's Taxable amount / Value before tax), a line (with its HSN and GST rate) or the CGST / SGST /
  IGST with or without a rate. A banking page's *settled* (new here) Amount / Debit amount / Transfer amount
  (Rs.) (as heldout259's Transfer amount / Amount debited), printed in the Payment block, on top, in the
  Transaction summary or in the Field / Details table, never the *settled* (new here) Balance after transfer
  (as heldout259's Available balance). *settled* (heldout167, heldout202 to heldout259): a wage slip's net
  sum, *settled* (new here) Net mazuri paid / Net amount paid (as heldout259's Net majdoori paid) (the pieces
  or umbrellas x rate, plus *settled* (new here) Add: Velvet motif extra / Add: Mirror work extra / Add:
  Double frill extra, less *settled* (new here) Less: Motif stitched crooked - n @ rate / Less: Panel
  re-stitched - n @ rate / Less: Advance recovered (as heldout259's Less: Weaving fault and Less: Advance
  adjusted)), never the *settled* (new here) Mota mazuri (gross) / Gross wages (as heldout259's Kul majdoori
  (gross)), the line or a deduction; a payout page's and a screen's sum large. *settled* (new here): Pipili
  NAC's Total paid / Amount received (the Trade licence fee 2026-27 with the Solid waste user charge (annual)
  and the Penalty (late renewal) where printed), never a head; the Pollution Control Board's Amount payable /
  Total fee due on the failed page (the Consent fee - Water Act and the Consent fee - Air Act), never a head;
  EPFO's Grand total paid / Total challan amount (A/c 1, A/c 2, A/c 10 and A/c 21), never one account's; the
  GI Registry's Total fee paid / Amount remitted (the Fee - Form GI-3A (authorised user), the Fee - certified
  copy of the entry and the Fee - search of the register where printed), never one fee; the Labour & ESI
  Department's Total fee paid / Fee remitted (the Renewal fee and the Late fee where printed), never a head;
  the Transport Department's Total tax paid / Amount paid (the Road tax - goods vehicle (LMV), 2026-27 and the
  Service charge), never a head; ESIC's Challan amount / Amount payable to ESIC on the page pending (the
  Employer's share @ 3.25% and the Employees' share @ 0.75%), never one share; Legal Metrology's Total fee /
  Fee remitted (the two verification fees and the Late fee where printed), never one fee. *settled*
  (heldout199, heldout202 to heldout259): an insurer's premium with its GST, *settled* (new here) Premium
  received (incl. GST) / Total amount paid / Premium collected, the Cheque amount (heldout211) / *settled*
  (new here) Instrument value on the cheque not yet cleared, the *settled* (new here) Renewal premium payable
  / Amount due for renewal on the failed one (as heldout259's Renewal premium due), never the *settled* (new
  here) Net premium (before GST) or a bare Premium row above the GST (the premium before tax, as heldout259's
  Basic premium), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the OD premium or the TP premium
  (heldout259), nor the IDV (heldout235) or the *settled* (new here) Sum insured - cloth, goods and machines,
  Sum insured - shop stock, Estimated annual export sales, Lives covered, Annual wage roll (estimated),
  Insured persons or Exhibition stock value (as heldout259's sums insured, turnover, lives, wages and stock).
  A slip's *settled* (new here) TXN AMT: / TOTAL RS: / AMT: (as heldout259's SALE AMT: / AMOUNT RS: / NET
  AMT:), printed above the card or under the references, never the *settled* (new here) RATE/LTR: or QTY
  (LTR): (as heldout259's PRICE/L: and VOLUME(L):) or the *settled* (new here) PETROBONUS PTS: (as
  heldout246's XTRAREWARDS PTS:). A Bharat Connect page's sum large, never the *settled* (new here) Late
  payment amount (as heldout259's Amount after due date); TPCODL's *settled* (new here) Amount paid / Net
  amount received. An alert's sum debited (*settled* (new here) Odisha Grameen Bank's UPI "debited by Rs.x",
  Bank of India's "Rs.x debited from", Union Bank of India's "Debited for Rs:x" (the rupee mark with a colon),
  Indian Overseas Bank's "is debited for Rs.x", each grouped the Indian or the English way or not at all, the
  failed and pending transfers' "<way> txn of Rs.x"; the e-mail's *settled* (new here) Amount debited /
  Transaction amount), never the *settled* (new here) Avl Bal Rs.x / Avl Bal Rs:x / Bal: INR x (as
  heldout259's Avl Bal Rs.x) or the e-mail's Balance available (as heldout259's Available balance). Currency
  INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done, Success - money sent and Paid -
  merchant has received the money successes, Pending - we will update you in 48 hours, do not retry pending,
  Transaction declined - daily UPI limit exceeded failed; a payment page's Payment received - thank you for
  your order, Success - your chandua ships from Puri in 4 days and Transaction successful successes. *settled*
  (new here): a payer's Payment made - funds sent to your bank / Status: Remitted successes, Payment kept on
  hold - colour fastness test awaited / On hold - umbrellas under count at our stores pending (a payer's hold,
  as heldout259's On hold - wool content test report awaited), Payment bounced - beneficiary account is
  dormant failed, printed under the heading or at the end of the payment block. *settled* (new here): an
  inward advice's Proceeds credited to the exporter's account - IRM reported to EDPMS / Status: Credited
  successes, Under review - remitter's KYC awaited, funds not credited pending (funds held, not credited, as
  heldout259's Held in suspense), Sent back to the remitting bank - beneficiary account closed failed, printed
  under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout259):
  a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  RECEIVED - CLOTH TO BE RELEASED ON CLEARANCE and CHEQUE SENT FOR CLEARING - RECEIPT VALID ON REALISATION
  pending, CHEQUE BOUNCED - SIGNATURE DIFFERS, ORDER STOPPED and CHEQUE DISHONOURED - PAYMENT STOPPED BY
  DRAWER, PAY BY NEFT failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled* (new
  here) PAID - JAI JAGANNATH, VISIT AGAIN, PAID - CARTONS HANDED TO THE CARRIER, PAID - MOTIFS COUNTED AND
  DELIVERED, PAID - CLOTH MEASURED AND DELIVERED, PAID - CHINDI WEIGHED AND LOADED, ADVANCE RECEIVED -
  STITCHING OF YOUR ORDER BEGINS THIS WEEK (as heldout259's ADVANCE RECEIVED - YOUR CAPS GO ON THE LOOM FROM
  MONDAY), FULL PAYMENT RECEIVED, PAID - ACCOUNT SETTLED, RECEIVED BY NEFT / RTGS / UPI (as heldout259's
  SETTLED BY NEFT), PAID - PIECES RECEIVED IN STORE, PAID - UMBRELLAS COUNTED IN STORE and PAID - ENTERED IN
  MAZURI KHATA. *settled* (new here): a banking page's Success - amount credited to beneficiary / Status:
  Completed (UTR generated) successes, Awaiting authorisation - second approver yet to release pending (keyed,
  not yet authorised, as heldout259's Pending at checker), Failed - beneficiary account frozen, amount
  reversed to your account failed (whatever the reversal), printed at the foot, under the heading or after the
  day in the summary; Cashfree Payouts' Transfer successful - credited to the beneficiary / SUCCESS successes,
  Pending - awaiting response from the beneficiary bank, do not retry pending; a transfer screen's Payment
  successful / Transaction successful successes, Transaction failed - the bank server is down, try later
  failed; a fee page's *settled* (new here) Payment successful - receipt issued, Paid - e-receipt sent by SMS
  and Amount credited to the treasury successes, the Pollution Control Board's Payment unsuccessful - consent
  fee not received, try again failed, ESIC's Awaiting bank confirmation - challan not yet paid pending,
  printed under the authority's line or at the foot; an insurer's *settled* (new here) Payment received -
  policy is active / Paid - policy copy sent by e-mail successes, CHEQUE IN CLEARING - POLICY ISSUED AFTER
  REALISATION pending, Payment not completed - bank declined, renew before expiry failed, printed under the
  heading or under the sum; a slip's APPROVED (heldout210) and *settled* (new here) SALE APPROVED and APPROVED
  - PIN VERIFIED successes, DECLINED - 55 INCORRECT PIN failed, RESPONSE NOT RECEIVED - CHECK WITH BANK BEFORE
  RETRYING pending (as heldout259's TXN TIMED OUT - STATUS PENDING WITH BANK); a Bharat Connect page's
  *settled* (new here) Bill payment successful / Paid - biller has received the payment successes, Pending
  with biller - status in 24 hours, do not pay again pending, Payment failed - any amount debited is refunded
  in 5 days failed (the payment failed, whatever the refund), TPCODL's *settled* (new here) Payment received -
  thank you / Payment updated in your account successes (printed under the head or at the foot); *settled*
  (new here) an SMS that says the transfer "has failed and the amount is reversed to your account." failed,
  one that "is pending at the beneficiary bank. Please do not initiate again." pending, a debit alert a
  success, whatever its bank's wording (Odisha Grameen Bank's UPI "A/c X1234 debited by Rs.x / on 23Apr26 trf
  to <payee> / Refno <ref>. -OGB", Bank of India's "BOI - Rs.x debited from A/c XX1234 on <day> / for <way> to
  <payee>.", Union Bank of India's "A/c *1234 Debited for Rs:x on <day> / by <way> transfer to <payee>.",
  Indian Overseas Bank's "Your a/c no. XXXXX1234 is debited for Rs.x / on <day> and credited to / <payee>
  (<way> Ref no <ref>)."); the e-mail's *settled* (new here) Status: Success / Transaction status: Completed
  successes.
* date: the day paid (a UPI screen's *settled* (new here) Payment on / Completed at / Txn date, *settled* (new
  here) Initiated on / Request sent at on one not yet paid and Failed at / Attempted on on one failed, printed
  first in the details or at their end, or the day and the hour with no label on the line under the status
  (heldout259's, and *settled* (new here) 14 Oct 2026 - 04:12 PM, 16:12 hrs, 14-10-2026, 14 October 2026 -
  16:12 hrs and Wednesday 14 October 2026 at 4:12 pm); a payment page's *settled* (new here) Transaction date
  / Payment time / Paid at, printed under the outcome or after the ids; a payer's *settled* (new here)
  Remitted on / Date of remittance / Payment dt., the held one's Hold date / Kept on hold on and the returned
  one's Bounced on / Date of return (as heldout259's On hold since and Returned by bank on), the day written
  *settled* (new here) the 14th of October, 2026 or Wed, 14th Oct 2026 on some e-mails (as heldout259's 14th
  October 2026 (Wednesday)), or after "on" in the e-mail's sentence (heldout259); an inward advice's *settled*
  (new here) Credited on / Date of realisation / Proceeds credited on (as heldout259's Credit date / Funds
  realised on), *settled* (new here) Under review since / Funds received on (not credited) on the one held and
  Date returned / Remitted back on on the one sent back, printed first or after the references (in capitals on
  some), or the day in the raw :32A: field (261024CHF19112,58 is 2026-10-24); a receipt's, invoice's or wage
  slip's *settled* (new here) Tarikha (Odia for date, as heldout259's Dinank) / Bill date (heldout247) / Dt. /
  Sale date / Invoice date / Date of invoice / Paid on date / Wage dt., the day at the right of one row with
  the number at its left (heldout259) and *settled* (new here) the day after " / " on one Inv. No. / Date row
  (BGC/26-27/4828 / 24 Oct 2026, as heldout259's "dt."), the accounts desk's *settled* (new here) Advance
  credited on / Date of receipt, printed above the number or under it; a banking page's *settled* (new here)
  Value date / Debited on / Date of payment (the day the transfer left the account), *settled* (new here)
  Created on / Awaiting approval since on the one pending at the approver and Failed on / Reversed on on the
  failed one, printed in the details, among them, first in the summary or in the table; Cashfree Payouts'
  *settled* (new here) Processed on / Transfer date and Requested on / Pending since on the one pending; a
  transfer screen's day and hour with no label under the status (BHIM's) or *settled* (new here) Transaction
  date / Paid on (PhonePe's); a fee page's Paid on (heldout254) / *settled* (new here) Date of payment /
  Transaction date / Credited to treasury on, the Pollution Control Board's *settled* (new here) Transaction
  tried on / Unsuccessful on on the failed one and ESIC's *settled* (new here) Challan generated on / Sent to
  bank on on the one pending; an insurer's *settled* (new here) Payment date / Date of receipt / Received on,
  *settled* (new here) Cheque received on / Cheque deposited on (heldout235) on the cheque not yet cleared and
  Attempted on / Date of attempt on the failed one; a slip's *settled* (new here) DATE & TIME: <day> <hour> on
  one row, DT: with TM: on two rows, or the hour and then the day with no label on one line (13:28:15
  27/05/26, as heldout259's day and hour), printed at the top or under the sum; a Bharat Connect page's
  *settled* (new here) Payment date / Paid on / Date & time, Tried on / Started on on a bill not paid;
  TPCODL's *settled* (new here) Date of payment / Receipt date; the SMS's day and its divider's (Odisha
  Grameen Bank's "on 11Aug26" is 2026-08-11, as heldout259's); the e-mail alert's *settled* (new here)
  Transaction date / Debit date). Days printed with the day and the month without zeros (28.7.2026, 4-9-2026)
  are day first (heldout251), and so are all numeric days here (04/01/2026 is 4 January, heldout259).
  *settled*: never a Bill month (heldout167), a Due date, a *settled* (new here) Cheque date (as heldout259's
  Cheque dt.), the *settled* (new here) Period of insurance <day> to <day> (as heldout259's Risk period), an
  invoice number's or a slip number's financial year or an e-mail's hour; never a *settled* (new here) AWB dt.
  or S/B dt. (as heldout259's AWB date and SB date), the day inside a UTR (heldout210); never a Bharat Connect
  page's *settled* (new here) Bill generated on, Billing period or Pay by date (as heldout259's Bill date,
  Bill period and Bill due date), TPCODL's Bill due date, the day of a bill listed on an advice (heldout246,
  here "of <day>"), ESIC's Contribution period (heldout257), EPFO's Wage month (heldout247) or the year of a
  head (Trade licence fee 2026-27, Road tax - goods vehicle (LMV), 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155, here its *settled*
  (new here) Message type MT103), a payer's NEFT / RTGS / IMPS (also "through <way>" in the e-mail's
  sentence), Cashfree Payouts' IMPS (as heldout259's RazorpayX's), a Bharat Connect bill from a Current A/c
  (here in InstaBIZ), a payment page's Net banking (<bank>), a fee, a premium or TPCODL paid by Net banking
  (EPFO and ESIC by net banking only), an e-mail alert's *settled* (new here) Mode <way> (Internet Banking),
  an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's (*settled* (new here) UPI (QR
  at counter)), a wage slip's, an invoice's, Cashfree Payouts', a transfer screen's, a fee's, a premium's or a
  bill's UPI and Odisha Grameen Bank's UPI alert; card on slips, a payment page's card, a receipt's Card
  (POS), a fee, a premium or TPCODL paid by Debit card; cheque for a cheque received, collected or returned
  and a premium paid by Cheque; cash for a job work bill or a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout259): a UPI
  reference / UTR / RRN / IMPS reference (a UPI screen's *settled* (new here) UPI Ref No / Bank Reference No.
  (Paytm's) / UPI transaction ID / UPI Ref ID / UTR / Bank UTR / Bank Reference ID (Amazon Pay's) / UPI Ref.
  No. / UTR No. / UPI RRN / RRN, *settled* (new here) Cashfree's Bank reference (UTR) / UTR and Instamojo's
  UPI ref. ID on a UPI payment, a payer's *settled* (new here) NEFT UTR / UTR No. / RTGS UTR No. / UTR / IMPS
  RRN / IMPS UTR, a receipt's *settled* (new here) UPI Ref No / UPI RRN / UTR / NEFT UTR / RTGS UTR / UTR No.,
  an invoice's *settled* (new here) UTR / NEFT UTR No. / RTGS UTR No. / UPI Ref No / UPI RRN, a banking page's
  *settled* (new here) UTR / NEFT UTR No. / RTGS UTR No. / IMPS RRN, a wage slip's UPI Ref. No. / IMPS RRN,
  Cashfree Payouts' *settled* (new here) Bank reference No. (UTR), a transfer screen's UPI Ref. No. / UTR /
  Bank UTR, an insurer's UPI Ref. No., a Bharat Connect page's *settled* (new here) UPI Ref ID / Bank UTR, a
  slip's *settled* (new here) RRN NO: / REF NO:, an SMS's *settled* (new here) Refno (Odisha Grameen Bank's) /
  Ref no inside Indian Overseas Bank's bracket / UTR No / IMPS Ref No, an e-mail alert's *settled* (new here)
  UTR number / IMPS RRN), then a bank reference (an inward advice's *settled* (new here) Remittance ref. No. /
  Inward txn No. / Our ref. (as heldout259's Inward remittance No. / IRM ref.), a banking page's *settled*
  (new here) Bank reference No. / Host ref. ID (as heldout259's Reference No. (CBS) / Journal No.), printed
  above the payee or under it, a payment page's *settled* (new here) Bank reference (Cashfree's) / Bank txn
  ref. (Instamojo's) on net banking, a fee page's Bank ref. No. / *settled* (new here) Bank txn No., an
  insurer's *settled* (new here) Bank ref. No., TPCODL's Bank ref. No., a Bharat Connect page's *settled* (new
  here) B-Connect ref. No. / Bharat Connect txn ID / BBPS txn ref. (as heldout259's Bharat Connect ref. ID /
  BBPS ref. No.)), then a transaction / payment id (*settled* (new here) Cashfree's CF payment ID and
  Instamojo's Payment ID (MOJO...) (the gateway's id for the payment, as heldout259's Razorpay Payment ID),
  the UPI apps' own Transaction ID (PhonePe's), Google transaction ID and BHIM txn ID (heldout259) and
  *settled* (new here) Paytm's Order ID (Paytm), Amazon Pay txn ID and Navi txn ID (the app's own id, whatever
  its name, heldout235), Cashfree Payouts' *settled* (new here) Transfer ID (the payout's own id, as
  heldout259's RazorpayX Payout ID), a fee page's Transaction No. / Transaction ID (heldout234) / *settled*
  (new here) PG ref. No. / e-Payment ref. No., EPFO's TRRN (heldout259; on the page that prints no id here),
  an insurer's *settled* (new here) Payment ref. ID, TPCODL's *settled* (new here) TPCODL txn ID, a failed
  Bharat Connect page's *settled* (new here) Order ID (the app's own id for the attempt, the only id it
  prints)), then an approval code (*settled* (new here) Cashfree's Auth ID, Instamojo's Authorisation code, a
  receipt's Approval code / Auth No., a slip's APP CODE: / AUTH NO: (as heldout259's AUTH ID: / APPROVAL
  NO:)), then an order's number (*settled* (new here) Cashfree's Order ID (the store's own id for the order)
  and Instamojo's Request ID (the payment request's id), as heldout259's Razorpay Order ID and BillDesk's
  Merchant order No.), then a document's own number (a payer's *settled* (new here) Payment advice No. /
  Voucher No. / Remittance No. (as heldout259's Advice No.), a receipt's *settled* (new here) Cash memo No. /
  Rasida No. / Order No. / Farmaas No. / Invoice No. / Paikari bill No. / Job work bill No. / Mazuri bill No.
  / Cloth bill No. / Waste memo No. / Chindi rasida No. / Advance receipt No. / Ack. No. (as heldout259's
  Retail bill No. / Parchi No.) and the number at the left of a number-and-day row, an invoice's *settled*
  (new here) Invoice No. / Tax invoice No. / Bill Sl. No. and the number before " / " on one Inv. No. / Date
  row, a wage slip's Wage slip No. (heldout254) / *settled* (new here) Mazuri rasida No. (as heldout259's
  Majdoori parchi No.), a fee page's Receipt No. / *settled* (new here) Money receipt No. / ESIC's Challan No.
  (heldout257) / EPFO's CRN (heldout237), an insurer's Receipt No. (heldout254) / *settled* (new here) Premium
  receipt No., TPCODL's *settled* (new here) Money receipt No., a slip's *settled* (new here) INV NO: /
  RECEIPT NO: (as heldout259's BILL NO: / INVOICE:)). *settled*: never a UETR, a *settled* (new here) MERCHANT
  ID: / TERMINAL ID: / BATCH: / TRACE: (as heldout259's MID: / TID: / BATCH NO: / STAN:), an EXP:, a card,
  account or mobile number, a UPI ID or VPA, IFSC / IFSC code, GSTIN, an IEC, a cheque number, a Purpose code,
  an Export invoice No. (heldout210), an *settled* (new here) AWB No. or S/B No. (as heldout259's Airway bill
  No. and Shipping bill No.), an E-way bill No., an LR No. (heldout259), a *settled* (new here) Docket No. (a
  courier's, as heldout259's LR No.), a Vehicle No. (heldout205) (so never a VEHICLE: on a slip or a
  Registration No. on the Vahan page or an insurer's page), a *settled* (new here) Buyer's order No. (as
  heldout259's Order ref.), the Vendor code, PO No. and GRN No., the corporations' Purchase order No. and
  Goods receipt No., the number or the day of a bill listed on an advice (heldout246), a *settled* (new here)
  Transaction reference (:20:) (as heldout259's Sender's ref. (field 20)), the Initiator / Approver, the
  Corporate user ID, a Payee short name, Cashfree Payouts' Beneficiary ID, a Machine No., an Artisan card No.,
  a *settled* (new here) Licence No. (as heldout259's Trade licence No.), a Ward (heldout216's Ward No.), a
  *settled* (new here) Unit ID (as heldout259's Industry ID), an *settled* (new here) Establishment code (as
  heldout247's Establishment ID), a *settled* (new here) GI application No. (as heldout259's Handloom Mark
  registration No.), a *settled* (new here) Registration certificate No. (the shop's registration), an
  Employer code (heldout257), a Policy No. (heldout246) / *settled* (new here) Cover note No. / Renewal
  reference No. (as heldout259's Proposal No. / Renewal notice No.), a Bharat Connect page's *settled* (new
  here) Bill number (as heldout251's Bill No.), a consumer number (here *settled* (new here) Consumer No.,
  Account No., Mobile number, VC No. and Consumer No. (LPG), as heldout259's Consumer ID and LPG ID), or a
  slip's *settled* (new here) ROOM NO: (heldout203) / BILL REF: (as heldout259's FOLIO:), PUMP: (as
  heldout246's NOZZLE:), TABLE NO: (heldout257) / COVERS: or CUST PH: (as heldout259's MOBILE:)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout261_families import (
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

SPLIT = "heldout261"

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


def make_heldout261_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout261 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

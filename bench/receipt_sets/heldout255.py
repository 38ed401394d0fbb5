"""heldout255: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Madhubani (Mithila) painting house's day in 2026 in Madhubani district, Bihar
(Kohbar Mithila Art Pvt Ltd, its painting studio in Jitwarpur, Kohbar Chitrashala, where the women and men of
the village paint in the Bharni, Kachni, Godna and Tantrik styles on handmade paper, canvas and tussar silk,
the saree painters paint sarees at home by the piece, the studio runs its painting workshops and its mural
team paints station walls and hotel lobbies by the square foot, its handmade paper and natural colour unit at
Rampatti, Kohbar Kagaz & Rang Udyog, where cotton rag is beaten into sheets sold by the ream and the colours
(lamp black, turmeric, geru, indigo, palash) are ground and sold by the kilo, and its gallery and craft shop
on Station Road, Madhubani, Kohbar Kala Dirgha, with a stall at the Mithila Haat, Araria Sangram), told by the
proofs of payment it receives (collectors', tourists', hotels' and families' UPI screens and the web shop's
Easebuzz and BillDesk pages, a New Delhi boutique hotel chain's and East Central Railway's Samastipur
Division's advices for murals by the square foot, a New Delhi and a Patna folk art house's, a Mumbai and a
Bengaluru interior firm's and a Kolkata and a Chennai saree shop's payment advices, importers' inward wires
from Tokamachi, Paris, Santa Fe, Edinburgh, Melbourne, Toronto, Stockholm and Copenhagen in yen, euros, US
dollars, pounds, Australian dollars, Canadian dollars, kronor and kroner, the gallery's bills to a French
tourist and a Jhanjharpur school, the studio's mural bill to a Darbhanga hotel, its workshop fee receipt to a
Pune student and its painted saree bill to a Benipatti lady, the Rampatti unit's paper bill by the ream to the
Ranti painters' co-operative and colour memo by the kilo to a Patna art supply shop, the accounts desk's
acknowledgement of the Delhi hotel chain's mobilisation advance, cards on the gallery's, the company's, the
studio's and the Mithila Haat stall's terminals) and those it makes (the Kalpi handmade paper maker's, the
Bhagalpur tussar silk house's, the Kolkata art materials shop's, the Patna frame maker's and the Muzaffarpur
packaging maker's tax invoices, the net-banking transfers to the scaffolding hirer, the gallery's landlady,
the security agency, the chartered accountants, the catalogue printer, the stall builder, the packers and the
carrier, the painters' and saree painters' wage slips, Paytm for Business payouts to the paper maker and the
colour grinder and a BHIM SBI Pay and a Canara ai1 payment to the mural helpers, Madhubani Nagar Nigam's trade
licence, the Geographical Indications Registry's fee for the painters' authorised user applications, the Bihar
State Pollution Control Board's consent renewal for the paper unit, the profession tax through OGRAS, BIADA's
maintenance and water charges for the packing shed, EPFO's ECR challan, the Labour Resources Department's
Shops and Establishments renewal for the gallery and the Transport Department's road tax on the delivery
pickup, the insurers' premium receipts for the studio, paintings and paper stock, the paintings on exhibition,
the gallery's stock, the export cargo, the workers' health, the employees' compensation, the pickup and the
cash in transit, its card at a filling station on the Rahika road, a Faridabad hotel in the Surajkund crafts
fair's fortnight, a Darbhanga art and stationery shop and a Madhubani sweet shop, NBPDCL's power and the
fibre, postpaid, DTH and cooking gas bills, the banks' SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_upi``: six UPI app screens (Canara ai1, PhonePe, Google Pay, Paytm, super.money, MobiKwik) paying
  the gallery or the company in one of three layouts (the payee's name and the sum on one row under the payee
  label, the UPI ID and the status under them; the status, the payee block and the sum; the sum, the status
  and the payee block after a rule), the hour and the day with no label under the status on some, else
  labelled first in the details or at their end, and two of the web shop's payment pages (Easebuzz, BillDesk),
  the purchaser and the artwork on top of the body or after the outcome, the sum large or in a Paid amount /
  Order amount row above the status or under it, the day under them or at the foot.
* ``buyer_advices``: the hotel chain's, the railway's, the folk art houses', the interior firms' and the saree
  shops' PAYMENT ADVICE - ART AND MURAL WORK / Remittance intimation - supplier payment / SUPPLIER PAYMENT
  ADVICE (PAINTINGS AND MURALS) (a letter e-mail with Dear Sir / Madam, printed, supplier portal), the status
  under the heading or at the end of the payment block, the payee at the head of the body or of the payment
  block, the bills (dt. ... on some) above the payment block or under it; the murals' TDS u/s 194C @ 2% and a
  Less: Retention money @ 5% on some, the railway's GST-TDS split into CGST @ 1% and SGST @ 1%; the day
  written 20th August, 2026 on some e-mails.
* ``export_wires``: eight banks' inward remittance advices (INWARD FOREIGN REMITTANCE - CREDIT ADVICE / Export
  realisation advice / Foreign remittance received - beneficiary advice; browser, e-mail, printed), the status
  under the heading or at the foot, the day first or after the references, or at the head of the raw SWIFT
  field 32A (:32A: Value date / Currency / Amount, 260914CAD14750,00) on two credited ones, the remitter's
  block above the beneficiary's or under it; yen whole, kronor with spaces between the thousands and a decimal
  comma, kroner with dots between the thousands and a decimal comma; the rupee lines only on the credited
  ones, the TT buying rate marked indicative on the one on hold; a postal bill of export (Dak Ghar Niryat
  Kendra) and its day on some.
* ``own_receipts``: the gallery's TAX INVOICE - MITHILA PAINTINGS / CASH MEMO - MADHUBANI ART (ORIGINAL), the
  studio's MURAL WORK BILL - PAINTED AREA BY SQ FT / RUNNING BILL - WALL PAINTING (SQ FT) (each wall's feet
  and square feet x rate), WORKSHOP FEE RECEIPT - MITHILA PAINTING / TRAINING FEE RASID and TAX
  INVOICE - HAND-PAINTED TUSSAR SAREES / BILL - PAINTED SILK (BY THE PIECE), the Rampatti unit's HANDMADE
  PAPER SALE BILL - BY THE REAM / KAGAZ BIKRI RASID and NATURAL COLOUR SALE MEMO - BY THE KG / PRAKRITIK RANG
  BIKRI PARCHI (paper, rubber stamp, the signature and the customer's lines), the number and the day (Tarikh
  on some) in either order above the party, and the accounts desk's Advance received - with thanks e-mail (a
  mobilisation advance against the mural's contract value, IGST).
* ``supplier_invoices``: the handmade paper, tussar silk, art materials, frame and packaging suppliers' TAX
  INVOICE (ORIGINAL FOR BUYER) / GST INVOICE / TAX INVOICE AND MONEY RECEIPT with the payment block (an
  advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on
  one Bill No. / Date row (KHK/26-27/2691 dt. 15 April, 2026) on some, else in either order; each line's HSN
  and GST rate, the CGST, SGST or IGST without a rate; a transporter's GR No. or a courier's Consignment No.
* ``vendor_transfers``: corporate net banking's pages (Canara Bank Corporate Net Banking, BOI Star Corporate,
  neo for Corp) in three layouts (an Overview on top with the sum and the status, then the Beneficiary details
  and the Debit details with the day among them; the status and the day under the heading; the day under the
  heading and the status at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed CHITRAKAR MAJDOORI - PRATI CHITRA / PAINTING WAGES - PER PIECE (CHITRASHALA) / SAREE
  PAINTING WAGES - HOME WORK (PER PIECE) / SAREE RANGAI MAJDOORI - GHAR KA KAAM, the payee first; Paytm for
  Business payout pages, the payee above the sum and the status or under them; a BHIM SBI Pay and a Canara ai1
  screen.
* ``govt_fees``: Madhubani Nagar Nigam's trade licence page, the GI Registry's authorised user fee, the Bihar
  State Pollution Control Board's consent renewal, the Commercial Taxes Department's profession tax challan
  (OGRAS), BIADA's maintenance and water charges, EPFO's ECR challan, the Labour Resources Department's Shops
  and Establishments renewal and the Transport Department's Vahan road tax (browser), the status under the
  authority's line or at the foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM ACKNOWLEDGEMENT / Receipt of premium - policy schedule follows /
  PREMIUM RECEIPT - ORIGINAL (Premium payment failed / TRANSACTION STATUS - PREMIUM on the failed one;
  browser, e-mail, printed at the branch), the status under the heading or under the sum, a Cover from ... to
  ... line on some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE & TIME: on one
  row, TXN DT: and TXN TM:, or DATE: and TIME:; the year first on some), the sum above the card or under the
  references.
* ``utility_bills``: Bharat Connect in Union Bank's Vyom and other apps (PhonePe, super.money, Airtel Thanks,
  Google Pay, Paytm), the biller above the sum and the status or under them, the sum above the status or under
  it, and NBPDCL's own smart prepaid meter recharge receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bihar Gramin Bank's UPI, Canara Bank,
  Central Bank of India, the Madhubani Central Co-operative Bank) in a messages app and two e-mail debit
  alerts (Union Bank of India, Bank of India), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout251's and heldout250's. The Faridabad hotel's card slip is
drawn in the Surajkund crafts fair's first fortnight of February; the other days anywhere in 2026.

Truth conventions (heldout251's, heldout250's, heldout247's, heldout246's, heldout243's, heldout242's,
heldout239's, heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's,
heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's,
heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept
where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to /
  To / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Paid to shop / Transferred to / Merchant / Payee (heldout242), Payment made to / Credited to /
  Transferred to merchant / Amount sent to (heldout243), Money paid to / Paid to the shop / Received by
  (merchant) / Payee shop (heldout247), You paid / Payment sent to / Sent to merchant / Payment to shop
  (heldout246), Payment received by / Money transferred to / Paid to store / You paid to (heldout251), Amount
  paid to / Money received by / Paid to business / Merchant paid (heldout250), *settled* (new here) Paid to
  seller / Amount transferred to / Money credited to / Payment done to, and Payment attempted to
  (heldout244) / *settled* (new here) Pay to on one not yet paid or failed (here the gallery, Kohbar Kala
  Dirgha / KOHBAR KALA DIRGHA, the company's capitals, KOHBAR MITHILA ART PVT LTD, or its short name, Kohbar
  Mithila, as printed), whether the payee block stands above the sum, under the status or under the sum and
  the status after a rule (heldout243, heldout247), or *settled* (new here) the payee's name on one row with
  the sum at its right, under the payee label (as heldout240's PhonePe row), never the UPI ID or the app, nor
  the *settled* (new here) Verified merchant name / Name as per KYC line under the UPI ID (as heldout251's
  Legal name / Registered as), nor the payer under Payer name (heldout247) / Sent by (heldout243); a payment
  page's payee on top (here the gallery, its capitals, the company or its short name), never its shop line or
  the *settled* (new here) Purchaser / Delivery to / Artwork / Product details (as heldout251's Buyer's name /
  Ship to / Item(s) / Order description), or the gateway's footer (*settled* (new here) Payments by Easebuzz |
  Easebuzz Pvt Ltd, BillDesk | IndiaIdeas.com Ltd). *settled* (heldout167, heldout190, heldout202 to
  heldout251): a payer's payment advice pays the one it pays, never the payer on top; here the hotel chain's,
  East Central Railway's, a folk art house's, an interior firm's or a saree shop's advice pays the company
  under Supplier / Paid to supplier / Amount remitted to (heldout246), Payee (supplier) (heldout238), Supplier
  credited (heldout228) (its full, capital or short name as printed), printed at the head of the body or at
  the head of the payment block, above the bills or under them, never the payer on top (and its name again in
  the e-mail's With regards line), its desk line (the railway's Office of the Sr. Divisional Finance Manager,
  Samastipur Division), the Supplier code (heldout247), the Job order No. (heldout204), the Material receipt
  No. (heldout248), the railway's *settled* (new here) Agreement No. (as heldout243's Supply order No.) and
  Measurement book No. (the record of the measured work, as heldout251's Stock entry No.), the bills listed
  (their numbers and days, heldout246), the Supplier's bank account (heldout229) or the letter's Dear Sir /
  Madam lines. *settled* (heldout155, heldout167, heldout190, heldout203 to heldout251): a bank's inward
  remittance advice pays the company under Exporter (beneficiary) (heldout235) / Beneficiary customer (59)
  (heldout246) or *settled* (new here) In favour of / Funds credited to (as heldout247's In favour of
  (beneficiary)), never the bank on top, its forex desk line, the remitter (Remitter name and address
  (heldout247), Overseas buyer (remitter) (heldout241) or *settled* (new here) Ordering party (as heldout249's
  Ordering party (50K)), the importer abroad), the Ordering institution (52A) (heldout249) / Sending bank
  (heldout242) or the Intermediary institution (56A) (heldout246), printed above the beneficiary or under it.
  *settled* (heldout175, heldout179, heldout190, heldout203 to heldout251): the company's own receipt pays the
  trade name on top where that is on top, so *settled* (new here) the gallery's bills pay Kohbar Kala Dirgha,
  the studio's mural bills, workshop fee receipts and saree bills Kohbar Chitrashala and the Rampatti unit's
  paper and colour bills Kohbar Kagaz & Rang Udyog (capitals where so printed), and a receipt with the company
  on top the company, never the "A unit of" company line under it (heldout190), the party under Sold to (as
  heldout247's Sold to (buyer)), Customer (heldout235) or *settled* (new here) Kharidar (buyer) / Client /
  Received from client / Participant / Student's name, printed after the number and the day, the goods' line,
  the signature line (*settled* (new here) For <unit> - Manager / For <unit> - Accounts, as heldout251's For
  <unit> - Authorised signatory), the *settled* (new here) Customer's signature line (as heldout251's
  Receiver's signature) or the rubber stamp (*settled* (new here) KOHBAR KALA DIRGHA, KOHBAR CHITRASHALA,
  KOHBAR KAGAZ UDYOG); *settled* (new here) the studio's mural bill for a client's walls by the square foot
  and its workshop fee receipt for a student's seats, and the unit's handmade paper sold by the ream and
  colours sold by the kilo alike (the studio, the unit or the company on top, never the client, the
  participant or the buyer, as heldout251's slurry); the accounts desk's e-mail pays the company on top (its
  full, capital or short name as printed, heldout219). A supplier's name on top of its own paper (capitals
  where so printed), never M/s the company under Receiver (billed to) (heldout218) or *settled* (new here)
  Sold to / Purchaser (as heldout251's Bill to), nor the studio, the unit or the gallery under Ship to /
  Delivery at (heldout247), nor the Transporter (heldout243's Dispatch through) or the Courier (heldout247).
  *settled* (heldout179, heldout202, heldout203, heldout207 to heldout251): a corporate banking page pays the
  payee under Beneficiary / Name of beneficiary (heldout246) or *settled* (new here) Payee name / Transferred
  to (payee), printed under the Beneficiary details heading, under the references or above them, never the
  portal (Canara Bank Corporate Net Banking, BOI Star Corporate, neo for Corp), the bank line, the From
  account (heldout247), the User ID (heldout243), the Beneficiary nickname (heldout241) / Short name
  (heldout249) or the Entered by / Authorised by (heldout223, as heldout171's Maker / Checker). *settled*
  (heldout150, heldout161, heldout179, heldout203 to heldout251): a wage slip pays the worker, *settled* (new
  here) a painter under Chitrakar's name / Paid to chitrakar and a saree painter under Saree painter's name /
  Majdoori paid to, printed first under the heading, never the company on top, the studio's line under it, the
  *settled* (new here) Style / work (as heldout251's Work done), Gaon / tola (as heldout251's Basti / village)
  or Artisan ID No. (the artisan's identity card, as heldout251's Pehchan card No.), nor the signature line;
  *settled* (new here) Paytm for Business's payout page the Payout beneficiary / Transferred to account of (as
  heldout251's Cashfree Beneficiary name), printed above the sum and the status or under them, never Paytm for
  Business on top, the Payouts | <company> line under it, the Beneficiary type (heldout246), the Bank account
  or the VPA; a transfer screen the payee under *settled* (new here) Transfer to / Beneficiary name, above the
  sum or under the status. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout251): a fee
  page pays the authority on top as printed, *settled* (new here for Madhubani) Madhubani Nagar Nigam /
  MADHUBANI NAGAR NIGAM / Nagar Nigam, Madhubani; Geographical Indications Registry / GEOGRAPHICAL INDICATIONS
  REGISTRY; Bihar State Pollution Control Board / BIHAR STATE POLLUTION CONTROL BOARD; Commercial Taxes
  Department, Government of Bihar / Commercial Taxes Department, Bihar (the profession tax's OGRAS page, as
  heldout250's GRIPS page); Bihar Industrial Area Development Authority / BIADA; Employees' Provident Fund
  Organisation / EPFO (heldout247); Labour Resources Department, Government of Bihar / Labour Resources
  Department, Bihar; Transport Department, Government of Bihar / Transport Department, Bihar on the Vahan page
  (as heldout251's); never the line under it (Urban Development & Housing Department, Bihar | Trade licence,
  Intellectual Property India, Chennai | Authorised user application (Form GI-3A), Parivesh Bhawan, Patna |
  Consent to operate - renewal, OGRAS - online receipt of government dues | Profession tax, Darbhanga Regional
  Office | Maintenance and water charges, Ministry of Labour & Employment, Government of India | ECR challan,
  Bihar Shops and Establishments Act, 1953 | Registration renewal, Vahan - Ministry of Road Transport &
  Highways | Road tax), nor the Name of applicant (heldout248), Name of unit (heldout247), Name of employer
  (heldout250), Allottee (heldout237), Establishment name (heldout247), Owner name (heldout251) or *settled*
  (new here) Business name / Establishment. *settled* (heldout199, heldout202 to heldout251): an insurer's
  premium receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here)
  National Insurance Co. Ltd's, United India Insurance Co. Ltd's, HDFC ERGO General Insurance Co. Ltd's, Tata
  AIG General Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's, Cholamandalam MS General
  Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's and Bajaj General Insurance Ltd's alike),
  never the product line, the office line or the insured (the company) under Insured name / Proposer
  (heldout247) / Name of proposer (heldout235). A slip's counter name line in capitals (here the house's own
  counters, KOHBAR KALA DIRGHA (at Station Road and at the Mithila Haat stall), KOHBAR MITHILA and KOHBAR
  CHITRASHALA, on four, a filling station on the Rahika road, a Faridabad hotel, a Darbhanga art and
  stationery shop and a Madhubani sweet shop on the rest), never the terminal's bank or brand (STATE BANK OF
  INDIA, INDIANOIL, CANARA BANK, HDFC BANK, BANK OF INDIA, EZETAP, UNION BANK OF INDIA, PAYTM EDC) or the
  place line. A Bharat Connect page's biller under Biller name (heldout235) / Operator (heldout223) or
  *settled* (new here) Payment to biller (short or long as printed: NBPDCL / North Bihar Power Distribution
  Co. Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio Postpaid / Reliance Jio Infocomm Ltd, Tata Play /
  Tata Play Ltd, Indane Gas / Indian Oil Corporation Ltd), printed above the sum and the status or under them,
  never the app (here Vyom, PhonePe, super.money, Airtel Thanks, Google Pay and Paytm; *settled* (new here)
  the Airtel Thanks app paying Airtel's own fibre bill alike), Bharat Connect or the Registered name
  (heldout239) / Name on the bill (heldout235); *settled* (new here) NBPDCL's own smart prepaid meter recharge
  receipt the discom on top (NBPDCL, North Bihar Power Distribution Co. Ltd or its capitals as printed, as
  heldout251's AVVNL), never the "A Government of Bihar undertaking" line under it, the Division (heldout247)
  or the Consumer name (heldout247). An SMS alert's payee as the bank sends it (*settled*, the truncated name
  as printed, without the sentence's full stop), *settled* (new here) Bihar Gramin Bank's UPI "by UPI, sent to
  <payee>.", Canara Bank's "to beneficiary <payee>.", Central Bank of India's "<way> to <payee>." and the
  Madhubani Central Co-operative Bank's "<way> of Rs x to <payee>", and the failed and pending transfers' "to
  <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here)
  Beneficiary name / Transferred to, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239, heldout243, heldout247), or *settled*
  (new here) at the right of the payee's name on its row, in the row's size (as heldout240's PhonePe row); a
  payment page's *settled* (new here) Paid amount / Order amount row above the status or under it. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout251): a payer's advice counts its net sum, Net
  amount remitted (heldout234) / Net payable released (heldout247) / Amount transferred (net) (heldout231),
  Amount withheld on the hold (heldout246) and Amount returned by bank (heldout225) / *settled* (new here)
  Returned unpaid on the return (the bills with their GST less TDS u/s 194Q @ 0.1% (heldout235) on the value
  before GST on the paintings and sarees or *settled* (new here) TDS u/s 194C @ 2% on the value before GST on
  the murals (a works contract's TDS, as heldout235's 194Q line), the railway's *settled* (new here) Less:
  GST-TDS - CGST @ 1% and Less: GST-TDS - SGST @ 1% (as heldout251's RAJSICO's TDS under GST), and *settled*
  (new here) a Less: Retention money @ 5% (kept back from a mural till its defects period ends, as
  heldout243's Shortage on receipt), a Less: Damaged in transit - n pcs (heldout239), a Less: Late delivery
  penalty @ 1% (heldout204) or a Less: Cash discount @ 1.5% (heldout246)), printed in the payment block above
  the bills or under them, never a bill's sum, the Gross amount of bills (heldout218) / *settled* (new here)
  Invoice total (as heldout251's Gross bills), or a cut. *settled* (heldout155, heldout167, heldout179,
  heldout190, heldout203 to heldout251): an inward wire's foreign sum, Remittance amount (FCY) (heldout234) /
  *settled* (new here) Amount received in foreign currency / Inward amount (as heldout247's Inward amount
  (FCY)), or *settled* (new here) the sum in the raw SWIFT field 32A (:32A: Value date / Currency / Amount,
  the value day as YYMMDD, the currency's code, the sum with a decimal comma and no grouping:
  260914CAD14750,00 is 14750.00 Canadian dollars on 2026-09-14, 261204EUR6700,00 is 6700.00 euros on
  2026-12-04), in yen (JPY or the yen sign before the sum, whole, heldout202's: JPY 2,642,000 is 2642000.00),
  euros, pounds and US dollars (heldout152's marks), Australian dollars (AUD, A$, heldout202's), Canadian
  dollars (CAD, C$, heldout244's), kronor (SEK before or after the sum, spaces between the thousands and a
  decimal comma, heldout240's: SEK 205 500,00 is 205500.00) and kroner (DKK before or after the sum, dots
  between the thousands and a decimal comma, heldout245's: 190.250,00 DKK is 190250.00), never the INR
  equivalent, the Less: Commission and GST or the Net credit (INR) (heldout247); its TT buying rate
  (heldout249) (1 SEK = INR 9.4502; indicative on the one on hold) is no sum, and a wire sent back prints no
  rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout251): a receipt
  counts the sum received even where it is part of the order, Received in cash / Cash received (heldout247),
  UPI amount received (heldout249), Paid by card (heldout249), Card payment received (heldout241), Amount
  received via NEFT (heldout246), NEFT received (heldout218), Cheque received for (heldout247), Amount by
  cheque (heldout248) or *settled* (new here) Paid through UPI QR / Mobilisation advance received / Advance
  credited, with the sum in words under it, never the *settled* (new here) Contract value (as heldout247's
  Order value) where less was received, the goods' line, each wall's feet and square feet, the Less: Festival
  discount @ 10% (heldout247), the CGST and SGST @ 2.5% or 9% or the IGST @ 18%, the Round off or the
  *settled* (new here) Balance payable on completion of the mural (as heldout221's Balance due on delivery);
  the Bill amount (heldout247) / *settled* (new here) Grand total / Total payable (the rounded bill with its
  GST) is the same sum where the whole bill was paid, and *settled* (new here) the studio's mural (the walls'
  square feet x rate with CGST and SGST @ 9%), its workshop seats and the unit's paper by the ream and colours
  by the kilo count theirs, received in full. *settled* (heldout187, heldout191, heldout202 to heldout251): a
  supplier's invoice counts the sum paid, where an advance is taken off (*settled* (new here) Less: Advance
  paid against indent, as heldout251's Less: Advance adjusted) the *settled* (new here) Balance amount
  received - NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q
  deducted, as heldout247's Less: TDS u/s 194Q deducted by buyer) the Net received - NEFT / RTGS (heldout246),
  else the Amount received - NEFT / RTGS (heldout241) / Paid by UPI (heldout250) / UPI amount received
  (heldout249) (the rounded Invoice amount (heldout249) with GST), or the Cheque for (heldout251) / *settled*
  (new here) By cheque, never the Taxable value (heldout251), a line (with its HSN and GST rate) or the CGST /
  SGST / IGST without a rate. A banking page's Transfer amount (INR) / Amount debited (heldout247) or
  *settled* (new here) Payment amount, printed in the Overview on top or among the details, never the Balance
  after transfer (heldout247). *settled* (heldout167, heldout202 to heldout251): a wage slip's net sum, Net
  majdoori paid (heldout237) / Amount handed over (heldout235) / *settled* (new here) Amount paid to
  chitrakar / Net paid (sarees) (the paintings or sarees x rate, plus *settled* (new here) Add: Fine line
  (kachni) extra / Add: Large size allowance / Add: Pallu work extra, less *settled* (new here) Less: Spoilt
  sheets - n @ rate / Less: Stained saree - n @ rate / Less: Peshgi (advance) adjusted (heldout247) (as
  heldout251's Less: Pieces spoilt and Less: Udhaar (advance) recovered)), never the Gross majdoori
  (heldout237) / Total earned (heldout226), the line or a deduction; a payout page's and a screen's sum large.
  *settled* (new here): Madhubani Nagar Nigam's Grand total (heldout243) / Net fee paid (the Trade licence fee
  2026-27 with the Advertisement (signboard) tax and the Delay penalty where printed), never a head; the GI
  Registry's Total fee paid / Fees received (Form GI-3A - n applications @ 500), never the fee per
  application; the Pollution Control Board's Total consent fee paid (heldout221) / Fee deposited (the CTO
  renewal fee (water and air) and the Processing fee), never a head; the Commercial Taxes Department's Total
  challan amount / Amount of challan on the page not yet verified (the Profession tax - employees' deduction
  and the Profession tax - enrolment (company)), never a head; BIADA's Total dues (heldout243) / Amount to be
  paid (heldout250) on the failed page (the Maintenance charges 2026-27, the Water charges - half year and the
  Interest on arrears where printed), never a head; EPFO's Challan total / Total remitted (heldout247) (A/c
  1 - EPF, A/c 2 - admin charges, A/c 10 - pension (EPS) and A/c 21 - EDLI), never one account's; the Labour
  Resources Department's Total fee paid / Amount paid (the Renewal fee and the Late fee where printed), never
  a head; the Transport Department's Total tax paid (heldout241) / Tax paid (the Road tax - one year and the
  Road safety cess), never a head. *settled* (heldout199, heldout202 to heldout251): an insurer's premium with
  its GST, Total premium received (heldout248) / *settled* (new here) Premium with GST / Amount received
  (premium), the Cheque value (heldout238) / Cheque amount received (heldout250) on the cheque not yet
  cleared, the Premium to be paid (heldout227) / Payable amount (heldout224) on the failed one, never the
  Basic premium (heldout247) or *settled* (new here) Premium (excl. GST) (as heldout239's Premium before tax),
  an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the Own damage or the Third party liability
  (heldout241), nor the IDV (heldout235) or the *settled* (new here) Sum insured - studio, paintings and paper
  stock, Agreed value - paintings on exhibition, Sum insured - gallery stock, Annual export turnover (air and
  post), Members covered, Annual wage roll or Single carrying limit (as heldout251's sums insured, turnover,
  lives, wages and limit). A slip's SALE AMOUNT: (heldout243) / AMOUNT RS: (heldout247) / *settled* (new here)
  TOTAL RS:, printed above the card or under the references, never the RATE/LTR: or the VOLUME(L): or the
  XTRAREWARDS PTS: (heldout246). A Bharat Connect page's sum large, never the *settled* (new here) Amount with
  LPSC (the sum with the late payment surcharge, as heldout243's Payable after due date); NBPDCL's *settled*
  (new here) Recharge amount / Amount paid, never the *settled* (new here) Meter balance after recharge (a
  balance, as heldout243's Available balance after txn). An alert's sum debited (*settled* (new here) Bihar
  Gramin Bank's UPI "BGB: Rs.x debited from", Canara Bank's "CANARA BANK: INR x paid from", Central Bank of
  India's "Dr Rs x", the Madhubani Central Co-operative Bank's "<way> of Rs x", each grouped the Indian or the
  English way or not at all, the failed and pending transfers' "Your <way> of Rs.x"; the e-mail's *settled*
  (new here) Transaction amount / Amount transferred), never the *settled* (new here) Avail. bal / Clear Bal /
  Bal Rs x Cr (as heldout247's Avl Bal) or the e-mail's Available balance (as heldout243's Ledger balance).
  Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid - money has reached the seller, Completed and
  Transaction successful - merchant credited successes, Pending - awaiting confirmation from the bank, please
  do not retry pending, Failed - wrong UPI PIN entered failed; a payment page's Payment successful - thank you
  for supporting Mithila artists, Paid - your painting ships in 3 working days and Captured - receipt e-mailed
  to you (the gateway's word for a payment taken) successes. *settled* (new here): a payer's Status:
  Processed - credited to supplier's account / Payment released to bank successes, Withheld - measurement
  under verification / Withheld - awaiting quality check of the goods pending (a payer's hold, as heldout251's
  Payment on hold), Rejected by beneficiary bank - IFSC not valid failed, printed under the heading or at the
  end of the payment block. *settled* (new here): an inward advice's Proceeds credited - IRM generated on the
  EDPMS / Status: Credited to beneficiary account successes, On hold - purpose code and invoice copy awaited
  from the exporter pending (funds held, not credited, as heldout251's Awaiting KYC of the remitter), Returned
  to remitting bank - beneficiary name mismatch failed, printed under the heading or at the foot. *settled*
  (heldout167, heldout179, heldout190, heldout203 to heldout251): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE IN CLEARING - PAINTINGS KEPT ASIDE TILL
  REALISATION and CHEQUE SENT FOR CLEARING - SUBJECT TO REALISATION pending, CHEQUE RETURNED UNPAID - EXCEEDS
  ARRANGEMENT, MEMO CANCELLED and CHEQUE RETURNED UNPAID - PAYMENT STOPPED, DUES OUTSTANDING failed; RECEIVED
  WITH THANKS, PAID and PAID IN CASH successes, as are PAYMENT RECEIVED - THANK YOU (heldout239), PAID IN FULL
  (heldout231), NO DUES (heldout245), PAID BY NEFT / RTGS / UPI (heldout226), *settled* (new here)
  PAID - PAINTING ROLLED AND PACKED IN A TUBE, PAID - MURAL AREA MEASURED AND ACCEPTED, PAID - REAMS COUNTED
  AND HANDED OVER, PAID - SEAT CONFIRMED IN THE WORKSHOP, PAID - SAREE FOLDED AND HANDED OVER, ADVANCE
  RECEIVED - MURAL SKETCHES START THIS WEEK (as heldout251's ADVANCE RECEIVED - INLAY WORK STARTED ON YOUR
  TABLE TOP), PAID - ENTERED IN MAJDOORI REGISTER, PAID - PAINTINGS RECEIVED IN STOCK and PAID - SAREES
  CHECKED AND TAKEN IN. *settled* (new here): a banking page's Executed - amount credited to beneficiary /
  Status: Processed - UTR allotted successes, Pending for authorisation - approver action awaited pending
  (keyed, not yet authorised, as heldout251's Awaiting approval), Rejected - credit to a frozen account
  refused, debit reversed failed (whatever the reversal), printed in the Overview, under the heading or at the
  foot; Paytm for Business's Payout successful - amount credited to the beneficiary / Completed - the bank has
  returned the UTR successes, Accepted - the payout is being processed by the bank pending (sent, not yet
  confirmed), Failed - invalid beneficiary account, amount returned to the payout wallet failed (whatever the
  return); a transfer screen's Transfer completed (heldout246) and *settled* (new here) Success - money sent
  successes, Failed - receiver's bank not reachable failed (whatever the refund line under it); a fee page's
  *settled* (new here) Paid - receipt available for download, Transaction successful - challan paid and
  Success - fee credited to the government account successes, the Commercial Taxes Department's Under
  verification - bank scroll awaited, do not pay again pending, BIADA's Payment failed - amount not received
  by BIADA, dues outstanding failed, printed under the authority's line or at the foot; an insurer's *settled*
  (new here) Premium credited - policy schedule issued / Payment confirmed - your policy is active successes,
  CHEQUE AWAITING CLEARANCE - RISK COVERED ONLY AFTER REALISATION pending (as heldout251's CHEQUE UNDER
  REALISATION - COVER WILL START ON CLEARANCE), Payment unsuccessful - premium not received, proposal valid 15
  days failed, printed under the heading or under the sum; a slip's APPROVED (heldout210), APPROVED - THANK
  YOU (heldout240) and TXN SUCCESSFUL (heldout238) successes, *settled* (new here) DECLINED - 51 NOT
  SUFFICIENT FUNDS failed, NO RESPONSE FROM ISSUER - STATUS UNKNOWN, DO NOT SWIPE AGAIN pending (as
  heldout251's RESPONSE AWAITED FROM HOST - DO NOT RE-SWIPE); a Bharat Connect page's *settled* (new here)
  Bill paid - the operator has confirmed / Payment successful - receipt sent by SMS successes, Awaiting
  confirmation from the operator - do not pay again pending, Payment failed - money, if deducted, returns in 3
  working days failed (the payment failed, whatever the refund), NBPDCL's *settled* (new here) Recharge
  successful - balance added to the meter / Payment received - credited to your CA successes (printed under
  the head or at the foot); *settled* (new here) an SMS that says the transfer "could not be completed; the
  amount is reversed to your A/c." failed (whatever the reversal), one that "is awaiting credit at the
  beneficiary bank. Do not initiate it again." pending, a debit alert a success, whatever its bank's wording
  (Bihar Gramin Bank's UPI "BGB: Rs.x debited from A/c XX1234 / on 05/03/26 by UPI, sent to <payee>. / UPI Ref
  <ref>. -Bihar Gramin Bank", Canara Bank's "CANARA BANK: INR x paid from / A/c XX1234 on <day> through
  <way> / to beneficiary <payee>.", Central Bank of India's "CBoI: A/c XX1234 Dr Rs x on <day>. / <way> to
  <payee>.", the Madhubani Central Co-operative Bank's "MCCB: <way> of Rs x / to <payee> / debited from CA
  ..1234 on <day>."); the e-mail's *settled* (new here) Status: Transfer successful / Transaction status:
  Executed successes.
* date: the day paid (a UPI screen's Completed on (heldout242) / Time of payment (heldout247), Attempted on
  (heldout247) / Started at (heldout247) on one not yet paid or failed, printed first in the details or at
  their end, or *settled* (new here) the hour and the day with no label on the line under the status (10:22 PM
  | 28 Jul 2026, as heldout250's On <day>, <hour>); a payment page's Payment date (heldout246) / Date and time
  (heldout247) / *settled* (new here) Captured at, printed under the outcome or at the foot; a payer's
  Released on (heldout246) / Payment released on (heldout237) / Date of transfer (heldout209), the held one's
  Withheld on (heldout239) and the returned one's Rejected on (heldout247), the day written *settled* (new
  here) 20th August, 2026 (an ordinal day, the month's name, a comma and the year) on some e-mails; an inward
  advice's Credited on (heldout247) / Date of realisation (heldout249) / *settled* (new here) Funds value
  date, On hold since (heldout248) / *settled* (new here) Received on (on hold) on the one on hold and Return
  value date (heldout229) / *settled* (new here) Returned to remitting bank on on the returned one, printed
  first or after the references (in capitals on some), or *settled* (new here) the YYMMDD day at the head of
  the raw :32A: field (260914CAD14750,00 is 2026-09-14); a receipt's, invoice's or wage slip's Dated
  (heldout234, heldout235), Bill dt. (heldout249), Date of bill (heldout231), Bill date (heldout247), Date of
  issue (heldout237), Invoice dated (heldout232) or *settled* (new here) Tarikh (Hindi for date) / Payment
  dt. / Date paid, the day after dt. on one Bill No. / Date row (BTS/26-27/5898 dt. 11/10/26, as heldout251's
  Invoice No. & date row), the accounts desk's Date credited (heldout240) / *settled* (new here) Advance
  received on, printed above the number or under it; a banking page's Executed on (heldout247) / Posting date
  (heldout241), Entered on (heldout231) / Submitted on (heldout246) on the one awaiting authorisation and
  Rejected on (heldout247) / *settled* (new here) Debit reversed on on the returned one, printed under the
  heading or among the debit details; Paytm for Business's Payout date (heldout211) / Completed at
  (heldout247), *settled* (new here) Accepted at / Requested at (heldout250) on the one accepted and Failed at
  (heldout247) / Returned at (heldout243) on the failed one; a transfer screen's Transferred on (heldout250) /
  Date and time (heldout247), Attempted at (heldout247) on the failed one; a fee page's Payment date / Date of
  transaction (heldout247) / Fee paid on (heldout249) / Receipt dated (heldout227), the Commercial Taxes
  Department's Challan created on (heldout206) / *settled* (new here) Payment started on on the page not yet
  verified and BIADA's Transaction date (heldout243) / Attempted on (heldout247) on the failed one; an
  insurer's Premium paid on (heldout249) / Receipt dated (heldout227) / Payment date, *settled* (new here)
  Cheque lodged on / Cheque handed over on on the cheque not yet cleared and Attempted on (heldout247) /
  Payment tried on (heldout250) on the failed one; a slip's DATE: (with TIME:), DATE & TIME: (the day and the
  hour on one row, heldout247) or TXN DT: (with TXN TM:) (heldout239), printed at the top or under the sum,
  the year first on some (2026/02/13); a Bharat Connect page's Payment completed on (heldout231) / Done on
  (heldout249) / *settled* (new here) Bill paid at, Date & time (heldout235) / Initiated at (heldout237) on a
  bill not paid; NBPDCL's *settled* (new here) Recharge date / Payment date; the SMS's day and its divider's
  (*settled* (new here) Bihar Gramin Bank's "on 05/03/26"); the e-mail alert's Date of transaction
  (heldout247) / Txn date (heldout249)). Days printed with the day and the month without zeros (8.2.2026,
  3-10-26) are day first (heldout251). *settled*: never a Bill month (heldout167), a Due date, a Cheque dt.
  (as heldout243's Cheque dated), the Cover from ... to ... (heldout236, as heldout231's Policy period), an
  invoice number's or a slip number's financial year or an e-mail's hour; never a *settled* (new here) PBE
  date (the postal bill of export's, as heldout167's Shipping bill date), the day inside a UTR (heldout210);
  never a Bharat Connect page's Bill date or Bill period (heldout243), the day of a bill listed on an advice
  (heldout246), EPFO's Wage month (heldout247), the profession tax's Tax period (heldout222) or the year of a
  head (Trade licence fee 2026-27, Maintenance charges 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, the payout page's IMPS (as heldout251's Cashfree's), a Bharat Connect bill from a Current A/c
  (here in Vyom), a payment page's net banking, a fee, a premium or NBPDCL paid by Net banking (EPFO and OGRAS
  by net banking only), an e-mail alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment
  page's, a receipt's, a wage slip's, an invoice's, the payout page's, a fee's, a premium's or a bill's UPI
  and Bihar Gramin Bank's UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium
  or NBPDCL paid by Debit card; cheque for a cheque received, sent for clearing or returned and a premium paid
  by Cheque; cash for a cash bill or a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout251): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI RRN, NEFT UTR, UTR (RTGS), UPI
  transaction ID, UTR number (heldout249), UPI reference number (heldout242), UPI Ref. ID (heldout249), RRN
  No. (heldout251), *settled* (new here) Reference number (UTR) / UPI Ref. number / UPI reference / UPI Ref
  No. on a UPI screen, Easebuzz's Bank RRN and BillDesk's UTR No. on a UPI payment, a payer's NEFT ref.
  (heldout250) / UTR No. (NEFT) (heldout243) / RTGS ref. No. (heldout248) / *settled* (new here) IMPS UTR, a
  receipt's UPI txn ref. (heldout242) / NEFT UTR / UTR ref. (heldout242), an invoice's UTR No. / NEFT ref.
  No. / RTGS ref. No. (heldout249), a banking page's *settled* (new here) UTR number / NEFT UTR number / RTGS
  UTR number / IMPS ref. number, a wage slip's UPI Ref. / IMPS RRN (heldout249), the payout page's UTR /
  *settled* (new here) Bank UTR No., a transfer screen's UTR No. / UPI Ref. number, an insurer's UPI RRN, a
  Bharat Connect page's UPI RRN, a slip's RRN: / RRN NO.:, an SMS's UPI Ref / IMPS Ref No / UTR No, an e-mail
  alert's UTR No. / IMPS ref.), then a bank reference (an inward advice's IRM number (heldout228) / Our ref.
  No. (heldout222) / *settled* (new here) Inward remittance ref. No., a banking page's *settled* (new here)
  Txn ref. No. / Reference ID (as heldout251's Bank ref. No. / Transaction ref.), printed above the payee or
  under it, a payment page's *settled* (new here) Bank reference number on net banking, a fee page's Bank
  reference / Bank ref. No., an insurer's Bank txn ref. (heldout243), NBPDCL's Bank ref. No., a Bharat Connect
  page's Bharat Connect ref. No. (heldout242) / BBPS reference ID (heldout236) / *settled* (new here) BC txn
  ID (as heldout243's BBPS txn ref.)), then a transaction / payment id (Easebuzz's Easebuzz ID (heldout246)
  and *settled* (new here) BillDesk's BillDesk txn ref., the UPI apps' own ai1 txn ref. (heldout244),
  Transaction ID (PhonePe's), Google transaction ID, super.money txn ID (heldout246), MobiKwik txn ID
  (heldout242) and *settled* (new here) Paytm txn ref. (the app's own id, whatever its name, heldout235), the
  payout page's Paytm payout ID (heldout236), a transfer screen's *settled* (new here) SBI Pay txn ID / ai1
  txn ref., a fee page's Transaction ID / Transaction No. (heldout234), *settled* (new here) the Nagar Nigam's
  Txn No., the Pollution Control Board's Payment ref. No. (heldout251), OGRAS's GRN (as heldout247's e-GRAS
  GRN) and EPFO's TRRN (heldout247), an insurer's *settled* (new here) Transaction No., NBPDCL's *settled*
  (new here) Transaction ID, a failed Bharat Connect page's Transaction ID (heldout243)), then an approval
  code (Auth code (heldout251), Approval code, *settled* (new here) BillDesk's Approval No., a receipt's Auth
  No. (heldout246), a slip's AUTH NO: / APPROVAL: (heldout247)), then an order's number (Easebuzz's Merchant
  txn ID (heldout246) and *settled* (new here) BillDesk's Customer order ref., the payout page's Order ID (the
  company's own id for the payout, as heldout251's Cashfree Transfer ID)), then a document's own number (a
  payer's Voucher No. (heldout247) / Payment advice ref. (heldout239) / Advice ref. No. (heldout242), a
  receipt's Memo No. (heldout247) / Fee receipt No. (heldout208) / Rasid No. (heldout250) / Bill Sl. No.
  (heldout249) / Receipt ref. (heldout249) / Acknowledgement No. (heldout250) or *settled* (new here) Gallery
  bill No. / Running bill No. / Mural bill No. / Saree bill No. / Kagaz bill No. / Ream bill No. / Rang parchi
  No. / Colour memo No., an invoice's Bill No. / Invoice serial (heldout248) / *settled* (new here) GST
  invoice No., a wage slip's Majdoori parchi No. (heldout237) / Wage slip No. (heldout241), a fee page's Money
  receipt No. (heldout250) / Receipt No., the GI Registry's CBR No. (heldout246), EPFO's CRN (heldout237) and
  Vahan's Vahan receipt No. (heldout237), an insurer's Receipt number (heldout228) / Official receipt No.
  (heldout236), NBPDCL's Receipt No., a slip's INVOICE NO: (heldout241) / *settled* (new here) BILL NO.:).
  *settled*: never a UETR, a MID: / TID:, BATCH:, TRACE NO: (heldout247, as heldout202's STAN:), a card,
  account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose code, an Export
  invoice No. (heldout210), *settled* (new here) a Postal bill of export (PBE) No. (as heldout167's Shipping
  bill No.), an E-way bill No., a GR No. (heldout247, as heldout235's LR No.), *settled* (new here) a
  Consignment No. (as heldout247's Docket No.), a Purchase indent No. (heldout248), a Vehicle No. (heldout205)
  (so never a VEHICLE NO: on a slip or a Registration No. on the Vahan page or an insurer's page), a Supplier
  code (heldout247), a Job order No. (heldout204), a Material receipt No. (heldout248), the railway's
  *settled* (new here) Agreement No. or Measurement book No., the number or the day of a bill listed on an
  advice (heldout246), a *settled* (new here) Sender's reference (:20:) (as heldout243's Sender's ref. (field
  20)), the Entered by / Authorised by (heldout223), the User ID (heldout243), a Beneficiary nickname / Short
  name (as heldout234's Beneficiary short name), the Beneficiary type (heldout246), a *settled* (new here)
  Artisan ID No. (as heldout251's Pehchan card No.), a Licence No. (heldout231), a Ward No. (heldout216), a GI
  application No. (heldout246), a *settled* (new here) Class or Consent application No. (as heldout235's
  Consent order No.), a PT registration No. (heldout244), a Plot No. (heldout246), an Establishment ID
  (heldout247), a Registration No. (the Shops and Establishments registration's, as heldout231's Licence No.),
  a Policy No. / Proposal No. / Cover note No. (heldout246), a Bharat Connect page's Bill number (heldout251),
  a consumer number (here CA No., Account ID, Mobile number, Subscriber ID, LPG ID, and NBPDCL's *settled*
  (new here) Meter No.), or a slip's ROOM: (heldout249, as heldout203's ROOM NO:) / FOLIO: (as heldout251's
  FOLIO NO:) / NOZZLE: (heldout246) / *settled* (new here) ORDER TOKEN: (as heldout251's TOKEN NO:) / CUSTOMER
  MOB: (as heldout251's CUST MOB:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout255_families import (
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

SPLIT = "heldout255"

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


def make_heldout255_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout255 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout260: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an Aranmula metal mirror (kannadi) and bell-metal lamp house's day in 2026 in
Pathanamthitta district, Kerala (Pampa Kannadi & Ottu Works Pvt Ltd, its mirror workshop at Vadakke Nada,
Aranmula, Pampa Kannadi Pura, where the mirror alloy of copper and tin is cast in clay moulds of Aranmula
paddy field clay and each mirror polished by hand, the casters and polishers paid by the mirror, and where old
mirrors are re-polished for antique dealers by the inch across the face; its bell-metal foundry at
Kidangannur, Pampa Ottuvilakku Shala, where nilavilakku, thookkuvilakku, kuthuvilakku, uruli and kindi are
cast and sold by the kilo, the moulders paid by the kilo cast and the dross and polishing sludge sold by
weight to a Kumbakonam refiner; and its showroom at East Nada, Aranmula, Pampa Kannadi Sadanam, which takes
wedding orders for the vivaha set (a nilavilakku pair, kindi, uruli and valkannadi, old bell metal taken in
exchange) and keeps a stall at the Onam trade fair at Pathanamthitta), told by the proofs of payment it
receives (devotees', tourists', hotels', homestays' and shops' UPI screens and the web shop's Cashfree and
Instamojo pages, Kairali's (the Handicrafts Development Corporation of Kerala's), the Travancore Devaswom
Board's, Poompuhar's (the Tamil Nadu Handicrafts Development Corporation's), a Kochi gift gallery's, a
Kumarakom resort group's, a Bengaluru e-shop's, a Chennai gallery's and a Mumbai interiors firm's payment
advices, importers' inward wires from Dubai, Muscat, Doha, London, Zurich, Singapore, Paris and Houston in
dirhams, Omani rials, Qatari riyals, pounds, Swiss francs, Singapore dollars, euros and US dollars, the
showroom's bills to a Kochi lady, a German tourist and a Thiruvalla wedding family, the workshop's wholesale
invoice by size to a Chennai crafts store and its re-polishing bill by the inch to a Mattancherry antique
dealer, the foundry's lamp bill by the kilo to a temple committee and its dross memo by weight to a Kumbakonam
refiner, the accounts desk's acknowledgement of a Bengaluru gifting house's advance for mirrors on brass
stands, cards on the showroom's (at East Nada and at the Onam fair), the company's and the foundry's
terminals) and those it makes (the Coimbatore copper merchant's, the Mumbai tin house's, the Mannar brass
frame works', the Rajkot abrasives house's and the Thiruvalla box maker's tax invoices, the net-banking
transfers to the furnace builders, the showroom's landlady, the security agency, the chartered accountants,
the photo studio, the Onam fair stall builder, the carrier and the charcoal depot, the casters' and polishers'
wage slips by the mirror and the moulder's by the kilo, Cashfree payouts to the grinding and furnace helpers
and a PhonePe and a Google Pay payment to the clay and packing helpers, Aranmula Grama Panchayat's D&O and
trade licence, the Kerala State Pollution Control Board's consent renewal for the foundry, EPFO's ECR challan,
the Geographical Indications Registry's authorised user application, the Labour Department's Shops and
Commercial Establishments renewal, the Motor Vehicles Department's quarterly tax on the pickup, ESIC's monthly
contribution and Legal Metrology's verification of the scales, the insurers' premium receipts for the moulds,
metal stock and mirrors, the showroom's stock, the export shipments, the workers' health, the employees'
compensation, the craftsmen's accidents, the pickup and the stock at the Onam fair, its card at a filling
station on MC Road at Thiruvalla, an Ernakulam hotel, a Thiruvalla hardware shop and a Kozhencherry appam
house, KSEB's power and the fibre, postpaid, DTH and cooking gas bills, the banks' SMS and e-mail alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one
no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Paytm, Google Pay, PhonePe, Amazon Pay, CRED, BHIM) paying the showroom
  or the company in one of three layouts (the status, then a sentence with the sum and the payee on one line,
  "You paid Rs 4,250 to Pampa Kannadi Sadanam"; the status banner, the payee's label small and the payee on
  top in large letters, the UPI ID and the sum; the sum large, the status and a Payee details block with the
  payee on a row), the day and the hour with no label under the status on some (the day first, the hour
  first, or the weekday and the day with the hour after a dash: Wed 14 Oct 2026 - 4:12 PM), else labelled
  first in the details or at their end, the app's own id above the UPI reference or under it, and two of the
  web shop's payment pages (Cashfree, Instamojo), the outcome and the sum large or in an Amount received /
  Order total paid row in either order, the day under them or after the ids, the buyer and the goods before
  the ids or at the foot.
* ``buyer_advices``: Kairali's, Poompuhar's, the Devaswom Board's, the gift gallery's, the resort group's, the
  e-shop's, the Chennai gallery's and the interiors firm's REMITTANCE ADVICE - ARANMULA KANNADI SUPPLIES /
  Payment intimation to vendor / VENDOR PAYMENT ADVICE (HANDICRAFTS) (an e-mail with Dear Sir/Madam, /
  Namaskaram, / Hi Pampa team,, printed, vendor portal), the status under the heading or at the end of the
  payment block, the payee at the head of the body or of the payment block, the payment block above the bills
  or under them, the bills "dated <day>" on some; on some e-mails a sentence that tells the whole payment ("An
  amount of Rs. 98,056.00 has been paid to Pampa Kannadi through NEFT on 28.7.2026 towards the invoices
  below."); the mirrors by the piece and the lamps by the kilo, GST at 5% on both; TDS u/s 194Q only on the
  two larger buyers' (the resort group, the e-shop), Kairali's and the Devaswom Board's TDS under GST split
  into CGST @ 1% and SGST @ 1%, Poompuhar's IGST @ 2%; the day written Wednesday, the 14th of October 2026 on
  some e-mails.
* ``export_wires``: eight banks' inward remittance advices (FOREIGN INWARD REMITTANCE ADVICE - EXPORT
  PROCEEDS / Advice of inward remittance received by SWIFT / Export proceeds - inward credit advice; browser,
  e-mail, printed), the status under the heading or at the foot, the day first or after the references (in
  capitals on some), the remitter's block above the beneficiary's or under it; the sum with its code or sign,
  a Remittance currency row naming the currency above it on some, or the raw SWIFT field 32A (:32A: Value date
  / Currency / Interbank settled amount, 261206CHF17842,12) on two credited ones; dirhams (AED before or after
  the sum), Omani rials with three decimals (OMR 5,557.650, RO 5,557.650, 5,557.650 OMR), Qatari riyals (QAR
  / QR), pounds (heldout152's marks), Swiss francs with apostrophes between the thousands on some (CHF
  17'842.12), Singapore dollars (SGD / S$), euros the French way (10 600,00 EUR, 10 600,00 with the euro sign
  after, EUR 10 600,00) and US dollars; the rupee lines only on the credited ones, the rate marked Indicative
  rate (not applied) on the one pending; an airway bill or a shipping bill and its day on some.
* ``own_receipts``: the showroom's SALE BILL - ARANMULA KANNADI / CASH BILL - KANNADI SADANAM and VIVAHA SET
  ORDER BILL / WEDDING ORDER INVOICE - VIVAHA SET, the workshop's WHOLESALE INVOICE - MIRRORS BY SIZE / MOTHA
  VYAPARA BILL - KANNADI and RE-POLISHING BILL - BY THE INCH / MINUKKU PANI BILL - INCH NIRAKKIL, the
  foundry's BELL-METAL LAMP BILL - BY THE KG / OTTU VILAKKU VILPANA BILL and DROSS AND SLUDGE MEMO - BY WEIGHT
  / AAKRI OTTU VILPANA CHEETU (gross weight and tare of the bags, net kilos x rate) (paper, rubber stamp, the
  signature and the buyer's lines; Malayalam labels in Latin letters on some: Theeyathi (date), Vangunnayal
  (buyer), Rokkam (cash), cheetu (slip), oppu (signature); GST at 5% on mirrors, lamps and re-polishing and
  18% on the dross, IGST on the Chennai, Kumbakonam and Bengaluru bills; the sums closed with /- on some, Rs.
  42,008/-), the number and the day in either order or on one row (the number at its left, the day at its
  right), above the party or under it, the wedding set's old bell metal taken in exchange on some, and the
  accounts desk's Advance received - corporate gifting order e-mail (an advance against the mirrors and
  stands' order value, IGST, NEFT or RTGS).
* ``supplier_invoices``: the copper merchant's, the tin house's, the brass frame works', the abrasives
  house's and the box maker's TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM CASH RECEIPT / GST TAX
  INVOICE with the payment block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper,
  serif), the number and the day on one Invoice No. and date row (CNF/26-27/0412 dated 14/10/2026) on some,
  else in either order; a Tamil Nadu or Gujarat transporter's LR No., a Mumbai courier's Docket No. or a local
  tempo's Vehicle No.; CGST and SGST within Kerala, IGST from Tamil Nadu, Maharashtra and Gujarat, with their
  rates on some, without on the rest; the sums closed with /- on some.
* ``vendor_transfers``: corporate net banking's pages (FedCorp, SIBerNet Corporate, ICICI Bank CIB) in three
  layouts (a Payment details block with the sum, the day, the references and the mode first, then Beneficiary
  details and From account, the status at the foot; the status and the sum large on top, then the payee, the
  references, the day and the debit rows; a Transaction summary with the status first, the day, the
  references, the payee and the sum).
* ``worker_pay``: printed KANNADI PANI KOOLI CHEETU - ORU KANNADIKKU / MIRROR MAKER'S WAGE SLIP - BY THE
  MIRROR and VILAKKU VAARPPU KOOLI - KILO NIRAKKIL / LAMP CASTING WAGES - BY THE KG, the payee first or under
  the number and the day; Cashfree's payout pages, the beneficiary above the sum and the status or under
  them; a PhonePe screen (the status, the day and the hour, To over the name, the sum) and a Google Pay screen
  (the sum, Paid to <name> on one line, the status).
* ``govt_fees``: Aranmula Grama Panchayat's D&O and trade licence on K-SMART, the Kerala State Pollution
  Control Board's consent renewal on KOCMMS, EPFO's ECR challan, the Geographical Indications Registry's
  authorised user application, the Labour Department's registration renewal, the Motor Vehicles Department's
  quarterly tax on Vahan, ESIC's contribution and Legal Metrology's verification fee (browser), the status
  under the authority's line or at the foot, the references before the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Acknowledgement of premium / Premium payment receipt
  (Payment unsuccessful - premium not received / Renewal premium - payment failed on the failed one; browser,
  e-mail, printed at the branch), the status under the heading or under the sum, a Period of cover From ... to
  ... row on some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE & TIME: <day>
  <hour> on one row, DT: and TM: on two, or the day and the hour with no label on one line), the sum above the
  card or under the references.
* ``utility_bills``: Bharat Connect in Federal Bank's FedCorp and other apps (Google Pay, Amazon Pay, PhonePe,
  Paytm, CRED), the biller above the sum and the status or under them, the sum above the status or under it,
  and KSEB's own Quick Pay receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Kerala Gramin Bank's UPI, Federal Bank,
  South Indian Bank, the Kerala State Co-operative Bank) in a messages app and two e-mail debit alerts (Canara
  Bank, ICICI Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout259's. The Onam trade fair stall's card slip is drawn in
the fair's week (20 August 2026 and the six days after it) and the fair's floater premium in the weeks before
it (its cover period round the fair); the other days anywhere in 2026.

Truth conventions (heldout259's, heldout257's, heldout256's, heldout255's, heldout254's, heldout251's,
heldout250's, heldout247's, heldout246's, heldout243's, heldout242's, heldout239's, heldout235's,
heldout234's, heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Paid to merchant / Payment to shop / Merchant / Amount paid
  to / Shop name (heldout259), or *settled* (new here) Received by / Paid to business / Merchant name / Name
  (in a Payee details block, as heldout259's Merchant details block), and *settled* (new here) Paying /
  Payment to (pending) on one not yet paid and Could not pay / Payment to (failed) on one failed (as
  heldout259's Waiting to pay and Not paid to) (here the showroom, Pampa Kannadi Sadanam / PAMPA KANNADI
  SADANAM, the company's capitals, PAMPA KANNADI & OTTU WORKS PVT LTD, or its short name, Pampa Kannadi, as
  printed), whether the payee stands on top in large letters under its label (heldout257), on a row of a
  Payee details block, or *settled* (new here) in a sentence with the sum, "You paid Rs 4,250 to <payee>" /
  "Rs 4,250 to <payee> - pending" / "Payment of Rs 4,250 to <payee> failed" (the name after "to" is the
  payee, the sum the amount), never the UPI ID or the app, nor the *settled* (new here) Registered name (bank)
  line under the UPI ID (as heldout259's Account holder (as per bank)), nor the payer under *settled* (new
  here) Payer / Payer name (as heldout259's From (payer) / Sender); a payment page's payee on top (here the
  showroom, its capitals, the company or its short name), never its shop line or the *settled* (new here)
  Buyer / Ship to address / Item / Your order (as heldout259's Customer name / Deliver to / Product / Items),
  or the gateway's footer (*settled* (new here) Powered by Cashfree Payments | Cashfree Payments India Pvt
  Ltd, Instamojo | Instamojo Technologies Pvt Ltd). *settled* (heldout167, heldout190, heldout202 to
  heldout259): a payer's payment advice pays the one it pays, never the payer on top; here Kairali's,
  Poompuhar's, the Devaswom Board's, a gallery's, the resort group's, the e-shop's or the interiors firm's
  advice pays the company under *settled* (new here) Vendor name / Payment in favour of / Supplier name /
  Remitted to (as heldout259's Payee (supplier) / Paid to party) (its full, capital or short name as printed),
  printed at the head of the body or at the head of the payment block, above the bills or under them, or
  *settled* (new here) after "paid to" in the e-mail's sentence "An amount of <sum> has been paid to <payee>
  through <way> on <day> towards the invoices below." (the sentence's sum, way and day are the payment's too,
  as heldout259's "We have released ..."), never the payer on top (and its name again in the e-mail's With
  regards line), its desk line (Kairali, Head Office, Statue, Thiruvananthapuram | Finance & Accounts), the
  *settled* (new here) Vendor code (heldout210), Purchase order No. (as heldout243's PO No.) or GRN No.
  (heldout235), the corporations' and the Board's *settled* (new here) Work order No. and Inspection memo No.
  (as heldout259's Supply order No. and Quality inspection No.), the bills listed (their numbers and days,
  heldout246), the *settled* (new here) Vendor's bank A/c (as heldout259's Supplier's bank A/c) or the
  e-mail's Dear Sir/Madam, / Namaskaram, / Hi Pampa team, lines. *settled* (heldout155, heldout167,
  heldout190, heldout203 to heldout259): a bank's inward remittance advice pays the company under *settled*
  (new here) Beneficiary (:59:) / Credit to (exporter) / Beneficiary name / Exporter (beneficiary) (as
  heldout259's Beneficiary customer - 59 / Payee (exporter)), never the bank on top, its forex desk line, the
  remitter (*settled* (new here) Remitter / applicant / Ordering customer (:50K:) / Overseas buyer, as
  heldout259's Remitter name and address / Foreign buyer, the importer abroad), the *settled* (new here)
  Ordering institution (:52A:) / Remitter's bank (as heldout259's Sender's bank - 52A) or the *settled* (new
  here) Intermediary (:56A:) (as heldout259's Correspondent bank - 56A), printed above the beneficiary or
  under it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout259): the company's own
  receipt pays the trade name on top where that is on top, so *settled* (new here) the showroom's bills pay
  Pampa Kannadi Sadanam, the workshop's wholesale and re-polishing bills Pampa Kannadi Pura and the foundry's
  lamp and dross bills Pampa Ottuvilakku Shala (capitals where so printed), and a receipt with the company on
  top the company, never the "A unit of" company line under it (heldout190), the party under *settled* (new
  here) Customer / Vangunnayal (buyer) (Malayalam for the one who buys, as heldout259's Grahak (buyer)) / M/s
  / Order from / Mirrors of / Job for (heldout259) / Devaswom / party / Sold to (heldout259) / Buyer, printed
  after the number and the day or above them, the goods' line, the signature line (For <unit> - Cashier
  (heldout257) / *settled* (new here) For <unit> - Manager), the *settled* (new here) Vangunnayalude oppu
  (buyer's signature) line (as heldout259's Grahak ke hastakshar) or the rubber stamp (*settled* (new here)
  PAMPA KANNADI SADANAM, PAMPA KANNADI PURA, PAMPA OTTUVILAKKU SHALA); *settled* (new here) the workshop's old
  mirrors re-polished by the inch for an antique dealer and the foundry's dross sold by weight to a refiner
  alike (the workshop, the foundry or the company on top, never the dealer or the refiner, as heldout259's
  tweed woven for a tailor); the accounts desk's e-mail pays the company on top (its full, capital or short
  name as printed, heldout219), never the Client (heldout257) / Ordered by (heldout259). A supplier's name on
  top of its own paper (capitals where so printed), never M/s the company under *settled* (new here) Buyer
  (bill to) / Details of receiver (billed to) / Invoice to (as heldout259's Bill to / Receiver (billed to)),
  nor the workshop, the foundry or the showroom under *settled* (new here) Delivery address / Consignee (ship
  to) (heldout259) / Goods sent to, nor the Transporter (heldout257) or the *settled* (new here) Courier line
  (heldout247), nor its rubber stamp (*settled* (new here) COIMBATORE NON-FERROUS, PYDHONIE TIN, MANNAR BRASS
  FRAMES, RAJKOT ABRASIVES, THIRUVALLA GIFT BOX, as heldout259's short stamps). *settled* (heldout179,
  heldout202, heldout203, heldout207 to heldout259): a corporate banking page pays the payee under *settled*
  (new here) Beneficiary name / Payee name / Remit to / Account name (beneficiary) (as heldout259's Credit
  account name / Transfer to / Pay to), printed in a Beneficiary details block, among the details or in a
  Transaction summary, never the portal (FedCorp, SIBerNet Corporate, ICICI Bank CIB), the bank line, the
  *settled* (new here) From account (as heldout257's Debit account), the *settled* (new here) Corporate user
  ID (as heldout259's Company ID), the *settled* (new here) Payee short name (as heldout259's Beneficiary
  nickname) or the *settled* (new here) Initiator / Authoriser (as heldout259's Maker ID / Checker ID).
  *settled* (heldout150, heldout161, heldout179, heldout203 to heldout259): a wage slip pays the worker,
  *settled* (new here) a mirror maker or a moulder under Thozhilaliyude peru (worker) (Malayalam: the worker's
  name, as heldout259's Bunkar ka naam (weaver)) / Paid to (mirror maker) / Paid to (moulder) / Name of
  craftsman, printed first under the heading or under the number and the day (heldout259), never the company
  on top, the workshop's or the foundry's line under it, the *settled* (new here) Work (pani) (as heldout259's
  Design / patti), Desam (locality) (as heldout259's Gaon (village)), Achu No. (the mould's own number, as
  heldout259's Khaddi No.) or Artisan card No. (as heldout259's Weaver ID (Pehchan)), nor the signature line;
  Cashfree's payout page the *settled* (new here) Beneficiary / Paid to beneficiary (as heldout259's Contact /
  Paid to contact), printed above the sum and the status or under them, never Cashfree Payments on top, the
  Payouts | <company> line under it, the *settled* (new here) Bene ID (as heldout201's Fund account), the Bank
  account or the *settled* (new here) VPA (a UPI ID); a transfer screen the payee *settled* (new here) after
  Paid to on one line under the sum (Google Pay's Paid to Rajesh P., the name alone is the payee, as
  heldout259's To <name>) or under To (heldout259) under the status, never the UPI ID or the Debited from /
  From account. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout259): a fee page pays the
  authority on top as printed, *settled* (new here for Pathanamthitta district) Aranmula Grama Panchayat /
  ARANMULA GRAMA PANCHAYAT / Aranmula Gramapanchayath; Kerala State Pollution Control Board / KERALA STATE
  POLLUTION CONTROL BOARD; Employees' Provident Fund Organisation / EPFO; Geographical Indications Registry /
  GEOGRAPHICAL INDICATIONS REGISTRY, CHENNAI; Labour Department, Kerala / Labour Commissionerate, Government
  of Kerala; Motor Vehicles Department, Kerala / MOTOR VEHICLES DEPARTMENT, GOVT. OF KERALA on the Vahan page;
  Employees' State Insurance Corporation / ESIC; Legal Metrology Department, Kerala / LEGAL METROLOGY, KERALA;
  never the line under it (Local Self Government Department, Kerala | D&O and trade licence, KOCMMS - online
  consent management | Consent to operate - renewal, Ministry of Labour & Employment | ECR - challan payment,
  Office of the CGPDTM, DPIIT | Authorised user - application, Kerala Shops and Commercial Establishments Act,
  1960 | Renewal of registration, Vahan - Ministry of Road Transport & Highways | Tax payment, Ministry of
  Labour & Employment, Government of India | Monthly contribution, Verification and stamping of weights and
  measures | Pathanamthitta), nor the Name of applicant (heldout248), Owner name (heldout251), Name of the
  user (heldout254), Establishment name (heldout247), Employer name and Name of establishment (heldout257) or
  the *settled* (new here) Name of institution / Unit name (as heldout259's Business name / Name of the unit).
  *settled* (heldout199, heldout202 to heldout259): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed; *settled* (new here) The New India Assurance Co. Ltd's, The Oriental
  Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Care Health Insurance Ltd's, Bajaj General
  Insurance Ltd's, IFFCO-Tokio General Insurance Co. Ltd's, Reliance General Insurance Co. Ltd's and SBI
  General Insurance Co. Ltd's alike), never the product line, the office line, the mail's short sender or the
  insured (the company) under *settled* (new here) Policyholder / Name of policyholder / Client name (as
  heldout259's Proposer / Insured name). A slip's counter name line in capitals (here the house's own
  counters, PAMPA KANNADI SADANAM (at East Nada and at the Onam fair), PAMPA KANNADI & OTTU WORKS and PAMPA
  OTTUVILAKKU SHALA, on four, a filling station on MC Road at Thiruvalla, an Ernakulam hotel, a Thiruvalla
  hardware shop and a Kozhencherry appam house on the rest), never the terminal's bank or brand (PAYTM EDC,
  HPCL, FEDERAL BANK, ICICI BANK, SOUTH INDIAN BANK, PINE LABS, CANARA BANK, RAZORPAY POS) or the place line.
  A Bharat Connect page's biller under Biller (heldout239), Biller name / Paid to biller / Operator
  (heldout259) or *settled* (new here) Billed by / Paid to (biller) / Provider (short or long as printed: KSEB
  / Kerala State Electricity Board Ltd, BSNL Bharat Fibre / Bharat Sanchar Nigam Ltd, Vi Postpaid / Vodafone
  Idea Ltd, Airtel Digital TV / Bharti Telemedia Ltd, Bharat Gas / Bharat Petroleum Corporation Ltd), printed
  above the sum and the status or under them, never the app (here FedCorp, Google Pay, Amazon Pay, PhonePe,
  Paytm and CRED), Bharat Connect or the *settled* (new here) Registered name / Bill in the name of (as
  heldout259's Name on bill); *settled* (new here) KSEB's own Quick Pay receipt the board on top (KSEB, Kerala
  State Electricity Board Ltd or its capitals as printed, as heldout259's HPSEBL), never the "A Government of
  Kerala undertaking" line under it, the *settled* (new here) Section office (as heldout259's Sub-Division) or
  the *settled* (new here) Registered consumer (as heldout259's Name of consumer). An SMS alert's payee as the
  bank sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new
  here) Kerala Gramin Bank's UPI "for UPI txn to <payee>.", Federal Bank's "via <way> to <payee>.", South
  Indian Bank's "Beneficiary: <payee>." (the name after the colon) and the Kerala State Co-operative Bank's
  "favouring <payee>." (the name after favouring), and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary /
  Transferred to (as heldout259's Beneficiary name / Paid to), printed above the sum or under it, never the
  bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee line or under the payee on top (heldout239 to heldout259), or *settled*
  (new here) in the sentence with the payee ("You paid Rs 4,250 to <payee>": 4250.00); a payment page's
  *settled* (new here) Amount received / Order total paid row above the status or under it (as heldout259's
  Amount paid / Total paid). *settled* (heldout152, heldout186, heldout190, heldout202 to heldout259): a
  payer's advice counts its net sum, *settled* (new here) Net amount remitted / Amount paid (net) / Net
  transferred (as heldout259's Net payment / Amount transferred), *settled* (new here) Amount on hold / Held
  amount on the hold (as heldout259's Amount withheld / Payment on hold) and *settled* (new here) Remittance
  bounced / Amount returned by bank on the return (as heldout259's Payment returned), or the sum in the
  e-mail's sentence (the same net sum) (the bills with their GST, *settled* (new here) 5% on the mirrors by
  the piece and the lamps by the kilo alike, less TDS u/s 194Q @ 0.1% (heldout235) on the value before GST on
  the two larger buyers', none on the galleries' and the interiors firm's, Kairali's and the Devaswom Board's
  Less: TDS under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1% (heldout257, as government buyers),
  Poompuhar's Less: TDS under GST - IGST @ 2% (heldout259: a corporation of another state buying across
  states), and *settled* (new here) a Less: Mirrors returned - hazy finish - n pcs or a Less: Short weight - x
  kg (as heldout259's Less: Moth-damaged pieces returned - n pcs), a Less: Late delivery deduction @ 1% (as
  heldout259's Less: Delay penalty @ 1.5%) or a Less: Prompt payment discount @ 1.5% (as heldout259's Less:
  Cash discount @ 2%)), printed in the payment block above the bills or under them, never a bill's sum, the
  *settled* (new here) Total invoice amount / Sum of invoices (as heldout259's Gross bill value / Total of
  bills), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout259): an
  inward wire's foreign sum, *settled* (new here) FCY amount / Remittance amount (FC) / Amount received
  (foreign currency) / Currency and amount (as heldout259's Remittance amount / Amount in foreign currency),
  under a *settled* (new here) Remittance currency row naming the currency on some (as heldout259's Currency
  of remittance), or the sum in the raw SWIFT field 32A (heldout255, heldout259: the day as YYMMDD, the
  currency's code and the sum with a decimal comma and no grouping, 261206CHF17842,12 is 17842.12 Swiss
  francs), in dirhams (*settled* (new here) AED before or after the sum), Omani rials (*settled* (new here)
  OMR or RO before the sum or OMR after it, three decimals as the rial is divided into 1,000 baisa: OMR
  5,557.650 and RO 5,557.650 are 5557.65, the third decimal here always a zero; a Remittance currency row
  names them on every page that prints RO), Qatari riyals (*settled* (new here) QAR or QR before the sum, a
  Remittance currency row naming them on every page that prints QR), pounds (heldout152's marks), Swiss francs
  (*settled* (new here) CHF before the sum with apostrophes between the thousands on some, CHF 17'842.12 is
  17842.12, a Remittance currency row naming them on every such page), Singapore dollars (*settled* (new here)
  SGD / S$), euros (*settled* (new here) the French way, a space between the thousands and a decimal comma
  with the sign or the code after the sum or the code before it: 10 600,00 EUR and EUR 10 600,00 are 10600.00,
  as heldout259's German euros) and US dollars (heldout152's marks), never the *settled* (new here) INR
  equivalent, Less: Remittance charges incl. GST or Net amount credited (INR) (as heldout259's Converted
  amount (INR), Less: Bank charges and GST and Net INR credited); its *settled* (new here) Rate of conversion
  / Indicative rate (not applied) (1 OMR = INR 225.748; indicative on the one pending, as heldout259's
  Conversion rate / Provisional rate (not applied)) is no sum, and a wire sent back prints no rupee line
  (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout259): a receipt counts the
  sum received even where it is part of the order, *settled* (new here) Received in cash / Rokkam (cash)
  received (Malayalam for cash) / UPI payment received / Received via UPI QR / Card payment (POS) / Paid by
  card / Received by NEFT / NEFT credit received / RTGS credit received / Paid through RTGS / Cheque amount /
  Received by cheque / Advance credited (NEFT) / Advance received through NEFT / Advance credited (RTGS) (as
  heldout259's Cash received / Naqad prapt (cash received) / Advance received by NEFT), with the sum in words
  under it or above it, never the *settled* (new here) Order value incl. GST (as heldout259's Order value
  (incl. GST)) where less was received, the goods' line, the mirrors by size and pieces, inches, kilos, gross
  weights or tare, the *settled* (new here) Less: Onam offer @ 10% / Less: Festival discount @ 5% (as
  heldout259's Less: Winter sale @ 15%), the CGST and SGST or IGST at their rates, the Round off or the
  *settled* (new here) Balance due before dispatch (as heldout259's Balance payable before dispatch); the
  *settled* (new here) Bill amount (incl. GST) / Total payable / Net amount (the rounded bill with its GST, as
  heldout259's Bill total (incl. GST)) is the same sum where the whole bill was paid; *settled* (new here) on
  the wedding set where old bell metal is taken in exchange the bill is paid by the *settled* (new here)
  Balance payable after Less: Old bell metal taken in exchange - x kg @ rate (the metal is no payment; the
  cheque is for the balance, the sum received), never the Bill amount (incl. GST) above it or the exchange;
  and *settled* (new here) the workshop's mirrors by size and re-polishing by the inch and the foundry's lamps
  by the kilo and dross by its net weight count theirs, received in full. *settled* (heldout259): a whole sum
  closed with a slash and a dash (Rs. 42,008/-, 2,14,782/-) is that sum in whole rupees (42008.00). *settled*
  (heldout187, heldout191, heldout202 to heldout259): a supplier's invoice counts the sum paid, where an
  advance is taken off (*settled* (new here) Less: Advance received with PO, as heldout259's Less: Advance
  paid with order) the *settled* (new here) Balance received by NEFT / RTGS, where the buyer's TDS is taken
  off (*settled* (new here) Less: TDS u/s 194Q by buyer, as heldout259's Less: TDS u/s 194Q deducted) the
  *settled* (new here) Net paid by NEFT / RTGS (as heldout259's Net received by NEFT / RTGS), else *settled*
  (new here) Received by NEFT / Received by RTGS / Amount received (NEFT) / Amount received (RTGS) / Paid via
  UPI / UPI amount recd. (the rounded *settled* (new here) Total invoice value / Invoice total (rounded) with
  GST, the same sum where nothing is taken off), or the *settled* (new here) Cheque received for / Amount by
  cheque (as heldout259's Cheque recd. for / By cheque), never the *settled* (new here) Taxable value
  (heldout251) / Assessable value, a line (with its HSN and GST rate) or the CGST / SGST / IGST with or
  without a rate. A banking page's *settled* (new here) Amount / Debit amount / Remittance amount (INR) (as
  heldout259's Transfer amount / Amount debited), printed in the Payment details block, on top or in the
  Transaction summary, never the *settled* (new here) Balance after debit (as heldout259's Available balance).
  *settled* (heldout167, heldout202 to heldout259): a wage slip's net sum, *settled* (new here) Net kooli paid
  / Net amount paid (as heldout259's Net majdoori paid) (the mirrors x rate or the kilos cast x rate, plus
  *settled* (new here) Add: Large mirror (8 in and above) extra / Add: Valkannadi handle fitting extra / Add:
  Filigree (chithrapani) extra, less *settled* (new here) Less: Hazy finish, re-polished - n @ rate / Less:
  Blowholes, recast - n kg @ rate / Less: Advance (mun kooli) adjusted (as heldout259's Less: Weaving fault
  (uneven beat) and Less: Advance adjusted)), never the *settled* (new here) Aake kooli (gross) / Gross earned
  (as heldout259's Kul majdoori (gross) / Total earned), the line or a deduction; a payout page's and a
  screen's sum large. *settled* (new here): Aranmula Grama Panchayat's Total paid / Amount remitted (the Trade
  licence fee (D&O) 2026-27 with the Waste user fee (12 months) and the Late fee where printed), never a head;
  the Pollution Control Board's Fee due / Amount to be remitted on the failed page (the Consent fee - Water
  Act and the Consent fee - Air Act), never a head; EPFO's Total remitted / Challan amount paid (A/c 1, A/c 2,
  A/c 10 and A/c 21), never one account's; the GI Registry's Total fee paid / Fee remitted (the Application
  fee - Form GI-3A (authorised user) and the Certified copies - n pages @ 10.00), never the price of a page;
  the Labour Department's Total fee paid / Amount paid (the Renewal fee and the Late fee where printed), never
  a head; the Motor Vehicles Department's Total tax paid / Tax remitted (the Tax - goods carrier (LGV),
  quarter 2, 2026-27 and the User charges), never a head; ESIC's Challan amount / Amount to be paid on the
  page pending (heldout259), never one share; Legal Metrology's Total fee / Fee paid (the two verification
  fees and the Late fee where printed), never one fee. *settled* (heldout199, heldout202 to heldout259): an
  insurer's premium with its GST, *settled* (new here) Total premium (incl. GST) / Premium received / Amount
  paid (as heldout259's Total premium paid / Amount received), the *settled* (new here) Cheque value / Amount
  of cheque (as heldout259's Instrument amount / Cheque amount) on the cheque not yet cleared, the *settled*
  (new here) Renewal premium (incl. GST) / Amount due for renewal (as heldout259's Renewal premium due /
  Premium to be paid) on the failed one, never the *settled* (new here) Premium before GST / Net premium
  (heldout247), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the OD premium or the TP premium
  (heldout259), nor the IDV (heldout235) or the *settled* (new here) Sum insured - moulds, metal stock and
  mirrors, Sum insured - showroom stock (first loss), Estimated annual export sales, Lives covered, Annual
  wages (estimated), Insured persons or Value of stock at the fair (as heldout259's sums insured, turnover,
  lives, wages and limit). A slip's *settled* (new here) AMT: / SALE TOTAL: / INR AMT: (as heldout259's SALE
  AMT: / AMOUNT RS: / NET AMT:), printed above the card or under the references, never the *settled* (new
  here) RATE/LTR: or LITRES: (as heldout259's PRICE/L: and VOLUME(L):) or the *settled* (new here) LOYALTY
  PTS: (as heldout246's XTRAREWARDS PTS:). A Bharat Connect page's sum large, never the *settled* (new here)
  Late payment amount (as heldout257's Amount after due date); KSEB's *settled* (new here) Amount paid / Bill
  amount remitted (as heldout259's HPSEBL's Amount received / Bill amount paid). An alert's sum debited
  (*settled* (new here) Kerala Gramin Bank's UPI "A/c XX1234 debited Rs.x", Federal Bank's "Rs x debited from
  your A/c", South Indian Bank's "INR x debited to A/c", the Kerala State Co-operative Bank's "is debited with
  Rs x", each grouped the Indian or the English way or not at all, the failed and pending transfers' "Your
  <way> txn of Rs.x"; the e-mail's *settled* (new here) Amount debited (INR) / Debited amount (as heldout259's
  Debit amount / Amount (INR))), never the *settled* (new here) Avl bal Rs x / Avl Bal INR x. / Bal Rs x (as
  heldout259's Avl Bal Rs.x / Clear Bal Rs x) or the e-mail's *settled* (new here) Closing balance (as
  heldout259's Available balance). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment done, Money sent and Success - paid to
  merchant successes, Processing - check back in a few minutes pending, Failed - your bank declined the debit
  failed (as heldout259's Paid successfully / Awaiting bank confirmation / Payment failed - incorrect UPI
  PIN); a payment page's Payment received - thank you for your order, Order confirmed - dispatch from Aranmula
  in 5 days and Success - your payment is complete successes. *settled* (new here): a payer's Remitted -
  credited to the vendor's account / Status: Remitted successes, On hold - mirrors under finish inspection at
  our stores / On hold - weight check by the purchase committee pending (a payer's hold, as heldout259's On
  hold - wool content test report awaited), Returned - beneficiary account closed failed, printed under the
  heading or at the end of the payment block. *settled* (new here): an inward advice's Proceeds credited to
  the exporter's account - report on the EDPMS / Status: Credited successes, Pending - purpose code and
  invoice awaited from the beneficiary, funds not credited pending (funds received, not credited, as
  heldout259's Held in suspense), Returned to the remitting bank - account details incomplete failed, printed
  under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout259):
  a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  RECEIVED - LAMPS RELEASED ON CLEARANCE and CHEQUE IN CLEARING - RECEIPT VALID ON REALISATION pending, CHEQUE
  BOUNCED - SIGNATURE MISMATCH, SET NOT RELEASED and CHEQUE DISHONOURED - EXCEEDS ARRANGEMENT, PAY BY NEFT
  failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled* (new here) PAID - THANK YOU,
  VISIT ARANMULA AGAIN, PAID - CARTONS HANDED TO THE COURIER, PAID - MIRRORS RE-POLISHED AND RETURNED, PAID -
  LAMPS WEIGHED AND DELIVERED, PAID - DROSS WEIGHED AND LOADED, ADVANCE RECEIVED - YOUR MIRRORS GO INTO THE
  MOULD THIS WEEK (as heldout259's ADVANCE RECEIVED - YOUR CAPS GO ON THE LOOM FROM MONDAY), PAYMENT RECEIVED
  - THANK YOU, PAID IN FULL, CLEARED BY NEFT / RTGS / UPI (as heldout259's SETTLED BY NEFT), PAID - MIRRORS
  CHECKED INTO STOCK, PAID - CASTINGS WEIGHED INTO STORE and PAID - ENTERED IN KOOLI REGISTER. *settled* (new
  here): a banking page's Successful - amount credited to the beneficiary / Status: Completed (UTR generated)
  successes, Awaiting authorisation - second approver yet to approve pending (keyed, not yet authorised, as
  heldout259's Pending at checker), Returned by beneficiary bank - account closed, amount refunded failed
  (whatever the refund), printed at the foot, under the sum's heading or first in the summary; Cashfree's
  Transfer successful - credited to the beneficiary / SUCCESS successes, Pending - awaiting confirmation from
  the bank, do not retry pending; a transfer screen's Transaction Successful / Paid successes, Payment failed
  - the receiver's bank did not respond failed (whatever the refund); a fee page's *settled* (new here)
  Payment successful - e-receipt generated, Paid - receipt sent by SMS and Credited to the Government account
  successes, the Pollution Control Board's Transaction failed - consent fee not received, retry payment
  failed, ESIC's Pending - payment status awaited from the bank pending, printed under the authority's line or
  at the foot; an insurer's *settled* (new here) Premium received - cover confirmed / Paid - policy document
  e-mailed successes, CHEQUE UNDER REALISATION - COVER STARTS ON CLEARANCE pending (as heldout259's CHEQUE
  SENT FOR CLEARING), Payment failed at the bank - renew before the due date to keep cover failed, printed
  under the heading or under the sum; a slip's APPROVED (heldout210) and *settled* (new here) TRANSACTION
  APPROVED and APPROVED - PIN VERIFIED successes, DECLINED - 05 DO NOT HONOUR failed, RESPONSE NOT RECEIVED -
  CHECK STATUS BEFORE RETRYING pending (as heldout259's TXN TIMED OUT - STATUS PENDING WITH BANK); a Bharat
  Connect page's *settled* (new here) Bill payment successful - confirmed by the biller / Paid successes,
  Pending - awaiting biller confirmation, please don't retry pending, Payment failed - any amount debited is
  refunded in 3-5 days failed (the payment failed, whatever the refund), KSEB's *settled* (new here) Payment
  successful - KSEB receipt generated / Remittance posted to the consumer account successes (printed under the
  head or at the foot); *settled* (new here) an SMS that says the transfer "has been returned by the
  beneficiary bank. The amount is reversed to your A/c." failed (whatever the reversal), one that "is pending
  confirmation from the beneficiary bank. Please do not initiate again." pending, a debit alert a success,
  whatever its bank's wording (Kerala Gramin Bank's UPI "Dear Customer, / A/c XX1234 debited Rs.x / on
  14-10-26 for UPI txn to <payee>. / Ref No <ref> -Kerala Gramin Bank", Federal Bank's "Rs x debited from your
  A/c XX1234 / on <day> via <way> to <payee>.", South Indian Bank's "INR x debited to A/c ...1234 / on <day>
  for <way> transfer - / Beneficiary: <payee>.", the Kerala State Co-operative Bank's "Kerala Bank: Your a/c
  **1234 / is debited with Rs x / on <day> by <way> favouring / <payee>."); the e-mail's *settled* (new here)
  Status: Success / Transaction status: Completed successes.
* date: the day paid (a UPI screen's *settled* (new here) Done on / Time of payment / Payment time, Initiated
  on / Submitted at on one not yet paid and Failed at / Failed on on one failed, printed first in the details
  or at their end, or the day and the hour with no label on the line under the status (heldout259's day first
  and hour first, and *settled* (new here) the weekday, the day and the hour after a dash, Wed 14 Oct 2026 -
  4:12 PM); a payment page's *settled* (new here) Paid at / Transaction date / Order date & time, printed
  under the outcome or after the ids; a payer's *settled* (new here) Remittance date / Paid on / Value date,
  the held one's Held from / Hold date and the returned one's Bounced on / Returned on (heldout234), the day
  written *settled* (new here) with its weekday first and its ordinal, Wednesday, the 14th of October 2026, on
  some e-mails (as heldout259's 14th October 2026 (Wednesday)), or after "on" in the e-mail's sentence
  (heldout259); an inward advice's *settled* (new here) Value date / Credited on / Date of realisation (as
  heldout259's Credit date / Funds realised on), Pending since / Funds received (pending) on on the one
  pending (as heldout259's In suspense since) and Refunded on / Date returned on the one sent back (as
  heldout259's Returned on / Date of return), printed first or after the references (in capitals on some), or
  the day in the raw :32A: field (heldout255: 261206CHF17842,12 is 2026-12-06); a receipt's, invoice's or wage
  slip's *settled* (new here) Theeyathi (Malayalam for date, as heldout259's Dinank) / Bill date (heldout247)
  / Date / Sale date / Inv. date / Date of invoice / Dt. / Paid on / Wage date, the day at the right of one
  row with the number at its left (heldout259: Polish bill No. PKP/25-26/1675 ... Sale date 29/3/26) and
  *settled* (new here) the day after "dated" on one Invoice No. and date row (PTA/26-27/0647 dated 15 Dec,
  2026, as heldout259's "dt."), the accounts desk's *settled* (new here) Advance credited on / Received on,
  printed above the number or under it; a banking page's *settled* (new here) Value date / Payment date /
  Debited on, Created on / Initiated on on the one awaiting authorisation and Returned on / Failed on on the
  failed one, printed in the Payment details block, among the details or in the summary; Cashfree's *settled*
  (new here) Processed on / Transfer date and Requested on / Pending since on the one pending; a transfer
  screen's day and hour with no label under the status (PhonePe's) or under the status below the payee (Google
  Pay's); a fee page's *settled* (new here) Date of payment / Remitted on / Transaction date, the Pollution
  Control Board's *settled* (new here) Attempted at / Transaction failed on on the failed one and ESIC's
  *settled* (new here) Challan generated on / Sent to bank on on the one pending; an insurer's *settled* (new
  here) Date of receipt / Payment date / Premium received on, Cheque received on / Cheque tendered on (as
  heldout259's Cheque recd. on / Cheque lodged on) on the cheque not yet cleared and Payment attempted on /
  Failed on on the failed one; a slip's *settled* (new here) DATE & TIME: <day> <hour> on one row, DT: with
  TM: on two rows (as heldout259's DATE/TIME: and DATE: / TIME:), or the day and the hour with no label on one
  line (26-08-26 17:11), printed at the top or under the sum; a Bharat Connect page's *settled* (new here)
  Paid on / Payment date / Date & time of payment, Initiated at / Tried at on a bill not paid; KSEB's
  *settled* (new here) Paid on / Date of remittance; the SMS's day and its divider's (*settled* (new here)
  Kerala Gramin Bank's "on 14-10-26" is 2026-10-14, the day first); the e-mail alert's *settled* (new here)
  Transaction date / Debit date). Days printed with the day and the month without zeros (28.7.2026, 4.9.26)
  are day first (heldout251), and so are *settled* all numeric days here (04/01/2026 is 4 January). *settled*:
  never a Bill month (heldout167), a Due date, a *settled* (new here) Cheque date (as heldout259's Cheque
  dt.), the *settled* (new here) Period of cover From ... to ... (as heldout259's Risk period), an invoice
  number's or a slip number's financial year or an e-mail's hour; never an AWB date or SB date (heldout259),
  the day inside a UTR (heldout210); never a Bharat Connect page's *settled* (new here) Bill generated on (as
  heldout243's Bill date), Billing period (as heldout243's Bill period) or *settled* (new here) Pay by (as
  heldout259's Bill due date), KSEB's Due date, the day of a bill listed on an advice (heldout246), ESIC's
  Contribution period (heldout257), EPFO's Wage month (heldout247) or the year or quarter of a head (Trade
  licence fee (D&O) 2026-27, Tax - goods carrier (LGV), quarter 2, 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS (also "through <way>" in the e-mail's sentence), Cashfree's IMPS (heldout251), a Bharat Connect
  bill from a Current A/c (here in FedCorp), a payment page's Net banking - <bank>, a fee, a premium or KSEB
  paid by Net banking (EPFO and ESIC by net banking only), an e-mail alert's *settled* (new here) Mode (as
  heldout259's Channel), an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage
  slip's, an invoice's, Cashfree's, a transfer screen's, a fee's, a premium's or a bill's UPI and Kerala
  Gramin Bank's UPI alert; card on slips, a payment page's debit card, a receipt's Card (POS), a fee, a
  premium or KSEB paid by Debit card; cheque for a cheque received, collected or returned and a premium paid
  by Cheque; cash for a cash bill, a re-polishing bill or a wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout259): a UPI
  reference / UTR / RRN / IMPS reference (UPI Ref No: / UPI Reference No. / UPI transaction ID / UTR / UTR No.
  / UPI RRN / RRN on a UPI screen and *settled* (new here) Amazon Pay's Bank Reference ID, CRED's UPI
  reference and BHIM's UPI Ref. ID (the UPI reference under the app's own name for it), Cashfree's *settled*
  (new here) Bank reference No. and Instamojo's UTR on a UPI payment, a payer's *settled* (new here) UTR No. /
  NEFT UTR / RTGS UTR No. / IMPS RRN / IMPS ref., a receipt's *settled* (new here) UPI ref. No. / UPI RRN /
  UTR / NEFT ref. No. / RTGS UTR No., an invoice's *settled* (new here) UTR / NEFT UTR No. / RTGS UTR / UPI
  Ref. No. / UPI RRN, a banking page's UTR / NEFT UTR / RTGS UTR / *settled* (new here) IMPS RRN, a wage
  slip's UPI Ref. No. / *settled* (new here) IMPS ref. No., Cashfree's UTR, a transfer screen's UTR / UPI
  transaction ID, an insurer's UPI Ref. No., a Bharat Connect page's *settled* (new here) UPI RRN / UTR No., a
  slip's RRN: / *settled* (new here) REF NO: (the retrieval reference number under a short label), an SMS's
  *settled* (new here) Ref No (Kerala Gramin Bank's UPI reference) / UTR / IMPS Ref No, an e-mail alert's
  *settled* (new here) UTR No. / IMPS RRN), then a bank reference (an inward advice's *settled* (new here)
  Remittance ref. No. / Inward ref. (bank) / Transaction ref. No. (as heldout259's Inward remittance No. / IRM
  ref. / Bank transaction ref.), a banking page's *settled* (new here) Bank ref. No. / Txn ref. (core banking)
  (as heldout259's Reference No. (CBS) / Journal No.), printed above the payee or under it, a payment page's
  *settled* (new here) Bank ref. No. / Bank transaction ID on net banking (as heldout257's Bank reference), a
  fee page's Bank ref. No., an insurer's *settled* (new here) Bank ref. No. (as heldout259's Bank ref.),
  KSEB's Bank ref. No., a Bharat Connect page's *settled* (new here) BBPS txn ref. No. / Bharat Connect
  reference / B-Connect ID (as heldout259's Bharat Connect ref. ID / BBPS ref. No.)), then a transaction /
  payment id (*settled* (new here) Cashfree's CF payment ID and Instamojo's Payment ID (MOJO...) (the
  gateway's id for the payment, as heldout259's Razorpay Payment ID), the UPI apps' own Transaction ID
  (PhonePe's), Google transaction ID and BHIM txn ID (heldout257) and *settled* (new here) Paytm order ID,
  Amazon Pay txn ID and CRED transaction ID (the app's own id, whatever its name, heldout235), Cashfree
  payouts' *settled* (new here) Reference ID (Cashfree's own id for the transfer, as heldout257's Cashfree
  Reference ID), a fee page's Transaction ID / Transaction No. (heldout234), EPFO's TRRN (heldout259; on the
  page that prints no id here), an insurer's *settled* (new here) Transaction No. (as heldout259's Transaction
  ref.), KSEB's *settled* (new here) KSEB transaction ID (as heldout259's HPSEBL Transaction ref. No.), a
  failed Bharat Connect page's Transaction ID), then an approval code (*settled* (new here) Cashfree's Auth ID
  and Instamojo's Authorisation code, a receipt's *settled* (new here) Approval code / Auth No., a slip's
  *settled* (new here) APPR CODE: (heldout257) / AUTH NO:), then an order's number (Cashfree's and Instamojo's
  *settled* (new here) Order ID (the shop's own id for the order, as heldout259's Razorpay Order ID), Cashfree
  payouts' *settled* (new here) Transfer ID (the company's own id for the transfer)), then a document's own
  number (a payer's *settled* (new here) Payment advice No. / Remittance ref. No. / Voucher No. (as
  heldout259's Advice No. / Transfer voucher No.), a receipt's *settled* (new here) Cash bill No. / Bill Sl.
  No. / Order No. / Vivaha order No. / Wholesale invoice No. / Motha bill No. / Polish bill No. / Minukku bill
  No. / Lamp bill No. / Vilpana bill No. / Scrap memo No. / Aakri cheetu No. / Acknowledgement No. / Advance
  ack. No. (as heldout259's Retail bill No. / Parchi No. / Advance receipt No.) and the number at the left of
  a number-and-day row, an invoice's *settled* (new here) Inv. No. / Tax invoice No. / Bill Sl. No. and the
  number before "dated" on one Invoice No. and date row, a wage slip's Wage slip No. (heldout254) / *settled*
  (new here) Koolicheetu No. (Malayalam: the wage slip's number, as heldout259's Majdoori parchi No.), a fee
  page's Receipt No. / ESIC's Challan No. (heldout257) / EPFO's CRN (heldout237) / the GI Registry's *settled*
  (new here) CBR No. (the Registry's cash book receipt number, as a Receipt No.), an insurer's Receipt No.
  (heldout254) / *settled* (new here) Premium receipt No. (as heldout259's e-Receipt No.), KSEB's Receipt No.,
  a slip's *settled* (new here) INV NO: / RECEIPT NO: (as heldout259's BILL NO: / INVOICE:)). *settled*: never
  a UETR, a MID: / TID:, *settled* (new here) BATCH: (as heldout259's BATCH NO:), TRACE NO: (heldout247), a
  card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a *settled* (new
  here) Purpose code (as heldout259's Purpose of remittance), an Export invoice No. (heldout210), an AWB No.
  or Shipping bill No. (heldout259), an E-way bill No., an LR No. (heldout259), a *settled* (new here) Docket
  No. (a courier's consignment number, as heldout259's LR No.), a Vehicle No. (heldout205) (so never a
  VEHICLE: on a slip or a Registration No. on the Vahan page or an insurer's page), a *settled* (new here)
  Buyer's order No. (as heldout259's Order ref.), the Vendor code, Purchase order No. and GRN No., the
  corporations' and the Board's Work order No. and Inspection memo No., the number or the day of a bill listed
  on an advice (heldout246), a *settled* (new here) :20: Sender's reference (as heldout259's Sender's ref.
  (field 20)), the Initiator / Authoriser, the Corporate user ID, a Payee short name, the Bene ID (as
  heldout201's Fund account), an Achu No., an Artisan card No. (as heldout251's Pehchan card No.), a *settled*
  (new here) Licence No. (as heldout257's Trade licence No.), a Ward No. (heldout216), an *settled* (new here)
  Application ID (as heldout257's Application No.), an Establishment ID (heldout247), a *settled* (new here)
  GI application No. (as heldout231's Licence No.), a Registration No. (the Shops and Commercial
  Establishments registration's), an Employer code (heldout257), a Policy No. / Proposal No. (heldout246) /
  Renewal notice No. (heldout259), a Bharat Connect page's Bill No. (heldout251), a consumer number (here
  Consumer No. (heldout257), Account No., Mobile No., Customer ID and LPG ID (heldout259)), or a slip's ROOM
  NO: (heldout203), *settled* (new here) GRC NO: (the hotel's guest registration card, as heldout259's
  FOLIO:), PUMP NO: (as heldout246's NOZZLE:), KOT: (as heldout259's KOT NO:), TABLE NO: (heldout257) or CUST
  MOBILE: (as heldout259's MOBILE:)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout260_families import (
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

SPLIT = "heldout260"

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


def make_heldout260_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout260 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout258: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Swamimalai bronze icon house's day in 2026 in Thanjavur district, Tamil Nadu
(Sivakami Panchaloha Bronzes Pvt Ltd, its lost-wax casting foundry on Sannathi Street, Swamimalai, Sivakami
Vaarpu Pattarai, where the sthapathis model the icons in beeswax and kungiliyam resin, coat the models in the
Kaveri's alluvial clay (vandal mann), melt the wax out and pour the panchaloha, the home chasers of
Thimmakudi, Sundaraperumal Koil, Thiruvalanjuli and Patteeswaram are paid by the inch of the icons they chase,
other sthapathis' wax models are cast as job work by the kilo of metal poured and icons are sold to dealers by
the inch of their height, its metal and wax store on the Kumbakonam road at Darasuram, Sivakami Ulogam Mezhugu
Kidangu, where the copper, brass and tin are kept and the modelling wax is mixed, the wax sold by the kilo to
other sthapathis and the runners, risers and dross by weight to a Kumbakonam vessel shop, and its gallery on
T. S. R. Big Street, Kumbakonam, Sivakami Sirpa Koodam, which sells home icons, takes temples' orders for
utsava murthis (processional icons) by weight and keeps a stall at the Margazhi crafts bazaar in Mylapore,
Chennai), told by the proofs of payment it receives (households', temple trustees', hotels' and shops' UPI
screens and the web shop's Razorpay and BillDesk pages, Poompuhar's (the Tamil Nadu Handicrafts Development
Corporation's), a temple's under the HR & CE Department, a Mylapore and a Mumbai gallery's, a Bengaluru
e-shop's, a Thanjavur heritage hotel's, a Hyderabad temple interiors firm's and a Puducherry crafts shop's
payment advices, dealers' and temple suppliers' inward wires from Houston, London, Scarborough, Homebush,
Singapore, Klang, Paris and Kyoto in US dollars, pounds, Canadian, Australian and Singapore dollars, ringgit,
euros and yen, the gallery's bills to an American tourist, a Madurai lady and a Pattukkottai temple trust, the
foundry's trade bill by the inch to a Mylapore art emporium and its casting job work bill by the kilo to a
Sundaraperumal Koil sthapathi, the store's wax bill by the kilo to a Thimmakudi sthapathi and its scrap memo
by weight to a Kumbakonam vessel shop, the accounts desk's acknowledgement of a Bengaluru devotees' group's
advance for an utsava murthi, cards on the gallery's (at Kumbakonam and at the Margazhi bazaar), the company's
and the foundry's terminals) and those it makes (the Tiruchirappalli copper mart's, the Jamnagar brass and tin
maker's, the Madurai beeswax depot's, the Coimbatore foundry stores' and the Moradabad polish maker's tax
invoices, the net-banking transfers to the furnace builder, the gallery's landlord, the clay supplier, the
chartered accountants, the catalogue studio, the Margazhi bazaar's organisers, the fumigation agency and the
carrier, the chasers', the wax modeller's and the polisher's wage slips by the inch or the piece, RazorpayX
payouts to the wax room helper and the clay mould maker and a Paytm and a Google Pay payment to the furnace
and crating helpers, Swamimalai Town Panchayat's D & O trade licence for the foundry and its half-yearly
profession tax, the Geographical Indications Registry's fee for the sthapathis' authorised user applications
under the Swamimalai Bronze Icons GI, the Tamil Nadu Pollution Control Board's consent renewal for the
foundry, ESIC's monthly contribution, the Tamil Nadu Labour Welfare Board's annual contribution, the Transport
Department's quarterly tax on the delivery van and Legal Metrology's verification of the scales, the insurers'
premium receipts for the foundry, furnaces, metal and icon stock, the gallery's stock, the export crates, the
workers' health, the employees' compensation, the icons at the Margazhi bazaar, the van and the cash in
transit, its card at a filling station on NH-36 at Papanasam, a Mylapore hotel, a Tiruchirappalli hardware and
tools shop and a Kumbakonam degree coffee house, TNPDCL's power and the fibre, postpaid, DTH and cooking gas
bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one
wait; one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Paytm, Google Pay, PhonePe, YONO SBI, BHIM, CRED) paying the gallery or
  the company in one of three layouts (the status on top, then the sum large and the payee at the right of its
  label on one row; the sum large on top, the payee with its UPI ID in brackets on one centred line under a
  small label, then the status; the status on top, the payee in large letters under its label, its UPI ID and
  the sum large at the foot of the card), the day and the hour with no label under the status on some (14 Oct
  2026 at 06:42 pm, 06:42 pm on 14 Oct 2026), else labelled first in the details or at their end, the app's
  own id above the UPI reference or under it, and two of the web shop's payment pages (Razorpay, BillDesk),
  the sum large or in an Amount paid / Order total paid row above the status or under it, the day under them
  or after the ids, the Customer and the Product above the ids or at the foot.

* ``buyer_advices``: Poompuhar's, the temple's, the galleries', the e-shop's, the hotel's, the interiors
  firm's and the crafts shop's PAYMENT ADVICE - PANCHALOHA ICONS / Remittance to supplier - intimation /
  ADVICE OF PAYMENT (BRONZE ICONS) (an e-mail with Vanakkam, / Dear Sir, / Dear Supplier,, printed, vendor
  portal) in three orders (the payment block above the bills, under them, or the net sum and the status on top
  with the bills and then the payment details under them), the status under the heading or at the end of the
  payment block, the payee at the head of the body or of the payment block; the bills by the piece, the kilo
  or the inch (dt. <day> on some); TDS u/s 194Q only on the three larger buyers' (the e-shop, the hotel, the
  crafts shop), Poompuhar's GST-TDS split into CGST @ 1% and SGST @ 1%, the temple's retention till the
  kumbabhishekam @ 10%; the day written 12th March 2026 (Thursday) on some e-mails.

* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT OF GOODS /
  Credit advice - foreign inward remittance / FOREIGN REMITTANCE RECEIVED - BENEFICIARY ADVICE; browser,
  e-mail, printed), the status under the heading or at the foot, the day first, after the sums or after the
  references (in capitals on some), the remitter's block above the beneficiary's or under it; the sum with its
  code or sign, under a Currency of remittance row on some, bare on a Remitted amount (<code>) row on some, or
  in the raw SWIFT field 32A (:32A: Value date / Currency / Amount, 260307GBP8098,43) with :71A: and :71F:
  (the sender's charges) on two credited ones; euros the French way on some (15 284,61 EUR), yen whole (JPY
  3,738,000, 3,738,000 JPY), the rate per 100 yen; the rupee lines only on the credited ones, the rate marked
  Tentative on the held one; a shipping bill and its day and a non-antiquity certificate of the Archaeological
  Survey on some.

* ``own_receipts``: the gallery's SALE INVOICE - PANCHALOHA ICONS / RETAIL BILL - BRONZE ICON and ORDER BILL -
  UTSAVA MURTHI BY WEIGHT / TEMPLE ORDER - SALE BILL, the foundry's TRADE INVOICE - ICONS BY THE INCH /
  VIYABARA BILL - VENKALA SILAIGAL (the icons by deity, height and pieces at a rate per inch) and CASTING JOB
  WORK BILL - BY THE KG / VAARPU KOOLI RASIDU (the wax models received, the metal poured by the kilo), the
  store's MODELLING WAX BILL - BY THE KG / MEZHUGU VIRPANAI RASIDU (the lot's mix) and METAL SCRAP SALE MEMO -
  BY WEIGHT / PAZHAYA ULOGAM VIRPANAI CHEETTU (gross and sack weights, net kilos x rate) (paper, rubber stamp,
  the signature and the receiver's lines; Tamil labels in Latin letters on some: Thethi (date), Vangubavar
  (buyer), rasidu, cheettu, munpanam), the number and the day in either order above the party, or on one row
  (the number at the left, Thethi: <day> at the right), and the accounts desk's Munpanam (advance) received -
  nandri e-mail (an utsava murthi's advance against its Order value (with GST), CGST and SGST, NEFT).

* ``supplier_invoices``: the copper, brass and tin, beeswax and resin, crucible and tool and polish suppliers'
  TAX INVOICE (ORIGINAL - BUYER'S COPY) / TAX INVOICE CUM RECEIPT / GST INVOICE - PAID (the last on paid ones
  only) with the payment block (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper,
  serif), the number and the day on one Invoice row (TCB/26-27/0412 dt. 14.10.2026) on some, else in either
  order; the metals by the kilo, the crucibles by number, the chisels by the set; a transporter's LR No. from
  Gujarat and Uttar Pradesh or a courier's Docket No.; CGST and SGST within Tamil Nadu, IGST from Gujarat and
  Uttar Pradesh, with their rates on some, without on the rest.

* ``vendor_transfers``: corporate net banking's pages (OnlineSBI Corporate, CUB Corporate Net Banking, HDFC
  Bank ENet) in three layouts (one sentence with the sum and the payee and the status under it, then the
  references, the day and the debit rows; the references first, the Beneficiary details, the sum, the status,
  the Debit details and the day at the foot; the Debit details first, the Beneficiary details, the sum and the
  narration, then the status, the day and the references at the foot).

* ``worker_pay``: printed SIRPI KOOLI CHEETTU - INCH KANAKKU / CHASING WAGES - BY THE INCH (HOME WORKSHOP) /
  WAX MODELLING WAGES - BY THE INCH / SIRPI KOOLI CHEETTU - ICON KANAKKU / POLISHING WAGES - BY THE PIECE, the
  payee first; RazorpayX's payout pages, the payee above the sum and the status or under them; a Paytm and a
  Google Pay screen, the payee above the sum or on one centred line with its label under the status.

* ``govt_fees``: Swamimalai Town Panchayat's D & O trade licence and half-yearly profession tax, the GI
  Registry's authorised user fee, the Tamil Nadu Pollution Control Board's consent renewal, ESIC's
  contribution, the Tamil Nadu Labour Welfare Board's annual contribution (in January), the Transport
  Department's quarterly tax on Vahan and Legal Metrology's verification fee (browser), the status under the
  authority's line or at the foot, the references before the heads or after the sum.

* ``insurer_receipts``: insurers' Premium receipt cum tax invoice / Receipt of premium - e-copy / PREMIUM
  COLLECTION RECEIPT (Premium not received / RENEWAL PAYMENT - STATUS on the failed one; browser, e-mail,
  printed at the branch), the status under the heading or under the sum, a Cover from ... to ... row on some;
  CGST and SGST @ 9% or IGST @ 18%.

* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE/TIME: on one
  line, DATE : and TIME : with a space before the colon, or DATE: and TIME:), the sum above the card or under
  the references.

* ``utility_bills``: Bharat Connect in SBI's YONO BUSINESS and other apps (Google Pay, Paytm, PhonePe, Amazon
  Pay, CRED), the biller above the sum and the status or under them, the sum above the status or under it, and
  TNPDCL's own online payment receipt, the status under the head or at the foot.

* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Tamil Nadu Grama Bank's UPI, Indian Bank,
  City Union Bank, the Thanjavur District Central Co-operative Bank) in a messages app and two e-mail debit
  alerts (HDFC Bank, Axis Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout257's and heldout255's. The Margazhi bazaar stall's card
slip is drawn in the bazaar's days (16 to 31 December) and the Labour Welfare Board's contribution in January
(2 to 30 January); the other days anywhere in 2026.

Truth conventions (heldout257's, heldout255's, heldout254's, heldout251's, heldout250's, heldout247's,
heldout246's, heldout243's, heldout242's, heldout239's, heldout235's, heldout234's, heldout231's,
heldout227's, heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's,
heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's,
heldout202's, heldout201's, heldout200's, heldout190's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to (heldout206), Money received by (heldout250), Credited to (heldout243), Paid at (heldout257) or
  *settled* (new here) Paid to merchant / Sent to shop / Payment made to / Merchant, and *settled* (new here)
  Payment pending to / Being paid to on one not yet paid and Payment failed to / Unable to pay on one failed
  (here the gallery, Sivakami Sirpa Koodam / SIVAKAMI SIRPA KOODAM, the company's capitals, SIVAKAMI
  PANCHALOHA BRONZES PVT LTD, or its short name, Sivakami Bronzes, as printed), whether the payee stands at
  the right of its label on one row, in large letters on top under its label (heldout243, heldout247,
  heldout251, heldout257) or *settled* (new here) with its UPI ID in brackets after it on one centred line
  under a small label (Sivakami Bronzes (sivakami.kbk@paytm): the name before the bracket alone is the payee,
  as heldout257's Paid at <payee> line), never the UPI ID or the app, nor the Legal name (heldout255) /
  *settled* (new here) Name in bank records line under the UPI ID (as heldout257's Bank name of payee), nor
  the payer under Sent by (heldout243) / *settled* (new here) Sender (as heldout247's Payer name); a payment
  page's payee on top (here the gallery, its capitals, the company or its short name), never its shop line,
  the *settled* (new here) Customer / Delivered to (as heldout251's Ship to) or Product / Items (as
  heldout257's Item ordered) lines, or the gateway's footer (*settled* (new here) Payments by Razorpay |
  Razorpay Software Pvt Ltd, Powered by BillDesk | IndiaIdeas.com Ltd). *settled* (heldout167, heldout190,
  heldout202 to heldout257): a payer's payment advice pays the one it pays, never the payer on top; here
  Poompuhar's, the temple's, a gallery's, the e-shop's, the hotel's, the interiors firm's or the crafts shop's
  advice pays the company under *settled* (new here) Payee (supplier) / Paid to / Remitted to / In favour of /
  Credited to supplier (as heldout257's Vendor / Paid to vendor / Vendor credited) (its full, capital or short
  name as printed), printed at the head of the body or at the head of the payment block, above the bills or
  under them, never the payer on top (and its name again in the e-mail's Regards, Accounts, <payer> or
  Executive Officer, <temple> line), its desk line (Poompuhar's Poompuhar, Head Office, Anna Salai, Chennai |
  Finance Wing, the temple's Office of the Executive Officer, Thiruvidaimarudur | HR & CE Department), the
  *settled* (new here) Supplier code (as heldout210's Vendor code), Purchase order (as heldout243's PO No.),
  Goods receipt No. (as heldout235's GRN No.), Poompuhar's Purchase indent No. and Quality check memo No. and
  the temple's Work order No. and Proceedings Rc. No. (as heldout257's Procurement order No. and Inspection
  report No.), the bills listed (their numbers and days, heldout246), the *settled* (new here) Supplier bank
  A/c (as heldout243's Vendor bank A/c) or the e-mail's Vanakkam, / Dear Sir, / Dear Supplier, lines.
  *settled* (heldout155, heldout167, heldout190, heldout203 to heldout257): a bank's inward remittance advice
  pays the company under Beneficiary customer (heldout204) or *settled* (new here) Payee (exporter) / Account
  holder (beneficiary) / Exporter / beneficiary (as heldout257's Exporter / Beneficiary name), never the bank
  on top, its forex desk line, the remitter (Ordering party (heldout255) or *settled* (new here) Remitter name
  / Sender (50K), the dealer or temple supplier abroad), the *settled* (new here) Sender's bank (52A) /
  Remitting bank (as heldout257's Ordering bank (52A) / Remitter's bank) or the *settled* (new here)
  Correspondent bank (56A) (as heldout257's Intermediary bank (56A)), printed above the beneficiary or under
  it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout257): the company's own receipt pays
  the trade name on top where that is on top, so *settled* (new here) the gallery's bills pay Sivakami Sirpa
  Koodam, the foundry's trade and casting job work bills Sivakami Vaarpu Pattarai and the store's wax and
  scrap bills Sivakami Ulogam Mezhugu Kidangu (capitals where so printed), and a receipt with the company on
  top the company, never the "A unit of" company line under it (heldout190), the party under Customer
  (heldout235), Billed to / Job for (heldout257) or *settled* (new here) Sold to / Vangubavar (buyer) (Tamil
  for buyer, as heldout257's Kharidaara (buyer)) / Temple / Sthapathi, printed after the number and the day,
  the goods' line, the signature line (*settled* (new here) For <unit> - Accountant / For <unit> - Authorised
  signatory, as heldout257's For <unit> - Cashier), the *settled* (new here) Receiver's signature line (as
  heldout257's Buyer's signature) or the rubber stamp (*settled* (new here) SIVAKAMI SIRPA KOODAM, SIVAKAMI
  VAARPU PATTARAI, SIVAKAMI ULOGAM KIDANGU); *settled* (new here) the foundry's casting of a sthapathi's own
  wax models by the kilo and the store's scrap sold by weight to a vessel shop alike (the foundry, the store
  or the company on top, never the sthapathi or the buyer, as heldout257's card punching and silk waste); the
  accounts desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219),
  never the *settled* (new here) Devotee group / Order placed by (as heldout257's Client / Order from). A
  supplier's name on top of its own paper (capitals where so printed), never M/s the company under *settled*
  (new here) Buyer (bill to) / Sold to / Recipient (as heldout257's Billed to / Buyer), nor the foundry, the
  store or the gallery under Ship to (heldout254) / *settled* (new here) Deliver to (as heldout257's Shipped
  to), nor the Transporter (heldout243's Dispatch through) or the Courier (heldout247), nor its rubber stamp
  (*settled* (new here) TIRUCHI COPPER MART, JAMNAGAR BRASS ALLOYS, MADURAI MEZHUGU DEPOT, COIMBATORE FOUNDRY
  STORES, MORADABAD POLISH CO., as heldout257's short stamps). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout257): a corporate banking page pays the payee under *settled* (new here) Beneficiary /
  Beneficiary name / To account of / Transferred to (as heldout255's Payee name / Transferred to (payee)) in
  the Beneficiary details block, or *settled* (new here) the name after "transferred to" / "queued for
  transfer to" / "could not be transferred to" in the page's one sentence (Rs. 70,970.00 has been transferred
  to FRAME KUMBAKONAM STUDIO (A/c XXXX5517).: the name without the account in brackets, as heldout255's SMS
  "to beneficiary <payee>"), never the portal (OnlineSBI Corporate, CUB Corporate Net Banking, HDFC Bank
  ENet), the bank line, the Debit account (heldout257), the *settled* (new here) Customer ID (as heldout243's
  User ID), the *settled* (new here) Beneficiary nickname (as heldout234's Beneficiary short name) or the
  *settled* (new here) Initiated by / Approved by (as heldout171's Maker / Checker). *settled* (heldout150,
  heldout161, heldout179, heldout203 to heldout257): a wage slip pays the worker, *settled* (new here) a
  chaser, the wax modeller or the polisher under Sirpi peyar (Tamil: the sculptor's name, as heldout257's
  Nekarara hesaru) / Wages paid to / Paid to artisan, printed first under the heading, never the company on
  top, the foundry's line under it, the *settled* (new here) Work (as heldout251's Work done), Ooru (village)
  (as heldout251's Basti / village), Bench No. (the artisan's bench in the foundry, as heldout257's Loom No.)
  or Artisan card No. (as heldout251's Pehchan card No.), nor the signature line; RazorpayX's payout page the
  Contact (heldout201) or *settled* (new here) Paid to contact, printed above the sum and the status or under
  them, never RazorpayX on top, the Payouts | <company> line under it, the *settled* (new here) Contact ID
  (RazorpayX's id for the payee, as heldout257's Cashfree Beneficiary ID) or the Fund account (heldout201); a
  transfer screen the payee under Sent to / To (heldout206) or *settled* (new here) Money transferred to /
  Transfer pending to, above the sum, or *settled* (new here) after its label on one centred line under the
  status (To M. Ayyappan, as heldout257's Paid at <payee>), never the UPI ID or the From / Debited from
  account. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout257): a fee page pays the
  authority on top as printed, *settled* (new here for Thanjavur district) Swamimalai Town Panchayat /
  SWAMIMALAI TOWN PANCHAYAT / Town Panchayat, Swamimalai (the D & O trade licence and the profession tax
  alike); Geographical Indications Registry / GEOGRAPHICAL INDICATIONS REGISTRY; Tamil Nadu Pollution Control
  Board / TAMIL NADU POLLUTION CONTROL BOARD; Employees' State Insurance Corporation / ESIC; Tamil Nadu Labour
  Welfare Board / TAMIL NADU LABOUR WELFARE BOARD; Transport Department, Government of Tamil Nadu / Transport
  Department, Tamil Nadu on the Vahan page; Legal Metrology Department, Tamil Nadu / LEGAL METROLOGY
  DEPARTMENT, TAMIL NADU; never the line under it (Directorate of Town Panchayats, Tamil Nadu | D & O trade
  licence, Intellectual Property India, Chennai | Authorised user - Swamimalai Bronze Icons, OCMMS | Consent
  to operate - renewal, Profession tax - half-yearly | Employer's return, Ministry of Labour & Employment,
  Government of India | Contribution challan, Labour Welfare Fund | Annual contribution (due 31 January),
  Vahan - Ministry of Road Transport & Highways | Tax payment, Verification and stamping of weights and
  measures | Thanjavur), nor the Trade name (heldout257), Name of applicant (heldout248), Name of unit
  (heldout247), Name of employer (heldout250), Employer name (heldout257), Name of establishment (heldout257),
  Owner name (heldout251) or Name of the user (heldout254). *settled* (heldout199, heldout202 to heldout257):
  an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; *settled*
  (new here) United India Insurance Co. Ltd's, National Insurance Co. Ltd's, Cholamandalam MS General
  Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's, HDFC
  ERGO General Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's and Reliance General Insurance
  Co. Ltd's alike), never the product line, the office line or the insured (the company) under *settled* (new
  here) Proposer / Insured name / Name of the insured (as heldout254's Policyholder). A slip's counter name
  line in capitals (here the house's own counters, SIVAKAMI SIRPA KOODAM (at Kumbakonam and at the Margazhi
  bazaar), SIVAKAMI PANCHALOHA BRONZES and SIVAKAMI VAARPU PATTARAI, on four, a filling station on NH-36 at
  Papanasam, a Mylapore hotel, a Tiruchirappalli hardware and tools shop and a Kumbakonam degree coffee house
  on the rest), never the terminal's bank or brand (PINE LABS, HPCL, CITY UNION BANK, HDFC BANK, RAZORPAY POS,
  INDIAN BANK, PHONEPE POS, MSWIPE) or the place line. A Bharat Connect page's biller under *settled* (new
  here) Biller name / Paid to biller / Operator (as heldout239's Biller) (short or long as printed: TNPDCL /
  Tamil Nadu Power Distribution Corporation Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio Postpaid /
  Reliance Jio Infocomm Ltd, Tata Play / Tata Play Ltd, Indane Gas / Indian Oil Corporation Ltd), printed
  above the sum and the status or under them, never the app (here YONO BUSINESS, Google Pay, Paytm, PhonePe,
  Amazon Pay and CRED), Bharat Connect or the *settled* (new here) Name on bill (as heldout254's Registered
  name); *settled* (new here) TNPDCL's own online payment receipt the discom on top (TNPDCL, Tamil Nadu Power
  Distribution Corporation Ltd or its capitals as printed, as heldout257's BESCOM), never the "A Government of
  Tamil Nadu undertaking" line under it, the *settled* (new here) Region / Section (as heldout243's Sub
  division), the Consumer name (heldout247) or the Tariff. An SMS alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Tamil
  Nadu Grama Bank's UPI "- UPI payment to <payee>.", Indian Bank's "towards <way> to <payee>.", City Union
  Bank's "Info: <way>-<payee>." (the name after the way and its hyphen) and the Thanjavur District Central
  Co-operative Bank's "<way> to <payee>", and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Beneficiary name /
  Credited to (payee) (as heldout257's Payee / Beneficiary), printed above the sum or under it, never the bank
  on top.

* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee line or under the payee on top (heldout239, heldout243, heldout247,
  heldout251, heldout257); a payment page's *settled* (new here) Amount paid / Order total paid row above the
  status or under it (as heldout257's Transaction amount / Amount charged). *settled* (heldout152, heldout186,
  heldout190, heldout202 to heldout257): a payer's advice counts its net sum, *settled* (new here) Amount
  remitted / Net amount paid / Net payable - released (as heldout257's Net paid to vendor), *settled* (new
  here) Amount withheld / Payment on hold on the hold (as heldout257's Payment held) and *settled* (new here)
  Returned by bank / Payment returned on the return (as heldout257's Amount returned to us) (the bills with
  their GST @ 5% less TDS u/s 194Q @ 0.1% (heldout235) on the value before GST on the three larger buyers',
  none on the galleries', the interiors firm's or the temple's, Poompuhar's *settled* (new here) Less: GST-TDS
  - CGST @ 1% and Less: GST-TDS - SGST @ 1% (as heldout257's Less: TDS under GST), the temple's *settled* (new
  here) Less: Retention till kumbabhishekam @ 10% (kept back till the temple consecrates the icon, as
  heldout255's Less: Retention money @ 5%), and *settled* (new here) a Less: Short weight - n kg (as
  heldout254's Less: Short supply), a Less: Breakage in transit - 1 pc (as heldout257's Less: Rejected at
  inspection), a Less: Delay penalty @ 1% (as heldout257's Less: Late supply penalty @ 2%) or a Less: Cash
  discount @ 2% (as heldout254's Less: Prompt payment discount @ 2%)), printed *settled* (new here) with the
  status on top before the bills, or in the payment block above the bills or under them, never a bill's sum,
  the *settled* (new here) Gross invoice value / Invoices total (as heldout257's Total invoice value / Bills
  total), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout257): an
  inward wire's foreign sum, *settled* (new here) Remittance amount (FCY) / Amount in foreign currency / FCY
  credit amount (as heldout257's Foreign currency amount / Inward remittance amount), under a *settled* (new
  here) Currency of remittance row naming the currency on some (as heldout257's Currency row), bare on a
  Remitted amount (<code>) row whose label names the currency (as heldout256's Amount received (CHF)), or the
  sum in the raw SWIFT field 32A (heldout255: :32A: Value date / Currency / Amount, 260307GBP8098,43 is
  8098.43 pounds), in US dollars and pounds (heldout152's marks), Canadian dollars (*settled* (new here) CAD
  or C$ before the sum, as heldout202's AUD / A$), Australian dollars (AUD, A$, heldout202), Singapore dollars
  (SGD, S$, heldout207), ringgit (MYR, RM, heldout216), euros (EUR or the sign before the sum, or *settled*
  (new here) the French way, a space between the thousands, a decimal comma and the code or the sign after the
  sum: 15 284,61 EUR is 15284.61, as heldout257's rand) and yen (heldout202: whole, JPY or the sign before the
  sum or *settled* (new here) JPY after it, 3,738,000 JPY is 3738000.00), never the *settled* (new here) :71F:
  Sender's charges (the remitting bank's charges in the raw field, GBP15,00) or the *settled* (new here)
  Converted amount (INR), Less: Service charges + GST or Net credited to A/c (INR) (as heldout257's Rupee
  value, Less: Bank charges incl. GST and Amount credited (INR)); its *settled* (new here) Conversion rate /
  Tentative rate (100 JPY = INR 58.1700 per hundred yen; tentative on the one held, as heldout257's Exchange
  rate applied / Indicative rate) is no sum, and a wire sent back prints no rupee line (heldout242). *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout257): a receipt counts the sum received even where
  it is part of the order, *settled* (new here) Cash received / Paid in cash / UPI (GPay / QR) received /
  Received by UPI scan / Card swiped (POS) / Card payment received / NEFT received / Credited by NEFT / Cheque
  for / Cheque received for / Munpanam received (NEFT) / Advance credited (NEFT) (Tamil: advance received, as
  heldout257's Amount received in cash / Mungada received), with the sum in words under it, never the
  *settled* (new here) Order value (with GST) (as heldout257's Total order value) where less was received, the
  goods' line, the icon and its height, the pieces, kilos, inches or weights, the *settled* (new here) Less:
  Margazhi season discount @ 10% / Less: Temple order discount @ 5% (as heldout257's Less: Ugadi discount @
  10%), the CGST and SGST @ 2.5% or @ 9%, the Round off or the *settled* (new here) Balance payable before the
  icon is dispatched (as heldout257's Balance due at delivery of the saree); the *settled* (new here) Bill
  total / Total (with GST) / Amount due (the rounded bill with its GST, as heldout257's Net bill amount) is
  the same sum where the whole bill was paid, and *settled* (new here) the foundry's icons by the inch and
  castings by the kilo of metal poured and the store's wax by the kilo and scrap by its net weight count
  theirs, received in full. *settled* (heldout187, heldout191, heldout202 to heldout257): a supplier's invoice
  counts the sum paid, where an advance is taken off (*settled* (new here) Less: Advance paid with order, as
  heldout257's Less: Advance remitted with PO) the *settled* (new here) Balance paid by NEFT / RTGS, where the
  buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q (deducted by you), as heldout257's Less:
  TDS u/s 194Q withheld by buyer) the *settled* (new here) Net received by NEFT / RTGS (as heldout257's Net
  amount received - NEFT), else *settled* (new here) Paid via NEFT / RTGS / UPI / Amount received by NEFT /
  RTGS / Amount received (UPI) (the rounded *settled* (new here) Invoice value / Grand total with GST, as
  heldout257's Invoice total, the same sum where nothing is taken off), or the *settled* (new here) Cheque for
  / Cheque received (as heldout250's Paid by cheque), never the *settled* (new here) Taxable amount / Value of
  supply (as heldout251's Taxable value), a line (with its HSN and GST rate) or the CGST / SGST / IGST with or
  without a rate. A banking page's *settled* (new here) Amount / Transfer amount / Amount transferred, or
  *settled* (new here) the sum at the head of the page's one sentence (Rs. 70,970.00 has been transferred to
  ...), printed in the Beneficiary details or after them, never the *settled* (new here) Charges (incl. GST)
  or Balance after transaction (as heldout247's Balance after transfer). *settled* (heldout167, heldout202 to
  heldout257): a wage slip's net sum, *settled* (new here) Net wages paid / Amount paid to sirpi (as
  heldout257's Net kooli paid: the icons x inches @ rate per inch or the pieces @ rate, plus *settled* (new
  here) Add: Prabhavali (arch) chasing extra / Add: Fine detailing extra, less *settled* (new here) Less:
  Casting flaw rework - n @ rate / Less: Munpanam (advance) adjusted, as heldout257's Less: Weaving defect
  (float) and Less: Mungada (advance) recovered), never the *settled* (new here) Gross wages / Total kooli (as
  heldout254's Gross kooli), the line or a deduction; a payout page's and a screen's sum large. *settled* (new
  here): Swamimalai Town Panchayat's Total amount / Amount paid for the D & O licence (the D & O trade licence
  fee 2026-27 with the Signboard fee and the Penalty for late renewal where printed) and Tax amount / Total
  tax for the profession tax (the Profession tax - employees (n) and the Profession tax - company), never a
  head; the GI Registry's Total fee / Amount paid (Form GI-3A - n applicants @ 500), never the fee per
  application; the Pollution Control Board's Total consent fee / Fee remitted (the CTO renewal fee - Water Act
  and the CTO renewal fee - Air Act), never a head; ESIC's Total amount / Amount payable on the failed page
  (the Employer's share @ 3.25% and the Employees' share @ 0.75%), never one share; the Labour Welfare Board's
  Total contribution / Amount remitted (the Employees' contribution (n x Rs 20) and the Employer's
  contribution (n x Rs 40)), never one share or its rupees per head; the Transport Department's Total tax paid
  (heldout241) / Amount paid (the Quarterly tax - goods carriage and the Road safety cess), never a head;
  Legal Metrology's Total fee / Fee paid (the two verification fees and the Late fee where printed), never one
  fee. *settled* (heldout199, heldout202 to heldout257): an insurer's premium with its GST, *settled* (new
  here) Gross premium (with GST) / Premium collected (as heldout257's Total premium (incl. GST)), the Cheque
  for / *settled* (new here) Instrument amount on the cheque not yet cleared (as heldout254's Amount of
  cheque), the *settled* (new here) Renewal premium due / Premium to be paid on the failed one (as
  heldout257's Premium payable), never the *settled* (new here) Basic premium / Premium (excl. GST) (as
  heldout247's Net premium), an add-on, the CGST and SGST @ 9% or the IGST @ 18%, nor the *settled* (new here)
  Own damage premium or Liability premium (as heldout241's Own damage and Third party liability), nor the IDV
  (heldout235) or the *settled* (new here) Sum insured - building, furnaces, metal and icon stock, Sum insured
  - gallery stock (first loss), Annual turnover - export crates, Members covered, Estimated annual wages, Sum
  insured - icons at the stall or Cash in transit limit (as heldout257's sums insured, turnover, lives, wages
  and limit). A slip's *settled* (new here) AMOUNT RS: / NET AMOUNT: / SALE AMT: (as heldout255's TOTAL RS:),
  printed above the card or under the references, never the *settled* (new here) RATE/L: or VOL(L): (as
  heldout257's RATE: and QTY(L):) or ODOMETER:. A Bharat Connect page's sum large, never the *settled* (new
  here) Payable after due date (as heldout255's Amount with LPSC); TNPDCL's *settled* (new here) Paid amount /
  Amount received (as heldout257's BESCOM's Amount paid). An alert's sum debited (*settled* (new here) Tamil
  Nadu Grama Bank's UPI "debited by Rs.x", Indian Bank's "is debited for Rs.x", City Union Bank's "Rs.x
  debited from", the Thanjavur District Central Co-operative Bank's "Dr Rs x" (Dr for debit), each grouped the
  Indian or the English way or not at all, the failed and pending transfers' "Txn of Rs.x" / "<way> of Rs.x";
  the e-mail's *settled* (new here) Debit amount / Amount (INR)), never the *settled* (new here) Avl bal /
  Bal: Rs.x Cr / Clr Bal Rs x (as heldout257's Avl Bal) or the e-mail's *settled* (new here) Available balance
  (as heldout257's Balance available). Currency INR but on the wires.

* status: as printed. *settled* (new here): a UPI screen's Payment done, Paid successfully - merchant notified
  and Completed - money reached the shop successes, Awaiting bank confirmation - do not retry for 48 hours
  pending, Failed - incorrect UPI PIN entered failed; a payment page's Payment successful - order placed,
  Thank you! Your payment is complete and Success - the gallery will call you about delivery successes.
  *settled* (new here): a payer's Status: Released - credited to your account / Payment processed and credited
  successes, On hold - icon awaiting inspection by the temple's Sthapathi committee pending (a payer's hold,
  as heldout257's Held - zari purity test report awaited), Rejected by bank - IFSC and account number do not
  match failed, printed under the heading, with the net sum on top or at the end of the payment block.
  *settled* (new here): an inward advice's Credited to exporter's account - EDPMS updated / Status: Funds
  credited successes, Held - remitter's name and purpose to be confirmed by the exporter, not credited pending
  (funds held, not credited, as heldout257's Parked - invoice and purpose declaration awaited), Returned to
  the remitting bank - beneficiary details incomplete failed, printed under the heading or at the foot.
  *settled* (heldout167, heldout179, heldout190, heldout203 to heldout257): a cheque received and not yet
  cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - ICON RELEASED ON
  REALISATION and CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION pending, CHEQUE RETURNED UNPAID -
  EXCEEDS ARRANGEMENT, BILL VOID and CHEQUE RETURNED - ACCOUNT CLOSED, BILL OUTSTANDING failed; RECEIVED WITH
  THANKS, PAID and PAID IN CASH successes, as are *settled* (new here) SETTLED IN FULL, PAID - ICON WRAPPED IN
  CLOTH AND CRATED, PAID - CONSIGNMENT PACKED AND SENT, PAID - CASTINGS HANDED OVER AFTER FETTLING, PAID - WAX
  WEIGHED AND HANDED OVER, PAID - SCRAP WEIGHED AND LOADED, MUNPANAM RECEIVED - WAX MODEL BEGINS AFTER THE
  MUHURTHAM (as heldout257's ADVANCE RECEIVED - YOUR WARP GOES ON THE LOOM THIS WEEK), PAID - THANK YOU,
  ACCOUNT CLEARED, NO DUES (heldout217), PAID BY NEFT / RTGS / UPI (as heldout257's RECEIVED VIA NEFT / RTGS /
  UPI), PAID - ENTERED IN WAGE BOOK and PAID - ICON RETURNED TO THE FOUNDRY. *settled* (new here): a banking
  page's Transaction successful / Processed - UTR allotted successes, Queued for the next NEFT settlement
  batch - not yet sent pending (keyed and queued, no money moved yet, as heldout257's Awaiting approval -
  pending with authoriser 2), Rejected - beneficiary account number invalid, debit reversed failed (whatever
  the reversal), printed under the page's sentence, after the sum or at the foot; RazorpayX's Processed -
  credited to the fund account / Payout processed - UTR received successes, Pending - queued, the bank has not
  confirmed yet pending, Reversed - the bank returned the payout, amount back in your balance failed (whatever
  the return, as heldout254's Reversed); a transfer screen's Money transferred / Sent successfully successes,
  Pending - will be confirmed by the bank within 2 hours pending; a fee page's *settled* (new here)
  Transaction successful - receipt generated, Paid - receipt issued by the department and Payment received by
  the department - thank you successes, the profession tax's Payment under verification - receipt after the
  bank confirms, do not pay again pending, ESIC's Unsuccessful - contribution not credited to ESIC, pay again
  failed, printed under the authority's line or at the foot; an insurer's *settled* (new here) Premium
  credited - policy in force / Received - e-policy sent to your registered e-mail successes, CHEQUE SENT FOR
  CLEARING - POLICY ISSUED ON REALISATION pending (as heldout257's CHEQUE UNDER CLEARING - COVER BEGINS ON
  REALISATION), Payment declined by bank - renewal pending, pay within the grace period failed, printed under
  the heading or under the sum; a slip's APPROVED (heldout210) and *settled* (new here) TXN SUCCESSFUL and
  APPROVED - SIGNATURE NOT REQUIRED successes, DECLINED - 51 INSUFFICIENT FUNDS failed, TRANSACTION TIMED OUT
  - STATUS UNKNOWN, DO NOT REPEAT pending (as heldout257's HOST NOT RESPONDING - STATUS UNKNOWN, DO NOT
  RETRY); a Bharat Connect page's *settled* (new here) Payment successful - receipt sent to biller / Bill paid
  - Bharat Connect confirmation received successes, In progress - biller confirmation awaited, do not pay
  again pending, Payment failed - money will be returned to source in 3-5 days failed (the payment failed,
  whatever the return), TNPDCL's *settled* (new here) Payment successful - receipt generated / Paid - amount
  adjusted to your service connection successes (printed under the head or at the foot); *settled* (new here)
  an SMS that says the transfer "could not be completed. Debited amount, if any, will be reversed." failed
  (whatever the reversal), one that "is pending at the beneficiary bank. Do not repeat the transfer." pending,
  a debit alert a success, whatever its bank's wording (Tamil Nadu Grama Bank's UPI "TNGB: A/c XX1234 debited
  by Rs.x / on 14-07-26 - UPI payment to <payee>. / UPI Ref <ref>.", Indian Bank's "Your A/c *1234 is debited
  for Rs.x / on <day> towards <way> to <payee>.", City Union Bank's "CUB: Rs.x debited from A/c XX1234 on
  <day> / Info: <way>-<payee>.", the Thanjavur District Central Co-operative Bank's "TDCCB A/c ..1234: Dr Rs x
  / <way> to <payee> / dt <day>."); the e-mail's *settled* (new here) Status: Successful / Transaction status:
  Processed successes.

* date: the day paid (a UPI screen's *settled* (new here) Date of payment / Completed on / Paid on
  (heldout254), *settled* (new here) Attempted at / Started on on one not yet paid or failed, printed first in
  the details or at their end, or the day and the hour with no label on the line under the status (*settled*
  (new here) the day, "at" and the hour, or the hour, "on" and the day: 14 Oct 2026 at 06:42 pm, 06:42 pm on
  14 Oct 2026, as heldout257's 27 Feb 2026, 01:13 PM); a payment page's *settled* (new here) Payment date /
  Paid on / Date & time (heldout247), printed under the outcome or after the references; a payer's *settled*
  (new here) Credited on / Released on / Payment date, the held one's *settled* (new here) On hold since /
  Withheld from (as heldout255's Withheld on) and the returned one's Returned on (heldout234) / *settled* (new
  here) Rejected on, the day written *settled* (new here) with its ordinal and its weekday in brackets (12th
  March 2026 (Thursday)) on some e-mails (as heldout257's Saturday, 8 August 2026); an inward advice's
  *settled* (new here) Credit date / Date of credit / Funds received on (as heldout257's Realisation date /
  Proceeds received on), *settled* (new here) Held since / Received on (held) on the one held (as heldout257's
  Parked since) and Returned on (heldout234) / Date of return (heldout246) on the one sent back, printed
  first, after the sums or after the references (in capitals on some), or the day (YYMMDD) at the head of the
  raw :32A: field (heldout255: 260307GBP8098,43 is 2026-03-07); a receipt's, invoice's or wage slip's Date
  (heldout247), Dated (heldout239), Paid on (heldout254), Payment date or *settled* (new here) Thethi (Tamil
  for date, as heldout257's Dinanka) / Bill dt. / Invoice dt., *settled* (new here) the day after "Thethi:" /
  "Date:" / "Dated:" at the right of the number's row (Retail bill No. SSK/26-27/1446 | Thethi: 10.12.2026)
  and the day after "dt." on one Invoice row (TCB/26-27/0412 dt. 14.10.2026, as heldout257's Inv. No. / Date
  row with "of"), the accounts desk's *settled* (new here) Munpanam credited on / Advance received on (as
  heldout257's Advance credited on / Received on), printed above the number or under it; a banking page's
  Transaction date (heldout257) / *settled* (new here) Processed on / Transfer date, *settled* (new here)
  Submitted on / Entered on on the one queued and Rejected on / Reversed on on the rejected one, printed among
  the details or at the foot; RazorpayX's Reversed at (heldout254) / *settled* (new here) Processed at /
  Processed on, Created at / Queued on on the one pending and Reversed on on the reversed one; a transfer
  screen's Paid on (heldout254) / *settled* (new here) Transferred on, Started on on the one pending; a fee
  page's Date of payment / Paid date (heldout254's Paid on) / Transaction date (heldout254) / *settled* (new
  here) Remitted on, the profession tax's Payment initiated on (heldout257) / *settled* (new here) Submitted
  on on the page not yet confirmed and ESIC's Transaction date (heldout254) / *settled* (new here) Tried on on
  the failed one; an insurer's Receipt date (heldout257) / *settled* (new here) Premium paid on / Collection
  date, Cheque received on (heldout257) / *settled* (new here) Instrument received on on the cheque not yet
  cleared and Date of attempt (heldout257) / *settled* (new here) Tried on on the failed one; a slip's DATE:
  (with TIME:) / DATE/TIME: (heldout200) or *settled* (new here) DATE : (with TIME :, a space before the
  colon), printed at the top or under the sum; a Bharat Connect page's *settled* (new here) Bill paid on /
  Date of payment, Started at / Attempted on on a bill not paid; TNPDCL's Payment date (heldout254) / Paid on;
  the SMS's day and its divider's (*settled* (new here) Tamil Nadu Grama Bank's "on 14-07-26" is 2026-07-14,
  the day first); the e-mail alert's Date (heldout247) / *settled* (new here) Debit date). Days printed with
  the day and the month without zeros (12.3.2026, 26/4/2026) are day first (heldout251). *settled*: never a
  Bill month (heldout167), a Due date, a *settled* (new here) Cheque dt. (as heldout243's Cheque dated), the
  *settled* (new here) Cover from ... to ... (as heldout231's Policy period), an invoice number's or a slip
  number's financial year or an e-mail's hour; never a *settled* (new here) SB date (the shipping bill's, as
  heldout257's CSB date), the day inside a UTR (heldout210); never a Bharat Connect page's Bill date
  (heldout243) or *settled* (new here) Bill period (as heldout243's Bill period), TNPDCL's Due date, the day
  of a bill listed on an advice (dt. <day>, heldout246), ESIC's Contribution period (heldout257), the
  profession tax's *settled* (new here) Half year (as heldout250's Return period), the Labour Welfare Board's
  *settled* (new here) Contribution year or its "(due 31 January)" line, or the year of a head (D & O trade
  licence fee 2026-27).

* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, RazorpayX's IMPS (as heldout251's Cashfree IMPS), a Bharat Connect bill from a Current A/c
  (here in YONO BUSINESS), a payment page's net banking, a fee, a premium or TNPDCL paid by Net banking (the
  profession tax and ESIC by net banking only), an e-mail alert's Transfer mode, an SMS's NEFT / IMPS / RTGS;
  UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an invoice's, RazorpayX's, a transfer
  screen's, a fee's, a premium's or a bill's UPI and Tamil Nadu Grama Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card (POS), a fee, a premium or TNPDCL paid by Debit card; cheque for a
  cheque received, in clearing or returned and a premium paid by Cheque; cash for a cash bill or a wage slip
  paid in cash.

* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout257): a UPI
  reference / UTR / RRN / IMPS reference (UPI Ref. No:, UTR No, UPI transaction ID, UTR, UPI Ref. No., UPI
  Ref No, RRN, UPI Ref ID, UPI reference on a UPI screen, *settled* (new here) Razorpay's UTR and
  BillDesk's UPI Ref No on a UPI payment, a payer's *settled* (new here) UTR Ref. / NEFT Ref. No. / RTGS
  Ref. / UTR (RTGS) / IMPS Ref. No. / IMPS RRN, a receipt's *settled* (new here) UPI ref. / UPI UTR / NEFT
  UTR / UTR No., an invoice's *settled* (new here) UTR No. / NEFT Ref. / RTGS Ref. / UPI Ref. / UPI UTR, a
  banking page's UTR No. / NEFT UTR / RTGS UTR / IMPS RRN, a wage slip's *settled* (new here) UPI Ref. /
  IMPS Ref. No., RazorpayX's UTR, a transfer screen's UPI Ref. No. / UPI transaction ID, an insurer's
  *settled* (new here) UPI UTR, a Bharat Connect page's *settled* (new here) UPI RRN, a slip's RRN: /
  *settled* (new here) RRN NO.:, an SMS's UPI Ref / IMPS Ref / UTR, an e-mail alert's UTR / IMPS RRN), then
  a bank reference (an inward advice's *settled* (new here) IRM ref. No. / Inward ref. / Bank ref. No. (as
  heldout257's IRM No. / Inward ref. No.), a banking page's Journal No. (heldout218) / Bank ref. No.,
  printed before the payee or after it, a payment page's *settled* (new here) Bank reference / Bank ref.
  No. on net banking, a fee page's Bank ref. No., an insurer's Bank ref. No., TNPDCL's Bank ref. No., a
  Bharat Connect page's *settled* (new here) B-Connect txn ID / Bharat Connect ID / BBPS ref. No. (as
  heldout257's Bharat Connect txn ref. / BBPS txn ID)), then a transaction / payment id (Razorpay's Payment
  ID pay_... (heldout201), *settled* (new here) BillDesk's BillDesk txn ref. (the gateway's id for the
  payment, as heldout257's CCAvenue Tracking ID), the UPI apps' own Transaction ID (PhonePe's), Google
  transaction ID, BHIM txn ID and CRED txn ID (heldout257) and *settled* (new here) Paytm txn ID and YONO
  ref. No. (the app's own id, whatever its name, heldout235), RazorpayX's Payout ID pout_... (heldout193),
  a fee page's Transaction ID (heldout234) / Transaction No. / Payment ref. No. (heldout257) / *settled*
  (new here) Transaction ref. (the profession tax's), an insurer's *settled* (new here) Online txn ref. (as
  heldout257's Payment ref. No.), TNPDCL's Transaction ID (as heldout257's BESCOM's), a failed Bharat
  Connect page's Transaction ID (as heldout254's Txn ID)), then an approval code (Auth code, Approval code,
  *settled* (new here) BillDesk's Approval No., a receipt's Auth No., a slip's APPROVAL CODE: / AUTH ID:
  (as heldout247's AUTH NO:)), then an order's number (Razorpay's Order ID order_... (heldout202),
  *settled* (new here) BillDesk's Merchant order No. (the shop's own id for the order), RazorpayX's
  *settled* (new here) Reference ID (the company's own reference for the payout, as heldout251's Cashfree
  Transfer ID)), then a document's own number (a payer's *settled* (new here) Payment advice No. / Voucher
  ref. / Advice No. (as heldout257's Payment voucher No. / Remittance advice No.), a receipt's *settled*
  (new here) Sale invoice No. / Retail bill No. / Order bill No. / Rasidu No. / Trade invoice No. /
  Viyabara bill No. / Job work bill No. / Vaarpu rasidu No. / Wax bill No. / Mezhugu rasidu No. / Scrap
  memo No. / Cheettu No. / Munpanam rasidu No. / Advance receipt No. (as heldout257's Sale bill No. / Noolu
  rasidi No.) and the number after its label at the left of the number's row, an invoice's Invoice No.
  (heldout254) / *settled* (new here) GST invoice No. / Bill No. and the number before "dt." on one Invoice
  row, a wage slip's Wage slip No. (heldout254) / *settled* (new here) Kooli cheettu No. (as heldout257's
  Kooli cheeti No.), a fee page's Receipt No. / CBR No. (heldout246) / ESIC's Challan No. (heldout257), an
  insurer's Receipt No. / *settled* (new here) e-Receipt No. (as heldout254's Premium receipt No.),
  TNPDCL's Receipt No., a slip's *settled* (new here) INV: / SLIP NO: (as heldout241's INVOICE NO:)).
  *settled*: never a UETR, a MID: / TID:, BATCH NO: (as heldout247's BATCH:), STAN: (heldout200), a card,
  account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose code, an
  Invoice No. on a wire (as heldout210's Export invoice No.), a Shipping bill No. (heldout201), a *settled*
  (new here) Non-antiquity certificate (ASI) No. (the Archaeological Survey's certificate that an icon is
  new, as heldout255's Postal bill of export (PBE) No.), the *settled* (new here) Related reference (:21:)
  (as heldout257's Remitter's reference (:20:)), an E-way bill No., an LR No. (heldout202), a Docket No.
  (heldout231), the *settled* (new here) Your PO (as heldout243's PO No.), a Vehicle No. (heldout205) (so
  never a VEHICLE NO: on a slip or a Registration No. on the Vahan page or an insurer's page), the Supplier
  code, Purchase order and Goods receipt No., Poompuhar's Purchase indent No. and Quality check memo No.,
  the temple's Work order No. and Proceedings Rc. No., the number or the day of a bill listed on an advice
  (heldout246), the Initiated by / Approved by, the Customer ID, a Beneficiary nickname, RazorpayX's
  Contact ID or Fund account (heldout201), a Bench No. or an Artisan card No., a Licence No. (heldout231),
  a Ward No. (heldout216), a GI application No. (heldout246), a Class or an Application No. (heldout257),
  the profession tax's *settled* (new here) Assessment No. (as heldout244's PT registration No.), an
  Employer code (heldout257), the Labour Welfare Board's *settled* (new here) Registration No. (as
  heldout231's Licence No.), a Policy No. / Cover note No. (heldout246) / *settled* (new here) Renewal
  notice No. (as heldout246's Proposal No.), a Bharat Connect page's Bill No. (as heldout251's Bill
  number), a consumer number (here Account number, Mobile number, Subscriber ID and *settled* (new here)
  Service connection No. (TNPDCL's, as heldout257's BESCOM Account ID) and LPG ID (Indane's, as
  heldout257's Bharat Gas Consumer No.)), or a slip's ROOM: (as heldout203's ROOM NO:) / FOLIO NO:
  (heldout251) / *settled* (new here) DU NO: (the dispensing unit, as heldout246's NOZZLE:) / ODOMETER: /
  TABLE: / KOT NO: (the kitchen order ticket, as heldout255's ORDER TOKEN:) / CUST MOB: (heldout251)."""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout258_families import (
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

SPLIT = "heldout258"

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


def make_heldout258_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout258 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

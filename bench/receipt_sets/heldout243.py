"""heldout243: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Ludhiana bicycle and cycle-parts maker's day in 2026 in Ludhiana, Punjab
(Sidhwan Cycle Industries Pvt Ltd, its frame and fork works in Focal Point Phase V, Sidhwan Frame & Fork
Works, where the ERW and CRCA tubes are cut, mitred, brazed, phosphated and powder coated into frames and
forks, its rim and spoke unit on Kanganwal Road, Sidhwan Rim & Spoke Unit, where the rims are rolled and
plated, the spokes cut, threaded and headed and the wheels laced and trued, with the brake shoes and bells
assembled by home workers in Giaspura, Jodhewal and Sahnewal, and its city showroom in Ghumar Mandi, Sidhwan
Cycle Gallery, where the families, the schools, the clubs and the riders buy), told by the proofs of payment
it receives (riders', parents', schools' and clubs' UPI screens and the showroom's CCAvenue and BillDesk
pages, a Patna, a Guwahati, a Nagpur, a Bhubaneswar, a Kolkata, a Varanasi and a Raipur dealer's and the
Canteen Stores Department's payment advices, cycle importers' inward wires from Dubai, Jeddah, Singapore,
Zurich, Malmo, Wroclaw, Kuala Lumpur and Nairobi in dirhams, riyals, Singapore dollars, Swiss francs, Swedish
kronor, zloty, ringgit and US dollars, the showroom's retail invoices to a Sarabha Nagar rider, a Dugri girls'
school and a Model Town mother, the rim and spoke unit's counter receipts for spokes sold by the gross and
rims by the piece to a Haibowal repair shop and a Jagraon cycle store, the frame works' receipt for MS tube
offcuts sold by the kilo to a Mandi Gobindgarh re-roller, the accounts desk's acknowledgements of a Chandigarh
cycling club's advance and a Gurugram rider's MTB, cards on the showroom's, the company's and the rim and
spoke unit's terminals) and those it makes (the Mandi Gobindgarh tube mill's, the Jalandhar wire drawer's, the
Sahnewal chain and freewheel maker's, the Rajpura saddle and grip works' and the Baddi powder coating maker's
tax invoices, the net-banking transfers to the transporter, the chrome plater, the showroom's landlady, the
security agency, the tool room, the catalogue printer, the electrician and the hazardous waste lifter, the
brazers', home workers', wheel builders' and painters' wage slips, PayU payouts to a wheel builder and an
assembly fitter and a PhonePe and an iMobile Pay payment to two home workers, Municipal Corporation Ludhiana's
property tax, the Punjab Pollution Control Board's consent fee, EEPC India's membership renewal, the
Directorate of Factories' licence renewal, PSIEC's maintenance charges and ground rent for the Focal Point
plot, Legal Metrology's verification of the spoke counting scales and the platform scale, the Fire and
Emergency Services' NOC renewal and the Transport Department's Vahan goods vehicle tax, the insurers' premium
receipts for the frame works, plant and tube stock, the showroom's stock, the export cargo, the staff's
health, the wage cash carried to the home workers, the workmen's compensation, the Tata Ace and the bicycles'
product liability, its card at a filling station on GT Road, a Chandigarh hotel in the dealers' meet, a Miller
Ganj tool shop and a highway dhaba, PSPCL's power and the fibre, postpaid, DTH and cooking gas bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PSB UnIC, BHIM, Paytm, PhonePe, slice, Freecharge) paying the showroom
  or the company, the status, the sum and the payee block in one of four orders and the day first under the
  rule or after the references, and two of the showroom's payment pages (CCAvenue, BillDesk), the status and
  the sum in either order, the day under them or at the foot.
* ``buyer_advices``: the dealers' and the Canteen Stores Department's VENDOR PAYMENT ADVICE - CYCLES & PARTS /
  Remittance advice - payment to vendor / STATEMENT OF PAYMENT TO SUPPLIER (e-mail, printed, vendor portal),
  the payee at the head of the body or of the payment block, the bills above the payment block or under it.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT PROCEEDS /
  Foreign inward remittance - credit advice / Advice of SWIFT credit received; browser, e-mail, printed), the
  status under the heading or at the foot, the day first or after the sums, the remitter's block above the
  beneficiary's or under it; Swiss francs with apostrophes between the thousands and kronor and zloty with
  spaces and a decimal comma on some.
* ``own_receipts``: the showroom's RETAIL INVOICE - BICYCLES & ACCESSORIES / CASH BILL - GHUMAR MANDI
  SHOWROOM, the rim and spoke unit's COUNTER SALE RECEIPT - SPOKES BY THE GROSS / COUNTER SALE RECEIPT - RIMS
  / RECEIPT - WHEEL PARTS (TRADE), the frame works' RECEIPT - MS SCRAP AND TUBE OFFCUTS (BY WEIGHT) / SCRAP
  SALE VOUCHER - FRAME SHOP CUTTINGS (paper, rubber stamp), the number and the day in either order above the
  party, and the accounts desk's Payment received - thank you for your order e-mails.
* ``supplier_invoices``: the tube, wire, chain and freewheel, saddle and grip and powder coating suppliers'
  TAX INVOICE (ORIGINAL FOR RECIPIENT) / GST TAX INVOICE / INVOICE CUM DELIVERY CHALLAN with the payment block
  (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day
  in either order.
* ``vendor_transfers``: corporate net banking's transfer pages (Kotak FYN, neo for Corporates, PSB Corporate
  e-Banking), the day and the status under the heading or at the foot, the references above the payee or under
  the sums.
* ``worker_pay``: printed FRAME BRAZING WAGES - PER FRAME / BRAZING THEKA MAZDOORI SLIP / HOME WORK WAGES -
  PER HUNDRED PIECES / GHAR KAAM MAZDOORI PARCHI (BRAKE SHOE / BELL) / WHEEL BUILDING WAGES - PER WHEEL / TAAR
  BHARAI MAZDOORI SLIP / PAINT SHOP WAGES - PER FRAME / RANGAI MAZDOORI PARCHI, the payee first, PayU's payout
  pages, a PhonePe and an iMobile Pay screen.
* ``govt_fees``: Municipal Corporation Ludhiana's property tax page (mSeva Punjab), the Punjab Pollution
  Control Board's consent fee (Invest Punjab Business First), EEPC India's membership renewal, the Directorate
  of Factories' licence renewal, PSIEC's maintenance charges and ground rent, Legal Metrology's verification
  fee, the Fire and Emergency Services' NOC renewal and the Transport Department's Vahan goods vehicle tax
  page (browser), the status under the authority's line or at the foot.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Acknowledgement of premium received / RECEIPT FOR PREMIUM
  PAID (Premium payment status / PREMIUM PAYMENT - TRANSACTION STATUS on the failed one; browser, e-mail,
  printed at the branch), the status under the heading or under the sum.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum, the sum above the card
  or under the references.
* ``utility_bills``: Bharat Connect in PSB UnIC and other apps (PhonePe, Paytm, MobiKwik, Freecharge), the sum
  above the status or under it, and PSPCL's own e-receipt page, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Punjab & Sind Bank, Capital Small Finance
  Bank, Satluj Urban Co-operative Bank, AU Small Finance Bank's UPI) and two e-mail debit alerts (Kotak
  Mahindra Bank, Axis Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout238's and heldout239's.

Truth conventions (heldout239's, heldout235's, heldout234's, heldout231's, heldout227's, heldout226's,
heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's,
heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Payment made to (heldout236) / Amount sent to (heldout225), *settled* (new here) Credited to /
  Transferred to merchant, and Sending to / Recipient (heldout239) / *settled* (new here) Paying / Sending
  money to on one not yet paid or failed (here the showroom, Sidhwan Cycle Gallery / SIDHWAN CYCLE GALLERY,
  the company's capitals, SIDHWAN CYCLE INDUSTRIES PVT LTD, or its short name, Sidhwan Cycles, as printed),
  whether the payee block stands above the sum, under it or under the status, never the UPI ID or the app, nor
  the Beneficiary name as per bank / KYC name line (heldout239), Verified name (heldout237) or *settled* (new
  here) the Name registered with bank line under the UPI ID, nor the payer under Paid by / Sender (heldout239)
  or *settled* (new here) Sent by; a payment page's payee on top (here the showroom, its capitals, the company
  or its short name), never Paid by (heldout206) / Customer name (heldout234) / Customer / Payer name / Billed
  to / Order for / Description (heldout239), Buyer name (heldout227), *settled* (new here) Ordered by / Item /
  Purchase, or the gateway's footer (*settled* (new here) Payment processed by CCAvenue (Infibeam Avenues
  Ltd), Payments by BillDesk (IndiaIdeas.com Ltd)). *settled* (heldout167, heldout190, heldout202 to
  heldout239): a payer's payment advice pays the one it pays, never the payer on top; here a dealer's or the
  Canteen Stores Department's advice pays the company under Vendor name (heldout235) / Paid to (vendor)
  (heldout235) / Remitted to (heldout235) / Beneficiary (vendor) (heldout233) / *settled* (new here) Amount
  credited to vendor (its full, capital or short name as printed), printed at the head of the body or at the
  head of the payment block, above the bills or under them, never the payer on top (the dealers, the Canteen
  Stores Department), its desk line, the Vendor code (heldout210), the PO No., the GRN No. (heldout235),
  *settled* (new here) the Supply order No. or the CRV No. (as heldout239's Sanction order No. and MRN No.),
  or the Vendor bank A/c (as heldout239's Supplier bank A/c). *settled* (heldout155, heldout167, heldout190,
  heldout203 to heldout239): a bank's inward remittance advice pays the company under Credited to (exporter)
  (heldout233) / Name of exporter (heldout233) / Beneficiary account holder (heldout226) / *settled* (new
  here) Beneficiary (field 59), never the bank on top, its forex desk line, the remitter (*settled* (new here)
  Ordering customer (field 50) / Remitter (buyer abroad) (heldout236), the importer abroad), the Remitting
  bank (heldout237) / Ordering bank (heldout232) or *settled* (new here) the Intermediary bank (field 56) (as
  heldout239's Correspondent (nostro) bank), printed above the beneficiary or under it. *settled* (heldout175,
  heldout179, heldout190, heldout203 to heldout239): the company's own receipt pays the trade name on top
  where that is on top, so *settled* (new here) the showroom's bills pay Sidhwan Cycle Gallery, the rim and
  spoke unit's receipts Sidhwan Rim & Spoke Unit and the frame works' Sidhwan Frame & Fork Works (capitals
  where so printed), and a receipt with the company on top the company, never the "A unit of" company line
  under it (heldout190), the party under Name of customer / Buyer's name (heldout238) / Sold to (heldout235),
  printed after the number and the day, the goods' line, the signature line (*settled* (new here) For <unit> -
  Accountant, also where the company is on top, as heldout239's Cashier) or the rubber stamp; *settled* (new
  here) the frame works' receipt for MS tube offcuts sold by the kilo to a re-roller alike (the works, never
  the buyer, as heldout239's willow chips); the accounts desk's e-mail pays the company on top (its full,
  capital or short name as printed, heldout219). A supplier's name on top of its own paper (capitals where so
  printed), never M/s the company under Details of receiver (billed to) (heldout235) / Receiver (heldout239) /
  Bill to (heldout239), nor the works or the unit under *settled* (new here) Details of consignee (shipped to)
  (as heldout239's Deliver to), nor the transporter under *settled* (new here) Dispatch through. *settled*
  (heldout179, heldout202, heldout203, heldout207 to heldout239): a corporate banking page pays the payee
  under Payee name (heldout237) / Credit to (heldout237) / *settled* (new here) Beneficiary (registered name)
  / To account of, printed under the references or above them, never the portal (Kotak FYN, neo for
  Corporates, PSB Corporate e-Banking), the bank line, *settled* (new here) the Payer account (as heldout239's
  Debit account), the User ID (as heldout239's Corporate ID) or the Beneficiary short name (heldout234).
  *settled* (heldout150, heldout161, heldout179, heldout203 to heldout239): a wage slip pays the worker,
  *settled* (new here) a brazer under Brazer's name / Wages paid to (brazer), a home worker under Home
  worker's name / Mazdoori paid to (home worker), a wheel builder under Wheel builder's name / Wages paid to
  (wheel builder) and a painter under Painter's name / Wages paid to (painter), printed first under the
  heading, never the company on top, the works' or the unit's line under it, the Work (as heldout239's Job),
  *settled* (new here) the Mohalla / basti (as heldout239's Village / Basti) or the Token No. (as heldout239's
  Karigar card No.); *settled* (new here) PayU's payout page the Payee name / Paid to (beneficiary) (as
  heldout239's Decentro), never PayU Payouts on top, the Payout account - <company> line under it, the
  Beneficiary code (as heldout173's Beneficiary ID), the Account number or the VPA; a transfer screen the
  payee under Paid to (heldout235) / Transferred to (heldout239), above the sum or under the status. *settled*
  (heldout153, heldout167, heldout182, heldout202 to heldout239): a fee page pays the authority on top as
  printed, *settled* (new here for Punjab) Municipal Corporation Ludhiana / MUNICIPAL CORPORATION, LUDHIANA;
  Punjab Pollution Control Board / PUNJAB POLLUTION CONTROL BOARD; EEPC India / EEPC INDIA (as heldout239's
  SGEPC); Directorate of Factories, Punjab / DIRECTORATE OF FACTORIES, PUNJAB; Punjab Small Industries &
  Export Corporation Ltd / PSIEC; Legal Metrology, Punjab / Controller of Legal Metrology, Punjab; Punjab Fire
  and Emergency Services / PUNJAB FIRE AND EMERGENCY SERVICES; Transport Department, Punjab / Transport
  Department, Government of Punjab on the Vahan receipt (as heldout227's to heldout239's); never the line
  under it (mSeva Punjab - Department of Local Government, Invest Punjab Business First - single window,
  Government of Punjab, Set up by the Ministry of Commerce and Industry, Department of Labour, Government of
  Punjab, Estate Office, Focal Point Ludhiana, Department of Food, Civil Supplies and Consumer Affairs,
  Punjab, Department of Local Government, Punjab or Vahan - Ministry of Road Transport & Highways), nor the
  Name of owner (heldout235), Name of industry (heldout235), Name of factory (heldout237), Allottee
  (heldout237), Name of user (heldout238), Name of premises (heldout233), Registered owner (heldout237) or
  *settled* (new here) the Member firm. *settled* (heldout199, heldout202 to heldout239): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) The New
  India Assurance Co. Ltd's, The Oriental Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Niva
  Bupa Health Insurance Co. Ltd's, IFFCO-TOKIO General Insurance Co. Ltd's, Royal Sundaram General Insurance
  Co. Ltd's, SBI General Insurance Co. Ltd's and Zurich Kotak General Insurance Co. (India) Ltd's alike),
  never the product line, the office line or the insured (the company) under Insured (heldout239) /
  Policyholder (heldout237) / Name of the proposer (heldout227). A slip's counter name line in capitals (here
  the company's own counters, SIDHWAN CYCLE GALLERY, SIDHWAN CYCLES and SIDHWAN RIM & SPOKE UNIT, on four, a
  filling station on GT Road, a Chandigarh hotel, a Miller Ganj tool shop and a highway dhaba on the rest),
  never the terminal's bank or brand (PUNJAB & SIND BANK, HPCL, KOTAK MAHINDRA BANK, AXIS BANK, AU SMALL
  FINANCE BANK, PINE LABS, ICICI BANK, MSWIPE) or the place line. A Bharat Connect page's biller under
  Operator (heldout223) / Biller name / Bill paid to (heldout235) / Paid to biller / Provider / Utility
  (heldout239), Biller (heldout239) / Billed by (heldout230) / Service provider (heldout238) (short or long as
  printed: PSPCL / Punjab State Power Corporation Ltd, Connect Broadband / Quadrant Televentures Ltd, Vi
  Postpaid / Vodafone Idea Ltd, Dish TV / Dish TV India Ltd, Bharat Gas / Bharat Petroleum Corporation Ltd),
  never the app (here also PSB UnIC, PhonePe, Paytm, MobiKwik and Freecharge), Bharat Connect or the Account
  holder (heldout237) / Registered name (heldout239); *settled* (new here) PSPCL's own e-receipt page the
  discom on top (PSPCL, Punjab State Power Corporation Ltd or its capitals as printed, as heldout239's PVVNL),
  never the "A Govt. of Punjab undertaking" line under it, the Sub division (as heldout239's Division) or the
  Name (as heldout239's Consumer name). An SMS alert's payee as the bank sends it (*settled*, the truncated
  name as printed, without the sentence's full stop), *settled* (new here) Punjab & Sind Bank's "for <way> in
  favour of <payee>.", Capital Small Finance Bank's "Info: <way>/<payee>." (the name after the slash), Satluj
  Urban Co-operative Bank's "by <way> to <payee>." and AU Small Finance Bank's UPI "sent from AU SFB A/c
  XX1234 to <payee> on <day> via UPI.", and the failed and pending transfers' "to <payee> on <day>"
  (heldout222), never the bank or the sender id; the e-mail alert's Beneficiary (heldout239's Beneficiary
  name) / Payee name (heldout237) / *settled* (new here) Credited to, printed above the sum or under it, never
  the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239), *settled* (new here) also with the
  status between the payee block and the sum. *settled* (heldout152, heldout186, heldout190, heldout202 to
  heldout239): a payer's advice counts its net sum, Net paid (heldout237) / Net amount remitted (heldout234) /
  Amount transferred (net) (heldout231), Amount on hold (heldout235) on the hold and Amount returned by bank
  (heldout225) / Payment returned (heldout234) on the return (the bills less TDS u/s 194Q @ 0.1% (heldout235)
  or *settled* (new here) the Canteen Stores Department's Less: TDS under GST @ 2% (IGST) (as heldout239's
  GST-TDS), and *settled* (new here) a Less: Shortage on receipt - n pcs, a Less: Transit damage - n pcs, a
  Less: Credit note - price support n @ rate (as heldout239's Short received, Damaged in transit and Debit
  note) or a Less: Prompt payment discount @ 2% (heldout238)), printed in the payment block above the bills or
  under them, never a bill's sum, the Total of invoices (heldout235) / Gross bill amount (as heldout239's
  Gross invoice value), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to
  heldout239): an inward wire's foreign sum, Remittance amount (FCY) (heldout234) / FCY amount (heldout235) /
  *settled* (new here) Amount received in FCY, in dirhams (AED before or after the sum), riyals (SAR before or
  after the sum), Singapore dollars (SGD, S$), *settled* (new here) Swiss francs (CHF, apostrophes between the
  thousands: CHF 31'292.80 is 31292.80), Swedish kronor (SEK before or after the sum, spaces between the
  thousands and a decimal comma on some: 98 684,10 SEK is 98684.10, as heldout204's SEK with commas), zloty
  (PLN alike: PLN 53 447,40 is 53447.40), ringgit (MYR, RM) and US dollars, never the Converted amount (INR)
  (heldout226), the Less: Bank charges and GST (heldout227) or the Amount credited (INR) (heldout238); its
  Conversion rate (1 CHF = 100.67 INR) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout239): a receipt counts the sum received even where it is part of the order, Amount received (cash)
  (heldout235) / Cash collected (heldout228) / Paid via UPI QR (heldout238) / UPI payment received
  (heldout234) / Card payment (heldout235) / Cheque amount (heldout211) / Received by cheque (heldout235) /
  Advance received / Booking amount received (heldout238), *settled* (new here) Received by card (POS), with
  the sum in words under it, never the Invoice total / Order total (heldout235) / Total (incl. GST)
  (heldout214) where less was received, the goods' line, *settled* (new here) the Less: Discount @ 5%, the
  CGST and SGST (@ 2.5% or @ 9%) or the Balance due on delivery (heldout221) / Balance to pay (heldout214);
  *settled* (new here) the frame works' sale of MS tube offcuts (the kilos x rate with CGST and SGST @ 9% and
  an Add: TCS u/s 206C(1) @ 1% on the bill with its GST) counts its Invoice total with the GST and the TCS,
  received in full (as heldout239's willow chips, the TCS collected being part of what the buyer paid).
  *settled* (heldout187, heldout191, heldout202 to heldout239): a supplier's invoice counts the sum paid,
  where an advance is taken off (here Less: Advance paid with order (heldout235)) the *settled* (new here)
  Balance received via NEFT / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s
  194Q (deducted by you)) the *settled* (new here) Net amount received - NEFT / RTGS, else Received through
  NEFT / RTGS (heldout237) / *settled* (new here) Payment received by NEFT / RTGS, Received via UPI
  (heldout239) / UPI credit (heldout227) (the rounded Total invoice value with GST), or the Cheque amount
  (heldout239) / By cheque (heldout236), never the Taxable amount, a line or the GST. A banking page's Amount
  (INR) (heldout237) / Payment amount (heldout235) / Debit amount (heldout235), never *settled* (new here) the
  Available balance after txn (as heldout239's Balance after debit). *settled* (heldout167, heldout202 to
  heldout239): a wage slip's net sum, Net wages paid (heldout237) / Net mazdoori paid (heldout239) / Net
  amount paid (heldout237) / *settled* (new here) Amount paid to brazer / Amount handed to home worker (the
  frames, wheels or hundreds x rate, plus *settled* (new here) Add: Sunday overtime / Add: Night shift
  allowance, less *settled* (new here) Less: Pieces rejected at QC - n @ rate / Less: Kharchi (advance)
  recovered (as heldout239's Advance (peshgi) adjusted)), never the Gross wages, the line or a deduction;
  PayU's and a screen's sum large. *settled* (new here): the Corporation's property tax Net amount paid /
  Amount deposited (the Property tax for the year, the Fire cess and the Cancer cess, less the Rebate @ 10%
  (paid by 30 September) where printed), never a head or the rebate; the Pollution Control Board's Total fee
  paid / Amount deposited (the Consent to operate fee (air and water) and a Processing fee), never a head;
  EEPC India's Total amount / Amount paid (the Annual membership fee and the GST @ 18%), never the fee or the
  GST; the Directorate's Amount paid / Fee (the Licence renewal fee); PSIEC's Amount payable / Total dues on
  the failed page (the Maintenance charges for the year and the Ground rent), never a head; Legal Metrology's
  Total verification fee / Fee deposited (the spoke counting scales' and the platform scale's fees), never one
  fee; the Fire Services' Fees deposited / Amount paid (the Fire NOC renewal fee and the Scrutiny fee), never
  a head; the Transport Department's Grand total / Amount paid (the MV tax (goods, annual) and the User
  charges), never a head. *settled* (heldout199, heldout202 to heldout239): an insurer's premium with its GST,
  Premium received (incl. GST) (heldout233) / Total premium (heldout239) / Amount paid, the Cheque amount /
  *settled* (new here) Cheque deposited for on the cheque not yet cleared (as heldout211's Cheque amount),
  Amount payable / Premium payable (heldout235) on the failed one, never the Basic premium (as heldout239's
  Premium before tax), an add-on or the GST / IGST @ 18%, nor the OD premium or the *settled* (new here) TP
  premium (goods carrier) (as heldout239's Own damage and Liability (TP)), nor the IDV (heldout235) or the Sum
  insured - building, plant and tube stock, the Sum insured - stock in showroom, the Annual export turnover
  declared, the Lives covered (sum insured Rs 2,00,000 each), the Limit per transit, the Estimated annual
  wages (heldout230) or the *settled* (new here) Indemnity limit (AOA). A slip's TXN AMT: / TOTAL: / AMT INR:
  / NET AMT: / SALE AMOUNT: (as heldout234's to heldout238's), printed above the card or under the references,
  never the RATE(RS/L): or the QTY(L): (as heldout239's PRICE/L: and VOL(L):) or *settled* (new here) the
  DRIVETRACK PTS:. A Bharat Connect page's sum large, never *settled* (new here) the Payable after due date
  (as heldout239's Amount after due date); PSPCL's Amount received / Paid amount (the Net amount payable above
  it is the same sum). An alert's sum debited (*settled* (new here) Punjab & Sind Bank's "debited with INR x",
  Capital Small Finance Bank's "Amt Rs x debited", Satluj Urban Co-operative Bank's "Dr Rs x", AU Small
  Finance Bank's "Rs.x sent", the failed and pending transfers' "Your <way> of Rs.x"; the e-mail's Amount
  debited (heldout237) / Payment amount (heldout235)), never the Avl Bal INR, *settled* (new here) the Bal: or
  the Clr Bal (heldout239), or the e-mail's *settled* (new here) Ledger balance. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment received by merchant, Sent successfully -
  shop notified and Done - money credited to the shop successes, Processing - your bank is yet to confirm,
  don't pay twice pending, Failed - UPI daily limit exceeded at your bank failed; a payment page's Payment
  received - your order is confirmed, Transaction successful - receipt e-mailed and Paid - cycle ready for
  pickup at Ghumar Mandi successes. *settled* (new here): a payer's Status: Paid - credited to vendor account
  / Payment sent to your bank account (heldout207) successes, On hold - goods received note not yet approved
  by stores pending (a payer's hold, as heldout198's to heldout239's), Returned - beneficiary account is
  dormant, update bank details failed. *settled* (new here): an inward advice's Credited to your account - IRM
  updated on EDPMS / Status: Inward remittance processed and credited successes, Pending - export invoice copy
  awaited, not yet credited pending, Returned to remitter - beneficiary account details incorrect failed,
  printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to
  heldout239): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new
  here) CHEQUE DEPOSITED - CYCLES RELEASED AFTER CLEARING and CHEQUE DEPOSITED - AWAITING CLEARANCE
  (heldout198) pending, CHEQUE BOUNCED - INSUFFICIENT FUNDS, BILL CANCELLED and CHEQUE DISHONOURED - DRAWER'S
  SIGNATURE DIFFERS failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are ADVANCE RECEIVED -
  ORDER BOOKED (heldout222), FULL PAYMENT RECEIVED (heldout235) and *settled* (new here) PAID - CYCLE
  DELIVERED WITH TOOL KIT, PAID - CYCLES HANDED OVER, PAID - SPOKES COUNTED AND PACKED, PAID - SCRAP WEIGHED
  ON DHARAM KANDA AND LIFTED, PAYMENT CONFIRMED - CYCLE WILL BE DISPATCHED, SETTLED - NOTHING DUE, RECEIVED
  VIA NEFT / RTGS / UPI, PAID - ENTERED IN THEKA REGISTER and PAID - PIECES CHECKED AND RECEIVED. *settled*
  (new here): a banking page's Processed - beneficiary account credited / Status: Completed - UTR generated
  (heldout235) successes, Awaiting approval - second authoriser yet to release pending (keyed, not yet
  authorised, as heldout191's to heldout239's), Returned by beneficiary bank - account closed, amount credited
  back failed (whatever the reversal), printed under the heading or at the foot; PayU's Payout successful -
  amount credited to the account / Status: SUCCESS (bank confirmed) successes, Scheduled - will be sent once
  the payout wallet is loaded pending (not yet sent, as heldout239's Queued), Payout failed - beneficiary
  account is frozen (heldout230) failed; a transfer screen's Payment successful / Transfer successful
  (heldout239) / Sent successes; a fee page's *settled* (new here) Payment received - e-receipt ready to
  download, Amount deposited - thank you for paying on time, Paid - credited to the Government treasury and
  Fee received - acknowledgement issued (heldout231) successes, the Directorate's Under verification - receipt
  issues after IFMS treasury confirmation pending, PSIEC's Payment failed - amount not received by PSIEC,
  retry after 30 minutes failed, printed under the authority's line or at the foot; an insurer's Premium
  realised - policy issued (heldout238) / *settled* (new here) Payment successful - policy document sent by
  e-mail successes, CHEQUE DEPOSITED - COVER SUBJECT TO REALISATION pending (as heldout239's risk covered from
  realisation), Payment unsuccessful - policy not issued, please retry (heldout223) failed, printed under the
  heading or under the sum; a slip's APPROVED successes (heldout210), as are TRANSACTION APPROVED (heldout235)
  and *settled* (new here) SALE APPROVED - PIN VERIFIED, DECLINED - 55 INCORRECT PIN (heldout233) failed,
  *settled* (new here) NO RESPONSE FROM ISSUER - DO NOT REPEAT SALE pending; a Bharat Connect page's Bill paid
  successfully (heldout235) / Payment confirmed by biller (heldout184) successes, *settled* (new here) Payment
  pending with biller - please don't pay again pending, Bill payment failed - money will be refunded in 3-5
  days failed (the payment failed, whatever the refund), PSPCL's *settled* (new here) Payment received - bill
  status updated / E-receipt generated - thank you successes (printed at the foot); *settled* (new here) an
  SMS that says the transfer "was unsuccessful; funds credited back to your A/c." failed (whatever the
  reversal), one that "is awaiting confirmation from the beneficiary bank; please do not resend." pending, a
  debit alert a success, whatever its bank's wording ("Your A/c XX1234 has been debited with INR x on <day>
  for <way> in favour of <payee>.", "Amt Rs x debited from a/c ending 1234 on <day>. Info: <way>/<payee>.",
  "SUCB: Dr Rs x A/c ..1234 on <day> by <way> to <payee>.", AU Small Finance Bank's "Rs.x sent from AU SFB A/c
  XX1234 to <payee> on <day> via UPI. UPI Ref <ref>."); the e-mail's Transaction status: Success (heldout237)
  / Status: Debited - transfer sent (heldout231) successes.
* date: the day paid (a UPI screen's Paid at (heldout238) / Payment time (heldout237) / Date of payment /
  *settled* (new here) Sent at, Initiated at (heldout237) on one not yet paid or failed, printed first under
  the rule or after the references, a payment page's Date of transaction (heldout239) / Payment date & time
  (heldout238) / *settled* (new here) Transaction completed on, printed under the status or at the foot, a
  payer's Paid on / Value date / Date of payment, the held one's On hold since (heldout238) / Advice date
  (heldout198) and the returned one's Date returned (heldout234) / Returned on (heldout234), an inward
  advice's Credited on / Value date / Processing date, Received on (heldout234) / Pending since (heldout230)
  on the held one and Returned on (heldout234) / Date returned on the returned one, printed first or after the
  sums (in capitals on some), a receipt's, invoice's or wage slip's Invoice date / Date of sale / Receipt date
  / Dated (heldout234, heldout235) / Date of invoice (heldout237) / Inv. dt. (as heldout239's Invoice dt.),
  *settled* (new here) Wages date, the accounts desk's Receipt date / Date of payment / Dated, printed above
  the number or under it, a banking page's Processed on / Value date / Payment date, Initiated on (heldout234)
  / Entered on (heldout231) on the one awaiting its checker and Returned on / *settled* (new here) Credited
  back on on the returned one, printed under the heading or at the foot, PayU's Processed on / Credited at,
  Scheduled at (heldout235) / Requested on (heldout236) on the one scheduled and Failed on (heldout235) /
  *settled* (new here) Returned at on the failed one, a transfer screen's Paid on / Date & time / Transferred
  on (heldout238), a fee page's Date of payment / Paid on / Receipt date / Transaction date, PSIEC's Failed on
  / Attempted on on the failed one and the Directorate's Payment initiated on (heldout237) / Request date
  (heldout206) on the page not yet confirmed, an insurer's Receipt date / Paid on / Date of payment, Cheque
  deposited on (heldout235) / Receipt date on the cheque not yet cleared and Transaction date / Tried on
  (heldout239) on the failed one, a slip's DATE: / DATE/TIME: (with TIME:), printed at the top or under the
  sum, a Bharat Connect page's Paid at / Transaction date & time (heldout236) / *settled* (new here) Payment
  done on / Date & time (the latter alone on a bill not paid, heldout235), PSPCL's Receipt date / Date of
  receipt, the SMS's day, the e-mail alert's Transaction date / Posted on (heldout235) / Date). *settled*:
  never a Bill month (heldout167), a Due date, a Cheque date (heldout198) / *settled* (new here) Cheque dated,
  a Policy period (heldout231) or a Cover starts (heldout235) / Risk starts (heldout239) / Cover from
  (heldout236), an invoice number's or a slip number's financial year or an e-mail's hour; never a Shipping
  bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) / Tax upto (heldout235) / Tax valid
  till (heldout239) or *settled* (new here) Tax paid upto, or the day inside a UTR (heldout210); never a
  Bharat Connect page's Bill date (as heldout239's) or *settled* (new here) its Bill period, PSPCL's *settled*
  (new here) Bill issue date, or the year of a head (Property tax 2026-27, Maintenance charges 2026-27) or of
  a renewal (Membership renewal 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, PayU's IMPS (*settled* (new here), as heldout239's Decentro's), a Bharat Connect bill from a
  Current A/c (here in PSB UnIC), a payment page's net banking, a fee, a premium or PSPCL paid by Net banking,
  an e-mail alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage
  slip's, an invoice's, PayU's, a fee's, a premium's or a bill's UPI and AU Small Finance Bank's UPI alert;
  card on slips, a payment page's card, a receipt's Card, a fee, a premium or PSPCL paid by Debit card; cheque
  for a cheque received, deposited or returned and a premium paid by Cheque; cash for a cash bill, receipt or
  wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout239): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI RRN (heldout179), RRN,
  NEFT UTR, UPI Reference Number (heldout203), NEFT ref. No. / IMPS ref. No. (heldout236), RTGS UTR
  (heldout238), Bank ref. no. (heldout234) on slice, *settled* (new here) UPI transaction No. / Ref No. (RRN)
  / UPI transaction ref. on a UPI screen, CCAvenue's Bank ref. No. (UPI RRN) and BillDesk's UPI RRN on a UPI
  payment, a payer's UTR No. (NEFT) / UTR No. (RTGS), a banking page's NEFT/RTGS UTR, PayU's UTR / Bank ref.
  No. (UTR) (heldout239), a slip's RRN NO: / RRN: / REF NO:, an SMS's UTR No / IMPS ref no / UPI Ref), then a
  bank reference (an inward advice's Inward remittance No. (heldout237) / Our reference (heldout237) /
  *settled* (new here) IRM ref. No., a banking page's Bank txn ref. (heldout238) / Host reference No.
  (heldout237), printed above the payee or under it, CCAvenue's Bank ref. No. and BillDesk's Bank reference
  No. on net banking, a fee page's Bank ref. No. / Bank Ref No., an insurer's Bank Ref No., *settled* (new
  here) BBPS txn ref. / B-Connect ref. ID / Bharat Connect txn ID (as heldout239's Bharat Connect Ref.)), then
  a transaction / payment id (*settled* (new here) CCAvenue's tracking ID and BillDesk's BillDesk txn ID, the
  UPI apps' own PSB txn No., BHIM txn ID (heldout235), Paytm txn ID, PhonePe's Transaction ID, slice txn ID
  and Freecharge txn ID (heldout237) (the app's own id, whatever its name, heldout235), iMobile Pay's iMobile
  txn ref., PayU's PayU payout ID (as heldout239's Decentro txn ID), a fee page's Transaction ID / Transaction
  No. (heldout234), *settled* (new here) the Pollution Control Board's Business First txn ID, EEPC India's
  Payment reference and Legal Metrology's e-Challan ref. No. (as heldout239's Treasury ref. No.), an insurer's
  *settled* (new here) PG transaction ID / Payment ref. No., PSPCL's Transaction ref. No., a failed Bharat
  Connect page's Transaction ID (as heldout239's Txn ID)), then an approval code (Approval code, Auth code,
  CCAvenue's Approval No. and BillDesk's Authorisation code, a slip's AUTH CODE: / APPR: / APPROVAL CODE:),
  then an order's number (*settled* (new here) CCAvenue's Order No. and BillDesk's Merchant ref. No., PayU's
  Merchant ref. ID (the company's own id for the payout, as heldout239's Reference ID)), then a document's own
  number (a payer's Payment voucher No. / Advice ref. / Document No., Receipt No. / *settled* (new here)
  Retail invoice No. / Cash bill No. / Counter receipt No. / Scrap voucher No. / Receipt ref. /
  Acknowledgement ref. on a receipt, Inv. No. / Invoice serial No. / Document No. on an invoice, *settled*
  (new here) Slip No. / Wages slip No. on a wage slip, a fee page's Receipt No., Vahan's Receipt No., Premium
  receipt No. / Receipt No. on an insurer's receipt, PSPCL's *settled* (new here) E-receipt No., a slip's INV
  NO: / RECEIPT NO: / BILL:). *settled*: never a UETR, a MERCHANT ID: / TERMINAL ID: (as MID / TID), BATCH
  NO:, STAN: (heldout202), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque
  number, a Purpose code, a Commercial invoice No. (as heldout210's Export invoice No.), a Shipping bill No.
  (heldout167), an E-way bill No., an LR No. (heldout235), a Vehicle No. (heldout205) (so never a Registration
  No. on the Vahan page or an insurer's page or a slip's VEH NO:), a PO No. / Order ref. (as heldout239's PO
  ref.), a Vendor code (heldout210), *settled* (new here) a Supply order No. or a CRV No., a GRN No.
  (heldout235), a Sender's ref. (field 20) (as heldout239's SWIFT ref. (field 20)), the Initiated by /
  Approved by (as heldout171's Maker / Checker), the User ID (as heldout239's Corporate ID), a Beneficiary
  short name (heldout234), a Beneficiary code (as heldout173's Beneficiary ID), a Token No. (as heldout239's
  Karigar card No.), a Property UID (as heldout222's Property ID), a Plot No., a Licence No. (heldout231),
  *settled* (new here) a CTO letter No. (as heldout239's Consent No.), a Membership No. or an RCMC No.
  (heldout227), an NOC application No. (heldout239), a Policy No. / Proposal No. / Quote No., a consumer
  number (here Account No., User ID, Mobile No., VC No., LPG ID), or a slip's FOLIO NO: / ROOM NO:
  (heldout203) / *settled* (new here) TABLE: / STEWARD: / MOBILE: / PUMP NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout243_families import (
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

SPLIT = "heldout243"

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


def make_heldout243_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout243 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

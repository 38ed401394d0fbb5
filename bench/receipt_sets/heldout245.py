"""heldout245: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sualkuchi muga and eri silk weaving house's day in 2026 in Kamrup district,
Assam (Luitporia Silks Pvt Ltd, its weaving shed in Tantipara, Sualkuchi, Luitporia Handlooms, where the muga,
paat and eri mekhela chador sets, sarees, stoles and yardage are woven on jacquard handlooms, its reeling and
dyeing unit on Hajo Road, Bamun Sualkuchi, Luitporia Reeling & Dyeing Unit, where the muga cocoons are cooked
and reeled by the kahon, the eri and paat yarn dyed with lac, indigo and acid dyes and the pirns wound, with
the eri yarn hand spun on the takuri by home spinners in Ramdia, Bongsor and Hajo, and its showroom on H. B.
Road, Pan Bazar, Guwahati, Luitporia Silk Emporium, where the brides' families, the tourists, the boutiques
and the resorts buy), told by the proofs of payment it receives (buyers' UPI screens and the web shop's
Razorpay and Easebuzz pages, a Kolkata, a Shillong, a Bengaluru, a New Delhi, a Mumbai, a Jorhat and a
Siliguri silk store's and Oil India Limited's payment advices, silk importers' inward wires from Kyoto,
London, Lyon, New York, Toronto, Melbourne, Dubai and Copenhagen in yen, pounds, euros, US dollars, Canadian
and Australian dollars, dirhams and Danish kroner, the showroom's retail invoices and cash memos to an Ulubari
bride's mother, a Bokakhat resort and a Dispur buyer, the weaving shed's counter receipt for eri fabric sold
by the metre to a Barpeta Road tailor, the reeling and dyeing unit's sale memos for dyed eri yarn sold by the
kilo to a Pub Sualkuchi weaver and for reeling waste and pierced cocoons sold by the kilo to a Jagiroad spun
silk mill, the accounts desk's acknowledgements of a Pune family's booking advance for three bridal muga sets
and a Hyderabad buyer's eri stoles, cards on the showroom's, the company's and the reeling unit's terminals)
and those it makes (the North Lakhimpur muga yarn trader's, the Ri-Bhoi eri spinners', the Ramanagara raw silk
reelers', the Surat zari maker's and the Fancy Bazar dye store's tax invoices, the net-banking transfers to
the transporter, the jacquard naksha studio, the showroom's landlord, the security agency, the boiler
mechanic, the lookbook photographer, the electrician and the dye effluent lifter, the weavers', reelers', home
spinners' and dyers' wage slips, RazorpayX payouts to a weaver and a muga reeler and a BHIM and a PNB ONE
payment to a pirn winder and a home spinner, Guwahati Municipal Corporation's holding tax, the Pollution
Control Board, Assam's consent fee, the Indian Silk Export Promotion Council's membership renewal, Sualkuchi
Municipal Board's trade licence renewal, the Silk Mark Organisation of India's authorised user renewal, Legal
Metrology's verification of the yarn balances and the platform scale, the Fire and Emergency Services' NOC
renewal for the showroom and the Transport Department's Vahan goods vehicle tax, the insurers' premium
receipts for the looms, yarn and stock, the showroom's stock, the export cargo, the staff's health, the wage
cash carried to the home spinners, the employees' compensation, the pick-up and the stock at trade fairs, its
card at a filling station on NH-27, a Karol Bagh hotel in the silk fair week, a Fancy Bazar loom parts shop
and an Assamese kitchen on the highway, APDCL's power and the fibre, postpaid, DTH and cooking gas bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (YONO SBI, Google Pay, Paytm, super.money, Amazon Pay, PhonePe) paying
  the showroom or the company, the status, the sum and the payee block in one of four orders (the sum, the
  payee and the status; the status, the payee and the sum; the payee, the sum and the status; the status, the
  sum and the payee) and the day first under the rule or after the references, and two of the web shop's
  payment pages (Razorpay, Easebuzz), the sum large or in an Amount paid / Total paid row, above the status or
  under it, the day under them or at the foot.
* ``buyer_advices``: the silk stores' and Oil India Limited's PAYMENT ADVICE - HANDLOOM SILK PURCHASES /
  Supplier payment intimation / ADVICE OF PAYMENT TO WEAVER-SUPPLIER (e-mail, printed, supplier portal), the
  status under the heading or at the end of the payment block, the payee at the head of the body or of the
  payment block, the bills above the payment block or under it; no TDS on the small stores' e-mails.
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - FOREIGN INWARD REMITTANCE / Notice
  of inward SWIFT credit / Export proceeds received - intimation; browser, e-mail, printed), the status under
  the heading or at the foot, the day first or after the references, the parties above the sums or under them
  and the remitter's block above the beneficiary's or under it; yen whole, Danish kroner with dots between the
  thousands and a decimal comma on some; a shipping bill only against an export, a proforma invoice against an
  advance.
* ``own_receipts``: the showroom's RETAIL INVOICE - MEKHELA CHADOR, SAREES & STOLES / CASH MEMO - PAN BAZAR
  SHOWROOM, the weaving shed's COUNTER RECEIPT - ERI FABRIC BY THE METRE / SALE MEMO - LOOM FABRIC (TRADE),
  the reeling and dyeing unit's COUNTER SALE RECEIPT - DYED ERI YARN (BY KG) / SALE MEMO - YARN (TRADE) and
  RECEIPT - REELING WASTE AND PIERCED COCOONS (BY WEIGHT) / WASTE SALE VOUCHER - REELING UNIT (paper, rubber
  stamp), the number and the day on one row (No. ... / Date: ...) on some, else in either order, above the
  party, and the accounts desk's We have received your payment e-mails.
* ``supplier_invoices``: the muga yarn, eri yarn, raw silk, zari and dye suppliers' TAX INVOICE / GST INVOICE
  / INVOICE CUM RECEIPT with the payment block (an advance or the buyer's TDS taken off on some) and a rubber
  stamp (paper, serif), the number and the day on one row (Bill No. ... / Dt. ...) on some, else in either
  order; IGST from Meghalaya, Karnataka and Gujarat.
* ``vendor_transfers``: corporate net banking's pages (yono Business, HDFC Bank ENet, UCO Corporate e-Banking)
  in three orders (the day and the status under the heading; both at the foot; the status under the heading
  and the day at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed WEAVING WAGES - PER SET / BOWA MAJURI RASID / REELING WAGES - PER KAHON OF COCOONS /
  SUTA KOTA MAJURI RASID / HOME SPINNING WAGES - PER KG OF ERI YARN / GHORUA SUTA KOTA MAJURI / DYE HOUSE
  WAGES - PER KG DYED / RONG DIYA MAJURI RASID, the payee first; RazorpayX's payout pages, the payee above the
  sum and the status or under them; a BHIM and a PNB ONE screen.
* ``govt_fees``: Guwahati Municipal Corporation's holding tax, the Pollution Control Board, Assam's consent
  fee (OCMMS), the Indian Silk Export Promotion Council's membership renewal, Sualkuchi Municipal Board's
  trade licence renewal, the Silk Mark Organisation of India's authorised user renewal, Legal Metrology's
  verification fee, the Fire and Emergency Services' NOC renewal and the Transport Department's Vahan goods
  vehicle tax (browser), the status under the authority's line or at the foot.
* ``insurer_receipts``: insurers' Premium acknowledgement / RECEIPT - PREMIUM PAID / OFFICIAL RECEIPT FOR
  PREMIUM (Premium payment - transaction status / PAYMENT ATTEMPT - PREMIUM on the failed one; browser,
  e-mail, printed at the branch), the status under the heading or under the sum.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE: and TIME:, DT:
  and TM: or DATE & TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in UCO mBanking Plus and other apps (Google Pay, PhonePe, Amazon Pay,
  CRED, Paytm), the sum above the status or under it, and APDCL's own quick pay receipt, the status at the
  foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (State Bank of India, UCO Bank, Assam
  Gramin Vikash Bank, Bandhan Bank's UPI) and two e-mail debit alerts (HDFC Bank, ICICI Bank), the sum above
  the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout242's and heldout243's.

Truth conventions (heldout243's, heldout242's, heldout239's, heldout238's, heldout235's, heldout234's,
heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's, heldout222's,
heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's,
heldout203's, heldout190's, heldout179's, heldout167's and heldout151's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Paying to (heldout206, heldout235) / Payment to (heldout239), *settled* (new here) Money paid to /
  Received by / Payment to shop, and Paying to / Payment to / To on one not yet paid or failed (here the
  showroom, Luitporia Silk Emporium / LUITPORIA SILK EMPORIUM, the company's capitals, LUITPORIA SILKS PVT
  LTD, or its short name, Luitporia Silks, as printed), whether the payee block stands above the sum, under
  it, under the status or between the status and the sum (heldout242, heldout243), never the UPI ID or the
  app, nor the Name at bank line (heldout235) or the Registered business name line (heldout212) under the UPI
  ID, nor the payer under Paid by (heldout206) or *settled* (new here) Sender name (as heldout239's Sender); a
  payment page's payee on top (here the showroom, its capitals, the company or its short name), never Customer
  (heldout239) / Buyer (as heldout227's Buyer name) / Contact name (heldout241), the Order details
  (heldout242) / Product (heldout241), or the gateway's footer (Secured by Razorpay (heldout162), *settled*
  (new here) Payments powered by Easebuzz). *settled* (heldout167, heldout190, heldout202 to heldout243): a
  payer's payment advice pays the one it pays, never the payer on top; here a silk store's or Oil India
  Limited's advice pays the company under Supplier name (heldout238) / Paid to supplier (heldout229) / Name of
  payee (heldout242) or *settled* (new here) Favouring (supplier) / Amount credited to supplier (as
  heldout243's Amount credited to vendor) (its full, capital or short name as printed), printed at the head of
  the body or at the head of the payment block, above the bills or under them, never the payer on top (the
  stores, Oil India Limited), its desk line, the Vendor code (heldout210), the PO No. (heldout239), *settled*
  (new here) Oil India's Goods receipt (MIGO) No. (as heldout235's GRN No.), or the Supplier bank A/c
  (heldout239). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout243): a bank's inward
  remittance advice pays the company under Beneficiary customer (heldout242) / Account credited (exporter) /
  Exporter name (heldout238) / In favour of (heldout242) or *settled* (new here) Beneficiary customer (59) /
  In favour of (exporter), never the bank on top, its trade desk line, the remitter (Applicant (heldout239) or
  *settled* (new here) Ordering customer (50K) / Remitter abroad / Applicant (remitter), as heldout243's
  Ordering customer (field 50) and Remitter (buyer abroad), the importer abroad), the Remitter's bank
  (heldout239) or *settled* (new here) Sender's bank (52A) (as heldout242's Sending bank), or the
  Correspondent bank (heldout242) / *settled* (new here) Correspondent bank (56A), printed above the
  beneficiary or under it, the parties above the sums or under them (heldout242). *settled* (heldout175,
  heldout179, heldout190, heldout203 to heldout243): the company's own receipt pays the trade name on top
  where that is on top, so *settled* (new here) the showroom's bills pay Luitporia Silk Emporium, the weaving
  shed's receipts Luitporia Handlooms and the reeling and dyeing unit's (the dyed yarn's and the reeling
  waste's) Luitporia Reeling & Dyeing Unit (capitals where so printed), and a receipt with the company on top
  the company, never the "A unit of" company line under it (heldout190), the party under Sold to (heldout235)
  / Purchaser (heldout241) / Customer's name (heldout214), printed after the number and the day, the goods'
  line, the signature line (*settled* (new here) For <unit> - Authorised signatory, also where the company is
  on top, as heldout243's Accountant) or the rubber stamp; *settled* (new here) the reeling unit's receipt for
  reeling waste and pierced cocoons sold by the kilo to a spun silk mill alike (the unit, never the buyer, as
  heldout243's tube offcuts); the accounts desk's e-mail pays the company on top (its full, capital or short
  name as printed, heldout219). A supplier's name on top of its own paper (capitals where so printed), never
  M/s the company under Billed to (heldout239) / Buyer (bill to) (heldout242) or *settled* (new here) Name and
  address of recipient, nor the shed or the unit under Ship to (heldout242) / Consignee (heldout241), nor the
  carrier under Transporter (heldout239). *settled* (heldout179, heldout202, heldout203, heldout207 to
  heldout243): a corporate banking page pays the payee under Beneficiary account name (heldout241) / Transfer
  to (heldout239) / Name of beneficiary (heldout242) or *settled* (new here) Payee (as per bank), printed
  under the references or above them, never the portal (yono Business, HDFC Bank ENet, UCO Corporate
  e-Banking), the bank line, the Debit from account (heldout180), the Corporate ID (heldout239) or *settled*
  (new here) the Nickname (as heldout243's Beneficiary short name). *settled* (heldout150, heldout161,
  heldout179, heldout203 to heldout243): a wage slip pays the worker, a weaver under Weaver's name
  (heldout232) or *settled* (new here) Wages paid to (weaver), a reeler under Reeler's name (heldout219) or
  *settled* (new here) Majuri paid to (reeler), a home spinner under *settled* (new here) Spinner's name /
  Majuri paid to (home spinner) and a dyer under Dyer's name (heldout240) / Wages paid to (dyer) (heldout235),
  printed first under the heading, never the company on top, the shed's or the unit's line under it, the Work
  (heldout243), *settled* (new here) the Village / para (as heldout243's Mohalla / basti) or the Loom / card
  No. (as heldout243's Token No.); RazorpayX's payout page the Contact name (heldout241) / Paid to (contact)
  (heldout240), printed above the sum and the status or under them (heldout242), never RazorpayX on top, the
  Payouts - <company> line under it, the Contact ID (heldout241), the Fund account or the Fund account (VPA);
  a transfer screen the payee under Paid to (heldout235) / Sent to (heldout206) or *settled* (new here) Money
  transferred to, above the sum or under the status. *settled* (heldout153, heldout167, heldout182, heldout202
  to heldout243): a fee page pays the authority on top as printed, *settled* (new here for Assam) Guwahati
  Municipal Corporation / GUWAHATI MUNICIPAL CORPORATION; Pollution Control Board, Assam / POLLUTION CONTROL
  BOARD, ASSAM; The Indian Silk Export Promotion Council / INDIAN SILK EXPORT PROMOTION COUNCIL (as
  heldout243's EEPC India); Sualkuchi Municipal Board / SUALKUCHI MUNICIPAL BOARD; Silk Mark Organisation of
  India / SILK MARK ORGANISATION OF INDIA; Legal Metrology, Assam / Controller of Legal Metrology, Assam;
  Assam Fire and Emergency Services / ASSAM FIRE AND EMERGENCY SERVICES; Transport Department, Assam /
  Transport Department, Government of Assam on the Vahan receipt (as heldout243's); never the line under it
  (Holding tax - online payment | Government of Assam, Consent management (OCMMS) - Government of Assam,
  Sponsored by the Ministry of Textiles, Urban Affairs Department, Government of Assam, Central Silk Board,
  Ministry of Textiles, Food, Public Distribution & Consumer Affairs Department, Home Department, Government
  of Assam or Vahan - Ministry of Road Transport & Highways), nor the Name of unit (heldout239), the Member
  exporter (heldout196), the Name of trade (heldout239), the Authorised user (heldout231), the Premises
  (heldout230), the Owner name (heldout241) or *settled* (new here) the Name of holder (as heldout243's Name
  of owner) or the Owner of instruments (as heldout243's Name of user). *settled* (heldout199, heldout202 to
  heldout243): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed;
  *settled* (new here) The New India Assurance Co. Ltd's, United India Insurance Co. Ltd's, Tata AIG General
  Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's, National Insurance Co. Ltd's, HDFC ERGO
  General Insurance Co. Ltd's, Cholamandalam MS General Insurance Co. Ltd's and Universal Sompo General
  Insurance Co. Ltd's alike), never the product line, the office line or the insured (the company) under Name
  of insured (heldout242) / Insured name (heldout239) / Proposer (heldout239). A slip's counter name line in
  capitals (here the company's own counters, LUITPORIA SILK EMPORIUM, LUITPORIA SILKS and *settled* (new here)
  LUITPORIA REELING & DYEING, on four, a filling station on NH-27, a Karol Bagh hotel, a Fancy Bazar loom
  parts shop and an Assamese kitchen on the rest), never the terminal's bank or brand (STATE BANK OF INDIA,
  INDIANOIL, UCO BANK, HDFC BANK, AXIS BANK, PAYTM, ICICI BANK, PINE LABS) or the place line. A Bharat Connect
  page's biller under Biller name (heldout235) / Paid to (biller) (heldout220) / Utility provider (heldout214)
  (short or long as printed: APDCL / Assam Power Distribution Company Ltd, Airtel Xstream Fiber / Bharti
  Airtel Ltd, Jio Postpaid / Reliance Jio Infocomm Ltd, Tata Play / Tata Play Ltd, Indane Gas / Indian Oil
  Corporation Ltd), never the app (here also UCO mBanking Plus, Google Pay, PhonePe, Amazon Pay, CRED and
  Paytm), Bharat Connect or the Customer name / Name as per bill (heldout239); *settled* (new here) APDCL's
  own quick pay receipt the discom on top (APDCL, Assam Power Distribution Company Ltd or its capitals as
  printed, as heldout243's PSPCL), never the "A Government of Assam undertaking" line under it, the
  Sub-division or the Consumer name. An SMS alert's payee as the bank sends it (*settled*, the truncated name
  as printed, without the sentence's full stop), *settled* (new here) State Bank of India's "-<way> trf to
  <payee>.", UCO Bank's "thru <way> to <payee>.", Assam Gramin Vikash Bank's "by <way> trf to <payee>." and
  Bandhan Bank's UPI "paid from Bandhan Bank A/c XX1234 to <payee> on <day> via UPI.", and the failed and
  pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's
  Beneficiary name (heldout206) / Payee (heldout242) / Transferred to (heldout239), printed above the sum or
  under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239), between the status and the payee block
  (heldout242) or with the status between the payee block and the sum (heldout243), or a payment page's Amount
  paid / Total paid row where it prints no large sum (heldout242). *settled* (heldout152, heldout186,
  heldout190, heldout202 to heldout243): a payer's advice counts its net sum, Net amount paid (heldout242) /
  Amount released (heldout241) / Net remitted (heldout237), Amount withheld (heldout239) on the hold and
  Payment bounced back (heldout223) / Amount returned (heldout243) on the return (the bills less the TDS u/s
  194Q @ 0.1% (heldout235), *settled* (new here) taken on the bills' value before their 5% GST and none on the
  small stores' e-mails, or Oil India's *settled* (new here) Less: TDS under GST @ 2% (CGST 1% + SGST 1%) (as
  heldout243's Less: TDS under GST @ 2% (IGST), the payer within Assam), and *settled* (new here) a Less:
  Short count - n pcs / sets, a Less: Weaving defect returned - n pcs / sets or a Less: Debit note - colour
  variation n @ rate (as heldout243's Shortage on receipt, Transit damage and Credit note), or a Less: Cash
  discount @ 1.5% (heldout239)), printed in the payment block above the bills or under them, never a bill's
  sum, the Value of bills (heldout237) / Bills total (heldout242) or a cut. *settled* (heldout155, heldout167,
  heldout179, heldout190, heldout203 to heldout243): an inward wire's foreign sum, Amount of remittance (FCY)
  (heldout236) / Foreign currency amount (heldout239) / Inward amount (FCY) (heldout231), in yen (*settled*
  (new here) JPY before the sum or after it, whole: 1,617,000 JPY is 1617000.00, as heldout202's yen), pounds,
  euros and US dollars (heldout152's marks), Canadian dollars (*settled* (new here) CAD or C$ before the sum),
  Australian dollars (*settled* (new here) AUD or A$ before the sum), dirhams (AED before the sum or after it,
  heldout243) and Danish kroner (*settled* (new here) DKK before the sum or after it, dots between the
  thousands and a decimal comma on some: DKK 127.000,00 is 127000.00, as heldout242's euros the German way),
  never the INR equivalent (heldout239), the *settled* (new here) Less: Processing charge incl. GST (as
  heldout243's Less: Bank charges and GST) or the *settled* (new here) Net credited to account (INR) (as
  heldout243's Amount credited (INR)); its Rate applied (1 DKK = 13.2569 INR, *settled* (new here) 100 JPY =
  60.08 INR) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout243): a receipt
  counts the sum received even where it is part of the order, Cash received (heldout242) / Received in cash
  (heldout242) / Received by UPI (QR) (heldout219) / UPI amount received (heldout237) / Paid by card
  (heldout242) / Cheque received for (heldout242) / Amount by cheque (heldout234) / Booking advance received
  (heldout239) / Advance paid (heldout243) or *settled* (new here) Card amount (POS), with the sum in words
  under it, never the Bill total (heldout239) / Order value (heldout242) or *settled* (new here) Net payable
  (incl. GST) where less was received, the goods' line, *settled* (new here) the Less: Bihu discount @ 10% (as
  heldout243's Less: Discount @ 5%), the CGST and SGST @ 2.5% or the Balance payable on delivery (heldout236)
  / Balance due (heldout243); *settled* (new here) the reeling unit's sale of reeling waste and pierced
  cocoons (the kilos x rate with CGST and SGST @ 2.5%, no TCS printed) counts its Net payable (incl. GST),
  received in full. *settled* (heldout187, heldout191, heldout202 to heldout243): a supplier's invoice counts
  the sum paid, where an advance is taken off (Less: Advance received on order (heldout231)) the Balance paid
  by NEFT / RTGS (heldout241), where the buyer's TDS is taken off (Less: TDS u/s 194Q deducted by buyer
  (heldout239)) the Net received by NEFT / RTGS (heldout242), else Paid by NEFT / RTGS / Amount received
  through NEFT / RTGS (heldout235) / Received by UPI (heldout242) / UPI collection (heldout236) (the rounded
  Invoice value with GST), or the Cheque received for (heldout242) / Cheque amount (heldout239), never the
  Taxable value, a line or the GST. A banking page's Transfer amount (heldout242) / Amount (Rs.) (heldout222)
  / Amount debited (heldout243), never *settled* (new here) the Available balance post transaction (as
  heldout243's Available balance after txn). *settled* (heldout167, heldout202 to heldout243): a wage slip's
  net sum, Net wages paid (heldout237) / Net majuri paid (heldout239) / Net amount paid (heldout237) / Amount
  paid to weaver (heldout240) / Amount handed over (heldout235) (the sets, kahon or kilos x rate, plus
  *settled* (new here) Add: Jacquard design allowance / Add: Bihu bonus, less *settled* (new here) Less:
  Defect (broken ends, float) - n @ rate / Less: Agrim (advance) adjusted (as heldout243's Less: Pieces
  rejected at QC and Less: Kharchi (advance) recovered)), never the Gross wages, the line or a deduction;
  RazorpayX's and a screen's sum large. *settled* (new here): the Corporation's holding tax Total paid /
  Amount received (the Holding tax for the year and the Solid waste user charge, less the Rebate @ 5% (paid by
  30 June) where printed), never a head or the rebate; the Pollution Control Board's Total fee / Fee paid (the
  Consent to operate fee - renewal and an Inspection fee), never a head; the Council's Amount paid / Total
  received (the Annual subscription and the GST @ 18%), never the subscription or the GST; Sualkuchi Municipal
  Board's Amount / Total fee on the page not yet confirmed (the Trade licence renewal fee for the year and the
  Signboard fee); the Silk Mark Organisation's Amount payable / Total due on the failed page (the Authorised
  user renewal fee and the Silk Mark labels), never a head; Legal Metrology's Total fee paid / Verification
  fee deposited (the yarn balances' and the platform scale's fees), never one fee; the Fire Services' Total
  fees paid / Amount paid (the Fire safety certificate renewal fee and the Inspection fee), never a head; the
  Transport Department's Total amount / Amount paid (the Road tax (goods, annual) and the Service charge),
  never a head. *settled* (heldout199, heldout202 to heldout243): an insurer's premium with its GST, Total
  premium paid (heldout239) / Premium amount (incl. GST) (heldout223) / Amount received, the Cheque amount /
  Amount of cheque (heldout242) on the cheque not yet cleared (as heldout211's Cheque amount), Premium due
  (heldout239) / Amount to pay on the failed one, never the Net premium (heldout241), an add-on or the GST /
  IGST @ 18%, nor the OD premium or the *settled* (new here) TP premium (goods vehicle) (as heldout243's TP
  premium (goods carrier)), nor the IDV (heldout235) or *settled* (new here) the Sum insured - looms, yarn and
  stock, the Sum insured - showroom stock, the Annual export turnover (estimated), the Members covered (sum
  insured Rs 3,00,000 each), the Cash limit per carrying, the Wages declared for the year or the Sum insured -
  stock at fairs. A slip's AMOUNT: (heldout243) / TOTAL AMOUNT: (heldout226) / SALE AMT RS: (heldout226) / TXN
  AMOUNT: (heldout230) / NET AMOUNT: (heldout238), printed above the card or under the references, never the
  *settled* (new here) RATE/LTR: or the LITRES: (as heldout243's RATE(RS/L): and QTY(L):). A Bharat Connect
  page's sum large, never *settled* (new here) the Amount payable after due date (as heldout243's Payable
  after due date); APDCL's Amount paid / Payment amount (the Bill amount above it is the same sum, as
  heldout242's PGVCL). An alert's sum debited (*settled* (new here) State Bank of India's "Debited INR x", UCO
  Bank's "debited Rs.x", Assam Gramin Vikash Bank's "Rs x withdrawn", Bandhan Bank's "Rs.x paid from", the
  failed and pending transfers' "Your <way> txn of Rs.x"; the e-mail's Amount / Debit amount (heldout243)),
  never the Avl Bal INR (heldout243), the Bal Rs. or the Avl Bal Rs (heldout141), or the e-mail's Available
  balance (heldout243). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid - the shop has received it, Payment completed
  successfully (heldout227) and Success - amount credited to merchant successes, Still processing - your bank
  has not replied yet, don't pay again pending, Payment declined - incorrect UPI PIN entered (heldout218)
  failed; a payment page's Payment successful - thank you for shopping with us, Order placed - payment
  captured and Paid - your silk will be packed within 2 days successes. *settled* (new here): a payer's
  Status: Remitted - credited to supplier account / Payment released to your bank (heldout218) successes, Held
  - quality check of the consignment pending pending (a payer's hold, as heldout198's to heldout243's),
  Bounced back - beneficiary IFSC invalid, please confirm bank details failed, printed under the heading or at
  the end of the payment block (heldout242). *settled* (new here): an inward advice's Funds credited to your
  account - IRM generated / Status: Export proceeds realised and credited (heldout241) successes, On hold -
  please submit the purpose of remittance and invoice copy pending, Sent back to remitter - name mismatch with
  account failed, printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190,
  heldout203 to heldout243): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE IN CLEARING - GOODS HELD TILL REALISATION and CHEQUE RECEIVED - CREDIT ONLY ON
  REALISATION pending, CHEQUE RETURNED - ACCOUNT CLOSED, SALE VOID and CHEQUE RETURNED UNPAID - PAYMENT
  STOPPED BY DRAWER failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are PAYMENT RECEIVED IN
  FULL (heldout240), RECEIVED BY NEFT / RTGS / UPI (heldout242), NO DUES (heldout239) and *settled* (new here)
  PAID - MEKHELA CHADOR HANDED OVER IN GIFT BOX, PAID - STOLES PACKED FOR THE RESORT, PAID - FABRIC MEASURED
  AND CUT, PAID - WASTE WEIGHED AND LOADED, BOOKING AMOUNT RECEIVED - WEAVING STARTS (the advance is
  received), PAYMENT CONFIRMED - PARCEL GOES BY SPEED POST, PAID - ENTERED IN MAJURI KHATA and PAID - YARN
  WEIGHED AND RECEIVED. *settled* (new here): a banking page's Executed - credit confirmed by beneficiary bank
  (heldout237) / Status: Settled - UTR issued successes, Pending authorisation - checker to approve pending
  (keyed, not yet authorised, as heldout191's to heldout243's), Rejected by beneficiary bank - invalid
  account, funds reversed (heldout239) failed (whatever the reversal), printed under the heading or at the
  foot; RazorpayX's Processed - credited to the beneficiary's account / Status: Processed (UTR received)
  successes, Queued - low balance in the RazorpayX account (heldout241) pending (not yet sent, as heldout243's
  Scheduled), Reversed - beneficiary bank rejected the credit (heldout205) failed; a transfer screen's Payment
  successful / Money sent (heldout235) / Transferred successes; a fee page's Payment successful - receipt
  generated (heldout211), Amount received by the department (heldout226; Amount received by the Council on the
  Council's page) and *settled* (new here) Paid - challan accepted by eGRAS and Fee paid - acknowledgement
  sent by SMS successes, Sualkuchi Municipal Board's Under process - the Board will issue the receipt after
  bank confirmation pending, the Silk Mark Organisation's Transaction not completed - amount not received by
  SMOI, please retry failed, printed under the authority's line or at the foot; an insurer's Premium received
  - policy in force (heldout213) / *settled* (new here) Payment successful - policy copy sent to your mailbox
  successes, CHEQUE RECEIVED - RISK COVERED ONLY ON REALISATION pending (as heldout243's cover subject to
  realisation), Transaction failed - premium not received, policy not issued failed, printed under the heading
  or under the sum; a slip's APPROVED successes (heldout210), as are TRANSACTION SUCCESSFUL (heldout226) and
  APPROVED - PIN OK (heldout216), DECLINED - 51 INSUFFICIENT FUNDS (heldout239) failed, *settled* (new here)
  TIMED OUT - CHECK WITH BANK BEFORE RETRY pending; a Bharat Connect page's Bill payment successful
  (heldout239) / Paid - biller has confirmed (heldout239) successes, Awaiting biller confirmation - do not pay
  again (heldout223) pending, *settled* (new here) Payment failed - any amount debited will be reversed in 3-5
  working days failed (the payment failed, whatever the reversal), APDCL's *settled* (new here) Payment
  successful - your bill is marked paid / Receipt generated - thank you for paying online successes (printed
  at the foot); *settled* (new here) an SMS that says the transfer "has failed; amount reversed to your A/c."
  failed (whatever the reversal), one that "is pending at the beneficiary bank; do not initiate again."
  pending, a debit alert a success, whatever its bank's wording ("Your A/C XXXXX1234 Debited INR x on <day>
  -<way> trf to <payee>.", "A/c XX1234 debited Rs.x on <day> thru <way> to <payee>.", "AGVB: Rs x withdrawn
  from A/c ..1234 on <day> by <way> trf to <payee>.", Bandhan Bank's "Rs.x paid from Bandhan Bank A/c XX1234
  to <payee> on <day> via UPI."); the e-mail's Status: Successful (heldout239) / Transaction status: Debited
  and sent (heldout234) successes.
* date: the day paid (a UPI screen's Paid on (heldout206) / Date & time (heldout242) / Payment made on
  (heldout231) / Completed at (heldout242), *settled* (new here) Started at / Date & time on one not yet paid
  or failed, printed first under the rule or after the references, a payment page's Paid on / Date
  (heldout242) or *settled* (new here) Payment captured on, printed under the status or at the foot, a payer's
  Date of payment / Value date (heldout243) / Remitted on (heldout241), the held one's *settled* (new here)
  Withheld since / Intimation date (heldout242) and the returned one's Bounced back on (heldout220) / Date of
  return (heldout237), an inward advice's Date of credit (heldout239) / Value date / Credited on (heldout243),
  Received on (heldout234) / Held since (heldout242) on the held one and Returned on (heldout234) / Sent back
  on (heldout235) on the returned one, printed first or after the references (in capitals on some), a
  receipt's, invoice's or wage slip's Invoice date / Date / Bill date / Dated (heldout234, heldout235) /
  Invoice dt. (heldout239) / Sale date (heldout198) / Majuri date (heldout242) / Paid on, the Date: beside the
  No. or the Dt. beside the Bill No. on one row (as heldout242's Date: beside the Inv. No.), the desk's
  e-mail's Date received (heldout228) / Payment date / Dated, printed above the number or under it, a banking
  page's Execution date (heldout236) / Value date / Transaction date, Created on (heldout241) / Saved on
  (heldout240) on the one awaiting its checker and Rejected on / Reversed on (heldout241) on the rejected one,
  printed under the heading or at the foot, RazorpayX's Processed at (heldout240) / Credited on, Queued at
  (heldout239) / Created on on the one queued and Reversed on (heldout241) / Attempted at (heldout242) on the
  reversed one, a transfer screen's Paid on / Date & time / Transferred on (heldout238), a fee page's Payment
  date / Paid on / Date of receipt / Txn date (heldout240), Sualkuchi Municipal Board's *settled* (new here)
  Payment submitted on / Initiated on (heldout234) on the page not yet confirmed and the Silk Mark
  Organisation's Attempted on / *settled* (new here) Transaction tried on on the failed one, an insurer's
  Receipt date / Date of receipt / Premium paid on (heldout239), Cheque received on (heldout204) / Receipt
  date on the cheque not yet cleared and Attempted on / Transaction date on the failed one, a slip's DATE: /
  DT: (heldout239) (with TIME: / TM:) / DATE & TIME: (heldout241), printed at the top or under the sum, a
  Bharat Connect page's Paid on / Date & time (the latter alone on a bill not paid, heldout235) / Payment date
  & time (heldout243) / Transaction time (heldout242), APDCL's Receipt date / Date of payment, the SMS's day,
  the e-mail alert's Value date / Txn date (heldout240) / Date of transaction (heldout243)). *settled*: never
  a Bill month (heldout167), a Due date, a Cheque date (heldout198) or *settled* (new here) a Cheque dt., a
  Policy period (heldout231) or *settled* (new here) a Period of insurance from (as heldout243's Cover from),
  an invoice number's, a memo number's or a slip number's financial year or an e-mail's hour; never a Shipping
  bill's date (heldout167), the Vahan page's *settled* (new here) Tax paid till (as heldout243's Tax paid
  upto) or the day inside a UTR (heldout210); never a Bharat Connect page's Billing period (as heldout243's
  Bill period) or APDCL's Bill date (as heldout243's Bill issue date), or the year of a head (Holding tax
  2026-27, Trade licence renewal fee 2026-27) or of a membership (Membership 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, RazorpayX's IMPS (heldout151; a RazorpayX payout by UPI is UPI), a Bharat Connect bill from a
  Current A/c (here in UCO mBanking Plus), a payment page's netbanking, a fee, a premium or APDCL paid by Net
  banking, an e-mail alert's Transfer mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a
  receipt's, a wage slip's, an invoice's, RazorpayX's, a fee's, a premium's or a bill's UPI and Bandhan Bank's
  UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium or APDCL paid by Debit
  card; cheque for a cheque received, in clearing or returned and a premium paid by Cheque; cash for a cash
  memo, receipt or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout243): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI RRN (heldout179), RRN,
  NEFT UTR, UPI transaction ID (heldout242), IMPS RRN (heldout235), UPI Ref ID (heldout239) / UPI ref. number
  (heldout237) on a UPI screen and *settled* (new here) Amazon Pay's Bank reference ID (its UPI reference,
  whatever its name), Razorpay's RRN (UPI) (heldout238) and Easebuzz's Bank UTR (heldout242) on a UPI payment,
  a payer's RTGS ref. (UTR) (heldout239) / *settled* (new here) UTR (RTGS), an invoice's UTR ref.
  (heldout242), a banking page's *settled* (new here) NEFT/RTGS ref. (UTR), RazorpayX's UTR / Bank UTR, a
  slip's RRN: / REF NO: (heldout243) / RRN NO.: (heldout168), an SMS's UTR / IMPS Ref No / UPI Ref), then a
  bank reference (an inward advice's IRM number (heldout228) / Our ref. (heldout227) / *settled* (new here)
  Inward advice No. (as heldout243's IRM ref. No.), a banking page's Bank reference No. (heldout243) /
  *settled* (new here) CBS txn No. (as heldout243's Host reference No.), printed above the payee or under it,
  Razorpay's Bank reference and Easebuzz's Bank ref. No. on netbanking, a fee page's Bank reference (the
  Corporation's), Bank ref. No. (heldout239; the Pollution Control Board's and the Fire Services') or Bank Ref
  No. (Vahan's), an insurer's Bank transaction ref. (heldout240), a Bharat Connect page's BBPS reference ID
  (heldout236) / *settled* (new here) Bharat Connect transaction ref. (as heldout243's BBPS txn ref.)), then a
  transaction / payment id (Razorpay's Payment ID (pay_...) and Easebuzz's Easebuzz ID (heldout170), the UPI
  apps' own YONO txn ID (heldout239), Google transaction ID, Amazon Pay txn ID (heldout239), PhonePe's
  Transaction ID and *settled* (new here) Paytm ref. No. and super.money txn ID (the app's own id, whatever
  its name, heldout235), BHIM's BHIM txn ID (heldout243) and PNB ONE's PNB ONE txn No. on a transfer screen,
  RazorpayX's Payout ID (pout_..., heldout151), a fee page's Transaction ID / Transaction No. (heldout234) /
  Transaction ref. No. (heldout243), the Corporation's Txn ref. (heldout218), the Council's Online payment
  ref. (heldout237) and *settled* (new here) the eGRAS GRN (Assam's e-challan Government Reference Number, as
  heldout151's treasury GRN; never heldout235's GRN No., a goods received note), an insurer's Online payment
  ID (heldout239) / PG ref. No. (heldout238), APDCL's Transaction No., a failed Bharat Connect page's
  Transaction ID (heldout243)), then an approval code (Approval code, Auth code, Razorpay's Auth code and
  Easebuzz's Approval code, a slip's APPR CODE: / AUTH ID: / APPROVAL: (heldout240)), then an order's number
  (Razorpay's Order ID (order_...) and Easebuzz's Merchant txn ID (heldout234), RazorpayX's Reference ID (the
  company's own id for the payout, heldout243's Merchant ref. ID)), then a document's own number (a payer's
  Payment document No. (heldout235) / Advice No. (heldout242) / Voucher ref. (heldout238), Receipt No. /
  Retail invoice No. / Counter receipt No. (heldout243) / Memo No. (heldout242) / Sale memo No. (heldout240) /
  Voucher No. (heldout241) / *settled* (new here) Payment acknowledgement No. or the No. beside the Date: on
  one row on a receipt, Invoice No. / Bill No. (heldout242) / Tax invoice No. (heldout239) or the Bill No.
  beside the Dt. on one row on an invoice, Rasid No. (heldout226) / Wage slip No. (heldout241) on a wage slip,
  a fee page's Receipt No. (Vahan's) or *settled* (new here) the Corporation's Holding tax receipt No. and the
  Council's Membership receipt No., Receipt No. / Official receipt No. (heldout236) on an insurer's receipt,
  APDCL's Receipt No., a slip's BILL NO: / INVOICE NO: (heldout241)). *settled*: never a UETR, MID:, TID:,
  BATCH: (heldout239), STAN: (heldout202), TRACE NO: (heldout239) or ROC: (heldout187), a card, account or
  mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose code, an Export invoice No.
  (heldout210) or a Proforma invoice No. (heldout242), a Shipping bill No. (heldout167), an E-way bill No., a
  Docket No. (heldout242), a Vehicle No. (heldout205) (so never a Registration No. on the Vahan page or an
  insurer's page or a slip's VEH NO:), an Order ref. (heldout243), a PO No., a Vendor code (heldout210),
  *settled* (new here) a Goods receipt (MIGO) No. (as heldout235's GRN No.), a *settled* (new here)
  Transaction reference (20) (as heldout243's Sender's ref. (field 20)), the Maker / Checker (heldout243), the
  Corporate ID (heldout239), a *settled* (new here) Nickname (as heldout243's Beneficiary short name), a
  Contact ID (heldout241), a *settled* (new here) Loom / card No. (as heldout243's Token No.), a Holding No.
  (heldout223), a *settled* (new here) Consent ref. No. (as heldout243's CTO letter No.), a Membership No. or
  an RCMC No. (heldout227), a Trade licence No. (heldout236), an *settled* (new here) AU membership No. (as
  heldout243's Membership No.), an Application ID (heldout237), a Policy No. / Proposal No. / Quotation No.
  (heldout237), a consumer number (here Consumer No., Account No., Mobile No., Subscriber ID, LPG ID), or a
  slip's FOLIO: / ROOM: (heldout238) / KOT NO: (heldout242) / TABLE NO: (heldout239) / NOZZLE NO: (heldout238)
  or *settled* (new here) CUST MOBILE: (as heldout243's MOBILE:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout245_families import (
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

SPLIT = "heldout245"

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


def make_heldout245_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout245 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

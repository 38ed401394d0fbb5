"""heldout244: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bidar bidriware (silver-inlaid metalware) maker's day in 2026 in Bidar, Karnataka
(Aftab Bidri Crafts Pvt Ltd, its casting and inlay workshop in the KIADB industrial area at Kolhar, Aftab Bidri
Karkhana, where the zinc and a sixteenth part of copper are melted and poured into sand moulds, the castings filed,
turned and engraved, the silver wire and sheet hammered into the grooves and the pieces blackened with the soil of
the Bidar fort and ammonium chloride, its artisans working at home in Manhiyar Taleem, Chowbara, Shah Gunj,
Nawadgeri, Aliabad and Kamthana, who inlay and engrave the castings by the piece, and its emporium on Chowbara Road
opposite the Mahmud Gawan Madrasa, Aftab Bidri Emporium, where the tourists, the families and the gifting buyers
come), told by the proofs of payment it receives (tourists', families' and gifting buyers' UPI screens and the
emporium's Instamojo and Easebuzz pages, a Hyderabad, a Mumbai, a Delhi, a Chennai, a Kolkata and a Jaipur store's,
a Bengaluru gifting firm's and the Karnataka State Handicrafts Development Corporation's payment advices, handicraft
importers' inward wires from Kuwait City, Doha, London, Lyon, Toronto, Melbourne, Osaka and Houston in Kuwaiti
dinars, Qatari riyals, pounds, euros, Canadian dollars, Australian dollars, yen and US dollars, the emporium's tax
invoices and cash memos to a Pune tourist, a Udgir Road hotel and a Basava Nagar buyer, the karkhana's receipts for
raw castings sold by the piece to a Manhiyar Taleem ustad and a Charminar trader and for zinc dross sold by the kilo
to a Patancheru recycler, the accounts desk's acknowledgements of a Bengaluru gifting firm's advance for logo
mementos and a Panaji buyer's vase, cards on the emporium's, the company's and the karkhana's terminals) and those
it makes (the Charminar silver wire works', the Jeedimetla zinc house's, the Secunderabad copper trader's, the
Solapur chemical dealer's and the Kalaburagi gift box maker's tax invoices, the net-banking transfers to the
transporter, the silver polisher, the emporium's landlady, the security agency, the foundry engineers, the catalogue
printer, the electrician and the waste lifter, the casters', home inlayers', engravers' and polishers' ujrat and
kooli slips, RazorpayX payouts to two engravers and a Google Pay and a YONO SBI payment to two home inlayers, the
City Municipal Council's property tax, the Karnataka State Pollution Control Board's consent fee, EPCH's membership
renewal, the Department of Factories' licence renewal, KIADB's maintenance and water charges for the Kolhar plot,
Legal Metrology's verification of the silver balances and the platform scale, the Commercial Taxes Department's
professional tax and the Karnataka Labour Welfare Board's contribution, the insurers' premium receipts for the
karkhana, its furnace and metal stock, the emporium's stock, the export cargo, the staff's health, the silver in
transit from Hyderabad, the employees' compensation, the pick-up and the emporium's public liability, its card at a
filling station on NH-65, a Hyderabad hotel in the crafts fair week, a Gandhi Gunj hardware shop and an Udgir Road
restaurant, GESCOM's power and the fibre, postpaid, DTH and cooking gas bills, the banks' SMS and e-mail alerts).
One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one
no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, Canara ai1, Amazon Pay, YONO SBI, super.money, WhatsApp Pay)
  paying the emporium or the company, the status, the sum and the payee block in one of five orders (the status, the
  sum and the payee; the payee, the sum and the status; the sum, the status and the payee; the payee, the status and
  the sum; the status, the payee and the sum) and the day first under the rule or after the references, and two of
  the emporium's payment pages (Instamojo, Easebuzz), the status and the sum in either order, the day under them or
  at the foot.
* ``buyer_advices``: the stores', the gifting firm's and the Corporation's REMITTANCE ADVICE - BIDRIWARE PURCHASES /
  Intimation of payment to supplier / SUPPLIER PAYMENT ADVICE (HANDICRAFTS) (e-mail, printed, supplier portal), the
  status under the heading or at the end of the payment block, the payee at the head of the body or of the payment
  block, the bills above the payment block or under it.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE - CREDIT ADVICE (EXPORT) / Inward
  foreign remittance - advice of credit / Credit advice - SWIFT MT103 inward; browser, e-mail, printed), the status
  under the heading or at the foot, the day first or after the references, the parties above the sums or under them
  and the remitter's block above the beneficiary's or under it; Kuwaiti dinars with three decimals, euros with
  spaces and a decimal comma on some, yen whole.
* ``own_receipts``: the emporium's TAX INVOICE - BIDRIWARE (HANDICRAFT) / CASH MEMO - CHOWBARA ROAD EMPORIUM, the
  karkhana's COUNTER RECEIPT - BIDRI CASTINGS (BLANKS) / SALE MEMO - RAW CASTINGS (TRADE) and RECEIPT - ZINC DROSS
  AND SKIMMINGS (BY WEIGHT) / SCRAP SALE MEMO - FURNACE DROSS (paper, rubber stamp), the number and the day on one
  row (Tax invoice TI/.. / Dt. ..) on some, else in either order above the party, the number's label the document's
  own, and the accounts desk's Payment acknowledgement - thank you for your order e-mails.
* ``supplier_invoices``: the silver wire, zinc, copper, chemical and gift box suppliers' TAX INVOICE (ORIGINAL FOR
  BUYER) / GST INVOICE / TAX INVOICE CUM PAYMENT RECEIPT with the payment block (an advance or the buyer's TDS taken
  off on some) and a rubber stamp (paper, serif), the number and the day on one row (Invoice No. ... / Dated ...) on
  some, else in either order; silver at 3% GST.
* ``vendor_transfers``: corporate net banking's pages (yono BUSINESS, HDFC Bank ENet, Canara Corporate Net Banking)
  in three orders (the day and the status under the heading; both at the foot; the status under the heading and the
  day at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed CASTING WAGES - PER PIECE POURED / DHALAI UJRAT PARCHI / HOME INLAY WAGES - PER PIECE /
  TARKASHI UJRAT PARCHI (GHAR KA KAAM) / ENGRAVING WAGES - PER PIECE / NAQQASHI UJRAT SLIP / BUFFING AND BLACKENING
  WAGES - PER DOZEN / KOOLI PAVATHI - POLISH AND MITTI, the payee first, the silver wire short returned taken off
  the inlayers' ujrat on some; RazorpayX's payout pages, the sum above the status or under it; a Google Pay and a
  YONO SBI screen.
* ``govt_fees``: the City Municipal Council's property tax page, the Karnataka State Pollution Control Board's
  consent fee (OCMMS), EPCH's membership renewal, the Department of Factories' licence renewal (e-Karmika), KIADB's
  maintenance and water charges, Legal Metrology's verification fee, the Commercial Taxes Department's professional
  tax and the Karnataka Labour Welfare Board's contribution (browser), the status under the authority's line or at
  the foot.
* ``insurer_receipts``: insurers' RECEIPT FOR PREMIUM / Premium acknowledgement / PREMIUM PAYMENT RECEIPT (Premium
  transaction status / PAYMENT STATUS - PREMIUM on the failed one; browser, e-mail, printed at the branch), the
  status under the heading or under the sum.
* ``card_slips``: card terminal slips (monospace), DATE: and TIME: / DT: and TM: / DATE & TIME: at the top or under
  the sum, the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in Canara ai1 and other apps (Google Pay, Amazon Pay, CRED, Navi), the sum above
  the status or under it, and GESCOM's own online payment receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Canara Bank, Karnataka Grameena Bank, the Bidar
  District Central Co-operative Bank, HDFC Bank's UPI) with no receipt buttons under the thread, and two e-mail
  debit alerts (State Bank of India, ICICI Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout243's.

Truth conventions (heldout243's, heldout242's, heldout239's, heldout235's, heldout234's, heldout231's, heldout227's,
heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's,
heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's,
kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Payment made to (heldout236) / Amount sent to (heldout225), Credited to / Transferred to merchant
  (heldout243), Merchant paid (heldout241) / Received by (heldout238), *settled* (new here) Payment sent to / Money
  transferred to, and Sending to (heldout239) / Paying / Sending money to (heldout243) / *settled* (new here) Trying
  to pay / Payment attempted to on one not yet paid or failed (here the emporium, Aftab Bidri Emporium / AFTAB BIDRI
  EMPORIUM, the company's capitals, AFTAB BIDRI CRAFTS PVT LTD, or its short name, Aftab Bidri, as printed), whether
  the payee block stands above the sum, under it, under the status, above the status with the sum under both
  (heldout243) or *settled* (new here) between the status and the sum, never the UPI ID or the app, nor the
  Beneficiary name as per bank / KYC name line (heldout239), Verified name (heldout237), Name registered with bank
  (heldout243), Bank account name (heldout237) or Registered business name (heldout212) line under the UPI ID, nor
  the payer under Paid by / Sender (heldout239), Sent by (heldout243), Sender name (heldout129) or *settled* (new
  here) From (sender); a payment page's payee on top (here the emporium, its capitals, the company or its short
  name), never Paid by (heldout206) / Customer name (heldout234) / Customer / Payer name / Billed to (heldout239),
  Buyer name (heldout227), Ordered by / Item / Purchase (heldout243), Billing name (heldout237) / Shopper
  (heldout238) / Buyer / Product (heldout240) / Order summary (heldout230), or the gateway's footer (*settled* (new
  here) Payments powered by Instamojo Technologies Pvt Ltd, Secured by Easebuzz (Easebuzz Pvt Ltd)). *settled*
  (heldout167, heldout190, heldout202 to heldout243): a payer's payment advice pays the one it pays, never the payer
  on top; here a store's, the gifting firm's or the Corporation's advice pays the company under Supplier name
  (heldout238) / Payee (supplier) (heldout238) / Amount paid to (heldout235) / Beneficiary supplier (heldout239) /
  Credited to (supplier) (heldout231) (its full, capital or short name as printed), printed at the head of the body
  or at the head of the payment block, above the bills or under them, never the payer on top (the stores, the
  gifting firm, the Corporation), its desk line, the Supplier code (heldout241), the Purchase order (heldout242),
  the Goods inward No. (heldout240), *settled* (new here) the Corporation's Procurement order No. or Stock entry No.
  (as heldout243's Supply order No. and CRV No.), or the Supplier's account (heldout226). *settled* (heldout155,
  heldout167, heldout190, heldout203 to heldout243): a bank's inward remittance advice pays the company under In
  favour of (exporter) (heldout226) / Exporter credited (heldout228) / *settled* (new here) Beneficiary name (field
  59) / A/c holder (exporter) (as heldout243's Beneficiary (field 59)), never the bank on top, its forex desk line,
  the remitter (Overseas buyer (heldout241) / *settled* (new here) Remitter (field 50K) (as heldout243's Ordering
  customer (field 50)), the importer abroad), the Remitter's bank (heldout239) or *settled* (new here) the Sender's
  bank (field 52A) (as heldout155's Sender's bank), or *settled* (new here) the Correspondent bank (field 54A) (as
  heldout231's Correspondent bank), printed above the beneficiary or under it. *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout243): the company's own receipt pays the trade name on top where that is on top,
  so *settled* (new here) the emporium's bills pay Aftab Bidri Emporium and the karkhana's receipts Aftab Bidri
  Karkhana (capitals where so printed), and a receipt with the company on top the company, never the "A unit of"
  company line under it (heldout190), the party under Purchaser (heldout241) / Party name (heldout242) / *settled*
  (new here) Billed to (customer), printed after the number and the day, the goods' line, the signature line
  (*settled* (new here) For <unit> - Authorised signatory, also where the company is on top, as heldout243's
  Accountant) or the rubber stamp; *settled* (new here) the karkhana's receipt for zinc dross sold by the kilo to a
  recycler and its memo for raw castings sold by the piece to an ustad or a trader alike (the karkhana or the
  company on top, never the buyer, as heldout243's MS tube offcuts); the accounts desk's e-mail pays the company on
  top (its full, capital or short name as printed, heldout219). A supplier's name on top of its own paper (capitals
  where so printed), never M/s the company under Billed to (heldout240) / Recipient (heldout242) / *settled* (new
  here) Name and address of buyer, nor the karkhana under Consignee (ship to) (heldout234) / Delivery at
  (heldout238), nor the transporter under Dispatched by (heldout242). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout243): a corporate banking page pays the payee under Beneficiary name (heldout242) / Transfer
  to (heldout239) / Credit party (heldout237) / Beneficiary (heldout243), printed under the references or above
  them, never the portal (yono BUSINESS, HDFC Bank ENet, Canara Corporate Net Banking), the bank line, the From
  account (heldout242) (as heldout239's Debit account), the Login ID (heldout242) (as heldout239's Corporate ID) or
  the Beneficiary nickname (heldout241) (as heldout234's Beneficiary short name). *settled* (heldout150, heldout161,
  heldout179, heldout203 to heldout243): a wage slip pays the worker, *settled* (new here) a caster under Caster's
  name / Ujrat paid to (caster), a home inlayer under Artisan's name (inlay) / Ujrat paid to (karigar), an engraver
  under Engraver's name / Wages paid to (naqqash) and a polisher under Polisher's name (heldout220) / Kooli paid to,
  printed first under the heading, never the company on top, the karkhana's line under it, *settled* (new here) the
  Kaam (work) (as heldout243's Work), the Mohalla / village (heldout212) or *settled* (new here) the Pehchan card
  No. (the artisan's card of the Development Commissioner (Handicrafts), as heldout243's Token No.); RazorpayX's
  payout page the Contact name (heldout241) / Paid to (contact) (heldout240) (as heldout243's PayU's Payee name),
  never RazorpayX on top, the Payouts | Account - <company> line under it, the Contact ID (heldout241, as
  heldout173's Beneficiary ID), the Fund account or the Fund account (VPA) (heldout241); a transfer screen the payee
  under Sent to (heldout206) / Money sent to (heldout239), above the sum or under the status. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout243): a fee page pays the authority on top as printed, *settled* (new
  here for Bidar) City Municipal Council, Bidar / CITY MUNICIPAL COUNCIL, BIDAR; Karnataka State Pollution Control
  Board / KARNATAKA STATE POLLUTION CONTROL BOARD; Export Promotion Council for Handicrafts / EPCH (as heldout243's
  EEPC India); Department of Factories, Boilers, Industrial Safety & Health, Karnataka / DEPARTMENT OF FACTORIES,
  BOILERS, INDUSTRIAL SAFETY & HEALTH (as printed, without the state on the capitals); Karnataka Industrial Areas
  Development Board / KIADB (as heldout243's PSIEC); Legal Metrology Department, Karnataka / Controller of Legal
  Metrology, Karnataka; Commercial Taxes Department, Karnataka / COMMERCIAL TAXES DEPARTMENT, KARNATAKA on the
  professional tax receipt; Karnataka Labour Welfare Board / KARNATAKA LABOUR WELFARE BOARD; never the line under it
  (Municipal Reforms Cell, Government of Karnataka, Online Consent Management and Monitoring System (OCMMS), Under
  the Ministry of Textiles, Government of India, e-Karmika - Labour Department, Government of Karnataka, Kolhar
  Industrial Area, Bidar, Food, Civil Supplies and Consumer Affairs Department, Professional tax e-payment, Labour
  Department, Government of Karnataka), nor the Name of factory (heldout237), Name of user (heldout238), Name of
  khatedar (heldout236), Name of the unit (heldout234), Member exporter (heldout235) (as heldout243's Member firm),
  Name of allottee (heldout227), Name of employer (heldout242) or Name of establishment (heldout242). *settled*
  (heldout199, heldout202 to heldout243): an insurer's premium receipt pays the insurer on top (its full name,
  capitals where so printed; *settled* (new here) The United India Insurance Co. Ltd's, National Insurance Co.
  Ltd's, Tata AIG General Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's, HDFC ERGO General
  Insurance Co. Ltd's, Cholamandalam MS General Insurance Co. Ltd's, Bajaj General Insurance Ltd's and Go Digit
  General Insurance Ltd's alike), never the product line, the office line or the insured (the company) under Insured
  name (heldout239) / Name of insured (heldout242) / Proposer (heldout239). A slip's counter name line in capitals
  (here the company's own counters, AFTAB BIDRI EMPORIUM, AFTAB BIDRI CRAFTS and AFTAB BIDRI KARKHANA, on four, a
  filling station on NH-65, a Hyderabad hotel, a Gandhi Gunj hardware shop and an Udgir Road restaurant on the
  rest), never the terminal's bank or brand (CANARA BANK, INDIANOIL, STATE BANK OF INDIA, HDFC BANK, KARNATAKA BANK,
  PAYTM, ICICI BANK, BHARATPE) or the place line. A Bharat Connect page's biller under Operator (heldout223) /
  Biller name / Bill paid to (heldout235) / Paid to biller / Provider / Utility (heldout239), Biller (heldout239) /
  Billed by (heldout230) / Service provider (heldout238), Payee biller (heldout226) / Bill paid for (heldout48)
  (short or long as printed: GESCOM / Gulbarga Electricity Supply Company Ltd, BSNL Bharat Fibre / Bharat Sanchar
  Nigam Ltd, Airtel Postpaid / Bharti Airtel Ltd, Tata Play / Tata Play Ltd, Indane Gas / Indian Oil Corporation
  Ltd), never the app (here also Canara ai1, Google Pay, Amazon Pay, CRED and Navi), Bharat Connect or the Account
  holder (heldout237) / Registered name (heldout239) / Name on bill (heldout223) / Bill in the name of (heldout239);
  *settled* (new here) GESCOM's own receipt page the discom on top (GESCOM, Gulbarga Electricity Supply Company Ltd
  or its capitals as printed, as heldout243's PSPCL), never the "A Government of Karnataka undertaking" line under
  it, the O&M sub-division (heldout219, as heldout243's Sub division) or the Name of consumer (heldout236). An SMS
  alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's full stop),
  *settled* (new here) Canara Bank's "towards <way> to <payee>.", Karnataka Grameena Bank's "for <way> transfer to
  <payee>.", the Bidar District Central Co-operative Bank's "via <way>. Bene: <payee>." (the name after Bene:) and
  HDFC Bank's UPI "To <payee>" line, and the failed and pending transfers' "to <payee> on <day>" (heldout222), never
  the bank or the sender id; the e-mail alert's Beneficiary name (heldout239) / Transferred to (heldout243) / Paid
  to beneficiary (heldout234), printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the status or
  under it, above the payee block or under it (heldout239), with the status between the payee block and the sum
  (heldout243) or *settled* (new here) with the payee block between the status and the sum. *settled* (heldout152,
  heldout186, heldout190, heldout202 to heldout243): a payer's advice counts its net sum, Net amount paid
  (heldout243) / Amount remitted (net) (heldout240) / Net payable released (heldout233), Amount withheld
  (heldout239) on the hold and Amount bounced back (heldout240) / Returned amount (heldout231) on the return (the
  bills less TDS u/s 194Q @ 0.1% (heldout235) or *settled* (new here) the Corporation's Less: GST-TDS @ 2% (CGST 1%
  + SGST 1%) (as heldout243's TDS under GST @ 2% (IGST), on the bills less their GST @ 5%), and a Less: Breakage in
  transit - n pcs (heldout236), *settled* (new here) a Less: Rejected at QC (inlay lifting) - n pcs (as heldout243's
  Shortage on receipt), a Less: Debit note - rate difference n @ rate (heldout239) or a Less: Early payment discount
  @ 1.5% (heldout232)), printed in the payment block above the bills or under them, never a bill's sum, the Invoice
  value total (heldout226) / Gross amount of bills (heldout218), or a cut. *settled* (heldout155, heldout167,
  heldout179, heldout190, heldout203 to heldout243): an inward wire's foreign sum, Inward amount (FCY) (heldout231)
  / Foreign currency amount (heldout239) / *settled* (new here) Instructed amount (field 33B), in *settled* (new
  here) Kuwaiti dinars (KWD or KD before the sum, three decimals: KD 3,804.990 is 3804.99, as heldout242's Omani
  rials), Qatari riyals (QAR or QR before the sum or QAR after it, heldout242), pounds and US dollars
  (heldout152's), euros heldout152's way or *settled* (new here) the French way (spaces between the thousands and a
  decimal comma: 8 250,00 EUR is 8250.00, as heldout243's kronor), *settled* (new here) Canadian dollars (CAD, C$)
  and Australian dollars (AUD, A$), and yen (*settled* (new here) whole, JPY or the yen sign before the sum: JPY
  3,070,000 is 3070000.00, as heldout202's), never the INR equivalent (heldout239, as heldout226's Converted amount
  (INR)), the Less: Commission and GST (heldout241) or the Net INR credited (heldout239); its Exchange rate applied
  (1 JPY = 0.6044 INR) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout243): a
  receipt counts the sum received even where it is part of the order, Cash received (heldout242) / Received in cash
  (heldout242) / UPI amount received (heldout237) / Amount received via UPI (heldout229) / Paid by card (swipe)
  (heldout230) / Card amount (heldout237) / Amount of cheque (heldout242) / Cheque received for (heldout242) /
  *settled* (new here) Received through UPI (QR) / Advance amount received / Token advance received, with the sum in
  words under it, never the Bill total (heldout239) / Order value (heldout242) / *settled* (new here) Total payable
  (incl. GST) where less was received, the goods' line, the *settled* (new here) Less: Festive discount @ 10% (as
  heldout243's Less: Discount @ 5%), the CGST and SGST (@ 2.5% or @ 9%) or the IGST @ 5% (the Panaji buyer's) or the
  Balance payable on dispatch (heldout237) / Balance due (heldout235); the karkhana's sale of zinc dross (the kilos
  x rate with CGST and SGST @ 9% and an Add: TCS u/s 206C(1) @ 1% on the bill with its GST) counts its Total payable
  (incl. GST) with the TCS, received in full (heldout243's MS tube offcuts, the TCS collected being part of what the
  buyer paid). *settled* (heldout187, heldout191, heldout202 to heldout243): a supplier's invoice counts the sum
  paid, where an advance is taken off (here Less: Advance received against PO (heldout239)) the Balance paid by NEFT
  / RTGS (heldout241), where the buyer's TDS is taken off (*settled* (new here) Less: TDS @ 0.1% u/s 194Q (by
  buyer)) the Net received by NEFT / RTGS (heldout242), else Amount received by NEFT / RTGS (heldout234) / Paid
  through NEFT / RTGS (heldout242), *settled* (new here) Amount credited via UPI / Settled by UPI (the rounded
  Invoice value with GST), or the Cheque for (heldout242) / Paid by cheque (heldout233), never the Taxable value, a
  line or the GST (silver wire and sheet at 3%, ingots, cathode and chemicals at 18%, boxes at 5%). A banking page's
  Transfer amount (heldout242) / Amount / Txn amount (INR) (heldout237), never the Balance after transfer
  (heldout115, as heldout243's Available balance after txn). *settled* (heldout167, heldout202 to heldout243): a
  wage slip's net sum, Net wages paid (heldout237) / Net amount paid (heldout237) / Net kooli paid (heldout231) /
  *settled* (new here) Net ujrat paid / Amount paid to caster / Amount handed to karigar / Amount paid to engraver
  (the pieces or dozens x rate, plus *settled* (new here) Add: Furnace shift allowance / Add: Friday work, less
  *settled* (new here) Less: Silver wire short returned - n g @ rate (the silver the inlayer did not bring back, at
  its rate a gram) / Less: Pieces spoiled - n @ rate (as heldout243's Pieces rejected at QC) / Less: Udhaar
  (advance) recovered (as heldout243's Kharchi (advance) recovered)), never the *settled* (new here) Gross ujrat /
  Total ujrat, the line or a deduction; RazorpayX's and a screen's sum large. *settled* (new here): the Council's
  property tax Total paid / Net tax paid (the Property tax for the year, the Library cess @ 6%, the Health cess @
  15% and the Solid waste management cess, less the Rebate @ 5% (paid in April) where printed), never a head or the
  rebate; the Pollution Control Board's Total fee / Fee paid (the Consent for operation fee (water and air) and an
  Application processing fee), never a head; EPCH's Total amount / Amount received (the Annual subscription and the
  GST @ 18%), never the subscription or the GST; the Department of Factories' Amount / Fee amount (the Licence
  renewal fee); KIADB's Amount due / Total payable on the failed page (the Maintenance charges for the year and the
  Water charges for the quarter), never a head; Legal Metrology's Total fee / Verification fee paid (the precision
  balances' and the platform scale's fees), never one fee; the Commercial Taxes Department's Total amount / Amount
  remitted (the PT on salaries (RC) for the month before and, in April, the Professional tax - enrolment (EC) for
  the year), never a head; the Labour Welfare Board's Total contribution / Contribution paid (the Employees' share @
  Rs 50 and the Employer's share @ Rs 100 x the employees on roll), never a share or its rate. *settled*
  (heldout199, heldout202 to heldout243): an insurer's premium with its GST, Total premium received (heldout242) /
  Premium paid (incl. GST) (heldout242) / Amount received, the Cheque for (heldout242) / Amount of cheque
  (heldout242) on the cheque not yet cleared, Premium due (heldout239) / Amount to be paid (heldout238) on the
  failed one, never the Net premium (heldout241, as heldout239's Premium before tax), an add-on or the GST / IGST @
  18%, nor the OD premium or the Third party premium (heldout239), nor the IDV (heldout235), the Members covered (Rs
  3,00,000 each) (heldout240), the Limit of indemnity (any one accident) (heldout239) or *settled* (new here) the
  Sum insured - building, furnace and metal stock, the Sum insured - bidriware stock in emporium, the Estimated
  annual export turnover, the Limit per consignment or the Declared annual wages (as heldout243's Sum insured and
  Estimated annual wages). A slip's TXN AMT: / TOTAL: / AMT INR: / NET AMT: / SALE AMOUNT: (heldout234 to
  heldout243), AMOUNT: (heldout242) / AMT: (heldout239), TOTAL AMOUNT: (heldout226), SALE AMT: (heldout242) or TXN
  AMOUNT: (heldout230), printed above the card or under the references, never the PRICE/LTR: (heldout191) or the
  VOLUME(L): (heldout238) (as heldout243's RATE(RS/L): and QTY(L):) or the XTRAREWARDS PTS: (heldout242). A Bharat
  Connect page's sum large, never *settled* (new here) the Payable with late fee (as heldout243's Payable after due
  date); GESCOM's Amount paid / Amount collected (the Bill amount above it is the same sum). An alert's sum debited
  (*settled* (new here) Canara Bank's "An amount of INR x has been DEBITED", Karnataka Grameena Bank's "Rs.x
  debited", the Bidar District Central Co-operative Bank's "debited Rs x", HDFC Bank's UPI "Sent Rs.x", the failed
  and pending transfers' "Your <way> transfer of Rs.x"; the e-mail's Transaction amount (heldout242) / Amount
  transferred (heldout239)), never the Total Avail.bal INR (heldout237), the *settled* (new here) Bal Rs. or Avl bal
  Rs line, or the e-mail's Available balance (heldout242). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment complete - the shop has been paid, Paid -
  merchant notified and Successful - amount credited to merchant successes, Awaiting bank confirmation - do not
  retry yet pending, Failed - wrong UPI PIN, no money was taken failed; a payment page's Payment successful - order
  placed, Paid - we will pack and ship in 2 days and Payment captured - invoice sent to your e-mail successes.
  *settled* (new here): a payer's Status: Remitted - credited to your account / Paid - amount sent to your bank
  successes, Held - awaiting quality check report from the store pending (a payer's hold, as heldout198's to
  heldout243's), Rejected by bank - IFSC and account number do not match failed, printed under the heading or at the
  end of the payment block. *settled* (new here): an inward advice's Funds credited - IRM reported on EDPMS /
  Status: Remittance realised and credited successes, On hold - remitter's KYC awaited from correspondent bank
  pending, Sent back to remitting bank - account name does not match failed, printed under the heading or at the
  foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout243): a cheque received and not yet
  cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - GOODS ON REALISATION ONLY and
  CHEQUE DEPOSITED - RECEIPT GOOD ONLY ON REALISATION pending, CHEQUE RETURNED - ACCOUNT CLOSED, MEMO CANCELLED and
  CHEQUE BOUNCED - PAYMENT STOPPED, PLEASE PAY AGAIN failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes,
  as are PAID BY NEFT / RTGS / UPI (heldout226) and *settled* (new here) PAID - PACKED WITH GI CERTIFICATE, PAID -
  CASTINGS COUNTED AND HANDED OVER, PAID - DROSS WEIGHED AND LIFTED BY BUYER, ADVANCE RECEIVED - MEMENTOS IN
  PRODUCTION (as heldout222's ADVANCE RECEIVED - ORDER BOOKED), PAYMENT RECEIVED - PARCEL GOES BY SPEED POST, FULLY
  PAID - THANK YOU, NO DUES - ACCOUNT CLEARED, PAID - ENTERED IN UJRAT REGISTER and PAID - SILVER WEIGHED BACK AND
  TALLIED. *settled* (new here): a banking page's Done - credit confirmed by the beneficiary's bank / Status:
  Successful - UTR issued successes, Awaiting checker - not yet released to the bank pending (keyed, not yet
  authorised, as heldout191's to heldout243's), Rejected by beneficiary bank - invalid account, refunded to debit
  account failed (whatever the refund), printed under the heading or at the foot; RazorpayX's Processed - money
  credited to the contact / Status: processed (UTR received) successes, Queued - add funds to the RazorpayX balance
  to release pending (not yet sent, as heldout239's Queued), Reversed - beneficiary bank rejected the payout failed
  (the payout undone, whatever the reversal); a transfer screen's Money sent - payment done / Sent - receiver's bank
  confirmed / Paid - transfer complete successes; a fee page's *settled* (new here) Payment realised - e-receipt can
  be printed, Fee accepted - acknowledgement generated, Paid - remitted to Khajane-II and Amount received - challan
  realised successes, the Department of Factories' Awaiting Khajane-II confirmation - receipt will follow pending (a
  challan not yet confirmed by the treasury, as heldout243's IFMS), KIADB's Payment not completed - bank declined,
  dues still outstanding failed, printed under the authority's line or at the foot; an insurer's *settled* (new
  here) Premium received - cover in force / Payment successful - policy copy e-mailed successes, CHEQUE RECEIVED -
  COVER ONLY AFTER CLEARANCE pending (as heldout243's cover subject to realisation), Transaction failed - premium
  not received, policy not issued failed, printed under the heading or under the sum; a slip's APPROVED successes
  (heldout210), as are *settled* (new here) APPROVED - THANK YOU FOR SHOPPING and SALE COMPLETED - PIN OK, DECLINED
  (51) - NOT SUFFICIENT FUNDS failed (as heldout233's DECLINED - 55 INCORRECT PIN), *settled* (new here) TIMED OUT -
  CHECK WITH ISSUER BEFORE RETRY pending (as heldout243's NO RESPONSE FROM ISSUER); a Bharat Connect page's
  *settled* (new here) Bill paid - biller has updated your account / Paid - biller has acknowledged successes,
  Biller yet to confirm - please do not pay again pending, Payment failed - refund will reach your account in 5
  working days failed (the payment failed, whatever the refund), GESCOM's *settled* (new here) Payment received - RR
  account updated / Receipt generated - thank you for paying online successes (printed at the foot); *settled* (new
  here) an SMS that says the transfer "could not be completed; amount reversed to your A/c." failed (whatever the
  reversal), one that "is under process at the beneficiary bank; please do not repeat it." pending, a debit alert a
  success, whatever its bank's wording ("An amount of INR x has been DEBITED to your account XXX1234 on <day>
  towards <way> to <payee>.", "Rs.x debited from your A/c XX1234 on <day> for <way> transfer to <payee>.", "BDCCB:
  SB/CA ..1234 debited Rs x on <day> via <way>. Bene: <payee>.", HDFC Bank's "Sent Rs.x From HDFC Bank A/C *1234 To
  <payee> On <day> Ref <ref>"); the e-mail's *settled* (new here) Transaction status: Debit successful - funds
  transferred / Status: Amount debited - funds sent successes.
* date: the day paid (a UPI screen's Transaction date (heldout243) / Completed on (heldout242) / Done on
  (heldout239), Payment completed at (heldout239), Attempted at (heldout242) / *settled* (new here) Started at on
  one not yet paid or failed, printed first under the rule or after the references, a payment page's Paid on /
  Transaction time (heldout242) / *settled* (new here) Payment captured at, printed under the status or at the foot,
  a payer's Payment date / Remitted on (heldout241) / Date of credit (heldout239), the held one's Held on
  (heldout235) / Advice dated (heldout242) and the returned one's Rejected on (heldout241) / Date of rejection
  (heldout233), an inward advice's Credit date (heldout242) / Date of credit / *settled* (new here) Value date
  (field 32A) (its 32A field's day, the credit's), Date received (heldout228) / Held since (heldout242) on the held
  one and Date of return (heldout237) / Returned to remitter on (heldout237) on the returned one, printed first or
  after the sums (in capitals on some), a receipt's, invoice's or wage slip's Bill date (heldout242) / Date of sale
  / Dated (heldout243) / Dt. / Memo date (heldout242) / Invoice date, *settled* (new here) Ujrat date, or the Dt. /
  Dated beside the number on one row (heldout242), the accounts desk's Received on / Payment date / Dated, printed
  above the number or under it, a banking page's Executed on (heldout241) / Transfer date (heldout239) / Debit date
  (heldout239), Created on (heldout241) / Submitted on (heldout240) on the one awaiting its checker and Rejected on
  / Refunded on (heldout242) on the returned one, printed under the heading or at the foot, RazorpayX's Processed at
  (heldout240) / Credited on, Queued at / Created at (heldout239) on the one queued and Reversed at (heldout240) /
  Failed at (heldout239) on the reversed one, a transfer screen's Completed on / Transaction time, a fee page's
  Payment date / Paid on / Date of remittance (heldout235) / Challan date (heldout241), KIADB's Attempted on / Date
  of attempt (heldout241) on the failed one and the Department of Factories' Submitted on / Challan generated on
  (heldout241) on the page not yet confirmed, an insurer's Date of receipt / Premium paid on (heldout239) / Payment
  date, Cheque received on (heldout242) / Date of receipt on the cheque not yet cleared and Attempted on /
  Transaction date on the failed one, a slip's DATE: / DT: (heldout239) / DATE & TIME: (heldout241) (with TIME: /
  TM:), printed at the top or under the sum, a Bharat Connect page's Paid on / Payment date & time (heldout243) /
  Bill paid on (heldout139) / Date & time (the latter alone on a bill not paid, heldout235), GESCOM's Payment date /
  Date of payment, the SMS's day, the e-mail alert's Value date / Transaction date / Date of debit (heldout241)).
  *settled*: never a Bill month (heldout167), a Due date, a Cheque date (heldout198) / Cheque dated (heldout243) /
  *settled* (new here) Date on cheque, a Policy period (heldout231) or a Cover from (heldout236) / Period of
  insurance from (heldout240), an invoice number's or a slip number's financial year or an e-mail's hour; never an
  AWB date (*settled* (new here), as heldout167's Shipping bill date) or the day inside a UTR (heldout210); never a
  Bharat Connect page's Billing cycle (heldout49, as heldout243's Bill period), GESCOM's Bill generated on
  (heldout140, as heldout243's Bill issue date), or the year of a head (Property tax 2026-27, Maintenance charges
  2026-27), of a renewal (Membership renewal 2026-27), of a contribution (Annual contribution 2026) or the month of
  a PT head (PT on salaries (RC) - <month>).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, RazorpayX's IMPS (as heldout243's PayU's), a Bharat Connect bill from a Current A/c (here in Canara ai1), a
  payment page's net banking, a fee, a premium or GESCOM paid by Net banking, an e-mail alert's Channel, an SMS's
  NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an invoice's, RazorpayX's, a
  fee's, a premium's or a bill's UPI and HDFC Bank's UPI alert; card on slips, a payment page's card, a receipt's
  Card, a fee, a premium or GESCOM paid by Debit card; cheque for a cheque received, deposited or returned and a
  premium paid by Cheque; cash for a cash memo, receipt or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout243): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI transaction ID (heldout242), RRN No.
  (heldout242), Bank reference ID (heldout239) on Amazon Pay, UPI Reference No. (heldout242), UPI ref ID
  (heldout239) on a UPI screen, Instamojo's *settled* (new here) Bank RRN (UPI) and Easebuzz's UPI UTR (heldout235)
  on a UPI payment, a payer's NEFT UTR No. (heldout239) / *settled* (new here) UTR (NEFT) / UTR (RTGS) / RTGS ref.
  No. / IMPS RRN (heldout242), a receipt's UPI txn ref. (heldout242) / UPI RRN No. (heldout242) / UTR No. (NEFT)
  (heldout243) / NEFT ref. (heldout236), a supplier's UTR ref. (heldout242) / Bank UTR (heldout242), a banking
  page's UTR No. / *settled* (new here) NEFT/RTGS UTR No., RazorpayX's UTR / *settled* (new here) UTR (bank), a
  premium's UPI RRN, a slip's RRN NO.: (heldout168) / RRN: / REF: (heldout242), an SMS's UTR: / IMPS RRN: / HDFC
  Bank's Ref), then a bank reference (an inward advice's IRM No. (heldout242) / Inward ref. No. (heldout242) / Bank
  reference (heldout242), printed above the payee or under it, a banking page's Core banking ref. (heldout239) /
  *settled* (new here) Reference No. (bank), Instamojo's Bank txn No. (heldout232) and Easebuzz's *settled* (new
  here) Bank ref. ID on net banking, a fee page's Bank ref. No. / Bank reference No., an insurer's Bank transaction
  ref. (heldout240), a Bharat Connect page's Bharat Connect ref. No. (heldout242) / *settled* (new here) BBPS ref.
  ID / BBPS txn ID (heldout152)), then a transaction / payment id (Instamojo's *settled* (new here) Instamojo
  payment ID and Easebuzz's Easebuzz txn ID (heldout189), the UPI apps' own Google transaction ID, *settled* (new
  here) ai1 txn ref., Amazon Pay txn ID (heldout239), *settled* (new here) YONO ref. No., super.money txn ID
  (heldout230) and WhatsApp payment ID (heldout105) (the app's own id, whatever its name, heldout235), RazorpayX's
  Payout ID (heldout241), a fee page's Payment ID / Transaction No. / Transaction ref. / OCMMS txn ID (heldout240) /
  *settled* (new here) Challan reference No. / Khajane-II challan ref. / CTD transaction ID (as heldout243's
  e-Challan ref. No.), an insurer's Online payment ID (heldout239) / Transaction ref. No. (heldout243), GESCOM's
  Transaction No., a failed Bharat Connect page's Transaction ID), then an approval code (Auth ID (heldout242) /
  Approval No. (heldout243), Easebuzz's Card auth code (heldout12), a slip's APPR CODE: (heldout240) / AUTH NO:
  (heldout242) / AUTH: (heldout222)), then an order's number (Instamojo's *settled* (new here) Instamojo order ID
  and Easebuzz's Merchant txn ID (heldout234), RazorpayX's Reference ID (heldout241, the company's own id for the
  payout)), then a document's own number (a payer's Payment advice No. (heldout241) / Voucher ref. (heldout238) /
  Remittance No. (heldout239), a receipt's Tax invoice No. (heldout239) / Cash memo No. (heldout239) / Sale memo No.
  (heldout240) / *settled* (new here) Receipt serial No. / Scrap memo No. / Payment receipt No. (heldout219) /
  Acknowledgement No. (heldout242), an invoice's Invoice No. / Bill No. / Tax invoice No., *settled* (new here)
  Ujrat slip No. / Slip serial No. on a wage slip, a fee page's Receipt No., an insurer's Receipt No. / *settled*
  (new here) Premium receipt ref., GESCOM's Receipt No., a slip's INVOICE NO: (heldout241) / BILL NO: (heldout241) /
  INV: (heldout239)). *settled*: never a UETR, a MID: / TID: (heldout242), BATCH: (heldout242), TRACE NO:
  (heldout239) (as heldout202's STAN:), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a
  cheque number, a Purpose code, an Export invoice No. (heldout243), an AWB No. (heldout230) or a Consignment note
  No. (heldout224, as heldout235's LR No.), an E-way bill No., a Vehicle No. (heldout205) (so never a Registration
  No. on an insurer's page or a slip's VEHICLE NO:), a Buyer's PO (heldout237, as heldout239's PO ref.), a Supplier
  code (heldout241), a Purchase order (heldout242), a Goods inward No. (heldout240), *settled* (new here) a
  Procurement order No. or a Stock entry No., a Sender's TRN (field 20) (*settled* (new here), as heldout243's
  Sender's ref. (field 20)), the Maker / Checker (heldout243), the Login ID (heldout242), a Beneficiary nickname
  (heldout241), a Contact ID (heldout241), a Pehchan card No. (*settled* (new here), as heldout243's Token No.), a
  PID No. (heldout236), a Plot No., a Factory licence No. (heldout242), a Consent order No. (heldout242), a
  *settled* (new here) Membership code or an RCMC No. (heldout243), a *settled* (new here) PT enrolment No. (EC) or
  PT registration No. (RC), a Registration No. on the Welfare Board's page, a Policy No. / Proposal No. / Quote ref.
  (heldout228), a consumer number (here RR No., Telephone No., Mobile No., Subscriber ID, Consumer No.), or a slip's
  GRC NO: (*settled* (new here), as heldout243's FOLIO NO:) / ROOM: (heldout239) / TABLE NO: (heldout239) / CAPTAIN:
  (heldout130) / CUST MOB: (heldout239) / NOZZLE NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout244_families import (
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

SPLIT = "heldout244"

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


def make_heldout244_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout244 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout247: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Kaithoon Kota doria saree weavers' house's day in 2026 in Kota district,
Rajasthan (Rahmani Kota Doria Weavers Pvt Ltd, its pit loom shed in Bunkar Mohalla, Kaithoon, Rahmani Pit Loom
Karkhana, where the cotton and silk warps are laid out on the street, sized with rice paste and onion juice
and woven on throw-shuttle pit looms into the khat-checked doria with zari borders and butis, its dye shed
beside it, its zari and yarn store in Sadar Bazar, Kaithoon, Rahmani Zari & Yarn Store, which sells cotton and
silk yarn by the kilo and zari and kasab by the reel to the weavers of Kaithoon and the villages around, its
pirn winders working at home in Kaithoon, Siswali and Mangrol, and its Kota city showroom on Gumanpura Main
Road, Rahmani Doria Emporium, where the families, the brides, the boutiques and the tourists buy), told by the
proofs of payment it receives (buyers', brides' families' and boutiques' UPI screens and the web shop's
Razorpay and Instamojo pages, a Jaipur, a Kolkata, a Bengaluru, a Chennai, a Lucknow, a Hyderabad and a Mumbai
saree house's and the Central Cottage Industries Corporation's payment advices, saree importers' inward wires
from Dubai, London, Toronto, New Jersey, Sydney, Kyoto, Durban and Paris in dirhams, pounds, Canadian dollars,
US dollars, Australian dollars, yen, rand and euros, the showroom's sale bills to a Talwandi housewife, a
Vigyan Nagar family's wedding order and a Jaipur doctor, the store's cash memos for cotton yarn sold by the
kilo to a Kaithoon weaver and zari sold by the reel to a Siswali weaver, the loom shed's receipt for yarn
waste sold by the kilo to a Panipat recycler, the accounts desk's acknowledgements of a Pune boutique's
advance and a Bengaluru buyer's saree, cards on the showroom's, the company's and the store's terminals) and
those it makes (the Bhilwara spinning mill's, the Ramanagara silk twister's, the Surat zari maker's, the Vatva
dye house's and the Sanganer box maker's tax invoices, the net-banking transfers to the transporter, the yarn
dyer, the showroom's landlord, the security agency, the loom mistri, the catalogue photographer, the solar
installer and the courier, the weavers', pirn winders' and warpers' wage slips, RazorpayX payouts to a pirn
winder and a dyer and a Google Pay and a YONO SBI payment to a pirn winder and a weaver, Nagar Palika
Kaithoon's urban development tax, the Rajasthan State Pollution Control Board's consent fee for the dye shed,
the Handloom Export Promotion Council's membership renewal, the Labour Department's renewal of the showroom's
registration under the Shops Act, the Kota Development Authority's urban assessment on the showroom plot,
Legal Metrology's verification of the store's scales and balances through e-GRAS, EPFO's monthly ECR payment
and the Textiles Committee's India Handloom Brand registration, the insurers' premium receipts for the loom
shed, looms and yarn stock, the showroom's sarees, the export cargo, the staff's health, the wage cash carried
to the weavers, the workers' compensation, the Bolero Pik-Up and the zari and yarn store, its card at a
filling station on Jhalawar Road, a Jaipur hotel in the handloom expo week, a Chhawani computer shop and a
Nayapura kachori house, KEDL's and JVVNL's power and the fibre, postpaid, DTH, water and cooking gas bills,
the banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, Amazon Pay, YONO SBI, Paytm, CRED, PhonePe) paying the
  showroom or the company, the status, the sum and the payee block in one of four orders (the payee, the
  status and the sum; the status, the payee and the sum; the sum, the payee and the status; the status, the
  sum and the payee) and the day first under the rule or after the references, and two of the web shop's
  payment pages (Razorpay, Instamojo), the sum large or in a Total paid / Amount received row, above the
  status or under it, the day under them, after the buyer or at the foot.
* ``buyer_advices``: the saree houses' and the Corporation's PAYMENT ADVICE TO SUPPLIER - HANDLOOM PURCHASES /
  Advice of payment to supplier / SUPPLIER REMITTANCE DETAILS (e-mail, printed, supplier portal), the status
  under the heading or at the end of the payment block, the payee at the head of the body or of the payment
  block, the bills above the payment block or under it; the bills with their GST, the TDS on the value before
  it.
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - INWARD FOREIGN REMITTANCE / Inward
  remittance - export realisation advice / Advice of inward remittance (e-FIRA); browser, e-mail, printed),
  the status under the heading or at the foot, the day first or after the references, the remitter's block
  above the beneficiary's or under it; yen without decimals and their rate per 100 yen, rand with spaces
  between the thousands on some, euros the French way (28 976,12 EUR) on some; the rupee lines only on the
  credited ones, the rate marked indicative on the held one.
* ``own_receipts``: the showroom's SALE BILL - HANDLOOM SAREES / RETAIL MEMO - KOTA DORIA EMPORIUM, the
  store's CASH MEMO - COTTON YARN (BY WEIGHT) / YARN SALE BILL - KAITHOON STORE / ZARI SALE MEMO - BY THE REEL
  / COUNTER BILL - ZARI AND KASAB, the loom shed's WASTE SALE CHALLAN CUM RECEIPT - YARN WASTE / RECEIPT -
  LOOM WASTE AND PIRN ENDS (BY WEIGHT) (paper, rubber stamp, the munim's signature line), the number and the
  day in either order above the party, and the accounts desk's We have received your payment e-mails (IGST on
  both).
* ``supplier_invoices``: the cotton yarn, silk yarn, zari, dye and box suppliers' TAX INVOICE / TAX INVOICE -
  ORIGINAL (BUYER'S COPY) / TAX INVOICE CUM RECEIPT with the payment block (an advance or the buyer's TDS
  taken off on some) and a rubber stamp (paper, serif), the number and the day on one row (No. ... / Date ...)
  on some, else in either order; a transporter's GR No. or a courier's Docket No.
* ``vendor_transfers``: corporate net banking's pages (yono BUSINESS, ENet, AU Corporate Internet Banking) in
  three orders (the day and the status under the heading; both at the foot; the status under the heading and
  the day at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed WEAVING WAGES - PER SAREE (PIT LOOM) / BUNAI MAZDOORI PARCHI - KOTA DORIA / PIRN
  WINDING WAGES - PER KG (HOME) / NALI BHARAI MAZDOORI - GHAR KAAM / WARPING WAGES - PER TANA / TANA BANAI
  MAZDOORI SLIP, the payee first; RazorpayX's payout pages, the payee above the sum and the status or under
  them; a Google Pay and a YONO SBI screen.
* ``govt_fees``: Nagar Palika Kaithoon's UD tax page, the Rajasthan State Pollution Control Board's consent
  fee (Raj Nivesh), the Handloom Export Promotion Council's membership renewal, the Labour Department's Shops
  Act renewal, the Kota Development Authority's urban assessment, Legal Metrology's verification fee (e-GRAS),
  EPFO's ECR payment and the Textiles Committee's India Handloom Brand registration (browser), the status
  under the authority's line or at the foot.
* ``insurer_receipts``: insurers' PREMIUM PAYMENT RECEIPT / Receipt for premium received / PREMIUM
  ACKNOWLEDGEMENT (Premium payment - not completed / PREMIUM TRANSACTION STATUS on the failed one; browser,
  e-mail, printed at the branch), the status under the heading or under the sum.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE: and TIME:, DT:
  and TM: or DATE & TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in YONO SBI and other apps (Google Pay, Amazon Pay, PhonePe, CRED), the
  sum above the status or under it, the biller's line stacked where it would not fit, and KEDL's own online
  payment receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (State Bank of India's UPI, Canara Bank,
  Rajasthan Gramin Bank, Hadoti Nagrik Sahakari Bank) in a messages app and two e-mail debit alerts (HDFC
  Bank, Bank of Baroda), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout243's and heldout242's.

Truth conventions (heldout243's, heldout242's, heldout239's, heldout235's, heldout234's, heldout231's,
heldout227's, heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's,
heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's,
heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), Payment made to (heldout236) / Amount sent to (heldout225) / Credited to / Transferred to
  merchant (heldout243), *settled* (new here) Money paid to / Paid to the shop / Received by (merchant) /
  Payee shop, and Sending to (heldout239) / Paying / Sending money to (heldout243) / *settled* (new here)
  Paying to shop / Sending payment to on one not yet paid or failed (here the showroom, Rahmani Doria Emporium
  / RAHMANI DORIA EMPORIUM, the company's capitals, RAHMANI KOTA DORIA WEAVERS PVT LTD, or its short name,
  Rahmani Doria, as printed), whether the payee block stands above the sum, under it, under the status,
  between the status and the sum (heldout243) or *settled* (new here) on top of both, never the UPI ID or the
  app, nor the Beneficiary name as per bank / KYC name line (heldout239), Verified name (heldout237), Name
  registered with bank (heldout243) or *settled* (new here) the Banking name / Name at bank line under the UPI
  ID, nor the payer under Paid by / Sender (heldout239), Sent by (heldout243) or *settled* (new here) From; a
  payment page's payee on top (here the showroom, its capitals, the company or its short name), never Paid by
  (heldout206) / Customer name (heldout234) / Customer / Payer name / Billed to / Order for / Description
  (heldout239), Buyer name (heldout227), Ordered by / Item / Purchase (heldout243), *settled* (new here) Order
  placed by / Contact / Order items / Products, or the gateway's footer (*settled* (new here) Razorpay -
  secure payments | Razorpay Software Pvt Ltd, Powered by Instamojo | Instamojo Technologies Pvt Ltd).
  *settled* (heldout167, heldout190, heldout202 to heldout243): a payer's payment advice pays the one it pays,
  never the payer on top; here a saree house's or the Central Cottage Industries Corporation's advice pays the
  company under Vendor name (heldout235) / Remitted to (heldout235) / Amount credited to vendor (heldout243),
  *settled* (new here) Supplier name / Payment in favour of / Beneficiary (supplier) / Amount paid to /
  Credited to supplier (its full, capital or short name as printed), printed at the head of the body or at the
  head of the payment block, above the bills or under them, never the payer on top (the saree houses, the
  Corporation), its desk line, the *settled* (new here) Supplier code (as heldout210's Vendor code), Our PO
  No. / Purchase order No. (as heldout239's PO No.), Goods receipt ref. (as heldout235's GRN No.) or Store
  receipt No. (as heldout243's CRV No.), or the *settled* (new here) Supplier bank A/c (as heldout243's Vendor
  bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout243): a bank's inward
  remittance advice pays the company under Credited to (exporter) (heldout233) / Beneficiary customer
  (heldout239) / Beneficiary (field 59) (heldout243), *settled* (new here) Account credited (exporter) /
  Exporter / beneficiary / In favour of (beneficiary) / Beneficiary customer (field 59), never the bank on
  top, its forex desk line, the remitter (*settled* (new here) Applicant (field 50K) / Remitter name and
  address, the importer abroad, as heldout243's Ordering customer (field 50)), the *settled* (new here)
  Remitter's bank (field 52A) / Sender's bank (as heldout243's Remitting bank) or the Intermediary (field 56A)
  (as heldout243's Intermediary bank (field 56)), printed above the beneficiary or under it. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout243): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the showroom's bills pay Rahmani Doria Emporium,
  the store's memos Rahmani Zari & Yarn Store and the loom shed's receipts Rahmani Pit Loom Karkhana (capitals
  where so printed), and a receipt with the company on top the company, never the "A unit of" company line
  under it (heldout190), the party under Customer (heldout235) or *settled* (new here) Purchaser / Bought by,
  printed after the number and the day, the goods' line, the signature line (*settled* (new here) For <unit> -
  Munim / Authorised signatory, also where the company is on top, as heldout243's For <unit> - Accountant) or
  the rubber stamp (*settled* (new here) RAHMANI PIT LOOMS, RAHMANI ZARI & YARN); *settled* (new here) the
  loom shed's receipt for yarn waste sold by the kilo to a Panipat recycler alike (the shed or the company on
  top, never the buyer, as heldout243's MS tube offcuts); the accounts desk's e-mail pays the company on top
  (its full, capital or short name as printed, heldout219). A supplier's name on top of its own paper
  (capitals where so printed), never M/s the company under Details of receiver (billed to) / Receiver / Bill
  to (heldout243) or *settled* (new here) Sold to (buyer) / Recipient's name / Customer (billed), nor the shed
  or the store under Details of consignee (shipped to) (heldout243) or *settled* (new here) Ship to
  (consignee) / Delivery at, nor the transporter or the courier under Dispatch through (heldout243) or
  *settled* (new here) Transport / Courier. *settled* (heldout179, heldout202, heldout203, heldout207 to
  heldout243): a corporate banking page pays the payee under Payee name (heldout237) / Credit to (heldout237)
  / Beneficiary (registered name) / To account of (heldout243), *settled* (new here) Beneficiary (as per list)
  / Transfer to / Beneficiary account name / Creditor name, printed under the references or above them, never
  the portal (yono BUSINESS, ENet, AU Corporate Internet Banking), the bank line, *settled* (new here) the
  From account (as heldout243's Payer account), the Corporate user (as heldout243's User ID) or the Nickname
  (as heldout234's Beneficiary short name). *settled* (heldout150, heldout161, heldout179, heldout203 to
  heldout243): a wage slip pays the worker, *settled* (new here) a weaver under Weaver's name / Bunai paid to
  (weaver), a pirn winder under Winder's name / Mazdoori paid to (nali bharai) and a warper under Warper's
  name / Wages paid to (tana maker), printed first under the heading, never the company on top, the shed's or
  the store's line under it, the *settled* (new here) Kaam (work) (as heldout243's Work), Mohalla / gaon (as
  heldout243's Mohalla / basti) or Bunkar card No. (as heldout243's Token No.); *settled* (new here)
  RazorpayX's payout page the Contact name / Payout to (as heldout243's PayU's Payee name), printed above the
  sum and the status or under them, never RazorpayX Payouts on top, the Current account - <company> line under
  it (as heldout243's Payout account - <company>), the Contact ID (as heldout243's Beneficiary code), the Fund
  account or the Fund account (VPA); a transfer screen the payee under Paid to (heldout235) / Sent to
  (heldout206), above the sum or under the status. *settled* (heldout153, heldout167, heldout182, heldout202
  to heldout243): a fee page pays the authority on top as printed, *settled* (new here for Rajasthan) Nagar
  Palika Kaithoon / NAGAR PALIKA, KAITHOON; Rajasthan State Pollution Control Board / RAJASTHAN STATE
  POLLUTION CONTROL BOARD; Handloom Export Promotion Council / HANDLOOM EXPORT PROMOTION COUNCIL (as
  heldout243's EEPC India); Labour Department, Rajasthan / Labour Department, Government of Rajasthan; Kota
  Development Authority / KOTA DEVELOPMENT AUTHORITY; Legal Metrology, Rajasthan / Controller, Legal
  Metrology, Rajasthan; Employees' Provident Fund Organisation / EPFO; Textiles Committee / TEXTILES
  COMMITTEE; never the line under it (Local Self Government Department, Rajasthan, Rajasthan Single Window
  Clearance (Raj Nivesh), Set up by the Ministry of Textiles, Government of India, Rajasthan Shops and
  Commercial Establishments Act, Urban assessment (lease money), Department of Consumer Affairs, Government of
  Rajasthan, Ministry of Labour & Employment, Government of India or Ministry of Textiles, Government of
  India), nor the Name of owner (heldout235) or *settled* (new here) Name of assessee, the Name of industry
  (heldout235) or *settled* (new here) Name of unit, the Member firm (heldout243) or *settled* (new here)
  Member exporter, the Name of premises (heldout233) or *settled* (new here) Name of establishment, the
  Allottee (heldout237) or *settled* (new here) Lessee, the Name of user (heldout238) or *settled* (new here)
  Trader's name, or the *settled* (new here) Establishment name or Registered producer. *settled* (heldout199,
  heldout202 to heldout243): an insurer's premium receipt pays the insurer on top (its full name, capitals
  where so printed; *settled* (new here) United India Insurance Co. Ltd's, National Insurance Co. Ltd's, Tata
  AIG General Insurance Co. Ltd's, Star Health and Allied Insurance Co. Ltd's, Bajaj General Insurance Ltd's,
  Liberty General Insurance Ltd's, HDFC ERGO General Insurance Co. Ltd's and Cholamandalam MS General
  Insurance Co. Ltd's alike), never the product line, the office line or the insured (the company) under
  Insured (heldout239) / Policyholder (heldout237) / Name of the proposer (heldout227) or *settled* (new here)
  Name of insured / Proposer / Insured name. A slip's counter name line in capitals (here the house's own
  counters, RAHMANI DORIA EMPORIUM, RAHMANI ZARI & YARN STORE and RAHMANI DORIA, on four, a filling station on
  Jhalawar Road, a Jaipur hotel, a Chhawani computer shop and a Nayapura kachori house on the rest), never the
  terminal's bank or brand (STATE BANK OF INDIA, BHARAT PETROLEUM, BANK OF BARODA, HDFC BANK, AU SMALL FINANCE
  BANK, PAYTM, ICICI BANK, RAZORPAY POS) or the place line. A Bharat Connect page's biller under Operator
  (heldout223) / Biller name (heldout235) / Paid to biller (heldout239) / Biller (heldout239) (short or long
  as printed: JVVNL / Jaipur Vidyut Vitran Nigam Ltd, Airtel Xstream Fiber / Bharti Airtel Ltd, Jio Postpaid /
  Reliance Jio Infocomm Ltd, Tata Play / Tata Play Ltd, PHED Rajasthan / Public Health Engineering Department,
  Rajasthan, Indane / Indian Oil Corporation Ltd), never the app (here YONO SBI, Google Pay, Amazon Pay,
  PhonePe and CRED), Bharat Connect or the Account holder (heldout237) / Registered name (heldout239) or
  *settled* (new here) the Consumer name / Name as per bill; *settled* (new here) KEDL's own e-receipt page
  the discom on top (KEDL, Kota Electricity Distribution Ltd or its capitals as printed, as heldout243's
  PSPCL), never the "A CESC group company - distribution franchisee of JVVNL" line under it, the Division (as
  heldout243's Sub division) or the Consumer name (as heldout243's Name). An SMS alert's payee as the bank
  sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  State Bank of India's UPI "trf to <payee> Refno <ref>", Canara Bank's "towards <way> to <payee>.", Rajasthan
  Gramin Bank's "by <way>, beneficiary <payee>." and Hadoti Nagrik Sahakari Bank's "via <way> to <payee>.",
  and the failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id;
  the e-mail alert's Beneficiary name (heldout239) / Paid to (heldout206) / *settled* (new here) Transferred
  to, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239), also with the status between the payee
  block and the sum (heldout243), *settled* (new here) also with the payee block between the status and the
  sum or between the sum and the status; a payment page's sum in a Total paid (heldout242) / *settled* (new
  here) Amount received row. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout243): a
  payer's advice counts its net sum, Net paid (heldout237) / Net amount remitted (heldout234) / Amount
  transferred (net) (heldout231), *settled* (new here) Net payable released / Amount remitted (net) / Net
  remittance, Amount on hold (heldout235) or *settled* (new here) Amount parked on the hold and Amount
  returned by bank (heldout225) / Payment returned (heldout234) or *settled* (new here) Amount rejected by
  bank / Remittance returned on the return (the bills with their GST less TDS u/s 194Q @ 0.1% (heldout235) on
  the value before GST or the Corporation's Less: TDS under GST @ 2% (IGST) (heldout243), and *settled* (new
  here) a Less: Weaving defect (rejected) - n pcs, a Less: Colour bleeding - n m returned or a Less: Rate
  difference - n @ rate (as heldout243's Shortage on receipt, Transit damage and Credit note - price support)
  or a Less: Trade discount @ 3% (as heldout243's Prompt payment discount @ 2%)), printed in the payment block
  above the bills or under them, never a bill's sum, the *settled* (new here) Value of bills / Bills total (as
  heldout243's Total of invoices / Gross bill amount), or a cut. *settled* (heldout155, heldout167,
  heldout179, heldout190, heldout203 to heldout243): an inward wire's foreign sum, Remittance amount (FCY)
  (heldout234) / FCY amount (heldout235) / Amount received in FCY (heldout243), *settled* (new here) Inward
  amount (FCY) / FCY amount received / Remittance amount (field 32A), in dirhams (AED before or after the
  sum), pounds and US dollars (heldout152's marks), *settled* (new here) Canadian dollars (CAD, C$),
  Australian dollars (AUD, A$), yen without decimals (JPY 3,513,000 or ¥3,513,000 is 3513000.00), rand (ZAR or
  R, spaces between the thousands on some: ZAR 506 803.14 is 506803.14) and euros the French way on some (28
  976,12 EUR is 28976.12, as heldout243's kronor), never the *settled* (new here) INR equivalent (as
  heldout226's Converted amount (INR)), the Less: Commission and GST (as heldout227's Less: Bank charges and
  GST) or the Net credit (INR) (as heldout238's Amount credited (INR)); its Exchange rate (1 EUR = 100.93 INR;
  *settled* (new here) 100 JPY = 61.38 INR, per 100 yen; indicative on the held one) is no sum, and a wire
  sent back prints no rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout243): a receipt counts the sum received even where it is part of the order, Amount received (cash)
  (heldout235) / Cash collected (heldout228) / Paid via UPI QR (heldout238) / UPI payment received
  (heldout234) / Card payment (heldout235) / Received by card (POS) (heldout243) / Cheque amount (heldout211)
  / Received by cheque (heldout235) / Advance received / Booking amount received (heldout238), *settled* (new
  here) Cash received / Received in cash / Received by UPI (scan and pay) / UPI amount received / Paid by card
  (swipe) / Card amount / Amount of cheque / Cheque received for / Advance against order / Token advance
  received, with the sum in words under it, never the *settled* (new here) Order value (as heldout235's Order
  total) where less was received, the goods' line, the *settled* (new here) Less: Festival discount @ 10% (as
  heldout243's Less: Discount @ 5%), the CGST and SGST @ 2.5% or the IGST @ 5%, the Round off or the *settled*
  (new here) Balance payable at dispatch (as heldout221's Balance due on delivery); *settled* (new here) the
  Bill amount / Net bill (the rounded bill with its GST) is the same sum where the whole bill was paid, and
  the loom shed's sale of yarn waste (the kilos x rate with IGST @ 5% to a Haryana buyer, no TCS) counts its
  Net bill, received in full. *settled* (heldout187, heldout191, heldout202 to heldout243): a supplier's
  invoice counts the sum paid, where an advance is taken off (Less: Advance paid with order (heldout235) or
  *settled* (new here) Less: Advance received on order) the *settled* (new here) Balance paid by NEFT / RTGS,
  where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q deducted by buyer) the *settled*
  (new here) Net received by NEFT / RTGS, else *settled* (new here) Amount received by NEFT / RTGS / Paid by
  NEFT / RTGS - thank you / Received on UPI / UPI payment (the rounded Invoice total with GST), or *settled*
  (new here) the Cheque received for / Received by cheque (as heldout239's Cheque amount), never the Taxable
  value, a line or the GST. A banking page's Amount (INR) (heldout237) / Payment amount (heldout235) / Debit
  amount (heldout235), *settled* (new here) Transfer amount (INR) / Txn amount / Amount debited, never
  *settled* (new here) the Balance after transfer (as heldout243's Available balance after txn). *settled*
  (heldout167, heldout202 to heldout243): a wage slip's net sum, Net wages paid (heldout237) / Net mazdoori
  paid (heldout239) / Net amount paid (heldout237), *settled* (new here) Net bunai paid / Amount paid to
  weaver / Amount handed to winder (the sarees, tanas or kilos x rate, plus *settled* (new here) Add: Zari
  buti extra / Add: Design change allowance, less *settled* (new here) Less: Weaving faults - n @ rate / Less:
  Peshgi (advance) adjusted (as heldout243's Less: Pieces rejected at QC and Less: Kharchi (advance)
  recovered)), never the *settled* (new here) Gross mazdoori (as heldout243's Gross wages), the line or a
  deduction; RazorpayX's and a screen's sum large. *settled* (new here): Nagar Palika Kaithoon's Total paid /
  Amount received (the UD tax for the year, with the Arrears and the Late payment interest where printed),
  never a head; the Pollution Control Board's Total consent fee / Fee paid (the Consent to operate fee (water)
  and (air) and a Processing fee), never a head; the Council's Total remitted / Amount received (the Annual
  subscription and the IGST @ 18%), never the fee or the IGST; the Labour Department's Fee payable / Challan
  amount on the page not yet confirmed (the Registration renewal fee and a Late fee), never a head; the
  Authority's Total payable / Amount due on the failed page (the Urban assessment for the year and the
  Interest on arrears), never a head; Legal Metrology's Verification fee total / Fee paid (the weighing
  scales' and the precision balances' fees), never one fee; EPFO's Total remitted / Challan total (A/c No. 1,
  2, 10 and 21), never one account's; the Textiles Committee's Total amount paid / Amount received (the IHB
  registration fee and the GST @ 18%), never the fee or the GST. *settled* (heldout199, heldout202 to
  heldout243): an insurer's premium with its GST, Premium received (incl. GST) (heldout233) / Total premium
  (heldout239) / Amount paid, *settled* (new here) Total premium paid (incl. GST) / Premium amount received /
  Amount received, the Cheque amount (heldout211) / Cheque deposited for (heldout243) or *settled* (new here)
  Amount of cheque / Cheque received for on the cheque not yet cleared, Amount payable / Premium payable
  (heldout235) or *settled* (new here) Premium due / Amount to be paid on the failed one, never the Basic
  premium (as heldout239's Premium before tax) or *settled* (new here) the Net premium (the premium before
  GST, whatever its name), an add-on or the GST / IGST @ 18%, nor the *settled* (new here) Own damage (OD)
  premium or Third party (TP) premium (as heldout243's OD premium and TP premium (goods carrier)), nor the IDV
  (heldout235) or the *settled* (new here) Sum insured - shed, looms and yarn stock, Sum insured - sarees in
  showroom, Annual turnover (exports) declared, Members covered, Cash limit per carrying, Annual wages
  declared or Sum insured - zari, yarn and fittings (as heldout243's sums insured, turnover, lives, limit and
  wages). A slip's TXN AMT: / TOTAL: / AMT INR: / NET AMT: / SALE AMOUNT: (heldout243), *settled* (new here)
  AMOUNT: / TOTAL AMT: / AMT: / SALE AMT: / AMOUNT RS:, printed above the card or under the references, never
  the *settled* (new here) UNIT PRICE: or the VOLUME(L): (as heldout243's RATE(RS/L): and QTY(L):) or the
  PETRO POINTS: (as heldout243's DRIVETRACK PTS:). A Bharat Connect page's sum large, never *settled* (new
  here) the Amount after due date (as heldout243's Payable after due date); KEDL's Amount paid / Payment
  received (the Amount payable above it is the same sum). An alert's sum debited (*settled* (new here) State
  Bank of India's UPI "debited by x", without a currency mark and with one decimal where the paise end in
  nought (debited by 2350.5 is 2350.50), Canara Bank's "An amount of INR x has been DEBITED", Rajasthan Gramin
  Bank's "debited Rs.x", Hadoti Nagrik Sahakari Bank's "Rs x withdrawn", the failed and pending transfers'
  "Your <way> txn of Rs.x"; the e-mail's *settled* (new here) Debit amount / Transaction amount), never the
  *settled* (new here) Total Avail.bal, the Avl Bal (as heldout243's Avl Bal INR) or the Bal, or the e-mail's
  *settled* (new here) Available balance (as heldout243's Ledger balance). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid - the shop has received the money, Payment
  complete - merchant credited and Completed successes, Awaiting confirmation from the bank - check again
  before paying pending, Declined - incorrect UPI PIN entered failed; a payment page's Payment successful - we
  have e-mailed your receipt, Order placed - payment captured and Paid - your sarees ship in 3 working days
  successes. *settled* (new here): a payer's Status: Remitted - credited to supplier account / Payment
  released to your bank successes, Payment parked - quality check of the lot pending pending (a payer's hold,
  as heldout243's On hold), Rejected by bank - IFSC and account number do not match failed, printed under the
  heading or at the end of the payment block. *settled* (new here): an inward advice's Realised and credited -
  e-FIRA issued / Status: Funds credited to exporter's account successes, Held for compliance - not yet
  credited, documents awaited from exporter pending, Sent back to remitting bank - name does not match the
  account failed, printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190,
  heldout203 to heldout243): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE UNDER COLLECTION - SAREES HELD TILL CREDIT and CHEQUE IN CLEARING - RECEIPT
  PROVISIONAL pending, CHEQUE RETURNED - ACCOUNT CLOSED, THIS MEMO STANDS CANCELLED and CHEQUE RETURNED -
  PAYMENT STOPPED BY DRAWER failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled*
  (new here) PAID - SAREE HANDED OVER WITH FALL AND PICO DONE, PAID - YARN WEIGHED AND HANDED OVER, PAID -
  WASTE WEIGHED AND LIFTED BY BUYER, ADVANCE RECEIVED - ORDER PUT ON THE LOOM (as heldout222's ADVANCE
  RECEIVED - ORDER BOOKED), PAYMENT RECEIVED - SAREE WILL BE SHIPPED BY COURIER, PAYMENT RECEIVED IN FULL, NO
  DUES - PAID, RECEIVED BY NEFT / RTGS / UPI, PAID - ENTERED IN MAZDOORI BAHI, PAID - SAREES CHECKED AND TAKEN
  OFF THE LOOM and PAID - PIRNS WEIGHED AND RECEIVED. *settled* (new here): a banking page's Executed - credit
  confirmed by beneficiary bank / Status: Success - UTR allotted successes, Pending authorisation - released
  after the approver signs in pending (keyed, not yet authorised, as heldout243's Awaiting approval), Rejected
  by beneficiary bank - invalid account, funds reversed failed (whatever the reversal), printed under the
  heading or at the foot; RazorpayX's Processed - credited to the contact's account / Status: PROCESSED (UTR
  received) successes, Queued - low balance in the RazorpayX account, add funds to release pending (not yet
  sent, as heldout243's Scheduled), Reversed - the beneficiary bank rejected the payout failed (whatever the
  reversal); a transfer screen's Money sent / Paid successfully / Transaction successful successes; a fee
  page's Paid - e-receipt generated, Payment confirmed - acknowledgement issued, Received - thank you for
  paying online and Challan paid - credited to the State treasury successes, the Labour Department's Awaiting
  bank confirmation - e-GRAS challan not yet verified pending, the Authority's Declined by bank - urban
  assessment still outstanding failed, printed under the authority's line or at the foot; an insurer's Premium
  received - cover in force / Receipt issued - policy schedule available for download successes, CHEQUE
  RECEIVED - POLICY ISSUED ON REALISATION pending (as heldout243's CHEQUE DEPOSITED - COVER SUBJECT TO
  REALISATION), Payment declined by bank - proposal kept open for 7 days failed, printed under the heading or
  under the sum; a slip's APPROVED successes (heldout210), as are TRANSACTION APPROVED (heldout235) and
  *settled* (new here) TXN SUCCESSFUL and APPROVED - SIGNATURE NOT REQUIRED, *settled* (new here) DECLINED -
  51 INSUFFICIENT FUNDS failed, HOST TIMEOUT - STATUS UNKNOWN, DO NOT RETRY pending (as heldout243's NO
  RESPONSE FROM ISSUER - DO NOT REPEAT SALE); a Bharat Connect page's *settled* (new here) Payment successful
  - biller notified / Bill paid - receipt sent by SMS successes, Awaiting biller confirmation - do not pay
  this bill again pending, Payment failed - any amount debited returns in 5 working days failed (the payment
  failed, whatever the refund), KEDL's *settled* (new here) Payment successful - bill updated in 24 hours /
  Receipt generated - thank you for paying online successes (printed at the foot); *settled* (new here) an SMS
  that says the transfer "has been returned by the beneficiary bank; amount reversed to your A/c." failed
  (whatever the reversal), one that "is under process; status will be updated shortly. Do not re-initiate."
  pending, a debit alert a success, whatever its bank's wording (State Bank of India's UPI "Dear UPI user A/C
  X1234 debited by x on date <day> trf to <payee> Refno <ref>.", Canara Bank's "An amount of INR x has been
  DEBITED to your account XXX1234 on <day> towards <way> to <payee>.", Rajasthan Gramin Bank's "A/c XX1234
  debited Rs.x on <day> by <way>, beneficiary <payee>.", Hadoti Nagrik Sahakari Bank's "HNSB: Rs x withdrawn
  from CA ..1234 on <day> via <way> to <payee>."); the e-mail's *settled* (new here) Transaction status:
  Successful / Status: Processed - amount debited successes.
* date: the day paid (a UPI screen's Paid at (heldout238) / Payment time (heldout237) / Date of payment / Sent
  at (heldout243) / *settled* (new here) Completed at / Time of payment / Payment made on, Initiated at
  (heldout237) / *settled* (new here) Attempted at / Started at on one not yet paid or failed, printed first
  under the rule or after the references, a payment page's Payment date & time (heldout238) / *settled* (new
  here) Paid on / Payment captured at / Date & time, printed under the status, after the buyer or at the foot,
  a payer's Paid on / Value date / Date of payment (heldout243) / *settled* (new here) Remitted on / Payment
  value date / Date of remittance, the parked one's *settled* (new here) Parked on / Advice dated (as
  heldout198's Advice date) and the rejected one's Returned on (heldout234) / *settled* (new here) Rejected
  on, an inward advice's Credited on / Value date / Processing date (heldout243) / *settled* (new here) Value
  date (field 32A) / Realised on / Credit date, Received on (heldout234) / *settled* (new here) Held since on
  the held one and Returned on (heldout234) / *settled* (new here) Sent back on on the returned one, printed
  first or after the sums (in capitals on some), a receipt's, invoice's or wage slip's Invoice date / Receipt
  date (heldout243) / Dated (heldout234, heldout235) / *settled* (new here) Bill date / Memo date / Sale date
  / Date / Payment date / Mazdoori date (as heldout243's Wages date), the invoice's number and day on one row
  (No. ... / Date ..., as heldout242's Inv. No. ... / Date: ...), the accounts desk's Receipt date
  (heldout243) / *settled* (new here) Payment received on, printed above the number or under it, a banking
  page's *settled* (new here) Executed on / Value date / Transaction date, Created on / Uploaded on on the one
  awaiting its authoriser (as heldout231's Entered on) and Rejected on / Reversed on on the returned one,
  printed under the heading or at the foot, RazorpayX's *settled* (new here) Processed at / Credited on,
  Queued at / Created at on the one queued (as heldout235's Scheduled at) and Reversed at / Failed at (as
  heldout235's Failed on) on the failed one, a transfer screen's Paid at (heldout238) / *settled* (new here)
  Sent on / Date and time, a fee page's *settled* (new here) Payment date / Deposited on / Date of receipt /
  Txn date, the Authority's Failed on (heldout243) / *settled* (new here) Transaction tried on on the failed
  one and the Labour Department's Payment initiated on (heldout237) / *settled* (new here) Challan generated
  on on the page not yet confirmed, an insurer's Receipt date (heldout243) / *settled* (new here) Premium
  received on / Date, Cheque received on on the cheque not yet cleared (as heldout235's Cheque deposited on)
  and Transaction date (heldout243) / *settled* (new here) Attempted on on the failed one, a slip's DATE:
  (with TIME:) / *settled* (new here) DT: (with TM:) / DATE & TIME:, printed at the top or under the sum, a
  Bharat Connect page's *settled* (new here) Paid on / Payment date & time / Transaction time / Date & time
  (the latter alone on a bill not paid, heldout235), KEDL's *settled* (new here) Payment date / Receipt date,
  the SMS's day (*settled* (new here) State Bank of India's "on date 15Mar26"), the e-mail alert's *settled*
  (new here) Value date / Date of transaction / Txn date). *settled*: never a Bill month (heldout167), a Due
  date, a Cheque date (heldout198) / Cheque dated (heldout243) / *settled* (new here) Date on cheque, a Policy
  period (heldout231) or a Cover starts (heldout235) / Risk starts (heldout239) / Cover from (heldout236) /
  *settled* (new here) Risk commences, an invoice number's or a slip number's financial year or an e-mail's
  hour; never a Shipping bill's date (heldout167), the day inside a UTR (heldout210) or *settled* (new here)
  inside a Bank CIN; never a Bharat Connect page's Bill date (as heldout239's) or its Bill period
  (heldout243), KEDL's Bill month (heldout167), EPFO's *settled* (new here) Wage month, or the year of a head
  (UD tax 2026-27, Arrears 2025-26, Urban assessment 2026-27, Annual subscription 2026-27) or of a membership
  (Membership 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, RazorpayX's IMPS (as heldout243's PayU's), a Bharat Connect bill from a Current A/c (here in
  YONO SBI), a payment page's net banking, a fee, a premium or KEDL paid by Net banking, an e-mail alert's
  Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an
  invoice's, RazorpayX's, a fee's, a premium's or a bill's UPI and State Bank of India's UPI alert; card on
  slips, a payment page's card, a receipt's Card, a fee, a premium or KEDL paid by Debit card; cheque for a
  cheque received, deposited or returned and a premium paid by Cheque; cash for a cash memo, receipt or wage
  slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout243): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref No., UPI Ref No, UPI RRN (heldout179), RRN,
  NEFT UTR, RTGS UTR (heldout238), UPI Reference Number (heldout203), *settled* (new here) UPI transaction ID
  / UPI Ref / Bank reference ID (on Amazon Pay) / UPI reference ID / UPI UTR on a UPI screen, Razorpay's UPI
  RRN and Instamojo's UPI ref. (UTR) on a UPI payment, a payer's UTR (NEFT) / RTGS UTR No. / UTR (RTGS) / IMPS
  RRN, an invoice's UPI txn No., a receipt's UPI txn ref., a banking page's NEFT UTR / RTGS UTR / IMPS RRN,
  RazorpayX's UTR / Bank reference (UTR), a slip's RRN: / REF NUM: / RET REF NO:, an SMS's Refno / UTR / IMPS
  Ref No), then a bank reference (an inward advice's *settled* (new here) IRM No. / Inward ref. No. / Bank
  reference (inward) (as heldout243's IRM ref. No.), a banking page's *settled* (new here) Reference No. / Txn
  reference No. (as heldout243's Bank txn ref.), printed above the payee or under it, Razorpay's *settled*
  (new here) Bank txn ref. and Instamojo's Bank reference on net banking, a fee page's Bank ref. No. and
  *settled* (new here) e-GRAS's Bank CIN (the bank's challan identification number), an insurer's *settled*
  (new here) Bank txn No., a Bharat Connect page's *settled* (new here) BBPS ref. No. / Bharat Connect ref. /
  B-Connect txn ID (as heldout243's BBPS txn ref.)), then a transaction / payment id (*settled* (new here)
  Razorpay's Payment ID (pay_...) and the Instamojo payment ID (MOJO...), the UPI apps' own Google transaction
  ID, Amazon Pay txn ID, YONO txn ref., Paytm ref. ID, CRED payment ID and PhonePe's Transaction ID (the app's
  own id, whatever its name, heldout235), RazorpayX's Payout ID (as heldout243's PayU payout ID), a fee page's
  Transaction ID (heldout234), *settled* (new here) the RajNivesh txn ID, the Council's Payment ID, e-GRAS's
  GRN (as heldout243's e-Challan ref. No.), EPFO's TRRN and the Textiles Committee's Payment ref., an
  insurer's *settled* (new here) Payment ID / Online txn ref., KEDL's *settled* (new here) Gateway ref. No., a
  failed Bharat Connect page's *settled* (new here) Transaction ref.), then an approval code (Approval code,
  Auth code, *settled* (new here) Auth ID, Instamojo's Card approval No., a slip's *settled* (new here)
  APPROVAL: / AUTH NO: / AUTH ID:), then an order's number (*settled* (new here) Razorpay's Order ID
  (order_...) and Instamojo's Shop order No., RazorpayX's Reference ID (the company's own id for the payout,
  as heldout243's PayU Merchant ref. ID)), then a document's own number (a payer's *settled* (new here)
  Payment doc. No. / Remittance advice No. / Voucher ref., *settled* (new here) Sale bill No. / Memo No. /
  Cash memo No. / Counter bill No. / Challan cum receipt No. / Waste sale No. / Payment ack. No. / Receipt
  serial on a receipt, Invoice No. / Bill No. / Tax invoice No. / No. on an invoice, *settled* (new here)
  Parchi No. / Voucher No. on a wage slip, a fee page's Receipt No., Receipt No. / *settled* (new here)
  Premium receipt serial on an insurer's receipt, KEDL's Receipt No., a slip's *settled* (new here) ROC NO: /
  INVOICE: / BILL NO:). *settled*: never a UETR, a MID: / TID: (as MERCHANT ID: / TERMINAL ID:), BATCH:,
  *settled* (new here) TRACE NO: (as heldout202's STAN:), a card, account or mobile number, a UPI ID or VPA,
  IFSC, GSTIN, an IEC, a cheque number, a Purpose code, an Export invoice No. (heldout210), a Shipping bill
  No. (heldout167), an E-way bill No., a GR No. (as heldout235's LR No.) or *settled* (new here) a courier's
  Docket No., a Vehicle No. (heldout205) (so never a Registration No. on an insurer's page or a slip's VEHICLE
  NO:), *settled* (new here) an Our PO No. / Purchase order No. / Your order No. (as heldout243's PO No. /
  Order ref.), a Supplier code (as heldout210's Vendor code), a Goods receipt ref. or a Store receipt No. (as
  heldout243's GRN No. and CRV No.), a Sender's ref. (field 20) (heldout243), the Created by / Authorised by
  (as heldout171's Maker / Checker), the Corporate user (as heldout243's User ID), a Nickname (as heldout234's
  Beneficiary short name), a Contact ID (as heldout173's Beneficiary ID), a Bunkar card No. (as heldout243's
  Token No.), an Assessment No. (as heldout222's Property ID), a Plot, a Consent order No. (as heldout243's
  CTO letter No.), a Membership No. or an RCMC No. (heldout227), a Registration No. or an Establishment ID (as
  heldout231's Licence No.), an IHB registration No., a Policy No. / Proposal No. / Quote ref., a consumer
  number (here K No., Customer ID, Mobile No., Subscriber ID, Consumer No., LPG ID), or a slip's ROOM NO:
  (heldout203) / *settled* (new here) GRC NO: / KOT NO: / TABLE NO: / CAPTAIN: / CUST MOB: / NOZZLE NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout247_families import (
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

SPLIT = "heldout247"

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


def make_heldout247_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout247 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

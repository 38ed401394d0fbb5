"""heldout241: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Nashik grape grower and winery's day in 2026 in Nashik, Maharashtra (Kashyapi
Ridge Wines Pvt Ltd, its vineyards at Mohadi in Dindori taluka, Kashyapi Ridge Vineyards, where the Thompson
Seedless table grapes and the Chenin Blanc, Sauvignon Blanc and Shiraz wine grapes are pruned, sprayed and
picked by the crate and the table grapes weighed at the farm gate, its winery and bottling line in the Vinchur
Wine Park at Niphad, Kashyapi Ridge Winery & Bottling Unit, where the grapes are crushed and fermented, the
wine racked, aged in French oak and bottled, corked, labelled and packed, and its tasting room and cellar-door
shop on the Gangapur-Savargaon Road, Kashyapi Ridge Tasting Room, where visitors taste, book tours and crush
weekends and buy by the bottle and the case), told by the proofs of payment it receives (visitors', wine
clubs' and restaurants' UPI screens and the tasting room's PayU and CCAvenue booking pages, a Mumbai, a Pune,
a Goa and a Nagpur wine distributor's and hotel's, the Karnataka State Beverages Corporation's and the grape
buyers' (a Tasgaon raisin maker, a Vashi and an Azadpur commission agent) payment advices, grape and wine
importers' inward wires from Barendrecht, Spalding, Dubai, Jeddah, Singapore, Stockholm, Basel and Kuala
Lumpur in euros, pounds, dirhams, riyals, Singapore dollars, Swedish kronor, Swiss francs and ringgit, the
tasting room's cellar-door memos to a Pune visitor and a Nashik club, the vineyards' kata pattis for table
grapes sold by weight to two traders, the winery's receipts for used oak barrels sold to a decor studio and
grape pomace sold by the kilo to a vermicompost maker, the accounts desk's acknowledgements of a Mumbai
wedding's advance and a Bengaluru visitor's crush weekend passes, cards on the tasting room's, the company's
and the vineyards' terminals) and those it makes (the Pimpalgaon farm input dealer's, the Firozabad bottle
maker's, the Vapi cork maker's, the Satpur label and carton printer's and the Jalgaon drip supplier's tax
invoices, the net-banking transfers to the reefer trucker, the sprayer mechanic, the tasting room's landlady,
the security agency, the anti-hail net installers, the label design studio, the pre-cooling and cold store and
the wine analysis lab, the pickers', the pruner's, the sprayer's and the cellar hand's majuri chitthis,
RazorpayX payouts to a picker and a bottling line worker and a BHIM and a bob World payment to a bottling line
worker and a picker, Nashik Municipal Corporation's property tax, the State Excise Department's winery licence
renewal, APEDA's RCMC renewal, the Directorate of Industrial Safety and Health's factory licence renewal,
Mohadi Gram Panchayat's ghar patti, FSSAI's licence renewal, the Water Resources Department's irrigation water
charges and the Transport Department's Vahan tax for the reefer truck, the insurers' premium receipts for the
grape crop against the weather, the winery and its wine stock, the export cargo, the staff's health, the
harvest wage cash, the reefer truck, the workers' compensation and the visitors' public liability, its card at
a filling station on the Mumbai-Agra highway, a Juhu hotel in the wine fair week, an agri hardware shop and a
highway restaurant, MSEDCL's power and the fibre, postpaid, DTH and piped gas bills, the banks' SMS and e-mail
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Navi, PayZapp, slice, iMobile Pay, Paytm) paying the tasting
  room or the company, the status, the sum and the payee block in one of three orders and the day first under
  the rule or after the references, and two of the tasting room's booking pages (PayU, CCAvenue), the status
  and the sum in either order, the day under them or at the foot.
* ``buyer_advices``: the distributors', the hotels' and the Corporation's VENDOR PAYMENT ADVICE - WINES /
  PAYMENT INTIMATION TO SUPPLIER / Remittance advice - supplier payment and the grape buyers' GROWER PAYMENT
  ADVICE - TABLE GRAPES / PATTI PAYMENT STATEMENT / Remittance advice - grower payment (e-mail, printed,
  vendor portal), the payee at the head of the body or of the payment block, the bills or pattis above the
  payment block or under it, the commission agents' adat and hamali and the raisin maker's rejection on the
  grapes.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE ADVICE - EXPORT PROCEEDS /
  Foreign inward remittance - credit advice / SWIFT MT103 received - beneficiary advice; browser, e-mail,
  printed), the status under the heading or at the foot, the day first or after the sums, the remitter's block
  above the beneficiary's or under it; kronor with spaces between the thousands and a decimal comma and francs
  with apostrophes between the thousands on some.
* ``own_receipts``: the tasting room's CELLAR DOOR SALE MEMO / TASTING ROOM BILL - GANGAPUR ROAD (wine at MRP,
  no GST), the vineyards' KATA PATTI - TABLE GRAPES (FARM GATE) / RECEIPT - TABLE GRAPES SOLD BY WEIGHT (gross
  weight, crate tare, net weight; GST nil), the winery's SALE RECEIPT - USED OAK BARRELS / RECEIPT - WINERY
  ASSET DISPOSAL / RECEIPT - GRAPE POMACE (BY WEIGHT) / BY-PRODUCT SALE MEMO - GRAPE MARC (paper, rubber
  stamp), the number and the day in either order above the party, and the accounts desk's Payment received -
  thank you e-mails.
* ``supplier_invoices``: the farm input, bottle, cork, label and drip suppliers' TAX INVOICE (ORIGINAL FOR
  RECIPIENT) / GST TAX INVOICE / SALES INVOICE CUM DELIVERY CHALLAN with the GST rules' Details of receiver
  (billed to) and Details of consignee (shipped to), the payment block (an advance or the buyer's TDS taken
  off on some) and a rubber stamp (paper, serif), the number and the day in either order.
* ``vendor_transfers``: corporate net banking's transfer pages (ICICI Bank CIB, Kotak FYN, IDFC FIRST Bank
  Corporate Banking), the day and the status under the heading or at the foot, the references above the payee
  or under the sums.
* ``worker_pay``: printed GRAPE PICKING WAGES - PER CRATE / DRAKSHA TODNI MAJURI HISHOB / PRUNING WAGES - PER
  ACRE / CHHATNI MAJURI CHITTHI / SPRAYING WAGES - PER TANK / FAVARNI MAJURI CHITTHI / CELLAR WORK WAGES - PER
  SHIFT / WINERY KAMGAR MAJURI HISHOB, the payee first, RazorpayX's payout pages, a BHIM (UPI) and a bob World
  (IMPS) screen.
* ``govt_fees``: Nashik Municipal Corporation's property tax page, the State Excise Department's licence
  renewal through GRAS, APEDA's RCMC renewal, the Directorate of Industrial Safety and Health's factory
  licence renewal, Mohadi Gram Panchayat's ghar patti page (Maha e-Gram), FSSAI's licence renewal (FoSCoS),
  the Water Resources Department's irrigation water charges and the Transport Department's Vahan tax page
  (browser), the status under the authority's line or at the foot.
* ``insurer_receipts``: insurers' ACKNOWLEDGEMENT OF PREMIUM RECEIVED / Premium receipt cum tax invoice /
  RECEIPT - PREMIUM COLLECTED / Premium payment status (browser, e-mail, printed at the branch), the status
  under the heading or under the sum; the weather based crop insurance's farmer's share without GST.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum, the sum above the card
  or under the references.
* ``utility_bills``: Bharat Connect in iMobile Pay and other apps (PhonePe, Paytm, Amazon Pay, MobiKwik,
  Freecharge), the sum above the status or under it, and MSEDCL's own online payment receipt, the status at
  the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (ICICI Bank, Nashik District Central
  Co-operative Bank, Bank of India, Kotak Mahindra Bank's UPI) and two e-mail debit alerts (IDFC FIRST Bank,
  Federal Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout239's and heldout238's.

Truth conventions (heldout239's, heldout238's, heldout235's, heldout234's, heldout231's, heldout227's,
heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's,
heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to
  (heldout239), *settled* (new here) To merchant / Merchant paid / Paid at, and Paying / To merchant on one
  not yet paid or failed (here the tasting room, Kashyapi Ridge Tasting Room / KASHYAPI RIDGE TASTING ROOM,
  the company's capitals, KASHYAPI RIDGE WINES PVT LTD, or its short name, Kashyapi Ridge Wines, as printed),
  whether the payee block stands above the sum, under it or under the status, never the UPI ID or the app, nor
  the Beneficiary name as per bank / KYC name line (heldout239) or *settled* (new here) the Verified name /
  Bank-registered name line under the UPI ID, nor the payer under Paid by / Sender (heldout239) or *settled*
  (new here) Payer / Your name; a booking page's payee on top (here the tasting room, its capitals, the
  company or its short name), never Paid by (heldout206) / Customer / Payer name / Billed to (heldout239),
  *settled* (new here) the Guest name / Booked by / Name on booking or the Booking for / Item, or the
  gateway's footer (*settled* (new here) Payments by PayU, Secured by CCAvenue). *settled* (heldout167,
  heldout190, heldout202 to heldout239): a payer's payment advice pays the one it pays, never the payer on
  top; here a distributor's, a hotel's, the Karnataka State Beverages Corporation's or a grape buyer's advice
  pays the company under *settled* (new here) Paid to vendor / Vendor name / Beneficiary (supplier) / Amount
  released in favour of / Payment to grower (its full, capital or short name as printed), printed at the head
  of the body or at the head of the payment block, above the bills or under them, never the payer on top (the
  distributors, the hotels, the Corporation, the raisin maker, the commission agents), its desk line, the
  Vendor code (heldout210), the PO No., *settled* (new here) the Inward No. (as heldout239's MRN No.), the
  Corporation's Supplier code (heldout239), Indent No. or Depot, the grape buyers' Grower code (as
  heldout210's Vendor code), Arrival No. or Vehicle No. (heldout205), or the Vendor bank A/c / Grower bank A/c
  (as heldout239's Supplier bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout239): a bank's inward remittance advice pays the company under Name of beneficiary (heldout210),
  *settled* (new here) Beneficiary name / Beneficiary account name / Payee (exporter), and Credited to
  (exporter) on the credited one, never the bank on top, its forex desk line, the remitter (*settled* (new
  here) Remitter / ordering customer / Overseas buyer (remitter), the importer abroad), *settled* (new here)
  the Remitting bank (as heldout155's Sender's bank) or the Sending institution (52A) (as heldout239's
  Ordering institution) or the Intermediary bank (56A) (as heldout235's Intermediary bank), printed above the
  beneficiary or under it. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout239): the
  company's own receipt pays the trade name on top where that is on top, so *settled* (new here) the tasting
  room's memos pay Kashyapi Ridge Tasting Room, the vineyards' kata pattis Kashyapi Ridge Vineyards and the
  winery's receipts Kashyapi Ridge Winery & Bottling Unit (capitals where so printed), and a receipt with the
  company on top the company, never the "A unit of" company line under it (heldout190), the party under
  *settled* (new here) Guest name / Purchaser / Club / customer / Sold to (trader) / Trader's name / Sold to /
  Booked by, printed after the number and the day, the goods' line, the signature line (For <unit> - Cashier,
  also where the company is on top, heldout239) or the rubber stamp; *settled* (new here) the winery's
  receipts for used oak barrels and for grape pomace sold by the kilo alike (the winery, never the buyer, as
  heldout239's willow chips); the accounts desk's e-mail pays the company on top (its full, capital or short
  name as printed, heldout219). A supplier's name on top of its own paper (capitals where so printed), never
  M/s the company under *settled* (new here) Details of receiver (billed to) / Name of recipient / Consignee /
  buyer, nor the vineyards or the winery under *settled* (new here) Details of consignee (shipped to) (as
  heldout235's Shipped to). *settled* (heldout179, heldout202, heldout203, heldout207 to heldout239): a
  corporate banking page pays the payee under Beneficiary (heldout119), *settled* (new here) Payee name /
  Credit to / Pay to, printed under the references or above them, never the portal (ICICI Bank CIB, Kotak FYN,
  IDFC FIRST Bank Corporate Banking), the bank line, the Debit A/c (heldout238), the Corporate ID (heldout239)
  or *settled* (new here) the Payee short name (as heldout239's Beneficiary nickname). *settled* (heldout150,
  heldout161, heldout179, heldout203 to heldout239): a wage voucher pays the worker, *settled* (new here) a
  picker under Picker's name / Majuri paid to (todni), a pruner under Pruner's name / Majuri paid to
  (chhatni), a sprayer under Sprayer's name / Majuri paid to (favarni) and a cellar hand under Cellar hand's
  name / Majuri paid to (cellar), printed first under the heading, never the company on top, the vineyards' or
  the winery's line under it, the Work, the Village / Gaon or *settled* (new here) the Worker ID, the Mukadam
  (gang) or the Block; *settled* (new here) RazorpayX's payout page the Contact name / Payout to (as
  heldout239's Decentro), never RazorpayX on top, the company under it (Payouts - ...), the Contact ID (as
  heldout173's Beneficiary ID) or the Fund account / Fund account (VPA); a transfer screen the payee under
  Paid to (heldout235) / Sent to (heldout206) on BHIM and Transferred to (heldout238) / *settled* (new here)
  Beneficiary name on bob World, above the sum or under the status. *settled* (heldout153, heldout167,
  heldout182, heldout202 to heldout239): a fee page pays the authority on top as printed, *settled* (new here)
  Nashik Municipal Corporation / NASHIK MUNICIPAL CORPORATION; State Excise Department, Maharashtra /
  COMMISSIONER OF STATE EXCISE, MAHARASHTRA on the GRAS receipt; APEDA / Agricultural and Processed Food
  Products Export Development Authority (as heldout239's SGEPC); Directorate of Industrial Safety and Health,
  Maharashtra / DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH; Gram Panchayat Mohadi / GRAM PANCHAYAT MOHADI,
  TA. DINDORI; Food Safety and Standards Authority of India / FSSAI; Water Resources Department, Maharashtra /
  WATER RESOURCES DEPARTMENT, MAHARASHTRA; Transport Department, Maharashtra / Motor Vehicles Department,
  Maharashtra on the Vahan receipt (as heldout239's); never the line under it (NMC e-Services, GRAS -
  Government Receipt Accounting System, the Ministry of Commerce and Industry, the Industries, Energy and
  Labour Department, Maha e-Gram, FoSCoS, the Nashik Irrigation Circle or Vahan - Ministry of Road Transport &
  Highways), the Owner name (heldout239) or *settled* (new here) the Assessee name, Name of licensee, Name of
  exporter, Name of factory, Name of FBO, Name of water user or Registered owner. *settled* (heldout199,
  heldout202 to heldout239): an insurer's premium receipt pays the insurer on top (its full name, capitals
  where so printed; *settled* (new here) The New India Assurance Co. Ltd's, ICICI Lombard General Insurance
  Co. Ltd's, IFFCO-Tokio General Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, The Oriental
  Insurance Co. Ltd's, SBI General Insurance Co. Ltd's, Royal Sundaram General Insurance Co. Ltd's and
  Reliance General Insurance Co. Ltd's alike), never the product line, the office line or the insured (the
  company) under *settled* (new here) Insured / Name of the insured / Policyholder. A slip's counter name line
  in capitals (here the company's own counters, KASHYAPI RIDGE TASTING ROOM, KASHYAPI RIDGE WINES and KASHYAPI
  RIDGE VINEYARDS, on four, a filling station, a Juhu hotel, an agri hardware shop and a highway restaurant on
  the rest), never the terminal's bank or brand (AXIS BANK, HP PAY, KOTAK MAHINDRA BANK, PINE LABS, BANK OF
  BARODA, MOSAMBEE, IDFC FIRST BANK, PHONEPE) or the place line. A Bharat Connect page's biller under Operator
  (heldout223) / Biller name / Bill paid to (heldout235) / Paid to biller / Provider / Utility (heldout239),
  *settled* (new here) Biller / Service provider / Paid to (short or long as printed: MSEDCL / Maharashtra
  State Electricity Distribution Co. Ltd, BSNL Fibre / Bharat Sanchar Nigam Ltd, Vi Postpaid / Vodafone Idea
  Ltd, Airtel Digital TV / Bharti Telemedia Ltd, MNGL / Maharashtra Natural Gas Ltd), never the app (here also
  iMobile Pay, PhonePe, Paytm, Amazon Pay, MobiKwik and Freecharge), Bharat Connect or *settled* (new here)
  the Customer name / Consumer name; *settled* (new here) MSEDCL's own receipt page the discom on top (MSEDCL,
  Mahavitaran, Maharashtra State Electricity Distribution Co. Ltd or its capitals as printed, as heldout239's
  PVVNL), never the "A Government of Maharashtra undertaking" line under it, the Billing unit (BU) or the
  Consumer name. An SMS alert's payee as the bank sends it (*settled*, the truncated name as printed, without
  the sentence's full stop), *settled* (new here) ICICI Bank's "; <payee> credited.", Nashik District Central
  Co-operative Bank's "by <way> to <payee>.", Bank of India's "transfer in favour of <payee>." and Kotak
  Mahindra Bank's UPI "Sent Rs.x from Kotak Bank AC X1234 to <payee> on <day>.", and the failed and pending
  transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the e-mail alert's
  Beneficiary name (heldout206) / Paid to / Sent to (heldout239), *settled* (new here) Credited to / Payee
  name / Beneficiary, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a booking page's sum large, above the
  status or under it, above the payee block or under it (heldout239). *settled* (heldout152, heldout186,
  heldout190, heldout202 to heldout239): a payer's advice counts its net sum, *settled* (new here) Net amount
  paid / Net payable - released / Amount remitted, Amount on hold on the hold and Amount returned by bank /
  Payment returned on the return (the wine bills less TDS u/s 194Q @ 0.1% (heldout235) and a *settled* (new
  here) Less: Short supply - n cs, a Less: Breakage - n btl, a Less: Rate difference (credit note) n cs @ rate
  or a Less: Cash discount @ 2%; the grape pattis less the commission agents' *settled* (new here) Less:
  Commission (adat) @ 6% and Less: Hamali and tolai, or the raisin maker's Less: Rejection at sorting - n kg),
  printed in the payment block above the bills or under them, never a bill's or a patti's sum, *settled* (new
  here) the Total of invoices / Total of pattis / Gross value, or a cut. *settled* (heldout155, heldout167,
  heldout179, heldout190, heldout203 to heldout239): an inward wire's foreign sum, *settled* (new here)
  Remittance amount (FCY) / FCY amount received / Amount (foreign currency) / Instructed amount, in euros and
  pounds (heldout152's way of printing), *settled* (new here) dirhams (AED before or after the sum), riyals
  (SAR before or after the sum), Singapore dollars (SGD, S$), Swedish kronor (SEK before or after the sum, a
  space between the thousands and a decimal comma on some: SEK 148 250,00 is 148250.00), Swiss francs (CHF
  before or after the sum, an apostrophe between the thousands on some: CHF 12'450.00 is 12450.00) and ringgit
  (MYR, RM), never *settled* (new here) the Converted amount (INR) (as heldout239's Rupee equivalent), the
  Less: Commission and GST (as heldout239's Less: Handling charges + GST) or the Amount credited in INR (as
  heldout239's Net credit (INR)); its Conversion rate (1 CHF = INR 108.42) is no sum. *settled* (heldout175,
  heldout179, heldout190, heldout203 to heldout239): a receipt counts the sum received even where it is part
  of the order, *settled* (new here) Received by UPI scan / Amount received (UPI) / Cash collected / Received
  in cash at the farm / Card payment received / Paid by card (POS) / Cheque tendered for / Cheque amount /
  Event advance / Advance received for the event, with the sum in words under it, never the Bill amount / Net
  payable / Event value / Total value where less was received, the goods' line, *settled* (new here) the Less:
  Cellar-door discount @ 10%, the CGST and SGST (@ 2.5% or @ 9%) or *settled* (new here) the Balance due
  before the event / Balance on the event day (as heldout239's Balance at delivery); *settled* (new here) the
  cellar door's wine at MRP (its taxes-included line, no GST) counts its bill, and a kata patti counts the net
  kilos x rate, GST nil, received in full, never the Gross weight, the Less: Crate tare (n crates x 2.0 kg) or
  the Net weight, which are kilos; the winery's grape pomace (the kilos x rate with CGST and SGST @ 2.5%)
  counts its bill with the GST, received in full (as heldout239's willow chips). *settled* (heldout187,
  heldout191, heldout202 to heldout239): a supplier's invoice counts the sum paid, where an advance is taken
  off (here *settled* (new here) Less: Advance paid with order) the *settled* (new here) Balance paid by NEFT
  / RTGS, where the buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q (buyer)) the *settled*
  (new here) Net paid by NEFT / RTGS, else *settled* (new here) Received by NEFT / RTGS / Amount received -
  NEFT / RTGS, Received by UPI / UPI payment received (the rounded Invoice total with GST), or the *settled*
  (new here) Payment by cheque / Cheque amount, never the Taxable value, a line or the GST. A banking page's
  Amount (heldout119), *settled* (new here) Transaction amount / Payment amount (INR), and Amount debited on
  the executed one, never *settled* (new here) the Available balance after txn. *settled* (heldout167,
  heldout202 to heldout239): a wage voucher's net sum, *settled* (new here) Net majuri paid / Amount paid to
  picker / Amount paid to pruner / Net amount paid (the crates, acres, tanks or shifts x rate, plus Add: Early
  start (4 am) allowance / Add: Paste application extra / Add: Night spraying extra / Add: Sunday shift extra,
  less Less: Crates rejected at sorting - n @ rate / Less: Gloves and mask issued / Less: Advance (uchal)
  adjusted), never the Gross majuri, the line or a deduction; RazorpayX's and a screen's sum large. *settled*
  (new here): the Corporation's property tax Net amount paid / Total tax paid (the General tax, the Education
  cess, the Employment guarantee cess and the Tree cess, less the Less: Discount for payment by 30 June where
  the page prints it), never a head or the discount; the Excise Department's Total fee paid / Amount (the
  Annual licence fee (PLW) and the Tasting room licence fee), never a head; APEDA's Total paid / Amount
  received (the Renewal fee (five years) and the GST @ 18%), never the fee or the GST; the Directorate's
  Amount / Fee (the Licence renewal fee); the Gram Panchayat's Total payable / Amount (the Ghar patti (house
  tax), the Pani patti (water tax) and the Diva-batti kar (street light tax)), never a head; FSSAI's Amount
  paid / Fee paid (the Central licence renewal fee - 1 year); the Water Resources Department's Total paid /
  Amount paid (the Water charges - perennial crop (grapes) and the Local cess (Zilla Parishad)), never a head;
  the Transport Department's Total amount paid / Amount paid (the Annual tax (goods vehicle) and a Green tax),
  never a head. *settled* (heldout199, heldout202 to heldout239): an insurer's premium with its GST, *settled*
  (new here) Premium received / Premium paid / Total amount received (incl. GST), the Cheque amount / Amount
  of cheque on the cheque not yet cleared (as heldout211's Cheque amount), Amount payable / Premium payable on
  the failed one, never *settled* (new here) the Basic premium (as heldout234's Net premium), an add-on or the
  GST, nor the Own damage or the *settled* (new here) Third party liability (as heldout239's Liability (TP)),
  nor the IDV (heldout235) or *settled* (new here) the Sum insured - grapes, n acres (scale of finance), the
  Sum insured - winery building, tanks and wine stock, the Annual export turnover (estimated), the Lives
  covered, the Cash in transit limit, the Estimated annual wages or the Limit of indemnity - any one
  occurrence; *settled* (new here) the weather based crop insurance's Farmer's share of premium (5%), printed
  with no GST (the page says the premium is exempt), is the premium paid. A slip's *settled* (new here)
  AMOUNT: / TOTAL: / NET AMT: / SALE AMOUNT: / TXN AMT:, printed above the card or under the references, never
  *settled* (new here) the RATE(RS/L): or the QTY(L): (as heldout239's PRICE/L: and VOL(L):) or the HP PAY
  POINTS:. A Bharat Connect page's sum large, never *settled* (new here) the Payable after due date; MSEDCL's
  *settled* (new here) Amount paid / Paid amount (the Net bill amount above it is the same sum). An alert's
  sum debited (*settled* (new here) ICICI Bank's "debited for Rs x", Nashik District Central Co-operative
  Bank's "Dr Rs.x", Bank of India's "Rs.x debited", Kotak Mahindra Bank's "Sent Rs.x", the failed and pending
  transfers' "<way> transfer of Rs.x"; the e-mail's *settled* (new here) Amount debited / Transaction amount),
  never the Avl Bal:, *settled* (new here) the Bal: or the e-mail's Balance available. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): a UPI screen's Payment received by the merchant, Money sent
  successfully and Paid - merchant has received it successes, Processing - bank confirmation awaited, don't
  pay again pending, Payment failed - UPI PIN attempts exceeded failed; a booking page's Booking confirmed -
  payment received, Payment captured - see you at the vineyard and Order placed - amount received successes.
  *settled* (new here): a payer's Status: Paid - credited to vendor account / Payment processed to your bank
  account successes, On hold - weighment slip and quality report awaited pending (a payer's hold, as
  heldout198's to heldout239's), Returned - beneficiary account closed, send fresh bank details failed.
  *settled* (new here): an inward advice's Credited - IRM reported on EDPMS / Status: Export proceeds realised
  and credited successes, Pending - purpose code and invoice copy awaited from exporter pending, Refunded to
  remitting bank - beneficiary details incomplete failed, printed under the heading or at the foot. *settled*
  (heldout167, heldout179, heldout190, heldout203 to heldout239): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE DEPOSITED - CREDIT AWAITED and CHEQUE
  LODGED - AWAITING CLEARANCE pending, CHEQUE BOUNCED - FUNDS INSUFFICIENT, BILL CANCELLED and CHEQUE
  DISHONOURED - INSUFFICIENT FUNDS, PLEASE REMIT failed; RECEIVED WITH THANKS, PAID and PAID IN CASH
  successes, *settled* (new here) as are PAID - BOTTLES HANDED OVER, PAID - CASES DELIVERED, PAID - GRAPES
  WEIGHED AND LOADED, PAID - POMACE LIFTED FROM THE PRESS YARD, PAID - BARRELS COLLECTED, PAID - PASSES
  E-MAILED, ADVANCE RECEIVED - DATE BLOCKED (the advance received), RECEIVED - ACCOUNT SETTLED, SETTLED BY
  NEFT / RTGS / UPI, FULL AND FINAL - PAID, PAID - CRATES TALLIED and PAID - ENTERED IN MAJURI REGISTER.
  *settled* (new here): a banking page's Processed - credited to beneficiary / Status: Completed - UTR
  generated successes, Awaiting approval - pending with authoriser pending (keyed, not yet authorised, as
  heldout191's to heldout239's), Returned by beneficiary bank - account closed, amount credited back failed
  (whatever the reversal), printed under the heading or at the foot; RazorpayX's Processed - amount credited
  to the fund account / Payout processed successes, Queued - low balance in the RazorpayX account pending (not
  yet sent, as heldout239's Queued), Payout failed - invalid beneficiary account details failed; a transfer
  screen's *settled* (new here) Success / Sent successfully (BHIM) and IMPS transfer successful / Funds
  transferred (bob World) successes; a fee page's *settled* (new here) Payment received - e-receipt issued,
  Paid - challan credited to the Government account, Transaction successful - receipt generated and Fee
  accepted - thank you successes, the Directorate's Challan generated - payment confirmation awaited from GRAS
  pending (as heldout238's challan awaiting the bank scroll), the Gram Panchayat's Payment unsuccessful - Gram
  Panchayat account not credited failed, printed under the authority's line or at the foot; an insurer's
  *settled* (new here) Premium realised - policy in force / Received - policy document sent by e-mail
  successes, CHEQUE RECEIVED - COVER SUBJECT TO CLEARANCE pending (as heldout239's cover from realisation),
  Payment unsuccessful - policy not issued failed (under its Premium payment status heading), printed under
  the heading or under the sum; a slip's APPROVED successes (heldout210), *settled* (new here) as are
  TRANSACTION APPROVED and SUCCESS - APPROVED, DECLINED - 55 INCORRECT PIN failed, TIMEOUT - TXN STATUS
  UNKNOWN, VERIFY BEFORE RETRY pending; *settled* (new here) a Bharat Connect page's Bill paid successfully /
  Payment confirmed by biller successes, Pending - biller yet to confirm, please don't pay again pending,
  Transaction failed - money, if debited, returns in 3-5 days failed (the payment failed, whatever the
  reversal), MSEDCL's Payment accepted - receipt generated / Bill paid - thank you for paying online successes
  (printed at the foot); *settled* (new here) an SMS that says the transfer "could not be completed; amount
  credited back." failed (whatever the reversal), one that "is under process at the beneficiary bank; please
  wait before retrying." pending, a debit alert a success, whatever its bank's wording ("ICICI Bank Acct XX123
  debited for Rs x on <day>; <payee> credited. <WAY>:<ref>.", "NDCC Bank: A/c XX1234 Dr Rs.x dt <day> by <way>
  to <payee>.", "Rs.x debited from your A/c XX1234 on <day> for <way> transfer in favour of <payee>.", Kotak
  Mahindra Bank's "Sent Rs.x from Kotak Bank AC X1234 to <payee> on <day>. UPI Ref <ref>."); the e-mail's
  *settled* (new here) Status: Processed / Transaction status: Success - credited to payee successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout206), *settled* (new here) Payment time /
  Completed on / Transaction date & time, Initiated at / Transaction date & time on one not yet paid or failed
  (as heldout239's Attempted on), printed first under the rule or after the references, a booking page's Paid
  on (heldout206), *settled* (new here) Payment date & time / Booking paid at, printed under the status or at
  the foot, a payer's *settled* (new here) Payment date / Remitted on / Credit date, the held one's Hold
  placed on / Advice date (as heldout198's Advice date) and the returned one's Returned on (heldout234) /
  *settled* (new here) Rejected on, an inward advice's *settled* (new here) Credit date / Realisation date /
  Value dated, Received on (heldout234) / Pending since on the pending one and Returned on (heldout234) /
  *settled* (new here) Refund date on the refunded one, printed first or after the sums (in capitals on some),
  a receipt's, invoice's or voucher's Date / Bill date (heldout234, heldout235), *settled* (new here) Date of
  sale / Bill dt. / Patti date / Invoice date / Inv. dt. / Wage date / Payment dt., printed above the number
  or under it, a banking page's Value date (heldout119's Value Date), *settled* (new here) Processed on /
  Debited on, Initiated on / Maker entry on on the one awaiting its authoriser and Failed on / Returned on on
  the returned one, printed under the heading or at the foot, RazorpayX's *settled* (new here) Processed on /
  Credited at, Queued on / Created on on the one queued and Failed on / Reversed on on the failed one, a
  transfer screen's Date & time / Paid on / *settled* (new here) Transferred on, a fee page's *settled* (new
  here) Payment date / Date of payment / Paid on, the GRAS challan's Challan date, the Directorate's Challan
  generated on / Initiated on (heldout234) on the page not yet confirmed and the Gram Panchayat's Attempted on
  (heldout239) / *settled* (new here) Date of attempt on the failed one, an insurer's *settled* (new here)
  Receipt date / Date of payment / Received on, Cheque deposited on / Receipt date on the cheque not yet
  cleared and Tried on / Attempt date on the failed one, a slip's *settled* (new here) DATE: (with TIME:) /
  TRAN DATE: (with TRAN TIME:) / DATE & TIME:, printed at the top or under the sum, a Bharat Connect page's
  Paid on / Date & time / Payment date (heldout239), *settled* (new here) Transaction date, Date & time
  (heldout235) / *settled* (new here) Initiated on on a bill not paid, MSEDCL's Payment date (heldout234) /
  *settled* (new here) Receipt date, the SMS's day, the e-mail alert's *settled* (new here) Transaction date /
  Posting date / Date of debit). *settled*: never a Bill month (heldout167), a Bill date (heldout239), a Due
  date, a Cheque date (heldout198), a Policy period (heldout231), a Cover starts (heldout235) / Risk starts
  (heldout239) or *settled* (new here) a Policy start date, an invoice number's, a patti's or a voucher's
  financial year or an e-mail's hour; never a Shipping bill's date (heldout167), the Vahan page's Tax valid
  till (heldout239) or *settled* (new here) Tax paid up to, or the day inside a UTR (heldout210); *settled*
  (new here) never the year of a tax (General tax 2026-27, Ghar patti (house tax) 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, RazorpayX's IMPS (as heldout239's Decentro's), bob World's IMPS, a Bharat Connect bill from a
  Current A/c (here in iMobile Pay), a booking page's net banking, a fee, a premium or MSEDCL paid by Net
  banking, an e-mail alert's Mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps and BHIM, a booking page's, a
  receipt's, a voucher's, an invoice's, RazorpayX's, a fee's, a premium's or a bill's UPI and Kotak Mahindra
  Bank's UPI alert; card on slips, a booking page's card, a receipt's Card, a fee, a premium or MSEDCL paid by
  Debit card; cheque for a cheque received, lodged, bounced or dishonoured and a premium paid by Cheque; cash
  for a memo, kata patti or voucher paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout239): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., RRN, Bank RRN (heldout227),
  IMPS RRN (heldout235), NEFT UTR, *settled* (new here) UPI reference ID / UPI Ref Number / UPI txn ref. on a
  UPI screen, PayU's UPI txn ref. (UTR) and CCAvenue's Bank Ref. No. on a UPI payment, a payer's RTGS UTR No.
  / IMPS ref. No., a banking page's IMPS ref. No., RazorpayX's UTR / Bank reference (UTR), bob World's IMPS
  Ref. No., a slip's RRN: (heldout200) / *settled* (new here) RRN NO:, an SMS's UTR / IMPS Ref No / UPI Ref
  and *settled* (new here) ICICI Bank's "<WAY>:<ref>" after the payee), then a bank reference (an inward
  advice's *settled* (new here) Inward remittance No. / Bank reference, and IRM No. on the credited one (as
  heldout239's IRM reference), a banking page's *settled* (new here) Transaction ref. No. / Host reference (as
  heldout239's Bank ref. No. / CBS reference), printed above the payee or under it, a booking page's Bank Ref.
  No. on net banking, a fee page's Bank ref. No. / Bank Ref No., the GRAS challan's Bank CIN (heldout238), an
  insurer's *settled* (new here) Bank reference, *settled* (new here) BBPS txn ref. / Bharat Connect txn ID /
  B-Connect ref. No.), then a transaction / payment id (*settled* (new here) PayU's PayU ID and CCAvenue's
  Tracking ID, the UPI apps' own Transaction ID (PhonePe's T...), Navi txn ID, PayZapp ref., slice payment ID,
  iMobile txn No. and Paytm txn ID (the app's own id, whatever its name, heldout235), BHIM's BHIM txn ID and
  bob World's bob World ref. No., RazorpayX's Payout ID (as heldout239's Decentro txn ID), a fee page's
  Transaction ID / Transaction No. (heldout234), the GRAS challan's GRN (heldout238), *settled* (new here)
  APEDA's Payment ref. No., an insurer's *settled* (new here) PG txn ID / Payment gateway ref., MSEDCL's
  *settled* (new here) Txn reference No., a failed Bharat Connect page's Txn ID (heldout235)), then an
  approval code (Approval code, a slip's AUTH CODE: / APPROVAL CODE: (heldout116), *settled* (new here) a
  booking page's Auth ID / Approval No. and a slip's APPR:), then an order's number (*settled* (new here)
  PayU's Txn ID (merchant) and CCAvenue's Order No., RazorpayX's Reference ID (the company's own id for the
  payout, as heldout239's Decentro Reference ID)), then a document's own number (a payer's *settled* (new
  here) Payment advice No. / Remittance advice No. / Voucher No., Receipt No. / Acknowledgement No. /
  *settled* (new here) Memo No. / Bill No. / Patti No. on a receipt, Invoice No. / *settled* (new here) Inv.
  No. / Sales bill No. on an invoice, *settled* (new here) Majuri chitthi No. / Wage slip No. on a voucher, a
  fee page's Receipt No., Vahan's Receipt No., Receipt No. / *settled* (new here) Premium receipt No. on an
  insurer's receipt, MSEDCL's Receipt No., a slip's INVOICE NO: / BILL NO: (heldout234) / *settled* (new here)
  RECEIPT NO: / INVOICE: / INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, a card, account or mobile
  number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code (heldout239), an Export invoice No.
  (heldout210), a Shipping bill No. (heldout167), an E-way bill No., *settled* (new here) a Docket No. (as
  heldout235's LR No.), a Vehicle No. (heldout205) (so never a Registration No. on the Vahan page or an
  insurer's page or a slip's VEH NO:), a PO No. / *settled* (new here) Your order No., an Inward No., an
  Indent No., a Grower code or an Arrival No., an Application No. (heldout203) / *settled* (new here)
  Application reference No., a Policy No. / Proposal No. / *settled* (new here) Quote No., a Vendor code
  (heldout210) or the Corporation's Supplier code, a Sender's reference (heldout223) / SWIFT ref. (field 20)
  (heldout239) / *settled* (new here) Sender's reference (20), an IEC, Maker / Checker (heldout171) or the
  Corporate ID, a consumer number (here Consumer No., Telephone No., Mobile No., Customer ID, BP No.), a
  Property ID (heldout222) / *settled* (new here) Property No. or Malmatta No., a Licence No. (heldout231) /
  *settled* (new here) Factory registration No. or Permit No., an RCMC No. (heldout227), a slip's ROOM NO:
  (heldout203) / *settled* (new here) FOLIO NO:, KOT NO:, TABLE:, PUMP NO:, MOBILE: or HP PAY POINTS:, a
  Beneficiary ID (heldout173) / *settled* (new here) Contact ID, a *settled* (new here) Worker ID or a Payee
  short name (as heldout231's Nick name).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout241_families import (
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

SPLIT = "heldout241"

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


def make_heldout241_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout241 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout230: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Nilgiris carrot, potato and exotic vegetable farmer-producer company's day in
2026 in Tamil Nadu (Mukurthi Hill Growers Pvt Ltd, owned by some 600 member growers of the Kotagiri and Ooty
hill villages, its collection and washing centre, Mukurthi Fresh Washing Centre, on Kotagiri Road at
Kattabettu, where the members' carrots are weighed in, washed in the brush washers, topped, graded and filled
into leno bags and the potatoes, broccoli, iceberg lettuce and zucchini graded and crated, and its cold room
and dispatch yard, Mukurthi Fresh Dispatch Yard, on Ooty Main Road at Mettupalayam, at the foot of the ghat
road, where the loads are held in the cold room and weighed out on the weighbridge to the lorries for
Koyambedu, Bengaluru and Kochi and the reefer trucks for the airport), told by the proofs of payment it
receives (hill hotels', caterers', vegetable shops' and salad bars' UPI screens and the sales desk's Paykun
and Zaakpay pages, the Koyambedu and Chalai vegetable mandis', a Yeshwanthpur trader's, a Kochi hypermarket
chain's, a Hyderabad hotel supplier's, a Coimbatore salad kitchen's, a Chennai quick-commerce chain's and a
Mysuru hotel group's payment advices, importers' inward wires from Dubai, Muscat, Singapore, Male, Doha,
Kuwait, Kuala Lumpur and Manama in UAE dirhams, Omani rials, Singapore dollars, US dollars, Qatari riyals,
Kuwaiti dinars, ringgit and Bahraini dinars, the centre's and the yard's cash bills and receipts, a caterer's
advance for its weekly supply, the yard's receipts for cull carrots sold by the tonne as cattle feed to a
dairy farm and for potato smalls sold as is to a chips maker, traders' and hotels' cards on the yard's, the
centre's and the company's terminals) and those it makes (the Karamadai leno bag dealer's, the Coimbatore
washing machine works', the Peelamedu cold room firm's and the Kavundampalayam carton maker's tax invoices and
the Kartarpur seed potato growers' bill of supply, the net-banking transfers to the lorry service that carries
the carrots to Koyambedu, the ghat road pickup carriers, the soil lab, the reefer trucker, the washing
centre's landlord, the air cargo agent, the agronomist and the pump mechanic, the carrot washers', harvest
gangs', lorry loaders' and member growers' vouchers and slips, Zwitch payouts to a member grower and a
broccoli packer, a Paytm payment to a potato grader and a Google Pay payment to the pickup driver, Kattabettu
Village Panchayat's property tax, Mettupalayam Municipality's trade licence, the Tamil Nadu Pollution Control
Board's consent fee, the Tamil Nadu Fire and Rescue Services' licence renewal, APEDA's RCMC renewal, the Plant
Quarantine Directorate's phytosanitary certificate fee, the Coimbatore Market Committee's market fee and Legal
Metrology's weighbridge verification, the insurers' premium receipts for the washing centre and its stock, the
cold room's stock against fire and deterioration, the vegetables on the road, the pickup, the staff's health,
the washers, graders and loaders, the cash carried for the growers and the employees' compensation, its card
at a filling station at Kallar, a Coimbatore hotel, a Mettupalayam pump and hardware shop and a Burliar
restaurant, TNPDCL's power, BSNL's fibre, Airtel's postpaid, Indane's gas and ACT's broadband bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, KVB DLite, super.money, IndOASIS: the
  outcome first, then the payee block above the sum) paying the yard, the centre or the company, and two of
  the sales desk's payment pages (Paykun, Zaakpay: an Order summary, then the outcome and the sum).
* ``trader_advices``: the mandis', traders' and chains' GROWER SUPPLY - PAYMENT ADVICE / Intimation of payment
  to farm supplier / STATEMENT OF PAYMENT - PRODUCE SUPPLIED (e-mail, printed, vendor portal; the payee, the
  net sum and the outcome first, the bills and the cuts under them).
* ``export_wires``: eight banks' inward remittance advices (CREDIT ADVICE - EXPORT PROCEEDS RECEIVED / Inward
  remittance credited - exporter's advice / Realisation note - foreign inward remittance; browser, e-mail,
  printed; the parties first, the outcome last).
* ``own_receipts``: the washing centre's CASH BILL - WASHING CENTRE / RECEIPT - COLLECTION CENTRE SALE, the
  dispatch yard's PAYMENT RECEIPT - DISPATCH YARD / CASH BILL - YARD SALE / RECEIPT - CULL CARROTS (CATTLE
  FEED) / RECEIPT - POTATO SMALLS (AS IS) (paper, rubber stamp; the party first) and the accounts desk's
  Acknowledgement of receipt e-mails.
* ``supplier_invoices``: the leno bag, washing machine, cold room and carton suppliers' TAX INVOICE (ORIGINAL
  - RECIPIENT) / GST TAX INVOICE - B2B SUPPLY / INVOICE - GOODS AND SERVICES and the seed potato growers' BILL
  OF SUPPLY (EXEMPT GOODS), with the payment block and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (TMB Corporate Net Banking, KVB Corporate
  Internet Banking, IOB Corporate Internet Banking: Debit details and Credit details blocks, the outcome
  last).
* ``grower_pay``: printed CARROT WASHING WAGES - PER BAG / WASHING SHED PIECE RATE VOUCHER / HARVEST GANG
  VOUCHER - PER BAG PULLED / CARROT PULLING CHARGES - GANG / LORRY LOADING COOLIE VOUCHER / YARD LOADING WAGES
  - PER BAG / MEMBER GROWER PRODUCE PAYMENT SLIP / PRODUCE PURCHASE BILL - MEMBER FARMER, Zwitch's payout
  pages (the sum above the outcome), a Paytm and a Google Pay screen.
* ``govt_fees``: Kattabettu Village Panchayat's property tax page, Mettupalayam Municipality's trade licence
  page (TN Urban e-Pay), the Tamil Nadu Pollution Control Board's consent fee page (OCMMS), the Tamil Nadu
  Fire and Rescue Services' licence renewal, APEDA's RCMC renewal, the Directorate of Plant Protection,
  Quarantine & Storage's PQMS phytosanitary certificate fee, the Coimbatore Market Committee's market fee and
  Legal Metrology's weighbridge and scale verification (browser).
* ``insurer_receipts``: insurers' PREMIUM COLLECTION RECEIPT / Premium paid - e-receipt / RECEIPT FOR PREMIUM
  COLLECTED (browser, e-mail, printed at the branch; the outcome at the foot).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in IndOASIS and UPI apps (PhonePe, Amazon Pay, Google Pay, super.money,
  Paytm: the sum above the outcome) and TNPDCL's own receipt page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Indian Overseas Bank, Karur Vysya Bank,
  City Union Bank, Tamil Nadu Grama Bank, Indian Bank's UPI) and two e-mail debit alerts (Indian Overseas Bank
  or Karur Vysya Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout210's, heldout211's, heldout223's and heldout227's.

Truth conventions (heldout227's, heldout226's, heldout225's, heldout223's, heldout222's, heldout219's,
heldout217's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's,
heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206) / Payment made to (heldout225) (here the yard, Mukurthi Fresh Dispatch
  Yard / MUKURTHI FRESH DISPATCH YARD, the centre, Mukurthi Fresh Washing Centre, the company's capitals,
  MUKURTHI HILL GROWERS PVT LTD, or its short name, Mukurthi Hill Growers, as printed), whether the payee
  block stands above or below the sum, never the UPI ID or the app, nor the Banking name line under the UPI ID
  (heldout207) or, *settled* (new here), a Name in bank records line there; a payment page's payee on top
  (here the yard, the company or its short name), never Customer name (heldout204) / *settled* (new here) Bill
  to (customer) in its Order summary, the Payment towards / Order for line or the gateway's footer (*settled*
  (new here) Payments by PayKun, Secured by Zaakpay - a MobiKwik company). *settled* (heldout167, heldout175,
  heldout179, heldout190, heldout202 to heldout227): a payer's payment advice pays the one it pays, never the
  payer on top; here a mandi's, a trader's, a chain's, a hotel supplier's, a salad kitchen's or a hotel
  group's advice pays the company under Payment in favour of (heldout226) / Beneficiary supplier (heldout220),
  *settled* (new here) or Supplier / payee / Remitted in favour of (its full, capital or short name as
  printed), whether it stands above the bills or below, never the payer on top, its desk line, the Supplier
  code (heldout219), *settled* (new here) the Farm supplier ID or the Arrival slip No., or the Beneficiary A/c
  No. (as heldout227's Bank A/c of vendor). *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout227): a bank's inward remittance advice pays the company under Beneficiary name (heldout210) / Payee
  (exporter) (heldout222), *settled* (new here) or Beneficiary (our customer), whether the remitter is printed
  before it or after, never the bank on top, its forex desk line, the Remitter (heldout211) / Remitter
  (overseas buyer) (heldout200) / By order of (heldout222) (the importer abroad), the Remitter's bank
  (heldout207) / Ordering institution (heldout224) or *settled* (new here) the Correspondent bank. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout227): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the washing centre's cash bills and receipts pay
  Mukurthi Fresh Washing Centre and the dispatch yard's Mukurthi Fresh Dispatch Yard (capitals where so
  printed), and a receipt with the company on top the company, never the "A unit of" company line under it
  (heldout190), the party under Received from / Buyer / Sold to (party) (heldout224), the produce's line, the
  signature line or the rubber stamp, whether the party is printed before the receipt's number or after;
  *settled* (new here) the yard's receipts for cull carrots sold as cattle feed to a dairy farm and for potato
  smalls sold as is to a chips maker alike (the yard or the company on top, never the buyer, as heldout222's
  scrap, heldout223's rejects and heldout227's grog); the accounts desk's e-mail pays the company on top (its
  full, capital or short name as printed, heldout219), never the line under it. A supplier's name on top of
  its own paper (capitals where so printed), never M/s the company under Invoice to / Details of recipient
  (heldout215) / Buyer's name (heldout218), nor the centre or the yard under Delivery at (heldout222);
  *settled* (new here) the seed potato growers' BILL OF SUPPLY (EXEMPT GOODS) alike. *settled* (heldout179,
  heldout186, heldout202, heldout203, heldout207 to heldout227): a corporate banking page pays the payee under
  Beneficiary name / Name of payee (heldout222), *settled* (new here) or Transfer in favour of, in its Credit
  details block, never the portal (TMB Corporate Net Banking, KVB Corporate Internet Banking, IOB Corporate
  Internet Banking), the bank line, the From account in its Debit details block or *settled* (new here) the
  Payee short name (as heldout227's Payee alias). *settled* (heldout150, heldout161, heldout179, heldout203 to
  heldout227): a wage voucher pays the worker, *settled* (new here) a carrot washer under Name of washer /
  Paid to (washer), a harvest gang's maistry under Gang maistry / Paid to (maistry) (the gang is paid through
  its maistry, as heldout223's loading gang through its sardar) and a lorry loader under Paid to (loader)
  (heldout227) / *settled* (new here) Loader (coolie), and a member grower's produce payment slip the member
  grower under Member grower / Paid to (member) (the grower is paid for the carrots the centre took in by the
  kilo, as heldout223's produce purchase voucher pays the farmers' group), never the company on top, the
  centre's or the yard's line under it, the Role, *settled* (new here) the Member No., the Worker No. or the
  Village; *settled* (new here) Zwitch's payout page the Beneficiary name (as Decentro's, heldout227) /
  Transfer to, never Zwitch on top, the company under it (Payouts | ...), the Beneficiary ID or the Bank
  account / VPA (heldout204); a transfer screen the payee under Paid to / To. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout227, heldout204 for Tamil Nadu): a fee page pays the authority
  on top as printed, *settled* (new here) Kattabettu Village Panchayat / KATTABETTU VILLAGE PANCHAYAT, never
  the Kotagiri Panchayat Union line or the Name of assessee; Mettupalayam Municipality / METTUPALAYAM
  MUNICIPALITY (as heldout204's Tiruppur City Municipal Corporation), never the TN Urban e-Pay line or the
  Name of trader (heldout204); Tamil Nadu Pollution Control Board / TAMIL NADU POLLUTION CONTROL BOARD
  (heldout204), never the OCMMS line or the Name of the unit (heldout223); *settled* (new here) Tamil Nadu
  Fire and Rescue Services / TAMIL NADU FIRE & RESCUE SERVICES, never the Directorate line, the Name of
  occupier (heldout204) or the Premises; APEDA or Agricultural and Processed Food Products Export Development
  Authority as printed (heldout217; the full name in full where it runs on to a second line), never the
  Ministry of Commerce & Industry line or the Name of the exporter (heldout217); the Directorate of Plant
  Protection, Quarantine & Storage / DPPQS as printed (heldout217), never the Plant Quarantine Station,
  Chennai line, PQMS or the Name of exporter; *settled* (new here) Coimbatore Market Committee / COIMBATORE
  MARKET COMMITTEE (as heldout182's and heldout217's market committees), never the Tamil Nadu State
  Agricultural Marketing Board line or the Name of licensee; *settled* (new here) Controller of Legal
  Metrology, Tamil Nadu / Legal Metrology Department, Tamil Nadu, never the Labour Department line or the Name
  of user. *settled* (heldout199, heldout202 to heldout227): an insurer's premium receipt pays the insurer on
  top (its full name, capitals where so printed; *settled* (new here) Cholamandalam MS General Insurance Co.
  Ltd's, United India Insurance Co. Ltd's, Tata AIG General Insurance Co. Ltd's, Go Digit General Insurance
  Ltd's, Star Health and Allied Insurance Co. Ltd's, Future Generali India Insurance Co. Ltd's, Liberty
  General Insurance Ltd's and National Insurance Co. Ltd's alike), never the product line, the office line or
  the Name of insured (heldout217) / Proposer / insured (heldout216) / *settled* (new here) Policy holder name
  (the company). A slip's counter name line in capitals (here the company's own counters, MUKURTHI FRESH
  DISPATCH YARD, MUKURTHI FRESH WASHING CENTRE and MUKURTHI HILL GROWERS, on four, a filling station, a
  Coimbatore hotel, a pump and hardware shop and a ghat road restaurant on the rest), never the terminal's
  bank or brand (INDIAN OVERSEAS BANK, INDIANOIL, KARUR VYSYA BANK, CITY UNION BANK, TAMILNAD MERCANTILE BANK,
  PINE LABS, WORLDLINE, INDIAN BANK) or the place line. A Bharat Connect page's biller under Biller / Biller
  name / Operator / Service provider / Billed by (heldout223) / Provider (heldout227), *settled* (new here) or
  Paid to biller (short or long as printed), never the app (here also IndOASIS, Amazon Pay and super.money),
  Bharat Connect or the Customer name / Consumer name, *settled* (new here) nor the Service holder name;
  *settled* (new here) TNPDCL's own receipt page the distribution company on top (TNPDCL, Tamil Nadu Power
  Distribution Corporation Ltd or its capitals as printed, as heldout227's PVVNL's), never the "A TNEB Ltd
  company" line under it, the Region / section or the Consumer name. An SMS alert's payee as the bank sends it
  ("to KARAMADAI LENO BAGS": *settled*, the truncated name as printed, without the sentence's full stop),
  *settled* (new here) Indian Overseas Bank's "by <way> transfer, beneficiary <payee>.", Karur Vysya Bank's
  "<way> in favour of <payee>.", City Union Bank's "for <way> trf to <payee>.", Tamil Nadu Grama Bank's "thru
  <way>, paid to <payee>." and Indian Bank's UPI "via UPI to <payee>." (the name ends before the line's full
  stop and the UPI Ref No line), and the held and rejected transfers' "to <payee> on <day>" (heldout222),
  never the bank or the sender id; the e-mail alert's Beneficiary name (heldout206) / Payee name, never the
  bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout227): a payer's advice counts its net sum, Net
  settlement amount (heldout219), *settled* (new here) or Net transferred to supplier / Balance paid (net),
  Net amount withheld on the hold and Net amount (bounced) / Amount sent back on the return, printed above the
  bills (the Total of bills (heldout227) / *settled* (new here) Gross value of supplies less Less: TDS u/s
  194Q @ 0.1%, a mandi's Less: Commission @ n% (heldout225) and *settled* (new here) a Less: Rejection - soft
  and cracked, n kg @ rate, a Less: Weight shortage at our yard - n kg @ rate or a Less: Unloading coolie - n
  bags @ Rs n), never a bill's sum, the Total of bills or the Gross value of supplies. *settled* (heldout155,
  heldout167, heldout190, heldout203 to heldout227): an inward wire's foreign sum, Amount received (FCY)
  (heldout224), *settled* (new here) or Remittance amount (foreign currency) / FC amount received, in UAE
  dirhams (AED, heldout205), Omani rials (OMR with three places, heldout217), Singapore dollars (SGD, S$,
  heldout207), US dollars, Qatari riyals (QAR, heldout213), Kuwaiti dinars (KWD or KD with three places,
  heldout226), Malaysian ringgit (RM or MYR, heldout216) and *settled* (new here for an inward wire) Bahraini
  dinars printed as BHD or BD with three places ("BD 8,498.680") as BHD, never the INR value, the Less:
  Commission and GST (heldout221) or the Amount credited (INR); its Rate applied (TT buying) (1 BHD = INR
  231.47) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout227): a receipt
  counts the sum received even where it is part of the order, Received in cash (heldout226) / UPI amount
  received (heldout219) / Paid by card (swipe) (heldout218) / Card amount (heldout219) / Amount of cheque
  (heldout225) / Advance received, *settled* (new here) or Cash paid by customer / Collected by UPI / Cheque
  tendered for / Advance against weekly supply, never the Bill amount / Total / Net bill (heldout224) where
  less was received, the produce's line or the Balance due / Balance payable on delivery; *settled* (new here)
  fresh vegetables are sold without GST, so a cash bill counts the bags, crates, cartons or tonnes x rate,
  received in full, and the yard's sale of cull carrots (the tonnes x rate) and of potato smalls (the bags x
  rate) counts its bill, received in full (as heldout227's grog). *settled* (heldout187, heldout191,
  heldout202 to heldout227): a supplier's invoice counts the sum paid, where an advance is taken off (here
  *settled* (new here) Less: Advance paid against quotation) the Balance received through NEFT / RTGS
  (heldout216), else Payment received by NEFT / RTGS (heldout198) / Received vide NEFT / RTGS (heldout221) /
  UPI received (heldout212) / Amount received by UPI (heldout225) (the rounded Invoice total with GST), or
  *settled* (new here) the Cheque lodged for / Cheque value, never the Taxable value, a line or the GST;
  *settled* (new here) a BILL OF SUPPLY (EXEMPT GOODS) likewise counts the sum paid, its Value of exempt goods
  rounded to the Bill total (no GST), never the Value of exempt goods where the Round off changes it. A
  banking page's Transaction amount (heldout227) / Remittance amount (heldout226) / Transaction value (INR)
  (heldout214), in its Debit details block. *settled* (heldout167, heldout202 to heldout227): a wage voucher's
  net sum, *settled* (new here) Net wages paid out / Amount handed to washer / Net paid to gang / Coolie paid
  / Amount handed to loader (the bags washed, pulled or loaded x rate, plus Add: Night shift allowance
  (heldout222) / *settled* (new here) Add: Rain day allowance / Add: Sunday loading allowance, less Less:
  Advance recovered (heldout226)), and a member grower's slip's Net paid to member / Net produce value paid
  (the kilos received x rate, plus *settled* (new here) Add: Grade A premium, less Less: Rejected at washing -
  n kg @ rate / Less: Seed and input advance recovered), never the Gross amount due (heldout226), the line or
  a deduction; Zwitch's and a screen's sum large. *settled* (new here): Kattabettu Village Panchayat's Total
  tax paid (heldout225) / Amount paid, Total amount / Amount on the failed one (the Property tax for the half
  year, the Library cess and the Water charges), never a head; Mettupalayam Municipality's Total amount paid /
  Amount paid (the Trade licence fee and an Advertisement board fee), never a head; the Pollution Control
  Board's Total fee paid / *settled* (new here) Consent fee remitted (the Water Act and Air Act fees,
  heldout206), never a head; the Fire and Rescue Services' Total amount paid / Amount paid, Amount / Total
  amount on the page not yet confirmed (the Fire licence renewal fee and the Inspection charges), never a
  head; APEDA's Total amount paid (heldout217) / Total paid (the RCMC renewal fee (5 years) and the GST @
  18%), never the fee or the GST; the Plant Quarantine Directorate's Total fee paid / Amount paid (the
  Phytosanitary certificate fee and an Inspection fee), never a head or the No. of consignments; the Market
  Committee's Total amount paid / Amount remitted (the Market fee @ 1% and a Licence renewal fee), never the
  Purchase value or a head; Legal Metrology's Total fee paid / Amount paid (the weighbridge's and the platform
  scales' verification fees), never a fee. *settled* (heldout199, heldout202 to heldout227): an insurer's
  premium with its GST, Amount received towards premium (heldout222), *settled* (new here) or Total premium
  (with GST) received / Premium collected (gross), the Cheque amount (heldout211) / *settled* (new here)
  Cheque value on the cheque not yet cleared, Premium due (heldout222) / Premium payable (heldout226) on the
  failed one, never the Basic premium, an add-on or the GST, nor the Own damage premium or the Third party
  premium (heldout223), nor the IDV (insured declared value), the Members covered, the Floater sum insured
  (heldout226), the Estimated annual wages (heldout210), the Sum insured - building, plant and stock
  (heldout222) or *settled* (new here) the Sum insured - stock in cold room, the Annual turnover by road
  (declared), the Insured persons or the Cash in transit - limit per carrying. A slip's AMOUNT: (heldout179) /
  SALE AMOUNT: (heldout210) / TXN AMOUNT: (heldout222) / TOTAL: (heldout179), never the RATE/L: or the
  QTY(L):. A Bharat Connect page's sum large; TNPDCL's Amount paid / Amount remitted (as heldout227's PVVNL's
  Amount paid / Paid amount). An alert's sum debited (*settled* (new here) Indian Overseas Bank's "is debited
  for Rs.x", Karur Vysya Bank's "Rs.x has been debited", City Union Bank's "Dr Rs.x", Tamil Nadu Grama Bank's
  "INR x withdrawn", Indian Bank's UPI "Rs.x debited", the held and rejected transfers' "<way> transfer of
  Rs.x"; the e-mail's Amount debited (heldout210) / Transaction amount), never the Avl Bal. Currency INR but
  on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully successes (heldout204, heldout207,
  heldout211, heldout219, heldout223), *settled* (new here) as is Payment made - money sent to the payee,
  Waiting for the payee's bank to confirm - check again in 15 minutes, do not pay again pending, Payment
  failed - the payee's bank did not accept the payment failed; a payment page's Payment successful
  (heldout205) success, *settled* (new here) as is Transaction completed - receipt sent by SMS. *settled* (new
  here): a payer's Status: Settled - amount sent to your bank / Payment processed - funds transferred to
  supplier successes, On hold - rejection claim for the last load under review pending (a payer's hold, as
  heldout198's to heldout227's), Payment bounced - beneficiary IFSC not valid after bank merger failed.
  *settled* (new here): an inward advice's Funds credited to exporter's account - IRM generated on EDPMS /
  Status: Realised - credited, e-BRC can be generated successes, Under scrutiny - remitter's details and
  invoice copy awaited, credit on receipt pending, Refunded to ordering bank - credit to this account not
  permitted failed, printed after the sums and the references. *settled* (heldout167, heldout179, heldout190,
  heldout203, heldout207, heldout211, heldout215, heldout219, heldout223, heldout227): a cheque received and
  not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE ACCEPTED - LOAD RELEASED
  ONLY ON CLEARANCE and CHEQUE UNDER CLEARING - RECEIPT SUBJECT TO CREDIT pending, CHEQUE RETURNED UNPAID -
  LOAD STOPPED, PAY AFRESH and CHEQUE RETURNED - SIGNATURE DIFFERS, BILL OUTSTANDING failed; RECEIVED WITH
  THANKS and PAID successes, PAID IN FULL - THANK YOU (heldout224) and RECEIVED BY NEFT / RTGS / UPI - NO DUES
  (as heldout218's PAYMENT RECEIVED - NO DUES) successes, *settled* (new here) as are RECEIVED - LOAD HANDED
  OVER AT CENTRE, RECEIVED - LOAD DISPATCHED, PAID - CULLS LIFTED, NO CLAIM, PAID - SMALLS SOLD AS IS, PAID IN
  CASH AT CENTRE, PAID - MAISTRY RECEIVED FOR THE GANG, PAID - COOLIE RECEIVED and PAID - MEMBER SIGNED THE
  SLIP. *settled* (new here): a banking page's Funds transfer successful - credited to payee account / Status:
  Executed - UTR received successes, Pending at checker - transaction not yet released to bank pending (keyed,
  not yet authorised, as heldout191's to heldout227's), Returned by beneficiary bank - account dormant, amount
  reversed failed, printed last; Zwitch's Payout successful - amount credited to account / Status: CREDITED
  successes (as Decentro's Status: COMPLETED, heldout227), Initiated - awaiting bank acknowledgement, do not
  resend pending (sent, not yet confirmed, as heldout223's and heldout227's payouts not yet out), Payout
  failed - beneficiary account is frozen, amount back in wallet failed (the payout came back, as heldout227's
  Payout reversed); a transfer screen's Paid / Payment successful / Money sent successes (heldout211,
  heldout223); a fee page's Payment successful successes, *settled* (new here) as are Challan remitted -
  e-receipt issued, Amount credited to the department - receipt ready and Transaction successful -
  acknowledgement generated, the Fire and Rescue Services' Payment status awaited from treasury (IFHRMS) - do
  not pay again pending, Kattabettu Village Panchayat's Transaction unsuccessful - tax not remitted to
  panchayat account failed; an insurer's *settled* (new here) Payment successful - e-policy available for
  download / Premium credited - cover confirmed successes, CHEQUE COLLECTED - RISK COVERED FROM DATE OF
  REALISATION pending (as heldout211's cover from realisation), Payment not received - policy not issued,
  retry within 7 days failed, printed at the foot; a slip's APPROVED / TXN SUCCESSFUL (heldout208) / APPROVED
  - THANK YOU (heldout211) successes, *settled* (new here) DECLINED - 14 INVALID CARD NUMBER failed, HOST
  TIMEOUT - CHECK WITH BANK BEFORE NEXT SWIPE pending; Bill paid successfully / Payment successful successes
  (heldout210, heldout211), *settled* (new here) as is Bill payment successful - biller notified, Payment
  accepted - biller confirmation awaited, up to 3 working days pending, Bill payment declined by your bank -
  if debited, the amount returns in 3-5 days failed (the payment failed, whatever the return), TNPDCL's
  Payment successful / *settled* (new here) Payment received - thank you for paying online successes; an SMS
  that says the transfer "could NOT BE CREDITED by the beneficiary bank; the amount has been reversed to your
  A/c." failed (whatever the reversal), one that "is ON HOLD with the beneficiary bank; do not resend - the
  status will be updated." pending, a debit alert a success, whatever its bank's wording ("IOB: Your A/c
  XXXXX1234 is debited for Rs.x on <day> by <way> transfer, beneficiary <payee>.", "KVB: Rs.x has been debited
  from A/c XX1234 on <day>; <way> in favour of <payee>.", "CUB: A/c XX1234 Dr Rs.x on <day> for <way> trf to
  <payee>.", "TNGB: INR x withdrawn from A/c ..1234 on <day> thru <way>, paid to <payee>.", Indian Bank's
  "Rs.x debited from A/c *1234 on <day> via UPI to <payee>. UPI Ref No <ref>."); the e-mail's Transaction
  status: Completed (heldout219) / *settled* (new here) Status: Successful - debited successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Date of payment (heldout206), a payer's Payment date
  / Settled on (heldout221) / Date of transfer (heldout209), the held one's Advice date (heldout198) /
  Withheld on (heldout226) and Returned on / Bounced on (heldout221) on the returned one, an inward advice's
  Value date / Date of credit (heldout224) / Funds credited on (heldout191), Received on (heldout206) /
  *settled* (new here) Under scrutiny since on the held one and Returned on / Refunded on (heldout217) on the
  returned one, a receipt's, invoice's or voucher's Date / Bill date / Receipt date / Invoice date / Date of
  invoice / Dated / Voucher date, a banking page's Value date / Transfer date / Debited on, Created on
  (heldout211) / Pending since (heldout220) on the one awaiting its checker and Returned on / *settled* (new
  here) Date returned on the returned one, Zwitch's Credited on / Processed on / Initiated on / Failed on (as
  Decentro's and Open Money's, heldout225 and heldout226), a fee page's Payment date / Date of payment /
  Receipt date / Date of remittance, the Fire and Rescue Services' Initiated on / Transaction date on the page
  not yet confirmed and Kattabettu Village Panchayat's Transaction date / Attempted on on the failed one, an
  insurer's Receipt date / Premium paid on / Date of collection, *settled* (new here) Cheque collected on on
  the cheque not yet cleared and Attempted on / Transaction date (heldout206) on the failed one, a slip's
  DATE: / TXN DT: (heldout218) / *settled* (new here) DATE-TIME:, Paid on / Transaction date & time (the
  latter alone on a bill not paid), TNPDCL's Payment date / Paid on, the SMS's day, the e-mail alert's Value
  date / Transaction date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of
  insurance (heldout199), an invoice number's or a voucher number's financial year or an e-mail's hour; never
  a Shipping bill's date (heldout167) or the day inside a UTR (heldout210); *settled* (new here) never the
  year of the Property tax 2026-27 (first half) or of the Trade licence fee 2026-27.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Zwitch's IMPS (*settled* (new here), as Decentro's, heldout227), a Bharat Connect bill from a
  Current A/c (here in IndOASIS), a fee, a premium or TNPDCL paid by Net banking, an e-mail alert's Transfer
  mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an
  invoice's, Zwitch's, a fee's, a premium's or a bill's UPI and Indian Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or TNPDCL paid by Debit card; cheque for a cheque
  accepted, lodged, returned or under clearing and a premium paid by Cheque; cash for a cash bill, receipt or
  voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout227): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID,
  UPI Ref No., UPI RRN (heldout179), RRN, UPI Ref ID (heldout227), NEFT UTR No. (heldout209), RTGS UTR No.
  (heldout210), IMPS Ref No., IMPS RRN (heldout225), Paykun's UTR and Zaakpay's Bank RRN on a UPI payment
  (*settled* (new here), as heldout227's Plural's UTR and SabPaisa's Bank txn ID), a slip's RRN: / REF NO:
  (heldout223), an SMS's UTR / IMPS Ref and *settled* (new here) Indian Bank's UPI Ref No), then a bank
  reference (an inward advice's IRM No. (heldout190) / Inward remittance ref. (heldout219) / Transaction
  reference (IRM) (heldout205), a banking page's Bank reference No. (heldout210) / Host reference No.
  (heldout222), Bharat Connect Ref. No. / BBPS Ref ID / *settled* (new here) Bharat Connect txn ref., a fee
  page's Bank Ref No., an insurer's Bank Ref No.), then a transaction / payment id (*settled* (new here)
  Paykun's Paykun transaction ID and Zaakpay's Zaakpay txn ID, PhonePe's own Transaction ID, Google Pay's
  Google transaction ID, *settled* (new here) KVB DLite's DLite txn ref., super.money's super.money txn ID and
  IndOASIS's Indian Bank txn ref., *settled* (new here) Zwitch's Zwitch transfer ID (as Decentro's Decentro
  txn ID, heldout227), a fee page's Transaction ID / Transaction ref. No. / Payment ID (*settled* (new here)
  the panchayat's, the Municipality's, the Fire and Rescue Services', the Plant Quarantine Directorate's, the
  Market Committee's and Legal Metrology's Transaction ID, the Pollution Control Board's Transaction ref. No.
  and APEDA's Payment ID), an insurer's *settled* (new here) Gateway ref. No. / Online payment ID, TNPDCL's
  Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval
  code, a slip's APPR CODE: / AUTH CODE: / AUTH NO: (heldout208)), then an order's number (*settled* (new
  here) Paykun's Merchant order No. and Zaakpay's Order ID (as heldout227's Plural order ID), Zwitch's
  Merchant reference ID (the company's own id for the payout, as heldout226's Open Money Merchant reference
  ID)), then a document's own number (a payer's Payment advice No. (heldout215) / *settled* (new here)
  Settlement ref. No., Receipt No. / Bill No. / Cash bill No. (heldout225) on a receipt, Invoice No. / Bill
  No. / Invoice serial No. (heldout225) / Bill of supply No. (heldout208), Voucher No. / Slip No.
  (heldout222), a fee page's Receipt No., Premium receipt No. / Collection receipt No. (heldout226), TNPDCL's
  Receipt No., a slip's INVOICE NO: / ROC NO: (heldout179) / BILL NO:). *settled*: never a UETR, MID, TID,
  BATCH NO, TRACE NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number,
  a Purpose code, an Export invoice No. (heldout210), a Shipping bill No. (heldout167), an E-way bill No., a
  Vehicle No. (heldout205) (so never a Registration No. on an insurer's page or a slip's VEHICLE NO:), an LR
  No. (heldout223), a Sender's reference (heldout223), a Registration No. / Licence No. / Application No.
  (heldout203), a Policy No. / Proposal No. / Cover note No. (heldout226), a Supplier code (heldout219), Maker
  / Checker (heldout171) (so never Created by / Authorised by), a consumer number (here Service No., Account
  No., Mobile No., LPG ID, User ID), an Assessment No. (heldout222's Property ID), an RCMC No. (heldout227),
  the Beneficiary ID or Bank account / VPA of a payout (heldout204), a slip's PUMP NO: (heldout206), ROOM NO:
  (heldout203) or FOLIO NO: (heldout211). *settled* (new here): never a Farm supplier ID, an Arrival slip No.,
  an AWB No., a Member No. or Worker No., the No. of consignments or a Payee short name.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout230_families import (
    bank_alerts,
    buyer_upi,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    grower_pay,
    insurer_receipts,
    own_receipts,
    supplier_invoices,
    trader_advices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout230"

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("trader_advices", trader_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("grower_pay", grower_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout230_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout230 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

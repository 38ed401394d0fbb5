"""heldout236: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Channapatna wooden lacquer toy and lacquerware maker's day in 2026 in Ramanagara
district, Karnataka (Gombemane Crafts Pvt Ltd, its turning and lacquering workshop at Akkur Hosahalli on the
Kengal road, Gombemane Lacquer Works, where the hale wood (Wrightia tinctoria) from the Kanakapura depot is
seasoned, sawn and turned on the lathes, coloured on the spinning lathe with lac sticks dyed with turmeric,
indigo, annatto and catechu, polished with kedige (screw pine) leaf, painted and packed, where the home finishers
of Kengal and Mudagere lacquer by the piece and the painters of Byrapatna paint the dolls' faces, and its toy shop
on the old Bengaluru-Mysuru road, Gombemane Toy Angadi, where the tourists, the parents, the playschools and the
toy shops buy), told by the proofs of payment it receives (tourists', parents', schools' and toy shops' UPI
screens and the shop's Airpay and Zaakpay pages, the Karnataka State Handicrafts Development Corporation's
(Cauvery Emporium), the Central Cottage Industries Corporation's and a Pune, a Mumbai, a Chennai, a Hyderabad, a
Kochi and a Bengaluru toy or craft store's payment advices, toy importers' inward wires from Nuremberg, Kyoto,
Portland, Prague, Seoul, Oslo, Hong Kong and Taipei in euros, yen, US dollars, Czech koruna, won, Norwegian
kroner, Hong Kong dollars and New Taiwan dollars, the shop's bills to a Bengaluru family, a Mysuru Montessori
house and a Mysuru doll buyer, the workshop's bills for lac sticks sold to a turner, for sawdust and shavings sold
by the sack to a Mysuru agarbathi maker and for turned blanks sold to a Koppal painters' co-operative, the
accounts desk's acknowledgements of a Whitefield IT firm's advance for Diwali gift boxes and a Pune shopper's
order, cards on the shop's, the company's and the workshop's terminals) and those it makes (the Kanakapura timber
depot's, the Jhalda shellac maker's, the Mysuru natural colours maker's, the Mysuru lathe maker's and the Peenya
carton maker's tax invoices, the corporate net-banking transfers to the cargo firm, the toy testing laboratory,
the saw mill, the shop's landlady, the dust extraction firm, the photo studio, the security agency and the
electrician, the turners', lacquer finishers', doll painters' and packers' wage slips, Bulkpe and Paytm Payouts
payouts to a bead stringer and a turner and a KBL Mobile Plus and an Ujjivan payment to a polisher and a finisher,
Channapatna City Municipal Council's property tax and trade licence, the Forest Department's timber transit permit
fee, the professional tax, the Department of Factories' licence renewal, the Bureau of Indian Standards' toy
licence and marking fee, the Fire and Emergency Services' fire NOC challan and the Stamps and Registration
Department's stamp duty on the shop's lease, the insurers' premium receipts for the workshop and its lac and wood,
the shop, the cartons on the road, the staff's health, the exports, the delivery van, the home finishers and
turners and the toys' liability, its card at a filling station on NH-275, a Mysuru hotel in the Dasara week, a
tool shop on Avenue Road and a vade stall at Maddur, BESCOM's power and the fibre, DTH and postpaid bills, the
banks' SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Tata Neu, Fi Money, Groww, Kiwi, POP, Jupiter) paying the shop or the
  company in three orders (the day first under the app's name with no label, then the status, the sum and the
  payee; the sum first, then the status and the payee; the payee block first, then the sum and the status), a
  reward, cashback or balance line with its own sum on some, and two of the shop's payment pages (Airpay,
  Zaakpay), the status above the sum and the day at the foot.
* ``buyer_advices``: the Corporation's, CCIC's and the stores' ADVICE OF PAYMENT TO SUPPLIER - HANDICRAFTS /
  SUPPLIER REMITTANCE STATEMENT / Payment release note - toys and crafts (e-mail, printed, supplier portal), the
  advice's number first, then the bills with their days, then the sum, and the payee under the sum, the status at
  the foot.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF FOREIGN INWARD REMITTANCE - EXPORT PROCEEDS
  / Inward SWIFT payment - credit to exporter / Export receipt - beneficiary advice; browser, e-mail, printed),
  the status first under the heading, then the beneficiary and the sum, the remitter's block under them and the
  day at the foot; sums grouped the English, the German or the Czech and Norwegian way, yen, won and New Taiwan
  dollars whole.
* ``own_receipts``: the shop's CASH / CREDIT BILL - TOY SHOP / SALE BILL - CHANNAPATNA TOYS, the workshop's CASH
  BILL - LAC STICKS / SALE BILL - WORKSHOP / SALE BILL - SAWDUST AND SHAVINGS / WASTE SALE MEMO / SALE BILL -
  TURNED BLANKS (paper, rubber stamp), the party first and the bill's number and day at the foot, and the accounts
  desk's Payment acknowledged - with thanks e-mails, the number and the day first.
* ``supplier_invoices``: the timber, shellac, colours, lathe and carton suppliers' GST INVOICE - ORIGINAL / TAX
  INVOICE (ORIGINAL - BUYER'S COPY) / INVOICE CUM RECEIPT with the payment block and a rubber stamp (paper,
  serif), the invoice's number above its day, an old balance on some.
* ``vendor_transfers``: corporate net banking's transfer pages (KBL Corporate Banking, HDFC Bank CBX, Jana
  Corporate Banking), the status first as a banner, then the payee, the sum, the charges and the total debit on
  some, the references under the payee and the day last.
* ``worker_pay``: printed LATHE TURNING WAGES - PER HUNDRED PIECES / KUNDE KELASA KOOLI CHEETI (TURNING) /
  LACQUERING WAGES - PER PIECE FINISHED / ARAGU KELASA KOOLI CHEETI (HOME WORK) / PAINTING WAGES - DOLL FACES AND
  BORDERS / BANNA KELASA KOOLI CHEETI / PACKING AND ASSEMBLY - DAILY WAGE VOUCHER / PACKING SECTION KOOLI CHEETI,
  the number and the day first and the worker under them, Bulkpe's payout page (the payee above the sum) and Paytm
  Payouts' (the sum first), a KBL Mobile Plus and an Ujjivan screen (the status above the sum).
* ``govt_fees``: Channapatna City Municipal Council's property tax (SAS) and trade licence pages, the Forest
  Department's timber transit permit fee, the Commercial Taxes Department's professional tax, the Department of
  Factories' licence renewal, the Bureau of Indian Standards' toy licence and marking fee, the Fire and Emergency
  Services' fire NOC challan (Khajane-II) and the Stamps and Registration Department's Kaveri 2.0 page (browser);
  the status first on three, at the foot on five.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Receipt of premium - original / ACKNOWLEDGEMENT OF PREMIUM
  PAID (browser, e-mail, printed at the branch), the status first under the heading and the sum last.
* ``card_slips``: card terminal slips (monospace), the sum after the card's EMV lines and before the RRN, a tip on
  the vade stall's.
* ``utility_bills``: Bharat Connect in KBL Mobile Plus and UPI apps (Bajaj Finserv, Freecharge, Airtel Thanks,
  POP, super.money), the status above the sum, and BESCOM's own online payment receipt, the status first.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Karnataka Bank, State Bank of India, Ujjivan
  Small Finance Bank, Jana Small Finance Bank's UPI) and two e-mail debit alerts (Karur Vysya Bank, RBL Bank), the
  payee above the sum.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's, heldout227's, heldout231's and heldout235's.

Truth conventions (heldout235's, heldout234's, heldout231's, heldout227's, heldout226's, heldout225's,
heldout224's, heldout223's, heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's,
heldout206's, heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Paying to (heldout206), Payment made to / Merchant name (heldout234), Sent to / Payee / Amount paid to
  (heldout235), *settled* (new here) Money sent to / Payment to / Merchant and Transferred to (as heldout235's
  e-mail alert's) (here the toy shop, Gombemane Toy Angadi / GOMBEMANE TOY ANGADI, the company's capitals,
  GOMBEMANE CRAFTS PVT LTD, or its short name, Gombemane Crafts, as printed), whether the payee block stands
  first, above the sum or under it, never the UPI ID or the app, nor the Banking name (heldout207) / Registered
  name / Name at bank (heldout235) line under the UPI ID or *settled* (new here) the Legal name / KYC name line
  there; a payment page's payee on top (here the shop or the company), never Paid by (heldout206) / Customer name
  (heldout234), *settled* (new here) the Customer (payer) / Name, the Order description / For, or the gateway's
  footer (*settled* (new here) Secured by Airpay Payment Services, Payment processed by Zaakpay). *settled*
  (heldout167, heldout175, heldout179, heldout190, heldout202 to heldout235): a payer's payment advice pays the
  one it pays, never the payer on top; here the Karnataka State Handicrafts Development Corporation's, the Central
  Cottage Industries Corporation's and the stores' advices pay the company under *settled* (new here) Supplier /
  Payee (supplier) / Credited to supplier / In favour of (its full, capital or short name as printed), printed
  under the bills and the sum (*settled* (new here)), never the payer on top, its desk line, *settled* (new here)
  the Supplier code (as heldout210's Vendor code), the Supplier GSTIN, the PO No. or the Bank A/c (as heldout223's
  Supplier bank A/c and heldout235's Vendor bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203
  to heldout235): a bank's inward remittance advice pays the company under Name of beneficiary (heldout210),
  *settled* (new here) Beneficiary customer / Exporter / beneficiary / Credit to, printed first under the status
  or not, never the bank on top, its forex desk line, the remitter (the importer abroad) under Ordering customer
  (heldout234) or *settled* (new here) Remitter (buyer abroad) / Applicant / remitter, its Address, its bank under
  *settled* (new here) Remitter's bank / Ordering institution (as heldout155's Sender's bank and heldout235's
  Remitting bank), the Correspondent bank (heldout231) or *settled* (new here) the BIC of remitting bank, printed
  under the beneficiary. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout235): the company's
  own receipt pays the trade name on top where that is on top, so *settled* (new here) the shop's bills pay
  Gombemane Toy Angadi and the workshop's bills Gombemane Lacquer Works (capitals where so printed), and a bill
  with the company on top the company, never the "A unit of" company line under it (heldout190), the party under
  Received from / Customer / Sold to (heldout235) or *settled* (new here) Name of buyer / Purchaser / Billed to
  customer, printed first (heldout234) or not, the goods' line, the signature line or the rubber stamp; *settled*
  (new here) the workshop's bills for lac sticks sold to a turner, for sawdust and shavings sold by the sack to an
  agarbathi maker and for turned blanks sold to a painters' co-operative alike (the workshop, or the company where
  it is on top, never the buyer, as heldout231's used zari, heldout234's copper scrap and heldout235's cuttings);
  the accounts desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219). A
  supplier's name on top of its own paper (capitals where so printed), never M/s the company under Billed to /
  Recipient / Bill to party (heldout235) or *settled* (new here) Sold to (buyer) / Name of purchaser / Invoice to,
  nor the workshop under *settled* (new here) Delivery at (as heldout235's Shipped to). *settled* (heldout179,
  heldout186, heldout202, heldout203, heldout207 to heldout235): a corporate banking page pays the payee under
  *settled* (new here) Transfer to / Beneficiary account name / Vendor (payee) / Credited party (capitals where so
  printed), printed under the status banner, never the portal (KBL Corporate Banking, HDFC Bank CBX, Jana
  Corporate Banking), the bank line, the Debit account (heldout234) or *settled* (new here) the Beneficiary
  nickname (as heldout231's Nick name and heldout235's Short name). *settled* (heldout150, heldout161, heldout179,
  heldout203 to heldout235): a wage voucher pays the worker, *settled* (new here) a turner under Name of turner /
  Wages to (turner), a lacquer finisher under Name of finisher / Paid to (lacquer finisher), a painter under Name
  of painter / Wages to (painter) and a packer under Name of packer / Worker (packer), printed after the voucher's
  number and day (*settled* (new here)), never the company on top, the workshop's line under it, the Work, the
  Village or *settled* (new here) the Lathe No., the Artisan card No. or the Lot No.; *settled* (new here)
  Bulkpe's and Paytm Payouts' payout pages the Beneficiary name / Payee (as heldout235's Easebuzz and heldout234's
  Open), printed above the sum or under it, never the platform on top, the company under it (Payouts - ...), the
  Contact ID (heldout234) / Beneficiary ID (heldout173), the Account / IFSC or the VPA; a transfer screen (KBL
  Mobile Plus, Ujjivan SFB) the payee under Paid to / To (heldout234). *settled* (heldout153, heldout167,
  heldout182, heldout202 to heldout235): a fee page pays the authority on top as printed, *settled* (new here)
  Channapatna City Municipal Council / CHANNAPATNA CITY MUNICIPAL COUNCIL on both its pages; Karnataka Forest
  Department / KARNATAKA FOREST DEPARTMENT; Commercial Taxes Department, Karnataka / Professional Tax, Karnataka;
  Department of Factories, Boilers, Industrial Safety and Health / its capitals; Bureau of Indian Standards /
  BUREAU OF INDIAN STANDARDS (heldout234); Karnataka State Fire and Emergency Services / its capitals; Department
  of Stamps and Registration, Karnataka / STAMPS AND REGISTRATION DEPARTMENT, KARNATAKA; never the line under it
  (the Urban Development Department, Government of Karnataka, Ramanagara Division, the Labour Department, Product
  certification - toys, Khajane-II e-challan or Kaveri 2.0), *settled* (new here) the Name of khatedar, Name of
  trade, Trade name, Permit holder, Name of employer, Name of factory, Name of occupier, Licensee, Name of
  occupancy, Party (lessee) or Party (lessor). *settled* (heldout199, heldout202 to heldout235): an insurer's
  premium receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here) Magma
  General Insurance Ltd's, Zurich Kotak General Insurance Co. (India) Ltd's, Shriram General Insurance Co. Ltd's,
  ManipalCigna Health Insurance Co. Ltd's, ECGC Ltd's, Acko General Insurance Ltd's, Aditya Birla Health Insurance
  Co. Ltd's and Liberty General Insurance Ltd's alike), never the product line, the office line or *settled* (new
  here) the Proposer / Insured name / Name of the insured (the company). A slip's counter name line in capitals
  (here the company's own counters, GOMBEMANE TOY ANGADI, GOMBEMANE CRAFTS and GOMBEMANE LACQUER WORKS, on four, a
  filling station, a Mysuru hotel, a tool shop and a vade stall on the rest), never the terminal's bank or brand
  (KARNATAKA BANK, INDIANOIL, CANARA BANK, HDFC BANK, JANA SMALL FINANCE BANK, INNOVITI, YES BANK, PINE LABS) or
  the place line. A Bharat Connect page's biller under Biller / Service provider (heldout223, heldout234),
  *settled* (new here) Electricity board / Broadband provider / DTH operator / Mobile operator / Paid to biller
  (short or long as printed), never the app (here Bajaj Finserv, KBL Mobile Plus, Freecharge, Airtel Thanks, POP
  and super.money), Bharat Connect, the Customer name (heldout222) or *settled* (new here) the Bill in the name
  of; *settled* (new here) BESCOM's own receipt page the discom on top (BESCOM, Bangalore Electricity Supply
  Company Ltd or its capitals as printed, as heldout235's PGVCL), never the "A Government of Karnataka
  undertaking" line under it, the Sub division or the Name of consumer (heldout235). An SMS alert's payee as the
  bank sends it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here)
  Karnataka Bank's "via <way> in favour of <payee>.", State Bank of India's "<way> transfer to <payee>.", Ujjivan
  Small Finance Bank's "for <way> payment to <payee>." and Jana Small Finance Bank's UPI "You paid Rs.x to
  <payee>", and the failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender
  id; the e-mail alert's Beneficiary name (heldout206), *settled* (new here) Paid to / Credited to, printed above
  the sum (*settled* (new here)), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the status,
  under it or under the payee, never *settled* (new here) a reward, cashback or balance line's sum (NeuCoins
  earned on this payment, Balance left in your account, Cashback credited, Cashback on your Kiwi card, POPcoins
  value earned, Jewels value earned). *settled* (heldout152, heldout186, heldout190, heldout202 to heldout235): a
  payer's advice counts its net sum, *settled* (new here) Amount released / Net paid to supplier / Net amount
  credited, Amount withheld / Payment held on the hold and Amount returned / Amount (returned unpaid) on the
  return (the bills less TDS u/s 194Q @ 0.1% and a Less: Breakage in transit - n pcs, a Less: Rate difference - n
  pcs @ rate or a Less: Cash discount @ 1.5%), printed under the bills (*settled* (new here)), never a bill's sum,
  *settled* (new here) the Gross bill value / Sum of invoices, or a cut. *settled* (heldout155, heldout167,
  heldout179, heldout190, heldout203 to heldout235): an inward wire's foreign sum, Instructed amount (heldout173),
  *settled* (new here) or Foreign currency amount / Amount of remittance (FCY) / Inward amount, in euros (EUR or
  the euro sign before the sum, heldout152, *settled* (new here) or grouped the German way, EUR 12.345,60 or
  12.345,60 EUR), yen (*settled* (new here) JPY or the yen sign before the sum or JPY after it, whole), US
  dollars, Czech koruna (*settled* (new here) CZK before or after the sum, grouped with spaces and a decimal
  comma, CZK 98 518,94, or the English way), won (*settled* (new here) KRW or the won sign, whole), Norwegian
  kroner (*settled* (new here) NOK, grouped as the koruna), Hong Kong dollars (HKD, heldout219, *settled* (new
  here) or HK$) and New Taiwan dollars (*settled* (new here) TWD or NT$, whole), the truth the sum with two places
  and the currency's code, never the Rupee equivalent (as heldout235's INR equivalent), the Less: Processing
  charges + GST (as heldout235's Less: Bank charges incl. GST), the Net rupees credited (as heldout235's Net INR
  credited) or *settled* (new here) the Proforma invoice total on an advance; its Exchange rate applied (1 NOK =
  INR 8.4757) or *settled* (new here) Rate (INR per 100 KRW) is no sum. *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout235): a receipt counts the sum received even where it is part of the order,
  Advance received (heldout234), *settled* (new here) Amount received in cash / By cash / UPI received / Collected
  by UPI / Swiped on card / Card amount / Cheque received for / Advance collected (NEFT), with the sum in words
  under it, never the Order value (heldout202) where less was received, *settled* (new here) the Bill total /
  Gross total / Net bill, the goods' line, the CGST @ 2.5% and SGST @ 2.5%, the Rounded off or *settled* (new
  here) the Balance payable on delivery; *settled* (new here) the workshop's sales of lac sticks, of sawdust by
  the sack and of turned blanks (the kilos, sacks or pieces x rate with CGST and SGST @ 2.5%) count their bill
  with the GST, received in full (as heldout234's copper scrap). *settled* (heldout187, heldout191, heldout202 to
  heldout235): a supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new here)
  Less: Advance already received) the *settled* (new here) Balance received by RTGS / NEFT (as heldout235's
  Balance settled by), else *settled* (new here) Payment received - NEFT / RTGS / Amount credited via NEFT / RTGS
  / UPI collection / Received through UPI (the rounded Invoice value with GST), or *settled* (new here) the Cheque
  received for / By cheque, never the Taxable value, a line, the GST or *settled* (new here) the Old balance
  (previous bills). A banking page's *settled* (new here) Amount transferred / Amount to beneficiary / Payment
  value, never *settled* (new here) the Charges (incl. GST) or the Total debit (amount + charges). *settled*
  (heldout167, heldout202 to heldout235): a wage voucher's net sum, *settled* (new here) Net wages / Amount paid
  to worker / Take-home paid (the pieces turned @ rate per 100, the pieces lacquered, dolls painted or days worked
  x rate, plus Add: Festival rush bonus / Add: Sunday overtime, less Less: Pieces rejected (cracks) - n @ rate /
  Less: Lac advance recovered / Less: ESI (employee share)), never the Gross earnings, the line or a deduction;
  the payout pages' and a screen's sum large. *settled* (new here): the Council's property tax Total amount paid /
  Net tax paid (the Property tax 2026-27, the Library, Health and SWM cesses, less the Rebate @ 5% (paid by 30
  April)), never a head or the rebate; its trade licence's Amount payable / Amount (the Trade licence fee, the
  Advertisement board fee and the SWM user charges), never a head; the Forest Department's Total remitted (the
  Permit fee and the Forest development tax @ 12%), never a head; the professional tax's Total tax paid (the
  Employer's PT 2026-27 and the PT deducted from employees), never a head; the Department of Factories' Fee paid /
  Total fee remitted (the Licence fee 2026-27 and a Late fee), never a head; the Bureau of Indian Standards' Total
  paid (incl. GST) (the Annual licence fee, the Marking fee and the GST @ 18%), never a head or the GST; the Fire
  and Emergency Services' Challan amount (the Fire NOC renewal fee and the Inspection fee), never a head; the
  Stamps and Registration Department's Total paid / Amount remitted (the Stamp duty, its Surcharge and Cess, the
  Registration fee and the Scanning fee), never a head. *settled* (heldout199, heldout202 to heldout235): an
  insurer's premium with its GST, *settled* (new here) Premium collected (incl. GST) / Total amount received /
  Gross premium paid, printed last (*settled* (new here)), the Cheque for on the cheque under collection (as
  heldout211's Cheque amount), Premium due / Amount to be paid on the failed one, never the Net premium
  (heldout234), an add-on or the GST, nor the OD premium or the TP premium (heldout235), nor the IDV (insured
  declared value) or *settled* (new here) the Sum insured - building, lathes and stock, the Sum insured - shop
  stock and fittings, the Annual turnover declared, the Members covered, the Maximum liability on buyers, the Sum
  insured per artisan or the Limit of indemnity - any one accident. A slip's *settled* (new here) SALE AMT: / AMT
  INR: / SALE AMOUNT: / GRAND TOTAL:, and *settled* (new here) where a TIP: is added the TOTAL: (heldout179),
  never the BASE AMT: (heldout235's, there with no tip) or the TIP:, never *settled* (new here) the RATE: or the
  VOLUME: (as heldout192's RATE/LTR: and QTY(LTR):). A Bharat Connect page's sum large; BESCOM's *settled* (new
  here) Amount paid / Payment received, never *settled* (new here) the Amount after due date. An alert's sum
  debited (*settled* (new here) Karnataka Bank's "INR x paid from", State Bank of India's "debited by Rs.x",
  Ujjivan Small Finance Bank's "debited with Rs x", Jana Small Finance Bank's "You paid Rs.x", the failed and
  pending transfers' "Your <way> of Rs.x"; the e-mail's *settled* (new here) Amount (INR) / Transferred amount,
  printed under the payee), never the Bal: line or *settled* (new here) the e-mail's Available balance. Currency
  INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful - the shop has been paid, Money sent
  to the toy shop and Done - amount credited to the merchant successes, Waiting for the bank - status will update
  in a few minutes, do not pay again pending, Declined - wrong UPI PIN entered, no money deducted failed; a
  payment page's Transaction successful - the shop has your order, Paid - your toys will be packed today and
  Payment complete successes. *settled* (new here): a payer's Status: Released - credited to the supplier's bank /
  Paid - funds sent to your account successes, Withheld - breakage claim on the last consignment under review
  pending (a payer's hold, as heldout198's to heldout235's), Returned unpaid - beneficiary name does not match the
  account failed, printed at the foot. *settled* (new here): an inward advice's Funds converted and credited -
  EDPMS updated / Status: Inward remittance realised successes, On hold - awaiting KYC of the remitter from the
  correspondent bank pending, Returned to the ordering bank - beneficiary name does not match the account failed,
  printed first under the heading (*settled* (new here)). *settled* (heldout167, heldout179, heldout190,
  heldout203, heldout207, heldout211, heldout215, heldout219, heldout223, heldout227, heldout231, heldout234,
  heldout235): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here)
  CHEQUE IN CLEARING - BLANKS HELD AT WORKSHOP and CHEQUE IN CLEARING - SUBJECT TO REALISATION pending, CHEQUE
  RETURNED UNPAID - BILL STANDS CANCELLED and CHEQUE RETURNED - ACCOUNT CLOSED, PAY AFRESH failed; RECEIVED WITH
  THANKS, PAID and PAID IN CASH successes, *settled* (new here) as are PAID - TOYS PACKED AND HANDED OVER, PAID -
  LAC STICKS WEIGHED AND GIVEN, PAID - SACKS LOADED ON BUYER'S VEHICLE, PAYMENT RECEIVED - THANK YOU, CLEARED - NO
  DUES, RECEIVED IN FULL BY NEFT / RTGS / UPI, PAID - PIECES COUNTED AND ACCEPTED and PAID - ENTERED IN KOOLI
  REGISTER. *settled* (new here): a banking page's Status: Successful - credited to beneficiary / Executed - funds
  with the beneficiary bank successes, Pending authorisation - second signatory to approve pending (keyed, not yet
  authorised, as heldout191's to heldout235's), Rejected by beneficiary bank - invalid account, debit reversed
  failed, printed first as a banner; the payout pages' Transfer successful - credited to the worker / Payout
  status: Success successes, Queued - will be sent in the next batch at 6 pm pending (not yet sent, as
  heldout227's and heldout235's Scheduled), Payout rejected - beneficiary bank not reachable, amount back in
  wallet failed; a transfer screen's Paid / Transaction successful (heldout211) and *settled* (new here) Sent
  successfully successes; a fee page's *settled* (new here) Payment successful - e-receipt issued, Remitted
  successfully - receipt below, Fee received by the department, Payment accepted - challan paid and Tax paid - SAS
  receipt generated successes, the Fire and Emergency Services' Challan generated - awaiting the bank's
  confirmation to Khajane-II pending (a challan whose remittance the treasury has not confirmed, as heldout235's
  Registry's Payment initiated), the Council's Payment unsuccessful - not credited to the Council's account, retry
  after 30 minutes failed, printed first or at the foot; an insurer's *settled* (new here) Premium accepted -
  cover confirmed / Receipt issued - policy follows by e-mail successes, CHEQUE UNDER COLLECTION - RISK COVERED
  ONLY ON CLEARANCE pending (as heldout211's cover from realisation), Premium not collected - card declined by
  issuer, no cover failed, printed first under the heading; a slip's APPROVED (heldout210) / TXN APPROVED
  (heldout211) successes, *settled* (new here) as are APPROVED - THANK YOU and SALE SUCCESSFUL, DECLINED - 51
  INSUFFICIENT FUNDS failed, HOST NOT RESPONDING - STATUS UNKNOWN, CHECK BEFORE RETRY pending; *settled* (new
  here) a Bharat Connect page's Bill paid - biller has confirmed / Payment successful - updated with the biller
  successes, Pending with the biller - confirmation within 2 working days pending, Failed - could not reach the
  biller, money will be refunded failed (the payment failed, whatever the refund), BESCOM's Payment successful (as
  heldout234's TNPDCL's) / Bill payment received - thank you successes, printed first; *settled* (new here) an SMS
  that says the transfer "was RETURNED by the beneficiary bank - amount re-credited to your A/c." failed (whatever
  the money back), one that "is PENDING at the beneficiary bank - do not initiate it again." pending, a debit
  alert a success, whatever its bank's wording ("INR x paid from A/c XX1234 on <day> via <way> in favour of
  <payee>.", "Your A/c X1234 debited by Rs.x on <day>, <way> transfer to <payee>.", "A/c ..1234 debited with Rs x
  on <day> for <way> payment to <payee>.", Jana Small Finance Bank's "You paid Rs.x to <payee> from A/c **1234 on
  <day> via UPI."); the e-mail's *settled* (new here) Transaction status: Success / Outcome: Amount debited and
  credited to the beneficiary bank successes.
* date: the day paid (a UPI screen's Date & time / Paid on (heldout206), *settled* (new here) Transaction time /
  Sent on, Requested on on the one not yet paid and Attempted on on the failed one (as heldout203's Initiated on),
  or *settled* (new here) the day and hour with no label printed first under the app's name; a payment page's Date
  of payment (heldout234), *settled* (new here) Transaction date / Paid at, printed at the foot; a payer's Payment
  date / Paid on, *settled* (new here) Released on / Credit date, the held one's Advice date (heldout198) /
  *settled* (new here) Withheld on (as heldout226's Withheld on) and the returned one's Returned on (heldout234) /
  Date of return (heldout223), printed under the payee; an inward advice's Value date (heldout203), *settled* (new
  here) Date of credit / Credited on / Realised on, Received on (heldout234) / *settled* (new here) Held since on
  the held one and Returned on / Date of return (heldout234, heldout235) on the returned one, printed at the foot
  (*settled* (new here)); a receipt's, invoice's or voucher's Date / Dated / Invoice date / Bill dt. (heldout234),
  *settled* (new here) Bill date, Dt., Date of receipt, Received on, Date of supply, Wages paid on (heldout234)
  and Payment dt., printed at the foot on the shop's and the workshop's bills (*settled* (new here)) or under the
  number on the rest; a banking page's Value date, *settled* (new here) Execution date / Transferred on, Created
  on on the one awaiting its second signatory and Rejected on on the rejected one, printed last; the payout pages'
  *settled* (new here) Processed at, Queued at on the one queued and Failed at (heldout168) on the rejected one; a
  fee page's Date of payment / Paid on / Payment date, *settled* (new here) Remitted on, the trade licence's
  Attempted on (heldout234) / Transaction date on the failed one and the fire NOC's *settled* (new here) Challan
  generated on / Generated on on the challan not yet confirmed; an insurer's Date of receipt (heldout221),
  *settled* (new here) Premium paid on / Collected on, Cheque received on (heldout204) on the cheque under
  collection and Attempted on (heldout234) on the failed one; a slip's *settled* (new here) TXN DT: / DATE TIME: /
  DT:; a Bharat Connect page's Paid on, *settled* (new here) Payment date & time / Completed at, Transaction date
  & time (heldout234) alone on a bill not paid; BESCOM's Payment date / Paid on; the SMS's day, its divider's day
  with or without its year or its weekday alone (*settled* (new here)); the e-mail alert's Value date, *settled*
  (new here) Date of transaction). *settled*: never a Bill date (heldout235), a Due date, a Cheque date
  (heldout198), a Policy period (heldout231) or Cover starts (heldout235), *settled* (new here) or Cover from, an
  invoice number's or a voucher number's financial year or an e-mail's hour; never a Shipping bill's date
  (heldout167) or the day inside a UTR (heldout210); *settled* (new here) never a bill's day listed on an advice
  (GMC/26-27/0397 dt. 10/04/2026), the day inside the professional tax page's Bank CIN, the year of the property
  tax or of a licence (Property tax 2026-27, Licence fee 2026-27, Employer's PT 2026-27) or the rebate's last day
  (paid by 30 April).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS
  / IMPS, the payout pages' IMPS (*settled* (new here) Bulkpe's and Paytm Payouts', as heldout235's Easebuzz's), a
  payment page's *settled* (new here) Net banking - <bank>, a Bharat Connect bill from a Current A/c (here in KBL
  Mobile Plus), a fee, a premium or BESCOM paid by Net banking / *settled* (new here) Internet banking, an e-mail
  alert's *settled* (new here) Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps and transfer screens, a
  payment page's, a receipt's, a voucher's, an invoice's, the payout pages', a fee's, a premium's or a bill's UPI,
  *settled* (new here) a fee's BHIM UPI and Jana Small Finance Bank's UPI alert; card on slips, a payment page's
  card, a receipt's Card, a fee, a premium or BESCOM paid by Debit card, *settled* (new here) RuPay debit card or
  Credit card; cheque for a cheque received, in clearing or returned and a premium paid by Cheque; cash for a cash
  bill or a wage slip paid in Cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout235): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., RRN, UPI RRN (heldout179), Bank RRN
  (heldout227), UPI txn ref. (heldout231), IMPS RRN (heldout235), *settled* (new here) NPCI reference, UPI
  reference number, RRN No., UPI Ref, NEFT ref. No., NEFT ref., UTR reference, RTGS UTR, IMPS ref., IMPS ref. No.,
  UTR number and Reference No. (UTR), a slip's RRN: (heldout200) / *settled* (new here) RET REF NO:, an SMS's UTR
  / *settled* (new here) IMPS Ref / UPI Ref), then a bank reference (an inward advice's IRM No. (heldout190),
  *settled* (new here) Bank's inward ref. / IRM reference, a banking page's Host ref. No. (as heldout195's Host
  reference No.) / *settled* (new here) Transaction ref. No., printed under the payee, a payment page's *settled*
  (new here) Bank ref. No. on net banking, a fee page's *settled* (new here) Bank ref. No. / Bank reference / Bank
  ref. / Bank CIN, an insurer's *settled* (new here) Bank ref., BESCOM's Bank ref. No., *settled* (new here) BBPS
  reference ID / Bharat Connect txn ref. / B-Connect Ref. No. (heldout235)), then a transaction / payment id
  (*settled* (new here) Airpay's Airpay txn ID and Zaakpay's Zaakpay txn ID, Tata Neu's Neu txn ID, Fi Money's Fi
  txn ID, Groww's Groww order ID, Kiwi's Kiwi ref. ID, POP's POP txn ID and Jupiter's Jupiter txn ID (the app's
  own id, whatever its name), KBL Mobile Plus's KBL txn ref., *settled* (new here) Bulkpe's Bulkpe txn ID and
  Paytm Payouts' Paytm payout ID (as heldout235's Easebuzz payout ID), a fee page's Transaction ID / Transaction
  No. (heldout234), *settled* (new here) the Forest Department's K2 challan ref. No., the professional tax's
  e-Payment ref. No., the Bureau of Indian Standards' Payment ID and Kaveri's Kaveri payment ref. No., an
  insurer's *settled* (new here) Gateway txn No. / Transaction ref., BESCOM's Transaction ID, a failed Bharat
  Connect page's *settled* (new here) App txn ID), then an approval code (Auth code, Approval code, a slip's APPR
  CODE: / *settled* (new here) AUTH ID:), then an order's number (*settled* (new here) Airpay's Merchant order No.
  and Zaakpay's Order ID, Bulkpe's Client ref ID and Paytm Payouts' Order ID (the company's own id for the payout,
  as heldout235's Unique request ID)), then a document's own number (a payer's Remittance advice No. (heldout234),
  *settled* (new here) Advice No. / Payment release No., the accounts desk's *settled* (new here) Ack. No. /
  Acknowledgement No., Bill No. / Receipt No. / *settled* (new here) Cash bill No. on a bill, Invoice No. / Inv.
  No. / Bill No. / Tax invoice No. (heldout234) on an invoice, *settled* (new here) Wage slip No. / Kooli cheeti
  No., the Council's Challan No. (heldout231), the fire NOC's *settled* (new here) Khajane-II challan No. (as
  heldout179's treasury Challan No.), an insurer's Receipt No. / *settled* (new here) Official receipt No.,
  BESCOM's Receipt No., a slip's BILL NO: / INVOICE NO: / INV NO:). *settled*: never a UETR, MID, TID, BATCH NO,
  STAN: (heldout202) (so *settled* (new here) never the BATCH: or the TRACE NO:), a card, account or mobile number
  (so never a slip's PAN:), a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Export invoice No.
  (heldout210), a Shipping bill No. (heldout167), an E-way bill No., an LR No. (heldout235), a Vehicle No.
  (heldout205) (so never a Registration No. on an insurer's page or a slip's VEH NO:), an Application No.
  (heldout203), a Policy No. / Proposal No., a Vendor code (heldout210) (so never a Supplier code), a Sender's
  reference (heldout223), Maker / Checker (heldout171) (so never the Created by / Released by), a consumer number
  (here Account ID, Account No., Customer ID, Subscriber ID, Mobile No.), a Licence No. (heldout231), a CM/L No.
  (heldout234), a slip's FOLIO: (as heldout231's FOLIO NO:) or ROOM: (as heldout203's ROOM NO:) or NOZZLE:
  (heldout202), a Contact ID (heldout234) or Beneficiary ID (heldout173), a nickname (heldout231). *settled* (new
  here): never a PO No. / PO ref., an IEC, a BIC of remitting bank, a Proforma invoice No., a Transit permit No.,
  a PID No. or Khata No. (as heldout222's Property ID), a Trade licence No., an EC No. or RC No., a Standard (IS
  9873), a Client ID or Intermediary code, a Lathe No., Artisan card No. or Lot No., an RR No., a slip's AID:,
  TC:, TVR: or ODOMETER:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout236_families import (
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

SPLIT = "heldout236"

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


def make_heldout236_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout236 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout256: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Sankheda furniture house's day in 2026 in Chhota Udepur district, Gujarat
(Orsang Kharadi Crafts Pvt Ltd, its workshop in Kharadi Vas by the Orsang river, Orsang Kharadi Karkhana,
where the kharadis turn the teak legs, spindles and rails of swings, sofa sets, chairs and dining sets on the
lathe and rub the coloured lac into the turning wood, the painters lay the tin-foil (vark) flowers and bands
under the lacquer at home by the piece and old Sankheda furniture is re-lacquered as job work, its showroom on
Bahadarpur Road, Sankheda, Orsang Rangmahal, with a display gallery in Alkapuri, Vadodara, and its teak yard
and lac stick unit on the Bodeli road, Orsang Saag & Lakh Bhandar, where the teak lots bought at the Gujarat
State Forest Development Corporation's auctions are seasoned, the coloured lac sticks are rolled and sold by
the kilo to the other kharadis and the turning shavings are sold by the bag to a poultry farm), told by the
proofs of payment it receives (families', farmhouse owners', party plots' and hotels' UPI screens and the web
shop's PayU and Instamojo pages, Garvi Gurjari's (the Gujarat State Handicrafts & Handloom Development
Corporation's), the Statue of Unity authority's at Ekta Nagar, a Mumbai interiors house's, a Jaipur palace
hotel chain's, an Ahmedabad and a Surat wedding decorator's, a Pune home decor e-shop's and a Bengaluru craft
store's payment advices, importers' inward wires from Leicester, Chicago, Dubai, Durban, Zurich, Singapore,
Antwerp and Hong Kong in pounds, US dollars, dirhams, rand, Swiss francs, Singapore dollars, euros and Hong
Kong dollars, the showroom's bills to a Vadodara family, an American tourist and a Bodeli temple trust, the
workshop's job work bill for re-lacquering to a Rajpipla hotel and its trade bill to an Ahmedabad furniture
shop, the yard's lac stick memo by the kilo to a Sankheda kharadi and its shavings receipt by the bag to a
Bodeli poultry farm, the accounts desk's acknowledgement of an Udaipur heritage hotel's booking advance for a
dining set, cards on the showroom's (at Sankheda and at the Alkapuri gallery), the company's and the
workshop's terminals) and those it makes (the Rajpipla teak timber merchant's, the Khunti lac maker's, the
Jamnagar brass fitting maker's, the Mumbai foil and colour house's and the Surat upholstery house's tax
invoices, the net-banking transfers to the saw mill, the tempo service, the Alkapuri landlord, the chartered
accountants, the export packers, the customs broker, the crafts fair's organiser and the motor rewinder, the
kharadis' and painters' wage slips, Cashfree payouts to two yard hands and an iMobile Pay and a BHIM payment
to two more, Sankheda Gram Panchayat's property and water tax, the forest corporation's teak lot payment, the
Export Promotion Council for Handicrafts' RCMC renewal, the Gujarat Pollution Control Board's consent renewal,
the profession tax through Cyber Treasury, ESIC's contribution challan, the Labour Commissioner's Shops and
Establishments registration for the showroom and the Transport Department's tax on the new delivery tempo, the
insurers' premium receipts for the workshop, lathes, teak and lac stock, the showroom stock, the export
containers, the workers' health, the employees' compensation, the machines, the tempo and the furniture at
crafts fairs, its card at a filling station on the Bodeli road, a Greater Noida hotel in the IHGF Delhi Fair's
week, a Vadodara hardware and brass shop and a Bodeli farsan house, MGVCL's power and the fibre, postpaid,
DTH, FASTag and cooking gas bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

* ``buyer_upi``: six UPI app screens (bob World, PhonePe, Google Pay, BHIM, CRED, Amazon Pay) paying the
  showroom or the company in one of three layouts (the status, then the payee at the right of its label on one
  row and the sum; the sum, the payee block and the status at the foot of the card; the payee block, the
  status and the sum), the day and the hour with no label under the status on some (05.07.2026, 22:41 hrs),
  else labelled first in the details or at their end, and two of the web shop's payment pages (PayU,
  Instamojo), the sum large above the status or in an Amount charged / Total paid row under it, the day under
  the status or after the ids, the Order summary (the buyer and the item) after the status or at the foot.
* ``buyer_advices``: Garvi Gurjari's, the Statue of Unity authority's, the interiors house's, the hotel
  chain's, the decorators', the e-shop's and the craft store's PAYMENT ADVICE - SANKHEDA FURNITURE SUPPLY /
  Vendor payment intimation / ADVICE OF REMITTANCE - PURCHASE OF FURNITURE (an e-mail with Jai Shri Krishna, /
  Dear Vendor,, printed, vendor portal), the status under the heading or at the end of the payment block, the
  payee at the head of the body or of the payment block, the bills (of ... on some) above the payment block or
  under it; TDS u/s 194Q @ 0.1% on the five larger buyers' and none on the decorators', the authority's
  GST-TDS split into CGST @ 1% and SGST @ 1% with its Liquidated damages @ 0.5%; the day written Wednesday, 14
  October 2026 on some e-mails.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS /
  Inward SWIFT credit - exporter's copy / Foreign inward remittance - intimation; browser, e-mail, printed),
  the status under the heading or at the foot, the day first, after the sums or after the references, the
  remitter's block above the beneficiary's or under it; the sum with its code or sign, or bare on a row whose
  label names the currency (Amount received (CHF)); pounds and US dollars with their signs, dirhams (AED /
  Dhs), rand (ZAR / R, spaces between the thousands and a decimal comma), Swiss francs (an apostrophe between
  the thousands), Singapore dollars (SGD / S$), euros (the Belgian way on some, 12.450,00 EUR) and Hong Kong
  dollars (HKD / HK$); the rupee lines only on the credited ones, the rate marked indicative on the parked
  one; a bill of lading or a shipping bill and its day on some.
* ``own_receipts``: the showroom's TAX INVOICE - SANKHEDA FURNITURE / RETAIL INVOICE - SOFA AND SWING / RETAIL
  INVOICE - CHAIRS, the workshop's JOB WORK BILL - RE-LACQUERING BY THE PIECE / MARAMMAT BILL - JUNU FARNICHAR
  (JOB WORK) and TRADE INVOICE - FURNITURE FOR RESALE / VEPARI BILL - SANKHEDA FURNITURE, the yard's LAC STICK
  SALE MEMO - BY THE KG / PAVTI - LAKH NI BATTI and SHAVINGS SALE RECEIPT - BY THE BAG / PAVTI - KHARAD NO
  BHUKO (paper, rubber stamp, the signature and the buyer's lines; the sums with the paise after an equals
  sign on some, Rs. 12,450=00), the number and the day (Ta. on some) in either order above the party, and the
  accounts desk's Advance received - with thanks e-mail (a booking advance against the dining set's order
  value, IGST).
* ``supplier_invoices``: the teak, lac, brass fitting, foil and colour and upholstery suppliers' TAX INVOICE -
  ORIGINAL FOR RECIPIENT / GST TAX INVOICE CUM CHALLAN / INVOICE CUM PAYMENT RECEIPT with the payment block
  (an advance or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number with the day
  in brackets on one Invoice No. (date) row (RST/26-27/0311 (14.10.2026)) on some, else in either order; each
  line's HSN; CGST and SGST within Gujarat, IGST from Jharkhand and Maharashtra; the teak's Transit pass No.;
  a transporter's Bilty No. or a courier's AWB No.; the sums with the paise after an equals sign on some.
* ``vendor_transfers``: corporate net banking's pages (Baroda Connect, ICICI Bank CIB, Kotak Corporate
  Banking) in three layouts (the status, the sum large and the day on top, then the Credit details and the
  Debit details; the Debit details with the day on top, the Credit details, the sum, the references and the
  status at the foot; the references under the heading, the Credit details, the sum and the status, the Debit
  details and the day at the foot).
* ``worker_pay``: printed KHARADI MAJURI - PER PIECE (LATHE WORK) / TURNING WAGES - BY THE PIECE / RANG KAAM
  MAJURI - GHER KAAM (PER PIECE) / LACQUER PAINTING WAGES - HOME WORK, the payee first; Cashfree Payments'
  payout pages, the payee above the sum and the status or under them; an iMobile Pay and a BHIM screen, the
  payee above the sum or under the status.
* ``govt_fees``: Sankheda Gram Panchayat's milkat vero and water tax on e-Gram, the forest corporation's
  e-auction lot payment for teak (with GST and TCS u/s 206C), EPCH's RCMC renewal, the Gujarat Pollution
  Control Board's consent renewal on XGN, the profession tax through Cyber Treasury, ESIC's contribution
  challan, the Labour Commissioner's Shops and Establishments registration and the Transport Department's tax
  on the tempo on Vahan (browser), the status under the authority's line or at the foot, the references before
  the heads or after the sum.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium paid - receipt / RECEIPT FOR PREMIUM - INSURED'S
  COPY (Premium payment unsuccessful / PAYMENT STATUS - RENEWAL PREMIUM on the failed one; browser, e-mail,
  printed at the branch), the status under the heading or under the sum, a Period of insurance ... to ... line
  on some; CGST and SGST @ 9% or IGST @ 18%.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DT: and TM:, TXN DATE:
  and TXN TIME:, or DATE: and TIME:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in ICICI's InstaBIZ and other apps (BHIM, Paytm, CRED, Amazon Pay, bob
  World), the biller above the sum and the status or under them, the sum above the status or under it, and
  MGVCL's own online payment receipt, the status under the head or at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda's UPI, Baroda Gujarat
  Gramin Bank, State Bank of India, the Vadodara District Central Co-operative Bank) in a messages app and two
  e-mail debit alerts (ICICI Bank, Kotak Mahindra Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout255's and heldout254's. The Greater Noida hotel's card slip
is drawn in the IHGF Delhi Fair's week in October (13 to 18 October 2026); the other days anywhere in 2026.

Truth conventions (heldout255's, heldout254's, heldout251's, heldout250's, heldout247's, heldout246's,
heldout243's, heldout242's, heldout239's, heldout235's, heldout234's, heldout231's, heldout227's,
heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's, heldout215's,
heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's, heldout190's, heldout179's
and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to
  vendor (as heldout251's, here on a UPI screen), Payment credited to (as heldout235's), *settled* (new here)
  Sent to shop / Beneficiary merchant (as heldout242's Merchant), and Trying to pay (heldout250) / Sending to
  (as heldout247's Sending payment to) on one not yet paid or failed (here the showroom, Orsang Rangmahal /
  ORSANG RANGMAHAL, the company's capitals, ORSANG KHARADI CRAFTS PVT LTD, or its short name, Orsang Kharadi,
  as printed), whether the payee block stands above the sum, under the status or under the sum (heldout243,
  heldout247), or *settled* (new here) the payee's name at the right of its label on one row above the sum
  (Payment credited to ... Orsang Rangmahal), never the UPI ID or the app, nor the Registered business name
  (heldout246) / KYC name (heldout253) line under the UPI ID, nor the payer under *settled* (new here) Sent
  from / Paid by (payer) (as heldout247's Payer name); a payment page's payee on top (here the showroom, its
  capitals, the company or its short name), never the shop's line, the Order summary (heldout250) with its
  Billing name (heldout251) / Deliver at (heldout246) / *settled* (new here) Item purchased / Product (as
  heldout251's Item(s)), or the gateway's footer (Payments powered by PayU | PayU Payments Pvt Ltd
  (heldout158), *settled* (new here) Instamojo | Instamojo Technologies Pvt Ltd). *settled* (heldout167,
  heldout190, heldout202 to heldout255): a payer's payment advice pays the one it pays, never the payer on
  top; here Garvi Gurjari's (the Gujarat State Handicrafts & Handloom Development Corporation's), the Statue
  of Unity authority's, the interiors house's, the hotel chain's, a decorator's, the e-shop's or the craft
  store's advice pays the company under Vendor / Paid to vendor (heldout251), Vendor name (heldout235), Payee
  (vendor) (heldout249) or Vendor credited (heldout250) (its full, capital or short name as printed), printed
  at the head of the body or at the head of the payment block, above the bills or under them, never the payer
  on top (and its name again in the e-mail's Regards line), its desk line (the authority's Accounts Branch,
  Office of the Chief Executive Officer), the Vendor ID (as heldout233's), the Purchase order ref.
  (heldout250), the *settled* (new here) Store inward No. (as heldout235's GRN No.), the authority's Work
  order No. (heldout251) and *settled* (new here) Inspection certificate No. (as heldout255's Measurement book
  No.), the bills listed (their numbers and days, heldout246), the Vendor's bank account (as heldout243's
  Vendor bank A/c) or the e-mail's Jai Shri Krishna, / Dear Vendor, lines. *settled* (heldout155, heldout167,
  heldout190, heldout203 to heldout255): a bank's inward remittance advice pays the company under Beneficiary
  / exporter (heldout217), Payee (exporter) (heldout241) or Remittance in favour of (as heldout251's, here on
  a wire), never the bank on top, its trade desk line, the remitter (Remitter, Applicant (remitter)
  (heldout245), Ordering customer (50K) (heldout246), the importer abroad), the *settled* (new here) Remitting
  bank (52A) (as heldout237's Remitting bank) / Ordering bank (heldout232) or the Intermediary bank (56A)
  (heldout241), printed above the beneficiary or under it. *settled* (heldout175, heldout179, heldout190,
  heldout203 to heldout255): the company's own receipt pays the trade name on top where that is on top, so
  *settled* (new here) the showroom's bills pay Orsang Rangmahal, the workshop's job work and trade bills
  Orsang Kharadi Karkhana and the yard's lac stick and shavings memos Orsang Saag & Lakh Bhandar (capitals
  where so printed), and a receipt with the company on top the company, never the "A unit of" company line
  under it (heldout190), the party under Grahak (customer) (heldout248), Party (heldout248), Billed to
  (heldout239) or *settled* (new here) Kharidnar (buyer) (Gujarati for the buyer, as heldout255's Kharidar
  (buyer)), printed after the number and the day, the goods' line, the signature line (*settled* (new here)
  For <unit> - Proprietor's representative / For <unit> - Cashier, as heldout251's For <unit> - Authorised
  signatory), the *settled* (new here) Buyer's signature line (as heldout251's Receiver's signature) or the
  rubber stamp (*settled* (new here) ORSANG RANGMAHAL, ORSANG KARKHANA, ORSANG SAAG & LAKH); *settled* (new
  here) the workshop's re-lacquering of a hotel's old furniture by the piece (job work) and the yard's lac
  sticks sold by the kilo to a kharadi and shavings sold by the bag to a poultry farm alike (the workshop, the
  yard or the company on top, never the hotel, the kharadi or the farm, as heldout251's slurry); the accounts
  desk's e-mail pays the company on top (its full, capital or short name as printed, heldout219). A supplier's
  name on top of its own paper (capitals where so printed), never M/s the company under Details of recipient
  (heldout251) / Billed to (recipient) (heldout248) / Buyer (bill to) (heldout246), nor the workshop, the yard
  or the showroom under Consignee (ship to) (heldout250) / Place of delivery (heldout242), nor the *settled*
  (new here) Transport (as heldout243's Dispatch through) or the Courier (heldout247), nor its rubber stamp
  (*settled* (new here) RAJPIPLA SAAG TIMBER, KHUNTI LAC UDYOG, JAMNAGAR BRASS FITTINGS, BHULESHWAR FOIL &
  COLOUR, SURAT UPHOLSTERY, as heldout254's short stamps). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout255): a corporate banking page pays the payee under Transfer in favour of (heldout230),
  Beneficiary account name (heldout251), Credit to (beneficiary) (heldout242) or *settled* (new here) Payee /
  beneficiary, printed in the Credit details block at the head of the page, under the references or above
  them, never the portal (Baroda Connect, ICICI Bank CIB, Kotak Corporate Banking), the bank line, the Debit
  account (heldout251), the Corporate ID / user (heldout253), the Payee nickname (heldout250) / *settled* (new
  here) Bene alias (as heldout234's Beneficiary short name) or the Initiated by / Approved by (heldout251).
  *settled* (heldout150, heldout161, heldout179, heldout203 to heldout255): a wage slip pays the worker,
  *settled* (new here) a kharadi under Kharadi's name / Majuri paid to (heldout250) and a painter under
  Karigar's name / Paid to karigar (heldout251), printed first under the heading, never the company on top,
  the workshop's line under it, the Kaam (work) (heldout247), the *settled* (new here) Faliyu / gaam (Gujarati
  for the street and the village, as heldout250's Gram / para) or Karigar ID No. (the artisan's identity card,
  as heldout239's Karigar card No.), nor the signature line; *settled* (new here) Cashfree Payments' payout
  page the Transfer to (bene) / Payee (karigar) (as heldout251's Cashfree Beneficiary name), printed above the
  sum and the status or under them, never Cashfree Payments on top, the Payouts | <company> line under it, the
  Bene ID (heldout250), the Bank account or the UPI ID; a transfer screen the payee under Recipient name
  (heldout250) / Transferred to (heldout242), above the sum or under the status, never the UPI ID or the From
  / Debit A/c account. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout255): a fee page
  pays the authority on top as printed, *settled* (new here for Chhota Udepur) Sankheda Gram Panchayat /
  SANKHEDA GRAM PANCHAYAT; Gujarat State Forest Development Corporation Ltd / GSFDC (a State corporation
  selling its teak lot: the payee is the corporation on top, as the fee pages' authorities); Export Promotion
  Council for Handicrafts / EPCH; Gujarat Pollution Control Board / GUJARAT POLLUTION CONTROL BOARD; State Tax
  Department, Gujarat / Commissionerate of State Tax, Gujarat (the profession tax's Cyber Treasury page);
  Employees' State Insurance Corporation / ESIC; Office of the Labour Commissioner, Gujarat / Labour
  Commissioner, Gujarat State; Transport Department, Gujarat / Commissionerate of Transport, Gujarat on the
  Vahan page; never the line under it (e-Gram, Panchayats Department, Gujarat | Milkat vero and water tax,
  Timber sales, Rajpipla division | e-auction lot payment, Ministry of Textiles, Government of India | RCMC
  renewal and membership, XGN | Consolidated consent and authorisation - renewal, Cyber Treasury - e-payment
  of taxes | Profession tax, Ministry of Labour & Employment, Government of India | Monthly contribution,
  Gujarat Shops and Establishments Act, 2019 | Registration certificate, Vahan - Ministry of Road Transport &
  Highways | Tax - goods carriage), nor the *settled* (new here) Kabjedar (holder) (Gujarati for the holder of
  the property) or Bidder name, the Member name, Name of industry (heldout235), Name of employer (heldout250),
  Employer name (heldout250), Name of establishment (heldout252) or Owner (as heldout251's Owner name).
  *settled* (heldout199, heldout202 to heldout255): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed; *settled* (new here) The New India Assurance Co. Ltd's, The Oriental
  Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, SBI
  General Insurance Co. Ltd's, IFFCO-Tokio General Insurance Co. Ltd's, Go Digit General Insurance Ltd's and
  Shriram General Insurance Co. Ltd's alike), never the product line, the office line or the insured (the
  company) under Name of insured (heldout253) / Policy holder (heldout251) / Insured / proposer (heldout217).
  A slip's counter name line in capitals (here the house's own counters, ORSANG RANGMAHAL (at Sankheda and at
  the Alkapuri gallery), ORSANG KHARADI CRAFTS and ORSANG KHARADI KARKHANA, on four, a filling station on the
  Bodeli road, a Greater Noida hotel, a Vadodara hardware and brass shop and a Bodeli farsan house on the
  rest), never the terminal's bank or brand (BANK OF BARODA, HP PAY, ICICI BANK, AXIS BANK, KOTAK MAHINDRA
  BANK, PINE LABS, HDFC BANK, BHARATPE) or the place line. A Bharat Connect page's biller under Biller
  (heldout239), Bill paid to / Service provider (heldout251) or Billing company (heldout250) (short or long as
  printed: MGVCL / Madhya Gujarat Vij Company Ltd, JioFiber / Reliance Jio Infocomm Ltd, Vi Postpaid /
  Vodafone Idea Ltd, Dish TV / Dish TV India Ltd, Bank of Baroda FASTag / Bank of Baroda, HP Gas / Hindustan
  Petroleum Corporation Ltd), printed above the sum and the status or under them, never the app (here
  InstaBIZ, BHIM, Paytm, CRED, Amazon Pay and bob World), Bharat Connect or the Customer name / Name as per
  bill (heldout247); *settled* (new here) MGVCL's own online payment receipt the discom on top (MGVCL, Madhya
  Gujarat Vij Company Ltd or its capitals as printed, as heldout254's APCPDCL), never the "A Gujarat Urja
  Vikas Nigam Ltd company" line under it, the Sub division (heldout243) or the Consumer name (heldout247). An
  SMS alert's payee as the bank sends it (*settled*, the truncated name as printed, without the sentence's
  full stop), *settled* (new here) Bank of Baroda's UPI "to <payee> on <day> via UPI.", Baroda Gujarat Gramin
  Bank's "in favour of <payee>.", State Bank of India's "beneficiary <payee>." and the Vadodara District
  Central Co-operative Bank's "Bene: <payee>.", and the failed and pending transfers' "to <payee>" on its own
  line (as heldout222's "to <payee> on <day>"), never the bank or the sender id; the e-mail alert's *settled*
  (new here) Credited to beneficiary / Payee, printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it (heldout239, heldout243, heldout247, heldout251); a
  payment page's Amount charged (heldout251) / Total paid (heldout253) row under the status. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout255): a payer's advice counts its net sum,
  *settled* (new here) Net amount credited / Net paid to vendor (heldout250) / Amount released (net)
  (heldout232), Amount on hold (heldout235) / *settled* (new here) Held amount on the hold and Amount bounced
  back (heldout240) / Returned amount (heldout231) on the return (the bills with their GST @ 18% less TDS u/s
  194Q @ 0.1% (heldout235) on the value before GST on the five larger buyers', no TDS on the decorators', or
  the authority's *settled* (new here) Less: GST-TDS (CGST) @ 1% and Less: GST-TDS (SGST) @ 1% (as
  heldout255's Less: GST-TDS - CGST @ 1%) with its *settled* (new here) Less: Liquidated damages @ 0.5% (as
  heldout255's Less: Late delivery penalty @ 1%), and *settled* (new here) a Less: Lacquer chipped in transit
  - n pcs (as heldout239's Damaged in transit), a Less: Short supplied - n pcs / sets (as heldout254's Short
  supply) or a Less: Early payment discount @ 1% (as heldout254's Prompt payment discount)), printed in the
  payment block above the bills or under them, never a bill's sum, the Total invoice value (as heldout243's
  Total of invoices) / Sum of bills (heldout239), or a cut. *settled* (heldout155, heldout167, heldout179,
  heldout190, heldout203 to heldout255): an inward wire's foreign sum, FCY amount received (heldout247) /
  Remittance amount (as heldout234's Remittance amount (FCY)) / Foreign currency amount (as heldout251's
  Foreign currency amount received), or *settled* (new here) the bare sum on a row whose label names the
  currency (Amount received (CHF): 23'450.00 is 23450.00 Swiss francs; Amount received (ZAR): 250,800.16 is
  250800.16 rand), in pounds and US dollars (heldout152's marks), dirhams (AED (heldout251) or *settled* (new
  here) Dhs before the sum), *settled* (new here) rand (ZAR or R before the sum, spaces between the thousands
  and a decimal comma: R 145 230,50 is 145230.50), Swiss francs (CHF before the sum, an apostrophe between the
  thousands, heldout248: CHF 12'450.00 is 12450.00), Singapore dollars (SGD, S$, heldout251), euros
  (heldout152's marks, or the Belgian way with dots between the thousands, a decimal comma and EUR after the
  sum, as heldout254's German way: 17.763,85 EUR is 17763.85) and Hong Kong dollars (HKD, HK$, heldout246),
  never the Rupee equivalent (heldout251), the Less: Bank charges and GST (heldout227) or the Net amount
  credited (INR) (as heldout238's Amount credited (INR)); its Exchange rate applied (heldout246) (1 CHF = INR
  105.33; indicative on the parked one) is no sum, and a wire sent back prints no rupee line (heldout242).
  *settled* (heldout175, heldout179, heldout190, heldout203 to heldout255): a receipt counts the sum received
  even where it is part of the order, Received by UPI (heldout253) / UPI collected (heldout249), Received in
  cash (heldout247) / *settled* (new here) Cash received at counter, Card swiped (as heldout238's Card swiped
  for) / Paid by card (POS) (heldout242), Received by NEFT (heldout251) / NEFT credit received (heldout225),
  Cheque received for (heldout247) / *settled* (new here) Cheque accepted for, Advance received by NEFT
  (heldout254) / *settled* (new here) Booking advance credited (as heldout255's Advance credited), with the
  sum in words under it, never the Order value (heldout247) / Total order value (heldout253) where less was
  received, the goods' line, the pieces, pairs, sets, kilos or bags, the *settled* (new here) Less: Diwali
  discount @ 8% (as heldout247's Festival discount), the CGST and SGST @ 2.5% or 9% or the IGST @ 18%, the
  Round off or the Balance due before dispatch (heldout249); the Bill total (heldout251) / Net bill amount
  (heldout251) / Total (incl. GST) (heldout246) (the rounded bill with its GST) is the same sum where the
  whole bill was paid, and *settled* (new here) the workshop's re-lacquering by the piece and the yard's lac
  sticks by the kilo and shavings by the bag count theirs, received in full; *settled* (new here) a sum
  written with the paise after an equals sign (the Gujarat bill book's way: Rs. 12,450=00 is 12450.00, Rs.
  3,217=50 is 3217.50) is the sum with those paise. *settled* (heldout187, heldout191, heldout202 to
  heldout255): a supplier's invoice counts the sum paid, where an advance is taken off (Less: Advance received
  earlier, heldout221) the Balance received - NEFT / RTGS (heldout221), where the buyer's TDS is taken off
  (*settled* (new here) Less: TDS u/s 194Q deducted by party, as heldout247's Less: TDS u/s 194Q deducted by
  buyer) the Net amount received - NEFT / RTGS (heldout243), else the *settled* (new here) Received - NEFT /
  RTGS (as heldout241's Amount received - NEFT / RTGS) / Received via UPI (heldout251) / UPI received
  (heldout254) (the rounded Invoice value with GST), or the Cheque received (heldout255's Cheque received for)
  / *settled* (new here) Chq. amount, never the Taxable value (heldout251), a line or the CGST / SGST / IGST.
  A banking page's Debit amount (heldout254) / Txn amount (INR) (heldout237) / Transfer value (heldout248),
  large on top or among the details, never the Account balance after debit (heldout250). *settled*
  (heldout167, heldout202 to heldout255): a wage slip's net sum, Net majuri paid (heldout253) / Net paid to
  karigar (heldout251) / *settled* (new here) Amount paid to kharadi / Majuri handed over (as heldout255's
  Amount paid to chitrakar and heldout235's Amount handed over) (the pieces x rate, plus *settled* (new here)
  Add: Hindola (large) legs extra / Add: Urgent order allowance / Add: Fine vark work extra, less *settled*
  (new here) Less: Cracked legs - n @ rate / Less: Lacquer runs - n @ rate / Less: Upad (advance) kapat
  (Gujarati for an advance drawn and deducted, as heldout255's Less: Peshgi (advance) adjusted)), never the
  Gross earned (heldout196) / *settled* (new here) Kul majuri (gross) (as heldout237's Gross majdoori), the
  line or a deduction; a payout page's and a screen's sum large. *settled* (new here): Sankheda Gram
  Panchayat's Kul rakam (total) / Total paid (the Milkat vero (property tax) 2026-27 with the Pani vero (water
  tax), the Safai vero (sanitation) and the Vyaj (interest on arrears) where printed), never a head; the
  forest corporation's Total amount remitted (heldout249) / Amount paid (the Sale value of the lot with its
  GST @ 18% and its TCS u/s 206C @ 2.5%, as heldout244's TCS counted in the total), never a head; EPCH's Total
  received (heldout253) / Amount paid (the Annual subscription 2026-27 with its GST @ 18%), never a head; the
  Pollution Control Board's Fee payable (heldout253) / Amount to be paid (heldout254) on the failed page (the
  CCA renewal fee (water and air) and the Processing fee), never a head; the State Tax Department's Challan
  amount (heldout254) / *settled* (new here) Amount of e-challan on the page not yet credited (the Profession
  tax - employees (salary deductions) and the Profession tax - employer enrolment 2026-27 where printed),
  never a head; ESIC's Total contribution paid / Challan amount (heldout251) (the Employer's contribution @
  3.25% and the Employees' contribution @ 0.75%), never one of them; the Labour Commissioner's Fee paid /
  Total fee (the Registration fee and the Late fee where printed), never a head; the Transport Department's
  Total amount / *settled* (new here) Tax and cess paid (the Motor vehicle tax (lifetime) and the Road safety
  cess), never a head. *settled* (heldout199, heldout202 to heldout255): an insurer's premium with its GST,
  Premium received (incl. GST) (heldout233) / Total premium paid (heldout253) / Gross premium received
  (heldout251), the Cheque amount (heldout251) / Amount of cheque (heldout252) on the cheque not yet cleared,
  the Premium payable (heldout235) / Amount due (heldout251) on the failed one, never the Net premium
  (heldout247) or the Premium before GST (heldout250), an add-on, the CGST and SGST @ 9% or the IGST @ 18%,
  nor the OD premium or the TP premium (heldout243), nor the IDV (heldout235) or the *settled* (new here) Sum
  insured - building, lathes, teak and lac stock, Sum insured - showroom stock (first loss), Sum insured - per
  container, Lives covered, Estimated annual wages, Sum insured - machines or Sum insured - furniture at the
  fair (as heldout255's sums insured, lives and wages). A slip's TOTAL AMT: (heldout247) / AMT(INR):
  (heldout250) / SALE AMT: (heldout253) / TXN AMT: (heldout243), printed above the card or under the
  references, never the RATE: or the QTY(LTR): or the *settled* (new here) HP PAY PTS: (as heldout246's
  XTRAREWARDS PTS:). A Bharat Connect page's sum large, never the *settled* (new here) Amount after due date
  (incl. DPC) (the sum with the delayed payment charge, as heldout250's Amount after due date); MGVCL's
  *settled* (new here) Payment amount / Amount received (the Net bill amount above it is the same sum, as
  heldout251's AVVNL). An alert's sum debited (*settled* (new here) Bank of Baroda's UPI "Rs.x Dr. from", no
  grouping, Baroda Gujarat Gramin Bank's "debited with / Rs x", State Bank of India's "debited by Rs x", the
  Vadodara District Central Co-operative Bank's "Rs.x sent by <way>", each grouped the Indian or the English
  way or not at all, the failed and pending transfers' "<way> of Rs x"; the e-mail's Debited amount
  (heldout249) / Transfer amount (heldout255)), never the *settled* (new here) Avl Bal / Bal: Rs x CR (as
  heldout247's Avl Bal) or the e-mail's Balance available (heldout248). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Success - paid to the vendor, Payment complete and
  Money sent - credited to the shop successes, Processing - your bank is yet to confirm, do not pay again
  pending, Payment failed - incorrect UPI PIN failed; a payment page's Payment received - thank you for buying
  from Sankheda's kharadis, Success - your furniture is dispatched within 10 days and Completed - receipt sent
  to your e-mail successes. *settled* (new here): a payer's Paid - amount credited to vendor account / Status:
  Payment successful successes, On hold - inspection committee report awaited pending (a payer's hold, as
  heldout255's Withheld - measurement under verification), Returned - beneficiary account is dormant failed,
  printed under the heading or at the end of the payment block. *settled* (new here): an inward advice's Funds
  realised - credited to the exporter's account / Status: Remittance credited successes, Parked - awaiting the
  exporter's purpose declaration, not credited pending (funds held, not credited, as heldout255's On hold -
  purpose code and invoice copy awaited), Returned to the ordering bank - account number invalid failed,
  printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to
  heldout255): a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new
  here) CHEQUE DEPOSITED - DELIVERY AFTER CLEARANCE and CHEQUE UNDER COLLECTION - RECEIPT VALID ON REALISATION
  pending, CHEQUE BOUNCED - FUNDS INSUFFICIENT, BILL CANCELLED and CHEQUE DISHONOURED - FUNDS INSUFFICIENT,
  AMOUNT STILL DUE failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are PAYMENT RECEIVED
  (heldout239), RECEIVED BY NEFT / RTGS / UPI (heldout247), *settled* (new here) RECEIVED - THANK YOU FOR YOUR
  BUSINESS, ACCOUNT SETTLED, PAID - CHAIRS HANDED OVER AT THE COUNTER, PAID - HINDOLO PACKED FOR SHIPPING,
  PAID - OLD FURNITURE RE-LACQUERED AND DELIVERED, PAID - LAC STICKS WEIGHED AND HANDED OVER, PAID - BAGS
  LOADED AT THE YARD, ADVANCE RECEIVED - TEAK FOR YOUR SET GOES TO THE LATHE THIS WEEK (as heldout255's
  ADVANCE RECEIVED - MURAL SKETCHES START THIS WEEK), PAID - ENTERED IN MAJURI BOOK and PAID - PIECES TAKEN
  INTO STOCK. *settled* (new here): a banking page's Successful - credited to beneficiary account / Status:
  Completed - UTR generated successes, Pending with authoriser - not yet released to the bank pending (keyed,
  not yet authorised, as heldout255's Pending for authorisation), Failed - beneficiary account closed, amount
  credited back failed (whatever the credit back), printed on top, in the middle or at the foot; Cashfree
  Payments' SUCCESS - transfer credited to the beneficiary / Transfer successful - UTR received successes,
  PENDING - awaiting response from beneficiary bank pending, FAILED - beneficiary account blocked, amount
  returned to balance failed (whatever the return); a transfer screen's Sent successfully / Transfer
  successful successes, Transfer failed - beneficiary bank not responding failed (whatever the refund line
  under it); a fee page's *settled* (new here) Payment successful - e-receipt generated, Paid - amount
  credited to the government head and Success - dues cleared successes, the State Tax Department's Awaiting
  bank confirmation - challan not yet credited, do not pay again pending, the Pollution Control Board's
  Payment failed - fee not received by the Board, application not submitted failed, printed under the
  authority's line or at the foot; an insurer's *settled* (new here) Renewal premium received - policy renewed
  / Payment successful - policy document sent to your e-mail successes, CHEQUE DEPOSITED - RISK ATTACHES ONLY
  ON ENCASHMENT pending (as heldout255's CHEQUE AWAITING CLEARANCE - RISK COVERED ONLY AFTER REALISATION),
  Transaction declined - premium not received, quote valid 7 days failed, printed under the heading or under
  the sum; a slip's *settled* (new here) TRANSACTION APPROVED, APPROVED - PIN VERIFIED and SALE APPROVED
  successes, DECLINED - 55 INCORRECT PIN failed, TXN TIMED OUT - STATUS AWAITED, DO NOT RETRY pending (as
  heldout254's TIMED OUT - AWAITING HOST, DO NOT SWIPE AGAIN); a Bharat Connect page's *settled* (new here)
  Bill payment successful - biller confirmed / Paid - receipt shared by SMS and e-mail successes, Under
  process - biller confirmation awaited, do not pay again pending, Payment failed - any debit will be reversed
  in 48 hours failed (the payment failed, whatever the reversal), MGVCL's *settled* (new here) Payment
  received - updated in your account within 24 hours / Success - bill paid successes (printed under the head
  or at the foot); *settled* (new here) an SMS that says the transfer "could not be processed; the amount is
  credited back to your A/c." failed (whatever the credit back), one that "is under process at the beneficiary
  bank. Please do not repeat it." pending, a debit alert a success, whatever its bank's wording (Bank of
  Baroda's UPI "Rs.1581.00 Dr. from A/C XX1234 / to <payee> on 07/05/26 via UPI. / UPI Ref:<ref>. / Not you?
  Call 18005700 -Bank of Baroda", Baroda Gujarat Gramin Bank's "BGGB: A/c XX1234 debited with / Rs x on <day>
  - <way> transfer / in favour of <payee>.", State Bank of India's "Dear Customer, A/C XXXXX1234 / debited by
  Rs x on <day> / by <way>, beneficiary <payee>.", the Vadodara District Central Co-operative Bank's "VDCCB:
  Rs.x sent by <way> / from CA XXX1234 on <day>. / Bene: <payee>."); the e-mail's *settled* (new here) Status:
  Success / Transaction status: Completed successes.
* date: the day paid (a UPI screen's Paid at (heldout238) / Payment time (heldout254), Initiated on
  (heldout254) / Tried on (heldout251) on one not yet paid or failed, printed first in the details or at their
  end, or *settled* (new here) the day and a 24-hour hour with hrs, with no label, on the line under the
  status (05.07.2026, 22:41 hrs, as heldout255's 10:22 PM | 28 Jul 2026); a payment page's Payment on (as
  heldout249's) / Transaction time (heldout253) / Paid at (heldout238), printed under the status or after the
  ids; a payer's Payment date (heldout246) / Credited on (heldout247) / Paid on (heldout246), the held one's
  On hold since (heldout248) / Held on (heldout246) and the returned one's Returned on (heldout234) / Bounced
  on (heldout252), the day written *settled* (new here) Wednesday, 14 October 2026 (the weekday, the day, the
  month's name and the year) on some e-mails; an inward advice's Value dated (heldout241) / Credited on
  (heldout247) / Realised on (heldout247), Parked since (heldout251) / *settled* (new here) Held from on the
  parked one and Returned on (heldout234) / Refunded to remitter on (heldout248) on the returned one, printed
  first, after the sums or after the references (in capitals on some); a receipt's, invoice's or wage slip's
  *settled* (new here) Ta. (the Gujarati bill's short for tarikh, as heldout255's Tarikh), Date of sale
  (heldout251), Bill dt. (heldout249), Invoice dt. (heldout253), Date of invoice / Inv. date (heldout251),
  *settled* (new here) Paid dt., Date of payment (heldout251), *settled* (new here) the day in brackets after
  the number on one Invoice No. (date) row (RST/26-27/0311 (14.10.2026), as heldout251's Invoice No. & date
  row), the accounts desk's *settled* (new here) Advance credited on (as heldout255's Advance received on) /
  Date of receipt (heldout254), printed above the number or under it; a banking page's Transaction date
  (heldout243) / Processed on (heldout251) / Value date (heldout119), Initiated on (heldout254) / Keyed in on
  (heldout224) on the one awaiting its authoriser and Failed on / Credited back on (heldout252) on the failed
  one, printed on top, among the debit details or at the foot; Cashfree's Processed on (heldout251) / Transfer
  date (heldout246), Initiated at (heldout237) / Added on (heldout251) on the one pending and Failed on
  (heldout252) / Reversed at (heldout254) on the failed one; a transfer screen's *settled* (new here)
  Transferred at / Date & time (heldout247), Tried at (heldout251) on the failed one; a fee page's Date of
  payment (heldout251) / Paid on / Receipt date (heldout243), the State Tax Department's Challan generated on
  (heldout247) / Initiated on (heldout254) on the page not yet credited and the Pollution Control Board's
  Attempted on (heldout247) / Transaction date (heldout243) on the failed one; an insurer's Receipt date
  (heldout243) / Date of payment / Premium received on (heldout247), Cheque deposited on (heldout235) / Cheque
  received on (heldout247) on the cheque not yet cleared and Transaction date / Tried on (heldout251) on the
  failed one; a slip's DATE: (with TIME:), DT: (with TM:) (as heldout251's DT/TM) or TXN DATE: (with TXN
  TIME:) (heldout251), printed at the top or under the sum; a Bharat Connect page's Payment date (heldout246)
  / Txn date & time (heldout249) / Bill paid on (heldout250), *settled* (new here) Requested on (as
  heldout255's Initiated at) on a bill not paid; MGVCL's Payment date & time (heldout253) / Receipt date; the
  SMS's day and its divider's; the e-mail alert's Date / Transaction on (heldout251)). Days printed with the
  day and the month without zeros (13/6/2026, 6/7/2026, 22-3-26) are day first (heldout251). *settled*: never
  a Bill month (heldout167), a Due date or Due by (heldout238), a Cheque date (as heldout243's Cheque dated),
  the Period of insurance (heldout251), an invoice number's or a slip number's financial year or an e-mail's
  hour; never a Shipping bill date (heldout167) or a *settled* (new here) B/L date (the bill of lading's, as
  heldout167's Shipping bill date), the day inside a UTR (heldout210); never a Bharat Connect page's Bill
  issue date (heldout243) or Billing cycle (heldout244), the day of a bill listed on an advice (heldout246),
  ESIC's Contribution period (heldout251), the profession tax's Tax period (heldout222) or the year of a head
  or an auction (Milkat vero (property tax) 2026-27, Annual subscription 2026-27, Profession tax - employer
  enrolment 2026-27, RJP/TEAK/08/2026).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree's and a wage slip's IMPS (as heldout251's Cashfree's), a Bharat Connect bill from a
  Current A/c (here in InstaBIZ), a payment page's net banking, a fee, a premium or MGVCL paid by Net banking
  (the forest corporation, ESIC and Cyber Treasury by net banking only), an e-mail alert's Channel, an SMS's
  NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an invoice's,
  Cashfree's, a transfer screen's, a fee's, a premium's or a bill's UPI and Bank of Baroda's UPI alert; card
  on slips, a payment page's card, a receipt's Card (POS), a fee, a premium or MGVCL paid by Debit card;
  cheque for a cheque received, deposited or returned and a premium paid by Cheque; cash for a cash bill or a
  wage slip paid in cash.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout255): a UPI
  reference / UTR / RRN / IMPS reference (UPI Ref No, RRN, UTR No., UPI UTR, UPI transaction ID, UPI Ref. ID,
  UPI Ref. No., *settled* (new here) Txn RRN and CRED's bank reference no., Amazon Pay's Bank Reference ID
  (heldout239) on a UPI screen, PayU's UPI UTR (heldout250) and Instamojo's UPI RRN on a UPI payment, a
  payer's UTR (NEFT) / NEFT UTR No. / RTGS UTR / UTR No. (RTGS) / IMPS RRN, a receipt's UPI Ref. / UPI UTR /
  NEFT UTR No. / UTR No., an invoice's UTR No. / NEFT UTR / RTGS UTR / UPI Ref. No. / UPI RRN, a banking
  page's UTR No. / NEFT UTR / RTGS UTR / IMPS RRN, a wage slip's UPI Ref. No. / IMPS ref., Cashfree's UTR /
  Bank UTR, a transfer screen's UPI Ref. No. / UPI RRN, an insurer's UPI Ref. No., a Bharat Connect page's UPI
  Ref No., a slip's RRN: / RRN NO:, an SMS's UPI Ref: / UTR / IMPS RRN, an e-mail alert's UTR / IMPS RRN),
  then a bank reference (an inward advice's IRM No. (heldout247) / Inward ref. No. (heldout247) / *settled*
  (new here) Bank ref. (inward), a banking page's Transaction reference (heldout253) / Host ref. No.
  (heldout250), printed above the payee or under it, a payment page's Bank ref. No. on net banking, a fee
  page's Bank ref. / Bank ref. No., an insurer's Bank ref. No., MGVCL's Bank ref. No., a Bharat Connect page's
  Bharat Connect txn ref. (heldout251) / B-Connect ref. No. (heldout250) / BBPS ref. ID (heldout253)), then a
  transaction / payment id (PayU's PayU ID (heldout251) and Instamojo's Payment ID (MOJO..., heldout119), the
  UPI apps' own bob World txn ID (heldout251), Transaction ID (PhonePe's), Google transaction ID, BHIM txn ID
  (heldout251), CRED txn ID (heldout252) and *settled* (new here) Amazon Pay ref. (the app's own id, whatever
  its name, heldout235), Cashfree's Cashfree reference ID (heldout251), a transfer screen's iMobile txn ID
  (heldout248) / *settled* (new here) BHIM ref. ID, a fee page's Transaction No. / Transaction ID
  (heldout234), the forest corporation's Payment ref. No. (heldout251), the Pollution Control Board's
  Transaction ref., the State Tax Department's Cyber Treasury ref. No. (heldout242) and ESIC's Transaction
  No., an insurer's *settled* (new here) Payment txn ID, MGVCL's Gateway txn ID (as heldout226's), a failed
  Bharat Connect page's *settled* (new here) Txn reference (as heldout243's Transaction ID)), then an approval
  code (PayU's Auth code and Instamojo's Approval code, a receipt's Approval No. (heldout255) / *settled* (new
  here) APPR code, a slip's APPR CODE: (heldout246) / AUTH CODE: (heldout251)), then an order's number (PayU's
  Merchant order ref. (heldout226) and Instamojo's *settled* (new here) Payment request ID, Cashfree's
  Transfer ID (the company's own id for the transfer, heldout251)), then a document's own number (a payer's
  Payment voucher No. (heldout251) / Remittance advice No. (heldout247) / Doc No. (heldout183), a receipt's
  Invoice Sr. No. (heldout253) / Retail bill No. (heldout251) / Job bill No. (heldout252) / Pavti No.
  (heldout242) / Advance receipt No. (heldout253) / Acknowledgement ref. (heldout249) or *settled* (new here)
  Marammat bill No. / Trade invoice No. / Vepari bill No. / Lakh memo No. / Bhuko pavti No., an invoice's
  Invoice No. / Inv. No. (heldout251) / *settled* (new here) Tax invoice Sr. No. and the number before the
  bracketed day on one Invoice No. (date) row, a wage slip's Pay slip No. (heldout232) / *settled* (new here)
  Majuri chithi No., a fee page's Receipt No., Sankheda Gram Panchayat's *settled* (new here) e-Gram receipt
  No., the forest corporation's *settled* (new here) Sale receipt No. and ESIC's Challan No. (heldout250), an
  insurer's Premium receipt No. (heldout254) / Receipt No., MGVCL's *settled* (new here) MGVCL receipt No., a
  slip's INV NO: (heldout251) / RECEIPT NO: (heldout250)). *settled*: never a UETR, a MID: / TID:, BATCH NO: /
  STAN: (heldout202), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number,
  a Purpose code, an Export invoice No. (heldout210), a Shipping bill No. (heldout167) or a *settled* (new
  here) Bill of lading No. (as heldout167's Shipping bill No.), an E-way bill No., a Transit pass No.
  (heldout223), a Bilty No. (heldout251, as heldout235's LR No.), an AWB No. (heldout251), a Buyer's order No.
  (heldout246), a Vendor ID (as heldout233's), a Purchase order ref. (heldout250), a Store inward No. (as
  heldout235's GRN No.), a Work order No. (heldout251) or an Inspection certificate No., the number or the day
  of a bill listed on an advice (heldout246), a *settled* (new here) Sender's ref. (tag 20) (as heldout243's
  Sender's ref. (field 20)), the Initiated by / Approved by (heldout251), the Corporate ID / user
  (heldout253), a Payee nickname (heldout250) / Bene alias, Cashfree's Bene ID (heldout250), a Karigar ID No.
  (as heldout239's Karigar card No.), a *settled* (new here) Milkat No., Auction No. or Lot No. (heldout239),
  a Membership No. or RCMC No. (heldout251), an Application No. (heldout250), a *settled* (new here) PT
  registration certificate No. (as heldout244's PT registration No.), an Employer code (heldout251), a
  Registration No. (the Shops and Establishments registration's and the tempo's on the Vahan and the insurer's
  pages, heldout205), a Policy No. / Quote No. (heldout243) / Cover note No. (heldout246), a Bharat Connect
  page's Bill No. (heldout251), a consumer number (here Consumer No., Service ID, Mobile No., VC No., Vehicle
  No., LPG ID), or a slip's ROOM NO: (heldout203) / GRC NO: (heldout247) / PUMP NO: (heldout251) / VEHICLE NO:
  (heldout205) / *settled* (new here) COUNTER: (as heldout251's TOKEN NO:) / MOBILE: (heldout253).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout256_families import (
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

SPLIT = "heldout256"

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


def make_heldout256_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout256 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

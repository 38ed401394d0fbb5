"""heldout248: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Bagru hand block printing and natural-dye house's day in 2026 near Jaipur,
Rajasthan (Dhanraj Chhipa Hand Prints Pvt Ltd, its printing karkhana and dye yard in Chhipa Mohalla, Bagru,
Dhanraj Chhapai Karkhana, where the greige mulmul and cambric is scoured, soaked in harda and printed on long
padded tables with carved sheesham blocks in syahi (iron rust and jaggery) and begar (alum and alizarin), the
dabu of black clay, gum, lime and wheat husk pressed on by hand and dusted with sawdust, the cloth dipped in
the indigo vats and washed and sun dried at the ghat, its natural dye and block store on Main Bazar, Dhanraj
Rang Bhandar, which sells harda, phitkari, indigo and manjistha by the kilo and carved blocks by the piece to
the other chhipa families of Bagru and Akola, and its Jaipur showroom on Prithviraj Road, C-Scheme, Dhanraj
Chhapa Ghar, where the families, the boutiques and the tourists buy), told by the proofs of payment it
receives (buyers', families' and boutiques' UPI screens and the web shop's CCAvenue and PayU pages, the
Rajasthan Small Industries Corporation's (Rajasthali) and a Delhi, a Mumbai, an Ahmedabad, a Bengaluru, a
Kochi, a Goa and a Kolkata store's payment advices, importers' inward wires from New York, Bath, Amsterdam,
Zurich, Stockholm, Tokyo, Singapore and Seoul in US dollars, pounds, euros, Swiss francs, kronor, yen,
Singapore dollars and won, the showroom's cash memos and retail invoices to a Malviya Nagar housewife, a
Vaishali Nagar family's wedding order and a French tourist, the rang bhandar's bills for harda and phitkari
sold by the kilo to a Bagru printer and blocks sold by the piece to an Akola printer, the karkhana's receipt
for printed cut pieces (katran) sold by the kilo to a Sanganer patchwork maker, the accounts desk's
acknowledgements of a Delhi boutique's advance and a Kochi buyer's bedsheets, cards on the showroom's, the
company's and the bhandar's terminals) and those it makes (the Erode greige mill's, the Pethapur block
makers', the Villupuram natural indigo maker's, the Neemuch harda dealer's and the Jaipur bag and tag
printer's tax invoices, the net-banking transfers to the transporter, the washers at the Sanganer ghat, the
showroom's landlady, the security agency, the block carver, the photographer, the solar fitter and the
courier, the printers' and washers' wage slips, Cashfree payouts to a dabu worker and an indigo dipper and a
Paytm and a PhonePe payment to a dabu worker and a printer, Nagar Palika Bagru's trade licence, RIICO's
service charges on the Bagru industrial area plot, the Export Promotion Council for Handicrafts' membership
renewal, ESIC's monthly contribution, the Central Ground Water Authority's NOC fee through Bharatkosh, the
Factories and Boilers Inspection Department's licence renewal through e-GRAS, Nagar Nigam Jaipur Greater's
fire NOC for the showroom and the Jaipur Development Authority's lease money on the showroom plot, the
insurers' premium receipts for the karkhana, dye yard and fabric stock, the showroom's stock, the export
cargo, the staff's health, the wage cash carried to the karkhana, the workmen, the Tata Ace and the rang
bhandar, its card at a filling station on the Ajmer road at Bagru, a Greater Noida hotel in the handicrafts
fair week, a Mansarovar print and copy shop and a Bagru dhaba, JVVNL's power and the fibre, postpaid, DTH,
cooking gas and landline bills, the banks' SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

* ``buyer_upi``: six UPI app screens (PhonePe, BHIM, Google Pay, Paytm, bob World, iMobile Pay) paying the
  showroom or the company, the status, the sum and the payee block in one of four orders (the status, the sum
  and the payee; the payee, the sum and the status; the sum, the status and the payee; the payee, the status
  and the sum), the day with its label on a small line of its own under the app's name or after the
  references, and two of the web shop's payment pages (CCAvenue, PayU), the sum large or in a Transaction
  amount / Amount charged row, in one of three orders with the status and the buyer, the day under the sum,
  under the status or at the foot.
* ``buyer_advices``: the stores' and the Corporation's REMITTANCE ADVICE - BLOCK PRINTED TEXTILES / Vendor
  payment intimation / PAYMENT VOUCHER - VENDOR'S COPY (e-mail, printed, vendor portal), the status under the
  heading or at the end of the payment block, the payee at the head of the body or of the payment block, the
  bills above the payment block or under it; the bills with their GST, the TDS on the value before it, the
  Corporation's GST-TDS split into CGST and SGST.
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF CREDIT - FOREIGN INWARD REMITTANCE /
  Inward remittance received - export proceeds / FOREIGN INWARD REMITTANCE - CREDIT INTIMATION; browser,
  e-mail, printed), the status under the heading or at the foot, the day first, after the sums or after the
  references, the remitter's block above the beneficiary's or under it; euros the Dutch way (EUR 33.474,07),
  Swiss francs with apostrophes (CHF 12'450.00), kronor with spaces and a decimal comma (53 550,00 kr) on
  some, yen and won whole and their rates per 100; the rupee lines only on the credited ones, the rate marked
  provisional on the held one.
* ``own_receipts``: the showroom's CASH MEMO - BAGRU HAND BLOCK PRINTS / RETAIL INVOICE - CHHAPA GHAR, JAIPUR,
  the rang bhandar's RANG BHANDAR BILL - HARDA, PHITKARI, NEEL (BY WEIGHT) / DYE STORE MEMO - NATURAL DYES BY
  THE KG / MEMO - WOODEN PRINTING BLOCKS (BY THE PIECE) / BLOCK SALE BILL - RANG BHANDAR, the karkhana's
  KATRAN SALE RECEIPT - CUT PIECES BY WEIGHT / RECEIPT - PRINTED FABRIC CUT PIECES (KATRAN) (paper, rubber
  stamp, the signature line), each heading with its own number label, the number and the day in either order
  above the party, the sum in words in brackets under the sum received, and the accounts desk's Payment
  received - thank you e-mails (IGST on both).
* ``supplier_invoices``: the greige cloth, block, indigo, harda and bag and tag suppliers' TAX INVOICE
  (ORIGINAL FOR RECIPIENT) / GST TAX INVOICE / INVOICE CUM PAYMENT RECEIPT with the payment block (an advance
  or the buyer's TDS taken off on some) and a rubber stamp (paper, serif), the number and the day on one row
  (Bill No. ... / Bill dt. ...) on some, else in either order; a transporter's LR No. or a courier's AWB No.
* ``vendor_transfers``: corporate net banking's pages (CIB - Corporate Internet Banking, Kotak Fyn, PNB
  Corporate Internet Banking) in four orders (the day and the status under the heading; both at the foot; the
  status under the heading and the day at the foot; the day under the heading and the status at the foot), the
  references above the payee or at the end of the details.
* ``worker_pay``: printed BLOCK PRINTING WAGES - PER METRE PRINTED / CHHAPAI MAZDOORI PARCHI - BAGRU / WASHING
  AND DRYING WAGES - PER 100 METRES / DHULAI SUKHAI MAZDOORI SLIP, the payee first; Cashfree's payout pages,
  the payee above the sum and the status or under them; a Paytm and a PhonePe screen.
* ``govt_fees``: Nagar Palika Bagru's trade licence renewal, RIICO's service charges, the Export Promotion
  Council for Handicrafts' membership renewal, ESIC's monthly contribution, the Central Ground Water
  Authority's NOC fee (Bharatkosh), the Factories and Boilers Inspection Department's licence renewal
  (e-GRAS), Nagar Nigam Jaipur Greater's fire NOC renewal and the Jaipur Development Authority's lease money
  (browser), the status under the authority's line or at the foot.
* ``insurer_receipts``: insurers' PREMIUM RECEIPT (CUSTOMER COPY) / Acknowledgement of premium / RECEIPT -
  RENEWAL PREMIUM (Payment unsuccessful - renewal premium / RENEWAL PAYMENT STATUS on the failed one; browser,
  e-mail, printed at the branch), the status under the heading or under the sum; the GST as one CGST 9% + SGST
  9% line on some.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum (DATE/TIME:, TXN DATE:
  and TXN TIME:, DT: and TM:), the sum above the card or under the references.
* ``utility_bills``: Bharat Connect in bob World and other apps (Paytm, PhonePe, BHIM, Google Pay), the sum
  above the status or under it, and JVVNL's own online payment receipt (Bijli Mitra), the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Bank of Baroda, Punjab National Bank's
  UPI, Union Bank of India, The Jaipur Central Co-operative Bank) in a messages app and two e-mail debit
  alerts (ICICI Bank, Axis Bank), the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout247's and heldout246's. The days fall anywhere in 2026.

Truth conventions (heldout247's, heldout246's, heldout243's, heldout242's, heldout239's, heldout235's,
heldout234's, heldout231's, heldout227's, heldout226's, heldout225's, heldout224's, heldout223's,
heldout222's, heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's,
heldout204's, heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Recipient / Paid to merchant / Payment to (heldout239),
  Money paid to / Received by (merchant) (heldout247), *settled* (new here) Payment received by / Merchant
  paid / Paid to the store / Amount credited to, and Sending to (heldout239) / Paying to shop / Sending
  payment to (heldout247) / *settled* (new here) Paying merchant / Payment going to on one not yet paid or
  failed (here the showroom, Dhanraj Chhapa Ghar / DHANRAJ CHHAPA GHAR, the company's capitals, DHANRAJ CHHIPA
  HAND PRINTS PVT LTD, or its short name, Dhanraj Chhipa, as printed), whether the payee block stands above
  the sum, under it, under the status, between the status and the sum (heldout243) or on top of both
  (heldout247), never the UPI ID or the app, nor the Banking name / Name at bank line (heldout247) or
  *settled* (new here) the Registered as: / Bank-verified name: line under the UPI ID, nor the payer under
  Paid by / Sender (heldout239) / From (heldout247) or *settled* (new here) Payer, nor the payer's bank under
  *settled* (new here) Your account / Paid from account; a payment page's payee on top (here the showroom, its
  capitals, the company or its short name), never Customer name (heldout234) / Billed to (heldout239) /
  Contact / Order items (heldout247) or *settled* (new here) Buyer's name / Shipping to / Items / Cart, or the
  gateway's footer (*settled* (new here) CCAvenue - a product of Infibeam Avenues Ltd, Payments by PayU | PayU
  Payments Pvt Ltd). *settled* (heldout167, heldout190, heldout202 to heldout247): a payer's payment advice
  pays the one it pays, never the payer on top; here a store's or the Rajasthan Small Industries Corporation's
  advice pays the company under *settled* (new here) Payee (vendor) / Vendor paid / Name of vendor /
  Remittance to / Beneficiary vendor (its full, capital or short name as printed), printed at the head of the
  body or at the head of the payment block, above the bills or under them, never the payer on top (the stores,
  the Corporation), its desk line, the *settled* (new here) Vendor No. (as heldout210's Vendor code), PO ref.
  No. (as heldout239's PO No.), Material receipt No. (as heldout235's GRN No.), Purchase indent No. or Stock
  inward No. (as heldout247's Purchase order No. and Store receipt No.), or the *settled* (new here) Vendor's
  account No. (as heldout243's Vendor bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to
  heldout247): a bank's inward remittance advice pays the company under *settled* (new here) Beneficiary
  (exporter) / Name of exporter / Beneficiary (59) / Credited to account of, never the bank on top, its forex
  desk line, the remitter (*settled* (new here) Ordering customer (50F) / Remitter / importer, the importer
  abroad, as heldout247's Applicant (field 50K)), the *settled* (new here) Ordering institution (52A) /
  Remitter's banker (as heldout247's Remitter's bank (field 52A)) or the Correspondent (56A) (as heldout247's
  Intermediary (field 56A)), printed above the beneficiary or under it. *settled* (heldout175, heldout179,
  heldout190, heldout203 to heldout247): the company's own receipt pays the trade name on top where that is on
  top, so *settled* (new here) the showroom's memos and invoices pay Dhanraj Chhapa Ghar, the bhandar's bills
  and memos Dhanraj Rang Bhandar and the karkhana's receipts Dhanraj Chhapai Karkhana (capitals where so
  printed), and a receipt with the company on top the company, never the "A unit of" company line under it
  (heldout190), the party under Customer (heldout235) or *settled* (new here) Received from / Party / Grahak
  (customer) / Buyer's name, printed after the number and the day, the goods' line, the signature line
  (*settled* (new here) For <unit> (Authorised signatory) / Counter clerk, also where the company is on top,
  as heldout247's For <unit> - Munim) or the rubber stamp (*settled* (new here) DHANRAJ CHHAPA GHAR, DHANRAJ
  RANG BHANDAR, DHANRAJ CHHAPAI KARKHANA); *settled* (new here) the karkhana's receipt for printed cut pieces
  (katran) sold by the kilo to a Sanganer patchwork maker alike (the karkhana or the company on top, never the
  buyer, as heldout247's yarn waste); the accounts desk's e-mail pays the company on top (its full, capital or
  short name as printed, heldout219), never the party under Customer / Received from. A supplier's name on top
  of its own paper (capitals where so printed), never M/s the company under Buyer (bill to) (heldout246) or
  *settled* (new here) Billed to (recipient) / Buyer / Invoice to, nor the karkhana or the bhandar under Ship
  to (consignee) (heldout246) or *settled* (new here) Consignee (ship to) / Goods sent to, nor the transporter
  or the courier under Transporter (heldout246) or *settled* (new here) Despatched through. *settled*
  (heldout179, heldout202, heldout203, heldout207 to heldout247): a corporate banking page pays the payee
  under *settled* (new here) Beneficiary name (registered) / Credited party / To beneficiary / Payee account
  title, printed under the references or above them, never the portal (CIB - Corporate Internet Banking, Kotak
  Fyn, PNB Corporate Internet Banking), the bank line, *settled* (new here) the Debit account (as heldout243's
  Payer account), the Login ID (as heldout243's User ID), the Beneficiary nick name (as heldout234's
  Beneficiary short name) or the Maker / Checker (heldout171). *settled* (heldout150, heldout161, heldout179,
  heldout203 to heldout247): a wage slip pays the worker, *settled* (new here) a printer under Printer's name
  / Chhapai paid to and a washer under Dhobi's name / Dhulai paid to, printed first under the heading, never
  the company on top, the karkhana's line under it, the *settled* (new here) Type of work (as heldout243's
  Work), Gaon / basti (as heldout247's Mohalla / gaon) or Pehchan card No. (the artisan's card, as
  heldout243's Token No.); *settled* (new here) Cashfree's payout page the Beneficiary name / Paid out to (as
  heldout247's RazorpayX Contact name), printed above the sum and the status or under them, never Cashfree
  Payouts on top, the Business account: <company> line under it (as heldout247's Current account - <company>),
  the Beneficiary ID (as heldout247's Contact ID), the Bank account or the VPA; a transfer screen the payee
  under Paid to (heldout235) / Sent to (heldout206) / Transferred to (heldout242), above the sum or under the
  status. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout247): a fee page pays the
  authority on top as printed, *settled* (new here for Bagru and Jaipur) Nagar Palika Bagru / NAGAR PALIKA,
  BAGRU; RIICO / Rajasthan State Industrial Development & Investment Corporation Ltd; Export Promotion Council
  for Handicrafts / EPCH (as heldout247's Handloom Export Promotion Council); Employees' State Insurance
  Corporation / ESIC; Central Ground Water Authority / CENTRAL GROUND WATER AUTHORITY (the authority, never
  Bharatkosh, the portal it is paid through); Factories and Boilers Inspection Department, Rajasthan / Chief
  Inspector of Factories and Boilers, Rajasthan (never e-GRAS); Nagar Nigam Jaipur Greater / NAGAR NIGAM
  JAIPUR GREATER; Jaipur Development Authority / JAIPUR DEVELOPMENT AUTHORITY; never the line under it (Local
  Self Government Department, Rajasthan | Trade licence renewal, Unit Office Jaipur (South) | RIICO Industrial
  Area, Bagru (Extension), Ministry of Textiles, Government of India | Membership renewal 2026-27, Ministry of
  Labour & Employment, Government of India | Monthly contribution, Department of Water Resources, Ministry of
  Jal Shakti | NOC fee through Bharatkosh, Government of Rajasthan | Factory licence renewal (e-GRAS), Fire
  Department | Fire NOC renewal - commercial premises or Lease money (urban assessment) | e-Payment), nor the
  Allottee (heldout237), nor *settled* (new here) the Name of licensee, the Name of member (as heldout243's
  Member firm), the Employer name (as heldout247's Establishment name), the Name of applicant, the Name of
  occupier, the Premises (as heldout233's Name of premises) or the Lease holder (as heldout247's Lessee).
  *settled* (heldout199, heldout202 to heldout247): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed; *settled* (new here) The New India Assurance Co. Ltd's, The Oriental
  Insurance Co. Ltd's, ICICI Lombard General Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, SBI
  General Insurance Co. Ltd's, IFFCO-Tokio General Insurance Co. Ltd's, Go Digit General Insurance Ltd's and
  Royal Sundaram General Insurance Co. Ltd's alike, "The" kept where printed), never the product line, the
  office line or the insured (the company) under Proposer (heldout247) or *settled* (new here) Name of
  policyholder / Insured's name / Proposer name. A slip's counter name line in capitals (here the house's own
  counters, DHANRAJ CHHAPA GHAR, DHANRAJ RANG BHANDAR and DHANRAJ CHHIPA, on four, a filling station on the
  Ajmer road at Bagru, a Greater Noida hotel, a Mansarovar print and copy shop and a Bagru dhaba on the rest),
  never the terminal's bank or brand (PINE LABS, HINDUSTAN PETROLEUM, BANK OF BARODA, MSWIPE, KOTAK MAHINDRA
  BANK, EZETAP, PUNJAB NATIONAL BANK, PHONEPE POS) or the place line. A Bharat Connect page's biller under
  Biller (heldout239) or *settled* (new here) Bill paid to / Billing company (short or long as printed: JVVNL
  / Jaipur Vidyut Vitran Nigam Ltd, JioFiber / Reliance Jio Infocomm Ltd, Vi Postpaid / Vodafone Idea Ltd,
  Dish TV / Dish TV India Ltd, HP Gas / Hindustan Petroleum Corporation Ltd, BSNL Landline / Bharat Sanchar
  Nigam Ltd), never the app (here bob World, Paytm, PhonePe, BHIM and Google Pay), Bharat Connect or *settled*
  (new here) the Bill in the name of line (as heldout247's Consumer name); *settled* (new here) JVVNL's own
  e-receipt page the discom on top (JVVNL, Jaipur Vidyut Vitran Nigam Ltd or its capitals as printed, as
  heldout247's KEDL), never the "A Government of Rajasthan undertaking | Bijli Mitra" line under it, the
  Office (AEN) (as heldout243's Sub division) or the Consumer's name. An SMS alert's payee as the bank sends
  it (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Bank
  of Baroda's "for <way> to <payee>.", Punjab National Bank's UPI "thru UPI to <payee>.", Union Bank of
  India's "by <way> to <payee>." and The Jaipur Central Co-operative Bank's "<way> transfer to <payee>.", and
  the failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the
  e-mail alert's Beneficiary (heldout243) / *settled* (new here) Transfer to / Credited to (beneficiary),
  printed above the sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it, also with the status between them (heldout239,
  heldout243, heldout247); *settled* (new here) a payment page's sum in a Transaction amount / Amount charged
  row, above the status or under it or after the buyer and the items. *settled* (heldout152, heldout186,
  heldout190, heldout202 to heldout247): a payer's advice counts its net sum, *settled* (new here) Net amount
  paid to vendor / Amount credited (net) / Net transfer, Amount kept on hold on the hold (as heldout235's
  Amount on hold) and Transfer returned unpaid / Amount bounced back by bank on the return (as heldout225's
  Amount returned by bank), (the bills with their GST less TDS u/s 194Q @ 0.1% (heldout235) on the value
  before GST or, *settled* (new here), the Corporation's Less: TDS under GST - CGST 1% + SGST 1% (the 2% of a
  supply within the state in one line, as heldout243's Less: TDS under GST @ 2% (IGST)), and *settled* (new
  here) a Less: Print misregistration - n pcs rejected, a Less: Colour run after wash - n m, a Less: Short
  length on measurement - n m (as heldout247's Less: Weaving defect (rejected) and Less: Colour bleeding) or a
  Less: Cash discount @ 2% (as heldout247's Less: Trade discount @ 3%)), printed in the payment block above
  the bills or under them, never a bill's sum, the *settled* (new here) Gross of invoices / Invoices total (as
  heldout247's Value of bills / Bills total), or a cut. *settled* (heldout155, heldout167, heldout179,
  heldout190, heldout203 to heldout247): an inward wire's foreign sum, *settled* (new here) Remitted amount
  (FCY) / Amount in foreign currency / Settlement amount (32A), in US dollars and pounds (heldout152's marks),
  *settled* (new here) euros the Dutch way on some (dots between the thousands and a decimal comma, the euro
  sign or EUR before the sum: EUR 33.474,07 or € 33.474,07 is 33474.07, as heldout242's euros the German way),
  else EUR 33,474.07, Swiss francs with CHF before or after the sum and apostrophes between the thousands on
  some (CHF 12'450.00 and 12'450.00 CHF are 12450.00), Swedish kronor with spaces between the thousands and a
  decimal comma, SEK or kr after the sum, on some (53 550,00 kr is 53550.00, as heldout247's euros the French
  way), else SEK 53,550.00, yen whole (JPY 584,000, ¥584,000 or 584,000 JPY is 584000.00, heldout247),
  Singapore dollars (SGD or S$ before the sum) and won whole (KRW 29,750,000 is 29750000.00), never the
  *settled* (new here) Rupee equivalent (as heldout247's INR equivalent), the Less: Handling charges + GST (as
  heldout247's Less: Commission and GST) or the Net INR credit (as heldout247's Net credit (INR)); its Rate
  applied (1 CHF = INR 105.19; *settled* (new here) 100 KRW = INR 6.1395, per 100 won, as heldout247's 100
  JPY; provisional on the held one, as heldout247's indicative) is no sum, and a wire sent back prints no
  rupee line (heldout242). *settled* (heldout175, heldout179, heldout190, heldout203 to heldout247): a receipt
  counts the sum received even where it is part of the order, *settled* (new here) Amount received in cash /
  Cash paid by customer / Received via UPI QR / Paid by UPI / Card swipe amount / Paid by debit/credit card /
  Amount by cheque / Cheque for / Advance taken with order / Booking advance received, with the sum in words
  in brackets under it ("(a sum of Rupees ... Only)"), never the Order value (heldout247) or *settled* (new
  here) the Total order value where less was received, the goods' line, the *settled* (new here) Less: Teej
  offer @ 10% (as heldout247's Less: Festival discount @ 10%), the CGST and SGST @ 2.5% or the IGST @ 5%, the
  Round off or the *settled* (new here) Balance to be paid before dispatch (as heldout247's Balance payable at
  dispatch); *settled* (new here) the Net payable / Bill total (the rounded bill with its GST) is the same sum
  where the whole bill was paid, and the karkhana's katran by the kilo (kilos x rate with CGST and SGST @ 2.5%
  to a Sanganer buyer) counts its cheque for the Bill total. *settled* (heldout187, heldout191, heldout202 to
  heldout247): a supplier's invoice counts the sum paid, where an advance is taken off (*settled* (new here)
  Less: Advance paid on PO) the *settled* (new here) Balance received by NEFT / RTGS, where the buyer's TDS is
  taken off (*settled* (new here) Less: TDS u/s 194Q (deducted by buyer)) the *settled* (new here) Net credit
  by NEFT / RTGS, else *settled* (new here) Received via NEFT / RTGS / Full payment by NEFT / RTGS / Received
  through UPI / Paid on UPI (the rounded Invoice value with GST), or the *settled* (new here) Cheque for /
  Amount by cheque (as heldout239's Cheque amount), never the *settled* (new here) Taxable amount (as
  heldout247's Taxable value), a line or the GST. A banking page's *settled* (new here) Amount (Rs.) /
  Transfer value / Debited amount (as heldout235's Debit amount), never the *settled* (new here) Available
  balance (as heldout247's Balance after transfer). *settled* (heldout167, heldout202 to heldout247): a wage
  slip's net sum, *settled* (new here) Net chhapai paid / Paid to printer / Net dhulai paid / Net payment (the
  metres or the lots of 100 m x rate, plus *settled* (new here) Add: Fine block allowance / Add: Multi-colour
  extra, less *settled* (new here) Less: Misprint - n m @ rate / Less: Udhaar (advance) kata (as heldout247's
  Less: Weaving faults and Less: Peshgi (advance) adjusted)), never the *settled* (new here) Total kamai (as
  heldout247's Gross mazdoori), the line or a deduction; Cashfree's and a screen's sum large. *settled* (new
  here): Nagar Palika Bagru's Total amount paid / Amount deposited (the Trade licence fee 2026-27 and the
  Penalty for late renewal where printed), never a head; RIICO's Total deposited / Net amount paid (the
  Service charges 2026-27, the Interest on delayed payment where printed and the GST @ 18% on both), never a
  head; the Council's Total fee paid / Amount remitted (the Membership fee 2026-27 and the GST @ 18%), never
  the fee or the GST; ESIC's Total contribution paid / Challan amount (the Employees' share @ 0.75% and the
  Employer's share @ 3.25%), never one share; the Authority's Total paid through Bharatkosh / Amount paid (the
  Processing fee and the Ground water abstraction charges), never a head; the Factories Department's Challan
  amount / Amount payable on the page not yet confirmed (the Licence renewal fee 2026-27 and a Late fee),
  never a head; the fire wing's Total fee paid / Amount paid (the Fire NOC fee and the Fire cess where
  printed), never a head; JDA's Amount payable / Total due on the failed page (the Lease money 2026-27 and the
  Interest where printed), never a head. *settled* (heldout199, heldout202 to heldout247): an insurer's
  premium with its GST, *settled* (new here) Total premium received / Premium paid (incl. taxes) / Amount
  collected, the Cheque amount received / Cheque for on the cheque not yet cleared (as heldout247's Amount of
  cheque / Cheque received for), Premium payable / Amount due on the failed one (as heldout235's Amount
  payable), never the *settled* (new here) Premium (before tax) / Base premium (as heldout247's Net premium /
  Basic premium), an add-on or the GST @ 18% / IGST @ 18% / *settled* (new here) CGST 9% + SGST 9% (one line),
  nor the *settled* (new here) Own damage premium or Liability premium (TP) (as heldout247's Own damage (OD)
  premium and Third party (TP) premium), nor the IDV (heldout235) or the *settled* (new here) Sum insured -
  karkhana, dye yard and stock, Sum insured - showroom stock, Estimated annual exports, Lives insured, Limit
  per transit, Wages declared (annual) or Sum insured - dyes, blocks and fittings (as heldout247's sums
  insured, turnover, lives, limit and wages). A slip's *settled* (new here) TXN AMOUNT: / AMOUNT(INR): /
  TOTAL(RS): / SALE TOTAL:, printed above the card or under the references, never the *settled* (new here)
  PRICE/L: or the LITRES: (as heldout247's UNIT PRICE: and VOLUME(L):). A Bharat Connect page's sum large,
  never the *settled* (new here) Late payment amount (as heldout239's Amount after due date); JVVNL's
  *settled* (new here) Amount received / Paid amount (the Net amount due above it is the same sum). An alert's
  sum debited (*settled* (new here) Bank of Baroda's "Rs.x debited", Punjab National Bank's UPI "debited INR
  x" (without grouping), Union Bank of India's "Debited for Rs:x", The Jaipur Central Co-operative Bank's
  "debited with Rs x", the failed and pending transfers' "<way> of Rs x from A/c"; the e-mail's *settled* (new
  here) Amount of transfer / Debited amount), never the *settled* (new here) Avlbl Amt:Rs., the Avl Bal Rs: or
  the Bal Rs line (as heldout247's Total Avail.bal, Avl Bal and Bal), or the e-mail's *settled* (new here)
  Balance available (as heldout247's Available balance). Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Success - merchant has received the payment,
  Payment successful and Money reached the merchant successes, Processing - your bank is yet to confirm, do
  not pay again pending, Failed - UPI daily limit reached at your bank failed; a payment page's Transaction
  successful - receipt sent to your e-mail, Payment received - order confirmed and Success - your block prints
  are being packed successes. *settled* (new here): a payer's Paid - amount transferred to vendor account /
  Status: Payment completed successes, On hold - wash-fastness lab report awaited pending (a payer's hold, as
  heldout247's Payment parked), Returned by beneficiary bank - account closed failed, printed under the
  heading or at the end of the payment block. *settled* (new here): an inward advice's Credited - FIRC data
  reported to DGFT for e-BRC / Status: Proceeds credited to your account successes, Pending - KYC of remitter
  under verification, not credited yet pending, Returned to remitter's bank - beneficiary account details
  incomplete failed, printed under the heading or at the foot. *settled* (heldout167, heldout179, heldout190,
  heldout203 to heldout247): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE DEPOSITED - KATRAN RELEASED AFTER CLEARANCE and CHEQUE RECEIVED - SUBJECT TO
  REALISATION pending, CHEQUE BOUNCED - FUNDS INSUFFICIENT, MEMO CANCELLED and CHEQUE DISHONOURED - REFER TO
  DRAWER failed; RECEIVED WITH THANKS, PAID and PAID IN CASH successes, as are *settled* (new here) PAID -
  GOODS DELIVERED AT COUNTER, PAID - DYES WEIGHED AND PACKED, PAID - BLOCKS CHECKED AND HANDED OVER, ADVANCE
  RECEIVED - PRINTING STARTS ON SAMPLE APPROVAL (as heldout247's ADVANCE RECEIVED - ORDER PUT ON THE LOOM),
  PAYMENT RECEIVED - PARCEL LEAVES BAGRU IN 2 DAYS, PAYMENT RECEIVED - THANK YOU, FULL PAYMENT RECEIVED,
  ACCOUNT SETTLED, PAID BY NEFT / RTGS / UPI, PAID - ENTERED IN HAZRI REGISTER, PAID - METRES CHECKED AT THE
  TABLE and PAID - LOTS COUNTED AND RECEIVED. *settled* (new here): a banking page's Completed - amount
  credited to beneficiary / Status: Processed successfully - UTR generated successes, Awaiting checker
  approval - not yet sent to the bank pending (keyed, not yet authorised, as heldout247's Pending
  authorisation), Returned - beneficiary name and account mismatch, amount credited back failed (whatever the
  reversal), printed under the heading or at the foot; Cashfree's SUCCESS - transfer credited to beneficiary /
  Transfer status: SUCCESS successes, PENDING - queued at the beneficiary bank, no need to retry pending
  (sent, the credit not yet confirmed), FAILED - beneficiary bank offline, amount returned to payout balance
  failed (whatever the return); a transfer screen's Paid successfully (heldout247) / *settled* (new here)
  Transfer successful / Money sent successfully successes; a fee page's *settled* (new here) Paid - receipt
  generated, Payment received - thank you, Transaction successful - download your receipt and Success - fee
  credited to the Government account successes, the Factories Department's Payment pending - e-GRAS is
  awaiting the bank's scroll pending, JDA's Transaction failed - lease money not received by JDA failed,
  printed under the authority's line or at the foot; an insurer's *settled* (new here) Premium received -
  policy renewed / Receipt generated - policy copy sent to your e-mail successes, CHEQUE RECEIVED - RENEWAL
  EFFECTIVE ON CLEARANCE pending (as heldout247's CHEQUE RECEIVED - POLICY ISSUED ON REALISATION), Transaction
  failed - payment not authorised by your bank failed (under the failed heading Payment unsuccessful - renewal
  premium / RENEWAL PAYMENT STATUS), printed under the heading or under the sum; a slip's APPROVED successes
  (heldout210), as are *settled* (new here) SALE APPROVED and APPROVED - PIN VERIFIED, *settled* (new here)
  DECLINED - 55 INCORRECT PIN failed, NO RESPONSE FROM HOST - TXN STATUS AWAITED, DO NOT RESWIPE pending (as
  heldout243's NO RESPONSE FROM ISSUER - DO NOT REPEAT SALE); a Bharat Connect page's *settled* (new here)
  Bill paid successfully - biller updated / Payment successful - receipt in your SMS successes, Pending with
  biller - please do not pay again pending, Payment failed - money if debited will be refunded in 3-5 days
  failed (the payment failed, whatever the refund), JVVNL's *settled* (new here) Payment successful - will
  reflect in your account within 48 hours / Receipt generated - thank you for paying your bill online
  successes (printed at the foot); *settled* (new here) an SMS that says the transfer "was not completed;
  amount credited back to your A/c." failed (whatever the credit back), one that "is pending with the
  beneficiary bank. Do not repeat the transfer." pending, a debit alert a success, whatever its bank's wording
  (Bank of Baroda's "Rs.x debited from A/c ...1234 on <day> for <way> to <payee>.", Punjab National Bank's
  "A/c XX1234 debited INR x on <day> thru UPI to <payee>. UPI Ref <ref> -PNB", Union Bank of India's "A/c
  *1234 Debited for Rs:x on <day> by <way> to <payee>.", The Jaipur Central Co-operative Bank's "JCCB: Your
  A/c XX1234 is debited with Rs x on <day>, <way> transfer to <payee>."); the e-mail's *settled* (new here)
  Status: Success / Transaction successful - amount debited successes.
* date: the day paid (a UPI screen's *settled* (new here) Payment done on / Txn date & time / Debited at,
  *settled* (new here) Tried at / Requested on on one not yet paid or failed, printed after the references or,
  *settled* (new here), with its label on a small line of its own under the app's name (Payment done on 12 Mar
  2026, 4:05 pm); a payment page's *settled* (new here) Txn date / Order paid on / Date of payment, printed
  under the sum, under the status or at the foot; a payer's *settled* (new here) Paid on / Transfer date /
  Payment dt., the held one's *settled* (new here) On hold since / Advice date (heldout198) and the returned
  one's Returned on (heldout234) / *settled* (new here) Bounced on; an inward advice's *settled* (new here)
  Value date (32A) / Date of credit / Funds credited on, Received on (heldout234) / *settled* (new here)
  Pending since on the held one and Returned on (heldout234) / *settled* (new here) Refunded to remitter on on
  the returned one, printed first, after the sums or after the references (in capitals on some); a receipt's,
  invoice's or wage slip's Dated (heldout234, heldout235) / *settled* (new here) Dt. / Memo dt. / Bill dt. /
  Invoice dt. / Date of invoice / Inv. date / Paid on / Mazdoori dt., the invoice's number and day on one row
  (*settled* (new here) Bill No. ... / Bill dt. ..., as heldout247's No. ... / Date ...), the accounts desk's
  *settled* (new here) Received on / Date of receipt, printed above the number or under it; a banking page's
  *settled* (new here) Processed on / Debit date / Value dt., Initiated on / Saved on on the one awaiting its
  checker (as heldout247's Created on) and Returned on / Failed on on the returned one, printed under the
  heading or at the foot; Cashfree's *settled* (new here) Processed on / Transfer date, Initiated at /
  Requested on on the pending one and Failed on / Reversed on on the failed one (as heldout247's Reversed at);
  a transfer screen's *settled* (new here) Paid on / Date & time / Sent at; a fee page's *settled* (new here)
  Date of payment / Paid on / Transaction date / Receipt dt., the Factories Department's *settled* (new here)
  GRN generated on / Initiated on on the page not yet confirmed (as heldout247's Challan generated on) and
  JDA's Failed on (heldout243) / Attempted on on the failed one; an insurer's *settled* (new here) Receipt dt.
  / Premium received on / Date of collection, Cheque received on (heldout247) / *settled* (new here)
  Collection date on the cheque not yet cleared and Attempted on (heldout247) / *settled* (new here) Txn date
  on the failed one; a slip's *settled* (new here) DATE/TIME: / TXN DATE: (with TXN TIME:) / DT: (with TM:,
  heldout247), printed at the top or under the sum; a Bharat Connect page's *settled* (new here) Payment date
  & time / Paid at / Txn on / Date & time (the latter alone on a bill not paid, heldout235); JVVNL's *settled*
  (new here) Date of payment / Paid on; the SMS's day; the e-mail alert's *settled* (new here) Transaction
  date / Debited on / Date). *settled*: never a Bill month (heldout167) or *settled* (new here) JVVNL's
  Billing month, a Due date, a Cheque date (heldout198), a Risk commences (heldout247) or *settled* (new here)
  Risk inception, ESIC's *settled* (new here) Contribution period (as heldout247's Wage month), an invoice
  number's or a slip number's financial year or an e-mail's hour; never a Shipping bill's date (heldout167),
  here the Shipping bill dt., the day inside a UTR (heldout210) or *settled* (new here) inside an app's own id
  (iMobile txn ID IMP260415..., as PhonePe's T2604...), the year inside an order's number (DCC26..., as
  heldout246's), a Bharatkosh transaction ref. No. or an NOC application No. (21-4/8214/RJ/IND/2026); never a
  Bharat Connect page's Bill date (heldout239) or its Bill period (heldout243), or the year of a head (Trade
  licence fee 2026-27, Service charges 2026-27, Membership fee 2026-27, Licence renewal fee 2026-27, Lease
  money 2026-27) or of a renewal line (Membership renewal 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Cashfree's IMPS (as heldout247's RazorpayX's), a Bharat Connect bill from a Current A/c (here
  in bob World), a payment page's net banking, a fee, a premium or JVVNL paid by Net banking, an e-mail
  alert's Mode of transfer, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's (UPI, UPI (QR),
  UPI - collect request), a receipt's, a wage slip's, an invoice's, Cashfree's, a fee's, a premium's or a
  bill's UPI and Punjab National Bank's UPI alert; card on slips, a payment page's card, a receipt's Card, a
  fee, a premium or JVVNL paid by Debit card; cheque for a cheque received, deposited or returned and a
  premium paid by Cheque; cash for a cash memo, bill or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout247): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref No, RRN, UPI RRN (heldout179), NEFT UTR,
  *settled* (new here) UPI ref. number / UPI Ref ID / UPI Reference No. / RRN No. / Bank RRN / Ref. No. (UTR)
  on a UPI screen, CCAvenue's Bank ref. No. (UPI RRN) and PayU's UPI RRN on a UPI payment, a payer's NEFT ref.
  (UTR) / RTGS ref. (UTR) / IMPS ref. (RRN), a receipt's UPI ref. No. / RRN (UPI) / NEFT ref., an invoice's
  UPI ref. / NEFT ref. No. / RTGS ref. No., a banking page's NEFT UTR No. / RTGS UTR No. / RRN (IMPS),
  Cashfree's UTR / Bank UTR, a wage slip's UPI ref. / IMPS ref. (RRN), an insurer's or a Bharat Connect page's
  UPI ref. No., a slip's RRN NO: / REF NO:, an SMS's UPI Ref / IMPS Ref / UTR No, an e-mail's UTR No. / IMPS
  ref. No.), then a bank reference (an inward advice's *settled* (new here) Inward remittance No. / IRM
  reference / Our reference (as heldout247's IRM No.), printed after the references of the goods, a banking
  page's *settled* (new here) Txn ref. ID / Payment ref. No. (as heldout247's Reference No.), printed above
  the payee or under it, CCAvenue's and PayU's *settled* (new here) Bank ref. No. on net banking, a fee page's
  Bank ref. No. and *settled* (new here) ESIC's Bank transaction No., an insurer's Bank ref. No. (heldout246),
  JVVNL's Bank ref. No., a Bharat Connect page's *settled* (new here) Bharat Connect txn ID / BBPS ref. No. /
  B-Connect ref. (as heldout247's BBPS ref. No.)), then a transaction / payment id (*settled* (new here)
  CCAvenue's Tracking ID and PayU's PayU ID, the UPI apps' own Transaction ID (PhonePe, heldout247), *settled*
  (new here) BHIM txn ID, Paytm txn ID, bob World txn ID and iMobile txn ID (the app's own id, whatever its
  name, heldout235), Cashfree's *settled* (new here) Cashfree reference ID (as heldout247's RazorpayX Payout
  ID), a fee page's Transaction ID (heldout234) / *settled* (new here) Transaction No., the RIICO payment
  ref., the EPCH transaction No., ESIC's Challan No., the Bharatkosh transaction ref. No. and e-GRAS's GRN
  (heldout247), an insurer's *settled* (new here) Transaction ID / Payment ref., JVVNL's *settled* (new here)
  PG txn ID (as heldout247's KEDL Gateway ref. No.), a failed Bharat Connect page's *settled* (new here) Txn
  ref. No.), then an approval code (Auth code, *settled* (new here) PayU's Approval No., a receipt's Auth code
  / Approval No., a slip's APPR CODE: / AUTH CODE: (heldout119)), then an order's number (*settled* (new here)
  CCAvenue's Order No. and PayU's Order ref., Cashfree's Transfer ID (the company's own id for the transfer,
  as heldout247's RazorpayX Reference ID)), then a document's own number (a payer's *settled* (new here)
  Payment voucher No. / Advice No. / Remittance ref., *settled* (new here) Cash memo serial / Retail invoice
  No. / Bill No. / Bhandar memo No. / Katran receipt No. / Receipt No. / Payment receipt ref. / Ack. serial
  No. on a receipt, *settled* (new here) Invoice No. / Inv. No. / Invoice serial / Bill No. on an invoice,
  Parchi No. (heldout247) / *settled* (new here) Slip No. on a wage slip, a fee page's Receipt No., Receipt
  No. / *settled* (new here) Collection receipt No. on an insurer's receipt, JVVNL's Receipt No., a slip's
  *settled* (new here) INV NO: / RCPT NO:). *settled*: never a UETR or *settled* (new here) a UETR (gpi), a
  MERCHANT ID: / TERMINAL ID: (heldout247's MID: / TID:), *settled* (new here) BATCH NO: (as BATCH:), STAN:
  (heldout202), a card, account or mobile number (a Beneficiary A/c No., an Account No., a Vendor's account
  No.), a UPI ID or VPA, IFSC / IFSC code, GSTIN, an IEC, a cheque number, a Purpose of remittance code, a
  Commercial invoice No. (heldout243), a Shipping bill No. (heldout167), an E-way bill No., an LR No.
  (heldout235) or *settled* (new here) an AWB No. (as heldout247's Docket No.), a Vehicle No. (heldout205) (so
  never a Registration No. on an insurer's page or a slip's VEH NO:), *settled* (new here) a Buyer's PO No.
  (as heldout247's Your order No.), a Vendor No., a PO ref. No., a Material receipt No., a Purchase indent No.
  or a Stock inward No. (as heldout247's Supplier code, Our PO No., Goods receipt ref., Purchase order No. and
  Store receipt No.), a Sender's reference (20) (as heldout247's Sender's ref. (field 20)), the Maker /
  Checker (heldout171), the Login ID (as heldout243's User ID), a Beneficiary nick name (as heldout234's
  Beneficiary short name), a Beneficiary ID (as heldout247's Contact ID), a Pehchan card No. (as heldout247's
  Bunkar card No.), a Licence No. (heldout231), a Plot No. (heldout246), a Membership No. or an RCMC No.
  (heldout227), an Employer code No. (as heldout247's Establishment ID), an NOC application No., a Factory
  registration No. (as heldout247's Registration No.), a Policy No. / Proposal No. / *settled* (new here)
  Renewal notice No., a consumer number (here K No., Service ID, Mobile No., VC No., Consumer No., Account
  No.), or a slip's *settled* (new here) FOLIO NO: / ROOM: / TABLE: / STEWARD: / MOB NO: / PUMP NO: (as
  heldout247's GRC NO: / ROOM NO: / TABLE NO: / CAPTAIN: / CUST MOB: / NOZZLE NO:).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout248_families import (
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

SPLIT = "heldout248"

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


def make_heldout248_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout248 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

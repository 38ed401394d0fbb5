"""heldout246: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Pampore saffron grower and packer's day in 2026 in Pulwama district, Jammu and
Kashmir (Kongposh Saffron Pvt Ltd, its saffron fields on the Konibal karewa, Kongposh Karewa Farms, where the
corms are sown in the summer, the fields hoed by the kanal and the purple flowers picked at dawn by the kilo
in the autumn, with the red stigmas separated from the flowers by home workers in Lethpora, Dussu, Namblabal
and Chandhara by the kilo of flowers, its drying and packing unit in the Industrial Growth Centre at
Lassipora, Kongposh Drying & Packing Unit, where the stigmas are dried, graded Mongra and Lachha, tested to
ISO 3632 and packed in 1 g tins and 5 g jars under the Kashmir Saffron GI tag, and its Srinagar retail counter
in Polo View Market off Residency Road, Kongposh Kesar House, where the tourists, the hotels, the wazwan
caterers and the sweet shops buy), told by the proofs of payment it receives (tourists', hotels', caterers'
and sweet shops' UPI screens and the web shop's Instamojo and Easebuzz pages, a Delhi, a Mumbai, an Ahmedabad,
a Hyderabad, a Kolkata, a Bengaluru and an Amritsar spice or dry fruit wholesaler's and Tirumala Tirupati
Devasthanams' payment advices, saffron importers' inward wires from Kuwait, Hong Kong, Toronto, Melbourne,
Osaka, Copenhagen, New York and Auckland in Kuwaiti dinars, Hong Kong, Canadian and Australian dollars, yen,
Danish kroner, US dollars and New Zealand dollars, the counter's tax invoices and cash memos to a Kolkata
tourist, a Rajbagh hotel and a Nowhatta wazwan cook, the fields' vouchers for corms sold by the kilo to a
Padgampora grower and a Kishtwar growers' samiti, the drying unit's voucher for dried petals sold by the kilo
to a Bari Brahmana herbal cosmetics maker, the accounts desk's acknowledgements of a Delhi sweet shop's Diwali
advance and a Pune buyer's tins, cards on the counter's, the company's and the drying unit's terminals) and
those it makes (the Bari Brahmana tin maker's, the Rangreth label printer's, the Kathua glass jar maker's, the
Okhla dryer and sealer maker's and the Pampore farm input dealer's tax invoices, the net-banking transfers to
the air cargo agent, the sprinkler fitter, the counter's landlord, the security agency, the tractor hirer, the
designer, the electrician and the testing lab, the pickers', separators' and packers' wage slips, Zwitch
payouts to a field hand and a picker and a Google Pay and an mPay Delight+ payment to a separator and a field
hand, Srinagar Municipal Corporation's trade licence, the J&K Pollution Control Committee's consent fee, the
Spices Board's CRES renewal, FSSAI's licence renewal, SIDCO's lease rent and maintenance charges for the
Lassipora plot, Legal Metrology's verification of the precision balances and the platform scales, the GI
Registry's authorised user fee and the Transport Department's Vahan goods vehicle tax, the insurers' premium
receipts for the saffron crop, the drying and packing unit, the counter's stock, the export cargo, the staff's
health, the wage cash carried to the pickers, the pick-up and the pickers' and field hands' compensation, its
card at a filling station on the highway at Pampore, a Boulevard Road hotel, a Maharaj Gunj packaging store
and a wazwan dhaba at Wuyan, KPDCL's power and the fibre, postpaid, DTH and cooking gas bills, the banks' SMS
and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints
no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (mPay Delight+, Google Pay, Amazon Pay, PhonePe, super.money, Paytm)
  paying the counter or the company, the status, the sum and the payee block in one of four orders, the day on
  a line of its own under the status or under its label first under the rule or after the references, and two
  of the web shop's payment pages (Instamojo, Easebuzz), the sum large above the status or under it or in a
  Total paid / Amount paid row after the order, the day under the status or at the foot.
* ``buyer_advices``: the wholesalers' and the Devasthanams' PAYMENT ADVICE - SAFFRON PURCHASES / Vendor
  remittance intimation / ADVICE OF PAYMENT TO SUPPLIER (KESAR) (e-mail, printed, vendor portal), the payee at
  the head of the body or of the payment block, the status under them or at the end of the payment block, the
  bills (their days on some) above the payment block or under it.
* ``export_wires``: eight banks' inward remittance advices (INWARD REMITTANCE - CREDIT ADVICE (EXPORT) /
  Inward foreign remittance - advice of credit / Export proceeds realised - credit advice; browser, e-mail,
  printed), the status under the heading or at the foot, the day first, after the sums or after the
  references, the remitter's block above the beneficiary's or under it; Kuwaiti dinars with three decimals,
  yen whole, kroner with dots between the thousands and a decimal comma.
* ``own_receipts``: the counter's TAX INVOICE - KASHMIR SAFFRON (RETAIL) / CASH MEMO - POLO VIEW COUNTER, the
  fields' RECEIPT - SAFFRON CORMS SOLD BY WEIGHT / CORM SALE VOUCHER - KAREWA FIELDS, the drying unit's SALE
  VOUCHER - DRIED SAFFRON PETALS (BY WEIGHT) / RECEIPT - FLORAL WASTE (PETALS) SOLD (paper, rubber stamp),
  each heading with its own number and day labels, the number and the day in either order above the party, and
  the accounts desk's Payment acknowledgement - thank you e-mails (with IGST).
* ``supplier_invoices``: the tin, label, glass jar, dryer and farm input suppliers' TAX INVOICE (ORIGINAL FOR
  BUYER) / GST INVOICE / TAX INVOICE CUM RECEIPT with the payment block (an advance or the buyer's TDS taken
  off on some) and a rubber stamp (paper, serif), the number and the day on one row on some, else in either
  order.
* ``vendor_transfers``: corporate net banking's transfer pages (JK Bank Corporate Internet Banking, HDFC Bank
  ENet, yono BUSINESS) in three orders (the day and the status under the heading; both at the foot; the status
  under the heading and the day at the foot), the references above the payee or at the end of the details.
* ``worker_pay``: printed FLOWER PICKING WAGES - PER KG OF FLOWERS / KONG POSH CHUNAI MAZDOORI PARCHI / STIGMA
  SEPARATION WAGES - PER KG OF FLOWERS / GHAR KAAM MAZDOORI - KESAR CHHANTAI / PACKING WAGES - PER HUNDRED
  TINS / PACKING MAZDOORI SLIP (TINS AND JARS), the pickers' and the separators' in the picking weeks, the
  payee first, the kilos with their tenths; Zwitch's payout transfer pages, the payee above the sum and the
  status or under them; a Google Pay and an mPay Delight+ screen.
* ``govt_fees``: Srinagar Municipal Corporation's trade licence renewal, the J&K Pollution Control Committee's
  consent fee (OCMMS), the Spices Board's CRES renewal, FSSAI's licence renewal (FoSCoS), SIDCO's lease rent
  and maintenance charges, Legal Metrology's verification fee, the GI Registry's authorised user fee and the
  Transport Department's Vahan goods vehicle tax page (browser), the status under the authority's line or at
  the foot.
* ``insurer_receipts``: insurers' PREMIUM PAYMENT RECEIPT / Receipt of premium - thank you / PREMIUM
  ACKNOWLEDGEMENT (INSURED'S COPY) (Payment status - premium not received / PREMIUM PAYMENT - NOT SUCCESSFUL
  on the failed one; browser, e-mail, printed at the branch), the status under the heading or under the sum;
  the crop's premium without GST.
* ``card_slips``: card terminal slips (monospace), the day at the top or under the sum, the sum above the card
  or under the references; the dhaba's base amount and tip above its total.
* ``utility_bills``: Bharat Connect in mPay Delight+ and other apps (Google Pay, Amazon Pay, CRED, PhonePe),
  the sum above the status or under it, the bill's number and day on some, and KPDCL's own online payment
  receipt, the status at the foot.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Jammu & Kashmir Bank, J&K Grameen Bank,
  Jhelum Valley Co-operative Bank, Federal Bank's UPI) and two e-mail debit alerts (HDFC Bank, IndusInd Bank),
  the sum above the payee or under it.

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout242's and heldout243's. Some days are drawn in their season
(the picking weeks of late October and November for the pickers' and separators' pay, the weeks after them for
the dried petals, the summer for the corms' sowing and the field hands' hoeing, the weeks before Diwali for
the sweet shop's advance); the others anywhere in 2026.

Truth conventions (heldout243's, heldout242's, heldout239's, heldout235's, heldout234's, heldout231's,
heldout227's, heldout226's, heldout225's, heldout224's, heldout223's, heldout222's, heldout219's,
heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout203's,
heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Sent to / Paying to (heldout206, heldout235), Money sent to / Recipient / Paid to merchant / Payment to /
  Sending to (heldout239), Paid to shop / Transferred to / Merchant / Payee (heldout242), Payment made to /
  Credited to / Transferred to merchant / Amount sent to (heldout243), *settled* (new here) You paid / Payment
  sent to / Sent to merchant / Payment to shop, and Paying / Sending money to (heldout243) / *settled* (new
  here) Sending to merchant / Paying to merchant on one not yet paid or failed (here the counter, Kongposh
  Kesar House / KONGPOSH KESAR HOUSE, the company's capitals, KONGPOSH SAFFRON PVT LTD, or its short name,
  Kongposh Saffron, as printed), whether the payee block stands above the sum, under it, under the status or
  between the status and the sum (heldout242, heldout243), never the UPI ID or the app, nor the Verified name
  (heldout237) / Name registered with bank (heldout243) line or *settled* (new here) the Name as per bank
  records / Registered business name line under the UPI ID, nor the payer under Paid by / Sender (heldout239)
  / Sent by (heldout243) or *settled* (new here) From (the payer with its bank and the account's last digits);
  a payment page's payee on top (here the counter, its capitals, the company or its short name), never Paid by
  (heldout206) / Customer name (heldout234) / Customer / Payer name / Billed to (heldout239) / Ordered by /
  Item / Purchase (heldout243) or *settled* (new here) Billing name / Buyer / Items ordered / Purpose, or the
  gateway's footer (*settled* (new here) Payments powered by Instamojo, Secured by Easebuzz). *settled*
  (heldout167, heldout190, heldout202 to heldout243): a payer's payment advice pays the one it pays, never the
  payer on top; here a wholesaler's or the Devasthanams' advice pays the company under *settled* (new here)
  Payment in favour of / Paid to supplier / Beneficiary name (supplier) / Supplier / Amount remitted to (its
  full, capital or short name as printed), printed at the head of the body or at the head of the payment
  block, above the bills or under them, never the payer on top (the wholesalers, the Devasthanams), its desk
  line, the *settled* (new here) Supplier No. (as heldout210's Vendor code), PO ref. (as heldout243's PO No.),
  Inward entry No. (as heldout235's GRN No.), Tender / PO No. or Stores receipt voucher No. (as heldout243's
  Supply order No. and CRV No.), the bills listed (their numbers and days) or the Beneficiary A/c No. (as
  heldout243's Vendor bank A/c). *settled* (heldout155, heldout167, heldout190, heldout203 to heldout243): a
  bank's inward remittance advice pays the company under Beneficiary customer (heldout242) / *settled* (new
  here) Beneficiary name (exporter) / Account of exporter / Beneficiary customer (59) / In favour of
  (exporter), never the bank on top, its forex desk line, the remitter (*settled* (new here) Remitter
  (importer) / Ordering customer (50K), the importer abroad), the *settled* (new here) Remitter's bank /
  Remitting institution (52A) (as heldout243's Remitting bank) or the Intermediary institution (56A) (as
  heldout243's Intermediary bank (field 56)), printed above the beneficiary or under it. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout243): the company's own receipt pays the trade
  name on top where that is on top, so *settled* (new here) the counter's bills pay Kongposh Kesar House, the
  fields' corm vouchers Kongposh Karewa Farms and the drying unit's petal vouchers Kongposh Drying & Packing
  Unit (capitals where so printed), and a receipt with the company on top the company, never the "A unit of"
  company line under it (heldout190), the party under *settled* (new here) Bought by / Name of buyer /
  Customer name and address, printed after the number and the day, the goods' line, *settled* (new here) the
  GI authorised user or the lab certificate line, the signature line (For <unit> - Cashier, also where the
  company is on top, heldout239) or the rubber stamp; *settled* (new here) the fields' corms sold by the kilo
  to another grower and the unit's dried petals sold by the kilo to a cosmetics maker alike (the farms or the
  unit, never the buyer, as heldout243's MS tube offcuts); the accounts desk's e-mail pays the company on top
  (its full, capital or short name as printed, heldout219). A supplier's name on top of its own paper
  (capitals where so printed), never M/s the company under *settled* (new here) Buyer (bill to) / Recipient of
  supply / Sold to (as heldout243's Details of receiver (billed to)), nor the unit or the farms under
  *settled* (new here) Ship to (consignee) / Deliver at (as heldout243's Details of consignee (shipped to)),
  nor the Transporter (as heldout243's Dispatch through). *settled* (heldout179, heldout202, heldout203,
  heldout207 to heldout243): a corporate banking page pays the payee under *settled* (new here) Beneficiary /
  Pay to / Transferred to (beneficiary) / Name of beneficiary, printed under the references or above them,
  never the portal (JK Bank Corporate Internet Banking, HDFC Bank ENet, yono BUSINESS), the bank line,
  *settled* (new here) the Debit from account (as heldout243's Payer account), the Operator ID (as
  heldout243's User ID), the Beneficiary alias (as heldout234's Beneficiary short name) or the Created by /
  Authorised by (as heldout171's Maker / Checker). *settled* (heldout150, heldout161, heldout179, heldout203
  to heldout243): a wage slip pays the worker, *settled* (new here) a picker under Name of picker / Wages paid
  to (picker), a home worker under Home worker / Mazdoori paid to (separator) and a packer under Packer's name
  / Wages paid to (packer), printed first under the heading, never the company on top, the farms' or the
  unit's line under it, the Work, *settled* (new here) the Village / mohalla (as heldout243's Mohalla / basti)
  or the Labour card No. (as heldout243's Token No.); *settled* (new here) Zwitch's payout transfer page the
  Transfer to / Payee name (beneficiary) (as heldout243's PayU), above the sum and the status or under them,
  never Zwitch on top, the Payouts - <company> line under it, the Beneficiary type, the Beneficiary account or
  the Beneficiary VPA; a transfer screen the payee under Paid to (heldout235) / Money sent to (heldout239),
  above the sum or under the status. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout243):
  a fee page pays the authority on top as printed, *settled* (new here for Jammu and Kashmir) Srinagar
  Municipal Corporation / SRINAGAR MUNICIPAL CORPORATION; J&K Pollution Control Committee / JAMMU AND KASHMIR
  POLLUTION CONTROL COMMITTEE; Spices Board India / SPICES BOARD INDIA; Food Safety and Standards Authority of
  India / FSSAI; J&K State Industrial Development Corporation Ltd / SIDCO; Legal Metrology Department, J&K /
  Controller of Legal Metrology, Jammu and Kashmir; Geographical Indications Registry / GEOGRAPHICAL
  INDICATIONS REGISTRY, CHENNAI; Transport Department, Jammu and Kashmir / Transport Department, Government of
  J&K on the Vahan receipt (as heldout227's to heldout243's); never the line under it (Licensing Section |
  Trade licence renewal 2026-27, Online Consent Management and Monitoring System (OCMMS), Ministry of Commerce
  and Industry, Government of India, FoSCoS - Food Safety Compliance System, Estate Office, IGC Lassipora,
  Department of Food, Civil Supplies and Consumer Affairs, J&K, Office of the Controller General of Patents,
  Designs & Trade Marks or Vahan - Ministry of Road Transport & Highways), nor *settled* (new here) the
  Establishment, the Unit name, the Exporter's name, the Food business operator or the Applicant (authorised
  user), nor the Allottee (heldout237), the Name of user (heldout238) or the Registered owner (heldout237).
  *settled* (heldout199, heldout202 to heldout243): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed; *settled* (new here) Agriculture Insurance Company of India Ltd's,
  National Insurance Co. Ltd's, United India Insurance Co. Ltd's, HDFC ERGO General Insurance Co. Ltd's, Star
  Health and Allied Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's, Tata AIG General
  Insurance Co. Ltd's and Cholamandalam MS General Insurance Co. Ltd's alike), never the product line, the
  office line or the insured (the company) under *settled* (new here) Name of insured / Insured firm /
  Proposer (firm). A slip's counter name line in capitals (here the company's own counters, KONGPOSH KESAR
  HOUSE, KONGPOSH SAFFRON and KONGPOSH DRYING & PACKING UNIT, on four, a filling station on the highway at
  Pampore, a Boulevard Road hotel, a Maharaj Gunj packaging store and a wazwan dhaba on the rest), never the
  terminal's bank or brand (J&K BANK, INDIANOIL, HDFC BANK, SBI, YES BANK, PAYTM, ICICI BANK, RAZORPAY POS) or
  the place line. A Bharat Connect page's biller under *settled* (new here) Biller / operator / Payee biller /
  Service provider (biller) (short or long as printed: KPDCL / Kashmir Power Distribution Corporation Ltd,
  Airtel Broadband / Bharti Airtel Ltd, BSNL Postpaid / Bharat Sanchar Nigam Ltd, Tata Play / Tata Play Ltd,
  Indane Gas / Indian Oil Corporation Ltd), never the app (here also mPay Delight+, Google Pay, Amazon Pay,
  CRED and PhonePe), Bharat Connect or the *settled* (new here) Name on bill / Consumer name (as heldout243's
  Account holder); KPDCL's own payment receipt the discom on top (KPDCL, Kashmir Power Distribution
  Corporation Ltd or its capitals as printed, as heldout243's PSPCL), never the "A Govt. of J&K undertaking"
  line under it, the Sub division (heldout243) or the Consumer name. An SMS alert's payee as the bank sends it
  (*settled*, the truncated name as printed, without the sentence's full stop), *settled* (new here) Jammu &
  Kashmir Bank's "towards <way> transfer to <payee>.", J&K Grameen Bank's "(<way> - <payee>)." (the name after
  the dash, without the bracket), Jhelum Valley Co-operative Bank's "; <way> to <payee>." and Federal Bank's
  UPI "paid via UPI from A/c XX1234 to <payee> on <day>.", and the failed and pending transfers' "to <payee>
  on <day>" (heldout222), never the bank or the sender id; the e-mail alert's *settled* (new here) Transferred
  to / Beneficiary name / Payee (as heldout243's Credited to / Payee name / Beneficiary), printed above the
  sum or under it, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it, above the payee block or under it, or with the status between them (heldout239,
  heldout242, heldout243); *settled* (new here) a payment page's Total paid / Amount paid row after the order
  under a status with no large sum. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout243):
  a payer's advice counts its net sum, *settled* (new here) Net payment / Amount released / Net remitted to
  supplier, Amount withheld on the hold and Remittance sent back / Amount returned unpaid on the return (the
  bills less TDS u/s 194Q @ 0.1% (heldout235) or the Devasthanams' Less: TDS under GST @ 2% (IGST)
  (heldout243), and *settled* (new here) a Less: Lab test shortfall - crocin below Grade I, n g, a Less: Short
  weight on receipt - n g or a Less: Dented tins - n tins (as heldout243's Shortage on receipt and Transit
  damage) or a Less: Cash discount @ 1.5% (as heldout238's Prompt payment discount)), printed in the payment
  block above the bills or under them, never a bill's sum, the Total of bills / Bills passed for payment (as
  heldout243's Total of invoices), or a cut. *settled* (heldout155, heldout167, heldout179, heldout190,
  heldout203 to heldout243): an inward wire's foreign sum, *settled* (new here) Amount of remittance / Foreign
  currency amount / Remittance (FCY), in Kuwaiti dinars (KWD or KD before the sum, three decimals: KWD
  2,453.000 is 2453.00, as heldout242's Omani rials), Hong Kong dollars (HKD, HK$), Canadian dollars (CAD,
  C$), Australian dollars (AUD, A$), yen (JPY before or after the sum, whole: 2,327,000 JPY is 2327000.00),
  Danish kroner (DKK before the sum or kr. after it, dots between the thousands and a decimal comma:
  349.250,00 kr. is 349250.00, as heldout242's euros the German way), US dollars and New Zealand dollars (NZD,
  NZ$), never the INR equivalent (as heldout226's Converted amount (INR)), the Less: Commission and GST (as
  heldout227's Less: Bank charges and GST), the Net INR credited (as heldout238's Amount credited (INR)) or
  *settled* (new here) the Return charges and GST on the return; its Exchange rate applied (1 KWD = INR
  287.2765, 100 JPY = INR 56.64) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to
  heldout243): a receipt counts the sum received even where it is part of the order, *settled* (new here) Cash
  received / Received in cash / UPI received / Paid by card / Card sale amount / Cheque received for /
  Received by cheque / Advance received with order / Part payment received, with the sum in words under it,
  never the Bill amount / Total (incl. GST) / Total / Order value where less was received, the goods' line,
  the Less: Discount @ 5% (heldout243), the CGST and SGST @ 2.5%, *settled* (new here) the IGST @ 5% on the
  e-mails to buyers outside the state, or the Balance payable before dispatch / Balance due (as heldout221's
  Balance due on delivery); *settled* (new here) the corms' bill prints GST: Nil (bulbs for sowing) and counts
  its Bill amount / Total, the kilos x rate, received in full. *settled* (heldout187, heldout191, heldout202
  to heldout243): a supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new
  here) Less: Advance received on order) the *settled* (new here) Balance paid by NEFT / RTGS, where the
  buyer's TDS is taken off (*settled* (new here) Less: TDS u/s 194Q by buyer) the *settled* (new here) Net
  received - NEFT / RTGS, else *settled* (new here) Paid by NEFT / RTGS / Amount received via NEFT / RTGS,
  Paid via UPI QR / UPI receipt (the rounded Invoice value with GST), or the Cheque received for / Payment by
  cheque, never the Taxable value, a line or the GST. A banking page's *settled* (new here) Transfer amount /
  Amount / Debited amount, never the Balance after transfer (as heldout243's Available balance after txn).
  *settled* (heldout167, heldout202 to heldout243): a wage slip's net sum, *settled* (new here) Net payable
  and paid / Paid to picker (net) / Net mazdoori handed over / Amount paid to worker / Amount paid to packer
  (the kilos of flowers, with their tenths, or the hundreds x rate, plus *settled* (new here) Add: Early
  picking bonus / Add: Tea and lunch allowance, less *settled* (new here) Less: Wet flowers rejected - n kg @
  rate / Less: Flowers returned uncleaned - n kg @ rate / Less: Damaged tins - n hundred @ rate / Less: Cash
  advance recovered (as heldout243's Pieces rejected at QC and Kharchi (advance) recovered)), never the Gross
  amount, the line or a deduction; Zwitch's and a screen's sum large. *settled* (new here): the Corporation's
  Total paid / Amount paid (the Trade licence fee and the Signboard fee), never a head; the Pollution Control
  Committee's Total fee / Amount remitted (the Consent fee and a Processing fee), never a head; the Spices
  Board's Total amount / Amount remitted (the CRES renewal fee and the GST @ 18%), never the fee or the GST;
  FSSAI's Fee / Amount (the Licence renewal fee); SIDCO's Amount due / Total payable on the failed page (the
  Annual lease rent for the year and the Maintenance charges), never a head; Legal Metrology's Total fee /
  Verification fee paid (the precision balances' and the platform scales' fees), never one fee; the GI
  Registry's Total fee paid / Amount (the Form GI-3A official fee); the Transport Department's Total / Amount
  paid (the MV tax (goods, quarterly) x 4 and the User charges), never a head. *settled* (heldout199,
  heldout202 to heldout243): an insurer's premium with its GST, *settled* (new here) Gross premium paid /
  Premium amount (incl. GST) / Amount received, the Amount of cheque / Cheque for on the cheque not yet
  cleared (as heldout243's Cheque deposited for), Premium due / Total payable on the failed one, never the
  Basic premium, an add-on or the GST / IGST @ 18%, nor the OD premium or the TP premium (goods carrier)
  (heldout243), nor the Sum insured (crop), the Sum insured - plant, dryers and stock, the Sum insured - stock
  at counter, the Annual air export value declared, the Members covered, the Cash carried per trip, the IDV
  (heldout235) or the Annual wages declared; *settled* (new here) the crop's premium prints GST: Exempt (crop
  insurance) and counts its Gross premium paid / Amount received, the Basic premium and the Hailstorm and
  snowfall cover. A slip's *settled* (new here) AMOUNT: / SALE AMT: / TOTAL AMT: / TOTAL:, printed above the
  card or under the references, never the RATE/LTR: or the VOLUME(L): (as heldout243's RATE(RS/L): and
  QTY(L):) or the XTRAREWARDS PTS: (as heldout243's DRIVETRACK PTS:); *settled* (new here) the dhaba's TOTAL:
  with the tip, never its BASE AMT: or its TIP:. A Bharat Connect page's sum large, never the Amount after due
  date (heldout239); KPDCL's Amount paid / Paid amount (the Amount due above it is the same sum). An alert's
  sum debited (*settled* (new here) Jammu & Kashmir Bank's "INR x debited", J&K Grameen Bank's "debited Rs x",
  Jhelum Valley Co-operative Bank's "Rs x withdrawn", Federal Bank's "Rs x paid via UPI", the failed and
  pending transfers' "Your <way> transfer of Rs.x"; the e-mail's Amount / Debit amount), never the Avl Bal:
  INR / Bal Rs / Avbl Bal Rs line or the e-mail's Available balance. Currency INR but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Paid - merchant credited, Success - amount sent to
  the store and Completed - payment reached the shop successes, Awaiting bank confirmation - do not pay again
  pending, Declined - payee bank not reachable, no money debited failed; a payment page's Payment complete -
  your saffron order is confirmed, Order paid - dispatch from Srinagar within 24 hours and Success - invoice
  sent to your e-mail successes. *settled* (new here): a payer's Status: Released - amount credited to your
  account / Paid - please acknowledge receipt successes, Held - awaiting the quality test report from the lab
  pending (a payer's hold, as heldout198's to heldout243's), Rejected by bank - IFSC and account number
  mismatch failed. *settled* (new here): an inward advice's Funds credited - IRM generated and reported /
  Realised and credited to your EEFC/CA successes, Under review - purpose code confirmation awaited from
  exporter pending, Sent back to remitter's bank - beneficiary name does not match the account failed, printed
  under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203 to heldout243):
  a cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE
  RECEIVED - GOODS HELD TILL CLEARANCE and CHEQUE IN CLEARING - RECEIPT PROVISIONAL pending, CHEQUE RETURNED -
  EXCEEDS ARRANGEMENT, SALE VOID and CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER failed; RECEIVED WITH THANKS,
  PAID and PAID IN CASH successes, as are *settled* (new here) PAID - SAFFRON SEALED AND HANDED OVER, PAID -
  CORMS WEIGHED AND LOADED, PAID - PETALS WEIGHED AND DESPATCHED, ADVANCE RECEIVED - DIWALI ORDER BOOKED,
  PAYMENT RECEIVED - ORDER PACKED FOR COURIER, PAID IN FULL, AMOUNT RECEIVED - THANK YOU, NO DUES - ACCOUNT
  SETTLED, RECEIVED BY NEFT / RTGS / UPI, PAID - FLOWERS WEIGHED AND ENTERED, PAID - STIGMAS WEIGHED AND
  RECEIVED and PAID - ENTERED IN PACKING REGISTER. *settled* (new here): a banking page's Executed - credited
  to beneficiary / Status: Success - funds transferred successes, Pending authorisation - checker approval due
  pending (keyed, not yet authorised, as heldout191's to heldout243's), Rejected - beneficiary account frozen,
  debit reversed failed (whatever the reversal), printed under the heading or at the foot; Zwitch's Transfer
  successful - UTR received / Credited to beneficiary successes, Scheduled - awaiting funds in the virtual
  account pending (not yet sent, as heldout243's Scheduled), Failed - beneficiary bank declined the credit
  failed; a transfer screen's Amount sent / Transfer completed / Paid successfully successes; a fee page's
  Payment successful - challan generated, Transaction completed - save this receipt, Fee realised - credited
  to Government account and Payment accepted - renewal will be processed successes (the renewal that follows a
  paid fee is no wait), FSSAI's Payment under reconciliation - status updates after bank confirmation pending,
  SIDCO's Transaction declined - payment not received by SIDCO, try again failed, printed under the
  authority's line or at the foot; an insurer's Premium received - policy is in force / Payment confirmed -
  policy schedule e-mailed successes, Cheque received - cover starts on realisation pending (as heldout243's
  CHEQUE DEPOSITED - COVER SUBJECT TO REALISATION), Transaction failed - premium not received, please retry
  failed, printed under the heading or under the sum; a slip's APPROVED successes (heldout210), as are
  *settled* (new here) TRANSACTION SUCCESS and APPROVED - SIGNATURE NOT REQUIRED, DECLINED - 51 NOT SUFFICIENT
  FUNDS failed, TIMEOUT - CHECK WITH BANK BEFORE RETRY pending (as heldout243's NO RESPONSE FROM ISSUER - DO
  NOT REPEAT SALE); a Bharat Connect page's *settled* (new here) Payment successful - biller has confirmed /
  Bill payment complete successes, Awaiting confirmation from biller - do not pay twice pending, Payment
  failed - refund in 48 hours if debited failed (the payment failed, whatever the refund), KPDCL's *settled*
  (new here) Payment updated against your consumer ID / Receipt issued - thank you for paying successes
  (printed at the foot); *settled* (new here) an SMS that says the transfer "could not be processed; amount
  reversed to your A/c" failed (whatever the reversal), one that "is under process at the beneficiary bank; do
  not initiate again" pending, a debit alert a success, whatever its bank's wording ("INR x debited from your
  A/c XXXX1234 on <day> towards <way> transfer to <payee>.", "A/c XX1234 debited Rs x on <day> (<way> -
  <payee>).", "JVCB: Rs x withdrawn from CA ..1234 on <day>; <way> to <payee>.", Federal Bank's "Rs x paid via
  UPI from A/c XX1234 to <payee> on <day>. Ref <ref>."); the e-mail's *settled* (new here) Transaction status:
  Debited successfully / Status: Completed - debited successes.
* date: the day paid (a UPI screen's *settled* (new here) Completed at / Transaction time / Debited on,
  Attempted at / Started at on one not yet paid or failed, printed first under the rule or after the
  references, or *settled* (new here) the day and the hour on a line of their own under the status, with no
  label; a payment page's *settled* (new here) Payment captured on / Order paid at / Paid on (IST), printed
  under the status or at the foot; a payer's Payment date / Released on / Value date, the held one's Held on /
  Advice date (heldout198) and the returned one's Rejected on / Date of return; an inward advice's Value date
  / Date of credit / Realisation date, Received on (heldout234) / Held since on the held one and Date of
  return / Sent back on on the returned one, printed first, after the sums or after the references (in
  capitals on some); a receipt's, invoice's or wage slip's Invoice date / Memo date / Voucher date / Date of
  receipt / Dated (heldout234, heldout235) / Invoice dt. (as heldout243's Inv. dt.) / Date / Payment date /
  *settled* (new here) Mazdoori date, or *settled* (new here) the dt. after the number on one row (Invoice No.
  KGP/26-27/3496  dt. 22 July 2026), the accounts desk's Receipt date / Date of payment / Dated, printed above
  the number or under it; a banking page's Executed on / Transfer date / Value date, Created on / Submitted on
  on the one awaiting its checker and Rejected on / Reversed on on the returned one, printed under the heading
  or at the foot; Zwitch's Settled at / Transfer date, Requested at / Initiated at on the one scheduled and
  Failed at / Declined at on the failed one; a transfer screen's Paid on / Sent on / Date; a fee page's
  Payment date / Date of transaction / Challan date / Paid on, FSSAI's Payment initiated on (heldout237) /
  Application date on the page not yet confirmed and SIDCO's Declined on / Transaction attempted on on the
  failed one; an insurer's Date of receipt / Payment date / Premium paid on, Cheque received on / Receipt date
  on the cheque not yet cleared and Attempted on / Transaction date on the failed one; a slip's DATE: / DATE &
  TIME: (with TIME:), printed at the top or under the sum; a Bharat Connect page's Paid on / Transaction on /
  Date of payment / Date & time (the latter alone on a bill not paid, heldout235); KPDCL's Payment date / Date
  of payment; the SMS's day; the e-mail alert's Date of transaction / Value date / Transaction date).
  *settled*: never a Bill month (heldout167), a Due date, a Cheque dated (heldout243), an Insurance period
  from (as heldout231's Policy period and heldout243's Cover from), an invoice number's or a slip number's
  financial year, *settled* (new here) an order number's year and month (KKH-2611-12324), or an e-mail's hour;
  never an Airway bill date (as heldout167's Shipping bill date), the Vahan page's Tax paid till (as
  heldout243's Tax paid upto), or the day inside a UTR (heldout210); never a Bharat Connect page's Bill date
  (heldout239), *settled* (new here) the day of a bill listed on an advice (KSP/26-27/0822 dt. 17.04.26), or
  the year of a head (Annual lease rent 2026-27) or of a renewal (Trade licence renewal 2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Zwitch's IMPS (as heldout243's PayU's), a Bharat Connect bill from a Current A/c (here in mPay
  Delight+), a payment page's net banking, a fee, a premium or KPDCL paid by Net banking, an e-mail alert's
  Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a wage slip's, an
  invoice's, Zwitch's, a fee's, a premium's or a bill's UPI and Federal Bank's UPI alert; card on slips, a
  payment page's card, a receipt's Card, a fee, a premium or KPDCL paid by Debit card; cheque for a cheque
  received, deposited or returned and a premium paid by Cheque; cash for a cash bill, receipt or wage slip.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout243): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No, RRN, UPI RRN, NEFT UTR, UPI
  Reference No. (heldout203), *settled* (new here) UTR (NEFT) / NEFT UTR No. / RTGS UTR No. / UTR (RTGS) /
  IMPS RRN on an advice, UPI transaction ID / Bank reference ID / UPI ref. ID on a UPI screen, Instamojo's UPI
  RRN and Easebuzz's Bank ref. No. (RRN) on a UPI payment, a banking page's UTR No. / UTR / RRN / IMPS RRN,
  Zwitch's Bank UTR / UTR (bank), an invoice's UTR Ref. / UPI Ref., a wage slip's UPI Ref. / IMPS RRN, a
  slip's RRN: / REF NUM: / RETRIEVAL REF:, an SMS's UTR / IMPS RRN / Ref), then a bank reference (an inward
  advice's *settled* (new here) IRM No. / Transaction ref. No. / Bank reference, printed after the goods, a
  banking page's *settled* (new here) Transaction reference / Bank reference No., Instamojo's Bank txn No. and
  Easebuzz's Bank ref. No. on net banking, a fee page's Bank ref. No. / Bank Ref No., an insurer's Bank ref.
  No., KPDCL's *settled* (new here) Bank txn ID, *settled* (new here) Bharat Connect reference / BBPS ref. ID
  / Txn ref. (Bharat Connect) (as heldout243's BBPS txn ref.)), then a transaction / payment id (*settled*
  (new here) Instamojo's Payment ID and Easebuzz's Easebuzz ID, the UPI apps' own mPay txn ID, Google
  transaction ID, Amazon Pay txn ID, PhonePe's Transaction ID, super.money txn ID and Paytm txn No. (the app's
  own id, whatever its name, heldout235), Zwitch's Transfer ID (as heldout243's PayU payout ID), a fee page's
  Transaction ID / Transaction No. (heldout234), *settled* (new here) the Pollution Control Committee's OCMMS
  txn ID, the Spices Board's Transaction reference, FSSAI's FoSCoS payment ID, Legal Metrology's Challan ref.
  No. (as heldout243's e-Challan ref. No.) and the GI Registry's Payment ref., an insurer's *settled* (new
  here) Payment ID / Transaction No., a failed Bharat Connect page's Transaction ID (heldout243)), then an
  approval code (Approval code, Auth code, *settled* (new here) Auth No., Easebuzz's Card auth ID, a slip's
  APPR CODE: / AUTH NO: / AUTH ID:), then an order's number (*settled* (new here) Instamojo's Order ID and
  Easebuzz's Merchant txn ID, Zwitch's Your reference (the company's own id for the payout, as heldout243's
  Merchant ref. ID)), then a document's own number (a payer's *settled* (new here) Payment doc. No. /
  Remittance advice No. / Voucher ref., *settled* (new here) Tax invoice No. / Memo No. / Corm receipt No. /
  Voucher No. / Sale voucher No. / Receipt No. / Payment receipt No. / Acknowledgement No. on a receipt,
  Invoice No. / Inv. No. / Tax invoice No. on an invoice, *settled* (new here) Parchi No. / Voucher No. on a
  wage slip, a fee page's Receipt No., *settled* (new here) the GI Registry's CBR No., Vahan's Receipt No.,
  Premium receipt No. / Receipt No. on an insurer's receipt, KPDCL's Receipt No., a slip's INVOICE: / BILL NO:
  / RCPT NO:). *settled*: never a UETR, a MID: / TID: (as MID / TID), BATCH:, TRACE NO: (as heldout202's
  STAN:), a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, an IEC, a cheque number, a Purpose
  code, an Invoice No. or Proforma invoice No. on a wire (as heldout243's Commercial invoice No.), an Airway
  bill No. (as heldout167's Shipping bill No.), an E-way bill No., a Docket No. (as heldout235's LR No.), a
  Vehicle No. (heldout205) (so never a Registration No. on the Vahan page or an insurer's page or a slip's
  VEHICLE:), a Buyer's order No. (as heldout243's Order ref.), *settled* (new here) a Supplier No., a PO ref.,
  an Inward entry No., a Tender / PO No. or a Stores receipt voucher No., the number or the day of a bill
  listed on an advice, a Sender's ref. (20) (as heldout243's Sender's ref. (field 20)), the Created by /
  Authorised by (as heldout171's Maker / Checker), the Operator ID (as heldout243's User ID), a Beneficiary
  alias (as heldout234's Beneficiary short name), a Beneficiary type, a Labour card No. (as heldout243's Token
  No.), a Trade licence No., a Consent order No. (as heldout243's CTO letter No.), a CRES No., an FSSAI
  Licence No. (as heldout231's Licence No.), a Plot No., a GI application No., a GI authorised user No. or a
  lab certificate number, a Policy No. / Cover note No. / Proposal No., *settled* (new here) a Bharat Connect
  page's Bill No. (the bill's own number, not the payment's), a consumer number (here Consumer ID, Customer
  ID, Mobile No., Subscriber ID, LPG ID), or a slip's GUEST FOLIO: / ROOM NO: (heldout203) / *settled* (new
  here) TABLE NO: / COVERS: / CUST MOB: / NOZZLE: / XTRAREWARDS PTS:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout246_families import (
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

SPLIT = "heldout246"

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


def make_heldout246_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout246 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

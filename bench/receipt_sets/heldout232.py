"""heldout232: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an Alappuzha coir mat and matting maker's day in 2026 in Alappuzha district,
Kerala (Pathirappally Coir Products Pvt Ltd, trading as Chakiri Mats & Mattings, with its handloom and
powerloom coir shed at Kalavoor in Mararikulam North, where the Vaikom and Anjengo coir yarn brought up the
canals by boat is dyed, woven into brush mats on the frame looms and into bouclé matting on the powerlooms,
stencilled, bound and trimmed, and its export godown at Aroor by NH-66, where the mats and the rolls are
baled, fumigated and stuffed into containers for Vallarpadam), told by the proofs of payment it receives
(furnishing shops', resorts' and houseboat owners' UPI screens and the shed's Ippopay and SabPaisa pages, a
Mumbai, a Delhi, a Bengaluru, a Jaipur, a Chennai and a Kochi furnishing buyer's, the Kerala State Coir
Corporation's and Coirfed's payment advices, floor covering importers' inward wires from Dalton, Rotterdam,
Leeds, Malmo, Auckland, Odense, Basel and Bergen in US dollars, euros, pounds, Swedish kronor, New Zealand
dollars, Danish kroner, Swiss francs and Norwegian kroner, the shed's sale bills to an Alappuzha furnishing
shop, a Kayamkulam home centre and a Kottayam doctor, its receipt for seconds sold by the kilo to a mat
vendor, the godown's receipts for rubber-backed mats sold to a Cherthala trader and for coir pith sold by the
tonne to a garden nursery, the accounts desk's acknowledgements of a resort's advance and a Kochi customer's
mats, cards on the shed's and the company's terminals) and those it makes (the Vaikom coir yarn
co-operative's, the Pollachi fibre mill's, the Kalamassery latex compounder's, the Vapi dye maker's and the
Edappally bale wrap maker's tax invoices, the net-banking transfers to the container hauler, the customs
broker, the fumigator, the godown's landlord, the loom works, the yarn boat carriers, the stencil studio and
the motor rewinder, the weavers' piece rate vouchers and the loom minder's, dyer's, stenciller's, packer's and
binder's wage slips, Bulkpe payouts to a weaver and a bale packer and a FedMobile and a BHIM payment to a dyer
and a weaver, Mararikulam North Grama Panchayat's building tax, Aroor Grama Panchayat's D & O licence, the
Kerala Coir Workers' Welfare Fund Board's contribution, the Department of Factories and Boilers' licence
renewal, the Coir Board's exporter registration renewal, Legal Metrology's verification of the scales and the
weighbridge, the Kerala State Pollution Control Board's consent renewal and the Motor Vehicles Department's
Vahan tax, the insurers' premium receipts for the shed, looms and stock, the export cargo, the godown's stock,
the staff's health, the wage cash, the pick-up van, the coir workers and the powerlooms, its card at a filling
station on NH-66, a Kochi hotel in the coir fair week, a hardware shop and a backwater fish restaurant, KSEB's
power and the water, broadband, postpaid and DTH bills, the banks' SMS and e-mail alerts). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day
(truth None for those fields).

* ``buyer_upi``: six UPI app screens (FedMobile, ESAF Mobile, SIB Mirror+, CSB Mobile+, BHIM, Jupiter) paying
  the shed or the company, the payee block above the sum on some and the day first under the rule, and two of
  the shed's payment pages (Ippopay, SabPaisa), the sum above the status.
* ``buyer_advices``: the furnishing buyers', the Kerala State Coir Corporation's and Coirfed's REMITTANCE
  ADVICE - COIR MATS AND MATTINGS / STATEMENT OF PAYMENT TO SUPPLIER / Supplier payment intimation (e-mail,
  printed, supplier portal), the payee and the payment block above the bills.
* ``export_wires``: eight banks' inward remittance advices (FOREIGN INWARD REMITTANCE - ADVICE TO EXPORTER /
  Credit advice - export proceeds received / Inward remittance (SWIFT MT103) - beneficiary copy; browser,
  e-mail, printed), the status first under the heading on some and at the foot on the rest, the remitter's
  block above the beneficiary, the day at the foot.
* ``own_receipts``: the shed's SALE BILL - COIR MATS / CASH SALE - FACTORY OUTLET / RECEIPT - SECONDS SOLD BY
  WEIGHT, the godown's RECEIPT - RUBBER BACKED MATS / RECEIPT - COIR PITH SOLD BY THE TONNE / SALE RECEIPT -
  COIR PITH (paper, rubber stamp), the party first, and the accounts desk's Payment acknowledgement e-mails.
* ``supplier_invoices``: the coir yarn, fibre, latex, dye and bale wrap suppliers' TAX INVOICE (ORIGINAL) /
  INVOICE - ORIGINAL COPY FOR RECIPIENT / GST INVOICE - ORIGINAL with the payment block and a rubber stamp
  (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (FedNet Corporate, SIB Corporate Internet
  Banking, CSB Corporate Net Banking), the payee above the references on some and under them on the rest, the
  day and the status at the foot.
* ``worker_pay``: printed WEAVING WAGES VOUCHER - MATS BY THE PIECE / FRAME LOOM PIECE RATE SLIP / POWERLOOM
  WAGES - MATTING BY THE METRE / MATTING LOOM OUTPUT PAY SLIP / DYEING WAGES VOUCHER (PER KG OF YARN) / DYE
  HOUSE PIECE RATE SLIP / STENCIL PRINTING WAGES VOUCHER / MAT PRINTING - PIECE RATE SLIP / EDGE BINDING &
  TRIMMING VOUCHER / FINISHING - PIECE RATE SLIP, Bulkpe's payout pages, a FedMobile and a BHIM screen.
* ``govt_fees``: Mararikulam North and Aroor Grama Panchayats' building tax and D & O licence pages (K-SMART),
  the Kerala Coir Workers' Welfare Fund Board's contribution, the Department of Factories and Boilers' licence
  renewal, the Coir Board's exporter registration renewal, Legal Metrology's verification fee, the Kerala
  State Pollution Control Board's consent fee (OCMMS) and the Motor Vehicles Department's Vahan tax page
  (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT (ORIGINAL) / Acknowledgement of premium / RECEIPT FOR
  PREMIUM PAID (browser, e-mail, printed at the branch), the status under the sum.
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in FedMobile and UPI apps (MobiKwik, Freecharge, BHIM, Jupiter, Amazon
  Pay), the status above the sum on some and under it on the rest, and KSEB's own quick pay page.
* ``bank_alerts``: the banks' SMS alerts in each bank's own wording (Federal Bank, South Indian Bank,
  Dhanlaxmi Bank, ESAF Small Finance Bank's UPI) and two e-mail debit alerts (CSB Bank, Union Bank of India).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout223's, heldout227's and heldout231's.

Truth conventions (heldout231's, heldout230's, heldout229's, heldout228's, heldout227's, heldout223's,
heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's,
heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To
  / Paying to (heldout206), *settled* (new here) or Credited to, Beneficiary or Money sent to (here the trade
  name, Chakiri Mats & Mattings / CHAKIRI MATS & MATTINGS, the company's capitals, PATHIRAPPALLY COIR PRODUCTS
  PVT LTD, or its short name, Pathirappally Coir, as printed), whether the payee block stands above the sum or
  under it, never the UPI ID or the app, nor *settled* (new here) the Registered name / Name at bank line
  under the UPI ID (as heldout207's Banking name); a payment page's payee on top (here the trade name, the
  company or its short name), never *settled* (new here) the Customer name / Payer, the Order description /
  Purpose of payment or the gateway's footer (Powered by Ippopay Technologies, Secured by SabPaisa - SRS Live
  Technologies). *settled* (heldout167, heldout175, heldout179, heldout190, heldout202 to heldout231): a
  payer's payment advice pays the one it pays, never the payer on top; here a furnishing buyer's, the Kerala
  State Coir Corporation's or Coirfed's advice pays the company under *settled* (new here) Supplier name, Paid
  to (supplier), Beneficiary vendor, Remitted to or Amount credited to (its full, capital or short name as
  printed), never the payer on top, its desk line, the Vendor code (heldout210), *settled* (new here) the GRN
  No., or the Vendor bank account (as heldout223's Supplier bank A/c). *settled* (heldout155, heldout167,
  heldout190, heldout203 to heldout231): a bank's inward remittance advice pays the company under *settled*
  (new here) Beneficiary, Account holder (beneficiary), Credited to (exporter) or Beneficiary - name as per
  SWIFT, never the bank on top, its forex desk line, *settled* (new here) the Remitting party / Applicant
  (remitter) (the importer abroad), the Remitting bank / Ordering bank or the Intermediary bank (as
  heldout231's Correspondent bank), printed above the beneficiary, the status printed first or not. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout231): the company's own receipt pays the name on
  top, so *settled* (new here) the shed's and the godown's receipts with the trade name on top pay Chakiri
  Mats & Mattings (capitals where so printed), never the site line under it (Handloom and powerloom coir shed
  / Export godown - a unit of Pathirappally Coir), and a receipt with the company on top the company, never
  the trade name's line under it (heldout190's "A unit of" line), the party under *settled* (new here) Sold
  to, Party or Customer, the goods' line, the signature line or the rubber stamp; *settled* (new here) the
  shed's seconds sold by the kilo to a mat vendor and the godown's coir pith sold by the tonne to a nursery
  alike (the seller, never the buyer, as heldout231's used zari); the accounts desk's e-mail pays the company
  on top (its full, capital or short name as printed, heldout219). A supplier's name on top of its own paper
  (capitals where so printed), never M/s the company under *settled* (new here) Invoice to, Recipient or Bill
  to party (as heldout195's Details of receiver), nor the shed under *settled* (new here) Ship to (delivery
  at) (as heldout194's Consignee), nor the signature line (Authorised signatory). *settled* (heldout179,
  heldout186, heldout202, heldout203, heldout207 to heldout231): a corporate banking page pays the payee under
  *settled* (new here) Credit account name, Beneficiary, Pay to, Name of payee (registered) or Counterparty,
  printed above the references or under them, never the portal (FedNet Corporate, SIB Corporate Internet
  Banking, CSB Corporate Net Banking), the bank line, the Debit account or *settled* (new here) the Short name
  (payee list) (as heldout231's Nick name). *settled* (heldout150, heldout161, heldout179, heldout203 to
  heldout231): a wage voucher pays the worker, *settled* (new here) a weaver under Weaver's name / Payee
  (weaver), a loom minder under Loom minder's name / Payee (loom minder), a dyer under Dyer's name / Payee
  (dyer), a stenciller under Stenciller's name / Payee (stenciller), a packer under Packer's name / Payee
  (packer) and a binder under Binder's name / Payee (binder), never the company on top, the trade name's site
  line under it, *settled* (new here) the Section, the Native place, the Frame No. or the Pattern No.;
  *settled* (new here) Bulkpe's payout page the Payee name / Beneficiary (as heldout231's Zwitch), never
  Bulkpe on top, the company under it (Payouts - ...), the Payee ID (as heldout173's Beneficiary ID), the
  Account No. or the UPI ID; a transfer screen the payee under Paid to / To / Sent to. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout231): a fee page pays the authority on top as printed,
  *settled* (new here for Kerala) Mararikulam North Grama Panchayat / MARARIKULAM NORTH GRAMA PANCHAYAT and
  Aroor Grama Panchayat / AROOR GRAMA PANCHAYAT (as heldout231's Corporation); Kerala Coir Workers' Welfare
  Fund Board / its capitals (as heldout231's Labour Welfare Board); Department of Factories and Boilers,
  Kerala / FACTORIES & BOILERS DEPARTMENT, KERALA; Coir Board / COIR BOARD (as heldout231's HEPC); Legal
  Metrology Department, Kerala / Controller of Legal Metrology, Kerala; Kerala State Pollution Control Board /
  its capitals; Motor Vehicles Department, Kerala / its capitals on the Vahan receipt (as heldout231's
  Transport Department); never the line under it (K-SMART, Local Self Government Department, the Labour and
  Skills Department, the Ministry of MSME, Government of Kerala, OCMMS, Vahan or the Ministry of Road
  Transport & Highways), the Name of owner, Name of establishment, Name of employer, Name of factory, Name of
  exporter, Name of user, Name of industry or Registered owner. *settled* (heldout199, heldout202 to
  heldout231): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed;
  *settled* (new here) The New India Assurance Co. Ltd's, National Insurance Co. Ltd's, IFFCO-Tokio General
  Insurance Co. Ltd's, Niva Bupa Health Insurance Co. Ltd's, Kotak Mahindra General Insurance Co. Ltd's, SBI
  General Insurance Co. Ltd's, Zuno General Insurance Ltd's and Bajaj Allianz General Insurance Co. Ltd's
  alike), never the product line, the office line or *settled* (new here) the Insured / Name of the insured /
  Policyholder (the company). A slip's counter name line in capitals (here the company's own counters, CHAKIRI
  MATS & MATTINGS and PATHIRAPPALLY COIR PRODUCTS, on four, a filling station, a Kochi hotel, a hardware shop
  and a backwater fish restaurant on the rest), never the terminal's bank or brand (FEDERAL BANK, BPCL, SOUTH
  INDIAN BANK, HDFC BANK, CSB BANK, PINE LABS, ICICI BANK, MSWIPE) or the place line. A Bharat Connect page's
  biller under Biller / Operator / Service provider (heldout223), *settled* (new here) or Biller name (short
  or long as printed), never the app (here also FedMobile, MobiKwik, Freecharge, BHIM, Jupiter and Amazon
  Pay), Bharat Connect or the Consumer name / Name as per biller (heldout222), nor *settled* (new here) the
  Registered name; *settled* (new here) KSEB's own quick pay page the board on top (KSEB, Kerala State
  Electricity Board Ltd or its capitals as printed, as heldout231's TNPDCL's), never the wss.kseb.in line
  under it, the Electrical section or the Consumer name. An SMS alert's payee as the bank sends it ("to
  VALLARPADAM CONTAINE": *settled*, the truncated name as printed, without the sentence's full stop),
  *settled* (new here) Federal Bank's "towards <way> to <payee>.", South Indian Bank's "by <way> to <payee>.",
  Dhanlaxmi Bank's "<way> transfer to <payee>.", ESAF Small Finance Bank's UPI "to <payee> via UPI." and the
  failed and pending transfers' "to <payee> on <day>" (heldout222), never the bank or the sender id; the
  e-mail alert's *settled* (new here) Transferred to / Beneficiary / Payee (as per your list), never the bank
  on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large, above the
  status or under it. *settled* (heldout152, heldout186, heldout190, heldout202 to heldout231): a payer's
  advice counts its net sum, *settled* (new here) Net amount paid / Net remittance / Amount released (net),
  Amount on hold on the hold and Amount not credited on the return (the bills less TDS u/s 194Q @ 0.1% and a
  Shortage claim - n pcs, a Quality claim - shade variation or an Early payment discount @ 1.5%), printed in
  the payment block above the bills, never a bill's sum, *settled* (new here) the Bills value / Total of
  invoices or a cut. *settled* (heldout155, heldout167, heldout179, heldout190, heldout203 to heldout231): an
  inward wire's foreign sum, *settled* (new here) Remittance amount / FCY amount / Amount in foreign currency
  / Gross inward amount, in US dollars, euros, pounds (heldout152's signs or codes), Swedish kronor (SEK,
  heldout204), Danish kroner (DKK), Swiss francs (CHF), *settled* (new here for an inward wire) New Zealand
  dollars (NZD or NZ$ before the sum) and Norwegian kroner (NOK before the sum), never *settled* (new here)
  the INR equivalent, the Less: Bank charges incl. GST or the Net INR credited; its Conversion rate (INR
  8.0424 per NOK) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout231): a
  receipt counts the sum received even where it is part of the order, Cash received (heldout231) / Cheque
  amount, *settled* (new here) or Received by cash, UPI received, Amount received by UPI, Card payment, Paid
  by card (heldout189), Cheque for, Advance against order or Part payment received, with the sum in words
  under it, never the Total / Order value (heldout202) / *settled* (new here) Bill total or Gross bill value
  where less was received, the goods' line, the CGST @ 2.5% and SGST @ 2.5% or *settled* (new here) the
  Balance on delivery / Balance to be paid; *settled* (new here) the godown's sale of coir pith (the tonnes x
  rate, no GST) counts its bill, received in full (as heldout231's used zari). *settled* (heldout187,
  heldout191, heldout202 to heldout231): a supplier's invoice counts the sum paid, where an advance is taken
  off (here *settled* (new here) Less: Advance paid against PO) the *settled* (new here) Balance received by
  RTGS / NEFT (as heldout231's Balance paid by), else *settled* (new here) Paid through RTGS / NEFT / UPI,
  Amount received by RTGS / NEFT or Received via UPI (the rounded Total invoice value with GST), or *settled*
  (new here) the Cheque received for / Amount of cheque, never the Assessable value, a line or the GST. A
  banking page's *settled* (new here) Payment amount / Amount (INR) / Debit amount / Transferred amount.
  *settled* (heldout167, heldout202 to heldout231): a wage voucher's net sum, *settled* (new here) Net wages
  paid / Amount paid to weaver / Net payable - paid (the pieces, metres, kilos or bales x rate, plus Add:
  Colour border extra / Add: Tufted design extra / Add: Sunday work extra, less Less: Excess yarn used - n kg
  @ rate / Less: Festival advance recovered / Less: Advance adjusted / Less: Welfare fund contribution), never
  the Gross wages, the line or a deduction; Bulkpe's and a screen's sum large. *settled* (new here): the
  Panchayat's building tax Total remitted / Net amount paid (the Building tax for the half year, the Library
  cess and the Service cess), never a head; its D & O licence's Total amount / Amount (the D & O licence fee
  (godown) and the Signboard fee), never a head; the Welfare Fund Board's Total contribution remitted (the
  Workers' and the Employer's contribution, as heldout231's Labour Welfare Board), never a share; the
  Factories and Boilers Department's Total fee / Fee paid (the Licence renewal fee for 2027 and a Late fee),
  never a head; the Coir Board's Total paid / Amount received (the Renewal fee (exporter) and the GST @ 18%,
  as heldout231's HEPC), never the fee or the GST; Legal Metrology's Total fee / Fee paid (the platform
  scales' and the weighbridge's fees), never a scale's fee; the Pollution Control Board's Total fee / Amount
  (the Consent fee (CTO renewal)); the Motor Vehicles Department's Total amount / Amount paid (the Quarterly
  tax and a Road safety cess), never a head. *settled* (heldout199, heldout202 to heldout231): an insurer's
  premium with its GST, *settled* (new here) Total premium paid / Premium received (with GST) / Gross premium
  collected, the Amount of cheque on the cheque not yet cleared, Premium payable / Amount to be paid on the
  failed one, never *settled* (new here) the Basic premium, an add-on or the GST, nor *settled* (new here) the
  OD premium or the TP premium (as heldout223's Own damage premium), nor the IDV, the Lives covered, the
  Annual export turnover declared, the Cash limit per trip, the Workers covered or a Sum insured. A slip's
  AMOUNT: (heldout179) / TOTAL: (heldout179) / TXN AMT: (heldout173), *settled* (new here) or SALE AMOUNT:,
  never the RATE/LTR: or the QTY(LTR): (heldout192). A Bharat Connect page's sum large, above the status or
  under it; KSEB's *settled* (new here) Paid amount / Amount received. An alert's sum debited (*settled* (new
  here) Federal Bank's "Rs.x debited", South Indian Bank's "is debited for INR x", Dhanlaxmi Bank's "debited
  by Rs x", ESAF Small Finance Bank's "Rs x sent", the failed and pending transfers' "<way> transfer of Rs.x";
  the e-mail's *settled* (new here) Amount debited / Amount (INR)), never the Avl Bal:. Currency INR but on
  the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment completed, Sent successfully and Amount
  transferred to the merchant successes, Waiting for the bank's response - do not pay again yet pending,
  Transaction failed - daily UPI limit of the account reached failed; a payment page's Payment received /
  Transaction completed / Order paid - thank you successes. *settled* (new here): a payer's Status: Paid -
  credited to vendor / Remittance completed - please acknowledge successes, On hold - fumigation certificate
  for the lot pending pending (a payer's hold, as heldout198's to heldout231's), Payment bounced - beneficiary
  account closed failed. *settled* (new here): an inward advice's Export proceeds realised and credited /
  Status: Funds realised - INR credited to current account successes, Under review - purpose code and invoice
  to be confirmed by exporter pending, Returned to remitting bank - beneficiary account inoperative failed,
  printed first under the heading or at the foot. *settled* (heldout167, heldout179, heldout190, heldout203,
  heldout207, heldout211, heldout215, heldout219, heldout223, heldout227, heldout231): a cheque received and
  not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - MATS RELEASED
  ON CREDIT and CHEQUE DEPOSITED - RECEIPT SUBJECT TO CLEARING pending, CHEQUE DISHONOURED - FUNDS
  INSUFFICIENT and CHEQUE BOUNCED - EXCEEDS ARRANGEMENT, PAY AGAIN failed; RECEIVED WITH THANKS, PAID and PAID
  IN CASH successes, *settled* (new here) as are PAID - MATS DELIVERED, PAID - SECONDS WEIGHED AND TAKEN, PAID
  - PITH LOADED AT GODOWN, SETTLED BY RTGS / NEFT / UPI, FULL AND FINAL PAYMENT RECEIVED, PAID - MATS TAKEN
  INTO STOCK and PAID - ENTERED IN WAGE REGISTER. *settled* (new here): a banking page's Completed -
  beneficiary bank has credited the amount / Status: Successful - debited and sent successes, Awaiting
  authoriser's release pending (keyed, not yet authorised, as heldout191's to heldout231's), Rejected by
  beneficiary bank - invalid account number failed, printed at the foot; Bulkpe's Payout completed - credited
  to the beneficiary / Status: Paid - bank confirmed successes, In process at the bank - final status in 30
  min pending (sent, its outcome not known), Payout reversed - IFSC and account number do not match failed; a
  transfer screen's Payment successful (heldout211), *settled* (new here) Money sent and Transfer completed
  successes; a fee page's Payment successful successes, *settled* (new here) as are e-Payment completed -
  receipt generated, Amount credited to the Government account and Fee paid - application forwarded, the
  Pollution Control Board's Payment initiated - confirmation from the bank awaited pending, Aroor Grama
  Panchayat's Payment not completed - licence fee not credited to the Panchayat failed; an insurer's *settled*
  (new here) Premium received - policy issued / Receipt issued - policy documents e-mailed successes, CHEQUE
  RECEIVED - COVER STARTS ON ITS REALISATION pending (as heldout231's cover from realisation), Payment not
  received - policy not issued, retry the payment failed, printed under the sum; a slip's APPROVED / TXN
  APPROVED successes (heldout210, heldout211), *settled* (new here) as is APPROVED - THANK YOU, DECLINED - 55
  INCORRECT PIN failed, TIMED OUT - VERIFY WITH BANK BEFORE RETRY pending (heldout228 to heldout231's timed
  out); *settled* (new here) a Bharat Connect page's Bill paid - biller confirmed receipt / Payment successful
  - biller updated successes, Payment under process - biller's confirmation expected in 2 working days
  pending, Transaction failed - amount will be refunded to your account failed (the payment failed, whatever
  the refund), KSEB's Payment successful / *settled* (new here) Thank you - payment received successes; an SMS
  that says the transfer "could not be completed - amount credited back to your A/c." failed (whatever the
  reversal), one that "is PENDING with the beneficiary bank; final status will follow by SMS." pending, a
  debit alert a success, whatever its bank's wording ("Rs.x debited from your A/c XX1234 on <day> towards
  <way> to <payee>.", "SIB: Your a/c X1234 is debited for INR x on <day> by <way> to <payee>.", "A/c XXXX1234
  debited by Rs x on <day>. <way> transfer to <payee>.", ESAF Small Finance Bank's "ESAF Bank: Rs x sent from
  A/c *1234 on <day> to <payee> via UPI. Ref <ref>"); the e-mail's *settled* (new here) Status: Successful /
  Transaction status: Debited and sent to beneficiary bank successes.
* date: the day paid (a UPI screen's Paid on / Transaction date, *settled* (new here) Date of payment and
  Completed on, Initiated on on one not yet paid (heldout203), printed first under the rule, a payment page's
  *settled* (new here) Date of payment / Paid at / Transaction date and time, a payer's Value date
  (heldout231's wires) / *settled* (new here) Date of remittance / Remitted on / Paid date, the held one's
  *settled* (new here) On hold since / Statement date and the returned one's Bounced on / Return date, an
  inward advice's Value date / *settled* (new here) Credit date / Realised on / Date realised, Received on /
  Held since on the held one and Return date / Returned to remitter on on the returned one, printed at the
  foot, a receipt's, invoice's or voucher's Date / Dated / Bill date, *settled* (new here) Receipt date,
  Invoice dated, Date of supply, Paid on and Wages paid on, a banking page's Value date, *settled* (new here)
  Processed on / Transfer date / Date of debit, Initiated on / Saved on on the one awaiting its authoriser and
  Failed on / Date of rejection on the returned one, printed at the foot, Bulkpe's *settled* (new here) Paid
  at / Settled at, Initiated at on the one in process and Failed at (heldout168) on the failed one, a fee
  page's Date of payment / Payment date, *settled* (new here) Remitted on / Date of remittance, Aroor Grama
  Panchayat's Date of attempt / Attempted on on the failed one and the Pollution Control Board's Initiated on
  / Transaction date on the page not yet confirmed, an insurer's Date of payment, *settled* (new here) Receipt
  date / Premium received on, Cheque tendered on on the cheque not yet cleared and Date of attempt / Attempted
  on on the failed one, a slip's TXN DATE: (heldout150) / DATE: / DATE/TIME:, a Bharat Connect page's Paid on,
  *settled* (new here) Payment date / Date and time / Transaction date and time (the latter alone on a bill
  not paid), KSEB's Date of payment / Paid on, the SMS's day, the e-mail alert's Transaction date, *settled*
  (new here) Posting date / Debited on). *settled*: never a Bill month (heldout167's Bill period), a Due date
  or *settled* (new here) a Last date, a Cheque date (heldout198), a *settled* (new here) Cover period (as
  heldout199's Period of insurance), an invoice number's or a voucher number's financial year or an e-mail's
  hour; never a Shipping bill's date (heldout167), the Vahan page's Tax valid upto (heldout223) or the day
  inside a UTR (heldout210); *settled* (new here) never KSEB's Bill date, the half year of the building tax
  (Building tax - 2026-27, first half), the year inside the Welfare Fund Board's GRN or the year of the
  Factories licence (Licence renewal fee for 2027).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT /
  RTGS / IMPS, Bulkpe's IMPS (*settled* (new here), as heldout231's Zwitch's), a Bharat Connect bill from a
  Current A/c (here in FedMobile), a fee, a premium or KSEB paid by Net banking, an e-mail alert's Transfer
  mode, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an
  invoice's, Bulkpe's, a fee's, a premium's or a bill's UPI and ESAF Small Finance Bank's UPI alert; card on
  slips, a payment page's card, a receipt's Card, a fee, a premium or KSEB paid by Debit card; cheque for a
  cheque accepted, deposited or returned and a premium paid by Cheque; cash for a cash bill, receipt or
  voucher (*settled* (new here) a voucher's Paid by: Cash, the row naming the way and no payer).
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout231): a UPI
  reference / UTR / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Ref No., UPI Transaction ID
  (heldout231's UPI transaction ID), RRN, UPI RRN (heldout179), IMPS Ref No., *settled* (new here) FedMobile's
  UPI Reference / UTR number, ESAF Mobile's UPI RRN No. / Bank reference No., SIB Mirror+'s UPI transaction
  reference, CSB Mobile+'s UPI Ref., Jupiter's UPI ref. ID, Ippopay's UPI RRN and SabPaisa's Bank txn ID on a
  UPI payment, a payer's NEFT ref. / RTGS ref. / IMPS RRN, a receipt's UPI reference, an invoice's UPI Ref.
  ID, Bulkpe's UTR / RRN, an e-mail alert's IMPS RRN, a slip's RRN: / RRN NO: (heldout200), an SMS's UTR /
  IMPS Ref and *settled* (new here) ESAF Small Finance Bank's Ref), then a bank reference (an inward advice's
  *settled* (new here) IRM reference / Inward remittance No. / Bank reference, a banking page's *settled* (new
  here) Bank reference No. / Core banking ref., printed above the payee or not, a fee page's Bank Ref No., an
  insurer's *settled* (new here) Bank txn No., Bharat Connect Ref. No. / *settled* (new here) BBPS Txn Ref /
  Bharat Connect ID), then a transaction / payment id (*settled* (new here) Ippopay's Ippopay transaction ID
  and SabPaisa's SabPaisa txn ID, FedMobile's Txn ID, ESAF Mobile's Reference ID, SIB Mirror+'s Mirror txn
  No., CSB Mobile+'s App ref. No. and Jupiter's Jupiter txn ID (as heldout231's KVB DLite's Txn Ref No.),
  Bulkpe's Bulkpe transaction ID (as heldout231's Zwitch transfer ID), a fee page's Transaction ID /
  Transaction No., *settled* (new here) the Factories and Boilers Department's e-Payment ID and the Coir
  Board's Payment ref. No. (as heldout231's HEPC's Payment ID), an insurer's *settled* (new here) Payment
  gateway ref. (as heldout226's Gateway txn ID), KSEB's Transaction ID, a failed Bharat Connect page's
  Transaction ID), then an approval code (a receipt's Approval code, *settled* (new here) a payment page's
  Approval No., a slip's AUTH CODE: / APPR CODE: / *settled* (new here) AUTH NO:), then an order's number
  (*settled* (new here) Ippopay's Order No. and SabPaisa's Client txn ID (as heldout209's Merchant txn ID),
  Bulkpe's Reference ID (the company's own id for the payout, as heldout231's Merchant reference ID)), then a
  document's own number (a payer's *settled* (new here) Payment document No. / Remittance advice No. /
  Cheque-less payment No., Receipt No. on a receipt, *settled* (new here) Cash bill No. / Sl. No., an
  invoice's *settled* (new here) Bill No. / Invoice Ref. / Tax invoice No., a voucher's *settled* (new here)
  Wage voucher No. / Pay slip No., a fee page's Receipt No., *settled* (new here) the Welfare Fund Board's GRN
  (the e-treasury's Government receipt number, as heldout231's Challan No.), Vahan's Receipt No., Receipt No.
  / *settled* (new here) Premium receipt No. on an insurer's receipt, KSEB's Receipt No., a slip's INVOICE NO:
  / BILL NO: / *settled* (new here) INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN: (heldout202),
  a card, account or mobile number, a UPI ID or VPA, IFSC, GSTIN, a cheque number, a Purpose code, an Export
  invoice ref. (as heldout210's Export invoice No.), a Shipping bill No. (heldout167), an E-way bill No., an
  LR No. (as heldout179's Docket No.), a Vehicle No. (heldout205) (so never a Registration No. on the Vahan
  page or an insurer's page or a slip's VEH NO:), a Registration No. / Application No. (heldout203), a Policy
  No. / Proposal No. / *settled* (new here) Quote No., a Vendor code (heldout210), a Sender's reference
  (heldout223), *settled* (new here) the Initiator / Approver (as heldout171's Maker / Checker), a consumer
  number (here *settled* (new here) Consumer No., Consumer ID, Customer ID, Mobile No., Viewing card No.),
  *settled* (new here) a Building No. (as heldout222's Property ID), an Employer code, a slip's NOZZLE NO:
  (heldout202) or ROOM NO: (heldout203) or FOLIO NO: (heldout231), Bulkpe's Payee ID (as heldout173's
  Beneficiary ID) or Account No. *settled* (new here): never a GRN No. on an advice (a goods receipt note), a
  Licence No., a Frame No., a Pattern No. or a Short name (payee list).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout232_families import (
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

SPLIT = "heldout232"

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


def make_heldout232_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout232 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

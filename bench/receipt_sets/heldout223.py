"""heldout223: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a broom grass, ginger and turmeric aggregator's day in 2026 in Aizawl, Mizoram (Tlawng
Valley Agro Produce Pvt Ltd, its collection godown, Tlawng Valley Collection Godown, on Sairang Road at Sihhmui,
where the village collectors' and the farmers' groups' broom grass, ginger and turmeric are weighed in by the quintal
and the trucks for Guwahati and Siliguri are loaded, and its grading shed, Tlawng Valley Grading Shed, at Luangmual,
where the broom grass is graded and bundled and the turmeric boiled and dried), told by the proofs of payment it
receives (Aizawl retailers', pickle makers', hotels' and a Guwahati broom dealer's UPI screens and the sales desk's
Zoho Payments and Airpay pages, the Guwahati and Delhi broom wholesalers', the Siliguri spice exchange's, a Khari
Baoli masala trader's, a Guwahati spice brand's, a Kochi ginger exporter's, a Siliguri organic exporter's and
NERAMAC's payment advices, importers' inward wires from Rotterdam, Osaka, Dubai, Singapore, Dhaka, Leicester, New
Jersey and Hamburg in euros, yen, UAE dirhams, Singapore dollars, US dollars and pounds, its own cash memos, money
receipts and truck load advances and the grading shed's receipts for broom grass rejects sold by the quintal to a
broom binder, traders' cards on the godown's and the shed's terminals) and those it makes (the Guwahati bag maker's,
the Aizawl tarpaulin dealer's, the Rangia boiler works', the Dimapur scale maker's and the Siliguri pouch printer's
tax invoices, the net-banking transfers to the truckers over the hill roads, the Silchar cold store, the Fancy Bazar
commission agent, the fabricator, the organic certifier, the godown's owner and the earthmover who cleared a
landslide on the godown road, the loaders', graders', village collectors' and farmers' groups' quintal-rate vouchers
and their Easebuzz payouts, Google Pay and Paytm payments, the Forest Department's transit pass for broom grass,
Aizawl Municipal Corporation's, the Taxation Department's, the Mizoram Pollution Control Board's, the Spices Board's,
Legal Metrology's and the Transport Department's fee pages, the insurers' premium receipts for the godown stock, the
produce on the road, the pickup truck, the loaders and graders, the godown against burglary, the staff's health, the
cash for the villages and the godown workers, its card at a filling station on NH-306, a Guwahati hotel, a Kolasib
tyre shop and a Vairengte dhaba, the Power & Electricity Department's power and the broadband, gas, phone and water
bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Navi, BHIM, YONO SBI) paying the godown or the
  company, and two of the sales desk's payment pages (Zoho Payments, Airpay).
* ``buyer_advices``: the buyers' and NERAMAC's PAYMENT ADVICE / REMITTANCE ADVICE - SUPPLIER / Supplier payment
  intimation (e-mail, printed, vendor portal).
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF FOREIGN INWARD REMITTANCE / Export proceeds -
  inward credit advice / Inward SWIFT remittance - credit note; browser, e-mail, printed).
* ``own_receipts``: the godown's MONEY RECEIPT / CASH MEMO - GODOWN SALE, the grading shed's RECEIPT - GRADING SHED
  SALES / MONEY RECEIPT (paper, rubber stamp) and the accounts desk's payment acknowledgement e-mails.
* ``supplier_invoices``: the bag, tarpaulin, boiler, scale and pouch suppliers' TAX INVOICE / TAX INVOICE - ORIGINAL
  FOR BUYER / INVOICE (GST) with the payment block and a rubber stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (yono BUSINESS, Bandhan Bank Corporate Internet
  Banking, MCAB Corporate Net Banking).
* ``worker_pay``: printed LOADING CHARGES VOUCHER (PER QUINTAL) / HAMALI PAYMENT VOUCHER - GODOWN / GRADING WAGES
  VOUCHER - BROOM GRASS / PIECE RATE VOUCHER - GRADING SHED / PRODUCE PURCHASE VOUCHER - FARMERS' GROUP / PURCHASE
  VOUCHER - GINGER AND TURMERIC / COLLECTION COMMISSION VOUCHER / VILLAGE COLLECTOR PAYMENT VOUCHER, Easebuzz
  Payouts' pages, a Google Pay and a Paytm screen.
* ``govt_fees``: the Environment, Forests & Climate Change Department's transit pass for broom grass, Aizawl
  Municipal Corporation's trade licence and property tax pages, the Taxation Department's profession tax page, the
  Mizoram Pollution Control Board's consent fee page, the Spices Board's CRES renewal, Legal Metrology's verification
  fee and the Transport Department's Vahan tax and permit page (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium acknowledgement / RECEIPT (browser, e-mail, printed).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in yono BUSINESS and UPI apps (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay) and
  the Power & Electricity Department's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (Mizoram Rural Bank, Bandhan Bank, the Mizoram
  Co-operative Apex Bank, SBI's UPI) and two e-mail debit alerts (Bandhan Bank, Mizoram Rural Bank).

The families' docstrings list each layout's labels. The faces are heldout119's (SCREEN_FACES, PAGE_FACES,
PAPER_FACES, BILL_FACES and SLIP_FACES), as heldout210's and heldout211's.

Truth conventions (heldout219's, heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's,
heldout203's, heldout190's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Paying to / Payment to (heldout206), *settled* (new here) or Money sent to (here the godown, Tlawng Valley
  Collection Godown / TLAWNG VALLEY COLLECTION GODOWN, the company's capitals, TLAWNG VALLEY AGRO PRODUCE PVT LTD, or
  its short name, Tlawng Valley Agro, as printed), never the UPI ID or the app, nor the Banking name line under the
  UPI ID (heldout207) or, *settled* (new here), a Name as per bank line there; a payment page's payee on top (here
  the godown or the company), never Customer name / Paid by (heldout204, heldout206), *settled* (new here) Payer
  name, the Payment for / Description or the gateway's footer (Zoho Payments, Airpay). *settled* (heldout167,
  heldout175, heldout179, heldout190, heldout202 to heldout219): a payer's payment advice pays the one it pays, never
  the payer on top; here a buyer's or NERAMAC's advice pays the company under Paid to supplier (heldout210),
  *settled* (new here) or Supplier name (payee) / Credit to (supplier) (its full, capital or short name as printed),
  never the payer on top (the broom wholesalers, the spice exchange, the masala trader, the spice brand, the
  exporters, NERAMAC or the North Eastern Regional Agricultural Marketing Corporation Ltd), its desk line, the Party
  code / Supplier code (heldout219), *settled* (new here) the GRN No., the Truck No. or the Supplier bank A/c.
  *settled* (heldout155, heldout167, heldout190, heldout203 to heldout219): a bank's inward remittance advice pays
  the company under Beneficiary name, *settled* (new here) or Beneficiary customer / Name of beneficiary, never the
  bank on top, its forex desk line, the Remitter, *settled* (new here) Remitting customer / Ordering client (the
  importer abroad), the Sending bank (heldout211) / Ordering bank (heldout219) or *settled* (new here) the Remitter
  bank. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout219): the company's own receipt pays the
  trade name on top where that is on top, so *settled* (new here) the godown's cash memos and money receipts pay
  Tlawng Valley Collection Godown and the grading shed's receipts Tlawng Valley Grading Shed (capitals where so
  printed), and a receipt with the company on top the company, never the "A unit of" company line under it
  (heldout190), the party under Received from, *settled* (new here) Buyer (party) / Received from (buyer), the
  produce's line, the signature line or the rubber stamp; the accounts desk's e-mail pays the company on top (its
  full, capital or short name as printed, heldout219), never the godown's line under it. A supplier's name on top of
  its own paper (capitals where so printed), never M/s the company under Name of buyer (heldout219) / *settled* (new
  here) Bill to party / Consignee (ship to), nor the godown or the shed under Ship to. *settled* (heldout179,
  heldout186, heldout202, heldout203, heldout207 to heldout219): a corporate banking page pays the payee under
  Beneficiary name / Payee (heldout211) / Beneficiary account name (heldout219), *settled* (new here) or Credit
  party, never the portal (yono BUSINESS, Bandhan Bank Corporate Internet Banking, MCAB Corporate Net Banking), the
  bank line, the Debit account or *settled* (new here) the Beneficiary short name (as heldout190's Beneficiary
  nickname). *settled* (heldout150, heldout161, heldout179, heldout203 to heldout219): a wage voucher pays the
  worker, *settled* (new here) a loading voucher the gang's sardar or the loader under Paid to (sardar) / Name of
  loader, a grading voucher the grader under Name of grader / Paid to (grader), a commission voucher the village
  collector under Village collector / Paid to (collector), and a produce purchase voucher the farmers' group under
  Farmers' group / Paid to (group) (the group is paid for the ginger and turmeric it sold, by the quintal), never the
  company on top, the godown's or the shed's line under it, the Role, the Collection centre or the Group reg. No.;
  *settled* (new here) Easebuzz Payouts' page the Beneficiary name (as Cashfree Payouts', heldout204, Paytm Payouts',
  heldout215, and PayU Payouts', heldout219), never Easebuzz on top, the company under it (Payouts - ...), the
  Beneficiary code or the Account / VPA; a transfer screen the payee under Paid to / To. *settled* (heldout153,
  heldout167, heldout182, heldout202 to heldout219): a fee page pays the authority on top as printed, *settled* (new
  here for Mizoram) Environment, Forests & Climate Change Department, Mizoram / ENVIRONMENT, FORESTS & CLIMATE CHANGE
  DEPT., MIZORAM on the transit pass for broom grass (a minor forest produce: the department collects the royalty and
  the pass fee); Aizawl Municipal Corporation / AIZAWL MUNICIPAL CORPORATION; Taxation Department, Mizoram / Taxation
  Department, Government of Mizoram; Mizoram Pollution Control Board / MIZORAM POLLUTION CONTROL BOARD; Spices Board
  India / SPICES BOARD INDIA / Spices Board; Legal Metrology, Mizoram / Controller of Legal Metrology, Mizoram;
  Transport Department, Mizoram / Transport Department, Government of Mizoram on the Vahan receipt (as heldout188's
  and heldout193's department on an e-GRAS page); never the line under it (the Aizawl Forest Division, the Act, the
  Government of Mizoram, the Ministry of Commerce & Industry, the Food, Civil Supplies & Consumer Affairs Department,
  Vahan or the Ministry of Road Transport & Highways), the Name of permit holder, Name of licensee, Owner name, Trade
  name, Employer name, Name of the unit, Name of exporter or Name of user. *settled* (heldout199, heldout202 to
  heldout219): an insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; Bajaj
  General Insurance Ltd's (heldout219) and *settled* (new here) SBI General Insurance Co. Ltd's, Shriram General
  Insurance Co. Ltd's, Royal Sundaram General Insurance Co. Ltd's, Universal Sompo General Insurance Co. Ltd's, Care
  Health Insurance Ltd's, Zurich Kotak General Insurance Co. Ltd's and Magma General Insurance Ltd's alike), never
  the product line, the office line or the Proposer (insured) (heldout219) / *settled* (new here) Name of the
  proposer / Insured name (the company). A slip's counter name line in capitals (here the company's own counters,
  TLAWNG VALLEY GODOWN, TLAWNG VALLEY AGRO and TLAWNG VALLEY GRADING SHED, on four, a filling station, a Guwahati
  hotel, a tyre shop and a highway dhaba on the rest), never the terminal's bank or brand (STATE BANK OF INDIA,
  INDIANOIL, PINE LABS, AXIS BANK, PAYTM EDC, UCO BANK, PHONEPE POS, HDFC BANK) or the place line. A Bharat Connect
  page's biller under Biller / Biller name / Operator / Service provider (heldout211), *settled* (new here) or Billed
  by (short or long as printed), never the app (here also yono BUSINESS and Amazon Pay), Bharat Connect or the
  Customer name / Consumer name, *settled* (new here) nor the Name on bill; *settled* (new here) the Power &
  Electricity Department's own receipt page the department on top (Power & Electricity Department, Mizoram, Power and
  Electricity Department, Government of Mizoram or capitals as printed, as heldout211's Electricity Department's),
  never the Government of Mizoram line under it, the Electrical sub-division or the Consumer name. An SMS alert's
  payee as the bank sends it ("to ZONUAM GOODS CARRIER": *settled*, the truncated name as printed, so "Bene: AIZAWL
  MUNICIPAL COR." is AIZAWL MUNICIPAL COR without the sentence's dot), *settled* (new here) Mizoram Rural Bank's "for
  transfer to <payee>", Bandhan Bank's "amount sent to <payee>", the Apex Bank's "Bene: <payee>" and SBI's UPI "trf
  to <payee>" (the name ends before Refno), never the bank or the sender id; the e-mail alert's Beneficiary
  (heldout206) / *settled* (new here) Transferred to, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout152, heldout186, heldout190, heldout202 to heldout219): a payer's advice counts its net sum, Net paid to
  supplier (heldout219), *settled* (new here) or Net amount credited / Amount transferred to supplier, Net amount to
  be released on the hold and Net amount / Net remittance on the return (heldout210) (the Bills total / Gross payable
  less Less: TDS u/s 194Q @ 0.1% and *settled* (new here) a Less: Weight loss in transit - n kg @ rate, a Less:
  Quality claim - fungus in n bags or a Less: Unloading (hamali) at our godown), never a bill's sum or the Bills
  total / Gross payable. *settled* (heldout155, heldout167, heldout190, heldout203 to heldout219): an inward wire's
  foreign sum, Instructed amount (heldout190), *settled* (new here) or Amount (foreign currency) / Remitted amount
  (FCY), in euros, pounds, US dollars, yen (JPY printed with its code before the figure, whole yen, as heldout202's,
  heldout212's and heldout219's) as JPY, UAE dirhams (AED, heldout205) and Singapore dollars (SGD, S$, heldout207),
  never the Rupee equivalent, *settled* (new here) the Less: Handling charges incl. GST or the Net INR credit to
  account; its Exchange rate applied (1 SGD = INR 64.88, or per 100 JPY on the yen, heldout202) is no sum. *settled*
  (heldout175, heldout179, heldout190, heldout203 to heldout219): a receipt counts the sum received even where it is
  part of the lot, Cash received / Received by UPI / Cheque amount / Advance received / Amount of cheque (heldout206)
  / Paid by card (POS) (heldout219), *settled* (new here) or Cash received at godown / UPI amount credited / Card
  payment (EDC) / Advance towards truck load, never the Bill amount / Total / *settled* (new here) Lot value where
  less was received, the quintals' or pouches' line, the GST @ 5% or the Balance due / *settled* (new here) Balance
  payable before loading; *settled* (new here) the grading shed's sale of broom grass rejects counts its bill (the
  quintals x rate), as heldout219's silk waste. *settled* (heldout187, heldout191, heldout202 to heldout219): a
  supplier's invoice counts the sum paid, where an advance is taken off (here *settled* (new here) Less: Advance
  received (order booking)) the Balance received by NEFT / RTGS, else Received by NEFT / RTGS / Paid through UPI
  (heldout211), *settled* (new here) or Payment credited by NEFT / RTGS / UPI payment received (the rounded Invoice
  total with GST), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A banking
  page's Transaction amount / Amount (INR) (heldout210) / Transfer amount (heldout211), *settled* (new here) or Txn
  amount (INR). *settled* (heldout167, heldout202 to heldout219): a wage voucher's net sum, Net wages paid
  (heldout202) / Net amount paid / Amount paid (heldout211), *settled* (new here) or Net paid to sardar / Net paid to
  group / Net commission paid (the quintals loaded, graded, bought or collected x rate, plus Add: Night loading
  allowance / Add: Bundling and tying / Add: Head-load to road-head, less Less: Advance recovered (heldout211) /
  Less: Moisture and trash cut @ 2% / Less: Seed advance recovered), never the Gross amount, the quintals' line or a
  deduction; Easebuzz Payouts' and a screen's sum large. *settled* (new here): the Forest Department's Total amount
  deposited / Amount paid (the Royalty @ Rs n per qtl and the Transit pass fee), never a head or the Quantity; Aizawl
  Municipal Corporation's Total amount / Amount paid / Amount (the trade licence heads and the Advertisement
  (hoarding) fee, or the Property tax and the Solid waste user charges), never a head; the Taxation Department's
  Total tax paid / Amount paid, Amount / Total amount on the page not yet confirmed (the employer's enrolment tax and
  the tax deducted from the employees), never a head; the Pollution Control Board's Total fee paid (the Water Act and
  Air Act fees, heldout206), never a head; the Spices Board's Total amount received / Total paid (the CRES renewal
  fee, a Late fee and the GST @ 18%, as heldout210's CEPC), never a head or the GST; Legal Metrology's Total fee paid
  / Amount paid (the scales' verification fees), never a scale's fee; the Transport Department's Total amount paid /
  Amount paid (the Motor vehicle tax (quarterly) and the Goods permit fee (renewal)), never a head. *settled*
  (heldout199, heldout202 to heldout219): an insurer's premium with its GST, Total premium received (heldout211) /
  Premium paid (incl. GST) (heldout219), *settled* (new here) or Total premium collected, the Cheque amount / Premium
  amount (incl. GST) (heldout211) on the cheque not yet realised, Premium payable / Total premium due (heldout210) on
  the failed one, never the Basic premium, an add-on or the GST, *settled* (new here) nor the Own damage premium or
  the Third party premium, nor the Annual turnover in transit (heldout215), the Estimated annual wages (heldout210),
  the Lives covered, the Sum insured per family, the Money in transit limit or *settled* (new here) the Sum insured -
  stock in godown, the IDV (insured declared value), the Persons covered or the Sum insured - stock (first loss). A
  slip's SALE AMOUNT: (heldout210) / AMOUNT: (heldout179) / TXN AMT: (heldout203), *settled* (new here) or PURCHASE
  AMT:, never the RATE: or the VOLUME(L):. A Bharat Connect page's sum large; the Power & Electricity Department's
  Amount paid / Paid amount (as heldout210's UHBVN). An alert's sum debited (*settled* (new here) Mizoram Rural
  Bank's "Rs.x debited", Bandhan Bank's "INR x has been debited", the Apex Bank's "Dr INR x", SBI's UPI "debited by
  x"; the e-mail's Amount debited (heldout210) / *settled* (new here) Debit amount (INR)), never the Avl Bal.
  Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully / Money sent / Transaction successful
  successes (heldout204, heldout207, heldout211, heldout219), *settled* (new here) Payment in process - confirmation
  from the bank awaited, do not retry pending, Payment failed - payee's bank is not reachable right now failed; a
  payment page's Payment successful / Payment received successes (heldout205, heldout219), *settled* (new here) as is
  Thank you! Your payment is complete. *settled* (new here): a buyer's or NERAMAC's Status: Payment made / Payment
  transferred to your bank account successes, On hold - weighment at our godown does not match the challan pending (a
  payer's hold, as heldout198's to heldout219's), Payment bounced back - beneficiary name does not match the account
  failed. *settled* (new here): an inward advice's Proceeds realised - credited to exporter's account / Status:
  Realised and credited successes, Parked - export invoice and shipping bill to be linked on EDPMS pending, Returned
  to remitter's bank - beneficiary account dormant failed. *settled* (heldout167, heldout179, heldout190, heldout203,
  heldout207, heldout211, heldout215, heldout219): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE LODGED - LOT HELD TILL CREDIT and CHEQUE DEPOSITED - ACCOUNT SQUARED ON
  REALISATION pending, CHEQUE RETURNED - FUNDS INSUFFICIENT, LOT NOT RELEASED and CHEQUE UNPAID - REFER TO DRAWER,
  DUES OUTSTANDING failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS / UPI, PAID - RECEIVED IN FULL
  (heldout203) successes, *settled* (new here) as are RECEIVED - LOT RELEASED FOR LOADING, RECEIVED - MATERIAL
  LIFTED, PAID - WITH THANKS, PAID IN CASH AT GODOWN, PAID - RECEIVED BY GROUP SECRETARY and PAID - GANG SARDAR
  SIGNED. *settled* (new here): a banking page's Payment executed - credited to beneficiary / Status: Success
  successes, Pending for authorisation - checker yet to approve pending (keyed, not yet authorised, as heldout191's
  to heldout219's), Returned - beneficiary account frozen failed; Easebuzz Payouts' Transfer successful / Status:
  SUCCESS successes (as Cashfree Payouts' SUCCESS, heldout204), Awaiting approval - payout not yet initiated pending
  (as heldout211's RazorpayX Pending approval), Reversed - credit to beneficiary account failed failed (the payout
  came back, as heldout211's RazorpayX Reversed); a transfer screen's Paid / Payment successful / Transaction
  successful successes (heldout211); a fee page's Payment successful / Payment received (heldout206) / Fee deposited
  successfully (heldout210) / e-Receipt generated (heldout219) successes, *settled* (new here) the Taxation
  Department's Payment initiated - awaiting confirmation from bank, do not pay again pending, Aizawl Municipal
  Corporation's Transaction failed - tax not credited to AMC failed; an insurer's *settled* (new here) Premium
  received - e-policy dispatched / Payment successful - policy schedule generated successes, CHEQUE ACCEPTED - COVER
  STARTS ON REALISATION OF CHEQUE pending (as heldout211's cover from realisation), Payment unsuccessful - policy not
  issued, please retry failed; a slip's APPROVED / TXN APPROVED successes (heldout210, heldout211), *settled* (new
  here) as is TRANSACTION APPROVED, DECLINED - 55 INCORRECT PIN failed, HOST NOT RESPONDING - CHECK STATUS BEFORE
  RETRY pending; Bill paid successfully / Payment successful successes (heldout210, heldout211), *settled* (new here)
  as is Bill payment completed, Awaiting biller confirmation - do not pay again pending, Payment unsuccessful -
  debited amount, if any, will be refunded in 3 days failed (the payment failed, whatever the refund), the Power &
  Electricity Department's Payment successful / Bill payment successful successes; an SMS that says the transfer
  "could not be credited and has been REVERSED to your A/c by the beneficiary bank" failed (whatever the reversal),
  one that "is AWAITING credit confirmation from the beneficiary bank - please do not repeat it" pending, a debit
  alert a success, whatever its bank's wording ("MRB: Rs.x debited from A/c XX1234 on <day> vide <way> for transfer
  to <payee>.", "Dear Customer, INR x has been debited from your A/c XXXX1234 on <day> through <way>; amount sent to
  <payee>.", "MCAB: A/c XX1234 Dr INR x on <day> <way> trf, Bene: <payee>.", SBI's UPI "Dear UPI user A/C X1234
  debited by x on date <day> trf to <payee> Refno <ref>."); the e-mail's *settled* (new here) Transaction status:
  Successful / Status: Processed successfully successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction time (heldout206), a buyer's Payment date /
  Value date, *settled* (new here) Transferred on, the held one's Advice date (heldout198) / Date of advice
  (heldout206) and Returned on / Date of return on the returned one, an inward advice's Value date / Credit date
  (heldout219), *settled* (new here) Realised on, Received on (heldout206) / *settled* (new here) Parked on on the
  parked one and Returned on / Date of return on the returned one, a receipt's, invoice's or voucher's Date / Dated /
  Receipt date / Invoice date / Voucher date, a banking page's Value date / Transaction date / *settled* (new here)
  Executed on, Created on (heldout211) / *settled* (new here) Entered on on the one awaiting its checker, Returned on
  / Failed on, Easebuzz Payouts' Processed on / Created on / Reversed on (as RazorpayX's, heldout203), a fee page's
  Payment date / Date of payment / Receipt date, *settled* (new here) the Taxation Department's Initiated on /
  Transaction date on the page not yet confirmed and Aizawl Municipal Corporation's Transaction date on the failed
  one, an insurer's Receipt date / Premium paid on / Date of receipt, Cheque received on (heldout204) on the cheque
  not yet realised and Transaction date / Attempted on (heldout206) on the failed one, a slip's DATE: / TXN DATE: /
  DATE/TIME:, Paid on / Transaction date & time (the latter alone on a bill not paid), the Power & Electricity
  Department's Payment date / Paid on, the SMS's day (SBI's "on date <day>"), the e-mail alert's Transaction date /
  Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Period of insurance
  (heldout199), an invoice number's or a voucher number's financial year or an e-mail's hour; never a Shipping bill's
  date (heldout167), so never the Shipping bill date; *settled* (new here) never the Vahan page's Tax valid upto or
  the profession tax's Period (2026-27).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a buyer's or NERAMAC's
  NEFT / RTGS / IMPS, *settled* (new here) Easebuzz Payouts' IMPS (as RazorpayX's, Paytm Payouts' and PayU Payouts'),
  a Bharat Connect bill from a Current A/c (here in yono BUSINESS), a fee, a premium or the Power & Electricity
  Department paid by Net banking, an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a payment
  page's, a receipt's, a voucher's, an invoice's, Easebuzz Payouts', a fee's, a premium's or a bill's UPI and SBI's
  UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium or a bill paid by Debit card;
  cheque for a cheque received, lodged, deposited, returned or unpaid and a premium paid by Cheque; cash for a cash
  memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout219): a UPI reference / UTR
  / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID, UPI Ref No, UPI Ref No.,
  NEFT UTR, RTGS UTR No. (heldout210), IMPS Ref No., *settled* (new here) Zoho Payments' UTR and Airpay's RRN on a
  UPI payment, a slip's RRN: / REF NO:, an SMS's UTR / IMPS Ref and *settled* (new here) SBI's UPI Refno), then a
  bank reference (an inward advice's Inward ref. No. / IRM No. (heldout190), *settled* (new here) Inward remittance
  No., a banking page's Bank reference No. (heldout210), *settled* (new here) CBS journal No., a fee page's Bank Ref
  No., an insurer's Bank Ref No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (*settled*
  (new here) Zoho Payments' Payment ID and Airpay's Airpay transaction ID, PhonePe's and Paytm's own Transaction ID,
  *settled* (new here) Navi's own Transaction ID and YONO SBI's Transaction Ref No., Google Pay's Google transaction
  ID, *settled* (new here) Easebuzz Payouts' Payout ID (as RazorpayX's and PayU Payouts' Payout ID), a fee page's
  Transaction ID / Transaction ref. No. / Payment ID / Transaction No. (*settled* (new here) the Forest Department's,
  Aizawl Municipal Corporation's, the Taxation Department's and Legal Metrology's Transaction ID, the Pollution
  Control Board's Transaction ref. No., the Spices Board's Payment ID and Vahan's Transaction No.), an insurer's
  Payment ref. No. (heldout210) / Transaction No. (heldout204), the Power & Electricity Department's Transaction ID,
  a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, *settled* (new
  here) Zoho Payments' Authorization code, a slip's AUTH CODE: / APPR CODE:), then an order's number (*settled* (new
  here) Airpay's Merchant order ID (as PayU's Merchant txn ID, heldout203) and Easebuzz Payouts' Unique request No.
  (the company's own id for the payout, as heldout204's Cashfree Payouts' Transfer ID)), then a document's own number
  (a buyer's Payment advice No. (heldout215), *settled* (new here) or Advice ref. No., Receipt No. / Memo No. / M.R.
  No. on a receipt, Invoice No. / Tax Invoice No. / Bill No., Voucher No. / Vr. No., a fee page's Receipt No.,
  *settled* (new here) the Forest Department's e-Challan No. and the Taxation Department's GRN (as heldout188's
  e-GRAS GRN), Vahan's Receipt No., Receipt No. / Premium receipt No., the Power & Electricity Department's Receipt
  No., a slip's INVOICE NO: / BILL NO: / INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, TRACE NO:
  (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, a Purpose code, an Export
  invoice No. (heldout210), a Shipping bill No. (heldout167), an E-way bill No., a Vehicle No. (heldout205) (so never
  a Truck No., a Registration No. on the Vahan page or a slip's VEHICLE NO:), a Registration No. / Licence No. /
  Application ID (heldout203), a Policy No. / Proposal No., a Party code / Supplier code (heldout219), Maker /
  Checker (heldout171) (so never Entered by / Authorised by), a consumer number (here Consumer No., Account No., LPG
  ID, Mobile No., Consumer ID), a slip's PUMP NO: (heldout206) or ROOM NO: (heldout203). *settled* (new here): never
  a GRN No. on an advice, an LR No., a wire's Sender's reference, a Transit pass No., an Enrolment No., a Holding
  No., a CRES No., a Group reg. No., Easebuzz Payouts' Beneficiary code or Account / VPA, or a Beneficiary short
  name.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout223_families import (
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

SPLIT = "heldout223"

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


def make_heldout223_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout223 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

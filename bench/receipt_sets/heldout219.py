"""heldout219: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a silk reeling unit and cocoon buyer's day in 2026 in Ramanagara, Karnataka, the cocoon
town on the Bengaluru-Mysuru road (Arkavathi Silk Reelers Pvt Ltd, its multi-end and automatic reeling unit, Arkavathi
Filature, at Ijoor, its twisting unit in the KSSIDC estate at Channapatna and its raw silk counter, Arkavathi Raw Silk
Depot, on B.M. Road opposite the Government Cocoon Market), told by the proofs of payment it receives (weavers' and
silk traders' UPI screens and the depot's Cashfree and Instamojo pages, the Karnataka Silk Marketing Board's Raw Silk
Exchanges at Bengaluru and Ramanagara settling the lots it sold by e-auction, the Karnataka Silk Industries
Corporation's, a Kanchipuram weavers' co-operative's, two Kanchipuram saree houses', a Chickpet trader's and a
Doddaballapur weaving mill's payment advices for raw silk and twisted yarn, silk mills' and traders' inward wires from
Como, Kyoto, Zurich, Macclesfield, Bangkok, Paterson, Lyon and Hong Kong in euros, yen, Swiss francs, pounds, baht, US
and Hong Kong dollars, its own raw silk, twisted yarn, silk waste and pupae receipts, weavers' cards on the depot's
and the filature's terminals) and those it makes (the briquette maker's, the reeling machinery works', the packaging
maker's, the boiler service firm's and the reeling chemicals maker's tax invoices, the net-banking transfers to the
cocoon carrier, the silk cargo firm, the twisting works, the electrician, the soft water tankers, the effluent plant's
keeper, the builder and the auditors, the reelers', twisters', cook's and sorter's kilo-rate and daily wage vouchers
and their PayU Payouts, PhonePe and Paytm payments, the Government Cocoon Market's e-auction payments for the cocoons
it bought, the Department of Sericulture's, the Karnataka State Pollution Control Board's, Ramanagara City Municipal
Council's, the boiler inspectorate's, the Silk Mark Organisation of India's and the Karnataka Labour Welfare Board's
fee pages, the insurers' premium receipts for the filature and its silk stock, the boiler, the silk on the road, the
reelers and twisters, the staff's health, the cocoon market and wage money, the automatic reeling machine and the
depot, its card at a filling station at Bidadi, a Kanchipuram hotel, a bearing shop and a highway tiffin room,
BESCOM's power and the fibre, gas and phone bills, the bank's SMS and e-mail alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

* ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, super.money, BHIM, Amazon Pay) paying the depot or
  the company, and two of the depot's payment pages (Cashfree Payments, Instamojo).
* ``silk_advices``: the Raw Silk Exchanges' SALE BILL CUM SETTLEMENT / Seller settlement advice (browser, printed) and
  the silk buyers' PAYMENT ADVICE / SUPPLIER PAYMENT ADVICE - RAW SILK / Payment intimation (e-mail, printed, supplier
  portal).
* ``export_wires``: eight banks' inward remittance advices (ADVICE OF INWARD REMITTANCE / Inward remittance - credit
  advice / Foreign inward remittance advice; browser, e-mail, printed).
* ``own_receipts``: the depot's CASH MEMO - RAW SILK / MONEY RECEIPT / RECEIPT / ADVANCE RECEIPT - RAW SILK ORDER and
  the filature's RECEIPT - SILK WASTE SALE / RECEIPT - PUPAE SALE / MONEY RECEIPT (paper, rubber stamp), and the
  accounts desk's payment acknowledgement e-mails.
* ``supplier_invoices``: the briquette, reeling machinery, packaging, boiler service and reeling chemicals suppliers'
  TAX INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT with the payment block and a rubber
  stamp (paper, serif).
* ``vendor_transfers``: corporate net banking's transaction pages (Canara Bank Corporate Internet Banking, Union Bank
  Corporate Internet Banking, Karnataka Bank Corporate Internet Banking).
* ``reeler_pay``: printed REELING WAGES - KILO RATE VOUCHER / PIECE RATE WAGES VOUCHER - REELING / TWISTING WAGES -
  PAYMENT VOUCHER (PER KG) / KILO RATE PAYMENT - TWISTING / WEEKLY WAGES - COOKING SECTION / DAILY WAGES VOUCHER -
  FILATURE, PayU Payouts' pages, a PhonePe and a Paytm screen.
* ``govt_fees``: the Government Cocoon Market's e-auction reeler payment pages, the Department of Sericulture's reeler
  licence renewal, the Karnataka State Pollution Control Board's XGN consent fee page, Ramanagara City Municipal
  Council's trade licence page, the Department of Factories, Boilers, Industrial Safety and Health's boiler
  certificate renewal, the Silk Mark Organisation of India's authorised user renewal and the Karnataka Labour Welfare
  Board's annual contribution (browser).
* ``insurer_receipts``: insurers' PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT (browser, e-mail,
  printed).
* ``card_slips``: card terminal slips (monospace).
* ``utility_bills``: Bharat Connect in banking apps (Canara ai1, KBL Mobile Plus) and UPI apps (PhonePe, Google Pay,
  Paytm, Amazon Pay) and BESCOM's own receipt page.
* ``bank_alerts``: the bank's SMS alerts in each bank's own wording (Karnataka Bank, SBI, Karnataka Gramin Bank, HDFC
  Bank's UPI) and two e-mail debit alerts (Karnataka Bank, SBI).

The families' docstrings list each layout's labels. The faces are heldout119's, with a narrow and a display sans
beside the screens', a display serif and FreeSerif beside the pages', a condensed serif and Noto Mono beside the
papers', a display and a condensed serif beside the bills' and two bold monospaced faces beside the slips'.

Truth conventions (heldout215's, heldout211's, heldout210's, heldout207's, heldout206's, heldout204's, heldout190's,
heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Paying to / Payment to (heldout206) (here the depot, Arkavathi Raw Silk Depot / ARKAVATHI RAW SILK DEPOT, the
  company's capitals, ARKAVATHI SILK REELERS PVT LTD, or its short name, Arkavathi Silks, as printed), never the UPI
  ID or the app, nor the Banking name line under the UPI ID (heldout207); a payment page's payee on top (here the
  depot or the company), never Customer name / Paid by / Buyer (heldout204, heldout206) or the gateway's footer
  (Cashfree Payments, Instamojo). *settled* (heldout167, heldout175, heldout179, heldout190, heldout202 to
  heldout215): a payer's payment advice pays the one it pays, never the payer on top; *settled* (new here) the Raw
  Silk Exchange's sale bill cum settlement pays the company under Seller (reeler) / Name of seller (its full, capital
  or short name as printed, as heldout215's sale patti pays the consignor), never the Karnataka Silk Marketing Board
  on top, the exchange's line, the Reeler licence No., the Seller code, the lots or the weavers who bought them; a
  silk buyer's advice (the silk corporation's, the co-operative's, a saree house's, the trader's, the weaving mill's)
  under Vendor name (heldout206, heldout207), *settled* (new here) or Supplier (reeler) / Paid to (supplier), never
  the payer on top, its desk line, the Vendor code / Supplier code, the PO No. or the Supplier bank A/c. *settled*
  (heldout155, heldout167, heldout190, heldout203, heldout207, heldout211, heldout215): a bank's inward remittance
  advice pays the company under Beneficiary name / Account holder (heldout204), *settled* (new here) or Beneficiary
  account name, never the bank on top, its forex desk line, the Remitter, *settled* (new here) By order of / Applicant
  (remitter) (the mill or trader abroad), the Remitter's bank (heldout207) / Remitting bank (heldout206) or *settled*
  (new here) the Ordering bank. *settled* (heldout175, heldout179, heldout190, heldout203, heldout207, heldout211,
  heldout215): the company's own receipt pays the trade name on top where that is on top, so *settled* (new here) the
  depot's cash memos and receipts pay Arkavathi Raw Silk Depot and the filature's silk waste and pupae receipts
  Arkavathi Filature (capitals where so printed), never the "A unit of" company line under it (heldout190), the party
  under Received from M/s (heldout206) / *settled* (new here) Received from (weaver) / Name of purchaser, the goods'
  line, the signature line or the rubber stamp; the accounts desk's e-mail pays the company on top (its full, capital
  or short name as printed), never the depot's line under it. A supplier's name on top of its own paper (capitals
  where so printed), never M/s the company under Billed to (heldout207) / *settled* (new here) Name of buyer /
  Consignee (buyer), nor the filature under Place of delivery. *settled* (heldout179, heldout186, heldout202,
  heldout203, heldout207, heldout211, heldout215): a corporate banking page pays the payee under Beneficiary name /
  Payee (heldout211), *settled* (new here) or Beneficiary account name, never the portal (Canara Bank Corporate
  Internet Banking, Union Bank Corporate Internet Banking, Karnataka Bank Corporate Internet Banking), the bank line
  or the Debit account. *settled* (heldout150, heldout161, heldout179, heldout203 to heldout215): a wage voucher pays
  the worker under Worker's name (heldout206) / Paid to (worker) (heldout215), *settled* (new here) or Name of reeler
  / Reeler's name / Name of twister / Twister's name, never the company on top, the unit line under it, the Section
  (heldout206), *settled* (new here) the Worker No., the Basin No. or the Week; *settled* (new here) PayU Payouts'
  page the Beneficiary name (as Cashfree Payouts' Beneficiary name, heldout204, and Paytm Payouts', heldout215), never
  PayU Payouts on top, the company under it, the Beneficiary ID or the Account / VPA; a transfer screen the payee
  under Paid to / To. *settled* (heldout153, heldout167, heldout182, heldout202 to heldout215): a fee page pays the
  authority on top as printed, *settled* (new here for Ramanagara) the Government Cocoon Market, Ramanagara /
  GOVERNMENT COCOON MARKET, RAMANAGARA / Govt. Cocoon Market, Ramanagara on the reeler's e-auction payment for the
  cocoons it bought (the market collects the lots' price for the farmers with its fee), never the Department of
  Sericulture line under it, the Reeler name or the farmers under the lots; Department of Sericulture, Government of
  Karnataka / Department of Sericulture, Karnataka / DEPARTMENT OF SERICULTURE, KARNATAKA; Karnataka State Pollution
  Control Board / KSPCB (heldout206, capitals where so printed); Ramanagara City Municipal Council / City Municipal
  Council, Ramanagara / RAMANAGARA CITY MUNICIPAL COUNCIL; the Department of Factories, Boilers, Industrial Safety and
  Health (heldout206's on Khajane-II) / Dept. of Factories, Boilers, Industrial Safety & Health on its own page; Silk
  Mark Organisation of India / SMOI (capitals where so printed); Karnataka Labour Welfare Board / KARNATAKA LABOUR
  WELFARE BOARD; never the line under it (the Department of Sericulture, the Commissionerate of Sericulture
  Development, XGN (heldout206), the Urban Development Department, the Government of Karnataka, the Central Silk
  Board, the Labour Department), the Reeler name, Name of licensee, Name of industry, Name of trader, Trade name,
  Owner of boiler, Authorised user or Name of establishment. *settled* (heldout199, heldout202 to heldout215): an
  insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; *settled* (new here)
  Niva Bupa Health Insurance Co. Ltd's, Bajaj General Insurance Ltd's and Generali Central Insurance Co. Ltd's alike),
  never the product line, the office line or the Insured (heldout210) / *settled* (new here) Proposer (insured) /
  Client name (the company). A slip's counter name line in capitals (here the company's own counters, ARKAVATHI RAW
  SILK DEPOT, ARKAVATHI SILK REELERS and ARKAVATHI FILATURE, on four, a filling station, a hotel, a bearing shop and a
  tiffin room on the rest), never the terminal's bank or brand (CANARA BANK, BPCL, KARNATAKA BANK, SBI, MOSAMBEE,
  UNION BANK OF INDIA, PAYTM, BANK OF BARODA) or the place line. A Bharat Connect page's biller under Biller / Biller
  name / Operator / Service provider (heldout211) / Utility (heldout215) (short or long as printed), never the app
  (here also Canara ai1 and KBL Mobile Plus), Bharat Connect or the Customer name / Consumer name; *settled* (new
  here) BESCOM's own receipt page the company on top (BESCOM, short, long or capital as printed, as heldout206's
  MESCOM), never the Government of Karnataka undertaking line, the O&M sub-division, the Tariff or the Consumer name.
  An SMS alert's payee as the bank sends it ("to beneficiary BIDADI AGRO BRIQUETT": *settled*, the truncated name as
  printed), *settled* (new here) Karnataka Bank's "favouring <payee>", SBI's "to beneficiary <payee>", Karnataka
  Gramin Bank's "Payee: <payee>" and HDFC Bank's UPI "To <payee>", never the bank or the sender id; the e-mail alert's
  Beneficiary name (heldout210) / *settled* (new here) Favouring, never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled* (heldout152,
  heldout186, heldout190, heldout202 to heldout215): a payer's advice counts its net sum; *settled* (new here) the
  Exchange's Net amount credited to reeler / Net sale proceeds paid, Net payable to seller on the hold and Net amount
  / Net settlement amount on the return (the Gross sale value of the lots less Less: Exchange service charge @ 1% and
  Less: Silk testing charges - n lots), never the Gross sale value, a lot's sum, the service charge or the testing
  charges; a silk buyer's Net amount paid (heldout210) / *settled* (new here) Net paid to supplier, Net amount to be
  released on the hold and Net amount / Net remittance on the return (heldout210) (the Bills total / Gross payable
  less Less: TDS u/s 194Q @ 0.1% and *settled* (new here) a Less: Conditioned weight difference - n kg, a Less: Grade
  difference (3A billed, 2A passed) or a Less: Cash discount @ 1% (heldout206)), never a bill's sum or the Bills total
  / Gross payable. *settled* (heldout155, heldout167, heldout190, heldout203 to heldout215): an inward wire's foreign
  sum, Inward amount (FCY) / Amount in foreign currency (heldout206), *settled* (new here) or FC amount, in euros,
  pounds, US dollars, Swiss francs (CHF, printed with its code, heldout211) and *settled* (new here) Japanese yen
  (JPY) and Thai baht (THB) printed with their code before the figure and Hong Kong dollars (HKD, HK$) as HKD, never
  the INR value / Equivalent in INR, the Less: Our charges incl. GST or the Net amount credited (INR); its Rate
  applied (1 JPY = INR 0.5731) is no sum. *settled* (heldout175, heldout179, heldout190, heldout203 to heldout215): a
  receipt counts the sum received even where it is part of the order, Cash received / Received by NEFT / Cheque amount
  / Advance received / UPI amount received (heldout206) / Amount of cheque (heldout206), *settled* (new here) or
  Amount received in cash / Received by UPI (QR) / Amount received by bank transfer (NEFT) / Paid by card (POS) / Card
  amount received, never the Bill amount / Total / Order value where less was received, the kilos' line, the GST or
  the Balance due / *settled* (new here) Balance payable on delivery of silk; *settled* (new here) a silk waste or
  pupae sale's sum received is its bill (the kilos x rate, with the GST @ 5% on the waste), as printed. *settled*
  (heldout187, heldout191, heldout202 to heldout215): a supplier's invoice counts the sum paid, where an advance is
  taken off (here *settled* (new here) Less: Advance adjusted (paid with order)) the Balance received by NEFT / RTGS,
  else *settled* (new here) Amount settled by NEFT / RTGS or Received via UPI (scan and pay) (the rounded Invoice
  total with GST), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A banking
  page's Transfer amount (heldout211), *settled* (new here) or Amount (Rs.) / Remittance amount (INR). *settled*
  (heldout167, heldout202 to heldout215): a wage voucher's net sum, Net wages paid (heldout202), *settled* (new here)
  or Net paid to reeler / Net paid to twister / Net wages handed over (the kilos of raw silk reeled or of silk twisted
  x rate, or the days worked x rate, plus Add: Quality incentive (even denier) / Add: Attendance bonus, less Less:
  Advance (mungada) recovered and Less: Excess waste deduction), never the Gross wages, a line or a deduction; PayU
  Payouts' and a screen's sum large. *settled* (new here): the cocoon market's Total amount paid / Amount remitted,
  Total payable on the page not yet confirmed (the lots' Cocoon value with the Market fee @ 1%), never a lot, the
  Cocoon value or the fee; the Department of Sericulture's Total fee paid / Amount paid (the licence renewal fee and a
  Late fee), never a head; the Pollution Control Board's Total fee paid (the Water Act and Air Act fees, heldout206),
  never a head; the Council's Total amount / Amount (the Trade licence fee, the Solid waste management cess and a Late
  fee), never a head; the boiler department's Total fee remitted (the Boiler inspection fee and the Certificate
  renewal fee), never a head; the Silk Mark Organisation's Total amount received / Total paid (the Membership renewal
  fee, the Silk Mark labels and the GST @ 18%), never a head or the GST; the Welfare Board's Total contribution paid /
  Amount paid (the employees' and the employer's shares, as heldout210's), never a share. *settled* (heldout199,
  heldout202 to heldout215): an insurer's premium with its GST, Total premium received (heldout211) / Total amount
  received (heldout206), *settled* (new here) or Premium paid (incl. GST), the Cheque amount on the cheque not yet
  realised, Premium payable / Total premium due (heldout210) on the failed one, never the Basic premium, an add-on or
  the GST, nor the Annual turnover in transit (heldout215), the Estimated annual wages (heldout210), the Lives
  covered, the Money in transit limit or *settled* (new here) the Sum insured (building, machinery and stock), the Sum
  insured (boiler and surrounding property), the Sum insured (ARM) or the Sum insured (stock in depot). A slip's SALE
  AMOUNT: (heldout210) / AMOUNT: (heldout179), *settled* (new here) or BILL AMT:, never the RATE: or the VOLUME(L):. A
  Bharat Connect page's sum large; BESCOM's Amount paid / Paid amount (as heldout210's UHBVN). An alert's sum debited
  (*settled* (new here) Karnataka Bank's "Rs.x debited", SBI's "debited for INR x", Karnataka Gramin Bank's "Dr. Rs
  x", HDFC Bank's UPI "Sent Rs.x"; the e-mail's Debited amount (heldout215) / *settled* (new here) Amount debited
  (INR)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. A UPI screen's Payment successful / Paid successfully / Money sent / Transaction successful
  successes (heldout204, heldout207, heldout211, heldout215), *settled* (new here) Awaiting confirmation from the bank
  - please check again after some time pending, Payment declined - UPI PIN attempts exceeded for today failed; a
  payment page's Payment successful / Payment received / Transaction successful successes (heldout205, heldout215).
  *settled* (new here): the Exchange's Settlement completed - proceeds credited to seller / Status: Payment released
  and a buyer's Status: Payment released / Amount credited to supplier's bank account successes, On hold - silk test
  report (denier and cleanness) awaited pending (a payer's hold, as heldout198's to heldout215's), Payment returned -
  old IFSC of merged bank not accepted failed. *settled* (new here): an inward advice's Inward remittance credited to
  your account / Status: Credited - FIRC available on request successes, Awaiting purpose declaration - remittance not
  yet credited pending, Sent back to remitting bank - beneficiary account inoperative failed. *settled* (heldout167,
  heldout179, heldout190, heldout203, heldout207, heldout211, heldout215): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - WASTE RELEASED AFTER CLEARANCE and
  CHEQUE UNDER CLEARING - RECEIPT VALID ON REALISATION pending, CHEQUE RETURNED - INSUFFICIENT FUNDS, ORDER ON HOLD
  and CHEQUE BOUNCED - PAYMENT STILL OUTSTANDING failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS / UPI
  successes, *settled* (new here) as are SILK DELIVERED - AMOUNT RECEIVED, WASTE LIFTED - AMOUNT RECEIVED, ADVANCE
  RECEIVED - SILK TO BE DELIVERED, PAID - THANK YOU FOR YOUR BUSINESS, PAID - RECEIVED BY REELER, WAGES PAID - SIGNED
  and PAID - THUMB IMPRESSION OBTAINED. *settled* (new here): a banking page's Transaction posted - beneficiary
  account credited / Status: Posted successes, Pending with checker - awaiting authorisation pending (keyed, not yet
  authorised, as heldout191's to heldout215's), Failed - beneficiary name and account do not match failed; PayU
  Payouts' SUCCESS / Payout successful successes (as Cashfree Payouts' SUCCESS, heldout204), IN PROGRESS - bank
  confirmation awaited pending, REVERSED - beneficiary bank returned the payout failed (the payout came back, as
  heldout211's RazorpayX Reversed); a transfer screen's Paid / Payment successful / Transaction successful successes
  (heldout211); a fee page's Payment successful / Fee paid successfully (heldout206) / Payment received successes,
  *settled* (new here) as is e-Receipt generated, the cocoon market's Payment pending - bank confirmation awaited,
  lots released after credit pending, the Council's Transaction unsuccessful - fee not received by the Council failed;
  an insurer's Premium credited - cover in force / Payment confirmed - policy schedule attached successes, CHEQUE
  DEPOSITED - POLICY ON CLEARANCE OF CHEQUE pending (as heldout211's cover from realisation), Payment not completed -
  premium not received, cover not granted failed; a slip's APPROVED / TXN APPROVED / SALE APPROVED successes
  (heldout207, heldout211), DECLINED - 54 EXPIRED CARD failed, NO REPLY FROM ACQUIRER - CONFIRM STATUS BEFORE
  REPEATING pending; Bill paid successfully / Payment successful / Bill payment successful successes, Bill payment
  pending - biller has not confirmed yet pending, Bill payment failed - money will be refunded to source account
  failed (the payment failed, whatever the refund); an SMS that says the transfer "was REJECTED by the beneficiary
  bank and the amount refunded to your A/c" failed (whatever the refund), one that "is ON HOLD at the beneficiary bank
  - please do not initiate it again" pending, a debit alert a success, whatever its bank's wording ("KBL: Rs.x debited
  from A/c XXX1234 on <day> for <way> favouring <payee>.", "Dear Customer, your A/c XXXXX1234 is debited for INR x on
  <day> by <way> to beneficiary <payee>.", "KGB: A/c XX1234 Dr. Rs x on <day> (<way>) Payee: <payee>.", HDFC Bank's
  UPI "Sent Rs.x From HDFC Bank A/C *1234 To <payee> On <day> Ref <ref>"); the e-mail's Status: Debited successfully /
  Transaction status: Completed successes.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction time (heldout206), the Exchange's and a buyer's
  Payment date / Remitted on (heldout190) / *settled* (new here) Settlement date, the held one's Advice date
  (heldout198) / Date of advice (heldout206) and Returned on / Date of return on the returned one, an inward advice's
  Value date / Credit date / Date of credit (heldout206), Received on / Held on (heldout206) on the held one and
  Returned on / Date of return on the returned one, a receipt's, invoice's or voucher's Date / Dated / Receipt date /
  Invoice date / Voucher date / Paid on (heldout210), a banking page's Value date / Transaction date / *settled* (new
  here) Posted on, Created on / Initiated on on the one awaiting its checker, Failed on / Rejected on, PayU Payouts'
  Processed on / Reversed on and *settled* (new here) Initiated on on the one in progress, a fee page's Payment date /
  Date of payment / Receipt date / Challan date (heldout176), *settled* (new here) the cocoon market's Initiated on /
  Transaction date on the page not yet confirmed and the Council's Transaction date on the failed one, an insurer's
  Receipt date / Premium paid on / Date of receipt, Cheque received on (heldout204) on the cheque in clearing and
  Transaction date / Attempted on on the failed one, a slip's DATE: / TXN DATE: / DATE/TIME: / *settled* (new here)
  TRAN DATE:, Paid on / Transaction date & time (the latter alone on a bill not paid), BESCOM's Payment date / Paid
  on, the SMS's day (HDFC Bank's "On <day>"), the e-mail alert's Transaction date / Value date). *settled*: never a
  Bill month, a Due date, a Cheque date (heldout198), a Period of insurance (heldout199), an invoice number's
  financial year or an e-mail's hour; never a patti's Auction date (heldout215), so *settled* (new here) never the
  Exchange's or the cocoon market's Auction date, a wage voucher's Week or the Welfare Board's Contribution for (a
  year).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), the Exchange's or a
  buyer's NEFT / RTGS / IMPS, *settled* (new here) PayU Payouts' IMPS (as RazorpayX's and Paytm Payouts'), a Bharat
  Connect bill from a Current A/c (here in Canara ai1 and KBL Mobile Plus), a fee, a premium or BESCOM paid by Net
  banking (the cocoon market's too), an e-mail alert's Channel, an SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a
  payment page's, a receipt's, a voucher's, an invoice's, PayU Payouts', a fee's, a premium's or a bill's UPI and HDFC
  Bank's UPI alert; card on slips, a payment page's card, a receipt's Card, a fee, a premium or a bill paid by Debit
  card; cheque for a cheque received, under clearing, returned or bounced and a premium paid by Cheque; cash for a
  cash memo, receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout215): a UPI reference / UTR
  / RRN / IMPS reference (UTR, UTR No., UPI Ref. No., UPI Reference No., UPI transaction ID, UPI Ref No, UPI Ref No.,
  NEFT UTR, RTGS UTR No. (heldout210), IMPS Ref No., Cashfree's Bank reference (UTR) (heldout206) and Instamojo's UTR
  on a UPI payment, a slip's RRN: / REF NO: / RRN NO:, an SMS's UTR / IMPS Ref and *settled* (new here) HDFC Bank's
  UPI Ref), then a bank reference (an inward advice's Inward ref. No. / IRM No. / Our reference / Inward remittance
  ref. (heldout206), a banking page's CBS reference No. (heldout215) / *settled* (new here) Core banking ref. No., a
  fee page's Bank Ref No., an insurer's Bank Ref. No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction /
  payment id (Cashfree's CF Payment ID (heldout206), Instamojo's Payment ID MOJO... (heldout204), PhonePe's, Paytm's
  and Amazon Pay's (heldout215) own Transaction ID, Google Pay's Google transaction ID, *settled* (new here) PayU
  Payouts' Payout ID (as RazorpayX's Payout ID), a fee page's Transaction ID / Transaction ref. No. / Payment ID
  (*settled* (new here) the cocoon market's, the Department of Sericulture's, the Council's, the boiler department's
  and the Welfare Board's Transaction ID, the Pollution Control Board's Transaction ref. No. and the Silk Mark
  Organisation's Payment ID), an insurer's Transaction ref. No. / Payment ID, BESCOM's Transaction ID, a failed Bharat
  Connect page's Transaction ID), then an approval code (Auth code, Approval code, a slip's AUTH CODE: / APPR CODE:),
  then an order's number (Cashfree's Order ID (heldout206), *settled* (new here) PayU Payouts' Merchant ref ID, the
  company's own id for the payout, as heldout204's Cashfree Payouts' Transfer ID), then a document's own number
  (*settled* (new here) the Exchange's Settlement No. / Sale bill No., a buyer's Payment advice No. (heldout215) /
  Payment voucher No. (heldout210), Receipt No. / Memo No. / M.R. No. on a receipt, Invoice No. / Tax Invoice No. /
  Bill No., Voucher No. / Vr. No. / Wage slip No. (heldout206), a fee page's Receipt No., *settled* (new here) the
  cocoon market's Payment receipt No. and the Department of Sericulture's e-Receipt No. (as heldout211's Department of
  Tourism's), the boiler department's Challan No. (as heldout211's Fire Service's), Receipt No. / Premium receipt No.,
  BESCOM's Receipt No., a slip's INVOICE NO: / BILL NO: / INV NO:). *settled*: never a UETR, MID, TID, BATCH NO, TRACE
  NO: (heldout203), a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, a Purpose code, a PO
  No., a Vendor code / Supplier code, an E-way bill No., a Vehicle No. (heldout205), a Registration No. / Licence No.
  / Application No. (heldout203), a Membership No. (heldout206), a Policy No. / Proposal No., a consumer number (here
  Account ID, Service ID, LPG ID, Mobile No.), a slip's PUMP NO:, ROOM NO: or FOLIO NO:. *settled* (new here): never a
  Reeler licence No., a Seller code, a lot's number, a Delivery challan No., a Worker No., a Basin No., PayU Payouts'
  Beneficiary ID or Account / VPA, a Boiler registry No., a Proforma number on a wire or Maker ID / Checker ID (as
  heldout171's Maker / Checker).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout219_families import (
    bank_alerts,
    buyer_upi,
    card_slips,
    compose,
    export_wires,
    govt_fees,
    insurer_receipts,
    own_receipts,
    reeler_pay,
    silk_advices,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout219"

# heldout119's faces, with a narrow and a display sans beside the screens', a display serif and FreeSerif beside the
# pages', a condensed serif and Noto Mono beside the papers', a display and a condensed serif beside the bills' and
# two bold monospaced faces beside the slips'
NARROW = "liberation/LiberationSansNarrow-Regular.ttf"
CONDENSED = "dejavu/DejaVuSerifCondensed.ttf"
DISPLAY_SERIF = "noto/NotoSerifDisplay-Regular.ttf"
SCREENS = SCREEN_FACES + [NARROW, "noto/NotoSansDisplay-Regular.ttf"]
PAGES = PAGE_FACES + [DISPLAY_SERIF, "freefont/FreeSerif.ttf"]
PAPERS = PAPER_FACES + [CONDENSED, "noto/NotoMono-Regular.ttf"]
BILLS = BILL_FACES + [DISPLAY_SERIF, CONDENSED]
SLIPS = SLIP_FACES + ["freefont/FreeMonoBold.ttf", "liberation/LiberationMono-Bold.ttf"]

FAMILIES: list[Family] = [
    ("buyer_upi", buyer_upi, SCREENS),
    ("silk_advices", silk_advices, PAGES),
    ("export_wires", export_wires, PAGES),
    ("own_receipts", own_receipts, PAPERS),
    ("supplier_invoices", supplier_invoices, BILLS),
    ("vendor_transfers", vendor_transfers, PAGES),
    ("reeler_pay", reeler_pay, PAPERS),
    ("govt_fees", govt_fees, PAGES),
    ("insurer_receipts", insurer_receipts, PAGES),
    ("card_slips", card_slips, SLIPS),
    ("utility_bills", utility_bills, SCREENS),
    ("bank_alerts", bank_alerts, SCREENS),
]


def make_heldout219_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout219 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
